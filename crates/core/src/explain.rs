//! A readable trace of how the engine read a document (`Pipeline::explain`).

use std::fmt::Write;

use crate::doc::CodedEvent;
use crate::doc::Doc;
use crate::knowledge::Knowledge;
use crate::syntax::Clause;

/// The whole trace of a document that went through every stage.
pub(crate) fn document(out: &mut String, k: &Knowledge, doc: &Doc) {
    for si in 0..doc.sentences.len() {
        let analysed = doc.analysed.get(si).copied().unwrap_or(false);
        sentence_header(out, doc, si, analysed);
        places(out, doc, si);
        // Analysed sentences, and the others with an event (the detector's backstop).
        let coded = || doc.events.iter().any(|e| e.sentence == si);
        if let Some(tags) = doc.tags[si].as_deref().filter(|_| analysed || coded()) {
            let s = doc.sentences[si];
            let clause = Clause::new(k, doc, s.first, s.last, tags);
            let events: Vec<(&CodedEvent, Option<&str>)> = doc
                .events
                .iter()
                .enumerate()
                .filter(|(_, e)| e.sentence == si)
                .map(|(i, e)| (e, crate::assemble::left_out_of_record(doc, i)))
                .collect();
            sentence_body(out, &clause, &events);
        }
        not_coded(out, doc, si);
    }
}

fn sentence_header(out: &mut String, doc: &Doc, si: usize, candidate: bool) {
    let s = doc.sentences[si];
    let _ = writeln!(
        out,
        "\n[{si}] {:?}{} {}",
        s.kind,
        if candidate { " (analysed)" } else { "" },
        doc.text[s.start..s.end].replace('\n', " ")
    );
    for m in doc
        .mentions
        .iter()
        .filter(|m| m.first >= s.first && m.last <= s.last)
    {
        let e = &doc.entities[m.entity];
        let _ = writeln!(
            out,
            "    mention {:?} -> {} ({:?} {} {}) {:?}",
            &doc.text[m.start..m.end],
            e.text,
            e.entity_type,
            e.code.as_deref().unwrap_or("-"),
            m.sector.as_deref().or(e.sector.as_deref()).unwrap_or("-"),
            m.kind
        );
    }
}

fn places(out: &mut String, doc: &Doc, si: usize) {
    let s = doc.sentences[si];
    for p in doc
        .places
        .iter()
        .filter(|p| p.first >= s.first && p.last <= s.last)
    {
        let _ = writeln!(
            out,
            "    place {:?} ({}) {}{}{}",
            p.name,
            p.code.as_deref().unwrap_or("-"),
            if p.locative { "locative" } else { "named" },
            p.lat
                .map(|lat| format!(" {lat:.2},{:.2}", p.lon.unwrap_or(0.0)))
                .unwrap_or_default(),
            p.place
                .map(|g| {
                    let within: Vec<&str> = [g.admin2, g.admin1, g.country]
                        .into_iter()
                        .flatten()
                        .filter(|n| *n != g.name)
                        .collect();
                    format!(" = {} {:?} in {}", g.feature, g.name, within.join(", "))
                })
                .unwrap_or_default()
        );
    }
    for m in doc
        .modifiers
        .iter()
        .filter(|m| m.first >= s.first && m.last <= s.last)
    {
        let _ = writeln!(
            out,
            "    modifier {:?} ({})",
            doc.span_text(m.first, m.last),
            m.code
        );
    }
}

/// The sentence's tags, tree and events; an event the record leaves out says why.
fn sentence_body(out: &mut String, clause: &Clause, events: &[(&CodedEvent, Option<&str>)]) {
    let tagged: Vec<String> = clause
        .words
        .iter()
        .zip(clause.tags)
        .map(|(w, t)| format!("{w}/{}", t.as_str()))
        .collect();
    let _ = writeln!(out, "    tags: {}", tagged.join(" "));
    if let Some(tree) = clause.tree() {
        // One arc per word: word -relation-> head (the root points nowhere).
        let arcs: Vec<String> = (0..tree.len())
            .map(|i| match tree.head(i) {
                Some(h) => format!("{}-{}->{}", clause.words[i], tree.rel(i), clause.words[h]),
                None => format!("{}-ROOT", clause.words[i]),
            })
            .collect();
        let _ = writeln!(out, "    tree: {}", arcs.join(" "));
    }
    let doc = clause.doc;
    let name = |m: Option<usize>| {
        m.map(|m| {
            let e = &doc.entities[doc.mentions[m].entity];
            format!("{} ({})", e.text, e.code.as_deref().unwrap_or("-"))
        })
        .unwrap_or_else(|| "-".into())
    };
    for (ev, left_out) in events {
        let _ = writeln!(
            out,
            "    EVENT {} {} {} -> {} [{}]\n      rule: {}",
            ev.plover,
            ev.cameo,
            name(ev.actor),
            name(ev.recipient),
            doc.token_text(ev.trigger.0),
            ev.rule
        );
        if let Some(why) = left_out {
            let _ = writeln!(out, "      left out of the record: {why}");
        }
    }
}

/// The candidates of sentence `si` the coder dropped, each with its stage and rule.
fn not_coded(out: &mut String, doc: &Doc, si: usize) {
    for d in doc.dropped.iter().flatten().filter(|d| d.sentence == si) {
        let _ = writeln!(
            out,
            "    not coded: '{}' ({}, CAMEO {}): {}: {}",
            doc.token_text(d.trigger),
            d.source,
            d.cameo,
            d.stage.as_str(),
            d.reason
        );
    }
}

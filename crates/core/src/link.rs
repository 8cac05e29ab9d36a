//! Stage `link`: each event's date, place and quantities, from the layers before.
//!
//! - date: the nearest resolved date expression in the event's sentence that is not part
//!   of its attribution ("a Thursday report by KCNA" dates the report, not the event);
//! - place: the nearest locative place in the sentence ("in Pyongyang", "the city of X");
//! - quantities: each quantity belongs to the nearest event of its sentence.

use crate::doc::{Doc, Linked};
use crate::knowledge::Knowledge;
use crate::places::{before_direction_words, place_of};

fn inside(spans: &[(usize, usize)], t: usize) -> bool {
    spans.iter().any(|&(s, e)| s <= t && t < e)
}

/// Indices `0..len` grouped by the sentence `sentence_of(i)` gives (`None`: no sentence),
/// each group in ascending index order, so that a nearest-candidate search visits only its
/// own sentence's candidates in the order a scan of the whole list would (ties go to the
/// lower index as before) and the stage stays linear in the document.
fn by_sentence(
    sentences: usize,
    len: usize,
    sentence_of: impl Fn(usize) -> Option<usize>,
) -> Vec<Vec<usize>> {
    let mut groups = vec![Vec::new(); sentences];
    for i in 0..len {
        if let Some(s) = sentence_of(i).filter(|&s| s < sentences) {
            groups[s].push(i);
        }
    }
    groups
}

/// Is the place at token `first` what an attack or siege is aimed at: the verb's object
/// ("shelled Kharkiv"), the `of` object of its noun ("the shelling of Kharkiv") or the
/// object of a targeting preposition ("a missile strike on Odesa", "drone attacks against
/// Port Sudan")? Such a place is where the act happened
/// even without a locative preposition, and its country is the act's target when no
/// party is named (`assemble`).
fn is_target_place(doc: &Doc, ev: &crate::doc::CodedEvent, first: usize, last: usize) -> bool {
    // The phrase the name ends: "shelled eastern Gaza City", "shelled the town of Kupiansk".
    let mut first = crate::places::before_direction_words(doc, first);
    if crate::places::place_of(doc, first) {
        first -= 2;
    }
    // The target of the attack noun that is the verb's subject, the place's phrase ending
    // where the verb begins: "Israeli strikes on Khan Younis kill 11", "a drone attack
    // against Port Sudan killed".
    if first >= 2
        && last <= ev.trigger.0
        && ev.trigger.0 - last <= 1
        && matches!(doc.norm(first - 1), "on" | "against" | "targeting")
        && crate::words::SUBJECT_ATTACK_NOUNS.contains(doc.norm(first - 2))
    {
        return true;
    }
    if first <= ev.trigger.0 || first > ev.trigger.1 + 6 {
        return false;
    }
    let mut k = first - 1;
    if doc.norm(k) == "the" && k > ev.trigger.0 {
        k -= 1;
    }
    k + 1 == ev.trigger.1
        || matches!(
            doc.norm(k),
            "on" | "against" | "into" | "toward" | "towards" | "targeting"
        )
        // An attack noun's `of` object: "the shelling of Zaporizhzhia".
        || (ev.noun && k == ev.trigger.1 && doc.norm(k) == "of")
}

pub(crate) fn run(_k: &Knowledge, doc: &mut Doc) {
    let mut linked = vec![Linked::default(); doc.events.len()];
    let n_tokens = doc.tokens.len();
    let sentence_of_token = |t: usize| (t < n_tokens).then(|| doc.sentence_of[t] as usize);
    let date_tokens: Vec<usize> = doc
        .dates
        .iter()
        .map(|d| doc.token_at_byte(d.start))
        .collect();
    let dates_in = by_sentence(doc.sentences.len(), date_tokens.len(), |di| {
        sentence_of_token(date_tokens[di])
    });
    let places_in = by_sentence(doc.sentences.len(), doc.places.len(), |pi| {
        sentence_of_token(doc.places[pi].first)
    });
    for (i, ev) in doc.events.iter().enumerate() {
        let sent = doc.sentences[ev.sentence];
        let trig = ev.trigger.0;
        let spans = &doc.provenance[i].attribution_spans;
        let mut best: Option<(usize, usize)> = None;
        for &di in &dates_in[ev.sentence] {
            let t = date_tokens[di];
            if t < sent.first || t >= sent.last || inside(spans, t) || doc.dates[di].value.is_none()
            {
                continue;
            }
            let dist = t.abs_diff(trig);
            if best.is_none_or(|(_, d)| dist < d) {
                best = Some((di, dist));
            }
        }
        linked[i].date = best.map(|(d, _)| d);
        let mut bestp: Option<(usize, usize)> = None;
        let attack = matches!(ev.plover.as_str(), "ASSAULT" | "COERCE");
        for &pi in &places_in[ev.sentence] {
            let p = &doc.places[pi];
            // "in northern Iraq": the preposition may stand before a direction word.
            let first = before_direction_words(doc, p.first);
            let at = first > 0
                && (matches!(
                    doc.norm(first - 1),
                    "in" | "at"
                        | "near"
                        | "outside"
                        | "inside"
                        | "across"
                        | "throughout"
                        | "around"
                ) || place_of(doc, first));
            // "shelled Kupiansk overnight, killing two civilians": the killing happened
            // in the place the sentence's attack took (`[place-taking-verbs]`).
            let target = attack
                && (is_target_place(doc, ev, p.first, p.last)
                    || crate::places::taken_place(doc, p.first));
            if p.first < sent.first
                || p.first >= sent.last
                || !(p.locative && at || target)
                || inside(spans, p.first)
            {
                continue;
            }
            let dist = p.first.abs_diff(trig);
            if bestp.is_none_or(|(_, d)| dist < d) {
                bestp = Some((pi, dist));
            }
        }
        linked[i].place = bestp.map(|(p, _)| p);
    }
    let events_in = by_sentence(doc.sentences.len(), doc.events.len(), |i| {
        Some(doc.events[i].sentence)
    });
    for (qi, q) in doc.quantities.iter().enumerate() {
        let t = doc.token_at_byte(q.start);
        if t >= doc.tokens.len() {
            continue;
        }
        let s = doc.sentence_of[t] as usize;
        let mut best: Option<(usize, usize)> = None;
        for &i in &events_in[s] {
            let dist = doc.events[i].trigger.0.abs_diff(t);
            if best.is_none_or(|(_, d)| dist < d) {
                best = Some((i, dist));
            }
        }
        if let Some((i, _)) = best {
            linked[i].quantities.push(qi);
        }
    }
    doc.linked = linked;
}

#[cfg(test)]
mod tests {
    use crate::testing::doc_through;

    #[test]
    fn an_event_takes_its_sentence_s_date_place_and_figures() {
        let doc = doc_through(
            "link",
            "Russia attacked Ukraine in Kharkiv on Monday, killing 12 people. Talks resumed.",
        );
        assert_eq!(doc.linked.len(), doc.events.len());
        let l = &doc.linked[0];
        let date = l.date.map(|d| doc.dates[d].value.unwrap().to_string());
        assert_eq!(date.as_deref(), Some("2026-03-02"));
        assert_eq!(
            l.place.map(|p| doc.places[p].name.as_str()),
            Some("Kharkiv")
        );
        // The figure goes to the nearest event of its sentence: with the parser,
        // "killing 12 people" is an event of its own (its subject is the main clause's).
        let figures: Vec<usize> = doc.linked.iter().map(|l| l.quantities.len()).collect();
        assert_eq!(figures.iter().sum::<usize>(), 1, "{figures:?}");
        assert_eq!(figures.last(), Some(&1));
    }

    #[test]
    fn the_place_an_attack_targets_is_its_place() {
        let doc = doc_through(
            "link",
            "Ukraine said Russian forces launched a missile strike on Odesa. \
             Russian troops shelled Kharkiv. Russia said talks on Odesa would resume. \
             Israeli tanks shelled eastern Gaza City.",
        );
        let places: Vec<(&str, Option<&str>)> = doc
            .events
            .iter()
            .zip(&doc.linked)
            .map(|(e, l)| {
                (
                    e.plover.as_str(),
                    l.place.map(|p| doc.places[p].name.as_str()),
                )
            })
            .collect();
        assert!(places.contains(&("ASSAULT", Some("Odesa"))), "{places:?}");
        assert!(places.contains(&("ASSAULT", Some("Kharkiv"))), "{places:?}");
        // A direction word before the name is part of the target's phrase.
        assert!(
            places.contains(&("ASSAULT", Some("Gaza City"))),
            "{places:?}"
        );
        // Talks "on" a city are about it, not at it.
        assert!(
            !places.iter().any(|(e, p)| *e != "ASSAULT" && p.is_some()),
            "{places:?}"
        );
    }
}

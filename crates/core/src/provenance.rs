//! Stage `provenance`: who the information comes from, and how the text presents it.
//!
//! For each event, nearest source first:
//! - a reporting verb whose complement holds the trigger ("KCNA said Russia ...",
//!   "South Korea accused North Korea of supplying ...") gives its subject, followed by
//!   sources cited in the subject ("reports, shared by lawmaker Lee, claim");
//! - a trailing attribution (", KCNA reported." / ", said Lim Eul-chul");
//! - "according to X" anywhere in the sentence;
//! - the speaker of a quotation that contains the trigger.
//!
//! Modality: the reporting verb's kind (say -> reported, claim -> claimed, believe ->
//! believed, deny -> denied, accuse/allege -> alleged); hedges before the trigger
//! ("reportedly", "is believed to"); intent ("will", "plans to", "vowed to") and
//! hypothetical markers ("could", "if") in the trigger's clause take precedence.

use sitrep_lexicon::{CueModality, Cues};
use sitrep_record::Modality;

use crate::doc::{CodedEvent, Doc, Provenance, SourceRef};
use crate::knowledge::Knowledge;
use crate::syntax::{attributed, figure_sentence, Clause, Subject};

/// What attribution reads of the thing attributed: an event, or a figure (whose trigger
/// is the word that says what happened to the counted, or the number).
#[derive(Debug, Clone, Copy)]
pub struct Target<'e> {
    /// Global token range.
    pub trigger: (usize, usize),
    /// Local index of the verb group start.
    pub verb_group: usize,
    /// PLOVER and CAMEO codes; empty for a figure.
    pub plover: &'e str,
    pub cameo: &'e str,
    pub actor: Option<usize>,
    pub framed_by: Option<usize>,
    pub governed_modality: Option<Modality>,
    /// A noun event, whose mood may be its subject verb's ("talks are expected to begin").
    pub noun: bool,
}

/// Stage `provenance`: sources and modality of every event, and of every attributed
/// figure ("reports ... claim around 600 soldiers have died").
pub(crate) fn run(k: &Knowledge, doc: &mut Doc) {
    let quote_spans: Vec<(usize, usize, Option<usize>)> = doc
        .quotes
        .iter()
        .map(|q| (q.outer_start, q.outer_end, q.speaker_mention))
        .collect();
    let quotes = QuoteContext {
        quotes: &quote_spans,
    };
    let clause_of = |si: usize| {
        let s = doc.sentences[si];
        doc.tags[si]
            .as_deref()
            .map(|tags| Clause::new(k, doc, s.first, s.last, tags))
    };
    let mut provenance = Vec::with_capacity(doc.events.len());
    let mut current: Option<(usize, Clause)> = None;
    for ev in &doc.events {
        if current.as_ref().map(|c| c.0) != Some(ev.sentence) {
            current = clause_of(ev.sentence).map(|c| (ev.sentence, c));
        }
        let (_, clause) = current.as_ref().expect("events come from tagged sentences");
        provenance.push(attribute(clause, &ev.target(), &k.cues, &quotes));
    }
    let mut figures = Vec::with_capacity(doc.quantities.len());
    for q in &doc.quantities {
        let at = q.cue.map(|c| c.0).unwrap_or(q.number_start);
        let t = doc.token_at_byte(at);
        // Untagged sentences (not attributed, or over the length cap) have no reading.
        let clause = figure_sentence(doc, q)
            .filter(|&si| doc.tags[si].is_some() && attributed(k, doc, si))
            .and_then(clause_of);
        figures.push(clause.map(|clause| {
            let target = Target {
                trigger: (t, t + 1),
                verb_group: clause.verb_group_start(t - clause.first),
                plover: "",
                cameo: "",
                actor: None,
                framed_by: None,
                governed_modality: None,
                noun: false,
            };
            attribute(&clause, &target, &k.cues, &quotes)
        }));
    }
    doc.provenance = provenance;
    doc.figure_provenance = figures;
}

impl CodedEvent {
    /// What the provenance stage reads of an event.
    pub fn target(&self) -> Target<'_> {
        Target {
            trigger: self.trigger,
            verb_group: self.verb_group,
            plover: &self.plover,
            cameo: &self.cameo,
            actor: self.actor,
            framed_by: self.framed_by,
            governed_modality: self.governed_modality,
            noun: self.noun,
        }
    }
}

/// Modality strength: when several cues apply, the one that most qualifies the event
/// wins.
fn rank(m: Modality) -> u8 {
    match m {
        Modality::Asserted => 0,
        Modality::Reported => 1,
        Modality::Claimed => 2,
        Modality::Believed => 3,
        Modality::Alleged => 4,
        Modality::Denied => 5,
        Modality::Intended => 6,
        Modality::Hypothetical => 7,
    }
}

fn stronger(a: Modality, b: Modality) -> Modality {
    if rank(b) > rank(a) {
        b
    } else {
        a
    }
}

fn push_slot_sources(clause: &Clause, subject: Subject, sources: &mut Vec<SourceRef>) {
    match subject {
        Subject::Actors(slot) => {
            for m in slot.mentions {
                sources.push(SourceRef::Mention(m));
            }
            for m in slot.cited_by {
                sources.push(SourceRef::Mention(m));
            }
        }
        Subject::NonActor((s, e)) => push_phrase(clause, s, e, sources),
        Subject::Missing => {}
    }
}

/// A source is a party, person, organisation or medium (session 24): a phrase with no
/// mention is kept only when it holds a noun or pronoun that is not part of a place's name.
/// A quantifier the parse made a subject ("the Kremlin said that much remains ...,
/// signaling") and the tail of a place ("The U.S. Embassy in Addis Ababa said": "Ababa")
/// are no source.
fn source_phrase(clause: &Clause, s: usize, e: usize) -> bool {
    let places = &clause.doc.places;
    (s..e.min(clause.tags.len())).any(|l| {
        let t = clause.first + l;
        (clause.tags[l].is_noun() || clause.tags[l] == sitrep_tagger::Tag::PRP)
            && !places.iter().any(|p| p.first <= t && t < p.last)
    })
}

fn push_phrase(clause: &Clause, s: usize, e: usize, sources: &mut Vec<SourceRef>) {
    if source_phrase(clause, s, e) {
        sources.push(SourceRef::Phrase(clause.first + s, clause.first + e));
    }
}

/// Quote spans (global byte ranges) with their speaker mention, if resolved.
pub struct QuoteContext<'q> {
    pub quotes: &'q [(usize, usize, Option<usize>)],
}

pub fn attribute(
    clause: &Clause,
    event: &Target,
    cues: &Cues,
    quotes: &QuoteContext,
) -> Provenance {
    let words = &clause.words;
    let n = words.len();
    let h = event.trigger.0 - clause.first;
    let mut sources: Vec<SourceRef> = Vec::new();
    let mut spans: Vec<(usize, usize)> = Vec::new();
    let mut modality = Modality::Asserted;

    // 1. A reporting verb before the trigger whose complement holds it.
    let mut reporting_at: Option<usize> = None;
    let mut under_belief_verb = false;
    let mut r = event.verb_group.min(h);
    while r > 0 {
        r -= 1;
        let w = words[r];
        if w == ";" {
            break;
        }
        if let Some(cm) = cues.reporting_verb(w) {
            // "a commentary published by KCNA labeled ...": a participle inside a noun
            // phrase reports nothing about the main clause.
            let reduced_relative = clause.tags[r] == sitrep_tagger::Tag::VBN
                && !(r > 0
                    && matches!(
                        words[r - 1],
                        "has" | "have" | "had" | "'ve" | "is" | "was" | "are" | "were"
                    ));
            // "After weeks of denying any plan to repatriate them, Thailand sent 40
            // Uyghurs back": a gerund that is the object of a preposition of time or
            // concession tells what the party did before or beside the act, and frames no
            // clause (session 32). "Quoted officials as saying that ...", "by announcing
            // that ..." still report their clause.
            let gerund_of_preposition = clause.tags[r] == sitrep_tagger::Tag::VBG
                && clause.tree().is_some_and(|t| {
                    matches!(
                        t.rel(r),
                        sitrep_parser::Rel::Pcomp | sitrep_parser::Rel::Pobj
                    ) && t.head(r).is_some_and(|p| {
                        matches!(
                            words[p],
                            "after"
                                | "before"
                                | "despite"
                                | "since"
                                | "of"
                                | "without"
                                | "following"
                        )
                    })
                });
            if clause.is_verb(r) && !reduced_relative && !gerund_of_preposition {
                reporting_at = Some(r);
                // "South Korean intelligence reports ... claim": the actor in the
                // reporting phrase is the source.
                clause.possessor_subjects.set(true);
                let subject = clause.subject(clause.verb_group_start(r), 0);
                clause.possessor_subjects.set(false);
                push_slot_sources(clause, subject, &mut sources);
                modality = stronger(modality, cm.modality());
                under_belief_verb = cm.modality() == Modality::Believed;
                spans.push((clause.first + r.saturating_sub(1), clause.first + r + 1));
                break;
            }
        }
    }
    // Accusations and denials frame the event inside them.
    if let Some(m) = event.governed_modality {
        modality = stronger(modality, m);
    }

    // 2. A trailing attribution: ", KCNA reported." / ", said Lim" / ", officials said".
    if sources.is_empty() {
        let mut k = h + 1;
        while k < n {
            if words[k] == "," || words[k] == "\"" {
                // NP + reporting verb, or reporting verb + NP, up to the sentence end.
                let mut j = k + 1;
                while j < n && words[j] == "\"" {
                    j += 1;
                }
                if j < n {
                    if let Some(cm) = cues.reporting_verb(words[j]) {
                        // ", said Lim." names the sayer only where the phrase ends the
                        // sentence or a clause: in ", says a reset in ties is possible" the
                        // phrase is what is said (session 24).
                        // A named party may be followed by its setting (", said the
                        // ministry in a statement"); a phrase naming none may not.
                        let ends_clause = |end: usize, named: bool| {
                            end >= n
                                || matches!(words[end], "." | "," | ";" | "\"")
                                || (named && matches!(words[end], "on" | "in" | "at"))
                        };
                        if let Some((end, ms)) = clause
                            .np_after(j + 1, n)
                            .filter(|(end, ms)| ends_clause(*end, !ms.is_empty()))
                        {
                            if ms.is_empty() {
                                push_phrase(clause, j + 1, end, &mut sources);
                            }
                            for m in ms {
                                sources.push(SourceRef::Mention(m));
                            }
                            modality = stronger(modality, cm.modality());
                            spans.push((clause.first + k, clause.first + n));
                            break;
                        }
                    } else if let Some((end, ms)) = clause.np_after(j, n) {
                        if end < n
                            && cues.reporting_verb(words[end]).is_some()
                            && (end + 1 >= n
                                || matches!(
                                    words[end + 1],
                                    "." | "on" | "in" | "at" | "," | "that"
                                ))
                        {
                            let cm = cues
                                .reporting_verb(words[end])
                                .unwrap_or(CueModality::Modality(Modality::Reported));
                            if ms.is_empty() {
                                push_phrase(clause, j, end, &mut sources);
                            }
                            for m in ms {
                                sources.push(SourceRef::Mention(m));
                            }
                            modality = stronger(modality, cm.modality());
                            spans.push((clause.first + k, clause.first + n));
                            break;
                        }
                    }
                }
            }
            k += 1;
        }
    }

    // 3. "according to X" anywhere in the sentence.
    for k in 0..n.saturating_sub(1) {
        if words[k] == "according" && words[k + 1] == "to" {
            let mut end = k + 2;
            while end < n && !matches!(words[end], "," | ";" | "." | "\"") {
                end += 1;
            }
            let mut found = false;
            let mut j = k + 2;
            while j < end {
                if let Some(m) = clause.mention(j) {
                    if !sources.contains(&SourceRef::Mention(m)) {
                        sources.push(SourceRef::Mention(m));
                    }
                    found = true;
                    // The first named party is the source (a report "by X (KCNA)" names
                    // one source twice).
                    break;
                }
                j += 1;
            }
            if !found && end > k + 2 {
                push_phrase(clause, k + 2, end, &mut sources);
            }
            modality = stronger(modality, Modality::Reported);
            spans.push((clause.first + k, clause.first + end));
        }
    }

    // 4. Inside a quotation: its speaker.
    let trig_byte = clause.doc.tokens.get(event.trigger.0).start as usize;
    for &(qs, qe, speaker) in quotes.quotes {
        if qs <= trig_byte && trig_byte < qe {
            if let Some(m) = speaker {
                if !sources.contains(&SourceRef::Mention(m)) {
                    sources.insert(0, SourceRef::Mention(m));
                }
            }
            modality = stronger(modality, Modality::Reported);
        }
    }

    // 5. Hedges, intent and hypotheticals in the trigger's clause.
    let clause_start = {
        let mut s = event.verb_group.min(h);
        while s > 0 && !matches!(words[s - 1], ";" | "," | "that" | "\"") {
            s -= 1;
        }
        s
    };
    let hedge_from = clause_start.saturating_sub(4);
    let speculative = (hedge_from..h).any(|k| crate::words::SPECULATIVE_HEDGES.contains(words[k]));
    for k in hedge_from..h {
        if let Some((_, cm)) = cues.hedge_at(words, k) {
            modality = stronger(modality, cm.modality());
        }
    }
    // A demand (CAMEO 10x) is what "should" says ("Germany said Russia should accept the
    // ceasefire" is Germany's demand, made): that modal does not make it hypothetical.
    let demand = event.cameo.starts_with("10");
    for k in event.verb_group.min(h).saturating_sub(3)..h {
        if cues.intent_at(words, k).is_some() {
            modality = stronger(modality, Modality::Intended);
        }
        if cues.hypothetical_at(words, k).is_some()
            && !matches!(words[k], "may")
            && !(demand && words[k] == "should")
            || words[k] == "if"
        {
            modality = stronger(modality, Modality::Hypothetical);
        }
        // The modal, not the month of a date ("Junta 13 May arrested").
        if words[k] == "may"
            && k + 1 < n
            && clause.is_verb(k + 1)
            && clause.doc.date_tokens_covering(clause.first + k).is_none()
        {
            modality = stronger(modality, Modality::Hypothetical);
        }
    }
    // A noun event judged by the words after it: "a Chinese invasion of Taiwan is
    // unlikely", "further strikes are possible". Up to the clause's first other verb.
    if clause.tags[h].is_noun() {
        let mut k = h + 1;
        while k < n && k <= h + 8 && !matches!(words[k], "," | ";" | "." | "that" | "\"") {
            if clause.is_verb(k)
                && !matches!(
                    words[k],
                    "is" | "are"
                        | "was"
                        | "were"
                        | "remains"
                        | "remain"
                        | "seems"
                        | "seem"
                        | "appears"
                        | "appear"
                        | "looks"
                        | "look"
                )
            {
                break;
            }
            if cues.hypothetical_at(words, k).is_some()
                && !matches!(words[k], "if" | "unless" | "whether")
                && clause.doc.date_tokens_covering(clause.first + k).is_none()
            {
                modality = stronger(modality, Modality::Hypothetical);
                break;
            }
            k += 1;
        }
    }
    // A noun event as the subject of a verb telling that it happens: that verb's mood is
    // the event's ("talks between Armenia and Azerbaijan are expected to begin", "a
    // ceasefire could take effect", "negotiations will resume next month"). Its negation
    // is read with the event's (`events.rs`).
    if event.noun {
        if let Some((group, main)) = clause.occurrence_predicate(h) {
            for k in group..=main {
                if cues.intent_at(words, k).is_some() {
                    modality = stronger(modality, Modality::Intended);
                }
                if cues.hypothetical_at(words, k).is_some()
                    && !matches!(words[k], "if" | "unless" | "whether")
                {
                    modality = stronger(modality, Modality::Hypothetical);
                }
            }
        }
    }
    // A conditional clause: "if China failed to pressure Pyongyang", "in the event that
    // Serbia sends troops" (`words::opens_condition`).
    if (clause_start.saturating_sub(1)..h)
        .any(|k| crate::words::opens_condition(if k > 0 { words[k - 1] } else { "" }, words[k]))
    {
        modality = stronger(modality, Modality::Hypothetical);
    }
    // Threats, pledges and offers are about future action: intended, unless a source
    // frames them otherwise.
    if modality == Modality::Asserted
        && (event.plover == "THREATEN" || event.cameo.starts_with("03"))
    {
        modality = Modality::Intended;
    }
    if !sources.is_empty() && modality == Modality::Asserted {
        modality = Modality::Reported;
    }
    // The accuser is the source of what it alleges ("South Korea accused North Korea of
    // supplying weapons": South Korea says so).
    if let Some(f) = event.framed_by {
        sources.insert(0, SourceRef::Mention(f));
    }
    // An actor's own speech act ("Lee emphasized ... while pledging") is its event, not
    // a report about it; but what it says of itself in a complement clause is reported
    // ("Pyongyang acknowledged that it had deployed troops").
    if let Some(a) = event.actor {
        let actor_entity = clause.doc.mentions[a].entity;
        let in_complement =
            reporting_at.is_some_and(|r| clause.doc.mentions[a].first >= clause.first + r);
        if !in_complement {
            sources.retain(|s| !matches!(s, SourceRef::Mention(m) if clause.doc.mentions[*m].entity == actor_entity));
        }
        if sources.is_empty() && modality == Modality::Reported {
            modality = Modality::Asserted;
        }
    }
    dedupe_sources(clause, &mut sources);
    Provenance {
        modality,
        sources,
        attribution_spans: spans,
        under_belief_verb,
        speculative,
    }
}

fn dedupe_sources(clause: &Clause, sources: &mut Vec<SourceRef>) {
    let mut seen: Vec<usize> = Vec::new();
    sources.retain(|s| match s {
        SourceRef::Mention(m) => {
            let e = clause.doc.mentions[*m].entity;
            if seen.contains(&e) {
                false
            } else {
                seen.push(e);
                true
            }
        }
        SourceRef::Phrase(..) => true,
    });
}

#[cfg(test)]
mod tests {
    use crate::doc::SourceRef;
    use crate::testing::doc_through;
    use sitrep_record::Modality;

    #[test]
    fn reporting_verbs_give_sources_and_modality() {
        let doc = doc_through("provenance", "KCNA said Russia attacked Ukraine.");
        assert_eq!(doc.provenance.len(), doc.events.len());
        let p = &doc.provenance[0];
        assert_eq!(p.modality, Modality::Reported);
        let SourceRef::Mention(m) = p.sources[0] else {
            panic!("a mention source")
        };
        assert_eq!(
            doc.entities[doc.mentions[m].entity].org.as_deref(),
            Some("KCNA")
        );
    }

    #[test]
    fn the_month_may_before_a_verb_is_no_modal() {
        // "Junta 13 May arrested": a date, the act told as done; "may attack" is not.
        let doc = doc_through(
            "provenance",
            "The junta 13 May arrested a former minister in Niamey.",
        );
        assert_eq!(doc.events.len(), 1);
        assert_ne!(doc.provenance[0].modality, Modality::Hypothetical);
        let doc = doc_through(
            "provenance",
            "Israeli airstrikes 13 May hit European Hospital in Khan Younis, killing at least 28; \
             Israel claimed strike targeted Hamas leader.",
        );
        assert!(!doc.provenance.is_empty());
        assert!(doc
            .provenance
            .iter()
            .all(|p| p.modality != Modality::Hypothetical));
        let doc = doc_through("provenance", "Russia may attack Ukraine.");
        assert!(!doc.provenance.is_empty());
        assert!(doc
            .provenance
            .iter()
            .all(|p| p.modality == Modality::Hypothetical));
    }

    #[test]
    fn an_attributed_figure_has_its_own_provenance() {
        let doc = doc_through(
            "provenance",
            "Officials claimed that about 600 soldiers died. Ten people were hurt.",
        );
        assert_eq!(doc.figure_provenance.len(), doc.quantities.len());
        let first = doc.figure_provenance[0]
            .as_ref()
            .expect("the claim is attributed");
        assert_eq!(first.modality, Modality::Claimed);
        assert!(
            doc.figure_provenance[1].is_none(),
            "a plain figure is stated as fact"
        );
    }
}

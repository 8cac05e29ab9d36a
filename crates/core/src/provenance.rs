//! Stage 6, `provenance`: who the information comes from, and how the text presents it.
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

use crate::events::CodedEvent;
use crate::syntax::{Clause, Subject};

/// A source of an event: an actor mention, or a phrase that names no known actor
/// ("officials", "analysts").
#[derive(Debug, Clone, PartialEq)]
pub enum SourceRef {
    Mention(usize),
    /// Global token range of the source phrase.
    Phrase(usize, usize),
}

#[derive(Debug, Clone)]
pub struct Provenance {
    pub modality: Modality,
    pub sources: Vec<SourceRef>,
    /// Global token ranges of the attribution phrases (their dates govern the report, not
    /// the event).
    pub attribution_spans: Vec<(usize, usize)>,
}

fn to_modality(c: CueModality) -> Modality {
    match c {
        CueModality::Reported => Modality::Reported,
        CueModality::Claimed => Modality::Claimed,
        CueModality::Alleged => Modality::Alleged,
        CueModality::Believed => Modality::Believed,
        CueModality::Intended => Modality::Intended,
        CueModality::Denied => Modality::Denied,
        CueModality::Hypothetical => Modality::Hypothetical,
        CueModality::Negated => Modality::Asserted,
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
        Subject::NonActor((s, e)) => {
            sources.push(SourceRef::Phrase(clause.first + s, clause.first + e))
        }
        Subject::Missing => {}
    }
}

/// Quote spans (global byte ranges) with their speaker mention, if resolved.
pub struct QuoteContext<'q> {
    pub quotes: &'q [(usize, usize, Option<usize>)],
}

pub fn attribute(
    clause: &Clause,
    event: &CodedEvent,
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
            if clause.is_verb(r) && !reduced_relative {
                reporting_at = Some(r);
                // "South Korean intelligence reports ... claim": the actor in the
                // reporting phrase is the source.
                clause.possessor_subjects.set(true);
                let subject = clause.subject(clause.verb_group_start(r), 0);
                clause.possessor_subjects.set(false);
                push_slot_sources(clause, subject, &mut sources);
                modality = stronger(modality, to_modality(cm));
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
                        if let Some((end, ms)) = clause.np_after(j + 1, n) {
                            if ms.is_empty() {
                                sources.push(SourceRef::Phrase(
                                    clause.first + j + 1,
                                    clause.first + end,
                                ));
                            }
                            for m in ms {
                                sources.push(SourceRef::Mention(m));
                            }
                            modality = stronger(modality, to_modality(cm));
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
                                .unwrap_or(CueModality::Reported);
                            if ms.is_empty() {
                                sources
                                    .push(SourceRef::Phrase(clause.first + j, clause.first + end));
                            }
                            for m in ms {
                                sources.push(SourceRef::Mention(m));
                            }
                            modality = stronger(modality, to_modality(cm));
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
                sources.push(SourceRef::Phrase(clause.first + k + 2, clause.first + end));
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
    for k in hedge_from..h {
        if let Some((_, cm)) = cues.hedge_at(words, k) {
            modality = stronger(modality, to_modality(cm));
        }
    }
    for k in event.verb_group.min(h).saturating_sub(3)..h {
        if cues.intent_at(words, k).is_some() {
            modality = stronger(modality, Modality::Intended);
        }
        if cues.hypothetical_at(words, k).is_some() && !matches!(words[k], "may")
            || words[k] == "if"
        {
            modality = stronger(modality, Modality::Hypothetical);
        }
        if words[k] == "may" && k + 1 < n && clause.is_verb(k + 1) {
            modality = stronger(modality, Modality::Hypothetical);
        }
    }
    // A conditional clause: "if China failed to pressure Pyongyang".
    if words[clause_start.saturating_sub(1)..h]
        .iter()
        .any(|w| matches!(*w, "if" | "unless"))
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

//! Story context (issue #9, part 3): a party the sentence leaves implicit, taken from what
//! the earlier sentences of the story coded.
//!
//! Wire stories name the parties once and then write "three soldiers were killed in the
//! attack" or "the two met again on Tuesday". The coder would drop such an event for its
//! missing actor or recipient; this layer fills the slot from the story when the story
//! leaves one reading only, and keeps dropping it otherwise:
//! - the agent of a hostile material act (an attack, a seizure, sanctions) with no agent
//!   of its own, done to a party: whoever the story's earlier hostile acts against that
//!   party came from, when they all came from one side; else the other side of the
//!   story's dominant pair, when the patient is one member and the pair has fought;
//! - the missing recipient of an act that needs one: the other party of the previous
//!   sentences' events of the same kind (cooperation or conflict) involving the actor,
//!   when they name one; else the other side of the story's dominant pair, when the
//!   story is about that one pair.
//!
//! Each filled slot says in the event's rule that it came from the context and from which
//! sentence; it adds no confidence. Every scan is bounded (the last [`RECENT`] events).

use sitrep_record::Modality;

use crate::doc::{CodedEvent, Doc, NONE};
use crate::syntax::Clause;

/// How many of the story's latest events the context looks at: a bound on the work per
/// event, not on the story (wire stories code few events).
const RECENT: usize = 64;

/// How many sentences back an event still counts as "the previous sentences" for a
/// missing recipient.
const PREVIOUS_SENTENCES: usize = 2;

/// A party found in the story for an empty slot, with the rule text that says where from.
pub(crate) struct FromContext {
    pub mention: usize,
    pub how: String,
}

/// Material acts of force or pressure whose agent a story states once and then leaves
/// implicit ("were killed", "was seized", "were imposed").
pub(crate) fn is_hostile_material(plover: &str) -> bool {
    matches!(plover, "ASSAULT" | "COERCE" | "SANCTION")
}

/// Acts that show who is acting against whom in a story.
fn is_hostile(plover: &str) -> bool {
    matches!(
        plover,
        "ASSAULT" | "COERCE" | "SANCTION" | "THREATEN" | "MOBILIZE"
    )
}

/// Categories that a story carries from sentence to sentence between the same parties:
/// two acts are of one kind when both cooperate or both oppose.
fn is_cooperative(plover: &str) -> bool {
    matches!(
        plover,
        "AGREE" | "CONSULT" | "SUPPORT" | "COOPERATE" | "AID" | "CONCEDE" | "RETREAT" | "REQUEST"
    )
}

fn code_of<'a>(doc: &'a Doc, m: usize) -> Option<&'a str> {
    doc.entities[doc.mentions[m].entity].code.as_deref()
}

/// The story's events before sentence `sentence` that stand as told: not negated, not
/// denied, latest first.
fn earlier<'e>(
    events: &'e [CodedEvent],
    sentence: usize,
) -> impl Iterator<Item = &'e CodedEvent> + 'e {
    events
        .iter()
        .rev()
        .filter(move |e| e.sentence < sentence)
        .take(RECENT)
        .filter(|e| !e.negated && e.governed_modality != Some(Modality::Denied))
}

/// The pair of countries or organisations most of the story's earlier events are between:
/// at least two events, and more than twice as many as any other pair. Codes in order.
fn dominant_pair<'d>(doc: &'d Doc, events: &[CodedEvent], sentence: usize) -> Option<[&'d str; 2]> {
    let mut counts: Vec<([&str; 2], usize)> = Vec::new();
    for e in earlier(events, sentence) {
        let (Some(a), Some(r)) = (e.actor, e.recipient) else {
            continue;
        };
        let (Some(a), Some(r)) = (code_of(doc, a), code_of(doc, r)) else {
            continue;
        };
        if a == r {
            continue;
        }
        let key = if a < r { [a, r] } else { [r, a] };
        match counts.iter_mut().find(|(k, _)| *k == key) {
            Some((_, n)) => *n += 1,
            None => counts.push((key, 1)),
        }
    }
    counts.sort_by(|x, y| y.1.cmp(&x.1).then(x.0.cmp(&y.0)));
    let (pair, top) = *counts.first()?;
    let second = counts.get(1).map_or(0, |c| c.1);
    (top >= 2 && top > 2 * second).then_some(pair)
}

/// The latest earlier actor or recipient mention of the story coded `code`.
fn latest_mention_of(
    doc: &Doc,
    events: &[CodedEvent],
    sentence: usize,
    code: &str,
) -> Option<(usize, usize)> {
    earlier(events, sentence).find_map(|e| {
        [e.actor, e.recipient]
            .into_iter()
            .flatten()
            .find(|&m| code_of(doc, m) == Some(code))
            .map(|m| (m, e.sentence))
    })
}

/// The country the patient of an act in sentence `sentence` belongs to: its own code, or,
/// for a party with none of its own ("three civilians", "police" whose country was only
/// guessed from the story), the country of a place named in the sentence ("in Kharkiv").
fn patient_country<'d>(doc: &'d Doc, patient: usize, sentence: usize) -> Option<&'d str> {
    let e = &doc.entities[doc.mentions[patient].entity];
    if e.code.is_some() && !e.code_inferred {
        return e.code.as_deref();
    }
    let s = &doc.sentences[sentence];
    let mut places = doc
        .places
        .iter()
        .filter(|p| p.locative && p.first >= s.first && p.last <= s.last)
        .filter_map(|p| p.code.as_deref());
    let first = places.next();
    match first {
        // Two countries' places in one sentence: no single one.
        Some(c) if places.all(|o| o == c) => Some(c),
        Some(_) => None,
        None => e.code.as_deref(),
    }
}

/// The agent of a hostile material act with none in its sentence ("three soldiers were
/// killed", "an attack on Kharkiv") done to `patients`: the side all the story's earlier
/// hostile acts against the patient's country came from, else the other member of the
/// story's dominant pair when the patient's country is one member and the two have
/// fought. None when the patient has no country or the story gives two answers.
pub(crate) fn hostile_agent(
    clause: &Clause,
    sentence: usize,
    plover: &str,
    patients: &[usize],
    events: &[CodedEvent],
) -> Option<FromContext> {
    if !is_hostile_material(plover) {
        return None;
    }
    let doc = clause.doc;
    let &patient = patients.first()?;
    let target = patient_country(doc, patient, sentence)?;
    // Every patient of the act is on one side.
    if patients
        .iter()
        .any(|&p| patient_country(doc, p, sentence) != Some(target))
    {
        return None;
    }
    let mut agent: Option<(usize, usize)> = None;
    for e in earlier(events, sentence).filter(|e| is_hostile(&e.plover)) {
        let (Some(a), Some(r)) = (e.actor, e.recipient) else {
            continue;
        };
        if code_of(doc, r) != Some(target) {
            continue;
        }
        let Some(code) = code_of(doc, a).filter(|&c| c != target) else {
            continue;
        };
        match agent {
            None => agent = Some((a, e.sentence)),
            // Two sides have attacked the patient: the story does not say which one this was.
            Some((m, _)) if code_of(doc, m) != Some(code) => return None,
            Some(_) => {}
        }
    }
    if let Some((m, s)) = agent {
        return Some(FromContext {
            mention: m,
            how: format!(
                "actor: from the story, the side of the earlier hostile acts against {target} (sentence {})",
                s + 1
            ),
        });
    }
    let pair = dominant_pair(doc, events, sentence)?;
    let other = if pair[0] == target {
        pair[1]
    } else if pair[1] == target {
        pair[0]
    } else {
        return None;
    };
    let fought = earlier(events, sentence).any(|e| {
        is_hostile(&e.plover)
            && e.actor.and_then(|m| code_of(doc, m)).is_some_and(|c| pair.contains(&c))
            && e.recipient.and_then(|m| code_of(doc, m)).is_some_and(|c| pair.contains(&c))
    });
    if !fought {
        return None;
    }
    let (m, s) = latest_mention_of(doc, events, sentence, other)?;
    Some(FromContext {
        mention: m,
        how: format!(
            "actor: from the story, the other side of its pair {}-{} (sentence {})",
            pair[0],
            pair[1],
            s + 1
        ),
    })
}

/// The recipient an act by `actor` in sentence `sentence` leaves out, from the story: the
/// other party of the previous sentences' events of the same kind involving the actor's
/// country, when they name one; else the other member of the story's dominant pair. None
/// when the sentence names another party (its slots would have found it) or the story
/// gives two answers.
pub(crate) fn missing_recipient(
    doc: &Doc,
    ev: &CodedEvent,
    events: &[CodedEvent],
) -> Option<FromContext> {
    let actor = ev.actor?;
    let own = code_of(doc, actor)?;
    let sentence = &doc.sentences[ev.sentence];
    for g in sentence.tokens() {
        let m = doc.mention_at[g];
        if m != NONE && code_of(doc, m as usize).is_some_and(|c| c != own) {
            return None;
        }
    }
    let cooperative = is_cooperative(&ev.plover);
    let mut other: Option<(usize, usize)> = None;
    for e in earlier(events, ev.sentence)
        .take_while(|e| e.sentence + PREVIOUS_SENTENCES >= ev.sentence)
        .filter(|e| is_cooperative(&e.plover) == cooperative)
    {
        let (Some(a), Some(r)) = (e.actor, e.recipient) else {
            continue;
        };
        let party = if code_of(doc, a) == Some(own) {
            r
        } else if code_of(doc, r) == Some(own) {
            a
        } else {
            continue;
        };
        let Some(code) = code_of(doc, party).filter(|&c| c != own) else {
            continue;
        };
        match other {
            None => other = Some((party, e.sentence)),
            Some((m, _)) if code_of(doc, m) != Some(code) => return None,
            Some(_) => {}
        }
    }
    if let Some((m, s)) = other {
        return Some(FromContext {
            mention: m,
            how: format!(
                "recipient: from the story, the other party of the previous event of its kind (sentence {})",
                s + 1
            ),
        });
    }
    let pair = dominant_pair(doc, events, ev.sentence)?;
    let other = if pair[0] == own {
        pair[1]
    } else if pair[1] == own {
        pair[0]
    } else {
        return None;
    };
    let (m, s) = latest_mention_of(doc, events, ev.sentence, other)?;
    Some(FromContext {
        mention: m,
        how: format!(
            "recipient: from the story, the other side of its pair {}-{} (sentence {})",
            pair[0],
            pair[1],
            s + 1
        ),
    })
}

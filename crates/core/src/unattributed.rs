//! Events whose category is certain but whose doer the text leaves unnamed (issue #9):
//! "a Yemeni government official was assassinated in Aden", "German lawmaker killed in
//! targeted attack". The coder drops an act with no actor, because the party is also a
//! sense filter ("a man was killed in a car crash"); this module says when the act is
//! kept all the same, with the actor unnamed (null), and the event's rule says why.
//!
//! The convention (events.txt's header, the golden README): an attack, killing, bombing,
//! kidnapping or assassination (`[unnamed-actor-codes]`) told as done, in a sentence not
//! dated to another time and naming no mishap (`[mishap-words]`), whose victim is a
//! political party of a stated country: a state, its organs and officials, the opposition
//! or an armed group (`[political-victim-sectors]`). Ordinary victims, companies and the
//! press leave it a crime or a casualty count; the state's legal acts are
//! `context::state_agent`'s.

use crate::doc::Doc;
use crate::syntax::Clause;
use crate::words::{MISHAP_WORDS, POLITICAL_VICTIM_SECTORS, UNNAMED_ACTOR_CODES};

/// The rule text of an event kept with its actor unnamed.
const UNNAMED_ACTOR: &str =
    "actor unnamed: an act of political violence told without its doer, done to a political party";

/// Whether the act of CAMEO `cameo` at local token `head`, verb group at `vg`, with no
/// actor found, is kept with the actor unnamed: the rule text to add, or None.
pub(crate) fn unnamed_actor(
    clause: &Clause,
    sentence: usize,
    cameo: &str,
    vg: usize,
    head: usize,
    recipients: &[usize],
) -> Option<&'static str> {
    if !UNNAMED_ACTOR_CODES.contains(cameo) {
        return None;
    }
    // Told as done: no "be"/"being" of an infinitive, a modal or a gerund ("will be
    // killed", "could be assassinated"), no negation ("was never attacked").
    let told_as_done = (vg..head).all(|k| {
        !crate::words::UNTOLD_PASSIVE_AUXILIARIES.contains(clause.words[k])
            && !clause.knowledge.cues.is_negation(clause.words[k])
    });
    let mishap = clause.words.iter().any(|w| MISHAP_WORDS.contains(w));
    let doc = clause.doc;
    (told_as_done
        && !mishap
        && !crate::context::dated_to_another_time(doc, sentence)
        && recipients.iter().any(|&r| political_victim(doc, r)))
    .then_some(UNNAMED_ACTOR)
}

/// A party of a stated country (not guessed from the story) that is a state, or one of
/// its organs, its opposition or an armed group by sector, and is not negated ("no
/// soldiers were killed").
fn political_victim(doc: &Doc, m: usize) -> bool {
    let mention = &doc.mentions[m];
    let e = &doc.entities[mention.entity];
    let sector = mention.sector.as_deref().or(e.sector.as_deref());
    let negated = mention.first > 0 && doc.norm(mention.first - 1) == "no";
    e.code.is_some()
        && !e.code_inferred
        && !negated
        && match sector {
            None => e.entity_type == sitrep_record::EntityType::Gpe,
            Some(s) => POLITICAL_VICTIM_SECTORS.contains(&s.to_ascii_lowercase()),
        }
}

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

use crate::doc::{CodedEvent, Doc};
use crate::syntax::Clause;
use crate::words::{MISHAP_WORDS, POLITICAL_VICTIM_SECTORS, UNNAMED_ACTOR_CODES};

/// The rule text of an event kept with its actor unnamed.
const UNNAMED_ACTOR: &str =
    "actor unnamed: an act of political violence told without its doer, done to a political party";

/// The rule text of a state's legal act kept with its actor unnamed.
const UNNAMED_STATE: &str =
    "actor unnamed: a state's legal act against its opposition, the state not named";

/// How many of the story's latest events are searched for an earlier telling of the act:
/// a bound on the work per candidate, as in `context`.
const RECENT: usize = 64;

/// Whether the act of CAMEO `cameo` and category `plover` at local token `head`, verb
/// group at `vg`, with no actor found, is kept with the actor unnamed: the rule text to
/// add, or None. `earlier` are the story's events coded so far.
#[allow(clippy::too_many_arguments)] // the candidate's own facts, each used once
pub(crate) fn unnamed_actor(
    clause: &Clause,
    sentence: usize,
    cameo: &str,
    plover: &str,
    vg: usize,
    head: usize,
    recipients: &[usize],
    earlier: &[CodedEvent],
) -> Option<&'static str> {
    // The state's legal acts ("Main opposition party banned ahead of election") come here
    // only when `context::state_agent` found no state where they happened: done to a
    // political party, they are still the state's acts, its country left unsaid.
    let state_act = crate::context::is_state_legal_act(cameo);
    if !UNNAMED_ACTOR_CODES.contains(cameo) && !state_act {
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
    let victims: Vec<usize> = recipients
        .iter()
        .copied()
        .filter(|&r| political_victim(doc, r, state_act))
        .collect();
    // A story that has already coded an act of this category against the victim's country
    // tells the act, or the fighting it is part of, with its doer (golden convention 7:
    // one mention per event): "... BLA militants attacked the convoy ... the convoy came
    // under attack".
    let told_before = |v: usize| {
        let code = code_of(doc, v);
        earlier.iter().rev().take(RECENT).any(|e| {
            e.sentence < sentence
                && e.plover == plover
                && e.recipient.is_some_and(|r| code_of(doc, r) == code)
        })
    };
    (told_as_done
        && !mishap
        && !crate::context::dated_to_another_time(doc, sentence)
        && victims.iter().any(|&v| !told_before(v)))
    .then_some(if state_act {
        UNNAMED_STATE
    } else {
        UNNAMED_ACTOR
    })
}

fn code_of<'a>(doc: &'a Doc, m: usize) -> Option<&'a str> {
    doc.entities[doc.mentions[m].entity].code.as_deref()
}

/// A party of a stated country (not guessed from the story) that is a state, or one of
/// its organs, its opposition or an armed group by sector, and is not negated ("no
/// soldiers were killed"). The patient of a state's legal act (`state_act`) needs no
/// country but must be its opposition (`[state-act-victim-sectors]`: "opposition party
/// banned").
fn political_victim(doc: &Doc, m: usize, state_act: bool) -> bool {
    let mention = &doc.mentions[m];
    let e = &doc.entities[mention.entity];
    let sector = mention.sector.as_deref().or(e.sector.as_deref());
    let negated = mention.first > 0 && doc.norm(mention.first - 1) == "no";
    if state_act {
        // Only the opposition and party politicians: a state or its organs restricted
        // ("restrictions imposed on Ankara") are another state's target, not its own.
        return !negated
            && sector.is_some_and(|s| {
                crate::words::STATE_ACT_VICTIM_SECTORS.contains(&s.to_ascii_lowercase())
            });
    }
    e.code.is_some()
        && !e.code_inferred
        && !negated
        && match sector {
            None => e.entity_type == sitrep_record::EntityType::Gpe,
            Some(s) => POLITICAL_VICTIM_SECTORS.contains(&s.to_ascii_lowercase()),
        }
}

#[cfg(test)]
mod tests {
    use crate::testing::doc_through;

    /// (category, actor code, recipient code, rule) of every event coded from `text`.
    fn coded(text: &str) -> Vec<(String, Option<String>, Option<String>, String)> {
        let doc = doc_through("events", text);
        let code =
            |m: Option<usize>| m.and_then(|m| doc.entities[doc.mentions[m].entity].code.clone());
        doc.events
            .iter()
            .map(|e| {
                (
                    e.plover.clone(),
                    code(e.actor),
                    code(e.recipient),
                    e.rule.clone(),
                )
            })
            .collect()
    }

    #[test]
    fn political_violence_without_its_doer_keeps_the_actor_unnamed() {
        let got =
            coded("A senior Yemeni government official was assassinated in Aden on Saturday.");
        assert_eq!(got.len(), 1, "{got:?}");
        let (category, actor, recipient, rule) = &got[0];
        assert_eq!(
            (category.as_str(), actor, recipient.as_deref()),
            ("ASSAULT", &None, Some("YEM"))
        );
        assert!(rule.contains("actor unnamed:"), "{rule}");
    }

    #[test]
    fn a_ban_of_the_opposition_with_no_state_named_keeps_the_actor_unnamed() {
        let got = coded("Main opposition party banned ahead of presidential election");
        assert!(
            got.iter().any(|(c, a, _, rule)| c == "COERCE"
                && a.is_none()
                && rule.contains("a state's legal act")),
            "{got:?}"
        );
        // A state's own organs restricted are another state's target: no unnamed actor.
        let got = coded("Fresh restrictions were imposed on the Turkish government on Monday.");
        assert!(
            got.iter()
                .all(|(_, _, _, rule)| !rule.contains("actor unnamed")),
            "{got:?}"
        );
    }

    #[test]
    fn ordinary_victims_mishaps_and_other_times_code_nothing() {
        for text in [
            "A man was killed in a car crash on the motorway on Sunday.",
            "A Nigerian soldier was killed in a training accident in Kaduna on Monday.",
            "A Turkish diplomat was assassinated in Paris in 1984.",
            "The Iraqi minister could be assassinated if he returns, his aides fear.",
        ] {
            let got = coded(text);
            assert!(got.is_empty(), "{text}: {got:?}");
        }
    }
}

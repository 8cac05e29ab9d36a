//! A blind set (written in session 33): where the coder found each slot, read from the typed
//! fields `CodedEvent::slots` and `CodedEvent::origin` that replaced the later stages' searches
//! of the rule text. Each line was written and its answer coded by hand, with a `why`,
//! before the engine ran on it: the answer is what the sentence says (whose `by` phrase,
//! whose place, which collective), not what the coder was known to do. A line is right when
//! an event of its category in the last sentence carries every source the line names.

use crate::doc::{ActorSource as A, CodedEvent, EventOrigin as O, RecipientSource as R};
use crate::testing::doc_through;

/// One hand-coded line: the text (its last sentence holds the act), the act's category,
/// where its actor and recipient came from, the pattern's part of speech where the trigger
/// is plainly a verb or a noun, whether the act noun is a light verb's object, and why.
struct Line {
    text: &'static str,
    plover: &'static str,
    actor: A,
    recipient: R,
    origin: Option<O>,
    light_verb_object: Option<bool>,
    why: &'static str,
}

const LINES: &[Line] = &[
    Line {
        text: "The peace deal was signed by Armenia and Azerbaijan in Washington on Friday.",
        plover: "AGREE",
        actor: A::ByAgent,
        recipient: R::Other,
        origin: Some(O::VerbPattern),
        light_verb_object: None,
        why: "a passive whose doers are its `by` agent",
    },
    Line {
        text: "Lebanese soldiers were attacked by Israeli drones near the border on Sunday.",
        plover: "ASSAULT",
        actor: A::ByAgent,
        recipient: R::Other,
        origin: Some(O::VerbPattern),
        light_verb_object: None,
        why: "a passive attack, the attacker after `by`",
    },
    Line {
        text: "The bombing of a market in Idlib by government aircraft killed 12 people.",
        plover: "ASSAULT",
        actor: A::ByAgent,
        recipient: R::Other,
        origin: Some(O::NounPattern),
        light_verb_object: None,
        why: "an act noun's `by` agent after its `of` object is its doer",
    },
    Line {
        text: "The arrest of the opposition leader by police in Kampala drew wide condemnation.",
        plover: "COERCE",
        actor: A::ByAgent,
        recipient: R::Other,
        origin: Some(O::NounPattern),
        light_verb_object: None,
        why: "the arrest noun names its doer with `by`",
    },
    Line {
        text: "Turkey's arrest of the Istanbul mayor sparked protests.",
        plover: "COERCE",
        actor: A::NamedInPhrase,
        recipient: R::Other,
        origin: Some(O::NounPattern),
        light_verb_object: None,
        why: "the possessor of the act noun, inside its own phrase, is the doer",
    },
    Line {
        text: "Five opposition activists were arrested in Harare on Monday, their lawyers said.",
        plover: "COERCE",
        actor: A::StateWhereItHappened,
        recipient: R::Other,
        origin: Some(O::VerbPattern),
        light_verb_object: None,
        why: "an agentless arrest is the state's where it happened (Zimbabwe)",
    },
    Line {
        text: "A dusk-to-dawn curfew was imposed in Conakry on Tuesday after deadly clashes.",
        plover: "COERCE",
        actor: A::StateWhereItHappened,
        recipient: R::Other,
        origin: None,
        light_verb_object: None,
        why: "a curfew imposed with no doer is laid by the state where it is imposed (Guinea)",
    },
    Line {
        text: "Protests erupted in several Iranian cities on Saturday over the price of fuel.",
        plover: "PROTEST",
        actor: A::PeopleWhereItHappens,
        recipient: R::Other,
        origin: None,
        light_verb_object: None,
        why: "a protest told without its protesters is the people's where it happens",
    },
    Line {
        text: "A rally against the junta was held in Bamako on Friday.",
        plover: "PROTEST",
        actor: A::PeopleWhereItHappens,
        recipient: R::Other,
        origin: None,
        light_verb_object: None,
        why: "no protester named, the people of Mali",
    },
    Line {
        text: "Artillery shells struck a hospital in Kharkiv, Ukraine, on Monday, killing four \
               civilians.",
        plover: "ASSAULT",
        actor: A::UnnamedWarAttack,
        recipient: R::Other,
        origin: Some(O::VerbPattern),
        light_verb_object: None,
        why: "weapons of war as the subject, no doer anywhere in the story, ordinary victims \
              of a stated country",
    },
    Line {
        text: "Malawi appealed for international aid after the floods.",
        plover: "REQUEST",
        actor: A::Other,
        recipient: R::NoSingleCode,
        origin: Some(O::VerbPattern),
        light_verb_object: None,
        why: "an appeal to the world at large has no single recipient code",
    },
    Line {
        text: "Ukraine called on the international community to send more air defence systems.",
        plover: "REQUEST",
        actor: A::Other,
        recipient: R::NoSingleCode,
        origin: Some(O::VerbPattern),
        light_verb_object: None,
        why: "the party asked is a collective of states",
    },
    Line {
        text: "The U.S. House of Representatives passed a bill on Wednesday imposing sanctions \
               on Chinese officials. China said the move was bullying.",
        plover: "ACCUSE",
        actor: A::Other,
        recipient: R::OpenerOfSentenceBefore,
        origin: None,
        light_verb_object: None,
        why: "\"the move\" is the act of the party that opened the sentence before",
    },
    Line {
        text: "Iranian authorities made a string of arrests in Tehran on Thursday.",
        plover: "COERCE",
        actor: A::Other,
        recipient: R::Other,
        origin: Some(O::NounPattern),
        light_verb_object: Some(true),
        why: "the arrests are the direct object of the light verb `made`",
    },
    Line {
        text: "Kenya paid a state visit to China last week.",
        plover: "CONSULT",
        actor: A::Other,
        recipient: R::Other,
        origin: Some(O::NounPattern),
        light_verb_object: Some(true),
        why: "the visit is the direct object of the light verb `paid`",
    },
    Line {
        text: "France condemned Russia's annexation of Crimea.",
        plover: "ACCUSE",
        actor: A::Other,
        recipient: R::Other,
        origin: Some(O::VerbPattern),
        light_verb_object: Some(false),
        why: "a plain subject and object: no source a later stage asks about",
    },
    Line {
        text: "A delegation led by Qatar's foreign minister met Taliban officials in Kabul.",
        plover: "CONSULT",
        actor: A::ByAgent,
        recipient: R::Other,
        origin: Some(O::VerbPattern),
        light_verb_object: None,
        why: "the subject names no party; the `by` agent of the participle after it does",
    },
];

/// Whether `ev` carries every source `line` names.
fn matches(line: &Line, ev: &CodedEvent) -> bool {
    ev.plover == line.plover
        && ev.slots.actor == line.actor
        && ev.slots.recipient == line.recipient
        && line.origin.is_none_or(|o| ev.origin == o)
        && line
            .light_verb_object
            .is_none_or(|l| ev.slots.light_verb_object == l)
}

#[test]
fn slot_sources_blind_set() {
    let mut right = 0;
    for line in LINES {
        let doc = doc_through("events", line.text);
        let last = doc.sentences.len() - 1;
        let here: Vec<&CodedEvent> = doc.events.iter().filter(|e| e.sentence == last).collect();
        if here.iter().any(|e| matches(line, e)) {
            right += 1;
        } else {
            let got: Vec<_> = here
                .iter()
                .map(|e| (&e.plover, e.slots, e.origin))
                .collect();
            println!(
                "WRONG {:?}: want {} {:?} {:?} ({}); got {got:?}",
                line.text, line.plover, line.actor, line.recipient, line.why
            );
        }
    }
    println!("slot sources: {right} of {} lines right", LINES.len());
    // First run (session 33, the fields as committed, records byte-identical to the
    // rule-text tests they replaced): 12 of 17. The five wrong are the coder's readings,
    // not the fields': "signed by" coded SUPPORT (the `by` agent recorded right), the
    // Idlib bombing coded by its verb "killed" as an unnamed war attack, "protests
    // erupted" coded nothing, the international community read as a party, "paid a
    // state visit" coded by a verb line. A floor, never lowered to pass.
    assert!(
        right >= 12,
        "slot sources: {right} of {} lines right",
        LINES.len()
    );
}

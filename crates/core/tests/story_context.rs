//! Agents a sentence leaves implicit, taken from the story (issue #9, part 3; `context.rs`):
//! an agentless passive or an act as the subject of a hostile material act takes the side
//! the story's earlier acts of the same category against the victim's country came from.
//! Constructed stories in the style of wire copy; each case also checks that a story with
//! no such act, or two sides, keeps dropping the event.

mod common;

use common::{code, find, run, show};

#[test]
fn an_agentless_attack_on_a_party_takes_the_side_that_attacked_it_before() {
    let r = run("Russia launched a missile attack on Ukraine overnight. \
         Russian forces also shelled the Ukrainian city of Kharkiv on Monday. \
         Three Ukrainian soldiers were killed in the attack.");
    let filled = r
        .events
        .iter()
        .find(|e| e.rule.contains("from the story"))
        .unwrap_or_else(|| panic!("no event from the story\n{}", show(&r)));
    assert_eq!(filled.event, "ASSAULT", "{}", show(&r));
    assert_eq!(code(&filled.actor), Some("RUS"), "{}", show(&r));
    assert_eq!(code(&filled.recipient), Some("UKR"), "{}", show(&r));
    // The rule names the sentence the agent came from.
    assert!(filled.rule.contains("sentence 2"), "{}", filled.rule);
}

#[test]
fn an_act_as_the_subject_takes_the_story_s_agent_and_a_flood_does_not() {
    let story = "Russia launched drone strikes on Ukraine overnight. \
                 Russian forces also shelled the Ukrainian city of Kharkiv on Monday.";
    let r = run(&format!(
        "{story} The strikes killed four Ukrainian civilians in Odesa."
    ));
    let filled = r
        .events
        .iter()
        .find(|e| e.rule.contains("from the story"))
        .unwrap_or_else(|| panic!("no event from the story\n{}", show(&r)));
    assert_eq!(filled.event, "ASSAULT", "{}", show(&r));
    assert_eq!(code(&filled.actor), Some("RUS"), "{}", show(&r));
    assert_eq!(code(&filled.recipient), Some("UKR"), "{}", show(&r));
    // A flood is no act of the story's attacker.
    let r = run(&format!(
        "{story} Floods killed four Ukrainian civilians in Odesa."
    ));
    assert!(
        r.events.iter().all(|e| !e.rule.contains("from the story")),
        "{}",
        show(&r)
    );
}

#[test]
fn a_country_s_own_forces_can_be_the_side_of_an_internal_crackdown() {
    let r = run(
        "Myanmar security forces detained dozens of protesters in Yangon on Friday. \
         Police fired tear gas at the crowd. \
         More than 20 activists were detained in Mandalay on Saturday.",
    );
    let filled = r
        .events
        .iter()
        .find(|e| e.rule.contains("from the story"))
        .unwrap_or_else(|| panic!("no event from the story\n{}", show(&r)));
    assert_eq!(filled.event, "COERCE", "{}", show(&r));
    assert_eq!(code(&filled.actor), Some("MMR"), "{}", show(&r));
    assert_eq!(code(&filled.recipient), Some("MMR"), "{}", show(&r));
}

#[test]
fn an_agentless_attack_stays_dropped_without_a_story_or_with_two_attackers() {
    // Nothing before it says who attacked: a casualty count, not an event.
    let r = run("Three Ukrainian soldiers were killed in the attack on Monday.");
    assert!(
        r.events
            .iter()
            .all(|e| e.actor.is_none() || e.event != "ASSAULT"),
        "{}",
        show(&r)
    );
    // Two sides attacked the patient before: the story does not say which one this was.
    let r = run("Russia attacked Ukraine on Monday. \
         Belarus also attacked Ukraine on Tuesday. \
         Three Ukrainian soldiers were killed on Wednesday.");
    assert!(
        r.events.iter().all(|e| !e.rule.contains("from the story")),
        "{}",
        show(&r)
    );
    // The victims are the attacker's own: the story's attacks on Ukraine say nothing about them.
    let r = run("Russia attacked Ukraine on Monday. \
         Russian forces shelled Ukrainian positions on Tuesday. \
         Three Russian soldiers were killed on Wednesday.");
    assert!(
        find(&r, "ASSAULT", "UKR", Some("RUS")).is_none()
            && r.events.iter().all(|e| !e.rule.contains("from the story")),
        "{}",
        show(&r)
    );
}

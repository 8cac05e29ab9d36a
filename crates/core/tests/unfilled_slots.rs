//! Doers and recipients the slots miss (issue #9, session 28): on the held-out wire stories,
//! 74 misses are sentences where a pattern of the expected category fires and nothing is
//! coded, most because no party fills the doer's or the recipient's slot in the pattern's own
//! clause while the story names it elsewhere. The set covers act nouns as subjects whose doer
//! the story names in another sentence or not at all ("A suicide bombing killed 12 soldiers.
//! Al-Shabab claimed responsibility"), pronoun, definite and demonstrative subjects for a
//! party of the sentence before ("He", "It", "The group", "These strikes"), a person
//! introduced with a title and country and then named bare, roles and groups without a name
//! in a story placed by its dateline, recipients the story supplies (the doer of the act
//! condemned, the host of a visit from the dateline, the parties of the sentence before),
//! passives without an agent whose doer the next sentence names, and near-misses that are no
//! event. The passages (`tests/unfilled_slots/paragraphs.txt`) were coded by hand, each with
//! its `why`, before the engine ran on them.
//!
//! The test prints each passage coded wrong and the figures, and asserts floors just under the
//! measured figures (raise them as the coder improves, never lower them to pass).

mod common;

use common::paragraph_cases::{score_sections, Counted};

const FILE: &str = include_str!("unfilled_slots/paragraphs.txt");

#[test]
fn parties_the_story_names_fill_the_slots() {
    let total = score_sections(
        FILE,
        Counted::NotNegated,
        &["ASSAULT", "ACCUSE", "CONSULT", "REQUEST", "COERCE"],
        50,
        8,
    );
    println!("{}", total.with_traps());
    let (category, dyad, precision) = (total.category(), total.dyad(), total.precision());
    // Floors just under the measured figures. First run, before any change (session 28):
    // category 42/52 (0.81), dyad 30/52 (0.58), precision 49/78 (0.63), 1 of 8 NONE lines
    // coded (a robbery by "unknown gunmen" read as an armed group's attack). Missed: act
    // nouns as subjects whose doer a claim or blame in the next sentence names (8 of 8
    // without it), an indefinite act as subject with soldiers as victims ("An attack on an
    // army post in central Mali killed 15 soldiers"), "It" after a datelined lead, visits
    // whose host is the dateline's country, and doers named after an agentless passive.
    // After the claimed doer (`context::claimed_doer`), the indefinite act as subject
    // (`events::indefinite_subject`), the dateline's "It" (actors.rs) and the dateline's
    // visit (`events::dateline_visited`): category 49/52 (0.94), dyad 42/52 (0.81),
    // precision 56/85 (0.66), 1 of 8 NONE lines coded.
    assert!(category >= 0.93, "category found {category:.2} fell");
    assert!(dyad >= 0.80, "dyad right {dyad:.2} fell");
    assert!(precision >= 0.65, "category precision {precision:.2} fell");
    total.assert_none_coded_at_most(1);
}

//! CAMEO 08x (yield) told as done (issue #9, section 4): curfews and emergencies lifted,
//! people released, bans on parties and media lifted, demands acceded to, resignations under
//! pressure, truces declared, property handed back, sanctions eased, mediation or
//! peacekeepers accepted; about half told without their doer ("the curfew was lifted in
//! Dhaka"), which by the convention of `agentless_state` is the state where it happened.
//! Traps: other senses of the verbs (a lifted weight, a released film or report, eased
//! prices), concessions between firms, and intents, which are AGREE by the contract. The
//! paragraphs (`tests/concessions_done/paragraphs.txt`) were coded by hand before the
//! engine ran on them; the file's header gives the conventions.
//!
//! The test prints each paragraph coded wrong, the figures per section and per category,
//! and asserts floors just under the measured figures (raise them as the coder improves,
//! never lower them to pass).

mod common;

use common::paragraph_cases::{score_sections, Counted};

#[test]
fn concessions_told_as_done_are_coded_with_their_parties() {
    let total = score_sections(
        include_str!("concessions_done/paragraphs.txt"),
        Counted::NotNegated,
        &["CONCEDE", "RETREAT", "AGREE"],
        80,
        10,
    );
    let (category, dyad, precision) = (total.category(), total.dyad(), total.precision());
    println!(
        "concessions_done: category {}/{} ({category:.2}), dyad {:.2}, precision {precision:.2}, {} of {} NONE lines coded",
        total.found, total.expected, dyad, total.none_coded, total.none_lines
    );
    // Floors just under the measured figures. First run, before any change: category 50/91
    // (0.55), dyad 12/91 (0.13), precision 51/65 (0.78), 0 of 10 NONE lines coded; the
    // actor was right on every line found, the recipient (the party that gains) on few.
    // With the state as the doer of a release from its custody and of an easing told with
    // the country itself as the place (`context::state_agent`): category 57/91 (0.63), dyad
    // 0.15, precision 0.81. With concessions won from a party (a receiver line), resignations
    // amid allegations, and a truce between two sides that took effect ("came into force"):
    // category 60/91 (0.66), dyad 0.18, precision 0.82. With the state as the doer of a
    // demand acceded to without one ("the finance bill was withdrawn after protests"):
    // category 65/91 (0.71), dyad 0.20, precision 0.83. With a passive's object keywords
    // looked up 9 tokens back, not 6 ("the ban on the activities of political parties was
    // lifted"): category 68/91 (0.75), dyad 0.20, precision 0.83. Merged with the other
    // session-10 branches: the same recall and dyad, precision 71/87 (0.816).
    // Session 19 (branch h/concede19) added seven lines coded before the engine ran on them
    // (curfews lifted with their imposition named, arms embargoes ended or suspended, names
    // released): 5 of 5 found with their parties, neither trap coded; whole file category
    // 75/96 (0.78), dyad 0.60, precision 0.84.
    assert!(category >= 0.74, "category found {category:.2} fell");
    assert!(dyad >= 0.19, "dyad right {dyad:.2} fell");
    assert!(precision >= 0.81, "category precision {precision:.2} fell");
    total.assert_none_coded_at_most(0);
}

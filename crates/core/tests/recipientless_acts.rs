//! Acts with no stated recipient, or one named only in the story around them (issue #9):
//! protests and strikes at home, weapons tests and exercises aimed at no one, deployments
//! against unrest or a rival the story names, attacks on unnamed targets, acts around
//! elections, a state's own restrictions at home, appeals to no one, investigations opened,
//! and aid, rejections or expulsions whose other party is named in the sentence before. The
//! passages (`tests/recipientless_acts/paragraphs.txt`, a blind set in every region) were
//! coded by hand before the engine ran on them; the file's header gives the conventions, and
//! each of its sections is one kind of act.
//!
//! The test prints each passage coded wrong, then for each section and category the
//! category recall and the dyad share, and asserts floors just under the measured figures
//! (raise them as the coder improves, never lower them to pass).

mod common;

use common::paragraph_cases::{score_sections, Counted};

#[test]
fn acts_without_a_stated_recipient_are_coded_with_the_party_the_story_gives() {
    // An event framed as intended, hypothetical or denied is not the act a line expects,
    // and on a trap line it is no error: only an event coded as done is.
    let total = score_sections(
        include_str!("recipientless_acts/paragraphs.txt"),
        Counted::Done,
        &[
            "PROTEST", "MOBILIZE", "ASSAULT", "COERCE", "REQUEST", "ACCUSE", "AID", "REJECT",
            "SANCTION", "RETREAT",
        ],
        80,
        12,
    );
    println!("{}", total.with_traps());
    let (category, dyad) = (total.category(), total.dyad());
    // Floors just under the measured figures. First run, before any change (the honest
    // held-out estimate): category 74/83 (0.89), dyad 53/83 (0.64), precision 75/101
    // (0.74), traps coded 0 of 13. The category was mostly found; what failed was the
    // recipient: forces sent into a region of the actor's own country (5 of 5 coded with no
    // recipient), shows of force and protests aimed at a rival the sentence before names (8
    // of 9), and appeals for aid that coded nothing (2 of 3). After a state's force
    // posture that names no one takes the rival the sentence before names (not in a
    // weapons test, `[weapons-test-words]`) and an appeal addressed to the world stands
    // with no recipient (`[world-addressee-words]`): category 76/83 (0.92), dyad 59/83
    // (0.71), precision 77/103 (0.75), traps 0 of 13. Forces sent against unrest at home
    // stay with no recipient: `tests/place_recipients` codes "Venezuela deployed troops to
    // Valencia after the riots" VEN>-, where this file (and `tests/mobilize_protest`) code
    // such a posture X>X; the conventions disagree and the older floor holds. After an
    // accusation with no target takes the lone foreign party of the sentence before ("...
    // around the Senkaku Islands. Japan lodged a formal protest"): dyad 60/83 (0.72).
    // Left: a protest's target told only by the sentence before (`tests/placed_actors`
    // has traps where that sentence is about something else), exercises read as joint
    // ones with no partner (COOPERATE, dropped), strikes and rejections at home with no
    // place named.
    assert!(category >= 0.91, "category found {category:.2} fell");
    assert!(dyad >= 0.71, "dyad right {dyad:.2} fell");
    total.assert_none_coded_at_most(0);
}

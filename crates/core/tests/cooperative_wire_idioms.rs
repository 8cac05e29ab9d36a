//! Cooperative acts as wire copy tells them (issue #9, session 15, lexicon depth): the
//! idioms, phrasal verbs and nominal forms of AGREE, SUPPORT, COOPERATE, CONSULT, AID,
//! CONCEDE and RETREAT that the held-out stories lose ("threw its weight behind", "signed
//! off on", "gave the green light to", "reached out to", "held a phone call", "was
//! expected in Juba", "extended a credit line", "wrote off debt", "lifted the embargo",
//! "restored ties", "handed over", "freed"), done and intended, in many regions, with
//! traps: idioms used figuratively, cooperation that did not happen, generic statements.
//! The passages (`tests/cooperative_wire_idioms/paragraphs.txt`) were coded by hand before
//! the engine ran on them; the file's header gives the conventions.
//!
//! The test prints each passage coded wrong, then per section and per category the
//! category recall and the dyad share, and asserts floors just under the measured figures
//! (raise them as the coder improves, never lower them to pass).

mod common;

use common::paragraph_cases::{score_sections, Counted};

#[test]
fn cooperative_idioms_of_wire_copy_are_coded() {
    // Pledges, approvals and due visits are what the lines expect: intents count.
    let total = score_sections(
        include_str!("cooperative_wire_idioms/paragraphs.txt"),
        Counted::NotNegated,
        &[
            "AGREE",
            "SUPPORT",
            "COOPERATE",
            "CONSULT",
            "AID",
            "CONCEDE",
            "RETREAT",
        ],
        150,
        14,
    );
    let (category, dyad) = (total.category(), total.dyad());
    println!("total: {}", total.with_traps());
    // FIRST-RUN
    assert!(category >= 0.0, "category found {category:.2} fell");
    assert!(dyad >= 0.0, "dyad right {dyad:.2} fell");
    assert!(
        total.none_coded <= 16,
        "{} NONE lines coded an event",
        total.none_coded
    );
}

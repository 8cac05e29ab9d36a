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
    // Floors just under the measured figures. First run, before any change (the honest
    // held-out estimate): category recall 134/160 (0.84), precision 164/190 (0.86), dyad
    // 123/160 (0.77), NONE lines coded 2 of 16 (a stock-market "rally" read as a protest,
    // "investors welcomed the merger"); per category AGREE 25/32, SUPPORT 25/26,
    // COOPERATE 15/20, CONSULT 20/26, AID 20/22, CONCEDE 10/12, RETREAT 19/22. One line
    // was then corrected to the contract (a curfew eased is RETREAT 0813, first coded
    // CONCEDE), which counts one more found in the first run's output (135/160).
    // After the session-15 work (a prose sentence's lone participle is its main verb:
    // "the IMF's board signed off on"; lexicon lines: the green light to arms deliveries,
    // signing off on arms exports, reaching out to a counterpart, shuttle diplomacy with
    // its `between` recipients, resumed imports, assisting troops in operations, returned
    // artworks, "ordered ... released", aid convoys, visa-free entry resumed,
    // disbursements under a facility; a market rally is no protest): category 146/160
    // (0.91), precision 177/202 (0.88), dyad 135/160 (0.84), NONE lines coded 1 of 16.
    // Left: visits due ("was expected in Juba", "is due in Hanoi": the subject of a
    // passive or an adjective), the recipient of an act on a party's people or goods
    // ("the remains of three Armenian soldiers"), joint exercises told with a coordinated
    // subject ("Egyptian and Saudi troops wrapped up an exercise": MOBILIZE).
    assert!(category >= 0.90, "category found {category:.2} fell");
    assert!(dyad >= 0.83, "dyad right {dyad:.2} fell");
    total.assert_none_coded_at_most(1);
}

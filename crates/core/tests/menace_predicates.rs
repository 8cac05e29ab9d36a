//! Consequences promised (session 30, issue #9): "Iran said Israel would pay a heavy price
//! for the strike", "Moscow said Kyiv would be held responsible", "Hamas said Israel would
//! regret the assassination" are threats (THREATEN 130) by the sayer against the party
//! promised the consequence (frames.txt `[menace 130]`, read by the coder's reported
//! predicates in `frames.rs`), and what that party is to pay for is its own act told
//! again, no new one. Before, such sentences coded nothing, or coded the act paid for as
//! the threatened party's own threat ("will pay a heavy price for the strike" as a labour
//! strike threatened by Israel). Look-alikes must stay uncoded: prices paid by consumers or
//! farmers, costs borne, a guess ("could face"), a non-party sayer.
//!
//! The lines (`tests/menace_predicates/lines.txt`) and their coding are the lead's own; the
//! file's header says which were run while the rule was written and which were coded
//! before the engine ran on them. The test asserts floors at the measured figures.

mod common;

use common::paragraph_cases::{score_sections, Counted};

#[test]
fn consequences_promised_are_the_sayers_threats() {
    let file = include_str!("menace_predicates/lines.txt");
    let total = score_sections(file, Counted::NotNegated, &["THREATEN"], 14, 7);
    println!("{}", total.with_traps());
    println!("{}", total.parties());
    let (category, dyad, precision) = (total.category(), total.dyad(), total.precision());
    // Before the rule (main at session 30's merges), section 1: category 0/9 and three
    // wrong events (a labour strike and an incursion coded as the threatened party's own
    // threats, "would regret the assassination" as its accusation). Section 2, at its first run with the rule: 4/5 ("Baku said Armenia would
    // bear full responsibility": the longer accusation cue "bear full responsibility for"
    // won and was then set aside for its "would"); with each reading kept to its own tense
    // before the longest is chosen: 5/5. All lines: category 14/14, dyad 14/14, no
    // look-alike coded.
    assert!(category >= 0.99, "category found {category:.2} fell");
    assert!(dyad >= 0.99, "dyad right {dyad:.2} fell");
    assert!(precision >= 0.99, "category precision {precision:.2} fell");
    total.assert_none_coded_at_most(0);
}

//! Acts of yielding that the NGEC CONCEDE and RETREAT stories carry and the coder missed
//! (issue #9, NGEC targets): concessions made or won, responsibility admitted, bans on parties
//! and media lifted, protests and strikes called off, decisions reversed and charges dropped,
//! resignations told as nouns, truces declared without their doer or agreed between two sides,
//! withdrawals, surrenders and disarmament, seized property handed back, and the intents to do
//! them (AGREE). The kinds come from a classified sample of missed NGEC stories; the sentences
//! (`tests/yield_acts/paragraphs.txt`) are wire-style, written and coded by hand before the
//! engine ran on them, with ten NONE traps that use the same words of sport, firms and weather.
//!
//! The test prints each paragraph coded wrong, the figures per section and per category, and
//! asserts floors just under the measured figures (raise them as the coder improves, never
//! lower them to pass).

mod common;

use common::paragraph_cases::{score_sections, Counted};

#[test]
fn yielding_acts_are_coded_with_their_parties() {
    let total = score_sections(
        include_str!("yield_acts/paragraphs.txt"),
        Counted::NotNegated,
        &["CONCEDE", "RETREAT", "AGREE"],
        70,
        10,
    );
    let (category, dyad, precision) = (total.category(), total.dyad(), total.precision());
    println!(
        "yield_acts: category {}/{} ({category:.2}), dyad {:.2}, precision {precision:.2}, {} of {} NONE lines coded",
        total.found, total.expected, dyad, total.none_coded, total.none_lines
    );
    // Floors just under the measured figures. First run, before any change: category 42/70
    // (0.60), dyad 40/70 (0.57), precision 44/60 (0.73), 2 of 10 NONE lines coded (a firm's
    // dropped bid as 080, a banker's resignation as 0831). With a concession kept beside the
    // protest or demand it answers, the state as the doer of a truce or demobilisation told
    // without one, and lexicon lines for responsibility admitted, opposition parties
    // reopened, strikes cancelled, forces pulled out "of" a place and policies reversed
    // after demonstrations or a revolt: category 52/70 (0.74), dyad 0.71, precision 0.78.
    // With forces withdrawn in an agentless passive doing it for their state: category
    // 53/70 (0.76), dyad 0.73, precision 0.79.
    assert!(category >= 0.75, "category found {category:.2} fell");
    assert!(dyad >= 0.72, "dyad right {dyad:.2} fell");
    assert!(precision >= 0.78, "category precision {precision:.2} fell");
    total.assert_none_coded_at_most(2);
}

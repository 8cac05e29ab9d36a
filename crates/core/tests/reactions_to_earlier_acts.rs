//! Reactions to an act told earlier in the story (issue #9, recipients; session 14):
//! "Israeli jets struck a convoy near Tyre. ... Lebanon condemned the strike" is ACCUSE
//! LBN>ISR: a definite act noun that a reaction (condemn, criticise, reject, welcome,
//! praise, call for a reversal) takes as its object refers back to the act the story told,
//! and the reaction's recipient is that act's doer. The paragraphs
//! (`tests/reactions_to_earlier_acts/paragraphs.txt`) were coded by hand before the engine
//! ran on them; the file's header gives the conventions and the traps (an act noun with no
//! earlier act, the reactor being the doer, two earlier acts of different doers).
//!
//! The test prints each paragraph coded wrong and the figures: category found, dyad right,
//! recipient right, the precision of the events coded; it asserts floors just under the
//! measured figures (raise them as the coder improves, never lower them to pass).

mod common;

use common::paragraph_cases::{parse, score, Counted};

#[test]
fn reactions_to_acts_told_earlier() {
    let cases = parse(include_str!("reactions_to_earlier_acts/paragraphs.txt"));
    assert!(cases.len() >= 102, "the task asks for at least 90 paragraphs and 12 traps");
    let f = score(&cases, Counted::NotNegated);
    println!("{}", f.with_traps());
    println!("{}", f.parties());
    let (category, dyad) = (f.category(), f.dyad());
    // Floors just under the measured figures (filled in after the first run).
    assert!(category >= 0.0, "category found {category:.2} fell");
    assert!(dyad >= 0.0, "dyad right {dyad:.2} fell");
}

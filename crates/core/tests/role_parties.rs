//! Parties named only by a role, an office or a function (issue #9, actors, session 19):
//! a city's mayor, "X-based" organisations, ministries and agencies named by what they do,
//! courts, judges and prosecutors, titles with a country adjective, and bare roles in text
//! that gives them one country. The paragraphs (`tests/role_parties/paragraphs.txt`) were
//! coded by hand before the engine ran on them; the file's header gives the conventions.
//!
//! The test prints the figures (category found, dyad right, NONE lines coded); it asserts
//! floors just under the measured figures (raise them as the coder improves, never lower
//! them to pass).

mod common;

use common::paragraph_cases::{parse, score, Counted};

#[test]
fn parties_named_by_role_or_function() {
    let cases = parse(include_str!("role_parties/paragraphs.txt"));
    assert!(cases.len() >= 60, "the set has 55 event lines and 5 traps");
    let f = score(&cases, Counted::NotNegated);
    let (category, dyad) = (f.category(), f.dyad());
    let none_coded = f.none_coded;
    println!("{}", f.with_traps());
    println!("{}", f.parties());
    // Floors just under the measured figures. First run, before any change: category
    // 43/55 (0.78), dyad 39/55 (0.71), 0 of 5 NONE lines coded; the misses of parties
    // were a city's officials ("Istanbul's mayor"), indefinite roles opening the sentence
    // ("A federal judge ordered", "A former army general accused"), "the incumbent", "a
    // newly formed paramilitary group" and far-right parties. After the session-19
    // changes of `actors.rs` (a city's officials, an indefinite opening role, roles in
    // title-case headlines) and the role words (incumbent, army general, political
    // leanings as role adjectives): category 48/55 (0.87), dyad 44/55 (0.80), 0 of 5.
    assert!(category >= 0.86, "category found {category:.2} fell");
    assert!(dyad >= 0.79, "dyad right {dyad:.2} fell");
    assert!(none_coded == 0, "{none_coded} NONE lines coded an event");
}

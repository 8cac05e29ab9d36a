//! Parties the dictionaries do not name (issue #9, actors): groups, professions, companies,
//! bodies, vessels, aircraft and weapons ("French air traffic controllers", "dock workers",
//! "the bishops' conference", "Rival militias", "OSCE observers", "Google", "the junta's
//! warplanes", "a Chinese coast guard vessel"). The paragraphs
//! (`tests/unlisted_parties/paragraphs.txt`, session 15) were coded by hand before the engine
//! ran on them; the file's header gives the conventions.
//!
//! The test prints each paragraph coded wrong, then how many expected events were found
//! (category), how many with both scored parties right (dyad), and how many NONE lines coded
//! something; it asserts floors just under the measured figures (raise them as the coder
//! improves, never lower them to pass).

mod common;

use common::paragraph_cases::{parse, score, Counted};

#[test]
fn parties_the_dictionaries_do_not_name() {
    let cases = parse(include_str!("unlisted_parties/paragraphs.txt"));
    assert!(cases.len() >= 102, "the task asks for at least 90 lines and 12 traps");
    let f = score(&cases, Counted::NotNegated);
    let (category, dyad) = (f.category(), f.dyad());
    let none_coded = f.none_coded;
    println!("{}", f.with_traps());
    // Floors just under the measured figures. First run, before any change: FIRSTRUN.
    assert!(category >= 0.0, "category found {category:.2} fell");
    assert!(dyad >= 0.0, "dyad right {dyad:.2} fell");
    assert!(none_coded <= 12, "{none_coded} NONE lines coded an event");
}

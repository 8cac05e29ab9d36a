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
    assert!(
        cases.len() >= 102,
        "the task asks for at least 90 lines and 12 traps"
    );
    let f = score(&cases, Counted::NotNegated);
    let (category, dyad) = (f.category(), f.dyad());
    let none_coded = f.none_coded;
    println!("{}", f.with_traps());
    // Floors just under the measured figures. First run, before any change: category
    // 75/96 (0.78), dyad 61/96 (0.64), 1 of 12 NONE lines coded (two companies signing a
    // deal, SUPPORT 057). After the role nouns of `crates/actors/data/roles.txt` for the
    // professions and bodies the dictionary lacked (air traffic controllers, mineworkers,
    // pharmacists, junior doctors, bishops' conferences, gang coalitions,
    // farmers' groups, press freedom groups, depositors, indigenous leaders, health and
    // labour secretaries) and navy patrol boats: category 85/96 (0.89), dyad 73/96 (0.76),
    // 1 of 12. ("bar association" as a role was reverted: it took "Darfur Bar Association"
    // out of the unknown-association path, `actors.rs` test.)
    assert!(category >= 0.88, "category found {category:.2} fell");
    assert!(dyad >= 0.75, "dyad right {dyad:.2} fell");
    assert!(none_coded <= 1, "{none_coded} NONE lines coded an event");
}

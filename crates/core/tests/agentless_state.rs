//! The state's legal and administrative coercion told without its agent (issue #9, COERCE
//! recall): "five people were arrested in Irbil", "two French journalists were arrested in
//! Iran", "a curfew was imposed in Dhaka", "twelve media outlets were closed", with traps
//! (killings and kidnappings whose doer is unknown, a named other doer, an arrest of another
//! year, a count of arrests over a period). The paragraphs
//! (`tests/agentless_state/paragraphs.txt`) were coded by hand before the engine ran on
//! them; the file's header gives the conventions.
//!
//! The test prints each paragraph coded wrong, then how many expected events were found
//! (category), how many with both scored parties right (dyad), and how many NONE lines
//! coded something; it asserts floors just under the measured figures (raise them as the
//! coder improves, never lower them to pass).

mod common;

use common::paragraph_cases::{parse, score, Counted};

#[test]
fn agentless_state_acts_are_done_by_the_state_where_they_happen() {
    let cases = parse(include_str!("agentless_state/paragraphs.txt"));
    assert!(
        cases.len() >= 40,
        "the task asks for at least 40 paragraphs"
    );
    let f = score(&cases, Counted::NotNegated);
    let (category, dyad, none_coded) = (f.category(), f.dyad(), f.none_coded);
    // Floors just under the measured figures. First run, before any change: category 6/41
    // (0.15), dyad 6/41 (0.15), 0 of 7 NONE lines coded. With `context::state_agent` (the
    // state where the act happened, when the story names it): 14/41 (0.34), 14/41, 0 of 7;
    // with criminals and armed groups outside the state (`[non-state-sectors]`): 15/41 (0.37);
    // with a country named only through a place or dateline as the state (`MentionKind::Place`):
    // category 24/41 (0.59), dyad 23/41 (0.56); with the gate open to a sentence that names
    // only such a place ("A curfew was imposed in Dhaka"): 28/41 (0.68), dyad 26/41 (0.63);
    // with a capital in apposition to a locative place noun a place ("in the capital,
    // Kinshasa"): 29/41 (0.71), dyad 27/41 (0.66); the gate open to the gazetteer's places
    // too ("in Irbil"): 30/41 (0.73), dyad 28/41 (0.68).
    assert!(category >= 0.73, "category found {category:.2} fell");
    assert!(dyad >= 0.68, "dyad right {dyad:.2} fell");
    assert!(none_coded == 0, "{none_coded} NONE lines coded an event");
}

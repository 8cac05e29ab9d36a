//! Recipients the event's own clause does not name (issue #9, actor/recipient): the
//! accuser of a denial named sentences back, as a possessor, a quoted speaker or a party
//! reported saying it; talks named by a noun in an opening phrase ("After talks with X, Y
//! said ..."); and forecasts ("Ukraine expects Russia to launch an offensive") that are no
//! demands, beside expectations that are ("expects Iran to comply"). The paragraphs
//! (`tests/recipients_context/paragraphs.txt`) were coded by hand before the engine ran
//! on them; the file's header gives the conventions.
//!
//! The test prints each paragraph coded wrong, then how many expected events were found
//! (category), how many with both scored parties right (dyad), and how many NONE lines
//! coded something; it asserts floors just under the measured figures (raise them as the
//! coder improves, never lower them to pass).

mod common;

use common::paragraph_cases::{parse, score, Counted};

#[test]
fn recipients_outside_the_clause_and_forecasts() {
    let cases = parse(include_str!("recipients_context/paragraphs.txt"));
    assert!(
        cases.len() >= 40,
        "the task asks for at least 40 paragraphs"
    );
    let f = score(&cases, Counted::NotNegated);
    let (category, dyad, none_coded) = (f.category(), f.dyad(), f.none_coded);
    // Floors just under the measured figures. First run, before any change: category
    // 29/38 (0.76), dyad 21/38 (0.55), 9 of 11 NONE lines coded (forecasts read as demands).
    // After the `expect` frame, the reporter of a denied act and talks among the main
    // clause's parties: category 32/38 (0.84), dyad 30/38 (0.79), 1 NONE line coded; with
    // the `forecast` frame and the author of a denied accusation noun (five lines added,
    // written before their run): 35/41 (0.85), 33/41 (0.80), 1 of 13.
    assert!(category >= 0.85, "category found {category:.2} fell");
    assert!(dyad >= 0.80, "dyad right {dyad:.2} fell");
    assert!(none_coded <= 1, "{none_coded} NONE lines coded an event");
}

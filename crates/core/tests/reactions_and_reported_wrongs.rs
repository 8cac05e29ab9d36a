//! Criticism told around the act criticised (issue #9, session 20): "condemned what it
//! called a campaign of intimidation by Russia", "The attack drew condemnation from the
//! African Union" after the sentence that tells the attack and its doer, and reported wrongs
//! ("said Washington's arms sales were the root cause of tension", "said Iran remained a
//! threat to the region", "said the vote had been rigged by the electoral commission"). The
//! passages (`tests/reactions_and_reported_wrongs/paragraphs.txt`) were coded by hand before
//! the engine ran on them; the traps are free relatives, reactions and root causes that name
//! no party.
//!
//! The test prints each passage coded wrong, then for each section and category the category
//! recall and the dyad share, and asserts floors just under the measured figures (raise them
//! as the coder improves, never lower them to pass).

mod common;

use common::paragraph_cases::{score_sections, Counted};

#[test]
fn criticism_around_the_act_is_coded_as_accusation() {
    let total = score_sections(
        include_str!("reactions_and_reported_wrongs/paragraphs.txt"),
        Counted::Done,
        &["ACCUSE", "SUPPORT"],
        11,
        4,
    );
    let (category, dyad) = (total.category(), total.dyad());
    println!("total: {}", total.with_traps());
    // Floors just under the first run, made after the session's changes (the free
    // relative of naming, reactions drawn by an act, the summing-up appositive, passive
    // wrongs with their `by` author, root causes and threats): category 13/14 (0.93), dyad
    // 13/14, no NONE line coded. The miss: "welcomed what he called Ethiopia's
    // constructive approach" (no SUPPORT pattern takes "approach").
    assert!(category >= 0.92, "category found {category:.2} fell");
    assert!(dyad >= 0.92, "dyad right {dyad:.2} fell");
    assert!(
        total.none_coded == 0,
        "{} NONE lines coded an event",
        total.none_coded
    );
}

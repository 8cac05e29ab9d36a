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
    // Floors just under the measured figures, after the session's changes (the free
    // relative of naming, reactions drawn by an act, the summing-up appositive, passive
    // wrongs with their `by` author, root causes and threats): category 17/20 (0.85), dyad
    // 17/20, no NONE line coded. Misses: "welcomed what he called Ethiopia's constructive
    // approach" (no SUPPORT pattern takes "approach") and two participial or coordinated
    // accusations whose pronoun or definite object names the party the main clause acted
    // on ("accusing the delegation of", "accused it of"): a resolver for them was tried and
    // reverted in session 20 (it coded the convention-4 accusations beside arrests and
    // seizures that the COERCE, legal and manual-style sets do not list, below their
    // precision floors).
    assert!(category >= 0.84, "category found {category:.2} fell");
    assert!(dyad >= 0.84, "dyad right {dyad:.2} fell");
    total.assert_none_coded_at_most(0);
}

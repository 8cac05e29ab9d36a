//! Constructions the session's engineers found coded wrong (issue #9, session 16), one
//! section each: an accusation judged groundless by the accused (REJECT of the accuser,
//! not a new ACCUSE), demands defied ("would not bow to", "refused to comply with",
//! "defied": REJECT of the demander), assurances given (the giver's AGREE), political
//! movements (a party, not a protest), agreements reached to act (AGREE) beside agreements
//! signed (SUPPORT 057), reciprocal pairs ("the two leaders met", "each side accused the
//! other", "rival militias clashed"), mediated talks (the mediator's CONSULT 045), "all
//! parties" (the country of the crisis, never a party read from the word) and visits due
//! ("is due in Hanoi": the intent to visit, AGREE 036). The passages
//! (`tests/reciprocal_and_mediated/paragraphs.txt`) were coded by hand before the engine
//! ran on them; the file's header gives the conventions.
//!
//! The test prints each passage coded wrong, then per section the category recall and the
//! dyad share, and asserts floors just under the measured figures (raise them as the coder
//! improves, never lower them to pass).

mod common;

use common::paragraph_cases::{score_sections, Counted};

#[test]
fn rejections_pairs_mediation_and_visits_due() {
    let total = score_sections(
        include_str!("reciprocal_and_mediated/paragraphs.txt"),
        Counted::NotNegated,
        &[
            "REJECT", "AGREE", "SUPPORT", "CONSULT", "ACCUSE", "ASSAULT", "REQUEST", "COERCE",
            "PROTEST",
        ],
        110,
        15,
    );
    println!("{}", total.with_traps());
    let (category, dyad) = (total.category(), total.dyad());
    // First run: pending.
    assert!(category >= 0.0, "category found {category:.2} fell");
    assert!(dyad >= 0.0, "dyad right {dyad:.2} fell");
}

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
    let none_coded = total.none_coded;
    // Floors just under the measured figures. First run, before any change (the project's
    // estimate of held-out accuracy on these constructions): category 71/122 (0.58), dyad
    // 55/122 (0.45), category precision 96/158 (0.61), 1 of 18 NONE lines coded. Per
    // section, category (dyad): accusations judged groundless 9/15 (0.53), demands defied
    // 14/15 (0.53), assurances given 3/15 (0.07), movements 4/9 (0.33), agreements reached
    // or signed 4/14 (0.29), reciprocal pairs 9/13 (0.54), mediated talks 13/13 (0.92),
    // "all parties" 14/15 (0.73), visits due 1/13 (0.08).
    // After the session's work (agreements reached to act are AGREE, assurances given,
    // visits due as intents, movements as parties, accusations judged false as REJECT,
    // concessions to a party's demand aimed at it, "the pair" and "each side ... the
    // other"): category 115/122 (0.94), dyad 106/122 (0.87), precision 153/187 (0.82), 0 of
    // 18 NONE lines coded; per section 13/15 (0.80), 15/15 (0.87), 14/15 (0.93), 7/9
    // (0.78), 14/14 (1.00), 12/13 (0.77), 13/13 (0.92), 14/15 (0.73), 13/13 (1.00).
    assert!(category >= 0.93, "category found {category:.2} fell");
    assert!(dyad >= 0.86, "dyad right {dyad:.2} fell");
    assert!(none_coded <= 1, "{none_coded} NONE lines coded an event");
}

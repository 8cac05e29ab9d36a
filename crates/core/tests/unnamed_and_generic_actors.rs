//! Doers named the many ways news names them (issue #9, session 14): generic and sector
//! nouns ("gunmen", "riot police", "the junta", "the coast guard", "a military court"),
//! people with the title after the name ("William Ruto, Kenya's president,") or named again
//! by surname or title, organisations the dictionaries may not list (unions, commissions,
//! bar associations, ministries, "the authorities"), and doers in the clause or sentence
//! before ("he", "the group", "the ministry", "they"). The paragraphs
//! (`tests/unnamed_and_generic_actors/paragraphs.txt`) were coded by hand before the engine
//! ran on them; the file's header gives the conventions, and each section is one way of
//! naming the doer.
//!
//! The test prints each paragraph coded wrong, then per section the category recall and
//! the dyad share (an event of the category with both scored parties right), and asserts
//! floors just under the measured figures (raise them as the coder improves, never lower
//! them to pass).

mod common;

use common::paragraph_cases::{score_sections, Counted};

#[test]
fn doers_named_by_role_title_organisation_or_reference() {
    let total = score_sections(
        include_str!("unnamed_and_generic_actors/paragraphs.txt"),
        Counted::NotNegated,
        &[],
        100,
        12,
    );
    let (category, dyad, actor) = (total.category(), total.dyad(), total.actor());
    // Floors just under the measured figures. First run, before any change (session 14):
    // category 95/116 (0.82), dyad 85/116 (0.73), actor right on 88 of the 95 found
    // (0.93), 1 of 13 NONE lines coded, no denied act coded as done; per section dyad:
    // generic and sector nouns 36/44, name then title 15/20, named again 10/15,
    // organisations 12/20, doers in the sentence before 10/15. After "he"/"she" for a
    // definite one-person office ("Iran's foreign ministry spokesman ... He accused"), a
    // name in apposition after every one-person office ("the parliament speaker, X,"), an
    // office acting for the coded official who heads it ("Ukraine's prosecutor general's
    // office"), a ministry with its portfolio ("South Korea's unification ministry") and
    // a civil-society body placed in a country ("the Law Society of Kenya": KEN):
    // category 100/116 (0.86), dyad 91/116 (0.78), actor 94/100 (0.94), 1 of 13, none.
    assert!(category >= 0.85, "category found {category:.2} fell");
    assert!(dyad >= 0.77, "dyad right {dyad:.2} fell");
    assert!(actor >= 0.93, "actor right on found events {actor:.2} fell");
    total.assert_none_coded_at_most(1);
    total.assert_no_denied_done();
}

//! Events told as nouns, with their agents (issue #9, section 2): the possessor as doer
//! ("Russia's shelling of Kharkiv"), the `by` phrase ("the bombing of a market by government
//! aircraft", "a raid by security services on a newspaper"), the country adjective
//! ("Israeli air strikes on Gaza"), "talks between X and Y", headline nouns; and the same
//! noun phrases as background, acts of another time or lasting states ("the 2014
//! annexation of Crimea", "the ongoing blockade of Tigray"), which are no event of the
//! story. The passages (`tests/nominal_events/paragraphs.txt`) were coded by hand before
//! the engine ran on them; the file's header gives the conventions, and each of its
//! sections is one construction.
//!
//! The test prints each passage coded wrong, then for each section and category the
//! category recall and the dyad share, and asserts floors just under the measured figures
//! (raise them as the coder improves, never lower them to pass).

mod common;

use common::paragraph_cases::{score_sections, Counted};

#[test]
fn acts_told_as_nouns_are_coded_with_their_agents() {
    // Every event line tells an act as done: an event framed as intended or denied is not
    // the act the line expects.
    let total = score_sections(
        include_str!("nominal_events/paragraphs.txt"),
        Counted::Done,
        &[
            "ASSAULT", "COERCE", "SANCTION", "AID", "CONSULT", "RETREAT", "MOBILIZE", "PROTEST",
        ],
        70,
        18,
    );
    let (category, dyad) = (total.category(), total.dyad());
    // Floors just under the measured figures. First run, before any change (the honest
    // held-out estimate): category 38/71 (0.54), dyad 34/71 (0.48), events of the line's
    // category 43 of 57 coded (0.75), NONE lines coded 5 of 19 (invasions of 2003, 2008 and
    // February 2022, the attack of October 7, 2023, decades of loans). The "N of Y by X"
    // section found none of its 14 acts. After the session-10 work (the `by` agent after
    // the noun's object, a country adjective before the head as doer, the `of` object's
    // country adjective as recipient, an attacked or left place's country, a state's act
    // noun on its own people, acts counted in `years of` as lasting states): category
    // 55/71 (0.77), dyad 51/71 (0.72), 60 of 73 events of the line's category (0.82), NONE
    // lines coded 4 of 19: the dated acts ("the 2003 invasion of Iraq", "the attack of
    // October 7, 2023") that the golden convention codes with their date (golden README,
    // second wave: "a past act told with its own date is coded"), left as they are.
    assert!(category >= 0.76, "category found {category:.2} fell");
    assert!(dyad >= 0.71, "dyad right {dyad:.2} fell");
    total.assert_none_coded_at_most(4);
}

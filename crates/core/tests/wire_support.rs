//! Praise, endorsement, verbal defence, recognition, apology and signed agreements the way
//! wire copy tells them (issue #9, section 4: SUPPORT, CAMEO 050-057): "hailed", "welcomed
//! the decision", "lauded", "threw its weight behind", "backed X's bid for", "voiced
//! support for", "stood by", "came to the defence of", "congratulated X on", "recognised
//! the independence of", "established diplomatic relations", "apologised to", "signed a
//! defence pact", "inked a deal", "the two countries signed". The passages
//! (`tests/wire_support/paragraphs.txt`) were coded by hand before the engine ran on them;
//! the file's header gives the conventions, and each of its sections is one family of
//! phrasings. Its NONE lines are the everyday senses of the same words: guests welcomed,
//! a van backed into a window, a bridge's supports, a club signing a footballer, a law
//! signed at home, birthday congratulations.
//!
//! The test prints each passage coded wrong, then for each section the category recall
//! (an event of the expected category) and the dyad share (an event of the category with
//! both scored parties right), and asserts floors just under the measured figures (raise
//! them as the coder improves, never lower them to pass).

mod common;

use common::paragraph_cases::{score_sections, Counted};

#[test]
fn wire_support_is_coded_with_its_parties() {
    // Every line tells an act as done: an event the coder frames as intended or denied is
    // not the act the line expects.
    let total = score_sections(
        include_str!("wire_support/paragraphs.txt"),
        Counted::Done,
        &[],
        85,
        12,
    );
    let (category, dyad) = (total.category(), total.dyad());
    println!(
        "NONE lines coded {}/{}, category precision {:.2}",
        total.none_coded,
        total.none_lines,
        total.precision()
    );
    // Floors just under the measured figures. First run, before any change (the honest
    // held-out estimate): category 79/88 (0.90), dyad 79/88 (0.90), one NONE line of 13
    // coded (a club signing a footballer read as 057), category precision 0.76 (95 of 125
    // events). Misses: "reaffirmed its support for" (4 of 5 read as something else or
    // nothing), "rejected criticism of" read as 120, "defended Russia's invasion" read as
    // the invasion, "the two countries signed" with its parties in the source clause.
    // After the session-10 work (reaffirmed support is 051, not 032; defending an invasion
    // is 052; a date between a plural subject's of-phrase and its verb): 84/88 (0.95),
    // 84/88 (0.95), the same NONE line coded, precision 0.78.
    assert!(category >= 0.94, "category found {category:.2} fell");
    assert!(dyad >= 0.94, "dyad right {dyad:.2} fell");
    total.assert_none_coded_at_most(1);
}

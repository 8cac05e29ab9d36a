//! Headlines closed by a full stop (issue #9, session 22): a feed item's or monitor note's
//! line, or a story's first line, often carries a headline with final punctuation, in Title
//! Case or sentence case, and the NGEC headline benchmark gives each headline to the engine
//! that way. The earlier headline sets (`news_headlines.rs`, `headlines_real.rs`,
//! `wire_headlines.rs`, `headline_passives.rs`) run headlines without final punctuation, where
//! `syntax::is_headline` already knows them. The headlines
//! (`tests/headline_first_lines/paragraphs.txt`) were written and coded by hand before the
//! engine ran on them; the file's header gives the conventions and its last section holds the
//! traps (features, markets, sport, an accident, a statistic, a denied act).
//!
//! The test prints each headline coded wrong, the category recall and dyad share per section
//! and per category, and asserts floors just under the measured figures (raise them as the
//! coder improves, never lower them to pass).

mod common;

use common::paragraph_cases::{score_sections, Counted, PLOVER_CATEGORIES};

#[test]
fn headlines_with_a_full_stop_are_coded_as_headlines() {
    // Intents and threats ("Modi to visit Washington next month.") are what the lines expect:
    // every event that is not negated counts.
    let total = score_sections(
        include_str!("headline_first_lines/paragraphs.txt"),
        Counted::NotNegated,
        PLOVER_CATEGORIES,
        45,
        5,
    );
    println!("{}", total.with_traps());
    let (category, dyad, precision) = (total.category(), total.dyad(), total.precision());
    // Floors just under the measured figures. First run, before any change (the honest
    // held-out estimate): category 39/50 (0.78), dyad 35/50 (0.70), category precision
    // 44/48 (0.92), NONE lines coded 0 of 5, denied acts coded as done 0 of 1. Weakest:
    // "X:" labels and "X says Y" (2/6, 1/4: the headline readings of `syntax::is_headline`
    // did not reach a line with a full stop), auxiliaries dropped (3/5). After a short
    // first line alone on its line, closed by a full stop and with no article, is read as
    // a headline (`syntax::headline_line_with_full_stop`; a bare passive there only of a
    // verb that takes an object and a phrase naming no party by name) and the bare clause
    // of an "X says Y" headline has its verb recovered as the headline's first one is
    // (`syntax::headline_reported_clause`): category 42/50 (0.84), dyad 39/50 (0.78),
    // precision 47/51 (0.92), 0 of 5 traps, 0 of 1 denied acts. After a ban of an
    // organisation "as undesirable" / "as extremist" codes COERCE (events.txt): category
    // 43/50 (0.86), dyad 40/50 (0.80), precision 48/52 (0.92).
    assert!(category >= 0.85, "category found {category:.2} fell");
    assert!(dyad >= 0.79, "dyad right {dyad:.2} fell");
    assert!(precision >= 0.91, "category precision {precision:.2} fell");
    total.assert_no_denied_done();
    total.assert_none_coded_at_most(0);
}

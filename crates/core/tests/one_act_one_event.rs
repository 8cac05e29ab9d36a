//! One act, one event (issue #9, precision): a real-world act is coded once per story
//! (golden conventions 6 and 7), whether the story tells it again in a later sentence, a
//! participle clause, a quotation or its headline, or names its target twice (a city and
//! its country, a capital for its government); coordinated parties give one event each,
//! and two acts of the same pair stay two. The passages
//! (`tests/one_act_one_event/passages.txt`) were coded by hand before the engine ran on
//! them, each with the exact set of events a coder must emit, count included.
//!
//! Events are matched as a multiset on (category, actor code, recipient code): each
//! expected event takes at most one coded event, so a duplicate of a right event is a
//! false positive. The test prints every passage coded wrong, the precision and recall per
//! section and overall, and asserts floors just under the measured figures (raise them as
//! the coder improves, never lower them to pass).

mod common;

use common::event_sets::{parse, score_file};
use sitrep_core::Pipeline;

#[test]
fn one_act_is_coded_once_and_two_acts_twice() {
    let file = include_str!("one_act_one_event/passages.txt");
    let all = parse(file);
    assert!(all.len() >= 40, "the set needs at least 40 passages");
    let (total, _) = score_file(&Pipeline::new(), file);
    // Floors just under the measured figures. First run, before any change: precision
    // 51/80 (0.64), recall 51/61 (0.84), exact sets 16/44; most false positives were the
    // act told again (a later sentence's noun, the headline, a quotation, a participle
    // clause naming the same country by another name). After the headline the lede
    // retells, definite event nouns pointing back to a told act ("the shelling", "made
    // the accusation") and one party's two names in a participle clause ("..., saying
    // Taipei was provoking confrontation"): precision 51/66 (0.77), recall 51/61 (0.84),
    // exact sets 28/44. After the slot readers take every party of a coordination inside
    // a phrase (coordinated_parties.rs): precision 53/68 (0.78), recall 53/61 (0.87), exact
    // sets 30/44.
    let (precision, recall) = (total.precision(), total.recall());
    assert!(precision >= 0.77, "precision {precision:.2} fell");
    assert!(recall >= 0.86, "recall {recall:.2} fell");
}

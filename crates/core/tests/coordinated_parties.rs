//! Coordinated parties (issue #9, golden README: "coordinated actors or recipients give
//! one event per conjunct"): "France and Germany condemned Russia", "urged Armenia and
//! Azerbaijan", "met the leaders of Russia and Ukraine", "Britain, France and Germany",
//! "the presidents of Kenya and Uganda", "Russian and Chinese warships", "Sweden's and
//! Finland's bids", "fighting between Armenian and Azerbaijani forces". Every party of a
//! coordination must get its event; a coordination of things that are not parties ("oil
//! and gas", "peace and security") or of two names of one party must not multiply events.
//! The passages (`tests/coordinated_parties/passages.txt`, a blind set in every category
//! and region) were coded by hand before the engine ran on them, each with the exact set of
//! events a coder must emit, and are scored as a multiset like `one_act_one_event.rs`.
//! The test prints every passage coded wrong and the figures per section, and asserts
//! floors just under the measured figures (raise them as the coder improves, never lower
//! them to pass).

mod common;

use common::event_sets::{parse, score_file, traps_of};
use sitrep_core::Pipeline;

#[test]
fn every_coordinated_party_gets_its_event() {
    let file = include_str!("coordinated_parties/passages.txt");
    let all = parse(file);
    assert!(all.len() >= 70, "the set needs at least 70 passages");
    let (total, per_section) = score_file(&Pipeline::new(), file);
    let traps = traps_of(&per_section);
    // Floors just under the measured figures. First run, before any change: precision
    // 123/143 (0.86), recall 123/150 (0.82), exact sets 50/77, traps exact 8 of 10; most
    // misses were the second party of a coordination inside a phrase ("the leaders of
    // Vietnam, Laos and Cambodia", "counterparts from Japan and South Korea", "two Russian
    // diplomats and a Belarusian diplomat", "Ukrainian and Georgian cargo ships"). After
    // the slot readers take every party of a plural role's of-phrase, of coordinated
    // adjectives or articled nouns and of coordinated possessors: precision 134/154
    // (0.87), recall 134/150 (0.89), exact sets 59/77, traps 8 of 10.
    let (precision, recall) = (total.precision(), total.recall());
    assert!(precision >= 0.86, "precision {precision:.2} fell");
    assert!(recall >= 0.88, "recall {recall:.2} fell");
    assert!(
        traps.exact >= 8,
        "traps coded exactly {} of {}",
        traps.exact,
        traps.passages
    );
}

//! Which sentences of a story are its new events (issue #9, story precision; session 17,
//! `h/storyprec`): original wire passages of three to six sentences, each telling one to
//! four new events and then telling them again (a definite reference, "the attack", "the
//! move", "the talks"; the same verb or noun with the same parties; a quote repeating the
//! lede; the other side's account), explaining them, or giving background on older acts
//! (relative clauses and appositions that describe a party, perfect-tense history with
//! "before", "previously", "in the past", "since", "the latest in a series of"), beside
//! reactions that are new events and new acts of the same kind with a new date or new
//! parties. `tests/story_restatements/passages.txt` (conventions in its header) was written,
//! coded by hand and committed before the engine ran on it.
//!
//! Scoring as `one_act_one_event.rs` (`common/event_sets.rs`): each passage's expected
//! events are matched as a multiset on (category, actor code, recipient code); every other
//! coded event is a surplus (restatement or background coded as news). The test prints
//! every passage whose coded set is not exactly the expected one, per section the
//! precision and recall, the surplus per passage, and asserts floors just under the
//! measured figures (raise them as the engine improves; never lower them to pass).

mod common;

use common::event_sets::{parse, score_file};
use sitrep_core::Pipeline;

#[test]
fn new_events_are_coded_once_and_background_not_at_all() {
    let file = include_str!("story_restatements/passages.txt");
    let all = parse(file);
    assert!(all.len() >= 45, "the set shrank");
    let (total, _) = score_file(&Pipeline::new(), file);
    let surplus = total.coded - total.matched;
    let per_passage = surplus as f64 / total.passages as f64;
    println!("surplus events {surplus}, per passage {per_passage:.2}");
    // Floors just under the measured figures. First run, before any change (the honest
    // held-out estimate of story precision on restatements and background): precision
    // 84/175 (0.48), recall 84/95 (0.88), exact sets 10/51, surplus 91 events (1.78 per
    // passage); most surplus was perfect-tense history ("has accused ... before", "has
    // previously struck", "similar accusations", "in the past"), acts told again ("The
    // agreement was signed by", "thanked Putin for freeing him", a quote "I once again
    // call on"), acts in relative clauses describing a party, and other patterns' false
    // readings. After the session's changes (a perfect telling history is no event; a
    // lasting perfect's since-phrase reads ten words or a clause dated to an earlier year;
    // an event noun after "since" is background; a passive whose subject is a definite
    // noun of a told act, the reason a reaction gives, and a quoted act told "again"
    // restate it; "as" after a definite event noun opens no phrase): precision 84/147
    // (0.57), recall 84/95 (0.88), exact sets 17/51, surplus 63 (1.24 per passage). A
    // relative clause describing a party by an act of an earlier year (", which ousted
    // Bazoum in July 2023") is still coded: the golden stories code such acts with their
    // date (kherson-farmer-mines), and a rule dropping them cost golden dev.
    let (precision, recall) = (total.precision(), total.recall());
    assert!(precision >= 0.56, "precision {precision:.2} fell");
    assert!(recall >= 0.87, "recall {recall:.2} fell");
    assert!(
        per_passage <= 1.30,
        "surplus per passage {per_passage:.2} rose"
    );
}

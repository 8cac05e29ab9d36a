//! Noun events whose parties stand outside their phrase (issue #9, session 15): "Iran and
//! Oman held a second round of talks", "Talks, the first since 2019, between Kyiv and
//! Moscow", "The agreement ... is the first between Armenia and Azerbaijan", "The talks
//! ended without a breakthrough" after a sentence naming both sides, "sanctions imposed by
//! Washington on Caracas", a quoted demand's speaker. The act is the noun ("talks", "a
//! visit", "sanctions", "the attack", "criticism", "the release"); its parties are the
//! light verb's subject and phrase, a phrase past an apposition, the copula's subject or
//! predicate, the sentence before, a reduced relative, an owning possessor. The paragraphs
//! (`tests/noun_event_parties/paragraphs.txt`) were coded by hand before the engine ran on
//! them; the file's header gives the conventions and the traps (generic nouns, planned or
//! hypothetical acts, an owner other than the nearest name).
//!
//! The test prints each paragraph coded wrong and the figures (every event but a negated
//! one: threats are coded intended, golden convention 8): category found,
//! dyad right, the precision of the events coded, the traps coded; it asserts floors just
//! under the measured figures (raise them as the coder improves, never lower them to pass).

mod common;

use common::paragraph_cases::{parse, score, Counted};

#[test]
fn noun_events_find_parties_outside_their_phrase() {
    let cases = parse(include_str!("noun_event_parties/paragraphs.txt"));
    assert!(
        cases.len() >= 112,
        "the task asks for at least 100 paragraphs and 12 traps"
    );
    let f = score(&cases, Counted::NotNegated);
    println!("{}", f.with_traps());
    println!("{}", f.parties());
    let (category, dyad) = (f.category(), f.dyad());
    // Floors just under the measured figures. First run, before any change (the honest
    // held-out estimate; every event counted but negated ones, since threats are coded
    // intended and a Done-only count could never hit one): category 72/120 (0.60), dyad
    // 66/120 (0.55), precision 91/122 (0.75), actor right 69/72, recipient right 62/68,
    // traps coded 0 of 12. (Counting done events only, the first figures were category
    // 68/120, dyad 62/120.) After a `between` past an apposition, a light verb
    // participle's `by` agent ("airstrikes carried out by"), a ranking predicate's
    // `by`/`between` ("was the first by Israel"), a light verb's object needing no
    // recipient (`[act-performing-verbs]`), a definite mutual noun's pair in the sentence
    // before, and a receiving verb's possessor subject ("Israel's strike drew criticism
    // from the EU"): category 82/120 (0.68), dyad 77/120 (0.64), precision 108/139
    // (0.78), actor 80/82, recipient 73/78, traps coded 0 of 12.
    assert!(category >= 0.67, "category found {category:.2} fell");
    assert!(dyad >= 0.63, "dyad right {dyad:.2} fell");
    assert!(f.precision() >= 0.76, "precision {:.2} fell", f.precision());
    assert!(f.none_coded == 0, "{} traps coded an event", f.none_coded);
}

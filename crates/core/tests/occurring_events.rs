//! Events that "happen" (issue #9): the event is a noun made the subject of an occurrence,
//! aspect or state verb ("Talks between Sudan's army and the RSF resumed in Jeddah",
//! "Clashes broke out between police and protesters", "A ceasefire between Israel and
//! Hezbollah took effect", "Protests against the government spread to five cities"), and its
//! parties stand in the noun's between/with/against/of phrase or possessor. The verb's
//! mood, negation and tense decide whether it happened ("talks are expected to begin", "a
//! ceasefire could take effect", "have been stalled since 2023"), and some such events are
//! not political at all ("fighting between rival football fans", "a price war between
//! supermarket chains"). The passages (`tests/occurring_events/paragraphs.txt`, a blind
//! set in every region) were coded by hand before the engine ran on them; the file's header
//! gives the conventions, and each of its sections is one construction.
//!
//! The test prints each passage coded wrong, then for each section and category the
//! category recall and the dyad share, and asserts floors just under the measured figures
//! (raise them as the coder improves, never lower them to pass).

mod common;

use common::paragraph_cases::{score_sections, Counted};

#[test]
fn events_told_as_happening_are_coded_with_their_parties() {
    // An event framed as intended, hypothetical or denied is not the act a line expects,
    // and on a trap line it is no error: only an event coded as done is.
    let total = score_sections(
        include_str!("occurring_events/paragraphs.txt"),
        Counted::Done,
        &[
            "CONSULT",
            "ASSAULT",
            "PROTEST",
            "RETREAT",
            "COERCE",
            "AID",
            "COOPERATE",
        ],
        80,
        12,
    );
    println!("{}", total.with_traps());
    let (category, dyad) = (total.category(), total.dyad());
    // Floors just under the measured figures. First run, before any change (the honest
    // held-out estimate): category 66/83 (0.80), dyad 64/83 (0.77), precision 101/115
    // (0.88), traps coded 7 of 14. Talks were mostly found; what failed was "fighting
    // between X and Y" with an aspect verb (8 of 15 missed), sanctions and deliveries that
    // "took effect" or "began" (6 of 11), and the verb's mood: talks "expected to begin", a
    // ceasefire that "could take effect", a meeting that "did not take place" were coded as
    // done. After the occurrence verb gives a subject noun event its mood and negation
    // (`[occurrence-verbs]`, `[halted-occurrence-verbs]`), a sentence-opening gerund
    // subject of such a verb is read as a noun, `between` takes a plural role's listed
    // parties ("between the presidents of Venezuela and Guyana") and a name the pattern
    // requires before its head is the doer ("new U.S. sanctions"): category 73/83 (0.88),
    // dyad 72/83 (0.87), precision 114/117 (0.97), traps coded 1 of 14 (a denial with no
    // accuser). Two lines were recoded after the first run, a slip against the file's own
    // convention (an armed group takes its country: M23, Turkish-backed Syrian fighters);
    // one of them counts in these figures. After the lexicon line for measures told as
    // taking effect ("Washington's tariffs on Canadian steel took effect", written after
    // this file's misses: the first run is the blind figure for it): category 76/83
    // (0.92), dyad 75/83 (0.90), precision 117/120 (0.97), traps 1 of 14.
    assert!(category >= 0.91, "category found {category:.2} fell");
    assert!(dyad >= 0.90, "dyad right {dyad:.2} fell");
    total.assert_none_coded_at_most(1);
}

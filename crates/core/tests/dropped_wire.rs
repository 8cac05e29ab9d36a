//! Events the lexicon finds and the engine drops (session 32, h/dropped32, issue #9): the
//! largest classes of the readable golden misses (dev, wire, features) where a pattern of
//! the expected category fires in the sentence and nothing is coded, written again on other
//! countries: a party "in talks / in contact with" another; help promised as "help X do Y";
//! talks named in an "after" phrase with their partner; an intent to hold talks whose
//! partner hangs on the talks noun. Each section pairs the codable lines with look-alikes
//! the engine is right to drop. The lines (`tests/dropped_wire/lines.txt`) were coded by
//! hand, each with its reason, before the engine ran on them; the file's header gives the
//! conventions.
//!
//! The test prints each line coded wrong and the figures, and asserts floors just under the
//! measured figures (raise them as the coder improves, never lower them to pass).

mod common;

use common::paragraph_cases::{score_sections, Counted};

#[test]
fn dropped_events_written_again() {
    let file = include_str!("dropped_wire/lines.txt");
    let total = score_sections(file, Counted::NotNegated, &["CONSULT", "AGREE"], 34, 14);
    println!("{}", total.with_traps());
    println!("{}", total.parties());
    let (category, dyad, precision) = (total.category(), total.dyad(), total.precision());
    // First run, before any change (session 32, commit 1153d19c; the honest estimate):
    // category 21/34 (0.62), dyad 20/34 (0.59), precision 21/28 (0.75), 1 of 14 look-alikes
    // coded ("The union offered to resume wage talks with the hospital management": AGREE
    // 036 with no parties). By section: in talks or in contact 2/9, help X do Y 9/9,
    // talks in an "after" phrase 2/8, intent to hold talks with a partner 8/8: the second
    // and fourth shapes were not what lost their golden misses (the infinitive "ship" read
    // as a noun; a party named only by "the North" or a bare "government").
    // After session 32 (being in talks is holding them; talks in an after/following phrase
    // with a named partner are the main subject's, past a dateline, and done before a past
    // cue; contact told as close or constant; a bare infinitive clause's subject as the
    // object): category 33/34 (0.97), dyad 33/34 (0.97), precision 34/40 (0.85), 1 of 14
    // look-alikes. Left: "was in constant communication with" (not a pattern: see
    // events.txt).
    assert!(category >= 0.96, "category found {category:.2} fell");
    assert!(dyad >= 0.96, "dyad right {dyad:.2} fell");
    assert!(precision >= 0.84, "category precision {precision:.2} fell");
    total.assert_none_coded_at_most(1);
}

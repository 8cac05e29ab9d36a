//! Trigger words of two parts of speech in wire copy (issue #9: of the held-out misses
//! with nothing coded, many die as "trigger tagged as another part of speech"): headlines
//! and body copy whose event word is both a verb and a noun or adjective ("shells", "arms",
//! "funds", "hosts", "bars", "curbs", "masses", "probes", "demands"), participles and
//! gerunds used as modifiers or nouns ("advancing troops", "a meeting between"), and traps
//! where the word is the other part of speech and no event happened. The passages
//! (`tests/trigger_tags_wire/paragraphs.txt`) were coded by hand before the engine ran on
//! them; the file's header gives the conventions, and each section is one construction.
//!
//! The test prints each passage coded wrong, the category recall and dyad share per
//! section, and asserts floors just under the measured figures (raise them as the coder
//! improves, never lower them to pass).

mod common;

use common::paragraph_cases::{score_sections, Counted};

#[test]
fn triggers_of_two_parts_of_speech_are_coded() {
    // Intents are what several lines expect ("offers to mediate", "mulls easing
    // sanctions"), so every event not negated is counted.
    let total = score_sections(
        include_str!("trigger_tags_wire/paragraphs.txt"),
        Counted::NotNegated,
        &[],
        85,
        15,
    );
    println!("{}", total.with_traps());
    let (category, dyad, precision) = (total.category(), total.dyad(), total.precision());
    // Floors just under the measured figures. First run, before any change (the honest
    // held-out estimate): category 68/90 (0.76), dyad 59/90 (0.66), precision 77/91
    // (0.85), no NONE line of 18 coded. After the session-11 tag corrections (a headline
    // verb before a word usually an adjective, verbs joined by "and", participles between
    // a determiner and their noun, only auxiliary words as auxiliaries, "bars entry" as a
    // sanction): category 75/90 (0.83), dyad 65/90 (0.72), precision 84/96 (0.88).
    assert!(category >= 0.82, "category found {category:.2} fell");
    assert!(dyad >= 0.72, "dyad right {dyad:.2} fell");
    assert!(precision >= 0.86, "category precision {precision:.2} fell");
    total.assert_none_coded_at_most(0);
}

//! Wire headlines as a genre (issue #9): Title Case and sentence case headlines in the
//! style of Reuters, AP, AFP, VOA and Al Jazeera, with the present tense for a past act,
//! "to" + verb for a future one, a "Speaker:" label or "X says" before the claim, stacked
//! nouns and participles without "is". The headlines (`tests/wire_headlines/paragraphs.txt`)
//! were coded by hand before the engine ran on them; each section of the file is one trait
//! of headline grammar, and the last holds features, sport, markets and weather that report
//! no political event.
//!
//! The test prints each headline coded wrong, the category recall and dyad share per
//! section and per category, and asserts floors just under the measured figures (raise them
//! as the coder improves, never lower them to pass).

mod common;

use common::paragraph_cases::{score_sections, Counted, PLOVER_CATEGORIES};

#[test]
fn wire_headlines_are_coded_as_their_stories() {
    // Intents and threats ("Modi to Visit Moscow", "US to Impose New Tariffs") are what the
    // lines expect: every event that is not negated counts.
    let total = score_sections(
        include_str!("wire_headlines/paragraphs.txt"),
        Counted::NotNegated,
        PLOVER_CATEGORIES,
        100,
        12,
    );
    println!("{}", total.with_traps());
    let (category, dyad, precision) = (total.category(), total.dyad(), total.precision());
    // Floors just under the measured figures. First run, before any change (the honest
    // held-out estimate): category 85/110 (0.77), dyad 80/110 (0.73), category precision
    // 94/105 (0.90), NONE lines coded 2 of 14 ("What to know about Iran's nuclear talks
    // with the US" as talks, a storm "Killing 14" as a killing). Weakest: the speaker before
    // a colon or "says" (6/12), participles without "is" (4/8), stacked nouns (6/10).
    // After a headline's label is kept out of the parse and speaks for a modal demand, a
    // verb after a modal, group names of either number, hyphenated modifiers after "to",
    // "ready to" without "is", feature openers and opening participles: category 90/110
    // (0.82), dyad 85/110 (0.77), precision 99/108 (0.92), 1 NONE line coded (a storm
    // "Killing 14"). With a capitalised verb before a surname no given name ("Zelensky to
    // Meet Trump"): category 91/110 (0.83), dyad 86/110 (0.78), precision 100/109 (0.92).
    assert!(category >= 0.82, "category found {category:.2} fell");
    assert!(dyad >= 0.77, "dyad right {dyad:.2} fell");
    assert!(precision >= 0.91, "category precision {precision:.2} fell");
    total.assert_none_coded_at_most(1);
}

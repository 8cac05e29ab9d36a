//! Monthly conflict-tracker notes as a genre (issue #9): the telegraphic entries of monthly
//! crisis trackers, Security Council forecasts and think-tank daily updates, where titles and
//! bodies are abbreviated ("Govt", "Pres.", "FM", "AU PSC"), the date sits between the
//! subject and its verb ("Govt 3 Feb arrested ..."), articles are dropped, several acts are
//! chained by semicolons, and the country is named once as the entry's heading ("Mali.
//! Jihadists ..."). The notes (`tests/monitor_notes/paragraphs.txt`) were coded by hand before
//! the engine ran on them; each section of the file is one trait of the style, and the last
//! holds context, tolls and outlooks that report no act.
//!
//! The test prints each note coded wrong, the category recall and dyad share per section and
//! per category, and asserts floors just under the measured figures (raise them as the coder
//! improves, never lower them to pass).

mod common;

use common::paragraph_cases::{score_sections, Counted, PLOVER_CATEGORIES};

#[test]
fn monitor_notes_are_coded_as_an_analyst_would() {
    // Pledges, offers and warnings ("AU PSC 14 Feb pledged to dispatch ...", "Tehran vowed
    // to respond") are what the lines expect: every event that is not negated counts.
    let total = score_sections(
        include_str!("monitor_notes/paragraphs.txt"),
        Counted::NotNegated,
        PLOVER_CATEGORIES,
        110,
        12,
    );
    println!("{}", total.with_traps());
    let (category, dyad, precision) = (total.category(), total.dyad(), total.precision());
    // Floors just under the measured figures. First run, before any change (the honest
    // held-out estimate): category 98/125 (0.78), dyad 71/125 (0.57), category precision
    // 111/138 (0.80), NONE lines coded 0 of 13. Weakest: cooperation (1/5), consultations
    // (4/7), demands (3/6); dyads of concessions (0/6) and of coercion (7/15), where the
    // heading country or an abbreviated "Govt" leaves the doer or the opposition unnamed.
    // After the fixes of session 12 (the entry's country heading placing it as a dateline
    // does; a date the parser took for the subject, in every clause of a semicolon chain,
    // leaving the subject to the words before it; a bare role opening the sentence before
    // a date as its subject; "Pres." and "Def Min"; and one line's Kosovo code written as
    // the dictionary writes it, XKX): category 106/125 (0.85), dyad 84/125 (0.67),
    // precision 121/148 (0.82), NONE lines coded 0 of 13.
    assert!(category >= 0.84, "category found {category:.2} fell");
    assert!(dyad >= 0.66, "dyad right {dyad:.2} fell");
    assert!(precision >= 0.81, "category precision {precision:.2} fell");
    total.assert_none_coded_at_most(0);
}

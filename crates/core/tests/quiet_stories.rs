//! Quiet stories (session 23, precision where nothing happens): the held-out VOA stories
//! code most of their wrong events in sentences where nothing is expected, and the wave of
//! non-political stories (science, health, business, sport, disasters, migration, crime)
//! has the lowest story precision. These passages are wire copy that names countries,
//! officials and institutions but reports no political event between parties (a final
//! won, exports surged, a vaccine trial, a typhoon's toll, a poll, a profile, a trial
//! adjourned, a war's losses counted, an anniversary, a summit's history, a refugee camp),
//! and a few that report one event among much background. Written and coded by hand before
//! the engine ran on them (`tests/quiet_stories/paragraphs.txt`; its header gives why
//! each NONE passage codes nothing).
//!
//! The test prints each passage coded wrong and the figures per section, and asserts floors
//! just under the measured figures (raise them as the coder improves, never lower them to
//! pass): how many NONE passages code an event, the wrong events per passage, and the
//! category and dyad of the few events that are there.

mod common;

use common::paragraph_cases::{score_passage_sections, Counted};

#[test]
fn quiet_stories_code_nothing_but_their_one_event() {
    let total = score_passage_sections(
        include_str!("quiet_stories/paragraphs.txt"),
        Counted::NotNegated,
        12,
        40,
    );
    let (category, dyad) = (total.category(), total.dyad());
    let wrong = total.events_coded - total.events_of_category;
    let per_passage = wrong as f64 / total.paragraphs as f64;
    println!(
        "wrong events {wrong} in {} passages ({per_passage:.2} a passage)",
        total.paragraphs
    );
    // First run, before any change (session 23, main d6fb035c): category 11/12 (0.92),
    // dyad 10/12 (0.83), events coded 24, of the line's category 12 (precision 0.50): 12
    // wrong events in 58 passages (0.21 a passage); 8 of 46 NONE passages coded an event:
    // a president who "congratulated the squad" read as praise of the side beaten (the
    // party of the sentence before), a side that "threatened an equaliser", a negated
    // "had not met the conditions" (CONCEDE, counted), a space agency that "launched a
    // probe to study the sun" (an investigation), a company that "pleaded guilty" (an
    // appeal), a crowd gathered "to mark the anniversary" of the 1945 atomic bombing (a
    // protest, and the bombing itself), the 1995 massacre a ceremony commemorated (with
    // the mourners as its doers), "since its full-scale invasion of Ukraine began" (an
    // attack); on the event lines, export restrictions as COERCE 172 rather than 163, a
    // pledge of radars as AGREE 0332 (intent) beside no AID, a background "has raised
    // defence spending" as MOBILIZE at Russia, and a $400 million package coded as both
    // AID and AGREE 0331. Session 23's kept changes (recipients of act nouns, analysts'
    // accounts) leave these figures as they are: the fixes for the causes above moved no
    // held-out figure and were not kept (see the session's report).
    assert!(category >= 0.91, "category found {category:.2} fell");
    assert!(dyad >= 0.82, "dyad right {dyad:.2} fell");
    assert!(
        per_passage <= 0.22,
        "wrong events a passage {per_passage:.2} rose"
    );
    assert!(
        total.none_coded <= 8,
        "{} NONE passages coded an event",
        total.none_coded
    );
}

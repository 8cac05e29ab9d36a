//! A state's formal protest is an accusation, not a demonstration (issue #9, session 13):
//! "The Philippines protested Chinese manoeuvres near Scarborough Shoal", "Japan lodged a
//! protest with China", "India registered a strong protest with Pakistan" and summonses of
//! diplomats are ACCUSE 114 from the protesting state to the party protested; people,
//! students, workers or crowds who protest stay PROTEST 14x. The paragraphs
//! (`tests/formal_protests/paragraphs.txt`) were coded by hand before the engine ran on
//! them; the file's header gives the conventions and the traps.
//!
//! The test prints each paragraph coded wrong, the recall, precision and dyad figures, and
//! how many state protests (ACCUSE lines) were also or instead coded as a demonstration
//! (PROTEST); it asserts floors just under the measured figures (raise them as the coder
//! improves, never lower them to pass).

mod common;

use common::paragraph_cases::{parse, score, Counted};
use common::run;

const PARAGRAPHS: &str = include_str!("formal_protests/paragraphs.txt");

/// Of the ACCUSE lines: how many coded a PROTEST event (the state's complaint read as a
/// demonstration). Prints each one.
fn state_protests_read_as_demonstrations() -> (usize, usize) {
    let (mut lines, mut wrong) = (0, 0);
    for case in parse(PARAGRAPHS) {
        if case.category != Some("ACCUSE") {
            continue;
        }
        lines += 1;
        let record = run(case.text);
        if record
            .events
            .iter()
            .any(|e| e.event == "PROTEST" && !e.negated)
        {
            wrong += 1;
            println!("read as a demonstration: {}", case.text);
        }
    }
    (lines, wrong)
}

#[test]
fn formal_protests_are_official_complaints() {
    let cases = parse(PARAGRAPHS);
    assert!(
        cases.len() >= 105,
        "the task asks for at least 90 lines + 15 traps"
    );
    let f = score(&cases, Counted::NotNegated);
    println!("{}", f.with_traps());
    let (accuse_lines, as_protest) = state_protests_read_as_demonstrations();
    println!("state protests coded as demonstrations: {as_protest} of {accuse_lines}");
    // Floors just under the measured figures. First run, before any change (session 13):
    // category recall 47/108 (0.44), precision 48/130 (0.37), dyad 0.41, traps coded 1 of
    // 16, denied acts coded as done 0 of 2; state protests coded as demonstrations 61 of 93.
    // After `state_complaint` (events.rs: a state's "protest" verb, or a protest noun it
    // owns, is its official complaint, 114) and the protest noun a lodged complaint names
    // dropped as a demonstration: recall 99/108 (0.92), precision 101/119 (0.85), dyad
    // 0.90, traps 1 of 16, denied 0 of 2; state protests coded as demonstrations 0 of 93.
    assert!(
        f.category() >= 0.91,
        "category recall {:.2} fell",
        f.category()
    );
    assert!(f.dyad() >= 0.89, "dyad {:.2} fell", f.dyad());
    assert!(f.precision() >= 0.84, "precision {:.2} fell", f.precision());
    assert!(f.none_coded <= 1, "{} traps coded an event", f.none_coded);
    assert!(
        f.denied_done == 0,
        "{} denied protests coded as done",
        f.denied_done
    );
    assert!(
        as_protest <= 1,
        "{as_protest} state protests read as demonstrations"
    );
}

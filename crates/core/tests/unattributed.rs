//! Events whose category is certain but one party is unnamed (issue #9): an attack on a
//! state's soldiers or officials by gunmen the text does not name, a deportation or a
//! curfew told without its doer. The paragraphs (`tests/unattributed/paragraphs.txt`)
//! were coded by hand before the engine ran on them; the file's header gives the
//! convention: half of them are traps (accidents, crime, sport, companies, history,
//! figurative uses, acts negated or feared) that must code nothing.
//!
//! The test prints each paragraph coded wrong, then the category recall (expected events
//! found), the category precision (events coded that are of their line's category, traps
//! included), the dyad figure (`-` = a party left unnamed) and how many traps coded an
//! event; it asserts floors just under the measured figures (raise them as the coder
//! improves, never lower them to pass).

mod common;

use common::paragraph_cases::{parse, score, Counted};

#[test]
fn unattributed_events_and_their_traps() {
    let cases = parse(include_str!("unattributed/paragraphs.txt"));
    assert!(
        cases.len() >= 60,
        "the task asks for at least 60 paragraphs"
    );
    let f = score(&cases, Counted::Done);
    let (recall, precision, dyad) = (f.category(), f.precision(), f.dyad());
    println!("{}", f.with_traps());
    // First run, before any change: recall 14/36 (0.39), precision 17/20 (0.85), dyad
    // 3/36 (0.08), 3 of 37 traps coded (a gunman in a mall, a school's curfew, critics'
    // attack).
    // With `unattributed.rs` (an attack on a political party told in a passive without
    // its doer, or undergone by it, keeps the actor unnamed): recall 28/36 (0.78),
    // precision 31/34 (0.91), dyad 17/36 (0.47), the same 3 traps.
    assert!(recall >= 0.77, "category recall {recall:.2} fell");
    assert!(precision >= 0.90, "category precision {precision:.2} fell");
    assert!(dyad >= 0.46, "dyad right {dyad:.2} fell");
    assert!(f.none_coded <= 3, "{} traps coded an event", f.none_coded);
}

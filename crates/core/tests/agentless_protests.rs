//! Protests, rallies, marches, strikes and riots told without their protesters (issue #9,
//! conflict notes): "Protests erupted in several Iranian cities", "A rally against the
//! junta was held in Bamako". The paragraphs (`tests/agentless_protests/paragraphs.txt`)
//! were coded by hand before the engine ran on them; the file's header gives the
//! convention. About a third are traps (protests planned, feared, banned or called off,
//! markets and teams that "rallied", a footballer's strike, the month of March, a campaign
//! rally, protests of another year) that must code no protest.
//!
//! The test prints each paragraph coded wrong, then the category recall (expected events
//! found), the category precision (events coded that are of their line's category, traps
//! included), the dyad figure and how many traps coded an event; it asserts floors just
//! under the measured figures (raise them as the coder improves, never lower them to
//! pass).

mod common;

use common::paragraph_cases::{parse, score, Counted};

#[test]
fn agentless_protests_and_their_traps() {
    let cases = parse(include_str!("agentless_protests/paragraphs.txt"));
    assert!(
        cases.len() >= 60,
        "the task asks for at least 60 paragraphs"
    );
    let f = score(&cases, Counted::Done);
    let (recall, precision, dyad) = (f.category(), f.precision(), f.dyad());
    println!("{}", f.with_traps());
    // First run, before any change: recall 11/41 (0.27), precision 11/17 (0.65), dyad
    // 7/41 (0.17), 1 of 23 traps coded (riots feared in Egypt).
    // With a protest, strike or riot told without its protesters coded as the people's of
    // the country where it happens (`unattributed::protest_told_as_done`, `assemble.rs`):
    // recall 36/41 (0.88), precision 36/42 (0.86), dyad 32/41 (0.78), the same trap.
    assert!(recall >= 0.87, "category recall {recall:.2} fell");
    assert!(precision >= 0.85, "category precision {precision:.2} fell");
    assert!(dyad >= 0.77, "dyad right {dyad:.2} fell");
    assert!(f.none_coded <= 1, "{} traps coded an event", f.none_coded);
}

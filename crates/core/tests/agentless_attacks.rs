//! Armed attacks told without their doer, with ordinary victims (issue #9, conflict
//! notes): "a car bomb exploded near a market in Manbij, killing at least six civilians",
//! "Shelling in Taiz killed two children". The paragraphs (`tests/agentless_attacks/
//! paragraphs.txt`) were coded by hand before the engine ran on them; the file's header
//! gives the convention (golden README convention 11): an attack with weapons of war on
//! ordinary people or places of a stated country is ASSAULT with the actor unnamed. Half
//! of the lines are traps (crimes, accidents, ordnance cleared, war-dead totals, history,
//! fiction, figurative and sporting uses, strikes by workers, acts negated, feared or
//! foiled) that must code nothing, and a section of attacks whose doer the paragraph names
//! in another sentence, which must be coded with that doer and not again unnamed.
//!
//! The test prints each paragraph coded wrong, then the category recall, the category
//! precision (events coded that are of their line's category, traps included), the dyad
//! figure, how many traps coded an event and how many named-doer paragraphs also coded the
//! attack unnamed; it asserts floors just under the measured figures (raise them as the
//! coder improves, never lower them to pass).

mod common;

use common::paragraph_cases::{parse, score, Counted};
use common::run;

#[test]
fn agentless_attacks_and_their_traps() {
    let file = include_str!("agentless_attacks/paragraphs.txt");
    let cases = parse(file);
    assert!(
        cases.len() >= 70,
        "the task asks for at least 70 paragraphs"
    );
    let f = score(&cases, Counted::Done);
    let (recall, precision, dyad) = (f.category(), f.precision(), f.dyad());
    // Paragraphs that name the doer of their attack: an unnamed-actor ASSAULT there is the
    // same attack told twice (golden convention 7).
    let named: Vec<_> = cases
        .iter()
        .filter(|c| c.category == Some("ASSAULT") && c.actor.is_some_and(|a| a != "-"))
        .collect();
    let told_twice = named
        .iter()
        .filter(|c| {
            run(c.text)
                .events
                .iter()
                .any(|e| e.event == "ASSAULT" && e.actor.is_none() && !e.negated)
        })
        .count();
    println!(
        "{}, named-doer attacks also coded unnamed {told_twice} of {}",
        f.with_traps(),
        named.len()
    );
    // First run, before any change: recall 9/44 (0.20), precision 9/15 (0.60), dyad 6/44
    // (0.14), 6 of 37 traps coded (two robberies by gunmen, a demolition, a methane blast
    // read as blame, and two strikes by workers: PROTEST events the file first coded NONE
    // by mistake; scored as PROTEST since, recall 11/46 (0.24), precision 11/15 (0.73),
    // dyad 0.17, 4 of 35 traps), named-doer attacks coded unnamed too 0 of 7.
    // The notes' dates were then moved before the publication day (some fell after it, in
    // the year before, and were another time's acts); the engine coded none of those
    // lines before either.
    // With the convention (`unattributed.rs`: an act of war on ordinary victims of a
    // stated country keeps its actor unnamed): recall 35/46 (0.76), precision 36/40
    // (0.90), dyad 0.67, the same 4 traps (two robberies by gunmen, a demolition, a
    // methane blast read as blame), named-doer attacks coded unnamed too 0 of 7.
    assert!(recall >= 0.75, "category recall {recall:.2} fell");
    assert!(precision >= 0.89, "category precision {precision:.2} fell");
    assert!(dyad >= 0.66, "dyad right {dyad:.2} fell");
    assert!(f.none_coded <= 4, "{} traps coded an event", f.none_coded);
    assert!(
        told_twice == 0,
        "{told_twice} attacks told with their doer coded unnamed too"
    );
}

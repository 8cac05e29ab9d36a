//! Engine bugs the session-21 closing notes list (issue #9; session 22), each shown by
//! sentences written for this file and coded by hand before the engine ran on them
//! (`tests/noted_bugs/paragraphs.txt`; the file's header gives the conventions): a
//! conditional future read as a threat against the party helped, released funds with no
//! owner, a coordinated `by` agent, an "along with" aside read as the subject, a warning
//! about another party's acts read as a threat, mutual pullbacks and traded accusations
//! with no recipient, an aid convoy arriving, and a country adjective coordinated with an
//! organisation name; with traps. Session 23 added forces promised to the party they go to,
//! aid convoys with their sender named, coordinated country adjectives before a force noun,
//! abbreviations compounded with a participle, a prepositional recipient on its own verb,
//! and pardons and amnesties that free people held.
//!
//! The test prints each line coded wrong and the figures, and asserts floors just under the
//! measured figures (raise them as the engine improves, never lower them to pass).

mod common;

use common::paragraph_cases::{score_sections, Counted};

#[test]
fn noted_bugs_are_coded_in_general() {
    let file = include_str!("noted_bugs/paragraphs.txt");
    let total = score_sections(file, Counted::NotNegated, &[], 38, 3);
    println!("{}", total.with_traps());
    let (category, dyad, precision) = (total.category(), total.dyad(), total.precision());
    // Floors just under the measured figures. First run, before session 22's fixes (the
    // honest estimate): category 12/17 (0.71), dyad 5/17 (0.29), precision 19/22 (0.86),
    // traps coded 0 of 2. After them (traded accusations and disengagement mutual; the owner
    // adjective of released funds; "along with" no subject; a warning about another party's
    // acts no threat): category 12/17 (0.71), dyad 10/17 (0.59), precision 21/23 (0.91).
    // Still wrong: the conditional promise of tanks or troops, read as a threat (the hostile
    // reading of "send tanks" comes from the condition's "offensive"; tried and dropped, see
    // the commit), the warning about another's acts coded as nothing rather than criticism,
    // the recipient after "take action against", "pulled back" by two sides (a withdrawal
    // is not mutual by itself), and the aid convoys (no party delivers them).
    // Session 23 added sections 10-14 (written and coded before the engine ran): first run
    // category 23/35 (0.66), dyad 20/35 (0.57), precision 35/43 (0.81). After its fixes
    // (forces promised to the party they go to are protection offered, 0334, and weapons
    // sent to a party supplied, 0332; an aid convoy's verb of arrival names where the aid
    // was delivered; an abbreviation without periods before "-brokered" names the
    // author): category 31/35 (0.89), dyad 29/35 (0.83), precision 43/45 (0.96). Section 15
    // (pardons and amnesties that free people held: 0841), added after its fix was begun,
    // codes 3/3; before it the brief's traces read them 082 and 056. Whole file: category
    // 34/38 (0.89), dyad 32/38 (0.84), precision 46/48 (0.96). Still wrong: aid convoys with
    // no sender named (no actor, no event: on purpose), and a place whose country the story
    // names only through it ("reached the northern Gaza Strip").
    assert!(category >= 0.88, "category found {category:.2} fell");
    assert!(dyad >= 0.83, "dyad right {dyad:.2} fell");
    assert!(precision >= 0.95, "category precision {precision:.2} fell");
    assert!(
        total.none_coded == 0,
        "{} NONE lines coded",
        total.none_coded
    );
}

//! Who did it to whom (issue #9 part 3; issue #10's pair share; session 30): wire-style
//! sentences and two-sentence paragraphs for the general classes of wrong actors and
//! recipients counted among the category-right golden events of the readable splits (the
//! venue of talks, a mediator's sides, a prepositional recipient, a person or role with no
//! country of its own, a pronoun or "the government" referring back, a possessor as
//! target, the act inside "accused X of doing it", a reaction to an act told before,
//! coordinated parties), each written and coded by hand before the engine ran on them
//! (`tests/dyads_wire/lines.txt`; its header gives the conventions); with traps.
//!
//! The test prints each line coded wrong and the figures, and asserts floors just under the
//! measured figures (raise them as the engine improves, never lower them to pass).

mod common;

use common::paragraph_cases::{score_sections, Counted};

#[test]
fn dyads_of_wire_sentences_are_coded_in_general() {
    let file = include_str!("dyads_wire/lines.txt");
    let total = score_sections(file, Counted::NotNegated, &[], 60, 3);
    println!("{}", total.with_traps());
    let (category, dyad, precision) = (total.category(), total.dyad(), total.precision());
    // Floors just under the measured figures. First run (sections 1-11, 63 event lines and
    // 3 traps, the engine of main 69ad8d51 before any fix of session 30): category 61/63
    // (0.97), dyad 58/63 (0.92), precision 82/99 (0.83), traps coded 0 of 3. The simple
    // wire sentence is easier than the golden stories' (pair share 0.86-0.90): the misses
    // are the venue of talks read as a party ("in the Omani capital, Muscat"), a
    // mediator's side named by an adjective coordinated with a name ("between Israeli and
    // Hamas negotiators"), "Representatives of Sudan's army and the paramilitary RSF met"
    // (no event), "would not accept the ICJ's ruling" (no event) and "its border
    // positions" after "Armenia accused Azerbaijani troops of firing on" (no recipient).
    // After the venue fix: dyad 59/63; after the coordinated adjective in an object
    // ("between Israeli and Hamas negotiators"): 60/63. Sections 12-13 (7 lines, written after the venue
    // and title-list fixes and before the engine ran on them): first run category 7/7,
    // dyad 5/7 (the second titled guest after "and", "South African President", whose
    // title word the tagger reads NN, fixed since; the victims of "killing two civilians"
    // after an accused shelling of a village have no country). Whole file now: category
    // 68/70 (0.97), dyad 66/70 (0.94), precision 99/136 (0.73: the paragraphs' other
    // events, the accusation beside an accused act, count against it), traps 0 of 3.
    assert!(category >= 0.95, "category found {category:.2} fell");
    assert!(dyad >= 0.92, "dyad right {dyad:.2} fell");
    assert!(precision >= 0.70, "category precision {precision:.2} fell");
    assert!(
        total.none_coded == 0,
        "{} NONE lines coded",
        total.none_coded
    );
}

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
    // Floors just under the measured figures (first run: see the commit).
    assert!(category >= 0.0, "category found {category:.2} fell");
    assert!(dyad >= 0.0, "dyad right {dyad:.2} fell");
    assert!(precision >= 0.0, "category precision {precision:.2} fell");
    assert!(
        total.none_coded == 0,
        "{} NONE lines coded",
        total.none_coded
    );
}

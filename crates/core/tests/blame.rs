//! Accusation, blame, criticism and investigation in the shapes wire copy uses (issue #9,
//! session 12): a sayer reporting the other side's wrongful act ("Ukraine's military said
//! Russian forces had violated the truce"), blame and responsibility ("blamed X for",
//! "held X responsible", "said X was behind", "pointed the finger at"), "accused X of" with
//! its passive and noun forms ("was accused by", "allegations by X that", "X's charge
//! that"), phrasal verbs of criticism ("lashed out at", "hit out at", "took aim at"),
//! evaluations of a party's act ("called Y's decision reckless"), dismissals of the other
//! side's claims (REJECT), investigations of a party's conduct, and headlines; and traps
//! (facts reported by a speaker, critics and analysts, self-criticism, praise, blame of the
//! weather or of a fault). The passages (`tests/blame/paragraphs.txt`) were coded by hand
//! before the engine ran on them; the file's header gives the conventions.
//!
//! The test prints each passage coded wrong, then for each section and category the
//! category recall and the dyad share, and asserts floors just under the measured figures
//! (raise them as the coder improves, never lower them to pass).

mod common;

use common::paragraph_cases::{score_sections, Counted};

#[test]
fn accusations_blame_and_criticism_are_coded_from_accuser_to_accused() {
    let total = score_sections(
        include_str!("blame/paragraphs.txt"),
        Counted::NotNegated,
        &["ACCUSE", "REJECT"],
        85,
        12,
    );
    println!("{}", total.with_traps());
    let (category, dyad, precision) = (total.category(), total.dyad(), total.precision());
    assert!(category >= 0.0, "category found {category:.2} fell");
    assert!(dyad >= 0.0, "dyad right {dyad:.2} fell");
    assert!(precision >= 0.0, "category precision {precision:.2} fell");
    assert!(
        total.none_coded <= 13,
        "{} NONE lines coded: a fact or an opinion became an event",
        total.none_coded
    );
}

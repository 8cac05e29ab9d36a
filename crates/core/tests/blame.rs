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
        11,
    );
    println!("{}", total.with_traps());
    let (category, dyad, precision) = (total.category(), total.dyad(), total.precision());
    // Floors just under the measured figures. First run, before any change (session 12):
    // category 74/89 (0.83), dyad 68/89 (0.76), precision 76/107 (0.71), 4 of 13 traps
    // coded. Two of those traps were coded against the golden conventions (a reported
    // attack with its doer is the attack; praise is SUPPORT) and were recoded: on the
    // recoded file the first run reads category 76/91 (0.84), dyad 70/91 (0.77),
    // precision 78/107 (0.73), 2 of 11 traps coded. Missed then: reported wrongs told by
    // an adverb ("had illegally blocked", "was deliberately driving") or by breaking a
    // truce; "was behind a wave of bomb threats"; noun charges ("allegations by X that
    // Y", "X's charge that Y"); the owner of a criticised decision when an infinitive
    // follows it ("slammed Washington's decision to revoke the visas of ..."); evaluated
    // acts not listed ("Rwanda's support for the M23 amounted to a violation"). After
    // those fixes: category 86/91 (0.95), dyad 81/91 (0.89), precision 88/117 (0.75), 2 of
    // 11 traps coded. The gerund doer (`gerund_acts.rs`) then codes two more events, the
    // accused's own wrongs told by a gerund ("accused Rwanda of plundering", "accused the
    // police of abducting protesters"), alleged acts golden README convention 5 asks for
    // beside the ACCUSE but of another category than the line's: precision 88/119 (0.74,
    // 0.739), the other figures unchanged.
    assert!(category >= 0.94, "category found {category:.2} fell");
    assert!(dyad >= 0.88, "dyad right {dyad:.2} fell");
    assert!(precision >= 0.73, "category precision {precision:.2} fell");
    assert!(
        total.none_coded <= 2,
        "{} NONE lines coded: a fact or an opinion became an event",
        total.none_coded
    );
}

//! Acts told as nouns (session 31, h/nominal31, issue #9): session 31's paraphrase test lost
//! most where a golden act was told as a noun ("Somalia's decision in December to break off
//! ties with Kenya", "the arrest of journalist X by Guatemalan authorities"). Written again
//! on other countries and acts: the parties of a noun of an act from a possessive, a
//! by-phrase, a from ... to phrase, an against-phrase, a with-phrase, or a decision, move or
//! plan to do the act; plus look-alikes (the noun as a topic, a habit, a plan not made, a
//! hypothetical) that must code nothing. The lines (`tests/nominal_wire/lines.txt`) were
//! written and coded by hand before the engine ran on them; the file's header gives the
//! conventions.
//!
//! The test prints each line coded wrong and the figures, and asserts floors just under the
//! measured figures (raise them as the coder improves, never lower them to pass).

mod common;

use common::paragraph_cases::{score_sections, Counted};

#[test]
fn acts_told_as_nouns_written_again() {
    let file = include_str!("nominal_wire/lines.txt");
    let total = score_sections(
        file,
        Counted::NotNegated,
        &["SANCTION", "COERCE", "CONSULT", "AID", "ASSAULT"],
        50,
        13,
    );
    println!("{}", total.with_traps());
    println!("{}", total.parties());
    let (category, dyad, precision) = (total.category(), total.dyad(), total.precision());
    // First run, before any change (session 31; the honest estimate): category 26/50
    // (0.52), dyad 24/50 (0.48), precision 27/30 (0.90), 1 of 13 NONE lines coded ("a
    // withdrawal of troops ... was not on the table", RETREAT with no parties); by section:
    // possessive 11/15, by 8/10, from ... to 0/6, against 3/6, with 4/4, decision or move
    // to 0/9 (the infinitive's doer, the noun's owner, was dropped as a mere possessor).
    // After session 31's fix (syntax.rs: the owner of an intent or decision noun
    // ([decision-nouns]: decision, move) that is its clause's subject is the doer of its
    // infinitive though a possessor;
    // frames.rs: "X's decision to" is no headline future): category 33/50 (0.66), dyad
    // 31/50 (0.62), precision 34/38 (0.89), 1 of 13 NONE lines coded. Left: the from ... to
    // and against nouns (gifts, loans, shipments, sanctions, strikes told with no verb).
    // Session 32 (h/left32, events.rs: aid told by a noun "from X to Y" is X's when Y is a
    // party with a code and the noun no verb's object): category 35/50 (0.70), dyad 33/50
    // (0.66), precision 36/40 (0.90), 1 of 13 NONE lines coded.
    assert!(category >= 0.69, "category found {category:.2} fell");
    assert!(dyad >= 0.65, "dyad right {dyad:.2} fell");
    assert!(precision >= 0.88, "category precision {precision:.2} fell");
    total.assert_none_coded_at_most(1);
}

/// Round two (session 32, h/nominal32): `tests/nominal_wire/blind32.txt`, written and coded
/// blind: the act noun as subject (possessive or by-phrase), as the object of a reaction,
/// "X's attempt/refusal/threat/offer/call to <act>", an accusation noun with its content,
/// coordinated adjectives of nationality on one role, a from/to/against phrase on the noun,
/// and look-alikes (planned, feared, generic nouns).
#[test]
fn acts_told_as_nouns_round_two() {
    let file = include_str!("nominal_wire/blind32.txt");
    let total = score_sections(
        file,
        Counted::NotNegated,
        &["ACCUSE", "COERCE", "SANCTION", "AID", "ASSAULT"],
        54,
        11,
    );
    println!("{}", total.with_traps());
    println!("{}", total.parties());
    let (category, dyad, precision) = (total.category(), total.dyad(), total.precision());
    // First run, before any change (session 32; the honest estimate): category 41/54
    // (0.76), dyad 37/54 (0.69), precision 46/52 (0.88), 1 of 11 NONE lines coded ("Talk of
    // a withdrawal of Italian troops from Lebanon is premature", RETREAT); by section:
    // possessive 7/8, by 6/7, reaction 7/8, attempt/threat/offer/call 7/12, accusation noun
    // 4/6, coordinated adjectives 5/6 (dyad 3/6), from/to/against 5/7.
    // After session 32's fixes (words.txt: threat(s) an intent noun, attempt/bid/push
    // decision nouns; frames.txt: "threat to" a threat cue; events.txt: "complaint that";
    // events.rs: coordinated country adjectives of an object keyword each a recipient, and
    // a reaction whose object names only its own side answers the act's `by` author):
    // category 45/54 (0.83), dyad 44/54 (0.81), precision 55/60 (0.92), 1 of 11 NONE lines.
    assert!(category >= 0.82, "category found {category:.2} fell");
    assert!(dyad >= 0.80, "dyad right {dyad:.2} fell");
    assert!(precision >= 0.90, "category precision {precision:.2} fell");
    total.assert_none_coded_at_most(1);
}

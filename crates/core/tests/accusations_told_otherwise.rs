//! Accusations told otherwise than by an accusing verb (session 21, ACCUSE recall: the
//! held-out VOA stories code 27 of 81 ACCUSE events right): a participle of accusing whose
//! object is a pronoun for the main clause's party ("suspended the broadcaster, accusing it
//! of ..."), a wrong shown or proved by a thing ("said the strike showed the Houthis
//! remained a danger"), concern told with a linking verb ("remains deeply concerned over"),
//! bad names after "called" and "described as" ("a political vendetta", "a witch hunt", "a
//! pretext"), guilt, complicity, betrayal and "playing with fire", acts named as piracy or
//! warfare, crimes told as carried out, involvement in a named wrong, fire told as
//! unprovoked, campaigns of sabotage or disinformation, and traps. The
//! passages (`tests/accusations_told_otherwise/paragraphs.txt`) were coded by hand before
//! the engine ran on them; the file's header gives the conventions.
//!
//! The test prints each passage coded wrong and the figures, and asserts floors just under
//! the measured figures (raise them as the coder improves, never lower them to pass).

mod common;

use common::paragraph_cases::{score_sections, Counted};

#[test]
fn accusations_told_otherwise_than_by_an_accusing_verb() {
    let total = score_sections(
        include_str!("accusations_told_otherwise/paragraphs.txt"),
        Counted::NotNegated,
        &["ACCUSE"],
        23,
        6,
    );
    println!("{}", total.with_traps());
    let (category, dyad, precision) = (total.category(), total.dyad(), total.precision());
    // Floors just under the measured figures. The passages were written after session 21's
    // fixes of these constructions (so this is a check that they hold, not an estimate of
    // held-out recall), and coded before the engine ran on them. First run: category 22/23
    // (0.96), dyad 20/23 (0.87), precision 22/30 (0.73), 0 of 6 traps coded; missed "grew
    // alarmed at" (a participle after a linking verb, then read as an adjective only), and
    // two recipients are the actor stage's ("Moscow was ... mocking" read with no doer
    // named; "China's latest military drills" whose "military" takes Taiwan). After the
    // participle fix: category 23/23, dyad 21/23 (0.91), precision 23/31 (0.74). Three
    // lines added with "unprovoked" fire and campaigns of sabotage (coded before the run,
    // each right): category 26/26, dyad 24/26 (0.92), precision 26/36 (0.72; the alleged
    // fire and disinformation are coded beside the accusations, convention 4). Then an
    // accusing participle's pronoun was left to the main clause's act when that act already
    // targets the party (`tests/legal_actions/` and `tests/coercion_real/` code the arrest,
    // the lawsuit or the seizure alone and lost precision): three of the four participle
    // lines lose their accusation's recipient or the accusation: category 25/26 (0.96),
    // dyad 22/26 (0.85), precision 25/35 (0.71). Then the lead removed the pronoun rule and
    // two wrongdoing cues ("was behind ... rigging", "was involved in" a wrong) and their
    // three lines: they had been shaped by sentences of held-out VOA stories that the corpus
    // also holds. 23 lines: category 22/23 (0.96), dyad 19/23 (0.83), precision 22/31 (0.71).
    assert!(category >= 0.95, "category found {category:.2} fell");
    assert!(dyad >= 0.82, "dyad right {dyad:.2} fell");
    assert!(precision >= 0.70, "category precision {precision:.2} fell");
    total.assert_none_coded_at_most(0);
}

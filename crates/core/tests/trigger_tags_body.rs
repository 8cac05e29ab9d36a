//! Triggers in body copy that the tagger can read as another part of speech (issue #9:
//! "trigger tagged as another part of speech"): wire body sentences whose event word is
//! both a verb and a noun ("shells", "raids", "pounds", "strikes", "marches", "summons",
//! "backs", "pledges", "vows", "slams", "rallies"), in the present and the past, after
//! singular and plural subjects, long subjects, asides and coordinations, and traps where
//! the word is a noun (`tests/trigger_tags_body/paragraphs.txt`, coded by hand before the
//! engine ran on them; the file's header gives the conventions and the marks).
//!
//! Two measures: the events (category recall, dyad, precision, per section, by
//! `common::paragraph_cases`) and the tags themselves: every marked word ("^word" a verb,
//! "~word" a noun) is looked up in the tags the pipeline's trace prints for the analysed
//! sentences (`Pipeline::explain`), so a trigger the gate kept out is counted apart.
//!
//! The test prints every wrong tag and the figures, and asserts floors just under the
//! measured figures (raise them as the engine improves, never lower them to pass).

mod common;

use common::paragraph_cases::{score_sections, Counted};
use common::tag_marks::{tag_figures, unmarked};

const MARKS: [char; 2] = ['^', '~'];
const FILE: &str = include_str!("trigger_tags_body/paragraphs.txt");

#[test]
fn body_triggers_are_tagged_and_coded() {
    let (marked, analysed, right) = tag_figures(FILE, &MARKS, |mark, tag| {
        if mark == '^' {
            tag.starts_with("VB")
        } else {
            tag.starts_with("NN")
        }
    });
    let tag_accuracy = right as f64 / analysed.max(1) as f64;
    println!(
        "tags: {marked} marked words, {analysed} analysed, {right} tagged right ({tag_accuracy:.3})"
    );
    let total = score_sections(&unmarked(FILE, &MARKS), Counted::NotNegated, &[], 120, 12);
    println!("{}", total.with_traps());
    let (category, dyad, precision) = (total.category(), total.dyad(), total.precision());
    // Floors just under the measured figures. First run, before any change of session 14
    // (the honest held-out estimate): 140 of 142 marked words analysed, tags right 133/140
    // (0.950); category 109/127 (0.86), dyad 98/127 (0.77), precision 122/153 (0.80), no
    // NONE line of 14 coded. After the tag corrections of session 14 (a noun phrase
    // opening the clause, a subject before an aside, adverb or preposition readings
    // before an object, an adjective-led object, a slot preposition after an intransitive
    // verb): tags right 139/140 (0.993); category 112/127 (0.88), dyad 102/127 (0.80),
    // precision 125/157 (0.80).
    assert!(
        analysed + 2 >= marked,
        "only {analysed} of {marked} analysed"
    );
    assert!(
        tag_accuracy >= 0.99,
        "trigger tag accuracy {tag_accuracy:.3}"
    );
    assert!(category >= 0.88, "category found {category:.2} fell");
    assert!(dyad >= 0.80, "dyad right {dyad:.2} fell");
    assert!(precision >= 0.79, "category precision {precision:.2} fell");
    assert!(
        total.none_coded == 0,
        "{} NONE lines coded",
        total.none_coded
    );
}

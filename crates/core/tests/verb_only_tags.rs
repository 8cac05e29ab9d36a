//! Words English uses only as verbs that the tagger reads as nouns or adjectives (issue #9,
//! "trigger tagged as another part of speech"; session 22): an irregular simple past or a
//! base form pulled into the noun phrase before it ("a car bomb tore/NN through", "to
//! either destroy/NN or return"), and traps where such a word is used attributively
//! (`tests/verb_only_tags/paragraphs.txt`, coded by hand before the engine ran on them; the
//! file's header gives the conventions and the marks).
//!
//! Two measures: the events (category recall, dyad, precision, by
//! `common::paragraph_cases`) and the tags themselves: every marked word ("^word" a verb,
//! "~word" no verb) is looked up in the tags the pipeline's trace prints for the analysed
//! sentences (`Pipeline::explain`).
//!
//! The test prints every wrong tag and the figures, and asserts floors just under the
//! measured figures (raise them as the engine improves, never lower them to pass).

mod common;

use common::paragraph_cases::{score_sections, Counted};
use common::tag_marks::{tag_figures, unmarked};

const FILE: &str = include_str!("verb_only_tags/paragraphs.txt");
const MARKS: [char; 2] = ['^', '~'];

#[test]
fn verb_only_words_are_tagged_and_coded() {
    let (marked, analysed, right) = tag_figures(FILE, &MARKS, |mark, tag| match mark {
        '^' => tag.starts_with("VB"),
        _ => !tag.starts_with("VB"),
    });
    let tag_accuracy = right as f64 / analysed.max(1) as f64;
    println!(
        "tags: {marked} marked words, {analysed} analysed, {right} tagged right ({tag_accuracy:.3})"
    );
    let total = score_sections(&unmarked(FILE, &MARKS), Counted::NotNegated, &[], 20, 10);
    println!("{}", total.with_traps());
    let (category, dyad, precision) = (total.category(), total.dyad(), total.precision());
    // Floors just under the measured figures. First run, before the session-22 correction
    // (`syntax::verb_only_words`; the honest estimate): tags right 18/31 (0.581), category
    // 17/26 (0.65), dyad 12/26 (0.46), precision 17/26 (0.65), traps coded 2 of 12. After
    // it: tags right 26/31 (0.839; still wrong: "to either release" (a noun too, out of
    // the rule's reach), the subjunctive "that President William Ruto resign", the
    // headline's "Kill 30", and "scattered rose petals" and "the fallen soldiers", read as
    // verbs by the tagger itself), category 22/26 (0.85), dyad 16/26 (0.62), precision
    // 22/32 (0.69), traps coded 2 of 12 ("scattered" as a dispersal of mourners, "fallen"
    // as "fall to" an occupation: neither is the correction's).
    assert!(tag_accuracy >= 0.83, "verb tag accuracy {tag_accuracy:.3}");
    assert!(category >= 0.84, "category found {category:.2} fell");
    assert!(dyad >= 0.61, "dyad right {dyad:.2} fell");
    assert!(precision >= 0.68, "category precision {precision:.2} fell");
    assert!(
        total.none_coded <= 2,
        "{} NONE lines coded",
        total.none_coded
    );
}

//! Finite verbs the tagger reads as participles (issue #9, "trigger tagged as another part
//! of speech"; session 20): a past form right after the comma that closes an aside
//! between the subject and its verb ("China, Pakistan's closest ally, called on India
//! ..."), and traps where the form after or inside the aside is a participle
//! (`tests/finite_verb_tags/paragraphs.txt`, coded by hand before the engine ran on them;
//! the file's header gives the conventions and the marks).
//!
//! Two measures: the events (category recall, dyad, precision, by
//! `common::paragraph_cases`) and the tags themselves: every marked word ("^word" a finite
//! verb, "@word" a past participle, "~word" a noun) is looked up in the tags the
//! pipeline's trace prints for the analysed sentences (`Pipeline::explain`).
//!
//! The test prints every wrong tag and the figures, and asserts floors just under the
//! measured figures (raise them as the engine improves, never lower them to pass).

mod common;

use common::paragraph_cases::{score_sections, Counted};
use common::tag_marks::{tag_figures, unmarked};

const FILE: &str = include_str!("finite_verb_tags/paragraphs.txt");
const MARKS: [char; 3] = ['^', '@', '~'];

#[test]
fn finite_verbs_after_asides_are_tagged_and_coded() {
    let (marked, analysed, right) = tag_figures(FILE, &MARKS, |mark, tag| match mark {
        '^' => matches!(tag, "VBD" | "VBZ" | "VBP"),
        '@' => tag == "VBN",
        _ => tag.starts_with("NN"),
    });
    let tag_accuracy = right as f64 / analysed.max(1) as f64;
    println!(
        "tags: {marked} marked words, {analysed} analysed, {right} tagged right ({tag_accuracy:.3})"
    );
    let total = score_sections(&unmarked(FILE, &MARKS), Counted::NotNegated, &[], 22, 2);
    println!("{}", total.with_traps());
    let (category, dyad, precision) = (total.category(), total.dyad(), total.precision());
    // Floors just under the measured figures. Each section's first run, before the
    // session-20 corrections (the honest estimate): tags right 21/28 (0.750: "called",
    // "killed", "reported", "had", "voted" read as participles, besides the two below),
    // category 19/23 (0.83). After them (a past form after a subject's aside, the verb of a
    // verbless sentence, a headline's active past forms): tags right 26/28 (0.929; still
    // wrong: "Two Malian soldiers killed in an ambush" made finite by the older past-verb
    // correction, "The museum, closed since ..." read as a past by the tagger), category
    // 20/23 (0.87), dyad 0.78, precision 20/21 (0.95), no NONE line coded.
    assert!(
        analysed + 1 >= marked,
        "only {analysed} of {marked} analysed"
    );
    assert!(
        tag_accuracy >= 0.92,
        "finite verb tag accuracy {tag_accuracy:.3}"
    );
    assert!(category >= 0.86, "category found {category:.2} fell");
    assert!(dyad >= 0.77, "dyad right {dyad:.2} fell");
    assert!(precision >= 0.94, "category precision {precision:.2} fell");
    assert!(
        total.none_coded == 0,
        "{} NONE lines coded",
        total.none_coded
    );
}

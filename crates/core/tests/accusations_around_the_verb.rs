//! Accusation and coercion told around the verb (issue #9, session 23): the forms the
//! session-22 probe of verb-first phrasings did not reach. Nouns with their agent or target
//! ("drew sharp criticism from Berlin", "Moscow's condemnation of", "amid accusations by Kyiv
//! that", "the arrest of three journalists by Turkish police", "Kenya's deportation of"),
//! passives and reduced clauses ("was blamed by Seoul for", "criticised as illegal by"),
//! labelling ("called the move a provocation", "branded the election illegitimate", "said the
//! decision violated international law"), holding responsible and pointing fingers ("held Hamas
//! responsible", "pointed the finger at", "said Russia was behind"), investigations (09x:
//! "opened an inquiry into", "launched a probe into", "is investigating"), coercion told as a
//! noun or a passive, and traps: coercion as a state rather than an act ("the jailed opposition
//! leader", "hundreds have been detained since"), criticism by no party. The passages
//! (`tests/accusations_around_the_verb/paragraphs.txt`) were coded by hand, with the exact
//! CAMEO code, before the engine ran on them; the file's header gives the conventions.
//!
//! The test prints each passage coded wrong, the per-section and per-category figures, then
//! the codebook figures, and asserts floors just under the measured figures (raise them as the
//! coder improves, never lower them to pass).

mod common;

use common::paragraph_cases::{parse, score_codebook, score_sections, Counted};

/// Every passage is read as published on this day (a Monday).
const PUBLISHED: &str = "2026-03-02";

#[test]
fn accusations_and_coercion_told_around_the_verb() {
    let file = include_str!("accusations_around_the_verb/paragraphs.txt");
    let total = score_sections(
        file,
        Counted::NotNegated,
        &["ACCUSE", "COERCE", "SANCTION"],
        110,
        20,
    );
    println!("{}", total.with_traps());
    println!("{}", total.parties());
    let cases = parse(file);
    let codes = score_codebook(&cases, "accusations_around_the_verb", PUBLISHED, true);
    let (_, root, exact, _, _) = codes.figures();
    let (category, dyad, precision) = (total.category(), total.dyad(), total.precision());
    println!(
        "category {category:.2} dyad {dyad:.2} precision {precision:.2} root {root:.2} exact {exact:.2} none coded {}",
        total.none_coded
    );
    assert!(category >= 0.0, "category found {category:.2} fell");
}

//! Phrasing breadth for the conflictual codes, CAMEO 10-20 (issue #9, session 13): the
//! acts of demand, disapproval and accusation, rejection, threat, protest, force posture,
//! reduced relations, coercion, assault, fighting and mass violence told with verbs,
//! nouns, idioms and phrasal verbs other than each code's plain name ("laid the damage at
//! Russia's door", "rubbished the claims", "hit the streets", "fell to Russian forces",
//! "locked horns with", "would not hesitate to strike"), and traps (the same words in
//! sport, markets, weather and the arts; denied acts). The paragraphs
//! (`tests/paraphrases_conflictual/paragraphs.txt`) were coded by hand before the engine
//! ran on them; the file's header gives the conventions.
//!
//! The test prints each paragraph coded wrong, then per CAMEO root (one section each) the
//! category recall and dyad share, and for the whole file the category recall, precision
//! and dyad share, how many denied acts were coded as done and how many NONE lines coded
//! an event. It asserts floors just under the measured figures (raise them as the coder
//! improves, never lower them to pass).

mod common;

use common::paragraph_cases::{score_sections, Counted};

#[test]
fn conflictual_acts_are_coded_whatever_the_phrasing() {
    let total = score_sections(
        include_str!("paraphrases_conflictual/paragraphs.txt"),
        Counted::NotNegated,
        &[],
        150,
        12,
    );
    println!("{}", total.with_traps());
    println!(
        "denied acts coded as done: {} of {}",
        total.denied_done, total.denied_lines
    );
    let (category, dyad, precision) = (total.category(), total.dyad(), total.precision());
    // Floors: set after the first run.
    assert!(category >= 0.0, "category found {category:.2} fell");
    assert!(dyad >= 0.0, "dyad right {dyad:.2} fell");
    assert!(precision >= 0.0, "category precision {precision:.2} fell");
    assert!(total.denied_done <= 3, "{} denied acts coded as done", total.denied_done);
    assert!(total.none_coded <= 14, "{} NONE lines coded an event", total.none_coded);
}

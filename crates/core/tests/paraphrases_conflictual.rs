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
    // Floors just under the measured figures. First run, before any change (session 13,
    // the honest held-out estimate): category 70/176 (0.40), dyad 62 (0.35), precision
    // 75/125 (0.60), 1 of 14 traps coded, no denied act coded as done. Weakest: protest
    // 2/16 (crowds that "descended on", "hit the streets", "banged pots and pans"),
    // rejection 5/22 ("rubbished", "batted away", "ditched", "thumbed its nose at"),
    // threats 6/18 and most idioms of criticism and blame ("took umbrage", "panned",
    // "pinned X on", "laid X at Y's door"). After lexicon lines for those phrasings in
    // general form (events.txt), "howitzers" and "artillery batteries" as instruments of
    // an artillery force (roles.txt), "would not hesitate to" as a threat cue and
    // reported "had to"/"needed to" as a demand cue (frames.txt): category 140/176
    // (0.80), dyad 125 (0.71), precision 145/189 (0.77), 1 of 14 traps coded, no denied
    // act coded as done ("said no to" stays uncoded: "say" may head no pattern). Left: threats told as a consequence for the other side ("would
    // pay a heavy price", "would face consequences", "on the table"), conditional
    // threats ("a curfew would be imposed if"), adjectives of disapproval ("sharply
    // critical of"), verbs the tagger reads as adjectives ("stuck to its guns", "dug in
    // its heels"), and subjects that are no party ("Benin's main opposition parties").
    assert!(category >= 0.79, "category found {category:.2} fell");
    assert!(dyad >= 0.70, "dyad right {dyad:.2} fell");
    assert!(precision >= 0.76, "category precision {precision:.2} fell");
    total.assert_no_denied_done();
    total.assert_none_coded_at_most(1);
}

//! Plural pronouns and pair words for a pair or list of parties (session 22): two or more
//! parties are named, then a later clause names them only by "they", "them", "both", "the
//! two", "the pair", "each other" or "between them" ("Erdogan hosted Putin ... They agreed
//! to", "India and Pakistan ... On Tuesday they exchanged fire", "fighting between them").
//! A mutual act of the set is between its members; an act of the set on a third party is
//! one event per member. The passages (`tests/pair_pronouns/paragraphs.txt`, 37 events and
//! 6 NONE traps where "they" is players, prices, migrants, ships, farmers or tourists) were
//! coded by hand before the engine ran on them; the file's header gives the conventions.
//!
//! The test prints each passage coded wrong, then the figures, and asserts floors just under
//! the measured figures (raise them as the coder improves, never lower them to pass).

mod common;

use common::paragraph_cases::{parse, score, Counted};

#[test]
fn plural_pronouns_for_pairs_and_lists() {
    let cases = parse(include_str!("pair_pronouns/paragraphs.txt"));
    assert!(cases.len() >= 43, "37 events and 6 traps");
    let f = score(&cases, Counted::NotNegated);
    println!("{}", f.with_traps());
    println!("{}", f.parties());
    let (category, dyad, precision) = (f.category(), f.dyad(), f.precision());
    println!(
        "category {category:.2} dyad {dyad:.2} dyad any {:.2} actor {:.2} recipient {:.2} precision {precision:.2}",
        f.dyad_any(),
        f.actor(),
        f.recipient()
    );
    // Floors just under the measured figures. First run, before any change: category
    // recall 20/37 (0.54), precision 31/75 (0.41), dyad 15/37 (0.41), 0 of 6 NONE lines
    // coded. After a plural reference resolves to the set it points back to
    // (`Doc::opening_list_before`: a "they" after a time phrase or inside the sentence of
    // an opening list, or after a sentence naming exactly two single parties; a "them",
    // "both" or "between them" after such a sentence: `Doc::plural_object_before`; a bare
    // "both" or "the two" opening the sentence): recall 33/37 (0.89), precision 0.60, dyad
    // 32/37 (0.86), 0 of 6.
    assert!(category >= 0.86, "category recall {category:.2} fell");
    assert!(dyad >= 0.83, "dyad right {dyad:.2} fell");
    assert!(precision >= 0.58, "precision {precision:.2} fell");
    assert_eq!(f.none_coded, 0, "a NONE trap coded an event");
}

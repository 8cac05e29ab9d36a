//! Acts whose object is named through the actor's own words (issue #9, session 20): "condemned
//! what it called a campaign of terror against Nicaraguans", "protested over what it called
//! unprovoked firing by Afghan forces", and a reaction told in an apposition that names the
//! act of the clause before ("Pakistan has deported a million Afghans, a policy the Taliban
//! have condemned"), and a reaction to a definite act noun whose act the other side at home
//! did ("A court in Dhaka sentenced the opposition leader. His party denounced the verdict").
//! Each section of `tests/named_objects/paragraphs.txt` is one construction;
//! the last holds passages with no event, where no party may be invented. The paragraphs were
//! coded by hand before the engine ran on them; the file's header gives the conventions.
//!
//! The test prints each paragraph coded wrong, category recall and dyad share per section and
//! per category, and asserts floors just under the measured figures (raise them as the coder
//! improves, never lower them to pass).

mod common;

use common::paragraph_cases::{score_sections, Counted};

const CATEGORIES: &[&str] = &["ACCUSE", "SUPPORT", "REJECT", "THREATEN"];

#[test]
fn objects_named_in_the_actors_own_words() {
    let total = score_sections(
        include_str!("named_objects/paragraphs.txt"),
        Counted::NotNegated,
        CATEGORIES,
        40,
        8,
    );
    println!("{}", total.with_traps());
    let (category, dyad) = (total.category(), total.dyad());
    // Floors just under the measured figures. First run of the first three sections and
    // the traps, before any change (28 events, 7 NONE lines): category 16/28 (0.57), dyad
    // 11/28 (0.39), precision 16/22, NONE lines coded 0 of 7 ("what X called Y" as the
    // object 9/14, dyad 6; after a preposition 6/7, dyad 5; the apposition 1/7, dyad 0).
    // After "what X called Y" read as the phrase it names (`Clause::past_naming_relative`):
    // category 22/28, dyad 21/28; after the apposition's act doer
    // (`recipients::apposed_act_doer`, since merged into `appositive_act_author`): 28/28,
    // dyad 28/28. The six lines of a reaction to
    // the other side at home were written after that change and first ran with the next
    // (`other_side_at_home`): category 5/6, dyad 4/6. The seven four-sentence passages of
    // criticism with an uncoded target first ran after the filter let such criticism wait
    // for the story's recipient (`events::criticism_of_an_uncoded_target`): category 4/6,
    // dyad 3/6, NONE coded 0 of 1. Whole file then: category 38/40 (0.95), dyad 35/40
    // (0.88), precision 39/57, NONE lines coded 0 of 8. That filter change was then kept
    // to charges by a party of a stated country, no blame, in a story of four sentences
    // or more (other tests' NONE lines: "The Senegal goalkeeper criticised the referee",
    // "blamed the heavy rains"): category 36/40 (0.90), dyad 35/40 (0.88), NONE 0 of 8.
    assert!(category >= 0.88, "category found {category:.2} fell");
    assert!(dyad >= 0.85, "dyad right {dyad:.2} fell");
    total.assert_none_coded_at_most(0);
}

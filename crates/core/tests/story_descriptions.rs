//! Which party a description, a pronoun or "the government" stands for across a story
//! (issue #9, session 15): "CARACAS - The United States seized a tanker carrying the
//! country's oil" (Venezuela's), "Cambodia accused the government of ..." in a story about
//! Thailand's government, "its neighbour", "the two sides", "the group", "the bloc", the
//! second of two coordinated recipients, "he"/"it"/"they" across a paragraph break, and the
//! speaker of a quote named after the quote. The paragraphs
//! (`tests/story_descriptions/paragraphs.txt`) were coded by hand before the engine ran on
//! them; the file's header gives the conventions, and each section is one way of naming a
//! party. The last section holds the traps: a description whose own country is meant, a
//! domestic act beside a foreign party, a pronoun whose nearest candidate is wrong.
//!
//! The test prints each paragraph coded wrong, then per section the category recall and
//! the dyad share (an event of the category with both scored parties right), and asserts
//! floors just under the measured figures (raise them as the coder improves, never lower
//! them to pass).

mod common;

use common::paragraph_cases::{score_passage_sections, Counted};

#[test]
fn descriptions_and_pronouns_stand_for_the_storys_parties() {
    let total = score_passage_sections(
        include_str!("story_descriptions/paragraphs.txt"),
        Counted::NotNegated,
        100,
        3,
    );
    let (category, dyad) = (total.category(), total.dyad());
    // Floors just under the measured figures. First run, before any change (session 15):
    // category 99/121 (0.82), dyad 79/121 (0.65), actor right on 96 of the 99 found, recipient
    // 81/99 (0.82), 1 of 3 NONE lines coded (the president who "flew to Brasilia" for a
    // summit, coded as a visit to Brazil); per section dyad: the dateline's country 5/13,
    // "the government" of the story's state 5/12, the other party's description 4/12,
    // coordinated parties 12/12, the two sides 10/12, its rival 6/10, the group 11/16,
    // pronouns across a break 11/12, the speaker after the quote 5/10, traps 10/12.
    // After a description of a country or a state body in the clause of a named country
    // taking the other country of the story (not the subject's own), and "its neighbour",
    // "its rival" (words.txt `[counterpart-descriptions]`) taking the other country of the
    // pair, "the army" as a state body (words.txt `[state-body-roles]`), and a state body
    // of a datelined story taking a country of the sentences before only where that country
    // opened its sentence: category 107/121 (0.88), dyad 97/121 (0.80), actor 104/107,
    // recipient 99/107 (0.93), 1 of 3 NONE lines coded; the dateline's country 11/13, "the
    // government" 11/12, the other party's description 9/12, its rival 7/10, traps
    // unchanged (10/12).
    assert!(category >= 0.87, "category found {category:.2} fell");
    assert!(dyad >= 0.79, "dyad right {dyad:.2} fell");
    total.assert_none_coded_at_most(1);
}

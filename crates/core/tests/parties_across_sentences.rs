//! Parties across sentences (issue #9, section 3): in wire copy the second and third
//! sentences of a paragraph often name the parties only by a pronoun ("It demanded
//! action ..."), a description ("the ministry", "the group", "the rebels", "the two
//! sides"), a capital after the country's name, or not at all where the paragraph is about
//! one pair. The paragraphs (`tests/parties_across_sentences/paragraphs.txt`) were coded by
//! hand before the engine ran on them; the file's header gives the conventions, and each
//! of its sections is one way of naming the parties. The last section holds traps, where
//! the earlier sentence's party must not be carried into the later one.
//!
//! The test prints each paragraph coded wrong, then for each section the category recall
//! (an event of the expected category) and the dyad share (an event of the category with
//! both scored parties right), and asserts floors just under the measured figures (raise
//! them as the coder improves, never lower them to pass).

mod common;

use common::paragraph_cases::{score_sections, Counted};

#[test]
fn later_sentences_name_their_parties_through_the_earlier_ones() {
    let total = score_sections(
        include_str!("parties_across_sentences/paragraphs.txt"),
        Counted::NotNegated,
        &[],
        70,
        2,
    );
    let (category, dyad) = (total.category(), total.dyad());
    // Floors just under the measured figures. First run, before any change: category
    // 53/78 (0.68), dyad 47/78 (0.60), no NONE line coded; "it"/"they" opening a sentence
    // for a country named in the sentence before coded nothing (0/13). Three lines were
    // then recoded to the CAMEO-to-PLOVER table (the file's header says which). After a
    // sentence-opening "It" as the subject before, pronouns after an opening time phrase,
    // "They" after a name-headed group, rejected criticism, rejections, threats and
    // withdrawals taking the previous pair, "the council" for a named organisation and
    // the story's pair leaving out where the two met: category 69/78 (0.88), dyad 65/78
    // (0.83), no NONE line coded.
    assert!(category >= 0.87, "category found {category:.2} fell");
    assert!(dyad >= 0.82, "dyad right {dyad:.2} fell");
    total.assert_none_coded_at_most(0);
}

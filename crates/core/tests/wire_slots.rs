//! Long wire sentences whose event pattern fires but whose slots must survive the sentence
//! around the act (issue #9, #10): attribution after the act, fronted phrases, relative
//! clauses and appositions between subject and verb, coordinated verbs, the act in a
//! participle clause, reduced relatives, recipients as possessors, acts "between X and Y",
//! and objects that are persons named by a country adjective. The sentences
//! (`tests/wire_slots/paragraphs.txt`) were coded by hand before the engine ran on them;
//! the file's header gives the conventions, and each of its sections is one construction.
//!
//! The test prints each sentence coded wrong, then for each construction the category
//! recall (an event of the expected category) and the dyad share (an event of the category
//! with both scored parties right), and asserts floors just under the measured figures
//! (raise them as the coder improves, never lower them to pass).

mod common;

use common::paragraph_cases::{score_sections, Counted};

#[test]
fn wire_sentences_keep_their_slots() {
    let total = score_sections(
        include_str!("wire_slots/paragraphs.txt"),
        Counted::NotNegated,
        &[],
        80,
        10,
    );
    let (category, dyad) = (total.category(), total.dyad());
    // Floors just under the measured figures. First run, before any change: category
    // 73/85 (0.86), dyad 68/85 (0.80), no NONE line coded (69/85 and 65/85 counting only
    // acts told as done; a threat is told as intended). After the session-9 slot work
    // (owned agents, misparsed relative clauses, `by` agents of the subject, `between`
    // on the noun's verb, the verb's own object before its keyword): 80/85 (0.94),
    // 76/85 (0.89).
    assert!(category >= 0.93, "category found {category:.2} fell");
    assert!(dyad >= 0.88, "dyad right {dyad:.2} fell");
    total.assert_none_coded_at_most(0);
}

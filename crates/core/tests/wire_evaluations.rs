//! Criticism told as an evaluation, the way wire copy tells it (issue #9: ACCUSE, CAMEO
//! 110-116): a speaker says another party's act "is illegal", "a step backwards",
//! "unacceptable", "may amount to war crimes"; is "deeply disappointed" or "concerned" by a
//! party's decision; "called the ruling arbitrary"; "X is the aggressor" in a quotation
//! whose speaker is named after it; "blamed the attacks on"; "alleges that"; "which it
//! accuses of"; summoned envoys, protest notes and complaints; lawsuits and court findings.
//! The passages (`tests/wire_evaluations/paragraphs.txt`) were coded by hand before the
//! engine ran on them; the file's header gives the conventions, and each of its sections
//! is one family of phrasings. The NONE lines evaluate things no party did, praise a team,
//! criticise oneself, speak hypothetically or report a poll.
//!
//! The test prints each passage coded wrong, then for each section the category recall
//! (an event of the expected category) and the dyad share (an event of the category with
//! both scored parties right), and asserts floors just under the measured figures (raise
//! them as the coder improves, never lower them to pass).

mod common;

use common::paragraph_cases::{score_sections, Counted};

#[test]
fn wire_evaluations_are_coded_as_criticism_of_the_acts_owner() {
    let total = score_sections(
        include_str!("wire_evaluations/paragraphs.txt"),
        Counted::Done,
        &[],
        80,
        15,
    );
    let (category, dyad) = (total.category(), total.dyad());
    println!(
        "total: category {category:.2} dyad {dyad:.2}, NONE lines coded {}",
        total.none_coded
    );
    // Floors just under the measured figures. First run, before any change (the honest
    // held-out estimate): category 54/85 (0.64), dyad 48/85 (0.56), one NONE line of 17
    // coded (a firm that "blamed weak demand in China" read as 112 against China). After
    // the session-10 work (evaluation words of an owned act as frames.txt data, more
    // deverbal act nouns, a decision's `of` author, "the move" of the sentence before, an
    // experiencer adjective after "be" and its "it", a complaint before a forum over a
    // party's act, accusations in relative clauses, "militants operating from Afghan
    // soil" placed in Afghanistan): 77/85 (0.91), 75/85 (0.88), the same NONE line coded.
    assert!(category >= 0.90, "category found {category:.2} fell");
    assert!(dyad >= 0.87, "dyad right {dyad:.2} fell");
    total.assert_none_coded_at_most(1);
}

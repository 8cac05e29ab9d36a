//! Verb senses (issue #9): words with several political senses ("sent troops" to an ally
//! or to a frontier, "seized" a town or an opportunity, "held" talks or a press conference,
//! "called" a leader or for a ceasefire, "struck" a town or a deal, "lifted" sanctions or a
//! weight) coded in the category of the sense the sentence uses, and nothing where the word
//! names no political act. The paragraphs (`tests/verb_senses/paragraphs.txt`) were coded
//! by hand before the engine ran on them, one family of words a section, every word in two
//! or more senses across the file; `CATEGORY!OTHER` names a wrong sense that must not be
//! coded as done.
//!
//! The test prints each paragraph coded wrong, the figures per section and per category,
//! and asserts floors just under the measured figures (raise them as the coder improves,
//! never lower them to pass).

mod common;

use common::paragraph_cases::{score_sections, Counted};

const CATEGORIES: &[&str] = &[
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
];

#[test]
fn verb_senses_are_coded_in_their_category() {
    let total = score_sections(
        include_str!("verb_senses/paragraphs.txt"),
        Counted::Done,
        CATEGORIES,
        70,
        40,
    );
    println!("{}", total.with_traps());
    let (category, dyad, precision) = (total.category(), total.dyad(), total.precision());
    println!("wrong senses coded as done: {}", total.denied_done);
    // Floors just under the measured figures. First run, before any change (the honest
    // held-out estimate, 125 paragraphs, 72 events): category 63/72 (0.88), dyad 59/72
    // (0.82), category precision 69/84 (0.82), NONE lines coded 3 of 53 ("held a press
    // conference" 040, "seized the opportunity" 1711, "measures to curb inflation" 172),
    // wrong senses coded 0 of 3. Weakest: "call" (1/4: a phone call read as an appeal,
    // "called X a sham" as a rejection, "called for a ceasefire" not coded). After the
    // sense fixes in events.txt (a press conference is no meeting, "seized the
    // opportunity" no confiscation, "called X to discuss" a call, "pushed troops back"
    // fighting): category 65/72 (0.90), dyad 61/72 (0.85), precision 71/82 (0.87), NONE
    // lines coded 1 of 53 ("announced measures to curb inflation" 172). With measures
    // against inflation or a recession left to economic policy: precision 71/81 (0.88),
    // NONE lines coded 0 of 53.
    assert!(category >= 0.89, "category found {category:.2} fell");
    assert!(dyad >= 0.84, "dyad right {dyad:.2} fell");
    assert!(precision >= 0.87, "category precision {precision:.2} fell");
    total.assert_none_coded_at_most(0);
    assert!(
        total.denied_done == 0,
        "{} wrong senses coded",
        total.denied_done
    );
}

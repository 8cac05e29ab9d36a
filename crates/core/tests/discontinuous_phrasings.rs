//! Phrasings the pattern matcher cannot see (issue #9, session 14): the words of a pattern
//! stand apart in the sentence. A phrasal verb split by its object ("handed five positions
//! over to", "turned the offer down"), a particle after a time adverbial ("agreed on
//! Thursday to", "met on Friday with"), adverbs between auxiliary and verb ("has so far
//! refused to", "on Monday expelled"), long noun phrases between the verb and its
//! preposition ("accused the government of ... of"), events followed by an attribution,
//! and traps where a keyword past a clause boundary (", local officials said", ", the
//! ambassador said") would complete a pattern whose head is an ordinary word. The passages
//! (`tests/discontinuous_phrasings/paragraphs.txt`) were coded by hand before the engine
//! ran on them; the file's header gives the conventions.
//!
//! The test prints each passage coded wrong, the figures per section and category, and
//! asserts floors just under the measured figures (raise them as the coder improves,
//! never lower them to pass).

mod common;

use common::paragraph_cases::{score_sections, Counted};

#[test]
fn discontinuous_phrasings_are_matched() {
    let total = score_sections(
        include_str!("discontinuous_phrasings/paragraphs.txt"),
        Counted::NotNegated,
        &[
            "RETREAT",
            "SANCTION",
            "REJECT",
            "COERCE",
            "ASSAULT",
            "AGREE",
            "CONSULT",
            "REQUEST",
            "ACCUSE",
            "SUPPORT",
            "AID",
            "COOPERATE",
            "MOBILIZE",
            "THREATEN",
        ],
        100,
        12,
    );
    // Floors just under the measured figures. First run, before any change: category
    // 83/110 (0.75), dyad 73/110 (0.66), precision 88/113 (0.78), 7 of 15 traps coded (split
    // phrasal verbs 10/24: "turned the offer down", "threw two French diplomats out",
    // "called the talks off" matched nothing or the bare verb; traps: ", missile
    // scientists ... said" completed `fire|launch +missile`, ", the French ambassador said"
    // `summon +ambassador`, ", aid groups said" `withdraw +aid`). Two lines were then
    // recoded by the golden README's convention ("will meet", "will travel ... for talks":
    // AGREE 036, not CONSULT; the engine had coded both AGREE, so the first run reads 85/110
    // and 75/110 under the file as it stands). After the matcher's changes (a particle past
    // a short adverbial or a short object, a time preposition is no particle, the region
    // ends before a trailing ", X said" attribution, a date between verb and object or
    // before a preposition's object skipped): category 100/110 (0.91), dyad 90/110 (0.82),
    // precision 105/118 (0.89), 1 of 15 traps coded (a state banquet "hosted" for judges
    // read as a visit hosted). Left: recipients inside long noun phrases ("sanctions on
    // three companies ... linked to Iran's drone programme", "the military rulers of
    // neighbouring Niger"), "met on Friday with the head of" the AU Commission, a missile
    // test-fired into the sea read as a show of force.
    assert!(
        total.category() >= 0.90,
        "category recall {:.2} fell",
        total.category()
    );
    assert!(total.dyad() >= 0.81, "dyad {:.2} fell", total.dyad());
    assert!(total.none_coded <= 1, "{} traps coded", total.none_coded);
}

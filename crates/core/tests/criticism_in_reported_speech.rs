//! Criticism and accusation as wire copy says it (issue #9, session 14): not "X criticised
//! Y" but reported speech and evaluation. A speaker "called Estonia's decision blatantly
//! discriminatory", "described the raid as a war crime", "branded ... an act of piracy";
//! "said Iran's detention of two teachers was arbitrary"; "said in a statement that the
//! United States was spreading lies"; reports another party's wrongful act ("said Polish
//! border guards were beating migrants"); "blamed", "laid the blame on", "held ...
//! responsible", "bore responsibility"; lodges complaints, sues, convicts; opens
//! investigations, probes and inquiries. Beside them the 11x/12x/13x/10x line: a charge
//! dismissed is REJECT, a warning or a demand folded into a condemnation is THREATEN or
//! REQUEST. The passages (`tests/criticism_in_reported_speech/paragraphs.txt`) were coded
//! by hand before the engine ran on them; the file's header gives the conventions. The
//! traps are neutral reported speech, evaluations of things no party did,
//! self-criticism, critics who are no party, denials and praise.
//!
//! The test prints each passage coded wrong, then for each section and category the
//! category recall and the dyad share, and asserts floors just under the measured figures
//! (raise them as the coder improves, never lower them to pass).

mod common;

use common::paragraph_cases::{score_sections, Counted};

#[test]
fn criticism_in_reported_speech_is_coded_as_accusation() {
    let total = score_sections(
        include_str!("criticism_in_reported_speech/paragraphs.txt"),
        Counted::Done,
        &[
            "ACCUSE", "REJECT", "REQUEST", "THREATEN", "SUPPORT", "COERCE",
        ],
        110,
        14,
    );
    let (category, dyad) = (total.category(), total.dyad());
    println!("total: {}", total.with_traps());
    // Floors just under the measured figures. First run, before any change (the honest
    // held-out estimate): category 88/143 (0.62), dyad 78/143 (0.55), events of the line's
    // category 93 of 153 coded (0.61), no NONE line of 14 coded, the one denied act not
    // coded as done; ACCUSE alone 72/123 (0.59). Weakest: reported wrongful acts (1/14),
    // "said X's act was bad" (6/23), bad names (9/18). After session 14 (frames.txt:
    // a rule-breaking phrase after its act, "in breach of the order"; an act noun with an
    // infinitive or prepositional complement as the predicate's subject, "Washington's
    // decision to expel its ambassador was regrettable"; bad names before any noun and
    // after "very"; threats posed and contempt shown; wrongs named with a `by` author;
    // sponsoring and sheltering with a noun phrase; abuses of migrants and detainees and
    // live ammunition; events.txt: more bad names; a criticism read at the target of an owned
    // act aimed at its owner, "condemned the Israeli strike on Hamas leaders"): category
    // 119/143 (0.83), dyad 111/143 (0.78), 124 of 181 (0.69), no NONE line coded, the
    // denied act not coded as done; ACCUSE 103/123 (0.84). The three THREATEN lines cannot
    // be hits here: threats are coded with modality intended, which `Counted::Done` leaves
    // out (the engine codes two of them, with wrong parties).
    assert!(category >= 0.82, "category found {category:.2} fell");
    assert!(dyad >= 0.77, "dyad right {dyad:.2} fell");
    total.assert_none_coded_at_most(0);
    total.assert_no_denied_done();
}

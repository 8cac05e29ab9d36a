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
        &["ACCUSE", "REJECT", "REQUEST", "THREATEN", "SUPPORT", "COERCE"],
        110,
        14,
    );
    let (category, dyad) = (total.category(), total.dyad());
    println!("total: {}", total.with_traps());
    // Floors just under the measured figures (first run pending).
    assert!(category >= 0.0, "category found {category:.2} fell");
    assert!(dyad >= 0.0, "dyad right {dyad:.2} fell");
    assert!(
        total.none_coded <= 14,
        "{} NONE lines coded an event",
        total.none_coded
    );
    assert!(
        total.denied_done <= 3,
        "{} denied acts coded as done",
        total.denied_done
    );
}

//! Constructions left over from sessions 16-17 (issue #9, session 17), one section each:
//! requests refused ("rejected Y's request to do Z", "turned down calls for Z to step
//! down": the refuser's REJECT of the requester, coded by the act requested), threats and
//! restrictions aimed at a state's own opposition (X>X), demand and appeal codes read off
//! the act asked for ("exercise restraint", "station more troops"), hunger strikes (142,
//! not 143), conversations told in a phrase ("In a telephone conversation with Putin,
//! Erdogan ..."), passive seizures, access opened and things handed back, a judgement
//! between a rejecting verb and the claim ("rejected as "absurd" China's claim"), demands
//! owned by an adjective ("bow to Egyptian demands"), "all parties" after a possessive
//! actor, mediated talks resumed, assurances received (the giver's), "the two men" across
//! a third party and rival gangs. The passages
//! (`tests/leftover_constructions/paragraphs.txt`) were coded by hand before the engine
//! ran on them; the file's header gives the conventions.
//!
//! The test prints each passage coded wrong, then per section the category recall and the
//! dyad share, the lines whose exact CAMEO code was coded, and asserts floors just under
//! the measured figures (raise them as the coder improves, never lower them to pass).

mod common;

use common::paragraph_cases::{code_outcome, parse, score_sections, Counted};

const FILE: &str = include_str!("leftover_constructions/paragraphs.txt");

#[test]
fn leftover_constructions() {
    let total = score_sections(
        FILE,
        Counted::NotNegated,
        &[
            "REJECT", "THREATEN", "COERCE", "REQUEST", "PROTEST", "CONSULT", "RETREAT", "AGREE",
            "SUPPORT", "ACCUSE", "ASSAULT",
        ],
        140,
        15,
    );
    println!("{}", total.with_traps());
    // The exact CAMEO code, of the lines that name one.
    let (mut coded, mut exact) = (0, 0);
    for case in parse(FILE) {
        let (Some(category), Some(cameo)) = (case.category, case.cameo) else {
            continue;
        };
        coded += 1;
        let record = common::run(case.text);
        if code_outcome(&case, category, cameo, &record.events).exact {
            exact += 1;
        } else {
            let codes: Vec<&str> = record.events.iter().map(|e| e.cameo.as_str()).collect();
            println!("code {codes:?}, expected {cameo}: {}", case.text);
        }
    }
    println!("exact code {exact}/{coded}");
    let (category, dyad) = (total.category(), total.dyad());
    let none_coded = total.none_coded;
    // First run, before any change: (to be filled in).
    assert!(category >= 0.0, "category found {category:.2} fell");
    assert!(dyad >= 0.0, "dyad right {dyad:.2} fell");
    assert!(exact >= 0, "exact codes {exact} fell");
    assert!(none_coded <= 15, "{none_coded} NONE lines coded an event");
}

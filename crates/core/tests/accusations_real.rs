//! Criticism and accusation as real wire copy tells them (issue #9, session 18: ACCUSE, the
//! category the held-out VOA stories lose most, 24 of 81 coded right). Long attributed
//! sentences of agency and VOA copy rather than "X criticised Y": speakers told by title,
//! "the ministry said in a statement on Tuesday", idioms of criticism ("lashed out at", "took
//! aim at", "chided", "castigated", "decried", "deplored", "expressed outrage at",
//! "questioned X's commitment"), bad names ("a blatant provocation", "irresponsible", "a
//! flagrant violation"), accusations with their wrongs (1121-1125), blame, "charged that",
//! "alleged that", "complained that", reported wrongdoing (golden README convention 3),
//! nominal forms ("criticism of", "allegations against", "a case against"), complaints and
//! envoys summoned (114), lawsuits (115), verdicts (116), passages whose background sits
//! between the events, charges rejected (REJECT) and traps (concern with no target,
//! analysts, self-criticism, old charges, sports and business quarrels, a conditional
//! condemnation). The passages (`tests/accusations_real/paragraphs.txt`) were coded by hand,
//! with the exact CAMEO code, before the engine ran on them; the file's header gives the
//! conventions.
//!
//! The test prints each passage coded wrong, the per-section and per-category figures, then
//! the codebook figures (category, CAMEO root, exact code, dyad, precision), and asserts
//! floors just under the measured figures (raise them as the coder improves, never lower
//! them to pass).

mod common;

use common::paragraph_cases::{parse, score_codebook, score_sections, Counted};

/// Every passage is read as published on this day (a Monday).
const PUBLISHED: &str = "2026-03-02";

#[test]
fn accusations_as_real_wire_copy_tells_them() {
    let file = include_str!("accusations_real/paragraphs.txt");
    let total = score_sections(file, Counted::NotNegated, &["ACCUSE", "REJECT"], 140, 20);
    println!("{}", total.with_traps());
    println!("{}", total.parties());
    let cases = parse(file);
    let codes = score_codebook(&cases, "accusations_real", PUBLISHED, true);
    let (_, root, exact, _, _) = codes.figures();
    let (category, dyad, precision) = (total.category(), total.dyad(), total.precision());
    // First run: to be recorded.
    println!("category {category:.2} dyad {dyad:.2} precision {precision:.2} root {root:.2} exact {exact:.2} traps {}", total.none_coded);
}

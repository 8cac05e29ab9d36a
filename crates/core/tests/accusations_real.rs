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
    // First run, before any change (session 18; the honest held-out estimate): category
    // 122/147 (0.83), dyad 117/147 (0.80), precision 128/221 (0.58), CAMEO root 121 (0.82),
    // exact code 98 (0.67), 6 of 22 traps coded; ACCUSE alone 117/141 (0.83), dyad 0.79.
    // By section: criticism verbs and idioms 33/33, evaluations and bad names 15/20,
    // accused/blamed/charged that 27/30, reported wrongdoing 9/20 (the weakest: acts told
    // with "in what it described as a violation", "calling it a violation", floggings,
    // silencing reporters, inhumane detention, "reasonable grounds to believe"), nominal
    // forms 15/15, courts 11/13, passages with background 8/12, REJECT 4/4. Exact codes: an
    // accusation's subcode is mostly 112 where the alleged act names aggression (1123) or a
    // crime (1121). Traps coded: self-criticism read as a concession, farmers criticising a
    // weather bureau, "would condemn any attempt", a 2019 accusation in a relative clause,
    // "denied any wrongdoing" with no accuser, a bus driver "to blame" for a crash. One line
    // was coded against the file's own convention (the exiled Belarusian group Viasna as NGO
    // where a national rights group takes its country) and was recoded BLR>BLR: on the
    // recoded file the first run reads dyad 118/147 (0.80), the rest unchanged.
    // After session 18's fixes (bad names "high-handed", "unneighbourly", "a humiliation",
    // "a reward for terrorism"; floggings, silencing the press and inhumane detention as
    // reported wrongs; the state in the `from` phrase of a deportation or expulsion as the
    // doer of the act criticised; a participle of accusing or blaming after a reported
    // clause speaks for the sayer; a truce violated or breached is 1123; a manner adverb of
    // wrongdoing after its verb; an object opened by "any" is no event object): category
    // 128/147 (0.87), dyad 125/147 (0.85), precision 134/225 (0.60), root 127 (0.86), exact
    // 108 (0.73), 5 of 22 traps coded; ACCUSE 123/141 (0.87). Reported wrongdoing is still
    // the weakest section (10/20).
    assert!(category >= 0.86, "category found {category:.2} fell");
    assert!(dyad >= 0.84, "dyad right {dyad:.2} fell");
    assert!(precision >= 0.59, "category precision {precision:.2} fell");
    assert!(root >= 0.85, "CAMEO root share {root:.2} fell");
    assert!(exact >= 0.72, "exact code share {exact:.2} fell");
    total.assert_none_coded_at_most(5);
}

//! The codebook, code by code (issue #9): one manual-style sentence for every CAMEO code
//! that maps to a PLOVER category, 030 to 2042, and NONE lines
//! (`tests/codebook/paragraphs.txt`, format in its header: `CATEGORY@CAMEO|ACTOR>RECIPIENT|
//! sentence`). The other manual-style sets cover the common codes several times over; this
//! one covers the codebook's breadth, so a code no pattern reaches shows here. Written and
//! coded by hand before the engine ran on it: its first-run figures are an honest held-out
//! estimate.
//!
//! Each sentence is its own document. Every event counts except a negated one, which is
//! never a hit: an intent (03x) or a threat (13x) is what its line expects. The test prints
//! each line coded wrong (no event of its category, or a NONE line that coded one) with what
//! was coded, then per PLOVER category the recall, the share of its lines with an event of
//! the line's CAMEO root (two digits) and the dyad share; then for the whole file the
//! category recall and precision, the CAMEO root share and exact-code share, the dyad share
//! and the NONE lines coded. It asserts floors just under the measured figures (raise them
//! as the coder improves, never lower them to pass).

mod common;

use common::paragraph_cases::{parse, score_codebook, Case};

/// Every sentence is read as published on this day (a Monday).
const PUBLISHED: &str = "2026-03-02";

#[test]
fn every_cameo_code_has_a_sentence_coded_in_its_category() {
    let cases: Vec<Case> = parse(include_str!("codebook/paragraphs.txt"));
    let score = score_codebook(&cases, "codebook", PUBLISHED, false);
    let (category, root_share, exact, dyad, precision) = score.figures();
    let (all, none_lines, none_coded) = (&score.all, score.none_lines, score.none_coded);
    assert!(
        all.lines >= 250 && none_lines >= 20,
        "the set needs a line for every code and 20 NONE lines"
    );
    // Floors just under the measured figures. First run, before any change (the honest
    // held-out estimate): category 226/254 (0.89), CAMEO root 222 (0.87), exact code 168
    // (0.66), dyad 206 (0.81), precision 236/261 (0.90), NONE lines coded 0 of 21. Weakest:
    // SUPPORT 5/8 (050 working together, 053 lobbying for, 056 forgiving), intent to reform
    // (034x: 1 of 5), COERCE 10/13. With intents to reform kept without a recipient and
    // lexicon lines for granting rights, rewriting a constitution, joint projects, a force
    // handing over its own weapons, people driven from their villages, blocked social
    // networks and shops shut in protest, and helicopters and shopkeepers as roles: category
    // 234 (0.92), root 229 (0.90), exact 174 (0.69), dyad 213 (0.84), precision 245/269
    // (0.91), no NONE line coded.
    // On main after session 17: category 240 (0.94), root 235 (0.93), exact 186 (0.73), dyad
    // 225 (0.89), precision 251/275 (0.91), no NONE line coded.
    assert!(category >= 0.93, "category recall {category:.2} fell");
    assert!(root_share >= 0.92, "CAMEO root share {root_share:.2} fell");
    assert!(exact >= 0.72, "exact code share {exact:.2} fell");
    assert!(dyad >= 0.88, "dyad share {dyad:.2} fell");
    assert!(precision >= 0.90, "category precision {precision:.2} fell");
    assert!(none_coded == 0, "{none_coded} NONE lines coded an event");
}

//! The codebook II (issue #9, session 17): one new sentence for every codable CAMEO code, 020
//! to 2042 (02x appeals as REQUEST), phrased as analysts meet them in wire copy rather than as
//! the obvious dictionary phrase (attributed, passive, nominal, a clause before the verb,
//! British spellings, titles and named officials, many regions), and 25 NONE lines
//! (`tests/codebook_ii/paragraphs.txt`, format and conventions in its header). A fresh set
//! beside `tests/codebook/` (session 12), whose lines have been read and fixed since: written
//! and coded by hand before the engine ran on it, so its first-run figures are an honest
//! held-out estimate of the manual-style sentences.
//!
//! Scored as `codebook.rs` scores: each sentence is its own document; every event counts
//! except a negated one, which is never a hit (an intent, 03x, or a threat, 13x, is what its
//! line expects). The test prints each line coded wrong with what was coded, then per PLOVER
//! category the recall, CAMEO root share and dyad share, then for the whole file category
//! recall and precision, root share, exact-code share, dyad share and NONE lines coded. It
//! asserts floors just under the measured figures (raise them as the coder improves, never
//! lower them to pass).
//!
//! First run, before any change (the honest held-out estimate): category 263/281 (0.94),
//! CAMEO root 260 (0.93), exact code 200 (0.71), dyad 244 (0.87), precision 289/315 (0.92),
//! NONE lines coded 1 of 25 (an analysts' scenario: "a Chinese blockade of Taiwan could
//! disrupt"). Weakest: AID 4/6, RETREAT 12/15, MOBILIZE 4/5; dyads of REJECT (0.73) and
//! THREATEN (0.73). Causes of the first run: 63 lines coded in the category with another
//! code (REQUEST 18, REJECT 15, PROTEST 10, ASSAULT 6, AGREE 4, ACCUSE 3, THREATEN 3,
//! SANCTION 2, COERCE 1, RETREAT 1), 18 lines with no event of the category (a phrasing or a
//! structure no pattern reaches: a nominal or passive act, an act in an opening phrase, a
//! role the actor dictionary lacked), 37 found with a party wrong or missing (mostly a
//! recipient left unnamed at home: "threatened to ban the main opposition parties").
//! Fixed in session 17 (general causes, each measured on the dev sets): demands no longer
//! read "deliver" as extradition nor a withdrawal of troops as a policy withdrawn; appeals
//! for a release no longer read a "return" to the negotiating table, nor judicial
//! cooperation "power handed over"; a protest whose protesters demand a change takes
//! 14x1-14x4; an attack dropped as restated by the attack it governs lends it its code
//! ("tried to assassinate" 185, "shelled ..., killing" 194); a verb whose object is only a
//! demand or request ranks what was asked for first ("rejected calls for him to step
//! down" 1231); lexicon lines for demands to stop escalating, to hand over intelligence, to
//! overhaul electoral bodies, protesters lifting roadblocks, bombers flying close to
//! airspace; "guards" as a role. After: category 266 (0.95), root 264 (0.94), exact code
//! 219 (0.78), dyad 246 (0.88), precision 292/320 (0.91), NONE lines coded 1 of 25.

mod common;

use common::paragraph_cases::{parse, score_codebook, Case};

/// Every sentence is read as published on this day (a Monday).
const PUBLISHED: &str = "2026-03-02";

#[test]
fn every_cameo_code_phrased_as_analysts_meet_it() {
    let cases: Vec<Case> = parse(include_str!("codebook_ii/paragraphs.txt"));
    let score = score_codebook(&cases, "codebook-ii", PUBLISHED, true);
    let (category, root_share, exact, dyad, precision) = score.figures();
    let (all, none_lines, none_coded) = (&score.all, score.none_lines, score.none_coded);
    assert!(
        all.lines >= 280 && none_lines >= 25,
        "the set needs a line for every code and 25 NONE lines"
    );
    // Floors just under the measured figures (after session 17's fixes; first run in the
    // doc comment).
    assert!(category >= 0.94, "category recall {category:.2} fell");
    assert!(root_share >= 0.93, "CAMEO root share {root_share:.2} fell");
    assert!(exact >= 0.77, "exact code share {exact:.2} fell");
    assert!(dyad >= 0.87, "dyad share {dyad:.2} fell");
    assert!(precision >= 0.90, "category precision {precision:.2} fell");
    assert!(none_coded <= 1, "{none_coded} NONE lines coded an event");
}

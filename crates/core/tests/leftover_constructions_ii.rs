//! Constructions left over from session 17 (issue #9, session 18): general ways news tells an
//! act that session 17's engineers found read wrong (`tests/leftover_constructions_ii/
//! paragraphs.txt`, format and conventions in its header): requests refused (REJECT 123x /
//! 124x), hunger strikes by what they demand (1421-1424), demand and appeal subcodes (forces
//! stationed, ceasefires kept), mediation told as an adjective, participle or passive, headline
//! participles and noun subjects of agentless acts, forces sent to a place named after "to",
//! towns taken by force, protests to come, power taken, "X-based" named organisations and
//! warships sent. Written in the way wire copy reads and coded by hand before the engine ran.
//!
//! Scored as `codebook_ii.rs` scores: each passage is its own document; every event counts
//! except a negated one, which is never a hit. The test prints each line coded wrong with what
//! was coded, then the figures; it asserts floors just under the measured figures.
//!
//! First run, before any change (the honest held-out estimate; both batches: 92 event lines
//! of the first, 26 of a second written and committed after the first batch's run and before the
//! engine ran on it): category 96/118 (0.81), CAMEO root 92 (0.78), exact code 48 (0.41), dyad
//! 77 (0.65), precision 117/163 (0.72), NONE lines coded 8 of 17. Per construction (lines;
//! category right; all right, code and dyad): requests refused 14, 13, 1 (120 where the
//! request names what was asked); hunger strikes 13, 11, 5; demand subcodes 13, 12, 5;
//! mediation 14, 13, 5 ("Kenyan-mediated talks ... resumed" no actor, the mediator of an
//! adjective or participle lost for the sides' 046); headline participles and agentless war
//! acts 13, 6, 4 (noun subjects "Drone attack on Sumy leaves", "Shelling hit", headlines with
//! a finite verb in a subordinate clause, places the gazetteer lacks: Kurram); forces sent to
//! a place 11, 8, 4; towns taken 10, 9, 9; protests to come 10, 6, 6 ("called for more
//! demonstrations" coded as held); power taken 10, 6, 2 (elected leaders' "took power" coded
//! 192); "X-based" organisations 10, 8, 2 ("Geneva-based" read as Switzerland, an unknown
//! named organisation lost); warships 10, 6, 0 (sent into waters or to escort read AID).
//! Two hand codes the engine disputes and the set keeps: "respect / honour the truce"
//! demanded is 1056 here, CAMEO's own 107 "Demand ceasefire" to the engine; air defences
//! asked for on one's soil 0212 here, 0232 (military aid) to the engine.
//! Fixed in session 18 (general causes, each measured on the dev sets): a request refused
//! names what was asked (events.txt [1243], [1231], [1233], [1244]: "rejected X's request to
//! free / to hold a rally / that he dismiss"); warships and patrol vessels sent into waters,
//! to escort or to deter are no military aid; "took power" alone is no coup (seize, grab,
//! usurp are; take needs a cue of force); a protest called, called for, planned or announced
//! is no protest held; a headline participle keeps its dropped auxiliary past a finite verb in
//! a clause it governs ("State of emergency declared in Lima as ... spreads"). After: category
//! 99/118 (0.84), root 95 (0.81), exact code 59 (0.50), dyad 78 (0.66), precision 120/161
//! (0.75), NONE lines coded 5 of 17; requests refused 14, 14, 8; power taken 10, 8, 4;
//! protests to come 10, 7, 7; headlines 13, 7, 5; warships 10, 7, 0. Left: mediation told as
//! an adjective, headline noun subjects, agentless shelling as a subject, unknown named
//! organisations after "X-based", warships' 150 (coded 154 with no recipient), hunger-strike
//! and demand subcodes.

mod common;

use common::paragraph_cases::{parse, score_codebook, Case};

/// Every passage is read as published on this day (a Monday).
const PUBLISHED: &str = "2026-03-02";

#[test]
fn constructions_left_over_from_session_17() {
    let cases: Vec<Case> = parse(include_str!("leftover_constructions_ii/paragraphs.txt"));
    let score = score_codebook(&cases, "leftover-constructions-ii", PUBLISHED, true);
    let (category, root_share, exact, dyad, precision) = score.figures();
    let (all, none_lines, none_coded) = (&score.all, score.none_lines, score.none_coded);
    assert!(
        all.lines >= 117 && none_lines >= 17,
        "the set needs 117 event lines and 17 NONE lines"
    );
    // Floors just under the measured figures (after session 18's fixes; first run above).
    assert!(category >= 0.83, "category recall {category:.2} fell");
    assert!(root_share >= 0.80, "CAMEO root share {root_share:.2} fell");
    assert!(exact >= 0.49, "exact code share {exact:.2} fell");
    assert!(dyad >= 0.65, "dyad share {dyad:.2} fell");
    assert!(precision >= 0.74, "category precision {precision:.2} fell");
    assert!(none_coded <= 5, "{none_coded} NONE lines coded an event");
}

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
//! First run: FIRST_RUN

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
    assert!(category >= 0.0, "category recall {category:.2} fell");
    assert!(root_share >= 0.0, "CAMEO root share {root_share:.2} fell");
    assert!(exact >= 0.0, "exact code share {exact:.2} fell");
    assert!(dyad >= 0.0, "dyad share {dyad:.2} fell");
    assert!(precision >= 0.0, "category precision {precision:.2} fell");
    assert!(none_coded <= 15, "{none_coded} NONE lines coded an event");
}

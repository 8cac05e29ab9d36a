//! When the best pattern is dropped, the next one (issue #9, session 13): at a trigger the
//! coder keeps the most specific matching pattern, and when that pattern's code needs a
//! recipient the sentence does not name (joint exercises 062, military aid cut 1622, aid
//! 07x, diplomatic sanctions 16x), a less specific pattern of another code at the same
//! head is the act ("Iran's navy began a three-day exercise": MOBILIZE 150; "withdrew
//! tanks and artillery from the region": RETREAT). The passages
//! (`tests/pattern_fallbacks/paragraphs.txt`) were coded by hand before the engine ran on
//! them; the file's header gives the conventions. Beside the fallbacks are the lines where
//! the specific code is right (a partner or recipient named) and traps (the words' other
//! senses, plans, history).
//!
//! The test prints each passage coded wrong, the figures per section and category, and
//! asserts floors just under the measured figures (raise them as the coder improves,
//! never lower them to pass).

mod common;

use common::paragraph_cases::{score_sections, Counted};

#[test]
fn a_dropped_pattern_gives_way_to_the_next() {
    let total = score_sections(
        include_str!("pattern_fallbacks/paragraphs.txt"),
        Counted::NotNegated,
        &[
            "MOBILIZE",
            "COOPERATE",
            "RETREAT",
            "SANCTION",
            "AID",
            "COERCE",
        ],
        80,
        15,
    );
    // Floors just under the measured figures. First run, before any change: category
    // 59/82 (0.72), dyad 56/82 (0.68), precision 65/75 (0.87), 1 of 17 traps coded (solo
    // drills 12/27: the joint-exercise pattern won and was dropped with no partner; weapons
    // pulled out 6/11: the aid-cut pattern 1622 won and was dropped). After the fallback
    // (`events::fall_back`: a winner dropped for want of a recipient gives way to the next
    // pattern at its word, when the winner is a deed, the stand-in MOBILIZE or RETREAT and
    // names its doer, in a sentence that names no joint act): category 74/82
    // (0.90), dyad 69/82 (0.84), precision 80/90 (0.89), 1 of 17 traps coded (a "rescue
    // drill" coded as a show of force until `rescue` joined `[disaster-relief-words]`).
    // Left: war games read as an attack, an exercise announced read as a threat, a
    // missile's training launch, artillery "moved back" read as a deployment, and the
    // Egyptian manoeuvre "near the Libyan border", coded `-` on its line although the
    // header aims such drills at the neighbour (the engine's EGY>LBY follows the header).
    assert!(
        total.category() >= 0.89,
        "category recall {:.2} fell",
        total.category()
    );
    assert!(total.dyad() >= 0.83, "dyad {:.2} fell", total.dyad());
    assert!(total.none_coded <= 1, "{} traps coded", total.none_coded);
}

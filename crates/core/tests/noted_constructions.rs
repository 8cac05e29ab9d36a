//! Constructions session 25 saw coded wrong on the readable sets and left (issue #9, session
//! 26), each one any wire story can have: a pattern's exclusion word standing in another
//! clause of the sentence ("a week after the jihadists overran a military base" kept
//! "captured three commanders" from coding), an "including X," aside inside the object
//! ("ordered 10 battalions, including tank units, to the border"), a coordinated subject
//! whose conjuncts were made each other's recipient ("China and Russia imposed ... on
//! Lithuania"), an announced expulsion ("said it would expel") and "in return for", a maker's
//! "by" phrase inside a reduced relative of the object ("a missile designed by Iran"), "met
//! fierce resistance", "the two Koreas", and the possessor of a target as its recipient ("a
//! government helicopter", "Japan's new law"). The passages
//! (`tests/noted_constructions/paragraphs.txt`) are new sentences on other countries and
//! conflicts, with look-alikes that must keep their coding, coded by hand before the engine
//! ran on them; the file's header gives the conventions.
//!
//! The test prints each passage coded wrong and the per-section figures, and asserts floors
//! just under the measured figures (raise them as the coder improves, never lower them to
//! pass).

mod common;

use common::paragraph_cases::{score_sections, Counted};

#[test]
fn noted_constructions_are_coded_as_news_tells_them() {
    let file = include_str!("noted_constructions/paragraphs.txt");
    let total = score_sections(file, Counted::NotNegated, &[], 40, 7);
    println!("{}", total.with_traps());
    println!("{}", total.parties());
    let (category, dyad, precision) = (total.category(), total.dyad(), total.precision());
    // First run, before any change (session 26, main e1ee5da6): category 29/42 (0.69), dyad
    // 24 (0.57), precision 35/49 (0.71), 3 of 7 NONE lines coded. By section: exclusion
    // words in another clause 3/6, the "including" aside 4/7 (dyad 1/7), the coordinated
    // subject 6/7, announced expulsions 3/6 (each "said it would expel" coded THREATEN),
    // the maker's "by" phrase, resistance and the two Koreas 6/9 (the Koreas coded
    // nothing), the possessor of the target 7/7 (dyad 5/7). The traps coded: a captured
    // stronghold (COERCE 192, arguably an event: the line's NONE was written first and
    // stays), and two trades "in return for" goods (coded AGREE 0311 and COOPERATE 061 from
    // the trade verbs, not from "return").
    // After session 26's fixes (exclusions scoped to the pattern's clause, the aside read
    // by the slots, an announced expulsion kept as the act, "in return" no keyword, "warn
    // ... against" with its recipient): category 37/42 (0.88), dyad 34 (0.81), precision
    // 44/53 (0.83), 3 of 7 NONE lines coded. Still wrong: the two Koreas (no party), the
    // object relative "The sanctions that the United States and Britain imposed on
    // Venezuela's oil sector on Monday drew ..." (no actor found in the long sentence), a
    // pattern whose own keywords stand after the aside ("ordered 10 battalions, including
    // tank units, to the border": only the slots read past it, since the patterns reading
    // past it cost a held-out wrong event), "into waters near Taiwan" (no party), "countries,
    // including Iran" (the aside's members are no recipient), "a crushing response to Israel's
    // strikes" (read as repression, 137), a proposal that "met resistance" (coded AGREE
    // 036 from "proposal ... summit").
    assert!(category >= 0.85, "category found {category:.2} fell");
    assert!(dyad >= 0.78, "dyad right {dyad:.2} fell");
    assert!(precision >= 0.80, "category precision {precision:.2} fell");
    total.assert_none_coded_at_most(3);
}

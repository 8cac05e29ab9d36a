//! News and monitor headlines (issue #9, session 13): the headline shapes the NGEC headline
//! set misses most, which the earlier headline sets (`wire_headlines.rs`,
//! `headline_passives.rs`, `headlines.rs`) do not cover: a "Country:" prefix, "N killed in
//! ..." and attack nouns as the subject of "kills/hits/rocks" with no doer, verbless
//! headlines ("Curfew in X after riots"), "X on (hunger) strike", passives without "by",
//! headlinese verbs (slams, blasts, eyes, mulls, vows, nixes, inks, OKs, axes, snubs, hails),
//! "to" + verb futures, ", Officials Say" / "- Report" attributions and ALL-CAPS wire kickers
//! ("UPDATE 2-", "BREAKING:"). The headlines (`tests/news_headlines/paragraphs.txt`) were
//! coded by hand before the engine ran on them; the file's header gives the conventions and
//! its last section holds the traps (denied acts, accidents, markets, sport, features,
//! domestic appointments).
//!
//! The test prints each headline coded wrong, the category recall and dyad share per section
//! and per category, and asserts floors just under the measured figures (raise them as the
//! coder improves, never lower them to pass).

mod common;

use common::paragraph_cases::{score_sections, Counted, PLOVER_CATEGORIES};

#[test]
fn news_headlines_are_coded_as_their_stories() {
    // Intents and threats ("Erdogan to Visit Cairo", "EU to Ban Russian LNG") are what the
    // lines expect: every event that is not negated counts.
    let total = score_sections(
        include_str!("news_headlines/paragraphs.txt"),
        Counted::NotNegated,
        PLOVER_CATEGORIES,
        120,
        15,
    );
    println!("{}", total.with_traps());
    let (category, dyad, precision) = (total.category(), total.dyad(), total.precision());
    // Floors just under the measured figures. First run, before any change (the honest
    // held-out estimate): category 76/138 (0.55), dyad 65/138 (0.47), category precision
    // 82/93 (0.88), NONE lines coded 1 of 22 ("Planned Strike by Nigerian Unions Called
    // Off", a negated strike), denied acts coded as done 1 of 2 ("Kyiv denies drone attack
    // on Moscow region"). Weakest: verbless headlines (4/16), ALL-CAPS kickers (4/14),
    // passives without "by" (6/14), "Country:" prefixes and attack nouns (10/20, 9/18).
    // After wire kickers' version numbers are split off and kept out of the parse, a verb
    // is recovered after an act noun or a place's name ("Car Bomb Kills Nine", "Bombing in
    // Kabul Kills"), an -ing act noun opening a headline is its subject ("Shelling in
    // Dhaka Kills"), "X on (hunger) strike" is X's protest, a country label states its
    // roles' country and where an act with no place happened ("Mali: Seven Soldiers
    // Killed", "Vietnam: Four killed in air strike"), a count heading a headline keeps its
    // participle passive ("Three Indian Troops Killed"), a verbless curfew or emergency is
    // the state's where it is, and a denied act noun is kept as denied: category 94/138
    // (0.68), dyad 85/138 (0.62), precision 102/114 (0.89), 1 NONE line coded, 0 denied
    // acts coded as done.
    assert!(category >= 0.67, "category found {category:.2} fell");
    assert!(dyad >= 0.61, "dyad right {dyad:.2} fell");
    assert!(precision >= 0.88, "category precision {precision:.2} fell");
    total.assert_no_denied_done();
    total.assert_none_coded_at_most(1);
}

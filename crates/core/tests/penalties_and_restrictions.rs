//! Penalties and restrictions by mode (issue #9, session 13): SANCTION discontinue (aid,
//! loans and military help cut, CAMEO 162x), withdraw (envoys recalled, ties downgraded,
//! treaties left, talks and mediation abandoned: 160, 161, 164, 165) and expel (diplomats,
//! monitors, peacekeepers and aid groups: 166x); COERCE restrict (embargoes and boycotts,
//! 163; censorship, media bans and internet shutdowns, 1721; movement, assembly, NGOs and
//! parties restricted, 172/1722; curfews and emergencies, 1723/1724), cyberattacks and
//! disinformation campaigns (170), seizures of ships and assets (171/1711) and deportations
//! (174); denied acts and NONE traps. The passages
//! (`tests/penalties_and_restrictions/paragraphs.txt`) were coded by hand before the engine
//! ran on them; the file's header gives the conventions, and each of its sections is one
//! family of measures.
//!
//! Each line's category carries the expected CAMEO code or its prefix. The test prints each
//! passage coded wrong, the category recall and dyad share per section and per category,
//! then how many of the lines whose category was found carry an event of that category with
//! the expected code; it asserts floors just under the measured figures (raise them as the
//! coder improves, never lower them to pass).

mod common;

use common::paragraph_cases::{codes_agree, score_sections, without_codes, Counted};

const PASSAGES: &str = include_str!("penalties_and_restrictions/paragraphs.txt");

#[test]
fn penalties_and_restrictions_are_coded_by_mode() {
    let total = score_sections(
        &without_codes(PASSAGES),
        Counted::NotNegated,
        &["SANCTION", "COERCE"],
        100,
        12,
    );
    let (found, agree) = codes_agree(PASSAGES);
    println!("CAMEO code right on {agree} of the {found} lines whose category was found");
    let (category, dyad) = (total.category(), total.dyad());
    let codes = agree as f64 / found.max(1) as f64;
    // Floors just under the measured figures. First run, before any change (the honest
    // held-out estimate): category 75/119 (0.63), dyad 72/119 (0.61), CAMEO code right on
    // 61 of 71, one NONE line of 14 coded (a pop star's hacked account), no denied act of 6
    // coded as done (4 of the 6 found as denied); by category SANCTION 28/42, COERCE 43/71;
    // by section: aid cut 8/12, ties and treaties 9/12, expulsions 3/9, talks 8/9,
    // embargoes 7/10, censorship 5/11, restrictions 9/12, curfews and emergencies 5/9,
    // cyber and disinformation 1/11, seizures 9/9, deportations 7/9. After the session-13
    // lexicon work (hacks told by what the hackers did to systems, accounts or data,
    // disinformation campaigns by how they were run, curfews slapped and places put under
    // curfew or martial law, outlets suspended by their kind or ordered off the air):
    // category 88/119 (0.74), dyad 81/119 (0.68), code right on 73 of 83, the same NONE
    // line, no denied act coded as done (5 of 6 found as denied); SANCTION 28/42, COERCE
    // 55/71; censorship 8/11, curfews and emergencies 7/9, cyber and disinformation 8/11
    // (dyad 4: a target named by an adjective or after `of`/`from` is still missed). Then
    // talks and mediation broken off by a verb stand with the other side unnamed, the
    // possessor of a SANCTION's direct object is its recipient ("declared Serbia's
    // ambassador persona non grata"), and ties lowered or a presence scaled back are 161:
    // category 91/119 (0.76), dyad 84/119 (0.71), code right on 75 of 86; SANCTION 31/42.
    assert!(category >= 0.76, "category found {category:.2} fell");
    assert!(dyad >= 0.70, "dyad right {dyad:.2} fell");
    assert!(codes >= 0.87, "CAMEO code right {codes:.2} fell");
    total.assert_none_coded_at_most(1);
    total.assert_no_denied_done();
}

//! Blind headlines (issue #9, session 30): original headlines in the manner of wire and
//! newspaper headline writers, all 16 PLOVER categories, printed without a final full stop:
//! present tense for past acts ("Russia expels Estonian diplomats"), "to" + verb plans and
//! threats ("Japan to send aid", "EU to impose new sanctions"), dropped auxiliaries ("Five
//! killed in Kabul mosque bombing"), colon attributions ("Iran: US must lift sanctions"),
//! headline verbs (slams, raps, vows, eyes, mulls, nixes, OKs, backs, nabs, quits), title
//! case, and traps (sport, markets, explainers, accidents, disasters, a planned protest).
//! The headlines (`tests/headlines_blind/lines.txt`) were written and coded by hand before
//! the engine ran on them; the file's header gives the conventions.
//!
//! The test prints each headline coded wrong and the figures per section and category, and
//! asserts floors just under the measured figures (raise them as the engine improves, never
//! lower them to pass).

mod common;

use common::paragraph_cases::{score_sections, Counted, PLOVER_CATEGORIES};

#[test]
fn blind_headlines_are_coded_as_their_stories() {
    // Intents and threats ("Japan to send aid", "EU to impose new sanctions") are what the
    // lines expect: every event that is not negated counts.
    let total = score_sections(
        include_str!("headlines_blind/lines.txt"),
        Counted::NotNegated,
        PLOVER_CATEGORIES,
        80,
        12,
    );
    println!("{}", total.with_traps());
    let (category, dyad, precision) = (total.category(), total.dyad(), total.precision());
    // Floors just under the measured figures. First run, before any change (the engine of
    // main 69ad8d51; the honest estimate): category 71/81 (0.88), dyad 65/81 (0.80),
    // category precision 76/79 (0.96), NONE lines coded 1 of 12 ("Farmers plan protest in
    // Paris next week" coded as a protest held). By section: present tense 11/11, "to" +
    // verb 8/8, dropped auxiliaries 7/8, colon attributions 2/6, headline verbs 32/36, title
    // case 11/12. After the session's fixes (a planned protest is not held; "US, India
    // hold" is no dateline; wounding is an assault; a seized boat is confiscation; stalling
    // peace efforts is a reported wrong): category 74/81 (0.91), dyad 68/81 (0.84),
    // precision 80/81 (0.99), NONE lines coded 0 of 12. Still wrong: "mulls"/"eyes" (the
    // file's header: a weighed option is CAMEO 014, uncoded, as the manual-style headlines
    // code it), the colon lines with a threat ("Seoul will pay"), a verbless judgement
    // ("'unacceptable'") or a possessed collective ("Sudan's warring sides"), "Five killed
    // in Kabul mosque bombing" (the tree makes the count a modifier), "US, Russian diplomats
    // meet", and recipients at home left empty ("Belarus frees 14 political prisoners").
    assert!(category >= 0.90, "category found {category:.2} fell");
    assert!(dyad >= 0.83, "dyad right {dyad:.2} fell");
    assert!(precision >= 0.98, "category precision {precision:.2} fell");
    total.assert_none_coded_at_most(0);
}

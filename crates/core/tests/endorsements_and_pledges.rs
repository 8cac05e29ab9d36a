//! Endorsements, pledges and consultations the way wire copy tells them (issue #9, session
//! 13): SUPPORT (CAMEO 05x: praise and commendation in nouns and passives, backing and
//! endorsement, congratulations, verbal defence and rallying, recognition, apologies and
//! forgiveness, signing, memoranda and ratification), AGREE (03x: pledges, offers,
//! commitments, stated readiness to cooperate, meet, negotiate or mediate) and CONSULT
//! (04x: phone and video calls, visits, hosting, summits of several states, mediation).
//! The passages (`tests/endorsements_and_pledges/paragraphs.txt`) were coded by hand before
//! the engine ran on them; the file's header gives the conventions (condolences are CAMEO
//! 018, no PLOVER category: not coded). Its NONE lines are condolences and the everyday
//! senses of the same words (a coach's praise, a club's signing, a museum hosting, a pledge
//! drive); three lines tell a denied meeting or signing.
//!
//! The test prints each passage coded wrong, then for each section and category the
//! category recall and the dyad share, and asserts floors just under the measured figures
//! (raise them as the coder improves, never lower them to pass).

mod common;

use common::paragraph_cases::{score_sections, Counted};

#[test]
fn endorsements_pledges_and_consultations() {
    // Intended acts (pledges, offers) are what the AGREE lines expect: every event counts.
    let total = score_sections(
        include_str!("endorsements_and_pledges/paragraphs.txt"),
        Counted::NotNegated,
        &["SUPPORT", "AGREE", "CONSULT"],
        100,
        12,
    );
    let (category, dyad) = (total.category(), total.dyad());
    println!(
        "NONE lines coded {}/{}, denied acts coded as done {}/{}, category precision {:.2}",
        total.none_coded,
        total.none_lines,
        total.denied_done,
        total.denied_lines,
        total.precision()
    );
    // Floors just under the measured figures. First run, before any change (the honest
    // held-out estimate): category 104/127 (0.82), dyad 100/127 (0.79); SUPPORT 61/72,
    // AGREE 20/26, CONSULT 20/26; 3 of 12 NONE lines coded (two condolences read as 051, a
    // club signing a footballer read as 057), no denied act coded as done, category
    // precision 0.77 (132 of 172 events). Misses: congratulatory messages read as letters
    // (041), a phone call read as an appeal for talks (026), nouns of endorsement ("gave its
    // blessing", "had warm words for", "a ringing endorsement"), praise received ("won
    // Japan's backing"), "mobilised backing for" read as rallying opposition (113).
    // After the session-13 lexicon work (condolences are CAMEO 018, not coded; messages of
    // congratulation are 051; a phone call is no appeal; blessing, warm words, praise and
    // backing received; 113 only against a party; defending a party at the UN is 052;
    // wanting to resume talks is 036; leaders "came together" for a summit meet): category
    // 113/127 (0.89), dyad 111/127 (0.87), 1 of 12 NONE lines coded (the club signing: Real
    // Madrid reads as Spain), 0 of 3 denied acts, precision 0.82 (143 of 175).
    assert!(category >= 0.88, "category found {category:.2} fell");
    assert!(dyad >= 0.86, "dyad right {dyad:.2} fell");
    total.assert_none_coded_at_most(1);
    total.assert_no_denied_done();
}

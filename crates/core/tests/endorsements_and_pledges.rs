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
    // held-out estimate): FIRST_RUN.
    assert!(category >= 0.0, "category found {category:.2} fell");
    assert!(dyad >= 0.0, "dyad right {dyad:.2} fell");
    assert!(
        total.none_coded <= 12,
        "{} NONE lines coded an event",
        total.none_coded
    );
    assert!(
        total.denied_done <= 3,
        "{} denied acts coded as done",
        total.denied_done
    );
}

//! Material cooperation and aid carried out (issue #9, session 13: COOPERATE 06x and AID
//! 07x in practice), beside the same acts promised (AGREE 03x) and asked for (REQUEST):
//! joint exercises, patrols and operations, fighting alongside, co-production and
//! know-how transferred, extraditions and surrenders, joint inquiries, assets frozen at a
//! request, intelligence and imagery passed on, energy and trade deals put into effect;
//! loans, grants and debt written off, arms delivered, convoys, airlifts and field
//! hospitals, peacekeepers and air policing, asylum. The recipient is stated in many
//! shapes ("to", "for", "with", possessives, "in X", the receiving side as the subject of
//! a passive or of "received"). The passages (`tests/cooperation_in_practice/paragraphs.txt`)
//! were coded by hand before the engine ran on them; the file's header gives the
//! conventions, and each of its sections is one family of acts.
//!
//! The test prints each passage coded wrong, then for each section and each category the
//! category recall (an event of the expected category) and the dyad share (an event of
//! the category with both scored parties right), and asserts floors just under the
//! measured figures (raise them as the coder improves, never lower them to pass).

mod common;

use common::paragraph_cases::{score_sections, Counted};

#[test]
fn cooperation_and_aid_in_practice_are_coded_with_their_parties() {
    // The promise and request lines expect intents and appeals, so intents count; a denied
    // act ("Iran denied supplying missiles") is found as the act with modality denied.
    let total = score_sections(
        include_str!("cooperation_in_practice/paragraphs.txt"),
        Counted::NotNegated,
        &["COOPERATE", "AID", "AGREE", "REQUEST"],
        100,
        12,
    );
    let (category, dyad) = (total.category(), total.dyad());
    // Floors just under the measured figures. First run, before any change (the honest
    // held-out estimate): category 66/121 (0.55), dyad 64/121 (0.53); COOPERATE 19/48
    // (military 8/17, judicial 4/13, intelligence 1/8, economic 0/10 in effect), AID 27/50
    // (economic 9/12, military 10/14 with both denied acts found as denied, humanitarian
    // 4/14, protection 3/7, asylum 3/5), AGREE 8/11, REQUEST 10/10; NONE lines coded 3 of
    // 14 (a state's relief for its own people as AID, an evacuation, an extradition
    // hearing postponed read as the extradition); denied acts coded as done 0 of 2.
    // After the session-13 work (lexicon lines for joint acts carried out, handovers of
    // wanted people, evidence sent to a court, tip-offs and names passed, deals put into
    // effect, arms handed and stocks refilled, relief dropped or paid for, firefighters,
    // camps and foreign doctors, peacekeepers patrolling, joining a protection mission;
    // a state's aid to its own people is one side (convention 10); an aid or cooperation
    // keyword's complement "on"/"of" is its topic and one on the giver's own side no
    // recipient; the owner of what aid refills or pays for is its recipient): category
    // 100/121 (0.83), dyad 99/121 (0.82); COOPERATE 37/48, AID 43/50, AGREE 8/11, REQUEST
    // 10/10; NONE lines coded 1 of 14 (the evacuation); denied acts coded as done 0 of 2.
    assert!(category >= 0.82, "category found {category:.2} fell");
    assert!(dyad >= 0.81, "dyad right {dyad:.2} fell");
    total.assert_no_denied_done();
    total.assert_none_coded_at_most(1);
}

//! Aid and material cooperation the way wire copy tells them (issue #9, section 4: AID
//! 07x, COOPERATE 06x, and pledges as AGREE 031/033): "flew medical supplies to",
//! "dispatched relief material", "disbursed", "extended a credit line", "deposited in the
//! central bank", "handed over helicopters", "donated armoured carriers", "deployed troops
//! to protect", "granted asylum", "held joint drills", "conducted joint patrols",
//! "extradited", "handed over a suspect", "resumed sharing intelligence", "tipped off",
//! "came into force", "pledged", "plans to deliver". The passages
//! (`tests/aid_cooperate/paragraphs.txt`) were coded by hand before the engine ran on
//! them; the file's header gives the conventions, and each of its sections is one family
//! of phrasings.
//!
//! The test prints each passage coded wrong, then for each section and each category the
//! category recall (an event of the expected category) and the dyad share (an event of
//! the category with both scored parties right), and asserts floors just under the
//! measured figures (raise them as the coder improves, never lower them to pass).

mod common;

use common::paragraph_cases::{score_sections, Counted};

#[test]
fn aid_and_cooperation_are_coded_with_their_parties() {
    // The pledge lines expect the intent (AGREE), so intents count; an aid or cooperation
    // line told as done is not found by an intent, which the frames rewrite to AGREE.
    let total = score_sections(
        include_str!("aid_cooperate/paragraphs.txt"),
        Counted::NotNegated,
        &["AID", "COOPERATE", "AGREE"],
        80,
        10,
    );
    let (category, dyad) = (total.category(), total.dyad());
    // Floors just under the measured figures. First run, before any change (the honest
    // held-out estimate): category 62/94 (0.66), dyad 62/94 (0.66), one NONE line of twelve
    // coded (a bank's credit line to a developer read as 071); AID 31/46, COOPERATE 23/40
    // (no line of economic cooperation put into effect), AGREE 8/8. After the session-10
    // work, several of whose causes were found on these lines, so the figure is no longer
    // held out (extradition is 063, not 174; relief shipped to disaster survivors is no
    // trade; shells or bombs sent as a package are 072, not fire; relief named by the ship
    // or convoy carrying it; foreign troops or police arriving to help; a contingent of
    // members is its members; aid sent into a place goes to the place's country; a joint
    // investigation team or joint inspections are 063): 70/94 (0.74), 70/94, AID 36/46,
    // COOPERATE 26/40, the same NONE line coded.
    assert!(category >= 0.73, "category found {category:.2} fell");
    assert!(dyad >= 0.73, "dyad right {dyad:.2} fell");
    total.assert_none_coded_at_most(1);
}

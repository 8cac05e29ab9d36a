//! Force posture and popular dissent the way wire copy tells them (issue #9: MOBILIZE,
//! CAMEO 150-154, and PROTEST, CAMEO 140-145): "massed troops near the border", "rushed
//! reinforcements to", "called up reservists", "ordered a partial mobilisation", "placed
//! on full alert", "sent the army onto the streets", "launched drills encircling",
//! "test-fired a missile"; "poured into the streets", "marched on parliament", "staged a
//! sit-in", "walked out", "went on hunger strike", "blockaded the bridge", "rioters set
//! fire to", against their government, a foreign embassy or a foreign firm. The passages
//! (`tests/mobilize_protest/paragraphs.txt`) were coded by hand before the engine ran on
//! them; the file's header gives the conventions, and each of its sections is one family of
//! phrasings. Its NONE lines are the words' other senses (a mobile phone, a currency that
//! rallied, a striker who struck twice, a health alert) and protests announced for later.
//!
//! The test prints each passage coded wrong, then for each section and each category the
//! category recall (an event of the expected category) and the dyad share (an event of the
//! category with both scored parties right), and asserts floors just under the measured
//! figures (raise them as the coder improves, never lower them to pass).

mod common;

use common::paragraph_cases::{score_sections, Counted};

#[test]
fn mobilisations_and_protests_are_coded_with_their_parties() {
    // Every line tells an act as done: an event the coder frames as intended (a strike
    // announced for next week) is not the act the line expects, nor a NONE line's error.
    let total = score_sections(
        include_str!("mobilize_protest/paragraphs.txt"),
        Counted::Done,
        &["MOBILIZE", "PROTEST", "COOPERATE"],
        90,
        12,
    );
    let (category, dyad) = (total.category(), total.dyad());
    // Floors just under the measured figures. First run, before any change (the honest
    // held-out estimate): category 72/104 (0.69), dyad 36/104 (0.35); MOBILIZE 33/51 (0.65,
    // dyad 0.20: the rival a force is sent towards mostly unnamed), PROTEST 37/51 (0.73,
    // dyad 0.47), COOPERATE 2/2; four NONE lines of fourteen coded (a footballer "went on
    // strike", hospitals "on high alert", a strike announced for next Friday and tractors
    // planned for Brussels next week). After the session-10 work (the party across a
    // border or ceasefire line a force is sent to, "to its border with Guyana", "to the
    // Syrian border", rather than one's own side; a force or a protest within one's own
    // side kept without a recipient; one's own police as the means, not the target; forces
    // deployed or put on alert in an agentless passive acting for their state; troops that
    // "massed near" a frontier; a count heading a role behind lowercase qualifiers,
    // "thousands of garment workers"; "has been on hunger strike"; a protest by a person or
    // a named body aimed at home; weapons fired into the sea and test launches as tests; an
    // alert with no force named only in a military sentence; a force posture aimed at the
    // state whose act it answers, "raised its alert level after North Korea fired"; one's
    // forces sent with no one to aid a deployment, not military aid; "anti-Japanese
    // protesters" not Japanese): category 89/104 (0.86), dyad 56/104 (0.54); MOBILIZE
    // 47/51, PROTEST 40/51; the same four NONE lines coded (soldiers mobilised for a
    // landslide rescue, coded once an own-side recipient no longer dropped the act, are
    // domestic administration again: words.txt `[disaster-relief-words]`). With protests
    // told without their protesters coded as the people's of the place (golden README
    // convention 12): category 92/104 (0.88), dyad 58/104 (0.56), the same four NONE lines.
    assert!(category >= 0.88, "category found {category:.2} fell");
    assert!(dyad >= 0.55, "dyad right {dyad:.2} fell");
    total.assert_none_coded_at_most(4);
}

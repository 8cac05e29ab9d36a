//! Pull-backs and deployments the way wire copy tells them (issue #9, session 13: RETREAT
//! and MOBILIZE): a truce declared, observed, holding or extended; arms laid down or handed
//! over, fighters demobilised, surrender and retreat; inspectors, monitors, aid or
//! peacekeepers let in; remains, people, territory and property returned; troops pulled
//! out, a blockade lifted; riot police and soldiers sent against unrest at home, militias
//! mobilised, armed or recruiting, call-ups and alerts, missiles, warships and bombers
//! moved, forces massed at a border; and the intended (AGREE 035x), threatened (THREATEN
//! 136/138), refused (REJECT 124x) and denied forms. The passages
//! (`tests/deployments_and_pullbacks/paragraphs.txt`) were coded by hand before the engine
//! ran on them; the file's header gives the conventions, and each of its sections is one
//! family of phrasings. Its NONE lines are the words' other senses (a report released, a
//! lead surrendered, a heat alert, a price-war truce), deployments for a flood or an oil
//! spill, history and a documentary.
//!
//! The test prints each passage coded wrong, then for each section and each category the
//! category recall (an event of the expected category) and the dyad share (an event of the
//! category with both scored parties right), and asserts floors just under the measured
//! figures (raise them as the coder improves, never lower them to pass).

mod common;

use common::paragraph_cases::{score_sections, Counted};

#[test]
fn pullbacks_and_deployments_are_coded_with_their_parties() {
    // Intended, threatened and refused lines expect the framed act (AGREE, THREATEN,
    // REJECT), so every event that is not negated is counted.
    let total = score_sections(
        include_str!("deployments_and_pullbacks/paragraphs.txt"),
        Counted::NotNegated,
        &["RETREAT", "MOBILIZE", "AGREE", "THREATEN", "REJECT"],
        100,
        12,
    );
    let (category, dyad) = (total.category(), total.dyad());
    // Floors just under the measured figures. First run, before any change (the honest
    // held-out estimate): category 89/112 (0.79), dyad 70/112 (0.62); RETREAT 42/56 (dyad
    // 0.59), MOBILIZE 26/35 (dyad 0.49), AGREE 8/8, THREATEN 4/4, REJECT 6/6; events of
    // the line's category 102 of 129 coded; NONE lines coded 3 of 14 (soldiers sent to a
    // flood, volunteers mobilised for an oil spill, a hospital's nurses); denied acts coded
    // as done 0 of 3. Weakest: riot police and soldiers sent against unrest at home (4/10),
    // and the country a force withdraws from or is aimed at (withdrawals from a foreign
    // place keep no recipient). After session 13 (a truce "taking hold" or "entered into
    // force" took effect, `[taking-effect-phrases]`; a truce that "held" stays a lasting
    // state, as manual_style decides; fighters who "gave themselves up" surrender;
    // "deployed the military to", "called in the Rangers", "ordered officers onto the
    // streets"; land "handed back to"; no force posture from mobilised nurses, volunteers
    // or funds, nor from forces sent to a disaster at home): category 94/112 (0.84), dyad
    // 75/112 (0.67); RETREAT 44/56, MOBILIZE 29/35; 108 of 133; NONE lines coded 1 of 14
    // (volunteers mobilised along the coast); denied acts coded as done 0 of 3.
    assert!(category >= 0.83, "category found {category:.2} fell");
    assert!(dyad >= 0.66, "dyad right {dyad:.2} fell");
    total.assert_none_coded_at_most(1);
    total.assert_no_denied_done();
}

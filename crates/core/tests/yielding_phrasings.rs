//! Yielding and cooperative acts told the way any wire story tells them (issue #9, session
//! 22): the idioms, phrasal verbs and nominal forms of CONCEDE, RETREAT, AGREE, SUPPORT,
//! COOPERATE, AID, CONSULT and MOBILIZE ("backed down", "caved in to", "let aid trucks
//! into", "laid down their arms", "disengaged", "threw its weight behind", "came to the
//! defence of", "gave its blessing to", "inked", "teamed up", "airlifted", "paid a visit",
//! "massed troops"), with traps: the same verbs in everyday senses (a club releasing a
//! player, shares rallying, a firm pulling back its plans). The passages
//! (`tests/yielding_phrasings/paragraphs.txt`) were coded by hand before the engine ran
//! on them; the file's header gives the conventions.
//!
//! The test prints each passage coded wrong, then per section and per category the
//! category recall and the dyad share, and asserts floors just under the measured figures
//! (raise them as the coder improves, never lower them to pass).

mod common;

use common::paragraph_cases::{score_sections, Counted};

#[test]
fn yielding_and_cooperative_phrasings_are_coded() {
    // Pledges, offers and agreements to act are what the AGREE lines expect: intents count.
    let total = score_sections(
        include_str!("yielding_phrasings/paragraphs.txt"),
        Counted::NotNegated,
        &[
            "CONCEDE",
            "RETREAT",
            "AGREE",
            "SUPPORT",
            "COOPERATE",
            "AID",
            "CONSULT",
            "MOBILIZE",
        ],
        60,
        8,
    );
    let (category, dyad) = (total.category(), total.dyad());
    println!("total: {}", total.with_traps());
    // Floors just under the measured figures. First run, before any change (the honest
    // held-out estimate for these families): category recall 62/66 (0.94), precision 78/91
    // (0.86), dyad 59/66 (0.89), traps coded 0 of 8. Missed: "Indian and U.S. troops kicked
    // off a joint exercise" (the coordinated adjective parsed as a clause of its own), police
    // sent to Haiti "to lead a U.N.-backed mission" (MOBILIZE 153: "U.N.-backed" is three
    // tokens, no peacekeeping context word), an amnesty (SUPPORT 056) and a pardon of
    // political prisoners (CONCEDE 082) where the line expects the release (RETREAT 0841);
    // dyads: hostages handed to the Red Cross (the channel taken as recipient), funds
    // unfrozen and troops disengaged with no recipient. After the session-22 work (hostages
    // that are a party are the release's recipient, not the Red Cross they were handed to):
    // category 62/66 (0.94), dyad 60/66 (0.91).
    assert!(category >= 0.93, "category found {category:.2} fell");
    assert!(dyad >= 0.90, "dyad right {dyad:.2} fell");
    total.assert_none_coded_at_most(0);
}

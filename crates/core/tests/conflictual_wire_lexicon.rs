//! The conflictual verbal and restrictive families in wire copy's own words (issue #9):
//! criticism and accusation (ACCUSE 11x, investigations 09x), rejection (REJECT 12x),
//! threats (THREATEN 13x), protest (PROTEST 14x), reduced relations (SANCTION 16x) and
//! sanctions, arrests, bans and seizures (COERCE 163, 17x), each told with the idioms,
//! phrasal verbs and nominal events a reporter uses ("hit out at", "took aim at",
//! "pointed the finger at", "shrugged off", "slapped sanctions on", "rounded up", "took to
//! the streets"), and traps that use the same words in sports, business and everyday
//! senses. The passages (`tests/conflictual_wire_lexicon/paragraphs.txt`) were written
//! and coded by hand before the engine ran on them (session 22); the file's header gives
//! the conventions.
//!
//! The test prints each passage coded wrong, then per category the category recall and
//! the dyad share, and asserts floors just under the measured figures (raise them as the
//! coder improves, never lower them to pass).

mod common;

use common::paragraph_cases::{score_sections, Counted};

#[test]
fn conflictual_wire_lexicon_is_coded_with_its_parties() {
    // Threats are told as intents or conditionals, so those count.
    let total = score_sections(
        include_str!("conflictual_wire_lexicon/paragraphs.txt"),
        Counted::NotNegated,
        &[
            "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "COERCE",
        ],
        50,
        10,
    );
    let (category, dyad) = (total.category(), total.dyad());
    // Floors just under the measured figures. First run, before any change (session 22):
    // the 57 events of the first six sections 51 (0.89) and 50 (0.88), NONE lines coded 1
    // of 10 (a company rejecting a takeover bid read as REJECT 1211); the ten wrongs said
    // of a party, written next, 0/10. With the predicates of wrongdoing of session 22
    // ("politicising", "harassed", "coerce", "fanning the flames", "using starvation as a
    // weapon", "hyping up", "looted", "smearing", "had no right to", "escalating
    // tensions") and "take all necessary measures against": 61/67 (0.91) and 60/67 (0.90);
    // ACCUSE 28/29, REJECT 7/8, THREATEN 6/8, PROTEST 4/5, SANCTION 6/6, COERCE 10/11.
    // A second batch of 28 refusals and wrongs in reported speech, written next, first
    // run 17/28; with "involved in the attacks", "waging a hostile campaign against",
    // "militarised", "a war against its own people" and "would not recognize the
    // jurisdiction of" 22/28. All 95: 83 (0.87) and 82 (0.86); ACCUSE 46/50, REJECT 11/15.
    // A third batch of 30 arrests, threats and refusals, first run 25/30 and dyad 21/30;
    // with "vowed a harsh response to X's strike" (a response *to* an act names its doer,
    // and a cue's prepositional "to" announces no act) and "crush any attempt at" 26/30
    // and 22/30. A fourth batch of 15 refusals, cuts and protests, run as it was written:
    // 12/15 and 11/15. All 140: 121 (0.86) and 115 (0.82).
    assert!(category >= 0.86, "category found {category:.2} fell");
    assert!(dyad >= 0.82, "dyad right {dyad:.2} fell");
    total.assert_none_coded_at_most(1);
}

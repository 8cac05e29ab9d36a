//! Acts that did not happen (session 24): acts inside a condition ("if NATO deploys new
//! forces", "unless Manila withdraws", "should warships cross", "in case China fires", "in the
//! event that", "whether"), the aims of purpose clauses ("sent troops to protect the election",
//! "in order to link their grids with Djibouti", "to deter Iran from attacking"), brokers named
//! in a compound modifier ("the Egyptian-mediated truce", "a U.S.-led proposal") and modal
//! guesses ("could face", "may impose", "would have", "risks", "is likely to", "is expected
//! to"), with traps that must stay coded: threats with their condition ("threatened to
//! retaliate if"), a withdrawal "to" a river bank, "agreed to a ceasefire", an act told as done
//! beside a forecast, a party saying it may act itself. The passages
//! (`tests/unrealised_acts/paragraphs.txt`) were coded by hand before the engine ran on them;
//! the file's header gives the conventions.
//!
//! The test prints each passage coded wrong and the per-section figures, checks that no broker
//! or aim-only party is taken as a recipient, and asserts floors just under the measured
//! figures (raise them as the coder improves, never lower them to pass).

mod common;

use common::paragraph_cases::{score_sections, Counted};
use common::{code, run};

/// Parties a passage names only as a broker or as what an aim acts on: no event of the passage
/// may take them as its recipient.
const NOT_RECIPIENTS: &[(&str, &str)] = &[
    ("Russian-brokered ceasefire", "RUS"),
    ("Egyptian-mediated truce", "EGY"),
    ("Malaysia-brokered ceasefire", "MYS"),
    ("U.S.-brokered peace agreement", "USA"),
    ("U.S.-mediated humanitarian truce", "USA"),
    ("EU-brokered ceasefire along", "IGO"),
    ("violating the U.S.-brokered ceasefire", "USA"),
    ("link their power grids with Djibouti", "DJI"),
    ("link their power grids with Djibouti", "SSD"),
];

#[test]
fn acts_that_did_not_happen() {
    let file = include_str!("unrealised_acts/paragraphs.txt");
    let total = score_sections(file, Counted::NotNegated, &[], 20, 10);
    println!("{}", total.with_traps());
    println!("{}", total.parties());
    let mut wrong_recipients = Vec::new();
    for (marker, party) in NOT_RECIPIENTS {
        let line = file
            .lines()
            .find(|l| l.contains(marker))
            .unwrap_or_else(|| panic!("no line holds {marker:?}"));
        let text = line.rsplit('|').next().unwrap();
        for e in run(text).events {
            if code(&e.recipient) == Some(party) {
                wrong_recipients.push(format!("{} {} -> {party}: {text}", e.event, e.cameo));
            }
        }
    }
    for w in &wrong_recipients {
        println!("broker or aim party as recipient: {w}");
    }
    let (category, dyad, precision) = (total.category(), total.dyad(), total.precision());
    // First run, before any change (session 24), on the first 35 lines: category 24/24
    // (1.00), dyad 22/24 (0.92), precision 31/38 (0.82), 2 of 11 traps coded ("in the event
    // that Serbia sends troops": MOBILIZE; "would have launched": THREATEN 138), four AGREE
    // events toward the aim's parties ("in order to link their power grids with Djibouti and
    // South Sudan") and the meeting "to discuss whether talks with Washington could resume"
    // coded CONSULT IRN>USA (the U.S.-led proposal line, then listed too, was recoded UKR>USA:
    // see the paragraph file's header). After the
    // session's changes (conditions opened by "in the event that", "in case", "on condition
    // that", "provided that"; "would have" + participle as counterfactual; purpose phrases
    // and "whether" ending the clause a slot is searched in; the aim of a purpose clause
    // dropped; a brokered truce or deal no act's party), on all 39 lines: category 28/28
    // (1.00), dyad 28/28 (1.00), precision 33/37 (0.89), no trap coded, no broker or aim
    // party taken as recipient.
    assert!(category >= 0.96, "category found {category:.2} fell");
    assert!(dyad >= 0.96, "dyad right {dyad:.2} fell");
    assert!(precision >= 0.86, "category precision {precision:.2} fell");
    total.assert_none_coded_at_most(0);
    assert!(wrong_recipients.is_empty(), "{wrong_recipients:?}");
}

//! Accusations on wire copy (session 31, issue #9): ACCUSE is the golden stories' largest
//! category and the one found least often on the held-out waves. The lines
//! (`tests/accuse_wire/lines.txt`) tell accusations in the shapes wire copy uses beyond "X
//! accused Y of": blame and responsibility laid on a party, criticism verbs and idioms,
//! "charged that" and reported wrongs judged by the sayer, protests lodged and diplomats
//! called in, cases filed at a court, probes and commissions of inquiry, each section with
//! look-alikes that must stay uncoded. They were coded by hand before the engine ran on them;
//! the file's header gives the conventions.
//!
//! The test prints each line coded wrong and the figures, and asserts floors just under the
//! measured figures (raise them as the coder improves, never lower them to pass).

mod common;

use common::paragraph_cases::{score_sections, Counted};

#[test]
fn accusations_told_the_ways_wire_copy_tells_them() {
    let file = include_str!("accuse_wire/lines.txt");
    let total = score_sections(file, Counted::NotNegated, &["ACCUSE"], 40, 16);
    println!("{}", total.with_traps());
    println!("{}", total.parties());
    let (category, dyad, precision) = (total.category(), total.dyad(), total.precision());
    // First run, before any change (session 31, the honest estimate): category 37/40
    // (0.93), dyad 36/40 (0.90), precision 38/51 (0.75: most of the rest are the acts
    // alleged beside their accusation, convention 4, or an expulsion beside a spying
    // charge), 3 of 16 look-alikes coded (investors criticising a company, police
    // investigating a fire, rights groups looking into reports: verbal acts kept with an
    // event as object and no party recipient, by the dev sets' measure). The canonical
    // shapes of accusation are covered; the misses were a recipient read from a
    // preposition inside another's object ("laid the blame for the attack on the embassy
    // squarely on Iran"), a progressive tagged as an adjective ("was arming rebels") and a
    // vote called a violation ("Venezuela's referendum ... was a violation of"). After the
    // fixes: category 39/40 (0.97), dyad 39/40, precision 40/53. Left: an investigation
    // into whether a party was behind an act ("investigating whether Russian intelligence
    // was behind the sabotage").
    assert!(category >= 0.95, "category found {category:.2} fell");
    assert!(dyad >= 0.95, "dyad right {dyad:.2} fell");
    assert!(precision >= 0.72, "category precision {precision:.2} fell");
}

/// An act the accused is charged with whose pattern's subject receives ("obtain > receiver
/// from"): the gerund's subject is the accused, not the accuser opening the main clause.
/// Written after the fix (session 31), as its regression check.
#[test]
fn the_accused_receives_the_act_it_is_accused_of() {
    for (text, giver, receiver) in [
        (
            "NEW YORK - The United States has accused Russia of obtaining weapons from North Korea.",
            "PRK",
            "RUS",
        ),
        (
            "KYIV - Ukraine accused Belarus of receiving tanks from Russia.",
            "RUS",
            "BLR",
        ),
    ] {
        let record = common::run_on(text, "2026-03-02");
        let aid: Vec<_> = record.events.iter().filter(|e| e.event == "AID").collect();
        assert!(
            aid.iter().any(|e| common::code(&e.actor) == Some(giver)
                && common::code(&e.recipient) == Some(receiver)),
            "{text}: {:?}",
            aid.iter()
                .map(|e| (common::code(&e.actor), common::code(&e.recipient)))
                .collect::<Vec<_>>()
        );
    }
}

//! Parties whose country comes from the words around them (issue #9): unnamed groups take
//! the country where they act, not the story's main country ("protesters outside the
//! French embassy in Niamey" are Nigerien); a compass word before a country names a part
//! of it ("southern Sudan") while "South Sudan" is a country; courts and juries named by
//! their city are that city's state; an envoy "for" or "to" a country is the sender's;
//! currencies and products named after countries are no party; groups named by their
//! region or people take the state they fight in ("Tigrayan forces": ETH). The paragraphs
//! (`tests/placed_actors/paragraphs.txt`) were coded by hand before the engine ran on
//! them; the file's header gives the conventions, each section one way of placing a party.
//!
//! The test prints each paragraph coded wrong, the category recall and dyad share per
//! section, then the actor and recipient agreement on the paragraphs whose event was
//! found, and asserts floors just under the measured figures (raise them as the coder
//! improves, never lower them to pass).

mod common;

use common::paragraph_cases::{score_sections, Counted};

#[test]
fn parties_take_the_country_of_the_place_they_act_in_or_are_named_by() {
    let total = score_sections(
        include_str!("placed_actors/paragraphs.txt"),
        Counted::Done,
        &[],
        100,
        12,
    );
    let (category, dyad, actor, recipient) = (
        total.category(),
        total.dyad(),
        total.actor(),
        total.recipient(),
    );
    println!(
        "{}\nactor right {}/{} ({actor:.2}), recipient right {}/{} ({recipient:.2})",
        total.with_traps(),
        total.actor_ok,
        total.actor_n,
        total.recipient_ok,
        total.recipient_n
    );
    // Floors just under the measured figures. First run, before any change (session 11):
    // category 97/109 (0.89), dyad 82/109 (0.75), actor 85/97 (0.88), recipient 87/96
    // (0.91), no trap coded; with three import-ban lines recoded COERCE (cameo.tsv maps 163
    // so; they were first written SANCTION by mistake): category 100/109 (0.92), dyad
    // 85/109 (0.78), actor 88/100 (0.88), recipient 90/99 (0.91).
    // Three more lines coded against cameo.tsv's map were corrected after the session's
    // changes (signing 057 SUPPORT, a finding of guilt 116 ACCUSE, tear gas 175 ASSAULT);
    // on the corrected file the first run was category 102/109, dyad 87/109. After the
    // session-11 changes (roles placed by a gazetteer place compounded before them or after
    // of/in/from, protesters place-local, no lone compass-word region, "Pan-American", the
    // Jewish settlers, Brussels as the union it seats, currencies named after countries):
    // category 106/109 (0.97), dyad 97/109 (0.89), actor 101/106 (0.95), recipient 99/105
    // (0.94), no trap coded.
    assert!(category >= 0.96, "category found {category:.2} fell");
    assert!(dyad >= 0.88, "dyad right {dyad:.2} fell");
    assert!(actor >= 0.94, "actor agreement {actor:.2} fell");
    assert!(recipient >= 0.93, "recipient agreement {recipient:.2} fell");
    assert!(
        total.none_coded == 0,
        "{} NONE lines coded: a currency, a product or a place became a party",
        total.none_coded
    );
}

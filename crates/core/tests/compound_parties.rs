//! Parties named by hyphenated compounds (issue #9, session 13): "Saudi-led coalition
//! aircraft struck Houthi positions", "Russian-installed officials in Zaporizhzhia accused
//! Ukraine", "Iran-backed militias", "pro-Russian separatists", "Pakistan-based militants",
//! "the Hamas-run health ministry", "Iranian-made drones", "a U.S.-brokered truce",
//! "anti-government protesters". The relation the compound names decides whose code the
//! party takes (golden README convention 13, "Parties named by compounds"): a leader's,
//! an installer's, a base's or an owner's code is the party's; a backer's, a maker's, a
//! broker's or an opposed party's is not. The paragraphs
//! (`tests/compound_parties/paragraphs.txt`) were coded by hand before the engine ran on
//! them; the file's header gives the conventions, and each of its sections is one family
//! of compounds.
//!
//! The test prints each paragraph coded wrong, the category recall and dyad share per
//! section, then the actor and recipient agreement on the paragraphs whose event was found,
//! and asserts floors just under the measured figures (raise them as the coder improves,
//! never lower them to pass).

mod common;

use common::paragraph_cases::{score_sections, Counted};

#[test]
fn compound_names_give_the_party_of_the_relation_they_name() {
    let total = score_sections(
        include_str!("compound_parties/paragraphs.txt"),
        Counted::NotNegated,
        &[],
        90,
        12,
    );
    let (category, dyad, actor, recipient) = (
        total.category(),
        total.dyad(),
        total.actor(),
        total.recipient(),
    );
    println!("{}", total.parties());
    // Floors just under the measured figures. First run, before any change (session 13,
    // the honest held-out estimate): category 95/106 (0.90), dyad 62/106 (0.58), actor
    // 74/95 (0.78), recipient 81/94 (0.86), NONE lines coded 0 of 16, denied acts coded as
    // done 0 of 1; the "led by a state" section had dyad 4/14 (the Saudi-led coalition
    // coded IGO, "U.S.-led" and "Taliban-led" naming no one), "installed or appointed" 5/12
    // (Russian-installed officials coded as Ukraine's). After the session-13 work (compounds
    // of leading, installing, running and basing name their party in every token shape, "pro-" compounds and backers never do, goods made in a country name it
    // in trade but not a weapon's user, the Saudi-led coalition SAU MIL, names after a
    // compound no longer dropped as part of a longer name): category 102/106 (0.96), dyad
    // 90/106 (0.85), actor 96/102 (0.94), recipient 94/101 (0.93), no NONE line coded.
    assert!(category >= 0.95, "category found {category:.2} fell");
    assert!(dyad >= 0.84, "dyad right {dyad:.2} fell");
    assert!(actor >= 0.93, "actor agreement {actor:.2} fell");
    assert!(recipient >= 0.92, "recipient agreement {recipient:.2} fell");
    assert!(
        total.none_coded == 0,
        "{} NONE lines coded: a compound named a party around no event",
        total.none_coded
    );
    assert!(total.denied_done == 0, "a denied act coded as done");
}

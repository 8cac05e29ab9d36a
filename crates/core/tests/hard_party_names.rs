//! Parties named in hard ways (issue #9, section 3): capitals and buildings standing for
//! their governments ("Beijing", "the Kremlin", "Foggy Bottom"), ministries, agencies and
//! armies by name or abbreviation ("the Treasury", "the Quai d'Orsay", "the Bundeswehr",
//! "the ISI"), armed groups under spelling variants ("the Huthis", "Hizballah",
//! "al-Shabaab"), regional governments and sub-state units (the Kurdistan Regional
//! Government, Puntland, the TPLF), towns of the Global South as the places of generic
//! agents ("gunmen in Bamenda"), and sports clubs, companies and newspapers that must not
//! become state actors. The sentences (`tests/hard_party_names/paragraphs.txt`) were coded
//! by hand before the engine ran on them; the file's header gives the conventions, and
//! each of its sections is one way of naming a party.
//!
//! The test prints each sentence coded wrong, the category recall and dyad share per
//! section, then the actor and recipient agreement on the sentences whose event was found,
//! and asserts floors just under the measured figures (raise them as the coder improves,
//! never lower them to pass).

mod common;

use common::paragraph_cases::{score_sections, Counted};

#[test]
fn parties_named_by_metonym_agency_variant_region_or_town_get_their_country() {
    let total = score_sections(
        include_str!("hard_party_names/paragraphs.txt"),
        Counted::NotNegated,
        &[],
        120,
        8,
    );
    let (category, dyad, actor, recipient) = (
        total.category(),
        total.dyad(),
        total.actor(),
        total.recipient(),
    );
    println!("{}", total.parties());
    // Floors just under the measured figures. First run, before any change (session 10):
    // category 99/120 (0.82), dyad 87/120 (0.72), actor 93/99 (0.94), recipient 91/99
    // (0.92), no NONE line coded; regional governments were the weakest section (category
    // 5/12, dyad 1/12). After the session-10 work on this set (governed regions, the
    // agencies, buildings and spellings the dictionary lacked, the ADF's code, "Congo" in
    // the gazetteer, towns taken by an attack verb, "<Name> da Praia"): category 112/120
    // (0.93), dyad 106/120 (0.88), actor 112/112 (1.00), recipient 106/112 (0.95).
    // Session 11 (roles placed by a gazetteer place, "Southern ..." no region of its own):
    // category 114/120 (0.95), dyad 108/120 (0.90), actor 114/114, recipient 108/114.
    assert!(category >= 0.94, "category found {category:.2} fell");
    assert!(dyad >= 0.89, "dyad right {dyad:.2} fell");
    assert!(actor >= 0.99, "actor agreement {actor:.2} fell");
    assert!(recipient >= 0.94, "recipient agreement {recipient:.2} fell");
    assert!(
        total.none_coded == 0,
        "{} NONE lines coded: a club, a company or a newspaper became a party",
        total.none_coded
    );
}

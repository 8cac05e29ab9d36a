//! Acting subjects that are parties named the ways news names them (issue #9, session 11):
//! a person by surname after a full first mention, a title without a name ("Pakistan's top
//! diplomat", "the army chief"), an office ("the presidency", "the foreign office", "the
//! junta"), a regional or specialised body under a long name or an acronym ("the Economic
//! Community of Central African States", "ECCAS"), an unnamed group by its role
//! ("settlers", "traders", "lawmakers"), collective and coordinated subjects ("Both sides",
//! "the two leaders", "France and Germany"), and subjects separated from their verb by a
//! long apposition or relative clause; and traps whose subject is no party ("The storm",
//! "Prices", "Analysts say"). The paragraphs (`tests/party_subjects/paragraphs.txt`) were
//! coded by hand before the engine ran on them; the file's header gives the conventions.
//!
//! The test prints each paragraph coded wrong, category recall and dyad share per section,
//! then recall, precision and dyad for the whole file, and asserts floors just under the
//! measured figures (raise them as the coder improves, never lower them to pass).

mod common;

use common::paragraph_cases::{score_sections, Counted};

#[test]
fn subjects_named_by_surname_title_office_body_role_or_collective_act_as_parties() {
    let total = score_sections(
        include_str!("party_subjects/paragraphs.txt"),
        Counted::NotNegated,
        &[],
        100,
        12,
    );
    let (dyad, actor, recipient) = (total.dyad(), total.actor(), total.recipient());
    println!("{}", total.with_traps());
    println!("{}", total.parties());
    let category = total.category();
    // Floors just under the measured figures. First run, before any change (session 11):
    // category 101/110 (0.92), dyad 92/110 (0.84), precision 117/154 (0.76), actor 96/101
    // (0.95), recipient 97/101 (0.96), no trap coded. The subjects missed: a dictionary
    // namesake under another country's title ("Colombian Defense Minister Pedro Sanchez"),
    // a name after a possessive title ("Indonesia's coordinating security minister Budi
    // Gunawan"), "the envoy" of the sentence before, settlers, "Qatar and Egypt, the two
    // mediators,", "Poland and the Baltic states", "The head of Haiti's transitional
    // council, a former banker ...,". After the session-11 work on subjects (namesakes
    // under another state's title, office adjectives before a role, a description in
    // apposition to named parties, stacked asides, quantifier asides): category 101/110
    // (0.92), dyad 95/110 (0.86), precision 118/155 (0.76), actor 99/101 (0.98),
    // recipient 97/101 (0.96), no trap coded.
    assert!(category >= 0.91, "category found {category:.2} fell");
    assert!(dyad >= 0.85, "dyad right {dyad:.2} fell");
    assert!(actor >= 0.97, "actor agreement {actor:.2} fell");
    assert!(recipient >= 0.95, "recipient agreement {recipient:.2} fell");
    assert!(
        total.none_coded == 0,
        "{} NONE lines coded: a subject that is no party became an actor",
        total.none_coded
    );
}

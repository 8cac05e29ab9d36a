//! Events inside reported speech and quotations (issue #9): what a speaker reports is an
//! event with its source ("X said Y attacked Z" is Y->Z, reported: golden convention 3),
//! while what a quotation only names or describes is not.
mod common;

use common::{find, run, show};
use sitrep_record::Modality;

#[test]
fn an_event_noun_inside_a_quotation_is_a_description() {
    let r = run(
        "\"The defense and security cooperation between the AES and ECOWAS still \
         stands,\" said Kabiru Adamu, a security analyst in Abuja.",
    );
    assert!(
        !r.events.iter().any(|e| e.event == "COOPERATE"),
        "a quoted description codes no cooperation:\n{}",
        show(&r)
    );
}

#[test]
fn quoted_warfare_is_no_attack() {
    let r = run(
        "Iran's U.N. mission said that \"Washington openly seeks to weaponize the \
         Security Council to escalate economic warfare against Iran.\"",
    );
    assert!(
        !r.events.iter().any(|e| e.event == "ASSAULT"),
        "a quoted description codes no attack:\n{}",
        show(&r)
    );
}

#[test]
fn a_quoted_movement_is_no_protest() {
    let r = run(
        "\"Doctors, teachers and farmers have all joined this civil disobedience \
         movement,\" the U.N. envoy for Myanmar told reporters.",
    );
    assert!(
        !r.events.iter().any(|e| e.event == "PROTEST"),
        "a quoted description codes no protest:\n{}",
        show(&r)
    );
}

#[test]
fn an_act_a_quotation_reports_stays() {
    let r = run("\"Russian troops shelled Kharkiv overnight,\" the Ukrainian military said.");
    let e = find(&r, "ASSAULT", "RUS", Some("UKR"))
        .unwrap_or_else(|| panic!("the quoted attack is coded:\n{}", show(&r)));
    assert_eq!(e.modality, Modality::Reported, "{}", show(&r));
}

#[test]
fn an_act_in_a_reported_clause_stays() {
    let r = run("Ukraine said Russian forces attacked Ukrainian positions near Bakhmut.");
    let e = find(&r, "ASSAULT", "RUS", Some("UKR"))
        .unwrap_or_else(|| panic!("X said Y attacked Z is Y->Z:\n{}", show(&r)));
    assert_eq!(e.modality, Modality::Reported, "{}", show(&r));
}

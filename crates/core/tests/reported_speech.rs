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

#[test]
fn a_quotation_telling_a_coded_act_again_is_no_second_event() {
    let r = run(
        "Russian forces shelled the Ukrainian city of Kharkiv on Monday. \
         \"Russian troops shelled Kharkiv through the night,\" the Ukrainian military said.",
    );
    let attacks = r
        .events
        .iter()
        .filter(|e| e.event == "ASSAULT")
        .collect::<Vec<_>>();
    assert_eq!(attacks.len(), 1, "one attack, told twice:\n{}", show(&r));
    assert!(
        attacks[0].sentence.index == 0,
        "coded where the story tells it:\n{}",
        show(&r)
    );
}

#[test]
fn a_speaker_s_present_act_in_a_quotation_stays() {
    let r = run(
        "India backed Mauritius in its dispute with Britain on Monday. \
         \"We support Mauritius in its stance on its sovereignty,\" the Indian foreign \
         minister said.",
    );
    let support = r
        .events
        .iter()
        .filter(|e| e.event == "SUPPORT" && e.sentence.index == 1)
        .count();
    assert_eq!(support, 1, "the speaker's own act is coded:\n{}", show(&r));
}

#[test]
fn a_few_quoted_words_in_the_writer_s_sentence_are_no_restatement() {
    let r = run(
        "Russian forces shelled the Ukrainian city of Kharkiv on Monday. \
         The Ukrainian military said Russian troops had \"shelled and stormed\" Ukrainian \
         positions near Bakhmut overnight.",
    );
    let later = r
        .events
        .iter()
        .filter(|e| e.event == "ASSAULT" && e.sentence.index == 1)
        .count();
    assert!(
        later >= 1,
        "the writer's report keeps its act:\n{}",
        show(&r)
    );
}

#[test]
fn a_hope_about_what_parties_will_do_is_no_act() {
    let r = run(
        "The Kenyan foreign minister said he hopes Ethiopia will sign the border \
         agreement with Somalia next month.",
    );
    assert!(
        !r.events
            .iter()
            .any(|e| e.event == "SUPPORT" || e.event == "AGREE"),
        "a wish codes no signing and no promise:\n{}",
        show(&r)
    );
}

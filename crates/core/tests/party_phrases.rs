//! Phrases that name the parties of an event without naming them (issue #9): the story's
//! pair ("the two countries", "both sides"), and generic agents. Sentences written for the
//! purpose, in the style of wire copy.

mod common;

use common::{code, find, run, show};

#[test]
fn the_two_countries_after_a_sentence_naming_them_are_that_pair() {
    let r = run(
        "Peru and Chile ended a long dispute over fishing rights on Monday. \
         The two countries signed an agreement on their maritime border.",
    );
    // CAMEO 057, "sign formal agreement", is PLOVER SUPPORT.
    assert!(
        find(&r, "SUPPORT", "PER", Some("CHL")).is_some()
            && find(&r, "SUPPORT", "CHL", Some("PER")).is_some(),
        "{}",
        show(&r)
    );
}

#[test]
fn both_sides_accusing_each_other_is_coded_both_ways() {
    let r = run(
        "Fighting between Armenia and Azerbaijan flared again overnight. \
         Both sides accused each other of violating the ceasefire.",
    );
    assert!(
        find(&r, "ACCUSE", "ARM", Some("AZE")).is_some()
            && find(&r, "ACCUSE", "AZE", Some("ARM")).is_some(),
        "{}",
        show(&r)
    );
}

#[test]
fn the_two_leaders_are_the_pair_named_before() {
    let r = run(
        "Indian Prime Minister Narendra Modi arrived in Dhaka on Tuesday to see \
         Bangladeshi officials. The two leaders met behind closed doors for three hours.",
    );
    assert!(
        find(&r, "CONSULT", "IND", Some("BGD")).is_some()
            && find(&r, "CONSULT", "BGD", Some("IND")).is_some(),
        "{}",
        show(&r)
    );
}

#[test]
fn a_pair_phrase_with_no_pair_before_it_codes_nothing() {
    // Three parties before: which two is unknown.
    let r = run(
        "Ministers from France, Germany and Italy gathered in Rome. \
         The two countries signed an agreement on energy.",
    );
    assert!(
        !r.events.iter().any(|e| e.trigger.text == "signed"),
        "{}",
        show(&r)
    );
    // No party at all before.
    let r = run("The talks dragged on for weeks. Both sides signed an agreement on Friday.");
    assert!(r.events.is_empty(), "{}", show(&r));
}

#[test]
fn when_the_sentences_before_name_one_party_each_the_story_s_dominant_pair_is_meant() {
    let r = run("Ethiopia reopened its border crossings on Monday. \
         Eritrea gave no reason for the delay on its side. \
         Ethiopia said trade would resume within a week. \
         Eritrea has kept its crossings closed since 2018. \
         The two countries signed an agreement on customs.");
    assert!(
        find(&r, "SUPPORT", "ETH", Some("ERI")).is_some()
            && find(&r, "SUPPORT", "ERI", Some("ETH")).is_some(),
        "{}",
        show(&r)
    );
}

#[test]
fn the_reporter_of_both_sides_is_not_one_of_them() {
    // The sentences before name one party each: the story's dominant pair, less the
    // reporter, is one country's two forces, which codes cannot tell apart.
    let r = run(
        "The army has fought the Rapid Support Forces since April 2023. \
         The United Nations has counted thousands of dead. \
         The United Nations said both sides accused each other of shelling civilians.",
    );
    let igo = Some("IGO");
    assert!(
        !r.events.iter().any(|e| e.event == "ACCUSE"
            && (common::code(&e.actor) == igo || common::code(&e.recipient) == igo)),
        "{}",
        show(&r)
    );
}

#[test]
fn the_chinese_side_is_china_and_a_side_of_the_border_is_not() {
    let r = run(
        "Trade officials from China and Vietnam met in Hanoi on Monday. \
         The Chinese side accused Vietnam of dumping steel.",
    );
    assert!(
        find(&r, "ACCUSE", "CHN", Some("VNM")).is_some(),
        "{}",
        show(&r)
    );
    let r = run("Refugees gathered on the Polish side of the border and protested.");
    assert!(
        !r.entities.iter().any(|e| e
            .mentions
            .iter()
            .any(|m| r.text[m.start..m.end].contains("side"))),
        "{:?}",
        r.entities
    );
}

#[test]
fn a_sentence_opening_they_continues_the_group_before() {
    let r = run(
        "Thousands of protesters marched through central Nairobi on Monday. \
         They demanded the resignation of the interior minister.",
    );
    let they = r
        .events
        .iter()
        .find(|e| e.trigger.text == "demanded")
        .unwrap_or_else(|| panic!("{}", show(&r)));
    assert_eq!(
        they.actor.as_ref().and_then(|p| p.sector.as_deref()),
        Some("OPP"),
        "{}",
        show(&r)
    );
    // Two parties open the sentence before: "they" is left unresolved.
    let r = run(
        "Protesters and police clashed in central Nairobi on Monday. \
         They accused each other of starting the violence.",
    );
    assert!(
        !r.events
            .iter()
            .any(|e| e.trigger.text == "accused" && e.actor.is_some()),
        "{}",
        show(&r)
    );
}

#[test]
fn a_counted_group_is_the_subject_with_its_count() {
    for (text, sector) in [
        (
            "Hundreds of protesters stormed the parliament building in Nairobi on Monday.",
            "OPP",
        ),
        (
            "Thousands of residents marched against the Kenyan government in Nairobi.",
            "CVL",
        ),
        (
            "Tens of thousands of workers went on strike across Kenya on Monday.",
            "LAB",
        ),
    ] {
        let r = run(text);
        let actor = r
            .events
            .first()
            .and_then(|e| e.actor.as_ref())
            .unwrap_or_else(|| panic!("{text}\n{}", show(&r)));
        assert_eq!(
            (actor.code.as_deref(), actor.sector.as_deref()),
            (Some("KEN"), Some(sector)),
            "{text}\n{}",
            show(&r)
        );
    }
}

#[test]
fn mourners_settlers_herdsmen_and_inmates_are_parties() {
    for text in [
        "Mourners attacked a police station in Kenya on Monday.",
        "Settlers attacked a village in Kenya on Monday.",
        "Herdsmen attacked a village in Kenya on Monday.",
        "Inmates attacked prison guards in Kenya on Monday.",
    ] {
        let r = run(text);
        assert!(
            r.events
                .iter()
                .any(|e| e.event == "ASSAULT" && common::code(&e.actor) == Some("KEN")),
            "{text}\n{}",
            show(&r)
        );
    }
}

#[test]
fn each_other_after_a_coordinated_subject_is_the_other_party() {
    for (text, a, b) in [
        (
            "Armenia and Azerbaijan accused each other of violating the ceasefire on Monday.",
            "ARM",
            "AZE",
        ),
        (
            "India and Pakistan blamed one another for the border clash.",
            "IND",
            "PAK",
        ),
    ] {
        let r = run(text);
        assert!(
            find(&r, "ACCUSE", a, Some(b)).is_some() && find(&r, "ACCUSE", b, Some(a)).is_some(),
            "{text}\n{}",
            show(&r)
        );
    }
}

#[test]
fn a_count_of_a_country_s_people_is_that_country_s_civilians() {
    for (text, country) in [
        (
            "Tens of thousands of Sudanese protested against the government in Khartoum.",
            "SDN",
        ),
        (
            "Thousands of Afghans protested outside the Pakistani embassy on Monday.",
            "AFG",
        ),
    ] {
        let r = run(text);
        let actor = r
            .events
            .first()
            .and_then(|e| e.actor.as_ref())
            .unwrap_or_else(|| panic!("{text}\n{}", show(&r)));
        assert_eq!(
            (actor.code.as_deref(), actor.sector.as_deref()),
            (Some(country), Some("CVL")),
            "{text}\n{}",
            show(&r)
        );
    }
    // With no target and no place, a country's people protest at home.
    let r = run("Tens of thousands of Sudanese began protesting late last year.");
    assert!(
        find(&r, "PROTEST", "SDN", Some("SDN")).is_some(),
        "{}",
        show(&r)
    );
}

#[test]
fn students_take_the_story_s_country_and_analysts_do_not() {
    let r = run(
        "Kenya raised university fees this year. Kenya's parliament approved the rise. \
         Students protested outside parliament on Monday. \
         Analysts accused the government of ignoring the poor.",
    );
    let protest = r
        .events
        .iter()
        .find(|e| e.event == "PROTEST")
        .unwrap_or_else(|| panic!("{}", show(&r)));
    assert_eq!(common::code(&protest.actor), Some("KEN"), "{}", show(&r));
    assert!(
        !r.events
            .iter()
            .any(|e| e.event == "ACCUSE" && common::code(&e.actor).is_some()),
        "{}",
        show(&r)
    );
}

#[test]
fn the_sides_and_the_rivals_are_the_pair_named_before() {
    let r = run(
        "Israel and Hezbollah exchanged fire across the border on Monday. \
         The rivals accused each other of starting the fighting.",
    );
    assert!(
        find(&r, "ACCUSE", "ISR", Some("LBN")).is_some()
            && find(&r, "ACCUSE", "LBN", Some("ISR")).is_some(),
        "{}",
        show(&r)
    );
}

#[test]
fn a_bare_count_of_people_is_a_crowd_and_a_count_of_things_is_not() {
    let r = run("Hundreds rallied in Nairobi against the Kenyan government on Monday.");
    let actor = r
        .events
        .iter()
        .find(|e| e.event == "PROTEST")
        .and_then(|e| e.actor.as_ref())
        .unwrap_or_else(|| panic!("{}", show(&r)));
    assert_eq!(actor.sector.as_deref(), Some("CVL"), "{}", show(&r));
    let r = run("Hezbollah fired hundreds of rockets at Israel on Monday.");
    assert!(
        !r.entities
            .iter()
            .any(|e| e.sector.as_deref() == Some("CVL")),
        "{:?}",
        r.entities
    );
}

#[test]
fn a_bare_role_opening_a_headline_is_its_subject() {
    let r = run("Militia Expands Recruitment in Northwest As Talks Fail");
    assert!(
        r.events
            .iter()
            .any(|e| e.event == "MOBILIZE" && e.actor.is_some()),
        "{}",
        show(&r)
    );
    // In prose a bare singular role is no party ("Court hearings resumed").
    let r = run(
        "Kenya's parliament met on Monday. Court hearings resumed in Nairobi after the \
         strike.",
    );
    assert!(
        !r.entities.iter().any(|e| e.text == "Court"),
        "{:?}",
        r.entities
    );
}

/// The sector of a party, for the tests of generic agents below.
fn sector(p: &Option<sitrep_record::Party>) -> Option<&str> {
    p.as_ref().and_then(|p| p.sector.as_deref())
}

#[test]
fn people_arrested_during_a_protest_made_the_protest() {
    let r = run("Police in Harare arrested 40 opposition supporters during a protest on Saturday.");
    assert!(
        r.events.iter().any(|e| e.event == "COERCE")
            && r.events
                .iter()
                .any(|e| e.event == "PROTEST" && code(&e.actor) == Some("ZWE")),
        "{}",
        show(&r)
    );
    // A journalist at a rally is there to report it: no protest of theirs.
    let r = run("Police in Harare arrested a journalist at a rally on Saturday.");
    assert!(
        !r.events.iter().any(|e| e.event == "PROTEST"),
        "{}",
        show(&r)
    );
}

#[test]
fn supporters_after_a_party_name_are_that_party() {
    let r = run("ZANU-PF supporters marched through Bulawayo on Saturday.");
    assert!(
        r.events
            .iter()
            .any(|e| e.event == "PROTEST" && sector(&e.actor) == Some("PTY")),
        "{}",
        show(&r)
    );
}

#[test]
fn a_perpetrator_described_by_an_adjective_is_still_an_actor() {
    let r = run("An unidentified gunman shot dead a shopkeeper in Peshawar on Sunday.");
    assert!(
        r.events
            .iter()
            .any(|e| e.event == "ASSAULT" && code(&e.actor) == Some("PAK")),
        "{}",
        show(&r)
    );
}

#[test]
fn an_indefinite_role_hit_by_an_attack_gives_the_target_its_sector() {
    let r = run("Militants kidnapped a police officer near Bannu on Sunday.");
    assert!(
        r.events.iter().any(|e| e.event == "ASSAULT"
            && code(&e.recipient) == Some("PAK")
            && sector(&e.recipient) == Some("COP")),
        "{}",
        show(&r)
    );
}

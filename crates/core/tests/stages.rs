//! One test group per pipeline stage, on sentences written for the purpose in the style
//! of wire copy. Each asserts what the stage must get right.

mod common;

use common::{code, find, run_on as run};
use sitrep_record::{Modality, Record};

fn entity<'r>(r: &'r Record, text: &str) -> &'r sitrep_record::Entity {
    r.entities
        .iter()
        .find(|e| e.text == text)
        .unwrap_or_else(|| panic!("no entity {text}: {:#?}", r.entities))
}

// ---- actors (recognize) ----

#[test]
fn actors_from_titles_appositions_and_coreference() {
    let r = run(
        "French President Emmanuel Macron met lawmaker Park Ji-won in Paris on Monday. \
         Lim Eul-chul, a professor at Kyungnam University, said the visit mattered. \
         North Korean leader Kim Jong Un criticized the French leader, and Kim later met Russian troops. \
         Pyongyang acknowledged the meeting, South Korean intelligence said.",
        "2025-06-05",
    );
    let macron = entity(&r, "Emmanuel Macron");
    assert_eq!(
        (macron.code.as_deref(), macron.sector.as_deref()),
        (Some("FRA"), Some("GOV"))
    );
    let park = entity(&r, "Park Ji-won");
    assert_eq!(park.sector.as_deref(), Some("LEG"));
    assert_eq!(park.role.as_deref(), Some("lawmaker"));
    let lim = entity(&r, "Lim Eul-chul");
    assert_eq!(lim.sector.as_deref(), Some("EDU"));
    assert_eq!(
        lim.code.as_deref(),
        Some("KOR"),
        "country from the apposition's university"
    );
    let kim = entity(&r, "Kim Jong Un");
    assert_eq!(
        kim.mentions.len(),
        2,
        "\"Kim\" later in the text is the same person"
    );
    assert!(
        macron.mentions.len() >= 2,
        "\"the French leader\" refers back to Macron"
    );
    let prk = entity(&r, "North Korea");
    let pyongyang = r.text.find("Pyongyang acknowledged").unwrap();
    assert!(
        prk.mentions.iter().any(|m| m.start == pyongyang),
        "the capital as metonym for the state"
    );
    let intel = entity(&r, "South Korean intelligence");
    assert_eq!(
        (intel.code.as_deref(), intel.sector.as_deref()),
        (Some("KOR"), Some("SPY"))
    );
    let troops = entity(&r, "Russian troops");
    assert_eq!(
        (troops.code.as_deref(), troops.sector.as_deref()),
        (Some("RUS"), Some("MIL"))
    );
}

// ---- events ----

#[test]
fn events_across_sentence_structures() {
    let r = run(
        "Russia and North Korea signed a military pact in Pyongyang on Wednesday. \
         Pakistan was praised by China. \
         Ukraine launched a large-scale drone strike on Russia overnight. \
         South Korea accused North Korea of supplying weapons to Russia. \
         Japan did not attack China.",
        "2025-06-05",
    );
    for (a, b) in [("RUS", "PRK"), ("PRK", "RUS")] {
        let e = find(&r, "SUPPORT", a, Some(b))
            .unwrap_or_else(|| panic!("signing {a}->{b}: {:#?}", r.events));
        assert_eq!(e.cameo, "057");
        assert_eq!(e.date.as_deref(), Some("2025-06-04"));
        assert_eq!(
            e.location.as_ref().map(|l| l.text.as_str()),
            Some("Pyongyang")
        );
        assert!(
            e.rule.contains("events.txt line"),
            "the rule cites its pattern"
        );
    }
    let praise = r
        .events
        .iter()
        .find(|e| e.trigger.text == "praised")
        .expect("passive coded");
    assert_eq!(
        code(&praise.actor),
        Some("CHN"),
        "the by-agent is the actor"
    );
    assert_eq!(
        code(&praise.recipient),
        Some("PAK"),
        "the passive subject is the recipient"
    );
    let strike =
        find(&r, "ASSAULT", "UKR", Some("RUS")).expect("a nominal strike with its light verb");
    assert_eq!(strike.quad, sitrep_record::Quad::MaterialConflict);
    assert!(find(&r, "ACCUSE", "KOR", Some("PRK")).is_some());
    let supply = find(&r, "AID", "PRK", Some("RUS")).expect("the accused supply is coded too");
    assert_eq!(supply.modality, Modality::Alleged);
    assert_eq!(
        code(&supply.sources.first().cloned()),
        Some("KOR"),
        "the accuser is the source"
    );
    let attack = r
        .events
        .iter()
        .find(|e| e.trigger.text == "attack")
        .expect("the negated attack");
    assert!(attack.negated);
}

#[test]
fn a_counted_group_refers_back_to_the_parties_last_listed() {
    let r = run(
        "Burkina Faso, Mali and Niger left ECOWAS in January. \
         The three military-led nations accused the regional body of failing its members. \
         Russia, China and Iran held naval drills. The trio condemned the United States.",
        "2025-02-01",
    );
    for a in ["BFA", "MLI", "NER"] {
        assert!(
            find(&r, "ACCUSE", a, Some("IGO")).is_some(),
            "{a} -> IGO: {:#?}",
            r.events
        );
    }
    for a in ["RUS", "CHN", "IRN"] {
        assert!(
            find(&r, "ACCUSE", a, Some("USA")).is_some(),
            "{a} -> USA: {:#?}",
            r.events
        );
    }
    // A count that matches no list names no one.
    let r = run(
        "Russia and China held drills. The four countries condemned the United States.",
        "2025-02-01",
    );
    assert!(
        !r.events.iter().any(|e| e.event == "ACCUSE"),
        "{:#?}",
        r.events
    );
}

#[test]
fn headings_and_reporting_verbs_are_not_events() {
    let r = run(
        "Russia Attacks Ukraine\nOfficials said on Tuesday that the talks had ended.\nWhat you should know\nRussia attacked Ukraine.",
        "2025-06-05",
    );
    assert!(
        r.events.iter().all(|e| e.trigger.text != "Attacks"),
        "no event from a heading"
    );
    assert!(
        r.events.iter().all(|e| e.trigger.text != "said"),
        "a reporting verb is not an event"
    );
    assert!(
        r.events.iter().all(|e| e.trigger.text != "attacked"),
        "the recap box restates, it is not coded again"
    );
}

// ---- provenance ----

#[test]
fn sources_and_modality() {
    let r = run(
        "Iran seized a tanker in the Gulf, according to a report by Reuters. \
         Russia is believed to have supplied North Korea with missiles. \
         Israel reportedly struck Hezbollah targets. \
         Hamas claimed that Israel attacked Gaza. \
         China will impose sanctions on Taiwan. \
         NATO could deploy troops to Estonia if Russia attacks.",
        "2025-06-05",
    );
    let seize = find(&r, "COERCE", "IRN", None)
        .or_else(|| r.events.iter().find(|e| e.trigger.text == "seized"))
        .expect("seizure");
    assert_eq!(seize.modality, Modality::Reported);
    assert_eq!(
        seize.sources.first().and_then(|s| s.org.as_deref()),
        Some("REUTERS").or(seize.sources.first().and_then(|s| s.org.as_deref()))
    );
    assert!(
        seize.sources.iter().any(|s| s.text.contains("Reuters")),
        "{:?}",
        seize.sources
    );
    let supply = find(&r, "AID", "RUS", Some("PRK")).expect("supply");
    assert_eq!(supply.modality, Modality::Believed);
    let strike = r
        .events
        .iter()
        .find(|e| e.trigger.text == "struck")
        .expect("strike");
    assert_eq!(strike.modality, Modality::Believed);
    let gaza = r
        .events
        .iter()
        .find(|e| e.trigger.text == "attacked" && code(&e.actor) == Some("ISR"))
        .expect("claimed attack");
    assert_eq!(gaza.modality, Modality::Claimed);
    assert!(gaza.sources.iter().any(|s| s.text.contains("Hamas")));
    let sanction = r
        .events
        .iter()
        .find(|e| e.trigger.text == "impose")
        .expect("sanctions");
    assert_eq!(sanction.modality, Modality::Intended);
    let deploy = r
        .events
        .iter()
        .find(|e| e.trigger.text == "deploy")
        .expect("deployment");
    assert_eq!(deploy.modality, Modality::Hypothetical);
}

// ---- context: dates, places, quantities, quotes, key points ----

#[test]
fn dates_resolve_against_a_monday_publication() {
    // 2025-06-02 is a Monday: "on Wednesday" is the Wednesday before it.
    let r = run(
        "Russia attacked Ukraine on Wednesday, killing at least 12 people.",
        "2025-06-02",
    );
    let e = find(&r, "ASSAULT", "RUS", Some("UKR")).expect("attack");
    assert_eq!(e.date.as_deref(), Some("2025-05-28"));
    assert_eq!(e.date_precision, Some(sitrep_record::Precision::Day));
    let q = r
        .quantities
        .iter()
        .find(|q| q.kind == sitrep_record::QuantityKind::Killed)
        .expect("casualties");
    assert_eq!(q.min.or(q.value), Some(12.0));
    assert!(
        e.quantities.contains(&q.id),
        "the count is linked to its event"
    );
}

#[test]
fn a_year_is_a_date_not_a_quantity_and_events_default_to_publication() {
    let r = run(
        "In 2023, Turkey criticized Sweden. Turkey also criticized Finland.",
        "2025-06-05",
    );
    assert!(r.quantities.iter().all(|q| q.text != "2023"));
    let e = find(&r, "ACCUSE", "TUR", Some("SWE")).expect("criticism");
    assert_eq!(e.date.as_deref(), Some("2023"));
    let later = find(&r, "ACCUSE", "TUR", Some("FIN")).expect("second criticism");
    assert_eq!(
        later.date.as_deref(),
        Some("2025-06-05"),
        "no date in the sentence: the publication date"
    );
}

#[test]
fn quotes_with_and_without_speakers_and_key_points() {
    let r = run(
        "Kenya's foreign minister Musalia Mudavadi condemned the attack on Monday. \
         “We will not be intimidated,” Mudavadi told reporters. \
         “Peace is possible.” \
         Police arrested 40 people in Nairobi.",
        "2025-06-05",
    );
    let q = r
        .quotes
        .iter()
        .find(|q| q.text.starts_with("We will not"))
        .expect("quote");
    assert_eq!(
        q.speaker.as_ref().map(|s| s.text.as_str()),
        Some("Musalia Mudavadi")
    );
    assert!(
        !r.key_points.is_empty() && r.key_points.len() <= 5,
        "{:?}",
        r.key_points
    );
}

// ---- assemble: what an attack with no named party hits ----

#[test]
fn an_attack_on_a_place_hits_its_people_or_its_forces() {
    let sector_hit = |text: &str| -> (Option<String>, Option<String>) {
        let r = run(text, "2025-06-15");
        let e = r
            .events
            .iter()
            .find(|e| e.event == "ASSAULT")
            .unwrap_or_else(|| panic!("no attack in {text}: {:#?}", r.events));
        let p = e.recipient.as_ref().expect("a recipient");
        (p.code.clone(), p.sector.clone())
    };
    let cvl = (Some("NGA".to_string()), Some("CVL".to_string()));
    let mil = (Some("NGA".to_string()), Some("MIL".to_string()));
    assert_eq!(
        sector_hit("Gunmen attacked a village in Zamfara state."),
        cvl
    );
    assert_eq!(
        sector_hit("Militants set fire to dozens of homes in Zamfara state."),
        cvl
    );
    assert_eq!(
        sector_hit("Jihadists attacked a military outpost in Zamfara state."),
        mil
    );
    // A target that names no kind of place stays the country alone.
    assert_eq!(
        sector_hit("Gunmen opened fire in Zamfara state."),
        (Some("NGA".to_string()), None)
    );
}

#[test]
fn a_protest_or_a_restriction_with_no_named_party_is_aimed_at_the_country() {
    let r = run("Farmers protested in Lagos on Monday.", "2025-06-15");
    let protest = r
        .events
        .iter()
        .find(|e| e.event == "PROTEST")
        .unwrap_or_else(|| panic!("no protest: {:#?}", r.events));
    assert_eq!(code(&protest.recipient), Some("NGA"), "{}", protest.rule);
    let r = run(
        "Chile's government imposed a nationwide curfew.",
        "2025-06-15",
    );
    let curfew = r
        .events
        .iter()
        .find(|e| e.event == "COERCE")
        .unwrap_or_else(|| panic!("no curfew: {:#?}", r.events));
    assert_eq!(code(&curfew.recipient), Some("CHL"), "{}", curfew.rule);
}

#[test]
fn an_armed_group_or_a_police_force_with_no_named_target_acts_at_home() {
    let r = run(
        "Al-Shabaab fighters attacked a military convoy on Monday.",
        "2025-06-15",
    );
    let attack = r
        .events
        .iter()
        .find(|e| e.event == "ASSAULT")
        .unwrap_or_else(|| panic!("no attack: {:#?}", r.events));
    assert_eq!(code(&attack.actor), Some("SOM"), "{}", attack.rule);
    assert_eq!(code(&attack.recipient), Some("SOM"), "{}", attack.rule);
    // A foreign army is not assumed to fight at home.
    let r = run("Russian troops opened fire overnight.", "2025-06-15");
    let attack = r
        .events
        .iter()
        .find(|e| e.event == "ASSAULT")
        .unwrap_or_else(|| panic!("no attack: {:#?}", r.events));
    assert_eq!(code(&attack.recipient), None, "{}", attack.rule);
}

//! Appeals, demands and intentions (issue #9, REQUEST and AGREE recall): the party asked
//! to act when the sentence names none, and demands said with "should". Sentences written
//! for the purpose in the style of wire copy.

mod common;

use common::{find, run, show};
use sitrep_record::Modality;

/// A story about one country: Myanmar dominates its mentions.
const MYANMAR: &str = "Security forces in Myanmar detained hundreds of protesters in \
    Yangon on Sunday. Myanmar's junta said the rallies were illegal. Myanmar has banned \
    public gatherings since the coup. ";

#[test]
fn an_appeal_naming_no_one_asked_goes_to_the_story_country() {
    let text = format!("{MYANMAR}The United Nations called for an end to the violence.");
    let r = run(&text);
    let e = find(&r, "REQUEST", "IGO", Some("MMR")).unwrap_or_else(|| panic!("{}", show(&r)));
    assert!(e.rule.contains("the story's country"), "{}", e.rule);
    // At home, protesters ask the state.
    let text = format!("{MYANMAR}Student activists demanded the release of the detainees.");
    let r = run(&text);
    assert!(
        r.events.iter().any(|e| e.event == "REQUEST"
            && e.recipient.as_ref().and_then(|p| p.code.as_deref()) == Some("MMR")),
        "{}",
        show(&r)
    );
}

#[test]
fn the_story_country_is_not_asked_by_its_own_state_nor_over_a_named_party() {
    for tail in [
        // The state's own call asks someone the sentence leaves unnamed.
        "The junta called for an end to the violence.",
        // Another party is named, which the slots did not take: no guess from the story.
        "The United Nations called for an end to the violence, a day after Thailand closed the border.",
    ] {
        let r = run(&format!("{MYANMAR}{tail}"));
        assert!(
            r.events
                .iter()
                .filter(|e| e.event == "REQUEST")
                .all(|e| !e.rule.contains("the story's country")),
            "{tail}: {}",
            show(&r)
        );
    }
    // A story no country dominates names no one asked.
    let r = run("The United Nations called for an end to the violence.");
    assert!(
        r.events.iter().all(|e| e.event != "REQUEST"),
        "{}",
        show(&r)
    );
}

#[test]
fn a_demand_said_with_should_is_made_not_hypothetical() {
    for (text, recipient) in [
        ("Germany said Russia should accept the ceasefire.", "RUS"),
        (
            "Amnesty International said Egypt should respond to the report.",
            "EGY",
        ),
        (
            "Kenya should reopen the border, Uganda's foreign minister said.",
            "KEN",
        ),
    ] {
        let r = run(text);
        let e = r
            .events
            .iter()
            .find(|e| {
                e.event == "REQUEST"
                    && e.recipient.as_ref().and_then(|p| p.code.as_deref()) == Some(recipient)
            })
            .unwrap_or_else(|| panic!("{text}: {}", show(&r)));
        assert_ne!(e.modality, Modality::Hypothetical, "{text}: {}", show(&r));
    }
    // "should" of an act no one demands stays hypothetical, and so out of the record.
    let r = run("Analysts said the talks should resume next month.");
    assert!(
        r.events.iter().all(|e| e.event != "REQUEST"),
        "{}",
        show(&r)
    );
}

#[test]
fn an_appeal_about_a_definite_act_asks_its_author() {
    let r = run(
        "The European Union imposed new sanctions on Belarus on Monday. Lithuania \
        and Estonia called for the measures to be extended to potash exporters.",
    );
    for actor in ["LTU", "EST"] {
        let e = find(&r, "REQUEST", actor, Some("IGO")).unwrap_or_else(|| panic!("{}", show(&r)));
        assert!(e.rule.contains("author of the act"), "{}", e.rule);
    }
}

#[test]
fn the_party_asked_may_have_an_of_complement() {
    let r = run("Lebanon wants the government of Pakistan to lift the sanctions.");
    let e = find(&r, "REQUEST", "LBN", Some("PAK")).unwrap_or_else(|| panic!("{}", show(&r)));
    assert!(e.rule.contains("frame appeal"), "{}", e.rule);
    assert!(
        r.events.iter().all(|e| e.event != "RETREAT"),
        "the wanted act has not happened: {}",
        show(&r)
    );
}

#[test]
fn with_no_story_country_the_sentence_place_is_asked() {
    let r = run(
        "Amnesty International called for accountable leadership after the kidnappings in Egypt.",
    );
    let e = find(&r, "REQUEST", "NGO", Some("EGY")).unwrap_or_else(|| panic!("{}", show(&r)));
    assert!(e.rule.contains("the story's country"), "{}", e.rule);
    // Places in two countries: no one place where the matter lies.
    let r = run("Amnesty International called for accountable leadership after the kidnappings in Egypt and Libya.");
    assert!(
        r.events
            .iter()
            .all(|e| !e.rule.contains("the story's country")),
        "{}",
        show(&r)
    );
}

#[test]
fn should_know_is_a_warning_not_a_demand() {
    let r = run("Kabul said the insurgents should know that they will not win the war.");
    assert!(
        r.events.iter().all(|e| e.event != "REQUEST"),
        "{}",
        show(&r)
    );
    // An act after the same modal is demanded.
    let r = run("Kabul said Pakistan should hand over the militants.");
    assert!(
        r.events.iter().any(|e| e.event == "REQUEST"),
        "{}",
        show(&r)
    );
}

#[test]
fn a_foreign_offer_naming_no_one_is_made_to_the_story_country() {
    let r = run(&format!(
        "{MYANMAR}Japan and Australia offered to send humanitarian aid."
    ));
    for actor in ["JPN", "AUS"] {
        let e = find(&r, "AGREE", actor, Some("MMR")).unwrap_or_else(|| panic!("{}", show(&r)));
        assert!(e.rule.contains("the story's country"), "{}", e.rule);
    }
    // The state's own pledge at home is not made to itself.
    let r = run(&format!(
        "{MYANMAR}The junta offered to send humanitarian aid."
    ));
    assert!(
        r.events
            .iter()
            .all(|e| !e.rule.contains("the story's country")),
        "{}",
        show(&r)
    );
}

#[test]
fn foreign_aid_naming_no_one_goes_to_the_story_country() {
    let r = run(&format!(
        "{MYANMAR}Japan sent emergency food aid on Tuesday."
    ));
    let e = find(&r, "AID", "JPN", Some("MMR")).unwrap_or_else(|| panic!("{}", show(&r)));
    assert!(e.rule.contains("the story's country"), "{}", e.rule);
}

#[test]
fn donors_offering_together_offer_to_the_story_country_not_to_each_other() {
    let r = run(&format!(
        "{MYANMAR}Reuters reported that Canada and Australia offered to resettle the refugees."
    ));
    for actor in ["CAN", "AUS"] {
        let e = find(&r, "AGREE", actor, Some("MMR")).unwrap_or_else(|| panic!("{}", show(&r)));
        assert_eq!(e.cameo, "0333", "{}", show(&r));
    }
    assert!(
        find(&r, "AGREE", "CAN", Some("AUS")).is_none(),
        "{}",
        show(&r)
    );
}

#[test]
fn an_appeal_for_the_release_of_ones_own_people_goes_to_who_holds_them() {
    // The object names the appealing party's own people: the party asked is the one the
    // holding participle's "in" or "by" names.
    for (text, actor, holder) in [
        (
            "Britain demanded the return of British sailors seized by Iran.",
            "GBR",
            "IRN",
        ),
        (
            "Australia called for the release of an Australian journalist jailed in Russia on Tuesday.",
            "AUS",
            "RUS",
        ),
        (
            "Japan urged the release of Japanese nationals detained in China.",
            "JPN",
            "CHN",
        ),
    ] {
        let r = run(text);
        assert!(
            find(&r, "REQUEST", actor, Some(holder)).is_some(),
            "{text}: {}",
            show(&r)
        );
    }
    // No holder named: no one to ask.
    let r = run("Canada called for the release of Canadians in the country.");
    assert!(
        r.events.iter().all(|e| e.event != "REQUEST"),
        "{}",
        show(&r)
    );
}

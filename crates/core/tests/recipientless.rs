//! Events coded without a recipient (issue #9): the recipient found where the text names
//! it outside the pattern's slots, and comments aimed at no one left uncoded (golden
//! convention 10). Sentences written for the purpose in the style of wire copy.

mod common;

use common::{find, run, show};

#[test]
fn concern_voiced_that_a_party_did_something_is_aimed_at_that_party() {
    let r = run("Japan expressed deep concern that China had deployed missiles near the islands.");
    assert!(
        find(&r, "ACCUSE", "JPN", Some("CHN")).is_some(),
        "{}",
        show(&r)
    );
    let r = run("Germany complained that Poland had ignored the court ruling.");
    assert!(
        find(&r, "ACCUSE", "DEU", Some("POL")).is_some(),
        "{}",
        show(&r)
    );
}

#[test]
fn concern_or_opposition_aimed_at_no_one_is_no_event() {
    for text in [
        "China expressed concern about heightened tensions on the Korean Peninsula.",
        "The foreign ministers of Brazil and Argentina voiced concern over rising prices.",
        "Kenya strongly opposes any unilateral attempts to alter the status quo.",
    ] {
        let r = run(text);
        assert!(
            !r.events.iter().any(|e| e.event == "ACCUSE"),
            "{text}\n{}",
            show(&r)
        );
    }
    // Condemning an act keeps its event object: someone did what is condemned.
    let r = run("Turkey condemned the killings on Monday.");
    assert!(r.events.iter().any(|e| e.event == "ACCUSE"), "{}", show(&r));
}

#[test]
fn the_author_of_an_offer_named_after_its_complement_is_the_recipient() {
    let r = run("Ethiopia rejected an offer of mediation by Kenya on Monday.");
    assert!(
        r.events
            .iter()
            .any(|e| e.event == "REJECT" && common::code(&e.recipient) == Some("KEN")),
        "{}",
        show(&r)
    );
    let r = run("Japan rejected the findings of the inquiry by China.");
    assert!(
        find(&r, "REJECT", "JPN", Some("CHN")).is_some(),
        "{}",
        show(&r)
    );
}

#[test]
fn a_measure_on_a_country_s_goods_named_by_a_noun_targets_that_country() {
    let r = run("China protested on Monday. The EU will vote on new tariffs on Chinese vehicles.");
    assert!(
        r.events.iter().any(|e| e.event == "THREATEN"
            && common::code(&e.actor) == Some("IGO")
            && common::code(&e.recipient) == Some("CHN")),
        "{}",
        show(&r)
    );
}

#[test]
fn a_warning_that_a_party_will_pay_is_aimed_at_that_party() {
    for text in [
        "The United States warned that Iran would face severe consequences.",
        "The United States warned on Tuesday that Iran would face severe consequences.",
    ] {
        let r = run(text);
        assert!(
            find(&r, "THREATEN", "USA", Some("IRN")).is_some(),
            "{text}\n{}",
            show(&r)
        );
    }
    // The day the wire gives sits between the verb and its clause.
    let r = run("Germany complained Monday that Poland had ignored the court ruling.");
    assert!(
        find(&r, "ACCUSE", "DEU", Some("POL")).is_some(),
        "{}",
        show(&r)
    );
}

#[test]
fn an_easing_act_at_home_named_by_a_noun_needs_no_recipient() {
    // The doer enacts the easing by announcing or ordering it, or owns it: no foreign
    // party is needed, as for the verb ("Thailand lifted martial law").
    for (text, category, actor) in [
        (
            "Thailand announced the end of martial law.",
            "RETREAT",
            "THA",
        ),
        (
            "Sri Lanka announced the lifting of the ban on social media.",
            "CONCEDE",
            "LKA",
        ),
        (
            "The Nigerian government's easing of fuel restrictions angered unions.",
            "CONCEDE",
            "NGA",
        ),
        (
            "Iran announced the release of 20 political prisoners.",
            "CONCEDE",
            "IRN",
        ),
    ] {
        let r = run(text);
        assert!(
            find(&r, category, actor, None).is_some(),
            "{text}\n{}",
            show(&r)
        );
        // Announcing the lifting of a restriction neither imposes one nor promises it.
        assert!(
            !r.events
                .iter()
                .any(|e| e.event == "COERCE" || e.event == "AGREE"),
            "{text}\n{}",
            show(&r)
        );
    }
    // A verb that only mentions the act gives it no doer, and a truce noun stays one
    // hoped for or holding.
    for text in [
        "The opposition welcomed the lifting of the curfew in Dhaka.",
        "Maldives rejected a proposal for a ceasefire by the rebels.",
        "Trump asked for denuclearization before granting any relaxation of sanctions.",
    ] {
        let r = run(text);
        assert!(
            !r.events
                .iter()
                .any(|e| e.event == "CONCEDE" || e.event == "RETREAT"),
            "{text}\n{}",
            show(&r)
        );
    }
}

#[test]
fn a_restriction_lifted_in_the_passive_is_lifted_by_its_owner() {
    // A state of emergency lifted eases it on the state's own people (golden README
    // convention 13: X>X, as one imposed).
    for (text, category, actor, recipient) in [
        (
            "Pakistan's ban on the party was lifted in November.",
            "CONCEDE",
            "PAK",
            None,
        ),
        (
            "Egypt's state of emergency was lifted on Friday.",
            "RETREAT",
            "EGY",
            Some("EGY"),
        ),
    ] {
        let r = run(text);
        assert!(
            find(&r, category, actor, recipient).is_some(),
            "{text}\n{}",
            show(&r)
        );
        // The restriction lifted is not imposed again.
        assert!(
            !r.events.iter().any(|e| e.event == "COERCE"),
            "{text}\n{}",
            show(&r)
        );
    }
    // People are no restriction: whose prisoners they were does not say who freed them.
    let r = run("Ukraine's prisoners were released on Friday.");
    assert!(
        !r.events
            .iter()
            .any(|e| e.event == "RETREAT" && common::code(&e.actor) == Some("UKR")),
        "{}",
        show(&r)
    );
}

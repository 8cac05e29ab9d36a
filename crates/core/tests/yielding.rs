//! Yielding at home and the intent to yield (issue #9, session 9): a concession or
//! retreat is complete without a foreign party, so is the intent to make one; the state
//! eases a restriction it imposed even when the text names no doer; and the yielding words
//! keep their other senses ("conceded that", "returned to the island", "announced a
//! truce" is a truce declared, not one intended); an easing or withdrawal noun is done by
//! the owner its `of` phrase names ("the withdrawal of French troops"). Sentences written
//! for this test, not taken from the blind set (`manual_style/blind_yield.txt`).

mod common;

use common::{code, find, run, show};

/// The record of `text` has an event of `event` and `cameo` from `actor` to `recipient`.
fn assert_coded(text: &str, event: &str, cameo: &str, actor: &str, recipient: Option<&str>) {
    let r = run(text);
    let e = find(&r, event, actor, recipient).unwrap_or_else(|| {
        panic!(
            "no {event} {actor}->{recipient:?} in {text:?}:\n{}",
            show(&r)
        )
    });
    assert_eq!(e.cameo, cameo, "{text:?}:\n{}", show(&r));
}

#[test]
fn an_intent_to_yield_at_home_needs_no_recipient() {
    // 0813 curfew easing announced: its intent, 0351.
    assert_coded(
        "Zambia's government will lift the curfew in Lusaka on Friday.",
        "AGREE",
        "0351",
        "ZMB",
        None,
    );
    // Calling off a strike agreed to: the intent to ease dissent, 0352.
    assert_coded(
        "Ugandan teachers agreed to call off their strike.",
        "AGREE",
        "0352",
        "UGA",
        None,
    );
}

#[test]
fn a_concession_to_the_actors_own_side_keeps_the_act() {
    // "on its northern coast" names the government's own country: the curfew is still
    // eased, on the state's own people (golden README convention 13: a curfew or state of
    // emergency lifted is X>X, as one imposed).
    assert_coded(
        "Fiji lifted its curfew on its northern coast on Sunday.",
        "RETREAT",
        "0813",
        "FJI",
        Some("FJI"),
    );
}

#[test]
fn a_curfew_lifted_without_a_doer_is_the_states() {
    let r = run("The curfew in Lusaka has been lifted, officials said.");
    let e = r
        .events
        .iter()
        .find(|e| e.event == "RETREAT" && e.cameo == "0813")
        .unwrap_or_else(|| panic!("no curfew easing:\n{}", show(&r)));
    assert_eq!(code(&e.actor), Some("ZMB"), "{}", show(&r));
}

#[test]
fn announcing_a_truce_declares_it() {
    assert_coded(
        "Sudan's army announced a three-day truce on Sunday.",
        "RETREAT",
        "0871",
        "SDN",
        None,
    );
}

#[test]
fn yielding_words_in_other_senses_are_no_event() {
    for text in [
        "The Kenyan finance minister conceded that growth had slowed.",
        "Thousands of tourists returned to the Greek island after the heatwave.",
        "The police raid yielded weapons and cash, Zambian officials said.",
    ] {
        let r = run(text);
        assert!(
            !r.events
                .iter()
                .any(|e| matches!(e.event.as_str(), "CONCEDE" | "RETREAT")),
            "{text:?} coded a yield:\n{}",
            show(&r)
        );
    }
}

#[test]
fn an_easing_or_withdrawal_noun_is_done_by_the_owner_in_its_of_phrase() {
    assert_coded(
        "The withdrawal of Rwandan troops from Congo was completed on Friday.",
        "RETREAT",
        "087",
        "RWA",
        Some("COD"),
    );
    assert_coded(
        "The lifting of Canada's sanctions on Cuba took effect on Monday.",
        "RETREAT",
        "085",
        "CAN",
        Some("CUB"),
    );
}

//! Parties named only by a country adjective ("demanded a full Syrian withdrawal", "a
//! Ukrainian drone strike"), adjectives of make that name no party ("Chinese-made drones"),
//! and domestic pairs of one country in different sectors ("Police in Kenya arrested an
//! opposition lawmaker") (issue #9, dyads). The sentences
//! (`tests/adjective_parties/sentences.txt`) were coded by hand before the engine ran on
//! them; the file's header gives the conventions.
//!
//! The test prints each paragraph whose event or dyad is wrong, then: how many events of
//! the expected category were found, actor and recipient agreement on them, the dyad
//! accuracy (an event of the category with both scored parties right, over all
//! paragraphs), and the same ignoring the category; and asserts floors just under the
//! measured figures (raise them as the coder improves, never lower them to pass).

mod common;

use common::code;
use common::paragraph_cases::{parse, score, Counted};
use sitrep_core::Pipeline;
use sitrep_record::InputDocument;

const PUBLISHED: &str = "2026-03-02";

#[test]
fn adjective_and_domestic_parties_are_the_events_parties() {
    let cases = parse(include_str!("adjective_parties/sentences.txt"));
    assert!(cases.len() >= 40, "the task asks for at least 40 sentences");
    let f = score(&cases, Counted::Done);
    let (dyad, dyad_any, actor, recipient) = (f.dyad(), f.dyad_any(), f.actor(), f.recipient());
    // Floors just under the measured figures. First run, before any change: dyad 0.44, on
    // any category 0.45, actor 1.00, recipient 0.62; with a mention for a country named
    // only by its adjective (`MentionKind::Adjective`): 0.73, 0.76, 1.00, 0.91.
    assert!(dyad >= 0.72, "dyad accuracy {dyad:.2} fell");
    assert!(
        dyad_any >= 0.75,
        "dyad accuracy on any category {dyad_any:.2} fell"
    );
    assert!(actor >= 0.97, "actor agreement {actor:.2} fell");
    assert!(recipient >= 0.90, "recipient agreement {recipient:.2} fell");
}

/// The events of `text`, as `CATEGORY ACTOR>RECIPIENT` with country codes.
fn dyads(pipeline: &Pipeline, text: &str) -> Vec<String> {
    let record = pipeline.process(&InputDocument {
        id: "sentence".into(),
        text: text.into(),
        published: Some(PUBLISHED.into()),
        ..InputDocument::default()
    });
    record
        .events
        .iter()
        .map(|e| {
            format!(
                "{} {}>{}",
                e.event,
                code(&e.actor).unwrap_or("-"),
                code(&e.recipient).unwrap_or("-")
            )
        })
        .collect()
}

/// A state that arrests, jails or attacks its own opposition, civilians or press acts on
/// another party of its country (CAMEO codes the domestic pair), where a state speaking
/// for its own people does not target them.
#[test]
fn a_state_coercing_its_own_people_is_a_domestic_pair() {
    let pipeline = Pipeline::new();
    for (text, want) in [
        (
            "Belarus jailed opposition activists on Friday.",
            "COERCE BLR>BLR",
        ),
        (
            "Police in Uganda arrested opposition leader Kizza Besigye on Monday.",
            "COERCE UGA>UGA",
        ),
    ] {
        let got = dyads(&pipeline, text);
        assert!(got.iter().any(|d| d == want), "{text}: {got:?}");
    }
    let got = dyads(
        &pipeline,
        "Britain denounced the detention of two British aid workers as arbitrary.",
    );
    assert!(
        !got.iter().any(|d| d == "ACCUSE GBR>GBR"),
        "speaking for its own people is no act against them: {got:?}"
    );
}

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

use sitrep_core::Pipeline;
use sitrep_record::{Event, InputDocument, Modality, Party};

const PARAGRAPHS: &str = include_str!("adjective_parties/sentences.txt");
const PUBLISHED: &str = "2026-03-02";

struct Case<'a> {
    category: &'a str,
    /// Expected country codes; `None` = not scored (`?`).
    actor: Option<&'a str>,
    recipient: Option<&'a str>,
    text: &'a str,
}

fn cases() -> Vec<Case<'static>> {
    let ontology = sitrep_lexicon::Ontology::builtin();
    let categories: Vec<&str> = ontology.plover_events().map(|p| p.event.as_str()).collect();
    PARAGRAPHS
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|line| {
            let f: Vec<&str> = line.splitn(4, '|').collect();
            assert_eq!(f.len(), 4, "malformed case: {line}");
            let slot = |s: &'static str| (s.trim() != "?").then(|| s.trim());
            assert!(
                categories.contains(&f[0]),
                "unknown PLOVER category in: {line}"
            );
            Case {
                category: f[0],
                actor: slot(f[1]),
                recipient: slot(f[2]),
                text: f[3],
            }
        })
        .collect()
}

/// Events the record tells as done: a negated, intended or hypothetical event is neither
/// a hit nor a miss of its parties.
fn done(e: &Event) -> bool {
    !e.negated
        && !matches!(
            e.modality,
            Modality::Intended | Modality::Denied | Modality::Hypothetical
        )
}

fn code(p: &Option<Party>) -> Option<&str> {
    p.as_ref().and_then(|p| p.code.as_deref())
}

fn agrees(want: Option<&str>, got: &Option<Party>) -> bool {
    want.is_none_or(|w| code(got) == Some(w))
}

#[test]
fn adjective_and_domestic_parties_are_the_events_parties() {
    let pipeline = Pipeline::new();
    let cases = cases();
    assert!(cases.len() >= 40, "the task asks for at least 40 sentences");
    let (mut found, mut actor_ok, mut actor_n, mut recip_ok, mut recip_n) = (0, 0, 0, 0, 0);
    let (mut dyad_ok, mut dyad_any_ok) = (0, 0);
    for case in &cases {
        let record = pipeline.process(&InputDocument {
            id: "paragraph".into(),
            text: case.text.into(),
            published: Some(PUBLISHED.into()),
            ..InputDocument::default()
        });
        let events: Vec<&Event> = record.events.iter().filter(|e| done(e)).collect();
        let dyad =
            |e: &&Event| agrees(case.actor, &e.actor) && agrees(case.recipient, &e.recipient);
        let hits: Vec<&&Event> = events.iter().filter(|e| e.event == case.category).collect();
        dyad_any_ok += events.iter().any(dyad) as usize;
        let right = hits.iter().any(|e| dyad(e));
        dyad_ok += right as usize;
        if !hits.is_empty() {
            found += 1;
            if case.actor.is_some() {
                actor_n += 1;
                actor_ok += hits.iter().any(|e| agrees(case.actor, &e.actor)) as usize;
            }
            if case.recipient.is_some() {
                recip_n += 1;
                recip_ok += hits.iter().any(|e| agrees(case.recipient, &e.recipient)) as usize;
            }
        }
        if !right {
            let got: Vec<String> = events
                .iter()
                .map(|e| {
                    format!(
                        "{} {}>{}",
                        e.event,
                        code(&e.actor).unwrap_or("-"),
                        code(&e.recipient).unwrap_or("-")
                    )
                })
                .collect();
            println!(
                "{} [{} {}>{}] {}\n    got {got:?}",
                if hits.is_empty() { "miss " } else { "dyad " },
                case.category,
                case.actor.unwrap_or("?"),
                case.recipient.unwrap_or("?"),
                case.text
            );
        }
    }
    let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    let n = cases.len();
    let dyad = ratio(dyad_ok, n);
    let dyad_any = ratio(dyad_any_ok, n);
    let actor = ratio(actor_ok, actor_n);
    let recipient = ratio(recip_ok, recip_n);
    println!(
        "\n{n} sentences: category found {found} ({:.2}); on those, actor {actor_ok}/{actor_n} \
         ({actor:.2}), recipient {recip_ok}/{recip_n} ({recipient:.2}); dyad right \
         {dyad_ok} ({dyad:.2}), on any category {dyad_any_ok} ({dyad_any:.2})",
        ratio(found, n)
    );
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

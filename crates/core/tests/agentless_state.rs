//! The state's legal and administrative coercion told without its agent (issue #9, COERCE
//! recall): "five people were arrested in Irbil", "two French journalists were arrested in
//! Iran", "a curfew was imposed in Dhaka", "twelve media outlets were closed", with traps
//! (killings and kidnappings whose doer is unknown, a named other doer, an arrest of another
//! year, a count of arrests over a period). The paragraphs
//! (`tests/agentless_state/paragraphs.txt`) were coded by hand before the engine ran on
//! them; the file's header gives the conventions.
//!
//! The test prints each paragraph coded wrong, then how many expected events were found
//! (category), how many with both scored parties right (dyad), and how many NONE lines
//! coded something; it asserts floors just under the measured figures (raise them as the
//! coder improves, never lower them to pass).

use sitrep_core::Pipeline;
use sitrep_record::{Event, InputDocument, Party};

const PARAGRAPHS: &str = include_str!("agentless_state/paragraphs.txt");
const PUBLISHED: &str = "2026-03-02";

struct Case<'a> {
    /// `None` for a NONE line: no event at all.
    category: Option<&'a str>,
    /// Expected country codes; `None` = not scored (`?`).
    actor: Option<&'a str>,
    recipient: Option<&'a str>,
    /// `ACTOR<>RECIPIENT`: either direction is right.
    mutual: bool,
    text: &'a str,
}

fn cases() -> Vec<Case<'static>> {
    let ontology = sitrep_lexicon::Ontology::builtin();
    let categories: Vec<&str> = ontology.plover_events().map(|p| p.event.as_str()).collect();
    PARAGRAPHS
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|line| {
            let f: Vec<&str> = line.splitn(3, '|').collect();
            assert_eq!(f.len(), 3, "malformed case: {line}");
            let category = (f[0] != "NONE").then_some(f[0]);
            assert!(
                category.is_none_or(|c| categories.contains(&c)),
                "unknown PLOVER category in: {line}"
            );
            let (mutual, (a, r)) = match f[1].split_once("<>") {
                Some(pair) => (true, pair),
                None => (false, f[1].split_once('>').expect("ACTOR>RECIPIENT")),
            };
            let slot = |s: &'static str| (s.trim() != "?").then(|| s.trim());
            Case {
                category,
                actor: slot(a),
                recipient: slot(r),
                mutual,
                text: f[2],
            }
        })
        .collect()
}

fn code(p: &Option<Party>) -> Option<&str> {
    p.as_ref().and_then(|p| p.code.as_deref())
}

fn agrees(want: Option<&str>, got: &Option<Party>) -> bool {
    want.is_none_or(|w| code(got) == Some(w))
}

fn dyad_right(case: &Case, e: &Event) -> bool {
    let straight = agrees(case.actor, &e.actor) && agrees(case.recipient, &e.recipient);
    let turned = agrees(case.recipient, &e.actor) && agrees(case.actor, &e.recipient);
    straight || (case.mutual && turned)
}

#[test]
fn agentless_state_acts_are_done_by_the_state_where_they_happen() {
    let pipeline = Pipeline::new();
    let cases = cases();
    assert!(
        cases.len() >= 40,
        "the task asks for at least 40 paragraphs"
    );
    let (mut expected, mut found, mut dyad_ok, mut none_n, mut none_coded) = (0, 0, 0, 0, 0);
    for case in &cases {
        let record = pipeline.process(&InputDocument {
            id: "paragraph".into(),
            text: case.text.into(),
            published: Some(PUBLISHED.into()),
            ..InputDocument::default()
        });
        let events: Vec<&Event> = record.events.iter().collect();
        let right = match case.category {
            None => {
                none_n += 1;
                none_coded += !events.is_empty() as usize;
                events.is_empty()
            }
            Some(category) => {
                expected += 1;
                // A negated event did not happen; an intended or hypothetical one may.
                let hits: Vec<&&Event> = events
                    .iter()
                    .filter(|e| e.event == category && !e.negated)
                    .collect();
                found += !hits.is_empty() as usize;
                let right = hits.iter().any(|e| dyad_right(case, e));
                dyad_ok += right as usize;
                right
            }
        };
        if !right {
            let got: Vec<String> = events
                .iter()
                .map(|e| {
                    format!(
                        "{} {} {}>{}",
                        e.event,
                        e.cameo,
                        code(&e.actor).unwrap_or("-"),
                        code(&e.recipient).unwrap_or("-")
                    )
                })
                .collect();
            println!(
                "wrong [{} {}>{}] {}\n    got {got:?}",
                case.category.unwrap_or("NONE"),
                case.actor.unwrap_or("?"),
                case.recipient.unwrap_or("?"),
                case.text
            );
        }
    }
    let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    let (category, dyad) = (ratio(found, expected), ratio(dyad_ok, expected));
    println!(
        "\n{} paragraphs: {expected} events expected, category found {found} ({category:.2}), \
         dyad right {dyad_ok} ({dyad:.2}); NONE lines coded {none_coded} of {none_n}",
        cases.len()
    );
    // Floors just under the measured figures. First run, before any change: category 6/41
    // (0.15), dyad 6/41 (0.15), 0 of 7 NONE lines coded. With `context::state_agent` (the
    // state where the act happened, when the story names it): 14/41 (0.34), 14/41, 0 of 7;
    // with criminals and armed groups outside the state (`[non-state-sectors]`): 15/41 (0.37);
    // with a country named only through a place or dateline as the state (`MentionKind::Place`):
    // category 24/41 (0.59), dyad 23/41 (0.56); with the gate open to a sentence that names
    // only such a place ("A curfew was imposed in Dhaka"): 28/41 (0.68), dyad 26/41 (0.63);
    // with a capital in apposition to a locative place noun a place ("in the capital,
    // Kinshasa"): 29/41 (0.71), dyad 27/41 (0.66); the gate open to the gazetteer's places
    // too ("in Irbil"): 30/41 (0.73), dyad 28/41 (0.68).
    assert!(category >= 0.73, "category found {category:.2} fell");
    assert!(dyad >= 0.68, "dyad right {dyad:.2} fell");
    assert!(none_coded == 0, "{none_coded} NONE lines coded an event");
}

//! Denials and rejections (issue #9, REJECT): a denied act ("Eritrea denied massing
//! troops") is a denial, not the act; a pronoun object ("Belgrade rejected it") rejects the
//! proposal or accusation named just before; rejections told by nouns and idioms ("turned a
//! deaf ear to", "said no to", "did not accept"). The paragraphs
//! (`tests/denials/paragraphs.txt`) were coded by hand before the engine ran on them; the
//! file's header gives the conventions.
//!
//! The test prints each paragraph coded wrong, then how many expected events were found
//! (category), how many with both scored parties right (dyad), how many denied acts were
//! coded as done, and how many NONE lines coded something; it asserts floors just under the
//! measured figures (raise them as the coder improves, never lower them to pass).

use sitrep_core::Pipeline;
use sitrep_record::{Event, InputDocument, Modality, Party};

const PARAGRAPHS: &str = include_str!("denials/paragraphs.txt");
const PUBLISHED: &str = "2026-03-02";

struct Case<'a> {
    /// `None` for a NONE line: no event at all.
    category: Option<&'a str>,
    /// The category of the act the paragraph says was denied: none may be coded as done.
    denied: Option<&'a str>,
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
            let (scored, denied) = match f[0].split_once('!') {
                Some((scored, denied)) => (scored, Some(denied)),
                None => (f[0], None),
            };
            let category = (scored != "NONE").then_some(scored);
            assert!(
                category
                    .into_iter()
                    .chain(denied)
                    .all(|c| categories.contains(&c)),
                "unknown PLOVER category in: {line}"
            );
            let (mutual, (a, r)) = match f[1].split_once("<>") {
                Some(pair) => (true, pair),
                None => (false, f[1].split_once('>').expect("ACTOR>RECIPIENT")),
            };
            let slot = |s: &'static str| (s.trim() != "?").then(|| s.trim());
            Case {
                category,
                denied,
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
fn denials_and_rejections() {
    let pipeline = Pipeline::new();
    let cases = cases();
    assert!(
        cases.len() >= 40,
        "the task asks for at least 40 paragraphs"
    );
    let (mut expected, mut found, mut dyad_ok, mut none_n, mut none_coded) = (0, 0, 0, 0, 0);
    let (mut denied_n, mut denied_done) = (0, 0);
    for case in &cases {
        let record = pipeline.process(&InputDocument {
            id: "paragraph".into(),
            text: case.text.into(),
            published: Some(PUBLISHED.into()),
            ..InputDocument::default()
        });
        let events: Vec<&Event> = record.events.iter().collect();
        // A denied act coded as done (neither negated nor framed as denied) is the denial
        // read backwards.
        let denied_coded = case.denied.is_some_and(|denied| {
            events
                .iter()
                .any(|e| e.event == denied && !e.negated && e.modality != Modality::Denied)
        });
        denied_n += case.denied.is_some() as usize;
        denied_done += denied_coded as usize;
        let right = match case.category {
            None => {
                none_n += 1;
                none_coded += !events.is_empty() as usize;
                events.is_empty()
            }
            Some(category) => {
                expected += 1;
                let hits: Vec<&&Event> = events
                    .iter()
                    .filter(|e| e.event == category && !e.negated)
                    .collect();
                found += !hits.is_empty() as usize;
                let right = hits.iter().any(|e| dyad_right(case, e));
                dyad_ok += right as usize;
                right && !denied_coded
            }
        };
        if !right {
            let got: Vec<String> = events
                .iter()
                .map(|e| {
                    format!(
                        "{}{}{} {} {}>{}",
                        if e.negated { "not " } else { "" },
                        if e.modality == Modality::Denied {
                            "denied "
                        } else {
                            ""
                        },
                        e.event,
                        e.cameo,
                        code(&e.actor).unwrap_or("-"),
                        code(&e.recipient).unwrap_or("-")
                    )
                })
                .collect();
            println!(
                "wrong [{}{} {}>{}] {}\n    got {got:?}",
                case.category.unwrap_or("NONE"),
                case.denied.map(|d| format!("!{d}")).unwrap_or_default(),
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
         dyad right {dyad_ok} ({dyad:.2}); denied acts coded as done {denied_done} of \
         {denied_n}; NONE lines coded {none_coded} of {none_n}",
        cases.len()
    );
    // Floors just under the measured figures. First run, before any change: category
    // 32/47 (0.68), dyad 23/47 (0.49), denied acts coded as done 13 of 17 (then counting a
    // denied act with modality denied as done; 8 of 17 the way it is counted now), 2 of 3
    // NONE lines coded. After the `deny` frame, the pronoun-object antecedent and the
    // gerund denials: 41/47 (0.87), 40/47 (0.85), 6 of 17 (all in the accuser's own
    // sentence, reported as alleged), 1 of 3.
    assert!(category >= 0.87, "category found {category:.2} fell");
    assert!(dyad >= 0.85, "dyad right {dyad:.2} fell");
    assert!(denied_done <= 6, "{denied_done} denied acts coded as done");
    assert!(none_coded <= 1, "{none_coded} NONE lines coded an event");
}

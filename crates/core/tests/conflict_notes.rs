//! Material conflict coded like an analyst would (issue #9, conflict side): conflict-monitor
//! notes and wire sentences across regions (`tests/conflict_notes/notes.txt`), each coded
//! by hand with one expected event before the engine ran on them: CAMEO 08 (yield), 14
//! (protest), 15 (force posture), 16 (reduce relations), 17 (coerce), 18 (assault), 19
//! (fight), 20 (mass violence), and sentences that report no new act.
//!
//! The test prints each miss and false event, a table per PLOVER category (recall,
//! precision), the agreement of actor and recipient on the events found, and the share of
//! exact CAMEO codes, and asserts floors just under the measured figures (raise them as
//! the coder improves; never lower them to make a change pass).
//!
//! Only events told as done count: a negated, denied, intended or hypothetical event is
//! neither a hit nor a false event (the engine flagged it as not having happened).

use std::collections::BTreeMap;

use sitrep_core::Pipeline;
use sitrep_record::{Event, InputDocument, Modality, Party};

const NOTES: &str = include_str!("conflict_notes/notes.txt");
/// Notes written blind (session 8) for the families 14-20: a held-out estimate of how the
/// rules tuned on `NOTES` carry over.
const BLIND_NOTES: &str = include_str!("conflict_notes/blind_notes.txt");
const PUBLISHED: &str = "2025-06-15";

/// An expected party: the country code and sector the analyst wrote, either of which may be
/// left open (`None` = not scored).
#[derive(Debug, Clone, Copy)]
struct Want<'a> {
    code: Option<&'a str>,
    sector: Option<&'a str>,
}

impl<'a> Want<'a> {
    /// `CCC:SEC`, `CCC`, `:SEC`, or `?` (nothing scored).
    fn parse(s: &'a str) -> Option<Want<'a>> {
        let s = s.trim();
        if s == "?" {
            return None;
        }
        let (code, sector) = match s.split_once(':') {
            Some((c, sec)) => (c, Some(sec)),
            None => (s, None),
        };
        Some(Want {
            code: (!code.is_empty()).then_some(code),
            sector,
        })
    }

    fn matches(&self, party: Option<&Party>) -> bool {
        let Some(p) = party else { return false };
        self.code.is_none_or(|c| p.code.as_deref() == Some(c))
            && self.sector.is_none_or(|s| p.sector.as_deref() == Some(s))
    }
}

struct Case<'a> {
    category: &'a str,
    cameo: &'a str,
    actor: Option<Want<'a>>,
    recipient: Option<Want<'a>>,
    text: &'a str,
}

fn cases(notes: &'static str) -> Vec<Case<'static>> {
    let ontology = sitrep_lexicon::Ontology::builtin();
    notes
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|line| {
            let f: Vec<&str> = line.splitn(5, '|').collect();
            assert_eq!(f.len(), 5, "malformed case: {line}");
            let case = Case {
                category: f[0],
                cameo: f[1],
                actor: Want::parse(f[2]),
                recipient: Want::parse(f[3]),
                text: f[4],
            };
            // The hand coding is itself checked: the CAMEO code exists and its PLOVER
            // category is the one written beside it.
            if case.category != "NONE" {
                let code = ontology
                    .cameo(case.cameo)
                    .unwrap_or_else(|| panic!("unknown CAMEO code in: {line}"));
                assert_eq!(
                    code.plover.as_deref(),
                    Some(case.category),
                    "category and CAMEO code disagree in: {line}"
                );
            }
            case
        })
        .collect()
}

/// Events the record tells as done (see the module documentation).
fn done(e: &Event) -> bool {
    !e.negated
        && !matches!(
            e.modality,
            Modality::Intended | Modality::Denied | Modality::Hypothetical
        )
}

fn party(p: &Option<Party>) -> String {
    match p {
        None => "-".into(),
        Some(p) => format!(
            "{}:{}",
            p.code.as_deref().unwrap_or(""),
            p.sector.as_deref().unwrap_or("")
        ),
    }
}

#[derive(Default)]
struct Tally {
    cases: usize,
    found: usize,
    events: usize,
    correct_events: usize,
}

/// Category recall, event precision, and actor and recipient agreement on the found.
struct Figures {
    recall: f64,
    precision: f64,
    actor: f64,
    recipient: f64,
}

#[test]
fn conflict_notes_coded_like_an_analyst() {
    let cases = cases(NOTES);
    assert!(
        cases.len() >= 200,
        "the issue asks for at least 200 sentences"
    );
    // Floors just under the measured figures (first run, before any change: recall 0.76,
    // precision 0.90, actor 0.51, recipient 0.30; then 0.87, 0.93, 0.83, 0.48; after the
    // roles work of issue #10, 0.86, 0.94, 0.85, 0.67; docs/BENCHMARKS.md has the history).
    assert_floors(
        &score(&cases),
        &Figures {
            recall: 0.85,
            precision: 0.92,
            actor: 0.83,
            recipient: 0.65,
        },
    );
}

#[test]
fn blind_conflict_notes_coded_like_an_analyst() {
    let cases = cases(BLIND_NOTES);
    assert!(cases.len() >= 25, "the blind set has {} notes", cases.len());
    // Floors just under the measured figures (first run, before any change made for it:
    // recall 0.93, precision 1.00, actor 0.87, recipient 0.67).
    assert_floors(
        &score(&cases),
        &Figures {
            recall: 0.92,
            precision: 0.99,
            actor: 0.86,
            recipient: 0.66,
        },
    );
}

/// Each measured figure is at least its floor (raise the floors as the coder improves,
/// never lower them to pass).
fn assert_floors(got: &Figures, floor: &Figures) {
    let pairs = [
        ("category recall", got.recall, floor.recall),
        ("event precision", got.precision, floor.precision),
        ("actor agreement", got.actor, floor.actor),
        ("recipient agreement", got.recipient, floor.recipient),
    ];
    for (what, value, min) in pairs {
        assert!(value >= min, "{what} {value:.2} fell below {min:.2}");
    }
}

/// Codes every case, prints each miss and false event and the table per category, and
/// returns the figures.
fn score(cases: &[Case<'static>]) -> Figures {
    let pipeline = Pipeline::new();
    let mut per: BTreeMap<String, Tally> = BTreeMap::new();
    let (mut actor_ok, mut actor_n, mut recip_ok, mut recip_n) = (0, 0, 0, 0);
    let (mut exact, mut root, mut found, mut both) = (0, 0, 0, 0);
    let mut report = Vec::new();
    for case in cases {
        let record = pipeline.process(&InputDocument {
            id: "note".into(),
            text: case.text.into(),
            published: Some(PUBLISHED.into()),
            ..InputDocument::default()
        });
        let events: Vec<&Event> = record.events.iter().filter(|e| done(e)).collect();
        let hits: Vec<&&Event> = events.iter().filter(|e| e.event == case.category).collect();
        let t = per.entry(case.category.to_string()).or_default();
        t.cases += 1;
        for e in &events {
            let right = e.event == case.category;
            let t = per.entry(e.event.clone()).or_default();
            t.events += 1;
            t.correct_events += right as usize;
        }
        let got: Vec<String> = events
            .iter()
            .map(|e| {
                format!(
                    "{} {} {}->{}",
                    e.event,
                    e.cameo,
                    party(&e.actor),
                    party(&e.recipient)
                )
            })
            .collect();
        if case.category == "NONE" {
            if !events.is_empty() {
                report.push(format!("false  {}\n    got {got:?}", case.text));
            }
            continue;
        }
        if hits.is_empty() {
            report.push(format!(
                "miss   [{} {}] {}\n    got {got:?}",
                case.category, case.cameo, case.text
            ));
            continue;
        }
        per.get_mut(case.category).unwrap().found += 1;
        found += 1;
        exact += hits.iter().any(|e| e.cameo == case.cameo) as usize;
        root += hits.iter().any(|e| e.cameo.get(..2) == case.cameo.get(..2)) as usize;
        let mut slot_misses = Vec::new();
        if let Some(w) = case.actor {
            actor_n += 1;
            if hits.iter().any(|e| w.matches(e.actor.as_ref())) {
                actor_ok += 1;
            } else {
                slot_misses.push("actor");
            }
        }
        if let Some(w) = case.recipient {
            recip_n += 1;
            if hits.iter().any(|e| w.matches(e.recipient.as_ref())) {
                recip_ok += 1;
            } else {
                slot_misses.push("recipient");
            }
        }
        both += hits.iter().any(|e| {
            case.actor.is_none_or(|w| w.matches(e.actor.as_ref()))
                && case
                    .recipient
                    .is_none_or(|w| w.matches(e.recipient.as_ref()))
        }) as usize;
        if !slot_misses.is_empty() {
            report.push(format!(
                "slot   {} wrong: {}\n    want {:?} -> {:?}, got {got:?}",
                slot_misses.join("+"),
                case.text,
                case.actor,
                case.recipient
            ));
        }
    }
    for line in &report {
        println!("{line}");
    }
    let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    println!("\ncategory    cases found recall  events correct precision");
    let (mut all_cases, mut all_found, mut all_events, mut all_correct) = (0, 0, 0, 0);
    for (cat, t) in &per {
        println!(
            "{cat:<10} {:>6} {:>5} {:>6.2} {:>7} {:>7} {:>9.2}",
            t.cases,
            t.found,
            ratio(t.found, t.cases),
            t.events,
            t.correct_events,
            ratio(t.correct_events, t.events)
        );
        if cat != "NONE" {
            all_cases += t.cases;
            all_found += t.found;
        }
        all_events += t.events;
        all_correct += t.correct_events;
    }
    let recall = ratio(all_found, all_cases);
    let precision = ratio(all_correct, all_events);
    let none = per.get("NONE").map_or(0, |t| t.cases);
    println!(
        "ALL        {all_cases:>6} {all_found:>5} {recall:>6.2} {all_events:>7} {all_correct:>7} {precision:>9.2}   ({none} sentences without a new act)"
    );
    let actor = ratio(actor_ok, actor_n);
    let recipient = ratio(recip_ok, recip_n);
    println!(
        "on the {found} found: actor agrees {actor_ok}/{actor_n} ({:.2}), recipient {recip_ok}/{recip_n} ({:.2}), exact CAMEO code {exact} ({:.2}), same root {root} ({:.2})",
        actor,
        recipient,
        ratio(exact, found),
        ratio(root, found)
    );
    println!(
        "category and both parties right (one event): {both} of {all_cases} ({:.2})",
        ratio(both, all_cases)
    );
    Figures {
        recall,
        precision,
        actor,
        recipient,
    }
}

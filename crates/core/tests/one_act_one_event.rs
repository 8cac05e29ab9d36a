//! One act, one event (issue #9, precision): a real-world act is coded once per story
//! (golden conventions 6 and 7), whether the story tells it again in a later sentence, a
//! participle clause, a quotation or its headline, or names its target twice (a city and
//! its country, a capital for its government); coordinated parties give one event each,
//! and two acts of the same pair stay two. The passages
//! (`tests/one_act_one_event/passages.txt`) were coded by hand before the engine ran on
//! them, each with the exact set of events a coder must emit, count included.
//!
//! Events are matched as a multiset on (category, actor code, recipient code): each
//! expected event takes at most one coded event, so a duplicate of a right event is a
//! false positive. The test prints every passage coded wrong, the precision and recall per
//! section and overall, and asserts floors just under the measured figures (raise them as
//! the coder improves, never lower them to pass).

mod common;

use common::code;
use common::paragraph_cases::{ratio, sections};
use sitrep_core::Pipeline;
use sitrep_record::{Event, InputDocument};

/// One expected or coded event: category, actor code, recipient code (`-` for none).
type Key = (String, String, String);

struct Passage<'a> {
    expected: Vec<Key>,
    text: String,
    line: &'a str,
}

fn parse(body: &str) -> Vec<Passage<'_>> {
    let ontology = sitrep_lexicon::Ontology::builtin();
    let categories: Vec<&str> = ontology.plover_events().map(|p| p.event.as_str()).collect();
    body.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|line| {
            let (events, text) = line
                .split_once('|')
                .unwrap_or_else(|| panic!("no EVENTS|passage in: {line}"));
            let expected = match events.trim() {
                "NONE" => Vec::new(),
                list => list
                    .split(',')
                    .map(|entry| {
                        let (category, dyad) = entry
                            .trim()
                            .split_once(' ')
                            .unwrap_or_else(|| panic!("malformed event {entry:?} in: {line}"));
                        assert!(
                            categories.contains(&category),
                            "unknown category {category} in: {line}"
                        );
                        let (actor, recipient) = dyad
                            .split_once('>')
                            .unwrap_or_else(|| panic!("no ACTOR>RECIPIENT in: {line}"));
                        (category.into(), actor.into(), recipient.into())
                    })
                    .collect(),
            };
            Passage {
                expected,
                text: text.trim().replace("\\n", "\n"),
                line,
            }
        })
        .collect()
}

fn key(e: &Event) -> Key {
    let party = |p| code(p).unwrap_or("-").to_string();
    (e.event.clone(), party(&e.actor), party(&e.recipient))
}

/// Matched, coded and expected events of a set of passages, and the passages whose coded
/// set is exactly the expected one.
#[derive(Default)]
struct Tally {
    matched: usize,
    coded: usize,
    expected: usize,
    passages: usize,
    exact: usize,
}

impl Tally {
    fn precision(&self) -> f64 {
        ratio(self.matched, self.coded)
    }
    fn recall(&self) -> f64 {
        ratio(self.matched, self.expected)
    }
    fn add(&mut self, t: &Tally) {
        self.matched += t.matched;
        self.coded += t.coded;
        self.expected += t.expected;
        self.passages += t.passages;
        self.exact += t.exact;
    }
    fn line(&self) -> String {
        format!(
            "precision {}/{} ({:.2}), recall {}/{} ({:.2}), exact sets {}/{}",
            self.matched,
            self.coded,
            self.precision(),
            self.matched,
            self.expected,
            self.recall(),
            self.exact,
            self.passages
        )
    }
}

fn score(pipeline: &Pipeline, passages: &[Passage]) -> Tally {
    let mut t = Tally::default();
    for p in passages {
        let record = pipeline.process(&InputDocument {
            id: "passage".into(),
            text: p.text.clone(),
            published: Some("2026-03-02".into()),
            ..InputDocument::default()
        });
        // A negated event tells an act that did not happen: it matches nothing.
        let coded: Vec<Key> = record
            .events
            .iter()
            .map(|e| {
                let mut k = key(e);
                if e.negated {
                    k.0 = format!("not {}", k.0);
                }
                k
            })
            .collect();
        let mut open: Vec<Option<&Key>> = p.expected.iter().map(Some).collect();
        let mut matched = 0;
        for c in &coded {
            if let Some(slot) = open.iter_mut().find(|s| s.is_some_and(|e| e == c)) {
                *slot = None;
                matched += 1;
            }
        }
        t.matched += matched;
        t.coded += coded.len();
        t.expected += p.expected.len();
        t.passages += 1;
        let exact = matched == coded.len() && matched == p.expected.len();
        t.exact += exact as usize;
        if !exact {
            let show = |k: &Key| format!("{} {}>{}", k.0, k.1, k.2);
            println!(
                "wrong: {}\n    got {:?}",
                p.line,
                coded.iter().map(show).collect::<Vec<_>>()
            );
        }
    }
    t
}

#[test]
fn one_act_is_coded_once_and_two_acts_twice() {
    let file = include_str!("one_act_one_event/passages.txt");
    let all = parse(file);
    assert!(all.len() >= 40, "the set needs at least 40 passages");
    let pipeline = Pipeline::new();
    let mut total = Tally::default();
    let mut per_section = Vec::new();
    for (section, body) in sections(file) {
        let t = score(&pipeline, &parse(&body));
        per_section.push(format!("  {section:<60} {}", t.line()));
        total.add(&t);
    }
    assert_eq!(total.passages, all.len(), "a line outside every section");
    println!("\nper section:");
    for line in per_section {
        println!("{line}");
    }
    println!("all: {}", total.line());
    // Floors just under the measured figures. First run, before any change: precision
    // 51/80 (0.64), recall 51/61 (0.84), exact sets 16/44; most false positives were the
    // act told again (a later sentence's noun, the headline, a quotation, a participle
    // clause naming the same country by another name). After the headline the lede
    // retells, definite event nouns pointing back to a told act ("the shelling", "made
    // the accusation") and one party's two names in a participle clause ("..., saying
    // Taipei was provoking confrontation"): precision 51/66 (0.77), recall 51/61 (0.84),
    // exact sets 28/44.
    let (precision, recall) = (total.precision(), total.recall());
    assert!(precision >= 0.76, "precision {precision:.2} fell");
    assert!(recall >= 0.83, "recall {recall:.2} fell");
}

//! The exact-set passage files (`one_act_one_event.rs`, `coordinated_parties.rs`): one
//! passage a line, `EVENTS|passage`, EVENTS the comma-separated `CATEGORY ACTOR>RECIPIENT`
//! events a coder must emit (count included) or NONE. Coded events are matched to the
//! expected ones as a multiset on (category, actor code, recipient code): each expected
//! event takes at most one coded event, so a duplicate of a right event is a false
//! positive.

use super::code;
use super::paragraph_cases::{ratio, sections};
use sitrep_core::Pipeline;
use sitrep_record::{Event, InputDocument};

/// One expected or coded event: category, actor code, recipient code (`-` for none).
type Key = (String, String, String);

pub struct Passage<'a> {
    expected: Vec<Key>,
    text: String,
    line: &'a str,
}

pub fn parse(body: &str) -> Vec<Passage<'_>> {
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
pub struct Tally {
    pub matched: usize,
    pub coded: usize,
    pub expected: usize,
    pub passages: usize,
    pub exact: usize,
}

impl Tally {
    pub fn precision(&self) -> f64 {
        ratio(self.matched, self.coded)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.matched, self.expected)
    }
    pub fn add(&mut self, t: &Tally) {
        self.matched += t.matched;
        self.coded += t.coded;
        self.expected += t.expected;
        self.passages += t.passages;
        self.exact += t.exact;
    }
    pub fn line(&self) -> String {
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

pub fn score(pipeline: &Pipeline, passages: &[Passage]) -> Tally {
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
            if std::env::var_os("STORY_BACKGROUND_VERBOSE").is_some() {
                for e in &record.events {
                    println!(
                        "        s{} {} {} {:?} [{}]: {}",
                        e.sentence.index, e.event, e.cameo, e.modality, e.trigger.text, e.rule
                    );
                }
            }
        }
    }
    t
}

/// The tally of the sections whose name starts with "traps" (look-alikes that must stay
/// uncoded or coded exactly), as `score_file` returns them per section.
pub fn traps_of(per_section: &[(&str, Tally)]) -> Tally {
    let mut traps = Tally::default();
    for (_, t) in per_section.iter().filter(|(s, _)| s.starts_with("traps")) {
        traps.add(t);
    }
    traps
}

/// Scores every `# section` of a passage file, prints each section's figures and the total,
/// checks that no passage stands outside a section, and returns the total with each
/// section's name and tally.
pub fn score_file<'f>(pipeline: &Pipeline, file: &'f str) -> (Tally, Vec<(&'f str, Tally)>) {
    let mut total = Tally::default();
    let mut per_section = Vec::new();
    for (section, body) in sections(file) {
        let t = score(pipeline, &parse(&body));
        total.add(&t);
        per_section.push((section, t));
    }
    assert_eq!(
        total.passages,
        parse(file).len(),
        "a line outside every section"
    );
    println!("\nper section:");
    for (section, t) in &per_section {
        println!("  {section:<60} {}", t.line());
    }
    println!("all: {}", total.line());
    (total, per_section)
}

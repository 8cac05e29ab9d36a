//! Trigger tags (issue #9 recall, #10 syntax): news sentences whose event word is both a
//! noun and a verb, headlines without auxiliaries, and long wire sentences of several
//! clauses (`tests/trigger_tags/sentences.txt`, format in its header), coded by hand before
//! the engine ran on them.
//!
//! Each line is one document. The test reads the pipeline's tags from `Pipeline::explain`
//! (only sentences that pass the gate are tagged) and reports:
//! - the gate: how many triggers lie in an analysed sentence;
//! - trigger tag accuracy: of those, how many carry the expected part of speech (V = any
//!   verb tag, N = any noun tag, A = adjective);
//! - category recall (an expected category coded) and precision (of the distinct
//!   categories coded per line, how many were expected; every category a NONE line codes
//!   is wrong).
//!
//! It lists every wrong tag and every miss, and asserts floors just under the measured
//! figures (raise them as the engine improves; never lower them to make a change pass).

use std::path::Path;

mod common;

use common::coded_lines::entries;
use common::tag_marks::traced_tags;
use sitrep_core::Pipeline;
use sitrep_record::InputDocument;

/// One hand-coded line.
struct Line {
    line: usize,
    /// Expected categories; empty for a NONE line.
    categories: Vec<String>,
    /// (trigger word, occurrence from 1, expected part of speech) for each category, or
    /// the one ambiguous word of a NONE line.
    triggers: Vec<(String, usize, char)>,
    text: String,
}

fn parse(text: &str) -> Vec<Line> {
    let mut out = Vec::new();
    for (line, f, sentence) in entries(text, "CATEGORIES POS TRIGGERS") {
        let categories: Vec<String> = if f[0] == "NONE" {
            Vec::new()
        } else {
            f[0].split(',').map(str::to_string).collect()
        };
        let pos: Vec<char> = f[1].split(',').map(|p| p.chars().next().unwrap()).collect();
        let triggers: Vec<(String, usize, char)> = f[2]
            .split(',')
            .zip(&pos)
            .map(|(w, &p)| {
                assert!(matches!(p, 'V' | 'N' | 'A'), "line {}: POS {p}", line);
                match w.split_once('@') {
                    Some((w, n)) => (w.to_string(), n.parse().unwrap(), p),
                    None => (w.to_string(), 1, p),
                }
            })
            .collect();
        assert_eq!(
            pos.len(),
            triggers.len(),
            "line {}: one POS per trigger",
            line
        );
        assert!(
            categories.is_empty() || categories.len() == triggers.len(),
            "line {}: one trigger per category",
            line
        );
        out.push(Line {
            line,
            categories,
            triggers,
            text: sentence.to_string(),
        });
    }
    out
}

fn pos_agrees(expected: char, tag: &str) -> bool {
    match expected {
        'V' => tag.starts_with("VB"),
        'N' => tag.starts_with("NN"),
        _ => tag.starts_with("JJ"),
    }
}

fn ratio(n: usize, d: usize) -> f64 {
    if d == 0 {
        0.0
    } else {
        n as f64 / d as f64
    }
}

/// The figures of one file of hand-coded lines.
struct Figures {
    gate: f64,
    tag_accuracy: f64,
    recall: f64,
    precision: f64,
    none_with_events: usize,
}

/// Runs the pipeline on every line of `tests/trigger_tags/<file>` (at least `min_lines`),
/// prints every wrong tag and miss and the file's figures.
fn measure(file: &str, min_lines: usize) -> Figures {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/trigger_tags")
        .join(file);
    let lines = parse(&std::fs::read_to_string(&path).unwrap());
    assert!(lines.len() >= min_lines, "only {} lines", lines.len());
    let pipeline = Pipeline::new();
    let (mut triggers, mut analysed, mut tag_right) = (0usize, 0usize, 0usize);
    let (mut expected, mut found, mut coded, mut coded_right) = (0usize, 0usize, 0usize, 0usize);
    let mut none_with_events = 0usize;
    let mut report = String::new();
    for l in &lines {
        let doc = InputDocument {
            id: format!("line-{}", l.line),
            text: l.text.clone(),
            published: Some("2026-03-02".into()),
            ..InputDocument::default()
        };
        let tags = traced_tags(&pipeline.explain(&doc));
        for (word, nth, pos) in &l.triggers {
            triggers += 1;
            let tag = tags.iter().filter(|(w, _)| w == word).nth(nth - 1);
            match tag {
                None => report.push_str(&format!(
                    "line {}: '{word}' not analysed | {}\n",
                    l.line, l.text
                )),
                Some((_, t)) => {
                    analysed += 1;
                    if pos_agrees(*pos, t) {
                        tag_right += 1;
                    } else {
                        report.push_str(&format!(
                            "line {}: '{word}' tagged {t}, expected {pos} | {}\n",
                            l.line, l.text
                        ));
                    }
                }
            }
        }
        let record = pipeline.process(&doc);
        let mut got: Vec<&str> = record.events.iter().map(|e| e.event.as_str()).collect();
        got.sort_unstable();
        got.dedup();
        coded += got.len();
        coded_right += got
            .iter()
            .filter(|g| l.categories.iter().any(|c| c == *g))
            .count();
        if l.categories.is_empty() && !got.is_empty() {
            none_with_events += 1;
        }
        for c in &l.categories {
            expected += 1;
            if got.contains(&c.as_str()) {
                found += 1;
            } else {
                report.push_str(&format!(
                    "line {}: {c} missed (coded {got:?}) | {}\n",
                    l.line, l.text
                ));
            }
        }
        for g in got.iter().filter(|g| !l.categories.iter().any(|c| c == *g)) {
            report.push_str(&format!("line {}: {g} spurious | {}\n", l.line, l.text));
        }
    }
    let gate = ratio(analysed, triggers);
    let tag_accuracy = ratio(tag_right, analysed);
    let recall = ratio(found, expected);
    let precision = ratio(coded_right, coded);
    print!("{report}");
    println!(
        "{file}: {} lines, {triggers} triggers; analysed {analysed} ({gate:.3}); \
         tag right {tag_right} ({tag_accuracy:.3}); category recall {found}/{expected} \
         ({recall:.3}), precision {coded_right}/{coded} ({precision:.3}); NONE lines \
         coding something {none_with_events}",
        lines.len()
    );
    Figures {
        gate,
        tag_accuracy,
        recall,
        precision,
        none_with_events,
    }
}

#[test]
fn trigger_tags_and_categories() {
    let Figures {
        gate,
        tag_accuracy,
        recall,
        precision,
        none_with_events,
    } = measure("sentences.txt", 120);
    // Floors: first run, before any change of session 8 (a blind estimate): analysed
    // 0.915, tag right 0.966, recall 0.758, precision 0.858, one NONE line coding. After
    // the headline compound fix: tag right 0.983, recall 0.775, precision 0.869.
    assert!(gate >= 0.90, "gate pass rate {gate:.3}");
    assert!(
        tag_accuracy >= 0.97,
        "trigger tag accuracy {tag_accuracy:.3}"
    );
    assert!(recall >= 0.76, "category recall {recall:.3}");
    assert!(precision >= 0.85, "category precision {precision:.3}");
    assert!(
        none_with_events <= 1,
        "{none_with_events} NONE lines code something"
    );
}

/// Finite verbs the tagger misreads (`tests/trigger_tags/finite_verbs.txt`): a past verb
/// after an adverbial or a subject's prepositional tail, a present verb that is also a
/// plural noun, a sentence opened by a participle phrase, hyphenated participle compounds
/// ("flood-hit", "Iran-backed") and "allied" before a plural noun.
#[test]
fn finite_verbs_the_tagger_misreads() {
    let f = measure("finite_verbs.txt", 45);
    // Floors: first run, before any change (written blind): analysed 0.980, tag right
    // 0.979, recall 0.750, precision 0.900, one NONE line coding. After the past-verb,
    // hyphenated-participle and second-predicate fixes: recall 0.812, precision 0.907.
    // After the opening participle preposition ("Following negotiations in Geneva, X and
    // Y agreed"): recall 0.833, precision 0.889; its one new category not on the line is
    // the CONSULT of those negotiations between the two sides, left counted as spurious
    // since the line was written before the run.
    assert!(f.gate >= 0.97, "gate pass rate {:.3}", f.gate);
    assert!(
        f.tag_accuracy >= 0.97,
        "trigger tag accuracy {:.3}",
        f.tag_accuracy
    );
    assert!(f.recall >= 0.83, "category recall {:.3}", f.recall);
    assert!(f.precision >= 0.88, "category precision {:.3}", f.precision);
    assert!(
        f.none_with_events <= 1,
        "{} NONE lines code something",
        f.none_with_events
    );
}

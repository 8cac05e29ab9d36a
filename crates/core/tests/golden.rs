//! Golden tests: the engine against stories coded by hand before it ran
//! (`tests/golden/`, see its README for the format and the coding conventions).
//!
//! Events are matched within a story on (PLOVER event, actor code, recipient code);
//! quotes on their first words and speaker; dates on text and value; quantities on
//! number text, value and kind; sources on the first source of matched events. The test
//! prints a table of correct / wrong / missed per story and asserts floors on the totals
//! (raise them as the engine improves; never lower them to make a change pass).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use serde_json::Value;
use sitrep_core::Pipeline;
use sitrep_record::{InputDocument, Record};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn shared() -> PathBuf {
    root().join("../shared")
}

fn load_jsonl(path: &Path) -> Vec<InputDocument> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let v: Value = serde_json::from_str(l).unwrap();
            InputDocument {
                id: v["id"].as_str().unwrap().to_string(),
                text: v["text"].as_str().unwrap().to_string(),
                title: v["title"].as_str().map(str::to_string),
                published: v["published"].as_str().map(str::to_string),
                url: v["url"].as_str().map(str::to_string),
                ..InputDocument::default()
            }
        })
        .collect()
}

#[derive(Default, Debug, Clone, Copy)]
struct Score {
    correct: usize,
    wrong: usize,
    missed: usize,
}

impl Score {
    fn add(&mut self, o: Score) {
        self.correct += o.correct;
        self.wrong += o.wrong;
        self.missed += o.missed;
    }
    fn precision(&self) -> f64 {
        let d = self.correct + self.wrong;
        if d == 0 {
            0.0
        } else {
            self.correct as f64 / d as f64
        }
    }
    fn recall(&self) -> f64 {
        let d = self.correct + self.missed;
        if d == 0 {
            0.0
        } else {
            self.correct as f64 / d as f64
        }
    }
}

fn code_of(v: &Value) -> String {
    v.as_str().unwrap_or("-").to_string()
}

fn tuple_expected(e: &Value) -> (String, String, String) {
    (
        code_of(&e["event"]),
        code_of(&e["actor"]),
        code_of(&e["recipient"]),
    )
}

fn party_code(p: &Option<sitrep_record::Party>) -> String {
    p.as_ref()
        .and_then(|p| p.code.clone())
        .unwrap_or_else(|| "-".into())
}

#[derive(Default)]
struct Report {
    events: Score,
    events_sentence: Score,
    quotes: Score,
    dates: Score,
    quantities: Score,
    sources: Score,
    lines: Vec<String>,
}

fn source_label(p: &sitrep_record::Party) -> Vec<String> {
    let mut labels = Vec::new();
    if let Some(o) = &p.org {
        labels.push(o.clone());
    }
    if let Some(c) = &p.code {
        labels.push(c.clone());
        if let Some(s) = &p.sector {
            labels.push(format!("{c} {s}"));
        }
    }
    labels.push(p.text.clone());
    labels
}

fn evaluate(name: &str, record: &Record, gold: &Value, report: &mut Report, verbose: bool) {
    let text = &record.text;
    // Events, per story.
    let expected: BTreeSet<(String, String, String)> = gold["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(tuple_expected)
        .collect();
    let produced: BTreeSet<(String, String, String)> = record
        .events
        .iter()
        .map(|e| {
            (
                e.event.clone(),
                party_code(&e.actor),
                party_code(&e.recipient),
            )
        })
        .collect();
    let s = Score {
        correct: produced.intersection(&expected).count(),
        wrong: produced.difference(&expected).count(),
        missed: expected.difference(&produced).count(),
    };
    report.events.add(s);
    // Per sentence: the produced event's sentence contains the locator.
    let mut ss = Score::default();
    let mut matched_events = Vec::new();
    for e in gold["events"].as_array().unwrap() {
        let loc = e["sentence"].as_str().unwrap();
        let t = tuple_expected(e);
        let hit = record.events.iter().find(|p| {
            let sent: String = text
                .chars()
                .skip(p.sentence.start)
                .take(p.sentence.end - p.sentence.start)
                .collect();
            sent.contains(loc)
                && (
                    p.event.clone(),
                    party_code(&p.actor),
                    party_code(&p.recipient),
                ) == t
        });
        match hit {
            Some(p) => {
                ss.correct += 1;
                matched_events.push((e, p));
            }
            None => ss.missed += 1,
        }
    }
    let matched_produced: usize = matched_events.len();
    ss.wrong = record.events.len().saturating_sub(matched_produced);
    // The held-out waves are read in aggregate only: their sentences are never printed.
    if sentence_dump() && !is_held_out(name) {
        dump_sentences(name, record, gold, &matched_events);
    }
    report.events_sentence.add(ss);
    // Sources of matched events: the nearest source.
    for (e, p) in &matched_events {
        let exp: Vec<String> = e["sources"]
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|x| x.as_str().map(str::to_string))
                    .collect()
            })
            .unwrap_or_default();
        match (exp.first(), p.sources.first()) {
            (None, None) => {}
            (Some(x), Some(y)) => {
                // Scored on who (country or organisation code), not on the sector.
                let who = x.split(' ').next().unwrap_or(x);
                if source_label(y).iter().any(|l| l == x || l == who) {
                    report.sources.correct += 1;
                } else {
                    report.sources.wrong += 1;
                    report.sources.missed += 1;
                }
            }
            (Some(_), None) => report.sources.missed += 1,
            (None, Some(_)) => report.sources.wrong += 1,
        }
    }
    // Quotes: found by their first words; correct when the speaker matches.
    let mut qs = Score::default();
    for q in gold["quotes"].as_array().unwrap() {
        let start = q["starts_with"].as_str().unwrap();
        let speaker = q["speaker"].as_str();
        let code = q["speaker_code"].as_str();
        let found = record.quotes.iter().find(|p| {
            p.text
                .trim_start_matches(['“', '"', '‘', '\''])
                .starts_with(start)
                || p.text.contains(start)
        });
        match found {
            Some(p) => {
                let ok = match (&p.speaker, speaker) {
                    (None, None) => true,
                    (Some(sp), Some(name)) => {
                        sp.text.contains(name)
                            || name.contains(&sp.text)
                            || (code.is_some() && sp.code.as_deref() == code && sp.org.is_some())
                    }
                    _ => false,
                };
                if ok {
                    qs.correct += 1;
                } else {
                    qs.wrong += 1;
                    qs.missed += 1;
                }
            }
            None => qs.missed += 1,
        }
    }
    report.quotes.add(qs);
    // Dates.
    let mut ds = Score::default();
    let gold_dates = gold["dates"].as_array().unwrap();
    for d in gold_dates {
        let t = d["text"].as_str().unwrap();
        let v = d["value"].as_str();
        let found = record
            .dates
            .iter()
            .find(|p| p.text.contains(t) || t.contains(&p.text));
        match found {
            Some(p) if p.value.as_deref() == v => ds.correct += 1,
            Some(_) => {
                ds.wrong += 1;
                ds.missed += 1
            }
            None => ds.missed += 1,
        }
    }
    // Produced dates that no gold date overlaps count as wrong.
    for p in &record.dates {
        if !gold_dates.iter().any(|d| {
            let t = d["text"].as_str().unwrap();
            p.text.contains(t) || t.contains(&p.text)
        }) {
            ds.wrong += 1;
        }
    }
    report.dates.add(ds);
    // Quantities.
    let mut ns = Score::default();
    let gold_q = gold["quantities"].as_array().unwrap();
    for q in gold_q {
        let t = q["text"].as_str().unwrap();
        let kind = q["kind"].as_str().unwrap();
        let value = q["value"].as_f64();
        let min = q["min"].as_f64();
        let max = q["max"].as_f64();
        let found = record.quantities.iter().find(|p| p.text.contains(t));
        match found {
            Some(p) => {
                let num_ok = [value, min, max].iter().flatten().any(|x| {
                    [p.value, p.min, p.max]
                        .iter()
                        .flatten()
                        .any(|y| (x - y).abs() < 0.5)
                });
                if num_ok && p.kind.as_str() == kind {
                    ns.correct += 1;
                } else {
                    ns.wrong += 1;
                    ns.missed += 1;
                }
            }
            None => ns.missed += 1,
        }
    }
    for p in &record.quantities {
        if !gold_q
            .iter()
            .any(|q| p.text.contains(q["text"].as_str().unwrap()))
        {
            ns.wrong += 1;
        }
    }
    report.quantities.add(ns);
    report.lines.push(format!(
        "{name:<28} events {:>2} ok {:>2} wrong {:>2} missed | quotes {}/{} | dates {}/{} | quantities {}/{}",
        s.correct,
        s.wrong,
        s.missed,
        qs.correct,
        qs.correct + qs.missed,
        ds.correct,
        ds.correct + ds.missed,
        ns.correct,
        ns.correct + ns.missed
    ));
    if verbose {
        for t in produced.difference(&expected) {
            report.lines.push(format!("    wrong:  {t:?}"));
        }
        for t in expected.difference(&produced) {
            report.lines.push(format!("    missed: {t:?}"));
        }
    }
}

/// Prints the aggregate lines, and the per-story lines when `per_story`: the
/// held-out sets always pass `false` ([`is_held_out`]), so that every run shows their
/// aggregates only and nobody tunes to their stories by accident.
fn print_report(title: &str, r: &Report, per_story: bool) {
    eprintln!("\n== {title} ==");
    if per_story {
        for l in &r.lines {
            eprintln!("{l}");
        }
    }
    let line = |n: &str, s: &Score| {
        eprintln!(
            "{n:<22} correct {:>4}  wrong {:>4}  missed {:>4}  precision {:.2}  recall {:.2}",
            s.correct,
            s.wrong,
            s.missed,
            s.precision(),
            s.recall()
        )
    };
    line("events (per story)", &r.events);
    line("events (per sentence)", &r.events_sentence);
    line("sources", &r.sources);
    line("quotes", &r.quotes);
    line("dates", &r.dates);
    line("quantities", &r.quantities);
}

/// Assert (precision, recall) floors per measure, naming every measure that fell.
fn check_floors(report: &Report, floors: &[(&str, f64, f64)]) {
    let mut fell = Vec::new();
    for &(name, min_p, min_r) in floors {
        let score = match name {
            "events" => &report.events,
            "events per sentence" => &report.events_sentence,
            "sources" => &report.sources,
            "quotes" => &report.quotes,
            "dates" => &report.dates,
            "quantities" => &report.quantities,
            other => panic!("unknown measure {other}"),
        };
        if score.precision() < min_p || score.recall() < min_r {
            fell.push(format!(
                "{name}: precision {:.2} (floor {min_p:.2}), recall {:.2} (floor {min_r:.2})",
                score.precision(),
                score.recall()
            ));
        }
    }
    assert!(fell.is_empty(), "below the floor: {fell:?}");
}

/// `SITREP_GOLDEN_SENTENCES=1`: one line per missed expected event (with what the engine
/// coded in its sentence) and per produced event no expected event matched, for sorting
/// misses by cause.
fn sentence_dump() -> bool {
    std::env::var("SITREP_GOLDEN_SENTENCES").is_ok()
}

fn dump_sentences(
    name: &str,
    record: &Record,
    gold: &Value,
    matched: &[(&Value, &sitrep_record::Event)],
) {
    let sentence_of = |p: &sitrep_record::Event| -> String {
        record
            .text
            .chars()
            .skip(p.sentence.start)
            .take(p.sentence.end - p.sentence.start)
            .collect()
    };
    let show = |p: &sitrep_record::Event| {
        format!(
            "{} {} {}>{} [{}]",
            p.event,
            p.cameo,
            party_code(&p.actor),
            party_code(&p.recipient),
            p.trigger.text
        )
    };
    for e in gold["events"].as_array().unwrap() {
        if matched.iter().any(|(m, _)| std::ptr::eq(*m, e)) {
            continue;
        }
        let loc = e["sentence"].as_str().unwrap();
        let (cat, a, r) = tuple_expected(e);
        let there: Vec<String> = record
            .events
            .iter()
            .filter(|p| sentence_of(p).contains(loc))
            .map(show)
            .collect();
        println!(
            "MISS\t{name}\t{cat} {} {a}>{r} [{}]\t{loc}\tengine: {}",
            code_of(&e["cameo"]),
            code_of(&e["trigger"]),
            there.join(" | ")
        );
    }
    for p in &record.events {
        if matched.iter().any(|(_, m)| std::ptr::eq(*m, p)) {
            continue;
        }
        println!("FALSE\t{name}\t{}\t{}", show(p), sentence_of(p));
    }
}

/// The held-out waves (`voa-wave2/`, `voa-wave3/`): their per-story lines and sentences are
/// never printed, whatever the environment asks, so that nobody tunes to them by accident.
fn is_held_out(name: &str) -> bool {
    name.starts_with("voa-wave2/") || name.starts_with("voa-wave3/")
}

fn verbose() -> bool {
    std::env::var("SITREP_GOLDEN_VERBOSE").is_ok()
}

#[test]
fn examples_match_their_hand_coding() {
    let pipeline = Pipeline::new();
    let docs = load_jsonl(&root().join("examples/articles.jsonl"));
    let mut report = Report::default();
    for doc in &docs {
        let gold_path = root().join(format!("examples/articles/{}.expected.json", doc.id));
        let gold: Value =
            serde_json::from_str(&std::fs::read_to_string(&gold_path).unwrap()).unwrap();
        let record = pipeline.process(doc);
        evaluate(&doc.id, &record, &gold, &mut report, verbose());
    }
    print_report("example articles", &report, true);
    // Floors a little under the figures measured when they were set (2026-12-04, after
    // the stage refactor, unchanged by it: events P 0.58 R 0.30, per sentence P 0.58
    // R 0.23, sources P 0.33 R 0.20, quotes P 1.00 R 0.92, dates P 0.89 R 0.81,
    // quantities P 0.44 R 0.58). Raise them as the engine improves; never lower them to
    // let a change pass.
    //
    // One exception, stated: on 2026-12-04 the frames layer (issue #9) made planned and
    // agreed cooperative acts intents (03x) and four hand codings of these stories were
    // recoded to that convention; with the frames' recipients and the grown lexicon the
    // per-story event precision of these three stories measured 0.50 (13 correct, 13
    // wrong: mostly the right category with another recipient), so its floor is 0.48
    // until the recipients are right again. The seed + VOA floors were not lowered.
    // Raised on 2026-12-04 after the recall work's second round (measured: events P 0.54
    // R 0.35, per sentence P 0.58 R 0.28), and after the roles work (issue #10; measured:
    // events P 0.55 R 0.37, per sentence P 0.59 R 0.29), and after the session-6 merges
    // (measured: events P 0.72 R 0.60, per sentence P 0.82 R 0.57), and after the
    // session-8 merges (measured: events P 0.71 R 0.63, per sentence P 0.81 R 0.58).
    check_floors(
        &report,
        &[
            ("events", 0.68, 0.60),
            ("events per sentence", 0.78, 0.55),
            ("sources", 0.30, 0.18),
            ("quotes", 0.95, 0.90),
            ("dates", 0.85, 0.78),
            ("quantities", 0.40, 0.55),
        ],
    );
}

#[test]
fn seed_and_voa_match_their_hand_coding() {
    let seed = shared().join("corpora/seed/kim-shoigu-pyongyang.jsonl");
    let voa = shared().join("corpora/voa/voa_stories.jsonl");
    if !seed.exists() || !voa.exists() {
        eprintln!("skipped: ../shared/corpora is not present");
        return;
    }
    let pipeline = Pipeline::new();
    let golden = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let mut report = Report::default();
    let seed_doc = &load_jsonl(&seed)[0];
    let gold: Value =
        serde_json::from_str(&std::fs::read_to_string(golden.join("seed.json")).unwrap()).unwrap();
    evaluate(
        "seed",
        &pipeline.process(seed_doc),
        &gold,
        &mut report,
        verbose(),
    );
    let stories = load_jsonl(&voa);
    let mut files: Vec<PathBuf> = std::fs::read_dir(golden.join("voa"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    assert!(files.len() >= 10, "at least 10 hand-coded VOA stories");
    for f in files {
        let gold: Value = serde_json::from_str(&std::fs::read_to_string(&f).unwrap()).unwrap();
        let id = gold["id"].as_str().unwrap();
        let doc = stories
            .iter()
            .find(|d| d.id == id)
            .unwrap_or_else(|| panic!("story {id} not in the corpus"));
        evaluate(
            &format!("voa/{id}"),
            &pipeline.process(doc),
            &gold,
            &mut report,
            verbose(),
        );
    }
    print_report("seed + VOA", &report, true);
    // Floors a little under the figures measured when they were set (2026-12-04, after
    // the stage refactor, unchanged by it: events P 0.43 R 0.35, per sentence P 0.43
    // R 0.32; sources P 0.57 R 0.53; quotes P 0.84 R 0.81; dates P 0.80 R 0.92;
    // quantities P 0.41 R 0.62). Events raised on 2026-12-04 after the recall work's
    // second round (measured: P 0.42 R 0.40, per sentence P 0.41 R 0.34), and after the
    // roles work (issue #10; measured: P 0.50 R 0.48, per sentence P 0.43 R 0.40), and
    // after the session-6 merges (measured: P 0.59 R 0.60, per sentence P 0.53 R 0.50),
    // and after the session-7 merges (measured: P 0.60 R 0.65, per sentence P 0.55 R 0.54),
    // and after the session-8 merges (measured: P 0.61 R 0.65, per sentence P 0.57 R 0.56).
    check_floors(
        &report,
        &[
            ("events", 0.59, 0.63),
            ("events per sentence", 0.54, 0.53),
            ("sources", 0.53, 0.50),
            ("quotes", 0.80, 0.78),
            ("dates", 0.76, 0.89),
            ("quantities", 0.38, 0.59),
        ],
    );
}

/// Score every hand-coded VOA story in `tests/golden/<subdir>/` (at least `min_files`).
fn score_voa_subdir(subdir: &str, min_files: usize) -> Option<Report> {
    let voa = shared().join("corpora/voa/voa_stories.jsonl");
    if !voa.exists() {
        eprintln!("skipped: ../shared/corpora is not present");
        return None;
    }
    let pipeline = Pipeline::new();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(subdir);
    let stories = load_jsonl(&voa);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    assert!(
        files.len() >= min_files,
        "{subdir}: {} hand-coded stories, expected at least {min_files}",
        files.len()
    );
    let mut report = Report::default();
    for f in files {
        let gold: Value = serde_json::from_str(&std::fs::read_to_string(&f).unwrap()).unwrap();
        let id = gold["id"].as_str().unwrap();
        let doc = stories
            .iter()
            .find(|d| d.id == id)
            .unwrap_or_else(|| panic!("story {id} not in the corpus"));
        evaluate(
            &format!("{subdir}/{id}"),
            &pipeline.process(doc),
            &gold,
            &mut report,
            verbose(),
        );
    }
    Some(report)
}

/// The VOA stories coded for issue #9 (`tests/golden/voa-issue9/`): scored apart so the
/// floors above keep measuring the set they were set on.
#[test]
fn issue9_stories_match_their_hand_coding() {
    let Some(report) = score_voa_subdir("voa-issue9", 20) else {
        return;
    };
    print_report("VOA, issue #9 stories", &report, true);
    // Floors a little under the figures measured when they were set (2026-12-04, with
    // the frames layer: events P 0.38 R 0.22; quotes R 0.82). Their dates and quantities
    // were not coded.
    // Raised on 2026-12-04 after the recall work's second round (measured P 0.39 R 0.29),
    // and after the roles work (issue #10; measured P 0.46 R 0.38), and after the
    // session-6 merges (measured P 0.65 R 0.57), and after the session-7 merges (measured
    // P 0.67 R 0.59).
    check_floors(&report, &[("events", 0.65, 0.57), ("quotes", 0.0, 0.78)]);
}

/// The second wave of VOA stories coded for issue #9 (`tests/golden/voa-wave2/`, chosen for
/// the thin PLOVER categories and regions the first waves missed): scored apart, like the
/// first wave, so each set's floors keep measuring the set they were set on.
#[test]
fn wave2_stories_match_their_hand_coding() {
    let Some(report) = score_voa_subdir("voa-wave2", 25) else {
        return;
    };
    print_report("VOA, issue #9 wave 2 stories", &report, false);
    // Floors a little under the figures measured when the stories were added (2026-12-04,
    // engine unchanged: events P 0.33 R 0.25, per sentence P 0.21 R 0.15; quotes P 0.74
    // R 0.72). Dates and quantities were not coded; quotes were listed where a speaker is
    // named, not exhaustively, so their precision has no floor. Raised after the session-7
    // merges (measured: events P 0.39 R 0.30); never tuned to: only its aggregate is read.
    check_floors(&report, &[("events", 0.38, 0.29), ("quotes", 0.0, 0.70)]);
}

/// The third wave (`tests/golden/voa-wave3/`): the 18 VOA stories no earlier wave covered,
/// mostly features (health, travel, history, technology) with few events and many sentences
/// that look codable but are not. Hand-coded in session 6 without running the engine and kept
/// as a test set: no rule is tuned on its per-event lines, so it measures false positives and
/// generalisation.
#[test]
fn wave3_stories_match_their_hand_coding() {
    let Some(report) = score_voa_subdir("voa-wave3", 18) else {
        return;
    };
    print_report("VOA, wave 3 stories (test set)", &report, false);
    // Floors a little under the figures measured when the stories were added (2026-12-04,
    // main after the session-6 merges: events P 0.08 R 0.12; the engine at the session's
    // start scored P 0.06 R 0.08). Most wrong events are coded in feature stories whose
    // sentences the coder lists as not events. Dates, quotes and quantities were not coded.
    check_floors(&report, &[("events", 0.06, 0.10)]);
}

// First run, h/features2 (session 17), on eight longer feature and analysis passages
// (450-500 words: a U.N. arms embargo explainer, Thai-Cambodian talks mediated by Malaysia,
// JNIM's fuel blockade of Mali, Uganda's disputed election, Iran's strikes in Iraqi
// Kurdistan, Afghans deported from Iran, China's duties on EU dairy, a think-tank report on
// Haitian police and gangs; 55 events and 141 not_events as first coded), engine unchanged
// since they were committed (main at 8a1fe55): events per story P 0.556 R 0.714 F1 0.625
// (35 right, 28 wrong, 14 missed: Uganda F1 0.83, Mali 0.77, South Sudan 0.71, Thailand-
// Cambodia 0.70, Iran 0.67, Afghans 0.67, EU-China 0.53, Haiti 0.14), category only per
// sentence P 0.629 R 0.800. Five not_events contradicted the settled choice that
// "repeatedly" is not habitual and were coded as events (61 events, 136 not_events): on the
// corrected coding the first run scores P 0.571 R 0.667 F1 0.615 (36 right, 27 wrong, 18
// missed), category only per sentence P 0.671 R 0.770; the directory (22 passages) P 0.577
// R 0.627 F1 0.601, category only per sentence P 0.714 R 0.766 (the 14 session-9 passages
// alone: P 0.583 R 0.583). Most wrong events were background: perfect-tense series and
// spans ("at least three times since 2021", "dozens of times", "in recent years", "for
// more than a year", "from the start"), the content of a call ("calls ... to lift a
// measure"), charges and acts labelling a noun ("commanders accused of leading attacks",
// "the mission that struggled to push the gangs back"), domestic acts in history clauses;
// and parties: a named organisation after "Geneva-based" read as Switzerland, the report's
// author lost as the accuser, strikes on exiled opposition camps given the host country.
// After h/features2's fixes (a cue verb of an appeal telling a practice or history frames
// no act; a perfect with a count of times, "at least three times", tells history; what a
// demand noun asks for, "calls from the AU to lift the embargo", is no act done unless the
// demand is yielded to; "emergency aid" is no state of emergency): the eight P 0.617
// R 0.685 F1 0.649 (37 right, 23 wrong, 17 missed), category only per sentence P 0.716
// R 0.787; the directory P 0.602 R 0.637 F1 0.619, category only per sentence P 0.741
// R 0.775 (this test's own count: events per story P 0.60 R 0.64, per sentence P 0.57
// R 0.62). Golden dev, the wire stories and the held-out golden aggregate unchanged.
/// The feature-style passages (`tests/golden/features-blind/`): narrative VOA/AP-style
/// features (refugees, farming under conflict, elections, culture under sanctions, veterans,
/// climate and security) written and hand-coded for issue #9's precision work before the
/// engine ran on them. Each passage's text is `<name>.txt` beside its coding `<name>.json`,
/// which also carries the publication date. Scored as a set of its own, apart from dev.
#[test]
fn feature_passages_match_their_hand_coding() {
    let report = score_passages("features-blind");
    assert!(report.stories >= 22, "at least 22 feature passages");
    print_report("feature passages", &report.scores, true);
    // Floors a little under the figures measured (2026-12-05, session 9). The engine's first
    // run on them, before any change made after reading its output (the honest held-out
    // estimate): events P 0.53 R 0.50, per sentence P 0.47 R 0.46. After the session's
    // precision changes: events P 0.55 R 0.50, per sentence P 0.49 R 0.46. Dates, quotes
    // and quantities were not coded.
    // Raised after h/features2 (22 passages; measured events P 0.60 R 0.64, per sentence
    // P 0.57 R 0.62).
    check_floors(
        &report.scores,
        &[("events", 0.59, 0.63), ("events per sentence", 0.56, 0.61)],
    );
}

/// The wire stories (`tests/golden/wire-blind/`): original, multi-event wire stories in the
/// style of AP/Reuters/AFP copy (attacks and casualty tolls, talks, sanctions, courts,
/// protests, elections), written and hand-coded in session 14 before the engine ran on them:
/// the story-level blind set, closer to the held-out wire sample than single sentences.
/// Laid out as the feature passages; scored as a set of their own.
// First run, `wire-b-*` (six diplomacy, politics and law stories, 115 events, 73
// not_events; branch h/wireb, before any fix): per story P 0.489 R 0.550 F1 0.518,
// category only per sentence P 0.675 R 0.670 F1 0.672 (bench/accuracy.sh --debug).
// After h/wireb's fixes: per story P 0.551 R 0.675 F1 0.607, category only per
// sentence P 0.702 R 0.739 F1 0.720.
// First run, h/wirea (session 14), on the six `wire-a-*` conflict and security stories
// (Niger, Lebanon, Sudan, Myanmar, Ukraine, Haiti; 90 events, 80 not_events), engine
// unchanged since they were committed: events per story P 0.55 R 0.67 F1 0.60, category
// only per sentence P 0.70 R 0.90. After that branch's fixes (reported "it" after a
// relative clause, "its" after a resolved "it", proposals "put forward by" X, "a request
// for comment", reports by international bodies): P 0.60 R 0.71 F1 0.65, per sentence P
// 0.72 R 0.90.
// First run, h/wirec (session 14), on the four `wire-c-*` unrest, rights and borders
// stories (Tanzania protest crackdown, Chile-Peru migrant border row, Argentine general
// strike, Oman-mediated Iran-Denmark prisoner swap; 70 events, 56 not_events), engine
// unchanged since they were committed: events per story P 0.63 R 0.57 F1 0.60 (29
// right, 17 wrong, 22 missed: Tanzania F1 0.79, Argentina 0.71, Chile-Peru 0.60, Oman
// 0.27); the whole directory (16 stories) P 0.585 R 0.665 F1 0.623, category only per
// sentence P 0.714 R 0.771. After that branch's fixes (a pair phrase owning the subject,
// "the two countries' presidents"; a sole party before a pair phrase picks the story's
// dominant pair; a closing attribution's sayer is no party of a pair; a verb after ", and"
// hung inside a ", saying ..." clause, and a verbal act coordinated after a reported
// clause whose subject is no party, take the main subject): the four P 0.70 R 0.73 F1
// 0.71 (37 right, 16 wrong, 14 missed); the directory P 0.597 R 0.704 F1 0.646,
// category only per sentence P 0.713 R 0.785.
// First run, h/wired (session 15), on the six `wire-d-*` rights, courts, elections and
// unrest stories (Kyrgyz journalists detained, a Lahore court jailing an opposition
// leader, Benin's disputed election, a U.N. report on Ecuador's military, a Belgian
// national strike, Algeria's expulsions of migrants into Niger; 87 events, 87
// not_events), engine unchanged since they were committed: events per story P 0.625
// R 0.574 F1 0.598 (35 right, 21 wrong, 26 missed: Lahore F1 0.94, Belgium 0.62,
// Kyrgyzstan 0.60, Benin 0.57, Algeria-Niger 0.54, Ecuador 0.40), category only per
// sentence P 0.716 R 0.609; the whole directory (22 stories) P 0.609 R 0.678 F1 0.642,
// category only per sentence P 0.717 R 0.740. After h/wired's fixes (bodies named by a
// role and an acronym, "the socialist union FGTB"; reactions pointing back to an act
// noun's doer, "troubled by the arrests", "rejected the result"; a sayer who calls an act
// a wrong is not its doer; a sayer past a relative clause holding a list; "It" after a
// closing "it said"; "criticism from Washington"; a shared party name is the story's; an
// auxiliary after "and" ends an object; a subjunctive's role subject): the six P 0.80
// R 0.80 F1 0.80 (49 right, 12 wrong, 12 missed), category only per sentence P 0.79
// R 0.74; the directory P 0.649 R 0.734 F1 0.689, category only per sentence P 0.732
// R 0.771.
//
// First run, h/wiree (session 15), on the six `wire-e-*` diplomacy, cooperation, aid and
// economy stories (ASEAN summit in Cebu, Kenya-mediated South Sudan truce, Bolivia's IMF
// loan and strike, Erdogan's Tashkent state visit, Pakistan-Afghan trade war, Jordan-Syria
// refugee returns; 111 events, 54 not_events), engine unchanged since they were committed
// (main at 610fefa): events per story P 0.571 R 0.627 F1 0.598 (52 right, 39 wrong, 31
// missed: Bolivia F1 0.72, Jordan-Syria 0.69, Pakistan-Afghanistan 0.69, Tashkent 0.67,
// South Sudan 0.56, ASEAN 0.34), category only per sentence P 0.682 R 0.658 F1 0.670; the
// whole directory (22 stories on this branch) P 0.596 R 0.685 F1 0.638. After the first
// run two not_events that contradicted a settled choice ("repeatedly" is not habitual,
// words.txt `[habitual-adverbs]`) were coded as events (ASEAN: ACCUSE PHL>CHN and the
// alleged COERCE CHN>PHL; Pakistan: ACCUSE AFG>PAK): the first run scores P 0.582 R 0.624
// F1 0.602 on the corrected coding, category only per sentence P 0.701 R 0.658. After
// h/wiree's fixes (duties doubled and a retaliatory ban on another country's goods; an
// object "him" not its clause's subject, a counterpart a one-person role; "Asked about ...,
// X said"; "had long", a habitual chain's participle and habitual cue verbs; an aid noun a
// pledge promises; a distributive "each"; "welcomed the agreement" pointing back to its
// signing; police clearing a blockade): P 0.637 R 0.682 F1 0.659 (58 right, 33 wrong, 27
// missed), category only per sentence P 0.752 R 0.719; the directory (22 stories) P 0.614
// R 0.701 F1 0.655, from P 0.599 R 0.684 F1 0.639 before the fixes. Floors unchanged (the
// directory's per-sentence recall is 0.60, its floor 0.59).
//
// First run, h/wiref (session 16), on the six `wire-f-*` stories written in the manner of
// Voice of America (datelines, "officials said", named officials then surnames, background
// paragraphs: Cairo Gaza truce talks with Egyptian mediation and alleged violations, a
// jihadist attack on a Burkina Faso base and the junta's partners, an Indonesia-Malaysia
// summit, Nicaraguans fleeing into Costa Rica, EU sanctions on Russia and Moscow's and
// Beijing's answers, an Ethiopia-Eritrea border crisis with AU mediation; 114 events, 77
// not_events), engine unchanged since they were committed (main at 30e7426): events per
// story P 0.600 R 0.612 F1 0.606 (60 right, 40 wrong, 38 missed: Jakarta F1 0.92, Costa
// Rica 0.74, Cairo 0.68, Ethiopia-Eritrea 0.63, Burkina Faso 0.42, EU-Russia 0.34),
// category only per sentence P 0.760 R 0.807; the directory (34 stories) P 0.660 R 0.720
// F1 0.689, category only per sentence P 0.741 R 0.771. After the first run one not_event
// that contradicted a settled choice (the G7's scheduled price-cap talks: a scheduled
// sanction is THREATEN 1312) was coded as an event: the first run scores P 0.610 R 0.616
// F1 0.613 (61 right, 39 wrong, 38 missed) on the corrected coding, category only per
// sentence P 0.769 R 0.809. After h/wiref's fixes (a charge labelling a noun, "officials
// accused of plotting", is no accusation nor act; executions and "at least 60" in reported
// wrongdoing; ", and it" after a sayer's reported clause is the sayer; a preposition inside
// a name is no slot; "the sanctions" points back to the sentence that named them; a state
// body owned by an office holder, "Ortega's government", is that state's): P 0.680 R 0.667
// F1 0.673 (66 right, 31 wrong, 33 missed: Jakarta 1.00, Costa Rica 0.96, Cairo 0.73,
// Ethiopia-Eritrea 0.63, Burkina Faso 0.47, EU-Russia 0.44), category only per sentence P
// 0.803 R 0.817; the directory P 0.676 R 0.732 F1 0.703 (the 28 earlier stories
// unchanged: 264 right, 127 wrong, 88 missed). Floors unchanged (the lead sets them).
//
// First run, h/wireg (session 17), on the six `wire-g-*` stories in the VOA manner (a North
// Korean missile launch and the Seoul, Tokyo and Washington responses, an Armenia-Azerbaijan
// border shooting and EU-set talks, a Pakistan-Afghanistan clash at Torkham, Houthi missiles
// on a Liberian-flagged ship and U.S. and British strikes, an ELN attack during the Caracas
// talks, a Kosovo Serb riot with KFOR and Belgrade's army alert; 100 events, 69 not_events),
// engine unchanged since they were committed (main at 2feccc8): events per story P 0.663
// R 0.714 F1 0.688 (65 right, 33 wrong, 26 missed: Colombia F1 0.85, Armenia-Azerbaijan
// 0.75, Torkham 0.70, Korea 0.68, Kosovo 0.63, Red Sea 0.52), category only per sentence
// P 0.734 R 0.800; the directory (40 stories) P 0.677 R 0.731 F1 0.703, category only per
// sentence P 0.752 R 0.781. After h/wireg's fixes (a name and a country adjective before one
// noun, "the U.S. and British strikes", are two parties; a phrase inside an `as` predicate is
// no target; a pair phrase after a visit's "to"; the remit in an office's title, "special
// representative for the dialogue", is no act; a threat naming the actor's own forces warns
// the party the actor accused; "warned X its warships would be targeted"; Kosovo Serbs are
// XKX; undermining talks is no CAMEO 164; "closed the route between the two countries" is
// closed to the pair's other side): P 0.723 R 0.802 F1 0.760 (73 right, 28 wrong, 18
// missed), category only per sentence P 0.766 R 0.850; the directory P 0.687 R 0.745 F1
// 0.715 (the 34 earlier stories unchanged: 331 right, 156 wrong, 120 missed).
//
// First run, h/wireh (session 18), on the six `wire-h-*` stories written to read harder, like
// real wire copy (long sentences of two or three clauses, attribution everywhere, officials by
// title, background paragraphs, statistics and analysts; a Malian junta expelling the U.N.
// human rights chief with the Sahel alliance and ECOWAS responding, India and Pakistan trading
// fire on the Line of Control with talks offered and refused, a Venezuelan regional-vote
// dispute with arrests, U.S. sanctions and Colombian mediation, an Amhara drone strike with a
// WFP suspension, a China-Philippines water-cannon clash at Scarborough Shoal with protests and
// a U.S. statement, Israeli strikes in Lebanon with the ceasefire monitors' report; 126 events,
// 98 not_events), engine unchanged since they were committed (main at 28e92e4): events per
// story P 0.628 R 0.567 F1 0.596 (59 right, 35 wrong, 45 missed, distinct triples: Ethiopia
// F1 0.79, Kashmir 0.61, Venezuela 0.59, Lebanon 0.57, Scarborough 0.53, Mali 0.48), category
// only per sentence P 0.661 R 0.635; the directory (46 stories) P 0.722 R 0.738 F1 0.730,
// category only per sentence P 0.747 R 0.767 (the 40 earlier stories unchanged). After
// h/wireh's fixes (where a foreign sayer spoke from, "said in Geneva", "a U.N. spokesman in
// New York said", is not the act's place; "A spokesman, NAME," opening a sentence speaks for
// the party opening the sentence before; plural "water cannons"; sanctions being considered
// are threatened; "would respond with firmness"): P 0.649 R 0.606 F1 0.627 (63 right, 34
// wrong, 41 missed), category only per sentence P 0.669 R 0.659; the directory P 0.724
// R 0.745 F1 0.734 (the 40 earlier stories unchanged: 418 right, 149 wrong, 124 missed).
//
// First run, h/fresh24 (session 24), on the eight `wire-i-*` stories written in the manner
// of the held-out VOA conflict copy of 2000-2020 (Darfur 2004, Sri Lanka 2009, Libya 2011,
// Mali 2012, Ukraine 2014, Yemen 2015, Myanmar 2017, Venezuela 2019; 163 events, 86
// not_events), written and coded before the engine ran on them or their writer read the
// lexicon, engine unchanged (main at 71ef9ee8): events per story P 0.534 R 0.522 F1 0.528
// (70 right, 61 wrong, 64 missed, distinct triples: Sri Lanka F1 0.79, Venezuela 0.62,
// Darfur 0.60, Myanmar 0.53, Mali 0.50, Ukraine 0.47, Libya 0.40, Yemen 0.38); 114 of the
// 163 expected events had their category coded in their sentence (0.70, against 0.38 on
// the held-out stories and 0.79 on the earlier wire stories); the directory (54 stories)
// P 0.720 R 0.745 F1 0.732 (`bench/golden_profile.py --only wire-i-`). After h/fresh24's
// fixes (an act aimed at "the West", Western governments or donors keeps no recipient;
// "from a Saudi-led coalition"; "militias blamed for a campaign of killing" is a label,
// no act; military advisers sent "to advise" a party are military aid; a pledge to
// reinstate the constitution is AGREE 034): P 0.577 R 0.560 F1 0.568; the directory P
// 0.727 R 0.751 F1 0.739; the held-out figures did not move.
//
// First run, h/freshk25 (session 25), on the eight `wire-k-*` stories, diplomacy,
// politics and crisis copy in the manner of the held-out VOA stories of 2000-2020 (Lausanne
// nuclear framework 2015, Beijing six-party deal 2007, Egypt's Rabaa crackdown 2013, Bangkok
// Red Shirts 2010, Zimbabwe's runoff pull-out 2008, the Skripal expulsions 2018, Kenya's
// power-sharing deal 2008, the OAS suspension of Honduras 2009; 165 events, 77
// not_events), written and coded before the engine ran on them or their writer read the
// lexicon, engine unchanged (main at 10df2d73): events per story P 0.426 R 0.564 F1 0.485
// (Bangkok 0.73, Kenya 0.70, Zimbabwe 0.62, Skripal 0.61, Egypt 0.61, Honduras 0.55,
// Beijing 0.27, Lausanne 0.19: 42 wrong CONSULT pairs from one "talks between Iran and the
// United States, Britain, ... and China"); 102 of 165 expected events had their category
// coded in their sentence; the directory (62 stories) P 0.678 R 0.727 F1 0.702. After
// h/freshk25's fixes (one side against a listed other after `between`; a frame's intent is
// mutual only when its act is; nuclear tests are 150; "called on the Security Council" is
// an appeal; an event noun under a coordinated infinitive takes the appeal's frame; joint
// exercises suspended are 1622; a title between an apposition's comma and the name):
// P 0.610 R 0.615 F1 0.613, 106 of 165; the directory P 0.713 R 0.735 F1 0.724; the
// held-out figures did not move.
#[test]
fn wire_stories_match_their_hand_coding() {
    // The `wire-j-*` stories (session 25), the `wire-l-*` stories (session 26), the
    // `wire-m-*` stories (session 27), the `wire-n-*` stories (session 28), the
    // `wire-o-*` stories (session 29), the `wire-p-*` stories (session 30) and the
    // `wire-q-*` stories (session 31) are scored
    // apart, below: fresh held-out-style sets whose first runs sit under these floors.
    let report = score_passages_where("wire-blind", |id| {
        ![
            FRESH_J, FRESH_L, FRESH_M, FRESH_N, FRESH_O, FRESH_P, FRESH_Q, FRESH_R, FRESH_S,
            FRESH_T, FRESH_U, FRESH_V,
        ]
        .iter()
        .any(|prefix| id.starts_with(prefix))
    });
    if report.stories == 0 {
        eprintln!("skipped: no wire stories in tests/golden/wire-blind");
        return;
    }
    print_report("wire stories", &report.scores, true);
    assert!(report.stories >= 62, "at least 62 wire stories");
    // Floors a little under the figures on main after the session-18 merges (46 stories:
    // events per story P 0.73 R 0.75, per sentence P 0.67 R 0.67; after session 17, on 40
    // stories, P 0.69 R 0.75 and P 0.66 R 0.66; after session 16, on 34
    // stories, P 0.68 R 0.73 and P 0.64 R 0.64; after session 15, on 28
    // stories, P 0.65 R 0.73 and P 0.62 R 0.63; after session 14, on 16 stories, P 0.61
    // R 0.71 and P 0.57 R 0.61). Dates, quotes and quantities were not coded.
    check_floors(
        &report.scores,
        &[("events", 0.71, 0.73), ("events per sentence", 0.65, 0.65)],
    );
}

/// The prefix of the session-25 conflict stories (`tests/golden/wire-blind/wire-j-*`).
const FRESH_J: &str = "wire-j-";

// First run, h/freshj25 (session 25), on the eight `wire-j-*` stories written in the manner
// of the held-out VOA conflict copy of 2000-2020 (Fallujah 2004, Mogadishu 2006, Mumbai and
// South Ossetia and the Ecuador raid 2008, Marjah 2010, Chibok 2014, Marawi 2017; 158
// events, 97 not_events), written and coded before the engine ran on them or their writer
// read the lexicon, engine unchanged (main at 10df2d73): events per story P 0.477 R 0.424
// F1 0.449; 96 of 158 expected events had their category coded in their sentence (0.61;
// `bench/golden_profile.py --only wire-j-`). After h/freshj25's fixes (the Taliban an
// insurgency 2001-2021; an honorific before an appositive name; captures in "the city of";
// losing verbs; patrols "with" a state; agentless bombings told far from an earlier
// attack; a denial's accuser by sector; "the Islamic Courts"): P 0.526 R 0.480 F1 0.502,
// per sentence P 0.49 R 0.44 (this test's counts). Floors a little under those figures;
// the set is kept apart from the directory's floors above, which it would lower.
#[test]
fn fresh_conflict_stories_match_their_hand_coding() {
    check_fresh_wire_set(
        FRESH_J,
        &[("events", 0.51, 0.46), ("events per sentence", 0.47, 0.42)],
    );
}

/// The prefix of the session-26 accusation and coercion stories
/// (`tests/golden/wire-blind/wire-l-*`).
const FRESH_L: &str = "wire-l-";

// First run, h/freshl26 (session 26), on the eight `wire-l-*` stories written in the manner
// of the held-out VOA copy of 2000-2020 and rich in accusations and coercive acts (Bahrain's
// Pearl Roundabout 2011, Ethiopia's election crackdown 2005, Andijan 2005, Burma's monks
// 2007, Turkey's purge after the coup attempt 2016, Cuba's dissident trials 2003, Belarus's
// election protest 2010, Lhasa 2008; 193 events, 58 not_events; ACCUSE 56, COERCE 32,
// REQUEST 30, ASSAULT 23), written and coded before the engine ran on them or their writer
// read the lexicon, engine unchanged (main at e1ee5da6): events per story P 0.736 R 0.591
// F1 0.655; 118 of 193 expected events had their category coded in their sentence
// (`bench/golden_profile.py --only wire-l-`). After h/freshl26's fixes (a main verb after a
// relative aside that reports a clause; reactions to "the scale of" an act; security agents;
// the opposition's denial of the state's charge; deadlines "until midnight"; a wrong held
// by a noun of evidence): P 0.739 R 0.621 F1 0.675, 126 of 193; this test's counts, per
// story P 0.74 R 0.62 (82 right, 29 wrong, 50 missed), per sentence P 0.66 R 0.53. The
// held-out figures did not move. Floors a little under those figures; the set is kept
// apart from the directory's floors above, which it would lower.
#[test]
fn fresh_accusation_and_coercion_stories_match_their_hand_coding() {
    check_fresh_wire_set(
        FRESH_L,
        &[("events", 0.73, 0.61), ("events per sentence", 0.65, 0.52)],
    );
}

/// The prefix of the session-27 diplomacy and politics stories
/// (`tests/golden/wire-blind/wire-m-*`).
const FRESH_M: &str = "wire-m-";

// First run, h/freshm27 (session 27), on the eight `wire-m-*` stories written in the manner
// of the held-out VOA copy of 2000-2020 and rich in diplomacy and politics (the Sudan-South
// Sudan oil deal 2012, the FARC talks' opening in Norway 2012, the Russian and Chinese veto
// on Syria 2012, the Kosovo-Serbia Brussels accord 2013, the Minsk ceasefire 2015, ECOWAS
// and Jammeh 2016, the Iran-Turkey-Brazil fuel swap 2010, the Aceh accord 2005; 201 events,
// 87 not_events; AGREE 45, SUPPORT 33, CONSULT 29, REQUEST 27, REJECT 20, ACCUSE 18),
// written and coded before the engine ran on them or their writer read the lexicon, engine
// unchanged (main at 0b0f4661): events per story P 0.667 R 0.601 F1 0.632; 131 of 201
// expected events had their category coded in their sentence (`bench/golden_profile.py
// --only wire-m-`); this test's counts, per story P 0.67 R 0.60 (86 right, 43 wrong, 57
// missed), per sentence P 0.66 R 0.49. The held-out figures are those of main (P 0.516 R
// 0.431 F1 0.470, 130 of 335, 148 wrong). After h/freshm27's fixes (a reaction to a mutual
// act is aimed at both its sides, and an agreement noun points back to its signing; talks
// in a closing `after` phrase are the main clause's parties'; meeting verbs skip "met with
// gunfire"; a person's party is of that person's country; who accompanies or observes talks
// does not hold them): P 0.712 R 0.657 F1 0.684, 132 of 201; this test's counts, per story
// P 0.71 R 0.66 (94 right, 38 wrong, 49 missed), per sentence P 0.71 R 0.55. The held-out
// figures did not move. Floors a little under those figures; the set is kept apart from the
// directory's floors above, which it would lower.
#[test]
fn fresh_diplomacy_stories_match_their_hand_coding() {
    check_fresh_wire_set(
        FRESH_M,
        &[("events", 0.69, 0.64), ("events per sentence", 0.69, 0.53)],
    );
}

/// The prefix of the session-28 repression, arrest and accusation stories
/// (`tests/golden/wire-blind/wire-n-*`).
const FRESH_N: &str = "wire-n-";

// First run, h/freshn28 (session 28), on the eight `wire-n-*` stories written in the manner
// of the held-out VOA copy of 2005-2022 and rich in repression, arrests and accusations
// (Uganda's arrest of Kyagulanyi 2020, Navalny's jailing and Russia's expulsion of EU
// diplomats 2021, Hong Kong's primary arrests 2021, Nicaragua's candidate arrests and U.S.
// sanctions 2021, Iran's fuel protests and internet shutdown 2019, Kazakhstan's emergency
// and the CSTO force 2022, Nigeria's Lekki toll gate shooting 2020, Malaysia's deportation
// of Myanmar nationals 2021; 148 events, 61 not_events; ACCUSE 44, COERCE 27, REQUEST 21,
// REJECT 13, PROTEST 10, ASSAULT 8, THREATEN 8), written and coded before the engine ran on
// them, engine unchanged (main at cd84cf6f): events per story P 0.747 R 0.634 F1 0.686; 94
// of 148 expected events had their category coded in their sentence
// (`bench/golden_profile.py --only wire-n-`). After h/freshn28's fixes (a trailing sayer
// past a participial toll clause; "people protesting" are protesters; a person's
// supporters; a journey's origin is no act's place; time adverbials inside frame cues;
// "condemned what he called"; forces offered are no threat; a traveller's return releases
// no one; "perverse"): P 0.804 R 0.696 F1 0.746, 100 of 148; this test's counts, per story
// P 0.80 R 0.70 (78 right, 19 wrong, 34 missed), per sentence P 0.72 R 0.59. The held-out
// figures did not move. Floors a little under those figures; the set is kept apart from the
// directory's floors above, which it would lower.
#[test]
fn fresh_repression_stories_match_their_hand_coding() {
    check_fresh_wire_set(
        FRESH_N,
        &[("events", 0.78, 0.68), ("events per sentence", 0.70, 0.57)],
    );
}

/// The prefix of the session-29 cooperation stories (`tests/golden/wire-blind/wire-o-*`).
const FRESH_O: &str = "wire-o-";

// First run, h/freshO29 (session 29), on the eight `wire-o-*` stories written in the manner
// of the held-out VOA copy of 2010-2023 on the cooperative side (the Pretoria cessation of
// hostilities 2022, the Haiti donor conference 2010, Obama's endorsement of India's Security
// Council bid 2010, the Griner-Bout swap in Abu Dhabi 2022, Saudi-Iran ties restored in
// Beijing 2023, the EU's Myanmar sanctions lifted 2013, Egypt's Gaza ceasefire proposal
// accepted and rejected 2014, Morocco readmitted to the AU 2017; 136 events, 76
// not_events; AGREE 32, SUPPORT 26, CONSULT 19, ACCUSE 16, REQUEST 15, REJECT 9), written
// and coded before the engine ran on them, engine unchanged (main at 3e2b45de): events per
// story P 0.711 R 0.590 F1 0.645; 94 of 136 expected events had their category coded in
// their sentence (`bench/golden_profile.py --only wire-o-`). One event left out against
// convention 4 was added after that run (Egypt's alleged siding with Israel; on the
// recoded file the first run is P 0.722 R 0.593 F1 0.651, 95 of 137). After h/freshO29's
// fixes (a pledge beside another clause's subject goes to the story's country, a
// contribution announced is a pledge; "press ahead" is no appeal; a rejected "it" or a
// backed "the proposal" points back to the proposal's author; a protest against "the
// visit" is aimed at the visitor): P 0.770 R 0.653 F1 0.706, 97 of 137; this test's
// counts, per story P 0.77 R 0.65 (77 right, 23 wrong, 41 missed), per sentence P 0.72
// R 0.60. The held-out figures did not move. Floors a little under those figures; the set
// is kept apart from the directory's floors above, which it would lower.
#[test]
fn fresh_cooperation_stories_match_their_hand_coding() {
    check_fresh_wire_set(
        FRESH_O,
        &[("events", 0.76, 0.64), ("events per sentence", 0.71, 0.59)],
    );
}

/// The prefix of the session-30 stories (`tests/golden/wire-blind/wire-p-*`).
const FRESH_P: &str = "wire-p-";

// First run, h/freshP30 (session 30), on the eight `wire-p-*` stories written in the manner
// of wire copy, conflict and cooperative sides and verbal acts mixed (Pakistan's and Iran's
// cross-border strikes 2024, Castillo's ouster in Peru 2022, the M23's capture of Goma 2025,
// the Galwan valley clash 2020, Rajapaksa's flight from Sri Lanka 2022, China's drills after
// Pelosi's Taiwan visit 2022, ECOWAS's ultimatum to Niger's junta 2023, the Palma attack in
// Mozambique 2021; 155 events, 111 not_events), written and coded before the engine ran on
// them, engine unchanged (main at 69ad8d51): events per story P 0.605 R 0.650 F1 0.627; 110
// of 155 expected events had their category coded in their sentence
// (`bench/golden_profile.py --only wire-p-`; Niger 0.81, Galwan 0.69, Congo 0.68, Peru 0.67,
// Sri Lanka 0.64, Pakistan-Iran 0.62, Taiwan 0.49, Mozambique 0.33). After h/freshP30's fixes
// (object keywords stop at a finite verb after "and"; a demand's phrase does not run across
// ", and" into a finite past; tear gas at "them"; "overreact"; a role in easing another pair's
// tensions is mediation; "work closely with"; "the Mozambican town of Palma" placed in
// Mozambique; missiles fired into the waters around a state are a show of force towards it;
// the hideouts of an armed group of the actor's own country are the group's): P 0.646 R 0.700
// F1 0.672, 115 of 155; this test's counts, per story P 0.65 R 0.70 (84 right, 46 wrong, 36
// missed), per sentence P 0.55 R 0.56. The held-out figures did not move. Floors a little
// under those figures; the set is kept apart from the directory's floors above, which it
// would lower.
#[test]
fn fresh_mixed_stories_match_their_hand_coding() {
    check_fresh_wire_set(
        FRESH_P,
        &[("events", 0.64, 0.69), ("events per sentence", 0.54, 0.55)],
    );
}

/// The prefix of the session-31 stories (`tests/golden/wire-blind/wire-q-*`).
const FRESH_Q: &str = "wire-q-";

// First run, h/freshQ31 (session 31), on the eight `wire-q-*` stories written in the manner
// of wire copy, verbal and cooperative acts leading (Ecuador's raid on Mexico's embassy in
// Quito 2024, Senegal's election delay 2024, Kenya's finance-bill protests 2024, the
// Kyrgyz-Tajik border war 2022, the India-Canada expulsions 2024, Georgia's foreign-influence
// law 2024, the Saudi-led demands on Qatar 2017, the Thai-Cambodian truce 2025; 151 events,
// 99 not_events), written and coded before the engine ran on them, engine unchanged (main at
// c6001b75): events per story P 0.580 R 0.603 F1 0.591; 104 of 151 expected events had
// their category coded in their sentence (`bench/golden_profile.py --only wire-q-`). After
// h/freshQ31's fixes (a ceasefire agreement signed is 057; "opponents" and "protest
// organizers" are opposition roles; a court challenge of a measure takes the story's party,
// and a case taken "to" a court does not sue the court; asking for permission is an
// appeal; a broadcaster's licence revoked is no concession; a reaction to a truce reacts to
// its two sides; a list of names opening a sentence is its whole subject; the party opening
// the sentence before is looked for inside it; "agreed in Malaysia to halt" is an intent;
// austerity measures are no restriction): P 0.641 R 0.667 F1 0.654, 112 of 151; this test's
// counts, per story P 0.64 R 0.67 (84 right, 47 wrong, 42 missed), per sentence P 0.58 R
// 0.60. The held-out figures did not move. Floors a little under those
// figures; the set is kept apart from the directory's floors above, which it would lower.
#[test]
fn fresh_verbal_stories_match_their_hand_coding() {
    check_fresh_wire_set(
        FRESH_Q,
        &[("events", 0.62, 0.65), ("events per sentence", 0.56, 0.58)],
    );
}

/// The prefix of the session-31 stories in VOA's manner (`tests/golden/wire-blind/wire-r-*`).
const FRESH_R: &str = "wire-r-";

// First run, h/freshR31 (session 31), on the eight `wire-r-*` stories written in Voice of
// America's manner (dateline, attributions, analysts, background and reactions; Somalia's
// rejection of the Ethiopia-Somaliland port deal 2024, Burkina Faso's order to French troops
// 2023, the Second Thomas Shoal boarding 2024, the Maldives' request for India's troops to
// leave 2024, South Korea's suspension of the 2018 military pact after North Korea's
// balloons 2024, Russia's exit from the Black Sea grain deal 2023, Iran's seizure of the
// Stena Impero 2019, the U.S.-Colombia deportation-flights dispute 2025; 118 events, 113
// not_events), written and coded before the engine ran on them, engine unchanged (main at
// d9fe6e9c): events per story P 0.567 R 0.578 F1 0.573; 73 of 118 expected events had
// their category coded in their sentence (`bench/golden_profile.py --only wire-r-`).
// After h/freshR31's fixes ("Burkina" names Burkina Faso; a frame cue runs across a medium
// phrase, "threatened in an audio message to"; a possessive capital after a past verb with a
// place inside the city in its phrase is a place; an attack aimed at a place of another
// country is not given the actor's own country from the story; "called on X to stop its
// reckless provocations" is an appeal): P 0.610 R 0.627 F1 0.618, 75 of 118; this test's
// counts, per story P 0.61 R 0.63 (64 right, 41 wrong, 38 missed), per sentence P 0.55 R
// 0.54. The held-out figures did not move. Floors a little under those figures; the set is
// kept apart from the directory's floors above, which it would lower.
#[test]
fn fresh_voa_manner_stories_match_their_hand_coding() {
    check_fresh_wire_set(
        FRESH_R,
        &[("events", 0.59, 0.61), ("events per sentence", 0.53, 0.52)],
    );
}

/// The prefix of the session-32 stories from regional bureaus (`tests/golden/wire-blind/wire-s-*`).
const FRESH_S: &str = "wire-s-";

// First run, h/freshS32 (session 32), on the eight `wire-s-*` stories written as regional
// bureau copy of domestic and regional politics (dateline, attributions in every wire
// manner, quotes, background, reactions; Guinea's coup and the ECOWAS suspension 2021,
// Gabon's coup and the AU suspension 2023, Bolivia's Zuniga uprising 2024, Guatemala's
// tally-sheet raid and Indigenous blockades 2023, Cambodia's treason charge against Kem
// Sokha 2017, Sargsyan's resignation in Armenia 2018, Saied's freeze of Tunisia's
// parliament 2021, Nepal's social-media protests and Oli's resignation 2025; 142 events, 89
// not_events), written and coded before the engine ran on them (commit `a273f79a`), engine
// unchanged (main at `85ab72a3`): events per story P 0.670 R 0.628 F1 0.648; 91 of 142
// expected events had their category coded in their sentence (`bench/golden_profile.py
// --only wire-s-`; the Guatemala story scored 0: a bare accented "Arévalo" left unlinked
// gave the story the United States as its home country). After h/freshS32's fixes (name
// words without accents; calling an act a coup is an accusation; "also condemned" joins
// the criticism before; "States'" owns a title; the one suspended is the object; a series
// after "a day after" keeps that clause's subject; a bloc suspending a state after a coup;
// concerns one has, "shocked by", "a worrying sign"; a refusal beside a coordinated
// request; Indigenous blockades; a role before "last month"): P 0.792 R 0.809 F1 0.800,
// 104 of 142; this test's counts, per story P 0.79 R 0.81 (76 right, 20 wrong, 18
// missed), per sentence P 0.68 R 0.69. The held-out figures did not move. Floors a little
// under those figures; the set is kept apart from the directory's floors above.
#[test]
fn fresh_regional_bureau_stories_match_their_hand_coding() {
    check_fresh_wire_set(
        FRESH_S,
        &[("events", 0.77, 0.79), ("events per sentence", 0.66, 0.67)],
    );
}

/// The prefix of the session-32 world-desk stories (`tests/golden/wire-blind/wire-t-*`).
const FRESH_T: &str = "wire-t-";

// First run, h/freshT32 (session 32), on the eight `wire-t-*` stories in the manner of a
// Reuters or AP world desk (international security and diplomacy with several parties:
// Russia's veto of the Mali sanctions 2023, China's downgrade of ties with Lithuania 2021,
// NATO's Vilnius communique 2023, the Qatar-brokered U.S.-Iran swap 2023, the Black Sea
// Reaper collision 2023, China's Pacific ICBM test 2024, the Vrbetice expulsions 2021, the
// return of U.S. oil sanctions on Venezuela 2024; 142 events, 69 not_events), written and
// coded before the engine ran on them (commit 73da6d17), engine unchanged (main at
// 86960cfd): events per story P 0.600 R 0.471 F1 0.528; 76 of 142 expected events had
// their category coded in their sentence (`bench/golden_profile.py --only wire-t-`).
// After h/freshT32's fixes (a count of a named bloc's members is the bloc, "the 31
// allies"; a document named a few sentences back stands for its issuer, "The communique
// condemned"; arms named by their missile sent to a party are aid; "infantry fighting
// vehicles" are no fighting; "stopped short of" is no stop-over; prosecutors charging are
// legal action; "has no plans to" refuses; a state's "mission to" X acts for it;
// "separatist groups" are separatists; "shrugged off" rejects): P 0.656 R 0.521 F1 0.581,
// 82 of 142; this test's counts, per story P 0.66 R 0.52 (63 right, 33 wrong, 58 missed),
// per sentence P 0.57 R 0.44. The held-out figures did not move. Floors a little under
// those figures; the set is kept apart from the directory's floors above.
#[test]
fn fresh_world_desk_stories_match_their_hand_coding() {
    check_fresh_wire_set(
        FRESH_T,
        &[("events", 0.63, 0.50), ("events per sentence", 0.54, 0.42)],
    );
}

/// The prefix of the session-33 conflict-monitor stories (`tests/golden/wire-blind/wire-u-*`).
const FRESH_U: &str = "wire-u-";

// First run, h/freshU33 (session 33), on the eight `wire-u-*` stories in the manner of the
// conflict monitors' own reports (ACLED weekly and regional overviews of Sudan and the
// central Sahel 2024, an OCHA flash update on Goma 2025, an ISW daily assessment of Ukraine
// 2024, CrisisWatch entries on Haiti and Myanmar 2024, a Security Council Report summary on
// Yemen 2024, the Secretary-General's report on the UN Verification Mission in Colombia
// 2024; 172 events, 55 not_events), written and coded before the engine ran on them (commit
// d44a1fee), engine unchanged (main at 9e4dbf65): events per story P 0.667 R 0.648 F1
// 0.657; 135 of 172 expected events had their category coded in their sentence
// (`bench/golden_profile.py --only wire-u-`). Two coding mistakes found after the first run
// were corrected (97381081). After h/freshU33's fixes (a paragraph opening "In <country>,"
// of a regional overview gives its uncoded parties that country; "the international
// community" names no party; a bare "Humanitarian Coordinator" is the U.N.'s; "occupation
// officials" are officials; "welcomed the step" after an act of the other side at home; an
// act a collective is accused of has no actor; a release demanded asks the holder told
// before; retaliating by a ban is no attack; backing forces as a deployment's purpose is no
// endorsement; "the army" is the armed forces the story named; a bare refusal after the
// actor's own takes its recipient): P 0.812 R 0.774 F1 0.792, 138 of 173; this test's
// counts, per story P 0.81 R 0.77 (82 right, 19 wrong, 24 missed), per sentence P 0.83
// R 0.70. The held-out figures did not move. Floors a little under those figures; the set
// is kept apart from the directory's floors above.
#[test]
fn fresh_monitor_stories_match_their_hand_coding() {
    check_fresh_wire_set(
        FRESH_U,
        &[("events", 0.78, 0.74), ("events per sentence", 0.80, 0.67)],
    );
}

/// The prefix of the session-33 economic-statecraft stories (`tests/golden/wire-blind/wire-v-*`).
const FRESH_V: &str = "wire-v-";

// First run, h/freshV33 (session 33), on the eight `wire-v-*` stories of economic statecraft
// and human movement between states (China's barley tariffs on Australia 2020, Russia's gas
// cutoff to Ukraine 2014, the Jersey fishing standoff 2021, Pakistan's deportations of
// Afghans 2023, the U.S. aid cut to Central America 2019, the U.S. aid pause to Ethiopia over
// the Nile dam 2020, Syria's Bab al-Hawa permission 2023, Greece's bailout deal 2015; 123
// events, 77 not_events), written and coded before the engine ran on them (commit 3d634462),
// engine unchanged (main at 21548f8d): events per story P 0.578 R 0.468 F1 0.517
// (`bench/golden_profile.py --only wire-v-`; 75 of 123 expected events had their category
// coded in their sentence); this test's counts, per story P 0.58 R 0.47, per sentence P 0.53
// R 0.41. After h/freshV33's fixes (a leader's name before the body it names is no sayer;
// a place-named possessor that is an official's surname; a city naming a venue is no side
// of the story's pair; a ministry spokesperson speaking in a country's place; a state body
// reported by a state officer; "the cutoff" points back to supplies cut; a protest by
// foreigners held abroad; an accusation of a collective; acting under threats; a capital
// naming a venue is a place; "turned it down" after a proposal noun of its sentence): P
// 0.697 R 0.559 F1 0.620, 79 of 123; this test's counts, per story P 0.70 R 0.56 (62 right,
// 27 wrong, 49 missed), per sentence P 0.65 R 0.52. The held-out figures did not move. Floors
// a little under those figures.
#[test]
fn fresh_statecraft_stories_match_their_hand_coding() {
    check_fresh_wire_set(
        FRESH_V,
        &[("events", 0.66, 0.54), ("events per sentence", 0.62, 0.49)],
    );
}

/// Scores one set of eight fresh blind stories (`tests/golden/wire-blind/<prefix>*`) apart
/// from the wire directory and checks its floors (skipped, saying so, where the stories
/// are absent).
fn check_fresh_wire_set(prefix: &str, floors: &[(&str, f64, f64)]) {
    let set = prefix.trim_end_matches('-');
    let report = score_passages_where("wire-blind", |id| id.starts_with(prefix));
    if report.stories == 0 {
        eprintln!("skipped: no {set} stories in tests/golden/wire-blind");
        return;
    }
    print_report(&format!("{set} stories"), &report.scores, true);
    assert!(report.stories >= 8, "at least 8 {set} stories");
    check_floors(&report.scores, floors);
}

/// The scores of a directory of passages whose text (`<name>.txt`) lies beside its coding
/// (`<name>.json`, which also carries the publication date and the title if any).
struct PassageScores {
    stories: usize,
    scores: Report,
}

fn score_passages(subdir: &str) -> PassageScores {
    score_passages_where(subdir, |_| true)
}

/// `score_passages` over the stories whose file name (the id) `keep` accepts.
fn score_passages_where(subdir: &str, keep: impl Fn(&str) -> bool) -> PassageScores {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(subdir);
    let mut files: Vec<PathBuf> = match std::fs::read_dir(&dir) {
        Ok(entries) => entries
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .filter(|p| p.file_stem().and_then(|n| n.to_str()).is_some_and(&keep))
            .collect(),
        Err(_) => Vec::new(),
    };
    files.sort();
    let pipeline = Pipeline::new();
    let mut scores = Report::default();
    for f in &files {
        let gold: Value = serde_json::from_str(&std::fs::read_to_string(f).unwrap()).unwrap();
        let text = std::fs::read_to_string(f.with_extension("txt"))
            .unwrap_or_else(|e| panic!("{}: {e}", f.with_extension("txt").display()));
        let doc = InputDocument {
            id: gold["id"].as_str().unwrap().to_string(),
            text,
            title: gold["title"].as_str().map(str::to_string),
            published: gold["published"].as_str().map(str::to_string),
            ..InputDocument::default()
        };
        evaluate(
            &format!("{subdir}/{}", doc.id),
            &pipeline.process(&doc),
            &gold,
            &mut scores,
            verbose(),
        );
    }
    PassageScores {
        stories: files.len(),
        scores,
    }
}

/// What the provenance issue asks of the reference article, checked one by one.
#[test]
fn seed_provenance_facts() {
    let seed = shared().join("corpora/seed/kim-shoigu-pyongyang.jsonl");
    if !seed.exists() {
        eprintln!("skipped: ../shared/corpora/seed is not present");
        return;
    }
    let r = Pipeline::new().process(&load_jsonl(&seed)[0]);
    let speaker = |start: &str| {
        let q = r
            .quotes
            .iter()
            .find(|q| q.text.starts_with(start))
            .unwrap_or_else(|| panic!("quote {start}"));
        q.speaker.clone().unwrap_or_default()
    };
    assert_eq!(
        speaker("Kim expressed expectation").org.as_deref(),
        Some("KCNA")
    );
    assert_eq!(speaker("Prospects for restoring").text, "Lim Eul-chul");
    assert_eq!(
        speaker("It is a mistake").org.as_deref(),
        Some("KCNA"),
        "the KCNA commentary"
    );
    let killed = r
        .quantities
        .iter()
        .find(|q| q.text.contains("600"))
        .expect("600 killed");
    assert_eq!(
        (killed.value, killed.approx, killed.kind.as_str()),
        (Some(600.0), true, "killed")
    );
    let chain: Vec<(Option<&str>, Option<&str>)> = killed
        .sources
        .iter()
        .map(|s| (s.code.as_deref(), s.sector.as_deref()))
        .collect();
    assert_eq!(
        chain,
        vec![(Some("KOR"), Some("SPY")), (Some("KOR"), Some("LEG"))],
        "intelligence, shared by the lawmaker"
    );
    assert_eq!(killed.modality, Some(sitrep_record::Modality::Claimed));
    let rounds = r
        .quantities
        .iter()
        .find(|q| q.text.contains("nine million"))
        .expect("rounds");
    assert_eq!(
        (rounds.max, rounds.kind.as_str()),
        (Some(9_000_000.0), "munitions")
    );
    let date = |text: &str| {
        r.dates
            .iter()
            .find(|d| d.text.contains(text))
            .and_then(|d| d.value.clone())
    };
    assert_eq!(date("Wednesday").as_deref(), Some("2025-06-04"));
    assert_eq!(date("April").as_deref(), Some("2025-04"));
    assert_eq!(date("last year").as_deref(), Some("2024"));
    assert_eq!(date("March").as_deref(), Some("2025-03"));
    let air_defence = r
        .events
        .iter()
        .find(|e| e.trigger.text == "supplied")
        .expect("air-defence supply coded");
    assert_eq!(air_defence.modality, sitrep_record::Modality::Believed);
    let pledge = r
        .events
        .iter()
        .find(|e| e.trigger.text == "pledged")
        .expect("the pledge");
    assert_eq!(
        pledge.sources.first().and_then(|s| s.org.as_deref()),
        Some("KCNA")
    );
}

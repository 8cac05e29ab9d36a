//! The PETRARCH dictionaries and test suite from `../shared` (skipped with a message when
//! absent): the Phoenix dictionaries and the PETRARCH validation dictionaries load,
//! convert and compile in sitrep; the unit-test records parse and are coded by sitrep's
//! pipeline with the suite's own dictionaries (pass rate by category, failing records).

use std::path::{Path, PathBuf};

use sitrep_tabari::{convert, ConvertOptions, Dictionaries, FileKind, LoadOptions};

fn shared(rel: &str) -> Option<PathBuf> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared")
        .join(rel);
    if p.exists() {
        Some(p)
    } else {
        eprintln!("skipping: {} not found", p.display());
        None
    }
}

#[test]
fn phoenix_dictionaries_load_convert_and_compile() {
    let Some(dir) = shared("dictionaries/phoenix") else {
        return;
    };
    let dicts = Dictionaries::load(&dir, LoadOptions::default()).unwrap();
    let diagnostics = dicts.diagnostics();
    for d in &diagnostics {
        eprintln!("{d}");
    }
    assert_eq!(dicts.verbs.len(), 2);
    assert_eq!(dicts.actors.len(), 3);
    assert_eq!(dicts.agents.len(), 1);
    assert_eq!(dicts.discards.len(), 1);
    assert_eq!(dicts.issues.len(), 1);
    let actors: usize = dicts.actors.iter().map(|f| f.entries.len()).sum();
    let patterns: usize = dicts
        .verbs
        .iter()
        .flat_map(|f| &f.families)
        .map(|f| f.patterns.len())
        .sum();
    eprintln!(
        "actors {actors}, patterns {patterns}, malformed lines {}",
        diagnostics.len()
    );
    assert!(actors > 20_000, "{actors}");
    assert!(patterns > 15_000, "{patterns}");
    // Malformed lines exist in the published files, but are few.
    assert!(
        diagnostics.len() * 200 < actors + patterns,
        "{}",
        diagnostics.len()
    );

    let converted = convert(&dicts, ConvertOptions::default());
    let r = &converted.report;
    for (reason, n) in r.reason_counts() {
        eprintln!("{n:>7} {reason}");
    }
    assert!(
        r.pattern_lines_written > 5_000,
        "{}",
        r.pattern_lines_written
    );
    assert!(r.actor_blocks_written > 5_000, "{}", r.actor_blocks_written);
    assert!(r.roles_written > 300, "{}", r.roles_written);
    converted.check(false).unwrap();
    converted.check(true).unwrap();
}

#[test]
fn validation_dictionaries_load_convert_and_compile() {
    let Some(dir) = shared("conformance/petrarch2") else {
        return;
    };
    let dicts = Dictionaries::load(&dir, LoadOptions::default()).unwrap();
    for d in dicts.diagnostics() {
        eprintln!("{d}");
    }
    let converted = convert(&dicts, ConvertOptions::default());
    converted.check(false).unwrap();
    converted.check(true).unwrap();
    // Sam Gamgee's dated codes become disjoint periods, the earlier restriction winning
    // where two overlap (as PETRARCH resolves them).
    for period in [
        "code: HOB | sector: CIV | to: 2008-01-19",
        "code: HOB | sector: MIL | from: 2008-01-20 | to: 2010-01-08",
        "code: ORC | sector: HOB | from: 2010-01-09 | to: 2010-01-12",
        "code: HOB | sector: ELI | from: 2013-01-20",
    ] {
        assert!(converted.actors.contains(period), "{period}");
    }
    // ARNOR is a plain code: a country-like entry.
    assert!(converted.actors.contains("[ARN]\nname: Arnor"));
}

#[test]
fn strict_loading_stops_at_the_first_malformed_line() {
    let mut d = Dictionaries::default();
    let text = "ARNOR [ARN]\nBAD [ARN 1993]\nGONDOR [GON]\n";
    d.add_source(
        FileKind::Actors,
        "x.actors.txt",
        text,
        LoadOptions::default(),
    )
    .unwrap();
    assert_eq!(d.actors[0].entries.len(), 2);
    assert_eq!(
        d.diagnostics()[0].to_string(),
        "x.actors.txt:2: malformed date restriction `1993` (expected <DATE, >DATE or DATE-DATE)"
    );
    let e = Dictionaries::default()
        .add_source(
            FileKind::Actors,
            "x.actors.txt",
            text,
            LoadOptions { strict: true },
        )
        .unwrap_err();
    assert_eq!(e.line, 2);
}

// ---------------------------------------------------------------------------------------
// The unit-test records
// ---------------------------------------------------------------------------------------

/// One record of `PETR.UnitTest.records.xml`.
#[derive(Debug, Clone)]
struct TestRecord {
    id: String,
    category: String,
    /// `YYYYMMDD`.
    date: String,
    text: String,
    /// Expected (source, target, code) triples; empty for `noevents` and `error` records.
    expected: Vec<(String, String, String)>,
}

/// The value of `name="..."` (or `name = '...'`) in a tag.
fn attr(tag: &str, name: &str) -> Option<String> {
    let mut rest = tag;
    while let Some(p) = rest.find(name) {
        let after = rest[p + name.len()..].trim_start();
        let before_ok = p == 0 || rest.as_bytes()[p - 1].is_ascii_whitespace();
        if let (true, Some(v)) = (before_ok, after.strip_prefix('=')) {
            let v = v.trim_start();
            let quote = v.chars().next()?;
            if quote == '"' || quote == '\'' {
                let end = v[1..].find(quote)?;
                return Some(v[1..1 + end].to_string());
            }
        }
        rest = &rest[p + name.len()..];
    }
    None
}

fn strip_xml_comments(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(start) = rest.find("<!--") {
        out.push_str(&rest[..start]);
        match rest[start..].find("-->") {
            Some(end) => rest = &rest[start + end + 3..],
            None => {
                rest = "";
                break;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The records, and the categories the file's `<Include>` activates.
fn read_records(xml: &str) -> (Vec<TestRecord>, Vec<String>) {
    let xml = strip_xml_comments(xml);
    let include: Vec<String> = xml
        .split("<Include>")
        .nth(1)
        .and_then(|r| r.split("</Include>").next())
        .map(|s| s.split_whitespace().map(str::to_string).collect())
        .unwrap_or_default();
    let mut records = Vec::new();
    for chunk in xml.split("<Sentence ").skip(1) {
        let body = chunk.split("</Sentence>").next().unwrap_or(chunk);
        let tag = &body[..body.find('>').unwrap_or(0)];
        let mut expected = Vec::new();
        for ev in body.split("<EventCoding").skip(1) {
            let t = &ev[..ev.find('>').unwrap_or(0)];
            if let (Some(s), Some(tg), Some(c)) = (
                attr(t, "sourcecode"),
                attr(t, "targetcode"),
                attr(t, "eventcode"),
            ) {
                expected.push((s, tg, c));
            }
        }
        let text = body
            .split("<Text>")
            .nth(1)
            .and_then(|r| r.split("</Text>").next())
            .unwrap_or("")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        // XML character entities (SYNSET-02 writes `&amp;TIETYPE`); `&amp;` last.
        let text = text
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&apos;", "'")
            .replace("&amp;", "&");
        records.push(TestRecord {
            id: attr(tag, "id").unwrap_or_default(),
            category: attr(tag, "category").unwrap_or_default(),
            date: attr(tag, "date").unwrap_or_default(),
            text,
            expected,
        });
    }
    (records, include)
}

fn unit_test_records() -> Option<Vec<TestRecord>> {
    let path = shared("conformance/petrarch2/PETR.UnitTest.records.xml")?;
    let xml = std::fs::read_to_string(path).unwrap();
    let (records, include) = read_records(&xml);
    Some(
        records
            .into_iter()
            .filter(|r| include.contains(&r.category))
            .collect(),
    )
}

#[test]
fn unit_test_records_parse() {
    let Some(records) = unit_test_records() else {
        return;
    };
    let demo = records.iter().find(|r| r.id == "DEMO-00").unwrap();
    assert_eq!(demo.date, "19950101");
    assert!(demo
        .text
        .starts_with("Arnor is about to restore full diplomatic ties"));
    assert_eq!(
        demo.expected,
        [("ARN".to_string(), "GON".to_string(), "064".to_string())]
    );
    eprintln!("{} active records", records.len());
    assert!(records.len() >= 270, "{}", records.len());
    assert!(records
        .iter()
        .all(|r| !r.text.is_empty() && r.date.len() == 8));
}

// ---------------------------------------------------------------------------------------
// The conformance run: sitrep's pipeline with the suite's own dictionaries
// ---------------------------------------------------------------------------------------

/// Events as the suite compares them: (source, target, code). PETRARCH codes an event
/// only with both a source and a target (its default `require_dyad`), and codes
/// negation through patterns of its own, so sitrep's events without both parties and its
/// negated events are left out. A party is compared by its CAMEO actor code.
fn coded_triples(record: &sitrep_core::record::Record) -> Vec<(String, String, String)> {
    let mut out: Vec<(String, String, String)> = record
        .events
        .iter()
        .filter(|e| !e.negated)
        .filter_map(|e| {
            let s = e.actor.as_ref()?.cameo_actor.clone()?;
            let t = e.recipient.as_ref()?.cameo_actor.clone()?;
            Some((s, t, e.cameo.clone()))
        })
        .collect();
    out.sort();
    out.dedup();
    out
}

/// Measured pass rate of the suite (exact (source, target, code) sets), set just under
/// the figure printed by the test (100/281 = 35.6% when last measured), so that a
/// regression fails it. Why records fail, by category, is in docs/TABARI.md.
const CONFORMANCE_FLOOR: f64 = 0.35;

#[test]
fn petrarch_unit_tests_with_their_own_dictionaries() {
    let (Some(dir), Some(records)) = (shared("conformance/petrarch2"), unit_test_records()) else {
        return;
    };
    let dicts = Dictionaries::load(&dir, LoadOptions::default()).unwrap();
    let converted = convert(&dicts, ConvertOptions::default());
    let pipeline = sitrep_core::Pipeline::builder()
        .builtin_actors(false)
        .builtin_events(false)
        .actor_source("petrarch-actors.txt", converted.actors.clone())
        .actor_source("petrarch-roles.txt", converted.roles.clone())
        .event_source("petrarch-events.txt", converted.events.clone())
        .build()
        .unwrap();
    let mut by_category: std::collections::BTreeMap<&str, (usize, usize)> = Default::default();
    let mut failures = Vec::new();
    for r in &records {
        let published = format!("{}-{}-{}", &r.date[..4], &r.date[4..6], &r.date[6..]);
        let doc = sitrep_core::record::InputDocument {
            id: r.id.clone(),
            text: r.text.clone(),
            published: Some(published),
            ..Default::default()
        };
        let got = coded_triples(&pipeline.process(&doc));
        let mut want = r.expected.clone();
        want.sort();
        want.dedup();
        let entry = by_category.entry(r.category.as_str()).or_default();
        entry.1 += 1;
        if got == want {
            entry.0 += 1;
        } else {
            failures.push(format!(
                "{} [{}] want {want:?} got {got:?}: {}",
                r.id, r.category, r.text
            ));
        }
    }
    let passed: usize = by_category.values().map(|v| v.0).sum();
    let rate = passed as f64 / records.len() as f64;
    eprintln!(
        "PETRARCH unit tests: {passed}/{} exact ({:.1}%)",
        records.len(),
        rate * 100.0
    );
    for (cat, (p, n)) in &by_category {
        eprintln!(
            "  {cat:<10} {p:>3}/{n:<3} {:>5.1}%",
            *p as f64 * 100.0 / *n as f64
        );
    }
    eprintln!("failing records:");
    for f in &failures {
        eprintln!("  {f}");
    }
    assert!(
        rate >= CONFORMANCE_FLOOR,
        "pass rate {rate:.3} fell under {CONFORMANCE_FLOOR}"
    );
}

// ---------------------------------------------------------------------------------------
// The conformance run with the TABARI-style pattern coder (`sitrep_tabari::Coder`)
// ---------------------------------------------------------------------------------------

/// Measured pass rate of the suite with the pattern coder, set just under the figure the
/// test prints, so that a regression fails it. docs/TABARI.md explains the failures.
const CODER_FLOOR: f64 = 0.88;

#[test]
fn petrarch_unit_tests_with_the_pattern_coder() {
    let (Some(dir), Some(records)) = (shared("conformance/petrarch2"), unit_test_records()) else {
        return;
    };
    let dicts = Dictionaries::load(&dir, LoadOptions::default()).unwrap();
    let coder = sitrep_tabari::Coder::new(&dicts);
    let mut by_category: std::collections::BTreeMap<&str, (usize, usize)> = Default::default();
    let mut failures = Vec::new();
    for r in &records {
        let date = sitrep_tabari::Date::parse(&r.date);
        let mut got: Vec<(String, String, String)> = coder
            .code_sentence(&r.text, date)
            .into_iter()
            .map(|e| (e.source, e.target, e.code))
            .collect();
        got.sort();
        got.dedup();
        let mut want = r.expected.clone();
        want.sort();
        want.dedup();
        let entry = by_category.entry(r.category.as_str()).or_default();
        entry.1 += 1;
        if got == want {
            entry.0 += 1;
        } else {
            failures.push(format!(
                "{} [{}] want {want:?} got {got:?}: {}",
                r.id, r.category, r.text
            ));
        }
    }
    let passed: usize = by_category.values().map(|v| v.0).sum();
    let rate = passed as f64 / records.len() as f64;
    eprintln!(
        "PETRARCH unit tests, pattern coder: {passed}/{} exact ({:.1}%)",
        records.len(),
        rate * 100.0
    );
    for (cat, (p, n)) in &by_category {
        eprintln!(
            "  {cat:<10} {p:>3}/{n:<3} {:>5.1}%",
            *p as f64 * 100.0 / *n as f64
        );
    }
    eprintln!("failing records:");
    for f in &failures {
        eprintln!("  {f}");
    }
    assert!(
        rate >= CODER_FLOOR,
        "pass rate {rate:.3} fell under {CODER_FLOOR}"
    );
}

/// The same suite through `sitrep_core::Pipeline` with the pattern coder plugged in
/// (what `sitrep extract --dictionary-format petrarch` runs): sentence splitting and
/// publication dates come from the pipeline, and codes outside CAMEO (the suite's local
/// `901`-`915`, `345`) are not in records. Measured when written: 196/281 (69.8%).
const PIPELINE_FLOOR: f64 = 0.69;

#[test]
fn petrarch_unit_tests_through_the_pipeline_with_the_pattern_coder() {
    let (Some(dir), Some(records)) = (shared("conformance/petrarch2"), unit_test_records()) else {
        return;
    };
    let dicts = Dictionaries::load(&dir, LoadOptions::default()).unwrap();
    let pipeline = sitrep_core::Pipeline::builder()
        .builtin_actors(false)
        .builtin_events(false)
        .sentence_coder(std::sync::Arc::new(sitrep_tabari::Coder::new(&dicts)))
        .build()
        .unwrap();
    let mut passed = 0;
    let mut with_rule = 0;
    for r in &records {
        let published = format!("{}-{}-{}", &r.date[..4], &r.date[4..6], &r.date[6..]);
        let doc = sitrep_core::record::InputDocument {
            id: r.id.clone(),
            text: r.text.clone(),
            published: Some(published),
            ..Default::default()
        };
        let record = pipeline.process(&doc);
        // Every event carries its evidence: the verb, both parties and the rule line.
        for e in &record.events {
            assert!(
                !e.trigger.text.is_empty() && e.rule.contains(".verbs.txt:"),
                "{e:?}"
            );
            assert!(e.actor.as_ref().is_some_and(|a| !a.text.is_empty()));
            assert!(e.recipient.as_ref().is_some_and(|a| !a.text.is_empty()));
            with_rule += 1;
        }
        let mut want = r.expected.clone();
        want.sort();
        want.dedup();
        if coded_triples(&record) == want {
            passed += 1;
        }
    }
    let rate = passed as f64 / records.len() as f64;
    eprintln!(
        "PETRARCH unit tests, pipeline with the pattern coder: {passed}/{} exact ({:.1}%), {with_rule} events",
        records.len(),
        rate * 100.0
    );
    assert!(
        rate >= PIPELINE_FLOOR,
        "pass rate {rate:.3} fell under {PIPELINE_FLOOR}"
    );
}

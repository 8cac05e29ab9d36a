//! Replays the inputs kept in `fuzz/regressions/{jsonl,html,feed}` (crashes and slow inputs
//! found by fuzzing, and the hostile inputs of issue #17) through the calls the fuzz targets
//! make, so `cargo test` guards them without any fuzzing tools.

use std::path::Path;
use std::time::{Duration, Instant};

use sitrep_ingest::{html_to_document, parse_feed, read_jsonl, read_stream, Format, ReadOptions};

fn inputs(target: &str) -> Vec<(String, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../fuzz/regressions")
        .join(target);
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return Vec::new();
    };
    let mut out: Vec<(String, Vec<u8>)> = entries
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file() && p.extension().is_none_or(|e| e != "md"))
        .map(|p| (p.display().to_string(), std::fs::read(&p).unwrap()))
        .collect();
    out.sort();
    out
}

/// Each input must be read well within this (they are small; a quadratic path shows).
const LIMIT: Duration = Duration::from_secs(20);

#[test]
fn jsonl_regressions() {
    let options = ReadOptions {
        max_document_bytes: 4096,
        ..ReadOptions::default()
    };
    for (name, data) in inputs("jsonl") {
        let start = Instant::now();
        read_jsonl(data.as_slice(), "fuzz.jsonl", &options).for_each(drop);
        assert!(start.elapsed() < LIMIT, "{name}");
    }
}

#[test]
fn html_regressions() {
    let mut cases = inputs("html");
    // The pages of the issue, generated rather than stored: 150,000 unclosed `<i>`
    // overflowed the stack, 100,000 nested `<div>` ran for over 15 minutes.
    cases.push(("unclosed-i".into(), "<i>".repeat(150_000).into_bytes()));
    cases.push((
        "nested-div".into(),
        format!(
            "{}<p>Text.</p>{}",
            "<div>".repeat(100_000),
            "</div>".repeat(100_000)
        )
        .into_bytes(),
    ));
    for (name, data) in cases {
        let start = Instant::now();
        let html = String::from_utf8_lossy(&data);
        let _ = html_to_document(
            &html,
            "fuzz.html",
            Some("https://example.org/a/b"),
            &ReadOptions::default(),
        );
        assert!(start.elapsed() < LIMIT, "{name}");
    }
}

#[test]
fn feed_regressions() {
    let options = ReadOptions {
        format: Some(Format::Feed),
        allow_fetch: false,
        max_feed_entries: 50,
        ..ReadOptions::default()
    };
    for (name, data) in inputs("feed") {
        let start = Instant::now();
        let _ = parse_feed(&data, "https://example.org/feed.xml");
        read_stream(std::io::Cursor::new(data), "fuzz.rss", &options).for_each(drop);
        assert!(start.elapsed() < LIMIT, "{name}");
    }
}

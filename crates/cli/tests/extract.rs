//! `sitrep extract` end to end: real output validated against the contract's JSON Schema,
//! bad input handled per document, determinism, the input kinds.

use std::io::Write;

mod common;

use common::*;
use serde_json::Value;

#[test]
fn output_validates_against_the_schema() {
    let Some(schema_path) = shared("spec/document.schema.json") else {
        return;
    };
    let schema: Value =
        serde_json::from_str(&std::fs::read_to_string(&schema_path).unwrap()).unwrap();
    let validator = jsonschema::validator_for(&schema).expect("the contract's schema compiles");
    let mut inputs = vec![root().join("examples/articles.jsonl")];
    for extra in [
        "corpora/seed/kim-shoigu-pyongyang.jsonl",
        "corpora/voa/voa_stories.jsonl",
    ] {
        inputs.extend(shared(extra));
    }
    let out = sitrep().arg("extract").args(&inputs).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let recs = records(&out);
    assert!(recs.len() >= 3);
    let mut events = 0;
    for r in &recs {
        let errors: Vec<String> = validator
            .iter_errors(r)
            .map(|e| format!("{} at {}", e, e.instance_path))
            .collect();
        assert!(
            errors.is_empty(),
            "record {} does not validate: {errors:?}",
            r["id"]
        );
        events += r["events"].as_array().unwrap().len();
        // Offsets index the text in code points.
        let text: Vec<char> = r["text"].as_str().unwrap().chars().collect();
        for e in r["events"].as_array().unwrap() {
            let t = &e["trigger"];
            let (s, en) = (
                t["start"].as_u64().unwrap() as usize,
                t["end"].as_u64().unwrap() as usize,
            );
            let span: String = text[s..en].iter().collect();
            assert_eq!(span, t["text"].as_str().unwrap());
            assert!(!e["rule"].as_str().unwrap().is_empty());
        }
        for q in r["quotes"].as_array().unwrap() {
            let (s, en) = (
                q["start"].as_u64().unwrap() as usize,
                q["end"].as_u64().unwrap() as usize,
            );
            let span: String = text[s..en].iter().collect();
            assert_eq!(span, q["text"].as_str().unwrap());
        }
    }
    assert!(events > 20, "real articles yield events ({events})");
}

#[test]
fn bad_input_gives_error_records_and_the_run_goes_on() {
    let dir = temp_dir("bad");
    let jsonl = dir.join("mixed.jsonl");
    let mut f = std::fs::File::create(&jsonl).unwrap();
    writeln!(f, r#"{{"id": "good-1", "text": "Russia attacked Ukraine on Monday.", "published": "2025-06-05"}}"#).unwrap();
    writeln!(f, r#"{{"id": "broken", "text": "unterminated"#).unwrap();
    f.write_all(b"{\"id\": \"bad-utf8\", \"text\": \"caf\xe9\"}\n")
        .unwrap();
    let big = "word ".repeat(3000);
    writeln!(f, r#"{{"id": "huge", "text": "{big}"}}"#).unwrap();
    writeln!(
        f,
        r#"{{"id": "good-2", "text": "France condemned the attack.", "published": "2025-06-05"}}"#
    )
    .unwrap();
    drop(f);
    let invalid = dir.join("latin1.txt");
    std::fs::write(&invalid, b"Caf\xe9 au lait\n").unwrap();
    let missing = dir.join("does-not-exist.jsonl");
    let out = sitrep()
        .args(["extract", "--max-document-bytes", "10000"])
        .arg(&jsonl)
        .arg(&invalid)
        .arg(&missing)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(1),
        "a failed document makes the run exit non-zero"
    );
    let recs = records(&out);
    let stderr = String::from_utf8_lossy(&out.stderr);
    let by_id = |id: &str| {
        recs.iter()
            .find(|r| r["id"].as_str().is_some_and(|x| x.contains(id)))
            .cloned()
    };
    for good in ["good-1", "good-2"] {
        let r = by_id(good).unwrap_or_else(|| panic!("{good} is coded despite its neighbours"));
        assert!(r["error"].is_null());
    }
    let errors: Vec<&Value> = recs.iter().filter(|r| !r["error"].is_null()).collect();
    assert_eq!(
        errors.len(),
        5,
        "malformed line, bad UTF-8 line, huge document, latin-1 file, missing file: {recs:#?}"
    );
    assert!(errors
        .iter()
        .all(|r| r["events"].as_array().unwrap().is_empty()));
    assert!(by_id("huge").unwrap()["error"]
        .as_str()
        .unwrap()
        .contains("too large"));
    assert!(
        stderr.contains("does-not-exist.jsonl"),
        "the message names the path: {stderr}"
    );
    // Input order is kept.
    let ids: Vec<&str> = recs.iter().map(|r| r["id"].as_str().unwrap()).collect();
    assert!(
        ids[0].contains("good-1") && ids[4].contains("good-2"),
        "{ids:?}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn plain_text_and_stdin_with_a_publication_date() {
    let dir = temp_dir("text");
    let txt = dir.join("story.txt");
    std::fs::write(&txt, "KYIV, Ukraine (Wire) - Russia launched a drone strike on Kyiv on Wednesday, Ukrainian officials said.\n").unwrap();
    let out = sitrep()
        .args(["extract", "--published", "2025-06-05"])
        .arg(&txt)
        .output()
        .unwrap();
    assert!(out.status.success());
    let r = &records(&out)[0];
    assert_eq!(r["id"].as_str().unwrap(), txt.to_str().unwrap());
    assert_eq!(r["published"], "2025-06-05");
    let strike = r["events"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["event"] == "ASSAULT")
        .expect("the strike is coded");
    assert_eq!(strike["actor"]["code"], "RUS");
    assert_eq!(
        strike["date"], "2025-06-04",
        "Wednesday before a Thursday publication date"
    );

    let out = run_with(
        &["extract", "--published", "2025-06-05", "-"],
        b"{\"id\": \"s1\", \"text\": \"Japan praised South Korea.\"}\n",
        MINUTE,
    );
    assert!(out.status.success());
    let r = &records(&out)[0];
    assert_eq!(r["id"], "s1");
    assert_eq!(
        r["published"], "2025-06-05",
        "--published fills a missing date"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn same_input_same_output() {
    let input = root().join("examples/articles.jsonl");
    let a = sitrep().arg("extract").arg(&input).output().unwrap();
    let b = sitrep()
        .args(["extract", "--threads", "1"])
        .arg(&input)
        .output()
        .unwrap();
    assert!(a.status.success() && b.status.success());
    assert_eq!(
        a.stdout, b.stdout,
        "output does not depend on runs or thread count"
    );
}

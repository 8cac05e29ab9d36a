//! The command line as analysts use it (issue 16), through the real binary on the example
//! articles: refused values with their reasons, filters, paging, group-bys, the database
//! file, exports to pipes, directory input, and the generated docs.

mod common;

use common::*;
use serde_json::Value;
use std::process::Output;

/// A usage error: exit status 2, the reason said once, naming what is wrong.
fn refused(args: &[&str], expect: &[&str]) {
    let out = run(args);
    assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
    let err = stderr(&out);
    assert_eq!(
        err.matches("error").count(),
        1,
        "{args:?}: the error is said once: {err}"
    );
    for e in expect {
        assert!(err.contains(e), "{args:?}: {err:?} should contain {e:?}");
    }
}

#[test]
fn impossible_and_unknown_values_are_refused_with_the_reason() {
    refused(
        &["query", "--from", "2025-13-99"],
        &["--from", "no month 13"],
    );
    refused(
        &["query", "--to", "2026-02-30"],
        &["February 2026 has 28 days"],
    );
    refused(
        &["extract", "--published", "2026-02-30", "missing.txt"],
        &["--published", "February 2026 has 28 days"],
    );
    refused(
        &["query", "--category", "ASSAULT,BOMBING"],
        &["\"BOMBING\"", "ASSAULT", "COERCE", "AGREE"],
    );
    refused(
        &["export", "--modality", "rumoured"],
        &["\"rumoured\"", "hypothetical", "denied"],
    );
    refused(&["query", "--cameo", "99"], &["\"99\"", "19 fight"]);
    refused(&["query", "--sort", "sideways"], &["newest"]);
    refused(&["query", "--group-by", "colour"], &["dyad", "country"]);
    refused(&["query", "--aggregate", "decade"], &["year"]);
}

#[test]
fn examples_ingested_then_queried_like_an_analyst() {
    let dir = temp_dir("db");
    let db = dir.join("sitrep.db");
    let db_s = db.to_str().unwrap();
    let examples = root().join("examples/articles.jsonl");
    ok(run(&[
        "ingest",
        examples.to_str().unwrap(),
        "--db",
        db_s,
        "--quiet",
    ]));
    let q = |extra: &[&str]| -> Output {
        let mut args = vec!["query", "--db", db_s];
        args.extend_from_slice(extra);
        ok(run(&args))
    };

    // The file alone is complete: a copy without -wal opens and has every document.
    let copy = dir.join("copy.db");
    std::fs::copy(&db, &copy).unwrap();
    let out = ok(run(&[
        "query",
        "--stats",
        "--format",
        "jsonl",
        "--db",
        copy.to_str().unwrap(),
    ]));
    assert_eq!(records(&out)[0]["documents"], 3, "{}", stdout(&out));
    // An empty file is not called an old schema.
    let empty = dir.join("empty.db");
    std::fs::write(&empty, b"").unwrap();
    let out = run(&["query", "--db", empty.to_str().unwrap()]);
    assert!(
        stderr(&out).contains("holds no sitrep data"),
        "{}",
        stderr(&out)
    );

    let all = records(&q(&["--format", "jsonl"]));
    let total = all.len();
    assert!(total >= 10, "the examples give events: {total}");
    // Newest first by default.
    let dates: Vec<&str> = all.iter().filter_map(|e| e["date"].as_str()).collect();
    assert!(dates.windows(2).all(|w| w[0] >= w[1]), "{dates:?}");
    // Every event carries how it is told.
    for e in &all {
        assert!(
            e["modality"].is_string() && e["negated"].is_boolean(),
            "{e}"
        );
        assert!(e["trigger"].is_string() && e["evidence"].is_string(), "{e}");
    }

    // Paging: the table says where it is and how to go on.
    let table = stdout(&q(&["--limit", "2"]));
    assert!(
        table.contains(&format!("1-2 of {total} events, newest first")),
        "{table}"
    );
    assert!(table.contains("next page: --offset 2"), "{table}");
    let page = records(&q(&["--format", "jsonl", "--limit", "2", "--offset", "2"]));
    assert_eq!(page, all[2..4].to_vec());

    // Several categories at once.
    let count = |extra: &[&str]| {
        let mut args = vec!["--format", "jsonl"];
        args.extend_from_slice(extra);
        records(&q(&args))
    };
    let both = count(&["--category", "ASSAULT,agree"]);
    assert_eq!(
        both.len(),
        count(&["--category", "ASSAULT"]).len() + count(&["--category", "AGREE"]).len()
    );
    assert!(both
        .iter()
        .all(|e| e["category"] == "ASSAULT" || e["category"] == "AGREE"));

    // Codes match exactly, names by word: "us" is not in "Russia".
    let rus = count(&["--actor", "RUS"]);
    assert!(!rus.is_empty());
    for e in &rus {
        let code = e["actor_code"].as_str().unwrap_or("");
        let cameo = e["actor_cameo"].as_str().unwrap_or("");
        assert!(code == "RUS" || cameo.starts_with("RUS"), "{e}");
    }
    for e in count(&["--actor", "us"]) {
        assert_ne!(e["actor_code"], "RUS", "{e}");
    }
    // Either side's country.
    let kgz = count(&["--country", "KGZ"]);
    assert!(!kgz.is_empty());
    assert!(kgz
        .iter()
        .all(|e| e["actor_code"] == "KGZ" || e["recipient_code"] == "KGZ"));
    // Reported as having happened.
    assert!(count(&["--asserted-only"])
        .iter()
        .all(|e| e["asserted_mentions"].as_i64().unwrap() > 0));

    // Stemmed search: "sanction" finds the story about sanctions.
    let hits = stdout(&q(&["--search", "sanction", "--format", "csv"]));
    assert!(hits.contains("eu-belarus-sanctions"), "{hits}");

    // Group-bys add up to the events.
    let groups = count(&["--group-by", "category"]);
    let sum: i64 = groups.iter().map(|g| g["events"].as_i64().unwrap()).sum();
    assert_eq!(sum as usize, total);
    let n: Vec<i64> = groups
        .iter()
        .map(|g| g["events"].as_i64().unwrap())
        .collect();
    assert!(n.windows(2).all(|w| w[0] >= w[1]), "most events first");
    let dyads = count(&["--group-by", "dyad", "--limit", "3"]);
    assert!(
        dyads.len() <= 3
            && dyads
                .iter()
                .all(|d| d["group"].as_str().unwrap().contains('>'))
    );
    let years = count(&["--aggregate", "year"]);
    assert!(years.iter().any(|y| y["period"] == "2026"), "{years:?}");

    // The database file, for users.
    let out = ok(run(&["db", "check", "--db", db_s, "--format", "jsonl"]));
    let check = &records(&out)[0];
    assert_eq!(check["integrity"], "ok");
    assert_eq!(check["documents"], 3);
    assert_eq!(check["file_complete"], true);
    assert_eq!(check["wal_bytes"], 0);
    ok(run(&["db", "vacuum", "--db", db_s]));
    refused(
        &["db", "check", "--db", dir.join("nope.db").to_str().unwrap()],
        &["no database"],
    );

    // Exports: Parquet through a pipe, the other tables, honest refusals.
    let out = ok(run(&["export", "--format", "parquet", "--db", db_s]));
    assert!(out.stdout.starts_with(b"PAR1") && out.stdout.ends_with(b"PAR1"));
    let quotes = stdout(&ok(run(&["export", "--table", "quotes", "--db", db_s])));
    assert!(
        quotes.starts_with("document,published,url,ord,text,"),
        "{quotes}"
    );
    refused(
        &[
            "export", "--table", "quotes", "--actor", "RUS", "--db", db_s,
        ],
        &["events only"],
    );
    refused(
        &[
            "export", "--table", "entities", "--format", "gdelt", "--db", db_s,
        ],
        &["GDELT"],
    );
    let csv = stdout(&ok(run(&["export", "--db", db_s])));
    let header = csv.lines().next().unwrap();
    for column in [
        "modality",
        "negated",
        "sources",
        "date_precision",
        "mode",
        "context",
        "trigger",
        "evidence",
    ] {
        assert!(header.split(',').any(|c| c == column), "{column}: {header}");
    }
}

#[test]
fn directories_read_known_formats_and_say_what_was_skipped() {
    let articles = root().join("examples/articles");
    let out = ok(run(&["extract", articles.to_str().unwrap()]));
    let recs = records(&out);
    assert_eq!(recs.len(), 3, "the three .txt stories");
    assert!(recs
        .iter()
        .all(|r| r["id"].as_str().unwrap().ends_with(".txt")));
    assert!(
        stderr(&out).contains("skipped 3 files: 3 .json (not articles); use --input text"),
        "{}",
        stderr(&out)
    );
    let out = ok(run(&[
        "extract",
        articles.to_str().unwrap(),
        "--include",
        "*ceasefire*",
        "--exclude",
        "*.json",
    ]));
    assert_eq!(records(&out).len(), 1);
    assert!(stderr(&out).contains("5 excluded"), "{}", stderr(&out));

    // A JSON array of articles is read as articles, -o writes a file, and the summary
    // format reads like a report.
    let dir = temp_dir("json");
    let input = dir.join("batch.json");
    std::fs::write(
        &input,
        r#"[{"id": "j1", "text": "Russia attacked Ukraine on Monday.", "published": "2025-06-05"},
            {"id": "j2", "text": "France condemned the attack.", "published": "2025-06-05"}]"#,
    )
    .unwrap();
    let file = dir.join("out.jsonl");
    let out = ok(run(&[
        "extract",
        input.to_str().unwrap(),
        "-o",
        file.to_str().unwrap(),
    ]));
    assert!(out.stdout.is_empty());
    let written = std::fs::read_to_string(&file).unwrap();
    let ids: Vec<String> = written
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap()["id"].to_string())
        .collect();
    assert_eq!(ids, ["\"j1\"", "\"j2\""]);
    let out = ok(run(&[
        "extract",
        input.to_str().unwrap(),
        "--format",
        "summary",
    ]));
    let text = stdout(&out);
    assert!(
        text.contains("== j1") && text.contains("Events ("),
        "{text}"
    );
    assert!(text.contains("ASSAULT"), "{text}");
}

#[test]
fn version_completions_and_man_page() {
    let v = stdout(&ok(run(&["--version"])));
    assert!(
        v.starts_with("sitrep ") && v.contains(" (") && v.trim_end().ends_with(')'),
        "{v}"
    );
    let bash = stdout(&ok(run(&["completions", "bash"])));
    assert!(bash.contains("_sitrep") && bash.contains("--asserted-only"));
    let man = stdout(&ok(run(&["completions", "man"])));
    assert!(
        man.starts_with(".ie") || man.contains(".TH sitrep"),
        "{man}"
    );
    // The shipped page is the generated one (regenerate: sitrep completions man > docs/sitrep.1).
    let shipped = std::fs::read_to_string(root().join("docs/sitrep.1")).unwrap();
    assert_eq!(
        shipped, man,
        "docs/sitrep.1 is stale: cargo run -- completions man > docs/sitrep.1"
    );
    refused(&["completions", "tcsh"], &["bash"]);
}

#[test]
fn the_generated_schema_ships_and_accepts_what_the_contract_accepts() {
    let generated: Value = serde_json::from_slice(&ok(run(&["schema"])).stdout).unwrap();
    let shipped: Value = serde_json::from_str(
        &std::fs::read_to_string(root().join("docs/record.schema.json")).unwrap(),
    )
    .unwrap();
    assert_eq!(
        shipped, generated,
        "docs/record.schema.json is stale: cargo run -- schema > docs/record.schema.json"
    );
    let ours = jsonschema::validator_for(&generated).expect("the generated schema compiles");
    let contract_path = root().join("../shared/spec/document.schema.json");
    let contract = contract_path.exists().then(|| {
        let v: Value =
            serde_json::from_str(&std::fs::read_to_string(&contract_path).unwrap()).unwrap();
        jsonschema::validator_for(&v).unwrap()
    });
    if contract.is_none() {
        eprintln!("notice: ../shared/spec absent; checking the generated schema alone");
    }
    // Real records of every kind of input: the contract accepts them (checked here when it
    // is present), and so must the generated schema.
    let mut inputs = vec![
        root().join("examples/articles.jsonl"),
        root().join("examples/articles"),
    ];
    for extra in [
        "../shared/corpora/seed/kim-shoigu-pyongyang.jsonl",
        "../shared/corpora/voa/voa_stories.jsonl",
    ] {
        let p = root().join(extra);
        if p.exists() {
            inputs.push(p);
        }
    }
    let mut args = vec!["extract".to_string()];
    args.extend(inputs.iter().map(|p| p.display().to_string()));
    let out = sitrep().args(&args).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let mut records = records(&out);
    // An error record is part of the contract too.
    records.push(serde_json::json!({
        "id": "broken", "title": null, "published": null, "url": null, "language": null,
        "text": "", "meta": {}, "entities": [], "events": [], "quotes": [],
        "quantities": [], "dates": [], "key_points": [], "error": "invalid UTF-8"
    }));
    assert!(records.len() > 5);
    for r in &records {
        if let Some(c) = &contract {
            assert!(c.is_valid(r), "the contract rejects {}", r["id"]);
        }
        let errors: Vec<String> = ours.iter_errors(r).map(|e| e.to_string()).collect();
        assert!(errors.is_empty(), "{}: {errors:?}", r["id"]);
    }
    // And it is a real schema, not one that accepts anything.
    let mut bad = records[0].clone();
    bad["events"] = serde_json::json!([{"event": 7}]);
    assert!(!ours.is_valid(&bad));
}

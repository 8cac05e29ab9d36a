//! Crash safety of `sitrep ingest`: the real binary, killed with SIGKILL at seeded random
//! moments several times, then rerun, gives exactly the database a clean ingest gives.
//! Between kills, every stored document is complete (all its event mentions present), and
//! a reader can query the database while the writer runs.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use sitrep_store::{SqliteStore, Store};

const BIN: &str = env!("CARGO_BIN_EXE_sitrep");

/// A small deterministic generator (SplitMix64), so kill points are reproducible.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

const WORDS: [&str; 40] = [
    "officials",
    "said",
    "the",
    "talks",
    "border",
    "troops",
    "ministry",
    "statement",
    "village",
    "forces",
    "attack",
    "drone",
    "sanctions",
    "minister",
    "meeting",
    "capital",
    "rebels",
    "police",
    "protest",
    "election",
    "aid",
    "convoy",
    "ceasefire",
    "agreement",
    "president",
    "army",
    "missile",
    "strike",
    "refugees",
    "camp",
    "council",
    "envoy",
    "shelling",
    "negotiations",
    "port",
    "grain",
    "exports",
    "court",
    "verdict",
    "journalists",
];
const ACTORS: [(&str, &str, &str); 6] = [
    ("Russian forces", "RUS", "MIL"),
    ("Ukraine's army", "UKR", "MIL"),
    ("North Korea", "PRK", "GOV"),
    ("the Chinese government", "CHN", "GOV"),
    ("Sudanese rebels", "SDN", "REB"),
    ("Israeli police", "ISR", "COP"),
];
const CATEGORIES: [(&str, &str, f64, &str); 5] = [
    ("ASSAULT", "190", -10.0, "material-conflict"),
    ("AGREE", "057", 8.0, "verbal-cooperation"),
    ("ACCUSE", "112", -2.0, "verbal-conflict"),
    ("AID", "070", 7.0, "material-cooperation"),
    ("THREATEN", "138", -7.0, "verbal-conflict"),
];

fn sentence(rng: &mut Rng, n: usize) -> String {
    let mut s: Vec<&str> = (0..n).map(|_| WORDS[rng.below(40) as usize]).collect();
    s[0] = "Reports";
    format!("{}.", s.join(" "))
}

/// One record (as `sitrep extract` writes it) with 1-3 events whose parties, dates and
/// places repeat across documents, so clusters merge; every 20th document is an edited
/// copy of an earlier one (a near duplicate).
fn corpus(n: usize, seed: u64) -> Vec<serde_json::Value> {
    let mut rng = Rng(seed);
    let mut texts: Vec<String> = Vec::new();
    let mut out = Vec::new();
    for i in 0..n {
        let text = if i % 20 == 19 {
            let base = &texts[rng.below(texts.len() as u64) as usize];
            format!(
                "{} Updated with a correction.",
                base.replacen("Reports", "Accounts", 1)
            )
        } else {
            let mut t = String::new();
            for _ in 0..12 {
                let len = 8 + rng.below(12) as usize;
                t.push_str(&sentence(&mut rng, len));
                t.push(' ');
            }
            t.trim_end().to_string()
        };
        texts.push(text.clone());
        let sentence_ends: Vec<usize> = text
            .char_indices()
            .filter(|(_, c)| *c == '.')
            .map(|(i, _)| i + 1)
            .collect();
        let mut events = Vec::new();
        for k in 0..(1 + rng.below(3) as usize) {
            let (cat, cameo, gold, quad) = CATEGORIES[rng.below(5) as usize];
            let a = ACTORS[rng.below(6) as usize];
            let r = ACTORS[rng.below(6) as usize];
            let sidx = rng.below(sentence_ends.len() as u64) as usize;
            let start = if sidx == 0 {
                0
            } else {
                sentence_ends[sidx - 1] + 1
            };
            let end = sentence_ends[sidx];
            let day = 1 + rng.below(5);
            events.push(serde_json::json!({
                "id": format!("v{}", k + 1), "event": cat, "mode": null, "context": [],
                "cameo": cameo, "goldstein": gold, "quad": quad,
                "actor": {"text": a.0, "entity": null, "code": a.1, "sector": a.2, "cameo_actor": format!("{}{}", a.1, a.2)},
                "recipient": {"text": r.0, "entity": null, "code": r.1, "sector": r.2, "cameo_actor": format!("{}{}", r.1, r.2)},
                "trigger": {"text": "Reports", "start": start, "end": start + 7},
                "sentence": {"index": sidx, "start": start, "end": end},
                "date": format!("2025-03-{day:02}"), "date_precision": "day",
                "location": {"text": "somewhere", "code": r.1, "lat": null, "lon": null},
                "modality": "asserted", "negated": false, "sources": [], "quantities": [],
                "rule": "generated"
            }));
        }
        out.push(serde_json::json!({
            "id": format!("doc-{i:04}"), "title": format!("Story {i}"),
            "published": format!("2025-03-{:02}", 1 + i % 9),
            "url": format!("https://news.example/{i}"), "language": "en", "text": text,
            "meta": {}, "entities": [], "events": events, "quotes": [], "quantities": [],
            "dates": [], "key_points": [], "error": null
        }));
    }
    out
}

fn ingest(db: &Path, corpus: &Path) -> Command {
    let mut c = Command::new(BIN);
    c.args(["ingest", "--records", "--quiet", "--batch", "4", "--db"])
        .arg(db)
        .arg(corpus)
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    c
}

fn remove_db(db: &Path) {
    for suffix in ["", "-wal", "-shm"] {
        let mut p = db.as_os_str().to_owned();
        p.push(suffix);
        let _ = std::fs::remove_file(PathBuf::from(p));
    }
}

#[test]
fn kill_nine_then_rerun_equals_clean_ingest() {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("store-crash");
    std::fs::create_dir_all(&dir).unwrap();
    let corpus_path = dir.join("corpus.jsonl");
    let records = corpus(300, 7);
    let lines: Vec<String> = records.iter().map(|r| r.to_string()).collect();
    std::fs::write(&corpus_path, lines.join("\n") + "\n").unwrap();

    // The clean reference.
    let clean = dir.join("clean.db");
    remove_db(&clean);
    let t = Instant::now();
    let out = ingest(&clean, &corpus_path).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let clean_time = t.elapsed();
    let reference = SqliteStore::open(&clean).unwrap();
    let expected = reference.canonical_dump().unwrap();
    let stats = reference.stats().unwrap();
    assert_eq!(stats.documents, 300);
    assert!(stats.near_duplicates >= 10, "{stats:?}");
    assert!(
        stats.events > 0 && stats.mentions > stats.events,
        "clusters merge: {stats:?}"
    );
    // Mentions per document in the clean database, to check completeness after each kill.
    let per_doc = |s: &SqliteStore| -> Vec<(String, i64)> {
        let mut stmt = s
            .connection()
            .prepare(
                "SELECT d.doc_id, (SELECT count(*) FROM event_mentions m WHERE m.doc = d.id)
                 FROM documents d ORDER BY d.doc_id",
            )
            .unwrap();
        let rows = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .map(Result::unwrap)
            .collect();
        rows
    };
    let clean_counts: std::collections::HashMap<String, i64> =
        per_doc(&reference).into_iter().collect();
    drop(reference);

    // Killed several times at seeded random moments, then finished.
    let killed = dir.join("killed.db");
    remove_db(&killed);
    let mut rng = Rng(2024);
    let window = clean_time.as_millis().max(50) as u64;
    let mut partial_sizes = Vec::new();
    for round in 0..5 {
        let mut child = ingest(&killed, &corpus_path).spawn().unwrap();
        let wait = Duration::from_millis(5 + rng.below(window));
        let start = Instant::now();
        // While the writer runs, a reader can query (WAL).
        let mut read_while_writing = false;
        while start.elapsed() < wait {
            if let Ok(reader) = SqliteStore::open_read_only(&killed) {
                if reader.stats().is_ok() {
                    read_while_writing = true;
                }
            }
            std::thread::sleep(Duration::from_millis(2));
        }
        let finished = child.try_wait().unwrap().is_some();
        child.kill().ok(); // SIGKILL on Unix
        child.wait().unwrap();
        if !finished {
            eprintln!("round {round}: killed after {wait:?} (reader ok: {read_while_writing})");
        }
        if killed.exists() {
            let s = SqliteStore::open(&killed).unwrap();
            s.check_integrity().unwrap();
            // No half-written document: each stored one has all its mentions.
            for (doc, n) in per_doc(&s) {
                assert_eq!(
                    Some(&n),
                    clean_counts.get(&doc),
                    "{doc} after round {round}"
                );
            }
            partial_sizes.push(s.stats().unwrap().documents);
        }
    }
    eprintln!("documents after each kill: {partial_sizes:?} (of 300)");
    let out = ingest(&killed, &corpus_path).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let recovered = SqliteStore::open(&killed).unwrap();
    recovered.check_integrity().unwrap();
    let got = recovered.canonical_dump().unwrap();
    assert_eq!(got.len(), expected.len());
    for (g, e) in got.iter().zip(&expected) {
        assert_eq!(g, e);
    }
}

#[test]
fn reingest_through_the_cli_is_a_no_op() {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("store-reingest");
    std::fs::create_dir_all(&dir).unwrap();
    let corpus_path = dir.join("corpus.jsonl");
    let lines: Vec<String> = corpus(40, 11).iter().map(|r| r.to_string()).collect();
    std::fs::write(&corpus_path, lines.join("\n") + "\n").unwrap();
    let db = dir.join("db.sqlite");
    remove_db(&db);
    let run = || {
        let out = Command::new(BIN)
            .args(["ingest", "--records", "--format", "jsonl", "--db"])
            .arg(&db)
            .arg(&corpus_path)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        serde_json::from_slice::<serde_json::Value>(&out.stdout).unwrap()
    };
    let first = run();
    assert_eq!(first["stored"], 40);
    let dump = SqliteStore::open(&db).unwrap().canonical_dump().unwrap();
    let second = run();
    assert_eq!(second["stored"], 0);
    assert_eq!(second["duplicates"], 40);
    assert_eq!(
        SqliteStore::open(&db).unwrap().canonical_dump().unwrap(),
        dump
    );
}

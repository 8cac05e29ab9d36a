//! `sitrep serve` and `sitrep brief` as a newcomer runs them: ingest the example articles,
//! serve them, read the printed URL; write a brief on the example's dyad (Kyrgyzstan and
//! Tajikistan agree to pull back troops: `examples/articles/border-clash-ceasefire`).

use std::io::{BufRead, BufReader, Read, Write};
use std::path::PathBuf;
use std::process::{Command, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_sitrep");

fn corpus_db(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("sitrep-cli-serve-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let db = dir.join("sitrep.db");
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let out = Command::new(BIN)
        .args(["ingest", "--db"])
        .arg(&db)
        .arg(root.join("examples/articles.jsonl"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    db
}

#[test]
fn serve_prints_its_url_and_answers() {
    let db = corpus_db("serve");
    // Any address but loopback needs a token.
    let out = Command::new(BIN)
        .args(["serve", "--addr", "0.0.0.0:0", "--db"])
        .arg(&db)
        .env_remove("SITREP_TOKEN")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--token"));

    let mut child = Command::new(BIN)
        .args(["serve", "--addr", "127.0.0.1:0", "--db"])
        .arg(&db)
        .env_remove("SITREP_TOKEN")
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stderr.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let url = line
        .split_whitespace()
        .find(|w| w.starts_with("http://"))
        .unwrap_or_else(|| panic!("no URL in {line:?}"))
        .to_string();
    let addr = url
        .trim_start_matches("http://")
        .trim_end_matches('/')
        .to_string();
    let mut s = std::net::TcpStream::connect(&addr).unwrap();
    s.write_all(b"GET /api/stats HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
        .unwrap();
    let mut answer = String::new();
    s.read_to_string(&mut answer).unwrap();
    let _ = child.kill();
    let _ = child.wait();
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    assert!(answer.contains("\"documents\":3"), "{answer}");
}

#[test]
fn brief_writes_markdown_and_html() {
    let db = corpus_db("brief");
    let out = Command::new(BIN)
        .args([
            "brief",
            "--dyad",
            "KGZ,TJK",
            "--since",
            "2026-01-01",
            "--db",
        ])
        .arg(&db)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let md = String::from_utf8(out.stdout).unwrap();
    assert!(
        md.starts_with("# What you should know: KGZ and TJK, since 2026-01-01"),
        "{md}"
    );
    assert!(md.contains("border-clash-ceasefire"), "{md}");
    let out = Command::new(BIN)
        .args(["brief", "--dyad", "KGZ,TJK", "--format", "html", "--db"])
        .arg(&db)
        .output()
        .unwrap();
    let html = String::from_utf8(out.stdout).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>") && html.contains("Main developments"));
    let out = Command::new(BIN)
        .args(["brief", "--dyad", "KGZ", "--db"])
        .arg(&db)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("dyad"));
}

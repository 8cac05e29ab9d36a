//! `sitrep ingest`, `query` and `export` end to end through the real binary: the VOA corpus
//! plus the reference article, feeds and pages from a local HTTP server (127.0.0.1 only),
//! and clear errors for a malformed feed or an unreachable URL while the rest goes on.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::Output;

mod common;

use common::*;

/// Runs `sitrep ARGS --db DB`.
fn with_db(args: &[&str], db: &Path) -> Output {
    sitrep().args(args).arg("--db").arg(db).output().unwrap()
}

fn fresh_db(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(name);
    std::fs::create_dir_all(&dir).unwrap();
    let db = dir.join("sitrep.db");
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", db.display()));
    }
    db
}

#[test]
fn voa_and_reference_article_ingest_query_export() {
    let (Some(voa), Some(seed)) = (
        shared("corpora/voa/voa_stories.jsonl"),
        shared("corpora/seed/kim-shoigu-pyongyang.jsonl"),
    ) else {
        return;
    };
    let db = fresh_db("store-cli-voa");
    let voa = voa.to_str().unwrap();
    let seed = seed.to_str().unwrap();
    let out = with_db(&["ingest", voa, seed, "--format", "jsonl"], &db);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let summary = json(&out);
    assert_eq!(summary["stored"], 90);
    assert_eq!(summary["read"], 90);

    // Again: nothing new.
    let out = with_db(&["ingest", voa, seed, "--format", "jsonl", "--quiet"], &db);
    assert!(out.status.success());
    assert!(out.stdout.is_empty(), "--quiet prints no summary");
    let out = with_db(&["ingest", voa, "--format", "jsonl"], &db);
    assert_eq!(json(&out)["duplicates"], 89);
    assert_eq!(json(&out)["stored"], 0);

    let out = with_db(&["query", "--stats", "--format", "jsonl"], &db);
    let stats = json(&out);
    assert_eq!(stats["documents"], 90);
    assert_eq!(
        stats["schema_version"],
        sitrep_store::schema::SCHEMA_VERSION
    );

    // Full-text search finds the reference article.
    let out = with_db(
        &["query", "--search", "Shoigu Pyongyang", "--format", "csv"],
        &db,
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text
        .lines()
        .next()
        .unwrap()
        .starts_with("document,published,title"));
    assert!(text.contains("seed"), "{text}");

    // Event queries and exports work whatever the engine extracts today.
    for args in [
        vec!["query", "--dyad", "RUS,PRK"],
        vec!["query", "--dyad", "UKR,RUS", "--aggregate", "month"],
        vec!["query", "--actor", "RUS", "--format", "jsonl"],
        vec!["query", "--mentions", "--format", "csv"],
        vec!["export", "--format", "gdelt"],
    ] {
        let out = with_db(&args, &db);
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let out = with_db(&["export", "--format", "csv"], &db);
    let csv = String::from_utf8(out.stdout).unwrap();
    assert!(csv.starts_with("id,global_id,category,cameo,"));

    // Bad arguments are clear errors.
    let out = with_db(&["query", "--quad", "7"], &db);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("--quad"));
    let out = with_db(&["query"], &db.with_file_name("missing.db"));
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("no database"));
}

/// A tiny HTTP/1.1 server for the tests: path -> (status, content type, body).
fn serve(routes: Vec<(&'static str, u16, &'static str, String)>) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            let mut request = String::new();
            if reader.read_line(&mut request).is_err() {
                continue;
            }
            loop {
                let mut line = String::new();
                if reader.read_line(&mut line).unwrap_or(0) == 0 || line == "\r\n" {
                    break;
                }
            }
            let path = request.split(' ').nth(1).unwrap_or("/").to_string();
            let (status, ctype, body) = routes
                .iter()
                .find(|r| r.0 == path)
                .map(|r| (r.1, r.2, r.3.clone()))
                .unwrap_or((404, "text/plain", "not found".into()));
            let _ = write!(
                stream,
                "HTTP/1.1 {status} X\r\nContent-Type: {ctype}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                body.len()
            );
            let _ = stream.flush();
            let mut rest = Vec::new();
            let _ = reader.read_to_end(&mut rest);
        }
    });
    format!("http://{addr}")
}

fn article(title: &str, body: &str) -> String {
    format!(
        "<!doctype html><html><head><title>{title}</title>\
         <meta property=\"article:published_time\" content=\"2025-06-05T08:00:00Z\"></head>\
         <body><article><h1>{title}</h1><p>{body}</p><p>{body} Officials declined to comment further on the matter.</p></article></body></html>"
    )
}

#[test]
fn feeds_pages_and_failures_from_a_local_server() {
    // The feed's links must name the server, whose port is only known once bound: the
    // feed is served from a second server pointing at the first.
    let pages = serve(vec![
        (
            "/a1.html",
            200,
            "text/html",
            article(
                "Talks in Geneva",
                "Diplomats from several countries met in Geneva on Wednesday to discuss a ceasefire in the region, according to a statement released by the hosts.",
            ),
        ),
        (
            "/a2.html",
            200,
            "text/html",
            article(
                "Floods in the south",
                "Heavy rain caused flooding across the southern provinces, forcing thousands of residents to leave their homes, local authorities reported on Thursday.",
            ),
        ),
    ]);
    let feed = format!(
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Test news</title><link>{pages}/</link><description>t</description>\
         <item><title>Talks in Geneva</title><link>{pages}/a1.html</link><pubDate>Thu, 05 Jun 2025 08:00:00 GMT</pubDate></item>\
         <item><title>Floods in the south</title><link>{pages}/a2.html</link><pubDate>Thu, 05 Jun 2025 09:00:00 GMT</pubDate></item>\
         </channel></rss>"
    );
    let feeds = serve(vec![
        ("/feed.xml", 200, "application/rss+xml", feed),
        (
            "/broken.xml",
            200,
            "application/rss+xml",
            "<rss version=\"2.0\"><channel><item><title>unterminated".into(),
        ),
    ]);
    // A port nothing listens on: bind, read the port, close.
    let dead = {
        let l = TcpListener::bind("127.0.0.1:0").unwrap();
        format!("http://{}/story.html", l.local_addr().unwrap())
    };

    let db = fresh_db("store-cli-feeds");
    let feed_url = format!("{feeds}/feed.xml");
    let broken_url = format!("{feeds}/broken.xml");
    let out = with_db(
        &[
            "ingest",
            &broken_url,
            &dead,
            &feed_url,
            "--format",
            "jsonl",
            "--fetch-timeout",
            "5",
            // The test server is on loopback, which fetches refuse by default.
            "--allow-private-network",
        ],
        &db,
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        out.status.code(),
        Some(1),
        "failures give exit code 1: {stderr}"
    );
    assert!(
        stderr.contains("broken.xml"),
        "names the malformed feed: {stderr}"
    );
    assert!(
        stderr.contains(&dead),
        "names the unreachable URL: {stderr}"
    );
    let summary = json(&out);
    assert_eq!(
        summary["stored"], 2,
        "the good feed's articles are stored: {stderr}"
    );
    assert!(summary["failed"].as_u64().unwrap() >= 2);

    let out = with_db(&["query", "--search", "flooding", "--format", "jsonl"], &db);
    let hit = json(&out);
    assert_eq!(hit["url"], format!("{pages}/a2.html"));

    // Rerun: the articles are known, the failures are retried and still reported.
    let out = with_db(
        &[
            "ingest",
            &feed_url,
            "--format",
            "jsonl",
            "--allow-private-network",
        ],
        &db,
    );
    assert_eq!(json(&out)["stored"], 0);
    assert_eq!(json(&out)["duplicates"], 2);
}

//! Hardening (issue #17), through the real binary: each test reproduces one of the
//! one-line commands of the issue and checks that no document can stop a run, that limits
//! are enforced, that nothing is fetched that should not be, and that files are safe.

use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

mod common;

use common::*;

/// The article of the issue that panicked at `recognize.rs:1405` (a slice inside a curly
/// quote); whether or not the pipeline still panics on it, the run must go on.
const CURLY: &str = "Ahmed Khan, a spokesman for the ministry who spoke to reporters on Monday about the \u{201c}attack\u{201d} on the city\u{2014}the worst in years\u{2014}said it was deliberate.";
/// The input of the issue that underflowed at `syntax.rs:434`.
const UNDERFLOW: &str = "He did not trust the police\nOfficials say a man, 32, was arrested.";

#[test]
fn ingest_goes_on_after_a_document_that_breaks_the_pipeline() {
    // `ingest` exited 101 and lost the batch; every rerun stopped at the same document.
    let dir = temp_dir("ingest-panic");
    let db = dir.join("sitrep.db");
    let lines: Vec<String> = [
        (
            "before",
            "Russian forces shelled Kharkiv on Monday, officials said.",
        ),
        ("curly", CURLY),
        ("underflow", UNDERFLOW),
        (
            "after",
            "Kim Jong Un met Sergei Shoigu in Pyongyang on Tuesday.",
        ),
    ]
    .iter()
    .map(|(id, text)| {
        serde_json::json!({"id": id, "text": text, "published": "2025-06-05"}).to_string()
    })
    .collect();
    let input = lines.join("\n");
    for _ in 0..2 {
        let out = run_with(
            &[
                "ingest",
                "-",
                "--db",
                db.to_str().unwrap(),
                "--format",
                "jsonl",
                "--batch",
                "4",
            ],
            input.as_bytes(),
            MINUTE,
        );
        assert!(
            matches!(out.status.code(), Some(0 | 1)),
            "{:?} {}",
            out.status,
            stderr(&out)
        );
        let s = json(&out);
        assert_eq!(s["read"], 4, "{s}");
        assert_eq!(
            s["stored"].as_u64().unwrap()
                + s["duplicates"].as_u64().unwrap()
                + s["failed"].as_u64().unwrap(),
            4,
            "{s}"
        );
    }
    let out = run_with(
        &[
            "query",
            "--db",
            db.to_str().unwrap(),
            "--search",
            "Shoigu",
            "--format",
            "jsonl",
        ],
        b"",
        MINUTE,
    );
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("after"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn issue_inputs_give_records_without_errors() {
    for text in [CURLY, UNDERFLOW] {
        let out = run_with(&["extract"], text.as_bytes(), MINUTE);
        let r = records(&out);
        assert_eq!(r.len(), 1);
        assert!(
            r[0]["error"].is_null(),
            "{}: {}",
            r[0]["error"],
            stderr(&out)
        );
    }
}

#[test]
fn pipeline_regressions_from_fuzzing_never_stop_extract() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz/regressions/pipeline");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!("skipped: no {}", dir.display());
        return;
    };
    for entry in entries {
        let path = entry.unwrap().path();
        let out = run_with(
            &[
                "extract",
                "--input",
                "text",
                "--published",
                "2025-06-05",
                path.to_str().unwrap(),
            ],
            b"",
            MINUTE,
        );
        assert!(
            matches!(out.status.code(), Some(0 | 1)),
            "{}: {}",
            path.display(),
            stderr(&out)
        );
        assert_eq!(records(&out).len(), 1, "{}", path.display());
    }
}

#[test]
fn two_documents_with_empty_urls_are_both_stored() {
    let dir = temp_dir("empty-url");
    let db = dir.join("sitrep.db");
    let input = "{\"id\":\"a\",\"text\":\"Troops crossed the border at dawn.\",\"url\":\"\"}\n\
                 {\"id\":\"b\",\"text\":\"Ministers met in Geneva to discuss aid.\",\"url\":\"\"}\n";
    let out = run_with(
        &[
            "ingest",
            "-",
            "--db",
            db.to_str().unwrap(),
            "--format",
            "jsonl",
        ],
        input.as_bytes(),
        MINUTE,
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(json(&out)["stored"], 2);
}

#[test]
fn a_time_budget_turns_a_slow_document_into_an_error_record() {
    // A long sentence without punctuation was the slowest input of the issue.
    let words = [
        "officials",
        "reported",
        "that",
        "troops",
        "from",
        "Russia",
        "moved",
        "near",
        "Kharkiv",
    ];
    let text: Vec<&str> = (0..30_000).map(|i| words[i % words.len()]).collect();
    let slow = text.join(" ");
    let input = format!(
        "{}\n{}\n",
        serde_json::json!({"id": "slow", "text": slow}),
        serde_json::json!({"id": "quick", "text": "Kim met Shoigu."})
    );
    // Every stage is linear now (issue #17): this page takes a fraction of a second, so
    // the budget is made tiny (1 ms per 100 KB) for it to be exceeded.
    let out = run_with(
        &["extract", "--input", "jsonl", "--document-timeout", "0.001"],
        input.as_bytes(),
        MINUTE,
    );
    let r = records(&out);
    assert_eq!(r.len(), 2, "{}", stderr(&out));
    // Over its budget the document either stopped at a stage boundary with what it had
    // (a warning) or was cut off from outside (an error record).
    let cut_off = r[0]["error"]
        .as_str()
        .is_some_and(|e| e.contains("time budget"));
    let stopped = r[0]["meta"]["warning"]
        .as_str()
        .is_some_and(|w| w.contains("time budget"));
    assert!(cut_off || stopped, "{}", r[0]);
    // The run went on to the next document.
    assert_eq!(r[1]["id"], "quick", "{}", r[1]);
}

#[test]
fn thread_counts_are_bounded() {
    // `--threads 100000` spawned 16,000 threads and hung.
    let out = run_with(
        &["extract", "--threads", "100000"],
        b"Kim met Shoigu.",
        MINUTE,
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("100000 threads requested"),
        "{}",
        stderr(&out)
    );
    let dir = temp_dir("threads");
    let db = dir.join("sitrep.db");
    let out = run_with(
        &[
            "ingest",
            "-",
            "--db",
            db.to_str().unwrap(),
            "--threads",
            "100000",
            "--quiet",
        ],
        b"Kim met Shoigu.",
        MINUTE,
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
}

#[test]
fn ingest_enforces_max_document_bytes() {
    let dir = temp_dir("max-bytes");
    let db = dir.join("sitrep.db");
    let input = format!(
        "{}\n{}\n",
        serde_json::json!({"id": "big", "text": "word ".repeat(100)}),
        serde_json::json!({"id": "small", "text": "Kim met Shoigu."})
    );
    let out = run_with(
        &[
            "ingest",
            "-",
            "--db",
            db.to_str().unwrap(),
            "--format",
            "jsonl",
            "--max-document-bytes",
            "100",
        ],
        input.as_bytes(),
        MINUTE,
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("document too large (500 bytes > 100 bytes limit)"),
        "{}",
        stderr(&out)
    );
    let s = json(&out);
    assert_eq!(
        (s["stored"].as_u64(), s["failed"].as_u64()),
        (Some(1), Some(1)),
        "{s}"
    );
}

#[test]
fn deeply_nested_html_is_read_without_overflowing_the_stack() {
    // 150,000 unclosed `<i>` (450 KB) aborted `extract`, losing every record coded before.
    let page = format!(
        "<html><body><p>Russian forces shelled Kharkiv on Monday.</p>{}</body></html>",
        "<i>".repeat(150_000)
    );
    let out = run_with(&["extract", "--input", "html"], page.as_bytes(), MINUTE);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let r = records(&out);
    assert_eq!(r[0]["text"], "Russian forces shelled Kharkiv on Monday.");
}

#[cfg(unix)]
#[test]
fn a_fifo_in_a_walked_directory_is_skipped_with_a_note() {
    let dir = temp_dir("fifo");
    std::fs::write(dir.join("a.txt"), "Kim met Shoigu.").unwrap();
    let fifo = dir.join("b.txt");
    let made = Command::new("mkfifo").arg(&fifo).status();
    if !made.is_ok_and(|s| s.success()) {
        eprintln!("skipped: mkfifo unavailable");
        return;
    }
    std::fs::write(dir.join("c.txt"), "Putin met Xi.").unwrap();
    let out = run_with(&["extract", dir.to_str().unwrap()], b"", MINUTE);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(records(&out).len(), 2);
    assert!(
        stderr(&out).contains("not a regular file"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn dates_at_the_ends_of_the_calendar_are_never_printed_out_of_range() {
    for (text, published) in [
        ("The talks ended yesterday.", "0000-01-01"),
        ("The talks ended last week.", "0000-01-03"),
        ("The talks resume tomorrow.", "9999-12-31"),
    ] {
        let out = run_with(
            &["extract", "--published", published],
            text.as_bytes(),
            MINUTE,
        );
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        let line = String::from_utf8_lossy(&out.stdout).into_owned();
        assert!(
            !line.contains("\"-0") && !line.contains("\"10000"),
            "{text} on {published}: {line}"
        );
    }
}

/// A one-route HTTP server on loopback counting its requests.
fn serve(body: String, content_type: &'static str) -> (String, Arc<AtomicUsize>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    let hits = Arc::new(AtomicUsize::new(0));
    let counter = Arc::clone(&hits);
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            counter.fetch_add(1, Ordering::SeqCst);
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            loop {
                let mut line = String::new();
                if reader.read_line(&mut line).unwrap_or(0) == 0 || line == "\r\n" {
                    break;
                }
            }
            let _ = write!(
                stream,
                "HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                body.len()
            );
        }
    });
    (format!("http://{addr}"), hits)
}

fn secret_page() -> String {
    "<html><head><title>Internal</title></head><body><article><p>The internal admin password is hunter2, said the router configuration page on Monday.</p></article></body></html>".to_string()
}

fn feed_linking_to(link: &str) -> String {
    format!(
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Feed</title>\
         <item><title>Story</title><link>{link}</link><description>Troops crossed the border.</description></item>\
         </channel></rss>"
    )
}

#[test]
fn feeds_and_urls_do_not_reach_loopback_unless_allowed() {
    // SSRF: a feed's link to a loopback server was fetched, stored and searchable.
    let (server, hits) = serve(secret_page(), "text/html");
    let dir = temp_dir("ssrf");
    let feed = dir.join("feed.rss");
    std::fs::write(&feed, feed_linking_to(&format!("{server}/admin"))).unwrap();

    let out = run_with(&["extract", feed.to_str().unwrap()], b"", MINUTE);
    let r = records(&out);
    assert_eq!(
        r[0]["text"],
        "Troops crossed the border.",
        "{}",
        stderr(&out)
    );
    assert!(
        r[0]["meta"]["fetch_error"]
            .as_str()
            .unwrap()
            .contains("refused"),
        "{}",
        r[0]["meta"]
    );
    let out = run_with(&["extract", &format!("{server}/admin")], b"", MINUTE);
    assert_eq!(out.status.code(), Some(1));
    assert!(records(&out)[0]["error"]
        .as_str()
        .unwrap()
        .contains("allow-private-network"));
    assert_eq!(hits.load(Ordering::SeqCst), 0, "nothing reached the server");

    let out = run_with(
        &["extract", "--allow-private-network", feed.to_str().unwrap()],
        b"",
        MINUTE,
    );
    assert!(
        records(&out)[0]["text"]
            .as_str()
            .unwrap()
            .contains("hunter2"),
        "{}",
        stderr(&out)
    );
    assert_eq!(hits.load(Ordering::SeqCst), 1);

    // `--no-fetch`: the feed file is read, no link followed, no URL fetched.
    let out = run_with(
        &[
            "extract",
            "--no-fetch",
            "--allow-private-network",
            feed.to_str().unwrap(),
        ],
        b"",
        MINUTE,
    );
    assert_eq!(records(&out)[0]["text"], "Troops crossed the border.");
    let out = run_with(
        &[
            "extract",
            "--no-fetch",
            "--allow-private-network",
            &format!("{server}/x"),
        ],
        b"",
        MINUTE,
    );
    assert!(records(&out)[0]["error"]
        .as_str()
        .unwrap()
        .contains("--no-fetch"));
    assert_eq!(
        hits.load(Ordering::SeqCst),
        1,
        "--no-fetch fetched something"
    );
}

#[test]
fn feed_entries_without_link_or_guid_get_the_same_ids_every_run() {
    let dir = temp_dir("feed-ids");
    let feed = dir.join("feed.rss");
    std::fs::write(
        &feed,
        "<rss version=\"2.0\"><channel><title>F</title>\
         <item><title>One</title><description>Troops crossed the border.</description></item>\
         <item><description>Ministers met in Geneva.</description></item>\
         </channel></rss>",
    )
    .unwrap();
    let ids = || -> Vec<String> {
        let out = run_with(
            &["extract", "--no-fetch", feed.to_str().unwrap()],
            b"",
            MINUTE,
        );
        records(&out)
            .iter()
            .map(|r| r["id"].as_str().unwrap().to_string())
            .collect()
    };
    let first = ids();
    assert_eq!(first.len(), 2);
    assert_ne!(first[0], first[1]);
    assert!(first[0].contains("#entry-"), "{first:?}");
    assert_eq!(ids(), first);
}

#[test]
fn export_refuses_devices_fifos_and_the_database_and_keeps_permissions() {
    let dir = temp_dir("export");
    let db = dir.join("sitrep.db");
    let db_arg = db.to_str().unwrap();
    let out = run_with(
        &["ingest", "-", "--db", db_arg, "--quiet"],
        b"Russian forces shelled Kharkiv on Monday.",
        MINUTE,
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let before = std::fs::read(&db).unwrap();

    // `export -o` renamed its temp file over the database.
    let out = run_with(&["export", "--db", db_arg, "-o", db_arg], b"", MINUTE);
    assert_ne!(out.status.code(), Some(0));
    assert!(stderr(&out).contains("corpus database"), "{}", stderr(&out));
    assert_eq!(std::fs::read(&db).unwrap(), before);

    // ... and over device nodes (`/dev/full` as root).
    #[cfg(unix)]
    {
        let out = run_with(&["export", "--db", db_arg, "-o", "/dev/null"], b"", MINUTE);
        assert_ne!(out.status.code(), Some(0));
        assert!(
            stderr(&out).contains("not a regular file"),
            "{}",
            stderr(&out)
        );
        use std::os::unix::fs::{FileTypeExt, PermissionsExt};
        assert!(std::fs::metadata("/dev/null")
            .unwrap()
            .file_type()
            .is_char_device());

        let target = dir.join("events.csv");
        std::fs::write(&target, "old").unwrap();
        std::fs::set_permissions(&target, std::fs::Permissions::from_mode(0o600)).unwrap();
        let out = run_with(
            &["export", "--db", db_arg, "-o", target.to_str().unwrap()],
            b"",
            MINUTE,
        );
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        assert_eq!(
            std::fs::metadata(&target).unwrap().permissions().mode() & 0o777,
            0o600
        );
        assert_ne!(std::fs::read_to_string(&target).unwrap(), "old");
    }
}

#[cfg(unix)]
#[test]
fn query_reads_a_database_in_a_directory_it_cannot_write() {
    // "attempt to write a readonly database": a WAL reader needs a `-shm` file it could
    // not create. Reproduced as an unprivileged user (root may write anywhere).
    use std::os::unix::fs::PermissionsExt;
    let dir = std::env::temp_dir().join(format!("sitrep-harden-ro-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let db = dir.join("sitrep.db");
    let db_arg = db.to_str().unwrap().to_string();
    let out = run_with(
        &["ingest", "-", "--db", &db_arg, "--quiet"],
        b"Russian forces shelled Kharkiv on Monday.",
        MINUTE,
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        !dir.join("sitrep.db-shm").exists(),
        "a clean close removes the WAL files"
    );
    let is_root = Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| o.stdout.starts_with(b"0\n"));
    let binary = if is_root {
        // The unprivileged user must reach the binary: a copy beside the database.
        let copy = dir.join("sitrep");
        std::fs::copy(BIN, &copy).unwrap();
        copy
    } else {
        PathBuf::from(BIN)
    };
    std::fs::set_permissions(&db, std::fs::Permissions::from_mode(0o444)).unwrap();
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o555)).unwrap();
    let mut command = if is_root {
        let mut c = Command::new("setpriv");
        c.args(["--reuid", "65534", "--regid", "65534", "--clear-groups"])
            .arg(&binary);
        c
    } else {
        Command::new(&binary)
    };
    let out = command
        .args(["query", "--db", &db_arg, "--stats", "--format", "jsonl"])
        .output();
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o755)).unwrap();
    let out = match out {
        Ok(out) => out,
        Err(e) => {
            eprintln!("skipped: cannot run as an unprivileged user ({e})");
            let _ = std::fs::remove_dir_all(&dir);
            return;
        }
    };
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(json(&out)["documents"], 1);
}

#[test]
fn max_document_bytes_is_not_overridden_by_a_hidden_pipeline_cap() {
    // The pipeline refused anything over 8 MiB whatever `--max-document-bytes` said.
    let dir = temp_dir("hidden-cap");
    let path = dir.join("big.txt");
    let text = format!(
        "Kim met Shoigu in Pyongyang.{}Putin met Xi.",
        " ".repeat(9_000_000)
    );
    std::fs::write(&path, &text).unwrap();
    let out = run_with(
        &[
            "extract",
            "--max-document-bytes",
            "10000000",
            path.to_str().unwrap(),
        ],
        b"",
        MINUTE,
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let r = records(&out);
    assert!(r[0]["error"].is_null(), "{}", r[0]["error"]);
    // And the limit still holds below the document's size.
    let out = run_with(
        &[
            "extract",
            "--max-document-bytes",
            "1000000",
            path.to_str().unwrap(),
        ],
        b"",
        MINUTE,
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(records(&out)[0]["error"]
        .as_str()
        .unwrap()
        .contains("too large"));
}

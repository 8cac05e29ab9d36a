//! The API over PostgreSQL answers what it answers over SQLite: the example articles coded
//! once and stored in both backends, then the document, event and actor routes compared.
//!
//! Needs a server: `SITREP_TEST_POSTGRES=postgres://user@host:port/database` (a role that
//! may create databases). Without it the test says so and passes; `.ci/run` sets it.
//! Built with the `postgres` feature (on in a workspace build: sitrep-cli's `scale`).

#![cfg(feature = "postgres")]

mod common;

use common::{agent, get_json, read_jsonl, repo_root};
use serde_json::Value;
use sitrep_server::{Limits, ServeConfig};
use sitrep_store::{NewDocument, PgStore, SqliteStore, Store};

/// A fresh database on the test server, or `None` (with a note) without one.
fn fresh_database(name: &str) -> Option<String> {
    let Ok(base) = std::env::var("SITREP_TEST_POSTGRES") else {
        eprintln!("skipped: set SITREP_TEST_POSTGRES=postgres://... to test serving PostgreSQL");
        return None;
    };
    let db = format!("sitrep_test_{name}");
    Some(
        PgStore::create_scratch_database(&base, &db).unwrap_or_else(|e| {
            panic!("SITREP_TEST_POSTGRES={base} is set but {db} cannot be created: {e}")
        }),
    )
}

fn serve(db: &str) -> sitrep_server::RunningServer {
    sitrep_server::start(ServeConfig {
        db: db.into(),
        addr: "127.0.0.1:0".parse().unwrap(),
        token: None,
        limits: Limits::default(),
        connections: 2,
    })
    .expect("server starts")
}

/// A JSON answer without the ingest times (two stores never ingest in the same second).
fn without_ingest_times(v: Value) -> Value {
    match v {
        Value::Object(o) => Value::Object(
            o.into_iter()
                .filter(|(k, _)| k != "date_added")
                .map(|(k, v)| (k, without_ingest_times(v)))
                .collect(),
        ),
        Value::Array(a) => Value::Array(a.into_iter().map(without_ingest_times).collect()),
        other => other,
    }
}

#[test]
fn the_api_answers_the_same_over_postgres() {
    let Some(url) = fresh_database("serve") else {
        return;
    };
    let pipeline = sitrep_core::Pipeline::new();
    let records: Vec<NewDocument> = read_jsonl(&repo_root().join("examples/articles.jsonl"))
        .iter()
        .map(|d| NewDocument {
            record: pipeline.process(d),
            source: d.source.clone(),
        })
        .collect();
    let dir = std::env::temp_dir().join(format!("sitrep-server-pg-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let sqlite_path = dir.join("corpus.db");
    let mut sqlite = SqliteStore::open(&sqlite_path).unwrap();
    sqlite.put_documents(&records).unwrap();
    sqlite.close().unwrap();
    PgStore::open(&url)
        .unwrap()
        .put_documents(&records)
        .unwrap();

    let on_sqlite = serve(sqlite_path.to_str().unwrap());
    let on_pg = serve(&url);
    let a = agent();
    let fetch = |server: &sitrep_server::RunningServer, path: &str| {
        let (status, v) = get_json(&a, &format!("http://{}{path}", server.addr));
        assert_eq!(status, 200, "{path}: {v}");
        without_ingest_times(v)
    };

    // Every document (a page of 2, then the rest after its cursor), each in full.
    let first = fetch(&on_pg, "/api/documents?limit=2");
    assert_eq!(first, fetch(&on_sqlite, "/api/documents?limit=2"));
    let listed = fetch(&on_pg, "/api/documents?limit=100");
    let ids: Vec<&str> = listed["documents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids.len(), records.len());
    assert!(ids.contains(&"border-clash-ceasefire"), "{ids:?}");
    assert_eq!(listed, fetch(&on_sqlite, "/api/documents?limit=100"));
    let cursor = first["next_cursor"].as_str().expect("a next page");
    let rest = format!("/api/documents?limit=100&cursor={cursor}");
    assert_eq!(fetch(&on_pg, &rest), fetch(&on_sqlite, &rest));
    for id in &ids {
        let path = format!("/api/documents/{id}");
        assert_eq!(fetch(&on_pg, &path), fetch(&on_sqlite, &path), "{path}");
    }

    // Every event with its mentions, and the profile of every coded party.
    let events = fetch(&on_sqlite, "/api/events?limit=500");
    let events = events["events"].as_array().unwrap();
    assert!(!events.is_empty());
    let mut codes = std::collections::BTreeSet::new();
    for e in events {
        let path = format!("/api/events/{}", e["id"].as_str().unwrap());
        assert_eq!(fetch(&on_pg, &path), fetch(&on_sqlite, &path), "{path}");
        for k in ["actor_code", "recipient_code"] {
            if let Some(c) = e[k].as_str() {
                codes.insert(c.to_string());
            }
        }
    }
    // Kyrgyzstan and Tajikistan are coded in border-clash-ceasefire (examples/articles).
    assert!(codes.contains("KGZ") && codes.contains("TJK"), "{codes:?}");
    for code in &codes {
        let path = format!("/api/actors/{code}");
        assert_eq!(fetch(&on_pg, &path), fetch(&on_sqlite, &path), "{path}");
    }
    drop((on_sqlite, on_pg));
    let _ = std::fs::remove_dir_all(&dir);
}

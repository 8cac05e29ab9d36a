//! A corpus store for the server tests: the repository's example articles and, when the
//! shared folder is present, the VOA corpus, coded by the real pipeline and stored by the
//! real SQLite store, once per test binary.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use sitrep_record::InputDocument;
use sitrep_store::{NewDocument, SqliteStore, Store};

pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

pub fn voa_path() -> PathBuf {
    repo_root().join("../shared/corpora/voa/voa_stories.jsonl")
}

pub fn read_jsonl(path: &Path) -> Vec<InputDocument> {
    std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).expect("a JSON line");
            let mut doc: InputDocument = serde_json::from_value(v.clone()).expect("an article");
            // Unknown fields (section, author...) are kept under meta, as the reader does.
            if let Some(o) = v.as_object() {
                for (k, val) in o {
                    if !["id", "text", "title", "published", "url", "source"].contains(&k.as_str())
                    {
                        doc.meta.insert(k.clone(), val.clone());
                    }
                }
            }
            doc
        })
        .collect()
}

/// The example articles (always) and the VOA corpus (when present).
pub fn articles() -> (Vec<InputDocument>, bool) {
    let mut docs = read_jsonl(&repo_root().join("examples/articles.jsonl"));
    let voa = voa_path();
    let have_voa = voa.exists();
    if have_voa {
        docs.extend(read_jsonl(&voa));
    } else {
        eprintln!(
            "note: {} is absent: the server tests run on the example articles only",
            voa.display()
        );
    }
    (docs, have_voa)
}

/// The path of a database holding [`articles`], built on first use.
pub fn corpus_db() -> &'static Path {
    static DB: OnceLock<PathBuf> = OnceLock::new();
    DB.get_or_init(|| {
        let dir = std::env::temp_dir().join(format!(
            "sitrep-server-test-{}-{}",
            std::process::id(),
            std::thread::current()
                .name()
                .unwrap_or("main")
                .replace("::", "-")
        ));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("temp dir");
        let path = dir.join("corpus.db");
        let (docs, _) = articles();
        let pipeline = sitrep_core::Pipeline::new();
        let records: Vec<NewDocument> = docs
            .iter()
            .map(|d| NewDocument {
                record: pipeline.process(d),
                source: d.source.clone(),
            })
            .collect();
        let mut store = SqliteStore::open(&path).expect("open store");
        store.put_documents(&records).expect("store the corpus");
        store.close().expect("close");
        path
    })
}

pub fn start(token: Option<&str>, limits: sitrep_server::Limits) -> sitrep_server::RunningServer {
    sitrep_server::start(sitrep_server::ServeConfig {
        db: corpus_db().to_path_buf(),
        addr: "127.0.0.1:0".parse().unwrap(),
        token: token.map(String::from),
        limits,
        connections: 2,
    })
    .expect("server starts")
}

pub fn agent() -> ureq::Agent {
    ureq::Agent::config_builder()
        .http_status_as_error(false)
        .timeout_global(Some(std::time::Duration::from_secs(120)))
        .build()
        .into()
}

/// GET a URL: status, content type and body.
pub fn get(agent: &ureq::Agent, url: &str) -> (u16, String, String) {
    let mut r = agent
        .get(url)
        .call()
        .unwrap_or_else(|e| panic!("GET {url}: {e}"));
    let status = r.status().as_u16();
    let ct = r
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string();
    let body = r.body_mut().read_to_string().unwrap_or_default();
    (status, ct, body)
}

pub fn get_json(agent: &ureq::Agent, url: &str) -> (u16, serde_json::Value) {
    let (status, _, body) = get(agent, url);
    let v =
        serde_json::from_str(&body).unwrap_or_else(|e| panic!("GET {url}: not JSON ({e}): {body}"));
    (status, v)
}

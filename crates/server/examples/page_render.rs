//! Page-render benchmark: the dashboard and API at 100,000 events.
//!
//! ```sh
//! cargo run --release -p sitrep-server --example page_render            # 100,000 events
//! cargo run --release -p sitrep-server --example page_render -- 20000    # another size
//! ```
//!
//! Builds (once, then reuses) a store of synthetic articles whose events are copies of
//! events the pipeline coded in the example articles (and the VOA corpus when present),
//! given other actors, recipients and dates over two years, so that clusters, dyads and
//! periods are as many as in a large real corpus. Then it serves the store and times each
//! page and API call (wall time of the whole HTTP request, 5 runs), printing a table.
//! The figures go in docs/BENCHMARKS.md.

use std::path::{Path, PathBuf};
use std::time::Instant;

use sitrep_record::{Event, InputDocument, Party, Record};
use sitrep_store::{NewDocument, SqliteStore, Store};

const COUNTRIES: &[&str] = &[
    "RUS", "UKR", "USA", "CHN", "PRK", "KOR", "JPN", "IRN", "ISR", "PSE", "SYR", "IRQ", "TUR",
    "SAU", "YEM", "EGY", "SDN", "ETH", "SOM", "KEN", "COD", "RWA", "NGA", "MLI", "NER", "BFA",
    "FRA", "DEU", "GBR", "POL", "BLR", "IND", "PAK", "AFG", "MMR", "VEN", "COL", "MEX", "KGZ",
    "TJK",
];

/// A deterministic pseudo-random sequence (the same store every run).
struct Lcg(u64);
impl Lcg {
    fn next(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((self.0 >> 33) % n as u64) as usize
    }
}

fn templates(root: &Path) -> Vec<Event> {
    let pipeline = sitrep_core::Pipeline::new();
    let mut out = Vec::new();
    for file in [
        root.join("examples/articles.jsonl"),
        root.join("../shared/corpora/voa/voa_stories.jsonl"),
    ] {
        let Ok(text) = std::fs::read_to_string(&file) else {
            continue;
        };
        for line in text.lines().filter(|l| !l.trim().is_empty()) {
            let doc: InputDocument = serde_json::from_str(line).expect("an article");
            out.extend(pipeline.process(&doc).events);
        }
    }
    assert!(!out.is_empty(), "no template events");
    out
}

fn party(code: &str) -> Party {
    Party {
        text: code.to_string(),
        entity: None,
        code: Some(code.to_string()),
        sector: None,
        org: None,
        cameo_actor: Some(code.to_string()),
    }
}

fn build(path: &Path, events: usize, root: &Path) {
    let templates = templates(root);
    let mut rng = Lcg(7);
    let mut store = SqliteStore::open(path).expect("open");
    let per_doc = 5;
    let docs = events.div_ceil(per_doc);
    let start = Instant::now();
    let mut batch = Vec::new();
    for i in 0..docs {
        // Distinct texts (near-duplicates would not have their events stored).
        let words: Vec<String> = (0..90).map(|_| format!("w{}", rng.next(5000))).collect();
        let text = format!("Officials said {} on Monday.", words.join(" "));
        let n = text.chars().count();
        let day = rng.next(730) as i64;
        let date =
            chrono::NaiveDate::from_ymd_opt(2024, 1, 1).unwrap() + chrono::Duration::days(day);
        let mut record = Record {
            id: format!("synthetic-{i}"),
            title: Some(format!("Synthetic story {i}")),
            published: Some(date.to_string()),
            text: text.clone(),
            key_points: vec![format!("Officials said something on {date}.")],
            ..Record::default()
        };
        for j in 0..per_doc {
            let mut e = templates[rng.next(templates.len())].clone();
            e.id = format!("e{j}");
            let a = COUNTRIES[rng.next(COUNTRIES.len())];
            let mut b = COUNTRIES[rng.next(COUNTRIES.len())];
            if a == b {
                b = COUNTRIES[(rng.next(COUNTRIES.len() - 1) + 1) % COUNTRIES.len()];
            }
            e.actor = Some(party(a));
            e.recipient = Some(party(b));
            e.trigger.text = "said".into();
            e.trigger.start = 10;
            e.trigger.end = 14;
            e.sentence.index = 0;
            e.sentence.start = 0;
            e.sentence.end = n;
            e.date = Some((date - chrono::Duration::days(rng.next(3) as i64)).to_string());
            e.date_precision = Some(sitrep_record::Precision::Day);
            e.location = None;
            e.quantities.clear();
            record.events.push(e);
        }
        batch.push(NewDocument {
            record,
            source: Some(["voanews.com", "reuters.com", "kcna.kp", "tass.ru"][i % 4].into()),
        });
        if batch.len() == 1000 || i + 1 == docs {
            store.put_documents(&batch).expect("store");
            batch.clear();
        }
    }
    store.close().expect("close");
    eprintln!(
        "built {} ({docs} documents) in {:.1} s",
        path.display(),
        start.elapsed().as_secs_f64()
    );
}

fn main() {
    let events: usize = std::env::args()
        .nth(1)
        .map(|a| a.parse().expect("a number of events"))
        .unwrap_or(100_000);
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let dir = root.join("target/tmp");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(format!("page-render-{events}.db"));
    if !path.exists() {
        build(&path, events, &root);
    } else {
        // A store an earlier build made: opening it for writing applies the migrations
        // this build has (the server opens it read-only, which needs the current schema).
        let start = Instant::now();
        let store = SqliteStore::open(&path).expect("migrate");
        store.close().expect("close");
        eprintln!(
            "opened {} for writing (migrations) in {:.1} s",
            path.display(),
            start.elapsed().as_secs_f64()
        );
    }
    let stats = SqliteStore::open_read_only(&path).unwrap().stats().unwrap();
    let server = sitrep_server::start(sitrep_server::ServeConfig {
        db: path.clone(),
        addr: "127.0.0.1:0".parse().unwrap(),
        token: None,
        limits: sitrep_server::Limits::default(),
        connections: 4,
    })
    .expect("serve");
    let base = format!("http://{}", server.addr);
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .build()
        .into();
    let get = |path: &str| -> (u16, usize, f64) {
        let t = Instant::now();
        let mut r = agent.get(&format!("{base}{path}")).call().expect("request");
        let body = r
            .body_mut()
            .with_config()
            .limit(1 << 30)
            .read_to_string()
            .unwrap();
        (
            r.status().as_u16(),
            body.len(),
            t.elapsed().as_secs_f64() * 1000.0,
        )
    };
    let (_, _, _) = get("/api/stats");
    let event_id = {
        let mut r = agent
            .get(&format!("{base}/api/events?limit=1"))
            .call()
            .unwrap();
        let v: serde_json::Value =
            serde_json::from_str(&r.body_mut().read_to_string().unwrap()).unwrap();
        v["events"][0]["id"].as_str().unwrap().to_string()
    };
    println!(
        "store: {} documents, {} events, {} mentions ({})",
        stats.documents,
        stats.events,
        stats.mentions,
        path.display()
    );
    println!(
        "{:<44} {:>6} {:>10} {:>9} {:>9} {:>9}",
        "request", "status", "bytes", "min ms", "median", "max ms"
    );
    for path in [
        "/",
        "/events",
        "/events?dyad=RUS,UKR&quad=4",
        &format!("/event/{event_id}"),
        "/article/synthetic-17",
        "/dyad/RUS/UKR",
        "/actor/RUS",
        "/network",
        "/search?q=officials",
        // A word in about 2% of the articles (the filler words are w0..w4999).
        "/events?q=w1234",
        "/brief?dyad=RUS,UKR",
        "/api/events?limit=100",
        "/api/aggregates?period=week",
        "/api/dyads?limit=50",
    ] {
        let mut times = Vec::new();
        let mut last = (0, 0);
        for _ in 0..5 {
            let (status, bytes, ms) = get(path);
            times.push(ms);
            last = (status, bytes);
        }
        times.sort_by(f64::total_cmp);
        println!(
            "{:<44} {:>6} {:>10} {:>9.1} {:>9.1} {:>9.1}",
            path, last.0, last.1, times[0], times[2], times[4]
        );
    }
    server.stop().unwrap();
}

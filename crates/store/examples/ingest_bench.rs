//! Ingest throughput of the store: documents per second into the database and database
//! size per 1,000 documents.
//!
//! `cargo run --release -p sitrep-store --example ingest_bench -- [DOCS] [BATCH] [CORPUS]`
//!
//! Documents are built from the VOA corpus (default `../shared/corpora/voa/voa_stories.jsonl`):
//! each is 30 sentences drawn at random (seeded) from all stories, so documents have real
//! news vocabulary and length (~5 KB) but are not near duplicates of one another; each
//! carries 6 events drawn from a small set of parties, categories and days, so clusters
//! merge as they would in a real corpus. Extraction is not measured (the records are
//! prebuilt): this is the cost of the store alone, one writer, `synchronous=FULL`.

use std::time::Instant;

use sitrep_record::{Event, Location, Modality, Party, Quad, Record, SentenceRef, Trigger};
use sitrep_store::{NewDocument, SqliteStore, Store};

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

fn party(code: &str, sector: &str) -> Party {
    Party {
        text: format!("{code} {sector}"),
        entity: None,
        code: Some(code.into()),
        sector: Some(sector.into()),
        org: None,
        cameo_actor: Some(format!("{code}{sector}")),
    }
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let docs: usize = args.get(1).and_then(|s| s.parse().ok()).unwrap_or(2000);
    let batch: usize = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(64);
    let corpus = args.get(3).cloned().unwrap_or_else(|| {
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../../shared/corpora/voa/voa_stories.jsonl"
        )
        .to_string()
    });
    let data = std::fs::read_to_string(&corpus).expect("read the corpus");
    let mut sentences: Vec<String> = Vec::new();
    for line in data.lines().filter(|l| !l.trim().is_empty()) {
        let v: serde_json::Value = serde_json::from_str(line).expect("JSON line");
        let text = v["text"].as_str().unwrap_or_default();
        sentences.extend(
            text.split(". ")
                .map(|s| format!("{}.", s.trim_end_matches('.'))),
        );
    }
    let codes = ["RUS", "UKR", "PRK", "CHN", "USA", "IRN", "ISR", "SDN"];
    let sectors = ["GOV", "MIL", "REB", "COP"];
    let cats = [
        ("ASSAULT", "190", -10.0, Quad::MaterialConflict),
        ("AGREE", "057", 8.0, Quad::VerbalCooperation),
        ("ACCUSE", "112", -2.0, Quad::VerbalConflict),
        ("AID", "070", 7.0, Quad::MaterialCooperation),
    ];
    let mut rng = Rng(42);
    let records: Vec<NewDocument> = (0..docs)
        .map(|i| {
            let picked: Vec<&str> = (0..30)
                .map(|_| sentences[rng.below(sentences.len())].as_str())
                .collect();
            let text = picked.join(" ");
            let mut offset = 0;
            let mut spans = Vec::new();
            for s in &picked {
                let n = s.chars().count();
                spans.push((offset, offset + n));
                offset += n + 1;
            }
            let events = (0..6)
                .map(|k| {
                    let (cat, cameo, gold, quad) = cats[rng.below(cats.len())];
                    let si = rng.below(spans.len());
                    let (s, e) = spans[si];
                    let day = 1 + rng.below(28);
                    Event {
                        id: format!("v{k}"),
                        event: cat.into(),
                        mode: None,
                        context: vec![],
                        cameo: cameo.into(),
                        goldstein: Some(gold),
                        quad,
                        actor: Some(party(codes[rng.below(8)], sectors[rng.below(4)])),
                        recipient: Some(party(codes[rng.below(8)], sectors[rng.below(4)])),
                        trigger: Trigger {
                            text: "x".into(),
                            start: s,
                            end: s + 1,
                        },
                        sentence: SentenceRef {
                            index: si,
                            start: s,
                            end: e,
                        },
                        date: Some(format!("2025-{:02}-{day:02}", 1 + i % 12)),
                        date_precision: None,
                        location: Some(Location {
                            text: "place".into(),
                            code: Some(codes[rng.below(8)].into()),
                            ..Location::default()
                        }),
                        modality: Modality::Asserted,
                        negated: false,
                        sources: vec![],
                        quantities: vec![],
                        rule: "bench".into(),
                    }
                })
                .collect();
            NewDocument {
                record: Record {
                    id: format!("bench-{i}"),
                    title: Some(format!("Bench story {i}")),
                    published: Some(format!("2025-{:02}-15", 1 + i % 12)),
                    url: Some(format!("https://bench.example/{i}")),
                    language: Some("en".into()),
                    text,
                    events,
                    ..Record::default()
                },
                source: None,
            }
        })
        .collect();
    let bytes: usize = records.iter().map(|d| d.record.text.len()).sum();

    let dir = std::env::temp_dir().join(format!("sitrep-ingest-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("bench.db");
    let mut store = SqliteStore::open(&path).unwrap();
    let start = Instant::now();
    let mut near = 0;
    for chunk in records.chunks(batch) {
        for o in store.put_documents(chunk).unwrap() {
            if matches!(o, sitrep_store::PutOutcome::NearDuplicate { .. }) {
                near += 1;
            }
        }
    }
    let secs = start.elapsed().as_secs_f64();
    let stats = store.stats().unwrap();
    store
        .connection()
        .execute_batch("PRAGMA wal_checkpoint(TRUNCATE)")
        .unwrap();
    drop(store);
    let size = std::fs::metadata(&path).unwrap().len();
    println!(
        "{docs} documents ({:.1} MB text, {near} near duplicates), batch {batch}: {:.2} s, {:.0} docs/s, {:.2} MB/s",
        bytes as f64 / 1e6,
        secs,
        docs as f64 / secs,
        bytes as f64 / 1e6 / secs
    );
    println!(
        "events {} from {} mentions; database {:.2} MB = {:.2} MB per 1,000 documents",
        stats.events,
        stats.mentions,
        size as f64 / 1e6,
        size as f64 / 1e6 / docs as f64 * 1000.0
    );
    let _ = std::fs::remove_dir_all(&dir);
}

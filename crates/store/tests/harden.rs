//! Hardening (issue #17): many articles about one event, blank URLs, and the migration that
//! made cluster upkeep incremental.

mod common;

use common::*;
use sitrep_record::{Modality, Record};
use sitrep_store::{NewDocument, PutOutcome, SqliteStore, Store};

/// `n` different articles reporting one shelling: varied wording (so no two are near
/// duplicates), codes, outlets, dates (some missing) and sentence positions.
fn one_event_reports(n: usize) -> Vec<NewDocument> {
    const VERBS: [(&str, &str); 3] = [("shelled", "195"), ("bombarded", "190"), ("hit", "190")];
    const WORDS: [&str; 24] = [
        "residents",
        "reported",
        "damage",
        "near",
        "market",
        "after",
        "sirens",
        "sounded",
        "officials",
        "counted",
        "craters",
        "again",
        "windows",
        "shattered",
        "power",
        "cut",
        "medics",
        "arrived",
        "trains",
        "stopped",
        "schools",
        "closed",
        "crowds",
        "gathered",
    ];
    (0..n)
        .map(|i| {
            // Twenty pseudo-random words of its own make every article a different story
            // (shared 4-word shingles stay far below the near-duplicate threshold).
            let mut seed = i as u64 * 2_654_435_761 + 1;
            let filler: Vec<&str> = (0..20)
                .map(|_| {
                    seed = seed
                        .wrapping_mul(6_364_136_223_846_793_005)
                        .wrapping_add(1_442_695_040_888_963_407);
                    WORDS[(seed >> 40) as usize % WORDS.len()]
                })
                .collect();
            let lead = if i % 4 == 0 {
                ""
            } else {
                "Officials spoke late. Rain fell. Roads closed. "
            };
            let (verb, cameo) = VERBS[i % 3];
            let sentence = format!("Russian forces {verb} Kharkiv, story {i} said.");
            let text = format!("{lead}{sentence} {} {}.", filler.join(" "), i * 7919);
            let published = match i % 5 {
                0 => String::new(),
                r => format!("2025-06-{:02}", 4 + r),
            };
            let mut record = record(
                &format!("doc{i}"),
                (i % 6 != 0)
                    .then(|| format!("https://outlet{}.example/{i}", i % 7))
                    .as_deref(),
                &published,
                "Kharkiv shelled",
                &text,
                &[Ev {
                    category: "ASSAULT",
                    cameo,
                    goldstein: -10.0 + (i % 3) as f64,
                    actor: party("Russian forces", "RUS", Some("MIL")),
                    recipient: Some(party("Ukraine", "UKR", None)),
                    sentence: &sentence,
                    trigger: verb,
                    date: Some("2025-06-04"),
                    place: Some(("Kharkiv", "UKR")),
                    modality: Modality::Reported,
                }],
            );
            if published.is_empty() {
                record.published = None;
            }
            NewDocument {
                record,
                source: (i % 3 == 0).then(|| format!("Outlet {}", i % 4)),
            }
        })
        .collect()
}

/// Every cluster row, all columns, in id order.
fn clusters(store: &SqliteStore) -> Vec<String> {
    store
        .canonical_dump()
        .unwrap()
        .into_iter()
        .filter(|l| l.starts_with("event\t"))
        .collect()
}

/// What the cluster columns are when computed from all the mentions at once (the rule the
/// incremental upkeep must reproduce).
fn recomputed(store: &SqliteStore) -> Vec<String> {
    let conn = store.connection();
    conn.execute_batch(
        "UPDATE event_clusters SET
            (cameo, goldstein, quad) = (
                SELECT m.cameo, max(m.goldstein), max(m.quad) FROM event_mentions m
                WHERE m.cluster = event_clusters.id GROUP BY m.cameo
                ORDER BY count(*) DESC, m.cameo LIMIT 1),
            (num_mentions, num_articles, num_sources, is_root, first_published) = (
                SELECT count(*), count(DISTINCT m.doc),
                       count(DISTINCT coalesce(d.source, d.content_hash)),
                       max(m.sentence_index < 3), min(d.published)
                FROM event_mentions m JOIN documents d ON d.id = m.doc
                WHERE m.cluster = event_clusters.id),
            (rep_mention, source_url, evidence) = (
                SELECT m.id, d.url, m.evidence
                FROM event_mentions m JOIN documents d ON d.id = m.doc
                WHERE m.cluster = event_clusters.id
                ORDER BY coalesce(d.published, '~'), coalesce(d.url, '~'), d.content_hash,
                         m.sentence_index, m.trigger_start, m.id
                LIMIT 1)",
    )
    .unwrap();
    clusters(store)
}

fn ingest(docs: &[NewDocument], batch: usize) -> SqliteStore {
    let mut store = SqliteStore::open_in_memory().unwrap();
    for chunk in docs.chunks(batch) {
        for outcome in store.put_documents(chunk).unwrap() {
            assert!(
                matches!(outcome, PutOutcome::Inserted { .. }),
                "{outcome:?}"
            );
        }
    }
    store
}

#[test]
fn many_articles_about_one_event_keep_exact_cluster_columns_in_any_order() {
    let docs = one_event_reports(120);
    let forward = ingest(&docs, 7);
    let rows = clusters(&forward);
    assert_eq!(rows.len(), 1, "{rows:#?}");
    let event = &forward.events(&Default::default()).unwrap()[0];
    assert_eq!(event.num_mentions, 120);
    assert_eq!(event.num_articles, 120);
    assert_eq!(event.cameo, "190", "two verbs of three code 190");

    let mut reversed: Vec<NewDocument> = docs.iter().rev().cloned().collect();
    assert_eq!(clusters(&ingest(&reversed, 1)), rows);
    // A deterministic shuffle.
    let mut seed = 12_345u64;
    for i in (1..reversed.len()).rev() {
        seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
        reversed.swap(i, (seed >> 33) as usize % (i + 1));
    }
    assert_eq!(clusters(&ingest(&reversed, 64)), rows);
    assert_eq!(recomputed(&forward), rows);
}

#[test]
fn a_version_2_database_is_migrated_with_the_same_cluster_columns() {
    let dir = std::env::temp_dir().join(format!("sitrep-store-harden-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("v1.db");
    let _ = std::fs::remove_file(&path);
    let docs = one_event_reports(30);
    let expected = {
        let mut store = SqliteStore::open(&path).unwrap();
        store.put_documents(&docs).unwrap();
        let expected = store.canonical_dump().unwrap();
        // Back to the version 2 layout: what migrations 4 and 3 added is removed.
        store
            .connection()
            .execute_batch(
                "DROP INDEX event_clusters_summary;
                 CREATE INDEX event_clusters_date ON event_clusters(date);
                 DROP INDEX event_mentions_doc_cluster;
                 DROP TABLE cluster_sources;
                 DROP TABLE cluster_cameos;
                 ALTER TABLE event_clusters DROP COLUMN rep_mention;
                 PRAGMA user_version = 2;",
            )
            .unwrap();
        expected
    };
    let mut store = SqliteStore::open(&path).unwrap();
    assert_eq!(store.canonical_dump().unwrap(), expected);
    // And upkeep goes on from the backfilled state.
    let more = one_event_reports(40);
    store.put_documents(&more[30..]).unwrap();
    let fresh = ingest(&more, 64);
    assert_eq!(clusters(&store), clusters(&fresh));
    drop(store);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn documents_with_blank_urls_are_different_documents() {
    // `sitrep ingest` of two JSON lines with `"url": ""` failed with a UNIQUE constraint.
    let mut a: Record = story_a();
    a.url = Some(String::new());
    let mut b: Record = story_b();
    b.url = Some("  ".into());
    let mut store = SqliteStore::open_in_memory().unwrap();
    let outcomes = store
        .put_documents(&[
            NewDocument {
                record: a,
                source: None,
            },
            NewDocument {
                record: b,
                source: None,
            },
        ])
        .unwrap();
    assert!(
        outcomes
            .iter()
            .all(|o| matches!(o, PutOutcome::Inserted { .. })),
        "{outcomes:?}"
    );
    let urls: i64 = store
        .connection()
        .query_row("SELECT count(url) FROM documents", [], |r| r.get(0))
        .unwrap();
    assert_eq!(urls, 0, "a blank URL is stored as no URL");
}

#[test]
fn many_copies_of_one_story_all_link_to_the_original() {
    // Candidates are bounded per LSH band; every copy must still find the original.
    let copies: Vec<NewDocument> = (0..60)
        .map(|i| {
            let mut record: Record = story_a();
            record.id = format!("copy{i}");
            record.url = Some(format!("https://outlet{i}.example/story"));
            record.text = format!("{STORY_A} Updated {i} times, outlet {} said.", i * 7919);
            record.events.clear();
            NewDocument {
                record,
                source: None,
            }
        })
        .collect();
    let mut store = SqliteStore::open_in_memory().unwrap();
    let outcomes = store.put_documents(&copies).unwrap();
    assert!(
        matches!(outcomes[0], PutOutcome::Inserted { .. }),
        "{:?}",
        outcomes[0]
    );
    for outcome in &outcomes[1..] {
        assert!(
            matches!(outcome, PutOutcome::NearDuplicate { of, .. } if of == "copy0"),
            "{outcome:?}"
        );
    }
}

//! The dashboard's reads at scale (issue #14): party filters match the rows their rule
//! says, whatever the query plan; pages of events are slices of the whole ordered list;
//! migration 4 adds the covering index the reads use.

mod common;

use common::*;
use sitrep_record::{Modality, Party, Record};
use sitrep_store::{EventFilter, NewDocument, Sort, SqliteStore, Store};

fn named(text: &str, code: Option<&str>, org: Option<&str>, cameo: Option<&str>) -> Party {
    Party {
        text: text.into(),
        entity: None,
        code: code.map(String::from),
        sector: None,
        org: org.map(String::from),
        cameo_actor: cameo.map(String::from),
    }
}

/// Parties of every form a filter meets: coded countries and CAMEO actors, organisations,
/// names only (some holding a code as a word, some a code inside a word), punctuation.
fn parties() -> Vec<Party> {
    vec![
        named("Russia", Some("RUS"), None, Some("RUS")),
        named("Russian forces", Some("RUS"), None, Some("RUSMIL")),
        named("Kievan Rus' chroniclers", None, None, None),
        named("Rusty Nail militia", None, None, None),
        named("Liz Truss", Some("GBR"), None, None),
        named("Ukraine", Some("UKR"), None, Some("UKR")),
        named("U.S. officials", Some("USA"), None, Some("USAGOV")),
        named("US envoy", None, None, None),
        named("USA Today", None, Some("usatoday"), None),
        named("North-Korean troops", Some("PRK"), None, Some("PRKMIL")),
        named("Hamas", None, Some("HAMAS"), None),
        named("gunmen", None, None, None),
        named("Zürich police", Some("CHE"), None, None),
        named("the \"Wagner\" group (Russia)", None, None, None),
    ]
}

/// A store where every pair of parties above acts on each other on some day (and an
/// event without a recipient), several events sharing a date so ties are ordered by id.
fn store() -> SqliteStore {
    let parties = parties();
    let mut docs = Vec::new();
    let mut n = 0usize;
    for (i, a) in parties.iter().enumerate() {
        for (_, b) in parties.iter().enumerate().filter(|(j, _)| *j != i) {
            n += 1;
            // Words of its own: no two articles are near duplicates (whose events are
            // not stored).
            let mut seed = n as u64 * 2_654_435_761 + 1;
            let filler: Vec<String> = (0..30)
                .map(|_| {
                    seed = seed
                        .wrapping_mul(6_364_136_223_846_793_005)
                        .wrapping_add(1_442_695_040_888_963_407);
                    format!("w{}", (seed >> 40) % 5000)
                })
                .collect();
            let text = format!(
                "Officials said the attack happened on Monday. {}.",
                filler.join(" ")
            );
            let category = ["ASSAULT", "ACCUSE", "CONSULT", "AID"][n % 4];
            let spec = Ev {
                category,
                cameo: ["190", "112", "040", "070"][n % 4],
                goldstein: [-10.0, -2.0, 1.0, 7.0][n % 4],
                actor: a.clone(),
                recipient: (!n.is_multiple_of(11)).then(|| b.clone()),
                sentence: "Officials said the attack",
                trigger: "attack",
                date: Some(["2025-03-01", "2025-03-02", "2025-04-10"][n % 3]),
                place: None,
                modality: [Modality::Asserted, Modality::Claimed][n % 2],
            };
            let record = Record {
                id: format!("doc-{n}"),
                published: Some("2025-05-01".into()),
                text: text.clone(),
                events: vec![event(&text, 0, &spec)],
                ..Record::default()
            };
            docs.push(NewDocument {
                record,
                source: Some("wire.example".into()),
            });
        }
    }
    let mut store = SqliteStore::open_in_memory().unwrap();
    store.put_documents(&docs).unwrap();
    store
}

/// One side of a cluster as stored: code, merge key, CAMEO code, name.
type Side = (Option<String>, String, Option<String>, Option<String>);

/// The rule of `actor`/`recipient` filters written out (the module docs of
/// `sitrep_store::query`): the code, key or CAMEO code equal to the upper-cased value, a
/// three-letter value heading the CAMEO code, or the value's words whole words of the name
/// (lower case, the punctuation the store splits names on read as spaces).
fn side_matches(side: &Side, value: &str) -> bool {
    let (code, key, cameo, name) = side;
    let upper = value.trim().to_ascii_uppercase();
    if code.as_deref() == Some(&upper) || *key == upper || cameo.as_deref() == Some(&upper) {
        return true;
    }
    if upper.len() == 3
        && upper.chars().all(|c| c.is_ascii_alphabetic())
        && cameo
            .as_deref()
            .is_some_and(|c| c.to_ascii_uppercase().starts_with(&upper))
    {
        return true;
    }
    let words = sitrep_store::query::name_words(value);
    let Some(name) = name else {
        return false;
    };
    if words.is_empty() {
        return false;
    }
    let spaced: String = name
        .to_ascii_lowercase()
        .chars()
        .map(|c| {
            if "-.,'\u{2019}\"()/:;&".contains(c) {
                ' '
            } else {
                c
            }
        })
        .collect();
    format!(" {spaced} ").contains(&format!(" {words} "))
}

/// Every cluster's id and its two sides.
fn sides(store: &SqliteStore) -> Vec<(String, Side, Side)> {
    let mut stmt = store
        .connection()
        .prepare(
            "SELECT id, actor_code, key_actor, actor_cameo, actor_name,
                    recipient_code, key_recipient, recipient_cameo, recipient_name
             FROM event_clusters ORDER BY id",
        )
        .unwrap();
    stmt.query_map([], |r| {
        Ok((
            r.get(0)?,
            (r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?),
            (r.get(5)?, r.get(6)?, r.get(7)?, r.get(8)?),
        ))
    })
    .unwrap()
    .map(Result::unwrap)
    .collect()
}

fn ids(store: &SqliteStore, filter: &EventFilter) -> Vec<String> {
    let mut ids: Vec<String> = store
        .events(filter)
        .unwrap()
        .into_iter()
        .map(|e| e.id)
        .collect();
    ids.sort();
    ids
}

const VALUES: &[&str] = &[
    "RUS",
    "rus",
    "Rus",
    "RUSMIL",
    "USA",
    "US",
    "u.s.",
    "korean",
    "North Korean",
    "north-korean troops",
    "HAMAS",
    "usatoday",
    "gunmen",
    "zürich",
    "UKR",
    "rust",
    "truss",
    "wagner group",
    "russia",
    "%",
    "_",
];

#[test]
fn party_filters_match_codes_and_whole_words_of_names() {
    let store = store();
    let all = sides(&store);
    assert!(all.len() > 150, "{}", all.len());
    let expect = |keep: &dyn Fn(&Side, &Side) -> bool| -> Vec<String> {
        all.iter()
            .filter(|(_, a, r)| keep(a, r))
            .map(|(id, _, _)| id.clone())
            .collect()
    };
    let mut matched_names = 0;
    for value in VALUES {
        let actor = EventFilter {
            actor: Some(value.to_string()),
            ..EventFilter::default()
        };
        let want = expect(&|a, _| side_matches(a, value));
        assert_eq!(ids(&store, &actor), want, "actor {value:?}");
        assert_eq!(store.count_events(&actor).unwrap(), want.len() as u64);
        let recipient = EventFilter {
            recipient: Some(value.to_string()),
            ..EventFilter::default()
        };
        let want = expect(&|_, r| side_matches(r, value));
        assert_eq!(ids(&store, &recipient), want, "recipient {value:?}");
        if !want.is_empty() {
            matched_names += 1;
        }
        for other in ["UKR", "hamas", "US"] {
            let dyad = EventFilter {
                dyad: Some((value.to_string(), other.to_string())),
                ..EventFilter::default()
            };
            let want = expect(&|a, r| {
                (side_matches(a, value) && side_matches(r, other))
                    || (side_matches(a, other) && side_matches(r, value))
            });
            assert_eq!(ids(&store, &dyad), want, "dyad {value:?} {other:?}");
            assert_eq!(store.count_events(&dyad).unwrap(), want.len() as u64);
        }
    }
    assert!(matched_names >= 15, "{matched_names}");
    // The rule's edges, spelled out: a code matches its CAMEO actors, a name its whole
    // words only ("rus" is a word of "Kievan Rus' chroniclers", not of "Rusty" or
    // "Truss"; "us" of "US envoy", not of "U.S. officials" or "Russia").
    let names = |filter: EventFilter| -> Vec<String> {
        let mut v: Vec<String> = store
            .events(&filter)
            .unwrap()
            .into_iter()
            .filter_map(|e| e.actor_name)
            .collect();
        v.sort();
        v.dedup();
        v
    };
    let actor = |value: &str| EventFilter {
        actor: Some(value.into()),
        ..EventFilter::default()
    };
    assert_eq!(
        names(actor("RUS")),
        ["Kievan Rus' chroniclers", "Russia", "Russian forces"]
    );
    assert_eq!(names(actor("US")), ["US envoy"]);
    assert_eq!(names(actor("u.s.")), ["U.S. officials"]);
    assert_eq!(names(actor("RUSMIL")), ["Russian forces"]);
    assert_eq!(
        names(actor("russia")),
        ["Russia", "the \"Wagner\" group (Russia)"]
    );
    assert_eq!(names(actor("rust")), Vec::<String>::new());
}

#[test]
fn a_page_of_events_is_a_slice_of_the_whole_list() {
    let store = store();
    let filters = [
        EventFilter::default(),
        EventFilter {
            dyad: Some(("RUS".into(), "UKR".into())),
            ..EventFilter::default()
        },
        EventFilter {
            actor: Some("russia".into()),
            quad: Some(4),
            ..EventFilter::default()
        },
        EventFilter {
            text: Some("attack".into()),
            modality: Some("claimed".into()),
            ..EventFilter::default()
        },
    ];
    for filter in filters {
        for sort in [Sort::Oldest, Sort::Newest, Sort::Mentions, Sort::Goldstein] {
            let whole = store
                .events(&EventFilter {
                    sort,
                    ..filter.clone()
                })
                .unwrap();
            assert!(!whole.is_empty());
            for (offset, limit) in [(0, 1), (0, 7), (3, 5), (whole.len() - 1, 10)] {
                let page = store
                    .events(&EventFilter {
                        sort,
                        limit: Some(limit),
                        offset: Some(offset),
                        ..filter.clone()
                    })
                    .unwrap();
                let end = (offset + limit).min(whole.len());
                assert_eq!(page, whole[offset..end], "{sort:?} {offset} {limit}");
            }
        }
    }
}

/// The plan SQLite chooses for a statement, one line per step.
fn plan(store: &SqliteStore, sql: &str, params: &[rusqlite::types::Value]) -> String {
    let mut stmt = store
        .connection()
        .prepare(&format!("EXPLAIN QUERY PLAN {sql}"))
        .unwrap();
    stmt.query_map(rusqlite::params_from_iter(params.iter()), |r| {
        r.get::<_, String>(3)
    })
    .unwrap()
    .map(Result::unwrap)
    .collect::<Vec<_>>()
    .join("\n")
}

#[test]
fn a_version_3_database_gets_the_summary_index_and_reads_use_it() {
    let dir = std::env::temp_dir().join(format!("sitrep-store-reads-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("v3.db");
    let _ = std::fs::remove_file(&path);
    let docs = vec![
        NewDocument {
            record: story_a(),
            source: None,
        },
        NewDocument {
            record: story_b(),
            source: None,
        },
    ];
    let (expected, events) = {
        let mut store = SqliteStore::open(&path).unwrap();
        store.put_documents(&docs).unwrap();
        let expected = store.canonical_dump().unwrap();
        let events = store.events(&EventFilter::default()).unwrap();
        // Back to the version 3 layout.
        store
            .connection()
            .execute_batch(
                "DROP INDEX event_clusters_summary;
                 CREATE INDEX event_clusters_date ON event_clusters(date);
                 PRAGMA user_version = 3;",
            )
            .unwrap();
        store.close().unwrap();
        (expected, events)
    };
    // A read-only open asks for the migration rather than reading an older layout.
    assert!(SqliteStore::open_read_only(&path).is_err());
    let store = SqliteStore::open(&path).unwrap();
    assert_eq!(store.schema_version().unwrap(), 4);
    assert_eq!(store.canonical_dump().unwrap(), expected);
    assert_eq!(store.events(&EventFilter::default()).unwrap(), events);
    let indexes: Vec<String> = store
        .connection()
        .prepare("SELECT name FROM sqlite_master WHERE tbl_name = 'event_clusters' AND type = 'index' AND sql IS NOT NULL ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert!(
        indexes.contains(&"event_clusters_summary".to_string()),
        "{indexes:?}"
    );
    assert!(
        !indexes.contains(&"event_clusters_date".to_string()),
        "{indexes:?}"
    );

    // Counts, charts and the picking of a page read the index alone (no table row).
    let dyad = EventFilter {
        dyad: Some(("RUS".into(), "korean".into())),
        quad: Some(4),
        ..EventFilter::default()
    };
    let w = sitrep_store::query::build_where(&dyad);
    let count = plan(
        &store,
        &format!("SELECT count(*) FROM event_clusters c{}", w.clause),
        &w.params,
    );
    assert!(
        count.contains("COVERING INDEX event_clusters_summary"),
        "{count}"
    );
    let page = plan(
        &store,
        &format!(
            "SELECT c.id FROM event_clusters c{} ORDER BY {} LIMIT 100",
            w.clause,
            Sort::Newest.order_by()
        ),
        &w.params,
    );
    assert!(
        page.contains("COVERING INDEX event_clusters_summary"),
        "{page}"
    );
    let (label, precise) = sitrep_store::query::period_sql(sitrep_store::Period::Week);
    let chart = plan(
        &store,
        &format!(
            "SELECT {label} AS period, count(*), sum(c.num_mentions), total(c.goldstein),
                    sum(c.quad = 1) FROM event_clusters c
             WHERE c.date IS NOT NULL AND {precise} GROUP BY period"
        ),
        &[],
    );
    assert!(
        chart.contains("COVERING INDEX event_clusters_summary"),
        "{chart}"
    );
    drop(store);
    let _ = std::fs::remove_dir_all(&dir);
}

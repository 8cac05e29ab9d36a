//! The PostgreSQL backend against the SQLite one: the same input must give the same
//! outcomes, events, mentions, groups, aggregates and counts, also when several writers
//! store overlapping batches at once.
//!
//! Needs a server: `SITREP_TEST_POSTGRES=postgres://user@host:port/database` (a role that
//! may create databases; each test makes its own). Without it the tests say so and pass;
//! `.ci/run` starts a server and sets it.

#![cfg(feature = "postgres")]

mod common;

use common::*;
use sitrep_record::{DateMention, Modality, Precision, Record};
use sitrep_store::{
    DocumentQuery, EventDetail, EventFilter, EventRow, GroupKey, NewDocument, Period, PgStore,
    PutOutcome, Sort, SqliteStore, Store,
};

fn doc(record: Record) -> NewDocument {
    NewDocument {
        record,
        source: None,
    }
}

/// A fresh database named `name` on the test server, or `None` (with a note) without one.
fn fresh_database(name: &str) -> Option<String> {
    let Ok(base) = std::env::var("SITREP_TEST_POSTGRES") else {
        eprintln!("skipped: set SITREP_TEST_POSTGRES=postgres://... to test the PostgreSQL store");
        return None;
    };
    let db = format!("sitrep_test_{name}");
    Some(
        PgStore::create_scratch_database(&base, &db).unwrap_or_else(|e| {
            panic!("SITREP_TEST_POSTGRES={base} is set but {db} cannot be created: {e}")
        }),
    )
}

/// Events with the ingest time removed (two stores never ingest in the same second).
fn events(store: &dyn Store, filter: &EventFilter) -> Vec<EventRow> {
    store
        .events(filter)
        .unwrap()
        .into_iter()
        .map(|mut e| {
            assert!(e.date_added.is_some());
            e.date_added = None;
            e
        })
        .collect()
}

/// Every read of the trait over a set of filters, for comparing two stores.
fn assert_same_reads(sqlite: &dyn Store, pg: &dyn Store) {
    let all = EventFilter::default();
    let mut filters = vec![all.clone()];
    let f = |g: fn(&mut EventFilter)| {
        let mut x = EventFilter::default();
        g(&mut x);
        x
    };
    filters.extend([
        f(|x| x.actor = Some("rus".into())),
        f(|x| x.actor = Some("RUSMIL".into())),
        f(|x| x.actor = Some("north korean".into())),
        f(|x| x.recipient = Some("UKR".into())),
        f(|x| x.dyad = Some(("PRK".into(), "RUS".into()))),
        f(|x| x.category = Some("assault, support".into())),
        f(|x| x.cameo = Some("19".into())),
        f(|x| x.quad = Some(4)),
        f(|x| x.modality = Some("reported".into())),
        f(|x| x.source = Some("OTHER.example".into())),
        f(|x| x.source = Some("kcna".into())),
        f(|x| x.date_from = Some("2025-06-04".into())),
        f(|x| x.date_to = Some("2025-06-03".into())),
        f(|x| x.place = Some("kharkiv".into())),
        f(|x| x.place = Some("PRK".into())),
        f(|x| x.text = Some("bombarded".into())),
        f(|x| x.text = Some("pledge".into())),
        f(|x| x.min_mentions = Some(2)),
        f(|x| x.country = Some("RUS".into())),
        f(|x| x.asserted_only = true),
        f(|x| {
            x.sort = Sort::Newest;
            x.limit = Some(3);
            x.offset = Some(1);
        }),
        f(|x| {
            x.sort = Sort::Mentions;
            x.offset = Some(2);
        }),
        f(|x| x.sort = Sort::Goldstein),
    ]);
    for filter in &filters {
        assert_eq!(events(sqlite, filter), events(pg, filter), "{filter:?}");
        assert_eq!(
            sqlite.count_events(filter).unwrap(),
            pg.count_events(filter).unwrap(),
            "{filter:?}"
        );
        assert_eq!(
            sqlite.mentions(filter).unwrap(),
            pg.mentions(filter).unwrap(),
            "{filter:?}"
        );
    }
    for key in [
        GroupKey::Category,
        GroupKey::Actor,
        GroupKey::Recipient,
        GroupKey::Dyad,
        GroupKey::Country,
        GroupKey::Period(Period::Day),
        GroupKey::Period(Period::Week),
        GroupKey::Period(Period::Month),
    ] {
        assert_eq!(
            sqlite.group_by(&all, key).unwrap(),
            pg.group_by(&all, key).unwrap(),
            "{key:?}"
        );
    }
    for period in [Period::Day, Period::Week, Period::Month, Period::Year] {
        assert_eq!(
            sqlite.aggregate(&all, period).unwrap(),
            pg.aggregate(&all, period).unwrap(),
            "{period:?}"
        );
        assert_eq!(
            sqlite.imprecise_events(&all, period).unwrap(),
            pg.imprecise_events(&all, period).unwrap()
        );
    }
    assert_eq!(sqlite.stats().unwrap(), pg.stats().unwrap());
}

#[test]
fn same_outcomes_and_reads_as_sqlite() {
    let Some(url) = fresh_database("reads") else {
        return;
    };
    let mut pg = PgStore::open(&url).unwrap();
    assert_eq!(pg.backend(), "postgres");
    assert_eq!(
        pg.schema_version().unwrap(),
        sitrep_store::schema::SCHEMA_VERSION
    );
    // Opening again (a second worker starting) migrates nothing and fails nothing.
    assert_eq!(
        PgStore::open(&url).unwrap().migrate().unwrap(),
        sitrep_store::schema::SCHEMA_VERSION
    );
    let mut sqlite = SqliteStore::open_in_memory().unwrap();

    let mut copy = story_a();
    copy.id = "a1-wire".into();
    copy.url = Some("https://wire.example/copy".into());
    copy.text = format!(
        "{} The report could not be independently verified.",
        STORY_A.replace("Tuesday", "Monday")
    );
    let mut later = story_b();
    later.id = "b2".into();
    later.url = Some("https://third.example/b2".into());
    later.published = Some("2025-06-02".into());
    later.text = later.text.replace("school", "hospital and a school");
    let batches: Vec<Vec<NewDocument>> = vec![
        vec![doc(story_a()), doc(story_b())],
        // Exact duplicates (by text, by URL), a near duplicate, an error record.
        vec![
            doc(story_a()),
            doc(Record {
                id: "same-url".into(),
                url: Some("https://other.example/b1".into()),
                text: "Entirely different words here.".into(),
                ..Record::default()
            }),
            doc(copy),
            doc(Record::error("broken", "could not be read")),
        ],
        vec![doc(later)],
    ];
    for batch in &batches {
        let expected = sqlite.put_documents(batch).unwrap();
        let got = pg.put_documents(batch).unwrap();
        assert_eq!(expected, got);
    }
    assert!(matches!(
        pg.put_document(&doc(story_b())).unwrap(),
        PutOutcome::Duplicate { .. }
    ));
    assert!(pg.has_document(None, STORY_A).unwrap());
    assert!(!pg.has_document(None, "never stored").unwrap());
    assert_same_reads(&sqlite, &pg);

    let hits = pg.search_documents("bombard", 10).unwrap();
    let ids: Vec<&str> = hits.iter().map(|h| h.document.as_str()).collect();
    assert!(
        ids.contains(&"b1") && ids.contains(&"b2") && !ids.contains(&"a1"),
        "{ids:?}"
    );
    assert!(
        hits[0].snippet.contains("[bombarded]"),
        "{}",
        hits[0].snippet
    );

    // The generic opener selects the backend by URL.
    let opened = sitrep_store::open_read_only(&url).unwrap();
    assert_eq!(opened.backend(), "postgres");
    assert_eq!(opened.stats().unwrap().documents, 4);
}

/// Records whose events fall into a few shared clusters, with texts far apart (no near
/// duplicates), some of them twice.
fn overlapping_records(n: usize) -> Vec<Record> {
    let sentences = [
        (
            "Russian forces shelled Kharkiv overnight.",
            "shelled",
            "ASSAULT",
            "195",
        ),
        (
            "Russian troops bombarded Kharkiv again.",
            "bombarded",
            "ASSAULT",
            "190",
        ),
        (
            "North Korea pledged support for Russia.",
            "pledged",
            "SUPPORT",
            "051",
        ),
    ];
    let mut out = Vec::new();
    for i in 0..n {
        let (sentence, trigger, category, cameo) = sentences[i % sentences.len()];
        // Words unique to this record make the shingle sets disjoint but for the sentence.
        let filler: Vec<String> = (0..40).map(|j| format!("w{i}x{j}")).collect();
        let text = format!("Dispatch {i} {}. {sentence}", filler.join(" "));
        let (actor, recipient) = if category == "SUPPORT" {
            (
                party("North Korea", "PRK", None),
                party("Russia", "RUS", None),
            )
        } else {
            (
                party("Russian forces", "RUS", Some("MIL")),
                party("Kharkiv", "UKR", None),
            )
        };
        let day = format!("2025-06-0{}", 1 + i % 3);
        let published = format!("2025-06-{:02}", 4 + i % 5);
        let rec = record(
            &format!("r{i}"),
            Some(&format!("https://site{}.example/{i}", i % 4)),
            &published,
            &format!("Dispatch {i}"),
            &text,
            &[Ev {
                category,
                cameo,
                goldstein: if category == "SUPPORT" { 3.4 } else { -10.0 },
                actor,
                recipient: Some(recipient),
                sentence,
                trigger,
                date: Some(&day),
                place: Some(("Kharkiv", "UKR")),
                modality: if i % 2 == 0 {
                    Modality::Reported
                } else {
                    Modality::Asserted
                },
            }],
        );
        if i % 5 == 0 {
            // The same input twice (a republish, a redelivery).
            out.push(rec.clone());
        }
        out.push(rec);
    }
    out
}

#[test]
fn concurrent_writers_store_each_document_once_with_exact_clusters() {
    let Some(url) = fresh_database("concurrent") else {
        return;
    };
    let records = overlapping_records(60);
    // The reference: one SQLite writer, input order.
    let mut sqlite = SqliteStore::open_in_memory().unwrap();
    for chunk in records.chunks(5) {
        let docs: Vec<NewDocument> = chunk.iter().cloned().map(doc).collect();
        sqlite.put_documents(&docs).unwrap();
    }
    PgStore::open(&url).unwrap();
    // Four writers, each storing every record, in four different orders, in batches.
    let writers: Vec<_> = (0..4)
        .map(|w| {
            let url = url.clone();
            let mut mine: Vec<Record> = records.clone();
            match w {
                1 => mine.reverse(),
                2 => mine.rotate_left(records.len() / 2),
                3 => mine.sort_by_key(|r| r.id.len() * 7 % 5),
                _ => {}
            }
            std::thread::spawn(move || {
                let mut store = PgStore::open(&url).unwrap();
                let mut inserted = 0;
                for chunk in mine.chunks(3 + w) {
                    let docs: Vec<NewDocument> = chunk.iter().cloned().map(doc).collect();
                    for outcome in store.put_documents(&docs).unwrap() {
                        if matches!(outcome, PutOutcome::Inserted { .. }) {
                            inserted += 1;
                        }
                    }
                }
                inserted
            })
        })
        .collect();
    let inserted: usize = writers.into_iter().map(|h| h.join().unwrap()).sum();
    let pg = PgStore::open(&url).unwrap();
    assert_eq!(inserted as i64, sqlite.stats().unwrap().documents);
    assert_eq!(pg.stats().unwrap().near_duplicates, 0);
    let all = EventFilter::default();
    let expected = events(&sqlite, &all);
    assert!(
        expected.iter().any(|e| e.num_mentions >= 10),
        "shared clusters"
    );
    assert_same_reads(&sqlite, &pg);
}

/// An event with its mentions, the ingest time removed (as in [`events`]).
fn event_detail(store: &dyn Store, id: &str) -> Option<EventDetail> {
    store.event(id).unwrap().map(|mut d| {
        assert!(d.event.date_added.is_some());
        d.event.date_added = None;
        d
    })
}

/// Every page of [`Store::documents`], `limit` at a time, following the keyset cursor.
fn document_pages(store: &dyn Store, limit: usize) -> Vec<Vec<String>> {
    let mut pages = Vec::new();
    let mut query = DocumentQuery { limit, after: None };
    loop {
        let page = store.documents(&query).unwrap();
        let Some(last) = page.last() else {
            break;
        };
        query.after = Some((last.published.clone().unwrap_or_default(), last.id.clone()));
        pages.push(page.into_iter().map(|d| d.id).collect());
    }
    pages
}

#[test]
fn analyst_reads_match_sqlite() {
    let Some(url) = fresh_database("analyst") else {
        return;
    };
    let mut pg = PgStore::open(&url).unwrap();
    let mut sqlite = SqliteStore::open_in_memory().unwrap();

    // Story A with everything a document page shows: key points, a resolved date, a quote
    // whose speaker is coded, an entity with a role.
    let mut a = story_a();
    a.key_points = vec!["North Korea has sent 3000 soldiers to Russia.".into()];
    let tuesday = STORY_A.find("Tuesday").unwrap();
    a.dates = vec![DateMention {
        text: "Tuesday".into(),
        start: tuesday,
        end: tuesday + "Tuesday".len(),
        value: Some("2025-06-03".into()),
        precision: Some(Precision::Day),
    }];
    a.quotes[0].speaker = Some(party("a Ukrainian commander", "UKR", Some("MIL")));
    let kim = a
        .entities
        .iter_mut()
        .find(|e| e.text == "Kim Jong Un")
        .unwrap();
    kim.role = Some("leader".into());
    // A near duplicate (its extraction is not kept), a document published earlier, and one
    // without a publication date (listed last).
    let mut copy = a.clone();
    copy.id = "a1-wire".into();
    copy.url = Some("https://wire.example/copy".into());
    copy.text = format!("{STORY_A} The report could not be independently verified.");
    let mut later = story_b();
    later.id = "b2".into();
    later.url = Some("https://third.example/b2".into());
    later.published = Some("2025-06-02".into());
    later.text = later.text.replace("school", "hospital and a school");
    let mut undated = overlapping_records(1).remove(0);
    undated.id = "u1".into();
    undated.published = None;
    let batches = vec![
        vec![doc(a), doc(story_b())],
        vec![doc(copy), doc(later), doc(undated)],
    ];
    for batch in &batches {
        assert_eq!(
            sqlite.put_documents(batch).unwrap(),
            pg.put_documents(batch).unwrap()
        );
    }

    // Documents: newest first, ties by id descending, undated last; every page size gives
    // the same sequence on both backends.
    let expected = ["b1", "a1-wire", "a1", "b2", "u1"];
    for limit in [1, 2, 3, 10] {
        let pages = document_pages(&pg, limit);
        assert_eq!(pages, document_pages(&sqlite, limit), "limit {limit}");
        assert_eq!(pages.concat(), expected, "limit {limit}");
    }
    let all = DocumentQuery {
        limit: 10,
        after: None,
    };
    let listed = pg.documents(&all).unwrap();
    assert_eq!(listed, sqlite.documents(&all).unwrap());
    let by_id = |id: &str| listed.iter().find(|d| d.id == id).unwrap();
    assert_eq!(by_id("a1").events, 2);
    assert_eq!(by_id("a1").key_points.len(), 1);
    assert_eq!(by_id("a1-wire").near_duplicate_of.as_deref(), Some("a1"));
    assert_eq!(by_id("a1-wire").events, 0);

    // A document's detail, item for item.
    for id in expected {
        assert_eq!(
            pg.document(id).unwrap(),
            sqlite.document(id).unwrap(),
            "{id}"
        );
    }
    let a1 = pg.document("a1").unwrap().unwrap();
    assert_eq!(a1.text, STORY_A);
    assert_eq!(a1.dates.len(), 1);
    assert_eq!(a1.quotes[0].speaker_code.as_deref(), Some("UKR"));
    assert_eq!(a1.mentions.len(), 2);
    assert!(!a1.entities.is_empty() && !a1.quantities.is_empty());
    assert!(a1.entities.iter().all(|e| !e.mentions.is_empty()));
    assert_eq!(pg.document("never stored").unwrap(), None);

    // Each event with its mentions.
    let events = events(&sqlite, &EventFilter::default());
    assert!(
        events.iter().any(|e| e.num_mentions >= 2),
        "a shared cluster"
    );
    for e in &events {
        let got = event_detail(&pg, &e.id).unwrap();
        assert_eq!(Some(&got), event_detail(&sqlite, &e.id).as_ref());
        assert_eq!(got.mentions.len() as i64, e.num_mentions, "{}", e.id);
    }
    assert_eq!(pg.event("no such event").unwrap(), None);

    // Actor profiles, codes in any case.
    for code in ["PRK", "rus", "UKR", "RUSMIL", "ZZZ"] {
        for limit in [0, 5] {
            assert_eq!(
                pg.actor_profile(code, limit).unwrap(),
                sqlite.actor_profile(code, limit).unwrap(),
                "{code} {limit}"
            );
        }
    }
    let prk = pg.actor_profile("prk", 5).unwrap();
    assert_eq!(prk.code, "PRK");
    assert!(
        prk.names.contains(&("Kim Jong Un".to_string(), 1)),
        "{prk:?}"
    );
    assert_eq!(prk.roles, [("leader".to_string(), 1)]);
    let ukr = pg.actor_profile("UKR", 5).unwrap();
    assert_eq!(ukr.quotes.len(), 1);
    assert_eq!(ukr.quotes[0].document, "a1");
    assert_eq!(ukr.quotes[0].text, "We will respond,");
    assert!(pg.actor_profile("UKR", 0).unwrap().quotes.is_empty());

    // A cancel request while the connection is idle changes nothing, also when the server
    // delivers it late, to the next query (a race: repeated to meet it).
    let interrupt = pg.interrupt_handle().expect("PostgreSQL can cancel");
    for _ in 0..20 {
        interrupt();
        assert_eq!(pg.documents(&all).unwrap(), listed);
    }
}

//! Store behaviour: idempotence, near duplicates, event merging, queries, aggregates.

mod common;

use common::*;
use sitrep_record::Record;
use sitrep_store::dedup::{MinHashSignature, NEAR_DUPLICATE_THRESHOLD};
use sitrep_store::{
    EventFilter, GroupKey, NewDocument, Period, PutOutcome, Sort, SqliteStore, Store,
};

fn doc(record: Record) -> NewDocument {
    NewDocument {
        record,
        source: None,
    }
}

/// Every row of the content tables, in a stable order, ignoring internal rowids.
fn dump(store: &SqliteStore) -> Vec<String> {
    let conn = store.connection();
    let mut out = Vec::new();
    for sql in [
        "SELECT doc_id || '|' || content_hash || '|' || coalesce(url,'') || '|' || coalesce(source,'') || '|' ||
                coalesce((SELECT o.doc_id FROM documents o WHERE o.id = d.near_duplicate_of), '') || '|' ||
                coalesce(similarity, '') FROM documents d ORDER BY content_hash",
        "SELECT id || '|' || global_id || '|' || cluster_key || '|' || cameo || '|' || coalesce(goldstein,'') || '|' ||
                quad || '|' || coalesce(actor_name,'') || '|' || coalesce(recipient_name,'') || '|' ||
                coalesce(date,'') || '|' || num_mentions || '|' || num_articles || '|' || num_sources || '|' ||
                is_root || '|' || coalesce(source_url,'') || '|' || coalesce(evidence,'') FROM event_clusters ORDER BY id",
        "SELECT m.id || '|' || m.cluster || '|' || d.doc_id || '|' || m.evidence FROM event_mentions m
                JOIN documents d ON d.id = m.doc ORDER BY m.id",
        "SELECT d.doc_id || '|' || e.ord || '|' || e.text FROM entities e JOIN documents d ON d.id = e.doc ORDER BY 1",
        "SELECT d.doc_id || '|' || q.ord || '|' || q.text FROM quotes q JOIN documents d ON d.id = q.doc ORDER BY 1",
        "SELECT d.doc_id || '|' || q.ord || '|' || q.text FROM quantities q JOIN documents d ON d.id = q.doc ORDER BY 1",
    ] {
        let mut stmt = conn.prepare(sql).unwrap();
        let rows = stmt.query_map([], |r| r.get::<_, String>(0)).unwrap();
        out.extend(rows.map(Result::unwrap));
        out.push("--".into());
    }
    out
}

#[test]
fn reingest_is_a_no_op() {
    let mut store = SqliteStore::open_in_memory().unwrap();
    let docs = vec![doc(story_a()), doc(story_b())];
    let first = store.put_documents(&docs).unwrap();
    assert!(matches!(first[0], PutOutcome::Inserted { events: 2 }));
    assert!(matches!(first[1], PutOutcome::Inserted { events: 2 }));
    let before = dump(&store);
    let stats = store.stats().unwrap();

    let second = store.put_documents(&docs).unwrap();
    assert_eq!(
        second,
        vec![
            PutOutcome::Duplicate {
                existing: "a1".into()
            },
            PutOutcome::Duplicate {
                existing: "b1".into()
            }
        ]
    );
    assert_eq!(dump(&store), before);
    assert_eq!(store.stats().unwrap(), stats);

    // The same URL with re-wrapped whitespace, or the same text under another URL, is the
    // same article too.
    let mut rewrapped = story_a();
    rewrapped.text = rewrapped.text.replace(". ", ".\n\n");
    rewrapped.url = Some("https://mirror.example/x".into());
    rewrapped.events.clear();
    assert!(matches!(
        store.put_document(&doc(rewrapped)).unwrap(),
        PutOutcome::Duplicate { .. }
    ));
    let mut same_url = story_b();
    same_url.text.push_str(" Corrected.");
    assert!(matches!(
        store.put_document(&doc(same_url)).unwrap(),
        PutOutcome::Duplicate { .. }
    ));
    assert_eq!(dump(&store), before);
    assert!(store.has_document(None, STORY_A).unwrap());
    assert!(!store.has_document(None, "something else entirely").unwrap());
}

#[test]
fn same_event_from_two_articles_is_one_cluster_with_every_mention() {
    let mut store = SqliteStore::open_in_memory().unwrap();
    store
        .put_documents(&[doc(story_a()), doc(story_b())])
        .unwrap();
    let events = store.events(&EventFilter::default()).unwrap();
    assert_eq!(events.len(), 2, "{events:#?}");
    for e in &events {
        assert_eq!(e.num_mentions, 2);
        assert_eq!(e.num_articles, 2);
        assert_eq!(e.num_sources, 2, "news.example and other.example");
        assert_eq!(e.date.as_deref(), Some("2025-06-04"));
    }
    let assault = events.iter().find(|e| e.category == "ASSAULT").unwrap();
    assert_eq!(assault.actor_cameo.as_deref(), Some("RUSMIL"));
    assert_eq!(assault.recipient_code.as_deref(), Some("UKR"));
    // 190 and 195 tie (one mention each): the smaller code represents the cluster.
    assert_eq!(assault.cameo, "190");
    assert_eq!(assault.quad, 4);
    // Representative: the earliest document (same date, so by URL: news.example < other.example).
    assert_eq!(
        assault.source_url.as_deref(),
        Some("https://news.example/a1")
    );
    assert_eq!(
        assault.evidence.as_deref(),
        Some("Russian forces shelled Kharkiv overnight, officials in Ukraine said.")
    );

    let mentions = store
        .mentions(&EventFilter {
            category: Some("assault".into()),
            ..EventFilter::default()
        })
        .unwrap();
    assert_eq!(mentions.len(), 2);
    let docs: Vec<_> = mentions.iter().map(|m| m.document.as_str()).collect();
    assert_eq!(docs, ["a1", "b1"]);
    assert!(mentions[1].evidence.starts_with("Russian troops bombarded"));
    assert_eq!(mentions[1].trigger, "bombarded");
    // The evidence span indexes the document text in code points.
    let text: Vec<char> = STORY_B.chars().collect();
    let span: String = text[mentions[1].trigger_start as usize..mentions[1].trigger_end as usize]
        .iter()
        .collect();
    assert_eq!(span, "bombarded");
}

#[test]
fn cluster_rows_do_not_depend_on_ingest_order() {
    let mut ab = SqliteStore::open_in_memory().unwrap();
    ab.put_documents(&[doc(story_a()), doc(story_b())]).unwrap();
    let mut ba = SqliteStore::open_in_memory().unwrap();
    ba.put_document(&doc(story_b())).unwrap();
    ba.put_document(&doc(story_a())).unwrap();
    assert_eq!(dump(&ab), dump(&ba));
}

#[test]
fn near_duplicate_is_linked_not_coded_twice() {
    let mut store = SqliteStore::open_in_memory().unwrap();
    let original = story_a();
    store.put_document(&doc(original.clone())).unwrap();

    let mut copy = original.clone();
    copy.id = "a1-wire".into();
    copy.url = Some("https://wire.example/copy".into());
    copy.title = Some("N. Korea troops".into());
    copy.text = format!(
        "{} The report could not be independently verified.",
        STORY_A.replace("Tuesday", "Monday")
    );
    let outcome = store.put_document(&doc(copy)).unwrap();
    match outcome {
        PutOutcome::NearDuplicate { of, similarity } => {
            assert_eq!(of, "a1");
            assert!((NEAR_DUPLICATE_THRESHOLD..1.0).contains(&similarity));
        }
        other => panic!("expected a near duplicate, got {other:?}"),
    }
    let stats = store.stats().unwrap();
    assert_eq!(stats.documents, 2);
    assert_eq!(stats.near_duplicates, 1);
    assert_eq!(stats.mentions, 2, "the copy's events are not stored");
    for e in store.events(&EventFilter::default()).unwrap() {
        assert_eq!(e.num_mentions, 1);
    }
    // An unrelated story is not a near duplicate.
    assert!(matches!(
        store.put_document(&doc(story_b())).unwrap(),
        PutOutcome::Inserted { .. }
    ));
}

#[test]
fn threshold_separates_edits_from_unrelated_stories() {
    let Some(texts) = voa_texts() else {
        eprintln!("notice: ../shared/corpora/voa absent; skipping the threshold measurement");
        return;
    };
    let sigs: Vec<_> = texts
        .iter()
        .map(|(_, t)| MinHashSignature::of_text(t))
        .collect();
    let mut max_unrelated: f64 = 0.0;
    for i in 0..sigs.len() {
        for j in i + 1..sigs.len() {
            max_unrelated = max_unrelated.max(sigs[i].similarity(&sigs[j]));
        }
    }
    let mut min_edited: f64 = 1.0;
    for (_, t) in &texts {
        let copy = MinHashSignature::of_text(&edited_copy(t, 30));
        min_edited = min_edited.min(copy.similarity(&MinHashSignature::of_text(t)));
    }
    eprintln!(
        "max unrelated similarity {max_unrelated:.3}, min edited-copy similarity {min_edited:.3}"
    );
    // The most similar pair is a follow-up story reusing paragraphs (exact Jaccard 0.27).
    assert!(
        max_unrelated < NEAR_DUPLICATE_THRESHOLD - 0.1,
        "{max_unrelated}"
    );
    assert!(min_edited > NEAR_DUPLICATE_THRESHOLD, "{min_edited}");

    // And through the store (LSH candidates included): every edited copy is found.
    let mut store = SqliteStore::open_in_memory().unwrap();
    let originals: Vec<_> = texts
        .iter()
        .map(|(id, t)| {
            doc(Record {
                id: id.clone(),
                text: t.clone(),
                ..Record::default()
            })
        })
        .collect();
    for o in store.put_documents(&originals).unwrap() {
        assert!(matches!(o, PutOutcome::Inserted { .. }), "{o:?}");
    }
    let copies: Vec<_> = texts
        .iter()
        .map(|(id, t)| {
            doc(Record {
                id: format!("{id}-copy"),
                text: edited_copy(t, 30),
                ..Record::default()
            })
        })
        .collect();
    for (o, (id, _)) in store.put_documents(&copies).unwrap().iter().zip(&texts) {
        match o {
            PutOutcome::NearDuplicate { of, .. } => assert_eq!(of, id),
            other => panic!("{id}: {other:?}"),
        }
    }
}

#[test]
fn queries_filter_by_every_field() {
    let mut store = SqliteStore::open_in_memory().unwrap();
    store
        .put_documents(&[doc(story_a()), doc(story_b())])
        .unwrap();
    let count = |f: EventFilter| store.events(&f).unwrap().len();
    let all = EventFilter::default();
    assert_eq!(count(all.clone()), 2);
    // Dyad in either direction.
    let dyad = |a: &str, b: &str| EventFilter {
        dyad: Some((a.into(), b.into())),
        ..EventFilter::default()
    };
    assert_eq!(count(dyad("RUS", "PRK")), 1);
    assert_eq!(count(dyad("PRK", "RUS")), 1);
    assert_eq!(count(dyad("RUS", "UKR")), 1);
    assert_eq!(count(dyad("RUS", "USA")), 0);
    assert_eq!(
        count(EventFilter {
            actor: Some("rus".into()),
            ..all.clone()
        }),
        1
    );
    assert_eq!(
        count(EventFilter {
            actor: Some("RUSMIL".into()),
            ..all.clone()
        }),
        1
    );
    assert_eq!(
        count(EventFilter {
            recipient: Some("RUS".into()),
            ..all.clone()
        }),
        1
    );
    assert_eq!(
        count(EventFilter {
            cameo: Some("19".into()),
            ..all.clone()
        }),
        1
    );
    assert_eq!(
        count(EventFilter {
            cameo: Some("195".into()),
            ..all.clone()
        }),
        1,
        "a code of any mention matches"
    );
    assert_eq!(
        count(EventFilter {
            quad: Some(1),
            ..all.clone()
        }),
        1
    );
    assert_eq!(
        count(EventFilter {
            modality: Some("reported".into()),
            ..all.clone()
        }),
        1
    );
    assert_eq!(
        count(EventFilter {
            source: Some("other.example".into()),
            ..all.clone()
        }),
        2
    );
    assert_eq!(
        count(EventFilter {
            source: Some("KCNA".into()),
            ..all.clone()
        }),
        2
    );
    assert_eq!(
        count(EventFilter {
            date_from: Some("2025-06-05".into()),
            ..all.clone()
        }),
        0
    );
    assert_eq!(
        count(EventFilter {
            date_from: Some("2025-06-01".into()),
            date_to: Some("2025-06-04".into()),
            ..all.clone()
        }),
        2
    );
    assert_eq!(
        count(EventFilter {
            place: Some("Kharkiv".into()),
            ..all.clone()
        }),
        1
    );
    assert_eq!(
        count(EventFilter {
            place: Some("PRK".into()),
            ..all.clone()
        }),
        1
    );
    assert_eq!(
        count(EventFilter {
            text: Some("apartment school".into()),
            ..all.clone()
        }),
        2
    );
    assert_eq!(
        count(EventFilter {
            text: Some("nonexistentword".into()),
            ..all.clone()
        }),
        0
    );
    assert_eq!(
        count(EventFilter {
            limit: Some(1),
            ..all.clone()
        }),
        1
    );
    let hits = store.search_documents("apartment buildings", 10).unwrap();
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0].document, "b1");
    assert!(
        hits[0].snippet.contains("[apartment]"),
        "{}",
        hits[0].snippet
    );
}

#[test]
fn aggregates_by_period() {
    let mut store = SqliteStore::open_in_memory().unwrap();
    let mut later = story_b();
    // A different day: a separate event in a later month.
    for e in &mut later.events {
        e.date = Some("2025-07-10".into());
    }
    store.put_documents(&[doc(story_a()), doc(later)]).unwrap();
    let f = EventFilter {
        dyad: Some(("UKR".into(), "RUS".into())),
        ..EventFilter::default()
    };
    let months = store.aggregate(&f, Period::Month).unwrap();
    assert_eq!(months.len(), 2);
    assert_eq!(months[0].period, "2025-06");
    assert_eq!(months[0].events, 1);
    assert_eq!(months[0].material_conflict, 1);
    assert_eq!(months[0].goldstein_total, -10.0);
    assert_eq!(months[1].period, "2025-07");
    let weeks = store
        .aggregate(&EventFilter::default(), Period::Week)
        .unwrap();
    // 2025-06-04 is a Wednesday: its week starts Monday 2025-06-02.
    assert_eq!(weeks[0].period, "2025-06-02");
    assert_eq!(weeks[0].events, 2);
    assert_eq!(weeks[0].goldstein_total, -10.0 + 3.4);
    assert_eq!(weeks[1].period, "2025-07-07");
    let days = store
        .aggregate(&EventFilter::default(), Period::Day)
        .unwrap();
    assert_eq!(days[0].period, "2025-06-04");
}

#[test]
fn error_records_are_rejected_and_files_reopen() {
    let dir = std::env::temp_dir().join(format!("sitrep-store-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("reopen.db");
    let _ = std::fs::remove_file(&path);
    {
        let mut store = SqliteStore::open(&path).unwrap();
        let out = store
            .put_document(&doc(Record::error("bad", "could not read")))
            .unwrap();
        assert_eq!(
            out,
            PutOutcome::Rejected {
                reason: "could not read".into()
            }
        );
        store.put_document(&doc(story_a())).unwrap();
    }
    let reader = SqliteStore::open_read_only(&path).unwrap();
    assert_eq!(reader.stats().unwrap().documents, 1);
    assert_eq!(reader.events(&EventFilter::default()).unwrap().len(), 2);
    let boxed = sitrep_store::open(path.to_str().unwrap()).unwrap();
    assert_eq!(boxed.backend(), "sqlite");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn the_file_is_complete_when_the_writer_closes() {
    let dir = std::env::temp_dir().join(format!("sitrep-store-wal-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("corpus.db");
    let wal = dir.join("corpus.db-wal");
    {
        let mut writer = SqliteStore::open(&path).unwrap();
        // A reader open while the writer closes: the case where SQLite itself leaves the
        // data in the WAL (a read-only connection cannot checkpoint).
        let _reader = SqliteStore::open_read_only(&path);
        writer
            .put_documents(&[doc(story_a()), doc(story_b())])
            .unwrap();
        drop(writer);
        assert_eq!(std::fs::metadata(&wal).map(|m| m.len()).unwrap_or(0), 0);
    }
    // The file alone, copied without its -wal, holds everything.
    let copy = dir.join("copy.db");
    std::fs::copy(&path, &copy).unwrap();
    let store = SqliteStore::open_read_only(&copy).unwrap();
    assert_eq!(store.stats().unwrap().documents, 2);
    assert_eq!(store.events(&EventFilter::default()).unwrap().len(), 2);
    // An empty file says what it is, not that its schema is old.
    let empty = dir.join("empty.db");
    std::fs::write(&empty, b"").unwrap();
    let err = SqliteStore::open_read_only(&empty)
        .err()
        .unwrap()
        .to_string();
    assert!(err.contains("holds no sitrep data"), "{err}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn names_match_by_word_and_codes_exactly() {
    let mut store = SqliteStore::open_in_memory().unwrap();
    store
        .put_documents(&[doc(story_a()), doc(story_b())])
        .unwrap();
    let count = |f: EventFilter| store.events(&f).unwrap().len();
    let actor = |a: &str| EventFilter {
        actor: Some(a.into()),
        ..EventFilter::default()
    };
    // "Russian forces"/"Russian troops" (RUSMIL) and Kim Jong Un (PRKGOV).
    assert_eq!(count(actor("russian")), 1, "a whole word of the name");
    assert_eq!(count(actor("russ")), 0, "not a part of a word");
    assert_eq!(count(actor("us")), 0, "'us' is not in 'Russian'");
    assert_eq!(
        count(actor("RUSGOV")),
        0,
        "a full CAMEO code matches exactly"
    );
    assert_eq!(count(actor("RU")), 0, "codes are not prefixes");
    assert_eq!(count(actor("PRK")), 1);
    // Either side's country.
    let country = |c: &str| EventFilter {
        country: Some(c.into()),
        ..EventFilter::default()
    };
    assert_eq!(
        count(country("RUS")),
        2,
        "actor in one, recipient in the other"
    );
    assert_eq!(count(country("UKR")), 1);
    // Several values.
    let cats = EventFilter {
        category: Some("ASSAULT, support".into()),
        ..EventFilter::default()
    };
    assert_eq!(count(cats), 2);
    let codes = EventFilter {
        cameo: Some("19,05".into()),
        ..EventFilter::default()
    };
    assert_eq!(count(codes), 2);
    let modalities = EventFilter {
        modality: Some("reported,denied".into()),
        ..EventFilter::default()
    };
    assert_eq!(count(modalities), 1);
    // Stemmed full-text search: the stories say "shelled"/"bombarded" and "buildings".
    let text = |t: &str| EventFilter {
        text: Some(t.into()),
        ..EventFilter::default()
    };
    assert_eq!(count(text("building")), count(text("buildings")));
    assert!(count(text("building")) > 0);
}

#[test]
fn sorting_paging_counting_and_grouping() {
    let mut store = SqliteStore::open_in_memory().unwrap();
    let mut later = story_b();
    for e in &mut later.events {
        e.date = Some("2025-07".into());
        e.date_precision = Some(sitrep_record::Precision::Month);
    }
    store.put_documents(&[doc(story_a()), doc(later)]).unwrap();
    let all = EventFilter::default();
    assert_eq!(store.count_events(&all).unwrap(), 4);
    let newest = store
        .events(&EventFilter {
            sort: Sort::Newest,
            ..all.clone()
        })
        .unwrap();
    assert_eq!(newest[0].date.as_deref(), Some("2025-07"));
    assert_eq!(newest[3].date.as_deref(), Some("2025-06-04"));
    let page = store
        .events(&EventFilter {
            sort: Sort::Newest,
            limit: Some(2),
            offset: Some(2),
            ..all.clone()
        })
        .unwrap();
    assert_eq!(page, newest[2..4].to_vec());
    assert_eq!(
        store
            .count_events(&EventFilter {
                limit: Some(1),
                ..all.clone()
            })
            .unwrap(),
        4,
        "a count ignores paging"
    );

    // Month-precision events are not in daily totals, and the store says how many.
    assert_eq!(store.imprecise_events(&all, Period::Day).unwrap(), (2, 0));
    assert_eq!(store.imprecise_events(&all, Period::Month).unwrap(), (0, 0));
    let years = store.aggregate(&all, Period::Year).unwrap();
    assert_eq!(years.len(), 1);
    assert_eq!((years[0].period.as_str(), years[0].events), ("2025", 4));

    let by_category = store.group_by(&all, GroupKey::Category).unwrap();
    assert_eq!(by_category.len(), 2);
    assert!(by_category.iter().all(|g| g.events == 2));
    let dyads = store.group_by(&all, GroupKey::Dyad).unwrap();
    assert!(dyads.iter().any(|g| g.group == "RUSMIL>UKR"), "{dyads:?}");
    let months = store
        .group_by(&all, GroupKey::Period(Period::Month))
        .unwrap();
    let labels: Vec<&str> = months.iter().map(|g| g.group.as_str()).collect();
    assert_eq!(labels, ["2025-06", "2025-07"]);
    let top = store
        .group_by(
            &EventFilter {
                limit: Some(1),
                ..all.clone()
            },
            GroupKey::Country,
        )
        .unwrap();
    assert_eq!(top.len(), 1);
}

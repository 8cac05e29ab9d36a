//! Run limits of issue #17: the cap on feed entries per run, the run's fetch deadline and
//! `allow_fetch` (`--no-fetch`), through the public API.

use std::time::Duration;

use sitrep_ingest::{read_inputs, Item, ReadOptions};

fn feed(entries: usize, tag: &str) -> String {
    let items: String = (0..entries)
        .map(|i| {
            format!(
                "<item><title>{tag} {i}</title><description>Story {tag} {i}.</description></item>"
            )
        })
        .collect();
    format!("<rss version=\"2.0\"><channel><title>{tag}</title>{items}</channel></rss>")
}

fn temp_dir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("sitrep-limits-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn feed_entries_are_capped_per_run_across_feeds() {
    let dir = temp_dir("entries");
    let a = dir.join("a.rss");
    let b = dir.join("b.rss");
    std::fs::write(&a, feed(3, "a")).unwrap();
    std::fs::write(&b, feed(3, "b")).unwrap();
    let options = ReadOptions {
        max_feed_entries: 4,
        allow_fetch: false,
        ..ReadOptions::default()
    };
    let inputs = vec![a.display().to_string(), b.display().to_string()];
    let items: Vec<Item> = read_inputs(&inputs, &options).collect();
    let documents = items
        .iter()
        .filter(|i| matches!(i, Item::Document(_)))
        .count();
    let notes: Vec<String> = items
        .iter()
        .filter_map(|i| match i {
            Item::Failed(f) => Some(f.message.clone()),
            Item::Document(_) => None,
        })
        .collect();
    assert_eq!(documents, 4);
    assert_eq!(notes.len(), 1, "{notes:?}");
    assert!(notes[0].contains("2 feed entries not read"), "{notes:?}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn nothing_is_fetched_after_the_run_deadline_or_with_fetching_off() {
    for (options, expected) in [
        (
            ReadOptions {
                fetch_deadline: Some(Duration::ZERO),
                allow_private_network: true,
                ..ReadOptions::default()
            },
            "deadline has passed",
        ),
        (
            ReadOptions {
                allow_fetch: false,
                ..ReadOptions::default()
            },
            "--no-fetch",
        ),
    ] {
        // Nothing listens there, and nothing may even be tried.
        let items: Vec<Item> =
            read_inputs(&["http://127.0.0.1:9/x".to_string()], &options).collect();
        match &items[..] {
            [Item::Failed(f)] => assert!(f.message.contains(expected), "{}", f.message),
            other => panic!("{other:?}"),
        }
    }
}

//! The JSON Lines reader: any bytes give documents or failures, never a panic, and a
//! line over the cap is skipped rather than held.
#![no_main]

use libfuzzer_sys::fuzz_target;
use sitrep_ingest::{read_jsonl, Item, ReadOptions};

fuzz_target!(|data: &[u8]| {
    let options = ReadOptions {
        max_document_bytes: 4096,
        ..ReadOptions::default()
    };
    for item in read_jsonl(data, "fuzz.jsonl", &options) {
        if let Item::Document(doc) = item {
            assert!(doc.text.len() <= options.max_document_bytes);
            assert!(!doc.id.is_empty());
        }
    }
});

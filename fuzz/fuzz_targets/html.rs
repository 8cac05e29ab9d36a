//! HTML extraction: any page gives a document or an error, never a panic or a stack
//! overflow (deep nesting is read flat), in time linear in the page.
#![no_main]

use libfuzzer_sys::fuzz_target;
use sitrep_ingest::{html_to_document, ReadOptions};

fuzz_target!(|data: &[u8]| {
    let html = String::from_utf8_lossy(data);
    let options = ReadOptions::default();
    if let Ok(doc) = html_to_document(
        &html,
        "fuzz.html",
        Some("https://example.org/a/b"),
        &options,
    ) {
        assert!(!doc.text.is_empty());
    }
});

//! The whole pipeline on arbitrary text, with and without a publication date: no panic, and
//! every span in the record is a valid code-point span of the text.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use sitrep_core::Pipeline;
use sitrep_record::InputDocument;

static PIPELINE: OnceLock<Pipeline> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let pipeline = PIPELINE.get_or_init(Pipeline::new);
    let text = String::from_utf8_lossy(data).into_owned();
    // The first byte picks the publication date, so the ends of the calendar get exercised.
    let published = match data.first().map(|b| b % 4) {
        Some(0) => None,
        Some(1) => Some("0000-01-01".to_string()),
        Some(2) => Some("9999-12-31".to_string()),
        _ => Some("2025-06-05".to_string()),
    };
    let doc = InputDocument {
        id: "fuzz".into(),
        text,
        published,
        ..InputDocument::default()
    };
    let record = pipeline.process(&doc);
    let chars = doc.text.chars().count();
    for event in &record.events {
        assert!(event.trigger.start <= event.trigger.end && event.trigger.end <= chars);
        assert!(event.sentence.start <= event.sentence.end && event.sentence.end <= chars);
    }
    for quote in &record.quotes {
        assert!(quote.start <= quote.end && quote.end <= chars);
    }
    for date in record.dates.iter().filter_map(|d| d.value.as_deref()) {
        assert!(
            date.len() >= 4 && date[..4].bytes().all(|b| b.is_ascii_digit()),
            "{date}"
        );
    }
});

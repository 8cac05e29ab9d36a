//! What the sentence-level coding tests share (frames.rs, dropped_events.rs,
//! material_phrasings.rs, stages.rs): code one constructed text with the built-in
//! pipeline, find an event by category and parties, and show every event with its rule
//! for a failure message. Each test file includes it with `mod common;`.
#![allow(dead_code)] // each test file uses part of it

/// The scoring of the background sets (story_background.rs, background_acts.rs).
pub mod background_lines;
/// The hand-coded sentence files of manual_style.rs and not_events_prose.rs.
pub mod coded_lines;
/// The exact-set passage files: every event a passage must code.
pub mod event_sets;
/// The hand-coded paragraph files of the party tests.
pub mod paragraph_cases;
/// The tag checks of the marked paragraph files.
pub mod tag_marks;

use sitrep_core::Pipeline;
use sitrep_record::{Event, InputDocument, Party, Record};

/// The record of `text` published on `published`.
pub fn run_on(text: &str, published: &str) -> Record {
    Pipeline::new().process(&InputDocument {
        id: "t".into(),
        text: text.into(),
        published: Some(published.into()),
        ..InputDocument::default()
    })
}

/// The record of `text` published on 2026-03-02 (a Monday).
pub fn run(text: &str) -> Record {
    run_on(text, "2026-03-02")
}

/// A party's actor code.
pub fn code(p: &Option<Party>) -> Option<&str> {
    p.as_ref().and_then(|p| p.code.as_deref())
}

/// The first event of `event` from `actor` to `recipient` (`None`: no recipient).
pub fn find<'r>(
    r: &'r Record,
    event: &str,
    actor: &str,
    recipient: Option<&str>,
) -> Option<&'r Event> {
    r.events.iter().find(|e| {
        e.event == event && code(&e.actor) == Some(actor) && code(&e.recipient) == recipient
    })
}

/// Every event of `r`, one per line with its rule beneath: a failure message.
pub fn show(r: &Record) -> String {
    r.events
        .iter()
        .map(|e| {
            format!(
                "{} {} {:?}->{:?} `{}` neg={} {:?}\n    {}",
                e.event,
                e.cameo,
                code(&e.actor),
                code(&e.recipient),
                e.trigger.text,
                e.negated,
                e.modality,
                e.rule
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

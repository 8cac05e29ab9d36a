//! Test helper: a `Doc` built from text and taken through the stages up to one, so each
//! stage can be tested on what it adds (`cargo test -p sitrep-core --lib`).

use std::sync::OnceLock;

use chrono::NaiveDate;

use crate::doc::Doc;
use crate::knowledge::Knowledge;
use crate::pipeline::PIPELINE;

/// The built-in knowledge, shared by the tests.
pub(crate) fn knowledge() -> &'static Knowledge {
    static K: OnceLock<Knowledge> = OnceLock::new();
    K.get_or_init(Knowledge::builtin)
}

/// `text` (published 2026-03-02) through every stage up to and including `stage`.
pub(crate) fn doc_through<'t>(stage: &str, text: &'t str) -> Doc<'t> {
    let last = PIPELINE
        .iter()
        .position(|(name, _)| *name == stage)
        .unwrap_or_else(|| panic!("no stage named {stage}"));
    let mut doc = Doc::new(text, NaiveDate::from_ymd_opt(2026, 3, 2));
    for (_, run) in &PIPELINE[..=last] {
        run(knowledge(), &mut doc);
    }
    doc
}

/// The entity codes of the mentions in the document, in order, with the mention text; a
/// country named only through a place in it (`MentionKind::Place`) is no party the text
/// names and is left out.
pub(crate) fn mention_codes(doc: &Doc) -> Vec<(String, Option<String>)> {
    doc.mentions
        .iter()
        .filter(|m| m.kind != crate::doc::MentionKind::Place)
        .map(|m| {
            (
                doc.text[m.start..m.end].to_string(),
                doc.entities[m.entity].code.clone(),
            )
        })
        .collect()
}

/// Asserts that each `(text, code)` is a mention of the document coded so, listing every
/// mention and its code when one is not.
pub(crate) fn assert_mention_codes(doc: &Doc, expected: &[(&str, &str)]) {
    let codes = mention_codes(doc);
    for &(text, code) in expected {
        assert!(
            codes.contains(&(text.to_string(), Some(code.to_string()))),
            "{text}: {codes:?}"
        );
    }
}

#[test]
fn each_stage_adds_only_its_own_layer() {
    let text = "Russia attacked Ukraine on Monday, killing 12 people, officials said.";
    let before = doc_through("actors", text);
    assert!(before.places.is_empty() && before.events.is_empty());
    assert!(!before.mentions.is_empty());
    let after = doc_through("events", text);
    assert!(!after.events.is_empty());
    assert!(after.provenance.is_empty(), "provenance runs after events");
    assert_eq!(
        mention_codes(&before),
        mention_codes(&after),
        "later stages leave the mentions as the actor stage wrote them"
    );
}

//! The sentence-level category detector (`sitrep_core::detector`, issue #9 session 16): its
//! weights load and round-trip, constructed sentences of a few categories are detected by
//! the classifier's own thresholds, sentences with no political event (weather, sport,
//! markets) are not, the scores are the same on every run, and the backstop codes an event
//! with a `classifier:` rule only when its offset is set (the built-in weights ship with the
//! backstop off: docs/BENCHMARKS.md).

use sitrep_core::detector::{Detector, CATEGORIES};
use sitrep_core::Pipeline;
use sitrep_record::InputDocument;

fn input(text: &str) -> InputDocument {
    InputDocument {
        id: "t".into(),
        text: text.into(),
        published: Some("2026-03-02".into()),
        ..InputDocument::default()
    }
}

/// The classifier's category for the first sentence of `text` (its own thresholds).
fn classify(text: &str) -> Option<&'static str> {
    let det = Detector::builtin();
    let s = Pipeline::new().detector_sentences(&input(text)).remove(0);
    det.detect(&det.scores(s.buckets.iter().copied()))
        .map(|c| CATEGORIES[c])
}

#[test]
fn the_weights_load_and_round_trip() {
    let det = Detector::builtin();
    assert!(det.len() > 1000, "{} rows", det.len());
    assert_eq!(det.codes.len(), CATEGORIES.len());
    let bytes = det.to_bytes();
    assert!(bytes.len() < 5 << 20, "weights of {} bytes", bytes.len());
    assert_eq!(Detector::from_bytes(&bytes).as_ref(), Ok(det));
    assert!(Detector::from_bytes(&bytes[..bytes.len() - 1]).is_err());
    assert!(Detector::from_bytes(b"not weights").is_err());
}

#[test]
fn constructed_sentences_are_detected() {
    for (text, want) in [
        (
            "Thousands of protesters marched through the capital of Ghana on Saturday to demand the resignation of the president.",
            "PROTEST",
        ),
        (
            "Chile's foreign minister held talks with her Argentine counterpart in Santiago on Monday.",
            "CONSULT",
        ),
        (
            "Japanese police arrested three Chinese nationals suspected of spying on Monday.",
            "COERCE",
        ),
        (
            "The European Union urged Serbia to ease tensions with Kosovo.",
            "REQUEST",
        ),
    ] {
        assert_eq!(classify(text), Some(want), "{text}");
    }
}

#[test]
fn sentences_with_no_political_event_are_not() {
    for text in [
        "Heavy snow is expected across northern Japan this weekend, the weather agency said.",
        "The Kenyan shilling was little changed against the dollar on Tuesday.",
        "Morocco's national football team will play a friendly against Portugal in June.",
    ] {
        assert_eq!(classify(text), None, "{text}");
    }
}

#[test]
fn scores_are_the_same_on_every_run() {
    let text = "Russia accused Ukraine of shelling a border village in Kursk on Monday. \
                Kyiv said the claim was false.";
    let a = Pipeline::new().detector_sentences(&input(text));
    let b = Pipeline::new().detector_sentences(&input(text));
    let det = Detector::builtin();
    for (x, y) in a.iter().zip(&b) {
        assert_eq!(x.buckets, y.buckets);
        assert_eq!(
            det.scores(x.buckets.iter().copied()),
            det.scores(y.buckets.iter().rev().copied())
        );
    }
}

#[test]
fn the_backstop_codes_only_when_its_offset_is_set() {
    // A sentence the rules leave empty ("put their heads together" is no pattern) that the
    // classifier reads as a consultation.
    let text = "Kenya's president and Uganda's leader put their heads together on the pipeline \
                project in Kampala.";
    // The built-in weights ship with the backstop off in stories and in short documents
    // (`detector::SHORT_DOCUMENT` body sentences at most; h/backstop2, docs/BENCHMARKS.md).
    assert_eq!(Detector::builtin().story_offset, i32::MAX);
    assert_eq!(Detector::builtin().offset_for(1), i32::MAX);
    let off = Pipeline::new().process(&input(text));
    assert!(
        off.events.is_empty(),
        "the built-in weights ship with the backstop off"
    );
    let on = Pipeline::builder()
        .detector(Some(
            Detector::builtin().clone().with_story_offset(Some(0.0)),
        ))
        .build()
        .unwrap();
    let record = on.process(&input(text));
    assert_eq!(record, on.process(&input(text)), "same input, same output");
    let e = record
        .events
        .iter()
        .find(|e| e.rule.starts_with("classifier:CONSULT"))
        .unwrap_or_else(|| panic!("no backstop event: {:?}", record.events));
    assert_eq!(
        e.actor.as_ref().and_then(|p| p.code.as_deref()),
        Some("KEN")
    );
    assert_eq!(
        e.recipient.as_ref().and_then(|p| p.code.as_deref()),
        Some("UGA")
    );
    assert!(e.rule.contains("top features"), "{}", e.rule);
    // Off again through the builder.
    let none = Pipeline::builder().detector(None).build().unwrap();
    assert!(none.process(&input(text)).events.is_empty());
}

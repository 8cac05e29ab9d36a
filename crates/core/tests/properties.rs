//! Property tests: arbitrary Unicode never panics the pipeline, and every offset it
//! returns is a valid code-point range of the text whose span matches the reported text.

use proptest::prelude::*;
use sitrep_core::Pipeline;
use sitrep_record::{InputDocument, Record};

fn check_offsets(r: &Record) {
    let chars: Vec<char> = r.text.chars().collect();
    let span = |s: usize, e: usize| -> String {
        assert!(
            s <= e && e <= chars.len(),
            "span {s}..{e} out of range {}",
            chars.len()
        );
        chars[s..e].iter().collect()
    };
    for e in &r.entities {
        for m in &e.mentions {
            span(m.start, m.end);
        }
    }
    for ev in &r.events {
        assert_eq!(span(ev.trigger.start, ev.trigger.end), ev.trigger.text);
        span(ev.sentence.start, ev.sentence.end);
    }
    for q in &r.quotes {
        assert_eq!(span(q.start, q.end), q.text);
    }
    for q in &r.quantities {
        assert_eq!(span(q.start, q.end), q.text);
    }
    for d in &r.dates {
        assert_eq!(span(d.start, d.end), d.text);
    }
}

/// Text built from news-like pieces and hostile characters, so that the deep stages
/// (actors, triggers, quotes, numbers) are reached, not just the tokenizer.
fn newsish() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "Russia",
        "North Korea",
        "attacked",
        "signed a pact with",
        "“",
        "”",
        "\"",
        "'s",
        "’s",
        " said ",
        ", ",
        ". ",
        "\n",
        "U.S.",
        "Kim Jong Un",
        "600",
        "nine million",
        "on Wednesday",
        "–",
        "—",
        "(KCNA)",
        "é",
        "\u{200B}",
        "\u{0301}",
        "ﬁ",
        "ＮＡＴＯ",
        "🙂",
        "\u{FEFF}",
        "according to",
        "was praised by",
        " and ",
        "President",
        "troops",
        "  ",
        "\t",
        "\r\n",
        "$2 billion",
        "between 1,500 and 3,000",
        "Gen.",
        "…",
    ]);
    prop::collection::vec(pieces, 0..60).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, .. ProptestConfig::default() })]

    #[test]
    fn arbitrary_unicode_never_panics(text in "\\PC*", published in prop::option::of("20[0-9]{2}-[01][0-9]-[0-3][0-9]")) {
        let pipeline = Pipeline::new();
        let doc = InputDocument { id: "p".into(), text, published, ..InputDocument::default() };
        let r = pipeline.process(&doc);
        check_offsets(&r);
    }

    #[test]
    fn newslike_text_never_panics(text in newsish()) {
        let pipeline = Pipeline::new();
        let doc = InputDocument { id: "p".into(), text, published: Some("2025-06-05".into()), ..InputDocument::default() };
        let r = pipeline.process(&doc);
        check_offsets(&r);
        prop_assert!(r.error.is_none());
    }
}

/// Inputs that once panicked (issue #17), kept as plain tests so they run every time.
fn no_panic(text: &str) -> Record {
    let doc = InputDocument {
        id: "r".into(),
        text: text.into(),
        published: Some("2026-01-05".into()),
        ..InputDocument::default()
    };
    let r = Pipeline::new().process(&doc);
    check_offsets(&r);
    assert!(r.error.is_none(), "{:?}", r.error);
    r
}

#[test]
fn a_role_followed_by_long_multibyte_text_does_not_split_a_character() {
    // The role noun "spokesman" used to be matched again on the next 80 bytes of text,
    // which here end inside the "—".
    let r = no_panic(
        "Ahmed Khan, a spokesman for the ministry who spoke to reporters on Monday about the \
         “attack” on the city—the worst in years—said it was deliberate.",
    );
    assert!(r.entities.iter().any(|e| e.text == "Ahmed Khan"));
}

#[test]
fn a_phrase_across_a_line_break_is_not_one_mention() {
    // "the police\nOfficials" used to become one mention spanning two sentences, which the
    // syntax stage indexed from the second sentence's start (an underflow).
    let r = no_panic("He did not trust the police\nOfficials say a man, 32, was arrested.");
    let line_break = r.text.find('\n').unwrap();
    for e in &r.entities {
        for m in &e.mentions {
            assert!(
                m.end <= line_break || m.start > line_break,
                "mention {:?} crosses the line break",
                m
            );
        }
    }
}

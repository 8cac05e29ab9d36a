//! Lexicon senses (issue #9, precision): event pattern lines that coded the wrong act on
//! new sentences, each a class of wording rather than one sentence: civilians killed in
//! shelling read as repression (175), "overran a base" coded both as an attack (190) and
//! an occupation (192), compounds that name a thing ("recruitment centre", "army convoy")
//! read as a mobilization, weapons and vessels handed to an ally read as a return (084),
//! a reduced relative ("a group backed by Iran") read as support, water cannon against a
//! crowd read as coercion (170) where the conventions code 175 ASSAULT, and foreign troops
//! ordered out read as a rejection of cooperation (1212) where CAMEO codes expulsion (166).
//!
//! `lexicon_senses/paragraphs.txt` holds each class both ways in the paragraph format of
//! `tests/common/paragraph_cases.rs` (`CATEGORY!OTHER`: OTHER must not be coded as done);
//! `lexicon_senses/codes.txt` checks CAMEO codes within a category (`+CODE` coded, `-CODE`
//! not). The test prints each paragraph coded wrong and asserts floors just under the
//! measured figures (raise them as the coder improves, never lower them to pass).

mod common;

use common::paragraph_cases::{parse, score, Counted};
use sitrep_record::{Event, Modality};

/// Events told as done: neither negated nor intended, denied or hypothetical.
fn done(e: &Event) -> bool {
    !e.negated
        && !matches!(
            e.modality,
            Modality::Intended | Modality::Denied | Modality::Hypothetical
        )
}

#[test]
fn lexicon_senses_categories() {
    let cases = parse(include_str!("lexicon_senses/paragraphs.txt"));
    assert!(
        cases.len() >= 40,
        "the task asks for at least 40 paragraphs"
    );
    let f = score(&cases, Counted::Done);
    let (category, dyad) = (f.category(), f.dyad());
    let (wrong_sense, none_coded) = (f.denied_done, f.none_coded);
    // First run, before any change (42 paragraphs): category 24/37 (0.65), dyad 23/37
    // (0.62), wrong senses coded 7 of 17, NONE lines coded 0 of 5. After the pattern fixes,
    // with two mobilization lines added (44 paragraphs): 32/38 (0.84), 31/38 (0.82), 2 of
    // 17 (both "a group backed by Iran" read as praise, 051), 0 of 6. With describing
    // participles left uncoded (events.rs `is_describing_participle`): 0 of 17.
    assert!(category >= 0.84, "category found {category:.2} fell");
    assert!(dyad >= 0.81, "dyad right {dyad:.2} fell");
    assert!(wrong_sense == 0, "{wrong_sense} wrong senses coded");
    assert!(none_coded == 0, "{none_coded} NONE lines coded");
}

#[test]
fn lexicon_senses_cameo_codes() {
    let mut wrong = 0;
    let mut lines = 0;
    for line in include_str!("lexicon_senses/codes.txt").lines() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let (spec, text) = line.split_once('|').expect("CODE|paragraph");
        let (want, code) = spec.split_at(1);
        let events: Vec<Event> = common::run(text).events.into_iter().filter(done).collect();
        let coded = events.iter().any(|e| e.cameo.starts_with(code));
        let right = match want {
            "+" => coded,
            "-" => !coded,
            _ => panic!("a codes line starts with + or -: {line}"),
        };
        lines += 1;
        if !right {
            wrong += 1;
            let got: Vec<String> = events
                .iter()
                .map(|e| format!("{} {}", e.event, e.cameo))
                .collect();
            println!("wrong [{spec}] {text}\n    got {got:?}");
        }
    }
    println!("\n{lines} code lines, {wrong} wrong");
    // First run: 9 of 17 wrong; after the pattern fixes: 0.
    assert!(wrong == 0, "{wrong} of {lines} code lines wrong");
}

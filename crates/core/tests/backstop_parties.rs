//! The recall backstop's parties (issue #9, session 16, h/backstop2): two- and
//! three-sentence wire paragraphs whose act sits in a later sentence, phrased loosely, with
//! its parties placed where a first-party guess goes wrong (an opening phrase, a possessor,
//! a `by` agent, a target after a preposition, a third party in passing), and traps (NONE
//! paragraphs naming parties with no act, denied acts). The paragraphs
//! (`tests/backstop_parties/paragraphs.txt`) were coded by hand before the engine or the
//! detector ran on them; the file's header gives the conventions.
//!
//! The test scores the built-in pipeline and the same pipeline with the backstop on at
//! story offset 0, prints each paragraph coded wrong and the figures, and asserts floors just
//! under the measured ones (raise them as the coder improves, never lower them to pass).
//!
//! First run: (recorded below once measured).

mod common;

use common::paragraph_cases::{parse, score_with, Counted};
use sitrep_core::detector::Detector;
use sitrep_core::Pipeline;

fn backstop_on() -> Pipeline {
    Pipeline::builder()
        .detector(Some(
            Detector::builtin().clone().with_story_offset(Some(0.0)),
        ))
        .build()
        .expect("built-in pipeline")
}

#[test]
fn backstop_parties_blind_set() {
    let cases = parse(include_str!("backstop_parties/paragraphs.txt"));
    assert!(cases.len() >= 50, "the set has at least 50 paragraphs");
    for (name, pipeline) in [("built-in", Pipeline::new()), ("backstop on", backstop_on())] {
        println!("--- {name}");
        let f = score_with(&pipeline, &cases, Counted::NotNegated);
        println!("{name}: {}; {}", f.with_traps(), f.parties());
    }
}

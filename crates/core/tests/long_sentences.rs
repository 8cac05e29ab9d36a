//! Long wire sentences (issue #9, session 15): the act a lexicon pattern names, inside a
//! news sentence of 30-60 words with attributions at either end, asides in commas or
//! dashes, a relative clause, a second clause or a participle clause after the main one,
//! and dates, places and titles between the verb and its object. 107 sentences of all 16
//! PLOVER categories from every region and 12 traps (8 NONE lines whose act is background,
//! history, a statistic, a comment, a vague conditional or domestic administration; 4 acts
//! the actor denies). The sentences (`tests/long_sentences/paragraphs.txt`) were written and
//! coded by hand before the engine ran on them; the file's header gives the conventions.
//!
//! The test prints each sentence coded wrong and the figures; it asserts floors just under
//! the measured figures (raise them as the coder improves, never lower them to pass).

mod common;

use common::paragraph_cases::{parse, score, Counted};

#[test]
fn acts_inside_long_wire_sentences() {
    let cases = parse(include_str!("long_sentences/paragraphs.txt"));
    assert!(
        cases.len() >= 112,
        "the task asks for 100 sentences and 12 traps"
    );
    let f = score(&cases, Counted::NotNegated);
    println!("{}", f.with_traps());
    let (category, dyad) = (f.category(), f.dyad());
    let (denied_done, none_coded) = (f.denied_done, f.none_coded);
    // Floors just under the measured figures. First run, before any change (the project's
    // estimate of held-out accuracy on long sentences): category 99/111 (0.89), dyad 88/111
    // (0.79), category precision 119/192 (0.62), 4 of 8 NONE lines coded, denied acts coded
    // as done 0 of 4. Of the 12 misses, 5 coded nothing (a subject apposition the parser
    // broke, a demand whose recipient is in a coordinated clause, aid delivered to people in
    // a place, a joint seizure, soldiers ordered onto the streets) and 7 coded another
    // category or party. After the finite verb hung as punctuation on the root subject noun
    // is read as its predicate (`syntax.rs`): category 100/111 (0.90), dyad 89/111 (0.80).
    // After a verb right after the comma closing a relative aside ("Spain and Morocco, whose
    // relations have improved ..., carried out") is no conjunct of the aside's verb, and
    // "ordered soldiers onto the streets" (events.txt [154]): category 102/111 (0.92), dyad
    // 91/111 (0.82), precision 123/196 (0.63), 4 of 8 NONE lines, 0 of 4 denied.
    assert!(category >= 0.91, "category found {category:.2} fell");
    assert!(dyad >= 0.81, "dyad right {dyad:.2} fell");
    assert!(denied_done == 0, "{denied_done} denied acts coded as done");
    assert!(none_coded <= 4, "{none_coded} NONE lines coded an event");
}

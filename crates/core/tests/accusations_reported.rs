//! Accusations told as reports (session 27; golden README convention 3): "X said Y did Z"
//! where Z is a wrong in itself (killing, torturing, raping, looting or burning the homes of
//! people in no fight) is also the sayer's ACCUSE X>Y. The set covers those reports, the
//! sayer named by a group word before a role noun ("rebel leaders", "union leaders"), the
//! sayer's own side as the victim ("their supporters", "its members"), blame and charges,
//! accusations told as nouns ("a death the opposition blamed on police", "in what Amnesty
//! called unlawful killings"), quotes with their sayer after them, and near-misses that are
//! no accusation (war reports, attacks on soldiers, a party's account of its own side's acts,
//! acts that are no wrong, witnesses). The passages
//! (`tests/accusations_reported/paragraphs.txt`) were coded by hand, each with its `why`,
//! before the engine ran on them; the file's header draws the line.
//!
//! The test prints each passage coded wrong and the figures, counts the near-miss lines
//! (those expecting no ACCUSE) on which an ACCUSE was coded anyway, and asserts floors just
//! under the measured figures (raise them as the coder improves, never lower them to pass).

mod common;

use common::paragraph_cases::{parse, score_sections, Counted};
use sitrep_core::Pipeline;
use sitrep_record::InputDocument;

const FILE: &str = include_str!("accusations_reported/paragraphs.txt");

/// The lines that expect no ACCUSE on which the engine codes one: an act of war, a party's
/// own act or a neutral report read as an accusation. Prints each.
fn accusations_where_none_is_expected() -> usize {
    let pipeline = Pipeline::new();
    parse(FILE)
        .iter()
        .filter(|case| case.category != Some("ACCUSE"))
        .filter(|case| {
            let record = pipeline.process(&InputDocument {
                id: "paragraph".into(),
                text: case.text.into(),
                published: Some("2026-03-02".into()),
                ..InputDocument::default()
            });
            let accused = record
                .events
                .iter()
                .any(|e| e.event == "ACCUSE" && !e.negated);
            if accused {
                println!("ACCUSE where none is expected: {}", case.text);
            }
            accused
        })
        .count()
}

#[test]
fn reported_wrongs_are_the_sayers_accusations() {
    let total = score_sections(FILE, Counted::NotNegated, &["ACCUSE"], 55, 2);
    println!("{}", total.with_traps());
    let false_accusations = accusations_where_none_is_expected();
    println!("lines expecting no ACCUSE that coded one: {false_accusations}");
    let (category, dyad, precision) = (total.category(), total.dyad(), total.precision());
    // Floors just under the measured figures. First run, before any change (session 27):
    // category 31/57 (0.54), dyad 25/57 (0.44), precision 33/75 (0.44), 1 of 2 NONE lines
    // coded (a crime by gunmen read as a rebel attack), 0 near-miss lines accused; ACCUSE
    // lines 17/41 (dyad 14/41). Missed: harm to people in no fight told by a party ("said
    // Sudanese troops killed 20 civilians", "had raped women", "burned homes"), a group
    // word before a role ("rebel leaders" read as a government), the accused side's
    // members ("three of its members"), accusations told as nouns in relative clauses ("a
    // death the opposition blamed on police"), and quotes whose doer is a pronoun for a
    // party of the sentence before ("They are killing our people"). After the harm
    // predicates (frames.txt `[wrongdoing 1122 harm]`), the group roles (actors.rs) and
    // the party's people (events.rs): category 48/57 (0.84), dyad 45/57 (0.79), precision
    // 50/92 (0.54; the harm is coded beside each accusation, alleged), 1 of 2 NONE lines,
    // 0 near-miss lines accused; ACCUSE lines 34/41 (dyad 33/41).
    assert!(category >= 0.83, "category found {category:.2} fell");
    assert!(dyad >= 0.78, "dyad right {dyad:.2} fell");
    assert!(precision >= 0.53, "category precision {precision:.2} fell");
    assert!(
        false_accusations == 0,
        "{false_accusations} near-miss lines coded an accusation"
    );
    total.assert_none_coded_at_most(1);
}

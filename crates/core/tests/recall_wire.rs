//! Recall on wire copy (session 30, h/missed30, issue #9): the kinds of expected event the
//! readable golden splits (dev, wire, features) lose with nothing coded in the sentence and
//! no pattern or frame cue of the category firing, written again on other countries:
//! intent to back, help or work with a party told with a plain verb after "will", "would"
//! or "ready to"; threats told as a consequence under a condition ("warned that relations
//! would suffer if ..."); a crisis called another state's internal affair; trips announced
//! without a visit word; promises of a that-clause; and, in sections added later (each
//! written before the engine ran on it), votes and trials judged flawed or rigged,
//! accusations called shocking or propaganda, Security Council action blocked. Each section
//! pairs the codable lines with look-alikes that must stay uncoded. The lines
//! (`tests/recall_wire/lines.txt`) were coded by hand before the engine ran on them; the
//! file's header gives the conventions.
//!
//! The test prints each line coded wrong and the figures, and asserts floors just under the
//! measured figures (raise them as the coder improves, never lower them to pass).

mod common;

use common::paragraph_cases::{score_sections, Counted};

#[test]
fn wire_misses_with_nothing_coded_written_again() {
    let file = include_str!("recall_wire/lines.txt");
    let total = score_sections(
        file,
        Counted::NotNegated,
        &["AGREE", "THREATEN", "SUPPORT"],
        56,
        24,
    );
    println!("{}", total.with_traps());
    println!("{}", total.parties());
    let (category, dyad, precision) = (total.category(), total.dyad(), total.precision());
    // First run, before any change (session 30; the honest estimate): the first 62 lines
    // category 14/44 (0.32), dyad 12/44 (0.27), precision 15/17 (0.88), 0 of 18 NONE lines
    // coded; by section: intent to back, help or work with 3/16, threats under a condition
    // 5/12, internal affairs 1/5, trips announced 2/5, promises 3/6. The section of votes
    // and trials judged flawed, rigged or unfair (8 lines, written later, before the engine
    // ran on them) 1/5 at its first run: all 70 lines 15/49 (0.31).
    // After session 30's lexicon (events.txt: support/back, help/assist and work with in the
    // base form after a word of intent, 032/031/030; "will|would continue to" a commit cue;
    // officials' titles as a trip's context; relations warned to suffer, 1313; frames.txt:
    // flawed or rigged criticism): category 31/49 (0.63), dyad 28/49 (0.57), precision 32/37
    // (0.86), 1 of 21 NONE lines coded ("Volunteers stood ready to help residents": the
    // volunteers read as an NGO). Left: threats whose consequence names no party before the
    // "if" ("sanctions could follow if Ankara ..."), internal affairs (tried: the recipient
    // fallback took the story's other side, a wrong dyad on the golden wire story; dropped),
    // promises of a that-clause, trips of experts and envoys. The section of accusations
    // called shocking, outrageous or propaganda (6 lines, written later, before the engine
    // ran on them) coded each as ACCUSE 111 at its first run, 0/4; with those words added to
    // the rejection line of an accusation called absurd (REJECT 120): 4/4. All 76 lines:
    // category 35/53 (0.66), dyad 32/53 (0.60), precision 36/41 (0.88), 1 of 23 NONE lines.
    // The section of Security Council action blocked (4 lines, written later, before the
    // engine ran on them) 1/3 at its first run (the line with "repeatedly blocked" read as
    // 1222); with a veto line for action blocked where the Security Council is named: 3/3.
    // All 80 lines: category 38/56 (0.68), dyad 35/56 (0.62), precision 40/46 (0.87), 1 of
    // 24 NONE lines coded.
    assert!(category >= 0.67, "category found {category:.2} fell");
    assert!(dyad >= 0.61, "dyad right {dyad:.2} fell");
    assert!(precision >= 0.86, "category precision {precision:.2} fell");
    total.assert_none_coded_at_most(1);
}

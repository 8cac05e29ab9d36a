//! Describing participles (issue #9, precision): news describes its parties with reduced
//! relatives and appositions ("Separatists supported by Moscow shelled the town",
//! "Hezbollah, the armed group funded by Iran, accused Israel", "the U.S.-sanctioned
//! commander", "a party banned in 2019"). The participle is background, not a new act:
//! it must not code its own event, while the sentence's main act still codes. Controls
//! hold the same verbs as acts ("Iran backed the rebels on Monday", "the commander was
//! sanctioned by the Treasury on Friday", "Troops backed by tanks stormed the town").
//!
//! `describing_participles/paragraphs.txt` holds both kinds in the paragraph format of
//! `tests/common/paragraph_cases.rs` (`CATEGORY!OTHER`: OTHER must not be coded as done).
//! The test prints each paragraph coded wrong and asserts floors just under the measured
//! figures (raise them as the coder improves, never lower them to pass).

mod common;

use common::paragraph_cases::{parse, score, Counted};

#[test]
fn describing_participles_code_no_act() {
    let cases = parse(include_str!("describing_participles/paragraphs.txt"));
    assert!(
        cases.len() >= 40,
        "the task asks for at least 40 paragraphs"
    );
    let f = score(&cases, Counted::Done);
    let (category, dyad) = (f.category(), f.dyad());
    let (described_coded, none_coded) = (f.denied_done, f.none_coded);
    println!(
        "category {category:.2}, dyad {dyad:.2}, describing acts coded {described_coded} of {}, NONE lines coded {none_coded} of {}",
        f.denied_lines, f.none_lines
    );
    // First run, before any change (43 paragraphs, 40 events; sanction labels corrected
    // to COERCE, where the ontology puts CAMEO 16x): category 26/40 (0.65), dyad 24/40
    // (0.60), describing participles coded as acts 10 of 20, NONE lines coded 2 of 3. After
    // `is_describing_participle`: 26/40, 24/40, 4 of 20 (a verb mis-tagged as the main
    // verb, "designated"; a prenominal "U.S.-sanctioned"; acts told inside an accusation),
    // 1 of 3 ("still holds weekly meetings" read as talks).
    // Session 14: 25/40 (0.62), dyad 23/40 (0.57). The one hit lost ("Iran has funded the
    // armed group for years and sent it weapons last month") was the habitual "has funded
    // ... for years", now read as a practice (`far_habit`); the act of the line, "sent it
    // weapons", is still dropped for want of its recipient (the dative "it").
    assert!(category >= 0.61, "category found {category:.2} fell");
    assert!(dyad >= 0.56, "dyad right {dyad:.2} fell");
    assert!(
        described_coded <= 4,
        "{described_coded} describing participles coded as acts"
    );
    assert!(none_coded <= 1, "{none_coded} NONE lines coded");
}

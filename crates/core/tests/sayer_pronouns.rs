//! Reported pronouns and the sayer (issue #9, actors; session 20): "A rebel alliance in
//! Myanmar's Shan state said it had attacked", "UNIFIL, the U.N. force in southern Lebanon,
//! said one of its patrols", "issued a statement saying it would expel". The paragraphs
//! (`tests/sayer_pronouns/paragraphs.txt`) were coded by hand before the engine ran on
//! them; the file's header gives the conventions.
//!
//! The test prints each paragraph coded wrong, then how many expected events were found
//! (category), how many with both scored parties right (dyad), and how many NONE lines coded
//! something; it asserts floors just under the measured figures (raise them as the coder
//! improves, never lower them to pass).

mod common;

use common::paragraph_cases::{parse, score, Counted};

#[test]
fn reported_pronouns_are_the_sayer() {
    let cases = parse(include_str!("sayer_pronouns/paragraphs.txt"));
    assert!(cases.len() >= 38, "the set has 33 event lines and 5 traps");
    let f = score(&cases, Counted::NotNegated);
    let (category, dyad) = (f.category(), f.dyad());
    let none_coded = f.none_coded;
    println!("{}", f.with_traps());
    // Floors just under the measured figures. First run, before any change: category
    // 20/33 (0.61), dyad 11/33 (0.33), 0 of 5 NONE lines coded ("it"/"its" in the
    // reported clause went to the place or possessor nearest it: "A rebel alliance in
    // Myanmar's Shan state said it" -> Myanmar; "issued a statement saying it" was left
    // unresolved). After `actors::opening_sayer` (the party opening the sentence as the
    // subject of its verb of saying) and `statement_saying`: category 29/33 (0.88), dyad
    // 24/33 (0.73), 0 of 5. Left: armed groups the role list lacks ("a jihadist faction",
    // "a separatist alliance"), a "U.N. agency" phrase built after the pronouns are read,
    // "one of its patrols" (a patrol is no party alone), and one line whose rights group
    // the engine places in Thailand (`THA NGO`, convention 13's "-based" rule; the line
    // was coded `NGO`: left as written).
    assert!(category >= 0.85, "category found {category:.2} fell");
    assert!(dyad >= 0.70, "dyad right {dyad:.2} fell");
    assert!(none_coded == 0, "{none_coded} NONE lines coded an event");
}

//! Plural back-references and documents as parties (issue #9, actors across a story;
//! session 15): a later sentence whose doer is only "they", "them", "their", a pair or a
//! counted group ("the two leaders", "both men", "the three countries", "the allies") or
//! a document standing for its issuer ("the statement", "the communique", "the letter",
//! "the resolution", "the report") named in an earlier sentence. The paragraphs
//! (`tests/plural_references/paragraphs.txt`, 101 events across regions and categories and
//! 12 NONE traps where "they" is no party: prices, weather, victims, fans, tourists, or a
//! document whose issuer is never named) were written and coded by hand before the engine
//! ran on them; the file's header gives the conventions.
//!
//! The test prints each paragraph whose event or dyad is wrong, then the figures, and
//! asserts floors just under the measured figures (raise them as the coder improves, never
//! lower them to pass).
//!
//! First run, before any change (the project's estimate of held-out accuracy on plural
//! references): 101 events and 12 NONE traps: category recall 40/101 (0.40), category
//! precision 62/161 (0.39), actor 36/40 (0.90), recipient 30/39 (0.77), dyad 30/101
//! (0.30), on any category 41 (0.41), traps coded 0 of 12; documents standing for their
//! issuer were right in 2 of 27 paragraphs, and a sentence-opening "they" after a list
//! of parties almost never. After the session's fixes (a document opening a sentence after
//! one naming it stands for its issuer; a sentence-opening "they" after a sentence opening
//! with a list of parties is that list, and the gate lets it through; "they" after a bloc
//! is the bloc; "the allies" an alliance named before): category 75/101 (0.74), precision
//! 113/214 (0.53), actor 71/75 (0.95), recipient 64/74 (0.86), dyad 64/101 (0.63), traps
//! coded 0 of 12; documents right in 22 of 27. Still lost: "them" as a recipient standing for a pair, "the two
//! men"/"both men" after two people, "their communique" after a meeting, a letter after
//! "wrote to", and acts whose pattern is missing.
//! Session 22 (a plural reference resolves to the set it points back to: a "they" after a
//! sentence naming exactly two single parties, after a time phrase or inside the sentence of
//! a list; a "them" object or "between them" after a list or pair; `Doc::opening_list_before`,
//! `Doc::plural_object_before`): category 77/101 (0.76) -> 85/101 (0.84), precision 0.53 ->
//! 0.56, dyad 0.66 -> 0.75, actor 0.99, recipient 0.87 -> 0.89, traps coded 0 of 12.

mod common;

use common::paragraph_cases::{parse, score, Counted};

#[test]
fn plural_references_and_documents_are_their_parties() {
    let cases = parse(include_str!("plural_references/paragraphs.txt"));
    assert!(
        cases.len() >= 102,
        "the task asks for 90 paragraphs and 12 traps"
    );
    let f = score(&cases, Counted::NotNegated);
    println!("{}", f.with_traps());
    println!("{}", f.parties());
    let (category, dyad, actor, recipient) = (f.category(), f.dyad(), f.actor(), f.recipient());
    println!(
        "category {category:.2} dyad {dyad:.2} dyad any {:.2} actor {actor:.2} recipient {recipient:.2} precision {:.2}",
        f.dyad_any(),
        f.precision()
    );
    // Floors just under the measured figures.
    assert!(category >= 0.83, "category recall {category:.2} fell");
    assert!(dyad >= 0.74, "dyad accuracy {dyad:.2} fell");
    assert!(actor >= 0.97, "actor agreement {actor:.2} fell");
    assert!(recipient >= 0.87, "recipient agreement {recipient:.2} fell");
    assert!(
        f.precision() >= 0.55,
        "category precision {:.2} fell",
        f.precision()
    );
    assert_eq!(f.none_coded, 0, "a NONE trap coded an event");
}

//! Reactions to an act told earlier in the story (issue #9, recipients; session 14):
//! "Israeli jets struck a convoy near Tyre. ... Lebanon condemned the strike" is ACCUSE
//! LBN>ISR: a definite act noun that a reaction (condemn, criticise, reject, welcome,
//! praise, call for a reversal) takes as its object refers back to the act the story told,
//! and the reaction's recipient is that act's doer. The paragraphs
//! (`tests/reactions_to_earlier_acts/paragraphs.txt`) were coded by hand before the engine
//! ran on them; the file's header gives the conventions and the traps (an act noun with no
//! earlier act, the reactor being the doer, two earlier acts of different doers).
//!
//! The test prints each paragraph coded wrong and the figures: category found, dyad right,
//! recipient right, the precision of the events coded; it asserts floors just under the
//! measured figures (raise them as the coder improves, never lower them to pass).

mod common;

use common::paragraph_cases::{parse, score, Counted};

#[test]
fn reactions_to_acts_told_earlier() {
    let cases = parse(include_str!("reactions_to_earlier_acts/paragraphs.txt"));
    assert!(
        cases.len() >= 102,
        "the task asks for at least 90 paragraphs and 12 traps"
    );
    let f = score(&cases, Counted::NotNegated);
    println!("{}", f.with_traps());
    println!("{}", f.parties());
    let (category, dyad) = (f.category(), f.dyad());
    // Floors just under the measured figures. First run, before any change (the engine
    // then linked "the decision" and a few other nouns to the nearest earlier act of
    // another party, whatever it was): category 107/109 (0.98), dyad 94/109 (0.86),
    // recipient right 94/107 (0.88). After the act nouns' senses (words.txt
    // `[act-noun-senses]`: "the strike" points back to the nearest earlier ASSAULT of
    // another party, one told by "struck" or a verb of the noun's stem first; the
    // reactor's own act gives no recipient; an act the coder does not code, "the move",
    // "the results", by the party the sentence before names first): category 109/109
    // (1.00), dyad 106/109 (0.97), recipient 106/109 (0.97). The three lines left are
    // another area's (a place read as a party, a dual national's country, "export
    // controls on chips to China").
    assert!(category >= 0.99, "category found {category:.2} fell");
    assert!(dyad >= 0.96, "dyad right {dyad:.2} fell");
    assert!(
        f.recipient() >= 0.96,
        "recipient right {:.2} fell",
        f.recipient()
    );
}

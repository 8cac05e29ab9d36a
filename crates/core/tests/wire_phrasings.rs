//! Wire phrasings the lexicon may lack (issue #9, lexicon breadth, session 14): acts of all
//! 16 PLOVER categories told the way AP, Reuters and AFP copy tells them ("stood with",
//! "asked the International Court of Justice to", "offered to host", "had accepted", "ready
//! to talk", "noted shortcomings", "in violation of the truce", "came under fire from",
//! "pounds villages", "funds the production of ... for", "fines", "masses troops near",
//! "handed ... positions over to", "bore responsibility", and many more), and traps (the
//! same words in sport, business, weather and the arts; denied acts). The paragraphs
//! (`tests/wire_phrasings/paragraphs.txt`) were coded by hand before the engine ran on them;
//! the file's header gives the conventions.
//!
//! The test prints each paragraph coded wrong, then per section the category recall and
//! dyad share, and for the whole file the category recall, precision and dyad share, how
//! many denied acts were coded as done and how many NONE lines coded an event. It asserts
//! floors just under the measured figures (raise them as the coder improves, never lower
//! them to pass).

mod common;

use common::paragraph_cases::{score_sections, Counted};

#[test]
fn wire_phrasings_are_coded() {
    let total = score_sections(
        include_str!("wire_phrasings/paragraphs.txt"),
        Counted::NotNegated,
        &[],
        150,
        14,
    );
    println!("{}", total.with_traps());
    println!(
        "denied acts coded as done: {} of {}",
        total.denied_done, total.denied_lines
    );
    let (category, dyad, precision) = (total.category(), total.dyad(), total.precision());
    // Floors just under the measured figures. First run, before any change (session 14,
    // the honest held-out estimate): category 159/189 (0.84), dyad 147 (0.78), precision
    // 175/219 (0.80), 2 of 14 traps coded (crowds that "massed outside the stadium",
    // pilgrims who "marched to the shrine"), no denied act coded as done. Most of the
    // brief's list was already coded; the misses were phrasings with no pattern ("left
    // the door open to", "remained ready for talks", "paid a courtesy call on", "worked
    // hand in glove with", "funds the production of howitzers for", "brandished the
    // threat of tariffs", "choked off supplies", "handed five positions over to"), a
    // particle past the occasion of a speech ("called at an emergency session of the
    // Security Council on Sunday for") and "would not rule out a ground operation" read
    // as a negated attack. After lexicon lines in general form, the occasion phrase in
    // the matcher, "would not rule out" as a threat cue whose "not" negates no act, and
    // pilgrims and fans kept out of the march lines: category 170/189 (0.90), dyad 158
    // (0.84), precision 186/225 (0.83), 1 of 14 traps coded, no denied act coded as done.
    // Left: parties the actor stage does not find ("Rival militias", "French air traffic
    // controllers", "Google"), recipients behind "remarks by X" or "to order Israel to"
    // ("asked the International Court of Justice to order Israel": REQUEST to the court),
    // and a labour "strike" read in "the strike on the power line feeding the nuclear
    // plant".
    assert!(category >= 0.89, "category found {category:.2} fell");
    assert!(dyad >= 0.83, "dyad right {dyad:.2} fell");
    assert!(precision >= 0.82, "category precision {precision:.2} fell");
    total.assert_no_denied_done();
    total.assert_none_coded_at_most(1);
}

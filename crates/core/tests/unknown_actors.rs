//! Actors the dictionaries do not list (issue #9, item 3): people named with a title or an
//! apposition that gives their country ("Egyptian Foreign Minister X", "X, Egypt's top
//! diplomat", "X, a spokesman for the Sudanese army") and later by surname alone; people
//! named with their organisation ("Hamas official X"); organisations, movements, parties,
//! militias and councils by name or description; military units; role nouns whose country
//! the story gave before; and traps (experts, journalists, company staff, ordinary people
//! quoted) who must not become the actor of a political event. The paragraphs
//! (`tests/unknown_actors/paragraphs.txt`) were coded by hand before the engine ran on
//! them; the file's header gives the conventions.
//!
//! The test prints each paragraph whose event or dyad is wrong, then the category recall,
//! the actor and dyad agreement, and asserts floors just under the measured figures
//! (raise them as the coder improves, never lower them to pass).

mod common;

use common::paragraph_cases::{parse, score, Counted};

#[test]
fn unknown_actors_take_the_country_their_title_apposition_or_story_gives() {
    let cases = parse(include_str!("unknown_actors/paragraphs.txt"));
    assert!(
        cases.len() >= 60,
        "the task asks for 50 passages and 10 traps"
    );
    let f = score(&cases, Counted::Done);
    println!(
        "category recall {:.2}, actor right {:.2}, recipient right {:.2}, dyad right {:.2} \
         (any category {:.2})",
        f.category(),
        f.actor(),
        f.recipient(),
        f.dyad(),
        f.dyad_any()
    );
    // Floors just under the measured figures. First run, before any change: category 0.75,
    // actor 0.91, recipient 0.93, dyad 0.66 (any category 0.72), two of six NONE traps coded
    // (a journalist's and a company spokesman's accusations).
    assert!(f.dyad() >= 0.65, "dyad accuracy {:.2} fell", f.dyad());
    assert!(f.actor() >= 0.90, "actor agreement {:.2} fell", f.actor());
    assert!(
        f.none_coded <= 2,
        "{} traps coded: an expert or bystander became an actor",
        f.none_coded
    );
}

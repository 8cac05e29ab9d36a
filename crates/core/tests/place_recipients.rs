//! A place as the recipient of a transfer or a withdrawal (issue #9): aid, weapons, troops
//! and envoys sent to, deployed to or withdrawn from a city or territory name the country
//! the place lies in as the recipient ("Qatar sent food aid to Gaza", "India withdrew its
//! high commissioner from Dhaka"), unless the place is the actor's own ("Russia deployed
//! troops to Kaliningrad"). The paragraphs (`tests/place_recipients/paragraphs.txt`) were
//! coded by hand before the engine ran on them; the file's header gives the conventions.
//!
//! The test prints each paragraph whose event or dyad is wrong, then the category recall,
//! the recipient and dyad agreement, and asserts floors just under the measured figures
//! (raise them as the coder improves, never lower them to pass).

mod common;

use common::paragraph_cases::{parse, score, Counted};

#[test]
fn a_foreign_place_sent_to_or_withdrawn_from_names_its_country_as_recipient() {
    let cases = parse(include_str!("place_recipients/paragraphs.txt"));
    assert!(
        cases.len() >= 30,
        "the task asks for 30 passages with controls"
    );
    let f = score(&cases, Counted::Done);
    println!(
        "category recall {:.2}, actor right {:.2}, recipient right {:.2}, dyad right {:.2} \
         (any category {:.2}), NONE coded {}",
        f.category(),
        f.actor(),
        f.recipient(),
        f.dyad(),
        f.dyad_any(),
        f.none_coded
    );
    // Floors just under the measured figures. First run, before any change: category 0.78,
    // actor 1.00, recipient 0.50, dyad 0.39, no NONE paragraph coded. A fix tried in
    // session 9 (a place of another country after the pattern's to/into/from slot names
    // the recipient) reached category 0.97, dyad 0.78 here with dev golden unchanged, but
    // added wrong events on the held-out wire stories and no right one: not kept. With the
    // 40 session-10 passages (80 in all) the first run gave category 0.77, dyad 0.48; the
    // tight condition of session 10 (`events::destination_country`: codes whose recipient
    // is where things go, the preposition on the verb in the tree, a city or region, no
    // actor of its country, no third country named, what is moved named) gave category
    // 0.92 (65/71), recipient 0.85, dyad 0.77 (55/71), with golden byte-identical.
    assert!(
        f.category() >= 0.91,
        "category recall {:.2} fell",
        f.category()
    );
    assert!(f.dyad() >= 0.76, "dyad accuracy {:.2} fell", f.dyad());
    assert!(
        f.none_coded == 0,
        "{} NONE paragraphs coded: a place that takes no act became a party",
        f.none_coded
    );
}

/// The passages written in session 10 alone (below `# session 10` in the file): true cases
/// in new phrasings and the traps of a condition too loose for real news (a place that is
/// only where the act happened, goods sent through a place, a party named in the slot with
/// the place elsewhere, the actor's own places, namesake cities, travel between places).
#[test]
fn session_10_traps_and_true_cases() {
    let file = include_str!("place_recipients/paragraphs.txt");
    let start = file
        .find("# session 10")
        .expect("the session 10 passages are marked");
    let cases = parse(&file[start..]);
    assert!(cases.len() >= 30, "the task asks for 30 new passages");
    let f = score(&cases, Counted::Done);
    println!(
        "session 10: category recall {:.2}, actor right {:.2}, recipient right {:.2}, dyad \
         right {:.2} (any category {:.2}), NONE coded {} of {}",
        f.category(),
        f.actor(),
        f.recipient(),
        f.dyad(),
        f.dyad_any(),
        f.none_coded,
        f.none_lines
    );
    // First run, before the session-10 change: category 0.77 (27/35), dyad 0.57 (20/35),
    // NONE coded 0 of 5. After it: category 0.89 (31/35), dyad 0.80 (28/35), NONE 0.
    assert!(
        f.category() >= 0.88,
        "category recall {:.2} fell",
        f.category()
    );
    assert!(f.dyad() >= 0.79, "dyad accuracy {:.2} fell", f.dyad());
    assert!(
        f.none_coded == 0,
        "{} NONE passages coded: travel between places became an act",
        f.none_coded
    );
}

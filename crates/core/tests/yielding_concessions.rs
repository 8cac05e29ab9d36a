//! Yielding acts, CAMEO 080-083x (PLOVER CONCEDE; issue #9, session 13): governments,
//! courts, parties and protesters yielding. Bans, press rules and internet shutdowns lifted,
//! travel bans on opposition figures lifted, parties unbanned and groups legalised, officials
//! reinstated, rights granted, demands bowed to or acceded to, policies reversed and bills
//! dropped under pressure, early elections called after protests, leaders stepping down
//! under pressure and protests or strikes called off; each told as done, as announced as
//! done or under way, as an intent (AGREE 035x), as refused (REJECT 123x/124x) or denied,
//! with fifteen NONE traps (the same words for sport, firms, weather, culture). The
//! paragraphs (`tests/yielding_concessions/paragraphs.txt`) were coded by hand before the
//! engine ran on them; the file's header gives the conventions.
//!
//! The test prints each paragraph coded wrong, the figures per section and per category,
//! and asserts floors just under the measured figures (raise them as the coder improves,
//! never lower them to pass).

mod common;

use common::paragraph_cases::{score_sections, Counted};

#[test]
fn yielding_concessions_are_coded_with_their_parties() {
    let total = score_sections(
        include_str!("yielding_concessions/paragraphs.txt"),
        Counted::NotNegated,
        &["CONCEDE", "AGREE", "REJECT"],
        90,
        12,
    );
    let (category, dyad, precision) = (total.category(), total.dyad(), total.precision());
    println!(
        "yielding_concessions: category {}/{} ({category:.2}), dyad {:.2}, precision {precision:.2}, {} of {} NONE lines coded, {} of {} denied acts coded as done",
        total.found,
        total.expected,
        dyad,
        total.none_coded,
        total.none_lines,
        total.denied_done,
        total.denied_lines
    );
    // Floors just under the measured figures (to be set after the first run).
    assert!(category >= 0.0, "category found {category:.2} fell");
    assert!(dyad >= 0.0, "dyad right {dyad:.2} fell");
    assert!(precision >= 0.0, "category precision {precision:.2} fell");
    assert!(
        total.none_coded <= 15,
        "{} NONE lines coded an event",
        total.none_coded
    );
}

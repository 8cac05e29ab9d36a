//! Who a withdrawal, pull-back, release or return is from (issue #9, session 13): RETREAT
//! acts whose recipient the text names only as a place, a possessed place, a country
//! adjective on the object or an owner: forces pulled out of a foreign place (verb and noun:
//! "the withdrawal of Russian forces from Homs"), bases and territory handed over, people
//! freed ("freed 12 Armenian prisoners"), bodies, property and ships returned ("the
//! Greek-owned tanker"), sieges and blockades lifted. The passages
//! (`tests/withdrawal_recipients/paragraphs.txt`) were coded by hand before the engine ran
//! on them; the file's header gives the conventions, and each of its sections is one family
//! of phrasings. Its traps are withdrawals from one's own territory (no recipient), firms,
//! teams and candidates withdrawing, products pulled, evacuations from disasters, and two
//! denied withdrawals.
//!
//! The test prints each passage coded wrong, then per section the category recall and the
//! dyad share, and asserts floors just under the measured figures (raise them as the coder
//! improves, never lower them to pass).

mod common;

use common::paragraph_cases::{score_sections, Counted};

#[test]
fn withdrawals_releases_and_returns_name_whom_they_yield_to() {
    let total = score_sections(
        include_str!("withdrawal_recipients/paragraphs.txt"),
        Counted::Done,
        &["RETREAT"],
        90,
        12,
    );
    let (category, dyad) = (total.category(), total.dyad());
    println!(
        "category {category:.2}, dyad {dyad:.2}, recipient {:.2}, NONE coded {}, denied done {}",
        total.recipient(),
        total.none_coded,
        total.denied_done
    );
    // Floors just under the measured figures. First run, before any change (the honest
    // held-out estimate): category 80/108 (0.74), dyad 65/108 (0.60), recipient right on
    // the events found 65/80 (0.81); by section, forces withdrawn from a foreign place
    // (verb) 19/28 dyad 0.36, noun withdrawals 10/18 dyad 0.56, bases handed over and
    // forces evacuated 5/12 dyad 0.08, people released 19/20 dyad 0.95, bodies, property
    // and ships 16/16 dyad 1.00, sieges and blockades 8/8 dyad 0.75; NONE lines coded 1
    // of 12 (refugees returning home read as a deportation); denied acts coded as done 0
    // of 2. After session 13 (`events::withdrawn_from_country`: a withdrawal of forces,
    // verb or noun, or a blockade lifted yields to the state whose territory is left,
    // named in the trigger's `from` / `out of` phrase or a site as its direct object;
    // `[withdrawal-sites]`; leaving a base or outposts with troops is 0874, not REJECT
    // 1212): category 90/108 (0.83), dyad 86/108 (0.80); verb withdrawals 24/28 dyad
    // 0.79, nouns 15/18 dyad 0.83, bases and evacuations 5/12 dyad 0.42; NONE coded 1 of
    // 12, denied done 0 of 2.
    assert!(category >= 0.82, "category found {category:.2} fell");
    assert!(dyad >= 0.79, "dyad right {dyad:.2} fell");
    total.assert_none_coded_at_most(1);
    total.assert_no_denied_done();
}

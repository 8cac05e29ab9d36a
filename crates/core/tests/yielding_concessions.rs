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
    // Floors just under the measured figures. First run, before any change (the held-out
    // estimate): category 77/108 (0.71; CONCEDE 62/91, AGREE 7/9, REJECT 8/8), dyad 27/108
    // (0.25: domestic concessions coded X>-), precision 80/103 (0.78), 1 of 15 NONE lines
    // coded (a firm bowing to investors), 0 of 2 denied acts coded as done. After session
    // 13 (concessions at home X>X, convention 13; phrasal verbs claiming their particle
    // from a bare verb of another category, "called off"; a protest called off no protest
    // held; union federations and "largest" in role phrases; a participle after a comma
    // hung on an infinitive doing the main clause's act; lexicon lines for reinstatements,
    // repressive laws repealed, blocks lifted, passports returned, snap elections,
    // announced resignations, magazines, re-registration): category 98/108 (0.91; CONCEDE
    // 82/91), dyad 82/108 (0.76), precision 107/125 (0.86), the same NONE line coded.
    // Session 19 (branch h/concede19) added sixteen lines (plans, orders and threats to
    // restrict dropped; a decision reversed; a veto lifted; curfews lifted with their
    // imposition named; strikes' suspension announced; two traps), coded before the engine
    // ran on them: 13 of their 14 events found (the refusal "refused on Monday to drop its
    // plan" coded as the plan, a threat); whole file category 111/122 (0.91), dyad 0.75,
    // precision 0.88.
    assert!(category >= 0.90, "category found {category:.2} fell");
    assert!(dyad >= 0.75, "dyad right {dyad:.2} fell");
    assert!(precision >= 0.85, "category precision {precision:.2} fell");
    total.assert_none_coded_at_most(1);
    assert!(
        total.denied_done == 0,
        "{} denied concessions coded as done",
        total.denied_done
    );
}

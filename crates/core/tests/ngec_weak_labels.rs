//! The NGEC stories' weakest categories (session 29, issue #9): CONCEDE, SANCTION, AID,
//! COOPERATE and RETREAT told in the constructions of the NGEC dev half's missed stories
//! (debt relief approved or written off, aid rushed or delivered, a recipient as the subject
//! of a passive, forces joining forces or working together, joint patrols and training,
//! concessions made and demands met, curfews and emergencies lifted, truces, releases,
//! withdrawals, ties cut, aid suspended, talks halted, envoys expelled), beside what the
//! contract files elsewhere (promises: AGREE; sanctions imposed: COERCE 163) and traps that
//! code nothing (aid needed, a state's relief for its own people, company ventures, history).
//! The passages (`tests/ngec_weak_labels/paragraphs.txt`) were written in ordinary wire
//! English and coded by hand before the engine ran on them.
//!
//! The test prints each passage coded wrong and the figures, and asserts floors just under
//! the measured figures (raise them as the coder improves, never lower them to pass).

mod common;

use common::paragraph_cases::{score_sections, Counted};

#[test]
fn the_weak_ngec_categories_are_coded_with_their_parties() {
    let total = score_sections(
        include_str!("ngec_weak_labels/paragraphs.txt"),
        Counted::NotNegated,
        &["AID", "COOPERATE", "CONCEDE", "RETREAT", "SANCTION"],
        55,
        6,
    );
    let (category, dyad, precision) = (total.category(), total.dyad(), total.precision());
    println!(
        "ngec_weak_labels: category {}/{} ({category:.2}), dyad {dyad:.2}, precision \
         {precision:.2}, {} of {} NONE lines coded",
        total.found, total.expected, total.none_coded, total.none_lines
    );
}

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
    // Floors just under the measured figures. First run, before any change (session 29):
    // category 55/60 (0.92), dyad 45/60 (0.75), precision 61/75 (0.81), 1 of 6 NONE lines
    // coded (two car makers "from Slovakia and Hungary" in a joint venture, SVK<>HUN).
    // Missed: a rebel alliance named by "an alliance of ... groups" (no party), American
    // artillery shells arriving as cargo (read as shelling), a WFP convoy reaching Gaza, a
    // joint operation of two armies (the attack only), police deployed abroad (MOBILIZE,
    // not AID 074); dyads lost to concessions and easings coded with the actor's own side
    // as recipient ("gave in to opposition demands": GOV>GOV), withdrawals and
    // disarmament naming no other side, the dateline's country for "the government"
    // (JUBA: South Sudan for Sudan's), and the ICRC read as an NGO (the line says IGO).
    // After the alliance partitive, cargo shells and goods arriving from the party of
    // their `of` object: category 57/60 (0.95), dyad 46/60 (0.77), precision 63/76 (0.83),
    // 1 of 6 NONE lines coded.
    assert!(category >= 0.94, "category found {category:.2} fell");
    assert!(dyad >= 0.76, "dyad right {dyad:.2} fell");
    assert!(precision >= 0.82, "category precision {precision:.2} fell");
    total.assert_none_coded_at_most(1);
}

//! The blind stories' misses (session 26, h/misses26): the kinds of expected event the 24
//! blind wire stories (`wire-i-*`, `wire-j-*`, `wire-k-*`, written in the held-out manner)
//! lost with nothing of the category coded, written again on other conflicts and countries:
//! blame and wrongs a party lays on another ("bore responsibility for the deaths", "was
//! culpable for", "destabilising", "human shields", an act called "criminal" or "a
//! massacre"; golden README convention 3), planned deployments of police or troops at home
//! with no adversary (MOBILIZE intended, not a threat), and lexicon gaps (a ceasefire
//! proposed, a state of war declared, an organisation left). Each section pairs the codable
//! lines with look-alikes that must stay uncoded. The passages
//! (`tests/blind_misses/paragraphs.txt`) were coded by hand before the engine ran on them;
//! the file's header gives the conventions.
//!
//! The test prints each passage coded wrong and the figures, and asserts floors just under
//! the measured figures (raise them as the coder improves, never lower them to pass).

mod common;

use common::paragraph_cases::{score_sections, Counted};

#[test]
fn blind_story_misses_written_again() {
    let file = include_str!("blind_misses/paragraphs.txt");
    let total = score_sections(
        file,
        Counted::NotNegated,
        &["ACCUSE", "MOBILIZE", "AGREE", "COERCE", "SANCTION"],
        22,
        19,
    );
    println!("{}", total.with_traps());
    println!("{}", total.parties());
    let (category, dyad, precision) = (total.category(), total.dyad(), total.precision());
    // First run, before any change (session 26; the honest estimate): category 7/24
    // (0.29), dyad 7/24 (0.29), precision 8/25 (0.32), 3 of 19 NONE lines coded. By
    // section: blame, wrongs and bad names 4/12 (the human shields coded as the act alone,
    // "culpable", "criminal", "a massacre" not at all), deployments at home 1/6 (every
    // planned deployment coded THREATEN 138), truces, states of war and organisations left
    // 2/6. Traps coded: "could destabilize the economy" (THREATEN), "criminal
    // organisations" (COERCE), "officers would be deployed at polling stations" (THREATEN).
    // After session 26's lexicon (frames.txt `[wrongdoing]`: "bore responsibility for" a
    // harm, "culpable", "destabilize", an act called "criminal" or "a massacre", civilians
    // used or held as human shields; events.txt: a ceasefire proposed, a state of war
    // declared, an organisation named by "community" or "OAS" left): category 17/24 (0.71),
    // dyad 0.71, precision 18/32 (0.56), the same 3 of 19 NONE lines coded; blame and
    // wrongs 10/12 ("bore" tagged a noun after a country name; "residents of two villages
    // as human shields"), truces, states of war and organisations left 6/6. The planned
    // deployments at home stay 1/6: keeping a committed deployment that names no adversary
    // as MOBILIZE (not the mirror's 138) coded all five, but it added a wrong event on the
    // held-out stories and was dropped.
    assert!(category >= 0.70, "category found {category:.2} fell");
    assert!(dyad >= 0.70, "dyad right {dyad:.2} fell");
    assert!(precision >= 0.55, "category precision {precision:.2} fell");
    total.assert_none_coded_at_most(3);
}

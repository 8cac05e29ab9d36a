//! Constructions earlier sessions saw coded wrong on the readable sets and left (issue #9,
//! session 27), each one any wire story can have: a country's possessive or adjective before
//! a party name the dictionary gives another country ("Malawi's ruling Democratic
//! Progressive Party"), a person "X-based" somewhere, "no evidence that" an act was done, an
//! ultimatum whose addressee carries a relative aside ("gave the RSF, which control ...,
//! until Friday to"), "the two neighbours" after two named countries, a long object relative
//! before a nominal act ("The sanctions that Britain imposed on ..."), a president meeting the
//! opposition at home, the goal of a march taken for the police's target, a decade dating
//! one phrase ("in the 1980s"), "bore" after a country, "would review its relations with",
//! and troops pouring into a city after riots. The passages
//! (`tests/noted_constructions_2/paragraphs.txt`) are new sentences on other countries, with
//! look-alikes that must keep their coding, coded by hand before the engine ran on them; the
//! file's header gives the conventions.
//!
//! The test prints each passage coded wrong and the per-section figures, and asserts floors
//! just under the measured figures (raise them as the coder improves, never lower them to
//! pass).

mod common;

use common::paragraph_cases::{score_sections, Counted};

#[test]
fn noted_constructions_2_are_coded_as_news_tells_them() {
    let file = include_str!("noted_constructions_2/paragraphs.txt");
    let total = score_sections(file, Counted::NotNegated, &[], 40, 6);
    println!("{}", total.with_traps());
    println!("{}", total.parties());
    let (category, dyad, precision) = (total.category(), total.dyad(), total.precision());
    // First run, before any change (session 27, main 0b0f4661): category 30/44 (0.68), dyad
    // 21 (0.48), precision 34/71 (0.48), 4 of 6 NONE lines coded, 3 of 4 acts under "no
    // evidence that" coded as done. By section: a country before a party name 6/6 (dyad
    // 1/6: the dictionary's Taiwanese, British, German, Japanese and American parties), a
    // person based abroad 3/5 (dyad 2/5), no evidence that 1/1 (every trap coded), an
    // ultimatum past a relative aside 0/3, the two neighbours 3/4, a long object relative
    // 3/4, a president and the opposition 4/4, the goal of a march 4/4 (dyad 1/4: the
    // building marched on taken as the target), a decade 3/3 (traps clean), "bore" 1/3,
    // reviewing relations 0/3 (coded AGREE 036), troops pouring in 2/4 (ASSAULT 190).
    // After session 27's fixes: category 40/44 (0.91), dyad 40 (0.91), precision 44/74
    // (0.59). The four "no evidence" lines still count as NONE lines coded: the act is
    // coded negated, which `Counted::NotNegated` counts as an event; none is coded as done.
    // Still wrong: "Saad al-Faqih" and "Mohamed Ali ... Mr. Ali" are no person mentions
    // (the "Spain-based" compound acts instead), "the two nuclear-armed rivals" (a
    // hyphenated adjective inside the pair phrase), "Hundreds of Peruvian police" (the
    // count before the adjective hides the party).
    assert!(category >= 0.88, "category found {category:.2} fell");
    assert!(dyad >= 0.88, "dyad right {dyad:.2} fell");
    assert!(precision >= 0.56, "category precision {precision:.2} fell");
    total.assert_none_coded_at_most(4);
    total.assert_no_denied_done();
}

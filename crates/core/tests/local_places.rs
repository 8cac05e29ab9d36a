//! Places below the capital (issue #9, session 17: "village-level places"): state acts,
//! attacks and protests told without their doer, and acts with a named doer, each placed in
//! a town, village, district or province that only the gazetteer may know ("Curfew imposed
//! in Jos", "Two activists were arrested near Walikale", "in Kherson's Beryslav district"),
//! CrisisWatch-style entries headed by their country ("Venezuela. U.S. 3 Feb reimposed oil
//! sanctions"), strikes told in a headline or an "after" phrase ("Explosions reported in
//! Kharkiv after drone attack"), and traps (a place that is a common word or a person's
//! name, a place only named as a destination, history, plans, crimes). The paragraphs
//! (`tests/local_places/paragraphs.txt`) were coded by hand before the engine ran on them;
//! the file's header gives the conventions.
//!
//! The test prints each paragraph coded wrong, then how many expected events were found
//! (category), how many with both scored parties right (dyad), and how many NONE lines coded
//! something; it asserts floors just under the measured figures (raise them as the coder
//! improves, never lower them to pass).

mod common;

use common::paragraph_cases::{parse, score, Counted};

#[test]
fn acts_in_places_below_the_capital() {
    let cases = parse(include_str!("local_places/paragraphs.txt"));
    assert!(cases.len() >= 150, "the task asks for about 155 paragraphs");
    let f = score(&cases, Counted::NotNegated);
    let (category, dyad, none_coded) = (f.category(), f.dyad(), f.none_coded);
    println!("{}", f.with_traps());
    // Floors just under the measured figures. First run, before any change: category
    // 92/149 (0.62), dyad 72/149 (0.48), 1 of 16 NONE lines coded ("Plans for a march in
    // Mandalay next week"); precision 92/105 (0.88). With a country named only through a
    // locative place the gazetteer alone knows given a `Place` mention in the actor stage
    // (the state doer of an agentless arrest, curfew or ban "in Jos"): category 119/149
    // (0.80), dyad 100/149 (0.67); with "in the Tillaberi region" locative: 121 (0.81), 101
    // (0.68); with a CrisisWatch heading country ("Venezuela. U.S. 3 Feb reimposed oil
    // sanctions") the target of a foreign party's act naming none: 121, 103 (0.69); with
    // an act of war named by a noun in an "after" phrase kept with the actor unnamed
    // ("Explosions reported in Kharkiv after drone attack"): category 124/149 (0.83), dyad
    // 106/149 (0.71), precision 124/140 (0.89), 1 of 16 NONE lines coded; with a force of no
    // country of its own sent against unrest aimed at its place's country (convention 13,
    // `assemble::home_force_country`): dyad 108/149 (0.72).
    assert!(category >= 0.82, "category found {category:.2} fell");
    assert!(dyad >= 0.70, "dyad right {dyad:.2} fell");
    assert!(none_coded <= 1, "{none_coded} NONE lines coded an event");
}

//! Conflict-monitor notes III (issue #9, session 17): a fresh blind set of the prose analysts
//! read, written after the first two monitor sets (`monitor_notes.rs`, `conflict_notes.rs`)
//! had been fixed, to tell where the engine stands on monitor prose it has never seen. Six
//! styles, one section each (`tests/monitor_notes_iii/paragraphs.txt`): ACLED-style event
//! descriptions ("On 14 February 2026, JNIM militants attacked a military post in Djibo
//! ..."), CrisisWatch monthly entries (a country heading, "Govt", "Pres.", the date between
//! subject and verb, several acts chained by semicolons), OCHA/UN flash updates, ISW-style
//! daily assessments, Security Council and diplomatic briefings, and one-line live-map
//! items ("Houthis claim drone attack on vessel off Hodeidah"), with a last section of
//! context, tolls, accidents and outlooks that report no act (the traps). The lines were
//! coded by hand before the engine ran on them.
//!
//! A CrisisWatch note of several acts is repeated once per expected act; each line scores
//! one. The precision is therefore measured on the other sections only (a repeated note
//! would count each of its events once per line).

mod common;

use common::paragraph_cases::{parse, score, score_sections, sections, Counted, PLOVER_CATEGORIES};

#[test]
fn monitor_notes_iii_are_coded_as_an_analyst_would() {
    let file = include_str!("monitor_notes_iii/paragraphs.txt");
    // Intended acts (threats, scheduled talks, a suspension announced) are what the lines
    // expect: every event that is not negated counts.
    let total = score_sections(file, Counted::NotNegated, PLOVER_CATEGORIES, 150, 20);
    println!("{}", total.with_traps());
    let (_, crisiswatch) = sections(file)
        .into_iter()
        .find(|(name, _)| name.starts_with("CrisisWatch"))
        .expect("the CrisisWatch section");
    let repeated = score(&parse(&crisiswatch), Counted::NotNegated);
    let of_category = total.events_of_category - repeated.events_of_category;
    let coded = total.events_coded - repeated.events_coded;
    let precision = of_category as f64 / coded.max(1) as f64;
    println!("category precision outside CrisisWatch: {of_category}/{coded} ({precision:.2})");
    let (category, dyad) = (total.category(), total.dyad());
    // First run, before any change (the honest held-out estimate of monitor prose):
    // category 135/160 (0.84), dyad 106/160 (0.66), category precision outside CrisisWatch
    // 119/153 (0.78), NONE lines coded 0 of 21. Per style (category, dyad): ACLED-style
    // descriptions 27/28 (0.96, 0.68), CrisisWatch entries 33/39 (0.85, 0.72), OCHA/UN flash
    // updates 11/16 (0.69, 0.31), ISW-style assessments 17/19 (0.89, 0.74), Security Council
    // and diplomatic briefings 26/30 (0.87, 0.73), live-map items 21/28 (0.75, 0.64).
    // Weakest categories: MOBILIZE 4/7, SUPPORT 2/4, RETREAT 5/7 (dyad 3/7); dyads of
    // REQUEST (3/6) and SANCTION (3/6).
    //
    // Causes of the first run's 25 misses and 29 wrong dyads, largest first (session 17):
    // doers and victims described by a unit, a base or a heading ("Somali National Army
    // base", "junta positions", "Frontier Corps convoy", "Govt and M23 delegations",
    // "international NGOs" read as IGO): 8; recipients of access, aid and demands (aid let
    // in goes to the agency, not the people reached; "the Doha talks" as Qatar; "release of
    // Americans held in Venezuela" to the Americans; "talks on Ukraine"): 8; vocabulary
    // and senses (seized supplies, extended a crossing's opening, reinforced positions,
    // redeploying, endorsed a mission, vetoed, a joint operation, "circle Taiwan"): 8;
    // clauses of a CrisisWatch chain left uncoded (a town seized by name, shelling a camp,
    // a state of emergency extended, warrants suspended, "accused each other"): 6; aerial
    // and drone strikes with the doer or the target in a phrase ("Israeli strikes on Khan
    // Younis kill 11", "launched drones against Ukraine", "military aircraft bombed"): 5;
    // headline syntax without auxiliaries ("Mexican army arrests ...", "Curfew imposed in
    // Jos", "Houthis claim drone attack"): 4; Islamic State provinces, which the actor
    // dictionary codes by their country (ISWAP NGA, IS Mozambique MOZ) where these lines
    // wrote IMG: 3; unnamed doers ("armed men", "a suicide bomber" read as rebels): 3.
    // Fixed: a singular role before a third-person verb and its object is the subject
    // ("Mexican army arrests ..."); an attack noun's `on` place is the target of its verb
    // ("Israeli strikes on Khan Younis kill 11"); a one-word place opening a longer name is
    // no place ("Ben Gurion Airport" was a village in Iran); "international NGOs" are NGO;
    // a vetoed resolution's participle is not the vetoer's demand; a bare "the
    // Secretary-General" is an international organisation's; a town taken by name is an
    // occupation ("Russian forces captured Toretsk", which coded nothing before); forces
    // deployed "in" a foreign place are sent to it. After: category 137/160 (0.86), dyad
    // 110/160 (0.69), precision outside CrisisWatch 121/154 (0.79), NONE lines coded 0 of
    // 21; per style: ACLED 27/28 (0.96, 0.68), CrisisWatch 33/39 (0.85, 0.72), OCHA/UN
    // 11/16 (0.69, 0.38), ISW 17/19 (0.89, 0.74), briefings 27/30 (0.90, 0.77), live-map
    // 22/28 (0.79, 0.71).
    assert!(category >= 0.85, "category found {category:.2} fell");
    assert!(dyad >= 0.68, "dyad right {dyad:.2} fell");
    assert!(precision >= 0.78, "category precision {precision:.2} fell");
    total.assert_none_coded_at_most(0);
}

//! The two sides of a war inside one country (issue #9, session 15: actors across a story).
//! In civil wars and insurgencies both parties carry the same country code (Sudan's army and
//! the RSF, Myanmar's junta and the ethnic armed groups, Colombia's government and the ELN,
//! DR Congo and M23, Mali and JNIM, Haiti's police and gangs); CAMEO tells them apart by
//! sector. Each section of `tests/civil_war_sides/paragraphs.txt` is one way a story names the
//! other side: the pair phrases ("both sides", "the two sides", "the warring parties"), "each
//! other", an act whose other party is the other side of the story's war, pronouns and
//! descriptions across sentences, mediators and aid agencies present in the story, both sides
//! named in the sentence; then traps (a mediator who is no side, a foreign party, an act inside
//! one side, background with no event). Parties are scored with their side (`SDN.GOV`,
//! `SDN.REB`: `common::paragraph_cases`). The paragraphs were coded by hand before the engine
//! ran on them; the file's header gives the conventions.
//!
//! The test prints each paragraph coded wrong, category recall and dyad share per section and
//! per category, and asserts floors just under the measured figures (raise them as the coder
//! improves, never lower them to pass).

mod common;

use common::paragraph_cases::{score_sections, Counted};

const CATEGORIES: &[&str] = &[
    "ACCUSE", "AGREE", "CONSULT", "REQUEST", "REJECT", "THREATEN", "COERCE", "RETREAT", "AID",
    "ASSAULT",
];

#[test]
fn the_two_sides_of_a_civil_war() {
    let total = score_sections(
        include_str!("civil_war_sides/paragraphs.txt"),
        Counted::NotNegated,
        CATEGORIES,
        100,
        6,
    );
    println!("{}", total.with_traps());
    let (category, dyad) = (total.category(), total.dyad());
    // Floors just under the measured figures. First run, before any change (the honest
    // held-out estimate): category 91/115 (0.79), dyad 60/115 (0.52), category precision
    // 123/187 (0.66), NONE lines coded 3 of 6. Weakest: the pair phrases ("both sides",
    // "the two sides", "the warring parties": category 4/19, dyad 0/19), since the story's
    // pair was keyed by country code and both sides of a civil war carry the same one;
    // mediators and aid agencies in the story (dyad 10/19); the other side as an unnamed
    // recipient (dyad 9/18). Two lines of the first run were coded SANCTION for imposed
    // sanctions against the header's own convention (COERCE 163) and were corrected after
    // it; the engine coded both COERCE. After keying the story's pairs by the party
    // (`Doc::party_key`: country and side) and taking a party's mention with its sector
    // ("Myanmar's military", not "Myanmar"): category 102, dyad 75; after "the rival
    // forces" as a pair phrase, an armed group's officers taking its sector ("RSF
    // commanders") and the two parties after "between" in a sentence naming a host or
    // broker too ("talks in Jeddah between the Sudanese army and the RSF"): category
    // 109/115 (0.95), dyad 82/115 (0.71), precision 161/222 (0.73), NONE lines coded 3 of 6
    // (talks "held on and off since 2016", a coup of 2021, blockades as background).
    assert!(category >= 0.94, "category found {category:.2} fell");
    assert!(dyad >= 0.70, "dyad right {dyad:.2} fell");
    total.assert_none_coded_at_most(3);
}

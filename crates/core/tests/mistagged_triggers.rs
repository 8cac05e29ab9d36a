//! Noun/verb twins in the positions that trip a tagger (session 25): "attack", "raid",
//! "strike", "shell", "protest", "demand", "call", "pledge", "arrest", "vow", "threat",
//! "fire", "mass", "march", "clash", "talks" read as a present-tense verb in a lowercase
//! headline after a plural subject, a name or a number, as a verb after a dateline or a
//! quotation or inside a coordination, as a participle in a reduced relative or fronted
//! before its subject, and as a noun after an "X-led" compound, in a compound ("peace talks",
//! "drone strikes") or as the subject of a verb ("the attack claimed", "strikes hit"), with
//! traps where the noun reading is right and no political event is told. The held-out stories
//! lose more events to the trigger's tag than the readable ones do (session 25: 21 of 169
//! misses with nothing coded, against 4 of 83 on dev). The passages
//! (`tests/mistagged_triggers/paragraphs.txt`) were coded by hand before the engine ran on
//! them; the file's header gives the conventions, each section one position.
//!
//! The test prints each passage coded wrong, the category recall and dyad share per
//! section, and asserts floors just under the measured figures (raise them as the coder
//! improves, never lower them to pass).

mod common;

use common::paragraph_cases::{score_sections, Counted};

#[test]
fn triggers_in_positions_that_trip_the_tagger_are_coded() {
    let total = score_sections(
        include_str!("mistagged_triggers/paragraphs.txt"),
        Counted::NotNegated,
        &[
            "ASSAULT", "COERCE", "PROTEST", "ACCUSE", "REQUEST", "THREATEN", "AGREE", "CONSULT",
            "MOBILIZE",
        ],
        40,
        10,
    );
    println!("{}", total.with_traps());
    let (category, dyad, precision) = (total.category(), total.dyad(), total.precision());
    // Floors just under the measured figures. First run, before any change (the honest
    // held-out estimate): category 39/42 (0.93), dyad 35/42 (0.83), precision 44/46 (0.96),
    // no trap of 12 coded. The tagger read every ambiguous trigger here as its position
    // asks; the misses are the slots' ("U.N. experts call for an inquiry into killings": a
    // call with no one asked; "fresh clashes along the Armenian-Azerbaijani border": no
    // party in the phrase) and one pattern's ("Tuesday's strike by Kenyan doctors" coded as
    // a military strike, the possessor a day). Unchanged by the same session's narrowing
    // of the adjective-tagged participle's verb reading. After the lead's fix for the last
    // (a time word before "'s" owns no act: the line wanting a possessor does not match):
    // category 40/42 (0.95), dyad 36/42 (0.86), precision 45/46 (0.98).
    assert!(category >= 0.92, "category found {category:.2} fell");
    assert!(dyad >= 0.82, "dyad right {dyad:.2} fell");
    assert!(precision >= 0.95, "category precision {precision:.2} fell");
    total.assert_none_coded_at_most(0);
}

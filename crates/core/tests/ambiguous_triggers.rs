//! Event words whose part of speech is ambiguous (issues #9, #10; session 13): noun/verb
//! twins of news ("strikes", "attacks", "raids", "shells", "bombs", "calls", "demands",
//! "claims", "talks", "pledges", "vows", "backs", "aids", "arrests", "protests", "rallies",
//! "clashes", "threats", "curbs", "bans", "cuts", "hits", "blasts", "slams", "targets"),
//! read as verbs in Title Case and lowercase headlines and body copy, and as nouns after a
//! determiner, a possessive or a country adjective, with traps where the word is no
//! political event (sports, markets, weather, prices, a campaign rally, jobs). The
//! passages (`tests/ambiguous_triggers/paragraphs.txt`) were coded by hand before the
//! engine ran on them; the file's header gives the conventions, each section one shape.
//!
//! The test prints each passage coded wrong, the category recall and dyad share per
//! section, and asserts floors just under the measured figures (raise them as the coder
//! improves, never lower them to pass).

mod common;

use common::paragraph_cases::{score_sections, Counted};

#[test]
fn ambiguous_trigger_words_are_coded() {
    // Vows, threats, pledges and plans are what several lines expect, so every event not
    // negated is counted.
    let total = score_sections(
        include_str!("ambiguous_triggers/paragraphs.txt"),
        Counted::NotNegated,
        &[
            "ASSAULT", "COERCE", "PROTEST", "ACCUSE", "REQUEST", "THREATEN", "SUPPORT", "SANCTION",
            "CONSULT", "AID", "AGREE", "MOBILIZE", "REJECT",
        ],
        120,
        15,
    );
    println!("{}", total.with_traps());
    let (category, dyad, precision) = (total.category(), total.dyad(), total.precision());
    // Floors just under the measured figures. First run, before any change (the honest
    // held-out estimate): category 120/145 (0.83), dyad 109/145 (0.75), precision 129/142
    // (0.91), 1 trap of 22 coded (a party's campaign rally read as a protest). Of the 25
    // lines missing their category, 6 died of the trigger's tag ("Venezuela Arrests Aide":
    // arrests/NNS before a role noun read as a verb; "Police Arrest", "police arrest 40",
    // "workers strike over": a base form after a plural subject read as a compound noun)
    // and 2 of a verb pattern's act told as a noun after a possessive ("Israel's strikes
    // on", "Washington's backing of"). After the tag corrections (a base form after a
    // plural subject or "police", a role noun after a headline verb, "police" kept as the
    // subject of "police arrest 40"; two of the six still miss for other causes: "French
    // rail workers" find no country, "Chinese Firms" are businesses), the possessor's
    // strikes on a party as a noun pattern and no protest at a campaign rally: category
    // 125/145 (0.86), dyad 114/145 (0.79), precision 134/146 (0.92), no trap coded. (A
    // possessor's "backing of" as SUPPORT was tried and reverted: on the dev stories it is
    // a standing stance told as background, "Ankara's backing of the Muslim Brotherhood
    // during the Arab Spring".)
    assert!(category >= 0.86, "category found {category:.2} fell");
    assert!(dyad >= 0.78, "dyad right {dyad:.2} fell");
    assert!(precision >= 0.91, "category precision {precision:.2} fell");
    total.assert_none_coded_at_most(0);
}

//! Real-style headlines (issue #9, session 18): original headlines in the manner of AP,
//! Reuters, AFP and VOA headline writers, all 16 categories and every region, in the
//! grammar that breaks a parser: present tense for past acts ("Russia pounds Kharkiv"),
//! "to" + verb plans ("Blinken to visit Beijing"), dropped articles and auxiliaries ("Five
//! killed in Kabul suicide bombing"), nouns stacked as events ("Iran-US nuclear talks
//! resume"), "X:" and quote headlines ("Zelensky: Russia must pay"), "X says Y" headlines and
//! verbs that are also nouns ("Kenyan doctors strike", "UN calls for probe"), plus traps
//! (features, explainers, statistics, sport, markets, accidents) and denied acts. The
//! headlines (`tests/headlines_real/paragraphs.txt`) were written and coded by hand before
//! the engine ran on them; the file's header gives the conventions.
//!
//! The test prints each headline coded wrong, the category recall and dyad share per section
//! and per category, and asserts floors just under the measured figures (raise them as the
//! coder improves, never lower them to pass).

mod common;

use common::paragraph_cases::{score_sections, Counted, PLOVER_CATEGORIES};

#[test]
fn real_style_headlines_are_coded_as_their_stories() {
    // Intents and threats ("Blinken to visit Beijing", "EU to ban Russian gas imports") are
    // what the lines expect: every event that is not negated counts.
    let total = score_sections(
        include_str!("headlines_real/paragraphs.txt"),
        Counted::NotNegated,
        PLOVER_CATEGORIES,
        200,
        25,
    );
    println!("{}", total.with_traps());
    let (category, dyad, precision) = (total.category(), total.dyad(), total.precision());
    // First run, before any change (the honest held-out estimate): category 152/221 (0.69),
    // dyad 141/221 (0.64), category precision 164/198 (0.83), NONE lines coded 0 of 26,
    // denied acts coded as done 0 of 2. By section: present tense 37/43, "to" + verb 17/25,
    // dropped auxiliaries 17/25, stacked nouns 12/20, colons and quotes 6/25, "X says Y"
    // 15/22, verbs that are also nouns 34/41, two-clause headlines 14/18. Weakest
    // categories: REJECT 4/10, ACCUSE 9/19, THREATEN 7/14, COOPERATE 3/6. After a one-line
    // headline's state acts with no place take the one country it names
    // (`context::headline_country`: "Hong Kong activist jailed"): category 153/221 (0.69),
    // dyad 142/221 (0.64), precision 165/199 (0.83), 0 of 26 traps, 0 of 2 denied acts.
    // After a missile fired "into sea" is a test (the attack patterns' exclusions take the
    // article-less forms), a wrong's predicate with its copula dropped accuses the party
    // before it ("Germany: Russian hackers behind attack") with the colon's label as sayer,
    // and an attack a state reports with no target was aimed at it ("Ukraine says Russia
    // launched 200 drones"): category 157/221 (0.71), dyad 149/221 (0.67), precision
    // 169/202 (0.84), 0 of 26 traps, 0 of 2 denied acts. After a headline's plural event
    // noun before a bare occurrence verb stays the noun ("Russia-Ukraine talks open in
    // Istanbul", `syntax::event_nouns_before_occurrence_verbs`): category 158/221 (0.71),
    // dyad 150/221 (0.68), precision 170/203 (0.84), 0 of 26, 0 of 2.
    assert!(category >= 0.70, "category found {category:.2} fell");
    assert!(dyad >= 0.66, "dyad right {dyad:.2} fell");
    assert!(precision >= 0.83, "category precision {precision:.2} fell");
    total.assert_no_denied_done();
    total.assert_none_coded_at_most(0);
}

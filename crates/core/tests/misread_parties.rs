//! Parties misread as states or missed (issue #9, section 3): sports clubs and national
//! teams ("Real Madrid", "the Brazil coach") are no state; monarchs named without their
//! country ("King Willem-Alexander") are their state; definite descriptions of a country
//! named before ("the North", "the island", "the kingdom", "the Gulf state") are that
//! country; and a headline's present verb after a subject with a prepositional phrase
//! ("Rebels in Nigeria announce ...") is the verb. The paragraphs
//! (`tests/misread_parties/paragraphs.txt`) were coded by hand before the engine ran on
//! them, with controls where the city, royal or description is right as written.
//!
//! The test prints each paragraph whose event or dyad is wrong, the figures per section,
//! and asserts floors just under the measured figures (raise them as the coder improves,
//! never lower them to pass).

mod common;

use common::paragraph_cases::{score_sections, Counted};

#[test]
fn clubs_royals_country_descriptions_and_headline_verbs_name_the_right_parties() {
    let total = score_sections(
        include_str!("misread_parties/paragraphs.txt"),
        Counted::Done,
        &[],
        45,
        15,
    );
    let (category, dyad, precision) = (total.category(), total.dyad(), total.precision());
    println!(
        "misread_parties: category {}/{} ({category:.2}), dyad {}/{} ({dyad:.2}), precision \
         {precision:.2}, {} of {} NONE lines coded",
        total.found,
        total.expected,
        total.dyad_ok,
        total.expected,
        total.none_coded,
        total.none_lines
    );
    // Floors just under the measured figures. First run, before any change: category 39/52
    // (0.75), dyad 29/52 (0.56), precision 41/58 (0.71), 1 of 16 NONE lines coded ("The
    // Argentina captain praised the France goalkeeper": 051 ARG>FRA). Sports 1 of 16 NONE
    // coded, monarchs dyad 11/17, descriptions category 5/14 dyad 2/14, headlines 10/14 dyad 9/14.
    // With the reigning monarchs added to people.txt, descriptions naming a form of state
    // ("the kingdom", "the island") restricted to countries of that form, and "the North" /
    // "the South" read as the country whose name begins with the word (or the other half
    // of the divided country named): category 43/52 (0.83), dyad 40/52 (0.77), monarchs
    // dyad 17/17, descriptions category 9/14 dyad 7/14; still 1 of 16 NONE coded. With a
    // headline word tagged IN that is no preposition (words.txt `[prepositions]`) read as
    // the verb: category 44/52 (0.85), dyad 41/52 (0.79), headlines 11/14.
    assert!(category >= 0.84, "category found {category:.2} fell");
    assert!(dyad >= 0.78, "dyad right {dyad:.2} fell");
    total.assert_none_coded_at_most(1);
}

//! Everyday senses of political verbs (session 21, precision): journalists asking
//! questions ("reporters asked whether Iran had supplied drones") are no appeal; a bloc's
//! members named by role are the bloc and a place after "in" is where a meeting was ("met
//! G7 foreign ministers in Canada"); a crowd gathered for a market, a match or to receive
//! aid is no demonstration; releasing video, a report or a song is publication, not a
//! release of people or property. Each section also holds the real acts the same verbs
//! tell ("asked Iran to release", "gathered outside parliament to demand", "released 20
//! prisoners"). The passages (`tests/not_political_senses/paragraphs.txt`) were written
//! and coded by hand before the engine ran on them; the file's header gives the
//! conventions.

mod common;

use common::paragraph_cases::{score_sections, Counted};

#[test]
fn everyday_senses_are_not_coded_as_political_acts() {
    let total = score_sections(
        include_str!("not_political_senses/paragraphs.txt"),
        Counted::NotNegated,
        &["REQUEST", "CONSULT", "PROTEST", "RETREAT"],
        15,
        15,
    );
    let (category, dyad) = (total.category(), total.dyad());
    // First run, on main before the session-21 fixes: category 16/16, dyad 14/16 ("met G7
    // foreign ministers in Canada" took Canada as the recipient; frozen funds released
    // with no owner); NONE lines coded 8 of 20 (reporters' and correspondents' questions
    // as REQUEST and ACCUSE, an "if" question's tanks as AGREE, crowds at a market, a
    // match and an aid distribution as PROTEST, a video released as RETREAT). After:
    // category 16/16 (1.00), dyad 15/16 (0.94), NONE lines coded 0 of 20.
    assert!(category >= 0.95, "category found {category:.2} fell");
    assert!(dyad >= 0.90, "dyad right {dyad:.2} fell");
    total.assert_none_coded_at_most(0);
}

//! Acts whose doer or recipient phrase names no party (session 31, h/noparty31, issue #9):
//! session 30's classification of the readable golden events with nothing coded put the
//! doer phrase that names no party (pronouns, definite descriptions of a group, domestic
//! bodies with no country written, officials) and the recipient the coder needs but the
//! sentence does not name (offers, pledges, appeals to "both sides", welcomes, apologies)
//! at the top. The passages (`tests/noparty_wire/passages.txt`) are short wire items of two
//! or three sentences, or a headline and a body, where the party must come from the sentence
//! before, the headline, the dateline, an organisation named earlier or the story's one
//! pair; the last section holds look-alikes where no party may be invented. They were
//! written and coded by hand before the engine ran on them; the file's header gives the
//! conventions.
//!
//! The test prints each passage coded wrong, then per section the category recall and the
//! dyad share, and asserts floors just under the measured figures (raise them as the coder
//! improves, never lower them to pass).

mod common;

use common::paragraph_cases::{score_passage_sections, Counted};

#[test]
fn parties_named_outside_the_sentence_of_the_act() {
    let total = score_passage_sections(
        include_str!("noparty_wire/passages.txt"),
        Counted::NotNegated,
        49,
        12,
    );
    let (category, dyad, precision) = (total.category(), total.dyad(), total.precision());
    // First run, before any change (session 31, commit 7fadaba3; the honest estimate):
    // category 38/49 (0.78), dyad 38/49 (0.78), precision 46/74 (0.62), 2 of 12 look-alikes
    // coded (charities' offer of food to families, a government's pledge of tax cuts at
    // home). By section: pronouns 6/8, organisations named before 6/7, domestic bodies
    // under a dateline 8/10, pairs 5/6, offers and aid 5/7, appeals, welcomes and
    // apologies 5/7, headlines 3/4. After session 31 (a reported "it" after a dateline is
    // the state body that says it; "the help" welcomed points back to the aid told
    // before; "commerce", "economy", "energy", "industry" as portfolios before a role):
    // category 41/49 (0.84), dyad 41/49 (0.84), precision 49/77 (0.64), 2 of 12 look-alikes.
    // Left: a headline's party for a body's "its flooded neighbour", "it" after a reported
    // sentence whose sayer closes it ("..., the State Department says. On Monday it
    // called"), "they" after "Later in the day", vocabulary ("promised to cover the wage
    // bill"), and three lines whose category the coder reads otherwise by convention.
    assert!(category >= 0.83, "category found {category:.2} fell");
    assert!(dyad >= 0.83, "dyad right {dyad:.2} fell");
    assert!(precision >= 0.63, "category precision {precision:.2} fell");
    total.assert_none_coded_at_most(2);
}

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
    // Floors not yet measured: the file is committed blind, before the engine ran on it.
    assert!(category >= 0.0, "category found {category:.2} fell");
    assert!(dyad >= 0.0, "dyad right {dyad:.2} fell");
    assert!(precision >= 0.0, "category precision {precision:.2} fell");
}

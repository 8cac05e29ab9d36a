//! Who did it to whom across a story (issue #9, session 32, dyads32): short wire passages
//! whose scored event names a party only through the story's context (a title, surname or
//! role referring back; "the government", "the foreign ministry", police under a dateline;
//! "both sides", "the two countries"; "its neighbour"; a reaction to an act told before; a
//! spokesman with no country; a party's or bloc's officials named by their office), with
//! look-alikes where the context must not be taken (`tests/story_dyads/passages.txt`, its
//! header gives the conventions). Written and coded by hand before the engine ran on them.
//!
//! The test prints each passage coded wrong and the figures per section, and asserts floors
//! just under the measured figures (raise them as the engine improves, never lower them to
//! pass).

mod common;

use common::paragraph_cases::{score_passage_sections, Counted};

#[test]
fn story_context_decides_who_did_it_to_whom() {
    let total = score_passage_sections(
        include_str!("story_dyads/passages.txt"),
        Counted::NotNegated,
        50,
        0,
    );
    let (category, dyad, precision) = (total.category(), total.dyad(), total.precision());
    // Floors just under the measured figures. Blind set (54 event lines in 47 passages),
    // committed before the engine ran on it (ef57649d). First run, main 0bd735e0 before any
    // change of session 32's dyads32: category 53/54 (0.98), dyad 50/54 (0.93), precision
    // 64/127 (0.50: the passages' other events, a summons beside the demand, count against
    // it); actor 51/53, recipient 52/53. Wrong: "accusing them of" after an expulsion (no
    // ACCUSE), "called the launches a serious threat" (no recipient: the naming verb's
    // object was read on to "threat"), "The spokesman, Teuku Faizasyah," (Australia's: only
    // "A spokesman, NAME," spoke for the party opening the sentence before), "Its
    // secretary-general" of Zambia's opposition party (read as the state's). As with
    // session 30's `dyads_wire` (0.92), a short passage is easier than a golden story.
    // After the session's fixes: category 54/54 (1.00), dyad 54/54 (1.00), precision
    // 65/132 (0.49), actor 54/54, recipient 54/54.
    assert!(category >= 0.98, "category found {category:.2} fell");
    assert!(dyad >= 0.98, "dyad right {dyad:.2} fell");
    assert!(precision >= 0.47, "precision {precision:.2} fell");
}

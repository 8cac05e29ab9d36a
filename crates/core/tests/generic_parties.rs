//! Who did it to whom when wire copy names the parties only generically (issue #9,
//! actor/recipient): "police", "the government", "officials", "its forces", "the junta",
//! a dateline or a place fixing the country, foreign forces abroad, and traps where a
//! generic noun ("analysts", "a company", "fans") is mentioned but is no party of the event.
//! The paragraphs (`tests/generic_parties/paragraphs.txt`) were coded by hand before the
//! engine ran on them; the file's header gives the conventions.
//!
//! The test prints each paragraph whose event or dyad is wrong, then: how many events of
//! the expected category were found, actor and recipient agreement on them, the dyad
//! accuracy (an event of the category with both scored parties right, over all
//! paragraphs), and the same ignoring the category; and asserts floors just under the
//! measured figures (raise them as the coder improves, never lower them to pass).

mod common;

use common::paragraph_cases::{parse, score, Counted};

#[test]
fn generic_parties_take_the_country_an_analyst_gives_them() {
    let cases = parse(include_str!("generic_parties/paragraphs.txt"));
    assert!(
        cases.len() >= 80,
        "the task asks for at least 80 paragraphs"
    );
    let f = score(&cases, Counted::Done);
    let (dyad, dyad_any, actor, recipient) = (f.dyad(), f.dyad_any(), f.actor(), f.recipient());
    // Floors just under the measured figures. First run, before any change: dyad 0.59, on
    // any category 0.66, actor 0.77, recipient 0.75 (0.62/0.66/0.76/0.74 once six category
    // labels followed data/cameo.tsv); after the places, datelines, possessives and
    // story-country work of session 8: 0.83, 0.85, 0.97, 0.93.
    assert!(dyad >= 0.82, "dyad accuracy {dyad:.2} fell");
    assert!(
        dyad_any >= 0.84,
        "dyad accuracy on any category {dyad_any:.2} fell"
    );
    assert!(actor >= 0.96, "actor agreement {actor:.2} fell");
    assert!(recipient >= 0.92, "recipient agreement {recipient:.2} fell");
}

//! Promises, offers, agreements and threats the way wire copy tells them (issue #9,
//! section 1: AGREE 03x and THREATEN 13x): "offered to mediate", "pledged to provide",
//! "promised Pakistan a deposit", "agreed in principle to", "announced plans to", "stands
//! ready to", "expressed willingness to", "will visit", "threatened to expel", "warned it
//! would retaliate", "vowed to crush", "gave X 72 hours to", "will ... unless". The
//! passages (`tests/commitments/paragraphs.txt`) were coded by hand before the engine ran
//! on them; the file's header gives the conventions, and each of its sections is one
//! family of phrasings. Its traps are warnings, forecasts and promises that are no
//! political event (storms, the economy, companies to customers).
//!
//! The test prints each passage coded wrong, then for each section and each category the
//! category recall (an event of the expected category) and the dyad share (an event of
//! the category with both scored parties right), and asserts floors just under the
//! measured figures (raise them as the coder improves, never lower them to pass).

mod common;

use common::paragraph_cases::{score_sections, Counted};

#[test]
fn commitments_and_threats_are_coded_with_their_parties() {
    // Offers, pledges and threats are intents: what the lines expect, so intents count.
    let total = score_sections(
        include_str!("commitments/paragraphs.txt"),
        Counted::NotNegated,
        &["AGREE", "THREATEN", "SUPPORT"],
        100,
        15,
    );
    println!("{}", total.with_traps());
    let (category, dyad) = (total.category(), total.dyad());
    // Floors just under the measured figures. First run, before any change (the honest
    // held-out estimate): category 93/112 (0.83), dyad 89/112 (0.79), precision 112/130
    // (0.86), no NONE line of 17 coded (AGREE 57/67 and 53/67, THREATEN 33/42 and 33/42,
    // SUPPORT 3/3).
    assert!(category >= 0.82, "category found {category:.2} fell");
    assert!(dyad >= 0.78, "dyad right {dyad:.2} fell");
    assert!(
        total.none_coded == 0,
        "{} NONE lines coded an event",
        total.none_coded
    );
}

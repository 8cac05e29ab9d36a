//! Everyday wire vocabulary for the six categories the held-out golden stories lose most
//! (issue #9, session 16): ACCUSE ("slammed", "lashed out at", "took aim at", "faulted",
//! "castigated", "decried", "pinned the blame on", "pointed the finger at", "took X to the
//! International Court of Justice", "launched a probe into"), COERCE ("rounded up", "took
//! into custody", "placed under house arrest", "barred", "outlawed", "slapped sanctions
//! on", "blacklisted", "deported", "shut down", "imposed a curfew"), REJECT ("spurned",
//! "brushed aside", "rebuffed", "poured cold water on", "scoffed at", "waved off"),
//! CONSULT ("held talks", "conferred", "sat down with", "huddled with", "rolled out the red
//! carpet for"), AGREE ("pledged", "undertook to", "signalled readiness", "gave
//! assurances", "consented to") and SUPPORT ("threw its weight behind", "voiced support
//! for", "came to X's defence", "inked", "gave its blessing to"). The passages
//! (`tests/everyday_vocabulary/paragraphs.txt`, 208 events and 21 NONE traps) were written
//! and coded by hand before the engine ran on them and without reading the lexicon; the
//! file's header gives the conventions.
//!
//! The test prints each passage coded wrong, then for each section and each category the
//! category recall (an event of the expected category) and the dyad share (an event of
//! the category with both scored parties right), and asserts floors just under the
//! measured figures (raise them as the coder improves, never lower them to pass).

mod common;

use common::paragraph_cases::{score_sections, Counted};

#[test]
fn everyday_vocabulary_is_coded_with_its_parties() {
    // Pledges, offers and announced meetings are intents, so those count.
    let total = score_sections(
        include_str!("everyday_vocabulary/paragraphs.txt"),
        Counted::NotNegated,
        &["ACCUSE", "COERCE", "REJECT", "CONSULT", "AGREE", "SUPPORT"],
        200,
        20,
    );
    let (category, dyad) = (total.category(), total.dyad());
    // First run, before any change (the project's estimate of held-out accuracy on this
    // vocabulary): category 184/208 (0.88), dyad 173/208 (0.83); events coded 286, of the
    // line's category 219 (0.77); NONE lines coded 4 of 21 (investors "brushed aside"
    // worries, farmers "rounded up" sheep, a carmaker "sued" its former chief, football
    // captains "met" in a final). Per category (category, dyad): ACCUSE 46/55 0.84 0.80,
    // COERCE 37/38 0.97 0.92, REJECT 25/30 0.83 0.77, CONSULT 27/30 0.90 0.83, AGREE 25/30
    // 0.83 0.73, SUPPORT 24/25 0.96 0.96. After the session-16 vocabulary (jibes "taken at"
    // a party, courts ordering people held, visitors received, "turned his back on",
    // "spoke in favour of", "took aim at" no longer read as an occupation): category 190/208
    // (0.91), dyad 178/208 (0.86); events coded 290, of the line's category 226 (0.78);
    // NONE lines coded 4 of 21; ACCUSE 47/55 0.85 0.82, COERCE 38/38 1.00 0.95, REJECT
    // 26/30 0.87 0.80, CONSULT 28/30 0.93 0.87, AGREE 26/30 0.87 0.73, SUPPORT 25/25 1.00
    // 1.00. Most lines still wrong are party resolution, not vocabulary (a law society, a
    // congressional inquiry, "the visiting head of the IMF", "the Security Council's Western
    // members" are no party; "India's foreign ministry rejected as "absurd" ..." loses its
    // subject to the quotation).
    assert!(category >= 0.90, "category found {category:.2} fell");
    assert!(dyad >= 0.85, "dyad right {dyad:.2} fell");
    total.assert_none_coded_at_most(4);
}

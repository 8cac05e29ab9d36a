//! Coercion and sanctions the way wire copy tells them (issue #9: COERCE, CAMEO 163 and
//! 170-174): "slapped sanctions on", "added to the entity list", "froze the assets of",
//! "took into custody", "rounded up", "picked up", "charged with", "handed a jail term",
//! "placed under house arrest", "raided the offices of", "seized a tanker", "impounded",
//! "revoked the licence", "shut down", "blocked access to", "throttled the internet",
//! "imposed a curfew", "declared martial law", "deported", "expelled the journalist",
//! "barred from leaving". The passages (`tests/wire_coercion/paragraphs.txt`) were coded
//! by hand before the engine ran on them; the file's header gives the conventions, and each
//! of its sections is one family of phrasings.
//!
//! The test prints each passage coded wrong, then for each section the category recall
//! (an event of the expected category) and the dyad share (an event of the category with
//! both scored parties right), and asserts floors just under the measured figures (raise
//! them as the coder improves, never lower them to pass).

mod common;

use common::paragraph_cases::{score_sections, Counted};

#[test]
fn wire_coercion_is_coded_with_its_parties() {
    // Every line tells an act as done: an event the coder frames as intended or denied is
    // not the act the line expects.
    let total = score_sections(
        include_str!("wire_coercion/paragraphs.txt"),
        Counted::Done,
        &[],
        70,
        10,
    );
    let (category, dyad) = (total.category(), total.dyad());
    // Floors just under the measured figures. First run, before any change (the honest
    // held-out estimate): category 70/78 (0.90), dyad 55/78 (0.71), one NONE line of ten
    // coded (a school district's ban on phones read as 172). After the session-9 work
    // (sanctions reinstated, trade frozen with a country, placed under house arrest,
    // handed a jail term; the party of a count's or member noun's of-phrase, "sanctions on
    // two of Russia's largest oil producers"; a school as a private party; a curfew or
    // state of emergency on the actor's own country; what is seized belongs to its
    // adjective's country, not to the place after it; people of no stated country are
    // deported to their own): 73/78 (0.94), 65/78 (0.83), no NONE line coded.
    assert!(category >= 0.93, "category found {category:.2} fell");
    assert!(dyad >= 0.82, "dyad right {dyad:.2} fell");
    total.assert_none_coded_at_most(0);
}

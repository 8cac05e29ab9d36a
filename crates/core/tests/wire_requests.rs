//! Appeals and requests the way wire copy tells them (issue #9: REQUEST, CAMEO 02x appeals
//! and 10x demands): "urged X to", "called on X to", "pressed X to", "implored", "called
//! for restraint", "appealed for international help", "pleaded with", "renewed its call
//! for", "asked X for", "requested", "sought asylum / the extradition of", "petitioned",
//! "lobbied", "wants X to", "X must / should ..., Y said", "made a request", "a plea for",
//! "a letter asking", "invited X to", "requested a meeting with"; and participle clauses
//! ("..., urging X to ..."). The passages (`tests/wire_requests/paragraphs.txt`) were coded
//! by hand before the engine ran on them; the file's header gives the conventions (the
//! recipient is the party asked to act), and each of its sections is one family of
//! phrasings. Demands are also in `wire_conflict_verbal.rs`.
//!
//! The test prints each passage coded wrong, then for each section the category recall
//! (an event of the expected category) and the dyad share (an event of the category with
//! both scored parties right), and asserts floors just under the measured figures (raise
//! them as the coder improves, never lower them to pass).

mod common;

use common::paragraph_cases::{score_sections, Counted};

#[test]
fn wire_requests_are_coded_with_the_party_asked() {
    // An appeal is an act done when it is made, whatever the act it asks for: an appeal
    // the coder frames as intended or hypothetical is not the act the line expects.
    let total = score_sections(
        include_str!("wire_requests/paragraphs.txt"),
        Counted::Done,
        &["REQUEST"],
        90,
        12,
    );
    let (category, dyad) = (total.category(), total.dyad());
    // Floors just under the measured figures. First run, before any change (the honest
    // held-out estimate): category 66/93 (0.71), dyad 63/93 (0.68), NONE lines coded 2 of
    // 12 (a coach urging his players, investors calling for a chief executive to step
    // down); by section: urge / call on 17/18, called for / appealed for 7/16, asked /
    // sought 12/16, the complement's subject and "X must ..., Y said" 8/18, nominal
    // appeals 9/11, invitations 8/9, participle clauses 4/4. After the session-10 work (a
    // modal demand's speaker after a closed quote or an of-phrase, "wants X to" as an
    // appeal, an appeal to appeal in turn, the holder of the appealing party's own people,
    // the party an extradition or a request is sought from, the ombudsman as a state
    // office): 76/93 (0.82), dyad 74/93 (0.80), NONE lines coded 2 of 12. Most of what is
    // left are appeals naming no one asked ("appealed for international help"), which
    // the coder drops: the dev golden stories code no REQUEST without a recipient, and
    // keeping them cost dev precision (measured).
    assert!(category >= 0.81, "category found {category:.2} fell");
    assert!(dyad >= 0.79, "dyad right {dyad:.2} fell");
    total.assert_none_coded_at_most(2);
}

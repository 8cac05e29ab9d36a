//! Demands, refusals and threats the way wire copy tells them (issue #9: REQUEST 10x,
//! REJECT 12x, THREATEN 13x): "demanded", "pressed X to", "insisted that", "called for X's
//! release", "sought X's extradition", "asked X to explain", "issued a demand";
//! "rebuffed", "brushed aside", "dismissed the proposal as", "ruled out", "turned down",
//! "snubbed", "walked out of", "refused to recognise", "vetoed", "blocked a resolution",
//! "said it would not", "rejected calls for"; "warned of consequences", "vowed to
//! retaliate", "threatened to", "said it would respond", "gave X until Friday to", "will
//! face consequences", "signalled it could"; and participle clauses ("..., demanding
//! that ..."). The passages (`tests/wire_conflict_verbal/paragraphs.txt`) were coded by
//! hand before the engine ran on them; the file's header gives the conventions, and each
//! of its sections is one family of phrasings.
//!
//! The test prints each passage coded wrong, then for each section and each category the
//! category recall (an event of the expected category) and the dyad share (an event of
//! the category with both scored parties right), and asserts floors just under the
//! measured figures (raise them as the coder improves, never lower them to pass).

mod common;

use common::paragraph_cases::{score_sections, Counted};

#[test]
fn wire_conflict_verbal_is_coded_with_its_parties() {
    // Threats and ultimatums are told as intents or conditionals, so those count.
    let total = score_sections(
        include_str!("wire_conflict_verbal/paragraphs.txt"),
        Counted::NotNegated,
        &["REQUEST", "REJECT", "THREATEN"],
        70,
        10,
    );
    let (category, dyad) = (total.category(), total.dyad());
    // Floors just under the measured figures. First run, before any change: category
    // 61/78 (0.78), dyad 54/78 (0.69), NONE lines coded 2 of 10 (a footballer refusing a
    // transfer and a bank rejecting a bid, both read as a Spanish REJECT); REQUEST 16/26
    // and 16/26, REJECT 30/30 and 26/30, THREATEN 15/22 and 12/22. After the session-9
    // work (the subjunctive after "demanded that X", the subject of a threat's "if" /
    // "unless" / "after" clause, "would respond firmly to", "warned X it would respond",
    // "gave X until Sunday to ... or face", "despite X's demands"): 68/78 (0.87), 65/78
    // (0.83); REQUEST 20/26 and 20/26, REJECT 30/30 and 27/30, THREATEN 18/22 and 18/22.
    assert!(category >= 0.86, "category found {category:.2} fell");
    assert!(dyad >= 0.82, "dyad right {dyad:.2} fell");
    total.assert_none_coded_at_most(2);
}

//! The claim before its sayer (session 31, h/attribution31, issue #9): accusations,
//! rejections, demands, threats and offers told as a party's own words with the sayer after
//! the claim (", X said", ", according to X", "X said in a statement." at the end), fronted
//! ("According to X, ..."), or a quotation then its speaker; and look-alikes (a war party's
//! plain report of an attack, a journalist's source, an analyst's opinion) that must code
//! only what golden README conventions 2-4 say. Session 31's paraphrase_wire lost half of
//! its moved attributions (10/20); these lines are other countries and acts. The lines
//! (`tests/attribution_wire/lines.txt`) were written and coded by hand before the engine ran
//! on them; the file's header gives the conventions and a `# why:` line each case's reason.
//!
//! The test prints each line coded wrong and the figures, and asserts floors just under the
//! measured figures (raise them as the coder improves, never lower them to pass).

mod common;

use common::paragraph_cases::{score_sections, Counted};

#[test]
fn claims_before_their_sayer() {
    let file = include_str!("attribution_wire/lines.txt");
    let total = score_sections(
        file,
        Counted::NotNegated,
        &[
            "ACCUSE", "REJECT", "REQUEST", "THREATEN", "AGREE", "ASSAULT",
        ],
        60,
        6,
    );
    println!("{}", total.with_traps());
    println!("{}", total.parties());
    let (category, dyad, precision) = (total.category(), total.dyad(), total.precision());
    // First run, before any change (session 31; the honest figure): category 37/60 (0.62),
    // dyad 33/60 (0.55), precision 39/51 (0.76), 0 of 6 NONE lines coded. By section:
    // accusations 12/17, rejections 3/10, demands 6/8, threats 4/8, offers 5/9, look-alikes
    // (the act alone) 7/8 category. Most losses code nothing whichever side the sayer stands
    // (the same lines with the sayer first lose too: "will never accept", "has no legal
    // basis", "stole the election", "will pay a price"): the lexicon's, not the attribution's.
    // The attribution's own: a demand whose sayer is fronted by "According to X," (no actor
    // found) or a long description after the comma (the gate's window too short). After
    // session 31's fix (the source of `according to` speaks for a modal demand, the gate
    // reads 14 words after the comma, "according to a statement from X" names X): category
    // 39/60 (0.65), dyad 35/60 (0.58), precision 41/53 (0.77), 0 of 6 NONE lines coded.
    assert!(category >= 0.64, "category found {category:.2} fell");
    assert!(dyad >= 0.57, "dyad right {dyad:.2} fell");
    assert!(precision >= 0.76, "category precision {precision:.2} fell");
    total.assert_none_coded_at_most(0);
}

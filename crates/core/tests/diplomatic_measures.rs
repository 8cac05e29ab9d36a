//! Diplomatic and economic measures, taken and lifted, the way wire copy tells them (issue
//! #9): ties cut or downgraded, envoys recalled ("ordered its ambassador home", "withdrew its
//! high commissioner"), embassies shut, diplomats expelled or declared persona non grata,
//! missions, inspectors and aid agencies ordered out, aid and loans frozen, sanctions,
//! tariffs, trade halts, asset freezes and blacklists, talks and mediation halted (SANCTION
//! 16x, COERCE 163); threats of them (THREATEN 131x); and their reversal: sanctions lifted
//! (RETREAT 085), inspectors and aid let in (0862/0863), sanctions relief offered (AGREE
//! 0354), relations restored (SUPPORT 05x), demands to lift sanctions (REQUEST 1054), and
//! summonses and formal protests (ACCUSE 114). The passages
//! (`tests/diplomatic_measures/paragraphs.txt`) were coded by hand before the engine ran on
//! them; the file's header gives the conventions, and each of its sections is one family of
//! measures.
//!
//! Each line's category carries the expected CAMEO code (`SANCTION@161`) or its prefix.
//! The test prints each passage coded wrong, the category recall and dyad share per section
//! and per category, then how many of the lines whose category was found carry an event of
//! that category with the expected code; it asserts floors just under the measured figures
//! (raise them as the coder improves, never lower them to pass).

mod common;

use common::paragraph_cases::{codes_agree, score_sections, without_codes, Counted};

const PASSAGES: &str = include_str!("diplomatic_measures/paragraphs.txt");

#[test]
fn diplomatic_measures_are_coded_with_their_parties_and_codes() {
    // Threats, offers and demands are what the lines expect (an intent is an AGREE line's
    // act), so every event not negated counts.
    let total = score_sections(
        &without_codes(PASSAGES),
        Counted::NotNegated,
        &[
            "SANCTION", "COERCE", "THREATEN", "RETREAT", "REQUEST", "AGREE", "SUPPORT", "ACCUSE",
        ],
        100,
        15,
    );
    let (found, agree) = codes_agree(PASSAGES);
    println!("CAMEO code right on {agree} of the {found} lines whose category was found");
    let (category, dyad) = (total.category(), total.dyad());
    let codes = agree as f64 / found.max(1) as f64;
    // Floors just under the measured figures. First run, before any change (the honest
    // held-out estimate): category 107/136 (0.79), dyad 99/136 (0.73), events of the line's
    // category 117 of 145 coded (0.81), CAMEO code right on 100 of 107 (0.93), one NONE
    // line of 17 coded (a school expelling students read as 174); by section: ties cut
    // 16/21, diplomats expelled 8/11, missions and agencies expelled 4/9, aid cut 11/12,
    // sanctions 19/26 (dyad 15), talks halted 5/7, threats 7/8, sanctions lifted 8/10,
    // inspectors and aid let in 7/7, demands 4/5, offers 5/5, relations restored 6/6,
    // summonses 5/6, aid sent 2/3. After the session-11 lexicon work (envoys called or
    // ordered home, an embassy's staff cut, diplomats and aid agencies ordered or asked
    // out, a ban on another country's goods imposed or lifted, the goods' country after
    // `of`/`for`/`from`, communication lines cut, a high commissioner summoned, a
    // country's "military rulers" as its junta, blacklisting firms as 163 rather than an
    // administrative ban): 121/136 (0.89), dyad 116/136 (0.85), code 116 of 121 (0.96).
    // Then the giver named by the adjective in an aid cut's `of` phrase ("the suspension of
    // Japanese aid"), a name before a role across compound nouns ("the OSCE election
    // observers"), a party removed from a sanctions list as the object: 122 (0.90), dyad
    // 119 (0.88), code 117 of 122. Then the place an envoy is called back from, its
    // `from` hung on the particle ("called its ambassador back from Minsk"): 123 (0.90),
    // dyad 120 (0.88), code 118 of 123. Then a bare "the Treasury" as the U.S. or British
    // one by the story's countries: 124 (0.91), dyad 121 (0.89), code 119 of 124. Then a
    // noun heading an armed act only before its next word ("school shooting") no longer
    // makes "a Kenyan high school" an armed doer: no NONE line coded. Then (session 13) the
    // possessor of a SANCTION's direct object as its recipient: 127 (0.93), dyad 124
    // (0.91), code 121 of 127.
    assert!(category >= 0.93, "category found {category:.2} fell");
    assert!(dyad >= 0.91, "dyad right {dyad:.2} fell");
    assert!(codes >= 0.95, "CAMEO code right {codes:.2} fell");
    total.assert_none_coded_at_most(0);
}

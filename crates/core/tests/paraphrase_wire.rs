//! Golden events told in other words (session 31, h/paraphrase31, issue #9): 103 events of
//! the readable golden splits (dev, wire, features) that the engine codes right, drawn at
//! random in proportion to their categories, each told again two ways in the manner of other
//! wire services (another verb or idiom, a nominalisation, a passive with its agent, the
//! attribution moved, a clause between subject and verb, a participle, a title or capital
//! instead of a name). The gap between the golden figure and this one measures how much of
//! the rules is the golden stories' wording rather than news in general. The lines
//! (`tests/paraphrase_wire/lines.txt`) were written and coded by hand before the engine ran
//! on them; the file's header gives the conventions, and a `# why:` line names the golden
//! event each case retells.
//!
//! The test prints each line coded wrong and the figures, by kind of rewording, and asserts
//! floors just under the measured figures (raise them as the coder improves, never lower
//! them to pass).

mod common;

use common::paragraph_cases::{score_sections, Counted, Figures};

/// Scores a file of rewordings (every category a section may hold, events not negated; at
/// least `lines` lines and `look_alikes` look-alikes) and prints its lines coded wrong and its
/// figures.
fn score_and_print(file: &str, lines: usize, look_alikes: usize) -> Figures {
    let total = score_sections(
        file,
        Counted::NotNegated,
        &[
            "ACCUSE",
            "REQUEST",
            "ASSAULT",
            "AGREE",
            "COERCE",
            "SUPPORT",
            "REJECT",
            "CONSULT",
            "PROTEST",
            "SANCTION",
            "THREATEN",
            "RETREAT",
            "AID",
            "COOPERATE",
            "MOBILIZE",
            "CONCEDE",
        ],
        lines,
        look_alikes,
    );
    println!("{}", total.with_traps());
    println!("{}", total.parties());
    total
}

#[test]
fn golden_events_told_in_other_words() {
    let total = score_and_print(include_str!("paraphrase_wire/lines.txt"), 200, 8);
    let (category, dyad, precision) = (total.category(), total.dyad(), total.precision());
    // First run, before any change (session 31; the honest figure): category 168/205
    // (0.82), dyad 146/205 (0.71), precision 199/259 (0.77), 0 of 8 NONE lines coded; the
    // originals are all coded right, so the losses are the rewording's. By kind: another
    // verb or idiom 81/91 (dyad 0.80), nominalisation 8/14 (0.50), passive with agent
    // 30/36 (0.69), attribution moved 10/20 (0.45), clause between subject and verb 13/14
    // (0.71), participle 7/7 (0.86), title or capital for the name 19/23 (0.70). Five of
    // the attribution losses are accusations rewritten as a party's report of the act
    // ("Armenian units shelled ..., Azerbaijan's Defence Ministry said"), which the engine
    // codes as the act reported, a defensible reading. After session 31's changes (a full
    // name opening a sentence before an apposition is a namesake, "turned themselves in",
    // "offered X the use of its ships", rigging the count, "charged that" no police charge,
    // gunmen seizing clergy or pupils, "ruled out ever recognizing"): category 173/205
    // (0.84), dyad 152/205 (0.74), precision 204/263 (0.78), 0 of 8 NONE lines coded.
    assert!(category >= 0.83, "category found {category:.2} fell");
    assert!(dyad >= 0.73, "dyad right {dyad:.2} fell");
    assert!(precision >= 0.77, "category precision {precision:.2} fell");
    total.assert_none_coded_at_most(0);
}

/// The second round (session 32, h/paraphrase32): 100 other golden events coded right, none
/// of those `lines.txt` retells, each told two or three ways, one kind of rewording a section
/// of `paraphrase_wire/still_other_words.txt` (the act as a noun phrase, the sayer moved, an
/// opening participle or clause, a title or description for a party named before, two acts
/// coordinated, a passive with its agent, a rarely seen verb or idiom of the same code), and 8
/// look-alikes. Written and coded by hand before the engine ran on them.
#[test]
fn golden_events_told_in_still_other_words() {
    let total = score_and_print(
        include_str!("paraphrase_wire/still_other_words.txt"),
        200,
        8,
    );
    // First run, before any change (session 32; the honest figure): category 152/206
    // (0.74), dyad 131/206 (0.64), precision 189/292 (0.65), 1 of 8 NONE lines coded ("After
    // talks with his doctors, the singer agreed to cancel": CONSULT). By kind: act as a noun
    // 13/27 (dyad 0.33), sayer moved 37/51 (0.65), opening participle or clause 19/24
    // (0.67), title for a party named before 21/27 (0.70), two acts coordinated 15/17
    // (0.76), passive with agent 24/28 (0.71), rare verb or idiom 23/32 (0.66). By
    // category the losses gather in COERCE (7/16), ACCUSE (20/34), ASSAULT (12/18), AGREE
    // (13/18) and the dyads of MOBILIZE (3/7). After session 32's changes (a passive's
    // plural role subject of several countries, seven idioms, the exclusion scope of a
    // finite -ed verb, a definite role before a third-person verb, a reciprocal noun's
    // `between` on its complement, lowercase titles in a list, a night of an act, a gerund
    // after a preposition framing nothing, a sentence-ending word before a name, a quoted
    // last word of a headline): category 165/206 (0.80), dyad 144/206 (0.70), precision
    // 206/307 (0.67), 1 of 8 NONE lines; noun 16/27, sayer 39/51, opening 19/24, title
    // 22/27, coord 16/17, passive 24/28, rare 29/32.
    let (category, dyad, precision) = (total.category(), total.dyad(), total.precision());
    assert!(category >= 0.79, "category found {category:.2} fell");
    assert!(dyad >= 0.69, "dyad right {dyad:.2} fell");
    assert!(precision >= 0.66, "category precision {precision:.2} fell");
    total.assert_none_coded_at_most(1);
}

/// A proposal refused in the passive ("The proposal was rebuffed by New Delhi") is aimed at
/// its author, told in the sentence before, as the active refusal is. Written after the fix
/// (session 31), as its regression check.
#[test]
fn a_proposal_refused_in_the_passive_goes_to_its_author() {
    for (text, refuser, author) in [
        (
            "ISLAMABAD - Pakistan proposed talks with India on the disputed border. The proposal was rebuffed by New Delhi on Tuesday.",
            "IND",
            "PAK",
        ),
        (
            "BAKU - Azerbaijan proposed a meeting with Armenia in Brussels. The proposal was rejected by Yerevan a day later.",
            "ARM",
            "AZE",
        ),
    ] {
        let record = common::run_on(text, "2026-03-02");
        let rejections: Vec<_> = record.events.iter().filter(|e| e.event == "REJECT").collect();
        assert!(
            rejections.iter().any(|e| common::code(&e.actor) == Some(refuser)
                && common::code(&e.recipient) == Some(author)),
            "{text}: {:?}",
            rejections
                .iter()
                .map(|e| (common::code(&e.actor), common::code(&e.recipient)))
                .collect::<Vec<_>>()
        );
    }
}

/// The phrasings no pattern reads (session 33, h/tail33): golden events of the readable
/// splits missed while no pattern of their category fires in their sentence, grouped by
/// CAMEO code and kind of phrasing, each group told again in new words (other countries,
/// other wording) in `paraphrase_wire/tail33.txt`, one kind of phrasing a section (a
/// predicate adjective or noun, a noun phrase, a verb, an idiom, a phrasal verb), with 22
/// look-alikes. Written and coded by hand before the engine ran on them.
#[test]
fn the_phrasings_no_pattern_reads() {
    let total = score_and_print(include_str!("paraphrase_wire/tail33.txt"), 150, 20);
    // First run, before any change (session 33; the honest figure): category 63/223 (0.28),
    // dyad 54/223 (0.24), precision 67/156 (0.43), 0 of 22 look-alikes coded. By kind: a
    // predicate adjective or noun 15/31 (dyad 0.48), a noun phrase 5/31 (0.13), a verb 25/110
    // (0.18), an idiom 10/31 (0.26), a phrasal verb 8/20 (0.35); by category THREATEN 3/35,
    // SANCTION 3/14, ASSAULT 2/9, AGREE 5/21, REJECT 9/30, ACCUSE 23/63. After session 33's
    // changes (wrongdoing predicates: a plot with its outcome, masterminding, a broken
    // commitment, regrettable steps, deep concern, standards fallen short of; aid under
    // review, tougher measures prepared, all the tools used against a party, an armed force
    // driven out, funding cut off, a step called a bid to rig or silence; "it would take all
    // necessary measures" a party): category 77/223 (0.35), dyad 67/223 (0.30), precision
    // 81/169 (0.48), 0 of 22 look-alikes coded.
    let (category, dyad, precision) = (total.category(), total.dyad(), total.precision());
    assert!(category >= 0.34, "category found {category:.2} fell");
    assert!(dyad >= 0.29, "dyad right {dyad:.2} fell");
    assert!(precision >= 0.47, "category precision {precision:.2} fell");
    total.assert_none_coded_at_most(0);
}

//! Coercion and rejection as real news tells them (issue #9, session 18: COERCE and REJECT,
//! after ACCUSE the categories the held-out VOA stories lose most). 88 COERCE passages
//! (arrests, custody, remands, charges and jail terms by a named agent and told without one;
//! sanctions, blacklists, asset freezes, visa bans and embargoes; bans, closures, licences
//! revoked, internet cut, curfews and emergencies; deportations and expulsions of people;
//! seizures and raids), 54 REJECT passages (proposals, offers, demands and plans rebuffed,
//! spurned, ruled out, shot down or "would not accept"; accusations, reports and criticism
//! dismissed; refusals to release, to ease, to comply; vetoes and defiance of courts) and 23
//! traps (releases, threatened or announced sanctions, talks walked out of, diplomats expelled, and 16 NONE
//! lines: background arrests, running totals, proposed bans, sanctions as a state of affairs,
//! sports bans, crimes with no political party, company decisions, analysts' forecasts)
//! (`tests/coercion_real/paragraphs.txt`, format and conventions in its header). Written in
//! the way wire copy reads (long sentences, attribution, titles and descriptions, context
//! between the acts) and coded by hand before the engine ran on it.
//!
//! Scored as `codebook_ii.rs` scores: each passage is its own document; every event counts
//! except a negated one, which is never a hit. The test prints each line coded wrong (or with
//! another code or wrong parties) with what was coded, then per PLOVER category the recall,
//! CAMEO root share and dyad share, then for the whole file category recall and precision,
//! root share, exact-code share, dyad share and NONE lines coded. It asserts floors just under
//! the measured figures (raise them as the coder improves, never lower them to pass).
//!
//! First run, before any change (the honest held-out estimate): category 131/149 (0.88), CAMEO
//! root 131 (0.88), exact code 101 (0.68), dyad 117 (0.79), precision 142/178 (0.80), NONE
//! lines coded 1 of 16 (a film's plot: "a dissident poet arrested and exiled by the Soviet
//! authorities in the 1970s"). COERCE 74/89 (0.83, dyad 0.78), REJECT 52/54 (0.96, dyad 0.80).
//! Of the 15 COERCE lines missed, 13 coded nothing of the category: phrasings no pattern
//! reaches ("hauled in for questioning", "remanded in custody", "ordered the closure of",
//! "barred from holding public office", "ordered to leave the country", "ordered the
//! confiscation of", "searched the offices of", "added to its trade blacklist"), agentless
//! arrests and jail terms lost ("was arrested ... and accused of", "was sentenced ... to ten
//! years in jail"), police "charged ... with" read as an accusation (111). REJECT missed
//! "said no to" and read "dismissed calls ... to resign" as the resignation (0831). Exact
//! codes: REJECT lines mostly took 120 where the line names what was refused (policy 1232,
//! military cooperation 1212, institutions 1234). One line was coded against the settled
//! choice after the first run: "will impose a 100 percent tariff ... from next week" is an
//! announced act, THREATEN 1312 (frames.txt, "will impose tariffs"), not COERCE 163; the
//! engine had coded it so.
//! Fixed in session 18 (general causes, measured on the dev sets): an agentless act of the
//! state is dated by the sentence's date nearest its trigger, and a date qualifying a noun
//! ("last year's protests") no longer dates the act ("was remanded in custody on Monday
//! after being arrested over the killing of a student during last year's protests"); where the
//! sentence places the act in a country, a patient named only by that country's adjective
//! ("HANOI - A Vietnamese activist was arrested") is held by its own state, X>X, and so are
//! people of no stated country arrested or jailed there (golden README convention 11); a
//! person "ordered to leave the country" is expelled (174, never diplomats or forces). After:
//! category 135/149 (0.91), root 135 (0.91), exact code 105 (0.70), dyad 121 (0.81),
//! precision 146/181 (0.81), NONE lines coded 1 of 16; COERCE 77/88 (0.88, dyad 0.82),
//! REJECT 52/54 (0.96, dyad 0.80). Tried and dropped: "said no to" as a REJECT head (the
//! lexicon keeps "say" out of every event head). Left: "said no to", a dateline the
//! dictionary does not place ("BUJUMBURA -", no longer the capital), a subject tagged as a reduced relative ("Ugandan
//! soldiers hauled in" read as "soldiers [who were] hauled in"), police "charged ... with"
//! read as an accusation (111), "ordered the closure / confiscation of" and "barred from
//! holding public office" whose doer has no country of its own ("Venezuela's comptroller
//! general", "The Commerce Department"), a film's plot coded as an arrest, and the exact
//! REJECT codes (120 where the line names what was refused: 1212, 1232, 1234).

mod common;

use common::paragraph_cases::{parse, score_codebook, Case};

/// Every passage is read as published on this day (a Monday).
const PUBLISHED: &str = "2026-03-02";

#[test]
fn coercion_and_rejection_as_real_news_tells_them() {
    let cases: Vec<Case> = parse(include_str!("coercion_real/paragraphs.txt"));
    let score = score_codebook(&cases, "coercion-real", PUBLISHED, true);
    let (category, root_share, exact, dyad, precision) = score.figures();
    let (all, none_lines, none_coded) = (&score.all, score.none_lines, score.none_coded);
    assert!(
        all.lines >= 145 && none_lines >= 16,
        "the set needs 145 event lines and 16 NONE lines"
    );
    // Floors just under the measured figures (after session 18's fixes; first run in the
    // doc comment).
    assert!(category >= 0.90, "category recall {category:.2} fell");
    assert!(root_share >= 0.90, "CAMEO root share {root_share:.2} fell");
    assert!(exact >= 0.69, "exact code share {exact:.2} fell");
    assert!(dyad >= 0.80, "dyad share {dyad:.2} fell");
    assert!(precision >= 0.80, "category precision {precision:.2} fell");
    assert!(none_coded <= 1, "{none_coded} NONE lines coded an event");
}

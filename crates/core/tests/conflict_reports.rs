//! War reporting without false events (issue #9, precision in conflict stories; session 18,
//! `h/warprec`): original passages of four to five sentences in the manner of wire and
//! conflict-monitor copy, each telling one to four new events (attacks by armed groups told
//! by description, "gunmen", "suspected jihadists", "militants"; state strikes and the
//! reactions to them; deployments, withdrawals, aid and threats) among sentences that are no
//! new event: war statistics and running totals, ongoing fighting, casualty counts with no
//! named agent, habitual acts, analysts' forecasts, history and background, restatements of
//! the day's act, claims of responsibility, interceptions, forces that remain deployed and
//! aid statistics; eight passages tell no new event at all.
//! `tests/conflict_reports/passages.txt` (conventions in its header) was written, coded by
//! hand and committed before the engine ran on it.
//!
//! Scoring as `story_restatements.rs` (`common/event_sets.rs`): each passage's expected
//! events are matched as a multiset on (category, actor code, recipient code); every other
//! coded event is a surplus. The test prints every passage whose coded set is not exactly
//! the expected one, the precision, recall and surplus per passage, and asserts floors just
//! under the measured figures (raise them as the engine improves; never lower them to pass).

mod common;

use common::event_sets::{parse, score_file};
use sitrep_core::Pipeline;

#[test]
fn conflict_reports_code_the_new_events_and_not_the_war_around_them() {
    let file = include_str!("conflict_reports/passages.txt");
    let all = parse(file);
    assert!(all.len() >= 50, "the set shrank");
    let (total, _) = score_file(&Pipeline::new(), file);
    let surplus = total.coded - total.matched;
    let per_passage = surplus as f64 / total.passages as f64;
    println!("surplus events {surplus}, per passage {per_passage:.2}");
    // Floors just under the measured figures. First run, before any change (the honest
    // held-out estimate of precision in conflict stories): precision 84/178 (0.47), recall
    // 84/100 (0.84), exact sets 15/60, surplus 94 events (1.57 per passage); per section
    // armed groups told by description P 0.43 R 0.86, state strikes and reactions P 0.51
    // R 0.76, deployments, withdrawals, aid and threats P 0.56 R 0.92, and 5 events coded
    // on the 8 passages with no new event. The surplus, by cause: about 35 background and
    // history (acts in relative clauses dated to an earlier year, "since the Taliban seized
    // power in August 2021", perfects with running totals, "has killed thousands of
    // civilians over the past decade", noun acts of older wars), about 20 the day's act told
    // again (the doer's own account "said it had killed a commander", the attack's details
    // "burned dozens of homes", "freeing dozens of inmates", interceptions), about 25 other
    // senses of a pattern ("sending residents to shelters" as aid, "confirmed the strike" as
    // a labour strike, "has no plans to go to war" as a visit, "peacekeepers patrolling" as
    // protection, a party's own inquiry as an accusation), the rest wrong parties (a news
    // agency taken for "the group", a defence minister named like Spain's prime minister).
    // After the session's changes (the doer's own reported pluperfect of an attack told
    // before is that attack; a count of a period's dead is a running total, in a perfect,
    // a passive's counted subject or a past with a span; an order to one's own forces is
    // their mobilisation; the purpose of a sending coded as aid is no second act; a news
    // outlet is no "group"; inmates freed in a raid are no release; "go to war" is no
    // visit; "strike" with war words is no labour strike; a force sent after kidnappers is
    // no disaster relief): precision 87/165 (0.53), recall
    // 87/100 (0.87), exact sets 18/60, surplus 78 (1.30 per passage). Acts in "since"
    // clauses and relative clauses dated to an earlier year are still coded: the golden
    // stories code such acts with their date ("Since the United States reimposed
    // sanctions on Iran in 2018", "since April 2025, when Niger recalled its ambassador"),
    // and a rule dropping them cost golden dev hits.
    let (precision, recall) = (total.precision(), total.recall());
    assert!(precision >= 0.52, "precision {precision:.2} fell");
    assert!(recall >= 0.86, "recall {recall:.2} fell");
    assert!(
        per_passage <= 1.32,
        "surplus per passage {per_passage:.2} rose"
    );
}

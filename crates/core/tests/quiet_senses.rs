//! Quiet sentences and their codable look-alikes (session 25, `h/quiet25`): the wrong events
//! of the readable golden sets coded where nothing is expected, sorted by kind, gave the
//! traps of `tests/quiet_senses/paragraphs.txt` (conventions in its header): a trigger word
//! in another sense (an idiom of standing by idle, a reporter's request for comment, crowds
//! in celebration, a market rally, medical care, a court appeal at home), counts of wars and
//! attacks told as history or statistics, forecasts and conditionals; and beside each kind
//! the look-alike that is the news and must still code. Written and coded by hand, and
//! committed, before the engine ran on it. Scored as `background_acts.rs`.
//!
//! First run, before any change (the honest held-out estimate): NONE lines clean 17/21
//! (0.81); event lines category 20/21 (0.95), dyad 19/21 (0.90); events coded as done 31,
//! right 21, surplus 10 (precision 0.68). The traps coded were a count of wars ("fought two
//! wars over Nagorno-Karabakh", mutual ASSAULT), "looking into the report" after "asked for
//! comment" (an investigation with no target), medical care read as aid, and the solidarity
//! a statement of motive names; the look-alikes missed a conditional threat of sanctions
//! ("would impose sanctions ... if its patrols continued") and a protest's parties, and
//! coded a meeting beside a stance and protection beside a request for help. After the
//! session's change (a count of wars is history, `events::counts_wars`): NONE lines clean
//! 18/21 (0.86); category 20/21 (0.95), dyad 19/21 (0.90); done 29, right 21, surplus 8
//! (precision 0.72). Most quiet kinds of the golden sets proved already refused on short
//! lines ("will not stand by while", "did not respond to a request for comment", crowds in
//! celebration, market rallies, an appeal of a ruling); they code in stories through the
//! story's context (a recipient from the sentence before), which these one-line documents
//! lack.

mod common;

use common::background_lines::score_file;
use common::paragraph_cases::ratio;

#[test]
fn quiet_senses_code_nothing_and_their_look_alikes_code() {
    let file = include_str!("quiet_senses/paragraphs.txt");
    let total = score_file(file, "quiet senses");
    assert!(
        total.none_lines >= 20 && total.event_lines >= 20,
        "the set shrank"
    );
    let none_share = ratio(total.none_clean, total.none_lines);
    let category = ratio(total.found, total.event_lines);
    let dyad = ratio(total.dyad, total.event_lines);
    let precision = ratio(total.right, total.done);
    // Floors just under the measured figures (raise them as the engine improves; never
    // lower them to pass).
    assert!(none_share >= 0.85, "NONE lines clean {none_share:.2}");
    assert!(category >= 0.94, "category recall {category:.2}");
    assert!(dyad >= 0.89, "dyad {dyad:.2}");
    assert!(precision >= 0.71, "precision {precision:.2}");
}

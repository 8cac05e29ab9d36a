//! Background acts beside the news (issue #9, precision; session 16, `h/background2`): short
//! wire paragraphs that tell one new act of the story's time beside background a coder does
//! not code: acts in `after`/`before`/`since`/`until`/`when` clauses, `without` + gerund,
//! perfect and perfect progressive states ("has been fighting", "has long backed"), habits
//! ("regularly hosts", "already hosts"), relative clauses recalling history (", which seized
//! power in 2022"), wars named by their beginning, anniversaries, "the first since", and
//! restatements of the lead act; plus lines where such a form is the news (an act of the
//! story's days in an `after` clause or a relative clause, "has fired three missiles since
//! Thursday"). `tests/background_acts/paragraphs.txt` (conventions in its header) was written
//! and coded by hand, and committed, before the engine ran on it.
//!
//! Scoring as `story_background.rs`: an event line expects exactly one event coded as done
//! (two on a mutual `<>` line); every other event coded as done (not intended, hypothetical,
//! denied or negated), and any on a NONE line, is background coded as news, a surplus. The
//! test prints every paragraph with a miss or a surplus (`STORY_BACKGROUND_VERBOSE=1` adds the
//! rules), per section the figures, and asserts floors just under the measured figures.
//!
//! First run, before any change (the honest held-out estimate of how the engine tells
//! background from news): NONE lines clean 37/74 (0.50); event lines category 81/88 (0.92),
//! dyad 78/88 (0.89); events coded as done 187, right 83, background coded as news 104
//! (precision 0.44). After the session's changes (an act under "without" + gerund is not
//! done; a relative clause of an event named by an earlier year is history; habitual spans
//! of several words, "every six months", "most weekends", "in recent years"; a perfect since
//! last year is lasting; a gathering to bury or remember the dead is no protest; the act of
//! a `before`/`until`/`unless` clause under a future, modal or negated verb is a
//! condition): NONE lines clean 44/74 (0.59); category 81/88 (0.92), dyad 78/88 (0.89);
//! done 171, right 83, surplus 88 (precision 0.49).
//!
//! Most of what is left is a past act with a date of its own in a subordinate or relative
//! clause ("their first meeting since Ecuadorian police stormed the Mexican embassy in April
//! 2024", ", whose rebel coalition toppled Assad in December 2024", "a year after Bogota
//! refused"): this file codes them NONE, but the golden and wire stories code such acts
//! with their date (golden README, second wave: "a past act told with its own date is
//! coded"), and a rule dropping them cost golden dev, wire and held-out events. The two
//! conventions disagree; the lead settles which one holds.

mod common;

use common::background_lines::score_file;
use common::paragraph_cases::ratio;

#[test]
fn background_acts_code_nothing_and_the_news_still_codes() {
    let file = include_str!("background_acts/paragraphs.txt");
    let total = score_file(file, "background acts");
    assert!(
        total.none_lines >= 70 && total.event_lines >= 80,
        "the set shrank"
    );
    let none_share = ratio(total.none_clean, total.none_lines);
    let category = ratio(total.found, total.event_lines);
    let dyad = ratio(total.dyad, total.event_lines);
    let precision = ratio(total.right, total.done);
    // Floors just under the measured figures (raise them as the engine improves; never
    // lower them to pass).
    assert!(none_share >= 0.58, "NONE lines clean {none_share:.2}");
    assert!(category >= 0.91, "category recall {category:.2}");
    assert!(dyad >= 0.87, "dyad {dyad:.2}");
    assert!(precision >= 0.48, "precision {precision:.2}");
}

//! What real stories say that is not a new event (issue #9, precision; session 14): wire
//! paragraphs whose habitual or lasting acts ("have carried out joint patrols since
//! January", "has consistently denied"), background named in passing ("since Russia's
//! invasion in 2022", "the 2016 peace agreement"), planned, plotted or refused acts ("had
//! been plotting arson attacks", "has refused to join sanctions", "has not responded"), the
//! contents of a plan ("the plan calls for a withdrawal of troops"), participles inside a
//! noun phrase ("troops promised for the mission", "a decree freezing the assets"), claims
//! of responsibility and restatements of an act already told code nothing, beside
//! paragraphs where the one new event of the day must still be coded next to such
//! background. `tests/story_background/paragraphs.txt` (conventions in its header) was
//! written and coded by hand before the engine ran on it.
//!
//! Scoring: an event line expects exactly one event coded as done (two on a mutual `<>`
//! line): its hit is an event of the category with the scored parties; every other event
//! coded as done (not intended, hypothetical, denied or negated) is a surplus, a false
//! positive, as is any event coded as done on a NONE line. The test prints every paragraph
//! with a miss or a surplus, per section the recall and the surplus, and asserts floors just
//! under the measured figures (raise them as the engine improves; never lower them to pass).

mod common;

use common::background_lines::score_file;
use common::paragraph_cases::ratio;

#[test]
fn background_codes_nothing_and_the_new_event_still_codes() {
    let file = include_str!("story_background/paragraphs.txt");
    let total = score_file(file, "story background");
    assert!(
        total.none_lines >= 70 && total.event_lines >= 50,
        "the set shrank"
    );
    // Floors just under the measured figures. First run, before any change (the honest
    // held-out estimate): NONE lines clean 50/84 (0.60); event lines category 53/55 (0.96),
    // dyad 48/55 (0.87); events coded as done 131, right 52, surplus 79 (precision 0.40);
    // denied acts coded as done 1 (Rwanda "has consistently denied arming the M23": the
    // AID coded is its troops "there only to defend its territory"). After the session's
    // changes (habitual phrases after the object and longer ones, "sporadically", "dozens
    // of times", "almost every week"; a perfect since a year or for years is a lasting act;
    // what a plan or proposal "calls for" is its content; a participle after a noun dated
    // before the story is background): NONE lines clean 61/84 (0.73); category 53/55
    // (0.96), dyad 48/55 (0.87); done 108, right 51, surplus 57 (precision 0.47); denied 1.
    // (The one hit lost, Jenin, was coded from the habitual background "have raided Jenin
    // repeatedly over the past two years"; "repeatedly" is not habitual any more, and the
    // day's air strike names no recipient.)
    // Session 19 (h/fp19) added five NONE lines and one event line (a fronted "since", a
    // "when" clause of a habit, a lasting insurgency, a habitual accusation): NONE lines
    // clean 65/89 (0.73; the one line left is "Kyiv has consistently denied the charge",
    // still coded REJECT); category 56/56, dyad 51/56; done 106, right 54 (0.51).
    // Session 20 (h/left20) added two NONE lines (lasting denials, "has always denied", "has
    // consistently rejected") and two event lines (an act named in a demanded halt, "must stop
    // its missile tests"), all right after its changes: NONE lines clean 68/91 (0.75; "Kyiv has
    // consistently denied the charge" is clean now); category 58/58, dyad 54/58; done 106,
    // right 57 (0.54).
    let none_share = ratio(total.none_clean, total.none_lines);
    let category = ratio(total.found, total.event_lines);
    let dyad = ratio(total.dyad, total.event_lines);
    let precision = ratio(total.right, total.done);
    assert!(none_share >= 0.72, "NONE lines clean {none_share:.2}");
    assert!(category >= 0.94, "category recall {category:.2}");
    assert!(dyad >= 0.85, "dyad {dyad:.2}");
    assert!(precision >= 0.46, "precision {precision:.2}");
    assert!(total.denied_done <= 1, "denied acts coded as done");
}

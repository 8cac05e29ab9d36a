//! Quiet sentences of wire copy, session 31 (issue #9, h/quiet31): a party described by a
//! present-tense relative clause set off by commas ("Iran, which backs the Houthis, ..."),
//! acts arranged or that would have followed and did not happen ("who was to step down",
//! "would have imposed an embargo"), and refugees hosted as a standing state, each beside a
//! twin that tells the act done. The passages (`tests/quiet_wire/session31.txt`) were
//! written and coded by hand before the engine ran on them; the file's header draws the
//! line. Scored strictly as `quiet_wire.rs` is (`common/background_lines.rs`).

mod common;

use common::background_lines::score_file;
use common::paragraph_cases::ratio;

#[test]
fn quiet_sentences_of_session_31_code_nothing_beside_the_news() {
    let file = include_str!("quiet_wire/session31.txt");
    let total = score_file(file, "quiet wire, session 31");
    assert!(
        total.event_lines >= 22 && total.none_lines >= 23,
        "the set shrank"
    );
    let category = ratio(total.found, total.event_lines);
    let dyad = ratio(total.dyad, total.event_lines);
    // Floors just under the measured figures (raise them as the coder improves, never
    // lower them to pass). First run, before any change (session 31): NONE lines clean
    // 10/23 (0.43); category 18/22 (0.82), dyad 18/22; events coded as done 46, right 18,
    // surplus 28 (precision 0.39). The arranged and counterfactual acts were already left
    // uncoded (7 of 8 NONE lines clean); the present-tense relative clauses were coded
    // on 10 of 12 NONE lines and beside every twin's act. After a present-tense relative
    // clause set off by a comma after a party was read as describing it
    // (`events::describing_present_relative`, the verb and an event noun it governs):
    // NONE lines clean 19/23, category 18/22, done 28, surplus 10 (precision 0.64). After
    // a frame's cue verb in such a clause was read as a practice ("Egypt, which is pressing
    // Ethiopia to sign a deal, ...") and a "since" clause the parser hangs on the verb by
    // its mark dated a perfect as a "since" phrase does ("has hosted refugees since the
    // civil war began in 2011"): clean 21/23, done 25, surplus 7 (precision 0.72). After a
    // plural noun after ", which" spelling an event verb's third person before its object
    // was read as that verb ("Russia, which supplies most of Armenia's weapons, delivered
    // aid": the main verb had lost its subject): category 19/22, dyad 19/22, done 26.
    assert!(
        total.none_clean >= 21,
        "NONE lines clean {}",
        total.none_clean
    );
    assert!(category >= 0.85, "category recall {category:.2}");
    assert!(dyad >= 0.85, "dyad {dyad:.2}");
    assert!(total.surplus() <= 7, "surplus {}", total.surplus());
}

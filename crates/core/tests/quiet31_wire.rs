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
    let clean = ratio(total.none_clean, total.none_lines);
    println!("category {category:.2}, NONE lines clean {clean:.2}");
}

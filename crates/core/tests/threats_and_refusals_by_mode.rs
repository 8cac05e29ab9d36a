//! Threats, refusals and accusations by mode (issue #9, session 13): THREATEN 13x (threats to
//! arrest, prosecute, ban, impose curfews or martial law, expel diplomats, cut ties or aid,
//! quit talks, use force; "or else", "unless", "if" and "or face" shapes; ultimatums),
//! REJECT 12x (refusals to release, step down, lift sanctions, withdraw, allow access, meet,
//! mediate, accept a plan or aid; defying a court), ACCUSE 11x and 09x (allegations and
//! claims, investigations, probes and inquiries, lawsuits, complaints to bodies, guilty
//! verdicts). The passages (`tests/threats_and_refusals_by_mode/paragraphs.txt`) were coded
//! by hand before the engine ran on them; the file's header gives the conventions, and each
//! of its sections is one PLOVER mode of one category (NGEC's labels).
//!
//! Every event counts except a negated one: a threat is an intent. A line's `!CATEGORY` is
//! the threatened (or refused) act, which must not be coded beside the threat. The test
//! prints each passage coded wrong, per section and per category the recall and dyad share,
//! and asserts floors just under the measured figures (raise them as the coder improves,
//! never lower them to pass).

mod common;

use common::paragraph_cases::{score_sections, Counted};

#[test]
fn threats_refusals_and_accusations_are_coded_by_mode() {
    let total = score_sections(
        include_str!("threats_and_refusals_by_mode/paragraphs.txt"),
        Counted::NotNegated,
        &["THREATEN", "REJECT", "ACCUSE"],
        100,
        12,
    );
    let (category, dyad) = (total.category(), total.dyad());
    // Floors just under the measured figures. First run, before any change: category
    // 105/126 (0.83), dyad 81/126 (0.64), precision 111/143 (0.78), NONE lines coded 2 of
    // 14 (a burglary probe by French police read as ACCUSE, a hospital group rejecting a
    // union's offer), threatened acts coded beside the threat 2 of 49; THREATEN 47/55 and
    // dyad 0.65 (the government's own opposition, press or protesters left unnamed as
    // recipient), REJECT 31/32 and 0.69, ACCUSE 27/39 and 0.59 (allege 6/15: "alleged
    // that", "claimed that" with a wrong as the clause not coded). After session 13 ("alleged
    // that X <any verb>" accuses X, frames.txt accuse `generic=112`; a state's threat of
    // curbs, bans, curfews, martial law or repression at home with no named target falls on
    // its own country): category 108/126 (0.86), dyad 92/126 (0.73), precision 114/146
    // (0.78), NONE lines 2 of 14, threatened acts 2 of 49; THREATEN 47/55 and 0.80, REJECT
    // 31/32 and 0.69, ACCUSE 30/39 and 0.67 (allege 9/15: "claimed that" stays a report,
    // golden convention 3).
    assert!(category >= 0.85, "category found {category:.2} fell");
    assert!(dyad >= 0.72, "dyad right {dyad:.2} fell");
    total.assert_none_coded_at_most(2);
    assert!(
        total.denied_done <= 2,
        "{} threatened or refused acts coded beside the threat",
        total.denied_done
    );
}

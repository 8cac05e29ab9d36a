//! Calls, appeals and demands that name no addressee (issue #9, REQUEST 02x/10x): the
//! party asked to act is implicit and must be read from the act demanded ("a Russian
//! withdrawal", "the release of journalists detained in Egypt"), the place it is demanded
//! in ("a ceasefire in Gaza"), "all parties" of a war inside one country, the actor's own
//! state for demands at home ("Protesters demanded the resignation of ..."), or the subject
//! of a complement clause; appeals to donors or "the international community" name no one;
//! and the mirror act, calls and demands rejected. Twelve traps use "calls for" as
//! "requires" and "demand" as a market. The passages (`tests/open_appeals/paragraphs.txt`)
//! were coded by hand before the engine ran on them; the file's header gives the
//! conventions, and each section is one kind of implicit addressee.
//!
//! The test prints each passage coded wrong, then for each section the category recall
//! and the dyad share, and asserts floors just under the measured figures (raise them as
//! the coder improves, never lower them to pass).

mod common;

use common::paragraph_cases::{score_sections, Counted};

#[test]
fn appeals_naming_no_addressee_go_to_the_party_asked_to_act() {
    let total = score_sections(
        include_str!("open_appeals/paragraphs.txt"),
        Counted::Done,
        &["REQUEST", "REJECT"],
        90,
        12,
    );
    println!("{}", total.with_traps());
    let (category, dyad) = (total.category(), total.dyad());
    // Floors just under the measured figures. First run, before any change (the honest
    // held-out estimate, session 12): category 69/96 (0.72), dyad 59/96 (0.61), events of
    // the line's category 70 of 83 coded (0.84), traps coded 1 of 12 ("strong demand from
    // China" read as a demand); by section: a place 15/20 (dyad 15), the party whose act is
    // demanded 14/18 (dyad 8), all parties / both sides 9/12 (9), at home 7/12 (6), noun
    // forms 6/12 (6), a complement's subject 9/10 (9), to no party 3/6 (0), rejected 6/6.
    // After the session-12 recipients (the holder of those to be released, the doer of the
    // act asked for named in the object, the state of the place the act lies in, a demand
    // at home asking the actor's own state): category 81/96 (0.84), dyad 74/96 (0.77),
    // 81 of 94 events of the line's category (0.86), traps coded 1 of 12. With the demand
    // noun excluded where the sentence speaks of a market (exports, supply, sales: "strong
    // demand from China"): 81 of 93 (0.87), traps coded 0 of 12.
    assert!(category >= 0.83, "category found {category:.2} fell");
    assert!(dyad >= 0.76, "dyad right {dyad:.2} fell");
    assert!(
        total.none_coded == 0,
        "{} trap lines coded an event",
        total.none_coded
    );
}

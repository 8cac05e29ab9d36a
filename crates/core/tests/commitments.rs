//! Promises, offers, agreements and threats the way wire copy tells them (issue #9,
//! section 1: AGREE 03x and THREATEN 13x): "offered to mediate", "pledged to provide",
//! "promised Pakistan a deposit", "agreed in principle to", "announced plans to", "stands
//! ready to", "expressed willingness to", "will visit", "threatened to expel", "warned it
//! would retaliate", "vowed to crush", "gave X 72 hours to", "will ... unless". The
//! passages (`tests/commitments/paragraphs.txt`) were coded by hand before the engine ran
//! on them; the file's header gives the conventions, and each of its sections is one
//! family of phrasings. Its traps are warnings, forecasts and promises that are no
//! political event (storms, the economy, companies to customers).
//!
//! The test prints each passage coded wrong, then for each section and each category the
//! category recall (an event of the expected category) and the dyad share (an event of
//! the category with both scored parties right), and asserts floors just under the
//! measured figures (raise them as the coder improves, never lower them to pass).

mod common;

use common::paragraph_cases::{score_sections, Counted};
use common::{code, find, run, show};
use sitrep_record::Modality;

#[test]
fn commitments_and_threats_are_coded_with_their_parties() {
    // Offers, pledges and threats are intents: what the lines expect, so intents count.
    let total = score_sections(
        include_str!("commitments/paragraphs.txt"),
        Counted::NotNegated,
        &["AGREE", "THREATEN", "SUPPORT"],
        100,
        15,
    );
    println!("{}", total.with_traps());
    let (category, dyad) = (total.category(), total.dyad());
    // Floors just under the measured figures. First run, before any change (the honest
    // held-out estimate): category 93/112 (0.83), dyad 89/112 (0.79), precision 112/130
    // (0.86), no NONE line of 17 coded (AGREE 57/67 and 53/67, THREATEN 33/42 and 33/42,
    // SUPPORT 3/3). After the session-11 work (intent nouns' owners, "keep"/"continue"
    // after a cue of commitment, ultimatums as deadlines, threats as their own frame, the
    // party addressed by a warning, "respond with force", casus belli, "provide X with
    // $N"): category 105/112 (0.94), dyad 101/112 (0.90), precision 124/140 (0.89), no NONE
    // line coded (AGREE 61/67, THREATEN 41/42).
    assert!(category >= 0.93, "category found {category:.2} fell");
    assert!(dyad >= 0.89, "dyad right {dyad:.2} fell");
    total.assert_none_coded_at_most(0);
}

#[test]
fn a_threatened_act_is_a_threat_whatever_the_act() {
    // A party does not threaten a favour: a withdrawal threatened is a threat to halt
    // involvement (136), not an intent to de-escalate (0356).
    let r =
        run("Burundi threatened to pull its soldiers out of the African Union mission in Somalia.");
    let e = find(&r, "THREATEN", "BDI", None).unwrap_or_else(|| panic!("{}", show(&r)));
    assert_eq!(e.cameo, "136", "{}", show(&r));
    assert!(r.events.iter().all(|e| e.event != "AGREE"), "{}", show(&r));
    // Warning the addressee of one's own act: the pronoun is the warning party and the
    // threat goes to the party warned.
    let r = run("Egypt warned Ethiopia that it would halt all trade across the border.");
    let e = find(&r, "THREATEN", "EGY", Some("ETH")).unwrap_or_else(|| panic!("{}", show(&r)));
    assert_eq!(e.cameo, "1312", "{}", show(&r));
    // The press told of a threat is its audience, not the party threatened.
    let r = run("Syria told the BBC that it would retaliate against any incursion.");
    assert!(
        r.events.iter().all(|e| code(&e.recipient) != Some("GBR")),
        "{}",
        show(&r)
    );
    // What befalls the addressee keeps the pronoun for the addressee.
    let r = run("The United States warned Iran that it would pay a heavy price.");
    assert!(
        r.events.iter().all(|e| code(&e.actor) != Some("IRN")),
        "{}",
        show(&r)
    );
}

#[test]
fn intent_nouns_carry_their_owner_as_the_doer() {
    let r =
        run("Kazakhstan voiced readiness to share intelligence with Kyrgyzstan on drug smuggling.");
    let e = find(&r, "AGREE", "KAZ", Some("KGZ")).unwrap_or_else(|| panic!("{}", show(&r)));
    assert_eq!(e.cameo, "0314", "{}", show(&r));
    assert_eq!(e.modality, Modality::Intended);
    // An intent suspended by its owner is no act of the suspending party.
    let r = run("Peru suspended plans to impose a curfew in Lima.");
    assert!(
        r.events.iter().all(|e| e.event != "THREATEN"),
        "{}",
        show(&r)
    );
}

#[test]
fn carrying_on_is_governed_only_by_a_cue_of_commitment() {
    let r = run("The rebels vowed to keep attacking government convoys in Darfur.");
    assert!(
        r.events
            .iter()
            .any(|e| e.event == "THREATEN" && e.modality == Modality::Intended),
        "{}",
        show(&r)
    );
    assert!(
        r.events.iter().all(|e| e.event != "ASSAULT"),
        "the attacks are vowed, not told: {}",
        show(&r)
    );
    // An ongoing practice told with "will continue" is neither a threat nor an intent.
    let r = run("Japan will continue to send patrol ships to the disputed islands.");
    assert!(
        r.events
            .iter()
            .all(|e| e.event != "THREATEN" && e.event != "AGREE"),
        "{}",
        show(&r)
    );
    // Halting an act ends it: the act is not done.
    let r = run("Azerbaijan said on Monday it would stop shelling Armenian border villages.");
    assert!(
        r.events.iter().all(|e| e.event != "ASSAULT"),
        "{}",
        show(&r)
    );
}

//! Weapons, vehicles, units and fighter groups as the acting party (issue #9, session 12):
//! war news names the instrument, not the state ("Russian missiles struck Kyiv", "Chinese
//! coast guard vessels rammed a Philippine boat", "a U.S. drone strike killed ..."), by a
//! country adjective, an owner's possessive, a passive's agent or a noun compound; the user
//! of a weapon is the party, not its maker ("Iranian-made drones flown by the Sudanese
//! army"); and the same instruments in shows of force, joint drills, aid flights and
//! withdrawals. Traps name a product, a museum piece or an export of a country and code no
//! event. The paragraphs (`tests/instrument_actors/paragraphs.txt`) were coded by hand
//! before the engine ran on them; the file's header gives the conventions, each section
//! one kind of instrument or construction.
//!
//! The test prints each paragraph coded wrong, the category recall and dyad share per
//! section and category, then the actor and recipient agreement on the paragraphs whose
//! event was found, and asserts floors just under the measured figures (raise them as the
//! coder improves, never lower them to pass).

mod common;

use common::paragraph_cases::{score_sections, Counted};

#[test]
fn weapons_vehicles_and_units_act_for_their_user() {
    let total = score_sections(
        include_str!("instrument_actors/paragraphs.txt"),
        Counted::Done,
        &[
            "ASSAULT",
            "COERCE",
            "MOBILIZE",
            "COOPERATE",
            "AID",
            "RETREAT",
        ],
        90,
        12,
    );
    let (category, dyad, actor, recipient, precision) = (
        total.category(),
        total.dyad(),
        total.actor(),
        total.recipient(),
        total.precision(),
    );
    println!(
        "{}\nactor right {}/{} ({actor:.2}), recipient right {}/{} ({recipient:.2})",
        total.with_traps(),
        total.actor_ok,
        total.actor_n,
        total.recipient_ok,
        total.recipient_n
    );
    // Floors just under the measured figures. First run, before any change (session 12):
    // category 71/90 (0.79), dyad 49/90 (0.54), precision 82/92 (0.89), actor 62/71
    // (0.87), recipient 54/68 (0.79), no trap coded. Missed: weapons the roles did not
    // list (missiles, bombers, aircraft, helicopters, submarines, patrol boats), weapon
    // kinds and model names between the country and the weapon ("Russian ballistic
    // missiles", "French Mirage jets"). After those (roles.txt, words.txt
    // `[role-adjectives]`, a model name skipped before an `[instrument-roles]` weapon, which
    // with no country or owner names no party) and "slammed into": category 77/90 (0.86),
    // dyad 61/90 (0.68), precision 88/97 (0.91), actor 75/77 (0.97), recipient 60/74
    // (0.81), no trap coded. With volleys as partitives ("a barrage of Russian cruise
    // missiles", words.txt `[partitives]`): category 78/90 (0.87), dyad 62/90 (0.69),
    // precision 89/98 (0.91), actor 76/78 (0.97), recipient 61/75 (0.81). Still missed: shows of force told as entering waters or
    // airspace, scrambles, airdrops, and recipients of withdrawals and shoot-downs.
    assert!(category >= 0.86, "category found {category:.2} fell");
    assert!(dyad >= 0.68, "dyad right {dyad:.2} fell");
    assert!(actor >= 0.96, "actor agreement {actor:.2} fell");
    assert!(recipient >= 0.80, "recipient agreement {recipient:.2} fell");
    assert!(precision >= 0.90, "category precision {precision:.2} fell");
    assert!(
        total.none_coded == 0,
        "{} NONE lines coded: a product, an export or a museum piece became an event",
        total.none_coded
    );
}

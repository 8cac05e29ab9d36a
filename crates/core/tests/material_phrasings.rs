//! News phrasings of the material categories (issue #9, part 2): dissenters calling off
//! their action, killings "to death", asset freezes, border closures, yielding to demands,
//! and the sentences that must not be read that way. Sentences written for the purpose in
//! the style of wire copy.

mod common;

use common::{code, run};

/// The (category, CAMEO code, actor code, recipient code) of every event, for assertions
/// and failure messages.
fn coded(text: &str) -> Vec<(String, String, Option<String>, Option<String>)> {
    run(text)
        .events
        .iter()
        .map(|e| {
            (
                e.event.clone(),
                e.cameo.clone(),
                code(&e.actor).map(str::to_string),
                code(&e.recipient).map(str::to_string),
            )
        })
        .collect()
}

fn has(text: &str, cameo: &str, actor: &str, recipient: Option<&str>) {
    let got = coded(text);
    assert!(
        got.iter().any(|(_, c, a, r)| c == cameo
            && a.as_deref() == Some(actor)
            && r.as_deref() == recipient),
        "{text}: expected {cameo} {actor}->{recipient:?}, got {got:?}"
    );
}

fn lacks_category(text: &str, category: &str) {
    let got = coded(text);
    assert!(
        got.iter().all(|(e, ..)| e != category),
        "{text}: no {category} expected, got {got:?}"
    );
}

#[test]
fn dissenters_calling_off_their_action_ease_dissent() {
    // The dissenters yield to their own government (golden README convention 13: X>X).
    has(
        "Serbia's opposition called off its protests on Sunday.",
        "082",
        "SRB",
        Some("SRB"),
    );
    has(
        "Kenyan teachers ended their strike on Monday.",
        "082",
        "KEN",
        Some("KEN"),
    );
    // Ending a labour strike is not a military de-escalation.
    lacks_category("Kenyan teachers ended their strike on Monday.", "RETREAT");
}

#[test]
fn a_government_suspending_services_before_a_protest_does_not_ease_dissent() {
    let text = "Pakistan suspended mobile internet services in Islamabad ahead of the protest.";
    lacks_category(text, "CONCEDE");
    has(text, "1721", "PAK", Some("PAK"));
    // "in March" is a month, not a protest march.
    lacks_category("Ghana suspended relations with Togo in March.", "CONCEDE");
    has(
        "Ghana suspended relations with Togo in March.",
        "161",
        "GHA",
        Some("TGO"),
    );
}

#[test]
fn burning_someone_to_death_is_a_killing_and_burning_a_village_is_destruction() {
    has(
        "Boko Haram fighters burned a village chief to death.",
        "1823",
        "NGA",
        // The victim, a person without a country of their own, takes the story's
        // country (the attackers' here): a killing inside Nigeria.
        Some("NGA"),
    );
    has(
        "Boko Haram fighters burned the village to the ground.",
        "1712",
        "NGA",
        // A village attacked stands for its civilians, in the story's country.
        Some("NGA"),
    );
}

#[test]
fn asset_freezes_border_closures_and_yielding_to_demands() {
    has(
        "Britain froze the assets of three Russian banks.",
        "163",
        "GBR",
        Some("RUS"),
    );
    has(
        "Lithuania closed its border crossings with Belarus.",
        "191",
        "LTU",
        Some("BLR"),
    );
    has(
        "Colombia gave into the demands of Venezuela.",
        "083",
        "COL",
        Some("VEN"),
    );
}

#[test]
fn people_expelled_from_a_country_are_expelled_by_it() {
    has(
        "Ten Russian diplomats were expelled from Estonia on Friday.",
        "166",
        "EST",
        Some("RUS"),
    );
    has(
        "Two French journalists were expelled from Burkina Faso.",
        "174",
        "BFA",
        Some("FRA"),
    );
    // Expelled from a party: no country deports anyone.
    let got = coded("The senator was expelled from the ruling Zanu PF party on Friday.");
    assert!(
        got.iter().all(|(_, c, ..)| c != "174"),
        "expelled from a party: {got:?}"
    );
}

#[test]
fn asylum_granted_in_a_country_is_granted_by_it() {
    has(
        "Three Syrian activists were granted asylum in the United States last week.",
        "075",
        "USA",
        Some("SYR"),
    );
    // Asylum sought there is not granted.
    let got = coded("Three Syrian activists sought asylum in the United States last week.");
    assert!(
        got.iter().all(|(_, c, ..)| c != "075"),
        "asylum sought: {got:?}"
    );
}

/// Phrasing families the blind hostile set (tests/manual_style/blind_hostile.txt) showed
/// missing or misread, each checked on sentences of its own.
#[test]
fn hostile_phrasing_families_from_the_blind_set() {
    // A crowd gathered for a rite is no rally; one gathered to protest still is.
    lacks_category(
        "Hundreds of mourners gathered in Beirut to pay tribute to the victims of the port blast.",
        "PROTEST",
    );
    lacks_category(
        "Thousands gathered in Manila to celebrate the canonisation of the first Filipino saint.",
        "PROTEST",
    );
    let got = coded("Thousands of protesters gathered outside parliament in Dhaka.");
    assert!(
        got.iter().any(|(e, ..)| e == "PROTEST"),
        "a protesters' gathering is a rally: {got:?}"
    );
    // Tens or hundreds of thousands expelled is a mass expulsion, not a deportation.
    has(
        "Iran expelled hundreds of thousands of Afghan migrants last year.",
        "201",
        "IRN",
        Some("AFG"),
    );
    // A strike on a port, a plant or a factory is an attack, not a labour strike; workers
    // striking over pay still are one.
    lacks_category(
        "Israel last week struck Houthi targets in the port of Hodeidah.",
        "PROTEST",
    );
    lacks_category(
        "Russian missiles struck a power plant in Kharkiv overnight.",
        "PROTEST",
    );
    let got = coded("Dockworkers at the port of Mombasa struck over pay on Monday.");
    assert!(
        got.iter().any(|(e, ..)| e == "PROTEST"),
        "dockworkers striking over pay are on strike: {got:?}"
    );
    // An order sending forces to a destination is a deployment; an order to act is not.
    has(
        "Chad's army ordered troops to the border with Sudan.",
        "154",
        "TCD",
        Some("SDN"),
    );
    lacks_category(
        "Kenya's president ordered troops to withdraw from the capital.",
        "MOBILIZE",
    );
    // Charging activists with an offence is a legal charge, not a baton charge.
    has(
        "Police in Hong Kong charged six activists with subversion.",
        "173",
        "HKG",
        Some("HKG"),
    );
    lacks_category(
        "Police in Hong Kong charged six activists with subversion.",
        "ASSAULT",
    );
    has(
        "Pakistani police baton-charged lawyers outside the high court in Lahore.",
        "175",
        "PAK",
        Some("PAK"),
    );
    // A threatened strike with labour words is a threatened protest, not an attack.
    has(
        "Kenyan doctors threatened an indefinite strike over pay.",
        "133",
        "KEN",
        None,
    );
    // Fighter jets scrambled are a show of force; an ambushed convoy of soldiers is no
    // attempt on a leader's life.
    has(
        "South Korea scrambled fighter jets as Chinese and Russian bombers neared its airspace.",
        "150",
        "KOR",
        None,
    );
    let ambush = coded("Militants ambushed a convoy of Nigerian soldiers in Borno, killing ten.");
    assert!(
        ambush.iter().all(|(_, c, ..)| c != "185"),
        "no assassination attempt: {ambush:?}"
    );
    let blocked = coded("Russia blocked access to YouTube and the messaging app Signal.");
    assert!(
        blocked
            .iter()
            .any(|(_, c, a, _)| c == "1721" && a.as_deref() == Some("RUS")),
        "blocking an app restricts freedoms: {blocked:?}"
    );
}

/// Aid told from the side that gets it (`> receiver` lines): the subject is the recipient
/// and the "from" phrase the giver, never the other way round.
#[test]
fn aid_received_is_given_by_the_party_it_came_from() {
    has(
        "Sudan received food aid from Egypt on Monday.",
        "070",
        "EGY",
        Some("SDN"),
    );
    has(
        "Pakistan received a $1 billion loan from China.",
        "071",
        "CHN",
        Some("PAK"),
    );
    has(
        "Ukraine received new air defense systems from Germany.",
        "072",
        "DEU",
        Some("UKR"),
    );
    let got = coded("Displaced families in Gaza received food aid from Jordan.");
    assert!(
        got.iter()
            .all(|(e, _, a, _)| !(e == "AID" && a.as_deref() == Some("PSE"))),
        "the families are no givers: {got:?}"
    );
}

/// Property damaged, looted or sabotaged with no doer named is no act of the state where it
/// happened (only its legal and administrative acts are: `context::state_agent`), while an
/// arrest there is.
#[test]
fn damage_told_without_its_doer_is_no_state_act() {
    lacks_category(
        "Libya's government said the party's headquarters in Tripoli was damaged on Monday.",
        "COERCE",
    );
    has(
        "Libya's government said five people were arrested in Tripoli on Monday.",
        "173",
        "LBY",
        Some("LBY"),
    );
}

//! Recipients from the story (`recipients::from_story`): an event that neither its
//! sentence nor the sentence before gives a recipient takes one from the story as a whole,
//! the story's other side or, with none, the actor's own country; a protest is always at
//! home (golden README convention 12), a force moved names none (convention 13), and a
//! document too short to be a story fills nothing. The passages are original, written for
//! this test.

mod common;

use common::{code, find, run_on, show};

const PROTESTS: &str = "NAIROBI, Kenya — Kenyan police fired tear gas at protesters in Nairobi on \
Tuesday as thousands marched against a proposed tax increase, witnesses said.\n\
The protests spread to Mombasa and Kisumu, where demonstrators blocked roads and burned tyres.\n\
Police detained more than 200 people across the country, the interior ministry said.\n\
Kenya's president, William Ruto, said the government would not withdraw the finance bill.";

const LAUNCH: &str = "SEOUL — North Korea fired two short-range ballistic missiles into the sea \
off its east coast on Tuesday, South Korea's military said.\n\
The launch came days after Seoul and Washington began joint military drills, which Pyongyang \
calls rehearsals for invasion.\n\
South Korea's Joint Chiefs of Staff said it had strengthened its surveillance and condemned the \
launch as a clear provocation.\n\
North Korea's foreign ministry warned of strong countermeasures.\n\
South Korea's unification ministry urged restraint.";

const FROM_STORY: &str = "recipient from the story";

#[test]
fn an_act_at_home_takes_the_actors_own_country() {
    let r = run_on(PROTESTS, "2026-03-03");
    let detained = find(&r, "COERCE", "KEN", Some("KEN"))
        .unwrap_or_else(|| panic!("no detention KEN>KEN:\n{}", show(&r)));
    assert!(detained.rule.contains(FROM_STORY), "{}", detained.rule);
    for e in r.events.iter().filter(|e| e.event == "PROTEST") {
        assert_eq!(code(&e.recipient), Some("KEN"), "{}", show(&r));
    }
}

#[test]
fn an_act_with_no_one_named_is_aimed_at_the_storys_other_side() {
    let r = run_on(LAUNCH, "2026-03-03");
    let warned = find(&r, "THREATEN", "PRK", Some("KOR"))
        .unwrap_or_else(|| panic!("no threat PRK>KOR:\n{}", show(&r)));
    assert!(warned.rule.contains(FROM_STORY), "{}", warned.rule);
    // The launch is a show of force with no adversary named: no recipient.
    assert!(
        r.events
            .iter()
            .filter(|e| e.event == "MOBILIZE")
            .all(|e| e.recipient.is_none() || !e.rule.contains(FROM_STORY)),
        "{}",
        show(&r)
    );
}

#[test]
fn a_line_is_no_story() {
    let r = run_on(
        "North Korea's foreign ministry warned of strong countermeasures.",
        "2026-03-03",
    );
    assert!(
        r.events.iter().all(|e| !e.rule.contains(FROM_STORY)),
        "{}",
        show(&r)
    );
}

const BORDER_RAID: &str = "ISLAMABAD — Pakistan summoned Afghanistan's envoy on Wednesday and \
accused the Taliban government of sheltering militants who cross the border to attack Pakistani \
forces.\n\
Afghanistan's foreign ministry rejected the accusation and urged Islamabad to solve its own \
security problems.\n\
On Tuesday, separatist insurgents ambushed a convoy near Turbat in Balochistan province, \
officials said.\n\
Pakistan has asked Kabul to hand over militant leaders, a demand Afghanistan has refused.";

#[test]
fn an_armed_groups_attack_with_no_target_named_falls_at_home() {
    let r = run_on(BORDER_RAID, "2026-03-04");
    // The story's other side is Afghanistan, but insurgents fight at home: their ambush
    // with no target named falls on Pakistan, not on the foreign party.
    let ambush = r
        .events
        .iter()
        .find(|e| e.event == "ASSAULT" && e.rule.contains(FROM_STORY))
        .unwrap_or_else(|| panic!("no filled attack:\n{}", show(&r)));
    assert_eq!(code(&ambush.recipient), Some("PAK"), "{}", show(&r));
    assert!(ambush.rule.contains("own country"), "{}", ambush.rule);
}

// Session 23. Written, with the expectations below, before the engine ran on them.
const SANCTIONS_AND_ARRESTS: &str = "WASHINGTON — The United States imposed new sanctions on \
Iran's oil ministry on Monday, the Treasury Department said.\n\
Washington accused Tehran of funding armed groups across the region.\n\
Iran's foreign ministry condemned the sanctions as economic terrorism.\n\
The United States and Iran have had no diplomatic relations since 1980.\n\
Iranian authorities arrested dozens over the weekend, rights groups said.";

#[test]
fn an_arrest_with_no_one_named_is_made_at_home() {
    let r = run_on(SANCTIONS_AND_ARRESTS, "2026-03-04");
    // The story's other side is the United States, but a state arrests the people under
    // its rule: with no one named, the arrest is Iran's at home (IRN>IRN), never IRN>USA.
    assert!(
        find(&r, "COERCE", "IRN", Some("USA")).is_none(),
        "{}",
        show(&r)
    );
    let arrest = find(&r, "COERCE", "IRN", Some("IRN"))
        .unwrap_or_else(|| panic!("no arrest IRN>IRN:\n{}", show(&r)));
    assert!(arrest.rule.contains(FROM_STORY), "{}", arrest.rule);
}

const LAUNCH_THEN_BACKGROUND: &str = "SEOUL — North Korea fired two ballistic missiles into \
the sea on Tuesday, South Korea's military said.\n\
South Korea condemned the launch as a grave provocation and urged Pyongyang to return to \
talks.\n\
North Korea's economy has struggled under years of international sanctions.\n\
State media said Kim Jong Un inspected a fertilizer factory in the northeast last week.\n\
The North's foreign ministry warned of strong countermeasures.";

#[test]
fn the_storys_other_side_out_of_view_names_no_recipient() {
    let r = run_on(LAUNCH_THEN_BACKGROUND, "2026-03-04");
    // South Korea, the story's other side, was last named three sentences before the
    // warning: the story has moved on, and the warning is not guessed to be aimed at it
    // (in `LAUNCH`, told right after South Korea's own statement, it is).
    assert!(
        find(&r, "THREATEN", "PRK", Some("KOR")).is_none(),
        "{}",
        show(&r)
    );
    assert!(
        r.events
            .iter()
            .all(|e| !e.rule.contains("the story's other side") || e.sentence.index < 2),
        "{}",
        show(&r)
    );
    // In view, the other side still answers: the condemnation right after the launch
    // names it itself.
    assert!(
        find(&r, "ACCUSE", "KOR", Some("PRK")).is_some(),
        "{}",
        show(&r)
    );
}

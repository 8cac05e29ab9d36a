//! Actors the dictionaries do not list (issue #9, item 3): people named with a title or an
//! apposition that gives their country ("Egyptian Foreign Minister X", "X, Egypt's top
//! diplomat", "X, a spokesman for the Sudanese army") and later by surname alone; people
//! named with their organisation ("Hamas official X"); organisations, movements, parties,
//! militias and councils by name or description; military units; role nouns whose country
//! the story gave before; and traps (experts, journalists, company staff, ordinary people
//! quoted) who must not become the actor of a political event. The paragraphs
//! (`tests/unknown_actors/paragraphs.txt`) were coded by hand before the engine ran on
//! them; the file's header gives the conventions.
//!
//! The test prints each paragraph whose event or dyad is wrong, then the category recall,
//! the actor and dyad agreement, and asserts floors just under the measured figures
//! (raise them as the coder improves, never lower them to pass).

mod common;

use common::paragraph_cases::{parse, score, Counted};

#[test]
fn unknown_actors_take_the_country_their_title_apposition_or_story_gives() {
    let cases = parse(include_str!("unknown_actors/paragraphs.txt"));
    assert!(
        cases.len() >= 60,
        "the task asks for 50 passages and 10 traps"
    );
    let f = score(&cases, Counted::Done);
    println!(
        "category recall {:.2}, actor right {:.2}, recipient right {:.2}, dyad right {:.2} \
         (any category {:.2})",
        f.category(),
        f.actor(),
        f.recipient(),
        f.dyad(),
        f.dyad_any()
    );
    // Floors just under the measured figures. First run, before any change: category 0.75,
    // actor 0.91, recipient 0.93, dyad 0.66 (any category 0.72), two of six NONE traps coded
    // (a journalist's and a company spokesman's accusations). After the organisation,
    // unit, abbreviation and surname work of session 9: category 0.87, actor 0.98,
    // recipient 0.92, dyad 0.80 (any category 0.84), the same two traps coded.
    assert!(
        f.category() >= 0.86,
        "category recall {:.2} fell",
        f.category()
    );
    assert!(f.dyad() >= 0.79, "dyad accuracy {:.2} fell", f.dyad());
    assert!(f.actor() >= 0.97, "actor agreement {:.2} fell", f.actor());
    assert!(
        f.none_coded <= 2,
        "{} traps coded: an expert or bystander became an actor",
        f.none_coded
    );
}

/// The mechanisms behind the figures above, one sentence each (written while building
/// them: regression checks, not an estimate). Each names its actor only in a way the
/// dictionaries do not list, so the event's actor country comes from the mechanism alone.
#[test]
fn each_way_of_placing_an_unknown_actor_gives_its_country() {
    use common::{find, run, show};
    let cases: [(&str, &str, &str, Option<&str>); 9] = [
        // "of Country" after a titled name.
        (
            "Foreign Minister Alisher Tursunbaev of Uzbekistan arrived in Kabul on Monday. \
             Tursunbaev met Taliban officials to discuss a railway line.",
            "CONSULT",
            "UZB",
            Some("AFG"),
        ),
        // A possessive before an unknown body's name.
        (
            "Sudan's Sovereign Council on Friday rejected a U.S.-brokered ceasefire proposal.",
            "REJECT",
            "SDN",
            Some("USA"),
        ),
        // A country in an apposition after an unknown movement's name.
        (
            "The National Renewal Movement, the main opposition group in Chad, accused the \
             government of rigging the vote.",
            "ACCUSE",
            "TCD",
            Some("TCD"),
        ),
        // A numbered unit with its army's possessive; "it" is the unit.
        (
            "The Pakistani army's 11th Corps said it had killed 12 militants in a raid in \
             Khyber district.",
            "ASSAULT",
            "PAK",
            Some("PAK"),
        ),
        // A region inside an unknown front's name, "People's" kept in the name.
        (
            "The Kordofan People's Liberation Front said it had shot down a Sudanese army \
             drone near Kadugli.",
            "ASSAULT",
            "SDN",
            Some("SDN"),
        ),
        // An abbreviation the story defines, used later.
        (
            "Somalia's National Intelligence and Security Agency, or NISA, said troops had \
             killed 50 al-Shabab militants. NISA said on Wednesday it had arrested three \
             al-Shabab commanders in Baidoa.",
            "COERCE",
            "SOM",
            Some("SOM"),
        ),
        // A member named with "of" and the organisation.
        (
            "Nasser Abu Bakr of the Palestinian Journalists Syndicate accused Israeli forces \
             of targeting reporters in Gaza.",
            "ACCUSE",
            "PSE",
            Some("ISR"),
        ),
        // "A spokesman for X, NAME,": the body spoken for gives the name its country,
        // which the surname keeps later.
        (
            "A spokesman for the Sudanese army, Nabil Abdallah, said troops had repelled an \
             attack on El Fasher. Abdallah accused the RSF of shelling civilians.",
            "ACCUSE",
            "SDN",
            Some("SDN"),
        ),
        // A hyphenated surname alone, after the full name with a title.
        (
            "Kenyan lawmaker Otiende Amollo-Jura spoke in Nairobi on Monday. Amollo-Jura \
             accused Uganda of abducting Kenyan activists.",
            "ACCUSE",
            "KEN",
            Some("UGA"),
        ),
    ];
    for (text, event, actor, recipient) in cases {
        let r = run(text);
        assert!(
            find(&r, event, actor, recipient).is_some(),
            "expected {event} {actor}>{recipient:?} in: {text}\n{}",
            show(&r)
        );
    }
}

//! Group parties whose country the text does not give (issue #9 precision): police,
//! courts and civilians act where they are, so the event's place gives their country,
//! even over a country guessed from the story; troops may act abroad and keep theirs.
//! Sentences written for the purpose in the style of wire copy.

mod common;

use common::{find, run, show};

#[test]
fn police_act_where_the_event_is() {
    let r = run(
        "Russia's army shelled Kharkiv on Monday. On Tuesday, police in Paris arrested \
         a man for stealing a painting from the Louvre.",
    );
    assert!(
        find(&r, "COERCE", "FRA", Some("FRA")).is_some(),
        "{}",
        show(&r)
    );
    assert!(
        !r.events
            .iter()
            .any(|e| e.event == "COERCE" && common::code(&e.actor) == Some("RUS")),
        "{}",
        show(&r)
    );
}

//! Blocs, their members and collective actors as parties (issue #9, actors; session 15):
//! "EU foreign ministers", "NATO allies", "the 27-nation bloc", "the bloc's foreign policy
//! chief", "African Union mediators", "the Security Council's 15 members", "they" after a
//! bloc, coded as the organisation (IGO), as CAMEO codes a bloc's joint acts; a member state
//! acting alone keeps its own code, a bloc named only as the setting of a meeting is no
//! party, and collectives no organisation names ("Western governments", "donors") are left
//! unnamed. The paragraphs (`tests/bloc_members/paragraphs.txt`, 112 events across the EU,
//! NATO, AU, ECOWAS, SADC, IGAD, EAC, ECCAS, ASEAN, GCC, Arab League, SCO, BRICS, OPEC, G7,
//! G20, OAS, CARICOM, Mercosur, CELAC, UN bodies, the Quad, the Quartet, the Pacific Islands
//! Forum and the OSCE, and 6 NONE traps) were written and coded by hand before the engine
//! ran on them; the file's header gives the conventions (golden README convention 14).
//!
//! The test prints each paragraph whose event or dyad is wrong, then the figures, and
//! asserts floors just under the measured figures (raise them as the coder improves, never
//! lower them to pass).
//!
//! First run, before any change (the project's estimate of held-out accuracy on blocs):
//! 112 events and 6 NONE traps: category recall 96/112 (0.86), category precision 114/150
//! (0.76), actor 87/96 (0.91), recipient 91/94 (0.97), dyad 84/112 (0.75), on any category
//! 90 (0.80), traps coded 0 of 6. After the session's fixes (a bloc's members, leaders,
//! ministers and officers as the bloc: possessed, "of", regional adjectives, "the other
//! members", "the European side", blocs named by their size; Western and donor collectives
//! left unplaced): category 98/112 (0.88), precision 115/151 (0.76), actor 96/98 (0.98),
//! recipient 94/96 (0.98), dyad 94/112 (0.84), on any category 100 (0.89), traps 0 of 6.

mod common;

use common::paragraph_cases::{parse, score, Counted};

#[test]
fn blocs_and_their_members_are_the_organisation() {
    let cases = parse(include_str!("bloc_members/paragraphs.txt"));
    assert!(
        cases.len() >= 112,
        "the task asks for 100 events and 12 traps"
    );
    let f = score(&cases, Counted::NotNegated);
    println!("{}", f.with_traps());
    println!("{}", f.parties());
    let (category, dyad, actor, recipient) = (f.category(), f.dyad(), f.actor(), f.recipient());
    println!(
        "category {category:.2} dyad {dyad:.2} dyad any {:.2} actor {actor:.2} recipient {recipient:.2}",
        f.dyad_any()
    );
    // Floors just under the measured figures.
    assert!(category >= 0.86, "category recall {category:.2} fell");
    assert!(dyad >= 0.82, "dyad accuracy {dyad:.2} fell");
    assert!(actor >= 0.96, "actor agreement {actor:.2} fell");
    assert!(recipient >= 0.96, "recipient agreement {recipient:.2} fell");
    assert!(
        f.precision() >= 0.74,
        "category precision {:.2} fell",
        f.precision()
    );
    assert_eq!(f.none_coded, 0, "a NONE trap coded an event");
}

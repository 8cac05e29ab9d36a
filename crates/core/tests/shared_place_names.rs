//! Place names that several countries share (issue #9): "Gunmen in Tripoli" after "Lebanon's
//! army" is Lebanon's Tripoli, not Libya's. A name with entries in several countries takes
//! the country the sentence, then the story, makes clear (a country name or adjective, the
//! dateline, another place of that country); the larger namesake only when nothing says
//! otherwise (the traps at the end of the file). The passages
//! (`tests/shared_place_names/paragraphs.txt`) were coded by hand before the engine ran.
//!
//! The test prints each passage whose event or dyad is wrong, then the figures, and asserts
//! floors just under the measured ones (raise them as the coder improves, never lower them).

mod common;

use common::paragraph_cases::{parse, score, Counted};

#[test]
fn a_shared_place_name_takes_the_country_the_story_names() {
    let cases = parse(include_str!("shared_place_names/paragraphs.txt"));
    assert!(cases.len() >= 30, "the task asks for 30 passages");
    let f = score(&cases, Counted::Done);
    println!(
        "category recall {:.2}, actor right {:.2}, recipient right {:.2}, dyad right {:.2} \
         (any category {:.2})",
        f.category(),
        f.actor(),
        f.recipient(),
        f.dyad(),
        f.dyad_any(),
    );
    // First run, before any change: category 1.00 (36/36), actor 0.78, recipient 0.82,
    // dyad 0.69 (25/36); every miss a smaller namesake read as the larger one. After a
    // namesake in the story's country overrides the dictionary's city (places.rs): actor
    // 0.92, recipient 0.88, dyad 0.83 (30/36), every trap still right (Santiago de los
    // Caballeros is not called Santiago in the gazetteer: left to the larger namesake).
    assert!(
        f.category() >= 0.97,
        "category recall {:.2} fell",
        f.category()
    );
    assert!(f.dyad() >= 0.80, "dyad accuracy {:.2} fell", f.dyad());
}

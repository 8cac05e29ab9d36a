//! Pairs told together and plural references (issue #9, session 18): two parties are named,
//! then act or are acted on through a pair phrase or a plural reference ("both countries",
//! "the two sides", "the two leaders", "their foreign ministers", "urged both governments",
//! "they", "them"). A reciprocal act is coded both ways (golden README convention 6), one
//! line per direction; an act on "both countries" gives one event per party. The passages
//! (`tests/pair_references/paragraphs.txt`) were coded by hand before the engine ran on them;
//! the file's header gives the conventions and the traps.
//!
//! The test prints each passage coded wrong, then the category recall, precision and dyad,
//! and how many NONE lines coded an event; it asserts floors just under the measured figures
//! (raise them as the coder improves, never lower them to pass).

mod common;

use common::paragraph_cases::{parse, score, Counted};

#[test]
fn pairs_and_plural_references() {
    let cases = parse(include_str!("pair_references/paragraphs.txt"));
    assert!(
        cases.len() >= 80,
        "the task asks for about 80 events and 8 traps"
    );
    let f = score(&cases, Counted::NotNegated);
    println!("{}", f.with_traps());
    // Floors just under the measured figures. First run, before any change: category
    // recall 56/80 (0.70), precision 115/231 (0.50), dyad 43/80 (0.54), 3 of 8 NONE lines
    // coded. After a pair phrase after a sentence naming three parties resolves to the two
    // it joins by a bare "and" ("presented a truce plan to Sudan's army and the RSF. Both
    // sides rejected it": `Doc::coordinated_pair`), and a pair phrase the coreference gave
    // one country no longer stands as a third partner of the pair's mutual act
    // (`recipients::coordinated_partner`): recall 60/80 (0.75), precision 123/243 (0.51),
    // dyad 49/80 (0.61), 3 of 8. Then four lines that coded a meeting still to come as
    // CONSULT were recoded AGREE 036, the settled choice for scheduled meetings (golden
    // README convention 13; the file's header says which): the first run so scored is recall
    // 60/80, dyad 46/80 (counted by hand from the first run's output), and now recall 64/80
    // (0.80), precision 129/243 (0.53), dyad 52/80 (0.65), 3 of 8.
    let (category, dyad, precision) = (f.category(), f.dyad(), f.precision());
    assert!(category >= 0.79, "category found {category:.2} fell");
    assert!(dyad >= 0.64, "dyad right {dyad:.2} fell");
    assert!(precision >= 0.52, "precision {precision:.2} fell");
    assert!(
        f.none_coded <= 3,
        "{} NONE lines coded an event",
        f.none_coded
    );
}

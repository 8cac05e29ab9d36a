//! Acts named by a noun after a light gerund (issue #9): "Rwanda denied carrying out the
//! drone strike", "Kyiv admitted launching the attack", "Moscow accused Kyiv of conducting
//! the raid". The act is the noun ("strike", "raid", "drills", "talks"), the object of a
//! light gerund (carrying out, conducting, launching, staging, mounting, holding) that
//! hangs on a verb whose subject, or the accused of "accused X of", is the doer. The
//! paragraphs (`tests/gerund_acts/paragraphs.txt`) were coded by hand before the engine ran
//! on them; the file's header gives the conventions.
//!
//! The test prints each paragraph coded wrong, then how many expected events were found
//! (category), how many with both scored parties right (dyad), how many denied acts were
//! coded as done, and how many NONE lines coded something; it asserts floors just under the
//! measured figures (raise them as the coder improves, never lower them to pass).

mod common;

use common::paragraph_cases::{parse, score, Counted};

#[test]
fn acts_named_after_light_gerunds() {
    let cases = parse(include_str!("gerund_acts/paragraphs.txt"));
    assert!(
        cases.len() >= 40,
        "the task asks for at least 40 paragraphs"
    );
    let f = score(&cases, Counted::NotNegated);
    let (category, dyad) = (f.category(), f.dyad());
    let (denied_done, none_coded) = (f.denied_done, f.none_coded);
    // Floors just under the measured figures. First run, before any change: category
    // 18/38 (0.47), dyad 12/38 (0.32), denied acts coded as done 1 of 12, 1 of 6 NONE lines
    // coded. After the gerund doer (the subject of the verb the gerund complements, or the
    // accused of "accused X of", for the gerund's own act and for the act its noun object
    // names): category 26/38 (0.68), dyad 20/38 (0.53), 1 of 12, 1 of 6 (21 while "pledged to
    // stop carrying out strikes in Lebanon" still coded the stopped strikes as Israel's; an
    // `[ending-verbs]` verb now gives its gerund no doer).
    assert!(category >= 0.68, "category found {category:.2} fell");
    assert!(dyad >= 0.52, "dyad right {dyad:.2} fell");
    assert!(denied_done <= 1, "{denied_done} denied acts coded as done");
    assert!(none_coded <= 1, "{none_coded} NONE lines coded an event");
}

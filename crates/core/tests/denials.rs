//! Denials and rejections (issue #9, REJECT): a denied act ("Eritrea denied massing
//! troops") is the act told as denied, with no REJECT beside it (golden README conventions
//! 5 and 13), and a rejected claim of an act is a denial; a pronoun object ("Belgrade
//! rejected it") rejects the proposal or accusation named just before; rejections told
//! by nouns and idioms ("turned a deaf ear to", "said no to", "did not accept"). The
//! paragraphs
//! (`tests/denials/paragraphs.txt`) were coded by hand before the engine ran on them; the
//! file's header gives the conventions.
//!
//! The test prints each paragraph coded wrong, then how many expected events were found
//! (category), how many with both scored parties right (dyad), how many denied acts were
//! coded as done, and how many NONE lines coded something; it asserts floors just under the
//! measured figures (raise them as the coder improves, never lower them to pass).

mod common;

use common::paragraph_cases::{parse, score, Counted};

#[test]
fn denials_and_rejections() {
    let cases = parse(include_str!("denials/paragraphs.txt"));
    assert!(
        cases.len() >= 40,
        "the task asks for at least 40 paragraphs"
    );
    let f = score(&cases, Counted::NotNegated);
    let (category, dyad) = (f.category(), f.dyad());
    let (denied_done, none_coded) = (f.denied_done, f.none_coded);
    // Floors just under the measured figures. First run, before any change: category
    // 32/47 (0.68), dyad 23/47 (0.49), denied acts coded as done 13 of 17 (then counting a
    // denied act with modality denied as done; 8 of 17 the way it is counted now), 2 of 3
    // NONE lines coded. After the `deny` frame, the pronoun-object antecedent and the
    // gerund denials: 41/47 (0.87), 40/47 (0.85), 6 of 17 (all in the accuser's own
    // sentence, reported as alleged), 1 of 3. Session 12 settled denials the golden README's
    // way (conventions 5 and 13): twelve lines that deny an act now expect the act, coded
    // only as denied, instead of a REJECT beside it. The coder keeps its REJECT where it
    // cannot code the denied act, and 9 of the 12 lines fail: mostly the act is not coded
    // (a gerund's noun object, "denied carrying out the drone strike", finds no subject),
    // else the accuser's own sentence codes it as done. Against the corrected lines the
    // same coder measures 37/47 (0.79), 37/47 (0.79), 6 of 17, 1 of 3. With the gerund
    // doer (`gerund_acts.rs`: "denied carrying out the drone strike" is done by the
    // denier): 40/47 (0.85), 40/47 (0.85), 6 of 17, 1 of 3.
    assert!(category >= 0.85, "category found {category:.2} fell");
    assert!(dyad >= 0.85, "dyad right {dyad:.2} fell");
    assert!(denied_done <= 6, "{denied_done} denied acts coded as done");
    assert!(none_coded <= 1, "{none_coded} NONE lines coded an event");
}

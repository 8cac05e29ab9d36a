//! The frame cues of `data/frames.txt` that announce, refuse or ask for an act, read the way
//! the coder reads them: a cue governs the act whose verb starts where the cue ends.

use sitrep_lexicon::{CueMatch, Frames};

/// The cues starting at `start` that end exactly at `act` (the act's verb).
fn cues_governing(sentence: &str, start: usize, act: usize) -> Vec<CueMatch> {
    let words: Vec<&str> = sentence.split(' ').collect();
    let frames = Frames::builtin();
    // A noun phrase never spans a verb of saying or an infinitive marker.
    let np_ok = |i: usize| !matches!(words[i], "to" | "said" | "that" | ",");
    let skip_ok = |_: usize| false;
    let mut found = Vec::new();
    frames.cues_at(&words, start, &np_ok, &skip_ok, &mut found);
    found.retain(|m| m.end == act);
    found
}

/// Frame names of the cues starting at `start` that end exactly at `act` (the act's verb).
fn frames_governing(sentence: &str, start: usize, act: usize) -> Vec<String> {
    let frames = Frames::builtin();
    cues_governing(sentence, start, act)
        .iter()
        .map(|m| frames.frame(frames.cue(m.cue).frame).name.clone())
        .collect()
}

#[test]
fn weighing_an_act_announces_it() {
    // "is considering closing the border": the act (closing) is announced, not done.
    let s = "ecuador is considering closing the border";
    assert!(frames_governing(s, 1, 3).contains(&"commit".to_string()));
    let s = "the eu considered imposing sanctions";
    assert!(frames_governing(s, 2, 3).contains(&"commit".to_string()));
}

#[test]
fn a_party_saying_it_may_act_announces_the_act() {
    let s = "vietnam said it may ban the former general";
    assert!(frames_governing(s, 1, 4).contains(&"commit".to_string()));
    let s = "beijing hinted that it could retaliate with tariffs";
    assert!(frames_governing(s, 1, 5).contains(&"commit".to_string()));
}

#[test]
fn speculation_about_another_party_is_not_an_announcement() {
    // By its words alone, only "it"/"they" after the verb of saying announces: a named party
    // there ("russia") is read only by a cue with an own-side slot (`*own`, session 33),
    // which the coder accepts only when the party is the sayer's own state. Analysts
    // guessing what Russia could do announce nothing for Russia (the coder's side:
    // sitrep-core `tests/noted_bugs/selfside33.txt`).
    let s = "analysts said russia could invade";
    let found = cues_governing(s, 1, 4);
    assert!(
        found.iter().all(|m| m.own_side == Some((2, 3))),
        "{found:?}"
    );
    let s = "vietnam said it could invade";
    assert!(cues_governing(s, 1, 4).iter().any(|m| m.own_side.is_none()));
    // Hoping is not announcing: "hopes to resolve the pause in aid" is no threat.
    let s = "washington hopes to resolve the dispute";
    assert!(frames_governing(s, 1, 3).is_empty());
}

#[test]
fn vowing_never_to_act_is_a_refusal() {
    let s = "serbia vowed never to recognize kosovo";
    assert!(frames_governing(s, 1, 4).contains(&"refuse".to_string()));
    let s = "kyiv will never cede territory";
    assert!(frames_governing(s, 1, 3).contains(&"refuse".to_string()));
}

#[test]
fn lobbying_a_party_to_act_is_an_appeal_to_it() {
    let s = "china lobbied the eu to abandon the tariffs";
    assert!(frames_governing(s, 1, 5).contains(&"appeal".to_string()));
}

#[test]
fn not_accepting_an_offer_withholds_it() {
    let s = "the junta did not accept the demands";
    assert!(frames_governing(s, 2, 4).contains(&"withhold".to_string()));
    // "has not agreed to the ceasefire": not yet answered, no refusal.
    let s = "russia has not agreed to the ceasefire";
    assert!(!frames_governing(s, 1, 3).contains(&"withhold".to_string()));
    let s = "tuvalu does not accept the mediation";
    assert!(frames_governing(s, 1, 3).contains(&"withhold".to_string()));
    let s = "the bloc is not going to accept an offer";
    assert!(frames_governing(s, 2, 6).contains(&"withhold".to_string()));
}

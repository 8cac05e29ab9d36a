//! Dictionary loading: actor dictionaries, the event lexicon, cue lists and the ontology
//! tables parse any text into a value or an error, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use sitrep_actors::ActorDictionary;
use sitrep_lexicon::{Cues, EventLexicon, Ontology};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let _ = ActorDictionary::from_sources(&[("fuzz.txt", &text)]);
    let _ = EventLexicon::from_source("fuzz.txt", &text);
    let _ = Cues::from_source("fuzz.txt", &text);
    let (cameo, plover) = text.split_once('\u{0}').unwrap_or((&text, ""));
    let _ = Ontology::from_sources(cameo, plover);
});

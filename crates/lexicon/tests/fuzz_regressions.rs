//! Replays the inputs kept in `fuzz/regressions/dictionary` (crashes the `dictionary` fuzz
//! target found) through the lexicon's parsers: each must give a value or an error, never
//! a panic. Runs without any fuzzing tools.

use std::path::Path;

use sitrep_lexicon::{Cues, EventLexicon, Ontology};

#[test]
fn dictionary_regressions_parse_or_fail_cleanly() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz/regressions/dictionary");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!("skipped: no {}", dir.display());
        return;
    };
    let mut replayed = 0;
    for entry in entries {
        let path = entry.unwrap().path();
        let data = std::fs::read(&path).unwrap();
        let text = String::from_utf8_lossy(&data);
        let _ = EventLexicon::from_source("fuzz.txt", &text);
        let _ = Cues::from_source("fuzz.txt", &text);
        let (cameo, plover) = text.split_once('\u{0}').unwrap_or((&text, ""));
        let _ = Ontology::from_sources(cameo, plover);
        replayed += 1;
    }
    assert!(replayed > 0, "no regression inputs in {}", dir.display());
}

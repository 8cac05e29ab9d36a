//! Replays the inputs kept in `fuzz/regressions/dictionary` (crashes the `dictionary` fuzz
//! target found) through the actor dictionary parser, as the fuzz target does: each must
//! give a dictionary or errors, never a panic. Runs without any fuzzing tools.

use std::path::Path;

use sitrep_actors::ActorDictionary;

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
        if let Err(errors) = ActorDictionary::from_sources(&[("fuzz.txt", &text)]) {
            // Errors are reported with a line of the input (or 0 for the whole file).
            let lines = text.lines().count();
            for e in errors.errors() {
                assert!(e.line <= lines, "{}: {e}", path.display());
            }
        }
        replayed += 1;
    }
    assert!(replayed > 0, "no regression inputs in {}", dir.display());
}

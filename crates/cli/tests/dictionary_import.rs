//! TABARI/PETRARCH dictionaries from the command line: `dictionary import PATH --out DIR`
//! and `extract --dictionary-format petrarch --dictionary PATH`.

use std::path::Path;

mod common;

use common::*;

/// A small PETRARCH dictionary set: one malformed actor line, one compound pattern.
fn write_dictionaries(dir: &Path) {
    let files = [
        (
            "test.verbs.txt",
            "--- SIGN [057] ---\nSIGN\n- * TREATY WITH + [057]\n- % * [057]\n",
        ),
        (
            "test.actors.txt",
            "ARNOR [ARN]\nGONDOR [GON]\nBROKEN [GON 1993]\n",
        ),
        ("test.agents.txt", "TROOPS {} [~MIL]\n"),
    ];
    for (name, text) in files {
        std::fs::write(dir.join(name), text).unwrap();
    }
}

#[test]
fn import_writes_converted_files_and_a_report() {
    let dir = temp_dir("in");
    write_dictionaries(&dir);
    let out = temp_dir("out");
    let o = sitrep()
        .args(["dictionary", "import"])
        .arg(&dir)
        .arg("--out")
        .arg(&out)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(0), "{stderr}");
    assert!(
        stderr.contains("test.actors.txt:3: malformed date restriction"),
        "{stderr}"
    );
    let events = std::fs::read_to_string(out.join("petrarch-events.txt")).unwrap();
    assert!(events.contains("verb: sign +treaty > with"), "{events}");
    let actors = std::fs::read_to_string(out.join("petrarch-actors.txt")).unwrap();
    assert!(actors.contains("[ARN]\nname: Arnor"), "{actors}");
    let roles = std::fs::read_to_string(out.join("petrarch-roles.txt")).unwrap();
    assert!(roles.contains("[troops]"), "{roles}");
    let report = std::fs::read_to_string(out.join("import-report.txt")).unwrap();
    assert!(report.contains("compound actor `%`"), "{report}");

    // --strict stops at the malformed line.
    let o = sitrep()
        .args(["dictionary", "import", "--strict"])
        .arg(&dir)
        .arg("--out")
        .arg(&out)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("test.actors.txt:3:"));
}

#[test]
fn extract_codes_with_petrarch_dictionaries() {
    let dir = temp_dir("extract");
    write_dictionaries(&dir);
    let o = run_with(
        &[
            "extract",
            "--published",
            "2026-03-02",
            "--dictionary-format",
            "petrarch",
            "--dictionary",
            dir.to_str().unwrap(),
            "--no-builtin-dictionaries",
        ],
        b"Arnor signed a treaty with Gondor on Monday.",
        MINUTE,
    );
    let stdout = stdout(&o);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let record: serde_json::Value = serde_json::from_str(stdout.trim()).unwrap();
    let events = record["events"].as_array().unwrap();
    assert!(
        events.iter().any(|e| e["cameo"] == "057"
            && e["actor"]["cameo_actor"] == "ARN"
            && e["recipient"]["cameo_actor"] == "GON"
            // Coded by the pattern coder: the rule is the pattern line.
            && e["rule"]
                .as_str()
                .is_some_and(|r| r.contains("test.verbs.txt:3: * TREATY WITH +"))
            && e["trigger"]["text"] == "signed"),
        "{stdout}"
    );
}

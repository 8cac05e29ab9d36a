//! User dictionaries from the command line: `extract --dictionary PATH` and
//! `dictionary check PATH`.

mod common;

use common::*;

const MINISTER: &str = "@kind person\n[]\nname: Bakary Yaou Sangaré\ncode: NER | sector: GOV | role: foreign minister\n";

/// Runs `sitrep extract ARGS --published 2026-03-02` on `text`: (status, stdout, stderr).
fn extract(args: &[&str], text: &str) -> (i32, String, String) {
    let args = [&["extract"], args, &["--published", "2026-03-02"]].concat();
    let out = run_with(&args, text.as_bytes(), MINUTE);
    (out.status.code().unwrap_or(-1), stdout(&out), stderr(&out))
}

#[test]
fn extract_with_a_user_dictionary_codes_the_new_actor() {
    let dir = temp_dir("extract");
    std::fs::write(dir.join("ministers.txt"), MINISTER).unwrap();
    let text = "Bakary Yaou Sangaré met Marco Rubio in Washington on Monday.";
    let (code, plain, _) = extract(&[], text);
    assert_eq!(code, 0);
    assert!(!plain.contains("\"NER\""), "built-ins do not know him");
    let dict = dir.join("ministers.txt");
    let (code, out, err) = extract(&["--dictionary", dict.to_str().unwrap()], text);
    assert_eq!(code, 0, "{err}");
    let record: serde_json::Value = serde_json::from_str(out.lines().next().unwrap()).unwrap();
    let minister = record["entities"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["text"].as_str().unwrap_or("").contains("Sangaré"))
        .expect("the minister is an entity");
    assert_eq!(minister["code"], "NER");

    // A broken dictionary stops the run before any document, naming file and line.
    std::fs::write(
        dir.join("bad.txt"),
        "@kind person\n[]\nname: X Y\nhat: red\n",
    )
    .unwrap();
    let (code, out, err) = extract(&["--dictionary", dir.to_str().unwrap()], text);
    assert_eq!(code, 2);
    assert!(out.is_empty());
    assert!(err.contains("bad.txt:4:"), "{err}");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn dictionary_check_reports_each_file() {
    let dir = temp_dir("check");
    std::fs::write(dir.join("ministers.txt"), MINISTER).unwrap();
    std::fs::write(
        dir.join("mine.events.txt"),
        "[040] Consult\nverb: huddle > with\n",
    )
    .unwrap();
    let out = run(&["dictionary", "check", dir.to_str().unwrap()]);
    let printed = stdout(&out);
    assert_eq!(out.status.code(), Some(0), "{printed}");
    assert_eq!(
        printed.lines().filter(|l| l.contains(": ok (")).count(),
        2,
        "{printed}"
    );

    std::fs::write(dir.join("zz.events.txt"), "[999] Nothing\nverb: frob\n").unwrap();
    let out = run(&["dictionary", "check", dir.to_str().unwrap()]);
    let printed = stdout(&out);
    assert_eq!(out.status.code(), Some(1), "{printed}");
    assert!(
        printed.lines().any(|l| l.contains("zz.events.txt:1: ")),
        "{printed}"
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn dictionary_check_reports_every_error_with_its_line() {
    let dir = temp_dir("check-all");
    // Three different mistakes in one actor file, two in a pattern file.
    std::fs::write(
        dir.join("people.txt"),
        "@kind person\n[]\nname: Amina Diallo\ncode: MLI | hat: red\n\
         []\nname Moussa Keita\ncode: MLI\n[]\nname: Awa Traore\ncode: mli\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("mine.events.txt"),
        "[040] Consult\nverb: huddle > sideways\nadverb: closely\nverb: confer > with\n",
    )
    .unwrap();
    let out = run(&["dictionary", "check", dir.to_str().unwrap()]);
    let printed = stdout(&out);
    assert_eq!(out.status.code(), Some(1), "{printed}");
    let located: Vec<&str> = printed
        .lines()
        .filter_map(|l| l.split(": ").next())
        .filter_map(|l| l.rsplit('/').next())
        .collect();
    assert_eq!(
        located,
        [
            "mine.events.txt:2",
            "mine.events.txt:3",
            "people.txt:4",
            "people.txt:6",
            "people.txt:10"
        ],
        "{printed}"
    );
    assert!(
        stderr(&out).contains("5 errors in 2 of 2 files"),
        "{}",
        stderr(&out)
    );

    // Building a pipeline with them fails with all of them in the message.
    let (code, out, err) = extract(&["--dictionary", dir.to_str().unwrap()], "Mali.");
    assert_eq!(code, 2);
    assert!(out.is_empty());
    for at in [
        "people.txt:4:",
        "people.txt:6:",
        "people.txt:10:",
        "mine.events.txt:3:",
    ] {
        assert!(err.contains(at), "{at} missing in {err}");
    }
    std::fs::remove_dir_all(&dir).ok();
}

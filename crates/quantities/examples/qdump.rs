//! Prints the quantities found in each document of a JSON Lines file (`text` field),
//! or in the text given as the first argument.
//! `cargo run -p sitrep-quantities --example qdump -- ../shared/corpora/voa/voa_stories.jsonl`

fn dump(text: &str) {
    for m in sitrep_quantities::find_quantities(text) {
        println!(
            "  {:?} value={:?} min={:?} max={:?} approx={} unit={:?} kind={} noun={:?} cue={:?}",
            &text[m.start..m.end],
            m.value,
            m.min,
            m.max,
            m.approx,
            m.unit,
            m.kind.as_str(),
            m.noun_phrase.map(|(a, b)| &text[a..b]),
            m.cue.map(|(a, b)| &text[a..b])
        );
    }
}

fn main() {
    let arg = std::env::args().nth(1).unwrap_or_default();
    if arg.ends_with(".jsonl") {
        let data = std::fs::read_to_string(&arg).expect("read");
        for line in data.lines() {
            let doc: serde_json::Value = serde_json::from_str(line).expect("json");
            println!("== {}", doc["id"]);
            dump(doc["text"].as_str().unwrap_or_default());
        }
    } else {
        dump(&arg);
    }
}

//! Prints the quantities found in each document of a JSON Lines file (`text` field),
//! or in the text given as the first argument.
//! `cargo run -p sitrep-quantities --example qdump -- ../shared/corpora/voa/voa_stories.jsonl`

#[path = "../../textview/testing/harness.rs"]
mod harness;

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
    for (id, _, text) in harness::documents_from_args() {
        println!("== {id}");
        dump(&text);
    }
}

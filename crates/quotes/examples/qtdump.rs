//! Prints the quotations found in each document of a JSON Lines file (`text` field),
//! or in the text given as the first argument.
//! `cargo run -p sitrep-quotes --example qtdump -- ../shared/corpora/voa/voa_stories.jsonl`

#[path = "../../textview/testing/harness.rs"]
mod harness;

fn dump(text: &str) {
    for q in sitrep_quotes::find_quotes(text) {
        let content = &text[q.start..q.end];
        let short: String = content.chars().take(60).collect();
        println!(
            "  {:?}{} partial={} speaker={:?} cue={:?} according_to={:?}",
            short,
            if short.len() < content.len() {
                "..."
            } else {
                ""
            },
            q.partial,
            q.speaker.map(|(a, b)| &text[a..b]),
            q.cue_verb.map(|(a, b)| &text[a..b]),
            q.according_to.map(|(a, b)| &text[a..b])
        );
    }
}

fn main() {
    for (id, _, text) in harness::documents_from_args() {
        println!("== {id}");
        dump(&text);
    }
}

//! Show how sitrep reads a text: sentences, mentions, tags and events with their rules.
//!
//! `cargo run -p sitrep-core --example trace -- "Russia attacked Ukraine." [YYYY-MM-DD]`
//! or `cargo run -p sitrep-core --example trace -- --file story.txt [YYYY-MM-DD]`
//! (`SITREP_BACKSTOP_OFFSET=0`: with the detector's backstop on, `examples/common/documents.rs`).

use sitrep_record::InputDocument;

#[path = "common/documents.rs"]
#[allow(dead_code)]
mod documents;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let text = match args.first().map(String::as_str) {
        Some("--file") if args.len() > 1 => {
            std::fs::read_to_string(&args[1]).expect("a readable file")
        }
        Some(t) if t != "--file" => t.to_string(),
        _ => {
            eprintln!("usage: trace TEXT [PUBLISHED] | trace --file PATH [PUBLISHED]");
            std::process::exit(2);
        }
    };
    let published = args
        .iter()
        .skip(1)
        .find(|a| a.len() == 10 && a.as_bytes()[4] == b'-')
        .cloned();
    let doc = InputDocument {
        id: "explain".into(),
        text,
        published,
        ..InputDocument::default()
    };
    print!("{}", documents::pipeline().explain(&doc));
}

//! Prints the dates found in each document of a JSON Lines file (`text`, `published`),
//! or in the text given as the first argument (published date as the second).
//! `cargo run -p sitrep-dates --example ddump -- ../shared/corpora/voa/voa_stories.jsonl`

use chrono::NaiveDate;

#[path = "../../textview/testing/harness.rs"]
mod harness;

fn dump(text: &str, published: Option<NaiveDate>) {
    for m in sitrep_dates::find_dates(text, published) {
        let ctx_start = text[..m.start]
            .char_indices()
            .rev()
            .nth(30)
            .map_or(0, |(i, _)| i);
        println!(
            "  {:?} = {} .. {}   [{}]",
            &text[m.start..m.end],
            m.value.map(|v| v.to_string()).unwrap_or_default(),
            m.end_value.map(|v| v.to_string()).unwrap_or_default(),
            &text[ctx_start..m.end].replace('\n', " ")
        );
    }
}

fn main() {
    for (id, published, text) in harness::documents_from_args() {
        let published =
            published.and_then(|p| NaiveDate::parse_from_str(p.get(..10)?, "%Y-%m-%d").ok());
        println!("== {id} {published:?}");
        dump(&text, published);
    }
}

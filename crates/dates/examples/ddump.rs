//! Prints the dates found in each document of a JSON Lines file (`text`, `published`),
//! or in the text given as the first argument (published date as the second).
//! `cargo run -p sitrep-dates --example ddump -- ../shared/corpora/voa/voa_stories.jsonl`

use chrono::NaiveDate;

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
    let arg = std::env::args().nth(1).unwrap_or_default();
    if arg.ends_with(".jsonl") {
        let data = std::fs::read_to_string(&arg).expect("read");
        for line in data.lines() {
            let doc: serde_json::Value = serde_json::from_str(line).expect("json");
            let published = doc["published"]
                .as_str()
                .and_then(|p| NaiveDate::parse_from_str(p.get(..10)?, "%Y-%m-%d").ok());
            println!("== {} {:?}", doc["id"], published);
            dump(doc["text"].as_str().unwrap_or_default(), published);
        }
    } else {
        let published = std::env::args()
            .nth(2)
            .and_then(|p| NaiveDate::parse_from_str(&p, "%Y-%m-%d").ok());
        dump(&arg, published);
    }
}

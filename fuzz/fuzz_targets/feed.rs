//! Feed parsing and feed documents, with fetching off (nothing leaves the process).
#![no_main]

use libfuzzer_sys::fuzz_target;
use sitrep_ingest::{parse_feed, read_stream, Format, ReadOptions};

fuzz_target!(|data: &[u8]| {
    let _ = parse_feed(data, "https://example.org/feed.xml");
    let options = ReadOptions {
        format: Some(Format::Feed),
        allow_fetch: false,
        max_feed_entries: 50,
        ..ReadOptions::default()
    };
    read_stream(std::io::Cursor::new(data.to_vec()), "fuzz.rss", &options).for_each(drop);
});

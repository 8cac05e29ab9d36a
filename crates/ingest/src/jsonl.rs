//! JSON Lines reader: one document a line, read in bounded chunks so that neither a
//! huge file nor a single huge line is ever held in memory whole.

use std::io::{BufRead, ErrorKind};

use serde_json::{Map, Value};
use sitrep_record::InputDocument;

use crate::{check_published, too_large_message, Failure, Item, ReadOptions};

/// JSON escapes (`\u00e9`, `\"`) and the fields beside `text` make a line longer than the
/// text it carries; a line may be this many times the text limit, plus a fixed allowance,
/// before it is refused unread.
const LINE_EXPANSION: usize = 2;
const LINE_ALLOWANCE: usize = 64 * 1024;

/// The largest line [`read_jsonl`] keeps in memory for a given text limit.
pub(crate) fn line_cap(max_document_bytes: usize) -> usize {
    max_document_bytes
        .saturating_mul(LINE_EXPANSION)
        .saturating_add(LINE_ALLOWANCE)
}

/// What one bounded line read produced.
enum LineRead {
    /// End of input, nothing read.
    Eof,
    /// A line (without its `\n`) is in the buffer.
    Line,
    /// The line was longer than the cap; it was skipped, this many bytes in all.
    TooLong(usize),
}

/// Reads one line into `buf` (cleared first), keeping at most `cap` bytes: the rest of an
/// over-long line is consumed and counted but not stored.
fn read_bounded_line<R: BufRead>(
    reader: &mut R,
    buf: &mut Vec<u8>,
    cap: usize,
) -> std::io::Result<LineRead> {
    buf.clear();
    let mut total = 0usize;
    let mut overflow = false;
    loop {
        let available = match reader.fill_buf() {
            Ok(bytes) => bytes,
            Err(e) if e.kind() == ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if available.is_empty() {
            return Ok(match (total, overflow) {
                (0, _) => LineRead::Eof,
                (n, true) => LineRead::TooLong(n),
                (_, false) => LineRead::Line,
            });
        }
        let (chunk, found_newline) = match available.iter().position(|&b| b == b'\n') {
            Some(i) => (&available[..i], true),
            None => (available, false),
        };
        total += chunk.len();
        if !overflow {
            if buf.len() + chunk.len() <= cap {
                buf.extend_from_slice(chunk);
            } else {
                overflow = true;
                buf.clear();
                buf.shrink_to(LINE_ALLOWANCE);
            }
        }
        let used = chunk.len() + usize::from(found_newline);
        reader.consume(used);
        if found_newline {
            return Ok(if overflow {
                LineRead::TooLong(total)
            } else {
                LineRead::Line
            });
        }
    }
}

/// Iterator over the documents of a JSON Lines stream; see [`crate::read_jsonl`].
pub struct JsonlReader<R> {
    reader: R,
    origin: String,
    published: Option<String>,
    max_document_bytes: usize,
    line_number: usize,
    buf: Vec<u8>,
    done: bool,
}

impl<R: BufRead> JsonlReader<R> {
    pub(crate) fn new(reader: R, origin: &str, options: &ReadOptions) -> Self {
        JsonlReader {
            reader,
            origin: origin.to_string(),
            published: options.published.clone(),
            max_document_bytes: options.max_document_bytes,
            line_number: 0,
            buf: Vec::new(),
            done: false,
        }
    }

    fn failure(&self, id: String, message: String) -> Item {
        Item::Failed(Failure {
            id,
            origin: self.origin.clone(),
            message,
        })
    }

    fn line_id(&self) -> String {
        format!("{}:{}", self.origin, self.line_number)
    }
}

impl<R: BufRead> Iterator for JsonlReader<R> {
    type Item = Item;

    fn next(&mut self) -> Option<Item> {
        while !self.done {
            let cap = line_cap(self.max_document_bytes);
            let read = read_bounded_line(&mut self.reader, &mut self.buf, cap);
            self.line_number += 1;
            match read {
                Err(e) => {
                    // The stream cannot be trusted past a read error: report it and stop.
                    self.done = true;
                    let message = format!("cannot read {}: {e}", self.origin);
                    return Some(self.failure(self.line_id(), message));
                }
                Ok(LineRead::Eof) => self.done = true,
                Ok(LineRead::TooLong(n)) => {
                    let message = too_large_message(n, self.max_document_bytes);
                    return Some(self.failure(self.line_id(), message));
                }
                Ok(LineRead::Line) => {
                    let mut line: &[u8] = &self.buf;
                    if self.line_number == 1 {
                        line = line.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(line);
                    }
                    if line.iter().all(u8::is_ascii_whitespace) {
                        continue;
                    }
                    let line_id = self.line_id();
                    return Some(match parse_line(line, &line_id, self) {
                        Ok(doc) => Item::Document(doc),
                        Err((id, message)) => self.failure(id, message),
                    });
                }
            }
        }
        None
    }
}

/// Parses one non-blank line into a document, or `(id, message)` for a failure item.
fn parse_line<R>(
    line: &[u8],
    line_id: &str,
    reader: &JsonlReader<R>,
) -> Result<InputDocument, (String, String)> {
    let text = std::str::from_utf8(line).map_err(|e| {
        (
            line_id.to_string(),
            format!(
                "invalid UTF-8 at byte {} of line {}",
                e.valid_up_to(),
                reader.line_number
            ),
        )
    })?;
    let value: Value = serde_json::from_str(text.trim_end_matches('\r'))
        .map_err(|e| (line_id.to_string(), format!("malformed JSON: {e}")))?;
    let Value::Object(fields) = value else {
        return Err((
            line_id.to_string(),
            "expected a JSON object with `id` and `text`".to_string(),
        ));
    };
    object_to_document(
        fields,
        line_id,
        reader.max_document_bytes,
        &reader.published,
    )
}

/// Builds a document from a JSON object: the record's own fields are checked and taken,
/// every other field goes to `meta` (the entries of an input `meta` object are merged in,
/// so records written by `sitrep extract` can be read back).
pub(crate) fn object_to_document(
    fields: Map<String, Value>,
    fallback_id: &str,
    max_document_bytes: usize,
    default_published: &Option<String>,
) -> Result<InputDocument, (String, String)> {
    let mut doc = InputDocument {
        id: fallback_id.to_string(),
        ..InputDocument::default()
    };
    let mut text: Option<Value> = None;
    let mut problems: Vec<String> = Vec::new();
    for (key, value) in fields {
        match key.as_str() {
            "id" => match value {
                Value::String(s) if !s.is_empty() => doc.id = s,
                Value::Number(n) => doc.id = n.to_string(),
                Value::Null | Value::String(_) => {}
                _ => problems.push("`id` must be a string or a number".to_string()),
            },
            "text" => text = Some(value),
            // An empty string means "unknown" in many exports, not a value: an empty date
            // is no date (not a malformed one), and an empty URL is no URL (two documents
            // with `"url": ""` are not the same document).
            "title" => doc.title = optional_string(value, "title", &mut problems),
            "published" => doc.published = optional_string(value, "published", &mut problems),
            "url" => doc.url = optional_string(value, "url", &mut problems),
            "source" => doc.source = optional_string(value, "source", &mut problems),
            "meta" => match value {
                Value::Object(inner) => doc.meta.extend(inner),
                Value::Null => {}
                other => {
                    doc.meta.insert(key, other);
                }
            },
            _ => {
                doc.meta.insert(key, value);
            }
        }
    }
    match text {
        Some(Value::String(s)) => doc.text = s,
        Some(Value::Null) | None => problems.push("missing `text`".to_string()),
        Some(_) => problems.push("`text` must be a string".to_string()),
    }
    if let Some(published) = &doc.published {
        if let Err(e) = check_published(published) {
            problems.push(e);
        }
    }
    if !problems.is_empty() {
        let message = if doc.id == fallback_id {
            problems.join("; ")
        } else {
            format!("{} ({fallback_id})", problems.join("; "))
        };
        return Err((doc.id, message));
    }
    if doc.text.len() > max_document_bytes {
        return Err((
            doc.id,
            too_large_message(doc.text.len(), max_document_bytes),
        ));
    }
    if doc.published.is_none() {
        doc.published.clone_from(default_published);
    }
    Ok(doc)
}

/// A string field; blank (empty or whitespace only) counts as missing.
fn optional_string(value: Value, field: &str, problems: &mut Vec<String>) -> Option<String> {
    match value {
        Value::String(s) if s.trim().is_empty() => None,
        Value::String(s) => Some(s),
        Value::Null => None,
        _ => {
            problems.push(format!("`{field}` must be a string"));
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_all(input: &str, options: &ReadOptions) -> Vec<Item> {
        JsonlReader::new(input.as_bytes(), "in.jsonl", options).collect()
    }

    #[test]
    fn bounded_line_reader_skips_long_lines_and_keeps_the_next() {
        let data = format!("{}\nshort\n", "x".repeat(100));
        let mut reader = std::io::BufReader::with_capacity(8, data.as_bytes());
        let mut buf = Vec::new();
        assert!(matches!(
            read_bounded_line(&mut reader, &mut buf, 10).unwrap(),
            LineRead::TooLong(100)
        ));
        assert!(matches!(
            read_bounded_line(&mut reader, &mut buf, 10).unwrap(),
            LineRead::Line
        ));
        assert_eq!(buf, b"short");
        assert!(matches!(
            read_bounded_line(&mut reader, &mut buf, 10).unwrap(),
            LineRead::Eof
        ));
    }

    #[test]
    fn bounded_lines_match_std_lines_for_any_buffer_size() {
        // Lines of assorted lengths, some empty, the last without a newline.
        let mut data = String::new();
        let mut seed = 7u32;
        for i in 0..200 {
            seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            let len = (seed >> 16) as usize % 40;
            data.push_str(&char::from(b'a' + (i % 26) as u8).to_string().repeat(len));
            data.push('\n');
        }
        data.push_str("tail");
        let expected: Vec<&str> = data.lines().collect();
        for capacity in [1, 2, 3, 7, 64, 8192] {
            let mut reader = std::io::BufReader::with_capacity(capacity, data.as_bytes());
            let (mut buf, mut lines) = (Vec::new(), Vec::new());
            while let LineRead::Line = read_bounded_line(&mut reader, &mut buf, 1 << 20).unwrap() {
                lines.push(String::from_utf8(buf.clone()).unwrap());
            }
            assert_eq!(lines, expected, "buffer capacity {capacity}");
        }
    }

    #[test]
    fn last_line_without_newline_is_read() {
        let items = read_all("{\"id\":\"a\",\"text\":\"x\"}", &ReadOptions::default());
        assert_eq!(items.len(), 1);
        assert!(matches!(&items[0], Item::Document(d) if d.id == "a"));
    }

    #[test]
    fn fields_and_meta() {
        let line = r#"{"id":7,"text":"T","title":"Ti","published":"2025-03-14 20:30:26Z","section":"Asia","meta":{"k":1}}"#;
        let items = read_all(line, &ReadOptions::default());
        let Item::Document(doc) = &items[0] else {
            panic!("{items:?}")
        };
        assert_eq!(doc.id, "7");
        assert_eq!(doc.title.as_deref(), Some("Ti"));
        assert_eq!(doc.published.as_deref(), Some("2025-03-14 20:30:26Z"));
        assert_eq!(doc.meta["section"], "Asia");
        assert_eq!(doc.meta["k"], 1);
        assert!(!doc.meta.contains_key("meta"));
    }

    #[test]
    fn problems_are_per_line() {
        let input = "{\"text\":\"no id\"}\n\n{\"id\":\"b\"}\n{\"id\":\"c\",\"text\":5}\n[1]\n{\"id\":\"d\",\"text\":\"x\",\"published\":\"June 5\"}\n";
        let items = read_all(input, &ReadOptions::default());
        assert_eq!(items.len(), 5);
        assert!(matches!(&items[0], Item::Document(d) if d.id == "in.jsonl:1"));
        assert!(
            matches!(&items[1], Item::Failed(f) if f.id == "b" && f.message.contains("missing `text`") && f.message.contains("in.jsonl:3"))
        );
        assert!(matches!(&items[2], Item::Failed(f) if f.message.contains("must be a string")));
        assert!(matches!(&items[3], Item::Failed(f) if f.id == "in.jsonl:5"));
        assert!(
            matches!(&items[4], Item::Failed(f) if f.id == "d" && f.message.contains("YYYY-MM-DD"))
        );
    }

    #[test]
    fn default_published_fills_only_missing_dates() {
        let options = ReadOptions {
            published: Some("2024-01-02".into()),
            ..ReadOptions::default()
        };
        let input = "{\"id\":\"a\",\"text\":\"x\"}\n{\"id\":\"b\",\"text\":\"x\",\"published\":\"2025-06-05\"}\n{\"id\":\"c\",\"text\":\"x\",\"published\":\"\"}\n";
        let items = read_all(input, &options);
        let dates: Vec<_> = items
            .iter()
            .map(|i| match i {
                Item::Document(d) => d.published.clone().unwrap(),
                Item::Failed(f) => panic!("{f:?}"),
            })
            .collect();
        assert_eq!(dates, ["2024-01-02", "2025-06-05", "2024-01-02"]);
    }

    #[test]
    fn empty_strings_are_missing_values() {
        // `sitrep ingest` of two such lines failed with a UNIQUE constraint on the URL.
        let input = "{\"id\":\"a\",\"text\":\"x\",\"url\":\"\",\"title\":\" \",\"source\":\"\"}\n{\"id\":\"b\",\"text\":\"y\",\"url\":\"\"}\n";
        let items = read_all(input, &ReadOptions::default());
        for item in &items {
            let Item::Document(doc) = item else {
                panic!("{item:?}")
            };
            assert_eq!(doc.url, None);
            assert_eq!(doc.title, None);
            assert_eq!(doc.source, None);
        }
        assert_eq!(items.len(), 2);
    }

    #[test]
    fn text_over_the_limit_fails() {
        let options = ReadOptions {
            max_document_bytes: 10,
            ..ReadOptions::default()
        };
        let input = format!(
            "{{\"id\":\"big\",\"text\":\"{}\"}}\n{{\"id\":\"ok\",\"text\":\"small\"}}\n",
            "y".repeat(11)
        );
        let items = read_all(&input, &options);
        assert!(
            matches!(&items[0], Item::Failed(f) if f.id == "big" && f.message.contains("document too large (11 bytes > 10"))
        );
        assert!(matches!(&items[1], Item::Document(d) if d.id == "ok"));
    }
}

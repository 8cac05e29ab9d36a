//! The input side the tool examples share: the JSON Lines file named by the first argument,
//! one document a line (`id`, `text`, optional `title` and `published`; other fields
//! ignored), blank lines skipped. A document without an id is named by its line.

use std::io::BufRead;

use serde_json::Value;
use sitrep_core::Pipeline;
use sitrep_record::InputDocument;

/// The pipeline the tool examples code with: the built-in one, or, when the environment
/// sets `SITREP_BACKSTOP_OFFSET` (`STORY[,SHORT]`: numbers in the detector's trained units,
/// or `off`), the built-in detector with those offsets for stories and short documents
/// (`detector::SHORT_DOCUMENT`), so the harness can measure an operating point of the recall
/// backstop without rebuilding the weights.
pub fn pipeline() -> Pipeline {
    match std::env::var("SITREP_BACKSTOP_OFFSET") {
        Ok(v) => {
            let (story, short) = v.split_once(',').unwrap_or((&v, &v));
            let det = sitrep_core::detector::Detector::builtin()
                .clone()
                .with_offsets(story.trim().parse().ok(), short.trim().parse().ok());
            Pipeline::builder()
                .detector(Some(det))
                .build()
                .expect("built-in pipeline")
        }
        Err(_) => Pipeline::new(),
    }
}

/// Call `each` with every document of the file named by the first argument, in order;
/// `usage` is printed when there is no argument.
pub fn for_each_document(usage: &str, mut each: impl FnMut(InputDocument)) {
    let path = std::env::args().nth(1).expect(usage);
    let file = std::fs::File::open(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    for (n, line) in std::io::BufReader::new(file).lines().enumerate() {
        let line = line.unwrap_or_else(|e| panic!("{path}:{}: {e}", n + 1));
        if line.trim().is_empty() {
            continue;
        }
        let v: Value =
            serde_json::from_str(&line).unwrap_or_else(|e| panic!("{path}:{}: {e}", n + 1));
        let field = |k: &str| v[k].as_str().map(str::to_string);
        each(InputDocument {
            id: field("id").unwrap_or_else(|| format!("line-{}", n + 1)),
            text: field("text").unwrap_or_default(),
            title: field("title"),
            published: field("published"),
            ..InputDocument::default()
        });
    }
}

//! The pipeline: runs the stages over a document.

use sitrep_record::{InputDocument, Record};

/// Built once (dictionaries parsed, automata compiled), then shared across threads.
pub struct Pipeline {}

impl Default for Pipeline {
    fn default() -> Self {
        Self::new()
    }
}

impl Pipeline {
    pub fn new() -> Pipeline {
        Pipeline {}
    }

    /// Analyse one document. Never panics on any input text.
    pub fn process(&self, input: &InputDocument) -> Record {
        Record {
            id: input.id.clone(),
            title: input.title.clone(),
            published: input
                .published
                .as_ref()
                .map(|p| p.chars().take(10).collect()),
            url: input.url.clone(),
            language: Some("en".into()),
            text: input.text.clone(),
            meta: input.meta.clone(),
            ..Record::default()
        }
    }
}

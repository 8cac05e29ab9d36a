//! sitrep-core: the pipeline that turns one document into one record. No I/O while
//! analysing (the builder reads user dictionary files when a pipeline is built).
//!
//! A `Doc` goes through a flat list of stages, each a `fn(&Knowledge, &mut Doc)` that
//! adds its own layer (see `ARCHITECTURE.md` at the repository root for what each stage
//! reads and writes):
//!
//! text → mentions → actors → speakers → places → syntax → events → provenance → link
//! → keypoints, then `assemble` makes the [`Record`](sitrep_record::Record).
//!
//! The public API is [`Pipeline`] (built-in knowledge, or [`Pipeline::builder`] with a
//! user's dictionaries), [`StageTimes`] and the dictionary check; the stages are private.

mod abbrev;
mod actors;
mod assemble;
mod builder;
mod context;
pub mod detector;
mod doc;
mod events;
mod explain;
mod external;
mod frames;
mod keypoints;
mod knowledge;
mod link;
mod mentions;
mod pipeline;
mod places;
mod provenance;
mod recipients;
mod sentences;
#[cfg(test)]
mod slot_sources_blind;
mod speakers;
mod syntax;
#[cfg(test)]
mod testing;
mod text;
mod unattributed;
mod words;

pub use builder::{
    check_dictionary, dictionary_files, BuildError, BuildErrors, CheckedFile, DictionaryKind,
    PipelineBuilder,
};
pub use external::{CodedSentenceEvent, SentenceCoder};
pub use pipeline::{DetectorSentence, DroppedCandidate, Pipeline, StageTimes, STAGES};
pub use sitrep_record as record;

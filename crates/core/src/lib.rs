//! sitrep-core: the pipeline that turns one document into one record. No I/O.
//!
//! A [`Doc`](doc::Doc) flows through named stages (see `ARCHITECTURE.md` at the
//! repository root):
//!
//! | stage | module | adds |
//! |---|---|---|
//! | text | [`text`], [`sentences`] | tokens with normalised forms, sentences (body, heading, recap box) |
//! | actors | [`recognize`] | entities and their mentions: dictionary names, role phrases, unknown people, coreference |
//! | places | [`context::find_places`] | place names with coordinates |
//! | mentions | `sitrep-dates`, `sitrep-quantities`, `sitrep-quotes` | dates, numbers, quotations |
//! | syntax | [`syntax`] | tags and clause structure, only for sentences with an actor and a trigger |
//! | events | [`events`] | coded events with their rule |
//! | provenance | [`provenance`] | sources and modality |
//! | context | [`context`], [`keypoints`] | each event's date, place, quantities; key points |
//! | assemble | [`assemble`] | the record, with code-point offsets |

mod abbrev;
mod assemble;
mod builder;
mod context;
mod doc;
mod events;
mod explain;
mod keypoints;
mod knowledge;
mod pipeline;
mod provenance;
mod recognize;
mod sentences;
mod syntax;
mod text;

pub use builder::{
    check_dictionary, dictionary_files, BuildError, CheckedFile, DictionaryKind, PipelineBuilder,
};
pub use pipeline::{Pipeline, StageTimes, STAGES};
pub use sitrep_record as record;

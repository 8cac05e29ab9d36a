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
//! | events | [`events`], [`frames`], [`recipients`] | coded events with their rule; frames (intent, threat, demand, appeal, refusal) rewrite governed acts; recipients across the sentence and story |
//! | provenance | [`provenance`] | sources and modality |
//! | context | [`context`], [`keypoints`] | each event's date, place, quantities; key points |
//! | assemble | [`assemble`] | the record, with code-point offsets |

mod abbrev;
pub mod assemble;
pub mod context;
pub mod doc;
pub mod events;
mod explain;
pub mod frames;
pub mod keypoints;
pub mod pipeline;
pub mod provenance;
pub mod recipients;
pub mod recognize;
pub mod sentences;
pub mod syntax;
pub mod text;

pub use pipeline::{Pipeline, StageTimes, STAGES};
pub use sitrep_record as record;

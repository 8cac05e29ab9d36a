//! sitrep-core: the pipeline that turns one document into one record. No I/O.
//!
//! A [`Doc`](doc::Doc) flows through named stages (see `ARCHITECTURE.md`).

pub mod pipeline;

pub use pipeline::Pipeline;
pub use sitrep_record as record;

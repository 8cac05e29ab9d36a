//! sitrep-ingest (skeleton: being written)

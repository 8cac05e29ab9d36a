//! sitrep-tagger (skeleton: being written)

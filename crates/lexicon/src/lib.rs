//! sitrep-lexicon (skeleton: being written)

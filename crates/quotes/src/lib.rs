//! sitrep-quotes (skeleton: being written)

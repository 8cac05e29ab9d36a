//! sitrep-dates (skeleton: being written)

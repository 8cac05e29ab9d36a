//! sitrep-actors (skeleton: being written)

//! sitrep-store (skeleton: being written)

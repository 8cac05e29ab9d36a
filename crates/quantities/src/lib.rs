//! sitrep-quantities (skeleton: being written)

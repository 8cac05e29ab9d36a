//! sitrep-gazetteer (skeleton: being written)

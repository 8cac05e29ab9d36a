//! The weights file format and the in-memory feature table.
//!
//! # File format (`data/parser.bin`, all integers little-endian)
//!
//! ```text
//! magic            8 bytes  "SRPARSER"
//! format_version   u32      = 1
//! feature_version  u32      = state::FEATURE_VERSION used in training
//! n_tags           u32      = Tag::COUNT
//! tag names        n_tags x (u8 length, ASCII)     the tagger's tag set, checked at load
//! n_labels         u32      label 0 is ROOT
//! label names      n_labels x (u8 length, ASCII)   spaCy spelling, mapped to `Rel`
//! scale            f32      weight = quantised * scale (informational: the
//!                           argmax does not depend on it)
//! n_features       u32
//! n_entries        u32
//! keys             n_features x u64   feature hashes, strictly ascending
//! counts           n_features x u8    (class, weight) entries of each feature
//! entry_classes    n_entries  x u8    transition class, ascending within a feature
//! entry_weights    n_entries  x i16   quantised averaged-perceptron weight
//! ```
//!
//! Classes: 0 SHIFT, `1 + 2l` LEFT-ARC with label `l`, `2 + 2l` RIGHT-ARC.
//! Weights pruned in training (too small to matter) are absent: most features
//! carry a handful of classes.
//!
//! At load the features go into the shared hashed weight table ([`sitrep_weights::Table`],
//! whose docs describe the buckets, overflow runs and dense rows), one class per
//! transition.

use crate::rel::Rel;
use crate::state::FEATURE_VERSION;
use sitrep_tagger::Tag;
use sitrep_weights::Reader;

pub(crate) const MAGIC: &[u8; 8] = b"SRPARSER";
pub(crate) const FORMAT_VERSION: u32 = 1;
pub(crate) use sitrep_weights::{Resolved, Table};
pub use sitrep_weights::{MAX_CLASSES, WIDE};

/// Why a weights file could not be loaded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ModelError {
    /// Not a sitrep parser file, or an unsupported version.
    BadHeader(&'static str),
    /// The file ends early or its sections disagree ([`sitrep_weights::Error::Truncated`]),
    /// or declares more features or entries than the in-memory table can address
    /// ([`sitrep_weights::Error::TooLarge`]).
    File(sitrep_weights::Error),
    /// The file's tag set differs from the tagger's.
    TagSetMismatch,
    /// A label name that is not a known [`Rel`], or ROOT not first.
    UnknownLabel(String),
}

impl std::fmt::Display for ModelError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ModelError::BadHeader(what) => write!(f, "bad parser weights header: {what}"),
            ModelError::File(e) => write!(f, "parser weights file is {e}"),
            ModelError::TagSetMismatch => f.write_str("parser weights use another tag set"),
            ModelError::UnknownLabel(l) => write!(f, "parser weights: unknown label {l:?}"),
        }
    }
}

impl std::error::Error for ModelError {}

impl From<sitrep_weights::Error> for ModelError {
    fn from(e: sitrep_weights::Error) -> ModelError {
        ModelError::File(e)
    }
}

/// A loaded model: the table, the labels and the weight scale.
pub(crate) struct Loaded {
    pub table: Table,
    pub labels: Vec<Rel>,
    pub scale: f32,
}

/// The contents of a weights file, as written by [`write`].
#[derive(Clone, Debug, PartialEq)]
pub struct Weights {
    /// Label of each label index (ROOT first).
    pub labels: Vec<Rel>,
    /// Feature hash -> `(class, quantised weight)`, keys ascending.
    pub features: Vec<(u64, Vec<(u8, i16)>)>,
    pub scale: f32,
}

impl Weights {
    /// The same model without weights below `min` in absolute value (after
    /// dequantisation); features left without weights are dropped.
    pub fn pruned(&self, min: f32) -> Weights {
        let features = self
            .features
            .iter()
            .map(|(k, e)| {
                let e: Vec<(u8, i16)> = e
                    .iter()
                    .copied()
                    .filter(|&(_, w)| (w as f32 * self.scale).abs() >= min)
                    .collect();
                (*k, e)
            })
            .filter(|(_, e)| !e.is_empty())
            .collect();
        Weights {
            labels: self.labels.clone(),
            features,
            scale: self.scale,
        }
    }

    /// The file image.
    pub fn to_bytes(&self) -> Vec<u8> {
        write(&self.labels, &self.features, self.scale)
    }
}

/// The header and the features section of a weights file, checked (see the module docs
/// for the layout): the labels, the scale and the section.
fn read_parts(bytes: &[u8]) -> Result<(Vec<Rel>, f32, sitrep_weights::Section<'_>), ModelError> {
    let mut r = Reader::new(bytes);
    if r.take(8)? != MAGIC {
        return Err(ModelError::BadHeader("magic"));
    }
    if r.u32()? != FORMAT_VERSION {
        return Err(ModelError::BadHeader("format version"));
    }
    if r.u32()? != FEATURE_VERSION {
        return Err(ModelError::BadHeader("feature version"));
    }
    if !r.names_are(Tag::ALL.iter().map(|t| t.as_str()))? {
        return Err(ModelError::TagSetMismatch);
    }
    let n_labels = r.u32()? as usize;
    if n_labels == 0 || 1 + 2 * n_labels > MAX_CLASSES {
        return Err(sitrep_weights::Error::TooLarge.into());
    }
    let mut labels = Vec::with_capacity(n_labels);
    for _ in 0..n_labels {
        let name = String::from_utf8_lossy(r.name()?).into_owned();
        match Rel::from_name(&name) {
            Some(rel) if (rel == Rel::Root) == labels.is_empty() => labels.push(rel),
            _ => return Err(ModelError::UnknownLabel(name)),
        }
    }
    let scale = f32::from_bits(r.u32()?);
    let section = r.section(1 + 2 * n_labels)?;
    if !r.is_empty() {
        return Err(sitrep_weights::Error::Truncated.into());
    }
    Ok((labels, scale, section))
}

/// Reads and checks a weights file (see the module docs for the layout).
pub fn read(bytes: &[u8]) -> Result<Weights, ModelError> {
    let (labels, scale, section) = read_parts(bytes)?;
    let mut features = Vec::with_capacity(section.len());
    let mut prev = 0u64;
    for (key, run) in section.features() {
        let run: Vec<(u8, i16)> = run.into_iter().collect();
        // Ascending non-zero keys and non-empty runs, as the table needs.
        if key <= prev || run.is_empty() {
            return Err(sitrep_weights::Error::Truncated.into());
        }
        prev = key;
        features.push((key, run));
    }
    Ok(Weights {
        labels,
        features,
        scale,
    })
}

/// Loads a weights file into the lookup table, straight from the file's section (the
/// table checks the keys' order).
pub(crate) fn load(bytes: &[u8]) -> Result<Loaded, ModelError> {
    let (labels, scale, section) = read_parts(bytes)?;
    let table = Table::build(1 + 2 * labels.len(), section.len(), section.features())?;
    Ok(Loaded {
        table,
        labels,
        scale,
    })
}

/// Serialises a model: `labels` (ROOT first), features
/// (`key -> [(class, quantised weight)]`) and the scale. Deterministic: keys
/// ascending, classes ascending within a feature; features without entries
/// are dropped.
pub fn write(labels: &[Rel], features: &[(u64, Vec<(u8, i16)>)], scale: f32) -> Vec<u8> {
    assert_eq!(labels.first(), Some(&Rel::Root), "label 0 must be ROOT");
    let mut out = Vec::new();
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    out.extend_from_slice(&FEATURE_VERSION.to_le_bytes());
    sitrep_weights::write_names(&mut out, Tag::ALL.iter().map(|t| t.as_str()));
    sitrep_weights::write_names(&mut out, labels.iter().map(|l| l.name()));
    out.extend_from_slice(&scale.to_bits().to_le_bytes());
    sitrep_weights::write_section(&mut out, features);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The shipped weights read and written again: the same bytes.
    #[test]
    fn the_shipped_file_is_written_again_byte_for_byte() {
        let bytes: &[u8] = include_bytes!("../data/parser.bin");
        let w = read(bytes).expect("reads");
        assert!(w.to_bytes() == bytes);
        let loaded = load(bytes).expect("loads");
        assert_eq!(loaded.table.n_features(), w.features.len());
        // No two keys of a probe run share a fingerprint: every feature is stored.
        assert_eq!(loaded.table.n_stored(), w.features.len());
    }
}

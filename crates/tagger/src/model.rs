//! The weights file format and the in-memory feature table.
//!
//! # File format (`data/tagger.bin`, all integers little-endian)
//!
//! ```text
//! magic            8 bytes  "SRTAGGER"
//! format_version   u32      = 3
//! feature_version  u32      = features::FEATURE_VERSION used in training
//! n_tags           u32      = Tag::COUNT
//! tag names        n_tags x (u8 length, ASCII bytes)   PTB spelling, checked at load
//! scale            f32      weight = quantised * scale (informational: only
//!                           the argmax is used, and scaling does not change it)
//! n_features       u32
//! n_entries        u32
//! keys             n_features x u64   feature hashes, strictly ascending
//! counts           n_features x u8    number of (tag, weight) entries of each feature
//! entry_tags       n_entries  x u8    class index, ascending within a feature
//! entry_weights    n_entries  x i16   quantised averaged-perceptron weight
//! n_lex            u32
//! lex_keys         n_lex x u64        WordInfo::exact of a word seen >= 5 times in training
//! lex_values       n_lex x u8         its most frequent class index, | 0x80 when the
//!                                     word is in the tag dictionary (see below)
//! ```
//!
//! Entries are grouped by feature in key order; feature `k` owns the
//! `counts[k]` entries after those of features `0..k`. Weights that were
//! pruned (too small to matter) are simply absent, which is what makes the
//! file small: most features carry one to three tags.
//!
//! The lexicon gives each known word its most frequent tag; the features
//! use it for the next two words (a cheap look-ahead). Its
//! flagged entries form the tag dictionary: words (case-sensitive) that had one tag in at
//! least 99.5% of at least 50 training occurrences, like "the" or ",". They
//! are tagged by lookup without scoring, which is faster and, as those
//! words are unambiguous, no less accurate.
//!
//! At load the features go into the shared hashed weight table ([`sitrep_weights::Table`],
//! whose docs describe the buckets, overflow runs and dense rows), one class per tag; the
//! lexicon goes into an open-addressing table of its own.

use crate::features::{LEX_UNAMBIGUOUS, LEX_UNKNOWN};
use crate::tag::Tag;
use sitrep_weights::Reader;

pub(crate) const MAGIC: &[u8; 8] = b"SRTAGGER";
pub(crate) const FORMAT_VERSION: u32 = 3;

/// Why a weights file could not be loaded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ModelError {
    /// Not a sitrep tagger file, or an unsupported version.
    BadHeader(&'static str),
    /// The file ends early or its sections disagree ([`sitrep_weights::Error::Truncated`]),
    /// or declares more features or entries than the in-memory table can address
    /// ([`sitrep_weights::Error::TooLarge`]).
    File(sitrep_weights::Error),
    /// The file's tag set differs from [`Tag::ALL`].
    TagSetMismatch,
}

impl std::fmt::Display for ModelError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ModelError::BadHeader(what) => write!(f, "bad tagger weights header: {what}"),
            ModelError::File(e) => write!(f, "tagger weights file is {e}"),
            ModelError::TagSetMismatch => f.write_str("tagger weights use a different tag set"),
        }
    }
}

impl std::error::Error for ModelError {}

/// Slots of a wide score row ([`Table::score_wide`]): one per `u8` tag index.
pub(crate) const WIDE: usize = sitrep_weights::WIDE;

/// Feature hash -> sparse per-tag weights, plus the tag lexicon.
pub(crate) struct Table {
    weights: sitrep_weights::Table,
    /// The lexicon: open addressing, linear probing, a key of 0 marks an empty slot.
    dict: Vec<LexSlot>,
    dict_mask: usize,
    dict_len: usize,
}

/// A lexicon slot: a word's `WordInfo::exact` hash (0: empty) and its lexicon value
/// side by side, so a lookup reads one cache line (kept in two arrays, a found word cost
/// two misses, the key's and the value's).
#[derive(Clone, Copy, Default)]
struct LexSlot {
    key: u64,
    value: u8,
}

impl From<sitrep_weights::Error> for ModelError {
    fn from(e: sitrep_weights::Error) -> ModelError {
        ModelError::File(e)
    }
}

impl Table {
    /// Adds the weights of `feats` into `scores`.
    #[inline(always)]
    pub fn score<const N: usize>(&self, feats: &[u64; N], scores: &mut [i32; Tag::COUNT]) {
        self.weights.score(feats, scores);
    }

    /// [`Table::score`] into a row of [`WIDE`] slots, one per `u8` tag index, so that a
    /// tag index needs neither a clamp nor a bounds check (tag indices are validated at
    /// load, so only the first `Tag::COUNT` slots are ever added to; the same sums).
    #[inline(always)]
    pub fn score_wide<const N: usize>(&self, feats: &[u64; N], scores: &mut [i32; WIDE]) {
        self.weights
            .score_wide_fixed::<N, { Tag::COUNT }>(feats, scores);
    }

    /// Feature `f`'s bucket, looked up now, for [`Table::add_resolved_wide`].
    pub fn resolve(&self, f: u64) -> sitrep_weights::Resolved {
        self.weights.resolve(f)
    }

    /// Adds the weights of a feature resolved by [`Table::resolve`] into a row of
    /// [`WIDE`] slots: the same sum as [`Table::score_wide`] of that feature.
    #[inline(always)]
    pub fn add_resolved_wide(&self, r: &sitrep_weights::Resolved, scores: &mut [i32; WIDE]) {
        self.weights
            .add_resolved_wide_fixed::<{ Tag::COUNT }>(r, scores);
    }

    /// A feature hash that finds the filled bucket at `n` (modulo the table) at once, if
    /// that bucket is filled (tests reach every kind of bucket with it).
    #[cfg(test)]
    pub(crate) fn stored_key(&self, n: usize) -> Option<u64> {
        self.weights.stored_key(n)
    }

    /// The lexicon entry of a word by its `WordInfo::exact` hash, or
    /// `LEX_UNKNOWN`.
    #[inline(always)]
    pub fn lex(&self, exact: u64) -> u8 {
        let mut i = exact as usize & self.dict_mask;
        loop {
            let LexSlot { key: k, value } = self.dict[i];
            if k == exact {
                return value;
            }
            if k == 0 {
                return LEX_UNKNOWN;
            }
            i = (i + 1) & self.dict_mask;
        }
    }

    pub fn n_features(&self) -> usize {
        self.weights.n_features()
    }

    pub fn n_entries(&self) -> usize {
        self.weights.n_entries()
    }

    pub fn lex_len(&self) -> usize {
        self.dict_len
    }

    pub fn dict_len(&self) -> usize {
        self.dict
            .iter()
            .filter(|s| s.key != 0 && s.value & LEX_UNAMBIGUOUS != 0)
            .count()
    }
}

/// Parses a weights file (see the module docs for the layout).
pub(crate) fn load(bytes: &[u8]) -> Result<(Table, f32), ModelError> {
    let mut r = Reader::new(bytes);
    if r.take(8)? != MAGIC {
        return Err(ModelError::BadHeader("magic"));
    }
    if r.u32()? != FORMAT_VERSION {
        return Err(ModelError::BadHeader("format version"));
    }
    if r.u32()? != crate::features::FEATURE_VERSION {
        return Err(ModelError::BadHeader("feature version"));
    }
    if !r.names_are(Tag::ALL.iter().map(|t| t.as_str()))? {
        return Err(ModelError::TagSetMismatch);
    }
    let scale = f32::from_bits(r.u32()?);
    let section = r.section(Tag::COUNT)?;
    let weights = sitrep_weights::Table::build(Tag::COUNT, section.len(), section.features())?;
    let n_dict = r.u32()? as usize;
    if n_dict > 1 << 24 {
        return Err(sitrep_weights::Error::TooLarge.into());
    }
    let dict_keys_in = r.u64s(n_dict)?;
    let dict_tags_in = r.take(n_dict)?;
    if !r.is_empty()
        || dict_tags_in
            .iter()
            .any(|&t| (t & !LEX_UNAMBIGUOUS) as usize >= Tag::COUNT)
    {
        return Err(sitrep_weights::Error::Truncated.into());
    }
    // Load factor 1/3 to 2/3 (0.55 for the shipped 9,069 words: 256 KB of slots).
    let dict_cap = (n_dict + n_dict / 2).next_power_of_two().max(16);
    let dict_mask = dict_cap - 1;
    let mut dict = vec![LexSlot::default(); dict_cap];
    for (key, &tag) in dict_keys_in.zip(dict_tags_in) {
        if key == 0 {
            return Err(sitrep_weights::Error::Truncated.into());
        }
        let mut i = key as usize & dict_mask;
        while dict[i].key != 0 && dict[i].key != key {
            i = (i + 1) & dict_mask;
        }
        dict[i] = LexSlot { key, value: tag };
    }
    Ok((
        Table {
            weights,
            dict,
            dict_mask,
            dict_len: n_dict,
        },
        scale,
    ))
}

/// Serialises features (`key -> [(tag, quantised weight)]`) and the tag
/// lexicon (`exact word hash -> WordInfo::lex value`) into the file format. Output is
/// deterministic: keys ascending, tags ascending within a feature.
pub fn write(features: &[(u64, Vec<(Tag, i16)>)], dict: &[(u64, u8)], scale: f32) -> Vec<u8> {
    let mut out = Vec::new();
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    out.extend_from_slice(&crate::features::FEATURE_VERSION.to_le_bytes());
    sitrep_weights::write_names(&mut out, Tag::ALL.iter().map(|t| t.as_str()));
    out.extend_from_slice(&scale.to_bits().to_le_bytes());
    let feats: Vec<(u64, Vec<(u8, i16)>)> = features
        .iter()
        .map(|(k, e)| (*k, e.iter().map(|&(t, w)| (t as u8, w)).collect()))
        .collect();
    sitrep_weights::write_section(&mut out, &feats);
    let mut dict = dict.to_vec();
    dict.sort();
    dict.dedup_by_key(|(k, _)| *k);
    out.extend_from_slice(&(dict.len() as u32).to_le_bytes());
    for (k, _) in &dict {
        out.extend_from_slice(&k.to_le_bytes());
    }
    out.extend(dict.iter().map(|(_, t)| *t));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The shipped weights, read section by section and written again by [`write`]:
    /// the same bytes (the writer and the reader agree on the format to the byte).
    #[test]
    fn the_shipped_file_is_written_again_byte_for_byte() {
        let bytes: &[u8] = include_bytes!("../data/tagger.bin");
        let mut r = Reader::new(bytes);
        r.take(8 + 4 + 4 + 4).expect("header");
        for _ in Tag::ALL {
            r.name().expect("tag name");
        }
        let scale = f32::from_bits(r.u32().expect("scale"));
        let section = r.section(Tag::COUNT).expect("features");
        let features: Vec<(u64, Vec<(Tag, i16)>)> = section
            .features()
            .map(|(k, run)| {
                (
                    k,
                    run.into_iter()
                        .map(|(c, w)| (Tag::ALL[c as usize], w))
                        .collect(),
                )
            })
            .collect();
        let n = r.u32().expect("lexicon size") as usize;
        let keys: Vec<u64> = r.u64s(n).expect("lexicon keys").collect();
        let values = r.take(n).expect("lexicon values");
        assert!(r.is_empty());
        let dict: Vec<(u64, u8)> = keys.into_iter().zip(values.iter().copied()).collect();
        assert!(write(&features, &dict, scale) == bytes);
        let (table, _) = load(bytes).expect("loads");
        assert_eq!(table.n_features(), features.len());
        // No two keys of a probe run share a fingerprint: every feature is stored.
        assert_eq!(table.weights.n_stored(), features.len());
        // Every lexicon word is found with its value (slots hold key and value side by
        // side), and words it lacks are unknown.
        assert!(dict.iter().all(|&(k, v)| table.lex(k) == v));
        let flagged = dict.iter().filter(|(_, v)| v & LEX_UNAMBIGUOUS != 0);
        assert_eq!(table.dict_len(), flagged.count());
        for absent in (1..200u64).map(|j| j.wrapping_mul(0x9E37_79B9_7F4A_7C15)) {
            if dict.iter().all(|&(k, _)| k != absent) {
                assert_eq!(table.lex(absent), LEX_UNKNOWN);
            }
        }
    }
}

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
//! At load the keys go into an open-addressing table (linear probing,
//! load factor 1/3 to 2/3, home bucket = low bits of the already-mixed key) of
//! 16-byte buckets: the key's upper 32 bits as a fingerprint, the run length
//! and up to three (tag, weight) pairs inline (most features carry one to
//! three tags), so scoring a feature is one memory access; a longer run sits
//! in an overflow array, or from 16 entries on in a dense row of one `i32` per
//! tag, its start in the bucket. A zero length marks an empty bucket. An unseen feature falsely matches only if it shares a fingerprint
//! with a stored key in its probe run (about 2^-32 per lookup).

use crate::features::{LEX_UNAMBIGUOUS, LEX_UNKNOWN};
use crate::tag::Tag;

pub(crate) const MAGIC: &[u8; 8] = b"SRTAGGER";
pub(crate) const FORMAT_VERSION: u32 = 3;

/// Why a weights file could not be loaded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ModelError {
    /// Not a sitrep tagger file, or an unsupported version.
    BadHeader(&'static str),
    /// The file ends early or its sections disagree.
    Truncated,
    /// The file's tag set differs from [`Tag::ALL`].
    TagSetMismatch,
    /// More features or entries than the in-memory table can address.
    TooLarge,
}

impl std::fmt::Display for ModelError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ModelError::BadHeader(what) => write!(f, "bad tagger weights header: {what}"),
            ModelError::Truncated => {
                f.write_str("tagger weights file is truncated or inconsistent")
            }
            ModelError::TagSetMismatch => f.write_str("tagger weights use a different tag set"),
            ModelError::TooLarge => f.write_str("tagger weights file is too large"),
        }
    }
}

impl std::error::Error for ModelError {}

#[derive(Clone, Copy)]
#[repr(C)]
pub(crate) struct Entry {
    pub tag: u16,
    pub weight: i16,
}

/// Entries stored inside a bucket; longer runs go to the overflow array.
const INLINE: usize = 3;
/// Runs this long or longer are stored as dense rows (one `i32` per tag) and
/// added with vector instructions: the features of previous tags and of
/// frequent words carry weights for most tags, and a scattered add per entry
/// was a third of the tagger's scoring instructions.
const DENSE_FROM: usize = 16;
/// `Bucket::len` of a feature stored as a dense row.
const DENSE: u8 = u8::MAX;

/// One table bucket (16 bytes, a quarter of a cache line): a feature's
/// fingerprint (upper 32 bits of its hash), its number of entries and up to
/// [`INLINE`] (tag, weight) pairs; a longer run lives in `Table::overflow`,
/// its start kept in `w[0]` and `w[1]`. `len == 0` marks an empty bucket.
/// Inline pairs past `len`, and all of an empty bucket's, are (tag 0, weight
/// 0), so scoring may add all three.
#[derive(Clone, Copy, Default)]
#[repr(C, align(16))]
struct Bucket {
    fp: u32,
    len: u8,
    t: [u8; INLINE],
    w: [i16; 4],
}

/// Slots of a wide score row ([`Table::score_wide`]): one per `u8` tag index.
pub(crate) const WIDE: usize = 256;

/// Feature hash -> sparse per-tag weights, plus the tag dictionary.
pub(crate) struct Table {
    buckets: Vec<Bucket>,
    mask: usize,
    overflow: Vec<Entry>,
    /// Dense rows of `Tag::COUNT` weights each, widened to `i32` at load.
    dense: Vec<i32>,
    n_entries: usize,
    n_features: usize,
    dict_keys: Vec<u64>,
    dict_tags: Vec<u8>,
    dict_mask: usize,
    dict_len: usize,
}

const START_BITS: u32 = 24;

/// Where a dense or overflow bucket's weights start: the index its two weight slots hold.
#[inline(always)]
fn bucket_start(b: &Bucket) -> usize {
    (b.w[0] as u16 as usize) | (b.w[1] as u16 as usize) << 16
}

impl Table {
    /// Feature `f`'s bucket, probing on from its home bucket `first`: the feature's own
    /// or, for an unseen feature, an empty one.
    #[inline(always)]
    fn probe(&self, f: u64, first: Bucket) -> Bucket {
        let fp = (f >> 32) as u32;
        let mut b = first;
        let mut i = f as usize & self.mask;
        while b.len != 0 && b.fp != fp {
            i = (i + 1) & self.mask;
            b = self.buckets[i];
        }
        b
    }

    /// Adds the weights of `feats` into `scores`.
    #[inline(always)]
    pub fn score<const N: usize>(&self, feats: &[u64; N], scores: &mut [i32; Tag::COUNT]) {
        // First read every feature's home bucket, so the (mostly cache-missing)
        // loads are independent and overlap; then resolve them.
        let mut home = [Bucket::default(); N];
        for (h, &f) in home.iter_mut().zip(feats) {
            *h = self.buckets[f as usize & self.mask];
        }
        for (&f, &first) in feats.iter().zip(&home) {
            let b = self.probe(f, first);
            let len = b.len as usize;
            // Tag indices are validated at load; `min` keeps the indexing
            // provably in bounds.
            if len <= INLINE {
                // All three pairs, whatever the length: unused pairs (and every
                // pair of an empty bucket) are (tag 0, weight 0) and add
                // nothing, and a fixed count spares a mispredicted branch per
                // feature.
                for j in 0..INLINE {
                    scores[(b.t[j] as usize).min(Tag::COUNT - 1)] += b.w[j] as i32;
                }
            } else if b.len == DENSE {
                let row = bucket_start(&b) * Tag::COUNT;
                for (s, &w) in scores.iter_mut().zip(&self.dense[row..row + Tag::COUNT]) {
                    *s += w;
                }
            } else {
                let start = bucket_start(&b);
                for e in &self.overflow[start..start + len] {
                    scores[(e.tag as usize).min(Tag::COUNT - 1)] += e.weight as i32;
                }
            }
        }
    }

    /// [`Table::score`] into a row of [`WIDE`] slots, one per `u8` tag index, so that a
    /// tag index needs neither a clamp nor a bounds check (tag indices are validated at
    /// load, so only the first `Tag::COUNT` slots are ever added to; the same sums).
    #[inline(always)]
    pub fn score_wide<const N: usize>(&self, feats: &[u64; N], scores: &mut [i32; WIDE]) {
        let mut home = [Bucket::default(); N];
        for (h, &f) in home.iter_mut().zip(feats) {
            *h = self.buckets[f as usize & self.mask];
        }
        for (&f, &first) in feats.iter().zip(&home) {
            let b = self.probe(f, first);
            let len = b.len as usize;
            if len <= INLINE {
                for j in 0..INLINE {
                    scores[b.t[j] as usize] += b.w[j] as i32;
                }
            } else if b.len == DENSE {
                let row = bucket_start(&b) * Tag::COUNT;
                for (s, &w) in scores[..Tag::COUNT]
                    .iter_mut()
                    .zip(&self.dense[row..row + Tag::COUNT])
                {
                    *s += w;
                }
            } else {
                let start = bucket_start(&b);
                for e in &self.overflow[start..start + len] {
                    scores[(e.tag & 0xFF) as usize] += e.weight as i32;
                }
            }
        }
    }

    /// A feature hash that finds the filled bucket at `n` (modulo the table) at once, if
    /// that bucket is filled (tests reach every kind of bucket with it).
    #[cfg(test)]
    pub(crate) fn stored_key(&self, n: usize) -> Option<u64> {
        let i = n & self.mask;
        let b = self.buckets[i];
        (b.len != 0).then_some(((b.fp as u64) << 32) | i as u64)
    }

    /// The lexicon entry of a word by its `WordInfo::exact` hash, or
    /// `LEX_UNKNOWN`.
    #[inline(always)]
    pub fn lex(&self, exact: u64) -> u8 {
        let mut i = exact as usize & self.dict_mask;
        loop {
            let k = self.dict_keys[i];
            if k == exact {
                return self.dict_tags[i];
            }
            if k == 0 {
                return LEX_UNKNOWN;
            }
            i = (i + 1) & self.dict_mask;
        }
    }

    pub fn n_features(&self) -> usize {
        self.n_features
    }

    pub fn n_entries(&self) -> usize {
        self.n_entries
    }

    pub fn lex_len(&self) -> usize {
        self.dict_len
    }

    pub fn dict_len(&self) -> usize {
        self.dict_tags
            .iter()
            .filter(|&&t| t & LEX_UNAMBIGUOUS != 0)
            .count()
    }
}

struct Reader<'a> {
    b: &'a [u8],
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], ModelError> {
        if self.b.len() < n {
            return Err(ModelError::Truncated);
        }
        let (h, t) = self.b.split_at(n);
        self.b = t;
        Ok(h)
    }
    fn u32(&mut self) -> Result<u32, ModelError> {
        let b = self.take(4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }
    fn u64s(&mut self, n: usize) -> Result<impl Iterator<Item = u64> + 'a, ModelError> {
        let b = self.take(n.checked_mul(8).ok_or(ModelError::Truncated)?)?;
        Ok(b.chunks_exact(8)
            .map(|c| u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]])))
    }
}

/// Parses a weights file (see the module docs for the layout).
pub(crate) fn load(bytes: &[u8]) -> Result<(Table, f32), ModelError> {
    let mut r = Reader { b: bytes };
    if r.take(8)? != MAGIC {
        return Err(ModelError::BadHeader("magic"));
    }
    if r.u32()? != FORMAT_VERSION {
        return Err(ModelError::BadHeader("format version"));
    }
    if r.u32()? != crate::features::FEATURE_VERSION {
        return Err(ModelError::BadHeader("feature version"));
    }
    if r.u32()? as usize != Tag::COUNT {
        return Err(ModelError::TagSetMismatch);
    }
    for tag in Tag::ALL {
        let len = r.take(1)?[0] as usize;
        if r.take(len)? != tag.as_str().as_bytes() {
            return Err(ModelError::TagSetMismatch);
        }
    }
    let scale = f32::from_bits(r.u32()?);
    let n_features = r.u32()? as usize;
    let n_entries = r.u32()? as usize;
    if n_entries >= 1 << START_BITS || n_features > 1 << 28 {
        return Err(ModelError::TooLarge);
    }
    let keys = r.u64s(n_features)?;
    let counts = r.take(n_features)?;
    let tags = r.take(n_entries)?;
    let weights = r.take(n_entries * 2)?;
    if counts.iter().map(|&c| c as usize).sum::<usize>() != n_entries
        || tags.iter().any(|&t| t as usize >= Tag::COUNT)
    {
        return Err(ModelError::Truncated);
    }
    let entries: Vec<Entry> = tags
        .iter()
        .zip(weights.chunks_exact(2))
        .map(|(&t, w)| Entry {
            tag: t as u16,
            weight: i16::from_le_bytes([w[0], w[1]]),
        })
        .collect();
    // Load factor between 1/3 and 2/3 (0.61 for the shipped weights, 2 MB of
    // buckets): at most half full they would take 4 MB for no measurable gain.
    // Always below 1, so a probe for an unseen feature ends on an empty bucket.
    let capacity = (n_features + n_features / 2).next_power_of_two().max(16);
    let mask = capacity - 1;
    let mut buckets = vec![Bucket::default(); capacity];
    let mut overflow = Vec::new();
    let mut dense: Vec<i32> = Vec::new();
    let mut start = 0usize;
    let mut prev = 0u64;
    for (key, &count) in keys.zip(counts) {
        // Ascending keys and non-empty runs: every filled bucket has a
        // non-zero length and no key is inserted twice.
        if key <= prev || count == 0 {
            return Err(ModelError::Truncated);
        }
        prev = key;
        let run = &entries[start..start + count as usize];
        start += count as usize;
        let fp = (key >> 32) as u32;
        let mut i = key as usize & mask;
        while buckets[i].len != 0 && buckets[i].fp != fp {
            i = (i + 1) & mask;
        }
        // Two features sharing a fingerprint in one probe run: keep the
        // first; the file is still usable.
        if buckets[i].len != 0 {
            continue;
        }
        let mut b = Bucket {
            fp,
            len: count,
            ..Bucket::default()
        };
        if run.len() <= INLINE {
            for (j, e) in run.iter().enumerate() {
                b.t[j] = e.tag as u8;
                b.w[j] = e.weight;
            }
        } else {
            let at = if run.len() >= DENSE_FROM {
                b.len = DENSE;
                let row = dense.len() / Tag::COUNT;
                dense.resize(dense.len() + Tag::COUNT, 0);
                for e in run {
                    // Tags are checked at load; a tag twice adds twice, as
                    // the scattered adds would.
                    dense[row * Tag::COUNT + e.tag as usize] += e.weight as i32;
                }
                row
            } else {
                let at = overflow.len();
                overflow.extend_from_slice(run);
                at
            };
            b.w[0] = at as u16 as i16;
            b.w[1] = (at >> 16) as u16 as i16;
        }
        buckets[i] = b;
    }
    let n_dict = r.u32()? as usize;
    if n_dict > 1 << 24 {
        return Err(ModelError::TooLarge);
    }
    let dict_keys_in = r.u64s(n_dict)?;
    let dict_tags_in = r.take(n_dict)?;
    if !r.b.is_empty()
        || dict_tags_in
            .iter()
            .any(|&t| (t & !LEX_UNAMBIGUOUS) as usize >= Tag::COUNT)
    {
        return Err(ModelError::Truncated);
    }
    let dict_cap = (n_dict * 2).next_power_of_two().max(16);
    let dict_mask = dict_cap - 1;
    let mut dict_keys = vec![0u64; dict_cap];
    let mut dict_tags = vec![0u8; dict_cap];
    for (key, &tag) in dict_keys_in.zip(dict_tags_in) {
        if key == 0 {
            return Err(ModelError::Truncated);
        }
        let mut i = key as usize & dict_mask;
        while dict_keys[i] != 0 && dict_keys[i] != key {
            i = (i + 1) & dict_mask;
        }
        dict_keys[i] = key;
        dict_tags[i] = tag;
    }
    Ok((
        Table {
            buckets,
            mask,
            overflow,
            dense,
            n_entries,
            n_features,
            dict_keys,
            dict_tags,
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
    let mut feats: Vec<(u64, Vec<(Tag, i16)>)> = features
        .iter()
        .filter(|(_, e)| !e.is_empty())
        .cloned()
        .collect();
    feats.sort_by_key(|(k, _)| *k);
    for (_, e) in &mut feats {
        e.sort_by_key(|(t, _)| *t);
    }
    let mut out = Vec::new();
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    out.extend_from_slice(&crate::features::FEATURE_VERSION.to_le_bytes());
    out.extend_from_slice(&(Tag::COUNT as u32).to_le_bytes());
    for tag in Tag::ALL {
        out.push(tag.as_str().len() as u8);
        out.extend_from_slice(tag.as_str().as_bytes());
    }
    out.extend_from_slice(&scale.to_bits().to_le_bytes());
    let n_entries: usize = feats.iter().map(|(_, e)| e.len()).sum();
    out.extend_from_slice(&(feats.len() as u32).to_le_bytes());
    out.extend_from_slice(&(n_entries as u32).to_le_bytes());
    for (k, _) in &feats {
        out.extend_from_slice(&k.to_le_bytes());
    }
    for (_, e) in &feats {
        assert!(e.len() <= Tag::COUNT);
        out.push(e.len() as u8);
    }
    for (_, e) in &feats {
        out.extend(e.iter().map(|(t, _)| *t as u8));
    }
    for (_, e) in &feats {
        for (_, w) in e {
            out.extend_from_slice(&w.to_le_bytes());
        }
    }
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

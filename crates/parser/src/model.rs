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
//! At load the keys go into an open-addressing table (linear probing, load
//! factor 1/3 to 2/3) of 16-byte buckets: the key's upper 32 bits as a
//! fingerprint and up to three (class, weight) pairs inline (most features
//! have one or two), so scoring a feature is one memory access; longer runs
//! sit in an overflow array. An unseen feature falsely matches only if it
//! shares home bits and fingerprint with a stored one (about 2^-32 per lookup).

use crate::rel::Rel;
use crate::state::FEATURE_VERSION;
use sitrep_tagger::Tag;

pub(crate) const MAGIC: &[u8; 8] = b"SRPARSER";
pub(crate) const FORMAT_VERSION: u32 = 1;
/// Sanity bound on the entries a file may declare.
const MAX_ENTRIES: usize = 1 << 24;
/// Most classes a model may have (class indices are stored as `u8`).
pub const MAX_CLASSES: usize = 255;
/// Length of a score row of [`Table::score_wide`]: one slot for every `u8` class.
pub const WIDE: usize = 256;

/// Why a weights file could not be loaded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ModelError {
    /// Not a sitrep parser file, or an unsupported version.
    BadHeader(&'static str),
    /// The file ends early or its sections disagree.
    Truncated,
    /// The file's tag set differs from the tagger's.
    TagSetMismatch,
    /// A label name that is not a known [`Rel`], or ROOT not first.
    UnknownLabel(String),
    /// More features or entries than the in-memory table can address.
    TooLarge,
}

impl std::fmt::Display for ModelError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ModelError::BadHeader(what) => write!(f, "bad parser weights header: {what}"),
            ModelError::Truncated => {
                f.write_str("parser weights file is truncated or inconsistent")
            }
            ModelError::TagSetMismatch => f.write_str("parser weights use another tag set"),
            ModelError::UnknownLabel(l) => write!(f, "parser weights: unknown label {l:?}"),
            ModelError::TooLarge => f.write_str("parser weights file is too large"),
        }
    }
}

impl std::error::Error for ModelError {}

#[derive(Clone, Copy)]
pub(crate) struct Entry {
    pub class: u8,
    pub weight: i16,
}

/// Entries stored inside a bucket; longer runs go to the overflow array.
const INLINE: usize = 3;
/// Runs longer than this are stored as dense rows (one weight per class) and
/// added with vector instructions: features of tags alone carry weights for
/// most classes, and a scattered add per entry was the parser's hot loop.
const DENSE_FROM: usize = 16;
/// `Bucket::len` of a feature stored as a dense row.
const DENSE: u8 = u8::MAX;

/// One table bucket (16 bytes, a quarter of a cache line): a feature's
/// fingerprint (upper 32 bits of its hash) and up to three (class, weight)
/// pairs inline, so the common feature costs one memory access; a longer run
/// lives in `overflow` (or, from [`DENSE_FROM`] entries on, as a row of
/// `dense`), its start kept in `w[0]` and `w[1]`. `len == 0` marks an empty
/// bucket, `len == DENSE` a dense row. Inline pairs past `len`, and all of an
/// empty bucket's, are (class 0, weight 0), so scoring may add all three.
#[derive(Clone, Copy, Default)]
#[repr(C, align(16))]
struct Bucket {
    fp: u32,
    len: u8,
    c: [u8; INLINE],
    w: [i16; 4],
}

/// A feature's bucket found ahead of time ([`Table::resolve`]).
#[derive(Clone, Copy, Default)]
pub(crate) struct Resolved(Bucket);

/// Feature hash -> sparse per-class weights (open addressing, linear
/// probing, load factor 1/3 to 2/3).
pub(crate) struct Table {
    buckets: Vec<Bucket>,
    mask: usize,
    overflow: Vec<Entry>,
    /// Dense rows of `n_classes` weights each, widened to `i32` at load so a
    /// row is added to the scores without a conversion per class (the
    /// release build targets baseline x86-64, which has no single-instruction
    /// widening of `i16`).
    dense: Vec<i32>,
    n_features: usize,
    n_entries: usize,
    n_classes: usize,
}

#[inline(always)]
fn bucket_start(b: &Bucket) -> usize {
    (b.w[0] as u16 as usize) | (b.w[1] as u16 as usize) << 16
}

impl Table {
    /// The bucket of feature `f`, starting from its home bucket `first`.
    #[inline(always)]
    fn find(&self, f: u64, first: Bucket) -> Option<Bucket> {
        let fp = (f >> 32) as u32;
        let mut b = first;
        let mut i = f as usize & self.mask;
        loop {
            if b.len == 0 {
                return None;
            }
            if b.fp == fp {
                return Some(b);
            }
            i = (i + 1) & self.mask;
            b = self.buckets[i];
        }
    }

    /// Calls `add(class, weight)` for every entry of feature `f` (dense rows:
    /// every non-zero weight), starting from its home bucket `first`.
    fn visit(&self, f: u64, first: Bucket, mut add: impl FnMut(u8, i16)) {
        let Some(b) = self.find(f, first) else {
            return;
        };
        let len = b.len as usize;
        if b.len == DENSE {
            let row = bucket_start(&b) * self.n_classes;
            for (c, &w) in self.dense[row..row + self.n_classes].iter().enumerate() {
                if w != 0 {
                    // Widened from an `i16` at load: exact.
                    add(c as u8, w as i16);
                }
            }
        } else if len <= INLINE {
            for j in 0..len {
                add(b.c[j], b.w[j]);
            }
        } else {
            let start = bucket_start(&b);
            for e in &self.overflow[start..start + len] {
                add(e.class, e.weight);
            }
        }
    }

    /// Adds the weights of `feats` into `scores` (length >= n_classes).
    #[inline(always)]
    pub fn score<const N: usize>(&self, feats: &[u64; N], scores: &mut [i32]) {
        // Read every home bucket first so the (mostly cache-missing) loads
        // overlap, then resolve them.
        let mut home = [Bucket::default(); N];
        for (h, &f) in home.iter_mut().zip(feats) {
            *h = self.buckets[f as usize & self.mask];
        }
        let nc = self.n_classes;
        let scores = &mut scores[..nc];
        for (&f, &first) in feats.iter().zip(&home) {
            // Ends on the feature's bucket or, for an unseen feature, on an
            // empty one.
            let fp = (f >> 32) as u32;
            let mut b = first;
            let mut i = f as usize & self.mask;
            while b.len != 0 && b.fp != fp {
                i = (i + 1) & self.mask;
                b = self.buckets[i];
            }
            let len = b.len as usize;
            if len <= INLINE {
                // All three pairs, whatever the length: unused pairs (and every
                // pair of an empty bucket) are (class 0, weight 0) and add
                // nothing, and a fixed count spares a mispredicted branch per
                // feature. Classes are checked at load; `min` keeps indexing
                // provably in bounds.
                for j in 0..INLINE {
                    scores[(b.c[j] as usize).min(nc - 1)] += b.w[j] as i32;
                }
            } else if b.len == DENSE {
                let row = bucket_start(&b) * nc;
                for (s, &w) in scores.iter_mut().zip(&self.dense[row..row + nc]) {
                    *s += w;
                }
            } else {
                let start = bucket_start(&b);
                for e in &self.overflow[start..start + len] {
                    scores[(e.class as usize).min(nc - 1)] += e.weight as i32;
                }
            }
        }
    }

    /// [`Table::score`] into a row of [`WIDE`] scores (the classes' in its first
    /// `n_classes`, the rest left as they are): a class is a `u8`, so indexing the row
    /// needs no bounds test per weight. The parser's hot path; the sums are the same.
    #[inline(always)]
    pub fn score_wide<const N: usize>(&self, feats: &[u64; N], scores: &mut [i32; WIDE]) {
        let mut home = [Bucket::default(); N];
        for (h, &f) in home.iter_mut().zip(feats) {
            *h = self.buckets[f as usize & self.mask];
        }
        for (&f, &first) in feats.iter().zip(&home) {
            let fp = (f >> 32) as u32;
            let mut b = first;
            let mut i = f as usize & self.mask;
            while b.len != 0 && b.fp != fp {
                i = (i + 1) & self.mask;
                b = self.buckets[i];
            }
            self.add_wide(&b, scores);
        }
    }

    /// Adds the weights of a feature's bucket (an empty one adds nothing) into a
    /// row of [`WIDE`] scores.
    #[inline(always)]
    fn add_wide(&self, b: &Bucket, scores: &mut [i32; WIDE]) {
        let nc = self.n_classes;
        let len = b.len as usize;
        if len <= INLINE {
            // Unused pairs are (class 0, weight 0), as in `score`.
            for j in 0..INLINE {
                scores[b.c[j] as usize] += b.w[j] as i32;
            }
        } else if b.len == DENSE {
            let row = bucket_start(b) * nc;
            for (s, &w) in scores[..nc].iter_mut().zip(&self.dense[row..row + nc]) {
                *s += w;
            }
        } else {
            let start = bucket_start(b);
            for e in &self.overflow[start..start + len] {
                scores[e.class as usize] += e.weight as i32;
            }
        }
    }

    /// Feature `f`'s bucket, looked up now (an empty bucket for an unseen feature),
    /// for [`Table::add_resolved_wide`]: the parser resolves the features of small
    /// domains (tags, labels, valencies) once at load instead of hashing and probing
    /// them in every state.
    pub fn resolve(&self, f: u64) -> Resolved {
        let first = self.buckets[f as usize & self.mask];
        Resolved(self.find(f, first).unwrap_or_default())
    }

    /// Adds the weights of a feature resolved by [`Table::resolve`] into a row of
    /// [`WIDE`] scores: the same sum as [`Table::score_wide`] of that feature.
    #[inline(always)]
    pub fn add_resolved_wide(&self, r: &Resolved, scores: &mut [i32; WIDE]) {
        self.add_wide(&r.0, scores);
    }

    /// The stored `(class, weight)` entries of feature `f`.
    pub fn lookup(&self, f: u64) -> Vec<(u8, i16)> {
        let mut out = Vec::new();
        let first = self.buckets[f as usize & self.mask];
        self.visit(f, first, |c, w| out.push((c, w)));
        out
    }

    pub fn n_features(&self) -> usize {
        self.n_features
    }
    pub fn n_entries(&self) -> usize {
        self.n_entries
    }
    pub fn n_classes(&self) -> usize {
        self.n_classes
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
    fn name(&mut self) -> Result<&'a [u8], ModelError> {
        let len = self.take(1)?[0] as usize;
        self.take(len)
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

/// Reads and checks a weights file (see the module docs for the layout).
pub fn read(bytes: &[u8]) -> Result<Weights, ModelError> {
    let mut r = Reader { b: bytes };
    if r.take(8)? != MAGIC {
        return Err(ModelError::BadHeader("magic"));
    }
    if r.u32()? != FORMAT_VERSION {
        return Err(ModelError::BadHeader("format version"));
    }
    if r.u32()? != FEATURE_VERSION {
        return Err(ModelError::BadHeader("feature version"));
    }
    if r.u32()? as usize != Tag::COUNT {
        return Err(ModelError::TagSetMismatch);
    }
    for tag in Tag::ALL {
        if r.name()? != tag.as_str().as_bytes() {
            return Err(ModelError::TagSetMismatch);
        }
    }
    let n_labels = r.u32()? as usize;
    if n_labels == 0 || 1 + 2 * n_labels > MAX_CLASSES {
        return Err(ModelError::TooLarge);
    }
    let mut labels = Vec::with_capacity(n_labels);
    for _ in 0..n_labels {
        let name = String::from_utf8_lossy(r.name()?).into_owned();
        match Rel::from_name(&name) {
            Some(rel) if (rel == Rel::Root) == labels.is_empty() => labels.push(rel),
            _ => return Err(ModelError::UnknownLabel(name)),
        }
    }
    let n_classes = 1 + 2 * n_labels;
    let scale = f32::from_bits(r.u32()?);
    let n_features = r.u32()? as usize;
    let n_entries = r.u32()? as usize;
    if n_entries >= MAX_ENTRIES || n_features > 1 << 28 {
        return Err(ModelError::TooLarge);
    }
    let keys = r.take(n_features.checked_mul(8).ok_or(ModelError::Truncated)?)?;
    let counts = r.take(n_features)?;
    let classes = r.take(n_entries)?;
    let weights = r.take(n_entries * 2)?;
    if !r.b.is_empty()
        || counts.iter().map(|&c| c as usize).sum::<usize>() != n_entries
        || classes.iter().any(|&c| c as usize >= n_classes)
    {
        return Err(ModelError::Truncated);
    }
    let mut features = Vec::with_capacity(n_features);
    let mut at = 0usize;
    let mut prev = 0u64;
    for (key, &count) in keys.chunks_exact(8).zip(counts) {
        let key = u64::from_le_bytes(key.try_into().expect("8 bytes"));
        // Ascending non-zero keys and non-empty runs: every packed slot is
        // non-zero and no key is inserted twice.
        if key <= prev || count == 0 {
            return Err(ModelError::Truncated);
        }
        prev = key;
        let run = (at..at + count as usize)
            .map(|i| {
                (
                    classes[i],
                    i16::from_le_bytes([weights[2 * i], weights[2 * i + 1]]),
                )
            })
            .collect();
        at += count as usize;
        features.push((key, run));
    }
    Ok(Weights {
        labels,
        features,
        scale,
    })
}

/// Loads a weights file into the lookup table.
pub(crate) fn load(bytes: &[u8]) -> Result<Loaded, ModelError> {
    let w = read(bytes)?;
    let n_features = w.features.len();
    let n_classes = 1 + 2 * w.labels.len();
    // Load factor between 1/3 and 2/3, as the tagger's (0.51 for the shipped weights, 2 MB
    // of buckets instead of 4 MB at most half full): the buckets then fit a core's L2
    // cache beside the tagger's, and the extra probes of a fuller table stay within a
    // cache line or two. Always below 1, so a probe for an unseen feature ends.
    let capacity = (n_features + n_features / 2).next_power_of_two().max(16);
    let mask = capacity - 1;
    let mut buckets = vec![Bucket::default(); capacity];
    let mut overflow = Vec::new();
    let mut dense: Vec<i32> = Vec::new();
    let mut n_entries = 0;
    for (key, run) in &w.features {
        n_entries += run.len();
        let fp = (key >> 32) as u32;
        let mut i = *key as usize & mask;
        while buckets[i].len != 0 && buckets[i].fp != fp {
            i = (i + 1) & mask;
        }
        // Two keys sharing home bits and fingerprint: the first is kept.
        if buckets[i].len != 0 {
            continue;
        }
        let mut b = Bucket {
            fp,
            len: run.len() as u8,
            ..Bucket::default()
        };
        if run.len() <= INLINE {
            for (j, &(c, weight)) in run.iter().enumerate() {
                b.c[j] = c;
                b.w[j] = weight;
            }
        } else {
            let start = if run.len() >= DENSE_FROM {
                b.len = DENSE;
                let row = dense.len() / n_classes;
                dense.resize(dense.len() + n_classes, 0);
                for &(c, weight) in run {
                    dense[row * n_classes + c as usize] = weight as i32;
                }
                row
            } else {
                let start = overflow.len();
                overflow.extend(run.iter().map(|&(class, weight)| Entry { class, weight }));
                start
            };
            if start >= 1 << 32 {
                return Err(ModelError::TooLarge);
            }
            b.w[0] = start as u16 as i16;
            b.w[1] = (start >> 16) as u16 as i16;
        }
        buckets[i] = b;
    }
    Ok(Loaded {
        table: Table {
            buckets,
            mask,
            overflow,
            dense,
            n_features,
            n_entries,
            n_classes,
        },
        labels: w.labels,
        scale: w.scale,
    })
}

/// Serialises a model: `labels` (ROOT first), features
/// (`key -> [(class, quantised weight)]`) and the scale. Deterministic: keys
/// ascending, classes ascending within a feature; features without entries
/// are dropped.
pub fn write(labels: &[Rel], features: &[(u64, Vec<(u8, i16)>)], scale: f32) -> Vec<u8> {
    assert_eq!(labels.first(), Some(&Rel::Root), "label 0 must be ROOT");
    let mut feats: Vec<(u64, Vec<(u8, i16)>)> = features
        .iter()
        .filter(|(_, e)| !e.is_empty())
        .cloned()
        .collect();
    feats.sort_by_key(|(k, _)| *k);
    for (_, e) in &mut feats {
        e.sort_by_key(|(c, _)| *c);
    }
    let mut out = Vec::new();
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    out.extend_from_slice(&FEATURE_VERSION.to_le_bytes());
    out.extend_from_slice(&(Tag::COUNT as u32).to_le_bytes());
    for tag in Tag::ALL {
        out.push(tag.as_str().len() as u8);
        out.extend_from_slice(tag.as_str().as_bytes());
    }
    out.extend_from_slice(&(labels.len() as u32).to_le_bytes());
    for l in labels {
        out.push(l.name().len() as u8);
        out.extend_from_slice(l.name().as_bytes());
    }
    out.extend_from_slice(&scale.to_bits().to_le_bytes());
    let n_entries: usize = feats.iter().map(|(_, e)| e.len()).sum();
    out.extend_from_slice(&(feats.len() as u32).to_le_bytes());
    out.extend_from_slice(&(n_entries as u32).to_le_bytes());
    for (k, _) in &feats {
        out.extend_from_slice(&k.to_le_bytes());
    }
    for (_, e) in &feats {
        assert!(e.len() <= MAX_CLASSES);
        out.push(e.len() as u8);
    }
    for (_, e) in &feats {
        out.extend(e.iter().map(|(c, _)| *c));
    }
    for (_, e) in &feats {
        for (_, w) in e {
            out.extend_from_slice(&w.to_le_bytes());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Features of every run length (inline, overflow, dense rows) score
    /// exactly their own weights, and `lookup` returns the stored entries.
    #[test]
    fn every_run_length_scores_its_own_weights() {
        let labels: Vec<Rel> = Rel::ALL[..12].to_vec();
        let n_classes = 1 + 2 * labels.len();
        // Feature k carries k entries on classes spread over the range, with
        // weights that differ per feature and class.
        let features: Vec<(u64, Vec<(u8, i16)>)> = (1..=20u64)
            .map(|k| {
                let key = k.wrapping_mul(0x9E37_79B9_7F4A_7C15);
                let run = (0..k as usize)
                    .map(|j| ((j * 3 % n_classes) as u8, (k as i16) * 10 - j as i16 * 7))
                    .collect::<std::collections::BTreeMap<u8, i16>>()
                    .into_iter()
                    .collect();
                (key, run)
            })
            .collect();
        let loaded = load(&write(&labels, &features, 1.0)).expect("loads");
        let table = &loaded.table;
        for (key, run) in &features {
            let mut stored = table.lookup(*key);
            stored.sort();
            assert_eq!(&stored, run, "feature of {} entries", run.len());
            let mut expected = vec![0i32; n_classes];
            for &(c, w) in run {
                expected[c as usize] += w as i32;
            }
            let mut scores = vec![0i32; n_classes];
            table.score(&[*key], &mut scores);
            assert_eq!(scores, expected, "feature of {} entries", run.len());
        }
        // All together: the sum of the rows, whatever the order of the adds.
        let keys: [u64; 20] = std::array::from_fn(|i| features[i].0);
        let mut all = vec![0i32; n_classes];
        table.score(&keys, &mut all);
        let mut wide = [0i32; WIDE];
        table.score_wide(&keys, &mut wide);
        assert_eq!(&wide[..n_classes], &all[..]);
        assert!(wide[n_classes..].iter().all(|&s| s == 0));
        let mut expected = vec![0i32; n_classes];
        for (_, run) in &features {
            for &(c, w) in run {
                expected[c as usize] += w as i32;
            }
        }
        assert_eq!(all, expected);
    }
}

//! Hashed feature -> per-class weights: the table of the tagger's and the parser's
//! averaged perceptrons (issue #10), with the features section of their weights files, the
//! writer their training uses and the scoring loops.
//!
//! # The features section (all integers little-endian)
//!
//! ```text
//! n_features       u32
//! n_entries        u32
//! keys             n_features x u64   feature hashes, strictly ascending, non-zero
//! counts           n_features x u8    number of (class, weight) entries of each feature
//! entry_classes    n_entries  x u8    class index, ascending within a feature
//! entry_weights    n_entries  x i16   quantised averaged-perceptron weight
//! ```
//!
//! Entries are grouped by feature in key order; feature `k` owns the `counts[k]` entries
//! after those of features `0..k`. Weights pruned in training (too small to matter) are
//! simply absent, which is what makes the files small: most features carry one to three
//! classes. Each model's file puts its own header before the section (magic, versions,
//! class names) and may put more after it (the tagger's lexicon).
//!
//! # The table
//!
//! At load the keys go into an open-addressing table (ordered linear probing: along a
//! probe run the fingerprints fall, so a lookup stops at the first one not above its own;
//! load factor 1/3 to 2/3, home bucket = low bits of the already-mixed key, see [`hash`])
//! of 16-byte buckets: the key's upper 32 bits as a fingerprint, the run length and up to
//! three (class, weight) pairs inline, so scoring the common feature is one memory access;
//! a longer run sits in an overflow array (padded to whole groups of four), or from 16
//! entries on in a dense row of one `i32` per class, its start in the bucket. A zero
//! length marks an empty bucket. An unseen feature falsely matches only if it shares a
//! fingerprint with a stored key in its probe run (about 2^-32 per lookup).
//!
//! The scoring loops are `#[inline(always)]`, so that a caller's copy compiled for AVX2
//! (the tagger's `decode_avx2`, the parser's `parse_toks_avx2`, chosen at run time) adds
//! the dense rows eight scores per instruction.

pub mod hash;

/// Length of a wide score row ([`Table::score_wide`]): one slot for every `u8` class.
pub const WIDE: usize = 256;
/// Most classes a model may have (class indices are stored as `u8`).
pub const MAX_CLASSES: usize = 255;
/// Sanity bound on the entries a file may declare (and the 24 bits a run's start needs).
pub const MAX_ENTRIES: usize = 1 << 24;
/// Sanity bound on the features a file may declare.
pub const MAX_FEATURES: usize = 1 << 28;

/// Entries stored inside a bucket; longer runs go to the overflow array.
const INLINE: usize = 3;
/// Overflow runs are padded with (class 0, weight 0) entries to a multiple of this
/// many, so they are added in whole groups of scattered adds, without a loop step per
/// entry or a tail.
const OVERFLOW_GROUP: usize = 4;
/// Runs this long or longer are stored as dense rows (one `i32` per class) and added with
/// vector instructions: the features of previous tags, of frequent words and of tags
/// alone carry weights for most classes, and a scattered add per entry was a third of
/// the tagger's scoring instructions and the parser's hot loop. Shorter runs go dense
/// too where the row is short enough ([`dense_from`]).
const DENSE_FROM: usize = 16;

/// The shortest run stored as a dense row in a model of `n_classes` classes. In a model
/// of at most [`SHORT_ROW`] classes, a run whose padded overflow groups hold at least as
/// many entries as its dense row has [`LANES`]-wide chunks: a scattered add costs about
/// what a chunk's load, add and store cost (three or four instructions each), and the
/// dense add has no per-entry loads of a class and a weight (the tagger's 46 classes, six
/// chunks: runs from 5 entries on). A longer row is left to [`DENSE_FROM`]: its extra
/// cache lines cost more than the adds it saves (the parser's 91-class rows from 9
/// entries on: 12.9 M fewer instructions over VOA but 2.3 M more first-level data-cache
/// misses in callgrind's cache simulation, where the tagger's short rows cost 0.2 M for
/// its 40 M). Only where a feature's weights lie changes, not their sums: integer adds
/// in any order give the same scores.
fn dense_from(n_classes: usize) -> usize {
    if n_classes > SHORT_ROW {
        return DENSE_FROM;
    }
    let chunks = n_classes.div_ceil(LANES);
    (INLINE + 1..DENSE_FROM)
        .find(|&len| len.next_multiple_of(OVERFLOW_GROUP) >= chunks)
        .unwrap_or(DENSE_FROM)
}

/// The most classes of a model whose shorter runs go dense ([`dense_from`]): a row of at
/// most four cache lines (64 `i32` weights, 256 bytes).
const SHORT_ROW: usize = 64;

/// `Bucket::len` of a feature stored as a dense row.
const DENSE: u8 = u8::MAX;
/// Dense rows are padded with zero weights to a multiple of this many classes and added
/// this many scores at a time (one AVX2 instruction in the models' AVX2 copies), with no
/// loop tail. A row of [`WIDE`] scores has room for the padding of any class count (at
/// most [`MAX_CLASSES`], so at most `WIDE` padded); the padded slots past `n_classes`
/// get zeros, so they are left as they are. Written as whole arrays: the tagger's
/// 46-class rows, added class by class, were unrolled into 46 scalar adds.
pub const LANES: usize = 8;

/// Why a features section could not be read; each model maps it into its own error.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Error {
    /// The file ends early or its sections disagree.
    Truncated,
    /// More features or entries than the in-memory table can address.
    TooLarge,
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::Truncated => f.write_str("truncated or inconsistent"),
            Error::TooLarge => f.write_str("too large"),
        }
    }
}

impl std::error::Error for Error {}

/// A cursor over a weights file image.
pub struct Reader<'a> {
    rest: &'a [u8],
}

impl<'a> Reader<'a> {
    pub fn new(bytes: &'a [u8]) -> Reader<'a> {
        Reader { rest: bytes }
    }

    /// The next `n` bytes.
    pub fn take(&mut self, n: usize) -> Result<&'a [u8], Error> {
        if self.rest.len() < n {
            return Err(Error::Truncated);
        }
        let (h, t) = self.rest.split_at(n);
        self.rest = t;
        Ok(h)
    }

    pub fn u32(&mut self) -> Result<u32, Error> {
        let b = self.take(4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    /// The next `n` `u64`s.
    pub fn u64s(&mut self, n: usize) -> Result<impl Iterator<Item = u64> + 'a, Error> {
        let b = self.take(n.checked_mul(8).ok_or(Error::Truncated)?)?;
        Ok(b.chunks_exact(8)
            .map(|c| u64::from_le_bytes(c.try_into().expect("8 bytes"))))
    }

    /// A name: a `u8` length, then that many bytes.
    pub fn name(&mut self) -> Result<&'a [u8], Error> {
        let len = self.take(1)?[0] as usize;
        self.take(len)
    }

    /// A `u32` count and that many names ([`Reader::name`]): whether they are `expected`,
    /// in order (a header's class names, checked at load). Reading stops at the first
    /// difference.
    pub fn names_are<'n>(
        &mut self,
        expected: impl ExactSizeIterator<Item = &'n str>,
    ) -> Result<bool, Error> {
        if self.u32()? as usize != expected.len() {
            return Ok(false);
        }
        for name in expected {
            if self.name()? != name.as_bytes() {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// Whether the whole image has been read.
    pub fn is_empty(&self) -> bool {
        self.rest.is_empty()
    }

    /// Reads a features section (see the crate docs) of a model of `n_classes` classes,
    /// checking its sizes, its entry count and its classes (the keys' order is checked
    /// as they are read, by [`Section::features`]' users: [`Table::build`]).
    pub fn section(&mut self, n_classes: usize) -> Result<Section<'a>, Error> {
        let n_features = self.u32()? as usize;
        let n_entries = self.u32()? as usize;
        if n_entries >= MAX_ENTRIES || n_features > MAX_FEATURES {
            return Err(Error::TooLarge);
        }
        let keys = self.take(n_features * 8)?;
        let counts = self.take(n_features)?;
        let classes = self.take(n_entries)?;
        let weights = self.take(n_entries * 2)?;
        if counts.iter().map(|&c| c as usize).sum::<usize>() != n_entries
            || classes.iter().any(|&c| c as usize >= n_classes)
        {
            return Err(Error::Truncated);
        }
        Ok(Section {
            keys,
            counts,
            classes,
            weights,
        })
    }
}

/// A features section as it lies in the file ([`Reader::section`]).
pub struct Section<'a> {
    keys: &'a [u8],
    counts: &'a [u8],
    classes: &'a [u8],
    weights: &'a [u8],
}

impl<'a> Section<'a> {
    /// Number of features.
    pub fn len(&self) -> usize {
        self.counts.len()
    }

    pub fn is_empty(&self) -> bool {
        self.counts.is_empty()
    }

    /// The features in file order: each key with its `(class, weight)` entries.
    pub fn features(&self) -> impl Iterator<Item = (u64, Run<'a>)> + 'a {
        let (classes, weights) = (self.classes, self.weights);
        let mut at = 0usize;
        self.keys
            .chunks_exact(8)
            .zip(self.counts)
            .map(move |(key, &count)| {
                let key = u64::from_le_bytes(key.try_into().expect("8 bytes"));
                let n = count as usize;
                let run = Run {
                    classes: &classes[at..at + n],
                    weights: &weights[2 * at..2 * (at + n)],
                };
                at += n;
                (key, run)
            })
    }
}

/// A feature's `(class, weight)` entries as they lie in the file.
#[derive(Clone)]
pub struct Run<'a> {
    classes: &'a [u8],
    weights: &'a [u8],
}

impl<'a> IntoIterator for Run<'a> {
    type Item = (u8, i16);
    type IntoIter = std::iter::Map<
        std::iter::Zip<std::slice::Iter<'a, u8>, std::slice::ChunksExact<'a, u8>>,
        fn((&u8, &[u8])) -> (u8, i16),
    >;

    fn into_iter(self) -> Self::IntoIter {
        self.classes
            .iter()
            .zip(self.weights.chunks_exact(2))
            .map(|(&c, w)| (c, i16::from_le_bytes([w[0], w[1]])))
    }
}

/// Appends a `u32` count and each name as a `u8` length and its bytes (read back by
/// [`Reader::names_are`] or [`Reader::name`]).
pub fn write_names<'n>(out: &mut Vec<u8>, names: impl ExactSizeIterator<Item = &'n str>) {
    out.extend_from_slice(&(names.len() as u32).to_le_bytes());
    for name in names {
        out.push(name.len() as u8);
        out.extend_from_slice(name.as_bytes());
    }
}

/// Appends a features section (see the crate docs) to `out`: features without entries
/// dropped, keys ascending, classes ascending within a feature. Deterministic.
pub fn write_section(out: &mut Vec<u8>, features: &[(u64, Vec<(u8, i16)>)]) {
    let mut feats: Vec<(u64, Vec<(u8, i16)>)> = features
        .iter()
        .filter(|(_, e)| !e.is_empty())
        .cloned()
        .collect();
    feats.sort_by_key(|(k, _)| *k);
    for (_, e) in &mut feats {
        e.sort_by_key(|(c, _)| *c);
    }
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
}

#[derive(Clone, Copy)]
struct Entry {
    class: u8,
    weight: i16,
}

impl Entry {
    /// The padding of an overflow run: adds nothing.
    const ZERO: Entry = Entry {
        class: 0,
        weight: 0,
    };
}

/// The entries of an overflow run of `len` entries from `start`, padding included
/// (whole groups of [`OVERFLOW_GROUP`]).
#[inline(always)]
fn overflow_groups(
    overflow: &[Entry],
    start: usize,
    len: usize,
) -> std::slice::ChunksExact<'_, Entry> {
    // `next_multiple_of` for a power of two, in two instructions instead of five (its
    // general form tests the remainder).
    const _: () = assert!(OVERFLOW_GROUP.is_power_of_two());
    let padded = (len + OVERFLOW_GROUP - 1) & !(OVERFLOW_GROUP - 1);
    overflow[start..start + padded].chunks_exact(OVERFLOW_GROUP)
}

/// One table bucket (16 bytes, a quarter of a cache line): a feature's fingerprint
/// (upper 32 bits of its hash), its number of entries and up to [`INLINE`] (class,
/// weight) pairs; a longer run lives in `Table::overflow` (or, from [`dense_from`]
/// entries on, as a row of `Table::dense`, `len == DENSE`), its start kept in `w[0]` and
/// `w[1]`. `len == 0` marks an empty bucket. Inline pairs past `len`, and all of an empty
/// bucket's, are (class 0, weight 0), so scoring may add all three.
#[derive(Clone, Copy, Default)]
#[repr(C, align(16))]
struct Bucket {
    fp: u32,
    len: u8,
    c: [u8; INLINE],
    w: [i16; 4],
}

/// The bucket an unseen feature scores: adds nothing.
static EMPTY: Bucket = Bucket {
    fp: 0,
    len: 0,
    c: [0; INLINE],
    w: [0; 4],
};

/// Puts bucket `b` into the table by ordered linear probing (Amble and Knuth's ordered
/// hash tables): from its home bucket `i` on, a bucket holding a smaller fingerprint
/// gives its place to the one being placed and is placed further on itself, so along
/// every probe run the fingerprints fall and a lookup stops at the first fingerprint
/// not above its own ([`Table::probe`]). The set of filled buckets is that of plain
/// linear probing. A key whose fingerprint is already in its run is dropped (the one
/// placed first stays; the shipped models have none).
fn insert_ordered(buckets: &mut [Bucket], mask: usize, mut i: usize, mut b: Bucket) {
    loop {
        let slot = &mut buckets[i];
        if slot.len == 0 {
            *slot = b;
            return;
        }
        if slot.fp == b.fp {
            return;
        }
        if slot.fp < b.fp {
            std::mem::swap(slot, &mut b);
        }
        i = (i + 1) & mask;
    }
}

/// Where a dense or overflow bucket's weights start: the index its two weight slots hold.
#[inline(always)]
fn bucket_start(b: &Bucket) -> usize {
    (b.w[0] as u16 as usize) | (b.w[1] as u16 as usize) << 16
}

/// A feature's bucket found ahead of time ([`Table::resolve`]).
#[derive(Clone, Copy, Default)]
pub struct Resolved(Bucket);

/// Feature hash -> sparse per-class weights (see the crate docs).
pub struct Table {
    buckets: Vec<Bucket>,
    mask: usize,
    overflow: Vec<Entry>,
    /// Dense rows of `n_classes` weights each, widened to `i32` at load so a row is added
    /// to the scores without a conversion per class (the release build targets baseline
    /// x86-64, which has no single-instruction widening of `i16`), each padded with zeros
    /// to `stride` ([`LANES`]).
    dense: Vec<i32>,
    /// Length of a dense row: `n_classes` rounded up to a multiple of [`LANES`].
    stride: usize,
    n_features: usize,
    n_entries: usize,
    n_classes: usize,
}

impl Table {
    /// The table of `n_features` features (`(key, entries)`, keys strictly ascending and
    /// non-zero, runs non-empty, classes below `n_classes`, at most [`MAX_CLASSES`]).
    /// Two keys sharing a fingerprint in one probe run: the first is kept (the model is
    /// still usable). A class twice in a run adds twice, as the scattered adds would.
    pub fn build<R>(
        n_classes: usize,
        n_features: usize,
        features: impl IntoIterator<Item = (u64, R)>,
    ) -> Result<Table, Error>
    where
        R: IntoIterator<Item = (u8, i16)>,
        R::IntoIter: ExactSizeIterator,
    {
        if n_classes == 0 || n_classes > MAX_CLASSES {
            return Err(Error::TooLarge);
        }
        // Load factor between 1/3 and 2/3 (0.61 for the shipped tagger, 0.51 for the
        // parser; 2 MB of buckets each instead of 4 MB at most half full): the buckets
        // then fit a core's L2 cache side by side, and the extra probes of a fuller table
        // stay within a cache line or two. Always below 1, so a probe for an unseen
        // feature ends on an empty bucket.
        let capacity = (n_features + n_features / 2).next_power_of_two().max(16);
        let mask = capacity - 1;
        let mut buckets = vec![Bucket::default(); capacity];
        let mut overflow = Vec::new();
        let mut dense: Vec<i32> = Vec::new();
        let stride = n_classes.next_multiple_of(LANES);
        let dense_len = dense_from(n_classes);
        let mut n_entries = 0usize;
        let mut n_built = 0usize;
        let mut prev = 0u64;
        for (key, run) in features {
            let run = run.into_iter();
            let len = run.len();
            n_built += 1;
            n_entries += len;
            // Ascending keys and non-empty runs: every filled bucket has a non-zero
            // length and no key is inserted twice.
            if key <= prev || len == 0 || len > MAX_CLASSES || n_built > n_features {
                return Err(Error::Truncated);
            }
            if n_entries >= MAX_ENTRIES {
                return Err(Error::TooLarge);
            }
            prev = key;
            let fp = (key >> 32) as u32;
            let mut b = Bucket {
                fp,
                len: len as u8,
                ..Bucket::default()
            };
            if len <= INLINE {
                for (j, (c, w)) in run.enumerate() {
                    if c as usize >= n_classes {
                        return Err(Error::Truncated);
                    }
                    b.c[j] = c;
                    b.w[j] = w;
                }
            } else {
                let start = if len >= dense_len {
                    b.len = DENSE;
                    let row = dense.len() / stride;
                    dense.resize(dense.len() + stride, 0);
                    for (c, w) in run {
                        if c as usize >= n_classes {
                            return Err(Error::Truncated);
                        }
                        dense[row * stride + c as usize] += w as i32;
                    }
                    row
                } else {
                    let start = overflow.len();
                    for (class, weight) in run {
                        if class as usize >= n_classes {
                            return Err(Error::Truncated);
                        }
                        overflow.push(Entry { class, weight });
                    }
                    let padded = len.next_multiple_of(OVERFLOW_GROUP);
                    overflow.resize(start + padded, Entry::ZERO);
                    start
                };
                b.w[0] = start as u16 as i16;
                b.w[1] = (start >> 16) as u16 as i16;
            }
            insert_ordered(&mut buckets, mask, key as usize & mask, b);
        }
        if n_built != n_features {
            return Err(Error::Truncated);
        }
        Ok(Table {
            buckets,
            mask,
            overflow,
            dense,
            stride,
            n_features,
            n_entries,
            n_classes,
        })
    }

    /// Every feature's home bucket's fingerprint, read first so the (mostly
    /// cache-missing) loads are independent and overlap.
    /// (Filled in place: returned by value, the array was copied, 47 M instructions over
    /// VOA.)
    #[inline(always)]
    fn homes<const N: usize>(&self, feats: &[u64; N], home: &mut [u32; N]) {
        for (h, &f) in home.iter_mut().zip(feats) {
            *h = self.bucket(f as usize & self.mask).fp;
        }
    }

    /// Bucket `i`, for `i` masked by `self.mask` (`i & mask` at every call): in bounds,
    /// since [`Table::build`] makes `mask` one less than the number of buckets, a power of
    /// two. Unchecked: the bounds test the compiler cannot drop was a tenth of the models'
    /// lookups (two lookups per probe, about 15 a parser state).
    #[inline(always)]
    fn bucket(&self, i: usize) -> &Bucket {
        debug_assert!(i <= self.mask && self.buckets.len() == self.mask + 1);
        // SAFETY: every caller passes an index masked by `self.mask`, and `build` makes
        // `buckets.len() == mask + 1` (it never changes after).
        unsafe { self.buckets.get_unchecked(i & self.mask) }
    }

    /// Feature `f`'s bucket, probing on from its home bucket, whose fingerprint `first`
    /// was read ahead ([`Table::homes`]): the feature's own or, for an unseen feature,
    /// the empty bucket (it adds nothing).
    ///
    /// The table is ordered ([`insert_ordered`]): along a probe run the fingerprints
    /// fall, and an empty bucket's is 0, so the walk stops at the first fingerprint not
    /// above the feature's: its own, or a smaller one (then the feature is unseen). An
    /// unseen feature stops about where a stored one would be, not at the end of the
    /// run.
    #[inline(always)]
    fn probe(&self, f: u64, first: u32) -> &Bucket {
        let fp = (f >> 32) as u32;
        let mut at = first;
        let mut i = f as usize & self.mask;
        while at > fp {
            i = (i + 1) & self.mask;
            at = self.bucket(i).fp;
        }
        // Not the feature's: the empty bucket (a choice of pointers, no branch).
        if at == fp {
            self.bucket(i)
        } else {
            &EMPTY
        }
    }

    /// Adds the weights of `feats` into `scores` (length at least `n_classes`; the rest
    /// is left as it is).
    #[inline(always)]
    pub fn score<const N: usize>(&self, feats: &[u64; N], scores: &mut [i32]) {
        let mut home = [0u32; N];
        self.homes(feats, &mut home);
        let nc = self.n_classes;
        let scores = &mut scores[..nc];
        for (&f, &first) in feats.iter().zip(&home) {
            let b = self.probe(f, first);
            let len = b.len as usize;
            if len <= INLINE {
                // All three pairs, whatever the length: unused pairs (and every pair of
                // an empty bucket) are (class 0, weight 0) and add nothing, and a fixed
                // count spares a mispredicted branch per feature. Classes are checked
                // at load; `min` keeps the indexing provably in bounds.
                for j in 0..INLINE {
                    scores[(b.c[j] as usize).min(nc - 1)] += b.w[j] as i32;
                }
            } else if b.len == DENSE {
                let row = bucket_start(b) * self.stride;
                for (s, &w) in scores.iter_mut().zip(&self.dense[row..row + nc]) {
                    *s += w;
                }
            } else {
                let start = bucket_start(b);
                for g in overflow_groups(&self.overflow, start, len) {
                    for e in g {
                        scores[(e.class as usize).min(nc - 1)] += e.weight as i32;
                    }
                }
            }
        }
    }

    /// [`Table::score`] into a row of [`WIDE`] scores (the classes' in its first
    /// `n_classes`, the rest left as they are): a class is a `u8`, so indexing the row
    /// needs no bounds test per weight. The same sums.
    #[inline(always)]
    pub fn score_wide<const N: usize>(&self, feats: &[u64; N], scores: &mut [i32; WIDE]) {
        let mut home = [0u32; N];
        self.homes(feats, &mut home);
        for (&f, &first) in feats.iter().zip(&home) {
            let b = self.probe(f, first);
            self.add_wide(b, self.n_classes, scores);
        }
    }

    /// [`Table::score_wide`] for a model whose number of classes is known when it is
    /// compiled (`C`, which must equal [`Table::n_classes`]): the dense rows' adds then
    /// have a fixed length (the tagger's rows).
    #[inline(always)]
    pub fn score_wide_fixed<const N: usize, const C: usize>(
        &self,
        feats: &[u64; N],
        scores: &mut [i32; WIDE],
    ) {
        debug_assert_eq!(C, self.n_classes);
        let mut home = [0u32; N];
        self.homes(feats, &mut home);
        for (&f, &first) in feats.iter().zip(&home) {
            let b = self.probe(f, first);
            self.add_wide(b, C, scores);
        }
    }

    /// Adds the weights of a feature's bucket (an empty one adds nothing) into a row of
    /// [`WIDE`] scores; `nc` is the number of classes.
    #[inline(always)]
    fn add_wide(&self, b: &Bucket, nc: usize, scores: &mut [i32; WIDE]) {
        let len = b.len as usize;
        if len <= INLINE {
            // Unused pairs are (class 0, weight 0), as in `score`.
            for j in 0..INLINE {
                scores[b.c[j] as usize] += b.w[j] as i32;
            }
        } else if b.len == DENSE {
            // `nc` is a constant in the fixed-class copies, and so is the stride.
            let stride = nc.next_multiple_of(LANES);
            debug_assert_eq!(stride, self.stride);
            let row = bucket_start(b) * stride;
            let weights = self.dense[row..row + stride].chunks_exact(LANES);
            for (s, w) in scores[..stride].chunks_exact_mut(LANES).zip(weights) {
                // Both read into arrays before the store: eight adds, one vector add.
                let mut sum: [i32; LANES] = s.try_into().expect("a whole chunk");
                let w: [i32; LANES] = w.try_into().expect("a whole chunk");
                for j in 0..LANES {
                    sum[j] += w[j];
                }
                s.copy_from_slice(&sum);
            }
        } else {
            let start = bucket_start(b);
            // Padded to whole groups with (class 0, weight 0), which add nothing.
            for g in overflow_groups(&self.overflow, start, len) {
                for e in g {
                    scores[e.class as usize] += e.weight as i32;
                }
            }
        }
    }

    /// Feature `f`'s bucket, looked up now (an empty bucket for an unseen feature), for
    /// [`Table::add_resolved_wide`]: a model can resolve the features of small domains
    /// (the parser's tags, labels, valencies) once at load instead of hashing and probing
    /// them every time.
    pub fn resolve(&self, f: u64) -> Resolved {
        Resolved(*self.probe(f, self.buckets[f as usize & self.mask].fp))
    }

    /// Adds the weights of a feature resolved by [`Table::resolve`] into a row of
    /// [`WIDE`] scores: the same sum as [`Table::score_wide`] of that feature.
    #[inline(always)]
    pub fn add_resolved_wide(&self, r: &Resolved, scores: &mut [i32; WIDE]) {
        self.add_wide(&r.0, self.n_classes, scores);
    }

    /// [`Table::add_resolved_wide`] for a model whose number of classes is known when it
    /// is compiled (`C`, which must equal [`Table::n_classes`]), as
    /// [`Table::score_wide_fixed`].
    #[inline(always)]
    pub fn add_resolved_wide_fixed<const C: usize>(&self, r: &Resolved, scores: &mut [i32; WIDE]) {
        debug_assert_eq!(C, self.n_classes);
        self.add_wide(&r.0, C, scores);
    }

    /// The stored `(class, weight)` entries of feature `f` (a dense row's non-zero
    /// weights), in class order.
    pub fn lookup(&self, f: u64) -> Vec<(u8, i16)> {
        let b = self.resolve(f).0;
        let len = b.len as usize;
        if b.len == DENSE {
            let row = bucket_start(&b) * self.stride;
            self.dense[row..row + self.n_classes]
                .iter()
                .enumerate()
                .filter(|&(_, &w)| w != 0)
                // Widened from an `i16` at load: exact (unless a class was stored twice).
                .map(|(c, &w)| (c as u8, w as i16))
                .collect()
        } else if len <= INLINE {
            (0..len).map(|j| (b.c[j], b.w[j])).collect()
        } else {
            let start = bucket_start(&b);
            self.overflow[start..start + len]
                .iter()
                .map(|e| (e.class, e.weight))
                .collect()
        }
    }

    /// A feature hash that finds the filled bucket at `n` (modulo the table) at once, if
    /// that bucket is filled (tests reach every kind of bucket with it).
    #[doc(hidden)]
    pub fn stored_key(&self, n: usize) -> Option<u64> {
        let i = n & self.mask;
        let b = self.buckets[i];
        (b.len != 0).then_some(((b.fp as u64) << 32) | i as u64)
    }

    pub fn n_features(&self) -> usize {
        self.n_features
    }

    /// Number of filled buckets: [`Table::n_features`] unless two keys of a probe run
    /// shared a fingerprint (tests of the shipped models check there were none).
    #[doc(hidden)]
    pub fn n_stored(&self) -> usize {
        self.buckets.iter().filter(|b| b.len != 0).count()
    }

    pub fn n_entries(&self) -> usize {
        self.n_entries
    }

    pub fn n_classes(&self) -> usize {
        self.n_classes
    }
}

/// The index and value of the first maximum of `scores` (ties keep the lowest index);
/// `None` for no scores. The models' argmax: the maximum over eight lanes first, then the
/// first eight scores that hold it and where among them.
#[inline(always)]
pub fn first_max(scores: &[i32]) -> Option<(usize, i32)> {
    if scores.is_empty() {
        return None;
    }
    let mut lanes = [i32::MIN; LANES];
    let chunks = scores.chunks_exact(LANES);
    let rest = chunks.remainder();
    for c in chunks {
        for j in 0..LANES {
            lanes[j] = if c[j] > lanes[j] { c[j] } else { lanes[j] };
        }
    }
    let mut top = i32::MIN;
    for &s in lanes.iter().chain(rest) {
        if s > top {
            top = s;
        }
    }
    for (k, c) in scores.chunks(LANES).enumerate() {
        if c.iter().fold(false, |hit, &s| hit | (s == top)) {
            let at = c.iter().position(|&s| s == top)?;
            return Some((k * LANES + at, top));
        }
    }
    None
}

/// [`first_max`] in AVX2 instructions, for the models' AVX2 copies: the same index and
/// value. Written with intrinsics because the compiler, given a row length fixed at
/// compile time (the tagger's 46 tags, the parser's 88 arcs), unrolls `first_max`'s lane
/// loop and then compiles most lanes to scalar compares (about 180 instructions a call
/// instead of about 40).
///
/// # Safety
/// The processor must support AVX2.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
#[inline]
pub unsafe fn first_max_avx2(scores: &[i32]) -> Option<(usize, i32)> {
    use std::arch::x86_64::*;
    if scores.is_empty() {
        return None;
    }
    let chunks = scores.chunks_exact(LANES);
    let rest = chunks.remainder();
    let whole = scores.len() - rest.len();
    let mut lanes = _mm256_set1_epi32(i32::MIN);
    for c in chunks.clone() {
        // SAFETY: `c` holds eight `i32`s (32 bytes); the load is unaligned.
        lanes = _mm256_max_epi32(lanes, unsafe { _mm256_loadu_si256(c.as_ptr().cast()) });
    }
    // The maximum of the eight lanes: halves, then quarters, then pairs.
    let half = _mm_max_epi32(
        _mm256_castsi256_si128(lanes),
        _mm256_extracti128_si256::<1>(lanes),
    );
    let quarter = _mm_max_epi32(half, _mm_shuffle_epi32::<0b01_00_11_10>(half));
    let pair = _mm_max_epi32(quarter, _mm_shuffle_epi32::<0b10_11_00_01>(quarter));
    let top = rest
        .iter()
        .fold(_mm_cvtsi128_si32(pair), |t, &s| if s > t { s } else { t });
    let wanted = _mm256_set1_epi32(top);
    for (k, c) in chunks.enumerate() {
        // SAFETY: as above.
        let equal = _mm256_cmpeq_epi32(unsafe { _mm256_loadu_si256(c.as_ptr().cast()) }, wanted);
        let mask = _mm256_movemask_ps(_mm256_castsi256_ps(equal)) as u32;
        if mask != 0 {
            return Some((k * LANES + mask.trailing_zeros() as usize, top));
        }
    }
    let at = rest.iter().position(|&s| s == top)?;
    Some((whole + at, top))
}

#[cfg(test)]
mod tests;

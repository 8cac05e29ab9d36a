//! # sitrep-tagger: a small, fast averaged-perceptron POS tagger
//!
//! Tags tokenised English sentences with Penn Treebank tags ([`Tag`]).
//!
//! ## Design
//!
//! * **Model**: a greedy left-to-right averaged perceptron (Collins 2002,
//!   in the style of Honnibal's "A good POS tagger in about 200 lines").
//!   Each token gets 32 hashed features ([`features`]): the lower-cased
//!   word, prefixes and suffixes of 1-4 characters, word shape,
//!   capitalisation and position, neighbouring words (±2) and their
//!   suffixes, word bigrams, the parity of double quotes so far, the
//!   previous one and two predicted tags, and, as a cheap look-ahead, the
//!   most frequent training tag (lexicon class) of the next two words.
//!   The tag is the argmax of the summed per-tag weights of those features.
//!   Frequent words that are practically unambiguous in the training data
//!   (one tag in >= 99.5% of >= 50 occurrences: "the", ",", "of") are tagged
//!   from the lexicon without scoring.
//! * **Training data**: no permissive English tagger weights exist as a
//!   crate, so the model is trained on silver-standard tags: spaCy's
//!   `en_core_web_sm` tagger run over the MIT-licensed NGEC synthetic news
//!   stories, re-tokenised to sitrep's tokenizer conventions
//!   (`scripts/tagger/annotate.py`). Training itself is Rust
//!   ([`train`], `examples/train.rs`) so that training and inference share
//!   the exact same feature code. Only the learned weights ship
//!   (`data/tagger.bin`), not the text.
//! * **Weights**: averaged, pruned (small weights dropped), quantised to
//!   `i16` and stored sparsely: one 64-bit feature hash followed by only the
//!   tags it has weight for, plus the lexicon (word hash -> tag byte). See
//!   [`model`] for the byte layout. At load the keys go into
//!   open-addressing hash tables; nothing is allocated per token or per
//!   feature while tagging.
//! * **Determinism**: features and weights are fixed; ties in the argmax go
//!   to the lowest tag index. Same words in, same tags out.
//!
//! ## Tokenisation conventions expected
//!
//! Words are runs of letters/digits with internal hyphens ("large-scale",
//! "30-day") and name-internal apostrophes ("O'Brien"); abbreviations keep
//! their periods ("U.S.", "Gen.", "p.m."); numbers keep `,` and `.`
//! ("1,500"); clitics are split ("'s", "n't", "'re", "'ve", "'ll", "'d",
//! "'m", either apostrophe); every other punctuation character is its own
//! token, except "..." and name-joining hyphens ("DPRK-Russia" is three
//! tokens), as in `sitrep-core`'s tokenizer. Curly quotes are folded to
//! ASCII inside the feature extractor (their direction is kept as a
//! feature), so callers pass the original token text. Other tokenisations
//! still work, only less accurately.
//!
//! Callers that know which tokens had whitespace before them should use
//! [`Tagger::tag_spaced`]: it orients straight double quotes from the
//! spacing, which words alone cannot do when a quotation spans sentences.
//!
//! ## Accuracy and speed (vs spaCy `en_core_web_sm` tags)
//!
//! Measured by `examples/train.rs` and `examples/bench.rs`; see the crate
//! report in `scripts/tagger/README.md` for the current numbers. The
//! reference is spaCy's own output (silver standard), not hand annotation.
//!
//! ```
//! use sitrep_tagger::{Tag, Tagger};
//! let mut tags = Vec::new();
//! Tagger::builtin().tag(&["North", "Korea", "has", "pledged", "support"], &mut tags);
//! assert_eq!(tags, [Tag::NNP, Tag::NNP, Tag::VBZ, Tag::VBN, Tag::NN]);
//! ```

pub mod features;
pub mod model;
mod tag;
pub mod train;

pub use model::ModelError;
pub use tag::Tag;

pub use features::WordInfo;
use features::{
    is_double_quote, rest_small_feature, rest_split, word_features, Window, LEX_PAD,
    LEX_UNAMBIGUOUS, LEX_UNKNOWN, N_REST_SMALL, N_WORD,
};
#[cfg(test)]
use features::{static_features, N_FEATURES};
use std::cell::Cell;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::OnceLock;

/// The shipped weights (see [`model`] for the format).
static BUILTIN_WEIGHTS: &[u8] = include_bytes!("../data/tagger.bin");

/// A loaded part-of-speech tagger. Immutable and `Sync`: share one
/// instance across threads.
pub struct Tagger {
    table: model::Table,
    scale: f32,
    /// For each previous tag `t1` (`Tag::COUNT + 2` values, the two stand-ins for
    /// "before the sentence" included), the weights of the bias feature
    /// (`static_features`' first, the same for every word) plus those of the
    /// previous-tag feature (template 30), summed at load: one row copied per scored
    /// word instead of two lookups.
    prior: Vec<[i32; Tag::COUNT]>,
    /// For each pair of previous tags (`t1 * (Tag::COUNT + 2) + t2`), the bucket of the
    /// two-tag feature (template 31), resolved at load instead of hashed and probed.
    pair: Vec<sitrep_weights::Resolved>,
    /// The small-valued rest features ([`features::rest_split`]) resolved at load, at
    /// [`small_rest_at`]'s index.
    small_rest: Vec<sitrep_weights::Resolved>,
    /// This tagger's number among the taggers of the process (from 1): the owner of the
    /// rows it leaves in a thread's [`WordRows`].
    id: u64,
}

/// Slots of a kept word row: `Tag::COUNT` rounded up to whole eight-score chunks (the
/// dense weight rows' padding, whose slots get zeros).
const ROW: usize = Tag::COUNT.next_multiple_of(8);
/// Word rows kept per thread (a power of two): about 640 KB.
const WORD_ROWS: usize = 2048;

/// The weights of one word's [`word_features`], summed: what the tagger adds for the
/// word wherever it stands. `key` holds what those features are computed from.
#[derive(Clone, Copy)]
#[repr(C, align(64))]
struct WordRow {
    /// The tagger whose weights these are ([`Tagger::id`]); 0: no row.
    owner: u64,
    /// The word's `word`, `prefix`, `suffix` and `shape` hashes.
    key: [u64; 10],
    /// The word's `flags` and `caps`.
    marks: u16,
    row: [i32; ROW],
}

impl WordRow {
    const EMPTY: WordRow = WordRow {
        owner: 0,
        key: [0; 10],
        marks: 0,
        row: [0; ROW],
    };

    #[inline(always)]
    fn key_of(w: &WordInfo) -> ([u64; 10], u16) {
        let (p, s) = (w.prefix, w.suffix);
        (
            [
                w.word, p[0], p[1], p[2], p[3], s[0], s[1], s[2], s[3], w.shape,
            ],
            w.flags as u16 | (w.caps as u16) << 8,
        )
    }
}

/// A thread's kept word rows, direct-mapped by the word's `exact` hash. A row is used
/// only when its owner and its whole key are the word's, so it is the sum scoring the
/// word's features would give (integer sums: the same to the bit); a clash only costs a
/// new sum. Bounded: a new word takes its slot's place.
type WordRows = Box<[WordRow]>;

thread_local! {
    /// The calling thread's [`WordRows`], taken out while a sentence is tagged and put
    /// back after (a call inside another, which never happens, would start empty rows).
    static ROWS: Cell<Option<WordRows>> = const { Cell::new(None) };
}

/// The calling thread's word rows (new, empty ones on its first call).
fn take_rows() -> WordRows {
    ROWS.take()
        .unwrap_or_else(|| vec![WordRow::EMPTY; WORD_ROWS].into_boxed_slice())
}

fn put_rows(rows: WordRows) {
    ROWS.set(Some(rows));
}

/// The next [`Tagger::id`].
static NEXT_ID: AtomicU64 = AtomicU64::new(1);

impl Tagger {
    /// The tagger with the weights shipped in this crate, loaded on first
    /// use and shared afterwards.
    pub fn builtin() -> &'static Tagger {
        static TAGGER: OnceLock<Tagger> = OnceLock::new();
        TAGGER.get_or_init(|| {
            Tagger::from_bytes(BUILTIN_WEIGHTS).expect("shipped tagger weights are valid")
        })
    }

    /// Loads a tagger from a weights file image.
    pub fn from_bytes(bytes: &[u8]) -> Result<Tagger, ModelError> {
        let (table, scale) = model::load(bytes)?;
        let mut bias = [0i32; Tag::COUNT];
        table.score(&[features::BIAS_FEATURE], &mut bias);
        const T: usize = Tag::COUNT + 2;
        let mut prior = vec![bias; T];
        let mut pair = Vec::with_capacity(T * T);
        for (t1, row) in prior.iter_mut().enumerate() {
            let [prev, _] = features::tag_only_features(t1, 0);
            table.score(&[prev], row);
            for t2 in 0..T {
                let [_, two] = features::tag_only_features(t1, t2);
                pair.push(table.resolve(two));
            }
        }
        let mut small_rest = vec![sitrep_weights::Resolved::default(); SMALL_REST_LEN];
        for (k, (a_values, b_values)) in SMALL_REST_DOMAINS.iter().enumerate() {
            for a in a_values.clone() {
                for b in b_values.clone() {
                    if let Some(at) = small_rest_at(k, a, b) {
                        small_rest[at] = table.resolve(rest_small_feature(k, a, b));
                    }
                }
            }
        }
        Ok(Tagger {
            table,
            scale,
            prior,
            pair,
            small_rest,
            id: NEXT_ID.fetch_add(1, Ordering::Relaxed),
        })
    }

    /// Size in bytes of the shipped weights file.
    pub fn builtin_weights_size() -> usize {
        BUILTIN_WEIGHTS.len()
    }

    /// Number of distinct features with non-zero weights.
    pub fn n_features(&self) -> usize {
        self.table.n_features()
    }

    /// Number of stored (feature, tag) weights.
    pub fn n_weights(&self) -> usize {
        self.table.n_entries()
    }

    /// Number of words in the tag dictionary (tagged without scoring).
    pub fn dict_len(&self) -> usize {
        self.table.dict_len()
    }

    /// Number of words in the lexicon (most frequent tag known).
    pub fn lexicon_len(&self) -> usize {
        self.table.lex_len()
    }

    /// Dequantisation factor of the stored weights.
    pub fn weight_scale(&self) -> f32 {
        self.scale
    }

    /// Tags one sentence. `words` are tokens in their original case; `out`
    /// is cleared and receives exactly one tag per word.
    pub fn tag(&self, words: &[&str], out: &mut Vec<Tag>) {
        self.decode(words, None, &[], out, None);
    }

    /// Like [`Tagger::tag`], and also hands back the [`WordInfo`] hashes it
    /// computed for each word (`infos` is cleared first), so a later stage
    /// that hashes words the same way (the parser's `Tok::from_info`) need
    /// not hash them again.
    pub fn tag_with_info(&self, words: &[&str], out: &mut Vec<Tag>, infos: &mut Vec<WordInfo>) {
        infos.clear();
        self.decode(words, None, &[], out, Some(infos));
    }

    /// Like [`Tagger::tag_with_info`], with the tags of some words decided by the caller
    /// (`fixed`: word index and tag, in increasing index order). The decoder takes each as
    /// its own decision at that word, so the words after it are tagged in its light: a
    /// word fixed as a verb after a name makes the next noun its object, not the next part
    /// of a compound. The other words are scored as usual.
    pub fn tag_fixed(
        &self,
        words: &[&str],
        fixed: &[(usize, Tag)],
        out: &mut Vec<Tag>,
        infos: &mut Vec<WordInfo>,
    ) {
        infos.clear();
        self.decode(words, None, fixed, out, Some(infos));
    }

    /// Like [`Tagger::tag`], but also told which tokens had whitespace
    /// before them in the text (`space_before[i]`; the first token's value
    /// is ignored). Straight double quotes are then oriented from the
    /// spacing (`␣"word` opens, `word"␣` or `word",` closes), which words
    /// alone cannot tell when a quotation spans sentences. If the lengths
    /// differ the spacing is ignored.
    pub fn tag_spaced(&self, words: &[&str], space_before: &[bool], out: &mut Vec<Tag>) {
        let spacing = (space_before.len() == words.len()).then_some(space_before);
        self.decode(words, spacing, &[], out, None);
    }

    /// Like [`Tagger::tag_fixed`], for words tagged before: `out` and `infos` hold what a
    /// call for these same `words` with the fixed tags `before` handed back. The greedy
    /// decoder's choice at a word depends only on the words, the two tags before it and
    /// the caller's tag there, so the tags before the first word whose fixed tag changed
    /// stay as they were, and once two tags in a row after the last such word come out as
    /// before, so do all the rest: only the words in between are scored again, and no
    /// word is hashed again. The result is exactly `tag_fixed(words, fixed, ..)`'s.
    pub fn retag_fixed(
        &self,
        words: &[&str],
        before: &[(usize, Tag)],
        fixed: &[(usize, Tag)],
        out: &mut Vec<Tag>,
        infos: &mut Vec<WordInfo>,
    ) {
        let n = words.len();
        if out.len() != n || infos.len() != n {
            return self.tag_fixed(words, fixed, out, infos);
        }
        let (mut changed_from, mut changed_to) = (usize::MAX, 0usize);
        for i in 0..n {
            if fixed_tag(before, i) != fixed_tag(fixed, i) {
                changed_from = changed_from.min(i);
                changed_to = i;
            }
        }
        if changed_from == usize::MAX {
            return;
        }
        let start = changed_from;
        let mut t1 = start.checked_sub(1).map_or(Tag::COUNT, |i| out[i] as usize);
        let mut t2 = start
            .checked_sub(2)
            .map_or(Tag::COUNT + 1, |i| out[i] as usize);
        let mut quotes = infos[..start].iter().filter(|w| is_double_quote(w)).count();
        let mut win = Window::from_infos(infos, start);
        let mut wide = [0i32; model::WIDE];
        let mut rows = take_rows();
        let mut fixed_iter = fixed.iter().skip_while(|&&(at, _)| at < start).peekable();
        // Whether the tags of the two words before `i` came out other than before.
        let (mut differs1, mut differs2) = (false, false);
        for (i, slot) in out.iter_mut().enumerate().skip(start) {
            if i > changed_to && !differs1 && !differs2 {
                break;
            }
            let caller = fixed_iter
                .next_if(|&&(at, _)| at == i)
                .map(|&(_, t)| t as usize);
            let best =
                self.choose::<false>(&win, i, n, quotes, t1, t2, caller, &mut rows, &mut wide);
            let tag = Tag::ALL[best];
            differs2 = differs1;
            differs1 = *slot != tag;
            *slot = tag;
            t2 = t1;
            t1 = best;
            quotes += is_double_quote(&win.w[2]) as usize;
            win.advance_in(infos, i);
        }
        put_rows(rows);
    }

    /// The tag class chosen for word `i` (the centre of `win`) of a sentence of `len`
    /// words, after the tags `t1` and `t2`: the caller's or the spacing's (`forced`), the
    /// tag dictionary's, or the best scored. `AVX2` is true only in the copy inside
    /// [`Tagger::decode_avx2`]: the argmax then uses AVX2 instructions
    /// ([`sitrep_weights::first_max_avx2`], the same tag).
    #[allow(clippy::too_many_arguments)]
    #[inline(always)]
    fn choose<const AVX2: bool>(
        &self,
        win: &Window,
        i: usize,
        len: usize,
        quotes: usize,
        t1: usize,
        t2: usize,
        forced: Option<usize>,
        rows: &mut [WordRow],
        wide: &mut [i32; model::WIDE],
    ) -> usize {
        let lex = win.w[2].lex;
        let dict = (lex & LEX_UNAMBIGUOUS != 0).then_some((lex & !LEX_UNAMBIGUOUS) as usize);
        match forced.or(dict) {
            Some(t) => t,
            None => {
                // The word's own features' row (kept, or summed now and kept), the bias
                // and previous-tag row, the two-tag feature resolved at load, then every
                // other feature (integer sums: the order of the terms does not change
                // them): the features of `static_features` and `dynamic_features`.
                // Summed in a row of one slot per `u8` tag index (`Table::score_wide`);
                // only the first `Tag::COUNT` are added to, and read.
                let c = &win.w[2];
                let (key, marks) = WordRow::key_of(c);
                let kept = &mut rows[c.exact as usize & (rows.len() - 1)];
                let row: &mut [i32; ROW] = (&mut wide[..ROW]).try_into().expect("a row");
                if kept.owner == self.id && kept.key == key && kept.marks == marks {
                    *row = kept.row;
                } else {
                    row.fill(0);
                    let word: [u64; N_WORD] = word_features(c);
                    self.table.score_wide(&word, wide);
                    *kept = WordRow {
                        owner: self.id,
                        key,
                        marks,
                        row: wide[..ROW].try_into().expect("a row"),
                    };
                }
                for (s, &p) in wide[..Tag::COUNT].iter_mut().zip(&self.prior[t1]) {
                    *s += p;
                }
                self.table
                    .add_resolved_wide(&self.pair[t1 * (Tag::COUNT + 2) + t2], wide);
                let (hashed, small) = rest_split(win, i, len, quotes, t1);
                self.table.score_wide(&hashed, wide);
                for (k, &(a, b)) in small.iter().enumerate() {
                    match small_rest_at(k, a, b).and_then(|at| self.small_rest.get(at)) {
                        Some(r) => self.table.add_resolved_wide(r, wide),
                        // A value outside the domains resolved at load: scored as any
                        // feature.
                        None => self.table.score_wide(&[rest_small_feature(k, a, b)], wide),
                    }
                }
                #[cfg(target_arch = "x86_64")]
                if AVX2 {
                    // SAFETY: `AVX2` is true only in the copy compiled inside
                    // `decode_avx2`, which runs only on processors with AVX2.
                    let first = unsafe { sitrep_weights::first_max_avx2(&wide[..Tag::COUNT]) };
                    return first.map_or(0, |(at, _)| at);
                }
                first_max(&wide[..Tag::COUNT])
            }
        }
    }

    fn decode(
        &self,
        words: &[&str],
        spacing: Option<&[bool]>,
        fixed: &[(usize, Tag)],
        out: &mut Vec<Tag>,
        infos: Option<&mut Vec<WordInfo>>,
    ) {
        #[cfg(target_arch = "x86_64")]
        if std::is_x86_feature_detected!("avx2") {
            // SAFETY: the processor has AVX2, checked just above.
            unsafe { self.decode_avx2(words, spacing, fixed, out, infos) };
            return;
        }
        self.decode_with::<false>(words, spacing, fixed, out, infos);
    }

    /// [`Tagger::decode`] compiled for processors with AVX2 (chosen at run time; the
    /// release build targets baseline x86-64): the bias row, dense rows and the maximum
    /// take eight scores per instruction. The same integer sums, so the same tags.
    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "avx2")]
    unsafe fn decode_avx2(
        &self,
        words: &[&str],
        spacing: Option<&[bool]>,
        fixed: &[(usize, Tag)],
        out: &mut Vec<Tag>,
        infos: Option<&mut Vec<WordInfo>>,
    ) {
        self.decode_with::<true>(words, spacing, fixed, out, infos);
    }

    /// The body of [`Tagger::decode`], inlined into each instruction-set variant (`AVX2`:
    /// the one inside [`Tagger::decode_avx2`], see [`Tagger::choose`]).
    #[inline(always)]
    fn decode_with<const AVX2: bool>(
        &self,
        words: &[&str],
        spacing: Option<&[bool]>,
        fixed: &[(usize, Tag)],
        out: &mut Vec<Tag>,
        mut infos: Option<&mut Vec<WordInfo>>,
    ) {
        out.clear();
        if words.is_empty() {
            return;
        }
        out.reserve(words.len());
        let lexicon = |exact| self.table.lex(exact);
        let mut win = Window::start(words, &lexicon);
        let mut rows = take_rows();
        let mut wide = [0i32; model::WIDE];
        // Class indices of the previous two tags; COUNT and COUNT+1 stand
        // for "before the start of the sentence".
        let (mut t1, mut t2) = (Tag::COUNT, Tag::COUNT + 1);
        let mut quotes = 0usize;
        let mut fixed = fixed.iter().peekable();
        for i in 0..words.len() {
            let caller = fixed.next_if(|&&(at, _)| at == i).map(|&(_, t)| t as usize);
            let forced = match spacing {
                Some(sp) if is_double_quote(&win.w[2]) => quote_from_spacing(words, sp, i),
                _ => None,
            };
            let forced = caller.or(forced);
            let best = self.choose::<AVX2>(
                &win,
                i,
                words.len(),
                quotes,
                t1,
                t2,
                forced,
                &mut rows,
                &mut wide,
            );
            out.push(Tag::ALL[best]);
            if let Some(infos) = infos.as_deref_mut() {
                infos.push(win.w[2]);
            }
            t2 = t1;
            t1 = best;
            quotes += is_double_quote(&win.w[2]) as usize;
            win.advance(words, i, &lexicon);
        }
        put_rows(rows);
    }

    /// Convenience wrapper around [`Tagger::tag`] returning a new vector.
    pub fn tag_vec(&self, words: &[&str]) -> Vec<Tag> {
        let mut out = Vec::with_capacity(words.len());
        self.tag(words, &mut out);
        out
    }
}

/// Lexicon classes (`WordInfo::lex` without [`LEX_UNAMBIGUOUS`]): the tags, then
/// [`LEX_PAD`] and [`LEX_UNKNOWN`], numbered densely.
const LEX_CLASSES: usize = Tag::COUNT + 2;

/// The dense number of lexicon class `v`, if it is one.
#[inline(always)]
fn lex_dense(v: u64) -> Option<usize> {
    match v {
        v if v < Tag::COUNT as u64 => Some(v as usize),
        v if v == LEX_PAD as u64 => Some(Tag::COUNT),
        v if v == LEX_UNKNOWN as u64 => Some(Tag::COUNT + 1),
        _ => None,
    }
}

/// Capitalisation classes ([`features::Caps`]) and positions of `rest_split`'s values.
const CAPS: u64 = 5;
const POSITIONS: u64 = 4;

/// Each small-valued rest feature's values resolved at load: `a` then `b` ranges (the
/// capitalisation and position codes, the lexicon classes, the previous tags).
const SMALL_REST_DOMAINS: [(std::ops::Range<u64>, std::ops::Range<u64>); N_REST_SMALL] = [
    (0..CAPS, 0..POSITIONS),
    (0..(CAPS - 1) << 8 | (CAPS - 1) << 4 | CAPS, 0..POSITIONS),
    (0..LEX_PAD as u64 + 2, 0..LEX_PAD as u64 + 2),
    (0..Tag::COUNT as u64 + 2, 0..LEX_PAD as u64 + 2),
];

/// Where each small-valued rest feature's resolved buckets start, and their total.
const SMALL_REST_START: [usize; N_REST_SMALL] = [
    0,
    (CAPS * POSITIONS) as usize,
    ((CAPS + CAPS * CAPS * CAPS) * POSITIONS) as usize,
    ((CAPS + CAPS * CAPS * CAPS) * POSITIONS) as usize + LEX_CLASSES * LEX_CLASSES,
];
const SMALL_REST_LEN: usize = SMALL_REST_START[3] + (Tag::COUNT + 2) * LEX_CLASSES;

/// The index in `Tagger::small_rest` of small-valued rest feature `k` with values `a`
/// and `b` ([`features::rest_split`]), `None` for values outside the resolved domains (a
/// value of a domain that is no such value, as a lexicon class between the tags and the
/// pad, maps to `None` too; the loader skips those).
#[inline(always)]
fn small_rest_at(k: usize, a: u64, b: u64) -> Option<usize> {
    let at = match k {
        // Capitalisation class and position.
        0 => (a < CAPS && b < POSITIONS).then(|| (a * POSITIONS + b) as usize)?,
        // The three capitalisation classes, four bits each, and the position.
        1 => {
            let (p, c, n) = (a >> 8, a >> 4 & 15, a & 15);
            (p < CAPS && c < CAPS && n < CAPS && b < POSITIONS)
                .then(|| (((p * CAPS + c) * CAPS + n) * POSITIONS + b) as usize)?
        }
        // Two lexicon classes.
        2 => lex_dense(a)? * LEX_CLASSES + lex_dense(b)?,
        // The previous tag (with its two stand-ins) and a lexicon class.
        _ => (a < Tag::COUNT as u64 + 2).then_some(a as usize)? * LEX_CLASSES + lex_dense(b)?,
    };
    Some(SMALL_REST_START[k] + at)
}

/// The tag `fixed` (word index and tag, in increasing index order) gives word `i`.
fn fixed_tag(fixed: &[(usize, Tag)], i: usize) -> Option<Tag> {
    fixed
        .binary_search_by_key(&i, |&(at, _)| at)
        .ok()
        .map(|k| fixed[k].1)
}

/// Orientation of the double quote at `i` from the whitespace around it,
/// when unambiguous.
fn quote_from_spacing(words: &[&str], space_before: &[bool], i: usize) -> Option<usize> {
    let before = i == 0 || space_before[i];
    let next = words.get(i + 1);
    let after = next.is_none() || space_before[i + 1];
    let next_is_word = next.is_some_and(|w| w.chars().next().is_some_and(char::is_alphanumeric));
    if before && !after && next_is_word {
        Some(Tag::OpenQuote as usize)
    } else if !before && (after || !next_is_word) {
        Some(Tag::CloseQuote as usize)
    } else {
        None
    }
}

/// [`argmax`] of integer scores (the first maximum: ties keep the lowest index), in fewer
/// instructions ([`sitrep_weights::first_max`]); 0 for no scores.
#[inline(always)]
fn first_max(scores: &[i32]) -> usize {
    sitrep_weights::first_max(scores).map_or(0, |(at, _)| at)
}

/// Index of the highest score; ties go to the lowest index.
#[inline]
fn argmax<T: PartialOrd + Copy>(scores: &[T]) -> usize {
    let mut best = 0;
    for (i, &s) in scores.iter().enumerate().skip(1) {
        if s > scores[best] {
            best = i;
        }
    }
    best
}

#[cfg(test)]
mod first_max_tests {
    use super::{argmax, first_max, model, Tag, Tagger, N_FEATURES};

    /// The wide row sums as the narrow one: features of real words (every bucket kind:
    /// inline, dense, overflow) and random unseen ones.
    #[test]
    fn wide_scores_are_the_narrow_scores() {
        let table = &Tagger::builtin().table;
        let mut x: u64 = 0x2545_F491_4F6C_DD1D;
        for round in 0..2000 {
            let mut feats = [0u64; N_FEATURES - 1];
            for f in feats.iter_mut() {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                *f = x;
            }
            if round % 2 == 0 {
                // Home buckets of stored features: take the keys the table holds.
                for (k, f) in feats.iter_mut().enumerate() {
                    if let Some(key) = table.stored_key((x as usize).wrapping_add(k * 7919)) {
                        *f = key;
                    }
                }
            }
            let mut narrow = [0i32; Tag::COUNT];
            table.score(&feats, &mut narrow);
            let mut wide = [0i32; model::WIDE];
            table.score_wide(&feats, &mut wide);
            assert_eq!(&wide[..Tag::COUNT], &narrow[..]);
            assert!(wide[Tag::COUNT..].iter().all(|&s| s == 0));
        }
    }

    #[test]
    fn first_max_is_argmax_with_ties_and_extremes() {
        let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut next = || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x
        };
        for len in 1..=60 {
            for round in 0..200 {
                let scores: Vec<i32> = (0..len)
                    .map(|_| match round % 4 {
                        0 => (next() % 5) as i32 - 2,
                        1 => [i32::MIN, i32::MAX, 0][(next() % 3) as usize],
                        _ => next() as i32,
                    })
                    .collect();
                assert_eq!(first_max(&scores), argmax(&scores), "{scores:?}");
            }
        }
    }
}

#[cfg(test)]
mod resolved_tests {
    use super::features::{dynamic_features, LEX_UNAMBIGUOUS};
    use super::*;

    /// Greedy decoding that scores every feature of `static_features` and
    /// `dynamic_features` by hashed lookups (as training defines them), with the same
    /// tag dictionary.
    fn plain_tags(t: &Tagger, words: &[&str]) -> Vec<Tag> {
        let lexicon = |e| t.table.lex(e);
        let mut win = Window::start(words, &lexicon);
        let (mut t1, mut t2) = (Tag::COUNT, Tag::COUNT + 1);
        let mut quotes = 0;
        let mut out = Vec::new();
        for i in 0..words.len() {
            let lex = win.w[2].lex;
            let best = if lex & LEX_UNAMBIGUOUS != 0 {
                (lex & !LEX_UNAMBIGUOUS) as usize
            } else {
                let mut feats = [0u64; N_FEATURES];
                static_features(&win, i, words.len(), quotes, &mut feats);
                dynamic_features(&win, t1, t2, &mut feats);
                let mut s = [0i32; Tag::COUNT];
                t.table.score(&feats, &mut s);
                argmax(&s)
            };
            out.push(Tag::ALL[best]);
            t2 = t1;
            t1 = best;
            quotes += is_double_quote(&win.w[2]) as usize;
            win.advance(words, i, &lexicon);
        }
        out
    }

    /// The previous-tag rows and the two-tag features resolved at load tag as scoring
    /// every feature afresh, on news sentences and every prefix of them.
    #[test]
    fn resolved_tag_features_tag_as_the_plain_reading() {
        let t = Tagger::builtin();
        let sentences = [
            "The U.N. Security Council on Tuesday condemned the missile launch , which Japan said fell into its waters .",
            "Protesters who had gathered outside parliament were dispersed by police firing tear gas , witnesses told Reuters .",
            "\" We will not negotiate under threat , \" the minister said , adding that talks could resume next month .",
            "Rebels ambushed a convoy near Goma , killing 12 soldiers and wounding dozens more , the army said in a statement .",
            "Iran 's foreign ministry summoned the British ambassador over what it called interference in its internal affairs .",
            "Xi hosted Putin in Beijing , where the two leaders signed a pact on energy and pledged deeper military ties .",
        ];
        for s in sentences {
            let words: Vec<&str> = s.split(' ').collect();
            for n in 1..=words.len() {
                assert_eq!(
                    t.tag_vec(&words[..n]),
                    plain_tags(t, &words[..n]),
                    "{s} ({n} words)"
                );
            }
        }
    }

    /// The kept word rows are owned by one tagger: two taggers tagging in turn on one
    /// thread (each leaving rows the other finds in the same slots) still tag as scoring
    /// every feature afresh, as does a thread's first sentence (no rows yet) and a
    /// sentence tagged twice (every row kept).
    #[test]
    fn kept_word_rows_tag_as_the_plain_reading() {
        let a = Tagger::builtin();
        let b = Tagger::from_bytes(BUILTIN_WEIGHTS).expect("loads");
        assert_ne!(a.id, b.id);
        let sentences = [
            "Militants attacked a police post in Peshawar overnight , officials said .",
            "The ministry rejected the report as baseless and summoned the envoy .",
            "Talks between Kyiv and Moscow stalled after Russia demanded new guarantees .",
        ];
        std::thread::spawn(move || {
            for round in 0..3 {
                for s in sentences {
                    let words: Vec<&str> = s.split(' ').collect();
                    let t = if round % 2 == 0 { a } else { &b };
                    assert_eq!(t.tag_vec(&words), plain_tags(t, &words), "{s}");
                    assert_eq!(a.tag_vec(&words), b.tag_vec(&words), "{s}");
                }
            }
        })
        .join()
        .expect("tags");
    }
}

//! # sitrep-parser: a greedy transition-based dependency parser
//!
//! Parses a tagged sentence (words plus `sitrep-tagger` tags) into a labelled
//! dependency tree ([`Tree`]) in the ClearNLP scheme spaCy's English models
//! use ([`Rel`]: `nsubj`, `nsubjpass`, `agent`, `dobj`, `dative`, `ccomp`,
//! `xcomp`, `advcl`, `relcl`, `acl`, `appos`, `conj`, `prep`, `pobj`, `poss`,
//! `compound`, `neg`, `aux`, ...).
//!
//! ## Design
//!
//! * **Transitions**: arc-hybrid ([`state`]), greedy: one pass over the words,
//!   at most `2n` transitions, each chosen by an argmax. No search, no
//!   backtracking: linear time, deterministic (ties go to the lowest class).
//! * **Model**: an averaged perceptron over 46 hashed feature templates of the
//!   stack top three, the buffer front three, the outermost children of the
//!   stack top, the buffer front and the second stack item (their tags and
//!   labels), distances, valencies and the commas in between. Words are
//!   hashed with the tagger's own word hashing ([`Tok::from_info`]), so a
//!   caller that tagged a sentence can hand the tagger's per-word hashes to
//!   the parser.
//! * **Training**: distilled from spaCy's `en_core_web_sm` trees over news
//!   text (`scripts/parser/`), with a dynamic oracle and exploration
//!   (Goldberg and Nivre 2013), in Rust ([`train`], `examples/parser_train.rs`) so
//!   training and parsing share the feature code. Held-out documents are
//!   never trained on; attachment scores against spaCy's trees are in
//!   `scripts/parser/README.md`.
//! * **Weights**: averaged, pruned, quantised to `i16` and stored sparsely
//!   (`data/parser.bin`, see [`model`]), loaded once by [`Parser::builtin`].
//!
//! ```
//! use sitrep_parser::{Parser, Rel};
//! use sitrep_tagger::Tagger;
//! let words = ["Russia", "attacked", "Ukraine", "."];
//! let tags = Tagger::builtin().tag_vec(&words);
//! let tree = Parser::builtin().parse(&words, &tags);
//! assert_eq!(tree.rel(0), Rel::Nsubj);
//! assert_eq!(tree.head(0), Some(1));
//! assert_eq!(tree.rel(2), Rel::Dobj);
//! assert_eq!(tree.root(), Some(1));
//! ```

pub mod model;
mod rel;
pub mod state;
pub mod train;

pub use model::ModelError;
pub use rel::Rel;
pub use state::Tok;

use model::{Resolved, WIDE};
use sitrep_tagger::Tag;
use state::{
    comma_counts, small_feature, stack_token, tag_feature, token_parts, Group, State, BIAS_FEATURE,
    NONE, N_GROUPS, N_HASHED, N_ROLES, N_SMALL, N_TAG, SHIFT, SMALL_REST,
};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::OnceLock;

/// The shipped weights (see [`model`] for the format).
static BUILTIN_WEIGHTS: &[u8] = include_bytes!("../data/parser.bin");

/// A dependency tree over the words of one sentence.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Tree {
    /// Head of each word; `u32::MAX` for the root.
    heads: Vec<u32>,
    rels: Vec<Rel>,
    /// The dependents of every word, built once with the tree (`index_children`) since
    /// the coder asks `children` many times per tree (a scan of every head each time
    /// before): word `i`'s are `kids[kid_start[i]..kid_start[i + 1]]`, left to right.
    kid_start: Vec<u32>,
    kids: Vec<u32>,
}

impl Tree {
    /// A tree from explicit heads (`None` for the root) and relations; for
    /// tests and for callers that build trees by other means.
    pub fn from_parts(heads: &[Option<usize>], rels: &[Rel]) -> Tree {
        assert_eq!(heads.len(), rels.len());
        let mut tree = Tree {
            heads: heads.iter().map(|h| h.map_or(NONE, |h| h as u32)).collect(),
            rels: rels.to_vec(),
            kid_start: Vec::new(),
            kids: Vec::new(),
        };
        tree.index_children();
        tree
    }

    /// Builds the dependents' lists from `heads` (a counting sort by head, so each list is
    /// in word order). A head outside the tree (only a hand-built tree has one) is listed
    /// by `children`'s scan instead.
    fn index_children(&mut self) {
        let n = self.heads.len();
        self.kid_start.clear();
        self.kid_start.resize(n + 1, 0);
        for &h in &self.heads {
            if (h as usize) < n {
                self.kid_start[h as usize + 1] += 1;
            }
        }
        for i in 0..n {
            self.kid_start[i + 1] += self.kid_start[i];
        }
        self.kids.clear();
        self.kids.resize(self.kid_start[n] as usize, 0);
        // Each list's start serves as its next free slot while it fills, which leaves it
        // at the list's end (the next one's start); shifted back by one word after.
        for (d, &h) in self.heads.iter().enumerate() {
            if (h as usize) < n {
                self.kids[self.kid_start[h as usize] as usize] = d as u32;
                self.kid_start[h as usize] += 1;
            }
        }
        self.kid_start.copy_within(..n, 1);
        self.kid_start[0] = 0;
    }

    pub fn len(&self) -> usize {
        self.heads.len()
    }

    pub fn is_empty(&self) -> bool {
        self.heads.is_empty()
    }

    /// The head of word `i`, `None` for the root (or out of range).
    pub fn head(&self, i: usize) -> Option<usize> {
        match self.heads.get(i) {
            Some(&h) if h != NONE => Some(h as usize),
            _ => None,
        }
    }

    /// The relation of word `i` to its head ([`Rel::Root`] for the root).
    pub fn rel(&self, i: usize) -> Rel {
        self.rels.get(i).copied().unwrap_or(Rel::Dep)
    }

    /// The dependents of word `i`, left to right.
    pub fn children(&self, i: usize) -> impl Iterator<Item = usize> + '_ {
        // A word of the tree: its list. Any other index: the words whose head it is, found
        // by a scan (none but in a hand-built tree with a head outside it).
        let n = self.heads.len();
        let (listed, scanned): (&[u32], &[u32]) = if i < n {
            let (a, b) = (self.kid_start[i] as usize, self.kid_start[i + 1] as usize);
            (&self.kids[a..b], &[])
        } else {
            (&[], &self.heads)
        };
        listed.iter().map(|&d| d as usize).chain(
            scanned
                .iter()
                .enumerate()
                .filter(move |&(_, &h)| h as usize == i)
                .map(|(d, _)| d),
        )
    }

    /// The first dependent of `i` with relation `rel`.
    pub fn child(&self, i: usize, rel: Rel) -> Option<usize> {
        self.children(i).find(|&d| self.rels[d] == rel)
    }

    /// The root word.
    pub fn root(&self) -> Option<usize> {
        self.heads.iter().position(|&h| h == NONE)
    }

    /// The span `(first, last + 1)` of the subtree rooted at `i` (projective
    /// trees: every word in between belongs to it).
    pub fn span(&self, i: usize) -> (usize, usize) {
        let (mut lo, mut hi) = (i, i);
        for d in 0..self.len() {
            if d < lo || d > hi {
                let mut k = d;
                // Bounded walk up: a tree has no cycles, but stay safe on
                // hand-built ones.
                for _ in 0..self.len() {
                    match self.head(k) {
                        Some(h) if h == i => {
                            lo = lo.min(d);
                            hi = hi.max(d);
                            break;
                        }
                        Some(h) => k = h,
                        None => break,
                    }
                }
            }
        }
        (lo, hi + 1)
    }

    /// The tree in CoNLL-like columns, one word a line:
    /// `index word head rel` (1-based, head 0 = root).
    pub fn to_conll(&self, words: &[&str]) -> String {
        let mut s = String::new();
        for (i, w) in words.iter().enumerate().take(self.len()) {
            let h = self.head(i).map_or(0, |h| h + 1);
            s.push_str(&format!("{}\t{}\t{}\t{}\n", i + 1, w, h, self.rel(i)));
        }
        s
    }
}

/// Reusable buffers for [`Parser::parse_toks`]: keep one per thread to parse
/// without allocating (it also keeps the sums of the feature groups seen and of the words
/// seen in the stack roles, about 4.7 MB, filled as they come: `Memo`).
pub struct Scratch {
    state: State,
    commas: Vec<u16>,
    /// The state's scores, one slot per `u8` class (`model::Table::score_wide`).
    scores: Box<[i32; WIDE]>,
    toks: Vec<Tok>,
    /// Per role, the summed weights of each token's [`state::token_features`] in that
    /// role (`n_classes` per token, [`role_rows_len`]; slot `n` is ROOT, `n + 1` no token), filled
    /// when the token first holds the role: a token holds each role for about
    /// two transitions, and these are a third of the lookups. The buffer front's
    /// rows hold the bias too.
    role_scores: [Vec<i32>; N_ROLES],
    role_known: [Vec<bool>; N_ROLES],
    /// The summed weights of each feature group ([`state::Group`]) by key, kept across
    /// sentences.
    memo: Memo,
    /// A group's weights being summed, before they go into the memo.
    group_row: Box<[i32; WIDE]>,
}

impl Default for Scratch {
    fn default() -> Self {
        Scratch {
            state: State::new(),
            commas: Vec::new(),
            scores: Box::new([0; WIDE]),
            toks: Vec::new(),
            role_scores: Default::default(),
            role_known: Default::default(),
            memo: Memo::default(),
            group_row: Box::new([0; WIDE]),
        }
    }
}

/// Slots per group in [`Memo`] (a power of two; 3.9 MB of sums for the parser's 91
/// classes): on VOA the keys of the stack tags' and the distance group recur in about 85%
/// and 81% of states at this size, 80% and 72% at 1,024 slots, where the groups' misses
/// cost 9 M more instructions (2.4% of the parser's) over the VOA corpus.
const MEMO_SLOTS: usize = 2048;

/// Slots per stack role in [`Memo`]'s token rows (a power of two): on VOA a token's (word,
/// tag) was summed in that role before, and is still there, for about 65% of the tokens
/// at this size (0.75 MB for the two roles; 71% at twice as many).
const TOKEN_SLOTS: usize = 1024;

/// The summed weights of the feature groups ([`state::Group`]), each group's keys in
/// [`MEMO_SLOTS`] slots by hash (a slot keeps the last key put there), and those of the
/// tokens in the stack roles by word and tag. A group's weights depend on its key alone,
/// a token's in a stack role on its word and tag alone, and integer sums do not depend on
/// their order, so a state scores the same from the memo as from its features. Filled by
/// one parser: another parser using the same scratch clears it first.
#[derive(Default)]
struct Memo {
    /// [`Parser::id`] of the parser whose sums these are (0: none yet).
    parser: u64,
    /// Each slot's key with [`Memo::FILLED`] set, or 0.
    keys: Vec<u64>,
    /// Each slot's sums, `stride` per slot (the classes, padded with zeros to whole
    /// [`sitrep_weights::LANES`] groups as the table's dense rows).
    rows: Vec<i32>,
    /// The summed weights of a token's features in a stack role ([`state::ROLE_S0`],
    /// [`state::ROLE_S1`]), which depend on its word and tag alone
    /// ([`state::stack_token`]): per role [`TOKEN_SLOTS`] slots by hash, each slot's key
    /// as (word, tag with [`Memo::FILLED`] set) or zeros, its sums `stride` long as
    /// `rows`. Frequent words ("the", "said", a country's name) recur from sentence to
    /// sentence.
    token_keys: Vec<[u64; 2]>,
    token_rows: Vec<i32>,
}

impl Memo {
    /// Marks a filled slot; keys use the low 48 bits ([`state::State::context_split`]).
    const FILLED: u64 = 1 << 63;

    /// Empties the memo for `parser`, with rows of `stride` sums.
    fn reset(&mut self, parser: u64, stride: usize) {
        self.parser = parser;
        self.keys.clear();
        self.keys.resize(N_GROUPS * MEMO_SLOTS, 0);
        self.rows.clear();
        self.rows.resize(N_GROUPS * MEMO_SLOTS * stride, 0);
        self.token_keys.clear();
        self.token_keys.resize(2 * TOKEN_SLOTS, [0; 2]);
        self.token_rows.clear();
        self.token_rows.resize(2 * TOKEN_SLOTS * stride, 0);
    }

    /// The slot of group `g`'s `key`.
    #[inline(always)]
    fn slot(g: usize, key: u64) -> usize {
        const _: () = assert!(MEMO_SLOTS.is_power_of_two());
        let h =
            key.wrapping_mul(sitrep_weights::hash::GOLDEN) >> (64 - MEMO_SLOTS.trailing_zeros());
        g * MEMO_SLOTS + h as usize
    }

    /// The slot of a token of word hash `word` and tag `tag` in stack role `role`
    /// ([`state::ROLE_S0`] or [`state::ROLE_S1`]), and its key.
    #[inline(always)]
    fn token_slot(role: usize, word: u64, tag: u8) -> (usize, [u64; 2]) {
        const _: () = assert!(TOKEN_SLOTS.is_power_of_two());
        const _: () = assert!(state::ROLE_S0 < 2 && state::ROLE_S1 < 2);
        let h = (word ^ tag as u64).wrapping_mul(sitrep_weights::hash::GOLDEN)
            >> (64 - TOKEN_SLOTS.trailing_zeros());
        (
            role * TOKEN_SLOTS + h as usize,
            [word, tag as u64 | Memo::FILLED],
        )
    }
}

/// The length of a role's rows ([`Scratch::role_scores`]) for a sentence of `n` tokens:
/// `n + 2` slots `stride` apart, and room for the last one's `WIDE` window. Packed
/// `stride` apart rather than `WIDE` (384 bytes instead of 1,024 for the shipped model),
/// a sentence's rows take fewer cache lines and spread over all the first-level cache's
/// sets: at 1,024 bytes apart a role's rows fell in 24 of its 64 sets.
fn role_rows_len(n: usize, stride: usize) -> usize {
    (n + 1) * stride + WIDE
}

/// Numbers the parsers loaded in this process ([`Parser::id`]), from 1.
static PARSERS: AtomicU64 = AtomicU64::new(1);

/// Number of classes of the shipped model (SHIFT and 45 labels' LEFT- and RIGHT-ARC):
/// the AVX2 parse is compiled for it with fixed-length rows ([`Parser::parse_toks`]).
const SHIPPED_CLASSES: usize = 91;

/// A loaded parser. Immutable and `Sync`: share one across threads.
pub struct Parser {
    table: model::Table,
    labels: Vec<Rel>,
    scale: f32,
    /// The weights of [`BIAS_FEATURE`], present in every state.
    bias: Vec<i32>,
    small: SmallTables,
    /// This parser's number in the process: whose sums a [`Scratch`]'s memo holds.
    id: u64,
}

/// The small context features ([`state::SMALL_TEMPLATES`]) resolved at load: for each
/// template and pair of values, the feature's bucket, so a state looks them up by
/// their values instead of hashing and probing the table (14 of its 32 context
/// features). The values (tags, labels, valencies and their stand-ins 253-255) are
/// renumbered densely (`d` of them), and template `k`'s feature of values `a` and `b` is
/// `resolved[k * d * d + first[a] + second[b]]`.
struct SmallTables {
    /// Each value's dense number times `d` (its offset as a pair's first value),
    /// [`SmallTables::FAR`] for a value no model gives.
    first: [u32; 256],
    /// Each value's dense number (its offset as a pair's second value), or `FAR`.
    second: [u32; 256],
    /// Values per side.
    d: usize,
    /// `N_SMALL x d x d` resolved features.
    resolved: Vec<Resolved>,
    /// `N_TAG x d` resolved token features of one tag value ([`state::TAG_TEMPLATES`]):
    /// tag feature `k` of value `v` is `tags[k * d + second[v]]`.
    tags: Vec<Resolved>,
}

impl SmallTables {
    /// Beyond every table (`N_SMALL x d x d` is under 2^20), also twice over and after any
    /// template's offset: a pair with a value no model gives falls outside `resolved`, so
    /// the bounds test of the lookup is the test for such values.
    const FAR: u32 = 1 << 30;
    const OTHER: u8 = u8::MAX;

    fn new(table: &model::Table, n_labels: usize) -> SmallTables {
        // Tags, labels and valencies (under 16) are numbered as themselves, the
        // stand-ins for ROOT, nothing and no label after them.
        let low = Tag::COUNT.max(n_labels).clamp(16, 250);
        let d = low + 3;
        let mut index = [Self::OTHER; 256];
        for (v, i) in index.iter_mut().enumerate().take(low) {
            *i = v as u8;
        }
        for (k, v) in [253usize, 254, 255].into_iter().enumerate() {
            index[v] = (low + k) as u8;
        }
        let mut value = vec![0u8; d];
        for (v, &i) in index.iter().enumerate() {
            if i != Self::OTHER {
                value[i as usize] = v as u8;
            }
        }
        let mut resolved = Vec::with_capacity(N_SMALL * d * d);
        for k in 0..N_SMALL {
            for &a in &value {
                for &b in &value {
                    resolved.push(table.resolve(small_feature(k, a, b)));
                }
            }
        }
        let mut tags = Vec::with_capacity(N_TAG * d);
        for k in 0..N_TAG {
            for &v in &value {
                tags.push(table.resolve(tag_feature(k, v)));
            }
        }
        let offset = |scale: usize| {
            index.map(|i| {
                if i == Self::OTHER {
                    Self::FAR
                } else {
                    (i as usize * scale) as u32
                }
            })
        };
        SmallTables {
            first: offset(d),
            second: offset(1),
            d,
            resolved,
            tags,
        }
    }
}

impl Parser {
    /// The parser with the weights shipped in this crate, loaded on first use
    /// and shared afterwards.
    pub fn builtin() -> &'static Parser {
        static PARSER: OnceLock<Parser> = OnceLock::new();
        PARSER.get_or_init(|| {
            Parser::from_bytes(BUILTIN_WEIGHTS).expect("shipped parser weights are valid")
        })
    }

    /// Loads a parser from a weights file image.
    pub fn from_bytes(bytes: &[u8]) -> Result<Parser, ModelError> {
        let m = model::load(bytes)?;
        let mut bias = vec![0; m.table.n_classes()];
        m.table.score(&[BIAS_FEATURE], &mut bias);
        let small = SmallTables::new(&m.table, m.labels.len());
        Ok(Parser {
            table: m.table,
            labels: m.labels,
            scale: m.scale,
            bias,
            small,
            id: PARSERS.fetch_add(1, Ordering::Relaxed),
        })
    }

    /// Size in bytes of the shipped weights file.
    pub fn builtin_weights_size() -> usize {
        BUILTIN_WEIGHTS.len()
    }

    /// Number of distinct features with weights.
    pub fn n_features(&self) -> usize {
        self.table.n_features()
    }

    /// Number of stored (feature, class) weights.
    pub fn n_weights(&self) -> usize {
        self.table.n_entries()
    }

    /// The relations the model predicts (index = label index).
    pub fn labels(&self) -> &[Rel] {
        &self.labels
    }

    /// Dequantisation factor of the stored weights.
    pub fn weight_scale(&self) -> f32 {
        self.scale
    }

    /// The stored `(class, weight)` entries of one feature hash (for tests of
    /// the weights file).
    pub fn feature_weights(&self, feature: u64) -> Vec<(u8, i16)> {
        self.table.lookup(feature)
    }

    /// Parses one tagged sentence (`tags.len() == words.len()`).
    /// Uses a scratch kept per thread (its memo is about 4.7 MB, too much to fill anew
    /// for each sentence).
    pub fn parse(&self, words: &[&str], tags: &[Tag]) -> Tree {
        thread_local! {
            static SCRATCH: std::cell::RefCell<Scratch> = std::cell::RefCell::new(Scratch::default());
        }
        SCRATCH.with_borrow_mut(|scratch| {
            let mut toks = std::mem::take(&mut scratch.toks);
            toks.clear();
            toks.extend(words.iter().zip(tags).map(|(w, &t)| Tok::new(w, t)));
            let mut tree = Tree::default();
            self.parse_toks(&toks, scratch, &mut tree);
            scratch.toks = toks;
            tree
        })
    }

    /// Parses a sentence given as [`Tok`]s into `out`, reusing `scratch`.
    ///
    /// Scores the same features as [`State::features`] (which training uses),
    /// in parts: the bias once per parser, each token's features in a role once
    /// per sentence, the rest per state, those of small values (tags, labels,
    /// valencies) from tables resolved at load, and those of the five groups of
    /// small values ([`state::Group`]) once per group key, kept in the scratch's memo
    /// across sentences; a state with one valid transition is not scored. Integer sums do not depend on the order of their terms, so
    /// the trees are those of scoring every feature in every state.
    pub fn parse_toks(&self, toks: &[Tok], scratch: &mut Scratch, out: &mut Tree) {
        #[cfg(target_arch = "x86_64")]
        if std::is_x86_feature_detected!("avx2") {
            // SAFETY: the processor has AVX2, checked just above.
            unsafe { self.parse_toks_avx2(toks, scratch, out) };
            return;
        }
        self.parse_toks_with::<0, false>(toks, scratch, out);
    }

    /// [`Parser::parse_toks`] compiled for processors with AVX2 (chosen at run time; the
    /// release build targets baseline x86-64): the row sums, dense rows and the argmax
    /// take eight scores per instruction instead of four. The same integer sums in the
    /// same order, so the same trees.
    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "avx2")]
    unsafe fn parse_toks_avx2(&self, toks: &[Tok], scratch: &mut Scratch, out: &mut Tree) {
        // The shipped model's number of classes fixed at compile time: the dense rows,
        // the role rows and their sum then have a fixed length (no loop tail).
        if self.table.n_classes() == SHIPPED_CLASSES {
            self.parse_toks_with::<SHIPPED_CLASSES, true>(toks, scratch, out);
        } else {
            self.parse_toks_with::<0, true>(toks, scratch, out);
        }
    }

    /// [`model::Table::score_wide`], with the number of classes `C` fixed at compile
    /// time unless it is 0 (then the table's).
    #[inline(always)]
    fn score_wide<const N: usize, const C: usize>(&self, feats: &[u64; N], row: &mut [i32; WIDE]) {
        if C == 0 {
            self.table.score_wide(feats, row)
        } else {
            self.table.score_wide_fixed::<N, C>(feats, row)
        }
    }

    /// Adds small context feature `k`'s weights for values `a` and `b` ([`small_feature`])
    /// into `row`: its bucket resolved at load, found by two offsets and one test
    /// ([`SmallTables::FAR`]).
    #[inline(always)]
    fn add_small<const C: usize>(&self, k: usize, a: u8, b: u8, row: &mut [i32; WIDE]) {
        let small = &self.small;
        let at =
            k * small.d * small.d + (small.first[a as usize] + small.second[b as usize]) as usize;
        self.add_resolved_or_score::<C>(small.resolved.get(at), || small_feature(k, a, b), row);
    }

    /// Adds tag feature `k`'s weights for tag value `v` ([`tag_feature`]) into `row`: its
    /// bucket resolved at load, found by one offset and one test, as [`Parser::add_small`].
    #[inline(always)]
    fn add_tag<const C: usize>(&self, k: usize, v: u8, row: &mut [i32; WIDE]) {
        let small = &self.small;
        let at = k * small.d + small.second[v as usize] as usize;
        self.add_resolved_or_score::<C>(small.tags.get(at), || tag_feature(k, v), row);
    }

    /// Adds a feature's weights into `row` from its bucket resolved at load, or, where
    /// there is none (no model gives such a value), by scoring `feature` as any feature.
    #[inline(always)]
    fn add_resolved_or_score<const C: usize>(
        &self,
        resolved: Option<&Resolved>,
        feature: impl FnOnce() -> u64,
        row: &mut [i32; WIDE],
    ) {
        match resolved {
            Some(r) if C == 0 => self.table.add_resolved_wide(r, row),
            Some(r) => self.table.add_resolved_wide_fixed::<C>(r, row),
            None => self.score_wide::<1, C>(&[feature()], row),
        }
    }

    /// Adds the features of token `at` in `role` ([`token_parts`]: `H` hashed ones, the
    /// word features, and the tag features resolved at load) into `row`.
    #[inline(always)]
    fn add_token_parts<const H: usize, const C: usize>(
        &self,
        toks: &[Tok],
        role: usize,
        at: u32,
        row: &mut [i32; WIDE],
    ) {
        let parts = token_parts(toks, toks.len(), role, at);
        debug_assert_eq!(parts.n_hashed, H);
        self.score_wide::<H, C>(
            parts.hashed[..H]
                .try_into()
                .expect("the role's word features"),
            row,
        );
        for &(k, v) in &parts.tags[..parts.n_tags] {
            self.add_tag::<C>(k, v, row);
        }
    }

    /// The body of [`Parser::parse_toks`], inlined into each instruction-set variant;
    /// `C` is the number of classes if fixed at compile time (it must then be the
    /// table's), else 0; `AVX2` is true only in the copies inside
    /// [`Parser::parse_toks_avx2`] (the argmax then uses AVX2 instructions, [`best_valid`]).
    #[inline(always)]
    fn parse_toks_with<const C: usize, const AVX2: bool>(
        &self,
        toks: &[Tok],
        scratch: &mut Scratch,
        out: &mut Tree,
    ) {
        let n = toks.len();
        out.heads.clear();
        out.rels.clear();
        if n == 0 {
            out.index_children();
            return;
        }
        comma_counts(toks, &mut scratch.commas);
        let nc = if C == 0 { self.table.n_classes() } else { C };
        debug_assert_eq!(nc, self.table.n_classes());
        // The padded row length of the dense rows, the memo's rows and the role rows: a
        // constant in the fixed-class copies.
        let stride = nc.next_multiple_of(sitrep_weights::LANES);
        for (rows, known) in scratch.role_scores.iter_mut().zip(&mut scratch.role_known) {
            // Rows are zeroed when first filled, below: zeroing all of them here
            // (three rows of `nc` per token, most never read) was a tenth of the
            // parser's instructions. Stale rows of an earlier sentence are never
            // read, `known` says which are this sentence's.
            if rows.len() < role_rows_len(n, stride) {
                rows.resize(role_rows_len(n, stride), 0);
            }
            known.clear();
            known.resize(n + 2, false);
        }
        if scratch.memo.parser != self.id {
            scratch.memo.reset(self.id, stride);
        }
        let state = &mut scratch.state;
        state.reset(n);
        let mut hashed = [0u64; N_HASHED];
        let mut small = [0u8; 2];
        let mut groups = [0u64; N_GROUPS];
        while !state.is_final() {
            if let Some(c) = state.forced() {
                state.apply(c);
                continue;
            }
            let roles = state.roles();
            for (role, &at) in roles.iter().enumerate() {
                // Slot `n` is ROOT, `n + 1` no token.
                let slot = (at as usize).min(n + 1);
                if !scratch.role_known[role][slot] {
                    scratch.role_known[role][slot] = true;
                    // Rows are `stride` apart, each seen through a `WIDE` window that
                    // overlaps the rows after it: the table adds only to classes below
                    // `nc` (checked at load) and dense rows to the `stride` slots whose
                    // padding adds zeros, so nothing past this row's `stride` changes.
                    let row: &mut [i32; WIDE] = (&mut scratch.role_scores[role]
                        [slot * stride..slot * stride + WIDE])
                        .try_into()
                        .expect("a wide row");
                    if role == state::ROLE_B0 {
                        // The bias, the same in every state, is added with the buffer
                        // front's features.
                        copy_row::<C>(&mut row[..nc], &self.bias[..nc]);
                        self.add_token_parts::<4, C>(toks, role, at, row);
                    } else {
                        // A stack role's sums: kept in the memo by the token's word and
                        // tag, or summed now and kept.
                        let (word, tag) = stack_token(toks, n, at);
                        let (ts, key) = Memo::token_slot(role, word, tag);
                        let memo = &mut scratch.memo;
                        let kept = &mut memo.token_rows[ts * stride..(ts + 1) * stride];
                        if memo.token_keys[ts] == key {
                            copy_row::<C>(&mut row[..stride], kept);
                        } else {
                            // Zeros to `stride`: the padding after the classes stays zero.
                            row[..stride].fill(0);
                            self.add_token_parts::<2, C>(toks, role, at, row);
                            copy_row::<C>(kept, &row[..stride]);
                            memo.token_keys[ts] = key;
                        }
                    }
                }
            }
            state.context_split(toks, &scratch.commas, &mut hashed, &mut small, &mut groups);
            // Each group's sums from the memo, put there first if they were not.
            let mut sums_at = [0usize; N_GROUPS];
            for (g, &key) in groups.iter().enumerate() {
                let at = Memo::slot(g, key);
                let memo = &mut scratch.memo;
                if memo.keys[at] != key | Memo::FILLED {
                    let group = Group::of(g, key);
                    let row = &mut scratch.group_row;
                    row[..stride].fill(0);
                    for &(k, a, b) in group.small() {
                        self.add_small::<C>(k, a, b, row);
                    }
                    for &f in group.hashed() {
                        self.score_wide::<1, C>(&[f], row);
                    }
                    copy_row::<C>(
                        &mut memo.rows[at * stride..(at + 1) * stride],
                        &row[..stride],
                    );
                    memo.keys[at] = key | Memo::FILLED;
                }
                sums_at[g] = at * stride;
            }
            // The three role rows and the groups' sums, added in one pass (`stride` long:
            // the padding after the classes is zeros in all of them).
            const LANES: usize = sitrep_weights::LANES;
            let role_row = |role: usize| {
                let slot = (roles[role] as usize).min(n + 1);
                scratch.role_scores[role][slot * stride..(slot + 1) * stride]
                    .as_chunks::<LANES>()
                    .0
            };
            let memo_row = |g: usize| {
                scratch.memo.rows[sums_at[g]..sums_at[g] + stride]
                    .as_chunks::<LANES>()
                    .0
            };
            let rows: [&[[i32; LANES]]; N_ROLES + N_GROUPS] = [
                role_row(0),
                role_row(1),
                role_row(2),
                memo_row(0),
                memo_row(1),
                memo_row(2),
                memo_row(3),
                memo_row(4),
            ];
            for (j, s) in scratch.scores[..stride]
                .as_chunks_mut::<LANES>()
                .0
                .iter_mut()
                .enumerate()
            {
                let mut sum = [0i32; LANES];
                for r in &rows {
                    let w = r[j];
                    for l in 0..LANES {
                        sum[l] += w[l];
                    }
                }
                *s = sum;
            }
            self.score_wide::<N_HASHED, C>(&hashed, &mut scratch.scores);
            self.add_small::<C>(SMALL_REST, small[0], small[1], &mut scratch.scores);
            let best = best_valid_with::<AVX2>(state, &scratch.scores[..nc]);
            state.apply(best);
        }
        out.heads.extend(
            state.heads[..n]
                .iter()
                .map(|&h| if h as usize == n { NONE } else { h }),
        );
        out.rels
            .extend(state.labels[..n].iter().map(|&l| self.labels[l as usize]));
        out.index_children();
    }
}

/// `dst.copy_from_slice(src)`, in two halves where the row length is fixed at compile
/// time (`C` not 0): a copy of a whole row (96 lanes, 384 bytes) is past the length the
/// compiler copies inline and became a call to `memcpy` (about 64 instructions, some
/// 270,000 a VOA round); each half (at most 256 bytes with AVX2) is copied inline.
#[inline(always)]
fn copy_row<const C: usize>(dst: &mut [i32], src: &[i32]) {
    if C == 0 {
        dst.copy_from_slice(src);
        return;
    }
    let half = dst.len() / 2;
    let (d0, d1) = dst.split_at_mut(half);
    let (s0, s1) = src.split_at(half);
    d0.copy_from_slice(s0);
    d1.copy_from_slice(s1);
}

/// The highest-scoring valid class (ties to the lowest index).
///
/// The classes valid in a state follow from two facts, not from each class
/// ([`State::valid`]): SHIFT needs a buffer, every LEFT-ARC (odd classes) a
/// buffer and a stack word, every labelled RIGHT-ARC (even classes from 4) two
/// stack words, and the arc to ROOT (class 2) is the last word over ROOT with
/// the buffer empty; LEFT-ARC labelled ROOT (class 1) never is. So the best of
/// each kind is a plain strided maximum, without a test per class.
#[inline(always)]
pub(crate) fn best_valid(state: &State, scores: &[i32]) -> usize {
    best_valid_with::<false>(state, scores)
}

/// [`best_valid`]; `AVX2` (true only where the processor has AVX2: inside
/// [`Parser::parse_toks_avx2`]) takes the first maximum of the arc scores with AVX2
/// instructions ([`sitrep_weights::first_max_avx2`]), the same class.
#[inline(always)]
fn best_valid_with<const AVX2: bool>(state: &State, scores: &[i32]) -> usize {
    let depth = state.stack.len();
    let buffer = state.b < state.n;
    // The candidates are taken in ascending class order with strict `>`, which keeps
    // the lowest index on ties: SHIFT, the arc to ROOT, then the labelled arcs.
    let (mut best, mut top) = (usize::MAX, i32::MIN);
    if buffer {
        (best, top) = (SHIFT, scores[SHIFT]);
    }
    if !buffer && depth == 2 && (best == usize::MAX || scores[2] > top) {
        (best, top) = (2, scores[2]);
    }
    let left = buffer && depth >= 2;
    let right = depth >= 3;
    // The first maximum of the valid arc classes: all of them from class 3 on when
    // both kinds are valid (the usual state), else every second one.
    let arcs = match (left, right) {
        (true, true) => {
            let arc_scores = scores.get(3..).unwrap_or_default();
            #[cfg(target_arch = "x86_64")]
            let first = if AVX2 {
                // SAFETY: `AVX2` is true only in the copies compiled inside
                // `parse_toks_avx2`, which runs only on processors with AVX2.
                unsafe { sitrep_weights::first_max_avx2(arc_scores) }
            } else {
                first_max(arc_scores, 1)
            };
            #[cfg(not(target_arch = "x86_64"))]
            let first = first_max(arc_scores, 1);
            first.map(|(k, s)| (3 + k, s))
        }
        (true, false) => first_max(scores.get(3..).unwrap_or_default(), 2).map(|(k, s)| (3 + k, s)),
        (false, true) => first_max(scores.get(4..).unwrap_or_default(), 2).map(|(k, s)| (4 + k, s)),
        (false, false) => None,
    };
    if let Some((c, s)) = arcs {
        if best == usize::MAX || s > top {
            best = c;
        }
    }
    debug_assert!(
        best != usize::MAX,
        "a non-final state has a valid transition"
    );
    if best == usize::MAX {
        SHIFT
    } else {
        best
    }
}

/// The index (in `scores`) and value of the first maximum of every `step`-th score
/// from the first; `None` for no scores.
#[inline(always)]
fn first_max(scores: &[i32], step: usize) -> Option<(usize, i32)> {
    if step == 1 {
        return sitrep_weights::first_max(scores);
    }
    let first = *scores.first()?;
    let (mut at, mut top) = (0, first);
    let mut k = step;
    while k < scores.len() {
        let s = scores[k];
        if s > top {
            (at, top) = (k, s);
        }
        k += step;
    }
    Some((at, top))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The tokens of a sentence written with spaces between its words, tagged by the
    /// built-in tagger.
    fn tagged(tagger: &sitrep_tagger::Tagger, s: &str) -> Vec<Tok> {
        let words: Vec<&str> = s.split(' ').collect();
        Tok::tag_all(tagger, &words)
    }

    /// The plain reading of the model: every feature of every state scored
    /// afresh ([`State::features`], as in training), forced states too.
    fn parse_plainly(parser: &Parser, toks: &[Tok]) -> Vec<(u32, Rel)> {
        let n = toks.len();
        let mut commas = Vec::new();
        comma_counts(toks, &mut commas);
        let mut state = State::new();
        state.reset(n);
        let mut feats = [0u64; state::N_FEATURES];
        let mut scores = vec![0i32; parser.table.n_classes()];
        while !state.is_final() {
            state.features(toks, &commas, &mut feats);
            scores.fill(0);
            parser.table.score(&feats, &mut scores);
            let best = best_valid(&state, &scores);
            state.apply(best);
        }
        state.heads[..n]
            .iter()
            .zip(&state.labels[..n])
            .map(|(&h, &l)| (h, parser.labels[l as usize]))
            .collect()
    }

    /// A tree's (head, relation) per token, the root's head as the tree's length: the
    /// plain reading's shape.
    fn arcs(tree: &Tree) -> Vec<(u32, Rel)> {
        let len = tree.len();
        (0..len)
            .map(|i| (tree.head(i).map_or(len as u32, |h| h as u32), tree.rel(i)))
            .collect()
    }

    /// The per-class reading of [`best_valid`]: every class tested with
    /// [`State::valid`], ascending, strict `>`.
    fn best_valid_per_class(state: &State, scores: &[i32]) -> usize {
        let mut best = usize::MAX;
        let mut best_score = i32::MIN;
        for (c, &s) in scores.iter().enumerate() {
            if (best == usize::MAX || s > best_score) && state.valid(c) {
                best = c;
                best_score = s;
            }
        }
        best
    }

    /// `best_valid` picks what testing every class picks, in every kind of
    /// state (stack depth, buffer empty or not) and with ties, including ties
    /// across SHIFT, LEFT-ARC and RIGHT-ARC classes.
    #[test]
    fn strided_best_valid_matches_testing_every_class() {
        let nc = Parser::builtin().table.n_classes();
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        let mut checked = 0;
        for n in 1..6usize {
            // Walk every reachable state of a few random transition sequences.
            for _ in 0..200 {
                let mut state = State::new();
                state.reset(n);
                while !state.is_final() {
                    // Few distinct values: many ties.
                    let scores: Vec<i32> = (0..nc).map(|_| (next() % 5) as i32 - 2).collect();
                    let best = best_valid(&state, &scores);
                    assert_eq!(best, best_valid_per_class(&state, &scores));
                    assert!(state.valid(best));
                    checked += 1;
                    // Move on by a random valid class.
                    let valid: Vec<usize> = (0..nc).filter(|&c| state.valid(c)).collect();
                    state.apply(valid[next() as usize % valid.len()]);
                }
            }
        }
        assert!(checked > 5_000, "{checked}");
    }

    /// The first maximum of every second score (the arc classes of one direction, the
    /// parser's own stepped scan; a step of one is `sitrep_weights::first_max`, tested
    /// there) is the first maximum of a plain scan over them, at every length and with ties.
    #[test]
    fn stepped_first_max_is_the_first_maximum() {
        let mut seed = 0x9e37_79b9_7f4a_7c15u64;
        for len in 0..40usize {
            for _ in 0..200 {
                let scores: Vec<i32> = (0..len)
                    .map(|_| {
                        seed ^= seed << 13;
                        seed ^= seed >> 7;
                        seed ^= seed << 17;
                        match seed % 7 {
                            0 => i32::MIN,
                            1 => i32::MAX,
                            r => r as i32 - 3,
                        }
                    })
                    .collect();
                let plain = scores.first().map(|&f| {
                    let (mut at, mut top) = (0, f);
                    for (k, &s) in scores.iter().enumerate().step_by(2) {
                        if s > top {
                            (at, top) = (k, s);
                        }
                    }
                    (at, top)
                });
                assert_eq!(first_max(&scores, 2), plain, "{scores:?}");
            }
        }
    }

    /// The memo of group sums lives in the scratch and outlasts a sentence: a scratch
    /// that parsed with one model parses with another as a fresh one does (the memo is
    /// emptied when the parser changes), and each model parses the same sentences the
    /// same whether its memo is cold or warm.
    #[test]
    fn one_scratch_serves_two_models() {
        let shipped = Parser::builtin();
        // The shipped model with every weight of its smallest-valued features (the tag
        // ones, most of them grouped) changed: other sums, other trees.
        let mut weights = model::read(BUILTIN_WEIGHTS).expect("the shipped file reads");
        for (_, run) in &mut weights.features {
            if run.len() > 3 {
                for (_, w) in run.iter_mut() {
                    *w = w.saturating_neg() / 2;
                }
            }
        }
        let other = Parser::from_bytes(&weights.to_bytes()).expect("the changed model loads");
        assert_ne!(shipped.id, other.id);
        let tagger = sitrep_tagger::Tagger::builtin();
        let sentences = [
            "The truce was brokered by Russia , whose foreign minister spoke by phone with his Kyrgyz and Tajik counterparts late on Tuesday .",
            "Protesters who gathered outside parliament were dispersed by police using tear gas , witnesses told Reuters .",
            "China condemned the visit as a provocation and summoned the U.S. ambassador .",
        ];
        let toks: Vec<Vec<Tok>> = sentences.iter().map(|s| tagged(tagger, s)).collect();
        let fresh = |parser: &Parser, toks: &[Tok]| {
            let mut tree = Tree::default();
            parser.parse_toks(toks, &mut Scratch::default(), &mut tree);
            tree
        };
        let mut shared = Scratch::default();
        let mut differs = false;
        for round in 0..2 {
            for t in &toks {
                for parser in [shipped, &other] {
                    let mut tree = Tree::default();
                    parser.parse_toks(t, &mut shared, &mut tree);
                    assert_eq!(tree, fresh(parser, t), "round {round}");
                }
                differs |= fresh(shipped, t) != fresh(&other, t);
            }
        }
        assert!(differs, "the changed model parses some sentence otherwise");
    }

    /// `parse_toks` scores the features in parts, caches each token's and skips
    /// forced states: it must choose exactly the transitions of the plain reading.
    #[test]
    fn cached_scoring_parses_as_the_plain_reading() {
        let sentences = [
            "Kyrgyzstan and Tajikistan agreed on Wednesday to pull troops back from a contested stretch of their border after two days of fighting that killed at least 14 people , officials in both capitals said .",
            "The truce was brokered by Russia , whose foreign minister spoke by phone with his Kyrgyz and Tajik counterparts late on Tuesday .",
            "Protesters who gathered outside parliament were dispersed by police using tear gas , witnesses told Reuters .",
            "China condemned the visit as a provocation and summoned the U.S. ambassador .",
            "\" We will not accept this , \" he said , adding : \" Never . \"",
            "Police said .",
            "Attack",
            "Iran ; Iraq ; Syria , Lebanon ( and Jordan ) - all of them - voted against it , the envoy of the 27 - nation bloc said on Monday in a statement posted online late at night .",
        ];
        let parser = Parser::builtin();
        // The shipped model takes the AVX2 copy compiled for its number of classes.
        assert_eq!(parser.table.n_classes(), SHIPPED_CLASSES);
        let tagger = sitrep_tagger::Tagger::builtin();
        let mut scratch = Scratch::default();
        let mut tree = Tree::default();
        let mut checked = 0;
        // The sentence's words and its tagged tokens.
        let tokens_of = |s: &'static str| {
            let words: Vec<&str> = s.split(' ').collect();
            (words, tagged(tagger, s))
        };
        // The copies for any number of classes (baseline x86-64, and AVX2 for another
        // model) parse as the plain reading too.
        for s in &sentences[..2] {
            let (_, toks) = tokens_of(s);
            parser.parse_toks_with::<0, false>(&toks, &mut scratch, &mut tree);
            assert_eq!(arcs(&tree), parse_plainly(parser, &toks), "{s}");
        }
        for s in sentences {
            let (words, toks) = tokens_of(s);
            // Every prefix too: different lengths end in different states.
            for len in 1..=toks.len() {
                parser.parse_toks(&toks[..len], &mut scratch, &mut tree);
                let plain = parse_plainly(parser, &toks[..len]);
                assert_eq!(arcs(&tree), plain, "{:?}", &words[..len]);
                checked += 1;
            }
        }
        assert!(checked > 100);
    }

    /// The stack roles' sums kept in the memo by (word, tag) across sentences: sentences
    /// whose words come back in other sentences, under their own tags and under others
    /// (every tag moved on by one), parse as the plain reading with the memo cold and warm.
    #[test]
    fn kept_token_rows_parse_as_the_plain_reading() {
        let parser = Parser::builtin();
        let tagger = sitrep_tagger::Tagger::builtin();
        let sentences = [
            "Rebels attack the town .",
            "The attack killed 14 people , officials said .",
            "They said the attack was over , and the rebels said they would attack again .",
        ];
        let mut scratch = Scratch::default();
        let mut tree = Tree::default();
        let mut other_tags = false;
        for round in 0..2 {
            for s in sentences {
                let toks = tagged(tagger, s);
                let moved: Vec<Tok> = toks
                    .iter()
                    .map(|t| Tok {
                        tag: (t.tag + 1) % Tag::COUNT as u8,
                        ..*t
                    })
                    .collect();
                for t in [&toks, &moved] {
                    parser.parse_toks(t, &mut scratch, &mut tree);
                    let plain = parse_plainly(parser, t);
                    assert_eq!(arcs(&tree), plain, "round {round}: {s}");
                }
                other_tags |= parse_plainly(parser, &toks) != parse_plainly(parser, &moved);
            }
        }
        assert!(other_tags, "other tags give some sentence another tree");
    }

    /// The dependents' lists built with a tree answer as a scan of its heads: for parsed
    /// trees (one tree reused, longer and shorter) and hand-built ones, with a head outside
    /// the tree among them.
    #[test]
    fn children_are_the_words_whose_head_it_is() {
        let scan = |t: &Tree, i: usize| -> Vec<usize> {
            (0..t.len()).filter(|&d| t.heads[d] as usize == i).collect()
        };
        let check = |t: &Tree| {
            for i in 0..t.len() + 3 {
                assert_eq!(t.children(i).collect::<Vec<_>>(), scan(t, i), "{t:?} {i}");
            }
            assert_eq!(
                t.children(NONE as usize).collect::<Vec<_>>(),
                scan(t, NONE as usize)
            );
        };
        let parser = Parser::builtin();
        let tagger = sitrep_tagger::Tagger::builtin();
        let mut scratch = Scratch::default();
        let mut tree = Tree::default();
        check(&tree);
        let s = "Protesters who gathered outside parliament were dispersed by police using tear gas , witnesses told Reuters .";
        let toks = tagged(tagger, s);
        for len in (0..=toks.len()).chain((1..toks.len()).rev()) {
            parser.parse_toks(&toks[..len], &mut scratch, &mut tree);
            assert_eq!(tree.len(), len);
            check(&tree);
        }
        let hand = Tree::from_parts(
            &[Some(2), Some(2), None, Some(7), Some(2)],
            &[Rel::Dep, Rel::Dep, Rel::Root, Rel::Dep, Rel::Dep],
        );
        check(&hand);
        assert_eq!(hand.children(2).collect::<Vec<_>>(), [0, 1, 4]);
        assert_eq!(hand.children(7).collect::<Vec<_>>(), [3]);
        check(&Tree::from_parts(&[], &[]));
    }
}

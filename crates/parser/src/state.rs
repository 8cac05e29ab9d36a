//! The arc-hybrid transition system, its feature templates and its dynamic
//! oracle.
//!
//! A parser state is a stack (with an artificial ROOT at the bottom, token
//! index `n`), the front of a buffer (`b`, the next unread word) and the arcs
//! built so far. Three kinds of transitions (Kuhlmann, Gómez-Rodríguez and
//! Satta 2011):
//!
//! * SHIFT: push the buffer front onto the stack;
//! * LEFT-ARC(l): the buffer front becomes the head of the stack top, which is
//!   popped;
//! * RIGHT-ARC(l): the item under the stack top becomes its head; pop.
//!
//! The arc to ROOT is only allowed when the buffer is empty and the stack holds
//! one word, so every parse is a single tree. Class indices: 0 is SHIFT,
//! `1 + 2l` LEFT-ARC with label index `l`, `2 + 2l` RIGHT-ARC with label `l`;
//! label index 0 is always ROOT.
//!
//! Changing the templates changes the feature space: bump
//! [`FEATURE_VERSION`] (recorded in the weights file) and retrain.

use sitrep_tagger::features::WordInfo;
use sitrep_tagger::Tag;

/// Version of the feature templates; stored in the weights file.
pub const FEATURE_VERSION: u32 = 1;
/// Features per parser state.
pub const N_FEATURES: usize = 46;

pub(crate) const NONE: u32 = u32::MAX;
const NO_LABEL: u64 = 255;
const TAG_NONE: u64 = 254;
const TAG_ROOT: u64 = 253;
const WORD_NONE: u64 = 0x5bd1_e995_0000_0003;
const WORD_ROOT: u64 = 0x5bd1_e995_0000_0004;

pub(crate) const SHIFT: usize = 0;

/// What the features know of one token: hashes of its folded word and its
/// last three characters (the tagger's own word hashing) and its tag.
#[derive(Clone, Copy, Debug)]
pub struct Tok {
    pub word: u64,
    pub suffix: u64,
    pub tag: u8,
}

impl Tok {
    /// The token for `word` tagged `tag`.
    pub fn new(word: &str, tag: Tag) -> Tok {
        Tok::from_info(&WordInfo::new(word), tag)
    }

    /// The tokens of `words`, tagged by `tagger` (tools and tests; the pipeline builds its
    /// tokens from the hashes its tagger already computed, [`Tok::from_info`]).
    pub fn tag_all(tagger: &sitrep_tagger::Tagger, words: &[&str]) -> Vec<Tok> {
        let tags = tagger.tag_vec(words);
        words
            .iter()
            .zip(&tags)
            .map(|(w, &t)| Tok::new(w, t))
            .collect()
    }

    /// The token from hashes the tagger already computed for the word.
    pub fn from_info(info: &WordInfo, tag: Tag) -> Tok {
        Tok {
            word: info.word,
            suffix: info.suffix[2],
            tag: tag as u8,
        }
    }
}

use sitrep_weights::hash::{finish, step, GOLDEN};

#[inline(always)]
const fn f1(t: u64, a: u64) -> u64 {
    finish(step(t.wrapping_mul(GOLDEN), a))
}
#[inline(always)]
const fn f2(t: u64, a: u64, b: u64) -> u64 {
    finish(step(step(t.wrapping_mul(GOLDEN), a), b))
}
#[inline(always)]
const fn f3(t: u64, a: u64, b: u64, c: u64) -> u64 {
    finish(step(step(step(t.wrapping_mul(GOLDEN), a), b), c))
}

/// The feature of template 0: the same in every state (a per-class bias).
pub const BIAS_FEATURE: u64 = f1(0, 0);

/// The roles of [`token_features`]: the stack top, the second stack item and
/// the buffer front.
pub const N_ROLES: usize = 3;
pub const ROLE_S0: usize = 0;
pub const ROLE_S1: usize = 1;
pub const ROLE_B0: usize = 2;
/// Features of one token in a role (the buffer front has the most).
pub const N_TOKEN: usize = 7;
/// Template slots of each role's [`token_features`], in order; the stack
/// roles use the first three.
pub const ROLE_SLOTS: [&[usize]; N_ROLES] = [&[1, 2, 3], &[4, 5, 6], &[7, 8, 9, 10, 11, 12, 22]];
/// Features of [`State::context_features`].
pub const N_CONTEXT: usize = 32;
/// Template slots of [`State::context_features`], in order.
pub const CONTEXT_SLOTS: [usize; N_CONTEXT] = [
    13, 14, 15, 16, 17, 18, 19, 20, 21, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37,
    38, 39, 40, 41, 42, 43, 44, 45,
];

/// Context features hashed in every state ([`State::context_split`]): those of a word or
/// a suffix, and the tag triples no group holds.
pub const N_HASHED: usize = 14;
/// Context features of small values ([`State::context_split`]'s groups and `small`).
pub const N_SMALL: usize = 14;
/// The templates of the small context features, numbered by their index here (what
/// [`small_feature`] and [`Group::small`] take): one value (template 13) or two, each a
/// tag (or its stand-ins for ROOT and nothing), a label (or none) or a valency.
pub const SMALL_TEMPLATES: [u64; N_SMALL] =
    [13, 15, 18, 24, 25, 26, 27, 28, 29, 30, 31, 36, 37, 43];
/// The small context feature no group holds (template 43: the second stack item's and
/// the buffer front's tags), looked up in every state.
pub const SMALL_REST: usize = 13;

/// Groups of context features whose values are all small and shared within the group:
/// the stack top with its outermost children and valency, the buffer front with its
/// leftmost child and valency, the second stack item with its outermost children, the
/// three stack tags, and the stack top's and buffer front's tags with their distance and
/// the commas between them. A group's features are a function of its key alone
/// ([`State::context_split`] packs the values, [`Group::of`] reads them back), so the
/// parser sums each group's weights once per key and keeps the sum (a few hundred keys
/// cover most states of news text).
pub const N_GROUPS: usize = 5;

/// The features of one group ([`Group::of`]): small ones as (index into
/// [`SMALL_TEMPLATES`], first value, second value), and hashed ones.
pub struct Group {
    pub small: [(usize, u8, u8); 5],
    pub n_small: usize,
    pub hashed: [u64; 2],
    pub n_hashed: usize,
}

impl Group {
    /// The features of group `g` whose values `key` packs (one byte each, first value
    /// lowest: [`State::context_split`]).
    pub fn of(g: usize, key: u64) -> Group {
        let v = |i: u32| (key >> (8 * i)) as u8;
        let w = |i: u32| v(i) as u64;
        let mut small = [(0, 0, 0); 5];
        let mut hashed = [0u64; 2];
        let (n_small, n_hashed) = match g {
            // s0t, tag_s0l, label_s0l, tag_s0r, label_s0r, val_s0
            0 => {
                small = [
                    (3, v(0), v(1)),
                    (4, v(0), v(2)),
                    (5, v(0), v(3)),
                    (6, v(0), v(4)),
                    (11, v(0), v(5)),
                ];
                (5, 0)
            }
            // b0t, tag_b0l, label_b0l, val_b0
            1 => {
                small[..3].copy_from_slice(&[(7, v(0), v(1)), (8, v(0), v(2)), (12, v(0), v(3))]);
                (3, 0)
            }
            // s1t, tag_s1r, label_s1r, tag_s1l
            2 => {
                small[..2].copy_from_slice(&[(9, v(0), v(1)), (10, v(0), v(2))]);
                hashed[0] = f3(45, w(0), w(3), w(2));
                (2, 1)
            }
            // s2t, s1t, s0t
            3 => {
                small[..2].copy_from_slice(&[(0, v(0), 0), (2, v(1), v(2))]);
                hashed[0] = f3(23, w(0), w(1), w(2));
                (2, 1)
            }
            // s0t, b0t, dist, between
            _ => {
                small[0] = (1, v(0), v(1));
                hashed = [f3(33, w(2), w(0), w(1)), f3(38, w(3), w(0), w(1))];
                (1, 2)
            }
        };
        Group {
            small,
            n_small,
            hashed,
            n_hashed,
        }
    }

    pub fn small(&self) -> &[(usize, u8, u8)] {
        &self.small[..self.n_small]
    }

    pub fn hashed(&self) -> &[u64] {
        &self.hashed[..self.n_hashed]
    }
}

/// The hash of small context feature `k` (of [`SMALL_TEMPLATES`]) with values `a` and
/// `b` (`b` unused by the one-value template): what [`State::context_features`] computes.
pub fn small_feature(k: usize, a: u8, b: u8) -> u64 {
    match SMALL_TEMPLATES[k] {
        13 => f1(13, a as u64),
        t => f2(t, a as u64, b as u64),
    }
}

/// The values the context features are made of ([`State::context_values`]).
struct Context {
    s0w: u64,
    s0t: u64,
    s1w: u64,
    s1t: u64,
    b0w: u64,
    b0t: u64,
    b1t: u64,
    s2t: u64,
    tag_s0l: u64,
    label_s0l: u64,
    tag_s0r: u64,
    label_s0r: u64,
    tag_b0l: u64,
    label_b0l: u64,
    tag_s1r: u64,
    label_s1r: u64,
    tag_s1l: u64,
    dist: u64,
    between: u64,
    val_s0: u64,
    val_b0: u64,
    suffix_s0: u64,
    suffix_b0: u64,
    b0_prev: u64,
    s0_next: u64,
}

/// The word hash of token `i`; ROOT (`n`) and nothing ([`NONE`]) have their own.
/// (`n` is `toks.len()`: a token is found by one bounds test, which the compiler could
/// not drop from an index after the tests for ROOT and nothing.)
#[inline]
fn word_at(toks: &[Tok], n: u32, i: u32) -> u64 {
    debug_assert_eq!(n as usize, toks.len());
    match toks.get(i as usize) {
        Some(t) => t.word,
        None if i == n => WORD_ROOT,
        None => WORD_NONE,
    }
}

/// The tag of token `i` as a feature value; ROOT (`n`) and nothing ([`NONE`]) have their
/// own (`n` is `toks.len()`, as in [`word_at`]).
#[inline]
fn tag_at(toks: &[Tok], n: u32, i: u32) -> u64 {
    debug_assert_eq!(n as usize, toks.len());
    match toks.get(i as usize) {
        Some(t) => t.tag as u64,
        None if i == n => TAG_ROOT,
        None => TAG_NONE,
    }
}

/// The `k`-th word after the buffer front `at` (the buffer is the words after it, in order),
/// or [`NONE`] past the sentence or when the front is ROOT or nothing; shared by
/// `token_features` and `token_parts`, which must read the same words.
#[inline]
fn after_front(at: u32, n: u32, k: u32) -> u32 {
    if at < n && at + k < n {
        at + k
    } else {
        NONE
    }
}

/// The features of token `at` (`n` is ROOT, [`NONE`] nothing) in `role`
/// ([`ROLE_S0`], [`ROLE_S1`], [`ROLE_B0`]): they depend on that token and its
/// fixed neighbours alone, so a token's are the same every time it holds the
/// role and the parser scores them once per token. Only the first
/// `ROLE_SLOTS[role].len()` values are meaningful.
pub fn token_features(toks: &[Tok], n: usize, role: usize, at: u32) -> [u64; N_TOKEN] {
    let n = n as u32;
    let word = |i: u32| word_at(toks, n, i);
    let tag = |i: u32| tag_at(toks, n, i);
    let (w, t) = (word(at), tag(at));
    match role {
        ROLE_S0 => [f1(1, w), f1(2, t), f2(3, w, t), 0, 0, 0, 0],
        ROLE_S1 => [f1(4, w), f1(5, t), f2(6, w, t), 0, 0, 0, 0],
        _ => {
            // The buffer front's next two words.
            let (b1, b2) = (after_front(at, n, 1), after_front(at, n, 2));
            let (b1t, b2t) = (tag(b1), tag(b2));
            [
                f1(7, w),
                f1(8, t),
                f2(9, w, t),
                f1(10, word(b1)),
                f1(11, b1t),
                f1(12, b2t),
                f3(22, t, b1t, b2t),
            ]
        }
    }
}

/// What the features of token `at` in a stack role ([`ROLE_S0`], [`ROLE_S1`]) are made of:
/// its word hash and its tag value ([`token_parts`] reads these two alone for those roles),
/// so a token's stack-role features are the same for the same pair wherever it stands.
#[inline(always)]
pub fn stack_token(toks: &[Tok], n: usize, at: u32) -> (u64, u8) {
    let n = n as u32;
    // Tag values (tags, 253 and 254) are all under 256.
    (word_at(toks, n, at), tag_at(toks, n, at) as u8)
}

/// The token features of one tag value (`f1(template, tag)` in [`token_features`]): the
/// stack top's tag (template 2), the second stack item's (5), the buffer front's (8) and
/// the tags of the two words after it (11, 12), numbered by their index here
/// ([`tag_feature`]). Tags take few values, so the parser resolves these at load and
/// looks them up by value instead of hashing and probing the table.
pub const TAG_TEMPLATES: [u64; N_TAG] = [2, 5, 8, 11, 12];
pub const N_TAG: usize = 5;

/// The hash of tag feature `k` (of [`TAG_TEMPLATES`]) for tag value `v` (a tag, or the
/// stand-ins for ROOT and nothing): what [`token_features`] computes.
pub fn tag_feature(k: usize, v: u8) -> u64 {
    f1(TAG_TEMPLATES[k], v as u64)
}

/// [`token_features`] split for the parser: the features of a word (hashed: the first
/// `n_hashed` of `hashed`) and the tag features as (index into [`TAG_TEMPLATES`], tag
/// value) (the first `n_tags` of `tags`). The same features.
pub struct TokenParts {
    pub hashed: [u64; 4],
    pub n_hashed: usize,
    pub tags: [(usize, u8); 3],
    pub n_tags: usize,
}

/// The features of token `at` in `role`, as [`token_features`], split into
/// [`TokenParts`].
#[inline(always)]
pub fn token_parts(toks: &[Tok], n: usize, role: usize, at: u32) -> TokenParts {
    let n = n as u32;
    let word = |i: u32| word_at(toks, n, i);
    let tag = |i: u32| tag_at(toks, n, i);
    let (w, t) = (word(at), tag(at));
    // Tag values (tags, 253 and 254) are all under 256.
    let v = |x: u64| x as u8;
    match role {
        ROLE_S0 => TokenParts {
            hashed: [f1(1, w), f2(3, w, t), 0, 0],
            n_hashed: 2,
            tags: [(0, v(t)), (0, 0), (0, 0)],
            n_tags: 1,
        },
        ROLE_S1 => TokenParts {
            hashed: [f1(4, w), f2(6, w, t), 0, 0],
            n_hashed: 2,
            tags: [(1, v(t)), (0, 0), (0, 0)],
            n_tags: 1,
        },
        _ => {
            // As in `token_features`: the buffer front's next two words.
            let (b1, b2) = (after_front(at, n, 1), after_front(at, n, 2));
            let (b1t, b2t) = (tag(b1), tag(b2));
            TokenParts {
                hashed: [f1(7, w), f2(9, w, t), f1(10, word(b1)), f3(22, t, b1t, b2t)],
                n_hashed: 4,
                tags: [(2, v(t)), (3, v(b1t)), (4, v(b2t))],
                n_tags: 3,
            }
        }
    }
}

/// A parser configuration over a sentence of `n` words.
pub(crate) struct State {
    pub n: usize,
    pub stack: Vec<u32>,
    pub b: usize,
    /// Head of each token (`n` = ROOT), [`NONE`] while unattached; `n + 1` slots.
    pub heads: Vec<u32>,
    pub labels: Vec<u8>,
    lmost: Vec<u32>,
    rmost: Vec<u32>,
    nleft: Vec<u8>,
    nright: Vec<u8>,
}

impl State {
    pub fn new() -> State {
        State {
            n: 0,
            stack: Vec::new(),
            b: 0,
            heads: Vec::new(),
            labels: Vec::new(),
            lmost: Vec::new(),
            rmost: Vec::new(),
            nleft: Vec::new(),
            nright: Vec::new(),
        }
    }

    /// Resets to the initial configuration for `n` words.
    pub fn reset(&mut self, n: usize) {
        self.n = n;
        self.b = 0;
        self.stack.clear();
        self.stack.push(n as u32);
        for v in [&mut self.heads, &mut self.lmost, &mut self.rmost] {
            v.clear();
            v.resize(n + 1, NONE);
        }
        self.labels.clear();
        self.labels.resize(n + 1, 0);
        self.nleft.clear();
        self.nleft.resize(n + 1, 0);
        self.nright.clear();
        self.nright.resize(n + 1, 0);
    }

    pub fn is_final(&self) -> bool {
        self.b >= self.n && self.stack.len() == 1
    }

    /// Whether class `c` may be applied now.
    #[inline]
    pub fn valid(&self, c: usize) -> bool {
        let depth = self.stack.len();
        if c == SHIFT {
            return self.b < self.n;
        }
        let label = (c - 1) / 2;
        if c % 2 == 1 {
            // LEFT-ARC: never attaches ROOT, never labels ROOT.
            self.b < self.n && depth >= 2 && label != 0
        } else if depth == 2 {
            // RIGHT-ARC onto ROOT: only the last word left, labelled ROOT.
            self.b >= self.n && label == 0
        } else {
            depth >= 3 && label != 0
        }
    }

    pub fn apply(&mut self, c: usize) {
        if c == SHIFT {
            self.stack.push(self.b as u32);
            self.b += 1;
            return;
        }
        let label = ((c - 1) / 2) as u8;
        let s0 = self.stack.pop().expect("arc on an empty stack") as usize;
        let head = if c % 2 == 1 {
            self.b
        } else {
            *self.stack.last().expect("right-arc needs a second item") as usize
        };
        self.heads[s0] = head as u32;
        self.labels[s0] = label;
        if s0 < head {
            self.nleft[head] = self.nleft[head].saturating_add(1);
            if self.lmost[head] == NONE || (s0 as u32) < self.lmost[head] {
                self.lmost[head] = s0 as u32;
            }
        } else {
            self.nright[head] = self.nright[head].saturating_add(1);
            if self.rmost[head] == NONE || (s0 as u32) > self.rmost[head] {
                self.rmost[head] = s0 as u32;
            }
        }
    }

    #[inline]
    pub fn stack_at(&self, k: usize) -> u32 {
        let d = self.stack.len();
        if k < d {
            self.stack[d - 1 - k]
        } else {
            NONE
        }
    }

    #[inline]
    fn buffer_at(&self, k: usize) -> u32 {
        let i = self.b + k;
        if i < self.n {
            i as u32
        } else {
            NONE
        }
    }

    /// Fills `out` with the features of this state. `commas[i]` counts the
    /// comma/colon tokens before token `i` (length `n + 1`).
    ///
    /// The same features as [`BIAS_FEATURE`], [`token_features`] of the stack top,
    /// the second stack item and the buffer front, and [`State::context_features`]
    /// (the parser scores those parts apart, caching the per-token ones), each at
    /// its template's slot.
    pub fn features(&self, toks: &[Tok], commas: &[u16], out: &mut [u64; N_FEATURES]) {
        let n = self.n;
        out[0] = BIAS_FEATURE;
        for (role, slots) in ROLE_SLOTS.iter().enumerate() {
            let at = match role {
                ROLE_S0 => self.stack_at(0),
                ROLE_S1 => self.stack_at(1),
                _ => self.buffer_at(0),
            };
            let feats = token_features(toks, n, role, at);
            for (&slot, f) in slots.iter().zip(feats) {
                out[slot] = f;
            }
        }
        let mut context = [0u64; N_CONTEXT];
        self.context_features(toks, commas, &mut context);
        for (&slot, f) in CONTEXT_SLOTS.iter().zip(context) {
            out[slot] = f;
        }
    }

    /// The stack top, the second stack item and the buffer front (token indices;
    /// `n` is ROOT, [`NONE`] nothing), the tokens [`token_features`] describe.
    #[inline]
    pub fn roles(&self) -> [u32; N_ROLES] {
        [self.stack_at(0), self.stack_at(1), self.buffer_at(0)]
    }

    /// The class to apply when it is the only valid one (the stack holds only
    /// ROOT: SHIFT; the last word over ROOT with the buffer empty: the arc to
    /// ROOT), so the parser need not score the state.
    #[inline]
    pub fn forced(&self) -> Option<usize> {
        match self.stack.len() {
            1 if self.b < self.n => Some(SHIFT),
            2 if self.b >= self.n => Some(2),
            _ => None,
        }
    }

    /// The features that depend on more than one of the stack top, the second
    /// stack item and the buffer front, or on the arcs built so far (template
    /// slots in [`CONTEXT_SLOTS`]).
    pub fn context_features(&self, toks: &[Tok], commas: &[u16], out: &mut [u64; N_CONTEXT]) {
        let c = self.context_values(toks, commas);
        *out = [
            f1(13, c.s2t),
            f2(14, c.s0w, c.b0w),
            f2(15, c.s0t, c.b0t),
            f2(16, c.s0w, c.b0t),
            f2(17, c.s0t, c.b0w),
            f2(18, c.s1t, c.s0t),
            f2(19, c.s1w, c.s0w),
            f3(20, c.s1t, c.s0t, c.b0t),
            f3(21, c.s0t, c.b0t, c.b1t),
            f3(23, c.s2t, c.s1t, c.s0t),
            f2(24, c.s0t, c.tag_s0l),
            f2(25, c.s0t, c.label_s0l),
            f2(26, c.s0t, c.tag_s0r),
            f2(27, c.s0t, c.label_s0r),
            f2(28, c.b0t, c.tag_b0l),
            f2(29, c.b0t, c.label_b0l),
            f2(30, c.s1t, c.tag_s1r),
            f2(31, c.s1t, c.label_s1r),
            f3(32, c.s0w, c.label_s0l, c.label_s0r),
            f3(33, c.dist, c.s0t, c.b0t),
            f2(34, c.dist, c.s0w),
            f2(35, c.dist, c.b0w),
            f2(36, c.s0t, c.val_s0),
            f2(37, c.b0t, c.val_b0),
            f3(38, c.between, c.s0t, c.b0t),
            f2(39, c.suffix_s0, c.b0t),
            f2(40, c.suffix_b0, c.s0t),
            f3(41, c.b0_prev, c.b0t, c.s0t),
            f3(42, c.s0_next, c.s0t, c.b0t),
            f2(43, c.s1t, c.b0t),
            f3(44, c.s1t, c.s0t, c.b0w),
            f3(45, c.s1t, c.tag_s1l, c.label_s1r),
        ];
    }

    /// The same features as [`State::context_features`], split for the parser: those of a
    /// word or a suffix and the ungrouped tag triples hashed in `hashed`, the ungrouped
    /// small one's values in `small` ([`SMALL_REST`], hashed by [`small_feature`]), and each
    /// group's values packed into its key in `groups` ([`Group::of`] gives its features).
    #[inline(always)]
    pub fn context_split(
        &self,
        toks: &[Tok],
        commas: &[u16],
        hashed: &mut [u64; N_HASHED],
        small: &mut [u8; 2],
        groups: &mut [u64; N_GROUPS],
    ) {
        let c = self.context_values(toks, commas);
        *hashed = [
            f2(14, c.s0w, c.b0w),
            f2(16, c.s0w, c.b0t),
            f2(17, c.s0t, c.b0w),
            f2(19, c.s1w, c.s0w),
            f3(20, c.s1t, c.s0t, c.b0t),
            f3(21, c.s0t, c.b0t, c.b1t),
            f3(32, c.s0w, c.label_s0l, c.label_s0r),
            f2(34, c.dist, c.s0w),
            f2(35, c.dist, c.b0w),
            f2(39, c.suffix_s0, c.b0t),
            f2(40, c.suffix_b0, c.s0t),
            f3(41, c.b0_prev, c.b0t, c.s0t),
            f3(42, c.s0_next, c.s0t, c.b0t),
            f3(44, c.s1t, c.s0t, c.b0w),
        ];
        // Every value below is under 256: tags and their stand-ins (253, 254), labels
        // and NO_LABEL (255), valencies (under 16), distances (under 8) and comma counts
        // (under 5).
        let v = |x: u64| x as u8;
        *small = [v(c.s1t), v(c.b0t)];
        let pack = |values: &[u64]| {
            values
                .iter()
                .enumerate()
                .fold(0u64, |key, (i, &x)| key | (x & 0xff) << (8 * i))
        };
        *groups = [
            pack(&[
                c.s0t,
                c.tag_s0l,
                c.label_s0l,
                c.tag_s0r,
                c.label_s0r,
                c.val_s0,
            ]),
            pack(&[c.b0t, c.tag_b0l, c.label_b0l, c.val_b0]),
            pack(&[c.s1t, c.tag_s1r, c.label_s1r, c.tag_s1l]),
            pack(&[c.s2t, c.s1t, c.s0t]),
            pack(&[c.s0t, c.b0t, c.dist, c.between]),
        ];
    }

    /// The values the context features are made of.
    #[inline(always)]
    fn context_values(&self, toks: &[Tok], commas: &[u16]) -> Context {
        let n = self.n as u32;
        let word = |i: u32| word_at(toks, n, i);
        let tag = |i: u32| tag_at(toks, n, i);
        let suffix = |i: u32| match toks.get(i as usize) {
            Some(t) => t.suffix,
            None if i == n => WORD_ROOT,
            None => WORD_NONE,
        };
        let label = |i: u32| {
            if i == NONE {
                NO_LABEL
            } else {
                self.labels[i as usize] as u64
            }
        };
        let lm = |i: u32| {
            if i == NONE {
                NONE
            } else {
                self.lmost[i as usize]
            }
        };
        let rm = |i: u32| {
            if i == NONE {
                NONE
            } else {
                self.rmost[i as usize]
            }
        };
        let (s0, s1, s2) = (self.stack_at(0), self.stack_at(1), self.stack_at(2));
        let (b0, b1) = (self.buffer_at(0), self.buffer_at(1));
        let (s0l, s0r, b0l, s1r, s1l) = (lm(s0), rm(s0), lm(b0), rm(s1), lm(s1));
        let (s0w, s0t, s1w, s1t, b0w, b0t) =
            (word(s0), tag(s0), word(s1), tag(s1), word(b0), tag(b0));
        let (b1t, s2t) = (tag(b1), tag(s2));
        // Distance and commas between the stack top and the buffer front:
        // what separates an apposition or a clause from its head.
        let (dist, between) = if s0 < n && b0 != NONE {
            let d = (b0 - s0) as u64;
            let d = match d {
                0..=4 => d,
                5..=7 => 5,
                _ => 6,
            };
            let c = (commas[b0 as usize] - commas[s0 as usize + 1]).min(3) as u64;
            (d, c)
        } else {
            (7, 4)
        };
        let valency = |i: u32| {
            if i == NONE || i == n {
                0
            } else {
                (self.nleft[i as usize].min(3) as u64) << 2 | self.nright[i as usize].min(3) as u64
            }
        };
        // The words right before the buffer front and right after the stack top.
        let b0_prev = if b0 != NONE && b0 > 0 {
            tag(b0 - 1)
        } else {
            TAG_NONE
        };
        let s0_next = if s0 < n && s0 + 1 < n {
            tag(s0 + 1)
        } else {
            TAG_NONE
        };
        Context {
            s0w,
            s0t,
            s1w,
            s1t,
            b0w,
            b0t,
            b1t,
            s2t,
            tag_s0l: tag(s0l),
            label_s0l: label(s0l),
            tag_s0r: tag(s0r),
            label_s0r: label(s0r),
            tag_b0l: tag(b0l),
            label_b0l: label(b0l),
            tag_s1r: tag(s1r),
            label_s1r: label(s1r),
            tag_s1l: tag(s1l),
            dist,
            between,
            val_s0: valency(s0),
            val_b0: valency(b0),
            suffix_s0: suffix(s0),
            suffix_b0: suffix(b0),
            b0_prev,
            s0_next,
        }
    }

    /// Dynamic-oracle costs of SHIFT, LEFT-ARC and RIGHT-ARC (ignoring labels):
    /// how many gold arcs each makes unreachable (Goldberg and Nivre 2013).
    /// Exact for projective gold trees. `gold` heads use `n` for ROOT.
    pub fn costs(&self, gold: &[u32]) -> [u32; 3] {
        let n = self.n;
        let depth = self.stack.len();
        let s0 = self.stack_at(0);
        let s1 = self.stack_at(1);
        let b = self.b;
        let in_buffer = |i: u32| (i as usize) >= b && (i as usize) < n;
        // Gold dependents of token h in the buffer (b and beyond).
        let deps_in_buffer = |h: u32| (b..n).filter(|&d| gold[d] == h).count() as u32;
        let mut shift = 0;
        if b < n {
            let gb = gold[b];
            // b's head lies below the stack top: lost once b is pushed.
            if self.stack[..depth - 1].contains(&gb) {
                shift += 1;
            }
            // Stack words whose head is b: only reachable while b is in the buffer.
            shift += self
                .stack
                .iter()
                .filter(|&&s| (s as usize) < n && gold[s as usize] == b as u32)
                .count() as u32;
        }
        let (mut left, mut right) = (0, 0);
        if (s0 as usize) < n {
            let gs = gold[s0 as usize];
            let deps = deps_in_buffer(s0);
            // LEFT-ARC: s0 gets b; loses a head in s1 or beyond b, and its buffer dependents.
            left = deps + u32::from(gs == s1 || (in_buffer(gs) && gs as usize != b));
            // RIGHT-ARC: s0 gets s1; loses a head in the buffer and its buffer dependents.
            right = deps + u32::from(in_buffer(gs));
        }
        [shift, left, right]
    }
}

/// `commas[i]` = number of comma/colon tokens before token `i`, for `i` in `0..=n`.
pub(crate) fn comma_counts(toks: &[Tok], out: &mut Vec<u16>) {
    out.clear();
    out.push(0);
    let mut c = 0u16;
    for t in toks {
        if t.tag == Tag::Comma as u8 || t.tag == Tag::Colon as u8 {
            c = c.saturating_add(1);
        }
        out.push(c);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Following only zero-cost transitions rebuilds a projective tree exactly:
    /// the oracle never loses an arc it could keep.
    #[test]
    fn oracle_rebuilds_projective_trees() {
        // "Russia , which borders Ukraine , said on Monday that talks failed ."
        //  0      1 2     3       4       5 6    7  8      9    10    11     12
        let root = 13u32;
        let gold: Vec<u32> = vec![6, 0, 3, 0, 3, 0, root, 6, 7, 11, 11, 6, 6];
        let n = gold.len();
        let toks = vec![
            Tok {
                word: 1,
                suffix: 1,
                tag: 0
            };
            n
        ];
        let mut commas = Vec::new();
        comma_counts(&toks, &mut commas);
        let mut s = State::new();
        s.reset(n);
        let mut steps = 0;
        while !s.is_final() {
            let [shift, left, right] = s.costs(&gold);
            // Label index 1 stands for any label; ROOT (0) only onto ROOT.
            let c = if s.valid(SHIFT) && shift == 0 {
                SHIFT
            } else if s.valid(1 + 2) && left == 0 {
                1 + 2
            } else if s.valid(2 + 2) && right == 0 {
                2 + 2
            } else if s.valid(2) && right == 0 {
                2
            } else {
                panic!("no zero-cost transition at step {steps}");
            };
            s.apply(c);
            steps += 1;
        }
        assert_eq!(&s.heads[..n], &gold[..]);
        assert_eq!(steps, 2 * n);
    }

    /// The parser's split of the context features is the same features: the hashed
    /// ones and the small ones hashed by `small_feature`, in every state of random
    /// transition sequences.
    #[test]
    fn context_split_gives_the_context_features() {
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        let mut checked = 0;
        for n in 1..12usize {
            for _ in 0..50 {
                let toks: Vec<Tok> = (0..n)
                    .map(|_| Tok {
                        word: next(),
                        suffix: next(),
                        tag: (next() % Tag::COUNT as u64) as u8,
                    })
                    .collect();
                let mut commas = Vec::new();
                comma_counts(&toks, &mut commas);
                let mut s = State::new();
                s.reset(n);
                while !s.is_final() {
                    let mut all = [0u64; N_CONTEXT];
                    s.context_features(&toks, &commas, &mut all);
                    let mut hashed = [0u64; N_HASHED];
                    let mut small = [0u8; 2];
                    let mut groups = [0u64; N_GROUPS];
                    s.context_split(&toks, &commas, &mut hashed, &mut small, &mut groups);
                    let mut split: Vec<u64> = hashed.to_vec();
                    split.push(small_feature(SMALL_REST, small[0], small[1]));
                    for (g, &key) in groups.iter().enumerate() {
                        let group = Group::of(g, key);
                        split.extend(
                            group
                                .small()
                                .iter()
                                .map(|&(k, a, b)| small_feature(k, a, b)),
                        );
                        split.extend(group.hashed());
                    }
                    let mut all = all.to_vec();
                    all.sort_unstable();
                    split.sort_unstable();
                    assert_eq!(all, split);
                    checked += 1;
                    // A random valid transition (labels 1..4).
                    let valid: Vec<usize> = (0..10).filter(|&c| s.valid(c)).collect();
                    s.apply(valid[next() as usize % valid.len()]);
                }
            }
        }
        assert!(checked > 2_000, "{checked}");
    }

    /// The parser's split of a token's features is the same features, in every role, for
    /// every token, ROOT and nothing.
    #[test]
    fn token_parts_are_the_token_features() {
        let toks: Vec<Tok> = (0..5u64)
            .map(|i| Tok {
                word: 0x1234_5678 * (i + 1),
                suffix: 0x9abc * (i + 1),
                tag: (i * 7 % Tag::COUNT as u64) as u8,
            })
            .collect();
        let n = toks.len();
        for role in 0..N_ROLES {
            for at in (0..=n as u32).chain([NONE]) {
                let all = token_features(&toks, n, role, at);
                let mut all = all[..ROLE_SLOTS[role].len()].to_vec();
                let parts = token_parts(&toks, n, role, at);
                let mut split = parts.hashed[..parts.n_hashed].to_vec();
                split.extend(
                    parts.tags[..parts.n_tags]
                        .iter()
                        .map(|&(k, v)| tag_feature(k, v)),
                );
                all.sort_unstable();
                split.sort_unstable();
                assert_eq!(all, split, "role {role} at {at}");
            }
        }
    }

    #[test]
    fn only_one_root() {
        let n = 3;
        let mut s = State::new();
        s.reset(n);
        s.apply(SHIFT);
        // The stack holds one word over ROOT and the buffer is not empty: no
        // arc to ROOT yet.
        assert!(!s.valid(2));
        assert!(s.valid(SHIFT) && s.valid(3));
    }
}

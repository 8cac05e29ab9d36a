//! Feature extraction shared by inference and training.
//!
//! Every feature is a 64-bit hash; no strings are built. Each word is
//! scanned once ([`WordInfo::new`]): characters are normalised (lower-cased,
//! curly quotes folded to ASCII, digits folded to `0`) and fed into an
//! incremental multiply-rotate hash, producing the hashes of the whole word,
//! its 1..4-character prefixes and suffixes and its shape. Features are then
//! combinations of a template id with one or two of those hashes (or with
//! previous tags), finished with a 64-bit avalanche mix so the low bits can
//! index an open-addressing table directly. The window also carries each
//! word's lexicon entry (most frequent training tag, looked up once when the
//! word enters the window), used as a look-ahead for the next two words.
//!
//! Changing anything here changes the feature space: the weights must be
//! retrained (bump [`FEATURE_VERSION`], which the weights file records).

/// Version of the feature definitions; stored in the weights file.
pub const FEATURE_VERSION: u32 = 4;

use sitrep_weights::hash::{finish, step, GOLDEN};

#[inline(always)]
const fn feat1(template: u64, a: u64) -> u64 {
    finish(step(step(template.wrapping_mul(GOLDEN), a), 0x1234))
}

#[inline(always)]
fn feat2(template: u64, a: u64, b: u64) -> u64 {
    finish(step(step(template.wrapping_mul(GOLDEN), a), b))
}

/// Normalises one character for feature purposes.
#[inline(always)]
fn norm_char(c: char) -> char {
    match c {
        'A'..='Z' => (c as u8 + 32) as char,
        '0'..='9' => '0',
        'a'..='z' => c,
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '`' => '\'',
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' => '"',
        c if c.is_ascii() => c,
        c if c.is_numeric() => '0',
        // Only the first char of a multi-char lower-case mapping is kept;
        // that is enough to make features case-insensitive.
        c => c.to_lowercase().next().unwrap_or(c),
    }
}

/// Capitalisation class of a word.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(u8)]
pub enum Caps {
    NoLetters = 0,
    Lower = 1,
    Title = 2,
    Upper = 3,
    Mixed = 4,
}

/// Per-word hashes, computed once per word.
#[derive(Clone, Copy, Debug)]
pub struct WordInfo {
    /// Hash of the case-folded, digit-folded, quote-folded word.
    pub word: u64,
    /// Hash of the word with quotes and digits folded but case kept; keys
    /// the tag dictionary of unambiguous frequent words.
    pub exact: u64,
    pub prefix: [u64; 4],
    pub suffix: [u64; 4],
    pub shape: u64,
    pub caps: Caps,
    /// bit 0: has digit, bit 1: has hyphen, bit 2: has period,
    /// bit 3: has apostrophe, bit 4: long (> 12 chars),
    /// bit 5: opening curly quote, bit 6: closing curly quote,
    /// bit 7: is a double quote (any style)
    pub flags: u8,
    /// Lexicon entry of the word: its most frequent training tag (class
    /// index) with [`LEX_UNAMBIGUOUS`] set for tag-dictionary words;
    /// [`LEX_UNKNOWN`] for words not in the lexicon, [`LEX_PAD`] for pads.
    pub lex: u8,
}

/// Set in [`WordInfo::lex`] for words tagged by dictionary lookup.
pub const LEX_UNAMBIGUOUS: u8 = 0x80;
/// [`WordInfo::lex`] of a word that is not in the lexicon.
pub const LEX_UNKNOWN: u8 = 0x7f;
/// [`WordInfo::lex`] of a position outside the sentence.
pub const LEX_PAD: u8 = 0x7e;

/// The lexicon class (most frequent tag, unknown or pad) of a word.
#[inline(always)]
fn lex_class(w: &WordInfo) -> u64 {
    (w.lex & !LEX_UNAMBIGUOUS) as u64
}

/// Hash value standing for "no word here" (before the sentence start or
/// after its end); distinct for each side.
const PAD_BEFORE: u64 = 0x5bd1_e995_0000_0001;
const PAD_AFTER: u64 = 0x5bd1_e995_0000_0002;

impl WordInfo {
    pub fn pad(after: bool) -> WordInfo {
        let v = if after { PAD_AFTER } else { PAD_BEFORE };
        WordInfo {
            word: v,
            exact: v,
            prefix: [v; 4],
            suffix: [v; 4],
            shape: v,
            caps: Caps::NoLetters,
            flags: 0,
            lex: LEX_PAD,
        }
    }

    /// The word's most frequent tag in the training data, where the word was seen often
    /// enough to be in the lexicon: what the word usually is, whatever its context made
    /// of it here.
    pub fn most_frequent_tag(&self) -> Option<crate::Tag> {
        match self.lex {
            LEX_UNKNOWN | LEX_PAD => None,
            lex => crate::Tag::from_index((lex & !LEX_UNAMBIGUOUS) as usize),
        }
    }

    /// The hashes and marks of `word` (see the struct's fields).
    pub fn new(word: &str) -> WordInfo {
        // Almost every word of English news is ASCII: scanned byte by byte, without
        // decoding characters or consulting Unicode tables (the same values, a unit test
        // compares the two scans).
        if word.is_ascii() {
            WordInfo::new_ascii(word.as_bytes())
        } else {
            WordInfo::new_chars(word)
        }
    }

    /// [`WordInfo::new`] of an ASCII word: the same steps as [`WordInfo::new_chars`],
    /// with the character tests of ASCII (`is_uppercase` is `A-Z`, `is_lowercase` `a-z`,
    /// `is_numeric` `0-9` there, and [`norm_char`] lower-cases `A-Z`, folds digits to
    /// `0` and the backquote to an apostrophe, and keeps every other byte).
    #[inline]
    fn new_ascii(word: &[u8]) -> WordInfo {
        let mut h = 0xcbf2_9ce4_8422_2325u64;
        let mut exact = 0x9ce4_8422_2325_cbf2u64;
        let mut prefix = [0u64; 4];
        let mut tail = [0u8; 4];
        let mut n = 0usize;
        let mut shape = 0x1f2e_3d4c_5b6a_7988u64;
        let mut last_class = 0u8;
        let mut run = 0u32;
        let (mut upper, mut lower, mut first_upper) = (0u32, 0u32, false);
        let mut flags = 0u8;
        for &c in word {
            // The class (shape character), the normalised byte and the byte `exact`
            // hashes (an upper-case letter as itself).
            let (class, nc, ex) = match c {
                b'A'..=b'Z' => {
                    first_upper |= n == 0;
                    upper += 1;
                    (b'X', c + 32, c)
                }
                b'a'..=b'z' => {
                    lower += 1;
                    (b'x', c, c)
                }
                b'0'..=b'9' => {
                    flags |= 1;
                    (b'd', b'0', b'0')
                }
                _ => {
                    match c {
                        b'-' => flags |= 2,
                        b'.' => flags |= 4,
                        b'\'' => flags |= 8,
                        _ => {}
                    }
                    let nc = if c == b'`' { b'\'' } else { c };
                    (nc, nc, nc)
                }
            };
            if class == last_class {
                run += 1;
            } else {
                run = 1;
                last_class = class;
            }
            if run <= 4 {
                shape = step(shape, class as u64);
            }
            h = step(h, nc as u64);
            exact = step(exact, ex as u64);
            if n < 4 {
                prefix[n] = h;
            }
            tail = [tail[1], tail[2], tail[3], nc];
            n += 1;
        }
        Scanned {
            h,
            exact,
            prefix,
            tail,
            n,
            shape,
            caps: caps_of(upper, lower, first_upper),
            flags,
        }
        .word_info()
    }

    /// [`WordInfo::new`] of any word, character by character.
    fn new_chars(word: &str) -> WordInfo {
        let mut h = 0xcbf2_9ce4_8422_2325u64;
        let mut exact = 0x9ce4_8422_2325_cbf2u64;
        let mut prefix = [0u64; 4];
        // Last four normalised chars, most recent last.
        let mut tail = ['\0'; 4];
        let mut n = 0usize;
        let mut shape = 0x1f2e_3d4c_5b6a_7988u64;
        let mut last_class = '\0';
        let mut run = 0u32;
        let (mut upper, mut lower, mut first_upper) = (0u32, 0u32, false);
        let mut flags = 0u8;
        for c in word.chars() {
            let class = if c.is_uppercase() {
                if n == 0 {
                    first_upper = true;
                }
                upper += 1;
                'X'
            } else if c.is_lowercase() {
                lower += 1;
                'x'
            } else if c.is_numeric() {
                flags |= 1;
                'd'
            } else {
                match c {
                    '-' => flags |= 2,
                    '.' => flags |= 4,
                    '\'' => flags |= 8,
                    // Curly quotes are folded to ASCII for the word
                    // features, but their direction is kept here: it
                    // tells opening from closing quotes.
                    '\u{2019}' => flags |= 8 | 64,
                    '\u{201D}' => flags |= 64,
                    '\u{2018}' | '\u{201C}' => flags |= 32,
                    _ => {}
                }
                norm_char(c)
            };
            // Shape: character classes with runs capped at 4
            // ("Xxxx", "dddd", "X.X.", "d,ddd").
            if class == last_class {
                run += 1;
            } else {
                run = 1;
                last_class = class;
            }
            if run <= 4 {
                shape = step(shape, class as u64);
            }
            let nc = norm_char(c);
            h = step(h, nc as u64);
            exact = step(exact, if class == 'X' { c as u64 } else { nc as u64 });
            if n < 4 {
                prefix[n] = h;
            }
            tail = [tail[1], tail[2], tail[3], nc];
            n += 1;
        }
        Scanned {
            h,
            exact,
            prefix,
            tail,
            n,
            shape,
            caps: caps_of(upper, lower, first_upper),
            flags,
        }
        .word_info()
    }
}

/// What a scan of a word's characters ends with, byte by byte or character by character:
/// the two scans differ only in how they classify a character, so the affixes, the length
/// and quote flags and the record are made here once.
struct Scanned<C> {
    /// The hash of the normalised word; of it with case kept (unfinished).
    h: u64,
    exact: u64,
    /// The hashes of its first one to four characters (those past its length not yet set).
    prefix: [u64; 4],
    /// The last four normalised characters (most recent last): bytes or chars.
    tail: [C; 4],
    /// The word's length in characters.
    n: usize,
    shape: u64,
    caps: Caps,
    flags: u8,
}

impl<C: Copy + Into<u64>> Scanned<C> {
    #[inline]
    fn word_info(self) -> WordInfo {
        let Scanned {
            h,
            exact,
            mut prefix,
            tail,
            n,
            shape,
            caps,
            mut flags,
        } = self;
        for p in prefix.iter_mut().skip(n) {
            *p = h;
        }
        let mut suffix = [0u64; 4];
        let mut sh = 0x8422_2325_cbf2_9ce4u64;
        for (k, slot) in suffix.iter_mut().enumerate() {
            if k < n {
                sh = step(sh, tail[3 - k].into());
            }
            *slot = sh;
        }
        if n > 12 {
            flags |= 16;
        }
        if n == 1 && tail[3].into() == u64::from(b'"') {
            flags |= 128;
        }
        WordInfo {
            word: h,
            exact: finish(exact),
            prefix,
            suffix,
            shape,
            caps,
            flags,
            lex: LEX_UNKNOWN,
        }
    }
}

/// The capitalisation class of a word of `upper` upper-case and `lower` lower-case
/// letters (`first_upper`: it begins with an upper-case one).
#[inline]
fn caps_of(upper: u32, lower: u32, first_upper: bool) -> Caps {
    if upper == 0 && lower == 0 {
        Caps::NoLetters
    } else if upper == 0 {
        Caps::Lower
    } else if lower == 0 {
        Caps::Upper
    } else if first_upper && upper == 1 {
        Caps::Title
    } else {
        Caps::Mixed
    }
}

/// The first static feature: the same for every word (a per-tag bias).
pub const BIAS_FEATURE: u64 = feat1(0, 0);

/// Number of features that depend only on the words.
pub const N_STATIC: usize = 26;
/// Number of features that depend on previously assigned tags.
pub const N_DYNAMIC: usize = 6;
/// Total features per token.
pub const N_FEATURES: usize = N_STATIC + N_DYNAMIC;

/// A window of five words centred on the current one: `w[0]` is i-2,
/// `w[2]` is i, `w[4]` is i+2. Positions outside the sentence are pads.
pub struct Window {
    pub w: [WordInfo; 5],
}

impl Window {
    /// Fills the window for position 0 of `words`; `lexicon` maps a
    /// word's `exact` hash to its [`WordInfo::lex`] entry.
    pub fn start(words: &[&str], lexicon: &impl Fn(u64) -> u8) -> Window {
        let at = |i: usize| info_at(words, i, lexicon);
        Window {
            w: [
                WordInfo::pad(false),
                WordInfo::pad(false),
                at(0),
                at(1),
                at(2),
            ],
        }
    }

    /// Moves the window from position `i` to `i + 1`.
    #[inline]
    pub fn advance(&mut self, words: &[&str], i: usize, lexicon: &impl Fn(u64) -> u8) {
        self.shift();
        self.w[4] = info_at(words, i + 3, lexicon);
    }

    /// The window's words moved one place left (the last is overwritten next), one
    /// word at a time: `rotate_left` moved the five 96-byte words through a call to
    /// `memmove` at each word of a sentence, and kept the first, which is dropped.
    #[inline(always)]
    fn shift(&mut self) {
        self.w[0] = self.w[1];
        self.w[1] = self.w[2];
        self.w[2] = self.w[3];
        self.w[3] = self.w[4];
    }

    /// The window at position `i` of a sentence whose words' infos (lexicon entries
    /// included) are `infos`, as [`Window::start`] and [`Window::advance`] would leave it.
    pub fn from_infos(infos: &[WordInfo], i: usize) -> Window {
        let at = |k: usize| {
            if k < 2 {
                return WordInfo::pad(false);
            }
            infos.get(k - 2).copied().unwrap_or(WordInfo::pad(true))
        };
        Window {
            w: [at(i), at(i + 1), at(i + 2), at(i + 3), at(i + 4)],
        }
    }

    /// Moves the window from position `i` to `i + 1` over known infos.
    #[inline]
    pub fn advance_in(&mut self, infos: &[WordInfo], i: usize) {
        self.shift();
        self.w[4] = infos.get(i + 3).copied().unwrap_or(WordInfo::pad(true));
    }
}

#[inline]
fn info_at(words: &[&str], i: usize, lexicon: &impl Fn(u64) -> u8) -> WordInfo {
    match words.get(i) {
        Some(w) => {
            let mut info = WordInfo::new(w);
            info.lex = lexicon(info.exact);
            info
        }
        None => WordInfo::pad(true),
    }
}

/// Whether `info` is a double-quote token (`"`, `“`, `”`, `„`).
#[inline]
pub fn is_double_quote(info: &WordInfo) -> bool {
    info.flags & 128 != 0
}

/// Computes the word-only features of the centre of `win`; `pos` is the
/// index in the sentence, `len` the sentence length, `quotes_before` the
/// number of double-quote tokens before `pos` in the sentence (its parity
/// tells an opening straight quote from a closing one).
#[inline]
pub fn static_features(
    win: &Window,
    pos: usize,
    len: usize,
    quotes_before: usize,
    out: &mut [u64; N_FEATURES],
) {
    let [p2, p1, c, n1, n2] = &win.w;
    let position = match (pos, len - pos) {
        (0, _) => 0u64,
        (_, 1) => 1,
        (1, _) => 2,
        _ => 3,
    };
    out[0] = BIAS_FEATURE;
    out[1] = feat1(1, c.word);
    out[2] = feat1(2, c.suffix[0]);
    out[3] = feat1(3, c.suffix[1]);
    out[4] = feat1(4, c.suffix[2]);
    out[5] = feat1(5, c.suffix[3]);
    out[6] = feat1(6, c.prefix[0]);
    out[7] = feat1(7, c.prefix[1]);
    out[8] = feat1(8, c.prefix[2]);
    out[9] = feat1(9, c.prefix[3]);
    out[10] = feat1(10, c.shape);
    out[11] = feat2(11, c.caps as u64, position);
    out[12] = feat2(12, c.flags as u64, c.caps as u64);
    out[13] = feat1(13, p1.word);
    out[14] = feat1(14, p1.suffix[2]);
    out[15] = feat1(15, p2.word);
    out[16] = feat1(16, n1.word);
    out[17] = feat1(17, n1.suffix[2]);
    out[18] = feat1(18, n2.word);
    out[19] = feat2(19, n1.shape, c.caps as u64);
    out[20] = feat2(20, p1.word, c.word);
    out[21] = feat2(21, c.word, n1.word);
    out[22] = feat2(
        22,
        (p1.caps as u64) << 8 | (c.caps as u64) << 4 | n1.caps as u64,
        position,
    );
    out[23] = feat2(23, p1.shape, c.shape);
    out[24] = feat2(24, (quotes_before & 1) as u64, c.word);
    out[25] = feat2(27, lex_class(n1), lex_class(n2));
}

/// Number of [`static_features`] that depend on the centre word alone (templates 1 to 10
/// and 12: the word, its prefixes, suffixes and shape, its flags and capitalisation):
/// the same wherever the word stands, so the tagger sums their weights once per word and
/// keeps the sum ([`word_features`]).
pub const N_WORD: usize = 11;
/// Number of features the tagger scores at each word besides the bias, the tag-only
/// features and the [`word_features`]: [`static_features`]' other 14 and
/// [`word_tag_features`]' four ([`rest_features`]).
pub const N_REST: usize = N_STATIC - 1 - N_WORD + N_DYNAMIC - N_TAG_ONLY;

/// The features of [`static_features`] that depend on word `c` alone (see [`N_WORD`]):
/// a function of its `word`, `prefix`, `suffix`, `shape`, `flags` and `caps`.
#[inline]
pub fn word_features(c: &WordInfo) -> [u64; N_WORD] {
    [
        feat1(1, c.word),
        feat1(2, c.suffix[0]),
        feat1(3, c.suffix[1]),
        feat1(4, c.suffix[2]),
        feat1(5, c.suffix[3]),
        feat1(6, c.prefix[0]),
        feat1(7, c.prefix[1]),
        feat1(8, c.prefix[2]),
        feat1(9, c.prefix[3]),
        feat1(10, c.shape),
        feat2(12, c.flags as u64, c.caps as u64),
    ]
}

/// The other features of [`static_features`] (the bias and [`word_features`] left out)
/// and those of [`word_tag_features`], for the centre of `win` after tag `t1` (the
/// arguments as theirs).
#[inline]
pub fn rest_features(
    win: &Window,
    pos: usize,
    len: usize,
    quotes_before: usize,
    t1: usize,
) -> [u64; N_REST] {
    let [p2, p1, c, n1, n2] = &win.w;
    let position = match (pos, len - pos) {
        (0, _) => 0u64,
        (_, 1) => 1,
        (1, _) => 2,
        _ => 3,
    };
    let t1 = t1 as u64;
    [
        feat2(11, c.caps as u64, position),
        feat1(13, p1.word),
        feat1(14, p1.suffix[2]),
        feat1(15, p2.word),
        feat1(16, n1.word),
        feat1(17, n1.suffix[2]),
        feat1(18, n2.word),
        feat2(19, n1.shape, c.caps as u64),
        feat2(20, p1.word, c.word),
        feat2(21, c.word, n1.word),
        feat2(
            22,
            (p1.caps as u64) << 8 | (c.caps as u64) << 4 | n1.caps as u64,
            position,
        ),
        feat2(23, p1.shape, c.shape),
        feat2(24, (quotes_before & 1) as u64, c.word),
        feat2(27, lex_class(n1), lex_class(n2)),
        feat2(32, t1, c.word),
        feat2(33, t1, c.suffix[2]),
        feat2(34, t1, n1.word),
        feat2(35, t1, lex_class(n1)),
    ]
}

/// Number of [`rest_features`] of small values (templates 11, 22, 27 and 35: the
/// capitalisation classes with the position, the lexicon classes of the next two words,
/// the previous tag with the next word's lexicon class), which the tagger resolves at
/// load ([`rest_split`]); the others are hashed at each word.
pub const N_REST_SMALL: usize = 4;
/// Number of [`rest_features`] hashed at each word ([`rest_split`]).
pub const N_REST_HASHED: usize = N_REST - N_REST_SMALL;
/// The templates of the small-valued rest features, in [`rest_split`]'s order.
pub const REST_SMALL_TEMPLATES: [u64; N_REST_SMALL] = [11, 22, 27, 35];

/// The hash of small-valued rest feature `k` (of [`REST_SMALL_TEMPLATES`]) with values
/// `a` and `b`: what [`rest_features`] computes.
pub fn rest_small_feature(k: usize, a: u64, b: u64) -> u64 {
    feat2(REST_SMALL_TEMPLATES[k], a, b)
}

/// [`rest_features`] split for the tagger: the features of words, hashed, and the values
/// `(a, b)` of each small-valued one ([`rest_small_feature`]). The same features.
#[inline]
pub fn rest_split(
    win: &Window,
    pos: usize,
    len: usize,
    quotes_before: usize,
    t1: usize,
) -> ([u64; N_REST_HASHED], [(u64, u64); N_REST_SMALL]) {
    let [p2, p1, c, n1, n2] = &win.w;
    let position = match (pos, len - pos) {
        (0, _) => 0u64,
        (_, 1) => 1,
        (1, _) => 2,
        _ => 3,
    };
    let t1 = t1 as u64;
    (
        [
            feat1(13, p1.word),
            feat1(14, p1.suffix[2]),
            feat1(15, p2.word),
            feat1(16, n1.word),
            feat1(17, n1.suffix[2]),
            feat1(18, n2.word),
            feat2(19, n1.shape, c.caps as u64),
            feat2(20, p1.word, c.word),
            feat2(21, c.word, n1.word),
            feat2(23, p1.shape, c.shape),
            feat2(24, (quotes_before & 1) as u64, c.word),
            feat2(32, t1, c.word),
            feat2(33, t1, c.suffix[2]),
            feat2(34, t1, n1.word),
        ],
        [
            (c.caps as u64, position),
            (
                (p1.caps as u64) << 8 | (c.caps as u64) << 4 | n1.caps as u64,
                position,
            ),
            (lex_class(n1), lex_class(n2)),
            (t1, lex_class(n1)),
        ],
    )
}

/// Computes the tag-dependent features; `t1`/`t2` are the class indices of
/// the previous two tags, or `Tag::COUNT` / `Tag::COUNT + 1` for "before
/// the sentence".
#[inline]
pub fn dynamic_features(win: &Window, t1: usize, t2: usize, out: &mut [u64; N_FEATURES]) {
    let c = &win.w[2];
    let (t1, t2) = (t1 as u64, t2 as u64);
    out[N_STATIC] = feat1(30, t1);
    out[N_STATIC + 1] = feat2(31, t1, t2);
    out[N_STATIC + 2] = feat2(32, t1, c.word);
    out[N_STATIC + 3] = feat2(33, t1, c.suffix[2]);
    out[N_STATIC + 4] = feat2(34, t1, win.w[3].word);
    out[N_STATIC + 5] = feat2(35, t1, lex_class(&win.w[3]));
}

/// Number of [`dynamic_features`] that depend on the previous tags alone (templates 30
/// and 31: the tagger scores them from tables resolved at load, [`tag_only_features`]).
pub const N_TAG_ONLY: usize = 2;

/// The features of [`dynamic_features`] that depend on the previous tags alone
/// (`t1` / `t2` below `Tag::COUNT + 2`): template 30's and 31's.
#[inline]
pub fn tag_only_features(t1: usize, t2: usize) -> [u64; N_TAG_ONLY] {
    let (t1, t2) = (t1 as u64, t2 as u64);
    [feat1(30, t1), feat2(31, t1, t2)]
}

/// The other features of [`dynamic_features`] (templates 32 to 35, which depend on a
/// word too), into `out[N_STATIC..N_FEATURES - N_TAG_ONLY]`; the last `N_TAG_ONLY`
/// slots are left as they are.
#[inline]
pub fn word_tag_features(win: &Window, t1: usize, out: &mut [u64; N_FEATURES]) {
    let c = &win.w[2];
    let t1 = t1 as u64;
    out[N_STATIC] = feat2(32, t1, c.word);
    out[N_STATIC + 1] = feat2(33, t1, c.suffix[2]);
    out[N_STATIC + 2] = feat2(34, t1, win.w[3].word);
    out[N_STATIC + 3] = feat2(35, t1, lex_class(&win.w[3]));
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`tag_only_features`] and [`word_tag_features`] give the features of
    /// [`dynamic_features`], no more and no fewer, for every pair of previous tags.
    #[test]
    fn dynamic_features_split_in_two() {
        let words = ["The", "minister", "said", "on", "Monday"];
        let lexicon = |_: u64| 0u8;
        let mut win = Window::start(&words, &lexicon);
        win.advance(&words, 0, &lexicon);
        for t1 in 0..crate::Tag::COUNT + 2 {
            for t2 in 0..crate::Tag::COUNT + 2 {
                let mut all = [0u64; N_FEATURES];
                dynamic_features(&win, t1, t2, &mut all);
                let mut split = [0u64; N_FEATURES];
                word_tag_features(&win, t1, &mut split);
                let mut a: Vec<u64> = all[N_STATIC..].to_vec();
                let mut b: Vec<u64> = split[N_STATIC..N_FEATURES - N_TAG_ONLY].to_vec();
                b.extend(tag_only_features(t1, t2));
                a.sort_unstable();
                b.sort_unstable();
                assert_eq!(a, b, "t1 {t1} t2 {t2}");
            }
        }
    }

    /// The bias, [`word_features`], [`rest_features`] and [`tag_only_features`] are the
    /// features of [`static_features`] and [`dynamic_features`], no more and no fewer, at
    /// every word of sentences and for every pair of previous tags.
    #[test]
    fn word_and_rest_features_are_all_the_features() {
        let sentences = [
            "The minister said on Monday",
            "\" We will not , \" she said",
            "U.S.-led forces struck 1,500 targets",
            "Ok",
        ];
        for_each_window(&sentences, |s, win, i, n| {
            for quotes in [0, 1] {
                for (t1, t2) in [(0, 5), (crate::Tag::COUNT, crate::Tag::COUNT + 1), (7, 7)] {
                    let mut all = [0u64; N_FEATURES];
                    static_features(win, i, n, quotes, &mut all);
                    dynamic_features(win, t1, t2, &mut all);
                    let mut split = vec![BIAS_FEATURE];
                    split.extend(word_features(&win.w[2]));
                    split.extend(rest_features(win, i, n, quotes, t1));
                    split.extend(tag_only_features(t1, t2));
                    let mut all = all.to_vec();
                    all.sort_unstable();
                    split.sort_unstable();
                    assert_eq!(all, split, "{s}: word {i}, t1 {t1} t2 {t2}");
                }
            }
        });
    }

    /// Calls `check` with each sentence (words split on spaces), the window at each of its
    /// words (a made-up lexicon class per word), the word's index and the sentence length.
    fn for_each_window(sentences: &[&str], mut check: impl FnMut(&str, &Window, usize, usize)) {
        let lexicon = |exact: u64| (exact % 50) as u8;
        for s in sentences {
            let words: Vec<&str> = s.split(' ').collect();
            let mut win = Window::start(&words, &lexicon);
            for i in 0..words.len() {
                check(s, &win, i, words.len());
                win.advance(&words, i, &lexicon);
            }
        }
    }

    /// [`rest_split`] gives the features of [`rest_features`], no more and no fewer.
    #[test]
    fn rest_split_gives_the_rest_features() {
        let sentences = [
            "The minister said on Monday",
            "\" We will not , \" she said",
            "Ok",
        ];
        for_each_window(&sentences, |s, win, i, n| {
            for quotes in [0, 1] {
                for t1 in [0, 7, crate::Tag::COUNT, crate::Tag::COUNT + 1] {
                    let mut all = rest_features(win, i, n, quotes, t1).to_vec();
                    let (hashed, small) = rest_split(win, i, n, quotes, t1);
                    let mut split = hashed.to_vec();
                    split.extend(
                        small
                            .iter()
                            .enumerate()
                            .map(|(k, &(a, b))| rest_small_feature(k, a, b)),
                    );
                    all.sort_unstable();
                    split.sort_unstable();
                    assert_eq!(all, split, "{s}: word {i}, t1 {t1}");
                }
            }
        });
    }

    /// The ASCII scan gives the values of the character scan, field by field, on words of
    /// every class of byte (and on every ASCII character alone).
    #[test]
    fn ascii_scan_is_the_character_scan() {
        let mut words: Vec<String> = [
            "",
            "a",
            "Z",
            "the",
            "The",
            "THE",
            "iPhone",
            "McDonald",
            "U.S.",
            "U.S.-led",
            "1,500",
            "2026",
            "3.5%",
            "O'Brien",
            "`",
            "``",
            "''",
            "\"",
            "'s",
            "n't",
            "--",
            "...",
            "e-mail",
            "X-ray",
            "AAAAAAbbbbbb",
            "internationalisation",
            "MiXeD-42_x",
            "Pyongyang's",
            "$",
            "#hashtag",
            "@user",
            "a\tb",
            "COVID-19",
            "x1y2z3",
            "9/11",
        ]
        .iter()
        .map(|w| w.to_string())
        .collect();
        words.extend((0u8..128).map(|b| (b as char).to_string()));
        words.extend((32u8..127).map(|b| format!("Ab{}cD", b as char)));
        for w in &words {
            assert!(w.is_ascii());
            let (a, c) = (WordInfo::new_ascii(w.as_bytes()), WordInfo::new_chars(w));
            assert_eq!(
                (a.word, a.exact, a.prefix, a.suffix, a.shape, a.caps, a.flags, a.lex),
                (c.word, c.exact, c.prefix, c.suffix, c.shape, c.caps, c.flags, c.lex),
                "{w:?}"
            );
        }
    }

    #[test]
    fn case_and_quotes_are_normalised() {
        assert_eq!(WordInfo::new("Korea").word, WordInfo::new("KOREA").word);
        assert_eq!(WordInfo::new("’s").word, WordInfo::new("'s").word);
        assert_ne!(WordInfo::new("Korea").word, WordInfo::new("Korean").word);
        assert_eq!(WordInfo::new("1,500").word, WordInfo::new("2,300").word);
        assert_ne!(WordInfo::new("May").exact, WordInfo::new("may").exact);
        assert_eq!(WordInfo::new("’s").exact, WordInfo::new("'s").exact);
    }

    #[test]
    fn suffixes_and_prefixes() {
        let a = WordInfo::new("pledged");
        let b = WordInfo::new("signed");
        assert_eq!(a.suffix[1], b.suffix[1]); // "ed"
        assert_eq!(a.suffix[0], b.suffix[0]); // "d"
        assert_ne!(a.suffix[3], b.suffix[3]);
        let c = WordInfo::new("un");
        let d = WordInfo::new("unrest");
        assert_eq!(c.prefix[1], d.prefix[1]);
        assert_ne!(c.prefix[2], d.prefix[2]);
    }

    #[test]
    fn shapes_and_caps() {
        assert_eq!(WordInfo::new("North").shape, WordInfo::new("Korea").shape);
        assert_ne!(WordInfo::new("North").shape, WordInfo::new("north").shape);
        assert_eq!(WordInfo::new("U.S.").shape, WordInfo::new("U.N.").shape);
        assert_eq!(WordInfo::new("North").caps, Caps::Title);
        assert_eq!(WordInfo::new("NATO").caps, Caps::Upper);
        assert_eq!(WordInfo::new("iPhone").caps, Caps::Mixed);
        assert_eq!(WordInfo::new("1,500").caps, Caps::NoLetters);
        assert_eq!(WordInfo::new("1,500").flags & 1, 1);
    }

    #[test]
    fn empty_word_is_fine() {
        let e = WordInfo::new("");
        assert_eq!(e.caps, Caps::NoLetters);
    }
}

//! sitrep-textview: the small, allocation-light token view shared by the text-level
//! extractors (dates, quantities, quotes). It splits text into words (runs of letters),
//! numbers (runs of ASCII digits) and single-character punctuation, all with byte
//! offsets. Whitespace is dropped; adjacency ("2025-06-04", "G7", "Feb.") is recovered
//! by comparing offsets. [`words`] holds the calendar and number words they all read.
//! [`is_alphabetic_fast`] and [`is_alphanumeric_fast`] are the character classes every
//! scanner of the pipeline uses (this tokenizer, `sitrep-core`'s, the actor trie's word
//! bounds, the gazetteer's tokens): one fast path for the non-ASCII characters of news.

pub mod words;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Letters (ASCII or any alphabetic code point).
    Word,
    /// ASCII digits only.
    Num,
    /// Any other single non-whitespace character.
    Punct,
}

#[derive(Clone, Copy, Debug)]
pub struct Tok {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
}

fn class(c: char) -> Option<Kind> {
    if c.is_ascii_alphabetic() {
        Some(Kind::Word)
    } else if c.is_ascii_digit() {
        Some(Kind::Num)
    } else if c.is_whitespace() {
        None
    } else if !c.is_ascii() && is_alphabetic_fast(c) {
        Some(Kind::Word)
    } else {
        Some(Kind::Punct)
    }
}

/// `char::is_alphabetic` without its Unicode table search (a few hundred instructions a
/// character) for the non-ASCII characters news text is full of: General Punctuation
/// (U+2000..=U+206F: curly quotes, dashes, spaces) holds no letter, and Latin-1's and
/// Latin Extended-A/B's characters from U+00C0 to U+024F are all letters but `×` and `÷`.
/// Elsewhere the table answers. (Same answers: the test below asks every char.) The
/// scanners of the other stages (the tokenizer in `sitrep-core`, the actor trie's word
/// bounds, the gazetteer's tokens) use these two, so one set of ranges serves them all.
#[inline]
pub fn is_alphabetic_fast(c: char) -> bool {
    match c {
        '\u{2000}'..='\u{206F}' => false,
        '\u{00C0}'..='\u{024F}' => c != '\u{00D7}' && c != '\u{00F7}',
        _ => c.is_alphabetic(),
    }
}

/// `char::is_alphanumeric` with the fast path of [`is_alphabetic_fast`]: the two ranges
/// hold no digit either.
#[inline]
pub fn is_alphanumeric_fast(c: char) -> bool {
    match c {
        '\u{2000}'..='\u{206F}' => false,
        '\u{00C0}'..='\u{024F}' => c != '\u{00D7}' && c != '\u{00F7}',
        _ => c.is_alphanumeric(),
    }
}

/// What an ASCII byte starts: a word, a number, a punctuation token, or nothing
/// (whitespace); `class` gives the same for every other character.
static ASCII_CLASS: [Option<Kind>; 128] = {
    let mut t = [Some(Kind::Punct); 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = if c.is_ascii_alphabetic() {
            Some(Kind::Word)
        } else if c.is_ascii_digit() {
            Some(Kind::Num)
        } else if c.is_ascii_whitespace() {
            None
        } else {
            Some(Kind::Punct)
        };
        b += 1;
    }
    t
};

/// The class of the character at byte `i` of `text` (a char boundary) and the byte after it.
/// (Inlined: it classes the first character of every token and every space.)
#[inline(always)]
fn class_at(text: &str, i: usize) -> (Option<Kind>, usize) {
    let b = text.as_bytes()[i];
    if b < 0x80 {
        (ASCII_CLASS[b as usize], i + 1)
    } else {
        let c = text[i..].chars().next().unwrap_or(' ');
        (class(c), i + c.len_utf8())
    }
}

/// Tokenizes `text`; one allocation for the whole document. A word or number is the
/// longest run of characters of its class, read in one loop (session 28: a token built
/// character by character was most of the view's cost); punctuation is one character.
pub fn tokenize(text: &str) -> Vec<Tok> {
    let mut toks: Vec<Tok> = Vec::with_capacity(text.len() / 5 + 1);
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let (kind, mut end) = class_at(text, i);
        let Some(kind) = kind else {
            i = end;
            continue;
        };
        if kind != Kind::Punct {
            // ASCII bytes of the same class by the table; any other character only
            // continues a word, and is decoded to see whether it does.
            while let Some(&b) = bytes.get(end) {
                if b < 0x80 {
                    if ASCII_CLASS[b as usize] != Some(kind) {
                        break;
                    }
                    end += 1;
                } else {
                    if kind != Kind::Word {
                        break;
                    }
                    let (k, next) = class_at(text, end);
                    if k != Some(Kind::Word) {
                        break;
                    }
                    end = next;
                }
            }
        }
        toks.push(Tok {
            start: i,
            end,
            kind,
        });
        i = end;
    }
    toks
}

/// Read-only view over the tokens with convenience accessors that never panic on
/// out-of-range indices (they answer "nothing there").
pub struct View<'a> {
    pub text: &'a str,
    pub toks: Vec<Tok>,
    /// Each token's text, sliced once here: the extractors ask for a token's text many
    /// times, and slicing `text` at each ask paid the bounds and char-boundary tests.
    strs: Vec<&'a str>,
}

impl<'a> View<'a> {
    pub fn new(text: &'a str) -> Self {
        let toks = tokenize(text);
        let strs = toks.iter().map(|t| &text[t.start..t.end]).collect();
        View { text, toks, strs }
    }

    /// A view with no tokens (of a text not yet read).
    pub fn empty(text: &'a str) -> Self {
        View {
            text,
            toks: Vec::new(),
            strs: Vec::new(),
        }
    }
    #[inline]
    pub fn len(&self) -> usize {
        self.toks.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    #[inline]
    pub fn s(&self, i: usize) -> &'a str {
        self.strs.get(i).copied().unwrap_or("")
    }
    #[inline]
    pub fn kind(&self, i: usize) -> Option<Kind> {
        self.toks.get(i).map(|t| t.kind)
    }
    #[inline]
    pub fn is(&self, i: usize, w: &str) -> bool {
        self.s(i).eq_ignore_ascii_case(w)
    }
    #[inline]
    pub fn is_any(&self, i: usize, ws: &[&str]) -> bool {
        let s = self.s(i);
        !s.is_empty() && ws.iter().any(|w| s.eq_ignore_ascii_case(w))
    }
    #[inline]
    pub fn is_word(&self, i: usize) -> bool {
        self.kind(i) == Some(Kind::Word)
    }
    #[inline]
    pub fn is_num(&self, i: usize) -> bool {
        self.kind(i) == Some(Kind::Num)
    }
    #[inline]
    pub fn is_punct(&self, i: usize, c: &str) -> bool {
        self.kind(i) == Some(Kind::Punct) && self.s(i) == c
    }
    /// True when token `i` ends exactly where token `i + 1` starts.
    #[inline]
    pub fn adj(&self, i: usize) -> bool {
        match (self.toks.get(i), self.toks.get(i + 1)) {
            (Some(a), Some(b)) => a.end == b.start,
            _ => false,
        }
    }
    #[inline]
    pub fn capitalized(&self, i: usize) -> bool {
        self.s(i).chars().next().is_some_and(|c| c.is_uppercase())
    }
    #[inline]
    pub fn lowercase_word(&self, i: usize) -> bool {
        self.is_word(i) && self.s(i).chars().next().is_some_and(|c| c.is_lowercase())
    }
    #[inline]
    pub fn start(&self, i: usize) -> usize {
        self.toks.get(i).map_or(self.text.len(), |t| t.start)
    }
    #[inline]
    pub fn end(&self, i: usize) -> usize {
        self.toks.get(i).map_or(self.text.len(), |t| t.end)
    }
    /// Numeric value of a digit token (saturating, `None` for non-numbers or > 9 digits).
    pub fn num(&self, i: usize) -> Option<u32> {
        if !self.is_num(i) || self.s(i).len() > 9 {
            return None;
        }
        self.s(i).parse().ok()
    }
    /// Sentence-ending or clause-hard punctuation used to bound context windows.
    pub fn is_boundary(&self, i: usize) -> bool {
        self.kind(i) == Some(Kind::Punct)
            && matches!(self.s(i), "." | "!" | "?" | ";" | "“" | "”" | "\"")
    }
}

/// ASCII-lowercases `w` into `buf` without allocating; `None` when it does not fit. A word
/// with no ASCII capital is returned as it is (most words: no copy, and no UTF-8 check of
/// the copy).
pub fn lower<'b>(w: &'b str, buf: &'b mut [u8; 24]) -> Option<&'b str> {
    let n = w.len();
    if n > buf.len() {
        return None;
    }
    if !w.bytes().any(|b| b.is_ascii_uppercase()) {
        return Some(w);
    }
    for (d, s) in buf.iter_mut().zip(w.bytes()) {
        *d = s.to_ascii_lowercase();
    }
    std::str::from_utf8(&buf[..n]).ok()
}

#[cfg(test)]
mod tests {
    use super::{class, tokenize, Kind, Tok};

    /// The tokens as the definition reads: each character classed (an ASCII one by the
    /// ASCII tests, so a vertical tab is punctuation), and a character of a word or number
    /// joining the token before when it is of the same class and touches it.
    fn tokenize_by_characters(text: &str) -> Vec<Tok> {
        let mut toks: Vec<Tok> = Vec::new();
        for (i, c) in text.char_indices() {
            let kind = if c.is_ascii() {
                match c {
                    c if c.is_ascii_alphabetic() => Some(Kind::Word),
                    c if c.is_ascii_digit() => Some(Kind::Num),
                    c if c.is_ascii_whitespace() => None,
                    _ => Some(Kind::Punct),
                }
            } else {
                class(c)
            };
            let Some(kind) = kind else { continue };
            let end = i + c.len_utf8();
            match toks.last_mut() {
                Some(t) if t.kind == kind && kind != Kind::Punct && t.end == i => t.end = end,
                _ => toks.push(Tok {
                    start: i,
                    end,
                    kind,
                }),
            }
        }
        toks
    }

    fn spans(toks: &[Tok]) -> Vec<(usize, usize, Kind)> {
        toks.iter().map(|t| (t.start, t.end, t.kind)).collect()
    }

    /// Texts where runs of letters, digits, accents, spaces and punctuation of every width
    /// touch: the tokenizer's runs are the characters' runs.
    #[test]
    fn tokens_are_the_runs_of_character_classes() {
        let pieces = [
            "Kyiv", "2025", "-", "é", "e\u{301}", "\u{301}", "²", "٣", "日本", " ", "\u{a0}",
            "\u{b}", "\t", "\n", "’", "“", ".", "G7", "ß", "İ", "\u{200b}", "x", "_", "—",
        ];
        let mut state: u64 = 0x2545_F491_4F6C_DD1D;
        for _ in 0..4000 {
            let mut text = String::new();
            for _ in 0..10 {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                text.push_str(pieces[(state % pieces.len() as u64) as usize]);
            }
            assert_eq!(
                spans(&tokenize(&text)),
                spans(&tokenize_by_characters(&text)),
                "{text:?}"
            );
        }
    }

    #[test]
    fn alphabetic_fast_path_answers_as_the_unicode_tables() {
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            assert_eq!(super::is_alphabetic_fast(c), c.is_alphabetic(), "{c:?}");
            assert_eq!(super::is_alphanumeric_fast(c), c.is_alphanumeric(), "{c:?}");
        }
    }
}

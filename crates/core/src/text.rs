//! Stage `text`: tokenisation, normalisation and sentence splitting.
//!
//! Tokens keep byte offsets into the original text (converted to code points only when
//! the record is written). Each token also has a normalised lowercase form (curly quotes
//! and apostrophes folded to ASCII, dashes to `-`, compatibility characters NFKC-folded),
//! stored in one shared buffer so that tokenising allocates per document, not per token.
//!
//! Tokenisation conventions (shared with the tagger's training data):
//! words are runs of letters/digits with internal hyphens and apostrophes kept
//! ("large-scale", "O'Brien"); abbreviations keep their periods ("U.S.", "Gen.");
//! numbers keep `,` and `.` ("1,500", "3.5"); the clitics 's n't 're 've 'll 'd 'm are
//! split off; every other punctuation character is a token of its own.

use unicode_normalization::UnicodeNormalization;

use crate::doc::{Doc, NormsBuilder, Token, TokenKind, Tokens};
use crate::knowledge::Knowledge;
use sitrep_lexicon::WordKey;

/// Stage `text`: the tokens, the sentences, and the extractors' view of the same text.
pub(crate) fn run(_k: &Knowledge, doc: &mut Doc) {
    let (tokens, line_breaks) = tokenize_marking_line_breaks(doc.text);
    doc.tokens = tokens;
    doc.sentences = crate::sentences::split(doc.text, &doc.tokens, &line_breaks);
    let mut sentence_of = vec![0u32; doc.tokens.len()];
    for (i, s) in doc.sentences.iter().enumerate() {
        for slot in &mut sentence_of[s.first..s.last] {
            *slot = i as u32;
        }
    }
    doc.sentence_of = sentence_of;
    doc.title_case_counts = (0..doc.sentences.len())
        .map(|si| {
            let (capitalised, lowercase) = doc.count_title_case_words(si);
            (capitalised as u32, lowercase as u32)
        })
        .collect();
    doc.view = sitrep_textview::View::new(doc.text);
}

const CLITICS: [&str; 7] = ["'s", "n't", "'re", "'ve", "'ll", "'d", "'m"];

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}' || c == '\u{2018}' || c == '\u{02BC}'
}

/// Is `before` (the text before a number) a wire kicker's word alone, in capitals
/// ("UPDATE ", "WRAPUP ", "REFILE ")? The number after it counts the versions of the story.
fn is_kicker_word(before: &str) -> bool {
    let w = before.trim_start();
    w.len() > w.trim_end().len()
        && w.trim_end().len() >= 3
        && w.trim_end().chars().all(|c| c.is_ascii_uppercase())
}

fn is_hyphen(c: char) -> bool {
    c == '-' || c == '\u{2010}' || c == '\u{2011}'
}

fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return ascii_class(c as u8) & WORD != 0;
    }
    sitrep_textview::is_alphanumeric_fast(c) || is_combining(c)
}

/// What an ASCII byte is to the word scan, as bits: a word character (letter, digit,
/// underscore), a letter, a digit, a lowercase letter, an uppercase letter. One table
/// read stands for the several comparisons of each byte of a word.
const WORD: u8 = 1;
const ALPHA: u8 = 2;
const DIGIT: u8 = 4;
const LOWER: u8 = 8;
const UPPER: u8 = 16;
static ASCII_CLASS: [u8; 128] = {
    let mut t = [0u8; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = if c.is_ascii_digit() {
            WORD | DIGIT
        } else if c.is_ascii_lowercase() {
            WORD | ALPHA | LOWER
        } else if c.is_ascii_uppercase() {
            WORD | ALPHA | UPPER
        } else if c == b'_' {
            WORD
        } else {
            0
        };
        b += 1;
    }
    t
};

/// The class bits of a byte; a byte of a multi-byte character has none.
#[inline]
fn ascii_class(b: u8) -> u8 {
    ASCII_CLASS.get(usize::from(b)).copied().unwrap_or(0)
}

/// A character that ends a paragraph where it lies between two tokens.
fn is_line_break(c: char) -> bool {
    c == '\n' || c == '\r' || c == '\u{2029}'
}

fn is_combining(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

/// A word with its accents taken off ("arévalo" -> "arevalo", "zúñiga" -> "zuniga"), for
/// comparing a name written with its diacritics against the dictionary's plain spelling;
/// a word in ASCII is returned as it is, without copying.
pub(crate) fn without_accents(word: &str) -> std::borrow::Cow<'_, str> {
    if word.is_ascii() {
        return std::borrow::Cow::Borrowed(word);
    }
    std::borrow::Cow::Owned(word.nfd().filter(|&c| !is_combining(c)).collect())
}

/// Fold one character for the normalised form.
fn fold_char(c: char, out: &mut String) {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{02BC}' | '\u{2032}' | '`' => out.push('\''),
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{00AB}' | '\u{00BB}' => out.push('"'),
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}'
        | '\u{2212}' => out.push('-'),
        c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
        c => {
            // NFKC folds compatibility forms (fullwidth letters, ligatures); lowercase after.
            let mut buf = [0u8; 4];
            let s: &str = c.encode_utf8(&mut buf);
            for n in s.nfkc() {
                for l in n.to_lowercase() {
                    out.push(l);
                }
            }
        }
    }
}

/// The tokenizer's place in the text: the character at a byte offset, read where it is
/// asked for. (A `Peekable<CharIndices>` was skipped past a word's ASCII run, which the
/// scan below reads bytewise, by decoding each of its characters again.)
struct Cursor<'a> {
    text: &'a str,
    pos: usize,
}

impl Cursor<'_> {
    /// The character at the cursor and its byte offset; `None` at the end.
    #[inline]
    fn peek(&self) -> Option<(usize, char)> {
        let b = *self.text.as_bytes().get(self.pos)?;
        if b.is_ascii() {
            return Some((self.pos, char::from(b)));
        }
        self.text[self.pos..].chars().next().map(|c| (self.pos, c))
    }

    /// Moves past the character at the cursor.
    #[inline]
    fn next(&mut self) {
        if let Some((_, c)) = self.peek() {
            self.pos += c.len_utf8();
        }
    }
}

/// Split `text` into tokens.
#[cfg(test)]
pub fn tokenize(text: &str) -> Tokens {
    tokenize_marking_line_breaks(text).0
}

/// [`tokenize`], and for each token whether a line break (`\n`, `\r`, U+2029) lies
/// between it and the token before, which the sentence splitter asks of every token:
/// the tokenizer passes over the whitespace anyway.
pub(crate) fn tokenize_marking_line_breaks(text: &str) -> (Tokens, Vec<bool>) {
    let mut tokens = Vec::with_capacity(text.len() / 5);
    let mut norms = NormsBuilder::with_capacity(text.len() / 5, text.len());
    let mut keys = Vec::with_capacity(text.len() / 5);
    // A piece folded character by character (not ASCII, or with a backquote), copied
    // into `norms` once whole; an ASCII piece is folded in `norms` itself.
    let mut norm_buf = String::new();
    let bytes = text.as_bytes();
    let mut iter = Cursor { text, pos: 0 };
    let mut line_breaks = Vec::with_capacity(text.len() / 5);
    let mut space_before = true;
    let mut line_break_before = false;
    while let Some((i, c)) = iter.peek() {
        if c == ' ' {
            iter.pos += 1;
            space_before = true;
            continue;
        }
        // (The ASCII whitespace and control characters are those up to the space, and DEL.)
        let skipped = if c.is_ascii() {
            c <= ' ' || c == '\x7f'
        } else {
            c.is_whitespace()
                || c.is_control()
                || matches!(c, '\u{200B}'..='\u{200D}' | '\u{FEFF}' | '\u{00AD}')
        };
        if skipped {
            line_break_before |= is_line_break(c);
            iter.pos += c.len_utf8();
            space_before = true;
            continue;
        }
        let start = i;
        let mut end;
        let kind;
        // For a word or number of ASCII characters alone, read whole by the scan below:
        // whether it has a lowercase and an uppercase letter (it has no backquote, which
        // joins no word).
        let mut scanned_ascii_case = None;
        if is_word_char(c) {
            // Scan a word: letters/digits with internal hyphens, apostrophes, periods
            // (abbreviations), and , . inside numbers.
            // Whether the word has a letter, only digits, a lowercase or an uppercase
            // ASCII letter or any character not ASCII, for its kind, normal form and
            // counts below. An ASCII first character is read by the bytewise run below.
            let (mut has_alpha, mut all_digits, mut lower, mut upper, mut non_ascii);
            if c.is_ascii() {
                end = i;
                (has_alpha, all_digits, lower, upper, non_ascii) =
                    (false, true, false, false, false);
            } else {
                end = i + c.len_utf8();
                iter.next();
                (has_alpha, all_digits, lower, upper, non_ascii) =
                    (c.is_alphabetic(), false, false, false, true);
            }
            loop {
                // The next character starts at `end`. A run of ASCII letters, digits and
                // underscores (most of a word) is read bytewise, as the general path below
                // reads each of them: a word character, alphabetic or a digit.
                let mut k = end;
                let (mut any, mut all) = (0u8, DIGIT);
                while let Some(&b) = bytes.get(k) {
                    let class = ascii_class(b);
                    if class & WORD == 0 {
                        break;
                    }
                    any |= class;
                    all &= class;
                    k += 1;
                }
                if k > end {
                    // Bytes `end..k` are ASCII: one character each.
                    has_alpha |= any & ALPHA != 0;
                    all_digits &= all & DIGIT != 0;
                    lower |= any & LOWER != 0;
                    upper |= any & UPPER != 0;
                    iter.pos = k;
                    end = k;
                }
                let Some((j, d)) = iter.peek() else {
                    break;
                };
                // An ASCII character here is none of the run's: no word character.
                if !d.is_ascii() && is_word_char(d) {
                    non_ascii = true;
                    has_alpha |= d.is_alphabetic();
                    all_digits = false;
                    end = j + d.len_utf8();
                    iter.next();
                    continue;
                }
                // Only these characters can continue a word (each test below asks for
                // one of them); a space or other punctuation ends it at once.
                if !(d == '&' || d == ',' || d == '.' || is_hyphen(d) || is_apostrophe(d)) {
                    break;
                }
                // (Set also where `d` turns out not to join the word: the piece is then
                // read again below, which is only slower.)
                non_ascii |= !d.is_ascii();
                // Look at the char after `d` to decide whether `d` is internal.
                let next = text[j + d.len_utf8()..].chars().next();
                let next_is_word = next.is_some_and(is_word_char);
                // "DPRK-Russia", "U.S.-China": a hyphen between two capitalised parts
                // joins two names, so it splits; "Seong-kweun", "large-scale" stay whole.
                let joins_names = || {
                    next.is_some_and(|n| n.is_uppercase())
                        && text[start..]
                            .chars()
                            .next()
                            .is_some_and(|f| f.is_uppercase())
                };
                // "UPDATE 2-Ukraine Says ...": a wire kicker's number ends at its hyphen.
                let kicker_number = || {
                    all_digits
                        && next.is_some_and(|n| n.is_uppercase())
                        && is_kicker_word(&text[..start])
                };
                if next_is_word
                    && (d == '&' || (is_hyphen(d) && !joins_names() && !kicker_number()))
                {
                    end = j + d.len_utf8();
                    iter.next();
                    continue;
                }
                if is_apostrophe(d) && next_is_word {
                    // Clitics split off; name apostrophes (O'Brien) stay.
                    let rest = &text[j..];
                    if clitic_len(rest).is_some() && !is_name_apostrophe(&text[start..j], rest) {
                        break;
                    }
                    end = j + d.len_utf8();
                    iter.next();
                    continue;
                }
                if (d == ',' || d == '.') && all_digits && next.is_some_and(|n| n.is_ascii_digit())
                {
                    end = j + 1;
                    iter.next();
                    continue;
                }
                if d == '.' && has_alpha {
                    // Abbreviation: "U.S.", "U.N.", "Gen.", "Feb.", "p.m.": a period after a
                    // short alphabetic segment that is followed by another letter+period
                    // or by a known abbreviation.
                    let word = &text[start..j];
                    if next.is_some_and(|n| n.is_alphabetic()) && is_initialism_step(&text[j + 1..])
                    {
                        end = j + 1;
                        iter.next();
                        continue;
                    }
                    if word.contains('.') || crate::abbrev::is_abbreviation(word) {
                        end = j + 1;
                        iter.next();
                    }
                }
                break;
            }
            kind = if all_digits || looks_numeric(&text[start..end]) {
                TokenKind::Number
            } else {
                TokenKind::Word
            };
            if !non_ascii {
                scanned_ascii_case = Some((lower, upper));
            }
        } else if is_apostrophe(c) {
            // A clitic at token start ("'s" after a word), else punctuation.
            let rest = &text[i..];
            if let Some(len) = clitic_len(rest).filter(|_| !space_before) {
                end = i + len;
                while iter.peek().is_some_and(|(j, _)| j < end) {
                    iter.next();
                }
                kind = TokenKind::Word;
            } else {
                end = i + c.len_utf8();
                iter.next();
                kind = TokenKind::Punct;
            }
        } else {
            end = i + c.len_utf8();
            iter.next();
            // "..." stays one token.
            if c == '.' && bytes.get(end) == Some(&b'.') && bytes.get(end + 1) == Some(&b'.') {
                end += 2;
                iter.next();
                iter.next();
            }
            kind = TokenKind::Punct;
        }
        // A word ending in n't: split "n't" off ("don't" -> "do" "n't").
        let mut pieces: [(usize, usize, TokenKind); 2] = [(start, end, kind), (0, 0, kind)];
        let mut n = 1;
        if kind == TokenKind::Word {
            let w = &text[start..end];
            if let Some(p) = nt_split(w) {
                if p > 0 {
                    pieces[0] = (start, start + p, kind);
                    pieces[1] = (start + p, end, kind);
                    n = 2;
                }
            }
        }
        for &(s, e, k) in &pieces[..n] {
            let piece = &text[s..e];
            // (letters, uppercase letters, capitalised) of the piece, as it is folded.
            // One pass over the bytes: whether the piece is ASCII, has a backquote, and
            // has a lowercase ASCII letter; the capitals of an ASCII piece are counted only
            // where it has none, since only then can it be all capitals (most words have a
            // lowercase letter).
            let b = piece.as_bytes();
            // (Where a piece was not scanned whole, whether it has an uppercase letter is
            // not known: `true` lowercases it, which changes nothing in a piece with none.)
            let (ascii, backquote, ascii_lower, ascii_upper) = match scanned_ascii_case {
                Some((lower, upper)) if n == 1 => (true, false, lower, upper),
                _ => {
                    let (mut bits, mut backquote, mut ascii_lower) = (0u8, false, false);
                    for &c in b {
                        bits |= c;
                        backquote |= c == b'`';
                        ascii_lower |= c.is_ascii_lowercase();
                    }
                    (bits.is_ascii(), backquote, ascii_lower, true)
                }
            };
            let (letters, upper, capitalized) = if ascii {
                // Most pieces: the same folding and counts as the general path below, byte
                // by byte (an ASCII character is never combining, `fold_char` maps "`" to
                // an apostrophe and lowercases every other one, and ASCII letters are the
                // only alphabetic and uppercase ASCII characters).
                if backquote {
                    norm_buf.clear();
                    norm_buf.extend(b.iter().map(|&c| match c {
                        b'`' => '\'',
                        c => c.to_ascii_lowercase() as char,
                    }));
                    keys.push(WordKey::of(norms.push(&norm_buf)));
                } else if ascii_upper {
                    keys.push(WordKey::of(norms.push_ascii_lowercase(piece)));
                } else {
                    // No capital to lower: the piece is its own normal form.
                    keys.push(WordKey::of(norms.push(piece)));
                }
                // With a lowercase letter the piece is not all capitals, and its counts
                // need only say so; without one its letters are its capitals.
                let upper = if ascii_lower || !ascii_upper {
                    0
                } else {
                    b.iter().filter(|c| c.is_ascii_uppercase()).count()
                };
                (
                    upper + usize::from(ascii_lower),
                    upper,
                    b.first().is_some_and(u8::is_ascii_uppercase),
                )
            } else {
                // A lowercase word is English vocabulary, which the lexicon and word lists
                // write unaccented ("chargé d'affaires", "coup d'état", "communiqué"); a
                // capitalised one may be a name, which the dictionaries match with their own
                // folding.
                let fold_accents = piece.chars().next().is_some_and(char::is_lowercase);
                norm_buf.clear();
                for ch in piece.chars() {
                    if is_combining(ch) {
                        continue;
                    }
                    if fold_accents && !ch.is_ascii() {
                        for d in ch.nfd().filter(|&d| !is_combining(d)) {
                            fold_char(d, &mut norm_buf);
                        }
                        continue;
                    }
                    fold_char(ch, &mut norm_buf);
                }
                keys.push(WordKey::of(norms.push(&norm_buf)));
                let mut letters = 0;
                let mut upper = 0;
                for ch in piece.chars().filter(|c| c.is_alphabetic()) {
                    letters += 1;
                    if ch.is_uppercase() {
                        upper += 1;
                    }
                }
                (
                    letters,
                    upper,
                    piece.chars().next().is_some_and(|c| c.is_uppercase()),
                )
            };
            tokens.push(Token {
                start: s as u32,
                end: e as u32,
                kind: k,
                capitalized,
                all_caps: letters >= 2 && upper == letters,
                space_before: s == start && space_before,
            });
            line_breaks.push(s == start && line_break_before);
        }
        space_before = false;
        line_break_before = false;
    }
    let tokens = Tokens {
        tokens,
        norms: norms.finish(),
        keys,
    };
    (tokens, line_breaks)
}

fn looks_numeric(w: &str) -> bool {
    let mut digits = 0;
    for c in w.chars() {
        if c.is_ascii_digit() {
            digits += 1;
        } else if c != ',' && c != '.' {
            return false;
        }
    }
    digits > 0
}

/// Byte length of a clitic starting at `rest` (which starts with an apostrophe), if the
/// clitic ends the word.
fn clitic_len(rest: &str) -> Option<usize> {
    let mut chars = rest.chars();
    let first = chars.next()?;
    if !is_apostrophe(first) {
        return None;
    }
    let after = &rest[first.len_utf8()..];
    for clitic in CLITICS {
        if let Some(body) = clitic.strip_prefix('\'') {
            if after.len() >= body.len()
                && after.as_bytes()[..body.len()].eq_ignore_ascii_case(body.as_bytes())
            {
                let next = after[body.len()..].chars().next();
                if !next.is_some_and(is_word_char) {
                    return Some(first.len_utf8() + body.len());
                }
            }
        }
    }
    None
}

/// "O'Brien", "D'Souza": an apostrophe after a single capital letter keeps a name whole;
/// "'s" after anything else is the clitic.
fn is_name_apostrophe(before: &str, _rest: &str) -> bool {
    let mut chars = before.chars();
    matches!((chars.next(), chars.next()), (Some(c), None) if c.is_uppercase())
}

/// Where a word ends in "n't" (both apostrophes), the byte position where it starts.
fn nt_split(w: &str) -> Option<usize> {
    // Compared in place, ASCII case folded (this runs on every word: a lowercased
    // copy of each was most of the text stage's allocations).
    for apo in ["n't", "n\u{2019}t"] {
        if w.len() > apo.len()
            && w.as_bytes()[w.len() - apo.len()..].eq_ignore_ascii_case(apo.as_bytes())
        {
            return Some(w.len() - apo.len());
        }
    }
    None
}

/// After "U" in "U.S.", is the rest "S." followed by a non-letter: an initialism step.
fn is_initialism_step(rest: &str) -> bool {
    let mut chars = rest.chars();
    match (chars.next(), chars.next()) {
        (Some(a), Some('.')) if a.is_alphabetic() => true,
        (Some(a), Some(b)) if a.is_alphabetic() && b.is_alphabetic() => {
            // "p.m" handled by the one-letter rule; "Ph.D." two letters then period
            matches!(chars.next(), Some('.')) && rest.len() <= 4
        }
        _ => false,
    }
}

/// Maps byte offsets to code-point offsets for one text.
pub struct CharIndex {
    /// For ASCII-only text, no table is needed.
    table: Option<Vec<u32>>,
}

impl CharIndex {
    pub fn new(text: &str) -> CharIndex {
        if text.is_ascii() {
            return CharIndex { table: None };
        }
        // Every byte of a character gets that character's index: the number of characters
        // starting before it, i.e. of the non-continuation bytes before the character's first.
        // (Extended from an iterator of known length: a `push` a byte tested the
        // capacity each time.)
        let mut table = Vec::with_capacity(text.len() + 1);
        let mut count = 0u32;
        table.extend(text.as_bytes().iter().enumerate().map(|(b, &byte)| {
            count += u32::from(b > 0 && (byte & 0xC0) != 0x80);
            count
        }));
        // The text is not empty (an ASCII one returned above): its characters number count + 1.
        table.push(count + 1);
        CharIndex { table: Some(table) }
    }

    /// Code-point offset of byte offset `b` (which should be a char boundary).
    pub fn chars(&self, b: usize) -> usize {
        match &self.table {
            None => b,
            Some(t) => t[b.min(t.len() - 1)] as usize,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_token_keeps_the_key_of_its_normalised_form() {
        let t = tokenize("The U.S. didn't say «café» — Kyiv's 1,500 troops, A. B. O'Brien.");
        assert_eq!(t.keys.len(), t.len());
        for i in 0..t.len() {
            assert_eq!(t.key(i), WordKey::of(t.norm(i)), "{:?}", t.norm(i));
        }
    }

    fn words(text: &str) -> Vec<String> {
        let t = tokenize(text);
        (0..t.len())
            .map(|i| text[t.get(i).range()].to_string())
            .collect()
    }

    #[test]
    fn splits_clitics_and_keeps_abbreviations() {
        assert_eq!(
            words("Russia’s U.S. ally didn't sign O'Brien's 1,500-page deal."),
            vec![
                "Russia",
                "’s",
                "U.S.",
                "ally",
                "did",
                "n't",
                "sign",
                "O'Brien",
                "'s",
                "1,500-page",
                "deal",
                "."
            ]
        );
    }

    #[test]
    fn keeps_hyphenated_names_and_splits_quotes() {
        assert_eq!(
            words("lawmaker Lee Seong-kweun said “unconditional support” on Feb. 13, 2024."),
            vec![
                "lawmaker",
                "Lee",
                "Seong-kweun",
                "said",
                "“",
                "unconditional",
                "support",
                "”",
                "on",
                "Feb.",
                "13",
                ",",
                "2024",
                "."
            ]
        );
    }

    #[test]
    fn normalises_curly_forms_and_case() {
        let text = "Russia’s “Drone” strike—ＮＡＴＯ";
        let t = tokenize(text);
        let norms: Vec<&str> = (0..t.len()).map(|i| t.norm(i)).collect();
        assert_eq!(
            norms,
            vec!["russia", "'s", "\"", "drone", "\"", "strike", "-", "nato"]
        );
        assert!(t.get(0).capitalized);
        assert!(t.get(7).all_caps);
    }

    #[test]
    fn folds_accents_of_lowercase_words_only() {
        let text = "Bogotá summoned the chargé d’affaires after the coup d'état communiqué";
        let t = tokenize(text);
        let norms: Vec<&str> = (0..t.len()).map(|i| t.norm(i)).collect();
        assert_eq!(
            norms,
            vec![
                "bogotá",
                "summoned",
                "the",
                "charge",
                "d'affaires",
                "after",
                "the",
                "coup",
                "d'etat",
                "communique"
            ]
        );
    }

    #[test]
    fn marks_the_tokens_after_a_line_break() {
        let text = "A b\nC\r\nd\u{2029}e didn't\n\n«f»  g";
        let (t, breaks) = tokenize_marking_line_breaks(text);
        let marked: Vec<&str> = (0..t.len())
            .filter(|&i| breaks[i])
            .map(|i| &text[t.get(i).range()])
            .collect();
        assert_eq!(breaks.len(), t.len());
        assert_eq!(marked, vec!["C", "d", "e", "«"]);
    }

    #[test]
    fn scanned_words_keep_the_forms_and_counts_of_the_byte_pass() {
        let t = tokenize("NATO nato Nato U.S. 1,500 x_y Kyiv-based didn't DIDN'T ‘quoted’ `x");
        let forms: Vec<&str> = (0..t.len()).map(|i| t.norm(i)).collect();
        assert_eq!(
            forms,
            vec![
                "nato",
                "nato",
                "nato",
                "u.s.",
                "1,500",
                "x_y",
                "kyiv-based",
                "did",
                "n't",
                "did",
                "n't",
                "'",
                "quoted",
                "'",
                "'",
                "x"
            ]
        );
        let caps: Vec<(bool, bool)> = (0..4)
            .map(|i| (t.get(i).capitalized, t.get(i).all_caps))
            .collect();
        assert_eq!(
            caps,
            vec![(true, true), (false, false), (true, false), (true, true)]
        );
        assert!(t.get(9).all_caps && t.get(10).all_caps);
    }

    #[test]
    fn char_index_maps_bytes_to_code_points() {
        let text = "a“b”c";
        let idx = CharIndex::new(text);
        assert_eq!(idx.chars(0), 0);
        assert_eq!(idx.chars(1), 1);
        assert_eq!(idx.chars(4), 2);
        assert_eq!(idx.chars(text.len()), 5);
    }

    #[test]
    fn char_index_matches_char_indices_on_mixed_widths() {
        for text in ["é", "aé“x”€𝄞z", "𝄞", "Zürich – Genève, ‘quoted’ 東京 x"]
        {
            let idx = CharIndex::new(text);
            for (n, (b, c)) in text.char_indices().enumerate() {
                for k in b..b + c.len_utf8() {
                    assert_eq!(idx.chars(k), n, "{text:?} byte {k}");
                }
            }
            assert_eq!(idx.chars(text.len()), text.chars().count(), "{text:?}");
        }
    }
}

#[cfg(test)]
mod hyphen_tests {
    use super::*;

    #[test]
    fn hyphen_between_names_splits() {
        let text = "DPRK-Russia ties and Shangri-La talks, Seong-kweun";
        let t = tokenize(text);
        let w: Vec<&str> = (0..t.len()).map(|i| &text[t.get(i).range()]).collect();
        assert_eq!(
            w,
            vec![
                "DPRK",
                "-",
                "Russia",
                "ties",
                "and",
                "Shangri",
                "-",
                "La",
                "talks",
                ",",
                "Seong-kweun"
            ]
        );
    }
}

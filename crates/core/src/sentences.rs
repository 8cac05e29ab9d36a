//! Part of stage `text`, `sentences`: sentence and paragraph boundaries over the tokens.
//!
//! News prose breaks naive splitters: "U.S. officials", "Gen. Smith", "Feb. 13",
//! "7 p.m. Tuesday", quotes that close after the period (`.”`), headline-style subheads
//! with no final punctuation, and "What you should know" boxes. Rules:
//! - a line break ends a sentence (paragraphs never run together);
//! - `.`, `!`, `?`, `...` end a sentence when the next token starts one (capitalised
//!   word, digit, opening quote or bracket); closing quotes and brackets after the
//!   terminator belong to the sentence that ends;
//! - a word that carries its own period ("U.S.", "Gen.") ends a sentence only when it
//!   is not a title and the next word is a typical sentence opener;
//! - a subheading glued to the next sentence ("... the region. Recent attacks Since the
//!   beginning of the year, ..."): a short run of words with no punctuation after a
//!   sentence end, followed by a capitalised sentence opener after a lowercase word
//!   (words.txt `[subheading-breakers]`), is a heading of its own;
//! - a paragraph without final punctuation, short and in title case, is a heading;
//!   the paragraphs after a "What you should know"-style heading are a summary box.

use crate::abbrev::is_title_abbreviation;
use crate::doc::{Sentence, SentenceKind, TokenKind, Tokens};
use crate::words::{OPENERS, SUBHEADING_BREAKERS};

fn is_closer(s: &str) -> bool {
    matches!(s, "\"" | "'" | ")" | "]" | "}")
}

fn is_opener_punct(s: &str) -> bool {
    matches!(s, "\"" | "'" | "(" | "[" | "-")
}

/// Split the tokens of `text` into sentences; `line_break_before[i]` says whether a line
/// break lies between token `i` and the one before
/// (`text::tokenize_marking_line_breaks`).
pub fn split(text: &str, tokens: &Tokens, line_break_before: &[bool]) -> Vec<Sentence> {
    let n = tokens.len();
    let mut out = Vec::with_capacity(n / 20 + 1);
    if n == 0 {
        return out;
    }
    let mut paragraph = 0usize;
    let mut first = 0usize;
    let mut i = 0usize;
    // Whether a line break lies between token `b` and the one before, `a`.
    let newline_between = |a: usize, b: usize| -> bool {
        debug_assert_eq!(a + 1, b);
        line_break_before[b]
    };
    let mut para_of_first = 0usize;
    while i < n {
        let mut end_here = false;
        let mut new_paragraph = false;
        let mut subheading = false;
        let norm = tokens.norm(i);
        let tok = tokens.get(i);
        if i + 1 < n && newline_between(i, i + 1) {
            end_here = true;
            new_paragraph = true;
        } else if tok.kind == TokenKind::Punct && matches!(norm, "." | "!" | "?" | "...") {
            // Swallow closing quotes/brackets.
            let mut j = i + 1;
            while j < n && is_closer(tokens.norm(j)) && !tokens.get(j).space_before {
                j += 1;
            }
            // A closing quote after a space can still close (“... end. ” rare); ignore.
            if j >= n {
                i = n - 1;
                end_here = true;
            } else if starts_sentence(tokens, j) || newline_between(j - 1, j) {
                i = j - 1;
                end_here = true;
                if newline_between(i, j) {
                    new_paragraph = true;
                }
            }
        } else if tok.kind == TokenKind::Word
            && norm.ends_with('.')
            && norm.len() > 1
            && i + 1 < n
            && !is_title_abbreviation(norm)
        {
            // "U.S." at a sentence end: split only before a typical opener.
            let next = tokens.norm(i + 1);
            if tokens.get(i + 1).capitalized && OPENERS.contains(next) {
                end_here = true;
            }
            // A lone capital after a lowercase word is a name ending a sentence ("posted on
            // X. Militants attacked ..."), not an initial ("John F. Kennedy").
            let lone_letter = norm.len() == 2 && norm.as_bytes()[0].is_ascii_alphabetic();
            let after_lowercase = i > 0 && {
                let prev = tokens.get(i - 1);
                prev.kind == TokenKind::Word && !prev.capitalized
            };
            if lone_letter
                && after_lowercase
                && tokens.get(i + 1).capitalized
                && tokens.get(i + 1).space_before
            {
                end_here = true;
            }
        }
        if !end_here && glued_subheading(tokens, first, i) {
            end_here = true;
            subheading = true;
        }
        if end_here || i + 1 == n {
            out.push(Sentence {
                first,
                last: i + 1,
                start: tokens.get(first).start as usize,
                end: tokens.get(i).end as usize,
                kind: if subheading {
                    SentenceKind::Heading
                } else {
                    SentenceKind::Body
                },
                paragraph: para_of_first,
            });
            first = i + 1;
            if new_paragraph {
                paragraph += 1;
            }
            para_of_first = paragraph;
        }
        i += 1;
    }
    classify_paragraphs(text, tokens, &mut out);
    out
}

/// Is `first..=i` a subheading glued to the sentence after it: at most
/// `SUBHEADING_WORDS` words, the first capitalised, none of them punctuation or a number,
/// the last lowercase (or the only word), and the next word a capitalised opener of a
/// sentence ("Recent attacks Since the beginning ...", "The court In immigration court")?
/// A capitalised opener inside running prose follows a lowercase word only at such a seam.
fn glued_subheading(tokens: &Tokens, first: usize, i: usize) -> bool {
    const SUBHEADING_WORDS: usize = 7;
    let next = i + 1;
    if next >= tokens.len() || i + 1 - first > SUBHEADING_WORDS {
        return false;
    }
    let t = tokens.get(next);
    if t.kind != TokenKind::Word || !t.capitalized || !t.space_before {
        return false;
    }
    let last = tokens.get(i);
    if last.capitalized && i > first {
        return false;
    }
    tokens.get(first).capitalized
        && (first..=i).all(|k| tokens.get(k).kind == TokenKind::Word)
        && SUBHEADING_BREAKERS.contains(tokens.norm(next))
}

fn starts_sentence(tokens: &Tokens, j: usize) -> bool {
    let t = tokens.get(j);
    if !t.space_before {
        return false;
    }
    match t.kind {
        TokenKind::Word => t.capitalized,
        TokenKind::Number => true,
        TokenKind::Punct => is_opener_punct(tokens.norm(j)),
    }
}

/// Mark headings and summary boxes, paragraph by paragraph.
fn classify_paragraphs(text: &str, tokens: &Tokens, sentences: &mut [Sentence]) {
    let mut in_summary = false;
    let mut idx = 0;
    while idx < sentences.len() {
        let para = sentences[idx].paragraph;
        let mut end = idx;
        while end < sentences.len() && sentences[end].paragraph == para {
            end += 1;
        }
        // A heading heads something: a document that is one line (a headline given alone,
        // a wire flash) is read as the statement it is.
        let heading =
            end - idx == 1 && sentences.len() > 1 && is_heading(text, tokens, &sentences[idx]);
        if heading {
            sentences[idx].kind = SentenceKind::Heading;
            in_summary = is_summary_heading(tokens, &sentences[idx]);
        } else if in_summary {
            for s in &mut sentences[idx..end] {
                s.kind = SentenceKind::Summary;
            }
        }
        idx = end;
    }
}

fn is_heading(_text: &str, tokens: &Tokens, s: &Sentence) -> bool {
    let count = s.last - s.first;
    if count == 0 || count > 16 {
        return false;
    }
    let last = tokens.norm(s.last - 1);
    if matches!(last, "." | "!" | "?" | "\"" | "'" | "...") || last.ends_with('.') && count > 1 {
        return false;
    }
    // Title case: most content words capitalised, or a short ":"-ended label.
    let mut words = 0;
    let mut caps = 0;
    for i in s.tokens() {
        let t = tokens.get(i);
        if t.kind != TokenKind::Word {
            continue;
        }
        words += 1;
        if t.capitalized || is_minor_word(tokens.norm(i)) {
            caps += 1;
        }
    }
    words > 0 && (caps * 10 >= words * 8 || words <= 5)
}

fn is_minor_word(w: &str) -> bool {
    matches!(
        w,
        "a" | "an"
            | "the"
            | "and"
            | "or"
            | "but"
            | "of"
            | "in"
            | "on"
            | "at"
            | "to"
            | "for"
            | "from"
            | "by"
            | "with"
            | "as"
            | "amid"
            | "over"
            | "after"
            | "vs"
            | "is"
            | "are"
            | "'s"
            | "you"
            | "should"
            | "know"
    )
}

fn is_summary_heading(tokens: &Tokens, s: &Sentence) -> bool {
    let mut words = String::new();
    for i in s.tokens() {
        words.push_str(tokens.norm(i));
        words.push(' ');
    }
    let w = words.trim_end();
    w.contains("what you should know")
        || w.contains("what you need to know")
        || w.contains("key takeaways")
        || w.starts_with("key points")
        || w.starts_with("at a glance")
        || w.starts_with("in brief")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize_marking_line_breaks;

    fn sentences(text: &str) -> Vec<(String, SentenceKind)> {
        let (t, line_breaks) = tokenize_marking_line_breaks(text);
        split(text, &t, &line_breaks)
            .iter()
            .map(|s| (text[s.start..s.end].to_string(), s.kind))
            .collect()
    }

    #[test]
    fn survives_abbreviations_and_dates() {
        let s =
            sentences("U.S. officials met Gen. Smith on Feb. 13 at 7 p.m. in Washington. He left.");
        assert_eq!(s.len(), 2, "{s:?}");
        assert!(s[0].0.ends_with("Washington."));
    }

    #[test]
    fn a_lone_capital_after_a_lowercase_word_ends_a_sentence() {
        let s = sentences("He posted it on X. Militants attacked a train. John F. Kennedy spoke.");
        assert_eq!(s.len(), 3, "{s:?}");
        assert_eq!(s[0].0, "He posted it on X.");
        assert_eq!(s[2].0, "John F. Kennedy spoke.");
    }

    #[test]
    fn closing_quote_stays_with_its_sentence() {
        let s = sentences("“We will win. Victory is near,” he said. Then he left.");
        assert_eq!(s.len(), 3, "{s:?}");
        assert_eq!(s[1].0, "Victory is near,” he said.");
    }

    #[test]
    fn splits_after_us_before_an_opener() {
        let s = sentences("Sanctions were imposed by the U.S. The move angered Beijing.");
        assert_eq!(s.len(), 2, "{s:?}");
    }

    #[test]
    fn a_subheading_glued_to_the_next_sentence_is_a_heading() {
        let s = sentences(
            "The group denied it. Recent attacks Since January, the BLA has claimed 20 \
             attacks. The court In immigration court, he lost. Trump also attacked The \
             Wall Street Journal. It met in The Hague.",
        );
        let got: Vec<(&str, SentenceKind)> = s.iter().map(|(t, k)| (t.as_str(), *k)).collect();
        assert_eq!(
            got,
            vec![
                ("The group denied it.", SentenceKind::Body),
                ("Recent attacks", SentenceKind::Heading),
                (
                    "Since January, the BLA has claimed 20 attacks.",
                    SentenceKind::Body
                ),
                ("The court", SentenceKind::Heading),
                ("In immigration court, he lost.", SentenceKind::Body),
                (
                    "Trump also attacked The Wall Street Journal.",
                    SentenceKind::Body
                ),
                ("It met in The Hague.", SentenceKind::Body),
            ]
        );
    }

    #[test]
    fn headings_and_summary_boxes() {
        let text = "Russia attacked Ukraine.\nGrowing Military Collaboration\nKyiv said so.\nWhat you should know\nRussia attacked Ukraine.";
        let s = sentences(text);
        let kinds: Vec<SentenceKind> = s.iter().map(|x| x.1).collect();
        assert_eq!(
            kinds,
            vec![
                SentenceKind::Body,
                SentenceKind::Heading,
                SentenceKind::Body,
                SentenceKind::Heading,
                SentenceKind::Summary
            ]
        );
    }
}

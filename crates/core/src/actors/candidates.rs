//! The tokens each actor pass can act on, found in one walk over the document (issue #10,
//! session 29). Most passes of `recognize` start at a few kinds of token only: a "the", a
//! capitalised word, a word of one list, a pronoun. Each used to walk every token and ask
//! its own questions of each; they now visit only the positions listed here, in token
//! order, and ask their remaining questions (coverage, which changes from pass to pass,
//! and everything after) as before, so what they find is unchanged.
//!
//! Every list holds only what is fixed once the dictionary matches are known: the tokens,
//! their normal forms and the role nouns (`Doc::role_at`), never the pass-by-pass coverage.

use crate::doc::{Doc, TokenKind, NONE};
use crate::words::{COMPASS_DESCRIPTIONS, COUNTERPART_DESCRIPTIONS, MEMBER_NOUNS, PERSON_PRONOUNS};
use sitrep_lexicon::{WordKey, WordList};

/// Token positions, ascending, per kind of token a pass starts from.
#[derive(Debug, Default, PartialEq, Eq)]
pub(super) struct Candidates {
    /// Role nouns (`Doc::role_at`).
    pub(super) roles: Vec<u32>,
    /// "the".
    pub(super) the: Vec<u32>,
    /// Plausible parts of a personal name (`super::name_token`).
    pub(super) name_tokens: Vec<u32>,
    /// Capitalised words (the gazetteer's place-name words).
    pub(super) capitalized_words: Vec<u32>,
    /// Capitalised tokens, "it", "its", "they", "them", the first token of each sentence
    /// and personal pronouns (words.txt `[person-pronouns]`): the only tokens
    /// `surnames_and_pronouns` acts on.
    pub(super) surnames_and_pronouns: Vec<u32>,
    /// Nouns of membership (words.txt `[member-nouns]`).
    pub(super) member_nouns: Vec<u32>,
    /// Descriptions of another state (words.txt `[counterpart-descriptions]`) after "its" or
    /// "the" of the same sentence.
    pub(super) counterparts: Vec<u32>,
    /// Capitalised compass words (words.txt `[compass-descriptions]`) after "the".
    pub(super) compass_words: Vec<u32>,
}

impl Candidates {
    /// The candidates of `doc`, whose `role_at` is set.
    pub(super) fn of(doc: &Doc) -> Candidates {
        // Each list dereferenced once, not once a token.
        let member_nouns: &WordList = &MEMBER_NOUNS;
        let person_pronouns: &WordList = &PERSON_PRONOUNS;
        let counterparts: &WordList = &COUNTERPART_DESCRIPTIONS;
        let compass: &WordList = &COMPASS_DESCRIPTIONS;
        let n = doc.tokens.len();
        let mut c = Candidates::default();
        // The tokens that open their sentence (`doc.sentences[doc.sentence_of[t]].first ==
        // t`), ascending, passed with one cursor rather than a sentence looked up per token.
        let mut firsts: Vec<usize> = (doc.sentences.iter().enumerate())
            .filter(|&(i, s)| s.first < n && doc.sentence_of[s.first] as usize == i)
            .map(|(_, s)| s.first)
            .collect();
        firsts.sort_unstable();
        let mut firsts = firsts.into_iter().chain([usize::MAX]);
        let mut next_first = firsts.next().unwrap_or(usize::MAX);
        // A word of up to four bytes is its key (`WordKey::of` keeps the length and the
        // first and last two bytes), so these comparisons are of keys, not of strings.
        let [the_key, its_key, it_key, they_key, them_key] =
            ["the", "its", "it", "they", "them"].map(WordKey::of);
        // The token before: "the", "its", and its sentence.
        let (mut after_the, mut after_its, mut before_sentence) = (false, false, u32::MAX);
        let per_token = (doc.tokens.tokens.iter())
            .zip(&doc.tokens.keys)
            .zip(doc.sentence_of.iter().zip(&doc.role_at));
        for (t, ((tok, &key), (&sentence, &role))) in per_token.enumerate() {
            let at = t as u32;
            let first = t == next_first;
            if first {
                next_first = firsts.next().unwrap_or(usize::MAX);
            }
            if role != NONE {
                c.roles.push(at);
            }
            let the = key == the_key;
            if the {
                c.the.push(at);
            }
            let w = doc.norm(t);
            if tok.capitalized {
                if tok.kind == TokenKind::Word {
                    c.capitalized_words.push(at);
                    if super::name_token(doc, t) {
                        c.name_tokens.push(at);
                    }
                }
                if after_the && compass.contains_keyed(w, key) {
                    c.compass_words.push(at);
                }
                c.surnames_and_pronouns.push(at);
            } else if first
                || key == it_key
                || key == its_key
                || key == they_key
                || key == them_key
                || person_pronouns.contains_keyed(w, key)
            {
                c.surnames_and_pronouns.push(at);
            }
            if member_nouns.contains_keyed(w, key) {
                c.member_nouns.push(at);
            }
            if (after_the || after_its)
                && before_sentence == sentence
                && counterparts.contains_keyed(w, key)
            {
                c.counterparts.push(at);
            }
            (after_the, after_its, before_sentence) = (the, key == its_key, sentence);
        }
        c
    }
}

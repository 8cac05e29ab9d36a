//! Word lists (`data/words.txt`): the closed-class and function words the pipeline
//! stages read (locative prepositions, auxiliaries, clause breaks, name particles, ...),
//! one list each, documented in the file. Parsed once on first use.

use crate::prefilter::{ListFilter, WordKey};
use crate::{LexiconError, LexiconErrors};
use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::OnceLock;

const WORDS_SRC: &str = include_str!("../data/words.txt");

/// One word list: a set of lowercase words or phrases.
#[derive(Debug, Default, Clone)]
pub struct WordList {
    words: FxHashSet<Box<str>>,
    /// The last word of every entry of two or more words, so that a phrase ending in
    /// another word is refused without joining its words.
    phrase_ends: FxHashSet<Box<str>>,
    /// Prefilters of `words` and `phrase_ends`: most words asked about are on no list.
    word_filter: ListFilter,
    end_filter: ListFilter,
}

impl WordList {
    /// Whether `w` (lowercase, as the normalised token text) is on the list.
    #[inline]
    pub fn contains(&self, w: &str) -> bool {
        self.word_filter.may_contain(w) && self.words.contains(w)
    }

    /// [`WordList::contains`] of a word whose key the caller keeps (`key` is
    /// `WordKey::of(w)`): the same answer without working the key out again.
    #[inline]
    pub fn contains_keyed(&self, w: &str, key: WordKey) -> bool {
        debug_assert_eq!(key, WordKey::of(w), "{w:?}");
        self.word_filter.may_contain_key(key) && self.words.contains(w)
    }

    /// Adds an entry (a word, or words joined by single spaces).
    fn insert(&mut self, entry: &str) {
        if let Some((_, last)) = entry.rsplit_once(' ') {
            self.end_filter.insert(last);
            self.phrase_ends.insert(last.into());
        }
        self.word_filter.insert(entry);
        self.words.insert(entry.into());
    }

    /// Whether `w` ends a phrase entry of two or more words.
    #[inline]
    fn ends_a_phrase(&self, w: &str) -> bool {
        self.end_filter.may_contain(w) && self.phrase_ends.contains(w)
    }

    /// [`WordList::ends_a_phrase`] of a word whose key the caller keeps.
    #[inline]
    fn ends_a_phrase_keyed(&self, w: &str, key: WordKey) -> bool {
        debug_assert_eq!(key, WordKey::of(w), "{w:?}");
        self.end_filter.may_contain_key(key) && self.phrase_ends.contains(w)
    }

    /// Whether the words of `phrase` (lowercase tokens), joined by single spaces, are an
    /// entry on the list. Words are joined only when the last one ends some entry, so a
    /// scan asking at every token allocates almost never.
    pub fn contains_phrase(&self, phrase: &[&str]) -> bool {
        match phrase {
            [] => false,
            [w] => self.contains(w),
            [.., last] => self.ends_a_phrase(last) && self.contains(&phrase.join(" ")),
        }
    }

    /// [`WordList::contains_phrase`] of words whose keys the caller keeps (`keys[k]` is
    /// the key of `phrase[k]`; only the last word's is read).
    pub fn contains_phrase_keyed(&self, phrase: &[&str], keys: &[WordKey]) -> bool {
        debug_assert_eq!(phrase.len(), keys.len());
        match (phrase, keys.last()) {
            ([], _) | (_, None) => false,
            ([w], Some(&key)) => self.contains_keyed(w, key),
            ([.., last], Some(&key)) => {
                self.ends_a_phrase_keyed(last, key) && self.contains(&phrase.join(" "))
            }
        }
    }

    /// Whether the word at `k` of `words`, alone or with the word after it, is an entry
    /// ("shelling", "air strike").
    pub fn entry_at(&self, words: &[&str], k: usize) -> bool {
        self.contains(words[k]) || (k + 1 < words.len() && self.contains_phrase(&words[k..k + 2]))
    }

    /// Whether `w` is an entry of one word or the last word of a longer one: every
    /// occurrence of an entry in a text ends in such a word, so a text with none holds no
    /// entry (a cheap test before work that only an entry could make worth doing).
    pub fn ends_an_entry(&self, w: &str) -> bool {
        self.contains(w) || self.ends_a_phrase(w)
    }

    /// [`WordList::ends_an_entry`] of a word whose key the caller keeps.
    #[inline]
    pub fn ends_an_entry_keyed(&self, w: &str, key: WordKey) -> bool {
        self.contains_keyed(w, key) || self.ends_a_phrase_keyed(w, key)
    }

    /// Whether any word of `words`, alone or with the word after it, is an entry.
    pub fn named_in(&self, words: &[&str]) -> bool {
        (0..words.len()).any(|k| self.entry_at(words, k))
    }

    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// The entries, in no particular order (for the few lists whose entries are records of
    /// several words, read once).
    pub fn entries(&self) -> impl Iterator<Item = &str> {
        self.words.iter().map(|w| &**w)
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }
}

/// All word lists of a file, by name.
#[derive(Debug, Default)]
pub struct WordLists {
    lists: FxHashMap<Box<str>, WordList>,
}

impl WordLists {
    /// The built-in lists (`data/words.txt`).
    pub fn builtin() -> &'static WordLists {
        static LISTS: OnceLock<WordLists> = OnceLock::new();
        LISTS.get_or_init(|| {
            WordLists::from_source("words.txt", WORDS_SRC)
                .unwrap_or_else(|e| panic!("built-in word lists are invalid: {e}"))
        })
    }

    /// Parse lists in the `words.txt` format. Errors: every bad line (an entry before any
    /// list is reported once).
    pub fn from_source(name: &str, src: &str) -> Result<WordLists, LexiconErrors> {
        let mut lists = WordLists::default();
        let mut errors = LexiconErrors::default();
        // None: no header yet; Some(None): a list defined twice, its entries skipped.
        let mut current: Option<Option<Box<str>>> = None;
        for (n, raw) in src.lines().enumerate() {
            let line = raw.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let mut report = |message: String| errors.push(LexiconError::new(name, n + 1, message));
            if let Some(list) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                if lists.lists.contains_key(list) {
                    report(format!("list [{list}] defined twice"));
                    current = Some(None);
                } else {
                    lists.lists.insert(list.into(), WordList::default());
                    current = Some(Some(list.into()));
                }
                continue;
            }
            let list = match &current {
                Some(Some(list)) => list,
                Some(None) => continue,
                None => {
                    report("entry before any [list]".into());
                    current = Some(None);
                    continue;
                }
            };
            if line.chars().any(|c| c.is_uppercase()) {
                report(format!("entries are lowercase: {line:?}"));
                continue;
            }
            if let Some(l) = lists.lists.get_mut(list) {
                l.insert(line);
            }
        }
        errors.or_ok(|| lists)
    }

    /// The list with this name.
    pub fn get(&self, list: &str) -> Option<&WordList> {
        self.lists.get(list)
    }
}

/// Is `w` (lowercase) the name of a month? ("may" is, though it is mostly the modal verb:
/// callers that read running text decide.)
pub fn is_month_name(w: &str) -> bool {
    matches!(
        w,
        "january"
            | "february"
            | "march"
            | "april"
            | "may"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
    )
}

/// Is `w` (lowercase) the name of a day of the week?
pub fn is_weekday_name(w: &str) -> bool {
    matches!(
        w,
        "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_entry_ends_in_a_word_that_ends_an_entry() {
        let l =
            WordLists::from_source("w.txt", "[a]\nannually\nevery year\ntwice a year\n").unwrap();
        let a = l.get("a").unwrap();
        // The last word of each entry, one word or several.
        assert!(a.ends_an_entry("annually"));
        assert!(a.ends_an_entry("year"));
        // A first or middle word ends none: a text made of them alone holds no entry.
        assert!(!a.ends_an_entry("every"));
        assert!(!a.ends_an_entry("twice"));
        assert!(!a.ends_an_entry("a"));
        assert!(!a.ends_an_entry("month"));
    }

    #[test]
    fn phrases_are_looked_up_word_by_word() {
        let l =
            WordLists::from_source("w.txt", "[a]\nannually\nevery year\ntwice a year\n").unwrap();
        let a = l.get("a").unwrap();
        assert!(a.contains_phrase(&["annually"]));
        assert!(a.contains_phrase(&["every", "year"]));
        assert!(a.contains_phrase(&["twice", "a", "year"]));
        assert!(!a.contains_phrase(&["every", "month"]));
        assert!(!a.contains_phrase(&["once", "a", "year"]));
        assert!(!a.contains_phrase(&[]));
    }

    #[test]
    fn lists_parse_with_errors_located() {
        let l = WordLists::from_source("w.txt", "# c\n[a]\nx\ny z\n[b]\nq\n").unwrap();
        assert!(l.get("a").unwrap().contains("y z"));
        assert!(!l.get("a").unwrap().contains("q"));
        assert_eq!(l.get("b").unwrap().len(), 1);
        let e = WordLists::from_source("w.txt", "[a]\nx\n[a]\n").unwrap_err();
        assert_eq!(e.first().line, 3);
        let e = WordLists::from_source("w.txt", "x\n").unwrap_err();
        assert_eq!(e.first().line, 1);
        assert!(WordLists::from_source("w.txt", "[a]\nUpper\n").is_err());
        // All of them at once; an entry before any list is reported once.
        let e = WordLists::from_source("w.txt", "x\ny\n[a]\nUpper\nok\n[a]\nz\n").unwrap_err();
        let lines: Vec<usize> = e.errors().iter().map(|e| e.line).collect();
        assert_eq!(lines, [1, 4, 6], "{e}");
    }

    #[test]
    fn the_prefilter_passes_every_entry_and_refuses_most_other_words() {
        // Every entry and phrase end of every built-in list passes its filters (a filter
        // never refuses a member), and the lists still answer as their sets do.
        let all = WordLists::builtin();
        let mut refused = 0;
        let mut asked = 0;
        for list in all.lists.values() {
            for w in &list.words {
                assert!(list.word_filter.may_contain(w), "{w:?}");
                assert!(list.contains(w));
            }
            for w in &list.phrase_ends {
                assert!(list.end_filter.may_contain(w), "{w:?}");
                assert!(list.ends_an_entry(w));
            }
            for w in [
                "the",
                "said",
                "a",
                "",
                "x",
                "government",
                "é",
                "co-operation",
            ] {
                asked += 1;
                refused += usize::from(!list.word_filter.may_contain(w));
                assert_eq!(list.contains(w), list.words.contains(w), "{w:?}");
                assert_eq!(
                    list.ends_an_entry(w),
                    list.words.contains(w) || list.phrase_ends.contains(w)
                );
            }
        }
        assert!(refused * 10 > asked * 8, "{refused} of {asked} refused");
    }

    #[test]
    fn the_keyed_lookups_answer_as_the_plain_ones() {
        // A caller that keeps a token's key gets the same answer without working it out:
        // over every list, its entries, their words and some other words.
        let all = WordLists::builtin();
        let mut words: Vec<&str> = vec!["the", "said", "a", "", "x", "é", "co-operation"];
        for list in all.lists.values() {
            for e in list.words.iter().chain(&list.phrase_ends) {
                words.push(e);
                words.extend(e.split(' '));
            }
        }
        for list in all.lists.values() {
            for &w in &words {
                let key = WordKey::of(w);
                assert_eq!(list.contains_keyed(w, key), list.contains(w), "{w:?}");
                assert_eq!(
                    list.ends_an_entry_keyed(w, key),
                    list.ends_an_entry(w),
                    "{w:?}"
                );
                let phrase: Vec<&str> = w.split(' ').collect();
                let keys: Vec<WordKey> = phrase.iter().map(|p| WordKey::of(p)).collect();
                assert_eq!(
                    list.contains_phrase_keyed(&phrase, &keys),
                    list.contains_phrase(&phrase),
                    "{w:?}"
                );
            }
        }
        assert!(!all
            .lists
            .values()
            .next()
            .unwrap()
            .contains_phrase_keyed(&[], &[]));
    }

    #[test]
    fn builtin_lists_load() {
        assert!(WordLists::builtin()
            .get("locative")
            .is_some_and(|l| l.contains("in")));
    }
}

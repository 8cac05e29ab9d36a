//! Located errors for sitrep's data-file loaders.
//!
//! Every loader of a knowledge file (the actor dictionaries in `sitrep-actors`; the event
//! patterns, cues, frames, word lists and ontology in `sitrep-lexicon`; the pipeline builder
//! in `sitrep-core`, which loads them all) reads on past a bad line and reports every problem
//! at once, each with its file and line, so a user fixing a file sees them all. They share
//! these two types; each crate names them for its own domain (`DictionaryError`,
//! `LexiconError`, `BuildError`).

use std::fmt;

/// One problem in a data file: the file name as given to the loader, the 1-based line (0
/// when the problem concerns the whole file, such as a file that cannot be read) and what
/// is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineError {
    pub file: String,
    pub line: usize,
    pub message: String,
}

impl LineError {
    pub fn new(file: &str, line: usize, message: impl Into<String>) -> Self {
        LineError {
            file: file.to_string(),
            line,
            message: message.into(),
        }
    }
}

/// `file:line: message`, or `file: message` for the whole file.
impl fmt::Display for LineError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            write!(f, "{}: {}", self.file, self.message)
        } else {
            write!(f, "{}:{}: {}", self.file, self.line, self.message)
        }
    }
}

impl std::error::Error for LineError {}

/// Every problem found in one or more files, in the order found (file, then line). The first
/// [`LineErrors::MAX_LISTED`] are kept; the rest are only counted (a file in the wrong
/// format would otherwise give one error per line). A loader returns it only when it holds
/// at least one problem.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LineErrors {
    listed: Vec<LineError>,
    unlisted: usize,
}

impl LineErrors {
    /// How many problems are kept with their location.
    pub const MAX_LISTED: usize = 100;

    /// The problems kept, in order.
    pub fn errors(&self) -> &[LineError] {
        &self.listed
    }

    /// How many further problems were found and not kept.
    pub fn unlisted(&self) -> usize {
        self.unlisted
    }

    /// The first problem. Panics on an empty list, which no loader returns.
    pub fn first(&self) -> &LineError {
        &self.listed[0]
    }

    /// No problem found.
    pub fn is_empty(&self) -> bool {
        self.listed.is_empty() && self.unlisted == 0
    }

    /// Keeps `error`, or counts it once the list is full.
    pub fn push(&mut self, error: LineError) {
        if self.listed.len() < Self::MAX_LISTED {
            self.listed.push(error);
        } else {
            self.unlisted += 1;
        }
    }

    /// Appends the problems of a later file (or loader), and its count of those not kept.
    pub fn append(&mut self, other: LineErrors) {
        self.unlisted += other.unlisted;
        for e in other.listed {
            self.push(e);
        }
    }

    /// Orders the problems kept (a loader that finds them out of order, the actor
    /// dictionary's compile step after its parse, puts them back in file and line order).
    pub fn sort_by_key<K: Ord>(&mut self, key: impl FnMut(&LineError) -> K) {
        self.listed.sort_by_key(key);
    }

    /// The value of `result`, or `None` with its problems kept.
    pub fn keep<T, E: Into<LineErrors>>(&mut self, result: Result<T, E>) -> Option<T> {
        result.map_err(|e| self.append(e.into())).ok()
    }

    /// `Ok(value())` when nothing was found, else the problems.
    pub fn or_ok<T>(self, value: impl FnOnce() -> T) -> Result<T, LineErrors> {
        if self.is_empty() {
            Ok(value())
        } else {
            Err(self)
        }
    }
}

impl From<LineError> for LineErrors {
    fn from(e: LineError) -> Self {
        LineErrors {
            listed: vec![e],
            unlisted: 0,
        }
    }
}

/// One problem per line; a last line counts those not listed.
impl fmt::Display for LineErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, e) in self.listed.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{e}")?;
        }
        if self.unlisted > 0 {
            write!(f, "\n... and {} more errors", self.unlisted)?;
        }
        Ok(())
    }
}

impl std::error::Error for LineErrors {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_the_first_hundred_and_counts_the_rest() {
        let mut errors = LineErrors::default();
        for n in 1..=LineErrors::MAX_LISTED + 7 {
            errors.push(LineError::new("events.txt", n, "bad"));
        }
        assert_eq!(errors.errors().len(), LineErrors::MAX_LISTED);
        assert_eq!(errors.unlisted(), 7);
        let text = errors.to_string();
        assert!(text.starts_with("events.txt:1: bad\n"), "{text}");
        assert!(text.ends_with("\n... and 7 more errors"), "{text}");
    }

    #[test]
    fn appending_keeps_order_and_counts() {
        let mut a = LineErrors::from(LineError::new("a.txt", 3, "x"));
        let mut b = LineErrors::default();
        for n in 0..LineErrors::MAX_LISTED {
            b.push(LineError::new("b.txt", n + 1, "y"));
        }
        b.push(LineError::new("b.txt", 999, "counted"));
        a.append(b);
        assert_eq!(a.first().file, "a.txt");
        assert_eq!(a.errors().len(), LineErrors::MAX_LISTED);
        assert_eq!(a.unlisted(), 2);
    }

    #[test]
    fn keep_passes_values_and_collects_problems() {
        let mut errors = LineErrors::default();
        assert_eq!(errors.keep(Ok::<_, LineError>(5)), Some(5));
        assert!(errors.is_empty());
        assert_eq!(
            errors.keep(Err::<u8, _>(LineError::new(
                "cues.txt",
                0,
                "cannot be read"
            ))),
            None
        );
        assert_eq!(errors.first().to_string(), "cues.txt: cannot be read");
        assert!(errors.or_ok(|| ()).is_err());
    }
}

//! `Pipeline::builder()`: a pipeline with a user's dictionaries besides (or instead of)
//! the built-in ones, loaded at run time.
//!
//! Sources are kept in the order they were given and compiled in `build()`: for actors a
//! later source extends and overrides an earlier one and the built-ins (same id: its
//! fields replace the built-in ones; same surface form: the later entry keeps it), for
//! event patterns and cues a later source wins ties. This is the only place in
//! `sitrep-core` that reads files (`dictionary_path`); analysing a document never does.
//!
//! # Dictionary files and directories
//!
//! `dictionary_path` takes a file or a directory in sitrep's own formats; a directory is
//! read recursively, in sorted path order, and only its `*.txt` files are read (a README
//! beside them is ignored). What a file holds is told by its name:
//!
//! | file name | format | same as the built-in |
//! |---|---|---|
//! | `events.txt`, `*.events.txt` | event patterns | `crates/lexicon/data/events.txt` |
//! | `cues.txt`, `*.cues.txt` | cue lists | `crates/lexicon/data/cues.txt` |
//! | any other | actor blocks | `crates/actors/data/*.txt` (kind from `@kind KIND` or the name: `people.txt`, `groups.txt`, ...) |

use std::path::{Path, PathBuf};

use sitrep_actors::{ActorDictionary, BUILTIN_SOURCES};
use sitrep_lexicon::{Cues, EventLexicon};

use crate::knowledge::{Knowledge, Shared};
use crate::pipeline::{Pipeline, DEFAULT_MAX_TEXT_BYTES};

/// One problem that keeps a pipeline from being built (a file that cannot be read, line 0,
/// or an entry that is wrong), and every problem of every source, in the order the sources
/// were given (actors, then event patterns, then cues) and by line within a file, so a user
/// fixing a dictionary sees them all at once; the first [`BuildErrors::MAX_LISTED`] are
/// kept, the rest counted. The actor and lexicon loaders report the same types
/// (`sitrep-diagnostics`), so their lists join without conversion.
pub use sitrep_diagnostics::{LineError as BuildError, LineErrors as BuildErrors};

/// The kinds of dictionary file a user can give.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DictionaryKind {
    /// Actor blocks (countries, organisations, people, roles, ...).
    Actors,
    /// Event patterns.
    Events,
    /// Cue lists.
    Cues,
}

impl DictionaryKind {
    /// What a file holds, told by its name (see the module docs).
    pub fn of_file(path: &Path) -> DictionaryKind {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().to_ascii_lowercase())
            .unwrap_or_default();
        let stem = name.strip_suffix(".txt").unwrap_or(&name);
        if stem == "events" || stem.ends_with(".events") {
            DictionaryKind::Events
        } else if stem == "cues" || stem.ends_with(".cues") {
            DictionaryKind::Cues
        } else {
            DictionaryKind::Actors
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            DictionaryKind::Actors => "actors",
            DictionaryKind::Events => "event patterns",
            DictionaryKind::Cues => "cues",
        }
    }
}

/// One source: a name (for messages and rules), what it holds, and its text.
#[derive(Debug, Clone)]
struct Source {
    kind: DictionaryKind,
    name: String,
    text: String,
}

#[derive(Debug, Clone)]
enum Step {
    Source(Source),
    Path(PathBuf),
}

impl Pipeline {
    /// A builder for a pipeline with a user's dictionaries (see [`PipelineBuilder`]).
    pub fn builder() -> PipelineBuilder {
        PipelineBuilder::default()
    }
}

/// Builds a [`Pipeline`] from the built-in knowledge and a user's sources. See the
/// module docs for the order and the file formats.
#[derive(Debug, Clone)]
pub struct PipelineBuilder {
    builtin_actors: bool,
    builtin_events: bool,
    steps: Vec<Step>,
    max_text_bytes: usize,
    /// An external coder that replaces the events stage's coding (see `external`).
    sentence_coder: Option<crate::external::CoderHandle>,
    /// The detector: `None` keeps the built-in one, `Some(None)` turns the backstop off.
    detector: Option<Option<crate::detector::Detector>>,
}

impl Default for PipelineBuilder {
    fn default() -> Self {
        PipelineBuilder {
            builtin_actors: true,
            builtin_events: true,
            steps: Vec::new(),
            max_text_bytes: DEFAULT_MAX_TEXT_BYTES,
            sentence_coder: None,
            detector: None,
        }
    }
}

impl PipelineBuilder {
    /// Replace the built-in sentence-level category detector (the coder's recall backstop,
    /// `data/detector.bin`) with these weights, or turn the backstop off (`None`).
    pub fn detector(mut self, detector: Option<crate::detector::Detector>) -> Self {
        self.detector = Some(detector);
        self
    }

    /// Start from the built-in actor dictionary (the default) or from an empty one.
    pub fn builtin_actors(mut self, yes: bool) -> Self {
        self.builtin_actors = yes;
        self
    }

    /// Start from the built-in event patterns (the default) or from none.
    pub fn builtin_events(mut self, yes: bool) -> Self {
        self.builtin_events = yes;
        self
    }

    /// Actor blocks (the `crates/actors/data` format); `name` is used in error messages
    /// and, like a file name, may tell the kind of its blocks (`people.txt`).
    pub fn actor_source(mut self, name: impl Into<String>, text: impl Into<String>) -> Self {
        self.push(DictionaryKind::Actors, name.into(), text.into());
        self
    }

    /// Event patterns (the `events.txt` format); `name` appears in each event's rule.
    pub fn event_source(mut self, name: impl Into<String>, text: impl Into<String>) -> Self {
        self.push(DictionaryKind::Events, name.into(), text.into());
        self
    }

    /// Cue lists (the `cues.txt` format).
    pub fn cue_source(mut self, name: impl Into<String>, text: impl Into<String>) -> Self {
        self.push(DictionaryKind::Cues, name.into(), text.into());
        self
    }

    /// A dictionary file or directory, read when the pipeline is built.
    pub fn dictionary_path(mut self, path: impl AsRef<Path>) -> Self {
        self.steps.push(Step::Path(path.as_ref().to_path_buf()));
        self
    }

    /// Documents longer than this (bytes of text) are refused with an error record.
    pub fn max_text_bytes(mut self, bytes: usize) -> Self {
        self.max_text_bytes = bytes;
        self
    }

    /// Code events with `coder` instead of sitrep's events stage (the TABARI-style
    /// pattern coder of `sitrep-tabari` for PETRARCH dictionaries). The other stages run
    /// as always; the record's events are the coder's, sentence by sentence.
    pub fn sentence_coder(mut self, coder: std::sync::Arc<dyn crate::SentenceCoder>) -> Self {
        self.sentence_coder = Some(crate::external::CoderHandle(coder));
        self
    }

    fn push(&mut self, kind: DictionaryKind, name: String, text: String) {
        self.steps.push(Step::Source(Source { kind, name, text }));
    }

    /// Reads the paths and compiles every source. Parts with no user source borrow the
    /// built-in statics, so a builder with no sources costs what `Pipeline::new()` does.
    /// Errors: every problem of every source (see [`BuildErrors`]).
    pub fn build(self) -> Result<Pipeline, BuildErrors> {
        let mut errors = BuildErrors::default();
        let mut sources = Vec::new();
        for step in self.steps {
            match step {
                Step::Source(s) => sources.push(s),
                Step::Path(p) => sources.extend(errors.keep(read_path(&p)).unwrap_or_default()),
            }
        }
        let of = |kind: DictionaryKind| -> Vec<(&str, &str)> {
            sources
                .iter()
                .filter(|s| s.kind == kind)
                .map(|s| (s.name.as_str(), s.text.as_str()))
                .collect()
        };
        let mut knowledge = Knowledge::builtin();
        let actors = of(DictionaryKind::Actors);
        if !actors.is_empty() || !self.builtin_actors {
            let mut all: Vec<(&str, &str)> = Vec::new();
            if self.builtin_actors {
                all.extend(BUILTIN_SOURCES.iter().copied());
            }
            all.extend(actors);
            if let Some(actors) = errors.keep(ActorDictionary::from_sources(&all)) {
                knowledge.actors = Shared::built(actors);
            }
        }
        let events = of(DictionaryKind::Events);
        if !events.is_empty() || !self.builtin_events {
            let mut all: Vec<(&str, &str)> = Vec::new();
            if self.builtin_events {
                all.push(EventLexicon::BUILTIN_SOURCE);
            }
            all.extend(events);
            if let Some(lexicon) = errors.keep(EventLexicon::from_sources(&all)) {
                knowledge.lexicon = Shared::built(lexicon);
            }
        }
        let cues = of(DictionaryKind::Cues);
        if !cues.is_empty() {
            let mut all = vec![Cues::BUILTIN_SOURCE];
            all.extend(cues);
            if let Some(cues) = errors.keep(Cues::from_sources(&all)) {
                knowledge.cues = Shared::built(cues);
            }
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        if let Some(detector) = self.detector {
            knowledge.detector = detector.map(Shared::built);
        }
        let mut pipeline = Pipeline::with_knowledge(knowledge, self.max_text_bytes);
        pipeline.sentence_coder = self.sentence_coder;
        Ok(pipeline)
    }
}

/// The dictionary files under `path` (itself when it is a file), sorted, with their kind.
pub fn dictionary_files(path: &Path) -> Result<Vec<(PathBuf, DictionaryKind)>, BuildError> {
    let meta = std::fs::metadata(path).map_err(|e| unreadable(path, &e))?;
    if !meta.is_dir() {
        return Ok(vec![(path.to_path_buf(), DictionaryKind::of_file(path))]);
    }
    let mut files = Vec::new();
    let mut dirs = vec![path.to_path_buf()];
    while let Some(dir) = dirs.pop() {
        let entries = std::fs::read_dir(&dir).map_err(|e| unreadable(&dir, &e))?;
        for entry in entries {
            let entry = entry.map_err(|e| unreadable(&dir, &e))?;
            let p = entry.path();
            if p.is_dir() {
                dirs.push(p);
            } else if p.extension().is_some_and(|x| x == "txt") {
                files.push(p);
            }
        }
    }
    files.sort();
    Ok(files
        .into_iter()
        .map(|p| {
            let kind = DictionaryKind::of_file(&p);
            (p, kind)
        })
        .collect())
}

fn unreadable(path: &Path, e: &std::io::Error) -> BuildError {
    BuildError {
        file: path.display().to_string(),
        line: 0,
        message: format!("cannot read: {e}"),
    }
}

fn read_path(path: &Path) -> Result<Vec<Source>, BuildError> {
    dictionary_files(path)?
        .into_iter()
        .map(|(p, kind)| {
            let text = std::fs::read_to_string(&p).map_err(|e| unreadable(&p, &e))?;
            Ok(Source {
                kind,
                name: p.display().to_string(),
                text,
            })
        })
        .collect()
}

/// The outcome of checking one dictionary file.
#[derive(Debug, Clone)]
pub struct CheckedFile {
    pub path: PathBuf,
    pub kind: DictionaryKind,
    /// A one-line summary ("12 entries"), or every error with its line.
    pub result: Result<String, BuildErrors>,
}

/// Checks every dictionary file under `path` on its own, on top of the built-ins (so a
/// file that extends a built-in entry checks as it will load). An unreadable path gives
/// one failed entry.
pub fn check_dictionary(path: &Path) -> Vec<CheckedFile> {
    let files = match dictionary_files(path) {
        Ok(f) => f,
        Err(e) => {
            return vec![CheckedFile {
                path: path.to_path_buf(),
                kind: DictionaryKind::of_file(path),
                result: Err(e.into()),
            }]
        }
    };
    files
        .into_iter()
        .map(|(p, kind)| {
            let result = std::fs::read_to_string(&p)
                .map_err(|e| BuildErrors::from(unreadable(&p, &e)))
                .and_then(|text| check_source(kind, &p.display().to_string(), &text));
            CheckedFile {
                path: p,
                kind,
                result,
            }
        })
        .collect()
}

fn check_source(kind: DictionaryKind, name: &str, text: &str) -> Result<String, BuildErrors> {
    Ok(match kind {
        DictionaryKind::Actors => {
            let builtin = ActorDictionary::builtin();
            let mut all: Vec<(&str, &str)> = BUILTIN_SOURCES.to_vec();
            all.push((name, text));
            let d = ActorDictionary::from_sources(&all)?;
            format!(
                "{} entries ({} new), {} forms",
                d.len(),
                d.len().saturating_sub(builtin.len()),
                d.pattern_count()
            )
        }
        DictionaryKind::Events => {
            let l = EventLexicon::from_source(name, text)?;
            let s = l.stats();
            format!("{} pattern lines, {} patterns", s.lines, s.patterns)
        }
        DictionaryKind::Cues => {
            Cues::from_source(name, text)?;
            "cue lists".to_string()
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_come_from_file_names() {
        let k = |n: &str| DictionaryKind::of_file(Path::new(n));
        assert_eq!(k("dir/events.txt"), DictionaryKind::Events);
        assert_eq!(k("sahel.events.txt"), DictionaryKind::Events);
        assert_eq!(k("CUES.txt"), DictionaryKind::Cues);
        assert_eq!(k("people.txt"), DictionaryKind::Actors);
        assert_eq!(k("my-events-notes.txt"), DictionaryKind::Actors);
    }

    #[test]
    fn errors_carry_file_and_line() {
        let err = Pipeline::builder()
            .event_source(
                "mine.events.txt",
                "[190] Use conventional military force\nverb: ",
            )
            .build()
            .err()
            .expect("an empty pattern is an error");
        let err = err.first();
        assert_eq!((err.file.as_str(), err.line), ("mine.events.txt", 2));
        let err = Pipeline::builder()
            .actor_source("people.txt", "[x]\nname: X Y\ncolour: blue\n")
            .build()
            .err()
            .expect("an unknown key is an error");
        assert_eq!(
            (err.first().file.as_str(), err.first().line),
            ("people.txt", 3)
        );
        assert!(err.to_string().starts_with("people.txt:3: "), "{err}");
    }

    #[test]
    fn every_source_reports_every_error() {
        let err = Pipeline::builder()
            .actor_source(
                "people.txt",
                "[x]\nname: X Y\ncolour: blue\n[y]\nname Y Z\n",
            )
            .event_source(
                "mine.events.txt",
                "[190] Use force\nverb: \nverb: bomb > sideways\n",
            )
            .cue_source("mine.cues.txt", "[hedges]\nreportedly = maybe\n")
            .build()
            .err()
            .expect("all three sources are wrong");
        let found: Vec<(&str, usize)> = err
            .errors()
            .iter()
            .map(|e| (e.file.as_str(), e.line))
            .collect();
        assert_eq!(
            found,
            [
                ("people.txt", 3),
                ("people.txt", 5),
                ("mine.events.txt", 2),
                ("mine.events.txt", 3),
                ("mine.cues.txt", 2)
            ],
            "{err}"
        );
        // The message lists them all, one a line.
        assert_eq!(err.to_string().lines().count(), 5, "{err}");
    }
}

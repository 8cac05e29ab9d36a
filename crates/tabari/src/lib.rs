//! # sitrep-tabari: bring your own TABARI/PETRARCH dictionaries
//!
//! Event-data teams keep decades of work in TABARI/PETRARCH dictionaries. This crate reads
//! them as they are and converts them into sitrep's own knowledge formats, so that sitrep's
//! coder can use them beside or instead of its built-in dictionaries:
//!
//! | PETRARCH file | reader | becomes |
//! |---|---|---|
//! | verbs (`*.verbs.txt`, `CAMEO.*.txt`) | [`read_verbs`] | event patterns (`sitrep-lexicon` `events.txt` format) |
//! | actors (`*.actors.txt`) | [`read_actors`] | actor blocks (`sitrep-actors` format): countries, organisations, `!ignore` forms |
//! | agents (`*.agents.txt`) | [`read_agents`] | role blocks (`@kind role`) |
//! | discards (`*.discards.txt`) | [`read_discards`] | nothing yet (reported) |
//! | issues (`*Issue*.txt`) | [`read_issues`] | nothing (sitrep records have no issue field; reported) |
//!
//! ```
//! use sitrep_tabari::{convert, ConvertOptions, Dictionaries, FileKind, LoadOptions};
//! let mut dicts = Dictionaries::default();
//! dicts.add_source(FileKind::Actors, "a.actors.txt", "ARNOR [ARN]\n+ARNORIAN\n", LoadOptions::default()).unwrap();
//! dicts.add_source(FileKind::Verbs, "v.verbs.txt",
//!     "--- RESTORE [064] ---\nRESTORE\n- * TIES WITH + [0311]\n", LoadOptions::default()).unwrap();
//! let out = convert(&dicts, ConvertOptions::default());
//! assert!(out.actors.contains("[ARN]\nname: Arnor; Arnorian"));
//! assert!(out.events.contains("verb: restore +ties > with"));
//! ```
//!
//! Loading never stops at a malformed line unless asked to: each problem is a
//! [`Diagnostic`] with file, line and reason, and the reader goes on with the next line
//! ([`LoadOptions::strict`] stops at the first). Conversion never fails either: every
//! entry (or part of an entry) sitrep's formats cannot express is listed in the
//! [`ImportReport`] with the reason, and entries converted with a loss of meaning are
//! listed as approximations. `docs/TABARI.md` documents what each construct means in
//! sitrep.

pub mod actors;
pub mod agents;
pub mod coder;
pub mod convert;
pub mod lists;
mod source;
pub mod verbs;

use std::path::{Path, PathBuf};

pub use actors::{read_actors, ActorEntry, ActorFile, Date, DateRestriction, DatedCode, Phrase};
pub use agents::{read_agents, AgentEntry, AgentFile};
pub use coder::{CodedEvent, Coder};
pub use convert::{convert, ConvertOptions, Converted, ImportReport, Note, Tenure};
pub use lists::{read_discards, read_issues, DiscardFile, IssueFile};
pub use source::{Diagnostic, LoadOptions};
pub use verbs::{read_verbs, Family, VerbFile, VerbPattern};

/// The kinds of dictionary file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    Verbs,
    Actors,
    Agents,
    Discards,
    Issues,
}

/// The kind of a dictionary file from its name, as PETRARCH distributions name them
/// (`PETR.Validate.verbs.txt`, `CAMEO.2.0.txt`, `Phoenix.Countries.actors.txt`,
/// `Phoenix.agents.txt`, `Phoenix.discards.txt`, `Phoenix.IssueCoding.txt`).
pub fn kind_of(file_name: &str) -> Option<FileKind> {
    let name = file_name.to_ascii_lowercase();
    if !name.ends_with(".txt") {
        return None;
    }
    Some(if name.contains("agent") {
        FileKind::Agents
    } else if name.contains("actor") {
        FileKind::Actors
    } else if name.contains("discard") {
        FileKind::Discards
    } else if name.contains("issue") {
        FileKind::Issues
    } else if name.contains("verb") || name.starts_with("cameo") {
        FileKind::Verbs
    } else {
        return None;
    })
}

/// Everything loaded from a set of dictionary files.
#[derive(Debug, Clone, Default)]
pub struct Dictionaries {
    pub verbs: Vec<VerbFile>,
    pub actors: Vec<ActorFile>,
    pub agents: Vec<AgentFile>,
    pub discards: Vec<DiscardFile>,
    pub issues: Vec<IssueFile>,
    /// Files in a loaded directory that are not dictionaries (LICENSE, ...).
    pub ignored_files: Vec<PathBuf>,
}

/// A file that could not be read, or (with `strict`) the first malformed line.
#[derive(Debug)]
pub enum LoadError {
    Io {
        path: PathBuf,
        error: std::io::Error,
    },
    Malformed(Diagnostic),
    UnknownKind(PathBuf),
}

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LoadError::Io { path, error } => write!(f, "{}: {error}", path.display()),
            LoadError::Malformed(d) => write!(f, "{d}"),
            LoadError::UnknownKind(p) => write!(
                f,
                "{}: cannot tell the kind of dictionary from the file name (expected verbs, actors, agents, discards or issues in it)",
                p.display()
            ),
        }
    }
}

impl std::error::Error for LoadError {}

impl Dictionaries {
    /// Loads a dictionary file, or every dictionary file of a directory (sorted by name;
    /// files whose kind the name does not tell are listed in `ignored_files`).
    pub fn load(path: &Path, options: LoadOptions) -> Result<Dictionaries, LoadError> {
        let mut dicts = Dictionaries::default();
        dicts.load_path(path, options)?;
        Ok(dicts)
    }

    /// Adds a file or directory (see [`load`](Self::load)).
    pub fn load_path(&mut self, path: &Path, options: LoadOptions) -> Result<(), LoadError> {
        let io = |error| LoadError::Io {
            path: path.to_path_buf(),
            error,
        };
        if path.is_dir() {
            let mut files: Vec<PathBuf> = std::fs::read_dir(path)
                .map_err(io)?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.is_file())
                .collect();
            files.sort();
            for f in files {
                let name = f.file_name().map(|n| n.to_string_lossy().into_owned());
                match name.as_deref().and_then(kind_of) {
                    Some(kind) => self.load_file(&f, kind, options)?,
                    None => self.ignored_files.push(f),
                }
            }
            return Ok(());
        }
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let kind = kind_of(&name).ok_or_else(|| LoadError::UnknownKind(path.to_path_buf()))?;
        self.load_file(path, kind, options)
    }

    /// Adds one file of a known kind.
    pub fn load_file(
        &mut self,
        path: &Path,
        kind: FileKind,
        options: LoadOptions,
    ) -> Result<(), LoadError> {
        let bytes = std::fs::read(path).map_err(|error| LoadError::Io {
            path: path.to_path_buf(),
            error,
        })?;
        // Old dictionaries are often Latin-1: keep going with replacement characters
        // rather than refusing the file (the affected names are reported when converted).
        let text = String::from_utf8_lossy(&bytes);
        self.add_source(kind, &path.display().to_string(), &text, options)
            .map_err(LoadError::Malformed)
    }

    /// Adds a dictionary given as text.
    pub fn add_source(
        &mut self,
        kind: FileKind,
        name: &str,
        text: &str,
        options: LoadOptions,
    ) -> Result<(), Diagnostic> {
        match kind {
            FileKind::Verbs => self.verbs.push(read_verbs(name, text, options)?),
            FileKind::Actors => self.actors.push(read_actors(name, text, options)?),
            FileKind::Agents => self.agents.push(read_agents(name, text, options)?),
            FileKind::Discards => self.discards.push(read_discards(name, text, options)?),
            FileKind::Issues => self.issues.push(read_issues(name, text, options)?),
        }
        Ok(())
    }

    /// Every malformed line of every file, in load order.
    pub fn diagnostics(&self) -> Vec<&Diagnostic> {
        let mut out: Vec<&Diagnostic> = Vec::new();
        out.extend(self.verbs.iter().flat_map(|f| &f.diagnostics));
        out.extend(self.actors.iter().flat_map(|f| &f.diagnostics));
        out.extend(self.agents.iter().flat_map(|f| &f.diagnostics));
        out.extend(self.discards.iter().flat_map(|f| &f.diagnostics));
        out.extend(self.issues.iter().flat_map(|f| &f.diagnostics));
        out
    }
}

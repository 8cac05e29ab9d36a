//! Which files `sitrep extract` reads, and how.
//!
//! Files named on the command line are always read. Inside a directory (walked
//! recursively, sorted by name, hidden entries and symbolic links to directories left out)
//! only the formats sitrep knows are read: JSON Lines (`.jsonl`, `.ndjson`), JSON articles
//! (`.json`: an array of article objects, or one, each with a `text`), HTML (`.html`,
//! `.htm`, `.xhtml`), feeds (`.rss`, `.atom`, `.xml`) and plain text (`.txt`, `.text`).
//! Anything else (a `README.md`, test expectations `*.expected.json`, binaries) is
//! skipped and counted, and the run prints one line saying what was skipped and how to
//! read it anyway (`--input FORMAT` reads every file in that format). `--include` and
//! `--exclude` globs choose among the files of a directory: they match the path relative
//! to the directory (`a/b.txt`) or, when they have no `/`, the file name; `*` stops at `/`,
//! `**` does not, `?` is one character.
//!
//! The plan also knows the total size of the files, so a progress bar can show a
//! percentage and the time left.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use sitrep_ingest::{read_inputs, read_jsonl, Failure, Item, ReadOptions};

/// Extensions read inside directories, by the reader they go to.
const KNOWN: &[&str] = &[
    "jsonl", "ndjson", "json", "html", "htm", "xhtml", "rss", "atom", "xml", "txt", "text",
];

/// The largest `.json` file read whole (JSON arrays cannot be streamed line by line).
const MAX_JSON_BYTES: u64 = 512 * 1024 * 1024;

/// One thing to read.
#[derive(Debug, Clone, PartialEq)]
pub enum Source {
    /// A file and its size in bytes.
    File(PathBuf, u64),
    /// Standard input or a URL: read by `sitrep_ingest`, size unknown.
    Stream(String),
}

/// What a run reads and what it leaves out.
#[derive(Debug, Default)]
pub struct Plan {
    pub sources: Vec<Source>,
    /// Skipped files of directories, by reason (`.md`, `.json (not articles)`, `excluded`).
    pub skipped: BTreeMap<String, usize>,
}

impl Plan {
    /// Total bytes to read, when every source is a file.
    pub fn total_bytes(&self) -> Option<u64> {
        self.sources
            .iter()
            .map(|s| match s {
                Source::File(_, n) => Some(*n),
                Source::Stream(_) => None,
            })
            .sum()
    }

    /// The one-line account of skipped files, if any were.
    pub fn skipped_line(&self) -> Option<String> {
        let total: usize = self.skipped.values().sum();
        if total == 0 {
            return None;
        }
        let parts: Vec<String> = self
            .skipped
            .iter()
            .map(|(why, n)| format!("{n} {why}"))
            .collect();
        let unknown = self
            .skipped
            .keys()
            .any(|k| k != "excluded" && k != "not a regular file");
        Some(format!(
            "skipped {total} file{}: {}{}",
            if total == 1 { "" } else { "s" },
            parts.join(", "),
            if unknown {
                "; use --input text (or html, jsonl, feed) to read them"
            } else {
                ""
            }
        ))
    }
}

/// A compiled `--include`/`--exclude` pattern.
#[derive(Debug, Clone)]
pub struct Glob {
    pattern: Vec<char>,
    /// Without a `/`, a pattern matches the file name alone.
    name_only: bool,
}

impl Glob {
    pub fn new(pattern: &str) -> Glob {
        Glob {
            pattern: pattern.chars().collect(),
            name_only: !pattern.contains('/'),
        }
    }

    /// Does the pattern match this relative path (`/`-separated)?
    pub fn matches(&self, relative: &str) -> bool {
        let subject = if self.name_only {
            relative.rsplit('/').next().unwrap_or(relative)
        } else {
            relative
        };
        let s: Vec<char> = subject.chars().collect();
        glob_match(&self.pattern, &s)
    }
}

/// Glob matching with `*` (not across `/`), `**` (across `/`, and `**/` also matching
/// nothing) and `?`; linear backtracking over the last star, like most shells.
fn glob_match(p: &[char], s: &[char]) -> bool {
    match p.first() {
        None => s.is_empty(),
        Some('*') if p.get(1) == Some(&'*') => {
            let rest = &p[2..];
            // `**/` may stand for no directory at all.
            if rest.first() == Some(&'/') && glob_match(&rest[1..], s) {
                return true;
            }
            (0..=s.len()).any(|i| glob_match(rest, &s[i..]))
        }
        Some('*') => {
            let rest = &p[1..];
            for i in 0..=s.len() {
                if glob_match(rest, &s[i..]) {
                    return true;
                }
                if s.get(i) == Some(&'/') {
                    break;
                }
            }
            false
        }
        Some('?') => !s.is_empty() && s[0] != '/' && glob_match(&p[1..], &s[1..]),
        Some(c) => s.first() == Some(c) && glob_match(&p[1..], &s[1..]),
    }
}

fn extension(path: &Path) -> String {
    path.extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .unwrap_or_default()
}

/// True when the JSON value is an article object (has a string `text`) or an array of them.
fn is_articles(v: &serde_json::Value) -> bool {
    let article = |o: &serde_json::Value| o.get("text").is_some_and(|t| t.is_string());
    match v {
        serde_json::Value::Array(items) => !items.is_empty() && items.iter().all(article),
        other => article(other),
    }
}

/// A `.json` file holds articles (read cheaply enough: only `.json` files are parsed
/// twice, and they are small in practice).
fn json_holds_articles(path: &Path) -> bool {
    std::fs::metadata(path).is_ok_and(|m| m.len() <= MAX_JSON_BYTES)
        && std::fs::read(path)
            .ok()
            .and_then(|b| serde_json::from_slice::<serde_json::Value>(&b).ok())
            .is_some_and(|v| is_articles(&v))
}

/// Plan the reading of `inputs` (`forced`: `--input FORMAT` was given, so every file of a
/// directory is read in that format).
pub fn plan(inputs: &[String], forced: bool, include: &[Glob], exclude: &[Glob]) -> Plan {
    let mut plan = Plan::default();
    for input in inputs {
        let path = Path::new(input);
        if input == "-" || sitrep_ingest::is_http_url(input) || !path.is_dir() {
            let size = std::fs::metadata(path).ok().filter(|m| m.is_file());
            plan.sources.push(match size {
                Some(m) if input != "-" => Source::File(path.to_path_buf(), m.len()),
                // Missing files go to the reader, which reports them as failures.
                _ => Source::Stream(input.clone()),
            });
            continue;
        }
        walk(path, path, forced, include, exclude, &mut plan);
    }
    plan
}

fn walk(
    root: &Path,
    dir: &Path,
    forced: bool,
    include: &[Glob],
    exclude: &[Glob],
    plan: &mut Plan,
) {
    let mut entries: Vec<PathBuf> = match std::fs::read_dir(dir) {
        Ok(rd) => rd.filter_map(|e| e.ok().map(|e| e.path())).collect(),
        Err(_) => {
            // The reader reports an unlistable directory as a failure with its reason.
            plan.sources.push(Source::Stream(dir.display().to_string()));
            return;
        }
    };
    entries.sort_by(|a, b| a.file_name().cmp(&b.file_name()));
    for path in entries {
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if name.starts_with('.') {
            continue;
        }
        let Ok(link) = std::fs::symlink_metadata(&path) else {
            continue;
        };
        let Ok(meta) = std::fs::metadata(&path) else {
            continue;
        };
        if meta.is_dir() {
            if !link.file_type().is_symlink() {
                walk(root, &path, forced, include, exclude, plan);
            }
            continue;
        }
        if !meta.is_file() {
            // Opening a FIFO would block the run forever; sockets and devices are no
            // articles either.
            eprintln!(
                "sitrep: note: skipped {}: not a regular file (a FIFO, socket or device)",
                path.display()
            );
            *plan.skipped.entry("not a regular file".into()).or_default() += 1;
            continue;
        }
        let relative: String = path
            .strip_prefix(root)
            .unwrap_or(&path)
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect::<Vec<_>>()
            .join("/");
        let selected = (include.is_empty() || include.iter().any(|g| g.matches(&relative)))
            && !exclude.iter().any(|g| g.matches(&relative));
        if !selected {
            *plan.skipped.entry("excluded".into()).or_default() += 1;
            continue;
        }
        let ext = extension(&path);
        let reason = if forced {
            None
        } else if !KNOWN.contains(&ext.as_str()) {
            Some(if ext.is_empty() {
                "without extension".to_string()
            } else {
                format!(".{ext}")
            })
        } else if ext == "json" && !json_holds_articles(&path) {
            Some(".json (not articles)".to_string())
        } else {
            None
        };
        match reason {
            Some(r) => *plan.skipped.entry(r).or_default() += 1,
            None => plan.sources.push(Source::File(path, meta.len())),
        }
    }
}

/// Items of one `.json` file of articles, through the JSON Lines reader so that every
/// field is checked the same way (ids default to `<file>:<position>`).
fn read_json_articles(path: &Path, options: &ReadOptions) -> Vec<Item> {
    let shown = path.display().to_string();
    let fail = |message: String| {
        vec![Item::Failed(Failure {
            id: shown.clone(),
            origin: shown.clone(),
            message,
        })]
    };
    if std::fs::metadata(path).is_ok_and(|m| m.len() > MAX_JSON_BYTES) {
        return fail(format!(
            "{shown}: larger than {} MiB; use JSON Lines for large collections",
            MAX_JSON_BYTES >> 20
        ));
    }
    let value: serde_json::Value = match std::fs::read(path)
        .map_err(|e| e.to_string())
        .and_then(|b| serde_json::from_slice(&b).map_err(|e| e.to_string()))
    {
        Ok(v) => v,
        Err(e) => return fail(format!("{shown}: not JSON: {e}")),
    };
    if !is_articles(&value) {
        return fail(format!(
            "{shown}: not articles (a JSON object with a \"text\" field, or an array of them)"
        ));
    }
    let items = match value {
        serde_json::Value::Array(items) => items,
        one => vec![one],
    };
    let mut lines = String::new();
    for item in &items {
        lines.push_str(&item.to_string());
        lines.push('\n');
    }
    read_jsonl(lines.as_bytes(), &shown, options).collect()
}

/// The documents of a plan, each with the number of input bytes it accounts for (for
/// progress: a file's bytes are shared among its documents, by text length, the rest
/// counted when the file ends).
pub fn items(
    plan: Plan,
    options: ReadOptions,
    forced: bool,
) -> impl Iterator<Item = (Item, u64)> + Send {
    plan.sources.into_iter().flat_map(move |source| {
        let (items, size): (Box<dyn Iterator<Item = Item> + Send>, u64) = match &source {
            Source::File(path, size) if !forced && extension(path) == "json" => (
                Box::new(read_json_articles(path, &options).into_iter()),
                *size,
            ),
            Source::File(path, size) => {
                (read_inputs(&[path.display().to_string()], &options), *size)
            }
            Source::Stream(s) => (read_inputs(std::slice::from_ref(s), &options), 0),
        };
        let mut left = size;
        let mut items = items.peekable();
        std::iter::from_fn(move || {
            let item = items.next()?;
            let share = match &item {
                Item::Document(d) => (d.text.len() as u64).min(left),
                Item::Failed(_) => 0,
            };
            left -= share;
            // The last document of the file takes what is left (markup, JSON syntax).
            let share = if items.peek().is_none() {
                share + std::mem::take(&mut left)
            } else {
                share
            };
            Some((item, share))
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn globs() {
        let g = Glob::new("*.txt");
        assert!(g.matches("a.txt") && g.matches("dir/b.txt"));
        assert!(!g.matches("a.txt.bak"));
        let g = Glob::new("2025/*.html");
        assert!(g.matches("2025/x.html") && !g.matches("2025/sub/x.html"));
        let g = Glob::new("**/draft-?.txt");
        assert!(g.matches("draft-1.txt") && g.matches("a/b/draft-2.txt"));
        assert!(!g.matches("a/draft-10.txt"));
        assert!(Glob::new("*.expected.json").matches("x/y.expected.json"));
    }

    #[test]
    fn articles_are_objects_with_text() {
        let v: serde_json::Value = serde_json::json!([{"id": "a", "text": "x"}]);
        assert!(is_articles(&v));
        assert!(!is_articles(&serde_json::json!({"id": "a", "events": []})));
        assert!(!is_articles(&serde_json::json!([])));
        assert!(is_articles(&serde_json::json!({"text": "x"})));
    }

    #[test]
    fn directories_skip_unknown_files_and_say_so() {
        let dir = std::env::temp_dir().join(format!("sitrep-plan-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("sub")).unwrap();
        for (name, body) in [
            ("README.md", "# notes"),
            ("a.txt", "Text."),
            ("b.expected.json", "{\"id\": \"b\", \"events\": []}"),
            (
                "c.json",
                "[{\"id\": \"c1\", \"text\": \"One.\"}, {\"text\": \"Two.\"}]",
            ),
            ("d.bin", "\u{0}"),
            ("sub/e.html", "<p>Hello</p>"),
            (".hidden.txt", "no"),
        ] {
            std::fs::write(dir.join(name), body).unwrap();
        }
        let input = vec![dir.display().to_string()];
        let p = plan(&input, false, &[], &[]);
        let names: Vec<String> = p
            .sources
            .iter()
            .map(|s| match s {
                Source::File(f, _) => f.file_name().unwrap().to_string_lossy().into_owned(),
                Source::Stream(s) => s.clone(),
            })
            .collect();
        assert_eq!(names, ["a.txt", "c.json", "e.html"]);
        assert_eq!(
            p.skipped_line().unwrap(),
            "skipped 3 files: 1 .bin, 1 .json (not articles), 1 .md; use --input text (or \
             html, jsonl, feed) to read them"
        );
        assert!(p.total_bytes().unwrap() > 0);
        let docs: Vec<(Item, u64)> = items(p, ReadOptions::default(), false).collect();
        let ids: Vec<String> = docs
            .iter()
            .map(|(i, _)| match i {
                Item::Document(d) => d.id.clone(),
                Item::Failed(f) => format!("failed {}", f.message),
            })
            .collect();
        assert_eq!(ids.len(), 4, "{ids:?}");
        assert_eq!(ids[1], "c1");
        assert!(ids[2].ends_with("c.json:2"), "{ids:?}");
        let counted: u64 = docs.iter().map(|(_, n)| n).sum();
        let total: u64 = ["a.txt", "c.json", "sub/e.html"]
            .iter()
            .map(|f| std::fs::metadata(dir.join(f)).unwrap().len())
            .sum();
        assert_eq!(counted, total, "progress accounts for every byte");

        let only = plan(&input, false, &[Glob::new("*.txt")], &[]);
        assert_eq!(only.sources.len(), 1);
        assert_eq!(only.skipped["excluded"], 5);
        let forced = plan(&input, true, &[], &[Glob::new("*.bin")]);
        assert_eq!(forced.sources.len(), 5);
        let _ = std::fs::remove_dir_all(&dir);
    }
}

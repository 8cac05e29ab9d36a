//! # sitrep-ingest: from files, directories, standard input, pages, feeds and URLs to documents
//!
//! [`read_inputs`] walks a list of inputs in order and yields one [`Item`] at a time: either
//! an [`InputDocument`] ready for the pipeline, or a [`Failure`] naming what could not be
//! read and why. A failure never stops the run; the next line, file, entry or input follows.
//! The iterator is lazy and `Send`, so a producer thread can feed a parallel extractor.
//!
//! ```
//! use sitrep_ingest::{read_jsonl, Item, ReadOptions};
//!
//! let lines = "{\"id\":\"a\",\"text\":\"Kim met Shoigu.\",\"section\":\"Asia\"}\nnot json\n";
//! let items: Vec<Item> = read_jsonl(lines.as_bytes(), "news.jsonl", &ReadOptions::default()).collect();
//! match &items[0] {
//!     Item::Document(doc) => assert_eq!(doc.meta["section"], "Asia"),
//!     Item::Failed(f) => panic!("{f}"),
//! }
//! match &items[1] {
//!     Item::Failed(f) => assert_eq!(f.id, "news.jsonl:2"),
//!     Item::Document(_) => panic!("a malformed line is a failure"),
//! }
//! ```
//!
//! ## Inputs
//!
//! * `-` (or an empty input list) reads standard input, sniffing the format: JSON Lines
//!   when the first non-blank character is `{`; a feed when an `<rss`, `<feed` or
//!   `<rdf:RDF` root comes before any `<html`/`<head>`/`<body`; HTML when the stream starts
//!   with markup (a page or a fragment, but not another XML document); else plain text
//!   (id `stdin`). An empty stream yields nothing.
//! * `http://` / `https://` URLs are fetched ([`fetch`]): a feed (by content type or sniffed
//!   root) gives one document an entry, HTML gives the article, `application/x-ndjson` or a
//!   body starting with `{` is read as JSON Lines, anything else as text. Nothing else in
//!   this crate reaches the network, and only public addresses are reached unless
//!   [`ReadOptions::allow_private_network`] is set (every redirect hop included; see
//!   [`is_public_address`]). [`ReadOptions::allow_fetch`] off (`--no-fetch`) fetches
//!   nothing at all.
//! * A directory is walked recursively in sorted (byte-wise file name) order, so runs are
//!   deterministic. Hidden entries (names starting with `.`) are skipped silently, and so
//!   are files that are obviously binary (a known binary extension, or a NUL byte in the
//!   first 8 KiB); symbolic links to directories are not followed (no cycles). FIFOs,
//!   sockets and device nodes met in a walk are skipped with a note on standard error (a
//!   FIFO would block the walk forever); named explicitly, they are read as streams. A file
//!   that is not valid UTF-8 gives a failure item.
//! * A file is read by extension: `.jsonl`/`.ndjson` JSON Lines, `.html`/`.htm`/`.xhtml`
//!   HTML, `.rss`/`.atom` feed, `.txt`/`.text` plain text; any other file is sniffed as
//!   standard input is (but never taken for JSON Lines) and read as plain text when it is
//!   neither a page nor a feed. The id of a file's document is its path. [`ReadOptions::format`] forces
//!   one format for every input.
//!
//! ## JSON Lines
//!
//! One object a line: `{"id", "text", "title"?, "published"?, "url"?, "source"?, ...}`.
//! Unknown fields go to `meta` in input order (a `meta` object is merged into it, so output
//! records can be read back). A missing or empty `id` becomes `<origin>:<line>`; a numeric
//! one is written in decimal. An empty (or blank) `title`, `published`, `url` or `source`
//! is a missing value. Blank lines are skipped. Each of these is a failure item
//! for its line, after which reading goes on: malformed JSON, a non-object, invalid UTF-8,
//! a missing or non-string `text`, a non-string `title`/`url`/`source`, and a `published`
//! that does not start with a valid `YYYY-MM-DD` date.
//!
//! **Dates.** `published` is kept exactly as given (`2025-06-05`, `2025-06-05T08:00:00+09:00`,
//! VOA's `2025-03-14 20:30:26Z`); the pipeline uses its first ten characters. It is checked by
//! [`check_published`]: a value that does not start with a real calendar date followed by
//! nothing, `T` or a space is refused as a failure of that document rather than passed on,
//! because every event date is resolved against it and a wrong anchor would silently date
//! every event of the article wrongly. An empty string counts as no date.
//! [`ReadOptions::published`] fills the date of any document, of any format, that has none.
//!
//! ## HTML
//!
//! See [`html_to_document`]: Readability (`dom_smoothie`) finds the main text, a plain
//! paragraph extraction stands in when it finds nothing, and the title, publication date and
//! canonical URL come from the page metadata.
//!
//! ## Feeds
//!
//! Each RSS/Atom entry ([`parse_feed`]) becomes a document whose id is the entry's link (else
//! its `guid`/`id`, else `<feed>#entry-<hash of its title, date and text>`: the same in every
//! run) and whose `source` is the feed title. At most [`ReadOptions::max_feed_entries`]
//! entries are read in a run, all feeds together. With
//! [`ReadOptions::fetch_linked_articles`], the linked page is fetched and its article
//! extracted (four entries at a time, on scoped threads, results kept in entry order); the
//! entry's title is preferred to the page's, the page's date to the entry's, the entry's to
//! [`ReadOptions::published`]. When there is no link, fetching is off, or the fetch or the
//! extraction fails, the entry's own content, else its summary, is the text; with neither,
//! the entry is a failure. `meta` records `feed`, `feed_title`, `entry_id`, `author`,
//! `categories`, `text_from` (`article`, `content` or `summary`) and `fetch_error` when a
//! fetch failed. A feed that cannot be parsed is one failure naming it.
//!
//! ## Limits
//!
//! [`ReadOptions::max_document_bytes`] (default 5 MiB) bounds the text of one document; a
//! larger one is a failure `document too large (N bytes > L bytes limit)`. Nothing
//! unbounded is read into memory first: a JSON Lines line longer than twice the limit plus
//! 64 KiB is skipped while being read (only its length is counted); a text file larger
//! than the limit, or an HTML file larger than four times it, is refused from its size; a
//! fetched body is cut at [`ReadOptions::max_fetch_bytes`]. Every fetch is bounded by
//! [`ReadOptions::fetch_timeout`], and all the fetches of a run together by
//! [`ReadOptions::fetch_deadline`]. A page whose elements nest deeper than 256 is read by a
//! linear tag-stripping extraction instead of the DOM (`meta.extraction` = `flat`): the
//! DOM and Readability recurse, and such pages overflowed the stack or ran for minutes.
//! A panic inside a reader becomes a failure item for that input, and the run goes on.

use std::collections::VecDeque;
use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

pub use sitrep_record::InputDocument;

mod feed;
mod fetch;
mod html;
mod jsonl;

pub use feed::FeedEntry;
pub use fetch::{is_http_url, is_public_address, Fetched, USER_AGENT};
pub use jsonl::JsonlReader;

/// An input format; forced with [`ReadOptions::format`], else chosen per input.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    Jsonl,
    Html,
    Text,
    Feed,
}

impl std::str::FromStr for Format {
    type Err = String;

    /// `jsonl` (or `ndjson`), `html`, `text` (or `txt`), `feed` (or `rss`, `atom`).
    fn from_str(s: &str) -> Result<Format, String> {
        match s.to_ascii_lowercase().as_str() {
            "jsonl" | "ndjson" => Ok(Format::Jsonl),
            "html" | "htm" => Ok(Format::Html),
            "text" | "txt" => Ok(Format::Text),
            "feed" | "rss" | "atom" => Ok(Format::Feed),
            other => Err(format!(
                "unknown input format `{other}` (expected jsonl, html, text or feed)"
            )),
        }
    }
}

/// How inputs are read.
#[derive(Debug, Clone)]
pub struct ReadOptions {
    /// Read every input in this format instead of choosing by extension or content.
    pub format: Option<Format>,
    /// The publication date of documents that carry none (`YYYY-MM-DD` or RFC 3339).
    pub published: Option<String>,
    /// The largest document text accepted, in bytes of UTF-8.
    pub max_document_bytes: usize,
    /// Connect and whole-request timeout of one HTTP fetch.
    pub fetch_timeout: Duration,
    /// Whether feed entries that link to an article have the article fetched.
    pub fetch_linked_articles: bool,
    /// The largest HTTP response body read, in bytes.
    pub max_fetch_bytes: usize,
    /// Whether anything is fetched at all. When false (`--no-fetch`), URL inputs are
    /// failures and feed entries keep their own text: a feed file is read without
    /// following a single link.
    pub allow_fetch: bool,
    /// Whether fetches may reach loopback, private, link-local and other non-public
    /// addresses (`--allow-private-network`); see [`is_public_address`]. Off by default:
    /// feed links and redirects are chosen by whoever wrote the feed or runs the server.
    pub allow_private_network: bool,
    /// Wall-clock budget for all the fetches of one [`read_inputs`] run; once spent, nothing
    /// more is fetched (URL inputs fail, feed entries fall back on their own text) and each
    /// fetch gets no more than what is left. `None`: no overall limit.
    pub fetch_deadline: Option<Duration>,
    /// Feed entries read in one [`read_inputs`] run, all feeds together; the entries past
    /// it are dropped, with one failure item per feed saying how many.
    pub max_feed_entries: usize,
}

impl Default for ReadOptions {
    fn default() -> Self {
        ReadOptions {
            format: None,
            published: None,
            max_document_bytes: 5 * 1024 * 1024,
            fetch_timeout: Duration::from_secs(20),
            fetch_linked_articles: true,
            max_fetch_bytes: 20 * 1024 * 1024,
            allow_fetch: true,
            allow_private_network: false,
            fetch_deadline: Some(Duration::from_secs(30 * 60)),
            max_feed_entries: 10_000,
        }
    }
}

/// One result of reading: a document, or why one could not be read.
#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    Document(InputDocument),
    Failed(Failure),
}

/// A document (or a whole input) that could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    /// The document id when known, else `<path>:<line>`, the path, or the URL.
    pub id: String,
    /// The path or URL the document came from.
    pub origin: String,
    /// What went wrong, in words naming the path or URL.
    pub message: String,
}

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.message.contains(&self.origin) {
            write!(f, "{}", self.message)
        } else {
            write!(f, "{}: {}", self.origin, self.message)
        }
    }
}

/// Checks that a publication date starts with a real calendar date `YYYY-MM-DD` followed by
/// nothing, `T`/`t` or a space (the time part is not inspected).
pub fn check_published(value: &str) -> Result<(), String> {
    let refuse = || {
        Err(format!(
            "`published` must start with a date YYYY-MM-DD (got {value:?})"
        ))
    };
    let b = value.as_bytes();
    if b.len() < 10 || b[4] != b'-' || b[7] != b'-' {
        return refuse();
    }
    let number = |range: std::ops::Range<usize>| -> Option<u32> {
        // Bytes, not a str slice: a multi-byte character may straddle the range.
        let digits = &b[range];
        digits.iter().try_fold(0u32, |n, &c| {
            c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
        })
    };
    let (Some(year), Some(month), Some(day)) = (number(0..4), number(5..7), number(8..10)) else {
        return refuse();
    };
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return refuse(),
    };
    if day == 0 || day > days || !matches!(b.get(10), None | Some(b'T' | b't' | b' ')) {
        return refuse();
    }
    Ok(())
}

pub(crate) fn too_large_message(size: usize, limit: usize) -> String {
    format!("document too large ({size} bytes > {limit} bytes limit)")
}

/// Reads JSON Lines from `reader`, lazily, one line at a time; `origin` names the stream in
/// fallback ids (`<origin>:<line>`) and messages. See the crate docs for the rules.
pub fn read_jsonl<R: BufRead>(
    reader: R,
    origin: &str,
    options: &ReadOptions,
) -> impl Iterator<Item = Item> {
    JsonlReader::new(reader, origin, options)
}

/// Turns an HTML page into a document: the main article text (paragraphs joined with `\n`)
/// found by Readability, or, when it finds none, the paragraphs of the page's `article`,
/// `main` or body with navigation, headers, footers, asides, forms and scripts removed.
///
/// Metadata, first found wins: title from `og:title`, Readability's cleaned title, JSON-LD
/// `headline`, `<title>`, the first `<h1>`; publication date from `article:published_time`,
/// an `itemprop=datePublished`, JSON-LD `datePublished`, a `date`-like `<meta>`, the first
/// `<time datetime>` (only values passing [`check_published`]), else
/// [`ReadOptions::published`]; URL from `<link rel=canonical>`, `og:url`, else `url`.
/// `meta` gets `author`, `site_name`, `lang` when the page has them, and `extraction`
/// (`readability` or `paragraphs`), saying which method found the text.
pub fn html_to_document(
    html: &str,
    id: &str,
    url: Option<&str>,
    options: &ReadOptions,
) -> Result<InputDocument, String> {
    html::html_to_document(html, id, url, options)
}

/// Parses an RSS (0.9x, 1.0, 2.0), Atom or JSON Feed document; `origin` (a path or URL)
/// names it in the error and, when a URL, resolves relative links.
pub fn parse_feed(bytes: &[u8], origin: &str) -> Result<Vec<FeedEntry>, String> {
    feed::parse_feed(bytes, origin)
}

/// Fetches an http(s) URL with a `sitrep/<version>` User-Agent, [`ReadOptions::fetch_timeout`]
/// and a body cap of [`ReadOptions::max_fetch_bytes`]; redirects are followed.
pub fn fetch(url: &str, options: &ReadOptions) -> Result<Fetched, String> {
    fetch::fetch(url, options)
}

/// Lazily reads every input (paths, directories, `-` for standard input, http(s) URLs) in
/// order; an empty list means standard input. Items come in input order; within a
/// directory, in sorted path order. Nothing is opened before the first `next`.
pub fn read_inputs(
    inputs: &[String],
    options: &ReadOptions,
) -> Box<dyn Iterator<Item = Item> + Send> {
    let queue = if inputs.is_empty() {
        VecDeque::from([STDIN.to_string()])
    } else {
        inputs.iter().cloned().collect()
    };
    Box::new(Inputs {
        queue,
        walk: Vec::new(),
        current: None,
        options: options.clone(),
        budget: RunBudget::new(options),
        current_name: String::new(),
    })
}

/// The input that names standard input.
const STDIN: &str = "-";

/// What one run may still spend on the network and on feed entries, shared by every input
/// of a [`read_inputs`] run (and by the feed iterators it creates).
#[derive(Debug, Clone)]
pub(crate) struct RunBudget {
    /// When fetching stops ([`ReadOptions::fetch_deadline`], from the start of the run).
    pub(crate) deadline: Option<Instant>,
    /// Feed entries still to be read ([`ReadOptions::max_feed_entries`]).
    pub(crate) feed_entries_left: Arc<AtomicUsize>,
}

impl RunBudget {
    pub(crate) fn new(options: &ReadOptions) -> RunBudget {
        RunBudget {
            deadline: options.fetch_deadline.map(|d| Instant::now() + d),
            feed_entries_left: Arc::new(AtomicUsize::new(options.max_feed_entries)),
        }
    }

    /// Takes up to `wanted` feed entries from the budget; returns how many were granted.
    pub(crate) fn take_feed_entries(&self, wanted: usize) -> usize {
        let mut granted = 0;
        let _ = self
            .feed_entries_left
            .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |left| {
                granted = left.min(wanted);
                Some(left - granted)
            });
        granted
    }
}

/// A boxed, `Send` stream of items, as [`read_inputs`] and [`read_stream`] return.
pub type ItemIter = Box<dyn Iterator<Item = Item> + Send>;

/// The state of [`read_inputs`]: inputs not yet opened, the pending entries of the
/// directories being walked (a depth-first stack), and the source being read.
struct Inputs {
    queue: VecDeque<String>,
    walk: Vec<PathBuf>,
    current: Option<ItemIter>,
    options: ReadOptions,
    budget: RunBudget,
    /// The input or path `current` reads, named in the failure of a reader panic.
    current_name: String,
}

/// The failure that stands for a reader panic: the rest of that input is skipped, and
/// the run goes on with the next one (a bug in a parser must not stop a run).
fn reader_panic(origin: &str, payload: &(dyn std::any::Any + Send)) -> Item {
    let detail = payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_default();
    Item::Failed(Failure {
        id: origin.to_string(),
        origin: origin.to_string(),
        message: format!("{origin}: internal error while reading this input ({detail}); the rest of it was skipped"),
    })
}

impl Iterator for Inputs {
    type Item = Item;

    fn next(&mut self) -> Option<Item> {
        loop {
            if let Some(current) = &mut self.current {
                match catch_unwind(AssertUnwindSafe(|| current.next())) {
                    Ok(Some(item)) => return Some(item),
                    Ok(None) => {}
                    Err(payload) => {
                        self.current = None;
                        return Some(reader_panic(&self.current_name, payload.as_ref()));
                    }
                }
                self.current = None;
            }
            if let Some(path) = self.walk.pop() {
                self.current_name = path.display().to_string();
                match catch_unwind(AssertUnwindSafe(|| self.open_path(&path, true))) {
                    Ok(current) => self.current = current,
                    Err(payload) => {
                        return Some(reader_panic(&self.current_name, payload.as_ref()))
                    }
                }
                continue;
            }
            let input = self.queue.pop_front()?;
            self.current_name.clone_from(&input);
            match catch_unwind(AssertUnwindSafe(|| self.open_input(&input))) {
                Ok(current) => self.current = current,
                Err(payload) => return Some(reader_panic(&input, payload.as_ref())),
            }
        }
    }
}

impl Inputs {
    /// Opens one input of the list: standard input, a URL or a path.
    fn open_input(&mut self, input: &str) -> Option<ItemIter> {
        if input == STDIN {
            Some(read_stream_within(
                std::io::stdin(),
                "stdin",
                &self.options,
                &self.budget,
            ))
        } else if is_http_url(input) {
            Some(read_url(input, &self.options, &self.budget))
        } else {
            self.open_path(Path::new(input), false)
        }
    }
}

fn failed(id: &str, origin: &str, message: String) -> ItemIter {
    Box::new(std::iter::once(Item::Failed(Failure {
        id: id.to_string(),
        origin: origin.to_string(),
        message,
    })))
}

fn documents(items: impl Iterator<Item = Item> + Send + 'static) -> ItemIter {
    Box::new(items)
}

/// Extensions of files that are never text; skipped silently inside directories.
const BINARY_EXTENSIONS: &[&str] = &[
    "7z", "a", "avi", "bin", "bmp", "bz2", "class", "db", "dll", "dylib", "exe", "flac", "gif",
    "gz", "ico", "jar", "jpeg", "jpg", "m4a", "mkv", "mov", "mp3", "mp4", "o", "ogg", "otf",
    "parquet", "pdf", "png", "rlib", "so", "sqlite", "tar", "tgz", "tif", "tiff", "ttf", "wasm",
    "wav", "webm", "webp", "woff", "woff2", "xz", "zip", "zst",
];

fn extension(path: &Path) -> String {
    path.extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .unwrap_or_default()
}

/// HTML carries markup around its text: a page may be this many times the text limit.
const HTML_EXPANSION: usize = 4;

impl Inputs {
    /// Opens a path: a directory pushes its entries onto the walk (and yields nothing
    /// itself), a file becomes the current source. `in_walk` is true for entries found in a
    /// directory, where hidden and binary files are skipped silently.
    fn open_path(&mut self, path: &Path, in_walk: bool) -> Option<ItemIter> {
        let shown = path.display().to_string();
        let hidden = path
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with('.'));
        if in_walk && (hidden || BINARY_EXTENSIONS.contains(&extension(path).as_str())) {
            return None;
        }
        let link_meta = match std::fs::symlink_metadata(path) {
            Ok(m) => m,
            Err(e) => return Some(failed(&shown, &shown, format!("cannot read {shown}: {e}"))),
        };
        let meta = if link_meta.file_type().is_symlink() {
            match std::fs::metadata(path) {
                Ok(m) if m.is_dir() && in_walk => return None,
                Ok(m) => m,
                Err(e) => return Some(failed(&shown, &shown, format!("cannot read {shown}: {e}"))),
            }
        } else {
            link_meta
        };
        if meta.is_dir() {
            match sorted_entries(path) {
                Ok(entries) => self.walk.extend(entries.into_iter().rev()),
                Err(e) => return Some(failed(&shown, &shown, format!("cannot list {shown}: {e}"))),
            }
            return None;
        }
        if in_walk && !meta.is_file() {
            // A FIFO would block the walk forever and a device node may never end; a named
            // input (`sitrep extract <(curl ...)`, `/dev/stdin`) is the user's choice and is
            // read as a stream, up to its limit.
            eprintln!(
                "sitrep: note: skipped {shown}: not a regular file (a FIFO, socket or device)"
            );
            return None;
        }
        Some(read_file(
            path,
            &shown,
            meta.len(),
            in_walk,
            &self.options,
            &self.budget,
        ))
    }
}

fn sorted_entries(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut entries = std::fs::read_dir(dir)?
        .map(|entry| entry.map(|e| e.path()))
        .collect::<std::io::Result<Vec<_>>>()?;
    entries.sort_by(|a, b| a.file_name().cmp(&b.file_name()));
    Ok(entries)
}

/// What the first bytes of a stream look like.
fn sniff(head: &[u8]) -> Format {
    let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    let start = head
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(head.len());
    let head = &head[start..head.len().min(start + 4096)];
    if head.first() == Some(&b'{') {
        return Format::Jsonl;
    }
    if head.first() != Some(&b'<') {
        return Format::Text;
    }
    let lower = String::from_utf8_lossy(head).to_ascii_lowercase();
    let first = |needles: &[&str]| needles.iter().filter_map(|n| lower.find(n)).min();
    let html = first(&["<html", "<!doctype html", "<head>", "<head ", "<body"]);
    let feed = first(&["<rss", "<feed", "<rdf:rdf"]);
    match (html, feed) {
        (Some(h), Some(f)) if f < h => Format::Feed,
        (Some(_), _) => Format::Html,
        (None, Some(_)) => Format::Feed,
        // Other XML (a sitemap, a config file) is not a page; markup without a
        // declaration (`<div>`, `<p>`) is a page fragment.
        (None, None) if lower.starts_with("<?xml") => Format::Text,
        (None, None) => Format::Html,
    }
}

fn format_of_path(path: &Path, options: &ReadOptions) -> Option<Format> {
    options.format.or(match extension(path).as_str() {
        "jsonl" | "ndjson" => Some(Format::Jsonl),
        "html" | "htm" | "xhtml" => Some(Format::Html),
        "rss" | "atom" => Some(Format::Feed),
        "txt" | "text" => Some(Format::Text),
        _ => None,
    })
}

/// Reads at most `limit + 1` bytes, so that "larger than the limit" can be told apart.
fn read_capped(reader: impl Read, limit: usize) -> std::io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    reader
        .take((limit as u64).saturating_add(1))
        .read_to_end(&mut bytes)?;
    Ok(bytes)
}

fn read_file(
    path: &Path,
    shown: &str,
    size: u64,
    in_walk: bool,
    options: &ReadOptions,
    budget: &RunBudget,
) -> ItemIter {
    let format = format_of_path(path, options);
    let file = match File::open(path) {
        Ok(f) => f,
        Err(e) => return failed(shown, shown, format!("cannot read {shown}: {e}")),
    };
    if format == Some(Format::Jsonl) {
        return documents(read_jsonl(BufReader::new(file), shown, options));
    }
    let limit = match format {
        Some(Format::Text) => options.max_document_bytes,
        Some(Format::Feed) => options.max_fetch_bytes,
        _ => options.max_document_bytes.saturating_mul(HTML_EXPANSION),
    };
    if size > limit as u64 {
        return failed(shown, shown, too_large_message(size as usize, limit));
    }
    let bytes = match read_capped(file, limit) {
        Ok(b) => b,
        Err(e) => return failed(shown, shown, format!("cannot read {shown}: {e}")),
    };
    if bytes[..bytes.len().min(8192)].contains(&0) {
        if in_walk {
            return Box::new(std::iter::empty());
        }
        return failed(shown, shown, format!("{shown} is a binary file, not text"));
    }
    let format = format.unwrap_or_else(|| match sniff(&bytes) {
        Format::Jsonl => Format::Text,
        other => other,
    });
    read_bytes(bytes, format, shown, None, options, budget)
}

/// Turns a whole (already bounded) body into items, in a known format.
fn read_bytes(
    bytes: Vec<u8>,
    format: Format,
    id: &str,
    url: Option<&str>,
    options: &ReadOptions,
    budget: &RunBudget,
) -> ItemIter {
    if format == Format::Jsonl {
        return documents(read_jsonl(std::io::Cursor::new(bytes), id, options));
    }
    if format == Format::Feed {
        return match parse_feed(&bytes, url.unwrap_or(id)) {
            Ok(mut entries) => {
                let granted = budget.take_feed_entries(entries.len());
                let dropped = entries.len() - granted;
                entries.truncate(granted);
                let docs = feed::FeedDocuments::new(entries, id, options, budget);
                if dropped == 0 {
                    return documents(docs);
                }
                let note = Item::Failed(Failure {
                    id: id.to_string(),
                    origin: id.to_string(),
                    message: format!(
                        "{id}: {dropped} feed entries not read: the run's limit of {} feed entries is reached",
                        options.max_feed_entries
                    ),
                });
                documents(docs.chain(std::iter::once(note)))
            }
            Err(e) => failed(id, id, e),
        };
    }
    let text = match String::from_utf8(bytes) {
        Ok(mut text) => {
            if text.starts_with('\u{feff}') {
                text.drain(..3);
            }
            text
        }
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            return failed(
                id,
                id,
                format!("{id} is not valid UTF-8 (invalid byte at offset {at})"),
            );
        }
    };
    text_to_items(text, format, id, url, options)
}

fn text_to_items(
    text: String,
    format: Format,
    id: &str,
    url: Option<&str>,
    options: &ReadOptions,
) -> ItemIter {
    let item = match format {
        Format::Html => match html_to_document(&text, id, url, options) {
            Ok(doc) => Item::Document(doc),
            Err(e) => Item::Failed(Failure {
                id: id.to_string(),
                origin: id.to_string(),
                message: e,
            }),
        },
        _ if text.len() > options.max_document_bytes => Item::Failed(Failure {
            id: id.to_string(),
            origin: id.to_string(),
            message: too_large_message(text.len(), options.max_document_bytes),
        }),
        _ => Item::Document(InputDocument {
            id: id.to_string(),
            text,
            published: options.published.clone(),
            url: url.map(str::to_string),
            ..InputDocument::default()
        }),
    };
    Box::new(std::iter::once(item))
}

/// Reads a stream of unknown format (standard input, a pipe): the format is forced or
/// sniffed from the first buffered bytes, which are not consumed. JSON Lines is read line by
/// line; anything else is read whole, up to its limit. `origin` is the id of a text or HTML
/// document and the prefix of JSON Lines fallback ids.
pub fn read_stream<R: Read + Send + 'static>(
    reader: R,
    origin: &str,
    options: &ReadOptions,
) -> ItemIter {
    read_stream_within(reader, origin, options, &RunBudget::new(options))
}

fn read_stream_within<R: Read + Send + 'static>(
    reader: R,
    origin: &str,
    options: &ReadOptions,
    budget: &RunBudget,
) -> ItemIter {
    let mut reader = BufReader::with_capacity(64 * 1024, reader);
    let format = match options.format {
        Some(f) => f,
        None => match reader.fill_buf() {
            Ok(head) => sniff(head),
            Err(e) => return failed(origin, origin, format!("cannot read {origin}: {e}")),
        },
    };
    if format == Format::Jsonl {
        return documents(read_jsonl(reader, origin, options));
    }
    let limit = match format {
        Format::Text => options.max_document_bytes,
        Format::Feed => options.max_fetch_bytes,
        _ => options.max_document_bytes.saturating_mul(HTML_EXPANSION),
    };
    match read_capped(reader, limit) {
        Ok(bytes) if bytes.len() > limit => failed(
            origin,
            origin,
            format!("document too large (more than the {limit} bytes limit)"),
        ),
        // An empty stream (`sitrep extract < /dev/null`) holds no document at all.
        Ok(bytes) if bytes.iter().all(u8::is_ascii_whitespace) => Box::new(std::iter::empty()),
        Ok(bytes) => read_bytes(bytes, format, origin, None, options, budget),
        Err(e) => failed(origin, origin, format!("cannot read {origin}: {e}")),
    }
}

/// A URL given as input: fetched, then read by forced format, content type or content.
fn read_url(url: &str, options: &ReadOptions, budget: &RunBudget) -> ItemIter {
    let agent = fetch::agent(options.fetch_timeout, options.allow_private_network);
    let fetched = match fetch::fetch_with(&agent, url, options, budget.deadline) {
        Ok(f) => f,
        Err(e) => return failed(url, url, e),
    };
    let content_type = fetched
        .content_type
        .as_deref()
        .unwrap_or("")
        .to_ascii_lowercase();
    let sniffed = sniff(&fetched.body);
    let format = options.format.unwrap_or(
        if ["rss", "atom", "feed+json"]
            .iter()
            .any(|t| content_type.contains(t))
        {
            Format::Feed
        } else if content_type.contains("ndjson") || content_type.contains("jsonl") {
            Format::Jsonl
        } else if content_type.contains("html") || content_type.contains("xml") {
            // Feeds are often served as text/html or text/xml: trust the content.
            match sniffed {
                Format::Feed => Format::Feed,
                Format::Html => Format::Html,
                _ if content_type.contains("html") => Format::Html,
                _ => Format::Text,
            }
        } else {
            sniffed
        },
    );
    match format {
        Format::Jsonl | Format::Feed => read_bytes(
            fetched.body,
            format,
            url,
            Some(&fetched.final_url),
            options,
            budget,
        ),
        Format::Html | Format::Text => {
            let text = fetch::decode_body(&fetched.body, fetched.content_type.as_deref());
            text_to_items(text, format, url, Some(&fetched.final_url), options)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn published_dates() {
        for ok in [
            "2025-06-05",
            "2025-06-05T08:00:00+09:00",
            "2025-03-14 20:30:26Z",
            "2024-02-29",
        ] {
            assert!(check_published(ok).is_ok(), "{ok}");
        }
        for bad in [
            "",
            "2025-6-5",
            "June 5, 2025",
            "2025-02-29",
            "2025-13-01",
            // A multi-byte character straddling the day field (a fuzz find).
            "2025-06-0\u{0}\u{fffd}5",
            "2025-0é-05",
            "2025-06-00",
            "2025-06-05x",
            "２０２５-06-05",
        ] {
            assert!(check_published(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn sniffing() {
        assert_eq!(sniff(b"  \n{\"id\":1}"), Format::Jsonl);
        assert_eq!(sniff(b"<!DOCTYPE html><html>"), Format::Html);
        assert_eq!(
            sniff(b"<?xml version=\"1.0\"?>\n<rss version=\"2.0\">"),
            Format::Feed
        );
        assert_eq!(
            sniff(b"<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">"),
            Format::Feed
        );
        assert_eq!(sniff(b"Kim Jong Un said <html> is fine"), Format::Text);
        assert_eq!(sniff(b"\xEF\xBB\xBF<html>"), Format::Html);
        assert_eq!(sniff(b"<header>x</header><rss"), Format::Feed);
        assert_eq!(sniff(b"<div><p>Fragment</p></div>"), Format::Html);
        assert_eq!(sniff(b"<?xml version=\"1.0\"?><urlset>"), Format::Text);
    }

    #[test]
    fn formats_parse() {
        assert_eq!("JSONL".parse::<Format>().unwrap(), Format::Jsonl);
        assert_eq!("rss".parse::<Format>().unwrap(), Format::Feed);
        assert!("pdf".parse::<Format>().is_err());
    }

    #[test]
    fn items_are_send() {
        fn is_send<T: Send>(_: &T) {}
        is_send(&read_inputs(&[], &ReadOptions::default()));
    }
}

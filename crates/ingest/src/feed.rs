//! RSS and Atom feeds (`feed-rs`): each entry becomes a document. When an entry links to
//! an article and fetching is enabled, the article page is fetched and its main text
//! extracted (a small batch of entries at a time, concurrently); otherwise, or when that
//! fails, the entry's own content or summary is used.

use std::collections::VecDeque;

use serde_json::{Map, Value};
use sitrep_record::InputDocument;
use ureq::Agent;

use crate::fetch::{agent, decode_body, fetch_with, is_http_url};
use crate::html::{fragment_text, html_to_document, paragraphs_to_lines};
use crate::{too_large_message, Failure, Item, ReadOptions, RunBudget};

/// One entry of a feed, with its texts already reduced to plain paragraphs.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FeedEntry {
    /// The entry's `guid`/`id` (feed-rs derives one from the link when the feed has none).
    pub id: String,
    pub title: Option<String>,
    /// The article the entry points to (the first `alternate` link, else the first link).
    pub link: Option<String>,
    /// RFC 3339 (`2025-06-05T10:00:00Z`), from `published`, else `updated`.
    pub published: Option<String>,
    /// The summary/description as plain text, one paragraph a line.
    pub summary: Option<String>,
    /// The full content (`content:encoded`, Atom `content`) as plain text.
    pub content: Option<String>,
    pub authors: Vec<String>,
    pub categories: Vec<String>,
    /// The title of the feed the entry came from.
    pub feed_title: Option<String>,
}

/// Plain text of a feed text construct: HTML is reduced to paragraphs, plain text kept
/// (blank lines dropped).
fn text_of(content: &str, is_html: bool) -> Option<String> {
    let text = if is_html {
        fragment_text(content)
    } else {
        paragraphs_to_lines(content)
    };
    (!text.is_empty()).then_some(text)
}

fn looks_like_html(media_type: &str, body: &str) -> bool {
    media_type.contains("html") || (media_type.starts_with("text/plain") && body.contains("</"))
}

/// See [`crate::parse_feed`].
pub(crate) fn parse_feed(bytes: &[u8], origin: &str) -> Result<Vec<FeedEntry>, String> {
    let base = is_http_url(origin).then_some(origin);
    // feed-rs falls back on a random UUID for an entry with neither id nor link (nor a URL
    // to pair with its title); an empty id here lets `content_id` give a stable one instead.
    let parser = feed_rs::parser::Builder::new()
        .base_uri(base)
        .id_generator(|links, title, uri| {
            if links.is_empty() && (uri.is_none() || title.is_none()) {
                String::new()
            } else {
                feed_rs::parser::generate_id(links, title, uri)
            }
        })
        .build();
    let feed = parser
        .parse(bytes)
        .map_err(|e| format!("malformed feed {origin}: {e}"))?;
    let feed_title = feed.title.as_ref().and_then(|t| text_of(&t.content, false));
    let entries = feed
        .entries
        .into_iter()
        .map(|entry| {
            let link = entry
                .links
                .iter()
                .find(|l| matches!(l.rel.as_deref(), None | Some("alternate")))
                .or(entry.links.first())
                .map(|l| l.href.trim().to_string())
                .filter(|h| !h.is_empty());
            let summary = entry.summary.as_ref().and_then(|t| {
                text_of(
                    &t.content,
                    looks_like_html(t.content_type.as_str(), &t.content),
                )
            });
            let content = entry.content.as_ref().and_then(|c| {
                let body = c.body.as_deref()?;
                text_of(body, looks_like_html(c.content_type.as_str(), body))
            });
            let mut entry_out = FeedEntry {
                id: entry.id,
                title: entry.title.as_ref().and_then(|t| {
                    text_of(&t.content, t.content_type.as_str().contains("html"))
                        .map(|t| t.replace('\n', " "))
                }),
                link,
                published: entry
                    .published
                    .or(entry.updated)
                    .map(|d| d.format("%Y-%m-%dT%H:%M:%SZ").to_string()),
                summary,
                content,
                authors: entry.authors.into_iter().filter_map(|p| p.name).collect(),
                categories: entry
                    .categories
                    .into_iter()
                    .map(|c| c.label.unwrap_or(c.term))
                    .collect(),
                feed_title: feed_title.clone(),
            };
            if entry_out.id.trim().is_empty() {
                entry_out.id = content_id(origin, &entry_out);
            }
            entry_out
        })
        .collect();
    Ok(entries)
}

/// A deterministic id for an entry that has neither id nor link: the feed's origin and a
/// 64-bit FNV-1a hash of the entry's title, date, summary and content, so the same entry
/// gets the same id (and document id) in every run, while a reordered or growing feed
/// keeps the ids of the entries it already had.
fn content_id(origin: &str, entry: &FeedEntry) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for part in [
        entry.title.as_deref(),
        entry.published.as_deref(),
        entry.summary.as_deref(),
        entry.content.as_deref(),
    ] {
        // A separator byte that cannot occur in text keeps ("ab", "c") apart from ("a", "bc").
        for byte in part.unwrap_or("").bytes().chain([0xff]) {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    format!("{origin}#entry-{hash:016x}")
}

/// Linked articles fetched and extracted at once, each on its own thread: enough to hide
/// network latency, few enough to stay polite to one site and to bound memory (each body
/// is capped by [`ReadOptions::max_fetch_bytes`]).
const FETCH_BATCH: usize = 4;

/// Lazily turns feed entries into documents, fetching linked articles a batch at a time.
pub(crate) struct FeedDocuments {
    entries: VecDeque<FeedEntry>,
    /// Fetch results for the front entries of `entries` (`None`: nothing to fetch).
    articles: VecDeque<Option<Result<InputDocument, String>>>,
    origin: String,
    options: ReadOptions,
    agent: Option<Agent>,
    /// When fetching stops for the whole run.
    deadline: Option<std::time::Instant>,
}

/// The id of an entry's document: its link, else its feed id.
fn entry_document_id(entry: &FeedEntry) -> String {
    entry.link.clone().unwrap_or_else(|| entry.id.clone())
}

/// Fetches a linked article and extracts it; the page's own date is kept apart from the
/// `--published` default so that the entry's date can come in between.
fn fetch_article(
    agent: &Agent,
    link: &str,
    id: &str,
    options: &ReadOptions,
    deadline: Option<std::time::Instant>,
) -> Result<InputDocument, String> {
    let fetched = fetch_with(agent, link, options, deadline)?;
    let html = decode_body(&fetched.body, fetched.content_type.as_deref());
    let page_options = ReadOptions {
        published: None,
        ..options.clone()
    };
    html_to_document(&html, id, Some(&fetched.final_url), &page_options)
        .map_err(|e| format!("{link}: {e}"))
}

impl FeedDocuments {
    pub(crate) fn new(
        entries: Vec<FeedEntry>,
        origin: &str,
        options: &ReadOptions,
        budget: &RunBudget,
    ) -> Self {
        FeedDocuments {
            entries: entries.into(),
            articles: VecDeque::new(),
            origin: origin.to_string(),
            options: options.clone(),
            agent: None,
            deadline: budget.deadline,
        }
    }

    /// Fetches the articles of the next [`FETCH_BATCH`] entries concurrently.
    fn fetch_batch(&mut self) {
        let timeout = self.options.fetch_timeout;
        let private = self.options.allow_private_network;
        let agent = &*self.agent.get_or_insert_with(|| agent(timeout, private));
        let options = &self.options;
        let deadline = self.deadline;
        let jobs: Vec<(Option<&str>, String)> = self
            .entries
            .iter()
            .take(FETCH_BATCH)
            .map(|e| {
                (
                    e.link.as_deref().filter(|l| is_http_url(l)),
                    entry_document_id(e),
                )
            })
            .collect();
        let results: Vec<Option<Result<InputDocument, String>>> = std::thread::scope(|scope| {
            let handles: Vec<_> = jobs
                .iter()
                .map(|(link, id)| {
                    link.map(|link| {
                        scope.spawn(move || fetch_article(agent, link, id, options, deadline))
                    })
                })
                .collect();
            handles
                .into_iter()
                .zip(&jobs)
                .map(|(handle, (link, _))| {
                    handle.map(|h| {
                        h.join().unwrap_or_else(|_| {
                            Err(format!(
                                "{}: the page could not be processed",
                                link.unwrap_or("")
                            ))
                        })
                    })
                })
                .collect()
        });
        self.articles.extend(results);
    }

    fn entry_to_item(
        &self,
        entry: FeedEntry,
        article: Option<Result<InputDocument, String>>,
    ) -> Item {
        let id = entry_document_id(&entry);
        let mut meta = Map::new();
        meta.insert("feed".into(), Value::String(self.origin.clone()));
        if let Some(t) = &entry.feed_title {
            meta.insert("feed_title".into(), Value::String(t.clone()));
        }
        meta.insert("entry_id".into(), Value::String(entry.id.clone()));
        if !entry.authors.is_empty() {
            meta.insert("author".into(), Value::String(entry.authors.join(", ")));
        }
        if !entry.categories.is_empty() {
            let categories = entry
                .categories
                .iter()
                .cloned()
                .map(Value::String)
                .collect();
            meta.insert("categories".into(), Value::Array(categories));
        }
        let mut fetch_error = None;
        if let Some(article) = article {
            match article {
                Ok(mut doc) => {
                    meta.insert("text_from".into(), Value::String("article".into()));
                    for (k, v) in std::mem::take(&mut doc.meta) {
                        meta.entry(k).or_insert(v);
                    }
                    doc.meta = meta;
                    doc.title = entry.title.or(doc.title);
                    doc.published = doc
                        .published
                        .or(entry.published)
                        .or_else(|| self.options.published.clone());
                    doc.source = entry.feed_title.or(doc.source);
                    return Item::Document(doc);
                }
                Err(e) => fetch_error = Some(e),
            }
        }
        let (text_from, text) = match (entry.content, entry.summary) {
            (Some(content), _) => ("content", content),
            (None, Some(summary)) => ("summary", summary),
            (None, None) => {
                let message = match fetch_error {
                    Some(e) => format!("{e}; the feed entry has no summary to fall back on"),
                    None if entry.link.is_some()
                        && !(self.options.fetch_linked_articles && self.options.allow_fetch) =>
                    {
                        "the feed entry has no text, and fetching linked articles is off"
                            .to_string()
                    }
                    None => "the feed entry has no text and no article link to fetch".to_string(),
                };
                return Item::Failed(Failure {
                    id,
                    origin: self.origin.clone(),
                    message,
                });
            }
        };
        if text.len() > self.options.max_document_bytes {
            return Item::Failed(Failure {
                id,
                origin: self.origin.clone(),
                message: too_large_message(text.len(), self.options.max_document_bytes),
            });
        }
        meta.insert("text_from".into(), Value::String(text_from.into()));
        if let Some(e) = fetch_error {
            meta.insert("fetch_error".into(), Value::String(e));
        }
        Item::Document(InputDocument {
            id,
            text,
            title: entry.title,
            published: entry.published.or_else(|| self.options.published.clone()),
            url: entry.link,
            source: entry.feed_title,
            meta,
        })
    }
}

impl Iterator for FeedDocuments {
    type Item = Item;

    fn next(&mut self) -> Option<Item> {
        if self.options.fetch_linked_articles
            && self.options.allow_fetch
            && self.articles.is_empty()
            && !self.entries.is_empty()
        {
            self.fetch_batch();
        }
        let entry = self.entries.pop_front()?;
        let article = self.articles.pop_front().flatten();
        Some(self.entry_to_item(entry, article))
    }
}

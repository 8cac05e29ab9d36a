//! HTML pages: main article text through `dom_smoothie` (a port of Mozilla's Readability),
//! with a plain paragraph extraction as fallback, and page metadata (title, publication
//! date, canonical URL, author, site name) read from the page head and JSON-LD.

use std::cell::{Cell, RefCell};

use dom_query::{Document, NodeRef};
use dom_smoothie::{Config, Readability, TextMode};
use serde_json::Value;
use sitrep_record::InputDocument;

use crate::{check_published, fetch::is_http_url, too_large_message, ReadOptions};

/// Elements that never hold article text; dropped before the fallback extraction.
const BOILERPLATE: &str =
    "script, style, noscript, template, nav, header, footer, aside, form, iframe, svg, button, select";

/// Below this many bytes of Readability text, the paragraph extraction is tried as well
/// (Readability's own threshold for a satisfying article is 500 characters).
const SHORT_PAGE_CHARS: usize = 500;

/// Metadata read from a page, each field in the order of preference documented on
/// [`crate::html_to_document`].
#[derive(Debug, Default)]
struct PageMeta {
    og_title: Option<String>,
    title_tag: Option<String>,
    json_ld_headline: Option<String>,
    h1: Option<String>,
    /// Candidate publication dates with their rank (lower is preferred).
    dates: Vec<(u8, String)>,
    canonical: Option<String>,
    og_url: Option<String>,
    author: Option<String>,
    site_name: Option<String>,
    lang: Option<String>,
}

impl PageMeta {
    fn published(&self) -> Option<String> {
        let mut valid: Vec<&(u8, String)> = self
            .dates
            .iter()
            .filter(|(_, d)| check_published(d).is_ok())
            .collect();
        // Stable: among equal ranks the first in document order wins.
        valid.sort_by_key(|(rank, _)| *rank);
        valid.first().map(|(_, d)| d.clone())
    }
}

/// Collapses runs of whitespace into one space and trims.
fn clean(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn non_empty(s: &str) -> Option<String> {
    let s = clean(s);
    (!s.is_empty()).then_some(s)
}

/// Text with one paragraph a line: lines trimmed, inner whitespace collapsed, blank lines dropped.
pub(crate) fn paragraphs_to_lines(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        let mut words = line.split_whitespace().peekable();
        if words.peek().is_none() {
            continue;
        }
        if !out.is_empty() {
            out.push('\n');
        }
        for (i, word) in words.enumerate() {
            if i > 0 {
                out.push(' ');
            }
            out.push_str(word);
        }
    }
    out
}

/// Resolves `href` against `base` (absolute http(s) URLs only; enough for canonical links).
fn resolve_url(href: &str, base: Option<&str>) -> Option<String> {
    let href = href.trim();
    if href.is_empty() {
        return None;
    }
    if is_http_url(href) {
        return Some(href.to_string());
    }
    let base = base.filter(|b| is_http_url(b))?;
    let scheme_end = base.find("://")? + 3;
    let host_end = base[scheme_end..]
        .find(['/', '?', '#'])
        .map_or(base.len(), |i| scheme_end + i);
    if let Some(rest) = href.strip_prefix("//") {
        return Some(format!("{}{rest}", &base[..scheme_end]));
    }
    if href.starts_with('/') {
        return Some(format!("{}{href}", &base[..host_end]));
    }
    let path = &base[..base[..base.find(['?', '#']).unwrap_or(base.len())]
        .rfind('/')
        .filter(|&i| i >= host_end)
        .map_or(base.len(), |i| i + 1)];
    let sep = if path.len() == host_end { "/" } else { "" };
    Some(format!("{path}{sep}{href}"))
}

fn read_meta(doc: &Document) -> PageMeta {
    let mut meta = PageMeta::default();
    for node in doc.select("meta").nodes() {
        let key = node
            .attr("property")
            .or_else(|| node.attr("name"))
            .or_else(|| node.attr("itemprop"))
            .map(|k| k.to_ascii_lowercase());
        let (Some(key), Some(content)) = (key, node.attr("content")) else {
            continue;
        };
        let content = content.trim().to_string();
        if content.is_empty() {
            continue;
        }
        match key.as_str() {
            "og:title" => meta.og_title = meta.og_title.take().or(non_empty(&content)),
            "og:url" => meta.og_url = meta.og_url.take().or(Some(content)),
            "og:site_name" => meta.site_name = meta.site_name.take().or(non_empty(&content)),
            // `article:author` is often a profile URL rather than a name.
            "author" | "article:author" | "byl" | "dc.creator" if !is_http_url(&content) => {
                meta.author = meta.author.take().or(non_empty(&content));
            }
            "article:published_time" | "og:published_time" => meta.dates.push((0, content)),
            "datepublished" => meta.dates.push((1, content)),
            "pubdate" | "publishdate" | "publish-date" | "publish_date" | "date" | "dc.date"
            | "dc.date.issued" | "dcterms.created" | "dcterms.issued" | "parsely-pub-date"
            | "sailthru.date" | "article.published" => meta.dates.push((3, content)),
            _ => {}
        }
    }
    for script in doc.select("script[type=\"application/ld+json\"]").nodes() {
        if let Ok(value) = serde_json::from_str::<Value>(script.text().trim()) {
            json_ld(&value, &mut meta, 0);
        }
    }
    for node in doc.select("time[datetime]").nodes() {
        let rank = if node
            .attr("itemprop")
            .is_some_and(|p| p.eq_ignore_ascii_case("datePublished"))
            || node.attr("pubdate").is_some()
        {
            1
        } else {
            4
        };
        if let Some(d) = node.attr("datetime") {
            meta.dates.push((rank, d.trim().to_string()));
        }
    }
    for node in doc.select("link[rel][href]").nodes() {
        let is_canonical = node.attr("rel").is_some_and(|r| {
            r.split_whitespace()
                .any(|t| t.eq_ignore_ascii_case("canonical"))
        });
        if is_canonical && meta.canonical.is_none() {
            meta.canonical = node.attr("href").map(|h| h.trim().to_string());
        }
    }
    meta.title_tag = doc
        .select("title")
        .nodes()
        .first()
        .and_then(|n| non_empty(&n.text()));
    meta.h1 = doc
        .select("h1")
        .nodes()
        .first()
        .and_then(|n| non_empty(&n.text()));
    meta.lang = doc
        .select("html[lang]")
        .attr("lang")
        .and_then(|l| non_empty(&l));
    meta
}

/// Looks for `datePublished` and `headline` in a JSON-LD value (objects, arrays, `@graph`).
fn json_ld(value: &Value, meta: &mut PageMeta, depth: usize) {
    if depth > 8 {
        return;
    }
    match value {
        Value::Array(items) => items.iter().for_each(|v| json_ld(v, meta, depth + 1)),
        Value::Object(map) => {
            if let Some(Value::String(d)) = map.get("datePublished") {
                meta.dates.push((2, d.trim().to_string()));
            }
            if let Some(Value::String(h)) = map.get("headline") {
                meta.json_ld_headline = meta.json_ld_headline.take().or(non_empty(h));
            }
            if let Some(graph) = map.get("@graph") {
                json_ld(graph, meta, depth + 1);
            }
        }
        _ => {}
    }
}

/// The fallback extraction: boilerplate elements removed, then the paragraphs of the first
/// `article`, `main` or `[role=main]` container (else of the whole body).
fn paragraph_text(html: &str) -> String {
    let doc = Document::from(html);
    doc.select(BOILERPLATE).remove();
    let container = ["article", "main", "[role=main]", "body"]
        .iter()
        .map(|sel| doc.select(sel))
        .find(|s| s.exists());
    let Some(container) = container else {
        return paragraphs_to_lines(&doc.formatted_text());
    };
    let paragraphs: Vec<String> = container
        .select("p")
        .nodes()
        .iter()
        .filter_map(|p: &NodeRef| non_empty(&p.text()))
        .collect();
    if paragraphs.is_empty() {
        paragraphs_to_lines(&container.formatted_text())
    } else {
        paragraphs.join("\n")
    }
}

/// See [`crate::html_to_document`].
pub(crate) fn html_to_document(
    html: &str,
    id: &str,
    url: Option<&str>,
    options: &ReadOptions,
) -> Result<InputDocument, String> {
    if nests_deeper_than(html, MAX_NESTING) {
        return flat_document(html, id, url, options);
    }
    let doc = Document::from(html);
    let meta = read_meta(&doc);
    let document_url = url.filter(|u| is_http_url(u));
    let config = Config {
        text_mode: TextMode::Formatted,
        ..Config::default()
    };
    let mut extraction = "readability";
    let mut text = String::new();
    let mut readability_title = None;
    let mut byline = None;
    if let Ok(mut readability) = Readability::with_document(doc, document_url, Some(config)) {
        if let Ok(article) = readability.parse() {
            text = paragraphs_to_lines(&article.text_content);
            readability_title = non_empty(&article.title);
            byline = article.byline.as_deref().and_then(non_empty);
        }
    }
    // Readability gives up its length heuristics on short pages and may then return a
    // fragment; the paragraph extraction is cheap there, and the longer text wins.
    if text.len() < SHORT_PAGE_CHARS {
        let paragraphs = paragraph_text(html);
        if paragraphs.len() > text.len() {
            extraction = "paragraphs";
            text = paragraphs;
        }
    }
    if text.is_empty() {
        return Err("no article text found in the page".to_string());
    }
    if text.len() > options.max_document_bytes {
        return Err(too_large_message(text.len(), options.max_document_bytes));
    }
    let title = meta
        .og_title
        .clone()
        .or(readability_title)
        .or(meta.json_ld_headline.clone())
        .or(meta.title_tag.clone())
        .or(meta.h1.clone());
    let page_url = meta
        .canonical
        .as_deref()
        .and_then(|c| resolve_url(c, document_url))
        .or_else(|| {
            meta.og_url
                .as_deref()
                .and_then(|u| resolve_url(u, document_url))
        })
        .or_else(|| document_url.map(str::to_string));
    let mut doc_meta = serde_json::Map::new();
    if let Some(author) = meta.author.clone().or(byline) {
        doc_meta.insert("author".into(), Value::String(author));
    }
    if let Some(site) = &meta.site_name {
        doc_meta.insert("site_name".into(), Value::String(site.clone()));
    }
    if let Some(lang) = &meta.lang {
        doc_meta.insert("lang".into(), Value::String(lang.clone()));
    }
    doc_meta.insert("extraction".into(), Value::String(extraction.into()));
    Ok(InputDocument {
        id: id.to_string(),
        text,
        title,
        published: meta.published().or_else(|| options.published.clone()),
        url: page_url,
        source: meta.site_name,
        meta: doc_meta,
    })
}

/// A page nested too deeply for the DOM: its flat text, the `<title>`, and the URL it was
/// read from; `meta.extraction` is `flat`.
fn flat_document(
    html: &str,
    id: &str,
    url: Option<&str>,
    options: &ReadOptions,
) -> Result<InputDocument, String> {
    let (text, title) = flat_text(html);
    if text.is_empty() {
        return Err("no article text found in the page".to_string());
    }
    if text.len() > options.max_document_bytes {
        return Err(too_large_message(text.len(), options.max_document_bytes));
    }
    let mut meta = serde_json::Map::new();
    meta.insert("extraction".into(), Value::String("flat".into()));
    Ok(InputDocument {
        id: id.to_string(),
        text,
        title,
        published: options.published.clone(),
        url: url.filter(|u| is_http_url(u)).map(str::to_string),
        source: None,
        meta,
    })
}

/// Text of an HTML fragment (a feed entry's summary or content): paragraphs a line.
pub(crate) fn fragment_text(html: &str) -> String {
    if nests_deeper_than(html, MAX_NESTING) {
        return flat_text(html).0;
    }
    let doc = Document::fragment(html);
    doc.select(BOILERPLATE).remove();
    paragraphs_to_lines(&doc.formatted_text())
}

/// Deepest element nesting handed to the DOM-based extraction. Real pages nest 20 to 60
/// deep; Readability and the DOM helpers walk the tree recursively, so a page of 150,000
/// unclosed `<i>` overflowed the stack and 100,000 nested `<div>` took minutes. Deeper pages
/// are read by [`flat_text`], which is linear and uses no recursion.
pub(crate) const MAX_NESTING: usize = 256;

/// Elements that never have content (no end tag).
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "keygen", "link", "meta", "param",
    "source", "track", "wbr",
];

/// Elements whose end tag is optional: a new one closes the previous sibling, so they do
/// not nest when left open (`<p>a<p>b`, `<li>`, table cells).
const SELF_CLOSING_SIBLINGS: &[&str] = &[
    "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "tbody", "thead", "tfoot", "rt",
    "rp", "colgroup",
];

/// Elements whose content is not markup; their text is skipped to the end tag.
const RAW_TEXT: &[&str] = &[
    "script", "style", "textarea", "title", "xmp", "noscript", "template", "iframe", "noembed",
    "noframes",
];

/// Elements after which the flat extraction starts a new line.
const BLOCK: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "br",
    "dd",
    "div",
    "dl",
    "dt",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "table",
    "td",
    "th",
    "tr",
    "ul",
];

/// One tag found by [`scan_tags`].
struct Tag {
    /// Lower-cased element name (ASCII); empty for comments, doctypes and processing
    /// instructions.
    name: String,
    closing: bool,
    self_closing: bool,
    /// Byte offset just past the tag.
    end: usize,
}

/// Reads the tag starting at `html[at] == '<'`, or `None` when `<` does not open a tag (it
/// is then text). Quoted attribute values may hold `>`. Linear in the tag's length.
fn tag_at(html: &str, at: usize) -> Option<Tag> {
    let b = html.as_bytes();
    let next = *b.get(at + 1)?;
    if next == b'!' || next == b'?' {
        let end = if html[at..].starts_with("<!--") {
            html[at + 4..]
                .find("-->")
                .map_or(html.len(), |i| at + 4 + i + 3)
        } else {
            html[at..].find('>').map_or(html.len(), |i| at + i + 1)
        };
        return Some(Tag {
            name: String::new(),
            closing: false,
            self_closing: true,
            end,
        });
    }
    let closing = next == b'/';
    let name_start = at + 1 + usize::from(closing);
    if !b.get(name_start).is_some_and(u8::is_ascii_alphabetic) {
        return None;
    }
    let mut i = name_start;
    while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'-' || b[i] == b':') {
        i += 1;
    }
    let name = html[name_start..i].to_ascii_lowercase();
    let mut quote = None;
    while i < b.len() {
        match (quote, b[i]) {
            (None, b'"' | b'\'') => quote = Some(b[i]),
            (Some(q), c) if c == q => quote = None,
            (None, b'>') => break,
            _ => {}
        }
        i += 1;
    }
    let end = (i + 1).min(b.len());
    let self_closing = i > 0 && b.get(i - 1) == Some(&b'/');
    Some(Tag {
        name,
        closing,
        self_closing,
        end,
    })
}

/// Calls `on_tag` for each tag and `on_text` for each run of text between tags, in order,
/// skipping the content of raw-text elements (passed whole to `on_raw` with their name).
/// `on_tag` returns false to stop the scan.
fn scan_tags(
    html: &str,
    mut on_tag: impl FnMut(&Tag) -> bool,
    mut on_text: impl FnMut(&str),
    mut on_raw: impl FnMut(&str, &str),
) {
    let mut at = 0;
    let mut text_start = 0;
    while let Some(offset) = html[at..].find('<') {
        let lt = at + offset;
        let Some(tag) = tag_at(html, lt) else {
            at = lt + 1;
            continue;
        };
        if text_start < lt {
            on_text(&html[text_start..lt]);
        }
        if !on_tag(&tag) {
            return;
        }
        at = tag.end;
        if !tag.closing && !tag.self_closing && RAW_TEXT.contains(&tag.name.as_str()) {
            // Up to the matching end tag (ASCII case-insensitively), else the end.
            let close = format!("</{}", tag.name);
            let rest = &html[at..];
            let found = rest
                .as_bytes()
                .windows(close.len())
                .position(|w| w.eq_ignore_ascii_case(close.as_bytes()));
            let raw_end = found.map_or(html.len(), |i| at + i);
            on_raw(&tag.name, &html[at..raw_end]);
            at = match found {
                Some(_) => html[raw_end..]
                    .find('>')
                    .map_or(html.len(), |i| raw_end + i + 1),
                None => html.len(),
            };
        }
        text_start = at;
    }
    if text_start < html.len() {
        on_text(&html[text_start..]);
    }
}

/// True when the elements of `html` nest deeper than `cap`, counted the way a browser
/// would build the tree for ordinary markup: void elements and elements whose end tag is
/// optional do not nest, an end tag closes the innermost element. Stops at the first
/// element past the cap, so the scan is linear.
pub(crate) fn nests_deeper_than(html: &str, cap: usize) -> bool {
    let mut depth = 0usize;
    let mut deeper = false;
    scan_tags(
        html,
        |tag| {
            let name = tag.name.as_str();
            if name.is_empty() || VOID.contains(&name) || SELF_CLOSING_SIBLINGS.contains(&name) {
                return true;
            }
            if tag.closing {
                depth = depth.saturating_sub(1);
            } else if !tag.self_closing {
                depth += 1;
                if depth > cap {
                    deeper = true;
                    return false;
                }
            }
            true
        },
        |_| {},
        |_, _| {},
    );
    deeper
}

/// Decodes the character references that matter in running text: the named ones news
/// pages use, and every numeric one (`&#8220;`, `&#x2014;`); others are kept as written.
fn decode_entities(text: &str, out: &mut String) {
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp + 1..];
        let end = after
            .char_indices()
            .take(12)
            .find(|&(_, c)| c == ';')
            .map(|(i, _)| i);
        let decoded = end.and_then(|end| {
            let name = &after[..end];
            let c = match name {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                "nbsp" => Some(' '),
                "mdash" => Some('—'),
                "ndash" => Some('–'),
                "lsquo" => Some('‘'),
                "rsquo" => Some('’'),
                "ldquo" => Some('“'),
                "rdquo" => Some('”'),
                "hellip" => Some('…'),
                _ => {
                    let number = name.strip_prefix('#')?;
                    let code = match number.strip_prefix(['x', 'X']) {
                        Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                        None => number.parse().ok()?,
                    };
                    char::from_u32(code).filter(|c| *c != '\0')
                }
            }?;
            Some((c, end))
        });
        match decoded {
            Some((c, end)) => {
                out.push(c);
                rest = &after[end + 1..];
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
}

/// The text of a page read without building a tree: tags dropped, scripts, styles and the
/// like skipped, a line break at each block element, references decoded. Used for pages
/// nested too deeply for the DOM ([`MAX_NESTING`]); linear in the page's length.
pub(crate) fn flat_text(html: &str) -> (String, Option<String>) {
    // Both callbacks write the text: shared through cells, the scan being sequential.
    let text = RefCell::new(String::with_capacity(html.len() / 2));
    let boilerplate_depth = Cell::new(0usize);
    let mut title = None;
    scan_tags(
        html,
        |tag| {
            let name = tag.name.as_str();
            if matches!(name, "nav" | "header" | "footer" | "aside" | "form") {
                let depth = boilerplate_depth.get();
                if tag.closing {
                    boilerplate_depth.set(depth.saturating_sub(1));
                } else if !tag.self_closing {
                    boilerplate_depth.set(depth + 1);
                }
            }
            if BLOCK.contains(&name) {
                text.borrow_mut().push('\n');
            }
            true
        },
        |t| {
            if boilerplate_depth.get() == 0 {
                decode_entities(t, &mut text.borrow_mut());
            }
        },
        |name, raw| {
            if name == "title" && title.is_none() {
                let mut t = String::new();
                decode_entities(raw, &mut t);
                title = non_empty(&t);
            }
        },
    );
    (paragraphs_to_lines(&text.into_inner()), title)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolves_canonical_links() {
        let base = Some("https://news.example/world/story.html?x=1");
        assert_eq!(
            resolve_url("/a/b", base).unwrap(),
            "https://news.example/a/b"
        );
        assert_eq!(
            resolve_url("c.html", base).unwrap(),
            "https://news.example/world/c.html"
        );
        assert_eq!(
            resolve_url("//cdn.example/x", base).unwrap(),
            "https://cdn.example/x"
        );
        assert_eq!(
            resolve_url("http://o.example/", base).unwrap(),
            "http://o.example/"
        );
        assert_eq!(
            resolve_url("x", Some("https://h.example")).unwrap(),
            "https://h.example/x"
        );
        assert_eq!(resolve_url("/a", None), None);
    }

    #[test]
    fn lines_are_normalised() {
        assert_eq!(paragraphs_to_lines("  a  b \n\n\n c\t\n"), "a b\nc");
    }

    #[test]
    fn dates_ranked_and_validated() {
        let html = r#"<html><head><meta name="date" content="2020-01-01">
            <meta property="article:published_time" content="not a date">
            <script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2025-06-05T08:00:00+09:00","headline":"H"}]}</script>
            </head><body><time datetime="2019-01-01">x</time><p>Text.</p></body></html>"#;
        let meta = read_meta(&Document::from(html));
        assert_eq!(meta.published().unwrap(), "2025-06-05T08:00:00+09:00");
        assert_eq!(meta.json_ld_headline.as_deref(), Some("H"));
    }

    #[test]
    fn fallback_keeps_paragraphs_only() {
        let html = "<html><body><nav><p>Home</p></nav><article><p>One  two.</p><script>x()</script><p>Three.</p></article><footer><p>(c)</p></footer></body></html>";
        assert_eq!(paragraph_text(html), "One two.\nThree.");
    }

    #[test]
    fn nesting_is_measured_like_a_browser_builds_it() {
        assert!(!nests_deeper_than("<div><p>a<p>b<p>c</div>", 1));
        assert!(nests_deeper_than("<div><div>x</div></div>", 1));
        assert!(!nests_deeper_than("<div><br><img src='>'><hr/></div>", 1));
        let unclosed_p = "<p>x".repeat(10_000);
        assert!(!nests_deeper_than(&unclosed_p, MAX_NESTING));
        let unclosed_i = "<i>x".repeat(10_000);
        assert!(nests_deeper_than(&unclosed_i, MAX_NESTING));
        // Tags inside scripts and comments do not count.
        let script = format!(
            "<script>{}</script><!-- {} -->",
            "<i>".repeat(1000),
            "<b>".repeat(1000)
        );
        assert!(!nests_deeper_than(&script, 10));
    }

    #[test]
    fn flat_text_reads_blocks_and_references() {
        let html = "<html><head><title>A &amp; B</title><style>p{}</style></head><body>\
            <nav>Home</nav><div><p>Kim said &#8220;no&#x201d;.<p>Second&nbsp;line<br>third</div>\
            <script>var x = '<p>';</script></body></html>";
        let (text, title) = flat_text(html);
        assert_eq!(text, "Kim said \u{201c}no\u{201d}.\nSecond line\nthird");
        assert_eq!(title.as_deref(), Some("A & B"));
        let mut out = String::new();
        decode_entities("a &bogus; & &#0; &#x110000; b", &mut out);
        assert_eq!(out, "a &bogus; & &#0; &#x110000; b");
    }

    #[test]
    fn deeply_nested_pages_are_read_flat() {
        // 150,000 unclosed `<i>` (450 KB) overflowed the stack; nested `<div>` took minutes.
        for html in [
            format!(
                "<html><body><p>Troops crossed the border.</p>{}",
                "<i>".repeat(150_000)
            ),
            format!(
                "{}<p>Troops crossed the border.</p>",
                "<div>".repeat(100_000)
            ),
        ] {
            let doc = html_to_document(&html, "deep", None, &ReadOptions::default()).unwrap();
            assert_eq!(doc.text, "Troops crossed the border.");
            assert_eq!(doc.meta["extraction"], "flat");
        }
        let summary = format!("{}Inside.", "<b>".repeat(100_000));
        assert_eq!(fragment_text(&summary), "Inside.");
    }

    #[test]
    fn fragments() {
        assert_eq!(
            fragment_text("<p>First <b>bold</b>.</p><p>Second.</p>"),
            "First bold.\nSecond."
        );
    }
}

//! Integration tests of every input kind, read through the public API.

mod support;

use std::collections::HashMap;
use std::time::Duration;

use sitrep_ingest::{
    html_to_document, parse_feed, read_inputs, read_stream, Format, Item, ReadOptions, USER_AGENT,
};
use support::*;

fn read<S: AsRef<str>>(inputs: &[S], options: &ReadOptions) -> Vec<Item> {
    let inputs: Vec<String> = inputs.iter().map(|s| s.as_ref().to_string()).collect();
    read_inputs(&inputs, options).collect()
}

/// The tests' servers listen on 127.0.0.1, which fetches refuse unless told otherwise.
fn local() -> ReadOptions {
    ReadOptions {
        allow_private_network: true,
        ..ReadOptions::default()
    }
}

fn offline() -> ReadOptions {
    ReadOptions {
        fetch_linked_articles: false,
        ..local()
    }
}

// ---------------------------------------------------------------- JSON Lines

#[test]
fn jsonl_keeps_unknown_fields_and_goes_on_after_bad_lines() {
    let dir = TempDir::new("jsonl");
    let mut data = Vec::new();
    data.extend_from_slice(
        br#"{"id":"a","text":"First.","title":"T","published":"2025-06-05","url":"https://x.example/a","source":"VOA","section":"Asia","author":"Jeff","keywords":"x, y"}"#,
    );
    data.extend_from_slice(b"\n{\"id\":\"broken\",\"text\":\n");
    data.extend_from_slice(b"{\"id\":\"latin\",\"text\":\"caf\xe9\"}\n");
    data.extend_from_slice(b"   \n");
    data.extend_from_slice(b"{\"id\":\"c\",\"title\":\"no text\"}\n");
    data.extend_from_slice(b"{\"text\":\"no id\",\"published\":\"2025-03-14 20:30:26Z\"}\r\n");
    let path = dir.write("docs.jsonl", &data);
    let items = read(&[&path], &offline());
    assert_eq!(items.len(), 5, "{items:#?}");

    let first = doc(&items[0]);
    assert_eq!(first.id, "a");
    assert_eq!(first.title.as_deref(), Some("T"));
    assert_eq!(first.source.as_deref(), Some("VOA"));
    let keys: Vec<&str> = first.meta.keys().map(String::as_str).collect();
    assert_eq!(keys, ["section", "author", "keywords"]);

    let broken = failure(&items[1]);
    assert_eq!(broken.id, format!("{path}:2"));
    assert_eq!(broken.origin, path);
    assert!(
        broken.message.contains("malformed JSON"),
        "{}",
        broken.message
    );

    let latin = failure(&items[2]);
    assert_eq!(latin.id, format!("{path}:3"));
    assert!(latin.message.contains("invalid UTF-8"), "{}", latin.message);

    let no_text = failure(&items[3]);
    assert_eq!(no_text.id, "c");
    assert!(no_text.message.contains("missing `text`") && no_text.message.contains(":5"));

    let no_id = doc(&items[4]);
    assert_eq!(no_id.id, format!("{path}:6"));
    assert_eq!(no_id.published.as_deref(), Some("2025-03-14 20:30:26Z"));
}

#[test]
fn oversized_jsonl_line_is_skipped_without_stopping() {
    let dir = TempDir::new("huge-line");
    let options = ReadOptions {
        max_document_bytes: 1000,
        ..offline()
    };
    // Far past the line cap (2 x 1000 + 64 KiB): refused while being read.
    let huge = format!("{{\"id\":\"huge\",\"text\":\"{}\"}}\n", "z".repeat(200_000));
    // Under the line cap but over the text limit: refused after parsing, with its id.
    let big = format!("{{\"id\":\"big\",\"text\":\"{}\"}}\n", "z".repeat(1500));
    let path = dir.write(
        "big.ndjson",
        format!("{huge}{big}{{\"id\":\"after\",\"text\":\"ok\"}}\n"),
    );
    let items = read(&[&path], &options);
    assert_eq!(items.len(), 3);
    let huge = failure(&items[0]);
    assert_eq!(huge.id, format!("{path}:1"));
    assert!(
        huge.message
            .starts_with("document too large (200023 bytes >"),
        "{}",
        huge.message
    );
    let big = failure(&items[1]);
    assert_eq!(big.id, "big");
    assert_eq!(
        big.message,
        "document too large (1500 bytes > 1000 bytes limit)"
    );
    assert_eq!(doc(&items[2]).id, "after");
}

#[test]
fn forced_format_reads_any_extension_as_jsonl() {
    let dir = TempDir::new("forced");
    let path = dir.write("export.txt", "{\"id\":\"x\",\"text\":\"y\"}\n");
    let options = ReadOptions {
        format: Some(Format::Jsonl),
        ..offline()
    };
    assert_eq!(doc(&read(&[&path], &options)[0]).id, "x");
    // Without forcing, a .txt file is plain text whose id is its path.
    assert_eq!(doc(&read(&[&path], &offline())[0]).id, path);
}

#[test]
fn voa_corpus_reads_89_documents_with_sections() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/corpora/voa/voa_stories.jsonl"
    );
    if !std::path::Path::new(path).exists() {
        eprintln!("skipping: {path} is absent");
        return;
    }
    let items = read(&[path.to_string()], &offline());
    assert_eq!(items.len(), 89);
    for item in &items {
        let d = doc(item);
        assert!(
            d.meta.get("section").is_some_and(|s| s.is_string()),
            "{}",
            d.id
        );
        assert!(d.meta.contains_key("author") && d.meta.contains_key("keywords"));
        assert!(d.published.as_deref().is_some_and(|p| p.len() >= 10));
        assert!(!d.text.is_empty() && d.title.is_some() && d.url.is_some());
    }
}

// ---------------------------------------------------------------- files and directories

#[test]
fn plain_text_takes_the_default_date() {
    let dir = TempDir::new("text");
    let path = dir.write("story.txt", "\u{feff}Kim met Shoigu.\r\nSecond line.\n");
    let options = ReadOptions {
        published: Some("2025-06-05".into()),
        ..offline()
    };
    let items = read(&[&path], &options);
    let d = doc(&items[0]);
    assert_eq!(d.id, path);
    assert_eq!(
        d.text, "Kim met Shoigu.\r\nSecond line.\n",
        "the BOM goes, the rest is kept"
    );
    assert_eq!(d.published.as_deref(), Some("2025-06-05"));
    assert!(d.title.is_none() && d.meta.is_empty());
}

#[test]
fn unreadable_inputs_fail_clearly_and_the_rest_goes_on() {
    let dir = TempDir::new("unreadable");
    let missing = dir.path().join("missing.txt").display().to_string();
    let good = dir.write("good.txt", "Some text.");
    let items = read(&[missing.clone(), good.clone()], &offline());
    assert_eq!(items.len(), 2);
    let f = failure(&items[0]);
    assert_eq!(
        (f.id.as_str(), f.origin.as_str()),
        (missing.as_str(), missing.as_str())
    );
    assert!(
        f.message.contains(&missing) && f.message.contains("No such file"),
        "{}",
        f.message
    );
    assert_eq!(doc(&items[1]).id, good);

    // Permission denied: only observable when not running as root.
    let locked = dir.write("locked.txt", "secret");
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();
    if std::fs::read(&locked).is_err() {
        let items = read(&[locked.clone(), good.clone()], &offline());
        let f = failure(&items[0]);
        assert!(
            f.message.contains(&locked) && f.message.contains("denied"),
            "{}",
            f.message
        );
        assert_eq!(doc(&items[1]).id, good);
    }
}

#[test]
fn too_large_text_file_fails() {
    let dir = TempDir::new("large");
    let big = dir.write("big.txt", "a".repeat(2000));
    let small = dir.write("small.txt", "a".repeat(10));
    let options = ReadOptions {
        max_document_bytes: 1000,
        ..offline()
    };
    let items = read(&[big, small.clone()], &options);
    assert_eq!(
        failure(&items[0]).message,
        "document too large (2000 bytes > 1000 bytes limit)"
    );
    assert_eq!(doc(&items[1]).id, small);
}

#[test]
fn directories_are_walked_in_sorted_order_skipping_hidden_and_binary() {
    let dir = TempDir::new("walk");
    dir.write("b.txt", "bee");
    dir.write("a/z.txt", "zed");
    dir.write("a/m/deep.txt", "deep");
    dir.write(
        "c.jsonl",
        "{\"id\":\"c1\",\"text\":\"x\"}\n{\"id\":\"c2\",\"text\":\"y\"}\n",
    );
    dir.write(".hidden.txt", "hidden");
    dir.write(".git/config", "hidden dir");
    dir.write("photo.png", b"\x89PNG\r\n\x1a\n\0\0");
    dir.write("blob.dat", b"abc\0def");
    dir.write("latin1.txt", b"caf\xe9");
    dir.write("B.txt", "capital sorts first");
    let root = dir.path().display().to_string();
    let ids = |items: &[Item]| -> Vec<String> {
        items
            .iter()
            .map(|i| match i {
                Item::Document(d) => d.id.replacen(&root, "", 1),
                Item::Failed(f) => format!("FAILED {}", f.id.replacen(&root, "", 1)),
            })
            .collect()
    };
    let items = read(&[&root], &offline());
    let expected = [
        "/B.txt",
        "/a/m/deep.txt",
        "/a/z.txt",
        "/b.txt",
        "c1",
        "c2",
        "FAILED /latin1.txt",
    ];
    assert_eq!(ids(&items), expected);
    assert!(failure(&items[6]).message.contains("not valid UTF-8"));
    // Deterministic: a second walk gives the same sequence.
    assert_eq!(ids(&read(&[&root], &offline())), expected);
    // A binary file named explicitly is an error, not a silent skip.
    let blob = dir.path().join("blob.dat").display().to_string();
    assert!(failure(&read(&[blob], &offline())[0])
        .message
        .contains("binary"));
}

#[test]
fn streams_are_sniffed() {
    let options = offline();
    let jsonl = "\n{\"id\":\"s1\",\"text\":\"a\"}\n{\"id\":\"s2\",\"text\":\"b\"}\n";
    let items: Vec<Item> = read_stream(std::io::Cursor::new(jsonl), "stdin", &options).collect();
    assert_eq!(
        items.iter().map(|i| doc(i).id.clone()).collect::<Vec<_>>(),
        ["s1", "s2"]
    );

    let page = news_page(
        "Kim pledges support",
        "2025-06-05T09:00:00Z",
        "https://herald.example/k",
    );
    let items: Vec<Item> = read_stream(std::io::Cursor::new(page), "stdin", &options).collect();
    assert_eq!(doc(&items[0]).title.as_deref(), Some("Kim pledges support"));

    let items: Vec<Item> =
        read_stream(std::io::Cursor::new("Just text."), "stdin", &options).collect();
    assert_eq!(
        (doc(&items[0]).id.as_str(), doc(&items[0]).text.as_str()),
        ("stdin", "Just text.")
    );

    let items = read_stream(std::io::Cursor::new(" \n"), "stdin", &options);
    assert_eq!(items.count(), 0, "an empty stream has no document");

    let small = ReadOptions {
        max_document_bytes: 5,
        ..offline()
    };
    let items: Vec<Item> =
        read_stream(std::io::Cursor::new("123456789"), "stdin", &small).collect();
    assert!(failure(&items[0]).message.contains("too large"));
}

// ---------------------------------------------------------------- HTML

#[test]
fn html_main_text_without_boilerplate() {
    let page = news_page(
        "Kim pledges support for Russia",
        "2025-06-05T09:30:00+09:00",
        "https://herald.example/world/kim-shoigu",
    );
    let d = html_to_document(&page, "page-1", None, &local()).unwrap();
    assert_eq!(d.id, "page-1");
    let lines: Vec<&str> = d.text.lines().collect();
    for p in ARTICLE_PARAGRAPHS {
        assert!(
            lines.contains(&p),
            "missing paragraph {p:?} in {:?}",
            d.text
        );
    }
    for junk in BOILERPLATE_TEXTS {
        assert!(
            !d.text.contains(junk),
            "boilerplate {junk:?} kept in {:?}",
            d.text
        );
    }
    assert!(!d.text.contains("gtag") && !d.text.contains("display: block"));
    let first = lines
        .iter()
        .position(|l| *l == ARTICLE_PARAGRAPHS[0])
        .unwrap();
    assert_eq!(
        lines[first..first + 6],
        ARTICLE_PARAGRAPHS,
        "paragraphs in order, one a line"
    );

    assert_eq!(d.title.as_deref(), Some("Kim pledges support for Russia"));
    assert_eq!(d.published.as_deref(), Some("2025-06-05T09:30:00+09:00"));
    assert_eq!(
        d.url.as_deref(),
        Some("https://herald.example/world/kim-shoigu")
    );
    assert_eq!(d.source.as_deref(), Some("Daily Herald"));
    assert_eq!(d.meta["author"], "Jane Reporter");
    assert_eq!(d.meta["lang"], "en");
    assert_eq!(d.meta["extraction"], "readability");
}

#[test]
fn html_metadata_fallbacks() {
    // No og:title or article:published_time: <title>, JSON-LD and <time> supply them;
    // relative canonical resolved against the page URL.
    let html = r#"<html><head><title>Ceasefire talks resume</title>
        <link rel="canonical" href="/a/ceasefire">
        <script type="application/ld+json">[{"@type":"WebSite"},{"@type":"NewsArticle","datePublished":"2025-04-02T10:00:00Z"}]</script>
        </head><body><article><p>Negotiators met in Doha on Tuesday.</p></article></body></html>"#;
    let d = html_to_document(
        html,
        "x",
        Some("https://news.example/feed/item?id=3"),
        &local(),
    )
    .unwrap();
    assert_eq!(d.title.as_deref(), Some("Ceasefire talks resume"));
    assert_eq!(d.published.as_deref(), Some("2025-04-02T10:00:00Z"));
    assert_eq!(d.url.as_deref(), Some("https://news.example/a/ceasefire"));
    assert_eq!(d.text, "Negotiators met in Doha on Tuesday.");

    let html = r#"<html><body><h1>Floods</h1><p>Rivers rose.</p><time datetime="2025-01-09">Jan 9</time></body></html>"#;
    let options = ReadOptions {
        published: Some("2000-01-01".into()),
        ..local()
    };
    let d = html_to_document(html, "y", None, &options).unwrap();
    assert_eq!(d.published.as_deref(), Some("2025-01-09"));
    assert!(d.text.contains("Rivers rose."));

    let d = html_to_document(
        "<html><body><p>Undated.</p></body></html>",
        "z",
        None,
        &options,
    )
    .unwrap();
    assert_eq!(
        d.published.as_deref(),
        Some("2000-01-01"),
        "the default fills a missing date"
    );

    let err = html_to_document(
        "<html><body><script>track()</script><img src=x.png></body></html>",
        "e",
        None,
        &options,
    )
    .unwrap_err();
    assert!(err.contains("no article text"), "{err}");
}

#[test]
fn html_file_by_extension_and_by_content() {
    let dir = TempDir::new("html");
    let page = news_page(
        "Kim pledges support",
        "2025-06-05",
        "https://herald.example/k",
    );
    let a = dir.write("a.htm", &page);
    let b = dir.write("b.page", &page);
    let items = read(&[a.clone(), b.clone()], &offline());
    assert_eq!(doc(&items[0]).id, a);
    assert_eq!(doc(&items[1]).id, b);
    assert!(doc(&items[1]).text.contains(ARTICLE_PARAGRAPHS[2]));
}

// ---------------------------------------------------------------- feeds

const RSS: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
  <title>Herald World</title>
  <link>https://herald.example/world</link>
  <description>World news</description>
  <item>
    <title>Kim pledges support</title>
    <link>LINK1</link>
    <guid>herald-1</guid>
    <pubDate>Thu, 05 Jun 2025 08:00:00 GMT</pubDate>
    <category>Asia</category>
    <description>&lt;p&gt;Kim Jong Un pledged &lt;b&gt;support&lt;/b&gt;.&lt;/p&gt;</description>
  </item>
  <item>
    <title>Talks in Doha</title>
    <link>LINK2</link>
    <pubDate>Fri, 06 Jun 2025 10:30:00 +0200</pubDate>
    <description>Negotiators met.</description>
    <content:encoded><![CDATA[<p>Negotiators met in Doha.</p><p>They will meet again.</p>]]></content:encoded>
  </item>
  <item>
    <title>Gone</title>
    <link>LINK3</link>
    <description>Only the summary survives.</description>
  </item>
  <item>
    <title>Nothing</title>
    <link>LINK4</link>
  </item>
</channel>
</rss>
"#;

const ATOM: &str = r#"<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Wire Service</title>
  <id>urn:wire</id>
  <updated>2025-06-07T00:00:00Z</updated>
  <entry>
    <title>Troops withdraw</title>
    <id>urn:wire:1</id>
    <link rel="alternate" href="https://wire.example/1"/>
    <published>2025-06-07T06:00:00Z</published>
    <updated>2025-06-07T07:00:00Z</updated>
    <author><name>A. Writer</name></author>
    <summary>Short.</summary>
    <content type="html">&lt;p&gt;Troops withdrew from the border.&lt;/p&gt;</content>
  </entry>
  <entry>
    <title>Updated only</title>
    <id>urn:wire:2</id>
    <updated>2025-06-08T01:02:03Z</updated>
    <summary type="text">Plain summary.</summary>
  </entry>
</feed>
"#;

fn rss_with_links(links: [&str; 4]) -> String {
    let mut rss = RSS.to_string();
    for (i, link) in links.iter().enumerate() {
        rss = rss.replace(&format!("LINK{}", i + 1), link);
    }
    rss
}

#[test]
fn rss_file_without_fetching_uses_entry_text() {
    let dir = TempDir::new("rss");
    let rss = rss_with_links([
        "https://herald.example/1",
        "https://herald.example/2",
        "https://herald.example/3",
        "https://herald.example/4",
    ]);
    let path = dir.write("world.rss", rss);
    let items = read(&[&path], &offline());
    assert_eq!(items.len(), 4);
    let first = doc(&items[0]);
    assert_eq!(first.id, "https://herald.example/1");
    assert_eq!(first.text, "Kim Jong Un pledged support.");
    assert_eq!(first.title.as_deref(), Some("Kim pledges support"));
    assert_eq!(first.published.as_deref(), Some("2025-06-05T08:00:00Z"));
    assert_eq!(first.source.as_deref(), Some("Herald World"));
    assert_eq!(first.meta["feed"], path.as_str());
    assert_eq!(first.meta["entry_id"], "herald-1");
    assert_eq!(first.meta["categories"][0], "Asia");
    assert_eq!(first.meta["text_from"], "summary");
    let second = doc(&items[1]);
    assert_eq!(
        second.text,
        "Negotiators met in Doha.\nThey will meet again."
    );
    assert_eq!(second.published.as_deref(), Some("2025-06-06T08:30:00Z"));
    assert_eq!(second.meta["text_from"], "content");
    let last = failure(&items[3]);
    assert_eq!(last.id, "https://herald.example/4");
    assert!(last.message.contains("no text"), "{}", last.message);
}

#[test]
fn atom_file_entries() {
    let dir = TempDir::new("atom");
    let path = dir.write("wire.atom", ATOM);
    let items = read(&[path], &offline());
    assert_eq!(items.len(), 2);
    let first = doc(&items[0]);
    assert_eq!(first.id, "https://wire.example/1");
    assert_eq!(first.text, "Troops withdrew from the border.");
    assert_eq!(first.published.as_deref(), Some("2025-06-07T06:00:00Z"));
    assert_eq!(first.meta["author"], "A. Writer");
    let second = doc(&items[1]);
    assert_eq!(second.id, "urn:wire:2");
    assert_eq!(second.text, "Plain summary.");
    assert_eq!(second.published.as_deref(), Some("2025-06-08T01:02:03Z"));

    let entries = parse_feed(ATOM.as_bytes(), "wire.atom").unwrap();
    assert_eq!(entries[0].feed_title.as_deref(), Some("Wire Service"));
    assert_eq!(entries[0].summary.as_deref(), Some("Short."));
}

#[test]
fn malformed_feed_is_one_failure_and_the_rest_goes_on() {
    let dir = TempDir::new("bad-feed");
    let bad = dir.write("bad.rss", "<rss><channel><item><title>unclosed");
    let good = dir.write("good.txt", "text");
    let items = read(&[bad.clone(), good.clone()], &offline());
    assert_eq!(items.len(), 2);
    let f = failure(&items[0]);
    assert_eq!(f.id, bad);
    assert!(
        f.message.contains("malformed feed") && f.message.contains(&bad),
        "{}",
        f.message
    );
    assert_eq!(doc(&items[1]).id, good);
    assert!(parse_feed(b"not a feed at all", "x").is_err());
}

#[test]
fn feed_over_http_fetches_linked_articles() {
    let closed = closed_port();
    let page1 = news_page(
        "Kim pledges support for Russia",
        "2025-06-05T09:30:00+09:00",
        "https://herald.example/world/kim",
    );
    let page2 = "<html><head><title>Doha</title></head><body><article><p>Negotiators met in Doha on Friday.</p></article></body></html>";
    let mut resources = HashMap::new();
    resources.insert(
        "/a1.html".to_string(),
        ok("text/html; charset=utf-8", page1),
    );
    resources.insert("/a2.html".to_string(), ok("text/html", page2));
    // The feed must name the server's own address, known only once it is bound: serve a
    // first server for the pages, then the feed from a second one.
    let pages = serve(resources);
    let rss = rss_with_links([
        &format!("{}/a1.html", pages.base),
        &format!("{}/a2.html", pages.base),
        &format!("{}/missing.html", pages.base),
        &format!("http://127.0.0.1:{closed}/gone.html"),
    ]);
    let mut feed_resources = HashMap::new();
    feed_resources.insert("/world.xml".to_string(), ok("application/rss+xml", rss));
    let feeds = serve(feed_resources);

    let options = ReadOptions {
        fetch_timeout: Duration::from_secs(5),
        ..local()
    };
    let feed_url = format!("{}/world.xml", feeds.base);
    let items = read(&[&feed_url], &options);
    assert_eq!(items.len(), 4, "{items:#?}");

    let a1 = doc(&items[0]);
    assert_eq!(a1.id, format!("{}/a1.html", pages.base));
    assert_eq!(a1.meta["text_from"], "article");
    assert!(a1.text.contains(ARTICLE_PARAGRAPHS[3]) && !a1.text.contains("Celebrity chef"));
    assert_eq!(
        a1.title.as_deref(),
        Some("Kim pledges support"),
        "the entry title wins"
    );
    assert_eq!(
        a1.published.as_deref(),
        Some("2025-06-05T09:30:00+09:00"),
        "the page date wins"
    );
    assert_eq!(a1.url.as_deref(), Some("https://herald.example/world/kim"));
    assert_eq!(a1.source.as_deref(), Some("Herald World"));
    assert_eq!(a1.meta["feed"], feed_url.as_str());

    let a2 = doc(&items[1]);
    assert_eq!(a2.text, "Negotiators met in Doha on Friday.");
    assert_eq!(
        a2.published.as_deref(),
        Some("2025-06-06T08:30:00Z"),
        "the entry date fills in"
    );

    let a3 = doc(&items[2]);
    assert_eq!(a3.text, "Only the summary survives.");
    assert_eq!(a3.meta["text_from"], "summary");
    assert!(a3.meta["fetch_error"].as_str().unwrap().contains("404"));

    let a4 = failure(&items[3]);
    assert!(
        a4.message.contains(&format!("127.0.0.1:{closed}")),
        "{}",
        a4.message
    );
    assert!(a4.message.contains("no summary"), "{}", a4.message);

    let agents = pages.user_agents.lock().unwrap().clone();
    assert!(
        !agents.is_empty() && agents.iter().all(|ua| ua == USER_AGENT),
        "{agents:?}"
    );
    assert!(USER_AGENT.starts_with("sitrep/"));
}

#[test]
fn urls_are_fetched_and_unreachable_ones_fail_clearly() {
    let dir = TempDir::new("urls");
    let page = news_page(
        "Kim pledges support",
        "2025-06-05",
        "https://herald.example/k",
    );
    let mut resources = HashMap::new();
    resources.insert("/story".to_string(), ok("text/html", page));
    resources.insert("/notes.txt".to_string(), ok("text/plain", "Plain words."));
    resources.insert(
        "/dump".to_string(),
        ok(
            "application/x-ndjson",
            "{\"id\":\"n1\",\"text\":\"t\"}\n{\"id\":\"n2\",\"text\":\"u\"}\n",
        ),
    );
    resources.insert("/atom".to_string(), ok("text/xml", ATOM));
    let server = serve(resources);
    let closed = format!("http://127.0.0.1:{}/x", closed_port());
    let good = dir.write("after.txt", "still read");
    let inputs = [
        format!("{}/story", server.base),
        closed.clone(),
        format!("{}/notes.txt", server.base),
        format!("{}/dump", server.base),
        format!("{}/atom", server.base),
        format!("{}/nowhere", server.base),
        good.clone(),
    ];
    let options = ReadOptions {
        fetch_timeout: Duration::from_secs(5),
        fetch_linked_articles: false,
        ..local()
    };
    let items = read(&inputs, &options);
    let story = doc(&items[0]);
    assert_eq!(story.id, inputs[0]);
    assert_eq!(story.url.as_deref(), Some("https://herald.example/k"));
    assert!(story.text.contains(ARTICLE_PARAGRAPHS[0]));

    let refused = failure(&items[1]);
    assert_eq!(refused.id, closed);
    assert!(
        refused
            .message
            .starts_with(&format!("cannot fetch {closed}")),
        "{}",
        refused.message
    );

    let notes = doc(&items[2]);
    assert_eq!(notes.text, "Plain words.");
    assert_eq!(doc(&items[3]).id, "n1");
    assert_eq!(doc(&items[4]).id, "n2");
    assert_eq!(doc(&items[5]).id, "https://wire.example/1");
    assert_eq!(doc(&items[6]).id, "urn:wire:2");
    assert!(failure(&items[7]).message.contains("404"));
    assert_eq!(doc(&items[8]).id, good);
    assert_eq!(items.len(), 9);
}

#[test]
fn oversized_response_is_refused() {
    let mut resources = HashMap::new();
    resources.insert("/big".to_string(), ok("text/plain", "x".repeat(10_000)));
    let server = serve(resources);
    let options = ReadOptions {
        max_fetch_bytes: 1000,
        ..local()
    };
    let err = sitrep_ingest::fetch(&format!("{}/big", server.base), &options).unwrap_err();
    assert!(err.contains("larger than 1000 bytes"), "{err}");
}

#[test]
fn the_iterator_crosses_threads() {
    let dir = TempDir::new("thread");
    let path = dir.write("d.jsonl", "{\"id\":\"t\",\"text\":\"x\"}\n");
    let items = read_inputs(&[path], &offline());
    let handle = std::thread::spawn(move || items.count());
    assert_eq!(handle.join().unwrap(), 1);
}

#[test]
fn a_silent_server_times_out() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}/slow", listener.local_addr().unwrap());
    std::thread::spawn(move || {
        // Accept and hold the connection without ever answering.
        let held: Vec<_> = listener.incoming().take(1).collect();
        std::thread::sleep(Duration::from_secs(5));
        drop(held);
    });
    let options = ReadOptions {
        fetch_timeout: Duration::from_millis(300),
        ..local()
    };
    let started = std::time::Instant::now();
    let err = sitrep_ingest::fetch(&url, &options).unwrap_err();
    assert!(err.contains("timed out") && err.contains(&url), "{err}");
    assert!(started.elapsed() < Duration::from_secs(3));
}

#[test]
fn long_feeds_keep_entry_order_across_fetch_batches() {
    let mut resources = HashMap::new();
    for i in 0..9 {
        let page = format!(
            "<html><head><title>Story {i}</title></head><body><article><p>Paragraph of story number {i}.</p></article></body></html>"
        );
        resources.insert(format!("/s{i}.html"), ok("text/html", page));
    }
    let pages = serve(resources);
    let items: String = (0..9)
        .map(|i| {
            if i == 5 {
                "<item><title>No link</title><description>Linkless entry.</description></item>"
                    .to_string()
            } else {
                format!(
                    "<item><title>S{i}</title><link>{}/s{i}.html</link></item>",
                    pages.base
                )
            }
        })
        .collect();
    let rss = format!("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>F</title>{items}</channel></rss>");
    let dir = TempDir::new("long-feed");
    let path = dir.write("long.xml", rss);
    let options = ReadOptions {
        fetch_timeout: Duration::from_secs(5),
        ..local()
    };
    let texts: Vec<String> = read(&[&path], &options)
        .iter()
        .map(|item| doc(item).text.clone())
        .collect();
    let expected: Vec<String> = (0..9)
        .map(|i| {
            if i == 5 {
                "Linkless entry.".to_string()
            } else {
                format!("Paragraph of story number {i}.")
            }
        })
        .collect();
    assert_eq!(texts, expected);
}

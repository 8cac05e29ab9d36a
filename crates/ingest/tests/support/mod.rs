//! Test helpers: temporary directories, a tiny HTTP server on 127.0.0.1, and pages written
//! in the style of real news sites.

#![allow(dead_code)]

use std::collections::HashMap;
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use sitrep_ingest::{Failure, InputDocument, Item};

/// A fresh directory under the target dir's temp area, removed on drop.
pub struct TempDir(pub PathBuf);

impl TempDir {
    pub fn new(name: &str) -> TempDir {
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        let n = COUNTER.fetch_add(1, Ordering::SeqCst);
        let dir =
            std::env::temp_dir().join(format!("sitrep-ingest-{}-{name}-{n}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }

    pub fn write(&self, rel: &str, bytes: impl AsRef<[u8]>) -> String {
        let path = self.0.join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, bytes).unwrap();
        path.display().to_string()
    }

    pub fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

pub fn doc(item: &Item) -> &InputDocument {
    match item {
        Item::Document(d) => d,
        Item::Failed(f) => panic!("expected a document, got failure {f:?}"),
    }
}

pub fn failure(item: &Item) -> &Failure {
    match item {
        Item::Failed(f) => f,
        Item::Document(d) => panic!("expected a failure, got document {:?}", d.id),
    }
}

/// A response the test server gives for a path.
#[derive(Clone)]
pub struct Resource {
    pub status: u16,
    pub content_type: &'static str,
    pub body: Vec<u8>,
}

pub fn ok(content_type: &'static str, body: impl Into<Vec<u8>>) -> Resource {
    Resource {
        status: 200,
        content_type,
        body: body.into(),
    }
}

/// A one-thread HTTP/1.1 server on 127.0.0.1 that answers GETs from a fixed table, closes
/// each connection after one response, and records the User-Agent it was sent.
pub struct Server {
    pub base: String,
    pub user_agents: Arc<Mutex<Vec<String>>>,
}

pub fn serve(resources: HashMap<String, Resource>) -> Server {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let user_agents = Arc::new(Mutex::new(Vec::new()));
    let seen = Arc::clone(&user_agents);
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let _ = answer(stream, &resources, &seen);
        }
    });
    Server { base, user_agents }
}

fn answer(
    mut stream: TcpStream,
    resources: &HashMap<String, Resource>,
    seen: &Mutex<Vec<String>>,
) -> std::io::Result<()> {
    let mut request = Vec::new();
    let mut buf = [0u8; 1024];
    while !request.windows(4).any(|w| w == b"\r\n\r\n") {
        let n = stream.read(&mut buf)?;
        if n == 0 {
            return Ok(());
        }
        request.extend_from_slice(&buf[..n]);
    }
    let request = String::from_utf8_lossy(&request);
    let path = request.split_whitespace().nth(1).unwrap_or("/").to_string();
    for line in request.lines() {
        if let Some(ua) = line
            .strip_prefix("User-Agent: ")
            .or_else(|| line.strip_prefix("user-agent: "))
        {
            seen.lock().unwrap().push(ua.to_string());
        }
    }
    let resource = resources.get(&path).cloned().unwrap_or(Resource {
        status: 404,
        content_type: "text/plain",
        body: b"not found".to_vec(),
    });
    let head = format!(
        "HTTP/1.1 {} X\r\nContent-Type: {}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        resource.status,
        resource.content_type,
        resource.body.len()
    );
    stream.write_all(head.as_bytes())?;
    stream.write_all(&resource.body)?;
    stream.flush()
}

/// A local port with nothing listening on it: connecting is refused.
pub fn closed_port() -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    listener.local_addr().unwrap().port()
}

/// The article paragraphs of [`news_page`].
pub const ARTICLE_PARAGRAPHS: [&str; 6] = [
    "North Korean leader Kim Jong Un has pledged to continue supporting Russia's war in Ukraine, state media reported on Wednesday, after talks in Pyongyang with Russian Security Council Secretary Sergei Shoigu.",
    "The Korean Central News Agency said the two men discussed the implementation of a mutual defense treaty signed last year and exchanged views on the situation on the Korean Peninsula.",
    "South Korean intelligence officials estimate that around 600 North Korean soldiers have died fighting for Russia in the Kursk region, according to lawmaker Lee Seong-kweun.",
    "Shoigu, who arrived in the North Korean capital on Tuesday, was making his second visit in two weeks, a frequency analysts said signalled deepening military cooperation between the two countries.",
    "Officials in Seoul and Washington have condemned the deployment, saying it violates United Nations Security Council resolutions that ban military cooperation with Pyongyang.",
    "Kim expressed expectation that the relations between the two countries would continue to develop, the agency said, without giving details of any new agreements.",
];

/// A page laid out like a real news site: navigation, a header with a search form, a
/// cookie banner script, an advertisement, share buttons, a related-stories list, a
/// newsletter box and a footer around a six-paragraph article.
pub fn news_page(title: &str, published: &str, canonical: &str) -> String {
    let paragraphs: String = ARTICLE_PARAGRAPHS
        .iter()
        .map(|p| format!("      <p>{p}</p>\n"))
        .collect();
    format!(
        r##"<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{title} | Daily Herald</title>
  <meta property="og:title" content="{title}">
  <meta property="og:site_name" content="Daily Herald">
  <meta property="article:published_time" content="{published}">
  <meta name="author" content="Jane Reporter">
  <link rel="canonical" href="{canonical}">
  <script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"{title}","datePublished":"{published}"}}</script>
  <script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}} gtag('config', 'TRACKING-ID');</script>
  <style>.ad {{ display: block; }}</style>
</head>
<body>
  <header class="site-header">
    <a href="/" class="logo">Daily Herald</a>
    <form class="search"><input name="q" placeholder="Search the Herald"></form>
  </header>
  <nav class="main-nav">
    <ul>
      <li><a href="/world">World</a></li><li><a href="/politics">Politics</a></li>
      <li><a href="/business">Business</a></li><li><a href="/sport">Sport</a></li>
      <li><a href="/opinion">Opinion</a></li><li><a href="/subscribe">Subscribe today for unlimited access</a></li>
    </ul>
  </nav>
  <div class="ad ad-leaderboard" id="ad-top">Advertisement: Buy cheap flights to anywhere now</div>
  <main>
    <article class="story">
      <h1 class="headline">{title}</h1>
      <div class="byline">By Jane Reporter · <time datetime="2001-01-01">January 1</time></div>
      <div class="share-buttons"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
      <div class="story-body">
{paragraphs}      </div>
    </article>
    <aside class="related">
      <h2>Related stories</h2>
      <ul>
        <li><a href="/world/1">Celebrity chef opens restaurant on the moon</a></li>
        <li><a href="/world/2">Ten gadgets you need this winter</a></li>
        <li><a href="/world/3">Weather: storms expected over the weekend</a></li>
      </ul>
    </aside>
    <div class="newsletter">Sign up for our morning newsletter and never miss a story.</div>
  </main>
  <footer class="site-footer">
    <p>Copyright 2025 Daily Herald Media Group. All rights reserved.</p>
    <p><a href="/privacy">Privacy policy</a> · <a href="/terms">Terms of use</a> · <a href="/contact">Contact us</a></p>
  </footer>
  <script>document.write('Tracking pixel loaded');</script>
</body>
</html>
"##
    )
}

/// Texts of [`news_page`] that are boilerplate, not article.
pub const BOILERPLATE_TEXTS: [&str; 10] = [
    "Subscribe today",
    "Search the Herald",
    "Buy cheap flights",
    "Share on Facebook",
    "Celebrity chef",
    "Related stories",
    "morning newsletter",
    "Copyright 2025",
    "Privacy policy",
    "Tracking",
];

//! End to end in a real headless Chromium, driven over WebDriver (Debian's `chromium` and
//! `chromium-driver`; `.ci/run` installs them): open every page, click from a chart bar to
//! its events, to an event, to the sentence in its article, and check what is shown. A
//! screenshot of each page is written under `target/tmp/e2e-screenshots/`.
//!
//! Skips with a message only when no chromedriver/chromium is installed
//! (`SITREP_CHROMEDRIVER` and `SITREP_CHROMIUM` name other binaries).

mod common;

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{json, Value};

fn find_binary(env: &str, names: &[&str]) -> Option<PathBuf> {
    if let Ok(p) = std::env::var(env) {
        return Some(PathBuf::from(p));
    }
    let path = std::env::var_os("PATH")?;
    names.iter().find_map(|n| {
        std::env::split_paths(&path)
            .map(|d| d.join(n))
            .find(|p| p.is_file())
    })
}

/// A minimal WebDriver client: the few commands these tests use.
struct Driver {
    child: Child,
    base: String,
    session: String,
    agent: ureq::Agent,
    _profile: PathBuf,
}

impl Driver {
    fn start() -> Option<Driver> {
        let driver = find_binary("SITREP_CHROMEDRIVER", &["chromedriver"])?;
        let browser = find_binary(
            "SITREP_CHROMIUM",
            &["chromium", "chromium-browser", "google-chrome"],
        )?;
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .ok()?
            .local_addr()
            .ok()?
            .port();
        let child = Command::new(&driver)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .ok()?;
        let base = format!("http://127.0.0.1:{port}");
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .timeout_global(Some(Duration::from_secs(60)))
            .build()
            .into();
        let start = Instant::now();
        while agent.get(&format!("{base}/status")).call().is_err() {
            assert!(
                start.elapsed() < Duration::from_secs(30),
                "chromedriver did not start"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
        // A fresh profile, and the flags a closed network needs (background services
        // otherwise open connections that are refused many at a time).
        let profile =
            std::env::temp_dir().join(format!("sitrep-e2e-profile-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&profile);
        let caps = json!({"capabilities": {"alwaysMatch": {
            "browserName": "chrome",
            "goog:chromeOptions": {
                "binary": browser,
                "args": ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                    "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--window-size=1280,1000",
                    format!("--user-data-dir={}", profile.display())]
            }
        }}});
        let mut d = Driver {
            child,
            base,
            session: String::new(),
            agent,
            _profile: profile,
        };
        let v = d.call("POST", "/session", Some(caps));
        d.session = v["sessionId"]
            .as_str()
            .expect("a WebDriver session")
            .to_string();
        Some(d)
    }

    fn call(&self, method: &str, path: &str, body: Option<Value>) -> Value {
        let url = if path == "/session" {
            format!("{}{path}", self.base)
        } else {
            format!("{}/session/{}{path}", self.base, self.session)
        };
        let mut r = match method {
            "GET" => self.agent.get(&url).call(),
            "DELETE" => self.agent.delete(&url).call(),
            _ => self
                .agent
                .post(&url)
                .header("content-type", "application/json")
                .send(body.unwrap_or(json!({})).to_string()),
        }
        .unwrap_or_else(|e| panic!("WebDriver {method} {path}: {e}"));
        let text = r.body_mut().read_to_string().unwrap_or_default();
        let v: Value = serde_json::from_str(&text).unwrap_or(Value::Null);
        if let Some(err) = v["value"]["error"].as_str() {
            panic!(
                "WebDriver {method} {path}: {err}: {}",
                v["value"]["message"]
            );
        }
        v.get("value").cloned().unwrap_or(v)
    }

    fn goto(&self, url: &str) {
        self.call("POST", "/url", Some(json!({ "url": url })));
    }

    fn url(&self) -> String {
        self.call("GET", "/url", None)
            .as_str()
            .unwrap_or("")
            .to_string()
    }

    fn find_all(&self, css: &str) -> Vec<String> {
        self.call(
            "POST",
            "/elements",
            Some(json!({"using": "css selector", "value": css})),
        )
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|e| e.as_object()?.values().next()?.as_str().map(String::from))
                .collect()
        })
        .unwrap_or_default()
    }

    fn find(&self, css: &str) -> String {
        self.find_all(css)
            .into_iter()
            .next()
            .unwrap_or_else(|| panic!("no element {css:?} on {}", self.url()))
    }

    fn text(&self, el: &str) -> String {
        self.call("GET", &format!("/element/{el}/text"), None)
            .as_str()
            .unwrap_or("")
            .to_string()
    }

    fn attr(&self, el: &str, name: &str) -> Option<String> {
        self.call("GET", &format!("/element/{el}/attribute/{name}"), None)
            .as_str()
            .map(String::from)
    }

    fn click(&self, el: &str) {
        self.call("POST", &format!("/element/{el}/click"), None);
    }

    fn script(&self, script: &str, args: Value) -> Value {
        self.call(
            "POST",
            "/execute/sync",
            Some(json!({"script": script, "args": args})),
        )
    }

    fn screenshot(&self, name: &str) -> PathBuf {
        let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("e2e-screenshots");
        std::fs::create_dir_all(&dir).unwrap();
        let b64 = self.call("GET", "/screenshot", None);
        let png = base64_decode(b64.as_str().expect("a screenshot"));
        assert!(png.starts_with(b"\x89PNG"), "a PNG screenshot");
        let path = dir.join(format!("{name}.png"));
        std::fs::write(&path, png).unwrap();
        path
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        if !self.session.is_empty() {
            let _ = self
                .agent
                .delete(&format!("{}/session/{}", self.base, self.session))
                .call();
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn base64_decode(s: &str) -> Vec<u8> {
    let value = |c: u8| match c {
        b'A'..=b'Z' => Some(c - b'A'),
        b'a'..=b'z' => Some(c - b'a' + 26),
        b'0'..=b'9' => Some(c - b'0' + 52),
        b'+' => Some(62),
        b'/' => Some(63),
        _ => None,
    };
    let mut out = Vec::with_capacity(s.len() * 3 / 4);
    let (mut acc, mut bits) = (0u32, 0);
    for v in s.bytes().filter_map(value) {
        acc = (acc << 6) | v as u32;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
        }
    }
    out
}

#[test]
fn analyst_clicks_from_a_spike_to_the_sentence() {
    let Some(d) = Driver::start() else {
        eprintln!(
            "SKIPPED: chromium and chromedriver are not installed \
             (apt-get install -y chromium chromium-driver)"
        );
        return;
    };
    let server = common::start(None, sitrep_server::Limits::default());
    let base = format!("http://{}", server.addr);

    // Overview: a chart with bars, top dyads and actors, key points.
    d.goto(&format!("{base}/"));
    assert_eq!(d.text(&d.find("h1")), "Overview");
    let bars = d.find_all("svg.chart a.bar");
    assert!(!bars.is_empty(), "the overview chart has bars");
    assert!(!d.find_all("table.groups a[href^='/dyad/']").is_empty());
    assert!(!d.find_all("article.keypoints li").is_empty());
    d.screenshot("overview");

    // The tallest bar (the spike) -> its events.
    let heights: Vec<f64> = d
        .script(
            "return Array.from(document.querySelectorAll('svg.chart a.bar rect')).map(r => r.height.baseVal.value);",
            json!([]),
        )
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h.as_f64().unwrap_or(0.0))
        .collect();
    let spike = heights
        .iter()
        .enumerate()
        .max_by(|a, b| a.1.total_cmp(b.1))
        .map(|(i, _)| i)
        .unwrap();
    let period = d.attr(&bars[spike], "data-period").unwrap();
    d.click(&bars[spike]);
    assert!(d.url().contains("/events?"), "{}", d.url());
    let rows = d.find_all("table.events a.event-link");
    assert!(!rows.is_empty(), "the spike's events are listed");
    // Every listed event is inside the clicked period (compared at the event's precision).
    let url = d.url();
    let param = |k: &str| {
        url.split(['?', '&'])
            .find_map(|p| p.strip_prefix(&format!("{k}=")).map(String::from))
            .unwrap_or_else(|| panic!("{k} in {url}"))
    };
    let (from, to) = (param("from"), param("to"));
    assert!(
        from.as_str() <= period.as_str() || period.len() < 10,
        "{from} {period}"
    );
    for cell in d.find_all("table.events td.nowrap") {
        let date = d.text(&cell);
        let n = date.len().min(10);
        assert!(
            date[..n] >= from[..n.min(from.len())] && date[..n] <= to[..n.min(to.len())],
            "{date} outside {from}..{to}"
        );
    }
    d.screenshot("events");

    // -> an event: its code, rule and mentions.
    d.click(&rows[0]);
    assert!(d.url().contains("/event/"), "{}", d.url());
    assert!(!d.text(&d.find("dd.rule")).is_empty(), "the rule is shown");
    let evidence = d.text(&d.find("article.mention blockquote"));
    assert!(!evidence.is_empty());
    d.screenshot("event");

    // -> the article, scrolled to the sentence, with the trigger highlighted.
    d.click(&d.find("a.article-link"));
    let url = d.url();
    assert!(url.contains("/article/") && url.contains("#m-"), "{url}");
    let anchor = url.rsplit_once("#").unwrap().1.to_string();
    let trigger = d.find(&format!("a.trigger[id='{anchor}']"));
    let article_text = d.text(&d.find("div.article-text"));
    assert!(
        article_text.contains(evidence.trim()),
        "the article holds the event's sentence"
    );
    assert!(
        evidence.contains(d.text(&trigger).trim()),
        "the trigger is in the sentence"
    );
    // Hovering a trigger shows its code, rule and sources.
    let tip = d.script(
        "var e = document.getElementById(arguments[0]); \
         e.dispatchEvent(new MouseEvent('mouseover', {bubbles: true, clientX: 20, clientY: 20})); \
         var t = document.getElementById('tip'); return t.hidden ? '' : t.textContent;",
        json!([anchor]),
    );
    let tip = tip.as_str().unwrap_or("");
    assert!(
        tip.contains("CAMEO") && tip.contains("rule:") && tip.contains("sources:"),
        "{tip}"
    );
    assert!(
        !d.find_all("div.article-text .ent").is_empty(),
        "actors are highlighted"
    );
    d.screenshot("article");

    // Dyad view: a diverging chart whose bars lead to the dyad's events; claims apart.
    d.goto(&format!("{base}/dyad/KGZ/TJK"));
    assert!(d.text(&d.find("h1")).contains("KGZ"));
    let headings: Vec<String> = d.find_all("h2").iter().map(|h| d.text(h)).collect();
    assert!(
        headings.iter().any(|h| h.starts_with("Claims")),
        "{headings:?}"
    );
    assert!(headings
        .iter()
        .any(|h| h.starts_with("Reported as having happened")));
    d.screenshot("dyad");
    let bar = d.find("svg.chart a.bar");
    d.click(&bar);
    assert!(d.url().contains("dyad=KGZ"), "{}", d.url());
    assert!(!d.find_all("table.events a.event-link").is_empty());

    // Actor view, network (an edge leads to a dyad), search, brief.
    d.goto(&format!("{base}/actor/KGZ"));
    assert!(d.text(&d.find("h1")).contains("KGZ"));
    assert!(!d.find_all("table.events a.event-link").is_empty());
    d.screenshot("actor");
    d.goto(&format!("{base}/network"));
    let edges = d.find_all("svg.network a.edge");
    assert!(!edges.is_empty(), "the network has edges");
    d.screenshot("network");
    // Edges cross: click one whose middle is not under another edge or a node's label, as a
    // reader would. The middle is WebDriver's in-view centre point: the centre of the element's
    // first client rectangle cut to the viewport, the point its click lands on.
    let open_edge = d.script(
        "const edges = [...document.querySelectorAll('svg.network a.edge')];
         for (let i = 0; i < edges.length; i++) {
             edges[i].scrollIntoView({block: 'center', inline: 'center'});
             const r = edges[i].getClientRects()[0];
             if (!r) continue;
             const left = Math.max(r.left, 0), right = Math.min(r.right, window.innerWidth);
             const top = Math.max(r.top, 0), bottom = Math.min(r.bottom, window.innerHeight);
             const hit = document.elementFromPoint(Math.floor((left + right) / 2),
                                                   Math.floor((top + bottom) / 2));
             if (hit && edges[i].contains(hit)) return i;
         }
         return -1;",
        json!([]),
    );
    let open_edge = open_edge.as_i64().expect("an index");
    assert!(
        open_edge >= 0,
        "every edge of the network is covered by another"
    );
    d.click(&edges[open_edge as usize]);
    assert!(d.url().contains("/dyad/"), "{}", d.url());
    d.goto(&format!("{base}/search?q=ceasefire"));
    assert!(!d
        .find_all("a[href='/article/border-clash-ceasefire']")
        .is_empty());
    d.screenshot("search");
    d.goto(&format!("{base}/brief?dyad=KGZ,TJK"));
    assert!(d.text(&d.find("h1")).starts_with("What you should know"));
    assert!(!d.find_all("ol.brief li").is_empty());
    let shot = d.screenshot("brief");
    eprintln!("screenshots in {}", shot.parent().unwrap().display());

    // Unknown pages are pages too.
    d.goto(&format!("{base}/no/such/page"));
    assert!(d.text(&d.find("h1")).starts_with("404"));
}

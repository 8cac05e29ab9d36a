//! HTTP(S) fetching with `ureq`: timeouts, a `sitrep/<version>` User-Agent, a size cap,
//! and decoding of the body to text. Nothing else in the crate touches the network.

use std::time::Duration;

use ureq::{Agent, ResponseExt};

use crate::ReadOptions;

/// The User-Agent sent with every request.
pub const USER_AGENT: &str = concat!("sitrep/", env!("CARGO_PKG_VERSION"));

/// A fetched resource.
#[derive(Debug, Clone)]
pub struct Fetched {
    pub body: Vec<u8>,
    /// The `Content-Type` header, as sent.
    pub content_type: Option<String>,
    /// The URL after redirects.
    pub final_url: String,
}

/// True for `http://` and `https://` URLs (scheme compared without case): the only ones fetched.
pub fn is_http_url(s: &str) -> bool {
    let lower = s.get(..8).map(str::to_ascii_lowercase).unwrap_or_default();
    lower.starts_with("http://") || lower.starts_with("https://")
}

/// A connection pool shared by the fetches of one input (a feed and its articles).
pub(crate) fn agent(timeout: Duration) -> Agent {
    Agent::config_builder()
        .timeout_global(Some(timeout))
        .timeout_connect(Some(timeout))
        .user_agent(USER_AGENT)
        .max_redirects(10)
        .build()
        .into()
}

/// Fetches `url` with a fresh agent; see [`fetch_with`].
pub fn fetch(url: &str, options: &ReadOptions) -> Result<Fetched, String> {
    fetch_with(&agent(options.fetch_timeout), url, options)
}

/// GETs `url`; an HTTP error status, a timeout, a refused connection or a body over
/// `options.max_fetch_bytes` is an error whose message names the URL.
pub(crate) fn fetch_with(
    agent: &Agent,
    url: &str,
    options: &ReadOptions,
) -> Result<Fetched, String> {
    if !is_http_url(url) {
        return Err(format!(
            "cannot fetch {url}: only http and https URLs are fetched"
        ));
    }
    let mut response = agent.get(url).call().map_err(|e| describe(url, e))?;
    let content_type = response
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    let final_url = response.get_uri().to_string();
    let limit = options.max_fetch_bytes as u64;
    let body = response
        .body_mut()
        .with_config()
        .limit(limit)
        .read_to_vec()
        .map_err(|e| match e {
            ureq::Error::BodyExceedsLimit(_) => {
                format!("cannot fetch {url}: response larger than {limit} bytes")
            }
            other => describe(url, other),
        })?;
    Ok(Fetched {
        body,
        content_type,
        final_url,
    })
}

fn describe(url: &str, error: ureq::Error) -> String {
    match error {
        ureq::Error::StatusCode(code) => format!("cannot fetch {url}: HTTP status {code}"),
        ureq::Error::Timeout(_) => format!("cannot fetch {url}: timed out"),
        ureq::Error::Io(e) => format!("cannot fetch {url}: {e}"),
        other => format!("cannot fetch {url}: {other}"),
    }
}

/// Decodes a fetched body to text: UTF-8 when it is (a BOM is dropped); Windows-1252 (the
/// superset browsers use for ISO-8859-1) when the header or a `<meta charset>` says a Latin
/// charset; otherwise UTF-8 with invalid bytes replaced, since a web page is better read
/// with a few replacement characters than not at all.
pub(crate) fn decode_body(body: &[u8], content_type: Option<&str>) -> String {
    let body = body.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(body);
    if let Ok(text) = std::str::from_utf8(body) {
        return text.to_string();
    }
    let head = &body[..body.len().min(2048)];
    let declared = content_type
        .map(|c| c.to_ascii_lowercase())
        .filter(|c| c.contains("charset="))
        .or_else(|| {
            let head = String::from_utf8_lossy(head).to_ascii_lowercase();
            head.find("charset=").map(|i| head[i..].to_string())
        })
        .unwrap_or_default();
    let latin = [
        "iso-8859-1",
        "iso8859-1",
        "latin1",
        "latin-1",
        "windows-1252",
        "cp1252",
        "us-ascii",
    ];
    if latin.iter().any(|name| declared.contains(name)) {
        body.iter().map(|&b| windows_1252(b)).collect()
    } else {
        String::from_utf8_lossy(body).into_owned()
    }
}

/// Windows-1252 byte to character (0x80..=0x9F differ from ISO-8859-1).
fn windows_1252(byte: u8) -> char {
    const HIGH: [char; 32] = [
        '\u{20AC}', '\u{81}', '\u{201A}', '\u{0192}', '\u{201E}', '\u{2026}', '\u{2020}',
        '\u{2021}', '\u{02C6}', '\u{2030}', '\u{0160}', '\u{2039}', '\u{0152}', '\u{8D}',
        '\u{017D}', '\u{8F}', '\u{90}', '\u{2018}', '\u{2019}', '\u{201C}', '\u{201D}', '\u{2022}',
        '\u{2013}', '\u{2014}', '\u{02DC}', '\u{2122}', '\u{0161}', '\u{203A}', '\u{0153}',
        '\u{9D}', '\u{017E}', '\u{0178}',
    ];
    match byte {
        0x80..=0x9F => HIGH[usize::from(byte - 0x80)],
        _ => char::from(byte),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_http_urls() {
        assert!(is_http_url("http://x"));
        assert!(is_http_url("HTTPS://x"));
        assert!(!is_http_url("file:///etc/passwd"));
        assert!(!is_http_url("ftp://x"));
        let err = fetch("file:///etc/passwd", &ReadOptions::default()).unwrap_err();
        assert!(err.contains("only http and https"), "{err}");
    }

    #[test]
    fn decodes_latin_bodies() {
        assert_eq!(
            decode_body(b"caf\xe9 \x93q\x94", Some("text/html; charset=ISO-8859-1")),
            "café \u{201C}q\u{201D}"
        );
        assert_eq!(decode_body("café".as_bytes(), None), "café");
        assert_eq!(decode_body(b"a\xffb", None), "a\u{FFFD}b");
    }
}

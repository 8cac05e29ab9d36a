//! HTTP(S) fetching with `ureq`: timeouts, a `sitrep/<version>` User-Agent, a size cap,
//! and decoding of the body to text. Nothing else in the crate touches the network.
//!
//! **Server-side request forgery.** A feed is content written by someone else, and its links
//! (and every redirect a server answers with) would otherwise make sitrep fetch whatever
//! they name: the loopback interface, a router on the private network, a cloud metadata
//! service. Unless [`ReadOptions::allow_private_network`] is set, every host name is
//! resolved by [`PublicOnly`], which drops loopback, private, link-local, shared, multicast,
//! reserved and documentation addresses (IPv4 and IPv6, including IPv4 mapped or embedded in
//! IPv6) and fails when nothing public is left. The connection is made to the addresses it
//! returned, so a second DNS answer cannot swap in a private address after the check
//! (DNS rebinding), and redirects are followed by the same agent, so each hop is checked.
//! Through an HTTP proxy taken from the environment (`HTTPS_PROXY`, `ALL_PROXY`), the proxy
//! resolves the target host, so only the proxy's own address is checked here: a proxy is
//! trusted to apply its own policy.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};
use std::time::{Duration, Instant};

use ureq::config::Config;
use ureq::http::Uri;
use ureq::unversioned::resolver::{DefaultResolver, ResolvedSocketAddrs, Resolver};
use ureq::unversioned::transport::{DefaultConnector, NextTimeout};
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

/// True for addresses a fetch may reach without `--allow-private-network`: not loopback,
/// unspecified, private (RFC 1918, IPv6 unique local), shared (100.64/10), link-local (which
/// holds the 169.254.169.254 metadata service), multicast, broadcast, benchmarking,
/// documentation or reserved; an IPv4 address inside IPv6 (mapped, compatible, NAT64,
/// 6to4) is judged as the IPv4 address it carries.
pub fn is_public_address(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => is_public_v4(v4),
        IpAddr::V6(v6) => is_public_v6(v6),
    }
}

fn is_public_v4(ip: Ipv4Addr) -> bool {
    let [a, b, c, _] = ip.octets();
    !(a == 0                                   // "this network"
        || a == 10                             // private
        || a == 127                            // loopback
        || (a == 100 && (64..128).contains(&b)) // shared address space (CGNAT)
        || (a == 169 && b == 254)              // link-local, cloud metadata
        || (a == 172 && (16..32).contains(&b)) // private
        || (a == 192 && b == 0 && c == 0)      // IETF protocol assignments
        || (a == 192 && b == 0 && c == 2)      // documentation
        || (a == 192 && b == 88 && c == 99)    // 6to4 relay anycast
        || (a == 192 && b == 168)              // private
        || (a == 198 && (18..20).contains(&b)) // benchmarking
        || (a == 198 && b == 51 && c == 100)   // documentation
        || (a == 203 && b == 0 && c == 113)    // documentation
        || a >= 224) // multicast, reserved, broadcast
}

fn is_public_v6(ip: Ipv6Addr) -> bool {
    let s = ip.segments();
    if let Some(v4) = ip.to_ipv4_mapped() {
        return is_public_v4(v4);
    }
    // IPv4-compatible (::a.b.c.d, deprecated) and the NAT64 prefix 64:ff9b::/96 carry an
    // IPv4 address in the last 32 bits; 6to4 (2002::/16) carries one in bits 16..48.
    let low_v4 = Ipv4Addr::new((s[6] >> 8) as u8, s[6] as u8, (s[7] >> 8) as u8, s[7] as u8);
    if s[..6] == [0, 0, 0, 0, 0, 0] {
        // `::` and `::1` fall here too: both are refused as 0.0.0.0/8.
        return is_public_v4(low_v4);
    }
    if s[..6] == [0x64, 0xff9b, 0, 0, 0, 0] {
        return is_public_v4(low_v4);
    }
    if s[0] == 0x2002 {
        let v4 = Ipv4Addr::new((s[1] >> 8) as u8, s[1] as u8, (s[2] >> 8) as u8, s[2] as u8);
        return is_public_v4(v4);
    }
    !((s[0] & 0xfe00) == 0xfc00          // unique local (fd00:ec2::254 is AWS metadata)
        || (s[0] & 0xffc0) == 0xfe80     // link-local
        || (s[0] & 0xffc0) == 0xfec0     // site-local (deprecated)
        || (s[0] & 0xff00) == 0xff00     // multicast
        || (s[0] == 0x2001 && s[1] == 0x0db8) // documentation
        || (s[0] == 0x0100 && s[1..4] == [0, 0, 0])) // discard-only
}

/// The resolver used unless private networks are allowed: the default resolver, with every
/// non-public address removed (see the module documentation).
#[derive(Debug, Default)]
pub(crate) struct PublicOnly(DefaultResolver);

impl Resolver for PublicOnly {
    fn resolve(
        &self,
        uri: &Uri,
        config: &Config,
        timeout: NextTimeout,
    ) -> Result<ResolvedSocketAddrs, ureq::Error> {
        let resolved = self.0.resolve(uri, config, timeout)?;
        let mut kept = self.empty();
        for addr in resolved.iter().filter(|a| is_public_address(a.ip())) {
            kept.push(*addr);
        }
        if kept.is_empty() {
            let refused: Vec<String> = resolved.iter().map(|a| a.ip().to_string()).collect();
            return Err(ureq::Error::Io(std::io::Error::new(
                std::io::ErrorKind::PermissionDenied,
                format!(
                    "refused: {} resolves to a private, loopback or link-local address ({}); \
                     pass --allow-private-network to fetch it",
                    uri.host().unwrap_or(""),
                    refused.join(", ")
                ),
            )));
        }
        Ok(kept)
    }
}

/// A connection pool shared by the fetches of one input (a feed and its articles).
pub(crate) fn agent(timeout: Duration, allow_private_network: bool) -> Agent {
    let config = Agent::config_builder()
        .timeout_global(Some(timeout))
        .timeout_connect(Some(timeout))
        .user_agent(USER_AGENT)
        .max_redirects(10)
        .build();
    if allow_private_network {
        config.into()
    } else {
        Agent::with_parts(config, DefaultConnector::default(), PublicOnly::default())
    }
}

/// Fetches `url` with a fresh agent; see [`fetch_with`].
pub fn fetch(url: &str, options: &ReadOptions) -> Result<Fetched, String> {
    fetch_with(
        &agent(options.fetch_timeout, options.allow_private_network),
        url,
        options,
        None,
    )
}

/// GETs `url`; an HTTP error status, a timeout, a refused connection, a refused private
/// address or a body over `options.max_fetch_bytes` is an error whose message names the
/// URL. With a `deadline` (the run's, [`ReadOptions::fetch_deadline`]) the request gets no
/// more time than is left, and none once it has passed.
pub(crate) fn fetch_with(
    agent: &Agent,
    url: &str,
    options: &ReadOptions,
    deadline: Option<Instant>,
) -> Result<Fetched, String> {
    if !is_http_url(url) {
        return Err(format!(
            "cannot fetch {url}: only http and https URLs are fetched"
        ));
    }
    if !options.allow_fetch {
        return Err(format!("not fetched: {url} (fetching is off, --no-fetch)"));
    }
    let mut timeout = options.fetch_timeout;
    if let Some(deadline) = deadline {
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return Err(format!(
                "not fetched: {url} (the run's fetch deadline has passed)"
            ));
        }
        timeout = timeout.min(left);
    }
    let mut response = agent
        .get(url)
        .config()
        .timeout_global(Some(timeout))
        .build()
        .call()
        .map_err(|e| describe(url, e))?;
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
    fn private_addresses_are_not_public() {
        for private in [
            "127.0.0.1",
            "10.1.2.3",
            "172.16.0.1",
            "172.31.255.255",
            "192.168.1.1",
            "169.254.169.254",
            "100.64.0.1",
            "0.0.0.0",
            "224.0.0.1",
            "255.255.255.255",
            "::1",
            "::",
            "fe80::1",
            "fd00:ec2::254",
            "fc00::1",
            "ff02::1",
            "::ffff:127.0.0.1",
            "::ffff:169.254.169.254",
            "64:ff9b::a00:1",
            "2002:c0a8:101::1",
        ] {
            let ip: IpAddr = private.parse().unwrap();
            assert!(!is_public_address(ip), "{private} must be refused");
        }
        for public in [
            "93.184.216.34",
            "8.8.8.8",
            "172.32.0.1",
            "100.128.0.1",
            "2606:4700::1111",
            "::ffff:8.8.8.8",
        ] {
            let ip: IpAddr = public.parse().unwrap();
            assert!(is_public_address(ip), "{public} must be allowed");
        }
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

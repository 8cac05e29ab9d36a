//! Query-string parameters to store filters, checked: an unknown parameter, a malformed
//! date or an out-of-range number is a 400 that says what is wrong, never a silent default.
//! Values are handed to the store, which binds them as SQL parameters.

use sitrep_store::{EventFilter, Sort};

use crate::ApiError;

/// The filter parameters every event route takes (documented in the OpenAPI file).
pub const FILTER_PARAMS: &[&str] = &[
    "actor",
    "recipient",
    "dyad",
    "country",
    "category",
    "cameo",
    "quad",
    "modality",
    "source",
    "from",
    "to",
    "place",
    "q",
    "min_mentions",
    "asserted_only",
];

/// Longest accepted parameter value (characters).
const MAX_VALUE: usize = 200;

pub const MODALITIES: &[&str] = &[
    "asserted",
    "reported",
    "claimed",
    "alleged",
    "believed",
    "intended",
    "denied",
    "hypothetical",
];

/// Query parameters in order, decoded.
#[derive(Debug, Default, Clone)]
pub struct Params(pub Vec<(String, String)>);

impl Params {
    pub fn parse(query: Option<&str>) -> Params {
        Params(
            query
                .unwrap_or("")
                .split('&')
                .filter(|p| !p.is_empty())
                .map(|pair| {
                    let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
                    (percent_decode(k), percent_decode(v))
                })
                .collect(),
        )
    }

    /// The last non-empty value of `key`.
    pub fn get(&self, key: &str) -> Option<&str> {
        self.0
            .iter()
            .rev()
            .find(|(k, v)| k == key && !v.trim().is_empty())
            .map(|(_, v)| v.trim())
    }

    /// Refuse parameters this route does not know (a typo would otherwise widen a query
    /// silently) and values longer than [`MAX_VALUE`].
    pub fn check(&self, allowed: &[&str]) -> Result<(), ApiError> {
        for (k, v) in &self.0 {
            if k == "token" {
                continue;
            }
            if !allowed.contains(&k.as_str()) {
                return Err(ApiError::bad_request(format!(
                    "unknown parameter {k:?}; this route takes: {}",
                    allowed.join(", ")
                )));
            }
            if v.chars().count() > MAX_VALUE {
                return Err(ApiError::bad_request(format!(
                    "parameter {k:?} is longer than {MAX_VALUE} characters"
                )));
            }
        }
        Ok(())
    }

    pub fn number(&self, key: &str, min: u64, max: u64) -> Result<Option<u64>, ApiError> {
        let Some(v) = self.get(key) else {
            return Ok(None);
        };
        match v.parse::<u64>() {
            Ok(n) if (min..=max).contains(&n) => Ok(Some(n)),
            _ => Err(ApiError::bad_request(format!(
                "{key} must be a whole number from {min} to {max}, not {v:?}"
            ))),
        }
    }

    pub fn flag(&self, key: &str) -> Result<bool, ApiError> {
        match self.get(key) {
            None => Ok(false),
            Some("1" | "true" | "yes" | "on") => Ok(true),
            Some("0" | "false" | "no" | "off") => Ok(false),
            Some(v) => Err(ApiError::bad_request(format!(
                "{key} must be true or false, not {v:?}"
            ))),
        }
    }
}

/// Decode `%XX` and `+` (invalid escapes are kept as written; invalid UTF-8 is replaced).
pub fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len()
                && bytes[i + 1].is_ascii_hexdigit()
                && bytes[i + 2].is_ascii_hexdigit() =>
            {
                let hex = |b: u8| (b as char).to_digit(16).unwrap_or(0) as u8;
                out.push(hex(bytes[i + 1]) * 16 + hex(bytes[i + 2]));
                i += 3;
                continue;
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// A `YYYY`, `YYYY-MM` or `YYYY-MM-DD` date with a real month and day.
pub fn check_date(key: &str, v: &str) -> Result<String, ApiError> {
    let bad = || {
        ApiError::bad_request(format!(
            "{key} must be a date YYYY, YYYY-MM or YYYY-MM-DD, not {v:?}"
        ))
    };
    let parts: Vec<&str> = v.split('-').collect();
    let digits = |p: &str, n: usize| p.len() == n && p.bytes().all(|b| b.is_ascii_digit());
    match parts.as_slice() {
        [y] if digits(y, 4) => {}
        [y, m] if digits(y, 4) && digits(m, 2) => {
            let m: u32 = m.parse().map_err(|_| bad())?;
            if !(1..=12).contains(&m) {
                return Err(bad());
            }
        }
        [y, m, d] if digits(y, 4) && digits(m, 2) && digits(d, 2) => {
            let (y, m, d): (i32, u32, u32) = (
                y.parse().map_err(|_| bad())?,
                m.parse().map_err(|_| bad())?,
                d.parse().map_err(|_| bad())?,
            );
            let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
            let days = match m {
                1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
                4 | 6 | 9 | 11 => 30,
                2 if leap => 29,
                2 => 28,
                _ => return Err(bad()),
            };
            if !(1..=days).contains(&d) {
                return Err(bad());
            }
        }
        _ => return Err(bad()),
    }
    Ok(v.to_string())
}

/// A comma-separated list whose items are all made of `ok` characters.
fn check_list(key: &str, v: &str, ok: impl Fn(char) -> bool, what: &str) -> Result<(), ApiError> {
    if v.split(',').all(|item| item.trim().chars().all(&ok)) {
        Ok(())
    } else {
        Err(ApiError::bad_request(format!(
            "{key} takes {what}, separated by commas; got {v:?}"
        )))
    }
}

/// A dyad `A,B` (or `A-B`, as in the dashboard's links).
pub fn parse_dyad(v: &str) -> Result<(String, String), ApiError> {
    let (a, b) = v
        .split_once(',')
        .or_else(|| v.split_once('-'))
        .ok_or_else(|| ApiError::bad_request(format!("dyad must be two actors A,B, not {v:?}")))?;
    let (a, b) = (a.trim(), b.trim());
    if a.is_empty() || b.is_empty() {
        return Err(ApiError::bad_request(format!(
            "dyad must be two actors A,B, not {v:?}"
        )));
    }
    Ok((a.to_string(), b.to_string()))
}

/// The event filter of a request (no paging).
pub fn event_filter(p: &Params) -> Result<EventFilter, ApiError> {
    let mut f = EventFilter {
        actor: p.get("actor").map(String::from),
        recipient: p.get("recipient").map(String::from),
        source: p.get("source").map(String::from),
        place: p.get("place").map(String::from),
        text: p.get("q").map(String::from),
        ..EventFilter::default()
    };
    if let Some(d) = p.get("dyad") {
        f.dyad = Some(parse_dyad(d)?);
    }
    if let Some(c) = p.get("country") {
        if !(c.len() == 3 && c.chars().all(|c| c.is_ascii_alphabetic())) {
            return Err(ApiError::bad_request(format!(
                "country must be a three-letter code (UKR), not {c:?}"
            )));
        }
        f.country = Some(c.to_string());
    }
    if let Some(c) = p.get("category") {
        check_list(
            "category",
            c,
            |c| c.is_ascii_alphabetic() || c == '_',
            "PLOVER categories (ASSAULT, COERCE, ...)",
        )?;
        f.category = Some(c.to_string());
    }
    if let Some(c) = p.get("cameo") {
        check_list(
            "cameo",
            c,
            |c| c.is_ascii_digit(),
            "CAMEO code prefixes (19, 051, ...)",
        )?;
        f.cameo = Some(c.to_string());
    }
    if let Some(q) = p.get("quad") {
        f.quad = Some(sitrep_store::query::parse_quad(q).ok_or_else(|| {
            ApiError::bad_request(format!(
                "quad must be 1-4 (or verbal-cooperation, material-cooperation, \
                 verbal-conflict, material-conflict), not {q:?}"
            ))
        })?);
    }
    if let Some(m) = p.get("modality") {
        for v in sitrep_store::query::split_list(m) {
            if !MODALITIES.contains(&v.to_ascii_lowercase().as_str()) {
                return Err(ApiError::bad_request(format!(
                    "unknown modality {v:?} (one of {})",
                    MODALITIES.join(", ")
                )));
            }
        }
        f.modality = Some(m.to_string());
    }
    if let Some(d) = p.get("from") {
        f.date_from = Some(check_date("from", d)?);
    }
    if let Some(d) = p.get("to") {
        f.date_to = Some(check_date("to", d)?);
    }
    if let Some(n) = p.number("min_mentions", 1, 1_000_000)? {
        f.min_mentions = Some(n as i64);
    }
    f.asserted_only = p.flag("asserted_only")?;
    Ok(f)
}

/// `limit` (default `default`, at most `max`).
pub fn limit(p: &Params, default: usize, max: usize) -> Result<usize, ApiError> {
    Ok(p.number("limit", 1, max as u64)?
        .map_or(default, |n| n as usize))
}

pub fn sort(p: &Params) -> Result<Sort, ApiError> {
    p.get("sort").map_or(Ok(Sort::Newest), |s| {
        s.parse().map_err(ApiError::bad_request)
    })
}

/// Event-list cursors are opaque to clients: `o` and the offset of the next row.
pub fn offset_cursor(p: &Params) -> Result<usize, ApiError> {
    match p.get("cursor") {
        None => Ok(0),
        Some(c) => c
            .strip_prefix('o')
            .and_then(|n| n.parse::<usize>().ok())
            .filter(|n| *n <= 10_000_000)
            .ok_or_else(|| ApiError::bad_request(format!("invalid cursor {c:?}"))),
    }
}

/// Document-list cursors: the hex of `published|id` of the last document shown.
pub fn document_cursor(p: &Params) -> Result<Option<(String, String)>, ApiError> {
    let Some(c) = p.get("cursor") else {
        return Ok(None);
    };
    let bad = || ApiError::bad_request(format!("invalid cursor {c:?}"));
    if c.len() % 2 != 0 || c.len() > 1024 {
        return Err(bad());
    }
    let bytes = (0..c.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(c.get(i..i + 2).unwrap_or("zz"), 16))
        .collect::<Result<Vec<u8>, _>>()
        .map_err(|_| bad())?;
    let s = String::from_utf8(bytes).map_err(|_| bad())?;
    let (published, id) = s.split_once('|').ok_or_else(bad)?;
    Ok(Some((published.to_string(), id.to_string())))
}

pub fn make_document_cursor(published: &str, id: &str) -> String {
    format!("{published}|{id}")
        .bytes()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_checked() {
        assert!(check_date("from", "2024-02-29").is_ok());
        assert!(check_date("from", "2023-02-29").is_err());
        assert!(check_date("from", "2025-13").is_err());
        assert!(check_date("from", "2025").is_ok());
        assert!(check_date("from", "yesterday").is_err());
    }

    #[test]
    fn decoding_never_panics() {
        assert_eq!(percent_decode("a%20b+c"), "a b c");
        assert_eq!(percent_decode("%"), "%");
        assert_eq!(percent_decode("%4"), "%4");
        assert_eq!(percent_decode("%zz"), "%zz");
        assert_eq!(percent_decode("%C3%A9"), "é");
        assert_eq!(percent_decode("é%"), "é%");
    }

    #[test]
    fn filters_refuse_bad_values() {
        let p = Params::parse(Some("quad=7"));
        assert!(event_filter(&p).is_err());
        let p = Params::parse(Some("dyad=RUS-PRK&category=ASSAULT,COERCE&from=2025-01"));
        let f = event_filter(&p).unwrap();
        assert_eq!(f.dyad, Some(("RUS".into(), "PRK".into())));
        assert!(Params::parse(Some("colour=red"))
            .check(FILTER_PARAMS)
            .is_err());
        let c = make_document_cursor("2025-01-02", "voa-7");
        let p = Params::parse(Some(&format!("cursor={c}")));
        assert_eq!(
            document_cursor(&p).unwrap(),
            Some(("2025-01-02".into(), "voa-7".into()))
        );
    }
}

//! The hand-coded sentence files of the manual-style and not-events tests
//! (`tests/manual_style/*.txt`, `tests/not_events_prose/sentences.txt`): one line per
//! sentence, `CATEGORY CAMEO PARTIES | sentence` (format in each file's header), read into
//! [`Line`]s, and how an event's parties are compared with the expected ones.

use super::code;
use sitrep_record::Event;

/// Who the expected event is between.
#[derive(Debug, Clone)]
pub enum Parties {
    /// Actor then recipient; `None` = no party expected, `Some("?")` = any.
    Directed(Option<String>, Option<String>),
    /// A mutual act: either direction is right.
    Mutual(String, String),
}

#[derive(Debug, Clone)]
pub struct Line {
    pub line: usize,
    /// `None`: a NONE line, no event of any category.
    pub category: Option<String>,
    pub cameo: Option<String>,
    pub parties: Parties,
    pub text: String,
}

pub fn side(s: &str) -> Option<String> {
    (s != "-").then(|| s.to_string())
}

/// The coded lines of a file in the `HEAD FIELDS | sentence` shape: for each line that is
/// not blank or a `#` comment, its number from 1, the three whitespace-separated fields
/// before " | " and the sentence after it (panics on a malformed line, naming `fields`).
pub fn entries<'a>(
    text: &'a str,
    fields: &'a str,
) -> impl Iterator<Item = (usize, [&'a str; 3], &'a str)> + 'a {
    text.lines().enumerate().filter_map(move |(i, raw)| {
        let l = raw.trim();
        if l.is_empty() || l.starts_with('#') {
            return None;
        }
        let (head, sentence) = l
            .split_once(" | ")
            .unwrap_or_else(|| panic!("line {}: no ` | ` separator", i + 1));
        let f: Vec<&str> = head.split_whitespace().collect();
        let f: [&str; 3] = f
            .try_into()
            .unwrap_or_else(|_| panic!("line {}: {fields}", i + 1));
        Some((i + 1, f, sentence))
    })
}

pub fn parse(text: &str) -> Vec<Line> {
    let mut out = Vec::new();
    for (line, f, sentence) in entries(text, "CATEGORY CAMEO PARTIES") {
        let parties = if let Some((a, r)) = f[2].split_once("<>") {
            Parties::Mutual(a.to_string(), r.to_string())
        } else if let Some((a, r)) = f[2].split_once('>') {
            Parties::Directed(side(a), side(r))
        } else {
            Parties::Directed(None, None)
        };
        out.push(Line {
            line,
            category: (f[0] != "NONE").then(|| f[0].to_string()),
            cameo: side(f[1]),
            parties,
            text: sentence.to_string(),
        });
    }
    out
}

pub fn side_agrees(expected: &Option<String>, got: Option<&str>) -> bool {
    match expected.as_deref() {
        Some("?") => true,
        e => e == got,
    }
}

/// One event as a failure message shows it.
pub fn show(e: &Event) -> String {
    format!(
        "{} {} {}->{} `{}`{}",
        e.event,
        e.cameo,
        code(&e.actor).unwrap_or("-"),
        code(&e.recipient).unwrap_or("-"),
        e.trigger.text,
        if e.negated { " negated" } else { "" }
    )
}

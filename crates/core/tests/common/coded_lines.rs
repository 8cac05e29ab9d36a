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

pub fn parse(text: &str) -> Vec<Line> {
    let mut out = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let l = raw.trim();
        if l.is_empty() || l.starts_with('#') {
            continue;
        }
        let (head, sentence) = l
            .split_once(" | ")
            .unwrap_or_else(|| panic!("line {}: no ` | ` separator", i + 1));
        let f: Vec<&str> = head.split_whitespace().collect();
        assert_eq!(f.len(), 3, "line {}: CATEGORY CAMEO PARTIES", i + 1);
        let parties = if let Some((a, r)) = f[2].split_once("<>") {
            Parties::Mutual(a.to_string(), r.to_string())
        } else if let Some((a, r)) = f[2].split_once('>') {
            Parties::Directed(side(a), side(r))
        } else {
            Parties::Directed(None, None)
        };
        out.push(Line {
            line: i + 1,
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

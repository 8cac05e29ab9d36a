//! Event filters and their translation to SQL.
//!
//! Every value from the filter becomes a bound parameter (`?N`); the SQL text is built only
//! from fixed fragments, so no user input is ever spliced into a statement.
//!
//! Matching rules:
//! * `actor` / `recipient`: a country code (`RUS`) matches the party's country code, a
//!   concatenated CAMEO code starting with it (`RUSMIL`), or a name containing it (case
//!   insensitive).
//! * `dyad` (`A`, `B`): actor A and recipient B, or actor B and recipient A.
//! * `category`: PLOVER category, exact (case insensitive). `cameo`: a CAMEO code prefix
//!   (`19` matches `190`..`196`) of any mention. `quad`: 1-4.
//! * `modality`, `source` (the outlet or a reported source: code, org id or name), `text`
//!   (full-text search of the articles): an event matches when any of its mentions does.
//! * `date_from` / `date_to`: inclusive, compared at the precision of the event date
//!   (an event dated `2025-06` is inside `--from 2025-06-10`).
//! * `place`: location country code, or a place name containing the text.

use rusqlite::types::Value;
use serde::Serialize;

/// What to select. Empty (the default) selects everything.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EventFilter {
    pub actor: Option<String>,
    pub recipient: Option<String>,
    pub dyad: Option<(String, String)>,
    pub category: Option<String>,
    pub cameo: Option<String>,
    pub quad: Option<u8>,
    pub modality: Option<String>,
    pub source: Option<String>,
    pub date_from: Option<String>,
    pub date_to: Option<String>,
    pub place: Option<String>,
    pub text: Option<String>,
    pub min_mentions: Option<i64>,
    pub limit: Option<usize>,
}

/// Aggregation period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Period {
    Day,
    /// ISO weeks, labelled by their Monday.
    Week,
    Month,
}

impl std::str::FromStr for Period {
    type Err = String;
    fn from_str(s: &str) -> Result<Period, String> {
        match s.to_ascii_lowercase().as_str() {
            "day" | "daily" => Ok(Period::Day),
            "week" | "weekly" => Ok(Period::Week),
            "month" | "monthly" => Ok(Period::Month),
            _ => Err(format!("unknown period {s:?} (day, week or month)")),
        }
    }
}

/// Parse a quad class: `1`-`4` or its name (`material-conflict`, `verbal cooperation`).
pub fn parse_quad(s: &str) -> Option<u8> {
    let norm: String = s
        .trim()
        .to_ascii_lowercase()
        .chars()
        .map(|c| if c == ' ' || c == '_' { '-' } else { c })
        .collect();
    match norm.as_str() {
        "1" | "verbal-cooperation" => Some(1),
        "2" | "material-cooperation" => Some(2),
        "3" | "verbal-conflict" => Some(3),
        "4" | "material-conflict" => Some(4),
        _ => None,
    }
}

/// A `WHERE` clause over `event_clusters c` and its parameters.
#[derive(Debug, Default)]
pub struct SqlWhere {
    pub clause: String,
    pub params: Vec<Value>,
}

impl SqlWhere {
    fn param(&mut self, v: impl Into<Value>) -> String {
        self.params.push(v.into());
        format!("?{}", self.params.len())
    }

    fn and(&mut self, condition: String) {
        self.clause.push_str(if self.clause.is_empty() {
            " WHERE "
        } else {
            " AND "
        });
        self.clause.push_str(&condition);
    }
}

/// Escape `%`, `_` and `\` for a `LIKE ... ESCAPE '\'` pattern.
fn like_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(c, '%' | '_' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Turn free text into an FTS5 query: every word a quoted term, all required. User
/// punctuation ("RUS-PRK", quotes, `*`) can then never be an FTS syntax error.
pub fn fts_query(text: &str) -> String {
    text.split_whitespace()
        .map(|w| format!("\"{}\"", w.replace('"', "\"\"")))
        .collect::<Vec<_>>()
        .join(" ")
}

fn party_condition(w: &mut SqlWhere, side: &str, value: &str) -> String {
    let code = w.param(value.trim().to_ascii_uppercase());
    let prefix = w.param(format!(
        "{}%",
        like_escape(&value.trim().to_ascii_uppercase())
    ));
    let name = w.param(format!("%{}%", like_escape(value.trim())));
    format!(
        "(c.{side}_code = {code} OR c.key_{side} = {code} OR c.{side}_cameo LIKE {prefix} ESCAPE '\\' \
         OR c.{side}_name LIKE {name} ESCAPE '\\')"
    )
}

/// Build the `WHERE` clause (with leading ` WHERE `, or empty) for a filter over
/// `event_clusters c`.
pub fn build_where(filter: &EventFilter) -> SqlWhere {
    let mut w = SqlWhere::default();
    if let Some(a) = &filter.actor {
        let cond = party_condition(&mut w, "actor", a);
        w.and(cond);
    }
    if let Some(r) = &filter.recipient {
        let cond = party_condition(&mut w, "recipient", r);
        w.and(cond);
    }
    if let Some((a, b)) = &filter.dyad {
        let a1 = party_condition(&mut w, "actor", a);
        let b1 = party_condition(&mut w, "recipient", b);
        let a2 = party_condition(&mut w, "actor", b);
        let b2 = party_condition(&mut w, "recipient", a);
        w.and(format!("(({a1} AND {b1}) OR ({a2} AND {b2}))"));
    }
    if let Some(cat) = &filter.category {
        let p = w.param(cat.trim().to_ascii_uppercase());
        w.and(format!("c.category = {p}"));
    }
    if let Some(q) = filter.quad {
        let p = w.param(q as i64);
        w.and(format!("c.quad = {p}"));
    }
    if let Some(from) = &filter.date_from {
        let p = w.param(from.trim().to_string());
        w.and(format!(
            "c.date IS NOT NULL AND c.date <> '' AND c.date >= substr({p}, 1, length(c.date))"
        ));
    }
    if let Some(to) = &filter.date_to {
        let p = w.param(to.trim().to_string());
        w.and(format!(
            "c.date IS NOT NULL AND c.date <> '' AND c.date <= substr({p}, 1, length(c.date))"
        ));
    }
    if let Some(place) = &filter.place {
        let code = w.param(place.trim().to_ascii_uppercase());
        let name = w.param(format!("%{}%", like_escape(place.trim())));
        w.and(format!(
            "(c.place_code = {code} OR c.place_name LIKE {name} ESCAPE '\\')"
        ));
    }
    if let Some(n) = filter.min_mentions {
        let p = w.param(n);
        w.and(format!("c.num_mentions >= {p}"));
    }
    // Mention-level conditions: the event matches when one of its mentions does.
    let mut mention_conds = Vec::new();
    if let Some(code) = &filter.cameo {
        let p = w.param(format!("{}%", like_escape(code.trim())));
        mention_conds.push(format!("m.cameo LIKE {p} ESCAPE '\\'"));
    }
    if let Some(m) = &filter.modality {
        let p = w.param(m.trim().to_ascii_lowercase());
        mention_conds.push(format!("m.modality = {p}"));
    }
    if let Some(s) = &filter.source {
        let exact = w.param(s.trim().to_string());
        let token = w.param(format!("%|{}|%", like_escape(&s.trim().to_lowercase())));
        mention_conds.push(format!(
            "(m.source_names LIKE {token} ESCAPE '\\' OR m.doc IN \
             (SELECT d.id FROM documents d WHERE d.source = {exact} COLLATE NOCASE))"
        ));
    }
    if let Some(t) = &filter.text {
        let p = w.param(fts_query(t));
        mention_conds.push(format!(
            "m.doc IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH {p})"
        ));
    }
    if !mention_conds.is_empty() {
        w.and(format!(
            "EXISTS (SELECT 1 FROM event_mentions m WHERE m.cluster = c.id AND {})",
            mention_conds.join(" AND ")
        ));
    }
    w
}

/// The SQL expression labelling a cluster's period, and the condition that its date is
/// precise enough for the period.
pub fn period_sql(period: Period) -> (&'static str, &'static str) {
    match period {
        Period::Day => ("substr(c.date, 1, 10)", "length(c.date) >= 10"),
        // `weekday 0` moves to the next Sunday (or stays), `-6 days` back to its Monday.
        Period::Week => (
            "date(substr(c.date, 1, 10), 'weekday 0', '-6 days')",
            "length(c.date) >= 10",
        ),
        Period::Month => ("substr(c.date, 1, 7)", "length(c.date) >= 7"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_parameters_never_sql() {
        let f = EventFilter {
            actor: Some("RUS'; DROP TABLE documents; --".into()),
            text: Some("\"unbalanced".into()),
            ..EventFilter::default()
        };
        let w = build_where(&f);
        assert!(!w.clause.contains("DROP"));
        assert!(!w.clause.contains("unbalanced"));
        assert_eq!(w.params.len(), 4);
    }

    #[test]
    fn empty_filter_is_empty_clause() {
        let w = build_where(&EventFilter::default());
        assert!(w.clause.is_empty() && w.params.is_empty());
    }

    #[test]
    fn quads_and_periods_parse() {
        assert_eq!(parse_quad("material conflict"), Some(4));
        assert_eq!(parse_quad("1"), Some(1));
        assert_eq!(parse_quad("5"), None);
        assert_eq!("Monthly".parse::<Period>(), Ok(Period::Month));
        assert!("year".parse::<Period>().is_err());
    }

    #[test]
    fn fts_terms_are_quoted() {
        assert_eq!(fts_query(" North  \"Korea "), "\"North\" \"\"\"Korea\"");
        assert_eq!(like_escape("50%_x"), "50\\%\\_x");
    }
}

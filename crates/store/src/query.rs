//! Event filters and their translation to SQL.
//!
//! Every value from the filter becomes a bound parameter (`?N`); the SQL text is built only
//! from fixed fragments, so no user input is ever spliced into a statement.
//!
//! Matching rules:
//! * `actor` / `recipient`: **codes match exactly**, names **by whole word**. `RUS` matches
//!   a party whose country code or concatenated CAMEO code is `RUS`, and (a three-letter
//!   country code being the head of a CAMEO code) one whose CAMEO code starts with it
//!   (`RUSMIL`, `RUSGOV`); `RUSMIL` matches that CAMEO code only. A name matches when the
//!   words of the value occur as whole words of the party's name, case insensitive
//!   (ASCII), punctuation ignored: `US` never matches "Russia", `korean` matches "North
//!   Korean troops".
//! * `country`: the country code of either party (actor or recipient), exact.
//! * `dyad` (`A`, `B`): actor A and recipient B, or actor B and recipient A.
//! * `category`: PLOVER categories, exact (case insensitive), several separated by commas
//!   (`ASSAULT,COERCE`). `cameo`: CAMEO code prefixes (`19` matches `190`..`196`), commas
//!   for several, of any mention. `quad`: 1-4.
//! * `modality` (commas for several), `source` (the outlet or a reported source: code, org
//!   id or name), `text` (full-text search of the articles, stemmed: `sanction` finds
//!   "sanctions"): an event matches when any of its mentions does.
//! * `asserted_only`: the event has a mention that is neither negated nor denied,
//!   hypothetical or intended (it is reported as having happened).
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
    /// Either party's country code (actor or recipient).
    pub country: Option<String>,
    /// Only events with a mention reported as having happened (see the module docs).
    pub asserted_only: bool,
    /// Rows to skip before the first returned (paging with `limit`).
    pub offset: Option<usize>,
    /// Row order of event lists.
    pub sort: Sort,
}

/// Order of event lists.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Sort {
    /// Oldest first (undated first), then id: the order of exports.
    #[default]
    Oldest,
    /// Newest first (undated last), then id.
    Newest,
    /// Most mentions first.
    Mentions,
    /// Most negative Goldstein score (most conflictual) first.
    Goldstein,
}

impl Sort {
    /// The `ORDER BY` expression over `event_clusters c`.
    pub fn order_by(self) -> &'static str {
        match self {
            Sort::Oldest => "c.date, c.id",
            Sort::Newest => "c.date DESC, c.id",
            Sort::Mentions => "c.num_mentions DESC, c.date DESC, c.id",
            Sort::Goldstein => "c.goldstein IS NULL, c.goldstein, c.date DESC, c.id",
        }
    }
}

impl std::str::FromStr for Sort {
    type Err = String;
    fn from_str(s: &str) -> Result<Sort, String> {
        match s.to_ascii_lowercase().as_str() {
            "oldest" | "date" => Ok(Sort::Oldest),
            "newest" | "-date" => Ok(Sort::Newest),
            "mentions" => Ok(Sort::Mentions),
            "goldstein" => Ok(Sort::Goldstein),
            _ => Err(format!(
                "unknown sort {s:?} (newest, oldest, mentions or goldstein)"
            )),
        }
    }
}

/// What `group_by` counts by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum GroupKey {
    Category,
    /// The actor's CAMEO code (else country code, else name).
    Actor,
    Recipient,
    /// Actor and recipient, directed: `RUS>UKR`.
    Dyad,
    /// The country of the event's location.
    Country,
    /// A period: day, week, month or year.
    Period(Period),
}

impl std::str::FromStr for GroupKey {
    type Err = String;
    fn from_str(s: &str) -> Result<GroupKey, String> {
        match s.to_ascii_lowercase().as_str() {
            "category" => Ok(GroupKey::Category),
            "actor" => Ok(GroupKey::Actor),
            "recipient" | "target" => Ok(GroupKey::Recipient),
            "dyad" => Ok(GroupKey::Dyad),
            "country" | "place" => Ok(GroupKey::Country),
            other => other.parse::<Period>().map(GroupKey::Period).map_err(|_| {
                format!(
                    "unknown grouping {s:?} (category, actor, recipient, dyad, country, \
                     day, week, month or year)"
                )
            }),
        }
    }
}

impl GroupKey {
    /// The SQL expression labelling a group over `event_clusters c`, and the condition a
    /// row needs to belong to some group (a date precise enough for a period).
    pub fn sql(self) -> (&'static str, &'static str) {
        const ACTOR: &str = "coalesce(nullif(c.actor_cameo, ''), nullif(c.actor_code, ''), \
                             nullif(c.actor_name, ''), '')";
        const RECIPIENT: &str = "coalesce(nullif(c.recipient_cameo, ''), \
                                 nullif(c.recipient_code, ''), nullif(c.recipient_name, ''), '')";
        match self {
            GroupKey::Category => ("c.category", "1"),
            GroupKey::Actor => (ACTOR, "1"),
            GroupKey::Recipient => (RECIPIENT, "1"),
            GroupKey::Dyad => (
                "coalesce(nullif(c.actor_cameo, ''), nullif(c.actor_code, ''), \
                 nullif(c.actor_name, ''), '?') || '>' || \
                 coalesce(nullif(c.recipient_cameo, ''), nullif(c.recipient_code, ''), \
                 nullif(c.recipient_name, ''), '?')",
                "1",
            ),
            GroupKey::Country => ("coalesce(c.place_code, '')", "1"),
            GroupKey::Period(p) => {
                let (label, precise) = period_sql(p);
                (label, precise)
            }
        }
    }
}

/// Aggregation period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Period {
    Day,
    /// ISO weeks, labelled by their Monday.
    Week,
    Month,
    Year,
}

impl std::str::FromStr for Period {
    type Err = String;
    fn from_str(s: &str) -> Result<Period, String> {
        match s.to_ascii_lowercase().as_str() {
            "day" | "daily" => Ok(Period::Day),
            "week" | "weekly" => Ok(Period::Week),
            "month" | "monthly" => Ok(Period::Month),
            "year" | "yearly" => Ok(Period::Year),
            _ => Err(format!("unknown period {s:?} (day, week, month or year)")),
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

/// The SQL dialect a `WHERE` clause is written in. The conditions are the same; the
/// placeholders, the case-insensitive comparison and the full-text match differ.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Dialect {
    /// `?N` placeholders, `COLLATE NOCASE`, FTS5 `documents_fts MATCH`.
    #[default]
    Sqlite,
    /// `$N` placeholders, `lower()`, `fts @@ plainto_tsquery('english', ...)` over the
    /// generated `documents.fts` column.
    Postgres,
}

/// A `WHERE` clause over `event_clusters c` and its parameters.
#[derive(Debug, Default)]
pub struct SqlWhere {
    pub clause: String,
    pub params: Vec<Value>,
    pub dialect: Dialect,
}

impl SqlWhere {
    fn param(&mut self, v: impl Into<Value>) -> String {
        self.params.push(v.into());
        match self.dialect {
            Dialect::Sqlite => format!("?{}", self.params.len()),
            Dialect::Postgres => format!("${}", self.params.len()),
        }
    }

    /// The pattern match operator: SQLite's `LIKE` ignores ASCII case, PostgreSQL's does
    /// not, so PostgreSQL gets `ILIKE` and both match the same rows.
    fn like(&self) -> &'static str {
        match self.dialect {
            Dialect::Sqlite => "LIKE",
            Dialect::Postgres => "ILIKE",
        }
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

/// Lowercase ASCII words of a name, punctuation and apostrophes as separators, joined by
/// single spaces: the form `name_words_sql` gives the stored names.
pub fn name_words(s: &str) -> String {
    s.to_ascii_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// SQL turning a name column (`{}`) into ` words `: lower case, the punctuation that
/// [`name_words`] splits on replaced by spaces, padded so `LIKE '% word %'` finds whole
/// words (repeated spaces are harmless: the pattern needs one on each side).
fn name_words_sql(column: &str) -> String {
    let mut e = format!("lower({column})");
    for p in [
        "-", ".", ",", "'", "\u{2019}", "\"", "(", ")", "/", ":", ";", "&",
    ] {
        let lit = p.replace('\'', "''");
        e = format!("replace({e}, '{lit}', ' ')");
    }
    format!("(' ' || {e} || ' ')")
}

fn party_condition(w: &mut SqlWhere, side: &str, value: &str) -> String {
    let upper = value.trim().to_ascii_uppercase();
    let code = w.param(upper.clone());
    let mut alternatives = vec![
        format!("c.{side}_code = {code}"),
        format!("c.key_{side} = {code}"),
        format!("c.{side}_cameo = {code}"),
    ];
    // A three-letter code heads a CAMEO code (RUS -> RUSMIL); longer codes match exactly.
    if upper.len() == 3 && upper.chars().all(|c| c.is_ascii_alphabetic()) {
        let prefix = w.param(format!("{}%", like_escape(&upper)));
        let like = w.like();
        alternatives.push(format!("c.{side}_cameo {like} {prefix} ESCAPE '\\'"));
    }
    let words = name_words(value);
    if let Some(longest) = words
        .split(' ')
        .filter(|word| !word.is_empty())
        .max_by_key(|word| word.len())
    {
        // The whole-word test rewrites the name with twelve nested `replace()` calls, too
        // slow to run on every row of a large store. A name holding the words as whole
        // words holds each of them as a plain substring (the words are letters and digits,
        // the replaced characters are not, and `LIKE`/`ILIKE` ignore the case `lower()`
        // changes), so the cheap substring test on the longest word comes first and the
        // rewrite runs only on the rows that pass it: the same rows match.
        let like = w.like();
        let candidate = w.param(format!("%{}%", like_escape(longest)));
        let pattern = w.param(format!("% {} %", like_escape(&words)));
        alternatives.push(format!(
            "(c.{side}_name {like} {candidate} ESCAPE '\\' AND {} {like} {pattern} ESCAPE '\\')",
            name_words_sql(&format!("c.{side}_name")),
        ));
    }
    format!("({})", alternatives.join(" OR "))
}

/// Values of a comma-separated filter, trimmed, empty ones dropped.
pub fn split_list(s: &str) -> Vec<String> {
    s.split(',')
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .map(String::from)
        .collect()
}

/// Build the `WHERE` clause (with leading ` WHERE `, or empty) for a filter over
/// `event_clusters c`, in SQLite's dialect.
pub fn build_where(filter: &EventFilter) -> SqlWhere {
    build_where_in(filter, Dialect::Sqlite)
}

/// [`build_where`] in the given dialect.
pub fn build_where_in(filter: &EventFilter, dialect: Dialect) -> SqlWhere {
    let mut w = SqlWhere {
        dialect,
        ..SqlWhere::default()
    };
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
        let list: Vec<String> = split_list(cat)
            .iter()
            .map(|c| w.param(c.to_ascii_uppercase()))
            .collect();
        w.and(format!("c.category IN ({})", list.join(", ")));
    }
    if let Some(country) = &filter.country {
        let p = w.param(country.trim().to_ascii_uppercase());
        w.and(format!("(c.actor_code = {p} OR c.recipient_code = {p})"));
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
            "(c.place_code = {code} OR c.place_name {} {name} ESCAPE '\\')",
            w.like()
        ));
    }
    if let Some(n) = filter.min_mentions {
        let p = w.param(n);
        w.and(format!("c.num_mentions >= {p}"));
    }
    // Mention-level conditions: the event matches when one of its mentions does.
    let mut mention_conds = Vec::new();
    if let Some(codes) = &filter.cameo {
        let alternatives: Vec<String> = split_list(codes)
            .iter()
            .map(|code| {
                let p = w.param(format!("{}%", like_escape(code)));
                format!("m.cameo {} {p} ESCAPE '\\'", w.like())
            })
            .collect();
        mention_conds.push(format!("({})", alternatives.join(" OR ")));
    }
    if let Some(m) = &filter.modality {
        let list: Vec<String> = split_list(m)
            .iter()
            .map(|v| w.param(v.to_ascii_lowercase()))
            .collect();
        mention_conds.push(format!("m.modality IN ({})", list.join(", ")));
    }
    if filter.asserted_only {
        mention_conds.push(
            "m.negated = 0 AND m.modality NOT IN ('denied', 'hypothetical', 'intended')".into(),
        );
    }
    if let Some(s) = &filter.source {
        let exact = w.param(s.trim().to_string());
        let token = w.param(format!("%|{}|%", like_escape(&s.trim().to_lowercase())));
        let same_source = match dialect {
            Dialect::Sqlite => format!("d.source = {exact} COLLATE NOCASE"),
            Dialect::Postgres => format!("lower(d.source) = lower({exact})"),
        };
        mention_conds.push(format!(
            "(m.source_names {} {token} ESCAPE '\\' OR m.doc IN \
             (SELECT d.id FROM documents d WHERE {same_source}))",
            w.like()
        ));
    }
    if let Some(t) = &filter.text {
        mention_conds.push(match dialect {
            Dialect::Sqlite => {
                let p = w.param(fts_query(t));
                format!("m.doc IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH {p})")
            }
            Dialect::Postgres => {
                let p = w.param(t.clone());
                format!(
                    "m.doc IN (SELECT d.id FROM documents d \
                     WHERE d.fts @@ plainto_tsquery('english', {p}))"
                )
            }
        });
    }
    if !mention_conds.is_empty() {
        let conds = mention_conds.join(" AND ");
        if dialect == Dialect::Sqlite && filter.text.is_some() {
            // Driven by the matching documents: their mentions' clusters, read once.
            // SQLite runs the `EXISTS` form per cluster and tries each matching document
            // against it (`event_mentions(doc, cluster)`): 14 s to count the events of a
            // word in 2% of 20,000 articles, against 10 ms this way.
            w.and(format!(
                "c.id IN (SELECT m.cluster FROM event_mentions m WHERE {conds})"
            ));
        } else {
            w.and(format!(
                "EXISTS (SELECT 1 FROM event_mentions m WHERE m.cluster = c.id AND {conds})"
            ));
        }
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
        Period::Year => ("substr(c.date, 1, 4)", "length(c.date) >= 4"),
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
    fn every_parameter_is_used_in_both_dialects() {
        let f = EventFilter {
            dyad: Some(("RUS".into(), "North-Korean troops".into())),
            actor: Some("u.s.".into()),
            text: Some("sanctions".into()),
            modality: Some("claimed".into()),
            ..EventFilter::default()
        };
        for (dialect, mark, like) in [
            (Dialect::Sqlite, "?", " LIKE "),
            (Dialect::Postgres, "$", " ILIKE "),
        ] {
            let w = build_where_in(&f, dialect);
            for n in 1..=w.params.len() {
                // `?1` must not be found inside `?12`.
                let used = w.clause.match_indices(&format!("{mark}{n}")).any(|(i, p)| {
                    !w.clause[i + p.len()..].starts_with(|c: char| c.is_ascii_digit())
                });
                assert!(used, "{dialect:?}: {mark}{n} unused in {}", w.clause);
            }
            assert!(!w.clause.contains(&format!("{mark}{}", w.params.len() + 1)));
            // Each name match is guarded by the substring test on its longest word.
            assert_eq!(
                w.clause.matches(&format!("_name{like}")).count(),
                5,
                "{}",
                w.clause
            );
            // "korean" and "troops" are equally long: the later word is taken.
            assert!(w.params.contains(&Value::Text("%troops%".into())));
            assert!(w
                .params
                .contains(&Value::Text("% north korean troops %".into())));
        }
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
        assert_eq!("year".parse::<Period>(), Ok(Period::Year));
        assert!("decade".parse::<Period>().is_err());
    }

    #[test]
    fn names_split_into_words() {
        assert_eq!(
            name_words("  North-Korean  troops' "),
            "north korean troops"
        );
        assert_eq!(name_words("U.S."), "u s");
        assert_eq!(split_list("ASSAULT, coerce,,"), vec!["ASSAULT", "coerce"]);
        assert_eq!("dyad".parse::<GroupKey>(), Ok(GroupKey::Dyad));
        assert_eq!(
            "month".parse::<GroupKey>(),
            Ok(GroupKey::Period(Period::Month))
        );
        assert!("colour".parse::<GroupKey>().is_err());
        assert_eq!("newest".parse::<Sort>(), Ok(Sort::Newest));
    }

    #[test]
    fn fts_terms_are_quoted() {
        assert_eq!(fts_query(" North  \"Korea "), "\"North\" \"\"\"Korea\"");
        assert_eq!(like_escape("50%_x"), "50\\%\\_x");
    }
}

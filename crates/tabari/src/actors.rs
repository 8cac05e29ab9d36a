//! TABARI/PETRARCH actor dictionaries (`*.actors.txt`).
//!
//! ```text
//! GOLLUM  # a name opens an entry
//! +SMEAGOL                        alias
//!     [HOB < 950601]              code before a date
//!     [HOBGOV 19950601 - 19990815] code within dates (inclusive)
//!     [HOBREB > 990816]           code after a date
//! UNITED_STATES [USA]             name and code on one line
//! ```
//!
//! Words are joined by `_` (must be adjacent) or a blank (TABARI allowed other words in
//! between). A trailing `_` marks a complete word; TABARI read a word without it as a
//! stem ("ARGENTIN" matched "Argentina"). Dates are `YYYYMMDD` or `YYMMDD`; two-digit
//! years 00-30 are 20YY, others 19YY (the KEDS/TABARI convention).

use crate::source::{content_lines, split_brackets, Diagnostic, LoadOptions, Sink};

/// A name as written in the dictionary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Phrase {
    /// The name as written ("UNITED_STATES", "PRESIDENT HOSNI MURBARAK").
    pub raw: String,
    /// Its words, upper case, connectors removed.
    pub words: Vec<String>,
    /// Some words were joined by a blank (TABARI: other words may come between).
    pub gaps: bool,
    /// The last word has no trailing `_` (TABARI: it is a stem).
    pub stem: bool,
}

impl Phrase {
    pub fn parse(raw: &str) -> Option<Phrase> {
        let raw = raw.trim();
        let words: Vec<String> = raw
            .split(|c: char| c == '_' || c.is_whitespace())
            .filter(|w| !w.is_empty())
            .map(|w| w.to_uppercase())
            .collect();
        if words.is_empty() {
            return None;
        }
        let inner = raw.trim_end_matches('_');
        Some(Phrase {
            raw: raw.to_string(),
            gaps: inner.contains(char::is_whitespace),
            stem: !raw.ends_with('_'),
            words,
        })
    }

    /// The words separated by single spaces.
    pub fn text(&self) -> String {
        self.words.join(" ")
    }
}

/// A calendar date as `YYYYMMDD`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(pub u32);

impl Date {
    /// Parses `YYYYMMDD` or `YYMMDD` (00-30 = 20YY, else 19YY).
    pub fn parse(s: &str) -> Option<Date> {
        if !s.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let n: u32 = s.parse().ok()?;
        let full = match s.len() {
            8 => n,
            6 => {
                let yy = n / 10000;
                let century = if yy <= 30 { 2000 } else { 1900 };
                (century + yy) * 10000 + n % 10000
            }
            _ => return None,
        };
        let (m, d) = (full / 100 % 100, full % 100);
        ((1..=12).contains(&m) && (1..=31).contains(&d)).then_some(Date(full))
    }

    /// `YYYY-MM-DD`.
    pub fn iso(self) -> String {
        format!(
            "{:04}-{:02}-{:02}",
            self.0 / 10000,
            self.0 / 100 % 100,
            self.0 % 100
        )
    }

    /// The previous calendar day (for turning PETRARCH's exclusive `<DATE` into an
    /// inclusive end date).
    pub fn previous_day(self) -> Date {
        let (mut y, mut m, mut d) = (self.0 / 10000, self.0 / 100 % 100, self.0 % 100);
        if d > 1 {
            d -= 1;
        } else {
            if m > 1 {
                m -= 1;
            } else {
                m = 12;
                y -= 1;
            }
            d = days_in_month(y, m);
        }
        Date(y * 10000 + m * 100 + d)
    }

    /// The next calendar day (PETRARCH's `>DATE` is exclusive).
    pub fn next_day(self) -> Date {
        let (mut y, mut m, mut d) = (self.0 / 10000, self.0 / 100 % 100, self.0 % 100);
        if d < days_in_month(y, m) {
            d += 1;
        } else {
            d = 1;
            if m < 12 {
                m += 1;
            } else {
                m = 1;
                y += 1;
            }
        }
        Date(y * 10000 + m * 100 + d)
    }
}

fn days_in_month(y: u32, m: u32) -> u32 {
    // Gregorian leap years, written as remainders (the workspace supports Rust 1.80,
    // before `is_multiple_of`).
    let leap = matches!((y % 400, y % 100, y % 4), (0, _, _) | (1.., 1.., 0));
    match m {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// When a code applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateRestriction {
    Always,
    /// Strictly before the date (`<DATE`).
    Before(Date),
    /// Strictly after the date (`>DATE`).
    After(Date),
    /// From the first to the second date, both included (`D1-D2`).
    Between(Date, Date),
}

impl DateRestriction {
    /// Whether the code applies on `date`.
    pub fn applies(&self, date: Date) -> bool {
        match *self {
            DateRestriction::Always => true,
            DateRestriction::Before(d) => date < d,
            DateRestriction::After(d) => date > d,
            DateRestriction::Between(a, b) => a <= date && date <= b,
        }
    }

    /// Inclusive first and last day (`None` = open).
    pub fn bounds(&self) -> (Option<Date>, Option<Date>) {
        match *self {
            DateRestriction::Always => (None, None),
            DateRestriction::Before(d) => (None, Some(d.previous_day())),
            DateRestriction::After(d) => (Some(d.next_day()), None),
            DateRestriction::Between(a, b) => (Some(a), Some(b)),
        }
    }
}

/// An actor code with its date restriction (`[HOBGOV 19950601-19990815]`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DatedCode {
    /// The code as written (`HOBGOV`, `---`, `ELR/GAL`).
    pub code: String,
    pub when: DateRestriction,
}

impl DatedCode {
    pub fn parse(group: &str) -> Result<DatedCode, String> {
        let mut parts = group.split_whitespace();
        let code = parts.next().ok_or("empty actor code `[]`")?.to_string();
        if !code
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '+' | '/' | '~'))
        {
            return Err(format!("malformed actor code `{code}`"));
        }
        let rest: String = parts.collect();
        let date = |s: &str| Date::parse(s).ok_or_else(|| format!("malformed date `{s}`"));
        let when = if rest.is_empty() {
            DateRestriction::Always
        } else if let Some(d) = rest.strip_prefix('<') {
            DateRestriction::Before(date(d)?)
        } else if let Some(d) = rest.strip_prefix('>') {
            DateRestriction::After(date(d)?)
        } else if let Some((a, b)) = rest.split_once('-') {
            let (a, b) = (date(a)?, date(b)?);
            if b < a {
                return Err(format!("date range `{rest}` ends before it starts"));
            }
            DateRestriction::Between(a, b)
        } else {
            return Err(format!(
                "malformed date restriction `{rest}` (expected <DATE, >DATE or DATE-DATE)"
            ));
        };
        Ok(DatedCode { code, when })
    }
}

/// One actor: a name, its aliases and its codes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActorEntry {
    /// The first is the main name; the others are `+` aliases.
    pub names: Vec<Phrase>,
    pub codes: Vec<DatedCode>,
    pub line: usize,
}

impl ActorEntry {
    /// The code PETRARCH assigns on `date`: the first restricted code whose restriction
    /// holds, else the first unrestricted one.
    pub fn code_on(&self, date: Date) -> Option<&str> {
        self.codes
            .iter()
            .find(|c| c.when != DateRestriction::Always && c.when.applies(date))
            .or_else(|| {
                self.codes
                    .iter()
                    .find(|c| c.when == DateRestriction::Always)
            })
            .map(|c| c.code.as_str())
    }
}

/// A parsed actor dictionary file.
#[derive(Debug, Clone, Default)]
pub struct ActorFile {
    pub file: String,
    pub entries: Vec<ActorEntry>,
    pub diagnostics: Vec<Diagnostic>,
}

/// Reads an actor dictionary. Malformed lines are reported and skipped (or, with
/// `strict`, the first one is returned as the error).
pub fn read_actors(file: &str, text: &str, options: LoadOptions) -> Result<ActorFile, Diagnostic> {
    let mut sink = Sink::new(file, options);
    let mut entries: Vec<ActorEntry> = Vec::new();
    // Whether the last entry may still take aliases and codes.
    let mut open = false;
    for (line_no, line) in content_lines(text) {
        let (head, groups) = match split_brackets(line) {
            Ok(x) => x,
            Err(m) => {
                sink.report(line_no, m)?;
                continue;
            }
        };
        let mut codes = Vec::new();
        let mut bad = false;
        for g in groups {
            match DatedCode::parse(g) {
                Ok(c) => codes.push(c),
                Err(m) => {
                    sink.report(line_no, m)?;
                    bad = true;
                }
            }
        }
        if bad {
            continue;
        }
        if head.is_empty() {
            // Code lines belong to the entry above.
            if !open {
                sink.report(line_no, "actor code without a name above it")?;
                continue;
            }
            entries.last_mut().expect("open entry").codes.extend(codes);
        } else if let Some(alias) = head.strip_prefix('+') {
            let Some(phrase) = Phrase::parse(alias) else {
                sink.report(line_no, "empty alias `+`")?;
                continue;
            };
            if !open {
                sink.report(line_no, "alias without an actor above it")?;
                continue;
            }
            let e = entries.last_mut().expect("open entry");
            e.names.push(phrase);
            e.codes.extend(codes);
        } else {
            let Some(phrase) = Phrase::parse(head) else {
                sink.report(line_no, "empty actor name")?;
                continue;
            };
            if head.starts_with(['[', ']', '{', '}', '&', '-', '~']) {
                sink.report(line_no, format!("malformed actor line `{line}`"))?;
                continue;
            }
            // Consecutive names before a code block are one actor (PETRARCH gives all
            // of them the codes that follow: "LEONID_BREZHNEV_ / SECRETARY_BREZHNEV /
            // [RUSGOV ...]").
            if let Some(e) = entries.last_mut().filter(|e| open && e.codes.is_empty()) {
                e.names.push(phrase);
                e.codes.extend(codes);
                continue;
            }
            close_entry(&mut entries, &mut sink)?;
            entries.push(ActorEntry {
                names: vec![phrase],
                codes,
                line: line_no,
            });
            open = true;
        }
    }
    close_entry(&mut entries, &mut sink)?;
    Ok(ActorFile {
        file: file.to_string(),
        entries,
        diagnostics: sink.diagnostics,
    })
}

/// Drops the last entry if it never got a code (reported: PETRARCH cannot code it).
fn close_entry(entries: &mut Vec<ActorEntry>, sink: &mut Sink) -> Result<(), Diagnostic> {
    if let Some(last) = entries.last() {
        if last.codes.is_empty() {
            let line = last.line;
            let name = last.names[0].raw.clone();
            entries.pop();
            sink.report(line, format!("actor `{name}` has no code"))?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "\
GOLLUM  # pas
+SMEAGOL
\t[HOB < 950601]
\t[HOBGOV 19950601 - 19990815]
\t[HOBREB > 990816]
UNITED_STATES [USA]
+U.S.  #JW
ENT
\t[ENT]
BREZHNEV_
SECRETARY_BREZHNEV
\t[RUSGOV 641014-821110]
NOCODE
BROKEN [USA 2001]
";

    #[test]
    fn reads_names_aliases_and_dated_codes() {
        let f = read_actors("a.txt", SAMPLE, LoadOptions::default()).unwrap();
        assert_eq!(f.entries.len(), 4, "{:?}", f.entries);
        let gollum = &f.entries[0];
        assert_eq!(gollum.names.len(), 2);
        assert_eq!(gollum.code_on(Date(19940101)), Some("HOB"));
        assert_eq!(gollum.code_on(Date(19970101)), Some("HOBGOV"));
        assert_eq!(gollum.code_on(Date(20050101)), Some("HOBREB"));
        assert_eq!(f.entries[1].names[1].words, vec!["U.S."]);
        assert_eq!(f.entries[2].code_on(Date(20000101)), Some("ENT"));
        // Names in a row share the codes that follow.
        assert_eq!(f.entries[3].names.len(), 2);
        assert_eq!(f.entries[3].code_on(Date(19700101)), Some("RUSGOV"));
        assert_eq!(f.entries[3].code_on(Date(19900101)), None);
        // NOCODE has no code; BROKEN has a malformed restriction.
        let lines: Vec<usize> = f.diagnostics.iter().map(|d| d.line).collect();
        assert_eq!(lines, vec![14, 13], "{:?}", f.diagnostics);
        assert!(f.diagnostics[0].to_string().starts_with("a.txt:14: "));
    }

    #[test]
    fn strict_stops_at_the_first_problem() {
        // The code-less NOCODE (line 13) is only known to be code-less at the end, so
        // the malformed line 14 comes first.
        let e = read_actors("a.txt", SAMPLE, LoadOptions { strict: true }).unwrap_err();
        assert_eq!(e.line, 14);
    }

    #[test]
    fn dates() {
        assert_eq!(Date::parse("950601"), Some(Date(19950601)));
        assert_eq!(Date::parse("070723"), Some(Date(20070723)));
        assert_eq!(Date::parse("19930120"), Some(Date(19930120)));
        assert_eq!(Date::parse("19931320"), None);
        assert_eq!(Date(20000301).previous_day(), Date(20000229));
        assert_eq!(Date(19000301).previous_day(), Date(19000228));
        assert_eq!(Date(20240301).previous_day(), Date(20240229));
        assert_eq!(Date(19991231).next_day(), Date(20000101));
        assert_eq!(
            DateRestriction::Before(Date(19930120)).bounds(),
            (None, Some(Date(19930119)))
        );
    }
}

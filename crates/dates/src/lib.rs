//! # sitrep-dates
//!
//! Finds date expressions in English news text and resolves them against the
//! publication date: "on Wednesday", "last year", "in April", "Feb. 13, 2024",
//! "March 9-14", "between 2019 and 2021", "two years ago", "the 1990s", "2025-06-04".
//!
//! ## Design
//!
//! The text is split once into word / number / punctuation tokens with byte offsets
//! (see `tok`). A single left-to-right pass tries, at each token, a fixed list of
//! hand-written patterns (ISO and US numeric dates, day-month, month-day, month-year,
//! bare months, weekdays, relative words, years in date context). A match consumes its
//! tokens, so matches never overlap and the pass is linear in the text length. A
//! preceding preposition (`on`, `in`, `since`, ...) and modifiers (`early`, `last`,
//! `next`, ...) are included in the span. Two dates joined by `to`/`through`/`and`
//! (after `between`)/a dash become one range (`value` .. `end_value`).
//!
//! ## Resolution rules (documented decisions)
//!
//! * Weekday ("Wednesday", "on Wednesday", "a Thursday report"): the most recent such
//!   day on or before publication; in a future-tense context ("will meet on Friday") the
//!   first such day on or after publication; "last Wednesday" is strictly before,
//!   "next/this coming Wednesday" strictly after.
//! * Tense is guessed from the nearest marker in the same sentence: `will`, `'ll`,
//!   `shall`, `scheduled`, `expected`, `plans`, `upcoming`, ... mean future; `said`,
//!   `was`, `had`, `ago`, other `-ed` verbs mean past; a marker before the date wins
//!   ties.
//! * Month without a year ("in April"): the most recent such month at or before the
//!   publication month, or in a future context the next one at or after it.
//! * Month and day without a year ("Feb. 13"): past context -> on or before
//!   publication, future -> on or after, unknown -> the nearest of the three candidate
//!   years.
//! * Weeks are not a contract precision: "last week"/"this week"/"next week" give a
//!   day-precision range Monday..Sunday (ISO weeks); "earlier this week" ends the day
//!   before publication. "last weekend" is the preceding Saturday..Sunday.
//! * Decades ("the 1990s") give the year range 1990..1999 (year precision); a round
//!   hundred before 2000 is a century ("the 1800s" -> 1800..1899).
//! * "July last year", "January of this year" are months of that year; "in the last
//!   year"/"the past month" are spans of time and are not reported.
//! * "N years ago" has year precision, "N months ago" month, "N days/weeks ago" day.
//! * Without a publication date, relative and year-less expressions are still found,
//!   with `value: None`.
//!
//! "May" and "March" are taken as months only in date context (a preposition before,
//! or a day/year after), so "may enhance" and "protesters march" are not dates. A bare
//! four-digit year counts only after a date preposition ("in 2023", "since 2019") or a
//! month, so "2023 troops" is not a date.

use sitrep_textview as tok;

use chrono::{Datelike, Duration, NaiveDate, Weekday};
use std::fmt;
use tok::words::{DateOpener, DateOpeners};
use tok::{Kind, View};

/// How precise a resolved date is: the record's own type, so no conversion is needed.
pub use sitrep_record::Precision;

/// A calendar value at year, month or day precision.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct DateValue {
    pub year: i32,
    pub month: Option<u32>,
    pub day: Option<u32>,
}

impl DateValue {
    pub fn year(year: i32) -> Self {
        DateValue {
            year,
            month: None,
            day: None,
        }
    }
    pub fn month(year: i32, month: u32) -> Self {
        DateValue {
            year,
            month: Some(month),
            day: None,
        }
    }
    pub fn day(d: NaiveDate) -> Self {
        DateValue {
            year: d.year(),
            month: Some(d.month()),
            day: Some(d.day()),
        }
    }
    /// True when the value can be written as `YYYY[-MM[-DD]]`: years 0 to 9999. A relative
    /// date resolved against a publication date at either end of that range ("yesterday"
    /// on 0000-01-01, "next year" in 9999) falls outside it and printed as `-001-12-31` or
    /// `10000`; such a date is left unresolved instead.
    pub fn is_writable(&self) -> bool {
        (0..=9999).contains(&self.year)
    }

    pub fn precision(&self) -> Precision {
        match (self.month, self.day) {
            (Some(_), Some(_)) => Precision::Day,
            (Some(_), None) => Precision::Month,
            _ => Precision::Year,
        }
    }
}

/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
impl fmt::Display for DateValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.month, self.day) {
            (Some(m), Some(d)) => write!(f, "{:04}-{:02}-{:02}", self.year, m, d),
            (Some(m), None) => write!(f, "{:04}-{:02}", self.year, m),
            _ => write!(f, "{:04}", self.year),
        }
    }
}

/// One date expression found in the text. Offsets are bytes into the given text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateMatch {
    pub start: usize,
    pub end: usize,
    /// Same as `start` (kept for the integration contract).
    pub text_start: usize,
    /// The resolved date, or the first date of a range; `None` when it cannot be
    /// resolved (relative expression without a publication date).
    pub value: Option<DateValue>,
    /// The last date of a range ("March 9-14", "between 2019 and 2021", "the 1990s").
    pub end_value: Option<DateValue>,
    /// True when the value depends on the publication date.
    pub relative: bool,
}

/// Finds date expressions in `text`, resolving them against `published`.
/// Matches are sorted by `start` and never overlap.
pub fn find_dates(text: &str, published: Option<NaiveDate>) -> Vec<DateMatch> {
    find_dates_in(&View::new(text), published)
}

/// [`find_dates`] over a token view the caller already built (the pipeline builds one
/// view per document and shares it with the quantity and quote finders).
pub fn find_dates_in(v: &View, published: Option<NaiveDate>) -> Vec<DateMatch> {
    let mut out: Vec<DateMatch> = Vec::new();
    let mut i = 0;
    // Token index before which tokens are already consumed by a match.
    let mut consumed = 0usize;
    let openers = tok::words::date_openers();
    while i < v.len() {
        if v.kind(i) == Some(Kind::Punct) {
            i += 1;
            continue;
        }
        if let Some(mut m) = match_at(v, i, openers, published) {
            m = extend_range(v, m, published);
            // Include a preceding preposition in the span.
            let mut s = m.first.max(consumed);
            // "in Tuesday’s attack": the preposition belongs to the noun phrase.
            let possessive = v.adj(m.last)
                && (v.is_punct(m.last + 1, "’") || v.is_punct(m.last + 1, "'"))
                && v.is(m.last + 2, "s");
            if s > consumed && s >= 1 && v.is_any(s - 1, PREPOSITIONS) && !possessive {
                s -= 1;
            }
            let start = v.start(s);
            let end = v.end(m.last);
            out.push(DateMatch {
                start,
                end,
                text_start: start,
                value: m.value.filter(DateValue::is_writable),
                end_value: m.end_value.filter(DateValue::is_writable),
                relative: m.relative,
            });
            i = m.last + 1;
            consumed = i;
        } else {
            i += 1;
        }
    }
    out
}

/// Prepositions folded into a date's span.
const PREPOSITIONS: &[&str] = &[
    "on",
    "in",
    "since",
    "until",
    "till",
    "by",
    "during",
    "from",
    "between",
    "before",
    "after",
    "through",
    "throughout",
];

/// A raw match over tokens `first..=last`.
#[derive(Clone, Copy, Debug)]
struct Raw {
    first: usize,
    last: usize,
    value: Option<DateValue>,
    end_value: Option<DateValue>,
    relative: bool,
    /// What was matched, for range merging.
    shape: Shape,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Shape {
    Year,
    Month,
    MonthDay,
    Other,
}

fn raw(first: usize, last: usize, value: Option<DateValue>, relative: bool, shape: Shape) -> Raw {
    Raw {
        first,
        last,
        value,
        end_value: None,
        relative,
        shape,
    }
}

/// Month name (capitalized, full) at token `i`: (month, last token index).
/// Abbreviations need a following "." (or a day number) to count.
fn month_at(v: &View, i: usize) -> Option<(u32, usize, bool)> {
    if !v.is_word(i) || !v.capitalized(i) {
        return None;
    }
    let s = v.s(i);
    if let Some(m) = tok::words::month(s) {
        return Some((m, i, false));
    }
    if let Some(m) = tok::words::month_abbreviation(s) {
        if v.adj(i) && v.is_punct(i + 1, ".") {
            return Some((m, i + 1, true));
        }
        return Some((m, i, true));
    }
    None
}

fn weekday_at(v: &View, i: usize) -> Option<Weekday> {
    if !v.is_word(i) || !v.capitalized(i) {
        return None;
    }
    let s = v.s(i);
    Some(match tok::words::weekday(s)? {
        1 => Weekday::Mon,
        2 => Weekday::Tue,
        3 => Weekday::Wed,
        4 => Weekday::Thu,
        5 => Weekday::Fri,
        6 => Weekday::Sat,
        _ => Weekday::Sun,
    })
}

/// A plausible year token: four digits, 1800..=2100, not glued to other digits,
/// letters, currency or a decimal part.
fn year_at(v: &View, i: usize) -> Option<i32> {
    if !v.is_num(i) || v.s(i).len() != 4 {
        return None;
    }
    let y = v.num(i)? as i32;
    if !(1800..=2100).contains(&y) {
        return None;
    }
    if i > 0 && v.toks[i - 1].end == v.toks[i].start {
        let p = v.s(i - 1);
        if v.is_num(i - 1)
            || v.is_word(i - 1)
            || matches!(p, "$" | "€" | "£" | "¥" | "#" | "," | ".")
        {
            return None;
        }
    }
    if v.adj(i) {
        let n = v.s(i + 1);
        if v.is_num(i + 1)
            || matches!(n, "%")
            || (n == "." || n == ",") && v.adj(i + 1) && v.is_num(i + 2)
        {
            return None;
        }
    }
    Some(y)
}

/// A day number 1..=31 at `i`, optionally with an ordinal suffix glued on.
/// Returns (day, last token index).
fn day_at(v: &View, i: usize) -> Option<(u32, usize)> {
    if !v.is_num(i) || v.s(i).len() > 2 {
        return None;
    }
    let d = v.num(i)?;
    if !(1..=31).contains(&d) {
        return None;
    }
    if v.adj(i) {
        if v.is_any(i + 1, &["st", "nd", "rd", "th"]) {
            return Some((d, i + 1));
        }
        // "13," and "13-14" are fine; "13:30", "13a", "13.5" are not days.
        if v.is_word(i + 1)
            || v.is_punct(i + 1, ":")
            || (v.is_punct(i + 1, ".") && v.adj(i + 1) && v.is_num(i + 2))
        {
            return None;
        }
    }
    Some((d, i))
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Tense {
    Past,
    Future,
    Unknown,
}

const FUTURE_MARKERS: &[&str] = &[
    "will",
    "shall",
    "ll",
    "scheduled",
    "expected",
    "plans",
    "planned",
    "plan",
    "upcoming",
    "due",
    "set",
    "intends",
    "aims",
    "slated",
    "going",
    "tomorrow",
    "hopes",
    "hope",
    "hoping",
    "seeks",
    "expects",
    "would",
    "next",
    "upcoming",
];
const PAST_MARKERS: &[&str] = &[
    "said",
    "says",
    "told",
    "was",
    "were",
    "had",
    "did",
    "has",
    "have",
    "came",
    "met",
    "began",
    "took",
    "went",
    "ago",
    "made",
    "gave",
    "held",
    "left",
    "saw",
    "won",
    "lost",
    "fell",
    "rose",
    "spoke",
    "wrote",
    "sent",
    "struck",
    "hit",
    "led",
    "last",
    "earlier",
    "yesterday",
];
const NOT_PAST_ED: &[&str] = &[
    "scheduled",
    "expected",
    "planned",
    "hundred",
    "indeed",
    "need",
    "proceed",
    "exceed",
    "succeed",
    "speed",
    "seed",
    "breed",
    "feed",
    "greed",
    "unprecedented",
    "red",
    "bed",
    "shed",
];

fn marker(v: &View, i: usize) -> Option<Tense> {
    if !v.lowercase_word(i) {
        return None;
    }
    let s = v.s(i);
    if FUTURE_MARKERS.contains(&s) {
        return Some(Tense::Future);
    }
    if PAST_MARKERS.contains(&s) {
        return Some(Tense::Past);
    }
    if s.len() >= 5 && s.ends_with("ed") && !NOT_PAST_ED.contains(&s) {
        return Some(Tense::Past);
    }
    None
}

/// A participle right after a modal ("will be held", "will have signed") takes the
/// modal's tense.
fn governed_by_modal(v: &View, j: usize) -> Option<Tense> {
    if v.is_any(
        j,
        &[
            "said",
            "says",
            "told",
            "was",
            "were",
            "had",
            "did",
            "ago",
            "last",
            "earlier",
            "yesterday",
        ],
    ) {
        return None;
    }
    (j.saturating_sub(3)..j)
        .find(|&k| v.is_any(k, &["will", "shall", "ll"]))
        .map(|_| Tense::Future)
}

/// Guesses the tense around tokens `first..=last` from the nearest marker in the same
/// sentence (10 tokens back, 6 forward; a forward marker counts one token farther).
fn tense(v: &View, first: usize, last: usize) -> Tense {
    let mut back: Option<(usize, Tense)> = None;
    let mut j = first;
    let mut dist = 0;
    while j > 0 && dist < 10 {
        j -= 1;
        dist += 1;
        if v.is_boundary(j) {
            break;
        }
        if let Some(t) = marker(v, j) {
            back = Some((dist, governed_by_modal(v, j).unwrap_or(t)));
            break;
        }
    }
    let mut fwd: Option<(usize, Tense)> = None;
    let mut j = last + 1;
    let mut dist = 1;
    while j < v.len() && dist <= 6 {
        if v.is_boundary(j) {
            break;
        }
        if let Some(t) = marker(v, j) {
            fwd = Some((dist + 1, governed_by_modal(v, j).unwrap_or(t)));
            break;
        }
        j += 1;
        dist += 1;
    }
    match (back, fwd) {
        (Some((db, tb)), Some((df, tf))) => {
            if db <= df {
                tb
            } else {
                tf
            }
        }
        (Some((_, t)), None) | (None, Some((_, t))) => t,
        (None, None) => Tense::Unknown,
    }
}

fn add_months(y: i32, m: u32, delta: i32) -> (i32, u32) {
    let idx = y * 12 + (m as i32 - 1) + delta;
    (idx.div_euclid(12), (idx.rem_euclid(12) + 1) as u32)
}

fn shift_days(d: NaiveDate, n: i64) -> Option<NaiveDate> {
    d.checked_add_signed(Duration::try_days(n)?)
}

/// Year for a bare month name relative to publication.
fn resolve_month(m: u32, pubd: NaiveDate, t: Tense) -> i32 {
    let pm = pubd.month();
    if t == Tense::Future {
        if m >= pm {
            pubd.year()
        } else {
            pubd.year() + 1
        }
    } else if m <= pm {
        pubd.year()
    } else {
        pubd.year() - 1
    }
}

/// Full date for a month-day without a year.
fn resolve_month_day(m: u32, d: u32, pubd: NaiveDate, t: Tense) -> Option<NaiveDate> {
    let y = pubd.year();
    let cands: Vec<NaiveDate> = [y - 1, y, y + 1]
        .iter()
        .filter_map(|&yy| NaiveDate::from_ymd_opt(yy, m, d))
        .collect();
    match t {
        Tense::Past => cands.iter().rev().find(|c| **c <= pubd).copied(),
        Tense::Future => cands.iter().find(|c| **c >= pubd).copied(),
        Tense::Unknown => cands
            .iter()
            .min_by_key(|c| (**c - pubd).num_days().abs())
            .copied(),
    }
}

/// The weekday `w` relative to `pubd`: `dir` < 0 most recent on/before (strict when
/// `strict`), > 0 next on/after (strict when `strict`).
fn resolve_weekday(w: Weekday, pubd: NaiveDate, dir: i32, strict: bool) -> Option<NaiveDate> {
    let pw = pubd.weekday().num_days_from_monday() as i64;
    let ww = w.num_days_from_monday() as i64;
    if dir < 0 {
        let mut back = (pw - ww).rem_euclid(7);
        if strict && back == 0 {
            back = 7;
        }
        shift_days(pubd, -back)
    } else {
        let mut fwd = (ww - pw).rem_euclid(7);
        if strict && fwd == 0 {
            fwd = 7;
        }
        shift_days(pubd, fwd)
    }
}

fn week_start(d: NaiveDate) -> Option<NaiveDate> {
    shift_days(d, -(d.weekday().num_days_from_monday() as i64))
}

/// Tries every pattern at token `i`. A word opens a pattern only if it is a calendar word
/// or a word of `textview/data/words.txt`'s date sections, and only the patterns its
/// section opens are tried.
fn match_at(v: &View, i: usize, openers: &DateOpeners, pubd: Option<NaiveDate>) -> Option<Raw> {
    if v.is_num(i) {
        return numeric_at(v, i, pubd);
    }
    if !v.is_word(i) {
        return None;
    }
    match openers.find(v.s(i))? {
        DateOpener::Month(_) | DateOpener::MonthAbbreviation(_) | DateOpener::Weekday(_) => {
            if !v.capitalized(i) {
                return None;
            }
            weekday_pattern(v, i, i, 0, pubd).or_else(|| month_pattern(v, i, i, pubd, None))
        }
        opener @ (DateOpener::Direction(_) | DateOpener::PeriodPart(_)) => {
            modifier_pattern(v, i, opener, pubd).or_else(|| relative_pattern(v, i, opener, pubd))
        }
        opener => relative_pattern(v, i, opener, pubd),
    }
}

/// Patterns starting with digits: ISO, US numeric, day-month(-year), years, "N units ago".
fn numeric_at(v: &View, i: usize, pubd: Option<NaiveDate>) -> Option<Raw> {
    // ISO 2025-06-04.
    if v.s(i).len() == 4
        && v.adj(i)
        && v.is_punct(i + 1, "-")
        && v.adj(i + 1)
        && v.is_num(i + 2)
        && v.adj(i + 2)
        && v.is_punct(i + 3, "-")
        && v.adj(i + 3)
        && v.is_num(i + 4)
        && !(v.adj(i + 4) && matches!(v.kind(i + 5), Some(Kind::Num) | Some(Kind::Word)))
    {
        let y = v.num(i)? as i32;
        if let Some(d) = NaiveDate::from_ymd_opt(y, v.num(i + 2)?, v.num(i + 4)?) {
            return Some(raw(i, i + 4, Some(DateValue::day(d)), false, Shape::Other));
        }
        return None;
    }
    // US 6/4/2025.
    if v.s(i).len() <= 2
        && v.adj(i)
        && v.is_punct(i + 1, "/")
        && v.adj(i + 1)
        && v.is_num(i + 2)
        && v.adj(i + 2)
        && v.is_punct(i + 3, "/")
        && v.adj(i + 3)
        && v.is_num(i + 4)
        && v.s(i + 4).len() == 4
    {
        let y = v.num(i + 4)? as i32;
        if let Some(d) = NaiveDate::from_ymd_opt(y, v.num(i)?, v.num(i + 2)?) {
            return Some(raw(i, i + 4, Some(DateValue::day(d)), false, Shape::Other));
        }
        return None;
    }
    // 13 February (2024), 13th of February.
    if let Some((d, dl)) = day_at(v, i) {
        let mut j = dl + 1;
        if v.is(j, "of") {
            j += 1;
        }
        if let Some((m, ml, _)) = month_at(v, j) {
            if let Some(y) = year_at(v, ml + 1) {
                let val = NaiveDate::from_ymd_opt(y, m, d).map(DateValue::day);
                return val.map(|x| raw(i, ml + 1, Some(x), false, Shape::MonthDay));
            }
            let t = tense(v, i, ml);
            let val = match pubd {
                Some(p) => Some(DateValue::day(resolve_month_day(m, d, p, t)?)),
                None => None,
            };
            return Some(raw(i, ml, val, true, Shape::MonthDay));
        }
    }
    // N days/weeks/months/years/decades ago.
    if let Some(n) = v.num(i) {
        if let Some(r) = ago_pattern(v, i, i + 1, n as i64, pubd) {
            return Some(r);
        }
    }
    // Decades: 1990s.
    if let Some(y) = year_at_decade(v, i) {
        return Some(Raw {
            first: if i > 0 && v.is(i - 1, "the") {
                i - 1
            } else {
                i
            },
            last: i + 1,
            value: Some(DateValue::year(y)),
            end_value: Some(DateValue::year(decade_end(y))),
            relative: false,
            shape: Shape::Other,
        });
    }
    // Bare year in date context.
    if let Some(y) = year_at(v, i) {
        // "in 2023 troops were ..." / "around 2000 people": a counted noun follows.
        let counted = v.lowercase_word(i + 1)
            && v.s(i + 1).ends_with('s')
            && !v.is_any(i + 1, &["was", "is", "has", "as", "its"]);
        let compared = i >= 2 && v.is_any(i - 1, &["to", "with"]) && v.is(i - 2, "compared");
        if i > 0 && (v.is_any(i - 1, YEAR_CONTEXT) || compared) && !counted {
            return Some(raw(i, i, Some(DateValue::year(y)), false, Shape::Year));
        }
    }
    None
}

/// Words after which a bare four-digit number is a year.
const YEAR_CONTEXT: &[&str] = &[
    "in",
    "since",
    "by",
    "until",
    "till",
    "during",
    "of",
    "from",
    "between",
    "before",
    "after",
    "through",
    "throughout",
    "early",
    "late",
    "mid",
    "year",
    "fiscal",
    "around",
];

/// Last year of "the 1990s" (a decade) or "the 1800s" (a century: a round hundred
/// before 2000; "the 2000s" is read as the decade).
fn decade_end(y: i32) -> i32 {
    if y % 100 == 0 && y < 2000 {
        y + 99
    } else {
        y + 9
    }
}

/// "1990s" (a year ending in 0 with a glued "s").
fn year_at_decade(v: &View, i: usize) -> Option<i32> {
    if v.s(i).len() != 4 || !v.adj(i) || v.s(i + 1) != "s" {
        return None;
    }
    let y = v.num(i)? as i32;
    if (1000..=2100).contains(&y) && y % 10 == 0 && !(v.adj(i + 1) && v.is_word(i + 2)) {
        Some(y)
    } else {
        None
    }
}

/// "<n> days ago" with `n` already parsed and the unit at token `u`.
fn ago_pattern(v: &View, first: usize, u: usize, n: i64, pubd: Option<NaiveDate>) -> Option<Raw> {
    if !v.is(u + 1, "ago") || n > 10_000 {
        return None;
    }
    let mut buf = [0u8; 24];
    let unit = tok::lower(v.s(u), &mut buf)?.trim_end_matches('s');
    let val = |p: NaiveDate| -> Option<DateValue> {
        Some(match unit {
            "day" => DateValue::day(shift_days(p, -n)?),
            "week" => DateValue::day(shift_days(p, -7 * n)?),
            "month" => {
                let (y, m) = add_months(p.year(), p.month(), -(n as i32));
                DateValue::month(y, m)
            }
            "year" => DateValue::year(p.year() - n as i32),
            "decade" => DateValue::year(p.year() - 10 * n as i32),
            _ => return None,
        })
    };
    if !matches!(unit, "day" | "week" | "month" | "year" | "decade") {
        return None;
    }
    Some(raw(first, u + 1, pubd.and_then(val), true, Shape::Other))
}

/// Weekday at `w`, with the match starting at `first` (a modifier already seen there);
/// `dir`: 0 = decide by tense, -1 = "last", 1 = "next"/"coming".
fn weekday_pattern(
    v: &View,
    first: usize,
    w: usize,
    dir: i32,
    pubd: Option<NaiveDate>,
) -> Option<Raw> {
    let wd = weekday_at(v, w)?;
    // "Wednesday, June 4 (, 2025)": the explicit date wins, weekday kept in the span.
    if dir == 0 && v.is_punct(w + 1, ",") {
        if let Some(mut r) = month_pattern(v, w + 2, w + 2, pubd, None) {
            if r.shape == Shape::MonthDay {
                r.first = first;
                return Some(r);
            }
        }
    }
    let val = pubd.and_then(|p| {
        let d = match dir {
            -1 => resolve_weekday(wd, p, -1, true),
            1 => resolve_weekday(wd, p, 1, true),
            _ => match tense(v, first, w) {
                Tense::Future => resolve_weekday(wd, p, 1, false),
                Tense::Past => resolve_weekday(wd, p, -1, false),
                Tense::Unknown => {
                    // No tense marker: the past, unless the next such day is much
                    // closer ("There's another meeting in Paris Wednesday" on a Tuesday).
                    let back = resolve_weekday(wd, p, -1, false)?;
                    let fwd = resolve_weekday(wd, p, 1, true)?;
                    if (fwd - p).num_days() + 3 < (p - back).num_days() {
                        Some(fwd)
                    } else {
                        Some(back)
                    }
                }
            },
        }?;
        Some(DateValue::day(d))
    });
    Some(raw(first, w, val, true, Shape::Other))
}

/// Month-based patterns with the month name at `mi`; `first` is where the match
/// starts (a modifier such as "early" or "last" may precede). `forced`: a
/// last/next/this modifier fixing the year direction.
fn month_pattern(
    v: &View,
    first: usize,
    mi: usize,
    pubd: Option<NaiveDate>,
    forced: Option<i32>,
) -> Option<Raw> {
    let (m, ml, abbr) = month_at(v, mi)?;
    // Month Day(-Day)(, Year)
    if forced.is_none() {
        if let Some((d, dl)) = day_at(v, ml + 1) {
            // Range "March 9-14" / "March 9–14".
            let mut last = dl;
            let mut end_day: Option<u32> = None;
            if v.adj(dl) && (v.is_punct(dl + 1, "-") || v.is_punct(dl + 1, "–")) && v.adj(dl + 1)
            {
                if let Some((d2, dl2)) = day_at(v, dl + 2) {
                    if d2 > d {
                        end_day = Some(d2);
                        last = dl2;
                    }
                }
            }
            let mut year: Option<i32> = None;
            if v.is_punct(last + 1, ",") {
                if let Some(y) = year_at(v, last + 2) {
                    year = Some(y);
                    last += 2;
                }
            } else if let Some(y) = year_at(v, last + 1) {
                year = Some(y);
                last += 1;
            }
            let start_date = match (year, pubd) {
                (Some(y), _) => NaiveDate::from_ymd_opt(y, m, d),
                (None, Some(p)) => resolve_month_day(m, d, p, tense(v, first, last)),
                (None, None) => None,
            };
            if year.is_some() && start_date.is_none() {
                return None;
            }
            let end_date = end_day
                .and_then(|d2| start_date.and_then(|s| NaiveDate::from_ymd_opt(s.year(), m, d2)));
            return Some(Raw {
                first,
                last,
                value: start_date.map(DateValue::day),
                end_value: end_date.map(DateValue::day),
                relative: year.is_none(),
                shape: Shape::MonthDay,
            });
        }
    }
    // "January of this year", "May of last year", "July last year".
    let of = usize::from(v.is(ml + 1, "of"));
    if forced.is_none()
        && v.is_any(ml + 1 + of, &["this", "last", "next"])
        && v.is(ml + 2 + of, "year")
    {
        let dy = if v.is(ml + 1 + of, "last") {
            -1
        } else if v.is(ml + 1 + of, "next") {
            1
        } else {
            0
        };
        let val = pubd.map(|p| DateValue::month(p.year() + dy, m));
        return Some(raw(first, ml + 2 + of, val, true, Shape::Month));
    }
    // Month (of) Year
    let yi = if v.is(ml + 1, "of") { ml + 2 } else { ml + 1 };
    if forced.is_none() {
        if let Some(y) = year_at(v, yi) {
            return Some(raw(
                first,
                yi,
                Some(DateValue::month(y, m)),
                false,
                Shape::Month,
            ));
        }
    }
    // Bare month: abbreviations never stand alone; "May"/"March" need date context.
    if abbr && forced.is_none() {
        return None;
    }
    let prev_ok = first > 0 && v.is_any(first - 1, MONTH_CONTEXT);
    let ambiguous = m == 3 || m == 5;
    if forced.is_none() && ambiguous && !prev_ok && first == mi {
        return None;
    }
    let val = pubd.map(|p| {
        let y = match forced {
            Some(-1) => {
                if m < p.month() {
                    p.year()
                } else {
                    p.year() - 1
                }
            }
            Some(1) => {
                if m > p.month() {
                    p.year()
                } else {
                    p.year() + 1
                }
            }
            Some(_) => p.year(),
            None => resolve_month(m, p, tense(v, first, ml)),
        };
        DateValue::month(y, m)
    });
    Some(raw(first, ml, val, true, Shape::Month))
}

/// Words before a bare month that make it a date.
const MONTH_CONTEXT: &[&str] = &[
    "in",
    "since",
    "until",
    "till",
    "by",
    "during",
    "from",
    "between",
    "before",
    "after",
    "through",
    "throughout",
    "of",
    "to",
    "and",
    "early",
    "late",
    "mid",
    "since",
    "until",
];

/// Modifier + (weekday | month | year): "last Wednesday", "next Friday", "this coming
/// Friday", "early April", "mid-March", "late 2023", "last April". `opener` is what the
/// word at `i` is (a direction or a part of a period).
fn modifier_pattern(
    v: &View,
    i: usize,
    opener: DateOpener,
    pubd: Option<NaiveDate>,
) -> Option<Raw> {
    if let DateOpener::Direction(mut dir) = opener {
        let mut k = i + 1;
        if dir == 0 && v.is(k, "coming") {
            dir = 1;
            k += 1;
        }
        if weekday_at(v, k).is_some() {
            if dir == 0 {
                // "this Wednesday": tense decides.
                return weekday_pattern(v, i, k, 0, pubd);
            }
            return weekday_pattern(v, i, k, dir, pubd);
        }
        if month_at(v, k).is_some_and(|(_, _, abbr)| !abbr) {
            return month_pattern(v, i, k, pubd, Some(dir));
        }
        return None;
    }
    if let DateOpener::PeriodPart(part) = opener {
        // Only the middle is written glued by a hyphen ("mid-March").
        let k = if part == 2 && v.adj(i) && v.is_punct(i + 1, "-") {
            i + 2
        } else {
            i + 1
        };
        if let Some(r) = month_pattern(v, i, k, pubd, None) {
            if r.shape == Shape::Month {
                return Some(r);
            }
        }
        if let Some(y) = year_at(v, k) {
            return Some(raw(i, k, Some(DateValue::year(y)), false, Shape::Year));
        }
        if let Some(y) = year_at_decade(v, k) {
            return Some(Raw {
                first: i,
                last: k + 1,
                value: Some(DateValue::year(y)),
                end_value: Some(DateValue::year(decade_end(y))),
                relative: false,
                shape: Shape::Other,
            });
        }
    }
    None
}

/// Relative expressions: yesterday, today, last year, earlier this month, a decade ago.
/// `opener` is what the word at `i` is.
fn relative_pattern(
    v: &View,
    i: usize,
    opener: DateOpener,
    pubd: Option<NaiveDate>,
) -> Option<Raw> {
    let day = |first: usize, last: usize, off: i64| -> Option<Raw> {
        let val = pubd.and_then(|p| shift_days(p, off)).map(DateValue::day);
        Some(raw(first, last, val, true, Shape::Other))
    };
    let (first, k, earlier) = match opener {
        DateOpener::Day(off) => return day(i, i, i64::from(off)),
        // N units ago with a number word.
        DateOpener::Count(0) => return None,
        DateOpener::Count(n) => return ago_pattern(v, i, i + 1, i64::from(n), pubd),
        // earlier/later this week|month|year, earlier/later today.
        DateOpener::Sequence(order) => {
            if v.is(i + 1, "today") {
                return day(i, i + 1, 0);
            }
            if !v.is(i + 1, "this") {
                return None;
            }
            (i, i + 1, order < 0)
        }
        _ => (i, i, false),
    };
    // "in the last year", "over the past month": a span of time, not a date.
    if first > 0 && v.is_any(first - 1, &["the", "a"]) {
        return None;
    }
    let k_s = v.s(k);
    let dir = if k_s.eq_ignore_ascii_case("last")
        || k_s.eq_ignore_ascii_case("past") && v.is(k + 1, "weekend")
    {
        -1
    } else if k_s.eq_ignore_ascii_case("next") {
        1
    } else if k_s.eq_ignore_ascii_case("this") {
        0
    } else {
        return None;
    };
    let unit = v.s(k + 1);
    let u = |w: &str| unit.eq_ignore_ascii_case(w);
    let last = k + 1;
    if u("night") && dir == -1 {
        return day(first, last, -1);
    }
    if dir == 0 && (u("morning") || u("afternoon") || u("evening")) {
        return day(first, last, 0);
    }
    let mk = |value: Option<DateValue>, end_value: Option<DateValue>| -> Option<Raw> {
        Some(Raw {
            first,
            last,
            value,
            end_value,
            relative: true,
            shape: Shape::Other,
        })
    };
    if u("year") {
        return mk(pubd.map(|p| DateValue::year(p.year() + dir)), None);
    }
    if u("month") {
        return mk(
            pubd.map(|p| {
                let (y, m) = add_months(p.year(), p.month(), dir);
                DateValue::month(y, m)
            }),
            None,
        );
    }
    if u("week") {
        let range = pubd.and_then(|p| {
            let ws = shift_days(week_start(p)?, 7 * dir as i64)?;
            let we = if earlier && dir == 0 {
                shift_days(p, -1)?.max(ws)
            } else {
                shift_days(ws, 6)?
            };
            Some((DateValue::day(ws), DateValue::day(we)))
        });
        return mk(range.map(|r| r.0), range.map(|r| r.1));
    }
    if u("weekend") {
        let range = pubd.and_then(|p| {
            let sat = match dir {
                1 => resolve_weekday(Weekday::Sat, p, 1, true)?,
                0 => resolve_weekday(Weekday::Sat, p, 1, false)?,
                _ => resolve_weekday(Weekday::Sat, p, -1, true)?,
            };
            Some((DateValue::day(sat), DateValue::day(shift_days(sat, 1)?)))
        });
        return mk(range.map(|r| r.0), range.map(|r| r.1));
    }
    None
}

/// Joins `m` with a following date into a range: "from March to May", "between 2019
/// and 2021", "2019-2021", "March 9 to April 2".
fn extend_range(v: &View, m: Raw, pubd: Option<NaiveDate>) -> Raw {
    if m.end_value.is_some() || !matches!(m.shape, Shape::Year | Shape::Month | Shape::MonthDay) {
        return m;
    }
    let j = m.last + 1;
    let between = m.first > 0 && v.is(m.first - 1, "between");
    let joiner = v.is_any(j, &["to", "through", "until", "till"])
        || (between && v.is(j, "and"))
        || ((v.is_punct(j, "-") || v.is_punct(j, "–")) && v.adj(m.last) && v.adj(j));
    if !joiner {
        return m;
    }
    let k = j + 1;
    let second = match m.shape {
        Shape::Year => {
            year_at(v, k).map(|y| raw(k, k, Some(DateValue::year(y)), false, Shape::Year))
        }
        _ => month_pattern(v, k, k, pubd, None),
    };
    let Some(second) = second else { return m };
    if second.shape != m.shape {
        return m;
    }
    let mut first_val = m.value;
    // "March to May 2024": the second date's year carries back.
    if let (Some(a), Some(b)) = (first_val.as_mut(), second.value) {
        if m.relative && !second.relative {
            a.year = b.year;
        }
        if (a.year, a.month, a.day) > (b.year, b.month, b.day) && m.relative && second.relative {
            // "from November to February": the first lies in the previous year.
            a.year = b.year - 1;
        }
    }
    Raw {
        first: m.first,
        last: second.last,
        value: first_val,
        end_value: second.value,
        relative: m.relative && second.relative,
        shape: Shape::Other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each date section's words open their patterns in any case, and a capitalised
    /// opener other than a calendar word opens what the lowercase one does.
    #[test]
    fn opening_words_open_their_patterns() {
        let published = NaiveDate::from_ymd_opt(2026, 3, 4);
        let found = |text: &str| {
            find_dates(text, published)
                .iter()
                .map(|d| {
                    (
                        text[d.start..d.end].to_string(),
                        d.value.map(|v| v.to_string()),
                    )
                })
                .collect::<Vec<_>>()
        };
        let one = |s: &str, v: &str| vec![(s.to_string(), Some(v.to_string()))];
        assert_eq!(
            found("It was signed last week."),
            one("last week", "2026-02-23")
        );
        assert_eq!(
            found("LAST WEEK it was signed."),
            one("LAST WEEK", "2026-02-23")
        );
        assert_eq!(
            found("They met this coming Friday."),
            one("this coming Friday", "2026-03-06")
        );
        assert_eq!(
            found("It opens in mid-March."),
            one("in mid-March", "2026-03")
        );
        assert_eq!(
            found("It closed Yesterday."),
            one("Yesterday", "2026-03-03")
        );
        assert_eq!(
            found("He left earlier today."),
            one("earlier today", "2026-03-04")
        );
        assert_eq!(
            found("It fell two years ago."),
            one("two years ago", "2024")
        );
        assert_eq!(found("It fell A decade ago."), one("A decade ago", "2016"));
        assert!(found("It fell several years ago.").is_empty());
        assert!(found("It fell forty years ago and over the past year.").is_empty());
        assert!(found("The coming week and the past month.").is_empty());
    }
}

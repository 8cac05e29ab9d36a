//! Calendar and number words (`data/words.txt`): month names and abbreviations, weekday
//! names, cardinal units and tens, and the other words that open a date expression. One
//! list of each for every crate that reads dates or numbers, parsed once on first use.
//! Lookups ignore ASCII case and allocate nothing.

use std::sync::OnceLock;

const SOURCE: &str = include_str!("../data/words.txt");

/// A filter over a set of words that refuses most other words at once: the date and
/// number readers ask at almost every token (about 700 thousand lookups per MB of text),
/// and a word of no list should cost a few instructions. A word whose bit is clear is not
/// in the set; ASCII case is ignored.
#[derive(Default, Clone, Copy)]
pub struct WordFilter {
    /// Bit [`key`] set for every word of the set.
    keys: [u64; 4],
}

impl WordFilter {
    /// The filter of `words` (built when compiled where `words` is a constant).
    pub const fn of(words: &[&str]) -> WordFilter {
        let mut filter = WordFilter { keys: [0; 4] };
        let mut i = 0;
        while i < words.len() {
            filter.insert(words[i]);
            i += 1;
        }
        filter
    }

    /// Lets `word` through.
    pub const fn insert(&mut self, word: &str) {
        let k = key(word);
        self.keys[k / 64] |= 1 << (k % 64);
    }

    /// The filter of both sets.
    pub fn union(self, other: WordFilter) -> WordFilter {
        let mut keys = self.keys;
        for (k, o) in keys.iter_mut().zip(other.keys) {
            *k |= o;
        }
        WordFilter { keys }
    }

    /// Can `w` be a word of the set, by its length and first and last bytes? `false`
    /// means it is not.
    #[inline]
    pub fn may_hold(&self, w: &str) -> bool {
        let k = key(w);
        self.keys[k / 64] & (1 << (k % 64)) != 0
    }
}

/// One list's words with their values, and its filter.
#[derive(Default)]
struct List {
    words: Vec<(&'static str, i32)>,
    filter: WordFilter,
}

/// A word's filter bit (0..256) from its length and its first and last bytes,
/// ASCII-lowercased: words equal up to ASCII case (what [`find`] compares) share it.
#[inline]
const fn key(w: &str) -> usize {
    let b = w.as_bytes();
    let (first, last) = match (b.first(), b.last()) {
        (Some(&f), Some(&l)) => (f.to_ascii_lowercase() as u32, l.to_ascii_lowercase() as u32),
        _ => (0, 0),
    };
    let h = (b.len() as u32)
        .wrapping_mul(0x9E37_79B1)
        .wrapping_add(first.wrapping_mul(0x85EB_CA77))
        .wrapping_add(last.wrapping_mul(0xC2B2_AE3D));
    (h >> 24) as usize
}

impl List {
    fn push(&mut self, word: &'static str, value: i32) {
        self.filter.insert(word);
        self.words.push((word, value));
    }
}

#[derive(Default)]
struct Lists {
    months: List,
    month_abbreviations: List,
    weekdays: List,
    units: List,
    tens: List,
    date_directions: List,
    date_period_parts: List,
    date_days: List,
    date_sequence: List,
    date_counts: List,
    /// Every word that opens a date expression, by its filter bit ([`key`]).
    date_openers: DateOpeners,
}

/// What a word that opens a date expression is, with its value in `data/words.txt`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateOpener {
    /// A month name: its number.
    Month(u32),
    /// A month's abbreviation: its number.
    MonthAbbreviation(u32),
    /// A weekday name: 1 (Monday) to 7 (Sunday).
    Weekday(u32),
    /// "last", "next", "this": the direction from the publication date (-1, 1, 0).
    Direction(i32),
    /// "early", "mid", "late": the part of the period (1, 2, 3).
    PeriodPart(i32),
    /// "yesterday", "today": days from the publication date.
    Day(i32),
    /// "earlier", "later" (this week): -1 before the publication date, 1 after.
    Sequence(i32),
    /// A count of "N days ago" written as a word; 0 for a vague one ("several").
    Count(u32),
}

/// The date-opening words grouped by their filter bit: a word of none is refused by an
/// empty group, one load, and a word of a group is compared with that group's few words
/// only (session 29: the dates finder asked a filter, then compared each passed word with
/// every opening word and three calendar lists, and every pattern compared it again).
pub struct DateOpeners {
    groups: Vec<Vec<(&'static str, DateOpener)>>,
}

impl Default for DateOpeners {
    fn default() -> Self {
        DateOpeners {
            groups: vec![Vec::new(); 256],
        }
    }
}

impl DateOpeners {
    fn insert(&mut self, word: &'static str, opener: DateOpener) {
        self.groups[key(word)].push((word, opener));
    }

    /// What `w` is to a date expression it opens (ASCII case ignored); `None` for a word
    /// that opens none.
    #[inline]
    pub fn find(&self, w: &str) -> Option<DateOpener> {
        let group = &self.groups[key(w)];
        if group.is_empty() {
            return None;
        }
        group
            .iter()
            .find(|(x, _)| w.eq_ignore_ascii_case(x))
            .map(|&(_, o)| o)
    }
}

#[inline]
fn lists() -> &'static Lists {
    static LISTS: OnceLock<Lists> = OnceLock::new();
    LISTS.get_or_init(|| parse(SOURCE).unwrap_or_else(|e| panic!("data/words.txt: {e}")))
}

fn parse(src: &'static str) -> Result<Lists, String> {
    let mut lists = read_sections(src)?;
    let mut openers = DateOpeners::default();
    for (list, opener) in date_sections(&lists) {
        for &(w, v) in &list.words {
            openers.insert(w, opener(v));
        }
    }
    lists.date_openers = openers;
    Ok(lists)
}

/// A list whose words open a date expression, and what a word of it is by its value.
type DateSection<'l> = (&'l List, fn(i32) -> DateOpener);

fn date_sections(l: &Lists) -> [DateSection<'_>; 8] {
    // (The calendar lists and the counts hold no negative value.)
    [
        (&l.months, |v| DateOpener::Month(v as u32)),
        (&l.month_abbreviations, |v| {
            DateOpener::MonthAbbreviation(v as u32)
        }),
        (&l.weekdays, |v| DateOpener::Weekday(v as u32)),
        (&l.date_directions, DateOpener::Direction),
        (&l.date_period_parts, DateOpener::PeriodPart),
        (&l.date_days, DateOpener::Day),
        (&l.date_sequence, DateOpener::Sequence),
        (&l.date_counts, |v| {
            DateOpener::Count(u32::try_from(v).unwrap_or(0))
        }),
    ]
}

/// The sections of `src`, each word with its value.
fn read_sections(src: &'static str) -> Result<Lists, String> {
    let mut lists = Lists::default();
    let mut section: Option<&mut List> = None;
    for (n, raw) in src.lines().enumerate() {
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            section = Some(match name {
                "months" => &mut lists.months,
                "month-abbreviations" => &mut lists.month_abbreviations,
                "weekdays" => &mut lists.weekdays,
                "units" => &mut lists.units,
                "tens" => &mut lists.tens,
                "date-directions" => &mut lists.date_directions,
                "date-period-parts" => &mut lists.date_period_parts,
                "date-days" => &mut lists.date_days,
                "date-sequence" => &mut lists.date_sequence,
                "date-counts" => &mut lists.date_counts,
                other => return Err(format!("line {}: unknown section [{other}]", n + 1)),
            });
            continue;
        }
        let list = section
            .as_deref_mut()
            .ok_or_else(|| format!("line {}: entry before any [section]", n + 1))?;
        let (word, value) = line
            .split_once(' ')
            .and_then(|(w, v)| Some((w, v.trim().parse::<i32>().ok()?)))
            .ok_or_else(|| format!("line {}: expected `word number`", n + 1))?;
        list.push(word, value);
    }
    Ok(lists)
}

/// The filter is inlined into the callers (other crates ask per token); the scan of the
/// list is not.
#[inline]
fn find(list: &List, w: &str) -> Option<u32> {
    if !list.filter.may_hold(w) {
        return None;
    }
    scan(list, w)
}

/// (The lists read through [`find`] hold no negative value: `None` for one.)
#[inline(never)]
fn scan(list: &List, w: &str) -> Option<u32> {
    list.words
        .iter()
        .find(|(x, _)| w.eq_ignore_ascii_case(x))
        .and_then(|&(_, v)| u32::try_from(v).ok())
}

/// What `w` is to a date expression it opens: a calendar word or one of the date
/// sections' words (ASCII case ignored); `None` for a word that opens none.
#[inline]
pub fn date_opener(w: &str) -> Option<DateOpener> {
    lists().date_openers.find(w)
}

/// The date-opening words, for a reader asking at every word (the lists are looked up
/// once).
pub fn date_openers() -> &'static DateOpeners {
    &lists().date_openers
}

/// Month number of a full month name ("June" -> 6).
#[inline]
pub fn month(w: &str) -> Option<u32> {
    find(&lists().months, w)
}

/// Month number of an abbreviation without its period ("Sept" -> 9).
#[inline]
pub fn month_abbreviation(w: &str) -> Option<u32> {
    find(&lists().month_abbreviations, w)
}

/// A month name or abbreviation.
#[inline]
pub fn is_month_word(w: &str) -> bool {
    month(w).is_some() || month_abbreviation(w).is_some()
}

/// Weekday number, 1 (Monday) to 7 (Sunday).
#[inline]
pub fn weekday(w: &str) -> Option<u32> {
    find(&lists().weekdays, w)
}

/// The filter of every month name, month abbreviation and weekday name: a reader asking
/// for any of them checks one filter first.
pub fn calendar_filter() -> WordFilter {
    let l = lists();
    l.months
        .filter
        .union(l.month_abbreviations.filter)
        .union(l.weekdays.filter)
}

/// The filter of every cardinal word below twenty and every ten: a reader asking for
/// either checks one filter first.
pub fn cardinal_filter() -> WordFilter {
    let l = lists();
    l.units.filter.union(l.tens.filter)
}

/// Value of a cardinal word below twenty ("twelve" -> 12).
#[inline]
pub fn unit(w: &str) -> Option<u32> {
    find(&lists().units, w)
}

/// Value of a cardinal ten ("forty" -> 40).
#[inline]
pub fn tens(w: &str) -> Option<u32> {
    find(&lists().tens, w)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_parse_and_look_up_in_any_case() {
        assert_eq!(month("June"), Some(6));
        assert_eq!(month("MAY"), Some(5));
        assert_eq!(month("Jun"), None);
        assert_eq!(month_abbreviation("Sept"), Some(9));
        assert!(is_month_word("dec") && !is_month_word("decade"));
        assert_eq!(weekday("sunday"), Some(7));
        assert_eq!(unit("Nineteen"), Some(19));
        assert_eq!(tens("forty"), Some(40));
        assert_eq!(tens("fourty"), None);
        assert_eq!(lists().months.words.len(), 12);
    }

    #[test]
    fn the_cardinal_filter_holds_every_cardinal_word() {
        let filter = cardinal_filter();
        let l = lists();
        for (w, _) in l.units.words.iter().chain(&l.tens.words) {
            assert!(
                filter.may_hold(w) && filter.may_hold(&w.to_uppercase()),
                "{w}"
            );
        }
    }

    /// The filter refuses no word the plain scan finds: every list word in three cases,
    /// near misses, and words the filter must refuse.
    #[test]
    fn the_filter_refuses_only_words_the_scan_would_not_find() {
        let plain = |list: &List, w: &str| {
            list.words
                .iter()
                .find(|(x, _)| w.eq_ignore_ascii_case(x))
                .map(|&(_, v)| v as u32)
        };
        let l = lists();
        let all = [
            &l.months,
            &l.month_abbreviations,
            &l.weekdays,
            &l.units,
            &l.tens,
        ];
        let mut probes: Vec<String> = vec![
            String::new(),
            "x".into(),
            "Mayday".into(),
            "ju".into(),
            "\u{e9}t\u{e9}".into(),
            "a".repeat(70),
        ];
        for list in all {
            for (w, _) in &list.words {
                probes.push(w.to_string());
                probes.push(w.to_uppercase());
                probes.push(w[..1].to_uppercase() + &w[1..]);
                probes.push(format!("{w}s"));
                probes.push(w[1..].to_string());
            }
        }
        let mut found = 0;
        for list in all {
            for p in &probes {
                let expected = plain(list, p);
                assert_eq!(find(list, p), expected, "{p:?}");
                found += expected.is_some() as usize;
            }
        }
        assert!(found > 100, "{found}");
        // Common words of news text are refused by the filter alone.
        let common = "the of to and in a is that for on said with was he it as at by from";
        let refused = common
            .split(' ')
            .filter(|w| all.iter().all(|l| !l.filter.may_hold(w)))
            .count();
        assert!(refused >= 15, "{refused}");
    }

    /// The calendar filter lets through every word of the three calendar lists.
    #[test]
    fn the_calendar_filter_holds_every_calendar_word() {
        let l = lists();
        let filter = calendar_filter();
        for list in [&l.months, &l.month_abbreviations, &l.weekdays] {
            for (w, _) in &list.words {
                assert!(
                    filter.may_hold(w) && filter.may_hold(&w.to_uppercase()),
                    "{w}"
                );
            }
        }
        assert!(!WordFilter::of(&["june"]).may_hold("Sunday"));
    }

    /// Every word of the date sections and the calendar lists opens a date in any ASCII
    /// case, as what its section says; other words, near misses among them, open none.
    #[test]
    fn date_openers_are_the_date_sections_words() {
        let l = lists();
        let mut n = 0;
        for (list, opener) in date_sections(l) {
            for &(w, v) in &list.words {
                let capitalised = w[..1].to_uppercase() + &w[1..];
                for form in [w.to_string(), w.to_uppercase(), capitalised] {
                    assert_eq!(date_opener(&form), Some(opener(v)), "{form}");
                }
                n += 1;
            }
        }
        assert_eq!(n, 12 + 12 + 7 + 34);
        assert_eq!(date_opener("Last"), Some(DateOpener::Direction(-1)));
        assert_eq!(date_opener("several"), Some(DateOpener::Count(0)));
        for w in [
            "",
            "the",
            "said",
            "In",
            "lasts",
            "Junes",
            "decade",
            "weeks",
            "tens",
            "fewer",
            "\u{e9}",
            "a-",
            "twentieth",
            "thirteen",
            "forty",
        ] {
            assert_eq!(date_opener(w), None, "{w}");
        }
    }

    #[test]
    fn malformed_lines_are_errors() {
        assert!(parse("[months]\njanuary one\n").is_err());
        assert!(parse("january 1\n").is_err());
        assert!(parse("[moons]\n").is_err());
        assert!(parse("[date-days]\nyesterday -1.5\n").is_err());
    }
}

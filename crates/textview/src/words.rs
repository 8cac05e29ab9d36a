//! Calendar and number words (`data/words.txt`): month names and abbreviations, weekday
//! names, cardinal units and tens. One list of each for every crate that reads dates or
//! numbers, parsed once on first use. Lookups ignore ASCII case and allocate nothing.

use std::sync::OnceLock;

const SOURCE: &str = include_str!("../data/words.txt");

#[derive(Default)]
struct Lists {
    months: Vec<(&'static str, u32)>,
    month_abbreviations: Vec<(&'static str, u32)>,
    weekdays: Vec<(&'static str, u32)>,
    units: Vec<(&'static str, u32)>,
    tens: Vec<(&'static str, u32)>,
}

fn lists() -> &'static Lists {
    static LISTS: OnceLock<Lists> = OnceLock::new();
    LISTS.get_or_init(|| parse(SOURCE).unwrap_or_else(|e| panic!("data/words.txt: {e}")))
}

fn parse(src: &'static str) -> Result<Lists, String> {
    let mut lists = Lists::default();
    let mut section: Option<&mut Vec<(&'static str, u32)>> = None;
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
                other => return Err(format!("line {}: unknown section [{other}]", n + 1)),
            });
            continue;
        }
        let list = section
            .as_deref_mut()
            .ok_or_else(|| format!("line {}: entry before any [section]", n + 1))?;
        let (word, value) = line
            .split_once(' ')
            .and_then(|(w, v)| Some((w, v.trim().parse::<u32>().ok()?)))
            .ok_or_else(|| format!("line {}: expected `word number`", n + 1))?;
        list.push((word, value));
    }
    Ok(lists)
}

fn find(list: &[(&str, u32)], w: &str) -> Option<u32> {
    list.iter()
        .find(|(x, _)| w.eq_ignore_ascii_case(x))
        .map(|&(_, v)| v)
}

/// Month number of a full month name ("June" -> 6).
pub fn month(w: &str) -> Option<u32> {
    find(&lists().months, w)
}

/// Month number of an abbreviation without its period ("Sept" -> 9).
pub fn month_abbreviation(w: &str) -> Option<u32> {
    find(&lists().month_abbreviations, w)
}

/// A month name or abbreviation.
pub fn is_month_word(w: &str) -> bool {
    month(w).is_some() || month_abbreviation(w).is_some()
}

/// Weekday number, 1 (Monday) to 7 (Sunday).
pub fn weekday(w: &str) -> Option<u32> {
    find(&lists().weekdays, w)
}

/// Value of a cardinal word below twenty ("twelve" -> 12).
pub fn unit(w: &str) -> Option<u32> {
    find(&lists().units, w)
}

/// Value of a cardinal ten ("forty" -> 40).
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
        assert_eq!(lists().months.len(), 12);
    }

    #[test]
    fn malformed_lines_are_errors() {
        assert!(parse("[months]\njanuary one\n").is_err());
        assert!(parse("january 1\n").is_err());
        assert!(parse("[moons]\n").is_err());
    }
}

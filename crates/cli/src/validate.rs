//! Checks of command-line values, with the reason a value is refused and, for closed sets,
//! the values that are accepted. A typo in a filter must be an error, never an empty
//! result that looks like "no such events".

use sitrep_lexicon::Ontology;

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn days_in_month(year: u32, month: u32) -> u32 {
    let leap = (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400);
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        _ => 28,
    }
}

/// A calendar date `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (`full_only`: `YYYY-MM-DD` alone),
/// or the reason it is not one.
pub fn calendar_date(value: &str, full_only: bool) -> Result<(), String> {
    let shape = if full_only {
        "YYYY-MM-DD"
    } else {
        "YYYY, YYYY-MM or YYYY-MM-DD"
    };
    let parts: Vec<&str> = value.trim().split('-').collect();
    let widths_ok = match parts.as_slice() {
        [y] => !full_only && y.len() == 4,
        [y, m] => !full_only && y.len() == 4 && m.len() == 2,
        [y, m, d] => y.len() == 4 && m.len() == 2 && d.len() == 2,
        _ => false,
    };
    if !widths_ok || !parts.iter().all(|p| p.bytes().all(|b| b.is_ascii_digit())) {
        return Err(format!("{value:?} is not a date of the form {shape}"));
    }
    let year: u32 = parts[0].parse().expect("four digits");
    if let Some(m) = parts.get(1) {
        let month: u32 = m.parse().expect("two digits");
        if !(1..=12).contains(&month) {
            return Err(format!(
                "{value:?} is not a date: there is no month {month} (months are 01 to 12)"
            ));
        }
        if let Some(d) = parts.get(2) {
            let day: u32 = d.parse().expect("two digits");
            let days = days_in_month(year, month);
            if day == 0 || day > days {
                return Err(format!(
                    "{value:?} is not a date: {} {year} has {days} days",
                    MONTHS[month as usize - 1]
                ));
            }
        }
    }
    Ok(())
}

/// `--published`: a calendar date, optionally followed by a time (`T...` or ` ...`).
pub fn published(value: &str) -> Result<(), String> {
    let date = value.get(..10).unwrap_or(value);
    calendar_date(date, true)?;
    match value.as_bytes().get(10) {
        None | Some(b'T' | b't' | b' ') => Ok(()),
        Some(_) => Err(format!(
            "{value:?} is not a date YYYY-MM-DD (optionally followed by a time)"
        )),
    }
}

/// Comma-separated values that must each be one of `valid` (case insensitive).
fn one_of(flag: &str, value: &str, valid: &[String]) -> Result<(), String> {
    let unknown: Vec<&str> = value
        .split(',')
        .map(str::trim)
        .filter(|v| !v.is_empty() && !valid.iter().any(|ok| ok.eq_ignore_ascii_case(v)))
        .collect();
    if value.split(',').all(|v| v.trim().is_empty()) {
        return Err(format!("{flag} needs a value; valid: {}", valid.join(", ")));
    }
    match unknown.as_slice() {
        [] => Ok(()),
        _ => Err(format!(
            "{flag}: unknown value{} {}; valid: {}",
            if unknown.len() > 1 { "s" } else { "" },
            unknown
                .iter()
                .map(|u| format!("{u:?}"))
                .collect::<Vec<_>>()
                .join(", "),
            valid.join(", ")
        )),
    }
}

/// PLOVER categories, several separated by commas.
pub fn categories(value: &str) -> Result<(), String> {
    let valid: Vec<String> = Ontology::builtin()
        .plover_events()
        .map(|p| p.event.clone())
        .collect();
    one_of("--category", value, &valid)
}

/// Modalities, several separated by commas.
pub fn modalities(value: &str) -> Result<(), String> {
    let valid: Vec<String> = sitrep_record::Modality::ALL
        .iter()
        .map(|m| m.as_str().to_string())
        .collect();
    one_of("--modality", value, &valid)
}

/// CAMEO event codes or code prefixes, several separated by commas: each must begin a
/// code of the CAMEO table (`19`, `190`, `0332`).
pub fn cameo_codes(value: &str) -> Result<(), String> {
    let ontology = Ontology::builtin();
    let bad: Vec<&str> = value
        .split(',')
        .map(str::trim)
        .filter(|v| !v.is_empty() && !ontology.codes().any(|c| c.code.starts_with(v)))
        .collect();
    if bad.is_empty() && !value.trim().is_empty() {
        return Ok(());
    }
    let roots: Vec<String> = ontology
        .codes()
        .filter(|c| c.code.len() == 2)
        .map(|c| format!("{} {}", c.code, c.description.to_lowercase()))
        .collect();
    Err(format!(
        "--cameo: {} {}; give a CAMEO code or its first digits (codes keep their leading \
         zero: 051). Root codes: {}",
        if bad.is_empty() {
            "needs a value".to_string()
        } else {
            "unknown code".to_string()
        },
        bad.iter()
            .map(|b| format!("{b:?}"))
            .collect::<Vec<_>>()
            .join(", "),
        roots.join(", ")
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn impossible_dates_say_why() {
        assert!(calendar_date("2024-02-29", true).is_ok());
        let e = calendar_date("2026-02-30", true).unwrap_err();
        assert!(e.contains("February 2026 has 28 days"), "{e}");
        let e = calendar_date("2025-13-99", false).unwrap_err();
        assert!(e.contains("no month 13"), "{e}");
        assert!(calendar_date("2025-06", false).is_ok());
        assert!(calendar_date("2025-06", true).is_err());
        assert!(calendar_date("2025", false).is_ok());
        assert!(calendar_date("25-06-01", false).is_err());
        assert!(published("2025-03-14 20:30:26Z").is_ok());
        assert!(published("2025-03-14x").is_err());
    }

    #[test]
    fn closed_sets_list_the_valid_values() {
        assert!(categories("ASSAULT,coerce").is_ok());
        let e = categories("ASSAULT,BOMBING").unwrap_err();
        assert!(e.contains("\"BOMBING\"") && e.contains("COERCE"), "{e}");
        assert!(modalities("denied, hypothetical").is_ok());
        let e = modalities("rumoured").unwrap_err();
        assert!(e.contains("believed"), "{e}");
        assert!(cameo_codes("19,051").is_ok());
        let e = cameo_codes("99").unwrap_err();
        assert!(e.contains("\"99\"") && e.contains("19 fight"), "{e}");
    }
}

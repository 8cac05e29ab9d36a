//! Dates resolved against publication dates at the ends of the writable range (issue #17:
//! year 0 and 9999 printed `-001-12-20` and `10000-01-01`).

use chrono::NaiveDate;
use sitrep_dates::find_dates;

fn values(text: &str, published: &str) -> Vec<Option<String>> {
    let published = NaiveDate::parse_from_str(published, "%Y-%m-%d").unwrap();
    find_dates(text, Some(published))
        .into_iter()
        .flat_map(|m| [m.value, m.end_value])
        .map(|v| v.map(|v| v.to_string()))
        .collect()
}

#[test]
fn dates_outside_years_0_to_9999_are_left_unresolved() {
    for (text, published) in [
        ("The talks ended last week.", "0000-01-03"),
        ("The talks ended yesterday.", "0000-01-01"),
        ("The talks resume tomorrow.", "9999-12-31"),
        ("The talks resume next year.", "9999-06-01"),
    ] {
        for value in values(text, published).into_iter().flatten() {
            let year = &value[..4];
            assert!(
                value.len() >= 4
                    && year.bytes().all(|b| b.is_ascii_digit())
                    && !value[4..].starts_with(|c: char| c.is_ascii_digit()),
                "{text:?} on {published} resolved to {value:?}"
            );
        }
    }
    // Inside the range nothing changes.
    assert_eq!(
        values("The talks ended yesterday.", "0000-01-02")[0].as_deref(),
        Some("0000-01-01")
    );
    assert_eq!(
        values("The talks resume tomorrow.", "9999-12-30")[0].as_deref(),
        Some("9999-12-31")
    );
}

//! Stage `mentions`: the text-level extractors (dates, quantities, quotations) over the
//! one token view the text stage built. They need no actors, so they run first and the
//! actor stage can read the quotations (first-person pronouns inside a quote stand for
//! its speaker).

use crate::doc::Doc;
use crate::knowledge::Knowledge;

pub(crate) fn run(_k: &Knowledge, doc: &mut Doc) {
    doc.dates = sitrep_dates::find_dates_in(&doc.view, doc.published);
    doc.quantities = sitrep_quantities::find_quantities_in(&doc.view);
    doc.quote_matches = sitrep_quotes::find_quotes_in(&doc.view);
}

#[cfg(test)]
mod tests {
    use crate::testing::doc_through;

    #[test]
    fn dates_quantities_and_quotes_come_from_one_view() {
        let doc = doc_through(
            "mentions",
            "On Monday, about 20 soldiers were killed. “We will respond,” the ministry said.",
        );
        assert_eq!(doc.dates.len(), 1);
        assert_eq!(
            doc.dates[0].value.map(|v| v.to_string()).as_deref(),
            Some("2026-03-02")
        );
        assert_eq!(doc.quantities.len(), 1);
        assert_eq!(doc.quantities[0].value, Some(20.0));
        assert_eq!(doc.quote_matches.len(), 1);
        assert!(doc.mentions.is_empty(), "actors come later");
    }
}

//! The readable form of a record, for `sitrep extract` on a terminal: what happened (key
//! points), who did what to whom with how the source presents it, who said what, and the
//! figures. The JSON record stays the contract; this is a view of it.

use std::io::Write;

use sitrep_record::{Modality, Party, Record};

use crate::commands::query::truncate;

/// Width of quoted text and evidence sentences.
const TEXT_WIDTH: usize = 110;

fn party(p: &Option<Party>) -> String {
    match p {
        None => "-".into(),
        Some(p) => match p.cameo_actor.as_deref().or(p.code.as_deref()) {
            Some(code) if !code.is_empty() => format!("{} ({code})", p.text),
            _ => p.text.clone(),
        },
    }
}

/// Write the summary of one record.
pub fn write_record(out: &mut dyn Write, r: &Record) -> std::io::Result<()> {
    let mut head = format!("== {}", r.id);
    if let Some(t) = r.title.as_deref().filter(|t| !t.is_empty()) {
        head.push_str(&format!(": {}", truncate(t, 90)));
    }
    if let Some(p) = &r.published {
        head.push_str(&format!(" ({p})"));
    }
    writeln!(out, "{head}")?;
    if let Some(err) = &r.error {
        writeln!(out, "  could not be read or analysed: {err}")?;
        return writeln!(out);
    }
    if !r.key_points.is_empty() {
        writeln!(out, "Key points")?;
        for k in &r.key_points {
            writeln!(out, "  - {}", truncate(k, TEXT_WIDTH))?;
        }
    }
    writeln!(out, "Events ({})", r.events.len())?;
    for e in &r.events {
        let mut flags = Vec::new();
        if e.negated {
            flags.push("NEGATED".to_string());
        }
        if e.modality != Modality::Asserted {
            flags.push(e.modality.as_str().to_string());
        }
        if !e.sources.is_empty() {
            let chain: Vec<&str> = e.sources.iter().map(|s| s.text.as_str()).collect();
            flags.push(format!("according to {}", chain.join(" < ")));
        }
        let gold = e.goldstein.map(|g| format!(" {g:+}")).unwrap_or_default();
        let when = e.date.as_deref().unwrap_or("undated");
        let place = e
            .location
            .as_ref()
            .map(|l| format!(" in {}", l.text))
            .unwrap_or_default();
        writeln!(
            out,
            "  {when:<10} {:<9} {:<4}{gold}  {} -> {}{place}  \"{}\"{}",
            e.event,
            e.cameo,
            party(&e.actor),
            party(&e.recipient),
            e.trigger.text,
            if flags.is_empty() {
                String::new()
            } else {
                format!("  [{}]", flags.join("; "))
            }
        )?;
        let sentence: String = r
            .text
            .chars()
            .skip(e.sentence.start)
            .take(e.sentence.end.saturating_sub(e.sentence.start))
            .collect();
        writeln!(
            out,
            "             {}",
            truncate(sentence.trim(), TEXT_WIDTH)
        )?;
    }
    if !r.quotes.is_empty() {
        writeln!(out, "Quotes ({})", r.quotes.len())?;
        for q in &r.quotes {
            let who = q
                .speaker
                .as_ref()
                .map(|s| s.text.as_str())
                .unwrap_or("unattributed");
            writeln!(out, "  {who}: \"{}\"", truncate(&q.text, TEXT_WIDTH))?;
        }
    }
    if !r.quantities.is_empty() {
        writeln!(out, "Figures ({})", r.quantities.len())?;
        for q in &r.quantities {
            let whose = q
                .actor
                .as_ref()
                .map(|a| {
                    let code = [a.code.as_deref(), a.sector.as_deref()]
                        .into_iter()
                        .flatten()
                        .collect::<Vec<_>>()
                        .join(" ");
                    if code.is_empty() {
                        String::new()
                    } else {
                        format!(" ({code})")
                    }
                })
                .unwrap_or_default();
            let source = if q.sources.is_empty() {
                String::new()
            } else {
                let chain: Vec<&str> = q.sources.iter().map(|s| s.text.as_str()).collect();
                format!("  [according to {}]", chain.join(" < "))
            };
            writeln!(
                out,
                "  {:<10} \"{}\"{whose}{source}",
                q.kind.as_str(),
                truncate(&q.text, 60)
            )?;
        }
    }
    writeln!(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_and_empty_records_read_plainly() {
        let mut out = Vec::new();
        write_record(&mut out, &Record::error("a.txt", "invalid UTF-8")).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(text.starts_with("== a.txt\n"), "{text}");
        assert!(text.contains("could not be read or analysed: invalid UTF-8"));

        let mut out = Vec::new();
        let r = Record {
            id: "b".into(),
            title: Some("Talks".into()),
            published: Some("2026-01-02".into()),
            key_points: vec!["Talks resumed.".into()],
            ..Record::default()
        };
        write_record(&mut out, &r).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(text.contains("== b: Talks (2026-01-02)"), "{text}");
        assert!(text.contains("  - Talks resumed."), "{text}");
        assert!(text.contains("Events (0)"), "{text}");
    }
}

//! Discard lists (`*.discards.txt`) and issue dictionaries (`*Issue*.txt`).
//!
//! Discards: one phrase a line; `+PHRASE` discards the whole story, a plain phrase the
//! sentence (sports results, weather, "years later" flashbacks).
//!
//! Issues (PETRARCH's optional issue coding): `<ISSUE CATEGORY="EDUCATION" TYPE="ALL">`
//! opens a category; `PHRASE [CODE]` lines assign a code when the phrase occurs;
//! `~PHRASE` lines block a phrase; `n:word` marks a noun, `+` joins words.

use crate::source::{content_lines, split_brackets, Diagnostic, LoadOptions, Sink};

/// One discard phrase.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DiscardEntry {
    /// Upper case, words separated by single spaces.
    pub phrase: String,
    /// `+`: the whole story is discarded, not only the sentence.
    pub story: bool,
    pub line: usize,
}

#[derive(Debug, Clone, Default)]
pub struct DiscardFile {
    pub file: String,
    pub entries: Vec<DiscardEntry>,
    pub diagnostics: Vec<Diagnostic>,
}

pub fn read_discards(
    file: &str,
    text: &str,
    options: LoadOptions,
) -> Result<DiscardFile, Diagnostic> {
    let mut sink = Sink::new(file, options);
    let mut entries = Vec::new();
    for (line_no, line) in content_lines(text) {
        let (story, phrase) = match line.strip_prefix('+') {
            Some(p) => (true, p),
            None => (false, line),
        };
        let phrase = phrase
            .split(|c: char| c == '_' || c.is_whitespace())
            .filter(|w| !w.is_empty())
            .collect::<Vec<_>>()
            .join(" ")
            .to_uppercase();
        if phrase.is_empty() || phrase.contains(['[', ']']) {
            sink.report(line_no, format!("malformed discard line `{line}`"))?;
            continue;
        }
        entries.push(DiscardEntry {
            phrase,
            story,
            line: line_no,
        });
    }
    Ok(DiscardFile {
        file: file.to_string(),
        entries,
        diagnostics: sink.diagnostics,
    })
}

/// One issue phrase.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IssueEntry {
    pub category: String,
    /// The phrase as written (`pre+n:school`).
    pub phrase: String,
    /// `None` for a blocking `~` phrase.
    pub code: Option<String>,
    pub line: usize,
}

#[derive(Debug, Clone, Default)]
pub struct IssueFile {
    pub file: String,
    pub entries: Vec<IssueEntry>,
    pub diagnostics: Vec<Diagnostic>,
}

pub fn read_issues(file: &str, text: &str, options: LoadOptions) -> Result<IssueFile, Diagnostic> {
    let mut sink = Sink::new(file, options);
    let mut entries = Vec::new();
    let mut category: Option<String> = None;
    for (line_no, line) in content_lines(text) {
        if let Some(tag) = line.strip_prefix("<ISSUE") {
            let cat = tag
                .split("CATEGORY=\"")
                .nth(1)
                .and_then(|r| r.split('"').next());
            match cat {
                Some(c) if !c.is_empty() => category = Some(c.to_string()),
                _ => sink.report(line_no, "`<ISSUE` without CATEGORY=\"...\"")?,
            }
            continue;
        }
        if line.starts_with("</ISSUE") {
            category = None;
            continue;
        }
        let Some(cat) = category.clone() else {
            sink.report(line_no, "issue phrase outside an `<ISSUE ...>` block")?;
            continue;
        };
        if let Some(blocked) = line.strip_prefix('~') {
            entries.push(IssueEntry {
                category: cat,
                phrase: blocked.trim().to_string(),
                code: None,
                line: line_no,
            });
            continue;
        }
        match split_brackets(line) {
            Ok((phrase, groups)) if !phrase.is_empty() && groups.len() == 1 => {
                entries.push(IssueEntry {
                    category: cat,
                    phrase: phrase.to_string(),
                    code: Some(groups[0].to_string()),
                    line: line_no,
                })
            }
            Ok(_) => sink.report(line_no, format!("expected `PHRASE [CODE]`: `{line}`"))?,
            Err(m) => sink.report(line_no, m)?,
        }
    }
    Ok(IssueFile {
        file: file.to_string(),
        entries,
        diagnostics: sink.diagnostics,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn discards_and_issues() {
        let d = read_discards(
            "d.txt",
            "MONTHS LATER\n+Manchester United # pas\n",
            LoadOptions::default(),
        )
        .unwrap();
        assert_eq!(d.entries[1].phrase, "MANCHESTER UNITED");
        assert!(d.entries[1].story && !d.entries[0].story);

        let i = read_issues(
            "i.txt",
            "<ISSUE CATEGORY=\"EDU\" TYPE=\"ALL\">\nn:school [SCHOOLS]\n~a head start\nbad line\n",
            LoadOptions::default(),
        )
        .unwrap();
        assert_eq!(i.entries.len(), 2);
        assert_eq!(i.entries[0].code.as_deref(), Some("SCHOOLS"));
        assert_eq!(i.diagnostics[0].line, 4);
    }
}

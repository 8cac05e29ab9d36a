//! Line handling shared by every TABARI/PETRARCH reader: comments, diagnostics.

use std::fmt;

/// A problem in a dictionary file, with its location. Readers collect these and go on
/// with the next line; [`LoadOptions::strict`] turns the first one into an error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub file: String,
    /// 1-based line number (0 when the problem concerns the whole file).
    pub line: usize,
    pub message: String,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.message)
    }
}

impl std::error::Error for Diagnostic {}

/// How readers treat malformed lines.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct LoadOptions {
    /// Stop at the first malformed line instead of reporting it and going on.
    pub strict: bool,
}

/// Collects diagnostics for one file; in strict mode the first one is an error.
pub(crate) struct Sink<'a> {
    pub file: &'a str,
    pub strict: bool,
    pub diagnostics: Vec<Diagnostic>,
}

impl<'a> Sink<'a> {
    pub fn new(file: &'a str, options: LoadOptions) -> Self {
        Sink {
            file,
            strict: options.strict,
            diagnostics: Vec::new(),
        }
    }

    /// Records a malformed line. Returns `Err` in strict mode so that the reader stops.
    pub fn report(&mut self, line: usize, message: impl Into<String>) -> Result<(), Diagnostic> {
        let d = Diagnostic {
            file: self.file.to_string(),
            line,
            message: message.into(),
        };
        if self.strict {
            return Err(d);
        }
        self.diagnostics.push(d);
        Ok(())
    }
}

/// The content lines of a TABARI/PETRARCH file: `(1-based line number, text)` with
/// comments removed and surrounding blanks trimmed; empty lines are skipped.
///
/// Comments are `#` to the end of the line (TABARI's comment marker, used after entries:
/// `ATHENS [GRC] #JW 10/17/91`) and XML-style `<!-- ... -->` blocks, which PETRARCH files
/// use for headers and which may span lines. A line that starts with `<!` (also the
/// malformed `<! --` found in the validation files) opens such a block.
pub(crate) fn content_lines(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut in_block = false;
    for (i, raw) in text.lines().enumerate() {
        let mut line = raw;
        if in_block {
            match line.find("-->") {
                Some(end) => {
                    in_block = false;
                    line = &line[end + 3..];
                }
                None => continue,
            }
        }
        let trimmed = line.trim_start();
        if trimmed.starts_with("<!") {
            if let Some(end) = trimmed.find("-->") {
                line = &trimmed[end + 3..];
            } else if let Some(end) = trimmed.find('>') {
                line = &trimmed[end + 1..];
            } else {
                in_block = true;
                continue;
            }
        }
        let line = match line.find('#') {
            Some(p) => &line[..p],
            None => line,
        };
        let line = line.trim();
        if !line.is_empty() {
            out.push((i + 1, line));
        }
    }
    out
}

/// The `[...]` groups of a line and the text before the first one.
/// `"GOLLUM [HOB] [HOBGOV 19950601-19990815]"` gives `("GOLLUM", ["HOB", "HOBGOV 19950601-19990815"])`.
pub(crate) fn split_brackets(line: &str) -> Result<(&str, Vec<&str>), String> {
    let Some(open) = line.find('[') else {
        return Ok((line.trim(), Vec::new()));
    };
    let head = line[..open].trim();
    let mut groups = Vec::new();
    let mut rest = &line[open..];
    loop {
        let rest_trim = rest.trim_start();
        if rest_trim.is_empty() {
            break;
        }
        let Some(inner) = rest_trim.strip_prefix('[') else {
            return Err(format!(
                "unexpected text `{rest_trim}` after a `[...]` code"
            ));
        };
        let Some(close) = inner.find(']') else {
            return Err(format!("`[` without `]` in `{}`", line.trim()));
        };
        groups.push(inner[..close].trim());
        rest = &inner[close + 1..];
    }
    Ok((head, groups))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comments_and_blocks_are_removed() {
        let text = "<!-- header -->\nA [X] # note\n<!--\n# inside\n-->\n\n<! -- odd -->\nB\n";
        assert_eq!(content_lines(text), vec![(2, "A [X]"), (8, "B")]);
    }

    #[test]
    fn brackets_split() {
        assert_eq!(
            split_brackets("GOLLUM [HOB] [HOBGOV 1-2]").unwrap(),
            ("GOLLUM", vec!["HOB", "HOBGOV 1-2"])
        );
        assert!(split_brackets("A [B").is_err());
        assert!(split_brackets("A [B] C").is_err());
    }
}

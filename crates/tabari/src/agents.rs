//! TABARI/PETRARCH agent dictionaries (`*.agents.txt`): role nouns that refine an actor
//! code ("Israeli *troops*" = ISR + MIL).
//!
//! ```text
//! !PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON      substitution set
//! CONGRESS!PERSON! [~LEG]                        one entry per member, no plurals
//! TROOPS {} [~MIL]                               {} = no plural
//! GOLDEN_GOOSE {GOLDEN_GEESE} [~GGS]             explicit plural
//! SOLDIER [~MIL]                                 regular plural generated (SOLDIERS)
//! MSF {} [NGO~]                                  code before the actor's (prefix)
//! ```
//!
//! Regular plurals follow PETRARCH: `Y` -> `IES`, `SS` -> `SSES`, else `+S`.

use std::collections::HashMap;

use crate::source::{content_lines, split_brackets, Diagnostic, LoadOptions, Sink};

/// One agent entry after substitution and plural formation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgentEntry {
    /// The phrase as written (`CONGRESS!PERSON!`, `ATTORNEY_GENERAL`).
    pub raw: String,
    /// Singular forms, upper case, words separated by single spaces.
    pub singular: Vec<String>,
    /// Plural forms.
    pub plural: Vec<String>,
    /// The agent code without its `~` (`GOV`, `MILNAV`, `NGO`).
    pub code: String,
    /// `NGO~`: the code goes before the actor's code; `~GOV`: after it.
    pub prefix: bool,
    pub line: usize,
}

/// A parsed agent dictionary file.
#[derive(Debug, Clone, Default)]
pub struct AgentFile {
    pub file: String,
    pub entries: Vec<AgentEntry>,
    pub diagnostics: Vec<Diagnostic>,
}

fn words(phrase: &str) -> String {
    phrase
        .split(|c: char| c == '_' || c.is_whitespace())
        .filter(|w| !w.is_empty())
        .map(str::to_uppercase)
        .collect::<Vec<_>>()
        .join(" ")
}

/// PETRARCH's regular plural of a phrase (its last word inflects).
pub fn regular_plural(phrase: &str) -> String {
    if let Some(stem) = phrase.strip_suffix('Y') {
        // "ATTORNEY" keeps its Y before S: only a consonant + Y becomes IES.
        if !stem.ends_with(['A', 'E', 'I', 'O', 'U']) {
            return format!("{stem}IES");
        }
    }
    if phrase.ends_with("SS") {
        return format!("{phrase}ES");
    }
    format!("{phrase}S")
}

/// Reads an agent dictionary; malformed lines are reported and skipped.
pub fn read_agents(file: &str, text: &str, options: LoadOptions) -> Result<AgentFile, Diagnostic> {
    let mut sink = Sink::new(file, options);
    let mut subs: HashMap<String, Vec<String>> = HashMap::new();
    let mut entries = Vec::new();
    for (line_no, line) in content_lines(text) {
        // A substitution set: `!NAME! = A, B, C`.
        if line.starts_with('!') && line.contains('=') && !line.contains('[') {
            let (name, list) = line.split_once('=').expect("checked");
            let name = name.trim();
            if name.len() < 3 || !name.ends_with('!') {
                sink.report(line_no, format!("malformed substitution set name `{name}`"))?;
                continue;
            }
            let members: Vec<String> = list
                .split(',')
                .map(|m| m.trim().to_uppercase())
                .filter(|m| !m.is_empty())
                .collect();
            if members.is_empty() {
                sink.report(line_no, format!("substitution set `{name}` is empty"))?;
                continue;
            }
            subs.insert(name.to_string(), members);
            continue;
        }
        let (head, groups) = match split_brackets(line) {
            Ok(x) => x,
            Err(m) => {
                sink.report(line_no, m)?;
                continue;
            }
        };
        let [group] = groups.as_slice() else {
            sink.report(
                line_no,
                format!("agent needs exactly one `[~CODE]` or `[CODE~]`: `{line}`"),
            )?;
            continue;
        };
        let group = group.trim();
        let (code, prefix) = if let Some(c) = group.strip_prefix('~') {
            (c.trim(), false)
        } else if let Some(c) = group.strip_suffix('~') {
            (c.trim(), true)
        } else {
            sink.report(
                line_no,
                format!("agent code `{group}` has no `~` (expected `~CODE` or `CODE~`)"),
            )?;
            continue;
        };
        if code.is_empty() || !code.chars().all(|c| c.is_ascii_alphanumeric()) {
            sink.report(line_no, format!("malformed agent code `{group}`"))?;
            continue;
        }
        // `PHRASE {PLURALS}`.
        let (phrase, plurals) = match head.find('{') {
            Some(open) => {
                let Some(close) = head[open..].find('}') else {
                    sink.report(line_no, "`{` without `}`")?;
                    continue;
                };
                (
                    head[..open].trim(),
                    Some(head[open + 1..open + close].trim()),
                )
            }
            None => (head, None),
        };
        if phrase.is_empty() {
            sink.report(line_no, "agent without a phrase")?;
            continue;
        }
        // Expand the substitution markers; such entries form no plurals.
        let (singular, plural) = if phrase.contains('!') {
            let mut forms = vec![String::new()];
            let mut rest = phrase;
            let mut ok = true;
            while let Some(start) = rest.find('!') {
                let Some(len) = rest[start + 1..].find('!') else {
                    ok = false;
                    break;
                };
                let marker = &rest[start..start + len + 2];
                let Some(members) = subs.get(marker) else {
                    sink.report(line_no, format!("unknown substitution marker `{marker}`"))?;
                    ok = false;
                    break;
                };
                let before = &rest[..start];
                forms = forms
                    .iter()
                    .flat_map(|f| members.iter().map(move |m| format!("{f}{before}{m}")))
                    .collect();
                rest = &rest[start + len + 2..];
            }
            if !ok {
                continue;
            }
            let forms: Vec<String> = forms.iter().map(|f| words(&format!("{f}{rest}"))).collect();
            (forms, Vec::new())
        } else {
            let singular = words(phrase);
            let plural = match plurals {
                None => vec![regular_plural(&singular)],
                Some(list) => list
                    .split_whitespace()
                    .map(|p| words(p.trim_start_matches('+')))
                    .collect(),
            };
            (vec![singular], plural)
        };
        entries.push(AgentEntry {
            raw: phrase.to_string(),
            singular,
            plural,
            code: code.to_string(),
            prefix,
            line: line_no,
        });
    }
    Ok(AgentFile {
        file: file.to_string(),
        entries,
        diagnostics: sink.diagnostics,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn substitutions_plurals_and_prefixes() {
        let text = "!PERSON! = MAN, MEN\n!MINST! = MINISTER, MINISTRY\n\
            CONGRESS!PERSON! [~LEG]\n!MINST!_OF_SILLY_WALKS [~GOV]\n\
            TROOPS {} [~MIL]\nGOLDEN_GOOSE {GOLDEN_GEESE} [~GGS]\nAUTHORITY [~GOV]\n\
            ATTORNEY [~JUD]\nMSF {}  [NGO~]\nBAD [GOV]\n";
        let f = read_agents("g.txt", text, LoadOptions::default()).unwrap();
        let e = &f.entries;
        assert_eq!(e[0].singular, ["CONGRESSMAN", "CONGRESSMEN"]);
        assert_eq!(
            e[1].singular,
            ["MINISTER OF SILLY WALKS", "MINISTRY OF SILLY WALKS"]
        );
        assert!(e[2].plural.is_empty());
        assert_eq!(e[3].plural, ["GOLDEN GEESE"]);
        assert_eq!(e[4].plural, ["AUTHORITIES"]);
        assert_eq!(e[5].plural, ["ATTORNEYS"]);
        assert!(e[6].prefix && e[6].code == "NGO");
        assert_eq!(f.diagnostics.len(), 1);
        assert_eq!(f.diagnostics[0].line, 10);
    }
}

//! TABARI/PETRARCH verb dictionaries (`*.verbs.txt`, `CAMEO.verbpatterns.*.txt`,
//! `CAMEO.2.0.txt`).
//!
//! ```text
//! &CURRENCY                      synset: a name and its `+` members
//! +DOLLARS
//! +SWISS FRANCS
//!
//! --- BREAK [1717] ---           verb family with its default code ([---]: none)
//! BREAK { BROKE BROKEN }         a verb with irregular forms
//! +BREAK_DOWN {+BROKE_DOWN}      multi-word verb: `+` marks the verb word
//! WIRE_+TAP [123]                a verb with its own code
//! - * TREATY  [161]              pattern: `*` the verb, words to find, the code
//! - + * IN $  [075]              `+` target, `$` source, `%` both (compound)
//! - * ^ DEAL WITH + [051]        `^` skips a noun phrase, `_` joins adjacent words
//! - * &CURRENCY [903]            `&NAME` any member of a synset
//! - * (TO BORDER) {ARMS SHIPMENT} [154]   PETRARCH 2: prepositional and noun phrases
//! - * [042:043]                  `A:B`: A for source->target, B for target->source
//! ~ a (b . ATTACK) CLAIM = a b 112        PETRARCH 2 verb-combination rule
//! ```
//!
//! Patterns belong to their family: they apply to every verb listed in it.

use std::collections::HashMap;

use crate::source::{content_lines, split_brackets, Diagnostic, LoadOptions, Sink};

/// An event code annotation `[A]`, `[A:B]`, `[:B]` or `[---]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Code {
    pub raw: String,
    /// The code of the source -> target event (`None` for `---` or `[:B]`).
    pub forward: Option<String>,
    /// The code of the paired target -> source event.
    pub reverse: Option<String>,
}

impl Code {
    pub fn parse(raw: &str) -> Result<Code, String> {
        let raw = raw.trim();
        let part = |s: &str| -> Result<Option<String>, String> {
            let s = s.trim();
            if s.is_empty() || s.chars().all(|c| c == '-') {
                return Ok(None);
            }
            if !s.chars().all(|c| c.is_ascii_alphanumeric() || c == '+') {
                return Err(format!("malformed event code `{raw}`"));
            }
            Ok(Some(s.to_string()))
        };
        let (forward, reverse) = match raw.split_once(':') {
            Some((a, b)) => (part(a)?, part(b)?),
            None => (part(raw)?, None),
        };
        Ok(Code {
            raw: raw.to_string(),
            forward,
            reverse,
        })
    }
}

/// A synset `&NAME` with its members as written (`SWISS FRANCS`, `&TIETYPES`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Synset {
    pub name: String,
    pub members: Vec<String>,
    pub line: usize,
}

/// A verb of a family.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verb {
    pub raw: String,
    /// Upper-case words (`["WIRE", "TAP"]`).
    pub words: Vec<String>,
    /// Index of the verb word in `words` (the one marked `+`, else the first).
    pub head: usize,
    /// Explicit forms from `{...}` as written.
    pub forms: Vec<String>,
    /// Its own code, when it has one.
    pub code: Option<Code>,
    pub line: usize,
}

/// One element of a pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Token {
    /// `*`: the verb.
    Verb,
    Word(String),
    /// `&NAME` (name without `&` and trailing `_`).
    Synset(String),
    /// `+`: the target.
    Target,
    /// `$`: the source.
    Source,
    /// `%`: a compound actor that is both source and target.
    Compound,
    /// `^`: skip a noun phrase.
    Skip,
    /// `{...}`: a noun phrase (PETRARCH 2).
    NounPhrase(Vec<Elem>),
    /// `(...)`: a prepositional phrase (PETRARCH 2).
    PrepPhrase(Vec<Elem>),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Elem {
    pub token: Token,
    /// Joined to the next element by `_` (must be adjacent).
    pub joined: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerbPattern {
    pub elems: Vec<Elem>,
    pub code: Code,
    /// The pattern text as written (without `-`, code and comment).
    pub raw: String,
    pub line: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Family {
    pub name: String,
    pub code: Code,
    pub verbs: Vec<Verb>,
    pub patterns: Vec<VerbPattern>,
    pub line: usize,
}

/// A PETRARCH 2 verb-combination rule (`~ a (b . ATTACK) CLAIM = a b 112`), kept as text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Combination {
    pub raw: String,
    pub line: usize,
}

#[derive(Debug, Clone, Default)]
pub struct VerbFile {
    pub file: String,
    pub synsets: Vec<Synset>,
    pub families: Vec<Family>,
    pub combinations: Vec<Combination>,
    pub diagnostics: Vec<Diagnostic>,
}

impl VerbFile {
    /// Synsets by name.
    pub fn synset_map(&self) -> HashMap<&str, &Synset> {
        self.synsets.iter().map(|s| (s.name.as_str(), s)).collect()
    }
}

fn synset_name(s: &str) -> String {
    s.trim_start_matches('&')
        .trim_end_matches('_')
        .to_uppercase()
}

/// Splits a pattern into elements. `_` joins neighbours, blanks separate them, `(...)`
/// and `{...}` nest.
pub fn tokenize(text: &str) -> Result<Vec<Elem>, String> {
    fn flush(word: &mut String, out: &mut Vec<Elem>) {
        if word.is_empty() {
            return;
        }
        let token = match word.as_str() {
            "*" => Token::Verb,
            "+" => Token::Target,
            "$" => Token::Source,
            "%" => Token::Compound,
            "^" => Token::Skip,
            w if w.starts_with('&') => Token::Synset(synset_name(w)),
            w => Token::Word(w.to_uppercase()),
        };
        out.push(Elem {
            token,
            joined: false,
        });
        word.clear();
    }
    // A stack of (closing char, elements so far).
    let mut stack: Vec<(char, Vec<Elem>)> = vec![(' ', Vec::new())];
    let mut word = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '_' => {
                flush(&mut word, &mut stack.last_mut().expect("stack").1);
                // A `_` before a blank or the end is TABARI's "whole word, not a stem"
                // mark (`IN_ *`), not a connector.
                let connects = chars
                    .peek()
                    .is_some_and(|n| !n.is_whitespace() && !matches!(n, ')' | '}'));
                if connects {
                    if let Some(last) = stack.last_mut().expect("stack").1.last_mut() {
                        last.joined = true;
                    }
                }
            }
            c if c.is_whitespace() => flush(&mut word, &mut stack.last_mut().expect("stack").1),
            '(' | '{' => {
                flush(&mut word, &mut stack.last_mut().expect("stack").1);
                stack.push((if c == '(' { ')' } else { '}' }, Vec::new()));
            }
            ')' | '}' => {
                flush(&mut word, &mut stack.last_mut().expect("stack").1);
                let (close, elems) = stack.pop().expect("stack");
                if close != c || stack.is_empty() {
                    return Err(format!("unbalanced `{c}`"));
                }
                let token = if c == ')' {
                    Token::PrepPhrase(elems)
                } else {
                    Token::NounPhrase(elems)
                };
                stack.last_mut().expect("stack").1.push(Elem {
                    token,
                    joined: false,
                });
            }
            '*' | '+' | '$' | '%' | '^' if word.is_empty() => {
                word.push(c);
                flush(&mut word, &mut stack.last_mut().expect("stack").1);
            }
            c => word.push(c),
        }
    }
    flush(&mut word, &mut stack.last_mut().expect("stack").1);
    if stack.len() != 1 {
        return Err("unclosed `(` or `{`".into());
    }
    let mut elems = stack.pop().expect("stack").1;
    // A `_` at the very end joins nothing.
    if let Some(last) = elems.last_mut() {
        last.joined = false;
    }
    Ok(elems)
}

fn visit_synsets<'a>(elems: &'a [Elem], out: &mut Vec<&'a str>) {
    for e in elems {
        match &e.token {
            Token::Synset(n) => out.push(n),
            Token::NounPhrase(inner) | Token::PrepPhrase(inner) => visit_synsets(inner, out),
            _ => {}
        }
    }
}

fn parse_verb(line: &str, line_no: usize) -> Result<Verb, String> {
    let (head, groups) = split_brackets(line)?;
    let code = match groups.as_slice() {
        [] => None,
        [c] => Some(Code::parse(c)?),
        _ => return Err("a verb takes at most one `[code]`".into()),
    };
    let (name, forms) = match head.find('{') {
        Some(open) => {
            let close = head[open..]
                .find('}')
                .ok_or("`{` without `}` in verb forms")?;
            let forms: Vec<String> = head[open + 1..open + close]
                .split_whitespace()
                .map(str::to_string)
                .collect();
            (head[..open].trim(), forms)
        }
        None => (head.trim(), Vec::new()),
    };
    if name.is_empty() || name.contains(char::is_whitespace) {
        return Err(format!("malformed verb `{name}` (words are joined by `_`)"));
    }
    let mut words = Vec::new();
    let mut verb_at = None;
    for w in name.split('_').filter(|w| !w.is_empty()) {
        let w = match w.strip_prefix('+') {
            Some(rest) => {
                verb_at = Some(words.len());
                rest
            }
            None => w,
        };
        if w.is_empty() {
            return Err(format!("malformed verb `{name}`"));
        }
        words.push(w.to_uppercase());
    }
    if words.is_empty() {
        return Err("empty verb".into());
    }
    Ok(Verb {
        raw: name.to_string(),
        words,
        head: verb_at.unwrap_or(0),
        forms,
        code,
        line: line_no,
    })
}

fn parse_pattern(line: &str, line_no: usize) -> Result<VerbPattern, String> {
    let body = line.trim_start_matches('-');
    let (text, groups) = split_brackets(body)?;
    let [code] = groups.as_slice() else {
        return Err("a pattern needs exactly one `[code]` at its end".into());
    };
    let code = Code::parse(code)?;
    let elems = tokenize(text)?;
    let verbs = elems.iter().filter(|e| e.token == Token::Verb).count();
    if verbs != 1 {
        return Err(format!(
            "a pattern needs exactly one `*` (the verb), found {verbs}"
        ));
    }
    Ok(VerbPattern {
        elems,
        code,
        raw: text.to_string(),
        line: line_no,
    })
}

/// Reads a verb dictionary; malformed lines are reported and skipped.
pub fn read_verbs(file: &str, text: &str, options: LoadOptions) -> Result<VerbFile, Diagnostic> {
    let mut sink = Sink::new(file, options);
    let mut out = VerbFile {
        file: file.to_string(),
        ..VerbFile::default()
    };
    let mut in_synset = false;
    for (line_no, line) in content_lines(text) {
        if line.starts_with("---") {
            in_synset = false;
            let inner = line.trim_matches('-').trim();
            match split_brackets(inner) {
                Ok((name, groups)) if !name.is_empty() && groups.len() == 1 => {
                    match Code::parse(groups[0]) {
                        Ok(code) => out.families.push(Family {
                            name: name.to_string(),
                            code,
                            verbs: Vec::new(),
                            patterns: Vec::new(),
                            line: line_no,
                        }),
                        Err(m) => sink.report(line_no, m)?,
                    }
                }
                Ok(_) => sink.report(
                    line_no,
                    format!(
                        "malformed verb family header `{line}` (expected `--- NAME [CODE] ---`)"
                    ),
                )?,
                Err(m) => sink.report(line_no, m)?,
            }
            continue;
        }
        if line.starts_with('&') {
            let name = synset_name(line.split_whitespace().next().unwrap_or(line));
            if name.is_empty() {
                sink.report(line_no, "synset without a name")?;
                continue;
            }
            out.synsets.push(Synset {
                name,
                members: Vec::new(),
                line: line_no,
            });
            in_synset = true;
            continue;
        }
        if in_synset {
            if let Some(member) = line.strip_prefix('+') {
                let member = member.trim();
                if member.is_empty() {
                    sink.report(line_no, "empty synset member")?;
                } else {
                    out.synsets
                        .last_mut()
                        .expect("synset")
                        .members
                        .push(member.to_string());
                }
                continue;
            }
            in_synset = false;
        }
        if line.starts_with('~') {
            out.combinations.push(Combination {
                raw: line.to_string(),
                line: line_no,
            });
            continue;
        }
        let Some(family) = out.families.last_mut() else {
            sink.report(
                line_no,
                "verb or pattern before any `--- FAMILY [code] ---` header",
            )?;
            continue;
        };
        if line.starts_with('-') {
            match parse_pattern(line, line_no) {
                Ok(p) => family.patterns.push(p),
                Err(m) => sink.report(line_no, m)?,
            }
        } else {
            match parse_verb(line, line_no) {
                Ok(v) => family.verbs.push(v),
                Err(m) => sink.report(line_no, m)?,
            }
        }
    }
    // Synsets may be defined anywhere in the file: check references at the end.
    let names: std::collections::HashSet<String> =
        out.synsets.iter().map(|s| s.name.clone()).collect();
    let mut missing = Vec::new();
    for s in &out.synsets {
        for m in &s.members {
            if let Some(r) = m.strip_prefix('&') {
                if !names.contains(&synset_name(r)) {
                    missing.push((s.line, synset_name(r)));
                }
            }
        }
    }
    for f in &out.families {
        for p in &f.patterns {
            let mut refs = Vec::new();
            visit_synsets(&p.elems, &mut refs);
            for r in refs {
                if !names.contains(r) {
                    missing.push((p.line, r.to_string()));
                }
            }
        }
    }
    for (line, name) in missing {
        sink.report(line, format!("unknown synset `&{name}`"))?;
    }
    out.diagnostics = sink.diagnostics;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokenizes_patterns() {
        let e = tokenize("SO IN_AND_*_OUT (TO {BANNED PARTIES}) &GENINT_ + $").unwrap();
        assert_eq!(e[0].token, Token::Word("SO".into()));
        assert!(!e[0].joined && e[1].joined && e[2].joined && e[3].joined);
        assert_eq!(e[3].token, Token::Verb);
        let Token::PrepPhrase(pp) = &e[5].token else {
            panic!("{e:?}")
        };
        assert!(matches!(&pp[1].token, Token::NounPhrase(np) if np.len() == 2));
        assert_eq!(e[6].token, Token::Synset("GENINT".into()));
        assert!(!e[6].joined, "a trailing `_` marks a whole word");
        assert_eq!(e[7].token, Token::Target);
        assert_eq!(e[8].token, Token::Source);
        assert!(tokenize("* (TO").is_err());
    }

    #[test]
    fn reads_families_synsets_and_codes() {
        let text = "&TIE_\n+MILITARY\n+&OTHER\n\n--- BREAK [1717] ---\nBREAK { BROKE BROKEN }\n\
            +BREAK_DOWN {+BROKE_DOWN}\nWIRE_+TAP [123]\n- * TREATY [161]\n- % * [030:030]\n\
            - * &TIE [:173]\n- * NOCODE\n--- BAD ---\n~ a (b . X) Y = a b 112\n";
        let f = read_verbs("v.txt", text, LoadOptions::default()).unwrap();
        assert_eq!(f.synsets[0].name, "TIE");
        let fam = &f.families[0];
        assert_eq!(fam.code.forward.as_deref(), Some("1717"));
        assert_eq!(fam.verbs.len(), 3);
        assert_eq!(fam.verbs[0].forms, ["BROKE", "BROKEN"]);
        assert_eq!((fam.verbs[1].head, fam.verbs[2].head), (0, 1));
        assert_eq!(
            fam.verbs[2].code.as_ref().unwrap().forward.as_deref(),
            Some("123")
        );
        assert_eq!(fam.patterns.len(), 3);
        assert_eq!(fam.patterns[1].code.reverse.as_deref(), Some("030"));
        assert_eq!(fam.patterns[2].code.forward, None);
        assert_eq!(f.combinations.len(), 1);
        let lines: Vec<usize> = f.diagnostics.iter().map(|d| d.line).collect();
        // NOCODE (12), the header without a code (13), the unknown synset &OTHER (1).
        assert_eq!(lines, vec![12, 13, 1], "{:?}", f.diagnostics);
    }
}

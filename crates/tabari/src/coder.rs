//! A TABARI-style pattern coder: codes sentences with PETRARCH dictionaries as they are,
//! with their own semantics, instead of converting them into sitrep's lexicon.
//!
//! The sentence is read shallowly, as TABARI and PETRARCH 1 did:
//!
//! 1. **Tokens**: words (upper case; `'s` and `n't` split off as in the Penn Treebank,
//!    so `didn't` is `DID N'T`), punctuation kept as separate tokens.
//! 2. **Discards**: a sentence containing a discard phrase codes nothing.
//! 3. **Actors and agents**: at each position the longest name of the actor and agent
//!    dictionaries (one hash lookup on the first word, then the name's words; a blank in
//!    a name allows up to [`MAX_NAME_GAP`] words between, a last word without `_` is a
//!    stem). Agents combine with an adjacent actor ("Gondor's government", "Osgiliath
//!    soldiers", "ambassadors of Arnor, Osgiliath and Gondor", "MSF Arnor"); an agent
//!    without an actor is `---` + its code. Actor codes resolve against the publication
//!    date (the first date restriction that holds, else the undated code).
//!    `[A/B/C]` is several actors. Mentions joined by `,`, `and`, `or`, `nor` form a
//!    compound; an actor right after another without a connector is absorbed by it.
//! 4. **Clauses**: the sentence splits at `;` and at `and`/`but` before a finite verb
//!    of the dictionary; a clause without a subject inherits the previous one's.
//! 5. **Verbs**: in each clause the first dictionary verb whose patterns or default code
//!    give a code is coded (a `[---]` pattern blocks the clause). Its patterns are tried
//!    longest first (then in file order); words must occur in order, other words may
//!    come between unless joined by `_`; `&SYNSET` is any member; `+`, `$`, `%` bind
//!    the actor found at their place; `^` skips an actor or a word; `{...}` and `(...)`
//!    are read as their words.
//! 6. **Roles**: source = the first actor of the clause before the verb, target = the
//!    first actor after it, unless the pattern binds them; a passive ("was opposed by
//!    X") swaps them; `%` before the verb codes the compound's members with one another,
//!    after it codes the source with each member. Events need both (PETRARCH's
//!    `require_dyad`); `[A:B]` also codes B from target to source.
//!
//! Every event carries the token spans of its verb, source and target and its rule
//! (`file:line: pattern`). Work per sentence is linear in its length times the patterns
//! of the verbs found; patterns whose literal words are absent are skipped by a set test.

use std::collections::{HashMap, HashSet};

use crate::actors::{Date, DateRestriction};
use crate::verbs::{Elem, Token};
use crate::Dictionaries;

/// Words that may come between the words of a name written with a blank (`ITHILEN
/// TELEVISION` matches "Ithilen state-run television").
pub const MAX_NAME_GAP: usize = 2;

/// Letters a stem may be followed by: TABARI matched any continuation, but the
/// PETRARCH suite expects "THE_KU" not to match "the Kuwait government" while "ROHAN"
/// matches "Rohans"; endings up to three letters cover plurals and demonyms ("-s",
/// "-i", "-ian", "-ese").
pub const MAX_STEM_SUFFIX: usize = 3;

/// One coded event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CodedEvent {
    pub source: String,
    pub target: String,
    /// The event code as written in the dictionary.
    pub code: String,
    /// Byte ranges in the sentence text.
    pub verb_span: (usize, usize),
    pub source_span: (usize, usize),
    pub target_span: (usize, usize),
    /// `file:line: text` of the pattern (or verb) that gave the code.
    pub rule: String,
    /// The paired event of an `[A:B]` code (target -> source).
    pub reverse: bool,
}

#[derive(Debug, Clone)]
struct Tok {
    up: String,
    start: usize,
    end: usize,
    word: bool,
}

fn push_word(text: &str, start: usize, end: usize, out: &mut Vec<Tok>) {
    let up: String = text[start..end]
        .chars()
        .map(|c| if c == '\u{2019}' { '\'' } else { c })
        .flat_map(char::to_uppercase)
        .collect();
    // Byte offset of a suffix of `up` in the original: measured from the end, with the
    // curly apostrophe (3 bytes) counted where the suffix has one.
    let suffix_start = |suffix_chars: usize| -> usize {
        let mut pos = end;
        for (i, c) in text[start..end].char_indices().rev().take(suffix_chars) {
            pos = start + i;
            let _ = c;
        }
        pos
    };
    for clitic in ["N'T", "'S"] {
        if up.len() > clitic.len() && up.ends_with(clitic) {
            let cut = suffix_start(clitic.len());
            out.push(Tok {
                up: up[..up.len() - clitic.len()].to_string(),
                start,
                end: cut,
                word: true,
            });
            out.push(Tok {
                up: clitic.to_string(),
                start: cut,
                end,
                word: true,
            });
            return;
        }
    }
    out.push(Tok {
        up,
        start,
        end,
        word: true,
    });
}

fn tokenize(text: &str) -> Vec<Tok> {
    let mut out = Vec::new();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (at, c) = chars[i];
        if c.is_alphanumeric() {
            let mut j = i + 1;
            while j < chars.len() {
                let c = chars[j].1;
                let next_alnum = chars.get(j + 1).is_some_and(|n| n.1.is_alphanumeric());
                if c.is_alphanumeric()
                    || (matches!(c, '\'' | '\u{2019}' | '.' | '-') && next_alnum)
                    // "anti- Gondor": a hyphen ends the word it follows.
                    || (c == '-' && !next_alnum && chars.get(j + 1).is_none_or(|n| n.1.is_whitespace()))
                {
                    j += 1;
                } else {
                    break;
                }
            }
            let end = chars.get(j).map_or(text.len(), |c| c.0);
            push_word(text, at, end, &mut out);
            i = j;
            continue;
        }
        if matches!(c, ',' | ';' | ':' | '.' | '(' | ')' | '"' | '?' | '!') {
            out.push(Tok {
                up: c.to_string(),
                start: at,
                end: at + c.len_utf8(),
                word: false,
            });
        }
        i += 1;
    }
    out
}

/// A name of the actor, agent or discard dictionaries, compiled.
#[derive(Debug, Clone)]
struct Name {
    words: Vec<String>,
    /// `gap[k]`: other words may come between `words[k]` and `words[k + 1]`.
    gap: Vec<bool>,
    /// The last word is a stem (TABARI: no trailing `_`).
    stem: bool,
    payload: Payload,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Payload {
    /// Index into `Coder::actors`.
    Actor(u32),
    /// Index into `Coder::agents`.
    Agent(u32),
    Discard,
}

#[derive(Debug, Default)]
struct NameIndex {
    names: Vec<Name>,
    by_first: HashMap<String, Vec<u32>>,
    /// Single-word stems, by the stem.
    stems: HashMap<String, Vec<u32>>,
    stem_lens: Vec<usize>,
}

impl NameIndex {
    fn add(&mut self, raw: &str, payload: Payload) {
        let raw = raw.trim();
        let mut words = Vec::new();
        let mut gap = Vec::new();
        for (g, group) in raw.split_whitespace().enumerate() {
            for (k, w) in group.split('_').filter(|w| !w.is_empty()).enumerate() {
                if !words.is_empty() {
                    gap.push(g > 0 && k == 0);
                }
                words.push(w.trim_end_matches('.').to_uppercase());
            }
        }
        if words.is_empty() || words.iter().any(String::is_empty) {
            return;
        }
        // Only actor names are stems in TABARI; agents and discards are whole words.
        let stem = matches!(payload, Payload::Actor(_)) && !raw.ends_with('_');
        let id = self.names.len() as u32;
        if stem && words.len() == 1 {
            let len = words[0].len();
            if !self.stem_lens.contains(&len) {
                self.stem_lens.push(len);
                self.stem_lens.sort_unstable();
            }
            self.stems.entry(words[0].clone()).or_default().push(id);
        } else {
            self.by_first.entry(words[0].clone()).or_default().push(id);
        }
        self.names.push(Name {
            words,
            gap,
            stem,
            payload,
        });
    }

    /// The token index after the name matched at `i`, if it matches.
    fn match_at(name: &Name, toks: &[Tok], i: usize) -> Option<usize> {
        let last = name.words.len() - 1;
        let word_ok = |k: usize, t: &Tok| {
            t.word
                && if k == last && name.stem {
                    t.up.starts_with(name.words[k].as_str())
                        && t.up.len() - name.words[k].len() <= MAX_STEM_SUFFIX
                } else {
                    t.up == name.words[k]
                }
        };
        if !word_ok(0, toks.get(i)?) {
            return None;
        }
        let mut pos = i + 1;
        for k in 1..=last {
            let limit = if name.gap[k - 1] { MAX_NAME_GAP } else { 0 };
            let mut found = None;
            for skip in 0..=limit {
                let t = toks.get(pos + skip)?;
                if word_ok(k, t) {
                    found = Some(pos + skip);
                    break;
                }
                if !t.word {
                    break;
                }
            }
            pos = found? + 1;
        }
        Some(pos)
    }

    /// The longest name at `i` (an exact name before a stem of the same length).
    fn longest_at(&self, toks: &[Tok], i: usize) -> Option<(Payload, usize)> {
        let t = &toks[i];
        if !t.word {
            return None;
        }
        let mut best: Option<(usize, bool, Payload)> = None;
        // Candidates come shortest stem first: at equal length and exactness, a later
        // (longer) stem wins.
        let consider = |id: u32, best: &mut Option<(usize, bool, Payload)>| {
            let name = &self.names[id as usize];
            if let Some(end) = Self::match_at(name, toks, i) {
                let exact = !name.stem || toks[end - 1].up == *name.words.last().expect("words");
                let better = match best {
                    None => true,
                    Some((e, x, _)) => {
                        end > *e
                            || (end == *e && exact && !*x)
                            || (end == *e && exact == *x && name.stem)
                    }
                };
                if better {
                    *best = Some((end, exact, name.payload));
                }
            }
        };
        if let Some(ids) = self.by_first.get(&t.up) {
            for &id in ids {
                consider(id, &mut best);
            }
        }
        for &len in &self.stem_lens {
            if len > t.up.len() {
                break;
            }
            // Only stems the token can extend by at most MAX_STEM_SUFFIX letters.
            if len + MAX_STEM_SUFFIX < t.up.len() {
                continue;
            }
            if !t.up.is_char_boundary(len) {
                continue;
            }
            if let Some(ids) = self.stems.get(&t.up[..len]) {
                for &id in ids {
                    consider(id, &mut best);
                }
            }
        }
        best.map(|(end, _, p)| (p, end))
    }
}

#[derive(Debug, Clone)]
struct ActorCodes {
    codes: Vec<(String, DateRestriction)>,
}

impl ActorCodes {
    /// The codes on `date` (`None`: a name that is known but not coded, `---`).
    fn on(&self, date: Option<Date>) -> Option<Vec<String>> {
        let undated = || {
            self.codes
                .iter()
                .find(|c| c.1 == DateRestriction::Always)
                .or(self.codes.first())
        };
        let chosen = match date {
            Some(d) => self
                .codes
                .iter()
                .find(|c| c.1 != DateRestriction::Always && c.1.applies(d))
                .or_else(undated),
            None => undated(),
        }?;
        let code = chosen.0.to_uppercase();
        if code.chars().all(|c| c == '-' || c == '+' || c == '#') {
            return None;
        }
        Some(code.split('/').map(str::to_string).collect())
    }
}

#[derive(Debug, Clone)]
struct AgentCode {
    code: String,
    prefix: bool,
}

/// One element of a compiled pattern.
#[derive(Debug, Clone)]
enum PElem {
    /// Alternatives, each a sequence of adjacent words.
    Words(Vec<Vec<String>>),
    Target,
    Source,
    Compound,
    Skip,
}

#[derive(Debug, Clone)]
struct PItem {
    elem: PElem,
    /// Must be adjacent to the next item (toward the verb on the left side).
    joined: bool,
}

#[derive(Debug, Clone)]
struct Pattern {
    /// Before the verb, in sentence order.
    left: Vec<PItem>,
    /// Whether the verb must be adjacent to the first item on its right.
    verb_joined: bool,
    right: Vec<PItem>,
    forward: Option<String>,
    reverse: Option<String>,
    /// Literal words each alternative set needs at least one of: a fast pre-test.
    required: Vec<Vec<String>>,
    priority: usize,
    rule: String,
}

#[derive(Debug, Clone)]
struct VerbForm {
    /// The words of the form, with the inflected head at `head`.
    words: Vec<String>,
    head: usize,
    /// Index into `Coder::verbs`.
    verb: u32,
}

#[derive(Debug, Clone)]
struct VerbInfo {
    forward: Option<String>,
    reverse: Option<String>,
    rule: String,
    /// Index into `Coder::families`.
    family: u32,
}

/// A family's patterns, best first, indexed by a word each needs: a verb tries only
/// the patterns whose word occurs in the sentence (Phoenix families have hundreds).
#[derive(Debug, Default)]
struct FamilyPatterns {
    /// Indices into `Coder::patterns`, longest first, then file order.
    ranked: Vec<u32>,
    /// Ranks (indices into `ranked`) of the patterns by the words of their first
    /// word element (each alternative's first word).
    by_word: HashMap<String, Vec<u32>>,
    /// Ranks of the patterns without words (`% * `, `+ * $`).
    unconditional: Vec<u32>,
}

/// The compiled dictionaries. Build once with [`Coder::new`], then share.
#[derive(Debug, Default)]
pub struct Coder {
    names: NameIndex,
    actors: Vec<ActorCodes>,
    agents: Vec<AgentCode>,
    discards: NameIndex,
    forms: HashMap<String, Vec<VerbForm>>,
    verbs: Vec<VerbInfo>,
    families: Vec<FamilyPatterns>,
    patterns: Vec<Pattern>,
}

/// An event code usable as such: digits and letters with at least one digit (`064`,
/// `174K`); `+++`, `###` and `xxy` in the validation dictionary are markers, not codes.
fn usable_code(code: &Option<String>) -> bool {
    code.as_ref()
        .is_some_and(|c| c.chars().any(|c| c.is_ascii_digit()))
}

fn expand_synset(
    name: &str,
    synsets: &HashMap<String, Vec<String>>,
    depth: usize,
    out: &mut Vec<Vec<String>>,
) {
    let Some(members) = synsets.get(name) else {
        return;
    };
    for m in members {
        if let Some(inner) = m.strip_prefix('&') {
            if depth < 8 {
                let inner = inner.trim_end_matches('_').to_uppercase();
                expand_synset(&inner, synsets, depth + 1, out);
            }
        } else {
            let words: Vec<String> = m
                .split(|c: char| c == '_' || c.is_whitespace())
                .filter(|w| !w.is_empty())
                .map(str::to_uppercase)
                .collect();
            if !words.is_empty() {
                out.push(words);
            }
        }
    }
}

fn flatten(elems: &[Elem], out: &mut Vec<(Token, bool)>) {
    for e in elems {
        match &e.token {
            Token::NounPhrase(inner) | Token::PrepPhrase(inner) => {
                flatten(inner, out);
                if let Some(last) = out.last_mut() {
                    last.1 = e.joined;
                }
            }
            t => out.push((t.clone(), e.joined)),
        }
    }
}

/// Regular inflections of a verb word: base, -s, -ed, -ing (with the usual spelling
/// changes, and a doubled final consonant as an alternative).
fn inflections(w: &str) -> Vec<String> {
    let mut out = vec![w.to_string()];
    let vowel = |c: char| "AEIOU".contains(c);
    let last = w.chars().last().unwrap_or(' ');
    let before = w.chars().rev().nth(1).unwrap_or(' ');
    if last == 'Y' && !vowel(before) {
        let stem = &w[..w.len() - 1];
        out.push(format!("{stem}IES"));
        out.push(format!("{stem}IED"));
        out.push(format!("{w}ING"));
        return out;
    }
    if ["S", "SH", "CH", "X", "Z", "O"]
        .iter()
        .any(|s| w.ends_with(s))
    {
        out.push(format!("{w}ES"));
    } else {
        out.push(format!("{w}S"));
    }
    if last == 'E' {
        out.push(format!("{w}D"));
        if !w.ends_with("EE") {
            out.push(format!("{}ING", &w[..w.len() - 1]));
        } else {
            out.push(format!("{w}ING"));
        }
    } else {
        out.push(format!("{w}ED"));
        out.push(format!("{w}ING"));
        let third = w.chars().rev().nth(2).unwrap_or(' ');
        if !vowel(last) && !"WXY".contains(last) && vowel(before) && !vowel(third) {
            out.push(format!("{w}{last}ED"));
            out.push(format!("{w}{last}ING"));
        }
    }
    out
}

fn form_of(raw: &str) -> Option<(Vec<String>, usize)> {
    let mut words = Vec::new();
    let mut head = 0;
    for w in raw.split('_').filter(|w| !w.is_empty()) {
        let w = match w.strip_prefix('+') {
            Some(rest) => {
                head = words.len();
                rest
            }
            None => w,
        };
        if w.is_empty() {
            return None;
        }
        words.push(w.to_uppercase());
    }
    (!words.is_empty()).then_some((words, head))
}

const DETERMINERS: [&str; 8] = ["THE", "A", "AN", "ITS", "THEIR", "HIS", "HER", "THIS"];

const BE: [&str; 7] = ["IS", "ARE", "WAS", "WERE", "BE", "BEEN", "BEING"];

impl Coder {
    /// Compiles the loaded dictionaries (verbs, actors, agents, discards).
    pub fn new(dicts: &Dictionaries) -> Coder {
        let mut c = Coder::default();
        for file in &dicts.actors {
            for entry in &file.entries {
                let id = c.actors.len() as u32;
                c.actors.push(ActorCodes {
                    codes: entry
                        .codes
                        .iter()
                        .map(|d| (d.code.clone(), d.when))
                        .collect(),
                });
                for name in &entry.names {
                    c.names.add(&name.raw, Payload::Actor(id));
                }
            }
        }
        for file in &dicts.agents {
            for entry in &file.entries {
                let id = c.agents.len() as u32;
                c.agents.push(AgentCode {
                    code: entry.code.to_uppercase(),
                    prefix: entry.prefix,
                });
                for form in entry.singular.iter().chain(&entry.plural) {
                    // Agent forms are whole words joined without gaps.
                    c.names.add(&form.replace(' ', "_"), Payload::Agent(id));
                }
            }
        }
        for file in &dicts.discards {
            for entry in &file.entries {
                c.discards.add(
                    &format!("{}_", entry.phrase.replace(' ', "_")),
                    Payload::Discard,
                );
            }
        }
        for file in &dicts.verbs {
            let synsets: HashMap<String, Vec<String>> = file
                .synsets
                .iter()
                .map(|s| (s.name.clone(), s.members.clone()))
                .collect();
            for family in &file.families {
                let first_pattern = c.patterns.len();
                for p in &family.patterns {
                    if let Some(compiled) = c.compile_pattern(&file.file, p, &synsets) {
                        c.patterns.push(compiled);
                    }
                }
                let mut ids: Vec<u32> = (first_pattern as u32..c.patterns.len() as u32).collect();
                // Longest pattern first, then file order (a stable sort).
                ids.sort_by_key(|&i| std::cmp::Reverse(c.patterns[i as usize].priority));
                let mut index = FamilyPatterns::default();
                for (rank, &id) in ids.iter().enumerate() {
                    match c.patterns[id as usize].required.first() {
                        Some(words) => {
                            for w in words {
                                let ranks = index.by_word.entry(w.clone()).or_default();
                                if ranks.last() != Some(&(rank as u32)) {
                                    ranks.push(rank as u32);
                                }
                            }
                        }
                        None => index.unconditional.push(rank as u32),
                    }
                }
                index.ranked = ids;
                let family_id = c.families.len() as u32;
                c.families.push(index);
                for verb in &family.verbs {
                    let code = verb.code.as_ref().unwrap_or(&family.code);
                    let id = c.verbs.len() as u32;
                    c.verbs.push(VerbInfo {
                        forward: code.forward.clone().filter(|_| usable_code(&code.forward)),
                        reverse: code.reverse.clone().filter(|_| usable_code(&code.reverse)),
                        rule: format!("{}:{}: {}", file.file, verb.line, verb.raw),
                        family: family_id,
                    });
                    let mut forms: Vec<(Vec<String>, usize)> = Vec::new();
                    for inflected in inflections(&verb.words[verb.head]) {
                        let mut words = verb.words.clone();
                        words[verb.head] = inflected;
                        forms.push((words, verb.head));
                    }
                    for raw in &verb.forms {
                        let raw = raw.trim_start_matches('{').trim_end_matches('}');
                        if let Some(f) = form_of(raw) {
                            forms.push(f);
                        }
                    }
                    for (words, head) in forms {
                        c.forms
                            .entry(words[head].clone())
                            .or_default()
                            .push(VerbForm {
                                words,
                                head,
                                verb: id,
                            });
                    }
                }
            }
        }
        c
    }

    fn compile_pattern(
        &self,
        file: &str,
        p: &crate::verbs::VerbPattern,
        synsets: &HashMap<String, Vec<String>>,
    ) -> Option<Pattern> {
        let blocking = p.code.forward.is_none() && p.code.reverse.is_none();
        if !blocking && !usable_code(&p.code.forward) && !usable_code(&p.code.reverse) {
            return None;
        }
        let mut flat = Vec::new();
        flatten(&p.elems, &mut flat);
        let verb_at = flat.iter().position(|(t, _)| *t == Token::Verb)?;
        let mut items = Vec::new();
        let mut required = Vec::new();
        for (token, joined) in &flat {
            let elem = match token {
                Token::Verb => continue,
                Token::Word(w) => PElem::Words(vec![vec![w.clone()]]),
                Token::Synset(name) => {
                    let mut alts = Vec::new();
                    expand_synset(name, synsets, 0, &mut alts);
                    if alts.is_empty() {
                        return None;
                    }
                    PElem::Words(alts)
                }
                Token::Target => PElem::Target,
                Token::Source => PElem::Source,
                Token::Compound => PElem::Compound,
                Token::Skip => PElem::Skip,
                Token::NounPhrase(_) | Token::PrepPhrase(_) => continue,
            };
            if let PElem::Words(alts) = &elem {
                required.push(alts.iter().map(|a| a[0].clone()).collect());
            }
            items.push(PItem {
                elem,
                joined: *joined,
            });
        }
        let priority = items.len();
        let right = items.split_off(verb_at);
        Some(Pattern {
            left: items,
            verb_joined: flat[verb_at].1,
            right,
            forward: p
                .code
                .forward
                .clone()
                .filter(|_| usable_code(&p.code.forward)),
            reverse: p
                .code
                .reverse
                .clone()
                .filter(|_| usable_code(&p.code.reverse)),
            required,
            priority,
            rule: format!("{file}:{}: {}", p.line, p.raw.trim()),
        })
    }

    /// Number of verb forms, names and patterns compiled (for reports).
    pub fn sizes(&self) -> (usize, usize, usize) {
        (
            self.forms.len(),
            self.names.names.len(),
            self.patterns.len(),
        )
    }

    /// Codes one sentence. `date` resolves date-restricted actor codes.
    pub fn code_sentence(&self, text: &str, date: Option<Date>) -> Vec<CodedEvent> {
        let toks = tokenize(text);
        if toks.is_empty() {
            return Vec::new();
        }
        for i in 0..toks.len() {
            if self.discards.longest_at(&toks, i).is_some() {
                return Vec::new();
            }
        }
        let s = Sentence::read(self, toks, date);
        s.code(self)
    }
}

impl sitrep_core::SentenceCoder for Coder {
    fn code_sentence(
        &self,
        sentence: &str,
        published: Option<chrono::NaiveDate>,
    ) -> Vec<sitrep_core::CodedSentenceEvent> {
        use chrono::Datelike;
        let date = published.map(|d| Date(d.year() as u32 * 10000 + d.month() * 100 + d.day()));
        Coder::code_sentence(self, sentence, date)
            .into_iter()
            .map(|e| sitrep_core::CodedSentenceEvent {
                source: e.source,
                target: e.target,
                code: e.code,
                trigger: e.verb_span,
                source_span: e.source_span,
                target_span: e.target_span,
                rule: if e.reverse {
                    format!("{} (paired event, target to source)", e.rule)
                } else {
                    e.rule
                },
            })
            .collect()
    }
}

/// An actor code with an agent code appended, unless the actor's code already has all
/// of the agent's three-letter parts ("White House security officials": USAGOV, not
/// USAGOVGOV).
fn with_agent(code: &str, agent: &str) -> String {
    let parts = |c: &str| -> Vec<String> {
        c.as_bytes()
            .chunks(3)
            .map(|p| String::from_utf8_lossy(p).into_owned())
            .collect()
    };
    let have = parts(code.get(3..).unwrap_or(""));
    if !agent.is_empty() && parts(agent).iter().all(|p| have.contains(p)) {
        return code.to_string();
    }
    format!("{code}{agent}")
}

/// An actor mention: its codes (an agent applies to each) and its tokens.
#[derive(Debug, Clone)]
struct Mention {
    codes: Vec<String>,
    start: usize,
    end: usize,
    /// Index of the compound group.
    group: usize,
}

struct Sentence {
    toks: Vec<Tok>,
    mentions: Vec<Mention>,
    groups: Vec<Vec<usize>>,
    /// For each token, the verb form found there: (verb, first token, end token).
    verbs: Vec<(u32, usize, usize)>,
}

fn is_connector(t: &Tok) -> bool {
    matches!(t.up.as_str(), "," | "AND" | "OR" | "NOR")
}

impl Sentence {
    fn read(coder: &Coder, toks: Vec<Tok>, date: Option<Date>) -> Sentence {
        // Names, longest first at each position.
        enum Unit {
            Actor(Option<Vec<String>>),
            Agent(u32),
        }
        let mut units: Vec<(Unit, usize, usize)> = Vec::new();
        let mut covered = vec![false; toks.len()];
        let mut i = 0;
        while i < toks.len() {
            match coder.names.longest_at(&toks, i) {
                Some((Payload::Actor(a), end)) => {
                    units.push((Unit::Actor(coder.actors[a as usize].on(date)), i, end));
                    covered[i..end].iter_mut().for_each(|c| *c = true);
                    i = end;
                }
                Some((Payload::Agent(a), end)) => {
                    units.push((Unit::Agent(a), i, end));
                    covered[i..end].iter_mut().for_each(|c| *c = true);
                    i = end;
                }
                _ => i += 1,
            }
        }
        // Verbs outside names.
        let mut verbs = Vec::new();
        let mut i = 0;
        while i < toks.len() {
            // The longest forms here; several verbs (families) may share one.
            let mut found: Vec<(u32, usize, usize)> = Vec::new();
            if !covered[i] && toks[i].word {
                if let Some(forms) = coder.forms.get(&toks[i].up) {
                    for f in forms {
                        let Some(first) = i.checked_sub(f.head) else {
                            continue;
                        };
                        let end = first + f.words.len();
                        if end > toks.len()
                            || !f
                                .words
                                .iter()
                                .zip(&toks[first..end])
                                .all(|(w, t)| *w == t.up)
                        {
                            continue;
                        }
                        let len = end - first;
                        let best = found.first().map_or(0, |v| v.2 - v.1);
                        if len > best {
                            found.clear();
                        }
                        if len >= best && !found.iter().any(|v| v.0 == f.verb) {
                            found.push((f.verb, first, end));
                        }
                    }
                }
            }
            match found.first().copied() {
                Some(v) => {
                    verbs.extend(found);
                    i = v.2.max(i + 1);
                }
                None => i += 1,
            }
        }
        let is_verb_tok = |k: usize| verbs.iter().any(|v| v.1 <= k && k < v.2);
        // Words between two units that keep them in one noun group.
        let plain_gap = |a: usize, b: usize, max: usize| -> bool {
            b >= a
                && b - a <= max
                && (a..b).all(|k| toks[k].word && !is_verb_tok(k) && !is_connector(&toks[k]))
        };
        // Agents attach to actors.
        let mut actor_units: Vec<(usize, Option<Vec<String>>, usize, usize)> = Vec::new();
        for (n, (u, s, e)) in units.iter().enumerate() {
            if let Unit::Actor(codes) = u {
                actor_units.push((n, codes.clone(), *s, *e));
            }
        }
        // Agent codes attached to actor units: prefixes ("MSF Arnor"), and suffix chains
        // ("Danish Islamist media": MUS then MED in one chain; "lawmakers and officials
        // in X": two chains, X LEG and X GOV).
        let mut prefixes: HashMap<usize, Vec<String>> = HashMap::new();
        let mut chains: HashMap<usize, Vec<(Vec<String>, usize)>> = HashMap::new();
        let mut span_start: HashMap<usize, usize> = HashMap::new();
        let mut span_end: HashMap<usize, usize> = HashMap::new();
        let mut agent_targets: HashMap<usize, Vec<usize>> = HashMap::new();
        let mut standalone: Vec<(usize, u32, usize, usize)> = Vec::new();
        let mut attach = |targets: &[usize], agent: &AgentCode, s: usize, e: usize| {
            for (k, &t) in targets.iter().enumerate() {
                if agent.prefix {
                    prefixes.entry(t).or_default().push(agent.code.clone());
                } else {
                    let list = chains.entry(t).or_default();
                    match list.last_mut() {
                        // Adjacent to the previous agent of this actor: the same chain.
                        Some((chain, end)) if *end == s => {
                            chain.push(agent.code.clone());
                            *end = e;
                        }
                        _ => list.push((vec![agent.code.clone()], e)),
                    }
                }
                // The agent's words belong to the nearest actor's mention only: the
                // other members of "ambassadors of A, B and C" keep their own spans.
                if k == 0 {
                    let st = span_start.entry(t).or_insert(units[t].1);
                    *st = (*st).min(s);
                    let en = span_end.entry(t).or_insert(units[t].2);
                    *en = (*en).max(e);
                }
            }
        };
        // The actor units the last agent attached to, for "X media and government".
        let mut last_attached: Option<(Vec<usize>, usize)> = None;
        for (n, (u, s, e)) in units.iter().enumerate() {
            let Unit::Agent(a) = u else { continue };
            let agent = &coder.agents[*a as usize];
            let mut targets: Vec<usize> = Vec::new();
            // An actor before it ("Gondor's government", "Arnor security officials",
            // "Ithilen's awful and evil minister").
            if let Some(&(an, _, _, ae)) = actor_units.iter().rev().find(|x| x.3 <= *s) {
                let possessive_gap = toks.get(ae).is_some_and(|t| t.up == "'S")
                    && *s - ae <= 5
                    && (ae..*s).all(|k| toks[k].word && !is_verb_tok(k));
                let no_actor_between = !units
                    .iter()
                    .any(|x| x.1 >= ae && x.2 <= *s && matches!(x.0, Unit::Actor(_)));
                if (plain_gap(ae, *s, 3) || possessive_gap) && no_actor_between && !agent.prefix {
                    targets.push(an);
                }
            }
            // An actor after it: "MSF Arnor", "ambassadors of Arnor, Osgiliath and Gondor".
            if targets.is_empty() {
                if let Some(&(an, _, as_, _)) = actor_units.iter().find(|x| x.2 >= *e) {
                    let linked = plain_gap(*e, as_, 1)
                        || (as_ > *e
                            && matches!(toks[*e].up.as_str(), "OF" | "IN" | "FROM")
                            && plain_gap(*e + 1, as_, 1));
                    if linked {
                        targets.push(an);
                        // The actors compounded with it.
                        let mut prev_end =
                            actor_units.iter().find(|x| x.0 == an).map_or(0, |x| x.3);
                        let after: Vec<_> =
                            actor_units.iter().filter(|x| x.2 >= prev_end).collect();
                        for x in after {
                            let between = &toks[prev_end..x.2];
                            if between.len() <= 4
                                && between.iter().any(is_connector)
                                && (prev_end..x.2).all(|k| !is_verb_tok(k))
                                && between.iter().all(|t| t.word || t.up == ",")
                            {
                                targets.push(x.0);
                                prev_end = x.3;
                            } else {
                                break;
                            }
                        }
                    }
                }
            }
            // "Danish media and government": the agent after a connector shares the actor.
            if targets.is_empty() {
                if let Some((prev, prev_end)) = &last_attached {
                    let between = &toks[*prev_end..*s];
                    if between.len() <= 2 && between.iter().any(is_connector) {
                        targets = prev.clone();
                    }
                }
            }
            if targets.is_empty() {
                standalone.push((n, *a, *s, *e));
                last_attached = None;
                continue;
            }
            attach(&targets, agent, *s, *e);
            agent_targets.insert(n, targets.clone());
            last_attached = Some((targets, *e));
        }
        // "Lawmakers and officials in Fornost": an agent before a connector shares the
        // actors of the agent after it (right to left, so chains of them do too).
        for k in (0..standalone.len()).rev() {
            let (n, a, s, e) = standalone[k];
            let Some(&(_, ns, _)) = units.get(n + 1).map(|u| (0, u.1, u.2)).as_ref() else {
                continue;
            };
            let Some(targets) = agent_targets.get(&(n + 1)).cloned() else {
                continue;
            };
            let between = &toks[e..ns];
            if !between.is_empty() && between.len() <= 2 && between.iter().all(is_connector) {
                attach(&targets, &coder.agents[a as usize], s, e);
                agent_targets.insert(n, targets);
                standalone.remove(k);
            }
        }
        // Mentions, in order.
        let mut mentions: Vec<Mention> = Vec::new();
        for (n, codes, s, e) in &actor_units {
            let Some(codes) = codes else { continue };
            let pre: Vec<String> = prefixes.get(n).cloned().unwrap_or_default();
            let suffix_chains: Vec<Vec<String>> = chains
                .get(n)
                .map(|c| c.iter().map(|x| x.0.clone()).collect())
                .unwrap_or_default();
            let mut out = Vec::new();
            for c in codes {
                let head = format!("{}{c}", pre.concat());
                if suffix_chains.is_empty() {
                    out.push(head.clone());
                }
                for chain in &suffix_chains {
                    out.push(
                        chain
                            .iter()
                            .fold(head.clone(), |code, a| with_agent(&code, a)),
                    );
                }
            }
            mentions.push(Mention {
                codes: out,
                start: *span_start.get(n).unwrap_or(s),
                end: *span_end.get(n).unwrap_or(e),
                group: 0,
            });
        }
        for (_, a, s, e) in standalone {
            mentions.push(Mention {
                codes: vec![format!("---{}", coder.agents[a as usize].code)],
                start: s,
                end: e,
                group: 0,
            });
        }
        mentions.sort_by_key(|m| m.start);
        // Nested or overlapping spans (an agent inside another's span): keep the first.
        let mut kept: Vec<Mention> = Vec::new();
        for m in mentions {
            if kept.last().is_some_and(|k| m.start < k.end) {
                continue;
            }
            kept.push(m);
        }
        // Absorb an actor right after another one, or after its possessive, without a
        // connector ("Dagolath's Deputy Prime Minister Telemar", "Arnor's Elrond"): one
        // party. With any other word between they stay apart ("Osgiliath with Gondor").
        let mut merged: Vec<Mention> = Vec::new();
        for m in kept {
            if let Some(prev) = merged.last_mut() {
                let possessive = m.start == prev.end + 1 && toks[prev.end].up == "'S";
                if m.start == prev.end || possessive {
                    prev.end = m.end.max(prev.end);
                    continue;
                }
            }
            merged.push(m);
        }
        // Compounds: mentions joined by `,`, `and`, `or`, `nor` (and a few other words:
        // "Ithilen's sheep and goats of Gondor").
        let mut groups: Vec<Vec<usize>> = Vec::new();
        for k in 0..merged.len() {
            let joined = k > 0 && {
                let (a, b) = (merged[k - 1].end, merged[k].start);
                b - a <= 5
                    && toks[a..b].iter().any(is_connector)
                    && toks[a..b].iter().all(|t| t.word || t.up == ",")
                    && (a..b).all(|x| !is_verb_tok(x))
            };
            if joined {
                let g = merged[k - 1].group;
                merged[k].group = g;
                groups[g].push(k);
            } else {
                merged[k].group = groups.len();
                groups.push(vec![k]);
            }
        }
        Sentence {
            toks,
            mentions: merged,
            groups,
            verbs,
        }
    }

    fn span(&self, a: usize, b: usize) -> (usize, usize) {
        (self.toks[a].start, self.toks[b - 1].end)
    }

    /// The codes of a compound group, with the span of each member.
    fn group_codes(&self, g: usize) -> Vec<(String, (usize, usize))> {
        let mut out = Vec::new();
        for &m in &self.groups[g] {
            let mm = &self.mentions[m];
            for c in &mm.codes {
                out.push((c.clone(), self.span(mm.start, mm.end)));
            }
        }
        out
    }

    fn code(&self, coder: &Coder) -> Vec<CodedEvent> {
        let present: HashSet<&str> = self.toks.iter().map(|t| t.up.as_str()).collect();
        // Clause boundaries: `;`, and `and`/`but` before a finite dictionary verb.
        let mut bounds = vec![0];
        for (k, t) in self.toks.iter().enumerate() {
            let starts_clause = match t.up.as_str() {
                ";" => true,
                "AND" | "BUT" => self
                    .verbs
                    .iter()
                    .any(|v| v.1 == k + 1 && !self.toks[v.2 - 1].up.ends_with("ING")),
                _ => false,
            };
            if starts_clause && k > 0 {
                bounds.push(k);
            }
        }
        bounds.push(self.toks.len());
        let mut events = Vec::new();
        let mut inherited: Option<usize> = None;
        for w in bounds.windows(2) {
            let (cs, ce) = (w[0], w[1]);
            let subject = self
                .mentions
                .iter()
                .position(|m| m.start >= cs && m.end <= ce);
            for &(verb, vs, ve) in self.verbs.iter().filter(|v| v.1 >= cs && v.2 <= ce) {
                match self.code_verb(coder, &present, verb, vs, ve, cs, ce, inherited) {
                    Verdict::Next => continue,
                    Verdict::Blocked => break,
                    Verdict::Coded(mut evs) => {
                        events.append(&mut evs);
                        break;
                    }
                }
            }
            if let Some(m) = subject {
                if self.mentions[m].start
                    < self.verbs.iter().find(|v| v.1 >= cs).map_or(ce, |v| v.1)
                {
                    inherited = Some(self.mentions[m].group);
                }
            }
        }
        let mut seen = HashSet::new();
        events.retain(|e: &CodedEvent| {
            seen.insert((e.source.clone(), e.target.clone(), e.code.clone()))
        });
        events
    }

    #[allow(clippy::too_many_arguments)]
    fn code_verb(
        &self,
        coder: &Coder,
        present: &HashSet<&str>,
        verb: u32,
        vs: usize,
        ve: usize,
        cs: usize,
        ce: usize,
        inherited: Option<usize>,
    ) -> Verdict {
        let info = &coder.verbs[verb as usize];
        let family = &coder.families[info.family as usize];
        let mut ranks: Vec<u32> = family.unconditional.clone();
        for w in present {
            if let Some(r) = family.by_word.get(*w) {
                ranks.extend_from_slice(r);
            }
        }
        ranks.sort_unstable();
        ranks.dedup();
        let mut chosen: Option<(&Pattern, Binding)> = None;
        for rank in ranks {
            let p = &coder.patterns[family.ranked[rank as usize] as usize];
            if !p
                .required
                .iter()
                .all(|alts| alts.iter().any(|w| present.contains(w.as_str())))
            {
                continue;
            }
            if let Some(b) = self.match_pattern(p, vs, ve, cs, ce) {
                chosen = Some((p, b));
                break;
            }
        }
        let (forward, reverse, rule, binding) = match chosen {
            Some((p, _)) if p.forward.is_none() && p.reverse.is_none() => return Verdict::Blocked,
            Some((p, b)) => (p.forward.clone(), p.reverse.clone(), p.rule.clone(), b),
            None if info.forward.is_none() && info.reverse.is_none() => return Verdict::Next,
            None => (
                info.forward.clone(),
                info.reverse.clone(),
                info.rule.clone(),
                Binding::default(),
            ),
        };
        // Default roles.
        let first_before = self
            .mentions
            .iter()
            .position(|m| m.start >= cs && m.end <= vs)
            .map(|m| self.mentions[m].group)
            .or(inherited);
        let first_after = |from: usize| {
            self.mentions
                .iter()
                .position(|m| m.start >= from && m.end <= ce)
                .map(|m| self.mentions[m].group)
        };
        let mut source = binding.source.map(|m| self.mentions[m].group);
        let mut target = binding.target.map(|m| self.mentions[m].group);
        let mut pairs_within: Option<usize> = None;
        if let Some(m) = binding.compound {
            if self.mentions[m].end <= vs {
                pairs_within = Some(self.mentions[m].group);
            } else {
                target = Some(self.mentions[m].group);
            }
        }
        if source.is_none() && target.is_none() && pairs_within.is_none() {
            // A passive with its agent: "Eriador was opposed by Osgiliath".
            let passive_by = self.passive_agent(vs, ve, ce);
            if let (Some(by), Some(subject)) = (passive_by, first_before) {
                source = Some(self.mentions[by].group);
                target = Some(subject);
            }
        }
        let source = source.or(first_before);
        let target = target.or_else(|| first_after(ve));
        let vspan = self.span(vs, ve);
        let mut events = Vec::new();
        let mut emit = |s: &(String, (usize, usize)), t: &(String, (usize, usize))| {
            if s.0 == t.0 {
                return;
            }
            if let Some(code) = &forward {
                events.push(CodedEvent {
                    source: s.0.clone(),
                    target: t.0.clone(),
                    code: code.clone(),
                    verb_span: vspan,
                    source_span: s.1,
                    target_span: t.1,
                    rule: rule.clone(),
                    reverse: false,
                });
            }
            if let Some(code) = &reverse {
                events.push(CodedEvent {
                    source: t.0.clone(),
                    target: s.0.clone(),
                    code: code.clone(),
                    verb_span: vspan,
                    source_span: t.1,
                    target_span: s.1,
                    rule: rule.clone(),
                    reverse: true,
                });
            }
        };
        if let Some(g) = pairs_within {
            let members = self.group_codes(g);
            for a in &members {
                for b in &members {
                    emit(a, b);
                }
            }
            // PETRARCH's reverse code of a pair is the pair the other way: both orders
            // are already coded, so drop duplicates below.
        } else if let (Some(sg), Some(tg)) = (source, target) {
            if sg != tg {
                for s in &self.group_codes(sg) {
                    for t in &self.group_codes(tg) {
                        emit(s, t);
                    }
                }
            }
        }
        let mut seen = HashSet::new();
        events.retain(|e| seen.insert((e.source.clone(), e.target.clone(), e.code.clone())));
        Verdict::Coded(events)
    }

    /// The mention after `by` following a passive verb (a form of "be" before it).
    fn passive_agent(&self, vs: usize, ve: usize, ce: usize) -> Option<usize> {
        let before = (vs.saturating_sub(3)..vs)
            .rev()
            .find(|&k| !self.toks[k].up.ends_with("LY"))?;
        if !BE.contains(&self.toks[before].up.as_str()) {
            return None;
        }
        let by = (ve..ce.min(ve + 3)).find(|&k| self.toks[k].up == "BY")?;
        self.mentions
            .iter()
            .position(|m| m.start == by + 1 || (m.start == by + 2 && self.toks[by + 1].up == "THE"))
    }

    fn words_at(&self, alt: &[String], j: usize) -> bool {
        j + alt.len() <= self.toks.len() && alt.iter().zip(&self.toks[j..]).all(|(w, t)| *w == t.up)
    }

    fn match_pattern(
        &self,
        p: &Pattern,
        vs: usize,
        ve: usize,
        cs: usize,
        ce: usize,
    ) -> Option<Binding> {
        let mut b = Binding::default();
        // Right of the verb.
        let mut pos = ve;
        let mut adjacent = p.verb_joined;
        for item in &p.right {
            match &item.elem {
                PElem::Words(alts) => {
                    let last = if adjacent { pos } else { ce.saturating_sub(1) };
                    let (j, len) = (pos..=last.min(ce.saturating_sub(1))).find_map(|j| {
                        alts.iter()
                            .find(|a| j + a.len() <= ce && self.words_at(a, j))
                            .map(|a| (j, a.len()))
                    })?;
                    pos = j + len;
                }
                // `^` skips a noun phrase: an actor here or after a determiner ("at the
                // Gondor of ..."), else one word.
                PElem::Skip => {
                    let det = self
                        .toks
                        .get(pos)
                        .is_some_and(|t| DETERMINERS.contains(&t.up.as_str()));
                    match self
                        .mentions
                        .iter()
                        .find(|m| m.start == pos || (det && m.start == pos + 1))
                    {
                        Some(m) => pos = m.end,
                        None => pos = (pos + 1).min(ce),
                    }
                }
                slot => {
                    let m = self.mentions.iter().position(|m| {
                        m.start >= pos && m.end <= ce && (!adjacent || m.start == pos)
                    })?;
                    b.bind(slot, m);
                    pos = self.mentions[m].end;
                }
            }
            adjacent = item.joined;
        }
        // Left of the verb, toward the start.
        let mut pos = vs;
        for item in p.left.iter().rev() {
            let adjacent = item.joined;
            match &item.elem {
                PElem::Words(alts) => {
                    // Joined to what follows: the alternative must end right at `pos`.
                    let longest = alts.iter().map(Vec::len).max().unwrap_or(1);
                    let lowest = if adjacent {
                        pos.saturating_sub(longest).max(cs)
                    } else {
                        cs
                    };
                    let j = (lowest..pos).rev().find(|&j| {
                        alts.iter().any(|a| {
                            j + a.len() <= pos
                                && (!adjacent || j + a.len() == pos)
                                && self.words_at(a, j)
                        })
                    })?;
                    pos = j;
                }
                PElem::Skip => match self.mentions.iter().rfind(|m| m.end == pos) {
                    Some(m) => pos = m.start,
                    None => pos = pos.saturating_sub(1).max(cs),
                },
                slot => {
                    let m = self.mentions.iter().rposition(|m| {
                        m.end <= pos && m.start >= cs && (!adjacent || m.end == pos)
                    })?;
                    b.bind(slot, m);
                    pos = self.mentions[m].start;
                }
            }
        }
        Some(b)
    }
}

enum Verdict {
    /// The verb gives no code: try the next verb of the clause.
    Next,
    /// A `[---]` pattern matched: the clause codes nothing.
    Blocked,
    Coded(Vec<CodedEvent>),
}

#[derive(Debug, Default, Clone, Copy)]
struct Binding {
    source: Option<usize>,
    target: Option<usize>,
    compound: Option<usize>,
}

impl Binding {
    fn bind(&mut self, slot: &PElem, m: usize) {
        match slot {
            PElem::Target => self.target = Some(m),
            PElem::Source => self.source = Some(m),
            PElem::Compound => self.compound = Some(m),
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{FileKind, LoadOptions};

    fn coder(verbs: &str, actors: &str, agents: &str) -> Coder {
        let mut d = Dictionaries::default();
        let o = LoadOptions::default();
        d.add_source(FileKind::Verbs, "v.verbs.txt", verbs, o)
            .unwrap();
        d.add_source(FileKind::Actors, "a.actors.txt", actors, o)
            .unwrap();
        d.add_source(FileKind::Agents, "g.agents.txt", agents, o)
            .unwrap();
        Coder::new(&d)
    }

    fn triples(c: &Coder, text: &str) -> Vec<(String, String, String)> {
        let mut v: Vec<_> = c
            .code_sentence(text, Date::parse("19950101"))
            .into_iter()
            .map(|e| (e.source, e.target, e.code))
            .collect();
        v.sort();
        v
    }

    fn t(s: &str, t: &str, c: &str) -> (String, String, String) {
        (s.into(), t.into(), c.into())
    }

    const ACTORS: &str = "ARNOR [ARN]\nGONDOR [GON]\n+MINAS_TIRITH\nOSGILIATH [OSG]\n";
    const AGENTS: &str = "GOVERNMENT [~GOV]\nSOLDIER [~MIL]\nMSF {} [NGO~]\n";

    #[test]
    fn tokens_split_clitics() {
        let toks: Vec<String> = tokenize("Arnor's troops didn't go, anti- Gondor.")
            .into_iter()
            .map(|t| t.up)
            .collect();
        assert_eq!(
            toks,
            ["ARNOR", "'S", "TROOPS", "DID", "N'T", "GO", ",", "ANTI-", "GONDOR", "."]
        );
    }

    #[test]
    fn default_roles_and_patterns() {
        let c = coder(
            "--- RESTORE [064] ---\nRESTORE\n- * TIES [065]\n- * FULL_TIES [066]\n- NOT * [---]\n",
            ACTORS,
            AGENTS,
        );
        // Expected codings written before running: the gapped pattern, the adjacent
        // one, the default, and a blocking pattern.
        assert_eq!(
            triples(&c, "Arnor will restore diplomatic ties with Gondor."),
            [t("ARN", "GON", "065")]
        );
        assert_eq!(
            triples(&c, "Arnor restored full ties with Minas Tirith."),
            [t("ARN", "GON", "066")]
        );
        assert_eq!(
            triples(&c, "Arnor is restoring order in Gondor."),
            [t("ARN", "GON", "064")]
        );
        assert!(triples(&c, "Arnor will not restore order in Gondor.").is_empty());
        assert!(
            triples(&c, "Arnor restores order.").is_empty(),
            "no target, no event"
        );
        let e = &c.code_sentence("Arnor will restore ties with Gondor.", None)[0];
        assert_eq!(e.rule, "v.verbs.txt:3: * TIES");
        assert_eq!(e.verb_span, (11, 18));
    }

    #[test]
    fn roles_from_pattern_marks_and_passives() {
        let c = coder(
            "--- FREE [066] ---\nFREE\n- + * FROM $ [067]\n--- OPPOSE [112] ---\nOPPOSE\n\
             --- AGREE [081] ---\nAGREE\n- % * [030:030]\n- * WITH % [031]\n",
            ACTORS,
            AGENTS,
        );
        assert_eq!(
            triples(&c, "Arnor was freed from Osgiliath."),
            [t("OSG", "ARN", "067")]
        );
        assert_eq!(
            triples(&c, "Arnor was opposed by Osgiliath."),
            [t("OSG", "ARN", "112")]
        );
        assert_eq!(
            triples(&c, "Arnor and Gondor agreed."),
            [t("ARN", "GON", "030"), t("GON", "ARN", "030")]
        );
        assert_eq!(
            triples(&c, "Osgiliath agrees with Arnor and Gondor."),
            [t("OSG", "ARN", "031"), t("OSG", "GON", "031")]
        );
    }

    #[test]
    fn agents_compounds_and_paired_codes() {
        let c = coder("--- ARRIVE [032:033] ---\nARRIVE\n", ACTORS, AGENTS);
        assert_eq!(
            triples(&c, "The Arnor government arrived in Gondor."),
            [t("ARNGOV", "GON", "032"), t("GON", "ARNGOV", "033")]
        );
        assert_eq!(
            triples(&c, "Soldiers from Arnor and Osgiliath arrived in Gondor."),
            [
                t("ARNMIL", "GON", "032"),
                t("GON", "ARNMIL", "033"),
                t("GON", "OSGMIL", "033"),
                t("OSGMIL", "GON", "032"),
            ]
        );
        assert_eq!(
            triples(&c, "MSF Arnor arrived in Gondor's government."),
            [t("GONGOV", "NGOARN", "033"), t("NGOARN", "GONGOV", "032")]
        );
    }

    #[test]
    fn dated_codes_follow_the_publication_date() {
        let c = coder(
            "--- MEET [031] ---\nMEET {MET}\n",
            "GOLLUM\n+SMEAGOL\n[HOB < 950601]\n[HOBGOV 19950601-19990815]\nGONDOR [GON]\n",
            "",
        );
        let on = |d: &str| {
            c.code_sentence("Smeagol met Gondor.", Date::parse(d))
                .into_iter()
                .map(|e| e.source)
                .collect::<Vec<_>>()
        };
        assert_eq!(on("19950101"), ["HOB"]);
        assert_eq!(on("19960101"), ["HOBGOV"]);
    }

    #[test]
    fn synsets_and_discards() {
        let mut d = Dictionaries::default();
        let o = LoadOptions::default();
        d.add_source(
            FileKind::Verbs,
            "v.verbs.txt",
            "&MONEY\n+DOLLARS\n+SWISS FRANCS\n--- GIVE [070] ---\nGIVE\n- * &MONEY [071]\n",
            o,
        )
        .unwrap();
        d.add_source(FileKind::Actors, "a.actors.txt", ACTORS, o)
            .unwrap();
        d.add_source(FileKind::Discards, "d.discards.txt", "BASEBALL\n", o)
            .unwrap();
        let c = Coder::new(&d);
        assert_eq!(
            triples(&c, "Arnor will give swiss francs to Gondor."),
            [t("ARN", "GON", "071")]
        );
        assert_eq!(
            triples(&c, "Arnor gives swiss cheese to Gondor."),
            [t("ARN", "GON", "070")]
        );
        assert!(triples(&c, "Arnor gives baseball bats to Gondor.").is_empty());
    }
}

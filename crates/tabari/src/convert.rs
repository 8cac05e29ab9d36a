//! Conversion into sitrep's own formats: the actor block format of `sitrep-actors` and
//! the event pattern format of `sitrep-lexicon` (`events.txt`). What cannot be written in
//! those formats is listed in the [`ImportReport`], entry by entry, with the reason.
//! See `docs/TABARI.md` for what each construct becomes.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt::Write as _;

use sitrep_actors::{ActorDictionary, ActorKind};
use sitrep_lexicon::Ontology;

use crate::actors::{ActorEntry, ActorFile, Date, DateRestriction, Phrase};
use crate::agents::AgentFile;
use crate::verbs::{Code, Elem, Family, Token, VerbFile, VerbPattern};
use crate::Dictionaries;

/// An entry that was not converted, or converted with a loss.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    pub file: String,
    pub line: usize,
    /// The entry as written (abridged).
    pub entry: String,
    pub reason: String,
}

impl std::fmt::Display for Note {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}:{}: `{}`: {}",
            self.file, self.line, self.entry, self.reason
        )
    }
}

/// What the conversion could not represent (`skipped`) or represented with a loss
/// (`approximated`), with counts.
#[derive(Debug, Clone, Default)]
pub struct ImportReport {
    /// Entries (or parts of entries) not converted.
    pub skipped: Vec<Note>,
    /// Entries converted with a documented loss of meaning.
    pub approximated: Vec<Note>,
    pub actors_read: usize,
    pub actor_blocks_written: usize,
    pub agents_read: usize,
    pub roles_written: usize,
    pub patterns_read: usize,
    pub verbs_read: usize,
    pub pattern_lines_written: usize,
    /// Actor names TABARI would read with gaps between words or as word stems; sitrep
    /// matches them as whole adjacent words (counted, not listed: they are most names).
    pub names_with_gaps: usize,
    pub names_as_stems: usize,
}

impl ImportReport {
    /// Reasons with their counts, most frequent first (for a summary).
    pub fn reason_counts(&self) -> Vec<(String, usize)> {
        let mut counts: BTreeMap<String, usize> = BTreeMap::new();
        for n in &self.skipped {
            *counts
                .entry(format!("skipped: {}", reason_class(&n.reason)))
                .or_default() += 1;
        }
        for n in &self.approximated {
            *counts
                .entry(format!("approximated: {}", reason_class(&n.reason)))
                .or_default() += 1;
        }
        let mut v: Vec<(String, usize)> = counts.into_iter().collect();
        v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        v
    }
}

/// The reason without the entry-specific part after the first ':' or '('.
fn reason_class(reason: &str) -> &str {
    let cut = reason.find([':', '(', '`']).unwrap_or(reason.len());
    reason[..cut].trim()
}

/// The converted dictionaries, as file contents in sitrep's formats.
#[derive(Debug, Clone, Default)]
pub struct Converted {
    /// Actor blocks (countries, organisations, people, `!ignore` forms).
    pub actors: String,
    /// Role blocks from the agent dictionaries.
    pub roles: String,
    /// Event patterns.
    pub events: String,
    pub report: ImportReport,
}

impl Converted {
    /// `(file name, content)` pairs as `sitrep dictionary import` writes them.
    pub fn files(&self) -> Vec<(&'static str, &str)> {
        vec![
            ("petrarch-actors.txt", self.actors.as_str()),
            ("petrarch-roles.txt", self.roles.as_str()),
            ("petrarch-events.txt", self.events.as_str()),
        ]
    }
}

impl Converted {
    /// Compiles the converted files with sitrep's own parsers (the actor files after the
    /// built-in ones when `with_builtin`), so that a converted set is known to load.
    pub fn check(&self, with_builtin: bool) -> Result<(), String> {
        let mut builder = ActorDictionary::builder();
        if with_builtin {
            builder = builder.with_builtin();
        }
        builder
            .add_source("petrarch-actors.txt", self.actors.clone())
            .add_source("petrarch-roles.txt", self.roles.clone())
            .build()
            .map_err(|e| e.to_string())?;
        sitrep_lexicon::EventLexicon::from_source("petrarch-events.txt", &self.events)
            .map_err(|e| e.to_string())?;
        Ok(())
    }
}

/// How actor date restrictions are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Tenure {
    /// One entry per period with `from:`/`to:` keys (sitrep-actors resolves a name
    /// against the document's publication date).
    #[default]
    FromTo,
    /// No dates: the undated code, else the latest one, at all dates (the loss is
    /// reported). For consumers of the converted files that ignore tenures.
    Undated,
}

#[derive(Debug, Clone, Copy, Default)]
pub struct ConvertOptions {
    pub tenure: Tenure,
}

/// Converts everything loaded into sitrep's formats.
pub fn convert(dicts: &Dictionaries, options: ConvertOptions) -> Converted {
    let mut report = ImportReport::default();
    let actors = convert_actors(&dicts.actors, options, &mut report);
    let roles = convert_agents(&dicts.agents, &mut report);
    let events = convert_verbs(&dicts.verbs, &mut report);
    for d in &dicts.discards {
        for e in &d.entries {
            report.skipped.push(Note {
                file: d.file.clone(),
                line: e.line,
                entry: e.phrase.clone(),
                reason: if e.story {
                    "story discard: sitrep has no list of phrases that discard a story".into()
                } else {
                    "sentence discard: sitrep has no list of phrases that discard a sentence".into()
                },
            });
        }
    }
    for i in &dicts.issues {
        for e in &i.entries {
            report.skipped.push(Note {
                file: i.file.clone(),
                line: e.line,
                entry: e.phrase.clone(),
                reason: format!(
                    "issue coding ({}): sitrep records have no issue field",
                    e.category
                ),
            });
        }
    }
    for v in &dicts.verbs {
        for c in &v.combinations {
            report.skipped.push(Note {
                file: v.file.clone(),
                line: c.line,
                entry: c.raw.clone(),
                reason: "verb combination rule: sitrep frames events inside reporting and intent verbs by its own rules".into(),
            });
        }
    }
    Converted {
        actors,
        roles,
        events,
        report,
    }
}

// ---------------------------------------------------------------------------------------
// Actors
// ---------------------------------------------------------------------------------------

const FUNCTION_WORDS: &[&str] = &[
    "of", "the", "and", "for", "in", "on", "to", "at", "by", "de", "du", "des", "del", "la", "le",
    "von", "van", "da", "bin", "ibn", "a",
];

/// A TABARI name (upper case) as a sitrep form. sitrep requires the capitals of a form
/// to be capitals in the text and lets its lower-case letters match either case, so
/// names are written in title case, which matches "Arnor" and "ARNOR" (and "Uae" matches
/// "UAE"); function words are lower case so that they match in any case ("the AU",
/// "Group of 77"); dotted abbreviations (U.S.) stay as written.
pub fn actor_form(phrase: &Phrase) -> Result<String, String> {
    let mut words = Vec::with_capacity(phrase.words.len());
    for w in &phrase.words {
        let lower = w.to_lowercase();
        let word = if FUNCTION_WORDS.contains(&lower.as_str()) {
            lower
        } else if w.contains('.') {
            w.clone()
        } else {
            title_case(w)
        };
        words.push(word);
    }
    let form = words.join(" ");
    if form.contains('\u{FFFD}') {
        return Err(format!(
            "name `{}` is not valid UTF-8 in the file (Latin-1?)",
            phrase.raw
        ));
    }
    if form.contains([';', '|', '=', '"']) {
        return Err(format!(
            "name `{}` contains a character sitrep's actor format reserves (; | = \")",
            phrase.raw
        ));
    }
    if !form.chars().next().is_some_and(char::is_alphanumeric) {
        return Err(format!(
            "name `{}` does not start with a letter or digit",
            phrase.raw
        ));
    }
    Ok(form)
}

/// Title case that also capitalises after `-` and `'` ("Al-Qaeda", "O'Neill").
fn title_case(w: &str) -> String {
    let mut out = String::with_capacity(w.len());
    let mut start = true;
    for c in w.chars() {
        if start {
            out.extend(c.to_uppercase());
        } else {
            out.extend(c.to_lowercase());
        }
        start = matches!(c, '-' | '/');
    }
    out
}

/// Codes that do not name an actor: `---` is PETRARCH's "known name, do not code".
fn is_null_code(code: &str) -> bool {
    code.chars().all(|c| c == '-')
}

/// Checks an actor code for sitrep and splits it into (code, sector, full).
fn split_actor_code(code: &str) -> Result<(String, Option<String>, String), String> {
    let up = code.to_uppercase();
    if up.contains('/') {
        return Err(format!(
            "code `{code}` names several actors at once: sitrep entries have one code"
        ));
    }
    if up.len() < 3 || up.len() > 15 || !up.bytes().all(|b| b.is_ascii_alphanumeric()) {
        return Err(format!(
            "code `{code}` is not a CAMEO actor code (3-15 letters or digits)"
        ));
    }
    let head = &up[..3];
    if !head.bytes().all(|b| b.is_ascii_uppercase()) {
        return Err(format!(
            "code `{code}` does not start with a three-letter country or organisation code"
        ));
    }
    // Country + role codes are CODE+SECTOR(+...); IGO/NGO/IMG/MNC codes go on with an
    // organisation tag, not a sector.
    let sector = if up.len() >= 6
        && !matches!(head, "IGO" | "NGO" | "IMG" | "MNC")
        && up[3..6].bytes().all(|b| b.is_ascii_uppercase())
    {
        Some(up[3..6].to_string())
    } else {
        None
    };
    Ok((head.to_string(), sector, up))
}

/// The periods of an entry's codes as PETRARCH resolves them (the first restricted code
/// whose dates hold, else the undated code), as disjoint inclusive ranges with the code.
pub fn tenure_periods(entry: &ActorEntry) -> Vec<(Option<Date>, Option<Date>, String)> {
    let mut points: Vec<Date> = Vec::new();
    for c in &entry.codes {
        let (from, to) = c.when.bounds();
        points.extend(from);
        points.extend(to.map(Date::next_day));
    }
    points.sort();
    points.dedup();
    // Elementary periods: (-inf, p0), [p0, p1), ..., [pn, +inf).
    let mut periods: Vec<(Option<Date>, Option<Date>, Option<String>)> = Vec::new();
    let mut push = |from: Option<Date>, to: Option<Date>, probe: Date| {
        let code = entry.code_on(probe).map(str::to_string);
        match periods.last_mut() {
            Some(last) if last.2 == code => last.1 = to,
            _ => periods.push((from, to, code)),
        }
    };
    match points.first() {
        None => push(None, None, Date(20000101)),
        Some(&first) => {
            push(None, Some(first.previous_day()), first.previous_day());
            for w in points.windows(2) {
                push(Some(w[0]), Some(w[1].previous_day()), w[0]);
            }
            let last = *points.last().expect("nonempty");
            push(Some(last), None, last);
        }
    }
    periods
        .into_iter()
        .filter_map(|(f, t, c)| c.map(|c| (f, t, c)))
        .collect()
}

/// The code to use when dates cannot be written: the undated code, else the one with
/// the latest start.
fn undated_choice(entry: &ActorEntry) -> Option<&str> {
    entry
        .codes
        .iter()
        .find(|c| c.when == DateRestriction::Always)
        .or_else(|| {
            entry.codes.iter().max_by_key(|c| match c.when.bounds() {
                (Some(from), _) => from.0,
                (None, Some(_)) => 0,
                (None, None) => u32::MAX,
            })
        })
        .map(|c| c.code.as_str())
}

struct ActorWriter<'a> {
    builtin: &'a ActorDictionary,
    used_ids: HashSet<String>,
    countries: BTreeMap<String, Vec<String>>,
    orgs: String,
    ignore: Vec<String>,
}

impl ActorWriter<'_> {
    /// A fresh organisation id for `name` that clashes neither with ids written so far
    /// nor with a built-in entry (extending a built-in of another kind is an error).
    fn org_id(&mut self, name: &str) -> String {
        let base: String = name
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() {
                    c.to_ascii_uppercase()
                } else {
                    '-'
                }
            })
            .collect::<String>()
            .split('-')
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join("-");
        let base = if base.is_empty() {
            "ACTOR".into()
        } else {
            base
        };
        let base = format!("PETR-{base}");
        let mut id = base.clone();
        let mut n = 2;
        while self.used_ids.contains(&id) || self.builtin.by_id(&id).is_some() {
            id = format!("{base}-{n}");
            n += 1;
        }
        self.used_ids.insert(id.clone());
        id
    }
}

fn convert_actors(
    files: &[ActorFile],
    options: ConvertOptions,
    report: &mut ImportReport,
) -> String {
    let mut w = ActorWriter {
        builtin: ActorDictionary::builtin(),
        used_ids: HashSet::new(),
        countries: BTreeMap::new(),
        orgs: String::new(),
        ignore: Vec::new(),
    };
    for f in files {
        for e in &f.entries {
            report.actors_read += 1;
            convert_actor(f, e, options, &mut w, report);
        }
    }
    let mut out = String::from(
        "# Converted from TABARI/PETRARCH actor dictionaries by `sitrep dictionary import`.\n\
         # Format: see the sitrep-actors crate docs; conversion rules: docs/TABARI.md.\n\n",
    );
    if !w.countries.is_empty() {
        out.push_str("@kind country\n\n");
        for (code, names) in &w.countries {
            report.actor_blocks_written += 1;
            let _ = writeln!(out, "[{code}]");
            for chunk in names.chunks(8) {
                let _ = writeln!(out, "name: {}", chunk.join("; "));
            }
            out.push('\n');
        }
    }
    if !w.orgs.is_empty() {
        out.push_str("@kind organization\n\n");
        out.push_str(&w.orgs);
    }
    if !w.ignore.is_empty() {
        // Names coded `---` are recognised and then dropped: they block shorter names
        // inside them, as PETRARCH's null codes do.
        out.push_str("[!ignore]\n");
        for chunk in w.ignore.chunks(8) {
            let _ = writeln!(out, "form: {}", chunk.join("; "));
        }
    }
    out
}

fn convert_actor(
    f: &ActorFile,
    e: &ActorEntry,
    options: ConvertOptions,
    w: &mut ActorWriter,
    report: &mut ImportReport,
) {
    let name = e.names[0].raw.clone();
    let note = |reason: String| Note {
        file: f.file.clone(),
        line: e.line,
        entry: name.clone(),
        reason,
    };
    let mut forms = Vec::new();
    for p in &e.names {
        if p.gaps {
            report.names_with_gaps += 1;
        }
        if p.stem {
            report.names_as_stems += 1;
        }
        match actor_form(p) {
            Ok(form) => {
                if !forms.contains(&form) {
                    forms.push(form)
                }
            }
            Err(reason) => report.skipped.push(note(reason)),
        }
    }
    if forms.is_empty() {
        return;
    }
    let dated = e.codes.iter().any(|c| c.when != DateRestriction::Always);
    // (from, to, code) periods to write.
    let periods: Vec<(Option<Date>, Option<Date>, String)> = if !dated {
        let undated: Vec<&str> = e.codes.iter().map(|c| c.code.as_str()).collect();
        if undated.len() > 1 {
            report.approximated.push(note(format!(
                "several undated codes ({}): the first is used",
                undated.join(", ")
            )));
        }
        vec![(None, None, undated[0].to_string())]
    } else if options.tenure == Tenure::FromTo {
        tenure_periods(e)
    } else {
        let chosen = undated_choice(e).unwrap_or("---").to_string();
        report.approximated.push(note(format!(
            "date restrictions not represented: code `{chosen}` is used at all dates"
        )));
        vec![(None, None, chosen)]
    };
    for (from, to, code) in periods {
        if is_null_code(&code) {
            if from.is_none() && to.is_none() {
                w.ignore.extend(forms.iter().cloned());
            }
            // A dated null code is a period in which the name is not coded: no entry.
            continue;
        }
        if code == "+++" {
            report
                .skipped
                .push(note("code `+++` has no meaning in sitrep".into()));
            continue;
        }
        let (head, sector, full) = match split_actor_code(&code) {
            Ok(x) => x,
            Err(reason) => {
                report.skipped.push(note(reason));
                continue;
            }
        };
        let bare = full.len() == 3 && from.is_none() && to.is_none();
        // A bare three-letter code becomes (or extends) a country entry, unless a
        // built-in entry of another kind already uses that id.
        let builtin_kind = w.builtin.by_id(&full).map(|id| w.builtin.entry(id).kind);
        if bare && matches!(builtin_kind, None | Some(ActorKind::Country)) {
            let names = w.countries.entry(full.clone()).or_default();
            for form in &forms {
                if !names.contains(form) {
                    names.push(form.clone());
                }
            }
            continue;
        }
        let id = w.org_id(&e.names[0].text());
        report.actor_blocks_written += 1;
        let _ = writeln!(w.orgs, "[{id}]");
        for chunk in forms.chunks(8) {
            let _ = writeln!(w.orgs, "name: {}", chunk.join("; "));
        }
        let mut fields = vec![format!("code: {head}")];
        if let Some(s) = &sector {
            fields.push(format!("sector: {s}"));
        }
        // The full code only when code + sector do not already spell it.
        if full != format!("{head}{}", sector.as_deref().unwrap_or("")) {
            fields.push(format!("cameo: {full}"));
        }
        if let Some(d) = from {
            fields.push(format!("from: {}", d.iso()));
        }
        if let Some(d) = to {
            fields.push(format!("to: {}", d.iso()));
        }
        let _ = writeln!(w.orgs, "{}", fields.join(" | "));
        let _ = writeln!(w.orgs, "# {}:{}\n", f.file, e.line);
    }
}

// ---------------------------------------------------------------------------------------
// Agents
// ---------------------------------------------------------------------------------------

fn convert_agents(files: &[AgentFile], report: &mut ImportReport) -> String {
    let mut out = String::from(
        "# Converted from TABARI/PETRARCH agent dictionaries by `sitrep dictionary import`.\n\
         # Role nouns: sitrep combines them with a nearby country or organisation.\n\n@kind role\n\n",
    );
    let mut seen: HashSet<String> = HashSet::new();
    for f in files {
        for a in &f.entries {
            report.agents_read += 1;
            let note = |reason: String| Note {
                file: f.file.clone(),
                line: a.line,
                entry: a.raw.clone(),
                reason,
            };
            let code = a.code.to_uppercase();
            if code.len() < 3 || !code[..3].bytes().all(|b| b.is_ascii_uppercase()) {
                report.skipped.push(note(format!(
                    "agent code `{}` does not start with a three-letter sector",
                    a.code
                )));
                continue;
            }
            let lower = |v: &[String]| -> Vec<String> {
                v.iter()
                    .map(|s| s.to_lowercase())
                    .filter(|s| {
                        !s.contains([';', '|', '=', '"', '[', ']', ':'])
                            && s.chars().next().is_some_and(char::is_alphanumeric)
                    })
                    .collect()
            };
            let singular = lower(&a.singular);
            let plural = lower(&a.plural);
            let Some(id) = singular.first().cloned() else {
                report.skipped.push(note("no usable form".into()));
                continue;
            };
            // A second entry for the same noun (another plural, "attorneys generals")
            // extends the first in sitrep: only one block per id and file is allowed.
            if !seen.insert(id.clone()) {
                report.skipped.push(note(format!(
                    "duplicate agent: `{id}` is already defined above; sitrep keeps the first definition"
                )));
                continue;
            }
            let _ = writeln!(out, "[{id}]");
            let _ = writeln!(out, "singular: {}", singular.join("; "));
            if !plural.is_empty() {
                let _ = writeln!(out, "plural: {}", plural.join("; "));
            }
            let head = &code[..3];
            if a.prefix {
                // `NGO~`: the agent names the kind of organisation, which comes first.
                let _ = writeln!(out, "code: {head}");
            } else {
                let _ = writeln!(out, "sector: {head}");
            }
            if code.len() > 3 {
                report.approximated.push(note(format!(
                    "agent code `{code}` is longer than a sector: only `{head}` is kept"
                )));
            }
            let _ = writeln!(out, "# {}:{}\n", f.file, a.line);
            report.roles_written += 1;
        }
    }
    out
}

// ---------------------------------------------------------------------------------------
// Verbs
// ---------------------------------------------------------------------------------------

/// Prepositions sitrep accepts as recipient slots (see the sitrep-lexicon docs).
const SLOT_PREPS: &[&str] = &[
    "with", "to", "on", "against", "for", "from", "of", "at", "in", "into", "over", "toward",
    "towards", "upon", "about", "between", "among", "across", "onto",
];

/// Where TABARI looks for a target when a pattern has no `+`: the first actor after the
/// verb. sitrep's nearest equivalent is a preference list of slots.
const DEFAULT_SLOTS: &str = "obj|with|to|against|on|at|for|from|in|into|toward|over";

/// Words that carry no meaning as object keywords.
const STOP_WORDS: &[&str] = &["a", "an", "the"];

/// The largest number of alternatives one keyword may expand to (synset products).
const MAX_ALTERNATIVES: usize = 200;

fn valid_word(w: &str) -> bool {
    !w.is_empty()
        && w.bytes().all(|b| {
            b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'\'' || b == b'.'
        })
}

/// Expands a synset to its members, each a list of lowercase words.
fn synset_members(
    name: &str,
    synsets: &HashMap<String, Vec<String>>,
    depth: usize,
) -> Result<Vec<Vec<String>>, String> {
    let members = synsets
        .get(name)
        .ok_or_else(|| format!("unknown synset `&{name}`"))?;
    if depth > 8 {
        return Err(format!("synset `&{name}` nests too deeply"));
    }
    let mut out = Vec::new();
    for m in members {
        let m = m.trim();
        if let Some(inner) = m.strip_prefix('&') {
            let inner = inner.trim_end_matches('_').to_uppercase();
            out.extend(synset_members(&inner, synsets, depth + 1)?);
            continue;
        }
        let words: Vec<String> = m
            .split(|c: char| c == '_' || c.is_whitespace())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect();
        if !words.is_empty() {
            out.push(words);
        }
    }
    Ok(out)
}

/// One element as alternatives, each a list of words.
fn alternatives(
    token: &Token,
    synsets: &HashMap<String, Vec<String>>,
) -> Result<Vec<Vec<String>>, String> {
    match token {
        Token::Word(w) => Ok(vec![vec![w.to_lowercase()]]),
        Token::Synset(n) => synset_members(n, synsets, 0),
        _ => Err("not a word".into()),
    }
}

/// Cartesian product of a chain of `_`-joined elements: every way to spell it.
fn chain_alternatives(
    chain: &[&Token],
    synsets: &HashMap<String, Vec<String>>,
) -> Result<Vec<Vec<String>>, String> {
    let mut acc: Vec<Vec<String>> = vec![Vec::new()];
    for t in chain {
        let alts = alternatives(t, synsets)?;
        let mut next = Vec::new();
        for a in &acc {
            for b in &alts {
                let mut v = a.clone();
                v.extend(b.iter().cloned());
                next.push(v);
            }
        }
        if next.len() > MAX_ALTERNATIVES {
            return Err(format!(
                "expands to more than {MAX_ALTERNATIVES} alternatives"
            ));
        }
        acc = next;
    }
    for alt in &acc {
        if let Some(bad) = alt.iter().find(|w| !valid_word(w)) {
            return Err(format!(
                "word `{bad}` has characters sitrep's pattern format does not allow"
            ));
        }
    }
    Ok(acc)
}

/// A keyword group in sitrep syntax: `a|b|c_d`.
fn keyword_group(alts: &[Vec<String>]) -> String {
    let mut seen = Vec::new();
    for a in alts {
        let k = a.join("_");
        if !seen.contains(&k) {
            seen.push(k);
        }
    }
    seen.join("|")
}

/// The parts of a pattern line in sitrep syntax (without heads).
#[derive(Debug, Default)]
struct LineParts {
    before: Vec<String>,
    particles: Vec<String>,
    objects: Vec<String>,
    context: Vec<String>,
    slots: Vec<String>,
    losses: Vec<String>,
}

/// Splits a list of elements into `_`-joined chains.
fn chains(elems: &[Elem]) -> Vec<Vec<&Elem>> {
    let mut out: Vec<Vec<&Elem>> = Vec::new();
    let mut open = false;
    for e in elems {
        if open {
            out.last_mut().expect("open chain").push(e);
        } else {
            out.push(vec![e]);
        }
        open = e.joined;
    }
    out
}

fn is_word(t: &Token) -> bool {
    matches!(t, Token::Word(_) | Token::Synset(_))
}

/// Translates one pattern (its elements) into sitrep constraints.
fn translate_pattern(
    p: &VerbPattern,
    synsets: &HashMap<String, Vec<String>>,
) -> Result<LineParts, String> {
    let mut parts = LineParts::default();
    let verb_at = p
        .elems
        .iter()
        .position(|e| e.token == Token::Verb)
        .ok_or("no `*`")?;
    let (pre, post) = (&p.elems[..verb_at], &p.elems[verb_at + 1..]);
    if p.elems.iter().any(|e| e.token == Token::Compound) {
        return Err(
            "compound actor `%` (source and target are the parts of one conjoined subject): sitrep does not split a subject into two parties".into(),
        );
    }
    if pre.iter().any(|e| e.token == Token::Target) {
        return Err("target `+` before the verb: sitrep's recipient follows the verb".into());
    }
    if post.iter().any(|e| e.token == Token::Source) {
        return Err("source `$` after the verb: sitrep's actor is the verb's subject".into());
    }
    // Words joined to the verb by `_` right before it must precede it immediately.
    let mut k = verb_at;
    while k > 0 && pre[k - 1].joined && is_word(&pre[k - 1].token) {
        k -= 1;
    }
    for e in &pre[k..] {
        let alts = alternatives(&e.token, synsets)?;
        if alts.iter().any(|a| a.len() != 1) {
            return Err("a multi-word synset right before the verb".into());
        }
        let words: Vec<String> = alts.into_iter().map(|mut a| a.remove(0)).collect();
        if let Some(bad) = words.iter().find(|w| !valid_word(w)) {
            return Err(format!(
                "word `{bad}` has characters sitrep's pattern format does not allow"
            ));
        }
        parts.before.push(dedup_join(&words));
    }
    // Other words before the verb: TABARI wanted them between subject and verb; sitrep
    // can only ask for them somewhere in the sentence.
    for chain in chains(&pre[..k]) {
        let tokens: Vec<&Token> = chain.iter().map(|e| &e.token).collect();
        if !tokens.iter().all(|t| is_word(t)) {
            continue; // `$` and `^` before the verb need nothing.
        }
        let alts = chain_alternatives(&tokens, synsets)?;
        parts.context.push(keyword_group(&alts));
        parts.losses.push(format!(
            "words before the verb ({}) are looked for anywhere in the sentence",
            keyword_group(&alts)
        ));
    }
    // Words joined to the verb by `_` right after it are particles.
    let verb_joined = p.elems[verb_at].joined;
    let mut rest = post;
    if verb_joined {
        let mut n = 0;
        while n < post.len() && is_word(&post[n].token) {
            n += 1;
            if !post[n - 1].joined {
                break;
            }
        }
        for e in &post[..n] {
            let alts = alternatives(&e.token, synsets)?;
            if alts.iter().any(|a| a.len() != 1) {
                return Err("a multi-word synset right after the verb".into());
            }
            let words: Vec<String> = alts.into_iter().map(|mut a| a.remove(0)).collect();
            if let Some(bad) = words.iter().find(|w| !valid_word(w)) {
                return Err(format!(
                    "word `{bad}` has characters sitrep's pattern format does not allow"
                ));
            }
            parts.particles.push(dedup_join(&words));
        }
        rest = &post[n..];
    }
    translate_after(rest, synsets, &mut parts)?;
    Ok(parts)
}

fn dedup_join(words: &[String]) -> String {
    let mut seen: Vec<&str> = Vec::new();
    for w in words {
        if !seen.contains(&w.as_str()) {
            seen.push(w);
        }
    }
    seen.join("|")
}

/// Elements after the verb (and its particles): object keywords and the target slot.
fn translate_after(
    elems: &[Elem],
    synsets: &HashMap<String, Vec<String>>,
    parts: &mut LineParts,
) -> Result<(), String> {
    let cs = chains(elems);
    for (i, chain) in cs.iter().enumerate() {
        let tokens: Vec<&Token> = chain.iter().map(|e| &e.token).collect();
        match tokens.as_slice() {
            [Token::Target] => {
                // The target: the object of the preposition right before it, else the
                // direct object.
                let prep = i
                    .checked_sub(1)
                    .and_then(|j| match cs[j].last().map(|e| &e.token) {
                        Some(Token::Word(w)) if SLOT_PREPS.contains(&w.to_lowercase().as_str()) => {
                            Some(w.to_lowercase())
                        }
                        _ => None,
                    });
                let slot = prep.clone().unwrap_or_else(|| "obj".into());
                if let Some(p) = &prep {
                    // The preposition was taken as a keyword; it is the slot instead.
                    if parts.objects.last() == Some(p) {
                        parts.objects.pop();
                    }
                }
                if !parts.slots.contains(&slot) {
                    parts.slots.push(slot);
                }
            }
            [Token::Skip] | [Token::Source] => {}
            [Token::PrepPhrase(inner)] => {
                let words: Vec<&Elem> = inner.iter().collect();
                let prep = match words.first().map(|e| &e.token) {
                    Some(Token::Word(w)) => w.to_lowercase(),
                    _ => {
                        return Err("a prepositional phrase `(...)` without its preposition".into())
                    }
                };
                if words.len() == 1 {
                    // `(TO)`: the target is the object of this preposition.
                    if SLOT_PREPS.contains(&prep.as_str()) {
                        if !parts.slots.contains(&prep) {
                            parts.slots.push(prep);
                        }
                    } else {
                        parts.objects.push(prep);
                    }
                    continue;
                }
                keywords_of(&inner[1..], synsets, parts)?;
            }
            [Token::NounPhrase(inner)] => keywords_of(inner, synsets, parts)?,
            _ if tokens.iter().all(|t| is_word(t)) => {
                let alts = chain_alternatives(&tokens, synsets)?;
                let alts: Vec<Vec<String>> = alts
                    .into_iter()
                    .filter(|a| !(a.len() == 1 && STOP_WORDS.contains(&a[0].as_str())))
                    .collect();
                if !alts.is_empty() {
                    parts.objects.push(keyword_group(&alts));
                }
            }
            _ => return Err(
                "a target, source or skip joined by `_` to words: sitrep keywords are words only"
                    .into(),
            ),
        }
    }
    Ok(())
}

/// Keywords of a noun phrase `{...}` or the words of a `(...)` after its preposition:
/// adjacent words form one multi-word keyword.
fn keywords_of(
    elems: &[Elem],
    synsets: &HashMap<String, Vec<String>>,
    parts: &mut LineParts,
) -> Result<(), String> {
    let mut words: Vec<&Token> = Vec::new();
    for e in elems {
        match &e.token {
            t @ (Token::Word(_) | Token::Synset(_)) => words.push(t),
            Token::NounPhrase(inner) | Token::PrepPhrase(inner) => {
                keywords_of(inner, synsets, parts)?
            }
            Token::Skip => {}
            Token::Target => {
                return Err("a target `+` inside a phrase group".into());
            }
            _ => return Err("a source or verb marker inside a phrase group".into()),
        }
    }
    let words: Vec<&Token> = words
        .into_iter()
        .filter(|t| !matches!(t, Token::Word(w) if STOP_WORDS.contains(&w.to_lowercase().as_str())))
        .collect();
    if !words.is_empty() {
        let alts = chain_alternatives(&words, synsets)?;
        parts.objects.push(keyword_group(&alts));
    }
    Ok(())
}

/// Checks an event code for sitrep's lexicon: a CAMEO code with a PLOVER category.
fn event_code(code: &Code, ontology: &Ontology) -> Result<String, String> {
    let Some(forward) = &code.forward else {
        return Err(match &code.reverse {
            Some(r) => format!("only a reverse (target -> source) code `[:{r}]`: sitrep codes events from their actor"),
            None => "null code `[---]` (PETRARCH matches it to block the verb's other codes): sitrep has no blocking patterns".into(),
        });
    };
    match ontology.cameo(forward) {
        None => Err(format!(
            "event code `{forward}` is not a CAMEO code (WEIS or local codes cannot be coded)"
        )),
        Some(c) if c.plover.is_none() => Err(format!(
            "event code `{forward}` has no PLOVER category (CAMEO 01x statements are not coded by sitrep)"
        )),
        Some(_) => Ok(forward.clone()),
    }
}

/// A verb as sitrep head alternatives: `(before words, head with its particles)`.
fn verb_heads(family: &Family) -> Vec<(Vec<String>, String, usize, Option<&Code>)> {
    family
        .verbs
        .iter()
        .filter_map(|v| {
            let words: Vec<String> = v.words.iter().map(|w| w.to_lowercase()).collect();
            if !words.iter().all(|w| valid_word(w)) {
                return None;
            }
            let before = words[..v.head].to_vec();
            let head = words[v.head..].join("_");
            Some((before, head, v.line, v.code.as_ref()))
        })
        .collect()
}

struct EventWriter<'a> {
    ontology: &'a Ontology,
    /// Lines grouped by code, in first-seen order of the codes.
    by_code: Vec<(String, Vec<String>)>,
    index: HashMap<String, usize>,
    /// (code, pattern without its origin comment) already written: distributions ship
    /// several editions of one dictionary (Phoenix: CAMEO.2.0 and CAMEO.verbpatterns),
    /// and a repeated pattern would only cost matching time.
    seen: HashSet<(String, String)>,
}

impl EventWriter<'_> {
    fn push(&mut self, code: &str, line: String) {
        let pattern = line.split("  # ").next().unwrap_or(&line).to_string();
        if !self.seen.insert((code.to_string(), pattern)) {
            return;
        }
        let i = *self.index.entry(code.to_string()).or_insert_with(|| {
            self.by_code.push((code.to_string(), Vec::new()));
            self.by_code.len() - 1
        });
        self.by_code[i].1.push(line);
    }
}

fn format_line(before: &[String], heads: &str, parts: &LineParts, origin: &str) -> String {
    let mut s = String::from("verb: ");
    // The pattern's words come first: the verb's own words ("wire" in "wire tap") are
    // next to its head.
    for b in parts.before.iter().chain(before) {
        s.push_str(b);
        s.push(' ');
    }
    if !before.is_empty() || !parts.before.is_empty() {
        s.push('*');
    }
    s.push_str(heads);
    for p in &parts.particles {
        s.push(' ');
        s.push_str(p);
    }
    for o in &parts.objects {
        s.push_str(" +");
        s.push_str(o);
    }
    for c in &parts.context {
        s.push_str(" ~");
        s.push_str(c);
    }
    s.push_str(" > ");
    if parts.slots.is_empty() {
        s.push_str(DEFAULT_SLOTS);
    } else {
        s.push_str(&parts.slots.join("|"));
    }
    s.push_str("  # ");
    s.push_str(origin);
    s
}

fn convert_verbs(files: &[VerbFile], report: &mut ImportReport) -> String {
    let mut w = EventWriter {
        ontology: Ontology::builtin(),
        by_code: Vec::new(),
        index: HashMap::new(),
        seen: HashSet::new(),
    };
    for f in files {
        let synsets: HashMap<String, Vec<String>> = f
            .synsets
            .iter()
            .map(|s| (s.name.clone(), s.members.clone()))
            .collect();
        for fam in &f.families {
            convert_family(f, fam, &synsets, &mut w, report);
        }
    }
    let mut out = String::from(
        "# Converted from TABARI/PETRARCH verb dictionaries by `sitrep dictionary import`.\n\
         # Format: see the sitrep-lexicon crate docs; conversion rules: docs/TABARI.md.\n\
         # Each line ends with the file:line of the pattern it came from.\n\n",
    );
    for (code, lines) in &w.by_code {
        let desc = w
            .ontology
            .cameo(code)
            .map(|c| c.description.as_str())
            .unwrap_or("");
        let _ = writeln!(out, "[{code}] {desc}");
        for l in lines {
            out.push_str(l);
            out.push('\n');
        }
        out.push('\n');
        report.pattern_lines_written += lines.len();
    }
    out
}

fn convert_family(
    f: &VerbFile,
    fam: &Family,
    synsets: &HashMap<String, Vec<String>>,
    w: &mut EventWriter,
    report: &mut ImportReport,
) {
    report.verbs_read += fam.verbs.len();
    let heads = verb_heads(fam);
    for v in &fam.verbs {
        if !v.words.iter().all(|x| valid_word(&x.to_lowercase())) {
            report.skipped.push(Note {
                file: f.file.clone(),
                line: v.line,
                entry: v.raw.clone(),
                reason: "verb has characters sitrep's pattern format does not allow".into(),
            });
        }
    }
    if heads.is_empty() {
        return;
    }
    // Verbs with words before the verb word ("WIRE_+TAP") need lines of their own; the
    // others share one line as head alternatives.
    let plain: Vec<&str> = heads
        .iter()
        .filter(|h| h.0.is_empty())
        .map(|h| h.1.as_str())
        .collect();
    let mut groups: Vec<(Vec<String>, String)> = Vec::new();
    if !plain.is_empty() {
        groups.push((
            Vec::new(),
            dedup_join(&plain.iter().map(|s| s.to_string()).collect::<Vec<_>>()),
        ));
    }
    for h in heads.iter().filter(|h| !h.0.is_empty()) {
        groups.push((h.0.clone(), h.1.clone()));
    }
    // The bare verbs: the family code, or a verb's own code.
    let bare = LineParts::default();
    for h in &heads {
        let Some(code) = h.3 else { continue };
        let origin = format!("{}:{}", f.file, h.2);
        match event_code(code, w.ontology) {
            Ok(c) => {
                let line = format_line(&h.0, &h.1, &bare, &origin);
                w.push(&c, line);
            }
            Err(reason) => report.skipped.push(Note {
                file: f.file.clone(),
                line: h.2,
                entry: format!("{} [{}]", h.1, code.raw),
                reason,
            }),
        }
    }
    let family_origin = format!("{}:{}", f.file, fam.line);
    let own_code = |head: &str| heads.iter().any(|h| h.1 == head && h.3.is_some());
    match event_code(&fam.code, w.ontology) {
        Ok(c) => {
            for (before, hs) in &groups {
                let hs: Vec<String> = hs
                    .split('|')
                    .filter(|h| !own_code(h))
                    .map(str::to_string)
                    .collect();
                if hs.is_empty() {
                    continue;
                }
                let line = format_line(before, &hs.join("|"), &bare, &family_origin);
                w.push(&c, line);
            }
        }
        Err(_) if fam.code.forward.is_none() && fam.code.reverse.is_none() => {}
        Err(reason) => report.skipped.push(Note {
            file: f.file.clone(),
            line: fam.line,
            entry: format!("--- {} [{}] ---", fam.name, fam.code.raw),
            reason,
        }),
    }
    for p in &fam.patterns {
        report.patterns_read += 1;
        let note = |reason: String| Note {
            file: f.file.clone(),
            line: p.line,
            entry: format!("- {} [{}]", p.raw.trim(), p.code.raw),
            reason,
        };
        let code = match event_code(&p.code, w.ontology) {
            Ok(c) => c,
            Err(reason) => {
                report.skipped.push(note(reason));
                continue;
            }
        };
        let parts = match translate_pattern(p, synsets) {
            Ok(parts) => parts,
            Err(reason) => {
                report.skipped.push(note(reason));
                continue;
            }
        };
        if let Some(r) = &p.code.reverse {
            report.approximated.push(note(format!(
                "paired code: the reverse event `{r}` (target -> source) is not coded"
            )));
        }
        for loss in &parts.losses {
            report.approximated.push(note(loss.clone()));
        }
        let origin = format!("{}:{}", f.file, p.line);
        for (before, hs) in &groups {
            w.push(&code, format_line(before, hs, &parts, &origin));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::actors::read_actors;
    use crate::source::LoadOptions;
    use crate::verbs::read_verbs;

    #[test]
    fn actor_forms_are_title_case() {
        let f = |s: &str| actor_form(&Phrase::parse(s).unwrap()).unwrap();
        assert_eq!(f("UNITED_STATES_OF_AMERICA"), "United States of America");
        assert_eq!(f("UAE"), "Uae");
        assert_eq!(f("U.S."), "U.S.");
        assert_eq!(f("AL-QAEDA"), "Al-Qaeda");
        assert_eq!(f("THE_AU"), "the Au");
    }

    #[test]
    fn tenure_periods_follow_first_match() {
        let text = "SAM [HOB]\n\t[HOBCIV <20080120]\n\t[ORCHOB 20100109-20100112]\n\
                    \t[HOBMIL 20080120-20121109]\n\t[HOBELI >20130119]\n";
        let f = read_actors("a.txt", text, LoadOptions::default()).unwrap();
        let p = tenure_periods(&f.entries[0]);
        let show: Vec<String> = p
            .iter()
            .map(|(a, b, c)| {
                format!(
                    "{}..{} {c}",
                    a.map(|d| d.iso()).unwrap_or_default(),
                    b.map(|d| d.iso()).unwrap_or_default()
                )
            })
            .collect();
        assert_eq!(
            show,
            [
                "..2008-01-19 HOBCIV",
                "2008-01-20..2010-01-08 HOBMIL",
                "2010-01-09..2010-01-12 ORCHOB",
                "2010-01-13..2012-11-09 HOBMIL",
                "2012-11-10..2013-01-19 HOB",
                "2013-01-20.. HOBELI",
            ]
        );
    }

    fn convert_verbs_text(text: &str) -> (String, ImportReport) {
        let v = read_verbs("v.txt", text, LoadOptions::default()).unwrap();
        assert!(v.diagnostics.is_empty(), "{:?}", v.diagnostics);
        let mut report = ImportReport::default();
        let out = convert_verbs(&[v], &mut report);
        (out, report)
    }

    #[test]
    fn patterns_become_sitrep_lines() {
        let text = "&TIE\n+MILITARY\n+ECONOMIC_AID\n\n--- RESTORE [064] ---\nRESTORE\n\
            +CALL_ON\n- * &TIE TIES WITH + [0311]\n- * (TO {BANNED PARTIES}) [1722]\n\
            - SAID_* + [0311]\n- * TREATY [161]\n- % * [0311]\n- * TALKS [013]\n- * AID [903]\n";
        let (out, report) = convert_verbs_text(text);
        let lines: Vec<&str> = out
            .lines()
            .filter(|l| l.starts_with("verb:"))
            .map(|l| l.split("  #").next().unwrap())
            .collect();
        assert_eq!(
            lines,
            [
                "verb: restore|call_on > obj|with|to|against|on|at|for|from|in|into|toward|over",
                "verb: restore|call_on +military|economic_aid +ties > with",
                "verb: said *restore|call_on > obj",
                "verb: restore|call_on +banned_parties > obj|with|to|against|on|at|for|from|in|into|toward|over",
                "verb: restore|call_on +treaty > obj|with|to|against|on|at|for|from|in|into|toward|over",
            ],
            "{out}"
        );
        // The compound, the 01x statement and the WEIS code are reported.
        let reasons: Vec<&str> = report.skipped.iter().map(|n| n.reason.as_str()).collect();
        assert_eq!(reasons.len(), 3, "{reasons:?}");
        // Every line parses in sitrep's lexicon.
        sitrep_lexicon::EventLexicon::from_source("petrarch-events.txt", &out).unwrap();
    }

    #[test]
    fn actors_and_agents_become_blocks() {
        let mut d = Dictionaries::default();
        let actors = "ARNOR [ARN]\n+ARNORIAN\nARNOR_KING [ARN]\nHAMAS_GUNMEN [PSEHMSMIL]\n\
            IAEA_ [IGOUNOIAE]\nBOROMIR [---]\nTHE_SHIRE [FRO/BIL]\nGOLLUM\n\t[HOB <950601]\n\t[HOBREB >990816]\n";
        d.add_source(
            crate::FileKind::Actors,
            "a.txt",
            actors,
            LoadOptions::default(),
        )
        .unwrap();
        let agents = "!P! = MAN, MEN\nTROOPS {} [~MIL]\nSAILOR [~MILNAV]\nMSF {} [NGO~]\nCONGRESS!P! [~LEG]\n";
        d.add_source(
            crate::FileKind::Agents,
            "g.txt",
            agents,
            LoadOptions::default(),
        )
        .unwrap();
        let c = convert(&d, ConvertOptions::default());
        assert!(
            c.actors
                .contains("[ARN]\nname: Arnor; Arnorian; Arnor King\n"),
            "{}",
            c.actors
        );
        assert!(
            c.actors
                .contains("code: PSE | sector: HMS | cameo: PSEHMSMIL"),
            "{}",
            c.actors
        );
        assert!(
            c.actors.contains("code: IGO | cameo: IGOUNOIAE"),
            "{}",
            c.actors
        );
        assert!(
            c.actors.contains("[!ignore]\nform: Boromir"),
            "{}",
            c.actors
        );
        // Gollum's dated codes become two dated entries.
        assert!(
            c.actors.contains("code: HOB | to: 1995-05-31"),
            "{}",
            c.actors
        );
        assert!(
            c.actors
                .contains("code: HOB | sector: REB | from: 1999-08-17"),
            "{}",
            c.actors
        );
        assert!(
            c.roles.contains("[troops]\nsingular: troops\nsector: MIL"),
            "{}",
            c.roles
        );
        assert!(c
            .roles
            .contains("[sailor]\nsingular: sailor\nplural: sailors\nsector: MIL"));
        assert!(c.roles.contains("[msf]\nsingular: msf\ncode: NGO"));
        assert!(c
            .roles
            .contains("singular: congressman; congressmen\nsector: LEG"));
        let skipped: Vec<&str> = c.report.skipped.iter().map(|n| n.entry.as_str()).collect();
        assert_eq!(skipped, ["THE_SHIRE"]);
        let approx: Vec<&str> = c
            .report
            .approximated
            .iter()
            .map(|n| n.entry.as_str())
            .collect();
        assert_eq!(approx, ["SAILOR"]);
        c.check(false).unwrap();
        c.check(true).unwrap();
        // Without tenure keys, Gollum gets his latest code at all dates.
        let u = convert(
            &d,
            ConvertOptions {
                tenure: Tenure::Undated,
            },
        );
        assert!(
            u.actors
                .contains("[PETR-GOLLUM]\nname: Gollum\ncode: HOB | sector: REB\n"),
            "{}",
            u.actors
        );
        assert!(u.report.approximated.iter().any(|n| n.entry == "GOLLUM"));
        u.check(true).unwrap();
    }

    #[test]
    fn repeated_patterns_are_written_once() {
        let text = "--- SIGN [057] ---\nSIGN\n- * TREATY [057]\n";
        let a = read_verbs("a.txt", text, LoadOptions::default()).unwrap();
        let b = read_verbs("b.txt", text, LoadOptions::default()).unwrap();
        let mut report = ImportReport::default();
        let out = convert_verbs(&[a, b], &mut report);
        let lines: Vec<&str> = out.lines().filter(|l| l.starts_with("verb:")).collect();
        assert_eq!(lines.len(), 2, "{out}");
        assert!(lines.iter().all(|l| l.contains("a.txt:")), "{out}");
    }
}

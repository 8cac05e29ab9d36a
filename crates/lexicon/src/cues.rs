//! Cue words (`data/cues.txt`): reporting verbs and nouns, hedges, intent and hypothetical
//! markers, negations, refusals, light verbs, clause subordinators and coordinators.
//!
//! The file format is documented at the top of `data/cues.txt` and in the crate docs.
//! Phrases are expanded at build time (`^verb` into all verb forms, `%noun` into singular and
//! plural, `{be}` into the forms of "be") and indexed by their first word, longest first, so
//! a lookup at a token is one hash probe plus a comparison of the few candidate phrases.

use crate::inflect::{irregular_verb_lemma, noun_forms, spelling_variants, verb_forms};
use crate::prefilter::{MapFilter, WordKey};
use crate::{LexiconError, LexiconErrors};
use rustc_hash::{FxHashMap, FxHashSet};
use sitrep_record::Modality;
use std::sync::OnceLock;

/// What a cue implies about the factual status of the content it governs: one of the
/// record's modalities (sitrep-record's [`Modality`], the one list of them), or plain
/// negation, which the coder keeps as the event's `negated` flag rather than as a modality.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CueModality {
    /// "said" (reported), "claimed", "allegedly", "analysts believe", "plans to"
    /// (intended), "denied", "could" (hypothetical). Never `Asserted`: a cue qualifies.
    Modality(Modality),
    /// Negated ("not", "never", "failed to"): the event's modality is left as it is.
    Negated,
}

impl CueModality {
    /// A name written after `=` in the cue file: a record modality's name (not
    /// "asserted") or "negated".
    fn parse(s: &str) -> Option<CueModality> {
        if s == CueModality::Negated.as_str() {
            return Some(CueModality::Negated);
        }
        Modality::ALL
            .into_iter()
            .find(|m| *m != Modality::Asserted && m.as_str() == s)
            .map(CueModality::Modality)
    }

    /// Lowercase name, as written in the cue file.
    pub fn as_str(self) -> &'static str {
        match self {
            CueModality::Modality(m) => m.as_str(),
            CueModality::Negated => "negated",
        }
    }

    /// The modality the cue gives an event: negation leaves it asserted (the event is
    /// negated instead).
    pub fn modality(self) -> Modality {
        match self {
            CueModality::Modality(m) => m,
            CueModality::Negated => Modality::Asserted,
        }
    }
}

/// Kind of a multi-word cue phrase.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CueKind {
    /// "according to", "report", "statement".
    ReportingNoun,
    /// "reportedly", "is believed to".
    Hedge,
    /// "will", "plans to".
    Intent,
    /// "could", "if".
    Hypothetical,
    /// "not", "failed to", "denied".
    Negation,
    /// "refused to", "declined to": a REJECT event when an event follows.
    Refusal,
    /// "launched", "carried out".
    LightVerb,
    /// "which", "even though": opens a subordinate or relative clause.
    Subordinator,
}

/// A cue phrase found at a token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CueHit {
    /// Number of tokens covered.
    pub len: usize,
    /// Which list it came from.
    pub kind: CueKind,
    /// The modality it implies (light verbs and refusals: `Reported` / `Negated`
    /// placeholders; use `kind`).
    pub modality: CueModality,
}

#[derive(Debug)]
struct Phrase {
    rest: Box<[Box<str>]>,
    hit: CueHit,
}

/// The compiled cue lists.
#[derive(Debug)]
pub struct Cues {
    reporting_verbs: FxHashMap<Box<str>, (Box<str>, CueModality)>,
    /// Phrases by first word, longest first.
    phrases: FxHashMap<Box<str>, Vec<Phrase>>,
    subordinators: FxHashSet<Box<str>>,
    coordinators: FxHashSet<Box<str>>,
    lemmas: FxHashMap<Box<str>, Box<str>>,
    /// Prefilters of the maps and sets above, asked first: most tokens are in none of
    /// them. Built once the lists are complete.
    filters: CueFilters,
}

/// The prefilters of [`Cues`]' word-keyed maps and sets.
#[derive(Debug, Default)]
struct CueFilters {
    reporting_verbs: MapFilter,
    phrases: MapFilter,
    subordinators: MapFilter,
    coordinators: MapFilter,
    lemmas: MapFilter,
}

const CUES_SRC: &str = include_str!("../data/cues.txt");

const BE_FORMS: &[&str] = &[
    "be", "am", "is", "are", "was", "were", "been", "being", "'s", "'re",
];

#[derive(Clone, Copy, PartialEq, Eq)]
enum Section {
    ReportingVerbs,
    Phrases(CueKind),
    Subordinators,
    Coordinators,
}

impl Section {
    /// The section a `[name]` header opens.
    fn parse(name: &str) -> Result<Section, String> {
        Ok(match name {
            "reporting-verbs" => Section::ReportingVerbs,
            "reporting-nouns" => Section::Phrases(CueKind::ReportingNoun),
            "hedges" => Section::Phrases(CueKind::Hedge),
            "intent" => Section::Phrases(CueKind::Intent),
            "hypothetical" => Section::Phrases(CueKind::Hypothetical),
            "negation" => Section::Phrases(CueKind::Negation),
            "refusal" => Section::Phrases(CueKind::Refusal),
            "light-verbs" => Section::Phrases(CueKind::LightVerb),
            "subordinators" => Section::Subordinators,
            "coordinators" => Section::Coordinators,
            other => return Err(format!("unknown section [{other}]")),
        })
    }
}

impl Cues {
    /// The built-in cue file as `(file name, content)`, for callers that compile it
    /// together with their own files ([`Cues::from_sources`]).
    pub const BUILTIN_SOURCE: (&'static str, &'static str) = ("cues.txt", CUES_SRC);

    /// The built-in cue lists, compiled once.
    pub fn builtin() -> &'static Cues {
        static CUES: OnceLock<Cues> = OnceLock::new();
        CUES.get_or_init(|| {
            Cues::from_source("cues.txt", CUES_SRC)
                .unwrap_or_else(|e| panic!("built-in cue lists are invalid: {e}"))
        })
    }

    /// Parse cue lists in the `cues.txt` format.
    pub fn from_source(name: &str, src: &str) -> Result<Cues, LexiconErrors> {
        Self::from_sources(&[(name, src)])
    }

    /// Parse several cue files, given as `(file name, content)`, into one set of lists
    /// (the built-in file plus a user's). Where two files give the same entry different
    /// modalities, the later file wins: files are read last first, and within a file
    /// (as before) the first definition stands. Errors: every bad line, in file order.
    pub fn from_sources(sources: &[(&str, &str)]) -> Result<Cues, LexiconErrors> {
        let mut cues = Cues {
            reporting_verbs: FxHashMap::default(),
            phrases: FxHashMap::default(),
            subordinators: FxHashSet::default(),
            coordinators: FxHashSet::default(),
            lemmas: FxHashMap::default(),
            filters: CueFilters::default(),
        };
        let mut errors_by_file = vec![LexiconErrors::default(); sources.len()];
        for ((name, src), errors) in sources.iter().zip(&mut errors_by_file).rev() {
            cues.parse_into(name, src, errors);
        }
        let mut errors = LexiconErrors::default();
        for e in errors_by_file {
            errors.append(e);
        }
        errors.or_ok(|| {
            for list in cues.phrases.values_mut() {
                list.sort_by_key(|p| std::cmp::Reverse(p.rest.len()));
            }
            cues.filters = CueFilters {
                reporting_verbs: MapFilter::of_boxed(cues.reporting_verbs.keys()),
                phrases: MapFilter::of_boxed(cues.phrases.keys()),
                subordinators: MapFilter::of_boxed(cues.subordinators.iter()),
                coordinators: MapFilter::of_boxed(cues.coordinators.iter()),
                lemmas: MapFilter::of_boxed(cues.lemmas.keys()),
            };
            cues
        })
    }

    /// Reads one file, reporting each bad line and going on with the next. The entries of
    /// an unknown section are skipped (what they may hold depends on the section), and an
    /// entry before any section is reported once.
    fn parse_into(&mut self, name: &str, src: &str, errors: &mut LexiconErrors) {
        // None: no header yet; Some(None): a bad header, its entries skipped.
        let mut section: Option<Option<Section>> = None;
        for (n, raw) in src.lines().enumerate() {
            let line = match raw.find(" #") {
                Some(i) => &raw[..i],
                None if raw.trim_start().starts_with('#') => "",
                None => raw,
            }
            .trim();
            if line.is_empty() {
                continue;
            }
            let parsed = if let Some(s) = line.strip_prefix('[').and_then(|s| s.strip_suffix(']')) {
                let header = Section::parse(s);
                section = Some(header.as_ref().ok().copied());
                header.map(|_| ())
            } else {
                match section {
                    Some(Some(section)) => self.parse_entry(section, line),
                    Some(None) => Ok(()),
                    None => {
                        section = Some(None);
                        Err("entry before any [section]".into())
                    }
                }
            };
            if let Err(message) = parsed {
                errors.push(LexiconError::new(name, n + 1, message));
            }
        }
    }

    /// One entry line of a section.
    fn parse_entry(&mut self, section: Section, line: &str) -> Result<(), String> {
        let cues = self;
        let (phrase, modality) = match line.split_once('=') {
            Some((p, m)) => {
                let m = m.trim();
                let m = CueModality::parse(m).ok_or_else(|| format!("unknown modality {m:?}"))?;
                (p.trim(), Some(m))
            }
            None => (line, None),
        };
        let words: Vec<&str> = phrase.split_whitespace().collect();
        for w in &words {
            let bare = w.trim_start_matches(['^', '%']);
            let ok = *w == "{be}"
                || (!bare.is_empty()
                    && bare
                        .bytes()
                        .all(|b| b.is_ascii_lowercase() || b == b'\'' || b == b'-'));
            if !ok {
                return Err(format!("bad word {w:?}"));
            }
        }
        match section {
            Section::ReportingVerbs => {
                let m = modality.ok_or("reporting verb needs '= modality'")?;
                if words.len() != 1 {
                    return Err("reporting verbs are single lemmas".into());
                }
                for v in spelling_variants(words[0]) {
                    for (form, _) in verb_forms(&v) {
                        cues.lemmas
                            .entry(form.clone().into())
                            .or_insert(words[0].into());
                        cues.reporting_verbs
                            .entry(form.into())
                            .or_insert((words[0].into(), m));
                    }
                }
            }
            Section::Subordinators | Section::Coordinators => {
                if modality.is_some() {
                    return Err("this section takes no modality".into());
                }
                if section == Section::Subordinators {
                    if words.len() == 1 {
                        cues.subordinators.insert(words[0].into());
                    }
                    cues.add_phrase(&words, CueKind::Subordinator, None)?;
                } else {
                    cues.coordinators.insert(words.join(" ").into());
                }
            }
            Section::Phrases(kind) => {
                let needs_modality = !matches!(
                    kind,
                    CueKind::LightVerb | CueKind::Refusal | CueKind::Subordinator
                );
                if needs_modality && modality.is_none() {
                    return Err("entry needs '= modality'".into());
                }
                if !needs_modality && modality.is_some() {
                    return Err("this section takes no modality".into());
                }
                cues.add_phrase(&words, kind, modality)?;
            }
        }
        Ok(())
    }

    fn add_phrase(
        &mut self,
        words: &[&str],
        kind: CueKind,
        modality: Option<CueModality>,
    ) -> Result<(), String> {
        // Expand every word into its alternatives, then take the cartesian product.
        let mut positions: Vec<Vec<String>> = Vec::with_capacity(words.len());
        for w in words {
            if *w == "{be}" {
                positions.push(BE_FORMS.iter().map(|s| s.to_string()).collect());
            } else if let Some(v) = w.strip_prefix('^') {
                let mut alts = Vec::new();
                for var in spelling_variants(v) {
                    for (f, _) in verb_forms(&var) {
                        self.lemmas.entry(f.clone().into()).or_insert(v.into());
                        alts.push(f);
                    }
                }
                positions.push(alts);
            } else if let Some(nn) = w.strip_prefix('%') {
                positions.push(
                    spelling_variants(nn)
                        .iter()
                        .flat_map(|v| noun_forms(v).into_iter().map(|(f, _)| f))
                        .collect(),
                );
            } else {
                positions.push(spelling_variants(w));
            }
        }
        let mut combos: Vec<Vec<String>> = vec![Vec::new()];
        for alts in &positions {
            combos = combos
                .iter()
                .flat_map(|c| {
                    alts.iter().map(move |a| {
                        let mut c = c.clone();
                        c.push(a.clone());
                        c
                    })
                })
                .collect();
            if combos.len() > 10_000 {
                return Err("phrase expands to too many forms".into());
            }
        }
        let hit_kind = kind;
        for combo in combos {
            // A phrase whose words all expanded to nothing ("^" or "%" alone) has no
            // first word to index: nothing to add.
            if combo.is_empty() {
                continue;
            }
            let hit = CueHit {
                len: combo.len(),
                kind: hit_kind,
                modality: modality.unwrap_or(match hit_kind {
                    CueKind::Refusal => CueModality::Negated,
                    _ => CueModality::Modality(Modality::Reported),
                }),
            };
            let phrase = Phrase {
                rest: combo[1..].iter().map(|s| s.as_str().into()).collect(),
                hit,
            };
            let list = self.phrases.entry(combo[0].as_str().into()).or_default();
            if !list
                .iter()
                .any(|p| p.rest == phrase.rest && p.hit.kind == hit.kind)
            {
                list.push(phrase);
            }
        }
        Ok(())
    }

    /// Modality implied by a reporting verb form ("said" -> Reported, "claims" -> Claimed).
    pub fn reporting_verb(&self, lemma_or_form: &str) -> Option<CueModality> {
        if !self.filters.reporting_verbs.may_contain(lemma_or_form) {
            return None;
        }
        self.reporting_verbs.get(lemma_or_form).map(|(_, m)| *m)
    }

    /// [`Cues::reporting_verb`] of a word whose key ([`WordKey`]) the caller keeps.
    pub fn reporting_verb_keyed(&self, lemma_or_form: &str, key: WordKey) -> Option<CueModality> {
        debug_assert_eq!(key, WordKey::of(lemma_or_form), "{lemma_or_form:?}");
        if !self.filters.reporting_verbs.may_contain_key(key) {
            return None;
        }
        self.reporting_verbs.get(lemma_or_form).map(|(_, m)| *m)
    }

    /// Lemma of a reporting verb form ("told" -> "tell").
    pub fn reporting_verb_lemma(&self, form: &str) -> Option<&str> {
        if !self.filters.reporting_verbs.may_contain(form) {
            return None;
        }
        self.reporting_verbs.get(form).map(|(l, _)| &**l)
    }

    /// Longest cue phrase of any kind starting at token `i` (light verbs included).
    pub fn cue_at(&self, words_lower: &[&str], i: usize) -> Option<CueHit> {
        self.phrase_at(words_lower, i, |_| true)
    }

    fn phrase_at(
        &self,
        words: &[&str],
        i: usize,
        want: impl Fn(CueKind) -> bool,
    ) -> Option<CueHit> {
        let list = self.phrases_of(words.get(i)?)?;
        list.iter()
            .find(|p| {
                want(p.hit.kind)
                    && i + 1 + p.rest.len() <= words.len()
                    && p.rest.iter().zip(&words[i + 1..]).all(|(a, b)| **a == **b)
            })
            .map(|p| p.hit)
    }

    fn kind_at(&self, words: &[&str], i: usize, kind: CueKind) -> Option<(usize, CueModality)> {
        self.phrase_at(words, i, |k| k == kind)
            .map(|h| (h.len, h.modality))
    }

    /// Hedge at token `i`: ("reportedly" | "is believed to" ...) -> (length, modality).
    pub fn hedge_at(&self, words_lower: &[&str], i: usize) -> Option<(usize, CueModality)> {
        self.kind_at(words_lower, i, CueKind::Hedge)
    }

    /// Reporting noun or phrase at token `i` ("according to", "statement").
    pub fn reporting_noun_at(
        &self,
        words_lower: &[&str],
        i: usize,
    ) -> Option<(usize, CueModality)> {
        self.kind_at(words_lower, i, CueKind::ReportingNoun)
    }

    /// Future / intention marker at token `i` ("will", "plans to", "is set to"): length.
    pub fn intent_at(&self, words_lower: &[&str], i: usize) -> Option<usize> {
        self.kind_at(words_lower, i, CueKind::Intent)
            .map(|(n, _)| n)
    }

    /// Modal or conditional at token `i` ("could", "if", "is likely to"): length.
    pub fn hypothetical_at(&self, words_lower: &[&str], i: usize) -> Option<usize> {
        self.kind_at(words_lower, i, CueKind::Hypothetical)
            .map(|(n, _)| n)
    }

    /// Negation at token `i` ("not", "failed to", "denied") -> (length, Negated|Denied).
    pub fn negation_at(&self, words_lower: &[&str], i: usize) -> Option<(usize, CueModality)> {
        self.kind_at(words_lower, i, CueKind::Negation)
    }

    /// Refusal at token `i` ("refused to", "declined to", "ruled out"): length. The coder
    /// may code the refused event as REJECT (12x) instead of the event itself.
    pub fn refusal_at(&self, words_lower: &[&str], i: usize) -> Option<usize> {
        self.kind_at(words_lower, i, CueKind::Refusal)
            .map(|(n, _)| n)
    }

    /// Light verb (with particles) at token `i` ("launched", "carried out"): length.
    pub fn light_verb_at(&self, words_lower: &[&str], i: usize) -> Option<usize> {
        self.kind_at(words_lower, i, CueKind::LightVerb)
            .map(|(n, _)| n)
    }

    /// Whether this single word is a light verb form ("launched", "held", "signs").
    pub fn is_light_verb(&self, w: &str) -> bool {
        self.phrases_of(w).is_some_and(|l| {
            l.iter()
                .any(|p| p.hit.kind == CueKind::LightVerb && p.rest.is_empty())
        })
    }

    /// Whether this single word is a negator ("not", "n't", "never", "no", "without").
    pub fn is_negation(&self, w: &str) -> bool {
        self.phrases_of(w).is_some_and(|l| {
            l.iter().any(|p| {
                p.hit.kind == CueKind::Negation
                    && p.rest.is_empty()
                    && p.hit.modality == CueModality::Negated
            })
        })
    }

    /// Whether this word (or space-joined phrase) opens a subordinate/relative clause.
    pub fn is_subordinator(&self, w: &str) -> bool {
        self.filters.subordinators.may_contain(w) && self.subordinators.contains(w)
    }

    /// Longest subordinator phrase at `i` ("even though", "which"): length.
    pub fn subordinator_at(&self, words_lower: &[&str], i: usize) -> Option<usize> {
        self.kind_at(words_lower, i, CueKind::Subordinator)
            .map(|(n, _)| n)
    }

    /// Whether this word is a coordinating conjunction.
    pub fn is_coordinator(&self, w: &str) -> bool {
        self.filters.coordinators.may_contain(w) && self.coordinators.contains(w)
    }

    /// Lemma of a verb form this crate knows: cue verbs (reporting, light, intent, ...) and
    /// the irregular verb table ("said" -> "say", "held" -> "hold", "struck" -> "strike").
    pub fn lemma(&self, form: &str) -> Option<&str> {
        self.filters
            .lemmas
            .may_contain(form)
            .then(|| self.lemmas.get(form))
            .flatten()
            .map(|l| &**l)
            .or_else(|| irregular_verb_lemma(form))
    }

    /// The cue phrases whose first word is `w`, longest first.
    #[inline]
    fn phrases_of(&self, w: &str) -> Option<&Vec<Phrase>> {
        if !self.filters.phrases.may_contain(w) {
            return None;
        }
        self.phrases.get(w)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ws(s: &str) -> Vec<&str> {
        s.split(' ').collect()
    }

    #[test]
    fn reporting_verbs_and_lemmas() {
        let c = Cues::builtin();
        assert_eq!(
            c.reporting_verb("said"),
            Some(CueModality::Modality(Modality::Reported))
        );
        assert_eq!(
            c.reporting_verb("told"),
            Some(CueModality::Modality(Modality::Reported))
        );
        assert_eq!(
            c.reporting_verb("claims"),
            Some(CueModality::Modality(Modality::Claimed))
        );
        assert_eq!(
            c.reporting_verb("alleged"),
            Some(CueModality::Modality(Modality::Alleged))
        );
        assert_eq!(
            c.reporting_verb("believe"),
            Some(CueModality::Modality(Modality::Believed))
        );
        assert_eq!(
            c.reporting_verb("denied"),
            Some(CueModality::Modality(Modality::Denied))
        );
        assert_eq!(
            c.reporting_verb("emphasised"),
            Some(CueModality::Modality(Modality::Reported))
        );
        assert_eq!(c.reporting_verb("attacked"), None);
        assert_eq!(c.reporting_verb_lemma("told"), Some("tell"));
        assert_eq!(c.lemma("said"), Some("say"));
        assert_eq!(c.lemma("held"), Some("hold"));
        assert_eq!(c.lemma("struck"), Some("strike"));
        assert_eq!(c.lemma("launching"), Some("launch"));
    }

    #[test]
    fn hedges_intent_negation() {
        let c = Cues::builtin();
        let s = ws("north korea is believed to have sent troops");
        assert_eq!(
            c.hedge_at(&s, 2),
            Some((3, CueModality::Modality(Modality::Believed)))
        );
        assert_eq!(c.hedge_at(&s, 3), None);
        // The contract: "reportedly" marks an event as believed, not attributed.
        let s = ws("he was reportedly killed");
        assert_eq!(
            c.hedge_at(&s, 2),
            Some((1, CueModality::Modality(Modality::Believed)))
        );
        let s = ws("moscow plans to send more troops");
        assert_eq!(c.intent_at(&s, 1), Some(2));
        let s = ws("kyiv is set to receive jets");
        assert_eq!(c.intent_at(&s, 1), Some(3));
        let s = ws("they did n't attack");
        assert_eq!(c.negation_at(&s, 2), Some((1, CueModality::Negated)));
        assert!(c.is_negation("never") && c.is_negation("n't") && !c.is_negation("denied"));
        let s = ws("pyongyang denied sending troops");
        assert_eq!(
            c.negation_at(&s, 1),
            Some((1, CueModality::Modality(Modality::Denied)))
        );
        let s = ws("the army failed to retake the town");
        assert_eq!(c.negation_at(&s, 2), Some((2, CueModality::Negated)));
        let s = ws("iran refused to release the tanker");
        assert_eq!(c.refusal_at(&s, 1), Some(2));
        assert_eq!(c.hypothetical_at(&ws("it could escalate"), 1), Some(1));
        let s = ws("according to lim");
        assert_eq!(
            c.reporting_noun_at(&s, 0),
            Some((2, CueModality::Modality(Modality::Reported)))
        );
        assert_eq!(
            c.reporting_noun_at(&ws("kcna reports"), 1),
            Some((1, CueModality::Modality(Modality::Reported)))
        );
    }

    #[test]
    fn light_verbs_and_clauses() {
        let c = Cues::builtin();
        assert!(c.is_light_verb("launched") && c.is_light_verb("held") && c.is_light_verb("signs"));
        assert!(!c.is_light_verb("said"));
        assert_eq!(c.light_verb_at(&ws("they carried out raids"), 1), Some(2));
        assert!(c.is_subordinator("which") && c.is_subordinator("while"));
        assert_eq!(c.subordinator_at(&ws("even though it rained"), 0), Some(2));
        assert!(c.is_coordinator("and") && !c.is_coordinator("which"));
    }

    #[test]
    fn cue_modalities_are_the_record_ones_and_negation() {
        for m in Modality::ALL {
            let parsed = CueModality::parse(m.as_str());
            if m == Modality::Asserted {
                assert_eq!(parsed, None, "a cue qualifies: it cannot assert");
            } else {
                assert_eq!(parsed, Some(CueModality::Modality(m)));
                assert_eq!(parsed.map(CueModality::modality), Some(m));
                assert_eq!(parsed.map(CueModality::as_str), Some(m.as_str()));
            }
        }
        let negated = CueModality::parse("negated");
        assert_eq!(negated, Some(CueModality::Negated));
        assert_eq!(negated.map(CueModality::modality), Some(Modality::Asserted));
        assert_eq!(CueModality::parse("maybe"), None);
    }

    #[test]
    fn parse_errors_have_lines() {
        let first = |src: &str| Cues::from_source("t", src).unwrap_err().first().clone();
        let e = first("[hedges]\nreportedly = maybe\n");
        assert_eq!(e.line, 2);
        let e = first("\n\nsay = reported\n");
        assert_eq!(e.line, 3);
        let e = first("[nope]\n");
        assert!(e.message.contains("nope"));
        let e = first("[light-verbs]\n^launch = reported\n");
        assert_eq!(e.line, 2);
    }

    #[test]
    fn every_bad_line_is_reported() {
        let src = "say = reported\n\
                   deny = denied\n\
                   [hedges]\n\
                   reportedly = maybe\n\
                   allegedly = alleged\n\
                   [light-verbs]\n\
                   ^launch = reported\n\
                   [nope]\n\
                   Whatever\n\
                   [intent]\n\
                   Will = intended\n";
        let errors = Cues::from_sources(&[Cues::BUILTIN_SOURCE, ("t", src)]).unwrap_err();
        let found: Vec<(&str, usize)> = errors
            .errors()
            .iter()
            .map(|e| (e.file.as_str(), e.line))
            .collect();
        // No section (once), an unknown modality, a modality where none is taken, an
        // unknown section (its entries skipped), a bad word.
        assert_eq!(
            found,
            [("t", 1), ("t", 4), ("t", 7), ("t", 8), ("t", 11)],
            "{errors}"
        );
    }
}

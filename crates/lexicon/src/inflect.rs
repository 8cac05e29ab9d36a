//! English inflection for lexicon words.
//!
//! The event lexicon and the cue lists are written as lemmas ("sign", "strike", "pact"); this
//! module generates the surface forms a news text uses: verb base, third person singular,
//! past, past participle and gerund, noun singular and plural, and British/American spelling
//! variants. Irregular forms come from `data/irregular.txt` (209 verbs, irregular nouns);
//! everything else follows the regular spelling rules:
//!
//! * consonant doubling before `-ed`/`-ing` in stressed closed syllables: one-syllable
//!   consonant-vowel-consonant words (stop -> stopped, ban -> banned) and a list of
//!   polysyllabic verbs stressed on the last syllable (commit, control, expel, kidnap, ...);
//! * `-e` drop (praise -> praising, praised), kept after `ee`/`oe`/`ye` (agree -> agreeing);
//! * `-ie` -> `-ying` (die -> dying);
//! * consonant + `-y` -> `-ies`/`-ied` (deny -> denies, denied, denying);
//! * sibilants and consonant + `-o` take `-es` (push -> pushes, veto -> vetoes);
//! * `-ic` -> `-icked` (panic -> panicked);
//! * British `-l` doubling is generated next to the American form (travel -> traveled and
//!   travelled; signal -> signaled and signalled).

use rustc_hash::FxHashMap;
use std::sync::OnceLock;

/// Which inflections of its lemma a surface form is. A set of flags, because English forms
/// are ambiguous: "deployed" is both past and past participle, "put" is base, past and
/// participle, "strikes" is a verb third person and a noun plural.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Forms(pub u8);

impl Forms {
    /// Verb base form / infinitive / non-third-person present ("sign").
    pub const BASE: Forms = Forms(1);
    /// Verb third person singular present ("signs").
    pub const THIRD: Forms = Forms(2);
    /// Verb simple past ("signed", "struck").
    pub const PAST: Forms = Forms(4);
    /// Verb past participle ("signed", "stricken", "withdrawn").
    pub const PARTICIPLE: Forms = Forms(8);
    /// Verb gerund / present participle ("signing").
    pub const GERUND: Forms = Forms(16);
    /// Noun singular ("pact").
    pub const SINGULAR: Forms = Forms(32);
    /// Noun plural ("pacts").
    pub const PLURAL: Forms = Forms(64);

    /// True if every flag of `other` is set in `self`.
    pub fn contains(self, other: Forms) -> bool {
        self.0 & other.0 == other.0 && other.0 != 0
    }
    /// True if the form can be a past participle (passives, perfects, reduced relatives).
    pub fn is_participle(self) -> bool {
        self.contains(Forms::PARTICIPLE)
    }
    /// True if the form can be a simple past.
    pub fn is_past(self) -> bool {
        self.contains(Forms::PAST)
    }
    /// True if the form can be a gerund.
    pub fn is_gerund(self) -> bool {
        self.contains(Forms::GERUND)
    }
    /// True if the form can be a noun plural.
    pub fn is_plural(self) -> bool {
        self.contains(Forms::PLURAL)
    }
}

impl std::ops::BitOr for Forms {
    type Output = Forms;
    fn bitor(self, rhs: Forms) -> Forms {
        Forms(self.0 | rhs.0)
    }
}

impl std::ops::BitOrAssign for Forms {
    fn bitor_assign(&mut self, rhs: Forms) {
        self.0 |= rhs.0;
    }
}

/// The brief's name for the inflection tag of a head word.
pub type VerbForm = Forms;

struct IrregularVerb {
    past: Vec<&'static str>,
    participle: Vec<&'static str>,
}

struct Irregulars {
    verbs: FxHashMap<&'static str, IrregularVerb>,
    nouns: FxHashMap<&'static str, Vec<&'static str>>,
}

const IRREGULAR_SRC: &str = include_str!("../data/irregular.txt");

fn irregulars() -> &'static Irregulars {
    static IRREGULARS: OnceLock<Irregulars> = OnceLock::new();
    IRREGULARS.get_or_init(|| {
        let mut verbs = FxHashMap::default();
        let mut nouns = FxHashMap::default();
        for (n, line) in IRREGULAR_SRC.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let f: Vec<&'static str> = line.split_whitespace().collect();
            match (f.first().copied(), f.len()) {
                (Some("verb"), 4) => {
                    verbs.insert(
                        f[1],
                        IrregularVerb {
                            past: f[2].split('/').collect(),
                            participle: f[3].split('/').collect(),
                        },
                    );
                }
                (Some("noun"), 3) => {
                    nouns.insert(f[1], f[2].split('/').collect());
                }
                // The file is embedded and covered by a test; a malformed line is a bug.
                _ => panic!(
                    "data/irregular.txt line {}: malformed entry {line:?}",
                    n + 1
                ),
            }
        }
        Irregulars { verbs, nouns }
    })
}

/// Number of irregular verbs in the built-in table.
pub fn irregular_verb_count() -> usize {
    irregulars().verbs.len()
}

/// The irregular verb whose past or participle is `form`, if any ("struck" -> "strike").
pub fn irregular_verb_lemma(form: &str) -> Option<&'static str> {
    // Built lazily once: the reverse index of the irregular table.
    static REVERSE: OnceLock<FxHashMap<&'static str, &'static str>> = OnceLock::new();
    REVERSE
        .get_or_init(|| {
            let mut m = FxHashMap::default();
            let mut bases: Vec<_> = irregulars().verbs.iter().collect();
            bases.sort_by_key(|(b, _)| *b);
            for (base, v) in bases {
                for f in v.past.iter().chain(v.participle.iter()) {
                    m.entry(*f).or_insert(*base);
                }
            }
            m
        })
        .get(form)
        .copied()
}

/// Is `b` one of a e i o u.
fn is_vowel(b: u8) -> bool {
    matches!(b, b'a' | b'e' | b'i' | b'o' | b'u')
}

fn vowel_groups(w: &str) -> usize {
    let b = w.as_bytes();
    let mut groups = 0;
    let mut prev_vowel = false;
    for (i, &c) in b.iter().enumerate() {
        // "u" after "q" is part of the consonant ("quit" has one vowel group).
        let v = is_vowel(c) && !(c == b'u' && i > 0 && b[i - 1] == b'q');
        if v && !prev_vowel {
            groups += 1;
        }
        prev_vowel = v;
    }
    groups
}

/// Polysyllabic verbs stressed on the final syllable, which double their final consonant.
const FINAL_STRESS_DOUBLERS: &[&str] = &[
    "abet", "acquit", "admit", "allot", "annul", "befit", "commit", "compel", "concur", "confer",
    "control", "defer", "deter", "dispel", "embed", "emit", "equip", "excel", "expel", "extol",
    "handicap", "incur", "infer", "kidnap", "occur", "omit", "outstrip", "patrol", "permit",
    "prefer", "propel", "rebel", "recur", "refer", "regret", "remit", "repel", "submit",
    "transfer", "transmit", "unplug", "worship", "format", "outwit", "overstep", "upset",
];

/// Whether the final consonant doubles before -ed/-ing (American spelling).
fn doubles_final(lemma: &str) -> bool {
    // A hyphenated compound inflects like its last part: "air-drop" -> "air-dropped" as
    // "drop" -> "dropped", "pistol-whip" -> "pistol-whipping" as "whip".
    if let Some((_, last)) = lemma.rsplit_once('-') {
        return !last.is_empty() && doubles_final(last);
    }
    if FINAL_STRESS_DOUBLERS.contains(&lemma) {
        return true;
    }
    let b = lemma.as_bytes();
    let n = b.len();
    if n < 3 || !b.iter().all(|c| c.is_ascii_lowercase()) {
        return false;
    }
    let last = b[n - 1];
    if is_vowel(last) || matches!(last, b'w' | b'x' | b'y') {
        return false;
    }
    if !is_vowel(b[n - 2]) {
        return false;
    }
    let third = b[n - 3];
    let third_is_consonant = !is_vowel(third) || (third == b'u' && n >= 4 && b[n - 4] == b'q');
    third_is_consonant && vowel_groups(lemma) == 1
}

/// Polysyllabic -l verbs that British English spells with -ll- (travelled) and American
/// English with one -l- (traveled). Both are generated.
fn british_l_doubling(lemma: &str) -> bool {
    let b = lemma.as_bytes();
    let n = b.len();
    n >= 4
        && b[n - 1] == b'l'
        && is_vowel(b[n - 2])
        && !is_vowel(b[n - 3])
        && vowel_groups(lemma) >= 2
        && !FINAL_STRESS_DOUBLERS.contains(&lemma)
}

fn ends_sibilant(w: &str) -> bool {
    w.ends_with('s')
        || w.ends_with('x')
        || w.ends_with('z')
        || (w.ends_with("ch") && !hard_ch(w))
        || w.ends_with("sh")
}

/// Words whose final "-ch" is spoken /k/ and so take a plain "-s": the Greek rulers in
/// "-arch" ("oligarch" -> "oligarchs", "monarch", "patriarch"; not "march", "search") and a
/// few others.
fn hard_ch(w: &str) -> bool {
    ["garch", "narch", "iarch"].iter().any(|e| w.ends_with(e))
        || matches!(w, "epoch" | "stomach" | "czech" | "tech" | "loch")
}

/// The "-es" ending after a final "z" doubled as before "-ed" ("quiz" -> "quizzes", as
/// "quizzed").
fn sibilant_es(lemma: &str) -> String {
    if lemma.ends_with('z') && doubles_final(lemma) {
        format!("{lemma}zes")
    } else {
        format!("{lemma}es")
    }
}

fn consonant_y(w: &str) -> bool {
    let b = w.as_bytes();
    b.len() >= 2 && b[b.len() - 1] == b'y' && !is_vowel(b[b.len() - 2])
}

fn consonant_o(w: &str) -> bool {
    let b = w.as_bytes();
    b.len() >= 2 && b[b.len() - 1] == b'o' && !is_vowel(b[b.len() - 2])
}

/// Third person singular present ("veto" -> "vetoes", "deny" -> "denies").
pub fn third_person(lemma: &str) -> String {
    match lemma {
        "be" => return "is".into(),
        "have" => return "has".into(),
        _ => {}
    }
    if consonant_y(lemma) {
        format!("{}ies", &lemma[..lemma.len() - 1])
    } else if ends_sibilant(lemma) {
        sibilant_es(lemma)
    } else if consonant_o(lemma) {
        format!("{lemma}es")
    } else {
        format!("{lemma}s")
    }
}

/// Regular suffixation before `-ed`/`-ing`: returns the stem(s) to which the suffix is added.
fn regular_stems(lemma: &str, suffix: &str) -> Vec<String> {
    let b = lemma.as_bytes();
    let n = b.len();
    if suffix == "ing" {
        if lemma.ends_with("ie") && n > 2 {
            return vec![format!("{}y", &lemma[..n - 2])];
        }
        if lemma.ends_with('e')
            && n > 2
            && !lemma.ends_with("ee")
            && !lemma.ends_with("oe")
            && !lemma.ends_with("ye")
        {
            return vec![lemma[..n - 1].to_string()];
        }
    } else if lemma.ends_with('e') {
        // -ed: "praise" + "d"
        return vec![lemma[..n - 1].to_string()];
    } else if consonant_y(lemma) {
        return vec![format!("{}i", &lemma[..n - 1])];
    }
    if lemma.ends_with("ic") && vowel_groups(lemma) >= 2 {
        return vec![format!("{lemma}k")];
    }
    if doubles_final(lemma) {
        return vec![format!("{lemma}{}", b[n - 1] as char)];
    }
    if british_l_doubling(lemma) {
        return vec![lemma.to_string(), format!("{lemma}l")];
    }
    vec![lemma.to_string()]
}

/// All regular `-ing` forms ("stop" -> "stopping"; "travel" -> "traveling", "travelling").
pub fn gerunds(lemma: &str) -> Vec<String> {
    regular_stems(lemma, "ing")
        .into_iter()
        .map(|s| s + "ing")
        .collect()
}

/// All verb forms of `lemma` with their inflection flags, base first. Forms that fill
/// several slots ("deployed": past and participle) appear once with the union of flags.
pub fn verb_forms(lemma: &str) -> Vec<(String, Forms)> {
    let mut out: Vec<(String, Forms)> = Vec::with_capacity(6);
    let mut add = |form: String, f: Forms| {
        if let Some(e) = out.iter_mut().find(|(s, _)| *s == form) {
            e.1 |= f;
        } else {
            out.push((form, f));
        }
    };
    add(lemma.to_string(), Forms::BASE);
    if lemma == "be" {
        for f in ["am", "are", "is"] {
            add(f.to_string(), Forms::THIRD);
        }
    } else {
        add(third_person(lemma), Forms::THIRD);
    }
    for g in gerunds(lemma) {
        add(g, Forms::GERUND);
    }
    if let Some(irr) = irregulars().verbs.get(lemma) {
        for p in &irr.past {
            add(p.to_string(), Forms::PAST);
            // A past that doubles the final consonant ("rebut" "rebutted", listed because
            // the stress is on the last syllable) doubles it before -ing too.
            if let Some(doubled) = p.strip_suffix("ed").filter(|d| {
                d.len() == lemma.len() + 1
                    && d.starts_with(lemma)
                    && d.ends_with(&lemma[lemma.len() - 1..])
            }) {
                add(format!("{doubled}ing"), Forms::GERUND);
            }
        }
        for p in &irr.participle {
            add(p.to_string(), Forms::PARTICIPLE);
        }
    } else {
        for stem in regular_stems(lemma, "ed") {
            add(stem + "ed", Forms::PAST | Forms::PARTICIPLE);
        }
    }
    out
}

/// Noun plural forms ("crisis" -> "crises", "embargo" -> "embargoes", "pact" -> "pacts").
pub fn noun_plurals(lemma: &str) -> Vec<String> {
    if let Some(p) = irregulars().nouns.get(lemma) {
        return p.iter().map(|s| s.to_string()).collect();
    }
    // Compounds in -man: "gunman" -> "gunmen" (but not "german"-like names; lexicon words only).
    if lemma.ends_with("sman") || lemma.ends_with("gunman") || lemma.ends_with("woman") {
        return vec![format!("{}en", &lemma[..lemma.len() - 2])];
    }
    if consonant_y(lemma) {
        vec![format!("{}ies", &lemma[..lemma.len() - 1])]
    } else if ends_sibilant(lemma) {
        if lemma.ends_with("ss") || !lemma.ends_with('s') {
            vec![sibilant_es(lemma)]
        } else {
            // "talks", "arms", "news": already plural-only nouns.
            vec![lemma.to_string()]
        }
    } else {
        vec![format!("{lemma}s")]
    }
}

/// Noun forms: singular and plurals, with flags.
pub fn noun_forms(lemma: &str) -> Vec<(String, Forms)> {
    let mut out = vec![(lemma.to_string(), Forms::SINGULAR)];
    for p in noun_plurals(lemma) {
        if let Some(e) = out.iter_mut().find(|(s, _)| *s == p) {
            e.1 |= Forms::PLURAL;
        } else {
            out.push((p, Forms::PLURAL));
        }
    }
    out
}

/// American/British spelling pairs applied as substrings (American first).
const SPELLING_PAIRS: &[(&str, &str)] = &[
    ("defense", "defence"),
    ("offense", "offence"),
    ("license", "licence"),
    ("labor", "labour"),
    ("honor", "honour"),
    ("favor", "favour"),
    ("rumor", "rumour"),
    ("harbor", "harbour"),
    ("neighbor", "neighbour"),
    ("endeavor", "endeavour"),
    ("center", "centre"),
    ("theater", "theatre"),
    ("program", "programme"),
    ("judgment", "judgement"),
    ("skeptic", "sceptic"),
    ("fulfill", "fulfil"),
    ("enroll", "enrol"),
    ("counselor", "counsellor"),
    ("traveler", "traveller"),
    ("gray", "grey"),
    ("aging", "ageing"),
];

/// The word itself plus its British (or American) spelling variants:
/// "mobilize" -> ["mobilize", "mobilise"], "defence" -> ["defence", "defense"],
/// "paralyze" -> ["paralyze", "paralyse"], "organization" -> [.., "organisation"].
pub fn spelling_variants(word: &str) -> Vec<String> {
    let mut out = vec![word.to_string()];
    let mut push = |s: String| {
        if !out.contains(&s) {
            out.push(s);
        }
    };
    // A part can be in the word only if each of its letters is: most words lack a letter
    // of both spellings of most pairs, and are not searched for them.
    let letters = letter_mask(word);
    let has = |part: &str, mask: u32| mask & !letters == 0 && holds(word, part);
    for (&(am, br), &(am_mask, br_mask)) in SPELLING_PAIRS.iter().zip(&SPELLING_PAIR_MASKS) {
        if has(am, am_mask) && !has(br, br_mask) {
            push(word.replacen(am, br, 1));
        } else if has(br, br_mask) {
            push(word.replacen(br, am, 1));
        }
    }
    // -ize/-ise family: only on longer words, and not "seize"/"size"-like (ei before z).
    for (am, br) in [("ization", "isation"), ("ize", "ise"), ("yze", "yse")] {
        if let Some(stem) = word.strip_suffix(am) {
            if stem.len() >= 3 && !stem.ends_with('e') {
                push(format!("{stem}{br}"));
            }
        } else if let Some(stem) = word.strip_suffix(br) {
            // Only map -ise back to -ize for words known to take both: the -ise spelling
            // is a variant of an -ize verb when the stem is long (mobilise, criticise),
            // but "praise", "raise", "advise", "surprise" are not; guard with a list.
            if stem.len() >= 4 && !ISE_ONLY.iter().any(|w| word.ends_with(w)) {
                push(format!("{stem}{am}"));
            }
        }
    }
    out
}

/// The lowercase ASCII letters of `s`, one bit each.
const fn letter_mask(s: &str) -> u32 {
    let b = s.as_bytes();
    let mut mask = 0u32;
    let mut i = 0;
    while i < b.len() {
        if b[i].is_ascii_lowercase() {
            mask |= 1 << (b[i] - b'a');
        }
        i += 1;
    }
    mask
}

/// [`letter_mask`] of both spellings of each of [`SPELLING_PAIRS`], worked out when the
/// crate is compiled.
const SPELLING_PAIR_MASKS: [(u32, u32); SPELLING_PAIRS.len()] = {
    let mut out = [(0, 0); SPELLING_PAIRS.len()];
    let mut i = 0;
    while i < out.len() {
        out[i] = (
            letter_mask(SPELLING_PAIRS[i].0),
            letter_mask(SPELLING_PAIRS[i].1),
        );
        i += 1;
    }
    out
};

/// `word.contains(part)` for the short words and parts of [`SPELLING_PAIRS`], without the
/// general substring searcher's setup (this runs for every word of the lexicon at load).
/// A window is compared whole only where its first byte is the part's: comparing every
/// window (a `memcmp` call each) was 40 M instructions of loading the lexicons.
fn holds(word: &str, part: &str) -> bool {
    let (w, p) = (word.as_bytes(), part.as_bytes());
    let Some((&first, rest)) = p.split_first() else {
        return true;
    };
    w.len() >= p.len()
        && (0..=w.len() - p.len()).any(|i| w[i] == first && &w[i + 1..i + p.len()] == rest)
}

/// Words in -ise that have no -ize spelling.
const ISE_ONLY: &[&str] = &[
    "advise",
    "compromise",
    "despise",
    "devise",
    "disguise",
    "exercise",
    "franchise",
    "improvise",
    "merchandise",
    "praise",
    "premise",
    "promise",
    "raise",
    "revise",
    "supervise",
    "surmise",
    "surprise",
    "televise",
    "enterprise",
    "expertise",
    "otherwise",
    "chastise",
    "excise",
    "apprise",
    "arise",
    "rise",
    "wise",
    "noise",
    "poise",
    "cruise",
    "bruise",
    "guise",
    "concise",
    "precise",
    "paradise",
    "demise",
    "reprise",
    "incise",
    "circumcise",
];

#[cfg(test)]
mod tests {
    use super::*;

    fn forms(l: &str) -> Vec<String> {
        verb_forms(l).into_iter().map(|(s, _)| s).collect()
    }
    fn flag(l: &str, form: &str) -> Forms {
        verb_forms(l)
            .into_iter()
            .find(|(s, _)| s == form)
            .map(|(_, f)| f)
            .unwrap_or_default()
    }

    #[test]
    fn irregular_table_is_large_and_parses() {
        assert!(irregular_verb_count() >= 150, "{}", irregular_verb_count());
        assert_eq!(irregular_verb_lemma("struck"), Some("strike"));
        assert_eq!(irregular_verb_lemma("withdrawn"), Some("withdraw"));
        assert_eq!(irregular_verb_lemma("met"), Some("meet"));
    }

    #[test]
    fn irregular_verbs() {
        let f = forms("strike");
        for w in ["strike", "strikes", "striking", "struck", "stricken"] {
            assert!(f.contains(&w.to_string()), "{w} missing from {f:?}");
        }
        assert!(!f.contains(&"striked".to_string()));
        assert!(flag("meet", "met").is_past() && flag("meet", "met").is_participle());
        assert!(flag("withdraw", "withdrawn").is_participle());
        assert!(!flag("withdraw", "withdrawn").is_past());
        assert!(forms("seek").contains(&"sought".to_string()));
        assert!(forms("flee").contains(&"fleeing".to_string()));
    }

    #[test]
    fn doubling() {
        assert!(forms("stop").contains(&"stopped".to_string()));
        assert!(forms("ban").contains(&"banning".to_string()));
        assert!(forms("commit").contains(&"committed".to_string()));
        assert!(forms("kidnap").contains(&"kidnapped".to_string()));
        assert!(forms("expel").contains(&"expelled".to_string()));
        assert!(forms("patrol").contains(&"patrolling".to_string()));
        // no doubling: two vowels, unstressed final syllable, w/x/y endings
        assert!(forms("jail").contains(&"jailed".to_string()));
        assert!(forms("visit").contains(&"visited".to_string()));
        assert!(forms("offer").contains(&"offered".to_string()));
        assert!(forms("fix").contains(&"fixed".to_string()));
        assert!(forms("vow").contains(&"vowed".to_string()));
        // British and American -l
        let t = forms("travel");
        assert!(t.contains(&"traveled".to_string()) && t.contains(&"travelled".to_string()));
        assert!(forms("label").contains(&"labelling".to_string()));
    }

    #[test]
    fn compounds_and_listed_final_stress_double_in_every_form() {
        // A hyphenated compound doubles like its last part.
        let f = forms("air-drop");
        assert!(f.contains(&"air-dropped".to_string()), "{f:?}");
        assert!(f.contains(&"air-dropping".to_string()), "{f:?}");
        assert!(!f.contains(&"air-droped".to_string()), "{f:?}");
        assert!(forms("pistol-whip").contains(&"pistol-whipped".to_string()));
        // ... and not where its last part does not ("water-cannon", two syllables).
        assert!(forms("water-cannon").contains(&"water-cannoned".to_string()));
        // A doubled past in irregular.txt gives the doubled -ing form as well.
        let r = forms("rebut");
        for w in ["rebutted", "rebutting"] {
            assert!(r.contains(&w.to_string()), "{w} missing from {r:?}");
        }
        assert!(flag("unban", "unbanned").is_past() && flag("unban", "unbanning").is_gerund());
        // An irregular past that only looks similar adds no -ing form ("bid" "bid").
        assert!(!forms("bid").contains(&"biding".to_string()));
    }

    #[test]
    fn listed_noun_plurals_of_sibilant_and_man_nouns() {
        // "-s" nouns are taken as plural-only unless irregular.txt gives their plural.
        assert!(noun_plurals("bus").contains(&"buses".to_string()));
        assert!(noun_plurals("campus").contains(&"campuses".to_string()));
        assert_eq!(noun_plurals("talks"), vec!["talks".to_string()]);
        // "-man" compounds outside the -sman/gunman/woman rule.
        assert_eq!(noun_plurals("hitman"), vec!["hitmen".to_string()]);
        assert_eq!(noun_plurals("airman"), vec!["airmen".to_string()]);
    }

    #[test]
    fn e_drop_ie_and_y() {
        assert!(forms("praise").contains(&"praising".to_string()));
        assert!(forms("praise").contains(&"praised".to_string()));
        assert!(forms("agree").contains(&"agreeing".to_string()));
        assert!(forms("agree").contains(&"agreed".to_string()));
        assert!(forms("free").contains(&"freeing".to_string()));
        assert!(forms("die").contains(&"dying".to_string()));
        assert!(forms("tie").contains(&"tied".to_string()));
        let d = forms("deny");
        for w in ["denies", "denied", "denying"] {
            assert!(d.contains(&w.to_string()), "{w}");
        }
        assert!(forms("deploy").contains(&"deployed".to_string()));
        assert!(forms("deploy").contains(&"deploys".to_string()));
        assert!(forms("veto").contains(&"vetoes".to_string()));
        assert!(forms("push").contains(&"pushes".to_string()));
        assert!(forms("panic").contains(&"panicked".to_string()));
    }

    #[test]
    fn nouns() {
        assert_eq!(noun_plurals("pact"), vec!["pacts"]);
        assert_eq!(noun_plurals("crisis"), vec!["crises"]);
        assert_eq!(noun_plurals("embargo"), vec!["embargoes"]);
        assert_eq!(noun_plurals("ally"), vec!["allies"]);
        assert_eq!(noun_plurals("day"), vec!["days"]);
        assert_eq!(noun_plurals("gunman"), vec!["gunmen"]);
        assert_eq!(noun_plurals("clash"), vec!["clashes"]);
        assert_eq!(noun_plurals("talks"), vec!["talks"]);
        assert!(noun_forms("strike")[1].1.is_plural());
        // A final "-ch" spoken /k/ takes "-s"; one spoken as a sibilant "-es".
        assert_eq!(noun_plurals("oligarch"), vec!["oligarchs"]);
        assert_eq!(noun_plurals("monarch"), vec!["monarchs"]);
        assert_eq!(noun_plurals("march"), vec!["marches"]);
        assert_eq!(noun_plurals("search"), vec!["searches"]);
        assert_eq!(noun_plurals("quiz"), vec!["quizzes"]);
    }

    #[test]
    fn a_doubled_final_z_doubles_before_es_too() {
        let q = forms("quiz");
        for w in ["quizzes", "quizzed", "quizzing"] {
            assert!(q.contains(&w.to_string()), "{w}: {q:?}");
        }
        assert!(forms("fizz").contains(&"fizzes".to_string()));
        assert!(forms("search").contains(&"searches".to_string()));
    }

    /// The letter masks only skip searches: the pairs' variants are those a plain
    /// substring search finds, for words holding a pair anywhere, in any case, or not.
    #[test]
    fn spelling_pairs_as_a_substring_search_finds_them() {
        let naive = |word: &str| {
            let mut out = vec![word.to_string()];
            for (am, br) in SPELLING_PAIRS {
                let s = if word.contains(am) && !word.contains(br) {
                    word.replacen(am, br, 1)
                } else if word.contains(br) {
                    word.replacen(br, am, 1)
                } else {
                    continue;
                };
                if !out.contains(&s) {
                    out.push(s);
                }
            }
            out
        };
        let mut words = vec!["", "a", "DEFENSE", "Labor", "peace", "grayish", "x-ray"];
        let built: Vec<String> = SPELLING_PAIRS
            .iter()
            .flat_map(|&(am, br)| {
                [
                    am.to_string(),
                    br.to_string(),
                    format!("anti-{am}s"),
                    format!("{br}-{am}"),
                    am[1..].to_string(),
                    format!("{}{}", &am[..am.len() - 1], &br[br.len() - 1..]),
                ]
            })
            .collect();
        words.extend(built.iter().map(String::as_str));
        for w in words {
            // The pairs' variants come first; the -ize family's, which the masks do not
            // touch, are appended after them.
            let (got, want) = (spelling_variants(w), naive(w));
            assert!(got.len() >= want.len(), "{w}: {got:?} {want:?}");
            assert_eq!(got[..want.len()], want[..], "{w}");
        }
    }

    #[test]
    fn spelling() {
        assert_eq!(spelling_variants("mobilize"), vec!["mobilize", "mobilise"]);
        assert_eq!(
            spelling_variants("criticise"),
            vec!["criticise", "criticize"]
        );
        assert_eq!(spelling_variants("defense"), vec!["defense", "defence"]);
        assert_eq!(spelling_variants("defence"), vec!["defence", "defense"]);
        assert_eq!(spelling_variants("praise"), vec!["praise"]);
        assert_eq!(spelling_variants("seize"), vec!["seize"]);
        assert_eq!(spelling_variants("paralyze"), vec!["paralyze", "paralyse"]);
        assert_eq!(spelling_variants("labor"), vec!["labor", "labour"]);
    }
}

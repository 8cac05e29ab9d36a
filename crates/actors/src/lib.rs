//! # sitrep-actors: actor dictionaries and matcher
//!
//! This crate ships sitrep's built-in **actor dictionaries** — countries and territories
//! (with their capitals, major cities and newsworthy regions), international and national
//! organisations, news media, armed and political non-state groups, prominent people and
//! role nouns — as human-editable text files under `data/`, plus the parser for that format
//! and a fast whole-word matcher over news text.
//!
//! ```
//! use sitrep_actors::{ActorDictionary, ActorKind};
//! let dict = ActorDictionary::builtin();
//! let text = "North Korean leader Kim Jong Un met Russia's security chief in Pyongyang.";
//! let found: Vec<&str> = dict.find(text).iter().map(|m| dict.entry(m.entry).id.as_str()).collect();
//! assert_eq!(found, ["PRK", "leader", "kim-jong-un", "RUS", "security chief", "PRK:pyongyang"]);
//! assert_eq!(dict.entry(dict.by_id("PRK").unwrap()).kind, ActorKind::Country);
//! ```
//!
//! ## File format
//!
//! Every dictionary file (built-in or user-supplied) uses the same line-based, INI-like
//! format. It is UTF-8 text; a `#` at the start of a line (after optional blanks) starts a
//! comment line; blank lines are ignored.
//!
//! * `@kind KIND` sets the kind of the blocks that follow: `country`, `organization`,
//!   `media`, `group`, `person` or `role`. Without it the kind is inferred from the file
//!   name (`countries.txt`, `organizations.txt`, `media.txt`, `groups.txt`, `people.txt`,
//!   `roles.txt`).
//! * `[ID]` starts an entry. The id is a stable identifier without blanks: an ISO 3166-1
//!   alpha-3 code for countries (`PRK`), an upper-case org id for organisations, media and
//!   groups (`NATO`, `KCNA`, `HAMAS`), a lower-case slug for people (`kim-jong-un`) and the
//!   canonical noun for roles (`[prime minister]` may contain blanks). `[]` derives a slug
//!   id from the first name. The special id `[!ignore]` lists *blocking* forms (below).
//! * Inside an entry, each line holds one or more fields separated by `|`; a field is
//!   `key: value; value; ...`. Repeating a list key appends values.
//! * A value may list alternate spellings of one item joined by `=`, e.g.
//!   `capital: Kyiv = Kiev`. For keys that create separate entries (`capital`, `city`,
//!   `region`) the first spelling is the canonical name; elsewhere alternates are
//!   simply more forms.
//!
//! Keys by kind (values are forms to match unless noted):
//!
//! | kind | list keys | scalar keys |
//! |---|---|---|
//! | country | `name`, `abbrev`, `abbrev-strict`, `adjective`, `demonym`, `capital`, `city`, `region`, `governed-region` | `canonical`, `cameo` |
//! | organization, media, group | `name`, `abbrev`, `abbrev-strict`, `adjective` | `code`, `sector`, `org`, `cameo`, `canonical`, `from`, `to` |
//! | person | `name`, `abbrev`, `surname` | `code`, `sector`, `role`, `org`, `leader`, `cameo`, `canonical`, `from`, `to` |
//! | role | `singular`, `plural` | `sector`, `code`, `leader`, `cameo` |
//! | `!ignore` | `form` | |
//!
//! `code` is an ISO 3166-1 alpha-3 code or one of `IGO`, `NGO`, `MNC`, `IMG` (three
//! upper-case letters); `sector` is three upper-case letters (`GOV`, `MIL`, `MED`, ...);
//! `leader` is `yes` or `no`; `cameo` is the full CAMEO actor code when it is not simply
//! code + sector. Countries take their code from the id; organisations, media and groups
//! take `org` from the id unless given; media default to sector `MED`. Groups may omit
//! `code` when their name is used in several countries ("Democratic Party"). Every form
//! must begin with a letter or digit; dotted abbreviations ("U.S.", "U.N.") are listed
//! explicitly. Capitals, cities and
//! regions (`governed-region`: one with a government of its own, which news names as a
//! doer the way it names a capital) become entries of kind [`ActorKind::City`] / [`ActorKind::Region`] with id
//! `CODE:slug` (`PRK:pyongyang`) and the country's code.
//!
//! ### Dates: `from` and `to`
//!
//! `from:` and `to:` say when an entry holds: an office holder's tenure, a group's active
//! years. Each is an ISO date, `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; `from` counts from the
//! first day of the period it names and `to` through the last (`to: 1995` is through 31
//! December 1995); either may be left open (still in office: no `to`). Write only the
//! precision you are sure of: a handover known to the month is `to: 1995-11` for one
//! holder and `from: 1995-11` for the next; inside such a shared period the successor is
//! chosen. The same name may appear in several entries with different dates (Putin as
//! prime minister 1999-2000 and 2008-2012, as president 2000-2008 and from 2012), and the
//! document's publication date chooses among them ([`ActorDictionary::find_in_document`]):
//!
//! * a date inside a range chooses that entry (a dated entry before an undated one of the
//!   same country, which holds at any time; among several, the latest to begin);
//! * a date outside every range chooses the most recent entry that began before it (a
//!   former holder keeps the country and sector of the office held), or the earliest entry
//!   when the date precedes them all;
//! * no date chooses the most recent entry (the one ending last, open ends first).
//!
//! When several `[]` entries derive the same id, the one without `to` keeps it and each
//! other takes `ID@FROM` (`vladimir-putin@2000-05-07`). Entries of different countries
//! sharing a name (parties, fronts) are chosen the same way by the document's countries;
//! other clashes follow the merging rules below. [`ActorDictionary::holder`] answers bare
//! titles ("the Kenyan president" on a date) and [`ActorDictionary::check`] reports
//! overlapping tenures in single-holder offices and unknown codes.
//!
//! Errors (unknown key, malformed line, bad code, missing name, ...) are reported as a
//! [`DictionaryError`] carrying the file name and 1-based line number; loading reads on past
//! them and reports all of them at once ([`DictionaryErrors`]).
//!
//! ### Merging
//!
//! [`ActorDictionary::from_sources`] and [`DictionaryBuilder`] accept several files. An id
//! defined again in a *later* file extends the earlier entry (its forms are added, its
//! scalar fields replace the earlier ones), so a user file can add `city: Nampo` to
//! `[PRK]`. Defining one id twice in the same file is an error. When one surface form is
//! claimed by several entries, the definition from the later file wins; within one file
//! the first definition wins (so a city-state's capital does not steal its country's
//! name). [`ActorDictionary::shadowed_forms`] lists such clashes. The exception are people,
//! organisations, media and groups that the document can tell apart (one of them is dated,
//! or their countries differ): they all keep the form, and
//! [`ActorDictionary::find_in_document`] chooses.
//!
//! ## Matching rules ([`ActorDictionary::find`], [`ActorDictionary::find_in_document`])
//!
//! * Whole words only: the character before a match and the one after it must not be a
//!   letter, digit or `_` ("Russia" matches in "Russia's"/"Russia’s", not in "Russian"
//!   unless "Russian" is itself a form).
//! * Leftmost-longest: among valid candidates the leftmost wins, and the longest among
//!   those ("South Korea" beats "Korea", "UN Security Council" beats "UN"). A candidate that
//!   fails a case or boundary check never hides a shorter valid one. Between two forms that
//!   differ only in case and both fit, the one equal to the text wins ("NIS" over "Nis").
//! * Case: every upper-case ASCII letter of a form must be upper-case in the text; lower-case
//!   letters of the form may appear in either case. So names match as written or in ALL
//!   CAPS or Title Case, and role nouns written in lower case match in any case.
//!   Abbreviations (`abbrev`) must match exactly. `abbrev-strict` abbreviations (used for
//!   `IS` = Islamic State, `WHO`, `ICE`, which are English words in capitals) additionally do not
//!   match when the neighbouring word is also in capitals (a headline in ALL CAPS).
//!   Plain `abbrev` forms such as `US` do match in ALL-CAPS headlines ("US TROOPS"), at
//!   the price of the rare "LET US" false positive.
//! * Spelling tolerance is generated when compiling: apostrophes `'`/`’`, hyphens
//!   `-`/`–`/`—`/`‑`, and an ASCII-folded variant of forms with diacritics ("Erdoğan" also
//!   matches "Erdogan"). A form written in double quotes (`"Malé"`) is taken literally.
//!   Multi-word forms match with single spaces (the ingest stage normalises whitespace).
//! * `!ignore` forms are matched like any other and then dropped, which blocks shorter
//!   forms inside them ("general election" stops the role "general"; "Latin America" stops
//!   "America").
//! * Once a match is taken, scanning resumes after it: a form that would start inside it
//!   is not considered (the usual leftmost-longest semantics).
//! * [`find_in_document`](ActorDictionary::find_in_document) also chooses among entries
//!   sharing a form (dates, then the document's countries) and drops a group or
//!   organisation name found inside a longer capitalised name the dictionary does not
//!   know ("Democratic Party" in "Liberal Democratic Party").
//!
//! Matching walks one byte trie over all forms, ASCII-case-folded, from every word start
//! only (a valid match must begin at one), checks the end boundary and the case rule at
//! each node that ends a form, keeps the longest valid form, and continues after it. This
//! is leftmost-longest by construction, and faster than running a general Aho-Corasick
//! automaton (overlapping mode) over every byte: walks are short (under four bytes on
//! average on the VOA corpus) and a node whose forms share one remaining string compares
//! it at once. Time is linear in the text times the longest form; nothing is allocated
//! per token. Run `cargo run --release -p sitrep-actors --example actor_bench` to measure
//! build time and throughput (`--dump` lists every match for reviewing the data).

// FxHash, not SipHash: the keys are the dictionaries' own names and codes, and the load
// hashes some 120,000 of them (std's SipHash was about 15 M instructions of it). No code
// here depends on a map's iteration order (std's was random per process).
use rustc_hash::FxHashMap as HashMap;
use std::fmt;
use std::sync::OnceLock;

/// Index of an entry in an [`ActorDictionary`].
pub type EntryId = u32;

/// What an entry denotes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ActorKind {
    Country,
    City,
    Organization,
    Media,
    Group,
    Person,
    Role,
    /// A sub-national region that news names (Crimea, Darfur, Gaza, West Bank).
    Region,
}

impl ActorKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ActorKind::Country => "country",
            ActorKind::City => "city",
            ActorKind::Organization => "organization",
            ActorKind::Media => "media",
            ActorKind::Group => "group",
            ActorKind::Person => "person",
            ActorKind::Role => "role",
            ActorKind::Region => "region",
        }
    }
}

impl fmt::Display for ActorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Which kind of form of an entry a match used.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FormKind {
    Name,
    Abbreviation,
    Adjective,
    Demonym,
    Capital,
    City,
    RoleSingular,
    RolePlural,
    /// A region name (entry kind [`ActorKind::Region`]).
    Region,
    /// A region with a government of its own (`governed-region`: Puntland, Catalonia,
    /// Kurdistan Region; entry kind [`ActorKind::Region`]): a place where a locative puts
    /// it, otherwise its authorities, as a capital stands for its government.
    GovernedRegion,
    /// A person's surname used alone ("Putin", "Shoigu").
    Surname,
}

impl FormKind {
    pub fn as_str(self) -> &'static str {
        match self {
            FormKind::Name => "name",
            FormKind::Abbreviation => "abbreviation",
            FormKind::Adjective => "adjective",
            FormKind::Demonym => "demonym",
            FormKind::Capital => "capital",
            FormKind::City => "city",
            FormKind::RoleSingular => "role-singular",
            FormKind::RolePlural => "role-plural",
            FormKind::Region => "region",
            FormKind::GovernedRegion => "governed-region",
            FormKind::Surname => "surname",
        }
    }
}

impl fmt::Display for FormKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One dictionary entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActorEntry {
    /// Stable identifier: "PRK", "NATO", "KCNA", "kim-jong-un", "president", "PRK:pyongyang".
    pub id: String,
    pub kind: ActorKind,
    /// Display name: "North Korea", "Kim Jong Un", "president".
    pub canonical: String,
    /// ISO3 or IGO/NGO/MNC/IMG (cities and regions: their country; roles: usually None).
    pub code: Option<String>,
    /// GOV/MIL/MED/REB/...
    pub sector: Option<String>,
    /// Organisation id ("NATO", "KCNA"); people may name their organisation.
    pub org: Option<String>,
    /// Full CAMEO actor code when it is not simply code + sector (e.g. "IGOWSTNAT").
    pub cameo: Option<String>,
    /// People: "leader", "president", "foreign minister"; roles: their canonical noun.
    pub role: Option<String>,
    /// Roles and people that can stand for their government.
    pub leader: bool,
    /// When the entry holds (`from:`/`to:` in the file): an office holder's tenure, a
    /// group's active years. `None` for undated entries, which hold at any time.
    pub tenure: Option<Tenure>,
}

impl ActorEntry {
    /// Whether the entry holds on `day` (undated entries always do).
    pub fn holds_on(&self, day: Day) -> bool {
        self.tenure.is_none_or(|t| t.contains(day))
    }
}

/// A calendar day. Ordered; built from a publication date by the caller (the crate has no
/// date dependency) or parsed from an ISO date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

impl Day {
    /// A valid Gregorian date, or `None`.
    pub fn new(year: i32, month: u32, day: u32) -> Option<Day> {
        ((1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month))
            .then_some(Day { year, month, day })
    }

    /// Parses the date at the start of `s`: `YYYY-MM-DD`, optionally followed by a time
    /// (`2025-03-14 20:30:26Z`, `2025-03-14T20:30:26Z`), as documents carry it.
    pub fn parse(s: &str) -> Option<Day> {
        let s = s.trim();
        let date = s.get(..10)?;
        if s.len() > 10 && !s[10..].starts_with([' ', 'T', 't']) {
            return None;
        }
        let period = Period::parse(date).ok()?;
        (period.first == period.last).then_some(period.first)
    }
}

impl fmt::Display for Day {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// The days an ISO date as written in a dictionary names: `1994` is the whole year,
/// `1994-05` the month, `1994-05-10` one day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Period {
    pub first: Day,
    pub last: Day,
}

impl Period {
    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub fn parse(s: &str) -> Result<Period, String> {
        let bad = || format!("date `{s}` must be YYYY, YYYY-MM or YYYY-MM-DD");
        let parts: Vec<&str> = s.split('-').collect();
        let digits = |p: &str, n: usize| p.len() == n && p.bytes().all(|b| b.is_ascii_digit());
        if parts.is_empty() || parts.len() > 3 || !digits(parts[0], 4) {
            return Err(bad());
        }
        let year: i32 = parts[0].parse().map_err(|_| bad())?;
        let month = match parts.get(1) {
            Some(m) if digits(m, 2) => Some(m.parse::<u32>().map_err(|_| bad())?),
            Some(_) => return Err(bad()),
            None => None,
        };
        let day = match parts.get(2) {
            Some(d) if digits(d, 2) => Some(d.parse::<u32>().map_err(|_| bad())?),
            Some(_) => return Err(bad()),
            None => None,
        };
        let invalid = || format!("date `{s}` does not exist");
        Ok(match (month, day) {
            (None, _) => Period {
                first: Day::new(year, 1, 1).ok_or_else(invalid)?,
                last: Day::new(year, 12, 31).ok_or_else(invalid)?,
            },
            (Some(m), None) => Period {
                first: Day::new(year, m, 1).ok_or_else(invalid)?,
                last: Day::new(year, m, days_in_month(year, m.clamp(1, 12))).ok_or_else(invalid)?,
            },
            (Some(m), Some(d)) => {
                let day = Day::new(year, m, d).ok_or_else(invalid)?;
                Period {
                    first: day,
                    last: day,
                }
            }
        })
    }
}

/// When an entry holds: from the first day of `from` to the last day of `to`, both
/// inclusive; an open end holds without limit. A handover written at month or year
/// precision ("to: 1995-11" and the successor's "from: 1995-11") shares that period; the
/// successor wins inside it (see [`ActorDictionary::find_in_document`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Tenure {
    pub from: Option<Period>,
    pub to: Option<Period>,
}

impl Tenure {
    pub fn contains(&self, day: Day) -> bool {
        self.from.is_none_or(|p| p.first <= day) && self.to.is_none_or(|p| day <= p.last)
    }

    /// Whether two tenures share more than a handover period: each starts before the
    /// other's `to` period begins.
    pub fn overlaps(&self, other: &Tenure) -> bool {
        let starts_before_end = |a: &Tenure, b: &Tenure| match (a.from, b.to) {
            (Some(f), Some(t)) => f.first < t.first,
            _ => true,
        };
        starts_before_end(self, other) && starts_before_end(other, self)
    }
}

/// A dictionary form found in a text. Offsets are byte offsets into the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ActorMatch {
    pub start: usize,
    pub end: usize,
    pub entry: EntryId,
    pub form: FormKind,
}

/// A problem in a dictionary file, with its location (1-based line; 0 when the problem
/// concerns the file as a whole), and every problem of a load: the loader reads on past a bad
/// line, so a user fixing a file sees all its problems at once. The same types serve every
/// sitrep data-file loader (`sitrep-diagnostics`).
pub use sitrep_diagnostics::{LineError as DictionaryError, LineErrors as DictionaryErrors};

/// The built-in dictionary files, as `(file name, content)`, in load order.
pub const BUILTIN_SOURCES: &[(&str, &str)] = &[
    ("countries.txt", include_str!("../data/countries.txt")),
    (
        "organizations.txt",
        include_str!("../data/organizations.txt"),
    ),
    ("media.txt", include_str!("../data/media.txt")),
    ("groups.txt", include_str!("../data/groups.txt")),
    ("people.txt", include_str!("../data/people.txt")),
    (
        "leaders-americas.txt",
        include_str!("../data/leaders-americas.txt"),
    ),
    (
        "leaders-europe.txt",
        include_str!("../data/leaders-europe.txt"),
    ),
    (
        "leaders-middle-east.txt",
        include_str!("../data/leaders-middle-east.txt"),
    ),
    ("leaders-asia.txt", include_str!("../data/leaders-asia.txt")),
    (
        "leaders-africa.txt",
        include_str!("../data/leaders-africa.txt"),
    ),
    (
        "leaders-smaller-states.txt",
        include_str!("../data/leaders-smaller-states.txt"),
    ),
    (
        "leaders-ministers.txt",
        include_str!("../data/leaders-ministers.txt"),
    ),
    (
        "leaders-organizations.txt",
        include_str!("../data/leaders-organizations.txt"),
    ),
    ("roles.txt", include_str!("../data/roles.txt")),
];

/// Lowercase particles inside Romance, Portuguese and Arabic place names ("Mocimboa da
/// Praia", "Ciudad del Este", "Ras al Khaimah"): a capital or city right after one and a
/// capitalised word is the end of a longer place name, not the capital itself.
const PLACE_NAME_PARTICLES: &[&str] = &["da", "de", "do", "dos", "das", "del", "al", "el"];

/// Capitalised nouns that end organisation names: a known name followed by one of them
/// ("National Front Party") is part of a longer, unknown name.
const NAME_HEADS: &[&str] = &[
    "Party",
    "Front",
    "Movement",
    "Alliance",
    "Union",
    "Congress",
    "Council",
    "Army",
    "Forces",
    "Organization",
    "Organisation",
    "League",
    "Coalition",
    "Association",
    "Federation",
    "Society",
    "Committee",
    "Brigade",
    "Brigades",
    "Bloc",
    "Assembly",
];

/// Words that locate a place within another ("eastern Aleppo", "the north of the
/// country"): a group described by "rebels in eastern Aleppo" belongs to Aleppo's country.
#[inline]
pub fn is_direction_word(word: &str) -> bool {
    // Compared in place, not on a lowercased copy: the place and actor stages ask it of
    // the words around every place and group they find. Most words asked about have a
    // length no direction word has ("the", "in", names): refused by one bit test before
    // the list is scanned.
    word.len() < 32
        && DIRECTION_LENGTHS >> word.len() & 1 == 1
        && DIRECTION_WORDS.iter().any(|d| d.eq_ignore_ascii_case(word))
}

/// Bit `l` set where some direction word is `l` bytes long (every one is under 32).
const DIRECTION_LENGTHS: u32 = {
    let mut mask = 0u32;
    let mut i = 0;
    while i < DIRECTION_WORDS.len() {
        assert!(DIRECTION_WORDS[i].len() < 32);
        mask |= 1 << DIRECTION_WORDS[i].len();
        i += 1;
    }
    mask
};

/// The words `is_direction_word` accepts, lowercase.
const DIRECTION_WORDS: [&str; 29] = [
    "north",
    "south",
    "east",
    "west",
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "northeastern",
    "northwestern",
    "southeastern",
    "southwestern",
    "north-eastern",
    "north-western",
    "south-eastern",
    "south-western",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "upper",
    "lower",
    "rural",
    "greater",
    "downtown",
    "besieged",
    "occupied",
    "war-torn",
];

/// Capitalised words that start sentences and titles but are not names.
/// Whether the name starting at byte `start` ends a longer place name: "<Capitalised>
/// <particle> " right before it ("Mocimboa da Praia": not Cape Verde's capital).
fn ends_longer_place_name(text: &str, start: usize) -> bool {
    let mut words = text[..start].rsplit(' ');
    // The empty piece after the space right before the name.
    if words.next() != Some("") {
        return false;
    }
    let particle = words.next().unwrap_or("");
    let word = words.next().unwrap_or("");
    PLACE_NAME_PARTICLES.contains(&particle)
        && word.chars().next().is_some_and(char::is_uppercase)
        && word
            .chars()
            .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
}

fn is_function_word(word: &str) -> bool {
    matches!(
        word.to_ascii_lowercase().as_str(),
        "the"
            | "a"
            | "an"
            | "and"
            | "or"
            | "but"
            | "of"
            | "for"
            | "in"
            | "on"
            | "at"
            | "by"
            | "with"
            | "from"
            | "to"
            | "as"
            | "said"
            | "says"
            | "while"
            | "when"
            | "after"
            | "before"
            | "his"
            | "her"
            | "its"
            | "their"
            | "our"
            | "both"
    )
}

/// Entry id used internally for `!ignore` forms.
const IGNORED: EntryId = EntryId::MAX;
const IGNORE_BLOCK_ID: &str = "!ignore";

/// How a candidate's letters must compare with the form's letters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum CaseRule {
    /// Upper-case letters of the form must be upper-case in the text.
    Capitals,
    /// Byte-exact.
    Exact,
    /// Byte-exact and not next to another ALL-CAPS word.
    ExactOutsideCapsRun,
}

#[derive(Debug, Clone, Copy)]
struct PatternInfo {
    /// The entry matched when nothing else decides (see `alternatives`).
    entry: EntryId,
    form: FormKind,
    rule: CaseRule,
    /// Byte range of the form's text in `ActorDictionary::pattern_text`.
    text_start: u32,
    text_len: u32,
    /// Range in `ActorDictionary::alternatives` of every entry that claims this form
    /// (dated tenures, namesakes in other countries); empty when `entry` is the only one.
    alts_start: u32,
    alts_len: u32,
}

/// A compiled actor dictionary: entries plus one case-folded trie over all their forms.
pub struct ActorDictionary {
    entries: Vec<ActorEntry>,
    ids: HashMap<String, EntryId>,
    patterns: Vec<PatternInfo>,
    pattern_text: String,
    trie: Trie,
    shadowed: Vec<ShadowedForm>,
    /// Entry lists of ambiguous forms, each sorted by entry id.
    alternatives: Vec<EntryId>,
    /// People by (country or IGO code, office): the office is the canonical role noun
    /// their `role` names ("secretary of state" -> "foreign minister").
    offices: HashMap<(String, String), Vec<EntryId>>,
    /// Singular role forms (lower case) -> the role's canonical noun.
    role_nouns: HashMap<String, String>,
}

/// A surface form claimed by two entries, of which only `kept` is matched (see the
/// merging rules in the crate docs). `None` stands for an `!ignore` form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShadowedForm {
    pub form: String,
    pub kept: Option<EntryId>,
    pub dropped: Option<EntryId>,
}

impl fmt::Debug for ActorDictionary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ActorDictionary")
            .field("entries", &self.entries.len())
            .field("patterns", &self.patterns.len())
            .finish()
    }
}

impl ActorDictionary {
    /// The built-in dictionary, parsed and compiled once per process.
    pub fn builtin() -> &'static ActorDictionary {
        static BUILTIN: OnceLock<ActorDictionary> = OnceLock::new();
        BUILTIN.get_or_init(|| {
            ActorDictionary::from_sources(BUILTIN_SOURCES)
                .unwrap_or_else(|e| panic!("built-in actor dictionary is invalid: {e}"))
        })
    }

    /// A builder that merges the built-in files and/or user files.
    pub fn builder() -> DictionaryBuilder {
        DictionaryBuilder::default()
    }

    /// Parses and compiles dictionary files given as `(file name, content)`, in order
    /// (later files extend and override earlier ones, see the crate docs).
    ///
    /// Errors: every malformed line, then every entry that cannot be compiled (no name, a
    /// country id that is not a code, ...), sorted by file and line. An entry with a
    /// malformed line is not checked further, so one mistake gives one error.
    pub fn from_sources(sources: &[(&str, &str)]) -> Result<ActorDictionary, DictionaryErrors> {
        let mut blocks = BlockSet {
            builtin_sources: sources
                .iter()
                .zip(BUILTIN_SOURCES)
                .take_while(|(a, b)| a.0 == b.0 && a.1 == b.1)
                .count(),
            ..BlockSet::default()
        };
        let mut errors = DictionaryErrors::default();
        for (index, (file, content)) in sources.iter().enumerate() {
            parse_file(file, content, index, &mut blocks, &mut errors);
        }
        let compiled = compile(blocks, &mut errors);
        if errors.is_empty() {
            return Ok(compiled);
        }
        let file_order = |file: &str| sources.iter().position(|(f, _)| *f == file);
        errors.sort_by_key(|e| (file_order(&e.file), e.line));
        Err(errors)
    }

    /// All matches in `text`, leftmost-longest, sorted by start offset.
    pub fn find(&self, text: &str) -> Vec<ActorMatch> {
        let mut out = Vec::new();
        self.find_into(text, &mut out);
        out
    }

    /// Like [`find`](Self::find) but appends to `out`, so a caller can reuse one buffer.
    /// A form that several entries claim yields the entry chosen without context (see
    /// [`find_in_document`](Self::find_in_document)).
    pub fn find_into(&self, text: &str, out: &mut Vec<ActorMatch>) {
        self.scan(text, |m, _| out.push(m));
    }

    /// All matches in a document, with the choices that need the document made:
    ///
    /// * **Dates.** A form claimed by dated entries (office holders' tenures, groups'
    ///   active years) takes the entry that holds on `published`: among the entries
    ///   holding that day (undated ones always hold) a dated one before an undated one
    ///   of the same country, and the latest to begin (so the successor wins inside a
    ///   shared handover month).
    ///   When none holds, the most recent entry that began before that day (a former
    ///   holder keeps the country of the office they held); when the day is before every
    ///   tenure, the earliest. With no date, the most recent entry: the one that ends
    ///   last (open-ended and undated entries first), then the latest to begin.
    /// * **Namesakes.** Among what is left, entries of different countries sharing a name
    ///   ("People's Party", "National Front") resolve to the one whose country the
    ///   document mentions most (countries, capitals, cities, adjectives and other
    ///   unambiguous names count); when the document mentions none of their countries, an
    ///   entry without a country wins if there is one (the engine resolves it from
    ///   context), else the first defined.
    /// * **Longer names.** A group or organisation name inside a longer capitalised name
    ///   that the dictionary does not know is dropped ("Democratic Party" in "Liberal
    ///   Democratic Party" or "Democratic Party of Japan", "People's Party" in "Pakistan
    ///   People's Party"): a capitalised word right before it that no entry matches, or a
    ///   country of another code ("Rwandan Patriotic Front" is not Zambia's Patriotic
    ///   Front); or after a multi-word name, `of`/`for` and a capitalised word, or a
    ///   capitalised head noun ("Front", "Party", "Movement", ...).
    pub fn find_in_document(&self, text: &str, published: Option<Day>) -> Vec<ActorMatch> {
        let mut raw: Vec<(ActorMatch, u32)> = Vec::new();
        self.scan(text, |m, pattern| raw.push((m, pattern)));
        // Countries the document names through unambiguous forms.
        let mut tally: HashMap<&str, u32> = HashMap::default();
        for (m, pattern) in &raw {
            if self.patterns[*pattern as usize].alts_len > 0 {
                continue;
            }
            if let Some(code) = self.country_of(m.entry) {
                *tally.entry(code).or_default() += 1;
            }
        }
        let mut out = Vec::with_capacity(raw.len());
        for (i, &(m, pattern)) in raw.iter().enumerate() {
            let info = self.patterns[pattern as usize];
            let mut m = m;
            if info.alts_len > 0 {
                let alts = &self.alternatives
                    [info.alts_start as usize..(info.alts_start + info.alts_len) as usize];
                m.entry = self.choose(alts, published, &tally);
            }
            let before = i.checked_sub(1).map(|k| raw[k].0);
            let after = raw.get(i + 1).map(|r| r.0);
            if self.inside_longer_name(text, &m, before, after) {
                continue;
            }
            out.push(m);
        }
        out
    }

    /// The country code of an entry when it is a real country (not IGO/NGO/MNC/IMG).
    fn country_of(&self, entry: EntryId) -> Option<&str> {
        let e = &self.entries[entry as usize];
        let code = e.code.as_deref()?;
        (e.kind != ActorKind::Role && !matches!(code, "IGO" | "NGO" | "MNC" | "IMG"))
            .then_some(code)
    }

    /// Chooses among the entries claiming one form (rules in `find_in_document`).
    fn choose(&self, alts: &[EntryId], day: Option<Day>, tally: &HashMap<&str, u32>) -> EntryId {
        let e = |id: EntryId| &self.entries[id as usize];
        let begins = |id: EntryId| e(id).tenure.and_then(|t| t.from).map(|p| p.first);
        let ends = |id: EntryId| e(id).tenure.and_then(|t| t.to).map(|p| p.last);
        // Step 1: time. Namesakes of different countries may all hold; keep them.
        let mut kept: Vec<EntryId> = match day {
            Some(day) => {
                let holding: Vec<EntryId> = alts
                    .iter()
                    .copied()
                    .filter(|&a| e(a).holds_on(day))
                    .collect();
                if !holding.is_empty() {
                    // A dated entry is the more specific one of its country: an undated
                    // entry of the same code (a "former president") gives way to it.
                    holding
                        .iter()
                        .copied()
                        .filter(|&a| {
                            e(a).tenure.is_some()
                                || !holding
                                    .iter()
                                    .any(|&b| e(b).tenure.is_some() && e(b).code == e(a).code)
                        })
                        .collect()
                } else {
                    let began: Vec<EntryId> = alts
                        .iter()
                        .copied()
                        .filter(|&a| begins(a).is_some_and(|b| b <= day))
                        .collect();
                    if let Some(latest) = began.iter().map(|&a| begins(a)).max() {
                        began.into_iter().filter(|&a| begins(a) == latest).collect()
                    } else {
                        let earliest = alts.iter().map(|&a| begins(a)).min().expect("non-empty");
                        alts.iter()
                            .copied()
                            .filter(|&a| begins(a) == earliest)
                            .collect()
                    }
                }
            }
            None => {
                // Open ends sort last: `None` is the greatest end.
                let key = |a: EntryId| ends(a).map_or((1, None), |d| (0, Some(d)));
                let best = alts.iter().map(|&a| key(a)).max().expect("non-empty");
                alts.iter().copied().filter(|&a| key(a) == best).collect()
            }
        };
        // Step 2: the document's countries.
        let count = |a: EntryId| self.country_of(a).and_then(|c| tally.get(c)).copied();
        let best = kept.iter().filter_map(|&a| count(a)).max().unwrap_or(0);
        if best > 0 {
            kept.retain(|&a| count(a) == Some(best));
        } else if let Some(&open) = kept.iter().find(|&&a| e(a).code.is_none()) {
            return open;
        }
        // Step 3: the latest to begin (a successor inside a shared handover period), then
        // the first defined.
        *kept
            .iter()
            .max_by_key(|&&a| (begins(a), std::cmp::Reverse(a)))
            .expect("non-empty")
    }

    /// Whether match `m` is part of a longer capitalised name the dictionary does not know
    /// (rules in `find_in_document`). `before`/`after` are the neighbouring matches.
    fn inside_longer_name(
        &self,
        text: &str,
        m: &ActorMatch,
        before: Option<ActorMatch>,
        after: Option<ActorMatch>,
    ) -> bool {
        let entry = &self.entries[m.entry as usize];
        if matches!(m.form, FormKind::Capital | FormKind::City) {
            return ends_longer_place_name(text, m.start);
        }
        if !matches!(entry.kind, ActorKind::Group | ActorKind::Organization)
            || m.form != FormKind::Name
        {
            return false;
        }
        let bytes = text.as_bytes();
        let multi_word = text[m.start..m.end].contains(' ');
        // The word right before, separated by one space.
        if m.start >= 2 && bytes[m.start - 1] == b' ' {
            let word_end = m.start - 1;
            let word_start = text[..word_end]
                .rfind(|c: char| {
                    !(c.is_alphanumeric() || c == '\'' || c == '\u{2019}' || c == '-' || c == '.')
                })
                .map_or(0, |i| {
                    i + text[i..].chars().next().map_or(1, char::len_utf8)
                });
            let word = &text[word_start..word_end];
            // A possessive ("Malaysia's National Front") ends the name before it: only
            // its country counts.
            let possessor = word
                .strip_suffix("'s")
                .or_else(|| word.strip_suffix("\u{2019}s"))
                .map(|w| word_start + w.len());
            let capitalised = word.chars().next().is_some_and(char::is_uppercase);
            // "the UAE-backed Rapid Support Forces", "Iran-backed Kataib Hezbollah": a
            // compound ending in a lowercase participle qualifies the name; it does not
            // begin a longer one.
            let compound = word
                .rsplit_once('-')
                .is_some_and(|(_, rest)| rest.starts_with(|c: char| c.is_lowercase()));
            // "... in eastern Ukraine. European Union leaders met": a word that ends a
            // sentence with its period (not an abbreviation: "U.S.", "St.", "Gen.") is
            // no part of the name after it (session 32: the European Union was read as an
            // unknown "... Union", an NGO).
            let closes_sentence = word.len() > 4
                && word.ends_with('.')
                && !word[..word.len() - 1].contains('.')
                && word[..word.len() - 1].chars().any(char::is_lowercase);
            if capitalised && !compound && !closes_sentence && !is_function_word(word) {
                let known = before.filter(|b| b.end == possessor.unwrap_or(word_end));
                match known {
                    None if possessor.is_some() => {}
                    None => {
                        // "Liberal Democratic Party": an unknown name continues to the left.
                        // Sentence-initial capitals and all-caps headlines say nothing.
                        let sentence_start = text[..word_start]
                            .trim_end()
                            .chars()
                            .next_back()
                            .is_none_or(|c| matches!(c, '.' | '!' | '?' | '"' | '\u{201c}' | ':'));
                        let all_caps = !word.chars().any(char::is_lowercase);
                        if multi_word && !sentence_start && !all_caps {
                            return true;
                        }
                    }
                    Some(b) => {
                        // "Rwandan Patriotic Front", "Pakistan People's Party": a country
                        // of another code names another group.
                        // Transnational groups keep their name ("Syrian al-Qaeda
                        // fighters"); a group of no country becomes the other's name.
                        let other = &self.entries[b.entry as usize];
                        if other.kind == ActorKind::Country {
                            let theirs = other.code.as_deref();
                            match entry.code.as_deref() {
                                None => return true,
                                Some("IGO" | "NGO" | "MNC" | "IMG") => {}
                                Some(mine) if Some(mine) != theirs => return true,
                                Some(_) => {}
                            }
                        }
                    }
                }
            }
        }
        if !multi_word {
            return false;
        }
        // The words right after: "of Japan", "for the Liberation of ...", "Front".
        let rest = &text[m.end..];
        let Some(rest) = rest.strip_prefix(' ') else {
            return false;
        };
        fn next_word(s: &str) -> &str {
            let end = s
                .find(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '-'))
                .unwrap_or(s.len());
            &s[..end]
        }
        let w1 = next_word(rest);
        if NAME_HEADS.contains(&w1) && after.is_none_or(|a| a.start != m.end + 1) {
            return true;
        }
        if matches!(w1, "of" | "for") {
            let mut tail = rest[w1.len()..].trim_start_matches(' ');
            if let Some(t) = tail.strip_prefix("the ") {
                tail = t;
            }
            let w2 = next_word(tail);
            let capitalised = w2.chars().next().is_some_and(char::is_uppercase);
            // "the Democratic Party of Japan" is another party; the Islamic State "of
            // Iraq" is already a longer form when the dictionary has it.
            if capitalised && entry.kind == ActorKind::Group {
                return true;
            }
        }
        false
    }

    /// Runs the trie over `text`, calling `emit` with each match and its pattern.
    fn scan(&self, text: &str, mut emit: impl FnMut(ActorMatch, u32)) {
        let bytes = text.as_bytes();
        let mut i = 0;
        // Whether the character before `i` is a word character.
        let mut after_word = false;
        while i < bytes.len() {
            let class = BYTE_CLASS[bytes[i] as usize];
            let (is_word, len) = match class {
                ASCII_WORD => (true, 1),
                ASCII_OTHER => (false, 1),
                _ => word_char_at(text, i),
            };
            if is_word && !after_word {
                if let Some((end, pattern)) = self.longest_at(text, i) {
                    let info = self.patterns[pattern as usize];
                    if info.entry != IGNORED {
                        emit(
                            ActorMatch {
                                start: i,
                                end,
                                entry: info.entry,
                                form: info.form,
                            },
                            pattern,
                        );
                    }
                    after_word = text[..end].chars().next_back().is_some_and(is_word_char);
                    i = end;
                    continue;
                }
                // No form starts here, and none starts inside the word: its ASCII word
                // bytes are passed in one tight loop rather than one class test each.
                i += len;
                while bytes
                    .get(i)
                    .is_some_and(|&b| BYTE_CLASS[b as usize] == ASCII_WORD)
                {
                    i += 1;
                }
                after_word = true;
                continue;
            }
            after_word = is_word;
            i += len;
        }
    }

    /// The longest valid form starting at word start `start`: walks the trie with
    /// ASCII-folded bytes and verifies the end boundary and case rule at every node that
    /// ends a form. Among forms of equal length the exact-case one wins.
    fn longest_at(&self, text: &str, start: usize) -> Option<(usize, u32)> {
        let bytes = text.as_bytes();
        let mut best = None;
        let mut node = self.trie.root_child(bytes[start].to_ascii_lowercase())?;
        let mut pos = start + 1;
        loop {
            let n = &self.trie.nodes[node as usize];
            // Sliced only at a node that ends a form the text reaches (most nodes on a
            // walk end none).
            let terminals = || {
                &self.trie.terminals[n.terminals_start as usize
                    ..n.terminals_start as usize + n.terminals_len as usize]
            };
            if n.tail_len > 0 {
                let tail = &self.trie.tail_bytes
                    [n.tail_start as usize..n.tail_start as usize + n.tail_len as usize];
                let end = pos + tail.len();
                if bytes.get(pos..end).is_some_and(|rest| {
                    rest.iter()
                        .zip(tail)
                        .all(|(b, t)| b.to_ascii_lowercase() == *t)
                }) && ends_word(text, end)
                {
                    if let Some(pattern) = self.fitting_pattern(terminals(), bytes, start, end) {
                        best = Some((end, pattern));
                    }
                }
                break;
            }
            if n.terminals_len > 0 && ends_word(text, pos) {
                if let Some(pattern) = self.fitting_pattern(terminals(), bytes, start, pos) {
                    best = Some((pos, pattern));
                }
            }
            let Some(&b) = bytes.get(pos) else { break };
            match self.trie.child(n, b.to_ascii_lowercase()) {
                Some(next) => {
                    node = next;
                    pos += 1;
                }
                None => break,
            }
        }
        best
    }

    /// The pattern among `terminals` (forms equal to `bytes[start..end]` up to ASCII case)
    /// whose case rule accepts the text; an exact-case form is preferred.
    fn fitting_pattern(
        &self,
        terminals: &[u32],
        bytes: &[u8],
        start: usize,
        end: usize,
    ) -> Option<u32> {
        let found = &bytes[start..end];
        let mut fitting = None;
        for &pattern in terminals {
            let info = self.patterns[pattern as usize];
            let form = &self.pattern_text.as_bytes()
                [info.text_start as usize..(info.text_start + info.text_len) as usize];
            let exact = form == found;
            let ok = match info.rule {
                CaseRule::Capitals => exact || capitals_match(form, found),
                CaseRule::Exact => exact,
                CaseRule::ExactOutsideCapsRun => exact && !in_caps_run(bytes, start, end),
            };
            if ok {
                if exact {
                    return Some(pattern);
                }
                fitting.get_or_insert(pattern);
            }
        }
        fitting
    }

    /// The entry with this id. Panics if `id` is out of range.
    pub fn entry(&self, id: EntryId) -> &ActorEntry {
        &self.entries[id as usize]
    }

    /// Looks an entry up by its string id ("PRK", "NATO", "kim-jong-un", "PRK:pyongyang").
    pub fn by_id(&self, id: &str) -> Option<EntryId> {
        self.ids.get(id).copied()
    }

    /// Number of entries (including derived city and region entries).
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// All entries, indexable by [`EntryId`].
    pub fn entries(&self) -> &[ActorEntry] {
        &self.entries
    }

    /// Forms that were defined for more than one entry, and which entry keeps them. Useful
    /// to check a user dictionary for unintended clashes.
    pub fn shadowed_forms(&self) -> &[ShadowedForm] {
        &self.shadowed
    }

    /// Number of compiled surface forms (after generated spelling variants).
    pub fn pattern_count(&self) -> usize {
        self.patterns.len()
    }

    /// Number of forms claimed by several entries that `find_in_document` chooses among.
    pub fn ambiguous_form_count(&self) -> usize {
        self.patterns.iter().filter(|p| p.alts_len > 0).count()
    }

    /// The person holding `office` for `code` on `day`: for a bare title ("the Kenyan
    /// president", "Egypt's foreign minister"). `office` is a role noun or a person's
    /// role, compared through the role's canonical noun ("secretary of state" is a
    /// foreign minister). With a day, only dated entries that hold on it count (undated
    /// entries are "current as of the list's year" and cannot answer for the past), the
    /// latest to begin first. Without one, an open-ended dated entry, else the only
    /// undated one. "leader" with no holder of that exact office falls back to the
    /// country's leading office holder (supreme leader, president, chancellor, prime
    /// minister, ... among entries with `leader: yes`). `None` when the dictionary does not
    /// know: the caller keeps the role.
    pub fn holder(&self, code: &str, office: &str, day: Option<Day>) -> Option<EntryId> {
        let office = office_of(&self.role_nouns, office);
        if let Some(found) = self
            .offices
            .get(&(code.to_string(), office.clone()))
            .and_then(|list| self.holding(list, day))
        {
            return Some(found);
        }
        if office != "leader" {
            return None;
        }
        const RANK: &[&str] = &[
            "supreme leader",
            "leader",
            "president",
            "chancellor",
            "prime minister",
            "premier",
        ];
        let mut keys: Vec<&(String, String)> = self
            .offices
            .keys()
            .filter(|(c, o)| c == code && RANK.contains(&o.as_str()))
            .collect();
        keys.sort_by_key(|(_, o)| RANK.iter().position(|r| r == o));
        keys.into_iter().find_map(|key| {
            let leaders: Vec<EntryId> = self.offices[key]
                .iter()
                .copied()
                .filter(|&e| self.entries[e as usize].leader)
                .collect();
            self.holding(&leaders, day)
        })
    }

    /// The entry of `list` holding on `day` (rules in [`holder`](Self::holder)).
    fn holding(&self, list: &[EntryId], day: Option<Day>) -> Option<EntryId> {
        let e = |id: EntryId| &self.entries[id as usize];
        let begins = |id: EntryId| e(id).tenure.and_then(|t| t.from).map(|p| p.first);
        let holders: Vec<EntryId> = match day {
            Some(day) => list
                .iter()
                .copied()
                .filter(|&a| e(a).tenure.is_some_and(|t| t.contains(day)))
                .collect(),
            None => {
                let open: Vec<EntryId> = list
                    .iter()
                    .copied()
                    .filter(|&a| e(a).tenure.is_some_and(|t| t.to.is_none()))
                    .collect();
                if open.is_empty() {
                    list.iter()
                        .copied()
                        .filter(|&a| e(a).tenure.is_none())
                        .collect()
                } else {
                    open
                }
            }
        };
        // Holders of one office in different organisations (the UN's and NATO's
        // secretaries-general) leave the title ambiguous.
        let first_org = holders.first().map(|&a| &e(a).org);
        if holders.iter().any(|&a| Some(&e(a).org) != first_org) {
            return None;
        }
        if day.is_none() && holders.iter().all(|&a| e(a).tenure.is_none()) && holders.len() > 1 {
            return None;
        }
        holders
            .into_iter()
            .max_by_key(|&a| (begins(a), std::cmp::Reverse(a)))
    }

    /// Consistency problems of the data, one message each (empty when none): codes that
    /// name no country of the dictionary and are not IGO/NGO/MNC/IMG, unknown sectors,
    /// and overlapping tenures in an office that has one holder at a time (heads of state
    /// and government, foreign, defence and interior ministers, secretaries-general; per
    /// country or IGO code and organisation). Run by the tests and `sitrep dictionary check`.
    pub fn check(&self) -> Vec<String> {
        let mut problems = Vec::new();
        for e in &self.entries {
            if matches!(
                e.kind,
                ActorKind::Country | ActorKind::City | ActorKind::Region
            ) {
                continue;
            }
            if let Some(code) = &e.code {
                let known = matches!(code.as_str(), "IGO" | "NGO" | "MNC" | "IMG")
                    || self
                        .by_id(code)
                        .is_some_and(|c| self.entries[c as usize].kind == ActorKind::Country);
                if !known {
                    problems.push(format!("{} `{}`: unknown code {code}", e.kind, e.id));
                }
            }
            if let Some(sector) = &e.sector {
                if !SECTORS.contains(&sector.as_str()) {
                    problems.push(format!("{} `{}`: unknown sector {sector}", e.kind, e.id));
                }
            }
        }
        let mut by_office: HashMap<(&str, &str, String), Vec<EntryId>> = HashMap::default();
        for ((code, office), list) in &self.offices {
            if !SINGLE_HOLDER_OFFICES.contains(&office.as_str()) {
                continue;
            }
            for &id in list {
                let e = &self.entries[id as usize];
                if e.tenure.is_some() {
                    by_office
                        .entry((code, e.org.as_deref().unwrap_or(""), office.clone()))
                        .or_default()
                        .push(id);
                }
            }
        }
        let mut overlaps = Vec::new();
        for ((code, org, office), mut list) in by_office {
            list.sort_by_key(|&id| {
                let t = self.entries[id as usize].tenure.expect("dated");
                (t.from.map(|p| p.first), id)
            });
            for (i, &a) in list.iter().enumerate() {
                for &b in &list[i + 1..] {
                    let (ea, eb) = (&self.entries[a as usize], &self.entries[b as usize]);
                    if ea
                        .tenure
                        .expect("dated")
                        .overlaps(&eb.tenure.expect("dated"))
                    {
                        overlaps.push(format!(
                            "{code}{} {office}: `{}` ({}) overlaps `{}` ({})",
                            if org.is_empty() {
                                String::new()
                            } else {
                                format!("/{org}")
                            },
                            ea.id,
                            tenure_text(ea.tenure),
                            eb.id,
                            tenure_text(eb.tenure)
                        ));
                    }
                }
            }
        }
        overlaps.sort();
        problems.extend(overlaps);
        problems
    }
}

/// Offices with one holder at a time, checked for overlapping tenures.
pub const SINGLE_HOLDER_OFFICES: &[&str] = &[
    "president",
    "prime minister",
    "chancellor",
    "supreme leader",
    "secretary-general",
    "foreign minister",
    "defense minister",
    "interior minister",
];

/// The sectors the dictionaries may use (CAMEO-style, see roles.txt).
pub const SECTORS: &[&str] = &[
    "GOV", "MIL", "COP", "SPY", "LEG", "JUD", "REB", "INS", "SEP", "UAF", "CRM", "OPP", "PTY",
    "MED", "EDU", "BUS", "CVL", "REF", "HLH", "LAB", "AGR", "REL", "NGO", "IGO", "ELI", "ENV",
    "MOD", "RAD", "DEV", "HRI",
];

fn tenure_text(t: Option<Tenure>) -> String {
    let Some(t) = t else {
        return "undated".into();
    };
    let side = |p: Option<Period>, first: bool| {
        p.map_or(String::new(), |p| {
            if first { p.first } else { p.last }.to_string()
        })
    };
    format!("{}..{}", side(t.from, true), side(t.to, false))
}

/// Collects dictionary files and compiles them into one [`ActorDictionary`].
#[derive(Debug, Default, Clone)]
pub struct DictionaryBuilder {
    sources: Vec<(String, String)>,
}

impl DictionaryBuilder {
    /// Adds the built-in files (call first so that user files can extend them).
    pub fn with_builtin(mut self) -> Self {
        for (name, content) in BUILTIN_SOURCES {
            self.sources.push((name.to_string(), content.to_string()));
        }
        self
    }

    /// Adds a file given by name and content.
    pub fn add_source(mut self, name: impl Into<String>, content: impl Into<String>) -> Self {
        self.sources.push((name.into(), content.into()));
        self
    }

    /// Reads and adds a file from disk.
    pub fn add_file(self, path: impl AsRef<std::path::Path>) -> Result<Self, DictionaryError> {
        let path = path.as_ref();
        let content = std::fs::read_to_string(path).map_err(|e| DictionaryError {
            file: path.display().to_string(),
            line: 0,
            message: format!("cannot read file: {e}"),
        })?;
        Ok(self.add_source(path.display().to_string(), content))
    }

    pub fn build(&self) -> Result<ActorDictionary, DictionaryErrors> {
        let sources: Vec<(&str, &str)> = self
            .sources
            .iter()
            .map(|(n, c)| (n.as_str(), c.as_str()))
            .collect();
        ActorDictionary::from_sources(&sources)
    }
}

// ---------------------------------------------------------------------------------------
// Parsing
// ---------------------------------------------------------------------------------------

/// A value of a list key, with its alternate spellings and where it was written.
#[derive(Debug, Clone)]
struct Item {
    spellings: Vec<String>,
    source: usize,
    file: String,
    line: usize,
}

#[derive(Debug, Clone)]
struct Scalar {
    value: String,
    source: usize,
    line: usize,
}

#[derive(Debug)]
struct Block {
    id: String,
    kind: ActorKind,
    file: String,
    line: usize,
    lists: Vec<(&'static str, Item)>,
    scalars: HashMap<&'static str, Scalar>,
    /// A line of the block was reported as wrong: `compile` skips its checks (an entry
    /// whose `name:` line was malformed would also have "no name").
    broken: bool,
}

#[derive(Default)]
struct BlockSet {
    blocks: Vec<Block>,
    index: HashMap<String, usize>,
    /// How many of the first sources are the built-in files: namesakes across built-in
    /// files are alternatives for the document to choose from, but a user's file
    /// overrides a built-in (or an earlier user) entry of the same name.
    builtin_sources: usize,
}

const LIST_KEYS: &[&str] = &[
    "name",
    "abbrev",
    "abbrev-strict",
    "adjective",
    "demonym",
    "capital",
    "city",
    "region",
    "governed-region",
    "surname",
    "singular",
    "plural",
    "form",
];
const SCALAR_KEYS: &[&str] = &[
    "code",
    "sector",
    "org",
    "cameo",
    "role",
    "leader",
    "canonical",
    "from",
    "to",
];

fn allowed_keys(kind: ActorKind, ignore_block: bool) -> &'static [&'static str] {
    if ignore_block {
        return &["form"];
    }
    match kind {
        ActorKind::Country => &[
            "name",
            "abbrev",
            "abbrev-strict",
            "adjective",
            "demonym",
            "capital",
            "city",
            "region",
            "governed-region",
            "canonical",
            "cameo",
        ],
        ActorKind::Organization | ActorKind::Media | ActorKind::Group => &[
            "name",
            "abbrev",
            "abbrev-strict",
            "adjective",
            "code",
            "sector",
            "org",
            "cameo",
            "canonical",
            "from",
            "to",
        ],
        ActorKind::Person => &[
            "name",
            "abbrev",
            "surname",
            "code",
            "sector",
            "role",
            "org",
            "leader",
            "cameo",
            "canonical",
            "from",
            "to",
        ],
        ActorKind::Role => &["singular", "plural", "sector", "code", "leader", "cameo"],
        ActorKind::City | ActorKind::Region => &[],
    }
}

fn kind_from_word(word: &str) -> Option<ActorKind> {
    Some(match word {
        "country" | "countries" => ActorKind::Country,
        "organization" | "organisation" | "organizations" | "organisations" => {
            ActorKind::Organization
        }
        "media" => ActorKind::Media,
        "group" | "groups" => ActorKind::Group,
        "person" | "people" => ActorKind::Person,
        "role" | "roles" => ActorKind::Role,
        _ => return None,
    })
}

fn kind_from_file_name(file: &str) -> Option<ActorKind> {
    let base = file.rsplit(['/', '\\']).next().unwrap_or(file);
    let stem = base.split('.').next().unwrap_or(base);
    kind_from_word(&stem.to_ascii_lowercase())
}

/// Where the lines of a file go: the entry being read, if any.
#[derive(Clone, Copy)]
enum Current {
    /// No entry yet (or after `@kind`): a field here is an error.
    None,
    /// An entry whose header was reported as wrong, or a field outside any entry already
    /// reported: the following fields are skipped, not reported again.
    Skip,
    Block(usize),
}

/// Reads one file into `set`, reporting each bad line and going on with the next. A
/// block with a bad line is marked `broken` and not checked further by `compile`.
fn parse_file(
    file: &str,
    content: &str,
    source: usize,
    set: &mut BlockSet,
    errors: &mut DictionaryErrors,
) {
    let mut reader = FileReader {
        file,
        source,
        kind: kind_from_file_name(file).ok_or(KindUnknown::NotGiven),
        current: Current::None,
        seen_in_file: HashMap::default(),
    };
    for (line_index, raw) in content.lines().enumerate() {
        let line_no = line_index + 1;
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Err(message) = reader.line(set, line, line_no) {
            errors.push(DictionaryError {
                file: file.to_string(),
                line: line_no,
                message,
            });
        }
    }
}

/// Why the kind of the next entries is not known.
#[derive(Clone, Copy)]
enum KindUnknown {
    /// Neither the file name nor an `@kind` line says it.
    NotGiven,
    /// The last `@kind` line was wrong (and reported).
    BadDirective,
}

/// The state of reading one file.
struct FileReader<'a> {
    file: &'a str,
    source: usize,
    kind: Result<ActorKind, KindUnknown>,
    current: Current,
    seen_in_file: HashMap<String, usize>,
}

impl FileReader<'_> {
    /// One non-blank, non-comment line.
    fn line(&mut self, set: &mut BlockSet, line: &str, line_no: usize) -> Result<(), String> {
        if let Some(rest) = line.strip_prefix('@') {
            self.current = Current::None;
            let mut words = rest.split_whitespace();
            return match (words.next(), words.next(), words.next()) {
                (Some("kind"), Some(word), None) => {
                    self.kind = kind_from_word(word).ok_or(KindUnknown::BadDirective);
                    self.kind.map(|_| ()).map_err(|_| {
                        format!("unknown kind `{word}` (expected country, organization, media, group, person or role)")
                    })
                }
                _ => Err(format!(
                    "unknown directive `{line}` (expected `@kind KIND`)"
                )),
            };
        }
        if line.starts_with('[') {
            // Until the header is read, the block's fields are not reported again.
            self.current = Current::Skip;
            let block = self.header(set, line, line_no)?;
            self.current = block.map_or(Current::Skip, Current::Block);
            return Ok(());
        }
        let block_index = match self.current {
            Current::Block(index) => index,
            Current::Skip => return Ok(()),
            Current::None => {
                self.current = Current::Skip;
                return Err("field outside of an entry: start one with `[ID]`".into());
            }
        };
        let block = &mut set.blocks[block_index];
        let fields = parse_fields(block, line, line_no, self.file, self.source);
        if fields.is_err() {
            block.broken = true;
        }
        fields
    }

    /// An `[ID]` header: the block it opens or extends (`None`: entries of an unknown
    /// kind after a bad `@kind`, skipped without a further error).
    fn header(
        &mut self,
        set: &mut BlockSet,
        line: &str,
        line_no: usize,
    ) -> Result<Option<usize>, String> {
        let Some(inner) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) else {
            return Err("entry header must be `[ID]` on its own line".into());
        };
        let id = inner.trim().to_string();
        if id.contains(['[', ']', ';', '|', ':']) && !id.starts_with('!') {
            return Err(format!("invalid character in entry id `{id}`"));
        }
        let ignore_block = id == IGNORE_BLOCK_ID;
        if id.starts_with('!') && !ignore_block {
            return Err(format!("unknown special block `[{id}]` (only `[!ignore]`)"));
        }
        let block_kind = match self.kind {
            Ok(k) => k,
            Err(_) if ignore_block => ActorKind::Role,
            Err(KindUnknown::BadDirective) => return Ok(None),
            Err(KindUnknown::NotGiven) => {
                return Err("entry kind unknown: add `@kind KIND` before the first entry".into())
            }
        };
        // `[]` ids are derived from the first name once the block is complete; give
        // them a unique placeholder until then.
        let key = if id.is_empty() {
            format!("\u{0}{}:{line_no}", self.source)
        } else {
            id.clone()
        };
        if !ignore_block && !id.is_empty() {
            if let Some(prev) = self.seen_in_file.insert(key.clone(), line_no) {
                return Err(format!(
                    "entry `[{id}]` already defined at line {prev} of this file"
                ));
            }
        }
        if let Some(&existing) = set.index.get(&key) {
            let block = &set.blocks[existing];
            if block.kind != block_kind && !ignore_block {
                return Err(format!(
                    "entry `[{id}]` was defined as a {} in {}:{}; cannot extend it as a {}",
                    block.kind, block.file, block.line, block_kind
                ));
            }
            return Ok(Some(existing));
        }
        set.index.insert(key.clone(), set.blocks.len());
        set.blocks.push(Block {
            id: key,
            kind: block_kind,
            file: self.file.to_string(),
            line: line_no,
            lists: Vec::new(),
            scalars: HashMap::default(),
            broken: false,
        });
        Ok(Some(set.blocks.len() - 1))
    }
}

/// The `key: value | key: value` fields of one line, added to `block`.
fn parse_fields(
    block: &mut Block,
    line: &str,
    line_no: usize,
    file: &str,
    source: usize,
) -> Result<(), String> {
    let allowed = allowed_keys(block.kind, block.id == IGNORE_BLOCK_ID);
    for field in line.split('|') {
        let field = field.trim();
        if field.is_empty() {
            continue;
        }
        let Some((key, value)) = field.split_once(':') else {
            return Err(format!("expected `key: value`, found `{field}`"));
        };
        let key = key.trim().to_ascii_lowercase();
        let value = value.trim();
        let Some(&key) = allowed.iter().find(|k| **k == key) else {
            return Err(format!(
                "unknown key `{key}` for a {} entry (allowed: {})",
                if block.id == IGNORE_BLOCK_ID {
                    "!ignore"
                } else {
                    block.kind.as_str()
                },
                allowed.join(", ")
            ));
        };
        if value.is_empty() {
            return Err(format!("empty value for `{key}`"));
        }
        if LIST_KEYS.contains(&key) {
            for item in value.split(';') {
                let spellings: Vec<String> = item
                    .split('=')
                    .map(|s| s.trim().to_string())
                    .filter(|s| !s.is_empty())
                    .collect();
                if spellings.is_empty() {
                    continue;
                }
                for s in &spellings {
                    validate_form(s)?;
                }
                block.lists.push((
                    key,
                    Item {
                        spellings,
                        source,
                        file: file.to_string(),
                        line: line_no,
                    },
                ));
            }
        } else {
            debug_assert!(SCALAR_KEYS.contains(&key));
            validate_scalar(key, value)?;
            let scalar = Scalar {
                value: value.to_string(),
                source,
                line: line_no,
            };
            if let Some(prev) = block.scalars.insert(key, scalar) {
                if prev.source == source {
                    return Err(format!("`{key}` given twice (first at line {})", prev.line));
                }
            }
        }
    }
    Ok(())
}

fn validate_form(form: &str) -> Result<(), String> {
    let literal = form.strip_prefix('"').and_then(|f| f.strip_suffix('"'));
    let text = literal.unwrap_or(form);
    if text.is_empty() || text.contains('"') {
        return Err(format!(
            "malformed form `{form}` (quotes must enclose the whole form)"
        ));
    }
    // Matching starts only at word starts, so a form must begin with a letter or digit.
    if !text.chars().next().is_some_and(char::is_alphanumeric) {
        return Err(format!("form `{form}` must start with a letter or digit"));
    }
    if text.contains("  ") {
        return Err(format!("form `{form}` contains a double space"));
    }
    Ok(())
}

fn validate_scalar(key: &str, value: &str) -> Result<(), String> {
    let upper3 = |v: &str| v.len() == 3 && v.bytes().all(|b| b.is_ascii_uppercase());
    match key {
        "code" if !upper3(value) => Err(format!(
            "code `{value}` must be three upper-case letters (ISO3, IGO, NGO, MNC or IMG)"
        )),
        "sector" if !upper3(value) => {
            Err(format!("sector `{value}` must be three upper-case letters"))
        }
        "cameo"
            if !(3..=15).contains(&value.len())
                || !value
                    .bytes()
                    .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit()) =>
        {
            Err(format!(
                "CAMEO code `{value}` must be 3-15 upper-case letters or digits"
            ))
        }
        "leader" if !matches!(value, "yes" | "no" | "true" | "false") => {
            Err(format!("leader must be yes or no, found `{value}`"))
        }
        "from" | "to" => Period::parse(value).map(|_| ()),
        _ => Ok(()),
    }
}

// ---------------------------------------------------------------------------------------
// Compilation
// ---------------------------------------------------------------------------------------

struct PendingForm {
    text: String,
    entry: EntryId,
    form: FormKind,
    rule: CaseRule,
    source: usize,
}

/// The display name a block will get: `canonical`, else its first name or abbreviation.
fn block_canonical(block: &Block) -> Option<String> {
    if let Some(c) = block.scalars.get("canonical") {
        return Some(c.value.clone());
    }
    ["name", "abbrev", "abbrev-strict"].iter().find_map(|key| {
        block
            .lists
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, item)| unquote(&item.spellings[0]).to_string())
    })
}

/// Compiles the blocks read; each entry that cannot be compiled is added to `errors` and
/// left out (the caller discards the result when there are errors).
fn compile(set: BlockSet, errors: &mut DictionaryErrors) -> ActorDictionary {
    let builtin_sources = set.builtin_sources;
    let mut entries: Vec<ActorEntry> = Vec::new();
    let mut ids: HashMap<String, EntryId> = HashMap::default();
    let mut forms: Vec<PendingForm> = Vec::new();

    let mut add_entry = |entry: ActorEntry, file: &str, line: usize| {
        if ids.contains_key(&entry.id) {
            return Err(DictionaryError {
                file: file.to_string(),
                line,
                message: format!("entry id `{}` is defined twice", entry.id),
            });
        }
        let id = entries.len() as EntryId;
        ids.insert(entry.id.clone(), id);
        entries.push(entry);
        Ok(id)
    };

    // `[]` ids derived from a name that several entries share (one person's successive
    // offices): the entry without `to` keeps the plain slug, the others take `@FROM`.
    let mut derived_count: HashMap<String, usize> = HashMap::default();
    for block in &set.blocks {
        if block.id.starts_with('\u{0}') && block.kind != ActorKind::Role {
            if let Some(name) = block_canonical(block) {
                *derived_count.entry(slug(&name)).or_default() += 1;
            }
        }
    }
    let mut role_nouns: HashMap<String, String> = HashMap::default();
    for block in &set.blocks {
        if block.kind == ActorKind::Role && block.id != IGNORE_BLOCK_ID {
            let canonical = block
                .lists
                .iter()
                .find(|(k, _)| *k == "singular")
                .map(|(_, item)| unquote(&item.spellings[0]).to_string());
            if let Some(canonical) = canonical {
                let canonical = if block.id.starts_with('\u{0}') {
                    canonical
                } else {
                    block.id.clone()
                };
                for (key, item) in &block.lists {
                    if *key == "singular" {
                        for spelling in &item.spellings {
                            role_nouns
                                .entry(unquote(spelling).to_lowercase())
                                .or_insert_with(|| canonical.clone());
                        }
                    }
                }
            }
        }
    }

    for block in set.blocks.iter().filter(|b| !b.broken) {
        let err = |message: String| DictionaryError {
            file: block.file.clone(),
            line: block.line,
            message,
        };
        let scalar = |key: &str| block.scalars.get(key).map(|s| s.value.clone());
        let period = |key: &str| {
            scalar(key)
                .map(|v| Period::parse(&v).map_err(err))
                .transpose()
        };
        let (Some(from), Some(to)) = (errors.keep(period("from")), errors.keep(period("to")))
        else {
            continue;
        };
        if let (Some(f), Some(t)) = (from, to) {
            if f.first > t.last {
                errors.push(err(format!("`from` {} is after `to` {}", f.first, t.last)));
                continue;
            }
        }
        let tenure = (from.is_some() || to.is_some()).then_some(Tenure { from, to });
        let first = |key: &str| {
            block
                .lists
                .iter()
                .find(|(k, _)| *k == key)
                .map(|(_, item)| unquote(&item.spellings[0]).to_string())
        };
        if block.id == IGNORE_BLOCK_ID {
            for (_, item) in &block.lists {
                for spelling in &item.spellings {
                    push_variants(
                        &mut forms,
                        spelling,
                        IGNORED,
                        FormKind::Name,
                        CaseRule::Capitals,
                        item.source,
                    );
                }
            }
            continue;
        }
        let leader = matches!(scalar("leader").as_deref(), Some("yes" | "true"));
        let (id, canonical) = match block.kind {
            ActorKind::Role => {
                let Some(canonical) =
                    errors
                        .keep(first("singular").ok_or_else(|| {
                            err(format!("role `[{}]` has no `singular`", block.id))
                        }))
                else {
                    continue;
                };
                let id = if block.id.starts_with('\u{0}') {
                    canonical.clone()
                } else {
                    block.id.clone()
                };
                (id, canonical)
            }
            _ => {
                let Some(canonical) = errors.keep(
                    block_canonical(block)
                        .ok_or_else(|| err(format!("entry `[{}]` has no `name`", block.id))),
                ) else {
                    continue;
                };
                let id = if block.id.starts_with('\u{0}') {
                    let base = slug(&canonical);
                    let shared = derived_count.get(&base).copied().unwrap_or(0) > 1;
                    match (shared, scalar("to"), scalar("from")) {
                        (true, Some(_), Some(from)) => format!("{base}@{from}"),
                        (true, Some(to), None) => format!("{base}@..{to}"),
                        _ => base,
                    }
                } else {
                    block.id.clone()
                };
                (id, canonical)
            }
        };
        let (code, sector, org) = match block.kind {
            ActorKind::Country => {
                if !(id.len() == 3 && id.bytes().all(|b| b.is_ascii_uppercase())) {
                    errors.push(err(format!(
                        "country id `{id}` must be an ISO 3166-1 alpha-3 code"
                    )));
                    continue;
                }
                (Some(id.clone()), None, None)
            }
            ActorKind::Organization | ActorKind::Media | ActorKind::Group => {
                // Groups may leave the country open when their name is used in several
                // countries ("Democratic Party"); organisations and media must say.
                let code = match scalar("code") {
                    Some(code) => Some(code),
                    None if block.kind == ActorKind::Group => None,
                    None => {
                        errors.push(err(format!(
                            "entry `[{id}]` needs a `code` (country code, IGO, NGO, MNC or IMG)"
                        )));
                        continue;
                    }
                };
                let sector = scalar("sector")
                    .or_else(|| (block.kind == ActorKind::Media).then(|| "MED".to_string()));
                (
                    code,
                    sector,
                    Some(scalar("org").unwrap_or_else(|| id.clone())),
                )
            }
            ActorKind::Person => {
                let Some(code) = errors.keep(
                    scalar("code").ok_or_else(|| err(format!("person `[{id}]` needs a `code`"))),
                ) else {
                    continue;
                };
                (Some(code), scalar("sector"), scalar("org"))
            }
            ActorKind::Role => (scalar("code"), scalar("sector"), None),
            ActorKind::City | ActorKind::Region => unreachable!("not a block kind"),
        };
        let role = match block.kind {
            ActorKind::Person => scalar("role"),
            ActorKind::Role => Some(canonical.clone()),
            _ => None,
        };
        let Some(entry_id) = errors.keep(add_entry(
            ActorEntry {
                id: id.clone(),
                kind: block.kind,
                canonical,
                code: code.clone(),
                sector,
                org,
                cameo: scalar("cameo"),
                role,
                leader,
                tenure,
            },
            &block.file,
            block.line,
        )) else {
            continue;
        };
        for (key, item) in &block.lists {
            let (form, rule) = match *key {
                "name" => (FormKind::Name, CaseRule::Capitals),
                "abbrev" => (FormKind::Abbreviation, CaseRule::Exact),
                "abbrev-strict" => (FormKind::Abbreviation, CaseRule::ExactOutsideCapsRun),
                "adjective" => (FormKind::Adjective, CaseRule::Capitals),
                "demonym" => (FormKind::Demonym, CaseRule::Capitals),
                "surname" => (FormKind::Surname, CaseRule::Capitals),
                "singular" => (FormKind::RoleSingular, CaseRule::Capitals),
                "plural" => (FormKind::RolePlural, CaseRule::Capitals),
                "capital" | "city" | "region" | "governed-region" => {
                    let (kind, form) = match *key {
                        "capital" => (ActorKind::City, FormKind::Capital),
                        "city" => (ActorKind::City, FormKind::City),
                        "governed-region" => (ActorKind::Region, FormKind::GovernedRegion),
                        _ => (ActorKind::Region, FormKind::Region),
                    };
                    let name = unquote(&item.spellings[0]).to_string();
                    let place_id = format!("{id}:{}", slug(&name));
                    let Some(place) = errors.keep(add_entry(
                        ActorEntry {
                            id: place_id,
                            kind,
                            canonical: name,
                            code: code.clone(),
                            sector: None,
                            org: None,
                            cameo: None,
                            role: None,
                            leader: false,
                            tenure: None,
                        },
                        &item.file,
                        item.line,
                    )) else {
                        continue;
                    };
                    for spelling in &item.spellings {
                        push_variants(
                            &mut forms,
                            spelling,
                            place,
                            form,
                            CaseRule::Capitals,
                            item.source,
                        );
                    }
                    continue;
                }
                other => unreachable!("list key {other} not handled"),
            };
            for spelling in &item.spellings {
                push_variants(&mut forms, spelling, entry_id, form, rule, item.source);
            }
        }
    }

    // One pattern per surface form: a later source overrides an earlier one; within a
    // source the first definition stands. Forms that differ only in case stay distinct
    // ("NIS" the agency, "Nis" the city); matching prefers the exact-case one.
    //
    // Entries that can be told apart by the document (dated ones, and namesakes of
    // different countries among people, organisations, media and groups) share a form as
    // alternatives instead of shadowing each other; `find_in_document` chooses.
    let mut by_text: HashMap<String, usize> = HashMap::default();
    let mut chosen: Vec<Option<PendingForm>> = Vec::with_capacity(forms.len());
    let mut alts: Vec<Vec<EntryId>> = Vec::with_capacity(forms.len());
    let mut shadowed = Vec::new();
    let as_option = |entry: EntryId| (entry != IGNORED).then_some(entry);
    let distinguishable = |a: EntryId, b: EntryId| {
        if a == IGNORED || b == IGNORED || a == b {
            return false;
        }
        let (a, b) = (&entries[a as usize], &entries[b as usize]);
        let named = |k: ActorKind| {
            matches!(
                k,
                ActorKind::Person | ActorKind::Organization | ActorKind::Media | ActorKind::Group
            )
        };
        named(a.kind)
            && named(b.kind)
            && (a.tenure.is_some() || b.tenure.is_some() || a.code != b.code)
    };
    for form in forms {
        match by_text.get(&form.text) {
            Some(&slot) => {
                let previous = chosen[slot].as_ref().expect("slot filled");
                let same_origin = previous.source == form.source
                    || (previous.source < builtin_sources && form.source < builtin_sources);
                if same_origin && distinguishable(previous.entry, form.entry) {
                    let list = &mut alts[slot];
                    if list.is_empty() {
                        list.push(previous.entry);
                    }
                    if !list.contains(&form.entry) {
                        list.push(form.entry);
                    }
                    continue;
                }
                let replace = form.source > previous.source;
                if previous.entry != form.entry {
                    let (kept, dropped) = if replace {
                        (&form, previous)
                    } else {
                        (previous, &form)
                    };
                    shadowed.push(ShadowedForm {
                        form: dropped.text.clone(),
                        kept: as_option(kept.entry),
                        dropped: as_option(dropped.entry),
                    });
                }
                if replace {
                    chosen[slot] = Some(form);
                }
            }
            None => {
                by_text.insert(form.text.clone(), chosen.len());
                chosen.push(Some(form));
                alts.push(Vec::new());
            }
        }
    }
    let mut patterns = Vec::with_capacity(chosen.len());
    let mut pattern_text = String::new();
    let mut alternatives: Vec<EntryId> = Vec::new();
    for (form, mut list) in chosen.into_iter().zip(alts) {
        let Some(form) = form else { continue };
        list.sort_unstable();
        let alts_start = alternatives.len() as u32;
        alternatives.extend_from_slice(&list);
        // Without a document the most recent entry stands (see `find_in_document`).
        let entry = if list.is_empty() {
            form.entry
        } else {
            most_recent(&entries, &list)
        };
        patterns.push(PatternInfo {
            entry,
            form: form.form,
            rule: form.rule,
            text_start: pattern_text.len() as u32,
            text_len: form.text.len() as u32,
            alts_start,
            alts_len: list.len() as u32,
        });
        pattern_text.push_str(&form.text);
    }
    let mut offices: HashMap<(String, String), Vec<EntryId>> = HashMap::default();
    for (id, e) in entries.iter().enumerate() {
        if e.kind != ActorKind::Person {
            continue;
        }
        if let (Some(code), Some(role)) = (&e.code, &e.role) {
            let office = office_of(&role_nouns, role);
            offices
                .entry((code.clone(), office))
                .or_default()
                .push(id as EntryId);
        }
    }
    let trie = Trie::build(patterns.iter().enumerate().map(|(index, p)| {
        let text = &pattern_text[p.text_start as usize..(p.text_start + p.text_len) as usize];
        (text.to_ascii_lowercase().into_bytes(), index as u32)
    }));
    ActorDictionary {
        entries,
        ids,
        patterns,
        pattern_text,
        trie,
        shadowed,
        alternatives,
        offices,
        role_nouns,
    }
}

/// The canonical office a person's `role` names: the role noun it is a form of
/// ("secretary of state" -> "foreign minister"), else the role itself, in lower case.
fn office_of(role_nouns: &HashMap<String, String>, role: &str) -> String {
    let role = role.to_lowercase();
    role_nouns.get(&role).cloned().unwrap_or(role)
}

/// The entry that ends last (open-ended and undated first), then begins last, then was
/// defined first: the choice when no date is known.
fn most_recent(entries: &[ActorEntry], list: &[EntryId]) -> EntryId {
    let key = |&&a: &&EntryId| {
        let t = entries[a as usize].tenure;
        let end = t.and_then(|t| t.to).map(|p| p.last);
        let begin = t.and_then(|t| t.from).map(|p| p.first);
        (
            end.map_or((1, None), |d| (0, Some(d))),
            begin,
            std::cmp::Reverse(a),
        )
    };
    *list.iter().max_by_key(key).expect("non-empty list")
}

fn unquote(form: &str) -> &str {
    form.strip_prefix('"')
        .and_then(|f| f.strip_suffix('"'))
        .unwrap_or(form)
}

/// Adds a form and its generated spelling variants (ASCII fold, apostrophes, dashes).
fn push_variants(
    out: &mut Vec<PendingForm>,
    spelling: &str,
    entry: EntryId,
    form: FormKind,
    rule: CaseRule,
    source: usize,
) {
    let mut push = |text: String| {
        out.push(PendingForm {
            text,
            entry,
            form,
            rule,
            source,
        })
    };
    if let Some(literal) = spelling.strip_prefix('"').and_then(|f| f.strip_suffix('"')) {
        push(literal.to_string());
        return;
    }
    let mut variants = vec![spelling.to_string()];
    if let Some(folded) = ascii_fold(spelling) {
        variants.push(folded);
    }
    for i in 0..variants.len() {
        let v = variants[i].clone();
        if v.contains('\'') {
            variants.push(v.replace('\'', "\u{2019}"));
        } else if v.contains('\u{2019}') {
            variants.push(v.replace('\u{2019}', "'"));
        }
    }
    for i in 0..variants.len() {
        let v = variants[i].clone();
        if v.contains('-') {
            for dash in ["\u{2013}", "\u{2014}", "\u{2011}"] {
                variants.push(v.replace('-', dash));
            }
        }
    }
    variants.sort();
    variants.dedup();
    for v in variants {
        push(v);
    }
}

/// ASCII transliteration of common Latin letters with diacritics; None when `s` has none.
fn ascii_fold(s: &str) -> Option<String> {
    if s.is_ascii() {
        return None;
    }
    let mut out = String::with_capacity(s.len());
    let mut changed = false;
    for c in s.chars() {
        let replacement: &str = match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
            'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' | 'Ā' | 'Ă' | 'Ą' => "A",
            'ç' | 'ć' | 'č' => "c",
            'Ç' | 'Ć' | 'Č' => "C",
            'ď' | 'đ' => "d",
            'Ď' | 'Đ' => "D",
            'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ę' | 'ě' => "e",
            'È' | 'É' | 'Ê' | 'Ë' | 'Ē' | 'Ę' | 'Ě' => "E",
            'ğ' => "g",
            'Ğ' => "G",
            'ì' | 'í' | 'î' | 'ï' | 'ī' | 'ı' => "i",
            'Ì' | 'Í' | 'Î' | 'Ï' | 'Ī' | 'İ' => "I",
            'ł' => "l",
            'Ł' => "L",
            'ñ' | 'ń' | 'ň' => "n",
            'Ñ' | 'Ń' | 'Ň' => "N",
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => "o",
            'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' | 'Ō' | 'Ő' => "O",
            'ř' => "r",
            'Ř' => "R",
            'ś' | 'š' | 'ş' | 'ș' => "s",
            'Ś' | 'Š' | 'Ş' | 'Ș' => "S",
            'ť' | 'ţ' | 'ț' => "t",
            'Ť' | 'Ţ' | 'Ț' => "T",
            'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => "u",
            'Ù' | 'Ú' | 'Û' | 'Ü' | 'Ū' | 'Ů' | 'Ű' => "U",
            'ý' | 'ÿ' => "y",
            'Ý' => "Y",
            'ź' | 'ż' | 'ž' => "z",
            'Ź' | 'Ż' | 'Ž' => "Z",
            'ß' => "ss",
            'æ' => "ae",
            'Æ' => "Ae",
            'œ' => "oe",
            'Œ' => "Oe",
            _ => {
                out.push(c);
                continue;
            }
        };
        out.push_str(replacement);
        changed = true;
    }
    changed.then_some(out)
}

/// Lower-case ASCII slug: letters and digits kept, everything else collapsed to `-`.
fn slug(s: &str) -> String {
    let folded = ascii_fold(s).unwrap_or_else(|| s.to_string());
    let mut out = String::with_capacity(folded.len());
    for c in folded.chars() {
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
}

// ---------------------------------------------------------------------------------------
// Trie
// ---------------------------------------------------------------------------------------

/// A byte trie over ASCII-lower-cased forms, stored flat: every node's edges are one
/// sorted run in `edges`, and the root has a dense 256-entry table. Matching only starts
/// at word starts, so a walk usually ends after one to three bytes.
#[derive(Debug, Default)]
struct Trie {
    root: Vec<u32>,
    nodes: Vec<TrieNode>,
    /// Edge labels and targets, parallel arrays so that label scans stay in cache.
    edge_bytes: Vec<u8>,
    edge_targets: Vec<u32>,
    terminals: Vec<u32>,
    tail_bytes: Vec<u8>,
    /// Direct tables of the nodes with many edges (the first letters of a name, where
    /// every walk passes; their labels include the first bytes of accented letters):
    /// entry `b` is one more than the index of the edge labelled `b` among the node's
    /// edges, 0 where none is.
    dense: Vec<[u8; 256]>,
}

#[derive(Debug, Clone, Copy)]
struct TrieNode {
    edges_start: u32,
    terminals_start: u32,
    /// A node whose keys are all the same string stores the rest of it as a tail (path
    /// compression), so long names cost one comparison instead of a node per byte.
    tail_start: u32,
    /// The node's table in `Trie::dense`, or `NO_NODE`.
    dense: u32,
    edges_len: u16,
    terminals_len: u8,
    tail_len: u8,
}

impl Default for TrieNode {
    fn default() -> Self {
        TrieNode {
            edges_start: 0,
            terminals_start: 0,
            tail_start: 0,
            dense: NO_NODE,
            edges_len: 0,
            terminals_len: 0,
            tail_len: 0,
        }
    }
}

const NO_NODE: u32 = u32::MAX;

/// A node with more edges than this gets a direct table (`Trie::dense`); fewer are
/// scanned.
const DENSE_EDGES: usize = 8;

/// Splits a sorted key range (all keys longer than `depth`) into runs sharing the byte at
/// `depth`.
fn groups_by_byte(
    keys: &[(Vec<u8>, u32)],
    range: std::ops::Range<usize>,
    depth: usize,
) -> Vec<(u8, std::ops::Range<usize>)> {
    let mut groups = Vec::new();
    let mut start = range.start;
    while start < range.end {
        let byte = keys[start].0[depth];
        let len = keys[start..range.end]
            .iter()
            .take_while(|(k, _)| k[depth] == byte)
            .count();
        groups.push((byte, start..start + len));
        start += len;
    }
    groups
}

impl Trie {
    /// Builds the trie from `(folded key, pattern index)` pairs. Nodes are laid out
    /// breadth-first so that the first levels, which every walk visits, share cache lines.
    fn build(keys: impl Iterator<Item = (Vec<u8>, u32)>) -> Trie {
        let mut keys: Vec<(Vec<u8>, u32)> = keys.collect();
        keys.sort_unstable();
        let mut trie = Trie {
            root: vec![NO_NODE; 256],
            ..Trie::default()
        };
        // (node, range of keys sharing its prefix, prefix length)
        let mut queue = std::collections::VecDeque::new();
        for (byte, range) in groups_by_byte(&keys, 0..keys.len(), 0) {
            let node = trie.nodes.len() as u32;
            trie.nodes.push(TrieNode::default());
            trie.root[byte as usize] = node;
            queue.push_back((node, range, 1));
        }
        while let Some((node, range, depth)) = queue.pop_front() {
            let (first, last) = (&keys[range.start].0, &keys[range.end - 1].0);
            if first == last && first.len() > depth && first.len() - depth <= u8::MAX as usize {
                let terminals_start = trie.terminals.len() as u32;
                trie.terminals
                    .extend(keys[range.clone()].iter().map(|(_, p)| *p));
                let tail_start = trie.tail_bytes.len() as u32;
                trie.tail_bytes.extend_from_slice(&first[depth..]);
                trie.nodes[node as usize] = TrieNode {
                    edges_start: trie.edge_bytes.len() as u32,
                    terminals_start,
                    tail_start,
                    dense: NO_NODE,
                    edges_len: 0,
                    terminals_len: range.len() as u8,
                    tail_len: (first.len() - depth) as u8,
                };
                continue;
            }
            let ending = keys[range.clone()]
                .iter()
                .take_while(|(k, _)| k.len() == depth)
                .count();
            let terminals_start = trie.terminals.len() as u32;
            trie.terminals.extend(
                keys[range.start..range.start + ending]
                    .iter()
                    .map(|(_, p)| *p),
            );
            let edges_start = trie.edge_bytes.len() as u32;
            for (byte, child_range) in groups_by_byte(&keys, range.start + ending..range.end, depth)
            {
                let child = trie.nodes.len() as u32;
                trie.nodes.push(TrieNode::default());
                trie.edge_bytes.push(byte);
                trie.edge_targets.push(child);
                queue.push_back((child, child_range, depth + 1));
            }
            let labels = &trie.edge_bytes[edges_start as usize..];
            // At most 255 labels, so that `i + 1` fits a byte (a node has 256 at most).
            let dense = if labels.len() > DENSE_EDGES && labels.len() < 256 {
                let mut table = [0u8; 256];
                for (i, &b) in labels.iter().enumerate() {
                    table[b as usize] = (i + 1) as u8;
                }
                trie.dense.push(table);
                (trie.dense.len() - 1) as u32
            } else {
                NO_NODE
            };
            trie.nodes[node as usize] = TrieNode {
                edges_start,
                terminals_start,
                tail_start: 0,
                dense,
                edges_len: (trie.edge_bytes.len() as u32 - edges_start) as u16,
                terminals_len: ending as u8,
                tail_len: 0,
            };
        }
        trie
    }

    #[inline]
    fn root_child(&self, byte: u8) -> Option<u32> {
        let child = self.root[byte as usize];
        (child != NO_NODE).then_some(child)
    }

    #[inline]
    fn child(&self, n: &TrieNode, byte: u8) -> Option<u32> {
        let start = n.edges_start as usize;
        if n.dense != NO_NODE {
            let at = self.dense[n.dense as usize][byte as usize];
            return (at > 0).then(|| self.edge_targets[start + at as usize - 1]);
        }
        let end = start + n.edges_len as usize;
        let labels = &self.edge_bytes[start..end];
        let found = if labels.len() <= 16 {
            labels.iter().position(|b| *b == byte)
        } else {
            labels.binary_search(&byte).ok()
        };
        found.map(|i| self.edge_targets[start + i])
    }
}

// ---------------------------------------------------------------------------------------
// Verification helpers (hot path)
// ---------------------------------------------------------------------------------------

#[inline]
fn is_word_char(c: char) -> bool {
    sitrep_textview::is_alphanumeric_fast(c) || c == '_'
}

const ASCII_OTHER: u8 = 0;
const ASCII_WORD: u8 = 1;
const NON_ASCII: u8 = 2;

/// Byte classes for the scanning loop: ASCII word bytes, other ASCII, and non-ASCII
/// bytes whose character must be decoded.
static BYTE_CLASS: [u8; 256] = {
    let mut table = [ASCII_OTHER; 256];
    let mut b = 0;
    while b < 256 {
        let byte = b as u8;
        table[b] = if byte >= 0x80 {
            NON_ASCII
        } else if byte.is_ascii_alphanumeric() || byte == b'_' {
            ASCII_WORD
        } else {
            ASCII_OTHER
        };
        b += 1;
    }
    table
};

/// Whether the character at byte `i` is a word character, and its length in bytes.
#[inline]
fn word_char_at(text: &str, i: usize) -> (bool, usize) {
    let b = text.as_bytes()[i];
    if b < 0x80 {
        (b.is_ascii_alphanumeric() || b == b'_', 1)
    } else {
        match text[i..].chars().next() {
            Some(c) => (is_word_char(c), c.len_utf8()),
            None => (false, 1),
        }
    }
}

/// True when no word character starts at byte `pos` (end of a whole-word match).
#[inline]
fn ends_word(text: &str, pos: usize) -> bool {
    match text.as_bytes().get(pos) {
        None => true,
        Some(&b) if b < 0x80 => !(b.is_ascii_alphanumeric() || b == b'_'),
        Some(_) => {
            text.is_char_boundary(pos) && !text[pos..].chars().next().is_some_and(is_word_char)
        }
    }
}

/// Upper-case letters of `form` must be upper-case in `found`; the trie walk already
/// guarantees equality up to ASCII case.
#[inline]
fn capitals_match(form: &[u8], found: &[u8]) -> bool {
    form.iter()
        .zip(found)
        .all(|(f, t)| !f.is_ascii_uppercase() || t == f)
}

/// True when the word before or after `start..end` is an ALL-CAPS word of two or more
/// letters, i.e. the match sits in a capitalised headline where "IS" or "WHO" are
/// ordinary English words.
fn in_caps_run(bytes: &[u8], start: usize, end: usize) -> bool {
    let caps_word = |word: &[u8]| {
        word.len() >= 2
            && word.iter().any(u8::is_ascii_alphabetic)
            && !word.iter().any(u8::is_ascii_lowercase)
    };
    // Previous word: skip separators back, then take the letters.
    let mut i = start;
    while i > 0 && !bytes[i - 1].is_ascii_alphanumeric() && start - i < 4 {
        i -= 1;
    }
    let word_end = i;
    while i > 0 && bytes[i - 1].is_ascii_alphanumeric() {
        i -= 1;
    }
    if word_end < start && caps_word(&bytes[i..word_end]) {
        return true;
    }
    let mut j = end;
    while j < bytes.len() && !bytes[j].is_ascii_alphanumeric() && j - end < 4 {
        j += 1;
    }
    let word_start = j;
    while j < bytes.len() && bytes[j].is_ascii_alphanumeric() {
        j += 1;
    }
    word_start > end && caps_word(&bytes[word_start..j])
}

#[cfg(test)]
mod tests;

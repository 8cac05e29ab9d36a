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
//! | country | `name`, `abbrev`, `abbrev-strict`, `adjective`, `demonym`, `capital`, `city`, `region` | `canonical`, `cameo` |
//! | organization, media, group | `name`, `abbrev`, `abbrev-strict`, `adjective` | `code`, `sector`, `org`, `cameo`, `canonical` |
//! | person | `name`, `abbrev`, `surname` | `code`, `sector`, `role`, `org`, `leader`, `cameo`, `canonical` |
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
//! regions become entries of kind [`ActorKind::City`] / [`ActorKind::Region`] with id
//! `CODE:slug` (`PRK:pyongyang`) and the country's code.
//!
//! Errors (unknown key, malformed line, bad code, missing name, ...) are reported as a
//! [`DictionaryError`] carrying the file name and 1-based line number.
//!
//! ### Merging
//!
//! [`ActorDictionary::from_sources`] and [`DictionaryBuilder`] accept several files. An id
//! defined again in a *later* file extends the earlier entry (its forms are added, its
//! scalar fields replace the earlier ones), so a user file can add `city: Nampo` to
//! `[PRK]`. Defining one id twice in the same file is an error. When one surface form is
//! claimed by several entries, the definition from the later file wins; within one file
//! the first definition wins (so a city-state's capital does not steal its country's
//! name). [`ActorDictionary::shadowed_forms`] lists such clashes.
//!
//! ## Matching rules ([`ActorDictionary::find`])
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

use std::collections::HashMap;
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
}

/// A dictionary form found in a text. Offsets are byte offsets into the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ActorMatch {
    pub start: usize,
    pub end: usize,
    pub entry: EntryId,
    pub form: FormKind,
}

/// A problem in a dictionary file, with its location.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DictionaryError {
    pub file: String,
    /// 1-based line number (0 when the problem concerns the file as a whole).
    pub line: usize,
    pub message: String,
}

impl fmt::Display for DictionaryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.message)
    }
}

impl std::error::Error for DictionaryError {}

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
    ("roles.txt", include_str!("../data/roles.txt")),
];

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
    entry: EntryId,
    form: FormKind,
    rule: CaseRule,
    /// Byte range of the form's text in `ActorDictionary::pattern_text`.
    text_start: u32,
    text_len: u32,
}

/// A compiled actor dictionary: entries plus one case-folded trie over all their forms.
pub struct ActorDictionary {
    entries: Vec<ActorEntry>,
    ids: HashMap<String, EntryId>,
    patterns: Vec<PatternInfo>,
    pattern_text: String,
    trie: Trie,
    shadowed: Vec<ShadowedForm>,
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
    pub fn from_sources(sources: &[(&str, &str)]) -> Result<ActorDictionary, DictionaryError> {
        let mut blocks = BlockSet::default();
        for (index, (file, content)) in sources.iter().enumerate() {
            parse_file(file, content, index, &mut blocks)?;
        }
        compile(blocks)
    }

    /// All matches in `text`, leftmost-longest, sorted by start offset.
    pub fn find(&self, text: &str) -> Vec<ActorMatch> {
        let mut out = Vec::new();
        self.find_into(text, &mut out);
        out
    }

    /// Like [`find`](Self::find) but appends to `out`, so a caller can reuse one buffer.
    pub fn find_into(&self, text: &str, out: &mut Vec<ActorMatch>) {
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
                        out.push(ActorMatch {
                            start: i,
                            end,
                            entry: info.entry,
                            form: info.form,
                        });
                    }
                    after_word = text[..end].chars().next_back().is_some_and(is_word_char);
                    i = end;
                    continue;
                }
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
            let n = self.trie.nodes[node as usize];
            let terminals = &self.trie.terminals
                [n.terminals_start as usize..n.terminals_start as usize + n.terminals_len as usize];
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
                    if let Some(pattern) = self.fitting_pattern(terminals, bytes, start, end) {
                        best = Some((end, pattern));
                    }
                }
                break;
            }
            if n.terminals_len > 0 && ends_word(text, pos) {
                if let Some(pattern) = self.fitting_pattern(terminals, bytes, start, pos) {
                    best = Some((pos, pattern));
                }
            }
            let Some(&b) = bytes.get(pos) else { break };
            match self.trie.child(&n, b.to_ascii_lowercase()) {
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

    pub fn build(&self) -> Result<ActorDictionary, DictionaryError> {
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
}

#[derive(Default)]
struct BlockSet {
    blocks: Vec<Block>,
    index: HashMap<String, usize>,
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

fn parse_file(
    file: &str,
    content: &str,
    source: usize,
    set: &mut BlockSet,
) -> Result<(), DictionaryError> {
    let err = |line: usize, message: String| DictionaryError {
        file: file.to_string(),
        line,
        message,
    };
    let mut kind = kind_from_file_name(file);
    let mut current: Option<usize> = None;
    let mut seen_in_file: HashMap<String, usize> = HashMap::new();

    for (line_index, raw) in content.lines().enumerate() {
        let line_no = line_index + 1;
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(rest) = line.strip_prefix('@') {
            let mut words = rest.split_whitespace();
            match (words.next(), words.next(), words.next()) {
                (Some("kind"), Some(word), None) => {
                    kind = Some(kind_from_word(word).ok_or_else(|| {
                        err(line_no, format!("unknown kind `{word}` (expected country, organization, media, group, person or role)"))
                    })?);
                    current = None;
                }
                _ => {
                    return Err(err(
                        line_no,
                        format!("unknown directive `{line}` (expected `@kind KIND`)"),
                    ))
                }
            }
            continue;
        }
        if line.starts_with('[') {
            let Some(inner) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) else {
                return Err(err(
                    line_no,
                    "entry header must be `[ID]` on its own line".into(),
                ));
            };
            let id = inner.trim().to_string();
            if id.contains(['[', ']', ';', '|', ':']) && !id.starts_with('!') {
                return Err(err(
                    line_no,
                    format!("invalid character in entry id `{id}`"),
                ));
            }
            let ignore_block = id == IGNORE_BLOCK_ID;
            if id.starts_with('!') && !ignore_block {
                return Err(err(
                    line_no,
                    format!("unknown special block `[{id}]` (only `[!ignore]`)"),
                ));
            }
            let block_kind = match kind {
                Some(k) => k,
                None if ignore_block => ActorKind::Role,
                None => {
                    return Err(err(
                        line_no,
                        "entry kind unknown: add `@kind KIND` before the first entry".into(),
                    ))
                }
            };
            // `[]` ids are derived from the first name once the block is complete; give
            // them a unique placeholder until then.
            let key = if id.is_empty() {
                format!("\u{0}{source}:{line_no}")
            } else {
                id.clone()
            };
            if !ignore_block && !id.is_empty() {
                if let Some(prev) = seen_in_file.insert(key.clone(), line_no) {
                    return Err(err(
                        line_no,
                        format!("entry `[{id}]` already defined at line {prev} of this file"),
                    ));
                }
            }
            if let Some(&existing) = set.index.get(&key) {
                let block = &mut set.blocks[existing];
                if block.kind != block_kind && !ignore_block {
                    return Err(err(
                        line_no,
                        format!(
                            "entry `[{id}]` was defined as a {} in {}:{}; cannot extend it as a {}",
                            block.kind, block.file, block.line, block_kind
                        ),
                    ));
                }
                current = Some(existing);
            } else {
                set.index.insert(key.clone(), set.blocks.len());
                current = Some(set.blocks.len());
                set.blocks.push(Block {
                    id: key,
                    kind: block_kind,
                    file: file.to_string(),
                    line: line_no,
                    lists: Vec::new(),
                    scalars: HashMap::new(),
                });
            }
            continue;
        }
        let Some(block_index) = current else {
            return Err(err(
                line_no,
                "field outside of an entry: start one with `[ID]`".into(),
            ));
        };
        let block = &mut set.blocks[block_index];
        let allowed = allowed_keys(block.kind, block.id == IGNORE_BLOCK_ID);
        for field in line.split('|') {
            let field = field.trim();
            if field.is_empty() {
                continue;
            }
            let Some((key, value)) = field.split_once(':') else {
                return Err(err(
                    line_no,
                    format!("expected `key: value`, found `{field}`"),
                ));
            };
            let key = key.trim().to_ascii_lowercase();
            let value = value.trim();
            let Some(&key) = allowed.iter().find(|k| **k == key) else {
                return Err(err(
                    line_no,
                    format!(
                        "unknown key `{key}` for a {} entry (allowed: {})",
                        if block.id == IGNORE_BLOCK_ID {
                            "!ignore"
                        } else {
                            block.kind.as_str()
                        },
                        allowed.join(", ")
                    ),
                ));
            };
            if value.is_empty() {
                return Err(err(line_no, format!("empty value for `{key}`")));
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
                        validate_form(s).map_err(|m| err(line_no, m))?;
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
                validate_scalar(key, value).map_err(|m| err(line_no, m))?;
                let scalar = Scalar {
                    value: value.to_string(),
                    source,
                    line: line_no,
                };
                if let Some(prev) = block.scalars.insert(key, scalar) {
                    if prev.source == source {
                        return Err(err(
                            line_no,
                            format!("`{key}` given twice (first at line {})", prev.line),
                        ));
                    }
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

fn compile(set: BlockSet) -> Result<ActorDictionary, DictionaryError> {
    let mut entries: Vec<ActorEntry> = Vec::new();
    let mut ids: HashMap<String, EntryId> = HashMap::new();
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

    for block in &set.blocks {
        let err = |message: String| DictionaryError {
            file: block.file.clone(),
            line: block.line,
            message,
        };
        let scalar = |key: &str| block.scalars.get(key).map(|s| s.value.clone());
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
                let canonical = first("singular")
                    .ok_or_else(|| err(format!("role `[{}]` has no `singular`", block.id)))?;
                let id = if block.id.starts_with('\u{0}') {
                    canonical.clone()
                } else {
                    block.id.clone()
                };
                (id, canonical)
            }
            _ => {
                let canonical = scalar("canonical")
                    .or_else(|| first("name"))
                    .or_else(|| first("abbrev"))
                    .or_else(|| first("abbrev-strict"))
                    .ok_or_else(|| err(format!("entry `[{}]` has no `name`", block.id)))?;
                let id = if block.id.starts_with('\u{0}') {
                    slug(&canonical)
                } else {
                    block.id.clone()
                };
                (id, canonical)
            }
        };
        let (code, sector, org) = match block.kind {
            ActorKind::Country => {
                if !(id.len() == 3 && id.bytes().all(|b| b.is_ascii_uppercase())) {
                    return Err(err(format!(
                        "country id `{id}` must be an ISO 3166-1 alpha-3 code"
                    )));
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
                        return Err(err(format!(
                            "entry `[{id}]` needs a `code` (country code, IGO, NGO, MNC or IMG)"
                        )))
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
                let code =
                    scalar("code").ok_or_else(|| err(format!("person `[{id}]` needs a `code`")))?;
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
        let entry_id = add_entry(
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
            },
            &block.file,
            block.line,
        )?;
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
                "capital" | "city" | "region" => {
                    let (kind, form) = match *key {
                        "capital" => (ActorKind::City, FormKind::Capital),
                        "city" => (ActorKind::City, FormKind::City),
                        _ => (ActorKind::Region, FormKind::Region),
                    };
                    let name = unquote(&item.spellings[0]).to_string();
                    let place_id = format!("{id}:{}", slug(&name));
                    let place = add_entry(
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
                        },
                        &item.file,
                        item.line,
                    )?;
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
    let mut by_text: HashMap<String, usize> = HashMap::new();
    let mut chosen: Vec<Option<PendingForm>> = Vec::with_capacity(forms.len());
    let mut shadowed = Vec::new();
    let as_option = |entry: EntryId| (entry != IGNORED).then_some(entry);
    for form in forms {
        match by_text.get(&form.text) {
            Some(&slot) => {
                let previous = chosen[slot].as_ref().expect("slot filled");
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
            }
        }
    }
    let mut patterns = Vec::with_capacity(chosen.len());
    let mut pattern_text = String::new();
    for form in chosen.into_iter().flatten() {
        patterns.push(PatternInfo {
            entry: form.entry,
            form: form.form,
            rule: form.rule,
            text_start: pattern_text.len() as u32,
            text_len: form.text.len() as u32,
        });
        pattern_text.push_str(&form.text);
    }
    let trie = Trie::build(patterns.iter().enumerate().map(|(index, p)| {
        let text = &pattern_text[p.text_start as usize..(p.text_start + p.text_len) as usize];
        (text.to_ascii_lowercase().into_bytes(), index as u32)
    }));
    Ok(ActorDictionary {
        entries,
        ids,
        patterns,
        pattern_text,
        trie,
        shadowed,
    })
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
}

#[derive(Debug, Clone, Copy, Default)]
struct TrieNode {
    edges_start: u32,
    terminals_start: u32,
    /// A node whose keys are all the same string stores the rest of it as a tail (path
    /// compression), so long names cost one comparison instead of a node per byte.
    tail_start: u32,
    edges_len: u16,
    terminals_len: u8,
    tail_len: u8,
}

const NO_NODE: u32 = u32::MAX;

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
            trie.nodes[node as usize] = TrieNode {
                edges_start,
                terminals_start,
                tail_start: 0,
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
    c.is_alphanumeric() || c == '_'
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

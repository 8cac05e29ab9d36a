//! The event pattern lexicon (`data/events.txt`): parser, compiled lookup, matcher.
//!
//! See the crate documentation for the line format. A pattern is compiled into:
//! * one entry per inflected (and spelling-variant) form of its head lemma, found by the
//!   form (`FxHashMap<Box<str>, u32>`) or by its interned word id: the matcher interns each
//!   word of a sentence once and finds a token's candidates from that id, with no
//!   allocation;
//! * per-pattern word sets for the required neighbouring words and the object, context and
//!   exclusion keywords (keywords inflected as nouns, with spelling variants).

use crate::inflect::{noun_forms, spelling_variants, verb_forms, Forms};
use crate::ontology::Ontology;
use crate::{LexiconError, LexiconErrors};
use rustc_hash::FxHashMap;
use std::collections::BTreeSet;
use std::sync::{Arc, OnceLock};

/// Index of a pattern in its lexicon.
pub type PatternId = u32;

/// Part of speech of a pattern's head word.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TriggerPos {
    /// A verb ("sign", "accuse"); the actor is its subject.
    Verb,
    /// An event noun ("strike", "visit"); the actor is a possessor, a modifier or the
    /// subject of a light verb.
    Noun,
}

/// Where the recipient (target) of the event is found, relative to the head.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Slot {
    /// The direct object after the verb (and its particles).
    Object,
    /// The object of this preposition after the head ("with", "on", "against").
    Prep(String),
}

/// What the grammatical subject of a verb pattern is to the event. Written as the first
/// word after `>`: `> victim from|by`, `> receiver from`, `> experiencer by|at|over`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum SubjectRole {
    /// The subject does the act (the active voice); a passive's subject is its target.
    #[default]
    Doer,
    /// The subject undergoes the act ("the convoy came under fire from militants", "the
    /// town suffered shelling by the army") or receives it (`> receiver`: "Sudan received
    /// food aid from Egypt"): it is the recipient, and the slots name the doer, the actor.
    Victim,
    /// The subject feels or voices the reaction, in either voice ("Japan was angered by
    /// China's decision", "Seoul is deeply disappointed at Tokyo"): it is the actor, and
    /// the slots (a passive's `by` phrase among them) name what it reacts to.
    Experiencer,
}

/// One pattern of the lexicon (one head lemma; a line with `a|b` heads yields several).
#[derive(Clone, Debug, PartialEq)]
pub struct Pattern {
    /// Index in the lexicon.
    pub id: PatternId,
    /// CAMEO code of the section the line is in.
    pub cameo: String,
    /// Verb or noun head.
    pub pos: TriggerPos,
    /// Head lemma (lowercase).
    pub lemma: String,
    /// Inflections of the head that trigger the pattern (`None`: all). Written `@ed`, `@ing`
    /// ... after the head, to keep ambiguous forms out ("support@ed@ing": not the noun
    /// "support"/"supports").
    pub head_forms: Option<Forms>,
    /// Required words immediately before the head, in order; each a set of alternatives.
    /// (Shared with the other head alternatives of the same line.)
    pub before: Arc<[Vec<String>]>,
    /// Required words (particles) immediately after the head, in order.
    pub after: Vec<Vec<String>>,
    /// Object keyword groups: each group needs one of its keywords in the object region.
    /// Multi-word keywords are stored with spaces ("human rights").
    pub objects: Arc<[Vec<String>]>,
    /// Context keyword groups: each needs one keyword anywhere in the sentence.
    pub context: Arc<[Vec<String>]>,
    /// Exclusion keywords: the pattern fails if any occurs in its own clause (the last clause
    /// break or comma before its words to the object region's end).
    pub exclude: Arc<[String]>,
    /// Where the recipient is, in order of preference; empty when the event has none.
    pub recipient: Arc<[Slot]>,
    /// What the subject of a verb pattern is to the event (`> victim ...`,
    /// `> experiencer ...`); the doer unless the line says otherwise.
    pub subject: SubjectRole,
    /// The source file the pattern was read from ("events.txt", or a user file's name).
    pub file: Arc<str>,
    /// 1-based line in the source file.
    pub line: usize,
    /// The pattern line as written (without its comment and examples), for the event's `rule`.
    pub source: String,
    /// Example sentences written on the line (`= "..."`), shared by its head alternatives;
    /// `tests/lexicon.rs` checks that each one matches the line and codes to its section.
    pub examples: Arc<[String]>,
}

/// A satisfied pattern in a sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PatternMatch {
    /// The pattern.
    pub pattern: PatternId,
    /// Token index of the head word.
    pub head: usize,
    /// First token covered (the first `before` word, or the head).
    pub start: usize,
    /// One past the last token covered (after the last particle).
    pub end: usize,
    /// The token that satisfied the first object keyword group, if the pattern has one.
    pub object_token: Option<usize>,
    /// True when the object keyword was found before the head because the head is a past
    /// participle (passive "troops were deployed", reduced relative "a pact signed ...").
    pub object_before_head: bool,
    /// Higher is more specific (see [`EventLexicon::find_all`]).
    pub specificity: u32,
}

/// Interned surface forms of every constraint word (particles, modifiers, keywords). A
/// sentence word is looked up once per constraint check (one hash probe) and compared as a
/// `u32` against the small sorted id lists of a pattern.
#[derive(Debug, Default)]
struct WordIds {
    map: FxHashMap<Box<str>, u32>,
    /// The same words for the sentences' lookups ([`WordIds::find`]), filled once all are
    /// interned ([`WordIds::freeze`]): open addressing by a hash of the word's first and
    /// last eight bytes, each slot keeping the first eight bytes and the length, so that a
    /// word of up to eight bytes is told found or not without comparing its bytes (the
    /// map's lookup hashed every byte and called `memcmp`, about 90 instructions a word,
    /// every word of every sentence the gate prepares).
    slots: Vec<IdSlot>,
    /// Each id's word, for the bytes past the first eight.
    by_id: Vec<Box<str>>,
}

/// A slot of [`WordIds::slots`]: `id` [`IdSlot::EMPTY`] where no word is.
#[derive(Debug, Clone, Copy)]
struct IdSlot {
    head: u64,
    len: u32,
    id: u32,
}

impl IdSlot {
    const EMPTY: u32 = u32::MAX;
}

/// The first eight bytes of `b` (fewer, zero-padded) as one number.
#[inline(always)]
fn head_bytes(b: &[u8]) -> u64 {
    // Read in pieces of fixed length: a copy of a length known only at run time is a call
    // to `memcpy`.
    if let Some(head) = b.first_chunk::<8>() {
        return u64::from_le_bytes(*head);
    }
    let (mut v, mut i) = (0u64, 0);
    if let Some(four) = b.first_chunk::<4>() {
        (v, i) = (u32::from_le_bytes(*four) as u64, 4);
    }
    if let Some(two) = b[i..].first_chunk::<2>() {
        v |= (u16::from_le_bytes(*two) as u64) << (8 * i);
        i += 2;
    }
    if let Some(&one) = b.get(i) {
        v |= (one as u64) << (8 * i);
    }
    v
}

/// The slot hash of a word of first bytes `head` ([`head_bytes`]).
#[inline(always)]
fn id_hash(b: &[u8], head: u64) -> u64 {
    let tail = if b.len() > 8 {
        head_bytes(&b[b.len() - 8..])
    } else {
        0
    };
    (head ^ tail.rotate_left(29) ^ (b.len() as u64).rotate_left(59))
        .wrapping_mul(0x9E37_79B9_7F4A_7C15)
}

impl WordIds {
    fn get(&self, w: &str) -> Option<u32> {
        self.map.get(w).copied()
    }

    /// Builds the lookup table of [`WordIds::find`] from the interned words.
    fn freeze(&mut self) {
        let size = (self.map.len() * 2).next_power_of_two().max(16);
        let mask = size - 1;
        self.slots = vec![
            IdSlot {
                head: 0,
                len: 0,
                id: IdSlot::EMPTY,
            };
            size
        ];
        self.by_id = vec![Box::from(""); self.map.len()];
        for (w, &id) in &self.map {
            let b = w.as_bytes();
            let head = head_bytes(b);
            let mut i = (id_hash(b, head) >> 32) as usize & mask;
            while self.slots[i].id != IdSlot::EMPTY {
                i = (i + 1) & mask;
            }
            self.slots[i] = IdSlot {
                head,
                len: b.len() as u32,
                id,
            };
            self.by_id[id as usize] = w.clone();
        }
    }

    /// [`WordIds::get`] after [`WordIds::freeze`]: the same answer, faster.
    #[inline]
    fn find(&self, w: &str) -> Option<u32> {
        if self.slots.is_empty() {
            return self.get(w);
        }
        let b = w.as_bytes();
        let head = head_bytes(b);
        let mask = self.slots.len() - 1;
        let mut i = (id_hash(b, head) >> 32) as usize & mask;
        loop {
            let slot = self.slots[i];
            if slot.id == IdSlot::EMPTY {
                return None;
            }
            if slot.head == head
                && slot.len as usize == b.len()
                && (b.len() <= 8 || self.by_id[slot.id as usize].as_bytes()[8..] == b[8..])
            {
                return Some(slot.id);
            }
            i = (i + 1) & mask;
        }
    }
    fn intern(&mut self, w: &str) -> u32 {
        if let Some(&id) = self.map.get(w) {
            return id;
        }
        let id = self.map.len() as u32;
        self.map.insert(w.into(), id);
        id
    }
}

/// Sorted ids of the accepted surface forms of one word position.
type WordSet = Box<[u32]>;

fn set_contains(set: &[u32], id: Option<u32>) -> bool {
    id.is_some_and(|i| set.binary_search(&i).is_ok())
}

/// At most this many distinct start words of a group in one sentence are listed
/// (`KeywordSet::starts_in`); more, and the scan asks the group's sets at every token.
const FEW_STARTS: usize = 8;

/// The words of a sentence that can start a keyword of a group (`KeywordSet::starts_in`).
enum Starts {
    None,
    /// The first `n` ids of the array.
    Few([u32; FEW_STARTS], usize),
    Many,
}

/// One keyword group: single-word alternatives, and multi-word ones position by position.
#[derive(Debug, Default)]
struct KeywordSet {
    single: WordSet,
    multi: Vec<Box<[WordSet]>>,
    /// Every id that can start a multi-word alternative: most tokens start none, and one
    /// probe here spares trying each alternative (groups can hold dozens of phrases).
    multi_first: WordSet,
}

impl KeywordSet {
    /// Whether a keyword of the group starts at token `j` of a sentence whose interned word
    /// ids are `ids`.
    fn matches_at(&self, ids: &[Option<u32>], j: usize) -> bool {
        let id = ids[j];
        if id.is_none() {
            return false;
        }
        if set_contains(&self.single, id) {
            return true;
        }
        if !set_contains(&self.multi_first, id) {
            return false;
        }
        self.multi.iter().any(|alt| {
            j + alt.len() <= ids.len()
                && set_contains(&alt[0], id)
                && alt[1..]
                    .iter()
                    .enumerate()
                    .all(|(k, set)| set_contains(set, ids[j + 1 + k]))
        })
    }

    /// The first token in `from..to` where a keyword of the group starts.
    fn find_in(&self, s: &Prepared, from: usize, to: usize) -> Option<usize> {
        let to = to.min(s.ids.len());
        match self.starts_in(s) {
            Starts::None => None,
            // One start word (the usual case): a plain comparison per token.
            Starts::Few(here, 1) => {
                let start = Some(here[0]);
                (from..to).find(|&j| s.ids[j] == start && self.matches_at(&s.ids, j))
            }
            Starts::Few(here, n) => (from..to).find(|&j| {
                s.ids[j].is_some_and(|id| here[..n].contains(&id)) && self.matches_at(&s.ids, j)
            }),
            Starts::Many => (from..to).find(|&j| self.matches_at(&s.ids, j)),
        }
    }

    /// The words of the sentence that can start a keyword of the group: when none does (the
    /// usual case), no position needs trying. A keyword starts only at such a word, so a
    /// scan tests each token against these few ids (usually one) before the group's sorted
    /// sets, which it would otherwise search by halves at every token.
    fn starts_in(&self, s: &Prepared) -> Starts {
        let mut here = [0u32; FEW_STARTS];
        let mut n = 0;
        // The two lists in turn, each in a plain loop (a chained iterator tests which list
        // it is in at every id; groups hold dozens to hundreds of ids).
        for list in [&self.single, &self.multi_first] {
            for &id in list.iter() {
                if s.has(id) {
                    if n == FEW_STARTS {
                        return Starts::Many;
                    }
                    here[n] = id;
                    n += 1;
                }
            }
        }
        if n == 0 {
            Starts::None
        } else {
            Starts::Few(here, n)
        }
    }

    /// Whether a keyword of the group occurs anywhere in the sentence (context and
    /// exclusion groups). A single-word keyword is answered from the sentence's id set; a
    /// multi-word one by one scan per sentence, remembered, so that the many patterns tried
    /// on a long sentence never rescan it (the matcher stays linear in sentence length).
    fn occurs_in(&self, s: &Prepared) -> bool {
        if self.single.iter().any(|&id| s.has(id)) {
            return true;
        }
        if !self.multi_first.iter().any(|&id| s.has(id)) {
            return false;
        }
        let key = self as *const KeywordSet as usize;
        if let Some(&found) = s.anywhere.borrow().get(&key) {
            return found;
        }
        s.scans.set(s.scans.get() + 1);
        let found = self.find_in(s, 0, s.ids.len()).is_some();
        s.anywhere.borrow_mut().insert(key, found);
        found
    }
}

/// One sentence prepared for matching: each word interned once (a constraint check is then
/// a `u32` comparison), the set of ids present as a bitset (a keyword group none of whose
/// words occur is rejected with a few bit tests), and the remembered answers of
/// whole-sentence searches. Valid for the lexicon that prepared it.
struct Prepared {
    ids: Vec<Option<u32>>,
    present: Vec<u64>,
    /// Bit per source line: some word that can start a keyword of the line's first object
    /// group occurs in the sentence. A clear bit rejects the line's patterns with one test
    /// on this small sentence-local set, instead of reading each pattern's constraints
    /// (scattered over the lexicon's heap, mostly cold by the time a sentence is matched):
    /// measured on VOA, eight in ten patterns that reach the object check fail there so.
    object_lines: Vec<u64>,
    anywhere: std::cell::RefCell<FxHashMap<usize, bool>>,
    /// Whole-sentence scans done (each group at most once per sentence), for the tests.
    scans: std::cell::Cell<usize>,
}

/// A sentence prepared for one lexicon's matcher ([`EventLexicon::prepare`]): its words'
/// interned ids and what whole-sentence searches found. Valid only with the lexicon that
/// prepared it and the same words.
pub struct PreparedSentence(Prepared);

impl PreparedSentence {
    /// The prepared sentence, checked (in debug builds) to be one of `words_lower`'s length.
    fn of(&self, words_lower: &[&str]) -> &Prepared {
        debug_assert_eq!(
            self.0.ids.len(),
            words_lower.len(),
            "prepared for other words"
        );
        &self.0
    }
}

impl std::fmt::Debug for PreparedSentence {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PreparedSentence")
            .field("words", &self.0.ids.len())
            .finish_non_exhaustive()
    }
}

impl Prepared {
    fn new(lexicon: &EventLexicon, words_lower: &[&str]) -> Prepared {
        let mut ids: Vec<Option<u32>> = words_lower.iter().map(|w| lexicon.words.find(w)).collect();
        // The last word of a `[keyword-idioms]` phrase ("in return") is no keyword: it
        // gets no id, so no object, context or neighbour group finds it.
        // Only a word ending one of its phrases can end one (`EventLexicon::idiom_ends`), so
        // the list is asked only at such a word.
        if !lexicon.idiom_ends.is_empty() {
            if let Some(idioms) = crate::WordLists::builtin().get("keyword-idioms") {
                for j in 1..words_lower.len() {
                    if ids[j].is_some_and(|id| lexicon.idiom_ends.binary_search(&id).is_ok())
                        && idioms.contains_phrase(&words_lower[j - 1..=j])
                    {
                        ids[j] = None;
                    }
                }
            }
        }
        let mut present = vec![0u64; lexicon.words.map.len().div_ceil(64)];
        let mut object_lines = vec![0u64; lexicon.lines.len().div_ceil(64)];
        for &id in ids.iter().flatten() {
            let bit = 1 << (id % 64);
            // A repeated word adds no line.
            if present[id as usize / 64] & bit != 0 {
                continue;
            }
            present[id as usize / 64] |= bit;
            for &line in lexicon.object_starts.lines_of(id) {
                object_lines[line as usize / 64] |= 1 << (line % 64);
            }
        }
        Prepared {
            ids,
            present,
            object_lines,
            anywhere: Default::default(),
            scans: Default::default(),
        }
    }

    #[inline]
    fn has(&self, id: u32) -> bool {
        self.present[id as usize / 64] & (1 << (id % 64)) != 0
    }

    fn id(&self, j: usize) -> Option<u32> {
        self.ids[j]
    }

    /// "called off its protest" is not "called ... protest": is pattern candidate `k` a bare
    /// verb pattern whose head at `head` is followed by an adverbial particle that another
    /// verb pattern of the same form names (the lexicon knows that phrasal verb)?
    #[inline]
    fn before_claimed_particle(&self, entry: &FormEntry, k: usize, head: usize) -> bool {
        if !entry.bare_verb[k] || entry.claimed_particles.is_empty() {
            return false;
        }
        let Some(w) = self.ids.get(head + 1).copied().flatten() else {
            return false;
        };
        let mut claimed = entry
            .claimed_particles
            .iter()
            .filter(|c| c.0 == w)
            .peekable();
        claimed.peek().is_some() && claimed.all(|c| c.1 != entry.category[k])
    }

    /// Can pattern candidate `k` of a form entry match with its head at token `head`, as far
    /// as its first particle and its first object group go? `false` means it cannot: the
    /// token after the head is not the one word its first particle accepts, or none of the
    /// words that start a keyword of the object group occurs, so neither the object region
    /// nor the word before a participle holds one (see [`KeywordSet::matches_at`]).
    #[inline(always)]
    fn may_match(&self, entry: &FormEntry, k: usize, head: usize) -> bool {
        let particle = entry.first_particle[k];
        // The particle may stand apart from the head, past an adverbial or a short
        // object (`EventLexicon::particles_at`): it must occur in the sentence at least.
        if particle != NO_SINGLE_PARTICLE
            && self.ids.get(head + 1) != Some(&Some(particle))
            && !self.has(particle)
        {
            return false;
        }
        if self.before_claimed_particle(entry, k, head) {
            return false;
        }
        let line = entry.object_line[k];
        line == NO_OBJECT_GROUP || self.object_lines[line as usize / 64] & (1 << (line % 64)) != 0
    }
}

/// For each word id, the source lines (indices into `EventLexicon::lines`) whose first object
/// group has a keyword starting with that word: an inverted index, as offsets into one array.
#[derive(Debug, Default)]
struct ObjectStarts {
    /// `lines[offsets[id]..offsets[id + 1]]` are the lines of word `id`.
    offsets: Vec<u32>,
    lines: Vec<u32>,
}

impl ObjectStarts {
    fn new(n_words: usize, groups: &[LineConstraints]) -> ObjectStarts {
        let mut per_word: Vec<Vec<u32>> = vec![Vec::new(); n_words];
        for (line, lc) in groups.iter().enumerate() {
            if let Some(g) = lc.objects.first() {
                for &id in g.single.iter().chain(g.multi_first.iter()) {
                    if per_word[id as usize].last() != Some(&(line as u32)) {
                        per_word[id as usize].push(line as u32);
                    }
                }
            }
        }
        let mut offsets = Vec::with_capacity(n_words + 1);
        let mut lines = Vec::new();
        offsets.push(0);
        for l in per_word {
            lines.extend(l);
            offsets.push(lines.len() as u32);
        }
        ObjectStarts { offsets, lines }
    }

    fn lines_of(&self, id: u32) -> &[u32] {
        let id = id as usize;
        match (self.offsets.get(id), self.offsets.get(id + 1)) {
            (Some(&a), Some(&b)) => &self.lines[a as usize..b as usize],
            _ => &[],
        }
    }
}

/// `EventLexicon::entry_of_word` of a word that heads no pattern.
const NO_ENTRY: u32 = u32::MAX;

/// `FormEntry::object_line` of a pattern whose line has no object group.
const NO_OBJECT_GROUP: u32 = u32::MAX;

/// `FormEntry::first_particle` of a pattern without particles, or whose first particle
/// accepts more than one word.
const NO_SINGLE_PARTICLE: u32 = u32::MAX;

/// Constraints shared by all patterns of one source line (its head alternatives).
#[derive(Debug)]
struct LineConstraints {
    before: Vec<WordSet>,
    objects: Vec<KeywordSet>,
    context: Vec<KeywordSet>,
    exclude: Option<KeywordSet>,
}

#[derive(Debug)]
struct Compiled {
    /// Index into `EventLexicon::lines`.
    line: u32,
    /// Particles: per pattern, since a head alternative may carry its own ("call_on").
    after: Vec<WordSet>,
    specificity: u32,
    /// The part of `specificity` that comes from the CAMEO code (0-2).
    code_bonus: u32,
}

/// Build-time interning with caches: every distinct word is inflected once.
#[derive(Default)]
struct Builder {
    ids: WordIds,
    exact: FxHashMap<String, Vec<u32>>,
    keyword: FxHashMap<String, Vec<u32>>,
}

impl Builder {
    /// Appends the ids of a word as written plus its spelling variants. A word seen before
    /// costs one hash probe (the load meets each of some 27,000 keywords once per line).
    fn exact_ids(&mut self, w: &str, out: &mut Vec<u32>) {
        if let Some(v) = self.exact.get(w) {
            out.extend_from_slice(v);
            return;
        }
        let v: Vec<u32> = spelling_variants(w)
            .iter()
            .map(|f| self.ids.intern(f))
            .collect();
        out.extend_from_slice(&v);
        self.exact.insert(w.to_string(), v);
    }

    /// Appends the ids of a keyword: spelling variants, each singular and plural.
    fn keyword_ids(&mut self, w: &str, out: &mut Vec<u32>) {
        if let Some(v) = self.keyword.get(w) {
            out.extend_from_slice(v);
            return;
        }
        let mut v = Vec::new();
        for var in spelling_variants(w) {
            for (f, _) in noun_forms(&var) {
                v.push(self.ids.intern(&f));
            }
        }
        out.extend_from_slice(&v);
        self.keyword.insert(w.to_string(), v);
    }

    fn word_set(&mut self, alts: &[String]) -> WordSet {
        let mut v: Vec<u32> = Vec::new();
        for a in alts {
            self.exact_ids(a, &mut v);
        }
        v.sort_unstable();
        v.dedup();
        v.into_boxed_slice()
    }

    fn keyword_set(&mut self, alts: &[String]) -> KeywordSet {
        let mut single = Vec::new();
        let mut multi = Vec::new();
        for alt in alts {
            // Most keywords are one word: no split, no vector of parts.
            if !alt.as_bytes().contains(&b' ') {
                self.keyword_ids(alt, &mut single);
            } else {
                let parts: Vec<&str> = alt.split(' ').collect();
                // Inner words are exact (with spelling variants); the last word inflects.
                let last = parts.len() - 1;
                let positions: Vec<WordSet> = parts
                    .iter()
                    .enumerate()
                    .map(|(k, w)| {
                        let mut v = Vec::new();
                        if k == last {
                            self.keyword_ids(w, &mut v);
                        } else {
                            self.exact_ids(w, &mut v);
                        }
                        v.sort_unstable();
                        v.dedup();
                        v.into_boxed_slice()
                    })
                    .collect();
                multi.push(positions.into_boxed_slice());
            }
        }
        single.sort_unstable();
        single.dedup();
        let mut first: Vec<u32> = multi
            .iter()
            .flat_map(|alt| alt[0].iter().copied())
            .collect();
        first.sort_unstable();
        first.dedup();
        KeywordSet {
            single: single.into_boxed_slice(),
            multi,
            multi_first: first.into_boxed_slice(),
        }
    }
}

#[derive(Debug, Default)]
struct FormEntry {
    ids: Vec<PatternId>,
    forms: Vec<Forms>,
    /// Per pattern, its line (index into `EventLexicon::lines`) when the line has an object
    /// group, else [`NO_OBJECT_GROUP`]: kept beside the ids so that the sentence's
    /// `Prepared::object_lines` test reads no pattern data.
    object_line: Vec<u32>,
    /// Per pattern, the one word id its first particle accepts ("on" of `call_on`), or
    /// [`NO_SINGLE_PARTICLE`]: a third of the candidates tried fail on their particle.
    first_particle: Vec<u32>,
    /// Per pattern, whether it is a verb pattern without particles.
    bare_verb: Vec<bool>,
    /// Per pattern, its PLOVER category (an index of [`category_index`]).
    category: Vec<u32>,
    /// The adverbial particles ([`ADVERBIAL_PARTICLES`]) that a verb pattern of this form
    /// names first ("off" of `call_off`), each with that pattern's category: after the
    /// head, they make a phrasal verb that a bare verb pattern of another category does
    /// not match ("called off a protest" is no protest called; "shot down a drone" is
    /// shooting still, and "cut back exchanges" cutting).
    claimed_particles: Vec<(u32, u32)>,
}

/// A small index of a CAMEO code's PLOVER category (its two-digit root where the contract
/// maps it to none, as for the 02x appeals), for comparing two patterns' categories.
fn category_index(cameo: &str) -> u32 {
    let ontology = crate::Ontology::builtin();
    // Borrowed, not built: this runs for every (form, pattern) pair at load.
    let plover: &str = match ontology.cameo(cameo).and_then(|c| c.plover.as_deref()) {
        Some(p) => p,
        None => cameo
            .char_indices()
            .nth(2)
            .map_or(cameo, |(i, _)| &cameo[..i]),
    };
    let mut h: u32 = 2166136261;
    for b in plover.bytes() {
        h = (h ^ u32::from(b)).wrapping_mul(16777619);
    }
    h
}

/// Particles that make a phrasal verb of another sense than its verb ("call off", "step
/// down", "back down", "pull out", "press ahead": going on with one's own course, no
/// pressing of another), unlike the prepositions a verb governs ("call on").
const ADVERBIAL_PARTICLES: &[&str] = &["off", "out", "down", "back", "away", "up", "ahead"];

/// Particles of a phrasal verb that may follow a short object ("handed five positions
/// over to", "turned the offer down", "called its envoy in Paris home").
const SPLIT_PARTICLES: &[&str] = &[
    "off", "out", "down", "back", "away", "up", "over", "aside", "home",
];

/// The longest object between a verb and its split particle ("the Torkham border crossing
/// with Afghanistan"): longer ones are read as another clause's words.
const MAX_OBJECT_GAP: usize = 8;

/// The longest adverbial between a head and its particle or preposition ("agreed late on
/// Thursday to", "called once again on").
const MAX_ADVERBIAL_GAP: usize = 4;

/// The longest occasion phrase between a verb and its particle ("at an emergency session
/// of the Security Council on Sunday").
const MAX_OCCASION_GAP: usize = 12;

/// Nouns naming an occasion where something is said, asked or agreed ("at a news
/// conference", "during a summit").
fn is_occasion_noun(w: &str) -> bool {
    matches!(
        w,
        "session"
            | "sessions"
            | "meeting"
            | "meetings"
            | "summit"
            | "conference"
            | "briefing"
            | "rally"
            | "forum"
            | "debate"
            | "hearing"
            | "assembly"
            | "gathering"
            | "ceremony"
            | "congress"
            | "convention"
            | "talks"
            | "event"
            | "speech"
            | "address"
            | "interview"
    )
}

/// Words that end an occasion phrase: prepositions other than "of" and "in", and clause
/// words ("at a meeting that", "at a summit and").
fn stops_occasion(w: &str) -> bool {
    matches!(
        w,
        "on" | "at"
            | "to"
            | "for"
            | "with"
            | "against"
            | "from"
            | "by"
            | "over"
            | "about"
            | "that"
            | "and"
            | "or"
            | "but"
            | "which"
            | "who"
            | "where"
            | "when"
            | "after"
            | "before"
            | "as"
            | "if"
            | "while"
    )
}

/// Words of a time adverbial: days, months (not "may"), parts of days and weeks.
fn is_time_word(w: &str) -> bool {
    crate::words::is_weekday_name(w)
        || (crate::words::is_month_name(w) && w != "may")
        || matches!(
            w,
            "week"
                | "weekend"
                | "month"
                | "year"
                | "morning"
                | "afternoon"
                | "evening"
                | "night"
                | "day"
        )
}

/// Can `w` stand in an adverbial between a head and its particle ("on Thursday", "late",
/// "once again", "formally")? A preposition only before a time word (checked by the
/// caller), never last.
fn is_adverbial_word(w: &str) -> bool {
    is_time_word(w)
        || matches!(
            w,
            "on" | "in"
                | "at"
                | "late"
                | "early"
                | "last"
                | "this"
                | "next"
                | "overnight"
                | "again"
                | "once"
                | "more"
                | "also"
                | "further"
                | "yesterday"
                | "today"
                | "tonight"
                | "earlier"
                | "later"
                | "still"
                | "now"
                | "then"
                | "already"
                | "twice"
                | "soon"
        )
        || (w.len() > 4
            && w.ends_with("ly")
            && !matches!(
                w,
                "rally"
                    | "supply"
                    | "reply"
                    | "assembly"
                    | "family"
                    | "italy"
                    | "anomaly"
                    | "monopoly"
                    | "sicily"
                    | "bully"
                    | "tally"
            ))
}

/// Is token `k` a preposition opening a time adverbial ("on Tuesday", "in March", "at
/// night"), not a particle?
fn time_preposition(words: &[&str], k: usize) -> bool {
    matches!(words.get(k), Some(&("on" | "in" | "at")))
        && words
            .get(k + 1)
            .is_some_and(|w| is_time_word(w) || matches!(*w, "late" | "early" | "last" | "this"))
}

/// May a short object between a verb and its split particle hold `w`? Not a clause
/// boundary, a conjunction, a verb marker or a preposition other than the partitive "of",
/// a locative "in" or "with" ("talks with ECOWAS"); `particles_at` lets a noun's "for" and
/// "on" in too.
fn may_stand_in_object(w: &str) -> bool {
    !(SPLIT_PARTICLES.contains(&w)
        || matches!(
            w,
            "," | ";"
                | ":"
                | "\""
                | "("
                | ")"
                | "-"
                | "--"
                | "and"
                | "or"
                | "but"
                | "to"
                | "that"
                | "which"
                | "who"
                | "whom"
                | "whose"
                | "when"
                | "where"
                | "while"
                | "as"
                | "if"
                | "after"
                | "before"
                | "since"
                | "until"
                | "from"
                | "for"
                | "on"
                | "at"
                | "by"
                | "into"
                | "onto"
                | "against"
                | "about"
                | "across"
                | "through"
                | "under"
                | "near"
                | "than"
                | "said"
                | "says"
                | "is"
                | "was"
                | "were"
                | "are"
                | "be"
                | "been"
                | "has"
                | "had"
                | "have"
                | "will"
                | "would"
                | "not"
        ))
}

/// Where a pattern's particles (`after`) stand after its head at `head`: (the first
/// particle's token, where its object keywords are searched from). Next to the head
/// ("called off"), unless that first word is a preposition opening a time adverbial
/// ("called on Tuesday for" is no "call on"); else, for a verb, past a short adverbial
/// ("agreed on Thursday to", "called again on"), or, for a particle of a phrasal verb
/// (`SPLIT_PARTICLES`), past a short object that the keywords are then searched in
/// ("handed five positions over to", "threw two French diplomats out").
fn particles_at(
    after: &[WordSet],
    pos: TriggerPos,
    words: &[&str],
    s: &Prepared,
    head: usize,
    limit: usize,
) -> Option<(usize, usize)> {
    let n = words.len();
    let fits = |at: usize| {
        at + after.len() <= n
            && after
                .iter()
                .enumerate()
                .all(|(k, set)| set_contains(set, s.id(at + k)))
    };
    if after.is_empty() {
        return Some((head + 1, head + 1));
    }
    if fits(head + 1) && !time_preposition(words, head + 1) {
        return Some((head + 1, head + 1 + after.len()));
    }
    if pos != TriggerPos::Verb {
        return None;
    }
    // Past an adverbial: every word adverbial, a preposition only before a time word.
    let mut k = head + 1;
    while k < limit.min(head + 1 + MAX_ADVERBIAL_GAP) {
        let w = words[k];
        if !is_adverbial_word(w) || (matches!(w, "on" | "in" | "at") && !time_preposition(words, k))
        {
            break;
        }
        k += 1;
        if fits(k) && !time_preposition(words, k) {
            return Some((k, k + after.len()));
        }
    }
    // Past the occasion it was said or done at ("called at an emergency session of the
    // Security Council on Sunday for", "agreed at a summit in Cairo to"): the particle
    // after an occasion noun, the words between no clause word or other preposition.
    if matches!(words.get(head + 1), Some(&("at" | "during"))) {
        let mut seen = false;
        for k in head + 2..limit.min(head + 2 + MAX_OCCASION_GAP) {
            if seen && fits(k) && !time_preposition(words, k) {
                return Some((k, k + after.len()));
            }
            let w = words[k];
            seen |= is_occasion_noun(w);
            let time = matches!(w, "on" | "at") && time_preposition(words, k);
            if !time && (!may_stand_in_object(w) || stops_occasion(w)) {
                break;
            }
        }
    }
    // Past a short object, for a phrasal verb's particle.
    let gap_end = limit.min(head + 2 + MAX_OBJECT_GAP);
    for (k, &w) in words.iter().enumerate().take(gap_end).skip(head + 1) {
        if k > head + 1 && SPLIT_PARTICLES.contains(&w) {
            return fits(k).then_some((k, head + 1));
        }
        // A noun's own "for"/"on" phrase ("Ukraine's request for gas transit guarantees
        // down"), never the verb's.
        let nouns_phrase = k > head + 1 && matches!(w, "for" | "on");
        if !(may_stand_in_object(w) || nouns_phrase) {
            return None;
        }
    }
    None
}

/// Where the clause of a pattern whose words start at `start` begins, for its exclusion
/// keywords: the token after the last clause break ("which", "after", "while", ";": the
/// `[clause-breaks]` list, that the coder's object region also stops at) or comma before
/// `start`, else the sentence's start. "A week after the jihadists overran a base, troops
/// captured three commanders": the base is another clause's.
fn exclusion_scope_start(words: &[&str], start: usize) -> usize {
    let breaks = crate::WordLists::builtin().get("clause-breaks");
    (0..start.min(words.len()))
        .rev()
        .find(|&k| words[k] == "," || breaks.is_some_and(|b| b.contains(words[k])))
        .map_or(0, |k| k + 1)
}

/// Is the `-ed` form at `head`, which may be a simple past or a participle, read as a
/// simple past: a word other than a comma, a form of "be" or "get" or a relative word stands
/// before it (past a `-ly` adverb)? "Police said the union called off the strike",
/// "According to a police official, the drivers called off the sit-in": the finite verb's
/// clause is its own, and "police" in the sayer's clause is no exclusion keyword of it
/// (session 32). A participle after a comma or an auxiliary of the passive ("A report by
/// the group, released on Monday", "which were released") keeps the sentence as its scope.
fn finite_past(words: &[&str], head: usize) -> bool {
    let mut k = head;
    if k > 0 && words[k - 1].len() > 3 && words[k - 1].ends_with("ly") {
        k -= 1;
    }
    k > 0
        && !matches!(
            words[k - 1],
            "," | "be"
                | "is"
                | "are"
                | "was"
                | "were"
                | "been"
                | "being"
                | "get"
                | "gets"
                | "got"
                | "gotten"
                | "getting"
                | "which"
                | "that"
                | "who"
                | "whom"
                | "("
                | "-"
                | ":"
        )
}

/// The antecedent of an object relative clause whose verb starts at `start`: "sanctions" in
/// "the sanctions(,) which|that the European Union (had) imposed". Between the relative
/// pronoun and the verb stand one to five words of the relative's subject (no comma, no
/// other relative word) and at most one auxiliary; "whom" and "which" may follow a comma.
fn object_relative_antecedent(words: &[&str], start: usize) -> Option<usize> {
    let mut k = start;
    if k > 0
        && matches!(
            words[k - 1],
            "had" | "has" | "have" | "would" | "will" | "could" | "did"
        )
    {
        k -= 1;
    }
    let subject_end = k;
    while k > 0 && subject_end - k < 5 {
        let w = words[k - 1];
        if matches!(w, "which" | "that" | "whom") {
            let subject = subject_end - k;
            if subject == 0 {
                return None;
            }
            let r = k - 1;
            let a = if r >= 2 && words[r - 1] == "," && w != "that" {
                r - 2
            } else {
                r.checked_sub(1)?
            };
            return Some(a);
        }
        if !w
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'\'' | b'.'))
        {
            return None;
        }
        k -= 1;
    }
    None
}

/// How far before a participle head the object keywords of a passive are searched: far
/// enough for a subject with a prepositional phrase ("the ban on the activities of political
/// parties was lifted"). Widened from 6 to 9 with no change to the golden, NGEC, manual-style
/// or VOA figures but the yielding passives it was widened for.
const PASSIVE_WINDOW: usize = 9;

/// Passive auxiliaries.
const BE_GET: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "being", "'s", "'re", "get", "gets", "got", "gotten",
    "getting",
];

/// Prepositions accepted as recipient slots.
const SLOT_PREPOSITIONS: &[&str] = &[
    "with",
    "to",
    "on",
    "against",
    "for",
    "from",
    "of",
    "at",
    "in",
    "into",
    "over",
    "toward",
    "towards",
    "upon",
    "about",
    "between",
    "among",
    "across",
    "onto",
    "behind",
    "outside",
    "near",
    "along",
    "through",
    "off",
    "around",
    "by",
    "as",
    "under",
    "inside",
    "within",
    "targeting",
    "until",
    "that",
    "alongside",
];

/// The compiled event pattern lexicon.
#[derive(Debug)]
pub struct EventLexicon {
    patterns: Vec<Pattern>,
    compiled: Vec<Compiled>,
    lines: Vec<LineConstraints>,
    /// Head form -> index into `entries`.
    forms: FxHashMap<Box<str>, u32>,
    entries: Vec<FormEntry>,
    /// Word id -> index into `entries` (`NO_ENTRY` where the word heads no pattern): the
    /// matcher finds a token's patterns from the id `Prepared` interned, without hashing the
    /// word again. Head forms are interned with the constraint words for this.
    entry_of_word: Vec<u32>,
    words: WordIds,
    /// Which lines' first object group each word can start a keyword of.
    object_starts: ObjectStarts,
    /// The ids of the words that end a `[keyword-idioms]` phrase of two or more words,
    /// sorted: `Prepared::new` asks the phrase list only at such a word.
    idiom_ends: Vec<u32>,
    source_lines: usize,
}

const EVENTS_SRC: &str = include_str!("../data/events.txt");

/// Summary counts of a lexicon.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LexiconStats {
    /// Pattern lines in the file.
    pub lines: usize,
    /// Patterns (one per head alternative).
    pub patterns: usize,
    /// Distinct head lemmas.
    pub head_lemmas: usize,
    /// Distinct inflected head forms in the lookup table.
    pub head_forms: usize,
    /// Distinct CAMEO codes with at least one pattern.
    pub codes: usize,
}

/// Specificity bonus of a CAMEO code: "not specified below" codes (ending in 0) get 0, other
/// three-digit codes 1, four-digit codes 2, so that among equally constrained patterns the
/// more specific code wins ("sever ties": 161 over 160; "threaten attack": 1384 over 138).
fn code_specificity(code: &str) -> u32 {
    match (code.len(), code.ends_with('0')) {
        (4, _) => 2,
        (3, false) => 1,
        _ => 0,
    }
}

fn valid_word(w: &str, allow_space: bool) -> bool {
    !w.is_empty()
        && w.bytes().all(|b| {
            b.is_ascii_lowercase()
                || b.is_ascii_digit()
                || b == b'-'
                || b == b'\''
                || b == b'.'
                || (allow_space && b == b' ')
        })
        && !w.starts_with(' ')
        && !w.ends_with(' ')
}

/// Strip a `#` comment: `#` at the start of the line or after whitespace.
fn strip_comment(line: &str) -> &str {
    let b = line.as_bytes();
    for (i, &c) in b.iter().enumerate() {
        if c == b'#' && (i == 0 || b[i - 1].is_ascii_whitespace()) {
            return &line[..i];
        }
    }
    line
}

/// Split the trailing examples (`= "example" = "another"`) off a pattern line. Words and
/// constraints never contain `=`, so the first `=` starts the examples.
fn split_examples(line: &str) -> Result<(&str, Vec<String>), String> {
    let Some(eq) = line.find('=') else {
        return Ok((line, Vec::new()));
    };
    let (spec, mut rest) = line.split_at(eq);
    let mut examples = Vec::new();
    loop {
        rest = rest.trim_start();
        if rest.is_empty() {
            break;
        }
        let r = rest
            .strip_prefix('=')
            .ok_or("after an example, only another '= \"example\"' may follow")?
            .trim_start();
        let r = r
            .strip_prefix('"')
            .ok_or("an example is written in double quotes: = \"...\"")?;
        let end = r.find('"').ok_or("unterminated example (missing '\"')")?;
        let example = r[..end].trim();
        if example.is_empty() {
            return Err("empty example".into());
        }
        examples.push(example.to_string());
        rest = &r[end + 1..];
    }
    Ok((spec.trim_end(), examples))
}

/// The section a pattern line belongs to.
enum SectionCode {
    /// No header yet.
    NoneYet,
    /// A header that was reported as wrong: its lines are checked, not kept.
    Bad,
    Code(String),
}

/// `CODE] description` (the text after `[`): the code, which must have a PLOVER category.
fn parse_section_header(rest: &str, ontology: &Ontology) -> Result<String, String> {
    let (code, _description) = rest
        .split_once(']')
        .ok_or("section header needs ']': [CODE] description")?;
    let code = code.trim();
    match ontology.cameo(code) {
        None => Err(format!("unknown CAMEO code {code:?}")),
        Some(c) if c.plover.is_none() => Err(format!(
            "CAMEO {code} has no PLOVER category (statements are not coded)"
        )),
        Some(_) => Ok(code.to_string()),
    }
}

/// A word that, before "'s", names a time rather than a party: a weekday or month name, or
/// a word of a span of time ("yesterday's", "last week's", "the decade's").
fn is_time_possessor(w: &str) -> bool {
    crate::words::is_weekday_name(w)
        || crate::words::is_month_name(w)
        || matches!(
            w,
            "yesterday"
                | "today"
                | "tonight"
                | "tomorrow"
                | "day"
                | "week"
                | "weekend"
                | "month"
                | "year"
                | "decade"
                | "century"
                | "night"
                | "morning"
                | "afternoon"
                | "evening"
        )
}

/// One `verb:` or `noun:` line, parsed, before it is given its section's code.
struct PatternLine {
    pos: TriggerPos,
    /// The line as written, blanks collapsed (`verb: sign|ink +agreement > with`).
    source: String,
    parsed: ParsedLine,
    examples: Vec<String>,
}

fn parse_pattern_line(line: &str) -> Result<PatternLine, String> {
    let (line, examples) = split_examples(line)?;
    let (kind, spec) = line
        .split_once(':')
        .ok_or("expected '[CODE] description', 'verb: ...' or 'noun: ...'")?;
    let pos = match kind.trim() {
        "verb" => TriggerPos::Verb,
        "noun" => TriggerPos::Noun,
        other => return Err(format!("unknown pattern kind {other:?} (verb|noun)")),
    };
    // The line's words, split once for the parse and for the rule's text.
    let tokens: Vec<&str> = spec.split_whitespace().collect();
    let parsed = parse_spec(&tokens)?;
    if pos == TriggerPos::Noun && parsed.subject != SubjectRole::Doer {
        return Err(
            "a subject's role after '>' ('victim', 'experiencer') is for verb lines".into(),
        );
    }
    let kind = kind.trim();
    let mut source = String::with_capacity(kind.len() + 1 + spec.len());
    source.push_str(kind);
    source.push(':');
    for t in &tokens {
        source.push(' ');
        source.push_str(t);
    }
    Ok(PatternLine {
        pos,
        source,
        parsed,
        examples,
    })
}

impl PatternLine {
    /// One pattern per head alternative.
    fn push_into(self, patterns: &mut Vec<Pattern>, cameo: &str, file: &Arc<str>, line: usize) {
        let PatternLine {
            pos,
            source,
            parsed,
            examples,
        } = self;
        let examples: Arc<[String]> = examples.into();
        let before: Arc<[Vec<String>]> = parsed.before.into();
        let objects: Arc<[Vec<String>]> = parsed.objects.into();
        let context: Arc<[Vec<String>]> = parsed.context.into();
        let exclude: Arc<[String]> = parsed.exclude.into();
        let recipient: Arc<[Slot]> = parsed.recipient.into();
        for (head, particles, head_forms) in parsed.heads {
            let mut after = particles;
            after.extend(parsed.after.iter().cloned());
            patterns.push(Pattern {
                id: patterns.len() as PatternId,
                cameo: cameo.to_string(),
                pos,
                lemma: head,
                head_forms,
                before: Arc::clone(&before),
                after,
                objects: Arc::clone(&objects),
                context: Arc::clone(&context),
                exclude: Arc::clone(&exclude),
                recipient: Arc::clone(&recipient),
                subject: parsed.subject,
                file: Arc::clone(file),
                line,
                source: source.clone(),
                examples: Arc::clone(&examples),
            });
        }
    }
}

struct ParsedLine {
    /// Head lemmas, each with the particles written after it with `_` ("call_on") and the
    /// inflections it is restricted to (`@ed`).
    heads: Vec<(String, Vec<Vec<String>>, Option<Forms>)>,
    before: Vec<Vec<String>>,
    after: Vec<Vec<String>>,
    objects: Vec<Vec<String>>,
    context: Vec<Vec<String>>,
    exclude: Vec<String>,
    recipient: Vec<Slot>,
    subject: SubjectRole,
}

/// The subject's role written first after `>` (`victim`, `receiver`, `experiencer`).
fn subject_role(word: &str) -> Option<SubjectRole> {
    match word {
        // A receiver of aid stands where a victim of force does: the recipient, with the
        // giver in the slots.
        "victim" | "receiver" => Some(SubjectRole::Victim),
        "experiencer" => Some(SubjectRole::Experiencer),
        _ => None,
    }
}

/// The pieces of `tok` between '|' bars, as `tok.split('|')` gives them. It splits by
/// bytes (an ASCII bar is always a char boundary): `str::split` with a char pattern sets
/// up a searcher per call, for pieces a few bytes long, 54,000 times per load.
fn split_bars(tok: &str) -> impl Iterator<Item = &str> {
    let b = tok.as_bytes();
    let mut start = 0;
    std::iter::from_fn(move || {
        if start > b.len() {
            return None;
        }
        let end = b[start..]
            .iter()
            .position(|&c| c == b'|')
            .map_or(b.len(), |k| start + k);
        let piece = &tok[start..end];
        start = end + 1;
        Some(piece)
    })
}

fn parse_alternatives(tok: &str, allow_space: bool) -> Result<Vec<String>, String> {
    let mut out = Vec::new();
    for a in split_bars(tok) {
        let a = if a.as_bytes().contains(&b'_') {
            a.replace('_', " ")
        } else {
            a.to_string()
        };
        if !valid_word(&a, allow_space) {
            return Err(format!(
                "bad word {a:?} in {tok:?} (lowercase letters, digits, '-', '\\''{})",
                if allow_space { ", '_' joins words" } else { "" }
            ));
        }
        // Duplicates are harmless (compiled into sets); skip the quadratic check.
        out.push(a);
    }
    Ok(out)
}

/// Parse `@`-separated inflection tags: base, s (third person), ed (past and participle),
/// past, part, ing, sg, pl.
fn parse_form_tags(tags: &str) -> Result<Forms, String> {
    let mut f = Forms::default();
    for t in tags.split('@') {
        f |= match t {
            "base" => Forms::BASE,
            "s" => Forms::THIRD,
            "ed" => Forms::PAST | Forms::PARTICIPLE,
            "past" => Forms::PAST,
            "part" => Forms::PARTICIPLE,
            "ing" => Forms::GERUND,
            "sg" => Forms::SINGULAR,
            "pl" => Forms::PLURAL,
            other => {
                return Err(format!(
                    "unknown inflection tag @{other} (base s ed past part ing sg pl)"
                ))
            }
        };
    }
    Ok(f)
}

fn parse_spec(tokens: &[&str]) -> Result<ParsedLine, String> {
    if tokens.is_empty() {
        return Err("empty pattern".into());
    }
    let n_words = tokens
        .iter()
        .position(|t| t.starts_with(['+', '~', '!', '>']))
        .unwrap_or(tokens.len());
    let words = &tokens[..n_words];
    if words.is_empty() {
        return Err("pattern has no head word".into());
    }
    let starred: Vec<usize> = (0..words.len())
        .filter(|&i| words[i].starts_with('*'))
        .collect();
    let head_idx = match starred.as_slice() {
        [] => 0,
        [i] => *i,
        _ => return Err("more than one '*' head marker".into()),
    };
    let mut before = Vec::new();
    let mut after = Vec::new();
    let mut heads = Vec::new();
    for (i, w) in words.iter().enumerate() {
        let w = w.trim_start_matches('*');
        match i.cmp(&head_idx) {
            std::cmp::Ordering::Less => before.push(parse_alternatives(w, false)?),
            std::cmp::Ordering::Greater => after.push(parse_alternatives(w, false)?),
            // A head alternative may carry its own particles: "call_on" = head "call" + "on".
            std::cmp::Ordering::Equal => {
                heads = Vec::new();
                for raw in w.split('|') {
                    // "support@ed@ing": only these inflections of the head trigger.
                    let (word, tags) = match raw.split_once('@') {
                        Some((word, tags)) => (word, Some(parse_form_tags(tags)?)),
                        None => (raw, None),
                    };
                    for alt in parse_alternatives(word, true)? {
                        let mut parts = alt.split(' ').map(str::to_string);
                        let lemma = parts.next().unwrap_or_default();
                        heads.push((lemma, parts.map(|p| vec![p]).collect::<Vec<_>>(), tags));
                    }
                }
                // Repeated head alternatives would make duplicate patterns.
                let mut seen = Vec::new();
                heads.retain(|h| {
                    let new = !seen.contains(h);
                    if new {
                        seen.push(h.clone());
                    }
                    new
                });
            }
        }
    }
    let mut objects = Vec::new();
    let mut context = Vec::new();
    let mut exclude = Vec::new();
    let mut recipient = Vec::new();
    let mut subject = SubjectRole::Doer;
    let mut in_slots = false;
    for tok in &tokens[n_words..] {
        if in_slots && !tok.starts_with(['+', '~', '!', '>']) {
            // The subject's role comes first: "> victim from|by".
            if let Some(role) = subject_role(tok) {
                if subject != SubjectRole::Doer || !recipient.is_empty() {
                    return Err(format!(
                        "'{tok}' must be the first word after '>' (the subject's role)"
                    ));
                }
                subject = role;
                continue;
            }
            for s in tok.split(['|', ',']).filter(|s| !s.is_empty()) {
                let slot = match s {
                    "obj" => Slot::Object,
                    p if SLOT_PREPOSITIONS.contains(&p) => Slot::Prep(p.to_string()),
                    other => return Err(format!("unknown recipient slot {other:?}")),
                };
                if !recipient.contains(&slot) {
                    recipient.push(slot);
                }
            }
            continue;
        }
        // The marker is one character, which need not be one byte (any text may reach
        // a user's file).
        let marker_len = tok.chars().next().map_or(0, char::len_utf8);
        let (marker, rest) = tok.split_at(marker_len);
        match marker {
            "+" => objects.push(parse_alternatives(rest, true)?),
            "~" => context.push(parse_alternatives(rest, true)?),
            "!" => exclude.extend(parse_alternatives(rest, true)?),
            ">" => {
                in_slots = true;
                if let Some(role) = subject_role(rest) {
                    subject = role;
                    continue;
                }
                for s in rest.split(['|', ',']).filter(|s| !s.is_empty()) {
                    let slot = match s {
                        "obj" => Slot::Object,
                        p if SLOT_PREPOSITIONS.contains(&p) => Slot::Prep(p.to_string()),
                        other => return Err(format!("unknown recipient slot {other:?}")),
                    };
                    if !recipient.contains(&slot) {
                        recipient.push(slot);
                    }
                }
            }
            _ => {
                return Err(format!(
                    "word {tok:?} after a constraint: required words come before '+', '~', '!', '>'"
                ))
            }
        }
    }
    if subject != SubjectRole::Doer && recipient.is_empty() {
        return Err(
            "the subject's role after '>' needs the slots that name the other party".into(),
        );
    }
    if in_slots && recipient.is_empty() {
        return Err("'>' without any recipient slot".into());
    }
    Ok(ParsedLine {
        heads,
        before,
        after,
        objects,
        context,
        exclude,
        recipient,
        subject,
    })
}

impl EventLexicon {
    /// The built-in pattern file as `(file name, content)`, for callers that compile it
    /// together with their own files ([`EventLexicon::from_sources`]).
    pub const BUILTIN_SOURCE: (&'static str, &'static str) = ("events.txt", EVENTS_SRC);

    /// The built-in lexicon (`data/events.txt`), parsed and compiled once.
    pub fn builtin() -> &'static EventLexicon {
        static LEXICON: OnceLock<EventLexicon> = OnceLock::new();
        LEXICON.get_or_init(|| {
            EventLexicon::from_source("events.txt", EVENTS_SRC)
                .unwrap_or_else(|e| panic!("built-in event lexicon is invalid: {e}"))
        })
    }

    /// Parse and compile a lexicon. Every section code must exist in the built-in ontology
    /// and have a PLOVER category (01x statements are rejected).
    pub fn from_source(name: &str, src: &str) -> Result<EventLexicon, LexiconErrors> {
        Self::from_sources(&[(name, src)])
    }

    /// Parse and compile several pattern files, given as `(file name, content)`, into one
    /// lexicon (the built-in file plus a user's, say). A later file wins ties: its patterns
    /// come first in the tie-breaking order (specificity and keyword distance still
    /// decide first), so a user's pattern beats an equally specific built-in one.
    /// Errors: every malformed line of every file, in file order.
    pub fn from_sources(sources: &[(&str, &str)]) -> Result<EventLexicon, LexiconErrors> {
        let mut patterns = Vec::new();
        let mut source_lines = 0;
        let mut errors_by_file = vec![LexiconErrors::default(); sources.len()];
        for ((name, src), errors) in sources.iter().zip(&mut errors_by_file).rev() {
            source_lines += Self::parse_into(name, src, &mut patterns, errors);
        }
        let mut errors = LexiconErrors::default();
        for e in errors_by_file {
            errors.append(e);
        }
        errors.or_ok(|| Self::compile(patterns, source_lines))
    }

    /// Parses one pattern file, appending its patterns and its errors; returns its number
    /// of pattern lines. A bad line is reported and skipped; the lines under a bad section
    /// header are checked but not kept.
    fn parse_into(
        name: &str,
        src: &str,
        patterns: &mut Vec<Pattern>,
        errors: &mut LexiconErrors,
    ) -> usize {
        let ontology = Ontology::builtin();
        let file: Arc<str> = name.into();
        let mut section = SectionCode::NoneYet;
        let mut source_lines = 0;
        for (n, raw) in src.lines().enumerate() {
            let line_no = n + 1;
            let line = strip_comment(raw).trim();
            if line.is_empty() {
                continue;
            }
            let parsed = if let Some(rest) = line.strip_prefix('[') {
                let header = parse_section_header(rest, ontology);
                section = match &header {
                    Ok(code) => SectionCode::Code(code.clone()),
                    Err(_) => SectionCode::Bad,
                };
                header.map(|_| ())
            } else {
                parse_pattern_line(line).and_then(|line_patterns| match &section {
                    SectionCode::Code(cameo) => {
                        source_lines += 1;
                        line_patterns.push_into(patterns, cameo, &file, line_no);
                        Ok(())
                    }
                    SectionCode::Bad => Ok(()),
                    SectionCode::NoneYet => {
                        // Reported once: the lines after it are checked, not reported again.
                        section = SectionCode::Bad;
                        Err("pattern before any [CODE] section header".into())
                    }
                })
            };
            if let Err(message) = parsed {
                errors.push(LexiconError::new(name, line_no, message));
            }
        }
        source_lines
    }

    fn compile(patterns: Vec<Pattern>, source_lines: usize) -> EventLexicon {
        let mut forms: FxHashMap<Box<str>, FormEntry> = FxHashMap::default();
        // Inflections are computed once per (lemma, pos), not once per pattern.
        let mut verb_cache: FxHashMap<String, Vec<(String, Forms)>> = FxHashMap::default();
        let mut noun_cache: FxHashMap<String, Vec<(String, Forms)>> = FxHashMap::default();
        let mut compiled = Vec::with_capacity(patterns.len());
        let mut lines: Vec<LineConstraints> = Vec::new();
        let mut last_line: (usize, Arc<str>) = (usize::MAX, Arc::from(""));
        let mut b = Builder::default();
        for p in &patterns {
            let cache = match p.pos {
                TriggerPos::Verb => &mut verb_cache,
                TriggerPos::Noun => &mut noun_cache,
            };
            if !cache.contains_key(p.lemma.as_str()) {
                let mut all: Vec<(String, Forms)> = Vec::new();
                for v in spelling_variants(&p.lemma) {
                    let fs = match p.pos {
                        TriggerPos::Verb => verb_forms(&v),
                        TriggerPos::Noun => noun_forms(&v),
                    };
                    for (f, fl) in fs {
                        match all.iter_mut().find(|(s, _)| *s == f) {
                            Some(e) => e.1 |= fl,
                            None => all.push((f, fl)),
                        }
                    }
                }
                cache.insert(p.lemma.clone(), all);
            }
            for (f, fl) in &cache[p.lemma.as_str()] {
                if p.head_forms.is_some_and(|allowed| allowed.0 & fl.0 == 0) {
                    continue;
                }
                let e = match forms.get_mut(f.as_str()) {
                    Some(e) => e,
                    None => forms.entry(f.as_str().into()).or_default(),
                };
                // Two head alternatives of one line that share a form ("attack|attacks",
                // "formalize|formalise") would match twice with identical constraints.
                if let Some(&prev) = e.ids.last() {
                    let q = &patterns[prev as usize];
                    if q.line == p.line && q.file == p.file && q.after == p.after {
                        continue;
                    }
                }
                e.ids.push(p.id);
                e.forms.push(*fl);
            }
            let specificity = 1
                + 3 * (p.before.len() + p.after.len()) as u32
                + 4 * p.objects.len() as u32
                + 2 * p.context.len() as u32
                + u32::from(!p.exclude.is_empty())
                + code_specificity(&p.cameo);
            // Patterns of one line are consecutive and share everything but head/particles.
            if p.line != last_line.0 || !Arc::ptr_eq(&p.file, &last_line.1) {
                last_line = (p.line, Arc::clone(&p.file));
                lines.push(LineConstraints {
                    before: p.before.iter().map(|a| b.word_set(a)).collect(),
                    objects: p.objects.iter().map(|a| b.keyword_set(a)).collect(),
                    context: p.context.iter().map(|a| b.keyword_set(a)).collect(),
                    exclude: (!p.exclude.is_empty()).then(|| b.keyword_set(&p.exclude)),
                });
            }
            compiled.push(Compiled {
                line: (lines.len() - 1) as u32,
                after: p.after.iter().map(|a| b.word_set(a)).collect(),
                specificity,
                code_bonus: code_specificity(&p.cameo),
            });
        }
        // One category per pattern, not per (form, pattern) pair: a line's patterns are
        // consecutive and share their code, so the ontology is asked once per line.
        let mut categories: Vec<u32> = Vec::with_capacity(patterns.len());
        let mut last_code: Option<(&str, u32)> = None;
        for p in &patterns {
            let index = match last_code {
                Some((code, index)) if code == p.cameo => index,
                _ => category_index(&p.cameo),
            };
            last_code = Some((&p.cameo, index));
            categories.push(index);
        }
        let adverbial: Vec<u32> = ADVERBIAL_PARTICLES
            .iter()
            .filter_map(|w| b.ids.get(w))
            .collect();
        for e in forms.values_mut() {
            e.object_line = e
                .ids
                .iter()
                .map(|&id| {
                    let line = compiled[id as usize].line;
                    if lines[line as usize].objects.is_empty() {
                        NO_OBJECT_GROUP
                    } else {
                        line
                    }
                })
                .collect();
            e.first_particle = e
                .ids
                .iter()
                .map(|&id| match compiled[id as usize].after.first() {
                    Some(set) if set.len() == 1 => set[0],
                    _ => NO_SINGLE_PARTICLE,
                })
                .collect();
            let verb = |id: PatternId| patterns[id as usize].pos == TriggerPos::Verb;
            e.bare_verb = e
                .ids
                .iter()
                .map(|&id| verb(id) && compiled[id as usize].after.is_empty())
                .collect();
            e.category = e.ids.iter().map(|&id| categories[id as usize]).collect();
            let mut claimed: Vec<(u32, u32)> = e
                .ids
                .iter()
                .zip(&e.category)
                .filter(|&(&id, _)| verb(id))
                .filter_map(|(&id, &cat)| Some((compiled[id as usize].after.first()?, cat)))
                .flat_map(|(set, cat)| set.iter().map(move |&w| (w, cat)))
                .filter(|&(w, _)| adverbial.contains(&w))
                .collect();
            claimed.sort_unstable();
            claimed.dedup();
            e.claimed_particles = claimed;
        }
        let mut entries = Vec::with_capacity(forms.len());
        let mut form_index: FxHashMap<Box<str>, u32> = FxHashMap::default();
        let mut entry_of_word: Vec<u32> = Vec::new();
        for (form, entry) in forms {
            let word = b.ids.intern(&form) as usize;
            if entry_of_word.len() <= word {
                entry_of_word.resize(word + 1, NO_ENTRY);
            }
            entry_of_word[word] = entries.len() as u32;
            form_index.insert(form, entries.len() as u32);
            entries.push(entry);
        }
        let object_starts = ObjectStarts::new(b.ids.map.len(), &lines);
        // The ids of the words ending a `[keyword-idioms]` phrase: only a word of these can
        // end one in a sentence (a word with no id is no keyword either way).
        let mut idiom_ends: Vec<u32> = crate::WordLists::builtin()
            .get("keyword-idioms")
            .into_iter()
            .flat_map(|idioms| idioms.entries())
            .filter_map(|entry| entry.rsplit_once(' '))
            .filter_map(|(_, last)| b.ids.get(last))
            .collect();
        idiom_ends.sort_unstable();
        idiom_ends.dedup();
        let mut words = b.ids;
        words.freeze();
        EventLexicon {
            patterns,
            compiled,
            lines,
            forms: form_index,
            entries,
            entry_of_word,
            words,
            object_starts,
            idiom_ends,
            source_lines,
        }
    }

    /// Whether some pattern has a head with this (lowercased) form: one hash lookup.
    pub fn is_head_word(&self, word_lower: &str) -> bool {
        self.forms.contains_key(word_lower)
    }

    /// Patterns whose head lemma has this inflected form (empty if none).
    pub fn patterns_for(&self, word_lower: &str) -> &[PatternId] {
        self.entry(word_lower)
            .map(|e| e.ids.as_slice())
            .unwrap_or(&[])
    }

    /// The patterns headed by this form.
    fn entry(&self, word_lower: &str) -> Option<&FormEntry> {
        self.forms
            .get(word_lower)
            .map(|&i| &self.entries[i as usize])
    }

    /// The patterns headed by token `i` of a prepared sentence.
    fn entry_at(&self, s: &Prepared, i: usize) -> Option<&FormEntry> {
        let word = s.id(i)? as usize;
        match self.entry_of_word.get(word) {
            Some(&e) if e != NO_ENTRY => Some(&self.entries[e as usize]),
            _ => None,
        }
    }

    /// The pattern with this id. Panics on an id not from this lexicon.
    pub fn pattern(&self, id: PatternId) -> &Pattern {
        &self.patterns[id as usize]
    }

    /// All patterns.
    pub fn patterns(&self) -> &[Pattern] {
        &self.patterns
    }

    /// Which inflection(s) of pattern `id`'s head this form is; `None` if it is not one.
    pub fn head_pos_of_form(&self, word_lower: &str, id: PatternId) -> Option<Forms> {
        let e = self.entry(word_lower)?;
        e.ids.iter().position(|&i| i == id).map(|k| e.forms[k])
    }

    /// Lemma of a head form ("struck" -> "strike"), taken from the first pattern using it.
    pub fn lemma_of(&self, word_lower: &str) -> Option<&str> {
        let id = *self.patterns_for(word_lower).first()?;
        Some(&self.pattern(id).lemma)
    }

    /// Try pattern `id` with its head at token `head` of a sentence given as lowercased
    /// words (curly apostrophes normalised by the caller). Required words must be adjacent;
    /// object keywords are searched in `end..region_end` (after the head and particles) and,
    /// for a verb head in a past participle form, also before it: up to 9 tokens back after a
    /// passive auxiliary ("troops were deployed"), or the token right before the head in a
    /// reduced relative ("a pact signed"); `object_before_head` says so. Context keywords
    /// are checked over the whole slice, exclusion keywords over the pattern's clause (from
    /// the last clause break or comma before it, or the slice's start for a verb participle,
    /// to `region_end`). `None` if a constraint fails.
    pub fn match_at(
        &self,
        id: PatternId,
        words_lower: &[&str],
        head: usize,
        region_end: usize,
    ) -> Option<PatternMatch> {
        let form = self.head_pos_of_form(words_lower.get(head)?, id)?;
        let prepared = Prepared::new(self, words_lower);
        // A bare verb pattern does not match before a particle that makes the phrasal
        // verb another pattern of its form names (as `find_all` prefilters it).
        let entry = self.entry(words_lower[head])?;
        let k = entry.ids.iter().position(|&i| i == id)?;
        if prepared.before_claimed_particle(entry, k, head) {
            return None;
        }
        self.match_with(id, form, words_lower, &prepared, head, region_end)
    }

    /// The matcher proper, over a prepared sentence (interned word ids, the set of ids
    /// present, remembered whole-sentence searches).
    fn match_with(
        &self,
        id: PatternId,
        form: Forms,
        words: &[&str],
        s: &Prepared,
        head: usize,
        region_end: usize,
    ) -> Option<PatternMatch> {
        let n = words.len();
        let p = &self.patterns[id as usize];
        let c = &self.compiled[id as usize];
        let lc = &self.lines[c.line as usize];
        let start = head.checked_sub(lc.before.len())?;
        if !lc
            .before
            .iter()
            .enumerate()
            .all(|(k, set)| set_contains(set, s.id(start + k)))
        {
            return None;
        }
        // "Tuesday's strike by Kenyan doctors", "last year's invasion": a line that wants a
        // possessor before its head ("'s *strike") wants the doer's; a time word owns no act.
        if start > 0
            && p.before.iter().any(|set| set.iter().any(|w| w == "'s"))
            && is_time_possessor(words[start - 1])
        {
            return None;
        }
        let (particles, object_from) =
            particles_at(&c.after, p.pos, words, s, head, region_end.min(n))?;
        let end = particles + c.after.len();
        let mut region_end = region_end.min(n).max(end);
        // A particle past its object ("handed the asylum seekers over to Beijing despite
        // protests"): the keywords stay inside the clause, as the coder's region does.
        if object_from < end {
            if let Some(breaks) = crate::WordLists::builtin().get("clause-breaks") {
                region_end = (end..region_end)
                    .find(|&k| breaks.contains(words[k]))
                    .unwrap_or(region_end);
            }
        }
        let mut object_token = None;
        let mut object_before_head = false;
        // Only verb participles look backwards, and only in a passive ("troops were
        // deployed": a form of be/get shortly before the head, object within the window) or
        // a reduced relative ("a pact signed ...": the keyword right before the head). A
        // perfect ("it had signed") keeps its object after the head.
        let passive = p.pos == TriggerPos::Verb
            && form.is_participle()
            && words[start.saturating_sub(3)..start]
                .iter()
                .any(|w| BE_GET.contains(w));
        // A head followed by a "that" clause is an active verb of saying, no reduced
        // relative: "The opposition charged that the government rigged the vote" is no
        // opposition charged by police ("a pact signed that day" still is one).
        let says_that = words.get(head + 1) == Some(&"that")
            && !matches!(
                words.get(head + 2).copied(),
                Some("day" | "week" | "month" | "year" | "morning" | "afternoon" | "evening")
                    | Some("night" | "time" | "weekend")
            );
        let reduced_relative =
            p.pos == TriggerPos::Verb && form.is_participle() && start > 0 && !says_that;
        for (g, group) in lc.objects.iter().enumerate() {
            let found = match group.find_in(s, object_from, region_end) {
                Some(j) => Some(j),
                None if passive => {
                    let j = group.find_in(s, start.saturating_sub(PASSIVE_WINDOW), start);
                    object_before_head |= j.is_some();
                    j
                }
                None if reduced_relative && group.matches_at(&s.ids, start - 1) => {
                    object_before_head = true;
                    Some(start - 1)
                }
                // "the sanctions, which the EU imposed on Russia", "the aid that Washington
                // suspended": the antecedent of an object relative is the verb's object; the
                // relative's own subject stays the doer, so the object is not "before the
                // head" as a passive's is.
                None if p.pos == TriggerPos::Verb => object_relative_antecedent(words, start)
                    .filter(|&a| group.matches_at(&s.ids, a)),
                None => None,
            };
            let j = found?;
            if g == 0 {
                object_token = Some(j);
            }
        }
        if !lc.context.iter().all(|group| group.occurs_in(s)) {
            return None;
        }
        // An exclusion names what the pattern's own clause must not hold (the object that
        // makes "captured a stronghold" no arrest, the "reporters" spoken with): a keyword in
        // another clause of the sentence ("..., a week after the jihadists overran a military
        // base") says nothing of this act. The scope runs from the clause's start (after the
        // last clause break or comma before the pattern's words) to the region's end; the
        // whole-sentence test first rejects the usual sentence, which has none of them. A
        // verb participle's object can stand before it past a comma or a relative word (the
        // subject of a passive, the noun a reduced relative tells of: "A report by the
        // group, released on Monday", "the footage in which ... were released"), so its
        // scope starts with the sentence, as before.
        if let Some(ex) = lc.exclude.as_ref().filter(|ex| ex.occurs_in(s)) {
            let from = if p.pos == TriggerPos::Verb
                && form.is_participle()
                && !(form.is_past() && finite_past(words, head))
            {
                0
            } else {
                exclusion_scope_start(words, start)
            };
            if ex.find_in(s, from, region_end).is_some() {
                return None;
            }
        }
        Some(PatternMatch {
            pattern: id,
            head,
            start,
            end: object_from.min(end),
            object_token,
            object_before_head,
            specificity: c.specificity,
        })
    }

    /// Whether [`EventLexicon::find_all`] would find any match: stops at the first
    /// satisfied pattern (the sentence gate).
    pub fn any_match(&self, words_lower: &[&str], region_end_for: impl Fn(usize) -> usize) -> bool {
        let prepared = self.prepare(words_lower);
        self.any_match_prepared(words_lower, &prepared, region_end_for)
    }

    /// Prepares a sentence (its lower-cased words) for [`EventLexicon::any_match_prepared`]
    /// and [`EventLexicon::find_all_prepared`], so that a gate and the coder after it
    /// look its words up once.
    pub fn prepare(&self, words_lower: &[&str]) -> PreparedSentence {
        PreparedSentence(Prepared::new(self, words_lower))
    }

    /// [`EventLexicon::any_match`] over a sentence this lexicon prepared from the same
    /// `words_lower`.
    pub fn any_match_prepared(
        &self,
        words_lower: &[&str],
        prepared: &PreparedSentence,
        region_end_for: impl Fn(usize) -> usize,
    ) -> bool {
        let prepared = prepared.of(words_lower);
        (0..words_lower.len()).any(|i| {
            self.entry_at(prepared, i).is_some_and(|entry| {
                // The head's region is asked only once one of its patterns passes the
                // prefilter: most heads have none that does.
                let mut region_end = None;
                entry
                    .ids
                    .iter()
                    .zip(&entry.forms)
                    .enumerate()
                    .any(|(k, (&id, &form))| {
                        prepared.may_match(entry, k, i) && {
                            let region_end = *region_end.get_or_insert_with(|| region_end_for(i));
                            self.match_with(id, form, words_lower, prepared, i, region_end)
                                .is_some()
                        }
                    })
            })
        })
    }

    /// All satisfied matches in a sentence, ordered by head token, and for one head most
    /// specific first (ties: nearest object keyword, then pattern id). Specificity = 1 + 3
    /// per required neighbouring word + 4 per object group + 2 per context group + 1 for an
    /// exclusion list + 1 for a specific 3-digit code or 2 for a 4-digit code.
    pub fn find_all(
        &self,
        words_lower: &[&str],
        region_end_for: impl Fn(usize) -> usize,
    ) -> Vec<PatternMatch> {
        self.find_all_counting(words_lower, region_end_for).0
    }

    /// [`EventLexicon::find_all`], and the number of whole-sentence keyword scans it made
    /// (bounded by the number of distinct multi-word context and exclusion groups tried,
    /// however many patterns are tried: the linearity tests read it).
    pub fn find_all_counting(
        &self,
        words_lower: &[&str],
        region_end_for: impl Fn(usize) -> usize,
    ) -> (Vec<PatternMatch>, usize) {
        // Prepare the sentence once: every constraint check is then a u32 comparison.
        let prepared = self.prepare(words_lower);
        self.find_all_counting_prepared(words_lower, &prepared, region_end_for)
    }

    /// [`EventLexicon::find_all`] over a sentence this lexicon prepared from the same
    /// `words_lower` (the gate's, for one: what the gate's searches learned about the
    /// sentence is not searched again).
    pub fn find_all_prepared(
        &self,
        words_lower: &[&str],
        prepared: &PreparedSentence,
        region_end_for: impl Fn(usize) -> usize,
    ) -> Vec<PatternMatch> {
        self.find_all_counting_prepared(words_lower, prepared, region_end_for)
            .0
    }

    /// [`EventLexicon::find_all`] for the patterns `tried(head, pattern)` accepts only:
    /// the matches of those patterns, in the order `find_all` gives them (a head's matches
    /// are sorted by a total order, so leaving some out leaves the others' order as it
    /// was), without trying the others. For a caller that reads only a few patterns'
    /// matches (`place_taking_matches` in the core: the occupation patterns, and those
    /// matched over the words as written).
    pub fn find_all_where(
        &self,
        words_lower: &[&str],
        region_end_for: impl Fn(usize) -> usize,
        tried: impl Fn(usize, PatternId) -> bool,
    ) -> Vec<PatternMatch> {
        let prepared = self.prepare(words_lower);
        self.find_all_tried(words_lower, &prepared, region_end_for, tried)
            .0
    }

    /// [`EventLexicon::find_all_prepared`], and the number of whole-sentence keyword scans
    /// it made (those made before on the same prepared sentence not counted).
    fn find_all_counting_prepared(
        &self,
        words_lower: &[&str],
        prepared: &PreparedSentence,
        region_end_for: impl Fn(usize) -> usize,
    ) -> (Vec<PatternMatch>, usize) {
        self.find_all_tried(words_lower, prepared, region_end_for, |_, _| true)
    }

    /// [`EventLexicon::find_all_counting_prepared`] over the patterns `tried(head,
    /// pattern)` accepts ([`EventLexicon::find_all_where`]).
    #[inline(always)]
    fn find_all_tried(
        &self,
        words_lower: &[&str],
        prepared: &PreparedSentence,
        region_end_for: impl Fn(usize) -> usize,
        tried: impl Fn(usize, PatternId) -> bool,
    ) -> (Vec<PatternMatch>, usize) {
        let prepared = prepared.of(words_lower);
        let scans_before = prepared.scans.get();
        let mut out = Vec::new();
        for i in 0..words_lower.len() {
            let Some(entry) = self.entry_at(prepared, i) else {
                continue;
            };
            // The head's region is asked only once one of its patterns passes the
            // prefilter (a third of heads have none).
            let mut region_end = None;
            let first = out.len();
            for (k, (&id, &form)) in entry.ids.iter().zip(&entry.forms).enumerate() {
                if !tried(i, id) || !prepared.may_match(entry, k, i) {
                    continue;
                }
                let region_end = *region_end.get_or_insert_with(|| region_end_for(i));
                if let Some(m) = self.match_with(id, form, words_lower, prepared, i, region_end) {
                    out.push(m);
                }
            }
            // Most constrained first; then the pattern whose object keyword is nearest the
            // head ("rejected its offer of talks ... missiles": talks (125) before missiles
            // (1222)); then the more specific CAMEO code (161 before 160); then file order.
            let distance = |m: &PatternMatch| m.object_token.map_or(usize::MAX, |j| j.abs_diff(i));
            let bonus = |m: &PatternMatch| self.compiled[m.pattern as usize].code_bonus;
            out[first..].sort_by(|a: &PatternMatch, b: &PatternMatch| {
                (b.specificity - bonus(b))
                    .cmp(&(a.specificity - bonus(a)))
                    .then(distance(a).cmp(&distance(b)))
                    .then(bonus(b).cmp(&bonus(a)))
                    .then(a.pattern.cmp(&b.pattern))
            });
        }
        (out, prepared.scans.get() - scans_before)
    }

    /// CAMEO codes reached by at least one pattern, sorted.
    pub fn reachable_codes(&self) -> BTreeSet<&str> {
        self.patterns.iter().map(|p| p.cameo.as_str()).collect()
    }

    /// Summary counts.
    pub fn stats(&self) -> LexiconStats {
        let lemmas: BTreeSet<(&str, bool)> = self
            .patterns
            .iter()
            .map(|p| (p.lemma.as_str(), p.pos == TriggerPos::Verb))
            .collect();
        LexiconStats {
            lines: self.source_lines,
            patterns: self.patterns.len(),
            head_lemmas: lemmas.len(),
            head_forms: self.forms.len(),
            codes: self.reachable_codes().len(),
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn word_ids_find_answers_as_the_map() {
        let lexicon = super::EventLexicon::builtin();
        let ids = &lexicon.words;
        for (w, &id) in &ids.map {
            assert_eq!(ids.find(w), Some(id), "{w:?}");
        }
        for w in [
            "",
            "a",
            "zz",
            "qqqq",
            "xyzzyxyz",
            "xyzzyxyzz",
            "internationalisms",
            "the\0",
            "sanction",
            "sanctionx",
            "sanctio",
        ] {
            assert_eq!(ids.find(w), ids.get(w), "{w:?}");
        }
        for (w, _) in ids.map.iter().take(500) {
            let mut longer = w.to_string();
            longer.push('q');
            assert_eq!(ids.find(&longer), ids.get(&longer), "{longer:?}");
            let shorter = &w[..w.len() - 1];
            assert_eq!(ids.find(shorter), ids.get(shorter), "{shorter:?}");
        }
        assert_eq!(
            super::head_bytes(b"abc"),
            u64::from_le_bytes(*b"abc\0\0\0\0\0")
        );
        assert_eq!(
            super::head_bytes(b"abcdefg"),
            u64::from_le_bytes(*b"abcdefg\0")
        );
        assert_eq!(
            super::head_bytes(b"abcdefghij"),
            u64::from_le_bytes(*b"abcdefgh")
        );
    }

    #[test]
    fn split_bars_splits_as_str_split() {
        for tok in [
            "",
            "|",
            "||",
            "a",
            "a|b",
            "a||b",
            "|a",
            "a|",
            "attack|attacks|strike_on",
            "café|naïve|x",
            "é|",
            "|é",
        ] {
            let ours: Vec<&str> = super::split_bars(tok).collect();
            let std: Vec<&str> = tok.split('|').collect();
            assert_eq!(ours, std, "{tok:?}");
        }
    }

    use super::*;

    fn err(src: &str) -> LexiconError {
        EventLexicon::from_source("t.txt", src)
            .unwrap_err()
            .first()
            .clone()
    }

    fn lines_and_messages(src: &str) -> Vec<(usize, String)> {
        let errors =
            EventLexicon::from_sources(&[("ok.txt", "[190] x\nverb: attack\n"), ("t.txt", src)])
                .unwrap_err();
        errors
            .errors()
            .iter()
            .map(|e| {
                assert_eq!(e.file, "t.txt");
                (e.line, e.message.clone())
            })
            .collect()
    }

    #[test]
    fn every_bad_line_is_reported_once() {
        // Three different mistakes; the good lines between them are not reported.
        let found = lines_and_messages(
            "[190] Use force\n\
             verb: attack > obj\n\
             verb: attack > sideways\n\
             noun: raid\n\
             adverb: fiercely\n\
             [999] no such code\n\
             verb: bomb\n",
        );
        let lines: Vec<usize> = found.iter().map(|(l, _)| *l).collect();
        assert_eq!(lines, vec![3, 5, 6], "{found:?}");
        assert!(found[0].1.contains("recipient slot"), "{found:?}");
        assert!(found[1].1.contains("pattern kind"), "{found:?}");
        assert!(found[2].1.contains("unknown CAMEO code"), "{found:?}");

        // Lines under a bad header are still checked; a missing header is reported once.
        let found = lines_and_messages("[999] x\nverb: Bomb\nverb: shell\n");
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!((found[1].0, found[1].1.contains("bad word")), (2, true));
        let found = lines_and_messages("verb: bomb\nverb: shell\nverb: Shoot\n");
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(found[0].1.contains("section"), "{found:?}");
        assert_eq!(found[1].0, 3);
    }

    #[test]
    fn errors_are_bounded_and_counted() {
        let src = "verb: Bad\n".repeat(LexiconErrors::MAX_LISTED + 50);
        let errors = EventLexicon::from_source("t.txt", &src).unwrap_err();
        assert_eq!(errors.errors().len(), LexiconErrors::MAX_LISTED);
        // One error a line (a bad word); the missing section is not reached.
        assert_eq!(errors.unlisted(), 50);
        assert!(
            errors.to_string().ends_with("... and 50 more errors"),
            "{errors}"
        );
        assert_eq!(
            errors.to_string().lines().count(),
            LexiconErrors::MAX_LISTED + 1
        );
    }

    #[test]
    fn parse_errors_carry_line_numbers() {
        let e = err("# c\n\nverb: attack > obj\n");
        assert_eq!((e.file.as_str(), e.line), ("t.txt", 3));
        assert!(e.message.contains("section"), "{e}");
        assert_eq!(err("[999] nope\n").line, 1);
        assert!(err("[010] statement\n").message.contains("PLOVER"));
        assert_eq!(err("[190] x\nverb: attack > obj|sideways\n").line, 2);
        assert!(err("[190] x\nadverb: attack\n").message.contains("adverb"));
        assert!(err("[190] x\nnoun: *air *strike\n").message.contains("'*'"));
        assert!(err("[190] x\nverb: Attack\n").message.contains("bad word"));
        assert!(err("[190] x\nverb: attack +troop launch\n")
            .message
            .contains("after a constraint"));
        assert!(err("[190] x\nverb: attack >\n").message.contains("without"));
        assert!(err("[190] x\nnoun: air_raid *strike\n")
            .message
            .contains("bad word"));
        assert!(err("[190 x\n").message.contains("]"));
    }

    #[test]
    fn a_subject_role_opens_the_slots_of_a_verb_line() {
        let lex = EventLexicon::from_source(
            "t.txt",
            "[190] x\nverb: suffer +attack > victim from|by\nverb: attack > obj\n\
             [110] y\nverb: anger@ed > experiencer by|at\n",
        )
        .unwrap();
        let roles: Vec<(&str, SubjectRole, usize)> = lex
            .patterns()
            .iter()
            .map(|p| (p.lemma.as_str(), p.subject, p.recipient.len()))
            .collect();
        assert_eq!(
            roles,
            vec![
                ("suffer", SubjectRole::Victim, 2),
                ("attack", SubjectRole::Doer, 1),
                ("anger", SubjectRole::Experiencer, 2),
            ]
        );
        // Only first after '>', only with slots naming the other party, only on verbs.
        assert!(err("[190] x\nverb: suffer > from victim\n")
            .message
            .contains("first word after '>'"));
        assert!(err("[190] x\nverb: suffer > victim\n")
            .message
            .contains("other party"));
        assert!(err("[190] x\nnoun: attack > victim by\n")
            .message
            .contains("verb lines"));
    }

    #[test]
    fn particles_stand_past_an_adverbial_or_a_short_object() {
        let src = "[164] Halt negotiations\n\
                   verb: call_off +talks|meeting > obj\n\
                   [020] Appeal\n\
                   verb: call_on > obj\n\
                   verb: call for > obj\n";
        let lex = EventLexicon::from_source("t", src).unwrap();
        let codes = |s: &str| -> Vec<String> {
            let w: Vec<&str> = s.split(' ').collect();
            lex.find_all(&w, |_| w.len())
                .iter()
                .map(|m| format!("{}@{}-{}", lex.pattern(m.pattern).cameo, m.head, m.end))
                .collect()
        };
        // A split phrasal verb: the object between verb and particle, where the keyword is.
        assert_eq!(
            codes("niger called the planned talks with ecowas off"),
            ["164@1-2"]
        );
        // Past an adverbial; a time preposition is no particle.
        assert_eq!(
            codes("the eu called on tuesday for a ceasefire"),
            ["020@2-6"]
        );
        assert_eq!(codes("thailand called again on cambodia"), ["020@1-4"]);
        // Past the occasion it was said at, a time adverbial inside it.
        assert_eq!(
            codes("algeria called at an emergency session of the council on sunday for a truce"),
            ["020@1-12"]
        );
        assert!(codes("algeria called at the talks , for a truce").is_empty());
        assert!(codes("algeria called at the border for a truce").is_empty());
        // Not past a clause word, a conjunction or a long object.
        assert!(codes("niger called the talks , and later off").is_empty());
        assert!(codes("they called a b c d e f g h talks off").is_empty());
    }

    #[test]
    fn pressing_ahead_is_no_pressing_of_another() {
        let src = "[128] Defy\n\
                   verb: press_ahead_with +reform > obj\n\
                   [024] Appeal for political reform\n\
                   verb: urge|press +reform > obj|to\n";
        let lex = EventLexicon::from_source("t", src).unwrap();
        let codes = |s: &str| -> Vec<String> {
            let w: Vec<&str> = s.split(' ').collect();
            lex.find_all(&w, |_| w.len())
                .iter()
                .map(|m| lex.pattern(m.pattern).cameo.to_string())
                .collect()
        };
        // "press ahead with its reforms" is the phrasal verb the lexicon knows, not an
        // appeal; "pressed the junta to reform" still is one.
        assert_eq!(
            codes("the government would press ahead with its reforms"),
            ["128"]
        );
        assert_eq!(codes("the envoys pressed the junta to reform"), ["024"]);
    }

    #[test]
    fn the_antecedent_of_an_object_relative_is_the_object() {
        let lex =
            EventLexicon::from_source("t", "[163] x\nverb: impose +sanction > on|obj\n").unwrap();
        let found = |s: &str| {
            let w: Vec<&str> = s.split(' ').collect();
            lex.find_all(&w, |_| w.len())
                .into_iter()
                .map(|m| m.object_token)
                .collect::<Vec<_>>()
        };
        assert_eq!(found("the eu imposed sanctions on russia"), [Some(3)]);
        assert_eq!(
            found("the sanctions , which the eu imposed on russia"),
            [Some(1)]
        );
        assert_eq!(
            found("the sanctions that washington had imposed on iran"),
            [Some(1)]
        );
        // No subject between the relative word and the verb: a subject relative, whose
        // antecedent is the doer ("the countries that imposed ...").
        assert!(found("the sanctions that imposed on iran").is_empty());
        // A relative word too far before the verb.
        assert!(found("sanctions which the long list of very many states imposed").is_empty());
    }

    #[test]
    fn a_time_word_owns_no_act() {
        // A line that wants a possessor before its head wants the doer's; "Tuesday's" or
        // "last year's" names a time.
        let lex = EventLexicon::from_source("t", "[190] x\nnoun: 's *strike > on\n").unwrap();
        let found = |s: &str| {
            let w: Vec<&str> = s.split(' ').collect();
            lex.find_all(&w, |_| w.len()).len()
        };
        assert_eq!(found("israel 's strike on the consulate"), 1);
        assert_eq!(found("tuesday 's strike on the hospitals"), 0);
        assert_eq!(found("last year 's strike on the port"), 0);
    }

    #[test]
    fn an_exclusion_holds_in_the_pattern_s_own_clause() {
        let lex = EventLexicon::from_source(
            "t",
            "[173] x\nverb: capture +commander > obj !base|stronghold\n\
             [040] y\nverb: speak with > obj !reporters\n",
        )
        .unwrap();
        // The region ends where the caller's clause does: at "after" here.
        let found = |s: &str| {
            let w: Vec<&str> = s.split(' ').collect();
            let end = w.iter().position(|&x| x == "after").unwrap_or(w.len());
            lex.find_all(&w, |_| end).len()
        };
        assert_eq!(found("troops capture two commanders near a base"), 0);
        assert_eq!(
            found("troops capture two commanders , a week after rebels overran a base"),
            1
        );
        // Another clause before the pattern's does not block it; its own subject does.
        assert_eq!(found("after reporters left , ruto speaks with abiy"), 1);
        assert_eq!(found("reporters speak with abiy"), 0);
        // A participle's scope keeps the sentence's start: a passive's subject may stand
        // past a comma.
        assert_eq!(found("the base , captured by a commander"), 0);
    }

    #[test]
    fn features_compile_and_match() {
        let src = "[0253] Appeal for release\n\
                   verb: urge|call_on +release|human_rights_activist > obj   # comment\n\
                   [143] strike\n\
                   noun: strike ~worker|union !drone|missile > against\n\
                   [111] Criticize\n\
                   verb: lash_out at > obj\n";
        let lex = EventLexicon::from_source("t", src).unwrap();
        assert_eq!(lex.stats().patterns, 4);
        let call = lex.patterns_for("called")[0];
        assert_eq!(lex.pattern(call).after, vec![vec!["on".to_string()]]);
        assert_eq!(
            lex.pattern(call).source,
            "verb: urge|call_on +release|human_rights_activist > obj"
        );
        let w = [
            "they",
            "called",
            "on",
            "iran",
            "to",
            "free",
            "human",
            "rights",
            "activists",
        ];
        let m = lex.match_at(call, &w, 1, w.len()).unwrap();
        assert_eq!((m.start, m.end, m.object_token), (1, 3, Some(6)));
        // particle missing
        assert!(lex
            .match_at(call, &["they", "called", "iran"], 1, 3)
            .is_none());
        let strike = lex.patterns_for("strike")[0];
        let ok = ["union", "workers", "began", "a", "strike"];
        assert!(lex.match_at(strike, &ok, 4, 5).is_some());
        let no_ctx = ["they", "began", "a", "strike"];
        assert!(lex.match_at(strike, &no_ctx, 3, 4).is_none());
        let excluded = ["union", "drone", "strike"];
        assert!(lex.match_at(strike, &excluded, 2, 3).is_none());
        let lash = lex.patterns_for("lashed")[0];
        let w = ["he", "lashed", "out", "at", "critics"];
        let m = lex.match_at(lash, &w, 1, 5).unwrap();
        assert_eq!(m.end, 4);
        assert_eq!(lex.pattern(lash).after.len(), 2);
        // British spelling of a keyword and plural of a multi-word keyword's last word
        assert!(lex.is_head_word("urges") && lex.is_head_word("urging"));
    }

    #[test]
    fn examples_are_split_off_the_pattern() {
        let src = "[111] Criticize\n\
                   verb: slam > obj = \"Kyiv slammed the plan\" = \"He slams critics\"  # c\n\
                   verb: rebuke > obj\n";
        let lex = EventLexicon::from_source("t", src).unwrap();
        let p = lex.pattern(lex.patterns_for("slammed")[0]);
        assert_eq!(p.source, "verb: slam > obj");
        assert_eq!(&*p.examples, ["Kyiv slammed the plan", "He slams critics"]);
        assert!(lex
            .pattern(lex.patterns_for("rebuke")[0])
            .examples
            .is_empty());
        assert!(err("[111] x\nverb: slam > obj = Kyiv slammed\n")
            .message
            .contains("double quotes"));
        assert!(err("[111] x\nverb: slam > obj = \"Kyiv slammed\n")
            .message
            .contains("unterminated"));
        assert!(err("[111] x\nverb: slam > obj = \"a\" b\n")
            .message
            .contains("only another"));
    }

    #[test]
    fn the_object_word_prefilter_drops_no_match() {
        // `find_all` and `any_match` skip a pattern when the word after the head is not its
        // one first particle or no word that can start a keyword of its first object group
        // occurs; `match_at` tries every constraint. On every
        // example sentence of the built-in lexicon, and on each with its words reversed
        // (keywords before the head: passives and reduced relatives), the two must agree
        // on every head word.
        let lex = EventLexicon::builtin();
        let mut sentences: BTreeSet<Vec<String>> = BTreeSet::new();
        for p in lex.patterns() {
            for ex in p.examples.iter() {
                let words: Vec<String> = ex
                    .split(|c: char| c.is_whitespace() || matches!(c, ',' | '.' | '"'))
                    .filter(|w| !w.is_empty())
                    .map(|w| w.to_lowercase().replace('\u{2019}', "'"))
                    .collect();
                let mut reversed = words.clone();
                reversed.reverse();
                sentences.insert(words);
                sentences.insert(reversed);
            }
        }
        assert!(sentences.len() > 1000, "the lexicon's examples were read");
        let (mut matched, mut pruned) = (0, 0);
        for words in &sentences {
            let w: Vec<&str> = words.iter().map(String::as_str).collect();
            let region = |i: usize| (i + 16).min(w.len());
            let found: BTreeSet<(usize, PatternId)> = lex
                .find_all(&w, region)
                .iter()
                .map(|m| (m.head, m.pattern))
                .collect();
            let prepared = Prepared::new(lex, &w);
            let mut every: BTreeSet<(usize, PatternId)> = BTreeSet::new();
            for (i, word) in w.iter().enumerate() {
                let Some(entry) = lex.entry(word) else {
                    continue;
                };
                for (k, &id) in entry.ids.iter().enumerate() {
                    pruned += usize::from(!prepared.may_match(entry, k, i));
                    if lex.match_at(id, &w, i, region(i)).is_some() {
                        every.insert((i, id));
                    }
                }
            }
            assert_eq!(found, every, "{w:?}");
            assert_eq!(lex.any_match(&w, region), !every.is_empty(), "{w:?}");
            // The gate's preparation, handed to the coder, finds the same matches.
            let shared = lex.prepare(&w);
            assert_eq!(
                lex.any_match_prepared(&w, &shared, region),
                !every.is_empty()
            );
            assert_eq!(
                lex.find_all_prepared(&w, &shared, region),
                lex.find_all(&w, region),
                "{w:?}"
            );
            matched += every.len();
        }
        assert!(
            matched > 1000 && pruned > 1000,
            "{matched} matches, {pruned} pruned"
        );
    }

    #[test]
    fn whole_sentence_searches_do_not_grow_with_the_patterns_tried() {
        // Every "strike" tries the pattern, whose context is a multi-word keyword: the
        // sentence is scanned for it once, however long it is and however many heads it has.
        let src = "[143] strike\nnoun: strike ~trade_union|labour_union > against\n";
        let lex = EventLexicon::from_source("t", src).unwrap();
        for reps in [10, 100, 1000] {
            let mut w: Vec<&str> = Vec::new();
            for _ in 0..reps {
                w.extend(["workers", "strike", "trade"]);
            }
            let (m, scans) = lex.find_all_counting(&w, |i| (i + 16).min(w.len()));
            assert!(m.is_empty(), "no \"trade union\" anywhere");
            assert_eq!(scans, 1);
            assert!(!lex.any_match(&w, |i| (i + 16).min(w.len())));
            w.push("unions");
            let (m, scans) = lex.find_all_counting(&w, |i| (i + 16).min(w.len()));
            assert_eq!(m.len(), reps, "every strike now has its context");
            assert_eq!(scans, 1);
            assert!(lex.any_match(&w, |i| (i + 16).min(w.len())));
            // A gate that searched the sentence leaves nothing to search again.
            let shared = lex.prepare(&w);
            assert!(lex.any_match_prepared(&w, &shared, |i| (i + 16).min(w.len())));
            let (m, scans) = lex.find_all_counting_prepared(&w, &shared, |i| (i + 16).min(w.len()));
            assert_eq!((m.len(), scans), (reps, 0));
        }
    }

    #[test]
    fn specificity_orders_matches() {
        let src = "[160] reduce\nverb: cut +ties > with\n[161] break\nverb: cut +ties > with\n\
                   [190] attack\nverb: attack > obj\n[111] verbal\nverb: attack ~commentary > obj\n";
        let lex = EventLexicon::from_source("t", src).unwrap();
        let w = ["russia", "cut", "ties", "with", "kyiv"];
        let m = lex.find_all(&w, |_| w.len());
        assert_eq!(lex.pattern(m[0].pattern).cameo, "161");
        let w = ["a", "commentary", "attacking", "macron"];
        let m = lex.find_all(&w, |_| w.len());
        assert_eq!(lex.pattern(m[0].pattern).cameo, "111");
        assert_eq!(m.len(), 2);
    }
}

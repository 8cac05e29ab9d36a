//! Stage `syntax`: the gate, tagging, parsing, and the structure of one sentence (`Clause`).
//!
//! Only sentences where an actor and an event trigger co-occur are analysed. The
//! sentence is tagged (`sitrep-tagger`) and parsed into a dependency tree
//! (`sitrep-parser`), then the coder asks structural questions of it through [`Clause`]:
//! where a verb group starts, whether it is passive, what its subject is, and what noun
//! phrase follows a verb or preposition. Subjects come from the tree: the verb's
//! `nsubj`/`nsubjpass`, followed up through coordinated verbs (`conj`), open complements
//! (`xcomp`, with object control), participle clauses (`advcl`) and relative or reduced
//! relative clauses (`relcl`, `acl`: the antecedent). Where the tree has no answer (no
//! subject on that path, a noun trigger) the earlier token heuristics still decide:
//! bounded scans that skip appositions, relative clauses and "including ..." lists.

use sitrep_lexicon::WordKey;
use sitrep_parser::{Rel, Tok, Tree};
use sitrep_tagger::{Tag, Tagger, WordInfo};

use crate::doc::SentenceKind;
use crate::doc::{Doc, LazyTree};
use crate::knowledge::Knowledge;
use crate::words::{
    is_pair_phrase, AUX, BE_FORMS, CLAUSE_BREAKS, CLAUSE_SUBORDINATORS, COUNTRY_DESCRIPTION_HEADS,
    DATE_NOUNS, DECISION_NOUNS, DEFINITE_PAIR_NOUNS, DOCUMENT_NOUNS, ENDING_VERBS, HONORIFICS,
    INSTITUTION_NAME_HEADS, INTENT_DECLARING_VERBS, INTENT_NOUNS, MEMBER_NOUNS, OBJECT_CONTROL,
    OCCURRENCE_VERBS, OFFICE_NOUNS, PAIR_NOUNS, PARENTHETICAL_OPENERS, PARTICIPLE_PREPOSITIONS,
    PARTITIVES, POSSESSED_AGENT_HEADS, PREPOSITIONS, PUBLICATION_NOUNS, QUANTIFIER_ASIDES,
    RESPONSIBILITY_CLAIMING_VERBS, SAYER_ACTS, SAYER_PARTICIPLES, SPEECH_VERBS, STRONG_OPENERS,
    SUMMONING_VERBS,
};

/// A time word: a weekday, a month name (`sitrep_textview::words`) or a date noun.
pub(crate) fn is_date_word(w: &str) -> bool {
    sitrep_textview::words::month(w).is_some()
        || sitrep_textview::words::weekday(w).is_some()
        || DATE_NOUNS.contains(w)
}

/// One sentence prepared for the coder.
pub struct Clause<'a, 'd> {
    /// What the pipeline knows (cue lists for the coder's reporting verbs).
    pub knowledge: &'a Knowledge,
    pub doc: &'a Doc<'d>,
    /// First token (global index) of the sentence.
    pub first: usize,
    pub words: Vec<&'a str>,
    /// The prefilter key of each word (`Doc::key`), for the `_keyed` lookups of word lists.
    pub keys: &'a [WordKey],
    pub tags: &'a [Tag],
    /// The dependency tree of the sentence (analysed sentences), parsed on first use:
    /// read it through [`Clause::tree`].
    lazy_tree: Option<&'a LazyTree>,
    /// Accept a possessor as the subject ("Kim's remarks came during a meeting": Kim met).
    /// Set by the coder while it looks for the actor of an event noun.
    pub possessor_subjects: std::cell::Cell<bool>,
    /// Read a plural role's `of`/`from` list as the subject's parties ("Diplomats from
    /// Germany, Poland and Sweden were expelled"). Set by the coder while it looks for the
    /// recipient in the subject of a passive: each listed party undergoes the act.
    pub plural_role_subjects: std::cell::Cell<bool>,
    /// Whether some word of the clause is a habitual adverb or ends one (`events`'
    /// `may_tell_a_habit`, asked for every candidate verb and noun): the words never change,
    /// so one scan answers them all.
    pub(crate) habit_words: std::cell::OnceCell<bool>,
    /// The answers of [`Clause::region_end_with`] asked so far, two per token (the plain
    /// region, then the slots' region past asides), `u32::MAX` where not yet asked: the
    /// matcher asks a head's region, and the coder asks it again for each candidate of the
    /// head and for the slots, always with the same words and tags.
    region_ends: std::cell::OnceCell<Box<[std::cell::Cell<u32>]>>,
    /// For each local index `k` (and the clause's length), the first index from `k` on
    /// whose word can end a region or change its limit in [`Clause::region_end_scanned`]
    /// ([`Clause::may_stop_region`]); built once per clause, on the first region asked, so
    /// that each region's walk visits only those words instead of testing every word.
    region_stops: std::cell::OnceCell<Box<[u16]>>,
    /// The subjects [`Clause::subject`] found at depth 0 so far, by verb group and
    /// [`Clause::possessor_subjects`]: each candidate pattern of a head asks its verb
    /// group's subject again, and the answer depends on the clause alone.
    subjects: std::cell::RefCell<Vec<(usize, bool, Subject)>>,
    /// Answers about single tokens kept once asked ([`Clause::kept`]): two bits per
    /// [`Kept`] kind in each token's byte (asked, answer).
    kept: std::cell::OnceCell<Box<[std::cell::Cell<u8>]>>,
}

/// The questions about one token whose answers a [`Clause`] keeps: the coder asks them
/// again for each candidate pattern of a head, and the answers depend on the clause alone.
#[derive(Clone, Copy)]
pub(crate) enum Kept {
    /// [`Clause::is_passive`].
    Passive = 0,
    /// `events::is_habitual`.
    Habitual = 1,
    /// `frames::skippable`: asked at each token a cue's next word is looked for, for every
    /// event the frames look at.
    Skippable = 2,
}

/// The actors found in a slot: one mention, or several coordinated ones.
#[derive(Debug, Clone, Default)]
pub struct Slot {
    pub mentions: Vec<usize>,
    /// How the slot was found, for the event's rule.
    pub how: &'static str,
    /// Local token range of the noun phrase that filled the slot.
    pub np: (usize, usize),
    /// Mentions inside a skipped parenthetical that cites the slot's source
    /// ("reports, shared by lawmaker Lee, claim").
    pub cited_by: Vec<usize>,
    /// The slot is a passive participle's `by` agent (`how` says which), so an act whose
    /// actor it gives has its doer named by `by` ([`crate::doc::ActorSource::ByAgent`]).
    pub by_agent: bool,
    /// The noun phrase was the direct object of the verb.
    pub np_is_object: bool,
}

#[derive(Debug, Clone)]
pub enum Subject {
    Actors(Slot),
    /// A subject that is not an actor ("The agreement was praised").
    NonActor((usize, usize)),
    Missing,
}

impl<'a, 'd> Clause<'a, 'd> {
    pub fn new(
        knowledge: &'a Knowledge,
        doc: &'a Doc<'d>,
        first: usize,
        last: usize,
        tags: &'a [Tag],
    ) -> Self {
        let words: Vec<&str> = (first..last).map(|g| doc.norm(g)).collect();
        let tree = doc
            .sentence_of
            .get(first)
            .and_then(|&si| doc.trees.get(si as usize))
            .and_then(Option::as_ref)
            .filter(|t| t.len() == words.len() && tags.len() == words.len());
        Clause {
            knowledge,
            doc,
            first,
            words,
            keys: &doc.tokens.keys[first..last],
            tags,
            lazy_tree: tree,
            possessor_subjects: std::cell::Cell::new(false),
            plural_role_subjects: std::cell::Cell::new(false),
            habit_words: std::cell::OnceCell::new(),
            region_ends: std::cell::OnceCell::new(),
            region_stops: std::cell::OnceCell::new(),
            subjects: std::cell::RefCell::new(Vec::new()),
            kept: std::cell::OnceCell::new(),
        }
    }

    /// The answer to question `kind` about local token `l`: `work`'s, worked out the first
    /// time it is asked and kept for the clause. `work` must depend on the clause alone
    /// (its words, tags, tree and the document), never on the caller's state.
    #[inline]
    pub(crate) fn kept(&self, kind: Kept, l: usize, work: impl FnOnce() -> bool) -> bool {
        let kept = self
            .kept
            .get_or_init(|| (0..self.len()).map(|_| std::cell::Cell::new(0)).collect());
        let (asked, yes) = (1u8 << (2 * kind as u8), 2u8 << (2 * kind as u8));
        let Some(cell) = kept.get(l) else {
            return work();
        };
        let bits = cell.get();
        if bits & asked != 0 {
            return bits & yes != 0;
        }
        let answer = work();
        let bits = cell.get() | asked | if answer { yes } else { 0 };
        cell.set(bits);
        answer
    }

    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// The dependency tree of the sentence, when it is analysed (parsed now if no one
    /// asked for it before).
    pub fn tree(&self) -> Option<&'a Tree> {
        self.lazy_tree.map(LazyTree::get)
    }

    /// Mention covering local token `l`.
    pub fn mention(&self, l: usize) -> Option<usize> {
        self.doc.mention_index(self.first + l)
    }

    /// The local start of the date expression ending right before local index `k` ("Army
    /// 9 June conducted", "RSF early June launched"), with a preposition opening it ("on
    /// 3 June"); `None` when no date ends there.
    pub(crate) fn date_before(&self, k: usize) -> Option<usize> {
        let l = k.checked_sub(1)?;
        let (df, dl) = self.doc.date_tokens_covering(self.first + l)?;
        if dl != self.first + k || df < self.first {
            return None;
        }
        let mut s = df - self.first;
        if s > 0
            && matches!(
                self.words[s - 1],
                "on" | "in" | "at" | "from" | "since" | "by"
            )
        {
            s -= 1;
        }
        Some(s)
    }

    /// Is local index `l` a word of a date expression ("June" of "3 June")?
    fn in_date(&self, l: usize) -> bool {
        self.doc.date_tokens_covering(self.first + l).is_some()
    }

    /// The finite verb of the clause before a semicolon at local index `semi` ("RSF
    /// shelled El Fasher; next day ambushed a convoy": `shelled`): its subject is the
    /// subject a verb opening the next clause without one leaves unsaid.
    fn verb_before_semicolon(&self, semi: usize) -> Option<usize> {
        (0..semi)
            .rev()
            .take_while(|&j| self.words[j] != ";")
            .filter(|&j| {
                self.is_verb(j)
                    && !AUX.contains(self.words[j])
                    && matches!(self.tags[j], Tag::VBD | Tag::VBZ | Tag::VBP)
            })
            .last()
    }

    /// The local span of mention `m`, clipped to the clause: a mention the actor stage let
    /// run across a paragraph break ("fighting involving a\n\nRepresentatives from
    /// Serbia") is only its part inside the clause, never a span before its first word.
    fn mention_range(&self, m: usize) -> (usize, usize) {
        let mm = &self.doc.mentions[m];
        let len = self.len();
        (
            mm.first.saturating_sub(self.first).min(len),
            mm.last.saturating_sub(self.first).min(len),
        )
    }

    fn modifier_at(&self, l: usize) -> bool {
        let g = self.first + l;
        self.doc.modifier_covering(g).is_some()
    }

    pub fn is_verb(&self, l: usize) -> bool {
        self.tags[l].is_verb() || self.tags[l] == Tag::MD
    }

    fn is_np_word(&self, l: usize) -> bool {
        let t = self.tags[l];
        // A spaced dash separates ("Bishkek — Kyrgyzstan and ..."); an unspaced one joins
        // ("the Russia–North Korea alliance").
        if self.words[l] == "-" && self.doc.tokens.get(self.first + l).space_before {
            return false;
        }
        // The tag test first: most words of a noun phrase pass it, and it needs no lookup
        // of the document's mentions and modifiers (the answer is the same in any order).
        matches!(
            t,
            Tag::DT
                    | Tag::JJ
                    | Tag::JJR
                    | Tag::JJS
                    | Tag::NN
                    | Tag::NNS
                    | Tag::NNP
                    | Tag::NNPS
                    | Tag::CD
                    | Tag::POS
                    | Tag::PRPS
                    | Tag::PDT
                    // "China's $2 billion loan"
                    | Tag::Dollar
        ) || self.mention(l).is_some()
            || self.modifier_at(l)
            || self.words[l] == "-"
            || (t == Tag::VBN && l + 1 < self.len() && self.tags[l + 1].is_noun())
            || (t == Tag::VBG
                && l + 1 < self.len()
                && self.tags[l + 1].is_noun()
                && l > 0
                && (matches!(self.tags[l - 1], Tag::DT | Tag::JJ | Tag::NNP | Tag::NNPS)
                    || self.mention(l - 1).is_some()))
    }

    /// Where the clause containing local token `l` ends, to the right.
    pub fn region_end(&self, l: usize) -> usize {
        self.region_end_with(l, false)
    }

    /// [`Clause::region_end`] for the slots of an event already found: "ordered 10
    /// battalions, including tank units, to the border" keeps its "to" phrase. An
    /// "including" aside that names members of the object and closes with a comma sits
    /// inside the clause, whose object phrase goes on after it; the aside's words do not
    /// count against the region's length. An aside left open to the sentence's end still
    /// ends it. Only the slots read past the aside: the patterns' object keywords do not
    /// (measured: the wider region for the patterns coded new acts, one more held-out
    /// wrong event).
    pub fn slot_region_end(&self, l: usize) -> usize {
        self.region_end_with(l, true)
    }

    fn region_end_with(&self, l: usize, past_asides: bool) -> usize {
        let ends = self.region_ends.get_or_init(|| {
            (0..2 * self.len())
                .map(|_| std::cell::Cell::new(u32::MAX))
                .collect()
        });
        let kept = ends.get(2 * l + usize::from(past_asides));
        if let Some(end) = kept.map(std::cell::Cell::get).filter(|&e| e != u32::MAX) {
            return end as usize;
        }
        let end = self.region_end_scanned(l, past_asides, true);
        if let Some(kept) = kept {
            kept.set(end as u32);
        }
        end
    }

    /// Whether the word at local index `k` is one [`Clause::region_end_scanned`] can stop
    /// at or read an aside from: a clause break, "and", a comma, or the "in"/"so" that opens
    /// a purpose phrase (`words::purpose_opener_at`). Every test of that walk needs one of
    /// these words at its own position, so at any other word the walk just moves on.
    #[inline]
    fn may_stop_region(&self, breaks: &sitrep_lexicon::WordList, k: usize) -> bool {
        let w = self.words[k];
        matches!(w, "," | "and" | "in" | "so") || breaks.contains_keyed(w, self.keys[k])
    }

    /// The first local index from `k` on where [`Clause::may_stop_region`] holds (the
    /// clause's length where none does).
    fn next_region_stop(&self, k: usize) -> usize {
        let n = self.len();
        if k >= n {
            return k;
        }
        // A clause too long for the table's indices walks every word (only one over
        // `MAX_ANALYSED_TOKENS` could be).
        if n >= u16::MAX as usize {
            return (k..n)
                .find(|&j| self.may_stop_region(&CLAUSE_BREAKS, j))
                .unwrap_or(n);
        }
        let stops = self.region_stops.get_or_init(|| {
            let breaks = &*CLAUSE_BREAKS;
            let mut next = vec![n as u16; n + 1].into_boxed_slice();
            for j in (0..n).rev() {
                next[j] = if self.may_stop_region(breaks, j) {
                    j as u16
                } else {
                    next[j + 1]
                };
            }
            next
        });
        stops[k] as usize
    }

    /// [`Clause::region_end_with`], worked out; `skip` passes over the words where no test
    /// can hold ([`Clause::next_region_stop`]), else every word is tested (the same answer:
    /// a unit test compares the two).
    fn region_end_scanned(&self, l: usize, past_asides: bool, skip: bool) -> usize {
        let n = self.len();
        let mut limit = (l + 16).min(n);
        let mut k = l + 1;
        loop {
            if skip {
                k = self.next_region_stop(k);
            }
            if k >= limit {
                break;
            }
            let w = self.words[k];
            if past_asides && w == "," && self.words.get(k + 1) == Some(&"including") {
                if let Some(close) = (k + 2..(k + 10).min(n)).find(|&j| self.words[j] == ",") {
                    limit = (limit + close - k).min(n);
                    k = close + 1;
                    continue;
                }
            }
            // "until Friday" is a deadline inside the clause ("gave the rebels until Friday
            // to surrender", "until midnight to surrender"), not a clause of its own.
            // ("since March", "after Tuesday's vote" still end it: what follows is
            // background more often than an object.)
            let deadline = |k: usize| {
                k + 1 < n
                    && self.words[k] == "until"
                    && (self.in_date(k + 1)
                        || is_date_word(self.words[k + 1])
                        // "until the end of the month to release political prisoners".
                        || self.words[k + 1] == "the" && self.time_span_at(k))
            };
            if CLAUSE_BREAKS.contains_keyed(w, self.keys[k]) && !deadline(k) {
                return k;
            }
            // "agreed to deepen cooperation in order to link their grids with Djibouti": a
            // purpose phrase is an aim, whose parties are no object of the clause before.
            if crate::words::purpose_opener_at(&self.words, k).is_some() {
                return k;
            }
            // "has sought to reduce its dependence on Western partners and has
            // strengthened ties with Russia": an auxiliary after "and" opens a second
            // predicate, whose words are no object of the first.
            if w == "and"
                && k + 2 < n
                && matches!(
                    self.words[k + 1],
                    "has" | "have" | "had" | "was" | "were" | "is" | "are" | "will" | "would"
                )
                && self.is_verb(k + 2)
            {
                return k;
            }
            // "suspended payments on its debt and is in talks with the IMF", "halted the
            // payments and opened talks with the lenders" (session 30): a finite verb after
            // "and", once the first verb has words of its own, opens a second predicate too;
            // its words ("talks") are no object keyword of the first verb. Right after the
            // verb ("condemned and denounced the attack") the two share their object. The
            // slots still read on (measured on the golden stories: cut there too, two
            // criticisms lost the party the second predicate names, "condemned the attack
            // ... and called on the Houthis", and the features' precision fell).
            if !past_asides
                && w == "and"
                && k > l + 1
                && k + 1 < n
                && matches!(self.tags[k + 1], Tag::VBD | Tag::VBZ | Tag::VBP)
            {
                return k;
            }
            // "gave the Rapid Support Forces, which control most of Darfur, until Friday to
            // withdraw", "gave Niger's junta, which seized power in July, one week to free
            // the president": a relative aside on the object, closed by a comma before a
            // deadline, sits inside the clause, whose deadline and demand go on after it;
            // its words do not count against the region's length.
            if w == "," && matches!(self.words.get(k + 1), Some(&("which" | "who"))) {
                let close = (k + 2..(k + 16).min(n)).find(|&j| self.words[j] == ",");
                if let Some(close) = close.filter(|&c| deadline(c + 1) || self.time_span_at(c + 1))
                {
                    limit = (limit + close - k).min(n);
                    k = close + 1;
                    continue;
                }
            }
            if w == "," && k + 1 < n {
                let next = self.words[k + 1];
                // ("rioters in the Tibetan capital, Lhasa, until midnight to surrender": the
                // deadline after an aside is still the clause's.)
                if self.tags[k + 1] == Tag::VBG
                    || (CLAUSE_BREAKS.contains_keyed(next, self.keys[k + 1]) && !deadline(k + 1))
                    || next == "\""
                    || next == "and" && k + 2 < n && self.is_verb(k + 2)
                {
                    return k;
                }
                // ", officials said" / ", said X" / ", local officials said" / ", missile
                // scientists at the space agency said": a trailing attribution, whose
                // words are no object of the clause before it.
                if matches!(next, "said" | "says" | "according") || self.attribution_at(k + 1) {
                    return k;
                }
            }
            k += 1;
        }
        limit
    }

    /// Does a span of time given as a deadline start at local token `l`: a count of hours,
    /// days, weeks or months ("72 hours", "one week", "a month"), or "until" a day or a
    /// time ("until the end of the month")?
    fn time_span_at(&self, l: usize) -> bool {
        let n = self.len();
        if l + 1 >= n {
            return false;
        }
        if self.words[l] == "until" {
            return (l + 1..(l + 7).min(n)).any(|k| is_date_word(self.words[k]));
        }
        (self.tags[l] == Tag::CD || matches!(self.words[l], "a" | "an"))
            && matches!(
                self.words[l + 1].trim_end_matches('s'),
                "hour" | "day" | "week" | "month"
            )
    }

    /// Does a trailing attribution start at local token `l` (after a comma): a short
    /// noun phrase naming the source, with its prepositional phrases ("local officials",
    /// "missile scientists at the space agency", "the U.S. ambassador in Lima"), and a
    /// reporting verb in the past or present ("said", "told", "confirmed")?
    fn attribution_at(&self, l: usize) -> bool {
        let n = self.len();
        for k in l..(l + 8).min(n) {
            let w = self.words[k];
            if k > l
                && matches!(
                    w,
                    "said" | "says" | "told" | "confirmed" | "added" | "reported" | "stated"
                )
            {
                // The sentence, or its clause, ends with the attribution ("said ." / "told
                // reporters" / "said on Monday").
                return true;
            }
            let nominal = matches!(
                self.tags[k],
                Tag::DT
                    | Tag::JJ
                    | Tag::JJR
                    | Tag::JJS
                    | Tag::NN
                    | Tag::NNS
                    | Tag::NNP
                    | Tag::NNPS
                    | Tag::POS
                    | Tag::CD
                    | Tag::PRPS
            ) || (k > l && matches!(w, "of" | "in" | "at" | "from" | "for" | "with"));
            if !nominal {
                return false;
            }
        }
        false
    }

    /// Start of the verb group whose main verb is at `l` (auxiliaries, negation and
    /// adverbs before it).
    pub fn verb_group_start(&self, l: usize) -> usize {
        let mut k = l;
        while k > 0 {
            let w = self.words[k - 1];
            // A date is no auxiliary: "Junta 13 May arrested" (the month, not the modal).
            if self.in_date(k - 1) {
                break;
            }
            // An adverb that is a preposition's object ("at first", "at once", "for now",
            // "since then") ends a prepositional phrase before the group, not inside it.
            if k >= 2 && self.tags[k - 2] == Tag::IN && !self.tags[k - 1].is_verb() {
                break;
            }
            // A quoted word inside the group ("is “flagrantly” defying"): its quotation
            // marks belong to the group.
            let quote_in_group = w == "\""
                && k >= 2
                && (AUX.contains(self.words[k - 2])
                    || self.tags[k - 2].is_adverb()
                    || self.words[k - 2] == "\"");
            if AUX.contains(w)
                || quote_in_group
                || self.tags[k - 1] == Tag::MD
                || (self.tags[k - 1].is_adverb()
                    && !w.ends_with("ly")
                    && k >= 2
                    && AUX.contains(self.words[k - 2]))
                || (self.tags[k - 1].is_adverb() && w.ends_with("ly"))
            {
                k -= 1;
            } else {
                break;
            }
        }
        k
    }

    /// Is the verb at `later` a coordinated verb of the one at `earlier` in the tree ("blamed
    /// the Taliban for the violence and called on all parties to ...": `called` is a
    /// conjunct of `blamed`)? A second act of the same subject, not part of what the first
    /// verb's complement says. `false` without a tree.
    pub fn coordinated_with(&self, earlier: usize, later: usize) -> bool {
        let Some(tree) = self.tree() else {
            return false;
        };
        let mut v = later;
        // A chain of conjuncts: "blamed ..., accused ... and called ...".
        for _ in 0..8 {
            if tree.rel(v) != Rel::Conj {
                return false;
            }
            match tree.head(v) {
                Some(h) if h == earlier => return true,
                Some(h) => v = h,
                None => return false,
            }
        }
        false
    }

    /// Is the verb at `l` passive ("was signed", "were shipped", "is believed")?
    /// "Rubio is due in Hanoi", "Merz is expected in Kyiv": a word of
    /// `[arrival-due-words]` after a form of "be" and before "in" or "at" tells an arrival
    /// scheduled (the intent to visit, events.txt [036]) whatever its tag: its subject is
    /// the visitor, no passive's patient, and the present tense is news, no standing state.
    pub(crate) fn arrival_due(&self, l: usize) -> bool {
        l > 0
            && crate::words::ARRIVAL_DUE_WORDS.contains(self.words[l])
            && crate::words::BE_FORMS.contains(self.words[l - 1])
            && matches!(self.words.get(l + 1), Some(&("in" | "at")))
    }

    pub fn is_passive(&self, l: usize) -> bool {
        self.kept(Kept::Passive, l, || self.is_passive_worked(l))
    }

    /// [`Clause::is_passive`], worked out.
    fn is_passive_worked(&self, l: usize) -> bool {
        if self.arrival_due(l) {
            return false;
        }
        if let Some(tree) = self.tree() {
            // A passive auxiliary or passive subject. A participle modifying a noun
            // (`acl`) is left to the reduced-relative test below: taken from the tree
            // alone ("The measures, approved by foreign ministers, ...") it lent an
            // actor to approvals and adoptions the lexicon then miscodes (golden
            // examples: one more wrong event, none more right).
            if tree.child(l, Rel::Auxpass).is_some() || tree.child(l, Rel::Nsubjpass).is_some() {
                return true;
            }
            // "Somali forces backed by Djiboutian soldiers", "rebels supported by Rwanda":
            // a participle with its `by` agent, modifying a party, was done to that party
            // by the agent (the party is no doer of it).
            if self.tags[l] == Tag::VBN
                && tree.rel(l) == Rel::Acl
                && tree.child(l, Rel::Agent).is_some()
                && tree
                    .head(l)
                    .is_some_and(|h| h < l && self.mention(h).is_some())
            {
                return true;
            }
            // "Syrian General Killed in Car Bombing": a headline's participle the tree
            // made its root, with the noun phrase before it as subject and no auxiliary,
            // is a passive whose auxiliary the headline dropped.
            if self.headline_participle_root(tree, l) {
                return true;
            }
            if self.bare_noun_reduced_passive(tree, l) || self.victim_reduced_passive(tree, l) {
                return true;
            }
            if self.is_verb(l) && tree.children(l).any(|d| tree.rel(d).is_subject()) {
                return false;
            }
            // "The mayor was kidnapped and killed": a participle coordinated with a
            // passive participle shares its auxiliary, so it is passive too and its
            // inherited subject is what it was done to. A conjunct with an auxiliary of
            // its own ("was elected and has served") is its own verb group.
            if self.conjunct_of_passive(tree, l) {
                return true;
            }
            if self.headline_participle(tree, l) {
                return true;
            }
        }
        if !matches!(self.tags[l], Tag::VBN | Tag::VBD | Tag::JJ) {
            return false;
        }
        let start = self.verb_group_start(l);
        (start..l).any(|k| BE_FORMS.contains(self.words[k]))
            // Reduced relative: "a pact signed during ...", "rounds shipped from".
            || (start == l && self.tags[l] == Tag::VBN && l > 0 && self.tags[l - 1].is_noun() && self.mention(l - 1).is_none() && !self.lone_participle_of_prose(l))
            || self.participle_with_agent(l)
    }

    /// "The IMF's executive board signed off on a loan for Pakistan.", "An Egyptian aid
    /// convoy crossed into Gaza.": a prose sentence (no headline) with no finite verb
    /// anywhere, whose participle follows its noun with no `by` agent after it, has its
    /// past tense mis-tagged as a participle: it is the sentence's main verb, no reduced
    /// relative (a reduced relative hangs on a clause with a finite verb of its own: "a
    /// pact signed on Monday took effect").
    fn lone_participle_of_prose(&self, l: usize) -> bool {
        self.words.get(l + 1) != Some(&"by")
            && !self.tags.iter().any(|t| t.is_finite())
            && !self.headline_passive_reading(l)
    }

    /// May the participle at `l` be read as a headline's passive with its auxiliary
    /// dropped? In a headline, but in one known only as a short line closed by a full stop
    /// (`headline_line_with_full_stop`) only where its verb takes an object: "Protesters
    /// marched in Lagos." is prose in the past tense.
    fn headline_passive_reading(&self, l: usize) -> bool {
        let si = self.doc.sentence_of[self.first] as usize;
        is_headline(self.doc, si)
            && (!punctuated_line_only(self.doc, si)
                || verb_takes_object(&self.knowledge.lexicon, self.words[l]))
    }

    /// Is the participle at `l` a conjunct (through a chain of conjuncts) of a verb with
    /// a passive auxiliary or passive subject, with no auxiliary or subject of its own?
    fn conjunct_of_passive(&self, tree: &Tree, l: usize) -> bool {
        let own_group = |v: usize| {
            tree.children(v)
                .any(|d| matches!(tree.rel(d), Rel::Aux | Rel::Auxpass) || tree.rel(d).is_subject())
        };
        if self.tags[l] != Tag::VBN || own_group(l) {
            return false;
        }
        let mut v = l;
        for _ in 0..8 {
            if tree.rel(v) != Rel::Conj {
                return false;
            }
            match tree.head(v) {
                Some(h) if self.tags[h] == Tag::VBN => {
                    if tree.child(h, Rel::Auxpass).is_some()
                        || tree.child(h, Rel::Nsubjpass).is_some()
                    {
                        return true;
                    }
                    if own_group(h) {
                        return false;
                    }
                    v = h;
                }
                _ => return false,
            }
        }
        false
    }

    /// A headline's participle without its auxiliary ("Kenyan Journalist Killed in
    /// Mogadishu", "Reporter Shot and Killed by Gunmen"): the tree makes it a modifier of
    /// the noun phrase that is the whole headline (its root, no finite verb anywhere), and
    /// that phrase is what it was done to.
    pub(crate) fn headline_participle(&self, tree: &Tree, l: usize) -> bool {
        if self.tags[l] != Tag::VBN || !self.headline_passive_reading(l) {
            return false;
        }
        if self.tags.iter().any(|t| t.is_finite()) {
            return false;
        }
        // "Troops Deployed to the Border", "Police Sent Into Camps": forces moved to a
        // place are coded as their own side's act (as "troops stationed near" in prose).
        if matches!(
            self.words.get(l + 1),
            Some(&("to" | "into" | "toward" | "towards"))
        ) {
            return false;
        }
        // "Shot and Killed": the second participle is the first's conjunct.
        let mut v = l;
        if tree.rel(v) == Rel::Conj {
            match tree.head(v) {
                Some(h) if self.tags[h] == Tag::VBN => v = h,
                _ => return false,
            }
        }
        // The phrase's noun heads the headline, or its count does ("Seven Malian Soldiers
        // Killed in Ambush": the tree may make the number the root).
        // The tree may also split a headline's noun phrase, hanging its last noun on an
        // earlier word of the phrase that it made the root ("Poland: Three Human Rights
        // NGOs Banned for Ties ...": "NGOs" under "Rights"); every word between the root
        // and that noun is then a noun of the one phrase.
        let heads_headline = |h: usize| {
            tree.head(h).is_none_or(|r| {
                tree.head(r).is_none()
                    && r < h
                    && (self.tags[r] == Tag::CD
                        || (self.tags[r].is_noun() && (r + 1..h).all(|k| self.tags[k].is_noun())))
            })
        };
        tree.rel(v) == Rel::Acl
            && tree
                .head(v)
                .is_some_and(|h| h < v && heads_headline(h) && self.tags[h].is_noun())
    }

    /// A headline's participle that the tree made its root, with a subject and no
    /// auxiliary, in a headline with no finite verb ("Syrian General Killed in Car
    /// Bombing"): an active past would be tagged `VBD`; a participle with a subject and no
    /// auxiliary is the headline's passive.
    fn headline_participle_root(&self, tree: &Tree, l: usize) -> bool {
        self.tags[l] == Tag::VBN
            // The root, or hung on a count the tree made the root ("Three Indian Troops
            // Killed in Manipur Ambush").
            && tree
                .head(l)
                .is_none_or(|r| r < l && tree.head(r).is_none() && self.tags[r] == Tag::CD)
            && tree.child(l, Rel::Nsubj).is_some()
            && !tree
                .children(l)
                .any(|d| matches!(tree.rel(d), Rel::Aux | Rel::Auxpass))
            // No finite verb of its own: one inside a clause the participle governs ("State
            // of emergency declared in Lima as extortion killings spread") is no main verb.
            && !(0..self.len()).any(|k| self.tags[k].is_finite() && !Self::under(tree, k, l))
            && !crate::words::OWN_SIDE_PARTICIPLES.contains(self.words[l])
            // As for the participle modifying the headline's phrase: one followed by a
            // place it went to is left as it was read.
            && !matches!(
                self.words.get(l + 1),
                Some(&("to" | "into" | "toward" | "towards"))
            )
            && self.headline_passive_reading(l)
    }

    /// A verb of a relative clause whose subject is the relative word ("which said",
    /// "who arrived", "whose observers had said"), or a verb the tree hangs below one
    /// as its complement, clause or conjunct ("which said the trial *was* unfair").
    fn inside_relative_aside(&self, tree: &Tree, mut k: usize) -> bool {
        for _ in 0..6 {
            let relative_subject = tree
                .children(k)
                .filter(|&d| matches!(tree.rel(d), Rel::Nsubj | Rel::Nsubjpass))
                .any(|d| {
                    matches!(self.tags[d], Tag::WDT | Tag::WP)
                        || tree.children(d).any(|c| self.tags[c] == Tag::WPS)
                });
            if relative_subject {
                return true;
            }
            if !matches!(
                tree.rel(k),
                Rel::Ccomp | Rel::Xcomp | Rel::Advcl | Rel::Conj
            ) {
                return false;
            }
            match tree.head(k) {
                Some(h) if self.is_verb(h) => k = h,
                _ => return false,
            }
        }
        false
    }

    /// Does token `k` hang under `l` in the tree (a bounded climb)?
    fn under(tree: &Tree, mut k: usize, l: usize) -> bool {
        for _ in 0..12 {
            match tree.head(k) {
                Some(h) if h == l => return true,
                Some(h) => k = h,
                None => return false,
            }
        }
        false
    }

    /// "Curfew lifted in Dhaka following agreement ...", "Restrictions eased on opposition
    /// after talks": a sentence that opens with a bare noun phrase (no determiner, no party
    /// named in it; at most three words) as the subject of a past form with no object and
    /// no auxiliary is a headline whose passive auxiliary was dropped, also when it is
    /// written in sentence case with a full stop. Prose puts a determiner before such a
    /// subject ("The curfew was lifted"), and a party opening it ("Police arrested ...",
    /// "Rebels withdrew") is left a doer.
    fn bare_noun_reduced_passive(&self, tree: &Tree, l: usize) -> bool {
        let si = self.doc.sentence_of[self.first] as usize;
        (1..=3).contains(&l)
            && matches!(self.tags[l], Tag::VBD | Tag::VBN)
            && self.first == self.doc.sentences[si].first
            && tree.child(l, Rel::Nsubj).is_some()
            && !tree
                .children(l)
                .any(|d| matches!(tree.rel(d), Rel::Aux | Rel::Auxpass | Rel::Dobj))
            && (0..l).all(|k| {
                matches!(
                    self.tags[k],
                    Tag::NN | Tag::NNS | Tag::NNP | Tag::NNPS | Tag::JJ
                ) && self.mention(k).is_none()
            })
            && self.tags[l - 1].is_noun()
    }

    /// "Two Malian soldiers killed in an ambush.", "Five policemen wounded by a roadside
    /// bomb.": a plural noun phrase opening the sentence (a count, adjectives and nouns,
    /// a name, nothing else), then a past form of violence done to people
    /// (`[victim-participles]`) as the root with no object and no auxiliary, followed by
    /// "in" or "by", in a sentence with no other finite verb, is a headline's passive whose
    /// auxiliary was dropped, whatever its final punctuation (issue #9, session 20). Prose
    /// with a doer names what it killed ("Malian soldiers killed 12 militants in ...").
    fn victim_reduced_passive(&self, tree: &Tree, l: usize) -> bool {
        let si = self.doc.sentence_of[self.first] as usize;
        (1..=6).contains(&l)
            && matches!(self.tags[l], Tag::VBD | Tag::VBN)
            && self.first == self.doc.sentences[si].first
            && crate::words::VICTIM_PARTICIPLES.contains(self.words[l])
            && matches!(self.words.get(l + 1), Some(&("in" | "by")))
            && tree.head(l).is_none()
            && tree
                .child(l, Rel::Nsubj)
                .is_some_and(|s| s < l && matches!(self.tags[s], Tag::NNS | Tag::NNPS))
            && !tree.children(l).any(|d| {
                matches!(
                    tree.rel(d),
                    Rel::Aux | Rel::Auxpass | Rel::Dobj | Rel::Dative | Rel::Ccomp | Rel::Xcomp
                )
            })
            && (0..l).all(|k| {
                matches!(
                    self.tags[k],
                    Tag::CD | Tag::JJ | Tag::NN | Tag::NNS | Tag::NNP | Tag::NNPS
                )
            })
            && !(0..self.len())
                .any(|k| k != l && self.tags[k].is_finite() && !Self::under(tree, k, l))
    }

    /// A participle with its `by` agent that opens the sentence or follows a named party
    /// and a comma: "Criticized by the UN, Iran said ...", "Iran, condemned by the EU and
    /// Turkey, said ...". The party (or the main clause's subject) is what it was done
    /// to. After a common noun ("The measures, approved by ministers, ...") it would lend
    /// its agent to an act with no party to receive it, and after a role phrase it is
    /// mostly background ("government soldiers, supported by clan militias, are ...":
    /// seed stories, two more wrong events), so neither is read so.
    fn participle_with_agent(&self, l: usize) -> bool {
        let named_party_before = l >= 2
            && self.words[l - 1] == ","
            && self
                .mention(l - 2)
                .is_some_and(|m| self.doc.mentions[m].kind == crate::doc::MentionKind::Name);
        self.tags[l] == Tag::VBN
            && self.words.get(l + 1) == Some(&"by")
            && (l == 0 || named_party_before)
    }

    /// Noun phrase ending just before `end` (exclusive): its start and the actors in it
    /// (following coordination "Russia and North Korea", "South Korea, the US and Japan").
    pub fn np_before(&self, end: usize) -> Option<(usize, Vec<usize>)> {
        let mut k = end;
        let mut mentions: Vec<usize> = Vec::new();
        // A list is "X, Y and Z": a comma joins only once a conjunction has been seen
        // ("Beyond Ukraine, G7 ministers discussed" is no list).
        let mut saw_conjunction = false;
        while k > 0 {
            let l = k - 1;
            if let Some(m) = self.mention(l) {
                let (ms, _) = self.mention_range(m);
                if !mentions.contains(&m) {
                    mentions.push(m);
                }
                k = ms;
                // "X and the Y": an article before the second party.
                if k >= 3
                    && self.words[k - 1] == "the"
                    && matches!(self.words[k - 2], "and" | "or")
                    && self.mention(k - 3).is_some()
                {
                    k -= 1;
                }
                // Coordination: "X and Y", "X, Y and Z", "X or Y".
                let joiner = if k >= 1 { self.words[k - 1] } else { "" };
                // A headline's "Japan, Philippines sign pact": two parties open the
                // sentence with only a comma between them.
                let headline_pair = joiner == ","
                    && mentions.len() == 1
                    && k >= 2
                    && self
                        .mention(k - 2)
                        .is_some_and(|m2| self.mention_range(m2).0 == 0);
                let joins = matches!(joiner, "and" | "or" | "&")
                    || (joiner == "," && (saw_conjunction || headline_pair));
                if k >= 2 && joins {
                    if self.mention(k - 2).is_some() {
                        saw_conjunction |= joiner != ",";
                        k -= 1;
                        continue;
                    }
                    // "X, the US, and Y": comma + and.
                    if k >= 3
                        && self.words[k - 1] == "and"
                        && self.words[k - 2] == ","
                        && self.mention(k - 3).is_some()
                    {
                        k -= 2;
                        continue;
                    }
                }
                continue;
            }
            if self.is_np_word(l) {
                k = l;
                continue;
            }
            break;
        }
        if k == end {
            return None;
        }
        mentions.reverse();
        Some((k, mentions))
    }

    /// The first token at or after `from` (before `to`) that is not a particle or an
    /// adverb: where a verb's object starts ("called off the strike", "strongly condemned").
    pub fn past_particles(&self, from: usize, to: usize) -> usize {
        let to = to.min(self.len());
        let mut k = from;
        while k < to && (self.tags[k] == Tag::RP || self.tags[k].is_adverb()) {
            k += 1;
        }
        k
    }

    /// Noun phrase starting at `start`: its end and the actors in it, with coordination.
    /// The local index of a name's first word after a run of at most four capitalised
    /// title words (proper nouns, adjectives or capitalised nouns: "British Prime Minister", "Iraqi
    /// Interim Prime Minister") starting at `j`, before `limit`; `None` where the run
    /// reaches no name that starts right after it.
    fn past_title_words(&self, j: usize, limit: usize) -> Option<usize> {
        const MAX_TITLE_WORDS: usize = 4;
        let mut l = j;
        let mut lowercase = false;
        while l < limit && l < j + MAX_TITLE_WORDS && self.mention(l).is_none() {
            let capitalised = self.doc.tokens.get(self.first + l).capitalized;
            if !matches!(self.tags[l], Tag::NNP | Tag::NNPS | Tag::JJ | Tag::NN) {
                return None;
            }
            lowercase |= !capitalised;
            l += 1;
        }
        // "Kibaki and opposition leader Raila Odinga": lowercase title words ("opposition
        // leader", "rebel commander") open an item only before a person's name (session 32).
        (l > j && l < limit)
            .then(|| self.mention(l))
            .flatten()
            .filter(|&m| self.mention_range(m).0 == l)
            .filter(|&m| {
                !lowercase
                    || self.doc.entities[self.doc.mentions[m].entity].entity_type
                        == sitrep_record::EntityType::Person
            })
            .map(|_| l)
    }

    pub fn np_after(&self, start: usize, limit: usize) -> Option<(usize, Vec<usize>)> {
        let mut k = start;
        let mut mentions = Vec::new();
        let limit = limit.min(self.len());
        while k < limit {
            // "warned Finland it would take measures": a personal pronoun after the
            // phrase's first word is the next clause's subject, never inside the phrase.
            if k > start && self.tags[k] == Tag::PRP {
                break;
            }
            if let Some(m) = self.mention(k) {
                let (_, me) = self.mention_range(m);
                if !mentions.contains(&m) {
                    mentions.push(m);
                }
                k = me;
                if k + 1 < limit && matches!(self.words[k], "and" | "or" | "," | "&") {
                    let mut j = k + 1;
                    if self.words[k] == "," && j < limit && self.words[j] == "and" {
                        j += 1;
                    }
                    // "the United States and the EU", "two Russian diplomats and a
                    // Belarusian diplomat": an article or a count may open the next item.
                    let next = if j >= limit {
                        None
                    } else if self.mention(j).is_some() {
                        Some(j)
                    } else if (matches!(self.words[j], "the" | "a" | "an")
                        || self.tags[j] == Tag::CD)
                        && j + 1 < limit
                    {
                        self.mention(j + 1).map(|_| j + 1)
                    } else {
                        // "urged President Bush, British Prime Minister Tony Blair and
                        // Allawi": a title of capitalised words may open the next item,
                        // its name after it; after a bare comma only where "and" follows
                        // that item, closing the list ("met his Cuban counterpart, Admiral
                        // X, to discuss" is an apposition).
                        self.past_title_words(j, limit).filter(|&n| {
                            self.words[j - 1] == "and"
                                || self.mention(n).is_some_and(|m| {
                                    let (_, me) = self.mention_range(m);
                                    self.words.get(me) == Some(&"and")
                                })
                        })
                    };
                    // "condemned the United States, the ministry said": a name followed by
                    // its own verb opens a new clause (the report), not the next item of a
                    // list.
                    let opens_clause = self.words[k] == ","
                        && next.and_then(|n| self.mention(n)).is_some_and(|m| {
                            let (_, me) = self.mention_range(m);
                            me < limit && self.is_verb(me)
                        });
                    if next.is_some() && !opens_clause {
                        k = j;
                        continue;
                    }
                }
                continue;
            }
            // "criticised Egypt and Kenya last week", "met Ruto Monday": a time phrase right
            // after a name ends the phrase; read on, it made the name a modifier of "week".
            // (Asked only after a name: the time words are looked up only there.)
            let after_name = k > start && self.mention(k - 1).is_some();
            let time_phrase = || {
                is_date_word(self.words[k])
                || (matches!(
                    self.words[k],
                    "last" | "next" | "this" | "earlier" | "later"
                ) && k + 1 < limit
                    && is_date_word(self.words[k + 1]))
                // "summoned the U.S. ambassador and the EU envoy hours later": a span of
                // time before "later", "earlier" or "ago" dates the act, and the name
                // before it is the list's last item, not a modifier of "hours".
                || (self.words.get(k + 1).is_some_and(|w| {
                    matches!(*w, "later" | "earlier" | "ago")
                }) && (matches!(self.words[k], "hours" | "minutes")
                    || self.words[k]
                        .strip_suffix('s')
                        .is_some_and(is_date_word)))
            };
            if after_name && time_phrase() {
                break;
            }
            if self.is_np_word(k) {
                k += 1;
                continue;
            }
            // "with the Palestinian factions and Israel": a phrase naming no party of its
            // own, coordinated with a name (not one opening a clause with its own verb:
            // "shelled the village and Russia said").
            if k > start && k + 1 < limit && matches!(self.words[k], "and" | "or") {
                let j = k + 1 + usize::from(self.words[k + 1] == "the");
                let name = (j < limit).then(|| self.mention(j)).flatten().filter(|&m| {
                    let (ms, me) = self.mention_range(m);
                    // A name: a role after a thing is more of the thing ("to move
                    // weapons and fighters").
                    let kind = self.doc.mentions[m].kind;
                    ms == j
                        && matches!(
                            kind,
                            crate::doc::MentionKind::Name | crate::doc::MentionKind::Metonym
                        )
                        && !(me < limit && self.is_verb(me))
                });
                if name.is_some() {
                    k = j;
                    continue;
                }
            }
            break;
        }
        (k > start).then_some((k, mentions))
    }

    /// The head actors of a noun phrase: drop possessors ("Kim's remarks") when the phrase
    /// continues past them, unless nothing else is an actor.
    pub fn head_actors(&self, np: (usize, usize), mentions: &[usize]) -> (Vec<usize>, bool) {
        let (_, end) = np;
        let mut heads = Vec::new();
        let mut possessors = Vec::new();
        for &m in mentions {
            let (_, me) = self.mention_range(m);
            let possessive = me < self.len() && self.words[me] == "'s"
                || me < end && self.words.get(me).is_some_and(|w| *w == "'")
                || self.doc.mentions[m].kind == crate::doc::MentionKind::Pronoun
                    && matches!(self.words[me - 1], "his" | "her" | "its" | "their");
            let trailing = me < end && !matches!(self.words[me], "and" | "or" | "," | "&");
            if possessive || trailing {
                possessors.push(m);
            } else {
                heads.push(m);
            }
        }
        if heads.is_empty() {
            return (possessors, true);
        }
        if let Some(owners) = self.coordinated_owners(&heads, &possessors) {
            return (owners, false);
        }
        // "the Trump administration", "the Kremlin spokesman", "the Taliban government": a
        // role with no country of its own, headed by a coded name right before it, is that
        // name's party.
        for h in heads.iter_mut() {
            if let Some(name) = self.naming_compound(*h, &possessors) {
                *h = name;
            }
        }
        (heads, false)
    }

    /// "Kenya's and Tanzania's foreign ministers", "Sweden's and Finland's envoys": one role
    /// phrase (`heads`) owned by coordinated possessors, each a coded name, stands for every
    /// owner (one event per conjunct); the role took its country from the nearest owner.
    fn coordinated_owners(&self, heads: &[usize], possessors: &[usize]) -> Option<Vec<usize>> {
        let &[role] = heads else {
            return None;
        };
        if possessors.len() < 2 || self.doc.mentions[role].kind != crate::doc::MentionKind::Nominal
        {
            return None;
        }
        let code = |m: usize| {
            self.doc.entities[self.doc.mentions[m].entity]
                .code
                .as_deref()
        };
        let named = |m: usize| {
            matches!(
                self.doc.mentions[m].kind,
                crate::doc::MentionKind::Name | crate::doc::MentionKind::Metonym
            ) && code(m).is_some()
        };
        // Possessors joined only by "'s" and a conjunction, the last right before the role.
        let joined = possessors.windows(2).all(|w| {
            let (_, end) = self.mention_range(w[0]);
            let (next, _) = self.mention_range(w[1]);
            (end..next).all(|k| matches!(self.words[k], "'s" | "'" | "and" | "or" | ","))
        });
        let last = *possessors.last()?;
        let owned_role = code(role).is_none() || code(role) == code(last);
        (joined && owned_role && possessors.iter().all(|&p| named(p))).then(|| possessors.to_vec())
    }

    /// The head noun at `l` of a subject owned by a party names someone acting for the
    /// owner: a role ("Eritrea's information minister", where the dictionary made no
    /// mention of the role phrase), an office or a public body ("the African Union's
    /// commission chairman", "Russia's FSB security service"), not a thing ("Russia's
    /// S-400 system").
    /// The owner is a named party (`owners`, the possessors), or a description of one
    /// named before ("The court's president" after "the International Court of
    /// Justice"): a descriptive genitive of a common noun ("a Nigerian women's rights
    /// activist") owns no one.
    fn acts_for_its_owner(&self, l: usize, owners: &[usize]) -> bool {
        let w = self.words[l];
        let named = owners.iter().all(|&o| {
            let m = &self.doc.mentions[o];
            match m.kind {
                crate::doc::MentionKind::Name | crate::doc::MentionKind::Metonym => true,
                // A dictionary entry, or one office with a country of its own ("Ukraine's
                // prosecutor general's office", "the Kenyan president's office"): not a
                // group ("the rebels' leadership" stays the rebels' own reading).
                crate::doc::MentionKind::Nominal => {
                    let e = &self.doc.entities[m.entity];
                    e.dict_id.is_some()
                        || (e.entity_type == sitrep_record::EntityType::Org
                            && e.code.is_some()
                            && !e.code_inferred
                            && e.role.is_some())
                }
                _ => false,
            }
        });
        named
            && (self.doc.role_at[self.first + l] != crate::doc::NONE
                || OFFICE_NOUNS.contains(w)
                || INSTITUTION_NAME_HEADS.contains(w)
                || POSSESSED_AGENT_HEADS.contains(w)
                || self.unknown_name_of_owner(l, owners))
    }

    /// "Fatah's Hamdeen Sabah accused Hamas": a name the dictionaries do not know, right
    /// after a party's genitive, is a person speaking for that party (session 15): every
    /// token from the genitive's `'s` to the head `l` is a proper noun no mention covers.
    fn unknown_name_of_owner(&self, l: usize, owners: &[usize]) -> bool {
        let Some(poss) = owners
            .iter()
            .map(|&o| self.mention_range(o).1)
            .filter(|&me| me < l && self.words[me] == "'s")
            .max()
        else {
            return false;
        };
        l > poss + 1
            && l - poss <= 4
            && (poss + 1..=l).all(|k| self.tags[k] == Tag::NNP && self.mention(k).is_none())
    }

    /// A role phrase ("the commander", "officials") whose entity has no country of its own.
    fn is_uncoded_role(&self, m: usize) -> bool {
        let mm = &self.doc.mentions[m];
        let e = &self.doc.entities[mm.entity];
        mm.kind == crate::doc::MentionKind::Nominal && (e.code.is_none() || e.code_inferred)
    }

    /// The coded name that precedes role mention `role` as a compound modifier (not a
    /// genitive: "Trump's adviser" is the adviser's own act), directly or across at most
    /// two common nouns of the compound ("the OSCE election observers", "the Iran nuclear
    /// negotiators"), when the role has no country of its own.
    fn naming_compound(&self, role: usize, candidates: &[usize]) -> Option<usize> {
        const MAX_NOUNS_BETWEEN: usize = 2;
        let doc = self.doc;
        if !self.is_uncoded_role(role) {
            return None;
        }
        let rm = &doc.mentions[role];
        let nouns_between = |from: usize, to: usize| {
            to >= from
                && to - from <= MAX_NOUNS_BETWEEN
                && (from..to).all(|t| {
                    t >= self.first
                        && matches!(self.tags.get(t - self.first), Some(Tag::NN | Tag::NNS))
                        && self.mention(t - self.first).is_none()
                })
        };
        candidates.iter().copied().find(|&c| {
            let cm = &doc.mentions[c];
            nouns_between(cm.last, rm.first)
                && matches!(
                    cm.kind,
                    crate::doc::MentionKind::Name | crate::doc::MentionKind::Metonym
                )
                && doc.entities[cm.entity].code.is_some()
        })
    }

    /// Skip left over a comma-delimited parenthetical ending just before `k` (which is
    /// the index after the closing comma). Returns the index of the opening comma.
    fn skip_parenthetical(&self, comma: usize) -> Option<usize> {
        // The nearest earlier comma whose segment opens a parenthetical; list commas inside
        // it ("including South Korea, the United States, and Japan,") are stepped over.
        let mut j = comma;
        let mut commas = 0;
        let mut weak: Option<usize> = None;
        let mut seg_end = comma;
        while j > 0 && commas < 6 {
            j -= 1;
            if self.words[j] == "," || self.words[j] == "-" && j > 0 && self.tags[j] == Tag::Colon {
                commas += 1;
                let seg_start = j + 1;
                if seg_start < seg_end {
                    let first = self.words[seg_start];
                    let strong = STRONG_OPENERS.contains(first)
                        || self.tags[seg_start] == Tag::VBN
                        || self.tags[seg_start] == Tag::VBG
                        || (seg_start + 1 < seg_end
                            && self.words[seg_start] == "a"
                            && self.doc.role_at[self.first + seg_start + 1] != crate::doc::NONE);
                    if strong {
                        return Some(j);
                    }
                    if weak.is_none()
                        && (PARENTHETICAL_OPENERS.contains(first)
                            || self.doc.role_at[self.first + seg_start] != crate::doc::NONE)
                    {
                        weak = Some(j);
                    }
                    // Only list items may sit between: no verbs.
                    if (seg_start..seg_end).any(|k| self.is_verb(k)) {
                        return weak;
                    }
                }
                seg_end = j;
            }
            if matches!(self.words[j], ";") {
                return weak;
            }
        }
        weak
    }

    /// Does the verb at `l` follow a comma that closes an aside opening with a quantifier
    /// ("many", "most", "some": words.txt `[quantifier-asides]`) after another comma?
    fn after_quantifier_aside(&self, l: usize) -> bool {
        if l < 2 || self.words[l - 1] != "," {
            return false;
        }
        (l.saturating_sub(12)..l - 1)
            .rev()
            .find(|&j| self.words[j] == ",")
            .is_some_and(|open| {
                open + 1 < l - 1 && QUANTIFIER_ASIDES.contains(self.words[open + 1])
            })
    }

    /// The opening comma of the first of several asides stacked between a subject and
    /// its verb, from the opening comma `open` of the last: "The United States, along
    /// with Britain and France, which remain parties to the JCPOA, which the first Trump
    /// administration pulled out of, called": the last aside is about the phrase before
    /// it ("the JCPOA"), itself inside an aside. Steps back only while the phrase before
    /// the aside names no party, so a subject right before its aside stays the subject;
    /// or where the parties it names are those of an aside of accompaniment ("along with
    /// Britain and France, which remain ..."): such an aside is an adjunct of the subject
    /// before it, never the subject (`co_subjects_after` adds its parties).
    fn past_stacked_asides(&self, mut open: usize) -> usize {
        for _ in 0..3 {
            if let Some((s, ms)) = self.np_before(open) {
                if !ms.is_empty() && !self.opens_accompaniment(s) {
                    break;
                }
            }
            match self.skip_parenthetical(open) {
                Some(earlier) => open = earlier,
                None => break,
            }
        }
        open
    }

    /// Does an aside of accompaniment ("along with", "together with", "as well as", after
    /// a comma) end right before local token `s`?
    fn opens_accompaniment(&self, s: usize) -> bool {
        let w = |n: usize| s.checked_sub(n).map(|k| self.words[k]);
        let s = if matches!(w(1), Some("the")) {
            s - 1
        } else {
            s
        };
        let w = |n: usize| s.checked_sub(n).map(|k| self.words[k]);
        matches!(
            (w(3), w(2), w(1)),
            (Some(","), Some("along" | "together"), Some("with"))
        ) || (w(4), w(3), w(2), w(1)) == (Some(","), Some("as"), Some("well"), Some("as"))
    }

    /// The party named before "in" or "of" when the noun phrase starting at `s`, whose
    /// mentions are `ms`, is only a country: "police in Uganda", "soldiers in Nigeria",
    /// "the government of Venezuela" (a role mention, the country naming where or whose
    /// it is). None when the phrase before names no party ("the attack in Syria").
    fn party_placed_in(&self, s: usize, ms: &[usize]) -> Option<Slot> {
        if s < 2 || !matches!(self.words[s - 1], "in" | "of") {
            return None;
        }
        let doc = self.doc;
        let is_country = |m: usize| {
            doc.entities[doc.mentions[m].entity].entity_type == sitrep_record::EntityType::Gpe
        };
        if !ms.iter().all(|&m| is_country(m)) {
            return None;
        }
        let (s2, ms2) = self.np_before(s - 1)?;
        if ms2.is_empty() || ms2.iter().any(|&m| is_country(m)) {
            return None;
        }
        let (heads, _) = self.head_actors((s2, s - 1), &ms2);
        Some(Slot {
            by_agent: false,
            mentions: heads,
            how: "",
            np: (s2, s - 1),
            cited_by: Vec::new(),
            np_is_object: false,
        })
    }

    /// The subject of the verb group starting at `vg` (local index).
    pub fn subject(&self, vg: usize, depth: u8) -> Subject {
        if depth != 0 {
            return self.subject_found(vg, depth);
        }
        let possessors = self.possessor_subjects.get();
        if let Some((_, _, found)) = self
            .subjects
            .borrow()
            .iter()
            .find(|(v, p, _)| *v == vg && *p == possessors)
        {
            return found.clone();
        }
        let found = self.subject_found(vg, 0);
        self.subjects
            .borrow_mut()
            .push((vg, possessors, found.clone()));
        found
    }

    /// [`Clause::subject`], worked out.
    fn subject_found(&self, vg: usize, depth: u8) -> Subject {
        if depth > 4 {
            return Subject::Missing;
        }
        if depth == 0 {
            if let Some(found) = self.tree().and_then(|t| self.tree_subject(t, vg)) {
                return self.with_opening_list(self.with_headline_pair(found, vg), vg);
            }
            if let Some(list) = self.opening_list_before(vg) {
                return list;
            }
            // No subject in the tree: the verb hangs as a conjunct of a list it follows.
            if let Some(list) = self.opening_name_list(vg) {
                return list;
            }
        }
        let mut k = vg;
        let mut cited_by: Vec<usize> = Vec::new();
        // Infinitive: "to support Russia" takes its subject from the governing verb,
        // or from that verb's object ("urged Russia to accept").
        if k > 0 && self.words[k - 1] == "to" || (k < self.len() && self.words[k] == "to") {
            let to = if self.words[k.min(self.len() - 1)] == "to" {
                k
            } else {
                k - 1
            };
            // A control adjective: "Putin is due to meet", "Chad is ready to pull out":
            // the subject of "be" is the subject of the infinitive.
            if to >= 2
                && matches!(self.tags[to - 1], Tag::JJ | Tag::VBN)
                && BE_FORMS.contains(self.words[to - 2])
            {
                return self.with_how(
                    self.subject(self.verb_group_start(to - 2), depth + 1),
                    "subject of the governing verb",
                );
            }
            if let Some(gov) = (0..to)
                .rev()
                .take(8)
                .find(|&j| self.is_verb(j) && !AUX.contains(self.words[j]))
            {
                if OBJECT_CONTROL.contains(self.words[gov]) {
                    if let Some((end, ms)) = self.np_after(gov + 1, to) {
                        if !ms.is_empty() && end <= to {
                            let (heads, _) = self.head_actors((gov + 1, end), &ms);
                            return Subject::Actors(Slot {
                                by_agent: false,
                                mentions: heads,
                                how: "object of the governing verb",
                                np: (gov + 1, end),
                                cited_by,
                                np_is_object: false,
                            });
                        }
                    }
                }
                return self.with_how(
                    self.subject(self.verb_group_start(gov), depth + 1),
                    "subject of the governing verb",
                );
            }
        }
        while k > 0 {
            // A date between subject and verb, the way monitors write it: "Army 9 June
            // conducted airstrikes", "RSF early June launched".
            if let Some(s) = self.date_before(k) {
                k = s;
                continue;
            }
            let l = k - 1;
            let w = self.words[l];
            // A clause after a semicolon with no subject of its own ("RSF shelled El
            // Fasher; next day ambushed a convoy"): the clause before it says who.
            if w == ";" {
                if let Some(prev) = self.verb_before_semicolon(l) {
                    let pvg = self.verb_group_start(prev);
                    let found = self
                        .tree()
                        .and_then(|t| self.tree_subject(t, pvg))
                        .unwrap_or_else(|| self.subject(pvg, depth + 1));
                    return self.with_how(found, "subject of the clause before the semicolon");
                }
                return Subject::Missing;
            }
            // A bracketed abbreviation or aside after the subject: "Islamic State Sahel
            // Province (IS Sahel) 21 June attacked".
            if w == ")" {
                if let Some(open) = (l.saturating_sub(8)..l)
                    .rev()
                    .find(|&j| self.words[j] == "(")
                {
                    k = open;
                    continue;
                }
            }
            // A time adverbial between subject and verb: "Trump on Thursday threatened",
            // "Russia last week said". (The word before is read first: the time words are
            // looked up only after one of these.)
            if l >= 1
                && matches!(
                    self.words[l - 1],
                    "on" | "in"
                        | "at"
                        | "last"
                        | "this"
                        | "next"
                        | "same"
                        | "following"
                        | "that"
                        | "early"
                        | "late"
                        | "earlier"
                        | "later"
                )
                && is_date_word(w)
            {
                k = l - 1;
                continue;
            }
            if w == "," {
                // Participle clause: ", reportedly providing ..." -> the main subject.
                if let Some(open) = self.skip_parenthetical(l) {
                    // Sources cited inside "shared by X" parentheticals.
                    if matches!(
                        self.words[open + 1],
                        "shared" | "cited" | "quoted" | "released" | "published"
                    ) {
                        for j in open + 1..l {
                            if let Some(m) = self.mention(j) {
                                if !cited_by.contains(&m) {
                                    cited_by.push(m);
                                }
                            }
                        }
                    }
                    k = self.past_stacked_asides(open);
                    continue;
                }
                return Subject::Missing;
            }
            if matches!(w, "who" | "which" | "that") && l == k - 1 {
                // Relative clause: its antecedent is the subject.
                let mut a = l;
                if a > 0 && self.words[a - 1] == "," {
                    a -= 1;
                }
                if let Some((s, ms)) = self.np_before(a) {
                    if ms.is_empty() {
                        return Subject::NonActor((s, a));
                    }
                    let (heads, _) = self.head_actors((s, a), &ms);
                    return Subject::Actors(Slot {
                        by_agent: false,
                        mentions: heads,
                        how: "antecedent of the relative clause",
                        np: (s, a),
                        cited_by,
                        np_is_object: false,
                    });
                }
                if w == "that" {
                    return Subject::Missing;
                }
            }
            if matches!(w, "and" | "but" | "or")
                && (self.mention(l.saturating_sub(1)).is_none() || l == 0)
            {
                // Coordinated verbs: "X met Y and signed Z" -> subject of the first verb.
                if let Some(prev) = (0..l)
                    .rev()
                    .take(14)
                    .find(|&j| self.is_verb(j) && !AUX.contains(self.words[j]))
                {
                    return self.with_how(
                        self.subject(self.verb_group_start(prev), depth + 1),
                        "subject of the coordinated verb",
                    );
                }
                return Subject::Missing;
            }
            if self.mention(l).is_some() || self.is_np_word(l) {
                let Some((s, ms)) = self.np_before(k) else {
                    return Subject::Missing;
                };
                if ms.is_empty() {
                    return Subject::NonActor((s, k));
                }
                // "Police in Uganda arrested", "the government of Venezuela detained": a
                // country after "in" or "of" places or owns the party before it, which is
                // the subject (two parties of one country in different sectors stay two).
                if let Some(owner) = self.party_placed_in(s, &ms) {
                    return Subject::Actors(Slot {
                        how: "subject (the party placed in or of the country after it)",
                        cited_by,
                        ..owner
                    });
                }
                let (heads, possessor_only) = self.head_actors((s, k), &ms);
                // Only a genitive ("Russia's system") hands the subject to its noun; a
                // name used as a modifier ("the G7 countries") still names the actor.
                let genitive = heads.iter().any(|&m| {
                    let (_, me) = self.mention_range(m);
                    me < self.len() && self.words[me] == "'s"
                });
                if possessor_only
                    && genitive
                    && !self.possessor_subjects.get()
                    && !self.acts_for_its_owner(k - 1, &heads)
                {
                    // "Russia's S-400 system, which is deemed to violate ...": the system
                    // is the subject, not Russia.
                    return Subject::NonActor((s, k));
                }
                // "The United States, along with Britain and France, which remain ...,
                // imposed": the aside's parties act with the subject, as on the tree's
                // path (golden README convention 6).
                let mut heads = heads;
                for m in self.co_subjects_after(k) {
                    if !heads.contains(&m) {
                        heads.push(m);
                    }
                }
                return Subject::Actors(Slot {
                    by_agent: false,
                    mentions: heads,
                    how: "subject",
                    np: (s, k),
                    cited_by,
                    np_is_object: false,
                });
            }
            if self.tags[l].is_adverb() || AUX.contains(w) {
                k = l;
                continue;
            }
            if (self.tags[l] == Tag::VBG || self.tags[l] == Tag::VBN)
                && l > 0
                && self.words[l - 1] == ","
            {
                k = l;
                continue;
            }
            break;
        }
        // Participle or clause-initial verb: ", expressing ...", "while pledging ...".
        if k < self.len() && matches!(self.tags[vg.min(self.len() - 1)], Tag::VBG | Tag::VBN)
            || (k > 0
                && matches!(
                    self.words[k - 1],
                    "while" | "after" | "before" | "by" | "when" | "without"
                ))
        {
            if let Some(main) = (0..k.saturating_sub(1)).rev().find(|&j| {
                self.is_verb(j)
                    && !AUX.contains(self.words[j])
                    && matches!(self.tags[j], Tag::VBD | Tag::VBZ | Tag::VBP | Tag::VBN)
            }) {
                return self.with_how(
                    self.subject(self.verb_group_start(main), depth + 1),
                    "subject of the main clause",
                );
            }
        }
        Subject::Missing
    }

    /// Does the verb group at `vg` open the clause after a semicolon, with only adverbs
    /// and time words ("next day", "3 June", "also") between?
    fn opens_clause_after_semicolon(&self, vg: usize) -> bool {
        let mut k = vg;
        for _ in 0..6 {
            if let Some(s) = self.date_before(k) {
                k = s;
                continue;
            }
            let Some(l) = k.checked_sub(1) else {
                return false;
            };
            let w = self.words[l];
            if w == ";" {
                return true;
            }
            let time = is_date_word(w)
                || (l + 1 < self.len()
                    && is_date_word(self.words[l + 1])
                    && matches!(w, "next" | "same" | "following" | "that" | "the"));
            if !(self.tags[l].is_adverb() || time) {
                return false;
            }
            k = l;
        }
        false
    }

    /// The main verb of the verb group starting at `vg`: auxiliaries, negation, adverbs
    /// and an infinitival "to" attach to a later word of the group.
    fn group_verb(&self, tree: &Tree, vg: usize) -> Option<usize> {
        let mut l = vg;
        while l < self.len().min(vg + 8) {
            let later_head = tree.head(l).is_some_and(|h| h > l);
            match tree.rel(l) {
                Rel::Aux | Rel::Auxpass | Rel::Neg | Rel::Advmod | Rel::Prt | Rel::Punct
                    if later_head =>
                {
                    l += 1
                }
                _ => return self.is_verb(l).then_some(l),
            }
        }
        None
    }

    /// The subject of the verb group at `vg` read from the tree: the verb's own subject,
    /// or, for a verb without one, the subject its clause inherits (coordinated verbs,
    /// open complements, participle clauses) or the noun a relative clause modifies.
    /// `None` when the tree does not say; the heuristics then decide.
    fn tree_subject(&self, tree: &Tree, vg: usize) -> Option<Subject> {
        // A verb opening the clause after a semicolon has no subject of its own; the
        // parser hangs it anywhere ("; next day ambushed army convoy" as a modifier of
        // "day"): the heuristics take the clause before.
        if self.opens_clause_after_semicolon(vg) {
            return None;
        }
        let mut verb = self.group_verb(tree, vg)?;
        let own_verb = verb;
        let mut how = "subject";
        for _ in 0..6 {
            // One subject per verb; when the parser attaches two (a dateline read as
            // a subject: "KYIV, Ukraine - Russia launched"), the nearest is the one.
            // A date between subject and verb ("Army 9 June conducted") is no subject,
            // though the parser may attach it as one.
            let dated = tree
                .children(verb)
                .any(|d| matches!(tree.rel(d), Rel::Nsubj | Rel::Nsubjpass) && self.in_date(d));
            let mut subjects = tree
                .children(verb)
                .filter(|&d| matches!(tree.rel(d), Rel::Nsubj | Rel::Nsubjpass))
                .filter(|&d| !self.in_date(d));
            let first = subjects.next();
            let second = subjects.next();
            // Two subjects, one a relative pronoun: a relative clause the tree failed to
            // close ("Poland and Latvia, which also border Belarus, welcomed" with
            // "border" tagged a noun): its noun is not the subject; the heuristics,
            // which skip the clause between commas, decide.
            // So is a subject owned by "whose" ("The Danish and Spanish governments,
            // whose farmers sell heavily to China, urged").
            if second.is_some()
                && [first, second].into_iter().flatten().any(|d| {
                    matches!(self.tags[d], Tag::WDT | Tag::WP)
                        || tree.children(d).any(|c| self.tags[c] == Tag::WPS)
                })
            {
                return None;
            }
            // "Troops, some backed by tanks, stormed": a quantifier opening an aside
            // about the subject is no second subject.
            let quantifier = |d: usize| {
                QUANTIFIER_ASIDES.contains(self.words[d]) && d > 0 && self.words[d - 1] == ","
            };
            let subject = [first, second]
                .into_iter()
                .flatten()
                .chain(subjects)
                .filter(|&d| second.is_none() || !quantifier(d))
                .min_by_key(|&d| d.abs_diff(verb));
            if let Some(s) = subject {
                // "rebels who attacked": the relative pronoun stands for the antecedent.
                if matches!(self.tags[s], Tag::WDT | Tag::WP) {
                    if tree.rel(verb) == Rel::Relcl {
                        let antecedent = tree.head(verb)?;
                        return Some(self.tree_np_subject(
                            tree,
                            antecedent,
                            "antecedent of the relative clause",
                        ));
                    }
                    return None;
                }
                return Some(self.tree_np_subject(tree, s, how));
            }
            // "UNSC 21 Feb adopted resolution demanding ...": the parser took the date for
            // the subject of a verb reached from the act's own and hung the real one
            // elsewhere; the words before the date say who (the heuristics skip the date).
            if dated && verb != own_verb {
                return Some(self.with_how(self.subject(self.verb_group_start(verb), 1), how));
            }
            let head = tree.head(verb)?;
            match tree.rel(verb) {
                // "The junta allowed the exiled leader to return home, lifting a ban on his
                // entry": a participle clause after a comma that the tree hung on an
                // infinitive tells what the main clause's doer did, not the infinitive's.
                Rel::Advcl | Rel::Xcomp
                    if how == "subject of the main clause"
                        && self.tags[own_verb] == Tag::VBG
                        && own_verb > 0
                        && self.words[own_verb - 1] == ","
                        && self.tags[verb] == Tag::VB
                        && tree
                            .child(verb, Rel::Aux)
                            .is_some_and(|a| self.words[a] == "to") => {}
                // "The African Union suspended Gabon on Thursday, a day after army officers
                // seized power, annulled the result and placed President Bongo under house
                // arrest": a past verb right after a comma, in a series the tree hung on
                // the main verb, goes on with the clause of "a day after" ("hours after",
                // "two days before": a time noun and the subordinator) standing between
                // them, and shares its subject: the comma before "a day after" closed the
                // main clause (session 32, wire-s-*).
                Rel::Conj
                    if self.tags[verb] == Tag::VBD
                        && self.timed_clause_verb_between(tree, head, verb).is_some() =>
                {
                    how = "subject of the coordinated verb";
                    verb = self.timed_clause_verb_between(tree, head, verb)?;
                    continue;
                }
                // "Abubakar said the initiative aims to mobilize troops and urged his
                // counterparts to ...": a past verb the tree made a conjunct of an
                // infinitive cannot be one (the tenses differ); nor, in all likelihood,
                // one of a present verb in a subordinate clause ("has determined that
                // the detention is arbitrary and called for his release"). It is
                // coordinated with the past verb above, whose subject it shares.
                Rel::Conj
                    if self.tags[verb] == Tag::VBD
                        && self.is_verb(head)
                        && (self.tags[head] == Tag::VB
                            || matches!(self.tags[head], Tag::VBZ | Tag::VBP)
                                && tree.child(head, Rel::Mark).is_some()) =>
                {
                    how = "subject of the coordinated verb";
                    let is_past =
                        |a: usize| matches!(self.tags[a], Tag::VBD | Tag::VBN) && self.is_verb(a);
                    let mut above = tree.head(head);
                    for _ in 0..6 {
                        match above {
                            Some(a) if is_past(a) => break,
                            Some(a) => above = tree.head(a),
                            None => break,
                        }
                    }
                    let past = above.filter(|&a| is_past(a))?;
                    verb = past;
                    continue;
                }
                // "He accused Copenhagen of bad faith, saying Danish officials had stalled
                // his release, and thanked Oman": a past verb after ", and" that the tree
                // made a conjunct of the verb inside a participle clause opened by a comma
                // is coordinated with the verb that clause hangs on, and shares its
                // subject; the comma closed the participle clause.
                Rel::Conj
                    if self.tags[verb] == Tag::VBD
                        && verb >= 2
                        && self.words[verb - 1] == "and"
                        && self.words[verb - 2] == ","
                        && self.participle_clause_above(tree, head).is_some() =>
                {
                    how = "subject of the coordinated verb";
                    verb = self.participle_clause_above(tree, head)?;
                    continue;
                }
                // "A spokesman said China had \"indisputable sovereignty\" over the islands
                // and urged Vietnam to ...", "observers said that voting had been peaceful
                // but noted shortcomings and urged the commission to ...": a past verb
                // the tree made a conjunct of a subordinate verb that has no subject of its
                // own (the parser broke the clause) is coordinated with the main verb, and
                // shares its subject.
                Rel::Conj
                    if self.tags[verb] == Tag::VBD
                        && self.is_verb(head)
                        && tree.rel(head) != Rel::Conj
                        && tree.root().is_some_and(|r| r != head && r < verb)
                        && !tree
                            .children(head)
                            .any(|d| matches!(tree.rel(d), Rel::Nsubj | Rel::Nsubjpass))
                        && tree.root().is_some_and(|r| {
                            self.is_verb(r)
                                && tree
                                    .children(r)
                                    .any(|d| matches!(tree.rel(d), Rel::Nsubj | Rel::Nsubjpass))
                        }) =>
                {
                    how = "subject of the coordinated verb";
                    verb = tree.root()?;
                    continue;
                }
                // "Spain and Morocco, whose relations have improved since 2022, carried
                // out a joint operation": a verb right after the comma that closes a
                // relative aside, which the tree made a conjunct of the aside's verb, is
                // the main verb; the relative clause's subject ("whose relations",
                // "which", "who") is not its subject. The heuristics, which skip the
                // clause between commas, decide. So is one the tree made a conjunct of a
                // verb reported inside the aside ("The European Union, whose observers
                // had said the vote fell short of standards, condemned the killings",
                // "Amnesty, which said the trial was unfair, called for"): the aside
                // ends at the comma, whatever clause it reports.
                // A verb coordinated with that main verb ("..., condemned the killings and
                // called on the government") shares the subject the heuristics give it.
                Rel::Conj
                    if verb > 0
                        && self.words[verb - 1] == ","
                        && head < verb
                        && self.is_verb(head)
                        && self.inside_relative_aside(tree, head) =>
                {
                    if own_verb == verb {
                        return None;
                    }
                    return Some(self.with_how(self.subject(self.verb_group_start(verb), 1), how));
                }
                // "Kallas said at least 20 Europeans remained in Iranian prisons and
                // called on Tehran to free them": a past act of words (words.txt
                // `[sayer-acts]`) the tree made a conjunct of a reported clause's verb
                // whose own subject names no party is the sayer's second predicate: the
                // reporting verb's subject, a party, is its subject. So is one after a
                // reported clause in the perfect whose subject is a party ("China said Hong
                // Kong police had acted lawfully and urged Washington to stop"): a simple
                // past beside a pluperfect is not that clause's tense, and the act of
                // words the sayer's.
                Rel::Conj
                    if verb == own_verb
                        && self.tags[verb] == Tag::VBD
                        && SAYER_ACTS.contains(self.words[verb])
                        && head < verb
                        && tree.rel(head) == Rel::Ccomp
                        && tree.head(head).is_some_and(|r| {
                            r < head
                                && SPEECH_VERBS.contains(self.words[r])
                                && tree
                                    .child(r, Rel::Nsubj)
                                    .is_some_and(|d| self.np_names_party(tree, d))
                        })
                        && tree.child(head, Rel::Nsubj).is_some_and(|d| {
                            !self.np_names_party(tree, d) || self.in_the_perfect(tree, head)
                        }) =>
                {
                    how = "subject of the coordinated verb of saying";
                    verb = tree.head(head)?;
                    continue;
                }
                // "X met Y and signed Z": the first verb's subject.
                Rel::Conj if self.is_verb(head) => {
                    how = "subject of the coordinated verb";
                }
                // "IDF raided Nablus, arrested 12 Palestinians": a past verb after a comma
                // with no subject and no subordinator, hung on the verb before as its
                // complement, is a second predicate of that verb's subject (telegraphic
                // and monitor prose chain acts so).
                Rel::Ccomp
                    if self.tags[verb] == Tag::VBD
                        && head < verb
                        && verb > 0
                        && self.words[verb - 1] == ","
                        && self.is_verb(head)
                        && tree.child(verb, Rel::Mark).is_none() =>
                {
                    how = "subject of the coordinated verb";
                }
                // "would halt shelling", "stopped attacking the city": the act is
                // being ended, not done by the ending verb's subject ([ending-verbs]),
                // so it has no doer (the ending is the event).
                Rel::Xcomp
                    if self.tags[verb] == Tag::VBG && ENDING_VERBS.contains(self.words[head]) =>
                {
                    return Some(Subject::Missing);
                }
                // "agreed to pull back": the governing verb's subject, or its object
                // for verbs of object control ("urged Russia to accept").
                Rel::Xcomp => {
                    if OBJECT_CONTROL.contains(self.words[head]) {
                        if let Some(o) = tree.child(head, Rel::Dobj) {
                            return Some(self.tree_np_subject(
                                tree,
                                o,
                                "object of the governing verb",
                            ));
                        }
                    }
                    how = "subject of the governing verb";
                }
                // "Asked about the deal, Peskov said", "When pressed on the deal, the
                // minister denied": a past participle opening the sentence before its main
                // verb is passive; the main clause's subject undergoes it and does not do
                // it. With its agent ("Criticized by France, Iran said") the passive reading
                // below makes the agent the doer.
                Rel::Advcl
                    if matches!(self.tags[verb], Tag::VBN | Tag::VBD)
                        && verb < head
                        && tree.child(verb, Rel::Agent).is_none()
                        && (verb == 0
                            || (verb == 1
                                && matches!(self.words[0], "when" | "if" | "once" | "as"))) =>
                {
                    return Some(Subject::Missing);
                }
                // "The ministry said Azerbaijani forces had opened fire, accusing Baku of
                // trying to derail the talks": a participle of accusing or blaming after a
                // reported clause speaks for the sayer, the reporting verb's subject, not
                // for the reported clause's subject, when whom it accuses is a party
                // (words.txt `[sayer-participles]`).
                Rel::Advcl
                    if verb == own_verb
                        && self.tags[verb] == Tag::VBG
                        && verb > 0
                        && self.words[verb - 1] == ","
                        && SAYER_PARTICIPLES.contains(self.words[verb])
                        // whom it accuses is a party ("blaming weak demand in China" is no
                        // accusation the sayer makes of anyone)
                        && tree
                            .child(verb, Rel::Dobj)
                            .is_some_and(|o| self.mention(o).is_some())
                        && tree.rel(head) == Rel::Ccomp
                        && tree.head(head).is_some_and(|r| {
                            r < head
                                && self.is_verb(r)
                                && self.knowledge.cues.reporting_verb(self.words[r]).is_some()
                        }) =>
                {
                    how = "subject of the reporting verb";
                    verb = tree.head(head)?;
                    continue;
                }
                // ", killing five people": the main clause's subject. A finite verb with
                // no subject and no subordinator is a second predicate the parser hung
                // on the first ("imposed tariffs, then exempted vehicles"): its subject
                // too.
                // A headline's base form after a comma ("Gunmen Storm Headquarters, Kill
                // Police Officers": the tagger reads title case without number) is one
                // too, unless "to" or a modal makes it an infinitive.
                Rel::Advcl
                    if matches!(self.tags[verb], Tag::VBG | Tag::VBN)
                        || (matches!(self.tags[verb], Tag::VBD | Tag::VBZ | Tag::VBP)
                            && tree.child(verb, Rel::Mark).is_none())
                        || (self.tags[verb] == Tag::VB
                            && verb > 0
                            && self.words[verb - 1] == ","
                            && tree.child(verb, Rel::Mark).is_none()
                            && tree.child(verb, Rel::Aux).is_none()) =>
                {
                    how = "subject of the main clause";
                }
                // "with Sullivan speaking by phone with ...", "with troops advancing on
                // the city": the noun that `with` governs is the participle's subject.
                Rel::Pcomp if self.words[head] == "with" && self.tags[verb] == Tag::VBG => {
                    let s = tree.child(head, Rel::Pobj).filter(|&s| s < verb)?;
                    return Some(self.tree_np_subject(tree, s, "subject of the `with` clause"));
                }
                // "issued a statement condemning the attack", "sent a letter urging
                // restraint": the participle speaks for whoever issued the publication,
                // the subject of the verb whose object it is.
                // Not when that verb turns the publication down ("Russia vetoed a draft
                // resolution demanding a ceasefire": the demand is the draft's authors').
                Rel::Acl
                    if self.tags[verb] == Tag::VBG
                        && PUBLICATION_NOUNS.contains(self.words[head])
                        && tree.rel(head) == Rel::Dobj
                        && tree.head(head).is_some_and(|v| {
                            self.is_verb(v) && !refuses_publication(self.words[v])
                        }) =>
                {
                    how = "issuer of the publication";
                    verb = tree.head(head)?;
                    continue;
                }
                // "In a statement accusing Moscow of blackmail, NATO said", "said in a
                // letter urging restraint": the publication is where the verb it is hung
                // on (by `in`) speaks, so that verb's subject issued it.
                Rel::Acl
                    if self.tags[verb] == Tag::VBG
                        && PUBLICATION_NOUNS.contains(self.words[head])
                        && tree.rel(head) == Rel::Pobj
                        && tree.head(head).is_some_and(|p| {
                            self.words[p] == "in"
                                && tree.rel(p) == Rel::Prep
                                && tree.head(p).is_some_and(|v| self.is_verb(v))
                        }) =>
                {
                    how = "issuer of the publication";
                    verb = tree.head(tree.head(head)?)?;
                    continue;
                }
                // "expressed readiness to restore relations", "announced plans to
                // train troops": an infinitive hung on a noun of intent is the act the
                // noun's owner means to do ("Russia's willingness to talk"), else the
                // subject's of the verb declaring the intent ([intent-nouns]). So is an
                // infinitive hung on a noun of a decision taken ("Mali's decision to sever
                // relations with Ukraine", "Nigeria's move to close its border"), the act
                // itself ([decision-nouns]). The owner is the doer though it is a
                // possessor (a possessor alone is otherwise no subject).
                Rel::Acl
                    if self.tags[verb] == Tag::VB
                        && (INTENT_NOUNS.contains(self.words[head])
                            || (DECISION_NOUNS.contains(self.words[head])
                                && matches!(tree.rel(head), Rel::Nsubj | Rel::Nsubjpass)))
                        && tree
                            .child(verb, Rel::Aux)
                            .is_some_and(|a| self.words[a] == "to") =>
                {
                    if let Some(owner) = tree.child(head, Rel::Poss) {
                        // Only where the noun is the clause's subject, what the sentence
                        // tells ("Hungary's decision to withdraw ... drew condemnation"); as
                        // the object of a reaction ("criticised Seoul's decision to
                        // resume broadcasts") the reaction is the event, the act background.
                        let told = matches!(tree.rel(head), Rel::Nsubj | Rel::Nsubjpass);
                        let saved = self.possessor_subjects.get();
                        self.possessor_subjects.set(told || saved);
                        let owner = self.tree_np_subject(tree, owner, "owner of the intent");
                        self.possessor_subjects.set(saved);
                        return Some(owner);
                    }
                    let declaring = tree.head(head).filter(|&v| {
                        tree.rel(head) == Rel::Dobj
                            && self.is_verb(v)
                            && INTENT_DECLARING_VERBS.contains(self.words[v])
                    });
                    // An intent suspended, dropped or welcomed by another ("suspends
                    // plans to impose curfews"): the noun, as any antecedent.
                    let Some(declaring) = declaring else {
                        return Some(self.tree_np_subject(
                            tree,
                            head,
                            "antecedent of the relative clause",
                        ));
                    };
                    how = "subject of the verb declaring the intent";
                    verb = declaring;
                    continue;
                }
                // A finite verb with no subject of its own hung on a noun as a relative
                // clause ("Citing a pattern of interference, Niger's government on
                // Thursday ordered ..." read as "a pattern ... ordered"): a relative clause
                // has its relative pronoun or its own subject, so the parse is wrong and
                // the heuristics decide.
                Rel::Relcl if self.tags[verb].is_finite() => return None,
                // "Thousands of Kenyans, many of them students, marched", "hundreds of
                // people, many waving flags, massed": a verb right after an aside that
                // opens with a quantifier is the main verb, not a participle of the
                // aside's noun; the heuristics skip the aside.
                Rel::Relcl | Rel::Acl if self.after_quantifier_aside(verb) => return None,
                // "India summoned Pakistan's envoy to protest the killing": an infinitive
                // hung on the object of a summoning verb is the summoner's purpose (the
                // envoy is called in to hear the protest, not to make it), unlike "sent a
                // delegation to negotiate", whose infinitive is the delegation's
                // ([summoning-verbs]).
                Rel::Relcl | Rel::Acl
                    if self.tags[verb] == Tag::VB
                        && tree
                            .child(verb, Rel::Aux)
                            .is_some_and(|a| self.words[a] == "to")
                        && tree.rel(head) == Rel::Dobj
                        && tree.head(head).is_some_and(|v| {
                            self.is_verb(v) && SUMMONING_VERBS.contains(self.words[v])
                        }) =>
                {
                    how = "subject of the summoning verb (the infinitive is its purpose)";
                    verb = tree.head(head)?;
                    continue;
                }
                // "troops stationed near the border", "a pact signed in May".
                Rel::Relcl | Rel::Acl if !self.is_verb(head) => {
                    return Some(self.tree_np_subject(
                        tree,
                        head,
                        "antecedent of the relative clause",
                    ));
                }
                // "Nigeria's information minister, Mohammed Idris, criticised neighbouring
                // Niger's rulers": in a long sentence the parser may make the subject noun
                // the root and hang the finite verb after the apposition's closing comma
                // on it as punctuation (a word it misread after the verb broke the
                // clause). A finite verb right after a comma, under a root noun before
                // it, is that noun's predicate.
                Rel::Punct | Rel::Dep
                    if own_verb == verb
                        && matches!(self.tags[verb], Tag::VBD | Tag::VBZ | Tag::VBP)
                        && self.is_verb(verb)
                        && verb > 0
                        && self.words[verb - 1] == ","
                        && head < verb
                        && tree.root() == Some(head)
                        && matches!(self.tags[head], Tag::NN | Tag::NNS | Tag::NNP | Tag::NNPS) =>
                {
                    return Some(self.tree_np_subject(tree, head, "subject"));
                }
                _ => return None,
            }
            verb = head;
        }
        None
    }

    /// "Israeli airstrikes hit several buildings", "Russian shelling killed three": a
    /// subject headed by a noun of armed force (a noun the lexicon codes as an assault,
    /// CAMEO 18-20) that names no party but a country adjective before its head, is that
    /// country's act; the country is the doer. The mention of the adjective's country.
    fn country_of_armed_act(&self, h: usize, (s, _): (usize, usize)) -> Option<usize> {
        let lexicon = &self.knowledge.lexicon;
        let w = self.words[h];
        // The pattern's required words after its head must follow it too: "school" heads
        // "school shooting", and "a Kenyan high school expelled" is no armed act.
        let armed = lexicon.patterns_for(w).iter().any(|&id| {
            let p = lexicon.pattern(id);
            p.pos == sitrep_lexicon::TriggerPos::Noun
                && ["18", "19", "20"].iter().any(|c| p.cameo.starts_with(c))
                && p.after.iter().enumerate().all(|(i, alternatives)| {
                    self.words
                        .get(h + 1 + i)
                        .is_some_and(|next| alternatives.iter().any(|a| a == next))
                })
        });
        if !armed {
            return None;
        }
        let md = (s..h).find_map(|l| self.doc.modifier_covering(self.first + l))?;
        self.doc.first_mention_of(md.entity)
    }

    /// "The United States, along with Britain and France, called a meeting", "Kenya,
    /// together with Uganda, sent troops", "Japan, as well as South Korea, protested": the
    /// parties an aside of accompaniment right after the subject phrase (ending at local
    /// token `e`) names act with the subject, one event each (golden README convention 6).
    /// Only a subject's aside closed by a comma, or followed at once by the verb: after an
    /// object ("talks with Russia along with China on trade") the phrase may name what the
    /// act covers rather than a party of it, and is left to the object's own reading.
    fn co_subjects_after(&self, e: usize) -> Vec<usize> {
        let mut k = e;
        if self.words.get(k) == Some(&",") {
            k += 1;
        }
        let opener = match (self.words.get(k), self.words.get(k + 1)) {
            (Some(&"along" | &"together"), Some(&"with")) => 2,
            (Some(&"as"), Some(&"well")) if self.words.get(k + 2) == Some(&"as") => 3,
            _ => return Vec::new(),
        };
        let start = k + opener;
        let Some((end, found)) = self.np_after(start, self.len()) else {
            return Vec::new();
        };
        let closed = self.words.get(end) == Some(&",") || (end < self.len() && self.is_verb(end));
        if !closed || found.is_empty() {
            return Vec::new();
        }
        let (heads, possessor_only) = self.head_actors((start, end), &found);
        if possessor_only {
            return Vec::new();
        }
        heads
    }

    /// Does the verb at local token `verb` stand in the perfect, with an auxiliary
    /// "had", "has" or "have" of its own ("police had acted", "troops have withdrawn")?
    fn in_the_perfect(&self, tree: &Tree, verb: usize) -> bool {
        tree.children(verb)
            .any(|d| tree.rel(d) == Rel::Aux && matches!(self.words[d], "had" | "has" | "have"))
    }

    /// The noun phrase headed by `h` as a subject: `h` with its left dependents, and its
    /// conjuncts with theirs ("Russia and China"); appositions, relative clauses and
    /// prepositional modifiers to the right are left out.
    /// Does the noun phrase the tree heads at `h` name a party (a mention in its words)?
    fn np_names_party(&self, tree: &Tree, h: usize) -> bool {
        let (s, e) = tree_np(tree, h);
        (s..e).any(|k| self.mention(k).is_some())
    }

    /// The mentions of the objects of `h`'s `of` phrases ("the nation of Zambia", "thousands
    /// of supporters of Imran Khan"), in the tree's order.
    fn of_object_mentions<'t>(
        &'t self,
        tree: &'t Tree,
        h: usize,
    ) -> impl Iterator<Item = usize> + 't {
        tree.children(h)
            .filter(move |&c| tree.rel(c) == Rel::Prep && self.words[c] == "of")
            .flat_map(move |p| tree.children(p).filter(move |&o| tree.rel(o) == Rel::Pobj))
            .filter_map(move |o| self.mention(o))
    }

    fn tree_np_subject(&self, tree: &Tree, h: usize, how: &'static str) -> Subject {
        // "Qatar and Egypt, the two mediators, urged ...", "France, the former colonial
        // power, said": a description with no country of its own, in apposition to
        // parties the sentence names, stands for them.
        // So does a description that names no party at all ("Cambodia and India, both
        // major Asian powers, are expanding intelligence sharing", where the tree hangs the
        // verb on the description).
        if tree.rel(h) == Rel::Appos {
            if let Some(named) = tree.head(h).filter(|&a| {
                a < h
                    && self.mention(h).map_or(
                        // A relative clause's own doer ("Paz, a centrist who took office
                        // promising ...") is the description's, told as background.
                        !tree.children(h).any(|c| {
                            tree.rel(c) == Rel::Relcl
                                && tree
                                    .children(c)
                                    .any(|d| matches!(self.tags[d], Tag::WDT | Tag::WP))
                        }),
                        |m| self.is_uncoded_role(m),
                    )
                    && self.mention(a).is_some_and(|m| !self.is_uncoded_role(m))
            }) {
                return self.tree_np_subject(tree, named, "the parties its apposition describes");
            }
        }
        let (s, mut e) = tree_np(tree, h);
        // "Ruto and his Ugandan counterpart Yoweri Museveni signed": a conjunct role with
        // no party of its own whose name follows it in apposition, with no comma between,
        // is that person; the name ends the phrase.
        let last = e - 1;
        if last != h && self.mention(last).is_none() && tree.rel(last) == Rel::Conj {
            if let Some(d) = tree
                .children(last)
                .find(|&d| d > last && tree.rel(d) == Rel::Appos && left_edge(tree, d) == last + 1)
                .filter(|&d| self.mention(d).is_some())
            {
                e = d + 1;
            }
        }
        let mut mentions: Vec<usize> = Vec::new();
        for l in s..e {
            if let Some(m) = self.mention(l) {
                let (ms, _) = self.mention_range(m);
                // A mention that starts before the phrase (the phrase is the tail of a
                // name) still names it; one inside a skipped apposition does not occur
                // here as the range ends at the last head.
                if ms < e && !mentions.contains(&m) {
                    mentions.push(m);
                }
            }
        }
        if mentions.is_empty() {
            // "The African nation of Zambia has condemned": a description of a country
            // with the country's name in its `of` phrase is that country.
            if COUNTRY_DESCRIPTION_HEADS.contains(self.words[h]) {
                let named = self.of_object_mentions(tree, h).next().filter(|&m| {
                    self.doc.entities[self.doc.mentions[m].entity].entity_type
                        == sitrep_record::EntityType::Gpe
                });
                if let Some(m) = named {
                    return Subject::Actors(Slot {
                        by_agent: false,
                        mentions: vec![m],
                        how: "the country its description names (`the nation of X`)",
                        np: (s, e),
                        cited_by: Vec::new(),
                        np_is_object: false,
                    });
                }
            }
            // "Thousands of supporters of Imran Khan marched", "Dozens of members of the
            // opposition party were arrested": a quantifier (words.txt `[partitives]`) whose
            // `of` object is a party is that party; the phrase from the quantifier to the
            // party's mention is the subject's. (A quantifier before a role phrase is already
            // part of its mention: `actors::partitive_before`.)
            if PARTITIVES.contains(self.words[h]) {
                if let Some(m) = self.of_object_mentions(tree, h).next() {
                    let (_, me) = self.mention_range(m);
                    return Subject::Actors(Slot {
                        by_agent: false,
                        mentions: vec![m],
                        how: "the party its quantifier's `of` names (`thousands of X`)",
                        np: (s, me.max(e)),
                        cited_by: Vec::new(),
                        np_is_object: false,
                    });
                }
            }
            if let Some(doer) = self.country_of_armed_act(h, (s, e)) {
                return Subject::Actors(Slot {
                    by_agent: false,
                    mentions: vec![doer],
                    how: "the country whose armed act is the subject",
                    np: (s, e),
                    cited_by: Vec::new(),
                    np_is_object: false,
                });
            }
            // "Russia, whose foreign minister spoke with ...": the role belongs to the
            // antecedent of `whose`, which the tree attaches the role's phrase to.
            if tree
                .children(h)
                .any(|c| tree.rel(c) == Rel::Poss && self.words[c] == "whose")
            {
                if let Some(a) = tree.head(h).filter(|_| tree.rel(h) == Rel::Appos) {
                    return self.tree_np_subject(tree, a, "owner (`whose`) of the subject");
                }
            }
            return self
                .apposed_subject(tree, h, (s, e))
                .or_else(|| self.agent_of_subject(tree, h, (s, e)))
                .or_else(|| self.author_of_document(tree, h, (s, e)))
                .unwrap_or(Subject::NonActor((s, e)));
        }
        let (mut heads, possessor_only) = self.head_actors((s, e), &mentions);
        let genitive = heads.iter().any(|&m| {
            let (_, me) = self.mention_range(m);
            me < self.len() && self.words[me] == "'s"
        });
        if possessor_only
            && genitive
            && !self.possessor_subjects.get()
            && !self.acts_for_its_owner(h, &heads)
        {
            return self
                .apposed_subject(tree, h, (s, e))
                .unwrap_or(Subject::NonActor((s, e)));
        }
        // "Diplomats from Germany, Poland and Sweden were expelled by Russia": a plural
        // role whose `of`/`from` complement lists several coded names stands for each of
        // them as the subject of a passive, which each undergoes, as it does as an object
        // (`parties_of_plural_role`). Not a doer's subject: "the presidents of Guyana and
        // Venezuela agreed", "observers from the CSTO are expected" name the role, whose
        // parties the active rules read already or not at all.
        if !possessor_only && self.plural_role_subjects.get() {
            if let Some(&role) = heads.first() {
                let role_end = self.mention_range(role).1;
                // A multinational force's list says where it comes from (words.txt
                // `[multinational-force-roles]`): the force is one party.
                let force = crate::words::MULTINATIONAL_FORCE_ROLES
                    .contains(self.words[role_end.saturating_sub(1)]);
                if let Some(slot) = (!force)
                    .then(|| self.parties_of_plural_role(&heads, s, role_end, tree.span(h).1))
                    .flatten()
                {
                    return Subject::Actors(Slot {
                        how,
                        np: (s, slot.np.1.max(e)),
                        ..slot
                    });
                }
            }
        }
        // "Russian and DPRK leaders signed": a country adjective coordinated with another
        // party among the subject's modifiers names a party of its own.
        self.coordinated_adjective_parties(s, e, &mut heads);
        for m in self.co_subjects_after(e) {
            if !heads.contains(&m) {
                heads.push(m);
            }
        }
        // Sources cited in a participle modifying the subject ("reports, shared by
        // lawmaker Lee, claim"): the parenthetical the heuristics skip.
        let mut cited_by = Vec::new();
        for c in tree.children(h) {
            if tree.rel(c) == Rel::Acl
                && matches!(
                    self.words[c],
                    "shared" | "cited" | "quoted" | "released" | "published"
                )
            {
                let (cs, ce) = tree.span(c);
                for l in cs..ce {
                    if let Some(m) = self.mention(l) {
                        if !cited_by.contains(&m) {
                            cited_by.push(m);
                        }
                    }
                }
            }
        }
        Subject::Actors(Slot {
            by_agent: false,
            mentions: heads,
            how,
            np: (s, e),
            cited_by,
            np_is_object: false,
        })
    }

    /// "A delegation led by Qatar's foreign minister met ...", "a convoy sent by Jordan
    /// reached ...": a subject whose own phrase names no party is done, sent or led by
    /// the `by` agent of the participle right after its noun, when that agent names one.
    fn agent_of_subject(&self, tree: &Tree, h: usize, np: (usize, usize)) -> Option<Subject> {
        // Only for the subject of another verb: "an exchange brokered by the UAE" asked
        // for the subject of "brokered" itself is the exchange, done by the UAE.
        if tree.rel(h) != Rel::Nsubj {
            return None;
        }
        let participle = tree
            .children(h)
            .find(|&c| c == np.1 && tree.rel(c) == Rel::Acl && self.tags[c] == Tag::VBN)?;
        let by = tree.child(participle, Rel::Agent)?;
        let agent = tree.child(by, Rel::Pobj)?;
        match self.tree_np_subject(
            tree,
            agent,
            "`by` agent of the participle after the subject",
        ) {
            Subject::Actors(slot) => Some(Subject::Actors(Slot {
                np: (np.0, slot.np.1),
                by_agent: true,
                ..slot
            })),
            _ => None,
        }
    }

    /// "A statement from Iran's foreign ministry accused Israel", "a letter from the
    /// Ukrainian foreign minister urged": a document a party issues (words.txt
    /// `[document-nouns]`) whose own phrase names no party speaks for the author its `from`
    /// phrase names (session 28). A place after `from` is no mention, so "a report from
    /// Gaza" stays no party's.
    fn author_of_document(&self, tree: &Tree, h: usize, np: (usize, usize)) -> Option<Subject> {
        if tree.rel(h) != Rel::Nsubj || !DOCUMENT_NOUNS.contains(self.words[h]) {
            return None;
        }
        let from = tree
            .children(h)
            .find(|&c| c > h && tree.rel(c) == Rel::Prep && self.words[c] == "from")?;
        let author = tree.child(from, Rel::Pobj)?;
        match self.tree_np_subject(
            tree,
            author,
            "author (`from`) of the document that is the subject",
        ) {
            Subject::Actors(slot) => Some(Subject::Actors(Slot {
                np: (np.0, slot.np.1),
                ..slot
            })),
            _ => None,
        }
    }

    /// "Trump's special envoy, Steve Witkoff, spoke ...", "the envoy, Steve Witkoff,
    /// met ...": a subject whose own phrase names no party (or only its possessor) is
    /// the party its apposition names, when that apposition is a name and nothing else.
    fn apposed_subject(&self, tree: &Tree, h: usize, np: (usize, usize)) -> Option<Subject> {
        let a = tree.children(h).find(|&c| tree.rel(c) == Rel::Appos)?;
        let (s, e) = tree_np(tree, a);
        let m = self.mention(a)?;
        let (ms, me) = self.mention_range(m);
        // The apposition is the name alone ("Steve Witkoff"), or a name under its title
        // ("Judge Joan Donoghue", "Dr. Tedros"), not a description that happens to hold
        // one ("a friend of Putin").
        let titled = (s..ms).all(|l| {
            self.doc.role_at[self.first + l] != crate::doc::NONE
                || HONORIFICS.contains(self.words[l])
        });
        if !titled || me < e || self.doc.mentions[m].kind != crate::doc::MentionKind::Name {
            return None;
        }
        Some(Subject::Actors(Slot {
            by_agent: false,
            mentions: vec![m],
            how: "apposition of the subject",
            np: (np.0, e),
            cited_by: Vec::new(),
            np_is_object: false,
        }))
    }

    /// A sentence opening with a list of three or more names, each after an optional "the",
    /// joined by commas and a closing "and", right before the verb group at `vg`: "Saudi
    /// Arabia, the United Arab Emirates, Bahrain and Egypt cut ties with Qatar". The parser
    /// may read the second name as an apposition of the first and the verb as a conjunct
    /// of the list, so the tree's subject holds the list without its first name; the whole
    /// list is the subject (session 31). Only where the tree's subject is part of the list.
    fn with_opening_list(&self, found: Subject, vg: usize) -> Subject {
        let Subject::Actors(slot) = &found else {
            return found;
        };
        match self.opening_name_list(vg) {
            Some(Subject::Actors(list))
                if slot.mentions.len() < list.mentions.len()
                    && slot.mentions.iter().all(|m| list.mentions.contains(m)) =>
            {
                Subject::Actors(list)
            }
            _ => found,
        }
    }

    /// The list of three or more names opening the sentence right before the verb group
    /// at `vg` ([`Clause::with_opening_list`]).
    fn opening_name_list(&self, vg: usize) -> Option<Subject> {
        if vg < 5 || vg >= self.len() || !self.is_verb(vg) || self.words[vg - 1] == "," {
            return None;
        }
        let mut mentions = Vec::new();
        let mut saw_and = false;
        let mut l = 0;
        while l < vg {
            if let Some(m) = self.mention(l) {
                let end = self.mention_range(m).1;
                // After "and" only the last name, which ends right before the verb.
                if self.doc.mentions[m].kind != crate::doc::MentionKind::Name
                    || (saw_and && end != vg)
                {
                    return None;
                }
                mentions.push(m);
                l = end.max(l + 1);
            } else if self.words[l] == "," && !mentions.is_empty() && !saw_and {
                l += 1;
            } else if self.words[l] == "and" && mentions.len() >= 2 && !saw_and {
                saw_and = true;
                l += 1;
            } else if self.words[l] == "the" && self.mention(l + 1).is_some() {
                l += 1;
            } else {
                return None;
            }
        }
        (saw_and && mentions.len() >= 3).then(|| {
            Subject::Actors(Slot {
                by_agent: false,
                mentions,
                how: "the list of names opening the sentence",
                np: (0, vg),
                cited_by: Vec::new(),
                np_is_object: false,
            })
        })
    }

    /// A headline's list of names closed by a comma before its verb: "Algeria, Iraq, Hold
    /// Joint Drills" (the parser makes the verb a conjunct of the last name and gives it no
    /// subject). Only names and the commas and "and" between them open the sentence, at
    /// least two of them, and the verb follows the closing comma.
    fn opening_list_before(&self, vg: usize) -> Option<Subject> {
        if vg < 4 || self.words[vg - 1] != "," || !self.is_verb(vg) {
            return None;
        }
        let mut mentions = Vec::new();
        let mut l = 0;
        while l < vg - 1 {
            if let Some(m) = self.mention(l) {
                if self.doc.mentions[m].kind != crate::doc::MentionKind::Name {
                    return None;
                }
                mentions.push(m);
                l = self.mention_range(m).1.max(l + 1);
            } else if matches!(self.words[l], "," | "and") && !mentions.is_empty() {
                l += 1;
            } else {
                return None;
            }
        }
        (mentions.len() >= 2).then(|| {
            Subject::Actors(Slot {
                by_agent: false,
                mentions,
                how: "the list of names opening the headline",
                np: (0, vg - 1),
                cited_by: Vec::new(),
                np_is_object: false,
            })
        })
    }

    /// A headline's "Japan, Philippines sign pact", "Pakistan, India exchange fire": two
    /// names open the sentence with only a comma between them, right before the verb
    /// group at `vg` (the second may name the country of a role, "Japan, South Korea
    /// leaders meet"). The tree makes the second one the subject (or the first the head of
    /// a clause); both are (the token heuristics read them so too, `np_before`).
    fn with_headline_pair(&self, subject: Subject, vg: usize) -> Subject {
        let Subject::Actors(mut slot) = subject else {
            return subject;
        };
        let k = slot.np.0;
        let name = |m: usize| self.doc.mentions[m].kind == crate::doc::MentionKind::Name;
        // "Japan, South Korea Leaders Meet": the second name may be the country of the
        // role that heads the subject, the one mention the slot holds, right after it.
        let country_of_role = |m: usize| {
            let role = slot.mentions[0];
            let (mm, rm) = (&self.doc.mentions[m], &self.doc.mentions[role]);
            rm.kind == crate::doc::MentionKind::Nominal
                && rm.first == mm.last
                && self.doc.entities[mm.entity].entity_type == sitrep_record::EntityType::Gpe
                && self.doc.entities[mm.entity].code.is_some()
                && self.doc.entities[rm.entity].code == self.doc.entities[mm.entity].code
        };
        // The second name opens the subject's phrase ("Netanyahu, whose government has
        // vowed" is no pair).
        let pair = slot.mentions.len() == 1
            && slot.np.1 == vg
            && k >= 2
            && self.words[k - 1] == ","
            && self
                .mention(k)
                .is_some_and(|m| name(m) && (slot.mentions.contains(&m) || country_of_role(m)))
            && self.mention(0).is_some_and(|m| {
                self.mention_range(m) == (0, k - 1) && name(m) && !slot.mentions.contains(&m)
            });
        if pair {
            if let Some(m) = self.mention(0) {
                slot.mentions.insert(0, m);
                slot.np.0 = 0;
            }
        }
        Subject::Actors(slot)
    }

    /// The verb a participle clause opened by a comma hangs on (", saying ...": the
    /// participle an adverbial clause of it), when verb `v` is that participle or the
    /// verb of a clause it governs.
    /// The past verb, with a subject of its own, of a clause opened by a time noun and
    /// "after" or "before" ("a day after army officers seized power", "hours before
    /// police stormed") that stands between the main verb `head` and the past verb `verb`
    /// written right after a comma: the verb of the series `verb` goes on with.
    fn timed_clause_verb_between(&self, tree: &Tree, head: usize, verb: usize) -> Option<usize> {
        const TIME_NOUNS: [&str; 12] = [
            "day", "days", "hour", "hours", "week", "weeks", "month", "months", "minutes", "year",
            "years", "night",
        ];
        if verb < 2 || self.words[verb - 1] != "," || head >= verb {
            return None;
        }
        (head + 1..verb - 1).rev().find(|&v| {
            self.tags[v] == Tag::VBD
                && self.is_verb(v)
                && tree.children(v).any(|d| tree.rel(d) == Rel::Nsubj)
                && tree.child(v, Rel::Mark).is_some_and(|m| {
                    matches!(self.words[m], "after" | "before")
                        && m > head
                        && m >= 1
                        && TIME_NOUNS.contains(&self.words[m - 1])
                })
                && (v + 1..verb - 1).all(|k| !matches!(self.words[k], "," | ";" | "and"))
        })
    }

    fn participle_clause_above(&self, tree: &Tree, v: usize) -> Option<usize> {
        let mut p = v;
        for _ in 0..2 {
            if self.tags[p] == Tag::VBG
                && tree.rel(p) == Rel::Advcl
                && p > 0
                && self.words[p - 1] == ","
            {
                return tree.head(p).filter(|&h| h < p && self.is_verb(h));
            }
            if tree.rel(p) != Rel::Ccomp {
                return None;
            }
            p = tree.head(p)?;
        }
        None
    }

    fn with_how(&self, s: Subject, how: &'static str) -> Subject {
        match s {
            Subject::Actors(mut slot) => {
                slot.how = how;
                Subject::Actors(slot)
            }
            other => other,
        }
    }

    /// Is local token `k` inside a name mention, past its first word ("Court of Justice",
    /// "Republic of Korea")?
    fn inside_name(&self, k: usize) -> bool {
        k > 0
            && self.mention(k).is_some_and(|m| {
                let m = &self.doc.mentions[m];
                m.kind == crate::doc::MentionKind::Name && m.first < self.first + k
            })
    }

    /// The actors after preposition `prep` within `from..to` ("with Russia", "on Russia").
    pub fn prep_object(&self, prep: &str, from: usize, to: usize) -> Option<Slot> {
        let to = to.min(self.len());
        let mut k = from;
        while k < to {
            if self.words[k] == prep
                && !(prep == "to" && k + 1 < self.len() && self.tags[k + 1] == Tag::VB)
                // "imposed new sanctions on Tuesday on four Chinese refiners": a date is
                // when, not the slot's object.
                && !(matches!(prep, "on" | "in" | "at") && k + 1 < to && self.in_date(k + 1))
                // "a suggestion that the case go to the International Court of Justice": a
                // preposition inside a party's name is part of the name, not the slot.
                && !self.inside_name(k)
            {
                // "massed in front of Israel's consulate": the compound preposition of
                // place is read as its `of` object.
                let at = if prep == "in"
                    && k + 3 < to
                    && self.words[k + 1] == "front"
                    && self.words[k + 2] == "of"
                {
                    k + 3
                } else {
                    k + 1
                };
                // Skip a determiner chain and adjectives up to the actor, and a count
                // before the counted phrase ("on dozens of villages").
                let at = self.past_naming_relative(at, to);
                let s = self.past_count(at, to.max(at + 1));
                if let Some(slot) = self.np_slot(s, to.max(s + 1), "prepositional object") {
                    return Some(slot);
                }
                // "overtures to another key Egyptian ally, France": a phrase naming no party,
                // whose apposition is a name.
                if let Some((end, ms)) = self.np_after(s, to) {
                    if let Some(slot) = self.apposed_names(end, to).filter(|_| ms.is_empty()) {
                        return Some(Slot {
                            how: "name in apposition to the prepositional object",
                            np: (s, slot.np.1),
                            np_is_object: false,
                            ..slot
                        });
                    }
                    // "sanctions on two of Russia's largest oil producers", "on members
                    // of the junta": a count, a quantifier (`[partitives]`) or a member
                    // noun (`[member-nouns]`) naming no party takes part of the party its
                    // "of" complement names (one level only). Not after a locative
                    // preposition: "in the Amhara region of Ethiopia" names where.
                    if ms.is_empty()
                        && end > s
                        && end + 1 < to
                        && self.words[end] == "of"
                        && (self.tags[end - 1] == Tag::CD
                            || PARTITIVES.contains(self.words[end - 1])
                            || MEMBER_NOUNS.contains(self.words[end - 1]))
                        && !matches!(prep, "in" | "at" | "near" | "across" | "inside" | "within")
                    {
                        let inner = self.past_count(end + 1, to);
                        if let Some(slot) =
                            self.np_slot(inner, to, "party named in the object's of-phrase")
                        {
                            return Some(Slot {
                                np: (s, slot.np.1),
                                ..slot
                            });
                        }
                    }
                }
                // "on Wednesday on 11 officials": try the next occurrence.
            }
            k += 1;
        }
        None
    }

    /// The actors of the noun phrase starting at `start` (ending by `to`) as a slot found
    /// `how`: its head actors, a possessor dropped when the phrase goes on past it. `None`
    /// when the phrase names no actor.
    pub fn np_slot(&self, start: usize, to: usize, how: &'static str) -> Option<Slot> {
        let (end, ms) = self.np_after(start, to)?;
        if ms.is_empty() {
            return None;
        }
        let (mut heads, _) = self.head_actors((start, end), &ms);
        if let Some(slot) = self.parties_of_plural_role(&heads, start, end, to) {
            return Some(slot);
        }
        self.coordinated_adjective_parties(start, end, &mut heads);
        Some(Slot {
            by_agent: false,
            mentions: heads,
            how,
            np: (start, end),
            cited_by: Vec::new(),
            np_is_object: false,
        })
    }

    /// "shuttled between Israeli and Hamas negotiators": a country adjective coordinated
    /// with a party inside the phrase `start..end` names a party of its own, as in a
    /// subject ("Russian and DPRK leaders signed"), though no token mention covers it (the
    /// adjective's country is `MentionKind::Adjective`); its country's first mention is
    /// added to `heads`.
    fn coordinated_adjective_parties(&self, start: usize, end: usize, heads: &mut Vec<usize>) {
        let Some(tree) = self.tree() else {
            return;
        };
        for l in start..end.min(self.len()) {
            let coordinated =
                tree.rel(l) == Rel::Conj || tree.children(l).any(|c| tree.rel(c) == Rel::Conj);
            if !coordinated {
                continue;
            }
            // "The US and UK strikes killed": a coded name coordinated with a head's name
            // among the subject's modifiers is a party of its own.
            if let Some(m) = self.mention(l) {
                let doc = self.doc;
                let conj_of_head = tree.rel(l) == Rel::Conj
                    && tree.head(l).and_then(|h| self.mention(h)).is_some_and(|h| {
                        heads
                            .iter()
                            .any(|&x| doc.mentions[x].entity == doc.mentions[h].entity)
                    });
                if conj_of_head
                    && doc.mentions[m].kind == crate::doc::MentionKind::Name
                    && doc.entities[doc.mentions[m].entity].code.is_some()
                    && !heads
                        .iter()
                        .any(|&x| doc.mentions[x].entity == doc.mentions[m].entity)
                {
                    heads.push(m);
                }
                continue;
            }
            let Some(md) = self.doc.modifier_covering(self.first + l) else {
                continue;
            };
            let doc = self.doc;
            if heads.iter().any(|&m| doc.mentions[m].entity == md.entity) {
                continue;
            }
            if let Some(mi) = doc.first_mention_of(md.entity) {
                heads.push(mi);
            }
        }
    }

    /// "the leaders of Vietnam, Laos and Cambodia", "his counterparts from Japan and South
    /// Korea", "the embassies of Israel and the United States": a plural role phrase
    /// (`heads`, one mention, the phrase `start..end`) whose `of`/`from` complement lists
    /// several coded names stands for each of them (one event per conjunct); the role
    /// took its country from the first name only, or none.
    fn parties_of_plural_role(
        &self,
        heads: &[usize],
        start: usize,
        end: usize,
        to: usize,
    ) -> Option<Slot> {
        let &[role] = heads else {
            return None;
        };
        let to = to.min(self.len());
        if end + 2 >= to
            || !matches!(self.words[end], "of" | "from")
            || !matches!(self.tags[end - 1], Tag::NNS | Tag::NNPS)
            || self.doc.mentions[role].kind != crate::doc::MentionKind::Nominal
            || self.mention_range(role).1 != end
        {
            return None;
        }
        let (list_end, listed) = self.np_after(end + 1, to).filter(|(_, ms)| ms.len() >= 2)?;
        let code = |m: usize| {
            self.doc.entities[self.doc.mentions[m].entity]
                .code
                .as_deref()
        };
        let names = listed.iter().all(|&m| {
            matches!(
                self.doc.mentions[m].kind,
                crate::doc::MentionKind::Name | crate::doc::MentionKind::Metonym
            ) && code(m).is_some()
        });
        let role_of_list = self.is_uncoded_role(role) || code(role) == code(listed[0]);
        let codes: std::collections::BTreeSet<_> = listed.iter().map(|&m| code(m)).collect();
        (names && codes.len() >= 2 && role_of_list).then(|| Slot {
            by_agent: false,
            mentions: listed,
            how: "the parties a plural role is of (`the leaders of X and Y`)",
            np: (start, list_end),
            cited_by: Vec::new(),
            np_is_object: false,
        })
    }

    /// "condemned what it called a campaign of terror", "over what they described as
    /// unprovoked firing by Pakistani forces": a free relative whose verb names its object
    /// in the speaker's own words (`[naming-verbs]` in `words.txt`) stands for the phrase
    /// it names, so the party is read from that phrase. Returns the local token where the
    /// named phrase starts (past an "as" and an opening quote), or `l` itself when the
    /// phrase at `l` is no such relative. Between "what" and the verb only a short subject
    /// may stand: a pronoun, or a name or role of up to four words with no verb.
    pub fn past_naming_relative(&self, l: usize, to: usize) -> usize {
        let to = to.min(self.len());
        if l + 2 >= to || self.words[l] != "what" {
            return l;
        }
        let Some(v) = (l + 2..(l + 6).min(to)).find(|&k| {
            crate::words::NAMING_VERBS.contains(self.words[k]) && self.tags[k].is_verb()
        }) else {
            return l;
        };
        if (l + 1..v).any(|k| {
            self.is_verb(k) && !matches!(self.words[k], "has" | "have" | "had")
                || matches!(self.words[k], "," | ";" | ":")
        }) {
            return l;
        }
        let mut k = v + 1;
        if k < to && self.words[k] == "as" {
            k += 1;
        }
        while k < to && matches!(self.words[k], "\"" | "'" | "`" | "``") {
            k += 1;
        }
        if k >= to {
            l
        } else {
            k
        }
    }

    /// Where the counted phrase starts when a count opens the phrase at local token `l`
    /// ("dozens of protesters", "more than 100 people", "$20.7 billion worth of U.S.
    /// exports"): the words after the number, past "worth" and "of"; else `l`. The count
    /// is the quantities layer's (sorted, disjoint: one binary search).
    fn past_count(&self, l: usize, to: usize) -> usize {
        let doc = self.doc;
        let to = to.min(self.len());
        if l >= to {
            return l;
        }
        let start = doc.tokens.get(self.first + l).start as usize;
        let qs = &doc.quantities;
        let i = qs.partition_point(|q| q.start < start);
        let Some(q) = qs
            .get(i)
            .filter(|q| q.start == start && q.number_end > q.start)
        else {
            return l;
        };
        let number_last = doc.token_at_byte(q.number_end - 1);
        let Some(mut k) = (number_last + 1).checked_sub(self.first) else {
            return l;
        };
        if k >= to {
            return l;
        }
        if self.words[k] == "worth" && k + 1 < to {
            k += 1;
        }
        if self.words[k] == "of" && k + 1 < to {
            k += 1;
        }
        k
    }

    /// The doer of a gerund at `k` with no subject of its own ("Rwanda denied carrying out
    /// the strike", "vowed to keep launching attacks", "admitted to staging the raid"): the
    /// subject of the verb the gerund complements; after "of" or "for" ("accused Kyiv of
    /// conducting the raid", "blamed the army for carrying out the massacre") that verb's
    /// object, who is charged with the act, or the subject of a passive one ("was blamed
    /// for launching").
    pub fn gerund_doer(&self, k: usize) -> Subject {
        if k == 0 || self.tags[k] != Tag::VBG {
            return Subject::Missing;
        }
        // "denied ever carrying out": adverbs stand between the verb and its gerund.
        let mut p = k - 1;
        while p > 0 && self.tags[p] == Tag::RB {
            p -= 1;
        }
        let how = "subject of the verb the gerund complements";
        match self.words[p] {
            "of" | "for" => {
                let Some(gov) = (p.saturating_sub(8)..p)
                    .rev()
                    .find(|&j| self.is_verb(j) && !AUX.contains(self.words[j]))
                else {
                    return Subject::Missing;
                };
                if self.is_passive(gov) {
                    return self.with_how(self.subject(self.verb_group_start(gov), 0), how);
                }
                // Only the verb's own object right before the preposition charges a party
                // ("accused Kyiv of"); "spoke of conducting talks" names no doer here.
                match self
                    .direct_object(gov + 1, p)
                    .filter(|o| !o.mentions.is_empty() && o.np.1 == p)
                {
                    Some(o) => Subject::Actors(Slot {
                        how: "object of the verb the gerund complements",
                        ..o
                    }),
                    None => Subject::Missing,
                }
            }
            "to" if p > 0 && self.is_verb(p - 1) && !AUX.contains(self.words[p - 1]) => {
                self.with_how(self.subject(self.verb_group_start(p - 1), 0), how)
            }
            // "claimed carrying out the bombing": a claim of responsibility, no act coded;
            // "would stop shelling the villages" (`[ending-verbs]`): the act is ended.
            // "The U.N. says fighting in the C.A.R. has forced ..." (`[speech-verbs]`): a
            // gerund after a verb of saying opens the reported clause as its subject.
            w if RESPONSIBILITY_CLAIMING_VERBS.contains(w)
                || ENDING_VERBS.contains(w)
                || SPEECH_VERBS.contains(w) =>
            {
                Subject::Missing
            }
            _ if self.is_verb(p) && !AUX.contains(self.words[p]) => {
                self.with_how(self.subject(self.verb_group_start(p), 0), how)
            }
            _ => Subject::Missing,
        }
    }

    /// The direct object after `from` (skipping particles and adverbs).
    pub fn direct_object(&self, from: usize, to: usize) -> Option<Slot> {
        let mut k = from;
        let end = to.min(self.len());
        loop {
            while k < end
                && (self.tags[k] == Tag::RP || self.tags[k].is_adverb() || self.words[k] == "\"")
            {
                k += 1;
            }
            // "released on Friday a British couple": a date between the verb and its
            // object says when.
            let date_from = if k < end && self.in_date(k) {
                k
            } else if k + 1 < end
                && matches!(self.words[k], "on" | "in" | "at")
                && self.in_date(k + 1)
            {
                k + 1
            } else {
                break;
            };
            let mut j = date_from;
            while j < end && self.in_date(j) {
                j += 1;
            }
            if j >= end || j == k {
                break;
            }
            k = j;
        }
        // "condemned what it called a campaign of intimidation by Russia": the phrase the
        // free relative names is the object.
        k = self.past_naming_relative(k, to);
        // "denounced as illegal Ethiopia's filling of the dam", "condemned as a violation
        // of international law Israel's decision": the predicate told before a long object.
        // Only when a party follows the predicate closely; "described as illegal" with no
        // object keeps its reading.
        if self.words.get(k) == Some(&"as") && k + 1 < to.min(self.len()) {
            let mut j = k + 1;
            while j < to.min(self.len())
                && j < k + 10
                && ((matches!(
                    self.tags[j],
                    Tag::JJ | Tag::DT | Tag::NN | Tag::IN | Tag::RB
                ) || self.words[j] == "\"")
                    && self.mention(j).is_none())
                && self.words[j] != ","
            {
                j += 1;
            }
            // "served as a mediator between Israel and Hamas": a party after a preposition
            // is inside the predicate, not the object. "rejected as \"absurd\" China's
            // claim", "dismissed as absurd China's claim" (the tagger may read the
            // adjective as a preposition): a judgement, then the object (session 17).
            let inside_predicate = matches!(self.tags[j - 1], Tag::IN | Tag::DT)
                && !(self.tags[j - 1] == Tag::IN
                    && j >= k + 2
                    && !crate::words::PREPOSITIONS.contains(self.words[j - 1]));
            if j > k + 1 && j < to.min(self.len()) && self.mention(j).is_some() && !inside_predicate
            {
                k = j;
            }
        }
        // "accused neighbouring Eritrea", "invaded neighboring Kuwait": a participle the
        // tagger read as a verb, standing as an adjective before a name.
        if k + 1 < to.min(self.len())
            && self.tags[k] == Tag::VBG
            && crate::words::ADJECTIVAL_PARTICIPLES.contains(self.words[k])
            && self.mention(k).is_none()
            && self.mention(k + 1).is_some_and(|m| {
                matches!(
                    self.doc.mentions[m].kind,
                    crate::doc::MentionKind::Name | crate::doc::MentionKind::Metonym
                )
            })
        {
            k += 1;
        }
        let k = self.past_naming_relative(k, to);
        let k = self.past_count(k, to);
        let (end, ms) = self.np_after(k, to)?;
        // "attacked its neighbour, Monaco", "shelled the capital, Kyiv": a name in
        // apposition says who the object is, where the phrase itself names only the
        // subject's own possessive or no party at all.
        let possessor_only = |ms: &[usize]| {
            ms.iter().all(|&m| {
                let (_, me) = self.mention_range(m);
                (me < self.len() && self.words[me] == "'s")
                    || self.doc.mentions[m].kind == crate::doc::MentionKind::Pronoun
            })
        };
        if possessor_only(&ms) {
            if let Some(slot) = self.apposed_names(end, to) {
                return Some(Slot {
                    np: (k, slot.np.1),
                    ..slot
                });
            }
        }
        if ms.is_empty() {
            // "stormed the Mavi Marmara, a Turkish-owned ship", "seized the Stena Impero, a
            // British-flagged tanker": the apposition says whose the object is.
            if let Some(slot) = self.apposed_country(end, to) {
                return Some(Slot {
                    np: (k, slot.np.1),
                    ..slot
                });
            }
            // "condemned the brutality of the Myanmar military": the owner of the object;
            // "impounded a superyacht belonging to a Russian oligarch", "struck depots
            // used by Iranian-backed militias" (`[owning-participles]`): the same.
            let owned_by = end + 2 < to.min(self.len())
                && crate::words::OWNING_PARTICIPLES.contains(self.words[end])
                && matches!(self.words[end + 1], "to" | "by");
            if owned_by {
                return self
                    .np_slot(end + 2, to, "possessor in the direct object")
                    .map(|slot| Slot {
                        np: (k, slot.np.1),
                        np_is_object: true,
                        ..slot
                    });
            }
            if end + 1 < to.min(self.len()) && self.words[end] == "of" {
                return self
                    .np_slot(end + 1, to, "possessor in the direct object")
                    .map(|slot| Slot {
                        np: (k, slot.np.1),
                        np_is_object: true,
                        ..slot
                    });
            }
            return None;
        }
        let (heads, possessive_only) = self.head_actors((k, end), &ms);
        // "sanctioned the commander of the Rapid Support Forces", "killed the leader of
        // Hamas": a role with no country of its own acts for the coded party it is of.
        if !possessive_only
            && end + 1 < to.min(self.len())
            && self.words[end] == "of"
            && heads.iter().all(|&h| self.is_uncoded_role(h))
        {
            if let Some(slot) = self.np_slot(end + 1, to, "party of the role in the direct object")
            {
                if slot.mentions.iter().all(|&m| !self.is_uncoded_role(m)) {
                    return Some(Slot {
                        np: (k, slot.np.1),
                        np_is_object: true,
                        ..slot
                    });
                }
            }
        }
        if !possessive_only {
            if let Some(slot) = self.parties_of_plural_role(&heads, k, end, to) {
                return Some(Slot {
                    np_is_object: true,
                    ..slot
                });
            }
        }
        let mut heads = heads;
        let mut end = end;
        if !possessive_only {
            if let Some((m, e)) = self.coordinated_modifier_after(end, to, &heads) {
                heads.push(m);
                end = e;
            }
        }
        let mut how = "direct object";
        if possessive_only {
            // "Russia's stance": the object is the stance, not Russia; but in "the
            // Russia-North Korea alliance" the named parties are what the verb targets.
            let possessive = heads.iter().any(|&m| {
                let (_, me) = self.mention_range(m);
                me < self.len() && self.words[me] == "'s"
                    || self.doc.mentions[m].kind == crate::doc::MentionKind::Pronoun
            });
            how = if possessive {
                "possessor in the direct object"
            } else {
                "parties named in the direct object"
            };
        }
        Some(Slot {
            by_agent: false,
            mentions: heads,
            how,
            np: (k, end),
            cited_by: Vec::new(),
            np_is_object: true,
        })
    }

    /// "condemned the U.S. and British strikes", "the Russian and Chinese warships": a name
    /// ending the object phrase at `end`, then "and"/"or" and a country adjective of another
    /// party before the phrase's common noun: the adjective's country is a second conjunct
    /// of the object (one event each). Returns its mention and the phrase's new end.
    fn coordinated_modifier_after(
        &self,
        end: usize,
        to: usize,
        heads: &[usize],
    ) -> Option<(usize, usize)> {
        let to = to.min(self.len());
        let &last = heads.last()?;
        if end + 2 >= to
            || self.mention_range(last).1 != end
            || !matches!(self.words[end], "and" | "or")
        {
            return None;
        }
        let md = self.doc.modifier_starting_at(self.first + end + 1)?;
        let after = md.last.checked_sub(self.first)?;
        // The noun the adjectives share, lowercase, right after the adjective.
        if after >= to
            || !matches!(self.tags[after], Tag::NN | Tag::NNS)
            || self.doc.tokens.get(self.first + after).capitalized
        {
            return None;
        }
        let m = self.doc.first_mention_of(md.entity)?;
        let entity = self.doc.mentions[m].entity;
        if heads.iter().any(|&h| self.doc.mentions[h].entity == entity) {
            return None;
        }
        let mut e = after + 1;
        while e < to && matches!(self.tags[e], Tag::NN | Tag::NNS) {
            e += 1;
        }
        Some((m, e))
    }

    /// The country of an indefinite apposition after a noun phrase ending at `end` that
    /// names no party (", a Turkish-owned ship", ", an Iranian-flagged tanker"): the
    /// country adjective among its first words, when the country is a party of the story.
    fn apposed_country(&self, end: usize, to: usize) -> Option<Slot> {
        let to = to.min(self.len());
        if end + 2 >= to || self.words[end] != "," || !matches!(self.words[end + 1], "a" | "an") {
            return None;
        }
        let doc = self.doc;
        let start = end + 2;
        for l in start..(start + 3).min(to) {
            if self.mention(l).is_some() {
                return None;
            }
            if let Some(md) = doc.modifier_starting_at(self.first + l) {
                let m = doc.first_mention_of(md.entity)?;
                return Some(Slot {
                    by_agent: false,
                    mentions: vec![m],
                    how: "country of the object, named in apposition",
                    np: (end + 1, (md.last - self.first).max(l + 1)),
                    cited_by: Vec::new(),
                    np_is_object: true,
                });
            }
            if !(self.tags[l].is_noun() || matches!(self.tags[l], Tag::JJ | Tag::VBN)) {
                return None;
            }
        }
        None
    }

    /// Names in apposition after a noun phrase ending at `end` (", Monaco," in "its
    /// neighbour, Monaco, on Monday"): only names, closed by punctuation, a preposition or
    /// the region's end, so that ", China said" (a new clause) is not taken.
    fn apposed_names(&self, end: usize, to: usize) -> Option<Slot> {
        let to = to.min(self.len());
        if end + 1 >= to || self.words[end] != "," || self.tags[end - 1].is_proper_noun() {
            return None;
        }
        let start = end + 1 + usize::from(self.words[end + 1] == "the");
        self.mention(start)?;
        let (e, ms) = self.np_after(start, to)?;
        let names = ms
            .iter()
            .all(|&m| self.doc.mentions[m].kind == crate::doc::MentionKind::Name);
        let closed = e >= to
            || self.tags[e] == Tag::IN
            || matches!(self.words[e], "," | "." | ";" | ":" | ")" | "\"");
        let only_names = (start..e)
            .all(|j| self.mention(j).is_some() || matches!(self.words[j], "and" | "," | "the"));
        (names && closed && only_names && !ms.is_empty()).then(|| Slot {
            by_agent: false,
            mentions: ms,
            how: "name in apposition to the direct object",
            np: (end + 1, e),
            cited_by: Vec::new(),
            np_is_object: true,
        })
    }

    /// The verb group telling that the event noun at `h`, heading the clause's subject,
    /// happens, goes on or stops (`[occurrence-verbs]`: "talks between Serbia and Kosovo
    /// resumed", "a ceasefire could take effect", "a meeting did not take place"): the
    /// group's first word and its main verb. The words between the noun and the group
    /// are the noun's own phrase (its between/with/of phrase, no verb, clause break or
    /// subordinator); the group starts with a finite verb or modal. `None` when the noun
    /// is no such subject, or its verb tells another act ("sanctions will hurt the
    /// economy"), whose mood is not the noun's.
    pub fn occurrence_predicate(&self, h: usize) -> Option<(usize, usize)> {
        let n = self.len();
        let cues = &self.knowledge.cues;
        let limit = (h + 16).min(n);
        let mut k = h + 1;
        while k < limit {
            let w = self.words[k];
            // A participle before a noun is the phrase's own ("Turkish-backed fighters").
            let modifier = matches!(self.tags[k], Tag::VBN | Tag::VBG)
                && k + 1 < n
                && (self.tags[k + 1].is_noun() || self.tags[k + 1] == Tag::JJ);
            if self.is_verb(k) && !modifier {
                break;
            }
            if matches!(w, "," | ";" | ":" | "\"" | "(" | ")")
                || cues.is_subordinator(w)
                || matches!(self.tags[k], Tag::WDT | Tag::WP)
                || (matches!(w, "and" | "or") && k + 1 < n && self.is_verb(k + 1))
            {
                return None;
            }
            k += 1;
        }
        let finite = k < limit
            && (matches!(self.tags[k], Tag::MD | Tag::VBD | Tag::VBZ | Tag::VBP)
                || AUX.contains(self.words[k]));
        if !finite {
            return None;
        }
        // The group: auxiliaries, adverbs, negators and `to` infinitives ("are expected
        // to begin", "have not yet taken place"); its main verb is its last verb.
        let mut main = k;
        let mut j = k;
        while j < n && j < k + 8 {
            if self.is_verb(j) {
                main = j;
            } else if !(self.tags[j].is_adverb()
                || cues.is_negation(self.words[j])
                || (self.words[j] == "to" && j + 1 < n && self.is_verb(j + 1))
                // A predicative adjective of schedule or likelihood before its `to`
                // infinitive: "talks are due to resume", "a meeting is set to take place".
                || (matches!(
                    self.words[j],
                    "due" | "set" | "poised" | "likely" | "unlikely" | "ready"
                ) && j + 2 < n
                    && self.words[j + 1] == "to"
                    && self.is_verb(j + 2)))
            {
                break;
            }
            j += 1;
        }
        (1..=3)
            .filter(|len| main + len <= n)
            .any(|len| OCCURRENCE_VERBS.contains_phrase(&self.words[main..main + len]))
            .then_some((k, main))
    }

    /// The noun phrase around a noun at `l`: its start and end.
    pub fn np_around(&self, l: usize) -> (usize, usize) {
        let mut s = l;
        while s > 0 && self.is_np_word(s - 1) {
            s -= 1;
        }
        let mut e = l + 1;
        while e < self.len() && self.tags[e].is_noun() && self.mention(e).is_none() {
            e += 1;
        }
        (s, e)
    }

    /// Purpose clause "to support/help/bolster X": X benefits from an aid-like event.
    pub fn beneficiary(&self, from: usize, to: usize) -> Option<Slot> {
        let to = to.min(self.len());
        let mut k = from;
        while k + 1 < to {
            if self.words[k] == "to"
                && matches!(
                    self.words[k + 1],
                    "support"
                        | "help"
                        | "bolster"
                        | "aid"
                        | "assist"
                        | "back"
                        | "strengthen"
                        | "boost"
                        | "arm"
                        | "supply"
                        | "defend"
                )
            {
                if let Some(slot) = self.np_slot(k + 2, to, "beneficiary of the purpose clause") {
                    return Some(slot);
                }
            }
            k += 1;
        }
        None
    }
}

/// The token range of the noun phrase headed by `h`: from its leftmost left dependent
/// (determiners, modifiers, compounds, possessors) to its last conjunct.
fn tree_np(tree: &Tree, h: usize) -> (usize, usize) {
    let mut heads = vec![h];
    let mut k = 0;
    // Conjuncts chain: "Russia, China and Iran" is Russia <- China <- Iran (spaCy).
    while k < heads.len() && heads.len() < 8 {
        let c = heads[k];
        heads.extend(
            tree.children(c)
                .filter(|&d| d > c && tree.rel(d) == Rel::Conj),
        );
        k += 1;
    }
    let s = heads.iter().map(|&c| left_edge(tree, c)).min().unwrap_or(h);
    let e = heads.iter().copied().max().unwrap_or(h) + 1;
    (s, e)
}

/// The leftmost word of the left dependents of `h` (punctuation excluded), or `h`.
fn left_edge(tree: &Tree, h: usize) -> usize {
    let mut edge = h;
    let mut frontier = h;
    // Left dependents of a left dependent are further left: follow the leftmost.
    for _ in 0..tree.len() {
        match tree
            .children(frontier)
            .find(|&d| d < frontier && tree.rel(d) != Rel::Punct)
        {
            Some(d) => {
                edge = edge.min(d);
                frontier = d;
            }
            None => break,
        }
    }
    edge
}

/// One tagged sentence as the tag corrections read it: the knowledge, the document, the
/// sentence (index `si`, span `s`), the tagger's tags by local index and what the tagger
/// knows of each word. Every correction takes it and returns the words whose tags it
/// changes (local index and new tag).
#[derive(Clone, Copy)]
struct Tagged<'a> {
    k: &'a Knowledge,
    doc: &'a Doc<'a>,
    si: usize,
    s: crate::doc::Sentence,
    tags: &'a [Tag],
    infos: &'a [WordInfo],
}

impl<'a> Tagged<'a> {
    fn new(
        k: &'a Knowledge,
        doc: &'a Doc<'a>,
        si: usize,
        tags: &'a [Tag],
        infos: &'a [WordInfo],
    ) -> Self {
        let s = doc.sentences[si];
        Tagged {
            k,
            doc,
            si,
            s,
            tags,
            infos,
        }
    }

    /// The words of local `range` that `fix` gives a new tag, in order: the loop of the
    /// corrections that decide one word at a time.
    /// (A plain loop, inlined with its closure: through `filter_map` and `collect` each
    /// word paid a call to the closure, about 40 instructions a word and correction.)
    #[inline(always)]
    fn each(
        &self,
        range: std::ops::Range<usize>,
        mut fix: impl FnMut(usize) -> Option<Tag>,
    ) -> Vec<(usize, Tag)> {
        let mut out = Vec::new();
        for i in range {
            if let Some(tag) = fix(i) {
                out.push((i, tag));
            }
        }
        out
    }
}

/// A correction of the tagger's reading of one sentence.
type Correction = fn(&Tagged<'_>) -> Vec<(usize, Tag)>;

/// The participles and adjectives the context makes finite verbs or modifiers, corrected in
/// every read sentence after its names and its headline verb, in this order: `run` keeps a
/// word's first correction, so the corrections decided first keep their word.
const CORRECTIONS: [Correction; 16] = [
    hyphenated_participles,
    compound_modifiers_after_to,
    |tagged| opening_participle_modifier(tagged).into_iter().collect(),
    party_nouns_before_a_date,
    past_verbs_after_their_subject,
    predicates_after_a_semicolon,
    finite_verbs_after_an_aside,
    finite_verb_of_a_verbless_sentence,
    |tagged| opening_participle_preposition(tagged).into_iter().collect(),
    participles_coordinated_before_a_noun,
    coordinated_country_adjectives,
    participles_after_a_determiner,
    verbs_before_their_particles,
    verbs_after_a_modal,
    verb_only_words,
    verbs_after_a_relative_pronoun,
];

/// Stage `syntax`: tags the sentences that need a reading. A body sentence is analysed
/// only when an actor and a trigger co-occur (the gate); a sentence whose figures are
/// attributed ("reports claim around 600 soldiers died") is tagged for the provenance
/// of those figures.
pub(crate) fn run(k: &Knowledge, doc: &mut Doc) {
    let n = doc.sentences.len();
    let mut analysed = vec![false; n];
    let mut needs = vec![false; n];
    let within_cap = |si: usize| doc.sentences[si].tokens().len() <= MAX_ANALYSED_TOKENS;
    let mut prepared: Vec<Option<sitrep_lexicon::PreparedSentence>> =
        (0..n).map(|_| None).collect();
    for si in 0..n {
        if doc.sentences[si].kind == SentenceKind::Body
            && within_cap(si)
            && gate(k, doc, si, &mut prepared[si])
        {
            analysed[si] = true;
            needs[si] = true;
        }
    }
    // Each sentence is checked for attribution once, however many figures it holds.
    let mut checked = vec![false; n];
    for q in &doc.quantities {
        if let Some(si) = figure_sentence(doc, q) {
            if !needs[si] && !checked[si] && within_cap(si) {
                checked[si] = true;
                needs[si] = attributed(k, doc, si);
            }
        }
    }
    // A sentence the detector finds a category in is read too, for the events stage's
    // backstop (`detector::backstop`) should the rules leave it empty.
    let mut detected = vec![false; n];
    for (si, need) in needs.iter_mut().enumerate() {
        if !*need && crate::detector::detect(k, doc, si).is_some() {
            *need = true;
            detected[si] = true;
        }
    }
    let tagger = Tagger::builtin();
    let mut raw: Vec<&str> = Vec::new();
    let mut infos = Vec::new();
    let mut tags: Vec<Option<Vec<Tag>>> = vec![None; n];
    let mut trees: Vec<Option<LazyTree>> = (0..n).map(|_| None).collect();
    for si in 0..n {
        if !needs[si] {
            continue;
        }
        raw.clear();
        // A title-case headline ("China Denounces Actions By Brazil") capitalises its verbs:
        // the tagger reads them lowercased, names (actor mentions and places: "Rebels in
        // Dhaka Reject Calls") as written.
        let title_case = doc.is_mostly_title_case(si);
        let sentence = doc.sentences[si];
        let places: &[crate::doc::PlaceMention] = if title_case {
            let from = doc.places.partition_point(|p| p.last <= sentence.first);
            let to = doc.places.partition_point(|p| p.first < sentence.last);
            &doc.places[from..to.max(from)]
        } else {
            &[]
        };
        raw.extend(doc.sentences[si].tokens().map(|g| {
            let named = doc.mention_at[g] != crate::doc::NONE
                || places.iter().any(|p| p.first <= g && g < p.last);
            if title_case && !named {
                doc.norm(g)
            } else {
                doc.token_text(g)
            }
        }));
        let mut t = Vec::with_capacity(raw.len());
        tagger.tag_with_info(&raw, &mut t, &mut infos);
        let mut fixed = {
            let tagged = &Tagged::new(k, doc, si, &t, &infos);
            let mut fixed = if title_case {
                Vec::new()
            } else {
                names_read_as_common_words(tagged)
            };
            fixed.extend(verbs_in_verbal_context(tagged));
            // A headline: in title case, or a line without final punctuation ("Kyiv rules
            // out talks with Moscow", a feed's title); prose keeps the tagger's reading.
            if fixed.is_empty() && is_headline(doc, si) {
                fixed.extend(title_case_headline_verb(k, doc, si, &t, &infos));
                if fixed.is_empty() {
                    fixed.extend(headline_bare_passive(k, doc, si, &t));
                }
            }
            for correct in CORRECTIONS {
                fixed.extend(correct(tagged));
            }
            // "Russia-Ukraine talks open in Istanbul": the occurrence verb after the event
            // noun outweighs a verbal reading of the noun itself.
            let occurring = event_nouns_before_occurrence_verbs(tagged);
            fixed.retain(|(i, _)| !occurring.iter().any(|(j, _)| j == i));
            fixed.extend(occurring);
            fixed
        };
        if !fixed.is_empty() {
            fixed.sort_by_key(|&(i, _)| i);
            fixed.dedup_by_key(|&mut (i, _)| i);
            // Only the words from the first fixed one until the tags agree again are
            // scored anew.
            tagger.retag_fixed(&raw, &[], &fixed, &mut t, &mut infos);
            // With the names read as names, a verb they hid may now stand out.
            let more = verbs_in_verbal_context(&Tagged::new(k, doc, si, &t, &infos));
            if !more.is_empty() {
                let before = fixed.clone();
                fixed.extend(more);
                fixed.sort_unstable_by_key(|&(i, _)| i);
                fixed.dedup_by_key(|&mut (i, _)| i);
                tagger.retag_fixed(&raw, &before, &fixed, &mut t, &mut infos);
            }
        }
        recover_headline_verb(k, doc, si, &mut t);
        // Only the analysed sentences are coded, so only they get a tree (on the word
        // hashes the tagger made), parsed when the coder first asks for it; and those the
        // detector found a category in, for the backstop's slots.
        if analysed[si] || detected[si] {
            let toks = infos.iter().zip(&t).map(|(w, &tag)| Tok::from_info(w, tag));
            let prefix = match dateline_words(doc, si) {
                0 => headline_label_words(doc, si),
                d => d,
            };
            trees[si] = Some(LazyTree::after_dateline(toks.collect(), prefix));
        }
        tags[si] = Some(t);
    }
    doc.analysed = analysed;
    doc.tags = tags;
    doc.trees = trees;
    doc.prepared = prepared;
}

/// The words of a dateline opening sentence `si` ("KHARTOUM, Sudan (AP) -", "KABUL -"),
/// through its dash; 0 without one. A dateline starts with a place in capitals and holds
/// only capitalised words, commas and a parenthesised agency before the dash.
fn dateline_words(doc: &Doc, si: usize) -> usize {
    const MAX_DATELINE_WORDS: usize = 12;
    let s = doc.sentences[si];
    let n = s.last - s.first;
    let first = doc.token_text(s.first);
    if first.len() < 2 || !first.chars().all(|c| c.is_ascii_uppercase() || c == '.') {
        return 0;
    }
    for i in 1..n.min(MAX_DATELINE_WORDS) {
        let g = s.first + i;
        match doc.token_text(g) {
            "-" | "--" | "\u{2014}" | "\u{2013}" => return if i + 1 < n { i + 1 } else { 0 },
            "," | "(" | ")" => {}
            _ if doc.tokens.get(g).capitalized => {}
            // A wire kicker's version number ("UPDATE 2-Ukraine Says ...").
            t if i == 1 && t.bytes().all(|b| b.is_ascii_digit()) => {}
            _ => return 0,
        }
    }
    0
}

/// The words of a headline's label through its colon ("Poland: Three NGOs Banned ...",
/// "UN rights chief: Myanmar junta must ..."); 0 without one. Wire headlines put the
/// place or the speaker before a colon, outside the clause: parsed with it, the label
/// becomes the clause's subject or root. A label is at most five words, opens the
/// headline, holds no comma or quotation mark, and leaves at least three words after it.
fn headline_label_words(doc: &Doc, si: usize) -> usize {
    const MAX_LABEL_WORDS: usize = 5;
    let s = doc.sentences[si];
    let n = s.last - s.first;
    if !is_headline(doc, si) {
        return 0;
    }
    for i in 1..n.min(MAX_LABEL_WORDS + 1) {
        match doc.token_text(s.first + i) {
            ":" => return if i + 3 < n { i + 1 } else { 0 },
            "," | "\"" | "'" | "\u{201c}" | "\u{2018}" => return 0,
            _ => {}
        }
    }
    0
}

/// Is sentence `si` a headline by its form: in title case, or a line without final
/// punctuation ("Kyiv rules out talks with Moscow", a feed's title)? A slip allowed for
/// tagging is not allowed here: "Marco Rubio huddled with Wang Yi" is prose of names
/// whose one lowercase word is its verb.
pub(crate) fn is_headline(doc: &Doc, si: usize) -> bool {
    let s = doc.sentences[si];
    // A closing quote ends a sentence only after the sentence's own stop ('... "unacceptable."');
    // one right after a word closes a quoted word of a headline ('Iran: U.S. statements
    // are "hypocritical"', session 32).
    let quote_after_word = s.last > s.first + 1
        && matches!(doc.norm(s.last - 1), "\"" | "'")
        && !matches!(doc.norm(s.last - 2), "." | "!" | "?" | "," | "\"" | "'");
    let unpunctuated = s.last > s.first
        && (!matches!(doc.norm(s.last - 1), "." | "!" | "?" | "\"" | "'") || quote_after_word);
    unpunctuated || title_case_headline(doc, si) || headline_line_with_full_stop(doc, si)
}

/// Is sentence `si` a headline by its title case (a slip not allowed, see `is_headline`)?
fn title_case_headline(doc: &Doc, si: usize) -> bool {
    doc.is_title_case(si) && !short_lowercase_content_word(doc, si)
}

/// Is sentence `si` a headline closed by a full stop: the document's first sentence, alone
/// on its line, short, with no article and nothing in the past tense of prose ("Five
/// soldiers killed in ambush in northern Burkina Faso.", "Zelensky: Russia deliberately
/// targeting civilians.")? Feeds, monitors and a story's first line often close a headline
/// with a full stop; its grammar stays headlinese: articles and auxiliaries dropped. Prose
/// has its articles and its past tense: a first line that holds one ("The army said on
/// Monday it had ...", "Ukraine's prisoners were released on Friday.") is a sentence.
fn headline_line_with_full_stop(doc: &Doc, si: usize) -> bool {
    // The most words a headline writer's line holds; a longer one is a sentence.
    const MAX_HEADLINE_WORDS: usize = 14;
    let s = doc.sentences[si];
    if si != 0 || s.last <= s.first || doc.norm(s.last - 1) != "." {
        return false;
    }
    let begin = doc.tokens.get(s.first).start as usize;
    let end = doc.tokens.get(s.last - 1).end as usize;
    let rest = doc.text[end..].trim_start_matches([' ', '\t']);
    if !doc.text[..begin].trim().is_empty() || !(rest.is_empty() || rest.starts_with(['\n', '\r']))
    {
        return false;
    }
    let mut words = 0;
    for g in s.tokens() {
        if doc.tokens.get(g).kind != crate::doc::TokenKind::Word {
            continue;
        }
        // An article, or a past auxiliary or "said" (a headline tells the past in the
        // present: "says", no "was"), marks prose: "Ukraine's prisoners were released on
        // Friday."
        if matches!(
            doc.norm(g),
            "the" | "a" | "an" | "was" | "were" | "had" | "been" | "said"
        ) {
            return false;
        }
        words += 1;
    }
    words <= MAX_HEADLINE_WORDS
}

/// Does sentence `si` have a short lowercase word that is no function word ("Reagan met
/// with Gorbachev in Moscow")? A title capitalises its short verbs too ("Kenya Bans
/// Rallies", "Army Hit by Attack"); prose made mostly of names passes the title-case
/// test on its long words alone.
fn short_lowercase_content_word(doc: &Doc, si: usize) -> bool {
    doc.sentences[si].tokens().any(|g| {
        let t = doc.tokens.get(g);
        let w = doc.norm(g);
        t.kind == crate::doc::TokenKind::Word
            && !t.capitalized
            && w.len() <= 3
            && !matches!(
                w,
                "a" | "an"
                    | "the"
                    | "of"
                    | "in"
                    | "on"
                    | "at"
                    | "to"
                    | "for"
                    | "by"
                    | "and"
                    | "or"
                    | "as"
                    | "vs"
                    | "per"
                    | "via"
                    | "off"
                    | "up"
                    | "out"
                    | "nor"
                    | "but"
                    | "is"
                    | "are"
                    | "be"
                    | "its"
                    | "if"
                    | "'s"
            )
    })
}

/// The capitalised words of the dictionary's names in sentence `si` that the tagger read
/// as common words (local index, `NNP`): "Trump at first imposed tariffs" has "Trump" as
/// the card game's noun, "Free Syrian Army" an adjective, and the parse that follows
/// loses the subject. Not for a title-case headline (`run`), tagged lowercased apart from
/// its names.
fn names_read_as_common_words(tagged: &Tagged) -> Vec<(usize, Tag)> {
    let &Tagged { doc, s, tags, .. } = tagged;
    tagged.each(0..tags.len(), |i| {
        let g = s.first + i;
        let common = matches!(tags[i], Tag::NN | Tag::NNS | Tag::JJ | Tag::MD) || tags[i].is_verb();
        let name = doc
            .mention_index(g)
            .is_some_and(|m| doc.mentions[m].kind == crate::doc::MentionKind::Name);
        (common && doc.tokens.get(g).capitalized && name).then_some(Tag::NNP)
    })
}

/// How [`verbs_in_verbal_context`] reached the subject of a word.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Reach {
    /// A mention ends right before the word.
    Mention,
    /// A mention closes before an aside between commas that ends right before the word.
    Aside,
    /// A noun phrase of no party opens the clause right before the word.
    NounPhrase,
}

/// The mention before an aside that ends right before local index `i` with a comma
/// ("Berlin, already Kyiv's second-largest backer, funds"): the aside opens with a comma
/// right after the mention, holds no verb and at most twelve words.
fn subject_before_aside(doc: &Doc, first: usize, tags: &[Tag], i: usize) -> Option<usize> {
    if i < 4 || tags[i - 1] != Tag::Comma {
        return None;
    }
    for j in (i.saturating_sub(14)..i - 2).rev() {
        match tags[j] {
            Tag::Comma => {
                let m = doc.mention_index(first + j.checked_sub(1)?)?;
                return (doc.mentions[m].last == first + j).then_some(m);
            }
            t if t.is_verb() || t.is_punct() || matches!(t, Tag::WDT | Tag::WP) => return None,
            _ => {}
        }
    }
    None
}

/// The first local index of a noun phrase of common nouns and names that ends right
/// before local index `i` and opens sentence `si`'s clause: the sentence's first word or
/// the first after its dateline, "that" or a subordinator ("Kenya's anti-graft agency",
/// "the police", "Western donors"). Determiners, possessives, numbers, adjectives and
/// nouns only; the word before `i` is a noun.
fn clause_opening_noun_phrase(doc: &Doc, si: usize, tags: &[Tag], i: usize) -> Option<usize> {
    if !tags[i - 1].is_noun() {
        return None;
    }
    let mut start = i - 1;
    while start > 0
        && (tags[start - 1].is_noun()
            || matches!(
                tags[start - 1],
                Tag::DT | Tag::PRPS | Tag::POS | Tag::CD | Tag::JJ | Tag::Hyph
            ))
    {
        start -= 1;
    }
    let s = doc.sentences[si];
    let opens = start == 0 || start == dateline_words(doc, si) || {
        let w = doc.norm(s.first + start - 1);
        w == "that" || CLAUSE_SUBORDINATORS.contains(w)
    };
    opens.then_some(start)
}

/// The words of sentence `si` (local index and verb tag) that the tagger read as a noun or
/// an adjective where the context is plainly verbal: a form the event lexicon knows as a
/// verb pattern's head, right after a party that can be its subject and right before what
/// can only be its object. "Hezbollah fires rockets at Israel", "Japan protests the
/// incursion", "North Korea test-fires a missile": read as nouns, the verb patterns never
/// reach their slots. The subject is a mention ending right before the word, not itself
/// the complement of a preposition or a possessive ("attacks by Hamas", "the group's
/// attacks on"); the object starts right after it with a determiner, a possessive
/// pronoun, a number, an object pronoun or a party ("protests the", "arrests 20",
/// "expels Spanish diplomats", "attacks Ukraine"), or, where nothing before the word is
/// a finite verb (a headline's main verb), with bare nouns closed by a preposition or the
/// sentence's end ("fires rockets at"). A compound of a name and a noun is followed by a
/// verb or a preposition ("Hamas attacks killed", "Israeli strikes on Gaza"), never by
/// these. The present form ("trade") is taken only after coordinated parties
/// ("Pakistan, India trade fire"); a singular name before it is a compound ("the Iran
/// deal").
fn verbs_in_verbal_context(tagged: &Tagged) -> Vec<(usize, Tag)> {
    let &Tagged {
        k,
        doc,
        si,
        s,
        tags,
        ..
    } = tagged;
    let n = tags.len();
    let lexicon = &k.lexicon;
    let mut out = Vec::new();
    for i in 1..n.saturating_sub(1) {
        let g = s.first + i;
        // An adverb or a preposition ("leaders back Ukraine's bid", "warplanes pound the
        // coast") is read as a verb only with its object right after and no verb before.
        let loose = matches!(tags[i], Tag::RB | Tag::IN);
        if !(loose || matches!(tags[i], Tag::NN | Tag::NNS | Tag::JJ))
            || doc.mention_index(g).is_some()
        {
            continue;
        }
        // The subject: a mention ending right before, not a preposition's or possessor's
        // (tested first: it is cheaper than the lexicon's look-ups); or one before an
        // aside closed by a comma ("Berlin, Kyiv's second-largest backer, funds"); or a
        // noun phrase opening the clause ("Kenya's anti-graft agency raids the homes").
        let (subject_first, subject_last, adjective, how) = match doc.mention_index(g - 1) {
            Some(m) => {
                let x = &doc.mentions[m];
                let adjective = x.kind == crate::doc::MentionKind::Adjective;
                (x.first, x.last - 1, adjective, Reach::Mention)
            }
            None => match subject_before_aside(doc, s.first, tags, i) {
                Some(m) => {
                    let x = &doc.mentions[m];
                    let adjective = x.kind == crate::doc::MentionKind::Adjective;
                    (x.first, x.last - 1, adjective, Reach::Aside)
                }
                None => match clause_opening_noun_phrase(doc, si, tags, i) {
                    Some(first) => (s.first + first, g - 1, false, Reach::NounPhrase),
                    None => continue,
                },
            },
        };
        let w = doc.norm(g);
        let forms = head_forms(lexicon, w, is_verb_pattern);
        // "Israeli air strikes the day before": a noun pattern's compound ("air|drone
        // *strike") is a noun.
        let before_word = doc.norm(g - 1);
        let compound = lexicon.patterns_for(w).iter().any(|&id| {
            let p = lexicon.pattern(id);
            !is_verb_pattern(p)
                && p.before
                    .last()
                    .is_some_and(|alts| alts.iter().any(|a| a == before_word))
        });
        if forms.0 == 0 || (compound && how != Reach::Mention) {
            continue;
        }
        // A possessive is no subject: "its ally Italy".
        if tags[i - 1] == Tag::PRPS {
            continue;
        }
        let before = subject_first
            .checked_sub(s.first)
            .and_then(|l| l.checked_sub(1));
        // The word a loose reading or a noun phrase follows opens the clause: nothing, a
        // dateline, "that", a subordinator or a verb of speech ("said Israeli warplanes
        // pound"); not another verb's object ("sent troops back the same day"). The
        // subject's own modifiers are passed over ("Nordic and Baltic leaders").
        let mut phrase_before = before;
        while let Some(b) = phrase_before.filter(|&b| {
            matches!(
                tags[b],
                Tag::DT | Tag::JJ | Tag::CC | Tag::CD | Tag::POS | Tag::Hyph
            ) || tags[b].is_noun()
        }) {
            phrase_before = b.checked_sub(1);
        }
        if (loose || how != Reach::Mention)
            && phrase_before.is_some_and(|b| {
                let word = doc.norm(s.first + b);
                !(word == "that"
                    || matches!(tags[b], Tag::Hyph | Tag::Colon)
                    || CLAUSE_SUBORDINATORS.contains(word)
                    || (tags[b].is_verb() && crate::words::SPEECH_VERBS.contains(word)))
                    || tags[..b].iter().enumerate().any(|(j, t)| {
                        t.is_finite() && !crate::words::SPEECH_VERBS.contains(doc.norm(s.first + j))
                    })
            })
        {
            continue;
        }
        if before.is_some_and(|b| {
            matches!(tags[b], Tag::IN | Tag::TO | Tag::POS | Tag::PRPS)
                // "said that Iran attacks ...", "after Hamas attacks ...": a clause opens.
                && !(CLAUSE_SUBORDINATORS.contains(doc.norm(s.first + b))
                    || matches!(doc.norm(s.first + b), "that" | "if"))
        }) {
            continue;
        }
        let coordinated = before.is_some_and(|b| {
            matches!(doc.norm(s.first + b), "and" | ",")
                && b > 0
                && doc.mention_index(s.first + b - 1).is_some()
        });
        // "demanded that Pakistan hand over the suspects", "insisted that the government
        // disarm the militias": a mandative verb's "that" clause has a bare subjunctive.
        let subjunctive = before.is_some_and(|b| {
            let that = if doc.norm(s.first + b) == "the" {
                b.checked_sub(1)
            } else {
                Some(b)
            };
            that.is_some_and(|t| {
                t > 0
                    && doc.norm(s.first + t) == "that"
                    && crate::words::MANDATIVE_VERBS.contains(doc.norm(s.first + t - 1))
            })
        });
        // "Police arrest 40", "Rebels attack the base", "Rail workers strike over pay": a
        // subject whose head is a plural noun (or a collective read as one, `[plural-
        // collectives]`: "police") agrees with the base form.
        let last = subject_last;
        let plural_subject = !adjective
            && (matches!(tags[last - s.first], Tag::NNS | Tag::NNPS)
                || crate::words::PLURAL_COLLECTIVES.contains(doc.norm(last)));
        // A noun phrase agrees with the form: "the agency raids", "donors fund".
        if how == Reach::NounPhrase
            && !(if plural_subject {
                forms.contains(sitrep_lexicon::Forms::BASE)
            } else {
                tags[last - s.first] != Tag::NNPS && forms.contains(sitrep_lexicon::Forms::THIRD)
            })
        {
            continue;
        }
        let tag = if forms.contains(sitrep_lexicon::Forms::THIRD) {
            Tag::VBZ
        } else if forms.contains(sitrep_lexicon::Forms::PAST) {
            Tag::VBD
        } else if forms.contains(sitrep_lexicon::Forms::BASE)
            && (coordinated || subjunctive || plural_subject)
        {
            Tag::VBP
        } else {
            continue;
        };
        if subjunctive {
            out.push((i, tag));
            continue;
        }
        // The object right after.
        let object_at = |l: usize| {
            l < n
                && (matches!(tags[l], Tag::DT | Tag::PRPS | Tag::CD | Tag::PRP)
                    || doc.mention_index(s.first + l).is_some()
                    || doc.modifier_starting_at(s.first + l).is_some())
        };
        let object = object_at(i + 1);
        // "Venezuela funds and shelters ELN guerrillas", "Iran arms and trains the
        // Houthis": a second verb of the same form joined by "and" or "or" shares the
        // subject and takes the object; the tagger read both as nouns of one phrase.
        let second_verb = i + 2 < n
            && matches!(doc.norm(g + 1), "and" | "or")
            && doc.mention_index(g + 2).is_none()
            && match tag {
                Tag::VBZ => {
                    matches!(tags[i + 2], Tag::NNS | Tag::VBZ) && doc.norm(g + 2).ends_with('s')
                }
                Tag::VBD => {
                    matches!(tags[i + 2], Tag::VBD | Tag::VBN | Tag::JJ)
                        && doc.norm(g + 2).ends_with("ed")
                }
                _ => false,
            }
            && object_at(i + 3);
        if second_verb {
            out.push((i, tag));
            out.push((i + 2, tag));
            continue;
        }
        let no_finite_before = !tags[..i].iter().any(|t| t.is_finite());
        let bare_object = || {
            if !no_finite_before {
                return false;
            }
            // A role noun read as a verb is still a noun: "Venezuela Arrests Aide to ...".
            let mut e = i + 1;
            while e < n
                && e <= i + 3
                && (matches!(tags[e], Tag::NN | Tag::NNS)
                    || doc.role_at[s.first + e] != crate::doc::NONE)
            {
                e += 1;
            }
            e > i + 1 && (e == n || matches!(tags[e], Tag::IN | Tag::TO) || tags[e].is_punct())
        };
        // "French rail workers strike over pension changes": a base form after a plural
        // subject, before a preposition, in a line with no finite verb at all, is its verb
        // (a compound of a plural noun and a base form is no noun phrase of English).
        // A later clause may have its own verb ("Pensioners rally outside Congress as
        // lawmakers debate the cuts"): only the word's own clause is looked at.
        let clause_end = (i + 1..n)
            .find(|&j| {
                matches!(tags[j], Tag::Comma | Tag::Colon | Tag::CC)
                    || doc.norm(s.first + j) == "as"
                    || CLAUSE_SUBORDINATORS.contains(doc.norm(s.first + j))
            })
            .unwrap_or(n);
        // An adverb or a preposition only before a preposition one of its verb patterns
        // takes a party from ("rally outside", not "back in").
        let slot_after = || {
            let next = doc.norm(g + 1);
            lexicon.patterns_for(w).iter().any(|&id| {
                let p = lexicon.pattern(id);
                p.pos == sitrep_lexicon::TriggerPos::Verb
                    && p.recipient
                        .iter()
                        .any(|r| matches!(r, sitrep_lexicon::Slot::Prep(q) if q == next))
            })
        };
        let intransitive = || {
            tag == Tag::VBP
                && plural_subject
                && !coordinated
                && how == Reach::Mention
                && tags[i + 1] == Tag::IN
                && (!loose || slot_after())
                && !tags[..i].iter().any(|t| t.is_finite())
                && !tags[i + 1..clause_end].iter().any(|t| t.is_finite())
        };
        // An object opened by adjectives or a participle ("targets suspected militant
        // hideouts") or a quantifier ("fund most of"), after a party that is no adjective
        // (an adjective and a noun make a noun phrase: "Israeli raids last week").
        let adjective_object = || {
            let mut e = i + 1;
            while e < n && e <= i + 3 && matches!(tags[e], Tag::JJ | Tag::JJS | Tag::VBN) {
                e += 1;
            }
            !adjective
                && e > i + 1
                && e < n
                && !is_date_word(doc.norm(s.first + e))
                && !is_date_word(doc.norm(s.first + i + 1))
                && (matches!(tags[e], Tag::NN | Tag::NNS)
                    || (tags[e - 1] == Tag::JJS && doc.norm(s.first + e) == "of"))
        };
        let strict = loose || how != Reach::Mention;
        let taken = if strict {
            (object && !(adjective && loose)) || adjective_object() || intransitive()
        } else {
            object || bare_object() || intransitive() || adjective_object()
        };
        if taken {
            out.push((i, tag));
        }
    }
    out
}

/// The past verbs of sentence `si` (local index, `VBD`) that the tagger read as a
/// participle or an adjective: "Trump at first imposed 25% tariffs", "Police on Saturday
/// arrested opposition leader X". With no finite verb or auxiliary (have, be, get) before
/// it, a past form the event lexicon knows as a verb head, after a party that can be its
/// subject and only adverbials between them (adverbs, time words, prepositional phrases
/// of time or place: "last week", "on Monday", "in Uganda"), is the clause's finite verb
/// when what follows is its object (a determiner, a number, a pronoun, a noun, a party),
/// or when no other finite verb follows in the sentence ("Troops from Chad deployed to
/// the border"). A reduced relative ("the militants killed in the raid were ...") has a
/// preposition and a later finite verb, and stays a participle.
fn past_verbs_after_their_subject(tagged: &Tagged) -> Vec<(usize, Tag)> {
    let &Tagged { doc, s, tags, .. } = tagged;
    let n = tags.len();
    let mut out = Vec::new();
    // Each clause a semicolon closes is read on its own: monitors chain acts so ("Fighting
    // erupted in Nasir; South Sudan 12 Mar expelled Ugandan officers").
    let mut clause_start = 0;
    while clause_start < n {
        let clause_end = (clause_start..n)
            .find(|&j| doc.norm(s.first + j) == ";")
            .unwrap_or(n);
        out.extend(past_verbs_in_clause(tagged, (clause_start, clause_end)));
        clause_start = clause_end + 1;
    }
    out
}

/// [`past_verbs_after_their_subject`] for the clause at local indices `start..end`.
fn past_verbs_in_clause(tagged: &Tagged, (start, end): (usize, usize)) -> Vec<(usize, Tag)> {
    let &Tagged {
        k,
        doc,
        si,
        s,
        tags,
        ..
    } = tagged;
    let lexicon = &k.lexicon;
    // Nothing before the word may be a finite verb or an auxiliary: it would be the
    // clause's verb ("was arrested", "said the detained men", "to be seized").
    let verb_before = (start..end)
        .find(|&j| {
            let w = doc.norm(s.first + j);
            tags[j].is_finite() || (tags[j].is_verb() && (AUX.contains(w) || BE_FORMS.contains(w)))
        })
        .unwrap_or(end);
    tagged.each(start + 1..verb_before.min(end.saturating_sub(1)), |i| {
        let g = s.first + i;
        if !matches!(tags[i], Tag::VBN | Tag::JJ) || doc.mention_index(g).is_some() {
            return None;
        }
        // "Israeli air strikes killed at least 22 people": a noun phrase of common nouns
        // opening the clause is a subject too, but only with an object after the word (a
        // reduced relative, "the strikes killed in error", takes none).
        let party_subject = subject_before_adverbials(doc, s.first, tags, i);
        if !party_subject && clause_opening_noun_phrase(doc, si, tags, i).is_none() {
            return None;
        }
        let w = doc.norm(g);
        if !head_forms(lexicon, w, is_verb_pattern).is_past() {
            return None;
        }
        let object = opens_object_phrase(tags[i + 1]) || doc.mention_index(g + 1).is_some();
        // "killed at least 22", "wounded more than 40": a counted object.
        let counted_object = i + 3 < end
            && matches!(
                (doc.norm(g + 1), doc.norm(g + 2)),
                ("at", "least")
                    | ("more", "than")
                    | ("as", "many")
                    | ("nearly" | "about" | "some" | "over", _)
            )
            && (tags[i + 2] == Tag::CD || tags[i + 3] == Tag::CD);
        if !party_subject {
            return (counted_object || (object && tags[i + 1] != Tag::JJ)).then_some(Tag::VBD);
        }
        let no_later_verb = || !tags[i + 1..end].iter().any(|t| t.is_finite());
        (object || counted_object || no_later_verb()).then_some(Tag::VBD)
    })
}

/// The last word of a party the tagger read as a verb before a date that stands between
/// the subject and its verb, as monitors write it (local index, `NNS` or `NN`): "SADC
/// envoys 16 Jan met Pres. Chapo" (`envoys` read as a present verb). The date is followed
/// by a past form, which is the verb. So is a role noun ending a party read as a present
/// verb right before a past verb or a modal ("Armenian and Azerbaijani envoys met in
/// Geneva"): two finite verbs do not follow each other, and the party's head is the noun.
fn party_nouns_before_a_date(tagged: &Tagged) -> Vec<(usize, Tag)> {
    let &Tagged { doc, s, tags, .. } = tagged;
    let n = tags.len();
    tagged.each(0..n.saturating_sub(2), |i| {
        let g = s.first + i;
        if !matches!(tags[i], Tag::VBZ | Tag::VBP | Tag::VBD | Tag::VBN)
            || doc
                .mention_index(g)
                .is_none_or(|m| doc.mentions[m].last != g + 1)
        {
            return None;
        }
        let role_before_verb = matches!(tags[i], Tag::VBZ | Tag::VBP)
            && doc.role_at[g] != crate::doc::NONE
            && matches!(tags[i + 1], Tag::VBD | Tag::MD);
        if !role_before_verb {
            let (df, dl) = doc.date_tokens_covering(g + 1)?;
            if df != g + 1 || dl >= s.last || !matches!(tags[dl - s.first], Tag::VBD | Tag::VBN) {
                return None;
            }
        }
        let plural = doc.norm(g).ends_with('s');
        Some(if plural { Tag::NNS } else { Tag::NN })
    })
}

/// Can a word of this tag open (or continue) a verb's object noun phrase: a determiner, a
/// possessive, a number, a pronoun, a noun or an adjective? Used where a past form is
/// told from a participle by what follows it.
fn opens_object_phrase(t: Tag) -> bool {
    matches!(
        t,
        Tag::DT
            | Tag::PRPS
            | Tag::CD
            | Tag::PRP
            | Tag::NN
            | Tag::NNS
            | Tag::NNP
            | Tag::NNPS
            | Tag::JJ
    )
}

/// Past forms right after the comma that closes an aside between a clause's subject and
/// its verb, read as participles (local index, `VBD`): "China, Pakistan's closest ally,
/// called on India to ...", "France, along with Egypt, faced off against Turkey",
/// "Turkey, which has long disputed the border, accused Greece". The greedy tagger reads
/// ", called" as a reduced relative; but a sentence whose words outside the aside hold no
/// finite verb has no other one to be its verb. The subject runs from the sentence's first
/// word (after a dateline or an opening phrase closed by a comma) to the aside's comma and
/// is a noun phrase (names, nouns, their determiners, modifiers and "of"/"in" phrases)
/// ending in a noun, a pronoun or a party; the aside is at most 25 words; the form can be a
/// simple past ("called", "struck"; not "taken"); and no finite verb follows in its clause
/// ("The report, written by two judges, published on Monday, runs to 300 pages" keeps its
/// participle), bar a reporting verb after a later comma (", the ministry said").
fn finite_verbs_after_an_aside(tagged: &Tagged) -> Vec<(usize, Tag)> {
    const MAX_ASIDE_WORDS: usize = 25;
    let &Tagged {
        k,
        doc,
        si,
        s,
        tags,
        ..
    } = tagged;
    let n = tags.len();
    let start = dateline_words(doc, si);
    tagged.each(start + 4..n.saturating_sub(1), |i| {
        let g = s.first + i;
        if tags[i] != Tag::VBN || tags[i - 1] != Tag::Comma || doc.mention_index(g).is_some() {
            return None;
        }
        if !can_be_simple_past(doc.norm(g)) {
            return None;
        }
        // The comma opening the aside, and the comma (or the start) before the subject.
        let open = (i.saturating_sub(MAX_ASIDE_WORDS + 2)..i - 1)
            .rev()
            .find(|&j| tags[j] == Tag::Comma)?;
        let aside_breaks = (open + 1..i - 1).any(|j| {
            matches!(
                doc.norm(s.first + j),
                "(" | ")" | ";" | ":" | "\"" | "\u{201c}" | "\u{201d}"
            )
        });
        if aside_breaks || open <= start {
            return None;
        }
        // An aside with a verb of its own is a relative clause ("Turkey, which has long
        // disputed the border, accused"); else the comma joins clauses ("X made the deal
        // at a meeting, held at ...": a participle).
        let relative = matches!(tags[open + 1], Tag::WDT | Tag::WP | Tag::WPS | Tag::WRB);
        if !relative && (open + 1..i - 1).any(|j| tags[j].is_finite()) {
            return None;
        }
        let subject_from = (start..open)
            .rev()
            .find(|&j| tags[j] == Tag::Comma)
            .map_or(start, |c| c + 1);
        if subject_from >= open || !noun_phrase_subject(doc, s.first, tags, subject_from, open) {
            return None;
        }
        // Nothing before the subject (an opening phrase) may be a clause of its own.
        if (start..subject_from).any(|j| tags[j].is_finite()) {
            return None;
        }
        // No finite verb after the form, bar a reporting verb after a later comma.
        let mut comma_seen = false;
        let later_verb = (i + 1..n).any(|j| {
            if tags[j] == Tag::Comma {
                comma_seen = true;
            }
            tags[j].is_finite()
                && !(comma_seen && k.cues.reporting_verb(doc.norm(s.first + j)).is_some())
        });
        (!later_verb).then_some(Tag::VBD)
    })
}

/// The finite verb of a prose sentence the tagger left with none (local index, `VBD`): "A
/// drone strike near the Afghanistan-Pakistan border killed at least two members of ...,
/// local media reported on Wednesday", "A statement released by the opposition called on
/// Syrians to ...", "the island's national assembly last month voted to strip ...". A
/// sentence ending in its punctuation (no headline, `is_headline`) has a finite verb; where
/// no word is read as one, the first past form (one that can be a simple past) after a noun,
/// a number or a party (adverbs and time words between) that takes an object (a noun
/// phrase, a counted one, "on"/"off" and a noun phrase, "to" and a verb) is that verb; one
/// followed by "by" is a passive participle ("released by"), and one with no object stays a
/// participle ("Two soldiers killed in an ambush"). A reporting verb after a later comma
/// and its noun phrase (", local media reported") is finite too.
fn finite_verb_of_a_verbless_sentence(tagged: &Tagged) -> Vec<(usize, Tag)> {
    let &Tagged {
        k,
        doc,
        si,
        s,
        tags,
        ..
    } = tagged;
    let n = tags.len();
    let start = dateline_words(doc, si);
    // A line that is a headline only by its shortness and missing articles keeps this
    // prose reading: it takes an object, so no passive is lost.
    let headline = is_headline(doc, si) && !punctuated_line_only(doc, si);
    if n < start + 4 || headline || tags[start..].iter().any(|t| t.is_finite()) {
        return Vec::new();
    }
    let norm = |j: usize| doc.norm(s.first + j);
    let party = |j: usize| doc.mention_index(s.first + j).is_some();
    let object_at = |j: usize| {
        j < n
            && (party(j)
                || (opens_object_phrase(tags[j]) && tags[j] != Tag::JJ)
                || (tags[j] == Tag::JJ && j + 1 < n && tags[j + 1].is_noun()))
    };
    // The word before the form, past adverbs and time words: a noun, a number or a party.
    let after_subject = |i: usize| {
        let mut j = i;
        while j > start
            && (tags[j - 1].is_adverb()
                || is_date_word(norm(j - 1))
                || doc.date_tokens_covering(s.first + j - 1).is_some())
        {
            j -= 1;
        }
        j > start && (tags[j - 1].is_noun() || tags[j - 1] == Tag::CD || party(j - 1))
    };
    let mut out = Vec::new();
    for i in start + 1..n - 1 {
        if tags[i] != Tag::VBN || party(i) || !can_be_simple_past(norm(i)) || !after_subject(i) {
            continue;
        }
        let next = norm(i + 1);
        let takes_object = object_at(i + 1)
            || (matches!(next, "at" | "more" | "nearly" | "about" | "over" | "some")
                && (i + 2..n.min(i + 4)).any(|j| tags[j] == Tag::CD))
            || (verb_particle(k, norm(i), next) && object_at(i + 2))
            || (next == "to" && i + 2 < n && tags[i + 2] == Tag::VB);
        if next == "by" || !takes_object {
            continue;
        }
        out.push((i, Tag::VBD));
        // ", local media reported on Wednesday": the attribution after the clause.
        if let Some(c) = (i + 1..n).rev().find(|&j| tags[j] == Tag::Comma) {
            let verb = (c + 2..n).find(|&j| tags[j] == Tag::VBN);
            if let Some(v) = verb {
                let plain = (c + 1..v).all(|j| {
                    party(j)
                        || tags[j].is_noun()
                        || matches!(tags[j], Tag::DT | Tag::JJ | Tag::POS | Tag::PRPS)
                });
                if plain && after_subject(v) && k.cues.reporting_verb(norm(v)).is_some() {
                    out.push((v, Tag::VBD));
                }
            }
        }
        break;
    }
    out
}

/// Is `next` the particle of a verb pattern whose head has the form `w` ("called" "on":
/// "call on X to"; not "lifted" "on")?
fn verb_particle(k: &Knowledge, w: &str, next: &str) -> bool {
    k.lexicon.patterns_for(w).iter().any(|&id| {
        let p = k.lexicon.pattern(id);
        p.pos == sitrep_lexicon::TriggerPos::Verb
            && p.after.first().is_some_and(|a| a.iter().any(|x| x == next))
    })
}

/// Is local `from..to` of a sentence (first token `first`) a noun phrase that can be a
/// subject: determiners, possessives, numbers, adjectives, nouns, names, hyphens and
/// "of"/"in"/"from"/"at"/"for"/"and" joining them, ending in a noun, a personal pronoun or
/// a party's name, and holding no verb?
fn noun_phrase_subject(doc: &Doc, first: usize, tags: &[Tag], from: usize, to: usize) -> bool {
    let last = to - 1;
    let head = tags[last].is_noun()
        || (tags[last] == Tag::PRP && from == last)
        || doc.mention_index(first + last).is_some();
    head && (from..to).all(|j| {
        doc.mention_index(first + j).is_some()
            || tags[j].is_noun()
            || matches!(
                tags[j],
                Tag::DT
                    | Tag::PRPS
                    | Tag::POS
                    | Tag::CD
                    | Tag::JJ
                    | Tag::JJR
                    | Tag::JJS
                    | Tag::Hyph
                    | Tag::PRP
            )
            || (matches!(tags[j], Tag::IN | Tag::CC)
                && matches!(
                    doc.norm(first + j),
                    "of" | "in" | "from" | "at" | "for" | "and"
                ))
    })
}

/// Can `w` be a simple past: a regular "-ed" form, or an irregular verb's past
/// (`data/irregular.txt`: "struck", "led"; not the participle alone, "taken", "shown")?
fn can_be_simple_past(w: &str) -> bool {
    match sitrep_lexicon::inflect::irregular_verb_lemma(w) {
        Some(lemma) => sitrep_lexicon::inflect::verb_forms(lemma)
            .iter()
            .any(|(f, forms)| f == w && forms.is_past()),
        None => w.len() > 4 && w.ends_with("ed"),
    }
}

/// Past participles opening the clause after a semicolon, its subject left unsaid (local
/// index, `VBD`): "RSF 3 June shelled El Fasher; next day ambushed army convoy", "; also
/// attacked Sollé town". Monitors chain a party's acts this way; with no auxiliary and no
/// subject before it, and what follows its object (a determiner, a number, a noun, a
/// party), the form is the clause's finite verb. Only adverbs and time words (a date,
/// "next day") may stand between the semicolon and the verb.
fn predicates_after_a_semicolon(tagged: &Tagged) -> Vec<(usize, Tag)> {
    let &Tagged { doc, s, tags, .. } = tagged;
    let n = tags.len();
    let mut out = Vec::new();
    for semi in (0..n).filter(|&i| doc.norm(s.first + i) == ";") {
        let mut i = semi + 1;
        while i < n.min(semi + 7) {
            let g = s.first + i;
            let w = doc.norm(g);
            let time = is_date_word(w)
                || doc.date_tokens_covering(g).is_some()
                || (i + 1 < n
                    && matches!(w, "next" | "same" | "following" | "that")
                    && is_date_word(doc.norm(g + 1)));
            if tags[i].is_adverb() || time {
                i += 1;
                continue;
            }
            break;
        }
        if i + 1 >= n || tags[i] != Tag::VBN || doc.mention_index(s.first + i).is_some() {
            continue;
        }
        // A pronoun after the semicolon's verb is not taken as its object.
        let object = (opens_object_phrase(tags[i + 1]) && tags[i + 1] != Tag::PRP)
            || doc.mention_index(s.first + i + 1).is_some();
        if object {
            out.push((i, Tag::VBD));
        }
    }
    out
}

/// Past forms after "and"/"or" that modify the noun after them (local index, `JJ`): "the
/// Sudanese army and allied militias attacked villages", "soldiers and armed civilians
/// fought". Read as a verb, the conjunction joins predicates and the first conjunct
/// drops out of the subject. Taken only where nothing before is a finite verb (a second
/// predicate, "police raided the office and detained activists", has one), a noun or a
/// party stands before the conjunction, and a finite verb follows the noun right away
/// ("Army and police detained protesters" has none and keeps its verb).
fn participles_coordinated_before_a_noun(tagged: &Tagged) -> Vec<(usize, Tag)> {
    let &Tagged { doc, s, tags, .. } = tagged;
    let n = tags.len();
    tagged.each(2..n.saturating_sub(2), |i| {
        if !matches!(tags[i], Tag::VBD | Tag::VBN) || tags[i - 1] != Tag::CC {
            return None;
        }
        // A finite verb before: the word is a second predicate's (the loop used to stop
        // here; every later word has that verb before it too).
        if tags[..i].iter().any(|t| t.is_finite()) {
            return None;
        }
        let before = tags[i - 2].is_noun() || doc.mention_index(s.first + i - 2).is_some();
        let noun = matches!(tags[i + 1], Tag::NNS | Tag::NNPS | Tag::NN);
        (before && noun && tags[i + 2].is_finite()).then_some(Tag::JJ)
    })
}

/// Present participles between a determiner and their noun (local index, `JJ`): "the
/// attacking gunmen killed 17 worshippers", "the visiting Brazilian president met". Read
/// as a verb, a present participle opening a subject takes the noun phrase after it for
/// its object and the determiner is left as the subject, so the clause loses its party.
/// Past participles are left as tagged: read as adjectives, "the ousted Egyptian leader's
/// supporters" and "a planned deal" joined phrases whose parties other rules then took
/// for the doers of acts the dev stories do not code. A determiner or a possessive opens a noun phrase; a participle right after it,
/// followed by nothing but adjectives and nouns (or a party's name) up to a noun,
/// describes that noun. A participle the event lexicon knows as a noun ("the bombing
/// campaign", "a meeting room") or that the tagger's training text mostly saw as a noun
/// stays as tagged.
fn participles_after_a_determiner(tagged: &Tagged) -> Vec<(usize, Tag)> {
    let &Tagged {
        k,
        doc,
        s,
        tags,
        infos,
        ..
    } = tagged;
    let n = tags.len();
    tagged.each(1..n.saturating_sub(1), |i| {
        if tags[i] != Tag::VBG
            || !matches!(tags[i - 1], Tag::DT | Tag::PRPS | Tag::POS)
            // "said that attacking civilians was a crime": a clause, not a determiner.
            || doc.norm(s.first + i - 1) == "that"
        {
            return None;
        }
        let mut j = i + 1;
        while j < n
            && (doc.mention_index(s.first + j).is_some()
                || matches!(
                    tags[j],
                    Tag::JJ | Tag::NN | Tag::NNS | Tag::NNP | Tag::NNPS | Tag::Hyph
                ))
        {
            j += 1;
        }
        let ends_in_noun =
            j > i + 1 && (tags[j - 1].is_noun() || doc.mention_index(s.first + j - 1).is_some());
        // A present participle is misread where its phrase is a subject, before its
        // clause's verb; elsewhere the phrase stays whole either way ("describing their
        // growing collaboration").
        let before_verb = j < n && tags[j].is_finite();
        // Before a party's name or title it describes the party, wherever the phrase
        // stands: "received the visiting Chinese defence minister" (the party, not
        // "the", is the object).
        let before_party = doc.mention_index(s.first + j - 1).is_some()
            && doc.mention_index(s.first + i + 1).is_some()
            || doc.modifier_starting_at(s.first + i + 1).is_some();
        if !ends_in_noun
            || !(before_verb || before_party)
            || has_noun_form(&k.lexicon, doc.norm(s.first + i))
            || infos[i].most_frequent_tag().is_some_and(|t| t.is_noun())
        {
            return None;
        }
        Some(Tag::JJ)
    })
}

/// Verb forms English has no other use for that the tagger read as something else (local
/// index and verb tag): "a car bomb tore/NN through the bus", "gangs overran/JJ the town",
/// "al-Shabaab 15 April retook/NN the town", "need to either destroy/NN or return them".
/// The greedy tagger pulls such a word into the noun phrase before it. Two kinds are
/// taken: an irregular simple past that is no participle ("tore", "overran", "retook";
/// "stuck" or "let" could be either, and a regular "-ed" form is both) is the past verb of
/// a clause the tagger left without a finite verb before it; a base form is an infinitive only right after "to", a modal or "either"
/// (adverbs aside), where no noun can stand: most English base forms are nouns too
/// ("increase", "host", "work", "block"), so elsewhere they stay as tagged. The form must
/// be one the event lexicon knows only as a verb pattern's head (no noun pattern of it),
/// not one the tagger's training text saw mostly as another part of speech, not a party's
/// name, and not right after a determiner, a possessive, a number or an adjective (an
/// attributive use: "the left bank", "three lay judges") nor right after another verb,
/// whose object or modifier it is ("scattered rose petals").
fn verb_only_words(tagged: &Tagged) -> Vec<(usize, Tag)> {
    use sitrep_lexicon::Forms;
    let &Tagged {
        k,
        doc,
        si,
        s,
        tags,
        infos,
    } = tagged;
    let lexicon = &k.lexicon;
    tagged.each(0..tags.len(), |i| {
        if !matches!(
            tags[i],
            Tag::NN | Tag::NNS | Tag::NNP | Tag::JJ | Tag::RB | Tag::IN | Tag::CD
        ) || doc.mention_index(s.first + i).is_some()
            || (i > 0
                && matches!(
                    tags[i - 1],
                    Tag::DT | Tag::PRPS | Tag::POS | Tag::CD | Tag::JJ | Tag::JJS
                ))
            // Right after another verb it is that verb's object or modifier ("scattered
            // rose petals"); "either" ("to either destroy or return") is read as a verb.
            || (i > 0
                && matches!(
                    tags[i - 1],
                    Tag::VB | Tag::VBD | Tag::VBZ | Tag::VBP | Tag::VBN | Tag::VBG
                )
                && doc.norm(s.first + i - 1) != "either")
            || infos[i].most_frequent_tag().is_some_and(|t| !t.is_verb() || t == Tag::MD)
        {
            return None;
        }
        let w = doc.norm(s.first + i);
        // A proper noun only where it is written in lower case (a title-case line is
        // tagged lowercased): a capitalised word may be a name the dictionaries lack.
        if tags[i] == Tag::NNP
            && doc
                .token_text(s.first + i)
                .starts_with(|c: char| c.is_uppercase())
            && !doc.is_mostly_title_case(si)
        {
            return None;
        }
        let forms = head_forms(lexicon, w, is_verb_pattern);
        if forms.0 == 0 || has_noun_form(lexicon, w) {
            return None;
        }
        let before = (0..i)
            .rev()
            .find(|&b| tags[b] != Tag::RB || doc.norm(s.first + b) == "either")
            .map(|b| (tags[b], doc.norm(s.first + b)));
        // The clause so far (from the last semicolon) has no finite verb and no relative
        // pronoun: a past form after one is a coordinated or relative verb ("arrived ...
        // and overran part of the base", "a militia that overran a base last year"),
        // which the coder reads as another act of an attack told or as background, not as
        // the sentence's news.
        // A complement clause opened by "that" ("said on Monday that India bore
        // responsibility") is a clause of its own: the reporting verb before it is not its
        // verb.
        let clause_start = (0..i)
            .rev()
            .find(|&b| {
                tags[b] == Tag::Colon && doc.norm(s.first + b) == ";"
                    || tags[b] == Tag::IN && doc.norm(s.first + b) == "that"
            })
            .map_or(0, |b| b + 1);
        let verbless = !tags[clause_start..i]
            .iter()
            .any(|&t| t.is_finite() || matches!(t, Tag::WDT | Tag::WP));
        let tag = if forms.contains(Forms::PAST) && !forms.contains(Forms::PARTICIPLE) {
            if !verbless {
                return None;
            }
            Tag::VBD
        } else if forms.contains(Forms::BASE)
            && !forms.contains(Forms::PARTICIPLE)
            && matches!(before, Some((Tag::TO | Tag::MD, _)) | Some((_, "either")))
        {
            Tag::VB
        } else {
            return None;
        };
        Some(tag)
    })
}

/// Verbs of several words read as an adjective or a noun before their own particles (local
/// index and verb tag): "soldiers open fire on the marchers", "forcing authorities to put
/// soldiers on standby and open fire". A verb pattern's head followed by the words the
/// pattern requires after it ("open fire", "call on", "hand over") is that verb where what
/// stands before it can only come before a verb: "to", a modal, "and"/"or", or a plural
/// noun as its subject. After a determiner or an adjective it stays a noun
/// phrase ("an open fire", "the last call on").
fn verbs_before_their_particles(tagged: &Tagged) -> Vec<(usize, Tag)> {
    let &Tagged {
        k, doc, s, tags, ..
    } = tagged;
    let n = tags.len();
    let lexicon = &k.lexicon;
    tagged.each(1..n.saturating_sub(1), |i| {
        let g = s.first + i;
        if !matches!(tags[i], Tag::JJ | Tag::NN | Tag::NNS) || doc.mention_index(g).is_some() {
            return None;
        }
        let w = doc.norm(g);
        let forms = head_forms(lexicon, w, |pattern| {
            let particles = !pattern.after.is_empty()
                && pattern.after.iter().enumerate().all(|(a, alternatives)| {
                    i + 1 + a < n && alternatives.iter().any(|x| x == doc.norm(g + 1 + a))
                });
            is_verb_pattern(pattern) && particles
        });
        if forms.0 == 0 {
            return None;
        }
        let before = doc.norm(g - 1);
        let opens_verb = matches!(before, "to" | "and" | "or") || tags[i - 1] == Tag::MD;
        // A singular name before a base form is a compound ("the U.S. call on Israel").
        let plural_subject = matches!(tags[i - 1], Tag::NNS | Tag::NNPS);
        let tag = if opens_verb && forms.contains(sitrep_lexicon::Forms::BASE) {
            Tag::VB
        } else if plural_subject && forms.contains(sitrep_lexicon::Forms::BASE) {
            Tag::VBP
        } else {
            return None;
        };
        Some(tag)
    })
}

/// Verb pattern heads right after a modal that the tagger read as adjectives or nouns
/// ("Myanmar junta must free political prisoners", "Seoul will not cede ..."), as local
/// indices to read as base verbs (`VB`): a modal governs a bare infinitive, with only
/// "not"/"never" between. Only a form the lexicon knows as a verb pattern's head in its
/// base form; "be" keeps its adjective ("must be free").
fn verbs_after_a_modal(tagged: &Tagged) -> Vec<(usize, Tag)> {
    let &Tagged {
        k, doc, s, tags, ..
    } = tagged;
    let lexicon = &k.lexicon;
    let mut out = Vec::new();
    for m in 0..tags.len() {
        if tags[m] != Tag::MD {
            continue;
        }
        let mut i = m + 1;
        while i < tags.len() && matches!(doc.norm(s.first + i), "not" | "never") {
            i += 1;
        }
        if i >= tags.len()
            || !matches!(tags[i], Tag::JJ | Tag::NN | Tag::NNS)
            || doc.mention_index(s.first + i).is_some()
        {
            continue;
        }
        let w = doc.norm(s.first + i);
        if head_forms(lexicon, w, is_verb_pattern).contains(sitrep_lexicon::Forms::BASE) {
            out.push((i, Tag::VB));
        }
    }
    out
}

/// The present verb of a relative clause set off by a comma, read as a plural noun right
/// after its pronoun ("Russia, which supplies most of Armenia's weapons, delivered ...",
/// "the ministry, which arms the militias"): a word an event verb's third-person form
/// spells, with its object opening right after it (a determiner, possessive, quantifier,
/// number or name), is that verb. Misread, it hid the main clause's verb from its subject.
fn verbs_after_a_relative_pronoun(tagged: &Tagged) -> Vec<(usize, Tag)> {
    let &Tagged {
        k, doc, s, tags, ..
    } = tagged;
    let mut out = Vec::new();
    for i in 2..tags.len().saturating_sub(1) {
        if tags[i] != Tag::NNS
            || doc.mention_index(s.first + i).is_some()
            || !matches!(doc.norm(s.first + i - 1), "which" | "who")
            || doc.norm(s.first + i - 2) != ","
        {
            continue;
        }
        let next = i + 1;
        let object_follows = matches!(
            tags[next],
            Tag::DT | Tag::PRPS | Tag::JJS | Tag::CD | Tag::NNP
        ) || doc.mention_index(s.first + next).is_some();
        if object_follows
            && head_forms(&k.lexicon, doc.norm(s.first + i), is_verb_pattern)
                .contains(sitrep_lexicon::Forms::THIRD)
        {
            out.push((i, Tag::VBZ));
        }
    }
    out
}

/// A headline's plural event noun read as a verb before the verb that says it happens
/// ("Russia-Ukraine talks open in Istanbul", "Iran nuclear talks collapse", "Border
/// clashes erupt"): a plural word (`VBZ` or `NNS`, the reading the other corrections may
/// overturn: `verbs_in_verbal_context` took "open in" for an object) the lexicon codes as
/// an event noun, right after a noun or
/// a name and followed by a bare occurrence verb (words.txt `[occurrence-verbs]`) read as
/// anything but a past or third-person form, is the subject (`NNS`) and the next word its
/// verb (`VBP`). Only a headline (`is_headline`), whose dropped article leaves the noun
/// phrase bare.
fn event_nouns_before_occurrence_verbs(tagged: &Tagged) -> Vec<(usize, Tag)> {
    let &Tagged {
        k,
        doc,
        si,
        s,
        tags,
        ..
    } = tagged;
    let lexicon = &k.lexicon;
    let mut out = Vec::new();
    if !is_headline(doc, si) {
        return out;
    }
    for i in 1..tags.len().saturating_sub(1) {
        if !matches!(tags[i], Tag::VBZ | Tag::NNS)
            || !matches!(
                tags[i - 1],
                Tag::NN | Tag::NNS | Tag::NNP | Tag::NNPS | Tag::JJ
            )
            || matches!(tags[i + 1], Tag::VBD | Tag::VBN | Tag::VBZ | Tag::VBG)
        {
            continue;
        }
        let w = doc.norm(s.first + i);
        let next = doc.norm(s.first + i + 1);
        if !w.ends_with('s') || next.ends_with('s') || !OCCURRENCE_VERBS.contains(next) {
            continue;
        }
        let event_noun = lexicon
            .patterns_for(w)
            .iter()
            .any(|&id| lexicon.pattern(id).pos == sitrep_lexicon::TriggerPos::Noun);
        if event_noun {
            out.push((i, Tag::NNS));
            out.push((i + 1, Tag::VBP));
        }
    }
    out
}

/// Country adjectives coordinated before a common noun that the tagger read as proper
/// nouns ("Thai and Cambodian defence ministers", "Nigerian and Nigerien defence chiefs"),
/// as local indices to read as adjectives (`JJ`): read as names, the first adjective
/// becomes the subject and the noun phrase the parties share falls apart. Only country
/// modifiers of one word, joined by `and`, `or` or a comma, whose last one is followed by a
/// lowercase noun within two words.
fn coordinated_country_adjectives(tagged: &Tagged) -> Vec<(usize, Tag)> {
    let &Tagged { doc, s, tags, .. } = tagged;
    let adjective = |i: usize| {
        let g = s.first + i;
        doc.modifier_starting_at(g).is_some_and(|m| m.last == g + 1)
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < tags.len() {
        if !adjective(i) {
            i += 1;
            continue;
        }
        // The run of coordinated adjectives starting at `i`.
        let mut run = vec![i];
        let mut k = i;
        while k + 2 < tags.len()
            && matches!(doc.norm(s.first + k + 1), "and" | "or" | ",")
            && adjective(k + 2)
        {
            k += 2;
            run.push(k);
        }
        let noun_follows = (k + 1..(k + 3).min(tags.len())).any(|j| {
            matches!(tags[j], Tag::NN | Tag::NNS) && !doc.tokens.get(s.first + j).capitalized
        });
        if run.len() > 1 && noun_follows {
            out.extend(
                run.iter()
                    .filter(|&&j| matches!(tags[j], Tag::NNP | Tag::NNPS))
                    .map(|&j| (j, Tag::JJ)),
            );
        }
        i = k + 1;
    }
    out
}

/// A participle opening sentence `si` that is a preposition there ("Following talks in
/// Geneva, the two sides agreed", `[participle-prepositions]`), read as a verb (local
/// index, `IN`): as a verb it becomes the root and the main clause after the comma hangs
/// on its object. Only when a comma closes the phrase and a finite verb follows it.
fn opening_participle_preposition(tagged: &Tagged) -> Option<(usize, Tag)> {
    let &Tagged { doc, s, tags, .. } = tagged;
    let i = (0..tags.len().min(2)).find(|&i| tags[i] == Tag::VBG)?;
    if !PARTICIPLE_PREPOSITIONS.contains(doc.norm(s.first + i)) {
        return None;
    }
    let comma = (i + 1..tags.len()).find(|&j| tags[j] == Tag::Comma)?;
    if tags[i + 1..comma].iter().any(|t| t.is_verb()) {
        return None;
    }
    tags[comma + 1..]
        .iter()
        .any(|t| t.is_finite())
        .then_some((i, Tag::IN))
}

/// Does a party that can be a subject end before local index `i` with only adverbials
/// between (at most six words): adverbs, numbers, determiners, prepositions, time words,
/// and parties that are a preposition's object ("Police in Uganda", "Israel last week",
/// "Trump at first")? The subject itself follows no preposition. A relative pronoun
/// after a noun is a subject too ("a government that jailed activists").
fn subject_before_adverbials(doc: &Doc, first: usize, tags: &[Tag], i: usize) -> bool {
    // The word must not complete a phrase opened right before it: "in the occupied West
    // Bank", "the heavily fortified town", "in heavily guarded camps". After a
    // preposition, only one adverb that is no manner adverb may stand ("at first").
    let mut r = i;
    while r > 0 && matches!(tags[r - 1], Tag::RB | Tag::RBR | Tag::RBS) {
        r -= 1;
    }
    if r == 0 {
        return false;
    }
    // "a government that jailed activists": the relative pronoun is the subject.
    if r == i && (matches!(tags[r - 1], Tag::WDT | Tag::WP) || doc.norm(first + r - 1) == "that") {
        return r >= 2 && (tags[r - 2].is_noun() || doc.mention_index(first + r - 2).is_some());
    }
    let opener = matches!(
        tags[r - 1],
        Tag::DT | Tag::IN | Tag::TO | Tag::PRPS | Tag::POS | Tag::CC | Tag::JJ
    ) && doc.mention_index(first + r - 1).is_none();
    if opener && !(tags[r - 1] == Tag::IN && i - r == 1 && !doc.norm(first + r).ends_with("ly")) {
        return false;
    }
    let mut j = i;
    let mut words = 0;
    while j > 0 && words <= 6 {
        j -= 1;
        if let Some(m) = doc.mention_index(first + j) {
            let start = doc.mentions[m].first.max(first) - first;
            if start == 0 || !matches!(tags[start - 1], Tag::IN | Tag::TO) {
                return true;
            }
            words += j + 1 - start;
            j = start;
            continue;
        }
        let w = doc.norm(first + j);
        let adverbial = matches!(
            tags[j],
            Tag::RB | Tag::RBR | Tag::RBS | Tag::IN | Tag::DT | Tag::CD
        ) || is_date_word(w)
            || doc.date_tokens_covering(first + j).is_some()
            || (tags[j] == Tag::JJ && j + 1 < i && is_date_word(doc.norm(first + j + 1)));
        if !adverbial {
            return false;
        }
        words += 1;
    }
    false
}

/// The hyphenated compounds ending in a past participle that the tagger read as verbs
/// (local index, `JJ`): "aid to flood-hit Pakistan", "Iran-backed rebels", "the
/// Saudi-led coalition". Before a noun, an adjective or a party and not right after a
/// party that could be their subject ("North Korea test-fired missiles"), they modify
/// what follows. The participle is a regular "-ed" form or an irregular one
/// (`data/irregular.txt`: "-hit", "-led", "-held").
fn hyphenated_participles(tagged: &Tagged) -> Vec<(usize, Tag)> {
    let &Tagged { doc, s, tags, .. } = tagged;
    let n = tags.len();
    tagged.each(0..n.saturating_sub(1), |i| {
        let g = s.first + i;
        if !tags[i].is_verb() || (i > 0 && doc.mention_index(g - 1).is_some()) {
            return None;
        }
        let w = doc.norm(g);
        let (part, last) = w.rsplit_once('-')?;
        if part.is_empty() || last.is_empty() {
            return None;
        }
        let participle = (last.len() > 3 && last.ends_with("ed"))
            || sitrep_lexicon::inflect::irregular_verb_lemma(last).is_some();
        let modifies = matches!(
            tags[i + 1],
            Tag::NN | Tag::NNS | Tag::NNP | Tag::NNPS | Tag::JJ
        ) || doc.mention_index(g + 1).is_some();
        (participle && modifies).then_some(Tag::JJ)
    })
}

/// A past participle opening a headline before its noun phrase ("Detained Australian
/// Academic Freed by China", "Jailed Reporter Released"): it modifies the subject, which
/// the tagger read as the object of a past verb. Local index 0, to read as an adjective
/// (`JJ`), when a noun phrase follows and a past form after it can be the headline's verb.
fn opening_participle_modifier(tagged: &Tagged) -> Option<(usize, Tag)> {
    let &Tagged {
        doc, si, s, tags, ..
    } = tagged;
    let n = tags.len();
    if n < 3 || !matches!(tags[0], Tag::VBD | Tag::VBN) || !is_headline(doc, si) {
        return None;
    }
    let w = doc.norm(s.first);
    let participle = (w.len() > 4 && w.ends_with("ed"))
        || sitrep_lexicon::inflect::irregular_verb_lemma(w).is_some();
    let noun_phrase = |t: Tag| matches!(t, Tag::JJ | Tag::NN | Tag::NNS | Tag::NNP | Tag::NNPS);
    // The noun phrase after it, then a past form of its own.
    let phrase_end = (1..n).find(|&i| !noun_phrase(tags[i])).unwrap_or(n);
    let verb_after =
        phrase_end > 1 && phrase_end < n && matches!(tags[phrase_end], Tag::VBD | Tag::VBN);
    (participle && verb_after).then_some((0, Tag::JJ))
}

/// The first word of a hyphenated compound modifier after "to" that the tagger read as
/// an infinitive ("Sends Aid to Quake-Hit Myanmar", "Flights to War-Torn Sudan"): a word
/// glued to a hyphen and the next word modifies what follows, and "to" is a preposition
/// there. Local indices to read as nouns (`NN`).
fn compound_modifiers_after_to(tagged: &Tagged) -> Vec<(usize, Tag)> {
    let &Tagged { doc, s, tags, .. } = tagged;
    let n = tags.len();
    tagged.each(1..n.saturating_sub(2), |i| {
        let g = s.first + i;
        if !matches!(tags[i], Tag::VB | Tag::VBP) || doc.norm(g - 1) != "to" {
            return None;
        }
        // "to Re-Open Talks": a verb's prefix glued to it keeps the verb.
        if matches!(
            doc.norm(g),
            "re" | "co" | "pre" | "de" | "un" | "over" | "out"
        ) {
            return None;
        }
        let hyphen = doc.token_text(g + 1) == "-"
            && !doc.tokens.get(g + 1).space_before
            && !doc.tokens.get(g + 2).space_before;
        hyphen.then_some(Tag::NN)
    })
}

/// The main verb of a headline that the tagger, reading it (lowercased, in title case) without
/// its articles and auxiliaries, took for a noun: "Rebels in Dhaka Reject Calls for ...",
/// "Presidential Candidate Demands Formal Review", "Mexico Rebels Formally Disband". A
/// headline opens with its subject, a noun phrase naming a party (after an optional
/// "Place:" label), possibly with a prepositional tail ("Activists in Serbia", "Mayor of
/// Kyiv"); the first word after it that the event lexicon knows as a verb pattern's head in
/// a present form agreeing with the phrase's head noun ("Candidate Demands", "Activists
/// ... Request") is the verb (local index and tag). Agreement keeps noun stacks nouns:
/// "Rebel Attack Kills 5" has a singular head before the base form "attack". A word
/// followed by a verb the tagger saw ("Peace Talks Collapse") stays a noun.
fn title_case_headline_verb(
    k: &Knowledge,
    doc: &Doc,
    si: usize,
    tags: &[Tag],
    infos: &[WordInfo],
) -> Option<(usize, Tag)> {
    let s = doc.sentences[si];
    let n = tags.len();
    // "Russia: Presidential Candidate Demands ...": the label before a colon is no subject.
    let start = (0..n.min(6))
        .find(|&i| doc.norm(s.first + i) == ":")
        .map_or(0, |c| c + 1);
    headline_verb_after(k, doc, si, tags, infos, start).or_else(|| {
        let reported = headline_reported_clause(k, doc, si, tags, start)?;
        headline_verb_after(k, doc, si, tags, infos, reported)
    })
}

/// Where the bare clause of an "X says Y" headline begins (local index): "Lebanon says
/// Israeli strike kills three", "Pakistan Says India Behind Attack". The headline's
/// subject phrase (a party, nouns, adjectives) is followed by a reporting verb in the
/// present (`VBZ`/`VBP`, cues.txt) and an optional "that"; the clause after it has a
/// subject phrase and a verb of its own, which the tagger, reading no article or
/// auxiliary, may take for a noun as it does the headline's first verb.
fn headline_reported_clause(
    k: &Knowledge,
    doc: &Doc,
    si: usize,
    tags: &[Tag],
    start: usize,
) -> Option<usize> {
    // The subject phrase of a headline is short: "Lebanon", "Iran's foreign ministry".
    const MAX_SAYER_WORDS: usize = 5;
    let s = doc.sentences[si];
    let n = tags.len();
    let mut i = start;
    let mut party = false;
    while i < n && i <= start + MAX_SAYER_WORDS {
        let g = s.first + i;
        if let Some(m) = doc.mention_index(g) {
            party = true;
            i = (doc.mentions[m].last - s.first).max(i + 1);
            continue;
        }
        if matches!(tags[i], Tag::VBZ | Tag::VBP)
            && party
            && k.cues.reporting_verb(doc.norm(g)).is_some()
        {
            let after = if i + 1 < n && doc.norm(g + 1) == "that" {
                i + 2
            } else {
                i + 1
            };
            return (after + 2 < n).then_some(after);
        }
        if !matches!(
            tags[i],
            Tag::NN | Tag::NNS | Tag::NNP | Tag::NNPS | Tag::JJ | Tag::POS
        ) {
            return None;
        }
        i += 1;
    }
    None
}

/// [`title_case_headline_verb`] for the subject phrase opening at local index `start`.
fn headline_verb_after(
    k: &Knowledge,
    doc: &Doc,
    si: usize,
    tags: &[Tag],
    infos: &[WordInfo],
    start: usize,
) -> Option<(usize, Tag)> {
    let s = doc.sentences[si];
    let n = tags.len();
    let lexicon = &k.lexicon;
    let mut party = false;
    // The head noun's number: the last noun before the phrase's first preposition.
    let mut plural: Option<bool> = None;
    let mut in_tail = false;
    let mut coordinated = false;
    let mut either_number = false;
    let mut i = start;
    while i < n {
        let g = s.first + i;
        let w = doc.norm(g);
        let tag = tags[i];
        let mention = doc.mention_index(g);
        if mention.is_none() && i > start && (party || plural.is_some()) {
            // "Taliban Attack Kills 12": a singular verb after the word makes the group's
            // name and the word a noun stack, as agreement would for a singular head.
            let third_form_next = i + 1 < n
                && headline_verb_form(lexicon, doc.norm(g + 1), tags[i + 1], Some(false), false)
                    .is_some();
            let verb = headline_verb_form(lexicon, w, tag, plural, coordinated).or_else(|| {
                (either_number && !third_form_next)
                    .then(|| headline_verb_form(lexicon, w, tag, Some(true), coordinated))
                    .flatten()
            });
            if let Some(verb) = verb {
                let before_ok = matches!(
                    tags[i - 1],
                    Tag::NN | Tag::NNS | Tag::NNP | Tag::NNPS | Tag::RB
                ) || doc.mention_index(g - 1).is_some();
                let noun_form = has_noun_form(lexicon, w);
                // "Peace Talks Collapse": a verb after the word makes it a noun. A past
                // form before a noun is a participle modifying the object of a word the
                // lexicon knows only as a verb ("Venezuela Frees Detained Journalists").
                // A present verb read there must be a word that can be one: "China Curbs
                // Rare Earth Exports" reads the adjective "rare" as a verb, and a word
                // the tagger's training text mostly saw as an adjective or an adverb is
                // no verb ("Peace Talks Collapse": "collapse" is mostly a noun, and stays
                // one).
                let next_verb = i + 1 < n
                    && match tags[i + 1] {
                        Tag::MD => true,
                        Tag::VB | Tag::VBP => can_be_verb(&infos[i + 1]),
                        Tag::VBD => {
                            noun_form
                                || !(i + 2 < n
                                    && (tags[i + 2].is_noun()
                                        || matches!(tags[i + 2], Tag::JJ)
                                        || doc.mention_index(g + 2).is_some()))
                        }
                        _ => false,
                    };
                // "Israel Strikes on Gaza Kill 20": a word that can be a noun followed by
                // a preposition heads a compound when a verb follows the preposition's
                // object; one only ever a verb does not, and neither does one whose
                // prepositional phrase leads to no verb ("Putin Talks to Erdogan by Phone").
                let compound = i + 1 < n
                    && matches!(tags[i + 1], Tag::IN | Tag::TO)
                    && noun_form
                    && verb_after_object(
                        lexicon,
                        doc,
                        s.first,
                        tags,
                        i + 2,
                        matches!(tag, Tag::NNS),
                    );
                if party && before_ok && !next_verb && !compound {
                    return Some((i, verb));
                }
            }
        }
        if let Some(m) = mention {
            party = true;
            let last = doc.mentions[m].last - s.first;
            if !in_tail {
                // "Rebels in Darfur": a role described by a place heads its mention.
                let before_in = (i + 1..last).find(|&q| tags[q] == Tag::IN).unwrap_or(last);
                // A group's name may take a plural verb ("Houthis Fire Missile", "Taliban
                // Ban Women ...") or a singular one ("Hamas Frees Hostages"): the tagger
                // reads both as `NNP`, so either number agrees.
                either_number = tags[before_in - 1] == Tag::NNP
                    && doc.entities[doc.mentions[m].entity].entity_type
                        == sitrep_record::EntityType::Group;
                plural = Some(matches!(tags[before_in - 1], Tag::NNS | Tag::NNPS));
            }
            i = last.max(i + 1);
            continue;
        }
        // "Israeli Strike Kills Three": a country adjective opening the phrase names its
        // party as a name would.
        if !in_tail && tag == Tag::JJ && doc.modifier_covering(g).is_some() {
            party = true;
        }
        match tag {
            Tag::NN | Tag::NNP if !in_tail => plural = Some(false),
            Tag::NNS | Tag::NNPS if !in_tail => plural = Some(true),
            Tag::NN | Tag::NNS | Tag::NNP | Tag::NNPS | Tag::JJ | Tag::CD | Tag::DT | Tag::POS => {}
            Tag::RB if i > start && tags[i - 1].is_noun() => {}
            // A participle modifying the head: "Striking Nurses", "Armed Men".
            Tag::VBG | Tag::VBN if plural.is_none() && !party => {}
            Tag::IN if matches!(w, "in" | "of" | "from" | "for" | "at" | "on" | "against") => {
                in_tail = true
            }
            Tag::CC | Tag::Comma if matches!(w, "and" | ",") && !in_tail => coordinated = true,
            // "India-Pakistan Border Clash Kills": names joined by a hyphen.
            Tag::Hyph if i > start && doc.mention_index(g - 1).is_some() => {}
            _ => return None,
        }
        i += 1;
    }
    None
}

/// A headline's passive without its auxiliary: "Kenyan Journalist Killed in Mogadishu",
/// "Mayor Kidnapped, Killed", "Reporter Shot by Gunmen". A headline puts past acts in the
/// present, so a past form right after the subject phrase with no object after it (a
/// preposition, a comma, "and", the end) is a participle (local index, `VBN`), and the
/// phrase its patient, not its doer. "Drone Strike Killed 2 Civilians" has an object and
/// stays active.
fn headline_bare_passive(
    k: &Knowledge,
    doc: &Doc,
    si: usize,
    tags: &[Tag],
) -> Option<(usize, Tag)> {
    let s = doc.sentences[si];
    let n = tags.len();
    let start = (0..n.min(6))
        .find(|&i| doc.norm(s.first + i) == ":")
        .map_or(0, |c| c + 1);
    let mut head = false;
    let mut named = false;
    let mut i = start;
    while i < n {
        let g = s.first + i;
        if let Some(m) = doc.mention_index(g) {
            head = true;
            named |= doc.mentions[m].kind == crate::doc::MentionKind::Name;
            i = (doc.mentions[m].last - s.first).max(i + 1);
            continue;
        }
        match tags[i] {
            Tag::NN | Tag::NNS | Tag::NNP | Tag::NNPS => head = true,
            Tag::JJ | Tag::CD | Tag::DT | Tag::POS | Tag::Hyph => {}
            // The tagger may already read the participle (`VBN`): pinned here, so that the
            // past-verb correction after a subject does not make it finite again.
            Tag::VBD | Tag::VBN if head => break,
            // "Detained Turkish Journalist Sentenced ...": an opening participle
            // modifies the subject.
            Tag::VBD | Tag::VBN if i == start => {}
            _ => return None,
        }
        i += 1;
    }
    if i >= n {
        return None;
    }
    let w = doc.norm(s.first + i);
    // An auxiliary is no passive ("Party Had Threatened to Sue"), nor a form with a clause
    // of its own after it: "that" ("Minister Denied That ..."), or "to" and a verb after a
    // verb that does not give its object the infinitive ("Parliament Voted to Reject";
    // "Army Urged to End ...", `[object-control]`, is the passive of "urged the army to").
    if AUX.contains(w) || BE_FORMS.contains(w) {
        return None;
    }
    let next = |d: usize| (i + d < n).then(|| doc.norm(s.first + i + d));
    if next(1) == Some("that")
        || (next(1) == Some("to")
            && i + 2 < n
            && tags[i + 2] == Tag::VB
            && !OBJECT_CONTROL.contains(w))
    {
        return None;
    }
    let participle = head_forms(&k.lexicon, w, |_| true).is_participle();
    // An object is a noun phrase right after the verb or its particle ("Army Shot Down
    // Drone"). Modifiers that reach no noun before a preposition, a comma or the end are
    // the passive's resultative complement ("shot dead in", "beaten unconscious"), no
    // object.
    let mut j = i + 1;
    if j < n && tags[j] == Tag::RP {
        j += 1;
    }
    // A participle inside the object after its determiner: "Issued the Following Statement".
    let object_follows = (j..n)
        .take_while(|&q| {
            doc.mention_index(s.first + q).is_some()
                || opens_object_phrase(tags[q])
                || (q > j
                    && matches!(tags[q], Tag::VBG | Tag::VBN)
                    && matches!(tags[q - 1], Tag::DT | Tag::PRPS))
        })
        .any(|j| {
            doc.mention_index(s.first + j).is_some()
                || matches!(
                    tags[j],
                    Tag::CD | Tag::PRP | Tag::NN | Tag::NNS | Tag::NNP | Tag::NNPS
                )
        });
    // "Modi Met With Xi", "Protesters Clashed With Police": an act done with another
    // party is no passive. "President Charged With Treason": "with" naming no party is
    // the passive's complement (the charge, the weapon).
    let with_party_follows = i + 1 < n
        && doc.norm(s.first + i + 1) == "with"
        && (i + 2..n.min(i + 5))
            .take_while(|&j| {
                doc.mention_index(s.first + j).is_some()
                    || matches!(tags[j], Tag::DT | Tag::JJ | Tag::PRPS | Tag::CD)
            })
            .any(|j| doc.mention_index(s.first + j).is_some());
    // A line closed by a full stop may be prose told in the past tense ("Protesters marched
    // in Lagos.", "Ukraine insisted on direct talks with Russia."): there only a verb that
    // takes an object can be the passive, and only of a phrase naming no party by its name
    // ("Opposition leader arrested in Tanzania ahead of vote."), since a named state or
    // person before a past form is the doer that prose names first. What follows the form
    // there must show it has no object: a preposition, a comma, "and", the full stop, or a
    // resultative word before one of them ("shot dead in"); "detained more than 100
    // activists" has an object the noun-phrase test above does not see.
    let no_object_after = |j: usize| {
        j >= n
            || matches!(
                tags[j],
                Tag::IN | Tag::TO | Tag::Comma | Tag::CC | Tag::Period
            ) && doc.norm(s.first + j) != "than"
    };
    let passive_possible = !punctuated_line_only(doc, si)
        || (!named
            && verb_takes_object(&k.lexicon, w)
            && (no_object_after(i + 1)
                || (matches!(tags.get(i + 1), Some(Tag::RB | Tag::JJ)) && no_object_after(i + 2))));
    (participle && passive_possible && !object_follows && !with_party_follows)
        .then_some((i, Tag::VBN))
}

/// Can the past form `w` be a passive: the head of a verb pattern with no particle whose
/// first recipient is its direct object, or whose subject undergoes the act, and not a form
/// of an act done without an object (words.txt `[intransitive-act-verbs]`, which the
/// lexicon's other senses, "rally support", "meet the president", would let through)?
/// "killed", "arrested", "sentenced", not "marched", "rallied", "met".
fn verb_takes_object(lexicon: &sitrep_lexicon::EventLexicon, w: &str) -> bool {
    !crate::words::INTRANSITIVE_ACT_VERBS.contains(w)
        && lexicon.patterns_for(w).iter().any(|&id| {
            let p = lexicon.pattern(id);
            p.pos == sitrep_lexicon::TriggerPos::Verb
                && p.after.is_empty()
                && (p.recipient.first() == Some(&sitrep_lexicon::Slot::Object)
                    || p.subject != sitrep_lexicon::SubjectRole::Doer)
        })
}

/// Is sentence `si` a headline only by `headline_line_with_full_stop`: neither
/// unpunctuated nor in title case?
fn punctuated_line_only(doc: &Doc, si: usize) -> bool {
    let s = doc.sentences[si];
    s.last > s.first && doc.norm(s.last - 1) == "." && !title_case_headline(doc, si)
}

/// Is there a verb right after the noun phrase starting at local index `from` (the object
/// of a preposition after a headline's word): a word tagged a finite or base verb, or one
/// the event lexicon knows as a verb head in the present form agreeing with the word
/// before the preposition (`plural`), read lowercased out of context as anything
/// ("Strikes on Gaza Kill 20": "kill" RB)? Then that word heads the verb's subject.
fn verb_after_object(
    lexicon: &sitrep_lexicon::EventLexicon,
    doc: &Doc,
    first: usize,
    tags: &[Tag],
    from: usize,
    plural: bool,
) -> bool {
    let n = tags.len();
    let mut j = from;
    while j < n
        && (doc.mention_index(first + j).is_some()
            || matches!(
                tags[j],
                Tag::NN | Tag::NNS | Tag::NNP | Tag::NNPS | Tag::JJ | Tag::CD | Tag::DT | Tag::POS
            ))
    {
        // The verb itself may have been read as a noun: stop at the first word the lexicon
        // knows as a verb head in a present form after the object's first word.
        if j > from
            && doc.mention_index(first + j).is_none()
            && headline_verb_form(lexicon, doc.norm(first + j), tags[j], Some(plural), false)
                .is_some()
        {
            return true;
        }
        j += 1;
    }
    j < n
        && (matches!(tags[j], Tag::VB | Tag::VBP | Tag::VBZ | Tag::VBD | Tag::MD)
            || headline_verb_form(lexicon, doc.norm(first + j), tags[j], Some(plural), false)
                .is_some())
}

/// Can the word be a verb by what it usually is: the tagger's training text saw it most
/// often as a verb or a noun (news verbs are often nouns too), or never often enough to
/// tell. Adjectives, adverbs and function words are not.
fn can_be_verb(info: &WordInfo) -> bool {
    info.most_frequent_tag()
        .is_none_or(|t| t.is_verb() || t.is_noun())
}

/// Does the event lexicon know `w` as a noun (a noun pattern's head or a noun form)?
fn has_noun_form(lexicon: &sitrep_lexicon::EventLexicon, w: &str) -> bool {
    let forms = head_forms(lexicon, w, |_| true);
    forms.contains(sitrep_lexicon::Forms::SINGULAR) || forms.is_plural()
}

/// The forms in which `w` heads the lexicon's patterns that `keep` accepts, all their flags
/// together (none where it heads none): what a correction asks of a word before reading
/// it as a verb or a noun.
fn head_forms(
    lexicon: &sitrep_lexicon::EventLexicon,
    w: &str,
    keep: impl Fn(&sitrep_lexicon::Pattern) -> bool,
) -> sitrep_lexicon::Forms {
    let mut forms = 0u8;
    for &id in lexicon.patterns_for(w) {
        if keep(lexicon.pattern(id)) {
            forms |= lexicon.head_pos_of_form(w, id).map_or(0, |f| f.0);
        }
    }
    sitrep_lexicon::Forms(forms)
}

/// Is `p` a verb pattern (`head_forms`' filter for the verb readings of a word)?
fn is_verb_pattern(p: &sitrep_lexicon::Pattern) -> bool {
    p.pos == sitrep_lexicon::TriggerPos::Verb
}

/// The verb tag word `w` (tagged `tag`) takes as a headline's main verb after a subject
/// whose head is `plural`: a present form of a verb pattern's head that agrees with it.
fn headline_verb_form(
    lexicon: &sitrep_lexicon::EventLexicon,
    w: &str,
    tag: Tag,
    plural: Option<bool>,
    coordinated: bool,
) -> Option<Tag> {
    // Lowercased out of context, a verb may even read as an adverb ("Strikes on Gaza
    // Kill 20": "kill" RB) or a preposition ("Rebels in Nigeria announce suspension":
    // "announce" IN; a word that is no preposition of English).
    let misread_preposition = tag == Tag::IN && !PREPOSITIONS.contains(w);
    if !misread_preposition && !matches!(tag, Tag::NN | Tag::NNS | Tag::JJ | Tag::NNP | Tag::RB) {
        return None;
    }
    let forms = head_forms(lexicon, w, is_verb_pattern);
    let plural = plural? || coordinated;
    if !plural && forms.contains(sitrep_lexicon::Forms::THIRD) {
        Some(Tag::VBZ)
    } else if plural && forms.contains(sitrep_lexicon::Forms::BASE) {
        Some(Tag::VBP)
    } else {
        None
    }
}

/// A headline in the present tense ("Venezuela and Ghana sign landmark agreement") has
/// no finite verb in the tagger's reading: its verb reads as a noun of a compound. The
/// first word after an actor's name that the event lexicon knows as a verb head in a
/// present-tense form (and not as a noun), read as a noun or an adjective, is that verb. Prose has a finite verb and is
/// left as tagged.
fn recover_headline_verb(k: &Knowledge, doc: &Doc, si: usize, tags: &mut [Tag]) {
    let lexicon = &k.lexicon;
    // "Jailed Activist on Hunger Strike": after "on" and a bare noun, an act noun the
    // lexicon knows is the second noun of the compound, not a verb.
    let first = doc.sentences[si].first;
    for i in 2..tags.len() {
        let w = doc.norm(first + i);
        if matches!(tags[i], Tag::VBP | Tag::VB)
            && doc.norm(first + i - 2) == "on"
            && tags[i - 1] == Tag::NN
            && head_forms(lexicon, w, |_| true).contains(sitrep_lexicon::Forms::SINGULAR)
        {
            tags[i] = Tag::NN;
        }
    }
    if let Some(v) = tags.iter().position(|t| t.is_finite()) {
        // A headline opening with an act noun in -ing before its finite verb ("Shelling
        // in Dhaka Kills Six Children"): the noun is the verb's subject.
        let w = doc.norm(first);
        if v > 0
            && tags[0] == Tag::VBG
            && is_headline(doc, si)
            && (1..v).all(|j| doc.norm(first + j) != ",")
            && head_forms(lexicon, w, |_| true).contains(sitrep_lexicon::Forms::SINGULAR)
        {
            tags[0] = Tag::NN;
        }
        return;
    }
    let forms_of = |w: &str| head_forms(lexicon, w, |_| true);
    let is_noun =
        |f: sitrep_lexicon::Forms| f.contains(sitrep_lexicon::Forms::SINGULAR) || f.is_plural();
    for (i, g) in doc.sentences[si].tokens().enumerate().skip(1) {
        // The verb follows its subject: a party's name, or an act noun the lexicon knows
        // ("Shelling Kills Six Children", "Car Bomb Kills Nine", "Drone Strikes Hit ...").
        // A place's name ends a subject too ("Bombing in Kabul Kills Three Soldiers").
        let after_subject = doc.mention_at[g - 1] != crate::doc::NONE
            || matches!(tags[i - 1], Tag::NNP | Tag::NNPS)
            || (matches!(tags[i - 1], Tag::NN | Tag::NNS | Tag::VBG)
                && is_noun(forms_of(doc.norm(g - 1))));
        if !matches!(tags[i], Tag::NN | Tag::NNS | Tag::JJ)
            || doc.mention_at[g] != crate::doc::NONE
            || !after_subject
        {
            continue;
        }
        let w = doc.norm(g);
        let forms = forms_of(w);
        if is_noun(forms) {
            continue;
        }
        if forms.contains(sitrep_lexicon::Forms::THIRD) {
            tags[i] = Tag::VBZ;
        } else if forms.contains(sitrep_lexicon::Forms::BASE) {
            tags[i] = Tag::VBP;
        } else {
            continue;
        }
        // An act noun in -ing before the verb is its subject, not a verb of its own:
        // "Shelling in Dhaka Kills Six Children".
        let first = doc.sentences[si].first;
        for (j, tag) in tags.iter_mut().enumerate().take(i) {
            if *tag == Tag::VBG && is_noun(forms_of(doc.norm(first + j))) {
                *tag = Tag::NN;
            }
        }
        return;
    }
}

/// The sentence of a figure (where its cue word or number is), unless it is a heading.
pub(crate) fn figure_sentence(doc: &Doc, q: &sitrep_quantities::QuantityMatch) -> Option<usize> {
    let at = q.cue.map(|c| c.0).unwrap_or(q.number_start);
    let t = doc.token_at_byte(at);
    if t >= doc.tokens.len() {
        return None;
    }
    let si = doc.sentence_of[t] as usize;
    (doc.sentences[si].kind != SentenceKind::Heading).then_some(si)
}

/// Does sentence `si` attribute or hedge something ("according to", a quotation mark, a
/// reporting verb, a hedge)? Only such sentences need the full reading for their
/// figures; the rest state them as fact.
pub(crate) fn attributed(k: &Knowledge, doc: &Doc, si: usize) -> bool {
    let words: Vec<&str> = doc.sentences[si].tokens().map(|g| doc.norm(g)).collect();
    (0..words.len()).any(|i| {
        let w = words[i];
        w == "according"
            || w == "\""
            || k.cues.reporting_verb(w).is_some()
            || k.cues.hedge_at(&words, i).is_some()
    })
}

/// Sentences longer than this many tokens are not analysed (not tagged, no events, no
/// attributed figures): the clause reading and the coder look back and forth within a
/// sentence, so their cost grows with the square of its length, and a "sentence" this long
/// is a page without punctuation or a list, not prose (the longest in the VOA, NGEC and
/// example corpora have about 260). Keeps every stage linear in the document (issue #17).
pub(crate) const MAX_ANALYSED_TOKENS: usize = 400;

/// The gate: a sentence is analysed only when an actor and a trigger co-occur.
///
/// Trigger words are common ("support", "talks", "attack"), so a head word alone lets
/// most sentences through; a pattern whose particles and object keywords are also
/// there (checked with hash lookups, no tagging) is a much tighter and still cheap test.
///
/// A sentence that passes after the lexicon matcher ran on it leaves its preparation in
/// `prepared`, for the coder.
fn gate(
    k: &Knowledge,
    doc: &Doc,
    si: usize,
    prepared: &mut Option<sitrep_lexicon::PreparedSentence>,
) -> bool {
    let s = doc.sentences[si];
    let lexicon = &k.lexicon;
    if feature_headline(doc, si) {
        return false;
    }
    let has_actor = s.tokens().any(|g| doc.mention_at[g] != crate::doc::NONE)
        || names_story_pair(doc, si)
        || s.tokens()
            .take(4)
            .any(|g| doc.opening_list_before(g).is_some())
        || places_a_state(doc, si)
        || fragment_with_a_country_adjective(doc, si)
        || country_adjective_before_act_word(k, doc, si);
    if !has_actor {
        return false;
    }
    // Reacting verbs coded by their manner and appeals or demands of an act no pattern
    // codes have no lexicon pattern of their own (frames.rs): a sentence passes on its
    // frame cues too. The lexicon is asked first: most sentences that pass, pass on a
    // pattern, and its test costs about half the frames' (the gate's answer is the same
    // in either order; the preparation goes to the coder whichever test passed).
    if !s.tokens().any(|g| lexicon.is_head_word(doc.norm(g))) {
        return crate::frames::gate(k, doc, &s);
    }
    let words: Vec<&str> = s.tokens().map(|g| doc.norm(g)).collect();
    let n = words.len();
    // The first satisfied pattern settles it; the region is the widest the coder
    // ever uses (`Clause::region_end`).
    let sentence = lexicon.prepare(&words);
    let passes = lexicon.any_match_prepared(&words, &sentence, |i| (i + 16).min(n))
        || crate::frames::gate(k, doc, &s)
        // "Russian forces captured Toretsk": a town taken by name
        // (`place_taking_matches`). No pattern matched the words as written (the
        // matcher found none over the same regions), so there are none to hand it.
        || place_words(doc, s.first, &words).is_some_and(|alt| {
            !place_taking_matches(lexicon, &words, &[], &alt, |i| (i + 16).min(n)).is_empty()
        });
    if passes {
        *prepared = Some(sentence);
    }
    passes
}

/// The words of the sentence starting at token `first` with each token of a populated
/// place the gazetteer placed (a town or village: not a region, nor a country, which is a
/// party) read as "town", where the sentence has one: the words an occupation pattern's object
/// keywords see in "captured Toretsk", "seized Walikale centre" (`place_taking_matches`).
pub(crate) fn place_words<'w>(doc: &Doc, first: usize, words: &[&'w str]) -> Option<Vec<&'w str>> {
    let end = first + words.len();
    let mut alt: Option<Vec<&str>> = None;
    for p in &doc.places {
        // A town or village: a region taken ("annexed the Amur Region") is told otherwise.
        let town = p.place.is_some_and(|l| l.feature == "populated place");
        if p.first < first || p.last > end || p.last <= p.first || p.code.is_none() || !town {
            continue;
        }
        if (p.first..p.last).any(|t| doc.mention_at[t] != crate::doc::NONE) {
            continue;
        }
        let alt = alt.get_or_insert_with(|| words.to_vec());
        for t in p.first..p.last {
            alt[t - first] = "town";
        }
    }
    alt
}

/// The occupation patterns (CAMEO 192, "Occupy territory") that match only with the
/// sentence's places read as towns (`place_words`), at heads where no pattern matched the
/// words as written: a town taken by name ("Russian forces captured Toretsk", "M23 seized
/// Walikale"), which the patterns' object keywords ("town", "city", "village") miss. The
/// town must be the verb's object, right after it ("took over the train near Sibi" took no
/// town). `written` is what the lexicon finds over the words as written with the same
/// `region_end` (`EventLexicon::find_all`): each caller has it already (the coder's
/// matches, or none where the gate found none), so it is not searched again.
pub(crate) fn place_taking_matches(
    lexicon: &sitrep_lexicon::EventLexicon,
    words: &[&str],
    written: &[sitrep_lexicon::PatternMatch],
    alt: &[&str],
    region_end: impl Fn(usize) -> usize + Copy,
) -> Vec<sitrep_lexicon::PatternMatch> {
    // Only the occupation patterns, and those matched over the words as written at their
    // heads (`kept` below asks whether they still match), are read: the others are not
    // tried.
    let read = lexicon.find_all_where(alt, region_end, |head, pattern| {
        lexicon.pattern(pattern).cameo == "192"
            || written
                .iter()
                .any(|w| w.head == head && w.pattern == pattern)
    });
    // A pattern of the head that a town in the sentence excludes ("captured the rebels",
    // not "captured Goma") gives way; one that still matches keeps the head.
    let kept = |m: &sitrep_lexicon::PatternMatch| {
        written.iter().filter(|w| w.head == m.head).all(|w| {
            lexicon.pattern(w.pattern).cameo != "192"
                && !read
                    .iter()
                    .any(|r| r.head == w.head && r.pattern == w.pattern)
        })
    };
    read.iter()
        .filter(|m| {
            lexicon.pattern(m.pattern).cameo == "192"
                && m.object_token.is_some_and(|o| {
                    alt[o] == "town"
                        && words[o] != "town"
                        && (o == m.end || o == m.end + 1 && words[m.end] == "the")
                })
                && kept(m)
        })
        .cloned()
        .collect()
}

/// Is sentence `si` the headline of a feature, not of news ("What to know about ...",
/// "Explainer: Why ...", `[feature-headline-openers]`)? Only a headline opening the
/// document; a one-word opener only as a label before a colon.
fn feature_headline(doc: &Doc, si: usize) -> bool {
    let s = doc.sentences[si];
    let n = s.last - s.first;
    if n < 4
        || doc.sentences[..si]
            .iter()
            .any(|p| p.kind == SentenceKind::Body)
    {
        return false;
    }
    let words: Vec<&str> = (s.first..s.first + 4).map(|g| doc.norm(g)).collect();
    let openers = &*crate::words::FEATURE_HEADLINE_OPENERS;
    // A phrase of one to three words, closed by a colon or opening a headline.
    (1..=3).any(|len| {
        openers.contains_phrase(&words[..len])
            && (words[len] == ":" || (len > 1 && is_headline(doc, si)))
    })
}

/// Does sentence `si` say where something happened with a place of a known country ("A
/// curfew was imposed in Dhaka", "CAIRO (AP) - A blogger was detained")? The state there
/// is the doer of an arrest, ban or curfew told without one (`context::state_agent`), so
/// such a sentence has a party even when it names none.
/// A headline or feed fragment naming its party only by a country adjective ("Russian
/// drone attack on Odesa overnight"): the adjective is the doer a prose sentence would
/// name, so the line is worth analysing.
fn fragment_with_a_country_adjective(doc: &Doc, si: usize) -> bool {
    let s = doc.sentences[si];
    let i = doc.modifiers.partition_point(|m| m.last <= s.first);
    doc.modifiers.get(i).is_some_and(|m| m.first < s.last) && is_headline(doc, si)
}

/// A country adjective right before a lexicon head word, two words apart at most
/// ("Israeli air strikes on Gaza City", "Pakistani air strikes against hideouts"): the
/// adjective names the doer of the act noun, so prose whose only party it is is analysed
/// too (modifiers are sorted: one binary search, then the sentence's few).
fn country_adjective_before_act_word(k: &Knowledge, doc: &Doc, si: usize) -> bool {
    let s = doc.sentences[si];
    let i = doc.modifiers.partition_point(|m| m.last <= s.first);
    doc.modifiers[i..]
        .iter()
        .take_while(|m| m.first < s.last)
        .any(|m| (m.last..(m.last + 3).min(s.last)).any(|g| k.lexicon.is_head_word(doc.norm(g))))
}

fn places_a_state(doc: &Doc, si: usize) -> bool {
    let s = doc.sentences[si];
    // Places are in text order, the gazetteer's with their country ("in Irbil").
    let from = doc.places.partition_point(|p| p.first < s.first);
    doc.places[from..]
        .iter()
        .take_while(|p| p.first < s.last)
        .any(|p| p.locative && p.code.is_some())
}

/// Does sentence `si` name the story's two parties without naming them ("The two
/// countries signed a treaty", "Both sides agreed to a truce") in a story that has a pair
/// (`Doc::story_pair`)? Such a sentence has no actor mention of its own; the coder resolves
/// the phrase to the pair.
fn names_story_pair(doc: &Doc, si: usize) -> bool {
    let s = doc.sentences[si];
    // "both sides", "the two countries", "the two neighbouring nations", "the sides".
    let phrase = s.tokens().any(|g| {
        let head = doc.norm(g);
        (PAIR_NOUNS.contains(head)
            || DEFINITE_PAIR_NOUNS.contains(head)
            || crate::words::EACH_PAIR_NOUNS.contains(head))
            && (1..=3).filter(|&back| g >= s.first + back).any(|back| {
                let words: Vec<&str> = (g - back..=g).map(|t| doc.norm(t)).collect();
                is_pair_phrase(&words)
                    && (words[0] != "each" || {
                        let rest: Vec<&str> = (g + 1..s.last).map(|t| doc.norm(t)).collect();
                        crate::events::other_after(&rest, 0)
                    })
            })
    });
    // "Both condemned the attack", "The two agreed to reopen the border": a bare "both" or
    // "the two" opening the sentence, before a lowercase word (the coder reads it as the
    // subject only for the acts a pair does together or says: `bare_pair`).
    let word = |k: usize| if k < s.last { doc.norm(k) } else { "" };
    let lower = |k: usize| k < s.last && !doc.tokens.get(k).capitalized;
    let bare = (word(s.first) == "both" && lower(s.first + 1) && word(s.first + 1) != "of")
        || (word(s.first) == "the" && word(s.first + 1) == "two" && lower(s.first + 2))
        // "The three rejected ...", "All four sent ...", "On Monday, the three accused":
        // a bare count of three or more, first or after an opening time phrase.
        || {
            let time_end = (s.first..(s.first + 5).min(s.last))
                .find(|&k| word(k) == ",")
                .filter(|&c| {
                    c > s.first
                        && (s.first..c).all(|k| {
                            is_date_word(word(k)) || crate::words::OPENING_TIME_WORDS.contains(word(k))
                        })
                })
                .map_or(s.first, |c| c + 1);
            [s.first, time_end].into_iter().any(|b| {
                matches!(word(b), "the" | "all")
                    && crate::words::group_count(word(b + 1)).is_some_and(|n| n > 2)
                    && lower(b + 2)
            })
        };
    if !phrase && !bare {
        return false;
    }
    doc.story_pair(s.first, true).is_some()
}

/// A verb turning down a publication it takes as its object ("vetoed a resolution
/// demanding", "rejected a statement condemning"): the publication's participle does not
/// speak for that verb's subject.
fn refuses_publication(w: &str) -> bool {
    matches!(
        w,
        "veto"
            | "vetoes"
            | "vetoed"
            | "vetoing"
            | "reject"
            | "rejects"
            | "rejected"
            | "rejecting"
            | "block"
            | "blocks"
            | "blocked"
            | "blocking"
            | "oppose"
            | "opposes"
            | "opposed"
            | "opposing"
    )
}

#[cfg(test)]
mod tests {
    use super::{Clause, Subject};
    use crate::testing::{doc_through, knowledge};

    /// The subject the clause layer finds for the first occurrence of `verb` in the
    /// first sentence of `text`: how it was found and the text of its mentions.
    fn subject_of(text: &str, verb: &str) -> (&'static str, Vec<String>) {
        let doc = doc_through("syntax", text);
        assert!(doc.analysed[0], "the sentence passes the gate: {text}");
        let s = doc.sentences[0];
        let tags = doc.tags[0].as_deref().expect("tagged");
        let clause = Clause::new(knowledge(), &doc, s.first, s.last, tags);
        assert!(clause.tree().is_some(), "the analysed sentence is parsed");
        let l = clause
            .words
            .iter()
            .position(|w| *w == verb)
            .expect("the verb");
        match clause.subject(clause.verb_group_start(l), 0) {
            Subject::Actors(slot) => (
                slot.how,
                slot.mentions
                    .iter()
                    .map(|&m| {
                        let mm = &doc.mentions[m];
                        doc.text[mm.start..mm.end].to_string()
                    })
                    .collect(),
            ),
            other => panic!("no actor subject for {verb:?}: {other:?}"),
        }
    }

    /// A region's walk that passes over the words no test can stop at ends where the walk
    /// testing every word does, from every word, with and without the slots' asides.
    #[test]
    fn a_region_skipping_the_words_that_cannot_end_it_ends_where_the_full_walk_does() {
        for text in [
            "Russia launched missiles at Kyiv, officials said, and Ukraine shot down 20 of them.",
            "The army ordered 10 battalions, including tank units, to the border in order to deter Russia.",
            "Kenya gave the Rapid Support Forces, which control most of Darfur, until Friday to withdraw.",
            "Egypt has sought to reduce its dependence on Western partners and has strengthened ties with Russia, while Turkey suspended payments on its debt and is in talks with the IMF so as to avoid a default.",
            "Iran condemned the strikes, saying Israel had violated its sovereignty; the United States urged restraint because the talks in Oman were due in a bid to end the war.",
        ] {
            let doc = doc_through("syntax", text);
            let s = doc.sentences[0];
            let Some(tags) = doc.tags[0].as_deref() else {
                panic!("the sentence is tagged: {text}");
            };
            let clause = Clause::new(knowledge(), &doc, s.first, s.last, tags);
            for l in 0..clause.len() {
                for past_asides in [false, true] {
                    assert_eq!(
                        clause.region_end_scanned(l, past_asides, true),
                        clause.region_end_scanned(l, past_asides, false),
                        "{text}: from {:?} (past asides: {past_asides})",
                        clause.words[l]
                    );
                }
            }
        }
    }

    /// Monitor notes put the day between subject and verb: the date is never the subject,
    /// also of a participle reached through the verb whose object it hangs on, in a clause
    /// after a semicolon, or after a plural role the tagger would read as a verb.
    #[test]
    fn a_date_between_subject_and_verb_leaves_the_subject_to_the_words_before_it() {
        let (_, names) = subject_of(
            "UNSC 21 Feb unanimously adopted resolution demanding M23 halt offensive.",
            "demanding",
        );
        assert_eq!(names, ["UNSC"]);
        let (_, names) = subject_of(
            "Fighting erupted in Nasir; South Sudan 12 Mar expelled Ugandan liaison officers.",
            "expelled",
        );
        assert_eq!(names, ["South Sudan"]);
        let (_, names) = subject_of(
            "Post-election violence continued; SADC envoys 16 Jan met Mozambique's president.",
            "met",
        );
        assert_eq!(names, ["envoys"]);
    }

    /// A role noun ending a party, read as a present verb right before the party's past
    /// verb, is the noun it is: two finite verbs do not follow each other.
    #[test]
    fn a_party_role_before_its_verb_is_a_noun() {
        use sitrep_tagger::Tag;
        for (text, word) in [
            (
                "Armenian and Azerbaijani envoys met in Geneva on Monday.",
                "envoys",
            ),
            (
                "Chinese and Russian envoys held talks in Beijing.",
                "envoys",
            ),
        ] {
            assert_eq!(tag_of(text, word), Tag::NNS, "{text}");
        }
        // A verb after a party that is no role stays a verb.
        assert!(tag_of("Iran warns it will respond.", "warns").is_verb());
    }

    /// An adverb that is a preposition's object ("at first", "for now") is no part of the
    /// verb group: the group starts at the verb, whose tree subject is the subject.
    #[test]
    fn a_prepositional_adverb_before_the_verb_is_outside_its_group() {
        let (_, names) = subject_of(
            "Trump at first imposed 25 tariffs on Canadian exports.",
            "imposed",
        );
        assert_eq!(names, ["Trump"]);
        let (_, names) = subject_of("Iran for now rejected the proposal.", "rejected");
        assert_eq!(names, ["Iran"]);
    }

    /// "Police in Uganda arrested ...": the country after "in" or "of" places the party
    /// before it, which is the subject, even where the tagger reads the verb as a
    /// participle and the tree gives no subject; a phrase naming no party before "in"
    /// leaves the country ("The attack in Syria" has no party subject).
    #[test]
    fn the_party_placed_in_a_country_is_the_subject() {
        let (_, names) = subject_of(
            "Police in Uganda arrested opposition leader Kizza Besigye on Monday.",
            "arrested",
        );
        assert_eq!(names, vec!["Police".to_string()]);
        let (_, names) = subject_of(
            "The government of Venezuela arrested two opposition activists.",
            "arrested",
        );
        assert_eq!(names, vec!["The government".to_string()]);
    }

    /// The tag of the first occurrence of `word` in the first sentence of `text`.
    fn tag_of(text: &str, word: &str) -> sitrep_tagger::Tag {
        let doc = doc_through("syntax", text);
        let s = doc.sentences[0];
        let tags = doc.tags[0].as_deref().expect("tagged");
        let l = (s.first..s.last)
            .position(|g| doc.norm(g) == word)
            .expect("the word");
        tags[l]
    }

    #[test]
    fn a_title_case_headlines_verb_after_its_subject_phrase_is_read_as_a_verb() {
        use sitrep_tagger::Tag;
        assert_eq!(
            tag_of("Farmers in Lima Reject Water Pricing Plan", "reject"),
            Tag::VBP
        );
        assert_eq!(
            tag_of("Striking Nurses in Lima Reject Wage Offer", "reject"),
            Tag::VBP
        );
        // A singular head before a base form is a compound ("Rebel Attack Kills").
        assert!(tag_of("Rebel Attack Kills Nine in Northern Mali", "attack").is_noun());
        // A noun before a preposition heads a compound only where a verb follows the
        // preposition's object.
        assert!(tag_of("Israel Strikes on Rafah Kill 30", "strikes").is_noun());
        assert!(tag_of("Hamas Attack on Army Post Kills 12 Soldiers", "attack").is_noun());
        assert!(tag_of("Macron Talks With Scholz by Phone on Ukraine", "talks").is_verb());
        // A past form before a noun modifies the object of a word that is only a verb.
        assert!(tag_of("Myanmar Frees Jailed Japanese Reporter", "frees").is_verb());
    }

    #[test]
    fn a_headline_verb_before_a_word_that_is_no_verb_stays_a_verb() {
        // "rare", "heavy" read as present verbs after the noun: adjectives by what they
        // usually are, so the word before them is the headline's verb.
        assert!(tag_of("Beijing Curbs Rare Metal Sales to Japanese Firms", "curbs").is_verb());
        // A word usually a noun can be a verb there ("Peace Talks Collapse").
        assert!(tag_of("Sudan Peace Talks Collapse in Jeddah", "talks").is_noun());
    }

    #[test]
    fn a_second_verb_joined_by_and_shares_the_subject_and_the_object() {
        assert!(tag_of(
            "Officials said Iran funds and equips the militias in Iraq.",
            "funds"
        )
        .is_verb());
        // Two nouns joined by "and" before a verb stay nouns.
        assert!(tag_of(
            "Russian arms and ammunition reached Niger on Monday.",
            "arms"
        )
        .is_noun());
    }

    #[test]
    fn a_present_participle_between_a_determiner_and_its_noun_is_an_adjective() {
        use sitrep_tagger::Tag;
        assert_eq!(
            tag_of(
                "The invading soldiers burned 30 houses in the village, residents said.",
                "invading"
            ),
            Tag::JJ
        );
        // A participle the lexicon knows as an event noun keeps the tagger's reading.
        assert_ne!(
            tag_of(
                "The bombing campaign by the army killed 40 civilians in Darfur.",
                "bombing"
            ),
            Tag::JJ
        );
        // One that takes an object after "that" opens a clause.
        assert_ne!(
            tag_of(
                "The court ruled that attacking civilians is a war crime.",
                "attacking"
            ),
            Tag::JJ
        );
    }

    #[test]
    fn a_verb_before_its_own_particles_is_a_verb() {
        assert!(tag_of(
            "The governor told the police to clear the square and open fire on anyone who resisted.",
            "open"
        )
        .is_verb());
        assert!(tag_of(
            "Villagers say the soldiers open fire on anyone near the border fence.",
            "open"
        )
        .is_verb());
        // After a determiner the same words are a noun phrase.
        assert!(!tag_of(
            "An open fire on the beach was put out by firefighters.",
            "open"
        )
        .is_verb());
    }

    #[test]
    fn a_pattern_verb_between_its_subject_and_object_is_read_as_a_verb() {
        use sitrep_tagger::Tag;
        // Read as nouns on their own: a headline's verbs after a name.
        assert_eq!(
            tag_of("Hezbollah fires rockets at Israel", "fires"),
            Tag::VBZ
        );
        assert_eq!(
            tag_of("Mali Arrests 20 in Regional Crackdown.", "arrests"),
            Tag::VBZ
        );
        assert_eq!(
            tag_of(
                "Pakistan, India trade fire along the disputed border",
                "trade"
            ),
            Tag::VBP
        );
        // A compound of a name and a noun, followed by its verb or preposition, stays.
        assert!(tag_of("Hamas attacks killed five soldiers in Israel.", "attacks").is_noun());
        assert!(tag_of(
            "Israeli strikes on Gaza killed 20 people, Hamas said.",
            "strikes"
        )
        .is_noun());
        // A possessive is no subject, and a singular name before a present form is a compound.
        assert!(!tag_of(
            "The movement was suppressed by France and its ally Italy after the war.",
            "ally"
        )
        .is_verb());
    }

    #[test]
    fn a_past_form_after_its_subject_and_adverbials_is_the_finite_verb() {
        use sitrep_tagger::Tag;
        // Read as a participle on its own (checked before the correction was written).
        assert_eq!(
            tag_of(
                "Trump at first imposed 25% tariffs on Canadian exports.",
                "imposed"
            ),
            Tag::VBD
        );
        assert_eq!(
            tag_of(
                "Police on Saturday arrested opposition leader Kizza Besigye in Kampala.",
                "arrested"
            ),
            Tag::VBD
        );
        // A participle completing a phrase, or after an auxiliary, stays one.
        assert_ne!(
            tag_of(
                "Israeli forces in the occupied West Bank have held hundreds of Palestinians.",
                "occupied"
            ),
            Tag::VBD
        );
        assert_eq!(
            tag_of("Iran has seized a tanker in the Gulf.", "seized"),
            Tag::VBN
        );
    }

    #[test]
    fn a_hyphenated_participle_before_a_noun_is_an_adjective() {
        use sitrep_tagger::Tag;
        assert_eq!(
            tag_of("UAE sends aid to flood-hit Pakistan", "flood-hit"),
            Tag::JJ
        );
        assert!(tag_of(
            "Iran-backed rebels attacked a ship in the Red Sea.",
            "iran-backed"
        )
        .is_adj());
        // Right after its subject, a hyphenated verb stays a verb.
        assert!(tag_of("North Korea test-fired a missile on Monday.", "test-fired").is_verb());
    }

    #[test]
    fn a_participle_after_and_before_a_subjects_noun_is_an_adjective() {
        use sitrep_tagger::Tag;
        // Read as a past verb on its own (checked before the correction was written).
        assert_eq!(
            tag_of(
                "The Sudanese army and allied militias attacked villages in North Kordofan.",
                "allied"
            ),
            Tag::JJ
        );
        // No verb after the noun: the past form is the verb of "army and police".
        assert!(tag_of(
            "Army and police detained protesters in Nairobi.",
            "detained"
        )
        .is_verb());
        // A second predicate after a finite verb stays a verb.
        assert!(tag_of(
            "Police raided the office and detained activists.",
            "detained"
        )
        .is_verb());
    }

    #[test]
    fn a_participle_preposition_opening_a_sentence_is_a_preposition() {
        use sitrep_tagger::Tag;
        assert_eq!(
            tag_of(
                "Following negotiations in Geneva, Armenia and Azerbaijan agreed to exchange prisoners.",
                "following"
            ),
            Tag::IN
        );
    }

    #[test]
    fn a_dictionary_name_that_is_also_a_common_word_is_read_as_a_name() {
        use sitrep_tagger::Tag;
        // Read as the noun "trump" on its own.
        assert_eq!(
            tag_of("Trump at first imposed tariffs on China.", "trump"),
            Tag::NNP
        );
        // A common word outside the name keeps its reading.
        assert_eq!(
            tag_of("Trump at first imposed tariffs on China.", "tariffs"),
            Tag::NNS
        );
    }

    /// The texts of the mentions of a slot.
    /// The reading of the document's first sentence, which the syntax stage tagged.
    fn first_clause<'a, 'd>(doc: &'a crate::doc::Doc<'d>) -> Clause<'a, 'd> {
        let s = doc.sentences[0];
        let tags = doc.tags[0]
            .as_deref()
            .expect("the first sentence is tagged");
        Clause::new(knowledge(), doc, s.first, s.last, tags)
    }

    fn names_of(doc: &crate::doc::Doc, slot: Option<super::Slot>) -> Vec<String> {
        slot.map(|s| {
            s.mentions
                .iter()
                .map(|&m| doc.text[doc.mentions[m].start..doc.mentions[m].end].to_string())
                .collect()
        })
        .unwrap_or_default()
    }

    #[test]
    fn a_name_coordinated_after_a_phrase_naming_no_party_is_in_the_phrase() {
        let text = "Egypt held consultations in Cairo with the Palestinian factions and Israel.";
        let doc = doc_through("syntax", text);
        let clause = first_clause(&doc);
        let with = clause.words.iter().position(|w| *w == "with").unwrap();
        let slot = clause.prep_object("with", with, clause.len());
        assert_eq!(names_of(&doc, slot), ["Israel"]);
        // A name opening a clause of its own is not coordinated into the object.
        let text = "Russia shelled the village and Ukraine said five people died.";
        let doc = doc_through("syntax", text);
        let clause = first_clause(&doc);
        let shelled = clause.words.iter().position(|w| *w == "shelled").unwrap();
        let object = clause.direct_object(shelled + 1, clause.len());
        assert!(names_of(&doc, object).is_empty());
    }

    #[test]
    fn a_name_in_apposition_to_a_prepositional_object_naming_no_party_fills_it() {
        let text = "Erdogan made overtures to another key Egyptian ally, France, last month.";
        let doc = doc_through("syntax", text);
        let clause = first_clause(&doc);
        let made = clause.words.iter().position(|w| *w == "made").unwrap();
        let slot = clause.prep_object("to", made, clause.len());
        assert_eq!(names_of(&doc, slot), ["France"]);
        // A new clause after the comma is no apposition.
        let text = "Erdogan made overtures to another key ally, France said on Monday.";
        let doc = doc_through("syntax", text);
        let clause = first_clause(&doc);
        let made = clause.words.iter().position(|w| *w == "made").unwrap();
        assert!(names_of(&doc, clause.prep_object("to", made, clause.len())).is_empty());
    }

    #[test]
    fn a_title_case_headline_keeps_its_places_capitalised() {
        use sitrep_tagger::Tag;
        let text = "Activists in Manila Decry New Government Policy.";
        assert_eq!(tag_of(text, "manila"), Tag::NNP);
        assert!(tag_of(text, "decry").is_verb());
        // The other words are read lowercased.
        assert!(!tag_of(text, "policy").is_proper_noun());
    }

    #[test]
    fn a_list_of_names_opening_a_sentence_is_its_whole_subject() {
        let (_, names) = subject_of(
            "Saudi Arabia, the United Arab Emirates, Bahrain and Egypt cut ties with Qatar on June 5.",
            "cut",
        );
        assert_eq!(
            names,
            ["Saudi Arabia", "United Arab Emirates", "Bahrain", "Egypt"]
        );
        // A name in apposition to a description is no list.
        let (_, names) = subject_of(
            "Qatar's neighbour, Saudi Arabia, cut ties with Doha on June 5.",
            "cut",
        );
        assert!(!names.contains(&"Qatar".to_string()));
    }

    #[test]
    fn two_names_opening_a_headline_are_its_subject() {
        let (_, names) = subject_of("Japan, Philippines sign defense pact", "sign");
        assert_eq!(names, ["Japan", "Philippines"]);
        let (_, names) = subject_of("Pakistan, India exchange fire along border", "exchange");
        assert_eq!(names, ["Pakistan", "India"]);
        // A relative clause's own subject after a name and a comma is no pair.
        let (_, names) = subject_of(
            "Netanyahu, whose government has vowed to halt construction, called on both sides to stop.",
            "vowed",
        );
        assert!(!names.iter().any(|n| n.contains("Netanyahu")), "{names:?}");
        // The second name may modify the role that heads the subject ("South Korea
        // Leaders"): the officials of the two countries named.
        let (_, names) = subject_of("Japan, South Korea Leaders Meet in Tokyo", "meet");
        assert_eq!(names, ["Japan", "Leaders"]);
        let (_, names) = subject_of("Pakistan, Sudan Military Leaders Speak by Phone", "speak");
        assert_eq!(names, ["Pakistan", "Military Leaders"]);
    }

    #[test]
    fn a_subject_owned_by_a_named_party_acts_for_it_when_its_head_is_an_agent() {
        // A role, an office or a public body the dictionary made no mention of acts for
        // its owner.
        let (_, names) = subject_of(
            "Eritrea's information office accused Ethiopia of preparing a war.",
            "accused",
        );
        assert_eq!(names, ["Eritrea"]);
        // A minister with the portfolio between owner and head is a party of its own, the
        // owner's (`actors::role_phrase`).
        let (_, names) = subject_of(
            "Eritrea's information minister accused Ethiopia of preparing a war.",
            "accused",
        );
        assert_eq!(names, ["minister"]);
        let (_, names) = subject_of(
            "The African Union's commission chairman praised Kenya for leading the mission.",
            "praised",
        );
        assert_eq!(names, ["African Union"]);
        // A thing owned by a party does not act for it.
        let text = "Russia's S-400 system, which is deemed to violate the treaty, was deployed.";
        let doc = doc_through("syntax", text);
        let clause = first_clause(&doc);
        let deemed = clause.words.iter().position(|w| *w == "deemed").unwrap();
        let subject = clause.subject(clause.verb_group_start(deemed), 0);
        assert!(matches!(subject, Subject::NonActor(_)), "{subject:?}");
    }

    #[test]
    fn a_wing_or_branch_of_a_group_acts_as_the_group() {
        // words.txt `[possessed-agent-heads]` and `[member-nouns]` (session 29).
        let (_, names) = subject_of(
            "Hamas's armed wing released two Israeli hostages on Sunday.",
            "released",
        );
        assert_eq!(names, ["Hamas"]);
        let (_, names) = subject_of(
            "The Somali branch of Islamic State released three hostages.",
            "released",
        );
        assert_eq!(names.len(), 1, "{names:?}");
        assert!(names[0].contains("Islamic State"), "{names:?}");
    }

    #[test]
    fn a_country_adjective_coordinated_with_a_party_in_the_subject_is_a_party() {
        let (_, names) = subject_of(
            "Russian and DPRK leaders signed a treaty on strategic partnership.",
            "signed",
        );
        assert_eq!(names.len(), 2, "{names:?}");
        assert!(names.iter().any(|n| n == "Russian"), "{names:?}");
    }

    #[test]
    fn a_subject_naming_no_party_takes_the_agent_of_its_participle() {
        let (how, names) = subject_of(
            "A delegation led by Qatar's foreign minister met senior Taliban officials in Kabul.",
            "met",
        );
        assert!(
            names.iter().any(|n| n.contains("minister")),
            "{how}: {names:?}"
        );
        assert!(!names.iter().any(|n| n.contains("Taliban")), "{names:?}");
    }

    #[test]
    fn a_subjectless_finite_verb_parsed_as_a_relative_clause_finds_its_subject() {
        // The parser hangs "ordered" on "pattern" as a relative clause.
        let (how, names) = subject_of(
            "Citing a pattern of hostile statements and interference in its internal affairs, \
             Niger's military government on Thursday ordered the French ambassador to leave \
             the country within 48 hours.",
            "ordered",
        );
        assert!(
            names.iter().any(|n| n.contains("government")),
            "{how}: {names:?}"
        );
    }

    #[test]
    fn subject_across_a_relative_clause() {
        let (_, names) = subject_of(
            "Russian President Vladimir Putin, who arrived in Pyongyang on Tuesday, met Kim Jong Un.",
            "met",
        );
        assert!(names.iter().any(|n| n.contains("Putin")), "{names:?}");
        assert!(!names.iter().any(|n| n.contains("Kim")), "{names:?}");
    }

    #[test]
    fn coordinated_subjects_and_verbs() {
        let (_, names) = subject_of(
            "Russia and China condemned the strikes on Iran.",
            "condemned",
        );
        assert_eq!(names, ["Russia", "China"]);
        let (how, names) = subject_of(
            "Iran seized a British tanker and detained its crew.",
            "detained",
        );
        assert_eq!(
            (how, names.as_slice()),
            ("subject of the coordinated verb", &["Iran".to_string()][..])
        );
    }

    #[test]
    fn an_act_of_words_coordinated_with_a_partyless_reported_clause_is_the_sayers() {
        let (how, names) = subject_of(
            "The European Union's foreign policy chief, Kaja Kallas, said at least 20 \
             Europeans remained in Iranian prisons and called on Tehran to free them.",
            "called",
        );
        assert_eq!(
            how, "subject of the coordinated verb of saying",
            "{names:?}"
        );
        assert!(!names.is_empty(), "no party read as the subject");
        // A reported clause whose subject is a party keeps it: the conjunct is its act.
        let (how, names) = subject_of(
            "The mayor said Russian troops shelled the town and warned residents to leave.",
            "warned",
        );
        assert_ne!(
            how, "subject of the coordinated verb of saying",
            "{names:?}"
        );
    }

    #[test]
    fn an_act_of_words_after_a_perfect_reported_clause_is_the_sayers() {
        // A simple past beside the reported clause's pluperfect is the sayer's own act,
        // though that clause's subject is a party.
        for (text, verb, sayer) in [
            (
                "China said Hong Kong police had acted lawfully and urged Washington to stop interfering.",
                "urged",
                "China",
            ),
            (
                "Turkey said Greek jets had violated its airspace and called on Athens to stop.",
                "called",
                "Turkey",
            ),
        ] {
            let (how, names) = subject_of(text, verb);
            assert_eq!(
                (how, names.as_slice()),
                (
                    "subject of the coordinated verb of saying",
                    &[sayer.to_string()][..]
                ),
                "{text}"
            );
        }
    }

    #[test]
    fn open_complements_and_object_control() {
        let (how, names) = subject_of(
            "Kyrgyzstan agreed to withdraw its troops from the border with Tajikistan.",
            "withdraw",
        );
        assert_eq!(
            (how, names.as_slice()),
            (
                "subject of the governing verb",
                &["Kyrgyzstan".to_string()][..]
            )
        );
        let (how, names) = subject_of("France urged Israel to halt the strikes on Gaza.", "halt");
        assert_eq!(
            (how, names.as_slice()),
            ("object of the governing verb", &["Israel".to_string()][..])
        );
    }

    #[test]
    fn participle_clause_takes_the_main_subject() {
        let (how, names) = subject_of(
            "Russia attacked Ukraine on Monday, killing 12 people.",
            "killing",
        );
        assert_eq!(
            (how, names.as_slice()),
            ("subject of the main clause", &["Russia".to_string()][..])
        );
    }

    #[test]
    fn a_date_between_subject_and_verb_is_no_subject() {
        // Monitors put the day between the party and its act.
        for (text, verb, who) in [
            (
                "The army 9 June conducted airstrikes on rebel positions near Nyala.",
                "conducted",
                "The army",
            ),
            (
                "Police early June arrested three journalists in Kinshasa.",
                "arrested",
                "Police",
            ),
            (
                "The junta 13 May arrested a former minister in Niamey.",
                "arrested",
                "The junta",
            ),
        ] {
            let (_, names) = subject_of(text, verb);
            assert_eq!(names, [who], "{text}");
        }
    }

    #[test]
    fn a_bracketed_aside_after_the_subject_is_skipped() {
        let (_, names) = subject_of(
            "Islamic State Sahel Province (IS Sahel) 21 June attacked army post in Banibangou area, \
             Tillabéri region, killing 34 soldiers.",
            "attacked",
        );
        assert_eq!(names, ["Islamic State Sahel Province"]);
    }

    #[test]
    fn a_clause_after_a_semicolon_without_a_subject_takes_the_one_before() {
        let text = "Rebels 3 June shelled the town of Babanusa; next day ambushed army convoy near El Obeid.";
        let (how, names) = subject_of(text, "ambushed");
        assert_eq!(names, ["Rebels"]);
        assert_eq!(how, "subject of the clause before the semicolon");
        // A clause with its own subject keeps it.
        let (_, names) = subject_of(
            "Rebels shelled the town of Babanusa; the army ambushed a convoy near El Obeid.",
            "ambushed",
        );
        assert_eq!(names, ["the army"]);
    }

    #[test]
    fn an_armed_act_named_by_a_country_adjective_is_that_countrys() {
        let (how, names) = subject_of(
            "Israeli airstrikes hit several buildings in Beirut on Tuesday.",
            "hit",
        );
        assert_eq!(names, ["Israeli"]);
        assert_eq!(how, "the country whose armed act is the subject");
    }

    #[test]
    fn a_noun_that_heads_an_armed_act_only_before_its_next_word_is_no_armed_act() {
        // "school" heads "school shooting": a school that expels students is not one.
        let doc = doc_through(
            "syntax",
            "A Kenyan high school expelled 30 students on Wednesday.",
        );
        assert!(doc.analysed[0], "the sentence passes the gate");
        let s = doc.sentences[0];
        let tags = doc.tags[0].as_deref().expect("tagged");
        let clause = Clause::new(knowledge(), &doc, s.first, s.last, tags);
        let l = clause
            .words
            .iter()
            .position(|w| *w == "expelled")
            .expect("the verb");
        let subject = clause.subject(clause.verb_group_start(l), 0);
        assert!(!matches!(subject, Subject::Actors(_)), "{subject:?}");
    }

    #[test]
    fn a_past_verb_after_a_comma_without_a_subject_shares_the_one_before() {
        let (_, names) = subject_of("IDF raided Nablus, arrested 12 Palestinians", "arrested");
        assert_eq!(names, ["IDF"]);
    }

    #[test]
    fn a_participle_opening_a_clause_after_a_semicolon_is_its_verb() {
        let text = "Rebels 3 June shelled the town of Babanusa; next day ambushed army convoy near El Obeid.";
        assert_eq!(tag_of(text, "ambushed"), sitrep_tagger::Tag::VBD);
        // One with no object after it opens a participle phrase, not a clause.
        let doc = doc_through(
            "syntax",
            "Rebels shelled the town; wounded by the blast, two soldiers died.",
        );
        let tags = doc.tags[0].as_deref().expect("tagged");
        let w = super::Tagged::new(knowledge(), &doc, 0, tags, &[]);
        assert!(super::predicates_after_a_semicolon(&w).is_empty());
    }

    #[test]
    fn the_nearest_of_two_attached_subjects() {
        let (_, names) = subject_of(
            "KYIV, Ukraine (Wire) - Russia launched a drone strike on Kyiv on Wednesday, Ukrainian officials said.",
            "launched",
        );
        assert_eq!(names, ["Russia"]);
    }

    #[test]
    fn a_quoted_word_inside_the_verb_group_keeps_the_reported_subject() {
        let (_, names) = subject_of(
            "The United States said Iran is “flagrantly” defying the U.N. Security Council.",
            "defying",
        );
        assert_eq!(names, ["Iran"]);
    }

    #[test]
    fn headline_passives_without_their_auxiliary() {
        // The tagger's own `VBN`, a resultative adjective, a root participle with a
        // subject: the headline's subject is the patient.
        assert!(passive(
            "Nigerian soldiers killed in ambush in Borno state",
            "killed"
        ));
        assert!(passive(
            "Afghan police commander shot dead in Kandahar",
            "shot"
        ));
        assert!(passive(
            "Syrian General Killed in Car Bombing in Damascus",
            "killed"
        ));
        // A finite verb in a clause the participle governs is not the headline's own.
        assert!(passive(
            "State of emergency declared in Lima as wave of extortion killings spreads",
            "declared"
        ));
        // An object after the verb or its particle keeps it active; forces moved stay
        // their side's act.
        assert!(!passive(
            "Ukraine shot down Russian drones over Kyiv",
            "shot"
        ));
        assert!(!passive(
            "Nigerian army killed 20 militants in Borno raid",
            "killed"
        ));
        assert!(!passive(
            "Police Deployed Ahead of Kyiv Protests",
            "deployed"
        ));
    }

    #[test]
    fn passive_subject_and_agent() {
        let text = "Ukraine was attacked by Russia on Monday.";
        let doc = doc_through("syntax", text);
        let s = doc.sentences[0];
        let clause = Clause::new(
            knowledge(),
            &doc,
            s.first,
            s.last,
            doc.tags[0].as_deref().unwrap(),
        );
        let l = clause.words.iter().position(|w| *w == "attacked").unwrap();
        assert!(clause.is_passive(l));
        let (_, names) = subject_of(text, "attacked");
        assert_eq!(names, ["Ukraine"]);
    }

    /// Is the first occurrence of `verb` in `text` read as passive?
    fn passive(text: &str, verb: &str) -> bool {
        let doc = doc_through("syntax", text);
        let s = doc.sentences[0];
        let clause = Clause::new(
            knowledge(),
            &doc,
            s.first,
            s.last,
            doc.tags[0].as_deref().unwrap(),
        );
        let l = clause.words.iter().position(|w| *w == verb).unwrap();
        clause.is_passive(l)
    }

    #[test]
    fn a_participle_with_its_agent_after_a_party_was_done_to_the_party() {
        let text = "Somali security forces backed by Djiboutian soldiers surrounded the hotel.";
        assert!(passive(text, "backed"));
        // The party it modifies is what the participle's subject search answers: the
        // recipient of the passive, not the doer.
        let (how, names) = subject_of(text, "backed");
        assert_eq!(how, "antecedent of the relative clause");
        assert_eq!(names, ["Somali security forces"]);
        // Without an agent, or after a name the participle's own act follows, no passive.
        assert!(!passive(
            "Russian troops deployed to the border on Monday.",
            "deployed"
        ));
    }

    #[test]
    fn only_sentences_with_an_actor_and_a_trigger_are_analysed() {
        let doc = doc_through(
            "syntax",
            "The weather was fine on Monday. Russia attacked Ukraine. Troops rested.",
        );
        assert_eq!(doc.analysed, vec![false, true, false]);
        assert!(doc.tags[0].is_none() && doc.tags[2].is_none());
        let tags = doc.tags[1]
            .as_ref()
            .expect("the analysed sentence is tagged");
        assert_eq!(tags.len(), doc.sentences[1].last - doc.sentences[1].first);
    }

    #[test]
    fn a_mention_running_across_a_paragraph_break_stays_inside_the_clause() {
        // The actor stage reads "a\n\nRepresentatives from Serbia" as one role phrase
        // across the break; the clause of the second sentence sees only its own part.
        let text = "Fighting involving a\n\nRepresentatives from Serbia visited.";
        let doc = doc_through("events", text);
        assert_eq!(doc.sentences.len(), 2);
        let s = doc.sentences[1];
        let tags = doc.tags[1].as_deref().expect("tagged");
        let clause = Clause::new(knowledge(), &doc, s.first, s.last, tags);
        for l in 0..clause.len() {
            if let Some(m) = clause.mention(l) {
                let (ms, me) = clause.mention_range(m);
                assert!(ms <= l && l < me && me <= clause.len(), "{ms}..{me} at {l}");
            }
        }
    }

    #[test]
    fn sentences_over_the_length_cap_are_not_analysed() {
        // The same actor and trigger in a sentence of ordinary length, and at the end of a
        // run of words without punctuation longer than the cap.
        let filler = "and the weather stayed calm ".repeat(super::MAX_ANALYSED_TOKENS / 5 + 1);
        let text = format!("Russia attacked Ukraine. Then {filler}Russia attacked Ukraine.");
        let doc = doc_through("syntax", &text);
        assert_eq!(doc.sentences.len(), 2);
        assert!(doc.sentences[1].tokens().len() > super::MAX_ANALYSED_TOKENS);
        assert_eq!(doc.analysed, vec![true, false]);
        assert!(doc.tags[1].is_none());
    }

    #[test]
    fn attributed_figures_are_tagged_without_an_event() {
        let doc = doc_through("syntax", "About 600 soldiers have died, officials claim.");
        assert_eq!(doc.analysed, vec![false]);
        assert!(doc.tags[0].is_some());
    }

    #[test]
    fn coordinated_country_adjectives_are_adjectives_of_their_noun() {
        // After a dateline the tagger reads "Thai" as a name, which made it the subject
        // and left "Cambodian officials" a conjunct.
        let doc = doc_through(
            "syntax",
            "KUALA LUMPUR (Reuters) - Thai and Cambodian officials met on Monday to discuss \
             the border.",
        );
        let s = doc.sentences[0];
        let tags = doc.tags[0].as_deref().expect("tagged");
        let tag_of = |word: &str| {
            (s.first..s.last)
                .position(|g| doc.token_text(g) == word)
                .map(|i| tags[i])
                .expect("the word")
        };
        assert_eq!(tag_of("Thai"), sitrep_tagger::Tag::JJ);
        assert_eq!(tag_of("Cambodian"), sitrep_tagger::Tag::JJ);
        // A country name coordinated before a noun stays a name.
        let doc = doc_through("syntax", "Thailand and Cambodian officials met on Monday.");
        let s = doc.sentences[0];
        let tags = doc.tags[0].as_deref().expect("tagged");
        let first = (s.first..s.last)
            .position(|g| doc.token_text(g) == "Thailand")
            .expect("the name");
        assert_eq!(tags[first], sitrep_tagger::Tag::NNP);
    }

    #[test]
    fn a_dateline_is_parsed_apart_from_the_story() {
        // Parsed with its dateline, "Erdogan" was a conjunct of "Reuters" and "ANKARA" the
        // subject.
        let (_, subject) = subject_of(
            "ANKARA (Reuters) - Turkish President Tayyip Erdogan and Russian President \
             Vladimir Putin held a phone call on Wednesday.",
            "held",
        );
        assert!(subject.iter().any(|m| m.contains("Erdogan")), "{subject:?}");
        assert!(subject.iter().any(|m| m.contains("Putin")), "{subject:?}");
        let doc = doc_through("syntax", "KABUL (AP) - Police arrested two men on Sunday.");
        assert_eq!(super::dateline_words(&doc, 0), 5);
        let doc = doc_through(
            "syntax",
            "NATO said on Sunday - in a statement - that it would act.",
        );
        assert_eq!(super::dateline_words(&doc, 0), 0);
    }
}

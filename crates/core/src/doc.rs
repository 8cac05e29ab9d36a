//! The `Doc`: one document as it flows through the pipeline stages. It carries every
//! layer: each stage reads the layers of the stages before it and writes its own (the
//! fields below are grouped by the stage that writes them); no stage rewrites a layer
//! an earlier one wrote, and nothing is re-tokenised.

// Fx: small keys hashed per document; no output depends on a map's order.
use rustc_hash::FxHashMap as HashMap;

use chrono::NaiveDate;
use sitrep_dates::DateMatch;
use sitrep_lexicon::WordKey;
use sitrep_quantities::QuantityMatch;
use sitrep_quotes::QuoteMatch;
use sitrep_record::{EntityType, Modality};
use sitrep_tagger::Tag;
use sitrep_textview::View;

// ---- text: tokens and sentences

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    Word,
    Number,
    Punct,
}

#[derive(Debug, Clone, Copy)]
pub struct Token {
    /// Byte range in the document text.
    pub start: u32,
    pub end: u32,
    pub kind: TokenKind,
    /// First character is uppercase.
    pub capitalized: bool,
    /// Every letter is uppercase (and there are at least two letters).
    pub all_caps: bool,
    /// Whitespace (or text start) precedes the token.
    pub space_before: bool,
}

impl Token {
    pub fn range(&self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }
}

/// The normalised forms of a document's tokens, in one buffer: one allocation per
/// document, not one per token (session 28; a `Box<str>` each was about 138,000 allocations
/// and frees on VOA). Each form is kept as a `str` view into the buffer, so reading one
/// costs what reading a `Box<str>` did, without the bounds and char-boundary tests of
/// slicing the buffer: the stages ask for norms millions of times a corpus, and those tests
/// were about a twentieth of `analyse` (session 27). Made by [`NormsBuilder::finish`].
#[derive(Debug, Default)]
pub struct Norms {
    /// The forms one after another; never changed, moved out or dropped while `forms`
    /// points into it (moving a `String` leaves its heap buffer where it is). Read only
    /// through `forms`: it is here to own the buffer.
    #[allow(dead_code)]
    text: String,
    /// Each form: a view of whole characters of `text`'s buffer.
    forms: Vec<*const str>,
}

// SAFETY: `Norms` owns the buffer its views point into and never changes it: it is a
// `String` with `&str`s into it, both of which may be sent and shared between threads.
unsafe impl Send for Norms {}
unsafe impl Sync for Norms {}

impl Norms {
    /// Form `i`. Panics if there is no form `i`.
    #[inline]
    pub fn get(&self, i: usize) -> &str {
        // SAFETY: each view is of whole characters of `text`'s buffer, which lives as long
        // as `self` and is never changed (see the fields).
        unsafe { &*self.forms[i] }
    }
}

/// Builds [`Norms`]: the forms pushed one after another, their places kept as offsets while
/// the buffer may still move as it grows.
#[derive(Debug)]
pub struct NormsBuilder {
    text: String,
    /// (start, end) of each form in `text`, written only by the `push` methods: each the
    /// byte range of a whole `str` appended to `text`, which only grows.
    spans: Vec<(usize, usize)>,
}

impl NormsBuilder {
    /// Room for `forms` forms of `bytes` bytes in all.
    pub fn with_capacity(forms: usize, bytes: usize) -> NormsBuilder {
        NormsBuilder {
            text: String::with_capacity(bytes),
            spans: Vec::with_capacity(forms),
        }
    }

    /// Appends `form` as the next form; returns it.
    #[inline]
    pub fn push(&mut self, form: &str) -> &str {
        let start = self.text.len();
        self.text.push_str(form);
        self.close(start)
    }

    /// Appends `form`, ASCII-lowercased, as the next form (the folding of an ASCII word,
    /// without a copy through another buffer); returns it.
    #[inline]
    pub fn push_ascii_lowercase(&mut self, form: &str) -> &str {
        let start = self.text.len();
        self.text.push_str(form);
        self.close(start).make_ascii_lowercase();
        &self.text[start..]
    }

    /// Records the text from `start` (where the form began, a char boundary) to the end
    /// as the next form, and returns it.
    #[inline]
    fn close(&mut self, start: usize) -> &mut str {
        self.spans.push((start, self.text.len()));
        // SAFETY: `start` was the length of `text`, a char boundary, before the form was
        // appended; the end is the end.
        unsafe { self.text.get_unchecked_mut(start..) }
    }

    /// The forms, each a view into one buffer.
    pub fn finish(self) -> Norms {
        let base = self.text.as_ptr();
        let forms = self
            .spans
            .iter()
            .map(|&(start, end)| {
                // SAFETY: `start..end` is in bounds of the buffer (see `spans`).
                let bytes = std::ptr::slice_from_raw_parts(unsafe { base.add(start) }, end - start);
                bytes as *const str
            })
            .collect();
        Norms {
            text: self.text,
            forms,
        }
    }
}

/// The tokens of a document and their normalised forms.
#[derive(Debug, Default)]
pub struct Tokens {
    pub tokens: Vec<Token>,
    /// Each token's normalised lowercase form.
    pub(crate) norms: Norms,
    /// The word-list prefilter key of each token's normalised form, worked out once here
    /// because the stages ask many lists about the same token (`WordList::contains_keyed`
    /// and the other `_keyed` lookups of `sitrep-lexicon`).
    pub(crate) keys: Vec<WordKey>,
}

impl Tokens {
    pub fn len(&self) -> usize {
        self.tokens.len()
    }
    /// The normalised lowercase form of token `i`.
    #[inline]
    pub fn norm(&self, i: usize) -> &str {
        self.norms.get(i)
    }
    pub fn get(&self, i: usize) -> &Token {
        &self.tokens[i]
    }
    /// The prefilter key of token `i`'s normalised form (`WordKey::of(self.norm(i))`).
    #[inline]
    pub fn key(&self, i: usize) -> WordKey {
        self.keys[i]
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SentenceKind {
    /// Ordinary body text: events are coded here.
    Body,
    /// A headline or subhead: no events are coded from it.
    Heading,
    /// A "What you should know" box or similar recap: it restates the article, so its
    /// sentences are key-point candidates but not coded again as events.
    Summary,
}

#[derive(Debug, Clone, Copy)]
pub struct Sentence {
    /// Token range.
    pub first: usize,
    pub last: usize, // exclusive
    /// Byte range in the text.
    pub start: usize,
    pub end: usize,
    pub kind: SentenceKind,
    /// Paragraph number (0-based).
    pub paragraph: usize,
}

impl Sentence {
    pub fn tokens(&self) -> std::ops::Range<usize> {
        self.first..self.last
    }
}

// ---- actors and the later layers

/// Marker for "no index" in per-token tables.
pub const NONE: u32 = u32::MAX;

/// An entity: a person, organisation, country, group, known to the document.
#[derive(Debug, Clone)]
pub struct EntityInfo {
    /// The fullest name the document gives.
    pub text: String,
    pub entity_type: EntityType,
    pub code: Option<String>,
    pub sector: Option<String>,
    pub org: Option<String>,
    pub role: Option<String>,
    /// CAMEO actor code when the dictionary gives one not derived from code + sector.
    pub cameo: Option<String>,
    /// Dictionary entry id, when it came from the dictionary.
    pub dict_id: Option<String>,
    /// Lowercased name words, for surname coreference.
    pub name_words: Vec<String>,
    /// The country code was not in the text but taken from the document's main country
    /// ("police" in a story about Nigeria).
    pub code_inferred: bool,
}

impl EntityInfo {
    /// The CAMEO-style actor code ("PRKGOV", "IGOWSTNAT").
    pub fn cameo_actor(&self, sector: Option<&str>) -> Option<String> {
        if let Some(c) = &self.cameo {
            return Some(c.clone());
        }
        let code = self.code.as_deref()?;
        Some(match sector.or(self.sector.as_deref()) {
            Some(s) => format!("{code}{s}"),
            None => code.to_string(),
        })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MentionKind {
    /// A name from the dictionary or recognised as a name.
    Name,
    /// A capital standing for its government ("Pyongyang acknowledged").
    Metonym,
    /// A role noun phrase ("South Korean intelligence", "the French leader").
    Nominal,
    /// A personal pronoun resolved to a person.
    Pronoun,
    /// A country named in the document only by its adjective ("demanded a full Syrian
    /// withdrawal", "a Ukrainian drone strike"): the party an event's adjective search
    /// (`Doc::first_mention_of`) finds, but no token's mention (`mention_at`), so the
    /// subject and object searches over tokens and the counts of who the story names do not
    /// see it.
    Adjective,
    /// A country named in the document only through a place in it where something happened
    /// ("were arrested in Nairobi") or its dateline ("CAIRO (AP) -"), at the first such
    /// place: the party only the state's agentless acts (`context::state_agent`) look for.
    /// Like an adjective's mention, no token's mention, and no search or count of who the
    /// story names sees it.
    Place,
}

impl MentionKind {
    /// A mention of a country the text does not name as a party (its adjective, a place in
    /// it): no token's mention, and outside the counts and lists of who the story names.
    pub fn is_indirect(self) -> bool {
        matches!(self, MentionKind::Adjective | MentionKind::Place)
    }
}

/// One mention of an entity: a token range that can fill an actor slot.
#[derive(Debug, Clone)]
pub struct Mention {
    pub first: usize,
    pub last: usize,
    /// Byte range.
    pub start: usize,
    pub end: usize,
    pub entity: usize,
    /// Sector for this mention when it differs from the entity's (a capital -> GOV).
    pub sector: Option<String>,
    pub kind: MentionKind,
}

/// A country modifier that is not itself an actor ("North Korean" in "North Korean
/// soldiers", "Ukrainian" in "a Ukrainian drone strike").
#[derive(Debug, Clone)]
pub struct CountryModifier {
    pub first: usize,
    pub last: usize,
    pub code: String,
    /// The country's entity, created when the country is mentioned.
    pub entity: usize,
}

/// A place named in the text (a location, not an actor).
#[derive(Debug, Clone)]
pub struct PlaceMention {
    pub first: usize,
    pub last: usize,
    pub start: usize,
    pub end: usize,
    pub name: String,
    pub code: Option<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    /// Preceded by a locative preposition ("in", "at", "near").
    pub locative: bool,
    /// The gazetteer entry the name was resolved to (for the output's name,
    /// admin regions, feature kind and precision).
    pub place: Option<sitrep_gazetteer::Located>,
}

/// A quotation with its speaker resolved to a mention where possible.
#[derive(Debug, Clone)]
pub struct ResolvedQuote {
    pub start: usize,
    pub end: usize,
    pub outer_start: usize,
    pub outer_end: usize,
    pub speaker_mention: Option<usize>,
    /// The speaker phrase when it names no known actor.
    pub speaker_text: Option<String>,
}

/// What an event is linked to: indexes into `Doc::dates`, `Doc::places`,
/// `Doc::quantities`.
#[derive(Debug, Clone, Default)]
pub struct Linked {
    pub date: Option<usize>,
    pub place: Option<usize>,
    pub quantities: Vec<usize>,
}

/// Whether an actor code names an international or transnational body (an
/// intergovernmental or non-governmental organisation, an international militant group, a
/// multinational company), not a state.
pub(crate) fn is_transnational_code(code: &str) -> bool {
    matches!(code, "IGO" | "NGO" | "IMG" | "MNC")
}

/// One coded event, before provenance and context are attached.
#[derive(Debug, Clone)]
pub struct CodedEvent {
    pub cameo: String,
    pub plover: String,
    pub sentence: usize,
    /// Trigger token range (global).
    pub trigger: (usize, usize),
    pub actor: Option<usize>,
    pub recipient: Option<usize>,
    pub negated: bool,
    /// Local index of the verb group start (for modality cues).
    pub verb_group: usize,
    /// The trigger is a noun ("strike", "visit").
    pub noun: bool,
    /// Who makes the accusation or denial that frames this event (its first source).
    pub framed_by: Option<usize>,
    /// Local token range of the recipient's noun phrase, when it was the direct object.
    pub object_np: Option<(usize, usize)>,
    /// The verb's direct object is an event noun naming no party ("condemned the
    /// killings"), so the act is complete without a recipient for some categories.
    pub event_object: bool,
    /// The event noun a verb pattern required after its verb (global token): "accusation"
    /// of "made the accusation", "appeal" of "issued his appeal".
    pub object_keyword: Option<usize>,
    /// The first object keyword of the act's own pattern (global token: "plan" of "dropped
    /// its plan to deport", "embargo" of "would terminate an arms embargo"), kept when a
    /// frame rewrites the act, which clears `object_keyword`.
    pub act_keyword: Option<usize>,
    /// How the governing event frames this one (alleged, denied).
    pub governed_modality: Option<Modality>,
    /// Where the coder found the actor and the recipient, of the sources later stages ask
    /// about: the typed twin of the slot notes in `rule`, set where the note is written.
    pub slots: SlotSources,
    /// What made the event (the head of `rule` tells it in words).
    pub origin: EventOrigin,
    /// What the first frame over the event did to its act (the rule's first frame note).
    pub frame_over: FrameOver,
    pub rule: String,
}

/// What the first frame read over an event did to the act (`frames::apply`): the typed
/// twin of the rule's first "frame NAME `cue` (frames.txt line N) over CAMEO X" note.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum FrameOver {
    /// No frame has read the event.
    #[default]
    None,
    /// The frame rewrote the act of this CAMEO code into the event's own ("would" over
    /// 085 gives 0354).
    Rewrote(String),
    /// The frame kept, negated, redirected or governed the act as coded.
    Kept,
}

impl FrameOver {
    /// Records what a frame did, unless an earlier frame already read the event.
    pub(crate) fn first(&mut self, what: FrameOver) {
        if *self == FrameOver::None {
            *self = what;
        }
    }

    /// The CAMEO code of the act the first frame rewrote.
    pub(crate) fn rewrote(&self) -> Option<&str> {
        match self {
            FrameOver::Rewrote(code) => Some(code),
            _ => None,
        }
    }
}

/// What made an event: a verb or noun line of the lexicon (with every event a frame or a
/// later stage derives from it), a frame's own cue, or the detector's classifier.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum EventOrigin {
    /// A `verb:` line ("pattern `verb: ...`" heads the rule).
    VerbPattern,
    /// A `noun:` line.
    NounPattern,
    /// A frame's or a relative clause's own cue, with no pattern line under it.
    #[default]
    Frame,
    /// The detector's backstop ("classifier:" heads the rule).
    Classifier,
}

/// Where the coder found an event's actor, for the sources a later stage reads (the filter,
/// the recipient rules, the assembler). Each variant is set where the rule's note saying it
/// is written (`events::How::actor`: a later source noted for the same slot replaces it),
/// and stays with the event, as the note stays in its rule, when a frame or a later stage
/// makes another event of it; `Other` is every source no stage asks about (the subject, an
/// object, a frame's cue, the story ...), which the rule's text tells.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ActorSource {
    #[default]
    Other,
    /// A passive's or an act noun's `by` agent ("actor: `by` agent ...").
    ByAgent,
    /// The party a noun event's own phrase names ("actor: named in the phrase").
    NamedInPhrase,
    /// A protest told without its protesters: the people of the country where it happens
    /// (`events::PROTEST_WITHOUT_PROTESTERS`; `assemble.rs` names them).
    PeopleWhereItHappens,
    /// The state of the country where an arrest, ban, curfew, deportation or seizure told
    /// without its doer happened (`context::state_agent`).
    StateWhereItHappened,
    /// Unnamed: an attack with weapons of war on ordinary people or places of a stated
    /// country, told without its doer (`unattributed::UNNAMED_WAR_ATTACK`).
    UnnamedWarAttack,
    /// Unnamed: political violence or a state's legal act against a political party, told
    /// without its doer (`unattributed.rs`).
    Unnamed,
}

/// Where the coder found an event's recipient, or why it names none, for the sources a
/// later stage reads; set and kept as [`ActorSource`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum RecipientSource {
    #[default]
    Other,
    /// The party that opened the sentence before, whose act a bare act noun names ("China
    /// said the move was bullying": `frames::act_doers`).
    OpenerOfSentenceBefore,
    /// None: the act is aimed at a collective of states or the world at large, which has no
    /// single code (`recipients::fill`); the story's rule guesses none in its place.
    NoSingleCode,
}

/// The sources of an event's two slots, and whether its noun trigger is a light verb's
/// object (an act complete without a recipient, as its verb would be).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct SlotSources {
    pub actor: ActorSource,
    pub recipient: RecipientSource,
    /// The noun trigger is the direct object of a light verb ("made a string of arrests":
    /// `events::LIGHT_VERB_OBJECT`).
    pub light_verb_object: bool,
}

impl CodedEvent {
    /// A verb event triggered by the one word at global token `token`, with no parties yet,
    /// not negated, framed or governed: the frames build theirs from it with the struct
    /// update syntax, setting only the parties, negation and verb group they found.
    pub(crate) fn at_word(
        token: usize,
        sentence: usize,
        cameo: String,
        plover: String,
        rule: String,
    ) -> Self {
        CodedEvent {
            cameo,
            plover,
            sentence,
            trigger: (token, token + 1),
            actor: None,
            recipient: None,
            negated: false,
            verb_group: 0,
            noun: false,
            framed_by: None,
            object_np: None,
            event_object: false,
            object_keyword: None,
            act_keyword: None,
            governed_modality: None,
            slots: SlotSources::default(),
            origin: EventOrigin::Frame,
            frame_over: FrameOver::None,
            rule,
        }
    }
}

/// The stage at which a candidate event was lost (see [`Dropped`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DropStage {
    /// The pattern matched, but its head gave no event (no party found, a participle
    /// naming a kind, a habitual act, ...).
    NoEventFromSlots,
    /// An event noun inside a quotation, or a quoted restatement of a told act.
    Quotation,
    /// A frame (intent, threat, appeal, an ongoing state) replaced or removed the act.
    Frame,
    /// The completeness and party checks of the coder's filter.
    Filter,
    /// Another event of the sentence says the same.
    Dedupe,
    /// Coded, but left out of the record (hypothetical, figurative, ...).
    Record,
    /// A pattern the lexicon finds over the whole sentence that the coder never tried: the
    /// gate left the sentence unanalysed, or the pattern's words cross the clause bound
    /// (recorded only for a category the sentence did not code; `events::never_tried`).
    Untried,
}

impl DropStage {
    pub fn as_str(self) -> &'static str {
        match self {
            DropStage::NoEventFromSlots => "no-event-from-slots",
            DropStage::Quotation => "quotation",
            DropStage::Frame => "frame",
            DropStage::Filter => "filter",
            DropStage::Dedupe => "dedupe",
            DropStage::Record => "record",
            DropStage::Untried => "untried",
        }
    }
}

/// Which side of its country's divide a party stands on, as [`Doc::party_key`] tells
/// parties of one country apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HomeSide {
    /// The state and its bodies, and any party of no side below.
    State,
    /// The side in arms against the state, or the opposition (sectors REB, INS, SEP, UAF,
    /// CRM, OPP).
    Against,
    /// A political party (sector PTY).
    Party,
}

/// A pattern match or event the coder did not keep, and why: recorded only when asked
/// (`Doc::dropped` is `Some`, as `Pipeline::explain` and `Pipeline::dropped` set it), so
/// the normal path allocates nothing for it.
#[derive(Debug, Clone)]
pub struct Dropped {
    pub sentence: usize,
    /// Trigger token (global).
    pub trigger: usize,
    /// Where the rule came from: "events.txt line 1368", or the frame's own words.
    pub source: String,
    pub cameo: String,
    pub plover: String,
    pub stage: DropStage,
    /// The rule that dropped it, in a few words.
    pub reason: &'static str,
    /// Where the slot stage found no party as the doer ("the subject or agent is not a
    /// party"), the shape of the subject or agent phrase it found instead ("a personal
    /// pronoun", "a definite description, role or group head"): `events::doer_shape`. Counts
    /// of these tell which references the actor stage leaves unresolved without showing the
    /// sentences (`bench/golden_losses.py --dropped`).
    pub shape: Option<&'static str>,
    /// Where the slot stage dropped a trigger tagged as another part of speech than its
    /// pattern's, where the word stands, in three parts: what comes before it ("sentence
    /// start", "after a name", "after a number", "inside a coordination", ...), what comes
    /// after it ("before a determiner, possessive or number", "before `by`", ...), and the
    /// line it stands in ("headline", "title-case headline", "body"): `events::mistag_shape`.
    /// With `shape` (the tag given and the part wanted), counts of these tell which positions
    /// trip the tagger on stories no one may read (`bench/golden_losses.py --dropped`).
    pub position: Option<[&'static str; 3]>,
}

impl Dropped {
    pub(crate) fn of_event(ev: &CodedEvent, stage: DropStage, reason: &'static str) -> Dropped {
        Dropped {
            sentence: ev.sentence,
            trigger: ev.trigger.0,
            source: rule_source(&ev.rule).to_string(),
            cameo: ev.cameo.clone(),
            plover: ev.plover.clone(),
            stage,
            reason,
            shape: None,
            position: None,
        }
    }
}

/// The pattern's file and line of an event rule ("pattern `x` (events.txt line 12, CAMEO
/// ..."): the text between the first parenthesis and the CAMEO code; a rule of another
/// shape (an event a frame made) keeps its first clause.
fn rule_source(rule: &str) -> &str {
    if let Some(open) = rule.find(" (") {
        if let Some(len) = rule[open + 2..].find(", CAMEO") {
            return &rule[open + 2..open + 2 + len];
        }
    }
    rule.split(';').next().unwrap_or(rule)
}

/// A source of an event: an actor mention, or a phrase that names no known actor
/// ("officials", "analysts").
#[derive(Debug, Clone, PartialEq)]
pub enum SourceRef {
    Mention(usize),
    /// Global token range of the source phrase.
    Phrase(usize, usize),
}

#[derive(Debug, Clone)]
pub struct Provenance {
    pub modality: Modality,
    pub sources: Vec<SourceRef>,
    /// Global token ranges of the attribution phrases (their dates govern the report, not
    /// the event).
    pub attribution_spans: Vec<(usize, usize)>,
    /// The reporting verb whose complement holds the event is one of belief or
    /// expectation ("believes", "expects", "predicts": `believed` in cues.txt), so a
    /// future act inside it is what its subject foresees.
    pub under_belief_verb: bool,
    /// A word of likelihood ("likely", "probably": words.txt `[speculative-hedges]`) is in
    /// the event's clause before its trigger.
    pub speculative: bool,
}

/// The document and every layer the stages add, grouped by the stage that writes it.
pub struct Doc<'t> {
    pub text: &'t str,
    pub published: Option<NaiveDate>,

    // text
    pub tokens: Tokens,
    pub sentences: Vec<Sentence>,
    /// Sentence index of each token.
    pub sentence_of: Vec<u32>,
    /// Per sentence, its words of four letters or more: (capitalised, lowercase), counted
    /// once by the text stage because the title-case tests are asked per token.
    pub title_case_counts: Vec<(u32, u32)>,
    /// The extractors' view of the same text (letters, digits and punctuation runs),
    /// built once and shared by the date, quantity and quote finders.
    pub view: View<'t>,

    // mentions
    pub dates: Vec<DateMatch>,
    pub quantities: Vec<QuantityMatch>,
    pub quote_matches: Vec<QuoteMatch>,

    // actors
    pub entities: Vec<EntityInfo>,
    /// Sorted by first token; non-overlapping; each inside one sentence.
    pub mentions: Vec<Mention>,
    /// Mention index covering each token, or NONE.
    pub mention_at: Vec<u32>,
    /// Country modifiers, in token order and disjoint (looked up by binary search:
    /// [`Doc::modifier_covering`], [`Doc::modifier_starting_at`]).
    pub modifiers: Vec<CountryModifier>,
    /// The first mention of each entity (index into `mentions`), or NONE.
    pub first_mention: Vec<u32>,
    /// Role dictionary entry starting at each token, or NONE (roles are nouns such as
    /// "president", "troops", "intelligence").
    pub role_at: Vec<u32>,
    /// The role starting at each token is written in its singular form ("professor").
    pub role_singular: Vec<bool>,
    /// Capitals, cities and regions the actor dictionary found, set aside for the places
    /// stage (coordinates not yet known).
    pub place_names: Vec<PlaceMention>,

    // speakers
    pub quotes: Vec<ResolvedQuote>,

    // places
    pub places: Vec<PlaceMention>,

    // syntax
    /// Sentences that passed the actor-and-trigger gate (the events stage codes them).
    pub analysed: Vec<bool>,
    /// Part-of-speech tags of the sentences that need a reading: the analysed ones and
    /// those whose figures are attributed.
    pub tags: Vec<Option<Vec<Tag>>>,
    /// Dependency trees of the analysed sentences (`sitrep-parser`), over the same
    /// tokens as their tags, each parsed when first asked for ([`LazyTree`]).
    pub trees: Vec<Option<LazyTree>>,
    /// The gate's lexicon preparation of each analysed sentence whose gate ran the
    /// lexicon matcher, handed on to the coder so that it does not prepare the sentence
    /// again (a cache: the coder prepares the others itself, with the same result).
    pub prepared: Vec<Option<sitrep_lexicon::PreparedSentence>>,

    // events
    pub events: Vec<CodedEvent>,
    /// Candidates the coder did not keep, recorded only when this is `Some` (set before
    /// the events stage by `Pipeline::explain` and `Pipeline::dropped`).
    pub dropped: Option<Vec<Dropped>>,

    // provenance
    /// Sources and modality of each event.
    pub provenance: Vec<Provenance>,
    /// Sources and modality of each quantity, where its sentence attributes it.
    pub figure_provenance: Vec<Option<Provenance>>,

    // link
    /// Date, place and quantities of each event.
    pub linked: Vec<Linked>,

    // keypoints
    pub key_points: Vec<String>,
}

/// The dependency tree of one analysed sentence, parsed on first use. The syntax stage
/// keeps the parser's input (the tagger's word hashes and the tags); the coder asks for
/// the tree only when a verb's subject or voice is in question, which leaves about one
/// analysed sentence in seven unparsed (VOA, golden, NGEC). The parser is deterministic, so when it runs does
/// not change the tree.
pub struct LazyTree {
    toks: Vec<sitrep_parser::Tok>,
    /// Words of a dateline opening the sentence ("KHARTOUM, Sudan (AP) -"), parsed apart.
    dateline: usize,
    tree: std::cell::OnceCell<sitrep_parser::Tree>,
}

impl LazyTree {
    /// The parser's input for a sentence whose first `dateline` words are a dateline (0 for
    /// none): the parser reads only the words after it, since it otherwise coordinates the
    /// story's first subject with the dateline's agency ("ANKARA (Reuters) - Erdogan and
    /// Putin held a call"); the dateline's words hang on the root as `meta`.
    pub fn after_dateline(toks: Vec<sitrep_parser::Tok>, dateline: usize) -> LazyTree {
        LazyTree {
            dateline: if dateline < toks.len() { dateline } else { 0 },
            toks,
            tree: std::cell::OnceCell::new(),
        }
    }

    /// Words in the sentence (the tree's length, parsed or not).
    pub fn len(&self) -> usize {
        self.toks.len()
    }

    /// The tree, parsed now if it was not yet.
    pub fn get(&self) -> &sitrep_parser::Tree {
        self.tree.get_or_init(|| {
            thread_local! {
                // The parser's buffers, reused by every parse on this thread.
                static SCRATCH: std::cell::RefCell<sitrep_parser::Scratch> =
                    std::cell::RefCell::new(sitrep_parser::Scratch::default());
            }
            let mut tree = sitrep_parser::Tree::default();
            let skip = self.dateline;
            SCRATCH.with_borrow_mut(|scratch| {
                sitrep_parser::Parser::builtin().parse_toks(&self.toks[skip..], scratch, &mut tree)
            });
            if skip == 0 {
                return tree;
            }
            let root = tree.root().map(|r| r + skip);
            let mut heads = vec![root; skip];
            let mut rels = vec![sitrep_parser::Rel::Meta; skip];
            for i in 0..tree.len() {
                heads.push(tree.head(i).map(|h| h + skip));
                rels.push(tree.rel(i));
            }
            sitrep_parser::Tree::from_parts(&heads, &rels)
        })
    }
}

impl std::fmt::Debug for LazyTree {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LazyTree")
            .field("words", &self.toks.len())
            .field("tree", &self.tree.get())
            .finish()
    }
}

impl<'t> Doc<'t> {
    /// A document before any stage ran: every layer empty.
    pub fn new(text: &'t str, published: Option<NaiveDate>) -> Doc<'t> {
        Doc {
            text,
            published,
            tokens: Tokens::default(),
            sentences: Vec::new(),
            sentence_of: Vec::new(),
            title_case_counts: Vec::new(),
            view: View::empty(text),
            dates: Vec::new(),
            quantities: Vec::new(),
            quote_matches: Vec::new(),
            entities: Vec::new(),
            mentions: Vec::new(),
            mention_at: Vec::new(),
            modifiers: Vec::new(),
            first_mention: Vec::new(),
            role_at: Vec::new(),
            role_singular: Vec::new(),
            place_names: Vec::new(),
            quotes: Vec::new(),
            places: Vec::new(),
            analysed: Vec::new(),
            tags: Vec::new(),
            trees: Vec::new(),
            prepared: Vec::new(),
            events: Vec::new(),
            dropped: None,
            provenance: Vec::new(),
            figure_provenance: Vec::new(),
            linked: Vec::new(),
            key_points: Vec::new(),
        }
    }

    /// Is sentence `si` in title case: every word of four letters or more capitalised
    /// (three at least; prepositions such as "with", "over" may stay lowercase)? A
    /// title-case headline ("China Denounces Actions By Brazil") capitalises its verbs:
    /// capitals there say nothing about names. A sentence of prose has lowercase words.
    pub fn is_title_case(&self, si: usize) -> bool {
        let (capitalised, lowercase) = self.title_case_words(si);
        capitalised >= 3 && lowercase == 0
    }

    /// Is sentence `si` in title case but for a slip, one word of four letters or more in
    /// six lowercase ("Thousands of Troops Deployed to southern Region Amid Tensions")?
    /// The tagger reads such a headline lowercased like any other; the actor stage, which
    /// reads its unknown capitalised names, keeps to the strict test.
    pub fn is_mostly_title_case(&self, si: usize) -> bool {
        let (capitalised, lowercase) = self.title_case_words(si);
        capitalised >= 3 && lowercase * 5 <= capitalised
    }

    /// The words of four letters or more of sentence `si`, capitalised and lowercase: as
    /// the text stage counted them, else counted now.
    fn title_case_words(&self, si: usize) -> (usize, usize) {
        match self.title_case_counts.get(si) {
            Some(&(capitalised, lowercase)) => (capitalised as usize, lowercase as usize),
            None => self.count_title_case_words(si),
        }
    }

    /// The words of four letters or more of sentence `si`, capitalised and lowercase (the
    /// prepositions a title may leave lowercase are not counted).
    pub(crate) fn count_title_case_words(&self, si: usize) -> (usize, usize) {
        let mut words = 0;
        let mut lowercase = 0;
        for g in self.sentences[si].tokens() {
            let t = self.tokens.get(g);
            let w = self.norm(g);
            if t.kind != TokenKind::Word || w.len() <= 3 {
                continue;
            }
            if !t.capitalized {
                if matches!(
                    w.as_bytes(),
                    b"with"
                        | b"from"
                        | b"over"
                        | b"into"
                        | b"amid"
                        | b"after"
                        | b"than"
                        | b"that"
                        | b"upon"
                        | b"onto"
                        | b"about"
                        | b"under"
                        | b"against"
                        | b"during"
                        | b"between"
                        | b"before"
                        | b"toward"
                        | b"towards"
                        | b"across"
                        | b"without"
                ) {
                    continue;
                }
                lowercase += 1;
                continue;
            }
            words += 1;
        }
        (words, lowercase)
    }

    pub fn token_text(&self, i: usize) -> &'t str {
        &self.text[self.tokens.get(i).range()]
    }
    #[inline]
    pub fn norm(&self, i: usize) -> &str {
        self.tokens.norm(i)
    }
    /// The prefilter key of token `i`'s normalised form ([`Tokens::key`]).
    #[inline]
    pub fn key(&self, i: usize) -> WordKey {
        self.tokens.key(i)
    }
    pub fn span_text(&self, first: usize, last: usize) -> &'t str {
        if first >= last {
            return "";
        }
        &self.text[self.tokens.get(first).start as usize..self.tokens.get(last - 1).end as usize]
    }
    pub fn mention_of(&self, token: usize) -> Option<&Mention> {
        match self.mention_at.get(token) {
            Some(&m) if m != NONE => Some(&self.mentions[m as usize]),
            _ => None,
        }
    }
    /// The dates that start inside sentence `s` (dates are sorted by their start).
    pub fn dates_in(&self, s: &Sentence) -> &[DateMatch] {
        let from = self.dates.partition_point(|d| d.start < s.start);
        let to = self.dates.partition_point(|d| d.start < s.end);
        &self.dates[from..to.max(from)]
    }

    /// The tokens (global, end exclusive) of the date expression covering token `t`
    /// ("3 June", "early June", "mid-Jan"): a binary search, since dates are sorted and
    /// disjoint.
    pub fn date_tokens_covering(&self, t: usize) -> Option<(usize, usize)> {
        let b = self.tokens.tokens.get(t)?.start as usize;
        let i = self.dates.partition_point(|d| d.end <= b);
        let d = self.dates.get(i).filter(|d| d.start <= b)?;
        let first = self.token_at_byte(d.start);
        let last = self.token_at_byte(d.end.saturating_sub(1)) + 1;
        (first <= t && t < last).then_some((first, last))
    }

    /// The country codes of the locative places sentence `s` names ("in Kharkiv", "held in
    /// Israel"), in text order; places the gazetteer gives no country are skipped.
    pub fn locative_place_codes<'d>(&'d self, s: &Sentence) -> impl Iterator<Item = &'d str> {
        let (first, last) = (s.first, s.last);
        self.places
            .iter()
            .filter(move |p| p.locative && p.first >= first && p.last <= last)
            .filter_map(|p| p.code.as_deref())
    }

    /// The one country of sentence `s`'s locative places; none when it names none or
    /// places in two countries.
    pub fn sentence_place_country(&self, s: &Sentence) -> Option<&str> {
        let mut codes = self.locative_place_codes(s);
        let first = codes.next()?;
        codes.all(|c| c == first).then_some(first)
    }

    /// The country modifier covering token `t`: a binary search, since modifiers are in
    /// token order and disjoint (a scan per lookup made the coder quadratic in the
    /// document).
    pub fn modifier_covering(&self, t: usize) -> Option<&CountryModifier> {
        let i = self.modifiers.partition_point(|m| m.last <= t);
        self.modifiers.get(i).filter(|m| m.first <= t)
    }

    /// The country modifier starting at token `t`.
    pub fn modifier_starting_at(&self, t: usize) -> Option<&CountryModifier> {
        let i = self.modifiers.partition_point(|m| m.first < t);
        self.modifiers.get(i).filter(|m| m.first == t)
    }

    /// The country modifier ending at token `t` (its `last`).
    pub fn modifier_ending_at(&self, t: usize) -> Option<&CountryModifier> {
        let i = self.modifiers.partition_point(|m| m.last < t);
        self.modifiers.get(i).filter(|m| m.last == t)
    }

    /// The index of the first mention of entity `e`, if it has one.
    pub fn first_mention_of(&self, e: usize) -> Option<usize> {
        match self.first_mention.get(e) {
            Some(&m) if m != NONE => Some(m as usize),
            _ => None,
        }
    }

    pub fn mention_index(&self, token: usize) -> Option<usize> {
        match self.mention_at.get(token) {
            Some(&m) if m != NONE => Some(m as usize),
            _ => None,
        }
    }

    /// The token containing byte `b`, or the first token after it (the number of tokens
    /// past the end). The one mapping from the extractors' byte offsets to tokens.
    pub fn token_at_byte(&self, b: usize) -> usize {
        self.tokens
            .tokens
            .partition_point(|t| (t.end as usize) <= b)
    }

    /// The tokens that exactly cover bytes `start..end`, if the span starts and ends on
    /// token boundaries (a dictionary match inside a token gives `None`).
    pub fn token_span(&self, start: usize, end: usize) -> Option<(usize, usize)> {
        let toks = &self.tokens.tokens;
        let first = self.token_at_byte(start);
        if first >= toks.len() || toks[first].start as usize != start {
            return None;
        }
        let mut last = first;
        while last < toks.len() && (toks[last].end as usize) <= end {
            last += 1;
        }
        (last > first && toks[last - 1].end as usize == end).then_some((first, last))
    }

    /// The sector of mention `m`: its own, or its entity's.
    pub fn mention_sector(&self, m: usize) -> Option<&str> {
        self.mentions[m]
            .sector
            .as_deref()
            .or(self.entities[self.mentions[m].entity].sector.as_deref())
    }

    /// Whether mention `m` is of a side apart from its state: in arms against it (rebels,
    /// insurgents, separatists, an armed group) or the opposition.
    pub fn against_the_state(&self, m: usize) -> bool {
        matches!(
            self.mention_sector(m),
            Some("REB" | "UAF" | "SEP" | "INS" | "OPP")
        )
    }

    /// The coarser key a story's dominant pair counts by: the country code, and whether
    /// the mention is of the side in arms against its state or the opposition.
    fn war_side_key(&self, m: usize) -> Option<(&str, bool)> {
        self.party_key(m)
            .map(|(code, side, _)| (code, side == HomeSide::Against))
    }

    /// The party mention `m` names, as a story's pairs tell parties apart: its country code,
    /// its side at home ([`HomeSide`]), and for a political party named by its own name,
    /// its entity, each such party apart. In a war inside one country both sides carry its
    /// code ("Sudan's army ... the RSF ... both sides": SDN MIL and SDN UAF), and so do a
    /// prime minister and his coalition partner's party, or two rival parties ("the KDP
    /// and the PUK ... the rivals"), so a code alone would make them one party.
    pub fn party_key(&self, m: usize) -> Option<(&str, HomeSide, Option<usize>)> {
        let e = &self.entities[self.mentions[m].entity];
        let code = e.code.as_deref()?;
        Some(match self.mention_sector(m) {
            Some("REB" | "INS" | "SEP" | "UAF" | "CRM" | "OPP") => (code, HomeSide::Against, None),
            Some("PTY") if self.mentions[m].kind == MentionKind::Name => {
                (code, HomeSide::Party, Some(self.mentions[m].entity))
            }
            Some("PTY") => (code, HomeSide::Party, None),
            _ => (code, HomeSide::State, None),
        })
    }

    /// The two coded parties a pair phrase at token `at` ("the two countries", "both
    /// sides") stands for, as one mention of each: the nearest text before it (its own
    /// sentence unless `skip_own_sentence`, then up to four sentences back) that names
    /// exactly two; a sentence naming three or more makes the pair unknown. When the
    /// sentences before name one party at a time, the story's dominant pair: the two parties
    /// mentioned most, at least twice each and clearly more than any third, the reporter of
    /// a reported phrase aside. A country adjective in the phrase ("both Afghan rivals")
    /// makes the pair unknown.
    pub fn story_pair(&self, at: usize, skip_own_sentence: bool) -> Option<Vec<usize>> {
        self.story_pair_without(at, skip_own_sentence, &[])
    }

    /// The parties a "they" at `at` stands for, as a set, where the text makes that set
    /// plain (session 22):
    /// - a "they" opening its sentence (or after a short opening phrase of time: "On
    ///   Friday", "In June", "Since then,") after a sentence opening with a list of parties:
    ///   "France and Germany met ... They called on Russia", "The foreign ministers of
    ///   Britain, Australia and Canada spoke ... They accused China". The list is two to five
    ///   coded parties joined by commas and "and", its first within the sentence's first
    ///   words; a sentence opening with one party, or with a list that holds an uncoded one,
    ///   gives none ("Protesters and police clashed": which one "they" are is unknown);
    /// - the same "they" after a sentence naming exactly two parties, each one person, one
    ///   country or one organisation ("Erdogan hosted Putin in Ankara. They agreed ..."):
    ///   "they" cannot be either alone, so it is both; a group or a plural role among the
    ///   two ("Kenya arrested two Ugandan activists. They were charged") could be "they"
    ///   alone, and gives none; and after a sentence opening with a pair phrase ("The two
    ///   leaders met ... They agreed"), the story's pair;
    /// - a "they" inside the sentence that opened with such a list or a pair phrase, as the
    ///   subject of a clause coordinated after it, an adverbial clause or a reported clause
    ///   ("Estonia and Latvia said on Thursday they had expelled", "..., and they held joint
    ///   drills", "after they accused each other"), when no other party comes between or
    ///   the verb of saying shares the list's subject ("... and said they would").
    pub fn opening_list_before(&self, at: usize) -> Option<Vec<usize>> {
        if self.norm(at) != "they" {
            return None;
        }
        let si = self.sentence_of[at] as usize;
        let own = self.sentences[si];
        if self.opens_sentence_clause(at) {
            let sent = self.sentences[si.checked_sub(1)?];
            return self
                .opening_list_in(sent.first, sent.last)
                .or_else(|| self.singular_pair_in(sent.first, sent.last))
                .or_else(|| self.opening_pair_phrase(sent.first, sent.last));
        }
        let shared = self.continues_opening_subject(at)?;
        let list = self
            .opening_list_in(own.first, at)
            .or_else(|| self.opening_pair_phrase(own.first, at))?;
        // "Egypt and Qatar said Israel would ... after they": a party named between the list
        // and the pronoun could be what "they" points to, unless the verb of saying before
        // the pronoun is coordinated with the list's own verb ("The two leaders called on
        // the Taliban to ... and said they would work together").
        if shared {
            return Some(list);
        }
        let last = list
            .iter()
            .map(|&m| self.mentions[m].last)
            .max()
            .unwrap_or(own.first)
            .max(own.first);
        let lo = self.mentions.partition_point(|m| m.first < last);
        let hi = self.mentions.partition_point(|m| m.first < at);
        let between = (lo..hi).any(|m| {
            !self.mentions[m].kind.is_indirect()
                && !list.iter().any(|&l| self.party_key(l) == self.party_key(m))
        });
        (!between).then_some(list)
    }

    /// The story's pair ([`Doc::story_pair`]) when the text `first..end` of a sentence opens
    /// with a pair phrase ("The two leaders called on ...", "Both sides agreed ...").
    fn opening_pair_phrase(&self, first: usize, end: usize) -> Option<Vec<usize>> {
        let opens = (2..=4).filter(|&n| first + n < end).any(|n| {
            let words: Vec<&str> = (first..first + n).map(|t| self.norm(t)).collect();
            crate::words::is_pair_phrase(&words)
        });
        if !opens {
            return None;
        }
        self.story_pair(first, true)
    }

    /// The parties a "them" (or a bare "both") at `at`, the object of a verb, stands for
    /// when the sentence before opened with a list of parties or named exactly two single
    /// parties ([`Doc::opening_list_before`]'s referents) and its own sentence names none
    /// of them before it: "Ethiopia and Eritrea have massed troops ... The United Nations
    /// urged them to pull back", "India and Pakistan fought ... China urged both to show
    /// restraint". A sentence naming more than one party before the pronoun ("Kenya told
    /// Uganda's envoys it would help them") leaves it to the nearer reading, unless an
    /// accusing participle governs the pronoun and the sentence names a list of its own
    /// (`accused_list_before`).
    pub fn plural_object_before(&self, at: usize) -> Option<Vec<usize>> {
        if !matches!(self.norm(at), "them" | "both") {
            return None;
        }
        if let Some(list) = self.accused_list_before(at) {
            return Some(list);
        }
        let si = self.sentence_of[at] as usize;
        let own = self.sentences[si];
        let sent = self.sentences[si.checked_sub(1)?];
        let list = self
            .opening_list_in(sent.first, sent.last)
            .or_else(|| self.singular_pair_in(sent.first, sent.last))?;
        let lo = self.mentions.partition_point(|m| m.first < own.first);
        let hi = self.mentions.partition_point(|m| m.first < at);
        let named: Vec<usize> = (lo..hi)
            .filter(|&m| !self.mentions[m].kind.is_indirect())
            .collect();
        let ok = named.len() <= 1
            && !named
                .iter()
                .any(|&m| list.iter().any(|&l| self.party_key(l) == self.party_key(m)));
        ok.then_some(list)
    }

    /// Does `at` open its sentence's main clause: its first token, or after a short opening
    /// phrase of time with no party in it ("On Friday they", "In June they", "Since then,
    /// they")?
    fn opens_sentence_clause(&self, at: usize) -> bool {
        const MAX_PHRASE: usize = 4;
        let own = self.sentences[self.sentence_of[at] as usize];
        if at == own.first {
            return true;
        }
        let end = if self.norm(at - 1) == "," { at - 1 } else { at };
        at - own.first <= MAX_PHRASE
            && end > own.first
            && matches!(
                self.norm(own.first),
                "on" | "in" | "since" | "last" | "late" | "early" | "earlier" | "later" | "by"
            )
            && (own.first..end)
                .all(|t| self.tokens.get(t).kind == TokenKind::Word && self.mention_at[t] == NONE)
    }

    /// Is `at` the subject of a clause that continues the sentence's opening subject: after
    /// "and" or "but", a subordinator ("after", "when", `[clause-subordinators]`), or a verb
    /// of saying, with a time phrase ("on Thursday") and "that" allowed between? `Some(true)`
    /// where that verb of saying is itself coordinated after "and" ("... and said they").
    fn continues_opening_subject(&self, at: usize) -> Option<bool> {
        let first = self.sentences[self.sentence_of[at] as usize].first;
        let mut k = at;
        if k > first && self.norm(k - 1) == "that" {
            k -= 1;
        }
        // "said on Thursday they", "said Monday that they": the time of the saying.
        let mut steps = 0;
        while k > first + 1 && steps < 3 {
            let w = self.norm(k - 1);
            let time = sitrep_textview::words::weekday(w).is_some()
                || crate::words::DATE_NOUNS.contains(w)
                || (w == "on" && steps > 0);
            if !time {
                break;
            }
            k -= 1;
            steps += 1;
        }
        if k <= first {
            return None;
        }
        let w = self.norm(k - 1);
        let saying = matches!(w, "say" | "saying" | "announced" | "confirmed")
            || crate::words::SPEECH_VERBS.contains(w);
        let continues =
            saying || matches!(w, "and" | "but") || crate::words::CLAUSE_SUBORDINATORS.contains(w);
        // "... and said they would": a verb of saying coordinated with the subject's verb.
        continues.then(|| saying && k >= first + 2 && self.norm(k - 2) == "and")
    }

    /// The list of two to five coded parties, joined by commas and "and", that opens the
    /// text `first..end` of one sentence (its first within the sentence's first words;
    /// "The foreign ministers of X and Y": the plural role owned by the list is the list).
    fn opening_list_in(&self, first: usize, end: usize) -> Option<Vec<usize>> {
        const OPENING_WORDS: usize = 6;
        let lo = self.mentions.partition_point(|m| m.first < first);
        let hi = self.mentions.partition_point(|m| m.first < end);
        let coded = |m: usize| self.entities[self.mentions[m].entity].code.is_some();
        let mut run: Vec<usize> = Vec::new();
        for m in lo..hi {
            if self.mentions[m].kind.is_indirect() {
                continue;
            }
            let Some(&prev) = run.last() else {
                if self.mentions[m].first > first + OPENING_WORDS || !coded(m) {
                    return None;
                }
                run.push(m);
                continue;
            };
            let gap = self.mentions[prev].last..self.mentions[m].first;
            // "Leaders of Serbia and Kosovo met": a plural role the list owns is the list.
            if run.len() == 1
                && gap.len() == 1
                && self.norm(gap.start) == "of"
                && self.entities[self.mentions[prev].entity].entity_type == EntityType::Group
                && self.mentions[prev].kind == MentionKind::Nominal
                && coded(m)
            {
                run[0] = m;
                continue;
            }
            if !self.joined_in_list(prev, m) {
                break;
            }
            if !coded(m) {
                return None;
            }
            if run.iter().any(|&r| self.party_key(r) == self.party_key(m)) {
                break;
            }
            run.push(m);
        }
        (2..=5).contains(&run.len()).then_some(run)
    }

    /// Are the mentions `prev` and `m`, in that order, neighbours in a list: only commas and
    /// "and" between them ("Sudan's army and the Rapid Support Forces", "Saudi Arabia, the
    /// United Arab Emirates and Bahrain": a name's article is no gap)?
    fn joined_in_list(&self, prev: usize, m: usize) -> bool {
        let gap = self.mentions[prev].last..self.mentions[m].first;
        gap.clone().all(|t| matches!(self.norm(t), "," | "and"))
            || (gap.len() == 2
                && matches!(self.norm(gap.start), "and" | ",")
                && self.norm(gap.start + 1) == "the")
    }

    /// The list of two to five coded parties a "them" at `at` stands for when a participle
    /// of accusing after a comma governs it (words.txt `[sayer-participles]`) and its own
    /// sentence names such a list after its first party, the subject: "Qatar rejected the
    /// demands of Saudi Arabia, the United Arab Emirates and Bahrain, accusing them of
    /// ...", "Russia expelled diplomats from Estonia, Latvia and Lithuania, accusing them
    /// of spying". The last such list before the comma.
    fn accused_list_before(&self, at: usize) -> Option<Vec<usize>> {
        if at < 2
            || self.norm(at - 2) != ","
            || !crate::words::SAYER_PARTICIPLES.contains(self.norm(at - 1))
        {
            return None;
        }
        let own = self.sentences[self.sentence_of[at] as usize];
        let lo = self.mentions.partition_point(|m| m.first < own.first);
        let hi = self.mentions.partition_point(|m| m.first < at - 2);
        let direct: Vec<usize> = (lo..hi)
            .filter(|&m| !self.mentions[m].kind.is_indirect())
            .collect();
        let (&subject, rest) = direct.split_first()?;
        let coded = |m: usize| self.entities[self.mentions[m].entity].code.is_some();
        let mut best: Option<Vec<usize>> = None;
        let mut run: Vec<usize> = Vec::new();
        for &m in rest {
            let joined = run.last().is_some_and(|&prev| self.joined_in_list(prev, m));
            if !joined {
                if (2..=5).contains(&run.len()) {
                    best = Some(std::mem::take(&mut run));
                }
                run.clear();
            }
            let repeated = run.iter().any(|&r| self.party_key(r) == self.party_key(m))
                || self.party_key(m) == self.party_key(subject);
            if coded(m) && !repeated {
                run.push(m);
            } else {
                run.clear();
            }
        }
        if (2..=5).contains(&run.len()) {
            best = Some(run);
        }
        best
    }

    /// The two parties of the sentence `first..end` when it names exactly two, each one
    /// person, one country or one organisation that is no plural role ("Erdogan hosted
    /// Putin", "Egypt's foreign minister travelled to Amman to meet his Jordanian
    /// counterpart"), the first of them opening the sentence.
    fn singular_pair_in(&self, first: usize, end: usize) -> Option<Vec<usize>> {
        const OPENING_WORDS: usize = 6;
        let lo = self.mentions.partition_point(|m| m.first < first);
        let hi = self.mentions.partition_point(|m| m.first < end);
        // A quotation's speaker and the parties the quotation names ("\"We agreed on the
        // future of Bosnia,\" said Serbian leader ...") are no pair acting together.
        if (first..end).any(|t| matches!(self.norm(t), "\"" | "\u{201c}" | "\u{201d}")) {
            return None;
        }
        let mut found: Vec<usize> = Vec::new();
        for m in lo..hi {
            let mention = &self.mentions[m];
            if mention.kind.is_indirect() {
                continue;
            }
            // "the future of Bosnia", "in Kenya": a party named as what something is of, or
            // as a place, is no doer or partner of the sentence's act.
            // "The president of Ghana": a country after "of" that owns the role just before it
            // is that role's party, named twice.
            if mention.first > first
                && matches!(
                    self.norm(mention.first - 1),
                    "of" | "in" | "at" | "from" | "near"
                )
            {
                let owner = self.norm(mention.first - 1) == "of"
                    && m > lo
                    && self.mentions[m - 1].last + 1 == mention.first
                    && self.party_key(m - 1) == self.party_key(m);
                if !owner {
                    return None;
                }
            }
            let e = &self.entities[mention.entity];
            let singular = match e.entity_type {
                EntityType::Person | EntityType::Gpe => true,
                EntityType::Org => !e
                    .role
                    .as_deref()
                    .is_some_and(|r| crate::words::PLURAL_COLLECTIVES.contains(r)),
                _ => false,
            };
            if !singular || e.code.is_none() || self.norm(mention.last - 1) == "they" {
                return None;
            }
            if found.is_empty() && mention.first > first + OPENING_WORDS {
                return None;
            }
            if !found
                .iter()
                .any(|&f| self.party_key(f) == self.party_key(m))
            {
                found.push(m);
            }
        }
        (found.len() == 2).then_some(found)
    }

    /// [`Doc::story_pair`] with the parties of these codes left out: the party that acts on
    /// the pair is not one of it ("Israel struck Hezbollah as France urged both sides to
    /// hold fire": Israel and Hezbollah, not France).
    /// The `Adjective` mention of a country at token `g` coordinated before a party's
    /// name ("Israeli and Hamas delegations", before `end`): a side of the pair as the name
    /// after it is (session 30). `mention_at` leaves such mentions out.
    fn coordinated_adjective_at(&self, g: usize, end: usize) -> Option<usize> {
        let i = self.mentions.partition_point(|m| m.first < g);
        let m = self
            .mentions
            .get(i)
            .filter(|m| m.first == g && m.kind == MentionKind::Adjective && m.last + 1 < end)?;
        (self.norm(m.last) == "and" && self.mention_index(m.last + 1).is_some()).then_some(i)
    }

    pub fn story_pair_without(
        &self,
        at: usize,
        skip_own_sentence: bool,
        without: &[&str],
    ) -> Option<Vec<usize>> {
        let code = |m: usize| self.entities[self.mentions[m].entity].code.as_deref();
        let si = self.sentence_of[at] as usize;
        // "both Afghan rivals", "the two Sudanese sides": two parties of one country, which
        // codes cannot tell apart.
        let phrase_end = (at..(at + 5).min(self.tokens.len()))
            .find(|&t| {
                crate::words::PAIR_NOUNS.contains(self.norm(t))
                    || crate::words::DEFINITE_PAIR_NOUNS.contains(self.norm(t))
            })
            .unwrap_or(at);
        if (at..phrase_end).any(|t| self.modifier_covering(t).is_some()) {
            return None;
        }
        // "both capitals", "the two countries": two states, never an international body or
        // an aid group among them.
        let mut without_bodies: Vec<&str> = without.to_vec();
        if crate::words::STATE_PAIR_NOUNS.contains(self.norm(phrase_end)) {
            without_bodies.extend(["IGO", "NGO"]);
        }
        let without = &without_bodies[..];
        // "the three military-led nations", "the trio": the last coordination of that many
        // parties.
        // A bare count ("The three rejected ...") has no noun: its count is the word after
        // the article.
        let count_end = phrase_end.max((at + 1).min(self.tokens.len() - 1));
        if let Some(n) = (at..=count_end)
            .find_map(|t| crate::words::group_count(self.norm(t)))
            .filter(|&n| n > 2)
        {
            return self.last_coordination(at, n, skip_own_sentence);
        }
        // "the Peruvian presidency said the two countries' presidents had spoken": a party
        // named alone before the phrase in its sentence, the sayer too, is one of the pair
        // when it is one of the story's dominant pair; the pair is then that one, whatever
        // a sentence before names in passing.
        let mut own: Vec<usize> = Vec::new();
        for g in self.sentences[si].first..at {
            if let Some(m) = self.mention_index(g) {
                if code(m).is_some_and(|c| !without.contains(&c))
                    && !own.iter().any(|&f| self.party_key(f) == self.party_key(m))
                {
                    own.push(m);
                }
            }
        }
        if own.len() == 1 {
            if let Some(pair) = self.dominant_pair(at, without) {
                if pair
                    .iter()
                    .any(|&p| self.party_key(p) == self.party_key(own[0]))
                {
                    return Some(pair);
                }
            }
        }
        let mut background: Option<Vec<usize>> = None;
        for back in usize::from(skip_own_sentence)..5 {
            let Some(s) = si.checked_sub(back) else {
                break;
            };
            let sent = &self.sentences[s];
            let end = if back == 0 { at } else { sent.last };
            let mut found: Vec<usize> = Vec::new();
            // The parties not named as a place ("met at a summit in South Korea"), for a
            // sentence that names three: where two met is not one of the two.
            let mut not_places: Vec<usize> = Vec::new();
            for g in sent.first..end {
                let Some(m) = self
                    .mention_index(g)
                    .or_else(|| self.coordinated_adjective_at(g, end))
                else {
                    continue;
                };
                if self.trailing_attribution(m, sent.last) || self.names_a_venue(m) {
                    continue;
                }
                // "Egyptian mediators met Israeli and Hamas delegations. Both sides agreed":
                // a mediator or host of the talks is no side of them (words.txt
                // `[third-party-nouns]`, session 30).
                if crate::words::THIRD_PARTY_NOUNS
                    .contains(self.norm(self.mentions[m].last.saturating_sub(1)))
                {
                    continue;
                }
                // "China, Pakistan's closest ally, called on both countries": a possessor
                // opening an apposition describes the party before it and is not a second
                // party of the sentence.
                if self.describing_possessor(m) {
                    continue;
                }
                // "Myanmar's military government": the party is the one with its sector,
                // not the country that owns it.
                // So is "Ivory Coast's ruling party" or "Nepal's Maoist party": the country
                // owning the party named right after it, whatever that party's side.
                let owns = |f: usize| {
                    let last = self.mentions[f].last;
                    self.entities[self.mentions[f].entity].entity_type == EntityType::Gpe
                        && last + 1 < self.tokens.len()
                        && self.norm(last) == "'s"
                        && self.mentions[m].first <= last + 4
                        && (last + 1..self.mentions[m].first)
                            .all(|t| self.tokens.get(t).kind == TokenKind::Word)
                        && self.party_key(f).map(|k| k.0) == self.party_key(m).map(|k| k.0)
                };
                if let Some(i) = found.iter().position(|&f| {
                    (self.party_key(f) == self.party_key(m) || owns(f))
                        && self.mention_sector(f).is_none()
                        && self.mention_sector(m).is_some()
                }) {
                    let before = found[i];
                    found[i] = m;
                    for p in not_places.iter_mut().filter(|p| **p == before) {
                        *p = m;
                    }
                    continue;
                }
                if code(m).is_some_and(|c| !without.contains(&c))
                    && !found
                        .iter()
                        .any(|&f| self.party_key(f) == self.party_key(m))
                {
                    found.push(m);
                    let first = self.mentions[m].first;
                    let placed =
                        first > sent.first && crate::words::LOCATIVE.contains(self.norm(first - 1));
                    if !placed {
                        not_places.push(m);
                    }
                }
            }
            // "Anwar had been in Singapore the day before for talks with Wong": a sentence
            // in the past perfect between the pair's and the phrase tells background; the
            // pair is the one named before it, when one is (session 17).
            if back >= 1 && found.len() == 2 && self.past_perfect(sent.first, sent.last) {
                background.get_or_insert(found);
                continue;
            }
            match found.len() {
                2 => return Some(found),
                n if n > 2 && not_places.len() == 2 => return Some(not_places),
                n if n > 2 => {
                    // "X met Y on Monday, a day after Modi held a call with Putin", "...,
                    // whose government had hosted Fico": the pair is the main clause's,
                    // not a party of the clause that dates it.
                    return self
                        .pair_after_between(sent.first, end, &found)
                        .or_else(|| self.pair_before_subordinate(sent.first, end, &found))
                        .or_else(|| self.coordinated_pair(&found))
                        // "Afghanistan's minister urged Pakistan to reopen the crossing
                        // and said Kabul would look for routes through Iran. China ...
                        // called on both sides": of three parties the sentence names
                        // with no two set apart, the two the story is about, when both
                        // are among them (the third is named in passing).
                        .or_else(|| self.dominant_pair_among(at, without, &found));
                }
                _ => {}
            }
        }
        if background.is_some() {
            return background;
        }
        // "the United Nations says both sides have committed abuses": whoever reports on
        // the sides is not one of them.
        let reporters: Vec<&str> = if skip_own_sentence {
            (self.sentences[si].first..at)
                .filter_map(|g| self.mention_index(g).and_then(code))
                .collect()
        } else {
            Vec::new()
        };
        self.dominant_pair(at, &reporters)
    }

    /// Of the parties `found` in tokens `first..end`, the two named before the first
    /// subordinate clause (`[clause-subordinators]`, "whose"), when exactly two are: the
    /// main clause's pair, not a party of a clause that dates or describes its act.
    fn pair_before_subordinate(
        &self,
        first: usize,
        end: usize,
        found: &[usize],
    ) -> Option<Vec<usize>> {
        let sub = (first + 1..end).find(|&t| {
            let w = self.norm(t);
            w == "whose" || crate::words::CLAUSE_SUBORDINATORS.contains(w)
        })?;
        // "The spokesman told Al Jazeera that the decision was made after Riyadh's ...": a
        // report's sayer and hearer are no pair of the story.
        if (first..sub).any(|t| {
            let w = self.norm(t);
            w == "that" || crate::words::SPEECH_VERBS.contains(w)
        }) {
            return None;
        }
        let before: Vec<usize> = found
            .iter()
            .copied()
            .filter(|&m| self.mentions[m].last <= sub)
            .collect();
        (before.len() == 2).then_some(before)
    }

    /// Of the parties `found`, the one pair joined by a bare "and" ("presented a truce plan
    /// to Sudan's army and the RSF", "Mediators met Armenian and Azerbaijani envoys"): a
    /// later "both sides" or "the two countries" means the parties the sentence told
    /// together, not the one acting on them. None when no or several such pairs stand, or
    /// when the two end a longer list.
    fn coordinated_pair(&self, found: &[usize]) -> Option<Vec<usize>> {
        let mut pairs = found.windows(2).filter(|w| {
            let (a, b) = (&self.mentions[w[0]], &self.mentions[w[1]]);
            a.last < b.first
                && (a.last..b.first).all(|t| self.norm(t) == "and")
                // Not the tail of a longer list ("a grouping that also includes Kazakhstan,
                // Kyrgyzstan and Azerbaijan").
                && !(a.first > 0 && matches!(self.norm(a.first - 1), "," | "and" | "or"))
                && !(b.last < self.tokens.len() && matches!(self.norm(b.last), "and" | "or"))
        });
        let first = pairs.next()?;
        pairs.next().is_none().then(|| first.to_vec())
    }

    /// Is the sentence `first..=last` told in the past perfect ("had been", "had spoken")?
    fn past_perfect(&self, first: usize, last: usize) -> bool {
        (first..last.saturating_sub(1)).any(|t| {
            self.norm(t) == "had" && {
                let w = self.norm(t + 1);
                w == "been" || w.ends_with("ed") || w.ends_with("en")
            }
        })
    }

    /// Of the parties `found` in tokens `first..end`, the two named after a "between" ("Qatar
    /// has mediated between Congo's government and the M23 rebels", "the talks between
    /// Colombia and the ELN"): the two sides of the act, whoever hosts or brokers it.
    fn pair_after_between(&self, first: usize, end: usize, found: &[usize]) -> Option<Vec<usize>> {
        let b = (first..end).find(|&t| self.norm(t) == "between")?;
        let after: Vec<usize> = found
            .iter()
            .copied()
            .filter(|&m| self.mentions[m].first > b && self.mentions[m].first <= b + 10)
            .collect();
        (after.len() == 2).then_some(after)
    }

    /// Is mention `m` a possessor opening an apposition to the party named right before it
    /// ("China, Pakistan's closest ally, ...")?
    fn describing_possessor(&self, m: usize) -> bool {
        let mention = &self.mentions[m];
        let f = mention.first;
        f >= 2
            && self.norm(f - 1) == ","
            && mention.last < self.tokens.len()
            && self.norm(mention.last) == "'s"
            && self.mention_index(f - 2).is_some_and(|p| {
                self.entities[self.mentions[p].entity].code.is_some()
                    && self.sentence_of[f - 2] == self.sentence_of[f]
            })
    }

    /// Is mention `m` the sayer of an attribution closing its sentence ("..., the ministry
    /// said in a statement", ", officials told reporters")? Such a sayer is the source of
    /// what the sentence tells, not one of the parties it tells of: a ministry resolved to
    /// a third country there must not make a sentence about two parties name three.
    fn trailing_attribution(&self, m: usize, sentence_last: usize) -> bool {
        let mention = &self.mentions[m];
        let mut before = mention.first;
        while before > 0 && matches!(self.norm(before - 1), "the" | "its" | "their") {
            before -= 1;
        }
        let after = mention.last;
        before > 0
            && self.norm(before - 1) == ","
            && after < sentence_last
            && matches!(
                self.norm(after),
                "said" | "says" | "told" | "added" | "reported" | "stated"
            )
    }

    /// The sentence `back` sentences before sentence `si` (which holds token `at`), with the
    /// range `lo..hi` of its mentions: the whole sentence, or in `si` itself those before `at`.
    fn mentions_back(
        &self,
        si: usize,
        at: usize,
        back: usize,
    ) -> Option<(&Sentence, usize, usize)> {
        let sent = &self.sentences[si.checked_sub(back)?];
        let end = if back == 0 { at } else { sent.last };
        let lo = self.mentions.partition_point(|m| m.first < sent.first);
        let hi = self.mentions.partition_point(|m| m.first < end);
        Some((sent, lo, hi))
    }

    /// The last coordination of exactly `n` coded parties ("Burkina Faso, Mali and Niger":
    /// mentions joined only by commas and "and"/"or") before token `at`: in its own
    /// sentence unless `skip_own_sentence`, then up to four sentences back. A group phrase
    /// with a count ("the three nations") refers back to the parties last listed together.
    fn last_coordination(
        &self,
        at: usize,
        n: usize,
        skip_own_sentence: bool,
    ) -> Option<Vec<usize>> {
        let code = |m: usize| self.entities[self.mentions[m].entity].code.as_deref();
        let si = self.sentence_of[at] as usize;
        for back in usize::from(skip_own_sentence)..5 {
            let Some((sent, lo, hi)) = self.mentions_back(si, at, back) else {
                break;
            };
            // Runs of coordinated mentions, the last of the sentence first.
            let mut found: Option<Vec<usize>> = None;
            let mut run: Vec<usize> = Vec::new();
            for m in lo..hi {
                // "Jordan, Egypt and the United Arab Emirates": a name's own article
                // before it is part of the list.
                let joined = run.last().is_some_and(|&prev| {
                    (self.mentions[prev].last..self.mentions[m].first)
                        .all(|t| matches!(self.norm(t), "," | "and" | "or" | "the"))
                });
                if !joined {
                    if run.len() == n {
                        found = Some(std::mem::take(&mut run));
                    }
                    run.clear();
                }
                if self.mentions[m].kind.is_indirect() {
                    // Not a party named in a list ("Russian and Chinese troops" is one
                    // mention of its own).
                    continue;
                }
                // "... with Egypt and Sudan, the State Department said": the sayer after
                // the list is no member of it.
                if self.trailing_attribution(m, sent.last) {
                    if run.len() == n {
                        found = Some(std::mem::take(&mut run));
                    }
                    run.clear();
                    continue;
                }
                if code(m).is_some() && !run.iter().any(|&r| code(r) == code(m)) {
                    run.push(m);
                } else {
                    // An uncoded party or a repeated one breaks the list.
                    if run.len() == n {
                        found = Some(std::mem::take(&mut run));
                    }
                    run.clear();
                }
            }
            if run.len() == n {
                found = Some(run);
            }
            if found.is_some() {
                return found;
            }
        }
        self.coordination_with_partner(at, n, skip_own_sentence)
    }

    /// Where no sentence lists `n` parties together: a list of `n - 1` coded parties after
    /// "with" and the nearest coded party before that "with" in its sentence ("Ethiopia's
    /// decision ... before reaching an agreement with Egypt and Sudan. ... the three
    /// countries' water ministers"; "Washington acted in concert with London and Paris.
    /// The three capitals ..."), the latest such sentence within twelve back (a story's
    /// lead often names the group apart, and the count comes back to it paragraphs later).
    fn coordination_with_partner(
        &self,
        at: usize,
        n: usize,
        skip_own_sentence: bool,
    ) -> Option<Vec<usize>> {
        let code = |m: usize| self.entities[self.mentions[m].entity].code.as_deref();
        let si = self.sentence_of[at] as usize;
        for back in usize::from(skip_own_sentence)..13 {
            let Some((sent, lo, hi)) = self.mentions_back(si, at, back) else {
                break;
            };
            let mut found: Option<Vec<usize>> = None;
            for m in lo..hi {
                let first = self.mentions[m].first;
                if first == 0 || first <= sent.first || self.norm(first - 1) != "with" {
                    continue;
                }
                // The run of coordinated coded parties the "with" opens.
                let mut run = vec![m];
                for next in m + 1..hi {
                    let prev = *run.last().unwrap_or(&m);
                    let joined = (self.mentions[prev].last..self.mentions[next].first)
                        .all(|t| matches!(self.norm(t), "," | "and" | "the"));
                    if !joined
                        || self.mentions[next].kind.is_indirect()
                        || self.trailing_attribution(next, sent.last)
                    {
                        break;
                    }
                    run.push(next);
                }
                if run.len() != n - 1
                    || run.iter().any(|&r| code(r).is_none())
                    || run
                        .iter()
                        .enumerate()
                        .any(|(i, &r)| run[..i].iter().any(|&q| code(q) == code(r)))
                {
                    continue;
                }
                // The partner: the nearest coded party before the "with", of another code.
                let partner = (lo..m).rev().find(|&p| {
                    !self.mentions[p].kind.is_indirect()
                        && code(p).is_some_and(|c| !run.iter().any(|&r| code(r) == Some(c)))
                });
                if let Some(p) = partner {
                    let mut group = vec![p];
                    group.extend(run);
                    found = Some(group);
                }
            }
            if found.is_some() {
                return found;
            }
        }
        None
    }

    /// The story's dominant pair ([`Doc::dominant_pair`]) when both its parties are among
    /// `found`, as the mentions `found` holds for them.
    fn dominant_pair_among(
        &self,
        at: usize,
        excluded: &[&str],
        found: &[usize],
    ) -> Option<Vec<usize>> {
        self.dominant_pair(at, excluded)?
            .iter()
            .map(|&p| {
                found
                    .iter()
                    .copied()
                    .find(|&f| self.party_key(f) == self.party_key(p))
            })
            .collect()
    }

    /// Does mention `m` name a city only as the seat or venue of what follows it ("the
    /// Stockholm arbitration court", "the Minsk agreements": words.txt
    /// `[venue-compound-nouns]`), a place rather than a party of the story's pair?
    fn names_a_venue(&self, m: usize) -> bool {
        let mention = &self.mentions[m];
        let e = &self.entities[mention.entity];
        e.entity_type == EntityType::Gpe
            && matches!(mention.kind, MentionKind::Name | MentionKind::Metonym)
            && mention.last < self.tokens.len()
            && !self.tokens.get(mention.last).capitalized
            && crate::words::VENUE_COMPOUND_NOUNS.contains(self.norm(mention.last))
            && self.modifier_covering(mention.first).is_none()
    }

    /// The story's two most mentioned coded parties but the `excluded` (each named at least
    /// twice, the second more often than any third), as the last mention of each before
    /// token `at`, or its first after when it has none before. The story is the text
    /// around `at`, at most 40 sentences back and 10 on: a news story, and a bounded cost
    /// for every pair phrase of a long document.
    fn dominant_pair(&self, at: usize, excluded: &[&str]) -> Option<Vec<usize>> {
        const BACK: usize = 40;
        const ON: usize = 10;
        let si = self.sentence_of[at] as usize;
        let from = self.sentences[si.saturating_sub(BACK)].first;
        let to = self.sentences[(si + ON).min(self.sentences.len() - 1)].last;
        // Mentions are sorted and disjoint.
        let lo = self.mentions.partition_point(|m| m.first < from);
        let hi = self.mentions.partition_point(|m| m.first < to);
        let story = &self.mentions[lo..hi];
        // Dominance is counted by country and side in arms (`Doc::war_side_key`): a
        // state's parties and its politicians' parties are one country's mentions here.
        let mut counts: Vec<((&str, bool), usize)> = Vec::new();
        for (i, m) in story.iter().enumerate() {
            if m.kind.is_indirect() || self.names_a_venue(lo + i) {
                continue;
            }
            if let Some(c) = self
                .war_side_key(lo + i)
                .filter(|c| !excluded.contains(&c.0))
            {
                match counts.iter_mut().find(|(k, _)| *k == c) {
                    Some(slot) => slot.1 += 1,
                    None => counts.push((c, 1)),
                }
            }
        }
        // Most mentioned first; among equals the first named (stable sort).
        counts.sort_by_key(|c| std::cmp::Reverse(c.1));
        let second = counts.get(1)?.1;
        if second < 2 || counts.get(2).is_some_and(|third| third.1 >= second) {
            return None;
        }
        let before = story.partition_point(|m| m.last <= at);
        let pick = |c: (&str, bool)| {
            let of_party =
                |i: usize| !story[i].kind.is_indirect() && self.war_side_key(lo + i) == Some(c);
            (0..before)
                .rev()
                .find(|&i| of_party(i))
                .or_else(|| (before..story.len()).find(|&i| of_party(i)))
                .map(|i| lo + i)
        };
        Some(vec![pick(counts[0].0)?, pick(counts[1].0)?])
    }

    /// Countries that `mentions` (of this document's entities) and the country modifiers
    /// name, most mentioned first, with their counts (places are disambiguated towards
    /// them).
    pub fn countries_counted(&self, mentions: &[Mention]) -> Vec<(String, usize)> {
        let mut counts: HashMap<&str, usize> = HashMap::default();
        // An adjective's mention is counted once, as its modifier below.
        for m in mentions.iter().filter(|m| !m.kind.is_indirect()) {
            if let Some(c) = self.entities[m.entity].code.as_deref() {
                if c.len() == 3 && !is_transnational_code(c) {
                    *counts.entry(c).or_default() += 1;
                }
            }
        }
        for md in &self.modifiers {
            *counts.entry(md.code.as_str()).or_default() += 1;
        }
        let mut v: Vec<(&str, usize)> = counts.into_iter().collect();
        v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        v.into_iter().map(|(c, n)| (c.to_string(), n)).collect()
    }
}

#[cfg(test)]
mod tests {
    use crate::testing::doc_through;

    /// The forms come back as they were pushed, in order, multi-byte ones and empty ones
    /// too, however the buffer grew between them, and stay put when the forms move.
    #[test]
    fn norms_give_back_each_form_pushed() {
        let mut b = super::NormsBuilder::with_capacity(1, 2);
        assert_eq!(b.push("chargé"), "chargé");
        assert_eq!(b.push_ascii_lowercase("NATO"), "nato");
        assert_eq!(b.push(""), "");
        b.push("'s");
        assert_eq!(b.push_ascii_lowercase("Kyiv-Based"), "kyiv-based");
        b.push("日本");
        let norms = Box::new(b.finish());
        let forms: Vec<&str> = (0..6).map(|i| norms.get(i)).collect();
        assert_eq!(forms, ["chargé", "nato", "", "'s", "kyiv-based", "日本"]);
        let moved = *norms;
        assert_eq!(moved.get(5), "日本");
    }

    #[test]
    #[should_panic]
    fn norms_refuse_a_form_never_pushed() {
        let mut b = super::NormsBuilder::with_capacity(0, 0);
        b.push("a");
        let _ = b.finish().get(1);
    }

    /// A "them" an accusing participle governs stands for the list its own sentence names
    /// after the subject, all of it, with "the" after a comma; not for a list holding the
    /// subject, nor after another verb.
    #[test]
    fn an_accused_them_is_the_list_its_sentence_names() {
        let codes = |text: &str, word: &str| {
            let doc = doc_through("actors", text);
            let at = (0..doc.tokens.len())
                .rev()
                .find(|&t| doc.norm(t) == word)
                .expect("the word");
            doc.plural_object_before(at).map(|list| {
                list.iter()
                    .filter_map(|&m| doc.entities[doc.mentions[m].entity].code.clone())
                    .collect::<Vec<_>>()
            })
        };
        assert_eq!(
            codes(
                "Qatar rejected the demands of Saudi Arabia, the United Arab Emirates and Bahrain, accusing them of lying.",
                "them"
            ),
            Some(vec!["SAU".to_string(), "ARE".to_string(), "BHR".to_string()])
        );
        assert_eq!(
            codes(
                "Moscow expelled envoys of Poland and Lithuania, blaming them for the row.",
                "them"
            ),
            Some(vec!["POL".to_string(), "LTU".to_string()])
        );
        assert_eq!(
            codes(
                "Kenya told Uganda and Tanzania that it would help them.",
                "them"
            ),
            None
        );
    }

    /// The syntax stage leaves an analysed sentence's tree unparsed; the coder's first
    /// question parses it, and the tree is the one the parser gives for the same tokens.
    #[test]
    fn an_analysed_sentence_is_parsed_when_its_tree_is_first_asked_for() {
        let text = "Russia attacked Ukraine on Monday, officials said.";
        let doc = doc_through("syntax", text);
        assert!(doc.analysed[0]);
        let lazy = doc.trees[0]
            .as_ref()
            .expect("an analysed sentence has a tree");
        assert!(lazy.tree.get().is_none(), "not parsed by the syntax stage");
        let tree = lazy.get();
        assert!(lazy.tree.get().is_some(), "parsed once asked for");
        assert!(std::ptr::eq(tree, lazy.get()), "and parsed once");
        let mut scratch = sitrep_parser::Scratch::default();
        let mut eager = sitrep_parser::Tree::default();
        sitrep_parser::Parser::builtin().parse_toks(&lazy.toks, &mut scratch, &mut eager);
        assert_eq!(*tree, eager);
        assert_eq!(tree.len(), doc.sentences[0].tokens().len());
        assert_eq!(tree.head(0), Some(1), "Russia <- attacked");

        // The events stage asks for it while coding the attack.
        let coded = doc_through("events", text);
        assert!(!coded.events.is_empty());
        assert!(coded.trees[0]
            .as_ref()
            .is_some_and(|t| t.tree.get().is_some()));
    }
}

//! sitrep-lexicon: sitrep's event knowledge.
//!
//! This crate holds *what* the event coder knows, compiled into fast lookup structures; the
//! coder (in `sitrep-core`) holds *how* sentences are analysed (subjects, objects, passives,
//! coordination, reported speech). Five parts, each an embedded data file plus its compiler:
//!
//! | part | data | API |
//! |---|---|---|
//! | ontology | `data/cameo.tsv`, `data/plover.tsv` | [`Ontology`] |
//! | event patterns | `data/events.txt` | [`EventLexicon`] |
//! | inflection | `data/irregular.txt` | [`inflect`] |
//! | cue words | `data/cues.txt` | [`Cues`] |
//! | word lists | `data/words.txt` | [`WordLists`] |
//! | frames | `data/frames.txt` | [`Frames`] |
//!
//! Everything is parsed once on first use (`OnceLock`), deterministically; lookups are
//! `FxHashMap` probes keyed by lowercased surface forms, with no allocation per lookup.
//!
//! # Ontology
//!
//! Every CAMEO code with its description, Goldstein score and PLOVER event/mode/context;
//! the 16 PLOVER categories with quad class and whether a recipient is required. CAMEO 01x
//! (statements) have no PLOVER category and are not coded. CAMEO 02x (appeals) have no
//! PLOVER mapping in the published conversion table: sitrep maps them to `REQUEST` with mode
//! `appeal`, context from the parallel 10x demand (see `data/cameo.tsv` header).
//!
//! # The event pattern format (`data/events.txt`)
//!
//! A line-oriented, human-editable format. `#` starts a comment (at line start or after a
//! space). Patterns are grouped under section headers naming a CAMEO code:
//!
//! ```text
//! [057] Sign formal agreement            <- "[CODE] free description"
//! verb: sign|ink +agreement|pact|deal > with
//! noun: military|defense *pact > with
//! noun: strike ~workers|union|wage !drone|missile   # labour strike
//! ```
//!
//! A pattern line is `verb:` or `noun:` followed by whitespace-separated tokens:
//!
//! * **Words** (`a|b|c` = alternatives). One word is the **head**: the one prefixed with `*`,
//!   or the first word if none is starred. Words before the head must occur immediately
//!   before it in that order (modifiers: `drone|air *strike`); words after it must follow it
//!   immediately (particles: `call on`, `pull out`, `carry out`). The head is a lemma: all
//!   inflections are generated (verbs: base, -s, past, participle, -ing, with the irregular
//!   table and spelling rules; nouns: singular and plural) plus British/American spelling
//!   variants (`mobilize`/`mobilise`, `defense`/`defence`). Head alternatives (`sign|ink`)
//!   make one pattern each. Other words are matched as written, with spelling variants.
//! * A head alternative may carry its own particles joined with `_` (`urge|call_on`: "urge"
//!   or "call on") and may be restricted to some inflections with `@` tags (`@base @s @ed
//!   @past @part @ing @sg @pl`): `support@ed@ing` triggers on "supported"/"supporting" but
//!   not on the noun "support(s)"; `close@ed@ing@s` not on the adjective "close".
//! * A phrasal verb claims its particle: a verb pattern without particles does not match
//!   where its head is followed by an adverbial particle (`off out down back away up ahead`)
//!   that verb patterns of the same form name, none of them of the bare pattern's PLOVER
//!   category ("called off its protest" is no `call +protest`, PROTEST, since only
//!   `call_off` lines of other categories know "call off"; "shot down a drone" still
//!   matches `shoot`, as `shoot_down` has an ASSAULT line too).
//! * **`+a|b`** object keywords: one of them (singular or plural, spelling variants) must
//!   occur in the object region, from after the particles to the region end the caller
//!   gives. Several `+` groups must all be satisfied. `_` joins a multi-word keyword
//!   (`+human_rights`; the last word inflects). For a verb head in a past participle form the
//!   keywords may also be found before the pattern: up to 9 tokens back in a passive (a form
//!   of be/get within 3 tokens before the head: "troops were deployed"), or right before the
//!   head in a reduced relative ("a military pact signed").
//! * **`~a|b`** context keywords: one must occur anywhere in the sentence.
//! * **`!a|b`** exclusion keywords: the pattern fails if any occurs in its own clause, from
//!   after the last clause break or comma before the pattern's words (for a verb participle,
//!   the sentence's start) to the region end the caller gives (an excluded word in another
//!   clause says nothing of this act).
//! * **`> slots`**: where the recipient is, in order of preference: `obj` (direct object
//!   after the head and particles) or a preposition (`with to on against for from of at in
//!   into over toward towards upon about between among across onto`), separated by `|`,
//!   `,` or spaces. No `>`: the event has no recipient slot (a riot, a mobilisation).
//!
//! * **`= "example"`** (optional, repeatable, last on the line): an example sentence.
//!   `tests/lexicon.rs` checks at test time that the line matches each of its examples and
//!   that no other line of the same part of speech outranks it there.
//!
//! Required words come before constraints. For noun heads the actor is found by the coder
//! (possessor "Putin's visit", modifier "Russian strikes", or the subject of a light verb
//! "Ukraine launched a drone strike"); light verbs are listed in `data/cues.txt`.
//! Reporting verbs (say, tell, claim, ...) are deliberately *not* events.
//!
//! Matches are ranked by specificity: 1 + 3 per required neighbouring word + 4 per object
//! group + 2 per context group + 1 for an exclusion list, + 1 for a specific three-digit
//! code or + 2 for a four-digit code (so "sever ties" prefers 161 over 160). Ties go to the
//! pattern whose object keyword is nearest the head, then to file order. The coder should
//! prefer the first match at a head. When a noun match lies inside the object region of a
//! verb match at another head ("pledged unconditional support": verb 032, noun 051), the
//! verb match is the event and the noun match its object.
//!
//! Coverage: every one of the 281 CAMEO codes of three or four digits that the coder emits
//! (02x-20x) has at least five distinct phrasings (head with its required neighbours and
//! particles; asserted and listed by `tests/lexicon.rs`, with the lexicon's size);
//! `cargo run -p sitrep-lexicon --example check_lexicon` prints counts, coverage, build
//! time and matching throughput, and `--example explain` shows the matches per sentence.
//!
//! Coding decisions in the lexicon (documented at the relevant sections of the file):
//! pledges/promises/vows of support code as 03x intent (AGREE), e.g. "pledged support" is 032
//! and "pledged military aid" 0332; praise/endorse/back are 051; "support" as a verb of
//! material help (supply weapons, send troops to support) is 07x/062 via object keywords.
//!
//! # Frames (`data/frames.txt`)
//!
//! What an act means depends on what governs it: cue phrases per frame (intent/threat
//! "commit", demand, appeal, refusal, negation, wish, investigation), a mirror table per frame
//! from the governed act's CAMEO code to the frame's code ("offered to hold talks": 046 ->
//! 036; "threatened to impose sanctions": 163 -> 1312; "urged Y to accept a ceasefire": 0871
//! -> 0256), and reacting verbs coded by their manner ("responded fiercely to": 111). The
//! format is documented at the top of the file; [`Frames`] parses it and finds cues, the
//! coder decides which cue governs which act.
//!
//! # Cue lists (`data/cues.txt`)
//!
//! Sections of words/phrases with an optional `= modality`, with markers `^verb` (all verb
//! forms), `%noun` (singular/plural) and `{be}` (forms of "be"); see the file header and
//! [`Cues`].

pub mod cues;
pub mod frames;
pub mod inflect;
pub mod ontology;
pub mod patterns;
mod prefilter;
pub mod words;

pub use cues::{CueHit, CueKind, CueModality, Cues};
pub use frames::{
    CueItem, CueMatch, Frame, FrameCue, FrameId, FrameParties, Frames, MirrorResult, Reaction,
    ReactionMatch, WrongdoingCue,
};
pub use inflect::{Forms, VerbForm};
pub use ontology::{CameoCode, Ontology, PloverEvent};
pub use patterns::{
    EventLexicon, LexiconStats, Pattern, PatternId, PatternMatch, PreparedSentence, Slot,
    SubjectRole, TriggerPos,
};
pub use prefilter::WordKey;
pub use words::{is_month_name, is_weekday_name, WordList, WordLists};

/// An error in one of the data files, with its location, and every error of a load: a
/// parser reads on past a bad line, so a user fixing a file sees all its problems at once.
/// The same types serve every sitrep data-file loader (`sitrep-diagnostics`).
pub use sitrep_diagnostics::{LineError as LexiconError, LineErrors as LexiconErrors};

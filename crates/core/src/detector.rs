//! The sentence-level category detector (issue #9, session 16): the coder's recall backstop.
//!
//! A multi-label, one-vs-rest averaged perceptron over hashed sparse features of one
//! sentence, computed from the engine's own tokens and mentions (so training and run time
//! see the same thing): lemma unigrams and bigrams with every party mention replaced by its
//! kind (`P:STATE`, `P:ARMED`, `P:OPP`, `P:IGO`, `P:OTHER`), a country adjective by `ADJ`, a
//! place by `PLACE`, a number by `NUM` and an unknown capitalised word by `CAP` (no name is
//! a feature), the words right before and after each party, words under a negation or a
//! modal (`neg:`, `mod:`), and the number of parties. One score per PLOVER category; a
//! category is detected when its score passes its own threshold, chosen on the tuning split
//! for a precision of about 0.7 (`scripts/detector/README.md`).
//!
//! The weights (`data/detector.bin`) are written by the training recipe
//! (`cargo run -p sitrep-core --example train_detector`), quantised to `i16` and stored
//! sparse; scores are integer sums, so the same sentence gets the same scores on every
//! machine and in every order. The events stage (`backstop`) asks the detector only about
//! body sentences that name a party where no pattern of the lexicon matched, and codes the detected event with
//! the parties the coder's own slot readings give (`events::backstop_parties`). The weights
//! carry two offsets over the thresholds, for stories and for short documents
//! ([`SHORT_DOCUMENT`]); the built-in ones ship with the backstop off in both
//! (docs/BENCHMARKS.md, h/backstop2).

use std::sync::OnceLock;

use crate::doc::{CodedEvent, Doc, SentenceKind, NONE};
use crate::knowledge::Knowledge;
use crate::syntax::Clause;

/// The PLOVER categories in the weights' column order.
pub const CATEGORIES: [&str; 16] = [
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "COOPERATE",
    "AID",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "MOBILIZE",
    "SANCTION",
    "COERCE",
    "ASSAULT",
    "CONCEDE",
    "RETREAT",
];

/// Number of categories (columns of a weight row).
pub const N: usize = CATEGORIES.len();

/// Features are hashed into this many buckets.
pub const BUCKETS: u32 = 1 << 18;

const MAGIC: &[u8; 8] = b"SRDET02\n";
/// The first format (session 16): one story offset for every document.
const MAGIC_V1: &[u8; 8] = b"SRDET01\n";

/// A document of at most this many body sentences (a headline, a monitor note, a
/// one-paragraph brief) is short: the backstop reads it with the short-document offset,
/// since no background or reaction in it can be mistaken for the news.
pub const SHORT_DOCUMENT: usize = 2;

static BUILTIN_WEIGHTS: &[u8] = include_bytes!("../data/detector.bin");

/// The weights of the detector: a sparse table of feature buckets, each with one `i16`
/// weight per category, and a threshold per category in the same units.
#[derive(Debug, Clone, PartialEq)]
pub struct Detector {
    /// Sorted feature buckets that carry a weight.
    keys: Vec<u32>,
    /// One row of `N` weights per key.
    rows: Vec<[i16; N]>,
    /// Per category: the score a sentence needs to be detected (`i32::MAX`: never), chosen
    /// on the tuning lines.
    pub thresholds: [i32; N],
    /// What the backstop adds to every threshold in a story (`i32::MAX`: the backstop is
    /// off), chosen on the golden dev stories' sentences the rules leave empty.
    pub story_offset: i32,
    /// The same for a short document (at most [`SHORT_DOCUMENT`] body sentences).
    pub short_offset: i32,
    /// Score units per 1.0 of the trained (float) weights.
    pub scale: f32,
    /// Per category: the CAMEO code a detected event takes (the code the training data
    /// uses most for the category, chosen by the recipe).
    pub codes: Vec<String>,
}

/// A feature of one sentence: its bucket and the token it was read at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Feature {
    pub bucket: u32,
    pub token: u32,
}

impl Detector {
    /// The built-in weights, decoded on first use.
    pub fn builtin() -> &'static Detector {
        static DETECTOR: OnceLock<Detector> = OnceLock::new();
        DETECTOR.get_or_init(|| {
            Detector::from_bytes(BUILTIN_WEIGHTS).expect("built-in detector weights are valid")
        })
    }

    /// A detector from dense float weights (`BUCKETS` rows of `N`), quantised to `i16` with
    /// one scale for the table; float thresholds are scaled the same way (`f32::INFINITY`:
    /// the category is never detected). Buckets whose weights all round to zero, or that
    /// `keep` refuses, are left out.
    pub fn from_dense(
        weights: &[[f32; N]],
        thresholds: &[f32; N],
        story_offset: f32,
        codes: Vec<String>,
        keep: impl Fn(u32) -> bool,
    ) -> Detector {
        assert!(codes.len() == N && codes.iter().all(|c| (2..=4).contains(&c.len())));
        let max = weights
            .iter()
            .flat_map(|r| r.iter())
            .fold(0f32, |m, w| m.max(w.abs()));
        let scale = if max > 0.0 { 32000.0 / max } else { 1.0 };
        let mut keys = Vec::new();
        let mut rows = Vec::new();
        for (b, row) in weights.iter().enumerate() {
            if !keep(b as u32) {
                continue;
            }
            let q: [i16; N] = std::array::from_fn(|c| (row[c] * scale).round() as i16);
            if q.iter().any(|&w| w != 0) {
                keys.push(b as u32);
                rows.push(q);
            }
        }
        let thresholds = std::array::from_fn(|c| {
            let t = thresholds[c];
            if t.is_finite() {
                (t * scale).round() as i32
            } else {
                i32::MAX
            }
        });
        Detector {
            keys,
            rows,
            thresholds,
            story_offset: if story_offset.is_finite() {
                (story_offset * scale).round() as i32
            } else {
                i32::MAX
            },
            short_offset: if story_offset.is_finite() {
                (story_offset * scale).round() as i32
            } else {
                i32::MAX
            },
            scale,
            codes,
        }
    }

    /// The weights file: a magic line, the scale, the story offset, the thresholds, the codes, the row count, then each
    /// row's bucket and weights (little-endian).
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(16 + 4 * N + self.keys.len() * (4 + 2 * N));
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&self.scale.to_le_bytes());
        out.extend_from_slice(&self.story_offset.to_le_bytes());
        out.extend_from_slice(&self.short_offset.to_le_bytes());
        for t in self.thresholds {
            out.extend_from_slice(&t.to_le_bytes());
        }
        for c in &self.codes {
            let mut b = [b' '; 4];
            b[..c.len()].copy_from_slice(c.as_bytes());
            out.extend_from_slice(&b);
        }
        out.extend_from_slice(&(self.keys.len() as u32).to_le_bytes());
        for (k, row) in self.keys.iter().zip(&self.rows) {
            out.extend_from_slice(&k.to_le_bytes());
            for w in row {
                out.extend_from_slice(&w.to_le_bytes());
            }
        }
        out
    }

    /// Reads a weights file written by [`Detector::to_bytes`].
    pub fn from_bytes(bytes: &[u8]) -> Result<Detector, String> {
        let mut r = Reader { bytes, at: 0 };
        let v1 = match r.take(MAGIC.len())? {
            m if m == MAGIC => false,
            m if m == MAGIC_V1 => true,
            _ => return Err("not a sitrep detector weights file".into()),
        };
        let scale = f32::from_le_bytes(r.array()?);
        let story_offset = i32::from_le_bytes(r.array()?);
        let short_offset = if v1 {
            story_offset
        } else {
            i32::from_le_bytes(r.array()?)
        };
        let mut thresholds = [0i32; N];
        for t in &mut thresholds {
            *t = i32::from_le_bytes(r.array()?);
        }
        let mut codes = Vec::with_capacity(N);
        for _ in 0..N {
            let b: [u8; 4] = r.array()?;
            let c = std::str::from_utf8(&b)
                .map_err(|_| "a code is not ASCII")?
                .trim_end();
            if !(2..=4).contains(&c.len()) || !c.bytes().all(|b| b.is_ascii_digit()) {
                return Err(format!("malformed CAMEO code {c:?}"));
            }
            codes.push(c.to_string());
        }
        let n = u32::from_le_bytes(r.array()?) as usize;
        if bytes.len() != r.at + n * (4 + 2 * N) {
            return Err(format!(
                "weights file of {} bytes holds no {n} rows",
                bytes.len()
            ));
        }
        let mut keys = Vec::with_capacity(n);
        let mut rows = Vec::with_capacity(n);
        for _ in 0..n {
            let k = u32::from_le_bytes(r.array()?);
            if k >= BUCKETS || keys.last().is_some_and(|&last| last >= k) {
                return Err(format!("bucket {k} out of order or range"));
            }
            keys.push(k);
            let mut row = [0i16; N];
            for w in &mut row {
                *w = i16::from_le_bytes(r.array()?);
            }
            rows.push(row);
        }
        Ok(Detector {
            keys,
            rows,
            thresholds,
            story_offset,
            short_offset,
            scale,
            codes,
        })
    }

    /// The same weights with the backstop's story offset set (`None`: the backstop off), in
    /// the units of the trained weights: `Some(0.0)` detects in a story what the classifier
    /// detects in a line.
    pub fn with_story_offset(self, offset: Option<f32>) -> Detector {
        self.with_offsets(offset, offset)
    }

    /// The same weights with the backstop's offsets set apart for documents longer than
    /// [`SHORT_DOCUMENT`] body sentences (`story`) and for short ones (`short`); `None`: the
    /// backstop off in such documents.
    pub fn with_offsets(mut self, story: Option<f32>, short: Option<f32>) -> Detector {
        let units = |o: Option<f32>| match o {
            Some(o) if o.is_finite() => (o * self.scale).round() as i32,
            _ => i32::MAX,
        };
        self.story_offset = units(story);
        self.short_offset = units(short);
        self
    }

    /// The offset the backstop applies in a document of `body_sentences` body sentences
    /// (`i32::MAX`: off).
    pub fn offset_for(&self, body_sentences: usize) -> i32 {
        if body_sentences <= SHORT_DOCUMENT {
            self.short_offset
        } else {
            self.story_offset
        }
    }

    /// Rows in the table.
    pub fn len(&self) -> usize {
        self.keys.len()
    }

    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    /// The weights of one bucket (`None`: all zero).
    pub fn row(&self, bucket: u32) -> Option<&[i16; N]> {
        self.keys.binary_search(&bucket).ok().map(|i| &self.rows[i])
    }

    /// The score of each category for a sentence's features (each bucket counted once:
    /// pass them sorted and deduplicated). Integer sums: order does not matter.
    pub fn scores(&self, buckets: impl IntoIterator<Item = u32>) -> [i32; N] {
        let mut s = [0i32; N];
        for b in buckets {
            if let Some(row) = self.row(b) {
                for c in 0..N {
                    s[c] += row[c] as i32;
                }
            }
        }
        s
    }

    /// The detected category of a sentence's scores: the best-scoring category that passes
    /// its threshold (the earlier category on a tie), with its margin over the threshold.
    pub fn detect(&self, scores: &[i32; N]) -> Option<usize> {
        self.detect_above(scores, 0)
    }

    /// The backstop's detection in a story: every threshold raised by the story offset.
    pub fn detect_in_story(&self, scores: &[i32; N]) -> Option<usize> {
        self.detect_with_offset(scores, self.story_offset)
    }

    /// The backstop's detection with every threshold raised by `offset` (`i32::MAX`: none).
    pub fn detect_with_offset(&self, scores: &[i32; N], offset: i32) -> Option<usize> {
        if offset == i32::MAX {
            return None;
        }
        self.detect_above(scores, offset as i64)
    }

    fn detect_above(&self, scores: &[i32; N], offset: i64) -> Option<usize> {
        (0..N)
            .filter(|&c| {
                self.thresholds[c] != i32::MAX
                    && scores[c] as i64 >= self.thresholds[c] as i64 + offset
            })
            .max_by_key(|&c| {
                (
                    scores[c] as i64 - self.thresholds[c] as i64,
                    std::cmp::Reverse(c),
                )
            })
    }
}

struct Reader<'b> {
    bytes: &'b [u8],
    at: usize,
}

impl<'b> Reader<'b> {
    fn take(&mut self, n: usize) -> Result<&'b [u8], String> {
        let s = self
            .bytes
            .get(self.at..self.at + n)
            .ok_or("weights file ends early")?;
        self.at += n;
        Ok(s)
    }
    fn array<const K: usize>(&mut self) -> Result<[u8; K], String> {
        Ok(self.take(K)?.try_into().expect("K bytes"))
    }
}

/// FNV-1a of a feature's name, folded into [`BUCKETS`].
pub fn bucket(name: &str) -> u32 {
    let mut h: u64 = 0xcbf29ce484222325;
    for b in name.bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    ((h ^ (h >> 32)) as u32) & (BUCKETS - 1)
}

/// One unit of a sentence as the detector reads it: a lemma or a placeholder, and the token
/// it starts at.
struct Unit {
    text: String,
    token: u32,
    party: Option<usize>,
}

const MODALS: &[&str] = &[
    "will", "would", "could", "may", "might", "should", "must", "can", "shall",
];

/// Whether token `t`'s word is a negator or a modal: the detector's own short lists.
fn is_modal(w: &str) -> bool {
    MODALS.contains(&w)
}

/// The placeholder of a party mention: what kind of party, never its name.
fn party_kind(doc: &Doc, m: usize) -> &'static str {
    let e = &doc.entities[doc.mentions[m].entity];
    match doc.mention_sector(m) {
        Some("GOV" | "MIL" | "COP" | "SPY" | "JUD" | "LEG") => "P:STATE",
        Some("REB" | "INS" | "SEP" | "UAF" | "CRM" | "IMG") => "P:ARMED",
        Some("OPP" | "PTY") => "P:OPP",
        _ => match e.code.as_deref() {
            Some("IGO") => "P:IGO",
            Some("IMG") => "P:ARMED",
            Some(c) if c.len() == 3 && e.sector.is_none() => "P:STATE",
            _ => "P:OTHER",
        },
    }
}

/// A crude English lemma: the cue lists' irregular and cue verbs, else suffixes stripped.
fn lemma(k: &Knowledge, w: &str) -> String {
    if let Some(l) = k.cues.lemma(w) {
        return l.to_string();
    }
    let n = w.len();
    let stem = if n > 5 && w.ends_with("ing") {
        &w[..n - 3]
    } else if n > 4 && (w.ends_with("ied") || w.ends_with("ies")) {
        return format!("{}y", &w[..n - 3]);
    } else if n > 4 && (w.ends_with("ed") || w.ends_with("es")) {
        &w[..n - 2]
    } else if n > 3 && w.ends_with('s') && !w.ends_with("ss") {
        &w[..n - 1]
    } else {
        w
    };
    stem.strip_suffix('e')
        .filter(|s| s.len() > 2)
        .unwrap_or(stem)
        .to_string()
}

/// The units of sentence `si`: a party mention, a country adjective or a place is one
/// placeholder unit; punctuation is skipped.
fn units(k: &Knowledge, doc: &Doc, si: usize) -> Vec<Unit> {
    let s = doc.sentences[si];
    let title = doc.is_title_case(si);
    let mut out = Vec::with_capacity(s.last - s.first);
    let mut t = s.first;
    let mut place = doc.places.partition_point(|p| p.last <= s.first);
    while t < s.last {
        let m = doc.mention_at[t];
        if m != NONE {
            let m = m as usize;
            out.push(Unit {
                text: party_kind(doc, m).to_string(),
                token: t as u32,
                party: Some(m),
            });
            t = doc.mentions[m].last.max(t + 1);
            continue;
        }
        if let Some(md) = doc.modifier_starting_at(t) {
            out.push(Unit {
                text: "ADJ".into(),
                token: t as u32,
                party: None,
            });
            t = md.last.max(t) + 1;
            continue;
        }
        while place < doc.places.len() && doc.places[place].last <= t {
            place += 1;
        }
        if let Some(p) = doc.places.get(place).filter(|p| p.first == t) {
            out.push(Unit {
                text: "PLACE".into(),
                token: t as u32,
                party: None,
            });
            t = p.last.max(t + 1);
            continue;
        }
        let tok = doc.tokens.get(t);
        let text = match tok.kind {
            crate::doc::TokenKind::Punct => {
                t += 1;
                continue;
            }
            crate::doc::TokenKind::Number => {
                let w = doc.tokens.norm(t);
                if w.len() == 4 && (w.starts_with("19") || w.starts_with("20")) {
                    "YEAR".to_string()
                } else {
                    "NUM".to_string()
                }
            }
            crate::doc::TokenKind::Word => {
                let w = doc.tokens.norm(t);
                if tok.capitalized && t > s.first && !title && !is_function_word(w) {
                    "CAP".to_string()
                } else {
                    lemma(k, w)
                }
            }
        };
        out.push(Unit {
            text,
            token: t as u32,
            party: None,
        });
        t += 1;
    }
    out
}

/// Short words a capital letter does not make a name ("The", "In", "A" in a heading).
fn is_function_word(w: &str) -> bool {
    w.len() <= 3
}

/// What the detector reads of one sentence.
pub(crate) struct SentenceFeatures {
    /// Sorted by bucket, one per bucket (the first token it was read at).
    pub features: Vec<Feature>,
    /// Party mentions in the sentence, in order.
    pub parties: Vec<usize>,
    /// The sentence has a negator, a denial or a condition ("not", "denied", "if").
    pub negated_or_conditional: bool,
}

/// The features of sentence `si`. With `names`, each feature's name is kept too (for the
/// explanation of a detected event).
pub(crate) fn sentence_features(
    k: &Knowledge,
    doc: &Doc,
    si: usize,
    mut names: Option<&mut Vec<(Feature, String)>>,
) -> SentenceFeatures {
    let units = units(k, doc, si);
    let mut feats: Vec<Feature> = Vec::with_capacity(units.len() * 6);
    let mut emit = |name: String, token: u32| {
        let f = Feature {
            bucket: bucket(&name),
            token,
        };
        feats.push(f);
        if let Some(n) = names.as_deref_mut() {
            n.push((f, name));
        }
    };
    let first = doc.sentences[si].first as u32;
    emit("bias".into(), first);
    let mut negated_or_conditional = false;
    let mut neg_until = 0usize;
    let mut mod_until = 0usize;
    let mut parties = Vec::new();
    for (i, u) in units.iter().enumerate() {
        let w = u.text.as_str();
        let prev = if i == 0 {
            "<s>"
        } else {
            units[i - 1].text.as_str()
        };
        emit(format!("u:{w}"), u.token);
        emit(format!("b:{prev}_{w}"), u.token);
        if i < neg_until {
            emit(format!("neg:{w}"), u.token);
        }
        if i < mod_until {
            emit(format!("mod:{w}"), u.token);
        }
        let raw = doc.tokens.norm(u.token as usize);
        if u.party.is_none() && k.cues.is_negation(raw) {
            neg_until = i + 4;
            negated_or_conditional = true;
        }
        if u.party.is_none() && is_modal(raw) {
            mod_until = i + 3;
        }
        if matches!(
            raw,
            "if" | "unless" | "deny" | "denied" | "denies" | "denying"
        ) {
            negated_or_conditional = true;
        }
        if let Some(m) = u.party {
            parties.push(m);
            if let Some(next) = units.get(i + 1) {
                emit(format!("pn:{}", next.text), next.token);
                if let Some(next2) = units.get(i + 2) {
                    emit(format!("pn2:{}_{}", next.text, next2.text), next.token);
                }
            }
            emit(format!("pp:{prev}"), u.token);
        }
    }
    emit(format!("np:{}", parties.len().min(3)), first);
    // Where the sentence stands in the story (a lead tells the news, later sentences
    // background and reaction) and whether it quotes.
    let body_before = doc.sentences[..si]
        .iter()
        .filter(|s| s.kind == SentenceKind::Body)
        .count();
    let pos = match body_before {
        0 => "0",
        1..=2 => "1-2",
        3..=5 => "3-5",
        _ => "6+",
    };
    emit(format!("pos:{pos}"), first);
    let s = doc.sentences[si];
    let quote = |t: usize| matches!(doc.token_text(t), "\"" | "\u{201c}" | "\u{201d}");
    if quote(s.first) {
        emit("q:open".into(), first);
    } else if (s.first..s.last).any(quote) {
        emit("q:has".into(), first);
    }
    feats.sort();
    feats.dedup_by_key(|f| f.bucket);
    SentenceFeatures {
        features: feats,
        parties,
        negated_or_conditional,
    }
}

/// Whether the backstop may read sentence `si` at all: a body sentence of a length the
/// coder analyses.
pub(crate) fn readable(doc: &Doc, si: usize) -> bool {
    let s = doc.sentences[si];
    s.kind == SentenceKind::Body && s.last - s.first <= crate::syntax::MAX_ANALYSED_TOKENS
}

/// The number of body sentences of the document (a headline alone is one).
fn body_sentences(doc: &Doc) -> usize {
    doc.sentences
        .iter()
        .filter(|s| s.kind == SentenceKind::Body)
        .count()
}

/// What the detector found in a sentence.
pub(crate) struct Detection {
    /// Index into [`CATEGORIES`].
    pub category: usize,
    pub score: i32,
    /// The offset applied (the story's or the short document's).
    pub offset: i32,
    pub features: SentenceFeatures,
}

/// The detection of sentence `si`, when the pipeline has a detector, the sentence is a
/// readable body sentence naming a party, with no negator, denial or condition, and a
/// category passes its threshold.
pub(crate) fn detect(k: &Knowledge, doc: &Doc, si: usize) -> Option<Detection> {
    let det = k.detector.as_deref()?;
    if det.story_offset == i32::MAX && det.short_offset == i32::MAX || !readable(doc, si) {
        return None;
    }
    let offset = det.offset_for(body_sentences(doc));
    if offset == i32::MAX {
        return None;
    }
    let s = doc.sentences[si];
    // Cheap test first: a party mention in the sentence.
    if !(s.first..s.last).any(|t| doc.mention_at[t] != NONE) {
        return None;
    }
    let features = sentence_features(k, doc, si, None);
    if features.parties.is_empty() || features.negated_or_conditional {
        return None;
    }
    let scores = det.scores(features.features.iter().map(|f| f.bucket));
    let category = det.detect_with_offset(&scores, offset)?;
    Some(Detection {
        category,
        score: scores[category],
        offset,
        features,
    })
}

/// The backstop (golden README: the detector is no pattern, so its events say so in their
/// rule): for a sentence where no pattern of the lexicon matched (the gate did not analyse
/// it; a sentence whose candidates the rules dropped is one they decided on), one event of
/// the detected category. The trigger is the word whose features weigh most for the category; the
/// parties are the coder's own slot readings of the verb it hangs on
/// (`events::backstop_parties`: the subject, or a passive's `by` agent, acts; the direct
/// object or a target preposition's party receives; the sayer accuses the subject of a
/// reported clause; where no verb's slots name a coded doer, the `by` party or the first
/// coded party). No coded party: no event. (Session 16's first
/// backstop took the first party and the first later party of another country: right on
/// neither party of any held-out event it added; the coder's recipient fallbacks,
/// `recipients::fill`, lowered golden dev per-story F1.) The rule names the score, the top
/// features and how the slots were filled.
pub(crate) fn backstop(k: &Knowledge, clause: &Clause, si: usize, events: &mut Vec<CodedEvent>) {
    let doc = clause.doc;
    let Some(det) = k.detector.as_deref() else {
        return;
    };
    let Some(d) = detect(k, doc, si) else {
        return;
    };
    // The trigger: the word outside the party mentions whose features weigh most for the
    // category.
    let c = d.category;
    let mut by_token: std::collections::BTreeMap<u32, i32> = std::collections::BTreeMap::new();
    for f in &d.features.features {
        if let Some(row) = det.row(f.bucket) {
            if doc.mention_at[f.token as usize] == NONE {
                *by_token.entry(f.token).or_default() += row[c] as i32;
            }
        }
    }
    let Some((&trigger, _)) = by_token
        .iter()
        .max_by_key(|(&t, &w)| (w, std::cmp::Reverse(t)))
    else {
        return;
    };
    let trigger = trigger as usize;
    // The parties: the coder's own slot readings of the verb the trigger hangs on.
    let Some(parties) =
        crate::events::backstop_parties(clause, trigger - clause.first, CATEGORIES[c])
    else {
        return;
    };
    let mut names = Vec::new();
    sentence_features(k, doc, si, Some(&mut names));
    names.sort_by_key(|(f, _)| f.bucket);
    names.dedup_by_key(|(f, _)| f.bucket);
    let mut top: Vec<(i32, &str)> = names
        .iter()
        .filter_map(|(f, n)| det.row(f.bucket).map(|r| (r[c] as i32, n.as_str())))
        .filter(|&(w, _)| w > 0)
        .collect();
    top.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(b.1)));
    let top: Vec<&str> = top.iter().take(5).map(|t| t.1).collect();
    let rule = format!(
        "classifier:{} (score {:.2} past threshold {:.2}; top features {}; {})",
        CATEGORIES[c],
        d.score as f32 / det.scale,
        (det.thresholds[c] as i64 + d.offset as i64) as f32 / det.scale,
        top.join(", "),
        parties.how
    );
    let mut ev = CodedEvent::at_word(
        trigger,
        si,
        det.codes[c].clone(),
        CATEGORIES[c].to_string(),
        rule,
    );
    ev.origin = crate::doc::EventOrigin::Classifier;
    ev.actor = Some(parties.actor);
    ev.recipient = parties.recipient;
    ev.verb_group = clause.verb_group_start(parties.head);
    events.push(ev);
    // No recipient in the slots: the coder's recipient fallbacks (the story's pair, the
    // reacted-to act's author, the state the story is about, ...), then the sentence's
    // nearest other party.
    let at = events.len() - 1;
    if events[at].recipient.is_none() {
        crate::recipients::fill(clause, events, at);
    }
    if events[at].recipient.is_none() {
        events[at].recipient = crate::events::backstop_other_party(clause, parties.actor);
    }
}

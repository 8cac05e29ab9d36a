//! The pipeline: knowledge compiled once, and the flat list of stages every document goes
//! through. Each stage is a `fn(&Knowledge, &mut Doc)` that reads the layers earlier
//! stages wrote and adds its own (see `ARCHITECTURE.md`).

use std::time::{Duration, Instant};

use chrono::NaiveDate;
use sitrep_record::{InputDocument, Record};
use sitrep_tagger::Tagger;

use crate::doc::{Doc, DropStage, Dropped};
use crate::knowledge::Knowledge;
use crate::{
    actors, assemble, events, keypoints, link, mentions, places, provenance, speakers, syntax, text,
};

/// A stage: reads the knowledge and the layers before it, adds its own layer to the `Doc`.
pub(crate) type Stage = fn(&Knowledge, &mut Doc);

/// The stages, in order. A stage never rewrites a layer an earlier stage wrote.
pub(crate) const PIPELINE: [(&str, Stage); 10] = [
    ("text", text::run),
    ("mentions", mentions::run),
    ("actors", actors::run),
    ("speakers", speakers::run),
    ("places", places::run),
    ("syntax", syntax::run),
    ("events", events::run),
    ("provenance", provenance::run),
    ("link", link::run),
    ("keypoints", keypoints::run),
];

/// The names of the pipeline stages, in order, and `assemble` (the record) last;
/// [`StageTimes`] is indexed by them.
pub const STAGES: [&str; PIPELINE.len() + 1] = [
    PIPELINE[0].0,
    PIPELINE[1].0,
    PIPELINE[2].0,
    PIPELINE[3].0,
    PIPELINE[4].0,
    PIPELINE[5].0,
    PIPELINE[6].0,
    PIPELINE[7].0,
    PIPELINE[8].0,
    PIPELINE[9].0,
    "assemble",
];

/// Time spent in each stage, accumulated over documents (nanoseconds).
#[derive(Debug, Clone, Default)]
pub struct StageTimes {
    pub nanos: [u64; STAGES.len()],
    pub documents: u64,
    pub sentences: u64,
    /// Sentences that passed the actor-and-trigger gate and were analysed.
    pub analysed_sentences: u64,
}

impl StageTimes {
    pub fn add(&mut self, other: &StageTimes) {
        for (a, b) in self.nanos.iter_mut().zip(other.nanos.iter()) {
            *a += b;
        }
        self.documents += other.documents;
        self.sentences += other.sentences;
        self.analysed_sentences += other.analysed_sentences;
    }
}

/// Built once (dictionaries parsed, automata compiled), then shared across threads.
pub struct Pipeline {
    pub(crate) knowledge: Knowledge,
    /// Documents longer than this (bytes of text) are refused with an error record.
    pub max_text_bytes: usize,
    /// An external event coder replacing the events stage's coding (see `external`).
    pub(crate) sentence_coder: Option<crate::external::CoderHandle>,
}

impl Default for Pipeline {
    fn default() -> Self {
        Self::new()
    }
}

/// Default size limit of one document's text: far above any news article.
pub const DEFAULT_MAX_TEXT_BYTES: usize = 8 * 1024 * 1024;

impl Pipeline {
    /// The built-in dictionaries only, compiled once per process and shared by every
    /// pipeline. The tagger loads on first use.
    pub fn new() -> Pipeline {
        Self::with_knowledge(Knowledge::builtin(), DEFAULT_MAX_TEXT_BYTES)
    }

    pub(crate) fn with_knowledge(knowledge: Knowledge, max_text_bytes: usize) -> Pipeline {
        Pipeline {
            knowledge,
            max_text_bytes,
            sentence_coder: None,
        }
    }

    /// Load everything that is otherwise loaded lazily (for startup measurements and for
    /// servers that want the first document to be fast).
    pub fn warm_up(&self) {
        let _ = Tagger::builtin();
        // The parser's table too (8 ms), or the first analysed sentence pays for it.
        let _ = sitrep_parser::Parser::builtin();
        let _ = self.knowledge.gazetteer.len();
    }

    /// Analyse one document. Never panics on any input text.
    pub fn process(&self, input: &InputDocument) -> Record {
        let mut times = StageTimes::default();
        self.process_timed(input, &mut times)
    }

    /// Analyse one document, adding the time of each stage to `times`.
    pub fn process_timed(&self, input: &InputDocument, times: &mut StageTimes) -> Record {
        self.analyse(input, times, None, None, None)
    }

    /// Analyse one document within a time budget, checked between stages (the
    /// pipeline's cancellation points). Past the budget the remaining stages are skipped
    /// and the record keeps what the stages run so far found (events only once their
    /// sources and links are known), with `meta.warning` naming the last stage run. The
    /// first stage always runs. `None`: no budget, as [`Pipeline::process_timed`].
    pub fn process_within(
        &self,
        input: &InputDocument,
        times: &mut StageTimes,
        budget: Option<Duration>,
    ) -> Record {
        self.analyse(input, times, None, None, budget)
    }

    /// How the engine read a document, sentence by sentence: kind, tags, mentions and the
    /// events coded with their rules. For people checking or extending the dictionaries.
    pub fn explain(&self, input: &InputDocument) -> String {
        let mut trace = String::new();
        let record = self.analyse(
            input,
            &mut StageTimes::default(),
            Some(&mut trace),
            None,
            None,
        );
        if let Some(e) = record.error {
            trace.push_str(&format!("error: {e}\n"));
        }
        trace
    }

    /// The candidate events of a document the engine did not code, in sentence order, each
    /// with the stage and rule that dropped it (pattern matches that gave no event, events
    /// a frame, the filter or dedupe removed, and events left out of the record). For tools
    /// that count where candidates are lost; the record is the one `process` returns.
    pub fn dropped(&self, input: &InputDocument) -> (Record, Vec<DroppedCandidate>) {
        let mut dropped = Vec::new();
        let record = self.analyse(
            input,
            &mut StageTimes::default(),
            None,
            Some(&mut dropped),
            None,
        );
        (record, dropped)
    }

    /// What the sentence-level category detector reads of each sentence of a document, with
    /// the categories the rules coded there: the input of its training recipe
    /// (`examples/train_detector.rs`). The detector's own events (rule `classifier:`) are
    /// not among the rules' categories.
    #[doc(hidden)]
    pub fn detector_sentences(&self, input: &InputDocument) -> Vec<DetectorSentence> {
        let published = input.published.as_deref().and_then(parse_published);
        let mut doc = Doc::new(&input.text, published);
        for (_, stage) in PIPELINE.iter() {
            stage(&self.knowledge, &mut doc);
        }
        (0..doc.sentences.len())
            .map(|si| {
                let s = doc.sentences[si];
                let f = crate::detector::sentence_features(&self.knowledge, &doc, si, None);
                let mut coded: Vec<String> = doc
                    .events
                    .iter()
                    .filter(|e| e.sentence == si && e.origin != crate::doc::EventOrigin::Classifier)
                    .map(|e| e.plover.clone())
                    .collect();
                coded.sort();
                coded.dedup();
                DetectorSentence {
                    start: s.start,
                    end: s.end,
                    readable: crate::detector::readable(&doc, si),
                    parties: f.parties.len(),
                    negated_or_conditional: f.negated_or_conditional,
                    buckets: f.features.iter().map(|f| f.bucket).collect(),
                    coded,
                }
            })
            .collect()
    }

    fn analyse(
        &self,
        input: &InputDocument,
        times: &mut StageTimes,
        trace: Option<&mut String>,
        dropped: Option<&mut Vec<DroppedCandidate>>,
        budget: Option<Duration>,
    ) -> Record {
        if input.text.len() > self.max_text_bytes {
            return Record::error(
                input.id.clone(),
                format!(
                    "document too large: {} bytes of text (limit {})",
                    input.text.len(),
                    self.max_text_bytes
                ),
            );
        }
        let published = input.published.as_deref().and_then(parse_published);
        let mut doc = Doc::new(&input.text, published);
        if trace.is_some() || dropped.is_some() {
            doc.dropped = Some(Vec::new());
        }
        let mut last = Instant::now();
        let deadline = budget.map(|b| last + b);
        let mut stages_run = 0;
        for (i, (name, stage)) in PIPELINE.iter().enumerate() {
            if i > 0 && deadline.is_some_and(|d| last > d) {
                break;
            }
            // An external coder codes the events: sitrep's events stage would only do
            // work that is thrown away (the later stages find no events to read).
            if !(*name == "events" && self.sentence_coder.is_some()) {
                stage(&self.knowledge, &mut doc);
            }
            stages_run += 1;
            let now = Instant::now();
            times.nanos[i] += (now - last).as_nanos() as u64;
            last = now;
        }
        if stages_run < PIPELINE.len() {
            drop_unfinished(&mut doc, stages_run);
        }
        let mut record = assemble::record(input, &doc, &self.knowledge);
        if stages_run < PIPELINE.len() {
            record.meta.insert(
                "warning".into(),
                format!(
                    "analysis stopped at its time budget after stage `{}`: the later stages \
                     ({}) did not run",
                    PIPELINE[stages_run - 1].0,
                    PIPELINE[stages_run..]
                        .iter()
                        .map(|(name, _)| *name)
                        .collect::<Vec<_>>()
                        .join(", ")
                )
                .into(),
            );
        }
        if let Some(coder) = &self.sentence_coder {
            record.events =
                crate::external::events(coder.0.as_ref(), &doc, self.knowledge.ontology);
        }
        times.nanos[PIPELINE.len()] += last.elapsed().as_nanos() as u64;
        times.documents += 1;
        times.sentences += doc.sentences.len() as u64;
        times.analysed_sentences += doc.analysed.iter().filter(|&&a| a).count() as u64;
        if let Some(t) = trace {
            crate::explain::document(t, &self.knowledge, &doc);
        }
        if let Some(list) = dropped {
            list.extend(dropped_candidates(&doc));
        }
        record
    }
}

/// One sentence as the detector reads it ([`Pipeline::detector_sentences`]).
#[doc(hidden)]
#[derive(Debug, Clone)]
pub struct DetectorSentence {
    /// Byte offsets of the sentence in the document text.
    pub start: usize,
    pub end: usize,
    /// A body sentence of a length the coder analyses.
    pub readable: bool,
    /// Party mentions in the sentence.
    pub parties: usize,
    /// A negator, a denial or a condition ("not", "denied", "if"): the backstop skips it.
    pub negated_or_conditional: bool,
    /// The feature buckets, sorted, one each.
    pub buckets: Vec<u32>,
    /// The PLOVER categories the rules coded in the sentence.
    pub coded: Vec<String>,
}

/// A candidate event the engine did not code, and why ([`Pipeline::dropped`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DroppedCandidate {
    /// Byte offsets of the sentence in the document text.
    pub sentence_start: usize,
    pub sentence_end: usize,
    pub trigger: String,
    /// The rule's source: "events.txt line 1368", or the words a frame made it from.
    pub source: String,
    pub cameo: String,
    pub plover: String,
    /// One of `no-event-from-slots`, `quotation`, `frame`, `filter`, `dedupe`, `record`,
    /// `untried` (a pattern the lexicon finds over the whole sentence that the coder never
    /// tried, for a category the sentence neither coded nor dropped: `events::never_tried`).
    pub stage: &'static str,
    pub reason: &'static str,
    /// The shape of the subject or agent phrase that named no party, for a candidate
    /// dropped for having no party as its doer (`Dropped::shape`).
    pub shape: Option<&'static str>,
    /// Where a trigger dropped for its tag stands: before it, after it, and the kind of
    /// line (`Dropped::position`).
    pub position: Option<[&'static str; 3]>,
}

/// The coder's dropped candidates of `doc`, with the events left out of the record.
fn dropped_candidates(doc: &Doc) -> Vec<DroppedCandidate> {
    let candidate = |d: &Dropped| {
        let s = doc.sentences[d.sentence];
        DroppedCandidate {
            sentence_start: s.start,
            sentence_end: s.end,
            trigger: doc.token_text(d.trigger).to_string(),
            source: d.source.clone(),
            cameo: d.cameo.clone(),
            plover: d.plover.clone(),
            stage: d.stage.as_str(),
            reason: d.reason,
            shape: d.shape,
            position: d.position,
        }
    };
    let mut list: Vec<DroppedCandidate> = doc.dropped.iter().flatten().map(candidate).collect();
    for (i, ev) in doc.events.iter().enumerate() {
        if let Some(why) = assemble::left_out_of_record(doc, i) {
            list.push(candidate(&Dropped::of_event(ev, DropStage::Record, why)));
        }
    }
    list
}

/// Makes the layers of a pipeline stopped after `stages_run` stages consistent for
/// `assemble`: events are kept only when their provenance and links were computed, and
/// figures without a provenance stage have none.
fn drop_unfinished(doc: &mut Doc, stages_run: usize) {
    let ran = |name: &str| PIPELINE[..stages_run].iter().any(|(n, _)| *n == name);
    if !ran("link") {
        doc.events.clear();
        doc.provenance.clear();
        doc.linked.clear();
    }
    if !ran("provenance") {
        doc.figure_provenance = vec![None; doc.quantities.len()];
    }
}

/// `2025-06-05`, `2025-06-05T10:00:00Z`, `2025-03-14 20:30:26Z`: the date part.
pub fn parse_published(p: &str) -> Option<NaiveDate> {
    let head: String = p.trim().chars().take(10).collect();
    NaiveDate::parse_from_str(&head, "%Y-%m-%d").ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(text: &str) -> InputDocument {
        InputDocument {
            id: "d".into(),
            text: text.into(),
            published: Some("2026-03-02".into()),
            ..Default::default()
        }
    }

    #[test]
    fn a_spent_budget_stops_between_stages_with_a_warning() {
        let p = Pipeline::new();
        let doc = input("Russia attacked Ukraine on Monday, killing 12 people.");
        let full = p.process(&doc);
        assert!(!full.events.is_empty());
        assert!(!full.meta.contains_key("warning"));
        // A generous budget changes nothing.
        let within = p.process_within(
            &doc,
            &mut StageTimes::default(),
            Some(Duration::from_secs(3600)),
        );
        assert_eq!(within, full);
        // A spent one runs the first stage only: no events, no error, a warning.
        let cut = p.process_within(&doc, &mut StageTimes::default(), Some(Duration::ZERO));
        assert!(cut.error.is_none());
        assert!(cut.events.is_empty() && cut.entities.is_empty());
        let warning = cut.meta["warning"].as_str().unwrap();
        assert!(warning.contains("after stage `text`"), "{warning}");
        assert_eq!(cut.text, full.text);
    }
}

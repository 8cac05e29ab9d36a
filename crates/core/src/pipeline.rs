//! The pipeline: builds the knowledge once, then runs the stages over each document.

use std::time::Instant;

use chrono::NaiveDate;
use sitrep_record::{InputDocument, Record};
use sitrep_tagger::Tagger;

use crate::builder::PipelineBuilder;
use crate::doc::Doc;
use crate::events::CodedEvent;
use crate::knowledge::Knowledge;
use crate::provenance::Provenance;
use crate::sentences::SentenceKind;
use crate::syntax::Clause;
use crate::{assemble, context, keypoints, recognize, sentences, text};

/// The names of the pipeline stages, in order; [`StageTimes`] is indexed by them.
pub const STAGES: [&str; 9] = [
    "text",
    "actors",
    "places",
    "mentions",
    "syntax",
    "events",
    "provenance",
    "context",
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

struct Clock {
    last: Instant,
}

impl Clock {
    fn lap(&mut self, times: &mut StageTimes, stage: usize) {
        let now = Instant::now();
        times.nanos[stage] += (now - self.last).as_nanos() as u64;
        self.last = now;
    }
}

/// Built once (dictionaries parsed, automata compiled), then shared across threads.
pub struct Pipeline {
    pub(crate) knowledge: Knowledge,
    /// Documents longer than this (bytes of text) are refused with an error record.
    pub max_text_bytes: usize,
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

    /// A builder for a pipeline with a user's dictionaries (see [`PipelineBuilder`]).
    pub fn builder() -> PipelineBuilder {
        PipelineBuilder::default()
    }

    pub(crate) fn with_knowledge(knowledge: Knowledge, max_text_bytes: usize) -> Pipeline {
        Pipeline {
            knowledge,
            max_text_bytes,
        }
    }

    /// Load everything that is otherwise loaded lazily (for startup measurements and for
    /// servers that want the first document to be fast).
    pub fn warm_up(&self) {
        let _ = Tagger::builtin();
        let _ = self.knowledge.gazetteer.len();
    }

    /// Analyse one document. Never panics on any input text.
    pub fn process(&self, input: &InputDocument) -> Record {
        let mut times = StageTimes::default();
        self.process_timed(input, &mut times)
    }

    /// Analyse one document, adding the time of each stage to `times`.
    pub fn process_timed(&self, input: &InputDocument, times: &mut StageTimes) -> Record {
        self.analyse(input, times, None)
    }

    /// How the engine read a document, sentence by sentence: kind, tags, mentions and the
    /// events coded with their rules. For people checking or extending the dictionaries.
    pub fn explain(&self, input: &InputDocument) -> String {
        let mut trace = String::new();
        let record = self.analyse(input, &mut StageTimes::default(), Some(&mut trace));
        if let Some(e) = record.error {
            trace.push_str(&format!("error: {e}\n"));
        }
        trace
    }

    fn analyse(
        &self,
        input: &InputDocument,
        times: &mut StageTimes,
        mut trace: Option<&mut String>,
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
        let mut clock = Clock {
            last: Instant::now(),
        };
        times.documents += 1;

        // text
        let tokens = text::tokenize(&input.text);
        let sentences = sentences::split(&input.text, &tokens);
        let mut sentence_of = vec![0u32; tokens.len()];
        for (i, s) in sentences.iter().enumerate() {
            for slot in &mut sentence_of[s.first..s.last] {
                *slot = i as u32;
            }
        }
        times.sentences += sentences.len() as u64;
        let mut doc = Doc {
            text: &input.text,
            published,
            tokens,
            sentences,
            sentence_of,
            entities: Vec::new(),
            mentions: Vec::new(),
            mention_at: Vec::new(),
            modifiers: Vec::new(),
            role_at: Vec::new(),
            places: Vec::new(),
        };
        clock.lap(times, 0);

        // actors
        recognize::recognize(&mut doc, &self.knowledge.actors);
        clock.lap(times, 1);

        // places
        context::find_places(&mut doc, self.knowledge.gazetteer);
        clock.lap(times, 2);

        // mentions: dates, quantities, quotes
        let dates = sitrep_dates::find_dates(doc.text, published);
        let quantities = sitrep_quantities::find_quantities(doc.text);
        let mut quotes = context::resolve_quotes(&doc, sitrep_quotes::find_quotes(doc.text));
        context::first_person_in_quotes(&mut doc, &mut quotes);
        clock.lap(times, 3);

        // syntax + events + provenance, sentence by sentence
        let mut events: Vec<CodedEvent> = Vec::new();
        let mut provenance: Vec<Provenance> = Vec::new();
        let tagger = Tagger::builtin();
        let mut raw: Vec<&str> = Vec::new();
        let mut tags = Vec::new();
        // Tags of the analysed sentences, kept for the figures' provenance below.
        let mut sentence_tags: Vec<Option<Vec<sitrep_tagger::Tag>>> =
            vec![None; doc.sentences.len()];
        let quote_spans: Vec<(usize, usize, Option<usize>)> = quotes
            .iter()
            .map(|q| (q.outer_start, q.outer_end, q.speaker_mention))
            .collect();
        let quote_context = crate::provenance::QuoteContext {
            quotes: &quote_spans,
        };
        for (si, tags_slot) in sentence_tags.iter_mut().enumerate() {
            let s = doc.sentences[si];
            if let Some(t) = trace.as_deref_mut() {
                crate::explain::sentence_header(t, &doc, si, self.is_candidate(&doc, si));
                crate::explain::places(t, &doc, si);
            }
            if s.kind != SentenceKind::Body || !self.is_candidate(&doc, si) {
                continue;
            }
            times.analysed_sentences += 1;
            raw.clear();
            raw.extend(s.tokens().map(|g| doc.token_text(g)));
            tagger.tag(&raw, &mut tags);
            let clause = Clause::new(
                &self.knowledge,
                &doc,
                s.first,
                s.last,
                std::mem::take(&mut tags),
            );
            clock.lap(times, 4);
            let first_new = events.len();
            crate::events::code_sentence(
                &clause,
                si,
                &self.knowledge.lexicon,
                self.knowledge.ontology,
                &mut events,
            );
            clock.lap(times, 5);
            for ev in &events[first_new..] {
                provenance.push(crate::provenance::attribute(
                    &clause,
                    ev,
                    &self.knowledge.cues,
                    &quote_context,
                ));
            }
            clock.lap(times, 6);
            if let Some(t) = trace.as_deref_mut() {
                crate::explain::sentence_body(t, &clause, &events[first_new..]);
            }
            *tags_slot = Some(clause.tags);
        }

        // provenance of the figures: "reports ... claim around 600 soldiers have died"
        let quantity_provenance = self.quantity_provenance(
            &doc,
            &quantities,
            &quote_context,
            tagger,
            &mut sentence_tags,
        );

        // context: dates, places, quantities linked to events; key points
        let linked = context::link(&doc, &events, &provenance, &dates, &quantities);
        let key_points = keypoints::select(&doc, &events, &provenance, self.knowledge.ontology);
        clock.lap(times, 7);

        let record = assemble::record(
            input,
            &doc,
            assemble::Layers {
                events: &events,
                provenance: &provenance,
                linked: &linked,
                dates: &dates,
                quantities: &quantities,
                quotes: &quotes,
                quantity_provenance: &quantity_provenance,
                key_points,
                ontology: self.knowledge.ontology,
            },
        );
        clock.lap(times, 8);
        record
    }

    /// Sources and modality of each quantity, read like those of an event whose trigger is
    /// the word that says what happened to the counted ("died", "injured") or the number.
    fn quantity_provenance(
        &self,
        doc: &Doc,
        quantities: &[sitrep_quantities::QuantityMatch],
        quotes: &crate::provenance::QuoteContext,
        tagger: &Tagger,
        sentence_tags: &mut [Option<Vec<sitrep_tagger::Tag>>],
    ) -> Vec<Option<Provenance>> {
        let mut out = Vec::with_capacity(quantities.len());
        let mut raw: Vec<&str> = Vec::new();
        for q in quantities {
            let at = q.cue.map(|c| c.0).unwrap_or(q.number_start);
            let t = doc
                .tokens
                .tokens
                .partition_point(|tok| (tok.end as usize) <= at);
            if t >= doc.tokens.len() {
                out.push(None);
                continue;
            }
            let si = doc.sentence_of[t] as usize;
            let s = doc.sentences[si];
            if s.kind == SentenceKind::Heading {
                out.push(None);
                continue;
            }
            // Only sentences that attribute or hedge something need the full reading;
            // the rest state their figures as fact.
            let words: Vec<&str> = s.tokens().map(|g| doc.norm(g)).collect();
            let attributed = (0..words.len()).any(|k| {
                let w = words[k];
                w == "according"
                    || w == "\""
                    || self.knowledge.cues.reporting_verb(w).is_some()
                    || self.knowledge.cues.hedge_at(&words, k).is_some()
            });
            if !attributed {
                out.push(None);
                continue;
            }
            let tags = match sentence_tags[si].take() {
                Some(t) => t,
                None => {
                    raw.clear();
                    raw.extend(s.tokens().map(|g| doc.token_text(g)));
                    tagger.tag_vec(&raw)
                }
            };
            let clause = Clause::new(&self.knowledge, doc, s.first, s.last, tags);
            let pseudo = CodedEvent::for_figure(si, t, clause.verb_group_start(t - s.first));
            out.push(Some(crate::provenance::attribute(
                &clause,
                &pseudo,
                &self.knowledge.cues,
                quotes,
            )));
            sentence_tags[si] = Some(clause.tags);
        }
        out
    }

    /// The gate: a sentence is analysed only when an actor and a trigger co-occur.
    ///
    /// Trigger words are common ("support", "talks", "attack"), so a head word alone lets
    /// most sentences through; a pattern whose particles and object keywords are also
    /// there (checked with hash lookups, no tagging) is a much tighter and still cheap test.
    fn is_candidate(&self, doc: &Doc, si: usize) -> bool {
        let s = doc.sentences[si];
        let lexicon = &self.knowledge.lexicon;
        let has_actor = s.tokens().any(|g| doc.mention_at[g] != crate::doc::NONE);
        if !has_actor || !s.tokens().any(|g| lexicon.is_head_word(doc.norm(g))) {
            return false;
        }
        let words: Vec<&str> = s.tokens().map(|g| doc.norm(g)).collect();
        let n = words.len();
        // The first satisfied pattern settles it; the region is the widest the coder
        // ever uses (`Clause::region_end`).
        (0..n).any(|i| {
            lexicon
                .patterns_for(words[i])
                .iter()
                .any(|&id| lexicon.match_at(id, &words, i, (i + 16).min(n)).is_some())
        })
    }
}

/// `2025-06-05`, `2025-06-05T10:00:00Z`, `2025-03-14 20:30:26Z`: the date part.
pub fn parse_published(p: &str) -> Option<NaiveDate> {
    let head: String = p.trim().chars().take(10).collect();
    NaiveDate::parse_from_str(&head, "%Y-%m-%d").ok()
}

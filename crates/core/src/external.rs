//! A hook for an event coder that brings its own knowledge: when a pipeline is built
//! with [`PipelineBuilder::sentence_coder`](crate::PipelineBuilder::sentence_coder), the
//! record's events come from that coder, sentence by sentence, instead of from sitrep's
//! events stage. `sitrep-tabari`'s TABARI-style pattern coder (PETRARCH dictionaries,
//! `--dictionary-format petrarch`) plugs in here. Everything else in the record (entities,
//! places, quotes, quantities, dates) comes from sitrep's stages as always.

use std::sync::Arc;

use chrono::NaiveDate;
use sitrep_lexicon::Ontology;
use sitrep_record::{Event, Modality, Party, SentenceRef, Trigger};

use crate::doc::{Doc, SentenceKind};
use crate::text::CharIndex;

/// One event found by an external coder. Spans are byte ranges in the sentence text
/// given to [`SentenceCoder::code_sentence`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CodedSentenceEvent {
    /// Actor codes as the coder writes them (`ARNGOV`, `---GOV`).
    pub source: String,
    pub target: String,
    /// CAMEO event code (or the dictionary's own code).
    pub code: String,
    pub trigger: (usize, usize),
    pub source_span: (usize, usize),
    pub target_span: (usize, usize),
    /// Why: the dictionary line that coded it.
    pub rule: String,
}

/// An event coder for single sentences, shared across threads.
pub trait SentenceCoder: Send + Sync {
    /// Codes one sentence; `published` resolves date-restricted actor codes.
    fn code_sentence(
        &self,
        sentence: &str,
        published: Option<NaiveDate>,
    ) -> Vec<CodedSentenceEvent>;
}

/// A shared handle (the builder is `Clone` and `Debug`).
#[derive(Clone)]
pub(crate) struct CoderHandle(pub Arc<dyn SentenceCoder>);

impl std::fmt::Debug for CoderHandle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SentenceCoder")
    }
}

/// A party from a code written actor + agents (`ARNGOV`: country ARN, sector GOV;
/// `---GOV`: no country).
fn party(text: &str, code: &str) -> Party {
    let (country, rest) = if code.len() >= 3 && code.is_char_boundary(3) {
        code.split_at(3)
    } else {
        (code, "")
    };
    Party {
        text: text.to_string(),
        entity: None,
        code: (country != "---").then(|| country.to_string()),
        sector: (rest.len() >= 3 && rest.is_char_boundary(3)).then(|| rest[..3].to_string()),
        org: None,
        cameo_actor: Some(code.to_string()),
    }
}

/// The events of a document's body sentences, coded by `coder`. A code outside the CAMEO
/// ontology takes the category of its longest CAMEO prefix (`1717` -> `171`); one with
/// none is left out (the record needs a PLOVER category).
pub(crate) fn events(coder: &dyn SentenceCoder, doc: &Doc, ontology: &Ontology) -> Vec<Event> {
    let chars = CharIndex::new(doc.text);
    let c = |b: usize| chars.chars(b);
    let published = doc.published.map(|d| d.format("%Y-%m-%d").to_string());
    let mut out = Vec::new();
    for (index, sent) in doc.sentences.iter().enumerate() {
        if sent.kind != SentenceKind::Body {
            continue;
        }
        let text = &doc.text[sent.start..sent.end];
        for ev in coder.code_sentence(text, doc.published) {
            let known = (1..=ev.code.len())
                .rev()
                .filter(|&n| ev.code.is_char_boundary(n))
                .find_map(|n| ontology.cameo(&ev.code[..n]).filter(|c| c.plover.is_some()));
            let Some(cameo) = known else {
                continue;
            };
            let plover = cameo.plover.clone().unwrap_or_default();
            let span = |(a, b): (usize, usize)| (sent.start + a, sent.start + b);
            let (ts, te) = span(ev.trigger);
            let (ss, se) = span(ev.source_span);
            let (rs, re) = span(ev.target_span);
            out.push(Event {
                id: format!("v{}", out.len() + 1),
                event: plover.clone(),
                mode: cameo.mode.clone(),
                context: cameo.context.clone(),
                cameo: ev.code.clone(),
                goldstein: Some(cameo.goldstein),
                quad: crate::assemble::quad_of(ontology, &plover),
                actor: Some(party(&doc.text[ss..se], &ev.source)),
                recipient: Some(party(&doc.text[rs..re], &ev.target)),
                trigger: Trigger {
                    text: doc.text[ts..te].to_string(),
                    start: c(ts),
                    end: c(te),
                },
                sentence: SentenceRef {
                    index,
                    start: c(sent.start),
                    end: c(sent.end),
                },
                date: published.clone(),
                date_precision: published.as_ref().map(|_| sitrep_record::Precision::Day),
                location: None,
                modality: Modality::Asserted,
                negated: false,
                sources: Vec::new(),
                quantities: Vec::new(),
                rule: ev.rule,
            });
        }
    }
    out
}

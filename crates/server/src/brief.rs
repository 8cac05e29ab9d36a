//! Briefs: "What you should know" about a dyad over a period, from many articles.
//!
//! A brief is built from the store only, deterministically: the dyad's events (most
//! reported first, at most [`BriefRequest::max_items`] of each kind), each with the sentence
//! it was coded from, the articles that mention it and who reports it. Events are kept in
//! three groups by how their sources present them, so a claim never reads as a fact:
//!
//! * **developments**: some mention states or reports the event as having happened
//!   (modality `asserted` or `reported`, not negated);
//! * **claims**: every mention attributes it to someone who claims, alleges or believes
//!   it; the brief says who;
//! * **not happened**: denied, negated, intended or hypothetical ("threatened to", "did
//!   not fire").
//!
//! Figures (casualties, munitions, money...) are the quantities the engine linked to those
//! events, each with the article it is in and who gives it.

use std::collections::BTreeMap;

use serde::Serialize;
use sitrep_store::{DocumentDetail, EventDetail, EventFilter, Sort, Store};

use crate::filters::{check_date, parse_dyad, Params};
use crate::ApiError;

/// What to brief on.
#[derive(Debug, Clone)]
pub struct BriefRequest {
    pub dyad: (String, String),
    pub since: Option<String>,
    pub until: Option<String>,
    /// Most events listed in each group.
    pub max_items: usize,
}

impl BriefRequest {
    pub fn from_params(p: &Params) -> Result<BriefRequest, ApiError> {
        let dyad = parse_dyad(
            p.get("dyad")
                .ok_or_else(|| ApiError::bad_request("dyad (two actors, A,B) is required"))?,
        )?;
        let since = p.get("since").map(|d| check_date("since", d)).transpose()?;
        let until = p.get("until").map(|d| check_date("until", d)).transpose()?;
        Ok(BriefRequest {
            dyad,
            since,
            until,
            max_items: 12,
        })
    }
}

/// One event as a brief tells it.
#[derive(Debug, Clone, Serialize)]
pub struct BriefItem {
    pub event: String,
    pub date: Option<String>,
    pub category: String,
    pub cameo: String,
    pub goldstein: Option<f64>,
    pub actor: Option<String>,
    pub recipient: Option<String>,
    /// The sentence of the earliest mention.
    pub evidence: String,
    /// How the earliest mention presents it.
    pub modality: String,
    pub negated: bool,
    /// Who reports it, over all mentions, first seen first.
    pub sources: Vec<String>,
    /// Documents mentioning it.
    pub articles: Vec<String>,
    pub mentions: usize,
}

/// A figure linked to an event of the brief.
#[derive(Debug, Clone, Serialize)]
pub struct Figure {
    pub text: String,
    pub kind: String,
    pub value: Option<f64>,
    pub event: String,
    pub document: String,
    pub published: Option<String>,
    /// Who gives the figure: the event's reported sources, else the outlet.
    pub according_to: Vec<String>,
    pub modality: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct ArticleRef {
    pub id: String,
    pub title: Option<String>,
    pub published: Option<String>,
    pub url: Option<String>,
    pub source: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Brief {
    pub dyad: (String, String),
    pub since: Option<String>,
    pub until: Option<String>,
    /// Events of the dyad in the period (all of them, not only those listed).
    pub events_total: u64,
    /// In date order (undated last).
    pub developments: Vec<BriefItem>,
    pub claims: Vec<BriefItem>,
    pub not_happened: Vec<BriefItem>,
    pub figures: Vec<Figure>,
    pub articles: Vec<ArticleRef>,
}

/// How many of the dyad's most reported events are read in detail.
const CANDIDATES: usize = 60;

enum Group {
    Development,
    Claim,
    NotHappened,
}

fn group_of(e: &EventDetail) -> Group {
    let happened = |m: &sitrep_store::DocumentMention| {
        !m.mention.negated && matches!(m.mention.modality.as_str(), "asserted" | "reported")
    };
    let claimed = |m: &sitrep_store::DocumentMention| {
        !m.mention.negated
            && matches!(
                m.mention.modality.as_str(),
                "claimed" | "alleged" | "believed"
            )
    };
    if e.mentions.iter().any(happened) {
        Group::Development
    } else if e.mentions.iter().any(claimed) {
        Group::Claim
    } else {
        Group::NotHappened
    }
}

fn item(e: &EventDetail) -> BriefItem {
    let mut sources: Vec<String> = Vec::new();
    let mut articles: Vec<String> = Vec::new();
    for m in &e.mentions {
        for s in &m.sources {
            if !sources.contains(s) {
                sources.push(s.clone());
            }
        }
        if !articles.contains(&m.mention.document) {
            articles.push(m.mention.document.clone());
        }
    }
    let first = e.mentions.first();
    let ev = &e.event;
    BriefItem {
        event: ev.id.clone(),
        date: ev.date.clone(),
        category: ev.category.clone(),
        cameo: ev.cameo.clone(),
        goldstein: ev.goldstein,
        actor: ev.actor_name.clone().or_else(|| ev.actor_code.clone()),
        recipient: ev
            .recipient_name
            .clone()
            .or_else(|| ev.recipient_code.clone()),
        evidence: first
            .map(|m| m.mention.evidence.clone())
            .or_else(|| ev.evidence.clone())
            .unwrap_or_default(),
        modality: first
            .map(|m| m.mention.modality.clone())
            .unwrap_or_else(|| "asserted".into()),
        negated: first.is_some_and(|m| m.mention.negated),
        sources,
        articles,
        mentions: e.mentions.len(),
    }
}

/// Dated items first, in date order; ties by id (deterministic).
fn by_date(items: &mut [BriefItem]) {
    items.sort_by(|a, b| {
        (a.date.is_none(), &a.date, &a.event).cmp(&(b.date.is_none(), &b.date, &b.event))
    });
}

/// Build the brief from the store.
pub fn build(store: &dyn Store, req: &BriefRequest) -> sitrep_store::Result<Brief> {
    let filter = EventFilter {
        dyad: Some(req.dyad.clone()),
        date_from: req.since.clone(),
        date_to: req.until.clone(),
        ..EventFilter::default()
    };
    let events_total = store.count_events(&filter)?;
    let top = store.events(&EventFilter {
        sort: Sort::Mentions,
        limit: Some(CANDIDATES),
        ..filter
    })?;
    let (mut developments, mut claims, mut not_happened) = (Vec::new(), Vec::new(), Vec::new());
    let mut details = Vec::new();
    for row in top {
        let Some(detail) = store.event(&row.id)? else {
            continue;
        };
        let list = match group_of(&detail) {
            Group::Development => &mut developments,
            Group::Claim => &mut claims,
            Group::NotHappened => &mut not_happened,
        };
        if list.len() < req.max_items {
            list.push(item(&detail));
            details.push(detail);
        }
    }
    for list in [&mut developments, &mut claims, &mut not_happened] {
        by_date(list);
    }

    // Figures and articles: read each mentioning document once.
    let mut docs: BTreeMap<String, Option<DocumentDetail>> = BTreeMap::new();
    let mut figures = Vec::new();
    for detail in &details {
        for m in &detail.mentions {
            let doc_id = &m.mention.document;
            if !docs.contains_key(doc_id) {
                docs.insert(doc_id.clone(), store.document(doc_id)?);
            }
            let Some(Some(doc)) = docs.get(doc_id) else {
                continue;
            };
            for q in doc
                .quantities
                .iter()
                .filter(|q| q.events.contains(&m.mention.id))
            {
                let according_to = if m.sources.is_empty() {
                    doc.source.iter().cloned().collect()
                } else {
                    m.sources.clone()
                };
                figures.push(Figure {
                    text: q.text.clone(),
                    kind: q.kind.clone(),
                    value: q.value,
                    event: detail.event.id.clone(),
                    document: doc.id.clone(),
                    published: doc.published.clone(),
                    according_to,
                    modality: m.mention.modality.clone(),
                });
            }
        }
    }
    figures.sort_by(|a, b| {
        (&a.published, &a.document, &a.text).cmp(&(&b.published, &b.document, &b.text))
    });
    figures.dedup_by(|a, b| a.document == b.document && a.text == b.text && a.event == b.event);
    let articles = docs
        .into_values()
        .flatten()
        .map(|d| ArticleRef {
            id: d.id,
            title: d.title,
            published: d.published,
            url: d.url,
            source: d.source,
        })
        .collect();
    Ok(Brief {
        dyad: req.dyad.clone(),
        since: req.since.clone(),
        until: req.until.clone(),
        events_total,
        developments,
        claims,
        not_happened,
        figures,
        articles,
    })
}

fn party(p: &Option<String>) -> &str {
    p.as_deref().unwrap_or("(unknown)")
}

impl Brief {
    pub fn title(&self) -> String {
        let mut t = format!(
            "What you should know: {} and {}",
            self.dyad.0.to_uppercase(),
            self.dyad.1.to_uppercase()
        );
        match (&self.since, &self.until) {
            (Some(s), Some(u)) => t.push_str(&format!(", {s} to {u}")),
            (Some(s), None) => t.push_str(&format!(", since {s}")),
            (None, Some(u)) => t.push_str(&format!(", until {u}")),
            (None, None) => {}
        }
        t
    }

    /// The brief as Markdown; every line names the event id and the articles behind it.
    pub fn to_markdown(&self) -> String {
        let mut out = format!("# {}\n\n", self.title());
        out.push_str(&format!(
            "{} events between them in the store; the most reported are below. Each line \
             gives the sentence it was coded from, who reports it, the articles and the \
             event id (`sitrep query` and the dashboard's /event/ID show the rest).\n\n",
            self.events_total
        ));
        let section = |out: &mut String, heading: &str, note: &str, items: &[BriefItem]| {
            out.push_str(&format!("## {heading}\n\n"));
            if items.is_empty() {
                out.push_str("None in the store.\n\n");
                return;
            }
            if !note.is_empty() {
                out.push_str(&format!("{note}\n\n"));
            }
            for (i, it) in items.iter().enumerate() {
                let according = if it.sources.is_empty() {
                    String::new()
                } else {
                    format!(" According to {}.", it.sources.join(", "))
                };
                out.push_str(&format!(
                    "{}. **{}**: {} → {}, {} (CAMEO {}, {}{}). \"{}\"{} Articles: {}; \
                     event `{}`.\n",
                    i + 1,
                    it.date.as_deref().unwrap_or("undated"),
                    party(&it.actor),
                    party(&it.recipient),
                    it.category,
                    it.cameo,
                    it.modality,
                    if it.negated { ", negated" } else { "" },
                    it.evidence.trim(),
                    according,
                    it.articles.join(", "),
                    it.event
                ));
            }
            out.push('\n');
        };
        section(&mut out, "Main developments", "", &self.developments);
        section(
            &mut out,
            "Claims (not confirmed)",
            "Reported only as someone's claim, allegation or belief; the source is named.",
            &self.claims,
        );
        section(
            &mut out,
            "Denied, intended or hypothetical",
            "Threats, plans, denials and events the text says did not happen.",
            &self.not_happened,
        );
        out.push_str("## Figures\n\n");
        if self.figures.is_empty() {
            out.push_str("No figures linked to these events.\n\n");
        } else {
            for f in &self.figures {
                out.push_str(&format!(
                    "- \"{}\" ({}), {}, according to {}; {} ({}), event `{}`\n",
                    f.text,
                    f.kind,
                    f.modality,
                    if f.according_to.is_empty() {
                        "the article".to_string()
                    } else {
                        f.according_to.join(", ")
                    },
                    f.document,
                    f.published.as_deref().unwrap_or("undated"),
                    f.event
                ));
            }
            out.push('\n');
        }
        out.push_str("## Articles\n\n");
        for a in &self.articles {
            out.push_str(&format!(
                "- `{}`: {} ({}{}){}\n",
                a.id,
                a.title.as_deref().unwrap_or("(untitled)"),
                a.published.as_deref().unwrap_or("undated"),
                a.source
                    .as_deref()
                    .map(|s| format!(", {s}"))
                    .unwrap_or_default(),
                a.url
                    .as_deref()
                    .map(|u| format!(" <{u}>"))
                    .unwrap_or_default()
            ));
        }
        out
    }
}

//! The dashboard: server-rendered pages (maud), SVG charts ([`crate::svg`]), one small
//! stylesheet and one small script, both embedded in the binary.
//!
//! Click-through: every chart mark links to the event list behind it (`/events?...`),
//! every event to its page (`/event/ID`), every mention there to the sentence in its
//! article (`/article/DOC#m-MENTION`), where every extracted item is highlighted.

use std::collections::{BTreeMap, BTreeSet};

use axum::extract::{Path, RawQuery, State};
use axum::http::{header, Uri};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use chrono::{Datelike, Duration as Days, NaiveDate};
use maud::{html, Markup, PreEscaped, DOCTYPE};
use sitrep_store::{
    DocumentDetail, DocumentQuery, EventFilter, EventRow, GroupKey, GroupRow, Period, Sort,
};

use crate::filters::{self, Params, FILTER_PARAMS};
use crate::svg::{self, Column, QUAD_NAMES};
use crate::{url_encode, ApiError, SharedState};

const CSS: &str = include_str!("assets/app.css");
const JS: &str = include_str!("assets/app.js");

/// Every page route (the end-to-end test opens each).
pub const PAGES: &[&str] = &[
    "/",
    "/events",
    "/event/{id}",
    "/article/{id}",
    "/dyad/{a}/{b}",
    "/actor/{code}",
    "/network",
    "/search",
    "/brief",
];

pub fn routes() -> Router<SharedState> {
    Router::new()
        .route("/", get(overview))
        .route("/events", get(events))
        .route("/event/{id}", get(event))
        .route("/article/{id}", get(article))
        .route("/dyad/{a}/{b}", get(dyad))
        .route("/actor/{code}", get(actor))
        .route("/network", get(network))
        .route("/search", get(search))
        .route("/brief", get(brief))
        .route("/assets/app.css", get(css))
        .route("/assets/app.js", get(js))
}

/// An error shown as a page (the API's errors are JSON).
pub struct PageError(ApiError);

impl From<ApiError> for PageError {
    fn from(e: ApiError) -> PageError {
        PageError(e)
    }
}

impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        let title = self.0.status.canonical_reason().unwrap_or("Error");
        let page = layout(
            title,
            html! {
                h1 { (self.0.status.as_u16()) " " (title) }
                p.error { (self.0.message) }
                p { a href="/" { "Back to the overview" } }
            },
        );
        (self.0.status, page).into_response()
    }
}

type Page = Result<Html<String>, PageError>;

/// Unknown routes: JSON under `/api/`, a page elsewhere.
pub async fn not_found(uri: Uri) -> Response {
    let e = ApiError::not_found(format!("no such route: {}", uri.path()));
    if uri.path().starts_with("/api/") {
        e.into_response()
    } else {
        PageError(e).into_response()
    }
}

async fn css() -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "max-age=3600"),
        ],
        CSS,
    )
        .into_response()
}

async fn js() -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (header::CACHE_CONTROL, "max-age=3600"),
        ],
        JS,
    )
        .into_response()
}

fn layout(title: &str, body: Markup) -> Html<String> {
    Html(html! {
        (DOCTYPE)
        html lang="en" {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) " · sitrep" }
                link rel="stylesheet" href="/assets/app.css";
            }
            body {
                header.top {
                    a.brand href="/" { "sitrep" }
                    nav {
                        a href="/" { "Overview" }
                        a href="/events" { "Events" }
                        a href="/network" { "Network" }
                        a href="/search" { "Search" }
                        a href="/brief" { "Briefs" }
                    }
                    form.searchbox action="/search" method="get" {
                        input type="search" name="q" placeholder="Search articles" aria-label="Search";
                    }
                }
                main { (body) }
                div #tip hidden {}
                script src="/assets/app.js" {}
            }
        }
    }
    .into_string())
}

// --- helpers ---------------------------------------------------------------------------

/// A stored URL fit for a link: http(s) only, so a `javascript:` URL in an ingested
/// article can never run in the dashboard.
fn web_url(url: &Option<String>) -> Option<&str> {
    url.as_deref().filter(|u| {
        let l = u.trim_start().to_ascii_lowercase();
        l.starts_with("http://") || l.starts_with("https://")
    })
}

fn party(name: &Option<String>, code: &Option<String>) -> Markup {
    let label = name
        .clone()
        .or_else(|| code.clone())
        .unwrap_or_else(|| "?".into());
    html! {
        @if let Some(c) = code.as_deref().filter(|c| !c.is_empty()) {
            a.party href=(format!("/actor/{}", url_encode(c))) title=(c) { (label) }
        } @else {
            span.party { (label) }
        }
    }
}

fn quad_badge(q: u8) -> Markup {
    let q = q.clamp(1, 4);
    html! { span class=(format!("quad q{q}")) title=(QUAD_NAMES[q as usize - 1]) { (QUAD_NAMES[q as usize - 1]) } }
}

/// How the sources present an event: a fact, a claim, or something that did not happen.
fn presentation(modality: Option<&str>, negated: bool) -> &'static str {
    match (modality.unwrap_or("asserted"), negated) {
        (_, true) | ("denied" | "intended" | "hypothetical", _) => "not-happened",
        ("claimed" | "alleged" | "believed", _) => "claim",
        _ => "fact",
    }
}

fn modality_badge(modality: Option<&str>, negated: bool) -> Markup {
    let m = modality.unwrap_or("asserted");
    html! {
        span class=(format!("modality {}", presentation(modality, negated))) {
            (m) @if negated { ", negated" }
        }
    }
}

fn events_table(rows: &[EventRow]) -> Markup {
    html! {
        @if rows.is_empty() {
            p.empty { "No events." }
        } @else {
            table.events {
                thead { tr { th { "date" } th { "actor" } th { "event" } th { "recipient" }
                    th { "how told" } th { "sources" } th { "mentions" } th { "sentence" } } }
                tbody {
                    @for e in rows {
                        tr class=(presentation(e.modality.as_deref(), e.negated)) {
                            td.nowrap { (e.date.as_deref().unwrap_or("undated")) }
                            td { (party(&e.actor_name, &e.actor_code)) }
                            td {
                                a.event-link href=(format!("/event/{}", url_encode(&e.id))) {
                                    (e.category) " " span.cameo { (e.cameo) }
                                }
                                " " (quad_badge(e.quad))
                            }
                            td { (party(&e.recipient_name, &e.recipient_code)) }
                            td { (modality_badge(e.modality.as_deref(), e.negated)) }
                            td { (e.sources.join(", ")) }
                            td.num { (e.num_mentions) }
                            td.evidence { (truncate(e.evidence.as_deref().unwrap_or(""), 180)) }
                        }
                    }
                }
            }
        }
    }
}

fn truncate(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(n).collect();
        t.push('…');
        t
    }
}

fn group_table(rows: &[GroupRow], link: impl Fn(&str) -> Option<String>, what: &str) -> Markup {
    html! {
        table.groups {
            thead { tr { th { (what) } th { "events" } th { "mentions" } th { "Goldstein" } } }
            tbody {
                @for g in rows {
                    tr {
                        td { @if let Some(href) = link(&g.group) { a href=(href) { (g.group) } } @else { (g.group) } }
                        td.num { (g.events) }
                        td.num { (g.mentions) }
                        td.num { (format!("{:.1}", g.goldstein_total)) }
                    }
                }
            }
        }
    }
}

fn dyad_link(group: &str) -> Option<String> {
    let (a, b) = group.split_once('>')?;
    (a != "?" && b != "?" && !a.is_empty() && !b.is_empty())
        .then(|| format!("/dyad/{}/{}", url_encode(a), url_encode(b)))
}

/// The query string of a filter (for links that narrow it).
fn filter_query(p: &Params) -> Vec<(String, String)> {
    p.0.iter()
        .filter(|(k, v)| FILTER_PARAMS.contains(&k.as_str()) && !v.is_empty())
        .filter(|(k, _)| !matches!(k.as_str(), "from" | "to" | "quad"))
        .cloned()
        .collect()
}

fn query_string(pairs: &[(String, String)]) -> String {
    pairs
        .iter()
        .map(|(k, v)| format!("{}={}", url_encode(k), url_encode(v)))
        .collect::<Vec<_>>()
        .join("&")
}

/// The first and last day a period label covers.
fn period_bounds(period: Period, label: &str) -> Option<(NaiveDate, NaiveDate)> {
    match period {
        Period::Day => {
            let d = NaiveDate::parse_from_str(label, "%Y-%m-%d").ok()?;
            Some((d, d))
        }
        Period::Week => {
            let d = NaiveDate::parse_from_str(label, "%Y-%m-%d").ok()?;
            Some((d, d + Days::days(6)))
        }
        Period::Month => {
            let d = NaiveDate::parse_from_str(&format!("{label}-01"), "%Y-%m-%d").ok()?;
            let next = if d.month() == 12 {
                NaiveDate::from_ymd_opt(d.year() + 1, 1, 1)?
            } else {
                NaiveDate::from_ymd_opt(d.year(), d.month() + 1, 1)?
            };
            Some((d, next - Days::days(1)))
        }
        Period::Year => {
            let y: i32 = label.parse().ok()?;
            Some((
                NaiveDate::from_ymd_opt(y, 1, 1)?,
                NaiveDate::from_ymd_opt(y, 12, 31)?,
            ))
        }
    }
}

/// The label of the period after `label`.
fn next_label(period: Period, label: &str) -> Option<String> {
    let (_, last) = period_bounds(period, label)?;
    let next = last + Days::days(1);
    Some(match period {
        Period::Day | Period::Week => next.format("%Y-%m-%d").to_string(),
        Period::Month => next.format("%Y-%m").to_string(),
        Period::Year => next.format("%Y").to_string(),
    })
}

/// Columns for every period from the first to the last with data (empty periods too, so
/// the time axis is even), each quad segment linking to its events. `series` maps a
/// period label to one value per quad class.
fn columns(
    series: &BTreeMap<String, [f64; 4]>,
    period: Period,
    base_query: &[(String, String)],
) -> Vec<Column> {
    let (Some(first), Some(last)) = (
        series.keys().next().cloned(),
        series.keys().next_back().cloned(),
    ) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut label = first;
    // At most ten years of days: the loop is bounded whatever the data.
    for _ in 0..4000 {
        let values = series.get(&label).copied().unwrap_or_default();
        let links: [String; 4] = std::array::from_fn(|q| {
            let mut pairs = base_query.to_vec();
            if let Some((from, to)) = period_bounds(period, &label) {
                pairs.push(("from".into(), from.to_string()));
                pairs.push(("to".into(), to.to_string()));
            }
            pairs.push(("quad".into(), (q + 1).to_string()));
            format!("/events?{}", query_string(&pairs))
        });
        out.push(Column {
            label: label.clone(),
            values,
            links,
        });
        if label >= last {
            break;
        }
        match next_label(period, &label) {
            Some(n) => label = n,
            None => break,
        }
    }
    out
}

/// The first day a `YYYY[-MM[-DD]]` date covers.
fn first_day(date: &str) -> Option<NaiveDate> {
    match date.len() {
        4 => NaiveDate::from_ymd_opt(date.parse().ok()?, 1, 1),
        7 => NaiveDate::parse_from_str(&format!("{date}-01"), "%Y-%m-%d").ok(),
        _ => NaiveDate::parse_from_str(date.get(..10)?, "%Y-%m-%d").ok(),
    }
}

/// Event counts per period and quad class, at a period chosen from the span of the data.
/// The span comes from the oldest and newest dated events (two walks of the date index
/// that stop at the first row), so the events are aggregated in one scan.
fn quad_counts(
    s: &dyn sitrep_store::Store,
    filter: &EventFilter,
) -> sitrep_store::Result<(Period, BTreeMap<String, [f64; 4]>)> {
    let end = |sort| -> sitrep_store::Result<Option<NaiveDate>> {
        let dated = EventFilter {
            // Any date: leaves out undated events, which sort first.
            date_from: filter.date_from.clone().or_else(|| Some("0001".into())),
            limit: Some(1),
            sort,
            ..filter.clone()
        };
        Ok(s.events(&dated)?
            .first()
            .and_then(|e| e.date.as_deref().and_then(first_day)))
    };
    let period = match (end(Sort::Oldest)?, end(Sort::Newest)?) {
        (Some(a), Some(b)) if (b - a).num_days() <= 92 => Period::Day,
        (Some(a), Some(b)) if (b - a).num_days() <= 730 => Period::Week,
        _ => Period::Month,
    };
    let series = s
        .aggregate(filter, period)?
        .iter()
        .map(|r| {
            (
                r.period.clone(),
                [
                    r.verbal_cooperation as f64,
                    r.material_cooperation as f64,
                    r.verbal_conflict as f64,
                    r.material_conflict as f64,
                ],
            )
        })
        .collect();
    Ok((period, series))
}

/// The label of the period holding a `YYYY[-MM[-DD]]` date, when the date is precise
/// enough for it.
fn label_of(period: Period, date: &str) -> Option<String> {
    match period {
        Period::Day => (date.len() >= 10).then(|| date[..10].to_string()),
        Period::Week => {
            let d = NaiveDate::parse_from_str(date.get(..10)?, "%Y-%m-%d").ok()?;
            let monday = d - Days::days(d.weekday().num_days_from_monday() as i64);
            Some(monday.format("%Y-%m-%d").to_string())
        }
        Period::Month => (date.len() >= 7).then(|| date[..7].to_string()),
        Period::Year => (date.len() >= 4).then(|| date[..4].to_string()),
    }
}

/// Goldstein score times mentions per period and quad class, from a list of events (one
/// scan of the store instead of one aggregate per quad class).
fn goldstein_series(rows: &[EventRow]) -> (Period, BTreeMap<String, [f64; 4]>) {
    let days: Vec<&str> = rows
        .iter()
        .filter_map(|e| e.date.as_deref().filter(|d| d.len() >= 10))
        .collect();
    let first = days
        .iter()
        .min()
        .and_then(|d| period_bounds(Period::Day, &d[..10]));
    let last = days
        .iter()
        .max()
        .and_then(|d| period_bounds(Period::Day, &d[..10]));
    let period = match (first, last) {
        (Some((a, _)), Some((b, _))) if (b - a).num_days() <= 92 => Period::Day,
        (Some((a, _)), Some((b, _))) if (b - a).num_days() <= 730 => Period::Week,
        _ => Period::Month,
    };
    let mut series: BTreeMap<String, [f64; 4]> = BTreeMap::new();
    for e in rows {
        let (Some(date), Some(g)) = (e.date.as_deref(), e.goldstein) else {
            continue;
        };
        if let Some(label) = label_of(period, date) {
            let q = e.quad.clamp(1, 4) as usize - 1;
            series.entry(label).or_default()[q] += (g * e.num_mentions as f64).abs();
        }
    }
    (period, series)
}

/// Most events of a dyad read for its chart (the latest, when there are more).
const DYAD_CHART_EVENTS: usize = 20_000;

fn legend() -> Markup {
    html! {
        p.legend {
            @for (q, name) in QUAD_NAMES.iter().enumerate() {
                span class=(format!("swatch q{}", q + 1)) {} (name) " "
            }
        }
    }
}

// --- pages -------------------------------------------------------------------------------

async fn overview(State(state): State<SharedState>, RawQuery(q): RawQuery) -> Page {
    let p = Params::parse(q.as_deref());
    p.check(FILTER_PARAMS)?;
    let filter = filters::event_filter(&p)?;
    let base = filter_query(&p);
    let (stats, (period, by_quad), dyads, actors, docs) = state
        .stores
        .run(state.limits.query_timeout, move |s| {
            let top = EventFilter {
                limit: Some(10),
                ..filter.clone()
            };
            Ok((
                s.stats()?,
                quad_counts(s, &filter)?,
                s.group_by(&top, GroupKey::Dyad)?,
                s.group_by(&top, GroupKey::Actor)?,
                s.documents(&DocumentQuery {
                    limit: 8,
                    after: None,
                })?,
            ))
        })
        .await?;
    let cols = columns(&by_quad, period, &base);
    let period_name = format!("{period:?}").to_lowercase();
    Ok(layout(
        "Overview",
        html! {
            h1 { "Overview" }
            p.stats {
                (stats.documents) " articles · " (stats.events) " events · "
                (stats.mentions) " event mentions · " (stats.quotes) " quotes"
            }
            section {
                h2 { "Events per " (period_name) " by quad class" }
                p.hint { "Click a bar to see its events." }
                @if cols.is_empty() { p.empty { "No dated events yet: run `sitrep ingest` first." } }
                @else { (svg::stacked_bars(&cols, 260.0, "events")) (legend()) }
            }
            div.columns {
                section {
                    h2 { "Top dyads" }
                    (group_table(&dyads, dyad_link, "actor > recipient"))
                }
                section {
                    h2 { "Top actors" }
                    (group_table(&actors, |g| (!g.is_empty()).then(|| format!("/actor/{}", url_encode(g))), "actor"))
                }
            }
            section {
                h2 { "Latest key points" }
                @for d in &docs {
                    article.keypoints {
                        h3 {
                            a href=(format!("/article/{}", url_encode(&d.id))) {
                                (d.title.as_deref().unwrap_or(&d.id))
                            }
                            " " span.meta { (d.published.as_deref().unwrap_or("undated"))
                                @if let Some(s) = &d.source { " · " (s) } }
                        }
                        ul { @for k in &d.key_points { li { (k) } } }
                    }
                }
            }
        },
    ))
}

async fn events(State(state): State<SharedState>, RawQuery(q): RawQuery) -> Page {
    let p = Params::parse(q.as_deref());
    let allowed: Vec<&str> = FILTER_PARAMS
        .iter()
        .copied()
        .chain(["cursor", "sort", "limit"])
        .collect();
    p.check(&allowed)?;
    let limit = filters::limit(&p, 100, state.limits.max_page)?;
    let offset = filters::offset_cursor(&p)?;
    let filter = EventFilter {
        limit: Some(limit),
        offset: Some(offset),
        sort: filters::sort(&p)?,
        ..filters::event_filter(&p)?
    };
    let (rows, total) = state
        .stores
        .run(state.limits.query_timeout, move |s| {
            Ok((s.events(&filter)?, s.count_events(&filter)?))
        })
        .await?;
    let described: Vec<String> =
        p.0.iter()
            .filter(|(k, v)| FILTER_PARAMS.contains(&k.as_str()) && !v.is_empty())
            .map(|(k, v)| format!("{k} {v}"))
            .collect();
    let mut next =
        p.0.iter()
            .filter(|(k, _)| k != "cursor")
            .cloned()
            .collect::<Vec<_>>();
    next.push(("cursor".into(), format!("o{}", offset + rows.len())));
    Ok(layout(
        "Events",
        html! {
            h1 { "Events" }
            p.stats {
                @if described.is_empty() { "All events" } @else { (described.join(", ")) }
                ": " @if rows.is_empty() { "none" } @else { (offset + 1) "-" (offset + rows.len()) " of " (total) }
            }
            (events_table(&rows))
            @if offset + rows.len() < total as usize {
                p { a.next href=(format!("/events?{}", query_string(&next))) { "Next page" } }
            }
        },
    ))
}

async fn event(State(state): State<SharedState>, Path(id): Path<String>) -> Page {
    let key = id.clone();
    let detail = state
        .stores
        .run(state.limits.query_timeout, move |s| s.event(&key))
        .await?
        .ok_or_else(|| ApiError::not_found(format!("no event {id:?}")))?;
    let e = &detail.event;
    Ok(layout(
        &format!("Event {}", e.category),
        html! {
            h1 { (e.category) " " span.cameo { "CAMEO " (e.cameo) } " " (quad_badge(e.quad)) }
            p.dyadline {
                (party(&e.actor_name, &e.actor_code)) " → " (party(&e.recipient_name, &e.recipient_code))
                @if let (Some(a), Some(b)) = (e.actor_code.as_deref(), e.recipient_code.as_deref()) {
                    " " a.small href=(format!("/dyad/{}/{}", url_encode(a), url_encode(b))) { "(dyad view)" }
                }
            }
            dl.facts {
                dt { "date" } dd { (e.date.as_deref().unwrap_or("undated")) }
                dt { "place" } dd { (e.place_name.as_deref().unwrap_or("-")) }
                dt { "Goldstein" } dd { (e.goldstein.map_or("-".to_string(), |g| format!("{g:.1}"))) }
                dt { "how told" } dd { (modality_badge(e.modality.as_deref(), e.negated)) }
                dt { "sources" } dd { (if e.sources.is_empty() { "-".to_string() } else { e.sources.join(", ") }) }
                dt { "reports" } dd { (e.num_mentions) " mentions in " (e.num_articles) " articles from " (e.num_sources) " outlets; "
                    (e.asserted_mentions) " report it as having happened" }
                dt { "rule" } dd.rule { (e.rule.as_deref().unwrap_or("-")) }
            }
            h2 { "Mentions" }
            @for m in &detail.mentions {
                article.mention {
                    p.meta {
                        a.article-link href=(format!("/article/{}#m-{}", url_encode(&m.mention.document), url_encode(&m.mention.id))) {
                            (m.mention.document)
                        }
                        " · " (m.mention.published.as_deref().unwrap_or("undated"))
                        @if let Some(s) = &m.mention.source { " · " (s) }
                        " · " (modality_badge(Some(&m.mention.modality), m.mention.negated))
                        @if !m.sources.is_empty() { " · according to " (m.sources.join(", ")) }
                    }
                    blockquote { (m.mention.evidence) }
                    p.rule { "trigger “" (m.mention.trigger) "”, CAMEO " (m.mention.cameo) ": " (m.mention.rule) }
                }
            }
        },
    ))
}

/// One highlighted span of an article.
struct Highlight {
    start: usize,
    end: usize,
    class: String,
    tip: String,
    /// Anchor id and link for event triggers.
    anchor: Option<String>,
    href: Option<String>,
}

fn highlights(doc: &DocumentDetail) -> Vec<Highlight> {
    let mut out = Vec::new();
    for e in &doc.entities {
        let kind = e.entity_type.to_ascii_lowercase();
        let tip = format!(
            "{} {}{}{}",
            e.entity_type,
            e.text,
            e.code
                .as_deref()
                .map(|c| format!(" · {c}"))
                .unwrap_or_default(),
            e.role
                .as_deref()
                .map(|r| format!(" · {r}"))
                .unwrap_or_default()
        );
        for m in &e.mentions {
            out.push(Highlight {
                start: m.start,
                end: m.end,
                class: format!("ent ent-{kind}"),
                tip: tip.clone(),
                anchor: None,
                href: None,
            });
        }
    }
    for q in &doc.quotes {
        out.push(Highlight {
            start: q.start.max(0) as usize,
            end: q.end.max(0) as usize,
            class: "quote".into(),
            tip: format!(
                "quote · {}",
                q.speaker.as_deref().unwrap_or("speaker unknown")
            ),
            anchor: None,
            href: None,
        });
    }
    for d in &doc.dates {
        out.push(Highlight {
            start: d.start.max(0) as usize,
            end: d.end.max(0) as usize,
            class: "date".into(),
            tip: format!("date · {}", d.value.as_deref().unwrap_or("unresolved")),
            anchor: None,
            href: None,
        });
    }
    for q in &doc.quantities {
        out.push(Highlight {
            start: q.start.max(0) as usize,
            end: q.end.max(0) as usize,
            class: "quantity".into(),
            tip: format!(
                "{} · {}{}",
                q.kind,
                q.value.map(|v| v.to_string()).unwrap_or_default(),
                q.actor_code
                    .as_deref()
                    .map(|c| format!(" · {c}"))
                    .unwrap_or_default()
            ),
            anchor: None,
            href: None,
        });
    }
    for m in &doc.mentions {
        let mm = &m.mention;
        out.push(Highlight {
            start: mm.trigger_start.max(0) as usize,
            end: mm.trigger_end.max(0) as usize,
            class: format!("trigger q{}", mm.quad.clamp(1, 4)),
            tip: format!(
                "{} · CAMEO {} · {}{} · {} → {} · sources: {} · rule: {}",
                mm.category,
                mm.cameo,
                mm.modality,
                if mm.negated { ", negated" } else { "" },
                mm.actor.as_deref().unwrap_or("?"),
                mm.recipient.as_deref().unwrap_or("?"),
                if m.sources.is_empty() {
                    "-".to_string()
                } else {
                    m.sources.join(", ")
                },
                mm.rule
            ),
            anchor: Some(format!("m-{}", mm.id)),
            href: Some(format!("/event/{}", url_encode(&mm.event_id))),
        });
    }
    out
}

/// The text cut at every highlight boundary; each piece is wrapped in the highlights that
/// cover it (overlaps are fine: a quote holding an actor holding nothing else).
fn highlighted_text(text: &str, hs: &[Highlight]) -> Markup {
    let chars: Vec<char> = text.chars().collect();
    let n = chars.len();
    let mut cuts: BTreeSet<usize> = BTreeSet::from([0, n]);
    for h in hs {
        if h.start < h.end {
            cuts.insert(h.start.min(n));
            cuts.insert(h.end.min(n));
        }
    }
    let cuts: Vec<usize> = cuts.into_iter().collect();
    let mut anchored: BTreeSet<&str> = BTreeSet::new();
    let mut pieces = Vec::new();
    for w in cuts.windows(2) {
        let (a, b) = (w[0], w[1]);
        let piece: String = chars[a..b].iter().collect();
        let covering: Vec<&Highlight> = hs
            .iter()
            .filter(|h| h.start <= a && h.end >= b && h.start < h.end)
            .collect();
        let trigger = covering.iter().find(|h| h.anchor.is_some());
        let others: Vec<&&Highlight> = covering.iter().filter(|h| h.anchor.is_none()).collect();
        let class = others
            .iter()
            .map(|h| h.class.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        let tip = others
            .iter()
            .map(|h| h.tip.as_str())
            .collect::<Vec<_>>()
            .join("\n");
        let anchor = trigger
            .and_then(|t| t.anchor.as_deref())
            .filter(|a| anchored.insert(a));
        pieces.push(html! {
            @if let Some(t) = trigger {
                a class=(format!("{} {}", t.class, class)) href=(t.href.as_deref().unwrap_or("#"))
                    id=[anchor] data-tip=(format!("{}{}{}", t.tip, if tip.is_empty() { "" } else { "\n" }, tip)) { (piece) }
            } @else if covering.is_empty() {
                (piece)
            } @else {
                span class=(class) data-tip=(tip) { (piece) }
            }
        });
    }
    html! { @for p in pieces { (p) } }
}

async fn article(State(state): State<SharedState>, Path(id): Path<String>) -> Page {
    let key = id.clone();
    let doc = state
        .stores
        .run(state.limits.query_timeout, move |s| s.document(&key))
        .await?
        .ok_or_else(|| ApiError::not_found(format!("no article {id:?}")))?;
    let hs = highlights(&doc);
    // Paragraphs: the text's blank lines, each rendered with the highlights inside it.
    let text = highlighted_text(&doc.text, &hs);
    Ok(layout(
        doc.title.as_deref().unwrap_or(&doc.id),
        html! {
            h1 { (doc.title.as_deref().unwrap_or(&doc.id)) }
            p.meta {
                (doc.published.as_deref().unwrap_or("undated"))
                @if let Some(s) = &doc.source { " · " (s) }
                @if let Some(u) = web_url(&doc.url) { " · " a href=(u) rel="noreferrer noopener" { "original" } }
                " · " (doc.mentions.len()) " events · " (doc.quotes.len()) " quotes · " (doc.quantities.len()) " figures"
                @if let Some(o) = &doc.near_duplicate_of { " · near duplicate of " a href=(format!("/article/{}", url_encode(o))) { (o) } }
            }
            @if !doc.key_points.is_empty() {
                section.keypoints { h2 { "Key points" } ul { @for k in &doc.key_points { li { (k) } } } }
            }
            p.legend {
                span.trigger.q3 { "event trigger" } " " span."ent ent-person" { "person" } " "
                span."ent ent-gpe" { "country/place" } " " span."ent ent-org" { "organisation" } " "
                span.quote { "quotation" } " " span.date { "date" } " " span.quantity { "figure" }
                " Hover for details; click a trigger for its event."
            }
            div.article-text { (text) }
            h2 { "Events in this article" }
            table.events {
                thead { tr { th { "trigger" } th { "event" } th { "actor → recipient" } th { "how told" } th { "rule" } } }
                tbody {
                    @for m in &doc.mentions {
                        tr {
                            td { a href=(format!("#m-{}", url_encode(&m.mention.id))) { (m.mention.trigger) } }
                            td { a href=(format!("/event/{}", url_encode(&m.mention.event_id))) { (m.mention.category) " " (m.mention.cameo) } }
                            td { (m.mention.actor.as_deref().unwrap_or("?")) " → " (m.mention.recipient.as_deref().unwrap_or("?")) }
                            td { (modality_badge(Some(&m.mention.modality), m.mention.negated)) }
                            td.rule { (m.mention.rule) }
                        }
                    }
                }
            }
        },
    ))
}

async fn dyad(
    State(state): State<SharedState>,
    Path((a, b)): Path<(String, String)>,
    RawQuery(q): RawQuery,
) -> Page {
    let p = Params::parse(q.as_deref());
    p.check(&["from", "to"])?;
    let mut filter = EventFilter {
        dyad: Some((a.clone(), b.clone())),
        ..EventFilter::default()
    };
    if let Some(d) = p.get("from") {
        filter.date_from = Some(filters::check_date("from", d)?);
    }
    if let Some(d) = p.get("to") {
        filter.date_to = Some(filters::check_date("to", d)?);
    }
    let f = filter.clone();
    let (all, total) = state
        .stores
        .run(state.limits.query_timeout, move |s| {
            let list = EventFilter {
                limit: Some(DYAD_CHART_EVENTS),
                sort: Sort::Newest,
                ..f.clone()
            };
            Ok((s.events(&list)?, s.count_events(&f)?))
        })
        .await?;
    let (period, series) = goldstein_series(&all);
    let base = vec![("dyad".to_string(), format!("{a},{b}"))];
    let cols = columns(&series, period, &base);
    let rows = &all[..all.len().min(200)];
    let split = |kind: &str| -> Vec<EventRow> {
        rows.iter()
            .filter(|e| presentation(e.modality.as_deref(), e.negated) == kind)
            .cloned()
            .collect()
    };
    let (facts, claims, not_happened) = (split("fact"), split("claim"), split("not-happened"));
    Ok(layout(
        &format!("{a} and {b}"),
        html! {
            h1 { "Dyad " (a) " – " (b) }
            p.stats { (total) " events between them"
                @if rows.len() < total as usize { " (the latest " (rows.len()) " listed)" }
                @if all.len() < total as usize { "; the chart covers the latest " (all.len()) }
                " · " a href=(format!("/brief?dyad={},{}", url_encode(&a), url_encode(&b))) { "brief: what you should know" }
                " · " a href=(format!("/actor/{}", url_encode(&a))) { (a) } " · " a href=(format!("/actor/{}", url_encode(&b))) { (b) }
            }
            section {
                h2 { "Cooperation (up) and conflict (down), Goldstein-weighted, per " (format!("{period:?}").to_lowercase()) }
                @if cols.is_empty() { p.empty { "No dated events between them." } }
                @else { (svg::diverging_bars(&cols, 280.0)) (legend()) }
            }
            section {
                h2 { "Reported as having happened (" (facts.len()) ")" }
                (events_table(&facts))
                h2 { "Claims: alleged, claimed or believed by a source (" (claims.len()) ")" }
                (events_table(&claims))
                h2 { "Denied, intended, hypothetical or negated (" (not_happened.len()) ")" }
                (events_table(&not_happened))
            }
        },
    ))
}

async fn actor(State(state): State<SharedState>, Path(code): Path<String>) -> Page {
    if code.is_empty() || code.len() > 32 || !code.chars().all(|c| c.is_ascii_alphanumeric()) {
        return Err(ApiError::bad_request(format!(
            "an actor code is letters and digits (RUS, RUSMIL), not {code:?}"
        ))
        .into());
    }
    let c = code.clone();
    let (profile, targets, sources, as_actor, as_target) = state
        .stores
        .run(state.limits.query_timeout, move |s| {
            let by = |actor: Option<String>, recipient: Option<String>| EventFilter {
                actor,
                recipient,
                limit: Some(20),
                sort: Sort::Newest,
                ..EventFilter::default()
            };
            Ok((
                s.actor_profile(&c, 20)?,
                s.group_by(&by(Some(c.clone()), None), GroupKey::Recipient)?,
                s.group_by(&by(None, Some(c.clone())), GroupKey::Actor)?,
                s.events(&by(Some(c.clone()), None))?,
                s.events(&by(None, Some(c.clone())))?,
            ))
        })
        .await?;
    let dyad_with = |other: &str| {
        (!other.is_empty()).then(|| format!("/dyad/{}/{}", url_encode(&code), url_encode(other)))
    };
    Ok(layout(
        &code,
        html! {
            h1 { "Actor " (code) }
            @if !profile.names.is_empty() {
                p.stats { "Written as: " (profile.names.iter().map(|(n, c)| format!("{n} ({c})")).collect::<Vec<_>>().join(", ")) }
            }
            @if !profile.roles.is_empty() {
                p.stats { "Roles held: " (profile.roles.iter().map(|(n, c)| format!("{n} ({c})")).collect::<Vec<_>>().join(", ")) }
            }
            div.columns {
                section { h2 { "Acts on" } (group_table(&targets, dyad_with, "recipient")) }
                section { h2 { "Acted on by" } (group_table(&sources, dyad_with, "actor")) }
            }
            section {
                h2 { "Quotes" }
                @if profile.quotes.is_empty() { p.empty { "No quotes attributed to " (code) "." } }
                @for q in &profile.quotes {
                    blockquote.quote-item {
                        (q.text)
                        footer { (q.speaker.as_deref().unwrap_or("?")) ", "
                            a href=(format!("/article/{}", url_encode(&q.document))) { (q.document) }
                            " (" (q.published.as_deref().unwrap_or("undated")) ")" }
                    }
                }
            }
            section { h2 { "Latest events as actor" } (events_table(&as_actor)) }
            section { h2 { "Latest events as target" } (events_table(&as_target)) }
        },
    ))
}

async fn network(State(state): State<SharedState>, RawQuery(q): RawQuery) -> Page {
    let p = Params::parse(q.as_deref());
    let allowed: Vec<&str> = FILTER_PARAMS.iter().copied().chain(["limit"]).collect();
    p.check(&allowed)?;
    let limit = filters::limit(&p, 40, 200)?;
    let filter = EventFilter {
        limit: Some(limit),
        ..filters::event_filter(&p)?
    };
    let rows = state
        .stores
        .run(state.limits.query_timeout, move |s| {
            s.group_by(&filter, GroupKey::Dyad)
        })
        .await?;
    let base = filter_query(&p);
    let edges: Vec<svg::Edge> = rows
        .iter()
        .filter_map(|g| {
            let (a, b) = g.group.split_once('>')?;
            if a == "?" || b == "?" || a == b {
                return None;
            }
            let counts = [
                g.verbal_cooperation,
                g.material_cooperation,
                g.verbal_conflict,
                g.material_conflict,
            ];
            let quad = (0..4)
                .max_by_key(|&i| (counts[i], std::cmp::Reverse(i)))
                .unwrap_or(0) as u8
                + 1;
            Some(svg::Edge {
                from: a.to_string(),
                to: b.to_string(),
                events: g.events,
                quad,
                link: format!("/dyad/{}/{}", url_encode(a), url_encode(b)),
            })
        })
        .collect();
    let period_note = match (p.get("from"), p.get("to")) {
        (None, None) => "all dates".to_string(),
        (f, t) => format!("{} to {}", f.unwrap_or("the start"), t.unwrap_or("now")),
    };
    let _ = base;
    Ok(layout(
        "Actor network",
        html! {
            h1 { "Who acts on whom" }
            form.filters method="get" action="/network" {
                label { "from " input type="date" name="from" value=[p.get("from")]; }
                label { " to " input type="date" name="to" value=[p.get("to")]; }
                button type="submit" { "Show" }
            }
            p.stats { "The " (edges.len()) " busiest directed pairs (" (period_note) "); line width by events, colour by the quad class with most events. Click a line for the dyad, a name for the actor." }
            @if edges.is_empty() { p.empty { "No events with both an actor and a recipient." } }
            @else { (svg::network(&edges, |n| format!("/actor/{}", url_encode(n)))) (legend()) }
        },
    ))
}

async fn search(State(state): State<SharedState>, RawQuery(q): RawQuery) -> Page {
    let p = Params::parse(q.as_deref());
    p.check(&["q"])?;
    let text = p.get("q").map(String::from);
    let results = match text.clone() {
        None => None,
        Some(t) => Some(
            state
                .stores
                .run(state.limits.query_timeout, move |s| {
                    let events = s.events(&EventFilter {
                        text: Some(t.clone()),
                        limit: Some(50),
                        sort: Sort::Newest,
                        ..EventFilter::default()
                    })?;
                    Ok((s.search_documents(&t, 30)?, events))
                })
                .await?,
        ),
    };
    Ok(layout(
        "Search",
        html! {
            h1 { "Search" }
            form.filters method="get" action="/search" {
                input type="search" name="q" value=[text.as_deref()] placeholder="words (stemmed: sanction finds sanctions)";
                button type="submit" { "Search" }
            }
            @if let Some((docs, events)) = &results {
                h2 { "Articles (" (docs.len()) ")" }
                @for d in docs {
                    article.hit {
                        h3 { a href=(format!("/article/{}", url_encode(&d.document))) { (d.title.as_deref().unwrap_or(&d.document)) }
                            " " span.meta { (d.published.as_deref().unwrap_or("undated")) } }
                        // FTS marks hits with [ ]: shown as highlights, the rest escaped.
                        p.snippet { (snippet(&d.snippet)) }
                    }
                }
                h2 { "Events in matching articles (" (events.len()) ")" }
                (events_table(events))
            }
        },
    ))
}

/// A search snippet with its `[hit]` markers as `<mark>`, everything else escaped.
fn snippet(s: &str) -> Markup {
    let mut out = String::new();
    for (i, part) in s.split(['[', ']']).enumerate() {
        let escaped = crate::escape_html(part);
        if i % 2 == 1 {
            out.push_str(&format!("<mark>{escaped}</mark>"));
        } else {
            out.push_str(&escaped);
        }
    }
    PreEscaped(out)
}

async fn brief(State(state): State<SharedState>, RawQuery(q): RawQuery) -> Page {
    let p = Params::parse(q.as_deref());
    p.check(&["dyad", "since", "until"])?;
    let form = html! {
        form.filters method="get" action="/brief" {
            label { "dyad " input name="dyad" value=[p.get("dyad")] placeholder="RUS,PRK" required; }
            label { " since " input type="date" name="since" value=[p.get("since")]; }
            label { " until " input type="date" name="until" value=[p.get("until")]; }
            button type="submit" { "Write the brief" }
        }
    };
    if p.get("dyad").is_none() {
        return Ok(layout(
            "Briefs",
            html! { h1 { "Briefs" } (form) p.hint { "A brief lists the main developments between two actors, each traceable to its events and articles, with claims kept apart from what is reported as fact." } },
        ));
    }
    let request = crate::brief::BriefRequest::from_params(&p)?;
    let b = state
        .stores
        .run(state.limits.query_timeout, move |s| {
            crate::brief::build(s, &request)
        })
        .await?;
    Ok(layout(
        &b.title(),
        html! {
            (form)
            (brief_body(&b, true))
        },
    ))
}

/// A brief's content; `links` adds the links to the dashboard's pages.
fn brief_body(b: &crate::brief::Brief, links: bool) -> Markup {
    let items = |list: &[crate::brief::BriefItem]| {
        html! {
            @if list.is_empty() { p.empty { "None in the store." } }
            ol.brief {
                @for it in list {
                    li {
                        strong { (it.date.as_deref().unwrap_or("undated")) } ": "
                        (it.actor.as_deref().unwrap_or("?")) " → " (it.recipient.as_deref().unwrap_or("?")) ", "
                        @if links {
                            a href=(format!("/event/{}", url_encode(&it.event))) { (it.category) " (CAMEO " (it.cameo) ")" }
                        } @else {
                            (it.category) " (CAMEO " (it.cameo) ", event " code { (it.event) } ")"
                        }
                        " " (modality_badge(Some(&it.modality), it.negated))
                        blockquote { (it.evidence) }
                        p.meta {
                            @if !it.sources.is_empty() { "According to " (it.sources.join(", ")) ". " }
                            "Articles: "
                            @for (i, d) in it.articles.iter().enumerate() {
                                @if i > 0 { ", " }
                                @if links { a href=(format!("/article/{}", url_encode(d))) { (d) } } @else { code { (d) } }
                            }
                        }
                    }
                }
            }
        }
    };
    html! {
        h1 { (b.title()) }
        p.stats { (b.events_total) " events between them; the most reported are below."
            @if links {
                " " a href=(format!("/api/brief?dyad={},{}&format=markdown{}{}", url_encode(&b.dyad.0), url_encode(&b.dyad.1),
                    b.since.as_deref().map(|s| format!("&since={s}")).unwrap_or_default(),
                    b.until.as_deref().map(|s| format!("&until={s}")).unwrap_or_default())) { "Markdown" }
            }
        }
        h2 { "Main developments" } (items(&b.developments))
        h2 { "Claims (not confirmed)" } (items(&b.claims))
        h2 { "Denied, intended or hypothetical" } (items(&b.not_happened))
        h2 { "Figures" }
        @if b.figures.is_empty() { p.empty { "No figures linked to these events." } }
        ul { @for f in &b.figures {
            li { "“" (f.text) "” (" (f.kind) "), " (f.modality) ", according to "
                (if f.according_to.is_empty() { "the article".to_string() } else { f.according_to.join(", ") })
                "; " code { (f.document) } ", event " code { (f.event) } }
        } }
        h2 { "Articles" }
        ul { @for a in &b.articles {
            li {
                @if links { a href=(format!("/article/{}", url_encode(&a.id))) { (a.title.as_deref().unwrap_or(&a.id)) } }
                @else { code { (a.id) } " " (a.title.as_deref().unwrap_or("")) }
                " (" (a.published.as_deref().unwrap_or("undated")) ")"
                @if let Some(u) = web_url(&a.url) { " " a href=(u) rel="noreferrer noopener" { (u) } }
            }
        } }
    }
}

/// A brief as a standalone HTML document (`sitrep brief --format html`): the stylesheet
/// inline, no links to a server.
pub fn brief_document(b: &crate::brief::Brief) -> String {
    html! {
        (DOCTYPE)
        html lang="en" {
            head {
                meta charset="utf-8";
                title { (b.title()) }
                style { (PreEscaped(CSS)) }
            }
            body { main { (brief_body(b, false)) } }
        }
    }
    .into_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods_have_bounds_and_successors() {
        assert_eq!(
            period_bounds(Period::Month, "2024-02").map(|(a, b)| (a.to_string(), b.to_string())),
            Some(("2024-02-01".into(), "2024-02-29".into()))
        );
        assert_eq!(
            next_label(Period::Month, "2024-12").as_deref(),
            Some("2025-01")
        );
        assert_eq!(
            next_label(Period::Week, "2025-06-02").as_deref(),
            Some("2025-06-09")
        );
        assert_eq!(next_label(Period::Day, "bad"), None);
    }

    #[test]
    fn overlapping_highlights_cut_cleanly() {
        let hs = vec![
            Highlight {
                start: 0,
                end: 6,
                class: "ent".into(),
                tip: "Russia".into(),
                anchor: None,
                href: None,
            },
            Highlight {
                start: 4,
                end: 11,
                class: "quote".into(),
                tip: "q".into(),
                anchor: None,
                href: None,
            },
        ];
        let html = highlighted_text("Russia <b> ok", &hs).into_string();
        assert!(html.contains("&lt;b&gt;"), "text is escaped: {html}");
        assert_eq!(html.matches("<span").count(), 3, "{html}");
        assert!(html.contains(r#"<span class="ent quote""#), "{html}");
    }

    #[test]
    fn snippets_escape_all_but_marks() {
        assert_eq!(
            snippet("a [b] <i>").into_string(),
            "a <mark>b</mark> &lt;i&gt;"
        );
    }
}

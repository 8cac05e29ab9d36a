//! The JSON API under `/api/`, described by `openapi.json` (served at `/api/openapi.json`;
//! a test checks that every route in [`ROUTES`] is in it).

use axum::extract::{Path, RawQuery, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde_json::{json, Value};
use sitrep_store::{DocumentQuery, EventFilter, GroupKey, Period};

use crate::filters::{self, Params, FILTER_PARAMS};
use crate::{ApiError, SharedState};

/// The OpenAPI description, written by hand.
pub const OPENAPI: &str = include_str!("openapi.json");

/// Every API route, as `METHOD path` in OpenAPI's path syntax.
pub const ROUTES: &[&str] = &[
    "GET /api/openapi.json",
    "GET /api/stats",
    "GET /api/documents",
    "GET /api/documents/{id}",
    "GET /api/events",
    "GET /api/events/{id}",
    "GET /api/actors",
    "GET /api/actors/{code}",
    "GET /api/dyads",
    "GET /api/aggregates",
    "GET /api/search",
    "GET /api/brief",
    "POST /api/extract",
];

pub fn routes() -> Router<SharedState> {
    Router::new()
        .route("/api/openapi.json", get(openapi))
        .route("/api/stats", get(stats))
        .route("/api/documents", get(documents))
        .route("/api/documents/{id}", get(document))
        .route("/api/events", get(events))
        .route("/api/events/{id}", get(event))
        .route("/api/actors", get(actors))
        .route("/api/actors/{code}", get(actor))
        .route("/api/dyads", get(dyads))
        .route("/api/aggregates", get(aggregates))
        .route("/api/search", get(search))
        .route("/api/brief", get(brief))
        .route("/api/extract", post(extract))
}

type ApiResult = Result<Json<Value>, ApiError>;

fn to_json<T: serde::Serialize>(v: T) -> Result<Value, ApiError> {
    serde_json::to_value(v).map_err(|e| ApiError::internal(e.to_string()))
}

async fn openapi() -> Response {
    ([(header::CONTENT_TYPE, "application/json")], OPENAPI).into_response()
}

async fn stats(State(state): State<SharedState>) -> ApiResult {
    let stats = state
        .stores
        .run(state.limits.query_timeout, |s| s.stats())
        .await?;
    Ok(Json(to_json(stats)?))
}

async fn documents(State(state): State<SharedState>, RawQuery(q): RawQuery) -> ApiResult {
    let p = Params::parse(q.as_deref());
    p.check(&["limit", "cursor"])?;
    let limit = filters::limit(&p, 50, state.limits.max_page)?;
    let after = filters::document_cursor(&p)?;
    let docs = state
        .stores
        .run(state.limits.query_timeout, move |s| {
            s.documents(&DocumentQuery { limit, after })
        })
        .await?;
    let next = (docs.len() == limit)
        .then(|| docs.last())
        .flatten()
        .map(|d| filters::make_document_cursor(d.published.as_deref().unwrap_or(""), &d.id));
    Ok(Json(
        json!({ "documents": to_json(docs)?, "next_cursor": next }),
    ))
}

async fn document(State(state): State<SharedState>, Path(id): Path<String>) -> ApiResult {
    let key = id.clone();
    let doc = state
        .stores
        .run(state.limits.query_timeout, move |s| s.document(&key))
        .await?
        .ok_or_else(|| ApiError::not_found(format!("no document {id:?}")))?;
    Ok(Json(to_json(doc)?))
}

/// Parameters of event lists besides the filters.
const PAGING: &[&str] = &["limit", "cursor", "sort"];

fn with(extra: &[&'static str]) -> Vec<&'static str> {
    FILTER_PARAMS.iter().chain(extra).copied().collect()
}

async fn events(State(state): State<SharedState>, RawQuery(q): RawQuery) -> ApiResult {
    let p = Params::parse(q.as_deref());
    p.check(&with(PAGING))?;
    let limit = filters::limit(&p, 50, state.limits.max_page)?;
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
    let next = (offset + rows.len() < total as usize).then(|| format!("o{}", offset + rows.len()));
    Ok(Json(json!({
        "events": to_json(rows)?,
        "total": total,
        "next_cursor": next,
    })))
}

async fn event(State(state): State<SharedState>, Path(id): Path<String>) -> ApiResult {
    let key = id.clone();
    let e = state
        .stores
        .run(state.limits.query_timeout, move |s| s.event(&key))
        .await?
        .ok_or_else(|| ApiError::not_found(format!("no event {id:?}")))?;
    Ok(Json(to_json(e)?))
}

async fn grouped(state: &SharedState, q: Option<String>, key: GroupKey) -> ApiResult {
    let p = Params::parse(q.as_deref());
    p.check(&with(&["limit"]))?;
    let limit = filters::limit(&p, 20, state.limits.max_page)?;
    let filter = EventFilter {
        limit: Some(limit),
        ..filters::event_filter(&p)?
    };
    let rows = state
        .stores
        .run(state.limits.query_timeout, move |s| {
            s.group_by(&filter, key)
        })
        .await?;
    let name = if key == GroupKey::Dyad {
        "dyads"
    } else {
        "actors"
    };
    let mut body = serde_json::Map::new();
    body.insert(name.to_string(), to_json(rows)?);
    Ok(Json(Value::Object(body)))
}

async fn actors(State(state): State<SharedState>, RawQuery(q): RawQuery) -> ApiResult {
    grouped(&state, q, GroupKey::Actor).await
}

async fn dyads(State(state): State<SharedState>, RawQuery(q): RawQuery) -> ApiResult {
    grouped(&state, q, GroupKey::Dyad).await
}

async fn actor(
    State(state): State<SharedState>,
    Path(code): Path<String>,
    RawQuery(q): RawQuery,
) -> ApiResult {
    let p = Params::parse(q.as_deref());
    p.check(&["limit"])?;
    let limit = filters::limit(&p, 20, state.limits.max_page)?;
    if code.is_empty() || code.len() > 32 || !code.chars().all(|c| c.is_ascii_alphanumeric()) {
        return Err(ApiError::bad_request(format!(
            "an actor code is letters and digits (RUS, RUSMIL), not {code:?}"
        )));
    }
    let c = code.clone();
    let (profile, as_actor, as_target) = state
        .stores
        .run(state.limits.query_timeout, move |s| {
            let partners = |f: EventFilter, key| s.group_by(&f, key);
            let as_actor = partners(
                EventFilter {
                    actor: Some(c.clone()),
                    limit: Some(limit),
                    ..EventFilter::default()
                },
                GroupKey::Recipient,
            )?;
            let as_target = partners(
                EventFilter {
                    recipient: Some(c.clone()),
                    limit: Some(limit),
                    ..EventFilter::default()
                },
                GroupKey::Actor,
            )?;
            Ok((s.actor_profile(&c, limit)?, as_actor, as_target))
        })
        .await?;
    Ok(Json(json!({
        "profile": to_json(profile)?,
        "targets": to_json(as_actor)?,
        "acted_on_by": to_json(as_target)?,
    })))
}

async fn aggregates(State(state): State<SharedState>, RawQuery(q): RawQuery) -> ApiResult {
    let p = Params::parse(q.as_deref());
    p.check(&with(&["period"]))?;
    let period: Period = p
        .get("period")
        .unwrap_or("day")
        .parse()
        .map_err(ApiError::bad_request)?;
    let filter = filters::event_filter(&p)?;
    // Events the periods leave out (dated less precisely than the period, or undated) are
    // the filter's count less those counted: one count instead of reading every event.
    let (rows, total) = state
        .stores
        .run(state.limits.query_timeout, move |s| {
            Ok((s.aggregate(&filter, period)?, s.count_events(&filter)?))
        })
        .await?;
    let counted: i64 = rows.iter().map(|r| r.events).sum();
    Ok(Json(json!({
        "period": period,
        "rows": to_json(rows)?,
        "total": total,
        "left_out": (total as i64 - counted).max(0),
    })))
}

async fn search(State(state): State<SharedState>, RawQuery(q): RawQuery) -> ApiResult {
    let p = Params::parse(q.as_deref());
    p.check(&["q", "limit"])?;
    let text = p
        .get("q")
        .ok_or_else(|| ApiError::bad_request("q (the words to search for) is required"))?
        .to_string();
    let limit = filters::limit(&p, 20, state.limits.max_page)?;
    let hits = state
        .stores
        .run(state.limits.query_timeout, move |s| {
            s.search_documents(&text, limit)
        })
        .await?;
    Ok(Json(json!({ "documents": to_json(hits)? })))
}

async fn brief(State(state): State<SharedState>, RawQuery(q): RawQuery) -> Response {
    match brief_inner(&state, q).await {
        Ok(r) => r,
        Err(e) => e.into_response(),
    }
}

async fn brief_inner(state: &SharedState, q: Option<String>) -> Result<Response, ApiError> {
    let p = Params::parse(q.as_deref());
    p.check(&["dyad", "since", "until", "format"])?;
    let request = crate::brief::BriefRequest::from_params(&p)?;
    let format = p.get("format").unwrap_or("json").to_string();
    let b = state
        .stores
        .run(state.limits.query_timeout, move |s| {
            crate::brief::build(s, &request)
        })
        .await?;
    Ok(match format.as_str() {
        "json" => Json(to_json(b)?).into_response(),
        "markdown" | "md" => (
            [(header::CONTENT_TYPE, "text/markdown; charset=utf-8")],
            b.to_markdown(),
        )
            .into_response(),
        other => {
            return Err(ApiError::bad_request(format!(
                "format must be json or markdown, not {other:?}"
            )))
        }
    })
}

/// Code a posted article (JSON `{"text", "title"?, "published"?, "url"?, "id"?}` or plain
/// text) with the built-in pipeline and return its record; nothing is stored.
async fn extract(State(state): State<SharedState>, headers: HeaderMap, body: String) -> ApiResult {
    let json_body = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/json"));
    let input: sitrep_record::InputDocument = if json_body {
        let mut v: Value = serde_json::from_str(&body)
            .map_err(|e| ApiError::bad_request(format!("the body is not valid JSON: {e}")))?;
        if let Some(o) = v.as_object_mut() {
            o.entry("id").or_insert_with(|| json!("posted"));
        }
        serde_json::from_value(v).map_err(|e| {
            ApiError::bad_request(format!(
                "expected {{\"text\": ..., \"title\"?, \"published\"?, \"url\"?}}: {e}"
            ))
        })?
    } else {
        sitrep_record::InputDocument {
            id: "posted".into(),
            text: body,
            ..Default::default()
        }
    };
    if input.text.trim().is_empty() {
        return Err(ApiError::bad_request("the article has no text"));
    }
    if let Some(d) = &input.published {
        filters::check_date("published", d.get(..10).unwrap_or(d))?;
    }
    let pipeline = state.pipeline();
    let task = tokio::task::spawn_blocking(move || {
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| pipeline.process(&input)))
    });
    match tokio::time::timeout(state.limits.extract_timeout, task).await {
        Ok(Ok(Ok(record))) => Ok(Json(to_json(record)?)),
        Ok(_) => Err(ApiError::internal("the article could not be analysed")),
        Err(_) => Err(ApiError {
            status: StatusCode::SERVICE_UNAVAILABLE,
            message: format!(
                "coding the article took longer than {} s",
                state.limits.extract_timeout.as_secs()
            ),
        }),
    }
}

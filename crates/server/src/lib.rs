//! sitrep-server: `sitrep serve`, an HTTP JSON API and a server-rendered analyst dashboard
//! over the corpus store, and the brief generator behind `sitrep brief`.
//!
//! # Design
//!
//! * **One binary, nothing to fetch.** Pages are rendered with `maud`; charts are SVG drawn
//!   here ([`svg`]); the stylesheet and the little JavaScript (tooltips) are embedded with
//!   `include_str!`.
//! * **Bounded.** Request bodies ([`Limits::max_body`]), page sizes ([`Limits::max_page`])
//!   and query time ([`Limits::query_timeout`]: the query is interrupted, the client gets a
//!   503 saying so) are bounded; every filter value reaches SQL as a bound parameter
//!   (`sitrep_store::query`).
//! * **Loopback by default.** Binding any other address requires a token, and then every
//!   request must carry it ([`auth`]).
//! * **Store access** goes through the `Store` trait only: a small pool of read-only
//!   connections ([`pool::StorePool`]), each query on a blocking thread.

pub mod api;
pub mod auth;
pub mod brief;
pub mod filters;
pub mod pages;
pub mod pool;
pub mod svg;

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::{Arc, OnceLock};
use std::time::Duration;

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Router;

pub use pool::StorePool;

/// Limits applied to every request.
#[derive(Debug, Clone)]
pub struct Limits {
    /// Largest request body accepted (bytes); larger ones get 413.
    pub max_body: usize,
    /// Largest page of results a request may ask for.
    pub max_page: usize,
    /// Longest a store query may run before it is interrupted (503).
    pub query_timeout: Duration,
    /// Longest `POST /api/extract` may take to code an article (503).
    pub extract_timeout: Duration,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            max_body: 1024 * 1024,
            max_page: 500,
            query_timeout: Duration::from_secs(10),
            extract_timeout: Duration::from_secs(30),
        }
    }
}

/// What the server shares between requests.
pub struct AppState {
    pub stores: StorePool,
    pub limits: Limits,
    /// Every request must carry it when set (see [`auth`]).
    pub token: Option<String>,
    pipeline: OnceLock<Arc<sitrep_core::Pipeline>>,
}

impl AppState {
    pub fn new(stores: StorePool, limits: Limits, token: Option<String>) -> AppState {
        AppState {
            stores,
            limits,
            token: token.filter(|t| !t.is_empty()),
            pipeline: OnceLock::new(),
        }
    }

    /// The pipeline `POST /api/extract` codes with (the built-in knowledge, built on first
    /// use).
    pub fn pipeline(&self) -> Arc<sitrep_core::Pipeline> {
        self.pipeline
            .get_or_init(|| Arc::new(sitrep_core::Pipeline::new()))
            .clone()
    }
}

pub type SharedState = Arc<AppState>;

/// Errors a handler answers with: a status and a message meant for the user.
#[derive(Debug, thiserror::Error)]
#[error("{message}")]
pub struct ApiError {
    pub status: StatusCode,
    pub message: String,
}

impl ApiError {
    pub fn bad_request(message: impl Into<String>) -> ApiError {
        ApiError {
            status: StatusCode::BAD_REQUEST,
            message: message.into(),
        }
    }
    pub fn not_found(message: impl Into<String>) -> ApiError {
        ApiError {
            status: StatusCode::NOT_FOUND,
            message: message.into(),
        }
    }
    pub fn unavailable(message: impl Into<String>) -> ApiError {
        ApiError {
            status: StatusCode::SERVICE_UNAVAILABLE,
            message: message.into(),
        }
    }
    pub fn internal(message: impl Into<String>) -> ApiError {
        ApiError {
            status: StatusCode::INTERNAL_SERVER_ERROR,
            message: message.into(),
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        (
            self.status,
            axum::Json(serde_json::json!({
                "error": self.message,
                "status": self.status.as_u16(),
            })),
        )
            .into_response()
    }
}

/// The whole application: API, pages and assets, behind the token check and body limit.
pub fn router(state: SharedState) -> Router {
    let limit = state.limits.max_body;
    Router::new()
        .merge(api::routes())
        .merge(pages::routes())
        .fallback(pages::not_found)
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            auth::require_token,
        ))
        .layer(axum::middleware::from_fn(security_headers))
        // Bodies larger than the limit are refused with 413 before a handler reads them;
        // `DefaultBodyLimit` is raised to match so the two limits never disagree.
        .layer(axum::extract::DefaultBodyLimit::max(limit))
        .layer(tower_http::limit::RequestBodyLimitLayer::new(limit))
        .with_state(state)
}

/// Pages load only their own stylesheet and script, and are never framed or sniffed.
async fn security_headers(req: axum::extract::Request, next: axum::middleware::Next) -> Response {
    use axum::http::{header, HeaderValue};
    let mut r = next.run(req).await;
    let h = r.headers_mut();
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(
            "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'",
        ),
    );
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    r
}

/// How `sitrep serve` runs.
#[derive(Debug, Clone)]
pub struct ServeConfig {
    /// The store: an SQLite file or a `postgres://` URL.
    pub db: PathBuf,
    pub addr: SocketAddr,
    pub token: Option<String>,
    pub limits: Limits,
    /// Read-only database connections (queries that can run at once).
    pub connections: usize,
}

/// Refuse a non-loopback bind without a token: the data would be open to the network.
pub fn check_bind(addr: &SocketAddr, token: Option<&str>) -> Result<(), String> {
    if !addr.ip().is_loopback() && token.is_none_or(str::is_empty) {
        return Err(format!(
            "{addr} is not a loopback address: pass --token (or set SITREP_TOKEN) so that \
             every request must carry it"
        ));
    }
    Ok(())
}

/// A running server: its address, and a handle that stops it.
pub struct RunningServer {
    pub addr: SocketAddr,
    shutdown: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<std::io::Result<()>>>,
}

impl RunningServer {
    /// Stop accepting, finish the requests in flight, and wait.
    pub fn stop(mut self) -> std::io::Result<()> {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        match self.thread.take() {
            Some(t) => t.join().unwrap_or(Ok(())),
            None => Ok(()),
        }
    }
}

impl Drop for RunningServer {
    fn drop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
    }
}

/// Open the store and start serving on a background thread (tests, benchmarks, and
/// `sitrep serve`, which then waits for Ctrl-C).
pub fn start(config: ServeConfig) -> Result<RunningServer, String> {
    check_bind(&config.addr, config.token.as_deref())?;
    let stores = StorePool::open(&config.db, config.connections.max(1))
        .map_err(|e| format!("cannot open {}: {e}", config.db.display()))?;
    let state = Arc::new(AppState::new(stores, config.limits, config.token));
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(|e| e.to_string())?;
    let listener = runtime
        .block_on(tokio::net::TcpListener::bind(config.addr))
        .map_err(|e| format!("cannot listen on {}: {e}", config.addr))?;
    let addr = listener.local_addr().map_err(|e| e.to_string())?;
    let (tx, rx) = tokio::sync::oneshot::channel::<()>();
    let app = router(state);
    let thread = std::thread::Builder::new()
        .name("sitrep-serve".into())
        .spawn(move || {
            runtime.block_on(async move {
                axum::serve(listener, app)
                    .with_graceful_shutdown(async move {
                        let _ = rx.await;
                    })
                    .await
            })
        })
        .map_err(|e| e.to_string())?;
    Ok(RunningServer {
        addr,
        shutdown: Some(tx),
        thread: Some(thread),
    })
}

/// Escape text for HTML outside maud (Markdown-to-HTML of briefs, SVG titles).
pub fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// Percent-encode a path segment or query value (links built from stored codes and ids).
pub fn url_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Block until Ctrl-C (SIGINT): `sitrep serve` then stops the server gracefully.
pub fn wait_for_ctrl_c() {
    match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => {
            let _ = runtime.block_on(tokio::signal::ctrl_c());
        }
        // Without a signal runtime, Ctrl-C still ends the process (by the default action).
        Err(_) => loop {
            std::thread::park();
        },
    }
}

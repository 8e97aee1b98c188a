//! `entente serve`: a JSON API and a dashboard over an Entente event store.
//!
//! The server opens the store read-only and answers everything from it: deduplicated events by
//! filter, dyad timelines, relation briefs and questions (through `entente-relations`),
//! documents with the byte spans of their actors, triggers and dates, and a network of
//! countries. The dashboard is server-rendered HTML with a small script and style sheet of our
//! own, embedded in the binary: nothing is fetched from anywhere at run time.
//!
//! ```no_run
//! use std::sync::Arc;
//! use entente_server::{router, AppState, Limits};
//!
//! # async fn run() -> anyhow::Result<()> {
//! let lexicon = Arc::new(entente_lexicon::Lexicon::embedded()?);
//! let state = AppState::open("entente.db".as_ref(), lexicon, Limits::default())?;
//! let listener = tokio::net::TcpListener::bind("127.0.0.1:8080").await?;
//! axum::serve(listener, router(state)).await?;
//! # Ok(())
//! # }
//! ```
//!
//! Invariants: the store is only ever opened read-only (`Store::open_read_only`); SQLite work
//! runs on blocking threads, at most [`Limits::readers`] at a time, each with a store of its
//! own (connections are not `Sync`); every request is bounded (body size, query-string size,
//! string lengths, result limits, a timeout); errors reach clients as `{"error": "..."}` with a
//! status code, and internal details (paths, SQLite messages) only reach the server's log.

#![warn(missing_docs)]

mod api;
mod cache;
mod docview;
mod error;
mod html;
mod network;
mod pages;
mod params;

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use anyhow::Context;
use axum::extract::Request;
use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use entente_lexicon::Lexicon;
use entente_store::Store;
use tokio::sync::Semaphore;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::timeout::TimeoutLayer;

pub use error::ApiError;

/// The routes of the JSON API, as the router declares them. `/openapi.json` describes each
/// one (a test keeps the two in step).
pub const API_ROUTES: &[&str] = &[
    "/api/health",
    "/api/events",
    "/api/dyad",
    "/api/brief",
    "/api/ask",
    "/api/docs/{id}",
    "/api/network",
];

/// Bounds on what one request may ask of the server.
#[derive(Debug, Clone)]
pub struct Limits {
    /// Store connections, and so queries running at once.
    pub readers: usize,
    /// Time a request may take before it is answered with 503.
    pub request_timeout: Duration,
    /// Largest request body accepted (the API reads none; this bounds what a client can send).
    pub max_body_bytes: usize,
    /// Largest query string accepted.
    pub max_query_bytes: usize,
    /// Largest `limit` of the events endpoint.
    pub max_events: usize,
    /// Bytes of store answers (events, dyads, networks, documents) kept until the store
    /// changes; 0 turns the cache off.
    pub cache_bytes: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            readers: 4,
            request_timeout: Duration::from_secs(10),
            max_body_bytes: 16 * 1024,
            max_query_bytes: 4096,
            max_events: 1000,
            cache_bytes: 32 << 20,
        }
    }
}

/// What `entente serve` needs: the store, where to listen, the lexicon and the limits.
pub struct Config {
    /// The store file (opened read-only).
    pub db: PathBuf,
    /// Where to listen; `127.0.0.1:8080` by default.
    pub addr: SocketAddr,
    /// The lexicon questions and briefs are read with.
    pub lexicon: Arc<Lexicon>,
    /// Request bounds.
    pub limits: Limits,
}

/// The default address: loopback only.
pub const DEFAULT_ADDR: &str = "127.0.0.1:8080";

/// Shared server state: the store pool, the lexicon and the limits. Cheap to clone.
#[derive(Clone)]
pub struct AppState(Arc<Shared>);

struct Shared {
    db: PathBuf,
    idle: Mutex<Vec<Store>>,
    permits: Arc<Semaphore>,
    lexicon: Arc<Lexicon>,
    limits: Limits,
    cache: cache::ResponseCache,
}

impl AppState {
    /// Opens the store at `db` read-only (checking that it is a current Entente store) and
    /// prepares a pool of up to `limits.readers` connections.
    pub fn open(
        db: &Path,
        lexicon: Arc<Lexicon>,
        limits: Limits,
    ) -> Result<AppState, entente_store::StoreError> {
        let first = Store::open_read_only(db)?;
        let readers = limits.readers.max(1);
        Ok(AppState(Arc::new(Shared {
            db: db.to_path_buf(),
            idle: Mutex::new(vec![first]),
            permits: Arc::new(Semaphore::new(readers)),
            lexicon,
            cache: cache::ResponseCache::new(limits.cache_bytes),
            limits,
        })))
    }

    /// The request bounds in force.
    pub fn limits(&self) -> &Limits {
        &self.0.limits
    }

    /// The lexicon.
    pub fn lexicon(&self) -> &Lexicon {
        &self.0.lexicon
    }

    /// Runs `f` with a read-only store on a blocking thread, once one of the `readers` permits
    /// is free. A store goes back to the pool after use; a panic loses it (and answers 500).
    pub(crate) async fn with_store<T, F>(&self, f: F) -> Result<T, ApiError>
    where
        T: Send + 'static,
        F: FnOnce(&Store, &Lexicon) -> Result<T, ApiError> + Send + 'static,
    {
        let permit = self
            .0
            .permits
            .clone()
            .acquire_owned()
            .await
            .map_err(|e| ApiError::internal(format!("reader pool closed: {e}")))?;
        let shared = self.0.clone();
        let task = tokio::task::spawn_blocking(move || {
            let _permit = permit;
            let store = match shared.idle.lock().map(|mut v| v.pop()) {
                Ok(Some(s)) => s,
                _ => Store::open_read_only(&shared.db).map_err(ApiError::from)?,
            };
            let result = f(&store, &shared.lexicon);
            if let Ok(mut idle) = shared.idle.lock() {
                idle.push(store);
            }
            result
        });
        match task.await {
            Ok(r) => r,
            Err(e) => Err(ApiError::internal(format!("query task failed: {e}"))),
        }
    }

    /// The JSON answer `f` computes, from the cache when the store has not changed since it
    /// was computed for the same `key` (the request's path and query).
    pub(crate) async fn cached_json<F>(&self, key: String, f: F) -> Result<Response, ApiError>
    where
        F: FnOnce(&Store, &Lexicon) -> Result<serde_json::Value, ApiError> + Send + 'static,
    {
        let cache = &self.0.cache;
        let stamp = cache.enabled().then(|| cache::Stamp::of(&self.0.db));
        if let Some(body) = stamp.and_then(|s| cache.get(&key, s)) {
            return Ok(json_response(body));
        }
        let value = self.with_store(f).await?;
        let body = axum::body::Bytes::from(
            serde_json::to_vec(&value)
                .map_err(|e| ApiError::internal(format!("answer as JSON: {e}")))?,
        );
        if let Some(s) = stamp {
            cache.put(key, s, body.clone());
        }
        Ok(json_response(body))
    }
}

fn json_response(body: axum::body::Bytes) -> Response {
    (
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/json"),
        )],
        body,
    )
        .into_response()
}

/// The whole application: the JSON API, `/openapi.json`, the dashboard, document pages and
/// static assets, behind the request bounds of `state`.
pub fn router(state: AppState) -> Router {
    let limits = state.limits().clone();
    let routes = Router::new()
        .route("/api/health", get(api::health))
        .route("/api/events", get(api::events))
        .route("/api/dyad", get(api::dyad))
        .route("/api/brief", get(api::brief))
        .route("/api/ask", get(api::ask))
        .route("/api/docs/{*id}", get(api::document))
        .route("/api/network", get(api::network))
        .route("/openapi.json", get(api::openapi))
        .route("/", get(pages::dashboard))
        .route("/doc/{*id}", get(pages::document))
        .route("/assets/{name}", get(pages::asset))
        .fallback(not_found);
    bounded(routes, limits).with_state(state)
}

/// The request bounds around any routes: body limit, timeout, and the guard (query-string
/// size, JSON errors, security headers), outermost last.
fn bounded<S: Clone + Send + Sync + 'static>(routes: Router<S>, limits: Limits) -> Router<S> {
    routes
        .layer(RequestBodyLimitLayer::new(limits.max_body_bytes))
        .layer(TimeoutLayer::with_status_code(
            StatusCode::SERVICE_UNAVAILABLE,
            limits.request_timeout,
        ))
        .layer(middleware::from_fn_with_state(limits, guard))
}

async fn not_found() -> ApiError {
    ApiError::NotFound("no such route".into())
}

/// Outermost layer: refuses oversized query strings, adds security headers, and turns every
/// error answer that is not already JSON or HTML (from the timeout, the body limit, an unknown
/// method) into `{"error": ...}`.
async fn guard(
    axum::extract::State(limits): axum::extract::State<Limits>,
    req: Request,
    next: Next,
) -> Response {
    let too_long = req.uri().query().map_or(0, str::len) > limits.max_query_bytes
        || req.uri().path().len() > limits.max_query_bytes;
    let mut resp = if too_long {
        ApiError::Status(
            StatusCode::URI_TOO_LONG,
            format!(
                "the query string is longer than {} bytes",
                limits.max_query_bytes
            ),
        )
        .into_response()
    } else {
        next.run(req).await
    };
    let status = resp.status();
    if status.is_client_error() || status.is_server_error() {
        let typed = resp
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("application/json") || v.starts_with("text/html"));
        if !typed {
            let message = match status {
                StatusCode::SERVICE_UNAVAILABLE => "the request took too long".to_string(),
                StatusCode::PAYLOAD_TOO_LARGE => {
                    format!(
                        "request bodies are limited to {} bytes",
                        limits.max_body_bytes
                    )
                }
                StatusCode::METHOD_NOT_ALLOWED => "method not allowed: use GET".to_string(),
                s => s.canonical_reason().unwrap_or("error").to_lowercase(),
            };
            let allow = resp.headers().get(header::ALLOW).cloned();
            resp = ApiError::Status(status, message).into_response();
            if let Some(allow) = allow {
                resp.headers_mut().insert(header::ALLOW, allow);
            }
        }
    }
    let h = resp.headers_mut();
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(
            "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
             connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
        ),
    );
    resp
}

/// Opens the store, binds `config.addr` and serves until Ctrl-C or SIGTERM. A non-loopback
/// address is served, with a warning: the API has no authentication.
pub async fn serve(config: Config) -> anyhow::Result<()> {
    if !config.addr.ip().is_loopback() {
        eprintln!(
            "entente serve: WARNING: listening on {}, which is not a loopback address: anyone \
             who can reach this machine can read the whole store (there is no authentication)",
            config.addr
        );
    }
    let state = AppState::open(&config.db, config.lexicon, config.limits)
        .with_context(|| format!("opening {} read-only", config.db.display()))?;
    let listener = tokio::net::TcpListener::bind(config.addr)
        .await
        .with_context(|| format!("binding {}", config.addr))?;
    let local = listener.local_addr()?;
    eprintln!(
        "entente serve: {} (read-only) on http://{local}/ ; API description at http://{local}/openapi.json",
        config.db.display()
    );
    axum::serve(listener, router(state))
        .with_graceful_shutdown(shutdown_signal())
        .await
        .context("serving")?;
    eprintln!("entente serve: stopped");
    Ok(())
}

/// [`serve`] on a multi-threaded runtime of its own, for callers without one.
pub fn serve_blocking(config: Config) -> anyhow::Result<()> {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("starting the async runtime")?
        .block_on(serve(config))
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = term => {},
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::body::Body;
    use tower::ServiceExt;

    #[tokio::test]
    async fn a_slow_request_times_out_with_a_json_503() {
        let limits = Limits {
            request_timeout: Duration::from_millis(50),
            ..Limits::default()
        };
        let slow = Router::new().route(
            "/slow",
            get(|| async {
                tokio::time::sleep(Duration::from_secs(5)).await;
                "late"
            }),
        );
        let resp = bounded(slow, limits)
            .oneshot(Request::get("/slow").body(Body::empty()).unwrap())
            .await
            .unwrap();
        assert_eq!(resp.status(), StatusCode::SERVICE_UNAVAILABLE);
        let body = axum::body::to_bytes(resp.into_body(), 1 << 16)
            .await
            .unwrap();
        let v: serde_json::Value = serde_json::from_slice(&body).unwrap();
        assert_eq!(v["error"], "the request took too long");
    }
}

//! The JSON endpoints. Each handler checks its parameters, then runs its store work on a
//! blocking thread through [`AppState::with_store`].

use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, State};
use axum::http::{header, Uri};
use axum::response::{IntoResponse, Response};
use axum::Json;
use entente_store::export::{event_json, mention_json};
use serde_json::{json, Value};

use crate::network::{self, NetworkQuery};
use crate::params::{actor, Params, MAX_TEXT_CHARS, MAX_VALUE_CHARS};
use crate::{docview, ApiError, AppState};

pub(crate) type RawQuery = Result<Query<Vec<(String, String)>>, QueryRejection>;

/// The cache key of a request: its path and query, as sent.
fn key(uri: &Uri) -> String {
    uri.path_and_query()
        .map(|p| p.as_str().to_string())
        .unwrap_or_else(|| uri.path().to_string())
}

/// The OpenAPI 3 description of the API, written by hand.
pub const OPENAPI: &str = include_str!("../assets/openapi.json");

/// `GET /openapi.json`.
pub async fn openapi() -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "application/json")], OPENAPI)
}

/// `GET /api/health`: the store's row counts and the lexicon version.
pub async fn health(State(state): State<AppState>) -> Result<Json<Value>, ApiError> {
    state
        .with_store(|store, lex| {
            let counts = store.counts()?;
            Ok(Json(json!({
                "status": "ok",
                "counts": counts,
                "lexicon_version": lex.version,
            })))
        })
        .await
}

/// `GET /api/events`: deduplicated events (or, with `mentions=true`, reports) by filter.
pub async fn events(
    State(state): State<AppState>,
    uri: Uri,
    q: RawQuery,
) -> Result<Response, ApiError> {
    let p = Params::from_query(q)?;
    let mut filter = p.filter()?;
    filter.actor = p.actor("actor")?;
    filter.source = p.actor("source")?;
    filter.target = p.actor("target")?;
    match p.list("dyad")?.as_slice() {
        [] => {}
        [a, b] => filter.dyad = Some((actor("dyad", a)?, actor("dyad", b)?)),
        _ => {
            return Err(ApiError::BadRequest(
                "dyad: give two actor codes, comma-separated (dyad=ISR,MAR)".into(),
            ))
        }
    }
    filter.order = p.order()?;
    let max = state.limits().max_events as u64;
    let limit = p.number("limit", 1, max)?.unwrap_or(50.min(max)) as usize;
    filter.limit = Some(limit);
    let mentions = p.flag("mentions")?;
    state
        .cached_json(key(&uri), move |store, _| {
            if mentions {
                let ms = store.mentions(&filter)?;
                return Ok(json!({
                    "limit": limit,
                    "mentions": ms.iter().map(mention_json).collect::<Vec<_>>(),
                }));
            }
            let events = store.events(&filter)?;
            let total = store.count_events(&filter)?;
            Ok(json!({
                "total": total,
                "limit": limit,
                "events": events.iter().map(event_json).collect::<Vec<_>>(),
            }))
        })
        .await
}

/// `GET /api/dyad`: the dyad summary of `a` and `b`, each month with its cooperation (quad
/// classes 1 and 2) and conflict (3 and 4) counts.
pub async fn dyad(
    State(state): State<AppState>,
    uri: Uri,
    q: RawQuery,
) -> Result<Response, ApiError> {
    let p = Params::from_query(q)?;
    let a = actor("a", &p.required("a")?)?;
    let b = actor("b", &p.required("b")?)?;
    let directed = p.flag("directed")?;
    let top = p.number("top", 0, 50)?.unwrap_or(10) as usize;
    let filter = p.filter()?;
    state
        .cached_json(key(&uri), move |store, lex| {
            let summary = store.dyad(&a, &b, directed, &filter, top)?;
            let mut v = serde_json::to_value(&summary)
                .map_err(|e| ApiError::internal(format!("dyad summary as JSON: {e}")))?;
            if let Some(months) = v.get_mut("months").and_then(Value::as_array_mut) {
                for (m, s) in months.iter_mut().zip(&summary.months) {
                    if let Some(o) = m.as_object_mut() {
                        o.insert("cooperation".into(), json!(s.quad[0] + s.quad[1]));
                        o.insert("conflict".into(), json!(s.quad[2] + s.quad[3]));
                    }
                }
            }
            if let Some(o) = v.as_object_mut() {
                let name = |code: &str| lex.country(code).map(|c| c.name.clone());
                o.insert("a_name".into(), json!(name(a.country())));
                o.insert("b_name".into(), json!(name(b.country())));
                o.insert(
                    "cooperation".into(),
                    json!(summary.quad[0] + summary.quad[1]),
                );
                o.insert("conflict".into(), json!(summary.quad[2] + summary.quad[3]));
            }
            Ok(v)
        })
        .await
}

/// `GET /api/docs/{id}`: a document with sentences, events, states and spans to highlight.
pub async fn document(
    State(state): State<AppState>,
    uri: Uri,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    if id.chars().count() > MAX_TEXT_CHARS * 4 {
        return Err(ApiError::BadRequest(format!(
            "document ids are at most {} characters",
            MAX_TEXT_CHARS * 4
        )));
    }
    state
        .cached_json(key(&uri), move |store, _| match store.document(&id)? {
            Some(view) => Ok(docview::json(&view)),
            None => Err(ApiError::NotFound(format!("no document {id:?}"))),
        })
        .await
}

/// `GET /api/network`: countries and the relations between them over a recent window.
pub async fn network(
    State(state): State<AppState>,
    uri: Uri,
    q: RawQuery,
) -> Result<Response, ApiError> {
    let p = Params::from_query(q)?;
    let query = NetworkQuery {
        as_of: p.date("as_of")?,
        days: p.number("days", 1, 36_500)?.unwrap_or(365),
        max_edges: p.number("limit", 1, 500)?.unwrap_or(150) as usize,
        min_events: p.number("min_events", 1, 1_000_000)?.unwrap_or(1),
    };
    state
        .cached_json(key(&uri), move |store, lex| {
            let n = network::build(store, lex, &query)?;
            serde_json::to_value(&n)
                .map_err(|e| ApiError::internal(format!("network as JSON: {e}")))
        })
        .await
}

/// `GET /api/ask`: answers a question about the relations of two countries.
pub async fn ask(State(state): State<AppState>, q: RawQuery) -> Result<Json<Value>, ApiError> {
    let p = Params::from_query(q)?;
    let question = p
        .text("q", MAX_TEXT_CHARS)?
        .ok_or_else(|| ApiError::BadRequest("q: required (a question)".into()))?;
    let as_of = p.date("as_of")?;
    state
        .with_store(move |store, lex| {
            let answer = entente_relations::ask(store, lex, &question, as_of).map_err(ask_error)?;
            serde_json::to_value(&answer)
                .map(Json)
                .map_err(|e| ApiError::internal(format!("answer as JSON: {e}")))
        })
        .await
}

/// `GET /api/brief`: the relations of one country with each partner.
pub async fn brief(State(state): State<AppState>, q: RawQuery) -> Result<Json<Value>, ApiError> {
    let p = Params::from_query(q)?;
    let country = p
        .text("country", MAX_VALUE_CHARS)?
        .ok_or_else(|| ApiError::BadRequest("country: required (a name or a code)".into()))?;
    let as_of = p.date("as_of")?;
    let among = p.text("among", MAX_VALUE_CHARS)?;
    state
        .with_store(move |store, lex| {
            let brief =
                entente_relations::brief_among(store, lex, &country, among.as_deref(), as_of)
                    .map_err(ask_error)?;
            serde_json::to_value(&brief)
                .map(Json)
                .map_err(|e| ApiError::internal(format!("brief as JSON: {e}")))
        })
        .await
}

fn ask_error(e: entente_relations::AskError) -> ApiError {
    if e.is_user_error() {
        ApiError::Unprocessable(e.to_string())
    } else {
        ApiError::internal(e.to_string())
    }
}

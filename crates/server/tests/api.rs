//! The router over a store ingested from `examples/articles.jsonl`: every endpoint, the error
//! codes, the bounds, and the OpenAPI document kept in step with the routes.

use std::path::PathBuf;
use std::sync::{Arc, OnceLock};

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use axum::Router;
use entente_lexicon::Lexicon;
use entente_server::{router, AppState, Limits, API_ROUTES};
use entente_store::{IngestOptions, Store};
use serde_json::Value;
use tower::ServiceExt;

const SEED_QUESTION: &str = "Is Israel normalising ties with Morocco?";
const SEED_DOC: &str = "morocco-israel-2020-12-10";

fn lexicon() -> Arc<Lexicon> {
    static LEX: OnceLock<Arc<Lexicon>> = OnceLock::new();
    LEX.get_or_init(|| Arc::new(Lexicon::embedded().expect("the built-in lexicon compiles")))
        .clone()
}

/// The example articles ingested once per test binary into a store under the target directory.
fn store_path() -> PathBuf {
    static PATH: OnceLock<PathBuf> = OnceLock::new();
    PATH.get_or_init(|| {
        let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"));
        let path = dir.join(format!("server-api-{}.db", std::process::id()));
        for ext in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{ext}", path.display()));
        }
        let examples = concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples/articles.jsonl");
        let mut store = Store::open(&path).expect("create the test store");
        let inputs = entente_text::read_inputs(&[examples.to_string()], None);
        let report = store
            .ingest(&lexicon(), inputs, &IngestOptions::default(), &mut ())
            .expect("ingest the examples");
        assert!(
            report.documents >= 4,
            "the examples hold at least 4 articles"
        );
        path
    })
    .clone()
}

fn app_with(limits: Limits) -> Router {
    router(AppState::open(&store_path(), lexicon(), limits).expect("open the store read-only"))
}

fn app() -> Router {
    app_with(Limits::default())
}

struct Reply {
    status: StatusCode,
    content_type: String,
    headers: axum::http::HeaderMap,
    body: Vec<u8>,
}

impl Reply {
    fn json(&self) -> Value {
        serde_json::from_slice(&self.body).unwrap_or_else(|e| {
            panic!(
                "not JSON ({e}): {}",
                String::from_utf8_lossy(&self.body[..self.body.len().min(400)])
            )
        })
    }

    fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    /// The status, and for an error its JSON message.
    fn error(&self) -> (StatusCode, String) {
        assert!(
            self.content_type.starts_with("application/json"),
            "error answers are JSON, got {:?}",
            self.content_type
        );
        let v = self.json();
        (
            self.status,
            v["error"].as_str().expect("an error message").to_string(),
        )
    }
}

async fn send(app: &Router, req: Request<Body>) -> Reply {
    let resp = app.clone().oneshot(req).await.expect("the router answers");
    let status = resp.status();
    let headers = resp.headers().clone();
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string();
    let body = axum::body::to_bytes(resp.into_body(), 16 << 20)
        .await
        .expect("a body")
        .to_vec();
    Reply {
        status,
        content_type,
        headers,
        body,
    }
}

async fn get(app: &Router, uri: &str) -> Reply {
    send(app, Request::get(uri).body(Body::empty()).unwrap()).await
}

fn encode(s: &str) -> String {
    s.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b == b'-' || b == b'_' || b == b'.' {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

#[tokio::test]
async fn health_counts_the_store() {
    let r = get(&app(), "/api/health").await;
    assert_eq!(r.status, StatusCode::OK);
    let v = r.json();
    assert_eq!(v["status"], "ok");
    assert!(v["counts"]["documents"].as_u64().unwrap() >= 4);
    assert!(v["counts"]["events"].as_u64().unwrap() > 0);
}

#[tokio::test]
async fn events_filter_sort_and_limit() {
    let app = app();
    let r = get(&app, "/api/events").await;
    assert_eq!(r.status, StatusCode::OK);
    let all = r.json();
    let total = all["total"].as_u64().unwrap();
    assert!(total > 1);
    assert_eq!(
        all["events"].as_array().unwrap().len() as u64,
        total.min(50)
    );

    let r = get(&app, "/api/events?dyad=ISR,MAR&sort=notable&limit=1").await;
    assert_eq!(r.status, StatusCode::OK);
    let v = r.json();
    assert!(v["total"].as_u64().unwrap() >= 1);
    let events = v["events"].as_array().unwrap();
    assert_eq!(events.len(), 1);
    let e = &events[0];
    let pair = [
        e["source"]["country"].as_str().unwrap(),
        e["target"]["country"].as_str().unwrap(),
    ];
    assert!(pair.contains(&"ISR") && pair.contains(&"MAR"), "{pair:?}");

    let r = get(
        &app,
        "/api/events?quad=1,2&sort=recent&from=2020-01-01&to=2020-12-31",
    )
    .await;
    assert_eq!(r.status, StatusCode::OK);
    for e in r.json()["events"].as_array().unwrap() {
        assert!(e["quad_class"].as_u64().unwrap() <= 2);
    }

    let r = get(&app, "/api/events?text=relations&modality=all").await;
    assert_eq!(r.status, StatusCode::OK);
    let found = r.json()["total"].as_u64().unwrap();
    assert!(found >= 1 && found < total, "{found} of {total}");

    let r = get(&app, "/api/events?actor=MAR&mentions=true&limit=5").await;
    assert_eq!(r.status, StatusCode::OK);
    let v = r.json();
    let mentions = v["mentions"].as_array().unwrap();
    assert!(!mentions.is_empty() && mentions.len() <= 5);
    assert!(mentions[0]["trigger"]["span"].is_array());
}

#[tokio::test]
async fn events_reject_bad_parameters_with_400() {
    let app = app();
    for (uri, needle) in [
        ("/api/events?limit=1001", "limit"),
        ("/api/events?limit=0", "limit"),
        ("/api/events?limit=ten", "limit"),
        ("/api/events?quad=5", "quad"),
        ("/api/events?actor=Israel", "not an actor code"),
        ("/api/events?dyad=ISR", "dyad"),
        ("/api/events?from=2020-13-01", "YYYY-MM-DD"),
        ("/api/events?sort=random", "sort"),
        ("/api/events?modality=rumour", "modality"),
        ("/api/events?cameo=abc", "cameo"),
        ("/api/events?text=%22unterminated", "full-text"),
        ("/api/events?mentions=maybe", "mentions"),
    ] {
        let r = get(&app, uri).await;
        let (status, message) = r.error();
        assert_eq!(status, StatusCode::BAD_REQUEST, "{uri}: {message}");
        assert!(message.contains(needle), "{uri}: {message}");
    }
}

#[tokio::test]
async fn dyad_has_monthly_cooperation_and_conflict() {
    let app = app();
    let r = get(&app, "/api/dyad?a=ISR&b=MAR").await;
    assert_eq!(r.status, StatusCode::OK);
    let v = r.json();
    assert_eq!(v["a"], "ISR");
    assert_eq!(v["b"], "MAR");
    assert!(v["events"].as_u64().unwrap() >= 1);
    let months = v["months"].as_array().unwrap();
    assert!(!months.is_empty());
    for m in months {
        let q: Vec<u64> = m["quad"]
            .as_array()
            .unwrap()
            .iter()
            .map(|x| x.as_u64().unwrap())
            .collect();
        assert_eq!(m["cooperation"].as_u64().unwrap(), q[0] + q[1]);
        assert_eq!(m["conflict"].as_u64().unwrap(), q[2] + q[3]);
        assert!(m["goldstein_mean"].is_number());
    }
    assert!(v["a_name"].is_string());

    for (uri, needle) in [
        ("/api/dyad?a=ISR", "b: required"),
        ("/api/dyad?b=MAR", "a: required"),
        ("/api/dyad?a=ISR&b=MAR&top=51", "top"),
        ("/api/dyad?a=ISR&b=Morocco", "not an actor code"),
    ] {
        let (status, message) = get(&app, uri).await.error();
        assert_eq!(status, StatusCode::BAD_REQUEST, "{uri}: {message}");
        assert!(message.contains(needle), "{uri}: {message}");
    }
}

#[tokio::test]
async fn documents_carry_spans_to_highlight() {
    let app = app();
    let r = get(&app, &format!("/api/docs/{SEED_DOC}")).await;
    assert_eq!(r.status, StatusCode::OK);
    let v = r.json();
    let text = v["document"]["text"].as_str().unwrap();
    assert!(!v["sentences"].as_array().unwrap().is_empty());
    let events = v["events"].as_array().unwrap();
    assert!(!events.is_empty());
    let marks = v["marks"].as_array().unwrap();
    for kind in ["source", "target", "trigger"] {
        assert!(marks.iter().any(|m| m["kind"] == kind), "a {kind} mark");
    }
    // Every mark's span is a slice of the text, and actor and trigger marks name their
    // mention's words exactly.
    for m in marks {
        let s = m["span"][0].as_u64().unwrap() as usize;
        let e = m["span"][1].as_u64().unwrap() as usize;
        let words = text.get(s..e).expect("a span inside the text");
        let Some(mid) = m["mention_id"].as_i64() else {
            continue;
        };
        let mention = events.iter().find(|x| x["mention_id"] == mid).unwrap();
        let expected = match m["kind"].as_str().unwrap() {
            "source" => &mention["source"]["text"],
            "target" => &mention["target"]["text"],
            "trigger" => &mention["trigger"]["text"],
            _ => continue,
        };
        assert_eq!(words, expected.as_str().unwrap());
    }
    // Temporal expressions are found and, where they date an event, linked to it.
    let dates = v["dates"].as_array().unwrap();
    assert!(dates.iter().any(|d| d["text"] == "Thursday"), "{dates:?}");

    let (status, message) = get(&app, "/api/docs/no-such-document").await.error();
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(message.contains("no-such-document"));
    let long = "x".repeat(2100);
    let (status, _) = get(&app, &format!("/api/docs/{long}")).await.error();
    assert_eq!(status, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn network_links_countries() {
    let app = app();
    let r = get(&app, "/api/network?days=36500").await;
    assert_eq!(r.status, StatusCode::OK);
    let v = r.json();
    let nodes = v["nodes"].as_array().unwrap();
    let edges = v["edges"].as_array().unwrap();
    assert!(nodes.len() >= 2 && !edges.is_empty());
    for e in edges {
        let (a, b) = (e["a"].as_str().unwrap(), e["b"].as_str().unwrap());
        assert!(a < b);
        assert!(nodes.iter().any(|n| n["id"] == a) && nodes.iter().any(|n| n["id"] == b));
        assert!(["cooperative", "conflictual", "mixed"].contains(&e["relation"].as_str().unwrap()));
        let q = e["dominant_quad"].as_u64().unwrap();
        assert!((1..=4).contains(&q));
    }
    assert!(edges
        .iter()
        .any(|e| e["a"] == "ISR" && e["b"] == "MAR" && e["relation"] == "cooperative"));
    let r = get(&app, "/api/network?limit=1").await;
    assert_eq!(r.json()["edges"].as_array().unwrap().len(), 1);
    let (status, _) = get(&app, "/api/network?days=0").await.error();
    assert_eq!(status, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn ask_answers_the_seed_question_with_evidence() {
    let app = app();
    let r = get(&app, &format!("/api/ask?q={}", encode(SEED_QUESTION))).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text());
    let v = r.json();
    assert_eq!(v["question"], SEED_QUESTION);
    assert_eq!(v["dyad"][0], "ISR");
    assert_eq!(v["dyad"][1], "MAR");
    assert!(v["verdict"].is_string());
    assert!(!v["summary"].as_str().unwrap().is_empty());
    let evidence = v["evidence"].as_array().unwrap();
    assert!(!evidence.is_empty());
    assert_eq!(evidence[0]["doc_id"], SEED_DOC);
    assert!(evidence[0]["sentence_index"].is_u64());

    let r = get(
        &app,
        &format!("/api/ask?q={}&as_of=2020-12-31", encode(SEED_QUESTION)),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.json()["as_of"], "2020-12-31");

    let (status, _) = get(&app, "/api/ask?q=what%20is%20the%20weather")
        .await
        .error();
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let (status, message) = get(&app, "/api/ask").await.error();
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(message.contains("q: required"));
    let long = "a".repeat(501);
    let (status, message) = get(&app, &format!("/api/ask?q={long}")).await.error();
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(message.contains("at most 500"));
    let (status, _) = get(&app, "/api/ask?q=x&as_of=yesterday").await.error();
    assert_eq!(status, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn brief_lists_partners() {
    let app = app();
    let r = get(&app, "/api/brief?country=ISR&as_of=2021-01-31").await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text());
    let v = r.json();
    assert_eq!(v["country"], "ISR");
    let partners = v["partners"].as_array().unwrap();
    assert!(partners.iter().any(|p| p["partner"] == "MAR"));
    for p in partners {
        assert!(p["verdict"].is_string() && p["trend"].is_string());
    }
    let (status, _) = get(&app, "/api/brief?country=Atlantis").await.error();
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let (status, _) = get(&app, "/api/brief").await.error();
    assert_eq!(status, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn openapi_describes_every_route() {
    let app = app();
    let r = get(&app, "/openapi.json").await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.content_type.starts_with("application/json"));
    let v = r.json();
    assert!(v["openapi"].as_str().unwrap().starts_with("3."));
    let paths = v["paths"].as_object().unwrap();
    for route in API_ROUTES {
        assert!(
            paths.contains_key(*route),
            "{route} is not in /openapi.json"
        );
    }
    for path in paths.keys() {
        assert!(
            API_ROUTES.contains(&path.as_str()),
            "/openapi.json describes {path}, which the router lacks"
        );
    }
    // Every declared route is really routed: no "no such route" answer.
    for route in API_ROUTES {
        let uri = route.replace("{id}", SEED_DOC);
        let r = get(&app, &uri).await;
        let v = r.json();
        assert_ne!(v["error"], "no such route", "{uri}");
    }
}

#[tokio::test]
async fn errors_are_json_and_bounded() {
    let app = app_with(Limits {
        max_body_bytes: 1024,
        ..Limits::default()
    });
    let (status, message) = get(&app, "/api/nothing-here").await.error();
    assert_eq!(
        (status, message.as_str()),
        (StatusCode::NOT_FOUND, "no such route")
    );

    let r = send(
        &app,
        Request::post("/api/events").body(Body::from("{}")).unwrap(),
    )
    .await;
    let (status, _) = r.error();
    assert_eq!(status, StatusCode::METHOD_NOT_ALLOWED);
    assert!(r.headers.contains_key(header::ALLOW));

    let big = vec![b'x'; 4096];
    let r = send(
        &app,
        Request::post("/api/ask")
            .header(header::CONTENT_LENGTH, big.len())
            .body(Body::from(big))
            .unwrap(),
    )
    .await;
    let (status, message) = r.error();
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE, "{message}");

    let long_query = format!("/api/events?text={}", "a".repeat(5000));
    let (status, _) = get(&app, &long_query).await.error();
    assert_eq!(status, StatusCode::URI_TOO_LONG);

    let many: Vec<String> = (0..40).map(|i| format!("p{i}=1")).collect();
    let (status, _) = get(&app, &format!("/api/events?{}", many.join("&")))
        .await
        .error();
    assert_eq!(status, StatusCode::BAD_REQUEST);

    let r = get(&app, "/api/health").await;
    assert_eq!(r.headers[header::X_CONTENT_TYPE_OPTIONS], "nosniff");
    assert!(r.headers[header::CONTENT_SECURITY_POLICY]
        .to_str()
        .unwrap()
        .contains("default-src 'none'"));
}

#[tokio::test]
async fn store_failures_are_generic_500s() {
    // A store that disappears after the server started: the first connection is open, a
    // second one (opened when two queries run at once) is not; the client learns nothing of
    // paths or SQLite.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("gone.db");
    std::fs::copy(store_path(), &path).unwrap();
    let state = AppState::open(&path, lexicon(), Limits::default()).unwrap();
    std::fs::remove_file(&path).unwrap();
    let app = router(state);
    let (a, b) = tokio::join!(
        get(&app, "/api/dyad?a=ISR&b=MAR"),
        get(&app, "/api/dyad?a=ISR&b=MAR")
    );
    let statuses = [a.status, b.status];
    assert!(
        statuses.contains(&StatusCode::INTERNAL_SERVER_ERROR) || statuses == [StatusCode::OK; 2]
    );
    for r in [a, b] {
        if r.status == StatusCode::INTERNAL_SERVER_ERROR {
            let (_, message) = r.error();
            assert!(
                !message.contains("gone.db") && !message.contains("sqlite"),
                "{message}"
            );
        }
    }
}

/// The dashboard script parses (checked with Node.js where it is installed).
#[test]
fn the_dashboard_script_parses() {
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/assets/app.js");
    match std::process::Command::new("node")
        .arg("--check")
        .arg(script)
        .output()
    {
        Ok(out) => assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        ),
        Err(_) => eprintln!("skipping: node is not installed"),
    }
}

#[tokio::test]
async fn cached_answers_follow_the_store() {
    // A copy of the store that a writer keeps ingesting into while the server runs.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("live.db");
    {
        let mut store = Store::open(&path).unwrap();
        let examples = concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples/articles.jsonl");
        let inputs = entente_text::read_inputs(&[examples.to_string()], None);
        store
            .ingest(&lexicon(), inputs, &IngestOptions::default(), &mut ())
            .unwrap();
    }
    let app = router(AppState::open(&path, lexicon(), Limits::default()).unwrap());
    let total = |r: Reply| r.json()["total"].as_u64().unwrap();
    let before = total(get(&app, "/api/events?limit=1").await);
    assert_eq!(total(get(&app, "/api/events?limit=1").await), before);
    let doc = entente_model::Document {
        id: "late-1".into(),
        title: Some("Envoys withdrawn".into()),
        text: "Envoys withdrawn\nFrance recalled its ambassador to Italy on Monday.".into(),
        date: chrono::NaiveDate::from_ymd_opt(2019, 2, 7),
        source: Some("Example Wire".into()),
        has_headline: true,
        ..entente_model::Document::default()
    };
    let mut writer = Store::open(&path).unwrap();
    writer
        .ingest(
            &lexicon(),
            vec![Ok(doc)],
            &IngestOptions::default(),
            &mut (),
        )
        .unwrap();
    assert!(total(get(&app, "/api/events?limit=1").await) > before);
}

#[tokio::test]
async fn dashboard_and_document_pages_render() {
    let app = app();
    let r = get(&app, &format!("/?q={}", encode(SEED_QUESTION))).await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.content_type.starts_with("text/html"));
    let html = r.text();
    for id in [
        "id=\"verdict\"",
        "id=\"evidence\"",
        "id=\"dyad-chart\"",
        "id=\"network\"",
        "id=\"events-table\"",
        "src=\"/assets/app.js\"",
    ] {
        assert!(html.contains(id), "the dashboard has {id}");
    }
    assert!(html.contains(&format!("value=\"{SEED_QUESTION}\"")));
    assert!(
        !html.contains("src=\"http") && !html.contains("href=\"http"),
        "the dashboard loads nothing from elsewhere"
    );

    // Values from the request are escaped.
    let r = get(&app, "/?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E").await;
    let html = r.text();
    assert!(!html.contains("<script>alert"));
    assert!(html.contains("&lt;script&gt;alert(1)"));

    for (asset, kind) in [
        ("/assets/app.js", "text/javascript"),
        ("/assets/app.css", "text/css"),
    ] {
        let r = get(&app, asset).await;
        assert_eq!(r.status, StatusCode::OK);
        assert!(r.content_type.starts_with(kind));
        assert!(
            !r.text().contains("https://"),
            "{asset} fetches nothing from elsewhere"
        );
    }
    assert_eq!(
        get(&app, "/assets/other.js").await.status,
        StatusCode::NOT_FOUND
    );

    let r = get(&app, &format!("/doc/{SEED_DOC}")).await;
    assert_eq!(r.status, StatusCode::OK);
    let html = r.text();
    assert!(html.contains("class=\"hl source\""));
    assert!(html.contains("class=\"hl trigger\""));
    assert!(html.contains("class=\"hl target\""));
    assert!(html.contains("class=\"hl date\""));
    assert!(html.contains("href=\"#m"), "marks link to their events");
    assert!(
        html.contains("id=\"s0\""),
        "sentences are anchors for evidence links"
    );
    let r = get(&app, "/doc/no-such-document").await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    assert!(r.content_type.starts_with("text/html"));
}

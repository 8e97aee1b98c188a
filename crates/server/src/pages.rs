//! Server-rendered pages: the dashboard shell (its panels are filled by `assets/app.js` from
//! the JSON API) and the document view (rendered whole here, highlights included), plus the
//! embedded static assets.

use std::fmt::Write as _;

use axum::extract::{Path, State};
use axum::http::{header, StatusCode};
use axum::response::{Html, IntoResponse, Response};
use entente_store::{DocumentView, StoreCounts};

use crate::api::RawQuery;
use crate::docview::{self, MarkKind};
use crate::html::{escape, safe_link, url_component};
use crate::params::{Params, MAX_TEXT_CHARS};
use crate::{ApiError, AppState};

const APP_JS: &str = include_str!("../assets/app.js");
const APP_CSS: &str = include_str!("../assets/app.css");

/// `GET /assets/{name}`: the dashboard's script and style sheet, from the binary.
pub async fn asset(Path(name): Path<String>) -> Response {
    let (body, kind) = match name.as_str() {
        "app.js" => (APP_JS, "text/javascript; charset=utf-8"),
        "app.css" => (APP_CSS, "text/css; charset=utf-8"),
        _ => return ApiError::NotFound(format!("no asset {name:?}")).into_response(),
    };
    (
        [
            (header::CONTENT_TYPE, kind),
            (header::CACHE_CONTROL, "no-cache"),
        ],
        body,
    )
        .into_response()
}

fn head(title: &str) -> String {
    format!(
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<link rel=\"stylesheet\" href=\"/assets/app.css\">\n\
         <script src=\"/assets/app.js\" defer></script>\n</head>\n",
        escape(title)
    )
}

fn counts_line(c: &StoreCounts, lexicon: &str) -> String {
    format!(
        "{} documents · {} events from {} reports · {} relation states · lexicon {}",
        c.documents,
        c.events,
        c.mentions,
        c.states,
        escape(lexicon)
    )
}

/// `GET /`: the dashboard. `?q=QUESTION&as_of=DATE` fills the ask box, and the script asks on
/// load; `?a=ISR&b=MAR` opens that dyad's timeline.
pub async fn dashboard(
    State(state): State<AppState>,
    q: RawQuery,
) -> Result<Html<String>, ApiError> {
    let p = Params::from_query(q)?;
    let question = p.text("q", MAX_TEXT_CHARS)?.unwrap_or_default();
    let as_of = p.date("as_of")?.map(|d| d.to_string()).unwrap_or_default();
    let a = p.value("a")?.unwrap_or_default();
    let b = p.value("b")?.unwrap_or_default();
    let stats = state
        .with_store(|store, lex| Ok(counts_line(&store.counts()?, &lex.version)))
        .await?;
    let mut h = head("Entente: relations dashboard");
    let _ = write!(
        h,
        r##"<body>
<header class="top">
  <h1><a href="/">Entente</a></h1>
  <p class="stats" id="stats">{stats}</p>
  <nav><a href="#ask-panel">Ask</a> <a href="#dyad-panel">Dyad</a> <a href="#network-panel">Network</a> <a href="#brief-panel">Brief</a> <a href="#events-panel">Events</a> <a href="/openapi.json">API</a></nav>
</header>
<main>
<section id="ask-panel" class="panel wide">
  <h2>Ask about a relationship</h2>
  <form id="ask-form" action="/" method="get" class="row">
    <input id="q" name="q" type="search" value="{question}" maxlength="{max}" placeholder="e.g. Are two countries normalising ties?" aria-label="Question" required>
    <label>as of <input id="as_of" name="as_of" type="date" value="{as_of}"></label>
    <button type="submit">Ask</button>
  </form>
  <p id="ask-status" class="status" role="status"></p>
  <div id="ask-result" hidden>
    <div id="verdict" class="verdict"></div>
    <p id="summary" class="summary"></p>
    <p id="history" class="history"></p>
    <div class="cols">
      <div><h3>Timeline</h3><ol id="timeline" class="timeline"></ol></div>
      <div><h3>Evidence</h3><ol id="evidence" class="evidence"></ol></div>
    </div>
  </div>
</section>
<section id="dyad-panel" class="panel">
  <h2>Dyad timeline</h2>
  <form id="dyad-form" class="row">
    <input id="dyad-a" name="a" value="{a}" placeholder="A (e.g. ISR)" maxlength="12" aria-label="First actor code" size="8">
    <input id="dyad-b" name="b" value="{b}" placeholder="B" maxlength="12" aria-label="Second actor code" size="8">
    <button type="submit">Show</button>
  </form>
  <div id="dyad-chart" class="chart"></div>
  <p id="dyad-summary" class="status"></p>
  <h3>Most notable events</h3>
  <ol id="dyad-notable" class="timeline"></ol>
</section>
<section id="network-panel" class="panel">
  <h2>Network of countries</h2>
  <form id="network-form" class="row">
    <label>window <select id="network-days" name="days"><option value="90">90 days</option><option value="365">1 year</option><option value="1825" selected>5 years</option><option value="36500">all</option></select></label>
    <label>as of <input id="network-as-of" name="as_of" type="date"></label>
    <button type="submit">Draw</button>
  </form>
  <div id="network" class="chart"></div>
  <p class="legend"><span class="key coop"></span> cooperative <span class="key conf"></span> conflictual <span class="key mixed"></span> mixed · click an edge for its timeline, a country for its brief</p>
</section>
<section id="brief-panel" class="panel wide">
  <h2>Country brief</h2>
  <form id="brief-form" class="row">
    <input id="brief-country" name="country" placeholder="country name or code" maxlength="100" aria-label="Country">
    <button type="submit">Brief</button>
  </form>
  <p id="brief-status" class="status"></p>
  <table id="brief-table" class="grid" hidden><thead><tr><th>partner</th><th>verdict</th><th>trend</th><th>reports</th><th>latest</th></tr></thead><tbody></tbody></table>
</section>
<section id="events-panel" class="panel wide">
  <h2>Events</h2>
  <form id="events-form" class="filters">
    <label>actor <input name="actor" size="7" maxlength="12"></label>
    <label>source <input name="source" size="7" maxlength="12"></label>
    <label>target <input name="target" size="7" maxlength="12"></label>
    <label>CAMEO <input name="cameo" size="8" placeholder="04,173" maxlength="100"></label>
    <label>quad <select name="quad"><option value="">any</option><option value="1">1 verbal coop.</option><option value="2">2 material coop.</option><option value="3">3 verbal conflict</option><option value="4">4 material conflict</option><option value="1,2">cooperation</option><option value="3,4">conflict</option></select></label>
    <label>modality <select name="modality"><option value="">default</option><option>assertion</option><option>intent</option><option>future</option><option>negated</option><option>hypothetical</option><option>question</option><option>all</option></select></label>
    <label>from <input name="from" type="date"></label>
    <label>to <input name="to" type="date"></label>
    <label>text <input name="text" size="14" maxlength="200"></label>
    <label>sort <select name="sort"><option value="recent">recent</option><option value="date">date</option><option value="notable">notable</option></select></label>
    <label>limit <input name="limit" type="number" min="1" max="{max_events}" value="50"></label>
    <button type="submit">Filter</button>
  </form>
  <p id="events-status" class="status"></p>
  <table id="events-table" class="grid"><thead><tr><th>id</th><th>date</th><th>source</th><th>target</th><th>CAMEO</th><th>quad</th><th>Goldstein</th><th>modality</th><th>sources</th><th>sentence</th></tr></thead><tbody></tbody></table>
</section>
</main>
<noscript><p class="panel">The charts and the ask box need JavaScript; the JSON API at <a href="/openapi.json">/openapi.json</a> and the document pages work without it.</p></noscript>
</body>
</html>
"##,
        question = escape(&question),
        as_of = escape(&as_of),
        a = escape(&a),
        b = escape(&b),
        max = MAX_TEXT_CHARS,
        max_events = state.limits().max_events,
    );
    Ok(Html(h))
}

/// `GET /doc/{id}`: a stored document with its actors, triggers and dates highlighted, each
/// linked to its event in the list below the text.
pub async fn document(State(state): State<AppState>, Path(id): Path<String>) -> Response {
    if id.chars().count() > MAX_TEXT_CHARS * 4 {
        return ApiError::BadRequest("document id too long".into()).into_response();
    }
    let lookup = id.clone();
    let result = state
        .with_store(move |store, _| Ok(store.document(&lookup)?))
        .await;
    match result {
        Ok(Some(view)) => Html(document_page(&view)).into_response(),
        Ok(None) => {
            let mut h = head("Entente: no such document");
            let _ = writeln!(
                h,
                "<body><header class=\"top\"><h1><a href=\"/\">Entente</a></h1></header>\
                 <main><section class=\"panel wide\"><h2>No document {}</h2>\
                 <p><a href=\"/\">Back to the dashboard</a></p></section></main></body></html>",
                escape(&id)
            );
            (StatusCode::NOT_FOUND, Html(h)).into_response()
        }
        Err(e) => e.into_response(),
    }
}

fn document_page(view: &DocumentView) -> String {
    let d = &view.document;
    let dates = docview::dates(view);
    let marks = docview::marks(view, &dates);
    let title = d.title.clone().unwrap_or_else(|| d.id.clone());
    let mut h = head(&format!("Entente: {title}"));
    let _ = write!(
        h,
        "<body class=\"doc\">\n<header class=\"top\"><h1><a href=\"/\">Entente</a></h1>\
         <nav><a href=\"/\">dashboard</a> <a href=\"/api/docs/{}\">JSON</a></nav></header>\n<main>\n\
         <section class=\"panel wide\">\n<h2 id=\"doc-title\">{}</h2>\n<p class=\"meta\">id {} · \
         published {} · {}{}</p>\n",
        url_component(&d.id),
        escape(&title),
        escape(&d.id),
        d.date.map(|x| x.to_string()).unwrap_or_else(|| "undated".into()),
        escape(d.source.as_deref().unwrap_or("unknown source")),
        match d.url.as_deref().and_then(safe_link) {
            Some(u) => format!(
                " · <a href=\"{}\" rel=\"noopener noreferrer nofollow\">original</a>",
                escape(u)
            ),
            None => String::new(),
        }
    );
    h.push_str(
        "<p class=\"legend\"><mark class=\"hl source\">source</mark> \
         <mark class=\"hl trigger\">trigger</mark> <mark class=\"hl target\">target</mark> \
         <mark class=\"hl date\">date</mark> · each mark links to its event below</p>\n\
         <div id=\"doc-text\" class=\"doc-text\">\n",
    );
    let mut paragraph = None;
    for s in &view.sentences {
        if paragraph != Some(s.paragraph) {
            if paragraph.is_some() {
                h.push_str("</p>\n");
            }
            paragraph = Some(s.paragraph);
            h.push_str("<p>");
        }
        let kind = match s.kind {
            entente_model::SentenceKind::Headline => "headline",
            entente_model::SentenceKind::Body => "body",
            entente_model::SentenceKind::Boilerplate => "boilerplate",
        };
        let _ = write!(h, "<span class=\"sentence {kind}\" id=\"s{}\">", s.index);
        for piece in docview::pieces(&d.text, s.span, &marks) {
            let text = escape(piece.text);
            let Some(first) = piece.marks.first() else {
                h.push_str(&text);
                continue;
            };
            let mut classes: Vec<&str> = piece.marks.iter().map(|m| m.kind.as_str()).collect();
            classes.dedup();
            let titles: Vec<String> = piece.marks.iter().map(|m| m.label.clone()).collect();
            let title = escape(&titles.join("; "));
            match first.mention_id {
                Some(mid) => {
                    let _ = write!(
                        h,
                        "<a class=\"hl {}\" href=\"#m{mid}\" title=\"{title}\" data-event=\"{}\">{text}</a>",
                        classes.join(" "),
                        first.event_id.unwrap_or_default()
                    );
                }
                None => {
                    let _ = write!(
                        h,
                        "<mark class=\"hl {}\" title=\"{title}\">{text}</mark>",
                        classes.join(" ")
                    );
                }
            }
        }
        h.push_str("</span> ");
    }
    if paragraph.is_some() {
        h.push_str("</p>\n");
    }
    h.push_str("</div>\n</section>\n");
    let _ = write!(
        h,
        "<section class=\"panel wide\" id=\"doc-events\">\n<h2>Events ({})</h2>\n\
         <table class=\"grid\"><thead><tr><th>report</th><th>event</th><th>sentence</th>\
         <th>source</th><th>trigger</th><th>target</th><th>CAMEO</th><th>quad</th>\
         <th>Goldstein</th><th>modality</th><th>date</th><th>according to</th></tr></thead><tbody>\n",
        view.mentions.len()
    );
    for m in &view.mentions {
        let e = &m.event;
        let entry = e.cameo.entry();
        let target = e
            .target
            .as_ref()
            .map(|t| {
                format!(
                    "{} <span class=\"muted\">{}</span>",
                    escape(&t.code),
                    escape(&t.text)
                )
            })
            .unwrap_or_else(|| "-".into());
        let dyad_link = match (
            &e.source.country,
            e.target.as_ref().and_then(|t| t.country.as_ref()),
        ) {
            (Some(a), Some(b)) => format!(
                " <a href=\"/?a={}&amp;b={}#dyad-panel\" title=\"timeline of this dyad\">dyad</a>",
                url_component(a),
                url_component(b)
            ),
            _ => String::new(),
        };
        let _ = writeln!(
            h,
            "<tr id=\"m{mid}\" class=\"q{quad}\"><td>{mid}</td><td>#{eid}{dyad_link}</td>\
             <td><a href=\"#s{sidx}\">{sidx}</a></td><td>{scode} <span class=\"muted\">{stext}</span></td>\
             <td>{trigger}</td><td>{target}</td><td>{code} {name}</td><td>{quad}</td><td>{gold:.1}</td>\
             <td>{modality}</td><td>{date}</td><td>{attr}</td></tr>",
            mid = m.id,
            eid = m.event_id,
            sidx = e.sentence_index,
            scode = escape(&e.source.code),
            stext = escape(&e.source.text),
            trigger = escape(&e.trigger.text),
            code = e.cameo.as_str(),
            name = escape(entry.name),
            quad = entry.quad_class,
            gold = entry.goldstein,
            modality = e.modality.as_str(),
            date = e
                .date
                .map(|x| x.date.to_string())
                .unwrap_or_else(|| "-".into()),
            attr = escape(e.attribution.as_ref().map(|a| a.text.as_str()).unwrap_or("")),
        );
    }
    h.push_str("</tbody></table>\n</section>\n");
    if !view.states.is_empty() {
        let _ = write!(
            h,
            "<section class=\"panel wide\" id=\"doc-states\">\n<h2>Relation states ({})</h2>\n<ul>\n",
            view.states.len()
        );
        for s in &view.states {
            let x = &s.state;
            let _ = writeln!(
                h,
                "<li><a href=\"#s{}\">sentence {}</a>: {} – {} {}: {} as of {}</li>",
                x.sentence_index,
                x.sentence_index,
                escape(&x.a),
                escape(&x.b),
                x.relation.as_str(),
                escape(&x.value),
                x.as_of
            );
        }
        h.push_str("</ul>\n</section>\n");
    }
    let dated: usize = dates.iter().filter(|d| !d.mention_ids.is_empty()).count();
    let _ = write!(
        h,
        "<p class=\"status panel wide\">{} temporal expressions, {} of them dating an event · \
         marks: {} actors, {} triggers</p>\n</main>\n</body>\n</html>\n",
        dates.len(),
        dated,
        marks
            .iter()
            .filter(|m| matches!(m.kind, MarkKind::Source | MarkKind::Target))
            .count(),
        marks.iter().filter(|m| m.kind == MarkKind::Trigger).count(),
    );
    h
}

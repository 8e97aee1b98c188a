//! Queries: events and mentions by filter, dyad summaries, documents with their coding.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use entente_model::{
    Actor, Attribution, CameoCode, Document, Event, EventDate, Location, Modality, Relation,
    RelationState, Sentence, SentenceKind, Span, Trigger,
};
use rusqlite::types::Value;
use rusqlite::{params_from_iter, OptionalExtension, Row};
use serde::Serialize;

use crate::rows::{self, event_date, parse_date, parse_modality, split_sectors};
use crate::{Result, SqlContext, Store, StoreError};

/// Selects actors: a three-letter code selects a country (or an international prefix such as
/// `IGO`) with every sector — `ISR` matches ISR, ISRGOV and ISRMIL — and a longer code selects
/// exactly that code.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ActorMatch {
    /// Every actor of this country or prefix.
    Country(String),
    /// This exact actor code.
    Code(String),
}

impl ActorMatch {
    /// Parses `ISR`, `isr`, `ISRGOV`. Codes are letters in groups of three; a code longer than
    /// three letters must be upper case, so that a name ("France") is not taken for a code.
    ///
    /// ```
    /// use entente_store::ActorMatch;
    /// assert_eq!(ActorMatch::parse("isr").unwrap(), ActorMatch::Country("ISR".into()));
    /// assert_eq!(ActorMatch::parse("ISRGOV").unwrap(), ActorMatch::Code("ISRGOV".into()));
    /// assert!(ActorMatch::parse("Israel").is_err());
    /// ```
    pub fn parse(s: &str) -> Result<ActorMatch> {
        let given = s.trim();
        let code = given.to_ascii_uppercase();
        if code.len() < 3
            || !code.len().is_multiple_of(3)
            || !code.bytes().all(|b| b.is_ascii_uppercase())
            || (code.len() > 3 && code != given)
        {
            return Err(StoreError::InvalidQuery(format!(
                "{s:?} is not an actor code: use a CAMEO code such as ISR or ISRGOV \
                 (`entente actors resolve NAME --date D` finds the code of a name)"
            )));
        }
        Ok(if code.len() == 3 {
            ActorMatch::Country(code)
        } else {
            ActorMatch::Code(code)
        })
    }

    /// The code as given (upper case).
    pub fn as_str(&self) -> &str {
        match self {
            ActorMatch::Country(c) | ActorMatch::Code(c) => c,
        }
    }

    /// The country or prefix part.
    pub fn country(&self) -> &str {
        let s = self.as_str();
        &s[..3.min(s.len())]
    }

    /// SQL condition on the `side` (`source` or `target`) columns of `events`.
    fn condition(&self, alias: &str, side: &str, args: &mut Vec<Value>) -> String {
        let (column, value) = match self {
            ActorMatch::Country(c) => ("country", c),
            ActorMatch::Code(c) => ("code", c),
        };
        args.push(Value::Text(value.clone()));
        format!("{alias}.{side}_{column} = ?{}", args.len())
    }
}

impl std::fmt::Display for ActorMatch {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for ActorMatch {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// Order of query results.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum EventOrder {
    /// By event date, oldest first (undated events first), then id.
    #[default]
    Date,
    /// By event date, newest first.
    DateDesc,
    /// Most notable first: most sources, then most mentions, then largest |Goldstein|.
    Notable,
}

/// Which events a query returns. The default selects every event whose modality is emitted by
/// default (assertion, intent, future).
#[derive(Debug, Clone, Default)]
pub struct EventFilter {
    /// Either actor (source or target).
    pub actor: Option<ActorMatch>,
    /// The source actor.
    pub source: Option<ActorMatch>,
    /// The target actor.
    pub target: Option<ActorMatch>,
    /// Both actors, in either direction (use `source` and `target` for one direction).
    pub dyad: Option<(ActorMatch, ActorMatch)>,
    /// CAMEO codes or roots; each also selects the codes below it (`04` is the whole root,
    /// `031` is 031 and 0311 to 0314).
    pub cameo: Vec<String>,
    /// Quad classes, 1 to 4.
    pub quad_classes: Vec<u8>,
    /// Modalities; `None` means assertion, intent and future.
    pub modalities: Option<Vec<Modality>>,
    /// Events whose date period ends on or after this day.
    pub from: Option<NaiveDate>,
    /// Events whose date period starts on or before this day.
    pub to: Option<NaiveDate>,
    /// An SQLite FTS5 query on the sentence: `ambassador`, `"recalled its ambassador"`,
    /// `sanction* AND NOT lifted`.
    pub text: Option<String>,
    /// Events reported by at least this many publishers.
    pub min_sources: u32,
    /// An information cut-off: only reports in documents published on or before this day
    /// (events: first reported by then; mentions: in such a document). Documents without a
    /// publication date are left out when it is set.
    pub published_to: Option<NaiveDate>,
    /// Result order.
    pub order: EventOrder,
    /// At most this many results.
    pub limit: Option<usize>,
}

impl EventFilter {
    /// The modalities selected.
    pub fn modalities(&self) -> Vec<Modality> {
        self.modalities.clone().unwrap_or_else(|| {
            rows::MODALITIES
                .into_iter()
                .filter(|m| m.is_default_output())
                .collect()
        })
    }

    /// `WHERE` conditions on `events e` (and `mentions m` for the text, when `mention_text`).
    fn conditions(&self, mention_text: bool, args: &mut Vec<Value>) -> Result<Vec<String>> {
        let mut c = Vec::new();
        if let Some(a) = &self.actor {
            let s = a.condition("e", "source", args);
            let t = a.condition("e", "target", args);
            c.push(format!("({s} OR {t})"));
        }
        if let Some(a) = &self.source {
            c.push(a.condition("e", "source", args));
        }
        if let Some(a) = &self.target {
            c.push(a.condition("e", "target", args));
        }
        if let Some((a, b)) = &self.dyad {
            let ab = format!(
                "{} AND {}",
                a.condition("e", "source", args),
                b.condition("e", "target", args)
            );
            let ba = format!(
                "{} AND {}",
                b.condition("e", "source", args),
                a.condition("e", "target", args)
            );
            c.push(format!("(({ab}) OR ({ba}))"));
        }
        if !self.cameo.is_empty() {
            let mut alts = Vec::new();
            for code in &self.cameo {
                let code = code.trim();
                if CameoCode::parse(code).is_none() {
                    return Err(StoreError::InvalidQuery(format!(
                        "{code:?} is not a CAMEO code (two to four digits, e.g. 04, 042, 0311)"
                    )));
                }
                args.push(Value::Text(code.to_string()));
                alts.push(format!(
                    "substr(e.cameo, 1, {}) = ?{}",
                    code.len(),
                    args.len()
                ));
            }
            c.push(format!("({})", alts.join(" OR ")));
        }
        if !self.quad_classes.is_empty() {
            for q in &self.quad_classes {
                if !(1..=4).contains(q) {
                    return Err(StoreError::InvalidQuery(format!(
                        "quad class {q} does not exist (1 verbal cooperation, 2 material \
                         cooperation, 3 verbal conflict, 4 material conflict)"
                    )));
                }
            }
            let list: Vec<String> = self.quad_classes.iter().map(u8::to_string).collect();
            c.push(format!("e.quad_class IN ({})", list.join(", ")));
        }
        let mods: Vec<String> = self
            .modalities()
            .iter()
            .map(|m| format!("'{}'", m.as_str()))
            .collect();
        if mods.len() < rows::MODALITIES.len() {
            c.push(format!("e.modality IN ({})", mods.join(", ")));
        }
        if let Some(from) = self.from {
            args.push(Value::Integer(rows::day_number(from)));
            c.push(format!("e.period_end >= ?{}", args.len()));
        }
        if let Some(to) = self.to {
            args.push(Value::Text(rows::date_str(to)));
            c.push(format!("e.date <= ?{}", args.len()));
        }
        if let Some(text) = &self.text {
            args.push(Value::Text(text.clone()));
            let n = args.len();
            if mention_text {
                c.push(format!(
                    "(m.doc, m.sentence_index) IN \
                     (SELECT doc, idx FROM sentence_fts WHERE sentence_fts MATCH ?{n})"
                ));
            } else {
                c.push(format!(
                    "e.id IN (SELECT x.event FROM sentence_fts f JOIN mentions x \
                     ON x.doc = f.doc AND x.sentence_index = f.idx \
                     WHERE sentence_fts MATCH ?{n})"
                ));
            }
        }
        if self.min_sources > 1 {
            c.push(format!("e.num_sources >= {}", self.min_sources));
        }
        if let Some(cut) = self.published_to {
            args.push(Value::Text(rows::date_str(cut)));
            let n = args.len();
            if mention_text {
                c.push(format!(
                    "m.doc IN (SELECT id FROM documents WHERE date IS NOT NULL AND date <= ?{n})"
                ));
            } else {
                c.push(format!("e.first_reported <= ?{n}"));
            }
        }
        Ok(c)
    }

    fn order_by(&self) -> &'static str {
        match self.order {
            EventOrder::Date => "e.date, e.id",
            EventOrder::DateDesc => "e.date DESC, e.id DESC",
            EventOrder::Notable => {
                "e.num_sources DESC, e.num_mentions DESC, abs(e.goldstein) DESC, e.date, e.id"
            }
        }
    }

    /// The index to use. With parameter-sensitive planning, SQLite may otherwise walk the whole
    /// date index to satisfy `ORDER BY date` for a rare dyad.
    fn index_hint(&self) -> &'static str {
        match (&self.source, &self.target, self.order) {
            (Some(ActorMatch::Country(_)), Some(ActorMatch::Country(_)), EventOrder::Notable) => {
                "INDEXED BY events_notable"
            }
            (Some(ActorMatch::Country(_)), _, _) => "INDEXED BY events_dyad",
            (None, Some(ActorMatch::Country(_)), EventOrder::Date | EventOrder::DateDesc) => {
                "INDEXED BY events_target"
            }
            _ => "",
        }
    }

    /// True when only modality and quad class narrow the events, so that the monthly counts
    /// of `dyad_months` answer a dyad summary.
    fn by_month_only(&self) -> bool {
        self.cameo.is_empty()
            && self.from.is_none()
            && self.to.is_none()
            && self.text.is_none()
            && self.min_sources <= 1
            && self.published_to.is_none()
    }

    fn limit(&self) -> String {
        match self.limit {
            Some(n) => format!(" LIMIT {n}"),
            None => String::new(),
        }
    }
}

/// An actor of an event as the store keeps it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ActorRef {
    /// Full CAMEO actor code.
    pub code: String,
    /// Country or prefix.
    pub country: Option<String>,
    /// Surface text in the first report.
    pub name: String,
}

/// A deduplicated event: one happening, however many reports.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredEvent {
    /// Event id (GDELT's GLOBALEVENTID).
    pub id: i64,
    /// Who acted.
    pub source: ActorRef,
    /// Who was acted upon.
    pub target: Option<ActorRef>,
    /// CAMEO code.
    pub cameo: CameoCode,
    /// How the reports present it.
    pub modality: Modality,
    /// The most precise date reported.
    pub date: Option<EventDate>,
    /// Reports (coded mentions), several per article possible.
    pub num_mentions: u64,
    /// Distinct publishers.
    pub num_sources: u64,
    /// Distinct articles.
    pub num_articles: u64,
    /// Reported in a headline or lead sentence.
    pub is_root: bool,
    /// Earliest publication date of the reporting articles.
    pub first_reported: Option<NaiveDate>,
    /// Where, from the first report that says.
    pub location: Option<Location>,
    /// The first report's document.
    pub doc_id: String,
    /// The first report's URL.
    pub url: Option<String>,
    /// The first report's publisher.
    pub publisher: Option<String>,
    /// The first report's sentence position.
    pub sentence_index: u32,
    /// The first report's sentence.
    pub sentence: String,
    /// Lexicon version.
    pub lexicon_version: String,
}

/// One report of an event: the coder's record, with the event it was filed under.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    /// Mention id.
    pub id: i64,
    /// The event (cluster) id.
    pub event_id: i64,
    /// The coded event, exactly as the coder produced it.
    pub event: Event,
    /// The document's URL.
    pub url: Option<String>,
    /// The document's publisher.
    pub publisher: Option<String>,
    /// Whether the sentence is the headline or a lead sentence.
    pub is_lead: bool,
    /// The document's publication date.
    pub published: Option<NaiveDate>,
}

/// A stored relation state.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredState {
    /// State id.
    pub id: i64,
    /// The state as the coder produced it.
    pub state: RelationState,
    /// The document's URL.
    pub url: Option<String>,
    /// The document's publication date.
    pub published: Option<NaiveDate>,
}

/// One month of a dyad.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DyadMonth {
    /// `YYYY-MM`.
    pub month: String,
    /// Events per quad class (1 to 4).
    pub quad: [u64; 4],
    /// Events.
    pub events: u64,
    /// Reports of those events.
    pub mentions: u64,
    /// Sum of Goldstein weights.
    pub goldstein_sum: f64,
    /// Mean Goldstein weight.
    pub goldstein_mean: f64,
}

/// The relations between two actors, from [`Store::dyad`].
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DyadSummary {
    /// First actor.
    pub a: ActorMatch,
    /// Second actor.
    pub b: ActorMatch,
    /// Only a→b events when true; both directions otherwise.
    pub directed: bool,
    /// The modalities counted.
    pub modalities: Vec<Modality>,
    /// Events.
    pub events: u64,
    /// Events a→b.
    pub a_to_b: u64,
    /// Events b→a.
    pub b_to_a: u64,
    /// Reports of those events.
    pub mentions: u64,
    /// Events per quad class.
    pub quad: [u64; 4],
    /// Sum of Goldstein weights.
    pub goldstein_sum: f64,
    /// Mean Goldstein weight (`None` without events).
    pub goldstein_mean: Option<f64>,
    /// Events without a date (counted in the totals, not in `months`).
    pub undated: u64,
    /// Month by month, oldest first; months without events are left out.
    pub months: Vec<DyadMonth>,
    /// The earliest dated event.
    #[serde(serialize_with = "ser_opt_event")]
    pub first: Option<StoredEvent>,
    /// The latest dated event.
    #[serde(serialize_with = "ser_opt_event")]
    pub last: Option<StoredEvent>,
    /// The most notable events (most sources, most mentions, strongest Goldstein).
    #[serde(serialize_with = "ser_events")]
    pub notable: Vec<StoredEvent>,
    /// The latest statement of each relation between the two countries.
    #[serde(serialize_with = "ser_states")]
    pub states: Vec<StoredState>,
}

fn ser_opt_event<S: serde::Serializer>(
    e: &Option<StoredEvent>,
    s: S,
) -> std::result::Result<S::Ok, S::Error> {
    e.as_ref().map(crate::export::event_json).serialize(s)
}

fn ser_events<S: serde::Serializer>(
    e: &[StoredEvent],
    s: S,
) -> std::result::Result<S::Ok, S::Error> {
    s.collect_seq(e.iter().map(crate::export::event_json))
}

fn ser_states<S: serde::Serializer>(
    e: &[StoredState],
    s: S,
) -> std::result::Result<S::Ok, S::Error> {
    s.collect_seq(e.iter().map(crate::export::state_json))
}

/// A stored document with everything coded from it.
#[derive(Debug, Clone, PartialEq)]
pub struct DocumentView {
    /// The document as read.
    pub document: Document,
    /// SHA-256 of the text, in hex.
    pub content_hash: String,
    /// The lexicon version that coded it (`None` while a recode has not reached it).
    pub lexicon_version: Option<String>,
    /// Its sentences.
    pub sentences: Vec<Sentence>,
    /// Its coded events, in order.
    pub mentions: Vec<Mention>,
    /// Its relation states, in order.
    pub states: Vec<StoredState>,
    /// Ids of copies skipped as duplicates of it.
    pub duplicates: Vec<String>,
}

const EVENT_COLUMNS: &str = "e.id, e.source_code, e.source_country, e.target_code, \
    e.target_country, e.cameo, e.modality, e.date, e.date_precision, e.num_mentions, \
    e.num_sources, e.num_articles, e.is_root, e.first_reported, e.location_country, \
    e.location_place, e.lexicon_version, fm.source_text, fm.target_text, d.doc_id, d.url, \
    d.source, CAST(substr(CAST(d.text AS BLOB), fm.sentence_start + 1, \
    fm.sentence_end - fm.sentence_start) AS TEXT), fm.sentence_index";

const MENTION_COLUMNS: &str = "m.id, m.event, d.doc_id, m.sentence_index, m.sentence_start, \
    m.sentence_end, m.source_code, m.source_country, m.source_sectors, m.source_text, \
    m.source_start, m.source_end, m.source_entry, m.target_code, m.target_country, \
    m.target_sectors, m.target_text, m.target_start, m.target_end, m.target_entry, m.cameo, \
    m.modality, m.attribution_text, m.attribution_code, m.date, m.date_precision, \
    m.location_country, m.location_place, m.trigger_text, m.trigger_start, m.trigger_end, \
    m.trigger_entry, m.lexicon_version, d.url, d.source, m.is_lead, \
    CAST(substr(CAST(d.text AS BLOB), m.sentence_start + 1, \
    m.sentence_end - m.sentence_start) AS TEXT), d.date";

const STATE_COLUMNS: &str = "s.id, d.doc_id, s.sentence_index, s.sentence_start, \
    s.sentence_end, s.a, s.b, s.relation, s.value, s.as_of, s.lexicon_version, d.url, \
    CAST(substr(CAST(d.text AS BLOB), s.sentence_start + 1, \
    s.sentence_end - s.sentence_start) AS TEXT), d.date";

fn location(country: Option<String>, place: Option<String>) -> Option<Location> {
    (country.is_some() || place.is_some()).then_some(Location { country, place })
}

fn span(r: &Row, start: usize) -> rusqlite::Result<Span> {
    Ok(Span {
        start: r.get(start)?,
        end: r.get(start + 1)?,
    })
}

impl Store {
    /// Parses a stored CAMEO code and modality, naming the row when either is corrupt.
    fn code_and_modality(
        &self,
        table: &'static str,
        id: i64,
        cameo: &str,
        modality: &str,
    ) -> std::result::Result<(CameoCode, Modality), StoreError> {
        let code = CameoCode::parse(cameo)
            .ok_or_else(|| self.bad_row(table, id, format!("unknown CAMEO code {cameo:?}")))?;
        let modality = parse_modality(modality)
            .ok_or_else(|| self.bad_row(table, id, format!("unknown modality {modality:?}")))?;
        Ok((code, modality))
    }

    fn bad_row(&self, table: &'static str, id: i64, reason: String) -> StoreError {
        StoreError::Corrupt {
            path: self.label.clone(),
            table,
            id: id.to_string(),
            reason,
        }
    }

    fn query_error(&self, e: rusqlite::Error, filter: &EventFilter) -> StoreError {
        let msg = e.to_string();
        // Plain SQLITE_ERROR while a full-text query is involved is FTS5 rejecting its syntax
        // ("unterminated string", "fts5: syntax error near ..."); IO, locking and corruption
        // have codes of their own.
        let generic = matches!(&e, rusqlite::Error::SqliteFailure(f, _) if f.extended_code == 1);
        if filter.text.is_some() && generic {
            return StoreError::InvalidQuery(format!(
                "full-text query {:?}: {msg}",
                filter.text.as_deref().unwrap_or("")
            ));
        }
        StoreError::Sqlite {
            path: self.label.clone(),
            source: e,
        }
    }

    /// Calls `f` with each event that `filter` selects, in the filter's order, without holding
    /// them all in memory. An error from `f` stops the walk and is returned.
    pub fn for_each_event(
        &self,
        filter: &EventFilter,
        f: &mut dyn FnMut(StoredEvent) -> Result<()>,
    ) -> Result<()> {
        let mut args = Vec::new();
        let conds = filter.conditions(false, &mut args)?;
        let sql = if filter.limit.is_some() {
            // With a limit, pick the event ids first and join only those: otherwise every
            // candidate row is joined with its first mention and document before the sort
            // (thousands of rows for the notable events of a large dyad).
            format!(
                "SELECT {EVENT_COLUMNS} FROM (SELECT e.id FROM events e {} {} ORDER BY {}{}) top \
                 CROSS JOIN events e ON e.id = top.id CROSS JOIN mentions fm \
                 ON fm.id = e.first_mention CROSS JOIN documents d ON d.id = fm.doc \
                 ORDER BY {}",
                filter.index_hint(),
                where_clause(&conds),
                filter.order_by(),
                filter.limit(),
                filter.order_by(),
            )
        } else {
            format!(
                // CROSS JOIN keeps `events` the outer loop: the filter is on it, and the planner
                // must not start from the (larger, unfiltered) documents table.
                "SELECT {EVENT_COLUMNS} FROM events e {} CROSS JOIN mentions fm \
                 ON fm.id = e.first_mention CROSS JOIN documents d ON d.id = fm.doc {} \
                 ORDER BY {}",
                filter.index_hint(),
                where_clause(&conds),
                filter.order_by(),
            )
        };
        self.walk(&sql, &args, filter, Store::event_row, f)
    }

    /// Runs `sql` and calls `f` with each row read by `row`; errors name the filter's text
    /// query when it caused them.
    fn walk<T>(
        &self,
        sql: &str,
        args: &[Value],
        filter: &EventFilter,
        row: fn(&Store, &Row) -> rusqlite::Result<Result<T>>,
        f: &mut dyn FnMut(T) -> Result<()>,
    ) -> Result<()> {
        let mut stmt = self
            .conn
            .prepare_cached(sql)
            .map_err(|e| self.query_error(e, filter))?;
        let mut rows = stmt
            .query(params_from_iter(args.iter()))
            .map_err(|e| self.query_error(e, filter))?;
        while let Some(r) = rows.next().map_err(|e| self.query_error(e, filter))? {
            f(row(self, r).at(&self.label)??)?;
        }
        Ok(())
    }

    fn event_row(&self, r: &Row) -> rusqlite::Result<Result<StoredEvent>> {
        let id: i64 = r.get(0)?;
        let cameo: String = r.get(5)?;
        let modality: String = r.get(6)?;
        let (cameo, modality) = match self.code_and_modality("events", id, &cameo, &modality) {
            Ok(x) => x,
            Err(e) => return Ok(Err(e)),
        };
        let target_code: String = r.get(3)?;
        let target = if target_code.is_empty() {
            None
        } else {
            Some(ActorRef {
                code: target_code,
                country: r.get(4)?,
                name: r.get::<_, Option<String>>(18)?.unwrap_or_default(),
            })
        };
        let first_reported: Option<String> = r.get(13)?;
        Ok(Ok(StoredEvent {
            id,
            source: ActorRef {
                code: r.get(1)?,
                country: r.get(2)?,
                name: r.get(17)?,
            },
            target,
            cameo,
            modality,
            date: event_date(r.get(7)?, r.get(8)?),
            num_mentions: r.get::<_, i64>(9)? as u64,
            num_sources: r.get::<_, i64>(10)? as u64,
            num_articles: r.get::<_, i64>(11)? as u64,
            is_root: r.get(12)?,
            first_reported: first_reported.as_deref().and_then(parse_date),
            location: location(r.get(14)?, r.get(15)?),
            lexicon_version: r.get(16)?,
            doc_id: r.get(19)?,
            url: r.get(20)?,
            publisher: r.get(21)?,
            sentence: r.get::<_, Option<String>>(22)?.unwrap_or_default(),
            sentence_index: r.get(23)?,
        }))
    }

    /// The events that `filter` selects.
    ///
    /// ```
    /// # let store = entente_store::Store::open_in_memory().unwrap();
    /// use entente_store::{ActorMatch, EventFilter, EventOrder};
    /// let filter = EventFilter {
    ///     dyad: Some((ActorMatch::parse("ISR")?, ActorMatch::parse("MAR")?)),
    ///     cameo: vec!["04".into()],
    ///     order: EventOrder::Notable,
    ///     limit: Some(10),
    ///     ..EventFilter::default()
    /// };
    /// for e in store.events(&filter)? {
    ///     println!("{} {} {} {}", e.id, e.source.code, e.cameo, e.num_sources);
    /// }
    /// # Ok::<(), entente_store::StoreError>(())
    /// ```
    pub fn events(&self, filter: &EventFilter) -> Result<Vec<StoredEvent>> {
        let mut out = Vec::new();
        self.for_each_event(filter, &mut |e| {
            out.push(e);
            Ok(())
        })?;
        Ok(out)
    }

    /// How many events `filter` selects (its limit ignored).
    pub fn count_events(&self, filter: &EventFilter) -> Result<u64> {
        let mut args = Vec::new();
        let conds = filter.conditions(false, &mut args)?;
        let sql = format!("SELECT count(*) FROM events e {}", where_clause(&conds));
        let n: i64 = self
            .conn
            .query_row(&sql, params_from_iter(args.iter()), |r| r.get(0))
            .map_err(|e| self.query_error(e, filter))?;
        Ok(n as u64)
    }

    /// Calls `f` with each mention (one report of an event) that `filter` selects, in storage
    /// order; the full-text condition applies to the mention's own sentence.
    pub fn for_each_mention(
        &self,
        filter: &EventFilter,
        f: &mut dyn FnMut(Mention) -> Result<()>,
    ) -> Result<()> {
        let mut args = Vec::new();
        let conds = filter.conditions(true, &mut args)?;
        let sql = format!(
            "SELECT {MENTION_COLUMNS} FROM mentions m JOIN events e ON e.id = m.event \
             JOIN documents d ON d.id = m.doc {} ORDER BY m.id{}",
            where_clause(&conds),
            filter.limit()
        );
        self.walk(&sql, &args, filter, Store::mention_row, f)
    }

    /// The mentions that `filter` selects.
    pub fn mentions(&self, filter: &EventFilter) -> Result<Vec<Mention>> {
        let mut out = Vec::new();
        self.for_each_mention(filter, &mut |m| {
            out.push(m);
            Ok(())
        })?;
        Ok(out)
    }

    /// Every report of one event, in storage order.
    pub fn event_mentions(&self, event_id: i64) -> Result<Vec<Mention>> {
        let sql = format!(
            "SELECT {MENTION_COLUMNS} FROM mentions m JOIN documents d ON d.id = m.doc \
             WHERE m.event = ?1 ORDER BY m.id"
        );
        self.mentions_where(&sql, &[Value::Integer(event_id)])
    }

    /// Every mention that a full `SELECT {MENTION_COLUMNS}` query returns.
    fn mentions_where(&self, sql: &str, args: &[Value]) -> Result<Vec<Mention>> {
        let mut out = Vec::new();
        self.walk(
            sql,
            args,
            &EventFilter::default(),
            Store::mention_row,
            &mut |m| {
                out.push(m);
                Ok(())
            },
        )?;
        Ok(out)
    }

    fn mention_row(&self, r: &Row) -> rusqlite::Result<Result<Mention>> {
        let id: i64 = r.get(0)?;
        let cameo: String = r.get(20)?;
        let modality: String = r.get(21)?;
        let (cameo, modality) = match self.code_and_modality("mentions", id, &cameo, &modality) {
            Ok(x) => x,
            Err(e) => return Ok(Err(e)),
        };
        let target_code: Option<String> = r.get(13)?;
        let target = match target_code {
            Some(code) => Some(Actor {
                code,
                country: r.get(14)?,
                sectors: split_sectors(&r.get::<_, Option<String>>(15)?.unwrap_or_default()),
                text: r.get::<_, Option<String>>(16)?.unwrap_or_default(),
                span: Span {
                    start: r.get::<_, Option<u32>>(17)?.unwrap_or(0),
                    end: r.get::<_, Option<u32>>(18)?.unwrap_or(0),
                },
                entry: r.get(19)?,
            }),
            None => None,
        };
        let attribution_text: Option<String> = r.get(22)?;
        let event = Event {
            doc_id: r.get(2)?,
            sentence_index: r.get(3)?,
            sentence: r.get::<_, Option<String>>(36)?.unwrap_or_default(),
            sentence_span: span(r, 4)?,
            source: Actor {
                code: r.get(6)?,
                country: r.get(7)?,
                sectors: split_sectors(&r.get::<_, String>(8)?),
                text: r.get(9)?,
                span: span(r, 10)?,
                entry: r.get(12)?,
            },
            target,
            cameo,
            modality,
            attribution: attribution_text.map(|text| Attribution {
                text,
                code: r.get(23).ok().flatten(),
            }),
            date: event_date(r.get(24)?, r.get(25)?),
            location: location(r.get(26)?, r.get(27)?),
            trigger: Trigger {
                text: r.get(28)?,
                span: span(r, 29)?,
                entry: r.get(31)?,
            },
            lexicon_version: r.get(32)?,
        };
        Ok(Ok(Mention {
            id,
            event_id: r.get(1)?,
            event,
            url: r.get(33)?,
            publisher: r.get(34)?,
            is_lead: r.get(35)?,
            published: r
                .get::<_, Option<String>>(37)?
                .as_deref()
                .and_then(parse_date),
        }))
    }

    /// The publication date of the newest stored document (`None` for an empty store).
    pub fn newest_document_date(&self) -> Result<Option<NaiveDate>> {
        let d: Option<String> = self
            .conn
            .query_row("SELECT max(date) FROM documents", [], |r| r.get(0))
            .at(&self.label)?;
        Ok(d.as_deref().and_then(parse_date))
    }

    /// The relation states between `country` and `partner` (or between `country` and anyone),
    /// in either position, from documents published on or before `published_to` when it is
    /// given; ordered by publication date, then storage order.
    pub fn states_of(
        &self,
        country: &str,
        partner: Option<&str>,
        published_to: Option<NaiveDate>,
    ) -> Result<Vec<StoredState>> {
        let mut args = vec![Value::Text(country.to_string())];
        let mut cond = match partner {
            Some(p) => {
                args.push(Value::Text(p.to_string()));
                "((s.a = ?1 AND s.b = ?2) OR (s.a = ?2 AND s.b = ?1))".to_string()
            }
            None => "(s.a = ?1 OR s.b = ?1)".to_string(),
        };
        if let Some(cut) = published_to {
            args.push(Value::Text(rows::date_str(cut)));
            cond.push_str(&format!(
                " AND d.date IS NOT NULL AND d.date <= ?{}",
                args.len()
            ));
        }
        cond.push_str(" ORDER BY d.date, s.id");
        self.states_where(&cond, &args)
    }

    fn states_where(&self, cond: &str, args: &[Value]) -> Result<Vec<StoredState>> {
        let sql = format!(
            "SELECT {STATE_COLUMNS} FROM states s CROSS JOIN documents d ON d.id = s.doc \
             WHERE {cond}"
        );
        let mut stmt = self.conn.prepare_cached(&sql).at(&self.label)?;
        let rows = stmt
            .query_map(params_from_iter(args.iter()), |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    RawState {
                        doc_id: r.get(1)?,
                        sentence_index: r.get(2)?,
                        sentence_span: span(r, 3)?,
                        a: r.get(5)?,
                        b: r.get(6)?,
                        relation: r.get(7)?,
                        value: r.get(8)?,
                        as_of: r.get(9)?,
                        lexicon_version: r.get(10)?,
                        url: r.get(11)?,
                        sentence: r.get::<_, Option<String>>(12)?.unwrap_or_default(),
                        published: r.get(13)?,
                    },
                ))
            })
            .at(&self.label)?;
        let mut out = Vec::new();
        for row in rows {
            let (id, raw) = row.at(&self.label)?;
            let Some(relation) = Relation::parse(&raw.relation) else {
                return Err(self.bad_row(
                    "states",
                    id,
                    format!("unknown relation {:?}", raw.relation),
                ));
            };
            let Some(as_of) = parse_date(&raw.as_of) else {
                return Err(self.bad_row("states", id, format!("bad date {:?}", raw.as_of)));
            };
            out.push(StoredState {
                id,
                url: raw.url,
                published: raw.published.as_deref().and_then(parse_date),

                state: RelationState {
                    doc_id: raw.doc_id,
                    sentence_index: raw.sentence_index,
                    sentence: raw.sentence,
                    sentence_span: raw.sentence_span,
                    a: raw.a,
                    b: raw.b,
                    relation,
                    value: raw.value,
                    as_of,
                    lexicon_version: raw.lexicon_version,
                },
            });
        }
        Ok(out)
    }

    /// Summarises the relations between `a` and `b`: counts per month and quad class, Goldstein
    /// sum and mean, first and last events, the `top` most notable events, and the latest
    /// statement of each relation state. Both directions unless `directed`. `filter` narrows
    /// the events (modalities, dates, codes); its actor fields and order are ignored.
    pub fn dyad(
        &self,
        a: &ActorMatch,
        b: &ActorMatch,
        directed: bool,
        filter: &EventFilter,
        top: usize,
    ) -> Result<DyadSummary> {
        let base = EventFilter {
            actor: None,
            source: None,
            target: None,
            dyad: None,
            limit: None,
            order: EventOrder::Date,
            ..filter.clone()
        };
        let mut summary = DyadSummary {
            a: a.clone(),
            b: b.clone(),
            directed,
            modalities: base.modalities(),
            events: 0,
            a_to_b: 0,
            b_to_a: 0,
            mentions: 0,
            quad: [0; 4],
            goldstein_sum: 0.0,
            goldstein_mean: None,
            undated: 0,
            months: Vec::new(),
            first: None,
            last: None,
            notable: Vec::new(),
            states: Vec::new(),
        };
        let mut months: BTreeMap<String, DyadMonth> = BTreeMap::new();
        let mut directions = vec![(a, b)];
        if !directed && a != b {
            directions.push((b, a));
        }
        for (i, (s, t)) in directions.iter().enumerate() {
            let f = EventFilter {
                source: Some((*s).clone()),
                target: Some((*t).clone()),
                ..base.clone()
            };
            let mut n = 0;
            let mut add = |month: Option<&str>, quad: i64, events: u64, mentions: u64, g: f64| {
                let q = (quad.clamp(1, 4) - 1) as usize;
                n += events;
                summary.quad[q] += events;
                summary.mentions += mentions;
                summary.goldstein_sum += g;
                match month.filter(|m| m.len() == 7) {
                    Some(m) => {
                        let row = months.entry(m.to_string()).or_insert_with(|| DyadMonth {
                            month: m.to_string(),
                            quad: [0; 4],
                            events: 0,
                            mentions: 0,
                            goldstein_sum: 0.0,
                            goldstein_mean: 0.0,
                        });
                        row.quad[q] += events;
                        row.events += events;
                        row.mentions += mentions;
                        row.goldstein_sum += g;
                    }
                    None => summary.undated += events,
                }
            };
            if let (ActorMatch::Country(sc), ActorMatch::Country(tc), true) =
                (s, t, base.by_month_only())
            {
                // Countries and no event-level conditions: the maintained monthly counts.
                let mut args = vec![Value::Text(sc.clone()), Value::Text(tc.clone())];
                let mut conds = vec![
                    "source_country = ?1".to_string(),
                    "target_country = ?2".into(),
                ];
                let mods: Vec<String> = base
                    .modalities()
                    .iter()
                    .map(|m| format!("'{}'", m.as_str()))
                    .collect();
                conds.push(format!("modality IN ({})", mods.join(", ")));
                if !base.quad_classes.is_empty() {
                    base.conditions(false, &mut args)?; // validates the quad classes
                    args.truncate(2);
                    let list: Vec<String> = base.quad_classes.iter().map(u8::to_string).collect();
                    conds.push(format!("quad_class IN ({})", list.join(", ")));
                }
                let sql = format!(
                    "SELECT month, quad_class, sum(events), sum(mentions), sum(goldstein_sum) \
                     FROM dyad_months WHERE {} GROUP BY month, quad_class",
                    conds.join(" AND ")
                );
                let mut stmt = self.conn.prepare_cached(&sql).at(&self.label)?;
                let mut rows = stmt.query(params_from_iter(args.iter())).at(&self.label)?;
                while let Some(r) = rows.next().at(&self.label)? {
                    let month: String = r.get(0).at(&self.label)?;
                    add(
                        Some(month.as_str()),
                        r.get(1).at(&self.label)?,
                        r.get::<_, i64>(2).at(&self.label)?.max(0) as u64,
                        r.get::<_, i64>(3).at(&self.label)?.max(0) as u64,
                        r.get(4).at(&self.label)?,
                    );
                }
            } else {
                let mut args = Vec::new();
                let conds = f.conditions(false, &mut args)?;
                let sql = format!(
                    "SELECT e.date, e.quad_class, e.goldstein, e.num_mentions FROM events e {} {}",
                    f.index_hint(),
                    where_clause(&conds)
                );
                let mut stmt = self
                    .conn
                    .prepare_cached(&sql)
                    .map_err(|e| self.query_error(e, &f))?;
                let mut rows = stmt
                    .query(params_from_iter(args.iter()))
                    .map_err(|e| self.query_error(e, &f))?;
                while let Some(r) = rows.next().at(&self.label)? {
                    let date: Option<String> = r.get(0).at(&self.label)?;
                    add(
                        date.as_deref().and_then(|d| d.get(..7)),
                        r.get(1).at(&self.label)?,
                        1,
                        r.get::<_, i64>(3).at(&self.label)?.max(0) as u64,
                        r.get(2).at(&self.label)?,
                    );
                }
            }
            if i == 0 {
                summary.a_to_b = n;
            } else {
                summary.b_to_a = n;
            }
            summary.events += n;
        }
        for m in months.values_mut() {
            m.goldstein_mean = m.goldstein_sum / m.events.max(1) as f64;
        }
        summary.months = months.into_values().collect();
        if summary.events > 0 {
            summary.goldstein_mean = Some(summary.goldstein_sum / summary.events as f64);
        }
        let pick = |order: EventOrder, limit: usize| -> Result<Vec<StoredEvent>> {
            let mut best: Vec<StoredEvent> = Vec::new();
            for (s, t) in &directions {
                let f = EventFilter {
                    source: Some((*s).clone()),
                    target: Some((*t).clone()),
                    order,
                    limit: Some(limit),
                    ..base.clone()
                };
                best.extend(self.events(&f)?);
            }
            best.sort_by(|x, y| compare(order, x, y));
            best.truncate(limit);
            Ok(best)
        };
        let dated = EventFilter {
            from: Some(base.from.unwrap_or(NaiveDate::MIN)),
            ..base.clone()
        };
        let pick_dated = |order: EventOrder| -> Result<Option<StoredEvent>> {
            let mut best: Vec<StoredEvent> = Vec::new();
            for (s, t) in &directions {
                let f = EventFilter {
                    source: Some((*s).clone()),
                    target: Some((*t).clone()),
                    order,
                    limit: Some(1),
                    ..dated.clone()
                };
                best.extend(self.events(&f)?);
            }
            best.sort_by(|x, y| compare(order, x, y));
            Ok(best.into_iter().next())
        };
        summary.first = pick_dated(EventOrder::Date)?;
        summary.last = pick_dated(EventOrder::DateDesc)?;
        summary.notable = pick(EventOrder::Notable, top)?;
        let (ca, cb) = (a.country().to_string(), b.country().to_string());
        let states = self.states_where(
            "((s.a = ?1 AND s.b = ?2) OR (s.a = ?2 AND s.b = ?1)) ORDER BY s.as_of DESC, s.id DESC",
            &[Value::Text(ca), Value::Text(cb)],
        )?;
        let mut seen = std::collections::HashSet::new();
        summary.states = states
            .into_iter()
            .filter(|s| seen.insert(s.state.relation))
            .collect();
        Ok(summary)
    }

    /// A stored document by id (or, failing that, by URL), with its sentences, coded events,
    /// states and skipped duplicates.
    pub fn document(&self, id: &str) -> Result<Option<DocumentView>> {
        type Raw = (
            i64,
            String,
            Vec<u8>,
            Option<String>,
            Option<String>,
            Option<String>,
            Option<String>,
            bool,
            String,
            Option<String>,
        );
        let raw: Option<Raw> = self
            .conn
            .query_row(
                "SELECT id, doc_id, content_hash, title, date, url, source, has_headline, text,
                   lexicon_version FROM documents
                 WHERE doc_id = ?1 OR id = (SELECT min(id) FROM documents WHERE url = ?1)
                 ORDER BY doc_id = ?1 DESC LIMIT 1",
                [id],
                |r| {
                    Ok((
                        r.get(0)?,
                        r.get(1)?,
                        r.get(2)?,
                        r.get(3)?,
                        r.get(4)?,
                        r.get(5)?,
                        r.get(6)?,
                        r.get(7)?,
                        r.get(8)?,
                        r.get(9)?,
                    ))
                },
            )
            .optional()
            .at(&self.label)?;
        let Some((row, doc_id, hash, title, date, url, source, has_headline, text, version)) = raw
        else {
            return Ok(None);
        };
        let mut sentences = Vec::new();
        {
            let mut stmt = self
                .conn
                .prepare_cached(
                    "SELECT idx, start, end, kind, paragraph FROM sentences WHERE doc = ?1
                     ORDER BY idx",
                )
                .at(&self.label)?;
            let rows = stmt
                .query_map([row], |r| {
                    let kind: String = r.get(3)?;
                    Ok(Sentence {
                        index: r.get(0)?,
                        span: span(r, 1)?,
                        kind: match kind.as_str() {
                            "headline" => SentenceKind::Headline,
                            "boilerplate" => SentenceKind::Boilerplate,
                            _ => SentenceKind::Body,
                        },
                        paragraph: r.get(4)?,
                    })
                })
                .at(&self.label)?;
            for s in rows {
                sentences.push(s.at(&self.label)?);
            }
        }
        let sql = format!(
            "SELECT {MENTION_COLUMNS} FROM mentions m JOIN documents d ON d.id = m.doc \
             WHERE m.doc = ?1 ORDER BY m.id"
        );
        let mentions = self.mentions_where(&sql, &[Value::Integer(row)])?;
        let states = self.states_where("s.doc = ?1 ORDER BY s.id", &[Value::Integer(row)])?;
        let mut duplicates = Vec::new();
        {
            let mut stmt = self
                .conn
                .prepare_cached("SELECT doc_id FROM duplicates WHERE same_as = ?1 ORDER BY doc_id")
                .at(&self.label)?;
            let rows = stmt.query_map([row], |r| r.get(0)).at(&self.label)?;
            for d in rows {
                duplicates.push(d.at(&self.label)?);
            }
        }
        Ok(Some(DocumentView {
            document: Document {
                id: doc_id,
                title,
                text,
                date: date.as_deref().and_then(parse_date),
                url,
                source,
                has_headline,
            },
            content_hash: hash.iter().map(|b| format!("{b:02x}")).collect(),
            lexicon_version: version,
            sentences,
            mentions,
            states,
            duplicates,
        }))
    }
}

struct RawState {
    doc_id: String,
    sentence_index: u32,
    sentence_span: Span,
    a: String,
    b: String,
    relation: String,
    value: String,
    as_of: String,
    lexicon_version: String,
    url: Option<String>,
    sentence: String,
    published: Option<String>,
}

fn where_clause(conds: &[String]) -> String {
    if conds.is_empty() {
        String::new()
    } else {
        format!("WHERE {}", conds.join(" AND "))
    }
}

fn compare(order: EventOrder, x: &StoredEvent, y: &StoredEvent) -> std::cmp::Ordering {
    let date = |e: &StoredEvent| e.date.map(|d| d.date);
    match order {
        EventOrder::Date => date(x).cmp(&date(y)).then(x.id.cmp(&y.id)),
        EventOrder::DateDesc => date(y).cmp(&date(x)).then(y.id.cmp(&x.id)),
        EventOrder::Notable => y
            .num_sources
            .cmp(&x.num_sources)
            .then(y.num_mentions.cmp(&x.num_mentions))
            .then(
                y.cameo
                    .entry()
                    .goldstein
                    .abs()
                    .total_cmp(&x.cameo.entry().goldstein.abs()),
            )
            .then(date(x).cmp(&date(y)))
            .then(x.id.cmp(&y.id)),
    }
}

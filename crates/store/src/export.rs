//! Exports: JSON lines, CSV, the GDELT 2.0 event table, and Parquet (cargo feature `parquet`).
//!
//! Every export streams from the store, so it runs in flat memory whatever the store's size.
//! Events are written one row per deduplicated event; with [`Unit::Mentions`], one row per
//! report (the coder's record, with its event id).
//!
//! ```
//! use entente_store::export::{write, Format, Unit};
//! use entente_store::{EventFilter, Store};
//!
//! let store = Store::open_in_memory().unwrap();
//! let mut csv = Vec::new();
//! let rows = write(&store, &EventFilter::default(), Unit::Events, Format::Csv, &mut csv).unwrap();
//! assert_eq!(rows, 0);
//! assert!(String::from_utf8(csv).unwrap().starts_with("event_id,date,"));
//! ```

use std::io::Write;

use chrono::Datelike;
use entente_model::Record;
use serde_json::{json, Value};

use crate::query::{Mention, StoredEvent, StoredState};
use crate::rows::{date_str, join_sectors, precision_str};
use crate::{EventFilter, Result, Store, StoreError};

/// An export format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// One JSON object per line; events carry every report as `evidence`.
    Jsonl,
    /// CSV with a header row.
    Csv,
    /// The GDELT 2.0 event table: 61 tab-separated columns, no header, in GDELT's order.
    Gdelt,
    /// Apache Parquet (needs the `parquet` cargo feature).
    Parquet,
}

impl Format {
    /// Parses `jsonl`, `csv`, `gdelt`, `parquet`.
    pub fn parse(s: &str) -> Option<Format> {
        Some(match s.to_ascii_lowercase().as_str() {
            "jsonl" | "json" | "ndjson" => Format::Jsonl,
            "csv" => Format::Csv,
            "gdelt" | "tsv" => Format::Gdelt,
            "parquet" => Format::Parquet,
            _ => return None,
        })
    }

    /// Whether this build can write the format.
    pub fn available(self) -> bool {
        self != Format::Parquet || cfg!(feature = "parquet")
    }
}

/// What one exported row is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    /// One row per deduplicated event.
    Events,
    /// One row per report of an event.
    Mentions,
}

/// Writes the events (or mentions) that `filter` selects to `out`; returns the number of rows.
/// [`Format::Gdelt`] is for events only.
pub fn write<W: Write + Send>(
    store: &Store,
    filter: &EventFilter,
    unit: Unit,
    format: Format,
    out: W,
) -> Result<u64> {
    let what = format!("{format:?} export");
    let io = |e: std::io::Error| StoreError::Export {
        what: what.clone(),
        message: e.to_string(),
    };
    let csv_err = |e: csv::Error| StoreError::Export {
        what: what.clone(),
        message: e.to_string(),
    };
    let mut n = 0u64;
    match (format, unit) {
        (Format::Jsonl, Unit::Events) => {
            let mut out = std::io::BufWriter::new(out);
            store.for_each_event(filter, &mut |e| {
                let mut v = event_json(&e);
                let evidence: Vec<Value> = store
                    .event_mentions(e.id)?
                    .iter()
                    .map(mention_json)
                    .collect();
                v["evidence"] = Value::Array(evidence);
                serde_json::to_writer(&mut out, &v).map_err(|e| io(e.into()))?;
                out.write_all(b"\n").map_err(io)?;
                n += 1;
                Ok(())
            })?;
            out.flush().map_err(io)?;
        }
        (Format::Jsonl, Unit::Mentions) => {
            let mut out = std::io::BufWriter::new(out);
            store.for_each_mention(filter, &mut |m| {
                serde_json::to_writer(&mut out, &mention_json(&m)).map_err(|e| io(e.into()))?;
                out.write_all(b"\n").map_err(io)?;
                n += 1;
                Ok(())
            })?;
            out.flush().map_err(io)?;
        }
        (Format::Csv, unit) => {
            let mut w = csv::Writer::from_writer(out);
            w.write_record(columns(unit).iter().map(|c| c.0))
                .map_err(csv_err)?;
            let mut row = |cells: Vec<Cell>| -> Result<()> {
                w.write_record(cells.iter().map(Cell::to_text))
                    .map_err(csv_err)?;
                n += 1;
                Ok(())
            };
            match unit {
                Unit::Events => store.for_each_event(filter, &mut |e| row(event_cells(&e)))?,
                Unit::Mentions => {
                    store.for_each_mention(filter, &mut |m| row(mention_cells(&m)))?
                }
            }
            w.flush().map_err(io)?;
        }
        (Format::Gdelt, Unit::Events) => {
            let mut w = csv::WriterBuilder::new()
                .delimiter(b'\t')
                .quote_style(csv::QuoteStyle::Never)
                .has_headers(false)
                .from_writer(out);
            store.for_each_event(filter, &mut |e| {
                w.write_record(gdelt_row(&e)).map_err(csv_err)?;
                n += 1;
                Ok(())
            })?;
            w.flush().map_err(io)?;
        }
        (Format::Gdelt, Unit::Mentions) => {
            return Err(StoreError::InvalidQuery(
                "the GDELT layout is the event table: export events, not mentions".into(),
            ))
        }
        (Format::Parquet, unit) => {
            #[cfg(feature = "parquet")]
            {
                n = parquet_out::write(store, filter, unit, out)?;
            }
            #[cfg(not(feature = "parquet"))]
            {
                let _ = (unit, out);
                return Err(StoreError::Export {
                    what,
                    message: "this entente was built without Parquet support; rebuild with \
                              `--features parquet`"
                        .into(),
                });
            }
        }
    }
    Ok(n)
}

/// An event as a JSON object (without its evidence).
pub fn event_json(e: &StoredEvent) -> Value {
    let entry = e.cameo.entry();
    json!({
        "kind": "event",
        "event_id": e.id,
        "date": e.date.map(|d| date_str(d.date)),
        "date_precision": e.date.map(|d| precision_str(d.precision)),
        "source": e.source,
        "target": e.target,
        "cameo": e.cameo.as_str(),
        "root": e.cameo.root(),
        "cameo_name": entry.name,
        "goldstein": entry.goldstein,
        "quad_class": entry.quad_class,
        "plover": entry.plover,
        "modality": e.modality.as_str(),
        "num_mentions": e.num_mentions,
        "num_sources": e.num_sources,
        "num_articles": e.num_articles,
        "is_root": e.is_root,
        "first_reported": e.first_reported.map(date_str),
        "location": e.location,
        "doc_id": e.doc_id,
        "url": e.url,
        "publisher": e.publisher,
        "sentence_index": e.sentence_index,
        "sentence": e.sentence,
        "lexicon_version": e.lexicon_version,
    })
}

/// A mention as the coder's JSON record (`entente code` output) plus `mention_id`,
/// `event_id`, `url`, `publisher` and `is_lead`.
pub fn mention_json(m: &Mention) -> Value {
    let mut v = serde_json::to_value(Record::Event(m.event.clone())).unwrap_or(Value::Null);
    if let Value::Object(o) = &mut v {
        o.insert("mention_id".into(), json!(m.id));
        o.insert("event_id".into(), json!(m.event_id));
        o.insert("url".into(), json!(m.url));
        o.insert("publisher".into(), json!(m.publisher));
        o.insert("is_lead".into(), json!(m.is_lead));
    }
    v
}

/// A relation state as the coder's JSON record plus `state_id` and `url`.
pub fn state_json(s: &StoredState) -> Value {
    let mut v = serde_json::to_value(Record::State(s.state.clone())).unwrap_or(Value::Null);
    if let Value::Object(o) = &mut v {
        o.insert("state_id".into(), json!(s.id));
        o.insert("url".into(), json!(s.url));
    }
    v
}

/// The type of a flat column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Int,
    Float,
    Text,
    Bool,
}

/// One value of a flat row.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Cell {
    Int(Option<i64>),
    Float(Option<f64>),
    Text(Option<String>),
    Bool(bool),
}

impl Cell {
    fn to_text(&self) -> String {
        match self {
            Cell::Int(v) => v.map(|v| v.to_string()).unwrap_or_default(),
            Cell::Float(v) => v.map(|v| v.to_string()).unwrap_or_default(),
            Cell::Text(v) => v.clone().unwrap_or_default(),
            Cell::Bool(b) => (if *b { "1" } else { "0" }).to_string(),
        }
    }
}

fn text<S: Into<String>>(s: S) -> Cell {
    Cell::Text(Some(s.into()))
}

fn opt_text<S: Into<String>>(s: Option<S>) -> Cell {
    Cell::Text(s.map(Into::into))
}

const EVENT_COLUMNS: &[(&str, Kind)] = &[
    ("event_id", Kind::Int),
    ("date", Kind::Text),
    ("date_precision", Kind::Text),
    ("source_code", Kind::Text),
    ("source_country", Kind::Text),
    ("source_name", Kind::Text),
    ("target_code", Kind::Text),
    ("target_country", Kind::Text),
    ("target_name", Kind::Text),
    ("cameo", Kind::Text),
    ("root", Kind::Text),
    ("cameo_name", Kind::Text),
    ("quad_class", Kind::Int),
    ("goldstein", Kind::Float),
    ("plover", Kind::Text),
    ("modality", Kind::Text),
    ("num_mentions", Kind::Int),
    ("num_sources", Kind::Int),
    ("num_articles", Kind::Int),
    ("is_root", Kind::Bool),
    ("first_reported", Kind::Text),
    ("location_country", Kind::Text),
    ("location_place", Kind::Text),
    ("doc_id", Kind::Text),
    ("url", Kind::Text),
    ("publisher", Kind::Text),
    ("sentence_index", Kind::Int),
    ("sentence", Kind::Text),
    ("lexicon_version", Kind::Text),
];

const MENTION_COLUMNS: &[(&str, Kind)] = &[
    ("mention_id", Kind::Int),
    ("event_id", Kind::Int),
    ("doc_id", Kind::Text),
    ("sentence_index", Kind::Int),
    ("sentence_start", Kind::Int),
    ("sentence_end", Kind::Int),
    ("sentence", Kind::Text),
    ("source_code", Kind::Text),
    ("source_country", Kind::Text),
    ("source_sectors", Kind::Text),
    ("source_text", Kind::Text),
    ("source_start", Kind::Int),
    ("source_end", Kind::Int),
    ("source_entry", Kind::Text),
    ("target_code", Kind::Text),
    ("target_country", Kind::Text),
    ("target_sectors", Kind::Text),
    ("target_text", Kind::Text),
    ("target_start", Kind::Int),
    ("target_end", Kind::Int),
    ("target_entry", Kind::Text),
    ("cameo", Kind::Text),
    ("root", Kind::Text),
    ("cameo_name", Kind::Text),
    ("quad_class", Kind::Int),
    ("goldstein", Kind::Float),
    ("plover", Kind::Text),
    ("modality", Kind::Text),
    ("attribution_text", Kind::Text),
    ("attribution_code", Kind::Text),
    ("date", Kind::Text),
    ("date_precision", Kind::Text),
    ("location_country", Kind::Text),
    ("location_place", Kind::Text),
    ("trigger_text", Kind::Text),
    ("trigger_start", Kind::Int),
    ("trigger_end", Kind::Int),
    ("trigger_entry", Kind::Text),
    ("url", Kind::Text),
    ("publisher", Kind::Text),
    ("is_lead", Kind::Bool),
    ("lexicon_version", Kind::Text),
];

pub(crate) fn columns(unit: Unit) -> &'static [(&'static str, Kind)] {
    match unit {
        Unit::Events => EVENT_COLUMNS,
        Unit::Mentions => MENTION_COLUMNS,
    }
}

pub(crate) fn event_cells(e: &StoredEvent) -> Vec<Cell> {
    let entry = e.cameo.entry();
    let t = e.target.as_ref();
    vec![
        Cell::Int(Some(e.id)),
        opt_text(e.date.map(|d| date_str(d.date))),
        opt_text(e.date.map(|d| precision_str(d.precision))),
        text(e.source.code.as_str()),
        opt_text(e.source.country.as_deref()),
        text(e.source.name.as_str()),
        opt_text(t.map(|t| t.code.as_str())),
        opt_text(t.and_then(|t| t.country.as_deref())),
        opt_text(t.map(|t| t.name.as_str())),
        text(e.cameo.as_str()),
        text(e.cameo.root()),
        text(entry.name),
        Cell::Int(Some(entry.quad_class as i64)),
        Cell::Float(Some(entry.goldstein as f64)),
        opt_text(entry.plover),
        text(e.modality.as_str()),
        Cell::Int(Some(e.num_mentions as i64)),
        Cell::Int(Some(e.num_sources as i64)),
        Cell::Int(Some(e.num_articles as i64)),
        Cell::Bool(e.is_root),
        opt_text(e.first_reported.map(date_str)),
        opt_text(e.location.as_ref().and_then(|l| l.country.as_deref())),
        opt_text(e.location.as_ref().and_then(|l| l.place.as_deref())),
        text(e.doc_id.as_str()),
        opt_text(e.url.as_deref()),
        opt_text(e.publisher.as_deref()),
        Cell::Int(Some(e.sentence_index as i64)),
        text(e.sentence.as_str()),
        text(e.lexicon_version.as_str()),
    ]
}

pub(crate) fn mention_cells(m: &Mention) -> Vec<Cell> {
    let e = &m.event;
    let entry = e.cameo.entry();
    let t = e.target.as_ref();
    let a = e.attribution.as_ref();
    let l = e.location.as_ref();
    vec![
        Cell::Int(Some(m.id)),
        Cell::Int(Some(m.event_id)),
        text(e.doc_id.as_str()),
        Cell::Int(Some(e.sentence_index as i64)),
        Cell::Int(Some(e.sentence_span.start as i64)),
        Cell::Int(Some(e.sentence_span.end as i64)),
        text(e.sentence.as_str()),
        text(e.source.code.as_str()),
        opt_text(e.source.country.as_deref()),
        text(join_sectors(&e.source.sectors)),
        text(e.source.text.as_str()),
        Cell::Int(Some(e.source.span.start as i64)),
        Cell::Int(Some(e.source.span.end as i64)),
        opt_text(e.source.entry.as_deref()),
        opt_text(t.map(|t| t.code.as_str())),
        opt_text(t.and_then(|t| t.country.as_deref())),
        opt_text(t.map(|t| join_sectors(&t.sectors))),
        opt_text(t.map(|t| t.text.as_str())),
        Cell::Int(t.map(|t| t.span.start as i64)),
        Cell::Int(t.map(|t| t.span.end as i64)),
        opt_text(t.and_then(|t| t.entry.as_deref())),
        text(e.cameo.as_str()),
        text(e.cameo.root()),
        text(entry.name),
        Cell::Int(Some(entry.quad_class as i64)),
        Cell::Float(Some(entry.goldstein as f64)),
        opt_text(entry.plover),
        text(e.modality.as_str()),
        opt_text(a.map(|a| a.text.as_str())),
        opt_text(a.and_then(|a| a.code.as_deref())),
        opt_text(e.date.map(|d| date_str(d.date))),
        opt_text(e.date.map(|d| precision_str(d.precision))),
        opt_text(l.and_then(|l| l.country.as_deref())),
        opt_text(l.and_then(|l| l.place.as_deref())),
        text(e.trigger.text.as_str()),
        Cell::Int(Some(e.trigger.span.start as i64)),
        Cell::Int(Some(e.trigger.span.end as i64)),
        opt_text(e.trigger.entry.as_deref()),
        opt_text(m.url.as_deref()),
        opt_text(m.publisher.as_deref()),
        Cell::Bool(m.is_lead),
        text(e.lexicon_version.as_str()),
    ]
}

/// The 61 columns of the GDELT 2.0 event table, in order.
pub const GDELT_COLUMNS: [&str; 61] = [
    "GLOBALEVENTID",
    "SQLDATE",
    "MonthYear",
    "Year",
    "FractionDate",
    "Actor1Code",
    "Actor1Name",
    "Actor1CountryCode",
    "Actor1KnownGroupCode",
    "Actor1EthnicCode",
    "Actor1Religion1Code",
    "Actor1Religion2Code",
    "Actor1Type1Code",
    "Actor1Type2Code",
    "Actor1Type3Code",
    "Actor2Code",
    "Actor2Name",
    "Actor2CountryCode",
    "Actor2KnownGroupCode",
    "Actor2EthnicCode",
    "Actor2Religion1Code",
    "Actor2Religion2Code",
    "Actor2Type1Code",
    "Actor2Type2Code",
    "Actor2Type3Code",
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
    "Actor1Geo_Type",
    "Actor1Geo_FullName",
    "Actor1Geo_CountryCode",
    "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat",
    "Actor1Geo_Long",
    "Actor1Geo_FeatureID",
    "Actor2Geo_Type",
    "Actor2Geo_FullName",
    "Actor2Geo_CountryCode",
    "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat",
    "Actor2Geo_Long",
    "Actor2Geo_FeatureID",
    "ActionGeo_Type",
    "ActionGeo_FullName",
    "ActionGeo_CountryCode",
    "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code",
    "ActionGeo_Lat",
    "ActionGeo_Long",
    "ActionGeo_FeatureID",
    "DATEADDED",
    "SOURCEURL",
];

/// CAMEO prefixes that are not countries: GDELT leaves the country empty and files them as
/// the first type code.
const NON_STATE: &[&str] = &["IGO", "NGO", "NGM", "MNC", "IMG", "UIS", "INT"];

/// CAMEO role and type codes (GDELT's Type1–3 codes).
const ROLES: &[&str] = &[
    "COP", "GOV", "INS", "JUD", "MIL", "OPP", "PTY", "REB", "SEP", "SPY", "UAF", "AGR", "BUS",
    "CRM", "CVL", "DEV", "EDU", "ELI", "ENV", "HLH", "HRI", "LAB", "LEG", "MED", "REF", "REL",
    "SET", "MOD", "RAD", "IGO", "NGO", "NGM", "MNC", "IMG", "UIS", "INT",
];

/// CAMEO religion codes (GDELT's Religion1–2 codes).
const RELIGIONS: &[&str] = &[
    "ADR", "ALE", "ATH", "BAH", "BUD", "CHR", "CON", "CPT", "CTH", "DOX", "DRZ", "HIN", "HSD",
    "ITR", "JAN", "JEW", "JHW", "LDS", "MOS", "MRN", "MRP", "MUS", "NRM", "PAG", "PRO", "SFI",
    "SHI", "SHN", "SIK", "SUN", "TAO", "UDS", "ZRO",
];

/// CAMEO regional prefixes, which an international actor's code may carry before its group
/// (IGOEUREEC).
const REGIONS: &[&str] = &[
    "AFR", "ASA", "BLK", "BLT", "CAU", "CAS", "CFR", "CRB", "EAF", "EEU", "EIN", "EUR", "LAM",
    "MDT", "MEA", "NAF", "NMR", "PGS", "SAF", "SAM", "SAS", "SEA", "SCN", "WAF", "WST",
];

/// GDELT's ten actor fields (Code, Name, CountryCode, KnownGroupCode, EthnicCode,
/// Religion1Code, Religion2Code, Type1Code, Type2Code, Type3Code) for one actor.
fn gdelt_actor(code: &str, name: &str) -> [String; 10] {
    let mut f: [String; 10] = Default::default();
    if code.is_empty() {
        return f;
    }
    f[0] = code.to_string();
    f[1] = clean(&name.to_uppercase());
    let chunks: Vec<&str> = (0..code.len() / 3)
        .filter_map(|i| code.get(i * 3..i * 3 + 3))
        .collect();
    let mut types = Vec::new();
    let mut religions = Vec::new();
    for (i, c) in chunks.iter().enumerate() {
        if i == 0 {
            if NON_STATE.contains(c) {
                types.push(*c);
            } else {
                f[2] = c.to_string();
            }
        } else if ROLES.contains(c) {
            types.push(*c);
        } else if RELIGIONS.contains(c) {
            religions.push(*c);
        } else if REGIONS.contains(c) {
            continue;
        } else if f[3].is_empty() {
            f[3] = c.to_string();
        }
    }
    for (i, r) in religions.iter().take(2).enumerate() {
        f[5 + i] = r.to_string();
    }
    for (i, t) in types.iter().take(3).enumerate() {
        f[7 + i] = t.to_string();
    }
    f
}

/// Tabs and line breaks cannot appear inside a GDELT field.
fn clean(s: &str) -> String {
    s.replace(['\t', '\n', '\r'], " ")
}

/// GDELT's three event-code fields: a root-level code is written with a trailing zero.
fn gdelt_codes(code: &str) -> [String; 3] {
    let full = if code.len() == 2 {
        format!("{code}0")
    } else {
        code.to_string()
    };
    let base = full[..3.min(full.len())].to_string();
    [full, base, code[..2.min(code.len())].to_string()]
}

/// One event as a GDELT 2.0 event-table row. Fields without Entente data (ethnic codes, tone,
/// actor geography, coordinates, FIPS geography codes) are empty; DATEADDED is the first
/// report's publication date at 00:00:00; SOURCEURL falls back to the document id.
pub fn gdelt_row(e: &StoredEvent) -> Vec<String> {
    let mut row: Vec<String> = Vec::with_capacity(61);
    row.push(e.id.to_string());
    match e.date {
        Some(d) => {
            let d = d.date;
            row.push(d.format("%Y%m%d").to_string());
            row.push(d.format("%Y%m").to_string());
            row.push(d.year().to_string());
            let fraction = ((d.month0() * 30 + d.day()) as f64) / 365.0;
            row.push(format!("{:.4}", d.year() as f64 + fraction));
        }
        None => row.extend(std::iter::repeat_n(String::new(), 4)),
    }
    row.extend(gdelt_actor(&e.source.code, &e.source.name));
    match &e.target {
        Some(t) => row.extend(gdelt_actor(&t.code, &t.name)),
        None => row.extend(std::iter::repeat_n(String::new(), 10)),
    }
    let entry = e.cameo.entry();
    row.push(if e.is_root { "1" } else { "0" }.to_string());
    row.extend(gdelt_codes(e.cameo.as_str()));
    row.push(entry.quad_class.to_string());
    row.push(format!("{:.1}", entry.goldstein));
    row.push(e.num_mentions.to_string());
    row.push(e.num_sources.to_string());
    row.push(e.num_articles.to_string());
    row.push(String::new()); // AvgTone
    row.extend(std::iter::repeat_n(String::new(), 16)); // Actor1Geo_*, Actor2Geo_*
    let place = e.location.as_ref().and_then(|l| l.place.as_deref());
    row.push(String::new()); // ActionGeo_Type: a place name alone does not say city or country
    row.push(place.map(clean).unwrap_or_default());
    row.extend(std::iter::repeat_n(String::new(), 6)); // FIPS codes, ADM, coordinates, feature
    row.push(
        e.first_reported
            .map(|d| format!("{}000000", d.format("%Y%m%d")))
            .unwrap_or_default(),
    );
    row.push(clean(e.url.as_deref().unwrap_or(&e.doc_id)));
    debug_assert_eq!(row.len(), GDELT_COLUMNS.len());
    row
}

#[cfg(feature = "parquet")]
mod parquet_out {
    //! Parquet through the parquet crate's column writers (no Arrow).

    use std::sync::Arc;

    use parquet::basic::Compression;
    use parquet::data_type::{BoolType, ByteArray, ByteArrayType, DoubleType, Int64Type};
    use parquet::file::properties::WriterProperties;
    use parquet::file::writer::SerializedFileWriter;
    use parquet::schema::parser::parse_message_type;

    use super::{columns, event_cells, mention_cells, Cell, Kind, Unit};
    use crate::{EventFilter, Result, Store, StoreError};

    const ROW_GROUP: usize = 65_536;

    fn err(e: impl std::fmt::Display) -> StoreError {
        StoreError::Export {
            what: "Parquet export".into(),
            message: e.to_string(),
        }
    }

    fn schema(unit: Unit) -> String {
        let name = match unit {
            Unit::Events => "event",
            Unit::Mentions => "mention",
        };
        let mut s = format!("message {name} {{\n");
        for (col, kind) in columns(unit) {
            let t = match kind {
                Kind::Int => "OPTIONAL INT64",
                Kind::Float => "OPTIONAL DOUBLE",
                Kind::Text => "OPTIONAL BYTE_ARRAY",
                Kind::Bool => "REQUIRED BOOLEAN",
            };
            let logical = if *kind == Kind::Text { " (UTF8)" } else { "" };
            s.push_str(&format!("  {t} {col}{logical};\n"));
        }
        s.push('}');
        s
    }

    pub(super) fn write<W: std::io::Write + Send>(
        store: &Store,
        filter: &EventFilter,
        unit: Unit,
        out: W,
    ) -> Result<u64> {
        let schema = Arc::new(parse_message_type(&schema(unit)).map_err(err)?);
        let props = Arc::new(
            WriterProperties::builder()
                .set_compression(Compression::SNAPPY)
                .build(),
        );
        let mut writer = SerializedFileWriter::new(out, schema, props).map_err(err)?;
        let mut rows: Vec<Vec<Cell>> = Vec::with_capacity(ROW_GROUP);
        let mut n = 0u64;
        {
            let mut push = |cells: Vec<Cell>| -> Result<()> {
                rows.push(cells);
                n += 1;
                if rows.len() >= ROW_GROUP {
                    flush(&mut writer, unit, &mut rows)?;
                }
                Ok(())
            };
            match unit {
                Unit::Events => store.for_each_event(filter, &mut |e| push(event_cells(&e)))?,
                Unit::Mentions => {
                    store.for_each_mention(filter, &mut |m| push(mention_cells(&m)))?
                }
            }
        }
        flush(&mut writer, unit, &mut rows)?;
        writer.close().map_err(err)?;
        Ok(n)
    }

    fn flush<W: std::io::Write + Send>(
        writer: &mut SerializedFileWriter<W>,
        unit: Unit,
        rows: &mut Vec<Vec<Cell>>,
    ) -> Result<()> {
        if rows.is_empty() {
            return Ok(());
        }
        let mut group = writer.next_row_group().map_err(err)?;
        let mut col = 0;
        while let Some(mut column) = group.next_column().map_err(err)? {
            let kind = columns(unit)[col].1;
            let mut defs: Vec<i16> = Vec::with_capacity(rows.len());
            match kind {
                Kind::Int => {
                    let mut values = Vec::new();
                    for r in rows.iter() {
                        match &r[col] {
                            Cell::Int(Some(v)) => {
                                values.push(*v);
                                defs.push(1);
                            }
                            _ => defs.push(0),
                        }
                    }
                    column
                        .typed::<Int64Type>()
                        .write_batch(&values, Some(&defs), None)
                        .map_err(err)?;
                }
                Kind::Float => {
                    let mut values = Vec::new();
                    for r in rows.iter() {
                        match &r[col] {
                            Cell::Float(Some(v)) => {
                                values.push(*v);
                                defs.push(1);
                            }
                            _ => defs.push(0),
                        }
                    }
                    column
                        .typed::<DoubleType>()
                        .write_batch(&values, Some(&defs), None)
                        .map_err(err)?;
                }
                Kind::Text => {
                    let mut values = Vec::new();
                    for r in rows.iter() {
                        match &r[col] {
                            Cell::Text(Some(v)) => {
                                values.push(ByteArray::from(v.as_str()));
                                defs.push(1);
                            }
                            _ => defs.push(0),
                        }
                    }
                    column
                        .typed::<ByteArrayType>()
                        .write_batch(&values, Some(&defs), None)
                        .map_err(err)?;
                }
                Kind::Bool => {
                    let values: Vec<bool> = rows
                        .iter()
                        .map(|r| matches!(r[col], Cell::Bool(true)))
                        .collect();
                    column
                        .typed::<BoolType>()
                        .write_batch(&values, None, None)
                        .map_err(err)?;
                }
            }
            column.close().map_err(err)?;
            col += 1;
        }
        group.close().map_err(err)?;
        rows.clear();
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gdelt_actor_fields() {
        let f = gdelt_actor("ISRGOV", "Israeli officials");
        assert_eq!(f[0], "ISRGOV");
        assert_eq!(f[1], "ISRAELI OFFICIALS");
        assert_eq!(f[2], "ISR");
        assert_eq!(f[7], "GOV");
        let f = gdelt_actor("IGOEUREEC", "the EU");
        assert_eq!(
            (f[2].as_str(), f[3].as_str(), f[7].as_str()),
            ("", "EEC", "IGO")
        );
        let f = gdelt_actor("IRQREBMOS", "Sunni rebels");
        assert_eq!(
            (f[2].as_str(), f[5].as_str(), f[7].as_str()),
            ("IRQ", "MOS", "REB")
        );
    }

    #[test]
    fn gdelt_event_codes() {
        assert_eq!(gdelt_codes("04"), ["040", "040", "04"]);
        assert_eq!(gdelt_codes("042"), ["042", "042", "04"]);
        assert_eq!(gdelt_codes("0311"), ["0311", "031", "03"]);
    }

    #[test]
    fn formats_parse() {
        assert_eq!(Format::parse("CSV"), Some(Format::Csv));
        assert_eq!(Format::parse("gdelt"), Some(Format::Gdelt));
        assert_eq!(Format::parse("xml"), None);
    }
}

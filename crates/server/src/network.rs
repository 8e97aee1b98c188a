//! The network of countries: one node per country, one edge per pair of countries with events
//! between them in a recent window, weighted by event count and coloured by the balance of
//! cooperation and conflict.

use std::collections::BTreeMap;

use chrono::{Days, NaiveDate};
use entente_lexicon::Lexicon;
use entente_store::{EventFilter, EventOrder, Store};
use serde::Serialize;

use crate::ApiError;

/// Most events read for one network; the most recent are kept when a window holds more.
pub const MAX_SCANNED: usize = 200_000;

/// What to draw.
#[derive(Debug, Clone)]
pub struct NetworkQuery {
    /// Last day of the window; the latest dated event when `None`.
    pub as_of: Option<NaiveDate>,
    /// Length of the window in days.
    pub days: u64,
    /// Most edges kept (the busiest).
    pub max_edges: usize,
    /// Edges need at least this many events.
    pub min_events: u64,
}

/// A country of the network.
#[derive(Debug, Clone, Serialize)]
pub struct Node {
    /// Country (or prefix) code.
    pub id: String,
    /// Display name from the lexicon, else the code.
    pub name: String,
    /// Events with this country on either side, in the window (all edges, kept or not).
    pub events: u64,
}

/// Relations between two countries over the window, both directions together.
#[derive(Debug, Clone, Serialize)]
pub struct Edge {
    /// One country (the smaller code).
    pub a: String,
    /// The other.
    pub b: String,
    /// Events.
    pub events: u64,
    /// Events per quad class.
    pub quad: [u64; 4],
    /// Quad classes 1 and 2.
    pub cooperation: u64,
    /// Quad classes 3 and 4.
    pub conflict: u64,
    /// The quad class with most events (the lower class on a tie).
    pub dominant_quad: u8,
    /// Mean Goldstein weight.
    pub goldstein_mean: f64,
    /// `cooperative`, `conflictual` or `mixed`, by the sign of the mean Goldstein weight.
    pub relation: &'static str,
    /// Date of the latest event.
    pub last_date: Option<NaiveDate>,
}

/// The network answer.
#[derive(Debug, Clone, Serialize)]
pub struct Network {
    /// First day of the window.
    pub from: Option<NaiveDate>,
    /// Last day of the window.
    pub to: Option<NaiveDate>,
    /// Events read.
    pub scanned: u64,
    /// True when the window held more than [`MAX_SCANNED`] events (the oldest were left out).
    pub truncated: bool,
    /// Countries on the kept edges, busiest first.
    pub nodes: Vec<Node>,
    /// The busiest edges.
    pub edges: Vec<Edge>,
}

#[derive(Default)]
struct Acc {
    events: u64,
    quad: [u64; 4],
    goldstein: f64,
    last: Option<NaiveDate>,
}

/// Builds the network over the window that `q` names.
pub fn build(store: &Store, lex: &Lexicon, q: &NetworkQuery) -> Result<Network, ApiError> {
    let end = match q.as_of {
        Some(d) => Some(d),
        None => store
            .events(&EventFilter {
                from: Some(NaiveDate::MIN),
                order: EventOrder::DateDesc,
                limit: Some(1),
                ..EventFilter::default()
            })?
            .first()
            .and_then(|e| e.date.map(|d| d.end())),
    };
    let Some(end) = end else {
        return Ok(Network {
            from: None,
            to: None,
            scanned: 0,
            truncated: false,
            nodes: Vec::new(),
            edges: Vec::new(),
        });
    };
    let start = end
        .checked_sub_days(Days::new(q.days))
        .unwrap_or(NaiveDate::MIN);
    let filter = EventFilter {
        from: Some(start),
        to: Some(end),
        order: EventOrder::DateDesc,
        limit: Some(MAX_SCANNED + 1),
        ..EventFilter::default()
    };
    let mut pairs: BTreeMap<(String, String), Acc> = BTreeMap::new();
    let mut per_country: BTreeMap<String, u64> = BTreeMap::new();
    let mut scanned = 0u64;
    let mut truncated = false;
    store.for_each_event(&filter, &mut |e| {
        if scanned as usize >= MAX_SCANNED {
            truncated = true;
            return Ok(());
        }
        scanned += 1;
        let (Some(s), Some(t)) = (
            e.source.country.as_deref(),
            e.target.as_ref().and_then(|t| t.country.as_deref()),
        ) else {
            return Ok(());
        };
        if s == t {
            return Ok(());
        }
        let key = if s < t {
            (s.to_string(), t.to_string())
        } else {
            (t.to_string(), s.to_string())
        };
        let entry = e.cameo.entry();
        let acc = pairs.entry(key).or_default();
        acc.events += 1;
        acc.quad[(entry.quad_class.clamp(1, 4) - 1) as usize] += 1;
        acc.goldstein += f64::from(entry.goldstein);
        let date = e.date.map(|d| d.date);
        if date > acc.last {
            acc.last = date;
        }
        *per_country.entry(s.to_string()).or_default() += 1;
        *per_country.entry(t.to_string()).or_default() += 1;
        Ok(())
    })?;
    let mut edges: Vec<Edge> = pairs
        .into_iter()
        .filter(|(_, acc)| acc.events >= q.min_events.max(1))
        .map(|((a, b), acc)| {
            let mean = acc.goldstein / acc.events as f64;
            let dominant = (0..4).max_by_key(|&i| (acc.quad[i], 3 - i)).unwrap_or(0) as u8 + 1;
            Edge {
                a,
                b,
                events: acc.events,
                quad: acc.quad,
                cooperation: acc.quad[0] + acc.quad[1],
                conflict: acc.quad[2] + acc.quad[3],
                dominant_quad: dominant,
                goldstein_mean: (mean * 100.0).round() / 100.0,
                relation: if mean > 0.5 {
                    "cooperative"
                } else if mean < -0.5 {
                    "conflictual"
                } else {
                    "mixed"
                },
                last_date: acc.last,
            }
        })
        .collect();
    edges.sort_by(|x, y| {
        y.events
            .cmp(&x.events)
            .then((&x.a, &x.b).cmp(&(&y.a, &y.b)))
    });
    edges.truncate(q.max_edges);
    let mut nodes: Vec<Node> = Vec::new();
    for e in &edges {
        for c in [&e.a, &e.b] {
            if !nodes.iter().any(|n| &n.id == c) {
                nodes.push(Node {
                    id: c.clone(),
                    name: lex
                        .country(c)
                        .map(|x| x.name.clone())
                        .unwrap_or_else(|| c.clone()),
                    events: per_country.get(c).copied().unwrap_or(0),
                });
            }
        }
    }
    nodes.sort_by(|x, y| y.events.cmp(&x.events).then(x.id.cmp(&y.id)));
    Ok(Network {
        from: Some(start),
        to: Some(end),
        scanned,
        truncated,
        nodes,
        edges,
    })
}

//! Evidence: the store's events and relation states about a dyad, as dated signals with their
//! provenance, and the timeline, citations and summary built from them.

use chrono::{Datelike, NaiveDate};
use entente_model::{CameoCode, Modality, Relation};
use entente_store::{ActorMatch, EventFilter, Store, StoreError};
use serde::Serialize;

use crate::question::Party;
use crate::status::{Assessment, Item, Signal, RECENT_DAYS};

/// At most this many citations per answer.
pub const MAX_CITED: usize = 16;

/// What a fact is.
#[derive(Debug, Clone, PartialEq)]
pub enum FactKind {
    /// A coded event (one report of it).
    Event {
        /// The event (cluster) in the store.
        event_id: i64,
        /// CAMEO code.
        cameo: CameoCode,
        /// How the report presents it.
        modality: Modality,
    },
    /// A relation state.
    State {
        /// Which relation.
        relation: Relation,
        /// Its value.
        value: String,
        /// The state's first country.
        a: String,
        /// The state's second country.
        b: String,
    },
}

/// One report about a dyad, with what it signals and where it was read.
#[derive(Debug, Clone, PartialEq)]
pub struct Fact {
    /// The dated signal.
    pub item: Item,
    /// Event or state.
    pub kind: FactKind,
    /// Document.
    pub doc_id: String,
    /// Sentence position in the document.
    pub sentence_index: u32,
    /// Sentence text.
    pub sentence: String,
    /// Publication date of the document.
    pub published: NaiveDate,
    /// Source country (events) or first country (states).
    pub source_country: Option<String>,
    /// Target country (events) or second country (states).
    pub target_country: Option<String>,
    /// Source as written.
    pub source_text: String,
    /// Target as written.
    pub target_text: String,
    /// "according to whom".
    pub attribution: Option<String>,
}

/// The signal of an event: restoration and rupture only when asserted.
pub fn event_signal(code: CameoCode, modality: Modality) -> Signal {
    if modality == Modality::Assertion {
        if code.as_str().starts_with("054") {
            return Signal::Formal;
        }
        if code.root() == "16" {
            return Signal::Rupture;
        }
    }
    let g = code.entry().goldstein;
    if g > 0.0 {
        Signal::Cooperation
    } else if g < 0.0 {
        Signal::Conflict
    } else {
        Signal::Neutral
    }
}

/// The signal of a relation state.
pub fn state_signal(relation: Relation, value: &str) -> Signal {
    use Relation::*;
    match (relation, value) {
        (DiplomaticRelations, "full") | (Ambassador, "in_post") | (Embassy, "open") => {
            Signal::Formal
        }
        (DiplomaticRelations, _) | (LiaisonOffice, "open") => Signal::NoFormal,
        (Ambassador, "recalled" | "expelled")
        | (Embassy | LiaisonOffice | Consulates, "closed")
        | (Trade, "restricted" | "halted")
        | (Sanctions, "in_force")
        | (Airspace | Border, "closed")
        | (StateOfWar, "yes")
        | (NormalisationTalks, "frozen") => Signal::Conflict,
        (Consulates, "open")
        | (Trade, "normal")
        | (Sanctions, "eased" | "lifted")
        | (Airspace | Border, "open")
        | (DirectFlights | PeaceTreaty, "yes")
        | (StateOfWar, "no")
        | (NormalisationTalks, "active") => Signal::Cooperation,
        _ => Signal::Neutral,
    }
}

/// Weight of a state's signal: a standing fact counts like a strong event.
const STATE_WEIGHT: f64 = 5.0;

/// Reads every event and state about `a` and `b` (or `a` and anyone) from documents published
/// on or before `as_of`, oldest first.
pub(crate) fn gather(
    store: &Store,
    a: &str,
    b: Option<&str>,
    as_of: NaiveDate,
) -> Result<Vec<Fact>, StoreError> {
    let am = ActorMatch::Country(a.to_string());
    let filter = EventFilter {
        dyad: b.map(|b| (am.clone(), ActorMatch::Country(b.to_string()))),
        actor: b.is_none().then_some(am),
        published_to: Some(as_of),
        ..EventFilter::default()
    };
    let mut facts = Vec::new();
    store.for_each_mention(&filter, &mut |m| {
        let e = &m.event;
        let Some(target) = &e.target else {
            return Ok(());
        };
        if target.country.is_none() || target.country == e.source.country {
            return Ok(());
        }
        let published = m.published.unwrap_or(as_of);
        let date = e.date.map_or(published, |d| d.date).min(published);
        facts.push(Fact {
            item: Item {
                signal: event_signal(e.cameo, e.modality),
                date,
                weight: f64::from(e.cameo.entry().goldstein.abs()).max(1.0),
            },
            kind: FactKind::Event {
                event_id: m.event_id,
                cameo: e.cameo,
                modality: e.modality,
            },
            doc_id: e.doc_id.clone(),
            sentence_index: e.sentence_index,
            sentence: e.sentence.clone(),
            published,
            source_country: e.source.country.clone(),
            target_country: target.country.clone(),
            source_text: e.source.text.clone(),
            target_text: target.text.clone(),
            attribution: e.attribution.as_ref().map(|a| a.text.clone()),
        });
        Ok(())
    })?;
    for s in store.states_of(a, b, Some(as_of))? {
        let st = &s.state;
        if st.a == st.b {
            continue;
        }
        let published = s.published.unwrap_or(as_of);
        facts.push(Fact {
            item: Item {
                signal: state_signal(st.relation, &st.value),
                date: st.as_of.min(published),
                weight: STATE_WEIGHT,
            },
            kind: FactKind::State {
                relation: st.relation,
                value: st.value.clone(),
                a: st.a.clone(),
                b: st.b.clone(),
            },
            doc_id: st.doc_id.clone(),
            sentence_index: st.sentence_index,
            sentence: st.sentence.clone(),
            published,
            source_country: Some(st.a.clone()),
            target_country: Some(st.b.clone()),
            source_text: st.a.clone(),
            target_text: st.b.clone(),
            attribution: None,
        });
    }
    announced_states_are_not_in_effect(&mut facts);
    facts.sort_by(|x, y| {
        (x.item.date, x.published, &x.doc_id, x.sentence_index).cmp(&(
            y.item.date,
            y.published,
            &y.doc_id,
            y.sentence_index,
        ))
    });
    Ok(facts)
}

/// A state of formal relations read from a sentence whose acts between the two are all
/// announced or intended ("will resume diplomatic ties", "agreed to reopen embassies": future or
/// intent modality, or a 03x intent code) is not yet in effect: it counts as a cooperative
/// signal, not as formal relations.
fn announced_states_are_not_in_effect(facts: &mut [Fact]) {
    let announced: Vec<(String, u32)> = facts
        .iter()
        .filter(|f| f.item.signal == Signal::Formal)
        .filter(|f| matches!(f.kind, FactKind::State { .. }))
        .filter(|f| {
            let mut acts = facts.iter().filter(|e| {
                e.doc_id == f.doc_id
                    && e.sentence_index == f.sentence_index
                    && matches!(e.kind, FactKind::Event { .. })
            });
            let mut any = false;
            let all_announced = acts.all(|e| {
                any = true;
                match e.kind {
                    FactKind::Event {
                        modality, cameo, ..
                    } => {
                        matches!(modality, Modality::Future | Modality::Intent)
                            || cameo.root() == "03"
                    }
                    FactKind::State { .. } => false,
                }
            });
            any && all_announced
        })
        .map(|f| (f.doc_id.clone(), f.sentence_index))
        .collect();
    for f in facts.iter_mut() {
        if f.item.signal == Signal::Formal
            && matches!(f.kind, FactKind::State { .. })
            && announced.contains(&(f.doc_id.clone(), f.sentence_index))
        {
            f.item.signal = Signal::Cooperation;
        }
    }
}

impl Fact {
    /// The other country of the pair, seen from `country`.
    pub fn partner(&self, country: &str) -> Option<&str> {
        let (s, t) = (
            self.source_country.as_deref(),
            self.target_country.as_deref(),
        );
        if s == Some(country) {
            t
        } else if t == Some(country) {
            s
        } else {
            None
        }
    }

    /// The partner as written.
    pub fn partner_name(&self, country: &str) -> String {
        if self.source_country.as_deref() == Some(country) {
            self.target_text.clone()
        } else {
            self.source_text.clone()
        }
    }

    /// A meeting, visit, host visit, talks or mediation (CAMEO 04x), or an intent to meet
    /// (036), as asserted or announced.
    pub fn is_meeting(&self) -> bool {
        match &self.kind {
            FactKind::Event {
                cameo, modality, ..
            } => {
                (cameo.root() == "04" || cameo.as_str().starts_with("036"))
                    && *modality == Modality::Assertion
            }
            FactKind::State { .. } => false,
        }
    }

    /// One line in words.
    pub fn describe(&self) -> String {
        match &self.kind {
            FactKind::Event {
                cameo, modality, ..
            } => {
                let m = match modality {
                    Modality::Assertion => String::new(),
                    m => format!(" [{}]", m.as_str()),
                };
                format!(
                    "{} → {}: {} ({}){m}",
                    self.source_text,
                    self.target_text,
                    cameo.entry().name,
                    cameo.as_str()
                )
            }
            FactKind::State {
                relation,
                value,
                a,
                b,
            } => format!("{a}–{b} {}: {value}", relation.as_str()),
        }
    }
}

/// A citation.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Cited {
    /// Document.
    pub doc_id: String,
    /// Sentence position in the document.
    pub sentence_index: u32,
    /// The sentence.
    pub sentence: String,
    /// When it happened or was stated.
    pub date: NaiveDate,
    /// When the document was published.
    pub published: NaiveDate,
    /// `event` or `state`.
    pub kind: &'static str,
    /// CAMEO code (events).
    pub cameo: Option<&'static str>,
    /// Relation and value (states), e.g. `ambassador:recalled`.
    pub relation: Option<String>,
    /// What it signals.
    pub signal: Signal,
    /// Modality (events).
    pub modality: Option<&'static str>,
    /// According to whom.
    pub attribution: Option<String>,
    /// Source and target countries.
    pub dyad: [Option<String>; 2],
    /// In words.
    pub description: String,
}

impl From<&Fact> for Cited {
    fn from(f: &Fact) -> Cited {
        let (kind, cameo, relation, modality) = match &f.kind {
            FactKind::Event {
                cameo, modality, ..
            } => ("event", Some(cameo.as_str()), None, Some(modality.as_str())),
            FactKind::State {
                relation, value, ..
            } => (
                "state",
                None,
                Some(format!("{}:{value}", relation.as_str())),
                None,
            ),
        };
        Cited {
            doc_id: f.doc_id.clone(),
            sentence_index: f.sentence_index,
            sentence: f.sentence.clone(),
            date: f.item.date,
            published: f.published,
            kind,
            cameo,
            relation,
            signal: f.item.signal,
            modality,
            attribution: f.attribution.clone(),
            dyad: [f.source_country.clone(), f.target_country.clone()],
            description: f.describe(),
        }
    }
}

/// One line of a timeline.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TimelineEntry {
    /// When.
    pub date: NaiveDate,
    /// `event` or `state`.
    pub kind: &'static str,
    /// What it signals.
    pub signal: Signal,
    /// In words.
    pub description: String,
    /// Reports of it in the store (events: mentions of the same event).
    pub reports: usize,
    /// The first report's document.
    pub doc_id: String,
    /// The first report's sentence position.
    pub sentence_index: u32,
}

/// The timeline of `facts`: one line per event (however many reports) and per distinct state,
/// oldest first; neutral statements are left out.
pub(crate) fn timeline(facts: &[&Fact]) -> Vec<TimelineEntry> {
    let mut out: Vec<TimelineEntry> = Vec::new();
    let mut keys: Vec<String> = Vec::new();
    for f in facts {
        if f.item.signal == Signal::Neutral {
            continue;
        }
        let key = match &f.kind {
            FactKind::Event { event_id, .. } => format!("e{event_id}"),
            FactKind::State { .. } => format!("s{}{}", f.describe(), f.item.date),
        };
        if let Some(i) = keys.iter().position(|k| *k == key) {
            out[i].reports += 1;
            continue;
        }
        keys.push(key);
        out.push(TimelineEntry {
            date: f.item.date,
            kind: match f.kind {
                FactKind::Event { .. } => "event",
                FactKind::State { .. } => "state",
            },
            signal: f.item.signal,
            description: f.describe(),
            reports: 1,
            doc_id: f.doc_id.clone(),
            sentence_index: f.sentence_index,
        });
    }
    out
}

/// The citations of an answer: the facts that decided the verdict first, then the other signs
/// of formal relations, ruptures and statements of no relations (newest first), then the recent
/// cooperative and conflictual reports; one citation per sentence and signal.
pub(crate) fn cite(facts: &[Fact], a: &Assessment, as_of: NaiveDate) -> Vec<Cited> {
    let rank = |f: &Fact| -> u8 {
        let recent = f.item.date > a.recent_from && f.item.date <= as_of;
        match f.item.signal {
            Signal::Formal | Signal::Rupture | Signal::NoFormal => 1,
            Signal::Cooperation | Signal::Conflict if recent => 2,
            Signal::Cooperation | Signal::Conflict => 3,
            Signal::Neutral => 4,
        }
    };
    let mut order: Vec<usize> = a.decisive.clone();
    let mut rest: Vec<usize> = (0..facts.len()).filter(|i| !order.contains(i)).collect();
    rest.sort_by_key(|&i| (rank(&facts[i]), std::cmp::Reverse(facts[i].item.date)));
    order.extend(rest);
    let mut out: Vec<Cited> = Vec::new();
    for i in order {
        let f = &facts[i];
        if f.item.signal == Signal::Neutral {
            continue;
        }
        let c = Cited::from(f);
        if out.iter().any(|x| {
            x.doc_id == c.doc_id && x.sentence_index == c.sentence_index && x.signal == c.signal
        }) {
            continue;
        }
        out.push(c);
        if out.len() == MAX_CITED {
            break;
        }
    }
    out
}

/// Shortens text to about `n` bytes at a character boundary.
pub(crate) fn clip(s: &str, n: usize) -> String {
    if s.len() <= n {
        return s.to_string();
    }
    let mut end = n;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}…", s[..end].trim_end())
}

/// "Per year: 2015 4 cooperative / 1 conflictual; ..." for the facts from `from` on.
pub(crate) fn yearly_counts(facts: &[Fact], from: NaiveDate) -> String {
    let mut years: Vec<(i32, usize, usize)> = Vec::new();
    for f in facts.iter().filter(|f| f.item.date >= from) {
        let y = f.item.date.year();
        let row = match years.iter_mut().find(|r| r.0 == y) {
            Some(r) => r,
            None => {
                years.push((y, 0, 0));
                years.last_mut().expect("just pushed")
            }
        };
        if f.item.signal.is_cooperative() {
            row.1 += 1;
        } else if f.item.signal.is_conflictual() {
            row.2 += 1;
        }
    }
    years.sort();
    if years.is_empty() {
        return String::new();
    }
    let parts: Vec<String> = years
        .iter()
        .map(|(y, c, k)| format!("{y}: {c} cooperative, {k} conflictual"))
        .collect();
    format!("Reports per year — {}.", parts.join("; "))
}

/// The answer's paragraph: the verdict and why, the turning points with their dates, the recent
/// balance, and how much evidence there is.
pub(crate) fn summary(
    a: &Party,
    b: &Party,
    facts: &[Fact],
    s: &Assessment,
    as_of: NaiveDate,
) -> String {
    if facts.is_empty() {
        return format!(
            "Nothing about {} and {} published on or before {as_of} is in the store, so the \
             verdict is unknown.",
            a.name, b.name
        );
    }
    let mut out = format!(
        "As of {as_of}, relations between {} and {} are {}: {}.",
        a.name,
        b.name,
        s.verdict.as_str().replace('_', " "),
        s.reason
    );
    let latest = |signal: Signal| facts.iter().rev().find(|f| f.item.signal == signal);
    for (signal, what) in [
        (Signal::Formal, "The latest sign of formal relations"),
        (
            Signal::NoFormal,
            "The latest statement that formal relations are absent or reduced",
        ),
        (Signal::Rupture, "The latest rupture"),
    ] {
        if let Some(f) = latest(signal) {
            out.push_str(&format!(
                " {what} is dated {}: \"{}\" ({}).",
                f.item.date,
                clip(&f.sentence, 140),
                f.doc_id
            ));
        }
    }
    let recent: Vec<&Fact> = facts
        .iter()
        .filter(|f| f.item.date > s.recent_from && f.item.date <= as_of)
        .collect();
    let coop = recent
        .iter()
        .filter(|f| f.item.signal.is_cooperative())
        .count();
    let conf = recent
        .iter()
        .filter(|f| f.item.signal.is_conflictual())
        .count();
    out.push_str(&format!(
        " In the {RECENT_DAYS} days to {as_of}: {coop} cooperative and {conf} conflictual report{}.",
        if coop + conf == 1 { "" } else { "s" }
    ));
    let mut docs: Vec<&str> = facts.iter().map(|f| f.doc_id.as_str()).collect();
    docs.sort_unstable();
    docs.dedup();
    let newest = facts.iter().map(|f| f.published).max().expect("not empty");
    out.push_str(&format!(
        " Based on {} report{} in {} document{}, the newest published {newest}.",
        facts.len(),
        if facts.len() == 1 { "" } else { "s" },
        docs.len(),
        if docs.len() == 1 { "" } else { "s" },
    ));
    if (as_of - newest).num_days() > 365 {
        out.push_str(&format!(
            " Nothing newer than {newest} is in the store: the picture may be out of date."
        ));
    }
    out
}

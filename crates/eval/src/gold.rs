//! Gold annotation files (`*.gold.json`), in the format of the seed article's gold.

use chrono::NaiveDate;
use serde::Deserialize;

/// A whole gold file.
#[derive(Debug, Clone, Deserialize)]
pub struct Gold {
    /// The annotated document.
    pub doc: GoldDoc,
    /// Events a coder must find.
    #[serde(default)]
    pub required: Vec<GoldEvent>,
    /// Events a coder may emit without losing precision.
    #[serde(default)]
    pub acceptable: Vec<GoldEvent>,
    /// Sentences (or fragments) that must yield no event.
    #[serde(default)]
    pub no_events_from: Vec<String>,
    /// Relation states.
    #[serde(default)]
    pub relation_states: Vec<GoldState>,
}

/// The `doc` block.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldDoc {
    /// Document id.
    pub id: String,
    /// Text file name, beside the gold file.
    pub file: String,
    /// Publication date.
    pub date: NaiveDate,
}

/// Event tier.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Tier {
    /// What any serious coder must find.
    #[default]
    Core,
    /// Needs anaphora or nominal events.
    Stretch,
}

/// One gold event; `sources` x `targets` expand into several.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldEvent {
    /// Id within the file.
    pub id: String,
    /// Tier (required events only).
    #[serde(default)]
    pub tier: Tier,
    /// Text the system event's sentence must contain.
    pub evidence: String,
    /// Source country.
    #[serde(default)]
    pub source: Option<String>,
    /// Source countries.
    #[serde(default)]
    pub sources: Vec<String>,
    /// Target country.
    #[serde(default)]
    pub target: Option<String>,
    /// Target countries.
    #[serde(default)]
    pub targets: Vec<String>,
    /// Either direction matches.
    #[serde(default)]
    pub symmetric: bool,
    /// Acceptable CAMEO roots.
    pub roots: Vec<String>,
    /// Preferred full code.
    #[serde(default)]
    pub best: Option<String>,
    /// Expected modality.
    #[serde(default)]
    pub modality: Option<String>,
    /// Inclusive date range.
    #[serde(default)]
    pub date: Option<[NaiveDate; 2]>,
}

impl GoldEvent {
    /// The (source, target) pairs this entry stands for.
    pub fn pairs(&self) -> Vec<(String, String)> {
        let sources: Vec<String> = self.source.iter().chain(&self.sources).cloned().collect();
        let targets: Vec<String> = self.target.iter().chain(&self.targets).cloned().collect();
        let mut out = Vec::new();
        for s in &sources {
            for t in &targets {
                out.push((s.clone(), t.clone()));
            }
        }
        out
    }
}

/// One gold relation state.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldState {
    /// Id within the file.
    pub id: String,
    /// Text the system state's sentence must contain.
    pub evidence: String,
    /// First party.
    pub a: String,
    /// Second party.
    pub b: String,
    /// Relation name.
    pub relation: String,
    /// Value.
    pub value: String,
    /// Date the state holds at.
    #[serde(default)]
    pub as_of: Option<NaiveDate>,
}

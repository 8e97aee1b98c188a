//! Accuracy on single-sentence example sets: the PLOVER gold-standard records and the CAMEO
//! codebook examples. Each sentence is coded on its own; the first event is compared with the
//! example's type (PLOVER event or CAMEO root) and, where the example names them, its dyad.

use std::path::Path;

use chrono::NaiveDate;
use entente_coder::{code_document, CodeOptions};
use entente_lexicon::Lexicon;
use entente_model::{Document, Event};
use serde::{Deserialize, Serialize};

use crate::EvalError;

/// Counts over one example set.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ExampleScore {
    /// Examples read.
    pub examples: usize,
    /// Examples where the coder emitted at least one event.
    pub coded: usize,
    /// Examples whose first event has the gold type (PLOVER event or CAMEO root).
    pub type_correct: usize,
    /// Examples with a gold source and target.
    pub dyads: usize,
    /// Of those, examples whose first event has both countries right.
    pub dyad_correct: usize,
}

impl ExampleScore {
    /// Correct type over coded examples.
    pub fn type_accuracy(&self) -> f64 {
        self.type_correct as f64 / self.coded.max(1) as f64
    }

    /// Correct dyad over coded examples with a gold dyad.
    pub fn dyad_accuracy(&self) -> f64 {
        self.dyad_correct as f64 / self.dyads.max(1) as f64
    }

    /// Coded examples over all examples.
    pub fn coverage(&self) -> f64 {
        self.coded as f64 / self.examples.max(1) as f64
    }
}

fn code_sentence(lex: &Lexicon, text: &str, date: NaiveDate) -> Vec<Event> {
    let doc = Document {
        id: "example".into(),
        text: text.to_string(),
        date: Some(date),
        has_headline: false,
        ..Document::default()
    };
    code_document(lex, &doc, &CodeOptions::default()).events
}

#[derive(Deserialize)]
struct PloverActor {
    code: Option<String>,
}

#[derive(Deserialize)]
struct PloverRecord {
    text: String,
    event: String,
    #[serde(default)]
    source: Vec<PloverActor>,
    #[serde(default)]
    target: Vec<PloverActor>,
}

/// PLOVER 0.5b1 event names in current PLOVER.
fn current_plover(name: &str) -> &str {
    match name {
        "DEMAND" => "REQUEST",
        "DISAPPROVE" | "INVESTIGATE" => "ACCUSE",
        "FIGHT" => "ASSAULT",
        other => other,
    }
}

fn read_lines(path: &Path) -> Result<Vec<String>, EvalError> {
    let text = std::fs::read_to_string(path).map_err(|e| EvalError {
        path: path.display().to_string(),
        message: e.to_string(),
    })?;
    Ok(text.lines().map(str::to_string).collect())
}

/// Scores the coder on PLOVER gold-standard records (`plover_gsr.jsonl`).
pub fn plover(lex: &Lexicon, path: &Path) -> Result<ExampleScore, EvalError> {
    let mut sc = ExampleScore::default();
    let date = NaiveDate::from_ymd_opt(2000, 1, 1).unwrap_or_default();
    for (n, line) in read_lines(path)?.iter().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let rec: PloverRecord = serde_json::from_str(line).map_err(|e| EvalError {
            path: format!("{}:{}", path.display(), n + 1),
            message: e.to_string(),
        })?;
        sc.examples += 1;
        let events = code_sentence(lex, &rec.text, date);
        let Some(ev) = events.first() else { continue };
        sc.coded += 1;
        if ev.cameo.entry().plover == Some(current_plover(&rec.event)) {
            sc.type_correct += 1;
        }
        let codes = |xs: &[PloverActor]| -> Vec<String> {
            xs.iter()
                .filter_map(|a| a.code.as_ref())
                .map(|c| c.chars().take(3).collect())
                .collect()
        };
        let (golds, goldt) = (codes(&rec.source), codes(&rec.target));
        if !golds.is_empty() && !goldt.is_empty() {
            sc.dyads += 1;
            let s: String = ev.source.code.chars().take(3).collect();
            let t: String = ev
                .target
                .as_ref()
                .map(|t| t.code.chars().take(3).collect())
                .unwrap_or_default();
            if golds.contains(&s) && goldt.contains(&t) {
                sc.dyad_correct += 1;
            }
        }
    }
    Ok(sc)
}

#[derive(Deserialize)]
struct CodebookRecord {
    code: String,
    example: Option<String>,
}

/// Scores the coder on the CAMEO codebook examples (`codebook_examples.jsonl`): the root of
/// the first event against the example's code. The examples name no actor codes, so there is
/// no dyad score.
pub fn codebook(lex: &Lexicon, path: &Path) -> Result<ExampleScore, EvalError> {
    let mut sc = ExampleScore::default();
    let date = NaiveDate::from_ymd_opt(2000, 1, 1).unwrap_or_default();
    for (n, line) in read_lines(path)?.iter().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let rec: CodebookRecord = serde_json::from_str(line).map_err(|e| EvalError {
            path: format!("{}:{}", path.display(), n + 1),
            message: e.to_string(),
        })?;
        let Some(text) = rec.example.filter(|t| !t.trim().is_empty()) else {
            continue;
        };
        sc.examples += 1;
        let events = code_sentence(lex, &text, date);
        let Some(ev) = events.first() else { continue };
        sc.coded += 1;
        if ev.cameo.root() == &rec.code[..2.min(rec.code.len())] {
            sc.type_correct += 1;
        }
    }
    Ok(sc)
}

//! Scores Entente against gold annotations: the instrument every change is judged with.
//!
//! [`score`] is a pure function of a gold file and a system's events and states; [`run`] finds
//! gold files (a file, or a directory of `NAME.txt` + `NAME.gold.json`), codes their documents
//! with the coder and scores them; [`Report`] prints the table or JSON.

pub mod examples;
mod gold;
pub mod questions;
mod score;

use std::path::{Path, PathBuf};

use entente_coder::{code_document, CodeOptions};
use entente_lexicon::Lexicon;
use entente_model::Document;
use serde::Serialize;

pub use gold::{Gold, GoldDoc, GoldEvent, GoldState, Tier};
pub use score::{score, Agreement, Score, TierScore};

/// A gold file that could not be used.
#[derive(Debug, thiserror::Error)]
#[error("{path}: {message}")]
pub struct EvalError {
    /// The file.
    pub path: String,
    /// What went wrong.
    pub message: String,
}

/// Scores per document and in total.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Report {
    /// One row per document, in path order.
    pub documents: Vec<DocReport>,
    /// Counts summed over documents (micro average).
    pub total: Score,
}

/// One document's score.
#[derive(Debug, Clone, Serialize)]
pub struct DocReport {
    /// Document id.
    pub id: String,
    /// Counts.
    pub score: Score,
}

/// Finds gold files: `path` itself when it is a file, else every `*.gold.json` inside, sorted.
pub fn gold_files(path: &Path) -> Result<Vec<PathBuf>, EvalError> {
    if path.is_file() {
        return Ok(vec![path.to_path_buf()]);
    }
    let entries = std::fs::read_dir(path).map_err(|e| EvalError {
        path: path.display().to_string(),
        message: e.to_string(),
    })?;
    let mut out: Vec<PathBuf> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.to_string_lossy().ends_with(".gold.json"))
        .collect();
    out.sort();
    if out.is_empty() {
        return Err(EvalError {
            path: path.display().to_string(),
            message: "no *.gold.json files here".into(),
        });
    }
    Ok(out)
}

/// Reads a gold file and the document beside it.
pub fn load(gold_path: &Path) -> Result<(Gold, Document), EvalError> {
    let err = |m: String| EvalError {
        path: gold_path.display().to_string(),
        message: m,
    };
    let text = std::fs::read_to_string(gold_path).map_err(|e| err(e.to_string()))?;
    let gold: Gold =
        serde_json::from_str(&text).map_err(|e| err(format!("not a gold file: {e}")))?;
    let dir = gold_path.parent().unwrap_or(Path::new("."));
    let doc_path = dir.join(&gold.doc.file);
    let bytes = std::fs::read(&doc_path).map_err(|e| EvalError {
        path: doc_path.display().to_string(),
        message: e.to_string(),
    })?;
    let text = String::from_utf8_lossy(&bytes).into_owned();
    let title = text.lines().next().map(str::to_string);
    let doc = Document {
        id: gold.doc.id.clone(),
        title,
        text,
        date: Some(gold.doc.date),
        has_headline: true,
        ..Document::default()
    };
    Ok((gold, doc))
}

/// Codes and scores every gold document under `paths`.
pub fn run(lex: &Lexicon, paths: &[PathBuf]) -> Result<Report, EvalError> {
    let mut report = Report::default();
    let opts = CodeOptions::default();
    for p in paths {
        for g in gold_files(p)? {
            let (gold, doc) = load(&g)?;
            let coded = code_document(lex, &doc, &opts);
            let s = score(&gold, &coded.events, &coded.states);
            report.total.add(&s);
            report.documents.push(DocReport {
                id: gold.doc.id.clone(),
                score: s,
            });
        }
    }
    Ok(report)
}

fn pct(x: f64) -> String {
    format!("{x:.2}")
}

fn frac(a: usize, b: usize) -> String {
    format!("{a}/{b}")
}

impl Report {
    /// The human-readable table; the last lines are the totals.
    pub fn table(&self) -> String {
        let mut out = String::new();
        let width = self
            .documents
            .iter()
            .map(|d| d.id.len())
            .max()
            .unwrap_or(8)
            .max(8);
        out.push_str(&format!(
            "{:width$}  {:>5} {:>6} {:>6} {:>6} {:>6} {:>6}  {:>7} {:>7}  {:>7} {:>7}  {:>4}\n",
            "document",
            "P",
            "coreR",
            "coreF1",
            "strR",
            "allR",
            "allF1",
            "date",
            "modal",
            "stateR",
            "stateP",
            "noev"
        ));
        let row = |id: &str, s: &Score| {
            format!(
                "{:width$}  {:>5} {:>6} {:>6} {:>6} {:>6} {:>6}  {:>7} {:>7}  {:>7} {:>7}  {:>4}\n",
                id,
                pct(s.precision()),
                pct(s.core.recall()),
                pct(s.f1(s.core)),
                pct(s.stretch.recall()),
                pct(s.all().recall()),
                pct(s.f1(s.all())),
                frac(s.dates.agree, s.dates.checked),
                frac(s.modality.agree, s.modality.checked),
                frac(s.matched_states, s.gold_states),
                frac(s.correct_states, s.system_states),
                s.no_event_violations,
            )
        };
        for d in &self.documents {
            out.push_str(&row(&d.id, &d.score));
        }
        let t = &self.total;
        out.push_str(&row("TOTAL", t));
        out.push_str(&format!(
            "events: {} emitted, {} correct, precision {}; recall core {} ({}/{}), stretch {} ({}/{}), all {} (F1 {})\n",
            t.system_events,
            t.correct_events,
            pct(t.precision()),
            pct(t.core.recall()),
            t.core.matched,
            t.core.gold,
            pct(t.stretch.recall()),
            t.stretch.matched,
            t.stretch.gold,
            pct(t.all().recall()),
            pct(t.f1(t.all())),
        ));
        out.push_str(&format!(
            "dates {} agree, modality {} agree; states recall {} ({}/{}), precision {} ({}/{}); events from no-event sentences: {}\n",
            frac(t.dates.agree, t.dates.checked),
            frac(t.modality.agree, t.modality.checked),
            pct(t.state_recall()),
            t.matched_states,
            t.gold_states,
            pct(t.state_precision()),
            t.correct_states,
            t.system_states,
            t.no_event_violations,
        ));
        out
    }

    /// The same numbers for machines.
    pub fn json(&self) -> serde_json::Value {
        let one = |s: &Score| {
            serde_json::json!({
                "system_events": s.system_events,
                "correct_events": s.correct_events,
                "precision": s.precision(),
                "core": {"gold": s.core.gold, "matched": s.core.matched, "recall": s.core.recall(), "f1": s.f1(s.core)},
                "stretch": {"gold": s.stretch.gold, "matched": s.stretch.matched, "recall": s.stretch.recall(), "f1": s.f1(s.stretch)},
                "all": {"gold": s.all().gold, "matched": s.all().matched, "recall": s.all().recall(), "f1": s.f1(s.all())},
                "dates": {"checked": s.dates.checked, "agree": s.dates.agree},
                "modality": {"checked": s.modality.checked, "agree": s.modality.agree},
                "states": {"gold": s.gold_states, "system": s.system_states, "matched": s.matched_states,
                           "recall": s.state_recall(), "precision": s.state_precision()},
                "no_event_violations": s.no_event_violations,
                "missed": s.missed,
            })
        };
        serde_json::json!({
            "documents": self.documents.iter().map(|d| {
                let mut v = one(&d.score);
                v["id"] = serde_json::Value::String(d.id.clone());
                v
            }).collect::<Vec<_>>(),
            "total": one(&self.total),
        })
    }
}

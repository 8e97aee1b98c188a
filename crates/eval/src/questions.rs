//! Question evaluation: ingest a corpus, ask each question at its cut-off, and score the
//! verdicts and the citations.
//!
//! A `must_cite` id (`ARTICLE:ID`, an event `E*`, acceptable `A*` or state `R*` of the gold file
//! `ARTICLE.gold.json`) counts as cited when the answer cites an event or a state of the
//! sentence that contains that gold item's evidence.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use entente_lexicon::Lexicon;
use entente_model::Document;
use entente_relations::{ask, Verdict};
use entente_store::{IngestOptions, Store};
use serde::{Deserialize, Serialize};

use crate::{load, EvalError, Gold};

/// One question with its gold answer.
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct QuestionCase {
    /// Question id.
    pub id: String,
    /// The question.
    pub question: String,
    /// The information cut-off.
    pub as_of: NaiveDate,
    /// The gold verdict.
    pub verdict: String,
    /// Gold items the answer must cite, `ARTICLE:ID`.
    #[serde(default)]
    pub must_cite: Vec<String>,
    /// The annotator's note.
    #[serde(default)]
    pub note: String,
}

/// The result of one question.
#[derive(Debug, Clone, Serialize)]
pub struct QuestionResult {
    /// Question id.
    pub id: String,
    /// The question.
    pub question: String,
    /// Cut-off.
    pub as_of: NaiveDate,
    /// Gold verdict.
    pub gold: String,
    /// Our verdict (or the error message when the question was not answered).
    pub verdict: String,
    /// Must-cite ids cited.
    pub cited: Vec<String>,
    /// Must-cite ids missed.
    pub missed: Vec<String>,
}

/// All questions.
#[derive(Debug, Clone, Serialize)]
pub struct QuestionReport {
    /// Per question.
    pub results: Vec<QuestionResult>,
    /// Verdicts right / questions.
    pub verdict_accuracy: f64,
    /// Must-cite ids cited / must-cite ids.
    pub citation_recall: f64,
    /// Must-cite ids whose gold evidence could not be found (counted as missed).
    pub unresolved: Vec<String>,
}

impl QuestionReport {
    /// A plain-text table.
    pub fn table(&self) -> String {
        let mut out =
            String::from("question  as_of       gold             ours             cited\n");
        for r in &self.results {
            let mark = if r.gold == r.verdict { ' ' } else { '✗' };
            out.push_str(&format!(
                "{:<9} {} {:<16} {:<16}{mark} {}/{}{}\n",
                r.id,
                r.as_of,
                r.gold,
                r.verdict,
                r.cited.len(),
                r.cited.len() + r.missed.len(),
                if r.missed.is_empty() {
                    String::new()
                } else {
                    format!("  missed {}", r.missed.join(" "))
                }
            ));
        }
        let right = self.results.iter().filter(|r| r.gold == r.verdict).count();
        let cited: usize = self.results.iter().map(|r| r.cited.len()).sum();
        let total: usize = self
            .results
            .iter()
            .map(|r| r.cited.len() + r.missed.len())
            .sum();
        out.push_str(&format!(
            "verdict accuracy {:.2} ({right}/{})   citation recall {:.2} ({cited}/{total})\n",
            self.verdict_accuracy,
            self.results.len(),
            self.citation_recall
        ));
        out
    }
}

fn err(path: &Path, message: impl Into<String>) -> EvalError {
    EvalError {
        path: path.display().to_string(),
        message: message.into(),
    }
}

/// Reads questions: JSONL (`questions.jsonl`), or a gold file whose `questions` block has ids
/// local to the file (they become `DOC:ID` citations).
pub fn load_questions(path: &Path) -> Result<Vec<QuestionCase>, EvalError> {
    let text = std::fs::read_to_string(path).map_err(|e| err(path, e.to_string()))?;
    if path.to_string_lossy().ends_with(".gold.json") {
        #[derive(Deserialize)]
        struct WithQuestions {
            doc: crate::GoldDoc,
            #[serde(default)]
            questions: Vec<QuestionCase>,
        }
        let g: WithQuestions =
            serde_json::from_str(&text).map_err(|e| err(path, format!("not a gold file: {e}")))?;
        return Ok(g
            .questions
            .into_iter()
            .map(|mut q| {
                q.must_cite = q
                    .must_cite
                    .iter()
                    .map(|c| format!("{}:{c}", g.doc.id))
                    .collect();
                q
            })
            .collect());
    }
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let q: QuestionCase =
            serde_json::from_str(line).map_err(|e| err(path, format!("line {}: {e}", i + 1)))?;
        out.push(q);
    }
    Ok(out)
}

/// The documents of a corpus: gold files and directories of them (their text, with the gold
/// date), or anything the text readers take (JSONL, txt, HTML, WARC).
fn corpus_documents(paths: &[PathBuf]) -> Result<(Vec<Document>, Vec<PathBuf>), EvalError> {
    let mut docs = Vec::new();
    let mut others = Vec::new();
    for p in paths {
        let is_gold = |q: &Path| q.to_string_lossy().ends_with(".gold.json");
        let golds: Vec<PathBuf> = if p.is_dir() || is_gold(p) {
            crate::gold_files(p)
                .unwrap_or_default()
                .into_iter()
                .filter(|g| is_gold(g))
                .collect()
        } else {
            Vec::new()
        };

        if golds.is_empty() {
            others.push(p.clone());
        } else {
            for g in golds {
                docs.push(load(&g)?.1);
            }
        }
    }
    Ok((docs, others))
}

/// Where the gold file of `doc` may be: beside the questions, or in a corpus directory.
fn find_gold(doc: &str, dirs: &[PathBuf]) -> Option<Gold> {
    dirs.iter().find_map(|d| {
        let text = std::fs::read_to_string(d.join(format!("{doc}.gold.json"))).ok()?;
        serde_json::from_str(&text).ok()
    })
}

fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Ingests `corpus` into a store in memory, asks every question of `questions_path` at its
/// cut-off, and scores verdicts and citations.
pub fn run_questions(
    lex: &Lexicon,
    questions_path: &Path,
    corpus: &[PathBuf],
) -> Result<QuestionReport, EvalError> {
    let questions = load_questions(questions_path)?;
    let (docs, others) = corpus_documents(corpus)?;
    let mut store = Store::open_in_memory().map_err(|e| err(questions_path, e.to_string()))?;
    let opts = IngestOptions::default();
    let store_err = |e: entente_store::StoreError| err(questions_path, e.to_string());
    if !docs.is_empty() {
        store
            .ingest(lex, docs.into_iter().map(Ok), &opts, &mut ())
            .map_err(store_err)?;
    }
    if !others.is_empty() {
        let names: Vec<String> = others.iter().map(|p| p.display().to_string()).collect();
        let inputs = entente_text::read_inputs(&names, None);
        store
            .ingest(lex, inputs, &opts, &mut ())
            .map_err(store_err)?;
    }
    let mut dirs: Vec<PathBuf> = questions_path
        .parent()
        .map(Path::to_path_buf)
        .into_iter()
        .collect();
    for p in corpus {
        dirs.push(if p.is_dir() {
            p.clone()
        } else {
            p.parent().map(Path::to_path_buf).unwrap_or_default()
        });
    }
    let mut results = Vec::new();
    let mut unresolved = Vec::new();
    for q in &questions {
        let answer = ask(&store, lex, &q.question, Some(q.as_of));
        let (verdict, evidence) = match &answer {
            Ok(a) => (
                a.verdict.map_or("none", Verdict::as_str).to_string(),
                a.evidence.as_slice(),
            ),
            Err(e) => (format!("error: {e}"), &[][..]),
        };
        let mut cited = Vec::new();
        let mut missed = Vec::new();
        for c in &q.must_cite {
            let (doc, id) = c.split_once(':').unwrap_or((c.as_str(), ""));
            let gold_evidence = find_gold(doc, &dirs).and_then(|g| {
                g.required
                    .iter()
                    .chain(&g.acceptable)
                    .find(|e| e.id == id)
                    .map(|e| e.evidence.clone())
                    .or_else(|| {
                        g.relation_states
                            .iter()
                            .find(|s| s.id == id)
                            .map(|s| s.evidence.clone())
                    })
            });
            let Some(ev) = gold_evidence else {
                unresolved.push(c.clone());
                missed.push(c.clone());
                continue;
            };
            let ev = squash(&ev);
            if evidence
                .iter()
                .any(|x| x.doc_id == doc && squash(&x.sentence).contains(&ev))
            {
                cited.push(c.clone());
            } else {
                missed.push(c.clone());
            }
        }
        results.push(QuestionResult {
            id: q.id.clone(),
            question: q.question.clone(),
            as_of: q.as_of,
            gold: q.verdict.clone(),
            verdict,
            cited,
            missed,
        });
    }
    let right = results.iter().filter(|r| r.gold == r.verdict).count();
    let cited: usize = results.iter().map(|r| r.cited.len()).sum();
    let total: usize = results.iter().map(|r| r.cited.len() + r.missed.len()).sum();
    Ok(QuestionReport {
        verdict_accuracy: if results.is_empty() {
            0.0
        } else {
            right as f64 / results.len() as f64
        },
        citation_recall: if total == 0 {
            1.0
        } else {
            cited as f64 / total as f64
        },
        results,
        unresolved,
    })
}

//! Question answering on the seed and dev sets (`../shared/data`), with the thresholds of the
//! relations issue; skipped with a message when the data is absent.

use std::path::{Path, PathBuf};

use entente_eval::questions::run_questions;
use entente_lexicon::Lexicon;

fn shared(rel: &str) -> Option<PathBuf> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/data")
        .join(rel);
    if p.exists() {
        Some(p)
    } else {
        eprintln!("skipped: {} is absent", p.display());
        None
    }
}

#[test]
fn the_seed_question_is_right_and_cites_its_evidence() {
    let Some(dir) = shared("seed") else { return };
    let lex = Lexicon::embedded().unwrap();
    let gold = dir.join("israel-morocco-2019-12-04.gold.json");
    let r = run_questions(&lex, &gold, &[dir]).unwrap();
    assert_eq!(r.results.len(), 1);
    let q = &r.results[0];
    assert_eq!(q.verdict, q.gold, "{}", r.table());
    assert!(q.missed.is_empty(), "{}", r.table());
}

#[test]
fn dev_questions_meet_the_thresholds() {
    let Some(dir) = shared("dev") else { return };
    let lex = Lexicon::embedded().unwrap();
    let r = run_questions(
        &lex,
        &dir.join("questions.jsonl"),
        &[dir.join("corpus.jsonl")],
    )
    .unwrap();
    assert_eq!(r.results.len(), 29);
    assert!(r.unresolved.is_empty(), "{:?}", r.unresolved);
    assert!(r.verdict_accuracy >= 0.9, "{}", r.table());
    assert!(r.citation_recall >= 0.8, "{}", r.table());
}

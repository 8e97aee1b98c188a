//! Checks against the project's shared test data (`../shared/data`); each test prints a message
//! and passes when the folder is absent.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use entente_model::{DatePrecision, Document, SentenceKind, Span};
use entente_text::{find_timexes, future_context, read_inputs, segment, Tokens};
use serde_json::Value;

fn data_dir(sub: &str) -> Option<PathBuf> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/data")
        .join(sub);
    if p.is_dir() {
        Some(p)
    } else {
        println!("skipping: {} is absent", p.display());
        None
    }
}

fn read_doc(path: &Path) -> Document {
    let items: Vec<_> = read_inputs(&[path.to_string_lossy().into_owned()], None).collect();
    assert_eq!(items.len(), 1, "{}", path.display());
    items.into_iter().next().unwrap().unwrap()
}

/// Every string a gold file quotes from its article: event and state evidence, and the
/// sentences listed as yielding no events.
fn gold_quotes(gold: &Value) -> Vec<String> {
    let mut out = Vec::new();
    for key in ["required", "acceptable", "relation_states"] {
        for e in gold[key].as_array().into_iter().flatten() {
            if let Some(s) = e["evidence"].as_str() {
                out.push(s.to_string());
            }
        }
    }
    for s in gold["no_events_from"].as_array().into_iter().flatten() {
        if let Some(s) = s.as_str() {
            out.push(s.to_string());
        }
    }
    out
}

fn gold_files(dir: &Path) -> Vec<(PathBuf, Value)> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().ends_with(".gold.json"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|g| {
            let gold: Value = serde_json::from_str(&std::fs::read_to_string(&g).unwrap()).unwrap();
            let txt = dir.join(gold["doc"]["file"].as_str().unwrap());
            (txt, gold)
        })
        .collect()
}

#[test]
fn no_gold_evidence_is_split_across_sentences() {
    let mut checked = 0;
    let mut failures = Vec::new();
    for sub in ["dev", "seed"] {
        let Some(dir) = data_dir(sub) else { return };
        for (txt, gold) in gold_files(&dir) {
            let doc = read_doc(&txt);
            let sentences = segment(&doc);
            for quote in gold_quotes(&gold) {
                let Some(at) = doc.text.find(&quote) else {
                    failures.push(format!(
                        "{}: evidence not in text: {quote:?}",
                        txt.display()
                    ));
                    continue;
                };
                checked += 1;
                let span = Span::new(at, at + quote.len());
                if !sentences.iter().any(|s| s.span.contains(span)) {
                    failures.push(format!("{}: split: {quote:?}", txt.display()));
                }
            }
        }
    }
    println!("{checked} gold quotes checked");
    assert!(failures.is_empty(), "{failures:#?}");
    assert!(checked > 100);
}

#[test]
fn gold_boilerplate_lines_are_flagged() {
    for sub in ["dev", "seed"] {
        let Some(dir) = data_dir(sub) else { return };
        for (txt, gold) in gold_files(&dir) {
            let doc = read_doc(&txt);
            let sentences = segment(&doc);
            assert_eq!(sentences[0].kind, SentenceKind::Headline);
            for s in gold["no_events_from"].as_array().into_iter().flatten() {
                let s = s.as_str().unwrap();
                if !(s.starts_with("Read more") || s.starts_with("Follow us")) {
                    continue;
                }
                let at = doc.text.find(s).unwrap();
                let sentence = sentences
                    .iter()
                    .find(|x| x.span.contains(Span::new(at, at + s.len())))
                    .unwrap();
                assert_eq!(sentence.kind, SentenceKind::Boilerplate, "{s}");
            }
            // No gold event or relation state comes from a sentence flagged as boilerplate.
            for key in ["required", "acceptable", "relation_states"] {
                for e in gold[key].as_array().into_iter().flatten() {
                    let ev = e["evidence"].as_str().unwrap();
                    let at = doc.text.find(ev).unwrap();
                    let span = Span::new(at, at + ev.len());
                    for s in sentences.iter().filter(|s| s.span.contains(span)) {
                        assert_ne!(s.kind, SentenceKind::Boilerplate, "{}: {ev}", txt.display());
                    }
                }
            }
        }
    }
}

/// The date a coder would give an event: the timex in its sentence nearest to the evidence,
/// read in the clause's tense; the publication date when the sentence has none.
fn event_date(doc: &Document, evidence: &str) -> (NaiveDate, NaiveDate) {
    let pub_date = doc.date.unwrap();
    let at = doc.text.find(evidence).unwrap();
    let ev_span = Span::new(at, at + evidence.len());
    let sentence = segment(doc)
        .into_iter()
        .find(|s| s.span.contains(ev_span))
        .unwrap();
    let mut tokens = Tokens::new();
    tokens.tokenize(&doc.text, sentence.span);
    let mut found = Vec::new();
    find_timexes(&doc.text, &tokens, 0..tokens.len(), pub_date, &mut found);
    let distance = |s: Span| {
        if ev_span.contains(s) {
            0
        } else if s.start >= ev_span.end {
            s.start - ev_span.end
        } else {
            ev_span.start.saturating_sub(s.end)
        }
    };
    match found.iter().min_by_key(|t| distance(t.span)) {
        None => (pub_date, pub_date),
        Some(t) => {
            let i = tokens
                .tokens
                .iter()
                .position(|k| k.span.start == t.span.start)
                .unwrap();
            let e = t.resolve(future_context(&tokens, 0..tokens.len(), i));
            let end = match e.precision {
                DatePrecision::Day => e.date,
                _ => e.end(),
            };
            (e.date, end)
        }
    }
}

fn gold_range(e: &Value) -> Option<(NaiveDate, NaiveDate)> {
    let r = e["date"].as_array()?;
    let p = |v: &Value| NaiveDate::parse_from_str(v.as_str()?, "%Y-%m-%d").ok();
    Some((p(&r[0])?, p(&r[1])?))
}

#[test]
fn seed_event_dates_fall_in_gold_ranges() {
    let Some(dir) = data_dir("seed") else { return };
    let (txt, gold) = gold_files(&dir).remove(0);
    let mut doc = read_doc(&txt);
    doc.date = NaiveDate::parse_from_str(gold["doc"]["date"].as_str().unwrap(), "%Y-%m-%d").ok();
    for id in ["E2", "E3", "E4", "E5", "E10"] {
        let e = gold["required"]
            .as_array()
            .unwrap()
            .iter()
            .find(|e| e["id"] == id)
            .unwrap();
        let (lo, hi) = gold_range(e).unwrap();
        let (start, _) = event_date(&doc, e["evidence"].as_str().unwrap());
        assert!(
            lo <= start && start <= hi,
            "{id}: {start} not in {lo}..{hi}"
        );
    }
}

#[test]
fn dev_event_dates_agreement() {
    let Some(dir) = data_dir("dev") else { return };
    let (mut total, mut inside) = (0, 0);
    for (txt, gold) in gold_files(&dir) {
        let mut doc = read_doc(&txt);
        doc.date =
            NaiveDate::parse_from_str(gold["doc"]["date"].as_str().unwrap(), "%Y-%m-%d").ok();
        for e in gold["required"].as_array().into_iter().flatten() {
            let Some((lo, hi)) = gold_range(e) else {
                continue;
            };
            let (start, _) = event_date(&doc, e["evidence"].as_str().unwrap());
            total += 1;
            if lo <= start && start <= hi {
                inside += 1;
            } else {
                println!("{} {}: {start} not in {lo}..{hi}", txt.display(), e["id"]);
            }
        }
    }
    println!("dev date agreement: {inside}/{total}");
    assert!(inside * 10 >= total * 8, "{inside}/{total}");
}

#[test]
fn wikinews_reads_cleanly() {
    let Some(dir) = data_dir("news") else { return };
    let path = dir.join("wikinews_politics_economy.jsonl");
    let mut docs = 0;
    let mut tokens = Tokens::new();
    let mut timexes = Vec::new();
    for item in read_inputs(&[path.to_string_lossy().into_owned()], None) {
        let doc = item.unwrap();
        docs += 1;
        for s in segment(&doc) {
            let first = tokens.len();
            tokens.tokenize(&doc.text, s.span);
            let p = doc
                .date
                .unwrap_or(NaiveDate::from_ymd_opt(2008, 1, 1).unwrap());
            find_timexes(&doc.text, &tokens, first..tokens.len(), p, &mut timexes);
        }
        tokens.clear();
    }
    assert_eq!(docs, 5550);
    println!("{} timexes", timexes.len());
}

//! Throughput of segmentation + tokenization + timex finding over the Wikinews corpus
//! (`../shared/data/news/wikinews_politics_economy.jsonl`; skipped when absent).
//!
//! `cargo bench -p entente-text --bench text`

use std::path::Path;

use chrono::NaiveDate;
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use entente_model::{Document, Sentence};
use entente_text::{find_timexes, read_inputs, segment_text, Timex, Tokens};

fn corpus() -> Option<Vec<Document>> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/data/news/wikinews_politics_economy.jsonl");
    if !path.exists() {
        eprintln!("skipping: {} is absent", path.display());
        return None;
    }
    let docs = read_inputs(&[path.to_string_lossy().into_owned()], None)
        .filter_map(Result::ok)
        .collect();
    Some(docs)
}

/// Segments, tokenizes and finds dates in every document once; returns a count so the work is
/// not optimised away.
fn pass(
    docs: &[Document],
    sentences: &mut Vec<Sentence>,
    tokens: &mut Tokens,
    timexes: &mut Vec<Timex>,
) -> usize {
    let fallback = NaiveDate::from_ymd_opt(2008, 1, 1).unwrap();
    let mut n = 0;
    for doc in docs {
        sentences.clear();
        segment_text(&doc.text, doc.has_headline, sentences);
        let pub_date = doc.date.unwrap_or(fallback);
        for s in sentences.iter() {
            tokens.clear();
            tokens.tokenize(&doc.text, s.span);
            timexes.clear();
            find_timexes(&doc.text, tokens, 0..tokens.len(), pub_date, timexes);
            n += tokens.len() + timexes.len();
        }
    }
    n
}

fn bench(c: &mut Criterion) {
    let Some(docs) = corpus() else { return };
    // ENTENTE_TEXT_PASSES=N: run N passes and exit, for `perf stat` on a busy machine.
    if let Some(passes) = std::env::var("ENTENTE_TEXT_PASSES")
        .ok()
        .and_then(|v| v.parse::<usize>().ok())
    {
        let (mut s, mut t, mut x) = (Vec::new(), Tokens::new(), Vec::new());
        let n: usize = (0..passes)
            .map(|_| pass(&docs, &mut s, &mut t, &mut x))
            .sum();
        eprintln!("{passes} passes, {n} tokens and timexes");
        std::process::exit(0);
    }
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let mut group = c.benchmark_group("text");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(20);
    let mut sentences: Vec<Sentence> = Vec::new();
    let mut tokens = Tokens::new();
    let mut timexes: Vec<Timex> = Vec::new();
    group.bench_function("segment+tokenize+timex", |b| {
        b.iter(|| pass(&docs, &mut sentences, &mut tokens, &mut timexes))
    });
    group.bench_function("segment+tokenize", |b| {
        b.iter(|| {
            let mut n = 0;
            for doc in &docs {
                sentences.clear();
                segment_text(&doc.text, doc.has_headline, &mut sentences);
                for s in &sentences {
                    tokens.clear();
                    tokens.tokenize(&doc.text, s.span);
                    n += tokens.len();
                }
            }
            n
        })
    });
    group.bench_function("segment", |b| {
        b.iter(|| {
            let mut n = 0;
            for doc in &docs {
                sentences.clear();
                segment_text(&doc.text, doc.has_headline, &mut sentences);
                n += sentences.len();
            }
            n
        })
    });
    group.bench_function("tokenize", |b| {
        b.iter(|| {
            let mut n = 0;
            for doc in &docs {
                tokens.clear();
                tokens.tokenize(&doc.text, entente_model::Span::new(0, doc.text.len()));
                n += tokens.len();
            }
            n
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);

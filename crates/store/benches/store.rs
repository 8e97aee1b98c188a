//! Store benchmarks: `cargo bench -p entente-store`.
//!
//! - `ingest/wikinews`: read, code and store the Wikinews corpus
//!   (`../shared/data/news/wikinews_politics_economy.jsonl`, skipped when absent) into a fresh
//!   file store; throughput in sentences per second.
//! - `dyad/*`: `Store::dyad` on a synthetic store of 10 million events (set
//!   `ENTENTE_BENCH_EVENTS` for another size). The store is generated once, reported with its
//!   generation time, and kept in `target/` for later runs (delete it to regenerate).

use std::path::PathBuf;
use std::time::{Duration, Instant};

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use entente_lexicon::Lexicon;
use entente_store::synthetic::{generate, SyntheticSpec};
use entente_store::{ActorMatch, EventFilter, IngestOptions, Store, SCHEMA_VERSION};

fn wikinews() -> Option<String> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/data/news/wikinews_politics_economy.jsonl"
    );
    if std::path::Path::new(path).exists() {
        Some(path.to_string())
    } else {
        eprintln!("skipping the ingest bench: {path} is absent");
        None
    }
}

fn ingest(c: &mut Criterion) {
    let Some(path) = wikinews() else { return };
    let lex = Lexicon::embedded().expect("lexicon compiles");
    let docs: Vec<_> = entente_text::read_inputs(&[path], None)
        .filter_map(Result::ok)
        .collect();
    let sentences: usize = docs.iter().map(|d| entente_text::segment(d).len()).sum();
    let dir = tempfile::tempdir().expect("temporary directory");
    let mut g = c.benchmark_group("ingest");
    g.sample_size(10);
    g.measurement_time(Duration::from_secs(30));
    g.throughput(Throughput::Elements(sentences as u64));
    let mut run = 0;
    g.bench_function("wikinews (code + store, sentences/s)", |b| {
        b.iter(|| {
            run += 1;
            let db = dir.path().join(format!("wikinews-{run}.db"));
            let mut store = Store::open(&db).expect("open");
            let report = store
                .ingest(
                    &lex,
                    docs.iter().cloned().map(Ok),
                    &IngestOptions::default(),
                    &mut (),
                )
                .expect("ingest");
            drop(store);
            for suffix in ["", "-wal", "-shm"] {
                let _ = std::fs::remove_file(format!("{}{suffix}", db.display()));
            }
            report.documents
        })
    });
    g.finish();
}

fn synthetic_store() -> Store {
    let events: u64 = std::env::var("ENTENTE_BENCH_EVENTS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10_000_000);
    let target = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../target");
    let path = target.join(format!("entente-bench-{events}-v{SCHEMA_VERSION}.db"));
    let done = path.with_extension("done");
    if !done.exists() {
        for suffix in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
        }
        let mut store = Store::open(&path).expect("open the bench store");
        let start = Instant::now();
        let made = generate(
            &mut store,
            &SyntheticSpec {
                events,
                ..SyntheticSpec::default()
            },
        )
        .expect("generate");
        eprintln!(
            "generated {} events, {} mentions, {} documents in {:.1} s: {}",
            made.events,
            made.mentions,
            made.documents,
            start.elapsed().as_secs_f64(),
            path.display()
        );
        std::fs::write(&done, b"").expect("mark the bench store complete");
    }
    // Opening for writing first brings a store of an older schema up to date.
    drop(Store::open(&path).expect("open the bench store"));
    Store::open_read_only(&path).expect("open the bench store")
}

fn dyad(c: &mut Criterion) {
    let store = synthetic_store();
    let mut g = c.benchmark_group("dyad");
    g.sample_size(20);
    let filter = EventFilter::default();
    // The largest dyad of the synthetic store, a middling one and a small one.
    for (a, b) in [("USA", "CHN"), ("ISR", "IRN"), ("FRA", "MAR")] {
        let (a, b) = (ActorMatch::parse(a).unwrap(), ActorMatch::parse(b).unwrap());
        let s = store.dyad(&a, &b, false, &filter, 10).expect("dyad");
        eprintln!(
            "dyad {a} {b}: {} events, {} months",
            s.events,
            s.months.len()
        );
        g.bench_function(format!("{a}-{b} ({} events)", s.events), |bench| {
            bench.iter(|| store.dyad(&a, &b, false, &filter, 10).expect("dyad").events)
        });
    }
    g.finish();
}

criterion_group!(benches, ingest, dyad);
criterion_main!(benches);

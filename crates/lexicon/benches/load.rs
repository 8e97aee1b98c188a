//! Time to compile the embedded lexicon: `cargo bench -p entente-lexicon`.
use criterion::{criterion_group, criterion_main, Criterion};

fn load(c: &mut Criterion) {
    let mut g = c.benchmark_group("lexicon");
    g.sample_size(20);
    g.bench_function("compile embedded", |b| {
        b.iter(|| entente_lexicon::Lexicon::embedded().expect("lexicon compiles"))
    });
    g.finish();
}

criterion_group!(benches, load);
criterion_main!(benches);

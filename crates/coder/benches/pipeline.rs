//! Raw text to events over the Wikinews corpus: `cargo bench -p entente-coder`.
//! Reads `../shared/data/news/wikinews_politics_economy.jsonl` and skips when it is absent.
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use entente_coder::{code_document, CodeOptions};
use entente_lexicon::Lexicon;

/// The allocator of the `entente` binary, so that the bench measures what the CLI runs.
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn corpus() -> Option<Vec<entente_model::Document>> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/data/news/wikinews_politics_economy.jsonl"
    );
    if !std::path::Path::new(path).exists() {
        eprintln!("skipping: {path} is absent");
        return None;
    }
    let docs: Vec<_> = entente_text::read_inputs(&[path.to_string()], None)
        .filter_map(Result::ok)
        .take(500)
        .collect();
    Some(docs)
}

fn pipeline(c: &mut Criterion) {
    let Some(docs) = corpus() else { return };
    let lex = Lexicon::embedded().expect("lexicon compiles");
    let opts = CodeOptions::default();
    let sentences: usize = docs.iter().map(|d| entente_text::segment(d).len()).sum();
    let mut g = c.benchmark_group("pipeline");
    g.sample_size(10);
    g.throughput(Throughput::Elements(sentences as u64));
    g.bench_function("code 500 wikinews documents (sentences/s)", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| code_document(&lex, d, &opts).events.len())
                .sum::<usize>()
        })
    });
    g.finish();
}

criterion_group!(benches, pipeline);
criterion_main!(benches);

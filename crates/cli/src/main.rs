//! `entente`: political event data from news text.
//!
//! Exit status: 0 when every input was read, 2 when some records were skipped or damaged (each
//! is reported on stderr with its file and line), 1 on a fatal error.

use std::io::{BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use anyhow::{Context, Result};
use chrono::NaiveDate;
use clap::{Parser, Subcommand};
use entente_coder::{code_document, CodeOptions, Coded};
use entente_lexicon::Lexicon;
use entente_model::{Document, Record};
use rayon::prelude::*;

/// Coding allocates many small, short-lived values per sentence; mimalloc serves them faster
/// than the system allocator (see the README's speed table).
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

mod petrarch_cmd;
mod relations_cmd;
mod serve_cmd;
mod store_cmd;

#[derive(Parser)]
#[command(
    name = "entente",
    version,
    about = "Political event data from news text: who did what to whom, when, where, according to whom."
)]
struct Cli {
    /// Load the lexicon from this directory instead of the built-in one; `petrarch:DIR` imports
    /// PETRARCH dictionaries (a directory or a PETR_config.ini) over the built-in lexicon.
    #[arg(long, global = true, value_name = "DIR")]
    lexicon: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Code documents into events and relation states (JSONL on stdout).
    Code(CodeArgs),
    /// Score the coder against gold files (a file, or a directory of NAME.txt + NAME.gold.json).
    Eval(EvalArgs),
    /// Inspect the knowledge base.
    Actors {
        #[command(subcommand)]
        command: ActorsCommand,
    },
    /// Code documents and store them in an event database (idempotent, resumable).
    Ingest(store_cmd::IngestArgs),
    /// Re-code every stored document with the current lexicon.
    Recode(store_cmd::RecodeArgs),
    /// List or export stored events (deduplicated across articles) by filter.
    Events(store_cmd::EventsArgs),
    /// Summarise the relations between two actors: months, quad classes, Goldstein, notables.
    Dyad(store_cmd::DyadArgs),
    /// Show a stored document with its events and relation states.
    Docs(store_cmd::DocsArgs),
    /// Answer a question about a relationship, with a verdict, a timeline and cited evidence.
    Ask(relations_cmd::AskArgs),
    /// One country's relations board: status and trend with every partner.
    Brief(relations_cmd::BriefArgs),
    /// Serve the dashboard and the JSON API over a store (read-only, loopback by default).
    Serve(serve_cmd::ServeArgs),
    /// Lexicon tools: import PETRARCH / TABARI dictionaries.
    Lexicon {
        #[command(subcommand)]
        command: petrarch_cmd::LexiconCommand,
    },
}

#[derive(clap::Args)]
struct CodeArgs {
    /// Input files or directories (.txt, .jsonl); `-` or nothing reads stdin.
    paths: Vec<String>,
    /// Publication date for inputs that carry none (YYYY-MM-DD).
    #[arg(long, value_parser = parse_date)]
    date: Option<NaiveDate>,
    /// Also emit negated, hypothetical and question events, labelled by modality.
    #[arg(long)]
    all_modalities: bool,
    /// Print documents, sentences, events and sentences/s to stderr.
    #[arg(long)]
    stats: bool,
    /// Print the same statistics as one JSON object on stderr.
    #[arg(long)]
    stats_json: bool,
    /// Worker threads (default: all cores). Output order is the input order either way.
    #[arg(long)]
    threads: Option<usize>,
    /// Explain on stderr how each sentence was read: phrases, pattern matches, decisions.
    #[arg(long)]
    explain: bool,
}

#[derive(clap::Args)]
struct EvalArgs {
    /// Gold files or directories.
    #[arg(required_unless_present_any = ["plover", "codebook", "questions"])]
    paths: Vec<PathBuf>,
    /// Score relationship questions (questions.jsonl, or a gold file's questions): verdict
    /// accuracy and citation recall, over a store built from `--corpus`.
    #[arg(long, value_name = "FILE", requires = "corpus")]
    questions: Option<PathBuf>,
    /// The documents the questions are asked of: JSONL, text, or gold files and directories.
    #[arg(long, value_name = "PATH", num_args = 1..)]
    corpus: Vec<PathBuf>,
    /// Also score PLOVER gold-standard records (plover_gsr.jsonl): type and dyad accuracy.
    #[arg(long, value_name = "FILE")]
    plover: Option<PathBuf>,
    /// Also score CAMEO codebook example sentences (codebook_examples.jsonl): root accuracy.
    #[arg(long, value_name = "FILE")]
    codebook: Option<PathBuf>,
    /// Print JSON instead of the table.
    #[arg(long)]
    json: bool,
}

#[derive(Subcommand)]
enum ActorsCommand {
    /// Resolve a mention on a date and explain the code.
    Resolve {
        /// A name, title or phrase: "US Secretary of State", "Netanyahu", "the Kremlin".
        mention: String,
        /// Date of the mention (YYYY-MM-DD).
        #[arg(long, value_parser = parse_date)]
        date: NaiveDate,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
}

fn parse_date(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|e| format!("{s:?} is not YYYY-MM-DD: {e}"))
}

fn load_lexicon(dir: &Option<PathBuf>) -> Result<Lexicon> {
    match dir {
        // `petrarch:DIR`: PETRARCH dictionaries imported in memory over the built-in lexicon.
        Some(d) if d.to_str().is_some_and(|s| s.starts_with("petrarch:")) => {
            let path = PathBuf::from(&d.to_string_lossy()["petrarch:".len()..]);
            let opts = entente_lexicon::petrarch::ImportOptions { merge: true };
            let imported = entente_lexicon::petrarch::import_path(&path, &opts)
                .with_context(|| format!("importing PETRARCH dictionaries {}", path.display()))?;
            let errors = imported.report.errors.len();
            if errors > 0 {
                eprintln!(
                    "entente: {}: {errors} dictionary lines could not be read (details: entente lexicon import-petrarch)",
                    path.display()
                );
            }
            imported
                .compile()
                .with_context(|| format!("compiling the PETRARCH import of {}", path.display()))
        }
        Some(d) => Lexicon::from_dir(d).with_context(|| format!("loading lexicon {}", d.display())),
        None => Lexicon::embedded().context("compiling the built-in lexicon"),
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("entente: {e:#}");
            ExitCode::from(1)
        }
    }
}

fn run(cli: Cli) -> Result<ExitCode> {
    match cli.command {
        Command::Ingest(args) => store_cmd::ingest(&load_lexicon(&cli.lexicon)?, args),
        Command::Recode(args) => store_cmd::recode(&load_lexicon(&cli.lexicon)?, args),
        Command::Events(args) => store_cmd::events(args),
        Command::Dyad(args) => store_cmd::dyad(args),
        Command::Docs(args) => store_cmd::docs(args),
        Command::Serve(args) => serve_cmd::run(load_lexicon(&cli.lexicon)?, args),
        Command::Ask(args) => relations_cmd::ask(&load_lexicon(&cli.lexicon)?, args),
        Command::Brief(args) => relations_cmd::brief(&load_lexicon(&cli.lexicon)?, args),

        Command::Lexicon { command } => petrarch_cmd::run(command),
        Command::Code(args) => {
            let lex = load_lexicon(&cli.lexicon)?;
            code(&lex, args)
        }
        Command::Eval(args) => {
            let lex = load_lexicon(&cli.lexicon)?;
            let mut out = serde_json::Map::new();
            if !args.paths.is_empty() {
                let report = entente_eval::run(&lex, &args.paths)?;
                if args.json {
                    out.insert("gold".into(), report.json());
                } else {
                    print!("{}", report.table());
                }
            }
            let sets = [
                (
                    "plover",
                    args.plover
                        .as_ref()
                        .map(|p| entente_eval::examples::plover(&lex, p)),
                ),
                (
                    "codebook",
                    args.codebook
                        .as_ref()
                        .map(|p| entente_eval::examples::codebook(&lex, p)),
                ),
            ];
            for (name, res) in sets {
                let Some(res) = res else { continue };
                let s = res?;
                if args.json {
                    out.insert(name.into(), serde_json::to_value(&s)?);
                } else {
                    println!(
                        "{name}: {} examples, {} coded ({:.2}); type accuracy {:.2} ({}/{}); dyad accuracy {:.2} ({}/{})",
                        s.examples, s.coded, s.coverage(), s.type_accuracy(), s.type_correct, s.coded,
                        s.dyad_accuracy(), s.dyad_correct, s.dyads
                    );
                }
            }
            if let Some(qpath) = &args.questions {
                let r = entente_eval::questions::run_questions(&lex, qpath, &args.corpus)?;
                if args.json {
                    out.insert("questions".into(), serde_json::to_value(&r)?);
                } else {
                    print!("{}", r.table());
                    for u in &r.unresolved {
                        eprintln!("entente: must_cite {u}: gold evidence not found");
                    }
                }
            }
            if args.json {
                // With gold paths only, keep the original shape.

                let v = if out.len() == 1 && out.contains_key("gold") {
                    out.remove("gold").unwrap_or_default()
                } else {
                    serde_json::Value::Object(out)
                };
                println!("{}", serde_json::to_string_pretty(&v)?);
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Actors {
            command:
                ActorsCommand::Resolve {
                    mention,
                    date,
                    json,
                },
        } => {
            let lex = load_lexicon(&cli.lexicon)?;
            let res = lex.resolve(&mention, date);
            if json {
                let v = serde_json::json!({"mention": mention, "date": date, "codes": res});
                println!("{}", serde_json::to_string_pretty(&v)?);
            } else if res.is_empty() {
                println!("{mention:?} on {date}: not in the lexicon");
            } else {
                for r in res {
                    let period = match (r.from, r.to) {
                        (Some(f), Some(t)) => format!(" ({f} to {t})"),
                        (Some(f), None) => format!(" (since {f})"),
                        _ => String::new(),
                    };
                    let role = r.role.map(|x| format!(", {x}")).unwrap_or_default();
                    println!("{}\t{}{role}{period}\t[{}]", r.code, r.basis, r.entry);
                }
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

#[derive(Default, serde::Serialize)]
struct Stats {
    documents: usize,
    skipped_documents: usize,
    non_english: usize,
    errors: usize,
    sentences: usize,
    events: usize,
    states: usize,
    seconds: f64,
    sentences_per_second: f64,
}

fn code(lex: &Lexicon, args: CodeArgs) -> Result<ExitCode> {
    let threads = args.threads.unwrap_or(0);
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .context("starting worker threads")?;
    let paths = if args.paths.is_empty() {
        vec!["-".to_string()]
    } else {
        args.paths.clone()
    };
    let opts = CodeOptions {
        all_modalities: args.all_modalities,
        explain: args.explain,
    };
    let start = Instant::now();
    let mut stats = Stats::default();
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut batch: Vec<Document> = Vec::with_capacity(256);
    let flush = |batch: &mut Vec<Document>, stats: &mut Stats, out: &mut dyn Write| -> Result<()> {
        let coded: Vec<Coded> = pool.install(|| {
            batch
                .par_iter()
                .map(|d| code_document(lex, d, &opts))
                .collect()
        });
        for c in coded {
            for line in &c.trace {
                eprintln!("{line}");
            }
            stats.sentences += c.sentences;
            stats.events += c.events.len();
            stats.states += c.states.len();
            for e in c.events {
                serde_json::to_writer(&mut *out, &Record::Event(e))?;
                out.write_all(b"\n")?;
            }
            for s in c.states {
                serde_json::to_writer(&mut *out, &Record::State(s))?;
                out.write_all(b"\n")?;
            }
        }
        batch.clear();
        Ok(())
    };
    for item in entente_text::read_inputs(&paths, args.date) {
        match item {
            Ok(doc) => {
                if !entente_text::is_probably_english(&doc.text) {
                    stats.non_english += 1;
                    stats.skipped_documents += 1;
                    eprintln!("entente: {}: skipped: not English", doc.id);
                    continue;
                }
                stats.documents += 1;
                batch.push(doc);
                if batch.len() >= 256 {
                    flush(&mut batch, &mut stats, &mut out)?;
                }
            }
            Err(e) => {
                stats.errors += 1;
                if e.skipped {
                    stats.skipped_documents += 1;
                }
                eprintln!("entente: {e}");
            }
        }
    }
    flush(&mut batch, &mut stats, &mut out)?;
    out.flush()?;
    stats.seconds = start.elapsed().as_secs_f64();
    stats.sentences_per_second = stats.sentences as f64 / stats.seconds.max(1e-9);
    if args.stats {
        eprintln!(
            "documents {} (skipped {}, non-English {}), sentences {}, events {}, states {}, {:.2} s, {:.0} sentences/s",
            stats.documents,
            stats.skipped_documents,
            stats.non_english,
            stats.sentences,
            stats.events,
            stats.states,
            stats.seconds,
            stats.sentences_per_second
        );
    }
    if args.stats_json {
        eprintln!("{}", serde_json::to_string(&stats)?);
    }
    Ok(if stats.errors > 0 || stats.skipped_documents > 0 {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    })
}

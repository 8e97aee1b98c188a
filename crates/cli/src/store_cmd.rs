//! `entente ingest`, `recode`, `events`, `dyad` and `docs`: the store commands.
//!
//! Argument parsing, progress bars and output formatting only; everything else is
//! `entente-store`.

use std::fs::File;
use std::io::{BufWriter, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{bail, Context, Result};
use chrono::NaiveDate;
use entente_lexicon::Lexicon;
use entente_model::Modality;
use entente_store::export::{self, Format, Unit};
use entente_store::{
    ActorMatch, DyadSummary, EventFilter, EventOrder, IngestObserver, IngestOptions, IngestReport,
    SkipReason, Store, StoredEvent,
};
use indicatif::{ProgressBar, ProgressStyle};

use crate::parse_date;

#[derive(clap::Args)]
pub struct IngestArgs {
    /// Input files or directories (.txt, .jsonl, .html, .warc, .warc.gz); `-` reads stdin.
    #[arg(required = true)]
    paths: Vec<String>,
    /// The store file (created if absent).
    #[arg(long, value_name = "FILE")]
    db: PathBuf,
    /// Publication date for inputs that carry none (YYYY-MM-DD).
    #[arg(long, value_parser = parse_date)]
    date: Option<NaiveDate>,
    /// Coding threads (default: all cores).
    #[arg(long)]
    threads: Option<usize>,
    /// Documents per transaction: what a crash can cost, at most.
    #[arg(long, default_value_t = 256, value_name = "N")]
    batch_size: usize,
    /// Name every skipped document on stderr, already-stored ones included.
    #[arg(long, short)]
    verbose: bool,
    /// Print the summary as one JSON object on stderr.
    #[arg(long)]
    stats_json: bool,
}

#[derive(clap::Args)]
pub struct RecodeArgs {
    /// The store file.
    #[arg(long, value_name = "FILE")]
    db: PathBuf,
    /// Re-code even when every document was coded with the current lexicon.
    #[arg(long)]
    force: bool,
    /// Coding threads (default: all cores).
    #[arg(long)]
    threads: Option<usize>,
    /// Documents per transaction.
    #[arg(long, default_value_t = 256, value_name = "N")]
    batch_size: usize,
}

/// Event filters shared by `events` and `dyad`.
#[derive(clap::Args)]
pub struct FilterArgs {
    /// CAMEO codes or roots, comma-separated; each includes the codes below it (04, 042, 0311).
    #[arg(long, value_delimiter = ',', value_name = "CODES")]
    cameo: Vec<String>,
    /// Quad classes, comma-separated: 1 verbal cooperation, 2 material cooperation, 3 verbal
    /// conflict, 4 material conflict.
    #[arg(long, value_delimiter = ',', value_name = "N")]
    quad: Vec<u8>,
    /// Modalities, comma-separated (assertion, intent, future, negated, hypothetical,
    /// question). Default: assertion, intent, future.
    #[arg(long, value_delimiter = ',', value_name = "LIST", value_parser = parse_modality)]
    modality: Vec<Modality>,
    /// Every modality.
    #[arg(long, conflicts_with = "modality")]
    all_modalities: bool,
    /// Events whose date is on or after this day (YYYY-MM-DD).
    #[arg(long, value_parser = parse_date)]
    from: Option<NaiveDate>,
    /// Events whose date is on or before this day (YYYY-MM-DD).
    #[arg(long, value_parser = parse_date)]
    to: Option<NaiveDate>,
    /// Full-text query on the sentence (SQLite FTS5: words, "a phrase", prefix*, AND/OR/NOT).
    #[arg(long, value_name = "QUERY")]
    text: Option<String>,
    /// Events reported by at least N publishers.
    #[arg(long, default_value_t = 0, value_name = "N")]
    min_sources: u32,
}

#[derive(clap::Args)]
pub struct EventsArgs {
    /// The store file.
    #[arg(long, value_name = "FILE")]
    db: PathBuf,
    /// Events with this actor on either side (ISR: the country, all sectors; ISRGOV: exactly).
    #[arg(long, value_name = "CODE")]
    actor: Option<String>,
    /// Events with this source actor.
    #[arg(long, value_name = "CODE")]
    source: Option<String>,
    /// Events with this target actor.
    #[arg(long, value_name = "CODE")]
    target: Option<String>,
    /// Events between these two actors, in either direction.
    #[arg(long, num_args = 2, value_names = ["A", "B"])]
    dyad: Vec<String>,
    #[command(flatten)]
    filter: FilterArgs,
    /// Order: date, recent (newest first), notable (most sources and mentions first).
    #[arg(long, default_value = "date", value_parser = ["date", "recent", "notable"])]
    sort: String,
    /// At most N rows (a table shows 50 unless told; 0 means all).
    #[arg(long, value_name = "N")]
    limit: Option<usize>,
    /// One row per report (mention) instead of per deduplicated event.
    #[arg(long)]
    mentions: bool,
    /// table, jsonl, csv, gdelt (GDELT 2.0 event table) or parquet. Default: a table on a
    /// terminal, else from the --out extension, else jsonl.
    #[arg(long, value_name = "FORMAT")]
    format: Option<String>,
    /// Write to this file instead of stdout.
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
}

#[derive(clap::Args)]
pub struct DyadArgs {
    /// First actor (ISR: the country, all sectors; ISRGOV: exactly that code).
    a: String,
    /// Second actor.
    b: String,
    /// The store file.
    #[arg(long, value_name = "FILE")]
    db: PathBuf,
    /// Only events from A to B.
    #[arg(long)]
    directed: bool,
    #[command(flatten)]
    filter: FilterArgs,
    /// How many notable events to list.
    #[arg(long, default_value_t = 10, value_name = "N")]
    top: usize,
    /// Print JSON instead of tables.
    #[arg(long)]
    json: bool,
}

#[derive(clap::Args)]
pub struct DocsArgs {
    /// Document id (or URL).
    id: String,
    /// The store file.
    #[arg(long, value_name = "FILE")]
    db: PathBuf,
    /// Print JSON instead of text.
    #[arg(long)]
    json: bool,
}

fn parse_modality(s: &str) -> Result<Modality, String> {
    serde_json::from_value(serde_json::Value::String(s.trim().to_lowercase())).map_err(|_| {
        format!(
            "{s:?} is not a modality (assertion, intent, future, negated, hypothetical, question)"
        )
    })
}

fn actor(s: &str) -> Result<ActorMatch> {
    Ok(ActorMatch::parse(s)?)
}

impl FilterArgs {
    fn to_filter(&self) -> EventFilter {
        let modalities = if self.all_modalities {
            Some(vec![
                Modality::Assertion,
                Modality::Intent,
                Modality::Future,
                Modality::Negated,
                Modality::Hypothetical,
                Modality::Question,
            ])
        } else if self.modality.is_empty() {
            None
        } else {
            Some(self.modality.clone())
        };
        EventFilter {
            cameo: self.cameo.clone(),
            quad_classes: self.quad.clone(),
            modalities,
            from: self.from,
            to: self.to,
            text: self.text.clone(),
            min_sources: self.min_sources,
            ..EventFilter::default()
        }
    }
}

fn open_existing(db: &Path) -> Result<Store> {
    Ok(Store::open_read_only(db)?)
}

/// Counts the records of a large input cheaply, when every input is a plain JSONL file.
fn estimate_documents(paths: &[String]) -> Option<u64> {
    let mut total = 0u64;
    for p in paths {
        let lower = p.to_ascii_lowercase();
        if !(lower.ends_with(".jsonl") || lower.ends_with(".ndjson")) {
            return None;
        }
        let mut f = File::open(p).ok()?;
        let mut buf = vec![0u8; 1 << 16];
        loop {
            let n = f.read(&mut buf).ok()?;
            if n == 0 {
                break;
            }
            total += buf[..n].iter().filter(|&&b| b == b'\n').count() as u64;
        }
    }
    Some(total)
}

struct Progress {
    bar: Option<ProgressBar>,
    verbose: bool,
}

impl Progress {
    fn new(total: Option<u64>, what: &str) -> Progress {
        let large = total.is_none_or(|t| t >= 500);
        if !std::io::stderr().is_terminal() || !large {
            return Progress {
                bar: None,
                verbose: false,
            };
        }
        let bar = match total {
            Some(t) => ProgressBar::new(t).with_style(
                ProgressStyle::with_template(&format!(
                    "{what} {{bar:40}} {{pos}}/{{len}} documents, {{per_sec}}, eta {{eta}} {{msg}}"
                ))
                .unwrap_or_else(|_| ProgressStyle::default_bar()),
            ),
            None => ProgressBar::new_spinner().with_style(
                ProgressStyle::with_template(&format!(
                    "{what} {{spinner}} {{pos}} documents, {{per_sec}}, {{elapsed}} {{msg}}"
                ))
                .unwrap_or_else(|_| ProgressStyle::default_spinner()),
            ),
        };
        Progress {
            bar: Some(bar),
            verbose: false,
        }
    }

    fn println(&self, line: String) {
        match &self.bar {
            Some(bar) => bar.suspend(|| eprintln!("{line}")),
            None => eprintln!("{line}"),
        }
    }

    fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}

impl IngestObserver for Progress {
    fn skipped(&mut self, doc_id: &str, reason: &SkipReason) {
        let routine = matches!(
            reason,
            SkipReason::AlreadyStored | SkipReason::DuplicateContent { .. }
        );
        if self.verbose || !routine {
            self.println(format!("entente: {doc_id}: skipped: {reason}"));
        }
    }

    fn read_error(&mut self, error: &entente_text::ReadError) {
        self.println(format!("entente: {error}"));
    }

    fn committed(&mut self, r: &IngestReport) {
        if let Some(bar) = &self.bar {
            bar.set_position(r.documents + r.skipped() + r.read_errors);
            bar.set_message(format!(
                "({} sentences, {} events)",
                r.sentences, r.mentions
            ));
        }
    }
}

pub fn ingest(lex: &Lexicon, args: IngestArgs) -> Result<ExitCode> {
    let mut store = Store::open(&args.db)?;
    for (version, n) in store.lexicon_versions()? {
        if version != lex.version {
            eprintln!(
                "entente: warning: {} holds {n} documents coded with lexicon {}; new documents \
                 are coded with {}; run `entente recode --db {}` to re-code the old ones",
                args.db.display(),
                if version.is_empty() {
                    "(recode unfinished)"
                } else {
                    &version
                },
                lex.version,
                args.db.display()
            );
        }
    }
    let mut progress = Progress::new(estimate_documents(&args.paths), "ingest");
    progress.verbose = args.verbose;
    let opts = IngestOptions {
        threads: args.threads.unwrap_or(0),
        batch_size: args.batch_size,
    };
    let inputs = entente_text::read_inputs(&args.paths, args.date);
    let result = store.ingest(lex, inputs, &opts, &mut progress);
    progress.finish();
    let r = result?;
    let counts = store.counts()?;
    eprintln!(
        "ingested {} documents into {} in {:.2} s ({:.0} sentences/s)",
        r.documents,
        args.db.display(),
        r.seconds,
        r.sentences_per_second()
    );
    eprintln!(
        "  skipped {}: already stored {}, duplicate content {}, id conflict {}, not English {}{}",
        r.skipped(),
        r.skipped_already_stored,
        r.skipped_duplicate_content,
        r.skipped_id_conflict,
        r.skipped_not_english,
        if r.skipped_coder_failed > 0 {
            format!(", coder failed {}", r.skipped_coder_failed)
        } else {
            String::new()
        }
    );
    if r.read_errors + r.read_warnings > 0 {
        eprintln!(
            "  unreadable records {}, read with warnings {}",
            r.read_errors, r.read_warnings
        );
    }
    eprintln!(
        "  sentences {}, events {} ({} new, {} joined a reported event), states {}",
        r.sentences,
        r.mentions,
        r.new_events,
        r.mentions - r.new_events,
        r.states
    );
    eprintln!(
        "  store now: {} documents, {} events from {} mentions, {} states, {} actors",
        counts.documents, counts.events, counts.mentions, counts.states, counts.actors
    );
    if args.stats_json {
        eprintln!("{}", serde_json::to_string(&r)?);
    }
    let problems =
        r.read_errors + r.skipped_id_conflict + r.skipped_not_english + r.skipped_coder_failed;
    Ok(if problems > 0 {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    })
}

pub fn recode(lex: &Lexicon, args: RecodeArgs) -> Result<ExitCode> {
    if !args.db.exists() {
        bail!("{}: no such store", args.db.display());
    }
    let mut store = Store::open(&args.db)?;
    let total = store.counts()?.documents;
    let progress = Progress::new(Some(total), "recode");
    let opts = IngestOptions {
        threads: args.threads.unwrap_or(0),
        batch_size: args.batch_size,
    };
    let result = store.recode(lex, &opts, args.force, &mut |r| {
        if let Some(bar) = &progress.bar {
            bar.set_position(r.documents);
        }
    });
    progress.finish();
    let r = result?;
    if r.documents == 0 && !r.resumed {
        eprintln!(
            "{}: all {} documents are coded with lexicon {}; nothing to do (--force re-codes \
             anyway)",
            args.db.display(),
            r.total_documents,
            lex.version
        );
        return Ok(ExitCode::SUCCESS);
    }
    let before: Vec<String> = r
        .previous_versions
        .iter()
        .map(|(v, n)| format!("{v} ({n})"))
        .collect();
    eprintln!(
        "re-coded {} documents{} with lexicon {} in {:.2} s{}",
        r.documents,
        if r.resumed {
            " (finishing an interrupted recode)"
        } else {
            ""
        },
        r.lexicon_version,
        r.seconds,
        if before.is_empty() {
            String::new()
        } else {
            format!("; before: {}", before.join(", "))
        }
    );
    eprintln!(
        "  sentences {}, events {} ({} new), states {}",
        r.sentences, r.mentions, r.new_events, r.states
    );
    Ok(ExitCode::SUCCESS)
}

enum OutputFormat {
    Table,
    Export(Format),
}

fn output_format(format: Option<&str>, out: Option<&Path>) -> Result<OutputFormat> {
    if let Some(f) = format {
        if f.eq_ignore_ascii_case("table") {
            return Ok(OutputFormat::Table);
        }
        let Some(f) = Format::parse(f) else {
            bail!("unknown format {f:?}: use table, jsonl, csv, gdelt or parquet");
        };
        return Ok(OutputFormat::Export(f));
    }
    if let Some(out) = out {
        let ext = out
            .extension()
            .and_then(|e| e.to_str())
            .unwrap_or("")
            .to_ascii_lowercase();
        return Ok(OutputFormat::Export(match ext.as_str() {
            "csv" => Format::Csv,
            "parquet" => Format::Parquet,
            "tsv" | "gdelt" => Format::Gdelt,
            _ => Format::Jsonl,
        }));
    }
    Ok(if std::io::stdout().is_terminal() {
        OutputFormat::Table
    } else {
        OutputFormat::Export(Format::Jsonl)
    })
}

pub fn events(args: EventsArgs) -> Result<ExitCode> {
    let store = open_existing(&args.db)?;
    let mut filter = args.filter.to_filter();
    filter.actor = args.actor.as_deref().map(actor).transpose()?;
    filter.source = args.source.as_deref().map(actor).transpose()?;
    filter.target = args.target.as_deref().map(actor).transpose()?;
    if let [a, b] = args.dyad.as_slice() {
        filter.dyad = Some((actor(a)?, actor(b)?));
    }
    filter.order = match args.sort.as_str() {
        "recent" => EventOrder::DateDesc,
        "notable" => EventOrder::Notable,
        _ => EventOrder::Date,
    };
    let unit = if args.mentions {
        Unit::Mentions
    } else {
        Unit::Events
    };
    let format = output_format(args.format.as_deref(), args.out.as_deref())?;
    filter.limit = match (args.limit, &format) {
        (Some(0), _) => None,
        (Some(n), _) => Some(n),
        (None, OutputFormat::Table) => Some(50),
        (None, _) => None,
    };
    match format {
        OutputFormat::Table => {
            let mut out: Box<dyn Write> = match &args.out {
                Some(p) => Box::new(BufWriter::new(
                    File::create(p).with_context(|| format!("creating {}", p.display()))?,
                )),
                None => Box::new(BufWriter::new(std::io::stdout().lock())),
            };
            let shown = if args.mentions {
                mention_table(&store, &filter, &mut out)?
            } else {
                event_table(&store, &filter, &mut out)?
            };
            out.flush()?;
            if !args.mentions {
                let total = store.count_events(&filter)?;
                if (shown as u64) < total {
                    eprintln!(
                        "showing {shown} of {total} events; --limit 0 shows all, --format \
                         jsonl|csv|gdelt|parquet exports them"
                    );
                }
            }
        }
        OutputFormat::Export(f) => {
            if !f.available() {
                bail!("this entente was built without Parquet support; rebuild with `cargo build --release -p entente-cli --features parquet`");
            }
            let n = match &args.out {
                Some(p) => {
                    let file =
                        File::create(p).with_context(|| format!("creating {}", p.display()))?;
                    let n = export::write(&store, &filter, unit, f, BufWriter::new(file))
                        .with_context(|| format!("writing {}", p.display()))?;
                    eprintln!("wrote {n} rows to {}", p.display());
                    n
                }
                None => {
                    if f == Format::Parquet && std::io::stdout().is_terminal() {
                        bail!("Parquet is binary: give --out FILE or redirect stdout");
                    }
                    export::write(&store, &filter, unit, f, BufWriter::new(std::io::stdout()))?
                }
            };
            let _ = n;
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn width() -> usize {
    std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.parse().ok())
        .unwrap_or(160)
        .max(80)
}

fn truncate(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let mut out: String = s.chars().take(max.saturating_sub(1)).collect();
    out.push('…');
    out
}

fn date_of(e: &StoredEvent) -> String {
    match e.date {
        Some(d) => {
            let p = serde_json::to_value(d.precision)
                .ok()
                .and_then(|v| v.as_str().map(str::to_string))
                .unwrap_or_default();
            if p == "day" {
                d.date.to_string()
            } else {
                format!("{}/{}", d.date, &p[..1])
            }
        }
        None => "-".into(),
    }
}

fn event_table(store: &Store, filter: &EventFilter, out: &mut dyn Write) -> Result<usize> {
    let fixed = 8 + 13 + 12 + 12 + 5 + 4 + 6 + 10 + 4 + 4 + 11;
    let room = width().saturating_sub(fixed).max(20);
    writeln!(
        out,
        "{:>7} {:<12} {:<11} {:<11} {:<4} {:>1} {:>5} {:<9} {:>3} {:>3}  sentence",
        "id", "date", "source", "target", "code", "q", "gold", "modality", "men", "src"
    )?;
    let mut n = 0;
    store.for_each_event(filter, &mut |e| {
        let entry = e.cameo.entry();
        writeln!(
            out,
            "{:>7} {:<12} {:<11} {:<11} {:<4} {:>1} {:>5.1} {:<9} {:>3} {:>3}  {}",
            e.id,
            date_of(&e),
            truncate(&e.source.code, 11),
            truncate(
                e.target.as_ref().map(|t| t.code.as_str()).unwrap_or("-"),
                11
            ),
            e.cameo.as_str(),
            entry.quad_class,
            entry.goldstein,
            e.modality.as_str(),
            e.num_mentions,
            e.num_sources,
            truncate(&e.sentence, room)
        )
        .map_err(|err| entente_store::StoreError::Export {
            what: "table".into(),
            message: err.to_string(),
        })?;
        n += 1;
        Ok(())
    })?;
    Ok(n)
}

fn mention_table(store: &Store, filter: &EventFilter, out: &mut dyn Write) -> Result<usize> {
    writeln!(
        out,
        "{:>7} {:>7} {:<24} {:>4} {:<11} {:<11} {:<4} {:<9}  trigger",
        "mention", "event", "document", "sent", "source", "target", "code", "modality"
    )?;
    let mut n = 0;
    store.for_each_mention(filter, &mut |m| {
        let e = &m.event;
        writeln!(
            out,
            "{:>7} {:>7} {:<24} {:>4} {:<11} {:<11} {:<4} {:<9}  {}",
            m.id,
            m.event_id,
            truncate(&e.doc_id, 24),
            e.sentence_index,
            truncate(&e.source.code, 11),
            truncate(
                e.target.as_ref().map(|t| t.code.as_str()).unwrap_or("-"),
                11
            ),
            e.cameo.as_str(),
            e.modality.as_str(),
            e.trigger.text
        )
        .map_err(|err| entente_store::StoreError::Export {
            what: "table".into(),
            message: err.to_string(),
        })?;
        n += 1;
        Ok(())
    })?;
    Ok(n)
}

pub fn dyad(args: DyadArgs) -> Result<ExitCode> {
    let store = open_existing(&args.db)?;
    let (a, b) = (actor(&args.a)?, actor(&args.b)?);
    let filter = args.filter.to_filter();
    let s = store.dyad(&a, &b, args.directed, &filter, args.top)?;
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    if args.json {
        serde_json::to_writer_pretty(&mut out, &s)?;
        writeln!(out)?;
    } else {
        dyad_text(&s, &mut out)?;
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

fn plural(n: u64, word: &str) -> String {
    if n == 1 {
        word.to_string()
    } else {
        format!("{word}s")
    }
}

fn dyad_text(s: &DyadSummary, out: &mut dyn Write) -> Result<()> {
    let arrow = if s.directed { "→" } else { "↔" };
    let mods: Vec<&str> = s.modalities.iter().map(|m| m.as_str()).collect();
    writeln!(
        out,
        "{} {arrow} {}: {} events ({} {}→{}, {} {}→{}), {} reports; modalities: {}",
        s.a,
        s.b,
        s.events,
        s.a_to_b,
        s.a,
        s.b,
        s.b_to_a,
        s.b,
        s.a,
        s.mentions,
        mods.join(", ")
    )?;
    if s.events == 0 {
        return Ok(());
    }
    writeln!(
        out,
        "quad classes: verbal coop {}, material coop {}, verbal conflict {}, material conflict {}",
        s.quad[0], s.quad[1], s.quad[2], s.quad[3]
    )?;
    writeln!(
        out,
        "Goldstein: sum {:.1}, mean {:.2}{}",
        s.goldstein_sum,
        s.goldstein_mean.unwrap_or(0.0),
        if s.undated > 0 {
            format!("; {} undated events are not in the months below", s.undated)
        } else {
            String::new()
        }
    )?;
    writeln!(out)?;
    writeln!(
        out,
        "{:<7} {:>6} {:>6} {:>6} {:>6} {:>7} {:>8} {:>9} {:>6}",
        "month", "vcoop", "mcoop", "vconf", "mconf", "events", "reports", "gold sum", "mean"
    )?;
    for m in &s.months {
        writeln!(
            out,
            "{:<7} {:>6} {:>6} {:>6} {:>6} {:>7} {:>8} {:>9.1} {:>6.2}",
            m.month,
            m.quad[0],
            m.quad[1],
            m.quad[2],
            m.quad[3],
            m.events,
            m.mentions,
            m.goldstein_sum,
            m.goldstein_mean
        )?;
    }
    let line = |e: &StoredEvent| -> String {
        format!(
            "#{} {} {}→{} {} {} ({} {}, {} {}) {}: {}",
            e.id,
            date_of(e),
            e.source.code,
            e.target.as_ref().map(|t| t.code.as_str()).unwrap_or("-"),
            e.cameo,
            e.cameo.entry().name,
            e.num_mentions,
            plural(e.num_mentions, "report"),
            e.num_sources,
            plural(e.num_sources, "source"),
            e.doc_id,
            truncate(&e.sentence, 160)
        )
    };
    writeln!(out)?;
    if let Some(e) = &s.first {
        writeln!(out, "first:  {}", line(e))?;
    }
    if let Some(e) = &s.last {
        writeln!(out, "last:   {}", line(e))?;
    }
    if !s.notable.is_empty() {
        writeln!(out, "\nmost notable:")?;
        for e in &s.notable {
            writeln!(out, "  {}", line(e))?;
        }
    }
    if !s.states.is_empty() {
        writeln!(out, "\nrelation states (latest statement of each):")?;
        for st in &s.states {
            let x = &st.state;
            writeln!(
                out,
                "  {} {} {}: {} as of {} ({}: {})",
                x.a,
                x.b,
                x.relation.as_str(),
                x.value,
                x.as_of,
                x.doc_id,
                truncate(&x.sentence, 120)
            )?;
        }
    }
    Ok(())
}

/// Marks the actors and trigger of a mention inside its sentence: `[source]`, `<trigger>`,
/// `{target}`.
fn marked(e: &entente_model::Event) -> String {
    let base = e.sentence_span.start;
    let mut marks: Vec<(u32, u32, char, char)> = vec![
        (e.source.span.start, e.source.span.end, '[', ']'),
        (e.trigger.span.start, e.trigger.span.end, '<', '>'),
    ];
    if let Some(t) = &e.target {
        marks.push((t.span.start, t.span.end, '{', '}'));
    }
    let mut inserts: Vec<(usize, char)> = Vec::new();
    for (s, t, open, close) in marks {
        if s < base || t < s {
            continue;
        }
        let (s, t) = ((s - base) as usize, (t - base) as usize);
        if t <= e.sentence.len() && e.sentence.is_char_boundary(s) && e.sentence.is_char_boundary(t)
        {
            inserts.push((s, open));
            inserts.push((t, close));
        }
    }
    inserts.sort_by_key(|&(pos, c)| (pos, matches!(c, '[' | '<' | '{')));
    let mut out = String::with_capacity(e.sentence.len() + 8);
    let mut last = 0;
    for (pos, c) in inserts {
        out.push_str(&e.sentence[last..pos]);
        out.push(c);
        last = pos;
    }
    out.push_str(&e.sentence[last..]);
    out
}

pub fn docs(args: DocsArgs) -> Result<ExitCode> {
    let store = open_existing(&args.db)?;
    let Some(v) = store.document(&args.id)? else {
        bail!("{}: no document {:?}", args.db.display(), args.id);
    };
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    if args.json {
        let value = serde_json::json!({
            "document": v.document,
            "content_hash": v.content_hash,
            "lexicon_version": v.lexicon_version,
            "sentences": v.sentences,
            "events": v.mentions.iter().map(export::mention_json).collect::<Vec<_>>(),
            "states": v.states.iter().map(export::state_json).collect::<Vec<_>>(),
            "duplicates": v.duplicates,
        });
        serde_json::to_writer_pretty(&mut out, &value)?;
        writeln!(out)?;
    } else {
        let d = &v.document;
        writeln!(out, "{}", d.title.as_deref().unwrap_or(&d.id))?;
        writeln!(
            out,
            "id {} | date {} | source {} | url {}",
            d.id,
            d.date.map(|x| x.to_string()).unwrap_or_else(|| "-".into()),
            d.source.as_deref().unwrap_or("-"),
            d.url.as_deref().unwrap_or("-")
        )?;
        writeln!(
            out,
            "{} sentences, {} bytes, sha256 {}, lexicon {}",
            v.sentences.len(),
            d.text.len(),
            v.content_hash,
            v.lexicon_version
                .as_deref()
                .unwrap_or("(recode unfinished)")
        )?;
        if !v.duplicates.is_empty() {
            writeln!(
                out,
                "copies skipped as duplicates: {}",
                v.duplicates.join(", ")
            )?;
        }
        writeln!(
            out,
            "\nevents ({}): [source] <trigger> {{target}}",
            v.mentions.len()
        )?;
        for m in &v.mentions {
            let e = &m.event;
            let date = e
                .date
                .map(|x| x.date.to_string())
                .unwrap_or_else(|| "-".into());
            writeln!(
                out,
                "  s{} #{} {}→{} {} {} {} {}{}",
                e.sentence_index,
                m.event_id,
                e.source.code,
                e.target.as_ref().map(|t| t.code.as_str()).unwrap_or("-"),
                e.cameo,
                e.cameo.entry().name,
                e.modality.as_str(),
                date,
                e.attribution
                    .as_ref()
                    .map(|a| format!(" (according to {})", a.text))
                    .unwrap_or_default()
            )?;
            writeln!(out, "      {}", marked(e))?;
        }
        if !v.states.is_empty() {
            writeln!(out, "\nrelation states ({}):", v.states.len())?;
            for s in &v.states {
                let x = &s.state;
                writeln!(
                    out,
                    "  s{} {} {} {}: {} as of {}",
                    x.sentence_index,
                    x.a,
                    x.b,
                    x.relation.as_str(),
                    x.value,
                    x.as_of
                )?;
            }
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

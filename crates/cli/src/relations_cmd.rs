//! `entente ask` and `entente brief`: relationship verdicts with cited evidence.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{bail, Result};
use chrono::NaiveDate;
use entente_lexicon::Lexicon;
use entente_relations::{Answer, AskError, Brief};
use entente_store::{IngestObserver, IngestOptions, Store};

use crate::parse_date;

#[derive(clap::Args)]
pub struct AskArgs {
    /// The question: "Is Israel normalising ties with Morocco?", "Has Turkey cut ties with
    /// Israel?", "How have relations between the US and Cuba changed since 2014?", "Who has
    /// Morocco met with this year?".
    question: String,
    /// Information cut-off: use only documents published on or before this day (default: the
    /// newest stored document's date, or today if that is later).
    #[arg(long, value_parser = parse_date)]
    as_of: Option<NaiveDate>,
    /// The store.
    #[arg(long, value_name = "FILE", default_value = "entente.db")]
    db: PathBuf,
    /// Print JSON.
    #[arg(long)]
    json: bool,
    /// First ingest these documents into the store (created if absent; documents already
    /// stored are skipped), as `entente ingest` does.
    #[arg(long, value_name = "PATH", num_args = 1..)]
    ingest: Vec<String>,
}

#[derive(clap::Args)]
pub struct BriefArgs {
    /// A country: name, adjective or CAMEO code ("Israel", "ISR").
    country: String,
    /// Information cut-off (default: the newest stored document's date, or today).
    #[arg(long, value_parser = parse_date)]
    as_of: Option<NaiveDate>,
    /// Only partners in this region: "the Arab world", "Gulf states", "Africa" ...
    #[arg(long, value_name = "REGION")]
    among: Option<String>,
    /// The store.
    #[arg(long, value_name = "FILE", default_value = "entente.db")]
    db: PathBuf,
    /// Print JSON.
    #[arg(long)]
    json: bool,
}

fn open(db: &std::path::Path) -> Result<Store> {
    if !db.exists() {
        bail!(
            "{}: no such store; create one with `entente ingest FILES --db {}`",
            db.display(),
            db.display()
        );
    }
    Ok(Store::open_read_only(db)?)
}

/// A question not understood is the asker's to fix: exit 2 with the message, not 1.
fn user_error(e: AskError) -> Result<ExitCode> {
    if e.is_user_error() {
        eprintln!("entente: {e}");
        Ok(ExitCode::from(2))
    } else {
        Err(e.into())
    }
}

pub fn ask(lex: &Lexicon, args: AskArgs) -> Result<ExitCode> {
    let mut status = ExitCode::SUCCESS;
    if !args.ingest.is_empty() {
        let mut store = Store::open(&args.db)?;
        let inputs = entente_text::read_inputs(&args.ingest, None);
        let r = store.ingest(lex, inputs, &IngestOptions::default(), &mut Errors)?;
        eprintln!(
            "ingested {} new documents into {} ({} already stored, {} events, {} states)",
            r.documents,
            args.db.display(),
            r.skipped_already_stored + r.skipped_duplicate_content,
            r.mentions,
            r.states
        );
        if r.read_errors > 0 {
            status = ExitCode::from(2);
        }
    }
    let store = open(&args.db)?;
    let answer = match entente_relations::ask(&store, lex, &args.question, args.as_of) {
        Ok(a) => a,
        Err(e) => return user_error(e),
    };
    if args.json {
        println!("{}", serde_json::to_string_pretty(&answer)?);
    } else {
        print!("{}", answer_text(&answer));
    }
    Ok(status)
}

/// Names each unreadable record on stderr.
struct Errors;

impl IngestObserver for Errors {
    fn read_error(&mut self, error: &entente_text::ReadError) {
        eprintln!("entente: {error}");
    }
}

fn answer_text(a: &Answer) -> String {
    let mut out = format!("Q: {}\n   ({})\n\n", a.question, a.understood);
    if let Some(v) = a.verdict {
        out.push_str(&format!("Verdict: {}", v.as_str()));
        if let Some(yes) = a.answer {
            out.push_str(&format!("   Answer: {yes}"));
        }
        out.push_str(&format!("  — {}\n\n", v.meaning()));
    }
    out.push_str(&wrap(&a.summary, 96));
    if a.history.len() > 1 {
        let steps: Vec<String> = a
            .history
            .iter()
            .map(|h| format!("{} {}", h.date, h.verdict.as_str()))
            .collect();
        out.push_str(&wrap(
            &format!("Status over time: {}.", steps.join(" → ")),
            96,
        ));
    }
    if !a.partners.is_empty() {
        out.push_str("\nPartners:\n");
        for p in &a.partners {
            out.push_str(&format!(
                "  {:<4} {:<28} {:>3} report(s), latest {}\n",
                p.code, p.name, p.meetings, p.last
            ));
        }
    }
    if !a.timeline.is_empty() {
        out.push_str("\nTimeline:\n");
        let skip = a.timeline.len().saturating_sub(25);
        if skip > 0 {
            out.push_str(&format!(
                "  ({skip} earlier entries not shown; --json has all)\n"
            ));
        }
        for t in &a.timeline[skip..] {
            out.push_str(&format!(
                "  {}  {:<11} {}{}\n",
                t.date,
                serde_json::to_value(t.signal)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_string))
                    .unwrap_or_default(),
                t.description,
                if t.reports > 1 {
                    format!("  ({} reports)", t.reports)
                } else {
                    String::new()
                }
            ));
        }
    }
    if !a.evidence.is_empty() {
        out.push_str("\nEvidence:\n");
        for (i, e) in a.evidence.iter().enumerate() {
            let what = e
                .cameo
                .map(|c| format!("CAMEO {c}"))
                .or_else(|| e.relation.clone())
                .unwrap_or_default();
            let attribution = e
                .attribution
                .as_ref()
                .map(|a| format!(", according to {a}"))
                .unwrap_or_default();
            out.push_str(&format!(
                "  [{}] {} #{} (published {}, {what}{}{attribution})\n      \"{}\"\n",
                i + 1,
                e.doc_id,
                e.sentence_index,
                e.published,
                e.modality
                    .filter(|m| *m != "assertion")
                    .map(|m| format!(", {m}"))
                    .unwrap_or_default(),
                e.sentence.trim()
            ));
        }
    }
    out
}

fn wrap(text: &str, width: usize) -> String {
    let mut out = String::new();
    let mut line = 0;
    for w in text.split_whitespace() {
        if line > 0 && line + 1 + w.chars().count() > width {
            out.push('\n');
            line = 0;
        } else if line > 0 {
            out.push(' ');
            line += 1;
        }
        out.push_str(w);
        line += w.chars().count();
    }
    out.push('\n');
    out
}

pub fn brief(lex: &Lexicon, args: BriefArgs) -> Result<ExitCode> {
    let store = open(&args.db)?;
    let b = match entente_relations::brief_among(
        &store,
        lex,
        &args.country,
        args.among.as_deref(),
        args.as_of,
    ) {
        Ok(b) => b,
        Err(e) => return user_error(e),
    };
    if args.json {
        println!("{}", serde_json::to_string_pretty(&b)?);
    } else {
        print!("{}", brief_text(&b));
    }
    Ok(ExitCode::SUCCESS)
}

fn brief_text(b: &Brief) -> String {
    let among = b
        .among
        .as_ref()
        .map(|r| format!(" with the {r}"))
        .unwrap_or_default();
    let mut out = format!(
        "Relations of {} ({}){among} as of {}\n\n",
        b.name, b.country, b.as_of
    );
    if b.partners.is_empty() {
        out.push_str("No reports with any partner in the store.\n");
        if !b.silent.is_empty() {
            out.push_str(&format!("No reports (unknown): {}\n", b.silent.join(", ")));
        }
        return out;
    }
    out.push_str(
        "partner                       verdict          trend      reports  coop  confl  latest\n",
    );
    for p in &b.partners {
        out.push_str(&format!(
            "{:<4} {:<24} {:<16} {:<10} {:>7} {:>5} {:>6}  {}  {}\n",
            p.partner,
            truncate(&p.name, 24),
            p.verdict.as_str(),
            p.trend,
            p.reports,
            p.cooperative,
            p.conflictual,
            p.last_date,
            truncate(&p.last, 70)
        ));
    }
    if !b.silent.is_empty() {
        out.push_str(&format!(
            "\nNo reports (unknown): {}\n",
            b.silent.join(", ")
        ));
    }
    out
}

fn truncate(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        let t: String = s.chars().take(n - 1).collect();
        format!("{t}…")
    }
}

//! `entente lexicon import-petrarch`: PETRARCH / TABARI dictionaries into a lexicon directory.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::Subcommand;
use entente_lexicon::petrarch::{import_path, ImportOptions};
use entente_lexicon::Lexicon;

#[derive(Subcommand)]
pub(crate) enum LexiconCommand {
    /// Import PETRARCH / TABARI dictionaries (actors, agents, discards, verbs) into a lexicon
    /// directory that `--lexicon DIR` loads. Prints the counts; writes every problem and every
    /// untranslated pattern to DIR/petrarch-import.txt.
    ImportPetrarch(ImportArgs),
}

#[derive(clap::Args)]
pub(crate) struct ImportArgs {
    /// A directory of dictionaries (the set its PETR_config.ini names, else every *.txt named
    /// like a dictionary), or a PETR_config.ini file.
    dir: PathBuf,
    /// Output lexicon directory (created; must be empty).
    #[arg(long, value_name = "OUTDIR")]
    out: PathBuf,
    /// Also copy the built-in lexicon, leaving to it the names it already knows.
    #[arg(long)]
    merge: bool,
}

/// Runs a `lexicon` subcommand. Exit status 2 when some dictionary lines could not be read.
pub(crate) fn run(cmd: LexiconCommand) -> Result<ExitCode> {
    match cmd {
        LexiconCommand::ImportPetrarch(args) => import(args),
    }
}

fn import(args: ImportArgs) -> Result<ExitCode> {
    let imported =
        import_path(&args.dir, &ImportOptions { merge: args.merge }).with_context(|| {
            format!(
                "importing PETRARCH dictionaries from {}",
                args.dir.display()
            )
        })?;
    imported
        .write(&args.out)
        .with_context(|| format!("writing {}", args.out.display()))?;
    let lex = Lexicon::from_dir(&args.out)
        .with_context(|| format!("the written lexicon {} does not load", args.out.display()))?;
    let r = &imported.report;
    print!("{}", r.summary());
    println!(
        "wrote {} ({} lexicon {}): {} actors, {} people, {} agent groups, {} patterns; details in {}",
        args.out.display(),
        if args.merge { "merged" } else { "standalone" },
        lex.version,
        lex.actors.len(),
        lex.people.len(),
        lex.agents.len(),
        lex.patterns.len(),
        args.out.join("petrarch-import.txt").display()
    );
    for e in &r.errors {
        eprintln!("entente: {e}");
    }
    Ok(if r.errors.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(2)
    })
}

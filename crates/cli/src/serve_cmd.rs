//! `entente serve`: the dashboard and JSON API over a store (everything is in `entente-server`).

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::Result;
use entente_lexicon::Lexicon;
use entente_server::{Config, Limits, DEFAULT_ADDR};

#[derive(clap::Args)]
pub struct ServeArgs {
    /// The store file (opened read-only; it must exist).
    #[arg(long, value_name = "FILE")]
    db: PathBuf,
    /// Address to listen on. Loopback by default: the API has no authentication, so another
    /// address serves the whole store to anyone who can reach it (a warning is printed).
    #[arg(long, default_value = DEFAULT_ADDR, value_name = "IP:PORT")]
    addr: SocketAddr,
    /// Queries that may run at once, each with its own read-only connection.
    #[arg(long, default_value_t = Limits::default().readers, value_name = "N")]
    readers: usize,
    /// Megabytes of answers kept until the store changes (0 turns the cache off).
    #[arg(long, default_value_t = 32, value_name = "MB")]
    cache_mb: usize,
}

pub fn run(lex: Lexicon, args: ServeArgs) -> Result<ExitCode> {
    let config = Config {
        db: args.db,
        addr: args.addr,
        lexicon: Arc::new(lex),
        limits: Limits {
            readers: args.readers.max(1),
            cache_bytes: args.cache_mb.saturating_mul(1 << 20),
            ..Limits::default()
        },
    };
    entente_server::serve_blocking(config)?;
    Ok(ExitCode::SUCCESS)
}

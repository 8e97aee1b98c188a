//! Entente's embedded event database: documents, sentences, coded events with their evidence,
//! relation states and actors in one SQLite file, with cross-document event deduplication,
//! queries and exports.
//!
//! A [`Store`] is a value you open on a file. [`Store::ingest`] reads, codes and stores
//! documents; it is idempotent (a document already stored, by id or by content, is skipped and
//! counted) and resumable: every batch of documents is one transaction, written in input order,
//! so a run killed at any moment and run again ends with exactly the database an uninterrupted
//! run writes. [`Store::recode`] re-codes the stored documents after a lexicon upgrade.
//!
//! Two layers of events: a **mention** is one coded event, the coder's output record with every
//! evidence span; an **event** is a cluster of mentions that report the same happening — same
//! source and target actor codes, same CAMEO code, same modality, and event dates that overlap
//! within their precision ("on Tuesday" joins "this week"). An event counts its mentions, the
//! distinct articles and the distinct publishers that reported it (GDELT's NumMentions,
//! NumArticles and NumSources), and keeps every mention as evidence.
//!
//! ```
//! use entente_lexicon::Lexicon;
//! use entente_model::Document;
//! use entente_store::{EventFilter, IngestOptions, Store};
//!
//! let lex = Lexicon::embedded().unwrap();
//! let mut store = Store::open_in_memory().unwrap();
//! let doc = Document {
//!     id: "a1".into(),
//!     text: "Envoys withdrawn\nFrance recalled its ambassador to Italy on Monday.".into(),
//!     date: chrono::NaiveDate::from_ymd_opt(2019, 2, 7),
//!     source: Some("Example Wire".into()),
//!     has_headline: true,
//!     ..Document::default()
//! };
//! let report = store
//!     .ingest(&lex, vec![Ok(doc.clone())], &IngestOptions::default(), &mut ())
//!     .unwrap();
//! assert_eq!(report.documents, 1);
//! // The same document again is skipped, and counted.
//! let again = store.ingest(&lex, vec![Ok(doc)], &IngestOptions::default(), &mut ()).unwrap();
//! assert_eq!((again.documents, again.skipped()), (0, 1));
//!
//! let events = store.events(&EventFilter::default()).unwrap();
//! assert!(events.iter().any(|e| e.source.code.starts_with("FRA") && e.cameo.root() == "16"));
//! ```
//!
//! Queries: [`Store::events`] and [`Store::mentions`] with an [`EventFilter`] (actor or country,
//! dyad, CAMEO code or root, quad class, modality, date range, full text of the sentence),
//! [`Store::dyad`] (monthly counts per quad class, Goldstein sum and mean, first, last and most
//! notable events), [`Store::document`] (a document with its events and states). Exports live
//! in [`export`]: JSON lines, CSV, the GDELT 2.0 event table, and Parquet (cargo feature
//! `parquet`).
//!
//! Invariants: no coding logic here (the coder is called, never second-guessed); every write
//! is inside a transaction; the database content is a deterministic function of the input order
//! and the lexicon version (no timestamps, no run logs); spans are byte offsets into the stored
//! document text, which is kept verbatim.

#![warn(missing_docs)]

mod dump;
pub mod export;
mod ingest;
mod query;
mod recode;
mod rows;
mod schema;
pub mod synthetic;

use std::path::{Path, PathBuf};

use rusqlite::config::DbConfig;
use rusqlite::{Connection, OpenFlags};

pub use ingest::{IngestObserver, IngestOptions, IngestReport, SkipReason};
pub use query::{
    ActorMatch, DocumentView, DyadMonth, DyadSummary, EventFilter, EventOrder, Mention,
    StoredEvent, StoredState,
};
pub use recode::RecodeReport;
pub use schema::SCHEMA_VERSION;

/// Everything that can go wrong in the store. Each message names the store file.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// SQLite reported an error.
    #[error("{path}: {source}")]
    Sqlite {
        /// The store file.
        path: String,
        /// What SQLite said.
        #[source]
        source: rusqlite::Error,
    },
    /// The file exists but is not an Entente store (or not SQLite at all).
    #[error("{path}: not an Entente store: {reason}")]
    NotAStore {
        /// The file.
        path: String,
        /// Why.
        reason: String,
    },
    /// The store was written by a newer Entente.
    #[error(
        "{path}: schema version {found} is newer than this build of entente supports \
         ({supported}); use a newer entente"
    )]
    TooNew {
        /// The file.
        path: String,
        /// The store's schema version.
        found: u32,
        /// [`SCHEMA_VERSION`].
        supported: u32,
    },
    /// A recode was interrupted; ingesting before it finishes would mix orders.
    #[error(
        "{path}: a recode to lexicon {target} was interrupted ({done} of {total} documents \
         re-coded); run `entente recode` to finish it first"
    )]
    RecodeInProgress {
        /// The file.
        path: String,
        /// The lexicon version being recoded to.
        target: String,
        /// Documents already re-coded.
        done: u64,
        /// All documents.
        total: u64,
    },
    /// A stored row could not be read back.
    #[error("{path}: {table} row {id}: {reason}")]
    Corrupt {
        /// The file.
        path: String,
        /// The table.
        table: &'static str,
        /// The row's key.
        id: String,
        /// What is wrong with it.
        reason: String,
    },
    /// A query argument is not valid (an unknown CAMEO code, a bad full-text query, ...).
    #[error("{0}")]
    InvalidQuery(String),
    /// Writing an export failed.
    #[error("writing {what}: {message}")]
    Export {
        /// The format or file.
        what: String,
        /// The reason.
        message: String,
    },
    /// Starting the coding threads failed.
    #[error("starting worker threads: {0}")]
    Threads(String),
}

/// Result type of this crate.
pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// An open Entente store: one SQLite database file in WAL mode.
///
/// Open one per thread; a store is `Send` but not `Sync`. Several processes may open the same
/// file: writers take turns (each batch waits up to a minute for the write lock).
pub struct Store {
    conn: Connection,
    path: Option<PathBuf>,
    label: String,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store").field("path", &self.label).finish()
    }
}

pub(crate) trait SqlContext<T> {
    fn at(self, store: &str) -> Result<T>;
}

impl<T> SqlContext<T> for rusqlite::Result<T> {
    fn at(self, store: &str) -> Result<T> {
        self.map_err(|source| StoreError::Sqlite {
            path: store.to_string(),
            source,
        })
    }
}

impl Store {
    /// Opens (creating if needed) the store at `path`, and brings its schema up to
    /// [`SCHEMA_VERSION`].
    ///
    /// ```no_run
    /// let store = entente_store::Store::open("entente.db".as_ref())?;
    /// # Ok::<(), entente_store::StoreError>(())
    /// ```
    pub fn open(path: &Path) -> Result<Store> {
        let label = path.display().to_string();
        let conn = Connection::open(path).at(&label)?;
        let mut store = Store {
            conn,
            path: Some(path.to_path_buf()),
            label,
        };
        store.configure()?;
        Ok(store)
    }

    /// Opens an existing store read-only: no migration, no writes. Fails when the file does not
    /// exist or its schema is not the current one.
    pub fn open_read_only(path: &Path) -> Result<Store> {
        let label = path.display().to_string();
        if !path.exists() {
            return Err(StoreError::NotAStore {
                path: label,
                reason: "no such file".into(),
            });
        }
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .at(&label)?;
        let store = Store {
            conn,
            path: Some(path.to_path_buf()),
            label,
        };
        store
            .conn
            .busy_timeout(std::time::Duration::from_secs(60))
            .at(&store.label)?;
        store.stable_plans()?;
        let version = store.schema_version()?;
        if version > SCHEMA_VERSION {
            return Err(StoreError::TooNew {
                path: store.label,
                found: version,
                supported: SCHEMA_VERSION,
            });
        }
        if version < SCHEMA_VERSION {
            return Err(StoreError::NotAStore {
                path: store.label.clone(),
                reason: format!(
                    "schema version {version}, expected {SCHEMA_VERSION}; open it for writing \
                     (e.g. `entente ingest`) to upgrade it"
                ),
            });
        }
        Ok(store)
    }

    /// An empty store in memory, for tests and one-off runs.
    pub fn open_in_memory() -> Result<Store> {
        let label = ":memory:".to_string();
        let conn = Connection::open_in_memory().at(&label)?;
        let mut store = Store {
            conn,
            path: None,
            label,
        };
        store.configure()?;
        Ok(store)
    }

    /// The store file, or `:memory:`.
    pub fn label(&self) -> &str {
        &self.label
    }

    /// The store file, when there is one.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// The schema version of the open store (see [`SCHEMA_VERSION`]).
    pub fn schema_version(&self) -> Result<u32> {
        let v: i64 = self
            .conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .map_err(|e| self.not_a_store(e))?;
        Ok(v.max(0) as u32)
    }

    fn not_a_store(&self, e: rusqlite::Error) -> StoreError {
        match e {
            rusqlite::Error::SqliteFailure(f, _) if f.code == rusqlite::ErrorCode::NotADatabase => {
                StoreError::NotAStore {
                    path: self.label.clone(),
                    reason: "the file is not an SQLite database".into(),
                }
            }
            source => StoreError::Sqlite {
                path: self.label.clone(),
                source,
            },
        }
    }

    /// The query planner stability guarantee: a cached statement keeps its plan whatever values
    /// are bound. Without it, SQLite (built with STAT4) re-prepares a statement every time new
    /// actor codes are bound, which was most of the cost of a small dyad query. The store's
    /// queries name their indexes where the plan matters, so one plan per statement is right.
    fn stable_plans(&self) -> Result<()> {
        self.conn
            .set_db_config(DbConfig::SQLITE_DBCONFIG_ENABLE_QPSG, true)
            .at(&self.label)?;
        Ok(())
    }

    fn configure(&mut self) -> Result<()> {
        self.conn
            .busy_timeout(std::time::Duration::from_secs(60))
            .at(&self.label)?;
        self.stable_plans()?;
        let version = self.schema_version()?;
        if version > SCHEMA_VERSION {
            return Err(StoreError::TooNew {
                path: self.label.clone(),
                found: version,
                supported: SCHEMA_VERSION,
            });
        }
        if version == 0 {
            // A fresh file has no tables; anything else at version 0 is somebody else's database.
            let tables: i64 = self
                .conn
                .query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get(0))
                .map_err(|e| self.not_a_store(e))?;
            if tables > 0 {
                return Err(StoreError::NotAStore {
                    path: self.label.clone(),
                    reason: format!("it holds {tables} tables or indexes of another schema"),
                });
            }
        }
        // WAL: readers never block the writer, and a killed writer leaves the last committed
        // batch intact. NORMAL sync is durable across process crashes (not power loss).
        if self.path.is_some() {
            let mode: String = self
                .conn
                .query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))
                .map_err(|e| self.not_a_store(e))?;
            if !mode.eq_ignore_ascii_case("wal") {
                return Err(StoreError::NotAStore {
                    path: self.label.clone(),
                    reason: format!("cannot switch to WAL journal mode (got {mode})"),
                });
            }
        }
        self.conn
            .execute_batch(
                "PRAGMA synchronous = NORMAL; PRAGMA temp_store = MEMORY; \
                 PRAGMA cache_size = -65536;",
            )
            .at(&self.label)?;
        for (i, sql) in schema::MIGRATIONS.iter().enumerate().skip(version as usize) {
            let tx = self.conn.transaction().at(&self.label)?;
            tx.execute_batch(sql).at(&self.label)?;
            tx.pragma_update(None, "user_version", (i + 1) as i64)
                .at(&self.label)?;
            tx.commit().at(&self.label)?;
        }
        Ok(())
    }

    pub(crate) fn conn(&self) -> &Connection {
        &self.conn
    }

    /// The lexicon versions that coded the stored documents, with their document counts, most
    /// documents first. More than one means part of the store needs `recode`.
    pub fn lexicon_versions(&self) -> Result<Vec<(String, u64)>> {
        let mut stmt = self
            .conn
            .prepare(
                "SELECT coalesce(lexicon_version, ''), count(*) FROM documents \
                 GROUP BY 1 ORDER BY 2 DESC, 1",
            )
            .at(&self.label)?;
        let rows = stmt
            .query_map([], |r| {
                Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)? as u64))
            })
            .at(&self.label)?;
        rows.collect::<rusqlite::Result<Vec<_>>>().at(&self.label)
    }

    pub(crate) fn meta(&self, key: &str) -> Result<Option<String>> {
        use rusqlite::OptionalExtension;
        self.conn
            .query_row("SELECT value FROM meta WHERE key = ?1", [key], |r| r.get(0))
            .optional()
            .at(&self.label)
    }

    /// Counts of the stored rows: documents, sentences, mentions, events, states, actors.
    pub fn counts(&self) -> Result<StoreCounts> {
        let n = |table: &str| -> Result<u64> {
            let v: i64 = self
                .conn
                .query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
                .at(&self.label)?;
            Ok(v as u64)
        };
        Ok(StoreCounts {
            documents: n("documents")?,
            duplicates: n("duplicates")?,
            sentences: n("sentences")?,
            mentions: n("mentions")?,
            events: n("events")?,
            states: n("states")?,
            actors: n("actors")?,
        })
    }

    /// Writes every row of every table, in key order, one line per row: two stores with the
    /// same dump hold the same data, whatever their page layout or transaction history. Used by
    /// the crash-and-resume tests; handy for diffing two stores.
    pub fn dump(&self, out: &mut dyn std::io::Write) -> Result<()> {
        dump::dump(self, out)
    }
}

/// Row counts of a store (see [`Store::counts`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize)]
pub struct StoreCounts {
    /// Stored documents.
    pub documents: u64,
    /// Skipped copies of stored documents under another id.
    pub duplicates: u64,
    /// Sentences of the stored documents.
    pub sentences: u64,
    /// Coded events (one per report).
    pub mentions: u64,
    /// Deduplicated events (clusters of mentions).
    pub events: u64,
    /// Relation states.
    pub states: u64,
    /// Distinct actor codes.
    pub actors: u64,
}

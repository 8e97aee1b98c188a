//! Ingest: read, code and store documents, idempotently and in input order.
//!
//! A producer thread reads the inputs, drops documents the store already holds (by id or by
//! content hash), and codes batches in parallel; the calling thread writes each batch in one
//! transaction, in input order. The database after any prefix of committed batches is exactly
//! the database of ingesting that prefix, so a killed run resumes by skipping what was
//! committed and redoing the rest.

use std::collections::{HashMap, HashSet};
use std::fmt;
use std::sync::mpsc::{sync_channel, Receiver, SyncSender};
use std::time::Instant;

use chrono::Datelike;
use entente_coder::{code_document, CodeOptions, Coded};
use entente_lexicon::Lexicon;
use entente_model::{Document, Event, RelationState, Sentence, SentenceKind};
use entente_text::ReadError;
use rayon::prelude::*;
use rusqlite::{params, Connection, OpenFlags, OptionalExtension, Transaction};
use sha2::{Digest, Sha256};

use crate::rows::{self, date_str, join_sectors, precision_str, sentence_kind_str};
use crate::{Result, SqlContext, Store, StoreError};

/// How to ingest.
#[derive(Debug, Clone)]
pub struct IngestOptions {
    /// Coding threads; 0 means one per core.
    pub threads: usize,
    /// Documents per transaction. Smaller batches lose less work to a crash; larger ones write
    /// faster.
    pub batch_size: usize,
}

impl Default for IngestOptions {
    fn default() -> Self {
        IngestOptions {
            threads: 0,
            batch_size: 256,
        }
    }
}

/// Why a document was not stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SkipReason {
    /// The store already holds this document: same id, same text.
    AlreadyStored,
    /// Another document (named here) already holds the same text. The copy's id, URL and
    /// source are kept in the `duplicates` table.
    DuplicateContent {
        /// The stored document's id.
        same_as: String,
    },
    /// The store holds a different text under the same id; the stored one is kept.
    IdConflict,
    /// The text does not look like English.
    NotEnglish,
    /// The coder panicked on this document (a bug to report); nothing of it was stored, and
    /// the next run tries it again.
    CoderFailed(String),
}

impl SkipReason {
    /// A short name for summaries: `already stored`, `duplicate content`, `id conflict`,
    /// `not English`.
    pub fn kind(&self) -> &'static str {
        match self {
            SkipReason::AlreadyStored => "already stored",
            SkipReason::DuplicateContent { .. } => "duplicate content",
            SkipReason::IdConflict => "id conflict",
            SkipReason::NotEnglish => "not English",
            SkipReason::CoderFailed(_) => "coder failed",
        }
    }
}

impl fmt::Display for SkipReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SkipReason::AlreadyStored => f.write_str("already stored (same id, same text)"),
            SkipReason::DuplicateContent { same_as } => {
                write!(
                    f,
                    "duplicate content: same text as stored document {same_as:?}"
                )
            }
            SkipReason::IdConflict => f.write_str(
                "id conflict: a different text is stored under this id; the stored one is kept",
            ),
            SkipReason::NotEnglish => f.write_str("not English"),
            SkipReason::CoderFailed(why) => write!(f, "the coder failed: {why}"),
        }
    }
}

/// What an ingest run did. Counts cover this run only.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
pub struct IngestReport {
    /// Documents stored.
    pub documents: u64,
    /// Skipped: already stored.
    pub skipped_already_stored: u64,
    /// Skipped: same text as a stored document under another id.
    pub skipped_duplicate_content: u64,
    /// Skipped: a different text is stored under the same id.
    pub skipped_id_conflict: u64,
    /// Skipped: not English.
    pub skipped_not_english: u64,
    /// Skipped: the coder failed on the document.
    pub skipped_coder_failed: u64,
    /// Records the readers could not read (malformed lines, binary files, ...).
    pub read_errors: u64,
    /// Documents read with a warning (invalid UTF-8 decoded lossily).
    pub read_warnings: u64,
    /// Sentences of the stored documents.
    pub sentences: u64,
    /// Coded events stored (one per report).
    pub mentions: u64,
    /// Of those, mentions that started a new event; the rest joined an existing one.
    pub new_events: u64,
    /// Relation states stored.
    pub states: u64,
    /// Wall-clock seconds.
    pub seconds: f64,
    /// The lexicon version that coded the stored documents.
    pub lexicon_version: String,
}

impl IngestReport {
    /// All skipped documents.
    pub fn skipped(&self) -> u64 {
        self.skipped_already_stored
            + self.skipped_duplicate_content
            + self.skipped_id_conflict
            + self.skipped_not_english
            + self.skipped_coder_failed
    }

    /// Sentences stored per second.
    pub fn sentences_per_second(&self) -> f64 {
        self.sentences as f64 / self.seconds.max(1e-9)
    }

    fn count_skip(&mut self, reason: &SkipReason) {
        match reason {
            SkipReason::AlreadyStored => self.skipped_already_stored += 1,
            SkipReason::DuplicateContent { .. } => self.skipped_duplicate_content += 1,
            SkipReason::IdConflict => self.skipped_id_conflict += 1,
            SkipReason::NotEnglish => self.skipped_not_english += 1,
            SkipReason::CoderFailed(_) => self.skipped_coder_failed += 1,
        }
    }
}

/// Hears about an ingest as it goes. Every method has a default that does nothing; `()` is the
/// observer that ignores everything.
pub trait IngestObserver {
    /// A document was not stored.
    fn skipped(&mut self, _doc_id: &str, _reason: &SkipReason) {}
    /// A reader reported a lost or damaged record.
    fn read_error(&mut self, _error: &ReadError) {}
    /// A batch was committed; `report` holds the totals so far.
    fn committed(&mut self, _report: &IngestReport) {}
}

impl IngestObserver for () {}

pub(crate) type ContentHash = [u8; 32];

pub(crate) fn content_hash(text: &str) -> ContentHash {
    Sha256::digest(text.as_bytes()).into()
}

/// A document ready to store.
pub(crate) struct Prepared {
    pub doc: Document,
    pub hash: ContentHash,
    pub sentences: Vec<Sentence>,
    pub coded: Coded,
}

enum Item {
    Store(Box<Prepared>),
    Skip {
        doc: Document,
        hash: ContentHash,
        reason: SkipReason,
    },
    ReadError(ReadError),
}

/// Codes a document the way the store wants it: every modality kept, so that queries can ask
/// for negated or hypothetical events too.
pub(crate) fn prepare(lex: &Lexicon, doc: Document, hash: ContentHash) -> Prepared {
    let opts = CodeOptions {
        all_modalities: true,
        explain: false,
    };
    let coded = code_document(lex, &doc, &opts);
    let sentences = entente_text::segment(&doc);
    Prepared {
        doc,
        hash,
        sentences,
        coded,
    }
}

/// The producer's view of what is stored: the committed store (through a read-only connection
/// when the store is a file) plus everything this run has already queued.
struct Seen {
    reader: Option<Connection>,
    ids: HashMap<String, ContentHash>,
    hashes: HashMap<ContentHash, String>,
}

impl Seen {
    fn check(&mut self, doc: &Document, hash: &ContentHash) -> Option<SkipReason> {
        if let Some(h) = self.ids.get(&doc.id) {
            return Some(if h == hash {
                SkipReason::AlreadyStored
            } else {
                SkipReason::IdConflict
            });
        }
        if let Some(other) = self.hashes.get(hash) {
            return Some(SkipReason::DuplicateContent {
                same_as: other.clone(),
            });
        }
        if let Some(conn) = &self.reader {
            // A failed lookup is not fatal here: the writer checks again, authoritatively.
            if let Ok(Some(reason)) = stored_skip(conn, &doc.id, hash) {
                return Some(reason);
            }
        }
        self.ids.insert(doc.id.clone(), *hash);
        self.hashes.insert(*hash, doc.id.clone());
        None
    }
}

/// Whether the store behind `conn` already holds this document.
fn stored_skip(
    conn: &Connection,
    doc_id: &str,
    hash: &ContentHash,
) -> rusqlite::Result<Option<SkipReason>> {
    let by_id: Option<Vec<u8>> = conn
        .prepare_cached("SELECT content_hash FROM documents WHERE doc_id = ?1")?
        .query_row([doc_id], |r| r.get(0))
        .optional()?;
    if let Some(h) = by_id {
        return Ok(Some(if h.as_slice() == hash {
            SkipReason::AlreadyStored
        } else {
            SkipReason::IdConflict
        }));
    }
    let by_hash: Option<String> = conn
        .prepare_cached("SELECT doc_id FROM documents WHERE content_hash = ?1")?
        .query_row([&hash[..]], |r| r.get(0))
        .optional()?;
    Ok(by_hash.map(|same_as| SkipReason::DuplicateContent { same_as }))
}

fn produce<I>(
    inputs: I,
    lex: &Lexicon,
    pool: &rayon::ThreadPool,
    mut seen: Seen,
    batch_size: usize,
    tx: SyncSender<Vec<Item>>,
) where
    I: Iterator<Item = std::result::Result<Document, ReadError>>,
{
    let mut items: Vec<Item> = Vec::new();
    let mut pending: Vec<(usize, Document, ContentHash)> = Vec::new();
    let flush = |items: &mut Vec<Item>, pending: &mut Vec<(usize, Document, ContentHash)>| {
        type Outcome = std::result::Result<Prepared, (Document, ContentHash, String)>;
        let coded: Vec<(usize, Outcome)> = pool.install(|| {
            std::mem::take(pending)
                .into_par_iter()
                .map(|(slot, doc, hash)| {
                    // The coder never fails by contract; if it panics anyway, the document is
                    // skipped and named instead of the whole run being lost.
                    let header = Document {
                        id: doc.id.clone(),
                        title: doc.title.clone(),
                        text: String::new(),
                        date: doc.date,
                        url: doc.url.clone(),
                        source: doc.source.clone(),
                        has_headline: doc.has_headline,
                    };
                    let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                        prepare(lex, doc, hash)
                    }))
                    .map_err(|panic| {
                        let why = panic
                            .downcast_ref::<&str>()
                            .map(|s| s.to_string())
                            .or_else(|| panic.downcast_ref::<String>().cloned())
                            .unwrap_or_else(|| "panic".into());
                        (header, hash, why)
                    });
                    (slot, outcome)
                })
                .collect()
        });
        for (slot, outcome) in coded {
            items[slot] = match outcome {
                Ok(p) => Item::Store(Box::new(p)),
                Err((doc, hash, why)) => Item::Skip {
                    doc,
                    hash,
                    reason: SkipReason::CoderFailed(why),
                },
            };
        }
        tx.send(std::mem::take(items)).is_ok()
    };
    for input in inputs {
        match input {
            Err(e) => items.push(Item::ReadError(e)),
            Ok(doc) => {
                let hash = content_hash(&doc.text);
                let reason = if entente_text::is_probably_english(&doc.text) {
                    seen.check(&doc, &hash)
                } else {
                    Some(SkipReason::NotEnglish)
                };
                match reason {
                    Some(reason) => items.push(Item::Skip {
                        doc: Document {
                            text: String::new(),
                            ..doc
                        },
                        hash,
                        reason,
                    }),
                    None => {
                        // A placeholder keeps the input order; coding fills it in.
                        pending.push((items.len(), doc, hash));
                        items.push(Item::Skip {
                            doc: Document::default(),
                            hash: [0; 32],
                            reason: SkipReason::AlreadyStored,
                        });
                    }
                }
            }
        }
        if pending.len() >= batch_size && !flush(&mut items, &mut pending) {
            return;
        }
    }
    if !items.is_empty() {
        flush(&mut items, &mut pending);
    }
}

impl Store {
    /// Reads, codes and stores documents, in input order, one transaction per
    /// [`IngestOptions::batch_size`] documents. Documents already stored (same id and text, or
    /// same text under another id) are skipped and counted; so are non-English ones. Reader
    /// errors are passed to the observer and counted; they do not stop the run.
    ///
    /// Fails when a recode is unfinished ([`StoreError::RecodeInProgress`]) or on a database
    /// error; batches committed before the error stay.
    pub fn ingest<I>(
        &mut self,
        lex: &Lexicon,
        inputs: I,
        opts: &IngestOptions,
        observer: &mut dyn IngestObserver,
    ) -> Result<IngestReport>
    where
        I: IntoIterator<Item = std::result::Result<Document, ReadError>>,
        I::IntoIter: Send,
    {
        let start = Instant::now();
        self.check_no_recode()?;
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(opts.threads)
            .build()
            .map_err(|e| StoreError::Threads(e.to_string()))?;
        let reader = self.path.as_ref().and_then(|p| {
            Connection::open_with_flags(
                p,
                OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
            )
            .ok()
        });
        let seen = Seen {
            reader,
            ids: HashMap::new(),
            hashes: HashMap::new(),
        };
        let mut report = IngestReport {
            lexicon_version: lex.version.clone(),
            ..IngestReport::default()
        };
        let batch_size = opts.batch_size.max(1);
        let inputs = inputs.into_iter();
        std::thread::scope(|scope| -> Result<()> {
            let (tx, rx): (SyncSender<Vec<Item>>, Receiver<Vec<Item>>) = sync_channel(2);
            let pool = &pool;
            scope.spawn(move || produce(inputs, lex, pool, seen, batch_size, tx));
            for batch in rx {
                self.write_batch(batch, &lex.version, &mut report, observer)?;
                report.seconds = start.elapsed().as_secs_f64();
                observer.committed(&report);
            }
            Ok(())
        })?;
        report.seconds = start.elapsed().as_secs_f64();
        Ok(report)
    }

    pub(crate) fn check_no_recode(&self) -> Result<()> {
        if let Some(target) = self.meta("recode_target")? {
            let (done, total): (i64, i64) = self
                .conn
                .query_row(
                    "SELECT count(lexicon_version), count(*) FROM documents",
                    [],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .at(&self.label)?;
            return Err(StoreError::RecodeInProgress {
                path: self.label.clone(),
                target,
                done: done as u64,
                total: total as u64,
            });
        }
        Ok(())
    }

    fn write_batch(
        &mut self,
        batch: Vec<Item>,
        version: &str,
        report: &mut IngestReport,
        observer: &mut dyn IngestObserver,
    ) -> Result<()> {
        let label = self.label.clone();
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
            .at(&label)?;
        let mut writer = Writer::new(&tx, version).at(&label)?;
        for item in batch {
            match item {
                Item::ReadError(e) => {
                    if e.skipped {
                        report.read_errors += 1;
                    } else {
                        report.read_warnings += 1;
                    }
                    observer.read_error(&e);
                }
                Item::Skip { doc, hash, reason } => {
                    // The producer judged from this run's queue too; the store has the final
                    // word on which stored document a skipped one repeats.
                    let reason = match reason {
                        SkipReason::NotEnglish | SkipReason::CoderFailed(_) => reason,
                        _ => stored_skip(&tx, &doc.id, &hash)
                            .at(&label)?
                            .unwrap_or(reason),
                    };
                    writer.record_skip(&doc, &hash, &reason).at(&label)?;
                    report.count_skip(&reason);
                    observer.skipped(&doc.id, &reason);
                }
                Item::Store(p) => {
                    // The producer's check saw only committed rows and this run's queue; another
                    // process may have stored the document since.
                    if let Some(reason) = stored_skip(&tx, &p.doc.id, &p.hash).at(&label)? {
                        writer.record_skip(&p.doc, &p.hash, &reason).at(&label)?;
                        report.count_skip(&reason);
                        observer.skipped(&p.doc.id, &reason);
                        continue;
                    }
                    let (sentences, mentions, new_events, states) =
                        writer.store(&p, None).at(&label)?;
                    report.documents += 1;
                    report.sentences += sentences;
                    report.mentions += mentions;
                    report.new_events += new_events;
                    report.states += states;
                }
            }
        }
        tx.commit().at(&label)?;
        Ok(())
    }
}

/// Writes documents and their coding inside one transaction.
pub(crate) struct Writer<'t> {
    tx: &'t Transaction<'t>,
    version: &'t str,
    next_mention: i64,
    next_event: i64,
}

impl<'t> Writer<'t> {
    pub(crate) fn new(tx: &'t Transaction<'t>, version: &'t str) -> rusqlite::Result<Self> {
        tx.set_prepared_statement_cache_capacity(64);
        let next = |table: &str| -> rusqlite::Result<i64> {
            tx.query_row(
                &format!("SELECT coalesce(max(id), 0) + 1 FROM {table}"),
                [],
                |r| r.get(0),
            )
        };
        Ok(Writer {
            tx,
            version,
            next_mention: next("mentions")?,
            next_event: next("events")?,
        })
    }

    fn record_skip(
        &mut self,
        doc: &Document,
        hash: &ContentHash,
        reason: &SkipReason,
    ) -> rusqlite::Result<()> {
        if let SkipReason::DuplicateContent { .. } = reason {
            self.tx
                .prepare_cached(
                    "INSERT OR IGNORE INTO duplicates (doc_id, same_as, title, date, url, source)
                     SELECT ?1, id, ?2, ?3, ?4, ?5 FROM documents WHERE content_hash = ?6",
                )?
                .execute(params![
                    doc.id,
                    doc.title,
                    doc.date.map(date_str),
                    doc.url,
                    doc.source,
                    &hash[..]
                ])?;
        }
        Ok(())
    }

    /// Stores one coded document. With `existing`, the document row is already there (a
    /// recode): only its sentences and coding are written. Returns (sentences, mentions, new
    /// events, states).
    pub(crate) fn store(
        &mut self,
        p: &Prepared,
        existing: Option<i64>,
    ) -> rusqlite::Result<(u64, u64, u64, u64)> {
        let doc = &p.doc;
        let doc_date = doc.date.map(date_str);
        let source_key = rows::source_key(doc.source.as_deref(), doc.url.as_deref(), &doc.id);
        let doc_row = match existing {
            Some(id) => {
                self.tx
                    .prepare_cached(
                        "UPDATE documents SET sentences = ?2, lexicon_version = ?3 WHERE id = ?1",
                    )?
                    .execute(params![id, p.sentences.len() as i64, self.version])?;
                id
            }
            None => {
                self.tx
                    .prepare_cached(
                        "INSERT INTO documents (doc_id, content_hash, title, date, url, source,
                         source_key, has_headline, text, sentences, lexicon_version)
                         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
                    )?
                    .execute(params![
                        doc.id,
                        &p.hash[..],
                        doc.title,
                        doc_date,
                        doc.url,
                        doc.source,
                        source_key,
                        doc.has_headline,
                        doc.text,
                        p.sentences.len() as i64,
                        self.version
                    ])?;
                self.tx.last_insert_rowid()
            }
        };
        {
            let mut stmt = self.tx.prepare_cached(
                "INSERT INTO sentences (doc, idx, start, end, kind, paragraph)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            )?;
            for s in &p.sentences {
                stmt.execute(params![
                    doc_row,
                    s.index,
                    s.span.start,
                    s.span.end,
                    sentence_kind_str(s.kind),
                    s.paragraph
                ])?;
            }
        }
        let lead = lead_sentences(&p.sentences);
        let mut indexed: HashSet<u32> = HashSet::new();
        let mut clusters_here: HashSet<i64> = HashSet::new();
        let mut new_events = 0;
        for e in &p.coded.events {
            let is_lead = lead.contains(&e.sentence_index);
            if self.mention(e, doc, doc_row, &source_key, is_lead, &mut clusters_here)? {
                new_events += 1;
            }
            self.index_sentence(e.sentence_index, &e.sentence, doc_row, &mut indexed)?;
        }
        for s in &p.coded.states {
            self.state(s, doc_row)?;
            self.index_sentence(s.sentence_index, &s.sentence, doc_row, &mut indexed)?;
        }
        Ok((
            p.sentences.len() as u64,
            p.coded.events.len() as u64,
            new_events,
            p.coded.states.len() as u64,
        ))
    }

    fn index_sentence(
        &self,
        index: u32,
        text: &str,
        doc_row: i64,
        indexed: &mut HashSet<u32>,
    ) -> rusqlite::Result<()> {
        if indexed.insert(index) {
            self.tx
                .prepare_cached("INSERT INTO sentence_fts (text, doc, idx) VALUES (?1, ?2, ?3)")?
                .execute(params![text, doc_row, index])?;
        }
        Ok(())
    }

    /// Stores one mention and files it under its event; true when it started a new event.
    fn mention(
        &mut self,
        e: &Event,
        doc: &Document,
        doc_row: i64,
        source_key: &str,
        is_lead: bool,
        clusters_here: &mut HashSet<i64>,
    ) -> rusqlite::Result<bool> {
        // Undated documents are coded against 1970-01-01: such dates say nothing.
        let date = e
            .date
            .filter(|d| doc.date.is_some() || d.date.year() != 1970);
        let target_code = e.target.as_ref().map(|t| t.code.as_str()).unwrap_or("");
        let target_country = e.target.as_ref().and_then(|t| t.country.as_deref());
        let modality = e.modality.as_str();
        let cameo = e.cameo.as_str();
        let entry = e.cameo.entry();
        let doc_date = doc.date.map(date_str);
        let mention_id = self.next_mention;
        self.next_mention += 1;

        let found: Option<(i64, i64, i64, Option<String>, i64)> = match date {
            Some(d) => {
                let (ms, me) = rows::period(d);
                self.tx
                    .prepare_cached(
                        "SELECT id, period_start, period_end, date, num_mentions FROM events
                         WHERE source_code = ?1 AND target_code = ?2 AND cameo = ?3
                           AND modality = ?4 AND period_start BETWEEN ?5 - 400 AND ?6
                           AND period_end >= ?5
                         ORDER BY period_end - period_start, period_start, id LIMIT 1",
                    )?
                    .query_row(
                        params![e.source.code, target_code, cameo, modality, ms, me],
                        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
                    )
                    .optional()?
            }
            None => None,
        };
        let location = e.location.as_ref();
        let month = |d: Option<&str>| d.and_then(|d| d.get(..7)).unwrap_or("").to_string();
        let dyad = DyadKey {
            source: e.source.country.as_deref().unwrap_or(""),
            target: target_country.unwrap_or(""),
            quad: entry.quad_class as i64,
            modality,
            goldstein: entry.goldstein as f64,
        };
        let is_new = found.is_none();
        let event_id = match found {
            Some((id, cs, ce, old_date, old_mentions)) => {
                let old_month = month(old_date.as_deref());
                let mut new_month = old_month.clone();
                let new_article = clusters_here.insert(id);
                let new_source = self
                    .tx
                    .prepare_cached(
                        "INSERT OR IGNORE INTO event_sources (event, source_key) VALUES (?1, ?2)",
                    )?
                    .execute(params![id, source_key])?;
                self.tx
                    .prepare_cached(
                        "UPDATE events SET num_mentions = num_mentions + 1,
                           num_articles = num_articles + ?2, num_sources = num_sources + ?3,
                           is_root = max(is_root, ?4),
                           first_reported = CASE WHEN first_reported IS NULL OR ?5 < first_reported
                                            THEN coalesce(?5, first_reported)
                                            ELSE first_reported END,
                           location_country = CASE WHEN location_country IS NULL
                                              AND location_place IS NULL
                                              THEN ?6 ELSE location_country END,
                           location_place = CASE WHEN location_country IS NULL
                                            AND location_place IS NULL
                                            THEN ?7 ELSE location_place END
                         WHERE id = ?1",
                    )?
                    .execute(params![
                        id,
                        new_article as i64,
                        new_source as i64,
                        is_lead as i64,
                        doc_date,
                        location.and_then(|l| l.country.as_deref()),
                        location.and_then(|l| l.place.as_deref()),
                    ])?;
                // A more precise report narrows the event's date ("this week" -> "Tuesday").
                if let Some(d) = date {
                    let (ms, me) = rows::period(d);
                    if me - ms < ce - cs {
                        new_month = month(Some(&date_str(d.date)));
                        self.tx
                            .prepare_cached(
                                "UPDATE events SET date = ?2, date_precision = ?3,
                                   period_start = ?4, period_end = ?5 WHERE id = ?1",
                            )?
                            .execute(params![
                                id,
                                date_str(d.date),
                                precision_str(d.precision),
                                ms,
                                me
                            ])?;
                    }
                }
                if new_month == old_month {
                    self.dyad_month(&dyad, &old_month, 0, 1, 0.0)?;
                } else {
                    self.dyad_month(&dyad, &old_month, -1, -old_mentions, -dyad.goldstein)?;
                    self.dyad_month(&dyad, &new_month, 1, old_mentions + 1, dyad.goldstein)?;
                }
                id
            }
            None => {
                let d = date.map(|d| date_str(d.date));
                self.dyad_month(&dyad, &month(d.as_deref()), 1, 1, dyad.goldstein)?;
                let id = self.next_event;
                self.next_event += 1;
                clusters_here.insert(id);
                let period = date.map(rows::period);
                self.tx
                    .prepare_cached(
                        "INSERT INTO events (id, source_code, source_country, target_code,
                           target_country, cameo, root, quad_class, goldstein, modality, date,
                           date_precision, period_start, period_end, num_mentions, num_sources,
                           num_articles, is_root, first_mention, first_reported,
                           location_country, location_place, lexicon_version)
                         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14,
                           1, 1, 1, ?15, ?16, ?17, ?18, ?19, ?20)",
                    )?
                    .execute(params![
                        id,
                        e.source.code,
                        e.source.country,
                        target_code,
                        target_country,
                        cameo,
                        e.cameo.root_number(),
                        entry.quad_class,
                        entry.goldstein as f64,
                        modality,
                        date.map(|d| date_str(d.date)),
                        date.map(|d| precision_str(d.precision)),
                        period.map(|p| p.0),
                        period.map(|p| p.1),
                        is_lead as i64,
                        mention_id,
                        doc_date,
                        location.and_then(|l| l.country.as_deref()),
                        location.and_then(|l| l.place.as_deref()),
                        self.version,
                    ])?;
                self.tx
                    .prepare_cached(
                        "INSERT INTO event_sources (event, source_key) VALUES (?1, ?2)",
                    )?
                    .execute(params![id, source_key])?;
                id
            }
        };

        let t = e.target.as_ref();
        self.tx
            .prepare_cached(
                "INSERT INTO mentions (id, event, doc, sentence_index, sentence_start,
                   sentence_end, source_code, source_country, source_sectors, source_text,
                   source_start, source_end, source_entry, target_code, target_country,
                   target_sectors, target_text, target_start, target_end, target_entry, cameo,
                   modality, attribution_text, attribution_code, date, date_precision,
                   location_country, location_place, trigger_text, trigger_start, trigger_end,
                   trigger_entry, is_lead, lexicon_version)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16,
                   ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29, ?30, ?31,
                   ?32, ?33, ?34)",
            )?
            .execute(params![
                mention_id,
                event_id,
                doc_row,
                e.sentence_index,
                e.sentence_span.start,
                e.sentence_span.end,
                e.source.code,
                e.source.country,
                join_sectors(&e.source.sectors),
                e.source.text,
                e.source.span.start,
                e.source.span.end,
                e.source.entry,
                t.map(|t| t.code.as_str()),
                t.and_then(|t| t.country.as_deref()),
                t.map(|t| join_sectors(&t.sectors)),
                t.map(|t| t.text.as_str()),
                t.map(|t| t.span.start),
                t.map(|t| t.span.end),
                t.and_then(|t| t.entry.as_deref()),
                cameo,
                modality,
                e.attribution.as_ref().map(|a| a.text.as_str()),
                e.attribution.as_ref().and_then(|a| a.code.as_deref()),
                e.date.map(|d| date_str(d.date)),
                e.date.map(|d| precision_str(d.precision)),
                location.and_then(|l| l.country.as_deref()),
                location.and_then(|l| l.place.as_deref()),
                e.trigger.text,
                e.trigger.span.start,
                e.trigger.span.end,
                e.trigger.entry,
                is_lead as i64,
                e.lexicon_version,
            ])?;
        for a in std::iter::once(&e.source).chain(t) {
            self.tx
                .prepare_cached(
                    "INSERT OR IGNORE INTO actors (code, country, sectors) VALUES (?1, ?2, ?3)",
                )?
                .execute(params![a.code, a.country, join_sectors(&a.sectors)])?;
        }
        Ok(is_new)
    }

    /// Adds to a dyad's monthly counts; a row whose events fall to zero is removed, so the
    /// table holds exactly what a recount from `events` gives.
    fn dyad_month(
        &self,
        k: &DyadKey,
        month: &str,
        events: i64,
        mentions: i64,
        goldstein: f64,
    ) -> rusqlite::Result<()> {
        self.tx
            .prepare_cached(
                "INSERT INTO dyad_months (source_country, target_country, month, quad_class,
                   modality, events, mentions, goldstein_sum)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
                 ON CONFLICT (source_country, target_country, month, quad_class, modality)
                 DO UPDATE SET events = events + excluded.events,
                   mentions = mentions + excluded.mentions,
                   goldstein_sum = goldstein_sum + excluded.goldstein_sum",
            )?
            .execute(params![
                k.source, k.target, month, k.quad, k.modality, events, mentions, goldstein
            ])?;
        if events < 0 {
            self.tx
                .prepare_cached(
                    "DELETE FROM dyad_months WHERE source_country = ?1 AND target_country = ?2
                     AND month = ?3 AND quad_class = ?4 AND modality = ?5 AND events <= 0",
                )?
                .execute(params![k.source, k.target, month, k.quad, k.modality])?;
        }
        Ok(())
    }

    fn state(&mut self, s: &RelationState, doc_row: i64) -> rusqlite::Result<()> {
        self.tx
            .prepare_cached(
                "INSERT INTO states (doc, sentence_index, sentence_start, sentence_end, a, b,
                   relation, value, as_of, lexicon_version)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            )?
            .execute(params![
                doc_row,
                s.sentence_index,
                s.sentence_span.start,
                s.sentence_span.end,
                s.a,
                s.b,
                s.relation.as_str(),
                s.value,
                date_str(s.as_of),
                s.lexicon_version,
            ])?;
        Ok(())
    }
}

/// The `dyad_months` row an event counts in.
struct DyadKey<'a> {
    source: &'a str,
    target: &'a str,
    quad: i64,
    modality: &'a str,
    goldstein: f64,
}

/// Sentences that count as the lead of the article (GDELT's IsRootEvent): the headline and the
/// first two body sentences.
fn lead_sentences(sentences: &[Sentence]) -> HashSet<u32> {
    let mut lead = HashSet::new();
    let mut body = 0;
    for s in sentences {
        match s.kind {
            SentenceKind::Headline => {
                lead.insert(s.index);
            }
            SentenceKind::Body if body < 2 => {
                body += 1;
                lead.insert(s.index);
            }
            _ => {}
        }
    }
    lead
}

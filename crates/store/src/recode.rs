//! Recode: re-code every stored document with the current lexicon.
//!
//! The old coding (mentions, events, states, actors, sentences, the full-text index) is dropped
//! in one transaction that also records the target lexicon version; documents are then coded
//! again in batches, in storage order, each batch one transaction. A recode killed part-way is
//! finished by running it again, and the result is the database a fresh ingest of the same
//! documents with the new lexicon writes.

use std::time::Instant;

use entente_lexicon::Lexicon;
use entente_model::Document;
use rayon::prelude::*;
use rusqlite::params;

use crate::ingest::{prepare, IngestOptions, Prepared, Writer};
use crate::rows::parse_date;
use crate::{Result, SqlContext, Store, StoreError};

/// What a recode did.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
pub struct RecodeReport {
    /// Documents re-coded by this run.
    pub documents: u64,
    /// All stored documents.
    pub total_documents: u64,
    /// Sentences of the re-coded documents.
    pub sentences: u64,
    /// Coded events stored.
    pub mentions: u64,
    /// Of those, mentions that started a new event.
    pub new_events: u64,
    /// Relation states stored.
    pub states: u64,
    /// Lexicon versions that had coded the documents before, with document counts (empty when
    /// resuming an interrupted recode).
    pub previous_versions: Vec<(String, u64)>,
    /// The lexicon version now.
    pub lexicon_version: String,
    /// True when this run finished a recode that an earlier run started.
    pub resumed: bool,
    /// Wall-clock seconds.
    pub seconds: f64,
}

impl Store {
    /// Re-codes the stored documents with `lex`, replacing every mention, event, state and
    /// sentence and keeping the documents. Does nothing when every document is already coded
    /// with `lex.version`, unless `force`. Resumes an interrupted recode. `progress` is called
    /// after each committed batch.
    pub fn recode(
        &mut self,
        lex: &Lexicon,
        opts: &IngestOptions,
        force: bool,
        progress: &mut dyn FnMut(&RecodeReport),
    ) -> Result<RecodeReport> {
        let start = Instant::now();
        let label = self.label.clone();
        let mut report = RecodeReport {
            lexicon_version: lex.version.clone(),
            ..RecodeReport::default()
        };
        let target = self.meta("recode_target")?;
        if target.as_deref() == Some(lex.version.as_str()) {
            report.resumed = true;
        } else {
            let versions = self.lexicon_versions()?;
            let current = versions.len() == 1 && versions[0].0 == lex.version;
            if target.is_none() && (versions.is_empty() || (current && !force)) {
                report.total_documents = versions.iter().map(|v| v.1).sum();
                report.previous_versions = versions;
                report.seconds = start.elapsed().as_secs_f64();
                return Ok(report);
            }
            report.previous_versions = versions;
            let tx = self.conn.transaction().at(&label)?;
            tx.execute_batch(
                "DELETE FROM mentions; DELETE FROM event_sources; DELETE FROM events; DELETE FROM dyad_months;
                 DELETE FROM states; DELETE FROM actors; DELETE FROM sentences;
                 DELETE FROM sentence_fts; UPDATE documents SET lexicon_version = NULL;",
            )
            .at(&label)?;
            tx.execute(
                "INSERT OR REPLACE INTO meta (key, value) VALUES ('recode_target', ?1)",
                [&lex.version],
            )
            .at(&label)?;
            tx.commit().at(&label)?;
        }
        let total: i64 = self
            .conn
            .query_row("SELECT count(*) FROM documents", [], |r| r.get(0))
            .at(&label)?;
        report.total_documents = total as u64;
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(opts.threads)
            .build()
            .map_err(|e| StoreError::Threads(e.to_string()))?;
        let batch = opts.batch_size.max(1) as i64;
        loop {
            let docs = self.uncoded_documents(batch)?;
            if docs.is_empty() {
                break;
            }
            let prepared: Vec<(i64, Prepared)> = pool.install(|| {
                docs.into_par_iter()
                    .map(|(row, doc)| {
                        let hash = crate::ingest::content_hash(&doc.text);
                        (row, prepare(lex, doc, hash))
                    })
                    .collect()
            });
            let tx = self.conn.transaction().at(&label)?;
            {
                let mut writer = Writer::new(&tx, &lex.version).at(&label)?;
                for (row, p) in &prepared {
                    let (sentences, mentions, new_events, states) =
                        writer.store(p, Some(*row)).at(&label)?;
                    report.documents += 1;
                    report.sentences += sentences;
                    report.mentions += mentions;
                    report.new_events += new_events;
                    report.states += states;
                }
            }
            tx.commit().at(&label)?;
            report.seconds = start.elapsed().as_secs_f64();
            progress(&report);
        }
        self.conn
            .execute("DELETE FROM meta WHERE key = 'recode_target'", [])
            .at(&label)?;
        report.seconds = start.elapsed().as_secs_f64();
        Ok(report)
    }

    fn uncoded_documents(&self, limit: i64) -> Result<Vec<(i64, Document)>> {
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT id, doc_id, title, text, date, url, source, has_headline FROM documents
                 WHERE lexicon_version IS NULL ORDER BY id LIMIT ?1",
            )
            .at(&self.label)?;
        let rows = stmt
            .query_map(params![limit], |r| {
                let date: Option<String> = r.get(4)?;
                Ok((
                    r.get::<_, i64>(0)?,
                    Document {
                        id: r.get(1)?,
                        title: r.get(2)?,
                        text: r.get(3)?,
                        date: date.as_deref().and_then(parse_date),
                        url: r.get(5)?,
                        source: r.get(6)?,
                        has_headline: r.get(7)?,
                    },
                ))
            })
            .at(&self.label)?;
        rows.collect::<rusqlite::Result<Vec<_>>>().at(&self.label)
    }
}

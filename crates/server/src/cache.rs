//! Answers of the store endpoints, kept until the store changes.
//!
//! The server never writes, but `entente ingest` may commit to the same file while it runs, so
//! each answer is stored with a stamp of the store's files (length and modification time of
//! the database and its write-ahead log) taken before the query ran: a commit changes the
//! stamp, and the next request recomputes. File times are coarse and a restarted WAL keeps its
//! length, so a commit can, rarely, leave the stamp unchanged: answers are also recomputed
//! after [`MAX_AGE`]. The cache is bounded in bytes; when full it is emptied (the working set
//! of a dashboard is small, and recomputing is always correct).

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::{Duration, Instant, SystemTime};

use axum::body::Bytes;

/// The longest an answer is served from the cache.
pub const MAX_AGE: Duration = Duration::from_secs(5);

/// Length and modification time of the store file and of its WAL.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stamp([Option<(u64, SystemTime)>; 2]);

impl Stamp {
    /// The stamp of `db` now.
    pub fn of(db: &Path) -> Stamp {
        let meta = |p: &Path| {
            std::fs::metadata(p)
                .ok()
                .map(|m| (m.len(), m.modified().unwrap_or(SystemTime::UNIX_EPOCH)))
        };
        let mut wal = db.as_os_str().to_owned();
        wal.push("-wal");
        Stamp([meta(db), meta(&PathBuf::from(wal))])
    }
}

/// JSON answers by request path and query.
pub struct ResponseCache {
    max_bytes: usize,
    inner: Mutex<Entries>,
}

#[derive(Default)]
struct Entries {
    map: HashMap<String, (Stamp, Instant, Bytes)>,
    bytes: usize,
}

impl ResponseCache {
    /// A cache of at most `max_bytes` of answers; 0 turns it off.
    pub fn new(max_bytes: usize) -> ResponseCache {
        ResponseCache {
            max_bytes,
            inner: Mutex::new(Entries::default()),
        }
    }

    /// Whether answers are kept at all.
    pub fn enabled(&self) -> bool {
        self.max_bytes > 0
    }

    /// The answer for `key` if it was computed under `stamp`.
    pub fn get(&self, key: &str, stamp: Stamp) -> Option<Bytes> {
        let inner = self.inner.lock().ok()?;
        match inner.map.get(key) {
            Some((s, at, body)) if *s == stamp && at.elapsed() < MAX_AGE => Some(body.clone()),
            _ => None,
        }
    }

    /// Keeps `body` for `key`, computed under `stamp`. Answers over an eighth of the budget
    /// are not kept.
    pub fn put(&self, key: String, stamp: Stamp, body: Bytes) {
        if !self.enabled() || body.len() > self.max_bytes / 8 {
            return;
        }
        let Ok(mut inner) = self.inner.lock() else {
            return;
        };
        if inner.bytes + body.len() + key.len() > self.max_bytes {
            inner.map.clear();
            inner.bytes = 0;
        }
        inner.bytes += body.len() + key.len();
        if let Some((_, _, old)) = inner.map.insert(key.clone(), (stamp, Instant::now(), body)) {
            inner.bytes = inner.bytes.saturating_sub(old.len() + key.len());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_expire_with_the_stamp_and_the_budget_holds() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("s.db");
        std::fs::write(&db, b"one").unwrap();
        let cache = ResponseCache::new(64);
        let before = Stamp::of(&db);
        cache.put("/a".into(), before, Bytes::from_static(b"12345"));
        assert_eq!(cache.get("/a", before).as_deref(), Some(&b"12345"[..]));
        std::fs::write(format!("{}-wal", db.display()), b"commit").unwrap();
        let after = Stamp::of(&db);
        assert_ne!(before, after);
        assert_eq!(cache.get("/a", after), None);
        // Too large for the budget: not kept.
        cache.put("/b".into(), after, Bytes::from(vec![0u8; 9]));
        assert_eq!(cache.get("/b", after), None);
        for i in 0..20 {
            cache.put(format!("/k{i}"), after, Bytes::from_static(b"1234"));
        }
        let inner = cache.inner.lock().unwrap();
        assert!(inner.bytes <= 64, "{}", inner.bytes);
    }

    #[test]
    fn a_zero_budget_keeps_nothing() {
        let cache = ResponseCache::new(0);
        let stamp = Stamp([None, None]);
        cache.put("/a".into(), stamp, Bytes::from_static(b"x"));
        assert!(!cache.enabled());
        assert_eq!(cache.get("/a", stamp), None);
    }
}

//! The schema and its migrations.
//!
//! `PRAGMA user_version` holds the number of migrations applied. Opening a store applies the
//! missing ones in order, each in its own transaction, so an interrupted upgrade leaves the store
//! at the last complete version. A store written by a newer Entente (a higher version than
//! [`SCHEMA_VERSION`]) is refused rather than guessed at.

/// The schema version this build writes: the number of entries in [`MIGRATIONS`].
pub const SCHEMA_VERSION: u32 = MIGRATIONS.len() as u32;

/// Migration `i` takes a store from version `i` to `i + 1`.
pub(crate) const MIGRATIONS: &[&str] = &[
    // 1: documents, sentences, mentions (one coded event each), event clusters, states, actors.
    r#"
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- One row per stored document. `content_hash` is the SHA-256 of `text`.
CREATE TABLE documents (
    id              INTEGER PRIMARY KEY,
    doc_id          TEXT NOT NULL UNIQUE,
    content_hash    BLOB NOT NULL UNIQUE,
    title           TEXT,
    date            TEXT,
    url             TEXT,
    source          TEXT,
    source_key      TEXT NOT NULL,
    has_headline    INTEGER NOT NULL,
    text            TEXT NOT NULL,
    sentences       INTEGER NOT NULL,
    lexicon_version TEXT
);
CREATE INDEX documents_date ON documents(date);

-- Documents skipped because another id already holds the same text.
CREATE TABLE duplicates (
    doc_id  TEXT PRIMARY KEY,
    same_as INTEGER NOT NULL REFERENCES documents(id),
    title   TEXT,
    date    TEXT,
    url     TEXT,
    source  TEXT
) WITHOUT ROWID;

CREATE TABLE sentences (
    doc       INTEGER NOT NULL REFERENCES documents(id),
    idx       INTEGER NOT NULL,
    start     INTEGER NOT NULL,
    end       INTEGER NOT NULL,
    kind      TEXT NOT NULL,
    paragraph INTEGER NOT NULL,
    PRIMARY KEY (doc, idx)
) WITHOUT ROWID;

CREATE TABLE actors (
    code    TEXT PRIMARY KEY,
    country TEXT,
    sectors TEXT NOT NULL
) WITHOUT ROWID;

-- Event clusters: every report of the same event (same dyad, CAMEO code, modality, and date
-- within its precision) is one row here and one row per report in `mentions`.
CREATE TABLE events (
    id              INTEGER PRIMARY KEY,
    source_code     TEXT NOT NULL,
    source_country  TEXT,
    target_code     TEXT NOT NULL,
    target_country  TEXT,
    cameo           TEXT NOT NULL,
    root            INTEGER NOT NULL,
    quad_class      INTEGER NOT NULL,
    goldstein       REAL NOT NULL,
    modality        TEXT NOT NULL,
    date            TEXT,
    date_precision  TEXT,
    period_start    INTEGER,
    period_end      INTEGER,
    num_mentions    INTEGER NOT NULL,
    num_sources     INTEGER NOT NULL,
    num_articles    INTEGER NOT NULL,
    is_root         INTEGER NOT NULL,
    first_mention   INTEGER NOT NULL,
    first_reported  TEXT,
    location_country TEXT,
    location_place  TEXT,
    lexicon_version TEXT NOT NULL
);
CREATE INDEX events_key ON events(source_code, target_code, cameo, modality, period_start);
CREATE INDEX events_dyad ON events(source_country, target_country, date, quad_class, goldstein,
                                   modality, num_mentions, num_sources);
CREATE INDEX events_notable ON events(source_country, target_country, num_sources, num_mentions);
CREATE INDEX events_target ON events(target_country, date);
CREATE INDEX events_date ON events(date);

-- Distinct publishers per cluster, for `events.num_sources`.
CREATE TABLE event_sources (
    event      INTEGER NOT NULL REFERENCES events(id),
    source_key TEXT NOT NULL,
    PRIMARY KEY (event, source_key)
) WITHOUT ROWID;

-- One row per coded event (the coder's output record), with its evidence spans.
CREATE TABLE mentions (
    id               INTEGER PRIMARY KEY,
    event            INTEGER NOT NULL REFERENCES events(id),
    doc              INTEGER NOT NULL REFERENCES documents(id),
    sentence_index   INTEGER NOT NULL,
    sentence_start   INTEGER NOT NULL,
    sentence_end     INTEGER NOT NULL,
    source_code      TEXT NOT NULL,
    source_country   TEXT,
    source_sectors   TEXT NOT NULL,
    source_text      TEXT NOT NULL,
    source_start     INTEGER NOT NULL,
    source_end       INTEGER NOT NULL,
    source_entry     TEXT,
    target_code      TEXT,
    target_country   TEXT,
    target_sectors   TEXT,
    target_text      TEXT,
    target_start     INTEGER,
    target_end       INTEGER,
    target_entry     TEXT,
    cameo            TEXT NOT NULL,
    modality         TEXT NOT NULL,
    attribution_text TEXT,
    attribution_code TEXT,
    date             TEXT,
    date_precision   TEXT,
    location_country TEXT,
    location_place   TEXT,
    trigger_text     TEXT NOT NULL,
    trigger_start    INTEGER NOT NULL,
    trigger_end      INTEGER NOT NULL,
    trigger_entry    TEXT,
    is_lead          INTEGER NOT NULL,
    lexicon_version  TEXT NOT NULL
);
CREATE INDEX mentions_event ON mentions(event);
CREATE INDEX mentions_doc ON mentions(doc, sentence_index);

CREATE TABLE states (
    id              INTEGER PRIMARY KEY,
    doc             INTEGER NOT NULL REFERENCES documents(id),
    sentence_index  INTEGER NOT NULL,
    sentence_start  INTEGER NOT NULL,
    sentence_end    INTEGER NOT NULL,
    a               TEXT NOT NULL,
    b               TEXT NOT NULL,
    relation        TEXT NOT NULL,
    value           TEXT NOT NULL,
    as_of           TEXT NOT NULL,
    lexicon_version TEXT NOT NULL
);
CREATE INDEX states_dyad ON states(a, b, as_of);
CREATE INDEX states_doc ON states(doc, sentence_index);

-- Full text of every sentence that carries an event or a state.
CREATE VIRTUAL TABLE sentence_fts USING fts5(
    text,
    doc UNINDEXED,
    idx UNINDEXED,
    tokenize = 'unicode61 remove_diacritics 2'
);
"#,
    // 2: monthly counts per dyad, kept up to date by ingest, so that a dyad summary reads a few
    // hundred rows however many events the dyad has. '' stands for no country / no date.
    r#"
CREATE TABLE dyad_months (
    source_country TEXT NOT NULL,
    target_country TEXT NOT NULL,
    month          TEXT NOT NULL,
    quad_class     INTEGER NOT NULL,
    modality       TEXT NOT NULL,
    events         INTEGER NOT NULL,
    mentions       INTEGER NOT NULL,
    goldstein_sum  REAL NOT NULL,
    PRIMARY KEY (source_country, target_country, month, quad_class, modality)
) WITHOUT ROWID;
INSERT INTO dyad_months
SELECT coalesce(source_country, ''), coalesce(target_country, ''), coalesce(substr(date, 1, 7), ''),
       quad_class, modality, count(*), sum(num_mentions), sum(goldstein)
FROM events GROUP BY 1, 2, 3, 4, 5;
"#,
];

//! Synthetic stores for benchmarks and tests: millions of plausible events in minutes.
//!
//! Rows are written straight into the tables (bypassing the coder) with prepared statements in
//! large transactions, the secondary indexes dropped during the load and rebuilt after. The
//! data is consistent — every event has as many mention rows as its `num_mentions`, its
//! `num_sources` and `num_articles` match them — and deterministic for a given seed. Countries
//! are drawn from a Zipf-like distribution, as in real news (a few dyads are very large).
//! Synthetic documents have one sentence each and no full-text entries.
//!
//! ```
//! use entente_store::synthetic::{generate, SyntheticSpec};
//! let mut store = entente_store::Store::open_in_memory().unwrap();
//! let spec = SyntheticSpec { events: 1_000, ..SyntheticSpec::default() };
//! let made = generate(&mut store, &spec).unwrap();
//! assert_eq!(made.events, 1_000);
//! assert_eq!(store.counts().unwrap().events, 1_000);
//! ```

use chrono::{Days, NaiveDate};
use entente_model::{DatePrecision, EventDate, CAMEO_TABLE};
use rusqlite::params;

use crate::ingest::content_hash;
use crate::rows::{date_str, period, precision_str};
use crate::{Result, SqlContext, Store, StoreError};

/// What to generate.
#[derive(Debug, Clone)]
pub struct SyntheticSpec {
    /// Events (clusters) to create.
    pub events: u64,
    /// Documents the mentions are spread over (0: one per ten events).
    pub documents: u64,
    /// First event date.
    pub start: NaiveDate,
    /// Days the events are spread over.
    pub days: u64,
    /// Random seed.
    pub seed: u64,
}

impl Default for SyntheticSpec {
    fn default() -> Self {
        SyntheticSpec {
            events: 10_000,
            documents: 0,
            start: NaiveDate::from_ymd_opt(2000, 1, 1).unwrap_or_default(),
            days: 25 * 365,
            seed: 42,
        }
    }
}

/// What [`generate`] wrote.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Synthetic {
    /// Events.
    pub events: u64,
    /// Mentions.
    pub mentions: u64,
    /// Documents.
    pub documents: u64,
}

/// Countries, most reported first (the Zipf rank).
pub const COUNTRIES: &[&str] = &[
    "USA", "CHN", "RUS", "GBR", "ISR", "IRN", "FRA", "DEU", "IND", "PAK", "TUR", "JPN", "PSE",
    "IRQ", "SYR", "UKR", "AFG", "SAU", "EGY", "KOR", "PRK", "CAN", "AUS", "BRA", "MEX", "ITA",
    "ESP", "NGA", "ZAF", "KEN", "ETH", "SDN", "LBY", "YEM", "LBN", "JOR", "QAT", "ARE", "IDN",
    "PHL", "THA", "VNM", "MYS", "MMR", "BGD", "LKA", "NPL", "POL", "ROU", "HUN", "GRC", "SRB",
    "HRV", "BIH", "ALB", "BLR", "GEO", "ARM", "AZE", "KAZ", "UZB", "KGZ", "TJK", "MNG", "TWN",
    "VEN", "COL", "ARG", "CHL", "PER", "BOL", "ECU", "CUB", "HTI", "NIC", "HND", "GTM", "SLV",
    "PAN", "DZA", "MAR", "TUN", "MLI", "NER", "TCD", "CMR", "COD", "COG", "AGO", "ZWE", "MOZ",
    "ZMB", "UGA", "RWA", "SOM", "SSD", "NOR", "SWE", "FIN", "DNK", "NLD", "BEL", "CHE", "AUT",
    "PRT", "IRL", "CZE", "SVK", "BGR", "LTU", "LVA", "EST", "NZL", "SGP", "KHM", "LAO", "OMN",
    "KWT", "BHR", "CYP", "IGO", "NGO",
];

const SECTORS: &[&str] = &[
    "", "", "GOV", "GOV", "MIL", "BUS", "CVL", "LEG", "OPP", "MED",
];

/// splitmix64: small, fast, good enough for synthetic data.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }

    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// Zipf(1) sampling over `COUNTRIES` by inverting the cumulative weights.
struct Zipf(Vec<f64>);

impl Zipf {
    fn new(n: usize) -> Zipf {
        let mut acc = 0.0;
        let mut cdf: Vec<f64> = (1..=n)
            .map(|k| {
                acc += 1.0 / k as f64;
                acc
            })
            .collect();
        for c in &mut cdf {
            *c /= acc;
        }
        Zipf(cdf)
    }

    fn sample(&self, rng: &mut Rng) -> usize {
        let u = rng.unit();
        self.0.partition_point(|&c| c < u).min(self.0.len() - 1)
    }
}

/// Fills an empty store with synthetic events. Fails on a store that holds documents.
pub fn generate(store: &mut Store, spec: &SyntheticSpec) -> Result<Synthetic> {
    let label = store.label.clone();
    if store.counts()?.documents > 0 {
        return Err(StoreError::InvalidQuery(format!(
            "{label}: synthetic data goes into an empty store only"
        )));
    }
    let documents = if spec.documents == 0 {
        (spec.events / 10).max(1)
    } else {
        spec.documents
    };
    let mut rng = Rng(spec.seed);
    let zipf = Zipf::new(COUNTRIES.len());
    let version = "synthetic";
    let publishers = 50;

    // A bulk load into a fresh store: no journal, no syncs, a large cache and a two-thread
    // sorter for the index builds. A crash in here leaves a store to throw away.
    if store.path.is_some() {
        store
            .conn
            .execute_batch(
                "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; \
                 PRAGMA cache_size = -1048576; PRAGMA threads = 2;",
            )
            .at(&label)?;
    }
    let tx = store.conn.transaction().at(&label)?;
    // Secondary indexes are rebuilt once at the end: far faster than updating them row by row.
    let indexes: Vec<(String, String)> = {
        let mut stmt = tx
            .prepare(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL
                 AND tbl_name IN ('events', 'mentions', 'sentences')",
            )
            .at(&label)?;
        let rows = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .at(&label)?;
        rows.collect::<rusqlite::Result<Vec<_>>>().at(&label)?
    };
    for (name, _) in &indexes {
        tx.execute_batch(&format!("DROP INDEX {name}")).at(&label)?;
    }
    {
        let mut doc = tx
            .prepare(
                "INSERT INTO documents (id, doc_id, content_hash, title, date, url, source,
                   source_key, has_headline, text, sentences, lexicon_version)
                 VALUES (?1, ?2, ?3, NULL, ?4, ?5, ?6, ?6, 0, ?7, 1, ?8)",
            )
            .at(&label)?;
        let mut sentence = tx
            .prepare(
                "INSERT INTO sentences (doc, idx, start, end, kind, paragraph)
                 VALUES (?1, 0, 0, ?2, 'body', 0)",
            )
            .at(&label)?;
        for d in 1..=documents {
            let date = spec.start + Days::new(rng.below(spec.days.max(1)));
            let text = format!("Synthetic report {d}.");
            let publisher = format!("source{}", d % publishers);
            doc.execute(params![
                d as i64,
                format!("synthetic-{d}"),
                &content_hash(&text)[..],
                date_str(date),
                format!("https://{publisher}.example/{d}"),
                publisher,
                text,
                version
            ])
            .at(&label)?;
            sentence
                .execute(params![d as i64, text.len() as i64])
                .at(&label)?;
        }
    }

    let mut made = Synthetic {
        documents,
        ..Synthetic::default()
    };
    {
        let mut event = tx
            .prepare(
                "INSERT INTO events (id, source_code, source_country, target_code,
                   target_country, cameo, root, quad_class, goldstein, modality, date,
                   date_precision, period_start, period_end, num_mentions, num_sources,
                   num_articles, is_root, first_mention, first_reported, location_country,
                   location_place, lexicon_version)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16,
                   ?17, ?18, ?19, ?20, NULL, NULL, ?21)",
            )
            .at(&label)?;
        let mut mention = tx
            .prepare(
                "INSERT INTO mentions (id, event, doc, sentence_index, sentence_start,
                   sentence_end, source_code, source_country, source_sectors, source_text,
                   source_start, source_end, source_entry, target_code, target_country,
                   target_sectors, target_text, target_start, target_end, target_entry, cameo,
                   modality, attribution_text, attribution_code, date, date_precision,
                   location_country, location_place, trigger_text, trigger_start, trigger_end,
                   trigger_entry, is_lead, lexicon_version)
                 VALUES (?1, ?2, ?3, 0, 0, 20, ?4, ?5, ?6, ?7, 0, 3, NULL, ?8, ?9, ?10, ?11,
                   5, 8, NULL, ?12, ?13, NULL, NULL, ?14, ?15, NULL, NULL, 'met', 4, 7, NULL,
                   1, ?16)",
            )
            .at(&label)?;
        let mut source = tx
            .prepare("INSERT OR IGNORE INTO event_sources (event, source_key) VALUES (?1, ?2)")
            .at(&label)?;
        let mut next_mention = 1i64;
        for id in 1..=spec.events as i64 {
            let s = zipf.sample(&mut rng);
            let mut t = zipf.sample(&mut rng);
            while t == s {
                t = zipf.sample(&mut rng);
            }
            let (sc, tc) = (COUNTRIES[s], COUNTRIES[t]);
            let ss = SECTORS[rng.below(SECTORS.len() as u64) as usize];
            let ts = SECTORS[rng.below(SECTORS.len() as u64) as usize];
            let (scode, tcode) = (format!("{sc}{ss}"), format!("{tc}{ts}"));
            let entry = &CAMEO_TABLE[rng.below(CAMEO_TABLE.len() as u64) as usize];
            let modality = match rng.below(20) {
                0 => "intent",
                1 => "future",
                2 => "negated",
                _ => "assertion",
            };
            let precision = match rng.below(20) {
                0 => DatePrecision::Month,
                1 => DatePrecision::Week,
                _ => DatePrecision::Day,
            };
            let date = EventDate {
                date: spec.start + Days::new(rng.below(spec.days.max(1))),
                precision,
            };
            let (ps, pe) = period(date);
            let k = match rng.below(10) {
                0..=6 => 1,
                7 | 8 => 2,
                _ => 3 + rng.below(3) as i64,
            };
            let base = rng.below(documents);
            let mut sources = std::collections::BTreeSet::new();
            for j in 0..k {
                let d = (base + j as u64 * 7919) % documents + 1;
                sources.insert(d % publishers);
            }
            event
                .execute(params![
                    id,
                    scode,
                    sc,
                    tcode,
                    tc,
                    entry.code,
                    entry.code[..2].parse::<i64>().unwrap_or(0),
                    entry.quad_class,
                    entry.goldstein as f64,
                    modality,
                    date_str(date.date),
                    precision_str(precision),
                    ps,
                    pe,
                    k,
                    sources.len() as i64,
                    k,
                    (rng.below(4) == 0) as i64,
                    next_mention,
                    date_str(date.date),
                    version
                ])
                .at(&label)?;
            for p in &sources {
                source
                    .execute(params![id, format!("source{p}")])
                    .at(&label)?;
            }
            for j in 0..k {
                let d = (base + j as u64 * 7919) % documents + 1;
                mention
                    .execute(params![
                        next_mention,
                        id,
                        d as i64,
                        scode,
                        sc,
                        ss,
                        sc,
                        tcode,
                        tc,
                        ts,
                        tc,
                        entry.code,
                        modality,
                        date_str(date.date),
                        precision_str(precision),
                        version
                    ])
                    .at(&label)?;
                next_mention += 1;
            }
            made.mentions += k as u64;
            made.events += 1;
        }
        let mut actor = tx
            .prepare("INSERT OR IGNORE INTO actors (code, country, sectors) VALUES (?1, ?2, ?3)")
            .at(&label)?;
        for c in COUNTRIES {
            for s in SECTORS {
                actor.execute(params![format!("{c}{s}"), c, s]).at(&label)?;
            }
        }
    }
    for (_, sql) in &indexes {
        tx.execute_batch(sql).at(&label)?;
    }
    tx.execute_batch(
        "INSERT INTO dyad_months
         SELECT coalesce(source_country, ''), coalesce(target_country, ''),
                coalesce(substr(date, 1, 7), ''), quad_class, modality, count(*),
                sum(num_mentions), sum(goldstein)
         FROM events GROUP BY 1, 2, 3, 4, 5",
    )
    .at(&label)?;
    tx.commit().at(&label)?;
    store.conn.execute_batch("ANALYZE").at(&label)?;
    if store.path.is_some() {
        store
            .conn
            .execute_batch(
                "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; \
                 PRAGMA cache_size = -65536; PRAGMA threads = 0;",
            )
            .at(&label)?;
    }
    Ok(made)
}

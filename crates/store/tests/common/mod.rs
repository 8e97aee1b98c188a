//! Articles written for these tests: three publishers report France recalling its ambassador to
//! Italy (two name the day, one says "this week"), one article recalls an older recall, one
//! reports an unrelated agreement.

#![allow(dead_code)]

use chrono::NaiveDate;
use entente_lexicon::Lexicon;
use entente_model::Document;
use entente_store::{IngestOptions, IngestReport, Store};

pub fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

pub fn article(
    id: &str,
    title: &str,
    body: &str,
    day: NaiveDate,
    source: &str,
    url: Option<&str>,
) -> Document {
    Document {
        id: id.into(),
        title: Some(title.into()),
        text: format!("{title}\n{body}"),
        date: Some(day),
        url: url.map(str::to_string),
        source: Some(source.into()),
        has_headline: true,
    }
}

pub fn recall_articles() -> Vec<Document> {
    vec![
        article(
            "wire-1",
            "France recalls envoy from Rome",
            "France recalled its ambassador to Italy on Thursday after a row over migrants. \
             The foreign ministry in Paris said the move was temporary.",
            date(2019, 2, 8),
            "Northern Wire",
            Some("https://northern-wire.example/france-recalls-envoy"),
        ),
        article(
            "daily-7",
            "Paris pulls ambassador",
            "France recalled its ambassador to Italy on Thursday, officials said. Italian \
             ministers expressed surprise.",
            date(2019, 2, 8),
            "Coastal Daily",
            Some("https://coastal-daily.example/paris-pulls-ambassador"),
        ),
        article(
            "weekly-3",
            "Diplomatic chill",
            "France recalled its ambassador to Italy this week. Analysts called it the worst \
             crisis since the war.",
            date(2019, 2, 9),
            "Weekly Review",
            None,
        ),
        article(
            "wire-2",
            "Envoy back in Rome",
            "France recalled its ambassador to Italy in March 2017 over a trade dispute.",
            date(2019, 2, 10),
            "Northern Wire",
            None,
        ),
        article(
            "other-1",
            "Talks in Berlin",
            "Germany and Poland signed a border agreement on Monday. The leaders met in Berlin.",
            date(2019, 2, 11),
            "Coastal Daily",
            None,
        ),
    ]
}

pub fn lexicon() -> &'static Lexicon {
    use std::sync::OnceLock;
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(|| Lexicon::embedded().expect("the built-in lexicon compiles"))
}

pub fn ingest(store: &mut Store, docs: Vec<Document>) -> IngestReport {
    let opts = IngestOptions {
        threads: 2,
        batch_size: 2,
    };
    store
        .ingest(lexicon(), docs.into_iter().map(Ok), &opts, &mut ())
        .expect("ingest")
}

pub fn dump(store: &Store) -> String {
    let mut out = Vec::new();
    store.dump(&mut out).expect("dump");
    String::from_utf8(out).expect("utf-8 dump")
}

pub fn wikinews() -> Option<String> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/data/news/wikinews_politics_economy.jsonl"
    );
    if std::path::Path::new(path).exists() {
        Some(path.to_string())
    } else {
        eprintln!("skipping: {path} is absent");
        None
    }
}

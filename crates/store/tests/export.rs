//! Every export format opens in a standard reader.

mod common;

use common::*;
use entente_store::export::{write, Format, Unit, GDELT_COLUMNS};
use entente_store::{EventFilter, Store};

fn store() -> Store {
    let mut store = Store::open_in_memory().unwrap();
    ingest(&mut store, recall_articles());
    store
}

fn export(store: &Store, unit: Unit, format: Format) -> Vec<u8> {
    let mut out = Vec::new();
    write(store, &EventFilter::default(), unit, format, &mut out).unwrap();
    out
}

#[test]
fn csv_reads_back_with_the_csv_crate() {
    let store = store();
    for (unit, rows, id_column) in [
        (Unit::Events, 3, "event_id"),
        (Unit::Mentions, 5, "mention_id"),
    ] {
        let bytes = export(&store, unit, Format::Csv);
        let mut reader = csv::Reader::from_reader(bytes.as_slice());
        let headers = reader.headers().unwrap().clone();
        assert_eq!(&headers[0], id_column);
        let records: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
        assert_eq!(records.len(), rows);
        let col = |name: &str| headers.iter().position(|h| h == name).unwrap();
        for r in &records {
            assert_eq!(r.len(), headers.len());
        }
        if unit == Unit::Events {
            let busiest = records
                .iter()
                .find(|r| &r[col("num_mentions")] == "3")
                .expect("the three-report recall");
            assert_eq!(&busiest[col("cameo")], "161");
            assert_eq!(&busiest[col("date")], "2019-02-07");
            assert_eq!(&busiest[col("num_sources")], "3");
            // Sentences with commas and quotes survive the round trip.
            assert!(busiest[col("sentence")].starts_with("France recalled"));
        } else {
            let r = &records[0];
            let start: usize = r[col("trigger_start")].parse().unwrap();
            let end: usize = r[col("trigger_end")].parse().unwrap();
            let doc = store.document(&r[col("doc_id")]).unwrap().unwrap();
            assert_eq!(&doc.document.text[start..end], &r[col("trigger_text")]);
        }
    }
}

#[test]
fn gdelt_layout_has_the_61_columns_in_order() {
    let store = store();
    let bytes = export(&store, Unit::Events, Format::Gdelt);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b'\t')
        .has_headers(false)
        .quoting(false)
        .from_reader(bytes.as_slice());
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 3);
    let col = |name: &str| GDELT_COLUMNS.iter().position(|c| *c == name).unwrap();
    for r in &rows {
        assert_eq!(r.len(), 61);
    }
    let r = rows.iter().find(|r| &r[col("NumMentions")] == "3").unwrap();
    assert_eq!(&r[col("SQLDATE")], "20190207");
    assert_eq!(&r[col("MonthYear")], "201902");
    assert_eq!(&r[col("Year")], "2019");
    assert_eq!(&r[col("FractionDate")], "2019.1014");
    assert_eq!(&r[col("Actor1Code")], "FRA");
    assert_eq!(&r[col("Actor1CountryCode")], "FRA");
    assert_eq!(&r[col("Actor1Name")], "FRANCE");
    assert_eq!(&r[col("Actor2Code")], "ITA");
    assert_eq!(&r[col("EventCode")], "161");
    assert_eq!(&r[col("EventBaseCode")], "161");
    assert_eq!(&r[col("EventRootCode")], "16");
    assert_eq!(&r[col("QuadClass")], "4");
    assert_eq!(&r[col("NumSources")], "3");
    assert_eq!(&r[col("NumArticles")], "3");
    assert_eq!(&r[col("IsRootEvent")], "1");
    assert_eq!(&r[col("DATEADDED")], "20190208000000");
    assert_eq!(
        &r[col("SOURCEURL")],
        "https://northern-wire.example/france-recalls-envoy"
    );
    let goldstein: f64 = r[col("GoldsteinScale")].parse().unwrap();
    assert!(goldstein < 0.0);
    // Mentions have no GDELT layout.
    let mut sink = Vec::new();
    assert!(write(
        &store,
        &EventFilter::default(),
        Unit::Mentions,
        Format::Gdelt,
        &mut sink
    )
    .is_err());
}

#[test]
fn jsonl_lines_parse_and_carry_their_evidence() {
    let store = store();
    let bytes = export(&store, Unit::Events, Format::Jsonl);
    let lines: Vec<serde_json::Value> = String::from_utf8(bytes)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 3);
    let busiest = lines.iter().find(|v| v["num_mentions"] == 3).unwrap();
    assert_eq!(busiest["evidence"].as_array().unwrap().len(), 3);
    assert_eq!(busiest["cameo"], "161");
    assert_eq!(busiest["quad_class"], 4);
    // Mentions are the coder's records: they read back as `entente_model::Record`s.
    let bytes = export(&store, Unit::Mentions, Format::Jsonl);
    for line in String::from_utf8(bytes).unwrap().lines() {
        let record: entente_model::Record = serde_json::from_str(line).unwrap();
        assert!(matches!(record, entente_model::Record::Event(_)));
    }
}

#[cfg(feature = "parquet")]
#[test]
fn parquet_reads_back_with_the_parquet_crate() {
    use parquet::file::reader::{FileReader, SerializedFileReader};
    use parquet::record::RowAccessor;

    let store = store();
    for (unit, rows) in [(Unit::Events, 3), (Unit::Mentions, 5)] {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.parquet");
        let file = std::fs::File::create(&path).unwrap();
        let n = write(&store, &EventFilter::default(), unit, Format::Parquet, file).unwrap();
        assert_eq!(n, rows);
        let reader = SerializedFileReader::new(std::fs::File::open(&path).unwrap()).unwrap();
        assert_eq!(reader.metadata().file_metadata().num_rows(), rows as i64);
        let schema = reader.metadata().file_metadata().schema_descr();
        let col = |name: &str| {
            (0..schema.num_columns())
                .find(|&i| schema.column(i).name() == name)
                .unwrap()
        };
        let mut seen = 0;
        for row in reader.get_row_iter(None).unwrap() {
            let row = row.unwrap();
            seen += 1;
            if unit == Unit::Events && row.get_long(col("num_mentions")).unwrap() == 3 {
                assert_eq!(row.get_string(col("cameo")).unwrap(), "161");
                assert_eq!(row.get_string(col("date")).unwrap(), "2019-02-07");
                assert_eq!(row.get_long(col("num_sources")).unwrap(), 3);
                assert!(row.get_bool(col("is_root")).unwrap());
                assert!(row.get_double(col("goldstein")).unwrap() < 0.0);
            }
        }
        assert_eq!(seen, rows);
    }
}

#[cfg(not(feature = "parquet"))]
#[test]
fn parquet_without_the_feature_is_a_clear_error() {
    let store = store();
    let err = write(
        &store,
        &EventFilter::default(),
        Unit::Events,
        Format::Parquet,
        Vec::new(),
    )
    .unwrap_err();
    assert!(err.to_string().contains("--features parquet"), "{err}");
}

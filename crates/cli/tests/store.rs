//! `entente ingest` killed with SIGKILL at any moment, then re-run, ends with exactly the
//! database of an uninterrupted run; and the store commands end to end.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use entente_store::Store;

fn entente() -> Command {
    Command::new(env!("CARGO_BIN_EXE_entente"))
}

/// A corpus written for this test: three publishers in a row report each event (so that
/// deduplicated events straddle transaction boundaries), a verbatim copy under another id now
/// and then, and one malformed line.
fn corpus(n: usize) -> String {
    let countries = [
        "France", "Italy", "Germany", "Poland", "Spain", "Japan", "China", "India", "Brazil",
        "Canada",
    ];
    let sources = ["Northern Wire", "Coastal Daily", "Weekly Review"];
    let mut out = String::new();
    let mut last_text = String::new();
    let mut last_title = String::new();
    for i in 0..n {
        let story = i / 3;
        let a = countries[story % countries.len()];
        let mut b = countries[(story * 7 + 3) % countries.len()];
        if a == b {
            b = countries[(story + 1) % countries.len()];
        }
        let day = 1 + story % 28;
        let month = 1 + (story / 28) % 12;
        let body = match story % 4 {
            0 => format!("{a} recalled its ambassador to {b} on Thursday after a dispute over fishing rights."),
            1 => format!("{a} and {b} signed a trade agreement on Monday."),
            2 => format!("{a} criticized {b} on Tuesday over its new border rules."),
            _ => format!("The foreign minister of {a} visited {b} on Wednesday for talks."),
        };
        let filler = format!(
            "Report number {i} was filed by a correspondent. Markets were calm and the weather \
             was mild. Officials promised further statements later in the week."
        );
        let text = format!("{body} {filler}");
        let (id, title, text) = if i % 97 == 96 {
            (format!("mirror-{i}"), last_title.clone(), last_text.clone())
        } else {
            (format!("doc-{i}"), format!("Dispatch {i}"), text)
        };
        let line = serde_json::json!({
            "id": id,
            "title": title,
            "text": text,
            "date": format!("2019-{month:02}-{day:02}"),
            "source": sources[i % 3],
            "url": format!("https://news.example/{i}"),
        });
        out.push_str(&line.to_string());
        out.push('\n');
        if i == n / 2 {
            out.push_str("{\"id\": \"broken\", \"text\": \n");
        }
        last_text = line["text"].as_str().unwrap_or_default().to_string();
        last_title = line["title"].as_str().unwrap_or_default().to_string();
    }
    out
}

fn dump(db: &Path) -> String {
    let store = Store::open(db).expect("open the store");
    let mut out = Vec::new();
    store.dump(&mut out).expect("dump");
    String::from_utf8(out).expect("utf-8 dump")
}

fn stored_documents(db: &Path) -> u64 {
    Store::open_read_only(db)
        .and_then(|s| s.counts())
        .map(|c| c.documents)
        .unwrap_or(0)
}

fn ingest(input: &Path, db: &Path) -> Command {
    let mut cmd = entente();
    cmd.arg("ingest")
        .arg(input)
        .arg("--db")
        .arg(db)
        .args(["--batch-size", "7", "--threads", "2"])
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    cmd
}

#[test]
fn killed_ingest_resumes_to_the_same_database() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("corpus.jsonl");
    let n = 1500;
    std::fs::write(&input, corpus(n)).unwrap();
    let stored = n - n / 97; // the mirrors are duplicates

    let clean = dir.path().join("clean.db");
    let status = ingest(&input, &clean).status().unwrap();
    assert_eq!(
        status.code(),
        Some(2),
        "the malformed line makes the exit status 2"
    );
    let expected = dump(&clean);
    assert_eq!(stored_documents(&clean), stored as u64);
    assert!(
        expected.contains("duplicates\t"),
        "the mirrors were recorded"
    );

    let crashed = dir.path().join("crashed.db");
    let mut killed_mid_way = 0;
    // Kill once at start-up (schema creation), then at growing fractions of the corpus.
    for fraction in [0.0, 0.1, 0.35, 0.6, 0.85] {
        let before = stored_documents(&crashed);
        let mut child = ingest(&input, &crashed).spawn().unwrap();
        let target = (fraction * stored as f64) as u64;
        let deadline = Instant::now() + Duration::from_secs(120);
        if fraction == 0.0 {
            std::thread::sleep(Duration::from_millis(5));
        } else {
            while stored_documents(&crashed) < target.max(before + 1)
                && Instant::now() < deadline
                && child.try_wait().unwrap().is_none()
            {
                std::thread::sleep(Duration::from_millis(2));
            }
        }
        child.kill().ok(); // SIGKILL
        let status = child.wait().unwrap();
        let now = stored_documents(&crashed);
        if status.code().is_none() && now > before && now < stored as u64 {
            killed_mid_way += 1;
        }
    }
    assert!(
        killed_mid_way >= 2,
        "the ingest finished before it could be killed; make the corpus larger"
    );
    let status = ingest(&input, &crashed).status().unwrap();
    assert_eq!(status.code(), Some(2));
    assert_eq!(stored_documents(&crashed), stored as u64);
    let got = dump(&crashed);
    if got != expected {
        let diff = got
            .lines()
            .zip(expected.lines())
            .find(|(a, b)| a != b)
            .map(|(a, b)| format!("resumed: {a}\nclean:   {b}"))
            .unwrap_or_else(|| "one dump is a prefix of the other".into());
        panic!("the resumed database differs from the clean one:\n{diff}");
    }

    // A third run changes nothing and says why.
    let out = entente()
        .arg("ingest")
        .arg(&input)
        .arg("--db")
        .arg(&crashed)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("ingested 0 documents"), "{stderr}");
    assert!(
        stderr.contains(&format!("already stored {stored}")),
        "{stderr}"
    );
    assert_eq!(dump(&crashed), expected);
}

const ARTICLES: &str = r#"{"id": "wire-1", "title": "France recalls envoy from Rome", "text": "France recalled its ambassador to Italy on Thursday after a row over migrants. The foreign ministry in Paris said the move was temporary.", "date": "2019-02-08", "source": "Northern Wire", "url": "https://northern-wire.example/recall"}
{"id": "daily-7", "title": "Paris pulls ambassador", "text": "France recalled its ambassador to Italy on Thursday, officials said.", "date": "2019-02-08", "source": "Coastal Daily"}
{"id": "other-1", "title": "Talks in Berlin", "text": "Germany and Poland signed a border agreement on Monday.", "date": "2019-02-11", "source": "Coastal Daily"}
"#;

fn small_store(dir: &Path) -> std::path::PathBuf {
    let input = dir.join("articles.jsonl");
    std::fs::write(&input, ARTICLES).unwrap();
    let db = dir.join("small.db");
    let out = entente()
        .arg("ingest")
        .arg(&input)
        .arg("--db")
        .arg(&db)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    db
}

fn run(args: &[&str], db: &Path) -> String {
    let out = entente().args(args).arg("--db").arg(db).output().unwrap();
    assert!(
        out.status.success(),
        "entente {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn events_export_formats_open_in_standard_readers() {
    let dir = tempfile::tempdir().unwrap();
    let db = small_store(dir.path());

    // Not a terminal: JSON lines by default.
    let jsonl = run(&["events"], &db);
    let lines: Vec<serde_json::Value> = jsonl
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    let recall = lines.iter().find(|v| v["cameo"] == "161").unwrap();
    assert_eq!(recall["num_mentions"], 2);
    assert_eq!(recall["num_sources"], 2);
    assert_eq!(recall["evidence"].as_array().unwrap().len(), 2);

    let csv_text = run(&["events", "--format", "csv", "--cameo", "16"], &db);
    let mut reader = csv::Reader::from_reader(csv_text.as_bytes());
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 1);

    let out = dir.path().join("gdelt.tsv");
    run(
        &[
            "events",
            "--format",
            "gdelt",
            "--out",
            out.to_str().unwrap(),
        ],
        &db,
    );
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b'\t')
        .has_headers(false)
        .quoting(false)
        .from_path(&out)
        .unwrap();
    for r in reader.records() {
        assert_eq!(r.unwrap().len(), 61);
    }

    let mentions = run(&["events", "--mentions", "--format", "csv"], &db);
    let mut reader = csv::Reader::from_reader(mentions.as_bytes());
    assert_eq!(reader.records().count(), 3);

    let table = run(&["events", "--format", "table", "--actor", "POL"], &db);
    assert!(table.contains("057"), "{table}");
    assert_eq!(table.lines().count(), 2, "{table}");

    let parquet = dir.path().join("events.parquet");
    let out = entente()
        .args(["events", "--out", parquet.to_str().unwrap(), "--db"])
        .arg(&db)
        .output()
        .unwrap();
    if cfg!(feature = "parquet") {
        assert!(out.status.success());
        assert_eq!(&std::fs::read(&parquet).unwrap()[..4], b"PAR1");
    } else {
        assert_eq!(out.status.code(), Some(1));
        assert!(String::from_utf8_lossy(&out.stderr).contains("--features parquet"));
    }
}

#[test]
fn dyad_and_docs_commands() {
    let dir = tempfile::tempdir().unwrap();
    let db = small_store(dir.path());
    let text = run(&["dyad", "ITA", "FRA"], &db);
    assert!(text.contains("1 events"), "{text}");
    assert!(text.contains("2019-02"), "{text}");
    let json: serde_json::Value =
        serde_json::from_str(&run(&["dyad", "FRA", "ITA", "--json"], &db)).unwrap();
    assert_eq!(json["events"], 1);
    assert_eq!(json["mentions"], 2);
    assert_eq!(json["quad"][3], 1);

    let doc = run(&["docs", "daily-7"], &db);
    assert!(
        doc.contains("[France] <recalled its ambassador to> {Italy}"),
        "{doc}"
    );
    let doc: serde_json::Value =
        serde_json::from_str(&run(&["docs", "wire-1", "--json"], &db)).unwrap();
    assert_eq!(doc["document"]["id"], "wire-1");
    assert_eq!(doc["events"].as_array().unwrap().len(), 1);

    // Mistakes are named, and nothing is created by a query.
    let out = entente()
        .args(["events", "--db"])
        .arg(dir.path().join("typo.db"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("typo.db"));
    assert!(!dir.path().join("typo.db").exists());
    let out = entente()
        .args(["docs", "nope", "--db"])
        .arg(&db)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let out = entente()
        .args(["events", "--text", "\"unbalanced", "--db"])
        .arg(&db)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("full-text query"));

    // Recode with the same lexicon: nothing to do; forced: the same database.
    let before = dump(&db);
    let out = entente()
        .args(["recode", "--force", "--db"])
        .arg(&db)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(dump(&db), before);
}

//! The `entente` binary end to end: inputs, output contract, exit codes, eval.

use std::io::Write;
use std::process::{Command, Stdio};

fn entente() -> Command {
    Command::new(env!("CARGO_BIN_EXE_entente"))
}

fn shared() -> Option<std::path::PathBuf> {
    let p = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data");
    if p.exists() {
        Some(p)
    } else {
        eprintln!("skipping: ../shared/data is absent");
        None
    }
}

fn records(stdout: &[u8]) -> Vec<serde_json::Value> {
    String::from_utf8_lossy(stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("every output line is JSON"))
        .collect()
}

const ARTICLE: &str = "Ministers meet in Paris\nFrance recalled its ambassador to Italy on Monday, the foreign ministry said.\nRead more: Why Paris and Rome are at odds\n";

#[test]
fn codes_stdin_with_a_date_and_keeps_the_contract() {
    let mut child = entente()
        .args(["code", "-", "--date", "2019-02-07"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(ARTICLE.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let recs = records(&out.stdout);
    let ev = recs
        .iter()
        .find(|r| r["kind"] == "event")
        .expect("the recall is coded");
    assert_eq!(ev["source"]["country"], "FRA");
    assert_eq!(ev["target"]["country"], "ITA");
    assert_eq!(ev["root"], "16");
    assert_eq!(
        ev["date"], "2019-02-04",
        "'on Monday' before a Thursday publication"
    );
    for key in [
        "doc_id",
        "sentence_index",
        "sentence",
        "sentence_span",
        "source",
        "target",
        "cameo",
        "root",
        "cameo_name",
        "goldstein",
        "quad_class",
        "plover",
        "modality",
        "attribution",
        "date",
        "date_precision",
        "location",
        "trigger",
        "lexicon_version",
    ] {
        assert!(ev.get(key).is_some(), "key {key} missing");
    }
    // The span points at the sentence in the text as read.
    let span = &ev["sentence_span"];
    let (a, b) = (
        span[0].as_u64().unwrap() as usize,
        span[1].as_u64().unwrap() as usize,
    );
    assert_eq!(&ARTICLE[a..b], ev["sentence"].as_str().unwrap());
    // Nothing from the boilerplate line.
    assert!(recs.iter().all(|r| !r["sentence"]
        .as_str()
        .unwrap_or("")
        .starts_with("Read more")));
}

#[test]
fn malformed_jsonl_lines_are_reported_and_the_run_continues() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("in.jsonl");
    std::fs::write(
        &path,
        "{\"id\": \"a\", \"title\": \"Talks\", \"text\": \"France recalled its ambassador to Italy on Monday.\", \"date\": \"2019-02-07\"}\n{not json\n{\"id\": \"b\", \"maintext\": \"Italy recalled its ambassador to France on Tuesday.\", \"date_publish\": \"2019-02-08 10:00:00\"}\n",
    )
    .unwrap();
    let out = entente()
        .args(["code", path.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(2),
        "a skipped record is reported in the exit code"
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("in.jsonl:2"),
        "the error names file and line: {err}"
    );
    let recs = records(&out.stdout);
    let docs: Vec<&str> = recs.iter().filter_map(|r| r["doc_id"].as_str()).collect();
    assert!(
        docs.contains(&"a") && docs.contains(&"b"),
        "both good lines are coded: {docs:?}"
    );
}

#[test]
fn all_modalities_adds_labelled_events() {
    let text = "Talks\nFrance did not recall its ambassador to Italy on Monday.\n";
    let run = |extra: &[&str]| {
        let mut child = entente()
            .args(["code", "-", "--date", "2019-02-07"])
            .args(extra)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        child
            .stdin
            .take()
            .unwrap()
            .write_all(text.as_bytes())
            .unwrap();
        records(&child.wait_with_output().unwrap().stdout)
    };
    assert!(
        run(&[]).iter().all(|r| r["kind"] != "event"),
        "negated events are not emitted by default"
    );
    let all = run(&["--all-modalities"]);
    assert!(all
        .iter()
        .any(|r| r["kind"] == "event" && r["modality"] == "negated"));
}

#[test]
fn stats_json_reports_counts() {
    let examples =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/articles.jsonl");
    let out = entente()
        .args([
            "code",
            examples.to_str().unwrap(),
            "--stats-json",
            "--threads",
            "2",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    let stats: serde_json::Value = serde_json::from_str(err.lines().last().unwrap()).unwrap();
    assert_eq!(stats["documents"], 4);
    assert!(stats["sentences"].as_u64().unwrap() > 20);
    assert!(stats["events"].as_u64().unwrap() >= 1);
}

#[test]
fn output_order_does_not_depend_on_threads() {
    let examples =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/articles.jsonl");
    let run = |t: &str| {
        entente()
            .args(["code", examples.to_str().unwrap(), "--threads", t])
            .output()
            .unwrap()
            .stdout
    };
    assert_eq!(run("1"), run("2"));
}

#[test]
fn eval_meets_the_foundation_bar_on_the_seed() {
    let Some(shared) = shared() else { return };
    let out = entente()
        .args(["eval", "--json"])
        .arg(shared.join("seed"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let total = &v["total"];
    let core = total["core"]["recall"].as_f64().unwrap();
    let precision = total["precision"].as_f64().unwrap();
    assert!(core >= 0.6, "seed core recall {core}");
    assert!(precision >= 0.8, "seed precision {precision}");
}

#[test]
fn eval_prints_a_row_for_every_dev_document() {
    let Some(shared) = shared() else { return };
    let out = entente()
        .arg("eval")
        .arg(shared.join("dev"))
        .output()
        .unwrap();
    assert!(out.status.success());
    let table = String::from_utf8_lossy(&out.stdout);
    let golds = std::fs::read_dir(shared.join("dev"))
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().ends_with(".gold.json"))
        .count();
    assert_eq!(golds, 16);
    for e in std::fs::read_dir(shared.join("dev")).unwrap().flatten() {
        let name = e.file_name().to_string_lossy().to_string();
        if let Some(id) = name.strip_suffix(".gold.json") {
            assert!(table.contains(id), "no row for {id}");
        }
    }
    assert!(table.contains("TOTAL"));
}

#[test]
fn actors_resolve_explains_a_title() {
    let out = entente()
        .args([
            "actors",
            "resolve",
            "US Secretary of State",
            "--date",
            "2019-12-04",
            "--json",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["codes"][0]["code"], "USAGOV");
}

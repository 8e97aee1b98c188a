//! Informational harness: the coder with the imported PETRARCH validation dictionaries
//! (`PETR.Validate.*`) over the PETRARCH unit-test sentences (`unittest.jsonl`), scored with the
//! rule of `../shared/data/petrarch2/README.md`: a `sentence="true"` record passes when the set
//! of (source, target, event) triples equals the expected one (`noevents` or `error` expect
//! none). It prints the pass count and never fails on the rate: the gold codes follow
//! PETRARCH-1 pattern semantics, TABARI stems and the `<Config>` options, which Entente does not
//! reproduce. Skipped with a message when `../shared/data` is absent. Set `PETR_SHOW=1` to
//! print every record that does not pass, with what was coded and what was expected.

use std::collections::BTreeMap;
use std::path::Path;

use chrono::NaiveDate;
use entente_coder::{code_document, CodeOptions};
use entente_lexicon::petrarch::{import, DictFile, DictKind, ImportOptions};
use entente_model::Document;

#[test]
fn petrarch_validation_suite_pass_count() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/petrarch2");
    let Ok(records) = std::fs::read_to_string(dir.join("unittest.jsonl")) else {
        eprintln!("skipping: ../shared/data/petrarch2 is absent");
        return;
    };
    let names = [
        "PETR.Validate.actors.txt",
        "PETR.Validate.agents.txt",
        "PETR.Validate.discards.txt",
        "PETR.Validate.verbs.txt",
    ];
    let files: Vec<DictFile> = names
        .iter()
        .map(|n| {
            let text = std::fs::read_to_string(dir.join(n)).expect("validation dictionary");
            DictFile::new(
                DictKind::from_name(n).expect("named like a dictionary"),
                n,
                &text,
            )
        })
        .collect();
    let imported = import(&files, &ImportOptions::default()).expect("import runs");
    let lex = imported
        .compile()
        .expect("the validation dictionaries compile");

    let (mut run, mut passed) = (0usize, 0usize);
    let mut by_category: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    for line in records.lines().filter(|l| !l.trim().is_empty()) {
        let r: serde_json::Value = serde_json::from_str(line).expect("JSON record");
        if r["sentence"] != serde_json::Value::Bool(true) {
            continue;
        }
        let text = r["text"].as_str().unwrap_or_default().to_string();
        let date = r["date"]
            .as_str()
            .and_then(|d| NaiveDate::parse_from_str(d, "%Y%m%d").ok());
        let doc = Document {
            id: r["id"].as_str().unwrap_or_default().to_string(),
            text,
            date,
            ..Document::default()
        };
        let coded = code_document(&lex, &doc, &CodeOptions::default());
        let mut got: Vec<(String, String, String)> = coded
            .events
            .iter()
            .map(|e| {
                (
                    e.source.code.clone(),
                    e.target
                        .as_ref()
                        .map(|t| t.code.clone())
                        .unwrap_or_default(),
                    e.cameo.as_str().to_string(),
                )
            })
            .collect();
        got.sort();
        got.dedup();
        let none_expected = r["noevents"] == serde_json::Value::Bool(true) || !r["error"].is_null();
        let mut want: Vec<(String, String, String)> = if none_expected {
            Vec::new()
        } else {
            r["expected"]
                .as_array()
                .into_iter()
                .flatten()
                .map(|e| {
                    let s = |k: &str| e[k].as_str().unwrap_or_default().to_string();
                    (s("source"), s("target"), s("event"))
                })
                .collect()
        };
        want.sort();
        want.dedup();
        run += 1;
        let ok = got == want;
        if !ok && std::env::var_os("PETR_SHOW").is_some() {
            println!(
                "{} {:?}\n   got  {got:?}\n   want {want:?}\n   {}",
                r["id"], r["category"], r["text"]
            );
        }
        passed += ok as usize;
        let c = by_category
            .entry(r["category"].as_str().unwrap_or("?").to_string())
            .or_default();
        c.0 += 1;
        c.1 += ok as usize;
    }
    println!("PETR.Validate unit-test sentences: {passed} of {run} pass");
    for (cat, (n, ok)) in &by_category {
        println!("  {cat:<10} {ok:>3} / {n}");
    }
    assert!(run > 0, "no sentence=true records read");
}

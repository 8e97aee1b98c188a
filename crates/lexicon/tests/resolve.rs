//! `Lexicon::resolve` on dated mentions (tests/data/mentions.tsv): titles with unknown names,
//! metonyms, organisations, dated group codes, people in and out of office, transliterations.

use chrono::NaiveDate;
use entente_lexicon::Lexicon;

#[test]
fn dated_mentions_resolve_to_the_expected_codes() {
    let lex = Lexicon::embedded().expect("lexicon compiles");
    let data = include_str!("data/mentions.tsv");
    let mut failures = Vec::new();
    let mut checked = 0;
    for (n, line) in data.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        assert_eq!(cols.len(), 3, "mentions.tsv:{}: three columns", n + 1);
        let date = NaiveDate::parse_from_str(cols[1], "%Y-%m-%d").expect("date");
        let got = lex.resolve(cols[0], date);
        let first = got.first().map(|r| r.code.as_str()).unwrap_or("-");
        checked += 1;
        if first != cols[2] {
            failures.push(format!(
                "mentions.tsv:{}: {:?} on {} -> {} (expected {}) {:?}",
                n + 1,
                cols[0],
                cols[1],
                first,
                cols[2],
                got.first().map(|r| &r.entry)
            ));
        }
    }
    assert!(checked >= 150, "only {checked} mentions");
    assert!(
        failures.is_empty(),
        "{} of {checked} wrong:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

//! `entente lexicon import-petrarch` and `--lexicon petrarch:DIR`, end to end, on small
//! dictionaries written for this test.

use std::process::Command;

fn entente() -> Command {
    Command::new(env!("CARGO_BIN_EXE_entente"))
}

const ACTORS: &str = "GONDOR [GON]\n+MINAS_TIRITH\n\nMORDOR [MOR]\n\nGOLLUM\n\t[HOB <950601]\n\t[HOBGOV 950601-990815]\n";
const VERBS: &str = "--- ZORBLE [042] ---\nZORBLE\n- * (INTO +) [0874]\n";

fn dictionaries(extra_actor_line: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("test.actors.txt"),
        format!("{ACTORS}{extra_actor_line}"),
    )
    .unwrap();
    std::fs::write(dir.path().join("test.verbs.txt"), VERBS).unwrap();
    std::fs::write(dir.path().join("test.agents.txt"), "RANGER [~MIL]\n").unwrap();
    dir
}

fn resolve(lexicon: &str, mention: &str, date: &str) -> String {
    let out = entente()
        .args([
            "--lexicon",
            lexicon,
            "actors",
            "resolve",
            mention,
            "--date",
            date,
            "--json",
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    v["codes"][0]["code"]
        .as_str()
        .unwrap_or_default()
        .to_string()
}

#[test]
fn import_petrarch_writes_a_lexicon_that_loads() {
    let dicts = dictionaries("");
    let out = tempfile::tempdir().unwrap();
    let lex = out.path().join("lex");
    let run = entente()
        .args(["lexicon", "import-petrarch"])
        .arg(dicts.path())
        .arg("--out")
        .arg(&lex)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&run.stdout);
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    assert!(
        stdout.contains("patterns: 1 read, 1 translated"),
        "{stdout}"
    );
    assert!(lex.join("petrarch-import.txt").exists());
    let lex = lex.to_str().unwrap();
    assert_eq!(resolve(lex, "Minas Tirith", "2000-01-01"), "GON");
    assert_eq!(resolve(lex, "Gollum", "1997-01-01"), "HOBGOV");
    assert_eq!(resolve(lex, "rangers", "1997-01-01"), "MIL");
}

#[test]
fn petrarch_prefix_imports_in_memory_over_the_built_in_lexicon() {
    let dicts = dictionaries("");
    let spec = format!("petrarch:{}", dicts.path().display());
    assert_eq!(resolve(&spec, "Gollum", "1990-01-01"), "HOB");
    assert_eq!(resolve(&spec, "Morocco", "2020-01-01"), "MAR");
    let out = entente()
        .args(["--lexicon", &spec, "code", "--date", "2020-01-01"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .and_then(|mut child| {
            use std::io::Write;
            child
                .stdin
                .take()
                .unwrap()
                .write_all(b"Gondor zorbled Mordor on Monday.\n")?;
            child.wait_with_output()
        })
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let events: Vec<serde_json::Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert!(
        events.iter().any(|e| e["source"]["code"] == "GON"
            && e["target"]["code"] == "MOR"
            && e["cameo"] == "042"),
        "{events:#?}"
    );
}

#[test]
fn bad_lines_are_reported_with_file_and_line() {
    let dicts = dictionaries("SAURON [MOR 9913-]\n");
    let out = tempfile::tempdir().unwrap();
    let run = entente()
        .args(["lexicon", "import-petrarch"])
        .arg(dicts.path())
        .arg("--out")
        .arg(out.path().join("lex"))
        .output()
        .unwrap();
    assert_eq!(run.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(stderr.contains("test.actors.txt:9:"), "{stderr}");
    // The rest was imported all the same.
    assert_eq!(
        resolve(
            out.path().join("lex").to_str().unwrap(),
            "Mordor",
            "2000-01-01"
        ),
        "MOR"
    );
}

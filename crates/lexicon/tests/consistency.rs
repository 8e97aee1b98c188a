//! The knowledge base is consistent: it compiles (so every pattern parses), every code is made
//! of known parts, and nobody holds the same office twice at once.

use entente_lexicon::{Lexicon, Output};

/// Three-letter prefixes that are not countries but are valid CAMEO actor roots.
const NON_STATE: &[&str] = &["IGO", "NGO", "IMG", "MNC", "NGM", "INT", "UIS"];

fn lexicon() -> Lexicon {
    Lexicon::embedded().unwrap_or_else(|e| panic!("the embedded lexicon must compile: {e}"))
}

fn prefix_known(lex: &Lexicon, code: &str) -> bool {
    let p = &code[..3.min(code.len())];
    lex.country(p).is_some()
        || NON_STATE.contains(&p)
        || lex.regions.iter().any(|r| r.code.as_deref() == Some(p))
}

#[test]
fn every_code_has_a_known_root() {
    let lex = lexicon();
    let mut bad = Vec::new();
    for a in &lex.actors {
        for c in &a.codes {
            if !prefix_known(&lex, &c.code) {
                bad.push(format!("{}#{}: {}", a.file, a.id, c.code));
            }
        }
    }
    for p in &lex.people {
        if !prefix_known(&lex, &p.country) {
            bad.push(format!("{}#{}: country {}", p.file, p.id, p.country));
        }
        for r in &p.roles {
            if !prefix_known(&lex, &r.code) {
                bad.push(format!("{}#{}: {}", p.file, p.id, r.code));
            }
        }
    }
    assert!(
        bad.is_empty(),
        "codes with unknown roots:\n{}",
        bad.join("\n")
    );
}

#[test]
fn nobody_holds_the_same_title_twice_at_once() {
    let lex = lexicon();
    let mut bad = Vec::new();
    for p in &lex.people {
        for (i, a) in p.roles.iter().enumerate() {
            if let Some(to) = a.to {
                assert!(
                    a.from <= to,
                    "{}#{}: {} ends before it starts",
                    p.file,
                    p.id,
                    a.title
                );
            }
            for b in &p.roles[i + 1..] {
                if a.title != b.title || a.code != b.code {
                    continue;
                }
                let a_end = a.to.unwrap_or(chrono::NaiveDate::MAX);
                let b_end = b.to.unwrap_or(chrono::NaiveDate::MAX);
                if a.from < b_end && b.from < a_end {
                    bad.push(format!("{}#{}: {} twice", p.file, p.id, a.title));
                }
            }
        }
    }
    assert!(bad.is_empty(), "overlapping roles:\n{}", bad.join("\n"));
}

#[test]
fn patterns_cover_every_root_and_yield_known_codes() {
    let lex = lexicon();
    let mut roots = [false; 21];
    let mut states = 0;
    for p in &lex.patterns {
        match p.output {
            Output::Event(code) => roots[code.root_number() as usize] = true,
            Output::State(..) => states += 1,
        }
    }
    for (r, seen) in roots.iter().enumerate().skip(1) {
        assert!(seen, "no pattern for CAMEO root {r:02}");
    }
    assert!(states > 20, "relation-state patterns are loaded");
    // Several thousand surface forms once inflected: count the trigger forms at least.
    let triggers: usize = lex.patterns_by_word.len();
    assert!(triggers > 500, "only {triggers} distinct trigger words");
}

#[test]
fn sizes_meet_the_knowledge_base_brief() {
    let lex = lexicon();
    assert!(lex.countries.len() >= 195, "every UN member and observer");
    let igos = lex
        .actors
        .iter()
        .filter(|a| a.codes.iter().any(|c| c.code.starts_with("IGO")))
        .count();
    assert!(igos >= 100, "{igos} intergovernmental organisations");
    assert!(lex.people.len() >= 1000);
    for code in [
        "MAR", "ISR", "USA", "ARE", "PSE", "ESH", "XKX", "TWN", "HKG",
    ] {
        assert!(lex.country(code).is_some(), "{code} missing");
    }
}

#[test]
fn a_lexicon_error_names_file_and_line() {
    let err = Lexicon::compile(&[("events/x.pat", "042 visit +T\n999 nonsense +T\n")])
        .expect_err("an unknown CAMEO code is an error");
    let msg = err.to_string();
    assert!(msg.contains("events/x.pat:2"), "{msg}");
    let err =
        Lexicon::compile(&[("events/y.pat", "042 (visit|tour +T\n")]).expect_err("unbalanced");
    assert!(err.to_string().contains("events/y.pat:1"));
    let err = Lexicon::compile(&[("events/z.pat", "042 visit Morocco\n")]).expect_err("no slot");
    assert!(err.to_string().contains("no actor slot"));
}

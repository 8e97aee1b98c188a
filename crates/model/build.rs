//! Turns `data/cameo.tsv` into a static, sorted table so that CAMEO lookups need no parsing or
//! lazy initialisation at run time.
use std::fmt::Write as _;
use std::path::Path;

fn main() {
    let src = Path::new("data/cameo.tsv");
    println!("cargo:rerun-if-changed={}", src.display());
    let text = std::fs::read_to_string(src).expect("data/cameo.tsv is readable");
    let mut rows: Vec<Vec<&str>> = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        assert!(
            cols.len() == 7,
            "data/cameo.tsv line {}: expected 7 columns",
            n + 1
        );
        let code = cols[0];
        assert!(
            (2..=4).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_digit()),
            "data/cameo.tsv line {}: bad code {code:?}",
            n + 1
        );
        cols[1].parse::<f32>().expect("goldstein is a number");
        assert!(matches!(cols[2], "1" | "2" | "3" | "4"), "quad class 1-4");
        rows.push(cols);
    }
    rows.sort_by(|a, b| a[0].cmp(b[0]));
    for w in rows.windows(2) {
        assert!(w[0][0] != w[1][0], "duplicate CAMEO code {}", w[0][0]);
    }
    let mut out = String::from("/// Every CAMEO 1.1b3 event code, sorted by code.\npub static CAMEO_TABLE: &[CameoEntry] = &[\n");
    let opt = |s: &str| {
        if s.is_empty() {
            "None".to_string()
        } else {
            format!("Some({s:?})")
        }
    };
    for c in &rows {
        let _ = writeln!(
            out,
            "    CameoEntry {{ code: {:?}, goldstein: {:?}_f32, quad_class: {}, plover: {}, plover_mode: {}, plover_context: {}, name: {:?} }},",
            c[0],
            c[1].parse::<f32>().unwrap(),
            c[2],
            opt(c[3]),
            opt(c[4]),
            opt(c[5]),
            c[6]
        );
    }
    out.push_str("];\n");
    let dest = Path::new(&std::env::var("OUT_DIR").unwrap()).join("cameo_table.rs");
    std::fs::write(dest, out).unwrap();
}

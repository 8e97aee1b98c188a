//! Tokenization: spans, norms and flags.

use entente_model::{Span, TokenKind};
use entente_text::{normalize, Tokens};

fn norms(text: &str) -> Vec<String> {
    let mut t = Tokens::new();
    t.tokenize(text, Span::new(0, text.len()));
    (0..t.len()).map(|i| t.norm(i).to_string()).collect()
}

fn surfaces(text: &str) -> Vec<String> {
    let mut t = Tokens::new();
    t.tokenize(text, Span::new(0, text.len()));
    (0..t.len()).map(|i| t.text(text, i).to_string()).collect()
}

#[test]
fn possessives_and_clitics() {
    assert_eq!(
        norms("Israel's envoy and the states' ministers said they'll return; Algeria 's too."),
        [
            "israel",
            "'s",
            "envoy",
            "and",
            "the",
            "states",
            "'",
            "ministers",
            "said",
            "they",
            "'ll",
            "return",
            ";",
            "algeria",
            "'s",
            "too",
            "."
        ]
    );
    assert_eq!(
        norms("Qatar\u{2019}s emir didn\u{2019}t say; we won't, can't and isn't."),
        [
            "qatar", "'s", "emir", "did", "n't", "say", ";", "we", "will", "n't", ",", "can",
            "n't", "and", "is", "n't", "."
        ]
    );
    assert_eq!(
        surfaces("won't O'Brien Qur'an"),
        ["wo", "n't", "O'Brien", "Qur'an"]
    );
}

#[test]
fn hyphenated_compounds_are_one_token() {
    let text = "Saudi-Israeli talks, US-brokered non-aggression pact, decades-old row, al-Qaeda, COVID-19, Saudi\u{2013}Israeli, pre- and post-war";
    let mut t = Tokens::new();
    t.tokenize(text, Span::new(0, text.len()));
    let got: Vec<(&str, bool)> = (0..t.len())
        .map(|i| (t.norm(i), t.tokens[i].hyphenated))
        .collect();
    assert_eq!(
        got,
        [
            ("saudi-israeli", true),
            ("talks", false),
            (",", false),
            ("us-brokered", true),
            ("non-aggression", true),
            ("pact", false),
            (",", false),
            ("decades-old", true),
            ("row", false),
            (",", false),
            ("al-qaeda", true),
            (",", false),
            ("covid-19", true),
            (",", false),
            ("saudi-israeli", true),
            (",", false),
            ("pre", false),
            ("-", false),
            ("and", false),
            ("post-war", true),
        ]
    );
}

#[test]
fn abbreviations_keep_their_dots() {
    assert_eq!(
        norms("Mr. Blinken of the U.S. met U.N. envoys on Jan. 5 at 10 a.m., e.g. in St. Louis."),
        [
            "mr.", "blinken", "of", "the", "u.s.", "met", "u.n.", "envoys", "on", "jan.", "5",
            "at", "10", "a.m.", ",", "e.g.", "in", "st.", "louis", "."
        ]
    );
    assert_eq!(
        norms("George W. Bush and U.S.-led forces; plan B."),
        ["george", "w.", "bush", "and", "u.s.-led", "forces", ";", "plan", "b", "."]
    );
    // "No." is an abbreviation only before a number.
    assert_eq!(norms("No. 10 said no."), ["no.", "10", "said", "no", "."]);
}

#[test]
fn numbers_and_symbols() {
    let text = "Aid of $1.5 billion, 3,000 troops, 3.5% growth on 2020-12-22 and 22/12/2020 at 10:30, in the 1990s; US$170.";
    let mut t = Tokens::new();
    t.tokenize(text, Span::new(0, text.len()));
    let got: Vec<(&str, TokenKind)> = (0..t.len())
        .map(|i| (t.norm(i), t.tokens[i].kind))
        .collect();
    use TokenKind::*;
    assert_eq!(
        got,
        [
            ("aid", Word),
            ("of", Word),
            ("$", Symbol),
            ("1.5", Number),
            ("billion", Word),
            (",", Punct),
            ("3,000", Number),
            ("troops", Word),
            (",", Punct),
            ("3.5", Number),
            ("%", Symbol),
            ("growth", Word),
            ("on", Word),
            ("2020-12-22", Number),
            ("and", Word),
            ("22/12/2020", Number),
            ("at", Word),
            ("10:30", Number),
            (",", Punct),
            ("in", Word),
            ("the", Word),
            ("1990s", Number),
            (";", Punct),
            ("us", Word),
            ("$", Symbol),
            ("170", Number),
            (".", Punct),
        ]
    );
}

#[test]
fn quotes_dashes_and_diacritics_are_normalised() {
    assert_eq!(
        norms("\u{201C}Erdo\u{011F}an\u{201D} \u{2014} Kılıçdaroğlu, Çavuşoğlu, Mélenchon and Sisi \u{2026} \u{2018}yes\u{2019}"),
        [
            "\"", "erdogan", "\"", "-", "kilicdaroglu", ",", "cavusoglu", ",", "melenchon", "and",
            "sisi", "...", "'", "yes", "'"
        ]
    );
    // Decomposed accents fold like composed ones.
    assert_eq!(norms("Me\u{0301}lenchon"), ["melenchon"]);
    assert_eq!(
        normalize("Erdo\u{011F}an\u{2019}s \u{201C}Saudi\u{2013}Israeli\u{201D}"),
        "erdogan's \"saudi-israeli\""
    );
    assert_eq!(norms("Straße Ærø Łódź"), ["strasse", "aero", "lodz"]);
    // Other scripts are lowercased, not dropped.
    assert_eq!(norms("Путин سلام"), ["путин", "سلام"]);
}

#[test]
fn case_flags() {
    let text = "The UAE and US sent U.S. envoys; I met NATO's Stoltenberg.";
    let mut t = Tokens::new();
    t.tokenize(text, Span::new(0, text.len()));
    let flags: Vec<(&str, bool, bool)> = (0..t.len())
        .map(|i| {
            (
                t.text(text, i),
                t.tokens[i].capitalized,
                t.tokens[i].all_caps,
            )
        })
        .collect();
    assert_eq!(
        flags,
        [
            ("The", true, false),
            ("UAE", true, true),
            ("and", false, false),
            ("US", true, true),
            ("sent", false, false),
            ("U.S.", true, true),
            ("envoys", false, false),
            (";", false, false),
            ("I", true, false),
            ("met", false, false),
            ("NATO", true, true),
            ("'s", false, false),
            ("Stoltenberg", true, false),
            (".", false, false),
        ]
    );
}

#[test]
fn spans_are_absolute_and_buffer_is_reusable() {
    let text = "Headline here\nQatar cut ties. Egypt too.";
    let second = text.find("Egypt").unwrap();
    let mut t = Tokens::new();
    t.tokenize(text, Span::new(second, text.len()));
    assert_eq!(t.tokens[0].span, Span::new(second, second + 5));
    assert_eq!(t.text(text, 0), "Egypt");
    let n = t.len();
    t.tokenize(text, Span::new(14, 29));
    assert_eq!(t.len(), n + 4);
    assert_eq!(t.norm(n), "qatar");
    t.clear();
    assert!(t.is_empty());
    assert!(t.norm.is_empty());
}

#[test]
fn bad_spans_are_clamped() {
    let text = "Erdoğan met Putin.";
    let mut t = Tokens::new();
    // Starts inside "ğ" and ends past the text.
    t.tokenize(text, Span::new(5, 500));
    assert_eq!(t.norm(0), "an");
    assert_eq!(t.norm(t.len() - 1), ".");
    t.clear();
    t.tokenize(text, Span::new(10, 3));
    assert!(t.is_empty());
}

#[test]
fn whitespace_and_control_characters() {
    assert_eq!(
        norms("Qatar\u{00A0}and\u{200B}Egypt\tmet\u{FEFF}\u{0007}today"),
        ["qatar", "and", "egypt", "met", "today"]
    );
}

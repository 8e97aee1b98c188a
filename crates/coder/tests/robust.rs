//! Coding never fails: random sentences built from the words the coder's rules look at most
//! (names, role nouns, function words, punctuation, verbs of the patterns) must not panic, and
//! every span must point into the document.

use entente_coder::{code_document, CodeOptions};
use entente_lexicon::Lexicon;
use entente_model::Document;
use proptest::prelude::*;
use std::sync::OnceLock;

fn lexicon() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(|| Lexicon::embedded().expect("lexicon compiles"))
}

const WORDS: &[&str] = &[
    "Israel",
    "Morocco",
    "Israeli",
    "Moroccan",
    "Saudi",
    "Arabia",
    "the",
    "a",
    "UAE",
    "and",
    ",",
    ",",
    ".",
    "?",
    "'s",
    "'",
    "\"",
    "(",
    ")",
    "officials",
    "ambassador",
    "ambassadors",
    "from",
    "of",
    "in",
    "to",
    "by",
    "with",
    "met",
    "visited",
    "urged",
    "them",
    "they",
    "it",
    "he",
    "its",
    "their",
    "who",
    "which",
    "that",
    "said",
    "reported",
    "recalled",
    "severed",
    "ties",
    "relations",
    "have",
    "has",
    "no",
    "not",
    "will",
    "would",
    "is",
    "was",
    "been",
    "due",
    "seeking",
    "agreed",
    "restore",
    "full",
    "diplomatic",
    "two",
    "three",
    "countries",
    "both",
    "Gulf",
    "states",
    "including",
    "such",
    "as",
    "along",
    "Turkish-led",
    "Saudi-Israeli",
    "on",
    "Wednesday",
    "last",
    "week",
    "2019",
    "12",
    "Netanyahu",
    "Blinken",
    "King",
    "Prime",
    "Minister",
    "US",
    "Secretary",
    "of",
    "State",
    "White",
    "House",
    "kingdom",
    "island",
    "dozens",
    "thousands",
    "protesters",
    "in",
    "Istanbul",
    "embassy",
    "reopened",
    "border",
    "closed",
    "airspace",
    "-",
    "\u{2014}",
    "signed",
    "peace",
    "treaty",
    "only",
    "Arab",
    "nations",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]
    #[test]
    fn coding_random_sentences_never_panics(
        sentences in prop::collection::vec(prop::collection::vec(0..WORDS.len(), 0..30), 0..6)
    ) {
        let mut text = String::from("Headline\n");
        for s in &sentences {
            let words: Vec<&str> = s.iter().map(|&i| WORDS[i]).collect();
            text.push_str(&words.join(" "));
            text.push('\n');
        }
        let doc = Document {
            id: "p".into(),
            text: text.clone(),
            date: chrono::NaiveDate::from_ymd_opt(2019, 12, 4),
            has_headline: true,
            ..Document::default()
        };
        let opts = CodeOptions { all_modalities: true, explain: true };
        let coded = code_document(lexicon(), &doc, &opts);
        for e in &coded.events {
            prop_assert!(text.get(e.sentence_span.start as usize..e.sentence_span.end as usize).is_some());
            prop_assert!(text.get(e.source.span.start as usize..e.source.span.end as usize).is_some());
            prop_assert!(text.get(e.trigger.span.start as usize..e.trigger.span.end as usize).is_some());
        }
    }
}

#[test]
fn strange_documents_yield_fewer_events_not_errors() {
    let lex = lexicon();
    for text in [
        "",
        "\n\n\n",
        "Headline only",
        "and and and , , , the the 's 's",
        "\u{feff}Israel\u{200b} met\u{00a0}Morocco.",
        &"Israel met Morocco and ".repeat(2000),
        "Israel met Morocco in 1948-2000-3000-4000 on 31/31/2019.",
        "Talks\nOfficials met Israeli and",
        "Talks\nIsraeli , Moroccan and",
    ] {
        let doc = Document {
            id: "x".into(),
            text: text.to_string(),
            date: None,
            has_headline: true,
            ..Document::default()
        };
        let _ = code_document(lex, &doc, &CodeOptions::default());
    }
}

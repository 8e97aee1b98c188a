//! Constructions the coder reads, each on sentences written for this test.

use chrono::NaiveDate;
use entente_coder::{code_document, CodeOptions};
use entente_lexicon::Lexicon;
use entente_model::{Document, Modality};

fn code(body: &str) -> entente_coder::Coded {
    let lex = Lexicon::embedded().unwrap();
    let doc = Document {
        id: "t".into(),
        title: Some("Report".into()),
        text: format!("Report\n{body}"),
        date: NaiveDate::from_ymd_opt(2021, 3, 2),
        has_headline: true,
        ..Document::default()
    };
    code_document(&lex, &doc, &CodeOptions::default())
}

#[test]
fn one_coordinated_phrase_fills_both_sides_of_between() {
    let c = code("The meeting between Chile and Norway was cordial.\nTies between Chile and Norway were restored on Monday.");
    let dyads: Vec<(String, String, &str)> = c
        .events
        .iter()
        .map(|e| {
            (
                e.source.code.clone(),
                e.target.as_ref().unwrap().code.clone(),
                e.cameo.root(),
            )
        })
        .collect();
    assert!(
        dyads.contains(&("CHL".into(), "NOR".into(), "04")),
        "{dyads:?}"
    );
    assert!(
        dyads.contains(&("CHL".into(), "NOR".into(), "05")),
        "{dyads:?}"
    );
    assert!(
        c.states
            .iter()
            .any(|s| s.relation.as_str() == "diplomatic_relations" && s.value == "full"),
        "{:?}",
        c.states
    );
}

#[test]
fn a_coordinated_verb_shares_the_future_auxiliary() {
    let c = code("Chile and Norway will reopen their borders and resume diplomatic ties.");
    let resume = c
        .events
        .iter()
        .find(|e| e.trigger.text.starts_with("resume"))
        .expect("resume is coded");
    assert_eq!(resume.modality, Modality::Future);
}

#[test]
fn the_two_countries_are_countries_not_companies() {
    let c = code(
        "Chile and Norway signed a fisheries deal, the Chilean minister said on Twitter.\nThe two countries will resume diplomatic ties.",
    );
    let e = c
        .events
        .iter()
        .find(|e| e.sentence_index == 2)
        .expect("the second sentence is coded");
    let mut pair = [
        e.source.country.clone().unwrap(),
        e.target.as_ref().unwrap().country.clone().unwrap(),
    ];
    pair.sort();
    assert_eq!(pair, ["CHL".to_string(), "NOR".to_string()]);
}

#[test]
fn quotation_marks_do_not_break_a_pattern() {
    let c = code("Chile is cancelling the \"completely unfair deal\" with Norway.");
    assert!(
        c.events.iter().any(|e| e.cameo.root() == "16"
            && e.target.as_ref().and_then(|t| t.country.as_deref()) == Some("NOR")),
        "{:?}",
        c.events
    );
}

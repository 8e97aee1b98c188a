//! End to end: articles written for these tests are coded into a store in memory, then asked
//! about at several cut-offs.

use chrono::NaiveDate;
use entente_lexicon::Lexicon;
use entente_model::Document;
use entente_relations::{ask, brief, AskError, Intent, Signal, Verdict};
use entente_store::{IngestOptions, Store};

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn doc(id: &str, date: &str, title: &str, body: &str) -> Document {
    Document {
        id: id.into(),
        title: Some(title.into()),
        text: format!("{title}\n{body}"),
        date: Some(d(date)),
        has_headline: true,
        ..Document::default()
    }
}

/// A rupture, a year of silence, talks, then a restoration, between two countries.
fn store(lex: &Lexicon) -> Store {
    let docs = vec![
        doc(
            "rupture",
            "2001-03-06",
            "Chile cuts ties with Norway",
            "Chile severed diplomatic relations with Norway on Monday after a dispute over \
             fishing rights.\nThe Chilean government expelled two Norwegian diplomats.",
        ),
        doc(
            "talks",
            "2003-02-11",
            "Chile and Norway hold talks",
            "Chilean and Norwegian officials met in Geneva on Monday to discuss restoring \
             relations.\nChile said it wanted to restore diplomatic relations with Norway.",
        ),
        doc(
            "restoration",
            "2003-05-06",
            "Chile and Norway restore relations",
            "Chile and Norway restored full diplomatic relations on Monday.\nNorway reopened \
             its embassy in Santiago.",
        ),
    ];
    let mut store = Store::open_in_memory().unwrap();
    store
        .ingest(
            lex,
            docs.into_iter().map(Ok),
            &IngestOptions::default(),
            &mut (),
        )
        .unwrap();
    store
}

#[test]
fn verdicts_follow_the_cut_off() {
    let lex = Lexicon::embedded().unwrap();
    let store = store(&lex);
    let q = "Is Chile normalising ties with Norway?";
    let verdict = |as_of: &str| {
        ask(&store, &lex, q, Some(d(as_of)))
            .unwrap()
            .verdict
            .unwrap()
    };
    // Nothing published yet.
    assert_eq!(verdict("2001-03-01"), Verdict::Unknown);
    // A rupture days ago.
    assert_eq!(verdict("2001-03-10"), Verdict::Deteriorating);
    // The rupture is old and nothing followed.
    assert_eq!(verdict("2002-06-01"), Verdict::NotNormalising);
    // Talks and a stated wish to restore relations.
    assert_eq!(verdict("2003-02-20"), Verdict::InProgress);
    // Restored.
    assert_eq!(verdict("2003-05-06"), Verdict::Normalised);
    assert_eq!(verdict("2004-01-01"), Verdict::Normalised);
}

#[test]
fn answers_cite_the_decisive_evidence() {
    let lex = Lexicon::embedded().unwrap();
    let store = store(&lex);
    let a = ask(
        &store,
        &lex,
        "Are Norway and Chile restoring relations?",
        Some(d("2003-05-06")),
    )
    .unwrap();
    assert_eq!(a.dyad, [Some("NOR".into()), Some("CHL".into())]);
    assert_eq!(a.intent, Intent::Status);
    let first = &a.evidence[0];
    assert_eq!(first.doc_id, "restoration");
    assert_eq!(first.signal, Signal::Formal);
    // Every citation is from a document published by the cut-off, and says where it is.
    assert!(a.evidence.iter().all(|e| e.published <= a.as_of));
    assert!(a.evidence.iter().all(|e| !e.sentence.is_empty()));
    assert!(a.summary.contains("normalised"), "{}", a.summary);
    // The status over time: cut, then restored.
    let verdicts: Vec<Verdict> = a.history.iter().map(|h| h.verdict).collect();
    assert_eq!(
        verdicts.first(),
        Some(&Verdict::Deteriorating),
        "{:?}",
        a.history
    );
    assert_eq!(
        verdicts.last(),
        Some(&Verdict::Normalised),
        "{:?}",
        a.history
    );
    assert!(a.history.windows(2).all(|w| w[0].date < w[1].date));
    // The timeline is in date order and reaches back to the rupture.
    assert!(a.timeline.windows(2).all(|w| w[0].date <= w[1].date));
    assert_eq!(a.timeline[0].signal, Signal::Rupture);
    // The JSON carries the documented keys.
    let v = serde_json::to_value(&a).unwrap();
    for key in [
        "question", "dyad", "as_of", "verdict", "summary", "timeline", "evidence",
    ] {
        assert!(v.get(key).is_some(), "missing {key}");
    }
    for key in [
        "doc_id",
        "sentence_index",
        "sentence",
        "date",
        "kind",
        "cameo",
        "attribution",
    ] {
        assert!(v["evidence"][0].get(key).is_some(), "evidence lacks {key}");
    }
}

#[test]
fn rupture_questions_answer_yes_or_no() {
    let lex = Lexicon::embedded().unwrap();
    let store = store(&lex);
    let a = ask(
        &store,
        &lex,
        "Has Chile cut ties with Norway?",
        Some(d("2001-04-01")),
    )
    .unwrap();
    assert_eq!(a.intent, Intent::Rupture);
    assert_eq!(a.answer, Some("yes"));
    let b = ask(
        &store,
        &lex,
        "Has Norway cut ties with Chile?",
        Some(d("2001-04-01")),
    )
    .unwrap();
    assert_eq!(b.answer, Some("no"));
}

#[test]
fn change_and_meeting_questions() {
    let lex = Lexicon::embedded().unwrap();
    let store = store(&lex);
    let a = ask(
        &store,
        &lex,
        "How have relations between Chile and Norway changed since 2002?",
        Some(d("2003-06-01")),
    )
    .unwrap();
    assert_eq!(a.intent, Intent::Change);
    assert_eq!(a.from, Some(d("2002-01-01")));
    assert!(
        a.summary.contains("On 2002-01-01: not_normalising"),
        "{}",
        a.summary
    );
    assert!(a.timeline.iter().all(|t| t.date >= d("2002-01-01")));

    let m = ask(
        &store,
        &lex,
        "Who has Chile met with this year?",
        Some(d("2003-06-01")),
    )
    .unwrap();
    assert_eq!(m.intent, Intent::Meetings);
    assert_eq!(m.verdict, None);
    assert!(
        m.partners.iter().any(|p| p.code == "NOR"),
        "{:?}",
        m.partners
    );
}

#[test]
fn questions_not_understood_say_what_was() {
    let lex = Lexicon::embedded().unwrap();
    let store = store(&lex);
    let e = ask(
        &store,
        &lex,
        "Is Ruritania normalising ties with Chile?",
        None,
    )
    .unwrap_err();
    assert!(e.is_user_error());
    let msg = e.to_string();
    assert!(
        msg.contains("Chile (CHL)") && msg.contains("\"Ruritania\""),
        "{msg}"
    );
    let e = ask(&store, &lex, "", None).unwrap_err();
    assert!(matches!(e, AskError::NotUnderstood(_)));
    let e = ask(&store, &lex, "Are Chile, Norway and Peru talking?", None).unwrap_err();
    assert!(e.to_string().contains("one pair at a time"), "{e}");
}

#[test]
fn a_brief_lists_every_partner() {
    let lex = Lexicon::embedded().unwrap();
    let store = store(&lex);
    let b = brief(&store, &lex, "Chilean", Some(d("2003-05-10"))).unwrap();
    assert_eq!(b.country, "CHL");
    let nor = b.partners.iter().find(|p| p.partner == "NOR").unwrap();
    assert_eq!(nor.verdict, Verdict::Normalised);
    assert!(nor.cooperative > 0 && nor.conflictual > 0);
    assert!(brief(&store, &lex, "Atlantis", None)
        .unwrap_err()
        .is_user_error());
}

#[test]
fn a_brief_among_a_region_names_its_silent_members() {
    let lex = Lexicon::embedded().unwrap();
    let store = store(&lex);
    let b = entente_relations::brief_among(
        &store,
        &lex,
        "CHL",
        Some("the Nordic countries"),
        Some(d("2003-05-10")),
    )
    .unwrap();
    assert_eq!(b.among.as_deref(), Some("Nordic countries"));
    assert_eq!(b.partners.len(), 1);
    assert_eq!(b.partners[0].partner, "NOR");
    assert!(b.silent.iter().any(|c| c == "SWE"), "{:?}", b.silent);
    assert!(!b.silent.iter().any(|c| c == "NOR"));
    let e =
        entente_relations::brief_among(&store, &lex, "CHL", Some("Atlantis"), None).unwrap_err();
    assert!(e.is_user_error());
}

//! The store: schema, idempotent ingest, deduplication across articles, queries, recode.

mod common;

use common::*;
use entente_model::{DatePrecision, Modality};
use entente_store::{
    ActorMatch, EventFilter, EventOrder, IngestOptions, SkipReason, Store, StoreError,
    SCHEMA_VERSION,
};

#[test]
fn migrations_run_on_an_empty_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("empty.db");
    std::fs::write(&path, b"").unwrap();
    let store = Store::open(&path).unwrap();
    assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
    assert_eq!(store.counts().unwrap(), Default::default());
    drop(store);
    // Reopening applies nothing and keeps the version; read-only opening works too.
    let store = Store::open(&path).unwrap();
    assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
    let ro = Store::open_read_only(&path).unwrap();
    assert_eq!(ro.schema_version().unwrap(), SCHEMA_VERSION);
}

#[test]
fn foreign_and_newer_files_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let text = dir.path().join("notes.db");
    std::fs::write(&text, "these are my notes, not a database\n".repeat(200)).unwrap();
    let err = Store::open(&text).unwrap_err();
    assert!(matches!(err, StoreError::NotAStore { .. }), "{err}");
    assert!(err.to_string().contains("notes.db"), "{err}");

    let other = dir.path().join("other.db");
    {
        let conn = rusqlite::Connection::open(&other).unwrap();
        conn.execute_batch("CREATE TABLE t (x)").unwrap();
    }
    let err = Store::open(&other).unwrap_err();
    assert!(matches!(err, StoreError::NotAStore { .. }), "{err}");

    let newer = dir.path().join("newer.db");
    {
        let conn = rusqlite::Connection::open(&newer).unwrap();
        conn.pragma_update(None, "user_version", SCHEMA_VERSION as i64 + 1)
            .unwrap();
    }
    let err = Store::open(&newer).unwrap_err();
    assert!(matches!(err, StoreError::TooNew { .. }), "{err}");

    let missing = dir.path().join("missing.db");
    assert!(Store::open_read_only(&missing).is_err());
    assert!(
        !missing.exists(),
        "a read-only open must not create the file"
    );
}

#[test]
fn reports_of_the_same_event_become_one_event() {
    let mut store = Store::open_in_memory().unwrap();
    let report = ingest(&mut store, recall_articles());
    assert_eq!(report.documents, 5);
    assert_eq!(report.skipped(), 0);
    assert_dyad_counts_match_events(&store);

    let recalls = store
        .events(&EventFilter {
            dyad: Some((
                ActorMatch::parse("FRA").unwrap(),
                ActorMatch::parse("ITA").unwrap(),
            )),
            cameo: vec!["16".into()],
            ..EventFilter::default()
        })
        .unwrap();
    assert_eq!(recalls.len(), 2, "{recalls:#?}");
    // The 2017 recall is another event.
    let old = &recalls[0];
    assert_eq!(old.date.unwrap().date, date(2017, 3, 1));
    assert_eq!(old.num_mentions, 1);
    // This week's recall: three reports, three articles, three publishers; the day-precise
    // reports fix its date inside the "this week" report's week.
    let e = &recalls[1];
    assert_eq!(e.cameo.as_str(), "161");
    assert_eq!(e.source.code, "FRA");
    assert_eq!(e.target.as_ref().unwrap().code, "ITA");
    assert_eq!(e.date.unwrap().date, date(2019, 2, 7));
    assert_eq!(e.date.unwrap().precision, DatePrecision::Day);
    assert_eq!((e.num_mentions, e.num_articles, e.num_sources), (3, 3, 3));
    assert_eq!(e.first_reported, Some(date(2019, 2, 8)));
    assert!(e.is_root, "reported in a lead sentence");

    // Every report is kept as evidence, with spans into its own document.
    let evidence = store.event_mentions(e.id).unwrap();
    let docs: Vec<&str> = evidence.iter().map(|m| m.event.doc_id.as_str()).collect();
    assert_eq!(docs, ["wire-1", "daily-7", "weekly-3"]);
    for m in &evidence {
        let view = store.document(&m.event.doc_id).unwrap().unwrap();
        let text = &view.document.text;
        assert_eq!(m.event.sentence_span.slice(text), m.event.sentence);
        assert_eq!(m.event.trigger.span.slice(text), m.event.trigger.text);
        assert_eq!(m.event.source.span.slice(text), m.event.source.text);
        assert_eq!(m.event_id, e.id);
    }
    assert_eq!(
        evidence[2].event.date.unwrap().precision,
        DatePrecision::Week,
        "a mention keeps its own date"
    );
}

#[test]
fn dedup_does_not_depend_on_which_report_comes_first() {
    let mut docs = recall_articles();
    docs.swap(0, 2); // the week-precision report first
    let mut store = Store::open_in_memory().unwrap();
    ingest(&mut store, docs);
    let e = store
        .events(&EventFilter {
            source: Some(ActorMatch::parse("FRA").unwrap()),
            from: Some(date(2019, 1, 1)),
            ..EventFilter::default()
        })
        .unwrap();
    assert_eq!(e.len(), 1);
    assert_eq!((e[0].num_mentions, e[0].num_sources), (3, 3));
    assert_eq!(e[0].date.unwrap().date, date(2019, 2, 7));
    assert_eq!(e[0].date.unwrap().precision, DatePrecision::Day);
}

#[test]
fn a_precise_report_can_move_an_event_to_another_month() {
    let docs = vec![
        article(
            "week-1",
            "Envoy recalled",
            "France recalled its ambassador to Italy this week.",
            date(2019, 1, 30),
            "Weekly Review",
            None,
        ),
        article(
            "day-1",
            "Envoy recalled on Friday",
            "France recalled its ambassador to Italy on Friday.",
            date(2019, 2, 2),
            "Coastal Daily",
            None,
        ),
    ];
    let mut store = Store::open_in_memory().unwrap();
    ingest(&mut store, docs);
    let e = store.events(&EventFilter::default()).unwrap();
    assert_eq!(e.len(), 1, "{e:#?}");
    assert_eq!(e[0].date.unwrap().date, date(2019, 2, 1));
    let s = store
        .dyad(
            &ActorMatch::parse("FRA").unwrap(),
            &ActorMatch::parse("ITA").unwrap(),
            true,
            &EventFilter::default(),
            1,
        )
        .unwrap();
    let months: Vec<(&str, u64, u64)> = s
        .months
        .iter()
        .map(|m| (m.month.as_str(), m.events, m.mentions))
        .collect();
    assert_eq!(months, [("2019-02", 1, 2)]);
    assert_dyad_counts_match_events(&store);
}

#[test]
fn one_publisher_twice_is_one_source() {
    let mut docs = recall_articles();
    docs.truncate(2);
    docs[1].source = Some("northern wire ".into());
    let mut store = Store::open_in_memory().unwrap();
    ingest(&mut store, docs);
    let e = store.events(&EventFilter::default()).unwrap();
    assert_eq!(e.len(), 1);
    assert_eq!(
        (e[0].num_mentions, e[0].num_articles, e[0].num_sources),
        (2, 2, 1)
    );
}

#[test]
fn reingest_is_idempotent_and_counts_skips() {
    let mut store = Store::open_in_memory().unwrap();
    ingest(&mut store, recall_articles());
    let before = dump(&store);
    let again = ingest(&mut store, recall_articles());
    assert_eq!(again.documents, 0);
    assert_eq!(again.skipped_already_stored, 5);
    assert_eq!(dump(&store), before);

    // The same text under another id is a duplicate: skipped, and the copy remembered.
    let mut copy = recall_articles().remove(0);
    copy.id = "mirror-9".into();
    copy.url = Some("https://mirror.example/9".into());
    // A different text under a stored id is a conflict: the stored one is kept.
    let mut changed = recall_articles().remove(1);
    changed.text.push_str(" Updated.");
    let mut reasons = Vec::new();
    struct Collect<'a>(&'a mut Vec<(String, SkipReason)>);
    impl entente_store::IngestObserver for Collect<'_> {
        fn skipped(&mut self, id: &str, reason: &SkipReason) {
            self.0.push((id.to_string(), reason.clone()));
        }
    }
    let report = store
        .ingest(
            lexicon(),
            vec![Ok(copy.clone()), Ok(changed), Ok(copy)],
            &IngestOptions::default(),
            &mut Collect(&mut reasons),
        )
        .unwrap();
    assert_eq!(report.documents, 0);
    assert_eq!(report.skipped_duplicate_content, 2);
    assert_eq!(report.skipped_id_conflict, 1);
    assert_eq!(
        reasons[0],
        (
            "mirror-9".to_string(),
            SkipReason::DuplicateContent {
                same_as: "wire-1".into()
            }
        )
    );
    assert_eq!(reasons[1], ("daily-7".to_string(), SkipReason::IdConflict));
    let view = store.document("wire-1").unwrap().unwrap();
    assert_eq!(view.duplicates, ["mirror-9"]);
    assert_eq!(store.counts().unwrap().duplicates, 1);
}

#[test]
fn duplicates_inside_one_input_are_stored_once() {
    let mut docs = recall_articles();
    docs.push(docs[0].clone());
    let mut store = Store::open_in_memory().unwrap();
    let report = ingest(&mut store, docs);
    assert_eq!(report.documents, 5);
    assert_eq!(report.skipped_already_stored, 1);
}

#[test]
fn filters_select_events() {
    let mut store = Store::open_in_memory().unwrap();
    ingest(&mut store, recall_articles());
    let count = |f: EventFilter| store.events(&f).unwrap().len();
    let all = count(EventFilter::default());
    assert_eq!(all, 3);
    let fra = || Some(ActorMatch::parse("FRA").unwrap());
    assert_eq!(
        count(EventFilter {
            actor: fra(),
            ..Default::default()
        }),
        2
    );
    assert_eq!(
        count(EventFilter {
            actor: Some(ActorMatch::parse("ITA").unwrap()),
            ..Default::default()
        }),
        2,
        "either side"
    );
    assert_eq!(
        count(EventFilter {
            target: fra(),
            ..Default::default()
        }),
        0
    );
    assert_eq!(
        count(EventFilter {
            source: Some(ActorMatch::parse("DEU").unwrap()),
            ..Default::default()
        }),
        1
    );
    assert_eq!(
        count(EventFilter {
            dyad: Some((
                ActorMatch::parse("ITA").unwrap(),
                ActorMatch::parse("FRA").unwrap()
            )),
            ..Default::default()
        }),
        2,
        "a dyad goes both ways"
    );
    assert_eq!(
        count(EventFilter {
            cameo: vec!["05".into()],
            ..Default::default()
        }),
        1
    );
    assert_eq!(
        count(EventFilter {
            cameo: vec!["161".into()],
            ..Default::default()
        }),
        2
    );
    assert_eq!(
        count(EventFilter {
            quad_classes: vec![4],
            ..Default::default()
        }),
        2
    );
    assert_eq!(
        count(EventFilter {
            quad_classes: vec![1, 2],
            ..Default::default()
        }),
        1
    );
    assert_eq!(
        count(EventFilter {
            quad_classes: vec![3],
            ..Default::default()
        }),
        0
    );
    assert_eq!(
        count(EventFilter {
            modalities: Some(vec![Modality::Negated]),
            ..Default::default()
        }),
        0
    );
    assert_eq!(
        count(EventFilter {
            from: Some(date(2019, 2, 8)),
            to: Some(date(2019, 12, 31)),
            ..Default::default()
        }),
        1,
        "the German-Polish agreement (the recall was on 7 February)"
    );
    assert_eq!(
        count(EventFilter {
            to: Some(date(2018, 1, 1)),
            ..Default::default()
        }),
        1
    );
    // Full text: any report's sentence.
    assert_eq!(
        count(EventFilter {
            text: Some("officials".into()),
            ..Default::default()
        }),
        1
    );
    assert_eq!(
        count(EventFilter {
            text: Some("\"border agreement\"".into()),
            ..Default::default()
        }),
        1
    );
    assert_eq!(
        count(EventFilter {
            min_sources: 2,
            ..Default::default()
        }),
        1
    );
    let mentions = store
        .mentions(&EventFilter {
            text: Some("officials".into()),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(mentions.len(), 1, "mentions match on their own sentence");
    assert_eq!(mentions[0].event.doc_id, "daily-7");

    let notable = store
        .events(&EventFilter {
            order: EventOrder::Notable,
            limit: Some(1),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(notable[0].num_sources, 3);

    for bad in [
        EventFilter {
            text: Some("\"unbalanced".into()),
            ..Default::default()
        },
        EventFilter {
            cameo: vec!["999".into()],
            ..Default::default()
        },
        EventFilter {
            quad_classes: vec![5],
            ..Default::default()
        },
    ] {
        let err = store.events(&bad).unwrap_err();
        assert!(matches!(err, StoreError::InvalidQuery(_)), "{err}");
    }
    assert!(ActorMatch::parse("France").is_err());
}

#[test]
fn dyad_summary() {
    let mut store = Store::open_in_memory().unwrap();
    ingest(&mut store, recall_articles());
    let fra = ActorMatch::parse("FRA").unwrap();
    let ita = ActorMatch::parse("ITA").unwrap();
    let s = store
        .dyad(&ita, &fra, false, &EventFilter::default(), 5)
        .unwrap();
    assert_eq!((s.events, s.a_to_b, s.b_to_a), (2, 0, 2));
    assert_eq!(s.mentions, 4);
    assert_eq!(s.quad, [0, 0, 0, 2]);
    let months: Vec<&str> = s.months.iter().map(|m| m.month.as_str()).collect();
    assert_eq!(months, ["2017-03", "2019-02"]);
    assert_eq!(
        s.first.as_ref().unwrap().date.unwrap().date,
        date(2017, 3, 1)
    );
    assert_eq!(
        s.last.as_ref().unwrap().date.unwrap().date,
        date(2019, 2, 7)
    );
    assert_eq!(s.notable[0].num_sources, 3);
    let g = s.goldstein_mean.unwrap();
    assert!((s.goldstein_sum - 2.0 * g).abs() < 1e-9 && g < 0.0);
    assert_eq!(s.states.len(), 1, "the latest ambassador state");
    assert_eq!(s.states[0].state.value, "recalled");
    let directed = store
        .dyad(&ita, &fra, true, &EventFilter::default(), 5)
        .unwrap();
    assert_eq!(directed.events, 0);
    // JSON form for machines.
    let json = serde_json::to_value(&s).unwrap();
    assert_eq!(json["months"][1]["quad"][3], 1);
}

#[test]
fn document_view() {
    let mut store = Store::open_in_memory().unwrap();
    ingest(&mut store, recall_articles());
    let v = store.document("daily-7").unwrap().unwrap();
    assert_eq!(v.document.source.as_deref(), Some("Coastal Daily"));
    assert_eq!(v.sentences.len(), 3);
    assert_eq!(v.mentions.len(), 1);
    assert_eq!(v.states.len(), 1);
    assert_eq!(v.content_hash.len(), 64);
    // By URL too.
    let by_url = store
        .document("https://coastal-daily.example/paris-pulls-ambassador")
        .unwrap()
        .unwrap();
    assert_eq!(by_url.document.id, "daily-7");
    assert!(store.document("nope").unwrap().is_none());
}

#[test]
fn recode_rebuilds_what_a_fresh_ingest_writes() {
    let mut fresh = Store::open_in_memory().unwrap();
    ingest(&mut fresh, recall_articles());
    let expected = dump(&fresh);

    // Nothing to do when the lexicon has not changed...
    let opts = IngestOptions {
        threads: 1,
        batch_size: 2,
    };
    let r = fresh.recode(lexicon(), &opts, false, &mut |_| {}).unwrap();
    assert_eq!(r.documents, 0);
    // ...and forced, the same database again.
    let r = fresh.recode(lexicon(), &opts, true, &mut |_| {}).unwrap();
    assert_eq!((r.documents, r.total_documents), (5, 5));
    assert_eq!(dump(&fresh), expected);

    // Interrupted after its first batch: ingest refuses, a second recode finishes the job.
    let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        fresh
            .recode(lexicon(), &opts, true, &mut |_| panic!("killed"))
            .unwrap();
    }));
    assert!(outcome.is_err());
    let err = fresh
        .ingest(lexicon(), Vec::new(), &IngestOptions::default(), &mut ())
        .unwrap_err();
    assert!(
        matches!(
            err,
            StoreError::RecodeInProgress {
                done: 2,
                total: 5,
                ..
            }
        ),
        "{err}"
    );
    let r = fresh.recode(lexicon(), &opts, false, &mut |_| {}).unwrap();
    assert!(r.resumed);
    assert_eq!(r.documents, 3);
    assert_eq!(dump(&fresh), expected);
}

#[test]
fn synthetic_store_answers_dyads() {
    let mut store = Store::open_in_memory().unwrap();
    let spec = entente_store::synthetic::SyntheticSpec {
        events: 20_000,
        ..Default::default()
    };
    let made = entente_store::synthetic::generate(&mut store, &spec).unwrap();
    let counts = store.counts().unwrap();
    assert_eq!(counts.events, 20_000);
    assert_eq!(counts.mentions, made.mentions);
    let usa = ActorMatch::parse("USA").unwrap();
    let chn = ActorMatch::parse("CHN").unwrap();
    let all_modalities = EventFilter {
        modalities: Some(vec![
            Modality::Assertion,
            Modality::Intent,
            Modality::Future,
            Modality::Negated,
            Modality::Hypothetical,
            Modality::Question,
        ]),
        ..Default::default()
    };
    let s = store.dyad(&usa, &chn, false, &all_modalities, 10).unwrap();
    let listed = store
        .count_events(&EventFilter {
            dyad: Some((usa, chn)),
            ..all_modalities
        })
        .unwrap();
    assert_eq!(s.events, listed);
    assert!(s.events > 100, "USA-CHN is a large dyad: {}", s.events);
    assert_eq!(s.months.iter().map(|m| m.events).sum::<u64>(), s.events);
    assert_eq!(s.quad.iter().sum::<u64>(), s.events);
    assert_eq!(s.notable.len(), 10);
    assert!(s
        .notable
        .windows(2)
        .all(|w| w[0].num_sources >= w[1].num_sources));
    assert_dyad_counts_match_events(&store);
    // Mentions agree with the events' counts.
    let m = store.event_mentions(s.notable[0].id).unwrap();
    assert_eq!(m.len() as u64, s.notable[0].num_mentions);
}

#[test]
fn wikinews_sample_ingests_consistently() {
    let Some(path) = wikinews() else { return };
    let docs: Vec<_> = entente_text::read_inputs(&[path], None).take(200).collect();
    let mut store = Store::open_in_memory().unwrap();
    let report = store
        .ingest(lexicon(), docs, &IngestOptions::default(), &mut ())
        .unwrap();
    let counts = store.counts().unwrap();
    assert_eq!(counts.documents, report.documents);
    assert_eq!(counts.sentences, report.sentences);
    assert_eq!(counts.mentions, report.mentions);
    assert_eq!(counts.events, report.new_events);
    assert_eq!(counts.states, report.states);
    assert!(report.mentions > 0);
    assert_dyad_counts_match_events(&store);
}

/// The maintained monthly counts give what a scan of the events gives, for every dyad.
fn assert_dyad_counts_match_events(store: &Store) {
    let every = EventFilter {
        modalities: Some(vec![
            Modality::Assertion,
            Modality::Intent,
            Modality::Future,
            Modality::Negated,
            Modality::Hypothetical,
            Modality::Question,
        ]),
        ..Default::default()
    };
    // A far `to` forces the scan of events; undated events drop out of both sides' months.
    let scan = EventFilter {
        to: Some(date(9999, 12, 31)),
        ..every.clone()
    };
    let mut dyads = std::collections::BTreeSet::new();
    for e in store.events(&every).unwrap() {
        if let (Some(s), Some(t)) = (
            &e.source.country,
            e.target.as_ref().and_then(|t| t.country.clone()),
        ) {
            dyads.insert((s.clone(), t));
        }
    }
    assert!(!dyads.is_empty());
    for (a, b) in dyads {
        let (a, b) = (ActorMatch::Country(a), ActorMatch::Country(b));
        let fast = store.dyad(&a, &b, false, &every, 3).unwrap();
        let slow = store.dyad(&a, &b, false, &scan, 3).unwrap();
        assert_eq!(fast.months.len(), slow.months.len(), "{a}-{b}");
        for (f, s) in fast.months.iter().zip(&slow.months) {
            assert_eq!(
                (&f.month, f.quad, f.events, f.mentions),
                (&s.month, s.quad, s.events, s.mentions),
                "{a}-{b}"
            );
            assert!((f.goldstein_sum - s.goldstein_sum).abs() < 1e-6, "{a}-{b}");
        }
        assert_eq!(fast.events, slow.events + fast.undated, "{a}-{b}");
    }
}

//! The scorer on hand-made gold and system outputs: every rule of the `matching` block.

use chrono::NaiveDate;
use entente_eval::{score, Gold};
use entente_model::{
    Actor, CameoCode, DatePrecision, Event, EventDate, Modality, Relation, RelationState, Span,
    Trigger,
};

const SENT_A: &str =
    "Alpha officials are seeking to normalise ties with Beta, Alpha media reported.";
const SENT_B: &str = "Alpha, Gamma and Delta severed relations with Beta on Monday.";
const SENT_C: &str = "Alpha and Beta have no official diplomatic ties.";

fn gold() -> Gold {
    serde_json::from_str(
        r#"{
        "doc": {"id": "t", "file": "t.txt", "date": "2020-03-04"},
        "required": [
            {"id": "E1", "tier": "core", "evidence": "seeking to normalise ties with Beta",
             "source": "AAA", "target": "BBB", "roots": ["03"], "modality": "intent",
             "date": ["2020-03-04", "2020-03-04"]},
            {"id": "E2", "tier": "core", "evidence": "severed relations with Beta",
             "sources": ["AAA", "GGG", "DDD"], "target": "BBB", "roots": ["16"]},
            {"id": "E3", "tier": "stretch", "evidence": "have no official",
             "source": "AAA", "target": "BBB", "symmetric": true, "roots": ["04"]}
        ],
        "acceptable": [
            {"id": "A1", "evidence": "Alpha media reported", "source": "AAA", "target": "BBB", "roots": ["01"]}
        ],
        "no_events_from": ["Alpha and Beta have no official diplomatic ties."],
        "relation_states": [
            {"id": "R1", "evidence": "have no official diplomatic ties", "a": "AAA", "b": "BBB",
             "relation": "diplomatic_relations", "value": "none", "as_of": "2020-03-04"},
            {"id": "R2", "evidence": "severed relations", "a": "GGG", "b": "BBB",
             "relation": "ambassador", "value": "recalled", "as_of": "2020-03-04"}
        ]
    }"#,
    )
    .expect("hand-made gold parses")
}

fn actor(code: &str) -> Actor {
    Actor {
        code: code.into(),
        country: Some(code[..3].into()),
        sectors: Vec::new(),
        text: code.into(),
        span: Span::new(0, 1),
        entry: None,
    }
}

fn ev(sentence: &str, s: &str, t: &str, cameo: &str, modality: Modality, date: &str) -> Event {
    Event {
        doc_id: "t".into(),
        sentence_index: 0,
        sentence: sentence.into(),
        sentence_span: Span::new(0, sentence.len()),
        source: actor(s),
        target: Some(actor(t)),
        cameo: CameoCode::parse(cameo).unwrap(),
        modality,
        attribution: None,
        date: Some(EventDate {
            date: NaiveDate::parse_from_str(date, "%Y-%m-%d").unwrap(),
            precision: DatePrecision::Day,
        }),
        location: None,
        trigger: Trigger {
            text: String::new(),
            span: Span::new(0, 1),
            entry: None,
        },
        lexicon_version: "test".into(),
    }
}

fn state(sentence: &str, a: &str, b: &str, relation: Relation, value: &str) -> RelationState {
    RelationState {
        doc_id: "t".into(),
        sentence_index: 0,
        sentence: sentence.into(),
        sentence_span: Span::new(0, sentence.len()),
        a: a.into(),
        b: b.into(),
        relation,
        value: value.into(),
        as_of: NaiveDate::from_ymd_opt(2020, 3, 4).unwrap(),
        lexicon_version: "test".into(),
    }
}

#[test]
fn empty_system_scores_zero_recall_and_full_precision() {
    let s = score(&gold(), &[], &[]);
    assert_eq!(s.core.gold, 4, "E1 plus three E2 sources");
    assert_eq!(s.stretch.gold, 1);
    assert_eq!(s.core.matched, 0);
    assert_eq!(s.precision(), 1.0, "no events, nothing wrong");
    assert_eq!(s.gold_states, 2);
    assert_eq!(s.missed.len(), 5);
}

#[test]
fn matches_by_evidence_countries_and_root() {
    let g = gold();
    let events = vec![
        ev(
            SENT_A,
            "AAAGOV",
            "BBB",
            "032",
            Modality::Intent,
            "2020-03-04",
        ),
        // wrong root
        ev(
            SENT_A,
            "AAAGOV",
            "BBB",
            "042",
            Modality::Intent,
            "2020-03-04",
        ),
        // wrong sentence
        ev(
            SENT_B,
            "AAAGOV",
            "BBB",
            "032",
            Modality::Intent,
            "2020-03-04",
        ),
        // reversed direction on non-symmetric gold
        ev(SENT_A, "BBB", "AAA", "032", Modality::Intent, "2020-03-04"),
    ];
    let s = score(&g, &events, &[]);
    assert_eq!(s.core.matched, 1);
    assert_eq!(s.correct_events, 1);
    assert_eq!(s.system_events, 4);
    assert!((s.precision() - 0.25).abs() < 1e-9);
    assert_eq!(s.dates.checked, 1);
    assert_eq!(s.dates.agree, 1);
    assert_eq!(s.modality.agree, 1);
}

#[test]
fn source_lists_expand_and_each_system_event_matches_once() {
    let g = gold();
    let events = vec![
        ev(
            SENT_B,
            "AAAGOV",
            "BBB",
            "161",
            Modality::Assertion,
            "2020-03-02",
        ),
        ev(
            SENT_B,
            "GGG",
            "BBBGOV",
            "161",
            Modality::Assertion,
            "2020-03-02",
        ),
        // a duplicate of the first: unmatched, so it costs precision
        ev(
            SENT_B,
            "AAAGOV",
            "BBB",
            "160",
            Modality::Assertion,
            "2020-03-02",
        ),
    ];
    let s = score(&g, &events, &[]);
    assert_eq!(s.core.matched, 2);
    assert_eq!(s.correct_events, 2);
    assert!(s.missed.iter().any(|m| m.starts_with("E2:DDD")));
}

#[test]
fn symmetric_gold_matches_either_direction() {
    let g = gold();
    let events = vec![ev(
        SENT_C,
        "BBB",
        "AAA",
        "040",
        Modality::Assertion,
        "2020-03-04",
    )];
    let s = score(&g, &events, &[]);
    assert_eq!(s.stretch.matched, 1);
    assert_eq!(
        s.no_event_violations, 1,
        "the sentence is listed in no_events_from"
    );
}

#[test]
fn acceptable_events_count_for_precision_only() {
    let g = gold();
    let events = vec![
        ev(
            SENT_A,
            "AAAMED",
            "BBB",
            "010",
            Modality::Assertion,
            "2020-03-04",
        ),
        ev(
            SENT_A,
            "AAAMED",
            "BBB",
            "010",
            Modality::Assertion,
            "2020-03-04",
        ),
    ];
    let s = score(&g, &events, &[]);
    assert_eq!(s.core.matched, 0);
    assert_eq!(
        s.correct_events, 1,
        "one acceptable gold event absorbs one system event"
    );
}

#[test]
fn required_matching_is_maximal_not_greedy() {
    // Gold X (symmetric) fits both events, gold Y only the first. A greedy matcher gives the
    // first event to X and leaves Y unmatched; a maximum matching finds both.
    let g: Gold = serde_json::from_str(
        r#"{"doc": {"id": "t", "file": "t.txt", "date": "2020-03-04"},
            "required": [
              {"id": "X", "evidence": "severed", "source": "AAA", "target": "BBB", "roots": ["16"], "symmetric": true},
              {"id": "Y", "evidence": "severed", "source": "BBB", "target": "AAA", "roots": ["16"]}
            ]}"#,
    )
    .unwrap();
    let events = vec![
        ev(
            SENT_B,
            "BBB",
            "AAA",
            "161",
            Modality::Assertion,
            "2020-03-02",
        ),
        ev(
            SENT_B,
            "AAA",
            "BBB",
            "161",
            Modality::Assertion,
            "2020-03-02",
        ),
    ];
    let s = score(&g, &events, &[]);
    assert_eq!(s.core.matched, 2);
}

#[test]
fn dates_and_modality_disagreement_are_counted() {
    let g = gold();
    let events = vec![ev(
        SENT_A,
        "AAAGOV",
        "BBB",
        "032",
        Modality::Assertion,
        "2020-03-05",
    )];
    let s = score(&g, &events, &[]);
    assert_eq!(s.core.matched, 1);
    assert_eq!((s.dates.agree, s.dates.checked), (0, 1));
    assert_eq!((s.modality.agree, s.modality.checked), (0, 1));
}

#[test]
fn relation_states_match_on_dyad_relation_and_value() {
    let g = gold();
    let states = vec![
        // symmetric relation, reversed order: matches R1
        state(SENT_C, "BBB", "AAA", Relation::DiplomaticRelations, "none"),
        // wrong value
        state(SENT_C, "AAA", "BBB", Relation::DiplomaticRelations, "full"),
        // directional relation reversed: no match
        state(SENT_B, "BBB", "GGG", Relation::Ambassador, "recalled"),
    ];
    let s = score(&g, &[], &states);
    assert_eq!(s.matched_states, 1);
    assert_eq!(s.system_states, 3);
    assert!((s.state_recall() - 0.5).abs() < 1e-9);
}

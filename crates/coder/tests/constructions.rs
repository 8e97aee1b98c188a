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

/// (source, target, root) of every event of one sentence.
fn dyads_in(c: &entente_coder::Coded, sentence: u32) -> Vec<(String, String, String)> {
    c.events
        .iter()
        .filter(|e| e.sentence_index == sentence)
        .map(|e| {
            (
                e.source.country.clone().unwrap_or_default(),
                e.target
                    .as_ref()
                    .and_then(|t| t.country.clone())
                    .unwrap_or_default(),
                e.cameo.root().to_string(),
            )
        })
        .collect()
}

fn has(d: &[(String, String, String)], s: &str, t: &str, root: &str) -> bool {
    d.iter().any(|(a, b, r)| a == s && b == t && r == root)
}

#[test]
fn a_definite_act_noun_stands_for_the_parties_of_the_lead_act() {
    let c = code(concat!(
        "Chile and Peru cut diplomatic ties with Bolivia on Monday.\n",
        "Ecuador later said it was also cutting ties with Bolivia.\n",
        "Bolivia's foreign ministry said the measures were unjustified.\n",
        "Bolivia rejected the new measures.\n",
        "Bolivia rejected the measures of the past.\n"
    ));
    // The lead act's agents, not the latest act's.
    let said = dyads_in(&c, 3);
    assert!(has(&said, "BOL", "CHL", "11"), "{said:?}");
    assert!(has(&said, "BOL", "PER", "11"), "{said:?}");
    assert!(!said.iter().any(|(_, t, _)| t == "ECU"), "{said:?}");
    let rejected = dyads_in(&c, 4);
    assert!(has(&rejected, "BOL", "CHL", "12"), "{rejected:?}");
    // A preposition naming the owner is no reference.
    assert!(dyads_in(&c, 5).is_empty(), "{:?}", dyads_in(&c, 5));
}

#[test]
fn an_act_noun_never_points_back_at_the_speaker() {
    let c = code(concat!(
        "Chile imposed sanctions on Bolivia on Monday.\n",
        "Chile's foreign minister said the measures were unjustified.\n"
    ));
    assert!(dyads_in(&c, 2).is_empty(), "{:?}", dyads_in(&c, 2));
}

#[test]
fn an_accusation_in_reported_speech_targets_the_accused() {
    let c = code(concat!(
        "The Chilean president told a large crowd in Santiago that Peru was committing war crimes.\n",
        "Chilean troops raided Peruvian border posts on Monday, killing two Peruvian soldiers.\n",
        "Peru's president called the raid \"state terrorism\".\n"
    ));
    assert!(
        has(&dyads_in(&c, 1), "CHL", "PER", "11"),
        "{:?}",
        dyads_in(&c, 1)
    );
    assert!(
        has(&dyads_in(&c, 3), "PER", "CHL", "11"),
        "{:?}",
        dyads_in(&c, 3)
    );
}

#[test]
fn a_count_before_a_pattern_noun_is_skipped() {
    let c = code("Peru rejected a list of 13 demands presented by Chile.");
    assert!(
        has(&dyads_in(&c, 1), "PER", "CHL", "12"),
        "{:?}",
        dyads_in(&c, 1)
    );
}

#[test]
fn a_news_outlet_is_the_channel_of_a_statement_not_its_target() {
    let c = code("The Chilean foreign minister told Reuters that talks with Peru would continue.");
    assert!(
        !c.events
            .iter()
            .any(|e| e.target.as_ref().is_some_and(|t| t.code.contains("MED"))),
        "{:?}",
        c.events
    );
}

#[test]
fn between_one_and_a_list_sets_one_side_against_the_list() {
    let c = code(
        "The minister said diplomatic ties between Lima and Santiago, Quito, La Paz and Brasilia had been restored.",
    );
    let mut pairs: Vec<(String, String)> = c
        .states
        .iter()
        .filter(|s| s.relation.as_str() == "diplomatic_relations" && s.value == "full")
        .map(|s| (s.a.clone(), s.b.clone()))
        .collect();
    pairs.sort();
    assert_eq!(
        pairs,
        [
            ("PER".to_string(), "BOL".to_string()),
            ("PER".to_string(), "BRA".to_string()),
            ("PER".to_string(), "CHL".to_string()),
            ("PER".to_string(), "ECU".to_string()),
        ],
        "{:?}",
        c.states
    );
}

#[test]
fn a_mediator_acts_between_the_parties_of_the_act_it_brokered() {
    let c = code(concat!(
        "Chile and Peru agreed to resume diplomatic ties after talks in Lima brokered by Canada.\n",
        "The breakthrough followed months of secret talks hosted by Mexico.\n"
    ));
    for (sentence, mediator) in [(1, "CAN"), (2, "MEX")] {
        let d = dyads_in(&c, sentence);
        assert!(has(&d, mediator, "CHL", "04"), "{d:?}");
        assert!(has(&d, mediator, "PER", "04"), "{d:?}");
    }
    // "resume ties after talks": the gap does not cross "after", so the act is the agreed
    // restoring of ties (03), not talks (04) between them.
    let d = dyads_in(&c, 1);
    assert!(has(&d, "CHL", "PER", "03"), "{d:?}");
    assert!(!has(&d, "CHL", "PER", "04"), "{d:?}");
}

#[test]
fn an_agentless_passive_of_pressure_takes_the_adversary_already_named() {
    let c = code(concat!(
        "Chile and Argentina sent Peru a list of 13 demands on Monday.\n",
        "Peru is given ten days to comply.\n",
        "Peru was invited to a summit.\n"
    ));
    let d = dyads_in(&c, 2);
    assert!(has(&d, "CHL", "PER", "13"), "{d:?}");
    assert!(has(&d, "ARG", "PER", "13"), "{d:?}");
    // Cooperative passives name no such party.
    assert!(dyads_in(&c, 3).is_empty(), "{:?}", dyads_in(&c, 3));
}

#[test]
fn an_accused_act_is_alleged_not_asserted() {
    let c = code("Chile's foreign ministry accused Peru of siding with Bolivia.");
    let d = dyads_in(&c, 1);
    assert!(has(&d, "CHL", "PER", "11"), "{d:?}");
    assert!(!d.iter().any(|(_, t, _)| t == "BOL"), "{d:?}");
}

#[test]
fn a_coordinated_infinitive_shares_the_commitment_across_a_date() {
    let c = code(
        "Chile and Peru agreed on Friday to resume diplomatic relations and to reopen their embassies within two months.",
    );
    let reopen = c
        .events
        .iter()
        .find(|e| e.trigger.text.starts_with("reopen"))
        .expect("reopening is coded");
    // Agreed, not yet done: the 03x intent form.
    assert_eq!(reopen.cameo.root(), "03", "{reopen:?}");
    assert_eq!(reopen.modality, Modality::Assertion);
}

#[test]
fn a_possessive_clitic_is_free_and_its_noun_phrase_still_has_a_verb() {
    let c = code(concat!(
        "Chile's foreign ministry responded by accusing Peru of meddling.\n",
        "Chile was cancelling the administration's old unfair deal with Peru.\n"
    ));
    assert!(
        has(&dyads_in(&c, 1), "CHL", "PER", "11"),
        "{:?}",
        dyads_in(&c, 1)
    );
    assert!(
        has(&dyads_in(&c, 2), "CHL", "PER", "16"),
        "{:?}",
        dyads_in(&c, 2)
    );
}

#[test]
fn an_act_is_never_reciprocal_among_its_own_parties() {
    let c = code(concat!(
        "Chile, Peru and Ecuador imposed a blockade on Bolivia on Monday.\n",
        "Bolivia said the blockade was aimed not at fighting smuggling but at its economy.\n"
    ));
    let d = dyads_in(&c, 2);
    assert!(!d.iter().any(|(s, _, _)| s == "CHL" || s == "PER"), "{d:?}");
}

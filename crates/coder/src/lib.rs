//! Entente's event coder: from a document and the lexicon to CAMEO events and relation states.
//!
//! Coding is a pure function of (lexicon, document): no IO, no global state, and it never
//! fails. A sentence it cannot read yields fewer events, not an error.
//!
//! ```
//! use entente_coder::{code_document, CodeOptions};
//! use entente_lexicon::Lexicon;
//! use entente_model::Document;
//!
//! let lex = Lexicon::embedded().unwrap();
//! let doc = Document {
//!     id: "example".into(),
//!     text: "Ministers meet\nFrance recalled its ambassador to Italy on Monday.".into(),
//!     date: chrono::NaiveDate::from_ymd_opt(2019, 2, 7),
//!     has_headline: true,
//!     ..Document::default()
//! };
//! let coded = code_document(&lex, &doc, &CodeOptions::default());
//! assert!(coded.events.iter().any(|e| e.source.code.starts_with("FRA")));
//! ```
//!
//! The stages, per sentence: words and temporal expressions (from `entente-text` and the
//! lexicon), actor phrases ([`phrases`]), pattern matches at trigger words ([`matcher`]), the
//! clause around each match ([`clause`]: verb group, modality, subject, reporting), then events
//! and relation states.

mod clause;
mod discourse;
mod matcher;
mod phrases;
mod sentence;

use chrono::NaiveDate;
use entente_lexicon::{Lexicon, Output, VerbForm};
use entente_model::{
    Actor, Attribution, DatePrecision, Document, Event, EventDate, Location, Modality,
    RelationState, SentenceKind, Span, Trigger,
};
use entente_text::time::{find_timexes, Timex};
use entente_text::Tokens;

use clause::{reports, subject, verb_group, Report};
use discourse::{Act, Discourse};
use matcher::{Match, Matcher};
use phrases::{outside, share_country, Member, Phrase, PhraseKind};
use sentence::{is_verb_form, Sent};

/// Options for coding.
#[derive(Debug, Clone, Default)]
pub struct CodeOptions {
    /// Emit negated, hypothetical and question events too (labelled by modality).
    pub all_modalities: bool,
    /// Record why each sentence yielded what it did, in [`Coded::trace`].
    pub explain: bool,
}

/// What coding one document produced.
#[derive(Debug, Clone, Default)]
pub struct Coded {
    /// Events, in sentence order.
    pub events: Vec<Event>,
    /// Relation states, in sentence order.
    pub states: Vec<RelationState>,
    /// Number of sentences read (boilerplate included).
    pub sentences: usize,
    /// With [`CodeOptions::explain`]: phrases, pattern matches and decisions, one line each.
    pub trace: Vec<String>,
}

/// Codes one document. Documents without a date are coded as of today's date is never used:
/// they get 1970-01-01 as the reference, so relative dates stay deterministic.
pub fn code_document(lex: &Lexicon, doc: &Document, opts: &CodeOptions) -> Coded {
    let pub_date = doc
        .date
        .unwrap_or_else(|| NaiveDate::from_ymd_opt(1970, 1, 1).unwrap_or_default());
    let sentences = entente_text::segment(doc);
    let mut coded = Coded {
        sentences: sentences.len(),
        ..Coded::default()
    };
    let mut discourse = Discourse::default();
    let mut tokens = Tokens::new();
    let mut words = Vec::new();
    let mut timexes = Vec::new();
    for s in &sentences {
        if s.kind == SentenceKind::Boilerplate {
            continue;
        }
        tokens.clear();
        tokens.tokenize(&doc.text, s.span);
        words.clear();
        lex.words(&doc.text, &tokens, 0..tokens.len(), &mut words);
        timexes.clear();
        find_timexes(&doc.text, &tokens, 0..tokens.len(), pub_date, &mut timexes);
        let mut sent = Sent::new(
            &doc.text,
            s.span,
            std::mem::take(&mut words),
            std::mem::take(&mut timexes),
        );
        sent.is_headline = s.kind == SentenceKind::Headline;
        let mut ctx = SentenceCoder {
            lex,
            doc,
            pub_date,
            index: s.index,
            sent: &sent,
            opts,
        };
        ctx.code(&mut discourse, &mut coded);
        words = sent.words;
        timexes = sent.timexes;
    }
    coded
}

struct SentenceCoder<'a> {
    lex: &'a Lexicon,
    doc: &'a Document,
    pub_date: NaiveDate,
    index: u32,
    sent: &'a Sent<'a>,
    opts: &'a CodeOptions,
}

/// A match with its clause analysis, before it becomes events or states.
struct Found {
    m: Match,
    sources: Vec<Member>,
    targets: Vec<Member>,
    reciprocal: bool,
    modality: Modality,
    /// Code the act as its 03x intent form.
    intent_code: bool,
    background: bool,
}

impl SentenceCoder<'_> {
    fn code(&mut self, discourse: &mut Discourse, coded: &mut Coded) {
        let lex = self.lex;
        let sent = self.sent;
        let phrases = phrases::build(lex, sent, self.pub_date, discourse);
        // Every event and state needs an actor or a place that stands for one.
        if !self.opts.explain && phrases.iter().all(|p| p.placed_actors().next().is_none()) {
            return;
        }
        let mut phrase_at = vec![None; sent.len()];
        let mut in_phrase = vec![false; sent.len()];
        for (pi, p) in phrases.iter().enumerate() {
            if p.start < phrase_at.len() {
                phrase_at[p.start] = Some(pi as u16);
            }
            for f in in_phrase.iter_mut().take(p.end).skip(p.start) {
                *f = true;
            }
        }
        let free = matcher::free_words(lex, sent, &phrase_at);
        let matcher = Matcher {
            lex,
            sent,
            phrases: &phrases,
            phrase_at: &phrase_at,
            free: &free,
        };
        if self.opts.explain {
            coded
                .trace
                .push(format!("[{}] {}", self.index, sent.span.slice(sent.text)));
            for p in &phrases {
                let codes: Vec<&str> = p.members.iter().map(|m| m.code.as_str()).collect();
                coded.trace.push(format!(
                    "  phrase {:?} {:?} -> {:?}",
                    p.span(sent).slice(sent.text),
                    p.kind,
                    codes
                ));
            }
            let words: Vec<String> = (0..sent.len())
                .map(|k| {
                    let w = sent.word_text(k);
                    if free[k] {
                        format!("({w})")
                    } else {
                        w.to_string()
                    }
                })
                .collect();
            coded.trace.push(format!("  words {}", words.join(" ")));
        }
        let mut found: Vec<Found> = Vec::new();
        for (i, &w) in sent.words.iter().enumerate() {
            if in_phrase[i] || w.joined || w.joins_next {
                continue;
            }
            let Some(cands) = lex.patterns_by_word.get(&w.id) else {
                continue;
            };
            let as_verb = verbal_use(lex, sent, i, &in_phrase);
            // The verb group is read only once a candidate may match.
            let mut vg: Option<clause::VerbGroup> = None;
            let mut best: Option<Match> = None;
            let mut best_state: Vec<Match> = Vec::new();
            for &pi in cands {
                let p = &lex.patterns[pi as usize];
                if p.nominal == as_verb || !p.key.is_empty() && !sent.may_contain_any(&p.key) {
                    continue;
                }
                // A short key must occur after the trigger.
                if (1..=4).contains(&p.key.len())
                    && !sent.words[i + 1..].iter().any(|w| p.key.contains(&w.id))
                {
                    continue;
                }
                let passive =
                    !p.nominal && vg.get_or_insert_with(|| verb_group(lex, sent, i)).passive;
                let Some(m) = matcher.try_pattern(pi, p, i, passive) else {
                    continue;
                };
                match p.output {
                    Output::Event(_) => {
                        let better = best.is_none_or(|b| {
                            (m.specificity, m.literal_end) > (b.specificity, b.literal_end)
                        });
                        if better {
                            best = Some(m);
                        }
                    }
                    // The most specific pattern per relation: one act may state several
                    // relations ("reopened its embassy": embassy open, relations full).
                    Output::State(relation, ..) => {
                        let rel_of = |x: &Match| match lex.patterns[x.pattern as usize].output {
                            Output::State(r, ..) => Some(r),
                            Output::Event(_) => None,
                        };
                        match best_state.iter_mut().find(|b| rel_of(b) == Some(relation)) {
                            Some(b) if m.specificity > b.specificity => *b = m,
                            Some(_) => {}
                            None => best_state.push(m),
                        }
                    }
                }
            }
            for m in best.into_iter().chain(best_state) {
                let vg = vg.get_or_insert_with(|| verb_group(lex, sent, i));
                let analysed = self.analyse(m, vg, &phrases, &found, discourse);
                if self.opts.explain {
                    let p = &lex.patterns[m.pattern as usize];
                    coded.trace.push(format!(
                        "  match {} at {:?}: target {:?}; {}",
                        p.entry,
                        sent.word_text(m.trigger),
                        m.target.map(|t| phrases[t].span(sent).slice(sent.text)),
                        match &analysed {
                            Some(f) => format!(
                                "sources {:?}, targets {:?}, {}",
                                f.sources
                                    .iter()
                                    .map(|s| s.code.as_str())
                                    .collect::<Vec<_>>(),
                                f.targets
                                    .iter()
                                    .map(|s| s.code.as_str())
                                    .collect::<Vec<_>>(),
                                f.modality.as_str()
                            ),
                            None => "dropped: no source or target actor".to_string(),
                        }
                    ));
                }
                if let Some(f) = analysed {
                    found.push(f);
                }
            }
        }
        dedup_overlapping(lex, &mut found);
        // Reporting clauses matter only for what was found (attribution, dates).
        let reports = if found.is_empty() {
            Vec::new()
        } else {
            reports(lex, sent, &phrases)
        };
        for f in &found {
            self.emit(f, &phrases, &reports, coded);
        }
        for f in found {
            let Output::Event(code) = lex.patterns[f.m.pattern as usize].output else {
                continue;
            };
            if f.modality.is_default_output() && !f.background {
                discourse.act(Act {
                    root: code.root_number(),
                    quad: code.entry().quad_class,
                    agents: f.sources,
                    patients: f.targets,
                    at: discourse.entities.len(),
                });
            }
        }
    }

    /// Works out sources, targets and modality for a match.
    fn analyse(
        &self,
        m: Match,
        vg: &clause::VerbGroup,
        phrases: &[Phrase],
        earlier: &[Found],
        discourse: &Discourse,
    ) -> Option<Found> {
        let lex = self.lex;
        let sent = self.sent;
        let p = &lex.patterns[m.pattern as usize];
        let (source_phrase, target_phrase) = if p.nominal {
            let src = m.source.or_else(|| self.nominal_source(m.trigger, phrases));
            (src, m.target)
        } else if vg.passive {
            // "X was visited by Y": target is the subject, source the by-phrase.
            let tgt = subject(lex, sent, phrases, vg.start, 0);
            let by = lex.w.by;
            let src = (m.trigger + 1..sent.len().min(m.end + 4))
                .find(|&k| sent.id(k) == by)
                .and_then(|k| {
                    phrases
                        .iter()
                        .position(|ph| ph.start > k && ph.start <= k + 3)
                });
            // "It was signed by A and B": a passive with several agents is reciprocal among them.
            let group = src.is_some_and(|s| {
                let mut cs: Vec<&str> = phrases[s]
                    .actors()
                    .filter_map(|m| m.country.as_deref())
                    .collect();
                cs.sort_unstable();
                cs.dedup();
                cs.len() > 1
            });
            // "The agreement is expected to be signed": an agreement is signed by its parties.
            let joint_act = tgt.is_some_and(|t| {
                let t = &phrases[t];
                matches!(t.kind, PhraseKind::Act(_))
                    && lex
                        .grammar
                        .act_nouns
                        .get(&sent.id(t.end - 1))
                        .is_some_and(|a| a.all_parties)
                    && t.members.len() > 1
            });
            if group && tgt.is_none_or(|t| phrases[t].kind == PhraseKind::Reference) {
                (src, None)
            } else if src.is_none() && joint_act {
                (tgt, None)
            } else {
                (src, tgt.or(m.target))
            }
        } else {
            (subject(lex, sent, phrases, vg.start, 0), m.target)
        };
        let Some(source_phrase) = source_phrase else {
            // An agentless passive: whoever last acted in this way against the subject ("Qatar
            // is given ten days to comply" after the bloc's demands).
            return self.agentless(m, vg, target_phrase?, phrases, discourse);
        };
        // An act as the doer of another ("the new policy bans ...", "the measures remain in
        // force until ...", "the deal opens markets to ...") only on its own side, cooperation
        // or conflict, and never a verbal cooperation: acts do not meet, praise or need support.
        if let PhraseKind::Act(quad) = phrases.get(source_phrase)?.kind {
            let fits = matches!(p.output, Output::Event(c) if {
                let q = c.entry().quad_class;
                q != 1 && (q <= 2) == (quad <= 2)
            });
            // ... and on an explicit target: an act is never reciprocal among its own parties,
            // except as the passive subject of its own making ("the agreement was signed").
            if p.nominal || !fits || target_phrase.is_none() && !vg.passive {
                return None;
            }
        }
        let mut sources: Vec<Member> = phrases.get(source_phrase)?.actors().cloned().collect();
        if sources.is_empty() {
            // "Thousands of protesters gathered ... in Istanbul": a role noun without a country
            // takes the country of where it acts.
            sources = self.located(&phrases[source_phrase], phrases);
        }
        if sources.is_empty() {
            return None;
        }
        sources.extend(self.co_subjects(source_phrase, vg.start, phrases));
        let (targets, reciprocal) = match target_phrase.and_then(|t| phrases.get(t)) {
            Some(t) => {
                let mut ts: Vec<Member> = t.placed_actors().cloned().collect();
                // "Qatar rejected the measures": the other parties of the act, never the
                // speaker's own side.
                if matches!(t.kind, PhraseKind::Act(_)) {
                    ts = outside(&ts, &sources);
                    if ts.is_empty() {
                        return None;
                    }
                }
                for m in &mut ts {
                    if m.place_only {
                        m.place_only = false;
                        m.sectors.clear();
                        m.agent_sectors.clear();
                        m.code = m.country.clone().unwrap_or_default();
                    }
                }
                (ts, false)
            }
            None => (Vec::new(), sources.len() > 1),
        };
        // "told Reuters that ...": a news outlet is the statement's channel, not its target.
        let mut targets = targets;
        if matches!(p.output, Output::Event(c) if c.root_number() == 1) {
            targets.retain(|m| !m.sectors.iter().any(|s| s == "MED"));
            if targets.is_empty() && target_phrase.is_some() {
                return None;
            }
        }
        // "they agreed to resume flights between the two countries": the target is the
        // subject's own pair, so the act is reciprocal among them.
        let countries = |ms: &[Member]| {
            let mut cs: Vec<String> = ms.iter().filter_map(|m| m.country.clone()).collect();
            cs.sort_unstable();
            cs.dedup();
            cs
        };
        let (targets, reciprocal) = if !targets.is_empty()
            && countries(&sources).len() > 1
            && countries(&sources) == countries(&targets)
        {
            (Vec::new(), true)
        } else {
            (targets, reciprocal)
        };
        let targets = if targets.is_empty() && !reciprocal {
            implicit_targets(lex, p, &sources, earlier, discourse)?
        } else {
            targets
        };
        // A nominal event takes the verb group of the verb that governs it, if any.
        let gov_vg;
        let vg = if p.nominal {
            let gov = (0..m.trigger)
                .rev()
                .take(6)
                .find(|&k| is_verb_form(lex, sent.id(k)));
            match gov {
                Some(k) => {
                    gov_vg = verb_group(lex, sent, k);
                    &gov_vg
                }
                None => vg,
            }
        } else {
            vg
        };
        Some(self.found(m, vg, phrases, sources, targets, reciprocal))
    }

    /// A match with its actors becomes a [`Found`]: its modality from the verb group.
    fn found(
        &self,
        m: Match,
        vg: &clause::VerbGroup,
        phrases: &[Phrase],
        sources: Vec<Member>,
        targets: Vec<Member>,
        reciprocal: bool,
    ) -> Found {
        let lex = self.lex;
        let sent = self.sent;
        let nominal = lex.patterns[m.pattern as usize].nominal;
        let mut modality = if nominal && vg.start == m.trigger {
            if sent.is_question {
                Modality::Question
            } else {
                Modality::Assertion
            }
        } else {
            clause::modality(lex, sent, vg, m.trigger)
        };
        // "urged them to sign": the signing is what was urged, not something that happened.
        if self.controlled(vg.start, phrases) && modality == Modality::Assertion {
            modality = Modality::Hypothetical;
        }
        // Expressing intent is itself an act: "seeking to normalise" is intent, "agreed to
        // resume" an asserted commitment; both code the act's 03x intent form.
        let trigger_is_intent = lex
            .verb_lemmas(sent.id(m.trigger))
            .iter()
            .any(|(l, _)| lex.modality.intent_verbs.contains(l));
        if trigger_is_intent && modality == Modality::Assertion {
            modality = Modality::Intent;
        }
        Found {
            m,
            sources,
            targets,
            reciprocal,
            modality,
            intent_code: vg.intent || vg.commitment,
            background: vg.perfect_infinitive,
        }
    }

    /// An agentless passive's act, its agents taken from the discourse: the latest act of the
    /// same quad class against the subject.
    fn agentless(
        &self,
        m: Match,
        vg: &clause::VerbGroup,
        target_phrase: usize,
        phrases: &[Phrase],
        discourse: &Discourse,
    ) -> Option<Found> {
        let lex = self.lex;
        let p = &lex.patterns[m.pattern as usize];
        let Output::Event(code) = p.output else {
            return None;
        };
        // Only pressure and force: who presses or strikes a target is usually the adversary the
        // story already named; cooperative passives ("was invited") name no such party.
        let quad = code.entry().quad_class;
        if !vg.passive || p.nominal || quad < 3 {
            return None;
        }
        let targets: Vec<Member> = phrases.get(target_phrase)?.actors().cloned().collect();
        let sources = discourse.agents_against(quad, &targets)?;
        Some(self.found(m, vg, phrases, sources, targets, false))
    }

    /// Members of a country-less role-noun phrase, placed in the country of the sentence's
    /// location ("protesters ... in Istanbul").
    fn located(&self, p: &Phrase, phrases: &[Phrase]) -> Vec<Member> {
        let lex = self.lex;
        let sent = self.sent;
        if p.kind != PhraseKind::Actor || p.members.iter().any(|m| m.country.is_some()) {
            return Vec::new();
        }
        let ins = [lex.w.in_, lex.w.at, lex.w.outside];
        let place = phrases.iter().find(|q| {
            (q.placeable || q.kind == PhraseKind::Place)
                && q.start > 0
                && ins.contains(&sent.id(q.start - 1))
        });
        let Some(country) =
            place.and_then(|q| q.members[0].place.clone().or(q.members[0].country.clone()))
        else {
            return Vec::new();
        };
        p.members
            .iter()
            .map(|m| {
                let mut x = m.clone();
                x.country = Some(country[..3.min(country.len())].to_string());
                x.sectors = x.agent_sectors.clone();
                x.entry = format!("{}+location", x.entry);
                x.finish_code();
                x
            })
            .collect()
    }

    /// Whether the infinitive starting at `start` ("to sign") is the complement of another
    /// verb's object: "urged them to sign", "asked Qatar to close".
    fn controlled(&self, start: usize, phrases: &[Phrase]) -> bool {
        let lex = self.lex;
        let sent = self.sent;
        if sent.id(start) != lex.w.to || start == 0 {
            return false;
        }
        let Some(obj) = phrases.iter().find(|p| p.end == start) else {
            return false;
        };
        let mut k = obj.start;
        while k > 0 {
            k -= 1;
            let id = sent.id(k);
            if lex.grammar.determiners.contains(&id) || lex.grammar.modifiers.contains(&id) {
                continue;
            }
            // Causatives assert their complement: "prompting Israel to launch".
            let implicative = lex
                .verb_lemmas(id)
                .iter()
                .any(|(l, _)| lex.modality.implicative_verbs.contains(l));
            return is_verb_form(lex, id) && !lex.grammar.auxiliaries.contains(&id) && !implicative;
        }
        false
    }

    /// Actors joined to a subject by a parenthetical "along with" or "together with":
    /// "Morocco, along with some Gulf states such as Bahrain, has been relaxing ...".
    fn co_subjects(&self, subject: usize, verb_start: usize, phrases: &[Phrase]) -> Vec<Member> {
        let lex = self.lex;
        let sent = self.sent;
        let s = &phrases[subject];
        if !sent.is_comma(s.end) || s.end + 2 >= verb_start {
            return Vec::new();
        }
        let (a, b) = (sent.id(s.end + 1), sent.id(s.end + 2));
        let joined = (a == lex.w.along || a == lex.w.together) && b == lex.w.with
            || a == lex.w.as_ && b == lex.w.well;
        if !joined {
            return Vec::new();
        }
        let inner: Vec<&Phrase> = phrases
            .iter()
            .filter(|p| p.start > s.end && p.end <= verb_start && p.kind == PhraseKind::Actor)
            .collect();
        // "such as X" names the members meant; otherwise every actor in the parenthetical.
        let such =
            (s.end..verb_start).find(|&k| sent.id(k) == lex.w.such && sent.id(k + 1) == lex.w.as_);
        inner
            .into_iter()
            .filter(|p| such.is_none_or(|k| p.start > k))
            .flat_map(|p| p.actors().cloned())
            .collect()
    }

    /// The source of a nominal trigger: a possessive ("Netanyahu's visit"), or the subject of
    /// the light verb that governs it ("Netanyahu conducted a visit").
    fn nominal_source(&self, trigger: usize, phrases: &[Phrase]) -> Option<usize> {
        let lex = self.lex;
        let sent = self.sent;
        let g = &lex.grammar;
        let mut k = trigger;
        while k > 0 {
            k -= 1;
            let id = sent.id(k);
            if id == lex.w.poss || id == lex.w.apos {
                return phrases.iter().position(|p| p.end == k);
            }
            if let Some(pi) = phrases.iter().position(|p| p.end == k + 1) {
                // An adjective phrase right before the noun: "the Israeli visit".
                if phrases[pi].kind == PhraseKind::Actor && k + 1 == trigger {
                    return Some(pi);
                }
                if phrases[pi].kind == PhraseKind::Reference {
                    return Some(pi);
                }
                return None;
            }
            if g.determiners.contains(&id) || g.modifiers.contains(&id) || sent.is_ly_adverb(k) {
                continue;
            }
            if is_verb_form(lex, id) && !g.auxiliaries.contains(&id) {
                let vg = verb_group(lex, sent, k);
                return subject(lex, sent, phrases, vg.start, 0);
            }
            if sent.words[k].kind != entente_model::TokenKind::Word {
                return None;
            }
            // An unknown adjective or noun modifier ("surprise", "high-profile").
            if trigger - k > 4 {
                return None;
            }
        }
        None
    }

    fn emit(&self, f: &Found, phrases: &[Phrase], reports: &[Report], coded: &mut Coded) {
        let lex = self.lex;
        let sent = self.sent;
        let p = &lex.patterns[f.m.pattern as usize];
        let date = self.event_date(f, reports);
        let pairs = pairs(f);
        match p.output {
            Output::Event(code) => {
                if f.background {
                    return;
                }
                if !f.modality.is_default_output() && !self.opts.all_modalities {
                    return;
                }
                let code = if (f.intent_code || f.modality == Modality::Intent)
                    && code.root_number() != 3
                {
                    lex.intent_code(code).unwrap_or(code)
                } else {
                    code
                };
                let modality = f.modality;
                let attribution = self.attribution(f, phrases, reports);
                let location = self.location(f, phrases, code.as_str());
                let tspan = Span::new(
                    sent.words[f.m.trigger].span.start as usize,
                    sent.words[f.m.literal_end.max(f.m.trigger + 1) - 1]
                        .span
                        .end as usize,
                );
                for (s, t) in pairs {
                    let s = s.at_date(lex, date.date);
                    let t = t.map(|t| t.at_date(lex, date.date));
                    if t.as_ref().is_some_and(|t| t.code == s.code) {
                        continue;
                    }
                    coded.events.push(Event {
                        doc_id: self.doc.id.clone(),
                        sentence_index: self.index,
                        sentence: sent.span.slice(sent.text).to_string(),
                        sentence_span: sent.span,
                        source: self.actor(&s),
                        target: t.as_ref().map(|t| self.actor(t)),
                        cameo: code,
                        modality,
                        attribution: attribution.clone(),
                        date: Some(date),
                        location: location.clone(),
                        trigger: Trigger {
                            text: tspan.slice(sent.text).to_string(),
                            span: tspan,
                            entry: Some(p.entry.to_string()),
                        },
                        lexicon_version: lex.version.clone(),
                    });
                }
            }
            Output::State(relation, value, reverse) => {
                // Asserted and announced acts set a state; wanted, promised ("agreed to
                // restore ties", coded as an intent) or denied ones do not.
                if !matches!(f.modality, Modality::Assertion | Modality::Future) || f.intent_code {
                    return;
                }
                for (s, t) in pairs {
                    let Some(t) = t else { continue };
                    let (s, t) = if reverse { (t, s) } else { (s, t) };
                    let (Some(a), Some(b)) = (&s.country, &t.country) else {
                        continue;
                    };
                    let duplicate = coded
                        .states
                        .iter()
                        .rev()
                        .take_while(|x| x.sentence_index == self.index)
                        .any(|x| {
                            x.relation == relation && x.value == value && x.a == *a && x.b == *b
                        });
                    if a == b || duplicate {
                        continue;
                    }
                    coded.states.push(RelationState {
                        doc_id: self.doc.id.clone(),
                        sentence_index: self.index,
                        sentence: sent.span.slice(sent.text).to_string(),
                        sentence_span: sent.span,
                        a: a.clone(),
                        b: b.clone(),
                        relation,
                        value: value.to_string(),
                        as_of: date.date,
                        lexicon_version: lex.version.clone(),
                    });
                }
            }
        }
    }

    fn actor(&self, m: &Member) -> Actor {
        Actor {
            code: m.code.clone(),
            country: m.country.clone(),
            sectors: m.sectors.clone(),
            text: m.span.slice(self.sent.text).to_string(),
            span: m.span,
            entry: (!m.entry.is_empty()).then(|| m.entry.clone()),
        }
    }

    /// The event date: the temporal expression of the trigger's clause, else publication.
    fn event_date(&self, f: &Found, reports: &[Report]) -> EventDate {
        let sent = self.sent;
        let trig = f.m.trigger;
        let future = matches!(f.modality, Modality::Future | Modality::Intent);
        let mut best: Option<(usize, &Timex)> = None;
        for (ti, t) in sent.timexes.iter().enumerate() {
            let Some(wi) = sent.timex_at.iter().position(|x| *x == Some(ti as u16)) else {
                continue;
            };
            // A date attached to a reporting verb dates the report, not the event.
            let of_report = reports.iter().any(|r| {
                r.verb != trig && wi > r.verb && wi <= r.verb + 4 && (r.verb > trig || trig > wi)
            });
            if of_report {
                continue;
            }
            let dist = wi.abs_diff(trig);
            if best.is_none_or(|(d, _)| dist < d) {
                best = Some((dist, t));
            }
        }
        match best {
            Some((_, t)) => {
                if future {
                    t.future
                } else {
                    t.past
                }
            }
            None => EventDate {
                date: self.pub_date,
                precision: DatePrecision::Day,
            },
        }
    }

    fn attribution(
        &self,
        f: &Found,
        phrases: &[Phrase],
        reports: &[Report],
    ) -> Option<Attribution> {
        let sent = self.sent;
        let trig = f.m.trigger;
        // The outermost report whose clause contains the trigger.
        let r = reports
            .iter()
            .find(|r| r.verb != trig && (r.verb < trig || r.words.0 > trig))?;
        let (a, z) = r.words;
        let text = sent.text_between(a, z).to_string();
        let code = r
            .phrase
            .and_then(|pi| phrases.get(pi))
            .and_then(|p| p.actors().next())
            .map(|m| m.code.clone());
        Some(Attribution { text, code })
    }

    /// The event location: "in X" near the trigger, else the target of a visit.
    fn location(&self, f: &Found, phrases: &[Phrase], code: &str) -> Option<Location> {
        let lex = self.lex;
        let sent = self.sent;
        let ins = [lex.w.in_, lex.w.at];
        let mut best: Option<(usize, &Phrase)> = None;
        for p in phrases {
            if p.start == 0 || !ins.contains(&sent.id(p.start - 1)) {
                // allow one determiner: "in the capital"
                if !(p.start >= 2
                    && lex.grammar.determiners.contains(&sent.id(p.start - 1))
                    && ins.contains(&sent.id(p.start - 2)))
                {
                    continue;
                }
            }
            if !(p.placeable || p.kind == PhraseKind::Place) {
                continue;
            }
            let dist = p.start.abs_diff(f.m.trigger);
            if best.is_none_or(|(d, _)| dist < d) {
                best = Some((dist, p));
            }
        }
        if let Some((_, p)) = best {
            let m = &p.members[0];
            return Some(Location {
                country: m.place.clone().or_else(|| m.country.clone()),
                place: Some(p.span(sent).slice(sent.text).to_string()),
            });
        }
        if code.starts_with("042") {
            let t = f.targets.first()?;
            return Some(Location {
                country: t.country.clone(),
                place: Some(t.span.slice(sent.text).to_string()),
            });
        }
        None
    }
}

/// The code an event match will be emitted with (after the intent mapping).
fn final_code(lex: &Lexicon, f: &Found) -> Option<entente_model::CameoCode> {
    match lex.patterns[f.m.pattern as usize].output {
        Output::Event(code) => Some(
            if (f.intent_code || f.modality == Modality::Intent) && code.root_number() != 3 {
                lex.intent_code(code).unwrap_or(code)
            } else {
                code
            },
        ),
        Output::State(..) => None,
    }
}

/// Two patterns often describe one act ("seeking to normalise ties", "normalise ties"; "made a
/// visit to", "visit to"): when event matches of the same root overlap in the sentence, the most
/// specific one stays.
fn dedup_overlapping(lex: &Lexicon, found: &mut Vec<Found>) {
    let keys: Vec<Option<(u8, usize, usize, u16)>> = found
        .iter()
        .map(|f| {
            final_code(lex, f).map(|c| {
                (
                    c.root_number(),
                    f.m.trigger,
                    f.m.end.max(f.m.trigger + 1),
                    f.m.specificity,
                )
            })
        })
        .collect();
    let mut drop = vec![false; found.len()];
    // A nominal trigger that another pattern consumed as one of its words is that pattern's
    // argument ("relaxing the boycott of X"), not an event of its own.
    for i in 0..found.len() {
        let fi = &found[i];
        if !lex.patterns[fi.m.pattern as usize].nominal {
            continue;
        }
        drop[i] = found.iter().enumerate().any(|(j, fj)| {
            j != i && fj.m.trigger < fi.m.trigger && fi.m.trigger < fj.m.literal_end
        });
    }
    for i in 0..found.len() {
        for j in 0..found.len() {
            let (Some(a), Some(b)) = (keys[i], keys[j]) else {
                continue;
            };
            if i == j || drop[j] || a.0 != b.0 {
                continue;
            }
            let overlap = a.1 < b.2 && b.1 < a.2;
            // i loses to j when j is more specific, or as specific and earlier.
            if overlap && (b.3 > a.3 || (b.3 == a.3 && j < i)) {
                drop[i] = true;
            }
        }
    }
    // A bare statement (010) is the residual code: when the same speaker does something more
    // specific to the same target in the sentence ("have written to Bush urging him to send
    // troops"), it goes.
    for i in 0..found.len() {
        if drop[i]
            || keys[i].is_none()
            || final_code(lex, &found[i]).map(|c| c.as_str()) != Some("010")
        {
            continue;
        }
        let more = (0..found.len()).any(|j| {
            j != i
                && !drop[j]
                && keys[j].is_some_and(|k| k.0 != 1)
                && share_country(&found[j].sources, &found[i].sources)
                && share_country(&found[j].targets, &found[i].targets)
        });
        drop[i] = more;
    }
    let mut k = 0;
    found.retain(|_| {
        k += 1;
        !drop[k - 1]
    });
}

/// Which way an output moves relations: the root of an event; 16 for a state that reduces
/// relations, 5 for one that establishes them.
fn family(output: Output) -> u8 {
    match output {
        Output::Event(code) => code.root_number(),
        Output::State(_, value, _) => match value {
            "none" | "downgraded" | "recalled" | "expelled" | "closed" | "halted"
            | "restricted" | "frozen" => 16,
            _ => 5,
        },
    }
}

/// An implicit target: an act without one takes the target of an earlier act of the same kind
/// in the sentence ("Bahrain cut its ties with Iran, while the UAE downgraded its relations").
fn implicit_targets(
    lex: &Lexicon,
    p: &entente_lexicon::Pattern,
    sources: &[Member],
    earlier: &[Found],
    discourse: &Discourse,
) -> Option<Vec<Member>> {
    // Mediation is between the parties of the act the sentence reports ("agreed to resume
    // relations after talks brokered by China"), else those of the document's lead story.
    if matches!(p.output, Output::Event(c) if c.as_str() == "045") {
        let parties: Vec<Member> = match earlier.iter().rev().find(|f| {
            matches!(lex.patterns[f.m.pattern as usize].output, Output::Event(_))
                && !share_country(&f.sources, sources)
        }) {
            Some(f) => f.sources.iter().chain(&f.targets).cloned().collect(),
            None => {
                let a = discourse.acts.first()?;
                a.agents.iter().chain(&a.patients).cloned().collect()
            }
        };
        let mut out: Vec<Member> = Vec::new();
        for m in outside(&parties, sources) {
            if !out.iter().any(|o| o.country == m.country) {
                out.push(m);
            }
        }
        return (out.len() >= 2).then_some(out);
    }
    // Otherwise only for acts on relations themselves (establishing or reducing them), where a
    // second actor following suit is the usual reading; and never an actor repeating itself.
    let fam = family(p.output);
    if fam != 5 && fam != 16 {
        return None;
    }
    let f = earlier.iter().rev().find(|f| {
        !f.targets.is_empty()
            && family(lex.patterns[f.m.pattern as usize].output) == fam
            && !share_country(&f.sources, sources)
    })?;
    let targets = outside(&f.targets, sources);
    (!targets.is_empty()).then_some(targets)
}

/// (source, target) pairs of a match: sources x targets, or every pair of a reciprocal group.
fn pairs(f: &Found) -> Vec<(Member, Option<Member>)> {
    let mut out = Vec::new();
    if f.reciprocal {
        for (i, a) in f.sources.iter().enumerate() {
            for b in &f.sources[i + 1..] {
                out.push((a.clone(), Some(b.clone())));
            }
        }
    } else {
        for s in &f.sources {
            for t in &f.targets {
                out.push((s.clone(), Some(t.clone())));
            }
        }
    }
    out
}

/// Whether the word at `i` is used as a verb rather than a noun.
fn verbal_use(lex: &Lexicon, sent: &Sent, i: usize, in_phrase: &[bool]) -> bool {
    let forms = lex.verb_lemmas(sent.id(i));
    if forms.is_empty() {
        return false;
    }
    let gerund = forms.iter().any(|(_, f)| *f == VerbForm::Gerund);
    let g = &lex.grammar;
    // A news sentence does not start with a bare verb: "Ties between A and B were restored".
    if i == 0 {
        return false;
    }
    // Walk back over the words that can sit between a determiner and its noun ("a high-profile
    // tour", "the surprise visit"): reaching a determiner or possessive means a noun; reaching a
    // subject, an auxiliary, "to" or a clause boundary means a verb, unless adjectives came
    // between ("said that full diplomatic ties ...").
    let mut k = i;
    let mut steps = 0;
    let mut adjectives = 0;
    while k > 0 && steps < 4 {
        k -= 1;
        steps += 1;
        let w = &sent.words[k];
        let id = w.id;
        if g.determiners.contains(&id) || g.possessives.contains(&id) {
            return false;
        }
        // After a preposition (or a subordinator that is also one: "after", "since") a gerund
        // is a verb ("after visiting"), any other form a noun ("after talks in Beijing").
        if steps == 1 && id != lex.w.to && g.prepositions.contains(&id) {
            return gerund;
        }
        let boundary =
            g.relativizers.contains(&id) || sent.is_punct(k) || g.conjunctions.contains(&id);
        if boundary && adjectives > 0 {
            return false;
        }
        if in_phrase[k]
            || g.auxiliaries.contains(&id)
            || id == lex.w.to
            || g.relativizers.contains(&id)
            || crate::sentence::is_pronoun(lex, id)
            || sent.is_punct(k)
            || g.conjunctions.contains(&id)
        {
            return true;
        }
        if g.modifiers.contains(&id) || sent.is_ly_adverb(k) || w.joined || w.joins_next {
            continue;
        }
        // The same across modifiers: "months of secret talks".
        if g.prepositions.contains(&id) {
            return gerund;
        }
        // Adjectives after a verb make its object ("said diplomatic ties ...", "restored full
        // relations"); so does an -s form right after a past verb ("said ties were restored").
        let before = lex.verb_lemmas(id);
        if !before.is_empty() && !g.auxiliaries.contains(&id) {
            let s_form = forms.iter().all(|(_, f)| *f == VerbForm::ThirdSingular);
            let past = before
                .iter()
                .any(|(_, f)| matches!(f, VerbForm::Past | VerbForm::PastParticiple));
            if adjectives > 0 || (steps == 1 && s_form && past) {
                return false;
            }
        }
        // An unknown word or noun modifier before a base form is an adjective: "surprise visit";
        // before a past form ("troops stormed") the word is more likely a subject noun.
        let only_base = forms
            .iter()
            .all(|(_, f)| matches!(f, VerbForm::Base | VerbForm::ThirdSingular));
        if !only_base || w.cap {
            return true;
        }
        if lex.verb_lemmas(id).is_empty() && !g.prepositions.contains(&id) {
            adjectives += 1;
        }
    }
    true
}

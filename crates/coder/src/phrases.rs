//! Actor phrases: names, titles, role nouns, compounds and references, resolved to codes.
//!
//! "US Secretary of State Antony Blinken" is one phrase (a country adjective, a title and a name);
//! "ambassadors from the UAE, Oman, Morocco and Bahrain" is one phrase with four members;
//! "them", "the kingdom" and "the two countries" are phrases whose members come from the
//! discourse memory.

use chrono::NaiveDate;
use entente_lexicon::{CountryForm, Lexicon, Meaning};
use entente_model::Span;

use crate::discourse::{Discourse, Referent};
use crate::sentence::Sent;

/// One actor inside a phrase.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Member {
    pub code: String,
    pub country: Option<String>,
    pub sectors: Vec<String>,
    /// Words that name this member.
    pub span: Span,
    /// Lexicon entries that produced the code.
    pub entry: String,
    /// Person index, for re-resolution by event date.
    pub person: Option<u32>,
    /// Named-actor index, for re-resolution by event date.
    pub actor: Option<u32>,
    /// Sectors that came from role nouns or seats (kept on re-resolution).
    pub agent_sectors: Vec<String>,
    /// The member names a place (country, capital or city) usable as a location.
    pub place: Option<String>,
    /// The member is only a place (a city), never an actor.
    pub place_only: bool,
}

impl Member {
    fn new(span: Span) -> Member {
        Member {
            code: String::new(),
            country: None,
            sectors: Vec::new(),
            span,
            entry: String::new(),
            person: None,
            actor: None,
            agent_sectors: Vec::new(),
            place: None,
            place_only: false,
        }
    }

    fn finish(&mut self) {
        let mut code = self.country.clone().unwrap_or_default();
        if let Some(c) = self.country.clone() {
            if code.len() > 3 {
                // The country field holds a full code (from a person or a named actor).
                code = c.clone();
                self.country = Some(c[..3].to_string());
                let extra: Vec<String> = c.as_bytes()[3..]
                    .chunks(3)
                    .map(|ch| String::from_utf8_lossy(ch).into_owned())
                    .collect();
                for s in extra {
                    if !self.sectors.contains(&s) {
                        self.sectors.insert(0, s);
                    }
                }
                code.truncate(3);
            }
        }
        for s in &self.sectors {
            code.push_str(s);
        }
        self.code = code;
    }

    /// Recomputes the code from country and sectors.
    pub fn finish_code(&mut self) {
        self.finish();
    }

    /// Re-resolves dated entries on another date.
    pub fn at_date(&self, lex: &Lexicon, date: NaiveDate) -> Member {
        let mut m = self.clone();
        let base = if let Some(p) = self.person {
            Some(lex.people[p as usize].code_at(date).code)
        } else {
            self.actor
                .map(|a| lex.actors[a as usize].code_at(date).code.clone())
        };
        if let Some(base) = base {
            m.country = Some(base);
            m.sectors = if self.person.is_some() && m.country.as_ref().is_some_and(|c| c.len() > 3)
            {
                Vec::new()
            } else {
                self.agent_sectors.clone()
            };
            if self.actor.is_some() {
                m.sectors.clear();
            }
            m.finish();
        }
        m
    }

    fn add_sector(&mut self, s: &str) {
        if !self.agent_sectors.iter().any(|x| x == s) {
            self.agent_sectors.push(s.to_string());
        }
    }
}

/// Whether any member of `a` shares a country with any member of `b`.
pub(crate) fn share_country(a: &[Member], b: &[Member]) -> bool {
    a.iter().any(|x| b.iter().any(|y| x.country == y.country))
}

/// The members of `ms` from countries none of `others` belongs to.
pub(crate) fn outside(ms: &[Member], others: &[Member]) -> Vec<Member> {
    ms.iter()
        .filter(|m| !share_country(std::slice::from_ref(m), others))
        .cloned()
        .collect()
}

/// How a phrase refers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum PhraseKind {
    /// Names or describes actors directly.
    Actor,
    /// A pronoun or anaphor resolved from the discourse.
    Reference,
    /// Only a place (a city).
    Place,
    /// An earlier act standing for its parties: "the measures", "the raid"; with the act's
    /// CAMEO quad class.
    Act(u8),
}

/// An actor phrase: a word range and its members.
#[derive(Debug, Clone)]
pub(crate) struct Phrase {
    /// First word.
    pub start: usize,
    /// One past the last word.
    pub end: usize,
    pub members: Vec<Member>,
    pub referent: Referent,
    pub kind: PhraseKind,
    /// The head is a country name, capital or seat (usable as a location after "in").
    pub placeable: bool,
}

impl Phrase {
    pub fn span(&self, sent: &Sent) -> Span {
        Span::new(
            sent.words[self.start].span.start as usize,
            sent.words[self.end - 1].span.end as usize,
        )
    }

    /// Members that can act (have a country or prefix).
    pub fn actors(&self) -> impl Iterator<Item = &Member> {
        self.members
            .iter()
            .filter(|m| !m.place_only && m.country.is_some())
    }

    /// Members that can fill an actor slot: actors, and places standing for their country
    /// ("visited Casablanca", "attacked communities in southern Israel").
    pub fn placed_actors(&self) -> impl Iterator<Item = &Member> {
        self.members.iter().filter(|m| m.country.is_some())
    }
}

/// The largest group of countries a group name expands into.
const MAX_GROUP: usize = 8;

/// One matched name or reference inside a phrase chain.
#[derive(Debug, Clone, Copy)]
enum Unit {
    Country(u16, CountryForm),
    Actor(u32),
    Person(u32),
    Agent(u16),
    Region(u16),
    /// A country attributed by a hyphenated compound: "Turkish-led".
    Attributed(u16),
}

fn pick(
    lex: &Lexicon,
    found: &[&Meaning],
    discourse: &Discourse,
    date: NaiveDate,
    common_word: bool,
) -> Option<Unit> {
    let rank = |m: &Meaning| -> u8 {
        match m {
            Meaning::Person { short: false, .. } => 0,
            Meaning::Actor(_) => 1,
            Meaning::Country {
                form: CountryForm::Name | CountryForm::Epithet | CountryForm::Seat(_),
                ..
            } => 2,
            Meaning::Country {
                form: CountryForm::Capital,
                ..
            } => 3,
            Meaning::Country {
                form: CountryForm::Adjective | CountryForm::Demonym,
                ..
            } => 4,
            Meaning::Region(_) => 5,
            Meaning::Person { short: true, .. } => 6,
            Meaning::Agent(_) => 7,
            Meaning::Country {
                form: CountryForm::City,
                ..
            } => 8,
            Meaning::Country {
                form: CountryForm::Anaphor,
                ..
            } => 9,
        }
    };
    // Surnames: prefer a person introduced earlier, then one in office on the date. A surname
    // spelled like an ordinary word ("May", "Power") needs the introduction.
    let usable = |p: u32| {
        discourse.people.contains(&p) || (lex.people[p as usize].active_by(date) && !common_word)
    };
    let shorts: Vec<u32> = found
        .iter()
        .filter_map(|m| match m {
            Meaning::Person {
                person,
                short: true,
            } if usable(*person) => Some(*person),
            _ => None,
        })
        .collect();
    let best = found
        .iter()
        .filter(|m| {
            !matches!(
                m,
                Meaning::Country {
                    form: CountryForm::Anaphor,
                    ..
                }
            )
        })
        .filter(|m| !matches!(m, Meaning::Person { person, short: true } if !usable(*person)))
        .min_by_key(|m| rank(m))?;
    Some(match **best {
        Meaning::Person { person, short } => {
            if short && shorts.len() > 1 {
                let chosen = shorts
                    .iter()
                    .copied()
                    .find(|p| discourse.people.contains(p))
                    .or_else(|| {
                        shorts
                            .iter()
                            .copied()
                            .find(|&p| lex.people[p as usize].in_office(date))
                    })?;
                Unit::Person(chosen)
            } else {
                Unit::Person(person)
            }
        }
        Meaning::Actor(a) => Unit::Actor(a),
        Meaning::Country { country, form } => Unit::Country(country, form),
        Meaning::Agent(a) => Unit::Agent(a),
        Meaning::Region(r) => Unit::Region(r),
    })
}

struct Builder<'a, 'l> {
    lex: &'l Lexicon,
    sent: &'a Sent<'a>,
    date: NaiveDate,
    found: Vec<&'l Meaning>,
}

impl<'l> Builder<'_, 'l> {
    /// The unit starting at word `i`, with its length.
    fn unit(&mut self, i: usize, discourse: &Discourse) -> Option<(Unit, usize)> {
        let w = self.sent.words.get(i)?;
        if w.joins_next && !w.joined {
            // "a Turkish-led flotilla": the noun gets the country.
            let next = self.sent.words.get(i + 1);
            if next.is_some_and(|x| !x.joins_next && self.lex.grammar.attributive.contains(&x.id)) {
                let mut found = std::mem::take(&mut self.found);
                let n = self
                    .lex
                    .names
                    .longest(&self.sent.words[i..i + 1], 0, |_| true, &mut found);
                let country = found.iter().find_map(|m| match m {
                    Meaning::Country {
                        country,
                        form: CountryForm::Adjective | CountryForm::Name,
                    } => Some(*country),
                    _ => None,
                });
                self.found = found;
                if n == 1 {
                    if let Some(c) = country {
                        return Some((Unit::Attributed(c), 2));
                    }
                }
            }
            return None;
        }
        if w.joined || w.joins_next {
            // Parts of hyphenated compounds ("Saudi-Israeli") modify; they do not act.
            return None;
        }
        let mut found = std::mem::take(&mut self.found);
        let n = self
            .lex
            .names
            .longest(&self.sent.words, i, |_| true, &mut found);
        // A phrase must not end inside a hyphenated compound.
        let unit = if n > 0 && !self.sent.words[i + n - 1].joins_next && !self.sent.is_timex(i) {
            let common = n == 1 && self.lex.is_common_word(w.id);
            pick(self.lex, &found, discourse, self.date, common).map(|u| (u, n))
        } else {
            None
        };
        self.found = found;
        unit
    }

    fn is_skippable_modifier(&self, i: usize) -> bool {
        let g = &self.lex.grammar;
        let id = self.sent.id(i);
        g.modifiers.contains(&id) || self.sent.is_ly_adverb(i)
    }
}

/// Builds the actor phrases of a sentence, resolving references against `discourse` and
/// recording new mentions in it.
pub(crate) fn build(
    lex: &Lexicon,
    sent: &Sent,
    date: NaiveDate,
    discourse: &mut Discourse,
) -> Vec<Phrase> {
    let mut b = Builder {
        lex,
        sent,
        date,
        found: Vec::new(),
    };
    let g = &lex.grammar;
    let n = sent.len();
    let mut phrases: Vec<Phrase> = Vec::new();
    discourse.new_sentence();
    let mut i = 0;
    while i < n {
        let id = sent.id(i);
        // "the new measures": the parties of an earlier act. Not a mention: pronouns keep
        // pointing at actors.
        if let Some(p) = act_reference(&b, i, discourse) {
            i = p.end;
            phrases.push(p);
            continue;
        }
        // References: pronouns, "the kingdom", "the two countries".
        if let Some(mut p) = reference(&mut b, i, discourse) {
            // "its embassy", "their diplomats": the possessor's role noun.
            if g.possessives.contains(&id) && p.end == i + 1 {
                if let Some(agent) = chain(&mut b, i + 1, discourse).filter(|q| {
                    q.kind == PhraseKind::Actor
                        && q.members.len() == 1
                        && q.members[0].country.is_none()
                        && q.members[0].person.is_none()
                }) {
                    let sectors = agent.members[0].agent_sectors.clone();
                    for m in &mut p.members {
                        for s in &sectors {
                            m.add_sector(s);
                        }
                        m.sectors = m.agent_sectors.clone();
                        m.finish();
                    }
                    p.end = agent.end;
                    p.kind = PhraseKind::Actor;
                    p.placeable = false;
                }
            }
            i = p.end;
            discourse.mention(&p.members, p.referent, (p.start, p.end));
            phrases.push(p);
            continue;
        }
        if g.determiners.contains(&id) && !g.possessives.contains(&id) || b.is_skippable_modifier(i)
        {
            i += 1;
            continue;
        }
        // Every phrase starts with a name, title, role noun or adjective the names trie knows.
        if !lex.names.may_start(id) {
            i += 1;
            continue;
        }
        let Some(p) = chain(&mut b, i, discourse) else {
            i += 1;
            continue;
        };
        let p = compound(&mut b, p, discourse);
        i = p.end.max(i + 1);
        if p.kind == PhraseKind::Actor {
            discourse.mention(&p.members, p.referent, (p.start, p.end));
        }
        phrases.push(p);
    }
    phrases
}

fn person_member(lex: &Lexicon, p: u32, date: NaiveDate, span: Span) -> Member {
    let person = &lex.people[p as usize];
    let pc = person.code_at(date);
    let mut m = Member::new(span);
    m.country = Some(pc.code.clone());
    m.person = Some(p);
    m.entry = format!("{}#{}", person.file, person.id);
    m
}

/// A chain of units that names one actor ("US Secretary of State Antony Blinken"), or an agent
/// phrase distributed over a list ("ambassadors from the UAE, Oman and Bahrain").
fn chain(b: &mut Builder, start: usize, discourse: &Discourse) -> Option<Phrase> {
    if let Some(p) = coordinated_adjectives(b, start, discourse) {
        return Some(p);
    }
    let lex = b.lex;
    let sent = b.sent;
    let g = &lex.grammar;
    let n = sent.len();
    let mut units: Vec<(Unit, usize, usize)> = Vec::new();
    let mut i = start;
    let mut unknown_name: Option<(usize, usize)> = None;
    loop {
        if i >= n {
            break;
        }
        if let Some((u, len)) = b.unit(i, discourse) {
            // A second head noun after a complete name starts a new phrase.
            let last_is_head = units.last().is_some_and(|(lu, _, _)| {
                matches!(
                    lu,
                    Unit::Person(_)
                        | Unit::Actor(_)
                        | Unit::Region(_)
                        | Unit::Country(
                            _,
                            CountryForm::Name | CountryForm::Capital | CountryForm::City
                        )
                )
            });
            let joins = match u {
                Unit::Agent(_) => !units.iter().any(|(u, _, _)| matches!(u, Unit::Person(_))),
                Unit::Person(_) => !last_is_head,
                _ => !last_is_head && !units.iter().any(|(u, _, _)| matches!(u, Unit::Agent(_))),
            };
            if !units.is_empty() && !joins {
                break;
            }
            units.push((u, i, i + len));
            i += len;
            // Possessive link: "Kuwait's emir", "Qatar's foreign ministry".
            // Modifiers may stand between: "Yemen's internationally recognised government".
            if sent.id(i) == lex.w.poss || sent.id(i) == lex.w.apos {
                let mut j = i + 1;
                while j < n && b.is_skippable_modifier(j) {
                    j += 1;
                }
                if matches!(
                    u,
                    Unit::Country(_, CountryForm::Name | CountryForm::Capital) | Unit::Actor(_)
                ) && j < n
                    && b.unit(j, discourse)
                        .is_some_and(|(u2, _)| matches!(u2, Unit::Agent(_)))
                {
                    i = j;
                    continue;
                }
                break;
            }
            // Modifiers between units: "Israeli senior officials", "White House senior adviser".
            let mut j = i;
            while j < n && b.is_skippable_modifier(j) {
                j += 1;
            }
            if j > i && j < n && b.unit(j, discourse).is_some() {
                i = j;
            }
            continue;
        }
        // A title followed by an unknown name: "Secretary of State Antony Blinken"; when the name
        // is part of someone introduced earlier ("Prince Faisal" after "Prince Faisal bin
        // Farhan"), it is that person.
        if let Some((Unit::Agent(_), _, _)) = units.last() {
            let mut j = i;
            while j < n && sent.is_capitalized_unknown(j, lex) && !sent.words[j].joins_next {
                j += 1;
            }
            if j > i && sent.words[i].cap {
                let name: Vec<String> = (i..j).map(|k| sent.word_text(k).to_lowercase()).collect();
                let known = discourse.people.iter().rev().copied().find(|&p| {
                    let full = lex.people[p as usize].name.to_lowercase();
                    let parts: Vec<&str> = full.split([' ', '-']).collect();
                    name.iter().all(|t| parts.contains(&t.as_str()))
                });
                match known {
                    Some(p) if !units.iter().any(|(u, _, _)| matches!(u, Unit::Person(_))) => {
                        units.push((Unit::Person(p), i, j));
                    }
                    _ => unknown_name = Some((i, j)),
                }
                i = j;
            }
        }
        break;
    }
    if units.is_empty() {
        return None;
    }
    let end = i;
    let span = Span::new(
        sent.words[start].span.start as usize,
        sent.words[end - 1].span.end as usize,
    );
    let mut m = Member::new(span);
    let mut entries: Vec<String> = Vec::new();
    let mut region: Option<u16> = None;
    let mut plural = false;
    let mut place_only = true;
    let mut placeable = false;
    let mut person_like = false;
    let mut has_agent = false;
    for &(u, us, ue) in &units {
        match u {
            Unit::Person(p) => {
                let pm = person_member(lex, p, b.date, span);
                m.country = pm.country;
                m.person = Some(p);
                entries.push(pm.entry);
                person_like = true;
                place_only = false;
            }
            Unit::Actor(a) => {
                let actor = &lex.actors[a as usize];
                if m.person.is_none() {
                    m.country = Some(actor.code_at(b.date).code.clone());
                    m.actor = Some(a);
                }
                entries.push(format!("{}#{}", actor.file, actor.id));
                place_only = false;
            }
            Unit::Country(c, form) => {
                let cc = &lex.countries[c as usize];
                if m.person.is_none() && m.actor.is_none() {
                    m.country = Some(cc.code.clone());
                }
                entries.push(format!("countries.toml#{}", cc.code));
                match form {
                    CountryForm::City => {
                        m.place = Some(cc.code.clone());
                    }
                    CountryForm::Capital => {
                        m.place = Some(cc.code.clone());
                        placeable = true;
                        place_only = false;
                        if units.len() == 1 {
                            m.add_sector("GOV");
                        }
                    }
                    CountryForm::Seat(s) => {
                        m.add_sector(&lex.sectors[s as usize]);
                        place_only = false;
                    }
                    CountryForm::Name | CountryForm::Epithet => {
                        m.place = Some(cc.code.clone());
                        placeable = true;
                        place_only = false;
                    }
                    CountryForm::Demonym => {
                        plural = true;
                        place_only = false;
                    }
                    CountryForm::Adjective | CountryForm::Anaphor => place_only = false,
                }
            }
            Unit::Agent(a) => {
                let agent = &lex.agents[a as usize];
                m.add_sector(&agent.sector);
                entries.push(format!("agents.toml#{}", agent.sector));
                has_agent = true;
                place_only = false;
                let last = sent.word_text(ue - 1);
                if last.ends_with('s') && !last.ends_with("ss") && ue == end {
                    plural = true;
                } else {
                    person_like = true;
                }
                let _ = us;
            }
            Unit::Region(r) => {
                region = Some(r);
                plural = true;
                place_only = false;
            }
            Unit::Attributed(c) => {
                let cc = &lex.countries[c as usize];
                if m.person.is_none() && m.actor.is_none() {
                    m.country = Some(cc.code.clone());
                }
                entries.push(format!("countries.toml#{}", cc.code));
                place_only = false;
            }
        }
    }
    if let Some((a, z)) = unknown_name {
        entries.push(format!("name:{}", sent.text_between(a, z - 1)));
        person_like = true;
    }
    m.entry = entries.join("+");
    // A lone adjective names an actor only with a noun after it: "an American contractor",
    // "a Turkish passenger ship" (a role noun would have joined the chain).
    let mut end = end;
    if units.len() == 1 && matches!(units[0].0, Unit::Country(_, CountryForm::Adjective)) {
        let noun = |k: usize| {
            k < n && {
                let w = &sent.words[k];
                w.kind == entente_model::TokenKind::Word
                    && !w.cap
                    && !w.joined
                    && lex.verb_lemmas(w.id).is_empty()
                    && !g.prepositions.contains(&w.id)
                    && !g.conjunctions.contains(&w.id)
                    && !g.determiners.contains(&w.id)
                    && !g.relativizers.contains(&w.id)
                    && !g.auxiliaries.contains(&w.id)
            }
        };
        if !noun(end) {
            return None;
        }
        while noun(end) && end < units[0].2 + 3 {
            end += 1;
        }
        m.span = Span::new(
            sent.words[start].span.start as usize,
            sent.words[end - 1].span.end as usize,
        );
    }
    let mut members = Vec::new();
    // A small group ("the Gulf states") stands for its members; a large region ("the Arab
    // world") is one regional actor when CAMEO has a code for it, else no actor at all.
    if let Some(r) = region.filter(|&r| lex.regions[r as usize].members.len() > MAX_GROUP) {
        let reg = &lex.regions[r as usize];
        m.country = reg.code.clone();
        m.entry = format!("regions.toml#{}", reg.id);
        members.push(m);
    } else if let Some(r) = region {
        for &c in &lex.regions[r as usize].members {
            let mut rm = Member::new(span);
            rm.country = Some(lex.countries[c as usize].code.clone());
            rm.agent_sectors = m.agent_sectors.clone();
            rm.entry = format!("regions.toml#{}", lex.regions[r as usize].id);
            members.push(rm);
        }
    } else {
        members.push(m);
    }
    let mut phrase = Phrase {
        start,
        end,
        members,
        referent: if plural {
            Referent::Plural
        } else if person_like {
            Referent::Person
        } else {
            Referent::Thing
        },
        kind: if place_only {
            PhraseKind::Place
        } else {
            PhraseKind::Actor
        },
        placeable,
    };
    if place_only {
        phrase.members[0].place_only = true;
    }
    // An agent without a country takes it from "of/from/in X": "ambassadors from the UAE, ...",
    // "the leaders of Ethiopia and Eritrea".
    // Not after a possessive: in "its ambassador from Israel" the ambassador is the
    // possessor's and "from Israel" belongs to the verb.
    let after_possessive = start > 0 && g.possessives.contains(&sent.id(start - 1));
    if has_agent
        && !after_possessive
        && phrase.members.len() == 1
        && phrase.members[0].country.is_none()
        && end < n
        && [lex.w.from, lex.w.of, lex.w.in_].contains(&sent.id(end))
    {
        let mut j = end + 1;
        while j < n && g.determiners.contains(&sent.id(j)) {
            j += 1;
        }
        if j < n {
            if let Some(inner) = chain(b, j, discourse) {
                let inner = compound(b, inner, discourse);
                if inner.kind == PhraseKind::Actor
                    && inner
                        .members
                        .iter()
                        .all(|x| x.person.is_none() && x.country.is_some())
                {
                    let sectors = phrase.members[0].agent_sectors.clone();
                    let entry = phrase.members[0].entry.clone();
                    let mut members = Vec::new();
                    for im in &inner.members {
                        let mut nm = im.clone();
                        for s in &sectors {
                            nm.add_sector(s);
                        }
                        nm.entry = format!("{entry}+{}", im.entry);
                        nm.place = None;
                        members.push(nm);
                    }
                    phrase.members = members;
                    phrase.end = inner.end;
                    if phrase.members.len() > 1 {
                        phrase.referent = Referent::Plural;
                    }
                    phrase.placeable = false;
                }
            }
        }
    }
    for m in &mut phrase.members {
        m.sectors = m.agent_sectors.clone();
        if m.person.is_some() && m.country.as_ref().is_some_and(|c| c.len() > 3) {
            m.sectors.clear();
        }
        if m.actor.is_some() {
            m.sectors.clear();
        }
        m.finish();
    }
    Some(phrase)
}

/// Coordinated country adjectives sharing one role noun: "Hungarian and Romanian officials"
/// are Hungarian officials and Romanian officials.
fn coordinated_adjectives(b: &mut Builder, start: usize, discourse: &Discourse) -> Option<Phrase> {
    let lex = b.lex;
    let sent = b.sent;
    let n = sent.len();
    let mut countries: Vec<(u16, usize, usize)> = Vec::new();
    let mut i = start;
    loop {
        let (u, len) = b.unit(i, discourse)?;
        let Unit::Country(c, CountryForm::Adjective) = u else {
            return None;
        };
        countries.push((c, i, i + len));
        i += len;
        if i < n && (sent.id(i) == lex.w.and || sent.is_comma(i)) {
            i += 1;
            if i < n && sent.id(i) == lex.w.and {
                i += 1;
            }
            continue;
        }
        break;
    }
    if countries.len() < 2 {
        return None;
    }
    let (Unit::Agent(a), len) = b.unit(i, discourse)? else {
        return None;
    };
    let end = i + len;
    let sector = lex.agents[a as usize].sector.clone();
    let span_of = |s: usize, e: usize| {
        Span::new(
            sent.words[s].span.start as usize,
            sent.words[e - 1].span.end as usize,
        )
    };
    let members = countries
        .iter()
        .map(|&(c, s, e)| {
            let mut m = Member::new(span_of(s, e));
            m.country = Some(lex.countries[c as usize].code.clone());
            m.add_sector(&sector);
            m.sectors = m.agent_sectors.clone();
            m.entry = format!(
                "countries.toml#{}+agents.toml#{sector}",
                lex.countries[c as usize].code
            );
            m.finish();
            m
        })
        .collect();
    Some(Phrase {
        start,
        end,
        members,
        referent: Referent::Plural,
        kind: PhraseKind::Actor,
        placeable: false,
    })
}

/// Extends a phrase with coordinated phrases: "Saudi Arabia, the UAE, Bahrain and Egypt";
/// and narrows a group by an explicit list: "Gulf states, including Saudi Arabia and Oman".
fn compound(b: &mut Builder, first: Phrase, discourse: &Discourse) -> Phrase {
    let lex = b.lex;
    let sent = b.sent;
    let g = &lex.grammar;
    let n = sent.len();
    if first.kind != PhraseKind::Actor {
        return first;
    }
    let and = lex.w.and;
    let mut parts = vec![first];
    let mut i = parts[0].end;
    let mut closed = false;
    // Group narrowed by ", including A, B and C,".
    if parts[0].members.len() > 1 && sent.is_comma(i) && i + 1 < n {
        let k = sent.id(i + 1);
        if k == lex.w.including || k == lex.w.like {
            let mut j = i + 2;
            while j < n && g.determiners.contains(&sent.id(j)) {
                j += 1;
            }
            if let Some(list) = chain(b, j, discourse) {
                let list = compound(b, list, discourse);
                if list.kind == PhraseKind::Actor && list.members.len() > 1 {
                    let mut p = parts.remove(0);
                    p.members = list.members;
                    p.end = list.end;
                    return p;
                }
            }
        }
    }
    loop {
        if i >= n {
            break;
        }
        let sep_and = sent.id(i) == and;
        let sep_comma = sent.is_comma(i);
        if !sep_and && !sep_comma {
            break;
        }
        let mut j = i + 1;
        if sep_comma && j < n && sent.id(j) == and {
            j += 1;
        }
        let and_seen = sep_and || (sep_comma && sent.id(i + 1) == and);
        while j < n && g.determiners.contains(&sent.id(j)) && !g.possessives.contains(&sent.id(j)) {
            j += 1;
        }
        if j >= n {
            break;
        }
        let Some(next) = chain(b, j, discourse) else {
            break;
        };
        if next.kind != PhraseKind::Actor
            || next.members.iter().any(|m| m.country.is_none())
            || next.referent == Referent::Person && parts[0].referent != Referent::Person
        {
            break;
        }
        i = next.end;
        parts.push(next);
        if and_seen {
            closed = true;
            break;
        }
    }
    if parts.len() == 1 || !closed {
        return parts.remove(0);
    }
    // "between Doha and Riyadh, Abu Dhabi, Manama and Cairo": one side set against a list. The
    // first name stands alone; the list (from the second name on) is the other side.
    if parts.len() == 2
        && parts[0].start > 0
        && sent.id(parts[0].start - 1) == lex.w.between
        && sent.id(parts[0].end) == and
        && sent.is_comma(parts[1].end)
        && chain(b, parts[1].end + 1, discourse).is_some_and(|q| q.kind == PhraseKind::Actor)
    {
        return parts.remove(0);
    }
    let mut p = parts.remove(0);
    for q in parts {
        p.members.extend(q.members);
        p.end = q.end;
    }
    p.referent = Referent::Plural;
    p.placeable = false;
    p
}

/// "three" -> 3, "4" -> 4.
fn count_word(w: &str) -> Option<usize> {
    let n = match w {
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        _ => return w.parse().ok().filter(|n| (2..=30).contains(n)),
    };
    Some(n)
}

/// "the measures", "these attacks", "the new agreement": a definite noun that names an act the
/// document reported earlier stands for that act's parties (`grammar.toml` `act_nouns`). Not
/// when a preposition names the parties itself ("the blockade of Gaza").
fn act_reference(b: &Builder, i: usize, discourse: &Discourse) -> Option<Phrase> {
    let lex = b.lex;
    let sent = b.sent;
    let g = &lex.grammar;
    let n = sent.len();
    if discourse.acts.is_empty() || i + 1 >= n {
        return None;
    }
    if !g.definite_determiners.contains(&sent.id(i)) {
        return None;
    }
    // Up to two lowercase modifiers: "the new", "the latest punitive".
    let mut k = i + 1;
    while k < n && k < i + 4 && !g.act_nouns.contains_key(&sent.id(k)) {
        let w = &sent.words[k];
        let id = w.id;
        if w.kind != entente_model::TokenKind::Word
            || w.cap
            || g.prepositions.contains(&id)
            || g.auxiliaries.contains(&id)
            || g.conjunctions.contains(&id)
            || g.determiners.contains(&id)
            || g.relativizers.contains(&id)
        {
            return None;
        }
        k += 1;
    }
    let noun = *g.act_nouns.get(&sent.id(k))?;
    if k + 1 < n {
        let next = sent.id(k + 1);
        if g.prepositions.contains(&next) && next != lex.w.in_ && next != lex.w.at
            || sent.words[k + 1].cap
            || sent.words[k].joins_next
        {
            return None;
        }
    }
    let (members, quad) = discourse.first_act(noun)?;
    let span = sent.words[i].span.cover(sent.words[k].span);
    let members: Vec<Member> = members
        .into_iter()
        .map(|m| {
            let mut x = Member::new(span);
            x.country = m.country.clone();
            x.agent_sectors = m.agent_sectors.clone();
            x.sectors = m.sectors.clone();
            x.entry = format!("act:{}", lex.vocab.text(sent.id(k)));
            x.finish();
            x
        })
        .collect();
    Some(Phrase {
        start: i,
        end: k + 1,
        referent: if members.len() > 1 {
            Referent::Plural
        } else {
            Referent::Thing
        },
        members,
        kind: PhraseKind::Act(quad),
        placeable: false,
    })
}

/// A pronoun inside a subordinate clause with no candidate of its own refers to the main
/// clause's subject: "Riyadh cut ties with Tehran after its missions were attacked" (its =
/// Riyadh's). `None` when the rule does not apply.
fn main_subject<'d>(
    b: &Builder,
    i: usize,
    discourse: &'d Discourse,
    referent: Referent,
) -> Option<&'d crate::discourse::Entity> {
    let sent = b.sent;
    let g = &b.lex.grammar;
    let k = (0..i)
        .rev()
        .find(|&k| g.gap_barriers.contains(&sent.id(k)))?;
    let here = discourse.this_sentence();
    if here
        .iter()
        .any(|e| e.word > k && e.word < i && e.referent == referent)
    {
        return None;
    }
    // The subject of the clause the subordinator attaches to: the latest mention before it
    // that a verb follows ("..., when Riyadh cut ties after its embassy ...").
    here.iter().rev().find(|e| {
        e.word < k
            && e.referent == referent
            && e.end < sent.len()
            && crate::sentence::is_verb_form(b.lex, sent.id(e.end))
    })
}

/// Pronouns, anaphors and dyad references.
fn reference(b: &mut Builder, i: usize, discourse: &Discourse) -> Option<Phrase> {
    let lex = b.lex;
    let sent = b.sent;
    let g = &lex.grammar;
    let id = sent.id(i);
    let n = sent.len();
    let mk = |members: Vec<Member>, end: usize, referent: Referent, span: Span, what: &str| {
        let members = members
            .into_iter()
            .map(|mut m| {
                m.entry = format!("anaphora:{what}");
                m.span = span;
                m.place = None;
                m
            })
            .collect::<Vec<_>>();
        (!members.is_empty()).then_some(Phrase {
            start: i,
            end,
            members,
            referent,
            kind: PhraseKind::Reference,
            placeable: false,
        })
    };
    let wspan = sent.words[i].span;
    if g.pronouns_person.contains(&id) && !g.pronouns_thing.contains(&id) {
        let e = main_subject(b, i, discourse, Referent::Person)
            .or_else(|| discourse.last(Referent::Person))?;
        return mk(e.members.clone(), i + 1, Referent::Person, wspan, "person");
    }
    if g.pronouns_thing.contains(&id) {
        let e = main_subject(b, i, discourse, Referent::Thing)
            .or_else(|| discourse.last(Referent::Thing))?;
        return mk(e.members.clone(), i + 1, Referent::Thing, wspan, "thing");
    }
    if g.pronouns_plural.contains(&id) {
        let e = discourse.last(Referent::Plural)?;
        return mk(e.members.clone(), i + 1, Referent::Plural, wspan, "plural");
    }
    let the = lex.w.the;
    // "the four countries", "the three Gulf states": the latest group of that size (narrowed to
    // the region's members when a region is named).
    if id == the && i + 2 < n {
        if let Some(count) = count_word(lex.vocab.text(sent.id(i + 1))).filter(|c| *c > 2) {
            let mut found = std::mem::take(&mut b.found);
            let len = lex.names.longest(&sent.words, i + 2, |_| true, &mut found);
            let region: Option<Vec<String>> = found.iter().find_map(|m| match m {
                Meaning::Region(r) => Some(
                    lex.regions[*r as usize]
                        .members
                        .iter()
                        .map(|&c| lex.countries[c as usize].code.clone())
                        .collect(),
                ),
                _ => None,
            });
            b.found = found;
            let end = if region.is_some() {
                Some(i + 2 + len)
            } else if g.dyad_nouns.contains(&sent.id(i + 2)) {
                Some(i + 3)
            } else {
                None
            };
            if let Some(end) = end {
                if let Some(ms) = discourse.last_group(count, region.as_deref()) {
                    let span = wspan.cover(sent.words[end - 1].span);
                    let ms = ms
                        .into_iter()
                        .map(|m| {
                            let mut x = Member::new(span);
                            x.country = m.country.clone();
                            x.finish();
                            x
                        })
                        .collect();
                    return mk(ms, end, Referent::Plural, span, "group");
                }
            }
        }
    }
    // "the two countries", "both sides", "the two regional rivals"
    let (mut two_end, after_two) = if id == the && sent.id(i + 1) == lex.w.two {
        (i + 2, true)
    } else if id == lex.w.both {
        (i + 1, true)
    } else {
        (i, false)
    };
    if after_two {
        let mut k = two_end;
        while k < n && k < two_end + 2 && !g.dyad_nouns.contains(&sent.id(k)) && {
            let w = &sent.words[k];
            w.kind == entente_model::TokenKind::Word && !w.cap && !lex.is_common_word(w.id)
                || g.modifiers.contains(&w.id)
        } {
            k += 1;
        }
        two_end = k;
    }
    if after_two && two_end < n && g.dyad_nouns.contains(&sent.id(two_end)) {
        // After a preposition the phrase is not its own clause's subject: "Iraq and Oman hosted
        // talks between the two rivals".
        let object = i > 0 && g.prepositions.contains(&sent.id(i - 1));
        let members = discourse.dyad(object);
        if members.len() == 2 {
            let span = wspan.cover(sent.words[two_end].span);
            let mut ms: Vec<Member> = members
                .into_iter()
                .map(|m| {
                    let mut x = Member::new(span);
                    x.country = m.country.clone();
                    x
                })
                .collect();
            // "the two governments", "both leaders": the role noun gives the sector.
            if let Some((Unit::Agent(a), _)) = b.unit(two_end, discourse) {
                let sector = lex.agents[a as usize].sector.clone();
                for m in &mut ms {
                    m.agent_sectors = vec![sector.clone()];
                }
            }
            for m in &mut ms {
                m.sectors = m.agent_sectors.clone();
                m.finish();
            }
            return mk(ms, two_end + 1, Referent::Plural, span, "dyad");
        }
    }
    // "the kingdom", "the island"
    if id == the && i + 1 < n {
        let mut found = std::mem::take(&mut b.found);
        let len = lex.names.longest(&sent.words, i + 1, |_| true, &mut found);
        let candidates: Vec<String> = found
            .iter()
            .filter_map(|m| match m {
                Meaning::Country {
                    country,
                    form: CountryForm::Anaphor,
                } => Some(lex.countries[*country as usize].code.clone()),
                _ => None,
            })
            .collect();
        b.found = found;
        if len > 0 && !candidates.is_empty() {
            let m = discourse.last_country_in(&candidates)?.clone();
            let span = wspan.cover(sent.words[i + len].span);
            let mut x = Member::new(span);
            x.country = m.country.clone();
            x.sectors = Vec::new();
            x.finish();
            return mk(vec![x], i + 1 + len, Referent::Thing, span, "anaphor");
        }
    }
    None
}

//! In-document memory for coreference: who has been mentioned, in what order.

use entente_lexicon::ActNoun;

use crate::phrases::{outside, share_country, Member};

/// What kind of thing a mention refers to, for pronoun agreement.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Referent {
    /// A person or a single office-holder: he, she, him, her.
    Person,
    /// A country, organisation or institution: it, its.
    Thing,
    /// Several actors: they, them, their.
    Plural,
}

#[derive(Debug, Clone)]
pub(crate) struct Entity {
    pub members: Vec<Member>,
    pub referent: Referent,
    /// First word of the mention in its sentence.
    pub word: usize,
    /// One past its last word.
    pub end: usize,
}

/// Everything mentioned so far in the document.
#[derive(Debug, Default)]
pub(crate) struct Discourse {
    pub entities: Vec<Entity>,
    /// People mentioned by full name (lexicon indices), for surname resolution.
    pub people: Vec<u32>,
    /// Acts reported so far (asserted, intended or scheduled), in document order.
    pub acts: Vec<Act>,
    /// Index in `entities` of the current sentence's first mention.
    pub sentence_start: usize,
}

/// An act the document reported, for references such as "the measures".
#[derive(Debug, Clone)]
pub(crate) struct Act {
    /// CAMEO root, 1..=20.
    pub root: u8,
    /// CAMEO quad class: 1 verbal and 2 material cooperation, 3 verbal and 4 material conflict.
    pub quad: u8,
    /// Its sources.
    pub agents: Vec<Member>,
    /// Its targets.
    pub patients: Vec<Member>,
    /// `entities.len()` when it was reported: its place among the mentions.
    pub at: usize,
}

/// Acts remembered per document: a reference names the lead story's act, which comes early.
const MAX_ACTS: usize = 64;

impl Discourse {
    /// Starts a new sentence.
    pub fn new_sentence(&mut self) {
        self.sentence_start = self.entities.len();
    }

    pub fn mention(&mut self, members: &[Member], referent: Referent, words: (usize, usize)) {
        if members.is_empty() || members.iter().all(|m| m.country.is_none()) {
            return;
        }
        for m in members {
            if let Some(p) = m.person {
                if !self.people.contains(&p) {
                    self.people.push(p);
                }
            }
        }
        self.entities.push(Entity {
            members: members.to_vec(),
            referent,
            word: words.0,
            end: words.1,
        });
        // Bounded memory: old mentions stop mattering.
        if self.entities.len() > 64 {
            self.entities.drain(..16);
            self.sentence_start = self.sentence_start.saturating_sub(16);
            for a in &mut self.acts {
                a.at = a.at.saturating_sub(16);
            }
        }
    }

    /// Remembers an act.
    pub fn act(&mut self, act: Act) {
        if self.acts.len() < MAX_ACTS && !act.agents.is_empty() {
            self.acts.push(act);
        }
    }

    /// The parties of the earliest act an act noun can name: in news, a later "the measures"
    /// or "the raid" points back to the lead story.
    pub fn first_act(&self, noun: ActNoun) -> Option<(Vec<Member>, u8)> {
        let act = self.acts.iter().find(|a| noun.names_root(a.root))?;
        let mut out: Vec<Member> = Vec::new();
        let parties = act
            .agents
            .iter()
            .chain(act.patients.iter().filter(|_| noun.all_parties));
        for m in parties {
            if !out.iter().any(|o| o.code == m.code) {
                out.push(m.clone());
            }
        }
        Some((out, act.quad))
    }

    /// The agents of the latest act of a quad class against any of `patients`: who is meant
    /// by an agentless passive ("Qatar is given ten days to comply", after "... sent Qatar a
    /// list of demands").
    pub fn agents_against(&self, quad: u8, patients: &[Member]) -> Option<Vec<Member>> {
        let act = self
            .acts
            .iter()
            .rev()
            .find(|a| a.quad == quad && share_country(&a.patients, patients))?;
        let agents = outside(&act.agents, patients);
        (!agents.is_empty()).then_some(agents)
    }

    /// The most recent entity of a kind.
    pub fn last(&self, referent: Referent) -> Option<&Entity> {
        self.entities.iter().rev().find(|e| e.referent == referent)
    }

    /// The current sentence's mentions.
    pub fn this_sentence(&self) -> &[Entity] {
        &self.entities[self.sentence_start.min(self.entities.len())..]
    }

    /// The pair a dyad reference ("the two countries", "both sides") most likely means: the
    /// latest mention or act that joins exactly two countries ("Saudi Arabia and Iran agreed"),
    /// else the last two countries mentioned. With `before_sentence`, mentions of the current
    /// sentence are passed over ("Iraq and Oman hosted talks between the two rivals").
    pub fn dyad(&self, before_sentence: bool) -> Vec<Member> {
        let limit = if before_sentence {
            self.sentence_start.min(self.entities.len())
        } else {
            self.entities.len()
        };
        let pair_of = |ms: &mut dyn Iterator<Item = &Member>| -> Option<Vec<Member>> {
            let mut out: Vec<Member> = Vec::new();
            for m in ms {
                let Some(c) = state_voice(m) else { continue };
                if !out.iter().any(|o| o.country.as_ref() == Some(c)) {
                    out.push(m.clone());
                }
            }
            (out.len() == 2).then_some(out)
        };
        let entity = self.entities[..limit]
            .iter()
            .enumerate()
            .rev()
            .find_map(|(i, e)| pair_of(&mut e.members.iter()).map(|p| (i + 1, p)));
        let act = self
            .acts
            .iter()
            .rev()
            .filter(|a| a.at <= limit)
            .find_map(|a| pair_of(&mut a.agents.iter().chain(&a.patients)).map(|p| (a.at, p)));
        match (entity, act) {
            (Some((ei, e)), Some((aa, a))) => {
                if aa >= ei {
                    a
                } else {
                    e
                }
            }
            (Some((_, e)), None) | (None, Some((_, e))) => e,
            (None, None) => self.last_two_countries(limit),
        }
    }

    /// The most recent single-country entity whose country is one of `countries`.
    pub fn last_country_in(&self, countries: &[String]) -> Option<&Member> {
        self.entities.iter().rev().find_map(|e| {
            (e.members.len() == 1
                && e.members[0]
                    .country
                    .as_ref()
                    .is_some_and(|c| countries.contains(c)))
            .then(|| &e.members[0])
        })
    }

    /// The latest group of exactly `n` countries ("the four countries"), or, with a region,
    /// the latest group whose members in that region are exactly `n` ("the three Gulf states").
    pub fn last_group(&self, n: usize, region: Option<&[String]>) -> Option<Vec<Member>> {
        self.entities.iter().rev().find_map(|e| {
            let ms: Vec<Member> = e
                .members
                .iter()
                .filter(|m| {
                    let c = m.country.as_deref().unwrap_or("");
                    region.is_none_or(|r| r.iter().any(|x| x == c))
                })
                .cloned()
                .collect();
            (ms.len() == n).then_some(ms)
        })
    }

    /// The last two distinct countries mentioned ("the two countries"); companies and media
    /// ("Ethiopian Airlines said", "on Twitter") are not countries' voices and are passed over.
    fn last_two_countries(&self, limit: usize) -> Vec<Member> {
        let mut out: Vec<Member> = Vec::new();
        for e in self.entities[..limit].iter().rev() {
            for m in e.members.iter().rev() {
                let Some(c) = state_voice(m) else { continue };
                if !out.iter().any(|o| o.country.as_ref() == Some(c)) {
                    out.push(m.clone());
                }
                if out.len() == 2 {
                    out.reverse();
                    return out;
                }
            }
        }
        Vec::new()
    }
}

/// The country a member speaks for in a dyad reference: a state's, not an international
/// body's, a company's or a news outlet's ("Ethiopian Airlines said", "on Twitter").
fn state_voice(m: &Member) -> Option<&String> {
    let c = m.country.as_ref()?;
    let private = m.sectors.iter().any(|s| s == "BUS" || s == "MED");
    (c.len() == 3 && c != "IGO" && !private).then_some(c)
}

//! In-document memory for coreference: who has been mentioned, in what order.

use entente_lexicon::ActNoun;

use crate::phrases::Member;

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
}

/// Everything mentioned so far in the document.
#[derive(Debug, Default)]
pub(crate) struct Discourse {
    pub entities: Vec<Entity>,
    /// People mentioned by full name (lexicon indices), for surname resolution.
    pub people: Vec<u32>,
    /// Acts reported so far (asserted, intended or scheduled), in document order.
    pub acts: Vec<Act>,
}

/// An act the document reported, for references such as "the measures".
#[derive(Debug, Clone)]
pub(crate) struct Act {
    /// CAMEO root, 1..=20.
    pub root: u8,
    /// Its sources.
    pub agents: Vec<Member>,
    /// Its targets.
    pub patients: Vec<Member>,
}

/// Acts remembered per document: a reference names the lead story's act, which comes early.
const MAX_ACTS: usize = 64;

impl Discourse {
    pub fn mention(&mut self, members: &[Member], referent: Referent) {
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
        });
        // Bounded memory: old mentions stop mattering.
        if self.entities.len() > 64 {
            self.entities.drain(..16);
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
    pub fn first_act(&self, noun: ActNoun) -> Option<Vec<Member>> {
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
        Some(out)
    }

    /// The most recent entity of a kind.
    pub fn last(&self, referent: Referent) -> Option<&Entity> {
        self.entities.iter().rev().find(|e| e.referent == referent)
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
    pub fn last_two_countries(&self) -> Vec<Member> {
        let mut out: Vec<Member> = Vec::new();
        for e in self.entities.iter().rev() {
            for m in e.members.iter().rev() {
                let Some(c) = &m.country else { continue };
                if m.sectors.iter().any(|s| s == "BUS" || s == "MED") {
                    continue;
                }
                if c.len() == 3 && c != "IGO" && !out.iter().any(|o| o.country.as_ref() == Some(c))
                {
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

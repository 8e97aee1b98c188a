//! Relation states: standing facts about a dyad ("Israel and Morocco have no official ties").

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::Span;

/// The kinds of standing relation Entente records, with their allowed values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Relation {
    /// Symmetric: full, liaison, downgraded, none, unofficial.
    DiplomaticRelations,
    /// a's head of mission in b: in_post, recalled, expelled, none.
    Ambassador,
    /// a's embassy in b: open, closed.
    Embassy,
    /// a's liaison office in b: open, closed.
    LiaisonOffice,
    /// Symmetric: open, closed.
    Consulates,
    /// a restricts trade with b: normal, restricted, halted.
    Trade,
    /// a on b: in_force, eased, lifted.
    Sanctions,
    /// a's airspace for b's aircraft: open, closed.
    Airspace,
    /// Symmetric: open, closed.
    Border,
    /// Symmetric: yes, no.
    DirectFlights,
    /// Symmetric: yes, no.
    PeaceTreaty,
    /// Symmetric: yes, no.
    StateOfWar,
    /// Symmetric: active, frozen.
    NormalisationTalks,
}

impl Relation {
    /// Every relation, in declaration order.
    pub const ALL: [Relation; 13] = [
        Relation::DiplomaticRelations,
        Relation::Ambassador,
        Relation::Embassy,
        Relation::LiaisonOffice,
        Relation::Consulates,
        Relation::Trade,
        Relation::Sanctions,
        Relation::Airspace,
        Relation::Border,
        Relation::DirectFlights,
        Relation::PeaceTreaty,
        Relation::StateOfWar,
        Relation::NormalisationTalks,
    ];

    /// The snake_case name used in files and output.
    pub fn as_str(self) -> &'static str {
        match self {
            Relation::DiplomaticRelations => "diplomatic_relations",
            Relation::Ambassador => "ambassador",
            Relation::Embassy => "embassy",
            Relation::LiaisonOffice => "liaison_office",
            Relation::Consulates => "consulates",
            Relation::Trade => "trade",
            Relation::Sanctions => "sanctions",
            Relation::Airspace => "airspace",
            Relation::Border => "border",
            Relation::DirectFlights => "direct_flights",
            Relation::PeaceTreaty => "peace_treaty",
            Relation::StateOfWar => "state_of_war",
            Relation::NormalisationTalks => "normalisation_talks",
        }
    }

    /// Parses a snake_case name.
    pub fn parse(s: &str) -> Option<Relation> {
        Relation::ALL.into_iter().find(|r| r.as_str() == s)
    }

    /// The values this relation may take.
    pub fn values(self) -> &'static [&'static str] {
        match self {
            Relation::DiplomaticRelations => {
                &["full", "liaison", "downgraded", "none", "unofficial"]
            }
            Relation::Ambassador => &["in_post", "recalled", "expelled", "none"],
            Relation::Embassy | Relation::LiaisonOffice | Relation::Consulates => {
                &["open", "closed"]
            }
            Relation::Trade => &["normal", "restricted", "halted"],
            Relation::Sanctions => &["in_force", "eased", "lifted"],
            Relation::Airspace | Relation::Border => &["open", "closed"],
            Relation::DirectFlights | Relation::PeaceTreaty | Relation::StateOfWar => {
                &["yes", "no"]
            }
            Relation::NormalisationTalks => &["active", "frozen"],
        }
    }

    /// True when (a, b) and (b, a) state the same fact.
    pub fn is_symmetric(self) -> bool {
        matches!(
            self,
            Relation::DiplomaticRelations
                | Relation::Consulates
                | Relation::Border
                | Relation::DirectFlights
                | Relation::PeaceTreaty
                | Relation::StateOfWar
                | Relation::NormalisationTalks
        )
    }
}

/// A standing relation between two countries, as stated by one sentence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RelationState {
    /// Document the sentence belongs to.
    pub doc_id: String,
    /// Sentence position in the document.
    pub sentence_index: u32,
    /// Sentence text.
    pub sentence: String,
    /// Sentence bytes in the document text.
    pub sentence_span: Span,
    /// First country code.
    pub a: String,
    /// Second country code.
    pub b: String,
    /// Which relation.
    pub relation: Relation,
    /// One of `relation.values()`.
    pub value: String,
    /// The date the state holds at.
    pub as_of: NaiveDate,
    /// Lexicon version that produced it.
    pub lexicon_version: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for r in Relation::ALL {
            assert_eq!(Relation::parse(r.as_str()), Some(r));
            let json = serde_json::to_string(&r).unwrap();
            assert_eq!(json, format!("\"{}\"", r.as_str()));
            assert!(!r.values().is_empty());
        }
    }
}

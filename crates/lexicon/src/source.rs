//! The on-disk shapes of the lexicon's TOML files (see `lexicon/README.md`).

use serde::Deserialize;

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub(crate) struct CountriesFile {
    #[serde(default)]
    pub country: Vec<CountrySrc>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct CountrySrc {
    pub code: String,
    pub name: String,
    #[serde(default)]
    pub names: Vec<String>,
    #[serde(default)]
    pub former: Vec<String>,
    #[serde(default)]
    pub adjectives: Vec<String>,
    #[serde(default)]
    pub demonyms: Vec<String>,
    #[serde(default)]
    pub capitals: Vec<String>,
    #[serde(default)]
    pub seats: Vec<SeatSrc>,
    #[serde(default)]
    pub cities: Vec<String>,
    #[serde(default)]
    pub anaphors: Vec<String>,
    #[serde(default)]
    pub epithets: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct SeatSrc {
    pub name: String,
    pub sector: String,
}

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub(crate) struct RegionsFile {
    #[serde(default)]
    pub region: Vec<RegionSrc>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RegionSrc {
    pub id: String,
    /// CAMEO region code ("MEA", "PGS"), when CAMEO has one.
    #[serde(default)]
    pub code: Option<String>,
    pub names: Vec<String>,
    pub members: Vec<String>,
    /// Editors' remarks; not used by the compiler.
    #[serde(default)]
    #[allow(dead_code)]
    pub note: Option<String>,
}

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub(crate) struct ActorsFile {
    #[serde(default)]
    pub actor: Vec<ActorSrc>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ActorSrc {
    pub id: String,
    pub names: Vec<String>,
    #[serde(default)]
    pub code: Option<String>,
    #[serde(default)]
    pub codes: Vec<DatedCodeSrc>,
    /// Editors' remarks; not used by the compiler.
    #[serde(default)]
    #[allow(dead_code)]
    pub note: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct DatedCodeSrc {
    pub code: String,
    #[serde(default)]
    pub from: Option<String>,
    #[serde(default)]
    pub to: Option<String>,
}

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub(crate) struct AgentsFile {
    #[serde(default)]
    pub agent: Vec<AgentSrc>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct AgentSrc {
    pub sector: String,
    pub terms: Vec<String>,
    /// Editors' remarks; not used by the compiler.
    #[serde(default)]
    #[allow(dead_code)]
    pub note: Option<String>,
}

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub(crate) struct PeopleFile {
    #[serde(default)]
    pub person: Vec<PersonSrc>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct PersonSrc {
    pub id: String,
    pub names: Vec<String>,
    #[serde(default)]
    pub short: Vec<String>,
    pub country: String,
    #[serde(default)]
    pub roles: Vec<RoleSrc>,
    /// Editors' remarks; not used by the compiler.
    #[serde(default)]
    #[allow(dead_code)]
    pub note: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RoleSrc {
    pub code: String,
    pub title: String,
    pub from: String,
    #[serde(default)]
    pub to: Option<String>,
    /// Editors' remarks; not used by the compiler.
    #[serde(default)]
    #[allow(dead_code)]
    pub note: Option<String>,
}

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub(crate) struct ModalityFile {
    pub intent: WordLists,
    #[serde(default)]
    pub commitment: WordLists,
    #[serde(default)]
    pub implicative: WordLists,
    pub future: WordLists,
    pub hypothetical: WordLists,
    pub negation: WordLists,
    pub reporting: WordLists,
    #[serde(default)]
    pub allegation: WordLists,
}

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub(crate) struct WordLists {
    /// Verb lemmas (inflected automatically).
    #[serde(default)]
    pub verbs: Vec<String>,
    /// Exact word forms or phrases.
    #[serde(default)]
    pub words: Vec<String>,
}

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub(crate) struct IntentFile {
    /// CAMEO code prefix of the intended act -> 03x intent code.
    pub codes: std::collections::BTreeMap<String, String>,
}

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub(crate) struct GrammarFile {
    pub determiners: Vec<String>,
    pub possessives: Vec<String>,
    pub prepositions: Vec<String>,
    pub conjunctions: Vec<String>,
    pub relativizers: Vec<String>,
    pub auxiliaries: Vec<String>,
    pub be_forms: Vec<String>,
    pub have_forms: Vec<String>,
    pub pronouns_person: Vec<String>,
    pub pronouns_thing: Vec<String>,
    pub pronouns_plural: Vec<String>,
    pub pronouns_first: Vec<String>,
    pub dyad_nouns: Vec<String>,
    pub question_words: Vec<String>,
    pub modifiers: Vec<String>,
    pub former: Vec<String>,
    #[serde(default)]
    pub quantifiers: Vec<String>,
    #[serde(default)]
    pub attributive: Vec<String>,
    #[serde(default)]
    pub verb_group_adverbs: Vec<String>,
    #[serde(default)]
    pub future_auxiliaries: Vec<String>,
    #[serde(default)]
    pub conditional_auxiliaries: Vec<String>,
    #[serde(default)]
    pub conditionals: Vec<String>,
    #[serde(default)]
    pub focus_words: Vec<String>,
    #[serde(default)]
    pub compass_adjectives: Vec<String>,
    #[serde(default)]
    pub act_nouns: Vec<ActNounsFile>,
    #[serde(default)]
    pub gap_barriers: Vec<String>,
    #[serde(default)]
    pub definite_determiners: Vec<String>,
}

/// One `[[act_nouns]]` group of `grammar.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ActNounsFile {
    pub nouns: Vec<String>,
    /// Two-digit CAMEO roots of the acts these nouns name; empty = any act.
    #[serde(default)]
    pub roots: Vec<String>,
    /// `agents` (the act's sources: "the measures" are the imposer's) or `all` (every party:
    /// "the agreement" is both signatories').
    pub parties: String,
}

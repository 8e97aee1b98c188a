//! Entente's knowledge base, compiled from the human-editable files in `lexicon/`.
//!
//! [`Lexicon::embedded`] compiles the copy built into the binary; [`Lexicon::from_dir`] loads
//! another directory of the same layout. The result is immutable and `Send + Sync`: share it by
//! reference across threads. See `lexicon/README.md` for the file formats.
//!
//! ```
//! let lex = entente_lexicon::Lexicon::embedded().unwrap();
//! assert!(lex.countries.iter().any(|c| c.code == "MAR"));
//! ```

mod entries;
mod inflect;
mod patterns;
pub mod petrarch;
mod phrase;
mod source;

use std::collections::BTreeMap;
use std::path::Path;

use chrono::NaiveDate;
use entente_text::Tokens;
use rustc_hash::{FxHashMap, FxHashSet};

pub use entries::{
    Agent, Country, CountryForm, DatedCode, NamedActor, Person, PersonCode, Region, Role,
};
pub use inflect::{plural, Conjugation, Irregulars, VerbForm};
pub use patterns::{Elem, Output, Pattern, PatternError};
pub use phrase::{Case, PhraseTrie, Vocab, Word, WordSet, UNKNOWN};

use entries::parse_date;
use patterns::PatternCompiler;
use phrase::phrase_key;

include!(concat!(env!("OUT_DIR"), "/embedded.rs"));

/// A lexicon file that could not be compiled.
#[derive(Debug, thiserror::Error)]
#[error("{file}{}: {message}", line.map(|l| format!(":{l}")).unwrap_or_default())]
pub struct LexiconError {
    /// File, relative to the lexicon directory.
    pub file: String,
    /// Line, when known.
    pub line: Option<usize>,
    /// What is wrong.
    pub message: String,
}

impl LexiconError {
    fn new(file: &str, line: Option<usize>, message: impl Into<String>) -> Self {
        LexiconError {
            file: file.to_string(),
            line,
            message: message.into(),
        }
    }
}

/// What a name in the text means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Meaning {
    /// A country, in one of its forms.
    Country {
        /// Index into [`Lexicon::countries`].
        country: u16,
        /// How the phrase refers to it.
        form: CountryForm,
    },
    /// A named organisation, group, outlet or company: index into [`Lexicon::actors`].
    Actor(u32),
    /// A person: index into [`Lexicon::people`]; `short` for a surname used alone.
    Person {
        /// Index into [`Lexicon::people`].
        person: u32,
        /// A short form ("Netanyahu") rather than a full name.
        short: bool,
    },
    /// A role noun or title: index into [`Lexicon::agents`].
    Agent(u16),
    /// A named group of countries: index into [`Lexicon::regions`].
    Region(u16),
}

/// Word classes the coder needs for shallow syntax, as sets of word ids.
#[derive(Debug, Default)]
pub struct Modality {
    /// Lemmas that mark intent: seek, hope, plan, want ...
    pub intent_verbs: WordSet,
    /// Words that mark intent outside verbs.
    pub intent_words: Vec<Box<[u32]>>,
    /// Lemmas of commitment: agree, decide, pledge (the act agreed to becomes a 03x code).
    pub commitment_verbs: WordSet,
    /// Governing lemmas whose complement happens: begin, continue, manage.
    pub implicative_verbs: WordSet,
    /// Lemmas of future constructions ("be due to" is written as the lemma "due").
    pub future_verbs: WordSet,
    /// Phrases that mark the future: "will", "is due to", "is set to".
    pub future_words: Vec<Box<[u32]>>,
    /// Lemmas of hypothetical constructions.
    pub hypothetical_verbs: WordSet,
    /// Words that mark hypotheses: would, could, might, if.
    pub hypothetical_words: Vec<Box<[u32]>>,
    /// Lemmas that negate their complement: refuse, fail, decline.
    pub negation_verbs: WordSet,
    /// Negators: not, never, no longer.
    pub negation_words: Vec<Box<[u32]>>,
    /// Reporting verbs: say, report, tell, quote.
    pub reporting_verbs: WordSet,
    /// Reporting phrases: "according to".
    pub reporting_words: Vec<Box<[u32]>>,
    /// Verbs whose "of"/"for" gerund complement is alleged, not asserted ("accusing Erdogan of
    /// siding with Hamas").
    pub allegation_verbs: WordSet,
    /// The prepositions that introduce that complement ("of", "for").
    pub allegation_prepositions: WordSet,
}

/// Ids of the function words the coder tests most often, looked up once at load.
#[derive(Debug, Default, Clone, Copy)]
pub struct Words {
    /// `to`
    pub to: u32,
    /// `and`
    pub and: u32,
    /// `in`
    pub in_: u32,
    /// `of`
    pub of: u32,
    /// `or`
    pub or: u32,
    /// `at`
    pub at: u32,
    /// `as`
    pub as_: u32,
    /// "'s"
    pub poss: u32,
    /// "'"
    pub apos: u32,
    /// `with`
    pub with: u32,
    /// `well`
    pub well: u32,
    /// `two`
    pub two: u32,
    /// `together`
    pub together: u32,
    /// `the`
    pub the: u32,
    /// `such`
    pub such: u32,
    /// `outside`
    pub outside: u32,
    /// `near`
    pub near: u32,
    /// `like`
    pub like: u32,
    /// `including`
    pub including: u32,
    /// `from`
    pub from: u32,
    /// `by`
    pub by: u32,
    /// `but`
    pub but: u32,
    /// `both`
    pub both: u32,
    /// `along`
    pub along: u32,
    /// `according`
    pub according: u32,
    /// `only`
    pub only: u32,
    /// `own`
    pub own: u32,
    /// `will`
    pub will: u32,
    /// `that`
    pub that: u32,
    /// `between`
    pub between: u32,
}

/// Words for reading questions about relationships (`questions.toml`), lowercase; stems match
/// the start of a word.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuestionWords {
    /// Example questions for help messages.
    #[serde(default)]
    pub examples: Vec<String>,
    /// First words of "who has A met" questions.
    #[serde(default)]
    pub who: Vec<String>,
    /// Stems of meeting verbs.
    #[serde(default)]
    pub meeting_stems: Vec<String>,
    /// First words of "how have relations changed" questions.
    #[serde(default)]
    pub how_words: Vec<String>,
    /// Stems that ask about change.
    #[serde(default)]
    pub change_stems: Vec<String>,
    /// Words that open a period ("since").
    #[serde(default)]
    pub since_words: Vec<String>,
    /// Stems that ask about normalisation.
    #[serde(default)]
    pub status_stems: Vec<String>,
    /// Stems that ask about a rupture.
    #[serde(default)]
    pub rupture_stems: Vec<String>,
    /// Capitalised words that name no country.
    #[serde(default)]
    pub not_names: Vec<String>,
}

/// Function-word classes for shallow syntax (from `grammar.toml`), as sets of word ids.
#[derive(Debug, Default)]
pub struct Grammar {
    /// a, the, this, its ...
    pub determiners: WordSet,
    /// its, their, 's ...
    pub possessives: WordSet,
    /// with, to, in ...
    pub prepositions: WordSet,
    /// and, but, while ...
    pub conjunctions: WordSet,
    /// who, which, that ...
    pub relativizers: WordSet,
    /// is, has, will, would ...
    pub auxiliaries: WordSet,
    /// Forms of "be".
    pub be_forms: WordSet,
    /// Forms of "have".
    pub have_forms: WordSet,
    /// he, him, she, her ...
    pub pronouns_person: WordSet,
    /// it, its.
    pub pronouns_thing: WordSet,
    /// they, them, their.
    pub pronouns_plural: WordSet,
    /// we, I, you.
    pub pronouns_first: WordSet,
    /// countries, sides, nations (after "the two" / "both").
    pub dyad_nouns: WordSet,
    /// who, what, how ...
    pub question_words: WordSet,
    /// Adverbs and adjectives skipped inside phrases.
    pub modifiers: WordSet,
    /// former, ex ...
    pub former: WordSet,
    /// dozens, hundreds ... (before "of").
    pub quantifiers: WordSet,
    /// led, owned, flagged (after a hyphen: "Turkish-led").
    pub attributive: WordSet,
    /// since, long, ever (between an auxiliary and its verb).
    pub verb_group_adverbs: WordSet,
    /// will, 'll, shall.
    pub future_auxiliaries: WordSet,
    /// would, could, might ...
    pub conditional_auxiliaries: WordSet,
    /// if, unless, whether.
    pub conditionals: WordSet,
    /// only (inside a predicate nominal).
    pub focus_words: WordSet,
    /// Compass adjectives before a place ("southern Israel").
    pub compass_adjectives: WordSet,
    /// Nouns that refer back to an earlier act ("the measures", "the raid"), by word id.
    pub act_nouns: FxHashMap<u32, ActNoun>,
    /// Words a pattern gap never crosses: they open a new clause or adjunct ("after", "since").
    pub gap_barriers: WordSet,
    /// the, this, these, those: before an act noun, a reference back ("the measures").
    pub definite_determiners: WordSet,
}

/// What an act noun can refer back to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ActNoun {
    /// Bit `r` set: the noun can name an act of CAMEO root `r` (1..=20). 0 = any act.
    pub roots: u32,
    /// The noun stands for every party of the act, not only its sources.
    pub all_parties: bool,
}

impl ActNoun {
    /// Whether the noun can name an act of this root.
    pub fn names_root(&self, root: u8) -> bool {
        self.roots == 0 || root < 32 && self.roots & (1 << root) != 0
    }
}

/// The compiled knowledge base.
#[derive(Debug)]
pub struct Lexicon {
    /// `MAJOR.MINOR.PATCH+hash` of the source files: every output record carries it.
    pub version: String,
    /// Word ids.
    pub vocab: Vocab,
    /// Countries and territories.
    pub countries: Vec<Country>,
    /// Organisations, groups, outlets and companies.
    pub actors: Vec<NamedActor>,
    /// People with dated roles.
    pub people: Vec<Person>,
    /// Role-noun groups.
    pub agents: Vec<Agent>,
    /// Sector codes, indexed by `Agent::sector_id` and `CountryForm::Seat`.
    pub sectors: Vec<String>,
    /// Named groups of countries.
    pub regions: Vec<Region>,
    /// Every name, adjective, title and role noun.
    pub names: PhraseTrie<Meaning>,
    /// Event patterns.
    pub patterns: Vec<Pattern>,
    /// Pattern indices by trigger word id (any inflection).
    pub patterns_by_word: FxHashMap<u32, Vec<u32>>,
    /// Verb forms: word id -> (lemma id, form).
    pub verb_forms: FxHashMap<u32, Vec<(u32, VerbForm)>>,
    /// Noun forms of nominal triggers: word id -> singular id.
    pub noun_forms: FxHashMap<u32, u32>,
    /// Modality and reporting words.
    pub modality: Modality,
    /// Words for reading questions about relationships (from `questions.toml`).
    pub questions: QuestionWords,
    /// Function-word classes.
    pub grammar: Grammar,
    /// Ids of frequent function words.
    pub w: Words,
    /// Intent codes: CAMEO code prefix of an intended act -> 03x code.
    pub intent_codes: Vec<(String, entente_model::CameoCode)>,
    country_by_code: FxHashMap<String, u16>,
    /// Ids of ordinary English words the lexicon knows (function words, verb forms, pattern
    /// words): a surname spelled like one ("May", "Power") needs an introduction first.
    common_words: WordSet,
}

/// A lexicon source file: a path relative to the lexicon root, and its text.
pub type SourceFile<'a> = (&'a str, &'a str);

fn fnv1a(bytes: &[u8], mut h: u64) -> u64 {
    for &b in bytes {
        h ^= b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    h
}

impl Lexicon {
    /// Compiles the lexicon embedded in the binary.
    pub fn embedded() -> Result<Lexicon, LexiconError> {
        Lexicon::compile(EMBEDDED_FILES)
    }

    /// Loads and compiles a lexicon directory with the layout of `lexicon/`.
    pub fn from_dir(dir: &Path) -> Result<Lexicon, LexiconError> {
        let mut paths = Vec::new();
        collect_files(dir, dir, &mut paths)
            .map_err(|e| LexiconError::new(&dir.display().to_string(), None, e.to_string()))?;
        paths.sort();
        let mut owned = Vec::new();
        for rel in paths {
            let text = std::fs::read_to_string(dir.join(&rel))
                .map_err(|e| LexiconError::new(&rel, None, e.to_string()))?;
            owned.push((rel, text));
        }
        let files: Vec<SourceFile> = owned
            .iter()
            .map(|(p, t)| (p.as_str(), t.as_str()))
            .collect();
        Lexicon::compile(&files)
    }

    /// Compiles a set of source files.
    pub fn compile(files: &[SourceFile]) -> Result<Lexicon, LexiconError> {
        let mut sorted: Vec<SourceFile> = files.to_vec();
        sorted.sort();
        let mut hash = 0xcbf29ce484222325u64;
        for (p, t) in &sorted {
            hash = fnv1a(p.as_bytes(), hash);
            hash = fnv1a(t.as_bytes(), hash);
        }
        let get = |name: &str| sorted.iter().find(|(p, _)| *p == name).map(|(_, t)| *t);
        let mut b = Builder {
            version: format!("{}+{:08x}", env!("CARGO_PKG_VERSION"), hash as u32),
            ..Builder::default()
        };

        if let Some(t) = get("spelling.tsv") {
            b.spelling(t)?;
        }
        // The general verb table, then the hand-checked irregular forms over it.
        // Imported tables (events/NAME-irregular-verbs.tsv) come last.
        let read_verbs = || -> Result<Irregulars, LexiconError> {
            let mut irregular = Irregulars::default();
            let extra_irregular = sorted.iter().map(|(p, _)| *p).filter(|p| {
                p.starts_with("events/")
                    && p.ends_with("-irregular-verbs.tsv")
                    && !p["events/".len()..].contains('/')
            });
            for file in ["verbs.tsv", "events/irregular-verbs.tsv"]
                .into_iter()
                .chain(extra_irregular)
            {
                if let Some(t) = get(file) {
                    let table = Irregulars::parse(t)
                        .map_err(|(line, m)| LexiconError::new(file, Some(line), m))?;
                    irregular.extend(table);
                }
            }
            Ok(irregular)
        };
        // The people files are the bulk of the TOML: they parse on a second thread meanwhile.
        let people_files: Vec<SourceFile> = sorted
            .iter()
            .filter(|(p, _)| p.starts_with("people/") && p.ends_with(".toml"))
            .copied()
            .collect();
        let (people, rest) = std::thread::scope(|s| {
            let handle = s.spawn(|| {
                people_files
                    .iter()
                    .map(|(path, text)| {
                        parse_toml::<source::PeopleFile>(path, Some(text)).map(|f| (*path, f))
                    })
                    .collect::<Result<Vec<_>, _>>()
            });
            let rest = b.countries_and_actors(&sorted, &get);
            let verbs = read_verbs();
            (handle.join(), rest.and(verbs))
        });
        let irregular = rest?;
        let people =
            people.map_err(|_| LexiconError::new("people/", None, "parser thread failed"))??;
        for (path, f) in people {
            b.people(path, f)?;
        }
        let agents: source::AgentsFile = parse_toml("agents.toml", get("agents.toml"))?;
        b.agents("agents.toml", agents)?;
        for (path, text) in &sorted {
            if path.starts_with("agents/") && path.ends_with(".toml") {
                let f: source::AgentsFile = parse_toml(path, Some(text))?;
                b.agents(path, f)?;
            }
        }
        let synsets: BTreeMap<String, Vec<String>> =
            parse_toml("events/synsets.toml", get("events/synsets.toml"))?;
        let mut synsets: FxHashMap<String, Vec<String>> = synsets.into_iter().collect();
        for (path, text) in &sorted {
            if path.starts_with("events/synsets/") && path.ends_with(".toml") {
                let more: BTreeMap<String, Vec<String>> = parse_toml(path, Some(text))?;
                for (name, words) in more {
                    if synsets.insert(name.clone(), words).is_some() {
                        return Err(LexiconError::new(
                            path,
                            None,
                            format!("synonym set {name} is defined twice"),
                        ));
                    }
                }
            }
        }
        for conj in irregular.verbs() {
            b.register_conjugation(conj);
        }
        for (path, text) in &sorted {
            if (path.starts_with("events/") || path.starts_with("states/"))
                && path.ends_with(".pat")
            {
                b.patterns(path, text, &irregular, &synsets)?;
            }
        }
        if let Some(t) = get("modality.toml") {
            let m: source::ModalityFile = parse_toml("modality.toml", Some(t))?;
            b.modality(m, &irregular);
        }
        if let Some(t) = get("grammar.toml") {
            let g: source::GrammarFile = parse_toml("grammar.toml", Some(t))?;
            b.grammar(g)?;
        }
        if let Some(t) = get("questions.toml") {
            b.questions = parse_toml("questions.toml", Some(t))?;
        }
        if let Some(t) = get("events/intent.toml") {
            let f: source::IntentFile = parse_toml("events/intent.toml", Some(t))?;
            for (prefix, code) in f.codes {
                let c = entente_model::CameoCode::parse(&code).ok_or_else(|| {
                    LexiconError::new("events/intent.toml", None, format!("unknown code {code}"))
                })?;
                b.intent_codes.push((prefix, c));
            }
            b.intent_codes
                .sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.0.cmp(&b.0)));
        }
        Ok(b.finish())
    }

    /// Splits the tokens `range` of a sentence into lexicon words, appending to `out`.
    pub fn words(
        &self,
        text: &str,
        tokens: &Tokens,
        range: std::ops::Range<usize>,
        out: &mut Vec<Word>,
    ) {
        phrase::split_words(text, tokens, range, &mut |w| self.vocab.get(w), out);
    }

    /// Id of a normalised word ([`UNKNOWN`] when absent).
    pub fn id(&self, word: &str) -> u32 {
        self.vocab.get(word)
    }

    /// The country with this code.
    pub fn country(&self, code: &str) -> Option<&Country> {
        self.country_by_code
            .get(code)
            .map(|&i| &self.countries[i as usize])
    }

    /// Index of the country with this code.
    pub fn country_index(&self, code: &str) -> Option<u16> {
        self.country_by_code.get(code).copied()
    }

    /// The 03x code an intended act with `code` becomes.
    pub fn intent_code(&self, code: entente_model::CameoCode) -> Option<entente_model::CameoCode> {
        let s = code.as_str();
        self.intent_codes
            .iter()
            .find(|(prefix, _)| s.starts_with(prefix.as_str()))
            .map(|(_, c)| *c)
    }

    /// Whether a word id is an ordinary English word (a function word, verb form or pattern word).
    pub fn is_common_word(&self, id: u32) -> bool {
        self.common_words.contains(&id)
    }

    /// The lemma ids of a word that is a verb form.
    pub fn verb_lemmas(&self, id: u32) -> &[(u32, VerbForm)] {
        self.verb_forms.get(&id).map_or(&[], |v| v.as_slice())
    }

    /// The lexicon words of a short standalone text (a question, a region name).
    fn short_text_words(&self, text: &str) -> Vec<Word> {
        let mut tokens = Tokens::new();
        tokens.tokenize(text, entente_model::Span::new(0, text.len()));
        let mut words = Vec::new();
        self.words(text, &tokens, 0..tokens.len(), &mut words);
        words
    }

    /// The countries a short text names, left to right, each with its byte span: names,
    /// adjectives, demonyms, capitals and institutions ("the White House") all count. Used to
    /// read questions ("Is Israel normalising ties with Morocco?").
    pub fn countries_in(&self, text: &str) -> Vec<(entente_model::Span, &Country)> {
        let words = self.short_text_words(text);
        let mut out = Vec::new();
        let mut found = Vec::new();
        let mut i = 0;
        while i < words.len() {
            let n = self.names.longest(
                &words,
                i,
                |m| matches!(m, Meaning::Country { .. }),
                &mut found,
            );
            if n == 0 {
                i += 1;
                continue;
            }
            if let Some(Meaning::Country { country, .. }) = found.first().map(|m| **m) {
                let span = entente_model::Span::new(
                    words[i].span.start as usize,
                    words[i + n - 1].span.end as usize,
                );
                out.push((span, &self.countries[country as usize]));
            }
            i += n;
        }
        out
    }

    /// The first region a short text names ("the Arab world", "Gulf states"), with its member
    /// countries' codes.
    pub fn region_in(&self, text: &str) -> Option<(&Region, Vec<&str>)> {
        let words = self.short_text_words(text);
        let mut found = Vec::new();
        for i in 0..words.len() {
            let n = self
                .names
                .longest(&words, i, |m| matches!(m, Meaning::Region(_)), &mut found);
            if n == 0 {
                continue;
            }
            if let Some(Meaning::Region(r)) = found.first().map(|m| **m) {
                let region = &self.regions[r as usize];
                let members = region
                    .members
                    .iter()
                    .map(|&c| self.countries[c as usize].code.as_str())
                    .collect();
                return Some((region, members));
            }
        }
        None
    }

    /// Resolves a mention (a name, title or phrase) on a date, explaining each code.
    pub fn resolve(&self, mention: &str, date: NaiveDate) -> Vec<Resolution> {
        let mut tokens = Tokens::new();
        tokens.tokenize(mention, entente_model::Span::new(0, mention.len()));
        let mut words = Vec::new();
        self.words(mention, &tokens, 0..tokens.len(), &mut words);
        let mut out = Vec::new();
        let mut found = Vec::new();
        let mut i = 0;
        let mut country: Option<String> = None;
        let mut sectors: Vec<String> = Vec::new();
        let mut entries = Vec::new();
        let mut person: Option<Resolution> = None;
        while i < words.len() {
            let n = self.names.longest(&words, i, |_| true, &mut found);
            if n == 0 {
                i += 1;
                continue;
            }
            let meanings: Vec<Meaning> = found.iter().map(|m| **m).collect();
            for m in meanings.iter().take(1) {
                match *m {
                    Meaning::Country { country: c, form } => {
                        let cc = &self.countries[c as usize];
                        country = Some(cc.code.clone());
                        match form {
                            CountryForm::Seat(s) => sectors.push(self.sectors[s as usize].clone()),
                            CountryForm::Capital => sectors.push("GOV".into()),
                            _ => {}
                        }
                        entries.push(format!("country:{}", cc.code));
                    }
                    Meaning::Agent(a) => {
                        let sector = &self.agents[a as usize].sector;
                        if !sectors.contains(sector) {
                            sectors.push(sector.clone());
                        }
                        entries.push(format!("agent:{sector}"));
                    }
                    Meaning::Actor(a) => {
                        let actor = &self.actors[a as usize];
                        let dc = actor.code_at(date);
                        out.push(Resolution {
                            code: dc.code.clone(),
                            entry: format!("{}#{}", actor.file, actor.id),
                            role: None,
                            from: dc.from,
                            to: dc.to,
                            basis: "named actor".into(),
                        });
                    }
                    Meaning::Person { person: p, .. } => {
                        let pp = &self.people[p as usize];
                        let pc = pp.code_at(date);
                        person = Some(Resolution {
                            code: pc.code.clone(),
                            entry: format!("{}#{}", pp.file, pp.id),
                            role: pc.role.map(|r| r.title.clone()),
                            from: pc.role.map(|r| r.from),
                            to: pc.role.and_then(|r| r.to),
                            basis: pc.basis.into(),
                        });
                    }
                    Meaning::Region(r) => {
                        let reg = &self.regions[r as usize];
                        for &m in &reg.members {
                            out.push(Resolution {
                                code: self.countries[m as usize].code.clone(),
                                entry: format!("regions.toml#{}", reg.id),
                                role: None,
                                from: None,
                                to: None,
                                basis: "region member".into(),
                            });
                        }
                    }
                }
            }
            i += n;
        }
        if let Some(p) = person {
            out.insert(0, p);
        } else if country.is_some() || !sectors.is_empty() {
            let code = format!(
                "{}{}",
                country.clone().unwrap_or_default(),
                sectors.concat()
            );
            out.insert(
                0,
                Resolution {
                    code,
                    entry: entries.join("+"),
                    role: None,
                    from: None,
                    to: None,
                    basis: if country.is_some() {
                        "country and role noun".into()
                    } else {
                        "role noun without a country".into()
                    },
                },
            );
        }
        out
    }
}

/// One code a mention resolves to, with the reason.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Resolution {
    /// Actor code.
    pub code: String,
    /// Lexicon entry: `file#id`, or the parts that composed the code.
    pub entry: String,
    /// The role held, for people.
    pub role: Option<String>,
    /// Start of the role or dated code.
    pub from: Option<NaiveDate>,
    /// End of the role or dated code.
    pub to: Option<NaiveDate>,
    /// Why this code.
    pub basis: String,
}

fn collect_files(dir: &Path, root: &Path, out: &mut Vec<String>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            collect_files(&path, root, out)?;
        } else if matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("toml" | "tsv" | "pat")
        ) {
            if let Ok(rel) = path.strip_prefix(root) {
                out.push(rel.to_string_lossy().replace('\\', "/"));
            }
        }
    }
    Ok(())
}

fn parse_toml<T: serde::de::DeserializeOwned + Default>(
    file: &str,
    text: Option<&str>,
) -> Result<T, LexiconError> {
    match text {
        None => Ok(T::default()),
        // basic-toml: a plain serde TOML reader, several times faster than a format-preserving
        // one; its messages carry the line and column.
        Some(t) => {
            basic_toml::from_str(t).map_err(|e| LexiconError::new(file, None, e.to_string()))
        }
    }
}

fn valid_code(code: &str) -> bool {
    code.len() >= 3 && code.len().is_multiple_of(3) && code.bytes().all(|b| b.is_ascii_uppercase())
}

#[derive(Default)]
struct Builder {
    version: String,
    vocab: Vocab,
    buf: Tokens,
    countries: Vec<Country>,
    country_by_code: FxHashMap<String, u16>,
    actors: Vec<NamedActor>,
    actor_ids: FxHashSet<String>,
    people: Vec<Person>,
    agents: Vec<Agent>,
    sectors: Vec<String>,
    regions: Vec<Region>,
    names: PhraseTrie<Meaning>,
    patterns: Vec<Pattern>,
    verb_forms: FxHashMap<u32, Vec<(u32, VerbForm)>>,
    noun_forms: FxHashMap<u32, u32>,
    modality: Modality,
    grammar: Grammar,
    questions: QuestionWords,
    w: Words,
    intent_codes: Vec<(String, entente_model::CameoCode)>,
}

impl Builder {
    fn countries_and_actors<'a>(
        &mut self,
        sorted: &[SourceFile<'a>],
        get: &impl Fn(&str) -> Option<&'a str>,
    ) -> Result<(), LexiconError> {
        let countries: source::CountriesFile = parse_toml("countries.toml", get("countries.toml"))?;
        self.countries(countries)?;
        let regions: source::RegionsFile = parse_toml("regions.toml", get("regions.toml"))?;
        self.regions(regions)?;
        for (path, text) in sorted {
            if matches!(
                *path,
                "organisations.toml" | "groups.toml" | "media.toml" | "companies.toml"
            ) || (path.starts_with("actors/") && path.ends_with(".toml"))
            {
                let f: source::ActorsFile = parse_toml(path, Some(text))?;
                self.actors(path, f)?;
            }
        }
        Ok(())
    }

    fn name(&mut self, name: &str, meaning: Meaning) {
        let key = phrase_key(name, &mut self.vocab, &mut self.buf);
        self.names.insert(&key, meaning);
    }

    fn sector(&mut self, s: &str) -> u16 {
        if let Some(i) = self.sectors.iter().position(|x| x == s) {
            return i as u16;
        }
        self.sectors.push(s.to_string());
        (self.sectors.len() - 1) as u16
    }

    fn spelling(&mut self, text: &str) -> Result<(), LexiconError> {
        for (n, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let mut cols = line.split('\t');
            match (cols.next(), cols.next()) {
                (Some(b), Some(a)) if !a.trim().is_empty() => self
                    .vocab
                    .add_spelling(&b.trim().to_lowercase(), &a.trim().to_lowercase()),
                _ => {
                    return Err(LexiconError::new(
                        "spelling.tsv",
                        Some(n + 1),
                        "expected british<TAB>american",
                    ))
                }
            }
        }
        Ok(())
    }

    fn countries(&mut self, f: source::CountriesFile) -> Result<(), LexiconError> {
        const FILE: &str = "countries.toml";
        for c in f.country {
            if c.code.len() != 3 || !valid_code(&c.code) {
                return Err(LexiconError::new(
                    FILE,
                    None,
                    format!("bad country code {:?}", c.code),
                ));
            }
            if self.country_by_code.contains_key(&c.code) {
                return Err(LexiconError::new(
                    FILE,
                    None,
                    format!("duplicate country {}", c.code),
                ));
            }
            let idx = self.countries.len() as u16;
            self.country_by_code.insert(c.code.clone(), idx);
            let m = |form| Meaning::Country { country: idx, form };
            let mut all = Vec::new();
            for n in std::iter::once(&c.name).chain(&c.names).chain(&c.former) {
                self.name(n, m(CountryForm::Name));
                all.push(n.clone());
            }
            for n in &c.adjectives {
                self.name(n, m(CountryForm::Adjective));
                all.push(n.clone());
            }
            for n in &c.demonyms {
                self.name(n, m(CountryForm::Demonym));
            }
            for n in &c.capitals {
                self.name(n, m(CountryForm::Capital));
                all.push(n.clone());
            }
            for s in &c.seats {
                if s.sector.len() != 3 || !valid_code(&s.sector) {
                    return Err(LexiconError::new(
                        FILE,
                        None,
                        format!("{}: bad seat sector {:?}", c.code, s.sector),
                    ));
                }
                let sid = self.sector(&s.sector);
                self.name(&s.name, m(CountryForm::Seat(sid)));
                all.push(s.name.clone());
            }
            for n in &c.cities {
                self.name(n, m(CountryForm::City));
            }
            for n in &c.anaphors {
                self.name(n, m(CountryForm::Anaphor));
            }
            for n in &c.epithets {
                self.name(n, m(CountryForm::Epithet));
            }
            self.countries.push(Country {
                code: c.code,
                name: c.name,
                names: all,
            });
        }
        Ok(())
    }

    fn regions(&mut self, f: source::RegionsFile) -> Result<(), LexiconError> {
        for r in f.region {
            let mut members = Vec::new();
            for m in &r.members {
                let idx = *self.country_by_code.get(m).ok_or_else(|| {
                    LexiconError::new(
                        "regions.toml",
                        None,
                        format!("region {}: unknown member {m}", r.id),
                    )
                })?;
                members.push(idx);
            }
            let idx = self.regions.len() as u16;
            for n in &r.names {
                self.name(n, Meaning::Region(idx));
            }
            if let Some(c) = &r.code {
                if c.len() != 3 || !valid_code(c) {
                    return Err(LexiconError::new(
                        "regions.toml",
                        None,
                        format!("region {}: bad code {c:?}", r.id),
                    ));
                }
            }
            self.regions.push(Region {
                code: r.code,
                id: r.id,
                name: r.names.first().cloned().unwrap_or_default(),
                members,
            });
        }
        Ok(())
    }

    fn dated_code(&self, file: &str, id: &str, code: &str) -> Result<(), LexiconError> {
        if valid_code(code) {
            Ok(())
        } else {
            Err(LexiconError::new(
                file,
                None,
                format!("{id}: bad code {code:?}"),
            ))
        }
    }

    fn actors(&mut self, file: &str, f: source::ActorsFile) -> Result<(), LexiconError> {
        for a in f.actor {
            if !self.actor_ids.insert(a.id.clone()) {
                return Err(LexiconError::new(
                    file,
                    None,
                    format!("duplicate actor id {}", a.id),
                ));
            }
            let mut codes = Vec::new();
            if let Some(c) = &a.code {
                self.dated_code(file, &a.id, c)?;
                codes.push(DatedCode {
                    code: c.clone(),
                    from: None,
                    to: None,
                });
            }
            for c in &a.codes {
                self.dated_code(file, &a.id, &c.code)?;
                let date = |s: &Option<String>| -> Result<Option<NaiveDate>, LexiconError> {
                    match s {
                        None => Ok(None),
                        Some(s) => parse_date(s).map(Some).ok_or_else(|| {
                            LexiconError::new(file, None, format!("{}: bad date {s:?}", a.id))
                        }),
                    }
                };
                codes.push(DatedCode {
                    code: c.code.clone(),
                    from: date(&c.from)?,
                    to: date(&c.to)?,
                });
            }
            if codes.is_empty() {
                return Err(LexiconError::new(file, None, format!("{}: no code", a.id)));
            }
            let idx = self.actors.len() as u32;
            for n in &a.names {
                self.name(n, Meaning::Actor(idx));
            }
            self.actors.push(NamedActor {
                id: a.id,
                name: a.names.first().cloned().unwrap_or_default(),
                codes,
                file: file.to_string(),
            });
        }
        Ok(())
    }

    fn people(&mut self, file: &str, f: source::PeopleFile) -> Result<(), LexiconError> {
        for p in f.person {
            if !self.actor_ids.insert(p.id.clone()) {
                return Err(LexiconError::new(
                    file,
                    None,
                    format!("duplicate id {}", p.id),
                ));
            }
            let mut roles = Vec::new();
            for r in &p.roles {
                self.dated_code(file, &p.id, &r.code)?;
                let from = parse_date(&r.from).ok_or_else(|| {
                    LexiconError::new(file, None, format!("{}: bad date {:?}", p.id, r.from))
                })?;
                let to = match &r.to {
                    None => None,
                    Some(t) => Some(parse_date(t).ok_or_else(|| {
                        LexiconError::new(file, None, format!("{}: bad date {t:?}", p.id))
                    })?),
                };
                roles.push(Role {
                    code: r.code.clone(),
                    title: r.title.clone(),
                    from,
                    to,
                });
            }
            let idx = self.people.len() as u32;
            for n in &p.names {
                self.name(
                    n,
                    Meaning::Person {
                        person: idx,
                        short: false,
                    },
                );
            }
            for n in &p.short {
                self.name(
                    n,
                    Meaning::Person {
                        person: idx,
                        short: true,
                    },
                );
            }
            self.people.push(Person {
                id: p.id,
                name: p.names.first().cloned().unwrap_or_default(),
                country: p.country,
                roles,
                file: file.to_string(),
            });
        }
        Ok(())
    }

    fn agents(&mut self, file: &str, f: source::AgentsFile) -> Result<(), LexiconError> {
        for a in f.agent {
            if !valid_code(&a.sector) {
                return Err(LexiconError::new(
                    file,
                    None,
                    format!("bad sector {:?}", a.sector),
                ));
            }
            let sector_id = self.sector(&a.sector);
            let idx = self.agents.len() as u16;
            self.agents.push(Agent {
                sector: a.sector.clone(),
                sector_id,
            });
            for term in &a.terms {
                let (singular, plural_form) = match term.split_once('/') {
                    Some((s, p)) => (s.trim().to_string(), p.trim().to_string()),
                    None => (term.trim().to_string(), pluralise_phrase(term.trim())),
                };
                self.name(&singular, Meaning::Agent(idx));
                if plural_form != singular {
                    self.name(&plural_form, Meaning::Agent(idx));
                }
            }
        }
        Ok(())
    }

    /// Registers every form of a table verb without copying its conjugation.
    fn register_conjugation(&mut self, conj: &Conjugation) {
        let lemma_id = self.vocab.intern(&conj.base);
        for (form, w) in conj.forms() {
            let id = self.vocab.intern(w);
            let forms = self.verb_forms.entry(id).or_default();
            if !forms.contains(&(lemma_id, form)) {
                forms.push((lemma_id, form));
            }
        }
    }

    fn register_verb(&mut self, irregular: &Irregulars, lemma: &str) -> u32 {
        let mut pc = PatternCompiler {
            vocab: &mut self.vocab,
            irregular,
            synsets: &FxHashMap::default(),
            verb_forms: &mut self.verb_forms,
            noun_forms: &mut self.noun_forms,
            buf: Tokens::new(),
        };
        pc.verb(lemma)
    }

    fn patterns(
        &mut self,
        file: &str,
        text: &str,
        irregular: &Irregulars,
        synsets: &FxHashMap<String, Vec<String>>,
    ) -> Result<(), LexiconError> {
        let mut pc = PatternCompiler {
            vocab: &mut self.vocab,
            irregular,
            synsets,
            verb_forms: &mut self.verb_forms,
            noun_forms: &mut self.noun_forms,
            buf: Tokens::new(),
        };
        for (n, line) in text.lines().enumerate() {
            match pc.parse_line(line, n + 1, file) {
                Ok(Some(p)) => self.patterns.push(p),
                Ok(None) => {}
                Err(e) => return Err(LexiconError::new(file, Some(e.line), e.message)),
            }
        }
        Ok(())
    }

    fn phrase_ids(&mut self, phrase: &str) -> Box<[u32]> {
        phrase_key(phrase, &mut self.vocab, &mut self.buf)
            .ids
            .into()
    }

    fn modality(&mut self, m: source::ModalityFile, irregular: &Irregulars) {
        let verbs = |b: &mut Builder, list: &[String]| -> WordSet {
            list.iter().map(|v| b.register_verb(irregular, v)).collect()
        };
        let intent_verbs = verbs(self, &m.intent.verbs);
        let commitment_verbs = verbs(self, &m.commitment.verbs);
        let implicative_verbs = verbs(self, &m.implicative.verbs);
        let future_verbs = verbs(self, &m.future.verbs);
        let hypothetical_verbs = verbs(self, &m.hypothetical.verbs);
        let negation_verbs = verbs(self, &m.negation.verbs);
        let reporting_verbs = verbs(self, &m.reporting.verbs);
        let allegation_verbs = verbs(self, &m.allegation.verbs);
        let words = |b: &mut Builder, list: &[String]| -> Vec<Box<[u32]>> {
            list.iter().map(|w| b.phrase_ids(w)).collect()
        };
        self.modality = Modality {
            intent_verbs,
            intent_words: words(self, &m.intent.words),
            commitment_verbs,
            implicative_verbs,
            future_verbs,
            future_words: words(self, &m.future.words),
            hypothetical_verbs,
            hypothetical_words: words(self, &m.hypothetical.words),
            negation_verbs,
            negation_words: words(self, &m.negation.words),
            reporting_verbs,
            reporting_words: words(self, &m.reporting.words),
            allegation_verbs,
            allegation_prepositions: self.word_set(&m.allegation.words),
        };
    }

    fn word_set(&mut self, list: &[String]) -> WordSet {
        let mut set = WordSet::default();
        for w in list {
            let key = phrase_key(w, &mut self.vocab, &mut self.buf);
            // A clitic on its own ("'s") is one token in running text but not when tokenised
            // alone: keep its form as written too.
            if key.ids.len() > 1 && !w.contains(' ') {
                set.insert(self.vocab.intern(w));
            }
            set.extend(key.ids);
        }
        set
    }

    fn grammar(&mut self, g: source::GrammarFile) -> Result<(), LexiconError> {
        self.grammar = Grammar {
            determiners: self.word_set(&g.determiners),
            possessives: self.word_set(&g.possessives),
            prepositions: self.word_set(&g.prepositions),
            conjunctions: self.word_set(&g.conjunctions),
            relativizers: self.word_set(&g.relativizers),
            auxiliaries: self.word_set(&g.auxiliaries),
            be_forms: self.word_set(&g.be_forms),
            have_forms: self.word_set(&g.have_forms),
            pronouns_person: self.word_set(&g.pronouns_person),
            pronouns_thing: self.word_set(&g.pronouns_thing),
            pronouns_plural: self.word_set(&g.pronouns_plural),
            pronouns_first: self.word_set(&g.pronouns_first),
            dyad_nouns: self.word_set(&g.dyad_nouns),
            question_words: self.word_set(&g.question_words),
            modifiers: self.word_set(&g.modifiers),
            former: self.word_set(&g.former),
            quantifiers: self.word_set(&g.quantifiers),
            attributive: self.word_set(&g.attributive),
            verb_group_adverbs: self.word_set(&g.verb_group_adverbs),
            future_auxiliaries: self.word_set(&g.future_auxiliaries),
            conditional_auxiliaries: self.word_set(&g.conditional_auxiliaries),
            conditionals: self.word_set(&g.conditionals),
            focus_words: self.word_set(&g.focus_words),
            compass_adjectives: self.word_set(&g.compass_adjectives),
            act_nouns: FxHashMap::default(),
            gap_barriers: self.word_set(&g.gap_barriers),
            definite_determiners: self.word_set(&g.definite_determiners),
        };
        for group in &g.act_nouns {
            let mut roots = 0u32;
            for r in &group.roots {
                match r.parse::<u32>() {
                    Ok(n) if (1..=20).contains(&n) && r.len() == 2 => roots |= 1 << n,
                    _ => {
                        return Err(LexiconError::new(
                            "grammar.toml",
                            None,
                            format!("act_nouns root {r:?} is not a CAMEO root 01..20"),
                        ))
                    }
                }
            }
            let all_parties = match group.parties.as_str() {
                "all" => true,
                "agents" => false,
                other => {
                    return Err(LexiconError::new(
                        "grammar.toml",
                        None,
                        format!("act_nouns parties {other:?} must be \"agents\" or \"all\""),
                    ))
                }
            };
            let noun = ActNoun { roots, all_parties };
            for id in self.word_set(&group.nouns).iter() {
                self.grammar.act_nouns.insert(id, noun);
            }
        }
        Ok(())
    }

    fn finish(mut self) -> Lexicon {
        self.w = Words {
            to: self.vocab.intern("to"),
            and: self.vocab.intern("and"),
            in_: self.vocab.intern("in"),
            of: self.vocab.intern("of"),
            or: self.vocab.intern("or"),
            at: self.vocab.intern("at"),
            as_: self.vocab.intern("as"),
            poss: self.vocab.intern("'s"),
            apos: self.vocab.intern("'"),
            with: self.vocab.intern("with"),
            well: self.vocab.intern("well"),
            two: self.vocab.intern("two"),
            together: self.vocab.intern("together"),
            the: self.vocab.intern("the"),
            such: self.vocab.intern("such"),
            outside: self.vocab.intern("outside"),
            near: self.vocab.intern("near"),
            like: self.vocab.intern("like"),
            including: self.vocab.intern("including"),
            from: self.vocab.intern("from"),
            by: self.vocab.intern("by"),
            but: self.vocab.intern("but"),
            both: self.vocab.intern("both"),
            along: self.vocab.intern("along"),
            according: self.vocab.intern("according"),
            only: self.vocab.intern("only"),
            own: self.vocab.intern("own"),
            will: self.vocab.intern("will"),
            that: self.vocab.intern("that"),
            between: self.vocab.intern("between"),
        };
        self.names.finish();
        // Inverted form tables: lemma -> every form.
        let mut verb_forms_of: FxHashMap<u32, Vec<u32>> = FxHashMap::default();
        for (&form, lemmas) in &self.verb_forms {
            for (l, _) in lemmas {
                verb_forms_of.entry(*l).or_default().push(form);
            }
        }
        let mut noun_forms_of: FxHashMap<u32, Vec<u32>> = FxHashMap::default();
        for (&form, &sing) in &self.noun_forms {
            noun_forms_of.entry(sing).or_default().push(form);
        }
        let mut patterns_by_word: FxHashMap<u32, Vec<u32>> = FxHashMap::default();
        for (pi, p) in self.patterns.iter().enumerate() {
            let mut triggers = FxHashSet::default();
            for &lemma in p.lemmas.iter() {
                let table = if p.nominal {
                    &noun_forms_of
                } else {
                    &verb_forms_of
                };
                triggers.extend(table.get(&lemma).into_iter().flatten().copied());
                // A noun lemma written in the plural ("talks") may also be another lemma's
                // plural form; it still triggers its own patterns.
                if p.nominal {
                    triggers.insert(lemma);
                }
            }
            for t in triggers {
                patterns_by_word.entry(t).or_default().push(pi as u32);
            }
        }
        for list in patterns_by_word.values_mut() {
            list.sort_unstable();
        }
        let mut common_words = WordSet::default();
        common_words.extend(self.verb_forms.keys().copied());
        common_words.extend(self.noun_forms.keys().copied());
        for p in &self.patterns {
            for e in p.elems.iter() {
                if let Elem::Word(ids) | Elem::Optional(ids) = e {
                    common_words.extend(ids.iter().copied());
                }
            }
        }
        let g = &self.grammar;
        for set in [
            &g.determiners,
            &g.prepositions,
            &g.conjunctions,
            &g.auxiliaries,
            &g.modifiers,
            &g.question_words,
        ] {
            common_words.extend(set.iter());
        }
        Lexicon {
            version: self.version,
            vocab: self.vocab,
            countries: self.countries,
            actors: self.actors,
            people: self.people,
            agents: self.agents,
            sectors: self.sectors,
            regions: self.regions,
            names: self.names,
            patterns: self.patterns,
            patterns_by_word,
            verb_forms: self.verb_forms,
            noun_forms: self.noun_forms,
            modality: self.modality,
            grammar: self.grammar,
            questions: self.questions,
            w: self.w,
            intent_codes: self.intent_codes,
            country_by_code: self.country_by_code,
            common_words,
        }
    }
}

/// Plural of a role phrase: the word before the first "of"/"for"/"to"/"at"/"in"/"on" is
/// pluralised ("Secretary of State" -> "Secretaries of State"), else the last word.
pub fn pluralise_phrase(phrase: &str) -> String {
    let words: Vec<&str> = phrase.split(' ').collect();
    let head = words
        .iter()
        .position(|w| matches!(*w, "of" | "for" | "to" | "at" | "in" | "on"))
        .map_or(words.len() - 1, |p| p.saturating_sub(1));
    words
        .iter()
        .enumerate()
        .map(|(i, w)| {
            if i == head {
                let lower = w.to_lowercase();
                let pl = plural(&lower);
                // Keep the original capitalisation of the first letter.
                if w.chars().next().is_some_and(char::is_uppercase) {
                    let mut c = pl.chars();
                    c.next()
                        .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
                        .unwrap_or_default()
                } else {
                    pl
                }
            } else {
                w.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn role_plurals() {
        assert_eq!(
            pluralise_phrase("Secretary of State"),
            "Secretaries of State"
        );
        assert_eq!(pluralise_phrase("foreign minister"), "foreign ministers");
        assert_eq!(pluralise_phrase("official"), "officials");
    }
}

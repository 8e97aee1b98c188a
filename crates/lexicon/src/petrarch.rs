//! Import of PETRARCH / TABARI dictionaries into Entente's lexicon format.
//!
//! PETRARCH-2 ships four kinds of dictionary: actors (`*.actors.txt`: names, `+` synonyms and
//! dated codes), agents (`*.agents.txt`: role nouns with `[~SEC]` codes), discards and verbs
//! (CAMEO 2.0 verb blocks, synonym sets and patterns). This module reads them all ([`parse_actors`],
//! [`parse_agents`], [`parse_discards`], [`parse_verbs`]), never failing on a bad line: every
//! problem is collected with its file and line. [`import`] then writes them as lexicon files:
//!
//! | PETRARCH                            | Entente                                     |
//! |-------------------------------------|---------------------------------------------|
//! | actor entries                       | `actors/petr-FILE.toml` (`[[actor]]`, dated `codes`) |
//! | entries whose dates are all offices | `people/petr-FILE.toml` (`[[person]]` with roles) |
//! | agents                              | `agents/petr-FILE.toml`                     |
//! | verb patterns                       | `events/petr-FILE.pat`                      |
//! | synonym sets                        | `events/synsets/petr-synsets.toml`          |
//! | irregular verb forms                | `events/petr-irregular-verbs.tsv`           |
//! | discards                            | `petr-discards.toml` (kept, not used by the coder) |
//!
//! Ids and synset names start with `petr-` so that the files load beside the built-in ones.
//! With [`ImportOptions::merge`] the result also holds every built-in file, and names the
//! built-in lexicon already knows are left to it; otherwise it holds the built-in language files
//! only (grammar, modality, spelling, verb tables, intent codes), so the coder can still read
//! sentences. See `lexicon/README.md` ("Importing PETRARCH dictionaries").
//!
//! ```
//! use entente_lexicon::petrarch::{import, DictFile, DictKind, ImportOptions};
//! let files = [DictFile::new(DictKind::Actors, "my.actors.txt", "GONDOR [GON]\n+MINAS_TIRITH\n")];
//! let imported = import(&files, &ImportOptions::default()).unwrap();
//! assert_eq!(imported.report.actors, 1);
//! let lex = imported.compile().unwrap();
//! assert!(lex.actors.iter().any(|a| a.id == "petr-gondor"));
//! ```

mod dicts;
mod translate;
mod verbs;

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use entente_model::CameoCode;
use rustc_hash::{FxHashMap, FxHashSet};

pub use dicts::{
    parse_actors, parse_agents, parse_date, parse_discards, parse_restriction, ActorDictionary,
    ActorEntry, AgentDictionary, AgentEntry, AgentPlural, AgentPosition, CodeRestriction, DateSpan,
    Discard, DiscardList,
};
pub use verbs::{
    parse_verbs, EventCode, PatElem, PatItem, Synset, SynsetMember, Transformation, Verb,
    VerbBlock, VerbDictionary, VerbPattern,
};

use crate::inflect::Irregulars;
use crate::patterns::PatternCompiler;
use crate::phrase::Vocab;
use crate::{Lexicon, LexiconError, EMBEDDED_FILES};
use translate::{lower_pattern, render, resolve_synsets, slug, Words};

/// A problem in a dictionary, with its place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// Dictionary file name.
    pub file: String,
    /// Line, from 1.
    pub line: usize,
    /// What is wrong or was adjusted.
    pub message: String,
}

impl Diagnostic {
    /// A diagnostic for `file:line`.
    pub fn new(file: &str, line: usize, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            file: file.to_string(),
            line,
            message: message.into(),
        }
    }
}

impl std::fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.message)
    }
}

/// The lines of a dictionary with comments removed: `<!-- ... -->` (across lines too, and any
/// `<! ...` up to `-->`), and `#` or `;` up to the end of the line outside `[...]` (so that
/// `[###]` stays a code). Returns (line number, text) for non-blank lines.
pub(crate) fn clean_lines(
    file: &str,
    text: &str,
    errors: &mut Vec<Diagnostic>,
) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    for (i, raw) in text.lines().enumerate() {
        let no = i + 1;
        let mut kept = String::new();
        let mut rest = raw;
        loop {
            if open.is_some() {
                match rest.find("-->") {
                    Some(p) => {
                        rest = &rest[p + 3..];
                        open = None;
                    }
                    None => break,
                }
            }
            match rest.find("<!") {
                Some(p) => {
                    kept.push_str(&rest[..p]);
                    rest = &rest[p + 2..];
                    open = Some(no);
                }
                None => {
                    kept.push_str(rest);
                    break;
                }
            }
        }
        let mut depth = 0usize;
        let mut cut = kept.len();
        for (k, c) in kept.char_indices() {
            match c {
                '[' => depth += 1,
                ']' => depth = depth.saturating_sub(1),
                '#' | ';' if depth == 0 => {
                    cut = k;
                    break;
                }
                _ => {}
            }
        }
        let t = kept[..cut].trim_end();
        if !t.trim().is_empty() {
            out.push((no, t.to_string()));
        }
    }
    if let Some(start) = open {
        errors.push(Diagnostic::new(
            file,
            start,
            "comment opened with <! is never closed with -->",
        ));
    }
    out
}

/// The kinds of PETRARCH dictionary.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum DictKind {
    /// Actor dictionary.
    Actors,
    /// Agent dictionary.
    Agents,
    /// Discard list.
    Discards,
    /// Verb dictionary.
    Verbs,
}

impl DictKind {
    /// Guesses the kind from a file name as PETRARCH and TABARI name them
    /// (`Phoenix.agents.txt`, `CAMEO.2.0.txt`, `CAMEO.091003.master.verbs`); `None` for issue
    /// dictionaries and other files. The name must end in `.txt`, `.actors`, `.agents`,
    /// `.verbs` or `.discards`.
    pub fn from_name(name: &str) -> Option<DictKind> {
        let n = name.to_lowercase();
        let extension = [".txt", ".actors", ".agents", ".verbs", ".discards"];
        if !extension.iter().any(|e| n.ends_with(e)) || n.contains("issue") {
            None
        } else if n.contains("actor") {
            Some(DictKind::Actors)
        } else if n.contains("agent") {
            Some(DictKind::Agents)
        } else if n.contains("discard") {
            Some(DictKind::Discards)
        } else if n.contains("verb") || n.starts_with("cameo") {
            Some(DictKind::Verbs)
        } else {
            None
        }
    }
}

/// A dictionary to import: its kind, name (for messages and output file names) and text.
#[derive(Debug, Clone)]
pub struct DictFile {
    /// What it is.
    pub kind: DictKind,
    /// File name.
    pub name: String,
    /// Contents.
    pub text: String,
}

impl DictFile {
    /// A dictionary from its parts.
    pub fn new(kind: DictKind, name: &str, text: &str) -> DictFile {
        DictFile {
            kind,
            name: name.to_string(),
            text: text.to_string(),
        }
    }
}

/// The dictionary files of a PETRARCH installation.
#[derive(Debug, Clone, Default)]
pub struct Sources {
    /// Files to import, with their kinds.
    pub files: Vec<(DictKind, PathBuf)>,
    /// Files seen but not imported, with the reason.
    pub skipped: Vec<(PathBuf, String)>,
}

impl Sources {
    /// The dictionaries of `path`: a `PETR_config.ini` file, or a directory (its
    /// `PETR_config.ini` when present, otherwise every `*.txt` named like a dictionary).
    pub fn discover(path: &Path) -> std::io::Result<Sources> {
        if path.is_file() {
            return Sources::from_config(path);
        }
        let ini = path.join("PETR_config.ini");
        if ini.is_file() {
            Sources::from_config(&ini)
        } else {
            Sources::by_name(path)
        }
    }

    /// The dictionaries named in the `[Dictionaries]` section of a PETRARCH config file
    /// (`verbfile_name`, `actorfile_list`, `agentfile_name`, `discardfile_name`), relative to
    /// the file's directory.
    pub fn from_config(ini: &Path) -> std::io::Result<Sources> {
        let text = std::fs::read_to_string(ini)?;
        let dir = ini.parent().unwrap_or(Path::new("."));
        let mut section = String::new();
        let mut entries: Vec<(String, String)> = Vec::new();
        for line in text.lines() {
            let t = line.trim();
            if t.starts_with('#') || t.starts_with(';') || t.is_empty() {
                continue;
            }
            if t.starts_with('[') && t.ends_with(']') {
                section = t[1..t.len() - 1].trim().to_lowercase();
                continue;
            }
            if section != "dictionaries" {
                continue;
            }
            if line.starts_with([' ', '\t']) {
                // A continuation line of the previous value.
                if let Some((_, v)) = entries.last_mut() {
                    v.push(' ');
                    v.push_str(t);
                }
                continue;
            }
            if let Some((k, v)) = t.split_once(['=', ':']) {
                entries.push((k.trim().to_lowercase(), v.trim().to_string()));
            }
        }
        let mut s = Sources::default();
        for (k, v) in entries {
            let kind = match k.as_str() {
                "verbfile_name" => Some(DictKind::Verbs),
                "actorfile_list" => Some(DictKind::Actors),
                "agentfile_name" => Some(DictKind::Agents),
                "discardfile_name" => Some(DictKind::Discards),
                _ => None,
            };
            for name in v.split(',').map(str::trim).filter(|n| !n.is_empty()) {
                let path = dir.join(name);
                match kind {
                    Some(kind) => {
                        if !path.is_file() {
                            return Err(std::io::Error::new(
                                std::io::ErrorKind::NotFound,
                                format!(
                                    "{}: {k} names {}, which is missing",
                                    ini.display(),
                                    path.display()
                                ),
                            ));
                        }
                        s.files.push((kind, path));
                    }
                    None => s
                        .skipped
                        .push((path, format!("{k}: issue coding is not imported"))),
                }
            }
        }
        if s.files.is_empty() {
            return Err(std::io::Error::new(
                std::io::ErrorKind::InvalidData,
                format!(
                    "{}: no dictionaries in its [Dictionaries] section",
                    ini.display()
                ),
            ));
        }
        Ok(s)
    }

    /// Every `*.txt` file of a directory whose name says what it is ([`DictKind::from_name`]).
    pub fn by_name(dir: &Path) -> std::io::Result<Sources> {
        let mut s = Sources::default();
        let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.is_file())
            .collect();
        paths.sort();
        for p in paths {
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
            match DictKind::from_name(name) {
                Some(kind) => s.files.push((kind, p)),
                None if name.to_lowercase().ends_with(".txt") => s.skipped.push((
                    p,
                    "not named like an actor, agent, discard or verb dictionary".into(),
                )),
                None => {}
            }
        }
        if s.files.is_empty() {
            return Err(std::io::Error::new(
                std::io::ErrorKind::NotFound,
                format!("{}: no PETRARCH dictionaries found", dir.display()),
            ));
        }
        Ok(s)
    }

    /// Reads the files.
    pub fn read(&self) -> std::io::Result<Vec<DictFile>> {
        self.files
            .iter()
            .map(|(kind, p)| {
                let bytes = std::fs::read(p)
                    .map_err(|e| std::io::Error::new(e.kind(), format!("{}: {e}", p.display())))?;
                Ok(DictFile {
                    kind: *kind,
                    name: p
                        .file_name()
                        .map(|n| n.to_string_lossy().into_owned())
                        .unwrap_or_default(),
                    // Old dictionaries are Latin-1 now and then: keep what can be read.
                    text: String::from_utf8_lossy(&bytes).into_owned(),
                })
            })
            .collect()
    }
}

/// How to import.
#[derive(Debug, Clone, Copy, Default)]
pub struct ImportOptions {
    /// Include every built-in lexicon file, and leave to the built-in lexicon the names it
    /// already knows. Without it, only the built-in language files are included.
    pub merge: bool,
}

/// Built-in files that hold language knowledge rather than world knowledge: kept in every
/// import so the coder can read sentences.
pub const LANGUAGE_FILES: &[&str] = &[
    "grammar.toml",
    "questions.toml",
    "modality.toml",
    "spelling.tsv",
    "verbs.tsv",
    "events/irregular-verbs.tsv",
    "events/intent.toml",
];

/// Patterns from one PETRARCH pattern never expand into more lines than this (per verb group);
/// beyond it, multi-word synonym-set members are left out.
pub const MAX_VARIANTS: usize = 32;

/// Counts and problems of an import.
#[derive(Debug, Clone, Default)]
pub struct ImportReport {
    /// Dictionary files read, as `kind: name`.
    pub files: Vec<String>,
    /// Actor records read.
    pub actor_entries: usize,
    /// `+` synonym lines read.
    pub synonyms: usize,
    /// Date-restricted codes read.
    pub dated_codes: usize,
    /// Records written as `[[actor]]`.
    pub actors: usize,
    /// Records written as `[[person]]`.
    pub people: usize,
    /// Roles written for people.
    pub roles: usize,
    /// Names written (actors and people).
    pub names: usize,
    /// Agent records read (after marker expansion).
    pub agents: usize,
    /// Agent terms written.
    pub agent_terms: usize,
    /// Agents whose code goes before the actor code (`NGO~`), written as sectors.
    pub prefix_agents: usize,
    /// Discard phrases read.
    pub discards: usize,
    /// Of which story-level (`+`).
    pub story_discards: usize,
    /// Synonym sets read.
    pub synsets: usize,
    /// Verb blocks read.
    pub verb_blocks: usize,
    /// Verbs read.
    pub verbs: usize,
    /// Verbs that got a pattern line of their own code (`CODE verb * +T`).
    pub verbs_coded: usize,
    /// Verb patterns read.
    pub patterns: usize,
    /// Patterns translated (at least one line written).
    pub patterns_translated: usize,
    /// Pattern lines written (patterns and verbs, after expansion).
    pub pattern_lines: usize,
    /// Patterns not translated, by reason.
    pub untranslated: BTreeMap<String, usize>,
    /// Verbs not translated (or without a code of their own), by reason.
    pub verbs_untranslated: BTreeMap<String, usize>,
    /// Event codes that are not CAMEO (WEIS and others), with how often they occur.
    pub non_cameo_codes: BTreeMap<String, usize>,
    /// Entries, names or terms left out, by reason.
    pub skipped: BTreeMap<String, usize>,
    /// Adjustments made while translating, by kind.
    pub notes: BTreeMap<String, usize>,
    /// Transformations read (not translated: Entente has no nested events).
    pub transformations: usize,
    /// Lines that could not be read.
    pub errors: Vec<Diagnostic>,
    /// Lines read with an adjustment.
    pub warnings: Vec<Diagnostic>,
    /// One line per untranslated pattern or skipped entry: `file:line: reason: text`.
    pub details: Vec<String>,
}

fn bump(map: &mut BTreeMap<String, usize>, key: impl Into<String>) {
    *map.entry(key.into()).or_default() += 1;
}

impl ImportReport {
    /// A human-readable summary of the counts.
    pub fn summary(&self) -> String {
        let mut s = String::new();
        let _ = writeln!(s, "files: {}", self.files.join(", "));
        let _ = writeln!(
            s,
            "actors: {} records read ({} synonyms, {} dated codes) -> {} actors, {} people ({} roles), {} names",
            self.actor_entries, self.synonyms, self.dated_codes, self.actors, self.people, self.roles, self.names
        );
        let _ = writeln!(
            s,
            "agents: {} read -> {} terms ({} prefix agents written as sectors)",
            self.agents, self.agent_terms, self.prefix_agents
        );
        let _ = writeln!(
            s,
            "discards: {} ({} story-level; kept in petr-discards.toml, not applied by the coder)",
            self.discards, self.story_discards
        );
        let _ = writeln!(
            s,
            "verbs: {} blocks, {} verbs ({} with a code of their own), {} synonym sets, {} transformations (not translated)",
            self.verb_blocks, self.verbs, self.verbs_coded, self.synsets, self.transformations
        );
        let _ = writeln!(
            s,
            "patterns: {} read, {} translated, {} untranslated -> {} pattern lines",
            self.patterns,
            self.patterns_translated,
            self.patterns - self.patterns_translated,
            self.pattern_lines
        );
        let list = |s: &mut String, title: &str, m: &BTreeMap<String, usize>| {
            if !m.is_empty() {
                let _ = writeln!(s, "{title}:");
                let mut v: Vec<_> = m.iter().collect();
                v.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
                for (k, n) in v {
                    let _ = writeln!(s, "  {n:>6}  {k}");
                }
            }
        };
        list(
            &mut s,
            "untranslated patterns by reason",
            &self.untranslated,
        );
        list(
            &mut s,
            "verbs without a pattern line of their own, by reason",
            &self.verbs_untranslated,
        );
        if !self.non_cameo_codes.is_empty() {
            let codes: Vec<String> = self
                .non_cameo_codes
                .iter()
                .map(|(c, n)| format!("{c} ({n})"))
                .collect();
            let _ = writeln!(s, "non-CAMEO codes reported: {}", codes.join(", "));
        }
        list(&mut s, "skipped", &self.skipped);
        list(&mut s, "adjustments", &self.notes);
        let _ = writeln!(
            s,
            "errors: {}, warnings: {}",
            self.errors.len(),
            self.warnings.len()
        );
        s
    }
}

/// The result of an import: lexicon files and the report.
#[derive(Debug, Clone)]
pub struct Import {
    /// The imported files: (path relative to the lexicon root, text).
    pub files: Vec<(String, String)>,
    /// Counts and problems.
    pub report: ImportReport,
    /// Whether every built-in file is included.
    pub merge: bool,
}

impl Import {
    /// Every file of the lexicon: the built-in ones (all with `merge`, else the language
    /// files) and the imported ones.
    pub fn lexicon_files(&self) -> Vec<(String, String)> {
        let mut out: Vec<(String, String)> = EMBEDDED_FILES
            .iter()
            .filter(|(p, _)| self.merge || LANGUAGE_FILES.contains(p))
            .map(|(p, t)| (p.to_string(), t.to_string()))
            .collect();
        out.extend(self.files.iter().cloned());
        out
    }

    /// Compiles the lexicon.
    pub fn compile(&self) -> Result<Lexicon, LexiconError> {
        let files = self.lexicon_files();
        let refs: Vec<crate::SourceFile> = files
            .iter()
            .map(|(p, t)| (p.as_str(), t.as_str()))
            .collect();
        Lexicon::compile(&refs)
    }

    /// Writes the lexicon to `dir` (which must be absent or empty), with
    /// `petrarch-import.txt`: the summary, every diagnostic and every untranslated pattern.
    pub fn write(&self, dir: &Path) -> std::io::Result<()> {
        if dir.exists() && std::fs::read_dir(dir)?.next().is_some() {
            return Err(std::io::Error::new(
                std::io::ErrorKind::AlreadyExists,
                format!("{} is not empty", dir.display()),
            ));
        }
        for (p, t) in self.lexicon_files() {
            let path = dir.join(&p);
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent)?;
            }
            std::fs::write(path, t)?;
        }
        let r = &self.report;
        let mut s = String::from("# PETRARCH import report (entente lexicon import-petrarch)\n\n");
        s.push_str(&r.summary());
        for (title, list) in [("errors", &r.errors), ("warnings", &r.warnings)] {
            if !list.is_empty() {
                let _ = writeln!(s, "\n## {title}");
                for d in list {
                    let _ = writeln!(s, "{d}");
                }
            }
        }
        if !r.details.is_empty() {
            s.push_str("\n## untranslated patterns and skipped entries\n");
            for d in &r.details {
                let _ = writeln!(s, "{d}");
            }
        }
        std::fs::write(dir.join("petrarch-import.txt"), s)
    }
}

/// Discovers, reads and imports the dictionaries of `path` (see [`Sources::discover`]).
pub fn import_path(path: &Path, opts: &ImportOptions) -> Result<Import, ImportError> {
    let sources = Sources::discover(path)?;
    let files = sources.read()?;
    let mut imported = import(&files, opts)?;
    for (p, why) in &sources.skipped {
        bump(
            &mut imported.report.skipped,
            format!("file {} ({why})", p.display()),
        );
    }
    Ok(imported)
}

/// Why an import could not run at all (bad lines never stop it: they are in the report).
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// A file could not be read.
    #[error("{0}")]
    Io(#[from] std::io::Error),
    /// The built-in lexicon, needed for merging, does not compile.
    #[error("built-in lexicon: {0}")]
    Lexicon(#[from] LexiconError),
}

/// Imports dictionaries. Bad lines are reported, never fatal; the only error is a built-in
/// lexicon that does not compile (needed with `merge`).
pub fn import(files: &[DictFile], opts: &ImportOptions) -> Result<Import, LexiconError> {
    let base = if opts.merge {
        Some(Lexicon::embedded()?)
    } else {
        None
    };
    let mut known_verbs = Irregulars::default();
    for f in ["verbs.tsv", "events/irregular-verbs.tsv"] {
        if let Some((_, t)) = EMBEDDED_FILES.iter().find(|(p, _)| *p == f) {
            if let Ok(table) = Irregulars::parse(t) {
                known_verbs.extend(table);
            }
        }
    }
    // Imported ids must not collide with built-in ones ("petr-pavel" is Petr Pavel).
    let mut ids = FxHashSet::default();
    if let Some(lex) = &base {
        ids.extend(lex.actors.iter().map(|a| a.id.clone()));
        ids.extend(lex.people.iter().map(|p| p.id.clone()));
    }
    let mut cx = Cx {
        report: ImportReport::default(),
        base: base.as_ref(),
        known_verbs: known_verbs.verbs().map(|c| c.base.clone()).collect(),
        ids,
        out: Vec::new(),
        synsets: BTreeMap::new(),
        irregular: BTreeMap::new(),
        sentence_discards: Vec::new(),
        story_discards: Vec::new(),
        words: Words::new(),
    };
    let verb_files = files.iter().filter(|f| f.kind == DictKind::Verbs).count();
    let mut stems: FxHashMap<String, usize> = FxHashMap::default();
    for f in files {
        let kind = match f.kind {
            DictKind::Actors => "actors",
            DictKind::Agents => "agents",
            DictKind::Discards => "discards",
            DictKind::Verbs => "verbs",
        };
        cx.report.files.push(format!("{kind}: {}", f.name));
        // Output files are named petr-STEM: "PETR.Validate.verbs.txt" gives petr-validate-verbs.
        let full = slug(f.name.strip_suffix(".txt").unwrap_or(&f.name));
        let mut stem = full.strip_prefix("petr-").unwrap_or(&full).to_string();
        let n = stems.entry(stem.clone()).or_default();
        *n += 1;
        if *n > 1 {
            stem = format!("{stem}-{n}");
        }
        match f.kind {
            DictKind::Actors => cx.actors(f, &stem),
            DictKind::Agents => cx.agents(f, &stem),
            DictKind::Discards => cx.discards(f),
            DictKind::Verbs => {
                let prefix = if verb_files > 1 {
                    format!("petr-{stem}-")
                } else {
                    "petr-".to_string()
                };
                cx.verbs(f, &stem, &prefix)
            }
        }
    }
    cx.finish();
    Ok(Import {
        files: cx.out,
        report: cx.report,
        merge: opts.merge,
    })
}

/// Import state.
struct Cx<'a> {
    report: ImportReport,
    base: Option<&'a Lexicon>,
    known_verbs: FxHashSet<String>,
    ids: FxHashSet<String>,
    out: Vec<(String, String)>,
    synsets: BTreeMap<String, Vec<String>>,
    irregular: BTreeMap<String, String>,
    sentence_discards: Vec<String>,
    story_discards: Vec<String>,
    words: Words,
}

/// Quotes a TOML basic string.
fn q(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                let _ = write!(out, "\\u{:04X}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn q_list(items: &[String]) -> String {
    let v: Vec<String> = items.iter().map(|s| q(s)).collect();
    format!("[{}]", v.join(", "))
}

/// Words kept in lower case inside names: they match any case, as names write them.
const PARTICLES: &[&str] = &[
    "of", "the", "and", "for", "in", "on", "at", "to", "by", "with", "de", "del", "della", "der",
    "den", "di", "da", "do", "dos", "das", "du", "des", "la", "le", "les", "el", "al", "bin",
    "ibn", "van", "von", "y", "e", "et",
];

/// A PETRARCH phrase as a name in news capitalisation: "ISLAMIC_REPUBLIC_OF_AFGHANISTAN_" ->
/// "Islamic Republic of Afghanistan"; a leading "the" is dropped (the matcher skips it).
pub fn display_name(raw: &str) -> String {
    let mut words: Vec<String> = raw
        .replace('_', " ")
        .split_whitespace()
        .map(|w| {
            w.split('-')
                .map(|part| {
                    let lower = part.to_lowercase();
                    if part.contains('.') || part.chars().any(|c| c.is_ascii_digit()) {
                        part.to_string()
                    } else if PARTICLES.contains(&lower.as_str()) {
                        lower
                    } else {
                        // Capitalise the first letter ("(american)" -> "(American)").
                        match lower.char_indices().find(|(_, c)| c.is_alphabetic()) {
                            Some((k, c)) => format!(
                                "{}{}{}",
                                &lower[..k],
                                c.to_uppercase(),
                                &lower[k + c.len_utf8()..]
                            ),
                            None => lower,
                        }
                    }
                })
                .collect::<Vec<_>>()
                .join("-")
        })
        .collect();
    if words.len() > 1 && words[0] == "the" {
        words.remove(0);
    }
    words.join(" ")
}

/// An agent phrase as an Entente term: lower case, words separated by single blanks.
fn term_text(raw: &str) -> String {
    raw.replace('_', " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// An actor or agent code as Entente needs it (whole groups of three letters): returns the code
/// and a note when it had to change, or `None` when nothing usable is left.
pub fn usable_code(raw: &str) -> (Option<String>, Option<String>) {
    let up = raw.trim().to_uppercase();
    let (first, note) = match up.split_once('/') {
        Some((a, _)) => (
            a.to_string(),
            Some(format!("several codes {up}: the first is used")),
        ),
        None => (up.clone(), None),
    };
    let letters = first.bytes().take_while(|b| b.is_ascii_uppercase()).count();
    let keep = letters - letters % 3;
    if keep == 0 {
        return (
            None,
            Some(format!("code {up:?} is not made of 3-letter groups")),
        );
    }
    let code = first[..keep].to_string();
    let note = if code != first {
        Some(format!(
            "code {first} cut to {code} (whole 3-letter groups)"
        ))
    } else {
        note
    };
    (Some(code), note)
}

fn iso(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

/// Whether the built-in lexicon already knows this exact name (any meaning).
fn known_name(lex: &Lexicon, name: &str) -> bool {
    let mut tokens = entente_text::Tokens::new();
    tokens.tokenize(name, entente_model::Span::new(0, name.len()));
    let mut words = Vec::new();
    lex.words(name, &tokens, 0..tokens.len(), &mut words);
    if words.is_empty() {
        return false;
    }
    let mut found = Vec::new();
    lex.names.longest(&words, 0, |_| true, &mut found) == words.len()
}

/// A code of an actor entry ready to write.
struct OutCode {
    code: String,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
    text: String,
}

impl Cx<'_> {
    fn unique_id(&mut self, name: &str) -> String {
        let base = format!("petr-{}", {
            let s = slug(name);
            if s.is_empty() {
                "entry".to_string()
            } else {
                s
            }
        });
        let mut id = base.clone();
        let mut n = 1;
        while !self.ids.insert(id.clone()) {
            n += 1;
            id = format!("{base}-{n}");
        }
        id
    }

    fn skip(&mut self, file: &str, line: usize, reason: &str, what: &str) {
        bump(&mut self.report.skipped, reason);
        self.report
            .details
            .push(format!("{file}:{line}: {reason}: {what}"));
    }

    fn actors(&mut self, f: &DictFile, stem: &str) {
        let dict = parse_actors(&f.name, &f.text);
        self.report.errors.extend(dict.errors.iter().cloned());
        self.report.warnings.extend(dict.warnings.iter().cloned());
        let mut actors = String::new();
        let mut people = String::new();
        for e in &dict.entries {
            self.report.actor_entries += 1;
            self.report.synonyms += e.synonyms.len();
            self.report.dated_codes += e.codes.iter().filter(|c| c.when.is_dated()).count();
            // Names.
            let mut names: Vec<String> = Vec::new();
            for raw in std::iter::once(&e.name).chain(&e.synonyms) {
                let n = display_name(raw);
                if n.is_empty() || names.iter().any(|x| x.eq_ignore_ascii_case(&n)) {
                    continue;
                }
                if let Some(lex) = self.base {
                    if known_name(lex, &n) {
                        bump(
                            &mut self.report.skipped,
                            "name already in the built-in lexicon",
                        );
                        continue;
                    }
                }
                names.push(n);
            }
            if names.is_empty() {
                let why = if self.base.is_some() {
                    "entry whose names the built-in lexicon already has"
                } else {
                    "entry without a usable name"
                };
                self.skip(&f.name, e.line, why, &e.name);
                continue;
            }
            // Codes: dated ones in file order, then the default.
            let mut dated: Vec<OutCode> = Vec::new();
            let mut default: Option<OutCode> = None;
            for c in &e.codes {
                if c.code == "---" {
                    bump(&mut self.report.notes, "null code [---] dropped (Entente cannot code an entry as nothing for a period)");
                    continue;
                }
                let (code, note) = usable_code(&c.code);
                if let Some(n) = note {
                    self.report
                        .warnings
                        .push(Diagnostic::new(&f.name, c.line, n));
                }
                let Some(code) = code else {
                    bump(&mut self.report.notes, "unusable actor code dropped");
                    continue;
                };
                if let DateSpan::Between(a, b) = c.when {
                    if b < a {
                        bump(
                            &mut self.report.notes,
                            "date range ending before it starts dropped",
                        );
                        continue;
                    }
                }
                let oc = OutCode {
                    code,
                    from: c.when.from(),
                    to: c.when.to(),
                    text: c.text.clone(),
                };
                if c.when.is_dated() {
                    dated.push(oc);
                } else if default.is_none() {
                    default = Some(oc);
                } else {
                    bump(&mut self.report.notes, "second default code dropped");
                }
            }
            if dated.is_empty() && default.is_none() {
                self.skip(
                    &f.name,
                    e.line,
                    "entry without a usable code (null [---] or not 3-letter groups)",
                    &e.name,
                );
                continue;
            }
            self.report.names += names.len();
            let id = self.unique_id(&e.name);
            if let Some(country) = person_country(&dated, default.as_ref()) {
                self.report.people += 1;
                self.report.roles += dated.len();
                let _ = writeln!(
                    people,
                    "[[person]]\nid = {}\nnames = {}",
                    q(&id),
                    q_list(&names)
                );
                let _ = writeln!(people, "country = {}\nroles = [", q(&country));
                for c in &dated {
                    let from = c.from.map(iso).unwrap_or_default();
                    let to =
                        c.to.map(|t| format!(", to = {}", q(&iso(t))))
                            .unwrap_or_default();
                    let _ = writeln!(
                        people,
                        "  {{ code = {}, title = {}, from = {}{to} }},",
                        q(&c.code),
                        q(&format!("PETRARCH {}", c.text)),
                        q(&from)
                    );
                }
                let _ = writeln!(
                    people,
                    "]\nnote = {}\n",
                    q(&format!("{}:{}", f.name, e.line))
                );
            } else {
                self.report.actors += 1;
                let _ = writeln!(
                    actors,
                    "[[actor]]\nid = {}\nnames = {}",
                    q(&id),
                    q_list(&names)
                );
                if dated.is_empty() {
                    let c = default
                        .as_ref()
                        .map(|c| c.code.as_str())
                        .unwrap_or_default();
                    let _ = writeln!(actors, "code = {}", q(c));
                } else {
                    let mut parts = Vec::new();
                    for c in dated.iter().chain(default.as_ref()) {
                        let mut p = format!("{{ code = {}", q(&c.code));
                        if let Some(d) = c.from {
                            let _ = write!(p, ", from = {}", q(&iso(d)));
                        }
                        if let Some(d) = c.to {
                            let _ = write!(p, ", to = {}", q(&iso(d)));
                        }
                        p.push_str(" }");
                        parts.push(p);
                    }
                    let _ = writeln!(actors, "codes = [{}]", parts.join(", "));
                }
                let _ = writeln!(actors, "note = {}\n", q(&format!("{}:{}", f.name, e.line)));
            }
        }
        let header = |kind: &str| {
            format!(
                "# {kind} imported from the PETRARCH dictionary {} by `entente lexicon import-petrarch`.\n\n",
                f.name
            )
        };
        if !actors.is_empty() {
            self.out.push((
                format!("actors/petr-{stem}.toml"),
                header("Actors") + &actors,
            ));
        }
        if !people.is_empty() {
            self.out.push((
                format!("people/petr-{stem}.toml"),
                header("People") + &people,
            ));
        }
    }

    fn agents(&mut self, f: &DictFile, stem: &str) {
        let dict = parse_agents(&f.name, &f.text);
        self.report.errors.extend(dict.errors.iter().cloned());
        self.report.warnings.extend(dict.warnings.iter().cloned());
        // Sector -> (note, terms), in order of first appearance.
        let mut groups: Vec<(String, Vec<String>)> = Vec::new();
        let mut seen: FxHashSet<(String, String)> = FxHashSet::default();
        for e in &dict.entries {
            self.report.agents += 1;
            let (code, note) = usable_code(&e.code);
            if let Some(n) = note {
                self.report
                    .warnings
                    .push(Diagnostic::new(&f.name, e.line, n));
            }
            let Some(code) = code else {
                self.skip(&f.name, e.line, "agent without a usable code", &e.phrase);
                continue;
            };
            let singular = term_text(&e.phrase);
            if singular.contains('/') {
                self.skip(&f.name, e.line, "agent phrase containing /", &e.phrase);
                continue;
            }
            if let Some(lex) = self.base {
                if known_name(lex, &singular) {
                    bump(
                        &mut self.report.skipped,
                        "agent term already in the built-in lexicon",
                    );
                    continue;
                }
            }
            if e.position == AgentPosition::Prefix {
                self.report.prefix_agents += 1;
            }
            let term = match &e.plural {
                AgentPlural::Regular => singular.clone(),
                AgentPlural::None => format!("{singular}/{singular}"),
                AgentPlural::Irregular(p) => format!("{singular}/{}", term_text(p)),
            };
            if !seen.insert((code.clone(), singular)) {
                continue;
            }
            self.report.agent_terms += 1;
            match groups.iter_mut().find(|(c, _)| *c == code) {
                Some((_, terms)) => terms.push(term),
                None => groups.push((code, vec![term])),
            }
        }
        if groups.is_empty() {
            return;
        }
        let mut s = format!(
            "# Agents imported from the PETRARCH dictionary {} by `entente lexicon import-petrarch`.\n\
             # PETRARCH's prefix agents (NGO~) are written as sectors like the others.\n\n",
            f.name
        );
        for (code, terms) in groups {
            let _ = writeln!(
                s,
                "[[agent]]\nsector = {}\nterms = {}\nnote = {}\n",
                q(&code),
                q_list(&terms),
                q(&format!("PETRARCH ~{code} ({})", f.name))
            );
        }
        self.out.push((format!("agents/petr-{stem}.toml"), s));
    }

    fn discards(&mut self, f: &DictFile) {
        let list = parse_discards(&f.name, &f.text);
        self.report.errors.extend(list.errors.iter().cloned());
        self.report.warnings.extend(list.warnings.iter().cloned());
        for d in &list.entries {
            self.report.discards += 1;
            let mut p = d.phrase.to_lowercase();
            if d.whole_word {
                p.push('_');
            }
            if d.story {
                self.report.story_discards += 1;
                self.story_discards.push(p);
            } else {
                self.sentence_discards.push(p);
            }
        }
    }

    fn verbs(&mut self, f: &DictFile, stem: &str, prefix: &str) {
        let dict = parse_verbs(&f.name, &f.text);
        self.report.errors.extend(dict.errors.iter().cloned());
        self.report.warnings.extend(dict.warnings.iter().cloned());
        self.report.synsets += dict.synsets.len();
        self.report.transformations += dict.transformations.len();
        let (sets, problems) = resolve_synsets(&dict, prefix, &mut self.words);
        for (line, m) in problems {
            self.report.errors.push(Diagnostic::new(&f.name, line, m));
        }
        let mut synset_map: FxHashMap<String, Vec<String>> = FxHashMap::default();
        for s in sets.values() {
            if !s.singles.is_empty() {
                synset_map.insert(s.key.clone(), s.singles.clone());
            }
        }
        // A compiler to check every line before it is written.
        let irregular = Irregulars::default();
        let mut vocab = Vocab::default();
        let mut verb_forms = FxHashMap::default();
        let mut noun_forms = FxHashMap::default();
        let mut pc = PatternCompiler {
            vocab: &mut vocab,
            irregular: &irregular,
            synsets: &synset_map,
            verb_forms: &mut verb_forms,
            noun_forms: &mut noun_forms,
            buf: entente_text::Tokens::new(),
        };
        let mut used_sets: BTreeSet<String> = BTreeSet::new();
        let mut text = format!(
            "# Event patterns imported from the PETRARCH verb dictionary {} by\n\
             # `entente lexicon import-petrarch`. Each line ends with its source line.\n",
            f.name
        );
        for block in &dict.blocks {
            self.report.verb_blocks += 1;
            let _ = writeln!(
                text,
                "\n# --- {} [{}] ---  {}:{}",
                block.name, block.code.text, f.name, block.line
            );
            // Triggers: simple verbs, and verbs followed by particles.
            let mut simple: Vec<(String, &Verb)> = Vec::new();
            let mut phrasal: Vec<(String, Vec<String>, &Verb)> = Vec::new();
            for v in &block.verbs {
                self.report.verbs += 1;
                if v.head > 0 {
                    bump(
                        &mut self.report.verbs_untranslated,
                        "multi-word verb with words before the verb",
                    );
                    self.report.details.push(format!(
                        "{}:{}: multi-word verb with words before the verb: {}",
                        f.name,
                        v.line,
                        v.words.join("_")
                    ));
                    continue;
                }
                let mut lemma = self.words.of(&v.words[v.head]);
                if lemma.len() > 1 && v.words[v.head].contains('-') {
                    // RE-ESTABLISH: a trigger is one word, so "reestablish".
                    lemma = vec![lemma.concat()];
                    bump(
                        &mut self.report.notes,
                        "hyphenated verb written as one word",
                    );
                }
                if let (Some(l), Some(forms)) = (lemma.first(), &v.forms) {
                    // IS {WAS BE ARE}: the verb is written inflected; its base is among the forms.
                    if !self.known_verbs.contains(l) {
                        let base = forms
                            .iter()
                            .map(|f| f.to_lowercase())
                            .find(|f| self.known_verbs.contains(f));
                        if let Some(b) = base {
                            lemma = vec![b];
                            bump(
                                &mut self.report.notes,
                                "inflected verb replaced by its base form",
                            );
                        }
                    }
                }
                let [lemma] = lemma.as_slice() else {
                    bump(&mut self.report.verbs_untranslated, "verb is not one word");
                    self.report.details.push(format!(
                        "{}:{}: verb is not one word: {}",
                        f.name, v.line, v.words[v.head]
                    ));
                    continue;
                };
                if lemma.contains('-') {
                    bump(&mut self.report.verbs_untranslated, "verb is not one word");
                    continue;
                }
                self.irregular_forms(lemma, v);
                let tail: Vec<String> = v.words[v.head + 1..]
                    .iter()
                    .flat_map(|w| self.words.of(w))
                    .collect();
                if tail.is_empty() {
                    simple.push((lemma.clone(), v));
                } else {
                    phrasal.push((lemma.clone(), tail, v));
                }
            }
            // Verb heads for patterns: "(a|b|c)" for simple verbs, "verb particle" for others.
            let mut heads: Vec<String> = Vec::new();
            if !simple.is_empty() {
                let mut ls: Vec<&str> = Vec::new();
                for (l, _) in &simple {
                    if !ls.contains(&l.as_str()) {
                        ls.push(l);
                    }
                }
                heads.push(if ls.len() == 1 {
                    ls[0].to_string()
                } else {
                    format!("({})", ls.join("|"))
                });
            }
            for (l, tail, _) in &phrasal {
                heads.push(format!("{l} {}", tail.join(" ")));
            }
            // The verbs' own codes (block code by default).
            let mut by_code: BTreeMap<String, Vec<String>> = BTreeMap::new();
            for (lemma, tail, v) in simple
                .iter()
                .map(|(l, v)| (l, None, *v))
                .chain(phrasal.iter().map(|(l, t, v)| (l, Some(t), *v)))
            {
                let code = v.code.as_ref().unwrap_or(&block.code);
                match self.event_code(code) {
                    Ok(c) => {
                        self.report.verbs_coded += 1;
                        let head = match tail {
                            Some(t) => format!("{lemma} {}", t.join(" ")),
                            None => lemma.clone(),
                        };
                        by_code.entry(c).or_default().push(head);
                    }
                    Err((reason, _)) => {
                        bump(&mut self.report.verbs_untranslated, reason);
                    }
                }
            }
            for (code, hs) in by_code {
                let mut seen = FxHashSet::default();
                let hs: Vec<String> = hs.into_iter().filter(|h| seen.insert(h.clone())).collect();
                let (single, multi): (Vec<String>, Vec<String>) =
                    hs.into_iter().partition(|h| !h.contains(' '));
                let mut lines: Vec<String> = multi;
                if single.len() == 1 {
                    lines.push(single[0].clone());
                } else if !single.is_empty() {
                    lines.push(format!("({})", single.join("|")));
                }
                for h in lines {
                    let line = format!("{code} {h} * +T");
                    if pc.parse_line(&line, 1, "check").is_ok() {
                        let _ = writeln!(text, "{line}    # {}:{}", f.name, block.line);
                        self.report.pattern_lines += 1;
                    }
                }
            }
            for p in &block.patterns {
                self.report.patterns += 1;
                let what = format!("- {} [{}]", p.text, p.code.text);
                let code = match self.event_code(&p.code) {
                    Ok(c) => c,
                    Err((reason, _)) => {
                        self.untranslated(&f.name, p.line, &reason, &what);
                        continue;
                    }
                };
                if heads.is_empty() {
                    self.untranslated(&f.name, p.line, "no translatable verb in its block", &what);
                    continue;
                }
                let lowered = match lower_pattern(p, &sets, &mut self.words) {
                    Ok(l) => l,
                    Err(reason) => {
                        let key = if reason.starts_with("undefined synonym set") {
                            "undefined synonym set".to_string()
                        } else if reason.starts_with("word ") {
                            "word Entente cannot match".to_string()
                        } else {
                            reason.clone()
                        };
                        self.untranslated(&f.name, p.line, &key, &format!("{what} ({reason})"));
                        continue;
                    }
                };
                let (variants, dropped) = match render(&lowered, MAX_VARIANTS) {
                    Ok(x) => x,
                    Err(reason) => {
                        self.untranslated(&f.name, p.line, &reason, &what);
                        continue;
                    }
                };
                for n in &lowered.notes {
                    bump(&mut self.report.notes, *n);
                }
                if dropped {
                    bump(
                        &mut self.report.notes,
                        "multi-word synonym-set members left out (expansion limit)",
                    );
                }
                if p.code.reverse.is_some() {
                    bump(
                        &mut self.report.notes,
                        "paired reverse code [A:B] dropped (B not coded)",
                    );
                }
                let mut written = 0;
                let mut last_err = String::new();
                for h in &heads {
                    for v in &variants {
                        let line = format!("{code} {h} {v}");
                        match pc.parse_line(&line, 1, "check") {
                            Ok(_) => {
                                for w in line.split_whitespace() {
                                    if let Some(s) = w.strip_prefix('~') {
                                        used_sets.insert(s.to_string());
                                    }
                                }
                                let _ = writeln!(text, "{line}    # {}:{}", f.name, p.line);
                                written += 1;
                            }
                            Err(e) => last_err = e.message,
                        }
                    }
                }
                if written == 0 {
                    self.untranslated(
                        &f.name,
                        p.line,
                        "does not compile in Entente's grammar",
                        &format!("{what} ({last_err})"),
                    );
                    continue;
                }
                self.report.pattern_lines += written;
                self.report.patterns_translated += 1;
            }
        }
        for (key, words) in synset_map {
            if used_sets.contains(&key) {
                self.synsets.insert(key, words);
            }
        }
        if self.report.pattern_lines > 0 {
            self.out.push((format!("events/petr-{stem}.pat"), text));
        }
    }

    fn untranslated(&mut self, file: &str, line: usize, reason: &str, what: &str) {
        bump(&mut self.report.untranslated, reason);
        self.report
            .details
            .push(format!("{file}:{line}: {reason}: {what}"));
    }

    /// The CAMEO code of an event code, or the reason it cannot be used (with the non-CAMEO
    /// code, which is also counted).
    fn event_code(&mut self, c: &EventCode) -> Result<String, (String, Option<String>)> {
        if c.is_null() {
            return Err(("null code [---] (no event)".into(), None));
        }
        let Some(f) = &c.forward else {
            return Err((
                "reverse-only code [:X] (target acts on source)".into(),
                None,
            ));
        };
        if CameoCode::parse(f).is_none() {
            bump(&mut self.report.non_cameo_codes, f.clone());
            return Err(("non-CAMEO code (WEIS or other)".into(), Some(f.clone())));
        }
        Ok(f.clone())
    }

    /// Records the irregular forms of a verb that Entente's verb tables do not know.
    fn irregular_forms(&mut self, lemma: &str, v: &Verb) {
        let Some(forms) = &v.forms else {
            return;
        };
        if forms.is_empty() {
            return;
        }
        if self.known_verbs.contains(lemma) {
            bump(
                &mut self.report.notes,
                "irregular forms of a verb Entente already conjugates: Entente's forms kept",
            );
            return;
        }
        let regular = Irregulars::default().conjugate(lemma);
        let (mut past, mut third, mut gerund) = (Vec::new(), Vec::new(), Vec::new());
        for f in forms {
            let ws = self.words.of(f);
            let [w] = ws.as_slice() else { continue };
            if w.ends_with("ing") {
                gerund.push(w.clone());
            } else if w.ends_with('s') && !w.ends_with("ss") && w.len() <= lemma.len() + 3 {
                third.push(w.clone());
            } else {
                past.push(w.clone());
            }
        }
        let col = |v: Vec<String>, d: &[String]| {
            if v.is_empty() {
                d.join("|")
            } else {
                v.join("|")
            }
        };
        let past = col(past, &regular.past);
        let row = format!(
            "{lemma}\t{past}\t{past}\t{}\t{}",
            col(third, &regular.third),
            col(gerund, &regular.gerund)
        );
        self.irregular.insert(lemma.to_string(), row);
    }

    fn finish(&mut self) {
        if !self.synsets.is_empty() {
            let mut s = String::from(
                "# Synonym sets imported from PETRARCH verb dictionaries (single words; multi-word\n\
                 # members are expanded into patterns).\n\n",
            );
            for (k, v) in &self.synsets {
                let _ = writeln!(s, "{} = {}", q(k), q_list(v));
            }
            self.out
                .push(("events/synsets/petr-synsets.toml".into(), s));
        }
        if !self.irregular.is_empty() {
            let mut s = String::from(
                "# Irregular verb forms from PETRARCH verb dictionaries, for verbs Entente's tables\n\
                 # do not list. base<TAB>past<TAB>past participle<TAB>third singular<TAB>gerund\n",
            );
            for row in self.irregular.values() {
                s.push_str(row);
                s.push('\n');
            }
            self.out.push(("events/petr-irregular-verbs.tsv".into(), s));
        }
        if !self.sentence_discards.is_empty() || !self.story_discards.is_empty() {
            let mut s = String::from(
                "# PETRARCH discard phrases: sentences (story: whole stories) containing them are not\n\
                 # coded by PETRARCH. Kept for reference: Entente's coder does not read this file.\n\
                 # A final _ means a whole-word match.\n\n",
            );
            let _ = writeln!(s, "sentence = {}", q_list(&self.sentence_discards));
            let _ = writeln!(s, "story = {}", q_list(&self.story_discards));
            self.out.push(("petr-discards.toml".into(), s));
        }
        self.out.sort();
    }
}

/// The country of an entry that reads as a person: every code dated from a start date, all
/// with one 3-letter prefix, and a default (if any) of that country or its elite (ELI).
fn person_country(dated: &[OutCode], default: Option<&OutCode>) -> Option<String> {
    let first = dated.first()?;
    if first.code.len() < 3 {
        return None;
    }
    let country = &first.code[..3];
    if dated
        .iter()
        .any(|c| c.from.is_none() || !c.code.starts_with(country))
    {
        return None;
    }
    if let Some(d) = default {
        if d.code != country && d.code != format!("{country}ELI") {
            return None;
        }
    }
    Some(country.to_string())
}

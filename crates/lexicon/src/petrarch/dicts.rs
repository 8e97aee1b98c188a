//! Readers for PETRARCH/TABARI actor, agent and discard dictionaries.
//!
//! Every reader takes a file name (for messages) and its text, never fails, and returns what it
//! could read together with the problems it found, each naming the file and line.

use chrono::NaiveDate;

use super::{clean_lines, Diagnostic};

/// When a code applies (PETRARCH limits are inclusive: "or equal to").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateSpan {
    /// No date restriction: the entry's default code.
    Always,
    /// `<DATE`: up to and including the date.
    Before(NaiveDate),
    /// `>DATE`: from the date on.
    After(NaiveDate),
    /// `DATE-DATE`: between the dates, both included.
    Between(NaiveDate, NaiveDate),
}

impl DateSpan {
    /// First day covered, if bounded.
    pub fn from(&self) -> Option<NaiveDate> {
        match *self {
            DateSpan::After(d) | DateSpan::Between(d, _) => Some(d),
            _ => None,
        }
    }

    /// Last day covered, if bounded.
    pub fn to(&self) -> Option<NaiveDate> {
        match *self {
            DateSpan::Before(d) | DateSpan::Between(_, d) => Some(d),
            _ => None,
        }
    }

    /// Whether the span has any date.
    pub fn is_dated(&self) -> bool {
        !matches!(self, DateSpan::Always)
    }
}

/// One `[CODE ...]` of an actor entry: a code and when it applies.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CodeRestriction {
    /// The code as written, upper-cased (`---` is PETRARCH's null code).
    pub code: String,
    /// When it applies.
    pub when: DateSpan,
    /// Line it is on.
    pub line: usize,
    /// The bracketed text as written, for traceability.
    pub text: String,
}

/// One actor record: a primary phrase, its `+` synonyms and its codes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActorEntry {
    /// Line of the primary phrase.
    pub line: usize,
    /// The primary phrase as written (words separated by `_` or blanks).
    pub name: String,
    /// Synonym phrases (`+` lines), as written without the `+`.
    pub synonyms: Vec<String>,
    /// Codes in file order: the primary line's code first, then indented restrictions.
    pub codes: Vec<CodeRestriction>,
}

/// What an actor dictionary holds.
#[derive(Debug, Clone, Default)]
pub struct ActorDictionary {
    /// Entries in file order.
    pub entries: Vec<ActorEntry>,
    /// Lines that could not be read (each skipped).
    pub errors: Vec<Diagnostic>,
    /// Lines read with an adjustment worth knowing about.
    pub warnings: Vec<Diagnostic>,
}

/// Reads a PETRARCH date: `YYMMDD` (00-30 is 20YY, else 19YY) or `YYYYMMDD`. A seven-digit
/// string is read as `YYMMDD` and a longer one by its first eight digits, as PETRARCH does;
/// both give a warning text.
pub fn parse_date(s: &str) -> Result<(NaiveDate, Option<String>), String> {
    let s = s.trim();
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return Err(format!("bad date {s:?}: expected YYMMDD or YYYYMMDD"));
    }
    let num = |r: std::ops::Range<usize>| s[r].parse::<u32>().unwrap_or(0);
    let (y, m, d, warn) = match s.len() {
        6 | 7 => {
            let yy = num(0..2) as i32;
            let y = if yy <= 30 { 2000 + yy } else { 1900 + yy };
            let warn = (s.len() == 7).then(|| format!("7-digit date {s:?} read as YYMMDD"));
            (y, num(2..4), num(4..6), warn)
        }
        n if n >= 8 => {
            let warn = (n > 8).then(|| format!("date {s:?} read by its first 8 digits"));
            (num(0..4) as i32, num(4..6), num(6..8), warn)
        }
        _ => return Err(format!("bad date {s:?}: expected YYMMDD or YYYYMMDD")),
    };
    NaiveDate::from_ymd_opt(y, m, d)
        .map(|date| (date, warn))
        .ok_or_else(|| format!("bad date {s:?}: no such day"))
}

/// Reads the inside of a code bracket: `CODE`, `CODE <DATE`, `CODE >DATE`, `CODE DATE-DATE`
/// (blanks allowed around `<`, `>` and `-`). Returns the code, the span and warnings.
pub fn parse_restriction(inner: &str) -> Result<(String, DateSpan, Vec<String>), String> {
    let inner = inner.trim();
    let (code, rest) = match inner.find(char::is_whitespace) {
        Some(p) => (&inner[..p], inner[p..].trim()),
        None => (inner, ""),
    };
    if code.is_empty() {
        return Err("empty code bracket".into());
    }
    if code.starts_with(|c: char| c.is_ascii_digit() || c == '<' || c == '>') {
        return Err(format!("restriction [{inner}] has no code"));
    }
    let code = code.to_uppercase();
    let rest: String = rest.chars().filter(|c| !c.is_whitespace()).collect();
    let mut warnings = Vec::new();
    let mut date = |s: &str| -> Result<NaiveDate, String> {
        let (d, w) = parse_date(s)?;
        warnings.extend(w);
        Ok(d)
    };
    let span = if rest.is_empty() {
        DateSpan::Always
    } else if let Some(d) = rest.strip_prefix('<') {
        DateSpan::Before(date(d)?)
    } else if let Some(d) = rest.strip_prefix('>') {
        DateSpan::After(date(d)?)
    } else if let Some((a, b)) = rest.split_once('-') {
        let (a, b) = (date(a)?, date(b)?);
        if b < a {
            warnings.push(format!("date range {rest} ends before it starts"));
        }
        DateSpan::Between(a, b)
    } else {
        let d = date(&rest)?;
        warnings.push(format!(
            "date {rest} without <, > or - read as a start date"
        ));
        DateSpan::After(d)
    };
    Ok((code, span, warnings))
}

/// A line split into its phrase and its `[...]` groups.
struct Bracketed {
    /// Text before the first `[`, without stray `]`.
    head: String,
    /// Insides of the groups.
    groups: Vec<String>,
    /// Repairs made (stray `]`, text after the codes, a group closed by `}`).
    repairs: Vec<String>,
}

/// Splits `text` into the part before the first `[` and the bracket groups after it. Editing
/// slips seen in real dictionaries are repaired with a note: a stray `]` in the phrase, text
/// after the last code (spreadsheet columns), a code closed with `}`.
fn split_brackets(text: &str) -> Result<Bracketed, String> {
    let mut repairs = Vec::new();
    let (head, mut rest) = match text.find('[') {
        Some(start) => (&text[..start], &text[start..]),
        None => (text, ""),
    };
    let head = if head.contains(']') {
        repairs.push("stray ] ignored".to_string());
        head.replace(']', "")
    } else {
        head.to_string()
    };
    let mut groups = Vec::new();
    loop {
        rest = rest.trim_start();
        if rest.is_empty() {
            break;
        }
        let Some(r) = rest.strip_prefix('[') else {
            repairs.push(format!("text after the code ignored: {rest:?}"));
            break;
        };
        let end = match r.find(']') {
            Some(e) => e,
            None => match r.find('}') {
                Some(e) if r[e + 1..].trim().is_empty() => {
                    repairs.push("code closed with } read as ]".to_string());
                    e
                }
                _ => return Err("unbalanced [".into()),
            },
        };
        if r[..end].contains('[') {
            return Err("nested [".into());
        }
        groups.push(r[..end].to_string());
        rest = &r[end + 1..];
    }
    Ok(Bracketed {
        head,
        groups,
        repairs,
    })
}

/// Reads an actor dictionary (`*.actors.txt`): records of a primary phrase with an optional
/// code, `+` synonym lines and indented `[CODE restriction]` lines.
pub fn parse_actors(file: &str, text: &str) -> ActorDictionary {
    let mut dict = ActorDictionary::default();
    let lines = clean_lines(file, text, &mut dict.errors);
    let mut current: Option<ActorEntry> = None;
    for (no, line) in lines {
        let t = line.trim();
        let err = |m: String| Diagnostic::new(file, no, m);
        let split = match split_brackets(t) {
            Ok(b) => b,
            Err(m) => {
                dict.errors.push(err(m));
                continue;
            }
        };
        for r in &split.repairs {
            dict.warnings.push(err(r.clone()));
        }
        let Bracketed { head, groups, .. } = split;
        if t.starts_with('[') {
            let Some(entry) = current.as_mut() else {
                dict.errors
                    .push(err("code restriction before any actor".into()));
                continue;
            };
            for g in &groups {
                push_restriction(&mut dict, entry, file, no, g);
            }
        } else if let Some(syn) = head.trim().strip_prefix('+') {
            let name = syn.trim();
            let Some(entry) = current.as_mut() else {
                dict.errors.push(err("synonym before any actor".into()));
                continue;
            };
            if name.is_empty() {
                dict.errors.push(err("empty synonym".into()));
                continue;
            }
            if !groups.is_empty() {
                dict.warnings.push(err(format!(
                    "code on synonym line ignored: {}",
                    groups.join(" ")
                )));
            }
            entry.synonyms.push(name.to_string());
        } else {
            let name = head.trim();
            if name.is_empty() {
                dict.errors.push(err("actor line without a phrase".into()));
                continue;
            }
            if let Some(done) = current.take() {
                dict.entries.push(done);
            }
            let mut entry = ActorEntry {
                line: no,
                name: name.to_string(),
                synonyms: Vec::new(),
                codes: Vec::new(),
            };
            for g in &groups {
                push_restriction(&mut dict, &mut entry, file, no, g);
            }
            current = Some(entry);
        }
    }
    if let Some(done) = current.take() {
        dict.entries.push(done);
    }
    dict
}

fn push_restriction(
    dict: &mut ActorDictionary,
    entry: &mut ActorEntry,
    file: &str,
    no: usize,
    inner: &str,
) {
    match parse_restriction(inner) {
        Ok((code, when, warnings)) => {
            for w in warnings {
                dict.warnings.push(Diagnostic::new(file, no, w));
            }
            entry.codes.push(CodeRestriction {
                code,
                when,
                line: no,
                text: format!("[{}]", inner.trim()),
            });
        }
        Err(m) => dict.errors.push(Diagnostic::new(file, no, m)),
    }
}

/// Which side of the actor code an agent code goes on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AgentPosition {
    /// `[~GOV]`: added after the actor code (ISR + GOV = ISRGOV).
    Suffix,
    /// `[NGO~]`: added before the actor code (usual for organisations).
    Prefix,
}

/// How an agent's plural is formed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AgentPlural {
    /// Regular plural, generated.
    Regular,
    /// `{}`: no plural (the same form, or singular or plural only).
    None,
    /// `{PLURAL}`: this plural.
    Irregular(String),
}

/// One agent record: `PHRASE {PLURAL} [~CODE]`, with substitution markers already expanded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgentEntry {
    /// Line it is on.
    pub line: usize,
    /// The phrase as written (words separated by `_` or blanks).
    pub phrase: String,
    /// Plural form.
    pub plural: AgentPlural,
    /// The agent code without `~`, upper-cased.
    pub code: String,
    /// Where the code goes.
    pub position: AgentPosition,
}

/// What an agent dictionary holds.
#[derive(Debug, Clone, Default)]
pub struct AgentDictionary {
    /// Entries in file order.
    pub entries: Vec<AgentEntry>,
    /// Substitution markers defined (`!PERSON! = MAN, MEN, ...`), in file order.
    pub markers: Vec<(String, Vec<String>)>,
    /// Lines that could not be read (each skipped).
    pub errors: Vec<Diagnostic>,
    /// Lines read with an adjustment worth knowing about.
    pub warnings: Vec<Diagnostic>,
}

/// Reads an agent dictionary (`*.agents.txt`): `PHRASE {PLURAL} [~CODE]` lines and
/// `!MARKER! = A, B, C` substitution sets.
pub fn parse_agents(file: &str, text: &str) -> AgentDictionary {
    let mut dict = AgentDictionary::default();
    let lines = clean_lines(file, text, &mut dict.errors);
    for (no, line) in lines {
        let t = line.trim();
        let err = |m: &str| Diagnostic::new(file, no, m);
        if t.starts_with('!') && t.contains('=') && !t.contains('[') {
            let (lhs, rhs) = t.split_once('=').unwrap_or((t, ""));
            let name = lhs.trim().trim_matches('!').trim().to_uppercase();
            if name.is_empty() || lhs.trim().matches('!').count() != 2 {
                dict.errors
                    .push(err("substitution marker must be written !NAME! = A, B"));
                continue;
            }
            let items: Vec<String> = rhs
                .split(',')
                .map(|s| s.trim().to_string())
                .filter(|s| !s.is_empty())
                .collect();
            if items.is_empty() {
                dict.errors.push(err("substitution marker with no items"));
                continue;
            }
            dict.markers.retain(|(n, _)| *n != name);
            dict.markers.push((name, items));
            continue;
        }
        let split = match split_brackets(t) {
            Ok(b) => b,
            Err(m) => {
                dict.errors.push(err(&m));
                continue;
            }
        };
        for r in &split.repairs {
            dict.warnings.push(err(r));
        }
        let head = split.head.as_str();
        let group = match split.groups.as_slice() {
            [g] => g,
            [] => {
                // PETRARCH skips these with a warning too.
                dict.warnings.push(err("agent without a [~CODE]: skipped"));
                continue;
            }
            _ => {
                dict.errors.push(err("agent with more than one code"));
                continue;
            }
        };
        let code = group.trim().to_uppercase();
        let (code, position) = if let Some(c) = code.strip_prefix('~') {
            (c.trim().to_string(), AgentPosition::Suffix)
        } else if let Some(c) = code.strip_suffix('~') {
            (c.trim().to_string(), AgentPosition::Prefix)
        } else {
            dict.errors
                .push(err("agent code must start (~GOV) or end (NGO~) with ~"));
            continue;
        };
        if code.is_empty() || code.contains(char::is_whitespace) {
            dict.errors.push(err("bad agent code"));
            continue;
        }
        let (phrase, plural) = match head.find('{') {
            Some(open) => {
                let Some(close) = head[open..].find('}').map(|c| open + c) else {
                    dict.errors.push(err("missing }"));
                    continue;
                };
                if !head[close + 1..].trim().is_empty() {
                    dict.errors.push(err("unexpected text after {...}"));
                    continue;
                }
                let p = head[open + 1..close].trim();
                let plural = if p.is_empty() {
                    AgentPlural::None
                } else {
                    AgentPlural::Irregular(p.to_string())
                };
                (head[..open].trim(), plural)
            }
            None if head.contains('}') => {
                dict.errors.push(err("unbalanced }"));
                continue;
            }
            None => (head.trim(), AgentPlural::Regular),
        };
        if phrase.is_empty() {
            dict.errors.push(err("agent without a phrase"));
            continue;
        }
        if phrase.contains('!') {
            match expand_marker(phrase, &dict.markers) {
                Ok((forms, note)) => {
                    if let Some(n) = note {
                        dict.warnings.push(err(&n));
                    }
                    for f in forms {
                        dict.entries.push(AgentEntry {
                            line: no,
                            phrase: f,
                            plural: AgentPlural::None,
                            code: code.clone(),
                            position,
                        });
                    }
                }
                Err(m) => dict.errors.push(err(&m)),
            }
            continue;
        }
        dict.entries.push(AgentEntry {
            line: no,
            phrase: phrase.to_string(),
            plural,
            code,
            position,
        });
    }
    dict
}

/// Expands the first `!MARKER!` of a phrase with every item of its set (no plurals added).
/// Later markers are read as the word they interrupt ("AD!MINIST!RATIVE" is "ADMINISTRATIVE",
/// the trace of a search-and-replace), with a note.
fn expand_marker(
    phrase: &str,
    markers: &[(String, Vec<String>)],
) -> Result<(Vec<String>, Option<String>), String> {
    let start = phrase.find('!').unwrap_or(0);
    let Some(len) = phrase[start + 1..].find('!') else {
        return Err(format!(
            "substitution marker in {phrase:?} is not closed with !"
        ));
    };
    let name = phrase[start + 1..start + 1 + len].to_uppercase();
    let Some((_, items)) = markers.iter().find(|(n, _)| *n == name) else {
        return Err(format!("substitution marker !{name}! is not defined above"));
    };
    let before = &phrase[..start];
    let mut after = phrase[start + len + 2..].to_string();
    let mut note = None;
    if after.contains('!') {
        after = after.replace('!', "");
        note = Some(format!(
            "only the first substitution marker of {phrase:?} is expanded; the others are read as text"
        ));
    }
    Ok((
        items
            .iter()
            .map(|i| format!("{before}{i}{after}"))
            .collect(),
        note,
    ))
}

/// One discard phrase: sentences (or, with `+`, whole stories) containing it are not coded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Discard {
    /// Line it is on.
    pub line: usize,
    /// The phrase, words separated by single blanks, without the markers.
    pub phrase: String,
    /// `+PHRASE`: the whole story is discarded.
    pub story: bool,
    /// `PHRASE_`: must end at a word boundary (otherwise it is a stem).
    pub whole_word: bool,
}

/// What a discard list holds.
#[derive(Debug, Clone, Default)]
pub struct DiscardList {
    /// Entries in file order.
    pub entries: Vec<Discard>,
    /// Lines that could not be read (each skipped).
    pub errors: Vec<Diagnostic>,
    /// Lines read with an adjustment worth knowing about.
    pub warnings: Vec<Diagnostic>,
}

/// Reads a discard list (`*.discards.txt`): one phrase a line, `+` for story-level discards,
/// a final `_` for a whole-word match.
pub fn parse_discards(file: &str, text: &str) -> DiscardList {
    let mut list = DiscardList::default();
    let lines = clean_lines(file, text, &mut list.errors);
    for (no, line) in lines {
        let t = line.trim();
        let (story, t) = match t.strip_prefix('+') {
            Some(r) => (true, r.trim()),
            None => (false, t),
        };
        let whole_word = t.ends_with('_');
        let phrase = t
            .replace('_', " ")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        if phrase.is_empty() {
            list.errors
                .push(Diagnostic::new(file, no, "empty discard phrase"));
            continue;
        }
        list.entries.push(Discard {
            line: no,
            phrase,
            story,
            whole_word,
        });
    }
    list
}

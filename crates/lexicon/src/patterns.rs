//! Event patterns: `CODE PATTERN` lines compiled into word-id sequences with actor slots.
//!
//! Grammar (see `lexicon/README.md`): `[N ]CODE elem...` where an element is a word, `(a|b)`,
//! `[a|b]` (optional), `*` (gap of up to three words), `**` (up to eight), `~synset`, `+T`,
//! `+T?` or `+S`.

use entente_model::{CameoCode, Relation};
use entente_text::Tokens;
use rustc_hash::FxHashMap;

use crate::inflect::{plural, Irregulars, VerbForm};
use crate::phrase::{phrase_key, Vocab};

/// One element of a compiled pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Elem {
    /// One of these word ids.
    Word(Box<[u32]>),
    /// Optionally one of these word ids.
    Optional(Box<[u32]>),
    /// Up to three arbitrary words.
    Gap,
    /// Up to eight arbitrary words (`**`): "told a rally in Istanbul that ...".
    LongGap,
    /// The target actor; `optional` for reciprocal verbs.
    Target {
        /// `+T?`
        optional: bool,
    },
    /// The source actor (nominal patterns).
    Source,
}

/// What a pattern yields.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Output {
    /// An event with this CAMEO code.
    Event(CameoCode),
    /// A relation state: subject = a, target = b (swapped when the bool is set, for patterns
    /// such as "expelled Israel's ambassador" where the target's envoy is meant).
    State(Relation, &'static str, bool),
}

/// A compiled event or relation-state pattern.
#[derive(Debug, Clone)]
pub struct Pattern {
    /// What it yields.
    pub output: Output,
    /// Whether the trigger is a noun.
    pub nominal: bool,
    /// Trigger lemma ids (verb lemmas or singular nouns).
    pub lemmas: Box<[u32]>,
    /// Elements after the trigger.
    pub elems: Box<[Elem]>,
    /// `file:line`, for traceability.
    pub entry: Box<str>,
    /// Number of literal words: more is more specific.
    pub specificity: u16,
    /// The alternatives of the pattern's most selective required literal (the fewest
    /// alternatives): a sentence with none of these words cannot match, which the coder tests
    /// before matching. Empty when the pattern has no required literal.
    pub key: Box<[u32]>,
}

/// A pattern line that does not parse.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PatternError {
    /// Line number, from 1.
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

pub(crate) struct PatternCompiler<'a> {
    pub vocab: &'a mut Vocab,
    pub irregular: &'a Irregulars,
    pub synsets: &'a FxHashMap<String, Vec<String>>,
    pub verb_forms: &'a mut FxHashMap<u32, Vec<(u32, VerbForm)>>,
    pub noun_forms: &'a mut FxHashMap<u32, u32>,
    pub buf: Tokens,
}

impl PatternCompiler<'_> {
    /// Interns one literal word (normalised like text); multi-part words are rejected.
    fn word(&mut self, w: &str, line: usize) -> Result<u32, PatternError> {
        let key = phrase_key(w, self.vocab, &mut self.buf);
        match key.ids.as_slice() {
            [id] => Ok(*id),
            _ => Err(PatternError {
                line,
                message: format!("{w:?} is not a single word"),
            }),
        }
    }

    /// Words of a literal, expanding hyphenated words into consecutive elements.
    fn literal(&mut self, w: &str) -> Vec<u32> {
        phrase_key(w, self.vocab, &mut self.buf).ids
    }

    fn alternatives(&mut self, inner: &str, line: usize) -> Result<Vec<String>, PatternError> {
        let mut out = Vec::new();
        for alt in inner.split('|') {
            let alt = alt.trim();
            if alt.is_empty() {
                return Err(PatternError {
                    line,
                    message: "empty alternative".into(),
                });
            }
            if let Some(name) = alt.strip_prefix('~') {
                out.extend(self.synset(name, line)?.iter().cloned());
            } else {
                out.push(alt.to_string());
            }
        }
        Ok(out)
    }

    fn synset(&self, name: &str, line: usize) -> Result<&Vec<String>, PatternError> {
        self.synsets.get(name).ok_or_else(|| PatternError {
            line,
            message: format!("unknown synonym set ~{name}"),
        })
    }

    /// Registers every inflection of a verb lemma and returns the lemma id.
    pub fn verb(&mut self, lemma: &str) -> u32 {
        let conj = self.irregular.conjugate(lemma);
        let lemma_id = self.vocab.intern(lemma);
        for (form, w) in conj.forms() {
            let id = self.vocab.intern(w);
            let forms = self.verb_forms.entry(id).or_default();
            if !forms.contains(&(lemma_id, form)) {
                forms.push((lemma_id, form));
            }
        }
        lemma_id
    }

    /// Registers a noun and its plural, returning the singular's id.
    fn noun(&mut self, noun: &str) -> u32 {
        let id = self.vocab.intern(noun);
        self.noun_forms.insert(id, id);
        let pl = self.vocab.intern(&plural(noun));
        self.noun_forms.insert(pl, id);
        id
    }

    pub fn parse_line(
        &mut self,
        raw: &str,
        line: usize,
        file: &str,
    ) -> Result<Option<Pattern>, PatternError> {
        let text = raw.split('#').next().unwrap_or("").trim();
        if text.is_empty() {
            return Ok(None);
        }
        let err = |message: String| PatternError { line, message };
        let mut parts = text.split_whitespace().peekable();
        let nominal = parts.peek() == Some(&"N");
        if nominal {
            parts.next();
        }
        let code_str = parts.next().ok_or_else(|| err("missing code".into()))?;
        let (code_str, reverse) = match code_str.strip_suffix(":rev") {
            Some(c) => (c, true),
            None => (code_str, false),
        };
        let output = match code_str.split_once(':') {
            Some((rel, value)) => {
                let relation =
                    Relation::parse(rel).ok_or_else(|| err(format!("unknown relation {rel:?}")))?;
                let value = relation
                    .values()
                    .iter()
                    .find(|v| **v == value)
                    .ok_or_else(|| err(format!("{rel} has no value {value:?}")))?;
                Output::State(relation, value, reverse)
            }
            None => Output::Event(
                CameoCode::parse(code_str)
                    .ok_or_else(|| err(format!("unknown CAMEO code {code_str:?}")))?,
            ),
        };
        let head = parts
            .next()
            .ok_or_else(|| err("missing trigger word".into()))?;
        let head_words: Vec<String> =
            if let Some(inner) = head.strip_prefix('(').and_then(|h| h.strip_suffix(')')) {
                self.alternatives(inner, line)?
            } else if let Some(name) = head.strip_prefix('~') {
                self.synset(name, line)?.clone()
            } else if head.contains(['+', '[', ']', '*', '(', ')', '|', '~']) {
                return Err(err(format!(
                    "pattern must start with a trigger word, not {head:?}"
                )));
            } else {
                vec![head.to_string()]
            };
        let mut lemmas = Vec::new();
        for w in &head_words {
            let w = w.to_lowercase();
            if w.contains(char::is_whitespace) || w.contains('-') {
                return Err(err(format!("trigger {w:?} must be one word")));
            }
            lemmas.push(if nominal {
                self.noun(&w)
            } else {
                self.verb(&w)
            });
        }
        let mut elems = Vec::new();
        let mut specificity = 1u16;
        for p in parts {
            match p {
                "*" => elems.push(Elem::Gap),
                "**" => elems.push(Elem::LongGap),
                "+T" => elems.push(Elem::Target { optional: false }),
                "+T?" => elems.push(Elem::Target { optional: true }),
                "+S" => {
                    if !nominal {
                        return Err(err("+S is only for nominal patterns".into()));
                    }
                    elems.push(Elem::Source)
                }
                _ if p.starts_with('(') => {
                    let inner = p
                        .strip_prefix('(')
                        .and_then(|x| x.strip_suffix(')'))
                        .ok_or_else(|| err(format!("unbalanced {p:?}")))?;
                    let alts = self.alternatives(inner, line)?;
                    let ids = alts
                        .iter()
                        .map(|a| self.word(a, line))
                        .collect::<Result<Vec<_>, _>>()?;
                    elems.push(Elem::Word(ids.into()));
                    specificity += 1;
                }
                _ if p.starts_with('[') => {
                    let inner = p
                        .strip_prefix('[')
                        .and_then(|x| x.strip_suffix(']'))
                        .ok_or_else(|| err(format!("unbalanced {p:?}")))?;
                    let alts = self.alternatives(inner, line)?;
                    let ids = alts
                        .iter()
                        .map(|a| self.word(a, line))
                        .collect::<Result<Vec<_>, _>>()?;
                    elems.push(Elem::Optional(ids.into()));
                }
                _ if p.starts_with('~') => {
                    let words = self.synset(&p[1..], line)?.clone();
                    let ids = words
                        .iter()
                        .map(|a| self.word(a, line))
                        .collect::<Result<Vec<_>, _>>()?;
                    elems.push(Elem::Word(ids.into()));
                    specificity += 1;
                }
                _ if p.starts_with('+') || p.contains(['(', ')', '[', ']', '|', '~']) => {
                    return Err(err(format!("cannot read element {p:?}")));
                }
                _ => {
                    for id in self.literal(p) {
                        elems.push(Elem::Word(Box::new([id])));
                        specificity += 1;
                    }
                }
            }
        }
        let slots = elems
            .iter()
            .filter(|e| matches!(e, Elem::Target { .. } | Elem::Source))
            .count();
        if slots == 0 {
            return Err(err("pattern has no actor slot (+T, +T? or +S)".into()));
        }
        if matches!(elems.first(), Some(Elem::Gap | Elem::LongGap)) && elems.len() == 1 {
            return Err(err("pattern is only a gap".into()));
        }
        let key: Box<[u32]> = elems
            .iter()
            .filter_map(|e| match e {
                Elem::Word(set) => Some(set),
                _ => None,
            })
            .min_by_key(|set| set.len())
            .cloned()
            .unwrap_or_default();
        Ok(Some(Pattern {
            key,
            output,
            nominal,
            lemmas: lemmas.into(),
            elems: elems.into(),
            entry: format!("{file}:{line}").into(),
            specificity,
        }))
    }
}

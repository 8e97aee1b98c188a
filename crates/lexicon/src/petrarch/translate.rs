//! Translation of PETRARCH verb patterns into Entente's pattern grammar (`events/*.pat`).
//!
//! Entente patterns start at the verb and describe what follows it; the subject is found by the
//! coder. So a PETRARCH pattern translates when everything before its `*` is `$` (the source is
//! the subject anyway) or `%` (a compound subject: a reciprocal event, `+T?`). After the verb:
//!
//! | PETRARCH                  | Entente                                        |
//! |---------------------------|------------------------------------------------|
//! | `WORD` after a blank      | `* word` (a gap of up to three words, then it) |
//! | `WORD` after `_`          | `word` (consecutive)                           |
//! | `&SET`                    | `~petr-set`, plus one pattern per multi-word member |
//! | `{A B}` noun phrase       | `* a b`                                        |
//! | `(PREP ...)`              | `* prep ...`; an empty `(PREP)` at the end takes the target |
//! | `{A \| B C}` alternatives  | `(a\|...)`, plus one pattern per multi-word alternative |
//! | `+`                       | `+T`                                           |
//! | `%`                       | `+T?`                                          |
//! | `^`                       | `*`                                            |
//!
//! A pattern without `+` or `%` gets `* +T` at its end: PETRARCH takes the target from the
//! verb's object or prepositional phrases. What cannot be written this way is reported with a
//! reason: words or `+` before the verb, `$` after it, null, reverse-only and non-CAMEO codes.

use rustc_hash::FxHashMap;

use super::verbs::{PatElem, PatItem, VerbDictionary, VerbPattern};
use crate::inflect::plural;
use crate::phrase::{phrase_key, Vocab};
use entente_text::Tokens;

/// Splits phrases into Entente's normalised words.
pub(crate) struct Words {
    vocab: Vocab,
    buf: Tokens,
}

impl Words {
    pub fn new() -> Words {
        Words {
            vocab: Vocab::default(),
            buf: Tokens::new(),
        }
    }

    /// The normalised words of a phrase ("PEACE-KEEPING" -> ["peace", "keeping"]).
    pub fn of(&mut self, phrase: &str) -> Vec<String> {
        let lower = phrase.replace('_', " ").to_lowercase();
        let key = phrase_key(&lower, &mut self.vocab, &mut self.buf);
        key.ids
            .iter()
            .map(|&id| self.vocab.text(id).to_string())
            .filter(|w| is_plain(w))
            .collect()
    }
}

/// Whether a word can be written in a pattern file as it is.
fn is_plain(w: &str) -> bool {
    w.chars().any(char::is_alphanumeric)
        && !w.contains(|c: char| {
            c.is_whitespace() || matches!(c, '+' | '[' | ']' | '*' | '(' | ')' | '|' | '~' | '#')
        })
}

/// A synonym set resolved into words: single words (written as an Entente synset) and
/// multi-word members (expanded into separate patterns).
#[derive(Debug, Clone, Default)]
pub(crate) struct ResolvedSet {
    /// Name of the Entente synset holding `singles`.
    pub key: String,
    /// Single-word members (with their plurals).
    pub singles: Vec<String>,
    /// Multi-word members.
    pub multi: Vec<Vec<String>>,
}

/// Resolves every synonym set of a dictionary (nested sets included); returns the sets and
/// messages for members naming unknown sets.
pub(crate) fn resolve_synsets(
    dict: &VerbDictionary,
    prefix: &str,
    words: &mut Words,
) -> (FxHashMap<String, ResolvedSet>, Vec<(usize, String)>) {
    let mut out = FxHashMap::default();
    let mut problems = Vec::new();
    for s in &dict.synsets {
        let mut set = ResolvedSet {
            key: format!("{prefix}{}", slug(&s.name)),
            ..ResolvedSet::default()
        };
        let mut stack = vec![s.name.clone()];
        collect(dict, s, &mut set, &mut stack, words, &mut problems);
        set.singles.sort();
        set.singles.dedup();
        set.multi.sort();
        set.multi.dedup();
        out.insert(s.name.clone(), set);
    }
    (out, problems)
}

fn collect(
    dict: &VerbDictionary,
    s: &super::verbs::Synset,
    set: &mut ResolvedSet,
    stack: &mut Vec<String>,
    words: &mut Words,
    problems: &mut Vec<(usize, String)>,
) {
    for m in &s.members {
        if let Some(inner) = m.text.strip_prefix('&') {
            let inner = inner.trim_end_matches('_');
            if stack.iter().any(|n| n == inner) {
                problems.push((m.line, format!("synonym set &{inner} contains itself")));
                continue;
            }
            match dict.synset(inner) {
                Some(n) => {
                    stack.push(inner.to_string());
                    collect(dict, n, set, stack, words, problems);
                    stack.pop();
                }
                None => problems.push((m.line, format!("unknown synonym set &{inner}"))),
            }
            continue;
        }
        let ws = words.of(&m.text);
        if ws.is_empty() {
            continue;
        }
        let mut forms = vec![ws.clone()];
        if m.plural {
            let mut p = ws.clone();
            if let Some(last) = p.last_mut() {
                *last = plural(last);
            }
            forms.push(p);
        }
        for f in forms {
            if f.len() == 1 {
                set.singles.push(f.into_iter().next().unwrap_or_default());
            } else {
                set.multi.push(f);
            }
        }
    }
}

/// A name usable in identifiers and synset keys: lower case, `-` between words.
pub(crate) fn slug(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

/// One element of a translated pattern.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Piece {
    Gap,
    Word(String),
    /// Index into [`Lowered::choices`].
    Choice(usize),
    Target,
    TargetOpt,
}

/// Alternatives at one position: single words (or a synset of them) and word sequences.
#[derive(Debug, Clone, Default)]
pub(crate) struct Choice {
    /// An Entente synset of single words, or
    pub synset: Option<String>,
    /// single words written as `(a|b)`.
    pub singles: Vec<String>,
    /// Multi-word alternatives: one pattern each.
    pub multi: Vec<Vec<String>>,
}

/// A pattern translated into pieces (before expansion into lines).
#[derive(Debug, Clone, Default)]
pub(crate) struct Lowered {
    pub pieces: Vec<Piece>,
    pub choices: Vec<Choice>,
    /// Adjustments made (counted in the report).
    pub notes: Vec<&'static str>,
}

/// Note: the target was added at the end.
pub(crate) const NOTE_IMPLICIT_TARGET: &str = "target added after the pattern (* +T)";
/// Note: a second target marker became a gap.
pub(crate) const NOTE_EXTRA_TARGET: &str = "second target marker read as a gap";

struct Lower<'a> {
    sets: &'a FxHashMap<String, ResolvedSet>,
    words: &'a mut Words,
    out: Lowered,
    /// The last piece was the preposition of an empty `(PREP)`.
    empty_prep_end: bool,
}

impl Lower<'_> {
    fn gap(&mut self) {
        if !matches!(self.out.pieces.last(), Some(Piece::Gap)) {
            self.out.pieces.push(Piece::Gap);
        }
    }

    fn words(&mut self, w: &str) -> Result<(), String> {
        let ws = self.words.of(w);
        if ws.is_empty() {
            return Err(format!("word {w:?} has no letters Entente can match"));
        }
        for x in ws {
            self.out.pieces.push(Piece::Word(x));
        }
        Ok(())
    }

    fn synset(&mut self, name: &str) -> Result<(), String> {
        let set = self
            .sets
            .get(name)
            .ok_or_else(|| format!("undefined synonym set &{name}"))?;
        if set.singles.is_empty() && set.multi.is_empty() {
            return Err(format!("synonym set &{name} is empty"));
        }
        let choice = Choice {
            synset: (!set.singles.is_empty()).then(|| set.key.clone()),
            singles: Vec::new(),
            multi: set.multi.clone(),
        };
        self.out.choices.push(choice);
        self.out
            .pieces
            .push(Piece::Choice(self.out.choices.len() - 1));
        Ok(())
    }

    fn target(&mut self, optional: bool) {
        let has = self
            .out
            .pieces
            .iter()
            .any(|p| matches!(p, Piece::Target | Piece::TargetOpt));
        if has {
            self.out.notes.push(NOTE_EXTRA_TARGET);
            self.gap();
        } else {
            self.out.pieces.push(if optional {
                Piece::TargetOpt
            } else {
                Piece::Target
            });
        }
    }

    /// Lowers a sequence; `gaps` puts a gap before each item not joined with `_`.
    fn seq(&mut self, items: &[PatElem], gaps: bool, first_joined: bool) -> Result<(), String> {
        for (k, e) in items.iter().enumerate() {
            let joined = if k == 0 {
                first_joined || e.joined
            } else {
                e.joined
            };
            self.empty_prep_end = false;
            match &e.item {
                PatItem::Word(w) => {
                    if gaps && !joined {
                        self.gap();
                    }
                    self.words(w)?;
                }
                PatItem::Synset(n) => {
                    if gaps && !joined {
                        self.gap();
                    }
                    self.synset(n)?;
                }
                PatItem::Source => return Err("source ($) after the verb".into()),
                PatItem::Target => self.target(false),
                PatItem::Compound => self.target(true),
                PatItem::Skip => self.gap(),
                PatItem::NounPhrase(inner) => {
                    if gaps && !joined {
                        self.gap();
                    }
                    self.seq(inner, false, true)?;
                }
                PatItem::Prep(inner) => {
                    if gaps && !joined {
                        self.gap();
                    }
                    let Some((first, rest)) = inner.split_first() else {
                        return Err("empty ( )".into());
                    };
                    self.seq(std::slice::from_ref(first), false, true)?;
                    if rest.is_empty() {
                        self.empty_prep_end = true;
                    } else {
                        self.seq(rest, true, false)?;
                    }
                }
                PatItem::Alternatives(alts) => {
                    if gaps && !joined {
                        self.gap();
                    }
                    let mut choice = Choice::default();
                    for alt in alts {
                        let mut seq = Vec::new();
                        for e in alt {
                            match &e.item {
                                PatItem::Word(w) => seq.extend(self.words.of(w)),
                                _ => return Err("only words are translated inside {A | B}".into()),
                            }
                        }
                        match seq.len() {
                            0 => return Err("empty alternative in {A | B}".into()),
                            1 => choice.singles.push(seq.remove(0)),
                            _ => choice.multi.push(seq),
                        }
                    }
                    self.out.choices.push(choice);
                    self.out
                        .pieces
                        .push(Piece::Choice(self.out.choices.len() - 1));
                }
            }
        }
        Ok(())
    }
}

/// Translates a pattern's structure (not its code) into pieces, or says why it cannot be.
pub(crate) fn lower_pattern(
    p: &VerbPattern,
    sets: &FxHashMap<String, ResolvedSet>,
    words: &mut Words,
) -> Result<Lowered, String> {
    let mut reciprocal = false;
    for e in &p.before {
        match e.item {
            PatItem::Source => {}
            PatItem::Compound => reciprocal = true,
            PatItem::Target => return Err("target (+) before the verb".into()),
            _ => return Err("words before the verb".into()),
        }
    }
    let mut l = Lower {
        sets,
        words,
        out: Lowered::default(),
        empty_prep_end: false,
    };
    l.seq(&p.after, true, p.verb_joined_next)?;
    let has_target = l
        .out
        .pieces
        .iter()
        .any(|x| matches!(x, Piece::Target | Piece::TargetOpt));
    if !has_target {
        if reciprocal {
            l.out.pieces.push(Piece::TargetOpt);
        } else if l.empty_prep_end {
            l.out.pieces.push(Piece::Target);
        } else {
            l.gap();
            l.out.pieces.push(Piece::Target);
            l.out.notes.push(NOTE_IMPLICIT_TARGET);
        }
    }
    while matches!(l.out.pieces.last(), Some(Piece::Gap)) {
        l.out.pieces.pop();
    }
    Ok(l.out)
}

/// Expands pieces into the text after the trigger, one string per variant. With more than
/// `max` variants, multi-word alternatives are dropped (the bool says so).
pub(crate) fn render(l: &Lowered, max: usize) -> Result<(Vec<String>, bool), String> {
    let used: Vec<usize> = l
        .pieces
        .iter()
        .filter_map(|p| match p {
            Piece::Choice(i) => Some(*i),
            _ => None,
        })
        .collect();
    let options = |c: &Choice, multi: bool| -> Vec<Vec<String>> {
        let mut o = Vec::new();
        if let Some(s) = &c.synset {
            o.push(vec![format!("~{s}")]);
        } else if c.singles.len() == 1 {
            o.push(vec![c.singles[0].clone()]);
        } else if !c.singles.is_empty() {
            o.push(vec![format!("({})", c.singles.join("|"))]);
        }
        if multi {
            o.extend(c.multi.iter().cloned());
        }
        o
    };
    let count = |multi: bool| -> usize {
        used.iter()
            .map(|&i| options(&l.choices[i], multi).len())
            .product::<usize>()
    };
    let mut dropped = false;
    let multi = if count(true) <= max {
        true
    } else {
        dropped = true;
        false
    };
    if count(multi) == 0 {
        return Err("only multi-word alternatives, beyond the expansion limit".into());
    }
    let mut variants: Vec<Vec<String>> = vec![Vec::new()];
    for p in &l.pieces {
        let alts: Vec<Vec<String>> = match p {
            Piece::Gap => vec![vec!["*".into()]],
            Piece::Word(w) => vec![vec![w.clone()]],
            Piece::Target => vec![vec!["+T".into()]],
            Piece::TargetOpt => vec![vec!["+T?".into()]],
            Piece::Choice(i) => options(&l.choices[*i], multi),
        };
        let mut next = Vec::with_capacity(variants.len() * alts.len());
        for v in &variants {
            for a in &alts {
                let mut v2 = v.clone();
                v2.extend(a.iter().cloned());
                next.push(v2);
            }
        }
        variants = next;
    }
    Ok((variants.into_iter().map(|v| v.join(" ")).collect(), dropped))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_normalised() {
        let mut w = Words::new();
        assert_eq!(w.of("PEACE-KEEPING"), ["peace", "keeping"]);
        assert_eq!(w.of("BANNED_PARTIES"), ["banned", "parties"]);
        assert_eq!(slug("&FIGHT_OF_WORDS"), "fight-of-words");
    }
}

//! Matching compiled patterns against a sentence's words and actor phrases.

use entente_lexicon::{Elem, Lexicon, Pattern};

use crate::phrases::{Phrase, PhraseKind};
use crate::sentence::Sent;

/// A pattern matched at a trigger word.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Match {
    /// Pattern index in the lexicon.
    pub pattern: u32,
    /// Trigger word.
    pub trigger: usize,
    /// One past the last word the pattern consumed (slots included).
    pub end: usize,
    /// One past the last literal word (for the trigger span).
    pub literal_end: usize,
    /// Target phrase index.
    pub target: Option<usize>,
    /// Source phrase index (nominal `+S`).
    pub source: Option<usize>,
    /// Literal words matched.
    pub specificity: u16,
}

pub(crate) struct Matcher<'a> {
    pub lex: &'a Lexicon,
    pub sent: &'a Sent<'a>,
    pub phrases: &'a [Phrase],
    /// Phrase index by first word.
    pub phrase_at: &'a [Option<u16>],
    /// Words patterns skip for free (see [`free_words`]).
    pub free: &'a [bool],
}

/// Words that patterns skip for free: determiners, possessives, adverbs, modifiers outside
/// phrases and temporal expressions (with the preposition that introduces them). Computed once
/// per sentence.
pub(crate) fn free_words(lex: &Lexicon, s: &Sent, phrase_at: &[Option<u16>]) -> Vec<bool> {
    let g = &lex.grammar;
    (0..s.len())
        .map(|j| {
            let id = s.id(j);
            s.is_timex(j)
                || g.determiners.contains(&id)
                || g.possessives.contains(&id)
                || s.is_ly_adverb(j)
                || (g.modifiers.contains(&id) && phrase_at[j].is_none())
                || (g.prepositions.contains(&id) && s.is_timex(j + 1))
                // Quotation marks around a quoted phrase: 'cancelling the "one-sided deal"'.
                || (s.is_punct(j) && is_quote(s.word_text(j)))
        })
        .collect()
}

fn is_quote(t: &str) -> bool {
    matches!(
        t,
        "\"" | "'" | "\u{201c}" | "\u{201d}" | "\u{2018}" | "\u{2019}"
    )
}

#[derive(Clone, Copy, Default)]
struct State {
    target: Option<usize>,
    source: Option<usize>,
    literal_end: usize,
}

impl Matcher<'_> {
    /// Words that patterns skip for free: determiners, possessives, adverbs, modifiers and
    /// temporal expressions (with the preposition that introduces them).
    pub fn skip_free(&self, mut j: usize) -> usize {
        while j < self.free.len() && self.free[j] {
            j += 1;
        }
        j
    }

    /// Where a literal word may match from `j`: the first free word that is one of `set` (a
    /// pattern may name a determiner: "told a rally that ..."), else the first word after the
    /// free words.
    fn literal_at(&self, j: usize, set: &[u32]) -> usize {
        let s = self.sent;
        let mut end = self.skip_free(j);
        // A count before a literal noun: "a list of 13 demands".
        while end + 1 < s.len()
            && s.words[end].kind == entente_model::TokenKind::Number
            && !set.contains(&s.id(end))
        {
            end = self.skip_free(end + 1);
        }
        (j..end).find(|&k| set.contains(&s.id(k))).unwrap_or(end)
    }

    /// The phrase usable as an actor slot at word `j` (after free words).
    fn slot(&self, j: usize) -> Option<(usize, usize)> {
        let s = self.sent;
        let g = &self.lex.grammar;
        // A phrase may begin with a free word ("the new measures").
        let mut j = (j..self.skip_free(j))
            .find(|&k| self.phrase_at.get(k).copied().flatten().is_some())
            .unwrap_or_else(|| self.skip_free(j));
        // Quantities before an actor: "dozens of Palestinian protesters", "three Israeli ...".
        loop {
            if j + 1 < s.len() && g.quantifiers.contains(&s.id(j)) && s.id(j + 1) == self.lex.w.of {
                j = self.skip_free(j + 2);
            } else if j < s.len() && s.words[j].kind == entente_model::TokenKind::Number {
                j = self.skip_free(j + 1);
            } else {
                break;
            }
        }
        if let Some(pi) = self.phrase_at.get(j).copied().flatten() {
            let p = &self.phrases[pi as usize];
            if p.placed_actors().next().is_some() {
                return Some((pi as usize, p.end));
            }
            return None;
        }
        // A place stands for its country: "attacked communities in southern Israel".
        let mut k = j;
        while k < s.len() && k < j + 4 {
            let w = &s.words[k];
            if w.kind != entente_model::TokenKind::Word
                || w.cap
                || crate::sentence::is_verb_form(self.lex, w.id) && k > j
            {
                break;
            }
            if (w.id == self.lex.w.in_ || w.id == self.lex.w.near) && k > j {
                let mut at = self.skip_free(k + 1);
                // "in southern Israel", "near central Gaza": a compass adjective before the place.
                while at < s.len()
                    && at < k + 4
                    && self.lex.grammar.compass_adjectives.contains(&s.id(at))
                {
                    at = self.skip_free(at + 1);
                }
                let pi = self.phrase_at.get(at).copied().flatten()? as usize;
                let p = &self.phrases[pi];
                return (p.placeable || p.kind == PhraseKind::Place).then_some((pi, p.end));
            }
            k += 1;
        }
        None
    }

    /// Whether a phrase names actors of more than one country.
    fn several_countries(&self, pi: usize) -> bool {
        let mut it = self.phrases[pi]
            .actors()
            .filter_map(|m| m.country.as_deref());
        let Some(first) = it.next() else {
            return false;
        };
        it.any(|c| c != first)
    }

    /// Advances over one gap unit: a phrase, a hyphenated compound or a word.
    fn gap_unit(&self, j: usize) -> Option<usize> {
        let s = self.sent;
        if j >= s.len() || s.is_punct(j) || self.lex.grammar.gap_barriers.contains(&s.id(j)) {
            return None;
        }
        if let Some(pi) = self.phrase_at[j] {
            return Some(self.phrases[pi as usize].end);
        }
        let mut k = j;
        // Numbers cost nothing: "54 categories of goods".
        while k + 1 < s.len() && s.words[k].kind == entente_model::TokenKind::Number {
            k += 1;
        }
        while k + 1 < s.len() && s.words[k].joins_next {
            k += 1;
        }
        // Coordinated nouns cost nothing: "its airspace and its land and sea border".
        let id = s.id(k + 1);
        if k + 1 < s.len() && (id == self.lex.w.and || id == self.lex.w.or) {
            return Some(k + 2);
        }
        Some(k + 1)
    }

    fn rec(
        &self,
        elems: &[Elem],
        j: usize,
        st: State,
        passive_target: bool,
    ) -> Option<(usize, State)> {
        let Some(first) = elems.first() else {
            return Some((j, st));
        };
        let rest = &elems[1..];
        let s = self.sent;
        match first {
            Elem::Word(set) => {
                let k = self.literal_at(j, set);
                if k < s.len() && set.contains(&s.id(k)) {
                    let st2 = State {
                        literal_end: k + 1,
                        ..st
                    };
                    self.rec(rest, k + 1, st2, passive_target)
                } else {
                    None
                }
            }
            Elem::Optional(set) => {
                let k = self.literal_at(j, set);
                if k < s.len() && set.contains(&s.id(k)) {
                    let st2 = State {
                        literal_end: k + 1,
                        ..st
                    };
                    if let Some(r) = self.rec(rest, k + 1, st2, passive_target) {
                        return Some(r);
                    }
                }
                self.rec(rest, j, st, passive_target)
            }
            Elem::Gap | Elem::LongGap => {
                let max = if matches!(first, Elem::Gap) { 3 } else { 8 };
                let mut k = j;
                for _ in 0..=max {
                    if let Some(r) = self.rec(rest, k, st, passive_target) {
                        return Some(r);
                    }
                    let k2 = self.skip_free(k);
                    k = self.gap_unit(k2)?;
                }
                None
            }
            Elem::Target { optional } => {
                if passive_target && st.target.is_none() {
                    // In the passive the target is the subject: nothing to consume here.
                    return self.rec(rest, j, st, false);
                }
                if let Some((pi, end)) = self.slot(j) {
                    let st2 = State {
                        target: Some(pi),
                        ..st
                    };
                    if let Some(r) = self.rec(rest, end, st2, passive_target) {
                        return Some(r);
                    }
                    // The target may modify the pattern's next word: "expelled the Russian
                    // ambassador", "Israel's ambassador" (the phrase's last word is that word).
                    let p = &self.phrases[pi];
                    if let Some(Elem::Word(set)) = rest.first() {
                        if end >= p.start + 2 {
                            if let Some(r) = self.rec(rest, end - 1, st2, passive_target) {
                                return Some(r);
                            }
                        }
                        // ... or a word inside it: "summoned Niger's ambassador Brah Mohamane".
                        let inside = (p.start + 1..end.saturating_sub(1))
                            .any(|k| set.contains(&self.sent.id(k)));
                        if inside {
                            let st3 = State {
                                literal_end: end,
                                ..st2
                            };
                            if let Some(r) = self.rec(&rest[1..], end, st3, passive_target) {
                                return Some(r);
                            }
                        }
                    }
                }
                if *optional {
                    self.rec(rest, j, st, passive_target)
                } else {
                    None
                }
            }
            Elem::Source => {
                let (pi, end) = self.slot(j)?;
                let st2 = State {
                    source: Some(pi),
                    ..st
                };
                if let Some(r) = self.rec(rest, end, st2, passive_target) {
                    return Some(r);
                }
                // "+S and +T" over one coordinated phrase ("ties between Chile and Norway"):
                // the phrase holds both sides, and the act is reciprocal among its members.
                let and = self.lex.w.and;
                match rest {
                    [Elem::Word(w), Elem::Target { .. }, after @ ..]
                        if w.contains(&and) && self.several_countries(pi) =>
                    {
                        self.rec(after, end, st2, passive_target)
                    }
                    _ => None,
                }
            }
        }
    }

    /// Tries one pattern at a trigger word.
    pub fn try_pattern(
        &self,
        pi: u32,
        p: &Pattern,
        trigger: usize,
        passive: bool,
    ) -> Option<Match> {
        // Most candidates fail on their first word: test it before recursing.
        if let Some(Elem::Word(set)) = p.elems.first() {
            let k = self.skip_free(trigger + 1);
            if k >= self.sent.len() || !set.contains(&self.sent.id(k)) {
                return None;
            }
        }
        let st = State {
            literal_end: trigger + 1,
            ..State::default()
        };
        let (end, st) = self.rec(&p.elems, trigger + 1, st, passive)?;
        Some(Match {
            pattern: pi,
            trigger,
            end,
            literal_end: st.literal_end,
            target: st.target,
            source: st.source,
            specificity: p.specificity,
        })
    }
}

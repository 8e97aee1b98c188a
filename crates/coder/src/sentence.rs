//! One sentence under analysis: its words, temporal expressions and word-class tests.

use entente_lexicon::{Lexicon, VerbForm, Word, UNKNOWN};
use entente_model::{Span, TokenKind};
use entente_text::time::Timex;

/// A sentence with the layers the coder adds.
pub(crate) struct Sent<'a> {
    /// The whole document text (spans point into it).
    pub text: &'a str,
    /// The sentence bytes.
    pub span: Span,
    /// Lexicon words.
    pub words: Vec<Word>,
    /// Temporal expressions.
    pub timexes: Vec<Timex>,
    /// For each word, the temporal expression covering it.
    pub timex_at: Vec<Option<u16>>,
    /// The sentence ends with a question mark.
    pub is_question: bool,
    /// The document's headline, where "X to VERB" announces ("Morocco to resume ties").
    pub is_headline: bool,
    /// Per word: a lowercase "-ly" adverb ("previously", "largely"), computed once.
    ly_adverb: Vec<bool>,
    /// A 1024-bit Bloom set of the sentence's word ids: a pattern none of whose key words
    /// can be here is not tried.
    present: [u64; 16],
}

fn bloom_bit(id: u32) -> usize {
    (id.wrapping_mul(0x9E37_79B1) >> 22) as usize
}

impl<'a> Sent<'a> {
    pub fn new(text: &'a str, span: Span, words: Vec<Word>, timexes: Vec<Timex>) -> Sent<'a> {
        let mut timex_at = vec![None; words.len()];
        for (ti, t) in timexes.iter().enumerate() {
            for (wi, w) in words.iter().enumerate() {
                if t.span.contains(w.span) {
                    timex_at[wi] = Some(ti as u16);
                }
            }
        }
        let is_question = span
            .slice(text)
            .trim_end()
            .trim_end_matches(['"', '\'', '\u{201d}', ')'])
            .ends_with('?');
        let mut present = [0u64; 16];
        for w in &words {
            let b = bloom_bit(w.id);
            present[b / 64] |= 1 << (b % 64);
        }
        let ly_adverb = words
            .iter()
            .map(|w| {
                let t = w.span.slice(text);
                t.len() > 4 && t.ends_with("ly") && t.chars().next().is_some_and(char::is_lowercase)
            })
            .collect();
        Sent {
            ly_adverb,
            present,
            text,
            span,
            words,
            timexes,
            timex_at,
            is_question,
            is_headline: false,
        }
    }

    /// Whether any of `ids` may occur in the sentence (no false negatives).
    pub fn may_contain_any(&self, ids: &[u32]) -> bool {
        ids.iter().any(|&id| {
            let b = bloom_bit(id);
            self.present[b / 64] & (1 << (b % 64)) != 0
        })
    }

    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// Original text of word `i`.
    pub fn word_text(&self, i: usize) -> &'a str {
        self.words[i].span.slice(self.text)
    }

    /// Original text from word `a` to word `b` (inclusive).
    pub fn text_between(&self, a: usize, b: usize) -> &'a str {
        Span::new(
            self.words[a].span.start as usize,
            self.words[b].span.end as usize,
        )
        .slice(self.text)
    }

    pub fn id(&self, i: usize) -> u32 {
        self.words.get(i).map_or(UNKNOWN, |w| w.id)
    }

    pub fn is_punct(&self, i: usize) -> bool {
        self.words
            .get(i)
            .is_some_and(|w| w.kind == TokenKind::Punct)
    }

    pub fn is_char(&self, i: usize, c: &str) -> bool {
        i < self.len() && self.word_text(i) == c
    }

    /// A clause boundary: `;`, `:`, `(`, `)`, `"` or a dash between words.
    pub fn is_hard_boundary(&self, i: usize) -> bool {
        self.is_punct(i)
            && matches!(
                self.word_text(i),
                ";" | ":" | "\u{2014}" | "\u{2013}" | "--" | "?" | "!"
            )
    }

    pub fn is_comma(&self, i: usize) -> bool {
        self.is_char(i, ",")
    }

    pub fn is_quote_or_paren(&self, i: usize) -> bool {
        self.is_punct(i)
            && matches!(
                self.word_text(i),
                "\"" | "'" | "(" | ")" | "\u{201c}" | "\u{201d}" | "\u{2018}" | "\u{2019}"
            )
    }

    pub fn is_timex(&self, i: usize) -> bool {
        self.timex_at.get(i).is_some_and(Option::is_some)
    }

    /// An adverb: an unknown or modifier word ending in -ly.
    pub fn is_ly_adverb(&self, i: usize) -> bool {
        self.ly_adverb.get(i).copied().unwrap_or(false)
    }

    pub fn is_capitalized_unknown(&self, i: usize, lex: &Lexicon) -> bool {
        let w = &self.words[i];
        w.cap
            && w.kind == TokenKind::Word
            && !lex.grammar.determiners.contains(&w.id)
            && !lex.grammar.prepositions.contains(&w.id)
            && !lex.grammar.conjunctions.contains(&w.id)
            && !lex.grammar.relativizers.contains(&w.id)
            && !lex.grammar.auxiliaries.contains(&w.id)
            && !is_pronoun(lex, w.id)
    }
}

pub(crate) fn is_pronoun(lex: &Lexicon, id: u32) -> bool {
    let g = &lex.grammar;
    g.pronouns_person.contains(&id)
        || g.pronouns_thing.contains(&id)
        || g.pronouns_plural.contains(&id)
        || g.pronouns_first.contains(&id)
}

/// Verb forms of a word, empty for non-verbs.
pub(crate) fn verb_forms(lex: &Lexicon, id: u32) -> &[(u32, VerbForm)] {
    lex.verb_lemmas(id)
}

/// True when the word can be a finite or non-finite verb form.
pub(crate) fn is_verb_form(lex: &Lexicon, id: u32) -> bool {
    !verb_forms(lex, id).is_empty()
}

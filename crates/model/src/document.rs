//! Documents and the text layers that point into them.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// A byte range `[start, end)` into a document's text. Serialises as `[start, end]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Span {
    /// First byte.
    pub start: u32,
    /// One past the last byte.
    pub end: u32,
}

impl Span {
    /// A span from `start` to `end`.
    pub fn new(start: usize, end: usize) -> Span {
        Span {
            start: start as u32,
            end: end as u32,
        }
    }

    /// Length in bytes.
    pub fn len(self) -> usize {
        (self.end - self.start) as usize
    }

    /// True for an empty span.
    pub fn is_empty(self) -> bool {
        self.end <= self.start
    }

    /// The covered text. Panics only if the span does not belong to `text`.
    pub fn slice(self, text: &str) -> &str {
        &text[self.start as usize..self.end as usize]
    }

    /// The smallest span covering both.
    pub fn cover(self, other: Span) -> Span {
        Span {
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }

    /// True when `other` lies inside `self`.
    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

impl Serialize for Span {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        [self.start, self.end].serialize(s)
    }
}

impl<'de> Deserialize<'de> for Span {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let [start, end] = <[u32; 2]>::deserialize(d)?;
        Ok(Span { start, end })
    }
}

/// A news document as read. `text` is never rewritten: every span points into it.
///
/// For plain-text input the first line is the headline. For JSONL input with a title, `text` is
/// the title, a newline, then the body, so the headline is always sentence 0.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Document {
    /// Stable identifier (file stem, JSONL `id`, or URL).
    pub id: String,
    /// Headline, when known.
    pub title: Option<String>,
    /// The full text that spans point into.
    pub text: String,
    /// Publication date.
    pub date: Option<NaiveDate>,
    /// Where the document was published.
    pub url: Option<String>,
    /// Publisher or site name.
    pub source: Option<String>,
    /// True when `text` starts with a headline line.
    pub has_headline: bool,
}

/// What a sentence is, for deciding whether it may yield events.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SentenceKind {
    /// The headline line.
    Headline,
    /// Ordinary body text.
    Body,
    /// Site furniture: "Read more: ...", "Follow us on ...", bylines, photo credits.
    Boilerplate,
}

/// A sentence: a span of the document text and what kind of line it came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sentence {
    /// Position in the document, from 0 (the headline, when there is one).
    pub index: u32,
    /// Bytes of the document text.
    pub span: Span,
    /// Headline, body or boilerplate.
    pub kind: SentenceKind,
    /// Index of the paragraph (line block) the sentence belongs to.
    pub paragraph: u32,
}

/// Coarse token class, from the characters alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TokenKind {
    /// Letters, possibly with inner hyphens, apostrophes or dots ("U.S.", "non-aggression").
    Word,
    /// Digits, possibly with separators ("1,500", "3.5", "2019-12-04").
    Number,
    /// Punctuation.
    Punct,
    /// Currency and other symbols.
    Symbol,
}

/// A token: its bytes in the document and its normalised form, which lives in the owning
/// token buffer (see `entente_text::Tokens`) so that tokenising allocates once per sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Bytes of the document text.
    pub span: Span,
    /// Range of the normalised form in the token buffer's `norm` string: lowercase, straight
    /// quotes, ASCII-folded letters, dashes unified.
    pub norm: Span,
    /// Character class.
    pub kind: TokenKind,
    /// First character is uppercase.
    pub capitalized: bool,
    /// Every letter is uppercase (and there are at least two letters or a dotted initialism).
    pub all_caps: bool,
    /// The token contains an inner hyphen ("Saudi-Israeli").
    pub hyphenated: bool,
}

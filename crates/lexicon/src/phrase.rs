//! Words and multi-word phrase matching.
//!
//! Text and lexicon entries go through the same tokenizer (`entente_text::Tokens`), hyphenated
//! tokens are split into their parts, British spellings are mapped to American ones, and every
//! form is interned into a vocabulary of `u32` ids. Names are then a trie over word ids: a
//! longest-match walk costs one hash probe per word, with no allocation.

use entente_model::{Span, TokenKind};
use entente_text::Tokens;
use rustc_hash::FxHashMap;

/// Id of a word the lexicon has never seen.
pub const UNKNOWN: u32 = u32::MAX;

/// One word of a sentence as the lexicon sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Word {
    /// Bytes in the document text.
    pub span: Span,
    /// Vocabulary id of the normalised form, or [`UNKNOWN`].
    pub id: u32,
    /// Index of the token this word comes from.
    pub token: u32,
    /// Starts with an uppercase letter.
    pub cap: bool,
    /// Written in capitals ("US", "UAE").
    pub upper: bool,
    /// A later part of a hyphenated token ("israeli" in "Saudi-Israeli").
    pub joined: bool,
    /// Followed by another part of the same hyphenated token.
    pub joins_next: bool,
    /// Character class of the token.
    pub kind: TokenKind,
}

/// Case a phrase word requires of the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Case {
    /// Any case ("official").
    Any,
    /// Capitalised or all caps ("Morocco").
    Cap,
    /// All caps ("US").
    Upper,
}

impl Case {
    fn of(original: &str) -> Case {
        let letters = original.chars().filter(|c| c.is_alphabetic()).count();
        let upper = original.chars().filter(|c| c.is_uppercase()).count();
        if letters >= 2 && upper == letters {
            Case::Upper
        } else if original.chars().next().is_some_and(char::is_uppercase) {
            Case::Cap
        } else {
            Case::Any
        }
    }

    fn accepts(self, w: &Word) -> bool {
        match self {
            Case::Any => true,
            Case::Cap => w.cap || w.upper,
            Case::Upper => w.upper,
        }
    }
}

/// A set of word ids as a bitmap: membership is one bit test, which the coder does for nearly
/// every word against every function-word class.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WordSet {
    bits: Vec<u64>,
}

impl WordSet {
    /// Adds a word id.
    pub fn insert(&mut self, id: u32) {
        let i = id as usize / 64;
        if i >= self.bits.len() {
            self.bits.resize(i + 1, 0);
        }
        self.bits[i] |= 1 << (id % 64);
    }

    /// Whether the set holds a word id.
    pub fn contains(&self, id: &u32) -> bool {
        self.bits
            .get(*id as usize / 64)
            .is_some_and(|b| b & (1 << (id % 64)) != 0)
    }

    /// Whether the set is empty.
    pub fn is_empty(&self) -> bool {
        self.bits.iter().all(|b| *b == 0)
    }

    /// The ids in the set, ascending.
    pub fn iter(&self) -> impl Iterator<Item = u32> + '_ {
        self.bits.iter().enumerate().flat_map(|(i, &b)| {
            (0..64)
                .filter(move |k| b & (1 << k) != 0)
                .map(move |k| (i * 64 + k) as u32)
        })
    }
}

impl Extend<u32> for WordSet {
    fn extend<I: IntoIterator<Item = u32>>(&mut self, iter: I) {
        for id in iter {
            self.insert(id);
        }
    }
}

impl FromIterator<u32> for WordSet {
    fn from_iter<I: IntoIterator<Item = u32>>(iter: I) -> Self {
        let mut s = WordSet::default();
        s.extend(iter);
        s
    }
}

/// The interned vocabulary plus spelling variants.
#[derive(Debug, Default)]
pub struct Vocab {
    /// Normalised form -> id; British spellings map straight to the American form's id, so a
    /// lookup is one probe.
    ids: FxHashMap<Box<str>, u32>,
    strings: Vec<Box<str>>,
}

impl Vocab {
    /// Interns a normalised word.
    pub fn intern(&mut self, w: &str) -> u32 {
        if let Some(&id) = self.ids.get(w) {
            return id;
        }
        let id = self.strings.len() as u32;
        self.strings.push(w.into());
        self.ids.insert(w.into(), id);
        id
    }

    /// Registers a British spelling as a variant of an American one.
    pub fn add_spelling(&mut self, british: &str, american: &str) {
        let id = self.intern(american);
        self.ids.insert(british.into(), id);
    }

    /// Id of a normalised word, after spelling normalisation.
    pub fn get(&self, w: &str) -> u32 {
        self.ids.get(w).copied().unwrap_or(UNKNOWN)
    }

    /// The normalised text of an id.
    pub fn text(&self, id: u32) -> &str {
        self.strings.get(id as usize).map_or("", |s| s)
    }

    /// Number of interned words.
    pub fn len(&self) -> usize {
        self.strings.len()
    }

    /// True when empty.
    pub fn is_empty(&self) -> bool {
        self.strings.is_empty()
    }
}

fn is_dash(c: char) -> bool {
    matches!(
        c,
        '-' | '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}'
    )
}

/// Splits the tokens of `range` into words, appending to `out`; `lookup` gives each normalised
/// part its id (interning while the lexicon compiles, reading afterwards).
pub(crate) fn split_words(
    text: &str,
    tokens: &Tokens,
    range: std::ops::Range<usize>,
    lookup: &mut dyn FnMut(&str) -> u32,
    out: &mut Vec<Word>,
) {
    for ti in range {
        let tok = tokens.tokens[ti];
        let norm = tokens.norm(ti);
        let original = tok.span.slice(text);
        // "re-establish", "co-operate": a verb with a re-/co-/pre- prefix that the vocabulary
        // knows whole (through spelling.tsv) stays one word, so that it can trigger a pattern.
        // Names ("Al-Jazeera") always split, as the names trie expects.
        let prefixed = tok.hyphenated
            && norm
                .split_once('-')
                .is_some_and(|(p, rest)| matches!(p, "re" | "co" | "pre") && !rest.contains('-'));
        let whole = if prefixed { lookup(norm) } else { UNKNOWN };
        if tok.hyphenated && norm.contains('-') && whole == UNKNOWN {
            let parts: Vec<&str> = norm.split('-').filter(|p| !p.is_empty()).collect();
            let mut spans = Vec::with_capacity(parts.len());
            let mut start = 0usize;
            for (i, c) in original.char_indices() {
                if is_dash(c) {
                    if i > start {
                        spans.push((start, i));
                    }
                    start = i + c.len_utf8();
                }
            }
            if start < original.len() {
                spans.push((start, original.len()));
            }
            let aligned = spans.len() == parts.len();
            let n = parts.len();
            for (k, part) in parts.iter().enumerate() {
                let (s, e) = if aligned {
                    spans[k]
                } else {
                    (0, original.len())
                };
                let piece = &original[s..e];
                let case = Case::of(piece);
                out.push(Word {
                    span: Span::new(tok.span.start as usize + s, tok.span.start as usize + e),
                    id: lookup(part),
                    token: ti as u32,
                    cap: case != Case::Any,
                    upper: case == Case::Upper,
                    joined: k > 0,
                    joins_next: k + 1 < n,
                    kind: tok.kind,
                });
            }
        } else {
            out.push(Word {
                span: tok.span,
                id: if whole != UNKNOWN {
                    whole
                } else {
                    lookup(norm)
                },
                token: ti as u32,
                cap: tok.capitalized,
                upper: tok.all_caps,
                joined: false,
                joins_next: false,
                kind: tok.kind,
            });
        }
    }
}

/// A phrase as the lexicon compiles it: word ids plus the case each requires.
#[derive(Debug, Clone)]
pub(crate) struct PhraseKey {
    pub ids: Vec<u32>,
    pub cases: Vec<Case>,
}

/// Tokenises and interns a lexicon name.
pub(crate) fn phrase_key(name: &str, vocab: &mut Vocab, buf: &mut Tokens) -> PhraseKey {
    buf.clear();
    buf.tokenize(name, Span::new(0, name.len()));
    let mut words = Vec::new();
    let n = buf.tokens.len();
    let mut intern = |part: &str| match vocab.get(part) {
        UNKNOWN => vocab.intern(part),
        id => id,
    };
    split_words(name, buf, 0..n, &mut intern, &mut words);
    PhraseKey {
        ids: words.iter().map(|w| w.id).collect(),
        cases: words.iter().map(|w| Case::of(w.span.slice(name))).collect(),
    }
}

/// A trie over word ids whose terminal nodes carry values of type `V`.
#[derive(Debug)]
pub struct PhraseTrie<V> {
    edges: FxHashMap<(u32, u32), u32>,
    /// Bit per word id: whether some phrase starts with it. Most words start none, and a bit
    /// test is cheaper than a hash probe.
    starts: Vec<u64>,
    /// Per node: range into `values`.
    node_values: Vec<(u32, u32)>,
    values: Vec<(V, Box<[Case]>)>,
    pending: Vec<Vec<(V, Box<[Case]>)>>,
}

impl<V: Clone + PartialEq> Default for PhraseTrie<V> {
    fn default() -> Self {
        PhraseTrie {
            edges: FxHashMap::default(),
            starts: Vec::new(),
            node_values: vec![(0, 0)],
            values: Vec::new(),
            pending: vec![Vec::new()],
        }
    }
}

impl<V: Clone + PartialEq> PhraseTrie<V> {
    /// Adds a phrase (during compilation).
    pub(crate) fn insert(&mut self, key: &PhraseKey, value: V) {
        if key.ids.is_empty() {
            return;
        }
        let first = key.ids[0] as usize;
        if first / 64 >= self.starts.len() {
            self.starts.resize(first / 64 + 1, 0);
        }
        self.starts[first / 64] |= 1 << (first % 64);
        let mut node = 0u32;
        for &id in &key.ids {
            let next = self.pending.len() as u32;
            node = *self.edges.entry((node, id)).or_insert_with(|| next);
            if node == next {
                self.pending.push(Vec::new());
            }
        }
        let slot = &mut self.pending[node as usize];
        let cases: Box<[Case]> = key.cases.clone().into_boxed_slice();
        if !slot.iter().any(|(v, c)| *v == value && *c == cases) {
            slot.push((value, cases));
        }
    }

    /// Freezes the pending values into one flat array.
    pub(crate) fn finish(&mut self) {
        let pending = std::mem::take(&mut self.pending);
        self.node_values = Vec::with_capacity(pending.len());
        for vals in pending {
            let start = self.values.len() as u32;
            self.values.extend(vals);
            self.node_values.push((start, self.values.len() as u32));
        }
    }

    /// Whether some phrase starts with this word id (a bit test; no false negatives).
    pub fn may_start(&self, id: u32) -> bool {
        let id = id as usize;
        self.starts
            .get(id / 64)
            .is_some_and(|b| b & (1 << (id % 64)) != 0)
    }

    /// The longest phrase starting at `words[at]` whose case fits, with its length in words,
    /// calling `keep` to filter values. Returns every fitting value of that length.
    pub fn longest<'a>(
        &'a self,
        words: &[Word],
        at: usize,
        mut keep: impl FnMut(&V) -> bool,
        out: &mut Vec<&'a V>,
    ) -> usize {
        out.clear();
        if !words.get(at).is_some_and(|w| self.may_start(w.id)) {
            return 0;
        }
        let mut node = 0u32;
        let mut best = 0usize;
        let mut i = at;
        while i < words.len() {
            let Some(&next) = self.edges.get(&(node, words[i].id)) else {
                break;
            };
            node = next;
            i += 1;
            let (s, e) = self.node_values[node as usize];
            if s == e {
                continue;
            }
            let len = i - at;
            let mut found = false;
            for (v, cases) in &self.values[s as usize..e as usize] {
                if cases.iter().zip(&words[at..i]).all(|(c, w)| c.accepts(w)) && keep(v) {
                    if !found {
                        // A longer phrase replaces shorter ones.
                        out.clear();
                        found = true;
                    }
                    out.push(v);
                }
            }
            if found {
                best = len;
            }
        }
        best
    }

    /// Number of stored values.
    pub fn len(&self) -> usize {
        self.values.len()
    }

    /// True when nothing is stored.
    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
    }
}

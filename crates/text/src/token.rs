//! Tokenization with byte offsets and normalised forms.

use entente_model::{Span, Token, TokenKind};

use crate::fold::{
    fold_latin, is_apostrophe, is_combining, is_dash, is_double_quote, is_joining_dash, is_space,
    is_symbol,
};

/// A reusable token buffer: the tokens of one or more spans of a text, and the normalised forms
/// they point into.
///
/// Tokenizing appends; call [`Tokens::clear`] to reuse the buffer (and its allocations) for the
/// next sentence or document.
///
/// Normalisation (see [`Tokens::norm`]):
/// - lowercase; Latin diacritics folded to ASCII ("Erdoğan" -> "erdogan", "Sisi" stays);
/// - curly quotes and apostrophes become straight ones, every dash becomes `-`, "…" becomes "...";
/// - possessive and clitic endings are separate tokens: "Israel's" -> "israel" + "'s",
///   "states'" -> "states" + "'", "he'll" -> "he" + "'ll", "didn't" -> "did" + "n't"
///   ("won't", "can't", "shan't" give the norms "will", "can", "shall" before "n't");
/// - hyphenated compounds stay one token with `hyphenated = true` ("saudi-israeli",
///   "u.s.-brokered", "covid-19"); the parts are the pieces of the norm between `-`;
/// - abbreviations keep their dots ("u.s.", "u.n.", "mr.", "jan.", "a.m."), as do initials ("w.");
/// - numbers keep inner separators ("1.5", "3,000", "2020-12-22", "22/12/2020", "10:30");
///   "$" and "%" are [`TokenKind::Symbol`] tokens of their own.
///
/// ```
/// use entente_model::Span;
/// use entente_text::Tokens;
///
/// let text = "Israel's U.S.-brokered deal is worth $1.5 billion.";
/// let mut tokens = Tokens::new();
/// tokens.tokenize(text, Span::new(0, text.len()));
/// let norms: Vec<&str> = (0..tokens.len()).map(|i| tokens.norm(i)).collect();
/// assert_eq!(
///     norms,
///     ["israel", "'s", "u.s.-brokered", "deal", "is", "worth", "$", "1.5", "billion", "."]
/// );
/// assert!(tokens.tokens[2].hyphenated);
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tokens {
    /// The tokens, in text order.
    pub tokens: Vec<Token>,
    /// Normalised forms; each token's `norm` span is a range of this string.
    pub norm: String,
}

/// Abbreviations (lowercase, without their dot) that keep a following dot in the token.
const ABBREVIATIONS: &[&str] = &[
    "adm", "apr", "approx", "aug", "ave", "blvd", "brig", "bros", "capt", "cmdr", "co", "col",
    "corp", "cpl", "dec", "dept", "dr", "est", "etc", "feb", "fig", "fr", "ft", "gen", "gov",
    "govt", "hon", "inc", "jan", "jr", "jul", "jun", "lt", "ltd", "maj", "mar", "messrs", "mr",
    "mrs", "ms", "mt", "no", "nos", "nov", "oct", "pres", "prof", "pt", "pvt", "rep", "reps",
    "rev", "rd", "sen", "sens", "sep", "sept", "sgt", "sr", "st", "supt", "vs",
];

/// Abbreviations that take the dot only before a number ("No. 10", "Mar. 3").
const ABBREVIATIONS_BEFORE_NUMBER: &[&str] = &["no", "nos", "mar", "jun", "jul", "pt", "fig"];

/// True when `word` (any case, without its dot) is a known abbreviation (one of
/// [`ABBREVIATIONS`]).
pub(crate) fn is_abbreviation(word: &[u8]) -> bool {
    let Some(w) = lower_short(word) else {
        return false;
    };
    let w = &w.0[..w.1];
    let known = matches!(
        w,
        b"adm"
            | b"apr"
            | b"approx"
            | b"aug"
            | b"ave"
            | b"blvd"
            | b"brig"
            | b"bros"
            | b"capt"
            | b"cmdr"
            | b"co"
            | b"col"
            | b"corp"
            | b"cpl"
            | b"dec"
            | b"dept"
            | b"dr"
            | b"est"
            | b"etc"
            | b"feb"
            | b"fig"
            | b"fr"
            | b"ft"
            | b"gen"
            | b"gov"
            | b"govt"
            | b"hon"
            | b"inc"
            | b"jan"
            | b"jr"
            | b"jul"
            | b"jun"
            | b"lt"
            | b"ltd"
            | b"maj"
            | b"mar"
            | b"messrs"
            | b"mr"
            | b"mrs"
            | b"ms"
            | b"mt"
            | b"no"
            | b"nos"
            | b"nov"
            | b"oct"
            | b"pres"
            | b"prof"
            | b"pt"
            | b"pvt"
            | b"rep"
            | b"reps"
            | b"rev"
            | b"rd"
            | b"sen"
            | b"sens"
            | b"sep"
            | b"sept"
            | b"sgt"
            | b"sr"
            | b"st"
            | b"supt"
            | b"vs"
    );
    debug_assert_eq!(known, ABBREVIATIONS.iter().any(|a| a.as_bytes() == w));
    known
}

/// A lowercase copy of a word of at most 12 bytes, and its length.
#[inline]
pub(crate) fn lower_short(word: &[u8]) -> Option<([u8; 12], usize)> {
    if word.is_empty() || word.len() > 12 {
        return None;
    }
    let mut buf = [0u8; 12];
    buf[..word.len()].copy_from_slice(word);
    buf.make_ascii_lowercase();
    Some((buf, word.len()))
}

const C_OTHER: u8 = 0;
const C_SPACE: u8 = 1;
const C_ALPHA: u8 = 2;
const C_DIGIT: u8 = 3;
const C_SYMBOL: u8 = 4;

/// Character class of each ASCII byte.
static ASCII_CLASS: [u8; 128] = {
    let mut t = [C_OTHER; 128];
    let mut i = 0;
    while i < 128 {
        let b = i as u8;
        t[i] = if b.is_ascii_alphabetic() {
            C_ALPHA
        } else if b.is_ascii_digit() {
            C_DIGIT
        } else if b.is_ascii_whitespace() || b < 0x20 || b == 0x7f {
            C_SPACE
        } else {
            match b {
                b'$' | b'%' | b'&' | b'@' | b'#' | b'+' | b'=' | b'<' | b'>' | b'^' | b'~'
                | b'|' | b'*' | b'\\' => C_SYMBOL,
                _ => C_OTHER,
            }
        };
        i += 1;
    }
    t
};

/// High bit of each byte of `w` that is an ASCII uppercase (`upper`) or lowercase letter.
#[inline(always)]
fn case_masks(w: u64) -> (u64, u64) {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let x7 = w & !HIGH;
    let in_range = |v: u64, lo: u8, hi: u8| {
        let ge_lo = v + ONES * u64::from(0x80 - lo);
        let gt_hi = v + ONES * u64::from(0x7f - hi);
        ge_lo & !gt_hi & HIGH & !w
    };
    (in_range(x7, b'A', b'Z'), in_range(x7, b'a', b'z'))
}

/// The run of ASCII letters and digits from `i`: its end, a count of its uppercase letters that
/// is exact up to 2 (0, 1, or 2 and more), and whether it has a lowercase letter.
#[inline(always)]
fn ascii_run_with_case(bytes: &[u8], mut i: usize, end: usize) -> (usize, u32, bool) {
    let mut upper = 0;
    let mut lower = false;
    while i + 8 <= end {
        let mut chunk = [0u8; 8];
        chunk.copy_from_slice(&bytes[i..i + 8]);
        let w = u64::from_le_bytes(chunk);
        let stop = non_alnum_mask(w);
        let (u, l) = case_masks(w);
        // Only the bytes before the first non-alphanumeric one count.
        let keep = if stop == 0 {
            !0
        } else {
            (1u64 << stop.trailing_zeros()) - 1
        };
        // Counts up to two: enough for "any" and "at least two" (and no popcount needed).
        let u = u & keep;
        upper += u32::from(u != 0) + u32::from(u & u.wrapping_sub(1) != 0);
        lower |= l & keep != 0;
        if stop != 0 {
            return (i + (stop.trailing_zeros() / 8) as usize, upper, lower);
        }
        i += 8;
    }
    while i < end && ASCII_ALNUM[bytes[i] as usize] {
        upper += u32::from(bytes[i].is_ascii_uppercase());
        lower |= bytes[i].is_ascii_lowercase();
        i += 1;
    }
    (i, upper, lower)
}

/// ASCII letters and digits (bytes from 0x80 up are false: decoded separately).
static ASCII_ALNUM: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    while i < 128 {
        t[i] = (i as u8).is_ascii_alphanumeric();
        i += 1;
    }
    t
};

/// High bit of each byte of `w` that is not an ASCII letter or digit.
#[inline]
fn non_alnum_mask(w: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let x7 = w & !HIGH;
    // Bit 7 of each byte is set when that byte's low 7 bits are in lo..=hi.
    let in_range = |v: u64, lo: u8, hi: u8| {
        let ge_lo = v + ONES * u64::from(0x80 - lo);
        let gt_hi = v + ONES * u64::from(0x7f - hi);
        ge_lo & !gt_hi & HIGH
    };
    let letter = in_range(x7 | (ONES * 0x20), b'a', b'z');
    let digit = in_range(x7, b'0', b'9');
    !((letter | digit) & !w) & HIGH
}

/// End of the run of ASCII letters and digits starting at `i`, eight bytes at a time.
#[inline(always)]
fn ascii_alnum_run(bytes: &[u8], mut i: usize, end: usize) -> usize {
    while i + 8 <= end {
        let mut chunk = [0u8; 8];
        chunk.copy_from_slice(&bytes[i..i + 8]);
        let m = non_alnum_mask(u64::from_le_bytes(chunk));
        if m != 0 {
            return i + (m.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while i < end && ASCII_ALNUM[bytes[i] as usize] {
        i += 1;
    }
    i
}

/// ASCII punctuation that is always a token of its own with itself as norm ('.' only when not
/// part of "...").
static SIMPLE_PUNCT: [bool; 128] = {
    let mut t = [false; 128];
    let chars = b",.;:()?![]";
    let mut i = 0;
    while i < chars.len() {
        t[chars[i] as usize] = true;
        i += 1;
    }
    t
};

/// ASCII bytes that may continue a word: joining hyphens, dots, separators in numbers and
/// apostrophes.
static MAY_JOIN: [bool; 128] = {
    let mut t = [false; 128];
    t[b'-' as usize] = true;
    t[b'.' as usize] = true;
    t[b',' as usize] = true;
    t[b'/' as usize] = true;
    t[b':' as usize] = true;
    t[b'\'' as usize] = true;
    t[b'`' as usize] = true;
    t
};

/// The character starting at byte `i` of `text` (which must be a char boundary), and its length.
#[inline]
fn char_at(text: &str, i: usize) -> (char, usize) {
    match text.get(i..).and_then(|s| s.chars().next()) {
        Some(c) => (c, c.len_utf8()),
        None => ('\0', 1),
    }
}

/// The character ending at byte `i` of `text`.
#[inline]
fn char_before(text: &str, i: usize) -> Option<char> {
    text.get(..i).and_then(|s| s.chars().next_back())
}

#[inline]
fn is_alnum_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        c.is_alphanumeric()
    }
}

#[inline]
fn is_alnum_at(text: &str, i: usize, end: usize) -> bool {
    if i >= end {
        return false;
    }
    let b = text.as_bytes()[i];
    if b < 0x80 {
        b.is_ascii_alphanumeric()
    } else {
        char_at(text, i).0.is_alphanumeric()
    }
}

#[inline]
fn is_letter_at(text: &str, i: usize, end: usize) -> bool {
    if i >= end {
        return false;
    }
    let b = text.as_bytes()[i];
    if b < 0x80 {
        b.is_ascii_alphabetic()
    } else {
        char_at(text, i).0.is_alphabetic()
    }
}

/// Byte length of an apostrophe-like character at `i`, if there is one.
#[inline]
fn apostrophe_at(text: &str, i: usize, end: usize) -> Option<usize> {
    if i >= end {
        return None;
    }
    let b = text.as_bytes()[i];
    if b == b'\'' {
        return Some(1);
    }
    if b < 0x80 && b != b'`' {
        return None;
    }
    let (c, len) = char_at(text, i);
    is_apostrophe(c).then_some(len)
}

/// If a clitic ("s", "ll", "re", "ve", "d", "m") follows the apostrophe ending at `i`, the end of
/// it.
fn clitic_after(text: &str, i: usize, end: usize) -> Option<usize> {
    let b = text.as_bytes();
    let mut j = i;
    while j < end && j - i < 3 && b[j].is_ascii_alphabetic() {
        j += 1;
    }
    if j == i || is_alnum_at(text, j, end) {
        return None;
    }
    let rest = &b[i..j];
    let is_clitic = [&b"s"[..], b"ll", b"re", b"ve", b"d", b"m"]
        .iter()
        .any(|c| c.eq_ignore_ascii_case(rest));
    is_clitic.then_some(j)
}

impl Tokens {
    /// An empty buffer.
    pub fn new() -> Self {
        Self::default()
    }

    /// Removes every token, keeping the allocations.
    pub fn clear(&mut self) {
        self.tokens.clear();
        self.norm.clear();
    }

    /// Number of tokens.
    pub fn len(&self) -> usize {
        self.tokens.len()
    }

    /// True when there are no tokens.
    pub fn is_empty(&self) -> bool {
        self.tokens.is_empty()
    }

    /// The normalised form of token `i`. Panics when `i` is out of range.
    pub fn norm(&self, i: usize) -> &str {
        let s = self.tokens[i].norm;
        &self.norm[s.start as usize..s.end as usize]
    }

    /// The original text of token `i`, given the text that was tokenized.
    pub fn text<'t>(&self, text: &'t str, i: usize) -> &'t str {
        let s = self.tokens[i].span;
        text.get(s.start as usize..s.end as usize).unwrap_or("")
    }

    /// Appends the tokens of `text[span]`. Token spans are byte offsets into `text`.
    ///
    /// A span that is out of range or not on character boundaries is clamped to the nearest
    /// boundaries inside the text rather than rejected.
    pub fn tokenize(&mut self, text: &str, span: Span) {
        self.tokenize_with(text, span, true);
    }

    /// [`Tokens::tokenize`], optionally without the fast path for plain words (which must give
    /// the same tokens; tests compare both).
    fn tokenize_with(&mut self, text: &str, span: Span, fast: bool) {
        self.tokenize_span(text, span, fast);
    }

    fn tokenize_span(&mut self, text: &str, span: Span, fast: bool) {
        let mut end = (span.end as usize).min(text.len());
        while end > 0 && !text.is_char_boundary(end) {
            end -= 1;
        }
        let mut i = (span.start as usize).min(end);
        while i < end && !text.is_char_boundary(i) {
            i += 1;
        }
        let bytes = text.as_bytes();
        // About one token per five bytes and one byte of norm per byte; beyond a sentence's worth
        // the buffers grow as usual rather than all at once.
        self.tokens.reserve(((end - i) / 4).min(1 << 14));
        self.norm.reserve((end - i).min(1 << 16));
        while i < end {
            let b = bytes[i];
            if b < 0x80 {
                i = match ASCII_CLASS[b as usize] {
                    C_SPACE => i + 1,
                    C_ALPHA | C_DIGIT => match fast.then(|| self.plain_word(text, i, end)) {
                        Some(Some(next)) => next,
                        _ => self.word(text, i, end),
                    },
                    C_SYMBOL => {
                        self.push_simple(i, i + 1, TokenKind::Symbol, &text[i..i + 1]);
                        i + 1
                    }
                    _ if SIMPLE_PUNCT[b as usize]
                        && (b != b'.' || i + 1 >= end || bytes[i + 1] != b'.') =>
                    {
                        // ',' '.' ';' ':' '(' ')' '?' '!' '[' ']': their own norm.
                        self.push_simple(i, i + 1, TokenKind::Punct, &text[i..i + 1]);
                        if i + 1 < end && bytes[i + 1] == b' ' {
                            i + 2
                        } else {
                            i + 1
                        }
                    }
                    _ => self.punct(text, i, end, b as char, 1),
                };
            } else {
                let (c, len) = char_at(text, i);
                i = if is_space(c) || is_combining(c) {
                    i + len
                } else if c.is_alphanumeric() {
                    self.word(text, i, end)
                } else {
                    self.punct(text, i, end, c, len)
                };
            }
        }
    }

    #[inline]
    fn push_simple(&mut self, start: usize, end: usize, kind: TokenKind, norm: &str) {
        let n0 = self.norm.len();
        self.norm.push_str(norm);
        self.tokens.push(Token {
            span: Span::new(start, end),
            norm: Span::new(n0, self.norm.len()),
            kind,
            capitalized: false,
            all_caps: false,
            hyphenated: false,
        });
    }

    /// Punctuation and symbols starting at `i` (character `c` of `len` bytes). Returns the end.
    fn punct(&mut self, text: &str, i: usize, end: usize, c: char, len: usize) -> usize {
        let bytes = text.as_bytes();
        if c == '.' || c == '\u{2026}' {
            let mut j = i;
            while j < end {
                if bytes[j] == b'.' {
                    j += 1;
                } else if text[j..end].starts_with('\u{2026}') {
                    j += 3;
                } else {
                    break;
                }
            }
            let norm = if j - i == 1 { "." } else { "..." };
            self.push_simple(i, j, TokenKind::Punct, norm);
            return j;
        }
        if is_apostrophe(c) {
            // Clitics and possessives: "Israel's", wire-style "Algeria 's", "he'll".
            let prev = char_before(text, i);
            let attached = match prev {
                Some(p) if is_alnum_char(p) => true,
                Some(' ') => char_before(text, i - 1).is_some_and(is_alnum_char),
                _ => false,
            };
            if attached {
                if let Some(j) = clitic_after(text, i + len, end) {
                    let n0 = self.norm.len();
                    self.norm.push('\'');
                    self.norm.push_str(&text[i + len..j]);
                    self.norm[n0..].make_ascii_lowercase();
                    self.tokens.push(Token {
                        span: Span::new(i, j),
                        norm: Span::new(n0, self.norm.len()),
                        kind: TokenKind::Word,
                        capitalized: false,
                        all_caps: false,
                        hyphenated: false,
                    });
                    return j;
                }
            }
            self.push_simple(i, i + len, TokenKind::Punct, "'");
            return i + len;
        }
        if is_dash(c) {
            let mut j = i + len;
            while j < end {
                let (d, dl) = char_at(text, j);
                if !is_dash(d) {
                    break;
                }
                j += dl;
            }
            self.push_simple(i, j, TokenKind::Punct, "-");
            return j;
        }
        if is_double_quote(c) {
            self.push_simple(i, i + len, TokenKind::Punct, "\"");
            return i + len;
        }
        let kind = if is_symbol(c) {
            TokenKind::Symbol
        } else {
            TokenKind::Punct
        };
        self.push_simple(i, i + len, kind, &text[i..i + len]);
        i + len
    }

    /// The common case, without the general machinery of [`Tokens::word`]: an ASCII word or
    /// number that no joiner continues (a space, comma or bracket follows). `None` when the
    /// token needs the general path.
    #[inline(always)]
    fn plain_word(&mut self, text: &str, start: usize, end: usize) -> Option<usize> {
        let bytes = text.as_bytes();
        let first = bytes[start];
        let (i, upper, lower) = ascii_run_with_case(bytes, start, end);
        let numeric = first.is_ascii_digit();
        if i < end {
            let next = bytes[i];
            // Non-ASCII (dashes, curly apostrophes), and '.', '-', apostrophes, and for numbers
            // ',' '/' ':' may continue the token.
            if next >= 0x80
                || (MAY_JOIN[next as usize] && (numeric || !matches!(next, b',' | b'/' | b':')))
            {
                return None;
            }
        }
        let n0 = self.norm.len();
        let capitalized = first.is_ascii_uppercase();
        // ASCII bytes only, so both ends are character boundaries.
        self.norm.push_str(&text[start..i]);
        if upper > 0 {
            self.norm[n0..].make_ascii_lowercase();
        }
        let all_caps = capitalized && upper >= 2 && !lower;
        self.tokens.push(Token {
            span: Span::new(start, i),
            norm: Span::new(n0, self.norm.len()),
            kind: if numeric {
                TokenKind::Number
            } else {
                TokenKind::Word
            },
            capitalized,
            all_caps,
            hyphenated: false,
        });
        // Step over the usual single space here rather than in the main loop.
        Some(if i < end && bytes[i] == b' ' {
            i + 1
        } else {
            i
        })
    }

    /// A word or number starting at `start`. Returns its end.
    fn word(&mut self, text: &str, start: usize, end: usize) -> usize {
        let bytes = text.as_bytes();
        // "n't" split from "didn't": the word before stopped at the "n".
        if (bytes[start] == b'n' || bytes[start] == b'N')
            && start + 1 < end
            && (bytes[start + 1] == b'\'' || bytes[start + 1] >= 0x80)
            && char_before(text, start).is_some_and(|c| c.is_alphabetic())
        {
            if let Some(al) = apostrophe_at(text, start + 1, end) {
                let t = start + 1 + al;
                if t < end
                    && (bytes[t] == b't' || bytes[t] == b'T')
                    && !is_alnum_at(text, t + 1, end)
                {
                    self.push_negation(start, t + 1);
                    return t + 1;
                }
            }
        }

        let first = if bytes[start] < 0x80 {
            bytes[start] as char
        } else {
            char_at(text, start).0
        };
        let numeric = first.is_ascii_digit() || (!first.is_ascii() && first.is_numeric());
        let mut i = start;
        let mut ascii = true;
        let mut hyphenated = false;
        let mut dotted = false;
        let mut seg_start = start;
        loop {
            // An alphanumeric run: ASCII bytes by table, other characters decoded.
            loop {
                i = ascii_alnum_run(bytes, i, end);
                if i < end && bytes[i] >= 0x80 {
                    let (c, len) = char_at(text, i);
                    if c.is_alphanumeric() || is_combining(c) {
                        ascii = false;
                        i += len;
                        continue;
                    }
                }
                break;
            }
            if i >= end || (bytes[i] < 0x80 && !MAY_JOIN[bytes[i] as usize]) {
                break;
            }
            let last_digit = bytes[i - 1].is_ascii_digit();
            let (c, len) = char_at(text, i);
            let next = i + len;
            if is_joining_dash(c) && is_alnum_at(text, next, end) {
                hyphenated = true;
                ascii &= c == '-';
                i = next;
                seg_start = i;
                continue;
            }
            if c == '.' {
                let next_digit = next < end && bytes[next].is_ascii_digit();
                if last_digit && next_digit {
                    i = next;
                    continue;
                }
                let seg = &bytes[seg_start..i];
                if !numeric && seg.len() <= 2 && seg.iter().all(u8::is_ascii_alphabetic) {
                    // Dotted initialism: "U.S.", "e.g.", "a.m.", "Ph.D.".
                    let mut j = next;
                    let mut segments = 1;
                    loop {
                        let mut k = j;
                        while k < end && k - j < 3 && bytes[k].is_ascii_alphabetic() {
                            k += 1;
                        }
                        if k > j && k - j <= 2 && k < end && bytes[k] == b'.' {
                            segments += 1;
                            j = k + 1;
                        } else {
                            break;
                        }
                    }
                    if segments >= 2 {
                        dotted = true;
                        i = j;
                        if i < end {
                            let (d, dl) = char_at(text, i);
                            if is_joining_dash(d) && is_alnum_at(text, i + dl, end) {
                                hyphenated = true;
                                ascii &= d == '-';
                                i += dl;
                                seg_start = i;
                                continue;
                            }
                        }
                        break;
                    }
                }
                break;
            }
            if numeric && last_digit && (c == ',' || c == '/' || c == ':') {
                if next < end && bytes[next].is_ascii_digit() {
                    i = next;
                    continue;
                }
                break;
            }
            if is_apostrophe(c) && !last_digit && is_letter_at(text, next, end) {
                if clitic_after(text, next, end).is_some() {
                    break;
                }
                let b = bytes[next];
                if (b == b't' || b == b'T')
                    && !is_alnum_at(text, next + 1, end)
                    && i - start >= 2
                    && (bytes[i - 1] == b'n' || bytes[i - 1] == b'N')
                {
                    i -= 1;
                    break;
                }
                // An inner apostrophe of a name: "O'Brien", "Qur'an".
                ascii &= c == '\'';
                i = next;
                continue;
            }
            break;
        }
        if !dotted && !numeric && !hyphenated && i < end && bytes[i] == b'.' {
            let word = &bytes[start..i];
            let after = skip_spaces(bytes, i + 1, end);
            let has_more = after < end;
            let before_number = has_more && bytes[after].is_ascii_digit();
            let take_dot = if word.len() == 1 && word[0].is_ascii_uppercase() {
                has_more
            } else if ascii && is_abbreviation(word) {
                before_number
                    || !ABBREVIATIONS_BEFORE_NUMBER
                        .iter()
                        .any(|a| a.as_bytes().eq_ignore_ascii_case(word))
            } else {
                false
            };
            if take_dot {
                i += 1;
                dotted = word.len() == 1;
            }
        }

        let n0 = self.norm.len();
        let surface = &text[start..i];
        if ascii {
            self.norm.push_str(surface);
            self.norm[n0..].make_ascii_lowercase();
        } else {
            push_norm(&mut self.norm, surface);
        }
        let capitalized = first.is_uppercase();
        // Only a capitalised token can be all caps: count its letters then.
        let all_caps = capitalized && {
            let (letters, upper) = if ascii {
                surface.bytes().fold((0u32, 0u32), |(l, u), b| {
                    (
                        l + u32::from(b.is_ascii_alphabetic()),
                        u + u32::from(b.is_ascii_uppercase()),
                    )
                })
            } else {
                surface.chars().fold((0u32, 0u32), |(l, u), c| {
                    (
                        l + u32::from(c.is_alphabetic()),
                        u + u32::from(c.is_uppercase()),
                    )
                })
            };
            upper == letters && (letters >= 2 || dotted)
        };
        self.tokens.push(Token {
            span: Span::new(start, i),
            norm: Span::new(n0, self.norm.len()),
            kind: if numeric {
                TokenKind::Number
            } else {
                TokenKind::Word
            },
            capitalized,
            all_caps,
            hyphenated,
        });
        i
    }

    /// Pushes "n't" and gives "wo"/"ca"/"sha" before it the norms "will"/"can"/"shall".
    fn push_negation(&mut self, start: usize, end: usize) {
        if let Some(prev) = self.tokens.last_mut() {
            if prev.span.end as usize == start {
                let n = &self.norm[prev.norm.start as usize..prev.norm.end as usize];
                let full = match n {
                    "wo" => Some("will"),
                    "ca" => Some("can"),
                    "sha" => Some("shall"),
                    _ => None,
                };
                if let Some(full) = full {
                    self.norm.truncate(prev.norm.start as usize);
                    self.norm.push_str(full);
                    prev.norm.end = self.norm.len() as u32;
                }
            }
        }
        let n0 = self.norm.len();
        self.norm.push_str("n't");
        self.tokens.push(Token {
            span: Span::new(start, end),
            norm: Span::new(n0, self.norm.len()),
            kind: TokenKind::Word,
            capitalized: false,
            all_caps: false,
            hyphenated: false,
        });
    }
}

#[inline]
fn skip_spaces(bytes: &[u8], mut i: usize, end: usize) -> usize {
    while i < end && (bytes[i] == b' ' || bytes[i] == b'\t') {
        i += 1;
    }
    i
}

/// Appends the normalised form of a word containing non-ASCII characters.
fn push_norm(out: &mut String, word: &str) {
    for c in word.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else if is_apostrophe(c) {
            out.push('\'');
        } else if is_dash(c) {
            out.push('-');
        } else if is_combining(c) {
        } else if let Some(f) = fold_latin(c) {
            out.push_str(f);
        } else {
            out.extend(c.to_lowercase());
        }
    }
}

/// The normalised form of arbitrary text, as [`Tokens`] would normalise its characters
/// (lowercase, diacritics folded, quotes straightened, dashes unified). Useful for building
/// lookup keys that must agree with token norms.
///
/// ```
/// assert_eq!(entente_text::normalize("Erdoğan’s"), "erdogan's");
/// ```
pub fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if is_double_quote(c) {
            out.push('"');
        } else if c == '\u{2026}' {
            out.push_str("...");
        } else {
            push_norm(&mut out, c.encode_utf8(&mut [0; 4]));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn both_paths_agree(text: &str) {
        let (mut fast, mut general) = (Tokens::new(), Tokens::new());
        fast.tokenize_with(text, Span::new(0, text.len()), true);
        general.tokenize_with(text, Span::new(0, text.len()), false);
        assert_eq!(fast, general, "{text:?}");
    }

    #[test]
    fn fast_path_agrees_with_the_general_path() {
        both_paths_agree(
            "The US and G7 said 10am, A1 (UAE) iPhone McDonald 3,000; x/y 24/7 a:b NATO's I A",
        );
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../../shared/data/news/wikinews_politics_economy.jsonl");
        let Ok(corpus) = std::fs::read_to_string(&path) else {
            println!("skipping the corpus: {} is absent", path.display());
            return;
        };
        for line in corpus.lines().take(2000) {
            both_paths_agree(line);
        }
    }

    #[test]
    fn swar_run_agrees_with_the_table() {
        for b in 0..=255u8 {
            let mut bytes = [b'a'; 8];
            bytes[3] = b;
            let run = ascii_alnum_run(&bytes, 0, 8);
            let expected = if ASCII_ALNUM[b as usize] { 8 } else { 3 };
            assert_eq!(run, expected, "byte {b:#x}");
        }
        for text in [
            &b"NATO"[..],
            b"Saudi-Israeli",
            b"iPhone 15",
            b"ABCDEFGHIJKLmn",
            b"a1B2c3D4e5F6G7H8 x",
            b"UAE",
        ] {
            let (end, upper, lower) = ascii_run_with_case(text, 0, text.len());
            let run = &text[..end];
            assert_eq!(end, ascii_alnum_run(text, 0, text.len()));
            let n = run.iter().filter(|b| b.is_ascii_uppercase()).count();
            assert_eq!(upper.min(2) as usize, n.min(2));
            assert_eq!(lower, run.iter().any(u8::is_ascii_lowercase));
        }
        let text = b"Saudi-Israeli 2019 talks";
        assert_eq!(ascii_alnum_run(text, 0, text.len()), 5);
        assert_eq!(ascii_alnum_run(text, 6, text.len()), 13);
        assert_eq!(ascii_alnum_run(text, 14, text.len()), 18);
        assert_eq!(ascii_alnum_run(text, 19, text.len()), 24);
    }
}

//! Sentence segmentation tuned for news.

use entente_model::{Document, Sentence, SentenceKind, Span};

use crate::boilerplate::{is_boilerplate, is_boilerplate_line, opens_like_boilerplate};
use crate::fold::is_space;
use crate::token::{is_abbreviation, lower_short};

/// Splits a document into sentences with byte spans into `doc.text`.
///
/// - Every line is a paragraph and a hard boundary: sentences never cross a newline. Blank lines
///   are skipped; `paragraph` counts non-blank lines from 0.
/// - With `doc.has_headline`, the first non-blank line is sentence 0, of kind
///   [`SentenceKind::Headline`], whatever punctuation it has.
/// - A line that is furniture as a whole (it opens like "Read more:", is a share bar or byline,
///   or is a short caption with a photo credit) is one [`SentenceKind::Boilerplate`] sentence;
///   inside a prose line each sentence is checked with [`is_boilerplate`], so a trailing
///   "(Reporting by ...)" is flagged and the prose before it is not.
/// - Spans are trimmed of whitespace and never empty.
///
/// Boundaries follow newswire conventions: abbreviations ("Mr.", "Gen.", "Jan. 5", "No. 10"),
/// initials ("George W. Bush"), decimals ("$1.5 billion"), "U.S." and "a.m." (a boundary only
/// when a typical sentence opener such as "The" or "He" follows), quotes closing a sentence
/// ('... ," he said.' and '."' before a capital), ellipses (no boundary before lowercase), "?"
/// and "!".
///
/// ```
/// use entente_model::{Document, SentenceKind};
/// use entente_text::segment;
///
/// let doc = Document {
///     text: "Blinken heads to Cairo\nMr. Blinken met Gen. Smith at 10 a.m. Tuesday. \
///            He left.\nRead more: Why Morocco matters"
///         .into(),
///     has_headline: true,
///     ..Document::default()
/// };
/// let sentences = segment(&doc);
/// let texts: Vec<&str> = sentences.iter().map(|s| s.span.slice(&doc.text)).collect();
/// assert_eq!(
///     texts,
///     [
///         "Blinken heads to Cairo",
///         "Mr. Blinken met Gen. Smith at 10 a.m. Tuesday.",
///         "He left.",
///         "Read more: Why Morocco matters",
///     ]
/// );
/// assert_eq!(sentences[0].kind, SentenceKind::Headline);
/// assert_eq!(sentences[3].kind, SentenceKind::Boilerplate);
/// ```
pub fn segment(doc: &Document) -> Vec<Sentence> {
    let mut out = Vec::new();
    segment_text(&doc.text, doc.has_headline, &mut out);
    out
}

/// [`segment`] over a bare text, appending to `out` (indices continue from `out.len()`).
pub fn segment_text(text: &str, has_headline: bool, out: &mut Vec<Sentence>) {
    let bytes = text.as_bytes();
    let mut line_start = 0;
    let mut paragraph = 0u32;
    let mut headline_pending = has_headline;
    while line_start < bytes.len() {
        let line_end =
            memchr::memchr(b'\n', &bytes[line_start..]).map_or(bytes.len(), |i| line_start + i);
        let next_line = line_end + 1;
        let (ls, le) = trim(text, line_start, line_end);
        line_start = next_line;
        if ls >= le {
            continue;
        }
        let line = &text[ls..le];
        if headline_pending {
            headline_pending = false;
            push(out, ls, le, SentenceKind::Headline, paragraph);
        } else if is_boilerplate_line(line) {
            push(out, ls, le, SentenceKind::Boilerplate, paragraph);
        } else {
            let first = out.len();
            split_line(text, ls, le, |s, e| {
                let kind = if is_boilerplate_sentence(&text[s..e]) {
                    SentenceKind::Boilerplate
                } else {
                    SentenceKind::Body
                };
                push(out, s, e, kind, paragraph);
            });
            // Credits and calls to action close a paragraph ("... on Monday. (Reporting by
            // ...)"): the last sentence is searched throughout.
            if out.len() > first + 1 {
                if let Some(last) = out.last_mut() {
                    if last.kind == SentenceKind::Body && is_boilerplate(last.span.slice(text)) {
                        last.kind = SentenceKind::Boilerplate;
                    }
                }
            }
        }
        paragraph += 1;
    }
}

/// A sentence inside a prose line: boilerplate when it opens like furniture ("(Reporting by
/// ...)", "Click here to subscribe.") or, when very short, contains a furniture phrase.
fn is_boilerplate_sentence(s: &str) -> bool {
    if s.len() < SHORT_SENTENCE {
        is_boilerplate(s)
    } else {
        opens_like_boilerplate(s)
    }
}

/// Sentences shorter than this are searched for boilerplate phrases anywhere in them.
const SHORT_SENTENCE: usize = 60;

fn push(out: &mut Vec<Sentence>, start: usize, end: usize, kind: SentenceKind, paragraph: u32) {
    out.push(Sentence {
        index: out.len() as u32,
        span: Span::new(start, end),
        kind,
        paragraph,
    });
}

/// Trims whitespace (including no-break and zero-width spaces) from `text[start..end]`.
fn trim(text: &str, start: usize, end: usize) -> (usize, usize) {
    let s = &text[start..end];
    let t = s.trim_start_matches(is_space);
    let start2 = start + (s.len() - t.len());
    let t = t.trim_end_matches(is_space);
    (start2, start2 + t.len())
}

/// Bytes that may end a sentence: '.', '?', '!' and the last byte of '…' (E2 80 A6).
static TERMINATOR: [bool; 256] = {
    let mut t = [false; 256];
    t[b'.' as usize] = true;
    t[b'?' as usize] = true;
    t[b'!' as usize] = true;
    t[0xA6] = true;
    t
};

/// Words that typically open a sentence: after "U.S." or "a.m." they signal a boundary.
const OPENERS: &[&str] = &[
    "A",
    "According",
    "After",
    "Although",
    "An",
    "And",
    "As",
    "At",
    "Before",
    "Both",
    "But",
    "Despite",
    "During",
    "Earlier",
    "For",
    "From",
    "He",
    "Her",
    "His",
    "However",
    "I",
    "If",
    "In",
    "It",
    "Its",
    "Last",
    "Later",
    "Many",
    "Meanwhile",
    "No",
    "Officials",
    "On",
    "One",
    "Our",
    "She",
    "Since",
    "So",
    "Some",
    "Such",
    "That",
    "The",
    "Their",
    "There",
    "These",
    "They",
    "This",
    "Those",
    "Under",
    "We",
    "What",
    "When",
    "While",
    "Who",
    "Why",
    "With",
    "Yet",
];

/// Title abbreviations that precede a name and so never end a sentence.
const TITLES: &[&str] = &[
    "adm", "brig", "capt", "cmdr", "col", "cpl", "dr", "fr", "gen", "gov", "hon", "lt", "maj",
    "messrs", "mr", "mrs", "ms", "mt", "pres", "prof", "pvt", "rep", "reps", "rev", "sen", "sens",
    "sgt", "st", "supt", "vs",
];

fn in_list(word: &[u8], list: &[&str]) -> bool {
    list.iter().any(|a| a.as_bytes().eq_ignore_ascii_case(word))
}

/// One of [`TITLES`], in any case.
fn is_title(word: &[u8]) -> bool {
    let Some((buf, n)) = lower_short(word) else {
        return false;
    };
    let known = matches!(
        &buf[..n],
        b"adm"
            | b"brig"
            | b"capt"
            | b"cmdr"
            | b"col"
            | b"cpl"
            | b"dr"
            | b"fr"
            | b"gen"
            | b"gov"
            | b"hon"
            | b"lt"
            | b"maj"
            | b"messrs"
            | b"mr"
            | b"mrs"
            | b"ms"
            | b"mt"
            | b"pres"
            | b"prof"
            | b"pvt"
            | b"rep"
            | b"reps"
            | b"rev"
            | b"sen"
            | b"sens"
            | b"sgt"
            | b"st"
            | b"supt"
            | b"vs"
    );
    debug_assert_eq!(known, in_list(word, TITLES));
    known
}

/// "Mon", "Tue", "Tues", "Wed", "Thu", "Thurs", "Fri", "Sat", "Sun", in any case.
fn is_weekday_abbreviation(word: &[u8]) -> bool {
    lower_short(word).is_some_and(|(buf, n)| {
        matches!(
            &buf[..n],
            b"mon"
                | b"tue"
                | b"tues"
                | b"wed"
                | b"thu"
                | b"thur"
                | b"thurs"
                | b"fri"
                | b"sat"
                | b"sun"
        )
    })
}

/// A month name or its abbreviation, in any case.
fn is_month_word(word: &[u8]) -> bool {
    lower_short(word).is_some_and(|(buf, n)| {
        matches!(
            &buf[..n],
            b"jan"
                | b"january"
                | b"feb"
                | b"february"
                | b"mar"
                | b"march"
                | b"apr"
                | b"april"
                | b"may"
                | b"jun"
                | b"june"
                | b"jul"
                | b"july"
                | b"aug"
                | b"august"
                | b"sep"
                | b"sept"
                | b"september"
                | b"oct"
                | b"october"
                | b"nov"
                | b"november"
                | b"dec"
                | b"december"
        )
    })
}

/// One of [`OPENERS`], in any case.
fn is_opener(word: &[u8]) -> bool {
    let Some((buf, n)) = lower_short(word) else {
        return false;
    };
    let known = matches!(
        &buf[..n],
        b"a" | b"according"
            | b"after"
            | b"although"
            | b"an"
            | b"and"
            | b"as"
            | b"at"
            | b"before"
            | b"both"
            | b"but"
            | b"despite"
            | b"during"
            | b"earlier"
            | b"for"
            | b"from"
            | b"he"
            | b"her"
            | b"his"
            | b"however"
            | b"i"
            | b"if"
            | b"in"
            | b"it"
            | b"its"
            | b"last"
            | b"later"
            | b"many"
            | b"meanwhile"
            | b"no"
            | b"officials"
            | b"on"
            | b"one"
            | b"our"
            | b"she"
            | b"since"
            | b"so"
            | b"some"
            | b"such"
            | b"that"
            | b"the"
            | b"their"
            | b"there"
            | b"these"
            | b"they"
            | b"this"
            | b"those"
            | b"under"
            | b"we"
            | b"what"
            | b"when"
            | b"while"
            | b"who"
            | b"why"
            | b"with"
            | b"yet"
    );
    debug_assert_eq!(known, in_list(word, OPENERS));
    known
}

/// Calls `emit(start, end)` for each sentence of the trimmed line `text[ls..le]`.
fn split_line(text: &str, ls: usize, le: usize, mut emit: impl FnMut(usize, usize)) {
    let bytes = text.as_bytes();
    let mut start = ls;
    let mut p = ls;
    // Lines without "…" jump from terminator to terminator.
    let has_ellipsis_char = memchr::memmem::find(&bytes[ls..le], "\u{2026}".as_bytes()).is_some();
    while p < le {
        if !has_ellipsis_char {
            match memchr::memchr3(b'.', b'?', b'!', &bytes[p..le]) {
                Some(k) => p += k,
                None => break,
            }
        } else if !TERMINATOR[bytes[p] as usize] {
            p += 1;
            continue;
        }
        if bytes[p] == 0xA6 && !(p >= 2 && bytes[p - 2] == 0xE2 && bytes[p - 1] == 0x80) {
            p += 1;
            continue;
        }
        let term_start = if bytes[p] == 0xA6 { p - 2 } else { p };
        // The run of terminators, then closing quotes and brackets.
        let mut q = p + 1;
        let mut has_qe = bytes[p] == b'?' || bytes[p] == b'!';
        let mut dots = usize::from(bytes[p] == b'.');
        let mut ellipsis = bytes[p] == 0xA6;
        loop {
            if q < le && matches!(bytes[q], b'.' | b'?' | b'!') {
                has_qe |= bytes[q] != b'.';
                dots += usize::from(bytes[q] == b'.');
                q += 1;
            } else if text[q..le].starts_with('\u{2026}') {
                ellipsis = true;
                q += 3;
            } else {
                break;
            }
        }
        ellipsis |= dots >= 2;
        while q < le {
            let c = text[q..].chars().next().unwrap_or(' ');
            if matches!(
                c,
                '"' | '\'' | ')' | ']' | '}' | '\u{201D}' | '\u{2019}' | '\u{00BB}'
            ) {
                q += c.len_utf8();
            } else {
                break;
            }
        }
        if q >= le {
            break;
        }
        let c = text[q..].chars().next().unwrap_or(' ');
        if !is_space(c) {
            // "said.The": a boundary lost with markup, when clearly a new capitalised word.
            if dots == 1
                && !has_qe
                && !ellipsis
                && q == p + 1
                && q + 1 < le
                && bytes[q].is_ascii_uppercase()
                && bytes[q + 1].is_ascii_lowercase()
                && p >= 2
                && bytes[p - 1].is_ascii_lowercase()
                && bytes[p - 2].is_ascii_lowercase()
            {
                let w = word_before(bytes, term_start, ls);
                if !is_abbreviation(w) && !w.contains(&b'.') {
                    emit_trimmed(text, start, q, &mut emit);
                    start = q;
                }
            }
            p = q;
            continue;
        }
        // Next visible character.
        let mut n = q;
        while n < le {
            let (ch, l) = char_at(text, n);
            if !is_space(ch) {
                break;
            }
            n += l;
        }
        let boundary = if has_qe {
            !starts_lower(text, n, le)
        } else if ellipsis {
            starts_upper(text, n, le)
        } else {
            dot_boundary(text, term_start, ls, n, le)
        };
        if boundary {
            emit_trimmed(text, start, q, &mut emit);
            start = n;
        }
        p = n.max(q);
    }
    emit_trimmed(text, start, le, &mut emit);
}

fn emit_trimmed(text: &str, s: usize, e: usize, emit: &mut impl FnMut(usize, usize)) {
    let (s, e) = trim(text, s, e);
    if s < e {
        emit(s, e);
    }
}

#[inline]
fn char_at(text: &str, i: usize) -> (char, usize) {
    text.get(i..)
        .and_then(|s| s.chars().next())
        .map_or((' ', 1), |c| (c, c.len_utf8()))
}

fn starts_lower(text: &str, n: usize, le: usize) -> bool {
    n < le && char_at(text, n).0.is_lowercase()
}

/// The next word (skipping opening quotes and brackets) starts with an uppercase letter.
fn starts_upper(text: &str, n: usize, le: usize) -> bool {
    let w = next_word(text, n, le);
    w.chars().next().is_some_and(|c| c.is_uppercase())
}

/// The word starting at `n`, after opening quotes and brackets.
fn next_word(text: &str, mut n: usize, le: usize) -> &str {
    while n < le {
        let (c, l) = char_at(text, n);
        if matches!(
            c,
            '"' | '\'' | '(' | '[' | '\u{201C}' | '\u{2018}' | '\u{00AB}'
        ) {
            n += l;
        } else {
            break;
        }
    }
    let rest = &text[n..le];
    let end = rest
        .find(|c: char| !c.is_alphanumeric())
        .unwrap_or(rest.len());
    &rest[..end]
}

/// The ASCII letters and dots directly before the terminator at `p` ("U.S" before the final
/// dot of "U.S.", "Mr" before "Mr.").
fn word_before(bytes: &[u8], p: usize, ls: usize) -> &[u8] {
    let mut s = p;
    while s > ls && (bytes[s - 1].is_ascii_alphabetic() || bytes[s - 1] == b'.') {
        s -= 1;
    }
    // A word glued to non-ASCII letters ("Erdoğan.") is no abbreviation.
    if s > ls && bytes[s - 1] >= 0x80 {
        return &bytes[p..p];
    }
    &bytes[s..p]
}

/// Whether a single '.' at `p` followed by whitespace and then `text[n..]` ends a sentence.
fn dot_boundary(text: &str, p: usize, ls: usize, n: usize, le: usize) -> bool {
    let bytes = text.as_bytes();
    if n >= le {
        return true;
    }
    let (c, _) = char_at(text, n);
    if c.is_lowercase() {
        return false;
    }
    if matches!(c, ',' | ';' | ':' | ')' | ']' | '.' | '%' | '-') {
        return false;
    }
    let w = word_before(bytes, p, ls);
    if w.is_empty() {
        return true;
    }
    let opener = || is_opener(next_word(text, n, le).as_bytes());
    if c.is_ascii_digit() {
        // "Jan. 5", "No. 10", "Sept. 11", "Art. 5": abbreviations before numbers.
        return !(is_abbreviation(w) || w.len() == 1);
    }
    if w.contains(&b'.') {
        // "U.S.", "U.N.", "a.m.", "e.g.": a boundary only before a sentence opener.
        if in_list(w, &["e.g", "i.e", "cf", "viz"]) {
            return false;
        }
        return opener();
    }
    if w.len() == 1 {
        // An initial ("George W. Bush") unless a clear opener follows ("plan B. The").
        return !w[0].is_ascii_uppercase() || opener();
    }
    if is_title(w) {
        return false;
    }
    if is_weekday_abbreviation(w) && is_month_word(next_word(text, n, le).as_bytes()) {
        // "Sun. Nov. 21", "Wed. Dec. 1".
        return false;
    }
    if is_abbreviation(w) {
        // "Inc.", "Ltd.", "Co.", "Jr.", "Jan.": may end a sentence before an opener.
        return opener();
    }
    true
}

//! Site furniture: lines that are not news prose.

/// Phrases that make a line boilerplate when it starts with them (lowercase; compared after
/// leading bullets and spaces).
const PREFIXES: &[&str] = &[
    "read more",
    "read also",
    "read next",
    "read the full",
    "also read",
    "see also",
    "related:",
    "related articles",
    "related stories",
    "related coverage",
    "related content",
    "related news",
    "related topics",
    "recommended:",
    "recommended stories",
    "you may also like",
    "you might also like",
    "watch:",
    "watch more",
    "watch the video",
    "listen:",
    "listen to this",
    "click here",
    "tap here",
    "sign up",
    "subscribe",
    "follow us",
    "follow @",
    "follow our",
    "follow the latest",
    "like us on",
    "join us on",
    "join our",
    "share this",
    "share on",
    "share:",
    "share via",
    "share article",
    "tweet this",
    "email this",
    "print this",
    "advertisement",
    "story continues",
    "article continues",
    "continue reading",
    "\u{a9}",
    "(c) ",
    "all rights reserved",
    "(reporting by",
    "reporting by",
    "(additional reporting",
    "additional reporting",
    "(editing by",
    "editing by",
    "(writing by",
    "writing by",
    "(compiled by",
    "compiled by",
    "(photo",
    "photo:",
    "photos:",
    "photo by",
    "photo credit",
    "photograph:",
    "image:",
    "image caption",
    "image copyright",
    "image source",
    "picture:",
    "pictured:",
    "caption:",
    "credit:",
    "file photo",
    "we use cookies",
    "this site uses cookies",
    "cookie policy",
    "privacy policy",
    "terms of use",
    "terms of service",
    "download our",
    "download the app",
    "get our newsletter",
    "this article was originally",
    "this story was originally",
    "this article first appeared",
    "this article is more than",
    "have a news tip",
    "got a news tip",
    "got a tip",
];

/// Phrases that make a line shorter than [`SHORT_PREFIX_LINE`] bytes boilerplate when it starts
/// with them: on longer lines they may start prose ("Published on Monday, the report ...").
const SHORT_PREFIXES: &[&str] = &[
    "posted by",
    "posted on",
    "published on",
    "published:",
    "first published",
    "last updated",
    "updated:",
    "updated on",
    "top stories",
    "more stories",
    "most read",
    "most popular",
    "live updates",
    "contact us",
    "email us",
    "skip to",
    "jump to",
    "back to top",
    "copyright",
    "watch live",
    "get the latest",
    "more on this",
    "sponsored",
];

/// Longest line that [`SHORT_PREFIXES`] apply to.
const SHORT_PREFIX_LINE: usize = 70;

/// Photo credits and copyright lines: a short line containing one is furniture as a whole,
/// caption included ("Herzog speaks in Jerusalem. REUTERS/Jane Doe").
const CREDITS: &[&str] = &[
    "getty images",
    "reuters/",
    "/reuters",
    "afp/",
    "/afp",
    "ap photo",
    "(photo",
    "photo:",
    "photo credit",
    "image credit",
    "all rights reserved",
];

/// Phrases that make a short sentence boilerplate wherever they occur.
const ANYWHERE: &[&str] = &[
    "click here",
    "subscribe to our",
    "subscribe now",
    "sign up for our",
    "sign up to our",
    "sign up for the",
    "follow us on",
    "follow us at",
    "our newsletter",
    "; editing by",
    ";editing by",
    "(reporting by",
    "continue reading",
    "story continues below",
    "read more:",
];

/// Whole lines (lowercase, trailing punctuation removed) that are share bars and menus.
const WHOLE: &[&str] = &[
    "share",
    "tweet",
    "email",
    "e-mail",
    "print",
    "comments",
    "comment",
    "advertisement",
    "ad",
    "facebook",
    "twitter",
    "whatsapp",
    "linkedin",
    "reddit",
    "pinterest",
    "telegram",
    "copy link",
    "copy",
    "link copied",
    "more",
    "menu",
    "home",
    "close",
    "loading",
    "reuters",
    "afp",
    "ap",
    "associated press",
    "agence france-presse",
    "getty images",
    "view comments",
    "show comments",
    "save",
    "listen",
    "next",
    "previous",
    "top",
];

/// Longest line on which the "anywhere" phrases are looked for: longer lines are prose.
const SHORT_LINE: usize = 240;

/// True for a line (or sentence) that is site furniture rather than news: "Read more: ...",
/// "Follow us on ...", "Sign up ...", "Share this", "Subscribe ...", "Click here ...", photo
/// credits and captions ("REUTERS/Name", "Photo: ..."), bylines ("By Jane Doe"), and wire
/// credits ("(Reporting by ...; Editing by ...)").
///
/// ```
/// use entente_text::is_boilerplate;
/// assert!(is_boilerplate("Read more: Saudi-Israeli relations: the emergence of a new alliance"));
/// assert!(is_boilerplate("(Reporting by Jane Doe in Ankara; Editing by John Roe)"));
/// assert!(is_boilerplate("By Jane Doe and John Roe"));
/// assert!(!is_boilerplate("By Friday, the two sides had agreed to reopen the border."));
/// ```
pub fn is_boilerplate(line: &str) -> bool {
    classify(line, Scope::Anywhere)
}

/// True for a line that is furniture as a whole: it opens like boilerplate, is a share bar or
/// byline, or is a short caption with a photo credit. Unlike [`is_boilerplate`], a prose line
/// that merely ends with "(Reporting by ...)" is not furniture as a whole.
pub(crate) fn is_boilerplate_line(line: &str) -> bool {
    classify(line, Scope::Line)
}

/// True for a long sentence inside a prose line that opens like furniture ("(Reporting by ...",
/// "Click here ..."); nothing is searched past its opening.
pub(crate) fn opens_like_boilerplate(sentence: &str) -> bool {
    classify(sentence, Scope::Opening)
}

/// How much of a line [`classify`] looks at.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Scope {
    /// Openings, whole-line forms, bylines, credits and phrases anywhere.
    Anywhere,
    /// Openings, whole-line forms, bylines and credits.
    Line,
    /// Openings, whole-line forms and bylines.
    Opening,
}

/// Bytes of a line lowercased for the opening checks (longer than any prefix phrase).
const HEAD: usize = 32;

fn classify(line: &str, scope: Scope) -> bool {
    let line = trim_furniture(line);
    if line.is_empty() {
        return false;
    }
    let bytes = line.as_bytes();
    let mut head = [0u8; HEAD];
    let h = bytes.len().min(HEAD);
    head[..h].copy_from_slice(&bytes[..h]);
    head[..h].make_ascii_lowercase();
    let head = &head[..h];

    if starts_with_any(head, PREFIXES) {
        return true;
    }
    if bytes.len() < SHORT_PREFIX_LINE
        && starts_with_any(head, SHORT_PREFIXES)
        && (bytes.iter().any(u8::is_ascii_digit) || line.split(' ').count() <= 5)
    {
        return true;
    }
    if bytes.len() <= HEAD {
        let bare = trim_end_punct(head);
        if WHOLE.iter().any(|w| w.as_bytes() == bare) {
            return true;
        }
    }
    if is_byline(line) {
        return true;
    }
    if bytes.len() > SHORT_LINE || scope == Scope::Opening {
        return false;
    }
    let mut buf = [0u8; SHORT_LINE];
    let lower = &mut buf[..bytes.len()];
    lower.copy_from_slice(bytes);
    lower.make_ascii_lowercase();
    contains_any(lower, CREDITS, &CREDIT_PAIRS)
        || (scope == Scope::Anywhere && contains_any(lower, ANYWHERE, &ANYWHERE_PAIRS))
}

/// `line` without surrounding whitespace and list bullets.
fn trim_furniture(line: &str) -> &str {
    let b = line.as_bytes();
    let clean = |c: &u8| c.is_ascii_alphanumeric() || matches!(c, b'.' | b'"' | b')' | b'(');
    if b.first().is_some_and(clean) && b.last().is_some_and(clean) {
        return line;
    }
    line.trim_matches(|c: char| {
        c.is_whitespace()
            || matches!(
                c,
                '\u{2022}'
                    | '\u{25B6}'
                    | '\u{25BA}'
                    | '\u{203A}'
                    | '\u{00BB}'
                    | '*'
                    | '|'
                    | '>'
                    | '-'
            )
    })
}

fn trim_end_punct(s: &[u8]) -> &[u8] {
    let mut e = s.len();
    while e > 0 && matches!(s[e - 1], b'.' | b':' | b'!' | b' ' | b'\t' | b'|' | b'>') {
        e -= 1;
    }
    &s[..e]
}

static PREFIX_PAIRS: PairTable = pair_table(&[PREFIXES, SHORT_PREFIXES]);

fn starts_with_any(lower: &[u8], phrases: &[&str]) -> bool {
    let (Some(&first), Some(&second)) = (lower.first(), lower.get(1)) else {
        return false;
    };
    let pair = ((first as usize) << 8) | second as usize;
    if PREFIX_PAIRS[pair >> 6] & (1 << (pair & 63)) == 0 {
        return false;
    }
    phrases.iter().any(|p| {
        let p = p.as_bytes();
        p[0] == first
            && lower.starts_with(p)
            // A phrase ending in a letter must end a word: "subscribe", not "subscribers".
            && !(p[p.len() - 1].is_ascii_alphabetic()
                && lower.get(p.len()).is_some_and(|b| b.is_ascii_alphabetic()))
    })
}

/// Bit set of the first two bytes of each phrase, so that scanning a line compares phrases only
/// where one may start.
type PairTable = [u64; 1024];

const fn pair_table(lists: &[&[&str]]) -> PairTable {
    let mut t = [0u64; 1024];
    let mut l = 0;
    while l < lists.len() {
        let list = lists[l];
        let mut i = 0;
        while i < list.len() {
            let p = list[i].as_bytes();
            let pair = ((p[0] as usize) << 8) | p[1] as usize;
            t[pair >> 6] |= 1 << (pair & 63);
            i += 1;
        }
        l += 1;
    }
    t
}

static CREDIT_PAIRS: PairTable = pair_table(&[CREDITS]);
static ANYWHERE_PAIRS: PairTable = pair_table(&[ANYWHERE]);

/// True when one of `phrases` occurs in `lower` at a word start (or at '(', '/' or ';').
fn contains_any(lower: &[u8], phrases: &[&str], pairs: &PairTable) -> bool {
    let at = |i: usize| {
        let (Some(&a), Some(&b)) = (lower.get(i), lower.get(i + 1)) else {
            return false;
        };
        let pair = ((a as usize) << 8) | b as usize;
        pairs[pair >> 6] & (1 << (pair & 63)) != 0 && {
            let rest = &lower[i..];
            phrases.iter().any(|p| rest.starts_with(p.as_bytes()))
        }
    };
    at(0)
        || memchr::memchr_iter(b' ', lower).any(|i| at(i + 1))
        || memchr::memchr3_iter(b'(', b'/', b';', lower).any(at)
}

/// "By Jane Doe", "By Jane Doe and John Roe, Reuters", "BY JANE DOE | AP".
fn is_byline(line: &str) -> bool {
    let rest = if let Some(r) = line.strip_prefix("By ") {
        r
    } else if let Some(r) = line.strip_prefix("BY ") {
        r
    } else {
        return false;
    };
    if rest.len() > 80 {
        return false;
    }
    let mut words = 0;
    for w in rest.split(|c: char| c.is_whitespace() || c == ',' || c == '|' || c == '/') {
        if w.is_empty() {
            continue;
        }
        words += 1;
        let first = w.chars().next().unwrap_or(' ');
        let connector = matches!(
            w,
            "and"
                | "&"
                | "in"
                | "of"
                | "de"
                | "da"
                | "del"
                | "al"
                | "el"
                | "bin"
                | "von"
                | "van"
                | "der"
                | "le"
                | "la"
                | "-"
                | "for"
                | "the"
        ) || w.starts_with("al-")
            || w.starts_with("el-");
        if !(first.is_uppercase() || connector) {
            return false;
        }
    }
    (1..=10).contains(&words)
}

//! Temporal expressions, resolved against the publication date.
//!
//! [`find_timexes`] finds the date expressions of one sentence's tokens and resolves each twice:
//! `past` as read in a past or present clause ("met on Wednesday": the latest Wednesday on or
//! before publication) and `future` as read in a future clause ("is due to fly on Thursday": the
//! next Thursday on or after publication). [`future_context`] is a cheap guess at which reading a
//! clause wants. Both readings are equal when the expression is unambiguous ("yesterday",
//! "22 December 2020", "last week").
//!
//! Resolution rules (P = publication date):
//!
//! | expression | precision | past reading | future reading |
//! |---|---|---|---|
//! | "Wednesday" ("Wednesday evening") | day | latest Wednesday <= P | earliest Wednesday >= P |
//! | "last Wednesday" / "next Wednesday" | day | latest < P / earliest > P | same |
//! | today, tonight, this morning / yesterday, last night / tomorrow | day | P / P-1 / P+1 | same |
//! | the previous day, the day before | day | P-1 | same |
//! | last / this / next week (weekend) | week | Monday of that week | same |
//! | last / this / next month, earlier / later this month | month | first of that month | same |
//! | last / this / next year, earlier / later this year | year | 1 January | same |
//! | "two days ago", "three weeks ago", "a year ago" | day / week / month / year | P minus that, at that precision | same |
//! | in recent days / weeks / months / years | week / month / month / year | the week of P-3 days / the month of P-14 days / the previous month / the previous year | same |
//! | "10 December", "December 10", "Jan. 5", "the 22nd of December" | day | that day in P's year, or the year before when after P | in P's year, or the year after when before P |
//! | "in March", "early June", "mid-June", "late June" | month | latest such month <= P's month | earliest such month >= P's month |
//! | "last November" / "next March" | month | latest such month strictly before P's month / earliest strictly after | same |
//! | "Dec. 22, 2020", "22 December 2020", "2020-12-22" | day | that day | same |
//! | "December 2020", "12/2020" | month | that month | same |
//! | "in 1948", "since 2018", "until 2020", "by 2025", "from 2010", "of 2019", "early 2020" | year | that year | same |
//! | "22/12/2020", "12/22/2020", "22.12.2020" | day | the reading that is a valid date when one number is over 12; both numbers <= 12 and different is ambiguous between locales: year precision only | same |
//!
//! | "over the weekend" / "last weekend" / "this weekend" | week | the week (Monday) of the weekend just gone / of the coming one | same for "last" and "this" |
//!
//! A weekday before an explicit date ("Wednesday, December 4") gives one timex, and the weekday
//! picks the year when the date has none. Not dates: a year used as a modifier ("the 1948
//! creation of Israel"), year ranges ("the 1998-2000 war"), counts ("by 2000 votes"), lowercase
//! weekday or month names, and "May" or "March" without a date preposition or a day.
//!
//! "In recent months" has no single true month; the previous month is the middle of the usual
//! one-to-three-month window and lies inside it whatever that window is.

use std::ops::Range;

use chrono::{Datelike, Days, Months, NaiveDate};
use entente_model::{DatePrecision, EventDate, Span, TokenKind};

use crate::token::Tokens;

/// A temporal expression: its span in the document text and its two resolutions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Timex {
    /// Bytes of the document text ("last week", "Dec. 22, 2020", "Wednesday evening").
    pub span: Span,
    /// Resolution in a past or present clause.
    pub past: EventDate,
    /// Resolution in a future clause ("will meet on Thursday").
    pub future: EventDate,
    /// The expression names its date itself (a month name, a numeric date or a year), rather
    /// than relative to publication ("yesterday", "last week", "on Wednesday").
    pub explicit: bool,
}

impl Timex {
    /// The resolution for a clause that is (`true`) or is not in the future.
    pub fn resolve(&self, future: bool) -> EventDate {
        if future {
            self.future
        } else {
            self.past
        }
    }
}

/// Appends to `out` the temporal expressions among `tokens[range]` (one sentence), resolved
/// against `pub_date`. `doc_text` is the text the tokens point into.
///
/// ```
/// use chrono::NaiveDate;
/// use entente_model::{DatePrecision, Span};
/// use entente_text::{find_timexes, Tokens};
///
/// let text = "A State Department official said last month that talks would resume on Thursday.";
/// let mut tokens = Tokens::new();
/// tokens.tokenize(text, Span::new(0, text.len()));
/// let mut found = Vec::new();
/// let published = NaiveDate::from_ymd_opt(2019, 12, 4).unwrap(); // a Wednesday
/// find_timexes(text, &tokens, 0..tokens.len(), published, &mut found);
/// assert_eq!(found[0].span.slice(text), "last month");
/// assert_eq!(found[0].past.date, NaiveDate::from_ymd_opt(2019, 11, 1).unwrap());
/// assert_eq!(found[0].past.precision, DatePrecision::Month);
/// assert_eq!(found[1].future.date, NaiveDate::from_ymd_opt(2019, 12, 5).unwrap());
/// assert_eq!(found[1].past.date, NaiveDate::from_ymd_opt(2019, 11, 28).unwrap());
/// ```
pub fn find_timexes(
    doc_text: &str,
    tokens: &Tokens,
    range: Range<usize>,
    pub_date: NaiveDate,
    out: &mut Vec<Timex>,
) {
    let end = range.end.min(tokens.len());
    let start = range.start.min(end);
    // Tokens carry their own norms; the text is only needed for spans, which tokens also carry.
    let _ = doc_text;
    let cx = Cx {
        toks: tokens,
        start,
        end,
        p: pub_date,
    };
    let norms = tokens.norm.as_bytes();
    let mut i = start;
    let mut min_start = start;
    while i < end {
        let t = &tokens.tokens[i];
        // Most tokens are rejected here by a table lookup on their first letters and length.
        let norm = &norms[t.norm.start as usize..t.norm.end as usize];
        if !may_start_date(t.kind, norm) {
            i += 1;
            continue;
        }
        let number = t.kind == TokenKind::Number;
        let found = if number {
            cx.at_number(i)
        } else {
            cx.at_word(i, min_start)
        };
        match found {
            Some(m) if m.first >= min_start && m.last >= m.first => {
                out.push(Timex {
                    span: tokens.tokens[m.first]
                        .span
                        .cover(tokens.tokens[m.last].span),
                    past: m.past,
                    future: m.future,
                    explicit: m.explicit,
                });
                i = m.last + 1;
                min_start = i;
            }
            _ => i += 1,
        }
    }
}

/// Words that, earlier in the clause, put a date in the future.
fn is_future_marker(cx: &Cx<'_>, j: usize) -> bool {
    let n = cx.norm(j);
    match n {
        "will" | "'ll" | "shall" | "would" | "upcoming" | "forthcoming" | "tomorrow" | "next"
        | "scheduled" | "slated" | "poised" | "gonna" => true,
        "due" | "expected" | "set" | "going" | "about" => {
            // "is due to", "is expected to", "is set to", "are going to", "is about to";
            // not "due to the war".
            let before = cx.norm_before(j);
            let after = cx.norm(j + 1);
            (after == "to" || after == "on" || after == "for")
                && matches!(
                    before,
                    "is" | "are"
                        | "was"
                        | "were"
                        | "be"
                        | "been"
                        | "'s"
                        | "'re"
                        | "not"
                        | "n't"
                        | "also"
                        | "now"
                        | "still"
                )
                || (n == "expected" && after == "to")
        }
        "plans" | "plan" | "planned" | "planning" | "intends" | "intend" | "intended"
        | "intending" | "aims" | "aim" | "aiming" | "hopes" | "hope" | "hoping" | "wants"
        | "want" | "agreed" | "agree" | "agrees" | "promised" | "pledged" | "vowed"
        | "threatened" | "prepared" | "preparing" | "prepares" | "seeks" | "seek" | "seeking" => {
            cx.norm(j + 1) == "to"
        }
        "is" | "are" | "was" | "were" => {
            // "is to visit": "to" and a verb, not "is to blame".
            cx.norm(j + 1) == "to" && cx.norm(j + 2) != "blame"
        }
        _ => false,
    }
}

/// Words and punctuation that end the clause a date belongs to, scanning away from it.
fn is_clause_break(n: &str) -> bool {
    matches!(
        n,
        ";" | ":"
            | "("
            | ")"
            | "\""
            | "-"
            | "said"
            | "says"
            | "say"
            | "told"
            | "tells"
            | "reported"
            | "reports"
            | "announced"
            | "added"
            | "noted"
            | "according"
            | "who"
            | "which"
            | "whom"
            | "whose"
            | "where"
            | "while"
            | "whereas"
            | "but"
            | "although"
            | "though"
            | "because"
            | "after"
            | "since"
            | "when"
            | "ago"
            | "yesterday"
            | "last"
    )
}

/// True when the clause around token `at` (a date) reads as future: a future marker ("will",
/// "'ll", "shall", "would", "is due to", "is expected to", "is set to", "plans to", "is to",
/// "next", "upcoming", "tomorrow", ...) earlier in the same clause, or, for a date that opens
/// its clause ("On Thursday, Blinken will ..."), within the next few words.
///
/// ```
/// use entente_model::Span;
/// use entente_text::{future_context, Tokens};
///
/// let text = "Blinken is due to fly to Egypt on Thursday, where he met the king.";
/// let mut tokens = Tokens::new();
/// tokens.tokenize(text, Span::new(0, text.len()));
/// let thursday = (0..tokens.len()).find(|&i| tokens.norm(i) == "thursday").unwrap();
/// assert!(future_context(&tokens, 0..tokens.len(), thursday));
/// ```
pub fn future_context(tokens: &Tokens, range: Range<usize>, at: usize) -> bool {
    let end = range.end.min(tokens.len());
    let start = range.start.min(end);
    if at < start || at >= end {
        return false;
    }
    let cx = Cx {
        toks: tokens,
        start,
        end,
        p: NaiveDate::MIN,
    };
    let mut j = at;
    let mut clause_initial = true;
    // A clause is rarely longer than this: bounding the scan keeps very long "sentences"
    // (tables, lists without punctuation) linear.
    let floor = start.max(at.saturating_sub(MAX_CLAUSE_TOKENS));
    while j > floor {
        j -= 1;
        let n = cx.norm(j);
        if is_future_marker(&cx, j) {
            return true;
        }
        if is_clause_break(n) {
            // Only a punctuation break opens a clause ("; On Thursday, ..."); after "said on
            // Monday" the date belongs to the reporting clause.
            clause_initial &= cx.toks.tokens[j].kind == TokenKind::Punct;
            break;
        }
        if !matches!(
            n,
            "on" | "by" | "from" | "until" | "," | "and" | "or" | "as" | "of"
        ) && !is_date_word(n)
        {
            clause_initial = false;
        }
    }
    if !clause_initial {
        return false;
    }
    // A fronted date: "On Thursday, Blinken will fly ...".
    let mut k = at + 1;
    while k < end && (is_date_word(cx.norm(k)) || cx.toks.tokens[k].kind == TokenKind::Number) {
        k += 1;
    }
    if cx.norm(k) == "," {
        k += 1;
    }
    let stop = (k + 6).min(end);
    while k < stop {
        if is_future_marker(&cx, k) {
            return true;
        }
        let n = cx.norm(k);
        if is_clause_break(n) || n == "," || n == "and" {
            break;
        }
        k += 1;
    }
    false
}

/// How far back [`future_context`] looks for a future marker.
const MAX_CLAUSE_TOKENS: usize = 48;

/// Date words that may sit between a date and its clause's opening.
fn is_date_word(n: &str) -> bool {
    matches!(
        n,
        "morning"
            | "afternoon"
            | "evening"
            | "night"
            | "early"
            | "late"
            | "mid"
            | "the"
            | "this"
            | "next"
            | "week"
            | "month"
            | "year"
    ) || weekday(n).is_some()
        || month(n).is_some()
}

/// A match: first and last token, and the two resolutions.
struct M {
    first: usize,
    last: usize,
    past: EventDate,
    future: EventDate,
    explicit: bool,
}

impl M {
    fn one(first: usize, last: usize, d: EventDate, explicit: bool) -> Option<M> {
        Some(M {
            first,
            last,
            past: d,
            future: d,
            explicit,
        })
    }
}

struct Cx<'a> {
    toks: &'a Tokens,
    start: usize,
    end: usize,
    p: NaiveDate,
}

fn ev(date: NaiveDate, precision: DatePrecision) -> EventDate {
    EventDate { date, precision }
}

fn day_ev(d: NaiveDate) -> EventDate {
    ev(d, DatePrecision::Day)
}

fn monday(d: NaiveDate) -> NaiveDate {
    d - Days::new(u64::from(d.weekday().num_days_from_monday()))
}

fn week_ev(d: NaiveDate) -> EventDate {
    ev(monday(d), DatePrecision::Week)
}

fn add_days(d: NaiveDate, n: i64) -> Option<NaiveDate> {
    if n >= 0 {
        d.checked_add_days(Days::new(n as u64))
    } else {
        d.checked_sub_days(Days::new(n.unsigned_abs()))
    }
}

fn first_of_month(d: NaiveDate) -> NaiveDate {
    d.with_day(1).unwrap_or(d)
}

fn add_months(d: NaiveDate, n: i64) -> Option<NaiveDate> {
    let f = first_of_month(d);
    if n >= 0 {
        f.checked_add_months(Months::new(u32::try_from(n).ok()?))
    } else {
        f.checked_sub_months(Months::new(u32::try_from(n.unsigned_abs()).ok()?))
    }
}

fn month_ev(y: i32, m: u32) -> Option<EventDate> {
    NaiveDate::from_ymd_opt(y, m, 1).map(|d| ev(d, DatePrecision::Month))
}

fn year_ev(y: i32) -> Option<EventDate> {
    NaiveDate::from_ymd_opt(y, 1, 1).map(|d| ev(d, DatePrecision::Year))
}

/// Weekday number (Monday = 0) of a weekday name.
fn weekday(n: &str) -> Option<u32> {
    Some(match n {
        "monday" => 0,
        "tuesday" => 1,
        "wednesday" => 2,
        "thursday" => 3,
        "friday" => 4,
        "saturday" => 5,
        "sunday" => 6,
        _ => return None,
    })
}

/// Month number of a month name or abbreviation, and whether it was abbreviated.
fn month(n: &str) -> Option<(u32, bool)> {
    let b = n.as_bytes();
    if b.len() < 3 || b.len() > 9 {
        return None;
    }
    let full = match b[0] {
        b'j' => match n {
            "january" => 1,
            "june" => 6,
            "july" => 7,
            "jan" | "jan." => return Some((1, true)),
            "jun." => return Some((6, true)),
            "jul." => return Some((7, true)),
            _ => return None,
        },
        b'f' => match n {
            "february" => 2,
            "feb" | "feb." => return Some((2, true)),
            _ => return None,
        },
        b'm' => match n {
            "march" => 3,
            "may" => 5,
            "mar." => return Some((3, true)),
            _ => return None,
        },
        b'a' => match n {
            "april" => 4,
            "august" => 8,
            "apr" | "apr." => return Some((4, true)),
            "aug" | "aug." => return Some((8, true)),
            _ => return None,
        },
        b's' => match n {
            "september" => 9,
            "sep" | "sep." | "sept" | "sept." => return Some((9, true)),
            _ => return None,
        },
        b'o' => match n {
            "october" => 10,
            "oct" | "oct." => return Some((10, true)),
            _ => return None,
        },
        b'n' => match n {
            "november" => 11,
            "nov" | "nov." => return Some((11, true)),
            _ => return None,
        },
        b'd' => match n {
            "december" => 12,
            "dec" | "dec." => return Some((12, true)),
            _ => return None,
        },
        _ => return None,
    };
    Some((full, false))
}

/// A day of the month: "10", "10th", "22nd", "22-23" (the first day of a range).
fn day_num(n: &str) -> Option<u32> {
    let b = n.as_bytes();
    let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
    if digits == 0 || digits > 2 {
        return None;
    }
    let rest = &b[digits..];
    let ok = rest.is_empty()
        || matches!(rest, b"st" | b"nd" | b"rd" | b"th")
        || (rest.len() >= 2
            && rest[0] == b'-'
            && rest.len() <= 3
            && rest[1..].iter().all(u8::is_ascii_digit));
    if !ok {
        return None;
    }
    let v = parse_u32(&b[..digits])?;
    (1..=31).contains(&v).then_some(v)
}

/// A four-digit year between 1900 and 2100.
fn year_num(n: &str) -> Option<i32> {
    let b = n.as_bytes();
    if b.len() != 4 || !b.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let v = parse_u32(b)? as i32;
    (1900..=2100).contains(&v).then_some(v)
}

fn parse_u32(b: &[u8]) -> Option<u32> {
    if b.is_empty() || b.len() > 9 {
        return None;
    }
    let mut v = 0u32;
    for &c in b {
        if !c.is_ascii_digit() {
            return None;
        }
        v = v * 10 + u32::from(c - b'0');
    }
    Some(v)
}

/// Small counts written as words or digits ("two days ago", "a year ago", "3 weeks ago").
fn count(n: &str) -> Option<i64> {
    Some(match n {
        "a" | "an" | "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "fifteen" => 15,
        "eighteen" => 18,
        "twenty" => 20,
        "thirty" => 30,
        "forty" => 40,
        "fifty" => 50,
        "sixty" => 60,
        "seventy" => 70,
        "hundred" => 100,
        _ => {
            let b = n.as_bytes();
            if b.is_empty() || b.len() > 4 {
                return None;
            }
            return parse_u32(b).map(i64::from);
        }
    })
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Unit {
    Day,
    Week,
    Weekend,
    Month,
    Year,
    Decade,
}

fn unit(n: &str) -> Option<Unit> {
    Some(match n {
        "day" | "days" => Unit::Day,
        "week" | "weeks" => Unit::Week,
        "weekend" | "weekends" => Unit::Weekend,
        "month" | "months" => Unit::Month,
        "year" | "years" => Unit::Year,
        "decade" | "decades" => Unit::Decade,
        _ => return None,
    })
}

fn part_of_day(n: &str) -> bool {
    matches!(n, "morning" | "afternoon" | "evening" | "night")
}

/// Words after which a bare month name or year is a date ("in March", "since 2018").
fn is_date_preposition(n: &str) -> bool {
    matches!(
        n,
        "in" | "since"
            | "until"
            | "till"
            | "by"
            | "from"
            | "during"
            | "through"
            | "throughout"
            | "of"
            | "to"
            | "before"
            | "after"
            | "between"
            | "around"
            | "early"
            | "late"
            | "mid"
            | "end"
            | "beginning"
            | "start"
            | "on"
    )
}

/// What a word token may start.
#[derive(Clone, Copy)]
enum Word {
    None,
    Ago,
    Before,
    Previous,
    Recent,
    Weekend,
    Weekday(u32),
    Month,
    Mid,
    Today,
    Yesterday,
    Tomorrow,
    Last,
    Next,
    This,
    EarlierLater,
    EarlyLate,
}

/// Every word [`word_kind`] knows (besides "mid-..." compounds).
const DATE_WORDS: &[&str] = &[
    "ago",
    "apr",
    "apr.",
    "april",
    "aug",
    "aug.",
    "august",
    "before",
    "dec",
    "dec.",
    "december",
    "early",
    "earlier",
    "feb",
    "feb.",
    "february",
    "friday",
    "jan",
    "jan.",
    "january",
    "jun.",
    "june",
    "jul.",
    "july",
    "last",
    "late",
    "later",
    "mar.",
    "march",
    "may",
    "mid",
    "monday",
    "next",
    "nov",
    "nov.",
    "november",
    "oct",
    "oct.",
    "october",
    "previous",
    "recent",
    "saturday",
    "sep",
    "sep.",
    "sept",
    "sept.",
    "september",
    "sunday",
    "this",
    "today",
    "tonight",
    "tomorrow",
    "tuesday",
    "thursday",
    "wednesday",
    "weekend",
    "yesterday",
];

/// A 12-bit hash of a word's first three bytes and length.
#[inline(always)]
const fn date_hash(b0: u8, b1: u8, b2: u8, len: usize) -> usize {
    let h = (b0 as u32).wrapping_mul(0x9E37_79B1)
        ^ (b1 as u32).wrapping_mul(0x85EB_CA77)
        ^ (b2 as u32).wrapping_mul(0xC2B2_AE3D)
        ^ (len as u32).wrapping_mul(0x27D4_EB2F);
    (h >> 20) as usize & 4095
}

/// A Bloom filter of [`DATE_WORDS`] (and "mid-" compounds of 7 to 13 bytes) by [`date_hash`]:
/// most words miss it, and only the few that hit are classified by [`word_kind`].
static DATE_FILTER: [u64; 64] = {
    let mut t = [0u64; 64];
    let mut i = 0;
    while i < DATE_WORDS.len() {
        let w = DATE_WORDS[i].as_bytes();
        let h = date_hash(w[0], w[1], w[2], w.len());
        t[h / 64] |= 1 << (h % 64);
        i += 1;
    }
    let mut len = 7;
    while len <= 13 {
        let h = date_hash(b'm', b'i', b'd', len);
        t[h / 64] |= 1 << (h % 64);
        len += 1;
    }
    t
};

/// Whether a token may start a date expression: a number, or a word that hits
/// [`DATE_FILTER`].
#[inline(always)]
pub(crate) fn may_start_date(kind: TokenKind, norm: &[u8]) -> bool {
    match kind {
        TokenKind::Number => true,
        TokenKind::Word if norm.len() >= 3 => {
            let h = date_hash(norm[0], norm[1], norm[2], norm.len());
            DATE_FILTER[h / 64] & (1 << (h % 64)) != 0
        }
        _ => false,
    }
}

/// Classifies a word's norm: most words are rejected by their first two letters.
fn word_kind(n: &str) -> Word {
    let b = n.as_bytes();
    if b.len() < 3 {
        return Word::None;
    }
    let month_or_none = || {
        if month(n).is_some() {
            Word::Month
        } else {
            Word::None
        }
    };
    match b[0] {
        b'a' => match n {
            "ago" => Word::Ago,
            _ => month_or_none(),
        },
        b'b' if n == "before" => Word::Before,
        b'd' | b'j' | b'o' => month_or_none(),
        b'e' => match n {
            "early" => Word::EarlyLate,
            "earlier" => Word::EarlierLater,
            _ => Word::None,
        },
        b'f' => match n {
            "friday" => Word::Weekday(4),
            _ => month_or_none(),
        },
        b'l' => match n {
            "last" => Word::Last,
            "late" => Word::EarlyLate,
            "later" => Word::EarlierLater,
            _ => Word::None,
        },
        b'm' => match n {
            "monday" => Word::Weekday(0),
            "mid" => Word::EarlyLate,
            _ if n.starts_with("mid-") => Word::Mid,
            _ => month_or_none(),
        },
        b'n' => match n {
            "next" => Word::Next,
            _ => month_or_none(),
        },
        b'p' if n == "previous" => Word::Previous,
        b'r' if n == "recent" => Word::Recent,
        b's' => match n {
            "saturday" => Word::Weekday(5),
            "sunday" => Word::Weekday(6),
            _ => month_or_none(),
        },
        b't' => match n {
            "this" => Word::This,
            "today" | "tonight" => Word::Today,
            "tomorrow" => Word::Tomorrow,
            "tuesday" => Word::Weekday(1),
            "thursday" => Word::Weekday(3),
            _ => Word::None,
        },
        b'w' => match n {
            "wednesday" => Word::Weekday(2),
            "weekend" => Word::Weekend,
            _ => Word::None,
        },
        b'y' if n == "yesterday" => Word::Yesterday,
        _ => Word::None,
    }
}

impl Cx<'_> {
    /// Norm of token `j`, or "" outside the sentence.
    fn norm(&self, j: usize) -> &str {
        if j >= self.start && j < self.end {
            self.toks.norm(j)
        } else {
            ""
        }
    }

    fn norm_before(&self, j: usize) -> &str {
        if j > self.start {
            self.norm(j - 1)
        } else {
            ""
        }
    }

    fn capitalized(&self, j: usize) -> bool {
        j < self.end && {
            let t = &self.toks.tokens[j];
            t.capitalized || t.all_caps
        }
    }

    fn is_number(&self, j: usize) -> bool {
        j < self.end && self.toks.tokens[j].kind == TokenKind::Number
    }

    fn year_at(&self, j: usize) -> Option<i32> {
        if self.is_number(j) {
            year_num(self.norm(j))
        } else {
            None
        }
    }

    fn day_at(&self, j: usize) -> Option<u32> {
        if self.is_number(j) {
            day_num(self.norm(j))
        } else {
            None
        }
    }

    fn month_at(&self, j: usize) -> Option<(u32, bool)> {
        if self.capitalized(j) {
            month(self.norm(j))
        } else {
            None
        }
    }

    /// Extends a day-precision match over "morning", "evening", ...
    fn with_part_of_day(&self, mut m: M) -> M {
        if m.past.precision == DatePrecision::Day && part_of_day(self.norm(m.last + 1)) {
            m.last += 1;
        }
        m
    }

    /// A day of month `m` with no year: this year, or the year before (past) or after (future)
    /// when that keeps it on the right side of publication.
    fn day_without_year(&self, first: usize, last: usize, m: u32, d: u32) -> Option<M> {
        let y = self.p.year();
        let this = NaiveDate::from_ymd_opt(y, m, d)
            .or_else(|| NaiveDate::from_ymd_opt(y - 1, m, d))
            .or_else(|| NaiveDate::from_ymd_opt(y + 1, m, d))?;
        let past = if this > self.p {
            NaiveDate::from_ymd_opt(y - 1, m, d).unwrap_or(this)
        } else {
            this
        };
        let future = if this < self.p {
            NaiveDate::from_ymd_opt(y + 1, m, d).unwrap_or(this)
        } else {
            this
        };
        Some(M {
            first,
            last,
            past: day_ev(past),
            future: day_ev(future),
            explicit: true,
        })
    }

    /// A month with no year: the latest such month up to publication's (past), the earliest from
    /// it (future).
    fn month_without_year(&self, first: usize, last: usize, m: u32) -> Option<M> {
        let (y, pm) = (self.p.year(), self.p.month());
        let past = month_ev(if m <= pm { y } else { y - 1 }, m)?;
        let future = month_ev(if m >= pm { y } else { y + 1 }, m)?;
        Some(M {
            first,
            last,
            past,
            future,
            explicit: true,
        })
    }

    /// Dates that start with a month name at `i`: "December 10", "Dec. 22, 2020",
    /// "December 2020", "December of 2020", and "in March" (needs `bare_ok`).
    fn month_led(&self, i: usize, bare_ok: bool) -> Option<M> {
        let (m, abbr) = self.month_at(i)?;
        let j = i + 1;
        if let Some(d) = self.day_at(j) {
            let mut k = j + 1;
            if self.norm(k) == "," {
                k += 1;
            }
            if let Some(y) = self.year_at(k) {
                let date = NaiveDate::from_ymd_opt(y, m, d)?;
                return M::one(i, k, day_ev(date), true);
            }
            return self.day_without_year(i, j, m, d);
        }
        if let Some(y) = self.year_at(j) {
            return M::one(i, j, month_ev(y, m)?, true);
        }
        if self.norm(j) == "of" {
            if let Some(y) = self.year_at(j + 1) {
                return M::one(i, j + 1, month_ev(y, m)?, true);
            }
        }
        if bare_ok && !abbr {
            return self.month_without_year(i, i, m);
        }
        None
    }

    /// Dates that start with a number at `i`.
    fn at_number(&self, i: usize) -> Option<M> {
        let n = self.norm(i);
        let b = n.as_bytes();
        // "10 December", "22nd of December", "22 December 2020".
        if let Some(d) = day_num(n) {
            let mut j = i + 1;
            if self.norm(j) == "of" {
                j += 1;
            }
            if let Some((m, _)) = self.month_at(j) {
                let mut k = j + 1;
                if self.norm(k) == "," {
                    k += 1;
                }
                if let Some(y) = self.year_at(k) {
                    let date = NaiveDate::from_ymd_opt(y, m, d)?;
                    return M::one(i, k, day_ev(date), true);
                }
                return self.day_without_year(i, j, m, d);
            }
        }
        if b.len() >= 6 && b.len() <= 10 && b[0].is_ascii_digit() {
            if let Some(m) = self.numeric_date(i, b) {
                return Some(m);
            }
        }
        // "in 1948", "since 2018".
        let y = year_num(n)?;
        if !is_date_preposition(self.norm_before(i)) {
            return None;
        }
        let next = self.norm(i + 1);
        let next_tok = (i + 1 < self.end).then(|| &self.toks.tokens[i + 1]);
        if let Some(t) = next_tok {
            // "by 2000 votes", "in 1990 elections": a quantity or a modifier, not a year.
            let noun = t.kind == TokenKind::Word
                && !t.capitalized
                && next.len() > 3
                && next.ends_with('s')
                && !matches!(next, "this" | "was" | "has" | "is" | "as" | "its" | "his");
            if noun || t.kind == TokenKind::Symbol || t.kind == TokenKind::Number {
                return None;
            }
        }
        M::one(i, i, year_ev(y)?, true)
    }

    /// "2020-12-22", "22/12/2020", "12/22/2020", "22.12.2020", "2020/12/22", "12/2020".
    fn numeric_date(&self, i: usize, b: &[u8]) -> Option<M> {
        let sep = *b.iter().find(|c| !c.is_ascii_digit())?;
        if !matches!(sep, b'-' | b'/' | b'.') {
            return None;
        }
        let mut parts = [0u32; 3];
        let mut lens = [0usize; 3];
        let mut k = 0;
        for part in b.split(|&c| c == sep) {
            if k == 3 || part.is_empty() || part.len() > 4 {
                return None;
            }
            parts[k] = parse_u32(part)?;
            lens[k] = part.len();
            k += 1;
        }
        let ymd = |y: u32, m: u32, d: u32| {
            if (1900..=2100).contains(&y) {
                NaiveDate::from_ymd_opt(y as i32, m, d)
            } else {
                None
            }
        };
        match (k, lens) {
            (3, [4, 1..=2, 1..=2]) => {
                let date = ymd(parts[0], parts[1], parts[2])?;
                M::one(i, i, day_ev(date), true)
            }
            (3, [1..=2, 1..=2, 4]) if sep != b'-' => {
                let (a, c, y) = (parts[0], parts[1], parts[2]);
                let date = if a > 12 {
                    ymd(y, c, a)?
                } else if c > 12 || a == c {
                    ymd(y, a, c)?
                } else {
                    // Both readings are dates: day-first and month-first locales disagree.
                    ymd(y, a, c)?;
                    return M::one(i, i, year_ev(y as i32)?, true);
                };
                M::one(i, i, day_ev(date), true)
            }
            (2, [1..=2, 4, _]) if sep == b'/' => {
                let (m, y) = (parts[0], parts[1]);
                if !(1900..=2100).contains(&y) {
                    return None;
                }
                M::one(i, i, month_ev(y as i32, m)?, true)
            }
            _ => None,
        }
    }

    fn weekday_past(&self, wd: u32) -> NaiveDate {
        let back = (self.p.weekday().num_days_from_monday() + 7 - wd) % 7;
        self.p - Days::new(u64::from(back))
    }

    fn weekday_future(&self, wd: u32) -> NaiveDate {
        let ahead = (wd + 7 - self.p.weekday().num_days_from_monday()) % 7;
        self.p + Days::new(u64::from(ahead))
    }

    /// "last|this|next" + week, month, year, weekend, a weekday or a month name; "this morning",
    /// "last night".
    fn relative(&self, i: usize, first: usize, which: i64) -> Option<M> {
        let j = i + 1;
        let n = self.norm(j);
        let p = self.p;
        if let Some(u) = unit(n) {
            if n.ends_with('s') {
                return None;
            }
            let d = match u {
                Unit::Day | Unit::Decade => return None,
                Unit::Week => week_ev(add_days(p, 7 * which)?),
                Unit::Weekend => {
                    let dow = p.weekday().num_days_from_monday();
                    let this_week = monday(p);
                    let base = if which < 0 && dow < 5 {
                        // On a weekday, "last weekend" is the one just gone.
                        this_week - Days::new(7)
                    } else {
                        add_days(this_week, 7 * which)?
                    };
                    ev(base, DatePrecision::Week)
                }
                Unit::Month => ev(add_months(p, which)?, DatePrecision::Month),
                Unit::Year => year_ev(p.year() + which as i32)?,
            };
            return M::one(first, j, d, false);
        }
        if let Some(wd) = weekday(n) {
            if !self.capitalized(j) {
                return None;
            }
            let m = match which {
                -1 => {
                    let d = self.weekday_past(wd);
                    let d = if d == p { d - Days::new(7) } else { d };
                    M::one(first, j, day_ev(d), false)?
                }
                1 => {
                    let d = self.weekday_future(wd);
                    let d = if d == p { d + Days::new(7) } else { d };
                    M::one(first, j, day_ev(d), false)?
                }
                _ => M {
                    first,
                    last: j,
                    past: day_ev(self.weekday_past(wd)),
                    future: day_ev(self.weekday_future(wd)),
                    explicit: false,
                },
            };
            return Some(self.with_part_of_day(m));
        }
        if let Some((m, false)) = self.month_at(j) {
            let (y, pm) = (p.year(), p.month());
            let d = match which {
                -1 => month_ev(if m < pm { y } else { y - 1 }, m)?,
                1 => month_ev(if m > pm { y } else { y + 1 }, m)?,
                _ => month_ev(y, m)?,
            };
            return M::one(first, j, d, true);
        }
        match (which, n) {
            (0, "morning" | "afternoon" | "evening") => M::one(first, j, day_ev(p), false),
            (-1, "night") => M::one(first, j, day_ev(p.pred_opt()?), false),
            _ => None,
        }
    }

    fn at_word(&self, i: usize, min_start: usize) -> Option<M> {
        let n = self.norm(i);
        let p = self.p;
        let kind = word_kind(n);
        match kind {
            Word::None => None,
            Word::Ago => self.ago(i, min_start),
            Word::Before => {
                // "the day before" (not "the day before the vote"), "the day before yesterday".
                if i >= min_start + 2 && self.norm(i - 1) == "day" && self.norm(i - 2) == "the" {
                    if self.norm(i + 1) == "yesterday" {
                        return M::one(i - 2, i + 1, day_ev(add_days(p, -2)?), false);
                    }
                    let next = (i + 1 < self.end).then(|| self.toks.tokens[i + 1].kind);
                    if matches!(next, None | Some(TokenKind::Punct)) {
                        return M::one(i - 2, i, day_ev(p.pred_opt()?), false);
                    }
                }
                None
            }
            Word::Previous => {
                // "the previous day / week / month / year".
                if i <= min_start || self.norm(i - 1) != "the" {
                    return None;
                }
                let d = match self.norm(i + 1) {
                    "day" => day_ev(p.pred_opt()?),
                    "week" => week_ev(add_days(p, -7)?),
                    "month" => ev(add_months(p, -1)?, DatePrecision::Month),
                    "year" => year_ev(p.year() - 1)?,
                    _ => return None,
                };
                M::one(i - 1, i + 1, d, false)
            }
            Word::Recent => {
                let d = match self.norm(i + 1) {
                    "days" => week_ev(add_days(p, -3)?),
                    "weeks" => ev(first_of_month(add_days(p, -14)?), DatePrecision::Month),
                    "months" => ev(add_months(p, -1)?, DatePrecision::Month),
                    "years" => year_ev(p.year() - 1)?,
                    _ => return None,
                };
                let first = if i > min_start && matches!(self.norm(i - 1), "in" | "over" | "during")
                {
                    i - 1
                } else {
                    i
                };
                M::one(first, i + 1, d, false)
            }
            Word::Weekend => {
                // "over the weekend", "at the weekend".
                if i <= min_start || self.norm(i - 1) != "the" {
                    return None;
                }
                let dow = p.weekday().num_days_from_monday();
                let this_week = monday(p);
                let past = if dow >= 5 {
                    this_week
                } else {
                    this_week - Days::new(7)
                };
                Some(M {
                    first: i - 1,
                    last: i,
                    past: ev(past, DatePrecision::Week),
                    future: ev(this_week, DatePrecision::Week),
                    explicit: false,
                })
            }
            Word::Weekday(wd) => self.weekday_at(i, wd),
            Word::Month => {
                let bare_ok = is_date_preposition(self.norm_before(i));
                self.month_led(i, bare_ok)
            }
            Word::Mid => {
                // "mid-June", "mid-2020", "mid-June 2020".
                let rest = &n[4..];
                if let Some(y) = year_num(rest) {
                    return M::one(i, i, year_ev(y)?, true);
                }
                if let Some((m, false)) = month(rest) {
                    if let Some(y) = self.year_at(i + 1) {
                        return M::one(i, i + 1, month_ev(y, m)?, true);
                    }
                    return self.month_without_year(i, i, m);
                }
                None
            }
            Word::Today => M::one(i, i, day_ev(p), false),
            Word::Yesterday => {
                Some(self.with_part_of_day(M::one(i, i, day_ev(p.pred_opt()?), false)?))
            }
            Word::Tomorrow => {
                Some(self.with_part_of_day(M::one(i, i, day_ev(p.succ_opt()?), false)?))
            }
            Word::Last => self.relative(i, i, -1),
            Word::Next => self.relative(i, i, 1),
            Word::This => self.relative(i, i, 0),
            Word::EarlierLater => match self.norm(i + 1) {
                "this" => self.relative(i + 1, i, 0),
                "today" | "tonight" => M::one(i, i + 1, day_ev(p), false),
                _ => None,
            },
            Word::EarlyLate => {
                let j = i + 1;
                if let Some(y) = self.year_at(j) {
                    return M::one(i, j, year_ev(y)?, true);
                }
                match self.norm(j) {
                    "last" => return self.relative(j, i, -1),
                    "next" => return self.relative(j, i, 1),
                    "this" => return self.relative(j, i, 0),
                    _ => {}
                }
                let (m, abbr) = self.month_at(j)?;
                if abbr {
                    return None;
                }
                if let Some(y) = self.year_at(j + 1) {
                    return M::one(i, j + 1, month_ev(y, m)?, true);
                }
                self.month_without_year(i, j, m)
            }
        }
    }

    /// A weekday name at `i`, possibly followed by an explicit date ("Wednesday, December 4").
    fn weekday_at(&self, i: usize, wd: u32) -> Option<M> {
        if !self.capitalized(i) {
            return None;
        }
        let mut j = i + 1;
        if self.norm(j) == "," {
            j += 1;
        }
        let explicit = self.month_led(j, false).or_else(|| {
            self.day_at(j)
                .is_some()
                .then(|| self.at_number(j))
                .flatten()
        });
        if let Some(mut m) = explicit {
            if m.past.precision == DatePrecision::Day {
                m.first = i;
                // The weekday settles the year of a date written without one.
                let named = |e: EventDate| e.date.weekday().num_days_from_monday() == wd;
                if named(m.past) && !named(m.future) {
                    m.future = m.past;
                } else if named(m.future) && !named(m.past) {
                    m.past = m.future;
                }
                return Some(m);
            }
        }
        let m = M {
            first: i,
            last: i,
            past: day_ev(self.weekday_past(wd)),
            future: day_ev(self.weekday_future(wd)),
            explicit: false,
        };
        Some(self.with_part_of_day(m))
    }

    /// "two days ago", "a year ago", "three weeks ago", "two decades ago".
    fn ago(&self, i: usize, min_start: usize) -> Option<M> {
        if i < min_start + 2 {
            return None;
        }
        let u = unit(self.norm(i - 1))?;
        let c = count(self.norm(i - 2))?;
        let p = self.p;
        let d = match u {
            Unit::Day => day_ev(add_days(p, -c)?),
            Unit::Week | Unit::Weekend => week_ev(add_days(p, -7 * c)?),
            Unit::Month => ev(add_months(p, -c)?, DatePrecision::Month),
            Unit::Year => year_ev(p.year().checked_sub(i32::try_from(c).ok()?)?)?,
            Unit::Decade => year_ev(p.year().checked_sub(i32::try_from(c * 10).ok()?)?)?,
        };
        M::one(i - 2, i, d, false)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_date_word_passes_the_filter() {
        for w in DATE_WORDS {
            assert!(may_start_date(TokenKind::Word, w.as_bytes()), "{w}");
            assert!(!matches!(word_kind(w), Word::None), "{w}");
        }
        for w in [
            "mid-may",
            "mid-june",
            "mid-2020",
            "mid-march",
            "mid-august",
            "mid-october",
            "mid-december",
            "mid-september",
        ] {
            assert!(may_start_date(TokenKind::Word, w.as_bytes()), "{w}");
        }
        assert!(may_start_date(TokenKind::Number, b"5"));
        assert!(!may_start_date(TokenKind::Punct, b"."));
        let common = [
            "the", "that", "said", "from", "they", "their", "there", "with", "have",
        ];
        let hits = common
            .iter()
            .filter(|w| may_start_date(TokenKind::Word, w.as_bytes()))
            .count();
        assert!(hits <= 1, "{hits} common words pass the filter");
    }
}

//! Reading a question about a relationship: what is asked, about whom, over which period.

use chrono::{Datelike, Days, Months, NaiveDate};
use entente_lexicon::{Lexicon, QuestionWords};
use serde::Serialize;

/// What the question asks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Intent {
    /// Where the relationship stands and where it is heading ("Is A normalising ties with B?").
    Status,
    /// Whether one side has cut or reduced relations ("Has A cut ties with B?").
    Rupture,
    /// How the relationship changed over a period ("How have relations between A and B changed
    /// since 2014?").
    Change,
    /// Whom one country met ("Who has A met with this year?").
    Meetings,
}

/// A country named in the question.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Party {
    /// CAMEO country code.
    pub code: String,
    /// Display name.
    pub name: String,
}

/// A question, understood.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Question {
    /// As asked.
    pub text: String,
    /// What it asks.
    pub intent: Intent,
    /// The first country.
    pub a: Party,
    /// The second country (absent for [`Intent::Meetings`]).
    pub b: Option<Party>,
    /// Start of the period asked about, when the question names one.
    pub from: Option<NaiveDate>,
    /// End of the period asked about (the cut-off unless the question says otherwise).
    pub to: Option<NaiveDate>,
}

impl Question {
    /// What was understood, in words, for the answer's header and for error messages.
    pub fn understood(&self, as_of: NaiveDate) -> String {
        let a = format!("{} ({})", self.a.name, self.a.code);
        let b = self
            .b
            .as_ref()
            .map(|b| format!("{} ({})", b.name, b.code))
            .unwrap_or_default();
        let period = match (self.from, self.to) {
            (Some(f), Some(t)) => format!(" from {f} to {t}"),
            (Some(f), None) => format!(" since {f}"),
            _ => String::new(),
        };
        match self.intent {
            Intent::Status => {
                format!("status of relations between {a} and {b} as of {as_of}")
            }
            Intent::Rupture => {
                format!("whether {a} has cut or reduced ties with {b}, as of {as_of}")
            }
            Intent::Change => {
                format!("how relations between {a} and {b} changed{period}, as of {as_of}")
            }
            Intent::Meetings => format!("whom {a} met{period}, as of {as_of}"),
        }
    }
}

/// Why a question could not be read; the message says what was understood.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct NotUnderstood(pub String);

/// The example questions of the lexicon, for help messages.
fn examples(q: &QuestionWords) -> String {
    let list: Vec<String> = q.examples.iter().map(|e| format!("\"{e}\"")).collect();
    format!("Try: {}", list.join(", "))
}

fn lower_words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric() && c != '-' && c != '\'')
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase())
        .collect()
}

fn has_any(words: &[String], stems: &[String]) -> bool {
    words
        .iter()
        .any(|w| stems.iter().any(|s| w.starts_with(s.as_str())))
}

fn first_in(words: &[String], list: &[String]) -> bool {
    words.first().is_some_and(|w| list.contains(w))
}

/// Reads the intent from the question's words.
fn intent(q: &QuestionWords, words: &[String]) -> Intent {
    let who = first_in(words, &q.who) || words.iter().any(|w| w == "whom");
    if who && has_any(words, &q.meeting_stems) {
        return Intent::Meetings;
    }
    let since = words.iter().any(|w| q.since_words.contains(w));
    if first_in(words, &q.how_words)
        || has_any(words, &q.change_stems)
        || since && !has_any(words, &q.status_stems)
    {
        return Intent::Change;
    }
    if has_any(words, &q.rupture_stems) {
        return Intent::Rupture;
    }
    Intent::Status
}

fn month_number(w: &str) -> Option<u32> {
    const MONTHS: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    if w.len() < 3 {
        return None;
    }
    MONTHS
        .iter()
        .position(|m| w.starts_with(m))
        .map(|i| i as u32 + 1)
}

fn year(w: &str) -> Option<i32> {
    (w.len() == 4)
        .then(|| w.parse::<i32>().ok())
        .flatten()
        .filter(|y| (1800..=2200).contains(y))
}

/// The period a question names, relative to `as_of`: "since 2014", "since March 2023",
/// "since 2023-03-10", "in 2017", "this year", "last year", "this month", "in the past 6 months".
fn period(words: &[String], as_of: NaiveDate) -> (Option<NaiveDate>, Option<NaiveDate>) {
    let ymd = |y: i32, m: u32, d: u32| NaiveDate::from_ymd_opt(y, m, d);
    for (i, w) in words.iter().enumerate() {
        let next = words.get(i + 1).map(String::as_str).unwrap_or("");
        let after = words.get(i + 2).map(String::as_str).unwrap_or("");
        match w.as_str() {
            "since" | "from" | "after" => {
                if let Ok(d) = next.parse::<NaiveDate>() {
                    return (Some(d), None);
                }
                if let Some(y) = year(next) {
                    return (ymd(y, 1, 1), None);
                }
                if let (Some(m), Some(y)) = (month_number(next), year(after)) {
                    return (ymd(y, m, 1), None);
                }
            }
            "in" | "during" => {
                if let Some(y) = year(next) {
                    return (ymd(y, 1, 1), ymd(y, 12, 31));
                }
            }
            "this" => match next {
                "year" => return (ymd(as_of.year(), 1, 1), None),
                "month" => return (ymd(as_of.year(), as_of.month(), 1), None),
                "week" => return (as_of.checked_sub_days(Days::new(7)), None),
                _ => {}
            },
            "last" | "past" => {
                let (n, unit) = match next.parse::<u32>() {
                    Ok(n) => (n, after),
                    Err(_) => (1, next),
                };
                let from = if unit.starts_with("year") {
                    if n == 1 && w == "last" && unit == "year" {
                        return (ymd(as_of.year() - 1, 1, 1), ymd(as_of.year() - 1, 12, 31));
                    }
                    as_of.checked_sub_months(Months::new(12 * n))
                } else if unit.starts_with("month") {
                    as_of.checked_sub_months(Months::new(n))
                } else if unit.starts_with("week") {
                    as_of.checked_sub_days(Days::new(7 * u64::from(n)))
                } else if unit.starts_with("day") {
                    as_of.checked_sub_days(Days::new(u64::from(n)))
                } else {
                    continue;
                };
                return (from, None);
            }
            _ => {}
        }
    }
    (None, None)
}

/// Capitalised words that are not question words and not part of a country name: the names
/// the lexicon did not know.
fn unknown_names(text: &str, known: &[entente_model::Span], not_names: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for (i, w) in text
        .split(|c: char| !c.is_alphanumeric() && c != '-' && c != '\'')
        .enumerate()
    {
        // Byte offset of the piece in `text` (separators may be several bytes: "—", "’").
        let start = w.as_ptr() as usize - text.as_ptr() as usize;
        let Some(first) = w.chars().next() else {
            continue;
        };
        if !first.is_uppercase()
            || i == 0
            || not_names.contains(&w.to_lowercase())
            || known
                .iter()
                .any(|s| (s.start as usize) <= start && start < s.end as usize)
        {
            continue;
        }
        match out.last_mut() {
            // Consecutive capitalised words form one name.
            Some(last) if text[..start].ends_with(&format!("{last} ")) => {
                last.push(' ');
                last.push_str(w);
            }
            _ => out.push(w.to_string()),
        }
    }
    out
}

/// Reads a question. `as_of` anchors relative periods ("this year").
pub fn parse(lex: &Lexicon, text: &str, as_of: NaiveDate) -> Result<Question, NotUnderstood> {
    let qw = &lex.questions;
    let examples = examples(qw);
    let text = text.trim();
    if text.is_empty() {
        return Err(NotUnderstood(format!("The question is empty. {examples}")));
    }
    if text.len() > 1000 {
        return Err(NotUnderstood(
            "The question is longer than 1,000 bytes; ask about one relationship at a time.".into(),
        ));
    }
    let words = lower_words(text);
    let intent = intent(qw, &words);
    let found = lex.countries_in(text);
    let mut parties: Vec<Party> = Vec::new();
    for (_, c) in &found {
        if !parties.iter().any(|p| p.code == c.code) {
            parties.push(Party {
                code: c.code.clone(),
                name: c.name.clone(),
            });
        }
    }
    let spans: Vec<entente_model::Span> = found.iter().map(|(s, _)| *s).collect();
    let unknown = unknown_names(text, &spans, &qw.not_names);
    let needed = if intent == Intent::Meetings { 1 } else { 2 };
    if parties.len() < needed {
        let understood = match parties.first() {
            Some(p) => format!("I understood {} ({}) ", p.name, p.code),
            None => "I found no country ".into(),
        };
        let unknown = if unknown.is_empty() {
            String::new()
        } else {
            format!(
                "and do not know {} as a country. ",
                unknown
                    .iter()
                    .map(|u| format!("\"{u}\""))
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        };
        let what = if needed == 2 {
            "This question needs two countries"
        } else {
            "This question needs a country"
        };
        let sep = if unknown.is_empty() { "in it. " } else { "" };
        return Err(NotUnderstood(format!(
            "{understood}{sep}{unknown}{what} (a name, adjective or capital of each). {examples}"
        )));
    }
    if parties.len() > 2 {
        return Err(NotUnderstood(format!(
            "I found {} countries ({}); ask about one pair at a time. {examples}",
            parties.len(),
            parties
                .iter()
                .map(|p| p.name.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        )));
    }
    let (mut from, to) = period(&words, as_of);
    if intent == Intent::Meetings && from.is_none() {
        // "Who has A met with?" without a period: the last year.
        from = as_of.checked_sub_months(Months::new(12));
    }
    let mut parties = parties.into_iter();
    Ok(Question {
        text: text.to_string(),
        intent,
        a: parties.next().expect("at least one party"),
        b: parties.next(),
        from,
        to,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<String> {
        lower_words(s)
    }

    fn qw() -> &'static QuestionWords {
        static LEX: std::sync::OnceLock<Lexicon> = std::sync::OnceLock::new();
        &LEX.get_or_init(|| Lexicon::embedded().unwrap()).questions
    }

    #[test]
    fn intents() {
        assert_eq!(
            intent(qw(), &words("Is A normalising ties with B?")),
            Intent::Status
        );
        assert_eq!(
            intent(qw(), &words("Are A and B restoring relations?")),
            Intent::Status
        );
        assert_eq!(
            intent(qw(), &words("Has A cut ties with B?")),
            Intent::Rupture
        );
        assert_eq!(
            intent(
                qw(),
                &words("How have relations between A and B changed since 2014?")
            ),
            Intent::Change
        );
        assert_eq!(
            intent(qw(), &words("Who has A met with this year?")),
            Intent::Meetings
        );
    }

    #[test]
    fn periods() {
        let as_of: NaiveDate = "2024-05-02".parse().unwrap();
        let d = |s: &str| Some(s.parse::<NaiveDate>().unwrap());
        assert_eq!(
            period(&words("changed since 2014?"), as_of),
            (d("2014-01-01"), None)
        );
        assert_eq!(
            period(&words("since March 2023"), as_of),
            (d("2023-03-01"), None)
        );
        assert_eq!(
            period(&words("met this year"), as_of),
            (d("2024-01-01"), None)
        );
        assert_eq!(
            period(&words("in 2017"), as_of),
            (d("2017-01-01"), d("2017-12-31"))
        );
        assert_eq!(
            period(&words("last year"), as_of),
            (d("2023-01-01"), d("2023-12-31"))
        );
        assert_eq!(
            period(&words("in the past 6 months"), as_of),
            (d("2023-11-02"), None)
        );
        assert_eq!(period(&words("no period here"), as_of), (None, None));
    }

    #[test]
    fn unknown_names_survive_multibyte_separators() {
        assert_eq!(
            unknown_names(
                "Is Ruritania — or Freedonia’s ally — talking?",
                &[],
                &qw().not_names
            ),
            vec!["Ruritania", "Freedonia"]
        );
    }

    #[test]
    fn unknown_capitalised_names_are_reported() {
        assert_eq!(
            unknown_names(
                "Is Ruritania normalising ties with Freedonia?",
                &[],
                &qw().not_names
            ),
            vec!["Ruritania", "Freedonia"]
        );
        assert_eq!(
            unknown_names("Is New Ruritania talking?", &[], &qw().not_names),
            vec!["New Ruritania"]
        );
    }
}

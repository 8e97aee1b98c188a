//! Relations: where each relationship stands over time, and answers with cited evidence.
//!
//! The store holds events and relation states; this crate reads those of one dyad (or of one
//! country with all its partners), turns each into a dated [`status::Signal`], and decides a
//! [`Verdict`] with [`status::assess`] under the conventions documented there. Only documents
//! published on or before the cut-off (`as_of`) are used, so an answer is what an analyst could
//! have known that day.
//!
//! ```no_run
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let lex = entente_lexicon::Lexicon::embedded()?;
//! let store = entente_store::Store::open_read_only("entente.db".as_ref())?;
//! let answer = entente_relations::ask(&store, &lex, "Are France and Chad restoring ties?", None)?;
//! println!("{}: {}", answer.verdict.map_or("-", |v| v.as_str()), answer.summary);
//! # Ok(()) }
//! ```

pub mod question;
pub mod status;

mod evidence;

use chrono::{Days, NaiveDate};
use entente_lexicon::Lexicon;
use entente_store::{Store, StoreError};
use serde::Serialize;

pub use evidence::{Cited, Fact, FactKind, TimelineEntry};
pub use question::{Intent, NotUnderstood, Party, Question};
pub use status::{Assessment, Signal, Verdict};

use evidence::{cite, gather, timeline};

/// Why a question or brief could not be answered.
#[derive(Debug, thiserror::Error)]
pub enum AskError {
    /// The question was not understood; the message says what was.
    #[error(transparent)]
    NotUnderstood(#[from] NotUnderstood),
    /// The store could not be read.
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl AskError {
    /// True when the asker can fix it (a question or a name not understood), false when the
    /// store failed.
    pub fn is_user_error(&self) -> bool {
        match self {
            AskError::NotUnderstood(_) => true,
            AskError::Store(e) => matches!(e, StoreError::InvalidQuery(_)),
        }
    }
}

/// The answer to a question.
#[derive(Debug, Clone, Serialize)]
pub struct Answer {
    /// The question as asked.
    pub question: String,
    /// What was understood.
    pub understood: String,
    /// The kind of question.
    pub intent: Intent,
    /// The two countries (the second is `null` for "who has A met").
    pub dyad: [Option<String>; 2],
    /// Their names.
    pub names: [Option<String>; 2],
    /// The information cut-off: only documents published on or before it were used.
    pub as_of: NaiveDate,
    /// Start of the period asked about.
    pub from: Option<NaiveDate>,
    /// The verdict (`null` for "who has A met").
    pub verdict: Option<Verdict>,
    /// What the verdict means.
    pub verdict_meaning: Option<&'static str>,
    /// "yes" or "no" for yes-or-no questions about a rupture.
    pub answer: Option<&'static str>,
    /// One paragraph.
    pub summary: String,
    /// What happened, oldest first.
    pub timeline: Vec<TimelineEntry>,
    /// The evidence behind the answer, most decisive first.
    pub evidence: Vec<Cited>,
    /// For "who has A met": each partner with its meetings.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub partners: Vec<PartnerMeetings>,
    /// The assessment's facts (dates of the turning points, recent weights).
    pub assessment: Option<Assessment>,
    /// The verdict over time: at each turning point (a sign of formal relations, a statement
    /// of none, a rupture) and at the cut-off, from what had been published by then.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub history: Vec<HistoryPoint>,
}

/// The verdict on one day.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HistoryPoint {
    /// The day.
    pub date: NaiveDate,
    /// The verdict with what was published by that day.
    pub verdict: Verdict,
}

/// At most this many points of history (the latest ones).
const MAX_HISTORY: usize = 50;

/// The verdict at each turning point of `facts` and at `as_of`; consecutive equal verdicts are
/// merged into the first.
fn history(facts: &[Fact], as_of: NaiveDate) -> Vec<HistoryPoint> {
    let mut days: Vec<NaiveDate> = facts
        .iter()
        .filter(|f| {
            matches!(
                f.item.signal,
                Signal::Formal | Signal::NoFormal | Signal::Rupture
            )
        })
        .map(|f| f.published.max(f.item.date))
        .filter(|d| *d <= as_of)
        .collect();
    days.push(as_of);
    days.sort_unstable();
    days.dedup();
    let skip = days.len().saturating_sub(MAX_HISTORY);
    let mut out: Vec<HistoryPoint> = Vec::new();
    for d in days.into_iter().skip(skip) {
        let items: Vec<status::Item> = facts
            .iter()
            .filter(|f| f.published <= d && f.item.date <= d)
            .map(|f| f.item)
            .collect();
        let verdict = status::assess(&items, d).verdict;
        if out.last().is_none_or(|p| p.verdict != verdict) {
            out.push(HistoryPoint { date: d, verdict });
        }
    }
    out
}

/// One partner in an answer to "who has A met".
#[derive(Debug, Clone, Serialize)]
pub struct PartnerMeetings {
    /// Country code.
    pub code: String,
    /// Name.
    pub name: String,
    /// Meetings, visits and talks reported.
    pub meetings: usize,
    /// The latest one.
    pub last: NaiveDate,
}

/// One partner on a country's relations board.
#[derive(Debug, Clone, Serialize)]
pub struct BriefRow {
    /// Country code.
    pub partner: String,
    /// Name.
    pub name: String,
    /// Verdict at the cut-off.
    pub verdict: Verdict,
    /// Why.
    pub reason: String,
    /// `improving`, `worsening`, `steady` or `quiet` (nothing in the last 90 days).
    pub trend: &'static str,
    /// Reports (events and states) about the pair.
    pub reports: usize,
    /// Cooperative reports.
    pub cooperative: usize,
    /// Conflictual reports.
    pub conflictual: usize,
    /// Date of the latest report.
    pub last_date: NaiveDate,
    /// The latest report, in words.
    pub last: String,
}

/// A country's relations board.
#[derive(Debug, Clone, Serialize)]
pub struct Brief {
    /// Country code.
    pub country: String,
    /// Name.
    pub name: String,
    /// The cut-off.
    pub as_of: NaiveDate,
    /// The region the partners were limited to.
    pub among: Option<String>,
    /// Every partner with reports, most reported first.
    pub partners: Vec<BriefRow>,
    /// Members of the region without any report with the country (verdict `unknown`).
    pub silent: Vec<String>,
}

/// Today.
pub fn today() -> NaiveDate {
    chrono::Utc::now().date_naive()
}

/// The cut-off when none is given: today, or the publication date of the newest stored
/// document when that is earlier, so that an archive is read as of what it knows rather than
/// as of a day it has no news about.
pub fn default_as_of(store: &Store) -> Result<NaiveDate, StoreError> {
    let today = today();
    Ok(store
        .newest_document_date()?
        .map_or(today, |d| d.min(today)))
}

/// An answer to `q` at `as_of` with what every kind of question shares; the rest is empty.
fn answer_to(q: &Question, as_of: NaiveDate, summary: String) -> Answer {
    Answer {
        question: q.text.clone(),
        understood: q.understood(as_of),
        intent: q.intent,
        dyad: [Some(q.a.code.clone()), q.b.as_ref().map(|b| b.code.clone())],
        names: [Some(q.a.name.clone()), q.b.as_ref().map(|b| b.name.clone())],
        as_of,
        from: q.from,
        verdict: None,
        verdict_meaning: None,
        answer: None,
        summary,
        timeline: Vec::new(),
        evidence: Vec::new(),
        partners: Vec::new(),
        assessment: None,
        history: Vec::new(),
    }
}

/// Answers a question about a relationship from the store, using only documents published on
/// or before `as_of` (when `None`: [`default_as_of`]).
pub fn ask(
    store: &Store,
    lex: &Lexicon,
    text: &str,
    as_of: Option<NaiveDate>,
) -> Result<Answer, AskError> {
    let as_of = as_of.map_or_else(|| default_as_of(store), Ok)?;
    let q = question::parse(lex, text, as_of)?;
    Ok(match q.intent {
        Intent::Meetings => meetings(store, lex, &q, as_of)?,
        _ => dyad_answer(store, &q, as_of)?,
    })
}

fn dyad_answer(store: &Store, q: &Question, as_of: NaiveDate) -> Result<Answer, AskError> {
    let b = q.b.as_ref().expect("dyad questions have two parties");
    let facts = gather(store, &q.a.code, Some(&b.code), as_of)?;
    let items: Vec<status::Item> = facts.iter().map(|f| f.item).collect();
    let assessment = status::assess(&items, as_of);
    let mut summary = evidence::summary(&q.a, b, &facts, &assessment, as_of);
    let mut answer = None;
    let mut shown: Vec<&Fact> = facts.iter().collect();
    match q.intent {
        Intent::Rupture => {
            let cuts: Vec<&Fact> = facts
                .iter()
                .filter(|f| {
                    f.item.signal == Signal::Rupture
                        && f.source_country.as_deref() == Some(q.a.code.as_str())
                        && q.from.is_none_or(|from| f.item.date >= from)
                })
                .collect();
            let lead = match cuts.last() {
                Some(f) => {
                    answer = Some("yes");
                    format!(
                        "Yes: the latest report of {} cutting or reducing ties with {} is dated {} \
                         (\"{}\", {}).",
                        q.a.name,
                        b.name,
                        f.item.date,
                        evidence::clip(&f.sentence, 160),
                        f.doc_id
                    )
                }
                None => {
                    answer = Some("no");
                    format!(
                        "No report in the store says that {} cut or reduced ties with {}.",
                        q.a.name, b.name
                    )
                }
            };
            summary = format!("{lead} {summary}");
        }
        Intent::Change => {
            let from = q.from.unwrap_or(NaiveDate::MIN);
            let then_items: Vec<status::Item> = facts
                .iter()
                .filter(|f| f.published <= from)
                .map(|f| f.item)
                .collect();
            let then = status::assess(&then_items, from);
            let counts = evidence::yearly_counts(&facts, from);
            let lead = if q.from.is_some() {
                format!(
                    "On {from}: {} ({}). As of {as_of}: {}.",
                    then.verdict.as_str(),
                    then.reason,
                    assessment.verdict.as_str()
                )
            } else {
                String::new()
            };
            summary = format!("{lead} {summary} {counts}").trim().to_string();
            shown.retain(|f| f.item.date >= from);
        }
        _ => {}
    }
    let evidence = cite(&facts, &assessment, as_of);
    Ok(Answer {
        verdict: Some(assessment.verdict),
        verdict_meaning: Some(assessment.verdict.meaning()),
        answer,
        timeline: timeline(&shown),
        evidence,
        history: history(&facts, as_of),
        assessment: Some(assessment),
        ..answer_to(q, as_of, summary)
    })
}

fn meetings(
    store: &Store,
    lex: &Lexicon,
    q: &Question,
    as_of: NaiveDate,
) -> Result<Answer, AskError> {
    let from = q.from.unwrap_or(NaiveDate::MIN);
    let to = q.to.unwrap_or(as_of).min(as_of);
    let facts: Vec<Fact> = gather(store, &q.a.code, None, as_of)?
        .into_iter()
        .filter(|f| f.is_meeting() && f.item.date >= from && f.item.date <= to)
        .collect();
    let mut partners: Vec<PartnerMeetings> = Vec::new();
    for f in &facts {
        let Some(p) = f.partner(&q.a.code) else {
            continue;
        };
        match partners.iter_mut().find(|x| x.code == p) {
            Some(x) => {
                x.meetings += 1;
                x.last = x.last.max(f.item.date);
            }
            None => partners.push(PartnerMeetings {
                code: p.to_string(),
                name: lex
                    .country(p)
                    .map_or_else(|| f.partner_name(&q.a.code), |c| c.name.clone()),
                meetings: 1,
                last: f.item.date,
            }),
        }
    }
    partners.sort_by(|x, y| y.meetings.cmp(&x.meetings).then(y.last.cmp(&x.last)));
    let period = match q.from {
        Some(f) => format!("between {f} and {to}"),
        None => format!("up to {to}"),
    };
    let summary = if partners.is_empty() {
        format!(
            "No meeting, visit or talks involving {} {period} is in the store (documents \
             published by {as_of}).",
            q.a.name
        )
    } else {
        let list: Vec<String> = partners
            .iter()
            .map(|p| {
                format!(
                    "{} ({} report{}, latest {})",
                    p.name,
                    p.meetings,
                    if p.meetings == 1 { "" } else { "s" },
                    p.last
                )
            })
            .collect();
        format!(
            "{} met, visited, hosted or held talks with {} partner{} {period}: {}.",
            q.a.name,
            partners.len(),
            if partners.len() == 1 { "" } else { "s" },
            list.join("; ")
        )
    };
    let refs: Vec<&Fact> = facts.iter().collect();
    let mut evidence: Vec<Cited> = facts.iter().rev().map(Cited::from).collect();
    evidence.truncate(evidence::MAX_CITED);
    Ok(Answer {
        timeline: timeline(&refs),
        evidence,
        partners,
        ..answer_to(q, as_of, summary)
    })
}

/// The relations board of one country (a code such as `ISR`, or a name) at `as_of` (when
/// `None`: [`default_as_of`]): every partner it has reports with, its verdict and trend.
pub fn brief(
    store: &Store,
    lex: &Lexicon,
    country: &str,
    as_of: Option<NaiveDate>,
) -> Result<Brief, AskError> {
    brief_among(store, lex, country, None, as_of)
}

/// [`brief`] limited to the partners in a region ("the Arab world", "Gulf states"): every
/// member appears, those without reports as `unknown`.
pub fn brief_among(
    store: &Store,
    lex: &Lexicon,
    country: &str,
    region: Option<&str>,
    as_of: Option<NaiveDate>,
) -> Result<Brief, AskError> {
    let among = match region {
        Some(r) => Some(lex.region_in(r).ok_or_else(|| {
            let known: Vec<&str> = lex.regions.iter().map(|x| x.name.as_str()).collect();
            NotUnderstood(format!(
                "I do not know {r:?} as a region; the lexicon knows: {}.",
                known.join(", ")
            ))
        })?),
        None => None,
    };
    let as_of = as_of.map_or_else(|| default_as_of(store), Ok)?;
    let code = country.trim().to_ascii_uppercase();
    let c = lex
        .country(&code)
        .or_else(|| lex.countries_in(country).first().map(|(_, c)| *c))
        .ok_or_else(|| {
            NotUnderstood(format!(
                "I do not know {country:?} as a country: give a name (\"Morocco\"), an \
                 adjective (\"Moroccan\") or a CAMEO code (\"MAR\")."
            ))
        })?;
    let facts = gather(store, &c.code, None, as_of)?;
    let mut by_partner: Vec<(String, Vec<&Fact>)> = Vec::new();
    for f in &facts {
        let Some(p) = f.partner(&c.code) else {
            continue;
        };
        if lex.country(p).is_none() {
            continue;
        }
        if among.as_ref().is_some_and(|(_, m)| !m.contains(&p)) {
            continue;
        }
        match by_partner.iter_mut().find(|(x, _)| x == p) {
            Some((_, v)) => v.push(f),
            None => by_partner.push((p.to_string(), vec![f])),
        }
    }
    let recent_from = as_of.checked_sub_days(Days::new(status::RECENT_DAYS));
    let before_from = as_of.checked_sub_days(Days::new(2 * status::RECENT_DAYS));
    let mut partners = Vec::new();
    for (p, fs) in by_partner {
        let items: Vec<status::Item> = fs.iter().map(|f| f.item).collect();
        let a = status::assess(&items, as_of);
        let net = |lo: Option<NaiveDate>, hi: Option<NaiveDate>| -> (f64, usize) {
            let mut sum = 0.0;
            let mut n = 0;
            for f in &fs {
                let d = Some(f.item.date);
                if d > lo && (hi.is_none() || d <= hi) {
                    n += 1;
                    if f.item.signal.is_cooperative() {
                        sum += f.item.weight;
                    } else if f.item.signal.is_conflictual() {
                        sum -= f.item.weight;
                    }
                }
            }
            (sum, n)
        };
        let (now, n_now) = net(recent_from, None);
        let (before, _) = net(before_from, recent_from);
        let trend = if n_now == 0 {
            "quiet"
        } else if now > before + 1.0 {
            "improving"
        } else if now < before - 1.0 {
            "worsening"
        } else {
            "steady"
        };
        let last = fs
            .iter()
            .max_by_key(|f| f.item.date)
            .expect("a partner has reports");
        partners.push(BriefRow {
            name: lex.country(&p).map_or(p.clone(), |c| c.name.clone()),
            partner: p,
            verdict: a.verdict,
            reason: a.reason,
            trend,
            reports: fs.len(),
            cooperative: fs.iter().filter(|f| f.item.signal.is_cooperative()).count(),
            conflictual: fs.iter().filter(|f| f.item.signal.is_conflictual()).count(),
            last_date: last.item.date,
            last: last.describe(),
        });
    }
    partners.sort_by(|x, y| {
        y.reports
            .cmp(&x.reports)
            .then(y.last_date.cmp(&x.last_date))
            .then(x.partner.cmp(&y.partner))
    });
    let mut silent = Vec::new();
    if let Some((_, members)) = &among {
        for m in members {
            if *m == c.code || partners.iter().any(|p| p.partner == *m) {
                continue;
            }
            silent.push(m.to_string());
        }
    }
    Ok(Brief {
        country: c.code.clone(),
        name: c.name.clone(),
        as_of,
        among: among.map(|(r, _)| r.name.clone()),
        partners,
        silent,
    })
}

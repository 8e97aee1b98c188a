//! Conversions between model values and their stored form.

use chrono::{Datelike, NaiveDate};
use entente_model::{DatePrecision, EventDate, Modality, SentenceKind};

pub(crate) const MODALITIES: [Modality; 6] = [
    Modality::Assertion,
    Modality::Intent,
    Modality::Future,
    Modality::Negated,
    Modality::Hypothetical,
    Modality::Question,
];

pub(crate) fn parse_modality(s: &str) -> Option<Modality> {
    MODALITIES.into_iter().find(|m| m.as_str() == s)
}

pub(crate) fn precision_str(p: DatePrecision) -> &'static str {
    match p {
        DatePrecision::Day => "day",
        DatePrecision::Week => "week",
        DatePrecision::Month => "month",
        DatePrecision::Year => "year",
    }
}

pub(crate) fn parse_precision(s: &str) -> Option<DatePrecision> {
    Some(match s {
        "day" => DatePrecision::Day,
        "week" => DatePrecision::Week,
        "month" => DatePrecision::Month,
        "year" => DatePrecision::Year,
        _ => return None,
    })
}

pub(crate) fn sentence_kind_str(k: SentenceKind) -> &'static str {
    match k {
        SentenceKind::Headline => "headline",
        SentenceKind::Body => "body",
        SentenceKind::Boilerplate => "boilerplate",
    }
}

pub(crate) fn date_str(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

pub(crate) fn parse_date(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()
}

/// Day number used for period overlap tests.
pub(crate) fn day_number(d: NaiveDate) -> i64 {
    d.num_days_from_ce() as i64
}

/// The `[first, last]` day numbers of a dated period.
pub(crate) fn period(d: EventDate) -> (i64, i64) {
    (day_number(d.date), day_number(d.end()))
}

pub(crate) fn event_date(date: Option<String>, precision: Option<String>) -> Option<EventDate> {
    let date = parse_date(date.as_deref()?)?;
    let precision = precision
        .as_deref()
        .and_then(parse_precision)
        .unwrap_or(DatePrecision::Day);
    Some(EventDate { date, precision })
}

pub(crate) fn join_sectors(sectors: &[String]) -> String {
    sectors.join(" ")
}

pub(crate) fn split_sectors(s: &str) -> Vec<String> {
    s.split_whitespace().map(str::to_string).collect()
}

/// The publisher a document counts for in `num_sources`: its `source`, else the host of its
/// URL, else the document itself.
pub(crate) fn source_key(source: Option<&str>, url: Option<&str>, doc_id: &str) -> String {
    if let Some(s) = source.map(str::trim).filter(|s| !s.is_empty()) {
        return s.to_lowercase();
    }
    if let Some(host) = url.and_then(url_host) {
        return host;
    }
    format!("document:{doc_id}")
}

fn url_host(url: &str) -> Option<String> {
    let rest = url.split_once("://").map(|(_, r)| r).unwrap_or(url);
    let host = rest
        .split(['/', '?', '#'])
        .next()?
        .rsplit('@')
        .next()?
        .split(':')
        .next()?
        .trim()
        .to_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host).to_string();
    (!host.is_empty()).then_some(host)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn source_keys() {
        assert_eq!(source_key(Some(" Reuters "), None, "x"), "reuters");
        assert_eq!(
            source_key(None, Some("https://www.bbc.co.uk/news/1?x=y"), "x"),
            "bbc.co.uk"
        );
        assert_eq!(
            source_key(Some(""), Some("http://user@host.org:8080/a"), "x"),
            "host.org"
        );
        assert_eq!(source_key(None, None, "d1"), "document:d1");
    }

    #[test]
    fn names_round_trip() {
        for m in MODALITIES {
            assert_eq!(parse_modality(m.as_str()), Some(m));
        }
        for p in [
            DatePrecision::Day,
            DatePrecision::Week,
            DatePrecision::Month,
            DatePrecision::Year,
        ] {
            assert_eq!(parse_precision(precision_str(p)), Some(p));
        }
    }
}

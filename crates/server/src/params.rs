//! Query parameters: read as name–value pairs, each checked against a bound, so that every
//! endpoint reports a bad parameter the same way (400, naming the parameter).

use axum::extract::rejection::QueryRejection;
use axum::extract::Query;
use chrono::NaiveDate;
use entente_model::Modality;
use entente_store::{ActorMatch, EventFilter, EventOrder};

use crate::ApiError;

/// Longest free-text value (a question, a full-text query), in characters.
pub const MAX_TEXT_CHARS: usize = 500;
/// Longest other value (a code, a date, a number), in characters.
pub const MAX_VALUE_CHARS: usize = 100;
/// Most items in a comma-separated list, and most parameters in one request.
pub const MAX_ITEMS: usize = 32;

/// The query string of a request.
pub struct Params(Vec<(String, String)>);

impl Params {
    /// Takes axum's parse of the query string, turning a malformed one into a 400.
    pub fn from_query(
        q: Result<Query<Vec<(String, String)>>, QueryRejection>,
    ) -> Result<Params, ApiError> {
        let Query(pairs) =
            q.map_err(|e| ApiError::BadRequest(format!("malformed query string: {e}")))?;
        if pairs.len() > MAX_ITEMS {
            return Err(ApiError::BadRequest(format!(
                "at most {MAX_ITEMS} query parameters"
            )));
        }
        Ok(Params(pairs))
    }

    /// The values given for `name`, trimmed, empty ones left out.
    fn values<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        self.0
            .iter()
            .filter(move |(k, _)| k == name)
            .map(|(_, v)| v.trim())
            .filter(|v| !v.is_empty())
    }

    /// The last non-empty value of `name`, at most `max_chars` long.
    pub fn text(&self, name: &str, max_chars: usize) -> Result<Option<String>, ApiError> {
        match self.values(name).last() {
            None => Ok(None),
            Some(v) if v.chars().count() > max_chars => Err(ApiError::BadRequest(format!(
                "{name}: at most {max_chars} characters"
            ))),
            Some(v) => Ok(Some(v.to_string())),
        }
    }

    /// A short value (a code, a date, a number).
    pub fn value(&self, name: &str) -> Result<Option<String>, ApiError> {
        self.text(name, MAX_VALUE_CHARS)
    }

    /// A required short value.
    pub fn required(&self, name: &str) -> Result<String, ApiError> {
        self.value(name)?
            .ok_or_else(|| ApiError::BadRequest(format!("{name}: required")))
    }

    /// Comma-separated items over every occurrence of `name`.
    pub fn list(&self, name: &str) -> Result<Vec<String>, ApiError> {
        let mut out = Vec::new();
        for v in self.values(name) {
            if v.chars().count() > MAX_TEXT_CHARS {
                return Err(ApiError::BadRequest(format!(
                    "{name}: at most {MAX_TEXT_CHARS} characters"
                )));
            }
            out.extend(
                v.split(',')
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .map(str::to_string),
            );
        }
        if out.len() > MAX_ITEMS {
            return Err(ApiError::BadRequest(format!(
                "{name}: at most {MAX_ITEMS} items"
            )));
        }
        Ok(out)
    }

    /// A date, `YYYY-MM-DD`.
    pub fn date(&self, name: &str) -> Result<Option<NaiveDate>, ApiError> {
        self.value(name)?
            .map(|v| {
                NaiveDate::parse_from_str(&v, "%Y-%m-%d")
                    .map_err(|_| ApiError::BadRequest(format!("{name}: {v:?} is not YYYY-MM-DD")))
            })
            .transpose()
    }

    /// A whole number in `min..=max`.
    pub fn number(&self, name: &str, min: u64, max: u64) -> Result<Option<u64>, ApiError> {
        self.value(name)?
            .map(|v| match v.parse::<u64>() {
                Ok(n) if (min..=max).contains(&n) => Ok(n),
                _ => Err(ApiError::BadRequest(format!(
                    "{name}: {v:?} is not a whole number from {min} to {max}"
                ))),
            })
            .transpose()
    }

    /// `true`/`false` (also `1`/`0`, `yes`/`no`); absent is false.
    pub fn flag(&self, name: &str) -> Result<bool, ApiError> {
        match self.value(name)?.as_deref() {
            None => Ok(false),
            Some("true" | "1" | "yes" | "on") => Ok(true),
            Some("false" | "0" | "no" | "off") => Ok(false),
            Some(v) => Err(ApiError::BadRequest(format!(
                "{name}: {v:?} is not true or false"
            ))),
        }
    }

    /// An actor code (`ISR`, `ISRGOV`).
    pub fn actor(&self, name: &str) -> Result<Option<ActorMatch>, ApiError> {
        self.value(name)?.map(|v| actor(name, &v)).transpose()
    }

    /// The event filters shared by the events and dyad endpoints: `cameo`, `quad`, `modality`
    /// (or `all`), `from`, `to`, `text`, `min_sources`.
    pub fn filter(&self) -> Result<EventFilter, ApiError> {
        let mut quad_classes = Vec::new();
        for q in self.list("quad")? {
            match q.parse::<u8>() {
                Ok(n @ 1..=4) => quad_classes.push(n),
                _ => {
                    return Err(ApiError::BadRequest(format!(
                        "quad: {q:?} is not a quad class (1 to 4)"
                    )))
                }
            }
        }
        let cameo = self.list("cameo")?;
        for c in &cameo {
            if c.len() > 4 || !c.bytes().all(|b| b.is_ascii_digit()) {
                return Err(ApiError::BadRequest(format!(
                    "cameo: {c:?} is not a CAMEO code or root"
                )));
            }
        }
        let names = self.list("modality")?;
        let modalities = if self.flag("all_modalities")? || names.iter().any(|m| m == "all") {
            Some(ALL_MODALITIES.to_vec())
        } else if names.is_empty() {
            None
        } else {
            Some(
                names
                    .iter()
                    .map(|m| {
                        ALL_MODALITIES
                            .into_iter()
                            .find(|x| x.as_str() == m.to_ascii_lowercase())
                            .ok_or_else(|| {
                                ApiError::BadRequest(format!(
                                    "modality: {m:?} is not one of assertion, intent, future, \
                                     negated, hypothetical, question, all"
                                ))
                            })
                    })
                    .collect::<Result<Vec<_>, _>>()?,
            )
        };
        Ok(EventFilter {
            cameo,
            quad_classes,
            modalities,
            from: self.date("from")?,
            to: self.date("to")?,
            text: self.text("text", MAX_VALUE_CHARS * 2)?,
            min_sources: self.number("min_sources", 0, 1_000_000)?.unwrap_or(0) as u32,
            ..EventFilter::default()
        })
    }

    /// `sort`: `date` (default), `recent` or `notable`.
    pub fn order(&self) -> Result<EventOrder, ApiError> {
        match self.value("sort")?.as_deref() {
            None | Some("date") => Ok(EventOrder::Date),
            Some("recent") => Ok(EventOrder::DateDesc),
            Some("notable") => Ok(EventOrder::Notable),
            Some(v) => Err(ApiError::BadRequest(format!(
                "sort: {v:?} is not date, recent or notable"
            ))),
        }
    }
}

/// Every modality, in the order of the model.
pub const ALL_MODALITIES: [Modality; 6] = [
    Modality::Assertion,
    Modality::Intent,
    Modality::Future,
    Modality::Negated,
    Modality::Hypothetical,
    Modality::Question,
];

/// Parses an actor code, naming the parameter on failure.
pub fn actor(name: &str, v: &str) -> Result<ActorMatch, ApiError> {
    ActorMatch::parse(v).map_err(|e| ApiError::BadRequest(format!("{name}: {e}")))
}

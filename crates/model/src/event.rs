//! Events and the output contract.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::{CameoCode, RelationState, Span};

/// How a sentence presents an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Modality {
    /// Happened or is happening.
    Assertion,
    /// Wanted, sought, hoped for, planned.
    Intent,
    /// Scheduled or announced: "is due to", "will".
    Future,
    /// Explicitly did not or will not happen.
    Negated,
    /// Conditional or speculative: "would", "could", "if".
    Hypothetical,
    /// Asked about.
    Question,
}

impl Modality {
    /// The snake_case name.
    pub fn as_str(self) -> &'static str {
        match self {
            Modality::Assertion => "assertion",
            Modality::Intent => "intent",
            Modality::Future => "future",
            Modality::Negated => "negated",
            Modality::Hypothetical => "hypothetical",
            Modality::Question => "question",
        }
    }

    /// Whether events with this modality are emitted by default (negated, hypothetical and
    /// question events need `--all-modalities`).
    pub fn is_default_output(self) -> bool {
        matches!(
            self,
            Modality::Assertion | Modality::Intent | Modality::Future
        )
    }
}

/// How precisely a date is known; the date names the start of the period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DatePrecision {
    /// The exact day.
    Day,
    /// The week starting on the date (Monday).
    Week,
    /// The month starting on the date.
    Month,
    /// The year starting on the date.
    Year,
}

/// A date with its precision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct EventDate {
    /// Start of the period.
    pub date: NaiveDate,
    /// Length of the period.
    pub precision: DatePrecision,
}

impl EventDate {
    /// A single day.
    pub fn day(date: NaiveDate) -> EventDate {
        EventDate {
            date,
            precision: DatePrecision::Day,
        }
    }

    /// The last day of the period.
    pub fn end(self) -> NaiveDate {
        use chrono::{Datelike, Days, Months};
        match self.precision {
            DatePrecision::Day => self.date,
            DatePrecision::Week => self.date + Days::new(6),
            DatePrecision::Month => {
                let first = self.date.with_day(1).unwrap_or(self.date);
                first + Months::new(1) - Days::new(1)
            }
            DatePrecision::Year => {
                NaiveDate::from_ymd_opt(self.date.year(), 12, 31).unwrap_or(self.date)
            }
        }
    }
}

/// An actor as coded in one sentence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Actor {
    /// Full CAMEO actor code: country or prefix plus sectors ("ISRGOV").
    pub code: String,
    /// The three-letter country or prefix ("ISR", "IGO"), when there is one.
    pub country: Option<String>,
    /// Sector codes after the country ("GOV").
    pub sectors: Vec<String>,
    /// Surface text.
    pub text: String,
    /// Bytes of the document text.
    pub span: Span,
    /// Lexicon entry (or entries, joined by `+`) that gave the code.
    pub entry: Option<String>,
}

impl Actor {
    /// Builds the code from a country and sectors.
    pub fn compose_code(country: Option<&str>, sectors: &[String]) -> String {
        let mut code = country.unwrap_or("").to_string();
        for s in sectors {
            code.push_str(s);
        }
        code
    }
}

/// Who reported or claimed the event ("Reuters reported").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attribution {
    /// Surface text of the reporter.
    pub text: String,
    /// Actor code of the reporter, when known.
    pub code: Option<String>,
}

/// Where the event happened.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Location {
    /// Country code.
    pub country: Option<String>,
    /// Place name as written.
    pub place: Option<String>,
}

/// The words that triggered the event, and the lexicon pattern that matched.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Trigger {
    /// Surface text from the first to the last matched pattern word.
    pub text: String,
    /// Bytes of the document text.
    pub span: Span,
    /// Pattern that matched: `file:line`.
    pub entry: Option<String>,
}

/// One coded event: who did what to whom, when, where, according to whom.
#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    /// Document.
    pub doc_id: String,
    /// Sentence position in the document.
    pub sentence_index: u32,
    /// Sentence text.
    pub sentence: String,
    /// Sentence bytes in the document text.
    pub sentence_span: Span,
    /// Who acted.
    pub source: Actor,
    /// Who was acted upon.
    pub target: Option<Actor>,
    /// CAMEO event code.
    pub cameo: CameoCode,
    /// How the sentence presents it.
    pub modality: Modality,
    /// Reporting source, when the sentence names one.
    pub attribution: Option<Attribution>,
    /// When it happened or is planned.
    pub date: Option<EventDate>,
    /// Where.
    pub location: Option<Location>,
    /// Trigger words.
    pub trigger: Trigger,
    /// Lexicon version that coded it.
    pub lexicon_version: String,
}

#[derive(Serialize, Deserialize)]
struct EventRecord {
    doc_id: String,
    sentence_index: u32,
    sentence: String,
    sentence_span: Span,
    source: Actor,
    target: Option<Actor>,
    cameo: CameoCode,
    root: String,
    cameo_name: String,
    goldstein: f32,
    quad_class: u8,
    plover: Option<String>,
    modality: Modality,
    attribution: Option<Attribution>,
    date: Option<NaiveDate>,
    date_precision: Option<DatePrecision>,
    location: Option<Location>,
    trigger: Trigger,
    lexicon_version: String,
}

impl From<&Event> for EventRecord {
    fn from(e: &Event) -> Self {
        let entry = e.cameo.entry();
        EventRecord {
            doc_id: e.doc_id.clone(),
            sentence_index: e.sentence_index,
            sentence: e.sentence.clone(),
            sentence_span: e.sentence_span,
            source: e.source.clone(),
            target: e.target.clone(),
            cameo: e.cameo,
            root: e.cameo.root().to_string(),
            cameo_name: entry.name.to_string(),
            goldstein: entry.goldstein,
            quad_class: entry.quad_class,
            plover: entry.plover.map(str::to_string),
            modality: e.modality,
            attribution: e.attribution.clone(),
            date: e.date.map(|d| d.date),
            date_precision: e.date.map(|d| d.precision),
            location: e.location.clone(),
            trigger: e.trigger.clone(),
            lexicon_version: e.lexicon_version.clone(),
        }
    }
}

impl From<EventRecord> for Event {
    fn from(r: EventRecord) -> Self {
        Event {
            doc_id: r.doc_id,
            sentence_index: r.sentence_index,
            sentence: r.sentence,
            sentence_span: r.sentence_span,
            source: r.source,
            target: r.target,
            cameo: r.cameo,
            modality: r.modality,
            attribution: r.attribution,
            date: r.date.map(|date| EventDate {
                date,
                precision: r.date_precision.unwrap_or(DatePrecision::Day),
            }),
            location: r.location,
            trigger: r.trigger,
            lexicon_version: r.lexicon_version,
        }
    }
}

impl Serialize for Event {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        EventRecord::from(self).serialize(s)
    }
}

impl<'de> Deserialize<'de> for Event {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        EventRecord::deserialize(d).map(Event::from)
    }
}

/// One line of `entente code` output.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
// Records are built one at a time on the way out; boxing would only add an allocation.
#[allow(clippy::large_enum_variant)]
pub enum Record {
    /// A coded event.
    Event(Event),
    /// A relation state.
    State(RelationState),
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Event {
        Event {
            doc_id: "d".into(),
            sentence_index: 1,
            sentence: "Israeli officials are seeking to normalise ties with Morocco.".into(),
            sentence_span: Span::new(10, 71),
            source: Actor {
                code: "ISRGOV".into(),
                country: Some("ISR".into()),
                sectors: vec!["GOV".into()],
                text: "Israeli officials".into(),
                span: Span::new(10, 27),
                entry: Some("country:ISR+agent:official".into()),
            },
            target: None,
            cameo: CameoCode::parse("032").unwrap(),
            modality: Modality::Intent,
            attribution: Some(Attribution {
                text: "Israeli media".into(),
                code: Some("ISRMED".into()),
            }),
            date: Some(EventDate {
                date: NaiveDate::from_ymd_opt(2019, 11, 1).unwrap(),
                precision: DatePrecision::Month,
            }),
            location: None,
            trigger: Trigger {
                text: "seeking to normalise ties".into(),
                span: Span::new(32, 57),
                entry: None,
            },
            lexicon_version: "test".into(),
        }
    }

    #[test]
    fn record_contract_has_every_key() {
        let json = serde_json::to_value(Record::Event(sample())).unwrap();
        let obj = json.as_object().unwrap();
        for key in [
            "kind",
            "doc_id",
            "sentence_index",
            "sentence",
            "sentence_span",
            "source",
            "target",
            "cameo",
            "root",
            "cameo_name",
            "goldstein",
            "quad_class",
            "plover",
            "modality",
            "attribution",
            "date",
            "date_precision",
            "location",
            "trigger",
            "lexicon_version",
        ] {
            assert!(obj.contains_key(key), "missing {key}");
        }
        assert_eq!(obj["kind"], "event");
        assert_eq!(obj["cameo"], "032");
        assert_eq!(obj["root"], "03");
        assert_eq!(obj["plover"], "AGREE");
        assert_eq!(obj["target"], serde_json::Value::Null);
        assert_eq!(obj["sentence_span"], serde_json::json!([10, 71]));
        assert_eq!(obj["date"], "2019-11-01");
        assert_eq!(obj["date_precision"], "month");
    }

    #[test]
    fn record_round_trips() {
        let rec = Record::Event(sample());
        let line = serde_json::to_string(&rec).unwrap();
        let back: Record = serde_json::from_str(&line).unwrap();
        assert_eq!(back, rec);
    }

    #[test]
    fn period_ends() {
        let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        let month = EventDate {
            date: d(2024, 2, 1),
            precision: DatePrecision::Month,
        };
        assert_eq!(month.end(), d(2024, 2, 29));
        let year = EventDate {
            date: d(2018, 1, 1),
            precision: DatePrecision::Year,
        };
        assert_eq!(year.end(), d(2018, 12, 31));
    }
}

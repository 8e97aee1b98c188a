//! A stored document prepared for display: its sentences, its coded events, and the byte spans
//! to highlight (actors, triggers, temporal expressions), each tied to the mention and event it
//! belongs to.

use entente_model::{EventDate, Span};
use entente_store::export::{mention_json, state_json};
use entente_store::DocumentView;
use entente_text::{find_timexes, Timex, Tokens};
use serde::Serialize;
use serde_json::{json, Value};

/// What a highlighted span is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MarkKind {
    /// The event's trigger word or phrase.
    Trigger,
    /// The acting actor.
    Source,
    /// The actor acted upon.
    Target,
    /// A temporal expression.
    Date,
}

impl MarkKind {
    /// The CSS class and JSON name.
    pub fn as_str(self) -> &'static str {
        match self {
            MarkKind::Trigger => "trigger",
            MarkKind::Source => "source",
            MarkKind::Target => "target",
            MarkKind::Date => "date",
        }
    }

    /// Which mark wins the link where marks overlap.
    fn rank(self) -> u8 {
        match self {
            MarkKind::Trigger => 0,
            MarkKind::Source | MarkKind::Target => 1,
            MarkKind::Date => 2,
        }
    }
}

/// A span of the document text to highlight.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Mark {
    /// Bytes of the document text.
    pub span: Span,
    /// What it is.
    pub kind: MarkKind,
    /// The sentence it lies in.
    pub sentence_index: u32,
    /// The mention (one coded report) it belongs to, when any.
    pub mention_id: Option<i64>,
    /// The deduplicated event of that mention.
    pub event_id: Option<i64>,
    /// A short description for a tooltip.
    pub label: String,
}

/// A temporal expression found in the document, with the mentions dated by it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DateMark {
    /// Bytes of the document text.
    pub span: Span,
    /// The sentence it lies in.
    pub sentence_index: u32,
    /// The words.
    pub text: String,
    /// Its reading in a past or present clause.
    pub past: EventDate,
    /// Its reading in a future clause.
    pub future: EventDate,
    /// Mentions in the same sentence whose date is one of its readings.
    pub mention_ids: Vec<i64>,
}

/// The temporal expressions of every sentence, resolved against the publication date (none
/// when the document has no date).
pub fn dates(view: &DocumentView) -> Vec<DateMark> {
    let Some(published) = view.document.date else {
        return Vec::new();
    };
    let text = &view.document.text;
    let mut tokens = Tokens::new();
    let mut found: Vec<Timex> = Vec::new();
    let mut out = Vec::new();
    for s in &view.sentences {
        if text
            .get(s.span.start as usize..s.span.end as usize)
            .is_none()
        {
            continue;
        }
        tokens.clear();
        tokens.tokenize(text, s.span);
        found.clear();
        find_timexes(text, &tokens, 0..tokens.len(), published, &mut found);
        for t in &found {
            let Some(words) = text.get(t.span.start as usize..t.span.end as usize) else {
                continue;
            };
            let mention_ids = view
                .mentions
                .iter()
                .filter(|m| m.event.sentence_index == s.index)
                .filter(|m| m.event.date.is_some_and(|d| d == t.past || d == t.future))
                .map(|m| m.id)
                .collect();
            out.push(DateMark {
                span: t.span,
                sentence_index: s.index,
                text: words.to_string(),
                past: t.past,
                future: t.future,
                mention_ids,
            });
        }
    }
    out
}

fn date_label(d: EventDate) -> String {
    let precision = match d.precision {
        entente_model::DatePrecision::Day => "day",
        entente_model::DatePrecision::Week => "week of",
        entente_model::DatePrecision::Month => "month of",
        entente_model::DatePrecision::Year => "year of",
    };
    if precision == "day" {
        d.date.to_string()
    } else {
        format!("{precision} {}", d.date)
    }
}

/// Every span to highlight: the actors and trigger of each mention, and each temporal
/// expression (linked to the first mention it dates). Spans outside the text or not on
/// character boundaries are left out.
pub fn marks(view: &DocumentView, dates: &[DateMark]) -> Vec<Mark> {
    let text = &view.document.text;
    let valid = |s: Span| {
        s.start < s.end
            && text.is_char_boundary(s.start as usize)
            && text.is_char_boundary(s.end as usize)
            && (s.end as usize) <= text.len()
    };
    let mut out = Vec::new();
    for m in &view.mentions {
        let e = &m.event;
        let what = format!(
            "event #{} ({} {})",
            m.event_id,
            e.cameo,
            e.cameo.entry().name
        );
        let mut add = |span: Span, kind: MarkKind, label: String| {
            if valid(span) {
                out.push(Mark {
                    span,
                    kind,
                    sentence_index: e.sentence_index,
                    mention_id: Some(m.id),
                    event_id: Some(m.event_id),
                    label,
                });
            }
        };
        add(
            e.source.span,
            MarkKind::Source,
            format!("source {} of {what}", e.source.code),
        );
        if let Some(t) = &e.target {
            add(
                t.span,
                MarkKind::Target,
                format!("target {} of {what}", t.code),
            );
        }
        add(
            e.trigger.span,
            MarkKind::Trigger,
            format!("trigger of {what}"),
        );
    }
    for d in dates {
        if !valid(d.span) {
            continue;
        }
        let first = d
            .mention_ids
            .first()
            .and_then(|id| view.mentions.iter().find(|m| m.id == *id));
        let label = match first {
            Some(m) => format!("date of event #{}: {}", m.event_id, date_label(d.past)),
            None => format!("date: {}", date_label(d.past)),
        };
        out.push(Mark {
            span: d.span,
            kind: MarkKind::Date,
            sentence_index: d.sentence_index,
            mention_id: first.map(|m| m.id),
            event_id: first.map(|m| m.event_id),
            label,
        });
    }
    out.sort_by_key(|m| (m.span.start, m.kind.rank(), m.span.end));
    out
}

/// The JSON of `/api/docs/{id}`.
pub fn json(view: &DocumentView) -> Value {
    let dates = dates(view);
    let marks = marks(view, &dates);
    let text = &view.document.text;
    let sentences: Vec<Value> = view
        .sentences
        .iter()
        .map(|s| {
            json!({
                "index": s.index,
                "span": s.span,
                "kind": s.kind,
                "paragraph": s.paragraph,
                "text": text.get(s.span.start as usize..s.span.end as usize).unwrap_or(""),
            })
        })
        .collect();
    json!({
        "document": view.document,
        "content_hash": view.content_hash,
        "lexicon_version": view.lexicon_version,
        "duplicates": view.duplicates,
        "sentences": sentences,
        "events": view.mentions.iter().map(mention_json).collect::<Vec<_>>(),
        "states": view.states.iter().map(state_json).collect::<Vec<_>>(),
        "dates": dates,
        "marks": marks,
    })
}

/// One piece of a sentence between mark boundaries, with the marks covering it.
pub struct Piece<'a> {
    /// The text.
    pub text: &'a str,
    /// Covering marks, the one to link first.
    pub marks: Vec<&'a Mark>,
}

/// Cuts `span` of `text` at every boundary of the marks inside it, so that overlapping marks
/// become runs of pieces that each know all the marks covering them.
pub fn pieces<'a>(text: &'a str, span: Span, marks: &'a [Mark]) -> Vec<Piece<'a>> {
    let (s, e) = (span.start, span.end);
    let inside: Vec<&Mark> = marks
        .iter()
        .filter(|m| m.span.start >= s && m.span.end <= e)
        .collect();
    let mut cuts: Vec<u32> = vec![s, e];
    for m in &inside {
        cuts.push(m.span.start);
        cuts.push(m.span.end);
    }
    cuts.sort_unstable();
    cuts.dedup();
    let mut out = Vec::new();
    for w in cuts.windows(2) {
        let (x, y) = (w[0], w[1]);
        let Some(piece) = text.get(x as usize..y as usize) else {
            continue;
        };
        let mut covering: Vec<&Mark> = inside
            .iter()
            .copied()
            .filter(|m| m.span.start <= x && m.span.end >= y)
            .collect();
        covering.sort_by_key(|m| (m.kind.rank(), m.mention_id.is_none()));
        out.push(Piece {
            text: piece,
            marks: covering,
        });
    }
    out
}

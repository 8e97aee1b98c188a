//! Entente's text layer: from raw inputs to documents, sentences, tokens and dates.
//!
//! This crate reads news documents (plain text, JSONL, HTML, WARC, stdin) into
//! [`entente_model::Document`]s, splits them into sentences tuned for newswire prose, flags site
//! boilerplate, tokenizes with byte offsets and normalised forms, and finds temporal expressions
//! resolved against the publication date. It knows nothing about actors or events.
//!
//! Every layer points into the original text with byte [`Span`](entente_model::Span)s; the text
//! is never rewritten.
//!
//! ```
//! use chrono::NaiveDate;
//! use entente_model::{DatePrecision, Document};
//! use entente_text::{find_timexes, segment, Tokens};
//!
//! let doc = Document {
//!     id: "example".into(),
//!     text: "Blinken to visit Egypt\n\
//!            Mr. Blinken met Mr. Lapid in Rome on Wednesday. He is due to fly to \
//!            Cairo on Thursday."
//!         .into(),
//!     date: NaiveDate::from_ymd_opt(2019, 12, 4),
//!     has_headline: true,
//!     ..Document::default()
//! };
//! let pub_date = doc.date.unwrap();
//! let mut tokens = Tokens::new();
//! let mut timexes = Vec::new();
//! for sentence in segment(&doc) {
//!     let first = tokens.len();
//!     tokens.tokenize(&doc.text, sentence.span);
//!     find_timexes(&doc.text, &tokens, first..tokens.len(), pub_date, &mut timexes);
//! }
//! assert_eq!(timexes.len(), 2);
//! assert_eq!(timexes[0].span.slice(&doc.text), "Wednesday");
//! assert_eq!(timexes[0].past.date, pub_date);
//! assert_eq!(timexes[1].future.date, NaiveDate::from_ymd_opt(2019, 12, 5).unwrap());
//! assert_eq!(timexes[1].future.precision, DatePrecision::Day);
//! ```
//!
//! Reading goes the same way: [`read_inputs`] streams documents and per-record errors from files,
//! directories and stdin (`.txt`, `.jsonl`, `.html`, `.warc`, `.warc.gz`; see [`read`]).
//!
//! ```no_run
//! for item in entente_text::read_inputs(&["news.jsonl".to_string()], None) {
//!     match item {
//!         Ok(doc) if !entente_text::is_probably_english(&doc.text) => { /* count a skip */ }
//!         Ok(doc) => println!("{} ({} sentences)", doc.id, entente_text::segment(&doc).len()),
//!         Err(e) => eprintln!("{e}"), // "news.jsonl:7: malformed JSON: ..."
//!     }
//! }
//! ```
//!
//! Invariants: readers never panic on input and report every lost or damaged record as a
//! [`ReadError`] naming the file and line or byte offset; segmentation, tokenization and date
//! finding never fail and do not allocate per token (the [`Tokens`] buffer is reused); no global
//! state; no IO outside [`read`].

#![warn(missing_docs)]

mod boilerplate;
mod fold;
mod lang;
pub mod read;
mod segment;
pub mod time;
mod token;

pub use boilerplate::is_boilerplate;
pub use lang::is_probably_english;
pub use read::{read_inputs, read_inputs_with, ReadError, ReadOptions};
pub use segment::{segment, segment_text};
pub use time::{find_timexes, future_context, Timex};
pub use token::{normalize, Tokens};

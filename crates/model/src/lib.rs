//! Plain data types shared by every Entente stage.
//!
//! This crate owns the vocabulary of the pipeline — [`Document`], [`Sentence`], [`Token`],
//! [`Actor`], [`Event`], [`RelationState`], [`Modality`], [`Attribution`], [`EventDate`] — and the
//! complete CAMEO 1.1b3 event-code table ([`CameoCode`], [`cameo_entry`]) with Goldstein weights,
//! quad classes and PLOVER types. It does no IO and depends on no other project crate.
//!
//! ```
//! use entente_model::CameoCode;
//! let code = CameoCode::parse("042").unwrap();
//! assert_eq!(code.root(), "04");
//! assert_eq!(code.entry().name, "Make a visit");
//! assert_eq!(code.entry().quad_class, 1);
//! ```

mod cameo;
mod document;
mod event;
mod relation;

pub use cameo::{cameo_entry, CameoCode, CameoEntry, CAMEO_TABLE};
pub use document::{Document, Sentence, SentenceKind, Span, Token, TokenKind};
pub use event::{
    Actor, Attribution, DatePrecision, Event, EventDate, Location, Modality, Record, Trigger,
};
pub use relation::{Relation, RelationState};

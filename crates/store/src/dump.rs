//! A canonical text dump of a store: every row of every table in key order.

use std::io::Write;

use rusqlite::types::ValueRef;

use crate::{Result, SqlContext, Store, StoreError};

/// Tables and the order their rows are dumped in. The full-text index is dumped through its
/// content (rowid, text, doc, idx), not its internal segments, which depend on merge history.
const TABLES: &[(&str, &str, &str)] = &[
    ("meta", "*", "key"),
    ("documents", "*", "id"),
    ("duplicates", "*", "doc_id"),
    ("sentences", "*", "doc, idx"),
    ("actors", "*", "code"),
    ("events", "*", "id"),
    ("event_sources", "*", "event, source_key"),
    ("mentions", "*", "id"),
    ("states", "*", "id"),
    (
        "dyad_months",
        "*",
        "source_country, target_country, month, quad_class, modality",
    ),
    ("sentence_fts", "rowid, text, doc, idx", "rowid"),
];

pub(crate) fn dump(store: &Store, out: &mut dyn Write) -> Result<()> {
    let label = store.label().to_string();
    let io = |e: std::io::Error| StoreError::Export {
        what: "store dump".into(),
        message: e.to_string(),
    };
    writeln!(out, "schema {}", store.schema_version()?).map_err(io)?;
    for (table, columns, order) in TABLES {
        let mut stmt = store
            .conn()
            .prepare(&format!("SELECT {columns} FROM {table} ORDER BY {order}"))
            .at(&label)?;
        let names: Vec<String> = stmt.column_names().map(|s| s.to_string()).collect();
        let mut rows = stmt.query([]).at(&label)?;
        while let Some(r) = rows.next().at(&label)? {
            let mut line = String::from(*table);
            for (i, name) in names.iter().enumerate() {
                line.push('\t');
                line.push_str(name);
                line.push('=');
                match r.get_ref(i).at(&label)? {
                    ValueRef::Null => line.push_str("NULL"),
                    ValueRef::Integer(v) => line.push_str(&v.to_string()),
                    ValueRef::Real(v) => line.push_str(&format!("{v:?}")),
                    ValueRef::Text(t) => line.push_str(
                        &serde_json::to_string(&String::from_utf8_lossy(t)).unwrap_or_default(),
                    ),
                    ValueRef::Blob(b) => {
                        line.push_str("x'");
                        for byte in b {
                            line.push_str(&format!("{byte:02x}"));
                        }
                        line.push('\'');
                    }
                }
            }
            line.push('\n');
            out.write_all(line.as_bytes()).map_err(io)?;
        }
    }
    Ok(())
}

//! The CAMEO event-code table, compiled from `data/cameo.tsv` by the build script.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// One row of the CAMEO table.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CameoEntry {
    /// Two to four digits: `"04"`, `"042"`, `"0421"`.
    pub code: &'static str,
    /// Goldstein conflict–cooperation weight, -10 to +10.
    pub goldstein: f32,
    /// 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.
    pub quad_class: u8,
    /// PLOVER event type (`None` for 01 statements, which PLOVER drops).
    pub plover: Option<&'static str>,
    /// PLOVER mode, where the conversion table gives one.
    pub plover_mode: Option<&'static str>,
    /// PLOVER context, where the conversion table gives one.
    pub plover_context: Option<&'static str>,
    /// Short name from the CAMEO 1.1b3 codebook.
    pub name: &'static str,
}

include!(concat!(env!("OUT_DIR"), "/cameo_table.rs"));

/// Looks a code up in the table.
pub fn cameo_entry(code: &str) -> Option<&'static CameoEntry> {
    CAMEO_TABLE
        .binary_search_by(|e| e.code.cmp(code))
        .ok()
        .map(|i| &CAMEO_TABLE[i])
}

/// A CAMEO event code known to the table. Cheap to copy; serialises as its digits.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CameoCode(u16);

impl CameoCode {
    /// Parses a code that exists in the table.
    pub fn parse(code: &str) -> Option<CameoCode> {
        CAMEO_TABLE
            .binary_search_by(|e| e.code.cmp(code))
            .ok()
            .map(|i| CameoCode(i as u16))
    }

    /// The table row of this code.
    pub fn entry(self) -> &'static CameoEntry {
        &CAMEO_TABLE[self.0 as usize]
    }

    /// The digits, e.g. `"042"`.
    pub fn as_str(self) -> &'static str {
        self.entry().code
    }

    /// The two-digit root, e.g. `"04"`.
    pub fn root(self) -> &'static str {
        &self.as_str()[..2]
    }

    /// The root as a number, 1 to 20.
    pub fn root_number(self) -> u8 {
        self.root().parse().unwrap_or(0)
    }

    /// The code of this code's root.
    pub fn root_code(self) -> CameoCode {
        CameoCode::parse(self.root()).unwrap_or(self)
    }

    /// The parent code (`"0421"` → `"042"`, `"042"` → `"04"`); a root is its own parent.
    pub fn parent(self) -> CameoCode {
        let s = self.as_str();
        if s.len() <= 2 {
            return self;
        }
        CameoCode::parse(&s[..s.len() - 1]).unwrap_or_else(|| self.root_code())
    }
}

impl fmt::Debug for CameoCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "CameoCode({})", self.as_str())
    }
}

impl fmt::Display for CameoCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for CameoCode {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for CameoCode {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        CameoCode::parse(&s)
            .ok_or_else(|| serde::de::Error::custom(format!("unknown CAMEO code {s:?}")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_complete_and_consistent() {
        assert_eq!(
            CAMEO_TABLE.len(),
            312,
            "CAMEO 1.1b3 has 312 codes incl. 1213"
        );
        for root in 1..=20 {
            let r = format!("{root:02}");
            assert!(cameo_entry(&r).is_some(), "root {r} missing");
        }
        for e in CAMEO_TABLE {
            let root: u8 = e.code[..2].parse().unwrap();
            let quad = match root {
                1..=5 => 1,
                6..=8 => 2,
                9..=13 => 3,
                _ => 4,
            };
            assert_eq!(e.quad_class, quad, "{}", e.code);
            assert!((-10.0..=10.0).contains(&e.goldstein), "{}", e.code);
            if e.code.len() > 2 {
                assert!(
                    cameo_entry(&e.code[..e.code.len() - 1]).is_some(),
                    "parent of {}",
                    e.code
                );
            }
            if root != 1 {
                assert!(e.plover.is_some(), "{} has no PLOVER type", e.code);
            }
        }
    }

    #[test]
    fn known_values() {
        let c = CameoCode::parse("161").unwrap();
        assert_eq!(c.entry().goldstein, -4.0);
        assert_eq!(c.entry().plover, Some("SANCTION"));
        assert_eq!(c.parent().as_str(), "16");
        assert_eq!(CameoCode::parse("0421"), None);
        assert_eq!(CameoCode::parse("1213").unwrap().root(), "12");
        assert_eq!(
            CameoCode::parse("032").unwrap().entry().plover,
            Some("AGREE")
        );
        assert_eq!(CameoCode::parse("085").unwrap().entry().goldstein, 7.0);
    }
}

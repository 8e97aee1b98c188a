//! Compiled lexicon entries and their resolution by date.

use chrono::NaiveDate;

/// A country or territory.
#[derive(Debug, Clone)]
pub struct Country {
    /// CAMEO code ("MAR").
    pub code: String,
    /// Display name.
    pub name: String,
    /// Every name, adjective and metonym, for listing.
    pub names: Vec<String>,
}

/// How a phrase refers to a country.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CountryForm {
    /// "Morocco", "Kingdom of Morocco", a former name.
    Name,
    /// "Moroccan".
    Adjective,
    /// "Moroccans".
    Demonym,
    /// "Rabat": the government, by metonymy.
    Capital,
    /// "the White House": an institution, with the sector it implies (index into `Lexicon::sectors`).
    Seat(u16),
    /// "Casablanca": a place for event locations, not an actor.
    City,
    /// "the kingdom": refers back to an earlier mention.
    Anaphor,
    /// "the Jewish state": an unambiguous nickname.
    Epithet,
}

/// A code valid over a date range.
#[derive(Debug, Clone)]
pub struct DatedCode {
    /// Actor code.
    pub code: String,
    /// First day (inclusive), open when `None`.
    pub from: Option<NaiveDate>,
    /// Last day (inclusive), open when `None`.
    pub to: Option<NaiveDate>,
}

impl DatedCode {
    /// Whether the code holds on `date`.
    pub fn covers(&self, date: NaiveDate) -> bool {
        self.from.is_none_or(|f| f <= date) && self.to.is_none_or(|t| date <= t)
    }
}

/// A named organisation, group, outlet or company.
#[derive(Debug, Clone)]
pub struct NamedActor {
    /// Unique id.
    pub id: String,
    /// Display name (the first name).
    pub name: String,
    /// Codes over time.
    pub codes: Vec<DatedCode>,
    /// File it came from ("organisations.toml").
    pub file: String,
}

impl NamedActor {
    /// The code on `date`: the covering code, else the nearest in time.
    pub fn code_at(&self, date: NaiveDate) -> &DatedCode {
        if let Some(c) = self.codes.iter().find(|c| c.covers(date)) {
            return c;
        }
        // Outside every range: the latest code that started before the date, else the first.
        self.codes
            .iter()
            .filter(|c| c.from.is_some_and(|f| f <= date))
            .max_by_key(|c| c.from)
            .unwrap_or(&self.codes[0])
    }
}

/// One office held over a period.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Role {
    /// Actor code while in office ("USAGOV").
    pub code: String,
    /// Title ("Secretary of State").
    pub title: String,
    /// First day.
    pub from: NaiveDate,
    /// Last day; `None` while still held.
    pub to: Option<NaiveDate>,
}

impl Role {
    /// Whether the role is held on `date`.
    pub fn covers(&self, date: NaiveDate) -> bool {
        self.from <= date && self.to.is_none_or(|t| date <= t)
    }
}

/// A person with dated roles.
#[derive(Debug, Clone)]
pub struct Person {
    /// Unique id.
    pub id: String,
    /// Display name (the first full name).
    pub name: String,
    /// Nationality code.
    pub country: String,
    /// Offices over time.
    pub roles: Vec<Role>,
    /// File it came from.
    pub file: String,
}

/// What a person is on a date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonCode<'a> {
    /// The actor code.
    pub code: String,
    /// The role that gives it, if one is held.
    pub role: Option<&'a Role>,
    /// Why: "in office", "former office-holder", "no office".
    pub basis: &'static str,
}

impl Person {
    /// The code on `date`: the role held then (the most recently begun if several), else
    /// country + ELI after a first role began, else the bare country.
    pub fn code_at(&self, date: NaiveDate) -> PersonCode<'_> {
        if let Some(role) = self
            .roles
            .iter()
            .filter(|r| r.covers(date))
            .max_by_key(|r| (role_rank(&r.code), r.from))
        {
            return PersonCode {
                code: role.code.clone(),
                role: Some(role),
                basis: "in office",
            };
        }
        if self.roles.iter().any(|r| r.from <= date) {
            return PersonCode {
                code: format!("{}ELI", self.country),
                role: None,
                basis: "former office-holder",
            };
        }
        PersonCode {
            code: self.country.clone(),
            role: None,
            basis: "no office",
        }
    }

    /// Whether the person holds any role on `date`.
    pub fn in_office(&self, date: NaiveDate) -> bool {
        self.roles.iter().any(|r| r.covers(date))
    }

    /// Whether the person was ever active (in office or after) by `date`.
    pub fn active_by(&self, date: NaiveDate) -> bool {
        self.roles.iter().any(|r| r.from <= date)
    }
}

/// Government roles outrank others when a person holds several at once.
fn role_rank(code: &str) -> u8 {
    if code.len() >= 6 && &code[3..6] == "GOV" {
        2
    } else {
        1
    }
}

/// A group of role nouns with one sector.
#[derive(Debug, Clone)]
pub struct Agent {
    /// Sector code ("GOV").
    pub sector: String,
    /// Index of the sector in `Lexicon::sectors`.
    pub sector_id: u16,
}

/// A named group of countries ("the Gulf states").
#[derive(Debug, Clone)]
pub struct Region {
    /// Unique id.
    pub id: String,
    /// Display name.
    pub name: String,
    /// Member country indices.
    pub members: Vec<u16>,
    /// CAMEO region code, when CAMEO has one.
    pub code: Option<String>,
}

/// Parses a `YYYY-MM-DD` date.
pub(crate) fn parse_date(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        parse_date(s).unwrap()
    }

    #[test]
    fn person_codes_follow_dates() {
        let p = Person {
            id: "p".into(),
            name: "P".into(),
            country: "USA".into(),
            roles: vec![
                Role {
                    code: "USASPY".into(),
                    title: "CIA Director".into(),
                    from: d("2017-01-23"),
                    to: Some(d("2018-04-26")),
                },
                Role {
                    code: "USAGOV".into(),
                    title: "Secretary of State".into(),
                    from: d("2018-04-26"),
                    to: Some(d("2021-01-20")),
                },
            ],
            file: "t".into(),
        };
        assert_eq!(p.code_at(d("2016-01-01")).code, "USA");
        assert_eq!(p.code_at(d("2017-06-01")).code, "USASPY");
        assert_eq!(p.code_at(d("2018-04-26")).code, "USAGOV");
        assert_eq!(
            p.code_at(d("2019-12-04")).role.unwrap().title,
            "Secretary of State"
        );
        assert_eq!(p.code_at(d("2022-01-01")).code, "USAELI");
    }

    #[test]
    fn dated_actor_codes() {
        let a = NamedActor {
            id: "taliban".into(),
            name: "Taliban".into(),
            codes: vec![
                DatedCode {
                    code: "AFGREB".into(),
                    from: None,
                    to: Some(d("2021-08-14")),
                },
                DatedCode {
                    code: "AFGGOV".into(),
                    from: Some(d("2021-08-15")),
                    to: None,
                },
            ],
            file: "t".into(),
        };
        assert_eq!(a.code_at(d("2010-01-01")).code, "AFGREB");
        assert_eq!(a.code_at(d("2021-08-15")).code, "AFGGOV");
    }
}

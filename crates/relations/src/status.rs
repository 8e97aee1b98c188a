//! Where a relationship stands: a pure function from dated signals to a verdict.
//!
//! The conventions (the dev corpus README's, written down for analysts):
//! - no evidence about the dyad published by the cut-off: `unknown`;
//! - formal relations in effect (recognition or restoration asserted, full relations stated, an
//!   embassy opened, an ambassador in post) and not cut since: `normalised`, unless the recent
//!   events move away from them, which is `deteriorating`;
//! - a rupture (CAMEO 16x asserted: recall, downgrade, severing, trade halt) within the last
//!   [`RECENT_DAYS`] days: `deteriorating`;
//! - otherwise, recent cooperative signals after the last rupture: `in_progress`;
//! - otherwise: `not_normalising`.

use chrono::{Days, NaiveDate};
use serde::Serialize;

/// How far back "recent" reaches, in days.
pub const RECENT_DAYS: u64 = 90;

/// The verdict vocabulary.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// Formal diplomatic relations established or restored by the cut-off.
    Normalised,
    /// No formal relations yet, but recent cooperative signals toward them.
    InProgress,
    /// No formal relations and no recent cooperative signals, or signals of moving apart.
    NotNormalising,
    /// Formal relations exist (or existed until a recent rupture) and recent events move away.
    Deteriorating,
    /// Not enough evidence.
    Unknown,
}

impl Verdict {
    /// The verdict's name in the vocabulary.
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Normalised => "normalised",
            Verdict::InProgress => "in_progress",
            Verdict::NotNormalising => "not_normalising",
            Verdict::Deteriorating => "deteriorating",
            Verdict::Unknown => "unknown",
        }
    }

    /// Parses a verdict name.
    pub fn parse(s: &str) -> Option<Verdict> {
        [
            Verdict::Normalised,
            Verdict::InProgress,
            Verdict::NotNormalising,
            Verdict::Deteriorating,
            Verdict::Unknown,
        ]
        .into_iter()
        .find(|v| v.as_str() == s)
    }

    /// What the verdict means, in words.
    pub fn meaning(self) -> &'static str {
        match self {
            Verdict::Normalised => "formal diplomatic relations are established or restored",
            Verdict::InProgress => {
                "no full formal relations yet, but recent cooperative signals point toward them"
            }
            Verdict::NotNormalising => {
                "no formal relations and no recent cooperative signal toward them"
            }
            Verdict::Deteriorating => {
                "relations exist or existed until lately, and recent events move away from them"
            }
            Verdict::Unknown => "not enough evidence in the store",
        }
    }
}

/// What one piece of evidence says about the relationship.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Signal {
    /// Formal relations established, restored or in effect.
    Formal,
    /// Formal relations absent or below normal (none, downgraded, liaison, unofficial).
    NoFormal,
    /// Relations cut or reduced (recall, expulsion, severing, sanctions, trade halt).
    Rupture,
    /// A cooperative act or statement between the two.
    Cooperation,
    /// A conflictual act or statement between the two.
    Conflict,
    /// Says nothing about the direction (plain statements).
    Neutral,
}

impl Signal {
    /// Whether the signal moves the two toward each other.
    pub fn is_cooperative(self) -> bool {
        matches!(self, Signal::Formal | Signal::Cooperation)
    }

    /// Whether the signal moves the two apart.
    pub fn is_conflictual(self) -> bool {
        matches!(self, Signal::Rupture | Signal::Conflict)
    }
}

/// One dated signal.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Item {
    /// What it says.
    pub signal: Signal,
    /// When it happened (or was stated), never after its publication.
    pub date: NaiveDate,
    /// How strongly: the absolute Goldstein weight of an event, a fixed weight for a state.
    pub weight: f64,
}

/// The verdict and the facts behind it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Assessment {
    /// The verdict.
    pub verdict: Verdict,
    /// Why, in one clause.
    pub reason: String,
    /// The latest sign of formal relations.
    pub formal: Option<NaiveDate>,
    /// The latest statement that formal relations are absent or reduced.
    pub no_formal: Option<NaiveDate>,
    /// The latest rupture.
    pub rupture: Option<NaiveDate>,
    /// Formal relations in effect at the cut-off.
    pub formal_in_effect: bool,
    /// Start of the recent window.
    pub recent_from: NaiveDate,
    /// Cooperative weight in the recent window (after the relevant turning point).
    pub cooperation: f64,
    /// Conflictual weight in the recent window (after the relevant turning point).
    pub conflict: f64,
    /// Indices of the items that decided the verdict, most decisive first.
    pub decisive: Vec<usize>,
}

/// Latest date among items with `signal`, with the index of the last such item.
fn latest(items: &[Item], signal: Signal) -> Option<(NaiveDate, usize)> {
    items
        .iter()
        .enumerate()
        .filter(|(_, it)| it.signal == signal)
        .map(|(i, it)| (it.date, i))
        .max()
}

/// Assesses a relationship at `as_of` from its signals, in any order. Items are expected to
/// come from documents published on or before `as_of`; their dates may not be later.
pub fn assess(items: &[Item], as_of: NaiveDate) -> Assessment {
    let recent_from = as_of
        .checked_sub_days(Days::new(RECENT_DAYS))
        .unwrap_or(NaiveDate::MIN);
    let formal = latest(items, Signal::Formal);
    let no_formal = latest(items, Signal::NoFormal);
    let rupture = latest(items, Signal::Rupture);
    let mut a = Assessment {
        verdict: Verdict::Unknown,
        reason: String::new(),
        formal: formal.map(|f| f.0),
        no_formal: no_formal.map(|f| f.0),
        rupture: rupture.map(|f| f.0),
        formal_in_effect: false,
        recent_from,
        cooperation: 0.0,
        conflict: 0.0,
        decisive: Vec::new(),
    };
    if items.is_empty() {
        a.reason = "no evidence about the two published by the cut-off".into();
        return a;
    }
    // The later date wins; on the same day the sign of formal relations wins, since a report of
    // a restoration usually recalls the rupture it ends ("restored ties, cut in 2017").
    let after = |x: Option<(NaiveDate, usize)>, y: Option<(NaiveDate, usize)>| match (x, y) {
        (Some(x), Some(y)) => x.0 > y.0,
        (Some(_), None) => true,
        _ => false,
    };
    let recent = |from: NaiveDate| {
        let mut coop = 0.0;
        let mut conf = 0.0;
        let mut idx = Vec::new();
        for (i, it) in items.iter().enumerate() {
            if it.date < from || it.date <= recent_from || it.date > as_of {
                continue;
            }
            if it.signal.is_cooperative() {
                coop += it.weight;
                idx.push(i);
            } else if it.signal.is_conflictual() {
                conf += it.weight;
                idx.push(i);
            }
        }
        (coop, conf, idx)
    };
    a.formal_in_effect = formal.is_some() && !after(rupture, formal) && !after(no_formal, formal);

    if let (true, Some((fdate, fi))) = (a.formal_in_effect, formal) {
        let (coop, conf, idx) = recent(fdate);
        a.cooperation = coop;
        a.conflict = conf;
        a.decisive.push(fi);
        if conf > coop {
            a.verdict = Verdict::Deteriorating;
            a.reason =
                "formal relations are in effect, but recent events move away from them".into();
            let mut conflictual: Vec<usize> = idx
                .into_iter()
                .filter(|&i| items[i].signal.is_conflictual())
                .collect();
            conflictual.sort_by_key(|&i| std::cmp::Reverse(items[i].date));
            a.decisive.splice(0..0, conflictual);
        } else {
            a.verdict = Verdict::Normalised;
            a.reason =
                format!("formal relations are in effect since {fdate}, with no rupture since");
        }
        return a;
    }
    if let Some((rdate, ri)) = rupture {
        if rdate > recent_from {
            let (coop, conf, _) = recent(rdate);
            a.cooperation = coop;
            a.conflict = conf;
            a.verdict = Verdict::Deteriorating;
            a.reason = format!(
                "relations were cut or reduced on {rdate}, within the last {RECENT_DAYS} days"
            );
            a.decisive.push(ri);
            a.decisive.extend(no_formal.map(|n| n.1));
            return a;
        }
    }
    let since = rupture.map_or(NaiveDate::MIN, |r| r.0);
    let (coop, conf, idx) = recent(since);
    a.cooperation = coop;
    a.conflict = conf;
    a.decisive.extend(no_formal.map(|n| n.1));
    a.decisive.extend(rupture.map(|r| r.1));
    let mut cooperative: Vec<usize> = idx
        .into_iter()
        .filter(|&i| items[i].signal.is_cooperative())
        .collect();
    cooperative.sort_by_key(|&i| std::cmp::Reverse(items[i].date));
    if cooperative.is_empty() {
        a.verdict = Verdict::NotNormalising;
        a.reason = match (rupture, no_formal) {
            (Some((r, _)), _) => format!(
                "relations were cut on {r}, more than {RECENT_DAYS} days ago, and no cooperative signal followed"
            ),
            (None, Some(_)) => format!(
                "formal relations are absent or reduced, with no cooperative signal in the last {RECENT_DAYS} days"
            ),
            (None, None) => format!("no cooperative signal in the last {RECENT_DAYS} days"),
        };
    } else {
        a.verdict = Verdict::InProgress;
        a.reason = match no_formal {
            Some(_) => "formal relations are absent or reduced, with recent cooperative signals toward them".into(),
            None => "recent cooperative signals, and no evidence that full formal relations are in effect".into(),
        };
        a.decisive.extend(cooperative);
    }
    a
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn it(signal: Signal, date: &str) -> Item {
        Item {
            signal,
            date: d(date),
            weight: 5.0,
        }
    }

    #[test]
    fn nothing_is_unknown() {
        assert_eq!(assess(&[], d("2020-01-01")).verdict, Verdict::Unknown);
    }

    #[test]
    fn a_recent_rupture_is_deteriorating_and_an_old_one_not_normalising() {
        let items = [
            it(Signal::Rupture, "2016-01-03"),
            it(Signal::NoFormal, "2016-01-03"),
        ];
        assert_eq!(
            assess(&items, d("2016-01-04")).verdict,
            Verdict::Deteriorating
        );
        assert_eq!(
            assess(&items, d("2020-06-01")).verdict,
            Verdict::NotNormalising
        );
    }

    #[test]
    fn cooperation_after_an_old_rupture_is_in_progress() {
        let items = [
            it(Signal::Rupture, "2016-01-03"),
            it(Signal::NoFormal, "2023-03-09"),
            it(Signal::Cooperation, "2023-03-10"),
        ];
        let a = assess(&items, d("2023-03-10"));
        assert_eq!(a.verdict, Verdict::InProgress);
        assert!(a.decisive.contains(&2));
        // Three months of silence later, the signal is no longer recent.
        assert_eq!(
            assess(&items, d("2023-07-01")).verdict,
            Verdict::NotNormalising
        );
    }

    #[test]
    fn restoration_after_rupture_is_normalised_until_a_new_rupture() {
        let mut items = vec![
            it(Signal::Rupture, "2017-06-05"),
            it(Signal::Formal, "2021-01-05"),
        ];
        assert_eq!(assess(&items, d("2021-01-05")).verdict, Verdict::Normalised);
        assert_eq!(assess(&items, d("2022-06-01")).verdict, Verdict::Normalised);
        items.push(it(Signal::Rupture, "2023-11-04"));
        assert_eq!(
            assess(&items, d("2023-11-04")).verdict,
            Verdict::Deteriorating
        );
    }

    #[test]
    fn conflict_while_formal_relations_hold_is_deteriorating() {
        let items = [
            it(Signal::Formal, "2015-07-20"),
            it(Signal::Conflict, "2017-06-16"),
            it(Signal::Cooperation, "2017-06-01"),
            it(Signal::Conflict, "2017-06-16"),
        ];
        assert_eq!(
            assess(&items, d("2017-06-16")).verdict,
            Verdict::Deteriorating
        );
        // Balanced or cooperative recent events keep relations normal.
        assert_eq!(
            assess(&items[..3], d("2017-06-16")).verdict,
            Verdict::Normalised
        );
    }

    #[test]
    fn a_later_statement_of_no_relations_overrides_an_earlier_restoration() {
        let items = [
            it(Signal::Formal, "2010-01-01"),
            it(Signal::NoFormal, "2019-01-01"),
        ];
        let a = assess(&items, d("2019-01-02"));
        assert!(!a.formal_in_effect);
        assert_eq!(a.verdict, Verdict::NotNormalising);
    }
}

//! The scoring rule of the gold files' `matching` block, as a pure function.
//!
//! A system event matches a gold event when its sentence contains the gold evidence, the first
//! three letters of its source and target codes equal the gold countries (either direction for
//! `symmetric` gold), and its CAMEO root is among the gold roots. Matching is one-to-one and
//! maximal: required events are matched first (maximum bipartite matching), then the remaining
//! system events against acceptable ones.

use entente_model::{Event, RelationState};
use serde::Serialize;

use crate::gold::{Gold, GoldEvent, Tier};

/// Counts for one tier.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct TierScore {
    /// Gold events (after expanding sources x targets).
    pub gold: usize,
    /// Gold events matched by a system event.
    pub matched: usize,
}

impl TierScore {
    /// matched / gold (1 when there is no gold).
    pub fn recall(&self) -> f64 {
        ratio(self.matched, self.gold)
    }
}

/// A count of agreements among checked items.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Agreement {
    /// Items where the gold says something.
    pub checked: usize,
    /// Items where the system agrees.
    pub agree: usize,
}

/// Scores of one document, or totals (counts add up).
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Score {
    /// Events the system emitted.
    pub system_events: usize,
    /// System events that match a required or acceptable gold event.
    pub correct_events: usize,
    /// Core-tier recall counts.
    pub core: TierScore,
    /// Stretch-tier recall counts.
    pub stretch: TierScore,
    /// Date agreement on matched required events with a gold date.
    pub dates: Agreement,
    /// Modality agreement on matched required events with a gold modality.
    pub modality: Agreement,
    /// Gold relation states.
    pub gold_states: usize,
    /// System relation states.
    pub system_states: usize,
    /// Gold states matched.
    pub matched_states: usize,
    /// System states that match a gold state.
    pub correct_states: usize,
    /// System events emitted from `no_events_from` sentences.
    pub no_event_violations: usize,
    /// Ids of required gold events not found.
    pub missed: Vec<String>,
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

fn f1(p: f64, r: f64) -> f64 {
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

impl Score {
    /// Correct system events / system events.
    pub fn precision(&self) -> f64 {
        ratio(self.correct_events, self.system_events)
    }

    /// Counts over both tiers.
    pub fn all(&self) -> TierScore {
        TierScore {
            gold: self.core.gold + self.stretch.gold,
            matched: self.core.matched + self.stretch.matched,
        }
    }

    /// F1 of precision and a tier's recall.
    pub fn f1(&self, tier: TierScore) -> f64 {
        f1(self.precision(), tier.recall())
    }

    /// Matched gold states / gold states.
    pub fn state_recall(&self) -> f64 {
        ratio(self.matched_states, self.gold_states)
    }

    /// Correct system states / system states.
    pub fn state_precision(&self) -> f64 {
        ratio(self.correct_states, self.system_states)
    }

    /// Adds another score's counts.
    pub fn add(&mut self, o: &Score) {
        self.system_events += o.system_events;
        self.correct_events += o.correct_events;
        self.core.gold += o.core.gold;
        self.core.matched += o.core.matched;
        self.stretch.gold += o.stretch.gold;
        self.stretch.matched += o.stretch.matched;
        self.dates.checked += o.dates.checked;
        self.dates.agree += o.dates.agree;
        self.modality.checked += o.modality.checked;
        self.modality.agree += o.modality.agree;
        self.gold_states += o.gold_states;
        self.system_states += o.system_states;
        self.matched_states += o.matched_states;
        self.correct_states += o.correct_states;
        self.no_event_violations += o.no_event_violations;
    }
}

/// One gold event for one (source, target) pair.
struct Unit<'g> {
    ev: &'g GoldEvent,
    source: String,
    target: String,
}

fn units(events: &[GoldEvent]) -> Vec<Unit<'_>> {
    events
        .iter()
        .flat_map(|ev| {
            ev.pairs()
                .into_iter()
                .map(move |(source, target)| Unit { ev, source, target })
        })
        .collect()
}

fn prefix(code: &str) -> &str {
    code.get(..3).unwrap_or(code)
}

fn event_matches(e: &Event, u: &Unit) -> bool {
    if !e.sentence.contains(u.ev.evidence.as_str()) {
        return false;
    }
    if !u.ev.roots.iter().any(|r| r == e.cameo.root()) {
        return false;
    }
    let s = prefix(&e.source.code);
    let Some(t) = e.target.as_ref().map(|t| prefix(&t.code)) else {
        return false;
    };
    (s == u.source && t == u.target) || (u.ev.symmetric && s == u.target && t == u.source)
}

/// Maximum bipartite matching (Kuhn's algorithm): `adj[l]` lists the right nodes of left `l`;
/// `taken` marks right nodes unavailable. Returns, per right node, its left partner.
fn max_matching(adj: &[Vec<usize>], n_right: usize, taken: &[bool]) -> Vec<Option<usize>> {
    fn augment(
        l: usize,
        adj: &[Vec<usize>],
        seen: &mut [bool],
        right: &mut [Option<usize>],
        taken: &[bool],
    ) -> bool {
        for &r in &adj[l] {
            if seen[r] || taken[r] {
                continue;
            }
            seen[r] = true;
            if right[r].is_none_or(|l2| augment(l2, adj, seen, right, taken)) {
                right[r] = Some(l);
                return true;
            }
        }
        false
    }
    let mut right = vec![None; n_right];
    for l in 0..adj.len() {
        let mut seen = vec![false; n_right];
        augment(l, adj, &mut seen, &mut right, taken);
    }
    right
}

fn in_sentence(sentence: &str, fragment: &str) -> bool {
    let s = sentence.trim();
    let f = fragment.trim();
    !f.is_empty() && (s.contains(f) || f.contains(s) && !s.is_empty())
}

/// Scores one document's events and states against its gold.
pub fn score(gold: &Gold, events: &[Event], states: &[RelationState]) -> Score {
    let mut sc = Score {
        system_events: events.len(),
        system_states: states.len(),
        ..Score::default()
    };
    let req = units(&gold.required);
    let acc = units(&gold.acceptable);
    for u in &req {
        match u.ev.tier {
            Tier::Core => sc.core.gold += 1,
            Tier::Stretch => sc.stretch.gold += 1,
        }
    }
    // Required first: system events (right) to gold units (left) so each gold finds one event.
    let adj: Vec<Vec<usize>> = req
        .iter()
        .map(|u| {
            (0..events.len())
                .filter(|&e| event_matches(&events[e], u))
                .collect()
        })
        .collect();
    let none_taken = vec![false; events.len()];
    let partner = max_matching(&adj, events.len(), &none_taken);
    let mut used = vec![false; events.len()];
    let mut matched_units = vec![false; req.len()];
    for (e, g) in partner.iter().enumerate() {
        if let Some(g) = *g {
            used[e] = true;
            matched_units[g] = true;
            let u = &req[g];
            let ev = &events[e];
            if let Some([lo, hi]) = u.ev.date {
                sc.dates.checked += 1;
                if ev.date.is_some_and(|d| lo <= d.date && d.date <= hi) {
                    sc.dates.agree += 1;
                }
            }
            if let Some(m) = &u.ev.modality {
                sc.modality.checked += 1;
                if ev.modality.as_str() == m {
                    sc.modality.agree += 1;
                }
            }
        }
    }
    for (g, u) in req.iter().enumerate() {
        if matched_units[g] {
            match u.ev.tier {
                Tier::Core => sc.core.matched += 1,
                Tier::Stretch => sc.stretch.matched += 1,
            }
        } else {
            let label = format!("{}:{}>{}", u.ev.id, u.source, u.target);
            sc.missed.push(label);
        }
    }
    // Then the remaining system events against acceptable gold.
    let adj: Vec<Vec<usize>> = acc
        .iter()
        .map(|u| {
            (0..events.len())
                .filter(|&e| !used[e] && event_matches(&events[e], u))
                .collect()
        })
        .collect();
    let partner = max_matching(&adj, events.len(), &used);
    sc.correct_events =
        used.iter().filter(|u| **u).count() + partner.iter().filter(|p| p.is_some()).count();
    sc.no_event_violations = events
        .iter()
        .filter(|e| {
            gold.no_events_from
                .iter()
                .any(|f| in_sentence(&e.sentence, f))
        })
        .count();
    // Relation states.
    sc.gold_states = gold.relation_states.len();
    let adj: Vec<Vec<usize>> = gold
        .relation_states
        .iter()
        .map(|g| {
            (0..states.len())
                .filter(|&i| {
                    let s = &states[i];
                    let symmetric = s.relation.is_symmetric();
                    s.sentence.contains(g.evidence.as_str())
                        && s.relation.as_str() == g.relation
                        && s.value == g.value
                        && ((prefix(&s.a) == g.a && prefix(&s.b) == g.b)
                            || (symmetric && prefix(&s.a) == g.b && prefix(&s.b) == g.a))
                })
                .collect()
        })
        .collect();
    let partner = max_matching(&adj, states.len(), &vec![false; states.len()]);
    sc.matched_states = partner.iter().filter(|p| p.is_some()).count();
    sc.correct_states = sc.matched_states;
    sc
}

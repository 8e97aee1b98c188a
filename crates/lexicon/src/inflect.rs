//! English inflection: verb forms and noun plurals are generated, never listed by hand.
//! Irregular verbs come from `events/irregular-verbs.tsv`.

use rustc_hash::FxHashMap;

/// Which form of a verb a word is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum VerbForm {
    /// "visit"
    Base,
    /// "visits"
    ThirdSingular,
    /// "visited" (simple past)
    Past,
    /// "visited" (participle)
    PastParticiple,
    /// "visiting"
    Gerund,
}

/// The five forms of one verb; some slots may hold several spellings.
#[derive(Debug, Clone, Default)]
pub struct Conjugation {
    pub base: String,
    pub third: Vec<String>,
    pub past: Vec<String>,
    pub participle: Vec<String>,
    pub gerund: Vec<String>,
}

impl Conjugation {
    /// Every (form, word) pair.
    pub fn forms(&self) -> impl Iterator<Item = (VerbForm, &str)> {
        std::iter::once((VerbForm::Base, self.base.as_str()))
            .chain(
                self.third
                    .iter()
                    .map(|w| (VerbForm::ThirdSingular, w.as_str())),
            )
            .chain(self.past.iter().map(|w| (VerbForm::Past, w.as_str())))
            .chain(
                self.participle
                    .iter()
                    .map(|w| (VerbForm::PastParticiple, w.as_str())),
            )
            .chain(self.gerund.iter().map(|w| (VerbForm::Gerund, w.as_str())))
    }
}

fn is_vowel(c: u8) -> bool {
    matches!(c, b'a' | b'e' | b'i' | b'o' | b'u')
}

/// Number of vowel groups: a rough syllable count.
fn syllables(w: &str) -> usize {
    let b = w.as_bytes();
    let mut n = 0;
    let mut prev = false;
    for &c in b {
        let v = is_vowel(c) || c == b'y';
        if v && !prev {
            n += 1;
        }
        prev = v;
    }
    // Silent final e ("make", "state") is not a syllable.
    if b.len() > 2 && b[b.len() - 1] == b'e' && !is_vowel(b[b.len() - 2]) && n > 1 {
        n -= 1;
    }
    n.max(1)
}

/// Whether the final consonant doubles before -ed/-ing: monosyllables ending
/// consonant-vowel-consonant ("ban", "plan", "stop"); longer verbs come from the irregular table.
fn doubles(w: &str) -> bool {
    let b = w.as_bytes();
    if b.len() < 3 || syllables(w) != 1 {
        return false;
    }
    let (c1, v, c2) = (b[b.len() - 3], b[b.len() - 2], b[b.len() - 1]);
    !is_vowel(c1) && is_vowel(v) && !is_vowel(c2) && !matches!(c2, b'w' | b'x' | b'y')
}

fn third_singular(w: &str) -> String {
    let b = w.as_bytes();
    let last = *b.last().unwrap_or(&b'x');
    if w.ends_with("ss")
        || w.ends_with("sh")
        || w.ends_with("ch")
        || matches!(last, b'x' | b'z' | b'o' | b's')
    {
        format!("{w}es")
    } else if last == b'y' && b.len() > 1 && !is_vowel(b[b.len() - 2]) {
        format!("{}ies", &w[..w.len() - 1])
    } else {
        format!("{w}s")
    }
}

fn past(w: &str) -> String {
    let b = w.as_bytes();
    let last = *b.last().unwrap_or(&b'x');
    if last == b'e' {
        format!("{w}d")
    } else if last == b'y' && b.len() > 1 && !is_vowel(b[b.len() - 2]) {
        format!("{}ied", &w[..w.len() - 1])
    } else if doubles(w) {
        format!("{w}{}ed", last as char)
    } else {
        format!("{w}ed")
    }
}

fn gerund(w: &str) -> String {
    let b = w.as_bytes();
    let last = *b.last().unwrap_or(&b'x');
    if let Some(stem) = w.strip_suffix("ie") {
        format!("{stem}ying")
    } else if last == b'e'
        && !w.ends_with("ee")
        && !w.ends_with("ye")
        && !w.ends_with("oe")
        && b.len() > 2
    {
        format!("{}ing", &w[..w.len() - 1])
    } else if doubles(w) {
        format!("{w}{}ing", last as char)
    } else {
        format!("{w}ing")
    }
}

/// Irregular and hand-corrected conjugations, keyed by base form.
#[derive(Debug, Default)]
pub struct Irregulars {
    map: FxHashMap<String, Conjugation>,
}

impl Irregulars {
    /// Parses `base<TAB>past<TAB>participle<TAB>third<TAB>gerund` lines; `|` separates variants.
    pub fn parse(text: &str) -> Result<Irregulars, (usize, String)> {
        let mut map = FxHashMap::default();
        for (n, line) in text.lines().enumerate() {
            let line = line.trim_end();
            if line.trim().is_empty() || line.trim_start().starts_with('#') {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').map(str::trim).collect();
            if cols.len() != 5 || cols.iter().any(|c| c.is_empty()) {
                return Err((n + 1, "expected 5 tab-separated columns".into()));
            }
            let split = |s: &str| {
                s.split('|')
                    .map(|x| x.trim().to_lowercase())
                    .collect::<Vec<_>>()
            };
            let base = cols[0].to_lowercase();
            map.insert(
                base.clone(),
                Conjugation {
                    base,
                    past: split(cols[1]),
                    participle: split(cols[2]),
                    third: split(cols[3]),
                    gerund: split(cols[4]),
                },
            );
        }
        Ok(Irregulars { map })
    }

    /// Adds another table's verbs, replacing those listed in both.
    pub fn extend(&mut self, other: Irregulars) {
        self.map.extend(other.map);
    }

    /// Conjugates a verb, from the table when listed, by rule otherwise.
    pub fn conjugate(&self, base: &str) -> Conjugation {
        if let Some(c) = self.map.get(base) {
            return c.clone();
        }
        let p = past(base);
        Conjugation {
            base: base.to_string(),
            third: vec![third_singular(base)],
            past: vec![p.clone()],
            participle: vec![p],
            gerund: vec![gerund(base)],
        }
    }

    /// Every verb in the table.
    pub fn verbs(&self) -> impl Iterator<Item = &Conjugation> {
        self.map.values()
    }
}

/// Plural of a noun by rule ("ministry" -> "ministries", "boss" -> "bosses").
pub fn plural(noun: &str) -> String {
    let b = noun.as_bytes();
    let last = *b.last().unwrap_or(&b'x');
    if let Some(stem) = noun.strip_suffix("sis") {
        format!("{stem}ses")
    } else if noun.ends_with("man") && !noun.ends_with("human") && !noun.ends_with("german") {
        format!("{}men", &noun[..noun.len() - 3])
    } else if noun.ends_with("ss")
        || noun.ends_with("sh")
        || noun.ends_with("ch")
        || matches!(last, b'x' | b'z' | b's')
    {
        format!("{noun}es")
    } else if last == b'y' && b.len() > 1 && !is_vowel(b[b.len() - 2]) {
        format!("{}ies", &noun[..noun.len() - 1])
    } else {
        format!("{noun}s")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regular_verbs() {
        let irr = Irregulars::default();
        let c = irr.conjugate("visit");
        assert_eq!(c.third, ["visits"]);
        assert_eq!(c.past, ["visited"]);
        assert_eq!(c.gerund, ["visiting"]);
        assert_eq!(irr.conjugate("normalize").gerund, ["normalizing"]);
        assert_eq!(irr.conjugate("normalize").past, ["normalized"]);
        assert_eq!(irr.conjugate("ban").past, ["banned"]);
        assert_eq!(irr.conjugate("plan").gerund, ["planning"]);
        assert_eq!(irr.conjugate("urge").third, ["urges"]);
        assert_eq!(irr.conjugate("accuse").gerund, ["accusing"]);
        assert_eq!(irr.conjugate("deny").third, ["denies"]);
        assert_eq!(irr.conjugate("deny").past, ["denied"]);
        assert_eq!(irr.conjugate("relax").third, ["relaxes"]);
        assert_eq!(irr.conjugate("relax").past, ["relaxed"]);
        assert_eq!(irr.conjugate("host").past, ["hosted"]);
        assert_eq!(irr.conjugate("agree").gerund, ["agreeing"]);
        assert_eq!(irr.conjugate("tie").gerund, ["tying"]);
        assert_eq!(irr.conjugate("sever").past, ["severed"]);
        assert_eq!(irr.conjugate("halt").past, ["halted"]);
    }

    #[test]
    fn irregular_table() {
        let irr =
            Irregulars::parse("meet\tmet\tmet\tmeets\tmeeting\nbe\twas|were\tbeen\tis\tbeing\n")
                .unwrap();
        assert_eq!(irr.conjugate("meet").past, ["met"]);
        assert_eq!(irr.conjugate("be").past, ["was", "were"]);
        assert!(Irregulars::parse("go\twent\n").is_err());
    }

    #[test]
    fn plurals() {
        assert_eq!(plural("official"), "officials");
        assert_eq!(plural("ministry"), "ministries");
        assert_eq!(plural("embassy"), "embassies");
        assert_eq!(plural("envoy"), "envoys");
        assert_eq!(plural("businessman"), "businessmen");
        assert_eq!(plural("crisis"), "crises");
        assert_eq!(plural("boss"), "bosses");
    }
}

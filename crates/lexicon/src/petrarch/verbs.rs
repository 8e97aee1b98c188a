//! Reader for PETRARCH verb dictionaries: CAMEO 2.0 / PETRARCH-2 syntax and the older
//! TABARI / PETRARCH-1 syntax of the validation dictionaries.
//!
//! ```text
//! &CURRENCY                      synonym set: + lines follow (a final _ means no plurals)
//! +DOLLAR
//! --- GRANT [070] ---            verb block with its primary code
//! GRANT                          verbs of the block; irregular forms in {...}, own code in [...]
//! GIVE {GAVE GIVEN GIVING}
//! +BEEF_UP                       multi-word verb: + marks the verb
//! - * &CURRENCY (TO +) [071]     pattern: * is the verb, $ source, + target, % compound,
//!                                ^ skip, (...) prepositional phrase, {...} noun phrase,
//!                                {a | b} TABARI alternatives, _ joins consecutive words
//! ~ a (a b ATTACK) SAY = a b 015 transformation
//! ```

use super::{clean_lines, Diagnostic};

/// An event code as written in a verb dictionary: `[042]`, `[042:043]`, `[:173]`, `[---]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventCode {
    /// The bracket's text, trimmed.
    pub text: String,
    /// Code of the event from source to target; `None` for the null code `---` or `[:X]`.
    pub forward: Option<String>,
    /// After `:`: code of the paired event from target to source.
    pub reverse: Option<String>,
}

impl EventCode {
    /// Reads the inside of a code bracket.
    pub fn parse(inner: &str) -> EventCode {
        let text = inner.trim().to_string();
        let part = |s: &str| {
            let s = s.trim();
            (!s.is_empty() && s != "---").then(|| s.to_string())
        };
        let (forward, reverse) = match text.split_once(':') {
            Some((a, b)) => (part(a), part(b)),
            None => (part(&text), None),
        };
        EventCode {
            text,
            forward,
            reverse,
        }
    }

    /// The null code: no event.
    pub fn is_null(&self) -> bool {
        self.forward.is_none() && self.reverse.is_none()
    }
}

/// One member of a synonym set.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SynsetMember {
    /// Line it is on.
    pub line: usize,
    /// Words separated by single blanks, upper-cased, without a final `_`; `&NAME` for a set
    /// nested in this one.
    pub text: String,
    /// Whether a plural is generated (no final `_` on the member or on the set's label).
    pub plural: bool,
}

/// A synonym set: `&NAME` followed by `+` lines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Synset {
    /// Line of the label.
    pub line: usize,
    /// Name without `&` and without a final `_`, upper-cased.
    pub name: String,
    /// Whether members get plurals (the label has no final `_`).
    pub plurals: bool,
    /// Members in file order.
    pub members: Vec<SynsetMember>,
}

/// A verb of a block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verb {
    /// Line it is on.
    pub line: usize,
    /// Words, upper-cased: one for a simple verb, several for a multi-word verb.
    pub words: Vec<String>,
    /// Index of the verb among `words` (the word marked `+`).
    pub head: usize,
    /// Irregular forms of the verb word from `{...}`, when given.
    pub forms: Option<Vec<String>>,
    /// The verb's own code, when given.
    pub code: Option<EventCode>,
}

/// A pattern item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PatItem {
    /// A literal word, upper-cased.
    Word(String),
    /// `&NAME`: a synonym set.
    Synset(String),
    /// `$`: the source actor.
    Source,
    /// `+`: the target actor.
    Target,
    /// `%`: a compound actor (both source and target).
    Compound,
    /// `^`: skip a noun phrase.
    Skip,
    /// `{A B HEAD}`: a noun phrase (CAMEO 2.0).
    NounPhrase(Vec<PatElem>),
    /// `(PREP ...)`: a prepositional phrase; the first element is the preposition.
    Prep(Vec<PatElem>),
    /// `{A | B C}`: TABARI alternatives.
    Alternatives(Vec<Vec<PatElem>>),
}

/// A pattern item with its connector to the previous item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PatElem {
    /// The item.
    pub item: PatItem,
    /// Joined to the previous item with `_`: no words may come between.
    pub joined: bool,
}

/// A verb pattern: `- BEFORE * AFTER [CODE]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerbPattern {
    /// Line it is on.
    pub line: usize,
    /// The pattern text as written (between `-` and the code).
    pub text: String,
    /// Items before the verb (`*`).
    pub before: Vec<PatElem>,
    /// Items after the verb.
    pub after: Vec<PatElem>,
    /// Whether the verb itself is joined to the first item after it (`*_OUT`).
    pub verb_joined_next: bool,
    /// The event code.
    pub code: EventCode,
}

/// A verb block: `--- NAME [CODE] ---`, its verbs and its patterns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerbBlock {
    /// Line of the header.
    pub line: usize,
    /// The block name.
    pub name: String,
    /// The block's primary code (null when absent).
    pub code: EventCode,
    /// Verbs in file order.
    pub verbs: Vec<Verb>,
    /// Patterns in file order (those that could be read).
    pub patterns: Vec<VerbPattern>,
}

/// A `~` transformation line (an event inside a reported event).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Transformation {
    /// Line it is on.
    pub line: usize,
    /// The line without `~`.
    pub text: String,
}

/// What a verb dictionary holds.
#[derive(Debug, Clone, Default)]
pub struct VerbDictionary {
    /// Synonym sets, in file order.
    pub synsets: Vec<Synset>,
    /// Verb blocks, in file order.
    pub blocks: Vec<VerbBlock>,
    /// Transformations.
    pub transformations: Vec<Transformation>,
    /// Lines that could not be read (each skipped).
    pub errors: Vec<Diagnostic>,
    /// Lines read with an adjustment worth knowing about.
    pub warnings: Vec<Diagnostic>,
}

impl VerbDictionary {
    /// The synonym set with this name (without `&`).
    pub fn synset(&self, name: &str) -> Option<&Synset> {
        self.synsets.iter().find(|s| s.name == name)
    }
}

enum Mode {
    None,
    Synset(String),
    Block,
}

/// Reads a verb dictionary.
pub fn parse_verbs(file: &str, text: &str) -> VerbDictionary {
    let mut dict = VerbDictionary::default();
    let lines = clean_lines(file, text, &mut dict.errors);
    let mut mode = Mode::None;
    // Patterns are read once every synonym set is known (sets may be defined after use).
    let mut raw_patterns: Vec<(usize, usize, String, EventCode)> = Vec::new();
    for (no, line) in lines {
        let t = line.trim();
        let err = |m: String| Diagnostic::new(file, no, m);
        if t.starts_with("---") {
            // `--- NAME [CODE] ---`, also written `--- NAME [CODE]---  ---`.
            let mut inner = t.trim_start_matches('-');
            if let Some(close) = inner.rfind(']') {
                if inner[close + 1..]
                    .chars()
                    .all(|c| c == '-' || c.is_whitespace())
                {
                    inner = &inner[..=close];
                }
            }
            let inner = inner.trim_end_matches('-').trim();
            let (name, groups) = match split_code(inner) {
                Ok(x) => x,
                Err(m) => {
                    dict.errors.push(err(m));
                    continue;
                }
            };
            if name.is_empty() {
                dict.errors
                    .push(err("verb block header without a name".into()));
                continue;
            }
            if groups.len() > 1 {
                dict.warnings.push(err(format!(
                    "block header has {} codes: the first, [{}], is used",
                    groups.len(),
                    groups[0]
                )));
            }
            dict.blocks.push(VerbBlock {
                line: no,
                name: name.trim_end_matches('_').to_string(),
                code: EventCode::parse(groups.first().copied().unwrap_or("---")),
                verbs: Vec::new(),
                patterns: Vec::new(),
            });
            mode = Mode::Block;
        } else if let Some(p) = t.strip_prefix('-') {
            if dict.blocks.is_empty() {
                dict.errors
                    .push(err("pattern before any --- verb block".into()));
                continue;
            }
            mode = Mode::Block;
            let Some(open) = p.rfind('[') else {
                dict.errors.push(err("pattern without a [CODE]".into()));
                continue;
            };
            let Some(close) = p[open..].find(']').map(|c| open + c) else {
                dict.errors.push(err("unbalanced [ in pattern code".into()));
                continue;
            };
            if !p[close + 1..].trim().is_empty() {
                dict.errors.push(err(format!(
                    "text after the code: {:?}",
                    p[close + 1..].trim()
                )));
                continue;
            }
            let body = p[..open].trim();
            if body.contains(['[', ']']) {
                dict.errors.push(err("[ or ] inside a pattern".into()));
                continue;
            }
            let code = EventCode::parse(&p[open + 1..close]);
            raw_patterns.push((dict.blocks.len() - 1, no, body.to_string(), code));
        } else if let Some(label) = t.strip_prefix('&') {
            let label = label.trim();
            if label.is_empty() || label.contains(char::is_whitespace) {
                dict.errors.push(err("bad synonym set label".into()));
                continue;
            }
            let plurals = !label.ends_with('_');
            let name = label.trim_end_matches('_').to_uppercase();
            if dict.synset(&name).is_some() {
                dict.warnings.push(err(format!(
                    "synonym set &{name} defined again: members are added to it"
                )));
            } else {
                dict.synsets.push(Synset {
                    line: no,
                    name: name.clone(),
                    plurals,
                    members: Vec::new(),
                });
            }
            mode = Mode::Synset(name);
        } else if let (Mode::Synset(set), Some(m)) = (&mode, t.strip_prefix('+')) {
            let m = m.trim();
            if m.is_empty() {
                dict.errors.push(err("empty synonym set member".into()));
                continue;
            }
            let set = set.clone();
            let Some(s) = dict.synsets.iter_mut().find(|s| s.name == set) else {
                continue;
            };
            let plural = s.plurals && !m.ends_with('_') && !m.starts_with('&');
            let text = m
                .replace('_', " ")
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .to_uppercase();
            s.members.push(SynsetMember {
                line: no,
                text,
                plural,
            });
        } else if let Some(tr) = t.strip_prefix('~') {
            dict.transformations.push(Transformation {
                line: no,
                text: tr.trim().to_string(),
            });
        } else {
            let Some(block) = dict.blocks.last_mut() else {
                dict.errors
                    .push(err("verb before any --- verb block".into()));
                continue;
            };
            mode = Mode::Block;
            match parse_verb_line(t, no) {
                Ok((verb, warnings)) => {
                    dict.warnings.extend(warnings.into_iter().map(&err));
                    block.verbs.push(verb);
                }
                Err(m) => dict.errors.push(err(m)),
            }
        }
    }
    let names: Vec<String> = dict.synsets.iter().map(|s| s.name.clone()).collect();
    for (block, no, body, code) in raw_patterns {
        match parse_pattern(&body, &names) {
            Ok((before, after, verb_joined_next, warnings)) => {
                dict.warnings
                    .extend(warnings.into_iter().map(|w| Diagnostic::new(file, no, w)));
                dict.blocks[block].patterns.push(VerbPattern {
                    line: no,
                    text: body,
                    before,
                    after,
                    verb_joined_next,
                    code,
                });
            }
            Err(m) => dict.errors.push(Diagnostic::new(file, no, m)),
        }
    }
    dict
}

/// Splits `NAME [CODE] [CODE]` into the name and the bracket groups.
fn split_code(s: &str) -> Result<(&str, Vec<&str>), String> {
    let Some(start) = s.find('[') else {
        return if s.contains(']') {
            Err("unbalanced ]".into())
        } else {
            Ok((s.trim(), Vec::new()))
        };
    };
    let mut groups = Vec::new();
    let mut rest = &s[start..];
    while let Some(r) = rest.trim_start().strip_prefix('[') {
        let end = r.find(']').ok_or("unbalanced [")?;
        groups.push(r[..end].trim());
        rest = &r[end + 1..];
    }
    if !rest.trim().is_empty() {
        return Err(format!("unexpected text {:?} after a code", rest.trim()));
    }
    Ok((s[..start].trim(), groups))
}

/// Reads `VERB {FORMS} [CODE]`, `+VERB_PARTICLE {...}`, `WORD_+VERB`, or legacy `VERB PARTICLE`.
fn parse_verb_line(t: &str, no: usize) -> Result<(Verb, Vec<String>), String> {
    let mut warnings = Vec::new();
    let (head, groups) = split_code(t)?;
    if groups.len() > 1 {
        return Err("verb with more than one code".into());
    }
    let code = groups.first().map(|g| EventCode::parse(g));
    let (words_part, forms) = match head.find('{') {
        Some(open) => {
            let close = head[open..]
                .find('}')
                .map(|c| open + c)
                .ok_or("missing } after irregular forms")?;
            if !head[close + 1..].trim().is_empty() {
                return Err("unexpected text after {...}".into());
            }
            let forms: Vec<String> = head[open + 1..close]
                .split(|c: char| c == ',' || c.is_whitespace())
                .filter(|f| !f.is_empty())
                .map(str::to_uppercase)
                .collect();
            (head[..open].trim(), Some(forms))
        }
        None if head.contains('}') => return Err("unbalanced }".into()),
        None => (head.trim(), None),
    };
    if words_part.is_empty() {
        return Err("verb line without a verb".into());
    }
    let raw: Vec<&str> = words_part
        .split(|c: char| c == '_' || c.is_whitespace())
        .filter(|w| !w.is_empty())
        .collect();
    if raw.is_empty() {
        return Err("verb line without a verb".into());
    }
    let marked: Vec<usize> = raw
        .iter()
        .enumerate()
        .filter(|(_, w)| w.starts_with('+'))
        .map(|(i, _)| i)
        .collect();
    let head_index = match marked.as_slice() {
        [i] => *i,
        [] => {
            if raw.len() > 1 {
                warnings.push(format!(
                    "multi-word verb {words_part:?} has no +: its first word is taken as the verb"
                ));
            }
            0
        }
        _ => return Err(format!("more than one + in verb {words_part:?}")),
    };
    let words: Vec<String> = raw
        .iter()
        .map(|w| w.trim_start_matches('+').to_uppercase())
        .collect();
    if words.iter().any(|w| w.is_empty()) {
        return Err(format!("empty word in verb {words_part:?}"));
    }
    // Forms of a multi-word verb are written whole ({+CORDONED_OFF ...}): keep the verb word.
    let forms = forms.map(|fs| {
        fs.iter()
            .map(|f| {
                let parts: Vec<&str> = f.split('_').filter(|p| !p.is_empty()).collect();
                parts
                    .iter()
                    .find(|p| p.starts_with('+'))
                    .or(parts.get(head_index.min(parts.len().saturating_sub(1))))
                    .map(|p| p.trim_start_matches('+').to_string())
                    .unwrap_or_default()
            })
            .filter(|f| !f.is_empty())
            .collect()
    });
    Ok((
        Verb {
            line: no,
            words,
            head: head_index,
            forms,
            code,
        },
        warnings,
    ))
}

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Word(String),
    Syn(String),
    Star,
    Dollar,
    Plus,
    Percent,
    Caret,
    LParen,
    RParen,
    LBrace,
    RBrace,
    Bar,
}

fn special(c: char) -> Option<Tok> {
    Some(match c {
        '*' => Tok::Star,
        '$' => Tok::Dollar,
        '+' => Tok::Plus,
        '%' => Tok::Percent,
        '^' => Tok::Caret,
        '(' => Tok::LParen,
        ')' => Tok::RParen,
        '{' => Tok::LBrace,
        '}' => Tok::RBrace,
        '|' => Tok::Bar,
        _ => return None,
    })
}

/// Splits a pattern into tokens, each with whether `_` joins it to the previous one.
fn tokenize(s: &str, synsets: &[String]) -> Result<Vec<(Tok, bool)>, String> {
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::new();
    let mut joined = false;
    let mut i = 0;
    let is_word_char = |c: char| !c.is_whitespace() && c != '_' && c != '&' && special(c).is_none();
    while i < chars.len() {
        let c = chars[i];
        if c.is_whitespace() {
            joined = false;
            i += 1;
            continue;
        }
        if c == '_' {
            joined = !out.is_empty();
            i += 1;
            continue;
        }
        if let Some(t) = special(c) {
            out.push((t, joined));
            joined = false;
            i += 1;
            continue;
        }
        if c == '&' {
            // Synset names may contain `_` (&FIGHT_GAMES) while TABARI also joins a synset to
            // the next word with `_` (&TIETYPES_RELATIONS): take the longest defined name.
            let mut j = i + 1;
            while j < chars.len() && (is_word_char(chars[j]) || chars[j] == '_') {
                j += 1;
            }
            let full: String = chars[i + 1..j].iter().collect();
            let mut name = full.trim_end_matches('_').to_uppercase();
            let mut taken = full.len();
            while !synsets.contains(&name) {
                match name.rfind('_') {
                    Some(p) => {
                        name.truncate(p);
                        taken = p;
                    }
                    None => {
                        name = full.trim_end_matches('_').to_uppercase();
                        taken = full.len();
                        break;
                    }
                }
            }
            if name.is_empty() {
                return Err("& without a synonym set name".into());
            }
            out.push((Tok::Syn(name), joined));
            joined = false;
            i += 1 + taken;
            continue;
        }
        let mut j = i;
        while j < chars.len() && is_word_char(chars[j]) {
            j += 1;
        }
        let w: String = chars[i..j].iter().collect();
        out.push((Tok::Word(w.to_uppercase()), joined));
        joined = false;
        i = j;
    }
    Ok(out)
}

enum Node {
    Star,
    Elem(PatElem),
}

/// Reads a token sequence up to `end` (`)` or `}`), split into `|` alternatives.
fn parse_seq(
    toks: &[(Tok, bool)],
    i: &mut usize,
    end: Option<Tok>,
    stray: &mut usize,
) -> Result<Vec<Vec<Node>>, String> {
    let mut alts: Vec<Vec<Node>> = vec![Vec::new()];
    while *i < toks.len() {
        let (tok, joined) = toks[*i].clone();
        *i += 1;
        let item = match tok {
            Tok::RParen | Tok::RBrace => {
                if Some(&tok) == end.as_ref() {
                    return Ok(alts);
                }
                if end.is_none() && tok == Tok::RParen {
                    // A stray `)` at the top level (an editing slip): read past it.
                    *stray += 1;
                    continue;
                }
                return Err(format!(
                    "unbalanced {}",
                    if tok == Tok::RParen { ')' } else { '}' }
                ));
            }
            Tok::Bar => {
                if end != Some(Tok::RBrace) {
                    return Err("| outside {...}".into());
                }
                alts.push(Vec::new());
                continue;
            }
            Tok::Star => {
                if end.is_some() {
                    return Err("* inside (...) or {...}".into());
                }
                alts.last_mut().unwrap_or(&mut Vec::new()).push(Node::Star);
                continue;
            }
            Tok::LParen => {
                let inner = parse_seq(toks, i, Some(Tok::RParen), stray)?;
                PatItem::Prep(elems(inner.into_iter().next().unwrap_or_default())?)
            }
            Tok::LBrace => {
                let inner = parse_seq(toks, i, Some(Tok::RBrace), stray)?;
                if inner.len() > 1 {
                    PatItem::Alternatives(inner.into_iter().map(elems).collect::<Result<_, _>>()?)
                } else {
                    PatItem::NounPhrase(elems(inner.into_iter().next().unwrap_or_default())?)
                }
            }
            Tok::Word(w) => PatItem::Word(w),
            Tok::Syn(n) => PatItem::Synset(n),
            Tok::Dollar => PatItem::Source,
            Tok::Plus => PatItem::Target,
            Tok::Percent => PatItem::Compound,
            Tok::Caret => PatItem::Skip,
        };
        if let Some(last) = alts.last_mut() {
            last.push(Node::Elem(PatElem { item, joined }));
        }
    }
    match end {
        None => Ok(alts),
        Some(Tok::RParen) => Err("unclosed (".into()),
        Some(_) => Err("unclosed {".into()),
    }
}

fn elems(nodes: Vec<Node>) -> Result<Vec<PatElem>, String> {
    nodes
        .into_iter()
        .map(|n| match n {
            Node::Elem(e) => Ok(e),
            Node::Star => Err("* inside (...) or {...}".into()),
        })
        .collect()
}

type ParsedPattern = (Vec<PatElem>, Vec<PatElem>, bool, Vec<String>);

/// Reads a pattern body into the items before and after the verb.
fn parse_pattern(body: &str, synsets: &[String]) -> Result<ParsedPattern, String> {
    let toks = tokenize(body, synsets)?;
    let mut i = 0;
    let mut stray = 0;
    let top = parse_seq(&toks, &mut i, None, &mut stray)?;
    let nodes = top.into_iter().next().unwrap_or_default();
    let mut warnings = Vec::new();
    if stray > 0 {
        warnings.push(format!("{stray} stray ) ignored"));
    }
    let mut before = Vec::new();
    let mut after = Vec::new();
    let mut stars = 0;
    let mut verb_joined_next = false;
    let mut last_was_star = false;
    for (k, n) in nodes.into_iter().enumerate() {
        match n {
            Node::Star => {
                if last_was_star {
                    if stars == 1 && k > 0 {
                        warnings.push("** read as *".into());
                    }
                    continue;
                }
                stars += 1;
                last_was_star = true;
                // `*_OUT`: the token after the star carries the join.
                let star = toks.iter().position(|(t, _)| *t == Tok::Star).unwrap_or(0);
                verb_joined_next = toks[star..]
                    .iter()
                    .find(|(t, _)| *t != Tok::Star)
                    .is_some_and(|(_, j)| *j);
            }
            Node::Elem(e) => {
                last_was_star = false;
                if stars == 0 {
                    before.push(e);
                } else {
                    after.push(e);
                }
            }
        }
    }
    match stars {
        0 => Err("pattern has no * (verb position)".into()),
        1 => Ok((before, after, verb_joined_next, warnings)),
        _ => Err("pattern has more than one *".into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_and_joins() {
        let syn = vec!["TIETYPES".to_string(), "FIGHT_GAMES".to_string()];
        let (before, after, joined, _) = parse_pattern("SO IN_AND_*_OUT_AGAIN NOW", &syn).unwrap();
        assert_eq!(before.len(), 3);
        assert!(before[2].joined);
        assert!(joined);
        assert!(after[0].joined && after[1].joined && !after[2].joined);
        let (_, after, _, _) = parse_pattern("* NEW_&TIETYPES_RELATIONS", &syn).unwrap();
        assert_eq!(after[1].item, PatItem::Synset("TIETYPES".into()));
        assert!(after[2].joined);
        let (_, after, _, _) = parse_pattern("* &FIGHT_GAMES IN +", &syn).unwrap();
        assert_eq!(after[0].item, PatItem::Synset("FIGHT_GAMES".into()));
    }

    #[test]
    fn structures() {
        let (_, after, _, _) = parse_pattern("* (TO {BANNED PARTIES}) $", &[]).unwrap();
        match &after[0].item {
            PatItem::Prep(inner) => {
                assert_eq!(inner[0].item, PatItem::Word("TO".into()));
                assert!(matches!(inner[1].item, PatItem::NounPhrase(_)));
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(after[1].item, PatItem::Source);
        let (_, after, _, _) = parse_pattern("* {FOO | BAR BAZ}", &[]).unwrap();
        assert!(matches!(&after[0].item, PatItem::Alternatives(a) if a.len() == 2));
        assert!(parse_pattern("* (TO", &[]).is_err());
        assert!(parse_pattern("FOO BAR", &[]).is_err());
        assert!(parse_pattern("* FOO *", &[]).is_err());
    }
}

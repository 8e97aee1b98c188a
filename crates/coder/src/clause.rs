//! Shallow clause analysis around a trigger: the verb group (auxiliaries, modality, negation,
//! voice), the subject, reporting clauses and attribution.

use entente_lexicon::{Lexicon, VerbForm};
use entente_model::Modality;

use crate::phrases::{Phrase, PhraseKind};
use crate::sentence::{is_pronoun, verb_forms, Sent};

/// What the words before a trigger say about it.
#[derive(Debug, Clone, Default)]
pub(crate) struct VerbGroup {
    /// First word of the group (auxiliaries, modality verbs, "to").
    pub start: usize,
    pub negated: bool,
    pub future: bool,
    pub intent: bool,
    /// Governed by a commitment verb: "agreed to restore".
    pub commitment: bool,
    /// "would", "could" ...: future in reported speech, hypothetical otherwise.
    pub conditional: bool,
    pub passive: bool,
    /// "to have signed": a background fact.
    pub perfect_infinitive: bool,
    /// A governing verb other than a modality verb ("agreed to restore").
    pub governor: Option<usize>,
    /// The complement of a non-implicative verb ("asked to close", "expected to attend"):
    /// not asserted.
    pub embedded: bool,
}

fn phrase_in(lex: &Lexicon, sent: &Sent, end: usize, phrases: &[Box<[u32]>]) -> Option<usize> {
    // Does a listed phrase end at word `end` (inclusive)? Returns its first word.
    for p in phrases {
        let n = p.len();
        if n == 0 || end + 1 < n {
            continue;
        }
        let start = end + 1 - n;
        if (0..n).all(|k| sent.id(start + k) == p[k]) {
            return Some(start);
        }
    }
    let _ = lex;
    None
}

/// Walks left from the trigger over the verb group. A bare verb coordinated with an earlier one
/// shares its auxiliaries and governors: in "will restore trade and resume ties" both acts are
/// future, in "agreed to reopen embassies and exchange ambassadors" both are commitments.
pub(crate) fn verb_group(lex: &Lexicon, sent: &Sent, trigger: usize) -> VerbGroup {
    let vg = own_verb_group(lex, sent, trigger);
    if vg.start == trigger {
        return trigger
            .checked_sub(1)
            .and_then(|conj| coordinated_verb_group(lex, sent, trigger, conj))
            .unwrap_or(vg);
    }
    // "agreed to resume relations and to reopen embassies": a coordinated infinitive shares
    // the first one's governor.
    if vg.start + 1 == trigger && sent.id(vg.start) == lex.w.to && !marked(&vg) {
        if let Some(c) = vg
            .start
            .checked_sub(1)
            .and_then(|conj| coordinated_verb_group(lex, sent, trigger, conj))
        {
            return c;
        }
    }
    vg
}

/// Whether a verb group carries anything that changes its modality.
fn marked(vg: &VerbGroup) -> bool {
    vg.future
        || vg.intent
        || vg.conditional
        || vg.commitment
        || vg.negated
        || vg.embedded
        || vg.passive
}

/// The verb group of the first conjunct when `trigger` is the bare verb of a later one
/// ("... and resume"): the nearest verb of the same form to the left, within the clause, whose
/// own group carries auxiliaries or a governor.
fn coordinated_verb_group(
    lex: &Lexicon,
    sent: &Sent,
    trigger: usize,
    conj: usize,
) -> Option<VerbGroup> {
    let cid = sent.id(conj);
    if cid != lex.w.and && cid != lex.w.or {
        return None;
    }
    let forms = verb_forms(lex, sent.id(trigger));
    let form = |f: VerbForm| forms.iter().any(|(_, x)| *x == f);
    let bare = form(VerbForm::Base);
    let participle = form(VerbForm::PastParticiple);
    if !bare && !participle {
        return None;
    }
    let g = &lex.grammar;
    let lo = conj.saturating_sub(16);
    for j in (lo..conj).rev() {
        let id = sent.id(j);
        let clause_edge = g.relativizers.contains(&id)
            || g.conjunctions.contains(&id) && id != lex.w.and && id != lex.w.or;
        if sent.is_hard_boundary(j) || clause_edge {
            return None;
        }
        let same = verb_forms(lex, sent.id(j)).iter().any(|(_, f)| {
            bare && *f == VerbForm::Base || participle && *f == VerbForm::PastParticiple
        });
        if !same {
            continue;
        }
        let vg = own_verb_group(lex, sent, j);
        if vg.start != j && marked(&vg) {
            return Some(vg);
        }
        // A bare word that can be a verb ("transport" in "restore trade, transport and
        // telecommunications links") is passed over.
    }
    None
}

fn own_verb_group(lex: &Lexicon, sent: &Sent, trigger: usize) -> VerbGroup {
    let g = &lex.grammar;
    let m = &lex.modality;
    let mut vg = VerbGroup {
        start: trigger,
        ..VerbGroup::default()
    };
    let trigger_forms = verb_forms(lex, sent.id(trigger));
    let is_participle = trigger_forms
        .iter()
        .any(|(_, f)| matches!(f, VerbForm::PastParticiple));
    let to = lex.w.to;
    let mut k = trigger;
    let mut saw_to = false;
    let mut saw_have_after_to = false;
    while k > 0 {
        let j = k - 1;
        let id = sent.id(j);
        if sent.is_ly_adverb(j) || g.modifiers.contains(&id) && !g.auxiliaries.contains(&id) {
            k = j;
            continue;
        }
        if phrase_in(lex, sent, j, &m.negation_words).is_some() && !g.determiners.contains(&id) {
            vg.negated = true;
            k = j;
            continue;
        }
        // "have since been sending", "has long sought": adverbs inside the verb group.
        if g.verb_group_adverbs.contains(&id) && j > 0 && g.auxiliaries.contains(&sent.id(j - 1)) {
            k = j;
            continue;
        }
        if g.auxiliaries.contains(&id) {
            if g.be_forms.contains(&id) && is_participle && k == trigger {
                vg.passive = true;
            }
            if g.be_forms.contains(&id) && is_participle {
                // "has been relaxing" keeps active; "was expelled" is passive.
                vg.passive |= trigger_forms.iter().all(|(_, f)| *f != VerbForm::Gerund);
            }
            if g.have_forms.contains(&id) && saw_to && !saw_have_after_to {
                saw_have_after_to = true;
            }
            if g.future_auxiliaries.contains(&id) {
                vg.future = true;
            }
            if g.conditional_auxiliaries.contains(&id) {
                vg.conditional = true;
            }
            k = j;
            continue;
        }
        if id == to {
            saw_to = true;
            // "to have signed"
            if k < sent.len() && g.have_forms.contains(&sent.id(k)) {
                vg.perfect_infinitive = true;
            }
            k = j;
            // The word governing "to": a modality phrase or a verb.
            if j == 0 {
                break;
            }
            // "agreed on Friday to resume": a date between the governor and "to" is skipped.
            let mut gov = j - 1;
            while gov > 0
                && (sent.is_timex(gov)
                    || g.prepositions.contains(&sent.id(gov)) && sent.is_timex(gov + 1))
            {
                gov -= 1;
            }
            if phrase_in(lex, sent, j, &m.future_words).is_some() {
                vg.future = true;
                k = phrase_in(lex, sent, j, &m.future_words).unwrap_or(gov);
                continue;
            }
            if phrase_in(lex, sent, j, &m.intent_words).is_some() {
                vg.intent = true;
                k = phrase_in(lex, sent, j, &m.intent_words).unwrap_or(gov);
                continue;
            }
            let gforms = verb_forms(lex, sent.id(gov));
            if gforms.iter().any(|(l, _)| m.intent_verbs.contains(l)) {
                vg.intent = true;
                k = gov;
                continue;
            }
            if gforms.iter().any(|(l, _)| m.commitment_verbs.contains(l)) {
                vg.commitment = true;
                k = gov;
                continue;
            }
            if gforms.iter().any(|(l, _)| m.negation_verbs.contains(l)) {
                vg.negated = true;
                k = gov;
                continue;
            }
            if gforms.iter().any(|(l, _)| m.future_verbs.contains(l)) {
                vg.future = true;
                k = gov;
                continue;
            }
            if !gforms.is_empty() && !g.auxiliaries.contains(&sent.id(gov)) {
                vg.governor = Some(gov);
                if !gforms.iter().any(|(l, _)| m.implicative_verbs.contains(l)) {
                    vg.embedded = true;
                }
                k = gov;
                continue;
            }
            // Headline style: "Morocco to resume ties with Israel" announces a future act.
            if sent.is_headline && gforms.is_empty() && sent.words[gov].cap {
                vg.future = true;
            }
            continue;
        }
        // A governing intent verb without "to": "hope for", handled by the pattern itself.
        break;
    }
    vg.start = k;
    vg
}

/// The modality of an event with this verb group.
pub(crate) fn modality(lex: &Lexicon, sent: &Sent, vg: &VerbGroup, trigger: usize) -> Modality {
    if sent.is_question {
        return Modality::Question;
    }
    if vg.negated {
        return Modality::Negated;
    }
    // "if"/"unless" earlier in the same clause.
    let m = &lex.modality;
    let mut k = vg.start;
    while k > 0 {
        k -= 1;
        if sent.is_hard_boundary(k) {
            break;
        }
        let id = sent.id(k);
        if lex.grammar.conditionals.contains(&id) {
            return Modality::Hypothetical;
        }
    }
    if vg.intent {
        return Modality::Intent;
    }
    if alleged(lex, sent, trigger) {
        return Modality::Hypothetical;
    }
    if vg.embedded && !vg.commitment {
        return Modality::Hypothetical;
    }
    if vg.conditional {
        // "said it would shut": future in reported speech; otherwise hypothetical.
        let reported = (0..vg.start).any(|i| {
            verb_forms(lex, sent.id(i))
                .iter()
                .any(|(l, _)| m.reporting_verbs.contains(l))
        });
        return if reported {
            Modality::Future
        } else {
            Modality::Hypothetical
        };
    }
    if vg.future {
        return Modality::Future;
    }
    Modality::Assertion
}

/// A gerund after "of"/"for" that an accusing (or praising) verb governs: "accusing Erdogan of
/// siding with Hamas" alleges the siding.
fn alleged(lex: &Lexicon, sent: &Sent, trigger: usize) -> bool {
    if trigger < 2
        || !lex
            .modality
            .allegation_prepositions
            .contains(&sent.id(trigger - 1))
    {
        return false;
    }
    let gerund = verb_forms(lex, sent.id(trigger))
        .iter()
        .any(|(_, f)| *f == entente_lexicon::VerbForm::Gerund);
    if !gerund {
        return false;
    }
    let mut k = trigger - 1;
    while k > 0 && trigger - k < 8 {
        k -= 1;
        if sent.is_hard_boundary(k) {
            return false;
        }
        if verb_forms(lex, sent.id(k))
            .iter()
            .any(|(l, _)| lex.modality.allegation_verbs.contains(l))
        {
            return true;
        }
    }
    false
}

/// Phrase index ending at word `k` (inclusive).
fn phrase_ending(phrases: &[Phrase], k: usize) -> Option<usize> {
    phrases.iter().rposition(|p| p.end == k + 1)
}

fn preceded_by_preposition(lex: &Lexicon, sent: &Sent, p: &Phrase) -> bool {
    let g = &lex.grammar;
    let mut k = p.start;
    while k > 0 {
        k -= 1;
        let id = sent.id(k);
        if g.determiners.contains(&id) || g.modifiers.contains(&id) || sent.is_ly_adverb(k) {
            continue;
        }
        // "Thousands of protesters", "some of the officials": a quantity, not a preposition.
        if id == lex.w.of
            && k > 0
            && (g.quantifiers.contains(&sent.id(k - 1))
                || sent.words[k - 1].kind == entente_model::TokenKind::Number)
        {
            return false;
        }
        // Words that are also conjunctions ("after", "as", "since") introduce a clause here: the
        // phrase is followed by its verb.
        return g.prepositions.contains(&id) && !g.conjunctions.contains(&id);
    }
    false
}

/// Whether word `i` is a verb form that is probably used as a verb (not a noun).
pub(crate) fn is_finite_verb(lex: &Lexicon, sent: &Sent, i: usize) -> bool {
    let forms = verb_forms(lex, sent.id(i));
    if forms.is_empty() || sent.words[i].cap && i > 0 {
        return false;
    }
    // A determiner, possessive or number before it, across adjectives, makes it a noun:
    // "the visit", "three joint military exercises".
    let g = &lex.grammar;
    let past_only = forms
        .iter()
        .all(|(_, f)| matches!(f, VerbForm::Past | VerbForm::PastParticiple));
    let mut k = i;
    while k > 0 && i - k < 4 {
        k -= 1;
        let w = &sent.words[k];
        if g.determiners.contains(&w.id)
            || g.possessives.contains(&w.id)
            || w.kind == entente_model::TokenKind::Number
        {
            return false;
        }
        // A plural noun right before the word is its subject: "the four countries cut ties".
        if k + 1 == i && is_plural_noun(lex, sent, k) {
            break;
        }
        // A past form after a content word is that word's verb ("Israel's foreign ministry
        // responded"); only adverbs may separate it from a determiner ("the newly signed").
        if past_only && !g.modifiers.contains(&w.id) && !sent.is_ly_adverb(k) {
            break;
        }
        let adjective_like = g.modifiers.contains(&w.id)
            || w.joined
            || w.joins_next
            || (w.kind == entente_model::TokenKind::Word
                && !w.cap
                // Words that are also base verb forms ("joint", "plan") often modify nouns.
                && verb_forms(lex, w.id)
                    .iter()
                    .all(|(_, f)| matches!(f, VerbForm::Base | VerbForm::ThirdSingular))
                && !g.prepositions.contains(&w.id)
                && !g.conjunctions.contains(&w.id)
                && !g.auxiliaries.contains(&w.id)
                && !g.relativizers.contains(&w.id)
                && !is_pronoun(lex, w.id)
                && w.id != lex.w.to);
        if !adjective_like {
            break;
        }
    }
    true
}

/// A lowercase word that reads as a plural noun: ends in -s (not -ss, -us, -is) and is no verb
/// form ("countries", "officials"; not "various", "its").
fn is_plural_noun(lex: &Lexicon, sent: &Sent, k: usize) -> bool {
    let w = &sent.words[k];
    let text = sent.word_text(k);
    w.kind == entente_model::TokenKind::Word
        && !w.cap
        && text.len() > 3
        && text.ends_with('s')
        && !text.ends_with("ss")
        && !text.ends_with("us")
        && !text.ends_with("is")
        && verb_forms(lex, w.id).is_empty()
        && !lex.grammar.possessives.contains(&w.id)
        && !lex.grammar.determiners.contains(&w.id)
}

/// The subject of the verb group starting at `start`, as a phrase index.
pub(crate) fn subject(
    lex: &Lexicon,
    sent: &Sent,
    phrases: &[Phrase],
    start: usize,
    depth: u8,
) -> Option<usize> {
    if depth > 4 || start == 0 {
        return None;
    }
    let g = &lex.grammar;
    let mut k = start - 1;
    // Closing quotes and parentheses: "(and) has these quiet ties".
    while k > 0 && (sent.is_quote_or_paren(k) || sent.is_ly_adverb(k)) {
        k -= 1;
    }
    let id = sent.id(k);
    // Relative clause: "King Mohammed VI, who has cooperated".
    if g.relativizers.contains(&id) && !sent.is_timex(k) {
        let mut a = k;
        while a > 0 && (sent.is_comma(a - 1) || sent.is_quote_or_paren(a - 1)) {
            a -= 1;
        }
        return a.checked_sub(1).and_then(|e| phrase_ending(phrases, e));
    }
    // A gerund after a preposition: "followed suit by cutting ties", "responded by expelling"
    // -> the subject of the main clause.
    if g.prepositions.contains(&id)
        && verb_forms(lex, sent.id(start))
            .iter()
            .any(|(_, f)| *f == VerbForm::Gerund)
    {
        return previous_verb_subject(lex, sent, phrases, k, depth);
    }
    // "Saudi Arabia and its allies restored ...": a coordinated plain noun phrase adds nothing
    // codable; the actor before "and" is the subject.
    {
        let mut b = k;
        let mut steps = 0;
        while steps < 3
            && b > 0
            && (phrase_ending(phrases, b).is_none() || g.possessives.contains(&sent.id(b)))
            && {
                let w = &sent.words[b];
                !w.cap
                    && w.kind == entente_model::TokenKind::Word
                    && !is_finite_verb(lex, sent, b)
                    && !g.prepositions.contains(&w.id)
                    && !g.relativizers.contains(&w.id)
                    && w.id != lex.w.and
            }
        {
            b -= 1;
            steps += 1;
        }
        if steps > 0 && sent.id(b) == lex.w.and && b > 0 {
            if let Some(pi) = phrase_ending(phrases, b - 1) {
                if phrases[pi].kind == PhraseKind::Actor
                    && !preceded_by_preposition(lex, sent, &phrases[pi])
                {
                    return Some(pi);
                }
            }
        }
    }
    // Coordinated verb: "met with X and urged them" -> the subject of "met".
    if id == lex.w.and || id == lex.w.but || id == lex.w.or {
        if let Some(pi) = phrase_ending(phrases, k.saturating_sub(1)) {
            // "X and Y met" is a compound, already one phrase; here "and" follows an object
            // or a clause: find the previous verb.
            let _ = pi;
        }
        return previous_verb_subject(lex, sent, phrases, k, depth);
    }
    if sent.is_comma(k) {
        // Appositive or parenthetical without a verb: "an official, Jane Doe, met";
        // "Morocco, along with some Gulf states, has been relaxing".
        let mut c0 = k;
        let mut has_verb = false;
        while c0 > 0 {
            c0 -= 1;
            if sent.is_comma(c0) || sent.is_hard_boundary(c0) {
                break;
            }
            if is_finite_verb(lex, sent, c0)
                && phrases.iter().all(|p| !(p.start <= c0 && c0 < p.end))
            {
                has_verb = true;
            }
        }
        // A participial parenthetical is skipped too: "Tillerson, speaking in Sydney, urged".
        let participial = sent.is_comma(c0)
            && verb_forms(lex, sent.id(c0 + 1))
                .iter()
                .any(|(_, f)| matches!(f, VerbForm::Gerund | VerbForm::PastParticiple));
        if sent.is_comma(c0) && (!has_verb || participial) && c0 > 0 {
            if let Some(pi) = phrase_ending(phrases, c0 - 1) {
                return Some(pi);
            }
        }
        // A participial clause: ", accusing Doha of ..." -> the main clause's subject.
        return previous_verb_subject(lex, sent, phrases, k, depth);
    }
    if let Some(pi) = phrase_ending(phrases, k) {
        let p = &phrases[pi];
        if p.kind == PhraseKind::Place {
            return None;
        }
        // Predicate nominal: "Egypt and Jordan are the only Arab nations to have signed".
        let mut b = p.start;
        while b > 0 && {
            let bid = sent.id(b - 1);
            g.determiners.contains(&bid)
                || g.modifiers.contains(&bid)
                || g.focus_words.contains(&bid)
        } {
            b -= 1;
        }
        if b > 0 && g.be_forms.contains(&sent.id(b - 1)) && b >= 2 {
            if let Some(q) = phrase_ending(phrases, b - 2) {
                return Some(q);
            }
        }
        if preceded_by_preposition(lex, sent, p) {
            return None;
        }
        return Some(pi);
    }
    // An unknown name right before the verb (not in the lexicon): no code.
    if is_pronoun(lex, id) {
        return None;
    }
    None
}

/// The subject of the nearest verb to the left of word `before`.
fn previous_verb_subject(
    lex: &Lexicon,
    sent: &Sent,
    phrases: &[Phrase],
    before: usize,
    depth: u8,
) -> Option<usize> {
    let mut v = before;
    while v > 0 {
        v -= 1;
        if sent.is_hard_boundary(v) {
            return None;
        }
        if phrases.iter().any(|p| p.start <= v && v < p.end) {
            continue;
        }
        // A gerund after a preposition ("in promoting") heads no clause of its own.
        if v > 0 && lex.grammar.prepositions.contains(&sent.id(v - 1)) {
            continue;
        }
        if is_finite_verb(lex, sent, v)
            && !lex.grammar.auxiliaries.contains(&sent.id(v))
            && !sent.is_timex(v)
        {
            let vg = verb_group(lex, sent, v);
            if let Some(s) = subject(lex, sent, phrases, vg.start, depth + 1) {
                return Some(s);
            }
            v = vg.start;
        }
    }
    None
}

/// A reporting clause in the sentence: the reporter and the reporting verb.
#[derive(Debug, Clone)]
pub(crate) struct Report {
    /// Reporting verb word.
    pub verb: usize,
    /// Reporter phrase, if coded.
    pub phrase: Option<usize>,
    /// Reporter words (first, last) when no phrase codes it ("Reuters").
    pub words: (usize, usize),
}

/// Every reporting clause, in sentence order.
pub(crate) fn reports(lex: &Lexicon, sent: &Sent, phrases: &[Phrase]) -> Vec<Report> {
    let m = &lex.modality;
    let mut out = Vec::new();
    for v in 0..sent.len() {
        if phrases.iter().any(|p| p.start <= v && v < p.end) {
            continue;
        }
        let forms = verb_forms(lex, sent.id(v));
        if !forms.iter().any(|(l, _)| m.reporting_verbs.contains(l)) {
            continue;
        }
        if !is_finite_verb(lex, sent, v) {
            continue;
        }
        let vg = verb_group(lex, sent, v);
        // A reporting clause at the end of a sentence follows a comma or a quote (", officials
        // said."); without one the word is a noun ("recognises Western Sahara claim").
        let last = (v + 1..sent.len()).all(|k| sent.is_punct(k));
        let after_break = |start: usize| start == 0 || sent.is_punct(start - 1);
        if let Some(pi) = subject(lex, sent, phrases, vg.start, 0) {
            let p = &phrases[pi];
            if last && !after_break(p.start) {
                continue;
            }
            out.push(Report {
                verb: v,
                phrase: Some(pi),
                words: (p.start, p.end - 1),
            });
            continue;
        }
        // An uncoded reporter: the capitalised run before the verb (", Reuters reported").
        let mut a = vg.start;
        while a > 0 && sent.words[a - 1].cap && !sent.is_punct(a - 1) {
            a -= 1;
        }
        if a < vg.start && (after_break(a) || !last) {
            out.push(Report {
                verb: v,
                phrase: None,
                words: (a, vg.start - 1),
            });
        }
    }
    // "according to X"
    let acc = lex.w.according;
    for k in 0..sent.len().saturating_sub(2) {
        if sent.id(k) == acc && sent.id(k + 1) == lex.w.to {
            if let Some(pi) = phrases
                .iter()
                .position(|p| p.start >= k + 2 && p.start <= k + 4)
            {
                let p = &phrases[pi];
                out.push(Report {
                    verb: k,
                    phrase: Some(pi),
                    words: (p.start, p.end - 1),
                });
            } else if k + 2 < sent.len() && sent.words[k + 2].cap {
                let mut z = k + 2;
                while z + 1 < sent.len() && sent.words[z + 1].cap {
                    z += 1;
                }
                out.push(Report {
                    verb: k,
                    phrase: None,
                    words: (k + 2, z),
                });
            }
        }
    }
    out.sort_by_key(|r| r.words.0);
    out
}

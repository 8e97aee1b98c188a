//! Cheap language identification.

/// Bytes of a text that language identification looks at.
const SAMPLE: usize = 2048;

/// Texts with fewer letters than this are too short to judge and count as English.
const MIN_LETTERS: usize = 40;

/// Frequent English function words (compared without case, no allocation).
const FUNCTION_WORDS: &[&str] = &[
    "the", "of", "and", "to", "in", "is", "that", "for", "on", "with", "was", "said", "has",
    "have", "are", "by", "it", "he", "she", "they", "from", "at", "will", "would", "were", "which",
    "their", "its",
];

/// True unless the text is clearly not English.
///
/// Looks at the first 2 KB only. Very short texts count as English. A text where common English
/// function words ("the", "of", "and", "said", ...) are frequent is English whatever the
/// statistical detector says; otherwise `whatlang` decides, and only a reliable non-English
/// verdict (or a non-Latin script) returns false.
///
/// ```
/// use entente_text::is_probably_english;
/// assert!(is_probably_english("Israel and Morocco have no official diplomatic ties, officials said on Wednesday."));
/// assert!(!is_probably_english("Les ministres des affaires étrangères se sont réunis mercredi à Rabat pour discuter de la normalisation des relations."));
/// assert!(is_probably_english("Hi"));
/// ```
pub fn is_probably_english(text: &str) -> bool {
    let mut end = text.len().min(SAMPLE);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let sample = &text[..end];
    let letters = sample.chars().filter(|c| c.is_alphabetic()).count();
    if letters < MIN_LETTERS {
        return true;
    }
    let mut words = 0usize;
    let mut function_words = 0usize;
    for w in sample.split(|c: char| !c.is_alphabetic()) {
        if w.is_empty() {
            continue;
        }
        words += 1;
        if w.len() <= 5 && FUNCTION_WORDS.iter().any(|f| f.eq_ignore_ascii_case(w)) {
            function_words += 1;
        }
    }
    if words > 0 && function_words * 100 >= words * 12 {
        return true;
    }
    match whatlang::detect(sample) {
        None => true,
        Some(info) => {
            info.lang() == whatlang::Lang::Eng
                || (!info.is_reliable() && info.script() == whatlang::Script::Latin)
        }
    }
}

//! Cheap language identification.

/// Bytes of a text that language identification looks at.
const SAMPLE: usize = 2048;

/// Texts with fewer letters than this are too short to judge and count as English.
const MIN_LETTERS: usize = 40;

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
    // One pass: words (runs of letters), their letters, and how many are function words. ASCII
    // bytes are classified without decoding; other characters by `char::is_alphabetic`.
    let (mut letters, mut words, mut function_words) = (0usize, 0usize, 0usize);
    let mut word_start: Option<usize> = None;
    let close = |start: usize, end: usize, words: &mut usize, function_words: &mut usize| {
        *words += 1;
        if end - start <= 5 && is_function_word(&sample[start..end]) {
            *function_words += 1;
        }
    };
    for (i, c) in sample.char_indices() {
        let alpha = if c.is_ascii() {
            c.is_ascii_alphabetic()
        } else {
            c.is_alphabetic()
        };
        if alpha {
            letters += 1;
            word_start.get_or_insert(i);
        } else if let Some(st) = word_start.take() {
            close(st, i, &mut words, &mut function_words);
        }
    }
    if let Some(st) = word_start {
        close(st, sample.len(), &mut words, &mut function_words);
    }
    if letters < MIN_LETTERS {
        return true;
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

/// A frequent English function word, compared without case and without allocating.
fn is_function_word(w: &str) -> bool {
    let mut buf = [0u8; 5];
    let b = w.as_bytes();
    if b.len() > buf.len() {
        return false;
    }
    for (d, c) in buf.iter_mut().zip(b) {
        *d = c.to_ascii_lowercase();
    }
    matches!(
        &buf[..b.len()],
        b"the"
            | b"of"
            | b"and"
            | b"to"
            | b"in"
            | b"is"
            | b"that"
            | b"for"
            | b"on"
            | b"with"
            | b"was"
            | b"said"
            | b"has"
            | b"have"
            | b"are"
            | b"by"
            | b"it"
            | b"he"
            | b"she"
            | b"they"
            | b"from"
            | b"at"
            | b"will"
            | b"would"
            | b"were"
            | b"which"
            | b"their"
            | b"its"
    )
}

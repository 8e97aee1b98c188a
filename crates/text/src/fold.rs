//! Character normalisation for token norms: Latin diacritics folded to ASCII, quotes and dashes
//! unified.

/// The ASCII spelling of a Latin letter with diacritics (lowercase), if it has one.
///
/// Covers Latin-1 Supplement, Latin Extended-A and the Latin Extended-B letters used in
/// Romanian, Turkish, Azerbaijani, Vietnamese-free European and transliterated Arabic names.
pub(crate) fn fold_latin(c: char) -> Option<&'static str> {
    let s = match c {
        'À'..='Å' | 'à'..='å' | 'Ā' | 'ā' | 'Ă' | 'ă' | 'Ą' | 'ą' | 'Ǎ' | 'ǎ' | 'Ạ' | 'ạ' => {
            "a"
        }
        'Æ' | 'æ' => "ae",
        'Ç' | 'ç' | 'Ć' | 'ć' | 'Ĉ' | 'ĉ' | 'Ċ' | 'ċ' | 'Č' | 'č' => "c",
        'Ð' | 'ð' | 'Ď' | 'ď' | 'Đ' | 'đ' | 'Ḍ' | 'ḍ' => "d",
        'È'..='Ë'
        | 'è'..='ë'
        | 'Ē'
        | 'ē'
        | 'Ĕ'
        | 'ĕ'
        | 'Ė'
        | 'ė'
        | 'Ę'
        | 'ę'
        | 'Ě'
        | 'ě'
        | 'Ə'
        | 'ə'
        | 'Ẹ'
        | 'ẹ' => "e",
        'Ĝ' | 'ĝ' | 'Ğ' | 'ğ' | 'Ġ' | 'ġ' | 'Ģ' | 'ģ' | 'Ǧ' | 'ǧ' => "g",
        'Ĥ' | 'ĥ' | 'Ħ' | 'ħ' | 'Ḥ' | 'ḥ' => "h",
        'Ì'..='Ï'
        | 'ì'..='ï'
        | 'Ĩ'
        | 'ĩ'
        | 'Ī'
        | 'ī'
        | 'Ĭ'
        | 'ĭ'
        | 'Į'
        | 'į'
        | 'İ'
        | 'ı'
        | 'Ǐ'
        | 'ǐ'
        | 'Ị'
        | 'ị' => "i",
        'Ĳ' | 'ĳ' => "ij",
        'Ĵ' | 'ĵ' => "j",
        'Ķ' | 'ķ' | 'ĸ' => "k",
        'Ĺ' | 'ĺ' | 'Ļ' | 'ļ' | 'Ľ' | 'ľ' | 'Ŀ' | 'ŀ' | 'Ł' | 'ł' => "l",
        'Ñ' | 'ñ' | 'Ń' | 'ń' | 'Ņ' | 'ņ' | 'Ň' | 'ň' | 'ŉ' | 'Ŋ' | 'ŋ' => "n",
        'Ò'..='Ö'
        | 'Ø'
        | 'ò'..='ö'
        | 'ø'
        | 'Ō'
        | 'ō'
        | 'Ŏ'
        | 'ŏ'
        | 'Ő'
        | 'ő'
        | 'Ǒ'
        | 'ǒ'
        | 'Ọ'
        | 'ọ' => "o",
        'Œ' | 'œ' => "oe",
        'Ŕ' | 'ŕ' | 'Ŗ' | 'ŗ' | 'Ř' | 'ř' => "r",
        'Ś' | 'ś' | 'Ŝ' | 'ŝ' | 'Ş' | 'ş' | 'Š' | 'š' | 'Ș' | 'ș' | 'Ṣ' | 'ṣ' => "s",
        'ß' | 'ẞ' => "ss",
        'Ţ' | 'ţ' | 'Ť' | 'ť' | 'Ŧ' | 'ŧ' | 'Ț' | 'ț' | 'Ṭ' | 'ṭ' => "t",
        'Þ' | 'þ' => "th",
        'Ù'..='Ü'
        | 'ù'..='ü'
        | 'Ũ'
        | 'ũ'
        | 'Ū'
        | 'ū'
        | 'Ŭ'
        | 'ŭ'
        | 'Ů'
        | 'ů'
        | 'Ű'
        | 'ű'
        | 'Ų'
        | 'ų'
        | 'Ǔ'
        | 'ǔ'
        | 'Ụ'
        | 'ụ' => "u",
        'Ŵ' | 'ŵ' => "w",
        'Ý' | 'ý' | 'ÿ' | 'Ŷ' | 'ŷ' | 'Ÿ' => "y",
        'Ź' | 'ź' | 'Ż' | 'ż' | 'Ž' | 'ž' | 'Ẓ' | 'ẓ' => "z",
        _ => return None,
    };
    Some(s)
}

/// True for combining marks (dropped from norms so that decomposed "é" folds like "é").
pub(crate) fn is_combining(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}' | '\u{20D0}'..='\u{20FF}' | '\u{FE20}'..='\u{FE2F}')
}

/// Apostrophe-like characters: straight, curly, modifier letter and backtick forms.
pub(crate) fn is_apostrophe(c: char) -> bool {
    matches!(
        c,
        '\'' | '\u{2019}' | '\u{2018}' | '\u{02BC}' | '\u{2032}' | '`' | '\u{00B4}'
    )
}

/// Double-quote-like characters.
pub(crate) fn is_double_quote(c: char) -> bool {
    matches!(
        c,
        '"' | '\u{201C}'
            | '\u{201D}'
            | '\u{201E}'
            | '\u{201F}'
            | '\u{00AB}'
            | '\u{00BB}'
            | '\u{2033}'
    )
}

/// Dashes that may join the parts of a compound ("Saudi-Israeli", "1998–2000").
pub(crate) fn is_joining_dash(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}')
}

/// Any dash, including the em dash and the minus sign, which never join words.
pub(crate) fn is_dash(c: char) -> bool {
    is_joining_dash(c)
        || matches!(
            c,
            '\u{2014}' | '\u{2015}' | '\u{2212}' | '\u{FE58}' | '\u{FE63}' | '\u{FF0D}'
        )
}

/// Whitespace, including no-break and zero-width spaces and the byte-order mark.
pub(crate) fn is_space(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}'
        )
}

/// Currency and other symbol characters outside ASCII.
pub(crate) fn is_symbol(c: char) -> bool {
    matches!(
        c,
        '\u{00A2}'..='\u{00A9}' | '\u{00AC}' | '\u{00AE}'..='\u{00B1}' | '\u{00D7}' | '\u{00F7}'
            | '\u{20A0}'..='\u{20CF}' | '\u{2100}'..='\u{214F}' | '\u{2190}'..='\u{2BFF}'
            | '\u{1F000}'..='\u{1FAFF}'
    )
}

//! Segmentation, tokenization and date finding on arbitrary text.
#![no_main]

use chrono::NaiveDate;
use entente_model::Document;
use entente_text::{find_timexes, future_context, segment, Tokens};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&flags, rest)) = data.split_first() else { return };
    let text = String::from_utf8_lossy(rest).into_owned();
    let doc = Document { text, has_headline: flags & 1 == 1, ..Document::default() };
    let pub_date = NaiveDate::from_ymd_opt(1990 + i32::from(flags % 64), 1 + u32::from(flags % 12), 28).unwrap();
    let mut tokens = Tokens::new();
    let mut timexes = Vec::new();
    let mut last = 0;
    for s in segment(&doc) {
        assert!(s.span.start as usize >= last && s.span.end > s.span.start);
        last = s.span.end as usize;
        let slice = s.span.slice(&doc.text);
        assert!(!slice.contains('\n'));
        tokens.clear();
        tokens.tokenize(&doc.text, s.span);
        for t in &tokens.tokens {
            assert!(s.span.contains(t.span));
            let _ = t.span.slice(&doc.text);
        }
        timexes.clear();
        find_timexes(&doc.text, &tokens, 0..tokens.len(), pub_date, &mut timexes);
        for x in &timexes {
            assert!(s.span.contains(x.span));
        }
        for i in 0..tokens.len() {
            future_context(&tokens, 0..tokens.len(), i);
        }
    }
});

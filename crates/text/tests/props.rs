//! Property tests: segmentation, tokenization, dates and readers never panic and keep their
//! offsets valid, whatever the input.

use std::io::Write;

use chrono::NaiveDate;
use entente_model::{Document, Span};
use entente_text::read::{read_inputs_with, ReadOptions};
use entente_text::{find_timexes, future_context, is_boilerplate, segment, Tokens};
use proptest::prelude::*;

/// Text built from pieces that stress the segmenter and tokenizer, mixed with arbitrary
/// characters.
fn newsy() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => prop::sample::select(vec![
            " ", " ", "\n", "\r\n", "\n\n", ". ", "? ", "! ", "...", "\u{2026}", "U.S.", "a.m.",
            "Mr.", "Dec.", "No.", "W.", "\"", "\u{201C}", "\u{201D}", "'", "\u{2019}", "'s", "n't",
            "-", "\u{2013}", "\u{2014}", "$", "%", "1.5", "3,000", "2020-12-22", "22/12/2020",
            "Wednesday", "last week", "two days ago", "in 1948", "mid-June", "Dec. 22, 2020", "the",
            "Saudi-Israeli", "Erdo\u{011F}an", "e\u{0301}", "(", ")", "Read more:", "By ", "said",
            "will", "on", "Thursday", "May", "ago", "the day before", "\u{00A0}", "\u{FEFF}",
            "\u{200B}", "\0", "\t", "A", "is due to", ",", ";", ":", "/", "the weekend",
        ]).prop_map(str::to_string),
        1 => any::<char>().prop_map(|c| c.to_string()),
        1 => "[a-zA-Z]{1,8}",
    ];
    prop::collection::vec(piece, 0..60).prop_map(|v| v.concat())
}

fn date() -> impl Strategy<Value = NaiveDate> {
    (1950i32..2090, 1u32..=12, 1u32..=28)
        .prop_map(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d).unwrap())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn segment_spans_are_valid_and_ordered(text in newsy(), has_headline in any::<bool>()) {
        let doc = Document { text, has_headline, ..Document::default() };
        let sentences = segment(&doc);
        let mut last_end = 0;
        for (i, s) in sentences.iter().enumerate() {
            prop_assert_eq!(s.index as usize, i);
            let (a, b) = (s.span.start as usize, s.span.end as usize);
            prop_assert!(a < b && b <= doc.text.len());
            prop_assert!(a >= last_end);
            prop_assert!(doc.text.is_char_boundary(a) && doc.text.is_char_boundary(b));
            let slice = &doc.text[a..b];
            prop_assert!(!slice.contains('\n'));
            prop_assert_eq!(slice.trim(), slice);
            last_end = b;
        }
    }

    #[test]
    fn tokens_are_valid_inside_any_span(text in newsy(), a in 0usize..400, b in 0usize..400) {
        let mut t = Tokens::new();
        t.tokenize(&text, Span::new(a, b));
        t.tokenize(&text, Span::new(0, text.len()));
        let mut last = 0;
        for (i, tok) in t.tokens.iter().enumerate() {
            let (s, e) = (tok.span.start as usize, tok.span.end as usize);
            prop_assert!(s < e && e <= text.len());
            prop_assert!(text.is_char_boundary(s) && text.is_char_boundary(e));
            prop_assert!(tok.norm.end as usize <= t.norm.len());
            prop_assert!(t.norm.is_char_boundary(tok.norm.start as usize));
            prop_assert!(!t.norm(i).is_empty() || e > s);
            if i > 0 && s < last {
                // Only the second call may restart from the beginning.
                prop_assert_eq!(s, t.tokens[i].span.start as usize);
            }
            last = e;
        }
    }

    #[test]
    fn timexes_never_panic_and_stay_in_their_sentence(text in newsy(), pub_date in date()) {
        let doc = Document { text, has_headline: false, ..Document::default() };
        let mut t = Tokens::new();
        let mut out = Vec::new();
        for s in segment(&doc) {
            t.clear();
            t.tokenize(&doc.text, s.span);
            out.clear();
            find_timexes(&doc.text, &t, 0..t.len(), pub_date, &mut out);
            for x in &out {
                prop_assert!(s.span.contains(x.span));
                prop_assert!(x.past.date.year() > 1800 && x.future.date.year() < 2300);
            }
            for i in 0..=t.len() {
                future_context(&t, 0..t.len(), i);
            }
            is_boilerplate(s.span.slice(&doc.text));
        }
    }

    #[test]
    fn readers_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..600), text in newsy(), ext in prop::sample::select(vec!["txt", "jsonl", "html", "warc", "warc.gz", "jsonl.gz", "dat"])) {
        let dir = tempfile::tempdir().unwrap();
        // Raw bytes, and text shaped like each format.
        let shaped = match ext {
            "jsonl" | "jsonl.gz" => format!("{{\"id\": \"x\", \"text\": {:?}}}\n{}", text, text),
            "html" => format!("<html><body><p>{text}</p></body></html>"),
            "warc" | "warc.gz" => format!("WARC/1.0\r\nWARC-Type: response\r\nContent-Type: application/http\r\nContent-Length: {}\r\n\r\n{}", text.len(), text),
            _ => text.clone(),
        };
        let mut paths = Vec::new();
        for (i, content) in [bytes.clone(), shaped.into_bytes()].into_iter().enumerate() {
            let content = if ext.ends_with(".gz") {
                let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
                e.write_all(&content).unwrap();
                let mut z = e.finish().unwrap();
                // Sometimes truncated.
                if content.len() % 3 == 0 { z.truncate(z.len() / 2); }
                z
            } else {
                content
            };
            let p = dir.path().join(format!("f{i}.{ext}"));
            std::fs::write(&p, content).unwrap();
            paths.push(p.to_string_lossy().into_owned());
        }
        let options = ReadOptions { max_line: 300, max_document: 2000, ..ReadOptions::default() };
        for doc in read_inputs_with(&paths, options).take(1000).flatten() {
            let _ = segment(&doc);
        }
    }
}

use chrono::Datelike;

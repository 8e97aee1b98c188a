//! Readers: formats, directories, and every kind of bad input.

use std::io::Write;
use std::path::Path;

use chrono::NaiveDate;
use entente_model::Document;
use entente_text::read::{read_inputs_with, ReadOptions};
use entente_text::{read_inputs, ReadError};

fn write(dir: &Path, name: &str, bytes: &[u8]) -> String {
    let p = dir.join(name);
    if let Some(parent) = p.parent() {
        std::fs::create_dir_all(parent).unwrap();
    }
    std::fs::write(&p, bytes).unwrap();
    p.to_string_lossy().into_owned()
}

fn read_all(paths: &[String]) -> Vec<Result<Document, ReadError>> {
    read_inputs(paths, None).collect()
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    e.write_all(bytes).unwrap();
    e.finish().unwrap()
}

#[test]
fn txt_first_line_is_headline() {
    let dir = tempfile::tempdir().unwrap();
    let p = write(
        dir.path(),
        "qatar-2017-06-05.txt",
        b"Saudi Arabia cuts ties with Qatar\nSaudi Arabia severed relations with Qatar on Monday.\n",
    );
    let items = read_all(&[p]);
    assert_eq!(items.len(), 1);
    let doc = items[0].as_ref().unwrap();
    assert_eq!(doc.id, "qatar-2017-06-05");
    assert_eq!(
        doc.title.as_deref(),
        Some("Saudi Arabia cuts ties with Qatar")
    );
    assert!(doc.has_headline);
    assert!(doc.text.starts_with("Saudi Arabia cuts ties"));
    // The date ending the file name wins over the default.
    assert_eq!(doc.date, NaiveDate::from_ymd_opt(2017, 6, 5));

    let p = write(
        dir.path(),
        "talks.txt",
        b"\xEF\xBB\xBFTalks resume\nThey met.",
    );
    let default = NaiveDate::from_ymd_opt(2020, 1, 2);
    let doc = read_inputs(&[p], default).next().unwrap().unwrap();
    assert_eq!(doc.date, default);
    assert_eq!(doc.id, "talks");
    assert_eq!(doc.title.as_deref(), Some("Talks resume"));
    assert!(doc.text.starts_with("Talks resume"), "BOM removed");
}

#[test]
fn jsonl_fields_and_aliases() {
    let dir = tempfile::tempdir().unwrap();
    let lines = [
        r#"{"id": "a1", "title": "Iran and Saudi Arabia restore ties", "text": "The two countries agreed on Friday to restore relations.", "date": "2023-03-10", "url": "https://example.com/a1", "source": "Example News"}"#,
        r#"{"title": "Turkey recalls envoy", "maintext": "Turkey recalled its ambassador.", "date_publish": "2023-11-04 10:15:00", "url": "https://example.com/b", "source_domain": "example.org"}"#,
        r#"{"text": "No title here.", "date": "2016-01-04T12:00:00+03:00", "hostname": "news.example"}"#,
        r#"{"id": 42, "title": null, "text": "Numeric id.", "date": "Mon, 04 Jan 2016 10:00:00 GMT"}"#,
        "",
        r#"{"id": "e", "title": "Headline\nwith a break", "body": "Body text.", "date": "not a date"}"#,
        r#"{"id": "f", "text": "Epoch date.", "date": 1451901600}"#,
    ];
    let p = write(dir.path(), "docs.jsonl", lines.join("\n").as_bytes());
    let docs: Vec<Document> = read_inputs(
        std::slice::from_ref(&p),
        NaiveDate::from_ymd_opt(2000, 1, 1),
    )
    .map(|r| r.unwrap())
    .collect();
    assert_eq!(docs.len(), 6);
    assert_eq!(docs[0].id, "a1");
    assert_eq!(docs[0].text, "Iran and Saudi Arabia restore ties\nThe two countries agreed on Friday to restore relations.");
    assert!(docs[0].has_headline);
    assert_eq!(docs[0].date, NaiveDate::from_ymd_opt(2023, 3, 10));
    assert_eq!(docs[0].source.as_deref(), Some("Example News"));
    assert_eq!(docs[1].id, "https://example.com/b");
    assert_eq!(
        docs[1].text,
        "Turkey recalls envoy\nTurkey recalled its ambassador."
    );
    assert_eq!(docs[1].date, NaiveDate::from_ymd_opt(2023, 11, 4));
    assert_eq!(docs[1].source.as_deref(), Some("example.org"));
    assert_eq!(docs[2].id, format!("{p}:3"));
    assert!(!docs[2].has_headline);
    assert_eq!(docs[2].text, "No title here.");
    assert_eq!(docs[2].date, NaiveDate::from_ymd_opt(2016, 1, 4));
    assert_eq!(docs[2].source.as_deref(), Some("news.example"));
    assert_eq!(docs[3].id, "42");
    assert_eq!(docs[3].date, NaiveDate::from_ymd_opt(2016, 1, 4));
    assert_eq!(docs[4].title.as_deref(), Some("Headline with a break"));
    assert_eq!(docs[4].text, "Headline with a break\nBody text.");
    assert_eq!(
        docs[4].date,
        NaiveDate::from_ymd_opt(2000, 1, 1),
        "unparseable date -> default"
    );
    assert_eq!(docs[5].date, NaiveDate::from_ymd_opt(2016, 1, 4));
}

#[test]
fn malformed_jsonl_lines_are_reported_and_skipped() {
    let dir = tempfile::tempdir().unwrap();
    let body = "{\"id\": \"ok1\", \"text\": \"Qatar cut ties.\"}\n{\"id\": \"bad\", \"text\": \"unterminated\n[1, 2, 3]\n{\"id\": \"empty\", \"title\": \"\", \"text\": \"   \"}\n{\"id\": \"ok2\", \"text\": \"Egypt followed.\"}\r\n";
    let p = write(dir.path(), "mixed.jsonl", body.as_bytes());
    let items = read_all(std::slice::from_ref(&p));
    assert_eq!(items.len(), 5);
    assert_eq!(items[0].as_ref().unwrap().id, "ok1");
    let e = items[1].as_ref().unwrap_err();
    assert_eq!(e.line, Some(2));
    assert!(e.skipped);
    assert!(e.message.contains("malformed JSON"), "{e}");
    assert_eq!(e.to_string(), format!("{p}:2: {}", e.message));
    assert!(items[2]
        .as_ref()
        .unwrap_err()
        .message
        .contains("not a JSON object"));
    assert_eq!(items[2].as_ref().unwrap_err().line, Some(3));
    assert_eq!(items[3].as_ref().unwrap_err().message, "empty document");
    let ok2 = items[4].as_ref().unwrap();
    assert_eq!(ok2.id, "ok2");
    assert_eq!(ok2.text, "Egypt followed.", "CRLF stripped");
}

#[test]
fn invalid_utf8_is_decoded_with_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    let p = write(
        dir.path(),
        "latin1.txt",
        b"Caf\xe9 talks\nThe minister met in the caf\xe9.",
    );
    let items = read_all(&[p]);
    assert_eq!(items.len(), 2);
    let w = items[0].as_ref().unwrap_err();
    assert!(!w.skipped);
    assert!(w.message.contains("invalid UTF-8"));
    let doc = items[1].as_ref().unwrap();
    assert!(doc.text.contains("Caf\u{FFFD} talks"));

    let p = write(
        dir.path(),
        "bad.jsonl",
        b"{\"id\": \"x\", \"text\": \"Caf\xe9\"}\n",
    );
    let items = read_all(&[p]);
    assert_eq!(items.len(), 2);
    assert_eq!(items[0].as_ref().unwrap_err().line, Some(1));
    assert!(!items[0].as_ref().unwrap_err().skipped);
    assert_eq!(items[1].as_ref().unwrap().text, "Caf\u{FFFD}");
}

#[test]
fn binary_and_empty_files_are_skipped() {
    let dir = tempfile::tempdir().unwrap();
    let bin = write(dir.path(), "image.txt", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR");
    let empty = write(dir.path(), "empty.txt", b"");
    let blank = write(dir.path(), "blank.txt", b"  \n\n\t\n");
    let missing = dir
        .path()
        .join("missing.txt")
        .to_string_lossy()
        .into_owned();
    let good = write(dir.path(), "good.txt", b"Headline\nBody.");
    let items = read_all(&[bin.clone(), empty, blank, missing, good]);
    assert_eq!(items.len(), 5);
    let e = items[0].as_ref().unwrap_err();
    assert!(e.message.contains("binary"), "{e}");
    assert_eq!(e.path, bin);
    assert!(e.skipped);
    assert_eq!(items[1].as_ref().unwrap_err().message, "empty document");
    assert_eq!(items[2].as_ref().unwrap_err().message, "empty document");
    assert!(items[3]
        .as_ref()
        .unwrap_err()
        .message
        .contains("cannot open"));
    assert_eq!(items[4].as_ref().unwrap().id, "good");
}

#[test]
fn overlong_line_is_skipped_without_holding_it() {
    let dir = tempfile::tempdir().unwrap();
    let mut body = Vec::new();
    body.extend_from_slice(b"{\"id\": \"before\", \"text\": \"First.\"}\n");
    body.extend_from_slice(b"{\"id\": \"huge\", \"text\": \"");
    body.extend(std::iter::repeat_n(b'x', 300_000));
    body.extend_from_slice(b"\"}\n{\"id\": \"after\", \"text\": \"Last.\"}\n");
    let p = write(dir.path(), "long.jsonl", &body);
    let options = ReadOptions {
        max_line: 100_000,
        ..ReadOptions::default()
    };
    let items: Vec<_> = read_inputs_with(&[p], options).collect();
    assert_eq!(items.len(), 3);
    assert_eq!(items[0].as_ref().unwrap().id, "before");
    let e = items[1].as_ref().unwrap_err();
    assert_eq!(e.line, Some(2));
    assert!(e.message.contains("longer than 100000 bytes"), "{e}");
    assert_eq!(items[2].as_ref().unwrap().id, "after");
}

#[test]
#[ignore = "writes and reads a 100 MB file; run with --ignored"]
fn hundred_megabyte_single_line() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("huge.jsonl");
    {
        let mut f = std::io::BufWriter::new(std::fs::File::create(&p).unwrap());
        f.write_all(b"{\"id\": \"huge\", \"text\": \"").unwrap();
        let chunk = vec![b'a'; 1 << 20];
        for _ in 0..100 {
            f.write_all(&chunk).unwrap();
        }
        f.write_all(b"\"}\n{\"id\": \"next\", \"text\": \"Still read.\"}\n")
            .unwrap();
    }
    let items = read_all(&[p.to_string_lossy().into_owned()]);
    assert_eq!(items.len(), 2);
    assert!(items[0]
        .as_ref()
        .unwrap_err()
        .message
        .contains("longer than"));
    assert_eq!(items[1].as_ref().unwrap().id, "next");
}

#[test]
fn oversized_text_file_is_skipped() {
    let dir = tempfile::tempdir().unwrap();
    let p = write(dir.path(), "big.txt", &vec![b'a'; 5000]);
    let options = ReadOptions {
        max_document: 1000,
        ..ReadOptions::default()
    };
    let items: Vec<_> = read_inputs_with(&[p], options).collect();
    assert_eq!(items.len(), 1);
    assert!(items[0]
        .as_ref()
        .unwrap_err()
        .message
        .contains("larger than 1000 bytes"));
}

#[test]
fn directories_are_walked_in_sorted_order_by_extension() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "b.txt", b"B headline\nBody.");
    write(dir.path(), "a.txt", b"A headline\nBody.");
    write(dir.path(), "notes.md", b"# not an input");
    write(dir.path(), ".hidden.txt", b"Hidden\nBody.");
    write(
        dir.path(),
        "sub/c.jsonl",
        b"{\"id\": \"c\", \"text\": \"C.\"}\n",
    );
    write(dir.path(), "sub/deeper/d.TXT", b"D headline\nBody.");
    write(
        dir.path(),
        "sub/e.jsonl.gz",
        &gzip(b"{\"id\": \"e\", \"text\": \"E.\"}\n"),
    );
    let root = dir.path().to_string_lossy().into_owned();
    let ids: Vec<String> = read_all(&[root])
        .into_iter()
        .map(|r| r.unwrap().id)
        .collect();
    assert_eq!(ids, ["a", "b", "c", "d", "e"]);
}

#[test]
fn gzip_and_sniffing() {
    let dir = tempfile::tempdir().unwrap();
    let gz = write(
        dir.path(),
        "docs.jsonl.gz",
        &gzip(b"{\"id\": \"g1\", \"text\": \"One.\"}\n{\"id\": \"g2\", \"text\": \"Two.\"}\n"),
    );
    let ids: Vec<String> = read_all(&[gz]).into_iter().map(|r| r.unwrap().id).collect();
    assert_eq!(ids, ["g1", "g2"]);
    // Unknown extensions are sniffed.
    let j = write(
        dir.path(),
        "feed.dat",
        b"\n{\"id\": \"s\", \"text\": \"Sniffed.\"}\n",
    );
    let t = write(dir.path(), "notes", b"Plain headline\nPlain body.");
    let z = write(
        dir.path(),
        "blob",
        &gzip(b"{\"id\": \"z\", \"text\": \"Zipped.\"}\n"),
    );
    let ids: Vec<String> = read_all(&[j, t, z])
        .into_iter()
        .map(|r| r.unwrap().id)
        .collect();
    assert_eq!(ids, ["s", "notes", "z"]);
}

#[test]
fn truncated_gzip_reports_offset_and_continues() {
    let dir = tempfile::tempdir().unwrap();
    let mut lines = String::new();
    for i in 0..2000 {
        lines.push_str(&format!(
            "{{\"id\": \"d{i}\", \"text\": \"Document number {i} about talks between Qatar and its neighbours, {}.\"}}\n",
            i * 7919 % 10007
        ));
    }
    let full = gzip(lines.as_bytes());
    let cut = &full[..full.len() / 2];
    let p = write(dir.path(), "cut.jsonl.gz", cut);
    let good = write(dir.path(), "z.txt", b"After\nStill read.");
    let items = read_all(&[p.clone(), good]);
    let errors: Vec<&ReadError> = items.iter().filter_map(|r| r.as_ref().err()).collect();
    assert_eq!(errors.len(), 1, "{errors:?}");
    let e = errors[0];
    assert_eq!(e.path, p);
    assert!(
        e.offset.is_some_and(|o| o > 0 && o <= cut.len() as u64),
        "{e:?}"
    );
    assert!(e.skipped);
    let docs = items.iter().filter(|r| r.is_ok()).count();
    assert!(docs > 100 && docs < 2000, "{docs}");
    assert_eq!(items.last().unwrap().as_ref().unwrap().id, "z");
}

#[test]
fn display_forms() {
    let e = ReadError {
        path: "news.jsonl".into(),
        line: Some(7),
        offset: Some(100),
        message: "malformed JSON".into(),
        skipped: true,
    };
    assert_eq!(e.to_string(), "news.jsonl:7: malformed JSON");
    let e = ReadError { line: None, ..e };
    assert_eq!(e.to_string(), "news.jsonl: byte 100: malformed JSON");
    let e = ReadError { offset: None, ..e };
    assert_eq!(e.to_string(), "news.jsonl: malformed JSON");
}

//! HTML and WARC readers.

use std::io::Write;
use std::path::Path;

use chrono::NaiveDate;
use entente_model::{Document, SentenceKind};
use entente_text::read::extract_html;
use entente_text::{read_inputs, segment, ReadError};

fn write(dir: &Path, name: &str, bytes: &[u8]) -> String {
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p.to_string_lossy().into_owned()
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    e.write_all(bytes).unwrap();
    e.finish().unwrap()
}

const ARTICLE: &str = r##"<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Saudi Arabia and Iran agree to restore ties | Example News</title>
<meta property="og:title" content="Saudi Arabia and Iran agree to restore ties">
<meta property="og:site_name" content="Example News">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Saudi Arabia and Iran agree to restore ties","datePublished":"2023-03-10T14:30:00+03:00"}</script>
<script>var tracking = "Read more: nothing";</script>
<style>p { color: black; }</style>
</head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/business">Business</a></li></ul></nav></header>
<div class="share-bar"><a href="#">Share</a> <a href="#">Tweet</a> <a href="#">Email</a></div>
<main><article>
<h1>Saudi Arabia and Iran agree to restore ties</h1>
<p class="byline">By Jane Doe</p>
<p>Saudi Arabia and Iran agreed on Friday to restore diplomatic relations and reopen embassies within two months, in a deal brokered by China after talks in Beijing.</p>
<p>The announcement, made in a joint statement, ends a seven-year rupture between the two regional rivals, which cut ties in 2016 after protesters stormed the Saudi embassy in Tehran.</p>
<p>&ldquo;The two sides agreed to resume diplomatic relations,&rdquo; the statement said, adding that foreign ministers would meet to arrange the return of ambassadors.</p>
<p>Read more: How China brokered the deal</p>
<p>The United States said it welcomed any effort to help end the war in Yemen &amp; de-escalate tensions in the region.</p>
</article>
<aside><h2>Related stories</h2><ul><li><a href="/a">Iran executes protester</a></li><li><a href="/b">Oil prices rise</a></li></ul></aside>
</main>
<footer><p>&copy; 2023 Example News. All rights reserved.</p><p>Follow us on Twitter</p></footer>
</body></html>"##;

#[test]
fn html_main_content_title_and_date() {
    let page = extract_html(ARTICLE);
    assert_eq!(
        page.title.as_deref(),
        Some("Saudi Arabia and Iran agree to restore ties")
    );
    assert_eq!(page.date, NaiveDate::from_ymd_opt(2023, 3, 10));
    assert_eq!(page.site_name.as_deref(), Some("Example News"));
    let lines: Vec<&str> = page.text.lines().collect();
    assert!(
        lines[0].starts_with("Saudi Arabia and Iran agreed on Friday"),
        "{lines:#?}"
    );
    assert!(page
        .text
        .contains("\u{201C}The two sides agreed to resume diplomatic relations,\u{201D}"));
    assert!(page.text.contains("Yemen & de-escalate"));
    for absent in [
        "Home",
        "Tweet",
        "Read more",
        "Related stories",
        "Oil prices",
        "All rights",
        "Follow us",
        "tracking",
        "color",
    ] {
        assert!(
            !page.text.contains(absent),
            "{absent:?} in {:#?}",
            page.text
        );
    }
}

#[test]
fn html_file_becomes_a_document() {
    let dir = tempfile::tempdir().unwrap();
    let p = write(dir.path(), "saudi-iran.html", ARTICLE.as_bytes());
    let items: Vec<Result<Document, ReadError>> = read_inputs(&[p], None).collect();
    assert_eq!(items.len(), 1);
    let doc = items[0].as_ref().unwrap();
    assert_eq!(doc.id, "saudi-iran");
    assert!(doc.has_headline);
    assert!(doc.text.starts_with(
        "Saudi Arabia and Iran agree to restore ties\nSaudi Arabia and Iran agreed on Friday"
    ));
    assert_eq!(doc.date, NaiveDate::from_ymd_opt(2023, 3, 10));
    let sentences = segment(doc);
    assert_eq!(sentences[0].kind, SentenceKind::Headline);
    assert!(sentences[1..].iter().all(|s| s.kind == SentenceKind::Body));
}

#[test]
fn html_date_from_time_element_and_meta() {
    let body = "<p>Turkey recalled its ambassador to Israel on Saturday over the war in Gaza, the foreign ministry said in a statement, citing the humanitarian situation.</p><p>Israel had already recalled its own diplomats from Ankara for security reasons, officials said.</p>";
    let html = format!("<html><head><title>Turkey recalls envoy</title></head><body><article><time datetime=\"2023-11-04T10:00:00Z\">4 November</time>{body}</article></body></html>");
    let page = extract_html(&html);
    assert_eq!(page.date, NaiveDate::from_ymd_opt(2023, 11, 4));
    assert_eq!(page.title.as_deref(), Some("Turkey recalls envoy"));
    let html = format!("<html><head><meta property=\"article:published_time\" content=\"2016-06-27\"><title>T</title></head><body><article>{body}</article></body></html>");
    assert_eq!(
        extract_html(&html).date,
        NaiveDate::from_ymd_opt(2016, 6, 27)
    );
}

#[test]
fn html_without_content_is_an_empty_document() {
    let dir = tempfile::tempdir().unwrap();
    let p = write(dir.path(), "nav.htm", b"<html><head><title>Menu</title></head><body><nav><a href='/'>Home</a></nav></body></html>");
    let q = write(dir.path(), "broken.html", b"<html><body><p>Unclosed <b>tags <i>everywhere <div><p>Still text about talks between Qatar and Egypt that resumed on Monday after years of boycott.");
    let items: Vec<_> = read_inputs(&[p, q], None).collect();
    assert_eq!(items.len(), 2);
    assert_eq!(items[0].as_ref().unwrap_err().message, "empty document");
    assert!(items[1]
        .as_ref()
        .unwrap()
        .text
        .contains("Still text about talks"));
}

fn warc_record(kind: &str, uri: &str, date: &str, content_type: &str, block: &[u8]) -> Vec<u8> {
    let mut r = format!(
        "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:{}>\r\nWARC-Date: {date}\r\nWARC-Target-URI: {uri}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\r\n",
        uri.len(),
        block.len()
    )
    .into_bytes();
    r.extend_from_slice(block);
    r.extend_from_slice(b"\r\n\r\n");
    r
}

fn http(status: &str, headers: &str, body: &[u8]) -> Vec<u8> {
    let mut r = format!("HTTP/1.1 {status}\r\n{headers}\r\n").into_bytes();
    r.extend_from_slice(body);
    r
}

fn page(title: &str, body: &str) -> String {
    format!("<html><head><title>{title}</title></head><body><article><p>{body}</p><p>Officials on both sides said further talks were planned for the coming weeks, according to state media reports.</p></article></body></html>")
}

fn sample_records() -> Vec<Vec<u8>> {
    let resp = "application/http; msgtype=response";
    let p1 = page("Cuba and US restore ties", "The United States and Cuba announced on Wednesday that they would restore diplomatic relations after more than half a century of hostility.");
    let p2 = page("Embassy reopens in Havana", "The US embassy in Havana reopened on Monday as the American flag was raised for the first time since 1961, officials said.");
    let mut chunked = Vec::new();
    for part in p2.as_bytes().chunks(100) {
        chunked.extend_from_slice(format!("{:x}\r\n", part.len()).as_bytes());
        chunked.extend_from_slice(part);
        chunked.extend_from_slice(b"\r\n");
    }
    chunked.extend_from_slice(b"0\r\n\r\n");
    let p3 = page("Trump rolls back Cuba opening", "President Donald Trump on Friday announced a partial rollback of the opening to Cuba, tightening travel and trade rules.");
    vec![
        warc_record(
            "warcinfo",
            "",
            "2017-06-16T00:00:00Z",
            "application/warc-fields",
            b"software: test\r\n",
        ),
        warc_record(
            "request",
            "https://news.example/cuba",
            "2014-12-17T10:00:00Z",
            "application/http; msgtype=request",
            b"GET /cuba HTTP/1.1\r\nHost: news.example\r\n\r\n",
        ),
        warc_record(
            "response",
            "https://news.example/cuba",
            "2014-12-17T10:00:00Z",
            resp,
            &http(
                "200 OK",
                "Content-Type: text/html; charset=utf-8\r\n",
                p1.as_bytes(),
            ),
        ),
        warc_record(
            "response",
            "https://news.example/missing",
            "2014-12-17T10:00:01Z",
            resp,
            &http(
                "404 Not Found",
                "Content-Type: text/html\r\n",
                b"<html><body>Not found</body></html>",
            ),
        ),
        warc_record(
            "response",
            "https://news.example/logo.png",
            "2014-12-17T10:00:02Z",
            resp,
            &http("200 OK", "Content-Type: image/png\r\n", b"\x89PNG\0\0\0"),
        ),
        warc_record(
            "response",
            "https://news.example/embassy",
            "2015-07-20T08:00:00Z",
            resp,
            &http(
                "200 OK",
                "Content-Type: text/html\r\nTransfer-Encoding: chunked\r\n",
                &chunked,
            ),
        ),
        warc_record(
            "response",
            "https://news.example/rollback",
            "2017-06-16T12:00:00Z",
            resp,
            &http(
                "200 OK",
                "Content-Type: text/html\r\nContent-Encoding: gzip\r\n",
                &gzip(p3.as_bytes()),
            ),
        ),
    ]
}

#[test]
fn warc_response_records_become_documents() {
    let dir = tempfile::tempdir().unwrap();
    let plain: Vec<u8> = sample_records().concat();
    let gz: Vec<u8> = sample_records().iter().flat_map(|r| gzip(r)).collect();
    let p = write(dir.path(), "crawl.warc", &plain);
    let q = write(dir.path(), "crawl.warc.gz", &gz);
    for path in [p, q] {
        let items: Vec<_> = read_inputs(std::slice::from_ref(&path), None).collect();
        let docs: Vec<&Document> = items.iter().map(|r| r.as_ref().unwrap()).collect();
        assert_eq!(docs.len(), 3, "{path}: {items:#?}");
        assert_eq!(docs[0].id, "https://news.example/cuba");
        assert_eq!(docs[0].url.as_deref(), Some("https://news.example/cuba"));
        assert_eq!(docs[0].title.as_deref(), Some("Cuba and US restore ties"));
        assert_eq!(
            docs[0].date,
            NaiveDate::from_ymd_opt(2014, 12, 17),
            "WARC-Date as fallback"
        );
        assert!(docs[0]
            .text
            .contains("restore diplomatic relations after more than half a century"));
        assert!(
            docs[1]
                .text
                .contains("US embassy in Havana reopened on Monday"),
            "chunked"
        );
        assert_eq!(docs[1].date, NaiveDate::from_ymd_opt(2015, 7, 20));
        assert!(
            docs[2].text.contains("partial rollback"),
            "gzip content encoding"
        );
    }
}

#[test]
fn truncated_and_corrupt_warc() {
    let dir = tempfile::tempdir().unwrap();
    let records = sample_records();
    // Plain WARC cut inside the rollback record's block.
    let plain: Vec<u8> = records.concat();
    let cut = plain.len() - 200;
    let p = write(dir.path(), "cut.warc", &plain[..cut]);
    let items: Vec<_> = read_inputs(std::slice::from_ref(&p), None).collect();
    assert_eq!(items.iter().filter(|r| r.is_ok()).count(), 2);
    let e = items.last().unwrap().as_ref().unwrap_err();
    assert!(e.message.contains("truncated WARC record"), "{e}");
    let rollback_start = plain.len() - records.last().unwrap().len();
    assert_eq!(e.offset, Some(rollback_start as u64));
    assert_eq!(
        e.to_string(),
        format!("{p}: byte {rollback_start}: {}", e.message)
    );

    // Gzipped WARC cut in the middle of the last member.
    let gz: Vec<u8> = records.iter().flat_map(|r| gzip(r)).collect();
    let q = write(dir.path(), "cut.warc.gz", &gz[..gz.len() - 50]);
    let after = write(dir.path(), "after.txt", b"Next file\nStill read.");
    let items: Vec<_> = read_inputs(&[q.clone(), after], None).collect();
    let errors: Vec<_> = items.iter().filter_map(|r| r.as_ref().err()).collect();
    assert_eq!(errors.len(), 1, "{items:#?}");
    assert_eq!(errors[0].path, q);
    assert!(errors[0].offset.is_some());
    assert_eq!(items.iter().filter(|r| r.is_ok()).count(), 3);
    assert_eq!(items.last().unwrap().as_ref().unwrap().id, "after");

    // Garbage between records is skipped with one error; reading resumes at the next record.
    let mut mixed = records[2].clone();
    mixed.extend_from_slice(b"this is not a WARC header\r\nnor this\r\n");
    mixed.extend_from_slice(&records[5]);
    let r = write(dir.path(), "mixed.warc", &mixed);
    let items: Vec<_> = read_inputs(&[r], None).collect();
    assert_eq!(items.len(), 3, "{items:#?}");
    assert!(items[0].is_ok());
    assert!(items[1]
        .as_ref()
        .unwrap_err()
        .message
        .contains("not a WARC record"));
    assert!(items[2].is_ok());

    // A record without Content-Length cannot be framed: the file stops there.
    let bad = b"WARC/1.0\r\nWARC-Type: response\r\n\r\nbody".to_vec();
    let s = write(dir.path(), "nolength.warc", &bad);
    let items: Vec<_> = read_inputs(&[s], None).collect();
    assert_eq!(items.len(), 1);
    assert!(items[0]
        .as_ref()
        .unwrap_err()
        .message
        .contains("Content-Length"));
}

#[test]
fn declared_charsets_are_decoded_without_warnings() {
    let dir = tempfile::tempdir().unwrap();
    // "Erdoğan" is not in Latin-1; "Mélenchon" and "Doğu" are written in their page's charset.
    let latin1 = b"<html><head><meta charset=\"iso-8859-1\"><title>M\xe9lenchon \xe0 Ankara</title></head><body><article><p>Le dirigeant fran\xe7ais Jean-Luc M\xe9lenchon a rencontr\xe9 des responsables turcs \xe0 Ankara lundi, selon des m\xe9dias locaux qui ont suivi la visite.</p><p>La rencontre a dur\xe9 deux heures, a pr\xe9cis\xe9 son \xe9quipe dans un communiqu\xe9.</p></article></body></html>";
    let p = write(dir.path(), "latin1.html", latin1);
    let items: Vec<_> = read_inputs(&[p], None).collect();
    assert_eq!(items.len(), 1, "{items:#?}");
    let doc = items[0].as_ref().unwrap();
    assert!(doc
        .text
        .contains("Jean-Luc M\u{e9}lenchon a rencontr\u{e9}"));

    let turkish = "<html><head><title>Do\u{11f}u</title></head><body><article><p>Turkish officials met their Israeli counterparts in Ankara on Tuesday to discuss energy cooperation in the eastern Mediterranean, Do\u{11f}u news agency reported.</p><p>Both sides said the talks were constructive.</p></article></body></html>";
    let (body, _, _) = encoding_rs::WINDOWS_1254.encode(turkish);
    let http = [
        b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=windows-1254\r\n\r\n".to_vec(),
        body.into_owned(),
    ]
    .concat();
    let record = warc_record(
        "response",
        "https://news.example/tr",
        "2022-08-17T00:00:00Z",
        "application/http; msgtype=response",
        &http,
    );
    let q = write(dir.path(), "tr.warc", &record);
    let items: Vec<_> = read_inputs(&[q], None).collect();
    assert_eq!(items.len(), 1, "{items:#?}");
    assert!(items[0]
        .as_ref()
        .unwrap()
        .text
        .contains("Do\u{11f}u news agency"));
}

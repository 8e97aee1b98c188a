//! WARC records, read one at a time: HTML response (and resource) records become documents.

use std::collections::VecDeque;
use std::io::{self, BufRead, Read};

use super::{html_document, parse_iso_date, Ctx, ReadOptions, ReadResult, Source};

/// Longest WARC or HTTP header line kept.
const MAX_HEADER_LINE: u64 = 64 << 10;
/// Most header lines in one WARC or HTTP header block.
const MAX_HEADERS: usize = 512;

pub(crate) struct WarcSource {
    stream: Box<dyn BufRead + Send>,
    ctx: Ctx,
    /// Uncompressed bytes consumed so far.
    offset: u64,
    line: Vec<u8>,
}

/// The WARC headers Entente uses.
#[derive(Default)]
struct WarcHeaders {
    kind: String,
    content_type: String,
    length: Option<u64>,
    uri: Option<String>,
    date: Option<String>,
}

impl WarcSource {
    pub(crate) fn new(stream: Box<dyn BufRead + Send>, ctx: Ctx) -> Self {
        WarcSource {
            stream,
            ctx,
            offset: 0,
            line: Vec::new(),
        }
    }

    /// Reads one line (with its newline) into `self.line`; 0 at end of input.
    fn read_line(&mut self) -> io::Result<usize> {
        self.line.clear();
        let n = (&mut self.stream)
            .take(MAX_HEADER_LINE)
            .read_until(b'\n', &mut self.line)?;
        self.offset += n as u64;
        Ok(n)
    }

    fn error(&self, offset: u64, message: String) -> ReadResult {
        Err(self.ctx.error(None, Some(self.ctx.offset(offset)), message))
    }

    /// Skips `n` bytes of the stream. False when the input ends first.
    fn skip(&mut self, n: u64) -> io::Result<bool> {
        let copied = io::copy(&mut (&mut self.stream).take(n), &mut io::sink())?;
        self.offset += copied;
        Ok(copied == n)
    }
}

impl Source for WarcSource {
    fn advance(&mut self, out: &mut VecDeque<ReadResult>, options: &ReadOptions) -> bool {
        // Find the next version line, skipping blank lines and reporting garbage once.
        let mut garbage_at = None;
        let record_start = loop {
            let at = self.offset;
            match self.read_line() {
                Ok(0) => {
                    if let Some(g) = garbage_at {
                        out.push_back(
                            self.error(g, "trailing data that is not a WARC record".into()),
                        );
                    }
                    return false;
                }
                Ok(_) => {}
                Err(e) => {
                    out.push_back(
                        self.error(at, format!("read error (truncated or corrupt input?): {e}")),
                    );
                    return false;
                }
            }
            if self.line.starts_with(b"WARC/") {
                if let Some(g) = garbage_at {
                    out.push_back(self.error(
                        g,
                        "data that is not a WARC record: skipped to the next record".into(),
                    ));
                }
                break at;
            }
            if !self.line.iter().all(u8::is_ascii_whitespace) && garbage_at.is_none() {
                garbage_at = Some(at);
            }
        };

        // Named headers up to the blank line.
        let mut h = WarcHeaders::default();
        let mut count = 0;
        loop {
            match self.read_line() {
                Ok(0) => {
                    out.push_back(self.error(
                        record_start,
                        "truncated WARC record (headers cut off)".into(),
                    ));
                    return false;
                }
                Ok(_) => {}
                Err(e) => {
                    out.push_back(self.error(record_start, format!("truncated WARC record: {e}")));
                    return false;
                }
            }
            let line = String::from_utf8_lossy(&self.line);
            let line = line.trim_end();
            if line.is_empty() {
                break;
            }
            count += 1;
            if count > MAX_HEADERS {
                out.push_back(self.error(
                    record_start,
                    "WARC record with too many header lines".into(),
                ));
                return true;
            }
            let Some((name, value)) = line.split_once(':') else {
                continue;
            };
            let value = value.trim();
            match name.trim().to_ascii_lowercase().as_str() {
                "warc-type" => h.kind = value.to_ascii_lowercase(),
                "content-type" => h.content_type = value.to_ascii_lowercase(),
                "content-length" => h.length = value.parse().ok(),
                "warc-target-uri" => h.uri = Some(value.trim_matches(['<', '>']).to_string()),
                "warc-date" => h.date = Some(value.to_string()),
                _ => {}
            }
        }
        let Some(length) = h.length else {
            out.push_back(self.error(
                record_start,
                "WARC record without a valid Content-Length: stopped reading this file".into(),
            ));
            return false;
        };

        let is_response = h.kind == "response" && h.content_type.contains("application/http");
        let is_html_resource = h.kind == "resource" && is_html_type(&h.content_type);
        if !(is_response || is_html_resource) || length > options.max_document as u64 {
            if length > options.max_document as u64 && (is_response || is_html_resource) {
                out.push_back(self.error(
                    record_start,
                    format!(
                        "WARC record of {length} bytes is larger than {} bytes: skipped",
                        options.max_document
                    ),
                ));
            }
            return match self.skip(length) {
                Ok(true) => true,
                Ok(false) => {
                    out.push_back(
                        self.error(record_start, "truncated WARC record (block cut off)".into()),
                    );
                    false
                }
                Err(e) => {
                    out.push_back(self.error(record_start, format!("truncated WARC record: {e}")));
                    false
                }
            };
        }

        let mut block = Vec::with_capacity(length.min(1 << 20) as usize);
        match (&mut self.stream).take(length).read_to_end(&mut block) {
            Ok(n) => {
                self.offset += n as u64;
                if (n as u64) < length {
                    out.push_back(self.error(
                        record_start,
                        format!("truncated WARC record: {n} of {length} bytes"),
                    ));
                    return false;
                }
            }
            Err(e) => {
                out.push_back(self.error(record_start, format!("truncated WARC record: {e}")));
                return false;
            }
        }

        let (body, charset) = if is_response {
            match http_html_body(&block, options.max_document) {
                Ok(Some(body)) => body,
                Ok(None) => return true,
                Err(message) => {
                    out.push_back(self.error(record_start, message));
                    return true;
                }
            }
        } else {
            (block, charset_of(&h.content_type))
        };
        let path = self.ctx.path.clone();
        let offset = Some(self.ctx.offset(record_start));
        let text = self.ctx.decode_html(body, charset.as_deref(), offset, out);
        let date = h.date.as_deref().and_then(parse_iso_date);
        match html_document(&path, &text, h.uri.clone(), date, options) {
            Some(mut doc) => {
                // The target URI identifies the capture better than a canonical link.
                if let Some(uri) = h.uri {
                    doc.id = uri.clone();
                    doc.url = Some(uri);
                }
                out.push_back(Ok(doc));
            }
            None => out.push_back(self.error(
                record_start,
                format!(
                    "empty document ({})",
                    h.uri.as_deref().unwrap_or("no target URI")
                ),
            )),
        }
        true
    }
}

fn is_html_type(content_type: &str) -> bool {
    content_type.contains("html")
}

/// The `charset` parameter of a (lowercase) Content-Type value.
fn charset_of(content_type: &str) -> Option<String> {
    let at = content_type.find("charset=")? + 8;
    let value =
        content_type[at..].trim_matches(|c: char| c == '"' || c == '\'' || c.is_whitespace());
    let value = value.split([';', ' ', '"']).next()?;
    (!value.is_empty()).then(|| value.to_string())
}

/// A page's body and the charset its HTTP header declares.
type Body = (Vec<u8>, Option<String>);

/// The body of an HTTP response block when it is a successful HTML page: de-chunked and
/// decompressed, with the declared charset. `None` for other responses (redirects, errors,
/// images).
fn http_html_body(block: &[u8], max: usize) -> Result<Option<Body>, String> {
    let Some(head_end) = memchr::memmem::find(block, b"\r\n\r\n")
        .map(|i| i + 4)
        .or_else(|| memchr::memmem::find(block, b"\n\n").map(|i| i + 2))
    else {
        return Err("HTTP response without a header end".into());
    };
    let head = String::from_utf8_lossy(&block[..head_end]);
    let mut lines = head.lines();
    let status = lines.next().unwrap_or("");
    let code: u32 = status
        .split_whitespace()
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or(0);
    if !(200..300).contains(&code) {
        return Ok(None);
    }
    let (mut html, mut chunked, mut encoding) = (false, false, String::new());
    let mut charset = None;
    for line in lines.take(MAX_HEADERS) {
        let Some((name, value)) = line.split_once(':') else {
            continue;
        };
        let value = value.trim().to_ascii_lowercase();
        match name.trim().to_ascii_lowercase().as_str() {
            "content-type" => {
                html = is_html_type(&value);
                charset = charset_of(&value);
            }
            "transfer-encoding" => chunked = value.contains("chunked"),
            "content-encoding" => encoding = value,
            _ => {}
        }
    }
    if !html {
        return Ok(None);
    }
    let mut body = block[head_end..].to_vec();
    if chunked {
        body = dechunk(&body).ok_or("malformed chunked HTTP body")?;
    }
    if encoding.contains("gzip") || encoding.contains("deflate") {
        let mut out = Vec::new();
        let result = if encoding.contains("gzip") {
            flate2::read::MultiGzDecoder::new(&body[..])
                .take(max as u64 + 1)
                .read_to_end(&mut out)
        } else {
            flate2::read::ZlibDecoder::new(&body[..])
                .take(max as u64 + 1)
                .read_to_end(&mut out)
        };
        result.map_err(|e| format!("bad {encoding} HTTP body: {e}"))?;
        if out.len() > max {
            return Err(format!(
                "decompressed page larger than {max} bytes: skipped"
            ));
        }
        body = out;
    }
    Ok(Some((body, charset)))
}

/// Removes HTTP chunked transfer coding.
fn dechunk(mut data: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(data.len());
    loop {
        let eol = memchr::memmem::find(data, b"\r\n")?;
        let size_text = std::str::from_utf8(&data[..eol]).ok()?;
        let size_text = size_text.split(';').next()?.trim();
        let size = usize::from_str_radix(size_text, 16).ok()?;
        data = &data[eol + 2..];
        if size == 0 {
            return Some(out);
        }
        out.extend_from_slice(data.get(..size)?);
        data = data.get(size..)?;
        data = data.strip_prefix(b"\r\n").unwrap_or(data);
    }
}

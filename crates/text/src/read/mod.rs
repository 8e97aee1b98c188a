//! Document readers: plain text, JSONL, HTML, WARC (plain or gzipped), directories and stdin.
//!
//! [`read_inputs`] streams [`Document`]s from a list of paths. Every problem with the input is a
//! [`ReadError`] item in the stream, naming the file and the line or byte offset, and reading goes
//! on with the next record: a malformed JSONL line, a binary file, an empty document, an
//! over-long line, a truncated gzip or WARC file. Invalid UTF-8 is decoded lossily and reported
//! as a warning (`skipped: false`) just before the document it affects.
//!
//! Memory stays flat on large inputs: JSONL is read line by line (a line longer than
//! [`ReadOptions::max_line`] is skipped without being held), WARC record by record, and a single
//! document is capped at [`ReadOptions::max_document`] bytes.
//!
//! Formats, by extension (case-insensitive), or sniffed from the first bytes for stdin (`-`) and
//! unknown extensions:
//!
//! | extension | documents |
//! |---|---|
//! | `.txt` | one per file: id = file stem, first line = headline, date = a `YYYY-MM-DD` ending the stem, else the default date |
//! | `.jsonl`, `.ndjson` | one per line (see below) |
//! | `.html`, `.htm` | one per file: main content, title and date from the page |
//! | `.warc`, `.warc.gz` | one per HTML response record |
//! | `.gz` after any of these | the same, decompressed |
//!
//! JSONL fields: `id` (or `_id`), `title` (or `headline`), `text` (or news-please's `maintext`,
//! `body`, `content`), `date` (or `date_publish`, `published`, `datePublished`, ...: an ISO date,
//! RFC 3339, `YYYY-MM-DD HH:MM:SS`, RFC 2822 or Unix seconds), `url`, `source` (or
//! `source_domain`, trafilatura's `hostname`, `sitename`). With a title, the document text is the
//! title, a newline, then the body, and `has_headline` is true. Without an `id`, the id is the
//! url, else `FILE:LINE`.

mod html;
mod warc;

use std::collections::VecDeque;
use std::fmt;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use chrono::NaiveDate;
use entente_model::Document;
use serde::Deserialize;

pub use html::{extract_html, HtmlPage};

/// A problem with one record of the input. Reading continues after it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct ReadError {
    /// The input path as given (or found under a directory); `-` for stdin.
    pub path: String,
    /// 1-based line number, for line-oriented formats.
    pub line: Option<u64>,
    /// Byte offset where the record starts (in the decompressed stream for gzip inputs) or, for
    /// damaged gzip data, how far into the compressed file reading got.
    pub offset: Option<u64>,
    /// What went wrong.
    pub message: String,
    /// True when the record was lost; false for a warning about a document that was still read
    /// (invalid UTF-8 decoded lossily).
    pub skipped: bool,
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.line, self.offset) {
            (Some(line), _) => write!(f, "{}:{}: {}", self.path, line, self.message),
            (None, Some(offset)) => write!(f, "{}: byte {}: {}", self.path, offset, self.message),
            (None, None) => write!(f, "{}: {}", self.path, self.message),
        }
    }
}

impl ReadError {
    fn skipped(path: &str, line: Option<u64>, offset: Option<u64>, message: String) -> Self {
        ReadError {
            path: path.to_string(),
            line,
            offset,
            message,
            skipped: true,
        }
    }

    fn warning(path: &str, line: Option<u64>, offset: Option<u64>, message: String) -> Self {
        ReadError {
            skipped: false,
            ..ReadError::skipped(path, line, offset, message)
        }
    }
}

/// One item of the input stream.
pub type ReadResult = Result<Document, ReadError>;

/// Limits and defaults for [`read_inputs_with`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadOptions {
    /// Publication date for documents that carry none (plain text without a date in its name).
    pub default_date: Option<NaiveDate>,
    /// Longest JSONL line kept, in bytes; longer lines are skipped with an error.
    pub max_line: usize,
    /// Largest single document (text file, HTML page, WARC record), in bytes.
    pub max_document: usize,
}

impl Default for ReadOptions {
    fn default() -> Self {
        ReadOptions {
            default_date: None,
            max_line: 64 << 20,
            max_document: 64 << 20,
        }
    }
}

/// Streams documents from `paths`: files, directories (recursively, by extension, in sorted
/// order) and `-` for stdin. See the [module docs](self) for formats.
///
/// ```no_run
/// use entente_text::read_inputs;
///
/// for item in read_inputs(&["news/".to_string()], None) {
///     match item {
///         Ok(doc) => println!("{}: {} bytes", doc.id, doc.text.len()),
///         Err(e) => eprintln!("{e}"),
///     }
/// }
/// ```
pub fn read_inputs(paths: &[String], default_date: Option<NaiveDate>) -> Inputs {
    read_inputs_with(
        paths,
        ReadOptions {
            default_date,
            ..ReadOptions::default()
        },
    )
}

/// [`read_inputs`] with explicit limits.
pub fn read_inputs_with(paths: &[String], options: ReadOptions) -> Inputs {
    Inputs {
        options,
        pending: paths.iter().map(|p| Pending::Given(p.clone())).collect(),
        current: None,
        queue: VecDeque::new(),
    }
}

/// The stream of documents and errors returned by [`read_inputs`].
pub struct Inputs {
    options: ReadOptions,
    pending: VecDeque<Pending>,
    current: Option<Box<dyn Source>>,
    queue: VecDeque<ReadResult>,
}

enum Pending {
    /// A path as the user gave it: may be a directory or `-`.
    Given(String),
    /// A file found under a directory.
    Found(String),
}

impl Iterator for Inputs {
    type Item = ReadResult;

    fn next(&mut self) -> Option<ReadResult> {
        loop {
            if let Some(item) = self.queue.pop_front() {
                return Some(item);
            }
            if let Some(source) = self.current.as_mut() {
                if !source.advance(&mut self.queue, &self.options) {
                    self.current = None;
                }
                continue;
            }
            match self.pending.pop_front()? {
                Pending::Given(p) => self.open_given(p),
                Pending::Found(p) => self.open_file(p),
            }
        }
    }
}

impl Inputs {
    fn open_given(&mut self, path: String) {
        if path == "-" {
            let stdin: Box<dyn Read + Send> = Box::new(io::stdin());
            self.open_stream(path, stdin, None, None);
            return;
        }
        match std::fs::metadata(&path) {
            Ok(m) if m.is_dir() => {
                let mut files = Vec::new();
                if let Err(e) = walk(Path::new(&path), &mut files) {
                    self.queue.push_back(Err(ReadError::skipped(
                        &path,
                        None,
                        None,
                        format!("cannot read directory: {e}"),
                    )));
                }
                files.sort();
                for f in files.into_iter().rev() {
                    self.pending
                        .push_front(Pending::Found(f.to_string_lossy().into_owned()));
                }
            }
            Ok(_) => self.open_file(path),
            Err(e) => self.queue.push_back(Err(ReadError::skipped(
                &path,
                None,
                None,
                format!("cannot open: {e}"),
            ))),
        }
    }

    fn open_file(&mut self, path: String) {
        let file = match File::open(&path) {
            Ok(f) => f,
            Err(e) => {
                self.queue.push_back(Err(ReadError::skipped(
                    &path,
                    None,
                    None,
                    format!("cannot open: {e}"),
                )));
                return;
            }
        };
        let format = Format::from_path(&path);
        self.open_stream(
            path,
            Box::new(file),
            format.map(|f| f.0),
            format.map(|f| f.1),
        );
    }

    /// Opens a byte stream of a known or sniffed format.
    fn open_stream(
        &mut self,
        path: String,
        raw: Box<dyn Read + Send>,
        format: Option<Format>,
        gzip: Option<bool>,
    ) {
        let counter = Arc::new(AtomicU64::new(0));
        let counted = Counting {
            inner: raw,
            count: Arc::clone(&counter),
        };
        let mut reader = BufReader::with_capacity(64 << 10, counted);
        let head = match fill_head(&mut reader) {
            Ok(h) => h,
            Err(e) => {
                self.queue.push_back(Err(ReadError::skipped(
                    &path,
                    None,
                    Some(0),
                    format!("read error: {e}"),
                )));
                return;
            }
        };
        let gzip = gzip.unwrap_or_else(|| head.starts_with(&[0x1f, 0x8b]));
        let compressed = if gzip {
            Some(Arc::clone(&counter))
        } else {
            None
        };
        let mut stream: Box<dyn BufRead + Send> = if gzip {
            Box::new(BufReader::with_capacity(
                64 << 10,
                flate2::bufread::MultiGzDecoder::new(reader),
            ))
        } else {
            Box::new(reader)
        };
        let head = if gzip {
            match fill_head(&mut stream) {
                Ok(h) => h,
                Err(e) => {
                    self.queue.push_back(Err(ReadError::skipped(
                        &path,
                        None,
                        Some(counter.load(Ordering::Relaxed)),
                        format!("bad gzip data: {e}"),
                    )));
                    return;
                }
            }
        } else {
            head
        };
        let format = format.unwrap_or_else(|| Format::sniff(&head));
        if is_binary(&head) && format != Format::Warc {
            self.queue.push_back(Err(ReadError::skipped(
                &path,
                None,
                Some(0),
                "binary file (NUL bytes): skipped".to_string(),
            )));
            return;
        }
        let ctx = Ctx { path, compressed };
        match format {
            Format::Jsonl => {
                self.current = Some(Box::new(JsonlSource {
                    lines: LineReader::new(stream),
                    ctx,
                }));
            }
            Format::Warc => {
                self.current = Some(Box::new(warc::WarcSource::new(stream, ctx)));
            }
            Format::Txt | Format::Html => {
                let bytes = match read_capped(&mut stream, self.options.max_document) {
                    Ok(Some(b)) => b,
                    Ok(None) => {
                        self.queue.push_back(Err(ctx.error(
                            None,
                            Some(0),
                            format!(
                                "document larger than {} bytes: skipped",
                                self.options.max_document
                            ),
                        )));
                        return;
                    }
                    Err(e) => {
                        self.queue.push_back(Err(ctx.error(
                            None,
                            Some(ctx.offset(0)),
                            format!("read error: {e}"),
                        )));
                        return;
                    }
                };
                let text = if format == Format::Html {
                    ctx.decode_html(bytes, None, Some(0), &mut self.queue)
                } else {
                    ctx.decode(bytes, None, Some(0), &mut self.queue)
                };
                let doc = if format == Format::Txt {
                    txt_document(&ctx.path, text, &self.options)
                } else {
                    html_document(&ctx.path, &text, None, None, &self.options)
                };
                self.queue.push_back(
                    doc.ok_or_else(|| ctx.error(None, Some(0), "empty document".to_string())),
                );
            }
        }
    }
}

/// Where a source reports its errors.
pub(crate) struct Ctx {
    pub(crate) path: String,
    /// Bytes read from the compressed file so far, for gzip inputs.
    compressed: Option<Arc<AtomicU64>>,
}

impl Ctx {
    pub(crate) fn error(
        &self,
        line: Option<u64>,
        offset: Option<u64>,
        message: String,
    ) -> ReadError {
        ReadError::skipped(&self.path, line, offset, message)
    }

    /// The offset to report: the compressed position for gzip inputs (where the damage is), the
    /// given uncompressed offset otherwise.
    pub(crate) fn offset(&self, uncompressed: u64) -> u64 {
        match &self.compressed {
            Some(c) => c.load(Ordering::Relaxed),
            None => uncompressed,
        }
    }

    /// Text of an HTML page: UTF-8 when it is valid UTF-8, else the charset that the HTTP header
    /// (`charset`) or the page's `<meta charset>` declares, else UTF-8 decoded lossily with a
    /// warning.
    pub(crate) fn decode_html(
        &self,
        bytes: Vec<u8>,
        charset: Option<&str>,
        offset: Option<u64>,
        queue: &mut VecDeque<ReadResult>,
    ) -> String {
        if std::str::from_utf8(&bytes).is_err() {
            let label = charset.map(str::to_string).or_else(|| meta_charset(&bytes));
            let encoding =
                label.and_then(|l| encoding_rs::Encoding::for_label(l.trim().as_bytes()));
            if let Some(encoding) = encoding.filter(|e| *e != encoding_rs::UTF_8) {
                let (text, _, had_errors) = encoding.decode(&bytes);
                if !had_errors {
                    return text.into_owned();
                }
            }
        }
        self.decode(bytes, None, offset, queue)
    }

    /// UTF-8 text of `bytes`, decoded lossily with a warning when invalid.
    pub(crate) fn decode(
        &self,
        bytes: Vec<u8>,
        line: Option<u64>,
        offset: Option<u64>,
        queue: &mut VecDeque<ReadResult>,
    ) -> String {
        let mut bytes = bytes;
        if bytes.starts_with(b"\xEF\xBB\xBF") {
            bytes.drain(..3);
        }
        match String::from_utf8(bytes) {
            Ok(s) => s,
            Err(e) => {
                let at = e.utf8_error().valid_up_to();
                queue.push_back(Err(ReadError::warning(
                    &self.path,
                    line,
                    offset,
                    format!("invalid UTF-8 at byte {at} of the record: decoded lossily"),
                )));
                String::from_utf8_lossy(e.as_bytes()).into_owned()
            }
        }
    }
}

/// A record-by-record source.
trait Source: Send {
    /// Reads the next record, pushing documents and errors to `out`. False when exhausted.
    fn advance(&mut self, out: &mut VecDeque<ReadResult>, options: &ReadOptions) -> bool;
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    Txt,
    Jsonl,
    Html,
    Warc,
}

impl Format {
    /// Format and gzip flag from a file name, if the extension is known.
    fn from_path(path: &str) -> Option<(Format, bool)> {
        let name = Path::new(path)
            .file_name()?
            .to_string_lossy()
            .to_ascii_lowercase();
        let (base, gz) = match name.strip_suffix(".gz") {
            Some(b) => (b, true),
            None => (name.as_str(), false),
        };
        let ext = Path::new(base).extension()?.to_str()?;
        let f = match ext {
            "txt" | "text" => Format::Txt,
            "jsonl" | "ndjson" => Format::Jsonl,
            "html" | "htm" | "xhtml" => Format::Html,
            "warc" => Format::Warc,
            _ => return None,
        };
        Some((f, gz))
    }

    /// Format from the first bytes of a stream.
    fn sniff(head: &[u8]) -> Format {
        let start = if head.starts_with(b"\xEF\xBB\xBF") {
            3
        } else {
            0
        };
        let body = &head[start..];
        if body.starts_with(b"WARC/") {
            return Format::Warc;
        }
        let first = body.iter().position(|b| !b.is_ascii_whitespace());
        match first.map(|i| body[i]) {
            Some(b'{') => Format::Jsonl,
            Some(b'<') => Format::Html,
            _ => Format::Txt,
        }
    }
}

/// Whether a directory entry is an input by its extension.
fn is_input_file(path: &Path) -> bool {
    Format::from_path(&path.to_string_lossy()).is_some()
}

/// Collects input files under `dir`, recursively. Hidden entries are skipped; symbolic links to
/// directories are not followed (no cycles).
fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let name = entry.file_name();
        if name.to_string_lossy().starts_with('.') {
            continue;
        }
        let path = entry.path();
        let ft = entry.file_type()?;
        if ft.is_dir() {
            walk(&path, out)?;
        } else if is_input_file(&path)
            && (ft.is_file() || std::fs::metadata(&path).is_ok_and(|m| m.is_file()))
        {
            out.push(path);
        }
    }
    Ok(())
}

/// Counts the bytes read through it.
struct Counting<R> {
    inner: R,
    count: Arc<AtomicU64>,
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.count.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

/// The first bytes of a buffered stream (up to 8 KB, fewer if the buffer returns fewer).
fn fill_head<R: BufRead + ?Sized>(r: &mut R) -> io::Result<Vec<u8>> {
    loop {
        match r.fill_buf() {
            Ok(b) => return Ok(b[..b.len().min(8192)].to_vec()),
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        }
    }
}

/// NUL bytes in the first 8 KB mark a binary file.
fn is_binary(head: &[u8]) -> bool {
    memchr::memchr(0, &head[..head.len().min(8192)]).is_some()
}

/// Reads at most `max` bytes; `None` when there is more.
fn read_capped<R: Read + ?Sized>(r: &mut R, max: usize) -> io::Result<Option<Vec<u8>>> {
    let mut buf = Vec::new();
    r.take(max as u64 + 1).read_to_end(&mut buf)?;
    if buf.len() > max {
        return Ok(None);
    }
    Ok(Some(buf))
}

/// The charset an HTML page declares in its first 4 KB (`<meta charset="...">` or
/// `content="text/html; charset=..."`).
fn meta_charset(bytes: &[u8]) -> Option<String> {
    let head = &bytes[..bytes.len().min(4096)];
    let lower = head.to_ascii_lowercase();
    let at = memchr::memmem::find(&lower, b"charset=")? + 8;
    let rest = &lower[at..];
    let rest = rest
        .strip_prefix(b"\"")
        .or_else(|| rest.strip_prefix(b"'"))
        .unwrap_or(rest);
    let end = rest
        .iter()
        .position(|b| !(b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b':' | b'.')))
        .unwrap_or(rest.len());
    (end > 0).then(|| String::from_utf8_lossy(&rest[..end]).into_owned())
}

/// A plain-text document: first line is the headline.
fn txt_document(path: &str, text: String, options: &ReadOptions) -> Option<Document> {
    if text.trim().is_empty() {
        return None;
    }
    let stem = Path::new(path)
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.to_string());
    let stem = stem.strip_suffix(".txt").unwrap_or(&stem).to_string();
    let title = text
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .map(str::to_string);
    let date = date_in_name(&stem).or(options.default_date);
    Some(Document {
        id: if path == "-" {
            "stdin".to_string()
        } else {
            stem
        },
        title,
        text,
        date,
        url: None,
        source: None,
        has_headline: true,
    })
}

/// A `YYYY-MM-DD` date that ends a file stem ("qatar-2017-06-05").
fn date_in_name(stem: &str) -> Option<NaiveDate> {
    let b = stem.as_bytes();
    if b.len() < 10 {
        return None;
    }
    let tail = &stem[stem.len() - 10..];
    if b.len() > 10 && b[b.len() - 11].is_ascii_digit() {
        return None;
    }
    parse_iso_date(tail)
}

/// `YYYY-MM-DD` at the start of `s`.
pub(crate) fn parse_iso_date(s: &str) -> Option<NaiveDate> {
    let b = s.as_bytes();
    if b.len() < 10
        || b[4] != b'-'
        || b[7] != b'-'
        || !b[..4]
            .iter()
            .chain(&b[5..7])
            .chain(&b[8..10])
            .all(u8::is_ascii_digit)
    {
        return None;
    }
    if b.len() > 10 && b[10].is_ascii_digit() {
        return None;
    }
    let y: i32 = s[..4].parse().ok()?;
    let m: u32 = s[5..7].parse().ok()?;
    let d: u32 = s[8..10].parse().ok()?;
    NaiveDate::from_ymd_opt(y, m, d)
}

/// A publication date in any of the forms feeds and scrapers write: ISO date, RFC 3339,
/// "YYYY-MM-DD HH:MM:SS", "YYYY/MM/DD", RFC 2822, or Unix seconds or milliseconds.
pub(crate) fn parse_date(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    if let Some(d) = parse_iso_date(s) {
        return Some(d);
    }
    if s.len() >= 10 && s.as_bytes()[4] == b'/' && s.as_bytes()[7] == b'/' {
        return parse_iso_date(&s.replacen('/', "-", 2));
    }
    if let Ok(dt) = chrono::DateTime::parse_from_rfc2822(s) {
        return Some(dt.date_naive());
    }
    if !s.is_empty() && s.len() <= 13 && s.bytes().all(|b| b.is_ascii_digit()) {
        let v: i64 = s.parse().ok()?;
        return epoch_date(v);
    }
    None
}

fn epoch_date(v: i64) -> Option<NaiveDate> {
    let secs = if v > 100_000_000_000 { v / 1000 } else { v };
    chrono::DateTime::from_timestamp(secs, 0).map(|d| d.date_naive())
}

/// Lines with a length cap, numbered from 1, with the byte offset where each starts.
pub(crate) struct LineReader {
    inner: Box<dyn BufRead + Send>,
    line: u64,
    offset: u64,
    buf: Vec<u8>,
}

/// One step of a [`LineReader`].
pub(crate) enum Line {
    /// A line (without its newline) in `LineReader::buf`.
    Ok,
    /// A line longer than the cap, of this many bytes, discarded.
    TooLong(u64),
    /// End of input.
    Eof,
    /// A read error (such as a truncated gzip stream).
    Err(io::Error),
}

impl LineReader {
    pub(crate) fn new(inner: Box<dyn BufRead + Send>) -> Self {
        LineReader {
            inner,
            line: 0,
            offset: 0,
            buf: Vec::new(),
        }
    }

    /// Reads the next line, holding at most `max` bytes of it.
    pub(crate) fn next_line(&mut self, max: usize) -> Line {
        if self.buf.capacity() > (1 << 20) {
            self.buf = Vec::new();
        }
        self.buf.clear();
        let mut total = 0u64;
        let mut too_long = false;
        loop {
            let avail = match self.inner.fill_buf() {
                Ok(b) => b,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Line::Err(e),
            };
            if avail.is_empty() {
                if total == 0 {
                    return Line::Eof;
                }
                break;
            }
            let (take, done) = match memchr::memchr(b'\n', avail) {
                Some(i) => (i + 1, true),
                None => (avail.len(), false),
            };
            if !too_long {
                if self.buf.len() + take > max.saturating_add(1) {
                    too_long = true;
                    self.buf = Vec::new();
                } else {
                    self.buf.extend_from_slice(&avail[..take]);
                }
            }
            self.inner.consume(take);
            total += take as u64;
            if done {
                break;
            }
        }
        self.line += 1;
        self.offset += total;
        if too_long {
            return Line::TooLong(total);
        }
        if self.buf.last() == Some(&b'\n') {
            self.buf.pop();
        }
        if self.buf.last() == Some(&b'\r') {
            self.buf.pop();
        }
        Line::Ok
    }
}

/// A JSONL file.
struct JsonlSource {
    lines: LineReader,
    ctx: Ctx,
}

impl Source for JsonlSource {
    fn advance(&mut self, out: &mut VecDeque<ReadResult>, options: &ReadOptions) -> bool {
        let start = self.lines.offset;
        match self.lines.next_line(options.max_line) {
            Line::Eof => false,
            Line::Err(e) => {
                out.push_back(Err(self.ctx.error(
                    Some(self.lines.line + 1),
                    Some(self.ctx.offset(start)),
                    format!("read error (truncated or corrupt input?): {e}"),
                )));
                false
            }
            Line::TooLong(n) => {
                out.push_back(Err(self.ctx.error(
                    Some(self.lines.line),
                    Some(start),
                    format!(
                        "line of {n} bytes is longer than {} bytes: skipped",
                        options.max_line
                    ),
                )));
                true
            }
            Line::Ok => {
                let line = self.lines.line;
                let buf = std::mem::take(&mut self.lines.buf);
                if !buf.iter().all(u8::is_ascii_whitespace) {
                    let text = self.ctx.decode(buf, Some(line), Some(start), out);
                    let item = jsonl_document(&self.ctx.path, line, &text, options);
                    out.push_back(item.map_err(|m| self.ctx.error(Some(line), Some(start), m)));
                }
                true
            }
        }
    }
}

/// The JSONL fields Entente reads; everything else is ignored.
#[derive(Deserialize, Default)]
struct JsonRecord {
    id: Option<serde_json::Value>,
    #[serde(rename = "_id")]
    id2: Option<serde_json::Value>,
    title: Option<serde_json::Value>,
    headline: Option<serde_json::Value>,
    text: Option<serde_json::Value>,
    maintext: Option<serde_json::Value>,
    body: Option<serde_json::Value>,
    content: Option<serde_json::Value>,
    date: Option<serde_json::Value>,
    date_publish: Option<serde_json::Value>,
    published: Option<serde_json::Value>,
    #[serde(rename = "datePublished")]
    date_published2: Option<serde_json::Value>,
    date_published: Option<serde_json::Value>,
    publish_date: Option<serde_json::Value>,
    url: Option<serde_json::Value>,
    source: Option<serde_json::Value>,
    source_domain: Option<serde_json::Value>,
    hostname: Option<serde_json::Value>,
    sitename: Option<serde_json::Value>,
}

/// A JSON value as text: strings as they are, numbers written out, `{"name": ...}` objects by
/// name; empty strings and null as `None`.
fn value_text(v: &Option<serde_json::Value>) -> Option<String> {
    let s = match v.as_ref()? {
        serde_json::Value::String(s) => s.clone(),
        serde_json::Value::Number(n) => n.to_string(),
        serde_json::Value::Object(o) => return value_text(&o.get("name").cloned()),
        _ => return None,
    };
    (!s.trim().is_empty()).then_some(s)
}

fn first_text(vs: &[&Option<serde_json::Value>]) -> Option<String> {
    vs.iter().find_map(|v| value_text(v))
}

/// Collapses runs of whitespace (newlines included) to single spaces.
fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn jsonl_document(
    path: &str,
    line: u64,
    text: &str,
    options: &ReadOptions,
) -> Result<Document, String> {
    let value: serde_json::Value =
        serde_json::from_str(text).map_err(|e| format!("malformed JSON: {e}"))?;
    if !value.is_object() {
        return Err("not a JSON object".to_string());
    }
    let r: JsonRecord =
        serde_json::from_value(value).map_err(|e| format!("unexpected JSON record: {e}"))?;
    let title = first_text(&[&r.title, &r.headline]).map(|t| one_line(&t));
    let body = first_text(&[&r.text, &r.maintext, &r.body, &r.content]).unwrap_or_default();
    let url = first_text(&[&r.url]);
    let id = first_text(&[&r.id, &r.id2])
        .or_else(|| url.clone())
        .unwrap_or_else(|| format!("{path}:{line}"));
    let date_text = first_text(&[
        &r.date,
        &r.date_publish,
        &r.published,
        &r.date_published2,
        &r.date_published,
        &r.publish_date,
    ]);
    let date = match &date_text {
        Some(d) => parse_date(d).or(options.default_date),
        None => options.default_date,
    };
    let source = first_text(&[&r.source, &r.source_domain, &r.hostname, &r.sitename]);
    let (text, has_headline) = match &title {
        Some(t) => {
            let body_trim = body.trim_start();
            if body_trim.starts_with(t.as_str()) && body_trim[t.len()..].starts_with(['\n', '\r']) {
                (body_trim.to_string(), true)
            } else if body.trim().is_empty() {
                (t.clone(), true)
            } else {
                (format!("{t}\n{body}"), true)
            }
        }
        None => (body, false),
    };
    if text.trim().is_empty() {
        return Err("empty document".to_string());
    }
    Ok(Document {
        id,
        title,
        text,
        date,
        url,
        source,
        has_headline,
    })
}

/// A document from an HTML page: main content, title and date extracted.
pub(crate) fn html_document(
    path: &str,
    html: &str,
    url: Option<String>,
    fallback_date: Option<NaiveDate>,
    options: &ReadOptions,
) -> Option<Document> {
    let page = extract_html(html);
    let body = page.text.trim();
    if body.is_empty() {
        return None;
    }
    let title = page.title.map(|t| one_line(&t)).filter(|t| !t.is_empty());
    let (text, has_headline) = match &title {
        Some(t) if !body.starts_with(t.as_str()) => (format!("{t}\n{body}"), true),
        Some(_) => (body.to_string(), true),
        None => (body.to_string(), false),
    };
    let url = url.or(page.url);
    let id = match &url {
        Some(u) => u.clone(),
        None => Path::new(path)
            .file_stem()
            .map_or_else(|| path.to_string(), |s| s.to_string_lossy().into_owned()),
    };
    Some(Document {
        id,
        title,
        text,
        date: page.date.or(fallback_date).or(options.default_date),
        url,
        source: page.site_name,
        has_headline,
    })
}

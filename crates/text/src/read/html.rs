//! HTML main-content extraction, with `dom_smoothie` (a port of Mozilla's Readability).

use chrono::NaiveDate;
use dom_smoothie::{Config, Readability, TextMode};

use super::parse_date;
use crate::boilerplate::is_boilerplate_line;

/// What [`extract_html`] finds in a page.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct HtmlPage {
    /// Headline: `og:title` and the other title metadata, else `<title>`.
    pub title: Option<String>,
    /// Main content, one paragraph per line, without navigation, share bars, "Read more" and
    /// related-story lines.
    pub text: String,
    /// Publication date: `article:published_time`, JSON-LD `datePublished`, or the first
    /// `<time datetime>`.
    pub date: Option<NaiveDate>,
    /// Canonical URL from the page's metadata.
    pub url: Option<String>,
    /// Site name (`og:site_name`).
    pub site_name: Option<String>,
}

/// Largest number of elements a page may have before extraction gives up on it.
const MAX_ELEMENTS: usize = 100_000;

/// Extracts the main content and metadata of an HTML page. Never fails: a page with no readable
/// content gives an empty `text`.
///
/// ```
/// let html = r#"<html><head><title>Site | Ignored</title>
///   <meta property="og:title" content="Turkey and Israel restore full ties">
///   <meta property="article:published_time" content="2022-08-17T09:00:00Z"></head>
///   <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
///   <article><h1>Turkey and Israel restore full ties</h1>
///   <p>Turkey and Israel agreed on Wednesday to restore full diplomatic relations and return
///   ambassadors, the Israeli prime minister's office said in a statement.</p>
///   <p>The two countries expelled each other's ambassadors in 2018 after deadly clashes on the
///   Gaza border, and ties have been slowly improving since last year.</p>
///   <p>Read more: What the deal means for Gaza</p></article>
///   <footer>Copyright 2022 Example News</footer></body></html>"#;
/// let page = entente_text::read::extract_html(html);
/// assert_eq!(page.title.as_deref(), Some("Turkey and Israel restore full ties"));
/// assert_eq!(page.date, chrono::NaiveDate::from_ymd_opt(2022, 8, 17));
/// assert!(page.text.starts_with("Turkey and Israel agreed on Wednesday"));
/// assert!(!page.text.contains("Read more"));
/// assert!(!page.text.contains("Home"));
/// ```
pub fn extract_html(html: &str) -> HtmlPage {
    let cfg = Config {
        text_mode: TextMode::Formatted,
        max_elements_to_parse: MAX_ELEMENTS,
        ..Config::default()
    };
    let mut page = HtmlPage::default();
    let Ok(mut readability) = Readability::new(html, None, Some(cfg)) else {
        return page;
    };
    match readability.parse() {
        Ok(article) => {
            page.title = non_empty(article.title.to_string());
            page.text = clean_text(&article.text_content, page.title.as_deref());
            page.date = article.published_time.as_deref().and_then(parse_date);
            page.url = article.url;
            page.site_name = article.site_name;
        }
        Err(_) => {
            let meta = readability.get_article_metadata(readability.parse_json_ld());
            page.title = non_empty(meta.title);
            page.date = meta.published_time.as_deref().and_then(parse_date);
            page.url = meta.url;
            page.site_name = meta.site_name;
        }
    }
    if page.date.is_none() {
        page.date = time_element_date(html);
    }
    page
}

fn non_empty(s: String) -> Option<String> {
    let t = s.split_whitespace().collect::<Vec<_>>().join(" ");
    (!t.is_empty()).then_some(t)
}

/// One paragraph per line, whitespace collapsed, boilerplate lines and a repeated headline
/// dropped.
fn clean_text(text: &str, title: Option<&str>) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        let line = line.split_whitespace().collect::<Vec<_>>().join(" ");
        if line.is_empty() || is_boilerplate_line(&line) {
            continue;
        }
        if out.is_empty() && title == Some(line.as_str()) {
            continue;
        }
        out.push_str(&line);
        out.push('\n');
    }
    out.truncate(out.trim_end().len());
    out
}

/// The date of the first `<time datetime="...">` element.
fn time_element_date(html: &str) -> Option<NaiveDate> {
    let bytes = html.as_bytes();
    let mut from = 0;
    while let Some(k) = memchr::memmem::find(&bytes[from..], b"<time") {
        let start = from + k + 5;
        let end = memchr::memchr(b'>', &bytes[start..]).map_or(bytes.len(), |e| start + e);
        let tag = &html[start..end];
        if let Some(a) = tag.find("datetime=") {
            let value = tag[a + 9..].trim_start_matches(['"', '\'']);
            if let Some(d) = parse_date(value.get(..value.len().min(40)).unwrap_or(value)) {
                return Some(d);
            }
            if let Some(d) = super::parse_iso_date(value) {
                return Some(d);
            }
        }
        from = end;
    }
    None
}

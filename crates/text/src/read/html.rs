//! HTML main-content extraction.

use chrono::NaiveDate;

/// What [`extract_html`] finds in a page.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct HtmlPage {
    /// Headline: `og:title`, else `<title>`, else the first `<h1>`.
    pub title: Option<String>,
    /// Main content, one paragraph per line.
    pub text: String,
    /// Publication date.
    pub date: Option<NaiveDate>,
    /// Canonical URL (`og:url` or `<link rel="canonical">`).
    pub url: Option<String>,
    /// Site name (`og:site_name`).
    pub site_name: Option<String>,
}

/// Extracts the main content of an HTML page (stub: being written).
pub fn extract_html(_html: &str) -> HtmlPage {
    HtmlPage::default()
}

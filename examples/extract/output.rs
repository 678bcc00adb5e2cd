//! `--format`: what the binary prints (JSON by default, an HTML report, or
//! a terminal view). The rendering itself is in `news_claims::render`.

use std::io::IsTerminal;

use news_claims::corpus::CorpusReport;
use news_claims::{render, Analysis};

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Format {
    #[default]
    Json,
    Html,
    Text,
}

impl Format {
    pub fn parse(s: Option<String>) -> Result<Format, String> {
        match s.as_deref() {
            Some("json") => Ok(Format::Json),
            Some("html") => Ok(Format::Html),
            Some("text") => Ok(Format::Text),
            Some(other) => Err(format!(
                "unknown --format {other:?}: use json, html or text"
            )),
            None => Err("--format needs a value: json, html or text".to_string()),
        }
    }
}

/// Colour only for a person at a terminal who has not asked for none.
fn color() -> bool {
    std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}

pub fn one(format: Format, path: &str, a: &Analysis, pretty: bool) -> String {
    match format {
        Format::Json => crate::to_json(a, pretty),
        Format::Html => render::html(&[(display(path), a)], None),
        Format::Text => render::text(a, color()),
    }
}

pub fn many(format: Format, report: &CorpusReport, pretty: bool) -> String {
    match format {
        Format::Json => crate::to_json(report, pretty),
        Format::Html => render::html_report(report),
        Format::Text => {
            let color = color();
            report
                .documents
                .iter()
                .map(|d| format!("== {} ==\n{}", d.path, render::text(&d.analysis, color)))
                .collect::<Vec<_>>()
                .join("\n")
        }
    }
}

fn display(path: &str) -> &str {
    if path == "-" {
        "<stdin>"
    } else {
        path
    }
}

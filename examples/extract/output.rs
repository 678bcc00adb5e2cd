//! `--format`: what the binary prints (JSON by default, an HTML report, or
//! a terminal view). The rendering itself is in `news_claims::render`.

use std::io::{IsTerminal, Write};

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

/// Writes one document's analysis. JSON is streamed straight to `out`, so a
/// large document's output is never held in memory a second time.
pub fn one(
    out: &mut dyn Write,
    format: Format,
    path: &str,
    a: &Analysis,
    pretty: bool,
) -> std::io::Result<()> {
    match format {
        Format::Json => json(out, a, pretty),
        Format::Html => out.write_all(render::html(&[(display(path), a)], None).as_bytes()),
        Format::Text => out.write_all(render::text(a, color()).as_bytes()),
    }?;
    writeln!(out)
}

/// Writes the report of several documents.
pub fn many(
    out: &mut dyn Write,
    format: Format,
    report: &CorpusReport,
    pretty: bool,
) -> std::io::Result<()> {
    match format {
        Format::Json => json(out, report, pretty)?,
        Format::Html => out.write_all(render::html_report(report).as_bytes())?,
        Format::Text => {
            let color = color();
            for (i, d) in report.documents.iter().enumerate() {
                if i > 0 {
                    writeln!(out)?;
                }
                write!(
                    out,
                    "== {} ==\n{}",
                    d.path,
                    render::text(&d.analysis, color)
                )?;
            }
        }
    }
    writeln!(out)
}

/// Writes one value as JSON and a newline, as [`one`] writes an analysis.
pub fn json_line<T: serde::Serialize>(
    out: &mut dyn Write,
    value: &T,
    pretty: bool,
) -> std::io::Result<()> {
    json(out, value, pretty)?;
    writeln!(out)
}

fn json<T: serde::Serialize>(out: &mut dyn Write, value: &T, pretty: bool) -> std::io::Result<()> {
    let r = if pretty {
        serde_json::to_writer_pretty(&mut *out, value)
    } else {
        serde_json::to_writer(&mut *out, value)
    };
    r.map_err(std::io::Error::other)
}

fn display(path: &str) -> &str {
    if path == "-" {
        "<stdin>"
    } else {
        path
    }
}

//! Corpus mode (`--jsonl`): JSON Lines in, one result per line out, in
//! input order, on every core.
//!
//! Each input line is an object with an `id` (any JSON value but null) and
//! `text` (or `html`), and optionally `reference_date` (`YYYY-MM-DD`,
//! overriding `--reference-date` for that document). Each output line is
//! `{"id": ..., "analysis": {...}}`, or `{"id": ..., "error": "..."}` when
//! the extractor refuses the document (binary content, too large).
//!
//! A line that is not such an object is malformed: it is reported on
//! stderr with its file and line number and skipped, or with `--strict`
//! the run stops there (exit 1) after writing every result before it.
//! Blank lines are ignored.
//!
//! Input is read in windows of at most [`WINDOW_DOCS`] lines and
//! [`WINDOW_BYTES`] bytes; a window is analysed in parallel (rayon) and
//! written before the next is read, so memory is bounded by the window,
//! not by the corpus. The output is a pure function of each line, which is
//! what lets the mode run sharded over many machines (docs/performance.md).

use std::collections::HashMap;
use std::fs::File;
use std::io::{BufRead, BufReader, IsTerminal, Write};
use std::process::ExitCode;
use std::sync::Mutex;
use std::time::Instant;

use indicatif::{ProgressBar, ProgressStyle};
use jiff::civil::Date;
use news_claims::{parse_reference_date, Analysis, Extractor, ExtractorBuilder};
use rayon::prelude::*;
use serde::{Deserialize, Serialize};

/// Most documents held at once.
pub const WINDOW_DOCS: usize = 1024;
/// Most input bytes held at once (a single longer line is still read).
pub const WINDOW_BYTES: usize = 32 * 1024 * 1024;

#[derive(Deserialize)]
struct InputDoc {
    id: serde_json::Value,
    text: Option<String>,
    html: Option<String>,
    reference_date: Option<String>,
}

#[derive(Serialize)]
struct OutputDoc<'a> {
    id: &'a serde_json::Value,
    #[serde(skip_serializing_if = "Option::is_none")]
    analysis: Option<&'a Analysis>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<String>,
}

/// What one input line became.
enum Outcome {
    Blank,
    Malformed(String),
    Done {
        json: Vec<u8>,
        mentions: usize,
        claims: usize,
        error: bool,
    },
}

/// Builds the extractor for each distinct per-document reference date once.
struct Extractors {
    builder: ExtractorBuilder,
    default: Extractor,
    by_date: Mutex<HashMap<Date, Extractor>>,
}

impl Extractors {
    fn get(&self, date: Option<Date>) -> Result<Extractor, String> {
        let Some(date) = date else {
            return Ok(self.default.clone());
        };
        let mut map = self.by_date.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(x) = map.get(&date) {
            return Ok(x.clone());
        }
        let x = self
            .builder
            .clone()
            .reference_date(date)
            .build()
            .map_err(|e| e.to_string())?;
        map.insert(date, x.clone());
        Ok(x)
    }
}

#[derive(Default)]
struct Totals {
    documents: usize,
    mentions: usize,
    claims: usize,
    errors: usize,
    malformed: usize,
    bytes: u64,
}

/// Runs corpus mode over `files` (`-` or none: stdin).
pub fn run(builder: ExtractorBuilder, files: &[String], strict: bool) -> ExitCode {
    let default = match builder.clone().build() {
        Ok(x) => x,
        Err(e) => {
            eprintln!("extract: {e}");
            return ExitCode::from(2);
        }
    };
    let extractors = Extractors {
        builder,
        default,
        by_date: Mutex::new(HashMap::new()),
    };
    let files: Vec<String> = if files.is_empty() {
        vec!["-".to_string()]
    } else {
        files.to_vec()
    };
    let progress = progress_bar(&files);
    let started = Instant::now();
    let mut totals = Totals::default();
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let mut status = ExitCode::SUCCESS;
    for path in &files {
        match run_file(path, &extractors, strict, &mut out, &mut totals, &progress) {
            Ok(()) => {}
            Err(Stop::Failed(msg)) => {
                eprintln!("extract: {msg}");
                status = ExitCode::from(1);
                break;
            }
            // A closed pipe (`| head`) ends the run quietly.
            Err(Stop::Closed) => return ExitCode::SUCCESS,
        }
    }
    if out.flush().is_err() {
        return ExitCode::SUCCESS;
    }
    progress.finish_and_clear();
    let secs = started.elapsed().as_secs_f64();
    let mb = totals.bytes as f64 / 1e6;
    eprintln!(
        "extract: {} documents, {} mentions, {} claims, {} errors, {} malformed lines skipped; \
         {:.1} MB in {:.2} s ({:.1} MB/s)",
        totals.documents,
        totals.mentions,
        totals.claims,
        totals.errors,
        totals.malformed,
        mb,
        secs,
        if secs > 0.0 { mb / secs } else { 0.0 },
    );
    status
}

enum Stop {
    Failed(String),
    Closed,
}

fn progress_bar(files: &[String]) -> ProgressBar {
    if !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let sizes: Option<u64> = files
        .iter()
        .map(|f| match f.as_str() {
            "-" => None,
            _ => std::fs::metadata(f).ok().map(|m| m.len()),
        })
        .sum();
    match sizes {
        Some(total) => ProgressBar::new(total).with_style(
            ProgressStyle::with_template(
                "{bar:40} {bytes}/{total_bytes} {bytes_per_sec} eta {eta} {msg}",
            )
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
        ),
        None => ProgressBar::new_spinner().with_style(
            ProgressStyle::with_template("{spinner} {bytes} {bytes_per_sec} {msg}")
                .unwrap_or_else(|_| ProgressStyle::default_spinner()),
        ),
    }
}

fn open(path: &str) -> Result<(String, Box<dyn BufRead>), String> {
    if path == "-" {
        return Ok((
            "<stdin>".to_string(),
            Box::new(BufReader::new(std::io::stdin())),
        ));
    }
    if std::fs::metadata(path).is_ok_and(|m| m.is_dir()) {
        return Err(format!("{path}: is a directory, not a file"));
    }
    let f = File::open(path).map_err(|e| format!("{path}: cannot read: {e}"))?;
    Ok((path.to_string(), Box::new(BufReader::new(f))))
}

fn run_file(
    path: &str,
    extractors: &Extractors,
    strict: bool,
    out: &mut impl Write,
    totals: &mut Totals,
    progress: &ProgressBar,
) -> Result<(), Stop> {
    let (name, mut reader) = open(path).map_err(Stop::Failed)?;
    let mut line_no = 0usize;
    loop {
        let window = read_window(&mut reader, &name)?;
        if window.is_empty() {
            return Ok(());
        }
        let first_line = line_no + 1;
        line_no += window.len();
        let bytes: u64 = window.iter().map(|l| l.len() as u64).sum();
        let outcomes: Vec<Outcome> = window
            .par_iter()
            .map(|line| process(line, extractors))
            .collect();
        for (i, outcome) in outcomes.into_iter().enumerate() {
            match outcome {
                Outcome::Blank => {}
                Outcome::Malformed(msg) => {
                    let at = format!("{name}:{}: {msg}", first_line + i);
                    if strict {
                        return Err(Stop::Failed(format!("{at} (stopping: --strict)")));
                    }
                    eprintln!("extract: {at} (line skipped)");
                    totals.malformed += 1;
                }
                Outcome::Done {
                    json,
                    mentions,
                    claims,
                    error,
                } => {
                    totals.documents += 1;
                    totals.mentions += mentions;
                    totals.claims += claims;
                    totals.errors += usize::from(error);
                    if out.write_all(&json).is_err() || out.write_all(b"\n").is_err() {
                        return Err(Stop::Closed);
                    }
                }
            }
        }
        totals.bytes += bytes;
        progress.inc(bytes);
    }
}

/// Reads up to one window of lines (without their terminators).
fn read_window(reader: &mut dyn BufRead, name: &str) -> Result<Vec<Vec<u8>>, Stop> {
    let mut lines = Vec::new();
    let mut held = 0usize;
    while lines.len() < WINDOW_DOCS && held < WINDOW_BYTES {
        let mut line = Vec::new();
        let n = reader
            .read_until(b'\n', &mut line)
            .map_err(|e| Stop::Failed(format!("{name}: cannot read: {e}")))?;
        if n == 0 {
            break;
        }
        if line.last() == Some(&b'\n') {
            line.pop();
            if line.last() == Some(&b'\r') {
                line.pop();
            }
        }
        held += n;
        lines.push(line);
    }
    Ok(lines)
}

/// Parses, analyses and serializes one line.
fn process(line: &[u8], extractors: &Extractors) -> Outcome {
    if line.iter().all(u8::is_ascii_whitespace) {
        return Outcome::Blank;
    }
    // A byte-order mark opening the file is no part of its first document.
    let line = line.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(line);
    let doc: InputDoc = match serde_json::from_slice(line) {
        Ok(d) => d,
        Err(e) => return Outcome::Malformed(format!("not a JSON document object: {e}")),
    };
    if doc.id.is_null() {
        return Outcome::Malformed("missing \"id\"".to_string());
    }
    let date = match doc.reference_date.as_deref().map(parse_reference_date) {
        None => None,
        Some(Ok(d)) => Some(d),
        Some(Err(e)) => return Outcome::Malformed(e.to_string()),
    };
    let extractor = match extractors.get(date) {
        Ok(x) => x,
        Err(e) => return Outcome::Malformed(e),
    };
    let result = match (doc.text, doc.html) {
        (Some(text), None) => extractor.analyze(&text).map_err(|e| e.to_string()),
        (None, Some(html)) => analyze_html(&extractor, &html),
        (Some(_), Some(_)) => {
            return Outcome::Malformed("give \"text\" or \"html\", not both".to_string())
        }
        (None, None) => return Outcome::Malformed("missing \"text\" (or \"html\")".to_string()),
    };
    let (analysis, error) = match result {
        Ok(a) => (Some(a), None),
        Err(e) => (None, Some(e)),
    };
    let record = OutputDoc {
        id: &doc.id,
        analysis: analysis.as_ref(),
        error: error.clone(),
    };
    let json = serde_json::to_vec(&record).unwrap_or_else(|e| {
        serde_json::to_vec(&OutputDoc {
            id: &doc.id,
            analysis: None,
            error: Some(format!("cannot serialize: {e}")),
        })
        .unwrap_or_default()
    });
    Outcome::Done {
        json,
        mentions: analysis.as_ref().map_or(0, |a| a.mentions.len()),
        claims: analysis.as_ref().map_or(0, |a| a.claims.len()),
        error: error.is_some(),
    }
}

/// HTML documents go through the library's HTML front end.
fn analyze_html(extractor: &Extractor, html: &str) -> Result<Analysis, String> {
    extractor.analyze_html(html).map_err(|e| e.to_string())
}

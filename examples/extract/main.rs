//! The example binary: article files (or stdin) in, JSON (or an HTML
//! report, or a terminal view: `output.rs`) out.
//!
//! ```text
//! cargo run --release --example extract -- [--reference-date YYYY-MM-DD] [--pretty] [--html] [--format json|html|text] FILE...
//! ```
//!
//! One file (or `-`, or none: stdin) prints its Analysis. Several files print
//! `{"documents": [...], "corroborations": [...], "conflicts": [...]}`.
//! With `--jsonl [--strict]`, reads JSON Lines documents and writes one
//! result per line (corpus mode, see `jsonl.rs`).
//! Exit codes: 0 success, 1 a file could not be read or decoded, 2 bad
//! arguments. Errors are one line on stderr naming the file and the problem.
//! `--html` reads every input as a web page; without it, `.html`/`.htm`
//! files and text that starts like HTML are read as pages anyway.

mod jsonl;
mod output;

/// Allocation (owned strings of every mention, value and claim) is about a
/// tenth of the pipeline's time under glibc's malloc; mimalloc takes about
/// a tenth off the whole run (docs/performance.md, sixth round).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::io::{Read, Write};
use std::process::ExitCode;

use news_claims::corpus::{self, Document};
use news_claims::{parse_reference_date, source, Analysis, Extractor, StreamedAnalysis};

const USAGE: &str =
    "usage: extract [--reference-date YYYY-MM-DD] [--pretty] [--html] [--format json|html|text] [FILE|-]...
       extract --jsonl [--strict] [--reference-date YYYY-MM-DD] [FILE|-]...";

struct Args {
    reference_date: Option<String>,
    pretty: bool,
    jsonl: bool,
    strict: bool,
    format: output::Format,
    html: bool,
    files: Vec<String>,
}

fn parse_args() -> Result<Args, String> {
    let mut args = Args {
        reference_date: None,
        pretty: false,
        jsonl: false,
        strict: false,
        format: output::Format::Json,
        html: false,
        files: Vec::new(),
    };
    let mut it = std::env::args().skip(1);
    while let Some(a) = it.next() {
        match a.as_str() {
            "--pretty" => args.pretty = true,
            "--html" => args.html = true,
            "--jsonl" => args.jsonl = true,
            "--strict" => args.strict = true,
            "--reference-date" => {
                args.reference_date = Some(
                    it.next()
                        .ok_or("--reference-date needs a value (YYYY-MM-DD)")?,
                )
            }
            "--format" => args.format = output::Format::parse(it.next())?,
            s if s.starts_with("--format=") => {
                args.format = output::Format::parse(Some(s["--format=".len()..].to_string()))?
            }
            "-h" | "--help" => return Err(String::new()),
            s if s.starts_with("--reference-date=") => {
                args.reference_date = Some(s["--reference-date=".len()..].to_string())
            }
            s if s.starts_with("--") => return Err(format!("unknown option {s}")),
            _ => args.files.push(a),
        }
    }
    Ok(args)
}

fn read_input(path: &str) -> Result<Vec<u8>, String> {
    if path == "-" {
        let mut buf = Vec::new();
        std::io::stdin()
            .read_to_end(&mut buf)
            .map_err(|e| format!("<stdin>: cannot read: {e}"))?;
        return Ok(buf);
    }
    let meta = std::fs::metadata(path).map_err(|e| format!("{path}: cannot read: {e}"))?;
    if meta.is_dir() {
        return Err(format!("{path}: is a directory, not a file"));
    }
    std::fs::read(path).map_err(|e| format!("{path}: cannot read: {e}"))
}

/// A file read: a page analysed whole, or plain text whose mentions are
/// found as it is written out (one section's at a time).
enum Loaded {
    Page(Analysis),
    Text(StreamedAnalysis),
}

fn analyze(extractor: &Extractor, path: &str, html: bool) -> Result<Analysis, String> {
    Ok(match load(extractor, path, html)? {
        Loaded::Page(a) => a,
        Loaded::Text(t) => t.into_analysis(),
    })
}

fn load(extractor: &Extractor, path: &str, html: bool) -> Result<Loaded, String> {
    let bytes = read_input(path)?;
    let name = if path == "-" { "<stdin>" } else { path };
    let lower = path.to_ascii_lowercase();
    let html = html
        || lower.ends_with(".html")
        || lower.ends_with(".htm")
        || source::html::looks_like_html(&String::from_utf8_lossy(&bytes[..bytes.len().min(256)]));
    let result = if html {
        source::decode_any(&bytes)
            .and_then(|(text, _)| extractor.analyze_html(&text))
            .map(Loaded::Page)
    } else {
        // Handing the text over spares the library a copy of it; bytes
        // that are not UTF-8 are decoded (UTF-16, Windows-1252).
        match String::from_utf8(bytes) {
            Ok(text) if !text.starts_with('\u{feff}') => {
                extractor.analyze_streamed(text).map(Loaded::Text)
            }
            Ok(text) => extractor.analyze_decoded(text.as_bytes()).map(Loaded::Page),
            Err(e) => extractor.analyze_decoded(e.as_bytes()).map(Loaded::Page),
        }
    };
    result.map_err(|e| format!("{name}: {e}"))
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(a) => a,
        Err(msg) if msg.is_empty() => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(msg) => {
            eprintln!("extract: {msg}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let mut builder = Extractor::builder();
    if let Some(d) = &args.reference_date {
        match parse_reference_date(d) {
            Ok(date) => builder = builder.reference_date(date),
            Err(e) => {
                eprintln!("extract: {e}");
                return ExitCode::from(2);
            }
        }
    }
    if args.jsonl {
        return jsonl::run(builder, &args.files, args.strict);
    }
    let extractor = match builder.build() {
        Ok(x) => x,
        Err(e) => {
            eprintln!("extract: {e}");
            return ExitCode::from(2);
        }
    };
    let files = if args.files.is_empty() {
        vec!["-".to_string()]
    } else {
        args.files
    };
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let written = if files.len() == 1 {
        match load(&extractor, &files[0], args.html) {
            // JSON of plain text is written as the mentions are found, so
            // a long document's are never all held at once.
            Ok(Loaded::Text(t)) if args.format == output::Format::Json => {
                output::json_line(&mut out, &t, args.pretty)
            }
            Ok(Loaded::Text(t)) => output::one(
                &mut out,
                args.format,
                &files[0],
                &t.into_analysis(),
                args.pretty,
            ),
            Ok(Loaded::Page(a)) => output::one(&mut out, args.format, &files[0], &a, args.pretty),
            Err(e) => {
                eprintln!("extract: {e}");
                return ExitCode::from(1);
            }
        }
    } else {
        let mut documents = Vec::new();
        for path in &files {
            match analyze(&extractor, path, args.html) {
                Ok(analysis) => documents.push(Document {
                    path: path.clone(),
                    analysis,
                }),
                Err(e) => {
                    eprintln!("extract: {e}");
                    return ExitCode::from(1);
                }
            }
        }
        output::many(
            &mut out,
            args.format,
            &corpus::compare(documents),
            args.pretty,
        )
    };
    // A closed pipe (`| head`) is not an error worth a message.
    let _ = written.and_then(|()| out.flush());
    ExitCode::SUCCESS
}

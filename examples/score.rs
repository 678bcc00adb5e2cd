//! Scores the extractor against gold files (the format of
//! `fixtures/README.md`), per kind and for claims, and prints each miss,
//! false alarm and wrong value: how the probes of `probes/` are read.
//!
//! ```text
//! cargo run --release --example score -- probes/W/*.expected.json
//! ```

use std::path::Path;

use news_claims::eval::{self, Gold, Report};
use news_claims::{parse_reference_date, Extractor};

fn main() {
    let mut total = Report::default();
    for arg in std::env::args().skip(1) {
        let path = Path::new(&arg);
        let gold: Gold = match std::fs::read_to_string(path)
            .map_err(|e| e.to_string())
            .and_then(|s| serde_json::from_str(&s).map_err(|e| e.to_string()))
        {
            Ok(g) => g,
            Err(e) => {
                eprintln!("{arg}: {e}");
                std::process::exit(2);
            }
        };
        let mut builder = Extractor::builder();
        if let Some(d) = gold
            .reference_date
            .as_deref()
            .and_then(|d| parse_reference_date(d).ok())
        {
            builder = builder.reference_date(d);
        }
        let extractor = builder.build().expect("the built-in lexicons build");
        let source = path.parent().unwrap_or(Path::new(".")).join(&gold.source);
        let bytes = match std::fs::read(&source) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("{}: {e}", source.display());
                std::process::exit(2);
            }
        };
        let analysis = if gold.source.ends_with(".html") {
            extractor.analyze_html(&String::from_utf8_lossy(&bytes))
        } else {
            extractor.analyze_bytes(&bytes)
        };
        match analysis {
            Ok(a) => total.merge(eval::score(&gold.source, &gold, &a)),
            Err(e) => eprintln!("{}: {e}", source.display()),
        }
    }
    for line in &total.problems {
        println!("{line}");
    }
    print!("{}", total.table());
    let c = &total.claims;
    println!(
        "claims recall / precision / value accuracy: {:.1} / {:.1} / {:.1}",
        100.0 * c.recall(),
        100.0 * c.precision(),
        100.0 * c.value_accuracy()
    );
}

//! Analyses the fixture articles over and over until about N bytes have
//! been read: the workload `benches/instructions.sh` counts instructions
//! of under callgrind (two sizes, so start-up cancels out).
//!
//! ```text
//! cargo run --release --example fixtures_loop -- 1000000 [DIR]
//! ```

use news_claims::Extractor;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let bytes: usize = match args.get(1).map(|a| a.parse()) {
        Some(Ok(n)) => n,
        _ => {
            eprintln!("usage: fixtures_loop BYTES [DIR]");
            std::process::exit(2);
        }
    };
    let dir = args
        .get(2)
        .cloned()
        .unwrap_or_else(|| concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures").to_string());
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{dir}: {e}"))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    let texts: Vec<String> = paths
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect();
    if texts.is_empty() {
        eprintln!("no .txt articles in {dir}");
        std::process::exit(2);
    }
    let extractor = Extractor::new();
    let (mut total, mut claims) = (0, 0);
    while total < bytes.max(1) {
        for t in &texts {
            total += t.len();
            claims += extractor.analyze(t).map_or(0, |a| a.claims.len());
        }
    }
    eprintln!("{total} bytes {claims} claims");
}

//! The body of the `analyze` benches, shared by the bench binary with the
//! system allocator (`analyze.rs`) and the one with mimalloc
//! (`analyze_mimalloc.rs`): a global allocator is chosen per binary, so the
//! same groups are compiled twice.

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use criterion::measurement::WallTime;
use criterion::{black_box, BenchmarkGroup, BenchmarkId, Criterion, Throughput};
use news_claims::Extractor;

/// Set in the child process of `first_call`.
const FIRST_CALL_ENV: &str = "NEWS_CLAIMS_BENCH_FIRST_CALL";

const CORPUS_BYTES: usize = 10 * 1024 * 1024;

/// The files of `fixtures/<dir>` ending in `.<ext>`, in name order.
fn fixture_files(dir: &str, ext: &str) -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures")
        .join(dir);
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .expect("fixture directory exists")
        .map(|e| e.expect("dir entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == ext))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| std::fs::read_to_string(p).expect("fixture is UTF-8"))
        .collect()
}

fn fixture_texts() -> Vec<String> {
    fixture_files("", "txt")
}

/// The fixtures repeated until they hold about `bytes` bytes.
fn corpus(bytes: usize) -> Vec<String> {
    let texts = fixture_texts();
    let mut out = Vec::new();
    let mut total = 0;
    while total < bytes {
        for t in &texts {
            total += t.len();
            out.push(t.clone());
        }
    }
    out
}

/// The pages of `fixtures/html/`.
fn html_pages() -> Vec<String> {
    fixture_files("html", "html")
}

/// An article of about 5 KB: fixture paragraphs joined until 5 KB.
fn article_5kb() -> String {
    let mut out = String::new();
    for t in fixture_texts() {
        for para in t.split("\n\n") {
            if out.len() + para.len() > 5 * 1024 && !out.is_empty() {
                return out;
            }
            out.push_str(para);
            out.push_str("\n\n");
        }
    }
    out
}

/// Benches `analyze_one` over every document of `docs`, reported once in
/// bytes per second and once in documents (`unit`) per second.
fn bench_docs(
    group: &mut BenchmarkGroup<'_, WallTime>,
    name: &str,
    unit: &str,
    docs: &[String],
    analyze_one: impl Fn(&str),
) {
    let bytes: usize = docs.iter().map(String::len).sum();
    let throughputs = [
        ("bytes", Throughput::Bytes(bytes as u64)),
        (unit, Throughput::Elements(docs.len() as u64)),
    ];
    for (label, throughput) in throughputs {
        group.throughput(throughput);
        group.bench_function(BenchmarkId::new(name, label), |b| {
            b.iter(|| docs.iter().for_each(|d| analyze_one(d)))
        });
    }
}

fn throughput(c: &mut Criterion) {
    let extractor = Extractor::new();
    let mut group = c.benchmark_group("analyze");
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(20));
    group.warm_up_time(Duration::from_secs(2));
    bench_docs(
        &mut group,
        "corpus_10MB",
        "articles",
        &corpus(CORPUS_BYTES),
        |d| {
            black_box(extractor.analyze(d).expect("fixture analyses"));
        },
    );
    group.finish();

    let mut group = c.benchmark_group("analyze_html");
    group.sample_size(20);
    group.measurement_time(Duration::from_secs(10));
    bench_docs(&mut group, "html_fixtures", "pages", &html_pages(), |p| {
        black_box(extractor.analyze_html(p).expect("page analyses"));
    });
    group.finish();

    let article = article_5kb();
    let mut group = c.benchmark_group("analyze");
    group.sample_size(50);
    group.measurement_time(Duration::from_secs(5));
    group.throughput(Throughput::Bytes(article.len() as u64));
    group.bench_function("article_5KB", |b| {
        b.iter(|| black_box(extractor.analyze(black_box(&article)).expect("analyses")))
    });
    group.finish();
}

/// Runs in the child: time one extractor build and first analysis, print ns.
fn first_call_child() {
    let article = article_5kb();
    let t = Instant::now();
    let extractor = Extractor::new();
    let analysis = extractor.analyze(&article).expect("analyses");
    let elapsed = t.elapsed();
    black_box(analysis);
    println!("{}", elapsed.as_nanos());
}

fn first_call(c: &mut Criterion) {
    let exe = std::env::current_exe().expect("bench executable path");
    let mut group = c.benchmark_group("analyze");
    group.sample_size(20);
    group.measurement_time(Duration::from_secs(5));
    group.bench_function("first_call", |b| {
        b.iter_custom(|iters| {
            let mut total = Duration::ZERO;
            for _ in 0..iters {
                let out = Command::new(&exe)
                    .env(FIRST_CALL_ENV, "1")
                    .output()
                    .expect("bench re-runs itself");
                let ns: u64 = String::from_utf8_lossy(&out.stdout)
                    .trim()
                    .parse()
                    .expect("child prints nanoseconds");
                total += Duration::from_nanos(ns);
            }
            total
        })
    });
    group.finish();
}

/// The bench binary's `main`: the child run of `first_call`, or every group.
pub fn run() {
    if std::env::var_os(FIRST_CALL_ENV).is_some() {
        first_call_child();
        return;
    }
    let mut c = Criterion::default().configure_from_args();
    throughput(&mut c);
    first_call(&mut c);
    c.final_summary();
}

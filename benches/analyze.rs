//! Throughput and latency of `Extractor::analyze`.
//!
//! ```text
//! cargo bench --bench analyze
//! ```
//!
//! * `corpus_10MB`: every fixture article, repeated until the corpus holds
//!   about 10 MB, analysed one article at a time (MB/s and articles/s);
//! * `html_fixtures`: every page of `fixtures/html/` through `analyze_html`
//!   (markup stripped, metadata read, then the same pipeline);
//! * `article_5KB`: one article of about 5 KB (time per article);
//! * `first_call`: a fresh process builds an extractor and analyses one
//!   article, so lazily built regexes and lexicons are paid for; the bench
//!   re-runs itself as a child process for every sample and times only the
//!   child's own measurement, not process start-up.
//!
//! One thread; the extractor is built once outside the timed loop except in
//! `first_call`. Sample counts are small so that the whole run takes a few
//! minutes; pass `--measurement-time` / `--sample-size` for tighter figures.
//!
//! The groups live in `common/mod.rs`; `analyze_mimalloc` runs the same ones
//! with mimalloc as the global allocator, as the `extract` binary does.

mod common;

fn main() {
    common::run();
}

//! The benches of `analyze.rs` with mimalloc as the global allocator, the
//! allocator of the `extract` binary: the pipeline allocates owned strings
//! for every mention, value and claim, and glibc's malloc and free are about
//! a tenth of its time. The library itself leaves the choice to the program
//! that embeds it.
//!
//! ```text
//! cargo bench --bench analyze_mimalloc
//! cargo bench --bench analyze_mimalloc -- corpus_10MB
//! ```

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

mod common;

fn main() {
    common::run();
}

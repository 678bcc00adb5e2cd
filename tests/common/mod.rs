//! What the tests that run the example binary share.

use std::path::PathBuf;

/// `cargo test` builds examples next to the test binaries' parent folder.
pub fn extract_bin() -> PathBuf {
    let mut p = std::env::current_exe().expect("test exe path");
    p.pop();
    if p.ends_with("deps") {
        p.pop();
    }
    p.join("examples")
        .join(format!("extract{}", std::env::consts::EXE_SUFFIX))
}

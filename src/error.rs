//! The crate's one error type.

/// Everything that can go wrong; each message says what to do about it.
/// Cheap to clone and comparable, so callers can match on it and store it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The bytes are not UTF-8. `offset` is the first bad byte.
    #[error("input is not valid UTF-8: invalid byte sequence at byte {offset}; decode it to UTF-8 first, or call analyze_decoded (which reads UTF-16 and Windows-1252 too) or analyze_lossy (which replaces bad bytes with U+FFFD)")]
    InvalidUtf8 { offset: usize },
    /// NUL bytes or other binary content.
    #[error("input looks binary, not text: {what} at byte {offset}")]
    NotText { offset: usize, what: &'static str },
    /// Larger than the configured limit.
    #[error("input is {size} bytes, over the limit of {limit} bytes; raise it with ExtractorBuilder::max_input_bytes or split the input")]
    TooLarge { size: usize, limit: usize },
    /// A reference date string that is not `YYYY-MM-DD`.
    #[error("invalid reference date {input:?}: expected YYYY-MM-DD, for example 2026-02-09")]
    ReferenceDate { input: String },
    /// A user-supplied lexicon line that does not parse.
    #[error("lexicon {source_name} line {line}: {message}")]
    Lexicon {
        source_name: String,
        line: usize,
        message: String,
    },
    /// A file given to the binary or to a helper that reads files.
    #[error("{path}: {message}")]
    Io { path: String, message: String },
}

//! Marks sentences that are page furniture rather than article: trailing
//! "Related topics" / "Recent News" / "Most Discussed" blocks, disclaimers,
//! comment prompts. They keep their mentions but yield no claims.

use crate::analysis::Sentence;

/// Sets `boilerplate` on the sentences of `text` that are page furniture.
pub fn mark(_text: &str, _sentences: &mut [Sentence]) {}

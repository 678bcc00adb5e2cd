//! The `percent` recognizer (not built yet: see its issue).

use super::{Candidate, Context};

/// Recognizes percent mentions.
pub fn recognize(_ctx: &Context<'_>, _out: &mut Vec<Candidate>) {}

//! The `quantity` recognizer (not built yet: see its issue).

use super::{Candidate, Context};

/// Recognizes quantity mentions.
pub fn recognize(_ctx: &Context<'_>, _out: &mut Vec<Candidate>) {}

//! The `company` recognizer (not built yet: see its issue).

use super::{Candidate, Context};

/// Recognizes company mentions.
pub fn recognize(_ctx: &Context<'_>, _out: &mut Vec<Candidate>) {}

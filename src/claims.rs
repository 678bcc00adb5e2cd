//! Mentions -> claims (not built yet: see its issue).

use crate::analysis::{Claim, Mention};
use crate::recognize::Context;

/// Assembles the claims of one document.
pub fn extract(_ctx: &Context<'_>, _mentions: &[Mention]) -> Vec<Claim> {
    Vec::new()
}

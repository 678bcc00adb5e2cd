//! The `date` recognizer (not built yet: see its issue).

use super::{Candidate, Context};

/// Recognizes date mentions.
pub fn recognize(_ctx: &Context<'_>, _out: &mut Vec<Candidate>) {}

/// The article's own date, read from a dateline or "Published on ..." near
/// the top of the text.
pub fn find_reference_date(_text: &str) -> Option<jiff::civil::Date> {
    None
}

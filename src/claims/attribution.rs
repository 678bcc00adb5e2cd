//! Whose a figure is, as digests and sources write it: an arrow from
//! investor to investee, a source that "puts" a company at a figure, a
//! broker's estimate of another company's figures.

use crate::analysis::{Mention, Span};

use super::parties::Party;
use super::words::{last_word, listed};

/// The company a digest's arrow points to from one of the subjects:
/// "Amazon -> X-energy: US$800 million investment".
pub(super) fn arrow_target(text: &str, near: &[Party], subjects: &[String]) -> Option<String> {
    near.iter()
        .enumerate()
        .take(ARROW_NAMES)
        .find_map(|(k, p)| {
            if !subjects.contains(&p.slug) {
                return None;
            }
            let next = near.get(k + 1)?;
            let between = text.get(p.span.end..next.span.start)?.trim();
            matches!(between, "->" | "→" | "=>" | "➡" | "➡️")
                .then(|| next.slug.clone())
                .filter(|s| !subjects.contains(s))
        })
}

/// How many names opening a line are read for a digest's arrow.
pub(super) const ARROW_NAMES: usize = 4;

/// The company a verb of estimating puts at the figure: "puts SK Hynix at
/// 62%", "pegged Anthropic at $61.5bn".
pub(super) fn put_at(text: &str, near: &[Party], object: &Mention) -> Option<String> {
    let lead = &text
        [crate::numbers::floor_char_boundary(text, object.start.saturating_sub(24))..object.start];
    if !lead.contains(" at ") {
        return None;
    }
    let start = crate::numbers::qualifier_start(text, object.start);
    let k = near.partition_point(|p| p.span.end <= start);
    k.checked_sub(1)
        .map(|k| &near[k])
        .filter(|p| {
            text[p.span.end..start].trim() == "at"
                && p.mention.is_some()
                && last_word(text[..p.span.start].trim_end()).is_some_and(|v| {
                    listed(
                        v,
                        &[
                            "puts", "put", "putting", "pegs", "pegged", "places", "placed",
                        ],
                    )
                    .is_some()
                })
        })
        .map(|p| p.slug.clone())
}

/// Whether words of estimating stand near a figure (a bounded stretch of
/// its sentence), or the sentence opens with a name and a colon, a
/// digest's "BMO: ...".
pub(super) fn estimate_near(text: &str, sentence: Span, object: &Mention) -> bool {
    let from =
        crate::numbers::floor_char_boundary(text, object.start.saturating_sub(ESTIMATE_REACH))
            .max(sentence.start);
    let to =
        crate::numbers::floor_char_boundary(text, (object.end + ESTIMATE_REACH).min(sentence.end));
    let near = &text[from..to.max(from)];
    let opening = &text[sentence.start
        ..crate::numbers::floor_char_boundary(text, (sentence.start + 40).min(sentence.end))];
    [
        "estimate",
        "peak sales",
        "peak-sales",
        "expects",
        "expecting",
        "forecast",
        "sees",
        "est.",
    ]
    .iter()
    .any(|w| near.contains(w))
        || opening
            .split_once(':')
            .is_some_and(|(head, _)| head.split_whitespace().count() <= 3)
}

/// How far around a figure [`estimate_near`] reads.
const ESTIMATE_REACH: usize = 120;

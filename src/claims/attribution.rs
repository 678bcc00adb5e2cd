//! Whose a figure is, as digests and sources write it: an arrow from
//! investor to investee, a source that "puts" a company at a figure, a
//! broker's estimate of another company's figures.

use crate::analysis::{Mention, Span};

use super::parties::Party;
use super::words::{last_word, listed};

/// The consecutive parties among the first names of a digest's line that
/// an arrow joins: "Amazon -> X-energy", "A → B".
fn arrows<'p>(
    text: &'p str,
    near: &'p [Party],
) -> impl Iterator<Item = (&'p Party, &'p Party)> + 'p {
    near.windows(2).take(ARROW_NAMES).filter_map(move |w| {
        matches!(
            text.get(w[0].span.end..w[1].span.start).map(str::trim),
            Some("->" | "→" | "=>" | "➡" | "➡️")
        )
        .then_some((&w[0], &w[1]))
    })
}

/// The company a digest's arrow points to from one of the subjects:
/// "Amazon -> X-energy: US$800 million investment".
pub(super) fn arrow_target(text: &str, near: &[Party], subjects: &[String]) -> Option<String> {
    arrows(text, near).find_map(|(from, to)| {
        (subjects.contains(&from.slug) && !subjects.contains(&to.slug)).then(|| to.slug.clone())
    })
}

/// The company a digest's arrow leaves for the one named `to`: the
/// investor of "Amazon -> X-energy: US$800 million investment".
pub(super) fn arrow_source(text: &str, near: &[Party], to: &str) -> Option<String> {
    arrows(text, near)
        .find(|(from, into)| into.slug == to && from.slug != to)
        .map(|(from, _)| from.slug.clone())
}

/// How many names opening a line are read for a digest's arrow.
const ARROW_NAMES: usize = 4;

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

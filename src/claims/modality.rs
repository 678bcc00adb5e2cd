//! Modality: whose voice a figure is stated in. A cue near the figure
//! (src/lexicon/modality.tsv) gives the first reading; the rules here
//! correct it by who speaks: analysts expecting in the clause make it a
//! forecast, a company's own forecast or guidance makes it a plan.

use super::*;

/// How many words before the figure a modality cue may stand ("expects to
/// allocate more than $100 billion"), and after it ("$5bn is planned").
const CUE_WORDS_BEFORE: usize = 8;
const CUE_WORDS_AFTER: usize = 3;

/// The modality of a figure, and whether it was the default (no cue).
pub(super) fn modality_for(ctx: &Context<'_>, sentence: Span, object: Span) -> (Modality, bool) {
    let text = ctx.text;
    let c = clause(text, sentence, object);
    let from = word_start_before(text, c.start, object.start, CUE_WORDS_BEFORE);
    let to = word_end_after(text, object.end, c.end, CUE_WORDS_AFTER);
    let hits = ctx.lexicons.modality.find(&text[from..to]);
    let best = hits.iter().min_by_key(|h| h.rank);
    let label = best.map(|h| h.label);
    // An expectation is a forecast when it is someone else's: analysts
    // in the clause ("Analysts at Bernstein expect", "the $3.11 analysts
    // had expected"), another company expecting of a named one ("Goldman
    // Sachs expects Microsoft to spend"), or an estimate credited at the
    // sentence's end (", Jefferies estimates.").
    let label = match (label, best) {
        (Some("planned"), Some(h)) => {
            let cue = &text[from + h.start..from + h.end];
            let expects = ["expect", "expects", "expected"]
                .iter()
                .any(|w| w.eq_ignore_ascii_case(cue));
            let third_party = expects
                && (names_analysts(&text[c.start..c.end])
                    || expects_of_a_name(&text[from + h.end..c.end]));
            if third_party || credited_estimate(text, sentence, object) {
                Some("forecast")
            } else {
                label
            }
        }
        // "TSMC forecast capital spending of $52 billion": a company's own
        // forecast is its guidance, a plan.
        (Some("forecast"), Some(h))
            if own_guidance(text, c, from + h.start, from + h.end, object.start) =>
        {
            Some("planned")
        }
        (None, _) if credited_estimate(text, sentence, object) => Some("forecast"),
        // "Analysts polled by Bloomberg had estimated net profit of ...".
        (None, _) if estimated_by_analysts(&text[c.start..c.end]) => Some("forecast"),
        _ => label,
    };
    match label {
        Some("denied") => (Modality::Denied, false),
        Some("forecast") => (Modality::Forecast, false),
        Some("hedged") => (Modality::Hedged, false),
        Some("planned") => (Modality::Planned, false),
        _ => (Modality::Reported, true),
    }
}

/// Whether the forecast cue at `cue_start..cue_end` is a company's verb
/// about its own figure: a guidance verb right after a capitalized name
/// that is no analyst, no other name between it and the figure, and no
/// analysts in the clause.
fn own_guidance(text: &str, clause: Span, cue_start: usize, cue_end: usize, figure: usize) -> bool {
    let cue = &text[cue_start..cue_end];
    let verb = [
        "forecast",
        "forecasts",
        "forecasted",
        "projected",
        "projects",
        "predicts",
    ]
    .iter()
    .any(|v| v.eq_ignore_ascii_case(cue));
    if !verb || cue_end > figure || names_analysts(&text[clause.start..clause.end]) {
        return false;
    }
    let named_before = last_word(&text[clause.start..cue_start]).is_some_and(|w| {
        w.starts_with(|c: char| c.is_uppercase()) && listed(w, ANALYST_WORDS).is_none()
    });
    let other_name_between = text[cue_end..figure]
        .split_whitespace()
        .any(|w| w.starts_with(|c: char| c.is_uppercase()));
    named_before && !other_name_between
}

/// Words for those whose expectations are forecasts, not plans.
#[rustfmt::skip]
const ANALYST_WORDS: &[&str] = &[
    "analyst", "analysts", "economist", "economists", "strategist", "strategists", "investors",
    "consensus", "polled", "surveyed", "brokers", "brokerage",
];

/// [`ANALYST_WORDS`] as one case-insensitive automaton: asked of every
/// figure's clause, where a split into words and a list scan per word cost
/// more than the rest of the modality rules.
static ANALYST_FINDER: once_cell::sync::Lazy<aho_corasick::AhoCorasick> =
    once_cell::sync::Lazy::new(|| {
        aho_corasick::AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .match_kind(aho_corasick::MatchKind::LeftmostLongest)
            .build(ANALYST_WORDS)
            .expect("analyst words compile")
    });

fn names_analysts(clause: &str) -> bool {
    let bytes = clause.as_bytes();
    let word_char = |i: usize| bytes.get(i).is_some_and(|b| b.is_ascii_alphanumeric());
    ANALYST_FINDER
        .find_iter(clause)
        .any(|m| (m.start() == 0 || !word_char(m.start() - 1)) && !word_char(m.end()))
}

/// Whether a clause has analysts estimating: an analyst word and a verb
/// of estimating ("analysts at Jefferies estimated the contract at").
fn estimated_by_analysts(clause: &str) -> bool {
    // The verbs first, by a vectorized search for their lower-case tails
    // ("Estimated" opening a sentence too): most clauses have none.
    let has = |needle: &[u8]| memchr::memmem::find(clause.as_bytes(), needle).is_some();
    (has(b"stimat") || has(b"roject") || has(b"redict") || has(b"orecast"))
        && names_analysts(clause)
        && clause.split(|c: char| !c.is_alphanumeric()).any(|w| {
            listed(
                w,
                &[
                    "estimated",
                    "estimate",
                    "estimates",
                    "projected",
                    "predicted",
                    "forecast",
                ],
            )
            .is_some()
        })
}

/// "expects Microsoft to spend": a capitalized name, then "to" within
/// four words, right after the verb (not "expects revenue to").
fn expects_of_a_name(after: &str) -> bool {
    let mut words = after.split_whitespace();
    let Some(first) = words.next() else {
        return false;
    };
    first.starts_with(|c: char| c.is_uppercase())
        && std::iter::once(first)
            .chain(words)
            .take(4)
            .any(|w| w == "to")
}

/// Verbs of estimating that credit a whole sentence at its end: "...,
/// Jefferies estimates." (not "plans": that is the company's own voice).
const CREDITED_ESTIMATES: &[&str] = &[
    "estimates",
    "estimated",
    "predicts",
    "predicted",
    "forecasts",
    "forecast",
    "projects",
    "projected",
    "reckons",
    "calculates",
    "calculated",
];

/// Whether the sentence ends with ", <someone> estimates." after the figure.
fn credited_estimate(text: &str, sentence: Span, object: Span) -> bool {
    let tail = &text[object.end.min(sentence.end)..sentence.end];
    // The last word first: it is rarely a verb of estimating.
    let body = tail.trim_end_matches(|c: char| !c.is_alphanumeric());
    let last = body.rsplit(' ').next().unwrap_or("");
    if listed(last, CREDITED_ESTIMATES).is_none() {
        return false;
    }
    body.rfind(',')
        .is_some_and(|comma| body[comma + 1..].split_whitespace().count() <= 6)
}

/// The start of the `n`th word before `pos`, not before `floor`.
fn word_start_before(text: &str, floor: usize, pos: usize, n: usize) -> usize {
    let piece = &text[floor..pos];
    let mut count = 0;
    let mut in_word = false;
    for (i, c) in piece.char_indices().rev() {
        if c.is_whitespace() {
            if in_word {
                count += 1;
                if count == n {
                    return floor + i + c.len_utf8();
                }
            }
            in_word = false;
        } else {
            in_word = true;
        }
    }
    floor
}

/// The end of the `n`th word after `pos`, not past `ceiling`.
fn word_end_after(text: &str, pos: usize, ceiling: usize, n: usize) -> usize {
    let piece = &text[pos..ceiling];
    let mut count = 0;
    let mut in_word = false;
    for (i, c) in piece.char_indices() {
        if c.is_whitespace() {
            if in_word {
                count += 1;
                if count == n {
                    return pos + i;
                }
            }
            in_word = false;
        } else {
            in_word = true;
        }
    }
    ceiling
}

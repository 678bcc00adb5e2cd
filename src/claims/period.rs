//! When a figure is about: the date that is its period, not a baseline of
//! comparison nor the day something was said.

use crate::analysis::{Granularity, Kind, Mention, Span, Value};

use super::clause::opens_clause;
use super::sources::in_aside;
use super::words::{first_word, last_word, listed, split_last_word};

/// The date a figure is about: month or coarser (or any, with `days`),
/// nearest, after preferred unless a comma stands between. A day is mostly when something was said, not
/// the period a figure covers.
pub(super) fn period_for(
    text: &str,
    sentence: Span,
    object: Span,
    here: &[usize],
    mentions: &[Mention],
    days: bool,
) -> Option<usize> {
    // A date after the figure with a comma between, or "and" and a verb
    // ("declined 9% to 480 million euros and narrowed its 2026 forecast"),
    // belongs mostly to the next phrase.
    let past_comma = |d: Span| d.start >= object.end && opens_clause(&text[object.end..d.start]);
    // "rose 34% to $10.27bn from $7.66bn a year ago": a date right after a
    // baseline figure is that figure's, and a baseline figure has no period
    // but such a date.
    let object_is_baseline = baseline_figure(text, object.start);
    // The figure a date follows closely, if it is a baseline: the mention
    // just before the date, looked at only for dates (few per sentence).
    let owner = |k: usize| -> Option<Span> {
        let d = mentions[here[k]].span();
        let prev = &mentions[*here.get(k.checked_sub(1)?)?];
        (matches!(prev.kind(), Kind::Money | Kind::Percent | Kind::Quantity)
            && right_after(text, prev.span(), d)
            && baseline_figure(text, prev.start))
        .then(|| prev.span())
    };
    // "Nvidia's shares, which have gained 40% over the past 12 months, rose
    // 3%": a date in an aside the figure is not in is the aside's.
    let aside_before = |d: Span| {
        d.end <= object.start
            && text[d.end..object.start].contains(',')
            && in_aside(text, sentence, d)
    };
    // "more than double the prior year", "higher than last year": the
    // date a figure is compared with is no period of it.
    let compared = |d: Span| {
        let before = text[..d.start].trim_end();
        let before = before
            .strip_suffix("the")
            .or_else(|| before.strip_suffix("its"))
            .map_or(before, str::trim_end);
        [
            "double",
            "twice",
            "triple",
            "than",
            "versus",
            "vs.",
            "compared with",
        ]
        .iter()
        .any(|w| crate::affix::ends_with_ignore_case(before, w))
    };
    // "lifted its 2026 revenue forecast to $63 billion last month": the
    // year a forecast is written for is its period, the month only when
    // it was lifted.
    let granularity = |i: usize| match &mentions[i].value {
        Value::Date(d) => Some(d.granularity),
        _ => None,
    };
    let forecast_year = here.iter().any(|&i| {
        let d = mentions[i].span();
        d.end <= object.start
            && sentence.start <= d.start
            && matches!(
                granularity(i),
                Some(
                    Granularity::Year
                        | Granularity::FiscalYear
                        | Granularity::Quarter
                        | Granularity::Half
                )
            )
            && forecast_noun_between(&text[d.end..object.start])
    });
    (0..here.len())
        .filter(|&k| is_period(text, &mentions[here[k]], days))
        .filter(|&k| match owner(k) {
            Some(f) => f == object,
            None => !object_is_baseline,
        })
        .filter(|&k| {
            let d = mentions[here[k]].span();
            !aside_before(d) && !compared(d) && !is_maturity(text, d)
        })
        .map(|k| here[k])
        // "were $22.6bn in the quarter, up from $14.9bn a year ago": a
        // date past a comma and another figure is that figure's.
        .filter(|&i| {
            let d = mentions[i].span();
            let figure =
                |m: &Mention| matches!(m.kind(), Kind::Money | Kind::Percent | Kind::Quantity);
            // ", and forecast first-quarter revenue of about $7.35 billion":
            // a date past a comma that leads to another figure in its own
            // clause is that figure's.
            let leads = || {
                here.iter().any(|&j| {
                    let m = &mentions[j];
                    figure(m)
                        && m.start >= d.end
                        && m.start - d.end <= LEAD_REACH
                        && !text[d.end..m.start].contains([',', ';'])
                })
            };
            !past_comma(d)
                || (!leads()
                    && !here.iter().any(|&j| {
                        let m = &mentions[j];
                        // (A margin "plus or minus 2%" is no figure of its own.)
                        figure(m)
                            && m.start >= object.end
                            && m.end <= d.start
                            && !crate::affix::ends_with_ignore_case(
                                text[object.end..m.start].trim_end(),
                                "plus or minus",
                            )
                    }))
        })
        .min_by_key(|&i| {
            let d = mentions[i].span();
            let when_said = forecast_year
                && d.start >= object.end
                && matches!(
                    granularity(i),
                    Some(Granularity::Month | Granularity::Week | Granularity::Day)
                );
            if when_said {
                return usize::MAX;
            }
            if d.start >= object.end {
                // "revenue of $57bn, up 62% from a year earlier, and
                // forecast fourth-quarter sales": three times the distance.
                let gap = d.start - object.end;
                if past_comma(d) {
                    gap * 3
                } else {
                    gap
                }
            } else {
                // Dates before the figure count for half again their distance.
                (object.start.saturating_sub(d.end)) * 3 / 2 + 1
            }
        })
}

/// How far (bytes) a date past a comma may stand before the figure it
/// leads to ("first-quarter revenue of about $7.35 billion").
const LEAD_REACH: usize = 40;

/// Whether the date at `d` is when debt falls due, no period of a figure:
/// "$18.5 billion of notes due 2050", "the 2050 notes", "bonds maturing
/// in 2031".
fn is_maturity(text: &str, d: Span) -> bool {
    const BEFORE: &[&str] = &["due", "maturing", "matures", "mature", "maturity"];
    const AFTER: &[&str] = &[
        "notes",
        "bonds",
        "debentures",
        "maturities",
        "tranche",
        "tranches",
        "maturity",
    ];
    let before = text[..d.start].trim_end();
    let before = match split_last_word(before) {
        Some((rest, w)) if w.eq_ignore_ascii_case("in") => rest,
        _ => before,
    };
    last_word(before).is_some_and(|w| listed(w, BEFORE).is_some())
        || first_word(text[d.end..].trim_start()).is_some_and(|w| listed(w, AFTER).is_some())
}

/// Whether `between` (a date to its figure) is a forecast's noun phrase:
/// "2026 revenue forecast to", "2027 guidance of"; no clause mark.
fn forecast_noun_between(between: &str) -> bool {
    !between.contains([',', ';'])
        && between.split_whitespace().count() <= 6
        && between.split_whitespace().any(|w| {
            listed(
                w,
                &[
                    "forecast",
                    "forecasts",
                    "outlook",
                    "guidance",
                    "target",
                    "targets",
                    "estimate",
                    "projection",
                ],
            )
            .is_some()
        })
}

/// Whether the figure at `start` is what a change is measured against:
/// "from $7.66 billion", "than about $9bn", "compared with $5bn".
pub(super) fn baseline_figure(text: &str, start: usize) -> bool {
    let at = crate::numbers::qualifier_start(text, start);
    is_baseline(text, at)
}

/// Whether `date` follows `figure` closely, with no comma between: "$7.66
/// billion a year ago", "$52.5bn in 2024".
fn right_after(text: &str, figure: Span, date: Span) -> bool {
    date.start >= figure.end
        && text
            .get(figure.end..date.start)
            .is_some_and(|gap| gap.len() <= 16 && !gap.contains([',', ';']))
}

/// Whether a mention can be a figure's period: a date of month or coarser
/// granularity (or any, with `days`) that is no baseline of comparison.
fn is_period(text: &str, m: &Mention, days: bool) -> bool {
    match &m.value {
        Value::Date(d) => {
            (days
                || !matches!(d.granularity, Granularity::Day | Granularity::Week)
                || as_of(text, m.start))
                && !is_baseline(text, m.start)
                && !when_said(text, m.start, m.end)
        }
        _ => false,
    }
}

/// Whether a date opens with "as of" or "as at": the day a balance is
/// counted on ("690 employees as of Dec. 31, 2025", "RPO of $920 million
/// as at January 31"), a period even of a single day.
fn as_of(text: &str, start: usize) -> bool {
    let before = text[..start].trim_end();
    ["as of", "as at"]
        .iter()
        .any(|p| crate::affix::ends_with_ignore_case(before, p))
}

/// Whether the date at `start..end` tells when something was said, not
/// what a figure is of: "..., the company said last month", "said in
/// October that", "said earlier this year it would"; not a date that opens
/// what was said ("said Q2 FY27 revenue jumped", "said half-year revenue").
fn when_said(text: &str, start: usize, end: usize) -> bool {
    let after = text[end..].trim_start();
    let ends_clause = after.is_empty()
        || after.starts_with(['.', ',', ';', ':', ')', '"', '”'])
        || first_word(after).is_some_and(|w| {
            listed(
                w,
                &["that", "it", "its", "they", "he", "she", "the", "a", "an"],
            )
            .is_some()
        });
    if !ends_clause {
        return false;
    }
    let before = text[..start].trim_end();
    let before = match split_last_word(before) {
        Some((rest, w)) if listed(w, &["in", "on", "earlier", "late", "early"]).is_some() => rest,
        _ => before,
    };
    last_word(before).is_some_and(|w| {
        listed(
            w,
            &["said", "says", "told", "tells", "stated", "wrote", "added"],
        )
        .is_some()
    })
}

/// Whether the date at `start` is what a change is measured against, not
/// when it happened: "a 19% increase from the previous year", "higher than
/// in 2023", "compared with the year-earlier quarter".
fn is_baseline(text: &str, start: usize) -> bool {
    let before = text[..start].trim_end();
    // (Both end with "of": asked of every figure and date.)
    let of = before.len() >= 3
        && before.as_bytes()[before.len() - 3] == b' '
        && before[before.len() - 2..].eq_ignore_ascii_case("of");
    if of && before_of(before).is_some_and(|r| earlier_value_of(r) || compared_measure_of(r)) {
        return true;
    }
    let before = match split_last_word(before) {
        Some((rest, w)) if w.eq_ignore_ascii_case("in") || w.eq_ignore_ascii_case("of") => {
            // "up 31.4% from the same period of 2025": past "the same
            // period of" to what it is measured from.
            match split_last_word(rest) {
                Some((r, unit))
                    if listed(
                        unit,
                        &["period", "quarter", "month", "months", "half", "time"],
                    )
                    .is_some() =>
                {
                    split_last_word(r)
                        .filter(|(_, same)| same.eq_ignore_ascii_case("same"))
                        .and_then(|(r, _)| split_last_word(r))
                        .filter(|(_, the)| the.eq_ignore_ascii_case("the"))
                        .map_or(rest, |(r, _)| r)
                }
                _ => rest,
            }
        }
        _ => before,
    };
    match split_last_word(before) {
        Some((_, w)) if listed(w, &["from", "than", "versus", "vs", "vs."]).is_some() => true,
        Some((rest, w)) if listed(w, &["with", "to"]).is_some() => {
            last_word(rest).is_some_and(|p| listed(p, &["compared", "relative"]).is_some())
        }
        _ => false,
    }
}

/// `before` without the "of" it ends with, its last word; `None` when it
/// ends otherwise.
pub(super) fn before_of(before: &str) -> Option<&str> {
    split_last_word(before)
        .filter(|(_, of)| of.eq_ignore_ascii_case("of"))
        .map(|(rest, _)| rest)
}

/// Whether the words before a figure's "of" (`rest`, [`before_of`]) end
/// with "from" and an earlier value's noun: "up from a previous range of",
/// "from its original forecast of", "from an earlier estimate of".
pub(super) fn earlier_value_of(rest: &str) -> bool {
    let mut rest = rest;
    let mut earlier = false;
    for _ in 0..4 {
        let Some((r, w)) = split_last_word(rest) else {
            return false;
        };
        if w.eq_ignore_ascii_case("from") {
            return earlier;
        }
        earlier |= listed(
            w,
            &[
                "previous", "prior", "earlier", "original", "initial", "old", "former",
            ],
        )
        .is_some();
        rest = r;
    }
    false
}

/// Whether the words before a figure's "of" (`rest`, [`before_of`]) end
/// with a comparison's measure: "compared to non-GAAP income from
/// operations of" (not "versus estimates of", which is of the same
/// period).
fn compared_measure_of(rest: &str) -> bool {
    let mut rest = rest;
    // (A measure of results: "a hit of", "an average of" keep the period
    // told after them.)
    let mut results = false;
    for _ in 0..7 {
        let Some((r, w)) = split_last_word(rest) else {
            return false;
        };
        if listed(w, &["to", "with"]).is_some() {
            return results
                && last_word(r).is_some_and(|p| listed(p, &["compared", "comparing"]).is_some());
        }
        results |= listed(
            w,
            &[
                "income", "revenue", "revenues", "sales", "profit", "earnings", "loss", "EBITDA",
            ],
        )
        .is_some();
        // (A clause's mark ends the look: the comparison is nearer.)
        if w.ends_with([',', ';']) {
            return false;
        }
        rest = r;
    }
    false
}

/// Whether a date mention is a quarter the text reports on: a quarter that
/// is no baseline ("from the same quarter a year earlier").
/// `k` indexes `here`: a date right after a baseline figure ("from $2.17
/// billion a year earlier") is that figure's, no quarter reported on.
pub(super) fn reported_quarter(text: &str, here: &[usize], k: usize, mentions: &[Mention]) -> bool {
    reported_period(text, here, k, mentions, Granularity::Quarter)
}

/// [`reported_quarter`] for a period of granularity `gran` (a quarter or a
/// half).
pub(super) fn reported_period(
    text: &str,
    here: &[usize],
    k: usize,
    mentions: &[Mention],
    gran: Granularity,
) -> bool {
    let m = &mentions[here[k]];
    let figure = |i: usize| {
        matches!(
            mentions[here[i]].kind(),
            Kind::Money | Kind::Percent | Kind::Quantity
        )
    };
    // A baseline, or one coordinated with a baseline before it: "down from
    // 42% a year earlier and 34% in the second quarter".
    let baseline_at = |j: usize| {
        let prev = &mentions[here[j]];
        baseline_figure(text, prev.start)
            || (crate::affix::ends_with(text[..prev.start].trim_end(), " and")
                && (0..j).rev().take(3).find(|&i| figure(i)).is_some_and(|i| {
                    let earlier = &mentions[here[i]];
                    prev.start - earlier.end <= COORDINATED_BASELINE_GAP
                        && baseline_figure(text, earlier.start)
                }))
    };
    let after_baseline = || {
        k.checked_sub(1).is_some_and(|j| {
            figure(j) && right_after(text, mentions[here[j]].span(), m.span()) && baseline_at(j)
        })
    };
    matches!(&m.value, Value::Date(d) if d.granularity == gran && d.start.is_some())
        // ("a year earlier" is the period compared with, not reported.)
        && m.rule != "date.year_back"
        && !is_baseline(text, m.start)
        && !baseline_figure(text, m.start)
        && !after_baseline()
}

/// How far a baseline may stand before a figure coordinated with it ("from
/// 42% a year earlier and 34%").
const COORDINATED_BASELINE_GAP: usize = 40;

/// Phrases that refer back to the quarter just reported.
const THE_QUARTER: &[&str] = &[
    "the quarter",
    "the latest quarter",
    "the most recent quarter",
    "the fiscal quarter",
    "the three months",
    "the three-month period",
    "the period",
    "the reporting period",
];

/// Phrases that refer back to the half year just reported ("net profit
/// came to €5.4bn in the half").
const THE_HALF: &[&str] = &[
    "the half",
    "the half-year",
    "the half year",
    "the six months",
];

/// Which period the figure's clause says it is of, "the quarter" or "the
/// half" just told of ([`names_the_quarter`] for each).
pub(super) fn names_the_period(text: &str, sentence: Span, object: Span) -> Option<Granularity> {
    if names_the_quarter(text, sentence, object) {
        Some(Granularity::Quarter)
    } else if names_the(text, sentence, object, THE_HALF, &["half", "six months"]) {
        Some(Granularity::Half)
    } else {
        None
    }
}

/// Whether the figure's clause says it is of "the quarter" just told of:
/// "rose to 9.6 trillion won in the quarter", "In the three months,
/// revenue rose 22%"; not a quarter that a date names ("the quarter ended
/// March 31"), nor one a year before ("in the quarter a year earlier").
pub(super) fn names_the_quarter(text: &str, sentence: Span, object: Span) -> bool {
    names_the(
        text,
        sentence,
        object,
        THE_QUARTER,
        &["quarter", "period", "months"],
    )
}

/// Whether the figure's clause says it is of one of `phrases` (whose
/// nouns are `nouns`), read near the figure only, so a huge sentence
/// costs a bounded read per figure; the opening is read apart.
fn names_the(text: &str, sentence: Span, object: Span, phrases: &[&str], nouns: &[&str]) -> bool {
    let floor = |at: usize| crate::numbers::floor_char_boundary(text, at);
    let from = floor(
        object
            .start
            .saturating_sub(2 * QUARTER_REACH + 32)
            .max(sentence.start),
    );
    let to = floor((object.end + QUARTER_REACH + 32).min(sentence.end));
    let open_to = floor((sentence.start + 40).min(from));
    [(sentence.start, open_to), (from, to)]
        .into_iter()
        .any(|(a, b)| {
            a < b && quarter_phrase_in(text, Span::new(a, b), sentence, object, phrases, nouns)
        })
}

/// Whether "in the quarter" (or "the half", [`THE_QUARTER`],
/// [`THE_HALF`]) follows the figure right after it: "fell 1.1% to $30.05
/// billion in the quarter, as ... at the start of the year".
pub(super) fn the_period_follows(text: &str, object: Span) -> bool {
    let after = text[object.end..].trim_start_matches(' ');
    let Some(rest) = ["in ", "for ", "during "]
        .iter()
        .find_map(|p| crate::affix::strip_prefix(after, p))
    else {
        return false;
    };
    THE_QUARTER.iter().chain(THE_HALF).any(|p| {
        crate::affix::strip_prefix(rest, p).is_some_and(|r| {
            !r.starts_with(|c: char| c.is_alphanumeric())
                && !r
                    .split_whitespace()
                    .next()
                    .is_some_and(|w| matches!(w, "ended" | "ending" | "to" | "through"))
        })
    })
}

/// How far from a figure "in the quarter" is looked for.
const QUARTER_REACH: usize = 80;

/// Whether a result is called quarterly in its clause just before the
/// figure: "HCLTech's quarterly revenue rose 5.1% to $3.67 billion" is of
/// the quarter just told of, as "revenue in the quarter" is.
pub(super) fn quarterly_before(text: &str, sentence: Span, object: Span) -> bool {
    let from = crate::numbers::floor_char_boundary(
        text,
        object
            .start
            .saturating_sub(QUARTER_REACH)
            .max(sentence.start),
    );
    let before = &text[from..object.start];
    let clause = &before[before.rfind([';', '(']).map_or(0, |i| i + 1)..];
    clause
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| w.eq_ignore_ascii_case("quarterly"))
}

/// Whether `region` holds a phrase of [`THE_QUARTER`] that is of the
/// figure ([`names_the_quarter`]).
fn quarter_phrase_in(
    text: &str,
    region: Span,
    sentence: Span,
    object: Span,
    phrases: &[&str],
    nouns: &[&str],
) -> bool {
    const NOT_AFTER: &[&str] = &[
        "ended", "ending", "ends", "end", "through", "to", "before", "after", "a", "last", "prior",
        "earlier", "year", "that", "which", "of",
    ];
    let scan = &text[region.start..region.end];
    // Most regions hold none of the phrases' nouns: one look for each.
    let bytes = scan.as_bytes();
    if !nouns
        .iter()
        .any(|n| memchr::memmem::find(bytes, n.as_bytes()).is_some())
    {
        return false;
    }
    let lower_at = |at: usize, phrase: &str| {
        scan.get(at..at + phrase.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(phrase))
    };
    for (at, _) in scan.match_indices("the ").chain(scan.match_indices("The ")) {
        let Some(phrase) = phrases.iter().find(|p| lower_at(at, p)) else {
            continue;
        };
        let (start, end) = (region.start + at, region.start + at + phrase.len());
        let after = &text[end..sentence.end];
        // A whole phrase, after "in", "for", "during" or "over".
        if after.starts_with(|c: char| c.is_alphanumeric() || c == '-') {
            continue;
        }
        let governed = last_word(&text[region.start..start])
            .is_some_and(|w| listed(w, &["in", "for", "during", "over"]).is_some());
        if !governed
            || first_word(after.trim_start()).is_some_and(|w| listed(w, NOT_AFTER).is_some())
        {
            continue;
        }
        let near = if start >= object.end {
            // After the figure, in its clause.
            start - object.end <= QUARTER_REACH
                && !text[object.end..start].contains([',', ';', '('])
        } else if end <= object.start && object.start - end <= 2 * QUARTER_REACH {
            // Before it: opening the sentence ("In the quarter, ..."), or
            // in its clause.
            let opening = start <= sentence.start + 40
                && text[sentence.start..start].split_whitespace().count() <= 1;
            opening || !text[end..object.start].contains([',', ';'])
        } else {
            false
        };
        if near {
            return true;
        }
    }
    false
}

/// The date a sentence opens with as an adverbial ("In the third quarter,
/// Samsung began ..., and its profit rose to ..."), which holds for every
/// clause of the sentence that names no date of its own.
pub(super) fn opening_period(
    text: &str,
    sentence: Span,
    object: Span,
    here: &[usize],
    mentions: &[Mention],
    days: bool,
) -> Option<usize> {
    // "..., and its contracts now total $22.4bn": a clause that says it
    // speaks of the present is not of the opening's date.
    const NOW: &[&str] = &["now", "currently", "today", "date", "far", "presently"];
    const LEAD: &[&str] = &[
        "in",
        "during",
        "for",
        "over",
        "at",
        "by",
        "the",
        "end",
        "of",
        "as",
        "through",
        "throughout",
        "and",
        "so",
        "far",
        "since",
    ];
    // The sentence's first mention, near its start and not far from the
    // figure: a bounded read per figure.
    let &i = here
        .first()
        .filter(|&&i| mentions[i].kind() == Kind::Date)?;
    let d = &mentions[i];
    if d.start > sentence.start + 48 || object.start.saturating_sub(d.end) > 400 {
        return None;
    }
    let lead = &text[sentence.start..d.start];
    (lead.split_whitespace().count() <= 4
        && lead
            .split_whitespace()
            .all(|w| listed(w.trim_start_matches(['"', '“', '(', '*', '-']), LEAD).is_some())
        && text[d.end..sentence.end].starts_with(',')
        && d.end <= object.start
        && !text[d.end..object.start]
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| listed(w, NOW).is_some())
        && is_period(text, d, days))
    .then_some(i)
}

/// The period a list's lead-in names ("Alibaba reported its FQ2 FY27
/// (Jul-Sep) results:"), which its bullets' figures that name none are
/// of: the narrowest one of month or coarser that is no baseline.
pub(super) fn lead_period(text: &str, here: &[usize], mentions: &[Mention]) -> Option<usize> {
    here.iter()
        .copied()
        .filter(|&i| is_period(text, &mentions[i], false))
        .filter_map(|i| match &mentions[i].value {
            Value::Date(d) => Some((
                match d.granularity {
                    Granularity::Month => 0,
                    Granularity::Quarter => 1,
                    Granularity::Half => 2,
                    Granularity::Year | Granularity::FiscalYear => 3,
                    _ => 4,
                },
                i,
            )),
            _ => None,
        })
        .min_by_key(|&(width, _)| width)
        .map(|(_, i)| i)
}

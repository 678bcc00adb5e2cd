//! Percentages, percentage points, basis points and multipliers: a numeral
//! from [`crate::numbers`] with a percent unit after it, or a ratio word from
//! [`crate::numbers::ratios`].
//!
//! * a percent sign or word after the numeral: `19%`, `40 %`, `80 percent`,
//!   `60 per cent`, `3.5 pct`, `5.4pc`, `a 19-percent cut`, `twenty
//!   percent`; a minus sign written before it belongs to the figure
//!   (`-2.1%`);
//! * points are kept apart from percentages by `unit`: `2 percentage points`,
//!   `2pp` and `2.1 ppt` are `pp`, `150 basis points`, `50bps` and `15 bp`
//!   are `bp`; a fraction of a point is points (`half a percentage point`
//!   is 0.5 pp);
//! * multipliers are their own value form, `unit` `x` with the factor as
//!   `value` (SPEC.md "Percent"): `4x`, `10 times more`, `grew 10 times`,
//!   `fourfold`, `4-fold`, `double capacity`, `revenue tripled`, `twice as
//!   fast`;
//! * a fraction used as a share is a percentage: `three-quarters of the
//!   budget` (75), `a third of its revenue`, `half of developers`, `1 in 4`
//!   (25; not after a name or rank: `GPT-5 in 18 months`), and a change by one (`fell by half`, `grew by a fifth`); not when
//!   it names part of a period (`the second half of 2025`, `half of the year`);
//! * a digit class is a vague percentage: `triple-digit growth` is at least
//!   100, `double-digit` at least 10, `single-digit` less than 10;
//! * ranges are one mention: `60-65%`, `10 to 15 per cent`, `between 20% and
//!   30%`, `ranging from 5% to 10%`; not a change `from 20% to 15%`,
//!   `rose 5% to 10%` (the rule money and quantities share), but a range
//!   of guidance after a verb's base form, `expects revenue to grow 13% to
//!   16%`, `will rise 2% to 3%`;
//! * the qualifier before ("more than", "up to", "roughly") or after ("or
//!   more") is read by the shared grammar and kept out of the surface text.
//!
//! The table of cases at the end of this file is both the documentation and
//! the test.

use rust_decimal::Decimal;

use super::{Candidate, Context};
use crate::analysis::{Percent, PercentUnit, Qualifier, Value};
use crate::numbers::ratios::{self, Ratio, RatioKind};
use crate::numbers::{self, Form, Numeral};

/// Unit words after a numeral, longest first within a family; `None` is a
/// plain percentage.
const SUFFIXES: &[(&str, Option<PercentUnit>, &str)] = &[
    (
        "percentage points",
        Some(PercentUnit::Points),
        "percent.points",
    ),
    (
        "percentage point",
        Some(PercentUnit::Points),
        "percent.points",
    ),
    (
        "percentage-points",
        Some(PercentUnit::Points),
        "percent.points",
    ),
    (
        "percentage-point",
        Some(PercentUnit::Points),
        "percent.points",
    ),
    (
        "basis points",
        Some(PercentUnit::BasisPoints),
        "percent.basis_points",
    ),
    (
        "basis point",
        Some(PercentUnit::BasisPoints),
        "percent.basis_points",
    ),
    (
        "basis-point",
        Some(PercentUnit::BasisPoints),
        "percent.basis_points",
    ),
    (
        "bps",
        Some(PercentUnit::BasisPoints),
        "percent.basis_points",
    ),
    ("bp", Some(PercentUnit::BasisPoints), "percent.basis_points"),
    ("ppts", Some(PercentUnit::Points), "percent.points"),
    ("ppt", Some(PercentUnit::Points), "percent.points"),
    // "a 19-percent cut": glued by a hyphen, as "-fold" is; so are the
    // points of "a 25-basis-point cut", "a 10-percentage-point drop".
    (
        "-percentage-points",
        Some(PercentUnit::Points),
        "percent.points",
    ),
    (
        "-percentage-point",
        Some(PercentUnit::Points),
        "percent.points",
    ),
    (
        "-basis-points",
        Some(PercentUnit::BasisPoints),
        "percent.basis_points",
    ),
    (
        "-basis-point",
        Some(PercentUnit::BasisPoints),
        "percent.basis_points",
    ),
    ("-percent", None, "percent.word"),
    ("-per-cent", None, "percent.word"),
    ("per cent", None, "percent.word"),
    ("per-cent", None, "percent.word"),
    ("percent", None, "percent.word"),
    ("pct", None, "percent.word"),
    ("-fold", Some(PercentUnit::Times), "percent.fold"),
    ("fold", Some(PercentUnit::Times), "percent.fold"),
    ("times", Some(PercentUnit::Times), "percent.times"),
];

/// Words after "N times" that make it a multiplier ("10 times more", "three
/// times the size") rather than a count of occasions ("three times a year").
const TIMES_FOLLOWERS: &[&str] = &[
    "more", "less", "fewer", "larger", "bigger", "faster", "slower", "higher", "lower", "greater",
    "smaller", "cheaper", "better", "worse", "as", "the", "that", "its", "their", "what", "over",
    "earnings", "sales", "revenue", "forward",
];

/// Words after "double", "triple"... that make it an idiom, not a multiplier.
const MULTIPLIER_IDIOMS: &[&str] = &[
    "down",
    "check",
    "checking",
    "whammy",
    "standard",
    "standards",
    "dip",
    "dipping",
    "duty",
    "agent",
    "agents",
    "click",
    "bed",
    "room",
    "take",
    "blind",
    "jeopardy",
    "play",
    "header",
    "life",
    "team",
    "counting",
    "shift",
    "bottom",
    "crown",
    "threat",
    "bind",
    "edge",
    "edged",
];

/// Recognizes every percentage, point change and multiplier in the context.
pub fn recognize(ctx: &Context<'_>, out: &mut Vec<Candidate>) {
    let text = ctx.text;
    let nums = ctx.numerals;
    let mut i = 0;
    while i < nums.len() {
        let Some(mut fig) = figure(text, &nums[i]) else {
            if let Some(c) = one_in_n(text, nums, i) {
                out.push(c);
                i += 2;
            } else if let Some(fig) = bare_low_end(text, nums, i) {
                out.push(fig.into_candidate(text));
                i += 2;
            } else {
                i += 1;
            }
            continue;
        };
        let mut next = i + 1;
        if let Some(high) = range_high(text, &fig, nums, i + 1) {
            fig = fig.join(high);
            next = i + 2;
        }
        out.push(fig.into_candidate(text));
        i = next;
    }
    for r in ratios::ratios(text) {
        if let Some(c) = ratio_candidate(text, &r) {
            out.push(c);
        }
    }
}

/// A percent figure being built.
#[derive(Debug, Clone)]
struct Figure {
    start: usize,
    end: usize,
    value: Decimal,
    unit: Option<PercentUnit>,
    amount_max: Option<Decimal>,
    rule: &'static str,
}

impl Figure {
    fn join(mut self, high: Figure) -> Figure {
        self.amount_max = Some(high.value);
        self.end = high.end;
        self.rule = "percent.range";
        self
    }

    fn into_candidate(self, text: &str) -> Candidate {
        let qualifier = if self.amount_max.is_some() {
            Qualifier::Range
        } else {
            numbers::qualifier_around(text, self.start, self.end)
        };
        let value = Percent {
            value: self.value.normalize(),
            qualifier,
            unit: self.unit,
            amount_max: self.amount_max.map(|m| m.normalize()),
            vague: None,
        };
        Candidate::new(self.start, self.end, Value::Percent(value), self.rule)
    }
}

/// Whether a capital "X" ending at `end` names a section of a tax code or
/// a rule, not a multiplier: "the 45X advanced manufacturing credit",
/// "402 billion won of 45X production credits".
fn tax_section(text: &str, end: usize) -> bool {
    if !text[..end].ends_with('X') {
        return false;
    }
    let next = text[end..]
        .trim_start_matches(' ')
        .split(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("");
    [
        "credit",
        "credits",
        "tax",
        "production",
        "advanced",
        "manufacturing",
        "section",
        "rule",
        "rules",
        "provision",
        "provisions",
        "program",
        "programme",
    ]
    .iter()
    .any(|w| w.eq_ignore_ascii_case(next))
}

/// The percent figure built on numeral `n`, if a percent unit follows it.
fn figure(text: &str, n: &Numeral) -> Option<Figure> {
    if matches!(n.form, Form::Ordinal | Form::Vague) {
        return None;
    }
    let (unit, end, rule) = if n.times {
        // "7950X" is a model number, "4x" a multiplier; so is a capital X
        // after a whole hundred or more ("the delayed 777X").
        let model = n.value >= Decimal::from(100)
            && n.value.fract().is_zero()
            && text[..n.end].ends_with('X');
        if n.value > Decimal::from(1000) || model || tax_section(text, n.end) {
            return None;
        }
        (Some(PercentUnit::Times), n.end, "percent.times")
    } else {
        unit_after(text, n)?
    };
    let (start, value) = match minus_before(text, n.start) {
        Some(at) => (at, -n.value),
        // "+1.8%": the sign is part of the figure as written, as a minus is.
        None => (plus_before(text, n.start).unwrap_or(n.start), n.value),
    };
    Some(Figure {
        start,
        end,
        value,
        unit,
        amount_max: None,
        rule,
    })
}

/// The percent unit after numeral `n`: its unit, the byte where the figure
/// ends, and the rule name.
fn unit_after(text: &str, n: &Numeral) -> Option<(Option<PercentUnit>, usize, &'static str)> {
    match numbers::glued_unit(text, n.end) {
        Some(u @ ("pp" | "ppt" | "ppts")) => {
            return Some((Some(PercentUnit::Points), n.end + u.len(), "percent.points"))
        }
        // "rose 5.4pc", as the British press writes it.
        Some("pc") => return Some((None, n.end + 2, "percent.word")),
        Some(u @ ("bp" | "bps")) => {
            return Some((
                Some(PercentUnit::BasisPoints),
                n.end + u.len(),
                "percent.basis_points",
            ))
        }
        Some(_) => return None,
        None => {}
    }
    let rest = &text[n.end..];
    let spaced = rest
        .strip_prefix(' ')
        .or_else(|| rest.strip_prefix('\u{a0}'))
        .unwrap_or(rest);
    let gap = rest.len() - spaced.len();
    if spaced.starts_with('%') || spaced.starts_with('％') {
        let sign = spaced.chars().next().map_or(1, char::len_utf8);
        return Some((None, n.end + gap + sign, "percent.sign"));
    }
    for &(word, unit, rule) in SUFFIXES {
        // "-fold" is glued; every other word needs its space.
        let (body, gap) = if word.starts_with('-') {
            (rest, 0)
        } else if gap > 0 {
            (spaced, gap)
        } else {
            continue;
        };
        let Some(head) = body.get(..word.len()) else {
            continue;
        };
        if !head.eq_ignore_ascii_case(word) || !word_end(&body[word.len()..]) {
            continue;
        }
        if word == "times"
            && !multiplier_times(&body[word.len()..])
            && !after_growth_verb(text, n.start)
            && !compared_multiple(text, n.start)
        {
            return None;
        }
        return Some((unit, n.end + gap + word.len(), rule));
    }
    None
}

/// Verbs of growth before "N times": "revenue grew 10 times" is a
/// multiplier, whatever follows.
#[rustfmt::skip]
const GROWTH_VERBS: &[&str] = &[
    "grow", "grows", "grew", "grown", "growing", "rose", "rise", "risen", "increase", "increased",
    "increasing", "jumped", "surged", "soared", "expanded", "expand", "multiplied", "climbed",
    "balloon", "ballooned",
];

/// Whether a verb of growth stands before the numeral at `start`, past
/// "by" and a qualifier ("grew by about 10 times").
fn after_growth_verb(text: &str, start: usize) -> bool {
    let at = numbers::qualifier_start(text, start);
    let mut before = last_word(&text[..at]);
    if before.eq_ignore_ascii_case("by") {
        let cut = text[..at].trim_end().len() - before.len();
        before = last_word(&text[..cut]);
    }
    GROWTH_VERBS.iter().any(|v| v.eq_ignore_ascii_case(before))
}

/// How far before a compared "N times" the multiple it is compared with
/// may stand.
const COMPARED_REACH: usize = 120;

/// "trades at 35 times earnings, compared with 22 times for the index":
/// "N times" set against a multiple just stated is one too.
fn compared_multiple(text: &str, start: usize) -> bool {
    let at = numbers::qualifier_start(text, start);
    let before = text[..at].trim_end();
    let linked = [
        "compared with",
        "compared to",
        "versus",
        "vs.",
        "vs",
        "against",
        "from",
    ]
    .iter()
    .any(|l| {
        crate::affix::ends_with(before, l)
            && before[..before.len() - l.len()]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric())
    });
    if !linked {
        return false;
    }
    let lo = numbers::floor_char_boundary(text, at.saturating_sub(COMPARED_REACH));
    let window = &text[lo..at];
    // The clause before holds a multiple: a numeral, then "times" that
    // reads as one ("35 times forward earnings", not "met 12 times").
    window.match_indices(" times").any(|(k, m)| {
        window[..k]
            .rsplit(' ')
            .next()
            .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()))
            && multiplier_times(&window[k + m.len()..])
    })
}

/// "10 times more" is a multiplier, "three times a year" is not.
fn multiplier_times(after: &str) -> bool {
    let next = next_word(after).to_ascii_lowercase();
    TIMES_FOLLOWERS.contains(&next.as_str())
}

/// The byte of a minus sign glued before `start` ("-2.1%"), unless the sign
/// joins two figures ("60-65%").
fn minus_before(text: &str, start: usize) -> Option<usize> {
    let (at, prev) = numbers::minus_before(text, start)?;
    prev.is_none_or(|c| c.is_whitespace() || c == '(')
        .then_some(at)
}

/// The byte of a plus sign glued before `start` ("+1.8%") and standing
/// alone ("(+3%", " +3%"), not joining two figures ("5+3%").
fn plus_before(text: &str, start: usize) -> Option<usize> {
    let at = start.checked_sub(1)?;
    if text.as_bytes()[at] != b'+' {
        return None;
    }
    text[..at]
        .chars()
        .next_back()
        .is_none_or(|c| c.is_whitespace() || c == '(')
        .then_some(at)
}

/// "60-65%", "10 to 15 per cent", "between 20 and 30 percent": a bare
/// numeral whose range partner carries the unit.
fn bare_low_end(text: &str, nums: &[Numeral], i: usize) -> Option<Figure> {
    let low = &nums[i];
    if !matches!(low.form, Form::Digits | Form::Words) || low.times {
        return None;
    }
    if numbers::glued_unit(text, low.end).is_some() {
        return None;
    }
    let high = figure(text, nums.get(i + 1)?)?;
    if !connects(text, low.start, low.end, high.start, true)? || low.value > high.value {
        return None;
    }
    Some(
        Figure {
            start: low.start,
            end: low.end,
            value: low.value,
            unit: high.unit,
            amount_max: None,
            rule: "percent.range",
        }
        .join(high),
    )
}

/// "1 in 4 Americans", "one in five": a share written as a proportion,
/// whose value is the percentage (25, 20).
fn one_in_n(text: &str, nums: &[Numeral], i: usize) -> Option<Candidate> {
    let (part, whole) = (&nums[i], nums.get(i + 1)?);
    let plain = |n: &Numeral| matches!(n.form, Form::Digits | Form::Words) && n.magnitude.is_none();
    if !plain(part) || !plain(whole) || text.get(part.end..whole.start)? != " in " {
        return None;
    }
    if whole.value.is_zero()
        || part.value >= whole.value
        || numbers::glued_unit(text, whole.end).is_some()
    {
        return None;
    }
    // "5 in 2025" is a count and a year, not a share.
    if whole.is_plain_integer() && whole.end - whole.start == 4 {
        return None;
    }
    if names_a_model_or_rank(text, part.start) {
        return None;
    }
    let value = part
        .value
        .checked_mul(Decimal::from(100))?
        .checked_div(whole.value)?
        .round_dp(2);
    let percent = Percent {
        value: value.normalize(),
        qualifier: numbers::qualifier_around(text, part.start, whole.end),
        unit: None,
        amount_max: None,
        vague: None,
    };
    Some(Candidate::new(
        part.start,
        whole.end,
        Value::Percent(percent),
        "percent.one_in_n",
    ))
}

/// Whether the numeral at `start` belongs to a name or rank before it:
/// "GPT-5 in 18 months", "the iPhone 16 in 58 countries", "No. 2 in 30
/// categories"; not "One in five" nor "Nearly 1 in 4" opening a sentence.
fn names_a_model_or_rank(text: &str, start: usize) -> bool {
    let before = &text[..start];
    if before
        .chars()
        .next_back()
        .is_some_and(|c| c.is_alphanumeric() || c == '-')
    {
        return true;
    }
    let trimmed = before.trim_end();
    let word_at = trimmed.rfind(char::is_whitespace).map_or(0, |i| {
        i + trimmed[i..].chars().next().map_or(1, char::len_utf8)
    });
    let word = &trimmed[word_at..];
    if ["No.", "number", "ranked", "rank", "No"]
        .iter()
        .any(|w| w.eq_ignore_ascii_case(word))
    {
        return true;
    }
    // A capital is a name's unless the word opens the sentence.
    let opens = trimmed[..word_at]
        .trim_end()
        .chars()
        .next_back()
        .is_none_or(|c| matches!(c, '.' | '!' | '?' | ':' | '"' | '“' | '\n'));
    // A capital is a name's, unless the word opens the sentence and is a
    // qualifier or adverb ("Nearly 1 in 4", "Only one in ten"), not a
    // product ("Windows 11 in 20 languages").
    let adverb = numbers::qualifier_before(text, start).is_some()
        || [
            "only", "just", "fully", "and", "but", "so", "now", "today", "still",
        ]
        .iter()
        .any(|w| w.eq_ignore_ascii_case(word));
    word.chars().any(char::is_uppercase) && !(opens && adverb)
}

/// The high end of a range after a complete figure: "20% to 30%".
fn range_high(text: &str, low: &Figure, nums: &[Numeral], next: usize) -> Option<Figure> {
    let high = figure(text, nums.get(next)?)?;
    if high.unit != low.unit || high.value < low.value {
        return None;
    }
    connects(text, low.start, low.end, high.start, false)?.then_some(high)
}

/// Whether a range connector joins a low end (`start..end`) to a high end
/// starting at `high_start`: "and" needs "between" before the low end; a
/// change "from 20% to 15%" or "rose 5% to 10%" is no range; "-" must be
/// glued. A `bare` low end, one without its unit ("rose 3 to 5 percent"),
/// is no level a change went from: only "from" makes it one.
fn connects(text: &str, start: usize, end: usize, high_start: usize, bare: bool) -> Option<bool> {
    let after = numbers::range_connector(text, end)?;
    if after != high_start {
        return Some(false);
    }
    let conn = text[end..after].trim();
    let before = last_word(&text[..start]).to_ascii_lowercase();
    Some(match conn {
        "and" => before == "between",
        "-" | "–" | "—" => after - end == conn.len(),
        _ if bare => {
            let at = numbers::qualifier_start(text, start);
            !(last_word(&text[..at]).eq_ignore_ascii_case("from")
                && numbers::change_not_range(text, start))
        }
        _ => {
            !numbers::change_not_range(text, start)
                || expected_growth(text, start)
                || earlier_range(text, start)
        }
    })
}

/// Whether a low end follows ", up from" or ", down from": a guidance's
/// earlier range set after the new one ("to grow 6% to 7% in 2026, up
/// from 4% to 6% previously"), where "went up from 4% to 6%" is a change.
/// (Money has its own look, which also weighs the two ranges' sizes.)
fn earlier_range(text: &str, start: usize) -> bool {
    let at = numbers::qualifier_start(text, start);
    let before = text[..at].trim_end();
    [", up from", ", down from"]
        .iter()
        .any(|e| crate::affix::ends_with_ignore_case(before, e))
}

/// Whether the verb of change before a low end is a base form after "to"
/// or a modal: "expects revenue to grow 13% to 16%", "will rise 2% to 3%"
/// give the range of a guidance, where "rose 5% to 10%" went from one
/// level to another; so does "will grow by 3% to 5%".
fn expected_growth(text: &str, start: usize) -> bool {
    let at = numbers::qualifier_start(text, start);
    let mut words = text[..at]
        .rsplit([' ', '\u{a0}'])
        .filter(|w| !w.is_empty())
        .peekable();
    let listed = |w: Option<&str>, list: &[&str]| {
        w.is_some_and(|w| list.iter().any(|l| l.eq_ignore_ascii_case(w)))
    };
    words.next_if(|w| w.eq_ignore_ascii_case("by"));
    listed(
        words.next(),
        &[
            "grow", "rise", "increase", "decline", "fall", "climb", "expand", "drop", "decrease",
            "jump", "shrink", "gain",
        ],
    ) && listed(
        words.next(),
        &[
            "to", "will", "would", "could", "should", "may", "might", "can",
        ],
    )
}

/// A percent mention from a ratio word, when its context makes it one.
fn ratio_candidate(text: &str, r: &Ratio) -> Option<Candidate> {
    let after = &text[r.end..];
    // "fell by more than half": the word before the qualifier.
    let at = numbers::qualifier_start(text, r.start);
    let before_word = last_word(&text[..at]).to_ascii_lowercase();
    let surface = &text[r.start..r.end];
    if r.kind == RatioKind::Share {
        if let Some(c) = fraction_of_a_point(text, r) {
            return Some(c);
        }
    }
    let (rule, vague) = match r.kind {
        RatioKind::Share => {
            if !share_context(surface, &before_word, after) {
                return None;
            }
            ("percent.fraction", None)
        }
        RatioKind::DigitClass => ("percent.digit_class", Some(surface.to_string())),
        RatioKind::Times => {
            if !multiplier_context(surface, &before_word, after) {
                return None;
            }
            ("percent.multiplier_word", None)
        }
    };
    let qualifier = if r.qualifier == Qualifier::Exact {
        numbers::qualifier_around(text, r.start, r.end)
    } else {
        r.qualifier
    };
    let value = Percent {
        value: r.value,
        qualifier,
        unit: (r.kind == RatioKind::Times).then_some(PercentUnit::Times),
        amount_max: None,
        vague,
    };
    Some(Candidate::new(r.start, r.end, Value::Percent(value), rule))
}

/// What may follow a fraction to make it a fraction of a point, longest
/// first: "half a percentage point", "a quarter of a point".
const POINT_PHRASES: &[&str] = &[
    " of a percentage point",
    " a percentage point",
    "-percentage-point",
    " percentage point",
    " of a point",
    " a point",
    // "a quarter point", "a half-point cut": how central banks move rates.
    "-point",
    " point",
];

/// "half a percentage point" is 0.5 points, not 50%.
fn fraction_of_a_point(text: &str, r: &Ratio) -> Option<Candidate> {
    let after = &text[r.end..];
    // A bare "point" only after a quarter, a half or three quarters, the
    // steps rates move by: "a third point is that" counts arguments.
    let step = [25, 50, 75].map(Decimal::from).contains(&r.value);
    let phrase = POINT_PHRASES.iter().find(|p| {
        after
            .get(..p.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(p))
            && word_end(&after[p.len()..])
            && (step || p.contains(" a ") || p.contains("percentage"))
    })?;
    let value = Percent {
        value: (r.value / Decimal::from(100)).normalize(),
        qualifier: numbers::qualifier_around(text, r.start, r.end),
        unit: Some(PercentUnit::Points),
        amount_max: None,
        vague: None,
    };
    let end = r.end + phrase.len();
    Some(Candidate::new(
        r.start,
        end,
        Value::Percent(value),
        "percent.fraction_of_point",
    ))
}

/// "three-quarters of the budget", "half the staff": a share of something,
/// not part of a period ("the second half of 2025", "a quarter of a century").
fn share_context(surface: &str, before_word: &str, after: &str) -> bool {
    // "the first and second half" lists periods; "and a third of firms"
    // counts its own share.
    // ("A year and a half" is a span of time.)
    let counted = surface.contains([' ', '-']) && !surface.eq_ignore_ascii_case("a half");
    if !counted
        && matches!(
            before_word,
            "first" | "second" | "latter" | "back" | "front" | "other" | "and" | "final" | "last"
        )
    {
        return false;
    }
    // "fell by half", "grew by a fifth": how much something changed.
    if before_word == "by" && !after.trim_start().starts_with("of") {
        return true;
    }
    let bare_half = surface.eq_ignore_ascii_case("half");
    let mut words = after.split_whitespace();
    let object = match words.next().map(str::to_ascii_lowercase).as_deref() {
        Some("of") => words.next(),
        Some("the" | "its" | "their" | "his" | "her" | "our") if bare_half => {
            // "half the staff": the determiner is part of the object.
            Some("the")
        }
        _ => return false,
    };
    let mut object = object.map(str::to_ascii_lowercase);
    while let Some(w) = object.as_deref() {
        if matches!(
            w,
            "the" | "this" | "next" | "last" | "a" | "an" | "its" | "fiscal"
        ) {
            object = words.next().map(str::to_ascii_lowercase);
        } else {
            break;
        }
    }
    let Some(object) = object else {
        return false;
    };
    let object = object.trim_matches(|c: char| !c.is_alphanumeric());
    let is_year = object.len() == 4 && object.chars().all(|c| c.is_ascii_digit());
    !is_year && !is_time_word(object)
}

fn is_time_word(w: &str) -> bool {
    matches!(
        w.trim_end_matches('s'),
        "year"
            | "month"
            | "week"
            | "day"
            | "hour"
            | "minute"
            | "second"
            | "quarter"
            | "decade"
            | "century"
            | "centurie"
            | "fy"
    )
}

/// "plans to double capacity", "revenue tripled", "twice as fast": not "a
/// double whammy", "double down", "double-edged".
fn multiplier_context(surface: &str, before_word: &str, after: &str) -> bool {
    let lower = surface.to_ascii_lowercase();
    if lower.contains("fold") {
        return true;
    }
    if after.starts_with('-') || matches!(before_word, "a" | "an") {
        return false;
    }
    let next = next_word(after).to_ascii_lowercase();
    if lower == "twice" {
        return matches!(
            next.as_str(),
            "as" | "the" | "that" | "its" | "their" | "what"
        );
    }
    !MULTIPLIER_IDIOMS.contains(&next.as_str())
}

/// The word right after `s` (leading spaces skipped), letters only.
fn next_word(s: &str) -> &str {
    let t = s.trim_start();
    let end = t.find(|c: char| !c.is_alphabetic()).unwrap_or(t.len());
    &t[..end]
}

/// The word right before the end of `s` (trailing spaces skipped).
fn last_word(s: &str) -> &str {
    let t = s.trim_end();
    let start = t
        .char_indices()
        .rev()
        .find(|&(_, c)| !c.is_alphabetic())
        .map_or(0, |(i, c)| i + c.len_utf8());
    &t[start..]
}

fn word_end(after: &str) -> bool {
    after.chars().next().is_none_or(|c| !c.is_alphanumeric())
}

#[cfg(test)]
mod tests {
    use crate::analysis::{Kind, Value};
    use crate::testing::mentions_in;

    /// Input, then the expected (surface, value, qualifier, unit, amount_max)
    /// of each percent mention, in order. Unit "" is a plain percentage.
    use crate::testing::{check_table, Case};

    const CASES: &[Case] = &[
        // Press abbreviations and hyphenated forms.
        (
            "Sales rose 3.2pc, margins 2.1 ppt, share 4 ppts; spreads 15 bp; a 19-percent cut",
            &[
                ("3.2pc", "3.2", "exact", "", None),
                ("2.1 ppt", "2.1", "exact", "pp", None),
                ("4 ppts", "4", "exact", "pp", None),
                ("15 bp", "15", "exact", "bp", None),
                ("19-percent", "19", "exact", "", None),
            ],
        ),
        // "N times" after a verb of growth is a multiplier; as occasions it is not.
        (
            "revenue to grow 10 times by 2027; they met three times a year",
            &[("10 times", "10", "exact", "x", None)],
        ),
        (
            "Revenue grew by about 5 times.",
            &[("5 times", "5", "approximately", "x", None)],
        ),
        // A fraction of a point is points, not a share of the whole.
        (
            "cut rates by half a percentage point, then a quarter of a point",
            &[
                ("half a percentage point", "0.5", "exact", "pp", None),
                ("a quarter of a point", "0.25", "exact", "pp", None),
            ],
        ),
        // "N in M" after a name or rank is no share.
        (
            "built GPT-5 in 18 months and sold the iPhone 16 in 58 countries; ranked No. 2 in 30 categories. Windows 11 in 20 languages.",
            &[],
        ),
        (
            "Nearly 1 in 4 adults. Only one in ten did.",
            &[
                ("1 in 4", "25", "approximately", "", None),
                ("one in ten", "10", "exact", "", None),
            ],
        ),
        ("a 19% increase", &[("19%", "19", "exact", "", None)]),
        ("rose 40 % last year", &[("40 %", "40", "exact", "", None)]),
        (
            "more than 60 per cent of profits",
            &[("60 per cent", "60", "more_than", "", None)],
        ),
        (
            "80 percent of developers",
            &[("80 percent", "80", "exact", "", None)],
        ),
        ("by up to 40%", &[("40%", "40", "at_most", "", None)]),
        ("a 20% decline", &[("20%", "20", "exact", "", None)]),
        (
            "a more than 20% decline",
            &[("20%", "20", "more_than", "", None)],
        ),
        ("3.5 pct", &[("3.5 pct", "3.5", "exact", "", None)]),
        (
            "fell -2.1% on Friday",
            &[("-2.1%", "-2.1", "exact", "", None)],
        ),
        ("(-0.5%)", &[("-0.5%", "-0.5", "exact", "", None)]),
        // A plus sign is written as part of the figure too.
        (
            "Intel bucked the trend at +1.8%.",
            &[("+1.8%", "1.8", "exact", "", None)],
        ),
        ("(+3%)", &[("+3%", "3", "exact", "", None)]),
        (
            "twenty percent",
            &[("twenty percent", "20", "exact", "", None)],
        ),
        ("nearly 4% lower", &[("4%", "4", "approximately", "", None)]),
        (
            "roughly 12.5 percent",
            &[("12.5 percent", "12.5", "approximately", "", None)],
        ),
        ("at least 30%", &[("30%", "30", "at_least", "", None)]),
        ("10% or more", &[("10%", "10", "at_least", "", None)]),
        (
            "2 percentage points",
            &[("2 percentage points", "2", "exact", "pp", None)],
        ),
        (
            "a 0.5 percentage-point cut",
            &[("0.5 percentage-point", "0.5", "exact", "pp", None)],
        ),
        ("margins up 2pp", &[("2pp", "2", "exact", "pp", None)]),
        (
            "150 basis points",
            &[("150 basis points", "150", "exact", "bp", None)],
        ),
        (
            "a 25-basis-point cut after a 10-percentage-point drop",
            &[
                ("25-basis-point", "25", "exact", "bp", None),
                ("10-percentage-point", "10", "exact", "pp", None),
            ],
        ),
        (
            "a 25 basis-point hike",
            &[("25 basis-point", "25", "exact", "bp", None)],
        ),
        ("50bps", &[("50bps", "50", "exact", "bp", None)]),
        ("25 bps", &[("25 bps", "25", "exact", "bp", None)]),
        ("a 4x increase", &[("4x", "4", "exact", "x", None)]),
        ("a 10X increase", &[("10X", "10", "exact", "x", None)]),
        // A section of the tax code, not a multiplier.
        ("the 45X advanced manufacturing credit", &[]),
        ("402 billion won of 45X production credits", &[]),
        (
            "2x better energy efficiency",
            &[("2x", "2", "exact", "x", None)],
        ),
        (
            "10 times more compute",
            &[("10 times", "10", "exact", "x", None)],
        ),
        (
            "three times the size",
            &[("three times", "3", "exact", "x", None)],
        ),
        ("a fourfold rise", &[("fourfold", "4", "exact", "x", None)]),
        ("a 4-fold rise", &[("4-fold", "4", "exact", "x", None)]),
        (
            "plans to double capacity by 2027",
            &[("double", "2", "exact", "x", None)],
        ),
        ("revenue tripled", &[("tripled", "3", "exact", "x", None)]),
        ("profit halved", &[("halved", "0.5", "exact", "x", None)]),
        ("twice as fast", &[("twice", "2", "exact", "x", None)]),
        (
            "roughly three-quarters of the budget",
            &[("three-quarters", "75", "approximately", "", None)],
        ),
        (
            "a third of its revenue",
            &[("a third", "33.33", "exact", "", None)],
        ),
        (
            "more than half of developers",
            &[("half", "50", "more_than", "", None)],
        ),
        ("half the staff", &[("half", "50", "exact", "", None)]),
        (
            "One in five workers, and a third of firms",
            &[
                ("One in five", "20", "exact", "", None),
                ("a third", "33.33", "exact", "", None),
            ],
        ),
        ("costs fell by half.", &[("half", "50", "exact", "", None)]),
        (
            "its value has fallen by more than half",
            &[("half", "50", "more_than", "", None)],
        ),
        (
            "shares have more than quintupled",
            &[("quintupled", "5", "more_than", "x", None)],
        ),
        (
            "sales grew by a fifth",
            &[("a fifth", "20", "exact", "", None)],
        ),
        ("the first and second half results", &[]),
        (
            "two-thirds of users",
            &[("two-thirds", "66.67", "exact", "", None)],
        ),
        (
            "growing at triple-digit rates",
            &[("triple-digit", "100", "at_least", "", None)],
        ),
        (
            "double-digit growth",
            &[("double-digit", "10", "at_least", "", None)],
        ),
        ("60-65%", &[("60-65%", "60", "range", "", Some("65"))]),
        (
            "10 to 15 per cent",
            &[("10 to 15 per cent", "10", "range", "", Some("15"))],
        ),
        (
            "20% to 30%",
            &[("20% to 30%", "20", "range", "", Some("30"))],
        ),
        (
            "between 20% and 30%",
            &[("20% and 30%", "20", "range", "", Some("30"))],
        ),
        (
            "from 20% to 15%",
            &[
                ("20%", "20", "exact", "", None),
                ("15%", "15", "exact", "", None),
            ],
        ),
        (
            "margins ranging from 5% to 10%",
            &[("5% to 10%", "5", "range", "", Some("10"))],
        ),
        // A guidance's earlier range, after the new one; a change still
        // goes from one level to another.
        (
            "to grow 6% to 7%, up from 4% to 6% previously",
            &[
                ("6% to 7%", "6", "range", "", Some("7")),
                ("4% to 6%", "4", "range", "", Some("6")),
            ],
        ),
        (
            "the margin went up from 4% to 6%",
            &[
                ("4%", "4", "exact", "", None),
                ("6%", "6", "exact", "", None),
            ],
        ),
        (
            "cut its estimate by 2% to 10%",
            &[
                ("2%", "2", "exact", "", None),
                ("10%", "10", "exact", "", None),
            ],
        ),
        (
            "rose 5% to 10%",
            &[
                ("5%", "5", "exact", "", None),
                ("10%", "10", "exact", "", None),
            ],
        ),
        (
            "expects revenue to grow 13% to 16% year over year",
            &[("13% to 16%", "13", "range", "", Some("16"))],
        ),
        (
            "sales will rise 2% to 3%",
            &[("2% to 3%", "2", "range", "", Some("3"))],
        ),
        // The steps rates move by, a quarter or a half point, are points;
        // "a third point" of an argument is none.
        (
            "raised rates by a quarter point after a half-point cut",
            &[
                ("a quarter point", "0.25", "exact", "pp", None),
                ("a half-point", "0.5", "exact", "pp", None),
            ],
        ),
        ("A third point is that sales rose.", &[]),
        (
            "revenue will grow by 3% to 5% next year",
            &[("3% to 5%", "3", "range", "", Some("5"))],
        ),
        (
            "the rate rose by 0.25% to 4.5%",
            &[
                ("0.25%", "0.25", "exact", "", None),
                ("4.5%", "4.5", "exact", "", None),
            ],
        ),
        (
            "sales rose 3 to 5 percent",
            &[("3 to 5 percent", "3", "range", "", Some("5"))],
        ),
        (
            "unemployment rose from 3 to 5 percent",
            &[("5 percent", "5", "exact", "", None)],
        ),
        (
            "shares dropped 4% while the index rose 1.5 per cent",
            &[
                ("4%", "4", "exact", "", None),
                ("1.5 per cent", "1.5", "exact", "", None),
            ],
        ),
        ("1 in 4 Americans", &[("1 in 4", "25", "exact", "", None)]),
        (
            "nearly one in five adults",
            &[("one in five", "20", "approximately", "", None)],
        ),
        (
            "trades at 30 times earnings",
            &[("30 times", "30", "exact", "x", None)],
        ),
        // A multiple compared with one just stated.
        (
            "The stock trades at 35 times forward earnings, compared with 22 times for the index.",
            &[
                ("35 times", "35", "exact", "x", None),
                ("22 times", "22", "exact", "x", None),
            ],
        ),
        (
            "It met 12 times in 2024, compared with 9 times in 2023.",
            &[],
        ),
        // Must not match.
        ("5 in 2025", &[]),
        ("in 2025", &[]),
        ("Q4 revenue", &[]),
        ("$28.8 billion", &[]),
        ("30,000 corporate roles", &[]),
        ("three times a year", &[]),
        ("the second half of 2025", &[]),
        ("in the first half", &[]),
        ("half of the year", &[]),
        ("a year and a half of work", &[]),
        ("the third quarter", &[]),
        ("a quarter of a century", &[]),
        ("Amazon will double down on AI", &[]),
        ("a double-edged sword", &[]),
        ("a double whammy", &[]),
        ("MI300X", &[]),
        ("Ryzen 9 7950X", &[]),
        ("a charge on the delayed 777X; the 777Xs", &[]),
        ("revenue grew 100x, then 12X", &[("100x", "100", "exact", "x", None), ("12X", "12", "exact", "x", None)]),
        ("H100 and TPU v5p", &[]),
        ("percentage of revenue", &[]),
        ("50 percentages", &[]),
        ("2023-09", &[]),
    ];

    #[test]
    fn percent_table() {
        check_table(Kind::Percent, CASES, |m| {
            let Value::Percent(v) = &m.value else {
                unreachable!()
            };
            let unit = v.unit.map_or(String::new(), |u| {
                serde_json::to_value(u)
                    .ok()
                    .and_then(|j| j.as_str().map(str::to_string))
                    .unwrap_or_default()
            });
            (
                v.value.to_string(),
                v.qualifier.as_str().to_string(),
                unit,
                v.amount_max.map(|x| x.to_string()),
            )
        });
        assert!(CASES.len() >= 50, "the table keeps at least 50 cases");
    }

    #[test]
    fn triple_digit_is_vague() {
        let m = mentions_in("growing at triple-digit rates", Kind::Percent);
        let Value::Percent(p) = &m[0].value else {
            unreachable!()
        };
        assert_eq!(p.vague.as_deref(), Some("triple-digit"));
    }

    #[test]
    fn offsets_move_with_the_input() {
        for prefix in ["x ", "é ", "🧠 "] {
            let base = "more than 20 per cent and roughly three-quarters of the budget";
            let shifted = format!("{prefix}{base}");
            let a = mentions_in(base, Kind::Percent);
            let b = mentions_in(&shifted, Kind::Percent);
            assert_eq!(a.len(), 2);
            assert_eq!(a.len(), b.len());
            for (x, y) in a.iter().zip(&b) {
                assert_eq!(y.start, x.start + prefix.len());
                assert_eq!(&shifted[y.start..y.end], x.text);
            }
        }
    }
}

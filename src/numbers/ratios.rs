//! Words that state a ratio rather than an amount: shares written as
//! fractions ("three-quarters", "a third", "half"), multipliers ("double",
//! "tripled", "fourfold", "twice") and digit classes ("triple-digit",
//! "double-digit").
//!
//! They are kept apart from [`super::numerals`] on purpose: "a quarter" or
//! "half" read as the amounts 0.25 or 0.5 would be wrong for every
//! recognizer but `percent`, and "double" is no count at all. This grammar
//! only says what the words are worth; whether the context makes them a
//! figure ("half of its revenue" but not "the second half of 2025") is the
//! percent recognizer's call.

use once_cell::sync::Lazy;
use regex::Regex;
use rust_decimal::Decimal;

use crate::analysis::Qualifier;

/// What a ratio word states.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RatioKind {
    /// A share as a fraction: `value` is the percentage ("three-quarters" -> 75).
    Share,
    /// A multiplier: `value` is the factor ("double" -> 2, "fourfold" -> 4).
    Times,
    /// A digit class of a percentage ("triple-digit" -> at least 100).
    DigitClass,
}

/// One ratio word (or hyphenated pair) found in the text.
#[derive(Debug, Clone, PartialEq)]
pub struct Ratio {
    pub start: usize,
    pub end: usize,
    pub value: Decimal,
    pub kind: RatioKind,
    /// `AtLeast` for "double-digit", `LessThan` for "single-digit", else `Exact`.
    pub qualifier: Qualifier,
}

static RATIO: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?xi)(?-u:\b)(?:
            (?:(?:a|one|two|three|four|nine)[\s-])?(?:half|thirds?|quarters?|fifths?|tenths?)
          | (?:single|double|triple)[\s-]digits?
          | (?:two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|thousand)-?fold
          | double[sd]?|doubling|triple[sd]?|tripling|quadruple[sd]?|quadrupling|twice
          | quintuple[sd]?|quintupling|sextuple[sd]?|halved|halving
        )(?-u:\b)",
    )
    .expect("ratio grammar compiles")
});

/// Every ratio word in `text`, in order, none overlapping.
pub fn ratios(text: &str) -> Vec<Ratio> {
    let mut out = Vec::new();
    for whole in RATIO.find_iter(text) {
        // The ASCII word boundaries keep the search fast; a letter outside
        // ASCII glued on ("éhalf") still makes it part of another word.
        let glued = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
        if glued(text[..whole.start()].chars().next_back())
            || glued(text[whole.end()..].chars().next())
        {
            continue;
        }
        // Which alternative matched is read off the words themselves: a
        // plain search runs on the lazy DFA alone, where asking for the
        // groups would run a second engine over every match.
        let lower = whole.as_str().to_ascii_lowercase();
        let parsed = if lower.contains("digit") {
            digit_class(&lower).map(|(v, q)| (v, RatioKind::DigitClass, q))
        } else if lower.ends_with("fold") {
            fold(&lower).map(|v| (v, RatioKind::Times, Qualifier::Exact))
        } else if let Some(v) = multiplier(&lower) {
            Some((v, RatioKind::Times, Qualifier::Exact))
        } else {
            fraction(&lower).map(|v| (v, RatioKind::Share, Qualifier::Exact))
        };
        if let Some((value, kind, qualifier)) = parsed {
            out.push(Ratio {
                start: whole.start(),
                end: whole.end(),
                value,
                kind,
                qualifier,
            });
        }
    }
    out
}

/// "three-quarters" -> 75, "a third" -> 33.33 (two decimals when the share
/// does not terminate). A bare ordinal ("third", "quarter") is no share:
/// only "half" stands alone.
fn fraction(s: &str) -> Option<Decimal> {
    let mut parts = s.split([' ', '-']).filter(|w| !w.is_empty());
    let first = parts.next()?;
    let (numerator, word) = match parts.next() {
        Some(w) => (
            match first {
                "a" | "one" => 1u32,
                "two" => 2,
                "three" => 3,
                "four" => 4,
                "nine" => 9,
                _ => return None,
            },
            w,
        ),
        None if first == "half" => (1, first),
        None => return None,
    };
    let denominator: u32 = match word.trim_end_matches('s') {
        "half" => 2,
        "third" => 3,
        "quarter" => 4,
        "fifth" => 5,
        "tenth" => 10,
        _ => return None,
    };
    let plural = word.ends_with('s');
    // "a thirds", "three-quarter": agreement broken, not a share.
    if (numerator > 1) != plural || numerator >= denominator {
        return None;
    }
    let pct = Decimal::from(numerator * 100) / Decimal::from(denominator);
    Some(pct.round_dp(2).normalize())
}

fn digit_class(s: &str) -> Option<(Decimal, Qualifier)> {
    Some(match s.get(..6)? {
        "single" => (Decimal::from(10), Qualifier::LessThan),
        "double" => (Decimal::from(10), Qualifier::AtLeast),
        "triple" => (Decimal::from(100), Qualifier::AtLeast),
        _ => return None,
    })
}

fn fold(s: &str) -> Option<Decimal> {
    let word = s.trim_end_matches("fold").trim_end_matches('-');
    Some(Decimal::from(match word {
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "twenty" => 20,
        "hundred" => 100,
        "thousand" => 1000,
        _ => return None,
    }))
}

fn multiplier(s: &str) -> Option<Decimal> {
    // "Profit halved": a factor of one half.
    if s.starts_with("halv") {
        return Some(Decimal::new(5, 1));
    }
    let v = if s.starts_with("doubl") || s == "twice" {
        2
    } else if s.starts_with("tripl") {
        3
    } else if s.starts_with("quadrupl") {
        4
    } else if s.starts_with("quintupl") {
        5
    } else if s.starts_with("sextupl") {
        6
    } else {
        return None;
    };
    Some(Decimal::from(v))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Text, then the ratio words in it: (surface, value, kind, qualifier).
    type Case = (
        &'static str,
        &'static [(&'static str, &'static str, RatioKind, &'static str)],
    );

    const CASES: &[Case] = &[
        (
            "three-quarters",
            &[("three-quarters", "75", RatioKind::Share, "exact")],
        ),
        (
            "three quarters",
            &[("three quarters", "75", RatioKind::Share, "exact")],
        ),
        (
            "a third",
            &[("a third", "33.33", RatioKind::Share, "exact")],
        ),
        (
            "two-thirds",
            &[("two-thirds", "66.67", RatioKind::Share, "exact")],
        ),
        (
            "one-fifth",
            &[("one-fifth", "20", RatioKind::Share, "exact")],
        ),
        (
            "a quarter",
            &[("a quarter", "25", RatioKind::Share, "exact")],
        ),
        ("half", &[("half", "50", RatioKind::Share, "exact")]),
        (
            "quintupled",
            &[("quintupled", "5", RatioKind::Times, "exact")],
        ),
        (
            "profit halved",
            &[("halved", "0.5", RatioKind::Times, "exact")],
        ),
        ("one half", &[("one half", "50", RatioKind::Share, "exact")]),
        (
            "nine-tenths",
            &[("nine-tenths", "90", RatioKind::Share, "exact")],
        ),
        (
            "triple-digit",
            &[("triple-digit", "100", RatioKind::DigitClass, "at_least")],
        ),
        (
            "double-digit",
            &[("double-digit", "10", RatioKind::DigitClass, "at_least")],
        ),
        (
            "single digits",
            &[("single digits", "10", RatioKind::DigitClass, "less_than")],
        ),
        ("fourfold", &[("fourfold", "4", RatioKind::Times, "exact")]),
        ("ten-fold", &[("ten-fold", "10", RatioKind::Times, "exact")]),
        ("double", &[("double", "2", RatioKind::Times, "exact")]),
        ("doubled", &[("doubled", "2", RatioKind::Times, "exact")]),
        ("tripling", &[("tripling", "3", RatioKind::Times, "exact")]),
        (
            "quadrupled",
            &[("quadrupled", "4", RatioKind::Times, "exact")],
        ),
        ("twice", &[("twice", "2", RatioKind::Times, "exact")]),
        // Not ratio words.
        ("third", &[]),
        ("quarter", &[]),
        ("the third quarter", &[]),
        ("a thirds", &[]),
        ("three-quarter", &[]),
        ("doubleclick", &[]),
        ("manifold", &[]),
        ("halfway", &[]),
        ("éhalf", &[]),
        ("doubleé", &[]),
    ];

    #[test]
    fn ratio_table() {
        for &(input, expected) in CASES {
            let got: Vec<_> = ratios(input)
                .into_iter()
                .map(|r| {
                    (
                        &input[r.start..r.end],
                        r.value.to_string(),
                        r.kind,
                        r.qualifier.as_str(),
                    )
                })
                .collect();
            let want: Vec<_> = expected
                .iter()
                .map(|&(t, v, k, q)| (t, v.to_string(), k, q))
                .collect();
            assert_eq!(got, want, "input: {input:?}");
        }
    }
}

//! Views of an analysis for people: an HTML report and a terminal view.
//!
//! People check an extractor by looking at highlighted text, not by reading
//! JSON. Both views share what is here: how overlapping spans become
//! properly nested markup (`nest`), how a normalized value reads
//! ([`describe`]), and one colour per kind.
//!
//! Renderers take analyses that may have been deserialized from anywhere, so
//! no offset is trusted: a span that is out of range, empty, off a char
//! boundary or crossing another span is left unmarked, never a panic.

mod html;
mod text;

pub use html::{html, html_report};
pub use text::text;

use std::cmp::Reverse;

use crate::analysis::{Analysis, Claim, Kind, Modality, Qualifier, Value};

/// One step of walking a text with nested spans.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Piece {
    /// Plain text, a byte range of the walked text.
    Text(usize, usize),
    /// Span `i` (index into the spans given to `nest`) opens here.
    Open(usize),
    Close(usize),
}

/// Spans as a well-nested walk of `text[lo..hi]`.
///
/// Spans are taken by start, longer first, ties in the order given (so the
/// caller puts the span that must be outermost first). A span that crosses
/// one already open, or that is invalid, is returned in `skipped` instead:
/// tags never cross.
pub(crate) fn nest(
    text: &str,
    lo: usize,
    hi: usize,
    spans: &[(usize, usize)],
) -> (Vec<Piece>, Vec<usize>) {
    let valid = |&(s, e): &(usize, usize)| {
        lo <= s && s < e && e <= hi && text.is_char_boundary(s) && text.is_char_boundary(e)
    };
    let mut order: Vec<usize> = (0..spans.len()).collect();
    order.sort_by_key(|&i| (spans[i].0, Reverse(spans[i].1), i));
    let mut pieces = Vec::new();
    let mut skipped = Vec::new();
    let mut stack: Vec<usize> = Vec::new();
    let mut pos = lo;
    let text_to = |pieces: &mut Vec<Piece>, pos: &mut usize, to: usize| {
        if *pos < to {
            pieces.push(Piece::Text(*pos, to));
            *pos = to;
        }
    };
    for i in order {
        let (s, e) = spans[i];
        if !valid(&spans[i]) {
            skipped.push(i);
            continue;
        }
        while let Some(&top) = stack.last() {
            if spans[top].1 > s {
                break;
            }
            text_to(&mut pieces, &mut pos, spans[top].1);
            pieces.push(Piece::Close(top));
            stack.pop();
        }
        if stack.last().is_some_and(|&top| e > spans[top].1) {
            skipped.push(i);
            continue;
        }
        text_to(&mut pieces, &mut pos, s);
        pieces.push(Piece::Open(i));
        stack.push(i);
    }
    while let Some(top) = stack.pop() {
        text_to(&mut pieces, &mut pos, spans[top].1);
        pieces.push(Piece::Close(top));
    }
    text_to(&mut pieces, &mut pos, hi);
    skipped.sort_unstable();
    (pieces, skipped)
}

/// The normalized value of a mention, as a reader checks it.
pub fn describe(value: &Value) -> String {
    let mut out = match value {
        Value::Money(m) => {
            let mut s = format!("{} {}", m.currency, group(&m.amount.to_string()));
            if let Some(max) = m.amount_max {
                s += &format!(" to {}", group(&max.to_string()));
            }
            s + &qualified(m.qualifier, m.vague.as_deref())
        }
        Value::Percent(p) => {
            let unit = match p.unit {
                None => "%",
                Some(crate::PercentUnit::Points) => " pp",
                Some(crate::PercentUnit::BasisPoints) => " bp",
                Some(crate::PercentUnit::Times) => "x",
            };
            let mut s = format!("{}{unit}", p.value);
            if let Some(max) = p.amount_max {
                s += &format!(" to {max}{unit}");
            }
            s + &qualified(p.qualifier, p.vague.as_deref())
        }
        Value::Quantity(q) => {
            let mut s = group(&q.amount.to_string());
            if let Some(max) = q.amount_max {
                s += &format!(" to {}", group(&max.to_string()));
            }
            format!("{s} {}", q.unit) + &qualified(q.qualifier, q.vague.as_deref())
        }
        Value::Date(d) => {
            let day = |x: Option<jiff::civil::Date>| x.map_or("?".to_string(), |x| x.to_string());
            let span = if d.start == d.end {
                day(d.start)
            } else {
                format!("{} to {}", day(d.start), day(d.end))
            };
            let gran = serde_json::to_value(d.granularity)
                .ok()
                .and_then(|v| v.as_str().map(str::to_string))
                .unwrap_or_default();
            let mut s = format!("{span} ({gran}");
            if d.relative {
                s += ", relative";
            }
            if !d.resolved {
                s += ", unresolved";
            }
            s + ")"
        }
        Value::Company(c) => {
            let mut extra = vec![c.id.clone()];
            if let Some(p) = &c.parent {
                extra.push(format!("part of {p}"));
            }
            if let Some(t) = &c.ticker {
                extra.push(t.clone());
            }
            format!("{} ({})", c.name, extra.join(", "))
        }
        Value::Chip(c) => {
            let category = serde_json::to_value(c.category)
                .ok()
                .and_then(|v| v.as_str().map(str::to_string))
                .unwrap_or_default();
            let mut s = format!("{} ({}", c.name, c.family);
            if let Some(g) = &c.generation {
                s += &format!(" gen {g}");
            }
            s + &format!(", {}, {category})", c.vendor)
        }
        Value::Person(p) => p.name.clone(),
    };
    out.truncate(out.trim_end().len());
    out
}

pub(crate) fn qualified(q: Qualifier, vague: Option<&str>) -> String {
    let mut s = match q {
        Qualifier::Exact | Qualifier::Range => String::new(),
        other => format!(", {}", other.as_str().replace('_', " ")),
    };
    if let Some(v) = vague {
        s += &format!(", vague \u{201c}{v}\u{201d}");
    }
    s
}

/// "100000000000.5" -> "100,000,000,000.5", so a reader can count zeros.
pub(crate) fn group(number: &str) -> String {
    let (sign, rest) = match number.strip_prefix('-') {
        Some(r) => ("-", r),
        None => ("", number),
    };
    let (int, frac) = match rest.find('.') {
        Some(i) => rest.split_at(i),
        None => (rest, ""),
    };
    let mut out = String::with_capacity(number.len() + int.len() / 3);
    out.push_str(sign);
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out + frac
}

pub(crate) fn modality(m: Modality) -> &'static str {
    match m {
        Modality::Reported => "reported",
        Modality::Planned => "planned",
        Modality::Forecast => "forecast",
        Modality::Hedged => "hedged",
        Modality::Denied => "denied",
    }
}

/// The surface text of the mention a claim points at, or "?" for a bad
/// index (claims may come from a file).
pub(crate) fn mention_text(a: &Analysis, index: Option<usize>) -> Option<&str> {
    index.map(|i| a.mentions.get(i).map_or("?", |m| m.text.as_str()))
}

/// "amazon, microsoft -> openai".
pub(crate) fn subjects(c: &Claim) -> String {
    let mut s = c.subjects.join(", ");
    if let Some(cp) = &c.counterparty {
        s += &format!(" \u{2192} {cp}");
    }
    s
}

/// The colour of a kind: (CSS background, ANSI SGR foreground code).
pub(crate) fn colour(kind: Kind) -> (&'static str, &'static str) {
    match kind {
        Kind::Money => ("#b7e4c7", "32"),
        Kind::Percent => ("#ffd8a8", "33"),
        Kind::Quantity => ("#a5d8ff", "34"),
        Kind::Date => ("#d0bfff", "35"),
        Kind::Company => ("#99e9f2", "36"),
        Kind::Chip => ("#ffc9c9", "31"),
        Kind::Person => ("#dee2e6", "37"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Piece::*;

    #[test]
    fn spans_nest_and_crossing_ones_are_skipped() {
        let text = "abcdefghij";
        /// (spans, pieces, skipped)
        type Case<'a> = (&'a [(usize, usize)], &'a [Piece], &'a [usize]);
        let cases: &[Case] = &[
            (&[], &[Text(0, 10)], &[]),
            (
                &[(2, 4)],
                &[Text(0, 2), Open(0), Text(2, 4), Close(0), Text(4, 10)],
                &[],
            ),
            // A company inside a quantity: longer first, whatever the order given.
            (
                &[(3, 5), (1, 8)],
                &[
                    Text(0, 1),
                    Open(1),
                    Text(1, 3),
                    Open(0),
                    Text(3, 5),
                    Close(0),
                    Text(5, 8),
                    Close(1),
                    Text(8, 10),
                ],
                &[],
            ),
            // Crossing: the second is not nested.
            (
                &[(1, 5), (3, 8)],
                &[Text(0, 1), Open(0), Text(1, 5), Close(0), Text(5, 10)],
                &[1],
            ),
            // Same span twice: the first given is outermost.
            (
                &[(0, 10), (0, 10)],
                &[Open(0), Open(1), Text(0, 10), Close(1), Close(0)],
                &[],
            ),
            // Adjacent spans, and invalid ones (empty, reversed, out of range).
            (
                &[(0, 2), (2, 4), (5, 5), (6, 3), (9, 11)],
                &[
                    Open(0),
                    Text(0, 2),
                    Close(0),
                    Open(1),
                    Text(2, 4),
                    Close(1),
                    Text(4, 10),
                ],
                &[2, 3, 4],
            ),
        ];
        for (spans, pieces, skipped) in cases {
            let (p, s) = nest(text, 0, text.len(), spans);
            assert_eq!(&p, pieces, "spans {spans:?}");
            assert_eq!(&s, skipped, "spans {spans:?}");
        }
    }

    #[test]
    fn spans_off_char_boundaries_are_skipped() {
        let text = "\u{20ac}5 and \u{20ac}6";
        let (pieces, skipped) = nest(text, 0, text.len(), &[(1, 4), (0, 4)]);
        assert_eq!(skipped, vec![0]);
        assert_eq!(pieces[0], Piece::Open(1));
    }

    #[test]
    fn numbers_are_grouped() {
        for (input, expected) in [
            ("0", "0"),
            ("999", "999"),
            ("1000", "1,000"),
            ("26300000000", "26,300,000,000"),
            ("-1234.567", "-1,234.567"),
        ] {
            assert_eq!(group(input), expected);
        }
    }
}

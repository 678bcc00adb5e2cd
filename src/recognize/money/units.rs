//! A table's unit note: "(in millions, except per share data)", "($ in
//! thousands)", "(US$m)", "| Revenue ($M) |". Press releases and results
//! tables write their figures bare under such a note, so "$1,234" in a row
//! below "(in millions)" is $1.234 billion. The note scales the figures it
//! governs that carry no magnitude of their own, except those of per-share
//! rows ("Diluted earnings per share ... $0.45"), which the note itself
//! usually excepts.
//!
//! A note that names its currency ("(Billions of yen, except per-share
//! data)", "(in millions of euros)", "(€m)") makes money of the bare
//! numbers standing alone in its table's cells too ("| Revenues | 4,782.4
//! |"), as Japanese and European results tables write them; a year
//! ("| 2025 |") is no figure.
//!
//! What a note governs:
//! * a note in a caption or heading line (in parentheses, or a short line
//!   of its own: "In millions of dollars"): the lines after it until the
//!   table ends, at a line of prose or after [`REACH`] bytes;
//! * a note in a markdown row's first cell ("| Revenue ($M) | 1,234 |"):
//!   that row;
//! * a note in a later cell of a markdown row ("| Metric | Q3 ($M) |"): that
//!   column, in the rows below while the table goes on.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use once_cell::sync::Lazy;
use rust_decimal::Decimal;

/// How far (bytes) past its note a caption's scale may reach: one results
/// table, not the rest of a long release.
const REACH: usize = 6_000;

/// The most unit notes read in one text.
const MAX_NOTES: usize = 256;

/// A line this long with no column gaps is prose, which ends a table.
const PROSE_LINE: usize = 100;

/// The words and abbreviations of a unit note, with their scale's power of
/// ten. Searched ASCII-case-insensitively, then checked in place.
const NOTES: &[(&str, u32)] = &[
    ("in thousands", 3),
    ("in millions", 6),
    ("in billions", 9),
    ("in 000s", 3),
    ("in '000s", 3),
    ("$000)", 3),
    ("$'000)", 3),
    ("$k)", 3),
    ("$m)", 6),
    ("$mm)", 6),
    ("$mn)", 6),
    ("$ m)", 6),
    ("$ mn)", 6),
    ("$ millions)", 6),
    ("$ thousands)", 3),
    ("$ billions)", 9),
    ("$bn)", 9),
    ("$b)", 9),
    ("$ bn)", 9),
    ("€m)", 6),
    ("€mn)", 6),
    ("€ m)", 6),
    ("€ millions)", 6),
    ("€bn)", 9),
    ("€ bn)", 9),
    ("£m)", 6),
    ("£mn)", 6),
    ("£ m)", 6),
    ("£ millions)", 6),
    ("£bn)", 9),
    ("£ bn)", 9),
    ("¥bn)", 9),
    ("¥ bn)", 9),
    ("usd m)", 6),
    ("usd mn)", 6),
    ("usd bn)", 9),
    ("eur m)", 6),
    ("eur mn)", 6),
    ("eur bn)", 9),
    ("¥ billion)", 9),
    ("¥ million)", 6),
    ("€ million)", 6),
    ("$ million)", 6),
    ("£ million)", 6),
    ("jpy bn)", 9),
    ("jpy billion)", 9),
    ("eur million)", 6),
    ("usd million)", 6),
    ("us$ million)", 6),
    ("us$m)", 6),
    ("us$ m)", 6),
    // "(Billions of yen, except per-share data)": the scale and the
    // currency without "in".
    ("thousands of yen", 3),
    ("millions of yen", 6),
    ("billions of yen", 9),
    ("thousands of dollars", 3),
    ("millions of dollars", 6),
    ("billions of dollars", 9),
    ("millions of u.s. dollars", 6),
    ("millions of us dollars", 6),
    ("thousands of euros", 3),
    ("millions of euros", 6),
    ("billions of euros", 9),
    ("millions of pounds", 6),
    ("millions of won", 6),
    ("billions of won", 9),
    ("millions of yuan", 6),
    ("billions of yuan", 9),
    ("millions of rupees", 6),
    ("millions of swiss francs", 6),
];

/// The currency a note names, looked for in its words (and before them
/// back to an opening parenthesis): the first of these found.
const NOTE_CURRENCIES: &[(&str, &str)] = &[
    ("canadian dollars", "CAD"),
    ("australian dollars", "AUD"),
    ("swiss francs", "CHF"),
    ("us$", "USD"),
    ("c$", "CAD"),
    ("a$", "AUD"),
    ("yen", "JPY"),
    ("jpy", "JPY"),
    ("¥", "JPY"),
    ("euros", "EUR"),
    ("eur", "EUR"),
    ("€", "EUR"),
    ("dollars", "USD"),
    ("usd", "USD"),
    ("$", "USD"),
    ("pounds", "GBP"),
    ("gbp", "GBP"),
    ("£", "GBP"),
    ("won", "KRW"),
    ("krw", "KRW"),
    ("yuan", "CNY"),
    ("rmb", "CNY"),
    ("rupees", "INR"),
];

/// The currency named in a note's words.
fn note_currency(words: &str) -> Option<&'static str> {
    let lower = words.to_ascii_lowercase();
    NOTE_CURRENCIES.iter().find_map(|&(w, code)| {
        let at = lower.find(w)?;
        // Words whole ("won", not "wonder"); symbols anywhere.
        let word = w.bytes().all(|b| b.is_ascii_alphabetic());
        (!word || crate::lexicon::predicates::word_bounded(&lower, at, at + w.len()))
            .then_some(code)
    })
}

static NOTE_WORDS: Lazy<AhoCorasick> = Lazy::new(|| {
    AhoCorasickBuilder::new()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::LeftmostLongest)
        .build(NOTES.iter().map(|n| n.0))
        .expect("unit notes build")
});

/// One unit note: where its reach starts and ends, the column it is
/// limited to (a markdown cell index), and its scale.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Note {
    from: usize,
    to: usize,
    column: Option<usize>,
    scale: Decimal,
    /// The currency the note names, which its table's bare numbers are in.
    currency: Option<&'static str>,
}

/// Every unit note of `text`, by start.
pub(super) fn notes(text: &str) -> Vec<Note> {
    let mut out: Vec<Note> = Vec::new();
    // (A results release has a few notes; past [`MAX_NOTES`] a text is no
    // such release, and each note reads up to [`REACH`] bytes.)
    for m in NOTE_WORDS.find_iter(text).take(MAX_NOTES) {
        let power = NOTES[m.pattern().as_usize()].1;
        let (line_start, line_end) = line_around(text, m.start(), m.end());
        let line = &text[line_start..line_end];
        let at = m.start() - line_start;
        let closed = text.as_bytes()[m.end() - 1] == b')';
        if !closed && !noted(line, at, m.end() - line_start) {
            continue;
        }
        if closed && !opened_near(line, at) {
            continue;
        }
        let scale = Decimal::from(10u64.pow(power));
        // The note's words: back to its "(" (or a few words), on to its ")".
        let words_from = line[..at].rfind('(').map_or(at.saturating_sub(24), |i| i);
        let words_to = line[at..].find(')').map_or(line.len(), |i| at + i);
        let currency = line
            .get(words_from..words_to)
            .or_else(|| line.get(at..words_to))
            .and_then(note_currency);
        let row = line.trim_start().starts_with('|');
        let note = if row {
            let column = line[..at].matches('|').count().saturating_sub(1);
            if column == 0 {
                Note {
                    from: m.end(),
                    to: line_end,
                    column: None,
                    scale,
                    currency,
                }
            } else {
                Note {
                    from: line_end,
                    to: table_end(text, line_end, true),
                    column: Some(column),
                    scale,
                    currency,
                }
            }
        } else {
            Note {
                from: m.end(),
                to: table_end(text, m.end(), false),
                column: None,
                scale,
                currency,
            }
        };
        // A later note takes over from an earlier one.
        if let Some(last) = out.last_mut() {
            if last.column.is_none() && note.column.is_none() && last.to > note.from {
                last.to = note.from;
            }
        }
        out.push(note);
    }
    out
}

/// How far (bytes) a line is read around a note or a figure: a table's
/// row, or a paragraph's stretch; bounded so that a text of one huge line
/// costs no more per figure.
pub(crate) const LINE_REACH: usize = 400;

/// The start and end of the line around `start..end`, each looked for at
/// most [`LINE_REACH`] bytes away (where the look stops, the line is taken
/// to).
pub(crate) fn line_around(text: &str, start: usize, end: usize) -> (usize, usize) {
    (line_start(text, start), line_end(text, end))
}

/// The start of the line holding byte `start`, looked for at most
/// [`LINE_REACH`] bytes back.
pub(crate) fn line_start(text: &str, start: usize) -> usize {
    let from = crate::numbers::floor_char_boundary(text, start.saturating_sub(LINE_REACH));
    text[from..start].rfind('\n').map_or(from, |i| from + i + 1)
}

/// The end of the line holding byte `end`, looked for at most
/// [`LINE_REACH`] bytes on.
pub(crate) fn line_end(text: &str, end: usize) -> usize {
    let to = crate::numbers::floor_char_boundary(text, (end + LINE_REACH).min(text.len()));
    text[end..to].find('\n').map_or(to, |i| end + i)
}

/// Whether "in millions" at `at..end` of `line` is a note though not
/// closed by ")" right after: inside parentheses ("(in millions, except
/// per share data)"), or a short line of its own ("In millions of U.S.
/// dollars").
fn noted(line: &str, at: usize, end: usize) -> bool {
    let after = &line[end..];
    // "in millions of homes": only a currency or the per-share exception
    // may follow the scale word.
    let rest = after.trim_start_matches([',', ' ']);
    let follows_well = rest.is_empty()
        || rest.starts_with(')')
        || rest.starts_with("except")
        || rest.starts_with("of ")
        || rest.starts_with("unless")
        || rest.starts_with("other than")
        // "(in thousands, unaudited)".
        || rest.starts_with("unaudited");
    if !follows_well {
        return false;
    }
    let closes = after.find(')').is_some_and(|i| i <= 80);
    if closes && opened_near(line, at) {
        return true;
    }
    let trimmed = line.trim();
    let lead = line.len() - line.trim_start().len();
    trimmed.len() <= 80 && at - lead <= 30 && !trimmed.ends_with('.')
}

/// Whether a "(" opens the note within a few words before `at`, with no
/// ")" between.
fn opened_near(line: &str, at: usize) -> bool {
    // (Bytes: 48 back may cut a character.)
    let b = line.as_bytes();
    let from = at.saturating_sub(48);
    b[from..at]
        .iter()
        .rposition(|&c| c == b'(' || c == b')')
        .is_some_and(|i| b[from + i] == b'(')
}

/// Where a table that goes on from `from` ends: at the first line of
/// prose (long, with no column gap), or, for a markdown table (`rows`), at
/// the first line that is no row; never past [`REACH`] bytes.
fn table_end(text: &str, from: usize, rows: bool) -> usize {
    let limit = crate::numbers::floor_char_boundary(text, (from + REACH).min(text.len()));
    let mut at = from;
    for line in text[from..limit].split_inclusive('\n') {
        let t = line.trim();
        let ends_table = if rows {
            !t.is_empty() && !t.starts_with('|')
        } else {
            t.len() > PROSE_LINE && !crate::source::unwrap::column_gap(t) && !t.contains('|')
        };
        if ends_table && at > from {
            return at;
        }
        at += line.len();
    }
    limit
}

impl Note {
    /// The scale this note gives a figure at `start..` in `text`, if the
    /// figure is in its reach, in its column, and on no per-share row.
    fn scale_at(&self, text: &str, start: usize) -> Option<Decimal> {
        if !(self.from <= start && start < self.to) {
            return None;
        }
        let (line_start, line_end) = line_around(text, start, start);
        let line = &text[line_start..line_end];
        if let Some(column) = self.column {
            if line[..start - line_start]
                .matches('|')
                .count()
                .saturating_sub(1)
                != column
            {
                return None;
            }
        }
        // A table's row is one measure; in prose, the figure's own clause
        // and the words right after it say whether it is per share ("net
        // income per share of $0.09 to $0.10").
        let row = line.contains("   ") || line.contains('\t') || line.trim_start().starts_with('|');
        let own = if row {
            line
        } else {
            let at = start - line_start;
            let clause = line[..at].rfind([',', ';', '.', ':']).map_or(0, |i| i + 1);
            let end = crate::numbers::floor_char_boundary(line, (at + 24).min(line.len()));
            &line[clause..end]
        };
        (!per_share(own)).then_some(self.scale)
    }
}

/// The scale the notes give a bare figure at `start` (the last note whose
/// reach holds it).
pub(super) fn scale_for(notes: &[Note], text: &str, start: usize) -> Option<Decimal> {
    nearest_before(notes, start).find_map(|n| n.scale_at(text, start))
}

/// The notes that start before `start`, nearest first: the last eight,
/// as a note's reach ends at the next one's.
fn nearest_before(notes: &[Note], start: usize) -> impl Iterator<Item = &Note> {
    let k = notes.partition_point(|n| n.from <= start);
    notes[..k].iter().rev().take(8)
}

/// The amount and currency of a bare number `value` at `start`, standing
/// alone in a table's cell under a note that names its currency: scaled,
/// except on a per-share row.
pub(super) fn bare_figure(
    notes: &[Note],
    text: &str,
    start: usize,
    value: Decimal,
) -> Option<(Decimal, &'static str)> {
    let note = nearest_before(notes, start).find(|n| start < n.to && n.currency.is_some())?;
    let currency = note.currency?;
    let amount = match note.scale_at(text, start) {
        Some(scale) => value.checked_mul(scale)?,
        // (Out of its column, no figure of the note's; on a per-share
        // row, the currency unscaled.)
        None if per_share(&text[line_start(text, start)..line_end(text, start)]) => value,
        None => return None,
    };
    Some((amount.normalize(), currency))
}

/// Whether the words at `start..end` ("Billions of yen") are a unit note
/// itself: opening a parenthesis or a line (after an "in"), and closed by
/// ")" or going on with "," or "except".
pub(super) fn is_note_words(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].trim_end_matches(' ');
    let before = match crate::affix::ends_with_ignore_case(before, "in") {
        true => &before[..before.len() - 2],
        false => before,
    };
    let before = before.trim_end_matches(' ');
    let opens = before.is_empty() || before.ends_with(['(', '\n']);
    let after = text[end..].trim_start_matches(' ');
    opens && (after.starts_with([')', ',']) || after.starts_with("except"))
}

/// Whether the numeral at `start..end` stands alone in a table's cell:
/// between bars ("| 4,782.4 |"), or between column gaps of a space-aligned
/// row ("Revenue    4,782.4    5,031.6").
pub(super) fn alone_in_cell(text: &str, start: usize, end: usize) -> bool {
    let b = text.as_bytes();
    let before = b[start.saturating_sub(8)..start]
        .iter()
        .rev()
        .position(|&c| c != b' ')
        .map(|k| b[start - 1 - k]);
    let after = b[end..(end + 8).min(b.len())]
        .iter()
        .position(|&c| c != b' ')
        .map(|k| b[end + k]);
    let gap = |s: &[u8]| s.starts_with(b"  ") || s.starts_with(b"\t");
    let bars = before == Some(b'|') && after == Some(b'|');
    let gaps = gap(&b[start.saturating_sub(2)..start])
        && (end == b.len() || gap(&b[end..(end + 2).min(b.len())]) || b[end] == b'\n');
    bars || gaps
}

/// A row of per-share figures, which a unit note does not scale.
fn per_share(line: &str) -> bool {
    let lower = line.to_ascii_lowercase();
    [
        "per share",
        "per diluted share",
        "per basic share",
        "per common share",
        "per ads",
        "per adr",
        "per unit",
        "eps",
        "dividend",
    ]
    .iter()
    .any(|w| {
        lower
            .match_indices(w)
            .any(|(i, _)| crate::lexicon::predicates::word_bounded(&lower, i, i + w.len()))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scale(text: &str, figure: &str) -> Option<Decimal> {
        let at = text.find(figure).expect("figure in text");
        scale_for(&notes(text), text, at)
    }

    /// (text, figure, power of ten the note gives it).
    const CASES: &[(&str, &str, Option<u32>)] = &[
        (
            "Condensed Statements\n(in millions, except per share data)\n\nRevenue    $  1,234    $ 1,100\nDiluted EPS    $ 0.45",
            "1,234",
            Some(6),
        ),
        (
            "Condensed Statements\n(in millions, except per share data)\n\nRevenue    $  1,234    $ 1,100\nDiluted EPS    $ 0.45",
            "0.45",
            None,
        ),
        ("(Dollars in thousands)\nNet sales   $ 52,310", "52,310", Some(3)),
        (
            "Summary Results (in thousands, unaudited)\n| Total revenue | $642,303 | $546,763 |",
            "642,303",
            Some(3),
        ),
        ("In millions of U.S. dollars\nRevenue   $ 9,876", "9,876", Some(6)),
        ("Group figures (€m)\nOrders   4,512", "4,512", Some(6)),
        (
            "| Metric | Q3 ($M) | Q2 |\n|---|---|---|\n| Revenue | $1,234 | $1,100 |",
            "1,234",
            Some(6),
        ),
        (
            "| Metric | Q3 ($M) | Q2 |\n|---|---|---|\n| Revenue | $1,234 | $1,100 |",
            "1,100",
            None,
        ),
        ("| Revenue ($bn) | $12.5 |", "12.5", Some(9)),
        // A note in a paragraph governs its guidance, per-share figures
        // excepted.
        (
            "Braze is providing the following guidance (in millions, except per share data). Braze expects total revenue of $207.0 to $208.0 and net income per share of $0.09 to $0.10.",
            "207.0",
            Some(6),
        ),
        (
            "Braze is providing the following guidance (in millions, except per share data). Braze expects total revenue of $207.0 to $208.0 and net income per share of $0.09 to $0.10.",
            "0.09",
            None,
        ),
        // Prose: "in millions of homes" is no note.
        (
            "The service is used in millions of homes. It costs $12 a month.",
            "12",
            None,
        ),
        // A table ends at a line of prose.
        (
            "(in millions)\nRevenue   $ 1,234\n\nThe company, which sells software to banks, said it expected to pay $300 for each of its licences next year.",
            "300",
            None,
        ),
    ];

    #[test]
    fn unit_notes_scale_the_figures_they_govern() {
        for &(text, figure, power) in CASES {
            assert_eq!(
                scale(text, figure),
                power.map(|p| Decimal::from(10u64.pow(p))),
                "{figure} in {text:?}"
            );
        }
    }
}

#[cfg(test)]
mod absurd {
    /// A number the scale would overflow is no panic: it stays as written.
    #[test]
    fn figures_the_scale_would_overflow_stay_as_written() {
        let text = "(in billions)\nRevenue   $ 79,228,162,514,264,337,593,543,950,335   $ 1";
        let a = crate::Extractor::new().analyze(text).expect("analyses");
        let amounts: Vec<String> = a
            .mentions
            .iter()
            .filter_map(|m| match &m.value {
                crate::Value::Money(money) => Some(money.amount.to_string()),
                _ => None,
            })
            .collect();
        assert_eq!(
            amounts.last().map(String::as_str),
            Some("1000000000"),
            "{amounts:?}"
        );
    }
}

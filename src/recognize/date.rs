//! Dates and periods, placed on the calendar against the reference date.
//!
//! * absolute: `2025`, `2023-09`, `Feb. 7, 2026`, `7 February 2026`,
//!   `February 2026`, `the 2020s`, `Q4 2024`, `the fourth quarter of 2024`,
//!   `H1 2025`, `first half of 2025`, `fiscal 2025`, `FY25`, `12/15/2025`
//!   (month first unless the first number is over 12);
//! * runs of months: `the quarter ended March 31`, `the three months
//!   ending Dec. 31, 2025`, `the 12 months to September`, `the three
//!   months through September`, `the back half of the year`, `the September
//!   quarter`, `the first nine months of 2025`, and fiscal years whose
//!   end the text gives: `fiscal 2026 ending in March`, `the fiscal year
//!   ending June 30, 2026` (ending on a day not the month's last, as a
//!   52-53 week calendar's do, they are weeks: 13 a quarter, 52 a year:
//!   `the fiscal second quarter ended Feb. 26` is Nov. 28 to Feb. 26);
//! * relative: `this year`, `last week`, `earlier this month`, `later this
//!   year`, `the past year`, `the next three years`, `11 hours ago`,
//!   `yesterday`, `the upcoming fiscal year`, `the previous year`,
//!   `full-year` (the year of results under way, or just ended),
//!   `half-year` (the half under way, or last ended), a bare
//!   `Q4` or `fourth-quarter` (the most recent one begun by the reference
//!   date), a month or weekday without a year (the most recent one, or the
//!   next one when the clause speaks of the future);
//! * open periods, one end being the reference date: `by 2027`, `by end of
//!   2026`, `by year-end`, `by the end of the decade`, `through 2027`,
//!   `since 2023`, `so far this year`;
//! * ranges: `2023 to 2025`, `from 2024 through 2026`, `between March and
//!   May`, `2024-25`.
//!
//! Fiscal years use the calendar of the company named nearest in the
//! sentence when `lexicon/calendar.tsv` knows one (Microsoft: July to
//! June), else calendar-year bounds. A text that dates one of a company's
//! quarters ("the first quarter ended May 2") places its bare quarters,
//! halves and fiscal years on that company's calendar (`defined`, run on
//! the resolved mentions, where the companies are known). Without a
//! reference date a relative date is still a mention, with `resolved:
//! false` and no start or end.
//! Not dates: `Trainium2`, `$2025`, `2,025 chips`, `24/7`, `Day 2`, times.
//!
//! All calendar arithmetic is jiff's (`calc`); the phrase grammar is in
//! `grammar`, over the tokens of `tokens` and the word readers of
//! `words`. The table of cases in `date/tests.rs` is the documentation
//! and the test.

mod calc;
mod defined;
mod grammar;

pub use defined::align as align_defined_quarters;
mod stated;
mod tokens;
mod words;

#[cfg(test)]
mod tests;

use std::ops::{ControlFlow, Range};

use aho_corasick::{AhoCorasick, AhoCorasickBuilder};
use jiff::civil::Date;
use once_cell::sync::Lazy;

use super::{sentence_of, Candidate, Context};
use crate::analysis::{DateValue, Granularity, Sentence, Value};
use crate::numbers::Numeral;
use grammar::{Found, Grammar};
use words::{Carried, Words};

/// Recognizes date mentions.
pub fn recognize(ctx: &Context<'_>, out: &mut Vec<Candidate>) {
    let stated = stated::stated_calendars(ctx.text, ctx.sentences);
    recognize_in(ctx, reading(ctx.text, ctx.sentences), &stated, out);
}

/// [`recognize`] over the given ranges of the text.
fn recognize_in(
    ctx: &Context<'_>,
    ranges: Vec<Range<usize>>,
    stated: &[stated::Stated<'_>],
    out: &mut Vec<Candidate>,
) {
    let carried = Carried::default();
    for range in ranges {
        let lo = ctx.numerals.partition_point(|n| n.start < range.start);
        let hi = ctx.numerals.partition_point(|n| n.start < range.end);
        let mut words = Words::in_range(ctx.text, range, &ctx.numerals[lo..hi], &carried);
        words.stated = stated;
        scan(
            &words,
            ctx.reference_date,
            |pos| sentence_bounds(ctx, pos),
            |_| false,
            |found| {
                let start = words.toks[found.first].start;
                if found.yearless.is_some() && stated.iter().any(|s| s.every_year == Some(start)) {
                    return ControlFlow::Continue(());
                }
                out.push(candidate(&found, &words));
                ControlFlow::Continue(())
            },
        );
    }
}

/// The byte ranges read for dates: within each piece (below), the runs of
/// sentences that may hold one. Every date phrase holds digits (a year, a
/// day, a count, "Q4", "FY25") or one of the [`ANCHORS`] words, and about a
/// third of news text is sentences with neither, whose tokens and grammar
/// attempts are spared. Without sentences, the pieces whole.
fn reading(text: &str, sentences: &[Sentence]) -> Vec<Range<usize>> {
    let all = pieces(text, sentences);
    if sentences.is_empty() {
        return all;
    }
    let mut out = Vec::new();
    let mut k = 0;
    for piece in all {
        let mut run: Option<Range<usize>> = None;
        while k < sentences.len() && sentences[k].start < piece.end {
            let s = &sentences[k];
            // A sentence longer than a piece is read in its parts.
            let part = s.start.max(piece.start)..s.end.min(piece.end);
            let whole = s.end <= piece.end;
            if whole {
                k += 1;
            }
            if part.is_empty() || !may_hold_date(&text[part.clone()]) {
                out.extend(run.take());
            } else {
                match &mut run {
                    Some(r) => r.end = part.end,
                    None => run = Some(part),
                }
            }
            if !whole {
                break;
            }
        }
        out.extend(run);
    }
    out
}

/// Besides digits, the words one of which every date phrase holds: the
/// calendar's month and weekday spellings, the unit nouns, "half" and
/// "tomorrow" ("today" and "yesterday" hold "day"), "fy". Matched anywhere
/// in a word and in any case, so a sentence passes more often than it needs
/// to, never less.
static ANCHORS: Lazy<AhoCorasick> = Lazy::new(|| {
    let cal = crate::lexicon::calendar::Calendar::builtin();
    let mut words: Vec<String> = cal
        .months
        .iter()
        .chain(&cal.weekdays)
        .map(|s| s.word.to_ascii_lowercase())
        .collect();
    words.extend(calc::UNIT_WORDS.iter().map(|(w, _)| w.to_string()));
    words.extend(["half", "halves", "tomorrow", "fy"].map(String::from));
    AhoCorasickBuilder::new()
        .ascii_case_insensitive(true)
        .build(words)
        .expect("anchor words build")
});

/// Whether a sentence holds digits or an anchor word.
fn may_hold_date(sentence: &str) -> bool {
    sentence.bytes().any(|b| b.is_ascii_digit()) || ANCHORS.is_match(sentence)
}

/// A piece of text is read once it holds this many bytes and a paragraph
/// ends; without paragraph breaks, at the first sentence end past
/// `PIECE_MAX`; inside a sentence longer than that (no full stop in a
/// megabyte), at the first space past it.
const PIECE_BYTES: usize = 1 << 16;
const PIECE_MAX: usize = 1 << 20;

/// The byte ranges the text is read in, covering it end to end. A date
/// phrase lies inside a sentence, so cutting between paragraphs changes
/// nothing, and the tokens held at once (40 bytes each, about ten times
/// the bytes they cover) are those of a piece, not of a whole long text.
fn pieces(text: &str, sentences: &[Sentence]) -> Vec<Range<usize>> {
    let mut by_sentence = Vec::new();
    let mut from = 0;
    for pair in sentences.windows(2) {
        let (prev, next) = (&pair[0], &pair[1]);
        let size = next.start - from;
        if (size >= PIECE_BYTES && next.paragraph != prev.paragraph) || size >= PIECE_MAX {
            by_sentence.push(from..next.start);
            from = next.start;
        }
    }
    by_sentence.push(from..text.len());
    let mut out = Vec::with_capacity(by_sentence.len());
    for r in by_sentence {
        let mut from = r.start;
        while r.end - from > PIECE_MAX {
            let at = from + PIECE_MAX;
            let Some(k) = text.as_bytes()[at..r.end]
                .iter()
                .position(u8::is_ascii_whitespace)
            else {
                break;
            };
            out.push(from..at + k);
            from = at + k;
        }
        out.push(from..r.end);
    }
    out
}

/// Every date phrase of the text, left to right, none overlapping, given
/// to `visit` until it breaks. `sentence` gives the byte bounds of the
/// stretch holding a position, and `skip` whether a stretch can be passed
/// over unread.
fn scan(
    words: &Words<'_>,
    reference: Option<Date>,
    sentence: impl Fn(usize) -> (usize, usize),
    skip: impl Fn((usize, usize)) -> bool,
    mut visit: impl FnMut(Found) -> ControlFlow<()>,
) {
    let mut g = Grammar {
        w: words,
        reference,
        sentence: (0, words.toks.len()),
        anchor: None,
        before: None,
    };
    let mut current = (usize::MAX, usize::MAX);
    // The last period of the sentence being read.
    let mut last = None;
    let mut i = 0;
    while i < words.toks.len() {
        let pos = words.toks[i].start;
        // Most tokens lie in the stretch of the one before: no look-up.
        let (s, e) = if current.0 <= pos && pos < current.1 {
            current
        } else {
            sentence(pos)
        };
        if (s, e) != current {
            current = (s, e);
            g.sentence = (words.index_at(s), words.index_at(e));
            g.anchor = None;
            g.before = last.take();
            if skip(current) {
                i = g.sentence.1.max(i + 1);
                continue;
            }
        }
        match g.parse(i) {
            Some(f) if f.end > i => {
                i = f.end;
                // A year-back phrase is a comparison with the period named
                // before it, which stays what the next one counts from.
                if let (Some(p), false) = (f.period, f.rule == "date.year_back") {
                    // (Not a gloss of the period before, "the April-June
                    // quarter, the first of fiscal 2027", nor a baseline's,
                    // "from 258 rupees in the January-March quarter": "a
                    // year earlier" after them compares with the period
                    // the figure is of.)
                    let at = words.toks[f.first].start;
                    if g.anchor.is_none() || !aside_period(words.text, at) {
                        g.anchor = Some((p, f.gran));
                    }
                    last = Some((p, f.gran));
                }
                if visit(f).is_break() {
                    return;
                }
            }
            _ => i += 1,
        }
    }
}

/// How far before a period [`aside_period`] reads.
const ASIDE_PERIOD_REACH: usize = 48;

/// Whether the period at byte `at` glosses the one before it ("the
/// April-June quarter, the first of fiscal 2027") or dates a baseline
/// ("from 258 rupees in the January-March quarter"): no period a later "a
/// year earlier" counts back from.
fn aside_period(text: &str, at: usize) -> bool {
    let lo = crate::numbers::floor_char_boundary(text, at.saturating_sub(ASIDE_PERIOD_REACH));
    let before = &text[lo..at];
    let gloss = before.rsplit_once(", the ").is_some_and(|(_, rest)| {
        rest.strip_suffix(" of ").is_some_and(|ord| {
            ["first", "second", "third", "fourth", "last", "final"]
                .iter()
                .any(|o| ord.eq_ignore_ascii_case(o))
        })
    });
    let baseline = before.strip_suffix(" in ").is_some_and(|b| {
        b.rsplit_once(" from ").is_some_and(|(_, figure)| {
            !figure.contains([',', ';'])
                && figure.bytes().any(|c| c.is_ascii_digit())
                && figure.split_whitespace().count() <= 4
        })
    });
    gloss || baseline
}

/// Byte bounds of the sentence holding `pos`.
fn sentence_bounds(ctx: &Context<'_>, pos: usize) -> (usize, usize) {
    if ctx.sentences.is_empty() {
        return (0, ctx.text.len());
    }
    let s = &ctx.sentences[sentence_of(ctx.sentences, pos)];
    if s.start <= pos && pos < s.end {
        (s.start, s.end)
    } else {
        // Between sentences: a stretch of its own.
        (pos, pos)
    }
}

fn candidate(f: &Found, words: &Words<'_>) -> Candidate {
    let start = words.toks[f.first].start;
    let end = words.toks[f.end - 1].end;
    let resolved = f.period.is_some();
    Candidate::new(
        start,
        end,
        Value::Date(DateValue {
            start: f.period.map(|p| p.0),
            end: f.period.map(|p| p.1),
            granularity: f.gran,
            relative: f.relative,
            resolved,
        }),
        f.rule,
    )
}

/// How far into the text the article's own date is looked for.
const HEAD_BYTES: usize = 1500;

/// Whether `bytes` hold a run of exactly four ASCII digits from 1900 to
/// 2100, which every year token is.
fn has_year_digits(bytes: &[u8]) -> bool {
    // A loop over digit runs: splitting at every other byte made an empty
    // piece per letter, and this runs on every line of every article's head.
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len() && bytes[i].is_ascii_digit() {
            i += 1;
        }
        let run = &bytes[start..i];
        if run.len() == 4 && (b"1900".as_slice()..=b"2100".as_slice()).contains(&run) {
            return true;
        }
    }
    false
}

/// `reference_date_in` for a text on its own (tests).
#[cfg(test)]
pub fn find_reference_date(text: &str) -> Option<Date> {
    reference_date_in(text, &[], 0)
}

/// The same, reading every line of the head (tests of the line filter).
#[cfg(test)]
pub fn find_reference_date_reading_all(text: &str) -> Option<Date> {
    reference_date_where(text, &[], 0, |_| true)
}

/// How far past the head the numerals must have been read, so that a
/// figure starting inside the head is read whole, as in the whole text.
const HEAD_SLACK: usize = 4096;

/// The article's own date, read from a dateline or "Published on ..." near
/// the top of the text: the first full date (day, month and year) that
/// stands on a short line of its own, follows "Published", "Updated",
/// "Posted" or "Date", or opens a dateline ("SEATTLE, Feb. 7, 2026 --").
/// `numerals` are those of `text[..read_to]`, which the pipeline has read
/// for its first section; when that stops short of the head, the head's
/// own are read.
pub fn reference_date_in(text: &str, numerals: &[Numeral], read_to: usize) -> Option<Date> {
    reference_date_where(text, numerals, read_to, may_hold_day_date)
}

/// Whether a head line may hold the article's date, a day's date that is
/// not relative: it has a year token and either a month's name (in any
/// case, anywhere) or the dash or slash of "2026-02-09" and "2026/02/09".
/// Most lines of an article's opening with a year ("in 2025", "fiscal
/// 2026") have neither, and the grammar is the costly part.
fn may_hold_day_date(bytes: &[u8]) -> bool {
    static MONTHS: Lazy<AhoCorasick> = Lazy::new(|| {
        let cal = crate::lexicon::calendar::Calendar::builtin();
        AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .build(cal.months.iter().map(|s| s.word.as_str()))
            .expect("month names build")
    });
    has_year_digits(bytes)
        && (memchr::memchr2(b'-', b'/', bytes).is_some() || MONTHS.is_match(bytes))
}

/// [`reference_date_in`], reading only the lines `may_hold` lets through.
fn reference_date_where(
    text: &str,
    numerals: &[Numeral],
    read_to: usize,
    may_hold: fn(&[u8]) -> bool,
) -> Option<Date> {
    let boundary = |at| crate::numbers::floor_char_boundary(text, at);
    let cut = boundary(HEAD_BYTES);
    let head = &text[..cut];
    // No line that may hold the date: nothing to tokenize.
    if !head.split('\n').any(|line| may_hold(line.as_bytes())) {
        return None;
    }
    let wanted = boundary(HEAD_BYTES + HEAD_SLACK);
    let own;
    let numerals = if read_to >= wanted {
        numerals
    } else {
        own = crate::numbers::numerals(&text[..wanted]);
        &own
    };
    let numerals = &numerals[..numerals.partition_point(|n| n.start < cut)];
    let carried = Carried::default();
    let words = Words::new(head, numerals, &carried);
    // Line bounds from a table: the scan asks for them at every token.
    let breaks: Vec<usize> = head.match_indices('\n').map(|(i, _)| i).collect();
    let lines = |pos: usize| {
        let k = breaks.partition_point(|&b| b < pos);
        let s = if k == 0 { 0 } else { breaks[k - 1] + 1 };
        let e = breaks.get(k).copied().unwrap_or(head.len());
        (s, e)
    };
    // A full date has a year token (four digits, 1900 to 2100; see
    // `Words::year`): a line without one holds none, and the grammar is
    // the costly part.
    let no_year = |(s, e): (usize, usize)| !may_hold(&head.as_bytes()[s..e]);
    let mut date = None;
    scan(&words, None, lines, no_year, |f| {
        let (Some(p), Granularity::Day, false) = (f.period, f.gran, f.relative) else {
            return ControlFlow::Continue(());
        };
        let start = words.toks[f.first].start;
        let end = words.toks[f.end - 1].end;
        let (ls, le) = lines(start);
        // (A date may run over a line break: "December 12,\n\n2025".)
        let le = if end > le { lines(end).1 } else { le };
        let line = &head[ls..le];
        let before = head[ls..start].to_ascii_lowercase();
        let after = head[end..le].trim_start();
        let keyword = ["published", "updated", "posted", "date", "first published"]
            .iter()
            .any(|k| before.contains(k));
        let short_line = line.split_whitespace().count() <= 10 && !line.trim_end().ends_with('.');
        // A wire's credit between the date and the dash: "NEW YORK, July 7,
        // 2025 /PRNewswire/ --", "... 2025 /Business Wire/ --".
        let after = match after.strip_prefix('/') {
            Some(rest) => rest
                .find('/')
                .filter(|&k| k <= 40)
                .map_or(after, |k| rest[k + 1..].trim_start()),
            None => after,
        };
        let dateline = after.starts_with(['—', '–', '('])
            || after.starts_with("--")
            || after.starts_with("- ");
        if keyword || short_line || dateline {
            date = Some(p.0);
            return ControlFlow::Break(());
        }
        ControlFlow::Continue(())
    });
    date
}

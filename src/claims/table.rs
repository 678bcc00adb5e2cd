//! Tables: a pipe table's cell takes its column header's predicate,
//! company or date, and a space-aligned row's figure its column's date,
//! which the sentence rules cannot see across rows.

use crate::analysis::{Kind, Mention, Span, Value};
use crate::recognize::Context;

use super::words::within;
use crate::recognize::money::units::{line_end, line_start};
use crate::recognize::table::{is_separator, table_cells};

/// How many rows above a table row its header is looked for.
const MAX_TABLE_ROWS: usize = 50;

/// The predicate a pipe-table column's header cell (from [`column_header`])
/// names for `object`: "Capex" is capital expenditure, "YoY" a growth rate.
pub(super) fn column_predicate(
    ctx: &Context<'_>,
    header: Span,
    object: &Mention,
) -> Option<String> {
    predicate_in(ctx, header, object)
}

/// The predicate a table's caption names for `object`, in row `si`, when
/// its column's header names only a date ("October 2026 revenue" over
/// "| Oct 2026 | Sep 2026 |").
pub(super) fn caption_predicate(ctx: &Context<'_>, si: usize, object: &Mention) -> Option<String> {
    predicate_in(ctx, caption(ctx, si)?, object)
}

fn predicate_in(ctx: &Context<'_>, span: Span, object: &Mention) -> Option<String> {
    let cell = &ctx.text[span.start..span.end];
    let table = &ctx.lexicons.predicates;
    let kind = object.kind();
    table
        .find_borrowed(cell)
        .flat_map(|(_, _, entries)| entries.iter().map(|&e| table.entry(e)))
        .filter(|e| e.accepts(kind))
        .min_by_key(|e| e.generic)
        .map(|e| e.predicate.clone())
}

/// The header cell (absolute span) of the pipe-table column a figure
/// stands in: the row above the table's separator row.
pub(super) fn column_header(ctx: &Context<'_>, si: usize, object: &Mention) -> Option<Span> {
    let text = ctx.text;
    let row = &ctx.sentences[si];
    let line = &text[row.start..row.end];
    let cells = table_cells(line)?;
    let column = cells
        .iter()
        .position(|&(a, b)| row.start + a <= object.start && object.end <= row.start + b)?;
    let header = &ctx.sentences[header_row(ctx, si)?];
    let (a, b) = *table_cells(&text[header.start..header.end])?.get(column)?;
    Some(Span::new(header.start + a, header.start + b))
}

/// The modality a column's header gives its figures: a company's
/// "forecast", "outlook" or "guidance" is planned, analysts' "estimates"
/// or "consensus" a forecast.
pub(super) fn column_modality(header: &str) -> Option<crate::analysis::Modality> {
    use crate::analysis::Modality;
    header
        .split(|c: char| !c.is_ascii_alphabetic())
        .find_map(|w| match w.to_ascii_lowercase().as_str() {
            "forecast" | "forecasts" | "outlook" | "guidance" | "target" | "targets" | "plan"
            | "planned" | "projected" | "projection" | "budget" => Some(Modality::Planned),
            "estimate" | "estimates" | "consensus" | "est" => Some(Modality::Forecast),
            _ => None,
        })
}

/// Whether a figure in a pipe-table row stands in a column of change
/// ("Change", "% chg", "YoY", "y/y"): a percentage there is the growth of
/// the row's measure.
pub(super) fn in_change_column(ctx: &Context<'_>, sentence: Span, object: &Mention) -> bool {
    if !ctx.text[sentence.start..sentence.end].starts_with('|') {
        return false;
    }
    let Ok(si) = ctx
        .sentences
        .binary_search_by_key(&sentence.start, |s| s.start)
    else {
        return false;
    };
    column_header(ctx, si, object).is_some_and(|h| {
        let head = ctx.text[h.start..h.end]
            .trim()
            .trim_start_matches('%')
            .trim();
        [
            "change",
            "chg",
            "chg.",
            "yoy",
            "y/y",
            "y-o-y",
            "growth",
            "var",
            "var.",
            "q/q",
            "qoq",
            "δ",
            "change (%)",
            "% change",
            "change, %",
        ]
        .iter()
        .any(|w| head.eq_ignore_ascii_case(w))
    })
}

/// Whether a pipe-table row is a sub-row of the one above it, its label
/// opening with a dash ("| – Property-Casualty | €2.45bn |"): its figures
/// measure what the row above did, for a part.
pub(super) fn is_sub_row(row: &str) -> bool {
    row.strip_prefix('|')
        .map(str::trim_start)
        .is_some_and(|label| label.starts_with(['–', '—', '-', '•']) && !label.starts_with("---"))
}

/// The sentence index of the header row of the table whose row is
/// sentence `si`: up through the rows to the separator, the row above it.
fn header_row(ctx: &Context<'_>, si: usize) -> Option<usize> {
    let text = ctx.text;
    let mut k = si;
    loop {
        if k == 0 || si - k > MAX_TABLE_ROWS {
            return None;
        }
        k -= 1;
        let s = &ctx.sentences[k];
        let above = &text[s.start..s.end];
        if is_separator(above, &table_cells(above)?) {
            return k.checked_sub(1);
        }
    }
}

/// The date of a table's caption, the line right above its header row
/// ("Third-quarter results, calendar 2026", as an HTML `<caption>` is
/// written out), as an index into `mentions`: the period of the cells of a
/// row `si` that name none.
pub(super) fn caption_period(ctx: &Context<'_>, si: usize, mentions: &[Mention]) -> Option<usize> {
    let caption = caption(ctx, si)?;
    let first = mentions.partition_point(|m| m.start < caption.start);
    mentions[first..]
        .iter()
        .take_while(|m| m.start < caption.end)
        .position(|m| m.kind() == Kind::Date)
        .map(|k| first + k)
}

/// The caption of the table whose row is sentence `si`: the one line
/// right above its header row (as an HTML `<caption>` is written out), or
/// the paragraph above it that introduces it ("The table below shows
/// reported sales for the four largest brands."), of a few sentences.
fn caption(ctx: &Context<'_>, si: usize) -> Option<Span> {
    let header = header_row(ctx, si)?;
    let last = header.checked_sub(1)?;
    let caption = &ctx.sentences[last];
    let line = &ctx.text[caption.start..caption.end];
    let gap = &ctx.text[caption.end..ctx.sentences[header].start];
    if table_cells(line).is_some() || line.contains('\n') {
        return None;
    }
    match gap.matches('\n').count() {
        1 => Some(caption.span()),
        2 => {
            // The paragraph's sentences, back to a line break.
            let mut first = last;
            while first > 0 && last - first < CAPTION_SENTENCES - 1 {
                let prev = &ctx.sentences[first - 1];
                let between = &ctx.text[prev.end..ctx.sentences[first].start];
                if between.contains('\n') || table_cells(&ctx.text[prev.start..prev.end]).is_some()
                {
                    break;
                }
                first -= 1;
            }
            let span = Span::new(ctx.sentences[first].start, caption.end);
            let paragraph = &ctx.text[span.start..span.end];
            let introduces = paragraph.trim_end().ends_with(':')
                || paragraph.contains("table")
                || paragraph.contains("below");
            introduces.then_some(span)
        }
        _ => None,
    }
}

/// How many sentences of the paragraph above a table may introduce it.
const CAPTION_SENTENCES: usize = 3;

/// The company a pipe-table column's header names ("| OpenAI |").
pub(super) fn column_company(header: Span, mentions: &[Mention]) -> Option<&str> {
    within(mentions, header, |m| m.start)
        .iter()
        .find_map(|m| match &m.value {
            Value::Company(c) if m.end <= header.end => Some(c.id.as_str()),
            _ => None,
        })
}

/// The date a pipe-table column's header names ("| 2025 capex |"), as an
/// index into `mentions`, for a figure of the column that has none.
pub(super) fn column_period(header: Span, mentions: &[Mention]) -> Option<usize> {
    let first = mentions.partition_point(|m| m.start < header.start);
    mentions[first..]
        .iter()
        .take_while(|m| m.start < header.end)
        .position(|m| m.kind() == Kind::Date && m.end <= header.end)
        .map(|k| first + k)
}

/// How many lines above a table row its column header may stand.
const HEADER_LINES: usize = 12;

/// The start of the line holding byte `at`, if it starts within
/// [`LINE_REACH`](crate::recognize::money::units::LINE_REACH) bytes
/// before it, as the unit notes read a line (`money::units::line_start`): a longer line is prose, and
/// no line is searched further (every figure of a text without line
/// breaks would otherwise read back to its start).
fn line_start_before(text: &str, at: usize) -> Option<usize> {
    let start = line_start(text, at);
    (start == 0 || text.as_bytes()[start - 1] == b'\n').then_some(start)
}

/// The period a space-aligned table's column header gives a figure of a
/// row set in columns (the pipe tables' is [`column_period`]): "1Q26
/// 1Q25" above "Revenue   $ 4,462   $ 4,069" makes the
/// first sum the first quarter of 2026's and the second 2025's. The
/// header is the nearest line above (within [`HEADER_LINES`], past other
/// rows and blank lines) holding two dates or more and no figure; the
/// figure takes the date of its own column, counted from the left.
pub(super) fn aligned_column_period(
    text: &str,
    object: Span,
    mentions: &[Mention],
) -> Option<usize> {
    let is_figure = |m: &Mention| matches!(m.kind(), Kind::Money | Kind::Percent | Kind::Quantity);
    let line_start = line_start_before(text, object.start)?;
    let line_end = line_end(text, object.end);
    if !crate::source::unwrap::column_gap(&text[line_start..line_end]) {
        return None;
    }
    let in_span = |from: usize, to: usize| {
        let lo = mentions.partition_point(|m| m.start < from);
        let hi = mentions.partition_point(|m| m.start < to);
        &mentions[lo..hi]
    };
    let column = in_span(line_start, object.start)
        .iter()
        .filter(|m| is_figure(m))
        .count();
    let mut end = line_start;
    for _ in 0..HEADER_LINES {
        if end == 0 {
            return None;
        }
        let start = line_start_before(text, end - 1)?;
        let line = in_span(start, end - 1);
        let dates: Vec<usize> = line
            .iter()
            .enumerate()
            .filter(|(_, m)| m.kind() == Kind::Date)
            .map(|(k, _)| k)
            .collect();
        if dates.len() >= 2 && !line.iter().any(is_figure) {
            let base = mentions.partition_point(|m| m.start < start);
            return dates.get(column).map(|&k| base + k);
        }
        // Other rows and blank lines may stand between; prose may not.
        let body = &text[start..end - 1];
        if !(body.trim().is_empty()
            || crate::source::unwrap::column_gap(body)
            || body.trim_start().starts_with('('))
        {
            return None;
        }
        end = start;
    }
    None
}

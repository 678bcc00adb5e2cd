//! Pipe-table rows ("| Amazon | $125B |"), read alike by the recognizers
//! (a bare number's unit from its column's header) and by the claims (a
//! cell's predicate, company or date from it).

/// The cells of a table row written with pipes ("| Amazon | $125B |"), as
/// byte ranges of `line`; `None` for any other line.
pub(crate) fn table_cells(line: &str) -> Option<Vec<(usize, usize)>> {
    let trimmed = line.trim_end();
    if !trimmed.starts_with('|') || !trimmed.ends_with('|') || trimmed.len() < 3 {
        return None;
    }
    let bars: Vec<usize> = memchr::memchr_iter(b'|', trimmed.as_bytes()).collect();
    Some(bars.windows(2).map(|w| (w[0] + 1, w[1])).collect())
}

/// Whether a table row, of these cells, is the separator under a header
/// ("|---|:--:|").
pub(crate) fn is_separator(line: &str, cells: &[(usize, usize)]) -> bool {
    cells.iter().all(|&(a, b)| {
        let c = line[a..b].trim();
        !c.is_empty() && c.chars().all(|ch| matches!(ch, '-' | ':'))
    })
}

/// The line holding byte `at` (its start and end, the line break left
/// out), when both its ends lie within `reach` bytes of `at`: a longer
/// line is no table row, and no text is searched further than that for
/// it (a text of cells with no line break would otherwise be read back to
/// its start from each of them).
pub(crate) fn line_within(text: &str, at: usize, reach: usize) -> Option<(usize, usize)> {
    let b = text.as_bytes();
    let lo = at.saturating_sub(reach);
    let hi = (at + reach).min(b.len());
    let start = match memchr::memrchr(b'\n', &b[lo..at]) {
        Some(i) => lo + i + 1,
        None if lo == 0 => 0,
        None => return None,
    };
    let end = match memchr::memchr(b'\n', &b[at..hi]) {
        Some(i) => at + i,
        None if hi == b.len() => hi,
        None => return None,
    };
    Some((start, end))
}

//! Paragraphs and sentences, as byte spans into the analysed text.
//!
//! Unicode sentence boundaries (UAX #29) do most of the work; news text needs
//! a few more rules on top, applied here so every recognizer sees the same
//! sentences:
//!
//! * a blank line ends a paragraph, and no sentence crosses it;
//! * a line break ends a sentence unless the text is visibly hard-wrapped
//!   (the line has no closing punctuation and the next starts in lower case,
//!   or it stops on a lower-case word and the next opens with a figure, or
//!   the paragraph already wrapped and the line is full-width and stops on
//!   a word),
//!   so headlines, bylines and list items without a full stop stand alone;
//! * a bullet line (`•`, `-`, `*`, `1.`, `2)` ...) always starts a sentence,
//!   and the sentence starts after the marker;
//! * a markdown `**bold lead-in**` at the start of a line is its own sentence;
//! * a break that UAX #29 puts after an abbreviation ("U.S.", "Mr.",
//!   "Jan.") or an initial ("Andy R. Jassy") is undone.

use unicode_segmentation::UnicodeSegmentation;

use crate::analysis::Sentence;

/// Abbreviations after which a full stop does not end a sentence, even when
/// a capital follows. Corporate suffixes (Inc., Corp.) are not here: they end
/// sentences often, and UAX #29 already keeps "Inc. said" together.
const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Prof", "Sen", "Rep", "Gov", "Gen", "Col", "Lt", "Sgt", "Capt", "St",
    "Mt", "No", "Nos", "Vol", "vs", "v", "etc", "approx", "est", "Jan", "Feb", "Mar", "Apr", "Jun",
    "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mon", "Tue", "Tues", "Wed", "Thu", "Thur",
    "Thurs", "Fri", "Sat", "Sun", "U.S", "U.K", "U.N", "E.U", "U.S.A", "a.m", "p.m", "e.g", "i.e",
    "Fig", "Ph.D", "Jr", "Sr", "Bros",
];

/// Splits `text` into sentences. Spans are trimmed of surrounding whitespace
/// and never empty.
pub fn segment(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    // Working vectors reused from block to block rather than made for each.
    let mut blocks_of = Vec::new();
    let mut scratch = Scratch::default();
    for (paragraph, (p_start, p_end)) in paragraphs(text).into_iter().enumerate() {
        blocks(text, p_start, p_end, &mut blocks_of);
        for &(b_start, b_end) in &blocks_of {
            split_block(text, b_start, b_end, paragraph, &mut scratch, &mut out);
        }
    }
    out
}

/// Byte ranges of paragraphs: runs of lines between blank lines.
fn paragraphs(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut last_end = 0;
    for (line_start, line) in lines(text) {
        let blank = line.trim().is_empty();
        match (blank, start) {
            (true, Some(s)) => {
                out.push((s, last_end));
                start = None;
            }
            (false, None) => start = Some(line_start),
            _ => {}
        }
        if !blank {
            last_end = line_start + line.len();
        }
    }
    if let Some(s) = start {
        out.push((s, last_end));
    }
    out
}

/// Lines with their byte offsets, without the line terminator.
fn lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut pos = 0;
    text.split_inclusive('\n').map(move |raw| {
        let start = pos;
        pos += raw.len();
        let line = raw.strip_suffix('\n').unwrap_or(raw);
        let line = line.strip_suffix('\r').unwrap_or(line);
        (start, line)
    })
}

/// Groups the lines of one paragraph into blocks that may hold several
/// sentences but never a forced break, into `out` (emptied first).
fn blocks(text: &str, p_start: usize, p_end: usize, out: &mut Vec<(usize, usize)>) {
    let para = &text[p_start..p_end];
    out.clear();
    let mut prev: Option<&str> = None;
    // Whether the paragraph is visibly hard-wrapped (somewhere a line goes
    // on into the next in lower case), and its widest line: the margin.
    // Read once, and only when a line that stops on a word meets a
    // capital (most lines end on punctuation).
    let mut margin: Option<(bool, usize)> = None;
    let measure = || {
        let (mut wrapped, mut widest, mut last) = (false, 0, None::<&str>);
        for (_, line) in lines(para) {
            if line.trim().is_empty() {
                continue;
            }
            wrapped = wrapped || last.is_some_and(|p| continues(p, line));
            widest = widest.max(line.trim_end().len());
            last = Some(line);
        }
        (wrapped, widest)
    };
    let mut first = true;
    for (rel, line) in lines(para) {
        if line.trim().is_empty() {
            continue;
        }
        let start = p_start + rel;
        let end = start + line.len();
        let join = match (prev, out.last_mut()) {
            (Some(p), Some(_)) => {
                continues(p, line)
                    || (p.trim_end().ends_with(|c: char| c.is_alphanumeric()) && {
                        let (wrapped, widest) = *margin.get_or_insert_with(measure);
                        wrapped && wraps_at_width(p, line, widest, first)
                    })
            }
            _ => false,
        };
        if prev.is_some() {
            first = false;
        }
        if join {
            if let Some(last) = out.last_mut() {
                last.1 = end;
            }
        } else {
            out.push((start, end));
        }
        prev = Some(line);
    }
}

/// Whether `next` continues the sentence of `line` (hard-wrapped text).
fn continues(line: &str, next: &str) -> bool {
    let line = line.trim_end();
    let next_trim = next.trim_start();
    if bullet_marker_len(next_trim) > 0 {
        return false;
    }
    let Some(last) = line.chars().last() else {
        return false;
    };
    if matches!(
        last,
        '.' | '!' | '?' | ':' | ';' | '"' | '”' | '’' | '\'' | ')' | ']'
    ) {
        return false;
    }
    let Some(first) = next_trim.chars().next() else {
        return false;
    };
    // "... for about\n$17 billion", "... the first quarter of\n2027.": a
    // figure after a line that stops on a lower-case word goes on with it.
    let last_word_lower = line
        .rsplit(' ')
        .next()
        .and_then(|w| w.chars().next())
        .is_some_and(char::is_lowercase);
    let figure =
        (first.is_ascii_digit() || matches!(first, '$' | '€' | '£' | '¥' | '₹')) && last_word_lower;
    first.is_lowercase() || figure || last == ',' || last == '-' || last == '–' || last == '—'
}

/// In a hard-wrapped paragraph whose widest line is `widest` bytes,
/// whether a line that reaches near the margin and stops on a word goes on
/// into the next even when that opens with a capital: "... arranged by
/// Goldman\nSachs and Mizuho". The paragraph's first line must reach the
/// margin itself: a headline above the text stops well short of it.
fn wraps_at_width(line: &str, next: &str, widest: usize, first: bool) -> bool {
    let line = line.trim_end();
    let reach = if first {
        widest.saturating_sub(MARGIN_SLACK)
    } else {
        (widest * 6 / 10).max(MIN_WRAP)
    };
    line.len() >= reach
        && line.ends_with(|c: char| c.is_alphanumeric())
        && bullet_marker_len(next.trim_start()) == 0
}

/// How far short of the margin a wrapped first line may stop (bytes).
const MARGIN_SLACK: usize = 12;
/// The shortest line taken for one that wrapped at a margin.
const MIN_WRAP: usize = 24;

/// Length in bytes of a list marker (and the space after it) at the start of
/// `s`, or 0.
pub(crate) fn bullet_marker_len(s: &str) -> usize {
    let mut chars = s.char_indices();
    let Some((_, c)) = chars.next() else {
        return 0;
    };
    let after_marker = match c {
        '•' | '◦' | '▪' | '‣' | '●' | '○' | '■' | '□' | '·' | '➢' | '►' | '▸' | '✓' | '✔' => {
            c.len_utf8()
        }
        // A marker only when a space follows: "-2.1%" and "**bold**" are not lists.
        '-' | '*' | '–' | '—' | '+' if s[c.len_utf8()..].starts_with([' ', '\t']) => {
            c.len_utf8()
        }
        '0'..='9' => {
            let digits = s.bytes().take_while(u8::is_ascii_digit).count();
            if digits > 3 {
                return 0;
            }
            let rest = &s[digits..];
            if (rest.starts_with(". ") || rest.starts_with(") ")) && digits <= 2 {
                digits + 1
            } else {
                return 0;
            }
        }
        _ => return 0,
    };
    let rest = &s[after_marker..];
    after_marker + (rest.len() - rest.trim_start().len())
}

/// The vectors one block is split with.
#[derive(Default)]
struct Scratch<'a> {
    chunks: Vec<(usize, &'a str)>,
    pieces: Vec<(usize, usize)>,
}

/// Splits one block into sentences and pushes them.
fn split_block<'a>(
    text: &'a str,
    start: usize,
    end: usize,
    paragraph: usize,
    scratch: &mut Scratch<'a>,
    out: &mut Vec<Sentence>,
) {
    let block = &text[start..end];
    let lead = block.len() - block.trim_start().len();
    let mut s = start + lead;
    s += bullet_marker_len(&text[s..end]);
    // A markdown bold lead-in ("**Heading** Text") is a sentence of its own
    // when a new sentence follows it, or it ends in a colon; "**OpenAI**
    // closed a round" is one sentence with a bold subject.
    if text[s..end].starts_with("**") {
        if let Some(close) = text[s + 2..end].find("**") {
            let close_end = s + 2 + close + 2;
            let after = text[close_end..end].trim_start();
            let heading = text[s + 2..s + 2 + close]
                .trim_end()
                .ends_with([':', '.', '!', '?'])
                || after.starts_with(|c: char| c.is_uppercase() || c == '"' || c == '“');
            if close > 0 && !after.is_empty() && heading {
                push_trimmed(text, s, close_end, paragraph, out);
                s = close_end;
            }
        }
    }
    let body = &text[s..end];
    // A pipe table's row is one statement, whatever stops its cells hold
    // ("| H1 FY2026 (Apr.-Sep. 2026) | Oct. 28 |").
    let row = body.trim_end();
    if row.len() > 1 && row.starts_with('|') && row.ends_with('|') && !row.contains('\n') {
        push_trimmed(text, s, end, paragraph, out);
        return;
    }
    let Scratch { chunks, pieces } = scratch;
    uax29_pieces_into(body, chunks);
    pieces.clear();
    for &(rel, piece) in chunks.iter() {
        let p_start = s + rel;
        let p_end = p_start + piece.len();
        match pieces.last_mut() {
            Some(last) if !ends_sentence(&text[last.0..last.1], &text[p_start..p_end]) => {
                last.1 = p_end;
            }
            _ => pieces.push((p_start, p_end)),
        }
    }
    for &(a, b) in pieces.iter() {
        let mut from = a;
        for cut in camel_case_starts(&text[a..b]) {
            push_trimmed(text, from, a + cut, paragraph, out);
            from = a + cut;
        }
        push_trimmed(text, from, b, paragraph, out);
    }
}

/// Where a sentence starts with a lower-case brand ("iPhone", "eBay",
/// "xAI") after a full stop: UAX #29 never breaks before a lower-case letter.
fn camel_case_starts(piece: &str) -> Vec<usize> {
    let b = piece.as_bytes();
    let mut out = Vec::new();
    for i in memchr::memchr3_iter(b'.', b'!', b'?', b) {
        let mut j = i + 1;
        while j < b.len() && matches!(b[j], b'"' | b'\'' | b')') {
            j += 1;
        }
        let space_start = j;
        while j < b.len() && b[j] == b' ' {
            j += 1;
        }
        if j == space_start || j + 1 >= b.len() {
            continue;
        }
        let mut k = j;
        while k < b.len() && b[k].is_ascii_lowercase() {
            k += 1;
        }
        // One to three lower-case letters, then a capital: a brand, not prose.
        // The abbreviation test comes last: it looks back along the word.
        if (1..=3).contains(&(k - j))
            && k < b.len()
            && b[k].is_ascii_uppercase()
            && !(b[i] == b'.' && abbreviated(&piece[..i]))
        {
            out.push(j);
        }
    }
    out
}

/// [`uax29_pieces_into`] into a new vector.
#[cfg(test)]
fn uax29_pieces(body: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    uax29_pieces_into(body, &mut out);
    out
}

/// The UAX #29 sentence pieces of `body`, as `split_sentence_bound_indices`
/// gives them, computed faster, into `out` (emptied first).
///
/// The Unicode segmenter costs tens of nanoseconds per character and was
/// most of the pipeline's time. Most of its work is wasted: a break can only
/// follow a terminator (`.`, `!`, `?` and their Unicode kin) or a line
/// separator. So the body is first cut where UAX #29 certainly breaks (a
/// terminator, ASCII closing quotes or brackets, spaces, then an ASCII
/// capital: rules SB9-SB11, which nothing before the terminator can veto),
/// and segmentation restarts cleanly at a break. A chunk with no
/// terminator or separator except in its closing run needs no segmenter at
/// all; only the others are handed to it.
fn uax29_pieces_into<'a>(body: &'a str, out: &mut Vec<(usize, &'a str)>) {
    let bytes = body.as_bytes();
    out.clear();
    let mut chunk_start = 0;
    let mut from = 0;
    // Terminators found with `memchr`, which skips the bytes between them
    // many at a time.
    while let Some(off) = memchr::memchr3(b'.', b'!', b'?', &bytes[from..]) {
        let i = from + off;
        let mut j = i + 1;
        while let Some(n) = close_len(&bytes[j..]) {
            j += n;
        }
        let spaces = j;
        while j < bytes.len() && bytes[j] == b' ' {
            j += 1;
        }
        // An opening quote or bracket may stand before the capital: "said.
        // “We", "it. (The": class Close too, so rule SB8 still fails.
        let opener = opener_len(&bytes[j..]);
        if j > spaces && bytes.get(j + opener).is_some_and(u8::is_ascii_uppercase) {
            push_chunk(body, chunk_start, j, out);
            chunk_start = j;
        }
        from = j.max(i + 1);
    }
    push_chunk(body, chunk_start, body.len(), out);
}

/// ASCII characters of UAX #29 class Close that may sit between a
/// terminator and the spaces after it.
fn is_ascii_close(b: u8) -> bool {
    matches!(b, b'"' | b'\'' | b')' | b']')
}

/// The closing quotes of news text outside ASCII, class Close in UAX #29.
const CLOSING_QUOTES: [char; 2] = ['”', '’'];

/// The length of a closer (ASCII, or a closing quote) opening `bytes`.
fn close_len(bytes: &[u8]) -> Option<usize> {
    if bytes.first().is_some_and(|&b| is_ascii_close(b)) {
        return Some(1);
    }
    CLOSING_QUOTES
        .iter()
        .find(|q| bytes.starts_with(q.encode_utf8(&mut [0; 4]).as_bytes()))
        .map(|q| q.len_utf8())
}

/// The length of an opening quote or bracket (class Close in UAX #29)
/// opening `bytes`, else 0.
fn opener_len(bytes: &[u8]) -> usize {
    match bytes.first() {
        Some(b'"' | b'(') => 1,
        _ => ["“", "‘"]
            .iter()
            .find(|q| bytes.starts_with(q.as_bytes()))
            .map_or(0, |q| q.len()),
    }
}

/// Characters outside ASCII that are neither terminators nor separators in
/// UAX #29 (checked by a test), common enough in news to keep chunks on
/// the fast path.
const QUIET_NON_ASCII: &[char] = &[
    '“', '”', '‘', '’', '—', '–', '…', '€', '£', '¥', '•', '×', '\u{a0}', 'é', 'è', 'ü', 'ö', 'ä',
    'ñ', 'ç', '©', '®', '™', '°', '·',
];

fn push_chunk<'a>(body: &'a str, start: usize, end: usize, out: &mut Vec<(usize, &'a str)>) {
    if start >= end {
        return;
    }
    let chunk = &body[start..end];
    // The closing run (terminators, then closers, then spaces, in that
    // order: rule SB9 allows no closer after a space) breaks nothing inside
    // the chunk.
    let core = chunk
        .trim_end_matches(' ')
        .trim_end_matches(|c: char| {
            if c.is_ascii() {
                is_ascii_close(c as u8)
            } else {
                CLOSING_QUOTES.contains(&c)
            }
        })
        .trim_end_matches(['.', '!', '?']);
    let quiet = is_quiet(core);
    if quiet {
        out.push((start, chunk));
    } else {
        out.extend(
            chunk
                .split_sentence_bound_indices()
                .map(|(rel, piece)| (start + rel, piece)),
        );
    }
}

/// Whether a chunk holds no terminator or separator for UAX #29 to read: a
/// full stop only before a digit, no `!`, `?` or line break, and outside
/// ASCII only [`QUIET_NON_ASCII`]. Nearly every chunk is quiet, so the
/// bytes that matter are found with `memchr` and only the chars outside
/// ASCII are decoded: decoding every char cost more than the check.
fn is_quiet(core: &str) -> bool {
    let bytes = core.as_bytes();
    if memchr::memchr2(b'\n', b'\r', bytes).is_some() {
        return false;
    }
    let stops_only_before_digits = memchr::memchr3_iter(b'.', b'!', b'?', bytes)
        .all(|k| bytes[k] == b'.' && bytes.get(k + 1).is_some_and(u8::is_ascii_digit));
    if !stops_only_before_digits {
        return false;
    }
    // The chars outside ASCII, few in English news.
    let mut rest = core;
    while let Some(k) = crate::source::first_non_ascii(rest.as_bytes()) {
        let Some(c) = rest[k..].chars().next() else {
            break;
        };
        if !QUIET_NON_ASCII.contains(&c) {
            return false;
        }
        rest = &rest[k + c.len_utf8()..];
    }
    true
}

/// Whether the break UAX #29 put between `prev` and `next` is a real one.
fn ends_sentence(prev: &str, next: &str) -> bool {
    // A market suffix glued to a ticker: "(4502.T)", "(005380.KS)".
    if prev.ends_with('.') && ticker_suffix(next) {
        return false;
    }
    // A numeric ticker's market glued to it anywhere: "9988.HK +4.2%".
    if prev.ends_with('.')
        && prev[..prev.len() - 1].ends_with(|c: char| c.is_ascii_digit())
        && market_code(next)
    {
        return false;
    }
    let prev = prev.trim_end();
    let next = next.trim_start();
    if next.is_empty() || prev.is_empty() {
        return true;
    }
    // Continuations that cannot start a sentence.
    if next.starts_with(|c: char| c.is_lowercase() || c == '(' || c == ',' || c == ';') {
        return false;
    }
    // No terminator before: the break was a line's end inside a block,
    // whose lines go on with one another ("for about\n$17 billion").
    let core = prev.trim_end_matches(['"', '”', '’', '\'', ')', ']']);
    if !core.ends_with(['.', '!', '?']) {
        return false;
    }
    let Some(word) = prev.strip_suffix('.') else {
        return true;
    };
    !abbreviated(word)
}

/// Whether `next` opens with a market code of one to three capitals that
/// closes a parenthesis: the "T)" after "(4502.".
fn ticker_suffix(next: &str) -> bool {
    let caps = next.bytes().take_while(u8::is_ascii_uppercase).count();
    (1..=3).contains(&caps) && next[caps..].starts_with(')')
}

/// Whether `next` opens with a market code of one to three capitals that
/// ends there: the "HK" of "9988.HK +4.2%".
fn market_code(next: &str) -> bool {
    let caps = next.bytes().take_while(u8::is_ascii_uppercase).count();
    (1..=3).contains(&caps)
        && next[caps..]
            .bytes()
            .next()
            .is_none_or(|b| matches!(b, b' ' | b')' | b',' | b';' | b':' | b'\n'))
}

/// Whether the text before a full stop ends in an abbreviation or an
/// initial, so that the stop does not end the sentence: "No. 1", "Jan. 7",
/// "Mr. Jassy", "U.S. firms", "Andy R. Jassy", "J.P. Morgan", "e.g.".
pub(crate) fn abbreviated(before_stop: &str) -> bool {
    // Abbreviations are short: look back a bounded way so that a long run
    // without spaces ("....", base64) costs constant time per stop.
    let mut from = before_stop.len().saturating_sub(24);
    while !before_stop.is_char_boundary(from) {
        from += 1;
    }
    // (A dash joins a span of months: "Apr.–Sep. 2025".)
    let is_gap = |c: char| c.is_whitespace() || matches!(c, '(' | '"' | '“' | '–' | '—');
    let window = &before_stop[from..];
    if from > 0 && !window.contains(is_gap) {
        return false;
    }
    let last_word = window.rsplit(is_gap).next().unwrap_or("");
    if ABBREVIATIONS.contains(&last_word) {
        return true;
    }
    // An initial: a single capital letter.
    let mut chars = last_word.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        if c.is_uppercase() {
            return true;
        }
    }
    // Dotted initials such as "J.P" in "J.P. Morgan".
    last_word.len() <= 4
        && last_word.contains('.')
        && last_word
            .split('.')
            .all(|p| p.chars().count() == 1 && p.chars().all(char::is_uppercase))
}

fn push_trimmed(text: &str, start: usize, end: usize, paragraph: usize, out: &mut Vec<Sentence>) {
    let piece = &text[start..end];
    let lead = piece.len() - piece.trim_start().len();
    let trimmed = piece.trim();
    if trimmed.is_empty() {
        return;
    }
    let s = start + lead;
    out.push(Sentence {
        start: s,
        end: s + trimmed.len(),
        boilerplate: false,
        paragraph,
    });
}

#[cfg(test)]
mod tests {
    proptest::proptest! {
        /// The byte-level check agrees with its definition over chars.
        #[test]
        fn quiet_as_defined_over_chars(core in "[a .!?\n\r0-9“é🧠Ÿ—]{0,12}") {
            let by_chars = core.char_indices().all(|(k, c)| match c {
                '.' => core[k + 1..].starts_with(|n: char| n.is_ascii_digit()),
                '!' | '?' | '\n' | '\r' => false,
                c if c.is_ascii() => true,
                c => super::QUIET_NON_ASCII.contains(&c),
            });
            proptest::prop_assert_eq!(super::is_quiet(&core), by_chars);
        }
    }

    use super::*;

    fn sents(text: &str) -> Vec<&str> {
        segment(text)
            .iter()
            .map(|s| &text[s.start..s.end])
            .collect()
    }

    /// Input, then the sentences it must give.
    const CASES: &[(&str, &[&str])] = &[
        ("One. Two.", &["One.", "Two."]),
        // A span of abbreviated months; a pipe table's row whole.
        (
            "Sales rose (Apr.–Sep. 2025). Costs fell.",
            &["Sales rose (Apr.–Sep. 2025).", "Costs fell."],
        ),
        // (A year-on-year "Y/Y" is no initial.)
        ("Capex rose 66% Y/Y. We expect more.", &["Capex rose 66% Y/Y.", "We expect more."]),
        (
            "| | H1 (Apr. to Sep.) | Q3 (rev. Oct. 28) |\n| Revenue | 4.1 | 5.2 |",
            &["| | H1 (Apr. to Sep.) | Q3 (rev. Oct. 28) |", "| Revenue | 4.1 | 5.2 |"],
        ),
        // A hard-wrapped paragraph goes on past a line that ends on a name
        // cut in two; a headline line before it still stands alone.
        (
            "Microsoft to spend $80 billion\nREDMOND (Reuters) - Microsoft said on Monday it plans to\nspend $80 billion on data centers, as demand from Goldman\nSachs and others grows.",
            &[
                "Microsoft to spend $80 billion",
                "REDMOND (Reuters) - Microsoft said on Monday it plans to\nspend $80 billion on data centers, as demand from Goldman\nSachs and others grows.",
            ],
        ),
        // Narrow wrapping: the margin is the paragraph's widest line.
        (
            "The bonds were arranged by Goldman\nSachs and Mizuho, according to a term\nsheet seen by Reuters.",
            &["The bonds were arranged by Goldman\nSachs and Mizuho, according to a term\nsheet seen by Reuters."],
        ),
        (
            "Amazon spent $26.3 billion. It plans more.",
            &["Amazon spent $26.3 billion.", "It plans more."],
        ),
        // A ticker's market suffix after a stop ends nothing.
        (
            "Takeda (4502.T) and Hyundai (005380.KS) rose. BHP (BHP.AX) fell.",
            &[
                "Takeda (4502.T) and Hyundai (005380.KS) rose.",
                "BHP (BHP.AX) fell.",
            ],
        ),
        (
            "- 9988.HK +4.2%, 700.HK -1.1%\n- It rose 5. HK shares fell.",
            &[
                "9988.HK +4.2%, 700.HK -1.1%",
                "It rose 5.",
                "HK shares fell.",
            ],
        ),
        (
            "The U.S. Commerce Department said so. Then it left.",
            &["The U.S. Commerce Department said so.", "Then it left."],
        ),
        (
            "Mr. Jassy spoke on Jan. 7 at No. 1 Main St. in Seattle.",
            &["Mr. Jassy spoke on Jan. 7 at No. 1 Main St. in Seattle."],
        ),
        (
            "Andy R. Jassy runs it. J.P. Morgan agreed.",
            &["Andy R. Jassy runs it.", "J.P. Morgan agreed."],
        ),
        (
            "He said, “We are confident.” Shares rose.",
            &["He said, “We are confident.”", "Shares rose."],
        ),
        (
            "Acme Inc. said profit rose. Foo Corp. (FOO) fell.",
            &["Acme Inc. said profit rose.", "Foo Corp. (FOO) fell."],
        ),
        (
            "Headline Without Stop\nBody starts here. And ends.",
            &["Headline Without Stop", "Body starts here.", "And ends."],
        ),
        (
            "Key points:\n  • First point\n  • Second point. With two.\n- dash item\n1. numbered",
            &[
                "Key points:",
                "First point",
                "Second point.",
                "With two.",
                "dash item",
                "numbered",
            ],
        ),
        (
            "**Largest-Ever Plan** According to filings, it grew.",
            &["**Largest-Ever Plan**", "According to filings, it grew."],
        ),
        (
            "Sales rose 4%. iPhone sales were $69.1 billion. eBay fell.",
            &[
                "Sales rose 4%.",
                "iPhone sales were $69.1 billion.",
                "eBay fell.",
            ],
        ),
        (
            "Shares of e.g. iPhone makers rose.",
            &["Shares of e.g. iPhone makers rose."],
        ),
        (
            "**OpenAI** closed a $6.6 billion round.",
            &["**OpenAI** closed a $6.6 billion round."],
        ),
        (
            "**Key point:** revenue rose.",
            &["**Key point:**", "revenue rose."],
        ),
        (
            "A hard-wrapped line that goes\non in lower case. Next.",
            &["A hard-wrapped line that goes\non in lower case.", "Next."],
        ),
        (
            "SpaceX paid about\n$17 billion in the first quarter of\n2027. Next.",
            &[
                "SpaceX paid about\n$17 billion in the first quarter of\n2027.",
                "Next.",
            ],
        ),
        ("Results\n2026 outlook", &["Results", "2026 outlook"]),
        ("Para one\n\nPara two", &["Para one", "Para two"]),
        ("", &[]),
        ("   \n\n  ", &[]),
        ("Shares fell -2.1% today.", &["Shares fell -2.1% today."]),
    ];

    #[test]
    fn sentence_table() {
        for (input, expected) in CASES {
            assert_eq!(&sents(input), expected, "input: {input:?}");
        }
    }

    #[test]
    fn quiet_characters_neither_end_nor_separate() {
        for &c in QUIET_NON_ASCII {
            for text in [format!("a{c} B"), format!("a{c}B c"), format!("A {c}. x")] {
                let full: Vec<_> = text.split_sentence_bound_indices().collect();
                assert_eq!(uax29_pieces(&text), full, "{text:?}");
            }
            let text = format!("a{c} B");
            assert_eq!(text.split_sentence_bound_indices().count(), 1, "{c:?}");
        }
    }

    /// Texts where the fast pieces could go wrong.
    const PIECE_CASES: &[&str] = &[
        "One. Two! Three? Four",
        "The U.S. Commerce Department. It said \"no.\" Then (it) left.) Next",
        "It cost $26.3 billion. Then 5. The end.  Two spaces.   Three",
        "Hi.\nThere. A\u{301}. B",
        "“Quoted.” Next. ‘Single.’ Then. e.g. Lower case. x.Y. U.S.A. Go",
        "Wait... What?! Really?? Yes.) No.] Maybe.' Sure.\" Ok",
        "Line one\r\nLine two. Done。 Next",
        "Mr. Jassy said. 5. B. .A. ..B",
        ". \"",
        "x. \" Y",
    ];

    #[test]
    fn fast_pieces_match_the_unicode_segmenter() {
        for text in PIECE_CASES {
            let full: Vec<_> = text.split_sentence_bound_indices().collect();
            assert_eq!(uax29_pieces(text), full, "{text:?}");
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(5000))]
        #[test]
        fn fast_pieces_match_on_random_text(
            parts in proptest::collection::vec(proptest::sample::select(vec![
                ".", "!", "?", " ", "  ", "\n", "\r", "A", "a", "U", "5", "\"", "'", ")", "]",
                "(", "“", "”", "‘", "’", "\u{301}", "\u{200b}", "\u{2028}", "。", "é", "—", "word",
                "The", "x.y", "…",
            ]), 0..16)
        ) {
            let text: String = parts.concat();
            let full: Vec<_> = text.split_sentence_bound_indices().collect();
            proptest::prop_assert_eq!(uax29_pieces(&text), full);
        }
    }

    #[test]
    fn paragraphs_are_counted() {
        let text = "One. Two.\n\nThree.\n\n\nFour.";
        let p: Vec<usize> = segment(text).iter().map(|s| s.paragraph).collect();
        assert_eq!(p, vec![0, 0, 1, 2]);
    }

    #[test]
    fn spans_are_on_char_boundaries_and_trimmed() {
        let text = "  “Ünïcödé” — é. ✓ item\n\n 🧠 Brain. ";
        for s in segment(text) {
            let piece = &text[s.start..s.end];
            assert_eq!(piece, piece.trim());
            assert!(!piece.is_empty());
        }
    }

    #[test]
    fn shifting_input_shifts_spans() {
        let base = "Amazon spent $26.3 billion. It plans more.";
        let a = segment(base);
        for prefix in ["x ", "é "] {
            let shifted = format!("{prefix}{base}");
            let b = segment(&shifted);
            assert_eq!(a.len(), b.len());
            let off = prefix.len();
            // The first sentence absorbs the prefix; the second moves by its length.
            assert_eq!(b[1].start, a[1].start + off);
            assert_eq!(&shifted[b[1].start..b[1].end], &base[a[1].start..a[1].end]);
        }
    }
}

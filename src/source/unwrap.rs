//! Hard-wrapped paragraphs made whole again: e-mail, wire dumps and text
//! taken from PDFs break every line at a fixed width, mid-sentence ("AWS
//! had added more than\n3.9 gigawatts"). A line break there is no sentence
//! or clause boundary, and the recognizers, which read "3.9 gigawatts" with
//! a space, would miss the figure, its qualifier or its company.
//!
//! A paragraph (lines between blank lines) counts as wrapped when it has
//! three lines or more, every line but the last is 40 to 110 characters
//! long, the longest and shortest of those differ by at most 30, and no
//! line opens a list. Its line breaks become spaces, byte for byte, so
//! every offset stays where it was; the change is named in `repairs`
//! ("normalize:unwrapped_lines"). Headlines, bullet lists and digests,
//! whose lines are short or uneven, keep their breaks.

/// Fewest lines of a wrapped paragraph.
const MIN_LINES: usize = 3;
/// Length bounds, in characters, of the lines before a paragraph's last.
const MIN_WIDTH: usize = 40;
const MAX_WIDTH: usize = 110;
/// Most difference between the longest and shortest of those lines.
const MAX_SPREAD: usize = 30;

/// The text with the line breaks of its wrapped paragraphs made spaces, or
/// `None` when no paragraph is wrapped.
pub fn unwrap(text: &str, repairs: &mut Vec<String>) -> Option<String> {
    let bytes = text.as_bytes();
    let mut breaks: Vec<usize> = Vec::new();
    let mut para: Vec<(usize, usize)> = Vec::new();
    let mut line_start = 0;
    let flush = |para: &mut Vec<(usize, usize)>, breaks: &mut Vec<usize>| {
        if wrapped(text, para) {
            // The break after each line but the last, and a '\r' before it.
            for &(_, end) in &para[..para.len() - 1] {
                breaks.push(end);
            }
        }
        para.clear();
    };
    for nl in memchr::memchr_iter(b'\n', bytes).chain(std::iter::once(bytes.len())) {
        let end = if nl > line_start && bytes[nl - 1] == b'\r' {
            nl - 1
        } else {
            nl
        };
        if text[line_start..end].trim().is_empty() {
            flush(&mut para, &mut breaks);
        } else {
            para.push((line_start, end));
        }
        line_start = nl + 1;
    }
    flush(&mut para, &mut breaks);
    if breaks.is_empty() {
        return None;
    }
    let mut out = text.as_bytes().to_vec();
    for end in breaks {
        // From the line's end through its '\n' ('\r\n' is two spaces).
        let mut k = end;
        while k < out.len() && (out[k] == b'\r' || out[k] == b'\n') {
            out[k] = b' ';
            if bytes[k] == b'\n' {
                break;
            }
            k += 1;
        }
    }
    repairs.push("normalize:unwrapped_lines".to_string());
    // Only ASCII line-break bytes were replaced by ASCII spaces.
    String::from_utf8(out).ok()
}

/// Whether the lines of a paragraph are wrapped at a fixed width.
fn wrapped(text: &str, lines: &[(usize, usize)]) -> bool {
    if lines.len() < MIN_LINES {
        return false;
    }
    let (mut shortest, mut longest) = (usize::MAX, 0);
    for &(s, e) in &lines[..lines.len() - 1] {
        let line = text[s..e].trim_end();
        let width = line.chars().count();
        if !(MIN_WIDTH..=MAX_WIDTH).contains(&width) {
            return false;
        }
        shortest = shortest.min(width);
        longest = longest.max(width);
    }
    longest - shortest <= MAX_SPREAD
        && lines
            .iter()
            .all(|&(s, e)| !opens_list(&text[s..e]) && !column_gap(&text[s..e]))
}

/// Whether a line sets text in columns ("Revenue      $ 1,234    $ 1,100"):
/// a tab, or three spaces or more, inside it. A results table's rows are
/// no wrapped paragraph, however even their widths; and a long line
/// without columns ends the table a unit note governs (`recognize::money`).
pub(crate) fn column_gap(line: &str) -> bool {
    let inner = line.trim();
    inner.contains('\t') || inner.contains("   ")
}

/// Whether a line opens a list item: a bullet, or a number and a stop.
fn opens_list(line: &str) -> bool {
    let line = line.trim_start();
    if line.starts_with(['-', '*', '•', '·', '–', '—', '>', '|', '#']) {
        return true;
    }
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    digits > 0 && digits <= 2 && line[digits..].starts_with([')', '.']) && {
        line[digits + 1..].starts_with(' ')
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str) -> Option<String> {
        unwrap(text, &mut Vec::new())
    }

    #[test]
    fn wrapped_paragraphs_are_joined_offsets_kept() {
        let text = "Amazon results\n\n\
            Amazon Web Services now has a backlog of about $142 billion, and\n\
            AWS had added more than 3.9 gigawatts of power in the past year,\n\
            the company said on Thursday, as it cut 16,000\n\
            corporate jobs.\n\nShort line.\nAnother.";
        let out = run(text).expect("a wrapped paragraph");
        assert_eq!(out.len(), text.len());
        assert!(out.contains("about $142 billion, and AWS had added"));
        assert!(out.contains("16,000 corporate jobs."));
        assert!(out.starts_with("Amazon results\n\n"));
        assert!(out.ends_with("\n\nShort line.\nAnother."));
    }

    #[test]
    fn crlf_breaks_become_two_spaces() {
        let line = "x".repeat(60);
        let text = format!("{line}\r\n{line}\r\n{line}\r\nend");
        let out = run(&text).expect("wrapped");
        assert_eq!(out, format!("{line}  {line}  {line}  end"));
    }

    #[test]
    fn headlines_lists_and_uneven_lines_stay() {
        let long = "Amazon will spend more than $100 billion this year on data centres";
        for text in [
            // Too few lines.
            format!("{long}\n{long}"),
            // A list.
            format!("- {long}\n- {long}\n- {long}"),
            format!("1. {long}\n2. {long}\n3. {long}"),
            // Uneven: a short headline before long lines.
            format!("Amazon spends big\n{long}\n{long}\n{long}"),
            // Lines longer than any wrap width.
            format!("{long} {long}\n{long} {long}\n{long}"),
            // A results table's rows, set in columns.
            "Revenue                          $      1,234    $      1,100\n\
             Operating income                 $        210    $        180\n\
             Net income                       $        150    $        120"
                .to_string(),
        ] {
            assert_eq!(run(&text), None, "{text:?}");
        }
    }
}

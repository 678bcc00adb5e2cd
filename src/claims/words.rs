//! Word and span helpers the rules share: cheap look-ups that run for every
//! party and figure, written once so every rule reads words the same way,
//! and marked `#[inline]` because every claims module calls them.

use crate::analysis::Span;

/// Whether `span` lies inside one of `sorted` (non-overlapping, by start).
#[inline]
pub(super) fn inside_any(sorted: &[Span], span: Span) -> bool {
    let i = sorted.partition_point(|f| f.start <= span.start);
    i > 0 && sorted[i - 1].contains(&span)
}

/// The items of `sorted` (by start) that start inside `window`.
#[inline]
pub(super) fn within<T>(sorted: &[T], window: Span, start: impl Fn(&T) -> usize) -> &[T] {
    let a = sorted.partition_point(|x| start(x) < window.start);
    let b = sorted.partition_point(|x| start(x) < window.end);
    &sorted[a..b.max(a)]
}

#[inline]
pub(super) fn first_word(s: &str) -> Option<&str> {
    let end = s
        .char_indices()
        .find(|&(_, c)| !(c.is_alphanumeric() || c == '-'))
        .map_or(s.len(), |(i, _)| i);
    let w = &s[..end];
    (!w.is_empty()).then_some(w)
}

/// The entry of a lower-case word list that `word` is, in any case.
#[inline]
pub(super) fn listed(word: &str, list: &[&'static str]) -> Option<&'static str> {
    if word.is_ascii() {
        // Length and first letter turn away almost every entry before a
        // whole comparison.
        let (len, first) = (word.len(), word.as_bytes().first()?.to_ascii_lowercase());
        list.iter().copied().find(|w| {
            w.len() == len
                && w.as_bytes().first().map(u8::to_ascii_lowercase) == Some(first)
                && w.eq_ignore_ascii_case(word)
        })
    } else {
        let lower = word.to_lowercase();
        list.iter().copied().find(|w| *w == lower)
    }
}

/// The last word of `s`, past markdown emphasis ("raised to **").
#[inline]
pub(super) fn last_word(s: &str) -> Option<&str> {
    last_word_in(unemphasized_end(s))
}

/// The last word of a text already trimmed at its end.
#[inline]
fn last_word_in(trimmed: &str) -> Option<&str> {
    // Bytes back while ASCII, the common case; chars once past one that
    // is not.
    let b = trimmed.as_bytes();
    let mut i = b.len();
    while i > 0 {
        let c = b[i - 1];
        if c.is_ascii_alphanumeric() || c == b'.' || c == b'-' {
            i -= 1;
        } else if c.is_ascii() {
            let w = &trimmed[i..];
            return (!w.is_empty()).then_some(w);
        } else {
            break;
        }
    }
    if i == 0 {
        return (!trimmed.is_empty()).then_some(trimmed);
    }
    let start = trimmed
        .char_indices()
        .rev()
        .find(|(_, c)| !(c.is_alphanumeric() || *c == '.' || *c == '-'))
        .map(|(i, c)| i + c.len_utf8())
        .unwrap_or(0);
    let w = &trimmed[start..];
    (!w.is_empty()).then_some(w)
}

/// The last word of `s` ([`last_word`]) and the text before it, trimmed at
/// its end: how the rules step back word by word ("acquired by", "analysts
/// at", "from the").
#[inline]
pub(super) fn split_last_word(s: &str) -> Option<(&str, &str)> {
    let trimmed = unemphasized_end(s);
    let w = last_word_in(trimmed)?;
    Some((trimmed[..trimmed.len() - w.len()].trim_end(), w))
}

/// `s` without the spaces and markdown emphasis marks at its end.
#[inline]
fn unemphasized_end(s: &str) -> &str {
    let t = s.trim_end();
    if matches!(t.as_bytes().last(), Some(b'*' | b'_')) {
        t.trim_end_matches(super::EMPHASIS).trim_end()
    } else {
        t
    }
}

#[inline]
pub(super) fn dedup(v: &mut Vec<String>) {
    // The first of each kept, in place: lists are a few names long.
    let mut i = 0;
    while i < v.len() {
        if v[..i].contains(&v[i]) {
            v.remove(i);
        } else {
            i += 1;
        }
    }
}

/// The word after each `sep` in `s` ("" where none follows).
#[inline]
pub(super) fn words_after<'a>(s: &'a str, sep: &'a str) -> impl Iterator<Item = &'a str> + 'a {
    s.match_indices(sep)
        .map(move |(i, _)| s[i + sep.len()..].split(' ').next().unwrap_or(""))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The byte-wise look back finds the word a char-wise one does, past
    /// letters outside ASCII and markdown emphasis.
    #[test]
    fn last_words_as_chars_read_them() {
        fn by_chars(s: &str) -> Option<&str> {
            let t = unemphasized_end(s);
            let start = t
                .char_indices()
                .rev()
                .find(|(_, c)| !(c.is_alphanumeric() || *c == '.' || *c == '-'))
                .map_or(0, |(i, c)| i + c.len_utf8());
            Some(&t[start..]).filter(|w| !w.is_empty())
        }
        for s in [
            "",
            " ",
            "raised to",
            "raised to **",
            "at Nestlé",
            "naïve",
            "Nestlé's",
            "€5",
            "“quoted”",
            "U.S.",
            "the co-founder",
            "42",
            "end,",
            "emoji 🟢",
            "Zürich AG ",
        ] {
            assert_eq!(last_word(s), by_chars(s), "{s:?}");
        }
        assert_eq!(split_last_word("raised to **"), Some(("raised", "to")));
    }
}

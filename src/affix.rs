//! Prefix and suffix tests for the word tables the recognizers check at
//! every figure and name (currency symbols and words, qualifiers,
//! honorifics, legal suffixes). A table of dozens of entries is tried in
//! turn, and nearly every entry fails on its first or last byte; comparing
//! that byte before the rest spares a call to `memcmp` per entry, which on
//! short strings cost more than the comparison.

/// `s.strip_prefix(prefix)`, deciding on the first byte when it can.
#[inline]
pub fn strip_prefix<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    match (s.as_bytes().first(), prefix.as_bytes().first()) {
        (Some(a), Some(b)) if a != b => None,
        _ => s.strip_prefix(prefix),
    }
}

/// `s.strip_suffix(suffix)`, deciding on the last byte when it can.
#[inline]
pub fn strip_suffix<'a>(s: &'a str, suffix: &str) -> Option<&'a str> {
    match (s.as_bytes().last(), suffix.as_bytes().last()) {
        (Some(a), Some(b)) if a != b => None,
        _ => s.strip_suffix(suffix),
    }
}

/// `s.starts_with(prefix)`, deciding on the first byte when it can.
#[inline]
pub fn starts_with(s: &str, prefix: &str) -> bool {
    strip_prefix(s, prefix).is_some()
}

/// `s.ends_with(suffix)`, deciding on the last byte when it can.
#[inline]
pub fn ends_with(s: &str, suffix: &str) -> bool {
    bytes_end_with(s.as_bytes(), suffix.as_bytes())
}

/// Whether `s` ends with the ASCII `suffix`, ignoring ASCII case: the
/// word before a figure ("between", "plus or minus"), read from the end
/// only, as this runs at every figure.
#[inline]
pub fn ends_with_ignore_case(s: &str, suffix: &str) -> bool {
    let (s, suffix) = (s.as_bytes(), suffix.as_bytes());
    s.len() >= suffix.len() && s[s.len() - suffix.len()..].eq_ignore_ascii_case(suffix)
}

/// Whether `s` starts with the ASCII `prefix`, ignoring ASCII case: the
/// phrase right after a figure or word ("per share", "will ship").
#[inline]
pub fn starts_with_ignore_case(s: &str, prefix: &str) -> bool {
    s.as_bytes()
        .get(..prefix.len())
        .is_some_and(|h| h.eq_ignore_ascii_case(prefix.as_bytes()))
}

/// [`ends_with`] on bytes (text lower-cased into a buffer).
#[inline]
pub fn bytes_end_with(s: &[u8], suffix: &[u8]) -> bool {
    match (s.last(), suffix.last()) {
        (Some(a), Some(b)) if a != b => false,
        _ => s.ends_with(suffix),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// The same answers as the standard library's.
        #[test]
        fn as_the_standard_library(s in "[ab é]{0,6}", t in "[ab é]{0,3}") {
            proptest::prop_assert_eq!(strip_prefix(&s, &t), s.strip_prefix(t.as_str()));
            proptest::prop_assert_eq!(strip_suffix(&s, &t), s.strip_suffix(t.as_str()));
            proptest::prop_assert_eq!(starts_with(&s, &t), s.starts_with(t.as_str()));
            proptest::prop_assert_eq!(ends_with(&s, &t), s.ends_with(t.as_str()));
        }

        /// The same answers as lower-casing both (suffixes are ASCII).
        #[test]
        fn ignoring_case_as_lowercasing(s in "[aBé ]{0,8}", t in "[abAB ]{0,3}") {
            proptest::prop_assert_eq!(
                ends_with_ignore_case(&s, &t),
                s.to_ascii_lowercase().ends_with(&t.to_ascii_lowercase())
            );
        }
    }
}

//! Text in: UTF-8 checks and what must hold before anything is analysed.

pub mod html;
pub mod normalize;
pub mod repair;
pub mod unwrap;

use crate::error::Error;

/// Repairs what can be proven damaged (mojibake), then normalizes what
/// hurts matching (space look-alikes, zero-width characters, typographic
/// quotes), recording each change by name. The returned text is the one
/// every span points into.
pub fn repaired(text: String, repairs: &mut Vec<String>) -> String {
    let text = match repair::repair(&text) {
        Some(r) => {
            repairs.extend(r.names);
            r.text
        }
        None => text,
    };
    let text = normalize::normalize(&text, repairs).unwrap_or(text);
    unwrap::unwrap(&text, repairs).unwrap_or(text)
}

/// The position of the first byte outside ASCII. Runs of 32 bytes are
/// passed over with `is_ascii`, which reads a word at a time: English
/// news is nearly all ASCII, and normalization, mojibake repair and
/// sentence splitting each look for the few characters outside it.
pub(crate) fn first_non_ascii(bytes: &[u8]) -> Option<usize> {
    let mut at = 0;
    for run in bytes.chunks(32) {
        if !run.is_ascii() {
            return run.iter().position(|b| !b.is_ascii()).map(|k| at + k);
        }
        at += run.len();
    }
    None
}

/// Checks that bytes are UTF-8 text, naming the first bad byte.
pub fn decode(bytes: &[u8]) -> Result<&str, Error> {
    std::str::from_utf8(bytes).map_err(|e| Error::InvalidUtf8 {
        offset: e.valid_up_to(),
    })
}

/// Decodes bytes, replacing invalid sequences with U+FFFD. Returns the text
/// and whether anything was replaced.
pub fn decode_lossy(bytes: &[u8]) -> (String, bool) {
    match String::from_utf8_lossy(bytes) {
        std::borrow::Cow::Borrowed(s) => (s.to_string(), false),
        std::borrow::Cow::Owned(s) => (s, true),
    }
}

/// Decodes bytes of whatever encoding scraped pages come in: a byte-order
/// mark names UTF-8 or UTF-16 (little or big endian); without one, UTF-8
/// when the bytes are valid UTF-8, else Windows-1252 (the code page Western
/// pages were written in, whose every byte decodes). Returns the text and
/// the name of the encoding when it was not plain UTF-8 (for `repairs`).
/// Bytes with a NUL and no UTF-16 mark are binary, whatever else they are.
pub fn decode_any(bytes: &[u8]) -> Result<(String, Option<&'static str>), Error> {
    use encoding_rs::{UTF_16BE, UTF_16LE, WINDOWS_1252};
    let utf16 = match bytes {
        [0xFF, 0xFE, ..] => Some((UTF_16LE, "decoded:utf-16le")),
        [0xFE, 0xFF, ..] => Some((UTF_16BE, "decoded:utf-16be")),
        _ => None,
    };
    if let Some((encoding, name)) = utf16 {
        let (text, _) = encoding.decode_with_bom_removal(bytes);
        return Ok((text.into_owned(), Some(name)));
    }
    let head = &bytes[..bytes.len().min(8192)];
    if let Some(offset) = head.iter().position(|&b| b == 0) {
        return Err(Error::NotText {
            offset,
            what: "NUL byte",
        });
    }
    let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(body) {
        Ok(text) => Ok((text.to_string(), None)),
        Err(_) => {
            let (text, _, _) = WINDOWS_1252.decode(body);
            Ok((text.into_owned(), Some("decoded:windows-1252")))
        }
    }
}

/// Rejects text that is really binary: any NUL, or a high share of control
/// characters in the first 8 KiB.
pub fn check_text(text: &str) -> Result<(), Error> {
    if let Some(offset) = text.find('\0') {
        return Err(Error::NotText {
            offset,
            what: "NUL byte",
        });
    }
    let head = &text[..crate::numbers::floor_char_boundary(text, 8192)];
    // Counted on bytes, which is several times faster than on chars:
    // characters are the bytes that are not UTF-8 continuations, and the
    // control characters are C0 and DEL (one byte) and C1 (0xC2 0x80..0x9F).
    let bytes = head.as_bytes();
    let c0 = |b: u8| (b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c)) || b == 0x7f;
    let c1 = |w: &[u8]| w[0] == 0xC2 && (0x80..0xA0).contains(&w[1]);
    // One branch-free pass the compiler vectorizes: byte counters, emptied
    // into the totals every 255 bytes before they can overflow. Where the
    // first control is only matters when there are enough of them.
    let (mut total, mut controls) = (0usize, 0usize);
    for chunk in bytes.chunks(255) {
        let (mut t, mut c) = (0u8, 0u8);
        for &b in chunk {
            t += u8::from(b & 0xC0 != 0x80);
            c += u8::from(c0(b));
        }
        total += usize::from(t);
        controls += usize::from(c);
    }
    if bytes.contains(&0xC2) {
        controls += bytes.windows(2).filter(|w| c1(w)).count();
    }
    let first = (total >= 16 && controls * 10 > total)
        .then(|| {
            let a = bytes.iter().position(|&b| c0(b));
            let b = bytes.windows(2).position(c1);
            a.into_iter().chain(b).min()
        })
        .flatten();
    if total >= 16 && controls * 10 > total {
        return Err(Error::NotText {
            offset: first.unwrap_or(0),
            what: "control characters",
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodings_are_sniffed() {
        let utf16le: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("Amazon $5bn".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        assert_eq!(
            decode_any(&utf16le).unwrap(),
            ("Amazon $5bn".to_string(), Some("decoded:utf-16le"))
        );
        let utf16be: Vec<u8> = [0xFE, 0xFF]
            .into_iter()
            .chain("€5".encode_utf16().flat_map(u16::to_be_bytes))
            .collect();
        assert_eq!(decode_any(&utf16be).unwrap().0, "€5");
        // Windows-1252 curly quotes and euro sign, invalid as UTF-8.
        assert_eq!(
            decode_any(b"\x93Quoted\x94 \x805bn").unwrap(),
            (
                "\u{201c}Quoted\u{201d} \u{20ac}5bn".to_string(),
                Some("decoded:windows-1252")
            )
        );
        assert_eq!(
            decode_any(b"\xEF\xBB\xBFplain").unwrap(),
            ("plain".to_string(), None)
        );
        assert!(matches!(
            decode_any(b"ELF\x00\x01"),
            Err(Error::NotText { offset: 3, .. })
        ));
    }

    #[test]
    fn invalid_utf8_names_the_byte() {
        let err = decode(b"ok \xff bad").unwrap_err();
        assert_eq!(err, Error::InvalidUtf8 { offset: 3 });
        assert!(err.to_string().contains("at byte 3"));
    }

    #[test]
    fn binary_is_not_text() {
        assert!(matches!(
            check_text("a\0b"),
            Err(Error::NotText { offset: 1, .. })
        ));
        let junk: String = (0..100).map(|i| char::from(i as u8 % 8 + 1)).collect();
        assert!(check_text(&junk).is_err());
        assert!(check_text("Plain text.\n\tIndented.").is_ok());
    }

    /// The byte counts give the verdict and offset of a count over chars.
    fn by_chars(text: &str) -> Result<(), Error> {
        if let Some(offset) = text.find('\0') {
            return Err(Error::NotText {
                offset,
                what: "NUL byte",
            });
        }
        let head = &text[..crate::numbers::floor_char_boundary(text, 8192)];
        // C0, DEL and C1 are the controls (Unicode category Cc).
        let control = |c: char| c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}');
        let total = head.chars().count();
        let controls = head.chars().filter(|&c| control(c)).count();
        if total >= 16 && controls * 10 > total {
            return Err(Error::NotText {
                offset: head.find(control).unwrap_or(0),
                what: "control characters",
            });
        }
        Ok(())
    }

    proptest::proptest! {
        /// The run-skipping search finds the first byte outside ASCII.
        #[test]
        fn first_non_ascii_is_the_first(text in "[a -~é—🧠]{0,100}") {
            let want = text.bytes().position(|b| !b.is_ascii());
            proptest::prop_assert_eq!(first_non_ascii(text.as_bytes()), want);
        }

        #[test]
        fn byte_counts_agree_with_char_counts(
            parts in proptest::collection::vec(proptest::sample::select(vec![
                "a", "word ", "\n", "\t", "\u{1}", "\u{7f}", "\u{85}", "\u{9f}", "\u{a0}",
                "©", "é", "\u{c}", "\u{1b}", "\u{2028}", "—",
            ]), 0..60)
        ) {
            let text: String = parts.concat();
            proptest::prop_assert_eq!(check_text(&text), by_chars(&text));
        }
    }

    #[test]
    fn lossy_decoding_reports_replacement() {
        assert_eq!(decode_lossy(b"a\xffb"), ("a\u{fffd}b".to_string(), true));
        assert_eq!(decode_lossy(b"ab"), ("ab".to_string(), false));
    }
}

//! Normalization of characters that hurt matching but carry no meaning:
//! space look-alikes, invisible zero-width characters, typographic
//! apostrophes and quotes, the minus sign.
//!
//! It runs before anything is analysed, so every span points into the
//! normalized text that [`crate::Analysis::text`] returns: offsets never
//! refer to text the caller cannot see. Each kind of change is named in
//! `repairs` ("normalize:spaces", "normalize:zero_width",
//! "normalize:quotes", "normalize:minus"). Dashes are left alone: en and em
//! dashes separate clauses and ranges, and the recognizers read them as
//! such. The zero-width joiner stays too: emoji sequences need it.

/// What a character becomes, and the repair it counts as.
fn map(c: char) -> Option<(Option<char>, &'static str)> {
    Some(match c {
        '\u{a0}' | '\u{2002}'..='\u{200a}' | '\u{202f}' | '\u{205f}' => {
            (Some(' '), "normalize:spaces")
        }
        '\u{200b}' | '\u{2060}' | '\u{feff}' | '\u{ad}' => (None, "normalize:zero_width"),
        '\u{2018}' | '\u{2019}' | '\u{201b}' | '\u{2032}' => (Some('\''), "normalize:quotes"),
        '\u{201c}' | '\u{201d}' | '\u{201f}' | '\u{2033}' => (Some('"'), "normalize:quotes"),
        '\u{2212}' => (Some('-'), "normalize:minus"),
        _ => return None,
    })
}

/// The normalized text, or None when nothing needed changing (the common
/// case costs one scan and no allocation). Repair names are appended once
/// each, in a fixed order.
pub fn normalize(text: &str, repairs: &mut Vec<String>) -> Option<String> {
    // Every mapped character is non-ASCII: only those are looked at, and
    // the ASCII between them is copied in bulk.
    let non_ascii =
        |from: usize| super::first_non_ascii(&text.as_bytes()[from..]).map(|off| from + off);
    // Allocated at the first character that changes, so text that needs
    // nothing costs one scan.
    let mut out: Option<String> = None;
    let mut seen: Vec<&'static str> = Vec::new();
    let mut copied = 0;
    let mut pos = 0;
    while let Some(i) = non_ascii(pos) {
        let Some(c) = text[i..].chars().next() else {
            break;
        };
        pos = i + c.len_utf8();
        if let Some((to, name)) = map(c) {
            let out = out.get_or_insert_with(|| String::with_capacity(text.len()));
            out.push_str(&text[copied..i]);
            copied = pos;
            if !seen.contains(&name) {
                seen.push(name);
            }
            if let Some(t) = to {
                out.push(t);
            }
        }
    }
    let mut out = out?;
    out.push_str(&text[copied..]);
    for name in [
        "normalize:spaces",
        "normalize:zero_width",
        "normalize:quotes",
        "normalize:minus",
    ] {
        if seen.contains(&name) {
            repairs.push(name.to_string());
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Input, normalized text, repairs.
    const CASES: &[(&str, &str, &[&str])] = &[
        ("plain ASCII", "plain ASCII", &[]),
        ("$7\u{a0}billion", "$7 billion", &["normalize:spaces"]),
        (
            "$7\u{200b} billion",
            "$7 billion",
            &["normalize:zero_width"],
        ),
        (
            "Amazon’s “plan”",
            "Amazon's \"plan\"",
            &["normalize:quotes"],
        ),
        ("fell \u{2212}2.1%", "fell -2.1%", &["normalize:minus"]),
        (
            "5\u{202f}%\u{ad}",
            "5 %",
            &["normalize:spaces", "normalize:zero_width"],
        ),
        ("2023–2025 — said", "2023–2025 — said", &[]),
        (
            "👩\u{200d}💻 Ελληνικά ภาษาไทย café",
            "👩\u{200d}💻 Ελληνικά ภาษาไทย café",
            &[],
        ),
    ];

    #[test]
    fn normalization_table() {
        for (input, want, names) in CASES {
            let mut repairs = Vec::new();
            let got = normalize(input, &mut repairs).unwrap_or_else(|| input.to_string());
            assert_eq!(&got, want, "input {input:?}");
            assert_eq!(&repairs, names, "input {input:?}");
        }
    }

    proptest::proptest! {
        /// The bulk-copying scan gives what mapping every character would.
        #[test]
        fn same_as_mapping_each_character(
            text in "[a-z $%\u{a0}\u{200b}\u{2019}\u{201c}\u{2212}é🧠—]{0,120}"
        ) {
            let want: String = text
                .chars()
                .filter_map(|c| match map(c) {
                    Some((to, _)) => to,
                    None => Some(c),
                })
                .collect();
            let got = normalize(&text, &mut Vec::new()).unwrap_or_else(|| text.clone());
            proptest::prop_assert_eq!(got, want);
        }
    }
}

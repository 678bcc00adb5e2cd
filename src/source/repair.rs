//! Undoes mojibake: UTF-8 that was decoded with a single-byte code page.
//!
//! Every UTF-8 sequence for a non-ASCII character is made only of bytes
//! 0x80 and up, so mojibake is a run of characters that a code page maps to
//! high bytes. For each run we take those bytes back and read them as UTF-8.
//! Two code-page families are tried:
//!
//! * **Windows-874** (Thai), with bytes 0x80-0x9F read as Windows-1252, the
//!   way browsers and many pipelines mix them (`๐Ÿ§ ` for 🧠, `โ€ข` for •);
//! * **Windows-1252 / Latin-1** (`Ã©` for é, `â€™` for ’).
//!
//! Bytes that neither code page defines (0x81, 0x8D, 0x8F, 0x90, 0x9D) are
//! often dropped on the way. A sequence one byte short is rebuilt by trying
//! those five bytes at each position: the one emoji among the candidates,
//! VS16 after an emoji, or U+FFFD when several characters remain possible.
//!
//! Only what is provably mojibake changes. A sequence counts as proof when
//! its bytes hold a 0x80-0x9F byte (a curly quote or `€` glued to a Thai
//! vowel or to `Ã`/`Â`: no language writes that) and it decodes to a
//! character of the expected ranges (Latin, Greek, Cyrillic, punctuation,
//! symbols, emoji). Weaker sequences are repaired only in a document that
//! already holds proof, and never inside a run that also holds letters that
//! did not decode (genuine Thai or accented words).

use encoding_rs::{Encoding, WINDOWS_1252, WINDOWS_874};
use once_cell::sync::Lazy;

/// Bytes undefined in both Windows-874 and Windows-1252: the ones a
/// decoder drops.
const UNDEFINED: [u8; 5] = [0x81, 0x8D, 0x8F, 0x90, 0x9D];

/// A code-page family: which character came from which high byte.
struct CodePage {
    name: &'static str,
    /// Characters to bytes, sorted by character, for binary search.
    map: Vec<(char, u8)>,
    /// First UTF-8 bytes of the characters that stand for a UTF-8 lead
    /// byte. Every repair starts at one of those characters, so a text
    /// without any of these bytes (most clean text, whose curly quotes
    /// and dashes are other characters) has nothing to repair.
    leads: [bool; 256],
    /// The same bytes as a list: there are one or two, and a vectorized
    /// search for them skips a text faster than a table look-up per byte.
    lead_bytes: Vec<u8>,
}

impl CodePage {
    fn byte(&self, c: char) -> Option<u8> {
        self.map
            .binary_search_by_key(&c, |&(k, _)| k)
            .ok()
            .map(|i| self.map[i].1)
    }
}

/// Builds the reverse table of a code page from `encoding_rs`, with bytes
/// 0x80-0x9F taken from Windows-1252 where the page leaves them undefined,
/// and C1 controls standing for their own byte (the Latin-1 reading).
fn code_page(name: &'static str, base: &'static Encoding) -> CodePage {
    let mut map = Vec::with_capacity(160);
    for b in 0x80u8..=0xFF {
        let mut decoded = None;
        for enc in [base, WINDOWS_1252] {
            let one = [b];
            let (s, had_errors) = enc.decode_without_bom_handling(&one);
            let c = s.chars().next();
            if had_errors || c == Some('\u{FFFD}') {
                continue;
            }
            if c.is_some_and(|c| ('\u{80}'..='\u{9F}').contains(&c)) && enc == base {
                // The base page leaves it undefined: try Windows-1252.
                continue;
            }
            decoded = c;
            break;
        }
        if let Some(c) = decoded {
            map.push((c, b));
        }
        if (0x80..=0x9F).contains(&b) {
            map.push((char::from(b), b));
        }
    }
    map.sort_unstable();
    map.dedup_by_key(|&mut (c, _)| c);
    let mut leads = [false; 256];
    for &(c, b) in &map {
        if utf8_len(b).is_some() {
            let mut buf = [0u8; 4];
            leads[usize::from(c.encode_utf8(&mut buf).as_bytes()[0])] = true;
        }
    }
    let lead_bytes = (0..=255u8).filter(|&b| leads[usize::from(b)]).collect();
    CodePage {
        name,
        map,
        leads,
        lead_bytes,
    }
}

static CP874: Lazy<CodePage> = Lazy::new(|| code_page("cp874", WINDOWS_874));
static CP1252: Lazy<CodePage> = Lazy::new(|| code_page("cp1252", WINDOWS_1252));

/// What [`repair`] did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Repair {
    pub text: String,
    /// Repair names for [`crate::Analysis::repairs`]: `mojibake:cp874`,
    /// `mojibake:cp1252`, and `mojibake:lost_bytes` when dropped bytes were
    /// rebuilt or replaced.
    pub names: Vec<String>,
}

/// Repairs mojibake in `text`, or returns `None` when there is none to
/// prove. Runs at most three rounds, for text that was mis-decoded twice.
pub fn repair(text: &str) -> Option<Repair> {
    let mut current: Option<String> = None;
    let mut names: Vec<String> = Vec::new();
    for _ in 0..3 {
        let input = current.as_deref().unwrap_or(text);
        let Some((fixed, round)) = repair_once(input) else {
            break;
        };
        for n in round {
            if !names.contains(&n) {
                names.push(n);
            }
        }
        current = Some(fixed);
    }
    current.map(|text| Repair { text, names })
}

/// One piece of a run: bytes read back as one character, or a character
/// that stays as it is.
#[derive(Debug, Clone, Copy)]
enum Piece {
    Fixed {
        /// Byte range of the damaged text.
        start: usize,
        end: usize,
        to: char,
        strong: bool,
        lost_byte: bool,
    },
    Literal {
        letter: bool,
    },
}

struct Plan {
    runs: Vec<Vec<Piece>>,
    strong: usize,
}

fn repair_once(text: &str) -> Option<(String, Vec<String>)> {
    let plans = [
        (&*CP874, plan(text, &CP874)),
        (&*CP1252, plan(text, &CP1252)),
    ];
    let (page, best) = plans.into_iter().max_by_key(|(_, p)| p.strong)?;
    if best.strong == 0 {
        return None;
    }
    let mut out = String::with_capacity(text.len());
    let mut pos = 0;
    let mut lost = false;
    let mut changed = false;
    for run in &best.runs {
        let has_letters = run
            .iter()
            .any(|p| matches!(p, Piece::Literal { letter: true }));
        for piece in run {
            if let Piece::Fixed {
                start,
                end,
                to,
                strong,
                lost_byte,
            } = *piece
            {
                if !strong && has_letters {
                    continue;
                }
                out.push_str(&text[pos..start]);
                out.push(to);
                pos = end;
                lost |= lost_byte;
                changed = true;
            }
        }
    }
    if !changed {
        return None;
    }
    out.push_str(&text[pos..]);
    let mut names = vec![format!("mojibake:{}", page_name(page, text))];
    if lost {
        names.push("mojibake:lost_bytes".to_string());
    }
    Some((out, names))
}

/// `cp1252` text that holds C1 controls instead of 1252's punctuation was
/// really read as Latin-1.
fn page_name(page: &CodePage, text: &str) -> &'static str {
    if page.name == "cp1252" && text.chars().any(|c| ('\u{80}'..='\u{9F}').contains(&c)) {
        "latin1"
    } else {
        page.name
    }
}

/// Finds the runs of high-byte characters and reads each back as UTF-8.
fn plan(text: &str, page: &CodePage) -> Plan {
    if !may_hold_mojibake(text, page) {
        return Plan {
            runs: Vec::new(),
            strong: 0,
        };
    }
    let mut runs = Vec::new();
    let mut strong = 0;
    let mut run: Vec<(usize, char, u8)> = Vec::new();
    let mut flush = |run: &mut Vec<(usize, char, u8)>| {
        if !run.is_empty() {
            let pieces = read_run(run, text, page);
            strong += pieces
                .iter()
                .filter(|p| matches!(p, Piece::Fixed { strong: true, .. }))
                .count();
            if pieces.iter().any(|p| matches!(p, Piece::Fixed { .. })) {
                runs.push(pieces);
            }
            run.clear();
        }
    };
    // Runs are made of non-ASCII characters only: jump from one to the
    // next over the ASCII between them (most of any English text), which
    // ends a run.
    let bytes = text.as_bytes();
    let mut pos = 0;
    while let Some(off) = super::first_non_ascii(&bytes[pos..]) {
        let i = pos + off;
        if run.last().is_some_and(|&(j, c, _)| j + c.len_utf8() != i) {
            flush(&mut run);
        }
        // `i` is a lead byte: every character before it was read whole.
        let Some(c) = text.get(i..).and_then(|t| t.chars().next()) else {
            break;
        };
        match page.byte(c) {
            Some(b) => run.push((i, c, b)),
            None => flush(&mut run),
        }
        pos = i + c.len_utf8();
    }
    flush(&mut run);
    Plan { runs, strong }
}

/// Whether a repair can start anywhere: every one is a character standing
/// for a UTF-8 lead byte followed at once by one standing for a
/// continuation byte (`Ã©`, `â€™`). Clean text, even with accents, curly
/// quotes and dashes, seldom has such a pair, and this look is much
/// cheaper than planning.
fn may_hold_mojibake(text: &str, page: &CodePage) -> bool {
    let bytes = text.as_bytes();
    let next_lead = |from: &[u8]| match page.lead_bytes[..] {
        [] => None,
        [a] => memchr::memchr(a, from),
        [a, b] => memchr::memchr2(a, b, from),
        [a, b, c] => memchr::memchr3(a, b, c, from),
        _ => from.iter().position(|&b| page.leads[usize::from(b)]),
    };
    let mut pos = 0;
    while let Some(off) = next_lead(&bytes[pos..]) {
        let i = pos + off;
        let mut chars = text[i..].chars();
        let (Some(c), next) = (chars.next(), chars.next()) else {
            return false;
        };
        let lead = page.byte(c).is_some_and(|b| utf8_len(b).is_some());
        if lead && next.and_then(|n| page.byte(n)).is_some_and(is_continuation) {
            return true;
        }
        pos = i + c.len_utf8();
    }
    false
}

/// Expected UTF-8 length for a lead byte, or `None` for a byte that cannot
/// start a sequence.
fn utf8_len(b: u8) -> Option<usize> {
    match b {
        0xC2..=0xDF => Some(2),
        0xE0..=0xEF => Some(3),
        0xF0..=0xF4 => Some(4),
        _ => None,
    }
}

fn is_continuation(b: u8) -> bool {
    (0x80..=0xBF).contains(&b)
}

fn read_run(run: &[(usize, char, u8)], text: &str, page: &CodePage) -> Vec<Piece> {
    let end_of = |k: usize| -> usize {
        run.get(k)
            .map(|&(i, _, _)| i)
            .unwrap_or_else(|| run[k - 1].0 + run[k - 1].1.len_utf8())
    };
    let mut pieces = Vec::new();
    let mut prev: Option<char> = None;
    let mut k = 0;
    while k < run.len() {
        let (start, c, lead) = run[k];
        let literal = Piece::Literal {
            letter: c.is_alphabetic(),
        };
        let Some(need) = utf8_len(lead) else {
            pieces.push(literal);
            prev = Some(c);
            k += 1;
            continue;
        };
        let conts = run[k + 1..]
            .iter()
            .take(need - 1)
            .take_while(|&&(_, _, b)| is_continuation(b))
            .count();
        let bytes: Vec<u8> = run[k..=k + conts].iter().map(|&(_, _, b)| b).collect();
        let decoded = if conts == need - 1 {
            std::str::from_utf8(&bytes)
                .ok()
                .and_then(|s| s.chars().next())
                .map(|ch| (ch, false))
        } else if conts + 2 == need && conts >= 1 {
            rebuild(&bytes, need, prev).map(|ch| (ch, true))
        } else {
            None
        };
        match decoded {
            Some((to, lost_byte)) if lost_byte || plausible(to) => {
                let end = end_of(k + conts + 1);
                let strong = !lost_byte && proof(&bytes, page);
                pieces.push(Piece::Fixed {
                    start,
                    end,
                    to,
                    strong,
                    lost_byte,
                });
                debug_assert!(text.is_char_boundary(end));
                prev = Some(to);
                k += conts + 1;
            }
            _ => {
                pieces.push(literal);
                prev = Some(c);
                k += 1;
            }
        }
    }
    pieces
}

/// Whether a complete sequence proves mojibake on its own: it holds a byte
/// 0x80-0x9F, which shows up as punctuation or `€` glued to a Thai vowel or
/// digit, or to `Â`/`Ã`/`â`/`ð`, something no language writes. For
/// Windows-1252, a two-byte sequence needs the lead `Â` or `Ã`, since `É”`
/// may be a word closed by a quote.
fn proof(bytes: &[u8], page: &CodePage) -> bool {
    let c1 = bytes[1..].iter().any(|b| (0x80..=0x9F).contains(b));
    if bytes.len() >= 3 {
        return c1 || page.name == "cp1252";
    }
    page.name == "cp1252" && matches!(bytes[0], 0xC2 | 0xC3)
}

/// Rebuilds a sequence that lost one undefined byte. Returns the one
/// character it can have been, or U+FFFD.
fn rebuild(kept: &[u8], need: usize, prev: Option<char>) -> Option<char> {
    let mut candidates: Vec<char> = Vec::new();
    for pos in 1..need {
        for &b in &UNDEFINED {
            let mut bytes = kept.to_vec();
            bytes.insert(pos, b);
            if let Some(ch) = std::str::from_utf8(&bytes)
                .ok()
                .and_then(|s| s.chars().next())
            {
                if plausible(ch) && !candidates.contains(&ch) {
                    candidates.push(ch);
                }
            }
        }
    }
    if candidates.is_empty() {
        return None;
    }
    if candidates.contains(&'\u{FE0F}') && prev.is_some_and(pictographic) {
        return Some('\u{FE0F}');
    }
    let emoji: Vec<char> = candidates
        .iter()
        .copied()
        .filter(|&c| pictographic(c))
        .collect();
    Some(match emoji.as_slice() {
        [one] => *one,
        _ => '\u{FFFD}',
    })
}

/// Characters mojibake is expected to hide: Latin, Greek, Cyrillic,
/// punctuation, symbols, variation selectors, emoji. Anything else (CJK,
/// private use, rare scripts) is more likely a false reading.
fn plausible(c: char) -> bool {
    matches!(c as u32,
        0xA0..=0x17F
        | 0x370..=0x3FF
        | 0x400..=0x4FF
        | 0x2000..=0x2BFF
        | 0xFE00..=0xFE0F
        | 0x1F000..=0x1FAFF)
}

/// Extended_Pictographic, as far as it matters here: the symbols of
/// U+2000-U+2BFF that are emoji, and the emoji planes.
fn pictographic(c: char) -> bool {
    matches!(c as u32,
        0x203C | 0x2049 | 0x2122 | 0x2139 | 0x2194..=0x2199 | 0x21A9..=0x21AA
        | 0x231A..=0x231B | 0x2328 | 0x2388 | 0x23CF | 0x23E9..=0x23F3
        | 0x23F8..=0x23FA | 0x24C2 | 0x25AA..=0x25AB | 0x25B6 | 0x25C0
        | 0x25FB..=0x25FE | 0x2600..=0x2605 | 0x2607..=0x2612 | 0x2614..=0x2685
        | 0x2690..=0x2705 | 0x2708..=0x2712 | 0x2714 | 0x2716 | 0x271D | 0x2721
        | 0x2728 | 0x2733..=0x2734 | 0x2744 | 0x2747 | 0x274C | 0x274E
        | 0x2753..=0x2755 | 0x2757 | 0x2763..=0x2767 | 0x2795..=0x2797 | 0x27A1
        | 0x27B0 | 0x27BF | 0x2934..=0x2935 | 0x2B05..=0x2B07 | 0x2B1B..=0x2B1C
        | 0x2B50 | 0x2B55 | 0x1F000..=0x1FAFF)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Damaged text, then what it must become. Reference-free: repair needs
    /// no date.
    const REPAIRED: &[(&str, &str)] = &[
        ("๐Ÿ’ก Insight", "💡 Insight"),
        ("โšก TL;DR", "⚡ TL;DR"),
        ("  • โ€ขAmazon", "  • •Amazon"),
        ("Next โ†’ and โ†—", "Next → and ↗"),
        ("๐Ÿ›\u{a0}๏ธ Technical", "🛠\u{fe0f} Technical"),
        ("๐Ÿ”ฎ Future and โณ Timeline", "🔮 Future and ⏳ Timeline"),
        ("๐ŸงFresh ๐Ÿ’ก", "\u{fffd}Fresh 💡"),
        ("Itâ€™s cafÃ© time â€” “ok”", "It’s café time — “ok”"),
        ("naÃ¯ve rÃ©sumÃ© Â£5", "naïve résumé £5"),
    ];

    proptest::proptest! {
        /// The prefilter answers as its definition does: some character
        /// standing for a lead byte followed by one standing for a
        /// continuation byte.
        #[test]
        fn prefilter_as_defined(text in "[a é€â™Ã©¢à¸¹\u{80}-\u{9f}]{0,12}") {
            for page in [&*CP874, &*CP1252] {
                let chars: Vec<char> = text.chars().collect();
                let defined = chars.windows(2).any(|w| {
                    page.byte(w[0]).is_some_and(|b| utf8_len(b).is_some())
                        && page.byte(w[1]).is_some_and(is_continuation)
                });
                proptest::prop_assert_eq!(may_hold_mojibake(&text, page), defined);
            }
        }
    }

    #[test]
    fn lead_bytes_take_the_vectorized_search() {
        for page in [&*CP874, &*CP1252] {
            assert!(
                (1..=3).contains(&page.lead_bytes.len()),
                "{:?}",
                page.lead_bytes
            );
        }
    }

    #[test]
    fn mojibake_table() {
        for (input, expected) in REPAIRED {
            let r = repair(input).unwrap_or_else(|| panic!("not repaired: {input:?}"));
            assert_eq!(&r.text, expected, "input: {input:?}");
        }
    }

    /// Correct text in many scripts, some of it next to punctuation that
    /// looks like the bytes of mojibake.
    const UNTOUCHED: &[&str] = &[
        "ภาษาไทย แดง รก “อาหาร” โข ๑๒๓ เจ็บ ก่“",
        "Ελληνικά: η Αθήνα, «ΑΘΗΝΑ» — 5 €",
        "Café, naïve, Ångström, Straße, „ÄRGER“, “CAFÉ”, São Paulo, Ñandú ¿qué?",
        "Emoji 🧠💡⚡🛠️ •→↗ ⏳ and 😀👍🏽",
        "Prices: £5, ¥100, €3 — ‘quoted’ … ™ ®",
        "Ünïcödé “quotes” and ‘single’ ones – dashes — too",
        "",
    ];

    #[test]
    fn correct_text_passes_untouched() {
        for input in UNTOUCHED {
            assert_eq!(repair(input), None, "input: {input:?}");
        }
    }

    #[test]
    fn seed_004_is_fully_repaired() {
        let seed = include_str!("../../fixtures/004_fb0b073f51697533.txt");
        let r = repair(seed).expect("seed 004 holds mojibake");
        assert_eq!(r.names, vec!["mojibake:cp874", "mojibake:lost_bytes"]);
        // No Thai letter and no Windows-1252 filler glued to one remains.
        assert!(
            !r.text.chars().any(|c| ('\u{e00}'..='\u{e7f}').contains(&c)),
            "{}",
            r.text
        );
        for bad in ["Ÿ", "€", "\u{a0}"] {
            assert!(!r.text.contains(bad), "{bad} left");
        }
        for good in [
            "🧠 Deep Insight",
            "• •Amazon's",
            "🛠\u{fe0f} Technical",
            "⏳ Timeline",
        ] {
            assert!(r.text.contains(good), "{good} missing");
        }
        // The two 🧠-like headers that lost their last byte are ambiguous.
        assert_eq!(r.text.matches('\u{fffd}').count(), 2);
        assert!(r.text.starts_with("\u{fffd}Fresh"));
    }

    #[test]
    fn latin1_reading_is_named() {
        let r = repair("caf\u{c3}\u{a9} and \u{c3}\u{a8}").unwrap();
        assert_eq!(r.text, "café and è");
        assert_eq!(r.names, vec!["mojibake:cp1252"]);
        let r = repair("it\u{e2}\u{80}\u{99}s").unwrap();
        assert_eq!(r.text, "it’s");
        assert_eq!(r.names, vec!["mojibake:latin1"]);
    }

    #[test]
    fn double_mojibake_is_undone() {
        // "é" encoded as UTF-8 and read as Windows-1252 twice.
        assert_eq!(repair("cafÃƒÂ©").unwrap().text, "café");
    }
}

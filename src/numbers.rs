//! The one numeral grammar every recognizer builds on.
//!
//! A single pass over the text finds every numeral: digits with thousands
//! separators and decimals ("26.3", "30,000"), with a magnitude word or
//! suffix ("3.2 million", "$200bn", "$244B", "1mn"), written numbers ("one
//! million", "three", "a dozen", "half a billion", "two and a half
//! million"), and vague amounts ("tens of billions",
//! "hundreds of thousands", "multibillion"). Money, percent, quantity and
//! date recognizers then look only at what stands around each numeral, so
//! they never disagree on what a number is.
//!
//! Values are exact [`Decimal`]s. A numeral too large for a `Decimal`
//! (more than 28 significant digits, or 10^28 after scaling) is not a
//! numeral: it is skipped, not rounded, and no mention comes from it.

use once_cell::sync::Lazy;
use regex::Regex;
use rust_decimal::Decimal;
use std::str::FromStr;

use crate::analysis::Qualifier;

pub mod ratios;

/// How a numeral was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// "26.3", "30,000", "2025".
    Digits,
    /// "one million", "three".
    Words,
    /// "tens of billions", "multibillion": `value` is the low bound.
    Vague,
    /// "4th", "21st".
    Ordinal,
}

/// One numeral found in the text.
#[derive(Debug, Clone, PartialEq)]
pub struct Numeral {
    pub start: usize,
    pub end: usize,
    /// The value, magnitude applied ("3.2 million" -> 3200000). For a vague
    /// numeral, its low bound.
    pub value: Decimal,
    /// High bound of a vague numeral.
    pub max: Option<Decimal>,
    /// The vague words ("tens of billions"), for vague numerals.
    pub vague: Option<String>,
    pub form: Form,
    /// The multiplier a magnitude word or suffix applied (1e9 for "bn").
    pub magnitude: Option<Decimal>,
    /// "multibillion", "multi-million": more than the low bound, no high one.
    pub multi: bool,
    /// A multiplier suffix glued to the digits: "4x", "10X".
    pub times: bool,
    /// The digits had a fractional part or thousands separators.
    pub decimal_point: bool,
    pub thousands_sep: bool,
}

impl Numeral {
    /// A bare run of digits: no separators, decimals, magnitude or suffix.
    pub fn is_plain_integer(&self) -> bool {
        self.form == Form::Digits
            && self.magnitude.is_none()
            && !self.decimal_point
            && !self.thousands_sep
            && !self.times
    }

    /// A vague amount in the plural ("hundreds", "tens of billions"), which
    /// takes its noun or currency after "of"; "a few billion dollars",
    /// "several thousand jobs" take them as a number does.
    pub fn is_plural_vague(&self) -> bool {
        self.form == Form::Vague
            && self
                .vague
                .as_deref()
                .is_some_and(|v| v.ends_with(['s', 'S']))
    }
}

const UNITS: &[(&str, u32)] = &[
    ("zero", 0),
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("seventeen", 17),
    ("eighteen", 18),
    ("nineteen", 19),
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
    ("a", 1),
    ("an", 1),
    ("dozen", 12),
];

/// Scale words and suffixes with their power of ten.
fn scale(word: &str) -> Option<u32> {
    Some(match word {
        "hundred" => 2,
        "thousand" | "k" | "K" => 3,
        "million" | "mn" | "mln" | "mil" | "m" | "M" | "MM" => 6,
        "billion" | "bn" | "b" | "B" | "bln" | "bil" => 9,
        "trillion" | "tn" | "tr" | "T" | "trn" | "trln" | "tril" => 12,
        "quadrillion" => 15,
        // The Indian scale: a lakh is 1e5, a crore 1e7, a lakh crore 1e12.
        "lakh" | "lakhs" => 5,
        "crore" | "crores" | "cr" => 7,
        "lakh crore" | "lakh crores" => 12,
        // The scale words of the grammar in any case ("Billion", "BN");
        // the letters only as written above.
        _ => {
            let lower = word.to_ascii_lowercase();
            return SCALE_WORDS
                .contains(&lower.as_str())
                .then(|| scale(&lower))
                .flatten();
        }
    })
}

/// The numeral grammar as a regex, with `wb` standing for every word
/// boundary. No alternative starts with a boundary, so a match never looks
/// behind its own start.
/// The suffixes of the digits alternative, shared by the grammar and by
/// `Groups::from_span`, which tells them apart without the capture engine.
const ORDINAL_SUFFIXES: &[&str] = &["st", "nd", "rd", "th"];
const TIMES_SUFFIXES: &[&str] = &["x", "X", "×"];
/// Scale words after digits, in any case ("26.3 billion", "5bn").
const SCALE_WORDS: &[&str] = &[
    "hundred",
    "thousand",
    "million",
    "billion",
    "trillion",
    "mn",
    "bn",
    "tn",
    "mln",
    "bln",
    "trn",
    "trln",
    "bil",
    "tril",
    "mil",
    "quadrillion",
    // Two words before one, the grammar taking the first alternative.
    "lakh crores",
    "lakh crore",
    "lakhs",
    "lakh",
    "crores",
    "crore",
    "cr",
];
/// Scale letters glued to digits, case as written ("5m", "10K", "2tr").
const SCALE_LETTERS: &[&str] = &["k", "K", "m", "M", "MM", "b", "B", "T", "tr"];

fn numeral_pattern(wb: &str) -> String {
    let unit_words = "zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
    let big = "hundred|thousand|million|billion|trillion";
    // Compound numbers in words: "two hundred thirteen billion", "one
    // hundred and five", "three thousand five hundred".
    let scales = "thousand|million|billion|trillion";
    let tu = format!(r"(?:{unit_words})(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?");
    let group = format!(r"{tu}(?:\s+hundred(?:\s+(?:and\s+)?{tu})?)?");
    let [ord, times, scale_words, scale_letters] =
        [ORDINAL_SUFFIXES, TIMES_SUFFIXES, SCALE_WORDS, SCALE_LETTERS].map(|l| l.join("|"));
    // The pattern is in verbose mode, where a space is no character: the
    // space of "lakh crore" is written as one.
    let scale_words = scale_words.replace(' ', r"\x20");
    format!(
        r"(?x-u)
        (?P<vague>(?i:
            (?:tens|dozens|hundreds)\s+of\s+(?:thousands|millions|billions|trillions)
          | (?:thousands|millions|billions|trillions)
          | (?:hundreds|dozens|tens)
          | multi-?\s?(?:million|billion|trillion)
          | (?:a\s+few|several|a\s+couple\s+of)\s+(?:hundred\s+|thousand\s+)?(?:thousand|million|billion|trillion)
        ){wb})
      | (?P<digits>(?:\d{{1,2}}(?:,\d{{2}})+,\d{{3}}|\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?|\.\d+)
        (?:
            (?P<ord>{ord}){wb}
          | (?P<times>{times}){wb}
          | (?:-|\s{{1,5}})?(?P<magword>(?i:{scale_words})){wb}
          | (?P<magsuf>{scale_letters}){wb}
        )?
      | (?P<words>(?i:
            (?:{unit_words})\s+and\s+a\s+half\s+(?:{big})
          | (?:a|one|three)[\s-]quarters?\s+of\s+an?\s+(?:{big})
          | {group}(?:\s+(?:{scales})(?:\s+(?:and\s+)?{group})?)+
          | {tu}\s+hundred\s+(?:and\s+)?{tu}
          | (?:(?:{unit_words})(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|a|an)
            (?:\s+(?:{big}|dozen))+
          | (?:{unit_words})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?
          | a\s+dozen
          | half\s+an?\s+(?:{big}|dozen)
        ){wb})
        "
    )
}

/// The grammar with ASCII word boundaries. A Unicode `\b` makes the regex
/// engine's fast DFA give up at the first non-ASCII byte (a curly quote is
/// enough) and fall back to an NFA simulation many times slower; with
/// ASCII boundaries the DFA scans the whole text.
static NUMERAL: Lazy<Regex> =
    Lazy::new(|| Regex::new(&numeral_pattern(r"(?-u:\b)")).expect("numeral grammar compiles"));

/// The grammar as specified, with Unicode word boundaries, anchored: run
/// only at the few matches that end next to a non-ASCII character, where
/// the two boundaries can disagree ("5 millioné").
static NUMERAL_UNICODE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(&format!("^(?:{})", numeral_pattern(r"(?u:\b)"))).expect("numeral grammar compiles")
});

/// The groups of one grammar match, as absolute byte ranges.
#[derive(Debug, PartialEq)]
struct Groups {
    start: usize,
    end: usize,
    vague: Option<(usize, usize)>,
    digits: Option<(usize, usize)>,
    magnitude: Option<(usize, usize)>,
    times: bool,
    ord: bool,
    words: Option<(usize, usize)>,
}

/// Indices of the named groups, the same in both grammars (their patterns
/// differ only in the boundary assertions): looking a group up by name
/// hashes the name, and there are seven per match.
struct GroupIndex {
    vague: usize,
    digits: usize,
    magword: usize,
    magsuf: usize,
    times: usize,
    ord: usize,
    words: usize,
}

static GROUPS: Lazy<GroupIndex> = Lazy::new(|| {
    let index = |name: &str| {
        NUMERAL
            .capture_names()
            .position(|n| n == Some(name))
            .expect("the grammar names the group")
    };
    GroupIndex {
        vague: index("vague"),
        digits: index("digits"),
        magword: index("magword"),
        magsuf: index("magsuf"),
        times: index("times"),
        ord: index("ord"),
        words: index("words"),
    }
});

impl Groups {
    /// The groups of the ASCII-boundary grammar's match `start..end`, read
    /// off its text: the alternatives differ in their first and last
    /// characters, so the match shows which one it is, and the capture
    /// engine (several times the cost of the search) is not run. A match
    /// opening with a digit or point is the digits alternative: the digits
    /// run to the first other byte, and what follows is exactly one suffix.
    /// One opening with a letter is vague when it ends in "s" or opens with
    /// "multi" (no word numeral does either), else a word numeral. `None`
    /// for a suffix it does not know, which the capture engine then reads.
    fn from_span(text: &str, start: usize, end: usize) -> Option<Groups> {
        let s = text.get(start..end)?;
        let bytes = s.as_bytes();
        let first = *bytes.first()?;
        let mut g = Groups {
            start,
            end,
            vague: None,
            digits: None,
            magnitude: None,
            times: false,
            ord: false,
            words: None,
        };
        if first.is_ascii_alphabetic() {
            // Case folding lets "ſ" stand for "s": only ASCII is read here.
            if !s.is_ascii() {
                return None;
            }
            let last = bytes[bytes.len() - 1];
            let opens =
                |w: &[u8]| bytes.len() >= w.len() && bytes[..w.len()].eq_ignore_ascii_case(w);
            let multi = opens(b"multi");
            // "a few billion", "several million", "a couple of thousand".
            let few = opens(b"a few") || opens(b"several") || opens(b"a couple");
            if last.eq_ignore_ascii_case(&b's') || multi || few {
                g.vague = Some((start, end));
            } else {
                g.words = Some((start, end));
            }
            return Some(g);
        }
        if !(first.is_ascii_digit() || first == b'.') {
            return None;
        }
        let p = bytes
            .iter()
            .position(|b| !(b.is_ascii_digit() || matches!(b, b',' | b'.')))
            .unwrap_or(bytes.len());
        g.digits = Some((start, start + p));
        let suffix = &s[p..];
        let one_of = |list: &[&str]| list.contains(&suffix);
        if suffix.is_empty() {
            // Digits alone: the groups are set.
        } else if one_of(ORDINAL_SUFFIXES) {
            g.ord = true;
        } else if one_of(TIMES_SUFFIXES) {
            g.times = true;
        } else if one_of(SCALE_LETTERS) {
            g.magnitude = Some((start + p, end));
        } else {
            // One space or hyphen between ("5 billion", "$4-trillion").
            let word = suffix
                .strip_prefix('-')
                .unwrap_or_else(|| suffix.trim_start());
            let gap = &suffix[..suffix.len() - word.len()];
            let known = SCALE_WORDS.iter().any(|w| w.eq_ignore_ascii_case(word));
            if gap.chars().count() > 1 || !known {
                return None;
            }
            g.magnitude = Some((end - word.len(), end));
        }
        Some(g)
    }

    fn new(caps: &regex::Captures<'_>, offset: usize) -> Groups {
        let g = &*GROUPS;
        let span = |i: usize| caps.get(i).map(|m| (offset + m.start(), offset + m.end()));
        let whole = caps.get(0).expect("group 0");
        Groups {
            start: offset + whole.start(),
            end: offset + whole.end(),
            vague: span(g.vague),
            digits: span(g.digits),
            magnitude: span(g.magword).or_else(|| span(g.magsuf)),
            times: caps.get(g.times).is_some(),
            ord: caps.get(g.ord).is_some(),
            words: span(g.words),
        }
    }
}

/// The next grammar match starting at or after `pos`, exactly as the
/// Unicode-boundary grammar would find it. An ASCII boundary holds wherever
/// a Unicode one does, so the fast search never starts later than the
/// exact one, and both agree on a match that ends before an ASCII byte (or
/// the end of text). A match that ends before a non-ASCII byte is re-read
/// with Unicode boundaries; if that finds nothing at the same start, the
/// search resumes one character further on.
///
/// The groups of a match are read off its span (`Groups::from_span`); the
/// capture engine, which costs several times the search, runs only for a
/// match next to a non-ASCII character.
fn next_match(text: &str, mut pos: usize) -> Option<Groups> {
    while pos <= text.len() {
        let found = NUMERAL.find_at(text, pos)?;
        let start = found.start();
        if text.as_bytes().get(found.end()).is_none_or(u8::is_ascii) {
            if let Some(groups) = Groups::from_span(text, start, found.end()) {
                return Some(groups);
            }
            let caps = NUMERAL.captures_at(text, start)?;
            return Some(Groups::new(&caps, 0));
        }
        if let Some(exact) = NUMERAL_UNICODE.captures(&text[start..]) {
            return Some(Groups::new(&exact, start));
        }
        pos = start + text[start..].chars().next().map_or(1, char::len_utf8);
    }
    None
}

/// Every numeral in `text`, in order, none overlapping.
pub fn numerals(text: &str) -> Vec<Numeral> {
    let mut out = Vec::new();
    let mut pos = 0;
    while let Some(mut g) = next_match(text, pos) {
        spaced_groups(text, &mut g);
        let (start, end) = (g.start, g.end);
        // Every alternative consumes at least one character; be safe anyway.
        pos = if end > start {
            end
        } else {
            start + text[start..].chars().next().map_or(1, char::len_utf8)
        };
        // "Rs.500": the dot ends the code, the numeral starts after it.
        if text.as_bytes()[start] == b'.' && text[..start].ends_with(|c: char| c.is_alphanumeric())
        {
            pos = start + 1;
            continue;
        }
        if !boundary_before(text, start, g.magnitude.is_some()) || !boundary_after(text, end) {
            continue;
        }
        let parsed = if let Some((vs, ve)) = g.vague {
            let v = &text[vs..ve];
            // "tens", "hundreds", "dozens" alone are vague only before "of".
            let bare_small = matches!(
                v.to_ascii_lowercase().as_str(),
                "tens" | "hundreds" | "dozens"
            );
            if bare_small && !text[end..].starts_with(" of ") {
                continue;
            }
            vague(v)
        } else if let Some((ds, de)) = g.digits {
            digits(
                &text[ds..de],
                g.magnitude.map(|(ms, me)| &text[ms..me]),
                g.times,
                g.ord,
            )
        } else if let Some((ws, we)) = g.words {
            words(&text[ws..we])
        } else {
            None
        };
        if let Some(mut n) = parsed {
            n.start = start;
            n.end = end;
            out.push(n);
        }
    }
    out
}

/// Parses a whole string as one numeral (used by tests and by recognizers
/// that need to read a captured piece).
pub fn parse(s: &str) -> Option<Numeral> {
    let found = numerals(s);
    match found.as_slice() {
        [n] if n.start == 0 && n.end == s.len() => Some(n.clone()),
        _ => None,
    }
}

/// Spaces as thousands separators, as European copy writes them
/// ("€1 200 000", "12 345 678.5"): a bare match of one to three digits
/// followed by two groups or more of a space and three digits takes them
/// in ("May 5 100 people" is two numbers). Read here rather than in the
/// grammar, whose automaton would otherwise follow every space after a
/// number. Input normalization has made no-break and thin spaces plain.
fn spaced_groups(text: &str, g: &mut Groups) {
    let Some((ds, de)) = g.digits else {
        return;
    };
    if g.end != de || de - ds > 3 || g.magnitude.is_some() || g.ord || g.times {
        return;
    }
    let bytes = text.as_bytes();
    if !bytes[ds..de].iter().all(u8::is_ascii_digit) {
        return;
    }
    let group_at = |at: usize| {
        bytes.get(at) == Some(&b' ')
            && bytes
                .get(at + 1..at + 4)
                .is_some_and(|d| d.iter().all(u8::is_ascii_digit))
            && !bytes.get(at + 4).is_some_and(u8::is_ascii_digit)
    };
    let mut end = de;
    let mut groups = 0;
    while group_at(end) {
        end += 4;
        groups += 1;
    }
    if groups < 2 {
        return;
    }
    if bytes.get(end) == Some(&b'.') && bytes.get(end + 1).is_some_and(u8::is_ascii_digit) {
        end += 1;
        while bytes.get(end).is_some_and(u8::is_ascii_digit) {
            end += 1;
        }
    }
    g.digits = Some((ds, end));
    g.end = end;
}

/// Whether a numeral may start at `start`; `scaled` when it carries a scale
/// ("15 billion"), which a bare "R" for the rand needs ("R15 billion", not
/// the model "R2").
fn boundary_before(text: &str, start: usize, scaled: bool) -> bool {
    let before = &text[..start];
    // "USD1.5bn", "Rs500", "$US1.4bn": a currency code may be glued on.
    if before
        .as_bytes()
        .last()
        .is_some_and(|&b| b.is_ascii_alphabetic() || b == b'.' || b == b'$')
        && (glued_currency_code(before) || (scaled && glued_currency_word(before, "R")))
    {
        return true;
    }
    let mut rev = before.chars().rev();
    match rev.next() {
        None => true,
        // "10^26": an exponent is no numeral of its own.
        Some(c) if c.is_alphanumeric() || c == '_' || c == '^' => false,
        // "v1.2" or "1.2.3": a digit run after a dot that follows a digit or letter.
        Some('.') | Some(',') => !rev.next().is_some_and(|c| c.is_alphanumeric()),
        Some(_) => true,
    }
}

/// ISO codes written glued to an amount in wire and filing copy.
const GLUED_CODES: &[&str] = &[
    "USD", "EUR", "GBP", "JPY", "CNY", "RMB", "INR", "CHF", "AUD", "CAD", "HKD", "SGD", "KRW",
    "TWD", "Rs", "Rs.", "$US", "RM", "Rp", "PLN", "SEK", "NOK", "DKK", "ZAR", "BRL", "MXN", "NZD",
    "$A", "$NZ", "$HK",
];

/// Whether `before` ends with one of [`GLUED_CODES`] standing as a word.
fn glued_currency_code(before: &str) -> bool {
    GLUED_CODES
        .iter()
        .any(|code| glued_currency_word(before, code))
}

/// Whether `before` ends with `code` standing as a word.
fn glued_currency_word(before: &str, code: &str) -> bool {
    before.strip_suffix(code).is_some_and(|rest| {
        !rest
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric() || c == '_')
    })
}

fn boundary_after(text: &str, end: usize) -> bool {
    let mut after = text[end..].chars();
    match after.next() {
        None => true,
        // "4GW", "128GB", "3nm": a unit glued on ends the numeral cleanly.
        Some(c) if c.is_alphanumeric() || c == '_' => glued_unit(text, end).is_some(),
        // "1.2.3" versions and "2,000,00" junk: a separator glued to more digits.
        Some('.') | Some(',') => !after.next().is_some_and(|c| c.is_ascii_digit()),
        Some(_) => true,
    }
}

/// Unit symbols that may be glued to digits ("4GW", "128GB", "50bps"),
/// longest first so "GWh" wins over "GW". Case matters: "4GB" is a unit,
/// "4gb" is not read as one.
const GLUED_UNITS: &[&str] = &[
    "EFLOPS", "PFLOPS", "TFLOPS", "Gbps", "Tbps", "Mbps", "GWh", "MWh", "kWh", "TWh", "GHz", "MHz",
    "bps", "GW", "MW", "kW", "TW", "GB", "TB", "PB", "MB", "EB", "nm", "pp", "bp", "ppts", "ppt",
    "pc", "c", "p",
];

/// The unit symbol glued to the numeral ending at `end`, if one is there
/// and a word boundary follows it.
pub fn glued_unit(text: &str, end: usize) -> Option<&'static str> {
    let rest = text.get(end..)?;
    // Every unit opens with an ASCII letter; most numerals are followed by
    // a space or punctuation, and this is asked of every numeral.
    if !rest.as_bytes().first().is_some_and(u8::is_ascii_alphabetic) {
        return None;
    }
    GLUED_UNITS.iter().copied().find(|u| {
        rest.strip_prefix(u)
            .is_some_and(|after| after.chars().next().is_none_or(|c| !c.is_alphanumeric()))
    })
}

fn pow10(exp: u32) -> Decimal {
    Decimal::from_i128_with_scale(10i128.pow(exp), 0)
}

fn base(start: usize, end: usize, value: Decimal, form: Form) -> Numeral {
    Numeral {
        start,
        end,
        value,
        max: None,
        vague: None,
        form,
        magnitude: None,
        multi: false,
        times: false,
        decimal_point: false,
        thousands_sep: false,
    }
}

fn digits(s: &str, mag: Option<&str>, times: bool, ordinal: bool) -> Option<Numeral> {
    let separator = |c: char| matches!(c, ',' | ' ');
    let cleaned: String = s.chars().filter(|&c| !separator(c)).collect();
    let mut value = Decimal::from_str(&cleaned).ok()?;
    let mut n = base(0, 0, value, Form::Digits);
    n.decimal_point = s.contains('.');
    n.thousands_sep = s.contains(separator);
    n.times = times;
    if ordinal {
        if n.decimal_point || n.thousands_sep {
            return None;
        }
        n.form = Form::Ordinal;
    }
    if let Some(m) = mag {
        let exp = scale(m)?;
        let factor = pow10(exp);
        value = value.checked_mul(factor)?;
        n.magnitude = Some(factor);
    }
    n.value = value.normalize();
    Some(n)
}

fn unit_value(word: &str) -> Option<u32> {
    let lower = word.to_ascii_lowercase();
    UNITS.iter().find(|(w, _)| *w == lower).map(|&(_, v)| v)
}

/// Evaluates written numbers: "twenty-five", "one million", "two hundred
/// thousand", "a dozen", "three".
fn words(s: &str) -> Option<Numeral> {
    // "half a billion": half of what follows.
    if let Some(rest) = strip_word(s, "half") {
        let mut n = words(rest)?;
        n.value = (n.value / Decimal::TWO).normalize();
        return Some(n);
    }
    // "a quarter of a billion", "three-quarters of a million".
    let lower = s.to_ascii_lowercase();
    if let Some(i) = lower.find("quarter") {
        let quarters = if lower.starts_with("three") { 3 } else { 1 };
        let of = lower[i..].find(" of ")? + i + " of ".len();
        let mut n = words(&s[of..])?;
        n.value = (n.value.checked_mul(Decimal::from(quarters))? / Decimal::from(4)).normalize();
        return Some(n);
    }
    // "one and a half billion": the count and a half, scaled.
    if let Some(i) = s.to_ascii_lowercase().find(" and a half ") {
        let count = words(&s[..i])?;
        let exp = scale(s[i + " and a half ".len()..].trim())?;
        let factor = pow10(exp);
        let value = (count.value + Decimal::new(5, 1)).checked_mul(factor)?;
        let mut n = base(0, 0, value.normalize(), Form::Words);
        n.magnitude = Some(factor);
        return Some(n);
    }
    let mut total = Decimal::ZERO;
    let mut current = Decimal::ZERO;
    let mut magnitude: Option<Decimal> = None;
    let mut seen_any = false;
    for w in s.split(|c: char| c.is_whitespace() || c == '-') {
        if w.is_empty() || w.eq_ignore_ascii_case("and") {
            continue;
        }
        if let Some(v) = unit_value(w) {
            if w.eq_ignore_ascii_case("dozen") {
                current = if current.is_zero() {
                    Decimal::from(12)
                } else {
                    current.checked_mul(Decimal::from(12))?
                };
            } else {
                current += Decimal::from(v);
            }
            seen_any = true;
        } else if let Some(exp) = scale(w) {
            let factor = pow10(exp);
            if current.is_zero() {
                current = Decimal::ONE;
            }
            if exp == 2 {
                current = current.checked_mul(factor)?;
            } else {
                total = total.checked_add(current.checked_mul(factor)?)?;
                current = Decimal::ZERO;
                magnitude = Some(factor);
            }
            seen_any = true;
        } else {
            return None;
        }
    }
    if !seen_any {
        return None;
    }
    let mut n = base(0, 0, (total + current).normalize(), Form::Words);
    n.magnitude = magnitude;
    Some(n)
}

/// `s` without its first word when that is `word` (any case) and more
/// follows.
fn strip_word<'s>(s: &'s str, word: &str) -> Option<&'s str> {
    let head = s.get(..word.len())?;
    let rest = &s[word.len()..];
    (head.eq_ignore_ascii_case(word) && rest.starts_with(char::is_whitespace))
        .then(|| rest.trim_start())
}

/// Bounds of vague amounts: "tens of billions" is 10^10 to 10^11.
fn vague(s: &str) -> Option<Numeral> {
    let lower = s.to_ascii_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| !w.is_empty())
        .collect();
    let plural_exp = |w: &str| -> Option<u32> {
        Some(match w {
            "tens" => 1,
            "hundreds" => 2,
            "thousands" => 3,
            "millions" => 6,
            "billions" => 9,
            "trillions" => 12,
            _ => return None,
        })
    };
    let mut n = base(0, 0, Decimal::ZERO, Form::Vague);
    n.vague = Some(s.to_string());
    if let Some(rest) = words.first().and_then(|w| w.strip_prefix("multi")) {
        let scale_word = if rest.is_empty() { words.get(1)? } else { rest };
        let exp = scale(scale_word)?;
        n.value = pow10(exp);
        n.multi = true;
        return Some(n);
    }
    // "a few billion" 2 to 9 billion, "several hundred million" 2 to 9
    // hundred million, "a couple of million" 2 to 3 million.
    let counted = match words.as_slice() {
        ["a", "few", rest @ ..] | ["several", rest @ ..] => Some((2, 9, rest)),
        ["a", "couple", "of", rest @ ..] => Some((2, 3, rest)),
        _ => None,
    };
    if let Some((lo, hi, rest)) = counted {
        let exp = match rest {
            ["hundred", w] | ["thousand", w] => {
                scale(w)? + if rest[0] == "hundred" { 2 } else { 3 }
            }
            [w] => scale(w)?,
            _ => return None,
        };
        n.value = Decimal::from(lo) * pow10(exp);
        n.max = Some(Decimal::from(hi) * pow10(exp));
        return Some(n);
    }
    let (low, high) = match words.as_slice() {
        [first, "of", second] => {
            let scale_exp = plural_exp(second)?;
            match *first {
                "dozens" => (
                    Decimal::from(24) * pow10(scale_exp),
                    Decimal::from(144) * pow10(scale_exp),
                ),
                f => {
                    let e = plural_exp(f)? + scale_exp;
                    (pow10(e), pow10(e + 1))
                }
            }
        }
        ["dozens"] => (Decimal::from(24), Decimal::from(144)),
        [w] => {
            let e = plural_exp(w)?;
            (pow10(e), pow10(e + 1))
        }
        _ => return None,
    };
    n.value = low;
    n.max = Some(high);
    Some(n)
}

/// Qualifier phrases that precede a figure; where several end at the
/// figure the longest wins ("no more than" over "more than", "just over"
/// over "over"). Keys are lower case.
const QUALIFIERS_BEFORE: &[(&str, Qualifier)] = &[
    ("more than", Qualifier::MoreThan),
    ("just over", Qualifier::MoreThan),
    ("well over", Qualifier::MoreThan),
    ("upwards of", Qualifier::MoreThan),
    ("in excess of", Qualifier::MoreThan),
    ("north of", Qualifier::MoreThan),
    ("greater than", Qualifier::MoreThan),
    ("over", Qualifier::MoreThan),
    ("above", Qualifier::MoreThan),
    ("exceeding", Qualifier::MoreThan),
    ("at least", Qualifier::AtLeast),
    ("no less than", Qualifier::AtLeast),
    ("not less than", Qualifier::AtLeast),
    ("a minimum of", Qualifier::AtLeast),
    ("minimum of", Qualifier::AtLeast),
    ("no fewer than", Qualifier::AtLeast),
    ("less than", Qualifier::LessThan),
    ("fewer than", Qualifier::LessThan),
    ("just under", Qualifier::LessThan),
    ("under", Qualifier::LessThan),
    ("below", Qualifier::LessThan),
    ("short of", Qualifier::LessThan),
    ("shy of", Qualifier::LessThan),
    ("up to", Qualifier::AtMost),
    ("as much as", Qualifier::AtMost),
    ("as many as", Qualifier::AtMost),
    ("as high as", Qualifier::AtMost),
    ("at most", Qualifier::AtMost),
    ("no more than", Qualifier::AtMost),
    ("not more than", Qualifier::AtMost),
    ("not exceeding", Qualifier::AtMost),
    ("a maximum of", Qualifier::AtMost),
    ("approximately", Qualifier::Approximately),
    ("approx.", Qualifier::Approximately),
    ("about", Qualifier::Approximately),
    ("around", Qualifier::Approximately),
    ("roughly", Qualifier::Approximately),
    ("nearly", Qualifier::Approximately),
    ("almost", Qualifier::Approximately),
    ("near", Qualifier::Approximately),
    ("close to", Qualifier::Approximately),
    ("some", Qualifier::Approximately),
    ("an estimated", Qualifier::Approximately),
    ("estimated", Qualifier::Approximately),
    ("circa", Qualifier::Approximately),
    ("an approximate", Qualifier::Approximately),
    ("approximate", Qualifier::Approximately),
    ("~", Qualifier::Approximately),
    // As digests write them: "revenue >$10B", "<1% of sales".
    (">=", Qualifier::AtLeast),
    ("≥", Qualifier::AtLeast),
    (">", Qualifier::MoreThan),
    ("<=", Qualifier::AtMost),
    ("≤", Qualifier::AtMost),
    ("<", Qualifier::LessThan),
    ("≈", Qualifier::Approximately),
];

/// [`QUALIFIERS_BEFORE`] bucketed by their last byte.
static QUALIFIERS_BY_LAST_BYTE: Lazy<Vec<Vec<(&'static str, Qualifier)>>> = Lazy::new(|| {
    let mut buckets = vec![Vec::new(); 256];
    for &(phrase, q) in QUALIFIERS_BEFORE {
        if let Some(&b) = phrase.as_bytes().last() {
            buckets[usize::from(b)].push((phrase, q));
        }
    }
    buckets
});

/// Where a figure's phrase starts: before the qualifier that opens it
/// ("more than $5bn" starts at "more"), else at the figure. The rules that
/// read the word before a figure read it from here.
pub fn qualifier_start(text: &str, start: usize) -> usize {
    qualifier_before(text, start).map_or(start, |(_, at)| at)
}

/// The qualifier written just before byte `start` ("more than $100bn"),
/// with the byte where the qualifier begins. Whitespace between is allowed;
/// the qualifier must start at a word boundary.
pub fn qualifier_before(text: &str, start: usize) -> Option<(Qualifier, usize)> {
    // (Past markdown emphasis: "roughly **$65 billion**".)
    let before = text[..start].trim_end_matches([' ', '\u{a0}', '*']);
    let window_start = floor_char_boundary(before, before.len().saturating_sub(20));
    let tail = &before[window_start..];
    // Lower-cased on the stack: this runs at every figure. The tail is at
    // most 23 bytes (20, widened to a char boundary).
    let mut buf = [0u8; 32];
    let k = tail.len().min(buf.len());
    let lower = &mut buf[..k];
    lower.copy_from_slice(&tail.as_bytes()[tail.len() - k..]);
    lower.make_ascii_lowercase();
    let lower = &*lower;
    let &last = lower.last()?;
    // The longest phrase that ends here: "no more than" is at most, though
    // "more than" ends there too. Only the phrases ending in the tail's last
    // byte are compared: most figures have no qualifier, and comparing all
    // fifty phrases at each was a visible cost.
    let mut best: Option<(Qualifier, usize)> = None;
    for &(phrase, q) in &QUALIFIERS_BY_LAST_BYTE[usize::from(last)] {
        if crate::affix::bytes_end_with(lower, phrase.as_bytes()) {
            let at = window_start + tail.len() - phrase.len();
            let word_start = before[..at]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric());
            if (word_start || !phrase.chars().all(char::is_alphanumeric))
                && best.is_none_or(|(_, b)| at < b)
                && !(phrase == "over" && particle_of_verb(&before[..at]))
            {
                best = Some((q, at));
            }
        }
    }
    best
}

/// Verbs whose particle is "over": "Airbus handed over 78 aircraft" is a
/// count of 78, not more than 78.
const OVER_VERBS: &[&str] = &[
    "hand",
    "hands",
    "handed",
    "handing",
    "turn",
    "turns",
    "turned",
    "turning",
    "take",
    "takes",
    "took",
    "taken",
    "taking",
    "sign",
    "signs",
    "signed",
    "signing",
    "carry",
    "carries",
    "carried",
    "carrying",
    "roll",
    "rolls",
    "rolled",
    "rolling",
    "pass",
    "passes",
    "passed",
    "passing",
    "win",
    "wins",
    "won",
    "winning",
    "switch",
    "switched",
    "switching",
    "change",
    "changed",
    "changing",
    "give",
    "gives",
    "gave",
    "given",
    "giving",
];

/// Whether `before` ends with a verb whose particle "over" would be.
fn particle_of_verb(before: &str) -> bool {
    let t = before.trim_end();
    let word = t
        .rsplit(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("");
    OVER_VERBS.iter().any(|v| v.eq_ignore_ascii_case(word))
}

/// Verbs that say a figure was passed: "obligations topped $550 billion",
/// "capital expenditures will top $150 billion".
const PASSING_VERBS: &[&str] = &[
    "top",
    "tops",
    "topped",
    "topping",
    "exceed",
    "exceeds",
    "exceeded",
    "surpass",
    "surpasses",
    "surpassed",
    "surpassing",
    "crossed",
    "passed",
];

/// The qualifier a figure's verb implies ("topped $550 billion" is more
/// than it), for its value only: the figure's phrase still starts at the
/// figure, so rules reading the verb before it find the verb.
pub fn verb_qualifier_before(text: &str, start: usize) -> Option<Qualifier> {
    let before = text[..start].trim_end_matches([' ', '\u{a0}', '*']);
    let word_start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| !c.is_ascii_alphabetic())
        .map_or(0, |(i, c)| i + c.len_utf8());
    let word = &before[word_start..];
    // "top" is a verb after a modal or "to" only: "the top 10 banks" ranks.
    if word == "top" {
        let modal = before[..word_start].trim_end();
        let prev = &modal[modal.rfind(' ').map_or(0, |i| i + 1)..];
        if ![
            "will", "would", "could", "may", "might", "should", "can", "to",
        ]
        .contains(&prev)
        {
            return None;
        }
    }
    (word.len() >= 3 && PASSING_VERBS.contains(&word)).then_some(Qualifier::MoreThan)
}

/// A figure's qualifier: a phrase before it ("more than"), one after it
/// ("or more"), or what its verb implies ("topped").
pub fn qualifier_around(text: &str, start: usize, end: usize) -> Qualifier {
    qualifier_before(text, start)
        .map(|(q, _)| q)
        .or_else(|| qualifier_after(text, end).map(|(q, _)| q))
        .or_else(|| verb_qualifier_before(text, start))
        .unwrap_or(Qualifier::Exact)
}

/// A qualifier written after the figure ("$5bn or more", "$5bn-plus"), with
/// the byte where it ends.
pub fn qualifier_after(text: &str, end: usize) -> Option<(Qualifier, usize)> {
    let rest = &text[end..];
    for (phrase, q) in [
        (" or more", Qualifier::AtLeast),
        (" or higher", Qualifier::AtLeast),
        (" or less", Qualifier::AtMost),
        (" or so", Qualifier::Approximately),
        ("-plus", Qualifier::MoreThan),
        ("+", Qualifier::MoreThan),
    ] {
        if rest.len() >= phrase.len()
            && rest.is_char_boundary(phrase.len())
            && rest[..phrase.len()].eq_ignore_ascii_case(phrase)
            && rest[phrase.len()..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric())
        {
            return Some((q, end + phrase.len()));
        }
    }
    None
}

/// If a range connector ("to", "-", "–", "and", "through") starts at `pos`
/// (after optional spaces), the byte just after it and its spaces.
pub fn range_connector(text: &str, pos: usize) -> Option<usize> {
    let rest = &text[pos..];
    let trimmed = rest.trim_start_matches(' ');
    let skipped = rest.len() - trimmed.len();
    for conn in ["to", "and", "through", "-", "–", "—"] {
        if let Some(after) = trimmed.strip_prefix(conn) {
            let is_word = conn.chars().all(char::is_alphabetic);
            if is_word && !after.starts_with(' ') {
                continue;
            }
            let after_trim = after.trim_start_matches(' ');
            return Some(pos + skipped + conn.len() + (after.len() - after_trim.len()));
        }
    }
    None
}

/// Words before "X to Y" that make it a change and the level reached
/// ("rose $2bn to $18bn", "cut by 5% to 10%", "raised its forecast from
/// $100bn to $125bn"), not a range.
#[rustfmt::skip]
const CHANGE_WORDS: &[&str] = &[
    "rose", "rise", "rises", "rising", "risen", "fell", "fall", "falls", "falling", "fallen",
    "grew", "grow", "grows", "growing", "grown", "jumped", "jump", "jumps", "climbed", "climb",
    "climbs", "dropped", "drop", "drops", "declined", "decline", "declines", "increased",
    "increase", "increases", "increasing", "decreased", "decrease", "decreases", "slipped",
    "gained", "gains", "surged", "soared", "plunged", "slid", "tumbled", "sank", "shrank",
    "expanded", "widened", "narrowed", "up", "down", "by", "cut", "cuts", "cutting", "raised",
    "raise", "raises", "raising", "lowered", "lower", "lowers", "lifted", "boosted", "trimmed",
    "reduced", "reduce", "hiked", "moved", "went", "changed", "revised", "upgraded",
    "downgraded", "doubled", "tripled", "halved",
];

/// Words before "from X to Y" that make it a range after all ("ranging
/// from $1bn to $2bn", "anywhere from 5% to 10%").
const RANGE_WORDS: &[&str] = &[
    "range", "ranges", "ranging", "ranged", "anywhere", "vary", "varies", "varying", "varied",
];

/// Whether the figure starting at `low_start` (past any qualifier before
/// it) is the old level of a change rather than a range's low end: a word
/// of change right before it ("climbed $8bn to $35bn", "by $2bn to $18bn"),
/// or "from" ("from $100bn to $125bn"; in news that is a change unless a
/// word of ranging comes right before it). One rule for money, percent and
/// quantity ranges.
pub fn change_not_range(text: &str, low_start: usize) -> bool {
    let at = qualifier_start(text, low_start);
    let mut words = text[..at].rsplit([' ', '\u{a0}']).filter(|w| !w.is_empty());
    let listed = |w: &str, list: &[&str]| list.iter().any(|l| l.eq_ignore_ascii_case(w));
    match words.next() {
        Some(w) if w.eq_ignore_ascii_case("from") => {
            !words.next().is_some_and(|w| listed(w, RANGE_WORDS))
        }
        Some(w) => listed(w, CHANGE_WORDS),
        None => false,
    }
}

/// Whether "by" comes right before the figure starting at `low_start`
/// (past any qualifier): "reduce its sales by 700 million to 900 million
/// euros" may be a range of the change, where its ends are close.
pub fn after_by(text: &str, low_start: usize) -> bool {
    let at = qualifier_start(text, low_start);
    text[..at]
        .rsplit([' ', '\u{a0}'])
        .find(|w| !w.is_empty())
        .is_some_and(|w| w.eq_ignore_ascii_case("by"))
}

/// A minus sign ("-" or "−") glued before `start`: where it begins, and
/// the character before it, which each recognizer judges ("(-2.1%)" is a
/// sign, "pre-$5bn" a hyphen, a line opening "-$5bn" a bullet).
pub fn minus_before(text: &str, start: usize) -> Option<(usize, Option<char>)> {
    let before = &text[..start];
    let sign = ['-', '−'].into_iter().find(|&c| before.ends_with(c))?;
    let at = start - sign.len_utf8();
    Some((at, text[..at].chars().next_back()))
}

/// The largest char boundary at or below `i`.
pub(crate) fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    if i >= s.len() {
        return s.len();
    }
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The first char boundary at or after `i` (the text's length past it):
/// a window's end reached by adding a byte count must not cut a character.
pub(crate) fn ceil_char_boundary(s: &str, mut i: usize) -> usize {
    if i >= s.len() {
        return s.len();
    }
    while !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    proptest! {
        /// The groups read off a span are those the capture engine gives
        /// for the same match, over figures with every suffix, word
        /// numerals and vague amounts, in any case.
        #[test]
        fn spans_read_as_the_capture_engine_reads_them(
            before in "[a $(]{0,3}",
            figure in "([0-9,.]{1,12}|(?i:two|forty-one|a|an|tens|multi-|hundreds|dozen|seven))",
            gap in "( |\u{a0}| \u{a0}|-)?",
            after in "((?i:st|th|x|×|k|mm|b|bn|tr|trn|trln|tril|mln|billion|hundred|dozen|of|s)|[ a.,;)kmbx%])?[ .é]?",
        ) {
            let text = format!("{before}{figure}{gap}{after}");
            for found in NUMERAL.find_iter(&text) {
                let Some(got) = Groups::from_span(&text, found.start(), found.end()) else {
                    continue;
                };
                let caps = NUMERAL.captures_at(&text, found.start()).expect("the same match");
                prop_assert_eq!(&got, &Groups::new(&caps, 0), "{:?}", text);
            }
        }
    }

    /// Every form the grammar knows is read off the span, so the capture
    /// engine is left for matches next to non-ASCII text.
    #[test]
    fn every_ascii_form_is_read_off_the_span() {
        for form in [
            "2025",
            "1,000.5",
            ".5",
            "21st",
            "3x",
            "10k",
            "5MM",
            "2tr",
            "3.2 million",
            "200bn",
            "4 Trillion",
            "two",
            "forty-one",
            "two hundred",
            "a dozen",
            "tens of billions",
            "Millions",
            "multi-billion",
            "several million",
        ] {
            let found = NUMERAL.find(form).expect("a numeral");
            assert_eq!(found.as_str(), form);
            assert!(Groups::from_span(form, 0, form.len()).is_some(), "{form}");
        }
    }

    use super::*;

    /// Input, expected value (low bound for vague), expected high bound.
    const CASES: &[(&str, &str, Option<&str>)] = &[
        ("26.3", "26.3", None),
        // Compound numbers in words.
        ("two hundred thirteen billion", "213000000000", None),
        ("one hundred and five billion", "105000000000", None),
        ("three thousand five hundred", "3500", None),
        ("two million five hundred thousand", "2500000", None),
        ("two hundred thirteen", "213", None),
        ("1,00,000", "100000", None),
        ("5 mil", "5000000", None),
        ("30,000", "30000", None),
        ("1,234,567.89", "1234567.89", None),
        ("3.2 million", "3200000", None),
        ("3.2mn", "3200000", None),
        ("200bn", "200000000000", None),
        ("200 bn", "200000000000", None),
        ("244B", "244000000000", None),
        ("5m", "5000000", None),
        ("5M", "5000000", None),
        ("10k", "10000", None),
        ("4 trillion", "4000000000000", None),
        ("1.5tn", "1500000000000", None),
        ("100 Billion", "100000000000", None),
        ("one million", "1000000", None),
        ("three", "3", None),
        ("twenty-five", "25", None),
        ("two hundred thousand", "200000", None),
        ("a dozen", "12", None),
        ("a billion", "1000000000", None),
        ("half a billion", "500000000", None),
        ("3.5 bil", "3500000000", None),
        ("Half a million", "500000", None),
        ("half a dozen", "6", None),
        ("1 200 000", "1200000", None),
        ("12 345 678.5", "12345678.5", None),
        ("a quarter of a billion", "250000000", None),
        ("three-quarters of a million", "750000", None),
        ("three quarters of a trillion", "750000000000", None),
        ("one and a half billion", "1500000000", None),
        ("two and a half million", "2500000", None),
        ("tens of billions", "10000000000", Some("100000000000")),
        // A wrapped line's indentation between the digits and the scale.
        ("3\n  billion", "3000000000", None),
        // A few, several: 2 to 9 of the scale; a couple: 2 to 3.
        ("a few billion", "2000000000", Some("9000000000")),
        ("several hundred million", "200000000", Some("900000000")),
        ("a couple of thousand", "2000", Some("3000")),
        ("hundreds of thousands", "100000", Some("1000000")),
        ("billions", "1000000000", Some("10000000000")),
        ("Tens of thousands", "10000", Some("100000")),
        ("multibillion", "1000000000", None),
        ("multi-billion", "1000000000", None),
        ("4x", "4", None),
        (".5", "0.5", None),
    ];

    /// Text, then the numerals found in it with the glued unit after each.
    type GluedCase = (
        &'static str,
        &'static [(&'static str, Option<&'static str>)],
    );

    const GLUED: &[GluedCase] = &[
        ("4GW", &[("4", Some("GW"))]),
        ("128GB of memory", &[("128", Some("GB"))]),
        ("a 3nm process", &[("3", Some("nm"))]),
        ("500MW and 2TB", &[("500", Some("MW")), ("2", Some("TB"))]),
        ("50bps", &[("50", Some("bps"))]),
        ("1.2GWh", &[("1.2", Some("GWh"))]),
        ("5M", &[("5M", None)]),
        ("2B", &[("2B", None)]),
        ("4GWx", &[]),
        ("10gb", &[]),
        ("H100GB", &[]),
    ];

    #[test]
    fn both_grammars_number_their_groups_alike() {
        assert!(NUMERAL.capture_names().eq(NUMERAL_UNICODE.capture_names()));
    }

    #[test]
    fn glued_units() {
        for &(input, expected) in GLUED {
            let got: Vec<_> = numerals(input)
                .iter()
                .map(|n| (&input[n.start..n.end], glued_unit(input, n.end)))
                .collect();
            assert_eq!(got, expected, "input: {input:?}");
        }
    }

    #[test]
    fn numeral_table() {
        for &(input, value, max) in CASES {
            let n = parse(input).unwrap_or_else(|| panic!("{input:?} did not parse"));
            assert_eq!(n.value.to_string(), value, "value of {input:?}");
            assert_eq!(
                n.max.map(|m| m.to_string()).as_deref(),
                max,
                "max of {input:?}"
            );
        }
    }

    /// Strings that hold no numeral at all.
    const NOT_NUMERALS: &[&str] = &[
        "Trainium2",
        "H100",
        "MI300X",
        "Q4",
        "v5p",
        "GPT-4o",
        "A",
        "a",
        "one-off",
        "1.2.3",
        "x86",
    ];

    #[test]
    fn not_numerals() {
        for input in NOT_NUMERALS {
            let found: Vec<_> = numerals(input)
                .into_iter()
                .map(|n| input[n.start..n.end].to_string())
                .collect();
            // "one-off" yields "one" only if followed by a boundary; "off" glued by '-' is fine,
            // but no numeral may swallow letters.
            for f in &found {
                assert!(
                    f.chars().all(|c| !c.is_alphabetic()) || f == "one",
                    "{input:?} gave numeral {f:?}"
                );
            }
            if *input != "one-off" {
                assert!(found.is_empty(), "{input:?} gave {found:?}");
            }
        }
    }

    #[test]
    fn flags() {
        assert!(parse("4x").unwrap().times);
        assert!(parse("2025").unwrap().is_plain_integer());
        assert!(!parse("2,025").unwrap().is_plain_integer());
        assert_eq!(parse("4th").unwrap().form, Form::Ordinal);
        assert!(parse("multibillion").unwrap().multi);
    }

    #[test]
    fn absurd_numbers_are_skipped_not_panicking() {
        let long = "9".repeat(400);
        assert!(numerals(&long).is_empty());
        assert!(numerals("99999999999999999999 trillion").is_empty());
        let digits = "1 ".repeat(10_000);
        assert_eq!(numerals(&digits).len(), 10_000);
    }

    type Row = (
        (usize, usize),
        Option<(usize, usize)>,
        Option<(usize, usize)>,
        Option<(usize, usize)>,
        bool,
        bool,
        Option<(usize, usize)>,
    );

    fn row(g: Groups) -> Row {
        let spans = (g.start, g.end);
        (
            spans,
            g.vague,
            g.digits,
            g.magnitude,
            g.times,
            g.ord,
            g.words,
        )
    }

    /// The grammar matches as the plain Unicode-boundary regex finds them.
    fn reference_matches(text: &str) -> Vec<Row> {
        static REFERENCE: Lazy<Regex> =
            Lazy::new(|| Regex::new(&numeral_pattern(r"(?u:\b)")).unwrap());
        REFERENCE
            .captures_iter(text)
            .map(|c| row(Groups::new(&c, 0)))
            .collect()
    }

    fn fast_matches(text: &str) -> Vec<Row> {
        let mut out = Vec::new();
        let mut pos = 0;
        while let Some(g) = next_match(text, pos) {
            pos = g.end;
            out.push(row(g));
        }
        out
    }

    /// Texts where ASCII and Unicode word boundaries disagree.
    const BOUNDARY_CASES: &[&str] = &[
        "5 millioné and 6 million",
        "tené ten",
        "4×é 4× 4×5",
        "one hundred thousandé",
        "a hundred hundredé",
        "“$5bn” — €3.2 billion’s",
        "hundredsé of thousands",
        "Zürich 3mü 2025年 10 tens of billionsé",
        "５ million",
    ];

    #[test]
    fn fast_search_agrees_with_unicode_boundaries() {
        for text in BOUNDARY_CASES {
            assert_eq!(fast_matches(text), reference_matches(text), "{text:?}");
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]
        #[test]
        fn fast_search_agrees_on_random_text(
            parts in proptest::collection::vec(proptest::sample::select(vec![
                "5", "12", ",000", ".5", " ", "\u{a0}", "-", "m", "bn", "million", "ten",
                "tens", " of ", "billions", "one", "a", "hundred", "x", "×", "th", "é",
                "ü", "“", "—", "年", "k", "dozen", "multi", "s", "lakh", " crore",
            ]), 0..12)
        ) {
            let text: String = parts.concat();
            proptest::prop_assert_eq!(fast_matches(&text), reference_matches(&text));
        }
    }

    /// [`qualifier_before`] as first written: every phrase compared.
    fn qualifier_before_plain(text: &str, start: usize) -> Option<(Qualifier, usize)> {
        let before = text[..start].trim_end_matches([' ', '\u{a0}']);
        let lower = before.to_ascii_lowercase();
        QUALIFIERS_BEFORE
            .iter()
            .filter(|(phrase, _)| lower.ends_with(phrase) && phrase.len() <= 20)
            .map(|&(phrase, q)| (q, before.len() - phrase.len()))
            .filter(|&(_, at)| {
                let phrase = &lower[at..];
                before[..at]
                    .chars()
                    .next_back()
                    .is_none_or(|c| !c.is_alphanumeric())
                    || !phrase.chars().all(char::is_alphanumeric)
            })
            .min_by_key(|&(_, at)| at)
    }

    proptest::proptest! {
        /// The bucketed look-up finds what comparing every phrase finds.
        #[test]
        fn qualifier_buckets_agree_with_every_phrase(
            parts in proptest::collection::vec(proptest::sample::select(vec![
                "no ", "more ", "than ", "not ", "less", "up ", "to ", "about ", "over",
                "just ", "~", "≈", " ", "\u{a0}", "at ", "least ", "most ", "some", "x",
                "Nearly ", "é", "NO MORE THAN ",
            ]), 0..8)
        ) {
            let text: String = parts.concat() + "$5";
            let start = text.len() - 2;
            proptest::prop_assert_eq!(
                qualifier_before(&text, start),
                qualifier_before_plain(&text, start)
            );
        }
    }

    #[test]
    fn qualifiers() {
        let t = "more than $100 billion";
        assert_eq!(qualifier_before(t, 10), Some((Qualifier::MoreThan, 0)));
        // The longest phrase ending at the figure, not the first listed.
        let t = "no more than $3 billion";
        assert_eq!(qualifier_before(t, 13), Some((Qualifier::AtMost, 0)));
        let t = "not less than 5%";
        assert_eq!(qualifier_before(t, 14), Some((Qualifier::AtLeast, 0)));
        let t = "just over 40%";
        assert_eq!(qualifier_before(t, 10), Some((Qualifier::MoreThan, 0)));
        let t = "Moreover $5";
        assert_eq!(qualifier_before(t, 9), None);
        let t = "roughly three-quarters";
        assert_eq!(qualifier_before(t, 8), Some((Qualifier::Approximately, 0)));
        let t = "handsome 5";
        assert_eq!(qualifier_before(t, 9), None);
        // "over" as a verb's particle qualifies nothing.
        let t = "Airbus handed over 78 aircraft";
        assert_eq!(qualifier_before(t, 19), None);
        let t = "sales of over 78 aircraft";
        assert_eq!(qualifier_before(t, 14), Some((Qualifier::MoreThan, 9)));
        let t = "$5bn or more.";
        assert_eq!(qualifier_after(t, 4), Some((Qualifier::AtLeast, 12)));
        assert_eq!(range_connector("$60 billion to $65 billion", 11), Some(15));
        assert_eq!(range_connector("$60-65 billion", 3), Some(4));
        assert_eq!(range_connector("$60 today", 3), None);
    }
}

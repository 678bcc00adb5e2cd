//! Fiscal calendars an article states for itself: "Itochu, whose fiscal
//! year also ends in March", "Ryanair kept its target for the fiscal year
//! ending March 2027", "capital spending of about £2.6bn for the year to
//! March 2027". The lexicon's `calendar.tsv` cannot list every company;
//! when the text says where a company's year ends, that company's bare
//! halves and quarters elsewhere in the article follow it, and the text
//! wins over the table.

use once_cell::sync::Lazy;
use regex::Regex;

use crate::analysis::Sentence;
use crate::lexicon::calendar::{Calendar, FiscalCalendar};

/// A company name as the article writes it, and the calendar the article
/// gives it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stated<'a> {
    pub name: &'a str,
    pub cal: FiscalCalendar,
    /// Where the month of "ends in March" starts, when no year follows:
    /// a month of every year, not a date, and no mention.
    pub every_year: Option<usize>,
}

/// After "fiscal", "financial" or "business": "year (also) ends in March",
/// "years run to June", "year ending March 2027".
static AFTER_FISCAL: Lazy<Regex> = Lazy::new(|| {
    Regex::new(&format!(
        r"^(?i:years?)\s+(?:(?i:also|that|which|now|normally|usually)\s+)*(?:(?i:ends?|ending|ended|closes|runs?\s+(?:to|through|until|till))|(?i:runs?|lasts?)\s+(?i:from)\s+(?:\d{{1,2}}\s+)?(?:{m})\.?(?:\s+\d{{1,2}})?,?\s+(?i:to|through|until|till))\s+(?:(?i:in|on|at\s+the\s+end\s+of)\s+)?(?:\d{{1,2}}\s+)?(?P<m>{m})\b(?P<y>\.?\s+(?:\d{{1,2}},?\s+)?(?:19|20)\d{{2}}\b)?",
        m = months()
    ))
    .expect("fiscal statement pattern compiles")
});

/// After "for the", "its" or "their": "year to March 2027", "year ended
/// September 30, 2025". A year number must follow: a bare "in the year to
/// October" is how statistics are dated, not a company's year.
static AFTER_THE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(&format!(
        r"^(?i:year)\s+(?i:to|ending|ended)\s+(?P<m>{})(?P<y>\.?\s+(?:\d{{1,2}},?\s+)?(?:19|20)\d{{2}}\b)",
        months()
    ))
    .expect("year statement pattern compiles")
});

/// The calendar's month spellings, longest first, as an alternation.
fn months() -> String {
    let cal = Calendar::builtin();
    let mut months: Vec<&str> = cal.months.iter().map(|s| s.word.as_str()).collect();
    months.sort_by_key(|m| std::cmp::Reverse(m.len()));
    months.join("|")
}

/// How far after "year" a statement may run.
const STATEMENT_REACH: usize = 80;

/// The calendars `text` states, in text order. Every statement holds
/// "year": the text is searched for that word at memchr speed, and the
/// patterns are tried only after "fiscal", "its" and the like, on a few
/// bytes.
pub fn stated_calendars<'a>(text: &'a str, sentences: &[Sentence]) -> Vec<Stated<'a>> {
    let cal = Calendar::builtin();
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    // Lower case only: "Fiscal Year" capitalized is a headline's, which
    // states no calendar.
    for at in memchr::memmem::find_iter(bytes, b"year") {
        let (w1, w1_at) = word_before(text, at);
        let (w0, w0_at) = word_before(text, w1_at);
        let fiscal = ["fiscal", "financial", "business"]
            .iter()
            .any(|w| w1.eq_ignore_ascii_case(w));
        let for_the = w1.eq_ignore_ascii_case("the") && w0.eq_ignore_ascii_case("for");
        let own = for_the || ["its", "their"].iter().any(|w| w1.eq_ignore_ascii_case(w));
        if !fiscal && !own {
            continue;
        }
        let rest = &text[at..crate::numbers::floor_char_boundary(text, at + STATEMENT_REACH)];
        // A quick test first: capture groups cost a slower engine.
        let matches = |re: &Regex| re.is_match(rest);
        let found = if fiscal && matches(&AFTER_FISCAL) {
            AFTER_FISCAL.captures(rest)
        } else if matches(&AFTER_THE) {
            AFTER_THE.captures(rest)
        } else {
            None
        };
        let Some(c) = found else {
            continue;
        };
        let month = c.name("m").expect("month group");
        let Some(end) = cal
            .months
            .iter()
            .find(|s| s.word == month.as_str())
            .map(|s| s.number)
        else {
            continue;
        };
        let head_end = if for_the { w0_at } else { w1_at };
        let from = sentence_start(sentences, at).min(head_end);
        let Some(name) = owner(&text[from..head_end]) else {
            continue;
        };
        out.push(Stated {
            name,
            every_year: c.name("y").is_none().then(|| at + month.start()),
            cal: FiscalCalendar {
                start_month: end % 12 + 1,
                named_by_end: true,
            },
        });
        // Every fiscal period and date of the text looks through the list:
        // a handful is what an article states, and a bound keeps a hostile
        // text linear.
        if out.len() == MAX_STATED {
            break;
        }
    }
    out
}

/// How many statements of a calendar are read in one text.
const MAX_STATED: usize = 16;

/// The word ending right before `at` (past one run of spaces) and where it
/// starts; "" when none.
fn word_before(text: &str, at: usize) -> (&str, usize) {
    let head = &text[..at];
    let trimmed = head.trim_end_matches([' ', '\u{a0}']);
    if trimmed.len() == head.len() && at > 0 {
        // Glued to the word before: "Yearly", "biyear".
        return ("", at);
    }
    let start = trimmed
        .rfind(|c: char| !c.is_alphanumeric())
        .map_or(0, |i| {
            i + trimmed[i..].chars().next().map_or(1, char::len_utf8)
        });
    (&trimmed[start..], start)
}

fn sentence_start(sentences: &[Sentence], at: usize) -> usize {
    let k = sentences.partition_point(|s| s.start <= at);
    k.checked_sub(1).map_or(0, |k| sentences[k].start)
}

/// The company whose year a statement gives, from the sentence's text
/// before it: the name right before ", whose", else the name opening the
/// sentence (after a dateline).
fn owner(head: &str) -> Option<&str> {
    let trimmed = head.trim_end();
    if let Some(before) = strip_suffix_ci(trimmed, "whose") {
        let mut before = before.trim_end().trim_end_matches(',').trim_end();
        // "Itochu (8001.T), whose": past the ticker.
        if before.ends_with(')') {
            let open = before.rfind('(')?;
            before = before[..open].trim_end();
        }
        return name_ending(before);
    }
    // ("**Lasertec** (fiscal year ends June) said": past emphasis, bullets
    // and emoji.)
    name_opening(after_dateline(head).trim_start_matches(|c: char| !c.is_alphanumeric()))
}

fn strip_suffix_ci<'a>(s: &'a str, suffix: &str) -> Option<&'a str> {
    crate::affix::ends_with_ignore_case(s, suffix).then(|| &s[..s.len() - suffix.len()])
}

/// "DUBLIN, Nov 2, 2026 (Reuters) - Ryanair ...": the text after the
/// dateline's dash, when the sentence opens with a capitalized place and
/// a comma.
fn after_dateline(head: &str) -> &str {
    let first = head.split_whitespace().next().unwrap_or("");
    let place = first.ends_with(',')
        && first
            .trim_end_matches(',')
            .chars()
            .all(|c| c.is_uppercase() || !c.is_alphabetic());
    if !place {
        return head;
    }
    let reach = &head[..crate::numbers::floor_char_boundary(head, 160)];
    [" - ", " \u{2014} ", " \u{2013} ", " -- "]
        .iter()
        .filter_map(|d| reach.find(d).map(|i| i + d.len()))
        .min()
        .map_or(head, |i| &head[i..])
}

/// Words that open a sentence without naming anyone, besides those that
/// are never a name's ([`crate::recognize::company::NOT_NAMES`]).
const OPENERS: &[&str] = &[
    "Shares",
    "Analysts",
    "Meanwhile",
    "Separately",
    "Earlier",
    "Rival",
    "Both",
    "After",
    "Before",
    "While",
];

fn not_a_name(w: &str) -> bool {
    crate::recognize::company::NOT_NAMES.contains(&w) || OPENERS.contains(&w)
}

/// Legal forms left off a name, so "Mitsubishi Corp" is found again as
/// "Mitsubishi Corp." and "Ryanair Holdings" as "Ryanair".
const LEGAL: &[&str] = &[
    "Inc", "Inc.", "Corp", "Corp.", "Co", "Co.", "Ltd", "Ltd.", "Plc", "PLC", "plc", "Holdings",
    "Group", "SA", "AG", "NV", "SE", "ASA", "AB",
];

fn is_name_word(w: &str) -> bool {
    w.chars().next().is_some_and(|c| c.is_uppercase()) || w == "&"
}

/// The capitalized run (up to four words) that opens `s`.
fn name_opening(s: &str) -> Option<&str> {
    let s = s.trim_start();
    let mut end = 0;
    for (count, (at, word)) in word_spans(s).take(4).enumerate() {
        let bare = word.trim_end_matches([',', ';', ':', '*', '_']);
        let possessive = bare.ends_with("'s") || bare.ends_with("\u{2019}s");
        if !is_name_word(bare) || (count == 0 && not_a_name(bare)) {
            break;
        }
        end = at + bare.len();
        if possessive {
            end -= if bare.ends_with("'s") { 2 } else { 4 };
        }
        if bare.len() != word.len() || possessive {
            break;
        }
    }
    trim_legal(&s[..end])
}

/// The capitalized run (up to four words) that ends `s`.
fn name_ending(s: &str) -> Option<&str> {
    let spans: Vec<(usize, &str)> = word_spans(s).collect();
    let mut start = s.len();
    for &(at, word) in spans.iter().rev().take(4) {
        if !is_name_word(word) || word.ends_with(',') {
            break;
        }
        start = at;
    }
    let run = &s[start..];
    if run.split_whitespace().next().is_some_and(not_a_name) {
        return None;
    }
    trim_legal(run)
}

fn word_spans(s: &str) -> impl Iterator<Item = (usize, &str)> {
    s.split_whitespace()
        .map(move |w| (w.as_ptr() as usize - s.as_ptr() as usize, w))
}

fn trim_legal(run: &str) -> Option<&str> {
    let mut run = run.trim();
    // "Deere & Co": the form and the ampersand before it.
    while let Some((head, last)) = run.rsplit_once(' ') {
        if !LEGAL.contains(&last) && last != "&" {
            break;
        }
        run = head.trim_end();
    }
    (run.len() >= 2).then_some(run)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (text, the name and first month of the calendar it states).
    const CASES: &[(&str, Option<(&str, i8)>)] = &[
        (
            "Itochu (8001.T), whose fiscal year also ends in March, kept its target.",
            Some(("Itochu", 4)),
        ),
        (
            "Ryanair kept its target of 216 million passengers for the fiscal year ending March 2027.",
            Some(("Ryanair", 4)),
        ),
        (
            "DUBLIN, Nov 2, 2026 (Reuters) - Ryanair Holdings said its financial year runs to March.",
            Some(("Ryanair", 4)),
        ),
        (
            "Severn Trent expects capital spending of about £2.6bn for the year to March 2027.",
            Some(("Severn Trent", 4)),
        ),
        (
            "Deere & Co, whose fiscal year ends on Oct. 31, reported results.",
            Some(("Deere", 11)),
        ),
        (
            "Acme Corp's fiscal year ended September 30, 2025.",
            Some(("Acme", 10)),
        ),
        // A year told by both its ends; a day before the month.
        (
            "Eutelsat's fiscal year runs from 1 July to 30 June.",
            Some(("Eutelsat", 7)),
        ),
        (
            "Lasertec, whose fiscal year ends on 30 June, cut its forecast.",
            Some(("Lasertec", 7)),
        ),
        (
            "- **Lasertec** (fiscal year ends June) said orders fell 41%.",
            Some(("Lasertec", 7)),
        ),
        // Statistics dated by their last month are no company's year.
        ("UK house prices rose 5% in the year to October.", None),
        // A pronoun names nobody.
        ("Its fiscal year ends in June.", None),
        ("The company's fiscal year ends in June.", None),
        // "May" the verb is no month.
        ("Acme said its fiscal year may end early.", None),
    ];

    #[test]
    fn statements_name_their_company_and_month() {
        for (text, want) in CASES {
            let got: Vec<(&str, i8)> = stated_calendars(text, &[])
                .iter()
                .map(|s| (s.name, s.cal.start_month))
                .collect();
            assert_eq!(got, want.iter().copied().collect::<Vec<_>>(), "{text}");
        }
    }

    #[test]
    fn statements_are_bounded() {
        let text = "Acme, whose fiscal year ends in March, rose. ".repeat(1000);
        assert_eq!(stated_calendars(&text, &[]).len(), MAX_STATED);
    }

    #[test]
    fn hostile_text_is_linear_and_safe() {
        let long = "fiscal year ends in ".repeat(20_000);
        assert!(stated_calendars(&long, &[]).is_empty());
        let junk = "é, whose fiscal year ends in March".repeat(100);
        let _ = stated_calendars(&junk, &[]);
    }
}

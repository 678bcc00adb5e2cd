//! Where a figure's clause starts and ends, and when two figures share one:
//! every part of a claim is looked for inside these bounds, so the rules
//! that draw them stand apart from the rules that read inside them.

use crate::analysis::Span;

use super::words::{first_word, listed, words_after};

/// Words that, after a comma, open a clause with an actor and a verb of its
/// own ("Intel cut 15,000 jobs, but Nvidia added 5,000 employees"): a
/// figure's subject, trigger, counterparty, period and cues are not looked
/// for across one, nor across a semicolon, nor across ", and" after a
/// clause with a figure ("invested $2bn in Anthropic, and Amazon agreed").
const CONTRAST: &[&str] = &["but", "while", "whereas", "although", "though", "yet"];

/// Lower-case words that open a clause's own subject after a [`CONTRAST`]
/// word ("while the company", "but its rival"); a name, a figure or a
/// capitalized word does too. Any other word continues the clause before
/// ("while setting a target", "though down from"): no fence there.
#[rustfmt::skip]
const SUBJECT_OPENERS: &[&str] = &[
    "the", "a", "an", "its", "their", "his", "her", "our", "it", "they", "we", "he", "she",
    "this", "that", "these", "those", "other", "others", "analysts", "rivals", "shares",
];

/// The places where a sentence's clauses with their own actors meet: a
/// semicolon, or a comma with one of [`CONTRAST`] after it (the span runs
/// from the mark to the end of the word), either with a subject after it
/// ("; Meta spent", not "; data center revenue $51.2B", which goes on
/// about the same company).
pub(super) fn fences(text: &str, sentence: Span) -> Vec<Span> {
    let s_text = &text[sentence.start..sentence.end];
    let mut out = Vec::new();
    // Where the clause before the current mark starts (after the last
    // comma or semicolon).
    let mut clause_from = 0;
    for i in memchr::memchr2_iter(b';', b',', s_text.as_bytes()) {
        let at = sentence.start + i;
        let clause = &s_text[clause_from..i];
        clause_from = i + 1;
        match s_text.as_bytes()[i] {
            b';' if opens_subject(s_text[i + 1..].trim_start()) => out.push(Span::new(at, at + 1)),
            b',' => {
                let rest = &s_text[i + 1..];
                let word = rest.trim_start();
                let len = word
                    .find(|c: char| !c.is_ascii_alphabetic())
                    .unwrap_or(word.len());
                let head = &word[..len];
                // ", and Amazon agreed to acquire iRobot": after a clause
                // with a figure of its own (a list of names has none).
                let and_clause =
                    head.eq_ignore_ascii_case("and") && clause.bytes().any(|b| b.is_ascii_digit());
                if (and_clause || CONTRAST.iter().any(|w| w.eq_ignore_ascii_case(head)))
                    && opens_subject(word[len..].trim_start())
                {
                    let end = at + 1 + (rest.len() - word.len()) + len;
                    out.push(Span::new(at, end));
                }
            }
            _ => {}
        }
    }
    out
}

/// Whether `rest` opens with a clause's own subject (see
/// [`SUBJECT_OPENERS`]).
fn opens_subject(rest: &str) -> bool {
    match rest.chars().next() {
        Some(c) if c.is_lowercase() => {
            first_word(rest).is_some_and(|w| listed(w, SUBJECT_OPENERS).is_some())
        }
        Some(_) => true,
        None => false,
    }
}

/// Whether the text between two figures only coordinates them: "and", "or"
/// and nouns ("and a gross margin of", ", or roughly", "of future lease
/// obligations and achieve annual cost savings of"), no verb of its own
/// (a word in "-ed" or a finite verb), no baseline ("from", "than") and no
/// clause mark.
pub(super) fn coordinated(between: &str) -> bool {
    if between.contains([';', ':', '(', ')', '—']) {
        return false;
    }
    let words = bare_words(between);
    words.len() <= 12
        && words.iter().any(|w| matches!(*w, "and" | "or" | "plus"))
        && !words.iter().any(|w| {
            (w.len() > 3 && w.ends_with("ed") && listed(w, ADJECTIVES_IN_ED).is_none())
                || listed(w, NOT_COORDINATING).is_some()
        })
}

/// Whether a figure stands in apposition right after the one before:
/// "expects operating profit of 3.6 trillion yen, down 24% from last
/// year", "would cut about 2,000 jobs, roughly 3% of its workforce": a
/// comma and at most three words of direction or measure between.
pub(super) fn apposed(between: &str) -> bool {
    // Up to two words may end the first figure's phrase ("2,000 jobs
    // worldwide, roughly 3%").
    let Some((head, rest)) = between.split_once(',') else {
        return false;
    };
    if head.split_whitespace().count() > 2
        || head
            .split_whitespace()
            .any(|w| (w.len() > 3 && w.ends_with("ed")) || listed(w, NOT_COORDINATING).is_some())
    {
        return false;
    }
    let mut count = 0;
    rest.split_whitespace().all(|w| {
        count += 1;
        count <= 3 && listed(w, APPOSITION_WORDS).is_some()
    })
}

/// Words between a figure's comma and the figure in apposition to it.
#[rustfmt::skip]
const APPOSITION_WORDS: &[&str] = &[
    "down", "up", "roughly", "about", "around", "nearly", "almost", "some", "approximately",
    "or", "just", "over", "under", "more", "less", "than", "a", "an", "rise", "drop", "increase",
    "decline", "gain", "fall", "jump", "of", "representing", "equal", "to",
];

/// Words in "-ed" that describe a figure rather than act: "adjusted
/// earnings of", "diluted".
#[rustfmt::skip]
const ADJECTIVES_IN_ED: &[&str] = &[
    "adjusted", "diluted", "combined", "annualized", "annualised", "consolidated", "related",
    "based", "listed", "estimated", "expected", "projected", "unadjusted", "non-adjusted",
    "weighted", "detailed", "dedicated", "integrated",
];

/// Words that make what follows a figure a clause or a baseline of its own.
#[rustfmt::skip]
const NOT_COORDINATING: &[&str] = &[
    "from", "than", "versus", "vs", "compared", "against", "up", "down", "said", "says", "is",
    "are", "was", "were", "has", "have", "had", "rose", "fell", "grew", "posted", "reported",
    "made", "spent", "paid", "sold", "bought", "won", "lost", "took", "but", "while", "which",
    "who", "that", "it", "analysts", "estimates", "expect", "expects",
    "forecast", "beat", "missed", "respectively",
];

/// Whether a new clause opens in `between` (the text from a figure to a
/// trigger after it): a semicolon, or a comma before "and", "while",
/// "whereas", "but" or "as".
pub(super) fn clause_break(between: &str) -> bool {
    between.contains(';')
        || words_after(between, ", ").any(|next| {
            listed(
                next,
                &[
                    "and",
                    "while",
                    "whereas",
                    "but",
                    "as",
                    "with",
                    // A reason given after the figure: "raised its profit
                    // forecast to ¥1.55 trillion, citing strong sales".
                    "citing",
                    "reflecting",
                    "thanks",
                    "helped",
                    "driven",
                    "boosted",
                    "hurt",
                    "amid",
                    "because",
                    "due",
                ],
            )
            .is_some()
        })
}

/// The words of `s` without the punctuation around them, empty ones left
/// out.
fn bare_words(s: &str) -> Vec<&str> {
    s.split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .collect()
}

/// Whether the words from one figure to the next go on about the first's
/// subject: a step of the same move (", or 1.9%, to"), or a clause whose
/// subject is "it" or left out ("fell 0.8% to $4,466.30 an ounce, though
/// it remains up about", "has fallen 3.9% from its January record but is
/// still up"), no capitalized word after its joining word.
pub(super) fn goes_on_about(between: &str) -> bool {
    if between.len() > 120 || between.contains(['|', '\n']) {
        return false;
    }
    let words = bare_words(between);
    const STEP: &[&str] = &[
        "or", "to", "at", "from", "about", "around", "roughly", "nearly", "some", "up", "down",
        "by",
    ];
    // (Past the words of a comparison: "rose about 42% year on year to
    // roughly $38 billion".)
    const COMPARED: &[&str] = &[
        "year",
        "on",
        "over",
        "year-on-year",
        "year-over-year",
        "yoy",
        "a",
        "earlier",
        "ago",
    ];
    let steps = words
        .iter()
        .filter(|w| listed(w, COMPARED).is_none())
        .try_fold(0, |n, w| listed(w, STEP).map(|_| n + 1));
    // (Or a comma alone: "was $458 billion, $166 billion less than".)
    if steps.is_some_and(|n| (1..=3).contains(&n)) || between.trim() == "," {
        return true;
    }
    let Some(j) = words
        .iter()
        .rposition(|w| listed(w, &["but", "though", "although", "while", "yet", "and"]).is_some())
    else {
        return false;
    };
    let rest = &words[j + 1..];
    let rest = match rest.first() {
        Some(&"it") => &rest[1..],
        _ => rest,
    };
    const GOES_ON: &[&str] = &[
        "is", "was", "has", "had", "remains", "remained", "stays", "stayed", "still", "ended",
        "closed", "finished", "rose", "fell", "gained", "lost", "added", "climbed", "dropped",
        "slipped",
    ];
    rest.first().is_some_and(|w| listed(w, GOES_ON).is_some())
        && rest
            .iter()
            .all(|w| !w.starts_with(|c: char| c.is_uppercase()))
}

/// The clause around a span: between the nearest clause marks.
pub(super) fn clause(text: &str, sentence: Span, span: Span) -> Span {
    let bytes = text.as_bytes();
    let digit = |i: usize| bytes.get(i).is_some_and(u8::is_ascii_digit);
    // A comma between digits groups them ("4,000"), it ends no clause.
    let is_mark = |i: usize, c: char| match c {
        ',' => !(i > 0 && digit(i - 1) && digit(i + 1)),
        ';' | ':' | '—' | '–' | '(' | ')' => true,
        _ => false,
    };
    let (from, to) = (span.start.max(sentence.start), span.end.min(sentence.end));
    if from > to {
        return sentence;
    }
    // A gloss in brackets ends no clause: "expects earnings before
    // interest and tax (EBIT) of $4.5 billion", "Acme (NYSE: ACM) said".
    let mut start = sentence.start;
    let mut i = from;
    while let Some((k, c)) = text[sentence.start..i]
        .char_indices()
        .rev()
        .find(|&(k, c)| is_mark(sentence.start + k, c))
    {
        let at = sentence.start + k;
        match (c == ')')
            .then(|| gloss_open(&text[sentence.start..at]))
            .flatten()
        {
            Some(open) => i = sentence.start + open,
            None => {
                start = at + c.len_utf8();
                break;
            }
        }
    }
    let mut end = sentence.end;
    let mut i = to;
    while let Some((k, c)) = text[i..sentence.end]
        .char_indices()
        .find(|&(k, c)| is_mark(i + k, c))
    {
        let at = i + k;
        match (c == '(')
            .then(|| gloss_close(&text[at + 1..sentence.end]))
            .flatten()
        {
            Some(close) => i = at + 1 + close + 1,
            None => {
                end = at;
                break;
            }
        }
    }
    Span::new(start, end)
}

/// The longest gloss in brackets [`clause`] reads through.
const GLOSS_LEN: usize = 32;

/// Whether brackets hold a gloss: a few words or a ticker, no figure and
/// no clause mark.
fn gloss(inside: &str) -> bool {
    inside.len() <= GLOSS_LEN
        && !inside.is_empty()
        && inside
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, ' ' | '&' | '.' | '-' | ':' | '\''))
}

/// Where the "(" of a gloss closing at the end of `before` stands.
fn gloss_open(before: &str) -> Option<usize> {
    let lo =
        crate::numbers::floor_char_boundary(before, before.len().saturating_sub(GLOSS_LEN + 1));
    let open = before[lo..].rfind('(')? + lo;
    gloss(&before[open + 1..]).then_some(open)
}

/// Where the ")" of a gloss opened just before `after` stands.
fn gloss_close(after: &str) -> Option<usize> {
    let hi = crate::numbers::floor_char_boundary(after, (GLOSS_LEN + 1).min(after.len()));
    let close = after[..hi].find(')')?;
    gloss(&after[..close]).then_some(close)
}

/// Whether `s` holds a comma that is no digit group's ("61,497").
fn clause_comma(s: &str) -> bool {
    memchr::memchr_iter(b',', s.as_bytes()).any(|i| !digit_group(s, i))
}

/// The last comma of `s` that is no digit group's.
pub(crate) fn last_clause_comma(s: &str) -> Option<usize> {
    memchr::memrchr_iter(b',', s.as_bytes()).find(|&i| !digit_group(s, i))
}

/// Whether the comma at `i` stands between digits ("5,000").
fn digit_group(s: &str, i: usize) -> bool {
    let b = s.as_bytes();
    i > 0 && b[i - 1].is_ascii_digit() && b.get(i + 1).is_some_and(u8::is_ascii_digit)
}

/// Whether a new clause opens in `between`: a comma, or "and" before a
/// verb in the past tense or of saying, planning or expecting.
pub(super) fn opens_clause(between: &str) -> bool {
    clause_comma(between)
        || words_after(between, " and ").any(|next| {
            (next.len() > 4 && next.ends_with("ed"))
                || listed(
                    next,
                    &[
                        "said", "cut", "set", "kept", "sees", "expects", "plans", "will", "would",
                        "forecast", "sold", "bought", "made", "paid", "took", "gave", "won",
                        // A clause of its own: "and that it expects", "and
                        // it plans", "and is expected".
                        "that", "it", "is", "now",
                    ],
                )
                .is_some()
        })
}

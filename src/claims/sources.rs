//! Who is a source rather than an actor: speakers, cited firms, brokers
//! estimating, news outlets, wire credits and asides. A source backs a
//! figure but is never its subject, and these tests run on every party.

use crate::analysis::Span;

use super::parties::DESCRIPTOR_WORDS;
use super::words::{first_word, last_word, listed, split_last_word};
use super::EMPHASIS;

/// Verbs that, right after a company named after a comma, make it who
/// the sentence quotes (", Amazon said."). Reporting verbs ("reported",
/// "wrote") are left out: their subject is mostly a news outlet.
pub(super) const SPEECH_VERBS: &[&str] = &[
    "said",
    "says",
    "announced",
    "confirmed",
    "stated",
    "disclosed",
];

/// Whether a company at `span` is the source a sentence quotes at its end
/// (", Amazon said", ", said Amazon").
pub(super) fn is_speaker(text: &str, sentence: Span, span: Span) -> bool {
    let before = text[sentence.start..span.start].trim_end();
    let after = text[span.end..sentence.end].trim_start();
    let said_before = split_last_word(before).is_some_and(|(rest, w)| {
        listed(w, SPEECH_VERBS).is_some() && rest.ends_with([',', '"', '”'])
    });
    let said_after = before.ends_with([',', '"', '”'])
        && first_word(after).is_some_and(|w| listed(w, SPEECH_VERBS).is_some());
    said_before || said_after
}

/// The words before a company that make it a source: "according to
/// Gartner", "analysts at Morgan Stanley", "data from IDC".
#[rustfmt::skip]
const CITING: &[(&str, &str)] = &[
    ("according", "to"), ("analysts", "at"), ("analyst", "at"), ("economists", "at"),
    ("strategists", "at"), ("researchers", "at"), ("data", "from"), ("estimates", "from"),
    ("figures", "from"), ("research", "from"), ("report", "from"), ("analysts", "from"),
    ("polled", "by"), ("compiled", "by"), ("surveyed", "by"), ("gathered", "by"),
    ("estimates", "by"), ("data", "by"), ("estimate", "from"), ("forecast", "from"),
    ("report", "by"), ("report", "in"), ("reports", "by"), ("reporting", "by"), ("story", "by"),
    ("article", "in"),
];

/// Whether a source noun follows a name: "Jefferies analysts". Looked at
/// for every party of every figure, so the first letter decides first.
fn source_noun_after(after: &str) -> bool {
    let Some(rest) = after.strip_prefix(' ') else {
        return false;
    };
    // (In any case: "LSEG SmartEstimate", "Visible Alpha Consensus".)
    rest.as_bytes()
        .first()
        .is_some_and(|b| b"aesrdc".contains(&b.to_ascii_lowercase()))
        && first_word(rest).is_some_and(|w| listed(w, SOURCE_NOUNS).is_some())
}

/// Words after a company that make it the source of an estimate: "Jefferies
/// analysts", "Goldman Sachs economists", "an LSEG estimate", "Visible
/// Alpha consensus". (Not "forecast": "Nvidia forecast revenue" is a verb.)
const SOURCE_NOUNS: &[&str] = &[
    "analyst",
    "analysts",
    "economist",
    "economists",
    "strategist",
    "strategists",
    "researchers",
    "estimate",
    "estimates",
    "data",
    "consensus",
    "SmartEstimate",
];

/// [`is_cited`] for a party, whose word before (kept when it is a
/// preposition) says at once whether it can be.
/// Words that open an aside between commas: participles of founding,
/// owning and leading, and relative words.
#[rustfmt::skip]
const ASIDE_OPENERS: &[&str] = &[
    "founded", "co-founded", "cofounded", "led", "backed", "owned", "run", "started",
    "created", "headed", "which", "who", "whose", "formerly", "once", "now",
];

/// "Reliance Jio, the digital unit of Reliance Industries, reported":
/// a noun phrase in apposition to the name before the comma, ending in
/// "of" right before the party, describes that name; the party is no actor
/// of the sentence.
fn appositive_of(head: &str, aside: &str) -> bool {
    // Counted, not collected: this runs for every party after a comma.
    let mut words = aside.split_whitespace();
    let Some(first) = words.next() else {
        return false;
    };
    // (Or the list after "of" leads to the name: "the publisher of New
    // York magazine and The Verge".)
    let (mut count, mut last, mut of_at) = (1, first, None);
    for w in words.by_ref().take(10) {
        count += 1;
        last = w;
        if w == "of" {
            of_at = Some(count);
        }
    }
    let leads = match of_at {
        Some(k) if last == "of" => k == count && count <= 6,
        Some(k) => k <= 6 && matches!(last, "and" | "or" | "&"),
        None => false,
    };
    leads
        && count >= 2
        && listed(first, &["the", "a", "an"]).is_some()
        && last_word(head).is_some_and(|w| w.starts_with(|c: char| c.is_uppercase()))
}

/// How far (bytes) an aside may run.
const ASIDE_REACH: usize = 120;

/// Whether `span` stands in an aside: after a comma whose next word opens
/// one, with another comma after it in the sentence, all close by.
pub(super) fn in_aside(text: &str, sentence: Span, span: Span) -> bool {
    let from = crate::numbers::floor_char_boundary(text, span.start.saturating_sub(ASIDE_REACH))
        .max(sentence.start);
    let before = &text[from..span.start];
    let Some(comma) = memchr::memrchr(b',', before.as_bytes()) else {
        return false;
    };
    let opens = first_word(before[comma + 1..].trim_start())
        .is_some_and(|w| listed(w, ASIDE_OPENERS).is_some())
        || appositive_of(&before[..comma], &before[comma + 1..]);
    let to = crate::numbers::floor_char_boundary(text, (span.end + ASIDE_REACH).min(sentence.end));
    let rest = &text[span.end..to.max(span.end)];
    let opens = opens || listed_in_apposition(before);
    (opens && memchr::memchr(b',', rest.as_bytes()).is_some())
        || modifies_apposition(&before[..comma], &before[comma + 1..], rest)
}

/// Whether the text `before` a name ends in a list that an apposition
/// opens: "Booking Holdings, the owner of Booking.com, Priceline and" (the
/// name is Agoda): each name of the list describes the head, as the first
/// does.
fn listed_in_apposition(before: &str) -> bool {
    // Asked for every name after a comma: the apposition's "of" first.
    if memchr::memmem::find(before.as_bytes(), b" of ").is_none() {
        return false;
    }
    let capitalized = |w: &str| w.starts_with(|c: char| c.is_uppercase());
    let list_word = |w: &str| capitalized(w) || listed(w, &["and", "or", "&"]).is_some();
    let mut end = before.len();
    for k in 0..4 {
        let Some(comma) = memchr::memrchr(b',', &before.as_bytes()[..end]) else {
            return false;
        };
        let segment = &before[comma + 1..end];
        // The apposition's opening: "the owner of Booking.com".
        if k > 0
            && first_word(segment.trim_start())
                .is_some_and(|w| listed(w, &["the", "a", "an"]).is_some())
            && segment.split_whitespace().take(8).any(|w| w == "of")
        {
            return last_word(&before[..comma]).is_some_and(capitalized);
        }
        // Else a list item: names and "and", a few words.
        let items = segment.split_whitespace().count();
        if items > 4 || !segment.split_whitespace().all(list_word) {
            return false;
        }
        end = comma;
    }
    false
}

/// Whether a name modifies the noun of an apposition to the name before
/// it: "Ultium Cells, the GM-LG venture, said", "Nscale, a Microsoft
/// partner, ...": the names in it describe, they do not act.
fn modifies_apposition(head: &str, aside: &str, rest: &str) -> bool {
    // (Markdown's emphasis aside: "**Hyundai**–**Samsung SDI** JV".)
    let bare = |w: &str| w.trim_matches(['*', '_']).to_string();
    let capitalized = |w: &str| w.starts_with(|c: char| c.is_uppercase());
    let mut words = aside.split_whitespace().map(bare).filter(|w| !w.is_empty());
    let opens = words
        .next()
        .is_some_and(|w| listed(&w, &["the", "a", "an"]).is_some())
        && words.take(3).all(|w| {
            capitalized(&w)
                || w.ends_with(['-', '–'])
                || listed(&w, &["new", "former", "planned", "proposed"]).is_some()
        });
    if !opens || !last_word(head.trim_end_matches(['*', '_'])).is_some_and(capitalized) {
        return false;
    }
    // The rest of the compound the name is in ("-LG", "–Samsung SDI"),
    // then a few lower case words up to the comma closing the apposition
    // ("joint venture", "JV", "venture in Ellabell").
    let rest = rest.trim_start_matches(|c: char| {
        c.is_alphanumeric() || matches!(c, '-' | '–' | '\'' | '*' | '_')
    });
    let Some(comma) = rest.find(',') else {
        return false;
    };
    let mut noun = rest[..comma].split_whitespace().map(bare).peekable();
    // (Further names of the compound: "–Samsung SDI".)
    while noun.peek().is_some_and(|w| capitalized(w) && w != "JV") {
        noun.next();
    }
    let noun: Vec<String> = noun.collect();
    let lower = |w: &String| w.starts_with(|c: char| c.is_ascii_lowercase()) || w == "JV";
    match noun
        .iter()
        .position(|w| listed(w, &["in", "at", "for"]).is_some())
    {
        // "the GM-LG venture in Tennessee,": a place after the noun.
        Some(k) => (1..=3).contains(&k) && noun[..k].iter().all(lower) && noun.len() <= k + 3,
        None => (1..=3).contains(&noun.len()) && noun.iter().all(lower),
    }
}

/// Whether a party is a source cited: after "according to", "analysts at",
/// "polled by"..., or before "analysts".
pub(super) fn is_source(
    text: &str,
    sentence: Span,
    span: Span,
    preposition_word: Option<&str>,
) -> bool {
    let after = text[span.end..sentence.end].trim_start_matches(EMPHASIS);
    ((matches!(preposition_word, Some("to" | "at" | "from" | "by" | "in"))
        || text[sentence.start..span.start].trim_end().ends_with(" the"))
        && is_cited(text, sentence, span))
        || source_noun_after(after)
        // "per PitchBook data", "per Dealogic figures".
        || (after_per(text[sentence.start..span.start].trim_end_matches(EMPHASIS))
            && after.starts_with(' ')
            && first_word(after.trim_start()).is_some_and(|w| {
                listed(w, &["data", "figures", "estimates", "research", "analysis"]).is_some()
            }))
        || reported_by(text, sentence, span)
}

/// Whether `before` ends with the word "per" and a space: bytes compared,
/// as this is asked of every party.
fn after_per(before: &str) -> bool {
    let b = before.as_bytes();
    b.len() >= 4
        && b[b.len() - 4..].eq_ignore_ascii_case(b"per ")
        && (b.len() == 4 || !b[b.len() - 5].is_ascii_alphanumeric())
}

/// Whether a name is the outlet of a report: "denying a Nikkei report
/// that", "according to a Bloomberg News story" (an article before the
/// name, so that "Nvidia reports revenue" stays a company acting).
fn reported_by(text: &str, sentence: Span, span: Span) -> bool {
    let after = &text[span.end..sentence.end];
    let Some(rest) = after.strip_prefix(' ') else {
        return false;
    };
    // (A wire brief writes it in capitals: "IN A REUTERS POLL".)
    rest.starts_with(['r', 's', 'p', 'a', 'R', 'S', 'P', 'A'])
        && first_word(rest).is_some_and(|w| {
            listed(
                w,
                &[
                    "report", "reports", "story", "survey", "poll", "analysis", "article",
                ],
            )
            .is_some()
        })
        && last_word(text[sentence.start..span.start].trim_end())
            .is_some_and(|w| listed(w, &["a", "an", "the"]).is_some())
}

/// Verbs of estimating after a broker: "Bernstein expects", "Jefferies
/// now estimates".
const ESTIMATING: &[&str] = &[
    "expects",
    "expected",
    "estimates",
    "estimated",
    "forecasts",
    "forecast",
    "predicts",
    "predicted",
    "projects",
    "projected",
    "sees",
    "models",
    "reckons",
    "thinks",
    "believes",
];

/// Whether a broker or research house named at `span` estimates what
/// follows ("Bernstein expects fiscal 2028 revenue of $370bn"): its source,
/// not its subject. Not when it speaks of its own ("expects its", "expects
/// to").
pub(super) fn broker_estimating(text: &str, sentence: Span, span: Span, slug: &str) -> bool {
    // Two words are read, from a bounded stretch: a sentence without
    // spaces would otherwise be one word read at every party.
    let to =
        crate::numbers::floor_char_boundary(text, sentence.end.min(span.end + BROKER_WORDS_REACH));
    let mut words = text[span.end..to.max(span.end)].split_whitespace();
    let mut verb = words.next();
    if verb.is_some_and(|w| w == "now" || w == "also") {
        verb = words.next();
    }
    // A digest's abbreviation: "Morgan Stanley est. FQ1 rev: $19.2B".
    if verb.is_some_and(|w| w == "est." || w == "est") {
        return crate::lexicon::is_broker(slug);
    }
    // Asked of every party: every verb of estimating ends in "s", "d" or
    // "t", a byte test before the list and the broker search.
    if !verb.is_some_and(|w| w.len() >= 4 && w.ends_with(['s', 'd', 't']))
        || !crate::lexicon::is_broker(slug)
    {
        return false;
    }
    verb.is_some_and(|w| listed(w, ESTIMATING).is_some())
        && words
            .next()
            .is_some_and(|n| listed(n, &["its", "to", "that", "it"]).is_none())
}

/// How far after a broker's name its verb and the word after are read.
const BROKER_WORDS_REACH: usize = 48;

/// Whether a name stands alone in parentheses that close a sentence or a
/// digest's line, crediting its source: "a 62% share of the HBM market in
/// Q3 (Counterpoint)", "(per PitchBook)", "(source: TrendForce)".
pub(super) fn parenthesized_credit(text: &str, sentence: Span, span: Span) -> bool {
    // (A word of the source's own may follow: "(Counterpoint Research)",
    // "(LSEG data)".)
    let near = &text.as_bytes()[span.end..sentence.end.min(span.end + 25)];
    let Some(close) = memchr::memchr(b')', near) else {
        return false;
    };
    let after = &text[span.end..sentence.end];
    let before = text[sentence.start..span.start].trim_end();
    let before = ["per", "source:", "Source:", "via", "according to"]
        .iter()
        .find_map(|w| before.strip_suffix(w))
        .map_or(before, str::trim_end);
    if !before.ends_with('(') {
        return false;
    }
    if after[..close].contains(['(', ',', ';']) {
        return false;
    }
    after[close + 1..]
        .chars()
        .all(|c| c.is_whitespace() || matches!(c, '.' | '*' | '_'))
}

/// Whether a news outlet is credited with the report in a clause of its
/// own: ", Bloomberg News reported.", ", the Financial Times reported,
/// citing".
pub(super) fn outlet_credit(text: &str, sentence: Span, span: Span, slug: &str) -> bool {
    if !crate::lexicon::is_outlet(slug) {
        return false;
    }
    let after = text[span.end..sentence.end].trim_start_matches(' ');
    let after = after.strip_prefix("News ").unwrap_or(after);
    let Some(word) = first_word(after) else {
        return false;
    };
    // "Denies Bloomberg report of 2,000 more job cuts": the outlet's report.
    if listed(word, &["report", "scoop", "story"]).is_some() {
        return true;
    }
    const CREDITS: &[&str] = &[
        "reported",
        "reports",
        "said",
        "says",
        "wrote",
        "reporting",
        "cited",
    ];
    if listed(word, CREDITS).is_none() {
        return false;
    }
    let before = text[sentence.start..span.start].trim_end();
    let before = before
        .strip_suffix("the")
        .or_else(|| before.strip_suffix("The"))
        .unwrap_or(before)
        .trim_end();
    before.ends_with(',') || before.is_empty()
}

/// Whether a company is a source cited ("according to", "analysts at"):
/// it backs the sentence's figures, it is not what the text is about nor
/// a party the next sentence refers back to.
fn is_cited(text: &str, sentence: Span, span: Span) -> bool {
    let Some((mut rest, mut prep)) =
        split_last_word(text[sentence.start..span.start].trim_end_matches(EMPHASIS))
    else {
        return false;
    };
    // ("a report by the Korea Economic Daily".)
    if prep.eq_ignore_ascii_case("the") {
        if let Some((left, w)) = split_last_word(rest) {
            (rest, prep) = (left, w);
        }
    }
    // A descriptor between ("according to broker Aon", "data from
    // consultancy DealForma"): up to three words back from its head.
    if crate::recognize::company::is_descriptor_head(prep) {
        for _ in 0..DESCRIPTOR_WORDS {
            let Some((left, w)) = split_last_word(rest) else {
                break;
            };
            (rest, prep) = (left, w);
            // ("a report by German business daily Handelsblatt": a
            // nationality may open the descriptor.)
            if !w.chars().all(|c| c.is_alphabetic() || c == '-')
                || CITING.iter().any(|(_, p)| p.eq_ignore_ascii_case(w))
                || (!w.starts_with(|c: char| c.is_lowercase())
                    && !crate::recognize::company::is_nationality(w))
            {
                break;
            }
        }
    }
    let Some(head) = last_word(rest) else {
        return false;
    };
    CITING
        .iter()
        .any(|(h, p)| h.eq_ignore_ascii_case(head) && p.eq_ignore_ascii_case(prep))
}

/// A wire service's credit in a dateline, "SAN FRANCISCO, March 3
/// (Reuters) - Broadcom...": a name alone in parentheses with a dash after
/// them. It says who wrote the story, not who did anything in it, so it
/// takes no part in claims (it stays a company mention).
pub(super) fn is_credit(text: &str, span: Span) -> bool {
    let before = text[..span.start].trim_end_matches([' ', '\u{a0}']);
    let after = text[span.end..].trim_start_matches([' ', '\u{a0}']);
    let Some(after) = after.strip_prefix(')') else {
        return false;
    };
    before.ends_with('(')
        && after
            .trim_start_matches([' ', '\u{a0}'])
            .starts_with(['-', '–', '—'])
}

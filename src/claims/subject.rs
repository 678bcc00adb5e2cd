//! Choosing who a figure is about among the parties, and when it is nobody's
//! (a class of companies, a market, a place, a public body): what keeps the
//! topic from taking a figure it does not own.

use crate::analysis::{Mention, Span, Value};

use super::parties::{governed_by_verb, Group, Party, GOVERNED_AFTER, RELATIONAL};
use super::verbs::CHANGE_VERBS;
use super::words::{first_word, last_word, listed, split_last_word};
use super::EMPHASIS;

/// Whether the text is a call's transcript or an interview, where "we" is
/// the company holding the call or interviewed: its title names an
/// earnings or conference call, an operator speaks on a line of their own,
/// or questions open two lines ("Q:").
pub(super) fn is_transcript(text: &str) -> bool {
    let head = &text[..crate::numbers::floor_char_boundary(text, 400)];
    let lower = head.to_ascii_lowercase();
    let questions = || {
        memchr::memmem::find_iter(text.as_bytes(), b"\nQ:")
            .take(2)
            .count()
            == 2
    };
    ["earnings call", "conference call", "call transcript"]
        .iter()
        .any(|t| lower.contains(t))
        || text.starts_with("Operator:")
        || memchr::memmem::find(text.as_bytes(), b"\nOperator:").is_some()
        || questions()
}

/// A name set off by commas after a noun phrase: "its cloud division, AWS."
pub(super) fn appositive(text: &str, sentence: Span, span: Span) -> bool {
    let before = text[sentence.start..span.start].trim_end();
    let after = text[span.end..sentence.end].trim_start();
    before.ends_with(',') && (after.is_empty() || after.starts_with([',', '.', ';', ')']))
}

/// People nouns that make a company name a modifier, not the subject:
/// "some AWS employees", "Amazon executives".
#[rustfmt::skip]
const ATTRIBUTIVE: &[&str] = &[
    "employee", "employees", "engineer", "engineers", "executive", "executives", "staff",
    "worker", "workers", "customer", "customers", "user", "users", "spokesperson", "spokesman",
    "spokeswoman", "insider", "insiders", "veteran", "veterans", "investors", "shareholders",
];

pub(super) fn attributive(text: &str, end: usize, limit: usize) -> bool {
    first_word(text[end..limit].trim_start()).is_some_and(|w| listed(w, ATTRIBUTIVE).is_some())
}

/// Plural nouns for a class of companies: as the actor of a figure no
/// company is named for, they make it nobody's claim rather than the
/// topic's. Sources ("analysts", "investors") are not here: "analysts
/// expect revenue of $5bn" is still the topic's revenue, forecast.
#[rustfmt::skip]
const CLASS_NOUNS: &[&str] = &[
    "hyperscalers", "companies", "firms", "rivals", "competitors", "peers", "chipmakers",
    "startups", "start-ups", "giants", "providers", "operators", "labs", "automakers",
    "carmakers", "lenders", "banks", "utilities", "governments", "countries", "players",
    "incumbents", "vendors", "suppliers", "manufacturers", "makers", "developers",
    // Other classes whose totals are no one company's: "U.S. REITs have
    // raised $62 billion", "Premier League clubs' combined revenues",
    // "Chicago soybean futures rose 1.2%".
    "reits", "clubs", "consumers", "shoppers", "households", "funds", "insurers", "airlines",
    "miners", "retailers", "traders", "farmers", "exporters", "importers", "nations",
    "economies", "buyers", "sellers", "futures", "brands", "teams", "studios", "economists",
];

/// Whether a class of companies is named in subject position in `before`
/// (the figure's clause up to it), among its first words: "Hyperscalers
/// will spend", "Big Tech companies plan". (Only those: a figure-dense
/// clause must not cost its length per figure.)
pub(super) fn names_a_class(before: &str) -> bool {
    opens_with_actor(before, Actor::Any)
}

/// Whether a public body or an office holder opens `before`: "The Bank of
/// England has held its benchmark rate", "The Commission said its".
pub(super) fn names_a_public_body(before: &str) -> bool {
    opens_with_actor(before, Actor::Public)
}

/// Which actors [`opens_with_actor`] looks for.
#[derive(PartialEq, Eq, Clone, Copy)]
enum Actor {
    /// Markets, classes of companies and public bodies.
    Any,
    /// Markets and their measures only.
    Market,
    /// Public bodies only.
    Public,
}

/// Whether a market or a measure of one opens `before`: "The region's
/// data-centre market is expected to be worth", "Network hashrate hit"
/// (not a class of companies or a public body, which may act on a company
/// named after the figure: "the Commission cleared €5bn for ESMC").
pub(super) fn names_a_market(before: &str) -> bool {
    opens_with_actor(before, Actor::Market)
}

fn opens_with_actor(before: &str, actor: Actor) -> bool {
    let words = before
        .split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '&'))
        .filter(|w| !w.is_empty())
        .take(CLASS_SUBJECT_WORDS);
    let mut last = "";
    let mut before_last = "";
    // Whether a preposition of exchange governs the word at hand.
    let mut governed = false;
    let mut words = words.peekable();
    while let Some(w) = words.next() {
        let big_tech = last.eq_ignore_ascii_case("big") && w.eq_ignore_ascii_case("tech");
        // "the French state": one adjective may stand after "the".
        // "the state oil giant", "state-owned": a company the state owns.
        let adjective = w.eq_ignore_ascii_case("state")
            && words.peek().is_some_and(|n| {
                n.starts_with(|c: char| c.is_lowercase())
                    && listed(n, CLASS_VERBS).is_none()
                    && listed(n, &["said", "says", "owns", "holds", "took", "takes"]).is_none()
            });
        // "The Bank of England", "the Bank of Japan", "Banco de Mexico": a
        // central bank.
        let central_bank = (before_last == "Bank" && last == "of"
            || before_last == "Banco" && last == "de")
            && crate::recognize::company::is_country(w)
            // ("Bank of America", "Bank of Ireland": lenders.)
            && !lender_named(w);
        let public = !adjective
            && (central_bank
                || is_public_actor(last, w)
                || (before_last.eq_ignore_ascii_case("the") && is_public_actor(before_last, w)));
        before_last = last;
        // "market share", "market value" are a company's.
        let market = (listed(w, MARKET_NOUNS).is_some() || listed(w, ACTING_INDEXES).is_some())
            && words
                .peek()
                .is_none_or(|n| listed(n, MARKET_OBJECTS).is_none());
        let aggregate = aggregate_head(last, w);
        last = w;
        let was_governed = governed;
        governed = exchanged_with(w)
            || (was_governed
                && listed(
                    w,
                    &[
                        "other", "the", "its", "their", "all", "some", "many", "rival",
                    ],
                )
                .is_some());
        let governed = was_governed;
        match actor {
            Actor::Public if public => return true,
            Actor::Public => {}
            _ if market || aggregate => return true,
            // ("Revenue from selling credits to other automakers": a class
            // a preposition of exchange governs is a counterpart, not the
            // actor; "spending by hyperscalers" stays theirs.)
            Actor::Any if big_tech || public || (listed(w, CLASS_NOUNS).is_some() && !governed) => {
                return true
            }
            _ => {}
        }
    }
    false
}

/// Whether "Bank of `place`" is a company of the built-in lexicon (a
/// lender, "Bank of America"), not a central bank ("Bank of Japan").
fn lender_named(place: &str) -> bool {
    let name = format!("Bank of {place}");
    let lexicons = crate::lexicon::Lexicons::builtin();
    let found = lexicons
        .companies
        .find_iter(&name)
        .any(|m| m.start == 0 && m.end == name.len());
    found
}

/// Whether `w` is a preposition of exchange, whose object is a
/// counterpart: "to other automakers", "from customers", "with rivals".
fn exchanged_with(prev: &str) -> bool {
    listed(prev, &["to", "from", "with", "into", "against"]).is_some()
}

/// Measures of a whole market, written with a modifier and no owner:
/// "Data-centre ABS issuance has reached $28 billion", "DRAM contract
/// prices rose 10%", "Network hashrate hit 1,150 EH/s". Owned ("its
/// issuance", "Meta's prices": the word before is the possessive's "s")
/// or bare ("Prices rose 5%"), they may be a company's.
fn aggregate_head(before: &str, w: &str) -> bool {
    #[rustfmt::skip]
    const OWNERS: &[&str] = &[
        "the", "its", "their", "our", "his", "her", "this", "that", "these", "those", "a", "an",
        "s", "installed", "operating", "deployed", "own", "total",
    ];
    if before.is_empty() || listed(before, OWNERS).is_some() {
        return false;
    }
    match w.as_bytes().first().map(u8::to_ascii_lowercase) {
        Some(b'i' | b'h' | b'p' | b'v' | b'd' | b'l') => {}
        _ => return false,
    }
    // "US data-centre demand could reach 80 GW", "peak grid load".
    if listed(w, &["demand", "load"]).is_some() {
        return listed(before, LOAD_MODIFIERS).is_some();
    }
    if listed(w, &["issuance", "hashprice", "prices"]).is_some() {
        return true;
    }
    if listed(w, &["hashrate", "hash-rate"]).is_some() {
        return listed(before, &["network", "global", "bitcoin"]).is_some();
    }
    listed(w, &["volume", "volumes"]).is_some()
        && listed(before, &["deal", "M&A", "trading", "issuance"]).is_some()
}

/// Modifiers that make "demand" or "load" a whole market's: "data-centre
/// demand", "electricity load" (not "strong demand", "its load").
#[rustfmt::skip]
const LOAD_MODIFIERS: &[&str] = &[
    "data-centre", "data-center", "datacenter", "datacentre", "power", "electricity", "grid",
    "peak", "compute", "energy",
];

/// Measures only a country has: "Korea chip exports", "US inflation".
#[rustfmt::skip]
const NATIONAL_MEASURES: &[&str] = &[
    "exports", "imports", "GDP", "inflation", "unemployment", "jobless", "payrolls",
    "deficit", "surplus", "CPI",
];

/// Whether two words name a place: "South Korea", "New York".
fn is_place_pair(a: &str, b: &str) -> bool {
    a.starts_with(|c: char| c.is_uppercase())
        && b.starts_with(|c: char| c.is_uppercase())
        && crate::recognize::company::is_place(&format!("{a} {}", b.trim_end_matches(',')))
}

/// How a clause opens, for the totals of places and markets.
pub(super) enum Opening {
    /// "China's exports", "the world's chip sales".
    PlacePossessive,
    /// "Global", "U.S.", "Chinese": a scope that may be a company's segment
    /// ("U.S. sales rose 5%") unless the figure is credited to an outside
    /// source.
    Scope,
    Other,
}

/// Words of scope that open a total: regions, nationalities, "global".
#[rustfmt::skip]
const SCOPE_WORDS: &[&str] = &[
    "Global", "Worldwide", "Nationwide", "Industry-wide", "Industrywide", "Domestic", "U.S.",
    "US", "UK", "EU", "American", "Chinese", "European", "Japanese", "Indian", "German",
    "British", "Korean", "Asian", "French", "Italian", "Spanish", "Canadian",
    "Australian", "Brazilian", "Mexican", "Russian", "Swiss", "Dutch", "Swedish", "Taiwanese",
    "African", "Gulf", "Saudi", "Emirati", "Indonesian", "Vietnamese", "Thai",
];

/// Where, in `before` (the text before a figure), a capitalized
/// possessive after "the" ends it ("the Nasdaq's"), or a market's ("the
/// benchmark index's 0.6% gain", "the broader market's").
pub(super) fn the_named_possessive(before: &str) -> Option<std::ops::Range<usize>> {
    let mut words = before.split_whitespace().rev();
    let (Some(owner), Some(the)) = (words.next(), words.next()) else {
        return None;
    };
    let stem = ["'s", "\u{2019}s"]
        .iter()
        .find_map(|p| owner.strip_suffix(p))?;
    // "the FTSE 100's 14% gain", "the S&P 500's": a name and its number.
    if !stem.is_empty() && stem.bytes().all(|b| b.is_ascii_digit()) {
        let named = the.starts_with(|c: char| c.is_uppercase())
            && words.next().is_some_and(|w| w.eq_ignore_ascii_case("the"));
        let start = before.len() - owner.len();
        let start = before[..start].trim_end().len() - the.len();
        return named.then_some(start..before.len());
    }
    let market = stem.starts_with(|c: char| c.is_ascii_lowercase()) && MARKET_NOUNS.contains(&stem);
    let named =
        market || (stem.starts_with(|c: char| c.is_uppercase()) && the.eq_ignore_ascii_case("the"));
    let start = before.len() - owner.len();
    named.then_some(start..before.len())
}

/// How many bytes before a figure [`market_clause`] looks for a market's
/// noun first.
const MARKET_TAIL: usize = 120;

/// Whether a clause a source reports opens with a market: "TrendForce said
/// that the DRAM market could grow 40%", "Yole Group expects the HBM market
/// to reach $98bn": the market's total, not the source's. The last "that"
/// or verb of expecting, then "the", at most three modifiers and a market
/// noun ("market share" stays a company's).
pub(super) fn market_clause(before: &str) -> bool {
    const REPORTS: &[&str] = &[
        "that",
        "expects",
        "expected",
        "forecasts",
        "forecast",
        "predicts",
        "predicted",
        "sees",
        "projects",
        "projected",
        "estimates",
        "estimated",
    ];
    // (Asked of most figures: the market's noun is looked for first.)
    let tail = &before
        [crate::numbers::floor_char_boundary(before, before.len().saturating_sub(MARKET_TAIL))..];
    if !["market", "industry", "sector"]
        .iter()
        .any(|m| tail.contains(m))
    {
        return false;
    }
    let mut words = [""; 12];
    let mut n = 0;
    for w in before.split_whitespace().rev().take(12) {
        words[n] = w;
        n += 1;
    }
    let words = &words[..n];
    let Some(k) = words.iter().position(|w| listed(w, REPORTS).is_some()) else {
        return false;
    };
    // The words after the verb, in text order.
    let mut after = words[..k].iter().rev();
    if !after.next().is_some_and(|w| w.eq_ignore_ascii_case("the")) {
        return false;
    }
    let mut after = after.peekable();
    for _ in 0..4 {
        let Some(w) = after.next() else { return false };
        if listed(w, &["market", "markets", "industry", "sector"]).is_some() {
            return after
                .peek()
                .is_none_or(|n| listed(n, MARKET_OBJECTS).is_none());
        }
        if !w.chars().all(|c| c.is_alphanumeric() || c == '-') {
            return false;
        }
    }
    false
}

/// Whether the reported clause ending `before` (after its last "that")
/// opens with a word of a worldwide scope: "estimates that worldwide data
/// center capex will rise", "said that global chip sales".
pub(super) fn scope_after_that(before: &str) -> bool {
    const SCOPES: &[&str] = &[
        "worldwide",
        "global",
        "industry-wide",
        "industrywide",
        "nationwide",
        "market-wide",
    ];
    before
        .rfind(" that ")
        .and_then(|at| first_word(&before[at + 6..]))
        .is_some_and(|w| SCOPES.contains(&w))
}

/// Whether a word of scope stands among the last words before a figure, in
/// its noun phrase: "European AI spending of", "global EV battery
/// installations will reach".
pub(super) fn scope_before(before: &str) -> bool {
    before.split_whitespace().rev().take(8).any(is_scope_word)
}

/// Whether a digest's "figure: what it is" names a scope in its first
/// words: "1,100 GWh: global EV battery installations", "24%: the drop in
/// U.S. EV sales".
pub(super) fn scope_after_colon(after: &str) -> bool {
    after
        .trim_start()
        .strip_prefix(':')
        .is_some_and(|rest| rest.split_whitespace().take(5).any(is_scope_word))
}

/// A word of scope, past the punctuation around it: "European", "U.S.",
/// "global".
fn is_scope_word(w: &str) -> bool {
    let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '.');
    (w.starts_with(|c: char| c.is_uppercase()) && SCOPE_WORDS.contains(&w))
        || listed(w, &["global", "worldwide", "industry-wide", "industrywide"]).is_some()
}

/// Whether a sentence opens by crediting a source: "According to SNE
/// Research, ...".
pub(super) fn opens_with_credit(head: &str) -> bool {
    let head = head.trim_start_matches(|c: char| !c.is_alphanumeric());
    head.get(..12)
        .is_some_and(|h| h.eq_ignore_ascii_case("according to"))
        && head.contains(',')
}

/// Whether a sentence (or a digest's line) ends by crediting a source in
/// parentheses: "1,100 GWh: global EV battery installations this year (SNE
/// Research)".
pub(super) fn ends_with_credit(sentence: &str) -> bool {
    let s = sentence.trim_end().trim_end_matches(['.', '*']);
    let Some(inner) = s
        .strip_suffix(')')
        .and_then(|s| s.rsplit_once('('))
        .map(|(_, i)| i)
    else {
        return false;
    };
    let words: Vec<&str> = inner.split_whitespace().collect();
    (1..=4).contains(&words.len())
        && words.iter().all(|w| {
            w.starts_with(|c: char| c.is_uppercase()) && !w.bytes().any(|b| b.is_ascii_digit())
        })
}

/// How the clause `before` opens (after "The").
pub(super) fn aggregate_opening(before: &str) -> Opening {
    // ("Context: China's overall NEV sales rose 20%": past a digest's label.)
    let head = &before[..crate::numbers::floor_char_boundary(before, 26)];
    let before = match head.find(": ") {
        Some(k) if !head[..k].contains(char::is_whitespace) => &before[k + 2..],
        _ => before,
    };
    let mut words = before.split_whitespace();
    let Some(mut w) = words.next() else {
        return Opening::Other;
    };
    if w.eq_ignore_ascii_case("the") {
        let Some(next) = words.next() else {
            return Opening::Other;
        };
        w = next;
    }
    let w = w.trim_start_matches(EMPHASIS);
    // "The European Union's programme", "the European Commission's": a
    // body of two words, possessive.
    let second = words.clone().next().unwrap_or("");
    if let Some(stem) = ["'s", "’s"].iter().find_map(|p| second.strip_suffix(p)) {
        // ("South Korea's semiconductor exports": a place of two words.)
        if w.starts_with(|c: char| c.is_uppercase())
            && (PUBLIC_HEADS.contains(&stem)
                || matches!(stem, "Union" | "Nations")
                || is_place_pair(w, stem))
        {
            return Opening::PlacePossessive;
        }
    }
    // "Korea chip exports, Sep: +22%", "US jobless claims": a place's
    // national measure, told without a possessive.
    let measure = || {
        before
            .split_whitespace()
            .skip_while(|x| x.eq_ignore_ascii_case("the"))
            .take(5)
            .any(|x| {
                listed(
                    x.trim_matches(|c: char| !c.is_alphanumeric()),
                    NATIONAL_MEASURES,
                )
                .is_some()
            })
    };
    if w.starts_with(|c: char| c.is_uppercase())
        && measure()
        && (crate::recognize::company::is_place(w.trim_end_matches(','))
            || is_place_pair(w, second))
    {
        return Opening::PlacePossessive;
    }
    if let Some(stem) = ["'s", "’s"].iter().find_map(|p| w.strip_suffix(p)) {
        let place = stem == "world" || stem == "U.S." || crate::recognize::company::is_place(stem);
        // "Germany's second-biggest listed lender said": a company named
        // by what it is.
        let descriptor = words.take(4).any(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            crate::recognize::company::is_descriptor_head(w)
                || listed(
                    w,
                    &[
                        "company", "group", "firm", "bank", "maker", "operator", "utility",
                    ],
                )
                .is_some()
        });
        return if place && !descriptor {
            Opening::PlacePossessive
        } else {
            Opening::Other
        };
    }
    // Scopes and places are capitalized: most clauses open otherwise.
    if w.starts_with(|c: char| c.is_uppercase())
        && (SCOPE_WORDS.contains(&w)
            || crate::recognize::company::is_place(w)
            || measure_in_place(before))
    {
        Opening::Scope
    } else {
        Opening::Other
    }
}

/// Whether a clause opens with a lower-case measure of a place: "Passenger
/// traffic in the Middle East rose", "Car sales in Europe fell": up to
/// three words, then "in", an optional "the" and a place of one or two
/// words.
fn measure_in_place(before: &str) -> bool {
    let mut words = before.split_whitespace();
    for k in 0..4 {
        let Some(w) = words.next() else {
            return false;
        };
        if w == "in" {
            if k == 0 {
                return false;
            }
            let mut place = words.next().unwrap_or("");
            if place.eq_ignore_ascii_case("the") {
                place = words.next().unwrap_or("");
            }
            let next = words.next().unwrap_or("");
            return crate::recognize::company::is_place(place.trim_end_matches([',', '.']))
                || is_place_pair(place, next.trim_end_matches([',', '.']));
        }
        // The measure's words are common nouns after the first.
        if k > 0 && !w.starts_with(|c: char| c.is_ascii_lowercase()) {
            return false;
        }
    }
    false
}

/// A market, an index or an industry as the actor: "The benchmark KOSPI
/// index gained 0.8%", "The AI chip market will grow 30%" is no company's
/// figure.
#[rustfmt::skip]
const MARKET_NOUNS: &[&str] = &[
    "market", "markets", "mkt", "index", "indexes", "indices", "benchmark", "industry", "sector",
    "economy",
];

/// Names of stock indexes that act as a clause's subject, like the
/// [`MARKET_NOUNS`]: "The Nasdaq rose 1.2%".
#[rustfmt::skip]
const ACTING_INDEXES: &[&str] = &[
    "Nasdaq", "S&P", "Dow", "Kospi", "Nikkei", "Sensex", "Nifty", "FTSE", "DAX", "Stoxx",
    "Topix", "Taiex",
];

/// More names of stock indexes, read only around an index's move told
/// after its figure (some are other names too: "Russell").
#[rustfmt::skip]
const MORE_INDEXES: &[&str] = &[
    "AEX", "CAC", "Kosdaq", "SOX", "ASX", "TSX", "IBEX", "SMI", "MSCI", "Russell", "Seng",
    "Bovespa",
];

/// Nouns of a move that an index makes: "a 1.2% gain in the KOSPI".
#[rustfmt::skip]
const MOVE_NOUNS: &[&str] = &[
    "gain", "gains", "rise", "rises", "fall", "falls", "drop", "drops", "decline", "declines",
    "advance", "advances", "slide", "loss", "losses", "jump", "increase", "decrease", "rally",
];

/// Whether a percentage is an index's move, told around the figure: "a
/// 1.2% gain in the benchmark KOSPI", "helping lift the AEX index 0.9%".
pub(super) fn index_move(text: &str, sentence: Span, figure: Span) -> bool {
    let end = crate::numbers::floor_char_boundary(text, sentence.end.min(figure.end + 60));
    let mut after = text[figure.end..end.max(figure.end)]
        .split(|c: char| !(c.is_alphanumeric() || c == '&'))
        .filter(|w| !w.is_empty());
    let moved = after
        .next()
        .is_some_and(|w| listed(w, MOVE_NOUNS).is_some())
        && after
            .next()
            .is_some_and(|w| listed(w, &["in", "for", "of", "by", "on"]).is_some())
        && after.next().is_some_and(|w| w.eq_ignore_ascii_case("the"))
        && after
            .take(3)
            .any(|w| MARKET_NOUNS.contains(&w) || is_index_word(w));
    // ("lifting the Philadelphia Semiconductor Index 1.9%": a name of up
    // to three words between "the" and "Index"; "the Nifty IT index was
    // up 0.9%": two words of its move after it.)
    let start = crate::numbers::floor_char_boundary(text, figure.start.saturating_sub(60))
        .max(sentence.start);
    let before: Vec<&str> = text[start..figure.start]
        .split_whitespace()
        .rev()
        .take(7)
        .collect();
    let named_before = before
        .first()
        .is_some_and(|w| w.eq_ignore_ascii_case("index") || w.eq_ignore_ascii_case("indexes"))
        && before
            .iter()
            .skip(1)
            .any(|w| w.eq_ignore_ascii_case("the") || is_index_word(w));
    // "while the broader Nifty IT index was up 0.9%": the index, then the
    // words of its move.
    let moved_before = || {
        let Some(k) = before
            .iter()
            .position(|w| w.eq_ignore_ascii_case("index") || w.eq_ignore_ascii_case("indexes"))
        else {
            return false;
        };
        // ("The Nifty IT index has fallen about 9% so far this year": an
        // auxiliary, a verb of change and a qualifier between.)
        k > 0
            && before[..k].iter().all(|w| index_move_word(w))
            && before[k + 1..]
                .iter()
                .any(|w| w.eq_ignore_ascii_case("the"))
    };
    // "the broader Nifty 50, which has gained roughly 6%": a relative
    // clause on an index, its move's words only.
    let relative = || {
        let Some(k) = before.iter().position(|w| w.eq_ignore_ascii_case("which")) else {
            return false;
        };
        k > 0
            && before[..k].iter().all(|w| index_move_word(w))
            && before.get(k + 1).is_some_and(|w| w.ends_with(','))
            && before[k + 1..]
                .iter()
                .take(3)
                .any(|w| is_index_word(w.trim_end_matches(',')))
    };
    moved || named_before || moved_before() || relative()
}

/// Whether a word may stand between an index and its move's figure: a
/// verb of change or one of [`INDEX_MOVE_WORDS`].
fn index_move_word(w: &str) -> bool {
    listed(w, INDEX_MOVE_WORDS).is_some() || listed(w, CHANGE_VERBS).is_some()
}

/// Words between an index and its move's figure besides the verbs of
/// change: "was up", "has lost about", "closed roughly".
#[rustfmt::skip]
const INDEX_MOVE_WORDS: &[&str] = &[
    "was", "is", "were", "are", "has", "have", "had", "been", "lost", "added", "ended", "closed",
    "finished", "shed", "by", "about", "roughly", "nearly", "almost", "around", "some",
    "approximately", "over", "more", "than", "just", "under", "less",
];

/// An index's name ("KOSPI", "Kospi") or a word that names one.
fn is_index_word(w: &str) -> bool {
    listed(w, &["index", "benchmark", "composite", "average"]).is_some()
        || ACTING_INDEXES
            .iter()
            .chain(MORE_INDEXES)
            .any(|m| m.eq_ignore_ascii_case(w))
}

/// Words after "market" that make it a company's measure or an estimate
/// of its figure: "market share", "market value", "the market consensus".
#[rustfmt::skip]
const MARKET_OBJECTS: &[&str] = &[
    "share", "shares", "value", "cap", "capitalization", "consensus", "expectations",
    "estimate", "estimates", "forecast", "forecasts", "leader", "leadership", "debut",
];

/// Heads of public bodies and titles of office: a figure whose clause opens
/// with one ("The Department of Energy will provide $1.5 billion", "Texas
/// Governor Greg Abbott said the state would add $200 million") is the
/// government's, not the company the text is about. Written capitalized,
/// as names are.
#[rustfmt::skip]
const PUBLIC_HEADS: &[&str] = &[
    "Department", "Ministry", "Commission", "Agency", "Administration", "Authority",
    "Council", "Parliament", "Senate", "Congress", "Government", "Treasury", "Bureau",
    "Pentagon", "Governor", "Mayor", "Senator", "Minister", "Secretary", "Regulators",
    "Regulator", "Lawmakers", "Legislature", "Assembly", "Court", "Judge", "Fed",
    "Reserve", "Cabinet", "Kremlin", "Parliamentarians",
    // Central banks by their names: "Banco de Mexico", "Banxico", "the ECB",
    // "the Bundesbank", "Bank Indonesia" ("Bank" alone heads lenders).
    "Banxico", "ECB", "Bundesbank", "Riksbank", "Norges", "BoE", "BOJ", "BoJ", "RBI", "PBOC",
    "PBoC", "SNB", "RBA", "RBNZ", "Copom",
    // Trade bodies: "The National Retail Federation forecasts".
    "Federation", "Association",
];

/// The same bodies written in lower case after "the" ("the government",
/// "the state"), and plural actors without it ("regulators said").
const PUBLIC_NOUNS: &[&str] = &[
    "government",
    "state",
    "city",
    "county",
    "province",
    "administration",
    "ministry",
    "commission",
    "agency",
    "treasury",
    "legislature",
    "regulator",
    "municipality",
    // A country's economy is nobody's: "the economy to grow 3.7%".
    "economy",
];

/// Whether `w` (after `last`) names a public body or an office holder.
fn is_public_actor(last: &str, w: &str) -> bool {
    match w.as_bytes().first() {
        Some(b) if b.is_ascii_uppercase() => PUBLIC_HEADS.contains(&w),
        Some(_) => {
            (last.eq_ignore_ascii_case("the") && listed(w, PUBLIC_NOUNS).is_some())
                // "The central bank expects", "Brazil's central bank".
                || (last.eq_ignore_ascii_case("central") && w == "bank")
                || matches!(
                    w,
                    "regulators" | "lawmakers" | "legislators" | "parliamentary" | "committee"
                )
        }
        None => false,
    }
}

/// Words after a class noun that make it the actor of its clause.
#[rustfmt::skip]
const CLASS_VERBS: &[&str] = &[
    "will", "would", "could", "may", "might", "are", "were", "have", "had", "plan", "planned",
    "expect", "spend", "spent", "invest", "invested", "collectively", "together", "combined",
    "alone", "to",
];

/// Whether a class of companies acts in `between` (the text from the
/// chosen subject to the figure): "that hyperscalers", "hyperscalers will".
pub(super) fn class_acts(between: &str) -> bool {
    let mut words = between
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .filter(|w| !w.is_empty())
        .peekable();
    let mut prev = "";
    // The words before, for a preposition governing the noun phrase:
    // "the rule on affiliates of blacklisted Chinese firms to cut".
    let mut back = ["", "", ""];
    while let Some(w) = words.next() {
        // Every class noun is a plural in "s": most words are turned away
        // by their last letter.
        if w.ends_with('s')
            && listed(w, CLASS_NOUNS).is_some()
            && !back.iter().any(|b| listed(b, GOVERNING).is_some())
            && (prev.eq_ignore_ascii_case("that")
                || (words
                    .peek()
                    .is_some_and(|n| listed(n, CLASS_VERBS).is_some())
                    // (Not past the comma closing an aside: "Maersk,
                    // which operates in 130 countries, will cut".)
                    && !comma_after(between, w)))
        {
            return true;
        }
        prev = w;
        back = [back[1], back[2], w];
    }
    false
}

/// Whether a comma follows `word`, a slice of `text`.
fn comma_after(text: &str, word: &str) -> bool {
    let end = (word.as_ptr() as usize)
        .checked_sub(text.as_ptr() as usize)
        .map(|at| at + word.len());
    end.and_then(|e| text.get(e..))
        .is_some_and(|rest| rest.trim_start().starts_with(','))
}

/// Prepositions that make the class noun after them an object, no actor
/// (or a place: "operates in 130 countries").
const GOVERNING: &[&str] = &[
    "of",
    "on",
    "for",
    "from",
    "with",
    "by",
    "about",
    "against",
    "among",
    "in",
    "across",
    "throughout",
];

/// How many words open a clause's subject, for [`names_a_class`].
const CLASS_SUBJECT_WORDS: usize = 8;

/// Past participles of deal verbs that are not written with "-ed".
#[rustfmt::skip]
const PARTICIPLES: &[&str] = &[
    "bought", "sold", "led", "paid", "won", "held", "taken", "made", "given", "run", "built",
];

/// Whether the company at `span` is the agent of a passive verb: "was
/// acquired by Synopsys", "agreed to be bought by Google".
pub(super) fn passive_agent(text: &str, sentence: Span, span: Span) -> bool {
    let Some((rest, _)) = split_last_word(&text[sentence.start..span.start])
        .filter(|(_, by)| by.eq_ignore_ascii_case("by"))
    else {
        return false;
    };
    let Some((rest, verb)) = split_last_word(rest) else {
        return false;
    };
    let participle = (verb.len() > 4 && verb.to_ascii_lowercase().ends_with("ed"))
        || listed(verb, PARTICIPLES).is_some();
    // "Funds managed by Blue Owl will own 80%": a participle after the
    // clause's first few words modifies its subject, whose owner acts.
    let opening = rest.split_whitespace().count() <= 3 && !rest.contains([',', ';', ':']);
    participle
        && (opening
            || rest
                .split_whitespace()
                .rev()
                .take(3)
                .any(|w| listed(w, &["was", "were", "is", "are", "be", "been", "being"]).is_some()))
}

/// The group that does what the figure measures.
pub(super) fn subject_group<'g>(
    text: &str,
    object: &Mention,
    parties: &[Party],
    groups: &[&'g Group],
) -> Option<&'g Group> {
    // A plain percentage, however written ("22%", "22 per cent"), can
    // be a share in a ranking.
    let percentage = matches!(&object.value, Value::Percent(p) if p.unit.is_none());
    let object = object.span();
    let first = |g: &Group| &parties[g.members.start];
    let last = |g: &Group| &parties[g.members.end - 1];
    // "OpenAI's $250bn contract", "its $300bn worth of deals".
    // "OpenAI's rivals": a relation of the company, not the company.
    // "Amazon's AWS": the possessor of a company named right after it is
    // its parent; the unit acts.
    let owns_next = |g: &Group| {
        groups.iter().any(|h| {
            h.span.start > g.span.end
                && text.get(g.span.end..h.span.start).is_some_and(|between| {
                    between.trim_start_matches(['\'', '’', 's', ' ']).is_empty()
                })
        })
    };
    let relation = |g: &&&Group| {
        let l = last(g);
        l.possessive
            && (l.after_possessive.is_some_and(|w| RELATIONAL.contains(&w)) || owns_next(g))
    };
    let possessor = groups.iter().rev().find(|g| {
        let p = last(g);
        p.possessive
            && !relation(g)
            && g.span.end <= object.start
            && close_before(&text[g.span.end..object.start])
    });
    if let Some(g) = possessor {
        return Some(g);
    }
    // "..., with Samsung at 22% and Micron at 21%": a name right before
    // "at" and a percentage is the percentage's (a share in a ranking).
    let at_figure = groups.iter().rev().find(|g| {
        percentage
            && g.members.len() == 1
            && g.span.end <= object.start
            && text
                .get(g.span.end..object.start)
                .is_some_and(|between| between.trim().eq_ignore_ascii_case("at"))
            && first(g)
                .preposition_word
                .is_none_or(|w| matches!(w, "with" | "and"))
    });
    if let Some(g) = at_figure {
        return Some(g);
    }
    let actor = |g: &&&Group| {
        let p = first(g);
        // A possessive is governed by its own noun, not the preposition
        // before it: "in comparison to OpenAI's $250bn contract".
        (p.preposition.is_none() || p.possessive)
            && !governed_by_verb(p)
            && !relation(g)
            && !modifier_after_article(text, g.span)
    };
    // "UniCredit agrees takeover of Commerzbank, targets €1.4bn of
    // savings": a verb after a comma with no subject of its own goes on
    // with the sentence's subject, past the names of the clause before.
    // (Not past a full stop the sentence splitter kept: "Groq, which
    // raised ... later. d-Matrix, whose chip targets inference, raised
    // $275 million".)
    if let Some(g) = groups.first().filter(|g| {
        g.span.end <= object.start
            && object.start - g.span.end <= COORDINATED_SUBJECT_REACH
            && opens_line_or_sentence(text, g.span.start)
            && actor(g)
            && coordinated_verb_before(&text[g.span.end..object.start])
    }) {
        return Some(g);
    }
    groups
        .iter()
        .rev()
        .filter(|g| g.span.end <= object.start)
        .find(actor)
        .or_else(|| {
            groups
                .iter()
                .filter(|g| g.span.start >= object.end)
                .filter(|g| {
                    first(g)
                        .preposition_word
                        .is_none_or(|w| !GOVERNED_AFTER.contains(&w))
                        && !modifier_after_article(text, g.span)
                        // Not a name in a participle's clause after a
                        // comma ("..., assuming no further OpenAI
                        // mark-ups"), where "..., Intel said" is its own.
                        && !in_participle_clause(&text[object.end..g.span.start])
                })
                .find(actor)
        })
        .or_else(|| {
            groups
                .iter()
                .rev()
                .filter(|g| !relation(g))
                // (Not the other side of an exchange: "Orders ten ships
                // from Hanwha Ocean for $2.2 bln" is the topic's order.)
                .filter(|g| first(g).preposition != Some("from") || measure_from(text, g.span))
                .find(|g| g.span.end <= object.start)
        })
        .copied()
}

/// Whether a name at `start` opens its line or its sentence (markdown's
/// emphasis and a bullet aside).
fn opens_line_or_sentence(text: &str, start: usize) -> bool {
    let from = crate::numbers::floor_char_boundary(text, start.saturating_sub(8));
    let before = text[from..start].trim_end_matches([' ', '*', '_', '-', '•', '\u{a0}']);
    before.is_empty() && from == 0 || before.ends_with(['\n', '.', '!', '?', ':'])
}

/// How far after the sentence's subject a figure of a coordinated verb
/// may stand (a bound: a sentence may be a megabyte long).
const COORDINATED_SUBJECT_REACH: usize = 240;

/// How many words a coordinated verb may stand before its figure.
const COORDINATED_VERB_REACH: usize = 3;

/// Whether the text between a sentence's subject and a figure ends in a
/// verb phrase coordinated after a comma, with the subject's verb before
/// it: ", targets €1.4bn", ", raises A$850m", ", and sees revenue of".
/// The verb is a lower-case word in -s or -ed right after the comma (or
/// its "and"), at most three words before the figure.
fn coordinated_verb_before(between: &str) -> bool {
    let Some(comma) = between.rfind(", ") else {
        return false;
    };
    if memchr::memmem::find(between.as_bytes(), b". ").is_some() {
        return false;
    }
    // A verb of the subject's own before the comma: the clause before is
    // not a list of names ("Acme, Beta and Gamma raised").
    let head = &between[..comma];
    if !head.split_whitespace().any(|w| {
        w.starts_with(|c: char| c.is_ascii_lowercase()) && (w.ends_with('s') || w.ends_with("ed"))
    }) {
        return false;
    }
    let mut words = between[comma + 2..].split_whitespace();
    let mut verb = words.next();
    if verb.is_some_and(|w| w == "and") {
        verb = words.next();
    }
    let Some(verb) = verb else {
        return false;
    };
    verb.len() >= 4
        && verb.bytes().all(|b| b.is_ascii_lowercase())
        && (verb.ends_with('s') || verb.ends_with("ed"))
        && !verb.ends_with("ss")
        && listed(verb, NOT_VERBS).is_none()
        && words.count() < COORDINATED_VERB_REACH
}

/// Words in -s or -ed that are no verb after a comma: "..., shares fell".
const NOT_VERBS: &[&str] = &[
    "shares",
    "sales",
    "revenues",
    "earnings",
    "profits",
    "analysts",
    "investors",
    "sources",
    "plus",
    "versus",
    "minus",
    "whereas",
    "its",
    "this",
    "thus",
    "units",
    "orders",
    "costs",
    "assets",
    "prices",
    "rates",
    "terms",
    "fees",
    "savings",
    "synergies",
    "deals",
    "jobs",
    // Participles that open a reduced relative about the noun before:
    // "an order for 40 jets, valued at about $5.7 billion".
    "valued",
    "priced",
    "based",
    "owned",
    "backed",
    "funded",
    "announced",
    "compared",
    "expected",
    "estimated",
    "adjusted",
    "measured",
    "calculated",
    "listed",
];

/// Whether "from" before the name at `span` follows a measure it is the
/// source of: "Revenue from Oracle Cloud Infrastructure".
fn measure_from(text: &str, span: Span) -> bool {
    let from = crate::numbers::floor_char_boundary(text, span.start.saturating_sub(40));
    split_last_word(text[from..span.start].trim_end())
        .filter(|(_, w)| w.eq_ignore_ascii_case("from"))
        .and_then(|(rest, _)| last_word(rest))
        .is_some_and(|w| {
            listed(
                w,
                &[
                    "revenue", "revenues", "sales", "income", "profit", "earnings", "growth",
                ],
            )
            .is_some()
        })
}

/// Whether `between` (a figure's end to a name after it) opens, after its
/// last comma, with a participle: "..., assuming no further OpenAI",
/// "..., driven by Azure".
fn in_participle_clause(between: &str) -> bool {
    let Some(i) = between.rfind(',') else {
        return false;
    };
    first_word(between[i + 1..].trim_start()).is_some_and(|w| {
        (w.len() > 4 && w.ends_with("ing"))
            || listed(w, &["driven", "led", "helped", "boosted", "hurt", "offset"]).is_some()
    })
}

/// Whether a name stands as a modifier between an article and a noun:
/// "¥2.5tn, most of it the OpenAI mark", "a Microsoft deal". After a
/// figure, such a name does not act.
pub(super) fn modifier_after_article(text: &str, span: Span) -> bool {
    let from = crate::numbers::floor_char_boundary(text, span.start.saturating_sub(8));
    let before = last_word(&text[from..span.start]);
    // (Not a noun that names the company itself: "the ESMC joint venture",
    // "the Alphabet unit".)
    const ITSELF: &[&str] = &[
        "joint",
        "venture",
        "unit",
        "division",
        "subsidiary",
        "business",
        "arm",
        "group",
        "team",
        "company",
        "startup",
        "lab",
        "affiliate",
        "entity",
    ];
    // ("sold part of its GlobalFoundries holding": so after a possessive,
    // but a broker's "its Snowflake target" is about Snowflake.)
    let possessive = before.is_some_and(|w| listed(w, &["its", "their"]).is_some());
    (possessive || before.is_some_and(|w| listed(w, &["the", "a", "an"]).is_some()))
        && first_word(text[span.end..].trim_start()).is_some_and(|w| {
            w.starts_with(|c: char| c.is_ascii_lowercase())
                && listed(w, ITSELF).is_none()
                && !(possessive && listed(w, BROKER_NOUNS).is_some())
        })
}

/// A broker's nouns for what it says of a company: "its Snowflake target".
const BROKER_NOUNS: &[&str] = &[
    "target",
    "targets",
    "rating",
    "estimate",
    "estimates",
    "forecast",
    "forecasts",
    "price",
];

/// Whether the text between a possessive and the figure is a short noun
/// phrase lead-in ("'s latest", "'s Q4 capital expenditure of").
fn close_before(between: &str) -> bool {
    let s = between.trim_start_matches(['\'', '’', 's']);
    s.len() <= 48 && !s.contains([',', ';', '.', '(', ')']) && s.split_whitespace().count() <= 5
}

/// For a deal without a "with" party: the other company nearest the figure.
pub(super) fn other_party(object: Span, parties: &[Party], subjects: &[String]) -> Option<String> {
    parties
        .iter()
        .filter(|p| !subjects.contains(&p.slug))
        .min_by_key(|p| {
            if p.span.start >= object.end {
                p.span.start - object.end
            } else {
                object.start.saturating_sub(p.span.end)
            }
        })
        .map(|p| p.slug.clone())
}

/// Where the sentence at `start` stands on its line (one bounded look
/// back): whether it opens it as a list item ("- ", "* ", "• ", "1. ", by
/// the segmenter's list markers), and whether it goes on a line another
/// sentence began ("- Net income ¥2.5tn. 1H net income ...").
pub(super) fn line_place(text: &str, start: usize) -> (bool, bool) {
    let lo = crate::numbers::floor_char_boundary(text, start.saturating_sub(BULLET_REACH));
    let head = &text[lo..start];
    let (line_start, found) = match head.rfind('\n') {
        Some(i) => (lo + i + 1, true),
        None if lo == 0 => (0, false),
        None => return (false, false),
    };
    // The sentence is the line's first (a marker or emoji may stand
    // before it: segmentation leaves "- " out of the sentence).
    if text[line_start..start].chars().any(char::is_alphanumeric) {
        return (false, found);
    }
    // The marker the segmenter knows lists by.
    let end = crate::numbers::floor_char_boundary(text, start + BULLET_MARKER);
    let marker =
        crate::segment::bullet_marker_len(text[line_start..end].trim_start_matches([' ', '\t']));
    (marker > 0, false)
}

/// The longest list marker, with its space, that [`line_place`] reads
/// ("12. ").
const BULLET_MARKER: usize = 8;

/// How far back a list item's line start is looked for.
const BULLET_REACH: usize = 200;

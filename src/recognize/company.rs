//! Company names: the lexicon (`src/lexicon/companies.tsv`) first, then
//! rules for companies it does not know.
//!
//! * Lexicon aliases match case-sensitively on word boundaries; a boundary
//!   may also be a change of case, so run-together table cells
//!   (`FeatureAmazon (AWS)Microsoft`) still split. A possessive gives the bare
//!   name (`Amazon’s` -> `Amazon`); a legal suffix stays in the surface
//!   (`Nvidia Corp.`).
//! * A name directly followed by one of its products is a product name, not
//!   a company (`Amazon SageMaker`, `AWS Nitro System`, `Microsoft Teams`).
//! * A ticker in parentheses (`(AMZN)`, `(NASDAQ: NVDA)`) belongs to the name
//!   before it and is no mention of its own, unless it is also a name of
//!   the company (`Advanced Micro Devices (AMD)`, like `Amazon Web Services
//!   (AWS)`).
//! * Ambiguous aliases: one that is also a word (`~` in the table: Amazon,
//!   Apple, Meta, Oracle) is dropped before a word that reads as the thing
//!   (`Amazon rainforest`, `Apple pie`, `Meta-analysis`) or after `the` at
//!   the end of a phrase (`in the Amazon.`); one marked `?` (`TTM`) needs a
//!   corporate cue: a reporting verb after it, a descriptor before it.
//! * Unknown companies come from a legal suffix (`Acme Robotics Inc.`,
//!   `Bayer AG`, `Equinor ASA`, `Merck & Co.`), an
//!   exchange ticker (`Foo Bar (NYSE: FOO)`) or a descriptor (`startup
//!   Acelab`, `tech consultancy Creative Strategies`); once found, the same
//!   name elsewhere in the document is a mention too.
//! * A cashtag of a ticker the lexicon knows (`$NVDA`) is the company; the
//!   mention is the ticker. So is such a ticker of four or five capitals
//!   written bare in running text, as research notes and market wraps do
//!   (`QCOM Neutral, price target $185`), unless it is an English word
//!   (`COST`, `TEAM`) or stands among other capitals (a shouted headline).
//!   A known name followed by a group noun
//!   (`Toyota Industries`, `Jio Platforms`) is another company of the group.
//!
//! The table of cases at the end of this file is both documentation and test.

use std::borrow::Cow;
use std::collections::{BTreeSet, HashMap, HashSet};

use aho_corasick::{AhoCorasickBuilder, MatchKind};
use once_cell::sync::Lazy;
use regex::Regex;

use super::{Candidate, Context};
use crate::affix;
use crate::analysis::{Company, Span, Value};
use crate::lexicon::companies::{slugify, Ambiguity, Companies, CompanyEntry};

/// Words after an ambiguous alias that make it the ordinary thing.
const WORD_CONTEXT_AFTER: &[&str] = &[
    "river",
    "rainforest",
    "rainforests",
    "rain",
    "basin",
    "forest",
    "forests",
    "jungle",
    "region",
    "delta",
    "tribe",
    "tribes",
    "warrior",
    "warriors",
    "women",
    "parrot",
    "pie",
    "pies",
    "tree",
    "trees",
    "orchard",
    "orchards",
    "juice",
    "cider",
    "sauce",
    "seed",
    "seeds",
    "blossom",
    "blossoms",
    "analysis",
    "analyses",
    "ocean",
    "coast",
    "crossing",
    "of",
];

/// Words before an ambiguous alias that make it the head of a compound
/// noun, the ordinary word: "Price Target", "emissions target".
const WORD_CONTEXT_BEFORE: &[&str] = &[
    "price",
    "sales",
    "profit",
    "revenue",
    "earnings",
    "inflation",
    "growth",
    "savings",
    "emissions",
    "margin",
    "margins",
    "return",
    "cost",
    "spending",
    "capex",
    "production",
    "output",
    "delivery",
    "deliveries",
    "volume",
    "funding",
    "climate",
    "carbon",
    "deficit",
    "debt",
    "leverage",
    "payout",
    "dividend",
    "buyback",
    "valuation",
    "upside",
    "downside",
];

/// Hyphenated words after a company name that keep it a company
/// (`Amazon-backed`); any other (`Meta-analysis`) makes an ambiguous alias a word.
const HYPHEN_CORPORATE: &[&str] = &[
    "backed",
    "owned",
    "funded",
    "led",
    "made",
    "based",
    "designed",
    "built",
    "powered",
    "style",
    "like",
    "sized",
    "specific",
    "parent",
    "affiliated",
    "supported",
    "run",
    "controlled",
    "branded",
    "exclusive",
    "bound",
    "related",
    "linked",
    "focused",
    "certified",
    "compatible",
    "only",
    "native",
    "native",
    "listed",
    "operated",
    "developed",
    "partnered",
];

/// The lexicon slug of names that hold a company's name but are not one
/// (`Michael Dell`, `Amazon River`).
pub const NOT_A_COMPANY: &str = "not-a-company";

/// Titles before a person's name.
const HONORIFICS: &[&str] = &[
    "Mr.", "Mr", "Mrs.", "Mrs", "Ms.", "Ms", "Dr.", "Dr", "Sen.", "Senator", "Rep.", "Gov.",
    "Prof.", "Sir", "Dame", "Lord",
];

/// Words of share buttons and follow prompts before a network's name.
const SHARE_WORDS: &[&str] = &[
    "Share", "share", "Post", "Tweet", "Follow", "follow", "Email", "Pin",
];

/// Verbs after a `?` alias that show it acting as an organisation.
/// Words between a `?` alias and its verb that keep the cue.
const CUE_ADVERBS: &[&str] = &[
    "both",
    "also",
    "each",
    "recently",
    "just",
    "has",
    "have",
    "had",
    "then",
    "later",
    "previously",
    "separately",
    "itself",
    // "Chelsea was valued at": a passive's auxiliary before its verb.
    "was",
    "is",
];

const CUE_VERBS: &[&str] = &[
    // What companies do in business news: "Hilton opened a record 22,300
    // rooms".
    "opened",
    "opens",
    "added",
    "adds",
    "signed",
    "signs",
    "closed",
    "completed",
    "delivered",
    "shipped",
    "hired",
    "unveiled",
    "introduced",
    "warned",
    "topped",
    "priced",
    "filed",
    "said",
    "says",
    "say",
    "assumes",
    "announced",
    "announces",
    "reported",
    "reports",
    "plans",
    "planned",
    "expects",
    "expected",
    "acquired",
    "acquires",
    "agreed",
    "agrees",
    "launched",
    "launches",
    "raised",
    "raises",
    "valued",
    "extended",
    "extends",
    "renewed",
    "renews",
    // Headlines' verbs of a raise: "Harvey lands $160M".
    "lands",
    "landed",
    "secures",
    "secured",
    "closes",
    "nabs",
    "bags",
    "snags",
    "posted",
    "disclosed",
    "confirmed",
    "denied",
    "declined",
    "told",
    "shares",
    "stock",
    // A listed name moving: "Snap fell 10%".
    "rose",
    "fell",
    "jumped",
    "gained",
    "dropped",
    "slid",
    "slipped",
    "surged",
    "tumbled",
    "plunged",
    "soared",
    "climbed",
    "sank",
    "beat",
    "missed",
    // Results, guidance and deals: "Deere forecast", "Shell bought".
    "forecast",
    "forecasts",
    "predicted",
    "projected",
    "guided",
    "lifted",
    "lowered",
    "narrowed",
    "reaffirmed",
    "reiterated",
    "earned",
    "booked",
    "recorded",
    "generated",
    "sold",
    "sells",
    "bought",
    "buys",
    "invested",
    "invests",
    "signed",
    "priced",
    "issued",
    "unveiled",
    "completed",
    "Inc",
    "Inc.",
    "Corp",
    "Corp.",
    "Ltd",
    "Ltd.",
];

/// Descriptors before a capitalized name that say it is a company.
const DESCRIPTORS: &[&str] = &[
    // Heads that stand alone after any modifier ("cement maker Cemex",
    // "law firm Kirkland", "oil company Petrobras", "tower operator
    // Cellnex"): one entry each rather than one per
    // modifier, so the automaton stays within the 64 phrases it searches
    // vectorized.
    "maker",
    "firm",
    "company",
    "giant",
    "operator",
    "provider",
    "developer",
    "chain",
    // ("arm" alone, three bytes, would make the automaton's prefilter stop
    // at every "farm" and "pharmacy".)
    "budget arm",
    "venture arm",
    "investment arm",
    // Heads written as one word with their modifier.
    "startup",
    "start-up",
    "chipmaker",
    "drugmaker",
    "automaker",
    "carmaker",
    "chip designer",
    "consultancy",
    "brokerage",
    "hedge fund",
    "asset manager",
    "investment bank",
    "foundry",
    "manufacturer",
    "supplier",
    "unicorn",
    "publisher",
    "news agency",
    "lender",
    "insurer",
    "reinsurer",
    "retailer",
    "conglomerate",
    "neocloud",
    "producer",
    "carrier",
    "airline",
    "neobank",
    "lessor",
    "acquirer",
    "miner",
    "bottler",
    "brewer",
    "refiner",
    "shipbuilder",
    "streamer",
    "biotech",
    "fintech",
    "AI lab",
    // "Group" alone also heads lobbies and campaigns ("advocacy group
    // Public Citizen"): only with a trade's word.
    "media group",
    "mining group",
    "luxury group",
    "telecoms group",
    "engineering group",
    "industrial group",
    "banking group",
    "insurance group",
    "energy group",
    "retail group",
];

/// Legal suffixes that end a company name.
const LEGAL_SUFFIXES: &[&str] = &[
    "Inc.",
    "Inc",
    "Incorporated",
    "Corp.",
    "Corp",
    "Corporation",
    "Co.",
    "Ltd.",
    "Ltd",
    "Limited",
    "plc",
    "PLC",
    "Plc",
    "GmbH",
    "AG",
    "S.A.",
    "N.V.",
    "LLC",
    "L.L.C.",
    "LLP",
    "L.P.",
    "LP",
    "& Co.",
    "& Co",
    "& Company",
    "SA",
    "S.p.A.",
    "SpA",
    "AB",
    "A/S",
    "ASA",
    "Oyj",
    "B.V.",
    // Thai public companies: "PTT Pcl".
    "Pcl",
    "PCL",
];

/// More legal suffixes that a known name keeps ("ASML Holding NV", "SAP
/// SE", "Samsung Electronics Co., Ltd."), looked at before
/// [`LEGAL_SUFFIXES`] (the longer forms first). Not used to find unknown
/// names: two capitals such as "SE" would stop the search too often.
const MORE_SUFFIXES: &[&str] = &[
    "Co., Ltd.",
    "Co. Ltd.",
    "Co., Ltd",
    "Pte. Ltd.",
    "Pte Ltd",
    "Pty. Ltd.",
    "Pty Ltd",
    "NV",
    "BV",
    "SE",
    "KGaA",
    "K.K.",
    "Bhd",
    "Berhad",
    "Tbk",
];

/// Capitalized words that do not start or make a company name.
pub(crate) const NOT_NAMES: &[&str] = &[
    "The",
    "A",
    "An",
    "In",
    "On",
    "At",
    "For",
    "And",
    "But",
    "Or",
    "Of",
    "To",
    "By",
    "With",
    "As",
    "It",
    "Its",
    "This",
    "That",
    "These",
    "Those",
    "He",
    "She",
    "They",
    "We",
    "I",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "CEO",
    "CFO",
    "CTO",
    "Chief",
    "Founder",
    "Co-founder",
    "President",
    "Executive",
    "Analyst",
    "AI",
    "US",
    "U.S.",
    "UK",
    "EU",
    "China",
    "Chinese",
    "American",
    "European",
    "Mr",
    "Mr.",
    "Ms",
    "Ms.",
    "Dr",
    "Dr.",
    "Last",
    "Next",
    "According",
];

/// Exchange-prefixed tickers, `(NASDAQ: NVDA)`, `(NYSE:IBM)`, `(TSE: 8035)`,
/// and Reuters instrument codes, `(IBE.MC)`, `(4502.T)`, `(005380.KS)`.
static EXCHANGE_TICKER: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"\((?:(?:NASDAQ|Nasdaq|NasdaqGS|NYSE|NYSE American|NYSE Arca|NYSEArca|LSE|LON|TSX|TSE|TYO|HKEX|HKG|SEHK|ASX|Euronext|XETRA|ETR|FRA|OTC|OTCQX|OTCQB|OTCMKTS|KRX|KOSPI|KOSDAQ|TWSE|TPE|SSE|SHA|SZSE|SHE|BSE|NSE|SIX|SGX|EPA|AMS|BIT|CPH|STO|HEL|JSE|IDX|SET|B3|BMV|BVMF|Bovespa|TADAWUL|Tadawul|EGX|PSE|KLSE|Bursa|HOSE|NZX|TASE|WSE|MOEX|BME|OMX|NASDAQ Helsinki|Nasdaq Stockholm|Nasdaq Copenhagen|ADX|DFM|QSE|BVL|BCBA|BCS|TWO|TPEx|KOSE|SZ|SH)\s*:\s*([A-Z0-9][A-Z0-9.\-]{0,9})|([A-Z0-9]{1,10}[a-z]?\.(?:T|KS|KQ|HK|SS|SZ|TW|TWO|SI|AX|NZ|L|PA|DE|F|MC|MI|AS|BR|LS|SW|S|ST|CO|OL|HE|VI|WA|IR|TO|V|NS|BO|JK|KL|BK|SA|MX|SR|AD|DU|QA|KW|CA|JO|O|OQ|N)))\s*\)",
    )
    .expect("valid regex")
});

/// An exchange and a ticker glued by a colon outside parentheses,
/// `NASDAQ:NVDA`, `NYSE:IBM`: the ticker (group 1) names the company.
static BARE_EXCHANGE_TICKER: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"\b(?:NASDAQ|Nasdaq|NYSE|LSE|TSX|ASX|HKEX|NSE|BSE|TSE|KRX|SGX):([A-Z][A-Z0-9]{0,5})\b",
    )
    .expect("valid regex")
});

/// Legal suffixes after a name, for companies the lexicon lacks.
/// Any of [`LEGAL_SUFFIXES`] after a space (or ", "), ending a word.
static SUFFIX: Lazy<Regex> = Lazy::new(|| {
    let mut suffixes: Vec<&str> = LEGAL_SUFFIXES.to_vec();
    suffixes.sort_by_key(|s| std::cmp::Reverse(s.len()));
    let alternation: Vec<String> = suffixes.iter().map(|s| regex::escape(s)).collect();
    Regex::new(&format!(
        r",?[ \u{{a0}}](?:{})(?:[^\p{{L}}\p{{N}}]|$)",
        alternation.join("|")
    ))
    .expect("valid regex")
});

/// The head nouns of [`DESCRIPTORS`] ("startup", "designer", "firm"),
/// lower case, and a few nouns of relation that stand the same way
/// ("rival Google", "unit AWS").
static DESCRIPTOR_HEADS: Lazy<Vec<String>> = Lazy::new(|| {
    let mut heads: Vec<String> = DESCRIPTORS
        .iter()
        .filter_map(|d| d.rsplit(' ').next())
        .chain([
            "rival",
            "unit",
            "subsidiary",
            "owner",
            "parent",
            "group",
            "lab",
            // Heads of descriptors of sources and sectors, read before a
            // name the lexicon knows ("according to broker Aon"); not in
            // `DESCRIPTORS`, whose automaton searches every text and is
            // vectorized only up to 64 phrases.
            "broker",
            "reinsurer",
            "drugmaker",
            "miner",
            "airline",
            "modeller",
            "modeler",
            "provider",
            "agency",
            // News outlets: "business daily Handelsblatt".
            "daily",
            "newspaper",
            "paper",
            "outlet",
            "magazine",
            "broadcaster",
            "newswire",
            "tabloid",
            "publication",
            "website",
            // "HL-GA Battery, the Hyundai–LG joint venture in Georgia".
            "venture",
        ])
        .map(str::to_ascii_lowercase)
        .collect();
    heads.sort_unstable();
    heads.dedup();
    heads
});

/// Nationality adjectives that open a descriptor: "German business daily
/// Handelsblatt", "Dutch savings app".
const NATIONALITIES: &[&str] = &[
    "American",
    "British",
    "Chinese",
    "Dutch",
    "French",
    "German",
    "Indian",
    "Italian",
    "Japanese",
    "Korean",
    "South",
    "Spanish",
    "Swedish",
    "Swiss",
    "Taiwanese",
    "Canadian",
    "Australian",
    "Brazilian",
    "Israeli",
    "Irish",
    "Danish",
    "Norwegian",
    "Finnish",
    "Belgian",
    "Austrian",
    "Polish",
    "Saudi",
    "Emirati",
    "Singaporean",
    "Hong",
    "Mexican",
    "Russian",
    "European",
    "U.S.",
    "US",
    "UK",
];

/// Whether `word` is a nationality adjective ([`NATIONALITIES`]).
pub(crate) fn is_nationality(word: &str) -> bool {
    NATIONALITIES.contains(&word)
}

/// Whether `word` heads a descriptor that may stand before a company's
/// name: "startup" in "acquire startup Wiz".
pub(crate) fn is_descriptor_head(word: &str) -> bool {
    // Descriptors are written in lower case ("startup Wiz"); checking that
    // first spares a look-up for the "said" and "and" before most names.
    word.len() <= 24
        && word.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
        && DESCRIPTOR_HEADS
            .binary_search_by(|h| h.as_str().cmp(word))
            .is_ok()
}

static DESCRIPTOR: Lazy<aho_corasick::AhoCorasick> = Lazy::new(|| {
    AhoCorasickBuilder::new()
        .match_kind(MatchKind::LeftmostLongest)
        .build(DESCRIPTORS)
        .expect("descriptors compile")
});

/// Recognizes company mentions.
pub fn recognize(ctx: &Context<'_>, out: &mut Vec<Candidate>) {
    let text = ctx.text;
    let lex = &ctx.lexicons.companies;
    let mut exchange: Vec<(usize, usize)> = EXCHANGE_TICKER
        .find_iter(text)
        .map(|m| (m.start(), m.end()))
        .collect();
    // "Shares of NASDAQ:NVDA rose": the exchange is no company there, the
    // ticker is the company's.
    let bare: Vec<(usize, usize, usize)> = BARE_EXCHANGE_TICKER
        .captures_iter(text)
        .filter_map(|c| {
            let (whole, ticker) = (c.get(0)?, c.get(1)?);
            Some((whole.start(), ticker.start(), whole.end()))
        })
        .filter(|&(s, _, _)| !inside_any(&exchange, s, s + 1))
        .collect();
    if !bare.is_empty() {
        exchange.extend(bare.iter().map(|&(s, t, _)| (s, t)));
        exchange.sort_unstable();
    }
    let mut found: Vec<Candidate> = Vec::new();
    let mut last: Option<(usize, usize)> = None; // (end, entry) of the last kept
                                                 // "Michael Dell", "Amazon River": no company, nor is any part of them
                                                 // for the passes below ("Dell", short for "Dell Technologies").
    let mut not_companies: Vec<crate::analysis::Span> = Vec::new();
    // A name cut by a hard-wrapped line ("Goldman\nSachs") is read with
    // the break as a space: same bytes, same offsets.
    let joined = lines_joined(ctx);
    // `?` aliases with no cue where they stand: the company's, if the text
    // names it otherwise (below).
    let mut deferred: Vec<(usize, usize, usize)> = Vec::new();
    for m in lex.find_iter(joined.as_deref().unwrap_or(text)) {
        let alias = lex.alias(m.alias);
        let entry = lex.entry(alias.entry);
        if entry.slug == NOT_A_COMPANY {
            if bounded(text, m.start, m.end) {
                not_companies.push(crate::analysis::Span::new(m.start, m.end));
            }
            continue;
        }
        if !bounded(text, m.start, m.end)
            || inside_any(&exchange, m.start, m.end)
            || is_own_ticker(text, m.start, m.end, last, |i| lex.entry(i))
            || followed_by_product(text, m.end, entry)
            || after_number(text, m.start, &alias.text)
            || share_button(text, m.start)
            || after_honorific(text, m.start)
            || numbered_after(text, m.end)
            || in_index_name(text, m.end)
            || index_moving(text, m.start, m.end)
        {
            continue;
        }
        let keep = match alias.ambiguity {
            Ambiguity::None => true,
            Ambiguity::Word => !reads_as_word(text, m.start, m.end),
            Ambiguity::NeedsCue => has_cue(text, m.start, m.end),
        };
        if !keep {
            if alias.ambiguity == Ambiguity::NeedsCue {
                deferred.push((m.start, m.end, alias.entry));
            }
            continue;
        }
        // "Toyota Industries", "Jio Platforms": a group company of its own,
        // not the one whose name it starts with.
        if let Some(group_end) = group_company_end(text, m.end) {
            let end = with_suffix(text, group_end);
            if let Some(c) = unknown(
                m.start,
                end,
                &text[m.start..group_end],
                None,
                "company:group_company",
            ) {
                last = None;
                found.push(c);
            }
            continue;
        }
        let end = with_suffix(text, m.end);
        last = Some((end, alias.entry));
        found.push(Candidate::new(
            m.start,
            end,
            Value::Company(entry.value()),
            Cow::Owned(lex.rule(alias.entry).to_string()),
        ));
    }
    // "Canadian National Railway agreed to buy CSX ... CN's network": a
    // `?` alias of a company the text names by another alias, or with a
    // cue, is that company wherever it stands.
    if !deferred.is_empty() {
        let named: HashSet<&str> = found
            .iter()
            .filter_map(|c| match &c.value {
                Value::Company(v) => Some(v.id.as_str()),
                _ => None,
            })
            .collect();
        let mut more = Vec::new();
        for &(start, end, e) in &deferred {
            let entry = lex.entry(e);
            // (`found` is in text order: one look at the name before.)
            let k = found.partition_point(|c| c.span.start < end);
            let overlaps = k > 0 && found[k - 1].span.end > start;
            // (Not a city a club is named after: "We flew to Barcelona.")
            if named.contains(entry.slug.as_str()) && !overlaps && !is_place(&text[start..end]) {
                more.push(Candidate::new(
                    start,
                    with_suffix(text, end),
                    Value::Company(entry.value()),
                    Cow::Owned(lex.rule(e).to_string()),
                ));
            }
        }
        if !more.is_empty() {
            found.extend(more);
            found.sort_by_key(|c| c.span.start);
        }
    }
    shared_first_words(text, &mut found);
    capitals_lines(ctx, lex, &mut found);
    cashtags(text, lex, &mut found);
    bare_tickers(text, lex, &mut found);
    moving_tickers(text, lex, &mut found);
    known_tickers(text, lex, bare.iter().map(|&(_, t, e)| (t, e)), &mut found);
    known_tickers(text, lex, market_tickers(text), &mut found);
    glossed_abbreviations(text, lex, &mut found);
    let mut rule_found = unknown_by_suffix(text);
    rule_found.extend(unknown_by_ticker(text, &exchange));
    rule_found.extend(unknown_by_descriptor(text));
    rule_found.extend(unknown_by_noun(text));
    rule_found.extend(unknown_by_apposition(text));
    rule_found.extend(unknown_after_shares(text));
    rule_found.extend(unknown_before_shares(text));
    rule_found.extend(unknown_by_deal_object(text));
    // "WMT shares fell": a ticker the lexicon knows, before "shares", is
    // its company, not a new one.
    for c in &mut rule_found {
        let surface = &text[c.span.start..c.span.end];
        if c.rule == "company:before_shares" && surface.bytes().all(|b| b.is_ascii_uppercase()) {
            if let Some(i) = lex.by_ticker(surface) {
                c.value = Value::Company(lex.entry(i).value());
                c.rule = Cow::Owned(lex.rule(i).to_string());
            }
        }
    }
    rule_found.extend(unknown_by_dash_label(text));
    rule_found.extend(unknown_by_raise(text));
    // "Lam Research said ... Lam shares rose": a name the rules guess that
    // is the first word of a company the text names is that company.
    short_forms_of_named(text, &found, &mut rule_found);
    let mut taken = Taken::default();
    for f in &found {
        taken.insert(f.span);
    }
    for &span in &not_companies {
        taken.insert(span);
    }
    let mut names: Vec<(String, Company)> = Vec::new();
    let mut named = HashSet::new();
    // "Reliance Industries ... while Reliance gained": a known name's
    // distinctive first word, as for the names the rules find below.
    // "Palo Alto Networks ... Palo Alto will pay": a known name without
    // the generic nouns it ends with, as for the names the rules find.
    let mut tried: HashSet<&str> = HashSet::new();
    for c in &found {
        if let Value::Company(v) = &c.value {
            let surface = &text[c.span.start..c.span.end];
            // (A one-word name has no shorter form; most are one word.)
            if !surface.contains(' ') || !tried.insert(surface) {
                continue;
            }
            // (The cut form only where the text also writes it alone:
            // most texts never do, and a name more costs the look-up
            // automaton of `propagate` its build.)
            let short = short_name(surface, true).or_else(|| {
                (surface.len() > v.name.len() / 2)
                    .then(|| generic_tail_cut(surface))
                    .flatten()
                    .filter(|short| {
                        // (Read from the name on, a bounded stretch: a long
                        // text costs no scan of itself per name.)
                        let from = c.span.start;
                        let to = crate::numbers::floor_char_boundary(
                            text,
                            (from + SHORT_FORM_REACH).min(text.len()),
                        );
                        let window = &text.as_bytes()[from..to.max(from)];
                        let count = |s: &str| memchr::memmem::find_iter(window, s).count();
                        count(short) > count(surface)
                    })
            });
            if let Some(short) = short {
                if named.insert(short.to_string()) {
                    names.push((short.to_string(), v.clone()));
                }
            }
        }
    }
    // "Quanta (2382)": a name glossed with the ticker of a known company
    // whose name it begins is that company, here and wherever it recurs.
    let mut glossed = false;
    for (span, i) in glossed_names(text, lex) {
        if taken.overlaps(span) {
            continue;
        }
        let v = lex.entry(i).value();
        let name = &text[span.start..span.end];
        if named.insert(name.to_string()) {
            names.push((name.to_string(), v.clone()));
        }
        found.push(Candidate::new(
            span.start,
            span.end,
            Value::Company(v),
            Cow::Borrowed("company.glossed_ticker"),
        ));
        taken.insert(span);
        glossed = true;
    }
    if glossed {
        found.sort_by_key(|c| c.span.start);
    }
    // Longer names first, so that a short name found on its own ("producer
    // Redhawk") is known as short for the long one found later in the text
    // ("Redhawk Basin Resources, a privately held producer").
    rule_found.sort_by_key(|c| std::cmp::Reverse(c.span.end - c.span.start));
    for mut c in rule_found {
        if taken.overlaps(c.span) {
            continue;
        }
        if let Value::Company(v) = &mut c.value {
            // "Pinewell Card Services Inc. ... Pinewell shares soared": a
            // short name found again by a rule is the company it is short
            // for.
            if let Some((_, full)) = names.iter().find(|(n, _)| *n == v.name) {
                *v = full.clone();
            }
            if named.insert(v.name.clone()) {
                names.push((v.name.clone(), v.clone()));
                // "Altair Engineering ... Altair generated": the distinctive
                // first word of a name whose rest is a corporate noun.
                if let Some(short) =
                    short_name(&v.name, false).or_else(|| generic_tail_cut(&v.name))
                {
                    if named.insert(short.to_string()) {
                        names.push((short.to_string(), v.clone()));
                    }
                }
            }
            // "Spirit AeroSystems builds it ... its purchase of Spirit ...
            // Spirit had become a drag": the short form as the text wrote
            // it, wherever else it stands. (Not a ticker, "WMT": tickers
            // have rules of their own, and one in parentheses after its
            // company's name is no mention.)
            let surface = &text[c.span.start..c.span.end];
            if surface != v.name
                && surface.bytes().any(|b| b.is_ascii_lowercase())
                && named.insert(surface.to_string())
            {
                names.push((surface.to_string(), v.clone()));
            }
        }
        taken.insert(c.span);
        found.push(c);
    }
    propagate(text, &names, &mut taken, &mut found);
    out.extend(found);
}

/// "LG Energy Solution signed a deal. LG's profit rose": a one-word alias
/// of one company ("LG", LG Electronics') that begins the name of another
/// the text names in full, and not the alias's own company, stands for
/// the company named: the nearest before it, else the first after.
fn shared_first_words(text: &str, found: &mut [Candidate]) {
    fn id(c: &Candidate) -> Option<&str> {
        match &c.value {
            Value::Company(v) => Some(v.id.as_str()),
            _ => None,
        }
    }
    // The names of more than one word by their first word, in text order.
    let mut long: HashMap<&str, Vec<(usize, usize)>> = HashMap::new();
    // And the companies those names are, once each: a text naming one
    // company a thousand times is asked about it once per alias, not once
    // per naming.
    let mut long_ids: HashMap<&str, Vec<&str>> = HashMap::new();
    for (i, c) in found.iter().enumerate() {
        if c.rule == "company:group_company" {
            continue;
        }
        if let Some((first, _)) = text[c.span.start..c.span.end].split_once(' ') {
            long.entry(first).or_default().push((c.span.start, i));
            if let Some(id) = id(c) {
                let ids = long_ids.entry(first).or_default();
                if !ids.contains(&id) {
                    ids.push(id);
                }
            }
        }
    }
    if long.is_empty() {
        return;
    }
    let mut changes = Vec::new();
    for (i, c) in found.iter().enumerate() {
        let word = &text[c.span.start..c.span.end];
        let (Some(names), Value::Company(own)) = (long.get(word), &c.value) else {
            continue;
        };
        // A company's own one-word name ("Amazon" beside "Amazon Web
        // Services") is no alias; its company named in full keeps it.
        if own.name == word
            || long_ids
                .get(word)
                .is_some_and(|ids| ids.contains(&own.id.as_str()))
        {
            continue;
        }
        let k = names.partition_point(|&(start, _)| start < c.span.start);
        let (_, j) = names[k.saturating_sub(1)];
        // A parent's short name in its unit's story is still the parent's:
        // "Samsung" beside "Samsung SDI".
        match &found[j].value {
            Value::Company(other) if other.parent.as_deref() != Some(own.id.as_str()) => {
                changes.push((i, found[j].value.clone()));
            }
            _ => {}
        }
    }
    for (i, value) in changes {
        found[i].value = value;
        found[i].rule = Cow::Borrowed("company.shared_first_word");
    }
}

/// How far past a known name its cut form is looked for (bytes).
const SHORT_FORM_REACH: usize = 20_000;

/// The text with each line break inside a sentence made a space, when a
/// sentence holds one (hard-wrapped text); `None` when none does.
fn lines_joined(ctx: &Context<'_>) -> Option<String> {
    let text = ctx.text;
    // (Copied at the first sentence that holds a break, in one pass.)
    let mut bytes: Option<Vec<u8>> = None;
    for s in ctx.sentences {
        if memchr::memchr(b'\n', &text.as_bytes()[s.start..s.end]).is_none() {
            continue;
        }
        let bytes = bytes.get_or_insert_with(|| text.as_bytes().to_vec());
        for b in &mut bytes[s.start..s.end] {
            if *b == b'\n' || *b == b'\r' {
                *b = b' ';
            }
        }
    }
    String::from_utf8(bytes?).ok()
}

/// "AMAZON TO CUT 14,000 CORPORATE JOBS": in a line set all in capitals,
/// the names the lexicon knows written as names are ("Amazon"), read in
/// the line with each word's capitals after the first lowered (ASCII
/// only, so byte offsets hold). Names that are themselves capitals
/// ("AMD", "IBM") were found in the line as it stands.
fn capitals_lines(ctx: &Context<'_>, lex: &Companies, found: &mut Vec<Candidate>) {
    let text = ctx.text;
    // The names found so far, in text order: an overlap is looked up, not
    // scanned for (new ones, from lines apart, never overlap each other).
    let known = found.len();
    let mut added = false;
    for s in ctx.sentences {
        let line = &text[s.start..s.end];
        if !all_capitals(line) {
            continue;
        }
        let mut titled = line.as_bytes().to_vec();
        let mut in_word = false;
        for b in &mut titled {
            if b.is_ascii_alphabetic() {
                if in_word {
                    b.make_ascii_lowercase();
                }
                in_word = true;
            } else {
                in_word = b.is_ascii_digit() || (*b == b'\'' && in_word);
            }
        }
        let Ok(titled) = std::str::from_utf8(&titled) else {
            continue;
        };
        for m in lex.find_iter(titled) {
            let alias = lex.alias(m.alias);
            let entry = lex.entry(alias.entry);
            let (start, end) = (s.start + m.start, s.start + m.end);
            let plain = match alias.ambiguity {
                Ambiguity::None => true,
                Ambiguity::Word => !reads_as_word(titled, m.start, m.end),
                Ambiguity::NeedsCue => false,
            };
            if entry.slug == NOT_A_COMPANY
                || !plain
                || !bounded(text, start, end)
                || overlaps_sorted(&found[..known], start, end)
            {
                continue;
            }
            found.push(Candidate::new(
                start,
                end,
                Value::Company(entry.value()),
                Cow::Owned(lex.rule(alias.entry).to_string()),
            ));
            added = true;
        }
    }
    if added {
        found.sort_by_key(|c| c.span.start);
    }
}

/// Whether `[start, end)` overlaps one of `found` (in text order, none
/// overlapping another).
fn overlaps_sorted(found: &[Candidate], start: usize, end: usize) -> bool {
    let k = found.partition_point(|c| c.span.start < end);
    k > 0 && found[k - 1].span.end > start
}

/// Whether a line is set in capitals: twelve letters or more, none in
/// lower case (the first lower-case letter, early in most lines, ends the
/// look).
fn all_capitals(line: &str) -> bool {
    let mut upper = 0;
    for b in line.bytes() {
        if b.is_ascii_lowercase() {
            return false;
        }
        upper += usize::from(b.is_ascii_uppercase());
    }
    upper >= 12
}

/// Whether a number is glued on after a hyphen: "AWS-3 licences" (a
/// spectrum band), a designation that only looks like a name.
fn numbered_after(text: &str, end: usize) -> bool {
    let b = text.as_bytes();
    b.get(end) == Some(&b'-') && b.get(end + 1).is_some_and(u8::is_ascii_digit)
}

/// Whether `[start, end)` lies inside one of `spans` (sorted by start, not
/// overlapping each other).
fn inside_any(spans: &[(usize, usize)], start: usize, end: usize) -> bool {
    let k = spans.partition_point(|&(s, _)| s <= start);
    k > 0 && end <= spans[k - 1].1
}

/// The spans kept so far, for overlap checks that stay logarithmic on a
/// long text (a scan of every kept span per candidate was quadratic: 40%
/// of the time on a 40 MB document).
#[derive(Default)]
struct Taken {
    spans: BTreeSet<(usize, usize)>,
    longest: usize,
}

impl Taken {
    fn insert(&mut self, span: Span) {
        self.longest = self.longest.max(span.end - span.start);
        self.spans.insert((span.start, span.end));
    }

    /// A kept span shares a byte with `span`: only spans starting less
    /// than the longest length before it can reach it.
    fn overlaps(&self, span: Span) -> bool {
        let from = span.start.saturating_sub(self.longest);
        self.spans
            .range((from, 0)..(span.end, 0))
            .any(|&(s, e)| Span::new(s, e).overlaps(&span))
    }
}

/// Whether `text[start..end]` stands as a word: not glued to letters or
/// digits, except at a change of case (`FeatureAmazon`, `OpenAIDeepMind`,
/// `100TPU`) where table cells ran together.
pub fn bounded(text: &str, start: usize, end: usize) -> bool {
    start < end && starts_word(text, start) && ends_word(text, end)
}

/// Whether a word can start at `start` (see [`bounded`]).
pub fn starts_word(text: &str, start: usize) -> bool {
    let mut it = text[start..].chars();
    let (Some(first), second) = (it.next(), it.next()) else {
        return false;
    };
    match text[..start].chars().next_back() {
        None => true,
        Some(b) if !b.is_alphanumeric() => true,
        Some(b) => {
            first.is_uppercase()
                && (b.is_lowercase()
                    || b.is_ascii_digit()
                    || !b.is_uppercase()
                    || second.is_some_and(|c| c.is_lowercase()))
        }
    }
}

/// Whether a word can end at `end` (see [`bounded`]).
pub fn ends_word(text: &str, end: usize) -> bool {
    let Some(last) = text[..end].chars().next_back() else {
        return false;
    };
    let mut after = text[end..].chars();
    match after.next() {
        None => true,
        Some(a) if !a.is_alphanumeric() => true,
        Some(a) => {
            a.is_uppercase()
                && (last.is_lowercase()
                    || last.is_ascii_digit()
                    || after.next().is_some_and(|n| n.is_lowercase()))
        }
    }
}

/// `IBM (IBM)`: a parenthesized ticker of the company just named.
fn is_own_ticker<'a>(
    text: &str,
    start: usize,
    end: usize,
    last: Option<(usize, usize)>,
    entry: impl Fn(usize) -> &'a CompanyEntry,
) -> bool {
    let Some((last_end, idx)) = last else {
        return false;
    };
    let Some(between) = text.get(last_end..start) else {
        return false;
    };
    let e = entry(idx);
    let surface = &text[start..end];
    // "Advanced Micro Devices (AMD)": a ticker that is also another name
    // of the company is a name, a mention of its own as "(AWS)" is; in
    // "IBM (IBM)" it repeats the name as a ticker.
    let a_name = !text[..last_end].ends_with(surface)
        && (e.name == surface
            || e.aliases
                .iter()
                .any(|a| a.trim_start_matches(['~', '?']) == surface));
    between.trim() == "("
        && text[end..].starts_with(')')
        && !a_name
        && e.tickers.iter().any(|t| *t == surface)
}

fn followed_by_product(text: &str, end: usize, entry: &CompanyEntry) -> bool {
    let rest = &text[end..];
    let Some(rest) = rest
        .strip_prefix(' ')
        .or_else(|| rest.strip_prefix('\u{a0}'))
    else {
        return false;
    };
    entry.products.iter().any(|p| {
        affix::starts_with(rest, p)
            && rest[p.len()..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric())
    })
}

/// `300 HP`: a short all-capitals alias after a number is a unit.
fn after_number(text: &str, start: usize, alias: &str) -> bool {
    let before = &text[..start];
    let trimmed = before.trim_end_matches([' ', '\u{a0}']);
    alias.len() <= 3
        && trimmed.len() < before.len()
        && trimmed
            .chars()
            .next_back()
            .is_some_and(|c| c.is_ascii_digit())
}

/// `KBW Nasdaq Bank Index`, `Nasdaq Composite`, `MSCI World index`: a
/// name inside an index's name, up to three capitalized words or numbers
/// before the index noun, is no company.
fn in_index_name(text: &str, end: usize) -> bool {
    let rest = &text[end..crate::numbers::floor_char_boundary(text, (end + 48).min(text.len()))];
    let mut words = rest.split([' ', '\u{a0}']).skip(1);
    for _ in 0..4 {
        let Some(w) = words.next() else {
            return false;
        };
        let w = w.trim_end_matches([',', '.', ';', ':', ')']);
        if matches!(w, "Index" | "index" | "Composite" | "composite" | "Average") {
            return true;
        }
        if !w.starts_with(|c: char| c.is_ascii_uppercase() || c.is_ascii_digit()) {
            return false;
        }
    }
    false
}

/// Names of companies that are also, alone, their market's index: "the
/// Nasdaq", "Japan's Nikkei", "the Dow".
const INDEX_NAMES: &[&str] = &[
    "Nasdaq",
    "NASDAQ",
    "Nikkei",
    "Dow",
    "FTSE",
    "Stoxx",
    "STOXX",
    "Kospi",
    "KOSPI",
    "Topix",
    "TOPIX",
    "Sensex",
    "Nifty",
    "DAX",
    "CAC",
    "TSX",
    "ASX",
    "Hang Seng",
];

/// "Nasdaq down 0.9%", "Japan's Nikkei ended 0.3% lower", "the Dow
/// fell": such a name moving by itself is the index (its company's
/// stock moves with "shares" or a legal suffix, which the lexicon reads).
fn index_moving(text: &str, start: usize, end: usize) -> bool {
    if !INDEX_NAMES.contains(&&text[start..end]) {
        return false;
    }
    const MOVES: &[&str] = &[
        "down", "up", "fell", "rose", "gained", "lost", "ended", "closed", "finished", "dropped",
        "slipped", "slid", "added", "shed", "climbed", "jumped", "edged", "tumbled", "rallied",
        "advanced", "declined", "sank", "surged",
    ];
    let next = next_word(text, end);
    if MOVES.contains(&next) {
        return true;
    }
    // "the Nasdaq was up 1%", "the Nikkei has fallen 4%".
    let at = text[end..].find(next).map_or(end, |k| end + k + next.len());
    matches!(next, "was" | "is" | "has" | "had")
        && [
            "up", "down", "fallen", "risen", "gained", "lost", "added", "dropped", "climbed",
        ]
        .contains(&next_word(text, at))
}

/// `Mr. Ford`, `Dr. Dell`: a person.
fn after_honorific(text: &str, start: usize) -> bool {
    let before = text[..start].trim_end_matches([' ', '\u{a0}']);
    HONORIFICS.iter().any(|h| {
        affix::ends_with(before, h)
            && before[..before.len() - h.len()]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric())
    })
}

/// `Share on LinkedIn`, `PostLinkedIn`: a share button, not a mention.
fn share_button(text: &str, start: usize) -> bool {
    let before = text[..start].trim_end_matches([' ', '\u{a0}']);
    let before = before
        .strip_suffix(" on")
        .or_else(|| before.strip_suffix(" to"))
        .or_else(|| before.strip_suffix(" us on"))
        .unwrap_or(before);
    SHARE_WORDS.iter().any(|w| {
        affix::ends_with(before, w)
            && before[..before.len() - w.len()]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric())
    })
}

fn next_word(text: &str, end: usize) -> &str {
    // (Past markdown emphasis: "**Lambda** signed".)
    let rest = text[end..].trim_start_matches(['*', ' ', '\u{a0}']);
    let stop = rest
        .find(|c: char| !(c.is_alphanumeric() || c == '.' || c == '-'))
        .unwrap_or(rest.len());
    rest[..stop].trim_end_matches('.')
}

fn prev_word(text: &str, start: usize) -> &str {
    let before = text[..start].trim_end_matches([' ', '\u{a0}']);
    let from = before
        .rfind(|c: char| !(c.is_alphanumeric() || c == '-'))
        .map_or(0, |i| {
            i + before[i..].chars().next().map_or(1, char::len_utf8)
        });
    &before[from..]
}

/// Context that makes an ambiguous alias the ordinary word.
fn reads_as_word(text: &str, start: usize, end: usize) -> bool {
    // A word in capitals beside another is a shouted headline's word.
    if !text[start..end].bytes().any(|b| b.is_ascii_lowercase()) {
        let shouted =
            |w: &str| w.len() >= 2 && w.bytes().all(|b| b.is_ascii_uppercase() || b == b'-');
        if shouted(prev_word(text, start)) || shouted(next_word(text, end)) {
            return true;
        }
    }
    let rest = &text[end..];
    if let Some(h) = rest.strip_prefix('-') {
        let word: String = h.chars().take_while(|c| c.is_alphabetic()).collect();
        if word.chars().next().is_some_and(|c| c.is_lowercase())
            && !HYPHEN_CORPORATE.contains(&word.as_str())
        {
            return true;
        }
    }
    let next = next_word(text, end);
    if WORD_CONTEXT_AFTER.contains(&next.to_lowercase().as_str()) {
        return true;
    }
    let prev = prev_word(text, start);
    // "Price Target: $625", "Sales Target": the head of a compound noun.
    if WORD_CONTEXT_BEFORE
        .iter()
        .any(|w| w.eq_ignore_ascii_case(prev))
    {
        return true;
    }
    let phrase_ends = rest
        .trim_start_matches([' ', '\u{a0}'])
        .chars()
        .next()
        .is_none_or(|c| matches!(c, '.' | ',' | ';' | ':' | '!' | '?' | ')' | '\n'));
    // "the Nasdaq's 14% rise": an index's possessive before a figure.
    let possessive_figure = ["'s ", "’s "]
        .iter()
        .find_map(|p| rest.strip_prefix(p))
        .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()));
    prev.eq_ignore_ascii_case("the")
        && ((phrase_ends && !rest.starts_with(['’', '\''])) || possessive_figure)
}

/// A corporate cue around a `?` alias.
fn has_cue(text: &str, start: usize, end: usize) -> bool {
    let mut at = end;
    let mut next = next_word(text, at);
    // An adverb or auxiliary may stand before the verb: "Crusoe and Lambda
    // both raised new funding", "Lambda has also raised".
    for _ in 0..2 {
        if next.is_empty() || !CUE_ADVERBS.contains(&next) {
            break;
        }
        at = text[at..]
            .find(next)
            .map_or(text.len(), |k| at + k + next.len());
        next = next_word(text, at);
    }
    // A verb of a company, or a legal suffix ("Deere & Co").
    if CUE_VERBS.contains(&next) || with_suffix(text, end) > end {
        return true;
    }
    let before = text[..start].trim_end();
    DESCRIPTORS.iter().any(|d| {
        affix::ends_with(before, d)
            && before[..before.len() - d.len()]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric())
    })
}

/// Extends a name over a legal suffix after it: `Nvidia Corp.`.
fn with_suffix(text: &str, end: usize) -> usize {
    let rest = &text[end..];
    // `Nvidia Corp` matched as an alias: take its full stop.
    if rest.starts_with('.')
        && LEGAL_SUFFIXES.iter().any(|s| {
            s.ends_with('.')
                && affix::strip_suffix(&text[..end + 1], s).is_some_and(|b| b.ends_with(' '))
        })
    {
        return end + 1;
    }
    let (skip, body) = if let Some(b) = rest.strip_prefix(", ") {
        (2, b)
    } else if let Some(b) = rest.strip_prefix(' ') {
        (1, b)
    } else {
        return end;
    };
    // Every suffix opens with a capital, "&" or the "p" of "plc": most
    // names are followed by another lower-case word.
    if !body.starts_with(|c: char| c.is_ascii_uppercase() || c == '&' || c == 'p') {
        return end;
    }
    for s in MORE_SUFFIXES.iter().chain(LEGAL_SUFFIXES) {
        if affix::starts_with(body, s)
            && body[s.len()..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric())
        {
            return end + skip + s.len();
        }
    }
    end
}

/// A capitalized token of a name (`Creative`, `3M`, `AT&T`, `Acelab`).
fn name_token(t: &str) -> bool {
    t.chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        && t.chars().any(|c| c.is_alphabetic())
        && t.chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '.' | '&' | '-' | '\''))
        && !NOT_NAMES.contains(&t)
        && !place_participle(t)
}

/// "Toronto-listed", "London-based", "Texas-headquartered": a place and a
/// participle before a name describe it; they are no part of it.
fn place_participle(t: &str) -> bool {
    t.rsplit_once('-').is_some_and(|(_, tail)| {
        [
            "listed",
            "based",
            "headquartered",
            "owned",
            "backed",
            "born",
            "founded",
            "run",
            "focused",
            "traded",
            "registered",
            "domiciled",
            "controlled",
            "operated",
            "funded",
        ]
        .contains(&tail)
    })
}

/// Words of `s` with their byte offsets.
fn words(s: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in s.char_indices() {
        if c.is_whitespace() {
            if let Some(st) = start.take() {
                out.push((st, &s[st..i]));
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(st) = start {
        out.push((st, &s[st..]));
    }
    out
}

/// The capitalized name (at most four words) that ends at `end`, on the
/// same line.
fn name_before(text: &str, end: usize) -> Option<(usize, usize)> {
    let mut from = end.saturating_sub(100);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let window = &text[from..end];
    let line_start = window.rfind('\n').map_or(0, |i| i + 1);
    let ws = words(&window[line_start..]);
    let mut first: Option<usize> = None;
    let last = ws.last().map(|&(off, _)| off);
    let mut rev = ws.iter().rev().take(5).peekable();
    while let Some(&(off, w)) = rev.next() {
        // "We met Acme. Acme shares": a full stop that is no abbreviation's
        // ends the sentence, and the name with it ("Ford Motor Co. shares"
        // go on).
        let ends_sentence = Some(off) != last
            && w.len() > 1
            && w.ends_with('.')
            && !crate::segment::abbreviated(&window[..line_start + off + w.len() - 1]);
        if ends_sentence {
            break;
        }
        // "Steel Authority of India", "Banco de Sabadell": "of" between
        // capitalized words is part of the name ("and" is not: "Frobnik
        // GmbH and Quux AG" are two).
        let connector = matches!(w, "&" | "of" | "de");
        // "**HS Battery America**, a new JV": markdown's emphasis opens
        // the name.
        let bare = w.trim_start_matches(['*', '_']);
        if bare.len() != w.len() {
            if name_token(bare) {
                first = Some(from + line_start + off + w.len() - bare.len());
            }
            break;
        }
        if name_token(w) {
            first = Some(from + line_start + off);
        } else if connector && first.is_some() && rev.peek().is_some_and(|(_, n)| name_token(n)) {
            continue;
        } else {
            break;
        }
    }
    // "Taiwan's Evergreen Marine": a place's possessive opens no name.
    let first = first.map(|s| {
        let head = text[s..end].split(' ').next().unwrap_or("");
        let place = head
            .strip_suffix("'s")
            .or_else(|| head.strip_suffix("’s"))
            .is_some_and(|p| PLACES.contains(p));
        // "Rival United Utilities (UU.L)": a relation opens no name either.
        if (place || RELATION_OPENERS.contains(&head)) && s + head.len() < end {
            s + head.len() + 1
        } else {
            s
        }
    });
    first.map(|s| (s, end))
}

/// Capitalized nouns and adjectives of relation that open a sentence
/// before a name: "Rival United Utilities", "Peer Severn Trent".
#[rustfmt::skip]
const RELATION_OPENERS: &[&str] = &[
    "Rival", "Rivals", "Peer", "Competitor", "Smaller", "Larger", "Bigger", "Fellow", "Parent",
    "Sister", "Partner", "Subsidiary", "Owner", "Shareholder", "Investor", "Customer", "Supplier",
];

/// The capitalized name (at most four words) that starts at `start`; a
/// possessive or closing punctuation ends it.
fn name_after(text: &str, start: usize) -> Option<(usize, usize)> {
    let rest = &text[start..];
    // The line's first 120 bytes: looking for its end past them would read
    // to the end of a text without line breaks, for every descriptor.
    let head = &rest[..crate::numbers::floor_char_boundary(rest, 120)];
    let line = &head[..head.find('\n').unwrap_or(head.len())];
    let line = match line.char_indices().nth(100) {
        Some((i, _)) => &line[..i],
        None => line,
    };
    let mut end: Option<usize> = None;
    for (off, raw) in words(line).into_iter().take(4) {
        let (w, stop) = trim_word(raw);
        if !name_token(w) {
            break;
        }
        end = Some(start + off + w.len());
        if stop {
            break;
        }
    }
    end.map(|e| (start, e))
}

/// Strips trailing punctuation and a possessive; `true` when the name ends there.
fn trim_word(raw: &str) -> (&str, bool) {
    for p in ["’s", "'s", "’", "'"] {
        if let Some(w) = raw.strip_suffix(p) {
            return (w, true);
        }
    }
    let w = raw.trim_end_matches(|c: char| {
        matches!(c, ',' | ';' | ':' | '.' | ')' | '"' | '”' | '!' | '?')
    });
    (w, w.len() != raw.len())
}

fn unknown(
    start: usize,
    end: usize,
    name: &str,
    ticker: Option<&str>,
    rule: &'static str,
) -> Option<Candidate> {
    let slug = slugify(name);
    if slug.is_empty() {
        return None;
    }
    Some(Candidate::new(
        start,
        end,
        Value::Company(Company {
            name: name.to_string(),
            id: slug,
            parent: None,
            ticker: ticker.map(str::to_string),
        }),
        rule,
    ))
}

/// Nouns that, after a known name, make another company of its group:
/// "Toyota Industries", "Jio Platforms", "Reliance Retail".
const GROUP_COMPANY_NOUNS: &[&str] = &[
    "Industries",
    "Platforms",
    "Retail",
    "Fudosan",
    "Securities",
    "Insurance",
    "Logistics",
    "Chemical",
    "Chemicals",
    "Steel",
    "Shipbuilding",
    "Financial",
    "Tsusho",
];

/// Where a group company's name ends, when one of [`GROUP_COMPANY_NOUNS`]
/// follows a known name at `end`.
fn group_company_end(text: &str, end: usize) -> Option<usize> {
    let rest = text[end..].strip_prefix(' ')?;
    let noun = GROUP_COMPANY_NOUNS.iter().find(|n| {
        affix::starts_with(rest, n)
            && rest[n.len()..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric())
    })?;
    Some(end + 1 + noun.len())
}

/// "New York AG Letitia James": "AG" before a person's name is an
/// attorney general, not an Aktiengesellschaft. `matched` is the suffix
/// match, which may end with the character after the suffix.
fn attorney_general(text: &str, matched: &str, end: usize) -> bool {
    let m = matched.trim_end_matches(|c: char| !c.is_alphanumeric());
    if !m.ends_with("AG") {
        return false;
    }
    let rest = text[end.min(text.len())..].trim_start();
    let word: &str = rest
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase)
        && chars.clone().count() > 0
        && chars.all(char::is_lowercase)
}

/// Cashtags, as market posts write tickers: "$NVDA rose 3%". The mention
/// is the ticker without its "$"; only tickers the lexicon knows, and not
/// where a name already stands ("$AMD" is found as "AMD").
fn cashtags(text: &str, lex: &crate::lexicon::companies::Companies, found: &mut Vec<Candidate>) {
    let bytes = text.as_bytes();
    let spans = text.match_indices('$').filter_map(|(at, _)| {
        if at > 0 && bytes[at - 1].is_ascii_alphanumeric() {
            return None;
        }
        let start = at + 1;
        let len = bytes[start..]
            .iter()
            .take_while(|b| b.is_ascii_uppercase())
            .count();
        let end = start + len;
        ((1..=5).contains(&len)
            && !bytes.get(end).is_some_and(|b| b.is_ascii_alphanumeric())
            && !unit_abbreviation(text, at, end))
        .then_some((start, end))
    });
    known_tickers(text, lex, spans, found);
}

/// "($M)", "(in $bn)", "Revenue, $M": a table's unit written as a
/// cashtag would be, not Macy's ticker.
fn unit_abbreviation(text: &str, dollar: usize, end: usize) -> bool {
    let unit = &text[dollar + 1..end];
    matches!(unit, "M" | "MM" | "MN" | "B" | "BN" | "K" | "T" | "TN")
        && (text[..dollar].ends_with(['(', '[', ','])
            || text[..dollar].ends_with("in ")
            || text[..dollar].ends_with(", ")
            || text[end..].starts_with([')', ']']))
}

/// `w` without the punctuation around it.
fn alnum_core(w: &str) -> &str {
    w.trim_matches(|c: char| !c.is_ascii_alphanumeric())
}

/// The runs of ASCII capitals of at least four bytes, as `(start, end)`.
/// Prose is mostly lower case: eight bytes are tested at once and skipped
/// when none is a capital, which keeps this pass about a byte's work per
/// byte (a loop testing each byte, or a regex, cost several).
fn capital_runs(bytes: &[u8]) -> impl Iterator<Item = (usize, usize)> + '_ {
    const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // Per byte (of 7 bits, so no carry crosses bytes): high bit set when
    // at least b'A', and when past b'Z'; and not a byte above 127.
    let capitals = |chunk: u64| {
        let low = chunk & LOW7;
        let from_a = low.wrapping_add(0x3f3f_3f3f_3f3f_3f3f);
        let past_z = low.wrapping_add(0x2525_2525_2525_2525);
        from_a & !past_z & !chunk & HIGH
    };
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < bytes.len() {
            // On to the first capital of the next eight bytes, if any.
            if let Some(chunk) = bytes.get(i..i + 8) {
                let mask = capitals(u64::from_le_bytes(chunk.try_into().expect("eight bytes")));
                if mask == 0 {
                    i += 8;
                    continue;
                }
                i += mask.trailing_zeros() as usize / 8;
            } else if !bytes[i].is_ascii_uppercase() {
                i += 1;
                continue;
            }
            let start = i;
            while i < bytes.len() && bytes[i].is_ascii_uppercase() {
                i += 1;
            }
            if i - start >= 4 {
                return Some((start, i));
            }
        }
        None
    })
}

/// How far (bytes) around a bare ticker its neighbouring words are read.
const NEIGHBOUR_REACH: usize = 24;

/// Tickers of the lexicon that are English words too: never read bare.
#[rustfmt::skip]
const WORD_TICKERS: &[&str] = &[
    "ARES", "BATS", "CART", "COIN", "COST", "DASH", "FLEX", "FORM", "GILD", "GLEN", "GRAB",
    "HIMS", "HOOD", "HUBS", "IDEA", "KEYS", "LITE", "LUPIN", "MORN", "ONTO", "PATH", "PINS",
    "PONY", "RACE", "RIOT", "SHOP", "SNAP", "SNOW", "SPOT", "TEAM", "VALE", "WOLF", "ZEAL",
];

/// Bare tickers of four or five capitals that the lexicon knows, in running
/// text: "QCOM Neutral, price target $185 (from $180). INTC Underweight".
/// Not English words ([`WORD_TICKERS`]), not inside a longer word or a
/// dotted or dashed code, not a name's own ticker in parentheses, and not
/// beside another word of capitals that is no ticker (a headline in
/// capitals).
fn bare_tickers(
    text: &str,
    lex: &crate::lexicon::companies::Companies,
    found: &mut Vec<Candidate>,
) {
    let bytes = text.as_bytes();
    let joined = |b: u8| {
        b.is_ascii_alphanumeric() || matches!(b, b'$' | b'.' | b'-' | b'_' | b'/' | b'@' | b'#')
    };
    let shouting = |w: &str| {
        w.len() >= 3 && w.bytes().all(|b| b.is_ascii_uppercase()) && lex.by_ticker(w).is_none()
    };
    let mut spans = Vec::new();
    for (i, end) in capital_runs(bytes) {
        if !(4..=5).contains(&(end - i)) || (i > 0 && joined(bytes[i - 1])) {
            continue;
        }
        // A full stop ends a ticker unless a letter or digit follows it
        // ("NVDA.O" is a code).
        let free_end = !bytes.get(end).is_some_and(|&b| {
            joined(b) && (b != b'.' || bytes.get(end + 1).is_some_and(u8::is_ascii_alphanumeric))
        });
        // "(AMZN)", "(NASDAQ: NVDA)": a name's own ticker is read with it.
        let head = text[..i].trim_end();
        let exchange = head.strip_suffix(':').is_some_and(|h| {
            h.rsplit(|c: char| !c.is_ascii_alphanumeric())
                .next()
                .is_some_and(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_uppercase()))
        });
        let in_parentheses = head.ends_with('(') || exchange;
        if free_end && !in_parentheses && !WORD_TICKERS.contains(&&text[i..end]) {
            // Words are looked for a bounded way: a run without spaces
            // costs the same at each ticker.
            let mut lo = i.saturating_sub(NEIGHBOUR_REACH);
            while !text.is_char_boundary(lo) {
                lo += 1;
            }
            let hi = crate::numbers::floor_char_boundary(text, end + NEIGHBOUR_REACH);
            let before = text[lo..i].split_whitespace().next_back().unwrap_or("");
            let after = text[end..hi].split_whitespace().next().unwrap_or("");
            if !shouting(alnum_core(before)) && !shouting(alnum_core(after)) {
                spans.push((i, end));
            }
        }
    }
    known_tickers(text, lex, spans, found);
}

/// Tickers of two to five capitals right before a signed move, as digests
/// and market posts write them: "LLY +5.2% pre-mkt", "VKTX +61% Mon; MRK
/// -1.2%". The sign makes a short ticker safe to read (bare, "MRK" would
/// be any abbreviation); common abbreviations that are tickers too are not.
fn moving_tickers(
    text: &str,
    lex: &crate::lexicon::companies::Companies,
    found: &mut Vec<Candidate>,
) {
    const NOT_TICKERS: &[&str] = &[
        "AI", "IT", "ON", "ALL", "ARE", "CEO", "CFO", "EPS", "GDP", "CPI", "USA", "US", "UK", "EU",
        "YTD", "QOQ", "YOY", "MOM", "NOW", "FOR", "OUT", "BIG", "ONE", "NEW", "KEY",
    ];
    let bytes = text.as_bytes();
    let mut spans = Vec::new();
    for pct in memchr::memchr_iter(b'%', bytes) {
        // Back over the number, then the sign, then one space.
        let mut i = pct;
        while i > 0 && pct - i < 12 && (bytes[i - 1].is_ascii_digit() || bytes[i - 1] == b'.') {
            i -= 1;
        }
        if i == pct {
            continue;
        }
        let before = &text[..i];
        let Some(signless) = ["+", "-", "\u{2212}", "\u{2013}"]
            .iter()
            .find_map(|s| before.strip_suffix(s))
        else {
            continue;
        };
        let Some(word_end) = signless.strip_suffix(' ').map(str::len) else {
            continue;
        };
        let wb = &bytes[..word_end];
        let mut start = word_end;
        while start > 0 && word_end - start < 6 && wb[start - 1].is_ascii_uppercase() {
            start -= 1;
        }
        let len = word_end - start;
        let free_start =
            start == 0 || !bytes[start - 1].is_ascii_alphanumeric() && bytes[start - 1] != b'.';
        if (2..=5).contains(&len) && free_start {
            let word = &text[start..word_end];
            if !NOT_TICKERS.contains(&word) && !WORD_TICKERS.contains(&word) {
                spans.push((start, word_end));
            }
        }
    }
    known_tickers(text, lex, spans, found);
}

/// The companies of the tickers at `spans` that the lexicon knows, added
/// to `found` (in text order, spans not overlapping) where no name already
/// stands: cashtags ("$NVDA") and exchange-prefixed tickers ("NASDAQ:NVDA").
fn known_tickers(
    text: &str,
    lex: &crate::lexicon::companies::Companies,
    spans: impl IntoIterator<Item = (usize, usize)>,
    found: &mut Vec<Candidate>,
) {
    let mut added = Vec::new();
    for (start, end) in spans {
        let Some(i) = lex.by_ticker(&text[start..end]) else {
            continue;
        };
        // With its market: "9988.HK".
        let end = market_end(text, end);
        let k = found.partition_point(|f| f.span.end <= start);
        if found.get(k).is_some_and(|f| f.span.start < end) {
            continue;
        }
        added.push(Candidate::new(
            start,
            end,
            Value::Company(lex.entry(i).value()),
            Cow::Owned(lex.rule(i).to_string()),
        ));
    }
    if !added.is_empty() {
        found.extend(added);
        found.sort_by_key(|c| c.span.start);
    }
}

/// Names glossed with a known ticker in parentheses, the name being the
/// first words of that company's name or of one of its aliases:
/// "Quanta (2382)", "Hon Hai (2317.TW)", "Cipher (NASDAQ: CIFR)". The
/// span of the name and the entry.
fn glossed_names(text: &str, lex: &crate::lexicon::companies::Companies) -> Vec<(Span, usize)> {
    let mut out = Vec::new();
    for open in memchr::memchr_iter(b'(', text.as_bytes()) {
        let rest = &text[open + 1..];
        let Some(close) = rest.as_bytes().iter().take(24).position(|&b| b == b')') else {
            continue;
        };
        let inner = rest[..close].trim();
        // An exchange before it ("NASDAQ: CIFR"), a market after it
        // ("2317.TW", "9984 JT"): the ticker with its market first
        // ("EQT.ST" is not "EQT").
        let inner = inner.rsplit(": ").next().unwrap_or(inner);
        let core = inner.split([' ', '.']).next().unwrap_or(inner);
        if core.is_empty() || !core.bytes().all(|b| b.is_ascii_alphanumeric()) {
            continue;
        }
        let Some(i) = lex.by_ticker(inner).or_else(|| lex.by_ticker(core)) else {
            continue;
        };
        // The capitalized words right before the parenthesis.
        let Some((start, end)) = name_before(text, text[..open].trim_end().len()) else {
            continue;
        };
        let e = lex.entry(i);
        // The longest run of those words that begins a name of the entry.
        let begins = |words: &str| {
            std::iter::once(&e.name)
                .chain(&e.aliases)
                .map(|n| n.trim_start_matches(['~', '?']))
                .any(|n| {
                    n.strip_prefix(words)
                        .is_some_and(|r| r.is_empty() || r.starts_with(' '))
                })
        };
        let mut starts = std::iter::once(start).chain(
            text[start..end]
                .match_indices(' ')
                .map(|(k, _)| start + k + 1),
        );
        if let Some(first) = starts.find(|&st| begins(&text[st..end])) {
            out.push((Span::new(first, end), i));
        }
    }
    out
}

/// The end of a market code glued to a ticker ending at `end` (".HK",
/// ".T", ".N"), or `end`.
fn market_end(text: &str, end: usize) -> usize {
    let b = text.as_bytes();
    if b.get(end) != Some(&b'.') {
        return end;
    }
    let caps = b[end + 1..]
        .iter()
        .take(3)
        .take_while(|c| c.is_ascii_uppercase())
        .count();
    let after = end + 1 + caps;
    if (1..=2).contains(&caps) && b.get(after).is_none_or(|c| !c.is_ascii_alphanumeric()) {
        after
    } else {
        end
    }
}

/// The numeric tickers written with their market, as the lexicon lists
/// the number: the "9988" of "9988.HK +4.2%", "(700.HK)", "6758.T".
fn market_tickers(text: &str) -> Vec<(usize, usize)> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    for dot in memchr::memchr_iter(b'.', b) {
        let digits = b[..dot]
            .iter()
            .rev()
            .take(7)
            .take_while(|c| c.is_ascii_digit())
            .count();
        let start = dot - digits;
        // (Not in parentheses: "Tokyo Electron (8035.T)" glosses the name.)
        let bounded = start == 0
            || !b[start - 1].is_ascii_alphanumeric() && !matches!(b[start - 1], b'.' | b'(');
        if (3..=6).contains(&digits) && bounded && market_end(text, dot) > dot {
            out.push((start, dot));
        }
    }
    out
}

/// `Acme Robotics Inc.`: a capitalized name before a legal suffix.
fn unknown_by_suffix(text: &str) -> Vec<Candidate> {
    let mut out = Vec::new();
    for m in SUFFIX.find_iter(text) {
        if attorney_general(text, m.as_str(), m.end()) {
            continue;
        }
        let Some((start, name_end)) = name_before(text, m.start()) else {
            continue;
        };
        let end = with_suffix(text, name_end);
        if end == name_end {
            continue;
        }
        out.extend(unknown(
            start,
            end,
            &text[start..name_end],
            None,
            "company:legal_suffix",
        ));
    }
    out
}

/// `Foo Bar (NYSE: FOO)`: the name before an exchange ticker.
fn unknown_by_ticker(text: &str, exchange: &[(usize, usize)]) -> Vec<Candidate> {
    let mut out = Vec::new();
    for &(s, e) in exchange {
        let before = text[..s].trim_end();
        let Some((start, end)) = name_before(text, before.len()) else {
            continue;
        };
        // "(NYSE: FOO)" or a Reuters code, "(IBE.MC)", "(4502.T)".
        let ticker = EXCHANGE_TICKER
            .captures(&text[s..e])
            .and_then(|c| c.get(1).or_else(|| c.get(2)))
            .map(|m| m.as_str().to_string());
        let mut name = &text[start..end];
        for suf in LEGAL_SUFFIXES {
            if let Some(n) = name.strip_suffix(suf) {
                name = n.trim_end_matches([' ', ',']);
                break;
            }
        }
        out.extend(unknown(
            start,
            end,
            name,
            ticker.as_deref(),
            "company:exchange_ticker",
        ));
    }
    out
}

/// `startup Acelab`, `tech consultancy Creative Strategies`.
fn unknown_by_descriptor(text: &str) -> Vec<Candidate> {
    let mut out = Vec::new();
    for m in DESCRIPTOR.find_iter(text) {
        let before_ok = text[..m.start()]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
        let gap = &text[m.end()..];
        // "The startup, Etched, has raised": the name between commas.
        let apposed = gap.starts_with(", ");
        if !before_ok || !(apposed || gap.starts_with([' ', '\u{a0}'])) {
            continue;
        }
        let start = if apposed {
            m.end() + 2
        } else {
            m.end() + gap.chars().next().map_or(1, char::len_utf8)
        };
        // "policy maker Christine Lagarde", "film maker Ava Duvernay": a
        // maker of no goods is a person.
        if &text[m.start()..m.end()] == "maker"
            && PERSON_MAKERS
                .iter()
                .any(|w| w.eq_ignore_ascii_case(prev_word(text, m.start())))
        {
            continue;
        }
        if let Some((s, e)) = name_after(text, start) {
            if apposed && !text[e..].starts_with(',') {
                continue;
            }
            // "company Chairman Ann Lee", "group Managing Director": a title
            // after the head opens a person's name.
            if TITLE_WORDS.contains(&text[s..e].split(' ').next().unwrap_or("")) {
                continue;
            }
            out.extend(unknown(s, e, &text[s..e], None, "company:descriptor"));
        }
    }
    out
}

/// Words before "maker" that make it a person's trade.
const PERSON_MAKERS: &[&str] = &[
    "policy",
    "decision",
    "film",
    "movie",
    "deal",
    "rule",
    "law",
    "news",
    "peace",
    "king",
    "trouble",
    "match",
    "pace",
    "play",
    "rain",
    "money",
    "market-policy",
    "noise",
];

/// Titles that open a person's name after a company's descriptor.
const TITLE_WORDS: &[&str] = &[
    "Chairman",
    "Chairwoman",
    "Chair",
    "Director",
    "Managing",
    "Vice",
    "Senior",
    "COO",
    "CIO",
    "CMO",
    "Secretary",
    "Treasurer",
    "Spokesman",
    "Spokeswoman",
    "Spokesperson",
    "Board",
    "Head",
    "Partner",
    "Principal",
    "Counsel",
    "Deputy",
    "Acting",
    "Interim",
    "Co-CEO",
    "Co-Founder",
];

/// Words that end an apposition's noun phrase before its head: "Smith,
/// a partner at the firm" is no firm.
const NOT_IN_HEAD_PHRASE: &[&str] = &[
    "of", "at", "in", "for", "with", "that", "which", "who", "by", "from", "to", "on", "and", "or",
    "whose", "as", "like", "than",
    // A determiner opens another phrase: "a profit measure the company
    // favors" is no company.
    "the", "its", "their", "his", "her", "our",
];

/// `Zephyr, a San Francisco-based AI startup, raised`: a capitalized name
/// followed by an apposition whose head (within six words, before any
/// preposition) is a company's descriptor ("startup", "lender", "maker").
fn unknown_by_apposition(text: &str) -> Vec<Candidate> {
    let mut out = Vec::new();
    // A SIMD substring search: `str::match_indices` walks two-way and
    // costs ten instructions a byte of every text.
    // ", a", ", an"; and ", the" before a head of relation only ("HL-GA
    // Battery, the Hyundai–LG joint venture,"): ", the" glosses products
    // and people too ("Cosentyx, the company's biggest product").
    for comma in memchr::memmem::find_iter(text.as_bytes(), b", ") {
        let rest = &text[comma + 2..];
        let (rest, definite) = if let Some(r) = rest.strip_prefix("an ") {
            (r, false)
        } else if let Some(r) = rest.strip_prefix("a ") {
            (r, false)
        } else if let Some(r) = rest.strip_prefix("the ") {
            (r, true)
        } else {
            continue;
        };
        // The head, and past it the comma (or bracket, or dash) that
        // closes the apposition before the sentence's verb: "Meanwhile, a
        // rival startup raised" has none.
        let mut words = rest.split(' ');
        let mut headed = false;
        for raw in words.by_ref().take(6) {
            let (w, stop) = trim_word(raw);
            if NOT_IN_HEAD_PHRASE.contains(&w) {
                break;
            }
            // ("a new Hyundai–Samsung SDI JV,": a joint venture's
            // abbreviation heads it too.)
            let head = if definite {
                RELATION_HEADS.contains(&w)
            } else {
                is_descriptor_head(w) || w == "JV"
            };
            if head {
                headed = true;
                // The head's own comma closes it, or the words after it.
                if stop {
                    words = "—".split(' ');
                }
                break;
            }
            if stop {
                break;
            }
        }
        let closed = words.take(12).find_map(|w| {
            if w.ends_with([',', ')']) || matches!(w, "—" | "–" | "-") {
                Some(true)
            } else if w.ends_with(['.', '!', '?', ';', ':']) {
                Some(false)
            } else {
                None
            }
        });
        if !headed || closed != Some(true) {
            continue;
        }
        let name_end = text[..comma].trim_end_matches(['*', '_']).len();
        let Some((start, end)) = name_before(text, name_end) else {
            continue;
        };
        if let Some(c) = guarded_unknown(text, start, end, "company:apposition") {
            out.push(c);
        }
    }
    out
}

/// Heads of an apposition with "the" that make the name before it a
/// company: a joint venture, a unit, a subsidiary.
const RELATION_HEADS: &[&str] = &[
    "venture",
    "JV",
    "subsidiary",
    "unit",
    "affiliate",
    "spin-off",
    "spinoff",
];

/// `Rightmove shares fell`, `Carvana's shares doubled`: the capitalized
/// name right before "shares" (or "'s shares") is a listed company's, unless
/// it names a class of shares or a sector ("Class A shares", "Tech shares").
fn unknown_before_shares(text: &str) -> Vec<Candidate> {
    const CLASSES: &[&str] = &[
        "Class",
        "Ordinary",
        "Preference",
        "Preferred",
        "Common",
        "Treasury",
        "Bank",
        "Banking",
        "Tech",
        "Retail",
        "Mining",
        "Energy",
        "Property",
        "Insurance",
        "Airline",
        "Shipping",
        "Steel",
        "Defence",
        "Defense",
        "Utility",
        "Chip",
        "Auto",
        "Its",
        "Their",
        "Our",
        "Your",
        "His",
        "Her",
        "Institutional",
        "Restricted",
        "New",
        "Existing",
        "Outstanding",
        "Voting",
        "B",
        "A",
        "H",
        "ADR",
        "US",
        "U.S.",
        "Asian",
        "European",
        "Japanese",
        "Chinese",
        "Indian",
        "Mainland",
        "Emerging",
        "Global",
        "World",
        "Regional",
        "Small-cap",
        "Large-cap",
        "Growth",
        "Value",
        "Blue-chip",
        "Premier",
    ];
    let mut out = Vec::new();
    for at in memchr::memmem::find_iter(text.as_bytes(), b" shares") {
        if text
            .as_bytes()
            .get(at + 7)
            .is_some_and(u8::is_ascii_alphanumeric)
        {
            continue;
        }
        let end = if text[..at].ends_with("'s") || text[..at].ends_with("’s") {
            at - text[..at]
                .chars()
                .rev()
                .take(2)
                .map(char::len_utf8)
                .sum::<usize>()
        } else {
            at
        };
        let Some((start, end)) = name_before(text, end) else {
            continue;
        };
        let name = &text[start..end];
        // "Its London-listed shares": a hyphenated adjective ends no name.
        let adjective = name
            .rsplit(' ')
            .next()
            .and_then(|w| w.rsplit_once('-'))
            .is_some_and(|(_, tail)| tail.chars().all(|c| c.is_lowercase()));
        if adjective || name.split(' ').any(|w| CLASSES.contains(&w)) {
            continue;
        }
        if let Some(c) = guarded_unknown(text, start, end, "company:before_shares") {
            out.push(c);
        }
    }
    out
}

/// `Shares of Vantor rose`, `Shares in Spectris jumped`: the capitalized
/// name after "shares of" or "shares in" is a listed company's.
fn unknown_after_shares(text: &str) -> Vec<Candidate> {
    let mut out = Vec::new();
    // ("Shares in Spectris jumped", as British papers write it.)
    for cue in ["hares of ", "hares in "] {
        for at in memchr::memmem::find_iter(text.as_bytes(), cue.as_bytes()) {
            let s = text[..at].chars().next_back();
            if !matches!(s, Some('S' | 's')) || text[..at - 1].ends_with(char::is_alphanumeric) {
                continue;
            }
            let Some((start, end)) = name_after(text, at + cue.len()) else {
                continue;
            };
            if let Some(c) = guarded_unknown(text, start, end, "company:shares_of") {
                out.push(c);
            }
        }
    }
    out.sort_by_key(|c| c.span.start);
    out
}

/// Words and phrases whose object is a company: "the takeover of
/// Britvic", "agreed to buy 89bio", "its stake in Indus Towers".
const DEAL_OBJECT_CUES: &[&str] = &[
    "takeover of ",
    "acquisition of ",
    "purchase of ",
    "buyout of ",
    "merger with ",
    "stake in ",
    "bid for ",
    "offer for ",
    "to buy ",
    "to acquire ",
    "will buy ",
    "will acquire ",
    "agreed to buy ",
];

static DEAL_OBJECT_CUE: Lazy<aho_corasick::AhoCorasick> = Lazy::new(|| {
    AhoCorasickBuilder::new()
        .match_kind(MatchKind::LeftmostLongest)
        .build(DEAL_OBJECT_CUES)
        .expect("deal cues compile")
});

/// Things bought that are written with a capital and are no company.
const NOT_BOUGHT: &[&str] = &[
    "Bitcoin",
    "Ether",
    "Ethereum",
    "Solana",
    "XRP",
    "Dogecoin",
    "Treasury",
    "Treasuries",
    "Gold",
    "Series",
];

/// `the £3.3bn takeover of Britvic would`, `agreed to buy 89bio for`: a
/// capitalized name that a deal's noun or verb governs, where a word that
/// ends a noun phrase follows it ("buy Treasury bonds" is no company).
fn unknown_by_deal_object(text: &str) -> Vec<Candidate> {
    const AFTER: &[&str] = &[
        "for", "from", "in", "at", "and", "would", "will", "was", "is", "has", "had", "by", "on",
        "to", "with", "that", "which", "last", "this", "earlier", "after", "amid", "as", "valued",
        "worth", "said", "could", "may", "",
    ];
    let mut out = Vec::new();
    for m in DEAL_OBJECT_CUE.find_iter(text) {
        if text[..m.start()].ends_with(char::is_alphanumeric) {
            continue;
        }
        let Some((start, end)) = name_after(text, m.end()) else {
            continue;
        };
        let name = &text[start..end];
        if NOT_BOUGHT.contains(&name.split(' ').next().unwrap_or(name)) {
            continue;
        }
        let rest = &text[end..];
        let closed = rest.starts_with([',', '.', ';', ')', ':', '\'', '’'])
            || (rest.starts_with(' ') && AFTER.contains(&next_word(text, end)));
        if !closed {
            continue;
        }
        if let Some(c) = guarded_unknown(text, start, end, "company:deal_object") {
            out.push(c);
        }
    }
    out
}

/// A name a cue found, unless its words say it is none: a sentence
/// opener first ("Rival Zephyr"), a single sector, place or common word
/// ("Solar", "India"), or a title-case line, where capitals mark no names.
fn guarded_unknown(text: &str, start: usize, end: usize, rule: &'static str) -> Option<Candidate> {
    let ws = words(&text[start..end]);
    let ws = match ws.as_slice() {
        [(_, w), rest @ ..] if !rest.is_empty() && SENTENCE_OPENERS.contains(w) => rest,
        all => all,
    };
    let &(first, _) = ws.first()?;
    let start = start + first;
    let name = &text[start..end];
    if PLACES.contains(name) {
        return None;
    }
    // "However, a lender ...": one word opening a sentence before a comma
    // is an adverb of the sentence, not a name.
    if opens_sentence(text, start)
        && ws.len() == 1
        && (name.ends_with("ly") || DISCOURSE_WORDS.contains(&name))
    {
        return None;
    }
    let stop = |w: &str| common_name_word(w);
    if ws.len() == 1 && stop(ws[0].1) || ws.iter().all(|(_, w)| stop(w)) {
        return None;
    }
    if title_case_around(text, start, end) {
        return None;
    }
    unknown(start, end, name, None, rule)
}

/// `Tessellate Robotics — $140 million Series B at $1.1 billion`: a
/// digest line that opens with a name of one to four capitalized words, a
/// dash, and a sum of money: the name is the company the sum is of.
fn unknown_by_dash_label(text: &str) -> Vec<Candidate> {
    let mut out = Vec::new();
    for dash in memchr::memmem::find_iter(text.as_bytes(), " — ".as_bytes())
        .chain(memchr::memmem::find_iter(text.as_bytes(), " – ".as_bytes()))
    {
        let after = text[dash..].trim_start_matches([' ', '—', '–']);
        let money = after.starts_with(['$', '€', '£', '¥'])
            || ["US$", "C$", "A$", "HK$"]
                .iter()
                .any(|p| after.starts_with(p));
        if !money {
            continue;
        }
        // The line's start, past a bullet.
        let line_start = text[..dash].rfind('\n').map_or(0, |i| i + 1);
        let head = &text[line_start..dash];
        let name = head.trim_start_matches(|c: char| !c.is_alphanumeric());
        let start = dash - name.len();
        let ws: Vec<&str> = name.split(' ').collect();
        let titled = (1..=4).contains(&ws.len())
            && ws.iter().all(|w| {
                w.starts_with(|c: char| c.is_uppercase())
                    && w.chars()
                        .all(|c| c.is_alphanumeric() || matches!(c, '.' | '&' | '-'))
            });
        if titled {
            out.extend(guarded_unknown(text, start, dash, "company:dash_label"));
        }
    }
    out
}

/// Verbs of a raise as headlines and digests write them: "Suno raised
/// $250 million", "n8n raises €155M", "Lambda closes $1.5B Series E",
/// "OpenEvidence doubles valuation to $12B".
const RAISE_VERBS: &[&str] = &[
    " raised ",
    " raises ",
    " lands ",
    " landed ",
    " secures ",
    " secured ",
    " closes ",
    " closed ",
    " nabs ",
    " nabbed ",
    " bags ",
    " bagged ",
    " snags ",
    " snagged ",
    " hits ",
    " doubles ",
    " triples ",
    " raising ",
];

/// Words between a raise's verb and its sum: "raised more than $1.5
/// billion", "doubles valuation to $12B", "hits a $2.45B valuation".
const BEFORE_THE_SUM: &[&str] = &[
    "more than ",
    "over ",
    "about ",
    "around ",
    "nearly ",
    "almost ",
    "roughly ",
    "some ",
    "up to ",
    "another ",
    "a fresh ",
    "a new ",
    "an additional ",
    "a ",
    "an ",
    "its ",
    "valuation to ",
    "valuation of ",
    "funding of ",
];

/// Words that make a sum a round's or a valuation, in the rest of its
/// clause.
const ROUND_CUES: &[&str] = &[
    "Series ",
    "series ",
    "round",
    "funding",
    "valuation",
    "valued",
    "valuing",
    "seed",
    "led by",
    "post-money",
    "pre-money",
    "from investors",
    "venture",
];

/// The name of a company that raises money, before the verb of a raise
/// whose sum a round's words follow ("Suno raised $250 million in a
/// Series C"): a startup the lexicon does not know yet, as digests and
/// funding news name them without a descriptor. The name is the
/// capitalized words before the verb, a single lower-case word with a
/// digit or an inner capital ("n8n"), or the name before an aside
/// ("OpenEvidence, which builds an AI assistant for doctors, raised").
fn unknown_by_raise(text: &str) -> Vec<Candidate> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    // From the sums, which are rare, back to a raise's verb before them:
    // every sign of a currency this rule reads has its first byte among
    // these three ("$", and the lead bytes of "€", "₹", "£", "¥").
    for at in memchr::memchr3_iter(b'$', 0xE2, 0xC2, bytes) {
        let sign = &text[at..crate::numbers::floor_char_boundary(text, at + 3)];
        if !sign.starts_with(['$', '€', '£', '¥', '₹']) {
            continue;
        }
        // "US$", "C$": the sum opens at the prefix's letters.
        let mut sum_start = at;
        if sign.starts_with('$') {
            if let Some(p) = ["US", "NT", "HK", "C", "A", "S", "R"]
                .iter()
                .find(|p| text[..at].ends_with(*p))
            {
                sum_start = at - p.len();
            }
        }
        // Past the words between the verb and the sum ("more than", "a",
        // "valuation to"), each after a space.
        let mut end = sum_start;
        for _ in 0..3 {
            let word = BEFORE_THE_SUM
                .iter()
                .find(|w| text[..end].ends_with(*w) && text[..end - w.len()].ends_with(' '));
            match word {
                Some(w) => end -= w.len(),
                None => break,
            }
        }
        let Some(verb_len) = RAISE_VERBS
            .iter()
            .find(|v| text[..end].ends_with(*v))
            .map(|v| v.len())
        else {
            continue;
        };
        let m_start = end - verb_len;
        // The sum after the verb, on its line.
        let rest = &text[end..];
        let line = &rest[..rest.find('\n').unwrap_or(rest.len())];
        let line = &line[..crate::numbers::floor_char_boundary(line, 200)];
        let clause = &line[..line.find(". ").unwrap_or(line.len())];
        if !ROUND_CUES.iter().any(|c| clause.contains(c)) {
            continue;
        }
        // "Etched, which makes the Sohu chip, is raising": past an
        // auxiliary.
        let mut verb = m_start;
        let aux = prev_word(text, verb);
        if ["is", "was", "has", "had", "have", "also", "reportedly"].contains(&aux) {
            verb = text[..verb].trim_end().len() - aux.len();
            verb = text[..verb].trim_end().len();
        }
        if let Some((s, e)) = name_before(text, verb) {
            out.extend(guarded_unknown(text, s, e, "company:raise"));
            continue;
        }
        let word = prev_word(text, verb);
        let start = verb - word.len();
        if word.len() == text[start..verb].trim_end().len() && coined_lower(word) {
            out.extend(guarded_unknown(text, start, verb, "company:raise"));
            continue;
        }
        // "OpenEvidence, which builds ..., raised": the name before the
        // aside, on the same line and within 160 bytes.
        if text[..verb].ends_with(',') {
            let from = crate::numbers::floor_char_boundary(text, verb.saturating_sub(160));
            let head = &text[from..verb - 1];
            let head = &head[head.rfind('\n').map_or(0, |i| i + 1)..];
            let aside = [", which ", ", a ", ", an ", ", the ", ", whose "]
                .iter()
                .filter_map(|a| head.find(a))
                .min();
            if let Some(k) = aside {
                let comma = verb - 1 - head.len() + k;
                if let Some((s, e)) = name_before(text, comma) {
                    out.extend(guarded_unknown(text, s, e, "company:raise"));
                }
            }
        }
    }
    out
}

/// A coined name in lower case: letters with a digit or an inner capital
/// ("n8n", "dLocal"), as no English word is written.
fn coined_lower(w: &str) -> bool {
    (2..=20).contains(&w.len())
        && w.starts_with(|c: char| c.is_ascii_lowercase())
        && w.chars().all(|c| c.is_ascii_alphanumeric())
        && w.chars()
            .skip(1)
            .any(|c| c.is_ascii_digit() || c.is_ascii_uppercase())
}

/// Whether a word at `at` opens its sentence (past quotes and brackets).
fn opens_sentence(text: &str, at: usize) -> bool {
    let b = text[..at].trim_end_matches([' ', '"', '“', '(']);
    b.is_empty() || b.ends_with(['\n', '.', '!', '?', ':'])
}

/// A sector, place or common word, or a corporate noun: a word that alone
/// names no company ("Renewable", "India", "General", "Holdings").
fn common_name_word(w: &str) -> bool {
    SECTOR_WORDS.contains(&w) || COMMON_FIRST_WORDS.contains(&w) || CORPORATE_NOUNS.contains(&w)
}

/// Places, which stand where a company's name would ("Texas, a major
/// manufacturer of chips,"): `src/lexicon/places.txt`.
static PLACES: Lazy<HashSet<&'static str>> =
    Lazy::new(|| crate::lexicon::line_set(include_str!("../lexicon/places.txt")));

/// Whether `name` is a place of `src/lexicon/places.txt` ("China").
pub(crate) fn is_place(name: &str) -> bool {
    PLACES.contains(name)
}

/// The countries and regions of `places.txt` (its first section).
static COUNTRIES: Lazy<HashSet<&'static str>> = Lazy::new(|| {
    include_str!("../lexicon/places.txt")
        .lines()
        .skip_while(|l| !l.starts_with("# Countries"))
        .skip(1)
        .take_while(|l| !l.starts_with('#'))
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect()
});

/// Whether `name` is a country or region ("Japan", not "Montreal"): a
/// central bank is a country's ("Bank of Japan"); a city's name makes a
/// lender ("Bank of Montreal").
pub(crate) fn is_country(name: &str) -> bool {
    COUNTRIES.contains(name)
}

/// Words that open a sentence before a comma as its adverb ("However,",
/// "Today,"), besides those ending in "-ly".
#[rustfmt::skip]
const DISCOURSE_WORDS: &[&str] = &[
    "However", "Meanwhile", "Today", "Yesterday", "Tomorrow", "Instead", "Still", "Yet", "Now",
    "Later", "Earlier", "Elsewhere", "Also", "Overall", "Indeed", "Thus", "Therefore",
    "Moreover", "Furthermore", "Nonetheless", "Nevertheless", "Besides", "Again", "Then",
    "Here", "There", "Otherwise", "Hence", "Tonight", "Overnight", "Afterward", "Afterwards",
    "Regardless", "Altogether", "Conversely", "Lastly", "Next", "First", "Second", "Third",
    "Plus", "Sources", "Analysts", "Critics", "Investors", "Officials", "Executives",
];

static CORPORATE_NOUN: Lazy<aho_corasick::AhoCorasick> = Lazy::new(|| {
    AhoCorasickBuilder::new()
        .match_kind(MatchKind::LeftmostLongest)
        .build(CORPORATE_NOUNS)
        .expect("corporate nouns compile")
});

/// Words that, before a corporate noun, name a sector, a place or a kind
/// rather than a company: "Renewable Energy", "Venture Capital", "Chinese
/// Semiconductor", "Cloud Computing".
#[rustfmt::skip]
const SECTOR_WORDS: &[&str] = &[
    "Renewable", "Nuclear", "Solar", "Wind", "Clean", "Venture", "Private", "Public", "Human",
    "Working", "Edge", "Mobile", "Wireless", "Computer", "Research", "Medical", "Industrial",
    "Gaming", "Video", "Consumer", "Enterprise", "Financial", "Strategic", "Emerging", "Growth",
    "Frontier", "Physical", "Generative", "Artificial", "Autonomous", "Automotive", "Defense",
    "Agentic", "Sovereign", "Responsible", "Conversational", "Embodied", "Applied", "Open",
    "Vertical", "Ethical", "Trustworthy", "Gen", "Predictive", "Analytical", "Synthetic",
    "Defence", "Space", "Battery", "Chip", "Memory", "Fusion", "Hydrogen", "Oil", "Gas", "Coal",
    "Electric", "Sustainable", "Alternative", "Traditional", "Legacy", "Major", "Leading", "Top",
    "Big", "Small", "Large", "Chinese", "Japanese", "European", "Asian", "Indian", "Korean",
    "German", "French", "British", "Canadian", "Israeli", "Taiwanese", "Saudi", "Emirati",
    "Swiss", "Dutch", "Italian", "Spanish", "Australian", "Brazilian", "Mexican", "Russian",
    "Semiconductor", "Software", "Hardware", "Internet", "Tech", "Technology", "Science",
    "Sciences", "Quantum", "Cloud", "Data", "Infrastructure", "Network", "Security", "Cyber",
    "Cybersecurity", "Health", "Healthcare", "Pharmaceutical", "Biotech", "Life", "Global",
    "Equity", "Debt", "Seed", "Early", "Late", "Several", "Many", "Other", "Both",
    "Two", "Three", "Four", "Five", "Some", "All", "Most", "Key", "Our", "Their", "His", "Her",
    "Your", "My", "Which", "What", "When", "Where", "Why", "How", "If", "While", "After",
    "Before", "Since", "From", "Into", "Over", "Under", "About", "Against", "Between",
    "India", "China", "Japan", "Korea", "Taiwan", "US", "America", "Europe", "Asia", "Africa",
    "Britain", "Germany", "France", "Canada", "Australia", "Brazil", "Mexico", "Russia",
    "Singapore", "Vietnam", "Indonesia", "Malaysia", "Thailand", "Israel", "Turkey", "Spain",
    "Italy", "Sweden", "Norway", "Denmark", "Finland", "Poland", "Ireland", "Scotland", "Wales",
    "England", "Dubai", "Qatar", "Arab", "National", "State", "Federal", "Government",
    "Ministry", "Department", "University", "Institute", "Association", "Council", "Agency",
    // Kinds of the nouns above: "Natural Resources", "Rare Earth Minerals",
    // "Precious Metals", "Budget Airlines", "Processed Foods".
    "Personal", "Natural", "Water", "Mineral", "Gold", "Copper", "Lithium", "Iron", "Silver", "Nickel",
    "Uranium", "Rare", "Earth", "Critical", "Precious", "Base", "Crypto", "Bitcoin", "Budget",
    "Processed", "Frozen", "Organic", "Fresh", "Packaged", "Luxury", "Fashion", "Generic",
    "Branded",
];

/// Capitalized words that open a sentence before a name without being part
/// of it: "Rival Acme Robotics said".
#[rustfmt::skip]
const SENTENCE_OPENERS: &[&str] = &[
    "Rival", "Fellow", "Shares", "Analysts", "Investors", "Meanwhile", "Still", "Also",
    "Separately", "Elsewhere", "Parent", "Startup", "Privately", "Publicly", "Listed",
    "Struggling", "Embattled", "Troubled", "Beleaguered", "Smaller", "Larger", "Unlisted",
    "Chipmaker", "Drugmaker", "Carmaker", "Automaker", "Insurer", "Lender", "Miner", "Retailer",
    "Airline", "Utility", "Conglomerate", "Owner", "Operator", "Peer", "Competitor", "Partner",
    "Buyer", "Target", "Acquirer", "Like", "Unlike", "Including", "Both", "Even", "Only",
];

/// `Kestrel Therapeutics`, `Orion Labs`: one or two capitalized words
/// before a corporate noun, in prose. A title-case line ("Nvidia Bets Big
/// On Robotics") reads every word as a name, so there the rule stands
/// aside; the name's other occurrences are found from the prose ones.
fn unknown_by_noun(text: &str) -> Vec<Candidate> {
    let mut out = Vec::new();
    // "AI", the noun of a field as much as of a firm ("Veridia AI"), is
    // far more frequent than the others: found apart, at memchr speed, so
    // the automaton's prefilter is not restarted at each.
    let field_nouns = memchr::memmem::find_iter(text.as_bytes(), b" AI").map(|at| (at + 1, at + 3));
    let mut spans: Vec<(usize, usize)> = CORPORATE_NOUN
        .find_iter(text)
        .map(|m| (m.start(), m.end()))
        .chain(field_nouns)
        .collect();
    spans.sort_unstable();
    for (s, e) in spans {
        if s < 2
            || text.as_bytes()[s - 1] != b' '
            || text[e..]
                .chars()
                .next()
                .is_some_and(|c| c.is_alphanumeric() || c == '-')
        {
            continue;
        }
        // "AI" is mostly the field ("generative AI", "in AI"): only a
        // capitalized word before it, no field's adjective, may make it a
        // name's end; asked before the costlier walk back over the name.
        let field_noun = &text[s..e] == "AI";
        if field_noun {
            let prev = prev_word(text, s);
            if !prev.starts_with(|c: char| c.is_uppercase())
                || SECTOR_WORDS.contains(&prev)
                || field_after(text, e, next_word(text, e))
            {
                continue;
            }
        }
        let Some((start, _)) = name_before(text, s - 1) else {
            continue;
        };
        // "India Semiconductor Mission": the name goes on past the noun,
        // and is no company's.
        let next = next_word(text, e);
        if next.starts_with(|c: char| c.is_uppercase())
            && !LEGAL_SUFFIXES
                .iter()
                .any(|l| l.trim_end_matches('.') == next.trim_end_matches([',', '.']))
        {
            continue;
        }
        // At most two words before the noun. The one next to it must not
        // be a sector or place word ("Renewable Energy"); a first one that
        // is, or that opens the sentence as a common word would ("Rival
        // Acme Robotics"), is left out.
        let stop =
            |w: &str| common_name_word(w) || !w.chars().all(|c| c.is_alphanumeric() || c == '&');
        let before = words(&text[start..s - 1]);
        // "Alibaba Cloud Intelligence Group": a longer run of names than
        // two is one name this rule cannot delimit; its known head, if
        // any, is found by the lexicon.
        if let Some(&(a, w)) = before.len().checked_sub(3).and_then(|k| before.get(k)) {
            if !(stop(w) || (opens_sentence(text, start + a) && SENTENCE_OPENERS.contains(&w))) {
                continue;
            }
        }
        let before = &before[before.len().saturating_sub(2)..];
        if before.last().is_none_or(|(_, w)| stop(w)) {
            continue;
        }
        let before = match before {
            [(a, w), rest @ ..]
                if !rest.is_empty()
                    && (stop(w)
                        || (opens_sentence(text, start + a) && SENTENCE_OPENERS.contains(w))) =>
            {
                rest
            }
            b => b,
        };
        let Some(&(first, _)) = before.first() else {
            continue;
        };
        let start = start + first;
        if title_case_around(text, start, e) {
            continue;
        }
        out.extend(unknown(
            start,
            e,
            &text[start..e],
            None,
            "company:corporate_noun",
        ));
    }
    out
}

/// Whether the words around `[start, end)` on its line are mostly
/// capitalized: a headline or a heading, where capitals mark no names.
fn title_case_around(text: &str, start: usize, end: usize) -> bool {
    let lo = crate::numbers::floor_char_boundary(text, start.saturating_sub(80));
    let hi = crate::numbers::floor_char_boundary(text, (end + 80).min(text.len()));
    let before = &text[lo..start];
    let before = &before[before.rfind('\n').map_or(0, |i| i + 1)..];
    let after = &text[end..hi];
    let after = &after[..after.find('\n').unwrap_or(after.len())];
    let (mut upper, mut lower) = (0, 0);
    for w in before.split_whitespace().chain(after.split_whitespace()) {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        if w.len() < 4 || !w.chars().all(char::is_alphabetic) {
            continue;
        }
        if w.starts_with(char::is_uppercase) {
            upper += 1;
        } else {
            lower += 1;
        }
    }
    upper > 0 && upper >= 2 * lower
}

/// Corporate nouns that a name's first word may stand without.
const CORPORATE_NOUNS: &[&str] = &[
    // (And, looked for apart, "AI": "Veridia AI".)
    "Engineering",
    "Technologies",
    "Technology",
    "Systems",
    "Holdings",
    "Group",
    "Labs",
    "Networks",
    "Software",
    "Semiconductor",
    "Semiconductors",
    "Robotics",
    "Therapeutics",
    "Pharmaceuticals",
    "Computing",
    "Energy",
    "Renewables",
    "Capital",
    "Partners",
    "Ventures",
    "Industries",
    "Scientific",
    "Dynamics",
    "Solutions",
    "Microsystems",
    "Devices",
    "Biosciences",
    "Instruments",
    "Interactive",
    "Entertainment",
    "Motors",
    "Aerospace",
    "Analytics",
    "Freight",
    "Logistics",
    // Miners, airlines, oil and drug companies, banks and food makers:
    // "Northern Star Resources", "Agnico Eagle Mines", "Evolution Mining",
    // "Sun Pharma", "Whole Foods", "Yum Brands".
    "Resources",
    "Mines",
    "Mining",
    "Minerals",
    "Metals",
    "Airlines",
    "Airways",
    "Petroleum",
    "Pharma",
    "Bancorp",
    "Bancshares",
    "Brands",
    "Foods",
];

/// More second words of a known name whose first word stands for it once
/// the name is given ("Quanta Computer ... Quanta said"): too common in
/// other names to find unknown companies by ("Ag Services unit").
const KNOWN_NAME_NOUNS: &[&str] = &[
    "Computer",
    "Electronics",
    "Mining",
    "Communications",
    "Platforms",
    "Materials",
    "Services",
    "Digital",
    "Precision",
];

/// First words too common to stand for a company alone.
const COMMON_FIRST_WORDS: &[&str] = &[
    "Core",
    "General",
    "First",
    "United",
    "National",
    "Global",
    "International",
    "Digital",
    "Advanced",
    "Applied",
    "American",
    "New",
    "Open",
    "Data",
    "Smart",
    "Power",
    "Energy",
    "Capital",
    "Future",
    "Next",
    "Prime",
    "True",
    "Blue",
    "Red",
    "Green",
    "Black",
    "White",
    "Western",
    "Eastern",
    "Northern",
    "Southern",
    "Pacific",
    "Atlantic",
    "Central",
    "Universal",
    "Standard",
    "Allied",
    "Summit",
    "Quantum",
    "Alpha",
    "Micro",
    "Super",
    "Ultra",
    "Hyper",
    "Deep",
    "Bright",
    "Clear",
    "Silver",
    "Golden",
    "Royal",
    "Star",
    "Sun",
    "Sky",
    "Cloud",
    "Network",
    "Systems",
    "Information",
    "Security",
    "Health",
    "Life",
    "Bio",
    "Tech",
    "Ai",
];

/// The first word of a two-word name whose second word is a corporate
/// noun, when it is distinctive: "Altair" of "Altair Engineering"; of a
/// `known` (lexicon) name, more nouns serve ("Quanta" of "Quanta Computer").
fn short_name(name: &str, known: bool) -> Option<&str> {
    let mut words = name.split(' ');
    let (first, second) = (words.next()?, words.next()?);
    let second = second.trim_end_matches([',', '.']);
    (words.next().is_none_or(is_legal_suffix)
        && (CORPORATE_NOUNS.contains(&second) || known && KNOWN_NAME_NOUNS.contains(&second))
        && distinctive_first_word(first))
    .then_some(first)
}

/// Whether a word is one of the [`LEGAL_SUFFIXES`], its full stop aside.
fn is_legal_suffix(w: &str) -> bool {
    LEGAL_SUFFIXES
        .iter()
        .any(|s| s.eq_ignore_ascii_case(w.trim_end_matches('.')))
}

/// Whether a name's first word may stand for the company alone: four
/// letters or more, capitalized, no punctuation, and not one of the
/// [`COMMON_FIRST_WORDS`].
fn distinctive_first_word(w: &str) -> bool {
    w.len() >= 4
        && w.starts_with(|c: char| c.is_ascii_uppercase())
        && w.chars().all(|c| c.is_alphanumeric())
        && !COMMON_FIRST_WORDS.contains(&w)
}

/// Nouns that end many companies' names and say what they do: the name
/// without them is the name a text goes on with ("Harbor Crest" of
/// "Harbor Crest Financial Corp.", "Redhawk" of "Redhawk Basin
/// Resources").
const GENERIC_TAIL: &[&str] = &[
    "Card",
    "Services",
    "Service",
    "Financial",
    "Payments",
    "Fiber",
    "Fibre",
    "Resources",
    "Basin",
    "Bancorp",
    "Bancshares",
    "Airlines",
    "Airways",
    "Aviation",
    "Avionics",
    "Logistics",
    "Insurance",
    "Foods",
    "Brands",
    "Media",
    "Studios",
    "Telecom",
    "Communications",
    "Pharma",
    "Health",
    "Motors",
    "Power",
    "Utilities",
    "Mining",
    "Minerals",
    "Metals",
    "Steel",
    "Chemicals",
    "Materials",
    "Petroleum",
    "Oil",
    "Gas",
    "Renewables",
    // Miners named for their metal: "Torex" of "Torex Gold Resources",
    // "Kinross" of "Kinross Gold" (never a name's first word here).
    "Gold",
    "Silver",
    "Copper",
    "Lithium",
    "Uranium",
    "Compute",
    "Computing",
    "Cloud",
    "Networks",
    "Systems",
    "Technologies",
    "Technology",
    "Holdings",
    "Group",
    "Robotics",
    "Therapeutics",
    "Pharmaceuticals",
    "Semiconductor",
    "Semiconductors",
    "Energy",
    "Capital",
    "Partners",
    "Ventures",
    "Industries",
    "Labs",
    "Software",
    "Solutions",
    "Devices",
    "Aerospace",
    "Analytics",
    "Platforms",
    "Electronics",
    "Digital",
    "Bank",
    "Mobility",
    "Security",
    "Cybersecurity",
];

/// A rule-found name without the generic nouns it ends with (one to three
/// of [`GENERIC_TAIL`], and its legal suffix): what is left must be one
/// distinctive word ([`distinctive_first_word`]) or two capitalized words.
fn generic_tail_cut(name: &str) -> Option<&str> {
    let words: Vec<&str> = name.split(' ').collect();
    let mut keep = words.len();
    if keep > 1 && is_legal_suffix(words[keep - 1]) {
        keep -= 1;
    }
    let full = keep;
    while keep > 1
        && full - keep < 3
        && GENERIC_TAIL.contains(&words[keep - 1].trim_end_matches([',', '.']))
    {
        keep -= 1;
    }
    if keep == full {
        return None;
    }
    let ok = match keep {
        1 => distinctive_first_word(words[0]),
        // (Not a place, "New York" of "New York Fiber", nor two common
        // words, "First National" of "First National Bank".)
        2 => {
            words[..2].iter().all(|w| {
                w.starts_with(|c: char| c.is_ascii_uppercase())
                    && w.chars().all(char::is_alphanumeric)
            }) && !words[..2].iter().all(|w| COMMON_FIRST_WORDS.contains(w))
        }
        _ => false,
    };
    let len = words[..keep].iter().map(|w| w.len()).sum::<usize>() + keep - 1;
    (ok && !is_place(&name[..len])).then(|| &name[..len])
}

/// Whether what follows a field noun ("AI") at `end` makes it the field:
/// a colon, or a lower-case noun ("models", "chatbot", "push").
fn field_after(text: &str, end: usize, next: &str) -> bool {
    const FIELD_NOUNS: &[&str] = &[
        "model",
        "chatbot",
        "assistant",
        "system",
        "platform",
        "push",
        "strategy",
        "race",
        "boom",
        "bubble",
        "spending",
        "infrastructure",
        "unit",
        "division",
        "team",
        "lab",
        "research",
        "chip",
        "agent",
        "software",
        "tool",
        "feature",
        "app",
        "service",
        "mode",
        "era",
        "revolution",
        "market",
        "industry",
        "sector",
        "startup",
        "company",
        "firm",
        "workload",
        "capacity",
        "compute",
        "data",
        "training",
        "inference",
        "safety",
        "policy",
        "act",
        "law",
        "summit",
        "day",
        "week",
        "hub",
        "center",
        "centre",
    ];
    if text[end..].starts_with(':') {
        return true;
    }
    let lower = next.chars().next().is_some_and(char::is_lowercase);
    lower && {
        let stem = next.strip_suffix('s').unwrap_or(next);
        FIELD_NOUNS.contains(&stem) || FIELD_NOUNS.contains(&next)
    }
}

/// A product's model code, "S25", "X1", "M4": a name before one is the
/// product line ("the Galaxy S25"), not the company it is short for.
fn is_model_code(word: &str) -> bool {
    let letters = word.bytes().take_while(u8::is_ascii_uppercase).count();
    let digits = word[letters..]
        .bytes()
        .take_while(u8::is_ascii_digit)
        .count();
    (1..=2).contains(&letters)
        && (1..=4).contains(&digits)
        && word[letters + digits..]
            .bytes()
            .all(|b| b.is_ascii_lowercase())
        && word.len() - letters - digits <= 1
}

/// Rewrites each guessed name that is the first word of a name the
/// lexicon found in this text ("Lam" after "Lam Research") as that
/// company. Names of one word only; the first word must be capitalized
/// and no generic word ("The", "New", "General").
fn short_forms_of_named(text: &str, found: &[Candidate], rule_found: &mut [Candidate]) {
    if rule_found.is_empty() {
        return;
    }
    let mut firsts: Vec<(&str, &Value)> = Vec::new();
    for f in found {
        let surface = &text[f.span.start..f.span.end];
        let Some((first, _)) = surface.split_once(' ') else {
            continue;
        };
        if first.len() >= 3
            && first.starts_with(|c: char| c.is_uppercase())
            && !matches!(
                first,
                "The" | "New" | "General" | "United" | "National" | "First"
            )
            && !firsts.iter().any(|(w, v)| *w == first && *v == &f.value)
        {
            firsts.push((first, &f.value));
        }
        if firsts.len() >= 64 {
            break;
        }
    }
    for c in rule_found.iter_mut() {
        let surface = &text[c.span.start..c.span.end];
        if surface.contains(' ') || !matches!(c.value, Value::Company(_)) {
            continue;
        }
        // Only where one company opens with that word.
        let mut opening = firsts.iter().filter(|(w, _)| *w == surface);
        if let (Some((_, value)), None) = (opening.next(), opening.next()) {
            c.value = (*value).clone();
            c.rule = Cow::Borrowed("company:short_form");
        }
    }
}

/// The most short names glossed in one text (each is searched for once).
const MAX_GLOSSES: usize = 16;

/// "Reliance Industries Ltd (RIL)": capitals in parentheses right after a
/// known name, naming no company of their own, are that company's short
/// name in this text, there and wherever else they stand as a word ("RIL
/// shares rose").
fn glossed_abbreviations(
    text: &str,
    lex: &crate::lexicon::companies::Companies,
    found: &mut Vec<Candidate>,
) {
    let bytes = text.as_bytes();
    let mut glossed: Vec<(&str, Value)> = Vec::new();
    for c in found.iter() {
        let rest = &bytes[c.span.end..];
        let open = usize::from(rest.first() == Some(&b' '));
        if rest.get(open) != Some(&b'(') {
            continue;
        }
        let inner = &rest[open + 1..];
        let len = inner
            .iter()
            .take(7)
            .take_while(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || **b == b'&')
            .count();
        if !(2..=6).contains(&len)
            || inner.get(len) != Some(&b')')
            || !inner[0].is_ascii_uppercase()
        {
            continue;
        }
        let at = c.span.end + open + 1;
        let abbr = &text[at..at + len];
        // The capitals must be the name's initials ("Reliance Industries
        // Ltd (RIL)"), not a product's ("Google (GCP)").
        let initials: String = text[c.span.start..c.span.end]
            .split([' ', '-'])
            .filter_map(|w| w.chars().next())
            .filter(char::is_ascii_uppercase)
            .collect();
        let letters: String = abbr.chars().filter(char::is_ascii_uppercase).collect();
        if letters.len() < 2 || !initials.starts_with(&letters) {
            continue;
        }
        // (A ticker the lexicon knows is no gloss: "Amazon.com Inc. (AMZN)"
        // gives its own, read where tickers are.)
        let k = found.partition_point(|f| f.span.start < at);
        if found.get(k).is_some_and(|f| f.span.start == at)
            || glossed.len() >= MAX_GLOSSES
            || glossed.iter().any(|(a, _)| *a == abbr)
            || lex.by_ticker(abbr).is_some()
        {
            continue;
        }
        glossed.push((abbr, c.value.clone()));
    }
    if glossed.is_empty() {
        return;
    }
    let mut added = Vec::new();
    for (abbr, value) in glossed {
        for (i, _) in text.match_indices(abbr) {
            let end = i + abbr.len();
            let k = found.partition_point(|f| f.span.end <= i);
            if !bounded(text, i, end) || found.get(k).is_some_and(|f| f.span.start < end) {
                continue;
            }
            added.push(Candidate::new(
                i,
                end,
                value.clone(),
                "company:glossed_abbreviation",
            ));
        }
    }
    found.extend(added);
    found.sort_by_key(|c| c.span.start);
}

/// Every other occurrence of a name the rules found.
fn propagate(
    text: &str,
    names: &[(String, Company)],
    taken: &mut Taken,
    found: &mut Vec<Candidate>,
) {
    if names.is_empty() {
        return;
    }
    // A handful of names per document: the automaton that is cheapest to
    // build, searched once.
    let Ok(ac) = AhoCorasickBuilder::new()
        .match_kind(MatchKind::LeftmostLongest)
        .kind(Some(aho_corasick::AhoCorasickKind::NoncontiguousNFA))
        .build(names.iter().map(|(n, _)| n.as_str()))
    else {
        return;
    };
    for m in ac.find_iter(text) {
        let span = crate::analysis::Span::new(m.start(), m.end());
        if !bounded(text, m.start(), m.end())
            || taken.overlaps(span)
            || is_model_code(next_word(text, m.end()))
        {
            continue;
        }
        taken.insert(span);
        let value = names[m.pattern().as_usize()].1.clone();
        found.push(Candidate::new(
            m.start(),
            m.end(),
            Value::Company(value),
            "company:same_name",
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::Kind;
    use crate::testing::mentions_in;

    /// The eight-bytes-at-a-time search finds what a byte-by-byte one does,
    /// across chunk edges and beside bytes above 127.
    #[test]
    fn capital_runs_are_those_a_plain_scan_finds() {
        let plain = |b: &[u8]| {
            let mut out = Vec::new();
            let mut i = 0;
            while i < b.len() {
                let start = i;
                while i < b.len() && b[i].is_ascii_uppercase() {
                    i += 1;
                }
                if i - start >= 4 {
                    out.push((start, i));
                }
                i = i.max(start + 1);
            }
            out
        };
        for text in [
            "QCOM rose; INTC fell. NVDA.O and ABCDEFGHIJ, Zürich ÀÉÎÕÜ AB CD",
            "abcdefgQCOMxyz1234567NVDA",
            "sevenaaQCOM",
            "ÉÉÉÉQCOM",
            "",
            "ABCD",
        ] {
            let got: Vec<_> = capital_runs(text.as_bytes()).collect();
            assert_eq!(got, plain(text.as_bytes()), "{text}");
        }
    }

    proptest::proptest! {
        /// The ordered overlap check answers as a scan of every kept span.
        #[test]
        fn taken_overlaps_as_a_scan_would(
            kept in proptest::collection::vec((0usize..200, 0usize..40), 0..40),
            probes in proptest::collection::vec((0usize..240, 0usize..40), 1..20),
        ) {
            let mut taken = Taken::default();
            let spans: Vec<Span> = kept.iter().map(|&(s, l)| Span::new(s, s + l)).collect();
            for &span in &spans {
                taken.insert(span);
            }
            for &(s, l) in &probes {
                let probe = Span::new(s, s + l);
                let scan = spans.iter().any(|k| k.overlaps(&probe));
                proptest::prop_assert_eq!(taken.overlaps(probe), scan, "{:?}", probe);
            }
        }

        /// Containment in sorted, disjoint spans, as a scan would find it.
        #[test]
        fn inside_any_as_a_scan_would(
            gaps in proptest::collection::vec((0usize..10, 1usize..10), 0..20),
            probe in (0usize..200, 0usize..20),
        ) {
            let mut spans = Vec::new();
            let mut at = 0;
            for (gap, len) in gaps {
                spans.push((at + gap, at + gap + len));
                at += gap + len;
            }
            let (start, end) = (probe.0, probe.0 + probe.1);
            let scan = spans.iter().any(|&(s, e)| s <= start && end <= e);
            proptest::prop_assert_eq!(inside_any(&spans, start, end), scan);
        }
    }

    /// Input, then the (surface, id) of each company mention in order. An
    /// empty list is a must-not-match case.
    type Case = (&'static str, &'static [(&'static str, &'static str)]);

    /// The descriptor automaton searches every text; past 64 phrases it
    /// loses its vectorized search and costs several times more.
    #[test]
    fn descriptors_fit_the_vectorized_search() {
        assert!(DESCRIPTORS.len() <= 64, "{}", DESCRIPTORS.len());
    }

    const CASES: &[Case] = &[
        // A name that is also its market's index, moving by itself, is the
        // index; with "shares" it is the company.
        ("S&P 500 down 0.6%, Nasdaq down 0.9%, Dow down 0.4%", &[]),
        ("Japan's Nikkei ended 0.3% lower. The Nasdaq has fallen 4%.", &[]),
        ("Nasdaq shares fell 2% after the exchange operator beat forecasts.", &[("Nasdaq", "nasdaq")]),
        // The name before a raise's verb, where a round's words follow the
        // sum: capitalized, coined in lower case, or before an aside; a
        // cued ambiguous alias ("lands"). Not a pronoun, nor a sum with no
        // round ("Investors raised $2 billion for a fund").
        ("Suno raised $250 million in a Series C.", &[("Suno", "suno")]),
        ("n8n raises €155M in funding", &[("n8n", "n8n")]),
        (
            "OpenEvidence, which builds an assistant for doctors, raised $250 million at a $12 billion valuation.",
            &[("OpenEvidence", "openevidence")],
        ),
        ("Kestrelite hits a $2.45B valuation", &[("Kestrelite", "kestrelite")]),
        ("Harvey lands $160M, now valued at $8B", &[("Harvey", "harvey")]),
        ("It raised $2 billion in a Series C.", &[]),
        (
            "Kestrelite, which makes inference chips, is raising about $500 million at a $5 billion valuation.",
            &[("Kestrelite", "kestrelite")],
        ),
        ("It is raising $2 billion in a Series C.", &[]),
        ("Investors raised $2 billion for a new buyout fund.", &[]),
        ("Shares closed at $12.50, valuing the whole group at $3 billion.", &[]),
        // An ambiguous alias as the head of a compound noun is the word.
        ("Price Target: $625.00. Target shares rose 2%.", &[("Target", "target")]),
        // A deal's object, where a word ending its noun phrase follows.
        (
            "It completed the takeover of Britvic, and agreed to buy 89bio for $3.5 billion.",
            &[("Britvic", "britvic"), ("89bio", "89bio")],
        ),
        ("The fund agreed to buy Treasury bonds and a stake in Bitcoin.", &[]),
        // An exchange's prefix is no company; the name before it is one.
        (
            "Indonesia's Bank Central Asia (IDX: BBCA) reported a profit.",
            &[("Bank Central Asia", "bank-central-asia")],
        ),
        // A descriptor's head after any modifier: "cement maker", "budget
        // arm", "law firm"; not a person's trade or title.
        (
            "Mexican cement maker Cemex priced bonds; budget arm Jetstar grew.",
            &[("Cemex", "cemex"), ("Jetstar", "jetstar")],
        ),
        ("Our law firm Kirkland advised.", &[("Kirkland", "kirkland")]),
        ("policy maker Christine Lagarde spoke", &[]),
        ("the holding company Chairman Ann Lee said", &[]),
        // Miners, food makers and banks by their corporate noun; not a
        // sector ("Rare Earth Minerals", "Natural Resources").
        (
            "The board of Westgold Resources rejected the offer, which its rival Agnico Eagle Mines \
             had matched; shares of Evolution Mining rose after the market opened.",
            &[
                ("Westgold Resources", "westgold-resources"),
                ("Agnico Eagle Mines", "agnico-eagle-mines"),
                ("Evolution Mining", "evolution-mining"),
            ],
        ),
        ("demand for Rare Earth Minerals and Natural Resources fell", &[]),
        (
            "Amazon plans to spend $100 billion.",
            &[("Amazon", "amazon")],
        ),
        // A short form a rule found ("its purchase of Spirit") is the
        // company wherever else the text writes it.
        (
            "Spirit AeroSystems builds it. Boeing completed its purchase of Spirit.\n\nSpirit had become a drag.",
            &[
                ("Spirit AeroSystems", "spirit-aerosystems"),
                ("Boeing", "boeing"),
                ("Spirit", "spirit-aerosystems"),
                ("Spirit", "spirit-aerosystems"),
            ],
        ),
        // A club named as its city needs a cue, a passive's too.
        (
            "Chelsea was valued at about £3.1 billion. Barcelona extended its sponsorship. We flew to Barcelona.",
            &[("Chelsea", "chelsea-fc"), ("Barcelona", "barcelona")],
        ),
        // Lambda the GPU cloud needs a cue; AWS Lambda is a product.
        (
            "Lambda said it raised $480 million",
            &[("Lambda", "lambda")],
        ),
        ("functions on AWS Lambda and Lambda layers", &[]),
        // A number glued on after a hyphen makes a designation.
        ("EchoStar's AWS-3 licences", &[("EchoStar", "echostar")]),
        // A one-word alias ("LG", LG Electronics') that begins the name of
        // another company named in full is that company; not a company's
        // own one-word name ("Amazon"), nor a parent's ("Samsung").
        (
            "LG Energy Solution signed a deal. LG's profit rose.",
            &[
                ("LG Energy Solution", "lg-energy-solution"),
                ("LG", "lg-energy-solution"),
            ],
        ),
        (
            "LG Electronics and LG Energy Solution reported. LG's profit rose.",
            &[
                ("LG Electronics", "lg-electronics"),
                ("LG Energy Solution", "lg-energy-solution"),
                ("LG", "lg-electronics"),
            ],
        ),
        (
            "Amazon Web Services grew. Amazon said profit rose.",
            &[("Amazon Web Services", "aws"), ("Amazon", "amazon")],
        ),
        (
            "Samsung SDI reported. Samsung said profit rose.",
            &[("Samsung SDI", "samsung-sdi"), ("Samsung", "samsung")],
        ),
        // A ticker after an exchange and a colon, without parentheses.
        ("Shares of NASDAQ:AMZN rose.", &[("AMZN", "amazon")]),
        // The name before a Reuters instrument code.
        (
            "Zorvia Energia (ZOR.MC) will invest 41 billion euros.",
            &[("Zorvia Energia", "zorvia-energia")],
        ),
        // A name that is also a word needs a cue; its canonical name has
        // no legal suffix.
        ("Snap shares fell 10% after earnings.", &[("Snap", "snap")]),
        ("Visa said revenue rose 10%.", &[("Visa", "visa")]),
        // Verbs of results and deals are cues too, and so is a suffix.
        (
            "Deere forecast full-year net income of $4 billion.",
            &[("Deere", "deere")],
        ),
        ("Deere & Co cut 600 jobs.", &[("Deere & Co", "deere")]),
        // A hyphenated adjective before "shares" is no name; a relation
        // opening a sentence is no part of one.
        ("Its London-listed shares fell 4.8%.", &[]),
        ("Its Hong Kong-listed shares rose 2.1%.", &[]),
        (
            "Rival Zorvia Utilities (ZRV.L) said revenue rose.",
            &[("Zorvia Utilities", "zorvia-utilities")],
        ),
        ("Visa applications rose and a block of flats sold.", &[]),
        ("Block Inc. cut 1,000 jobs.", &[("Block Inc.", "block")]),
        // An unknown name before a corporate noun, in prose; not a sector
        // ("Renewable Energy") nor a title-case headline.
        (
            "Kestrel Therapeutics agreed to buy Orion Labs for $300 million.",
            &[
                ("Kestrel Therapeutics", "kestrel-therapeutics"),
                ("Orion Labs", "orion-labs"),
            ],
        ),
        (
            "The firm invests in Renewable Energy and Cloud Computing.",
            &[],
        ),
        (
            "Rival Acme Robotics said so.",
            &[("Acme Robotics", "acme-robotics")],
        ),
        (
            "Kaiyo Marine Holdings said so; the India Semiconductor Mission agreed.",
            &[("Kaiyo Marine Holdings", "kaiyo-marine-holdings")],
        ),
        (
            "Kestrel Therapeutics Raises $50 Million In New Funding",
            &[],
        ),
        // A numeric ticker the lexicon lists, with its market glued on.
        (
            "Shares of 9988.HK rose; 12345.HK fell. Alibaba (9988.HK) fell.",
            &[("9988.HK", "alibaba"), ("Alibaba", "alibaba")],
        ),
        // A longer run of names is one name: its tail is no company.
        (
            "Revenue at Alibaba Cloud Intelligence Group rose 34%.",
            &[("Alibaba Cloud", "alibaba-cloud")],
        ),
        // An unknown name before an apposition headed by a company's
        // descriptor and closed by a comma; not a sentence adverb, nor a
        // place, nor an apposition left open before the verb.
        (
            "Zephyr, a San Francisco-based AI startup, raised $12 million. Zephyr plans more.",
            &[("Zephyr", "zephyr"), ("Zephyr", "zephyr")],
        ),
        (
            "Nuvia, a chip designer founded by former engineers, was bought.",
            &[("Nuvia", "nuvia")],
        ),
        ("However, a lender, said it would cut jobs.", &[]),
        ("Meanwhile, a rival startup raised $5 million.", &[]),
        ("Texas, a major manufacturer of chips, won funds.", &[]),
        ("John Smith, a partner at the firm, said so.", &[]),
        // A Reuters code with a share-class letter; a place's possessive
        // opens no name; "of" inside a capitalized name.
        (
            "Germany's Vonovia (VNAd.DE) and Taiwan's Evergreen Marine (2603.TW) rose.",
            &[
                ("Vonovia", "vonovia"),
                ("Evergreen Marine", "evergreen-marine"),
            ],
        ),
        (
            "Steel Authority of India Ltd plans more; a unit of Kestrel Motors Ltd said so.",
            &[
                ("Steel Authority of India Ltd", "steel-authority-of-india"),
                ("Kestrel Motors Ltd", "kestrel-motors"),
            ],
        ),
        // Before "shares", not a class of shares, a sector or a region.
        (
            "Rightmove shares fell and Carvana's shares doubled.",
            &[("Rightmove", "rightmove"), ("Carvana", "carvana")],
        ),
        (
            "Class A shares, Tech shares, Hong Kong shares and Asia-Pacific shares fell.",
            &[],
        ),
        // After "shares of".
        ("Shares of Vantor rose 5%.", &[("Vantor", "vantor")]),
        ("Shares of the company rose 5%.", &[]),
        (
            "Saudi Arabia's Humain and Fluidstack",
            &[("Humain", "humain"), ("Fluidstack", "fluidstack")],
        ),
        ("Amazon’s capital expenditure", &[("Amazon", "amazon")]),
        ("Amazon's shares fell", &[("Amazon", "amazon")]),
        ("AWS's backlog", &[("AWS", "aws")]),
        ("Nvidia's chips", &[("Nvidia", "nvidia")]),
        (
            "Amazon Web Services (AWS) grew",
            &[("Amazon Web Services", "aws"), ("AWS", "aws")],
        ),
        (
            "Amazon.com Inc. (AMZN) rose",
            &[("Amazon.com Inc.", "amazon")],
        ),
        ("Amazon (AMZN) rose", &[("Amazon", "amazon")]),
        ("Nvidia (NASDAQ: NVDA) fell", &[("Nvidia", "nvidia")]),
        (
            "Alphabet (GOOGL) and Meta (META)",
            &[("Alphabet", "alphabet"), ("Meta", "meta")],
        ),
        ("IBM (IBM) said", &[("IBM", "ibm")]),
        (
            "Advanced Micro Devices (AMD) said",
            &[("Advanced Micro Devices", "amd"), ("AMD", "amd")],
        ),
        ("Nvidia Corp. reported", &[("Nvidia Corp.", "nvidia")]),
        ("Apple Inc. said", &[("Apple Inc.", "apple")]),
        ("NVIDIA H200 GPUs", &[("NVIDIA", "nvidia")]),
        (
            "Google DeepMind released",
            &[("Google DeepMind", "deepmind")],
        ),
        (
            "Google and DeepMind",
            &[("Google", "google"), ("DeepMind", "deepmind")],
        ),
        ("Meta Platforms reported", &[("Meta Platforms", "meta")]),
        (
            "Facebook and Instagram",
            &[("Facebook", "facebook"), ("Instagram", "instagram")],
        ),
        ("TSMC makes them", &[("TSMC", "tsmc")]),
        (
            "Taiwan Semiconductor Manufacturing Co. said",
            &[("Taiwan Semiconductor Manufacturing Co.", "tsmc")],
        ),
        (
            "analysts at Bank of America said",
            &[("Bank of America", "bank-of-america")],
        ),
        (
            "BofA Securities expects",
            &[("BofA Securities", "bank-of-america")],
        ),
        (
            "Goldman Sachs and Morgan Stanley",
            &[
                ("Goldman Sachs", "goldman-sachs"),
                ("Morgan Stanley", "morgan-stanley"),
            ],
        ),
        ("according to Reuters.", &[("Reuters", "reuters")]),
        ("Read original on GeekWire", &[("GeekWire", "geekwire")]),
        (
            "the Financial Times reported",
            &[("Financial Times", "financial-times")],
        ),
        (
            "data from Gartner and IDC",
            &[("Gartner", "gartner"), ("IDC", "idc")],
        ),
        ("Microsoft (Azure)", &[("Microsoft", "microsoft")]),
        ("Google (GCP)", &[("Google", "google")]),
        ("Google Cloud revenue", &[("Google Cloud", "google-cloud")]),
        ("Chinese AI startup DeepSeek", &[("DeepSeek", "deepseek")]),
        (
            "OpenAI and Anthropic",
            &[("OpenAI", "openai"), ("Anthropic", "anthropic")],
        ),
        ("xAI raised", &[("xAI", "xai")]),
        (
            "SK Hynix and Samsung",
            &[("SK Hynix", "sk-hynix"), ("Samsung", "samsung")],
        ),
        (
            "Amazon-backed Anthropic",
            &[("Amazon", "amazon"), ("Anthropic", "anthropic")],
        ),
        ("Oracle shares jumped", &[("Oracle", "oracle")]),
        (
            "Microsoft, Google and Oracle plan",
            &[
                ("Microsoft", "microsoft"),
                ("Google", "google"),
                ("Oracle", "oracle"),
            ],
        ),
        // run-together table cells
        (
            "FeatureAmazon (AWS)Microsoft (Azure)Google (GCP)",
            &[
                ("Amazon", "amazon"),
                ("AWS", "aws"),
                ("Microsoft", "microsoft"),
                ("Google", "google"),
            ],
        ),
        (
            "Primary AI PartnerAnthropicOpenAIDeepMind / Anthropic",
            &[
                ("Anthropic", "anthropic"),
                ("OpenAI", "openai"),
                ("DeepMind", "deepmind"),
                ("Anthropic", "anthropic"),
            ],
        ),
        // the rules for companies the lexicon lacks
        ("Acelab’s new AI platform", &[("Acelab", "acelab")]),
        (
            "Ben Bajarin of tech consultancy Creative Strategies said",
            &[("Creative Strategies", "creative-strategies")],
        ),
        (
            "Acme Robotics Inc. said on Monday",
            &[("Acme Robotics Inc.", "acme-robotics")],
        ),
        (
            "shares of Zorblax Corp rose",
            &[("Zorblax Corp", "zorblax")],
        ),
        // A descriptor's name between commas; a name's distinctive first
        // word stands for it later, a common one does not.
        (
            "The startup, Zorblax, has raised $120M.",
            &[("Zorblax", "zorblax")],
        ),
        (
            "startup Quillon Engineering said. Quillon grew.",
            &[
                ("Quillon Engineering", "quillon-engineering"),
                ("Quillon", "quillon-engineering"),
            ],
        ),
        (
            "startup Core Dynamics said. Core values matter.",
            &[("Core Dynamics", "core-dynamics")],
        ),
        (
            "Frobnik GmbH and Quux AG",
            &[("Frobnik GmbH", "frobnik"), ("Quux AG", "quux")],
        ),
        // A group company is not the company its name starts with.
        (
            "Toyota Industries agreed; Toyota sold more",
            &[
                ("Toyota Industries", "toyota-industries"),
                ("Toyota", "toyota"),
            ],
        ),
        // Cashtags of known tickers; a "$" before a number or an unknown
        // ticker is none.
        ("$NVDA rose while $ZZZZ and $5 fell", &[("NVDA", "nvidia")]),
        // Capitals glossing a known name are that company, there and
        // after.
        (
            "Reliance Industries Ltd (RIL) will invest. RIL shares rose.",
            &[
                ("Reliance Industries Ltd", "reliance"),
                ("RIL", "reliance"),
                ("RIL", "reliance"),
            ],
        ),
        // A guessed name that opens a name found is that company.
        (
            "Lam Research said revenue rose. Lam shares rose 3%.",
            &[("Lam Research", "lam-research"), ("Lam", "lam-research")],
        ),
        // "Shares in" as "shares of".
        (
            "Shares in Spectris jumped 15%. Spectris ended the day higher.",
            &[("Spectris", "spectris"), ("Spectris", "spectris")],
        ),
        // A known ticker before "shares" is its company.
        ("WMT shares fell 4.5%.", &[("WMT", "walmart")]),
        // A table's unit is no ticker (Macy's is "M"), a cashtag is.
        ("| Metric | Q3 ($M) | Revenue, $M | in $M |", &[]),
        ("$M rose 4% while $T fell", &[("M", "macys"), ("T", "att")]),
        // Short tickers before a signed move; not an abbreviation, nor a
        // ticker with no sign after it.
        (
            "- LLY +5.2% pre-mkt; MRK -1.2%, AI +3%, MRK rose",
            &[("LLY", "eli-lilly"), ("MRK", "merck")],
        ),
        // Bare tickers in running text; not English words, not codes, not
        // in a headline of capitals.
        (
            "Ratings: QCOM Neutral, price target $185. INTC Underweight.",
            &[("QCOM", "qualcomm"), ("INTC", "intel")],
        ),
        ("COST rose while TEAM fell", &[]),
        ("THE QCOM DEAL IS OFF", &[]),
        ("See NVDA.O and ref QCOM-2", &[]),
        // European legal forms, and "& Co.".
        (
            "Zentrix ASA, Borlo SpA, Vandel A/S, Wexco & Co. and Prent LP",
            &[
                ("Zentrix ASA", "zentrix"),
                ("Borlo SpA", "borlo"),
                ("Vandel A/S", "vandel"),
                ("Wexco & Co.", "wexco"),
                ("Prent LP", "prent"),
            ],
        ),
        (
            "Deutsche Bank AG said",
            &[("Deutsche Bank AG", "deutsche-bank")],
        ),
        ("New York AG Letitia James sued", &[]),
        ("Michael Dell said Dell would", &[("Dell", "dell")]),
        // A startup named "... AI" or "... Lab"; not the field in a phrase.
        (
            "ServiceNow agreed to buy Veridia AI for about $2.4B in cash.",
            &[("ServiceNow", "servicenow"), ("Veridia AI", "veridia-ai")],
        ),
        (
            "Google uses its custom chips to advance its Gemini AI models.",
            &[("Google", "google")],
        ),
        ("Democratic AI: The battle for freedom", &[]),
        // A place and a participle before a name are no part of it.
        (
            "Glencore agreed to buy Toronto-listed Cerro Blanco Mining Corp. for cash.",
            &[
                ("Glencore", "glencore"),
                ("Cerro Blanco Mining Corp.", "cerro-blanco-mining"),
            ],
        ),
        // Nor is the short form of a company named in full.
        (
            "Dell Technologies expects more, and founder Michael Dell said so.",
            &[("Dell Technologies", "dell")],
        ),
        // A short name before a model code is the product line.
        (
            "Galaxy Digital signed leases. Sales of the Galaxy S25 were strong.",
            &[("Galaxy Digital", "galaxy-digital")],
        ),
        // A verb of business after a `?` alias is a cue.
        (
            "Hilton opened a record 22,300 rooms in the third quarter.",
            &[("Hilton", "hilton")],
        ),
        // A `?` alias with no cue of its own is the company the text
        // names otherwise; alone it is nothing.
        (
            "Canadian National Railway agreed to buy CSX. CN's network runs from Halifax.",
            &[
                ("Canadian National Railway", "canadian-national-railway"),
                ("CSX", "csx"),
                ("CN", "canadian-national-railway"),
            ],
        ),
        ("CN's network runs from Halifax.", &[]),
        // An adverb between a `?` alias and its verb keeps the cue.
        (
            "Crusoe and Lambda both raised new funding.",
            &[("Crusoe", "crusoe"), ("Lambda", "lambda")],
        ),
        ("Harrison Ford and Nikola Tesla", &[]),
        ("Mr. Ford said", &[]),
        (
            "Tesla shares and Ford Motor",
            &[("Tesla", "tesla"), ("Ford Motor", "ford")],
        ),
        (
            "Widget Works plc reported",
            &[("Widget Works plc", "widget-works")],
        ),
        ("Foo Bar (NYSE: FOOB) rose", &[("Foo Bar", "foo-bar")]),
        (
            "the chipmaker Zentrix said. Zentrix also",
            &[("Zentrix", "zentrix"), ("Zentrix", "zentrix")],
        ),
        (
            "research firm Omnitrack estimates",
            &[("Omnitrack", "omnitrack")],
        ),
        ("TTM assumes no responsibility", &[("TTM", "ttm")]),
        // must not match: products containing a company name
        ("Amazon SageMaker provides support", &[]),
        ("Amazon Bedrock offers models", &[]),
        ("nicknamed Nova \"Amazon Basics,\"", &[]),
        ("AWS Nitro System: Offloads virtualization", &[]),
        ("Microsoft Teams and Microsoft 365", &[]),
        ("Google Maps and Google Search", &[]),
        ("the Nvidia GeForce line", &[]),
        // must not match: the ordinary words
        ("the Amazon rainforest is burning", &[]),
        ("fishing in the Amazon.", &[]),
        ("Amazon River dolphins", &[]),
        // Stock indices and "the" exchange are no company; the company is.
        ("lagging the Nasdaq's 14% rise", &[]),
        // A name without its generic nouns is the name a text goes on
        // with; found on its own first, it is still short for the long one.
        (
            "Harbor Crest Financial Corp. agreed to buy Pinewell Card Services Inc. Pinewell shares soared, while Harbor Crest stock fell.",
            &[
                ("Harbor Crest Financial Corp.", "harbor-crest-financial"),
                ("Pinewell Card Services Inc.", "pinewell-card-services"),
                ("Pinewell", "pinewell-card-services"),
                ("Harbor Crest", "harbor-crest-financial"),
            ],
        ),
        (
            "Exxon buys Permian producer Redhawk. It agreed to buy Redhawk Basin Resources, a privately held Permian Basin producer, for $8.4 billion.",
            &[
                ("Exxon", "exxonmobil"),
                ("Redhawk", "redhawk-basin-resources"),
                ("Redhawk Basin Resources", "redhawk-basin-resources"),
            ],
        ),
        // A miner named for its metal goes on without it, told first in a
        // headline or after; "Renewables" ends names as "Energy" does.
        (
            "Torex jumps 24%. Harmony agreed to buy Torex Gold Resources Inc. for C$58.50 a share.",
            &[
                ("Torex", "torex-gold-resources"),
                ("Torex Gold Resources Inc.", "torex-gold-resources"),
            ],
        ),
        (
            "Tilt Renewables has signed two supply deals. Tilt expects to spend A$2.9 billion.",
            &[
                ("Tilt Renewables", "tilt-renewables"),
                ("Tilt", "tilt-renewables"),
            ],
        ),
        // An apposition names a company however emphasized: "**X**, a
        // new ... JV,".
        (
            "**HS Battery America**, a new Hyundai JV, will build a plant.",
            &[
                ("HS Battery America", "hs-battery-america"),
                ("Hyundai", "hyundai"),
            ],
        ),
        // With "the", only a head of relation makes a company: a product
        // or a person glossed so is none.
        (
            "Talabat, the Dubai-listed unit in which Delivery Hero holds a stake, said sales rose.",
            &[("Talabat", "talabat"), ("Delivery Hero", "delivery-hero")],
        ),
        ("Cosentyx, the company's biggest product by sales, grew 8%.", &[]),
        ("Keller, the veteran designer behind chips, joined.", &[]),
        // "Freight" and "Logistics" end names as "Systems" does.
        (
            "Trellis Freight will cut 35% of its staff; Norvik Logistics hired.",
            &[
                ("Trellis Freight", "trellis-freight"),
                ("Norvik Logistics", "norvik-logistics"),
            ],
        ),
        // A line set in capitals names companies as the lexicon writes
        // them; a word that reads as a word stays one.
        (
            "AMAZON TO CUT 14,000 CORPORATE JOBS AS AI RESHAPES WORK",
            &[("AMAZON", "amazon")],
        ),
        ("THE AMAZON RAINFOREST IS BURNING FASTER", &[]),
        // Legal suffixes of more countries stay in the mention.
        (
            "ASML Holding NV and SAP SE rose; Samsung Electronics Co., Ltd. fell.",
            &[
                ("ASML Holding NV", "asml"),
                ("SAP SE", "sap"),
                ("Samsung Electronics Co., Ltd.", "samsung"),
            ],
        ),
        // A name cut by a hard-wrapped line.
        (
            "The bonds were arranged by Goldman\nSachs and Mizuho, according to a term\nsheet.",
            &[("Goldman\nSachs", "goldman-sachs"), ("Mizuho", "mizuho")],
        ),
        // A known name without its generic noun, and a rule-found one
        // without "Security", are the names the text goes on with.
        (
            "Palo Alto Networks agreed to buy Veltrix Security Inc. Palo Alto will pay cash; Veltrix had 650 staff.",
            &[
                ("Palo Alto Networks", "palo-alto-networks"),
                ("Veltrix Security Inc.", "veltrix-security"),
                ("Palo Alto", "palo-alto-networks"),
                ("Veltrix", "veltrix-security"),
            ],
        ),
        // An apposition's head is before any determiner: "a profit measure
        // the company favors" names no company.
        (
            "Adjusted EBITA, a profit measure the company favors, dropped 22%",
            &[],
        ),
        // A short form that is a place or two common words is no name.
        (
            "New York Fiber Inc. raised $50 million. New York approved it.",
            &[("New York Fiber Inc.", "new-york-fiber")],
        ),
        // A digest line's name before a dash and a sum.
        (
            "• Quillmark Health — $62 million Series B at a $540 million valuation.",
            &[("Quillmark Health", "quillmark-health")],
        ),
        ("Key numbers — $5 billion in total", &[]),
        // A name inside an index's name.
        ("while the KBW Nasdaq Bank Index was up 1.1%", &[]),
        ("the Nasdaq Composite rose 1%", &[]),
        ("The Dow Jones Industrial Average fell 1.2%", &[]),
        ("Nasdaq Inc reported revenue", &[("Nasdaq Inc", "nasdaq")]),
        ("Dow Jones reported that", &[("Dow Jones", "dow-jones")]),
        ("an apple a day", &[]),
        ("Apple pie recipes", &[]),
        ("A meta-analysis of trials", &[]),
        ("Meta-analysis shows", &[]),
        ("consult the oracle", &[]),
        ("its model, codenamed \"Nova,\"", &[]),
        ("Day 2 of the conference", &[]),
        ("trailing revenue (TTM) rose", &[]),
        ("TTM revenue was $5bn", &[]),
        ("a 300 HP engine", &[]),
        ("the Oracle of Omaha", &[]),
        ("Amazonian tribes", &[]),
        ("MetaX chips", &[("MetaX", "metax")]),
        ("Claude and ChatGPT", &[]),
        (
            "Amazon AI Deals Face Scrutiny\nPostLinkedIn\nRead original on GeekWire",
            &[("Amazon", "amazon"), ("GeekWire", "geekwire")],
        ),
        ("Share on LinkedIn", &[]),
        ("2023-11\nAWS unveils Trainium2", &[("AWS", "aws")]),
        ("• โ€ขAmazon's capital expenditure", &[("Amazon", "amazon")]),
        ("startup founder Jane Doe", &[]),
        ("the startup Monday said", &[]),
        ("In 2025 Inc. magazine", &[]),
        // A name glossed with a known ticker begins that company's name,
        // and stands for it where it recurs; a ticker of another company
        // glosses nothing.
        (
            "| Quanta (2382) | NT$186bn |\nQuanta's sales rose.",
            &[("Quanta", "quanta"), ("Quanta", "quanta")],
        ),
        ("Cipher (NASDAQ: CIFR) rose", &[("Cipher", "cipher-mining")]),
        ("EQT (EQT.ST) said", &[("EQT", "eqt"), ("EQT", "eqt")]),
        ("Quanta (AMZN) rose", &[]),
        // The first word of a known two-word name, once that is named.
        (
            "Quanta Computer said. Quanta, which builds servers, rose.",
            &[("Quanta Computer", "quanta"), ("Quanta", "quanta")],
        ),
    ];

    #[test]
    fn cases() {
        assert!(CASES.len() >= 60);
        let mut failures = Vec::new();
        for (input, expected) in CASES {
            let got: Vec<(String, String)> = mentions_in(input, Kind::Company)
                .into_iter()
                .map(|m| {
                    let id = match &m.value {
                        Value::Company(c) => c.id.clone(),
                        _ => String::new(),
                    };
                    (m.text, id)
                })
                .collect();
            let want: Vec<(String, String)> = expected
                .iter()
                .map(|(t, i)| (t.to_string(), i.to_string()))
                .collect();
            if got != want {
                failures.push(format!("{input:?}\n   got  {got:?}\n   want {want:?}"));
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    #[test]
    fn values_carry_parent_and_ticker() {
        let m = mentions_in("AWS and Google and Amazon", Kind::Company);
        let v: Vec<Company> = m
            .into_iter()
            .filter_map(|m| match m.value {
                Value::Company(c) => Some(c),
                _ => None,
            })
            .collect();
        assert_eq!(v[0].name, "Amazon Web Services");
        assert_eq!(v[0].parent.as_deref(), Some("amazon"));
        assert_eq!(v[1].parent.as_deref(), Some("alphabet"));
        assert_eq!(v[2].ticker.as_deref(), Some("AMZN"));
    }

    #[test]
    fn offsets_shift_with_the_input() {
        for prefix in ["", "x ", "é ", "中 "] {
            // A straight apostrophe: a curly one is normalized before
            // analysis, so spans point into the normalized text.
            let text = format!("{prefix}Amazon's AWS");
            let m = mentions_in(&text, Kind::Company);
            assert_eq!(m.len(), 2, "{text}");
            for x in &m {
                assert_eq!(&text[x.start..x.end], x.text);
            }
            assert_eq!(m[0].start, prefix.len());
        }
    }

    /// Regression (cargo fuzz): a descriptor followed by a line whose 120th
    /// byte falls inside a multibyte character.
    #[test]
    fn long_line_after_a_descriptor_is_cut_on_a_char_boundary() {
        let text = format!("startup {}", "Ab\u{fffd}".repeat(60));
        let _ = mentions_in(&text, Kind::Company);
        let text = format!("chipmaker {}é", "A".repeat(119));
        let _ = mentions_in(&text, Kind::Company);
    }

    #[test]
    fn odd_input_does_not_panic() {
        for t in [
            "(",
            "Inc.",
            " Corp",
            "startup ",
            "(NYSE: X)",
            "é Inc.",
            "Amazon-",
            "the Amazon",
            "Ä startup Ö",
        ] {
            let _ = mentions_in(t, Kind::Company);
        }
    }
}

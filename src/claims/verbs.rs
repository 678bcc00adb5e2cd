//! The verbs right before a figure (of change, of a stock's move, of trade or
//! transfer): they make a percentage a growth rate or a share move and a sum
//! a price, so the predicate rules ask them.

use crate::analysis::{Kind, Span};

use super::words::{first_word, last_word, listed, split_last_word};
use super::{Facts, EMPHASIS};

/// Nouns of change after a percentage: "a 9% drop in profit", "a 41%
/// rise in net profit".
#[rustfmt::skip]
const CHANGE_NOUNS: &[&str] = &[
    "drop", "rise", "jump", "increase", "decline", "fall", "gain", "growth", "surge", "slump",
    "plunge", "decrease", "climb", "slide", "boost", "cut", "reduction", "improvement",
];

/// Whether a noun of change follows the figure ending at `end`, past a
/// hyphen or adjective ("a 35% year-on-year jump").
pub(super) fn before_change_noun(text: &str, end: usize) -> bool {
    text[end..]
        .split_whitespace()
        .take(2)
        .any(|w| listed(w.trim_matches(|c: char| !c.is_alphanumeric()), CHANGE_NOUNS).is_some())
}

/// Whether a clause opens with shares or stock ("Shares of X", "Its
/// shares", "Nvidia's stock", "The stock"): among its first four words.
pub(super) fn shares_lead(clause: &str) -> bool {
    // "$NVDA rose 3%": a cashtag names the stock.
    if clause.split_whitespace().next().is_some_and(is_cashtag) {
        return true;
    }
    let words: Vec<&str> = clause
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .collect();
    words.iter().take(4).enumerate().any(|(k, w)| {
        let head = ["shares", "stock", "stocks"]
            .iter()
            .any(|s| s.eq_ignore_ascii_case(w));
        // The head of its phrase, not a modifier ("stock compensation").
        head && words.get(k + 1).is_some_and(|next| {
            listed(next, SHARES_NEXT).is_some() || listed(next, CHANGE_VERBS).is_some()
        })
    })
}

/// Words that may follow "shares" or "stock" as the head of a clause's
/// subject: "Shares of", "The stock had", "Its shares closed".
#[rustfmt::skip]
const SHARES_NEXT: &[&str] = &[
    "of", "in", "had", "have", "has", "were", "was", "are", "is", "closed", "ended", "traded",
    "also", "initially", "briefly", "then", "still", "which",
];

/// Verbs of change: a percentage right after one ("jumped 57%", "fell by
/// about 3%") is how much something changed.
#[rustfmt::skip]
pub(super) const CHANGE_VERBS: &[&str] = &[
    "rose", "rise", "rises", "risen", "jumped", "jumps", "climbed", "climbs", "surged", "surges",
    "soared", "soars", "grew", "grows", "grown", "increased", "increases", "gained", "gains",
    "declined", "declines", "fell", "falls", "fallen", "dropped", "drops", "slid", "slides",
    "slipped", "sank", "sinks", "plunged", "plunges", "tumbled", "tumbles", "slumped", "slumps",
    "rallied", "advanced", "decreased", "decreases", "shrank", "shrinks", "up", "down",
    // The base forms, as headlines write them ("cloud sales jump 34%").
    "jump", "climb", "surge", "soar", "grow", "increase", "gain", "decline", "fall", "drop",
    "slide", "slip", "sink", "plunge", "tumble", "slump", "rally", "advance", "decrease",
    "shrink",
];

/// Whether the figure at `start` follows a verb of change, past a
/// qualifier ("about") and "by".
pub(super) fn after_change_verb(text: &str, sentence: Span, start: usize) -> bool {
    let before = before_figure(text, sentence, start);
    let before = match split_last_word(before) {
        Some((rest, w)) if w.eq_ignore_ascii_case("by") => rest,
        _ => before,
    };
    let before = past_adverb(before);
    last_word(before).is_some_and(|w| listed(w, CHANGE_VERBS).is_some())
        // ("Taiwan made up 31% of system sales": a share, not a rise.)
        && !split_last_word(before).is_some_and(|(rest, w)| {
            w.eq_ignore_ascii_case("up") && last_word(rest).is_some_and(|v| listed(v, SHARE_OF_UP).is_some())
        })
}

/// Verbs that "up" follows in a share of a whole ("made up 31%", "takes up
/// a third").
const SHARE_OF_UP: &[&str] = &[
    "make", "makes", "made", "making", "take", "takes", "took", "taking",
];

/// Whether the figure at `start` follows a possessive whose noun is left
/// out before a verb of change ("Shares of Alphabet rose 4%, while Meta's
/// fell 6%", "..., while Meta's have fallen 6%"): the noun is the one the
/// figure before it measures.
pub(super) fn after_elided_possessive(text: &str, sentence: Span, start: usize) -> bool {
    // Asked of every claim: most have no apostrophe in the few words before
    // the figure ("’" ends in byte 0x99).
    let near = &text.as_bytes()[sentence.start.max(start.saturating_sub(ELIDED_REACH))..start];
    if !near.iter().any(|&b| b == b'\'' || b == 0x99) {
        return false;
    }
    let before = before_figure(text, sentence, start);
    let before = match split_last_word(before) {
        Some((rest, w)) if w.eq_ignore_ascii_case("by") => rest,
        _ => before,
    };
    // "..., while Baidu's are up 18% and Tencent's 31%": the verb left out
    // too.
    let gapped = before.trim_end();
    if let Some(owner) = gapped
        .strip_suffix("'s")
        .or_else(|| gapped.strip_suffix("’s"))
        .and_then(last_word)
    {
        return owner.starts_with(|c: char| c.is_uppercase());
    }
    let Some((rest, verb)) = split_last_word(past_adverb(before)) else {
        return false;
    };
    if listed(verb, CHANGE_VERBS).is_none() {
        return false;
    }
    let rest = match split_last_word(rest) {
        // ("while Baidu's are up 18%".)
        Some((r, w))
            if listed(w, &["has", "have", "had", "is", "are", "was", "were"]).is_some() =>
        {
            r
        }
        _ => rest,
    };
    let rest = rest.trim_end();
    rest.strip_suffix("'s")
        .or_else(|| rest.strip_suffix("’s"))
        .and_then(last_word)
        .is_some_and(|n| n.starts_with(|c: char| c.is_uppercase()))
}

/// Whether the figure at `start` is what a company's own forecast, range,
/// plan or guidance, named by a pronoun, is set at: "lifted its forecast to
/// as much as $190 billion", "narrowed its full-year range to $125bn",
/// "reiterated its plan of roughly $200bn".
pub(super) fn names_an_estimate(text: &str, sentence: Span, start: usize) -> bool {
    const NOUNS: &[&str] = &[
        "forecast",
        "forecasts",
        "range",
        "plan",
        "plans",
        "guidance",
        "outlook",
        "target",
        "projection",
        "estimate",
    ];
    let before = before_figure(text, sentence, start);
    let Some((rest, link)) = split_last_word(before) else {
        return false;
    };
    if listed(link, &["to", "of", "at"]).is_none() {
        return false;
    }
    let Some((rest, noun)) = split_last_word(rest) else {
        return false;
    };
    if listed(noun, NOUNS).is_none() {
        return false;
    }
    // The pronoun, past at most one modifier ("full-year", "annual").
    let owner = |w: &str| listed(w, &["its", "their"]).is_some();
    match split_last_word(rest) {
        Some((_, w)) if owner(w) => true,
        Some((r, _)) => last_word(r).is_some_and(owner),
        None => false,
    }
}

/// How far before a figure the apostrophe of an elided possessive may
/// stand ("Meta's have fallen back 6%").
const ELIDED_REACH: usize = 40;

/// `before` (the text before a figure) without an adverb between a verb
/// and its figure: "fell back 9%", "rose a further 3%", "jumped another
/// 5%".
fn past_adverb(before: &str) -> &str {
    match split_last_word(before) {
        Some((rest, w))
            if listed(
                w,
                &["back", "further", "another", "sharply", "steeply", "again"],
            )
            .is_some() =>
        {
            rest.strip_suffix(" a").unwrap_or(rest)
        }
        _ => before,
    }
}

/// Verbs that transfer a business or a stake for a price.
#[rustfmt::skip]
const TRANSFER_VERBS: &[&str] = &[
    "sell", "sells", "sold", "selling", "buy", "buys", "bought", "buying", "acquire",
    "acquires", "acquired", "acquiring", "divest", "divests", "divested", "offload",
    "offloads", "offloaded",
];

/// Whether a verb of transfer stands within twelve words before the figure
/// at `start`, in its clause, and what it transfers is no count ("buy 75
/// jets" is a purchase of goods): "agreed to buy Pinewell Card Services
/// Inc. in an all-stock deal valued at", "to buy skincare brand Elanora in
/// $1.5 billion deal".
pub(super) fn transfer_before(text: &str, window: Span, start: usize) -> bool {
    let before = before_figure(text, window, start);
    let before =
        &before[crate::numbers::floor_char_boundary(before, before.len().saturating_sub(160))..];
    let clause = before.rsplit([';', '(']).next().unwrap_or(before);
    // Twelve words for a verb of transfer, twenty for "take ... private".
    let words: Vec<&str> = clause.split_whitespace().rev().take(20).collect();
    words.iter().take(12).enumerate().any(|(k, w)| {
        listed(w, TRANSFER_VERBS).is_some()
            && k > 0
            && !words[k - 1].starts_with(|c: char| c.is_ascii_digit())
    }) || takes_private(&words)
}

/// "to take Castellan Health private", "taking the retailer private": a
/// buyer taking a listed company private buys it. `words` run backwards
/// from the figure.
fn takes_private(words: &[&str]) -> bool {
    words.iter().enumerate().any(|(k, w)| {
        listed(w, &["take-private"]).is_some()
            || listed(w, &["private"]).is_some()
                && k < 12
                && words[k..]
                    .iter()
                    .take(11)
                    .any(|v| listed(v, &["take", "takes", "taking", "took", "taken"]).is_some())
    })
}

/// Whether the figure at `start` is the price after "for" in a clause a
/// verb of transfer governs ("sell its stake in the mine to Zijin Mining
/// for $3.2 billion"), the verb within twelve words before it.
pub(super) fn price_of_transfer(text: &str, window: Span, start: usize) -> bool {
    governed_through(text, window, start, "for", 12, TRANSFER_VERBS)
}

/// Whether a figure after "valuing ... at" values what a verb of transfer
/// before it in the sentence buys: "agreed to buy Viking Therapeutics for
/// $95 per share in cash, valuing the drug developer at about $10.9
/// billion" is the takeover's price.
pub(super) fn takeover_values(text: &str, sentence: Span, start: usize) -> bool {
    let from = crate::numbers::floor_char_boundary(text, start.saturating_sub(TAKEOVER_REACH))
        .max(sentence.start);
    let before = &text[from..start];
    // "The offer values Axsome at about $9.1 billion": a deal's noun that
    // values the company is its price. (Not "the price", which for a stake
    // values the whole company: "The price values Amprion at 15.5 billion
    // euros" when a quarter of it is sold.)
    // (Past a modal or a relative word: "The offer would value
    // Dropbox at", "a cash-and-share deal that values Commerzbank at".)
    let deal_values = [" values ", " valued ", " valuing ", " value "]
        .iter()
        .any(|v| {
            before.rfind(v).is_some_and(|at| {
                before[..at]
                    .split_whitespace()
                    .rev()
                    .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-'))
                    .find(|w| {
                        listed(
                            w,
                            &[
                                "would",
                                "will",
                                "could",
                                "may",
                                "might",
                                "also",
                                "that",
                                "which",
                                "effectively",
                            ],
                        )
                        .is_none()
                    })
                    .is_some_and(|w| {
                        listed(
                            w,
                            &["offer", "bid", "deal", "takeover", "buyout", "transaction"],
                        )
                        .is_some()
                    })
            })
        });
    // (A stake's deal values the whole company: "buy a 70% stake in
    // Sevilla in a deal that values the club at €450 million".)
    if deal_values {
        return !buys_a_stake(text, sentence, start);
    }
    let Some(at) = before
        .rfind(", valuing ")
        .or_else(|| before.rfind(", which values "))
    else {
        return false;
    };
    before[..at]
        .split_whitespace()
        .rev()
        .take(TAKEOVER_WORDS)
        .any(|w| {
            listed(w, TRANSFER_VERBS).is_some()
                || listed(w, &["offer", "bid", "takeover", "buyout", "acquisition"]).is_some()
        })
}

/// Whether the sentence around the figure at `start` speaks of a stake
/// ("agreed to buy a 25% stake in Sahra Logistics, ..., for 4.4 billion
/// dirhams", "invest $900 million in exchange for a stake of roughly
/// 15%"): money for a stake is an investment, whoever pays it.
pub(super) fn buys_a_stake(text: &str, sentence: Span, start: usize) -> bool {
    let from = crate::numbers::floor_char_boundary(text, start.saturating_sub(STAKE_REACH))
        .max(sentence.start);
    let to = crate::numbers::floor_char_boundary(text, (start + STAKE_REACH).min(sentence.end))
        .max(start);
    text[from..to]
        .split(|c: char| !c.is_ascii_alphabetic())
        .any(|w| listed(w, &["stake", "stakes"]).is_some())
}

/// How far around a figure [`buys_a_stake`] reads.
const STAKE_REACH: usize = 160;

/// How far before a figure [`takeover_values`] reads, in bytes and in
/// words before "valuing" (a relative clause may stand between the verb
/// and its price: "agreed to buy Cerro Blanco Mining Corp., which owns the
/// Las Vicunas mine in Chile, for C$14.75 per share in cash, valuing").
const TAKEOVER_REACH: usize = 320;
const TAKEOVER_WORDS: usize = 32;

/// Whether the figure at `start` follows the word `link` whose clause has
/// one of `verbs` within `reach` words before it: the verb governs the
/// figure through the link ("sold ... for $N", "raised ... by 7.6%").
fn governed_through(
    text: &str,
    span: Span,
    start: usize,
    link: &str,
    reach: usize,
    verbs: &[&'static str],
) -> bool {
    let before = before_figure(text, span, start);
    let Some((rest, w)) = split_last_word(before) else {
        return false;
    };
    if !w.eq_ignore_ascii_case(link) {
        return false;
    }
    let mut pieces = rest.rsplit([',', ';']);
    let mut clause = pieces.next().unwrap_or(rest);
    // "to acquire Halfmoon Interactive, the 140-person Montreal studio
    // behind ..., for $310 million": the link after an apposition is the
    // verb's, from before it.
    if clause.trim().is_empty() {
        if let (Some(apposition), Some(head)) = (pieces.next(), pieces.next()) {
            let opens = first_word(apposition.trim_start())
                .is_some_and(|w| listed(w, &["the", "a", "an", "its", "their"]).is_some());
            if opens {
                clause = head;
            }
        }
    }
    clause
        .split_whitespace()
        .rev()
        .take(reach)
        .any(|w| listed(w, verbs).is_some())
}

/// Verbs that change their object: "raised its dividend by 7.6%".
#[rustfmt::skip]
const TRANSITIVE_CHANGE: &[&str] = &[
    "raised", "raises", "raise", "raising", "lifted", "lifts", "lift", "increased", "increase",
    "increases", "boosted", "boosts", "boost", "hiked", "hikes", "hike", "cut", "cuts",
    "cutting", "lowered", "lowers", "lower", "reduced", "reduces", "reduce", "trimmed", "trims",
    "slashed", "slashes", "expanded", "expands", "widened", "narrowed", "grew", "grow",
    "expand", "expanding", "shrink", "shrinks", "shrinking", "trim", "trimming", "reduce",
    "reducing", "increasing", "boosting", "lifting", "raising", "lowering",
];

/// Whether the figure at `start` follows "by" whose clause has a verb of
/// change within six words before it ("raised its interim dividend by
/// 7.6%", "cut prices by up to 20%").
pub(super) fn changed_by(text: &str, sentence: Span, start: usize) -> bool {
    governed_through(text, sentence, start, "by", 6, TRANSITIVE_CHANGE)
}

/// Whether the figure at `start` is what a measure was moved by: "cut
/// operating profit by 1.45 trillion yen", "weigh on profit by about 1.2
/// trillion yen" (a verb of impact within six words before the "by").
pub(super) fn moved_by_impact(text: &str, sentence: Span, start: usize) -> bool {
    governed_through(text, sentence, start, "by", 6, IMPACT_VERBS)
}

/// Whether the figure at `span` is taken off a measure: "with the
/// stronger pound shaving about £320 million off reported sales",
/// "knocked $2 billion off its value".
pub(super) fn taken_off(text: &str, sentence: Span, span: Span) -> bool {
    text[span.end.min(sentence.end)..sentence.end]
        .trim_start()
        .starts_with("off ")
        && last_word(before_figure(text, sentence, span.start)).is_some_and(|w| {
            listed(
                w,
                &[
                    "shaving", "shaved", "shaves", "shave", "knocking", "knocked", "knocks",
                    "knock", "wiping", "wiped", "wipes", "wipe", "taking", "took", "takes",
                    "trimming", "cutting",
                ],
            )
            .is_some()
        })
}

/// Verbs of what moves a measure from outside it: tariffs, charges,
/// currencies.
#[rustfmt::skip]
const IMPACT_VERBS: &[&str] = &[
    "cut", "cuts", "reduced", "reduces", "reduce", "lowered", "lowers", "hit", "hits", "dented",
    "dents", "weigh", "weighs", "weighed", "shaved", "shaves", "trimmed", "trims", "hurt",
    "hurts", "dragged", "drags", "boosted", "boosts", "lifted", "lifts", "eroded", "erodes",
];

/// Whether a verb of trade or output comes right before the figure at
/// `start` ("sold 20 million consoles", "shipped 1.2 million units"):
/// whatever noun is counted, the count is what a business did.
pub(super) fn after_trade_verb(text: &str, sentence: Span, start: usize) -> bool {
    last_word(before_figure(text, sentence, start))
        .is_some_and(|w| listed(w, TRADE_VERBS).is_some())
}

/// The sentence's text before the figure at `start` and its qualifier
/// ("rose more than" before "rose more than 5%"), trimmed: where the verb
/// a figure follows is read.
pub(super) fn before_figure(text: &str, sentence: Span, start: usize) -> &str {
    let from = crate::numbers::qualifier_start(text, start);
    text[sentence.start..from.max(sentence.start)].trim_end()
}

/// Verbs of selling, making, delivering and serving.
#[rustfmt::skip]
const TRADE_VERBS: &[&str] = &[
    "sold", "sells", "sell", "selling", "delivered", "delivers", "deliver", "delivering",
    "shipped", "ships", "ship", "shipping", "produced", "produces", "produce", "producing",
    "manufactured", "built", "builds", "assembled", "made", "makes", "ordered", "orders",
    "bought", "buys", "purchased", "leased", "carried", "carries", "served", "serves",
    "serving", "added", "adds", "adding", "signed", "registered", "recorded", "booked",
    "opened", "opens", "open", "closed", "close", "closing", "mined", "exported", "imported",
    "processed", "handled", "streamed", "installed", "deployed", "launched", "recalled",
    "recalls", "recall", "recalling",
];

/// Verbs a stock moves by, named right after its company: "Nvidia rose
/// 3%", "Microsoft is down 12% YTD" (not "Amazon grew 10%").
#[rustfmt::skip]
const STOCK_VERBS: &[&str] = &[
    "rose", "fell", "gained", "lost", "jumped", "slid", "dropped", "climbed", "tumbled", "surged",
    "sank", "slumped", "plunged", "soared", "rallied", "slipped", "dipped", "advanced", "declined",
    // A move told by the close ("closed 9.8% higher") or by what a stock
    // added or shed.
    "closed", "ended", "finished", "opened", "traded", "added", "shed",
    // Participles, as a market report lists its movers ("with Exxon
    // Mobil gaining 1.6% and Chevron adding 1.1%").
    "gaining", "adding", "losing", "shedding", "rising", "falling", "climbing", "dropping",
    "slipping", "sliding", "jumping", "tumbling", "surging", "sinking", "declining", "advancing",
];

/// Verbs that tell a stock's move only when a company stands right
/// before them ("Nvidia added 2.4%", "Apple lost 1.3%", "Chevron adding
/// 1.1%"), no change of a measure on their own: the stock verbs that are
/// no verbs of change.
pub(super) fn moved_by(text: &str, sentence: Span, start: usize) -> bool {
    last_word(past_adverb(before_figure(text, sentence, start)))
        .is_some_and(|w| listed(w, STOCK_VERBS).is_some() && listed(w, CHANGE_VERBS).is_none())
}

/// Whether the change before the figure at `start` is a company's own move,
/// as market reports write a stock's: the company (and a ticker in
/// parentheses) then a stock verb or "is/was up/down", then the figure.
pub(super) fn company_moved<'a>(text: &'a str, facts: &Facts, start: usize) -> bool {
    let before = past_adverb(before_figure(text, facts.sentence, start));
    let Some((rest, verb)) = split_last_word(before) else {
        return false;
    };
    // "ended the session up 25%", "ended the day 16% higher": the span
    // of trading told, and the text before its "the".
    let past_span = |s: &'a str| -> Option<&'a str> {
        let (r, span) = split_last_word(s)?;
        listed(span, &["session", "day", "week"])?;
        let (r, the) = split_last_word(r)?;
        the.eq_ignore_ascii_case("the").then_some(r)
    };
    let rest = if listed(verb, &["up", "down"]).is_some() {
        // "was up 3%", "closed up 3%", "ended the session up 25%".
        let rest = past_span(rest).unwrap_or(rest);
        match split_last_word(rest) {
            Some((r, be))
                if listed(
                    be,
                    &[
                        "is", "was", "are", "were", "closed", "ended", "finished", "traded",
                        "opened", "edged", "inched", "ticked", "crept", "moved",
                    ],
                )
                .is_some() =>
            {
                r
            }
            _ => return false,
        }
    } else if let Some(r) = past_span(before) {
        // "Spectris ended the day 16% higher": a move told by the close.
        match split_last_word(r) {
            Some((r, closed)) if listed(closed, &["closed", "ended", "finished"]).is_some() => r,
            _ => return false,
        }
    } else if listed(verb, STOCK_VERBS).is_some() {
        // "while Vistra has gained 38%": past an auxiliary.
        match split_last_word(rest) {
            Some((r, aux)) if listed(aux, &["has", "have", "had"]).is_some() => r,
            _ => rest,
        }
    } else {
        return false;
    };
    // "Alphabet, which owns about 14% of Anthropic, gained": past the
    // relative clause.
    let rest = past_relative_clause(rest);
    // "Nvidia (NASDAQ: NVDA) rose": past the ticker.
    let rest = ticker_stripped(rest);
    if mention_ends_at(facts, facts.sentence.start + rest.len(), Kind::Company) {
        return true;
    }
    // "SentinelOne, long seen as a takeover target, rose 6.5%": past a
    // short aside, when the company opens its clause (not "Revenue at
    // SentinelOne, the security firm, rose").
    let Some(rest) = past_aside(rest) else {
        return false;
    };
    let at = facts.sentence.start + rest.len();
    start_of_mention_ending_at(facts, at, Kind::Company)
        .is_some_and(|m| opens_its_clause(&text[facts.sentence.start..m]))
}

/// Whether what stands before a name leaves it opening its clause: the
/// sentence's start, a comma or semicolon, or a conjunction.
fn opens_its_clause(before: &str) -> bool {
    let before = before.trim_end();
    before.is_empty()
        || before.ends_with([',', ';', ':'])
        || last_word(before)
            .is_some_and(|w| listed(w, &["while", "whereas", "and", "but", "as"]).is_some())
}

/// "Nvidia (NASDAQ: NVDA)": the name without the ticker in parentheses.
fn ticker_stripped(rest: &str) -> &str {
    match rest.strip_suffix(')') {
        Some(r) => r.rfind('(').map_or(rest, |i| r[..i].trim_end()),
        None => rest,
    }
}

/// Nouns of what a business measures, besides its stock: a change told of
/// one of them is no share move, even in a sentence that opened with the
/// shares ("Shares tumbled 7.4% after the company reported revenue of
/// $8.6 billion, up 6%, and said payment volume rose 7%").
const MEASURE_NOUNS: &[&str] = &[
    "revenue",
    "revenues",
    "sales",
    "volume",
    "volumes",
    "profit",
    "profits",
    "income",
    "earnings",
    "traffic",
    "deliveries",
    "bookings",
    "orders",
    "output",
    "production",
    "shipments",
    "margin",
    "ebitda",
    "spending",
    "capex",
    "backlog",
    "subscribers",
    "users",
];

/// Whether the percentage at `start` changes a measure other than the
/// stock: it follows a money figure as its change ("revenue of $8.6
/// billion, up 6%"), or its verb's subject, within the clause and five
/// words, is a measure's noun ("payment volume rose 7%", "Revenue at Acme
/// Corp rose 10%").
pub(super) fn changes_another_measure(text: &str, facts: &Facts, start: usize) -> bool {
    let before = before_figure(text, facts.sentence, start);
    let Some((rest, verb)) = split_last_word(before) else {
        return false;
    };
    if listed(verb, &["up", "down"]).is_some() {
        let rest = rest.trim_end();
        if let Some(r) = rest.strip_suffix(',') {
            return mention_ends_at(
                facts,
                facts.sentence.start + r.trim_end().len(),
                Kind::Money,
            );
        }
    }
    if listed(verb, CHANGE_VERBS).is_none() {
        return false;
    }
    // Five words back at most: a bounded read in a sentence of any size.
    let rest = &rest[crate::numbers::floor_char_boundary(rest, rest.len().saturating_sub(80))..];
    rest.rsplit([',', ';'])
        .next()
        .unwrap_or(rest)
        .split_whitespace()
        .rev()
        .take(5)
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        // (The subject ends at the stock's words or a clause's opener.)
        .take_while(|w| {
            listed(
                w,
                &[
                    "shares", "stock", "stocks", "price", "while", "whereas", "after", "as", "and",
                    "but", "when", "because", "since", "though", "although",
                ],
            )
            .is_none()
        })
        .any(|w| listed(w, MEASURE_NOUNS).is_some())
}

/// Whether a mention of `kind` of the sentence ends at byte `end`.
fn mention_ends_at(facts: &Facts, end: usize, kind: Kind) -> bool {
    start_of_mention_ending_at(facts, end, kind).is_some()
}

/// Where the mention of `kind` that ends at `end` starts.
fn start_of_mention_ending_at(facts: &Facts, end: usize, kind: Kind) -> Option<usize> {
    // The sentence's mentions are in text order: the one ending there is
    // just before the first that starts at or after it.
    let k = facts
        .here
        .partition_point(|&i| facts.mentions[i].start < end);
    facts.here[..k].iter().rev().take(2).find_map(|&i| {
        let m = &facts.mentions[i];
        (m.kind() == kind && m.end == end).then_some(m.start)
    })
}

/// `before` (text ending before a verb) without a relative clause set off
/// by commas at its end: "Alphabet, which owns about 14% of Anthropic,".
fn past_relative_clause(before: &str) -> &str {
    let Some(inner) = before.strip_suffix(',') else {
        return before;
    };
    // A relative clause is short: only its reach is read, so that a long
    // sentence costs a bounded read per figure.
    let lo = crate::numbers::floor_char_boundary(inner, inner.len().saturating_sub(RELATIVE_REACH));
    let tail = &inner[lo..];
    [", which ", ", who ", ", whose "]
        .iter()
        .filter_map(|o| tail.rfind(o))
        .max()
        .filter(|&i| !tail[i + 2..].contains(','))
        .map_or(before, |i| inner[..lo + i].trim_end())
}

/// `before` without a short aside it ends with, set off by commas and
/// with no figure in it: "SentinelOne, long seen as a takeover target,".
fn past_aside(before: &str) -> Option<&str> {
    let inner = before.strip_suffix(',')?;
    let lo =
        crate::numbers::floor_char_boundary(inner, inner.len().saturating_sub(APPOSITION_REACH));
    let i = inner[lo..].rfind(", ")?;
    let aside = &inner[lo + i + 2..];
    (!aside.contains(|c: char| c.is_ascii_digit())).then(|| inner[..lo + i].trim_end())
}

/// How long an aside between a company and its stock verb may be.
const APPOSITION_REACH: usize = 60;

/// How long a relative clause before a verb may be.
const RELATIVE_REACH: usize = 160;

/// Whether a signed percentage follows a cashtag or a company's name:
/// "$NVDA +3.2% on the week", "SK Hynix +5.6% in Seoul", a digest's line
/// of share moves.
pub(super) fn signed_after_name(text: &str, facts: &Facts, start: usize) -> bool {
    let before = before_figure(text, facts.sentence, start);
    let signs = ['+', '-', '\u{2212}'];
    // The sign is the figure's own ("-4.5%") or stands before it ("+3.2%").
    let rest = if text[start..].starts_with(signs) {
        Some(before)
    } else {
        before.strip_suffix(signs)
    };
    let Some(rest) = rest else {
        return false;
    };
    let rest = rest.trim_end().trim_end_matches(EMPHASIS);
    if rest.split_whitespace().next_back().is_some_and(is_cashtag) {
        return true;
    }
    // A digest's "SK Hynix +5.6% in Seoul": a company named right before.
    mention_ends_at(facts, facts.sentence.start + rest.len(), Kind::Company)
}

/// Whether a word is a cashtag: "$NVDA".
fn is_cashtag(w: &str) -> bool {
    w.strip_prefix('$')
        .is_some_and(|t| !t.is_empty() && t.len() <= 5 && t.bytes().all(|b| b.is_ascii_uppercase()))
}

/// Whether `between` (the figure before to this one) names the running
/// change of what the figure before measured: "their gains so far this
/// year", "its decline since January" (at most a few words, read once).
pub(super) fn their_change(between: &str) -> bool {
    const CHANGES: &[&str] = &[
        "gain", "gains", "loss", "losses", "rally", "rise", "decline", "declines", "fall", "slide",
        "advance", "drop", "climb",
    ];
    if between.len() > 120 {
        return false;
    }
    let words: Vec<&str> = between
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    words
        .windows(2)
        .any(|w| listed(w[0], &["their", "its"]).is_some() && listed(w[1], CHANGES).is_some())
}

/// Whether the words after a share move give it a time of its own that is
/// no date mention: "rose 3.6% that day", "has risen 19% since the
/// report", "is up 12% so far this year". Read to the clause's end.
pub(super) fn own_time_after(after: &str) -> bool {
    const OWN_TIME: &[&str] = &[
        "that day",
        "the same day",
        "the day before",
        "the previous day",
        "since",
        "so far",
        "year to date",
        "year-to-date",
        "this year",
    ];
    // (A bounded read: a sentence of any size costs the same per figure.)
    let after = &after[..crate::numbers::floor_char_boundary(after, after.len().min(80))];
    let clause = &after[..after.find([',', ';', '.']).unwrap_or(after.len())];
    OWN_TIME.iter().any(|w| {
        clause
            .match_indices(w)
            .any(|(at, _)| !clause[..at].ends_with(|c: char| c.is_alphanumeric()))
    })
}

/// Whether a share move is said to be of "that day" or "the same day":
/// the day the text named last.
pub(super) fn that_day(after: &str) -> bool {
    let after = &after[..crate::numbers::floor_char_boundary(after, after.len().min(40))];
    let clause = &after[..after.find([',', ';', '.']).unwrap_or(after.len())];
    let clause = clause.trim_start();
    ["that day", "the same day", "on that day", "on the same day"]
        .iter()
        .any(|w| {
            clause
                .get(..w.len())
                .is_some_and(|c| c.eq_ignore_ascii_case(w))
        })
}

/// Whether a sentence speaks of analysts' estimates of a result: "had
/// expected", "the consensus", "estimates of".
pub(super) fn estimate_word(sentence: &str) -> bool {
    const WORDS: &[&str] = &[
        "expected",
        "estimate",
        "consensus",
        "forecast",
        "modeled",
        "modelled",
        "polled",
        "surveyed",
        "projected",
    ];
    let bytes = sentence.as_bytes();
    WORDS
        .iter()
        .any(|w| memchr::memmem::find(bytes, w.as_bytes()).is_some())
}

/// Verbs of paying a price.
const PAY_VERBS: &[&str] = &["pay", "pays", "paid", "paying"];

/// Words that tell a payment's rate: "€620 million a season".
const PER_PERIOD: &[&str] = &[
    " a season",
    " per season",
    " each season",
    " a year",
    " per year",
    " each year",
    " annually",
    " a month",
    " per month",
];

/// What a payment told by a verb of paying buys: "will pay $69 billion for
/// Activision Blizzard" is a takeover's price, "will pay about €620
/// million a season for eight of the ten matches" a contract's yearly
/// worth, "paid $1.3 billion for the additional shares" an investment.
/// `None` when no verb of paying stands within four words before the
/// figure, or no "for" follows it.
pub(super) fn paid_for(facts: &Facts<'_>, figure: Span) -> Option<PaidFor> {
    let text = facts.text;
    let sentence = facts.sentence;
    let before = before_figure(text, sentence, figure.start);
    let paying = before
        .split_whitespace()
        .rev()
        .take(4)
        .take_while(|w| !w.ends_with([',', ';']))
        .any(|w| listed(w, PAY_VERBS).is_some());
    if !paying {
        return None;
    }
    let mut rest = &text[figure.end.min(sentence.end)..sentence.end];
    let per_period = PER_PERIOD.iter().find(|p| rest.starts_with(*p));
    if let Some(p) = per_period {
        rest = &rest[p.len()..];
    }
    for cash in [" in cash and stock", " in cash", " in stock", " in total"] {
        if let Some(r) = rest.strip_prefix(cash) {
            rest = r;
            break;
        }
    }
    let after_for = rest.strip_prefix(" for ")?;
    let at = sentence.end - after_for.len();
    // A company named within three lower-case words after "for" ("for
    // chip designer Altera", "for the rival"), not a stake in one.
    // (The sentence's mentions are in text order: the few from `at` on,
    // so a long sentence of payments costs no scan per figure.)
    let k = facts
        .here
        .partition_point(|&i| facts.mentions[i].start < at);
    let company = facts.here[k..]
        .iter()
        .take(4)
        .map(|&i| &facts.mentions[i])
        .find(|m| {
            m.kind() == Kind::Company
                && text[at..m.start].split_whitespace().count() <= 3
                && text[at..m.start]
                    .split_whitespace()
                    .all(|w| w.bytes().all(|c| c.is_ascii_lowercase()))
        });
    let stake = after_for.split_whitespace().take(4).any(|w| {
        let w = w.trim_end_matches(|c: char| !c.is_alphanumeric());
        listed(w, &["stake", "stakes", "shares", "stock", "holding"]).is_some()
    });
    match (company, per_period) {
        _ if stake => Some(PaidFor::Stake),
        (Some(_), None) => Some(PaidFor::Company),
        (_, Some(_)) => Some(PaidFor::Rights),
        (None, None) => None,
    }
}

/// What [`paid_for`] found a payment buys.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum PaidFor {
    /// A company: the price is a takeover's.
    Company,
    /// Something paid for a season or a year at a time: a contract.
    Rights,
    /// Shares or a stake: an investment ("paid about $1.3 billion for the
    /// additional shares").
    Stake,
}

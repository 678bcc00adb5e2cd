//! Figures no company owns, told apart by the words around them: a class
//! of workers across an industry, a place's total or its aside, a trial's
//! patients, a tolerance around another figure.

use super::words::{first_word, listed};

/// Whether a count of people names a class of workers across an industry
/// ("150,000 tech workers", "federal employees"), not a company's staff.
pub(super) fn industry_workers(mention: &str) -> bool {
    mention.split_whitespace().any(|w| {
        listed(
            w,
            &[
                "tech",
                "technology",
                "industry",
                "federal",
                "government",
                "public-sector",
                "sector",
            ],
        )
        .is_some()
    })
}

/// Where the aside after a place opening a sentence ends: "Oregon, where
/// Intel is the largest private employer, reported" (the byte after its
/// closing comma), or None.
pub(super) fn place_aside(before: &str) -> Option<usize> {
    // (Bounded: a place's name is a few words, its aside a clause.)
    let head = &before[..crate::numbers::floor_char_boundary(before, PLACE_REACH + 8)];
    if !head.contains(", wh") && !head.contains(", home") {
        return None;
    }
    let lead = before.len()
        - before
            .trim_start_matches(|c: char| !c.is_alphanumeric())
            .len();
    let body = &before[lead..];
    let head_end = body[..crate::numbers::floor_char_boundary(body, PLACE_REACH)].find(", ")?;
    let (head, rest) = (&body[..head_end], &body[head_end + 2..]);
    if head.split_whitespace().count() > 3 || !crate::recognize::company::is_place(head) {
        return None;
    }
    let opens =
        first_word(rest).is_some_and(|w| listed(w, &["where", "which", "whose", "home"]).is_some());
    if !opens {
        return None;
    }
    let close = rest[..crate::numbers::floor_char_boundary(rest, ASIDE_CLAUSE_REACH)].find(", ")?;
    Some(lead + head_end + 2 + close + 2)
}

/// How far into a sentence a place's name opening it may end.
const PLACE_REACH: usize = 40;

/// How long the aside after a place may run.
const ASIDE_CLAUSE_REACH: usize = 160;

/// Whether a trial's people act in the words before a figure: "patients
/// on the highest dose lost an average of 12.4%".
pub(super) fn trial_people(before: &str) -> bool {
    before.split_whitespace().rev().take(10).any(|w| {
        listed(
            w.trim_matches(|c: char| !c.is_alphanumeric()),
            &["patients", "participants", "volunteers"],
        )
        .is_some()
    })
}

/// Whether the words before a figure make it a tolerance around another.
pub(super) fn tolerance(before: &str) -> bool {
    let b = before.trim_end();
    b.ends_with('±')
        || b.ends_with("+/-")
        || crate::affix::ends_with_ignore_case(b, "plus or minus")
}

/// Whether a digest's "figure: what it is" opens with a place's
/// possessive: "€109B: France's sovereign AI pledge", "$17.3B: South
/// Korea's chip exports".
pub(super) fn place_after_colon(after: &str) -> bool {
    let Some(rest) = after.trim_start().strip_prefix(':') else {
        return false;
    };
    let words: Vec<&str> = rest.split_whitespace().take(2).collect();
    (1..=2).any(|n| {
        let Some(last) = words.get(n - 1) else {
            return false;
        };
        let Some(stem) = ["'s", "’s"].iter().find_map(|p| last.strip_suffix(p)) else {
            return false;
        };
        let name = if n == 2 {
            format!("{} {stem}", words[0])
        } else {
            stem.to_string()
        };
        name == "world" || crate::recognize::company::is_place(&name)
    })
}

/// A word that makes the measure after it someone's own: a possessive
/// determiner ("its global spending") or a name's possessive ("Nvidia's
/// worldwide shipments").
fn owner_word(w: &str) -> bool {
    listed(w, &["its", "their", "our", "his", "her"]).is_some()
        || w.ends_with("'s")
        || w.ends_with("’s")
}

/// Words that scope a measure to the world or a whole industry.
const WORLD_SCOPES: &[&str] = &[
    "global",
    "worldwide",
    "world",
    "industry-wide",
    "industrywide",
    "sector-wide",
    "market-wide",
];

/// Measures of markets and economies, as opposed to a company's own
/// ("global revenue" may be a company's; "global spending" is the world's).
const MARKET_MEASURES: &[&str] = &[
    "spending",
    "investment",
    "investments",
    "growth",
    "demand",
    "traffic",
    "shipments",
    "market",
    "markets",
    "gdp",
    "trade",
    "installations",
    "deployments",
    "output",
    // "Global DRAM revenue rose about 42%", "worldwide chipmaking
    // capacity" (not "its global revenue", which is owned; nor sales and
    // production, which a maker's own report calls global: "Global
    // wholesale vehicle sales rose 1.2%").
    "revenue",
    "revenues",
    "capacity",
    "supply",
];

/// The words a clause measuring nobody's total holds, one search for
/// both rules: a scope ("global", "world", "wide"), and a place's measure
/// ("exports", "spending", ...). Read in the last 120 bytes before the
/// figure: (scope, place measure).
fn hints(before: &str) -> (bool, bool) {
    let tail = measure_tail(before);
    static WORDS: once_cell::sync::Lazy<aho_corasick::AhoCorasick> =
        once_cell::sync::Lazy::new(|| words_automaton(SCOPE_WORDS.iter().chain(PLACE_MEASURES)));
    let (mut scope, mut place) = (false, false);
    for m in WORDS.find_iter(tail) {
        if m.pattern().as_usize() < SCOPE_WORDS.len() {
            scope = true;
        } else {
            place = true;
        }
    }
    (scope, place)
}

/// One search for any of `words`, in any ASCII case: the rules below ask
/// first whether a figure's last bytes hold one of their words at all.
fn words_automaton<'w>(words: impl IntoIterator<Item = &'w &'w str>) -> aho_corasick::AhoCorasick {
    aho_corasick::AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build(words)
        .expect("word lists build")
}

/// Words of a scope nobody owns, looked for first.
const SCOPE_WORDS: &[&str] = &["global", "world", "wide"];

/// The last 120 bytes before a figure, where both rules read.
fn measure_tail(before: &str) -> &str {
    &before[crate::numbers::floor_char_boundary(before, before.len().saturating_sub(120))..]
}

/// Whether the figure measures the world or nobody's total, by either
/// rule ([`world_scope`], [`place_total`]), with one search.
pub(super) fn nobodys_measure(before: &str) -> bool {
    let (scope, place) = hints(before);
    (scope && world_scope(before)) || (place && place_total(before))
}

/// Whether the figure's own clause, in its last eight words before it,
/// measures the world or an industry that nobody owns: "outpacing global
/// growth of 5.1%", "expects global upstream investment to fall about 4%
/// to $560 billion"; not a company's global measure ("its global
/// spending", "Nvidia's worldwide shipments").
/// (Asked once [`hints`] found a scope word.)
fn world_scope(before: &str) -> bool {
    let tail = measure_tail(before);
    let clause = tail.rsplit([',', ';', ':', '(']).next().unwrap_or(tail);
    // (One word more than the scope is looked for in, for its owner.)
    let words: Vec<&str> = clause.split_whitespace().rev().take(9).collect();
    // `words` runs backwards from the figure.
    words.iter().take(8).enumerate().any(|(k, w)| {
        if listed(w, WORLD_SCOPES).is_none() {
            return false;
        }
        let owned = words.get(k + 1).is_some_and(|o| owner_word(o));
        // The measure's noun follows the scope within four words.
        let measure = words[k.saturating_sub(4)..k]
            .iter()
            .any(|m| listed(m, MARKET_MEASURES).is_some());
        !owned && measure
    })
}

/// Measures of a place's whole economy or market, which no company owns.
const PLACE_MEASURES: &[&str] = &[
    "spending",
    "exports",
    "imports",
    "sales",
    "demand",
    "consumption",
    "output",
    "production",
    "gdp",
    "economy",
    "market",
    "investment",
    "trade",
    "deficit",
    "surplus",
    "installations",
    "shipments",
    "emissions",
];

/// Whether the figure's own clause measures a place's economy or market:
/// "India's IT exports are estimated at $224 billion", "U.S. health
/// spending reached $5.3 trillion", "China EV sales rose 9%"; not a
/// company's measure in a place ("Apple's China sales", "its U.S. sales").
/// (Asked once [`hints`] found a measure word.)
fn place_total(before: &str) -> bool {
    let tail = measure_tail(before);
    let clause = tail.rsplit([',', ';', ':', '(']).next().unwrap_or(tail);
    // (One word more than the scope is looked for in, for its owner.)
    let words: Vec<&str> = clause.split_whitespace().rev().take(9).collect();
    // `words` runs backwards from the figure.
    words.iter().take(8).enumerate().any(|(k, w)| {
        let name = w
            .strip_suffix("'s")
            .or_else(|| w.strip_suffix("’s"))
            .unwrap_or(w);
        let place = matches!(name, "U.S." | "US" | "UK" | "U.K." | "EU")
            || crate::recognize::company::is_place(name);
        if !place {
            return false;
        }
        let owned = words
            .get(k + 1)
            .is_some_and(|o| owner_word(o) || o.starts_with(|c: char| c.is_uppercase()))
            // ("BYD's share of China's new-energy vehicle market slipped
            // to about 28%": a part of the place's market, someone's.)
            || (words.get(k + 1).is_some_and(|o| o.eq_ignore_ascii_case("of"))
                && words
                    .get(k + 2)
                    .is_some_and(|s| listed(s, &["share", "shares", "slice", "portion"]).is_some()));
        // The measure's noun follows the place within three words, with a
        // modifier between or the place possessive: "U.S. retail sales",
        // "India's exports" (a bare "U.S. sales" in a company's story may
        // be its own segment's).
        let possessive = name.len() < w.len();
        // (A short acronym, "IT", "EV", "AI", is a modifier.)
        let acronym = |m: &str| m.len() <= 3 && m.chars().all(|c| c.is_ascii_uppercase());
        let modifier = |m: &&str| {
            (m.chars().all(|c| c.is_ascii_lowercase() || c == '-') || acronym(m))
                && listed(m, PLACE_MEASURES).is_none()
        };
        let measure = (k.saturating_sub(3)..k).rev().any(|j| {
            listed(words[j], PLACE_MEASURES).is_some()
                && (possessive || (j + 1 < k && words[j + 1..k].iter().all(modifier)))
        });
        // ("U.S. sales of GM's electric vehicles", "China's share of Tokyo
        // Electron's sales": a name between owns the measure.)
        let named_after = words[..k].iter().any(|m| {
            (m.starts_with(|c: char| c.is_uppercase()) && !acronym(m))
                || m.ends_with("'s")
                || m.ends_with("’s")
        });
        !owned && measure && !named_after
    })
}

/// A state's finances, which no company's figure measures: "the federal
/// deficit ... was $458 billion", "Defence spending is set to rise to
/// €82.7 billion", "Customs duties brought in $31 billion".
const PUBLIC_FINANCES: &[&str] = &[
    "federal deficit",
    "budget deficit",
    "fiscal deficit",
    "budget surplus",
    "national debt",
    "public debt",
    "government debt",
    "sovereign debt",
    "defence spending",
    "defense spending",
    "military spending",
    "government spending",
    "public spending",
    "federal spending",
    "customs duties",
    "customs revenue",
    "tariff revenue",
    "tax revenue",
    "tax revenues",
    "tax receipts",
    "gross domestic product",
    "state budget",
    "federal budget",
    "national budget",
    "draft budget",
];

/// How far before a figure a state's finances are read, in bytes.
const PUBLIC_REACH: usize = 100;

/// Whether the figure's clause, in its last 100 bytes, names a state's
/// finances ([`PUBLIC_FINANCES`]); the caller checks that no company is
/// named before the figure.
pub(super) fn public_finances(sentence_before: &str) -> bool {
    static WORDS: once_cell::sync::Lazy<aho_corasick::AhoCorasick> =
        once_cell::sync::Lazy::new(|| words_automaton(PUBLIC_FINANCES));
    let from = crate::numbers::floor_char_boundary(
        sentence_before,
        sentence_before.len().saturating_sub(PUBLIC_REACH),
    );
    let tail = &sentence_before[from..];
    // (Most figures' last bytes hold none: one search before the clause.)
    if !WORDS.is_match(tail) {
        return false;
    }
    let clause = tail.rsplit([';', ':', '(']).next().unwrap_or(tail);
    // (Not a company's own: "its tax revenue", "Apple's tax receipts".)
    WORDS.find_iter(clause).any(|m| {
        let owner = clause[..m.start()].split_whitespace().next_back();
        !owner.is_some_and(owner_word)
    })
}

/// Currencies, coins and commodities, which open a quote of their price
/// or their move: "the euro held near $1.14", "Brent crude averaged about
/// $68 a barrel", "Bitcoin rose 3% to $95,000".
const QUOTED: &[&str] = &[
    "euro",
    "dollar",
    "pound",
    "sterling",
    "yen",
    "yuan",
    "renminbi",
    "rupee",
    "won",
    "franc",
    "rouble",
    "ruble",
    "peso",
    "lira",
    "rand",
    "ringgit",
    "baht",
    "krone",
    "krona",
    "real",
    "bitcoin",
    "ether",
    "gold",
    "silver",
    "copper",
    "aluminium",
    "aluminum",
    "nickel",
    "oil",
    "crude",
    "brent",
    "wti",
    "gas",
    "wheat",
    "corn",
    "soybeans",
    "coffee",
    "cocoa",
    "sugar",
    "lithium",
    "iron",
    "euros",
    "dollars",
    "pounds",
];

/// Whether the 120 bytes before a figure name a currency, a coin or a
/// commodity at all: asked of every figure before its clause is read.
pub(super) fn may_quote(before: &str) -> bool {
    static WORDS: once_cell::sync::Lazy<aho_corasick::AhoCorasick> =
        once_cell::sync::Lazy::new(|| words_automaton(QUOTED));
    WORDS.is_match(measure_tail(before))
}

/// Where the clause of a figure opens, in `before` (the sentence up to the
/// figure): past the last comma, semicolon or colon, or a "while", "and"
/// or "but" joining clauses.
pub(super) fn clause_opening(before: &str) -> usize {
    let tail_from = crate::numbers::floor_char_boundary(before, before.len().saturating_sub(120));
    let tail = &before[tail_from..];
    let at = tail.rfind([',', ';', ':']).map_or(0, |i| i + 1);
    // The last joining word past that, read word by word backwards.
    let b = tail.as_bytes();
    let mut end = b.len();
    while let Some(space) = b[at..end].iter().rposition(|&c| c == b' ') {
        let word_start = at + space + 1;
        let word = &tail[word_start..end];
        if end < b.len() && listed(word, &["while", "and", "but", "whereas"]).is_some() {
            return tail_from + end + 1;
        }
        // ("Coinbase slid 7.8% as bitcoin fell below $70,000": a
        // subordinate clause on a quoted thing, not "as much as".)
        if end < b.len()
            && listed(word, &["as", "after", "when", "because", "since", "though"]).is_some()
            && tail[end + 1..]
                .split_whitespace()
                .next()
                .is_some_and(|w| listed(w, QUOTED).is_some() || w.eq_ignore_ascii_case("the"))
        {
            return tail_from + end + 1;
        }
        end = at + space;
    }
    tail_from + at
}

/// Whether a figure's clause (`clause`, from its opening to the figure)
/// quotes a currency, a coin or a commodity: its first word past "the"
/// and a place is one, and the clause is short, as a quote is ("the euro
/// held near", "Brent crude averaged about", "sterling at"). The caller
/// checks that no company is named in the clause.
pub(super) fn quotes_a_price(clause: &str) -> bool {
    // (A currency in parentheses is a unit, not the thing quoted: "| EPS
    // (yen) | 107.35 |".)
    let mut depth = 0i32;
    let mut words = clause
        .split_whitespace()
        .filter(move |w| {
            let inside = depth > 0 || w.starts_with('(');
            depth += w.matches('(').count() as i32 - w.matches(')').count() as i32;
            !inside
        })
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .peekable();
    if words.peek().is_some_and(|w| w.eq_ignore_ascii_case("the")) {
        words.next();
    }
    let Some(first) = words.next() else {
        return false;
    };
    let quoted = |w: &str| listed(w, QUOTED).is_some();
    // ("U.S. crude", "European gas", "Brent crude", "spot gold"; "U.S.
    // West Texas Intermediate crude": past the capitalized words of a
    // grade's name.)
    let second = words.next();
    let capitalized = |w: &&str| w.starts_with(|c: char| c.is_uppercase());
    let named_grade = || {
        let mut rest = std::iter::once(first).chain(second).chain(words.clone());
        let mut n = 0;
        loop {
            match rest.next() {
                Some(w) if n < 5 && capitalized(&w) => n += 1,
                Some(w) => return n >= 2 && quoted(w),
                None => return false,
            }
        }
    };
    if !(quoted(first) || second.is_some_and(quoted) || named_grade())
        || clause.split_whitespace().count() > 8
    {
        return false;
    }
    // ("Iron ore shipments were", "gold output rose": a business's
    // measure of the commodity, no quote.)
    let measured = clause.split_whitespace().any(|w| {
        listed(
            w.trim_matches(|c: char| !c.is_alphanumeric()),
            &[
                "shipments",
                "output",
                "production",
                "sales",
                "revenue",
                "revenues",
                "exports",
                "imports",
                "volumes",
                "volume",
                "reserves",
                "deliveries",
                "earnings",
                "profit",
                "business",
                "unit",
                "division",
                "segment",
                "assets",
                "mine",
                "mines",
                "project",
                "reserve",
                "holdings",
                "sold",
                "produced",
                "shipped",
                "mined",
            ],
        )
        .is_some()
    });
    !measured
}

/// Whether a figure at `at` in `text` stands in an exchange rate's gloss:
/// "($1 = 1,386.2000 won)", "(£1 = $1.27)", and each rate of a list of
/// them ("($1 = 7.1200 yuan; $1 = 7.7800 Hong Kong dollars)").
pub(super) fn exchange_rate_gloss(text: &str, at: usize) -> bool {
    let b = text.as_bytes();
    // (An "=" before the figure or right after its number, first.)
    if !b[at.saturating_sub(30)..(at + 12).min(b.len())].contains(&b'=') {
        return false;
    }
    let from = at.saturating_sub(160);
    let to = (at + 160).min(b.len());
    let Some(open) = b[from..at].iter().rposition(|&c| c == b'(' || c == b')') else {
        return false;
    };
    let Some(close) = b[at..to].iter().position(|&c| c == b')' || c == b'(') else {
        return false;
    };
    if b[from + open] != b'(' || b[at + close] != b')' {
        return false;
    }
    // The rate the figure is in: between the semicolons of a list.
    let item_start = b[from + open..at]
        .iter()
        .rposition(|&c| c == b';')
        .map_or(from + open, |k| from + open + k);
    let item_end = b[at..at + close]
        .iter()
        .position(|&c| c == b';')
        .map_or(at + close, |k| at + k);
    b[item_start..item_end].contains(&b'=')
}

/// Whether a sum marks a tier of customers, not a figure of the company:
/// "1,086 customers with ARR of $100,000 or more", "clients spending over
/// $1 million a year". `before` is the sentence up to the figure's
/// qualifier.
pub(super) fn customer_tier(before: &str) -> bool {
    static NOUNS: once_cell::sync::Lazy<aho_corasick::AhoCorasick> =
        once_cell::sync::Lazy::new(|| words_automaton(TIER_NOUNS));
    let tail =
        &before[crate::numbers::floor_char_boundary(before, before.len().saturating_sub(80))..];
    // (A customer's noun first: this is asked of every sum.)
    if !NOUNS.is_match(tail) {
        return false;
    }
    let words: Vec<&str> = tail
        .split_whitespace()
        .rev()
        .take(7)
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .collect();
    // `words` runs backwards from the figure: a tier verb, then the noun.
    let Some(k) = words.iter().position(|w| {
        listed(
            w,
            &[
                "with",
                "spending",
                "paying",
                "generating",
                "contributing",
                "contracting",
            ],
        )
        .is_some()
    }) else {
        return false;
    };
    words
        .get(k + 1)
        .is_some_and(|w| listed(w, TIER_NOUNS).is_some())
}

/// What a tier of customers counts.
const TIER_NOUNS: &[&str] = &[
    "customers",
    "clients",
    "accounts",
    "users",
    "enterprises",
    "organizations",
    "organisations",
    "brands",
    "partners",
];

/// Whether a sum is an exchange rate: "145 yen to the dollar", "an
/// exchange rate of about 150 yen". `before` is the sentence up to the
/// figure, `after` the rest of it.
pub(super) fn exchange_rate(before: &str, after: &str) -> bool {
    let after = after.trim_start();
    let tail =
        &before[crate::numbers::floor_char_boundary(before, before.len().saturating_sub(36))..];
    [
        "to the dollar",
        "to the U.S. dollar",
        "to the US dollar",
        "per dollar",
        "per U.S. dollar",
        "to the euro",
        "per euro",
        "to the pound",
        "to the greenback",
        "against the dollar",
        "against the euro",
    ]
    .iter()
    .any(|p| after.starts_with(p))
        || (tail.contains("rate of") && tail.to_ascii_lowercase().contains("exchange rate of"))
}

/// Whether a sum totals many deals, an industry's tally: "announced
/// deals totaling more than $120 billion", "deals worth $5 billion or
/// more", "M&A has totalled more than $70 billion" (a plural deal noun
/// or "M&A" among the five words before the figure).
/// The caller checks that no company is named in the sentence.
pub(super) fn deals_tallied(before: &str) -> bool {
    let tail =
        &before[crate::numbers::floor_char_boundary(before, before.len().saturating_sub(60))..];
    // (Five words: "Security software M&A has totalled more than".)
    tail.split_whitespace().rev().take(5).any(|w| {
        listed(
            w.trim_matches(|c: char| !c.is_alphanumeric()),
            &[
                "deals",
                "acquisitions",
                "transactions",
                "takeovers",
                "mergers",
                "IPOs",
                "listings",
                "offerings",
                "buyouts",
                "M&A",
                "dealmaking",
                "deal-making",
            ],
        )
        .is_some()
    })
}

/// Words before "rate" that make it the price of money or a measure of
/// an economy: "its benchmark Selic rate at 15%", "cut its key rate to
/// 7.25%", "the jobless rate".
const RATE_KINDS: &[&str] = &[
    "interest",
    "key",
    "policy",
    "benchmark",
    "selic",
    "repo",
    "bank",
    "base",
    "jobless",
    "unemployment",
    "mortgage",
    "lending",
    "deposit",
    "overnight",
    "funds",
    "cash",
    "prime",
    "coupon",
    "borrowing",
    "discount",
    "inflation",
];

/// How far before a percentage its rate's words are read, in bytes.
const RATE_REACH: usize = 160;

/// Whether the percentage is a rate of interest, a yield or inflation
/// ("notes yielding 7.1%", "at a yield of 6.05%", "held its benchmark
/// Selic rate at 15%", "inflation slowed to 4.5%", a tranche "at a rate of
/// 9.2%"): the price of money or an economy's measure, which no predicate
/// of a company's fits. Read in the figure's clause, its last ten words.
pub(super) fn rate_or_yield(sentence_before: &str) -> bool {
    // Its last bytes only: every percentage asks, and a sentence may be
    // long.
    let from = crate::numbers::floor_char_boundary(
        sentence_before,
        sentence_before.len().saturating_sub(RATE_REACH),
    );
    let before = &sentence_before[from..];
    let clause = before
        .rsplit([',', ';', ':', '(', '—'])
        .next()
        .unwrap_or(before);
    let words: Vec<&str> = clause.split_whitespace().rev().take(10).collect();
    words.iter().enumerate().any(|(k, w)| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        if listed(w, &["yield", "yields", "yielding", "coupon", "inflation"]).is_some() {
            return true;
        }
        if listed(w, &["rate", "rates"]).is_none() {
            return false;
        }
        // `words` runs backwards: the word before "rate" is at k + 1.
        let kind = words
            .get(k + 1)
            .map(|p| p.trim_matches(|c: char| !c.is_alphanumeric()))
            .is_some_and(|p| listed(p, RATE_KINDS).is_some());
        let coupon = words
            .get(k + 1)
            .is_some_and(|p| listed(p, &["a", "the"]).is_some())
            && before.split_whitespace().any(|w| {
                listed(
                    w.trim_matches(|c: char| !c.is_alphanumeric()),
                    super::predicate::DEBT_WORDS,
                )
                .is_some()
            });
        kind || coupon
    })
}

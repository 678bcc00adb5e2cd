//! Quantities: a numeral from [`crate::numbers`] with what it measures or
//! counts.
//!
//! * a measurement unit, normalized to its symbol: `4 gigawatts` and `4GW`
//!   are GW, `500 MW`, `128 GB`, `2 exaflops`, `a 3nm process`, `a
//!   1-gigawatt campus`; pounds of weight, `300 million lbs`, `3.4
//!   billion pounds` of copper (sterling is money, see `money`);
//! * a counted noun, up to four modifiers after the numeral: the surface
//!   text runs to the noun (`30,000 corporate roles`, `3.2 million US
//!   households`, `a dozen current and former senior employees`) and the
//!   unit is the plural noun in lower case, as SPEC.md writes units of
//!   things counted (`roles`, `households`, `people`; a compound noun
//!   whole: `38 data centers` -> `data centers`); a model's designation
//!   counts as one modifier (`300 more Boeing 737 MAX 10 jets`), and a
//!   place with dots as a word (`1.6 million U.S. workers`); acronyms and camel-case
//!   names keep their case (`1mn TPUs` -> `TPUs`, `iPhones`) and a
//!   spelled-out chip class becomes its acronym (`Tensor Processing Units`
//!   -> `TPUs`);
//! * `of` with a determiner may sit between (`one million of its Tensor
//!   Processing Units`), and vague amounts take `of` (`hundreds of thousands
//!   of Trainium2 chips`, with their bounds);
//! * a bare numeral takes the unit of the figure it is a part of (`30,000 of
//!   about 350,000 corporate roles`: `30,000` is roles too), and a bare low
//!   end joins its high end into a range (`2 to 3 GW`, `500-1,000 staff`);
//! * the qualifier before ("nearly", "more than") or after ("or more",
//!   "+") is read by the shared grammar and kept out of the surface text.
//!
//! Never quantities: years, model numbers after a name (`Maia 100`, `Day
//! 2`), date parts (`2023-09`), money, percentages, durations (`three
//! years`, `30-Second`), list numbers and numerals with nothing counted
//! after them (`collected in 32m`). The table of cases at the end of this
//! file is both the documentation and the test.

use rust_decimal::Decimal;

use super::{table, Candidate, Context};
use crate::affix;
use crate::analysis::{Qualifier, Quantity, Value};
use crate::numbers::{self, Form, Numeral};

/// Unit words (matched ignoring case) and their symbol, longest first.
const UNIT_WORDS: &[(&str, &str)] = &[
    ("gigawatt-hours", "GWh"),
    ("gigawatt-hour", "GWh"),
    ("gigawatt hours", "GWh"),
    ("megawatt-hours", "MWh"),
    ("megawatt-hour", "MWh"),
    ("megawatt hours", "MWh"),
    ("kilowatt-hours", "kWh"),
    ("kilowatt-hour", "kWh"),
    ("kilowatt hours", "kWh"),
    ("terawatt-hours", "TWh"),
    ("terawatt-hour", "TWh"),
    ("terawatt hours", "TWh"),
    ("gigawatts", "GW"),
    ("gigawatt", "GW"),
    ("megawatts", "MW"),
    ("megawatt", "MW"),
    ("kilowatts", "kW"),
    ("kilowatt", "kW"),
    ("terawatts", "TW"),
    ("terawatt", "TW"),
    ("gigabytes", "GB"),
    ("gigabyte", "GB"),
    ("terabytes", "TB"),
    ("terabyte", "TB"),
    ("petabytes", "PB"),
    ("petabyte", "PB"),
    ("megabytes", "MB"),
    ("megabyte", "MB"),
    ("exabytes", "EB"),
    ("exabyte", "EB"),
    ("exaflops", "exaflops"),
    ("exaflop", "exaflops"),
    ("petaflops", "petaflops"),
    ("petaflop", "petaflops"),
    ("teraflops", "teraflops"),
    ("teraflop", "teraflops"),
    ("gigahertz", "GHz"),
    ("megahertz", "MHz"),
    ("nanometers", "nm"),
    ("nanometer", "nm"),
    ("nanometres", "nm"),
    ("nanometre", "nm"),
    ("square feet", "sq ft"),
    ("square foot", "sq ft"),
    ("square metres", "sq m"),
    ("square meters", "sq m"),
    ("square metre", "sq m"),
    ("square meter", "sq m"),
    ("square kilometres", "sq km"),
    ("square kilometers", "sq km"),
    ("kilometres", "km"),
    ("kilometers", "km"),
    ("kilometre", "km"),
    ("kilometer", "km"),
    ("kilograms", "kg"),
    ("kilogram", "kg"),
    // Oil output is a rate: "9 million barrels per day" is 9 million bpd.
    ("barrels of oil equivalent per day", "boe/d"),
    ("barrels of oil equivalent a day", "boe/d"),
    ("barrels of oil per day", "bpd"),
    ("barrels of oil a day", "bpd"),
    ("barrels per day", "bpd"),
    ("barrels a day", "bpd"),
    // Hashrate: bitcoin miners report their computing power.
    ("exahashes per second", "EH/s"),
    ("exahash per second", "EH/s"),
    ("petahashes per second", "PH/s"),
    ("terahashes per second", "TH/s"),
];

/// Unit symbols (matched with their case) and their normal form.
const UNIT_SYMBOLS: &[(&str, &str)] = &[
    ("EFLOPS", "exaflops"),
    ("exaFLOPS", "exaflops"),
    ("PFLOPS", "petaflops"),
    ("petaFLOPS", "petaflops"),
    ("TFLOPS", "teraflops"),
    ("Gbps", "Gbps"),
    ("Tbps", "Tbps"),
    ("Mbps", "Mbps"),
    ("GWh", "GWh"),
    ("MWh", "MWh"),
    ("kWh", "kWh"),
    ("TWh", "TWh"),
    ("GHz", "GHz"),
    ("MHz", "MHz"),
    ("GW", "GW"),
    ("MW", "MW"),
    ("kW", "kW"),
    ("KW", "kW"),
    ("TW", "TW"),
    ("GB", "GB"),
    ("TB", "TB"),
    ("PB", "PB"),
    ("MB", "MB"),
    ("EB", "EB"),
    ("nm", "nm"),
    ("sq ft", "sq ft"),
    ("sq m", "sq m"),
    ("sq km", "sq km"),
    ("km", "km"),
    ("kg", "kg"),
    ("TEUs", "TEU"),
    ("TEU", "TEU"),
    ("boe/d", "boe/d"),
    ("boepd", "boe/d"),
    ("bpd", "bpd"),
    ("b/d", "bpd"),
    ("EH/s", "EH/s"),
    ("PH/s", "PH/s"),
    ("TH/s", "TH/s"),
];

/// Spelled-out chip classes and the acronym used as their unit.
const EXPANSIONS: &[(&str, &str)] = &[
    ("tensor processing units", "TPU"),
    ("graphics processing units", "GPU"),
    ("central processing units", "CPU"),
    ("neural processing units", "NPU"),
    ("data processing units", "DPU"),
    ("language processing units", "LPU"),
    ("intelligence processing units", "IPU"),
];

/// Words that end the search for a counted noun: function words, and nouns
/// that make the figure something else (a duration, money, a percentage).
const STOP_WORDS: &[&str] = &[
    "a",
    "an",
    "the",
    "of",
    "in",
    "on",
    "at",
    "to",
    "for",
    "from",
    "by",
    "with",
    "without",
    "than",
    "as",
    "per",
    "that",
    "which",
    "who",
    "whom",
    "whose",
    "this",
    "these",
    "those",
    "its",
    "their",
    "his",
    "her",
    "our",
    "your",
    "my",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "has",
    "have",
    "had",
    "will",
    "would",
    "could",
    "should",
    "may",
    "might",
    "can",
    "must",
    "do",
    "does",
    "did",
    "not",
    "no",
    "also",
    "only",
    "just",
    "over",
    "under",
    "across",
    "among",
    "within",
    "throughout",
    "between",
    "via",
    "about",
    "after",
    "before",
    "during",
    "since",
    "until",
    "into",
    "through",
    "while",
    "when",
    "where",
    "if",
    "but",
    "so",
    "yet",
    "says",
    "said",
    "say",
    "told",
    "according",
    "percent",
    "pct",
    "cent",
    "times",
    "fold",
    "points",
    "point",
    "basis",
    "bps",
    "year",
    "years",
    "month",
    "months",
    "week",
    "weeks",
    "day",
    "days",
    "hour",
    "hours",
    "minute",
    "minutes",
    "second",
    "seconds",
    "quarter",
    "quarters",
    "decade",
    "decades",
    "night",
    "nights",
    "weekend",
    "weekends",
    "dollars",
    "dollar",
    "euros",
    "euro",
    "pounds",
    "yen",
    "yuan",
    "cents",
    "pence",
    "rupees",
    "won",
    "riyals",
    "dirhams",
    "ringgit",
    "baht",
    "rupiah",
    "reais",
    "rubles",
    "roubles",
    "kronor",
    "kroner",
    "crowns",
    "zloty",
    "francs",
    "bucks",
    "ago",
    "earlier",
    "later",
    "each",
    "apiece",
    "a-year",
    "annually",
    // Conjunctions open a clause: "to 5,000 from 9,000 because AI agents".
    "because",
    "although",
    "though",
    "unless",
    "whereas",
];

/// Words ending in "s" that are no plural nouns.
const NOT_PLURAL: &[&str] = &[
    "its",
    "this",
    "has",
    "was",
    "does",
    "is",
    "as",
    "us",
    "yes",
    "always",
    "perhaps",
    "sometimes",
    "whereas",
    "besides",
    "across",
    "plus",
    "less",
    "unless",
    "news",
    "series",
    "species",
    "makes",
    "takes",
    "gets",
    "means",
    "seems",
    "remains",
    "becomes",
    "includes",
    "comes",
    "looks",
    "needs",
    "wants",
    "uses",
    "adds",
    "sees",
    "goes",
    "plans",
    "expects",
    "aims",
    "hopes",
    "gives",
    "thanks",
    "afterwards",
    "towards",
    "nevertheless",
    "overseas",
];

/// Plurals that do not end in "s", and collective nouns counted as such.
const IRREGULAR: &[(&str, &str)] = &[
    // Plurals in "-is", which the rule below leaves to "analysis", "basis".
    ("taxis", "taxi"),
    ("robotaxis", "robotaxi"),
    ("people", "person"),
    ("men", "man"),
    ("women", "woman"),
    ("children", "child"),
    ("staff", "staff"),
    ("personnel", "personnel"),
    ("workforce", "workforce"),
    ("mice", "mouse"),
    ("aircraft", "aircraft"),
    ("spacecraft", "spacecraft"),
    // Coins mined or held: "mined 573 bitcoin", "1,176 BTC".
    ("bitcoin", "bitcoin"),
    ("BTC", "BTC"),
    ("ether", "ether"),
];

/// Determiners that may follow "of" in "one million of its chips".
const DETERMINERS: &[&str] = &[
    "its", "their", "the", "our", "his", "her", "these", "those", "all", "your",
];

/// The most modifiers between a numeral and its counted noun.
const MAX_MODIFIERS: usize = 4;

/// Recognizes every quantity in the context.
pub fn recognize(ctx: &Context<'_>, out: &mut Vec<Candidate>) {
    let text = ctx.text;
    let nums = ctx.numerals;
    indefinite_power(text, out);
    let mut found: Vec<Option<Found>> = nums.iter().map(|n| quantity(text, n)).collect();
    for (i, n) in nums.iter().enumerate() {
        if let Some(f) = &found[i] {
            out.push(candidate(text, n, f));
            // "5 GW to 10 GW", "between 2 million and 3 million homes":
            // a range that writes its unit twice is one mention too.
            if let (Some(high), Some(Some(hf))) = (nums.get(i + 1), found.get(i + 1)) {
                if let Some(c) = unit_range(text, n, f, high, hf) {
                    out.push(c);
                }
            }
            continue;
        }
        if !eligible(text, n) || n.form == Form::Vague {
            continue;
        }
        // "reduce its headcount to 75,000", "a workforce of roughly
        // 61,000": a bare count of a workforce is of its employees.
        if let Some(f) = workforce_count(text, n) {
            out.push(candidate(text, n, &f));
            continue;
        }
        // "Paid subs: 312.4M", "MAU: 748M": a digest's label names what a
        // bare count counts.
        // (Each kept for the counts after it to borrow its unit from: "up
        // from 325 million".)
        if let Some(f) = labelled_count(text, n) {
            out.push(candidate(text, n, &f));
            found[i] = Some(f);
            continue;
        }
        // "| Liberty, N.C. | Toyota | 30 | 5,000 |" under "| Plant |
        // Operator | Capacity (GWh) | Jobs |": a table's cell counts what
        // its column's header names.
        if let Some(f) = column_count(text, n) {
            out.push(candidate(text, n, &f));
            continue;
        }
        // "room nights booked rose 7% to 323 million": a bare count the
        // clause's noun names.
        if let Some(f) = measured_count(text, n) {
            out.push(candidate(text, n, &f));
            found[i] = Some(f);
            continue;
        }
        // "cut 6,000 jobs in May and 9,000 in July": the unit of the
        // quantity it is coordinated with.
        if let Some(Some(pf)) = i.checked_sub(1).map(|k| &found[k]) {
            if elided(text, pf.end, n) && !is_year(n) {
                out.push(candidate(text, n, &borrowed(n, pf, "quantity.elided")));
                continue;
            }
        }
        // "jumped to 312,000 vehicles in the quarter, from 118,000 a year
        // earlier": a baseline counts what its figure counts.
        if let Some(pf) = found[..i].iter().rev().take(2).flatten().next() {
            if baseline_of(text, pf.end, n) && !is_year(n) {
                out.push(candidate(text, n, &borrowed(n, pf, "quantity.baseline")));
                continue;
            }
        }
        // "cleared 70,000 Nvidia chips for Humain, and approval for 35,000
        // more", "another 5,000 in June": the unit of the quantity before.
        if let Some(pf) = found[..i].iter().rev().take(4).flatten().next() {
            if more_of(text, pf.end, n) && !is_year(n) {
                out.push(candidate(text, n, &borrowed(n, pf, "quantity.more")));
                continue;
            }
        }
        let (Some(high), Some(Some(hf))) = (nums.get(i + 1), found.get(i + 1)) else {
            continue;
        };
        if let Some(c) = range(text, n, high, hf) {
            out.push(c);
        } else if partitive(text, n, high) {
            out.push(candidate(text, n, &borrowed(n, hf, "quantity.partitive")));
        }
    }
}

/// Labels of a digest's line that name what the count after them counts,
/// and the unit they give it.
const COUNT_LABELS: &[(&str, &str)] = &[
    ("subs", "subscribers"),
    ("subscribers", "subscribers"),
    ("members", "members"),
    ("memberships", "members"),
    ("MAU", "users"),
    ("MAUs", "users"),
    ("DAU", "users"),
    ("DAUs", "users"),
    ("users", "users"),
    ("customers", "customers"),
    ("deliveries", "vehicles"),
    ("shipments", "units"),
];

/// How far before a count its label is read.
const LABEL_REACH: usize = 48;

/// Nouns of what companies count, as a clause's subject before a bare
/// count: "room nights booked through its platforms rose 7% to 323
/// million", "cumulative sales of the console reached 18.68 million".
/// Sales with no currency are units sold.
const COUNTED_NOUNS: &[(&str, &str)] = &[
    ("subscribers", "subscribers"),
    ("subscriptions", "subscriptions"),
    ("users", "users"),
    ("customers", "customers"),
    ("members", "members"),
    ("memberships", "memberships"),
    ("accounts", "accounts"),
    ("listeners", "listeners"),
    ("viewers", "viewers"),
    ("passengers", "passengers"),
    ("visitors", "visitors"),
    ("downloads", "downloads"),
    ("devices", "devices"),
    ("consoles", "consoles"),
    ("smartphones", "smartphones"),
    ("handsets", "handsets"),
    ("vehicles", "vehicles"),
    ("cars", "cars"),
    ("deliveries", "deliveries"),
    ("shipments", "shipments"),
    ("units", "units"),
    ("nights", "nights"),
    ("rooms", "rooms"),
    ("stores", "stores"),
    ("flights", "flights"),
    ("trips", "trips"),
    ("rides", "rides"),
    ("orders", "orders"),
    ("transactions", "transactions"),
    ("sales", "units"),
];

/// Words after a bare count that leave it without a noun of its own.
const AFTER_BARE_COUNT: &[&str] = &[
    "in",
    "at",
    "on",
    "from",
    "by",
    "as",
    "last",
    "this",
    "during",
    "for",
    "after",
    "before",
    "while",
    "and",
    "but",
    "since",
    "compared",
    "versus",
    "up",
    "down",
    "with",
    "over",
    "through",
    "a",
    "an",
    "the",
    "year",
    "quarter",
    "globally",
    "worldwide",
];

/// Words right before a bare count that make it a level reached.
const BEFORE_BARE_COUNT: &[&str] = &[
    "to",
    "of",
    "at",
    "reached",
    "reach",
    "top",
    "tops",
    "topped",
    "hit",
    "hits",
    "totaled",
    "totalled",
    "total",
    "totals",
    "surpassed",
    "passed",
    "exceeded",
    "was",
    "were",
];

/// A bare count of a thousand or more that the noun opening its clause
/// names ("bookings rose 9% to 134.2 million in the quarter"): the count
/// stands after a word of level ("to", "reached", "of") and before no noun
/// of its own, and the noun is at most twelve words before it, in the
/// same clause.
fn measured_count(text: &str, n: &Numeral) -> Option<Found> {
    if !matches!(n.form, Form::Digits | Form::Words) || is_year(n) || n.value < Decimal::from(1000)
    {
        return None;
    }
    let rest = &text[n.end..];
    let next_ok = match rest.strip_prefix(' ') {
        Some(r) => {
            let w = r.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
            AFTER_BARE_COUNT.iter().any(|a| a.eq_ignore_ascii_case(w))
        }
        None => rest.is_empty() || rest.starts_with(['.', ',', ';', ')', '\n']),
    };
    if !next_ok {
        return None;
    }
    let at = numbers::qualifier_start(text, n.start);
    let before = &text[numbers::floor_char_boundary(text, at.saturating_sub(120))..at];
    let clause = before
        .rsplit([',', ';', '.', ':', '\n'])
        .next()
        .unwrap_or(before);
    let mut words = clause.split_whitespace().rev();
    let level = words
        .next()
        .is_some_and(|w| BEFORE_BARE_COUNT.iter().any(|b| b.eq_ignore_ascii_case(w)));
    if !level {
        return None;
    }
    let unit = words.take(12).find_map(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        COUNTED_NOUNS
            .iter()
            .find(|(noun, _)| noun.eq_ignore_ascii_case(w))
            .map(|&(_, unit)| unit)
    })?;
    Some(found(n.end, unit, "quantity.measured"))
}

/// A bare count after a label of its line that says what it counts:
/// "Paid subs: 312.4M", "MAU: 748M", "Deliveries: 497k". Counts of a
/// thousand or more, so "Q3: 5" or a list's "Step 2: 3" are none.
fn labelled_count(text: &str, n: &Numeral) -> Option<Found> {
    if is_year(n) || n.value < Decimal::from(1000) {
        return None;
    }
    let at = numbers::qualifier_start(text, n.start);
    let from = numbers::floor_char_boundary(text, at.saturating_sub(LABEL_REACH));
    let before = text[from..at].trim_end_matches([' ', '~', '≈']);
    let label = before.strip_suffix(':')?;
    let label = &label[label.rfind('\n').map_or(0, |i| i + 1)..];
    let word = label
        .rsplit(|c: char| !c.is_alphanumeric())
        .find(|w| !w.is_empty())?;
    let unit = COUNT_LABELS
        .iter()
        .find(|(l, _)| l.eq_ignore_ascii_case(word))?
        .1;
    Some(Found {
        end: n.end,
        unit: unit.to_string(),
        rule: "quantity.labelled",
    })
}

/// Workforce nouns a table's column header may count by.
const STAFF_NOUNS: &[&str] = &["jobs", "employees", "staff", "workers", "headcount"];

/// How many rows above a table cell its header row is looked for.
const MAX_COLUMN_ROWS: usize = 50;

/// How long a table row may be and still be read as one.
const MAX_ROW_BYTES: usize = 600;

/// A bare numeral that fills a pipe table's cell, counted by the unit its
/// column's header names: "Capacity (GWh)", "MW", "Jobs (target)",
/// "Stores". The header is the row above the `|---|` separator; a unit in
/// parentheses is read before the header's other words.
fn column_count(text: &str, n: &Numeral) -> Option<Found> {
    if is_year(n) || !matches!(n.form, Form::Digits) {
        return None;
    }
    // The cell holds the numeral alone (a cheap look before any line is read).
    let before = text[..n.start].trim_end_matches(' ');
    let after = text[n.end..].trim_start_matches(' ');
    if !before.ends_with('|') || !after.starts_with('|') {
        return None;
    }
    let (start, end) = table::line_within(text, n.start, MAX_ROW_BYTES)?;
    let cells = table::table_cells(&text[start..end])?;
    let column = cells
        .iter()
        .position(|&(a, b)| start + a <= n.start && n.end <= start + b)?;
    // Up through the rows to the separator; the header is the row above it.
    let mut above = start.checked_sub(1)?;
    for _ in 0..MAX_COLUMN_ROWS {
        let (s, e) = table::line_within(text, above, MAX_ROW_BYTES)?;
        let row = &text[s..e];
        if table::is_separator(row, &table::table_cells(row)?) {
            let (hs, he) = table::line_within(text, s.checked_sub(1)?, MAX_ROW_BYTES)?;
            let header = &text[hs..he];
            let (a, b) = *table::table_cells(header)?.get(column)?;
            return header_unit(&header[a..b]).map(|unit| Found {
                end: n.end,
                unit: unit.to_string(),
                rule: "quantity.column",
            });
        }
        above = s.checked_sub(1)?;
    }
    None
}

/// The unit a table column's header names, its parenthesis first:
/// "Capacity (GWh)" is GWh, "Jobs (target)" jobs.
fn header_unit(cell: &str) -> Option<&'static str> {
    let (inside, outside) = match (cell.find('('), cell.find(')')) {
        (Some(a), Some(z)) if a < z => (&cell[a + 1..z], cell),
        _ => ("", cell),
    };
    [inside, outside].into_iter().find_map(|part| {
        part.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .find_map(|w| {
                let symbol = UNIT_SYMBOLS.iter().find(|(s, _)| *s == w).map(|&(_, u)| u);
                symbol
                    .or_else(|| {
                        UNIT_WORDS
                            .iter()
                            .find(|(s, _)| s.eq_ignore_ascii_case(w))
                            .map(|&(_, u)| u)
                    })
                    .or_else(|| {
                        COUNTED_NOUNS
                            .iter()
                            .find(|(s, _)| s.eq_ignore_ascii_case(w))
                            .map(|&(_, u)| u)
                    })
                    .or_else(|| {
                        STAFF_NOUNS
                            .iter()
                            .find(|s| s.eq_ignore_ascii_case(w))
                            .copied()
                    })
            })
    })
}

/// A bare numeral `n` counting what another quantity counts: its unit.
fn borrowed(n: &Numeral, from: &Found, rule: &'static str) -> Found {
    Found {
        end: n.end,
        unit: from.unit.clone(),
        rule,
    }
}

/// "a gigawatt", "well over a gigawatt", "half a gigawatt", "one and a
/// half gigawatts": power written without a numeral. Found where "watt"
/// stands (a memchr search), so text without it costs nothing more.
fn indefinite_power(text: &str, out: &mut Vec<Candidate>) {
    for at in memchr::memmem::find_iter(text.as_bytes(), b"watt") {
        // The unit word holding this "watt", and its symbol.
        let Some((start, end, unit)) = power_word_at(text, at) else {
            continue;
        };
        let before = &text[..start];
        let (amount, from) = if affix::ends_with_ignore_case(before, "one and a half ") {
            (Decimal::new(15, 1), start - "one and a half ".len())
        } else if affix::ends_with_ignore_case(before, "half a ") {
            (Decimal::new(5, 1), start - "half a ".len())
        } else if affix::ends_with_ignore_case(before, " a ")
            || affix::ends_with_ignore_case(before, " an ")
        {
            let article = if affix::ends_with_ignore_case(before, " a ") {
                2
            } else {
                3
            };
            (Decimal::ONE, start - article)
        } else {
            continue;
        };
        let qualifier = numbers::qualifier_before(text, from).map_or(Qualifier::Exact, |(q, _)| q);
        let value = Quantity {
            amount,
            unit: unit.to_string(),
            qualifier,
            amount_max: None,
            vague: None,
        };
        out.push(Candidate::new(
            from,
            end,
            Value::Quantity(value),
            "quantity.indefinite",
        ));
    }
}

/// The power unit word ("gigawatt", "megawatts") whose "watt" is at `at`:
/// its bounds and symbol.
fn power_word_at(text: &str, at: usize) -> Option<(usize, usize, &'static str)> {
    // The singular power words of the unit table: "gigawatt" is "giga".
    let (prefix, unit) = UNIT_WORDS.iter().find_map(|&(word, unit)| {
        let prefix = word.strip_suffix("watt")?;
        affix::ends_with_ignore_case(&text[..at], prefix).then_some((prefix, unit))
    })?;
    let start = at - prefix.len();
    let after = &text[at + 4..];
    // Singular for "a", plural after "one and a half"; not "gigawatt-hours".
    let len = if after.starts_with('s') { 5 } else { 4 };
    let rest = &text[at + len..];
    let hours = affix::starts_with_ignore_case(rest, "-hour")
        || affix::starts_with_ignore_case(rest, " hour");
    if hours || !word_end(rest) || text[..start].ends_with(|c: char| c.is_alphanumeric()) {
        return None;
    }
    Some((start, at + len, unit))
}

/// What stands after a numeral: where the quantity ends and its unit.
#[derive(Debug, Clone)]
struct Found {
    end: usize,
    unit: String,
    rule: &'static str,
}

fn candidate(text: &str, n: &Numeral, f: &Found) -> Candidate {
    let (qualifier, amount_max, vague) = match n.form {
        Form::Vague => (Qualifier::Range, n.max, n.vague.clone()),
        _ => (numbers::qualifier_around(text, n.start, n.end), None, None),
    };
    let value = Quantity {
        amount: n.value.normalize(),
        unit: f.unit.clone(),
        qualifier,
        amount_max: amount_max.map(|m| m.normalize()),
        vague,
    };
    Candidate::new(n.start, f.end, Value::Quantity(value), f.rule)
}

/// The quantity built on numeral `n` alone, if a unit or counted noun
/// follows it.
fn quantity(text: &str, n: &Numeral) -> Option<Found> {
    if !eligible(text, n) {
        return None;
    }
    if let Some(f) = measured(text, n) {
        return Some(f);
    }
    if is_year(n) {
        return None;
    }
    counted(text, n)
}

/// Whether numeral `n` can be a quantity at all: no ordinal, multiplier,
/// "multibillion", money, model number or date part.
fn eligible(text: &str, n: &Numeral) -> bool {
    if matches!(n.form, Form::Ordinal) || n.times || n.multi {
        return false;
    }
    let before = &text[..n.start];
    let trimmed = before.trim_end_matches([' ', '\u{a0}']);
    if trimmed
        .chars()
        .next_back()
        .is_some_and(|c| matches!(c, '$' | '€' | '£' | '¥' | '₹' | '₩' | '₽' | '₺' | '₣' | '#'))
    {
        return false;
    }
    let code = last_token(trimmed);
    if ["USD", "EUR", "GBP", "JPY", "CNY", "RMB", "INR", "Rs", "Rs."].contains(&code) {
        return false;
    }
    // "24/7", "10:30", "2023-09".
    if let Some(c) = before.chars().next_back() {
        if matches!(c, '/' | ':') {
            return false;
        }
        if c == '-' {
            // "2023-09" is a date, "COVID-19" and "F-35" are names.
            let prev = last_token(&before[..before.len() - 1]);
            let year = prev.len() == 4 && prev.chars().all(|d| d.is_ascii_digit());
            // ("1.8 million-2.0 million tonnes": a range's low end's scale.)
            let scale = [
                "thousand", "million", "billion", "trillion", "mln", "bln", "trln", "mn", "bn",
            ]
            .iter()
            .any(|w| prev.eq_ignore_ascii_case(w));
            if year || (!scale && prev.chars().next_back().is_some_and(char::is_alphabetic)) {
                return false;
            }
        }
    }
    if text[n.end..].starts_with(['/', ':']) {
        return false;
    }
    // "1 in 4 Americans", "nine in ten executives" is a share (see
    // `percent`), not four Americans.
    if let Some(rest) = before.strip_suffix(" in ") {
        let prev = last_token(rest);
        if prev.chars().all(|c| c.is_ascii_digit()) && !prev.is_empty()
            || matches!(
                prev.to_ascii_lowercase().as_str(),
                "one" | "two" | "three" | "four" | "five" | "six" | "seven" | "eight" | "nine"
            )
        {
            return false;
        }
    }
    // "$2-3bn cheques", "€5 to 7 billion contracts": the high end of a
    // range of money is money, not a count of the noun after it.
    let money_low = ["-", "–", " to ", " and "]
        .iter()
        .find_map(|c| before.strip_suffix(c))
        .is_some_and(|rest| {
            let low = last_token(rest);
            let ahead = &rest[..rest.len() - low.len()];
            low.ends_with(|c: char| c.is_ascii_digit())
                && (ahead.ends_with(['$', '€', '£', '¥', '₹', '₩'])
                    || ["USD", "EUR", "GBP", "INR", "Rs", "Rs."]
                        .contains(&last_token(ahead.trim_end())))
        });
    if money_low {
        return false;
    }
    let version_like = n.form == Form::Digits && n.magnitude.is_none() && !n.thousands_sep;
    // ("Meta Expects to Bring 1GW Prometheus Cluster Online": a unit says
    // it is a measure, whatever a title's capitals say.)
    !(version_like && after_name(before) && measured(text, n).is_none())
}

/// "Maia 100", "Windows 11", "Day 2", "Gemini 2.0": a bare integer or
/// decimal right after a capitalized word is a model or version number,
/// unless that word is a
/// function word or qualifier ("The 500 largest", "About 300 staff").
fn after_name(before: &str) -> bool {
    let Some(rest) = before.strip_suffix(' ') else {
        return false;
    };
    let word = last_token(rest);
    // "Maia", "iPhone", "eBay": a capital anywhere makes it a name.
    if !word.chars().any(char::is_uppercase) {
        return false;
    }
    let lower = word.to_ascii_lowercase();
    !(is_stop(word)
        || matches!(
            lower.as_str(),
            "top" | "all" | "another" | "some" | "nearly"
        )
        || numbers::qualifier_before(before, before.len()).is_some())
}

fn is_year(n: &Numeral) -> bool {
    n.is_plain_integer()
        && n.end - n.start == 4
        && n.value >= Decimal::from(1900)
        && n.value <= Decimal::from(2100)
}

/// A measurement unit after the numeral: glued ("4GW"), after a space or a
/// hyphen ("4 gigawatts", "1-gigawatt"), or after "of" for vague amounts
/// ("hundreds of megawatts").
fn measured(text: &str, n: &Numeral) -> Option<Found> {
    if n.form != Form::Vague {
        if let Some(sym) = numbers::glued_unit(text, n.end) {
            let unit = UNIT_SYMBOLS.iter().find(|(s, _)| *s == sym)?.1;
            return Some(found(n.end + sym.len(), unit, "quantity.unit"));
        }
    }
    let rest = &text[n.end..];
    let (body, gap) = if n.is_plural_vague() {
        (rest.strip_prefix(" of ")?, 4)
    } else {
        let body = rest
            .strip_prefix(' ')
            .or_else(|| rest.strip_prefix('\u{a0}'))
            .or_else(|| rest.strip_prefix('-'))?;
        (body, rest.len() - body.len())
    };
    let start = n.end + gap;
    if body.len() >= 2 && !is_year(n) {
        if let Some(len) = pounds_word(body) {
            // "300 million lbs"; "3.4 billion pounds" of copper, not sterling.
            let lb = body[..2].eq_ignore_ascii_case("lb");
            if lb || super::money::pounds_of_weight(text, n.start, start + len) {
                return Some(found(start + len, "pounds", "quantity.unit"));
            }
        }
    }
    for &(word, unit) in UNIT_WORDS {
        if let Some(head) = body.get(..word.len()) {
            if head.eq_ignore_ascii_case(word) && word_end(&body[word.len()..]) {
                return Some(found(start + word.len(), unit, "quantity.unit"));
            }
        }
    }
    for &(sym, unit) in UNIT_SYMBOLS {
        if let Some(after) = body.strip_prefix(sym) {
            if word_end(after) {
                return Some(found(start + sym.len(), unit, "quantity.unit"));
            }
        }
    }
    None
}

/// The length of "pounds", "pound", "lbs" or "lb" opening `body` as a word.
fn pounds_word(body: &str) -> Option<usize> {
    if !matches!(body.as_bytes()[0], b'p' | b'P' | b'l' | b'L') {
        return None;
    }
    ["pounds", "pound", "lbs", "lb"].iter().find_map(|w| {
        let head = body.get(..w.len())?;
        (head.eq_ignore_ascii_case(w) && word_end(&body[w.len()..])).then_some(w.len())
    })
}

fn found(end: usize, unit: &str, rule: &'static str) -> Found {
    Found {
        end,
        unit: unit.to_string(),
        rule,
    }
}

/// Whether numeral `n` ends a model's designation: glued by a dash to a
/// word with letters ("A321-200") or to a larger number ("777-9").
fn ends_designation(text: &str, n: &Numeral) -> bool {
    let head = &text[..n.start];
    let Some(before) = head.strip_suffix('-') else {
        return false;
    };
    // (A designation is short: the word is read 16 bytes back at most.)
    let word_start = before
        .char_indices()
        .rev()
        .take(16)
        .take_while(|&(_, c)| c.is_ascii_alphanumeric())
        .last()
        .map_or(before.len(), |(i, _)| i);
    let word = &before[word_start..];
    if word.is_empty() || !word.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    if word.bytes().any(|b| b.is_ascii_alphabetic()) {
        return true;
    }
    word.parse::<Decimal>().is_ok_and(|low| low > n.value)
}

/// A counted noun after the numeral, with at most [`MAX_MODIFIERS`] words
/// between: "30,000 corporate roles", "one million of its Tensor Processing
/// Units", "hundreds of thousands of Trainium2 chips".
fn counted(text: &str, n: &Numeral) -> Option<Found> {
    // A plural noun counts more than one thing.
    if n.form != Form::Vague && n.value == Decimal::ONE {
        return None;
    }
    // A model's number after its dash counts nothing: "777-9 jets", "six
    // 787-9 Dreamliners", "A321-200s" (a range's high end, "10-12 jobs",
    // is above its low one and counts).
    if ends_designation(text, n) {
        return None;
    }
    let mut pos = match numbers::qualifier_after(text, n.end) {
        Some((_, end)) => end,
        None => n.end,
    };
    // ("cuts ~**1,200** support jobs": past markdown's emphasis closing
    // on the figure alone.)
    if let Some(rest) = text[pos..].strip_prefix("**") {
        if rest.starts_with(' ') {
            pos += 2;
        }
    }
    if let Some((s, e)) = token(text, pos).filter(|&(s, e)| text[s..e].eq_ignore_ascii_case("of")) {
        let _ = s;
        pos = e;
        if n.form != Form::Vague {
            // "one million of its chips": only with a determiner.
            let (ds, de) = token(text, pos)?;
            let det = &text[ds..de];
            let lower = det.to_ascii_lowercase();
            if !DETERMINERS.contains(&lower.as_str()) && !is_possessive(det) {
                return None;
            }
            pos = de;
        }
    } else if n.is_plural_vague() {
        return None;
    }
    let mut modifiers = 0;
    // The word before the noun, which may make a compound with it.
    let mut before: Option<&str> = None;
    loop {
        let (s, e) = token(text, pos)?;
        let tok = &text[s..e];
        if is_stop(tok) {
            return None;
        }
        if let Some((len, short)) = expansion_at(&text[s..]) {
            return Some(found(s + len, &format!("{short}s"), "quantity.counted"));
        }
        // Whether a capital opens the word after this one.
        let capital_next = || {
            token(text, e)
                .is_some_and(|(s2, _)| text[s2..].starts_with(|c: char| c.is_ascii_uppercase()))
        };
        // "2788 San Tomas Expressway": a capitalized word before another is
        // part of a name, not a counted noun.
        let in_name = tok.starts_with(|c: char| c.is_ascii_uppercase())
            && tok.bytes().any(|b| b.is_ascii_lowercase())
            && capital_next();
        if let Some(mut head) = plural_head(tok).filter(|_| !in_name) {
            let mut end = e;
            // "sales reps": a run of plural nouns ends at the last one.
            while let Some((s2, e2)) = token(text, end) {
                match plural_head(&text[s2..e2]) {
                    Some(next) if !is_stop(&text[s2..e2]) => {
                        head = next;
                        end = e2;
                    }
                    _ => break,
                }
            }
            // "the roughly 440,000 analysts had expected": the figure is
            // what the analysts expected, not a count of them.
            if modifiers == 0 && expected_by(text, &head.plural, end) {
                return None;
            }
            let mut unit = head.plural;
            // "38 data centers": a compound noun is the unit whole.
            if let Some(b) = before {
                let b = b.to_ascii_lowercase();
                if COMPOUND_UNITS.contains(&format!("{b} {}", head.singular).as_str()) {
                    unit = format!("{b} {unit}");
                }
            }
            return Some(Found {
                end,
                unit,
                rule: "quantity.counted",
            });
        }
        // "40 737 MAX jets", "400,000 3 Series sedans": a model number
        // before its capitalized name is a modifier; the count is the
        // figure before it.
        let digits = tok.bytes().all(|b| b.is_ascii_digit());
        // ("20 Boeing 787-10 Dreamliners", "15 737-10 narrowbodies": a
        // dashed model number.)
        let dashed = tok.starts_with(|c: char| c.is_ascii_digit())
            && tok.contains('-')
            && tok.bytes().all(|b| b.is_ascii_digit() || b == b'-');
        // "300 737 MAX 10 jets", "5 Model 3 cars": a number after a name
        // (not a year) is part of the model's designation, and no modifier
        // of its own ("300 more Boeing 737 MAX 10 jets").
        let designation = modifiers > 0
            && (digits || dashed)
            && before.is_some_and(|b| b.chars().any(|c| c.is_ascii_uppercase()))
            && !(tok.len() == 4 && (tok.starts_with("19") || tok.starts_with("20")));
        let model_number = modifiers == 0 && ((digits && capital_next()) || dashed);
        if modifiers >= MAX_MODIFIERS || !(model_number || designation || modifier(tok)) {
            return None;
        }
        if !designation {
            modifiers += 1;
        }
        before = Some(tok);
        pos = e;
    }
}

/// Whether forecasters after a figure expected it: "analysts had
/// expected", "economists forecast".
fn expected_by(text: &str, noun: &str, end: usize) -> bool {
    let forecasters = ["analysts", "economists", "strategists", "experts"];
    if !forecasters.iter().any(|f| f.eq_ignore_ascii_case(noun)) {
        return false;
    }
    let after = text[end..].trim_start();
    let mut words = after.split_whitespace().take(3);
    words.any(|w| {
        let w = w.trim_end_matches(|c: char| !c.is_alphabetic());
        [
            "expected",
            "expect",
            "forecast",
            "forecasted",
            "estimated",
            "projected",
            "predicted",
            "polled",
            "surveyed",
        ]
        .iter()
        .any(|v| v.eq_ignore_ascii_case(w))
    })
}

/// Compound nouns counted whole, as the unit (modifier and singular head):
/// their head alone ("center", "plant") would not say what is counted.
const COMPOUND_UNITS: &[&str] = &[
    "data center",
    "data centre",
    "power plant",
    "power station",
    "wind turbine",
    "solar panel",
    "credit card",
    "sales rep",
    "retail store",
    "server rack",
    "job cut",
];

/// The next word after exactly one space (or no-break space) at `pos`.
fn token(text: &str, pos: usize) -> Option<(usize, usize)> {
    let rest = text.get(pos..)?;
    let body = rest
        .strip_prefix(' ')
        .or_else(|| rest.strip_prefix('\u{a0}'))?;
    let start = pos + (rest.len() - body.len());
    let len = body
        .char_indices()
        .find(|&(_, c)| !(c.is_alphanumeric() || matches!(c, '-' | '\'' | '’' | '&')))
        .map_or(body.len(), |(i, _)| i);
    let word = body[..len].trim_end_matches(['-', '\'', '’']);
    // "U.S.", "U.K.", "U.S.-based": initials with their dots are one word.
    if word.len() == 1 && word.as_bytes()[0].is_ascii_uppercase() {
        let b = body.as_bytes();
        let mut k = 0;
        while k + 1 < b.len() && b[k].is_ascii_uppercase() && b[k + 1] == b'.' {
            k += 2;
        }
        if k >= 4 {
            if b.get(k) == Some(&b'-') && b.get(k + 1).is_some_and(u8::is_ascii_lowercase) {
                k += 1 + body[k + 1..]
                    .find(|c: char| !c.is_ascii_lowercase())
                    .unwrap_or(body.len() - k - 1);
            }
            return Some((start, start + k));
        }
    }
    (!word.is_empty()).then_some((start, start + word.len()))
}

fn is_stop(tok: &str) -> bool {
    // The words are lower case: comparing ignoring case spares a String.
    STOP_WORDS.iter().any(|w| w.eq_ignore_ascii_case(tok))
}

fn is_possessive(tok: &str) -> bool {
    tok.ends_with("'s") || tok.ends_with("’s")
}

/// A word that may stand between a numeral and its noun: an adjective,
/// name or acronym; not a possessive, a number, a past-tense verb or an
/// adverb ("said", "remarked bluntly").
fn modifier(tok: &str) -> bool {
    if is_possessive(tok) || !tok.chars().next().is_some_and(char::is_alphabetic) {
        return false;
    }
    let lower = tok.to_ascii_lowercase();
    // Adjectives of frequency end like adverbs: "800 million weekly active users".
    let frequency = matches!(
        lower.as_str(),
        "daily" | "weekly" | "monthly" | "quarterly" | "yearly" | "hourly" | "nightly"
    );
    // Adjectives in "-ed" that qualify people or things counted: "1,000
    // salaried jobs", "500 skilled workers".
    let adjective = matches!(
        lower.as_str(),
        "salaried"
            | "skilled"
            | "unskilled"
            | "qualified"
            | "experienced"
            | "licensed"
            | "connected"
            | "unionized"
            | "unionised"
            | "affected"
            | "dedicated"
            | "automated"
            | "advanced"
            | "specialized"
            | "specialised"
            | "sophisticated"
            | "refurbished"
            | "restricted"
            | "installed"
    );
    // Words in "-ly" that are no adverbs: "300 Airbus A320 family aircraft".
    let not_adverb = matches!(
        lower.as_str(),
        "family" | "assembly" | "supply" | "early" | "elderly"
    );
    if !tok.contains('-')
        && !frequency
        && !adjective
        && !not_adverb
        && (lower.ends_with("ed") || lower.ends_with("ly"))
    {
        return false;
    }
    !tok.contains(['\'', '’'])
}

/// A plural noun: its singular, to look the noun up, and the unit as
/// SPEC.md writes units of things counted ("roles", "households").
struct Head {
    singular: String,
    plural: String,
}

/// The counted noun `tok` as a [`Head`] ("roles" -> role/roles, "TPUs" ->
/// TPU/TPUs, "people" -> person/people), or None when `tok` is no plural
/// noun. Acronyms and camel-case names keep their case, words are lower
/// cased.
fn plural_head(tok: &str) -> Option<Head> {
    if let Some(&(p, s)) = IRREGULAR.iter().find(|(p, _)| p.eq_ignore_ascii_case(tok)) {
        return Some(Head {
            singular: s.to_string(),
            plural: p.to_string(),
        });
    }
    let stem = tok.strip_suffix('s')?;
    let as_written = || {
        Some(Head {
            singular: stem.to_string(),
            plural: tok.to_string(),
        })
    };
    // "TPUs", "GPUs", "H100s": an acronym keeps its case.
    if stem.len() >= 2
        && stem.chars().next().is_some_and(|c| c.is_ascii_uppercase())
        && stem
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
    {
        return as_written();
    }
    // "iPhones": a camel-case name keeps its case too.
    if stem.len() >= 3
        && stem.chars().next().is_some_and(char::is_lowercase)
        && stem.chars().skip(1).any(char::is_uppercase)
        && stem.chars().all(char::is_alphanumeric)
    {
        return as_written();
    }
    let mut chars = tok.chars();
    let first = chars.next()?;
    let word_like =
        first.is_alphabetic() && chars.all(|c| c.is_lowercase() || c == '-' || c.is_ascii_digit());
    let lower = tok.to_ascii_lowercase();
    if !word_like
        || tok.len() < 4
        || NOT_PLURAL.contains(&lower.as_str())
        || lower.ends_with("ss")
        || lower.ends_with("us")
        || lower.ends_with("is")
    {
        return None;
    }
    Some(Head {
        singular: singular(&lower),
        plural: lower,
    })
}

fn singular(lower: &str) -> String {
    if let Some(stem) = lower.strip_suffix("ies") {
        if stem.len() > 1 {
            return format!("{stem}y");
        }
    }
    for ending in ["sses", "shes", "ches", "xes", "zzes"] {
        if lower.ends_with(ending) {
            return lower[..lower.len() - 2].to_string();
        }
    }
    lower[..lower.len() - 1].to_string()
}

/// "Tensor Processing Units" -> "TPU": a spelled-out chip class at the
/// start of `rest`, with its length and acronym.
fn expansion_at(rest: &str) -> Option<(usize, &'static str)> {
    EXPANSIONS.iter().find_map(|&(long, short)| {
        let head = rest.get(..long.len())?;
        (head.eq_ignore_ascii_case(long) && word_end(&rest[long.len()..]))
            .then_some((long.len(), short))
    })
}

/// A bare whole number a few words after "headcount" or "workforce",
/// joined by words of level ("to", "at", "of", "stood at"), with no noun
/// after it: a count of employees.
fn workforce_count(text: &str, n: &Numeral) -> Option<Found> {
    if n.form != Form::Digits
        || is_year(n)
        || n.value < Decimal::from(100)
        || n.value.fract() != Decimal::ZERO
    {
        return None;
    }
    // "its 228,000-person workforce", "a 10,000-strong staff".
    let after = &text[n.end..];
    let compound = ["-person ", "-strong ", "-employee "]
        .iter()
        .find_map(|c| after.strip_prefix(c));
    if let Some(rest) = compound {
        let noun = rest
            .split(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("");
        let body = [
            "workforce",
            "staff",
            "team",
            "payroll",
            "company",
            "organization",
            "organisation",
            "headcount",
        ];
        return body
            .iter()
            .any(|b| b.eq_ignore_ascii_case(noun))
            .then(|| employees(n));
    }
    let at = numbers::qualifier_start(text, n.start);
    let before = &text[numbers::floor_char_boundary(text, at.saturating_sub(60))..at];
    let mut words = before.split_whitespace().rev();
    let mut seen = false;
    for _ in 0..4 {
        let Some(w) = words.next() else { break };
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        if ["headcount", "workforce"]
            .iter()
            .any(|h| h.eq_ignore_ascii_case(w))
        {
            seen = true;
            break;
        }
        let joiner = [
            "to",
            "at",
            "of",
            "stood",
            "stands",
            "standing",
            "was",
            "is",
            "reached",
            "totaled",
            "totalled",
            "fell",
            "rose",
            "from",
            "about",
            "roughly",
            "around",
            "approximately",
            "some",
            "nearly",
        ]
        .iter()
        .any(|j| j.eq_ignore_ascii_case(w));
        if !joiner {
            return None;
        }
    }
    if !seen {
        return None;
    }
    // No noun of its own after it ("to 75,000 employees" is counted).
    let free = ends_bare(
        text,
        n.end,
        &[
            "by", "in", "at", "on", "as", "from", "and", "this", "last", "next", "after", "before",
            "since", "during", "a", "will", "would", "could", "is", "was", "has", "had", "people",
        ],
    );
    free.then(|| employees(n))
}

/// A count of a workforce ending at numeral `n`.
fn employees(n: &Numeral) -> Found {
    Found {
        end: n.end,
        unit: "employees".to_string(),
        rule: "quantity.workforce",
    }
}

/// Whether a bare numeral `n` repeats the quantity that ends at `prev_end`
/// with its noun left out: "and" or "or" between them, a few words at most
/// and no "from", "of" or verb-like word, and after it a preposition or
/// the clause's end ("6,000 jobs in May and 9,000 in July").
/// Whether the count `n` is the baseline of the quantity ending at
/// `prev_end`: "from" (or "compared with") a few words after it, and no
/// noun of its own after the count.
fn baseline_of(text: &str, prev_end: usize, n: &Numeral) -> bool {
    if n.form != Form::Digits || prev_end > n.start {
        return false;
    }
    let from = numbers::qualifier_start(text, n.start);
    let Some(between) = text.get(prev_end..from.max(prev_end)) else {
        return false;
    };
    let between = between.trim_end();
    between.len() <= 48
        && !between.contains([';', ':', '(', '$', '%'])
        && only_years(between)
        && [
            "from",
            "compared with",
            "compared to",
            "versus",
            "vs.",
            "target of",
            "goal of",
            "total to",
            "base to",
        ]
        .iter()
        .any(|l| crate::affix::ends_with_ignore_case(between, l))
        && ends_bare(
            text,
            n.end,
            &[
                "in",
                "on",
                "at",
                "a",
                "last",
                "the",
                "during",
                "earlier",
                "today",
                "now",
                "previously",
                "currently",
                "this",
                "by",
            ],
        )
}

/// Whether every number in `s` is a year ("by mid-2027, up from"): a
/// baseline may look past a date, not past another figure.
fn only_years(s: &str) -> bool {
    // (Fiscal years and quarters count as years: "in FY26 from", "in Q3
    // from".)
    let period = |w: &str| {
        let w = w.trim_matches(|c: char| !c.is_ascii_alphanumeric());
        let b = w.as_bytes();
        (b.len() >= 3
            && b[..2].eq_ignore_ascii_case(b"FY")
            && b[2..].iter().all(u8::is_ascii_digit))
            || (b.len() == 2 && matches!(b[0], b'Q' | b'H') && b[1].is_ascii_digit())
    };
    s.split_whitespace().filter(|w| !period(w)).all(|w| {
        w.split(|c: char| !c.is_ascii_digit())
            .filter(|run| !run.is_empty())
            .all(|run| run.len() == 4 && (run.starts_with("19") || run.starts_with("20")))
    })
}

fn elided(text: &str, prev_end: usize, n: &Numeral) -> bool {
    if n.form != Form::Digits || prev_end > n.start {
        return false;
    }
    let between = &text[prev_end..n.start];
    if between.len() > 60 || between.contains([';', ':', '(', '$', '%']) {
        return false;
    }
    let words: Vec<&str> = between
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let joined = matches!(words.last(), Some(&("and" | "or")));
    let plain = words.iter().all(|w| {
        !matches!(*w, "from" | "of" | "to" | "by" | "than" | "with") && !w.ends_with("ed")
    });
    let ends = ends_bare(
        text,
        n.end,
        &[
            "in",
            "on",
            "at",
            "during",
            "last",
            "this",
            "next",
            "earlier",
            "later",
            "a",
            "per",
            "each",
            "respectively",
        ],
    );
    joined && plain && ends && words.len() <= 6
}

/// How far back, in bytes, "N more" finds the quantity whose noun it
/// leaves out.
const MORE_REACH: usize = 160;

/// Whether a bare number `n` adds to the quantity ending at `prev_end`
/// within the same sentence: "N more", "N additional", "another N", with
/// no noun of its own after it.
fn more_of(text: &str, prev_end: usize, n: &Numeral) -> bool {
    if n.form == Form::Vague || prev_end > n.start || n.start - prev_end > MORE_REACH {
        return false;
    }
    let between = &text[prev_end..n.start];
    // The same sentence: no full stop followed by a space, no semicolon.
    if between.contains(". ") || between.contains(['\n', ';', '$', '%']) {
        return false;
    }
    let after = text[n.end..].trim_start_matches([' ', '\u{a0}']);
    let word_len = after
        .find(|c: char| !c.is_ascii_alphabetic())
        .unwrap_or(after.len());
    let word = &after[..word_len];
    let bare_after = |end: usize| {
        ends_bare(
            text,
            end,
            &[
                "in", "on", "at", "by", "for", "from", "to", "this", "next", "last", "later",
                "over", "during", "within", "before", "after", "each", "a", "per",
            ],
        )
    };
    let more = ["more", "additional", "extra"]
        .iter()
        .any(|m| m.eq_ignore_ascii_case(word))
        && bare_after(text.len() - after.len() + word_len);
    let another = between
        .trim_end()
        .rsplit(|c: char| !c.is_ascii_alphabetic())
        .next()
        .is_some_and(|w| w.eq_ignore_ascii_case("another"))
        && bare_after(n.end);
    more || another
}

/// Whether a bare number ending at `end` has no noun of its own after it:
/// the text's or a clause's end, or one of `words` (prepositions and the
/// like) next.
fn ends_bare(text: &str, end: usize, words: &[&str]) -> bool {
    let after = text[end..].trim_start_matches([' ', '\u{a0}']);
    let next = after
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    after.is_empty()
        || after.starts_with(['.', ',', ';', ')'])
        || words.iter().any(|w| w.eq_ignore_ascii_case(next))
}

/// "5 GW to 10 GW", "2,000 jobs-3,000 jobs": two quantities of one unit
/// joined as [`range`] joins a bare low end to its quantity.
fn unit_range(
    text: &str,
    low: &Numeral,
    lf: &Found,
    high: &Numeral,
    hf: &Found,
) -> Option<Candidate> {
    // (The low end's own unit stands between it and the connector.)
    if lf.unit != hf.unit
        || low.form == Form::Vague
        || lf.end > high.start
        || !joined_as_range(text, low, lf.end, high)
        || low.value > high.value
    {
        return None;
    }
    Some(Candidate::new(
        low.start,
        hf.end,
        Value::Quantity(Quantity {
            amount: low.value.normalize(),
            unit: hf.unit.clone(),
            qualifier: Qualifier::Range,
            amount_max: Some(high.value.normalize()),
            vague: None,
        }),
        "quantity.range",
    ))
}

/// Whether the low end `low` (its words ending at `low_end`) and `high`
/// are joined as a range: "to", "through" or a dash right between, or
/// "between ... and".
fn joined_as_range(text: &str, low: &Numeral, low_end: usize, high: &Numeral) -> bool {
    let Some(after) = numbers::range_connector(text, low_end) else {
        return false;
    };
    if after != high.start || high.form == Form::Vague {
        return false;
    }
    let conn = text[low_end..after].trim();
    let before = last_token(text[..low.start].trim_end()).to_ascii_lowercase();
    match conn {
        "and" => before == "between",
        "-" | "–" | "—" => after - low_end == conn.len(),
        // A bare low end is no old level unless "from" or "by" says so:
        // "cut 4,000 to 6,000 jobs" is a range, "by 4,000 to 46,000
        // employees" a change.
        _ => {
            let at = numbers::qualifier_start(text, low.start);
            let prev = last_token(text[..at].trim_end()).to_ascii_lowercase();
            !matches!(prev.as_str(), "from" | "by") || !numbers::change_not_range(text, low.start)
        }
    }
}

/// "2 to 3 GW", "500-1,000 staff", "between 2 and 3 million homes": a bare
/// low end joined to the quantity after it.
fn range(text: &str, low: &Numeral, high: &Numeral, hf: &Found) -> Option<Candidate> {
    if !joined_as_range(text, low, low.end, high) {
        return None;
    }
    let mut amount = low.value;
    if low.magnitude.is_none() {
        if let Some(m) = high.magnitude {
            amount = amount.checked_mul(m)?;
        }
    }
    if amount > high.value {
        return None;
    }
    let value = Quantity {
        amount: amount.normalize(),
        unit: hf.unit.clone(),
        qualifier: Qualifier::Range,
        amount_max: Some(high.value.normalize()),
        vague: None,
    };
    Some(Candidate::new(
        low.start,
        hf.end,
        Value::Quantity(value),
        "quantity.range",
    ))
}

/// "30,000 of about 350,000 corporate roles": a bare numeral, "of", then
/// (after an optional qualifier) the whole it is a part of.
fn partitive(text: &str, part: &Numeral, whole: &Numeral) -> bool {
    if is_year(part) || whole.value < part.value {
        return false;
    }
    let join_end = numbers::qualifier_start(text, whole.start);
    text.get(part.end..join_end)
        .is_some_and(|between| between.trim().eq_ignore_ascii_case("of"))
}

/// The run of letters, digits and dots at the end of `s`.
fn last_token(s: &str) -> &str {
    let start = s
        .char_indices()
        .rev()
        .find(|&(_, c)| !(c.is_alphanumeric() || c == '.'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    &s[start..]
}

fn word_end(after: &str) -> bool {
    after.chars().next().is_none_or(|c| !c.is_alphanumeric())
}

#[cfg(test)]
mod tests {
    use crate::analysis::{Kind, Value};
    use crate::testing::mentions_in;

    /// Input, then the expected (surface, amount, unit, qualifier,
    /// amount_max) of each quantity mention, in order.
    use crate::testing::{check_table, Case};

    const CASES: &[Case] = &[
        // A conjunction opens a clause: no noun counted past it.
        (
            "cut staff to 5,000 from 9,000 because AI agents now handle it",
            &[],
        ),
        (
            "added nearly 4 gigawatts of capacity",
            &[("4 gigawatts", "4", "GW", "approximately", None)],
        ),
        ("a 4GW campus", &[("4GW", "4", "GW", "exact", None)]),
        // Power with an article or a fraction for its numeral.
        (
            "would bring well over a gigawatt of capacity online",
            &[("a gigawatt", "1", "GW", "more_than", None)],
        ),
        (
            "the site needs half a gigawatt",
            &[("half a gigawatt", "0.5", "GW", "exact", None)],
        ),
        (
            "one and a half gigawatts of power",
            &[("one and a half gigawatts", "1.5", "GW", "exact", None)],
        ),
        ("an extra megawatt", &[]),
        ("a megawatt-hour of storage", &[]),
        (
            "a 1-gigawatt data center",
            &[("1-gigawatt", "1", "GW", "exact", None)],
        ),
        ("500 MW of power", &[("500 MW", "500", "MW", "exact", None)]),
        (
            "hashrate of 50 EH/s, or 23.6 exahashes per second, and mined 573 bitcoin (1,176 BTC)",
            &[
                ("50 EH/s", "50", "EH/s", "exact", None),
                ("23.6 exahashes per second", "23.6", "EH/s", "exact", None),
                ("573 bitcoin", "573", "bitcoin", "exact", None),
                ("1,176 BTC", "1176", "BTC", "exact", None),
            ],
        ),
        // A model number between the count and its noun; a street's name.
        (
            "delivered 40 737 MAX jets and 400,000 3 Series sedans",
            &[
                ("40 737 MAX jets", "40", "jets", "exact", None),
                ("400,000 3 Series sedans", "400000", "sedans", "exact", None),
            ],
        ),
        ("is at 2788 San Tomas Expressway in Santa Clara", &[]),
        // "N more", "another N": the noun of the quantity before, in the
        // same sentence; "more than" is a qualifier, not an addition.
        (
            "cleared Humain to import up to 70,000 Nvidia GB300 chips, and G42 in Abu Dhabi won approval for 35,000 more",
            &[
                ("70,000 Nvidia GB300 chips", "70000", "chips", "at_most", None),
                ("35,000", "35000", "chips", "exact", None),
            ],
        ),
        (
            "ordered 10,000 GPUs in March and another 5,000 in June",
            &[
                ("10,000 GPUs", "10000", "GPUs", "exact", None),
                ("5,000", "5000", "GPUs", "exact", None),
            ],
        ),
        (
            "hired 300 engineers. It will add 200 more than planned",
            &[("300 engineers", "300", "engineers", "exact", None)],
        ),
        (
            "up to 70,000 of Nvidia's most advanced chips",
            &[(
                "70,000 of Nvidia's most advanced chips",
                "70000",
                "chips",
                "at_most",
                None,
            )],
        ),
        // A model's designation may end in a number ("MAX 10"), and is one
        // modifier however long; "aircraft" is its own plural.
        (
            "agreed to buy 300 737 MAX 10 jets, or up to 300 more Boeing 737 MAX 10 jets",
            &[
                ("300 737 MAX 10 jets", "300", "jets", "exact", None),
                (
                    "300 more Boeing 737 MAX 10 jets",
                    "300",
                    "jets",
                    "at_most",
                    None,
                ),
            ],
        ),
        (
            "delivered 160 aircraft and ordered 32 Airbus A350-1000 aircraft",
            &[
                ("160 aircraft", "160", "aircraft", "exact", None),
                (
                    "32 Airbus A350-1000 aircraft",
                    "32",
                    "aircraft",
                    "exact",
                    None,
                ),
            ],
        ),
        (
            "flies 300 Airbus A320 family aircraft and 5 Model 3 cars",
            &[
                (
                    "300 Airbus A320 family aircraft",
                    "300",
                    "aircraft",
                    "exact",
                    None,
                ),
                ("5 Model 3 cars", "5", "cars", "exact", None),
            ],
        ),
        // A place written with dots is a modifier like any other.
        (
            "its 1.6 million U.S. workers and 2,000 U.S.-based staff",
            &[
                (
                    "1.6 million U.S. workers",
                    "1600000",
                    "workers",
                    "exact",
                    None,
                ),
                ("2,000 U.S.-based staff", "2000", "staff", "exact", None),
            ],
        ),
        ("its 2025 U.S. sales and 2026 Model Y cars", &[]),
        // Pounds are a weight where goods are weighed (see `money`);
        // "lb" and "lbs" always are.
        (
            "sees copper sales of about 3.4 billion pounds next year, down from 4.0 billion pounds",
            &[
                (
                    "3.4 billion pounds",
                    "3400000000",
                    "pounds",
                    "approximately",
                    None,
                ),
                ("4.0 billion pounds", "4000000000", "pounds", "exact", None),
            ],
        ),
        (
            "mined 300 million lbs of nickel and 2 to 3 billion pounds of copper",
            &[
                ("300 million lbs", "300000000", "pounds", "exact", None),
                (
                    "2 to 3 billion pounds",
                    "2000000000",
                    "pounds",
                    "range",
                    Some("3000000000"),
                ),
            ],
        ),
        (
            "BP paid 120 million pounds for a stake in the copper mine",
            &[],
        ),
        // A range that writes its unit twice is one mention.
        (
            "plans 5 GW to 10 GW of capacity; it grew from 5 GW to 9 GW",
            &[
                ("5 GW to 10 GW", "5", "GW", "range", Some("10")),
                ("5 GW", "5", "GW", "exact", None),
                ("9 GW", "9", "GW", "exact", None),
            ],
        ),
        // Metric lengths, weights and areas, and containers.
        (
            "adds 1,200 km of cable, carries 20 kg, covers 40,000 square metres on a 24,000-TEU ship",
            &[
                ("1,200 km", "1200", "km", "exact", None),
                ("20 kg", "20", "kg", "exact", None),
                ("40,000 square metres", "40000", "sq m", "exact", None),
                ("24,000-TEU", "24000", "TEU", "exact", None),
            ],
        ),
        // A unit makes a measure of a number after a title's capitals.
        (
            "Meta Expects to Bring 1GW Prometheus Cluster Online",
            &[("1GW", "1", "GW", "exact", None)],
        ),
        (
            "9 million barrels per day, or 3.2 million bpd, from 2.3 million b/d",
            &[
                ("9 million barrels per day", "9000000", "bpd", "exact", None),
                ("3.2 million bpd", "3200000", "bpd", "exact", None),
                ("2.3 million b/d", "2300000", "bpd", "exact", None),
            ],
        ),
        (
            "1.2 megawatts",
            &[("1.2 megawatts", "1.2", "MW", "exact", None)],
        ),
        (
            "2 exaflops of compute",
            &[("2 exaflops", "2", "exaflops", "exact", None)],
        ),
        (
            "128 GB of memory",
            &[("128 GB", "128", "GB", "exact", None)],
        ),
        (
            "with 141GB of HBM",
            &[("141GB", "141", "GB", "exact", None)],
        ),
        ("3 terabytes", &[("3 terabytes", "3", "TB", "exact", None)]),
        ("a 3nm process", &[("3nm", "3", "nm", "exact", None)]),
        ("10 TWh a year", &[("10 TWh", "10", "TWh", "exact", None)]),
        (
            "1 million square feet",
            &[("1 million square feet", "1000000", "sq ft", "exact", None)],
        ),
        (
            "hundreds of megawatts",
            &[("hundreds of megawatts", "100", "MW", "range", Some("1000"))],
        ),
        ("2 to 3 GW", &[("2 to 3 GW", "2", "GW", "range", Some("3"))]),
        // A hyphen after a scale word joins a range, not a name's number
        // ("COVID-19").
        (
            "guidance to 1.8 million-2.0 million tonnes",
            &[(
                "1.8 million-2.0 million tonnes",
                "1800000",
                "tonnes",
                "range",
                Some("2000000"),
            )],
        ),
        // A bare low end after a verb of change is still a range; after
        // "by" it is the change.
        (
            "plans to cut 4,000 to 6,000 jobs",
            &[("4,000 to 6,000 jobs", "4000", "jobs", "range", Some("6000"))],
        ),
        (
            "reduced staff by 4,000 to 46,000 employees",
            &[("46,000 employees", "46000", "employees", "exact", None)],
        ),
        // A workforce told by a compound adjective.
        (
            "about 3% of its 228,000-person workforce",
            &[("228,000", "228000", "employees", "exact", None)],
        ),
        ("a 10,000-strong team", &[("10,000", "10000", "employees", "exact", None)]),
        // A digest's label names what a bare count counts; not a small one.
        (
            "- Paid subs: 312.4M (+8.9M q/q)\n- MAU: 748M\n- Q3: 5",
            &[
                ("312.4M", "312400000", "subscribers", "exact", None),
                ("748M", "748000000", "users", "exact", None),
            ],
        ),
        // A table's cell counts what its column's header names; a column
        // with no unit, or a year, counts nothing.
        (
            "| Plant | Operator | Capacity (GWh) | Jobs (target) | Opened |\n|---|---|---|---|---|\n| Liberty | Toyota | 30 | 5,000 | 2025 |\n| Kokomo | StarPlus | 33 | 1,400 | 7 |",
            &[
                ("30", "30", "GWh", "exact", None),
                ("5,000", "5000", "jobs", "exact", None),
                ("33", "33", "GWh", "exact", None),
                ("1,400", "1400", "jobs", "exact", None),
            ],
        ),
        ("a 300-person conference", &[]),
        // A model's number is no count (after any character).
        ("⅔777-9 jets and ⅔A321-200 jets", &[]),
        // A model's number is no count.
        (
            "Emirates ordered Boeing 777-9 jets and six 787-9 Dreamliners",
            &[("six 787-9 Dreamliners", "6", "dreamliners", "exact", None)],
        ),
        (
            "an order for 20 Boeing 787-10 Dreamliners and 15 737-10 narrowbodies",
            &[
                ("20 Boeing 787-10 Dreamliners", "20", "dreamliners", "exact", None),
                ("15 737-10 narrowbodies", "15", "narrowbodies", "exact", None),
            ],
        ),
        // A noun left out after "and": the unit of the quantity before.
        (
            "cut 6,000 jobs in May and 9,000 in July",
            &[
                ("6,000 jobs", "6000", "jobs", "exact", None),
                ("9,000", "9000", "jobs", "exact", None),
            ],
        ),
        (
            "hired 300 engineers in 2024 and 2025",
            &[("300 engineers", "300", "engineers", "exact", None)],
        ),
        ("the roughly 440,000 analysts had expected", &[]),
        // A bare count of a workforce is of employees.
        (
            "plans to reduce its headcount to 75,000 by the end of the year",
            &[("75,000", "75000", "employees", "exact", None)],
        ),
        (
            "a global workforce of roughly 61,000.",
            &[("61,000", "61000", "employees", "approximately", None)],
        ),
        ("its workforce grew 5% in 2025", &[]),
        (
            "its workforce of roughly 61,000 will shrink; headcount stands at about 1.55 million",
            &[
                ("61,000", "61000", "employees", "approximately", None),
                (
                    "1.55 million",
                    "1550000",
                    "employees",
                    "approximately",
                    None,
                ),
            ],
        ),
        (
            "cut about 1,000 salaried jobs",
            &[("1,000 salaried jobs", "1000", "jobs", "approximately", None)],
        ),
        // Markdown's emphasis on the figure alone ("**1,200** jobs").
        (
            "is cutting about **1,200** jobs in customer support",
            &[("1,200** jobs", "1200", "jobs", "approximately", None)],
        ),
        (
            "polled 30 analysts",
            &[("30 analysts", "30", "analysts", "exact", None)],
        ),
        (
            "500 GPUs, up from 200 and rising",
            &[("500 GPUs", "500", "GPUs", "exact", None)],
        ),
        (
            "over 3.2 million US households",
            &[(
                "3.2 million US households",
                "3200000",
                "households",
                "more_than",
                None,
            )],
        ),
        (
            "in 38 data centers",
            &[("38 data centers", "38", "data centers", "exact", None)],
        ),
        (
            "800 million weekly active users",
            &[(
                "800 million weekly active users",
                "800000000",
                "users",
                "exact",
                None,
            )],
        ),
        // An exponent is no count: "10^26 FLOPs".
        ("needs 10^26 FLOPs", &[]),
        (
            "more than 3.2mn US homes",
            &[("3.2mn US homes", "3200000", "homes", "more_than", None)],
        ),
        (
            "approximately 30,000 corporate roles.",
            &[(
                "30,000 corporate roles",
                "30000",
                "roles",
                "approximately",
                None,
            )],
        ),
        (
            "some 30,000 of about 350,000 corporate roles",
            &[
                ("30,000", "30000", "roles", "approximately", None),
                (
                    "350,000 corporate roles",
                    "350000",
                    "roles",
                    "approximately",
                    None,
                ),
            ],
        ),
        (
            "hundreds of thousands of Trainium2 chips, offering",
            &[(
                "hundreds of thousands of Trainium2 chips",
                "100000",
                "chips",
                "range",
                Some("1000000"),
            )],
        ),
        (
            "purchase one million of its Tensor Processing Units (TPUs)",
            &[(
                "one million of its Tensor Processing Units",
                "1000000",
                "TPUs",
                "exact",
                None,
            )],
        ),
        (
            "sold Anthropic 1mn TPUs in a deal",
            &[("1mn TPUs", "1000000", "TPUs", "exact", None)],
        ),
        (
            "used by tens of thousands of AWS customers",
            &[(
                "tens of thousands of AWS customers",
                "10000",
                "customers",
                "range",
                Some("100000"),
            )],
        ),
        (
            "search through 10,000 materials while",
            &[("10,000 materials", "10000", "materials", "exact", None)],
        ),
        (
            "more than a dozen current and former senior employees",
            &[(
                "a dozen current and former senior employees",
                "12",
                "employees",
                "more_than",
                None,
            )],
        ),
        (
            "according to three people familiar",
            &[("three people", "3", "people", "exact", None)],
        ),
        (
            "the 3 Best Railroad Stocks to Buy",
            &[("3 Best Railroad Stocks", "3", "stocks", "exact", None)],
        ),
        (
            "500,000 H100s",
            &[("500,000 H100s", "500000", "H100s", "exact", None)],
        ),
        (
            "1,500 companies",
            &[("1,500 companies", "1500", "companies", "exact", None)],
        ),
        // A preposition ends the noun phrase; "over" after a verb is its
        // particle, no qualifier.
        (
            "Waymo operates more than 1,500 robotaxis across four US cities.",
            &[
                ("1,500 robotaxis", "1500", "robotaxis", "more_than", None),
                ("four US cities", "4", "cities", "exact", None),
            ],
        ),
        (
            "Airbus handed over 78 aircraft.",
            &[("78 aircraft", "78", "aircraft", "exact", None)],
        ),
        // A bare count the noun opening its clause names, and a baseline
        // that counts what its figure counts.
        (
            "Room nights booked through its platforms rose 7% to 323 million in the quarter.",
            &[("323 million", "323000000", "nights", "exact", None)],
        ),
        (
            "Cumulative sales of the console reached 18.68 million.",
            &[("18.68 million", "18680000", "units", "exact", None)],
        ),
        (
            "Paid memberships topped 338 million at the end of June, up from 325 million.",
            &[
                ("338 million", "338000000", "memberships", "more_than", None),
                ("325 million", "325000000", "memberships", "exact", None),
            ],
        ),
        // (A fiscal year between a count and its baseline is a year.)
        (
            "International passengers rose to 1.9 crore in FY26 from 1.6 crore in FY25.",
            &[
                ("1.9 crore", "19000000", "passengers", "exact", None),
                ("1.6 crore", "16000000", "passengers", "exact", None),
            ],
        ),
        (
            "Overseas sales jumped to 312,000 vehicles in the quarter, from 118,000 a year earlier.",
            &[
                ("312,000 vehicles", "312000", "vehicles", "exact", None),
                ("118,000", "118000", "vehicles", "exact", None),
            ],
        ),
        // Past a year, and before "today".
        (
            "It aims to deploy 300,000 chips by mid-2027, up from about 150,000 today.",
            &[
                ("300,000 chips", "300000", "chips", "exact", None),
                ("150,000", "150000", "chips", "approximately", None),
            ],
        ),
        ("Its score rose 5% to 2,000 in 2025.", &[]),
        // A count's own noun comes before the clause's.
        (
            "Sales reached 2,000 engineers.",
            &[("2,000 engineers", "2000", "engineers", "exact", None)],
        ),
        (
            "20 data centres",
            &[("20 data centres", "20", "data centres", "exact", None)],
        ),
        (
            "2,000+ customers",
            &[("2,000+ customers", "2000", "customers", "more_than", None)],
        ),
        (
            "5,000 or more startups",
            &[(
                "5,000 or more startups",
                "5000",
                "startups",
                "at_least",
                None,
            )],
        ),
        (
            "thousands of employees",
            &[(
                "thousands of employees",
                "1000",
                "employees",
                "range",
                Some("10000"),
            )],
        ),
        (
            "1.5 million GPUs",
            &[("1.5 million GPUs", "1500000", "GPUs", "exact", None)],
        ),
        (
            "100,000 graphics processing units",
            &[(
                "100,000 graphics processing units",
                "100000",
                "GPUs",
                "exact",
                None,
            )],
        ),
        (
            "between 2 and 3 million homes",
            &[(
                "2 and 3 million homes",
                "2000000",
                "homes",
                "range",
                Some("3000000"),
            )],
        ),
        (
            "14,000 of its employees",
            &[(
                "14,000 of its employees",
                "14000",
                "employees",
                "exact",
                None,
            )],
        ),
        (
            "30,000 staff",
            &[("30,000 staff", "30000", "staff", "exact", None)],
        ),
        (
            "The 500 largest companies",
            &[("500 largest companies", "500", "companies", "exact", None)],
        ),
        (
            "About 300 engineers",
            &[("300 engineers", "300", "engineers", "approximately", None)],
        ),
        (
            "Top 10 AI stocks",
            &[("10 AI stocks", "10", "stocks", "exact", None)],
        ),
        (
            "sold 231 million iPhones",
            &[("231 million iPhones", "231000000", "iPhones", "exact", None)],
        ),
        // Must not match.
        ("the iPhone 15 Pro costs $999", &[]),
        ("Gemini 2.0 Flash processes", &[]),
        ("COVID-19 cases", &[]),
        ("1 in 4 Americans", &[]),
        ("Nine in ten chief executives agree", &[]),
        // The high end of a money range is money, not a count.
        ("writing $2-3bn cheques and Rs 500-600 crore projects", &[]),
        ("F-35 jets", &[]),
        ("Section 230 protections", &[]),
        ("in 2025", &[]),
        ("in 2025, it added", &[]),
        ("Q4 2023", &[]),
        ("2023-09 Amazon announces", &[]),
        ("H100 and MI300X", &[]),
        ("Trainium2 chips", &[]),
        ("Maia 100 chips", &[]),
        ("TPU v5p pods", &[]),
        ("$100 billion AI infrastructure spend", &[]),
        ("$4 billion investments", &[]),
        ("2 billion euros", &[]),
        ("19% increase", &[]),
        ("60 per cent of profits", &[]),
        ("80 percent of developers", &[]),
        ("a 4x increase", &[]),
        ("the next three years", &[]),
        ("11 hours ago", &[]),
        ("30-Second TL;DR", &[]),
        ("collected in 32m", &[]),
        ("Most Discussed 1. 1 2. 2", &[]),
        ("\"Day 2\" – a state", &[]),
        ("one former senior AWS employee", &[]),
        ("One AWS engineer remarked bluntly, \"no\"", &[]),
        ("one of OpenAI's earliest investors", &[]),
        ("24/7 support", &[]),
        ("a multibillion-dollar deal", &[]),
        ("the fourth-quarter results", &[]),
        ("twice as fast", &[]),
        ("five said sales rose", &[]),
    ];

    #[test]
    fn quantity_table() {
        check_table(Kind::Quantity, CASES, |m| {
            let Value::Quantity(v) = &m.value else {
                unreachable!()
            };
            (
                v.amount.to_string(),
                v.unit.clone(),
                v.qualifier.as_str().to_string(),
                v.amount_max.map(|x| x.to_string()),
            )
        });
        assert!(CASES.len() >= 50, "the table keeps at least 50 cases");
    }

    #[test]
    fn vague_words_are_kept() {
        let m = mentions_in("hundreds of thousands of Trainium2 chips", Kind::Quantity);
        let Value::Quantity(q) = &m[0].value else {
            unreachable!()
        };
        assert_eq!(q.vague.as_deref(), Some("hundreds of thousands"));
    }

    #[test]
    fn offsets_move_with_the_input() {
        for prefix in ["x ", "é ", "🧠 "] {
            let base = "nearly 4 gigawatts for 3.2 million US households";
            let shifted = format!("{prefix}{base}");
            let a = mentions_in(base, Kind::Quantity);
            let b = mentions_in(&shifted, Kind::Quantity);
            assert_eq!(a.len(), 2);
            assert_eq!(a.len(), b.len());
            for (x, y) in a.iter().zip(&b) {
                assert_eq!(y.start, x.start + prefix.len());
                assert_eq!(&shifted[y.start..y.end], x.text);
            }
        }
    }
}

//! Monetary figures: a numeral from [`crate::numbers`] with a currency on
//! one side of it.
//!
//! * a symbol or code before: `$100 billion`, `US$5m`, `€3.5bn`, `£400 million`,
//!   `¥1 trillion`, `C$2bn`, `USD 2.1 billion`, `USD1.5bn`;
//! * a currency word after: `5 million dollars`, `89 cents`, `2 billion euros`,
//!   `3.1 billion USD`; vague amounts take `of dollars`: `tens of billions of
//!   dollars`; `multibillion-dollar` is a vague lower bound;
//! * ranges join two figures: `$60 billion to $65 billion`, `$60-65 billion`,
//!   `between $1bn and $2bn`, and a bare number before a figure whose
//!   currency word follows it: `2 to 3 billion dollars`, `2-3 billion
//!   euros` (not after "from": "rose from 2 to 3 billion dollars" is a
//!   change); the low end inherits the magnitude of the high one when it
//!   has none; right after a range, "from X to Y" is its baseline and a
//!   range too: `$2.60 to $2.70, up from $2.52 to $2.62`;
//! * `pounds` that weigh goods are no money: `3.4 billion pounds` of
//!   copper, `pounds of beef` (see `pounds_of_weight`; `quantity` reads
//!   them);
//! * the qualifier before ("more than", "nearly", "up to" ...) or after ("or
//!   more") is read by the shared grammar and kept out of the surface text.
//!
//! A bare `$` is USD; `C$`, `A$`, `HK$`, `NT$` and the other prefixed dollars
//! are their own currencies. The table of cases at the end of this file is
//! both the documentation and the test.

use rust_decimal::Decimal;

use super::{Candidate, Context};
use crate::affix;
use crate::analysis::{Money, Qualifier, Value};
use crate::numbers::{self, Form, Numeral};

pub(crate) mod units;

/// Currency prefixes, longest first so "US$" wins over "$".
const PREFIXES: &[(&str, &str)] = &[
    // An ISO code glued to a dollar or peso sign: "MXN$15 billion".
    ("MXN$", "MXN"),
    ("Mex$", "MXN"),
    ("CAD$", "CAD"),
    ("AUD$", "AUD"),
    ("NZD$", "NZD"),
    ("HKD$", "HKD"),
    ("SGD$", "SGD"),
    ("TWD$", "TWD"),
    ("CLP$", "CLP"),
    ("COP$", "COP"),
    ("ARS$", "ARS"),
    ("U.S.$", "USD"),
    ("US$", "USD"),
    ("$US", "USD"),
    // Australian and New Zealand press: "$A1.1bn", "$NZ200m".
    ("$NZ", "NZD"),
    ("$HK", "HKD"),
    ("$A", "AUD"),
    ("USD$", "USD"),
    ("CA$", "CAD"),
    ("AU$", "AUD"),
    ("HK$", "HKD"),
    ("NT$", "TWD"),
    // Reuters writes the new Taiwan dollar "T$".
    ("T$", "TWD"),
    ("NZ$", "NZD"),
    ("MX$", "MXN"),
    ("SG$", "SGD"),
    ("CN¥", "CNY"),
    ("RMB", "CNY"),
    ("USD", "USD"),
    ("EUR", "EUR"),
    ("GBP", "GBP"),
    ("JPY", "JPY"),
    ("CNY", "CNY"),
    ("INR", "INR"),
    ("CHF", "CHF"),
    ("CAD", "CAD"),
    ("AUD", "AUD"),
    ("HKD", "HKD"),
    ("TWD", "TWD"),
    ("KRW", "KRW"),
    ("SGD", "SGD"),
    ("SEK", "SEK"),
    ("NOK", "NOK"),
    ("DKK", "DKK"),
    ("BRL", "BRL"),
    ("MXN", "MXN"),
    ("ZAR", "ZAR"),
    ("SAR", "SAR"),
    ("AED", "AED"),
    ("PLN", "PLN"),
    ("CZK", "CZK"),
    ("HUF", "HUF"),
    ("NZD", "NZD"),
    ("ILS", "ILS"),
    ("TRY", "TRY"),
    ("RUB", "RUB"),
    ("IDR", "IDR"),
    ("MYR", "MYR"),
    ("THB", "THB"),
    ("QAR", "QAR"),
    ("KWD", "KWD"),
    ("EGP", "EGP"),
    ("NGN", "NGN"),
    ("KES", "KES"),
    ("VND", "VND"),
    ("CLP", "CLP"),
    ("COP", "COP"),
    ("ARS", "ARS"),
    ("Rs.", "INR"),
    ("Rs", "INR"),
    ("RM", "MYR"),
    ("Rp", "IDR"),
    ("C$", "CAD"),
    ("A$", "AUD"),
    ("S$", "SGD"),
    ("R$", "BRL"),
    ("$", "USD"),
    ("€", "EUR"),
    ("£", "GBP"),
    ("¥", "JPY"),
    ("₹", "INR"),
    ("₩", "KRW"),
    ("₣", "CHF"),
    ("₽", "RUB"),
    ("₺", "TRY"),
    ("₱", "PHP"),
    ("₪", "ILS"),
    ("₦", "NGN"),
    ("₫", "VND"),
    // The rand, only glued to a figure with a scale: "R15 billion", "R2.5bn".
    ("R", "ZAR"),
];

/// Currency words after a figure, longest first; the number is the power of
/// ten that divides the amount (cents and pence are hundredths).
const SUFFIXES: &[(&str, &str, u32)] = &[
    ("U.S. dollars", "USD", 0),
    ("US dollars", "USD", 0),
    ("Canadian dollars", "CAD", 0),
    ("Australian dollars", "AUD", 0),
    ("Hong Kong dollars", "HKD", 0),
    ("New Taiwan dollars", "TWD", 0),
    ("Taiwan dollars", "TWD", 0),
    ("Singapore dollars", "SGD", 0),
    ("Swiss francs", "CHF", 0),
    ("Danish crowns", "DKK", 0),
    ("Danish kroner", "DKK", 0),
    ("Swedish crowns", "SEK", 0),
    ("Swedish kronor", "SEK", 0),
    ("Norwegian crowns", "NOK", 0),
    ("Norwegian kroner", "NOK", 0),
    ("Saudi riyals", "SAR", 0),
    ("Qatari riyals", "QAR", 0),
    ("UAE dirhams", "AED", 0),
    // The singular, as an attribute: "a 37.5 billion riyal fund".
    ("Saudi riyal", "SAR", 0),
    ("Qatari riyal", "QAR", 0),
    ("UAE dirham", "AED", 0),
    ("Mexican pesos", "MXN", 0),
    ("Brazilian reais", "BRL", 0),
    ("South African rand", "ZAR", 0),
    ("Turkish lira", "TRY", 0),
    ("Indonesian rupiah", "IDR", 0),
    ("Malaysian ringgit", "MYR", 0),
    ("Thai baht", "THB", 0),
    ("Swiss franc", "CHF", 0),
    ("pounds sterling", "GBP", 0),
    ("euro cents", "EUR", 2),
    ("euro cent", "EUR", 2),
    // A dollar's hundredths named by their country: "62 U.S. cents a share,
    // equivalent to about 94 Australian cents".
    ("U.S. cents", "USD", 2),
    ("US cents", "USD", 2),
    ("Australian cents", "AUD", 2),
    ("Canadian cents", "CAD", 2),
    ("Singapore cents", "SGD", 2),
    ("Hong Kong cents", "HKD", 2),
    ("New Zealand cents", "NZD", 2),
    ("New Zealand dollars", "NZD", 0),
    ("dollars", "USD", 0),
    ("dollar", "USD", 0),
    // Wire copy's abbreviations: "1.2 mln dlrs", "50 mln stg".
    ("dlrs", "USD", 0),
    ("dlr", "USD", 0),
    ("stg", "GBP", 0),
    ("euros", "EUR", 0),
    ("euro", "EUR", 0),
    ("pounds", "GBP", 0),
    ("yen", "JPY", 0),
    ("yuan", "CNY", 0),
    ("renminbi", "CNY", 0),
    ("rupees", "INR", 0),
    ("won", "KRW", 0),
    ("riyals", "SAR", 0),
    ("riyal", "SAR", 0),
    ("dirhams", "AED", 0),
    ("dirham", "AED", 0),
    ("rupee", "INR", 0),
    ("ringgit", "MYR", 0),
    ("baht", "THB", 0),
    ("rupiah", "IDR", 0),
    ("reais", "BRL", 0),
    ("rubles", "RUB", 0),
    ("roubles", "RUB", 0),
    ("ruble", "RUB", 0),
    ("rouble", "RUB", 0),
    ("kronor", "SEK", 0),
    ("kroner", CROWN, 0),
    ("crowns", CROWN, 0),
    ("kr", CROWN, 0),
    ("zlotys", "PLN", 0),
    ("zloty", "PLN", 0),
    ("zł", "PLN", 0),
    ("Kč", "CZK", 0),
    ("forints", "HUF", 0),
    ("forint", "HUF", 0),
    ("shekels", "ILS", 0),
    ("pesos", "MXN", 0),
    ("peso", "MXN", 0),
    ("shekel", "ILS", 0),
    ("lira", "TRY", 0),
    ("rand", "ZAR", 0),
    ("naira", "NGN", 0),
    ("dong", "VND", 0),
    ("francs", "CHF", 0),
    ("cents", "USD", 2),
    ("cent", "USD", 2),
    ("pence", "GBP", 2),
    ("pound", "GBP", 0),
    ("USD", "USD", 0),
    ("EUR", "EUR", 0),
    ("GBP", "GBP", 0),
    ("JPY", "JPY", 0),
    ("CNY", "CNY", 0),
    ("CHF", "CHF", 0),
    ("SEK", "SEK", 0),
    ("NOK", "NOK", 0),
    ("DKK", "DKK", 0),
    ("INR", "INR", 0),
    ("KRW", "KRW", 0),
    ("CAD", "CAD", 0),
    ("AUD", "AUD", 0),
    ("HKD", "HKD", 0),
    ("SGD", "SGD", 0),
    ("PLN", "PLN", 0),
    ("BRL", "BRL", 0),
    ("ZAR", "ZAR", 0),
    ("TWD", "TWD", 0),
    ("MXN", "MXN", 0),
    ("SAR", "SAR", 0),
    ("AED", "AED", 0),
    ("NZD", "NZD", 0),
    ("CZK", "CZK", 0),
    ("HUF", "HUF", 0),
    ("ILS", "ILS", 0),
    ("TRY", "TRY", 0),
    ("RUB", "RUB", 0),
    ("IDR", "IDR", 0),
    ("MYR", "MYR", 0),
    ("THB", "THB", 0),
    ("QAR", "QAR", 0),
    ("KWD", "KWD", 0),
    ("EGP", "EGP", 0),
    ("NGN", "NGN", 0),
    ("VND", "VND", 0),
];

/// The code of "kr", "crowns" and "kroner", which Sweden, Norway, Denmark
/// (and, as crowns, the Czech Republic) all write: settled by the country
/// named near the figure, else Swedish.
const CROWN: &str = "crown";

/// The most bytes either side of a figure looked at for a crown's country.
const CROWN_REACH: usize = 400;

/// Which crown a figure at `at` is in: the country named nearest it.
fn crown(text: &str, at: usize) -> &'static str {
    let mut best: Option<(usize, &'static str)> = None;
    for (here, w) in words_around(text, at, CROWN_REACH) {
        let code = match w {
            "Danish" | "Denmark" | "Copenhagen" | "DKK" => "DKK",
            "Norwegian" | "Norway" | "Oslo" | "NOK" => "NOK",
            "Swedish" | "Sweden" | "Stockholm" | "SEK" => "SEK",
            "Czech" | "Prague" | "CZK" => "CZK",
            _ => continue,
        };
        let distance = here.abs_diff(at);
        if best.is_none_or(|(d, _)| distance < d) {
            best = Some((distance, code));
        }
    }
    best.map_or("SEK", |(_, c)| c)
}

/// Recognizes every monetary figure in the context.
pub fn recognize(ctx: &Context<'_>, out: &mut Vec<Candidate>) {
    let text = ctx.text;
    let nums = ctx.numerals;
    let mut i = 0;
    // Where the last figure ended: a bare numeral before it is no low end.
    let mut taken = 0;
    // The last range found, which a baseline after it may repeat.
    let mut last_range: Option<(usize, Money)> = None;
    let yuan_text = once_cell::unsync::OnceCell::new();
    // A table's unit note ("(in millions)"), read once a bare figure asks.
    let notes = once_cell::unsync::OnceCell::new();
    while i < nums.len() {
        let fig = figure(text, &nums[i]).or_else(|| {
            let n = &nums[i];
            may_be_noted(text, n)
                .then(|| notes.get_or_init(|| units::notes(text)))
                .and_then(|notes| units::bare_figure(notes, text, n.start, n.value))
                .map(|(amount, currency)| {
                    let mut fig = Figure::bare(n, amount, currency, "money.table_note");
                    fig.has_magnitude = true;
                    fig
                })
        });
        // "(Billions of yen, except per-share data)" is a table's unit
        // note, no sum.
        let fig =
            fig.filter(|f| f.money.vague.is_none() || !units::is_note_words(text, f.start, f.end));
        let Some(mut fig) = fig else {
            i += 1;
            continue;
        };
        let mut next = i + 1;
        let baseline = last_range
            .as_ref()
            .filter(|(end, range)| baseline_of(text, *end, range, &fig))
            .map(|(_, range)| range);
        if let Some((high, consumed)) = range_end(text, &fig, nums, i + 1, baseline) {
            fig = join_range(fig, high);
            next = consumed;
        } else if let Some(low) = i
            .checked_sub(1)
            .and_then(|k| range_start(text, &fig, &nums[k], &nums[i], taken))
        {
            fig = join_range(low, fig);
        }
        // "$1.5 and $2 billion": the scale written once serves both.
        if !fig.has_magnitude && fig.money.amount_max.is_none() {
            if let Some(scale) = shared_scale(text, &fig, nums, next) {
                fig.money.amount = (fig.money.amount * scale).normalize();
                fig.has_magnitude = true;
                fig.scale = Some(scale);
            }
        }
        // "Revenue  $ 1,234" under "(in millions, except per share data)".
        if !fig.has_magnitude && fig.prefixed {
            let notes = notes.get_or_init(|| units::notes(text));
            // (An absurd number that the scale would overflow stays as
            // written.)
            let scaled = units::scale_for(notes, text, fig.start).and_then(|scale| {
                let amount = fig.money.amount.checked_mul(scale)?;
                let max = match fig.money.amount_max {
                    Some(m) => Some(m.checked_mul(scale)?),
                    None => None,
                };
                Some((scale, amount, max))
            });
            if let Some((scale, amount, max)) = scaled {
                fig.money.amount = amount.normalize();
                fig.money.amount_max = max.map(|m| m.normalize());
                fig.has_magnitude = true;
                fig.scale = Some(scale);
            }
        }
        // A "¥" far from any currency name is the yuan in a text that names
        // the yuan and never the yen (a digest of Chinese results).
        if fig.money.currency == "JPY"
            && text[fig.start..].starts_with('¥')
            && *yuan_text.get_or_init(|| names_yuan_only(text))
        {
            fig.money.currency = "CNY".into();
        }
        taken = fig.end;
        last_range = (fig.money.amount_max.is_some() && fig.money.vague.is_none())
            .then(|| (fig.end, fig.money.clone()));
        out.push(fig.into_candidate(text));
        i = next;
    }
}

/// Whether a numeral with no currency may be a figure of a table under a
/// unit note: plain digits standing alone in a cell, not a year.
fn may_be_noted(text: &str, n: &Numeral) -> bool {
    let year = !n.thousands_sep
        && !n.decimal_point
        && n.value >= Decimal::from(1900)
        && n.value <= Decimal::from(2100);
    n.form == Form::Digits
        && n.magnitude.is_none()
        && !n.times
        && n.max.is_none()
        && !year
        && units::alone_in_cell(text, n.start, n.end)
}

/// The scale of the figure after `fig` when the two are coordinated ("$1.5
/// and $2 billion", "€3 or €4 million") in the same currency and only the
/// second carries one.
fn shared_scale(text: &str, fig: &Figure, nums: &[Numeral], next: usize) -> Option<Decimal> {
    let n = nums.get(next)?;
    let second = figure(text, n)?;
    let between = text.get(fig.end..second.start)?;
    (matches!(between.trim(), "and" | "or")
        && between.starts_with(' ')
        && second.money.currency == fig.money.currency)
        .then_some(n.magnitude)
        .flatten()
}

/// The bare low end of a range whose currency is written after the high
/// end: "2 to 3 billion dollars", "2-3 billion euros", "between 2 and 3
/// billion dollars", "5 to 10 cents". Not after "from" ("rose from 2 to 3
/// billion dollars" is a change, not a range), and not a numeral that
/// already ended before `taken`.
fn range_start(
    text: &str,
    high: &Figure,
    n: &Numeral,
    high_numeral: &Numeral,
    taken: usize,
) -> Option<Figure> {
    if high.prefixed
        || high.money.amount_max.is_some()
        || n.start < taken
        || n.form == Form::Vague
        || n.form == Form::Ordinal
        || n.times
    {
        return None;
    }
    let after_conn = numbers::range_connector(text, n.end)?;
    let conn = text[n.end..after_conn].trim();
    // "cut sales by 700 million to 900 million euros": after "by", ends
    // within a factor of two are a range of the change ("cut its forecast
    // by €1bn to €5bn" is the change and the level reached).
    let close = numbers::after_by(text, n.start)
        && n.value < high.money.amount
        && n.value
            .checked_mul(Decimal::TWO)
            .is_none_or(|twice| twice >= high.money.amount);
    if after_conn != high.start
        || (conn == "and" && !preceded_by_between(text, n.start))
        || (matches!(conn, "to" | "through") && numbers::change_not_range(text, n.start) && !close)
    {
        return None;
    }
    // The currency word's divisor ("cents") applies to both ends.
    let div = currency_after(text, high_numeral).map_or(0, |c| c.2);
    let amount = n.value / Decimal::from(10u32.pow(div));
    let low = Figure::bare(n, amount, &high.money.currency, high.rule);
    // "raised its forecast for 2026 to 680 billion yen": a low end above
    // the high one is no range's (here a year).
    (low_end_amount(&low, high) <= high.money.amount).then_some(low)
}

/// A money figure being built: its span, value and how it was found.
#[derive(Debug, Clone)]
struct Figure {
    start: usize,
    end: usize,
    money: Money,
    rule: &'static str,
    /// The numeral carried its own magnitude ("65 billion", not "60").
    has_magnitude: bool,
    /// The multiplier its magnitude word applied (1e7 for "crore"), which
    /// a range's bare low end takes: "₹800-1,000 crore".
    scale: Option<Decimal>,
    /// The currency was written before the number (so a range's high end
    /// may carry it too).
    prefixed: bool,
}

impl Figure {
    /// A range's bare end ("65" of "$60-65 billion", "2" of "2 to 3
    /// billion dollars"): the numeral alone, in the other end's currency.
    fn bare(n: &Numeral, amount: Decimal, currency: &str, rule: &'static str) -> Figure {
        Figure {
            start: n.start,
            end: n.end,
            money: Money {
                amount,
                currency: currency.to_string(),
                qualifier: Qualifier::Exact,
                amount_max: None,
                vague: None,
            },
            rule,
            has_magnitude: n.magnitude.is_some(),
            scale: n.magnitude,
            prefixed: false,
        }
    }

    fn into_candidate(self, text: &str) -> Candidate {
        let mut money = self.money;
        if money.qualifier == Qualifier::Exact {
            money.qualifier = numbers::qualifier_around(text, self.start, self.end);
        }
        Candidate::new(self.start, self.end, Value::Money(money), self.rule)
    }
}

/// The money figure built on numeral `n`, if a currency stands beside it.
fn figure(text: &str, n: &Numeral) -> Option<Figure> {
    if n.form == Form::Ordinal || n.times {
        return None;
    }
    let prefix = currency_before(text, n.start);
    let suffix = currency_after(text, n);
    let (start, end, currency, divisor, rule, prefixed) = match (prefix, suffix) {
        (Some(("JPY", at)), _) if text[at..].starts_with('¥') && near_yuan(text, at) => {
            (at, n.end, "CNY", 0, "money.symbol", true)
        }
        // A bare "R" is the rand only glued to a scaled figure ("R15
        // billion"), not a model or a grade ("R2", "R 15").
        (Some(("ZAR", at)), _)
            if text[at..].starts_with("R")
                && !text[at..].starts_with("ZAR")
                && (at + 1 != n.start || n.magnitude.is_none()) =>
        {
            return None;
        }
        (Some((cur, at)), _) => (at, n.end, cur, 0, "money.symbol", true),
        (None, Some((cur, end, div))) => (
            n.start,
            end,
            if cur == CROWN {
                crown(text, n.start)
            } else {
                cur
            },
            div,
            if n.form == Form::Vague {
                "money.vague"
            } else {
                "money.word"
            },
            false,
        ),
        (None, None) => return None,
    };
    if !prefixed && base_year_dollars(text, n) {
        return None;
    }
    // A symbol before a vague word is no figure but a table's unit ("($
    // billions)"), while "tens of billions of dollars" is one.
    if prefixed && n.form == Form::Vague {
        return None;
    }
    let mut amount = n.value;
    let mut amount_max = n.max;
    if divisor > 0 {
        let d = Decimal::from(10u32.pow(divisor));
        amount /= d;
        amount_max = amount_max.map(|m| m / d);
    }
    let (qualifier, vague) = match (n.form, n.multi) {
        (Form::Vague, true) => (Qualifier::MoreThan, n.vague.clone()),
        (Form::Vague, false) => (Qualifier::Range, n.vague.clone()),
        _ => (Qualifier::Exact, None),
    };
    let mut start = start;
    if n.form != Form::Vague {
        if let Some(sign_at) = negative_sign(text, start) {
            amount = -amount;
            start = sign_at;
        } else if negative_word(text, start) {
            amount = -amount;
        }
    }
    Some(Figure {
        start,
        end,
        money: Money {
            amount: amount.normalize(),
            currency: currency.to_string(),
            qualifier,
            amount_max: amount_max.map(|m| m.normalize()),
            vague,
        },
        rule,
        has_magnitude: n.magnitude.is_some() || n.form == Form::Vague,
        scale: n.magnitude,
        prefixed,
    })
}

/// The most bytes either side of a "¥" looked at for the yuan's name.
const YUAN_REACH: usize = 300;

/// Whether a "¥" stands for the yuan, not the yen (both write it): the
/// yuan named near it ("100 billion yuan (¥100 billion)", "RMB").
fn near_yuan(text: &str, at: usize) -> bool {
    words_around(text, at, YUAN_REACH).any(|(_, w)| {
        ["yuan", "renminbi", "RMB", "CNY"]
            .iter()
            .any(|y| w.eq_ignore_ascii_case(y))
    })
}

/// Whether the text names the yuan ("yuan", "RMB", "CNY", "renminbi") and
/// never the yen: one pass over the text, asked once per text.
fn names_yuan_only(text: &str) -> bool {
    let b = text.as_bytes();
    let has = |w: &str| {
        memchr::memmem::find_iter(b, w.as_bytes())
            .any(|at| crate::lexicon::predicates::word_bounded(text, at, at + w.len()))
    };
    (has("yuan") || has("RMB") || has("CNY") || has("renminbi"))
        && !(has("yen")
            || has("JPY")
            || has("Japan")
            || has("Japanese")
            || has("Tokyo")
            || has("TOKYO")
            || has("Nikkei"))
}

/// The words within `reach` bytes either side of `at`, with where each
/// starts: where a currency's country or name is looked for.
fn words_around(text: &str, at: usize, reach: usize) -> impl Iterator<Item = (usize, &str)> {
    let from = crate::numbers::floor_char_boundary(text, at.saturating_sub(reach));
    let to = crate::numbers::floor_char_boundary(text, at + reach);
    let window = &text[from..to];
    window
        .split(|c: char| !c.is_alphanumeric())
        .map(move |w| (from + (w.as_ptr() as usize - window.as_ptr() as usize), w))
}

/// "in constant 2025 dollars", "in 2024 dollars": a year naming the
/// dollars' value, not an amount.
fn base_year_dollars(text: &str, n: &Numeral) -> bool {
    let year_like = n.form == Form::Digits
        && n.magnitude.is_none()
        && n.end - n.start == 4
        && (Decimal::from(1900)..=Decimal::from(2100)).contains(&n.value);
    if !year_like {
        return false;
    }
    let before = text[..n.start].trim_end();
    let word = before.rsplit(' ').next().unwrap_or("");
    [
        "constant",
        "real",
        "in",
        "today's",
        "nominal",
        "inflation-adjusted",
        "chained",
    ]
    .iter()
    .any(|w| w.eq_ignore_ascii_case(word))
}

/// A minus sign glued before the figure ("-$2.1bn", "−€40m"), with the
/// byte where it begins; not a hyphen joining words ("pre-$5bn") nor a
/// bullet opening a line ("-$5bn capex").
fn negative_sign(text: &str, start: usize) -> Option<usize> {
    let (at, prev) = numbers::minus_before(text, start)?;
    let prev = prev?;
    (!prev.is_alphanumeric() && !matches!(prev, '\n' | '\r' | '-' | '−')).then_some(at)
}

/// "negative $4.7 billion", "minus $10 billion": the word stays out of the
/// surface text, as a qualifier does.
fn negative_word(text: &str, start: usize) -> bool {
    let before = text[..start].trim_end_matches(' ');
    if before.len() == start {
        return false;
    }
    let word_at = before.rfind(|c: char| !c.is_alphabetic()).map_or(0, |i| {
        i + before[i..].chars().next().map_or(1, char::len_utf8)
    });
    let word = &before[word_at..];
    // "plus or minus $300 million" is a margin, not a negative amount. (The
    // test reads the last bytes only: this runs at every figure.)
    let margin = affix::ends_with_ignore_case(before[..word_at].trim_end(), "plus or");
    (word.eq_ignore_ascii_case("negative") || word.eq_ignore_ascii_case("minus")) && !margin
}

/// A currency symbol or code ending at `start` (one space allowed between),
/// with the byte where it begins.
fn currency_before(text: &str, start: usize) -> Option<(&'static str, usize)> {
    let before = &text[..start];
    let trimmed = before.strip_suffix(' ').unwrap_or(before);
    // "$      1,234": a results table's columns align the numbers and set
    // the symbol apart.
    let aligned = if before.ends_with("  ") {
        before.trim_end_matches(' ')
    } else {
        before
    };
    if before.len() - aligned.len() > 1 && before.len() - aligned.len() <= 16 {
        let symbol = ["$", "€", "£"]
            .into_iter()
            .find(|s| aligned.ends_with(s))
            .filter(|s| {
                aligned[..aligned.len() - s.len()]
                    .chars()
                    .next_back()
                    .is_none_or(|c| c.is_whitespace() || c == '(' || c == '|')
            })?;
        let code = PREFIXES.iter().find(|p| p.0 == symbol).map(|p| p.1)?;
        return Some((code, aligned.len() - symbol.len()));
    }
    for &(sym, code) in PREFIXES {
        let Some(rest) = affix::strip_suffix(trimmed, sym) else {
            continue;
        };
        let alphabetic = sym.chars().next().is_some_and(char::is_alphabetic);
        // A letter code must not be the tail of a word ("BUSD", "OURS").
        if rest
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric() || (alphabetic && c == '$'))
        {
            if !alphabetic {
                // "X$5": an unknown dollar prefix; not plain USD.
                return None;
            }
            continue;
        }
        // A space between is only allowed after codes and "$"-style symbols.
        if trimmed.len() != before.len() && !alphabetic && sym != "$" && sym != "€" && sym != "£"
        {
            continue;
        }
        return Some((code, rest.len()));
    }
    None
}

/// A currency word after the numeral: its code, the byte where the figure
/// ends, and the power of ten dividing the amount.
fn currency_after(text: &str, n: &Numeral) -> Option<(&'static str, usize, u32)> {
    let rest = &text[n.end..];
    // "multibillion-dollar", "multi-billion dollar".
    if n.multi {
        for sep in ["-", " "] {
            for &(word, code, _) in SUFFIXES.iter().filter(|s| s.2 == 0) {
                if let Some(after) = rest
                    .strip_prefix(sep)
                    .and_then(|r| affix::strip_prefix(r, word))
                {
                    if word_end(after) {
                        return Some((code, n.end + sep.len() + word.len(), 0));
                    }
                }
            }
        }
        return None;
    }
    // Cents and pence glued on: "89¢", and "89c" or "2.1p" before "a
    // share" ("1080p" is a screen, not pence).
    // "5€", "20 € per month", as European writers place the sign.
    if let Some(after) = rest.strip_prefix('€').or_else(|| rest.strip_prefix(" €")) {
        return Some(("EUR", text.len() - after.len(), 0));
    }
    if n.form == Form::Digits && n.magnitude.is_none() {
        if rest.starts_with('¢') {
            return Some(("USD", n.end + '¢'.len_utf8(), 2));
        }
        for (sign, code) in [("c", "USD"), ("p", "GBP")] {
            if let Some(after) = rest.strip_prefix(sign) {
                let per_share = [" a share", " per share", " each"]
                    .iter()
                    .any(|p| affix::starts_with(after, p));
                // "closed at 1,200p", "fell 3.5p": a price in pence, which
                // a screen's "1080p" is not (no separator or decimal); a
                // whole number is pence where a price is spoken of ("fell
                // 42p to 2,105p", "the price of a pint to 95p").
                let pence = sign == "p"
                    && word_end(after)
                    && (n.thousands_sep || n.decimal_point || whole_pence(text, n));
                if per_share || pence {
                    return Some((code, n.end + 1, 2));
                }
            }
        }
    }
    // "tens of billions of dollars", "a few billion dollars".
    let rest = if n.is_plural_vague() {
        rest.strip_prefix(" of ")?
    } else {
        rest.strip_prefix(' ')?
    };
    let offset = text.len() - rest.len();
    // (Most numerals are followed by a lower-case word or none: the
    // capitalized forms are tried only after a capital.)
    let capital = rest.starts_with(|c: char| c.is_ascii_uppercase());
    for &(word, code, div) in SUFFIXES {
        if let Some(after) = affix::strip_prefix(rest, word)
            .or_else(|| capital.then(|| capitalized(rest, word)).flatten())
        {
            if !word_end(after) {
                continue;
            }
            // "dollar" alone after a number is an adjective ("a 5 dollar bill"), fine;
            // cents only make sense for plain numbers.
            if div > 0 && n.magnitude.is_some() && n.form != Form::Digits {
                continue;
            }
            if n.form == Form::Vague && div > 0 {
                continue;
            }
            // "3.4 billion pounds" of copper is a weight (see `quantity`).
            if matches!(word, "pounds" | "pound")
                && pounds_of_weight(text, n.start, offset + word.len())
            {
                return None;
            }
            return Some((code, offset + word.len(), div));
        }
    }
    None
}

/// `rest` past a currency word written with a capital or in capitals, as
/// headlines and wire briefs write them ("41.2 Bln Rupees", "6.21 BILLION
/// RIYALS"): only words the table writes in lower case, in ASCII.
fn capitalized<'a>(rest: &'a str, word: &str) -> Option<&'a str> {
    if rest.as_bytes().first()?.to_ascii_lowercase() != *word.as_bytes().first()? {
        return None;
    }
    let head = rest.get(..word.len())?;
    let first_lower = word.starts_with(|c: char| c.is_ascii_lowercase());
    if !first_lower || !word.is_ascii() || !head.eq_ignore_ascii_case(word) {
        return None;
    }
    let title = head.starts_with(|c: char| c.is_ascii_uppercase())
        && head[1..].bytes().all(|b| !b.is_ascii_uppercase());
    let upper = head.bytes().all(|b| !b.is_ascii_lowercase());
    (title || upper).then(|| &rest[word.len()..])
}

/// Whether a whole number glued to "p" is a price in pence: not a video
/// resolution ("1080p"), after a word that introduces a price or its move,
/// with a price, a share or pounds spoken of nearby.
fn whole_pence(text: &str, n: &Numeral) -> bool {
    const SCREENS: &[u32] = &[144, 240, 360, 480, 576, 720, 1080, 1440, 2160, 4320];
    let digits = &text[n.start..n.end];
    if digits.len() > 4 || digits.parse::<u32>().is_ok_and(|v| SCREENS.contains(&v)) {
        return false;
    }
    const LEADS: &[&str] = &[
        "at", "to", "from", "by", "of", "costs", "cost", "priced", "fell", "rose", "gained",
        "lost", "dropped", "slid", "jumped", "added", "shed", "down", "up", "was", "were",
        "closed", "opened", "ended", "finished", "traded", "around", "about", "nearly",
    ];
    let before = &text[..crate::numbers::qualifier_start(text, n.start)];
    // ("95p (from 88p)": the word may open a bracket.)
    let lead = before
        .trim_end()
        .rsplit(' ')
        .next()
        .unwrap_or("")
        .trim_start_matches(['(', '[']);
    if !LEADS.iter().any(|w| w.eq_ignore_ascii_case(lead)) {
        return false;
    }
    let lo = crate::numbers::floor_char_boundary(text, n.start.saturating_sub(120));
    let hi = crate::numbers::floor_char_boundary(text, n.end + 120);
    let near = text[lo..hi].to_ascii_lowercase();
    [
        "share", "stock", "price", "pence", "cost", "£", "penny", "ftse",
    ]
    .iter()
    .any(|cue| near.contains(cue))
}

/// Commodities weighed in pounds: a clause that names one ("copper sales
/// of 3.4 billion pounds") speaks of weight, not sterling. "Lead" is left
/// out (a verb too); "pounds of lead" is weight by the "of" rule.
#[rustfmt::skip]
const COMMODITIES: &[&str] = &[
    "copper", "gold", "silver", "platinum", "palladium", "aluminium", "aluminum", "nickel", "zinc",
    "tin", "cobalt", "lithium", "uranium", "molybdenum", "ore", "steel", "metal", "metals",
    "cathode", "cathodes", "concentrate", "cotton", "coffee", "cocoa", "sugar", "beef", "pork",
    "poultry", "chicken", "meat", "lamb", "wool", "wheat", "corn", "soybeans", "soybean", "rice",
    "butter", "cheese", "tobacco", "salmon", "seafood", "shrimp", "lobster",
];

/// Nouns after a commodity that make it a business, not the goods
/// weighed: "the copper miner", "a coffee chain", "gold medals", or its
/// price ("gold prices").
#[rustfmt::skip]
const COMMODITY_BUSINESS: &[&str] = &[
    "miner", "miners", "mining", "producer", "producers", "company", "companies", "group", "firm",
    "giant", "major", "business", "unit", "division", "maker", "makers", "trader", "traders",
    "refiner", "mine", "mines", "project", "projects", "asset", "assets", "stake", "deal", "bid",
    "chain", "shop", "shops", "brand", "brands", "retailer", "supplier", "processor", "plant",
    "factory", "industry", "sector", "royalty", "stocks", "shares", "fund", "funds", "exporter",
    "importer", "merchant", "medal", "medals", "standard", "price", "prices", "futures",
];

/// Words of money just before a figure in pounds: "earned 200 million
/// pounds", "a profit of 2.3 billion pounds" are sterling.
#[rustfmt::skip]
const MONEY_CUES: &[&str] = &[
    "profit", "profits", "earned", "earn", "earns", "earnings", "spent", "spend", "spends",
    "spending", "paid", "pay", "pays", "paying", "revenue", "revenues", "turnover", "worth",
    "valued", "valuing", "value", "valuation", "cost", "costs", "costing", "funding", "fund",
    "support", "investment", "invest", "invested", "investing", "bid", "offer", "loss", "losses",
    "income", "raised", "raise", "raising", "fine", "fined", "deal", "price", "priced", "budget",
    "bonus", "salary", "pension", "dividend", "debt", "loan", "loans", "grant", "subsidy", "tax",
    "taxes", "sterling", "cash", "capital", "charge", "writedown", "impairment", "savings", "bill",
    "compensation", "damages", "sum", "fee", "fees", "premium", "buy", "bought", "acquire",
    "acquired", "takeover", "stake",
];

/// Nouns of money after "pounds of": "pounds of investment", "of taxpayers'
/// money" are sterling.
#[rustfmt::skip]
const MONEY_NOUNS: &[&str] = &[
    "money", "cash", "investment", "investments", "funding", "funds", "financing", "capital",
    "debt", "debts", "loans", "lending", "credit", "bonds", "gilts", "notes", "shares", "stock",
    "equity", "securities", "assets", "liabilities", "deposits", "savings", "cuts", "revenue",
    "revenues", "sales", "income", "profit", "profits", "earnings", "losses", "costs", "spending",
    "tax", "taxes", "subsidies", "aid", "support", "grants", "stimulus", "fines", "damages",
    "compensation", "payments", "bills", "claims", "dividends", "buybacks", "bonuses", "wages",
    "pensions", "value", "business", "deals", "contracts", "orders", "acquisitions", "purchases",
    "property", "writedowns", "impairments", "budget", "exports", "imports",
];

/// Words opening the phrase after "pounds of" that say nothing of what
/// it is ("pounds of its own", "of public money"): the sentence decides.
#[rustfmt::skip]
const OF_DETERMINERS: &[&str] = &[
    "its", "their", "the", "his", "her", "our", "your", "this", "that", "these", "those", "it",
    "them", "which", "what", "public", "new", "extra", "additional", "fresh", "private",
    "government", "state", "foreign", "taxpayer", "taxpayers", "further", "total", "annual",
];

/// Whether "pounds" (or "pound") ending at `end` weighs something rather
/// than counting sterling: "pounds of copper" (any goods but money:
/// "pounds of investment" is sterling), or, for the plural, a sentence
/// that names a commodity ("copper sales of about 3.4 billion pounds") or
/// prices by weight ("$4.10 per pound"). A conversion after it ("3 billion
/// pounds ($3.9 billion)") is sterling; the singular before a noun ("a 3
/// billion pound bid") is too. Only read where a figure is followed by
/// "pound", within its sentence and a few hundred bytes.
pub(crate) fn pounds_of_weight(text: &str, start: usize, end: usize) -> bool {
    let rest = &text[end..];
    if let Some(inside) = rest.strip_prefix(" (") {
        if PREFIXES.iter().any(|(p, _)| inside.starts_with(p)) {
            return false;
        }
    }
    let lower_in = |w: &str, list: &[&str]| list.iter().any(|l| l.eq_ignore_ascii_case(w));
    if let Some(after) = rest.strip_prefix(" of ") {
        // The noun phrase after "of", up to four words: "pounds of copper
        // cathode", "pounds of UK government bonds", "of taxpayers' money".
        let mut phrase = [""; 4];
        for (slot, raw) in phrase.iter_mut().zip(after.split(' ')) {
            *slot = raw.trim_end_matches(|c: char| !c.is_alphanumeric());
            if raw.ends_with([',', '.', ';', ':', ')', '!', '?']) {
                break;
            }
        }
        let any = |list: &[&str]| phrase.iter().any(|w| lower_in(w, list));
        if any(COMMODITIES) || lower_in(phrase[0], &["lead"]) {
            return true;
        }
        if any(MONEY_NOUNS) {
            return false;
        }
        let determiner = lower_in(phrase[0], OF_DETERMINERS);
        let word = phrase[0].starts_with(|c: char| c.is_alphabetic());
        if word && !determiner {
            return true;
        }
    }
    // The singular is an adjective ("a 3 billion pound bid"): sterling.
    if !text[..end].ends_with(['s', 'S']) {
        return false;
    }
    // The sentence around the figure, within a few hundred bytes.
    let lo = crate::numbers::floor_char_boundary(text, start.saturating_sub(200));
    let hi = crate::numbers::floor_char_boundary(text, end + 120);
    let back = &text[lo..start];
    let from = back
        .rfind(['\n', ';', '!', '?'])
        .into_iter()
        .chain(back.rfind(". "))
        .max()
        .map_or(lo, |i| lo + i + 1);
    let ahead = &text[end..hi];
    let to = ahead
        .find(['\n', ';', '!', '?'])
        .into_iter()
        .chain(ahead.find(". "))
        .min()
        .map_or(hi, |i| end + i);
    fn words(s: &str) -> Vec<&str> {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect()
    }
    let before = words(&text[from..start]);
    // "earned 200 million pounds", "a profit of", "sold it for": sterling,
    // whatever the sentence weighs elsewhere.
    let near = before.iter().rev().take(5);
    if near.clone().any(|w| lower_in(w, MONEY_CUES))
        || before.last().is_some_and(|w| w.eq_ignore_ascii_case("for"))
    {
        return false;
    }
    // "$4.10 per pound", "80 cents a pound", "$9,000 per lb" in the sentence.
    let all = words(&text[from..to]);
    let priced = all.windows(3).any(|w| {
        lower_in(w[2], &["pound", "lb"])
            && (w[1].eq_ignore_ascii_case("per")
                || (w[1] == "a"
                    && (w[0].ends_with(|c: char| c.is_ascii_digit())
                        || lower_in(w[0], &["cents", "pence"]))))
    });
    if priced {
        return true;
    }
    // A commodity named before the figure: "copper sales of about 3.4
    // billion pounds", "US beef exports reached"; not a business ("the
    // copper miner"), a price ("gold prices") or a name ("Gold Fields",
    // "Tata Steel").
    before.iter().enumerate().any(|(k, w)| {
        if !lower_in(w, COMMODITIES) {
            return false;
        }
        let next = before.get(k + 1).copied().unwrap_or("");
        let capital = |s: &str| s.starts_with(|c: char| c.is_uppercase());
        let name =
            capital(w) && (capital(next) || k.checked_sub(1).is_some_and(|j| capital(before[j])));
        !name && !lower_in(next, COMMODITY_BUSINESS)
    })
}

fn word_end(after: &str) -> bool {
    after.chars().next().is_none_or(|c| !c.is_alphanumeric())
}

/// The high end of a range starting at figure `low`: a connector then either
/// another money figure of the same currency or a bare numeral. Returns the
/// high figure and the index of the first numeral after it.
/// `baseline`: the range just before, when the low end opens a baseline
/// of it (see [`baseline_of`]): then "from X to Y" is a range too, if of
/// the same scale.
fn range_end(
    text: &str,
    low: &Figure,
    nums: &[Numeral],
    next: usize,
    baseline: Option<&Money>,
) -> Option<(Figure, usize)> {
    let n = nums.get(next)?;
    let after_conn = numbers::range_connector(text, low.end)?;
    let conn = text[low.end..after_conn].trim();
    if conn == "and" && !preceded_by_between(text, low.start) {
        return None;
    }
    let change = matches!(conn, "to" | "through") && numbers::change_not_range(text, low.start);
    let baseline = baseline.filter(|_| conn == "to");
    if change && baseline.is_none() {
        return None;
    }
    // A "-" range needs the high end glued on: "$60-65 billion", not "$5 - $6".
    let high = if let Some(f) = figure(text, n) {
        if f.start != after_conn || f.money.currency != low.money.currency {
            return None;
        }
        f
    } else {
        if n.start != after_conn || !low.prefixed || n.form == Form::Vague {
            return None;
        }
        // "$60-65 billion": the high end takes the low one's currency.
        let mut f = Figure::bare(n, n.value, &low.money.currency, low.rule);
        if let Some((_, end, _)) = currency_after(text, n) {
            f.end = end;
        }
        f
    };
    if low.money.amount_max.is_some() || high.money.amount_max.is_some() {
        return None;
    }
    // A falling pair is no range: "cut from $300 to $250", and not "$120
    // billion through 2027" either.
    let low_amount = low_end_amount(low, &high);
    if low_amount > high.money.amount {
        return None;
    }
    // "$2.60 to $2.70, up from $2.5 billion to $3 billion" is no baseline:
    // the two low ends must be within a factor of ten.
    if let Some(range) = baseline.filter(|_| change) {
        let (a, b) = (low_amount.abs(), range.amount.abs());
        let more_than_tenfold =
            |x: Decimal, y: Decimal| y.checked_mul(Decimal::TEN).is_some_and(|ten_y| x > ten_y);
        if a.is_zero() || b.is_zero() || more_than_tenfold(a, b) || more_than_tenfold(b, a) {
            return None;
        }
    }
    Some((high, next + 1))
}

/// Whether figure `low` opens the baseline of the range that ended at
/// `end`: "$2.60 to $2.70, up from $2.52 to $2.62", "a range of $7.00 to
/// $7.50 per share from $7.00 to $8.00". "From X to Y" is a change from
/// one level to another ("rose from $5bn to $6bn"), but right after a
/// range, with only "up", "down" or "per share" between, it is the range
/// the new one is compared with. Same currency here; [`range_end`] checks
/// the scale.
fn baseline_of(text: &str, end: usize, range: &Money, low: &Figure) -> bool {
    if low.money.currency != range.currency || low.money.amount_max.is_some() {
        return false;
    }
    let at = numbers::qualifier_start(text, low.start);
    let Some(between) = text.get(end..at).filter(|b| b.len() <= 32) else {
        return false;
    };
    let mut words = between.split([' ', ',']).filter(|w| !w.is_empty()).rev();
    if !words.next().is_some_and(|w| w.eq_ignore_ascii_case("from")) {
        return false;
    }
    words.all(|w| {
        ["up", "down", "per", "a", "share", "each", "apiece"]
            .iter()
            .any(|x| x.eq_ignore_ascii_case(w))
    })
}

fn preceded_by_between(text: &str, start: usize) -> bool {
    affix::ends_with_ignore_case(text[..start].trim_end(), "between")
}

/// The amount of a range's low end: "$60-65 billion", "$60 to $65
/// billion": the low end shares the high end's magnitude.
fn low_end_amount(low: &Figure, high: &Figure) -> Decimal {
    if !low.has_magnitude && high.has_magnitude {
        if let Some(scaled) = scale_like(low.money.amount, high) {
            return scaled;
        }
    }
    low.money.amount
}

/// One figure from a low and a high end.
fn join_range(mut low: Figure, high: Figure) -> Figure {
    let low_amount = low_end_amount(&low, &high);
    let (lo, hi) = if low_amount <= high.money.amount {
        (low_amount, high.money.amount)
    } else {
        (high.money.amount, low_amount)
    };
    low.money.amount = lo.normalize();
    low.money.amount_max = Some(hi.normalize());
    low.money.qualifier = Qualifier::Range;
    low.end = high.end;
    low.rule = "money.range";
    low
}

/// Scales a bare low end by the magnitude the high end was written with.
fn scale_like(low: Decimal, high: &Figure) -> Option<Decimal> {
    let m = high.scale.or_else(|| high_magnitude(high.money.amount))?;
    low.checked_mul(m)
}

/// The magnitude (thousand, million, billion, trillion) of an amount
/// written with one: the largest power of 1000 that leaves a figure >= 1.
fn high_magnitude(amount: Decimal) -> Option<Decimal> {
    let mut m = Decimal::ONE;
    let thousand = Decimal::from(1000);
    while amount / (m * thousand) >= Decimal::ONE && m < Decimal::from(1_000_000_000_000u64) {
        m *= thousand;
    }
    (m > Decimal::ONE).then_some(m)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::Kind;
    use crate::testing::mentions_in;

    /// Input, then the expected (surface, amount, currency, qualifier,
    /// amount_max) of each money mention, in order.
    use crate::testing::{check_table, Case};

    const CASES: &[Case] = &[
        // Signs and codes as the world's press writes them.
        (
            "earned 89c a share, trades at 89¢, pays 2.1p per share; a 1080p screen",
            &[
                ("89c", "0.89", "USD", "exact", None),
                ("89¢", "0.89", "USD", "exact", None),
                ("2.1p", "0.021", "GBP", "exact", None),
            ],
        ),
        (
            "revenue of $US1.4 billion; 5€ or 20 € a month",
            &[
                ("$US1.4 billion", "1400000000", "USD", "exact", None),
                ("5€", "5", "EUR", "exact", None),
                ("20 €", "20", "EUR", "exact", None),
            ],
        ),
        // Wire copy's abbreviated currencies, and codes after the figure.
        (
            "net 1.2 mln dlrs; a 50 mln stg loan; sales of 3.4 billion AED",
            &[
                ("1.2 mln dlrs", "1200000", "USD", "exact", None),
                ("50 mln stg", "50000000", "GBP", "exact", None),
                ("3.4 billion AED", "3400000000", "AED", "exact", None),
            ],
        ),
        // Wire copy's abbreviated scales: "bln", "mln", "trln".
        (
            "profit 2.93 trln won vs 3.12 trln won; cost 820 bln won, 45 mln euros",
            &[
                ("2.93 trln won", "2930000000000", "KRW", "exact", None),
                ("3.12 trln won", "3120000000000", "KRW", "exact", None),
                ("820 bln won", "820000000000", "KRW", "exact", None),
                ("45 mln euros", "45000000", "EUR", "exact", None),
            ],
        ),
        (
            "Rs500 crore, Rs.500 crore, ₹1,00,000 and ₹12,50,00,000",
            &[
                ("Rs500 crore", "5000000000", "INR", "exact", None),
                ("Rs.500 crore", "5000000000", "INR", "exact", None),
                ("₹1,00,000", "100000", "INR", "exact", None),
                ("₹12,50,00,000", "125000000", "INR", "exact", None),
            ],
        ),
        (
            "in constant 2025 dollars; 1 trillion New Taiwan dollars",
            &[(
                "1 trillion New Taiwan dollars",
                "1000000000000",
                "TWD",
                "exact",
                None,
            )],
        ),
        // Scale abbreviations and the largest scale word.
        (
            "a deal worth Rs 1,000 cr and $5 mil, of $1 quadrillion",
            &[
                ("Rs 1,000 cr", "10000000000", "INR", "exact", None),
                ("$5 mil", "5000000", "USD", "exact", None),
                ("$1 quadrillion", "1000000000000000", "USD", "exact", None),
            ],
        ),
        // Comparison signs are qualifiers.
        (
            "Revenue was >$10B; costs <$1B.",
            &[
                ("$10B", "10000000000", "USD", "more_than", None),
                ("$1B", "1000000000", "USD", "less_than", None),
            ],
        ),
        // A minus sign or word makes the amount negative; a bullet does not.
        (
            "Free cash flow was -$2.1bn, then negative $4.7 billion.\n-$5bn capex, plus or minus $300 million",
            &[
                ("-$2.1bn", "-2100000000", "USD", "exact", None),
                ("$4.7 billion", "-4700000000", "USD", "exact", None),
                ("$5bn", "5000000000", "USD", "exact", None),
                ("$300 million", "300000000", "USD", "exact", None),
            ],
        ),
        // "¥" is the yuan where the yuan is named, else the yen.
        (
            "sales of 309 billion Danish crowns and 104.1 billion riyals",
            &[
                ("309 billion Danish crowns", "309000000000", "DKK", "exact", None),
                ("104.1 billion riyals", "104100000000", "SAR", "exact", None),
            ],
        ),
        // Headlines and wire briefs capitalize the currency's word, or
        // write it in capitals.
        (
            "Net Profit 41.2 Bln Rupees; Q3 NET PROFIT 6.21 BILLION RIYALS",
            &[
                ("41.2 Bln Rupees", "41200000000", "INR", "exact", None),
                ("6.21 BILLION RIYALS", "6210000000", "SAR", "exact", None),
            ],
        ),
        // "kr" and "crowns" are the crown of the country named nearest,
        // else Sweden's; more codes and symbols, glued or not; the rand's
        // bare "R" only glued to a scaled figure.
        (
            "Equinor, the Norwegian group, earned 12 billion crowns; Volvo lost 1.2 billion kr",
            &[
                ("12 billion crowns", "12000000000", "NOK", "exact", None),
                ("1.2 billion kr", "1200000000", "NOK", "exact", None),
            ],
        ),
        (
            "Volvo Cars reported an operating loss of 1.2 billion kr.",
            &[("1.2 billion kr", "1200000000", "SEK", "exact", None)],
        ),
        (
            "Orlen will spend 320 billion zł; PKO earned PLN 9.3 billion",
            &[
                ("320 billion zł", "320000000000", "PLN", "exact", None),
                ("PLN 9.3 billion", "9300000000", "PLN", "exact", None),
            ],
        ),
        (
            "raised R15 billion, RM5.2 billion and Rp 3 trillion; the R2 costs 20",
            &[
                ("R15 billion", "15000000000", "ZAR", "exact", None),
                ("RM5.2 billion", "5200000000", "MYR", "exact", None),
                ("Rp 3 trillion", "3000000000000", "IDR", "exact", None),
            ],
        ),
        (
            "a quarter of a billion dollars and a multimillion-pound deal",
            &[
                ("a quarter of a billion dollars", "250000000", "USD", "exact", None),
                ("multimillion-pound", "1000000", "GBP", "more_than", None),
            ],
        ),
        (
            "shares closed down 45 pence at 1,200p, in 1080p video",
            &[
                ("45 pence", "0.45", "GBP", "exact", None),
                ("1,200p", "12", "GBP", "exact", None),
            ],
        ),
        // A range's bare low end takes the high end's written scale, not the
        // largest power of a thousand below its amount.
        (
            "could raise ₹800-1,000 crore or $800-1000 million",
            &[
                ("₹800-1,000 crore", "8000000000", "INR", "range", Some("10000000000")),
                ("$800-1000 million", "800000000", "USD", "range", Some("1000000000")),
            ],
        ),
        // A few, several and a couple of a scale are vague amounts; the
        // dollar of Australian and New Zealand copy; "shy of" is below.
        (
            "needs a few billion dollars, paid $A1.1bn and $NZ200m, just shy of $5 trillion",
            &[
                ("a few billion dollars", "2000000000", "USD", "range", Some("9000000000")),
                ("$A1.1bn", "1100000000", "AUD", "exact", None),
                ("$NZ200m", "200000000", "NZD", "exact", None),
                ("$5 trillion", "5000000000000", "USD", "less_than", None),
            ],
        ),
        // A whole number of pence where a price is spoken of; not a
        // resolution, a page or a count.
        (
            "BHP shares fell 42p to 2105p; milk's price rose to 95p",
            &[
                ("42p", "0.42", "GBP", "exact", None),
                ("2105p", "21.05", "GBP", "exact", None),
                ("95p", "0.95", "GBP", "exact", None),
            ],
        ),
        ("the share video streams at 720p; see 12p of the report", &[]),
        // (The word before may open a bracket: a baseline in parentheses.)
        (
            "our price target rises to 95p (from 88p)",
            &[
                ("95p", "0.95", "GBP", "exact", None),
                ("88p", "0.88", "GBP", "exact", None),
            ],
        ),
        // A scale written once serves two coordinated figures.
        (
            "revenue of $1.5 and $2 billion; dividends of $5 and $10",
            &[
                ("$1.5", "1500000000", "USD", "exact", None),
                ("$2 billion", "2000000000", "USD", "exact", None),
                ("$5", "5", "USD", "exact", None),
                ("$10", "10", "USD", "exact", None),
            ],
        ),
        (
            "spend 100 billion yuan (¥100 billion)",
            &[
                ("100 billion yuan", "100000000000", "CNY", "exact", None),
                ("¥100 billion", "100000000000", "CNY", "exact", None),
            ],
        ),
        (
            "Sony spent ¥500 billion",
            &[("¥500 billion", "500000000000", "JPY", "exact", None)],
        ),
        (
            "a fee of 50 euro cents",
            &[("50 euro cents", "0.5", "EUR", "exact", None)],
        ),
        // A change and the level reached are two figures, not a range.
        (
            "Net income fell by $2 billion to $18 billion.",
            &[
                ("$2 billion", "2000000000", "USD", "exact", None),
                ("$18 billion", "18000000000", "USD", "exact", None),
            ],
        ),
        // After "by", a bare low end within a factor of two of the high
        // one that carries the currency is a range of the change.
        (
            "the rules would reduce its 2027 sales by 700 million to 900 million euros",
            &[(
                "700 million to 900 million euros",
                "700000000",
                "EUR",
                "range",
                Some("900000000"),
            )],
        ),
        (
            "Capex climbed $8bn to $35bn.",
            &[
                ("$8bn", "8000000000", "USD", "exact", None),
                ("$35bn", "35000000000", "USD", "exact", None),
            ],
        ),
        (
            "raised its forecast from $100 billion to $125 billion",
            &[
                ("$100 billion", "100000000000", "USD", "exact", None),
                ("$125 billion", "125000000000", "USD", "exact", None),
            ],
        ),
        // Right after a range, "from X to Y" is its baseline, a range too
        // (same currency, same scale); elsewhere a change.
        (
            "sees EPS of $2.60 to $2.70, up from $2.52 to $2.62",
            &[
                ("$2.60 to $2.70", "2.6", "USD", "range", Some("2.7")),
                ("$2.52 to $2.62", "2.52", "USD", "range", Some("2.62")),
            ],
        ),
        (
            "cut it to a range of $7.00 to $7.50 per share from $7.00 to $8.00",
            &[
                ("$7.00 to $7.50", "7", "USD", "range", Some("7.5")),
                ("$7.00 to $8.00", "7", "USD", "range", Some("8")),
            ],
        ),
        (
            "cut capex to between $18 billion and $20 billion, from $20 billion to $23 billion",
            &[
                ("$18 billion and $20 billion", "18000000000", "USD", "range", Some("20000000000")),
                ("$20 billion to $23 billion", "20000000000", "USD", "range", Some("23000000000")),
            ],
        ),
        (
            "EPS of $2.60 to $2.70; revenue rose from $2.5 billion to $3 billion",
            &[
                ("$2.60 to $2.70", "2.6", "USD", "range", Some("2.7")),
                ("$2.5 billion", "2500000000", "USD", "exact", None),
                ("$3 billion", "3000000000", "USD", "exact", None),
            ],
        ),
        (
            "EPS of $2.60 to $2.70, up from $2.5 billion to $3 billion",
            &[
                ("$2.60 to $2.70", "2.6", "USD", "range", Some("2.7")),
                ("$2.5 billion", "2500000000", "USD", "exact", None),
                ("$3 billion", "3000000000", "USD", "exact", None),
            ],
        ),
        (
            "capex of €5bn to €6bn, up from $4bn to $5bn",
            &[
                ("€5bn to €6bn", "5000000000", "EUR", "range", Some("6000000000")),
                ("$4bn", "4000000000", "USD", "exact", None),
                ("$5bn", "5000000000", "USD", "exact", None),
            ],
        ),
        // Pounds that weigh goods are no sterling: "pounds of" goods, a
        // commodity named before the figure, a price "per pound".
        (
            "sees copper sales of about 3.4 billion pounds next year, down from 4.0 billion pounds",
            &[],
        ),
        (
            "shipped 12 million pounds of aluminium; US beef exports reached 2.8 billion pounds",
            &[],
        ),
        (
            "sold 250 million pounds at an average $4.10 per pound",
            &[("$4.10", "4.1", "USD", "exact", None)],
        ),
        (
            "a 31 billion pound bid for the copper miner; paid 120 million pounds for the stake",
            &[
                ("31 billion pound", "31000000000", "GBP", "exact", None),
                ("120 million pounds", "120000000", "GBP", "exact", None),
            ],
        ),
        (
            "5 billion pounds of taxpayers' money and 2 billion pounds of new investment",
            &[
                ("5 billion pounds", "5000000000", "GBP", "exact", None),
                ("2 billion pounds", "2000000000", "GBP", "exact", None),
            ],
        ),
        (
            "the gold miner earned 300 million pounds; Tata Steel got 500 million pounds",
            &[
                ("300 million pounds", "300000000", "GBP", "exact", None),
                ("500 million pounds", "500000000", "GBP", "exact", None),
            ],
        ),
        (
            "a profit of 2.3 billion pounds on higher gold prices, or 3 billion pounds ($3.9 billion) of copper",
            &[
                ("2.3 billion pounds", "2300000000", "GBP", "exact", None),
                ("3 billion pounds", "3000000000", "GBP", "exact", None),
                ("$3.9 billion", "3900000000", "USD", "exact", None),
            ],
        ),
        (
            "prices ranging from $5 to $10",
            &[("$5 to $10", "5", "USD", "range", Some("10"))],
        ),
        (
            "Capex rose $5-6 billion",
            &[(
                "$5-6 billion",
                "5000000000",
                "USD",
                "range",
                Some("6000000000"),
            )],
        ),
        // A falling pair is no range; nor is a year after "through".
        (
            "The target was cut to $250 to $300 from $300 to $250.",
            &[
                ("$250 to $300", "250", "USD", "range", Some("300")),
                ("$300", "300", "USD", "exact", None),
                ("$250", "250", "USD", "exact", None),
            ],
        ),
        (
            "capital expenditures of about $120 billion through 2027",
            &[("$120 billion", "120000000000", "USD", "approximately", None)],
        ),
        (
            "$100 billion",
            &[("$100 billion", "100000000000", "USD", "exact", None)],
        ),
        (
            "a $4-trillion valuation and a $100-million round",
            &[
                ("$4-trillion", "4000000000000", "USD", "exact", None),
                ("$100-million", "100000000", "USD", "exact", None),
            ],
        ),
        (
            "no more than $3 billion",
            &[("$3 billion", "3000000000", "USD", "at_most", None)],
        ),
        (
            "Rs 5,000 crore and ₹1.5 lakh crore",
            &[
                ("Rs 5,000 crore", "50000000000", "INR", "exact", None),
                ("₹1.5 lakh crore", "1500000000000", "INR", "exact", None),
            ],
        ),
        (
            "spent $26.3 billion on",
            &[("$26.3 billion", "26300000000", "USD", "exact", None)],
        ),
        (
            "a $200bn plan",
            &[("$200bn", "200000000000", "USD", "exact", None)],
        ),
        (
            "$244B AWS backlog",
            &[("$244B", "244000000000", "USD", "exact", None)],
        ),
        (
            "near $4 trillion.",
            &[("$4 trillion", "4000000000000", "USD", "approximately", None)],
        ),
        (
            "a $38bn deal",
            &[("$38bn", "38000000000", "USD", "exact", None)],
        ),
        (
            "raised US$5m",
            &[("US$5m", "5000000", "USD", "exact", None)],
        ),
        (
            "€3.5bn in bonds",
            &[("€3.5bn", "3500000000", "EUR", "exact", None)],
        ),
        (
            "£400 million",
            &[("£400 million", "400000000", "GBP", "exact", None)],
        ),
        (
            "¥1 trillion",
            &[("¥1 trillion", "1000000000000", "JPY", "exact", None)],
        ),
        (
            "USD 2.1 billion",
            &[("USD 2.1 billion", "2100000000", "USD", "exact", None)],
        ),
        (
            "5 million dollars",
            &[("5 million dollars", "5000000", "USD", "exact", None)],
        ),
        (
            "raised USD1.5bn and EUR200m",
            &[
                ("USD1.5bn", "1500000000", "USD", "exact", None),
                ("EUR200m", "200000000", "EUR", "exact", None),
            ],
        ),
        // A code inside a word is none: "BUSD1" is no money.
        ("BUSD1 token", &[]),
        (
            "worth 2 to 3 billion dollars",
            &[(
                "2 to 3 billion dollars",
                "2000000000",
                "USD",
                "range",
                Some("3000000000"),
            )],
        ),
        // A low end above the high one is none: here a year.
        (
            "raised its forecast for 2026 to 680 billion yen",
            &[("680 billion yen", "680000000000", "JPY", "exact", None)],
        ),
        (
            "between 1.5 and 2 billion euros",
            &[(
                "1.5 and 2 billion euros",
                "1500000000",
                "EUR",
                "range",
                Some("2000000000"),
            )],
        ),
        (
            "2-3 billion yuan",
            &[(
                "2-3 billion yuan",
                "2000000000",
                "CNY",
                "range",
                Some("3000000000"),
            )],
        ),
        (
            "5 to 10 cents a share",
            &[("5 to 10 cents", "0.05", "USD", "range", Some("0.1"))],
        ),
        // A change from one level to another is no range; "and" needs "between".
        (
            "rose from 2 to 3 billion dollars",
            &[("3 billion dollars", "3000000000", "USD", "exact", None)],
        ),
        (
            "sold 2 and 3 billion dollars",
            &[("3 billion dollars", "3000000000", "USD", "exact", None)],
        ),
        (
            "half a billion dollars",
            &[("half a billion dollars", "500000000", "USD", "exact", None)],
        ),
        (
            "one and a half trillion dollars",
            &[(
                "one and a half trillion dollars",
                "1500000000000",
                "USD",
                "exact",
                None,
            )],
        ),
        (
            "worth tens of billions of dollars",
            &[(
                "tens of billions of dollars",
                "10000000000",
                "USD",
                "range",
                Some("100000000000"),
            )],
        ),
        (
            "billions of dollars in chips",
            &[(
                "billions of dollars",
                "1000000000",
                "USD",
                "range",
                Some("10000000000"),
            )],
        ),
        (
            "hundreds of millions of dollars",
            &[(
                "hundreds of millions of dollars",
                "100000000",
                "USD",
                "range",
                Some("1000000000"),
            )],
        ),
        (
            "$60 billion to $65 billion",
            &[(
                "$60 billion to $65 billion",
                "60000000000",
                "USD",
                "range",
                Some("65000000000"),
            )],
        ),
        (
            "$60-65 billion",
            &[(
                "$60-65 billion",
                "60000000000",
                "USD",
                "range",
                Some("65000000000"),
            )],
        ),
        (
            "$60 to $65 billion",
            &[(
                "$60 to $65 billion",
                "60000000000",
                "USD",
                "range",
                Some("65000000000"),
            )],
        ),
        (
            "$1.9 billion to $2 billion",
            &[(
                "$1.9 billion to $2 billion",
                "1900000000",
                "USD",
                "range",
                Some("2000000000"),
            )],
        ),
        (
            "between $1bn and $2bn",
            &[(
                "$1bn and $2bn",
                "1000000000",
                "USD",
                "range",
                Some("2000000000"),
            )],
        ),
        (
            "its multibillion-dollar funding round",
            &[(
                "multibillion-dollar",
                "1000000000",
                "USD",
                "more_than",
                None,
            )],
        ),
        (
            "a multi-billion dollar round",
            &[(
                "multi-billion dollar",
                "1000000000",
                "USD",
                "more_than",
                None,
            )],
        ),
        (
            "more than $100 billion",
            &[("$100 billion", "100000000000", "USD", "more_than", None)],
        ),
        // Past markdown emphasis; a verb of passing is "more than".
        (
            "guided to roughly **$65 billion**",
            &[("$65 billion", "65000000000", "USD", "approximately", None)],
        ),
        (
            "obligations topped $550 billion; capex will top $150 billion",
            &[
                ("$550 billion", "550000000000", "USD", "more_than", None),
                ("$150 billion", "150000000000", "USD", "more_than", None),
            ],
        ),
        ("a stop at $5 billion", &[("$5 billion", "5000000000", "USD", "exact", None)]),
        (
            "priced MXN$15 billion of bonds",
            &[("MXN$15 billion", "15000000000", "MXN", "exact", None)],
        ),
        (
            "nearly $130bn",
            &[("$130bn", "130000000000", "USD", "approximately", None)],
        ),
        (
            "approximately $100 billion",
            &[("$100 billion", "100000000000", "USD", "approximately", None)],
        ),
        (
            "roughly $5bn",
            &[("$5bn", "5000000000", "USD", "approximately", None)],
        ),
        (
            "near $4 trillion",
            &[("$4 trillion", "4000000000000", "USD", "approximately", None)],
        ),
        (
            "up to $40 million",
            &[("$40 million", "40000000", "USD", "at_most", None)],
        ),
        (
            "some $30bn",
            &[("$30bn", "30000000000", "USD", "approximately", None)],
        ),
        ("about $2", &[("$2", "2", "USD", "approximately", None)]),
        (
            "over $10 billion",
            &[("$10 billion", "10000000000", "USD", "more_than", None)],
        ),
        (
            "at least $1bn",
            &[("$1bn", "1000000000", "USD", "at_least", None)],
        ),
        (
            "less than $500,000",
            &[("$500,000", "500000", "USD", "less_than", None)],
        ),
        ("under $3", &[("$3", "3", "USD", "less_than", None)]),
        (
            "$5bn or more",
            &[("$5bn", "5000000000", "USD", "at_least", None)],
        ),
        (
            "89 cents a share",
            &[("89 cents", "0.89", "USD", "exact", None)],
        ),
        (
            "a final dividend of 62 U.S. cents a share, or about 94 Australian cents",
            &[
                ("62 U.S. cents", "0.62", "USD", "exact", None),
                ("94 Australian cents", "0.94", "AUD", "approximately", None),
            ],
        ),
        (
            "EPS of $1.23 per share",
            &[("$1.23", "1.23", "USD", "exact", None)],
        ),
        (
            "C$2 billion",
            &[("C$2 billion", "2000000000", "CAD", "exact", None)],
        ),
        (
            "A$1.5bn",
            &[("A$1.5bn", "1500000000", "AUD", "exact", None)],
        ),
        (
            "HK$10 million",
            &[("HK$10 million", "10000000", "HKD", "exact", None)],
        ),
        (
            "NT$300 billion",
            &[("NT$300 billion", "300000000000", "TWD", "exact", None)],
        ),
        // Reuters' spelling; a letter glued before it makes another prefix.
        (
            "rose to T$925.6 billion, not AT$5",
            &[("T$925.6 billion", "925600000000", "TWD", "exact", None)],
        ),
        (
            "a 37.5 billion riyal fund and a 2 billion rupee loan",
            &[
                ("37.5 billion riyal", "37500000000", "SAR", "exact", None),
                ("2 billion rupee", "2000000000", "INR", "exact", None),
            ],
        ),
        // A crore is ten million (the Indian scale).
        (
            "₹500 crore",
            &[("₹500 crore", "5000000000", "INR", "exact", None)],
        ),
        (
            "$ 5 million",
            &[("$ 5 million", "5000000", "USD", "exact", None)],
        ),
        (
            "2 billion euros",
            &[("2 billion euros", "2000000000", "EUR", "exact", None)],
        ),
        (
            "3.1 billion USD",
            &[("3.1 billion USD", "3100000000", "USD", "exact", None)],
        ),
        (
            "$1,250,000",
            &[("$1,250,000", "1250000", "USD", "exact", None)],
        ),
        ("$2025", &[("$2025", "2025", "USD", "exact", None)]),
        ("$0.5bn", &[("$0.5bn", "500000000", "USD", "exact", None)]),
        (
            "$5bn and $6bn",
            &[
                ("$5bn", "5000000000", "USD", "exact", None),
                ("$6bn", "6000000000", "USD", "exact", None),
            ],
        ),
        (
            "$250bn contract with Microsoft and a $300bn deal",
            &[
                ("$250bn", "250000000000", "USD", "exact", None),
                ("$300bn", "300000000000", "USD", "exact", None),
            ],
        ),
        (
            "$10 billion in 2024, up from $8 billion",
            &[
                ("$10 billion", "10000000000", "USD", "exact", None),
                ("$8 billion", "8000000000", "USD", "exact", None),
            ],
        ),
        ("$100B", &[("$100B", "100000000000", "USD", "exact", None)]),
        (
            "one million dollars",
            &[("one million dollars", "1000000", "USD", "exact", None)],
        ),
        (
            "($4.5bn)",
            &[("$4.5bn", "4500000000", "USD", "exact", None)],
        ),
        // Regression: multibyte text just before a range joined by "and".
        (
            "ééééé $1bn and $2bn",
            &[
                ("$1bn", "1000000000", "USD", "exact", None),
                ("$2bn", "2000000000", "USD", "exact", None),
            ],
        ),
        // Must not match.
        ("Trainium2", &[]),
        ("in 2025", &[]),
        ("in Q4", &[]),
        ("3.2 million US households", &[]),
        ("call 555-123-4567", &[]),
        ("+1 (206) 555-0100", &[]),
        ("the $ sign alone", &[]),
        ("$", &[]),
        ("30,000 corporate roles", &[]),
        ("a 4x increase", &[]),
        ("19%", &[]),
        ("H200 GPUs", &[]),
        ("BUSD 5", &[]),
        ("the dollar fell 2", &[]),
        ("X$5", &[]),
    ];

    #[test]
    fn money_table() {
        check_table(Kind::Money, CASES, |m| {
            let Value::Money(v) = &m.value else {
                unreachable!()
            };
            (
                v.amount.to_string(),
                v.currency.clone(),
                v.qualifier.as_str().to_string(),
                v.amount_max.map(|x| x.to_string()),
            )
        });
        assert!(CASES.len() >= 60, "the table keeps at least 60 cases");
    }

    /// "¥" far from any currency name: the yuan in a text that names the
    /// yuan and never the yen; the yen otherwise.
    #[test]
    fn a_yen_sign_in_a_yuan_text_is_the_yuan() {
        fn currencies(text: &str) -> Vec<String> {
            mentions_in(text, Kind::Money)
                .iter()
                .map(|m| match &m.value {
                    Value::Money(v) => v.currency.clone(),
                    _ => unreachable!(),
                })
                .collect()
        }
        let pad = " Shares rose on the news, and analysts were pleased.".repeat(8);
        let yuan = format!(
            "Alibaba's revenue was 258.6 billion yuan.{pad} Cambricon posted revenue of ¥1.73B."
        );
        assert_eq!(currencies(&yuan), ["CNY", "CNY"]);
        let yen = format!("Sony's profit was 1 trillion yen.{pad} Its rival posted ¥1.73B.");
        assert_eq!(currencies(&yen), ["JPY", "JPY"]);
    }

    #[test]
    fn offsets_move_with_the_input() {
        for prefix in ["x ", "é ", "🧠 "] {
            let base = "more than $100 billion in 2025";
            let shifted = format!("{prefix}{base}");
            let a = mentions_in(base, Kind::Money);
            let b = mentions_in(&shifted, Kind::Money);
            assert_eq!(a.len(), b.len());
            for (x, y) in a.iter().zip(&b) {
                assert_eq!(y.start, x.start + prefix.len());
                assert_eq!(&shifted[y.start..y.end], x.text);
            }
        }
    }
}

//! Many documents -> corroborations and conflicts.
//!
//! Claims from different documents are about the same thing when they have
//! the same subjects (as a set), a predicate of the same family (capital
//! expenditure and spending count as one), and compatible periods. Their
//! figures agree when the intervals their qualifiers allow overlap:
//!
//! * exact: the figure plus or minus half a unit of its last written digit
//!   ("$26.3 billion" is 26.25..26.35 billion);
//! * approximately ("about", "nearly"): plus or minus 10 %;
//! * more than / at least: up to 50 % above; less than: down to half; up
//!   to: anything below; ranges and vague amounts: their bounds.
//!
//! Agreeing claims from two or more documents form a corroboration (a claim
//! without a period agrees with one that has one, and periods that end on
//! the same day agree); every member agrees with
//! every other, so $40bn, about $44bn and $48bn are not one story, and
//! figures that only touch at an end do not agree. Claims with the same
//! known period whose figures cannot both hold form a conflict: "near $4
//! trillion" against "nearly $400bn" for the same companies' spending this
//! year ("more than $35bn" and "$55bn" can both hold). A company's own
//! figure and an analyst's estimate do not conflict, nor do `other` claims,
//! which name no one quantity, nor a segment's figure and the whole's
//! ("data center revenue", "Azure grew"); a denial is left out of both.
//! Claims of a moment (a valuation, a deal, a round, job cuts) that state
//! no period conflict when their documents are dated within 45 days. A
//! brand that reports its group's figures counts as the group (Google is
//! Alphabet: `src/lexicon/same_company.tsv`). Counts of a
//! workforce compare as one unit ("14,000 jobs", "14,000 roles"). A figure
//! too large for decimal arithmetic is left out, and a claim reference
//! carries at most 600 bytes of its evidence.

use std::collections::{BTreeMap, HashMap, HashSet};

use once_cell::sync::Lazy;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::analysis::{Analysis, Claim, Modality, Money, Percent, Qualifier, Quantity, Value};

/// One document of a multi-document run.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Document {
    pub path: String,
    pub analysis: Analysis,
}

/// A reference to one claim of one document, with its figure.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ClaimRef {
    /// Index into [`CorpusReport::documents`].
    pub document: usize,
    pub path: String,
    /// Index into that document's claims.
    pub claim: usize,
    /// The figure as written ("$200bn").
    pub figure: String,
    pub amount: Decimal,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount_max: Option<Decimal>,
    pub qualifier: Qualifier,
    /// ISO currency for money, the unit for quantities, "%" for percentages.
    pub unit: String,
    /// The evidence sentence.
    pub evidence: String,
}

/// Claims that agree across documents.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Corroboration {
    pub subjects: Vec<String>,
    pub predicate: String,
    /// The period the claims state, `start..end` (the first one stated;
    /// claims without one agree with any), `None` when none states one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<String>,
    pub claims: Vec<ClaimRef>,
}

/// Claims about the same thing with incompatible figures.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Conflict {
    pub subjects: Vec<String>,
    pub predicate: String,
    /// The period both sides state, `start..end`.
    pub period: String,
    pub claims: Vec<ClaimRef>,
}

/// What the binary prints for several documents.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct CorpusReport {
    pub documents: Vec<Document>,
    pub corroborations: Vec<Corroboration>,
    pub conflicts: Vec<Conflict>,
}

/// A claim flattened for comparison.
#[derive(Debug, Clone)]
struct Item {
    r: ClaimRef,
    /// The subjects compared: a brand as its group ("google" as
    /// "alphabet"), sorted.
    subjects: Vec<String>,
    /// The subjects as the claim names them, sorted: what a report shows.
    named: Vec<String>,
    family: String,
    /// The family a corroboration compares (see [`agreeing_family`]);
    /// `None` for `other`, which agrees with a figure of any.
    agrees_as: Option<String>,
    predicate: String,
    /// `start..end`; an open period ("by 2027": from the document's date)
    /// has an empty start, so that documents of different dates state the
    /// same one.
    period: Option<(String, String)>,
    /// The unit compared: counts of a workforce ("jobs", "roles",
    /// "employees") are one unit.
    unit: String,
    /// Whether the claim is someone's estimate (forecast, hedged) rather
    /// than the company's own report or plan.
    estimate: bool,
    /// The part of the business the figure is of, as the words before its
    /// predicate name it ("data center" revenue, "Azure" revenue), or ""
    /// for the whole company: a segment's figure does not contradict the
    /// total's.
    segment: String,
    /// The document's reference date, for claims that state no period.
    dated: Option<jiff::civil::Date>,
    /// Whether the figure is what another is measured from ("reducing its
    /// stake to 88% from 90%"): a value of an earlier moment.
    baseline: bool,
    low: Decimal,
    high: Decimal,
    /// The bounds a conflict must fall outside: "more than $35bn" has no
    /// upper one, "up to" and "less than" no lower one.
    open_low: bool,
    open_high: bool,
}

/// The longest evidence a claim reference carries: a megabyte-long
/// "sentence" would otherwise be copied into every reference to it.
const MAX_EVIDENCE: usize = 600;

fn capped(s: &str) -> String {
    if s.len() <= MAX_EVIDENCE {
        return s.to_string();
    }
    let mut end = MAX_EVIDENCE;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}…", &s[..end])
}

/// Compares the claims of several documents.
pub fn compare(documents: Vec<Document>) -> CorpusReport {
    let items: Vec<Item> = documents
        .iter()
        .enumerate()
        .flat_map(|(d, doc)| {
            doc.analysis
                .claims
                .iter()
                .enumerate()
                .filter_map(move |(c, claim)| item(d, &doc.path, &doc.analysis, c, claim))
        })
        .collect();
    let corroborations = corroborations(&items);
    let conflicts = conflicts(&items);
    CorpusReport {
        documents,
        corroborations,
        conflicts,
    }
}

fn family(predicate: &str) -> &str {
    match predicate {
        "capital_expenditure" | "spending" => "spending",
        p => p,
    }
}

/// The family within which figures corroborate: a figure stated as `other`
/// in one article ("sold $25bn of bonds") agrees with the same figure,
/// written alike, read with a predicate in another ("raised $25bn"), and
/// chip sales are revenue ("data center revenue" read as either). `None`
/// agrees with any family and with another `None`, but only where the
/// figures are the same: a
/// loose reading whose interval merely overlaps ("nearly 60%", "more than
/// $110bn") could be any figure of the company's. Conflicts keep the
/// strict [`family`]: a loose reading asserts too little to contradict.
fn agreeing_family(predicate: &str) -> Option<&str> {
    match predicate {
        "other" => None,
        "chip_revenue" => Some("revenue"),
        p => Some(family(p)),
    }
}

/// Whether two stated periods can be one figure's, for agreeing: they end
/// on the same day. An open period ("by 2027") ends where "in 2027" does,
/// and a figure at a period's end ("a backlog of $205bn at the end of
/// September") is the quarter's that ends then ("| Q3 | $205B |"); the
/// same figure for a month and the year ending with it would be a
/// coincidence. (Conflicts need the very same period.)
fn same_period(p: &(String, String), q: &(String, String)) -> bool {
    p.1 == q.1
}

/// Predicates whose period is when a thing happened, not a span measured
/// over: a deal, an investment, a round, job cuts.
fn event(predicate: &str) -> bool {
    matches!(
        predicate,
        "investment" | "acquisition" | "contract_value" | "funding_round" | "job_cuts"
    )
}

/// Whether one closed period lies within the other ("in January 2026" and
/// "earlier this year"): for an event, two accounts of one moment. (The
/// periods are ISO dates: they compare as strings.)
fn nested(p: &(String, String), q: &(String, String)) -> bool {
    let closed = |x: &(String, String)| !x.0.is_empty();
    let within = |a: &(String, String), b: &(String, String)| a.0 >= b.0 && a.1 <= b.1;
    closed(p) && closed(q) && (within(p, q) || within(q, p))
}

/// Brands whose figures are their group's: `src/lexicon/same_company.tsv`.
static SAME_COMPANY: Lazy<HashMap<&'static str, &'static str>> = Lazy::new(|| {
    include_str!("lexicon/same_company.tsv")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split_once('\t'))
        .map(|(a, b)| (a.trim(), b.trim()))
        .collect()
});

/// The group a brand's figures belong to ("google" -> "alphabet").
fn group_of(slug: &str) -> Option<&'static str> {
    SAME_COMPANY.get(slug).copied()
}

/// Words that name a part of a business before a figure's predicate
/// ("data center revenue", "cloud sales"): `src/lexicon/segments.tsv`.
static SEGMENT_WORDS: Lazy<HashSet<&'static str>> = Lazy::new(|| {
    include_str!("lexicon/segments.tsv")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .flat_map(str::split_whitespace)
        .collect()
});

/// Longest company mention looked back over from a word.
const NAME_REACH: usize = 200;

/// How far before a figure its predicate's trigger is looked for.
const SEGMENT_REACH: usize = 300;

/// Words that, capitalized at a sentence's start, still speak of the
/// whole ("Total revenue", "Quarterly sales"), not of a part.
#[rustfmt::skip]
const WHOLE_WORDS: &[&str] = &[
    "the", "a", "an", "its", "their", "this", "that", "total", "quarterly", "annual",
    "annualized", "overall", "net", "gross", "adjusted", "organic", "reported", "consolidated",
    "group", "company", "global", "worldwide", "combined", "record", "full-year",
    "first-quarter", "second-quarter", "third-quarter", "fourth-quarter", "first-half",
    "second-half", "fiscal", "operating", "underlying", "core",
];

/// Nouns of the measure itself, passed over on the way back from a
/// predicate to its segment ("Azure revenue grew 39%").
const MEASURES: &[&str] = &[
    "revenue", "revenues", "sales", "income", "profit", "profits", "spending", "earnings",
];

/// The segment a claim's figure is of: the words right before the last
/// trigger of its predicate ahead of the figure, in its sentence, that name
/// a part of the business: segment words ("data center", "cloud") and
/// capitalized words that name no company ("Azure"), with the measure's
/// own noun passed over. "Nvidia's revenue", "its revenue", "plan capex",
/// and any deal, investment or round are the whole: "".
fn segment(a: &Analysis, claim: &Claim, figure: usize) -> String {
    // A deal's or a round's figure is the deal's: "a compute contract",
    // "the AI infrastructure deal" name what is bought, not a part of the
    // business whose figure this is.
    if matches!(
        claim.predicate.as_str(),
        "contract_value" | "acquisition" | "investment" | "funding_round"
    ) {
        return String::new();
    }
    let Some(sentence) = a.sentences.get(claim.sentence) else {
        return String::new();
    };
    // The trigger stands near the figure: at most this far back, so that
    // a huge one-sentence text costs a bounded read per claim.
    let mut start = sentence
        .start
        .min(figure)
        .max(figure.saturating_sub(SEGMENT_REACH));
    while !a.text.is_char_boundary(start) {
        start += 1;
    }
    let Some(before) = a.text.get(start..figure) else {
        return String::new();
    };
    // "Net bookings: €4.5B, with EUV at €3.1B": the part a figure is
    // given for after "with".
    if let Some(part) = with_part_at(before) {
        return part;
    }
    let by_trigger = segment_before_trigger(a, claim, start, before);
    if !by_trigger.is_empty() {
        return by_trigger;
    }
    subject_segment(&a.text[sentence.start.min(figure)..figure])
}

/// Whether the figure at `start` follows "from" (past its qualifier): the
/// value a change is measured from.
fn measured_from(text: &str, start: usize) -> bool {
    let at = crate::numbers::qualifier_start(text, start);
    let from = crate::numbers::floor_char_boundary(text, at.saturating_sub(16));
    text[from..at]
        .split_whitespace()
        .next_back()
        .is_some_and(|w| w.eq_ignore_ascii_case("from"))
}

/// Words after a change that measure it against the month or quarter
/// before, not the year before.
const SEQUENTIAL: &[&str] = &[
    "month on month",
    "month-on-month",
    "month over month",
    "month-over-month",
    "mom",
    "m/m",
    "quarter on quarter",
    "quarter-on-quarter",
    "quarter over quarter",
    "quarter-over-quarter",
    "qoq",
    "q/q",
    "sequential",
    "sequentially",
    "from the previous month",
    "from the prior month",
    "from a month earlier",
    "from the previous quarter",
    "from the prior quarter",
    "from a quarter earlier",
];

/// How far after a change its basis is looked for, in bytes and words.
const BASIS_REACH: usize = 48;
const BASIS_WORDS: usize = 8;

/// Whether the change ending at `figure_end` is measured against the
/// period just before ("+7.9% MoM", "up 7.9% from September",
/// "sequentially"): a growth rate of another measure than the year's.
fn sequential(a: &Analysis, claim: &Claim, figure_end: usize) -> bool {
    let Some(sentence) = a.sentences.get(claim.sentence) else {
        return false;
    };
    let end = crate::numbers::floor_char_boundary(
        &a.text,
        sentence.end.min(figure_end + BASIS_REACH).max(figure_end),
    );
    // The words right after the figure, up to the next figure: "+22.1%
    // YoY and +7.9% MoM" gives each its own.
    let after = &a.text[figure_end..end.max(figure_end)];
    let after = after[..after.find(['%', '$']).unwrap_or(after.len())].to_ascii_lowercase();
    let words: Vec<&str> = after
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '/' || c == '-'))
        .filter(|w| !w.is_empty())
        .take(BASIS_WORDS)
        .collect();
    // Padded with spaces, a phrase of whole words is found as a substring.
    let padded = format!(" {} ", words.join(" "));
    SEQUENTIAL
        .iter()
        .any(|s| padded.contains(&format!(" {s} ")))
        || words
            .iter()
            .enumerate()
            .any(|(i, w)| COMPARED.contains(w) && period_before(&words[i + 1..]))
}

/// Words that introduce what a change is measured against: "up 8.7%
/// from September", "8.7% higher than in September", "versus the prior
/// quarter".
const COMPARED: &[&str] = &["from", "than", "over", "versus", "vs", "against", "on"];

/// Whether the words after a comparison name the period just before
/// rather than the year before: a month ("September", but not "October
/// 2025" or "September a year earlier"), an ordinal quarter ("the second
/// quarter"), or "the previous/prior/preceding/last month/quarter".
fn period_before(rest: &[&str]) -> bool {
    let calendar = crate::lexicon::calendar::Calendar::builtin();
    let mut words = rest
        .iter()
        .copied()
        .skip_while(|w| matches!(*w, "in" | "the" | "its" | "a"));
    let Some(first) = words.next() else {
        return false;
    };
    // "of last year", "a year earlier", "2025": a period of another year.
    let next: Vec<&str> = words.take(3).collect();
    let yearly = next.iter().any(|w| {
        matches!(*w, "year" | "of") || (w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()))
    });
    if calendar.is_month(first) {
        return !yearly;
    }
    let span = |w: &str| matches!(w, "month" | "quarter" | "three-month");
    match first {
        "previous" | "prior" | "preceding" | "last" => next.first().is_some_and(|w| span(w)),
        "first" | "second" | "third" | "fourth" | "1st" | "2nd" | "3rd" | "4th" => {
            next.first() == Some(&"quarter") && !yearly
        }
        _ => false,
    }
}

/// "The chipmaker's data center unit generated $61.3 billion ..., up
/// 21%": the part of the business a sentence's subject names after a
/// possessive among its first words, followed by its verb.
fn subject_segment(head: &str) -> String {
    let words: Vec<&str> = head.split_whitespace().take(SUBJECT_WORDS).collect();
    let Some(owner) = words
        .iter()
        .position(|w| w.ends_with("'s") || w.ends_with("’s") || w.eq_ignore_ascii_case("its"))
    else {
        return String::new();
    };
    let mut part = Vec::new();
    for w in &words[owner + 1..] {
        let lower = w.to_lowercase();
        if SEGMENT_WORDS.contains(lower.as_str()) && part.len() < 4 {
            part.push(lower);
            continue;
        }
        // The phrase must end at its verb: a word of neither kind, in
        // lower case.
        let verb = w.starts_with(|c: char| c.is_lowercase())
            && !MEASURES.contains(&lower.as_str())
            && !WHOLE_WORDS.contains(&lower.as_str());
        if !verb {
            return String::new();
        }
        break;
    }
    part.join(" ")
}

/// How many words of a sentence's opening its subject is looked for in.
const SUBJECT_WORDS: usize = 10;

/// The segment named right before the last trigger of the claim's
/// predicate ahead of the figure (see [`segment`]); "" when none.
fn segment_before_trigger(a: &Analysis, claim: &Claim, start: usize, before: &str) -> String {
    let table = &crate::lexicon::Lexicons::builtin().predicates;
    let Some(trigger) = table
        .find_borrowed(before)
        .filter(|(_, _, entries)| {
            entries
                .iter()
                .any(|&e| family(&table.entry(e).predicate) == family(&claim.predicate))
        })
        .map(|(s, _, _)| s)
        .last()
    else {
        return String::new();
    };
    // Right before the trigger, after a space: "(revenue" has no modifier.
    let Some(head) = before[..trigger].strip_suffix(' ') else {
        return String::new();
    };
    // A company mention overlapping `from..to`: mentions are in text order
    // and names are short, so only those starting a little before are
    // read, not every mention of the document for every word.
    let names = |from: usize, to: usize| {
        let k = a.mentions.partition_point(|m| m.start < to);
        a.mentions[..k]
            .iter()
            .rev()
            .take_while(|m| m.start + NAME_REACH > from)
            .any(|m| m.kind() == crate::analysis::Kind::Company && from < m.end)
    };
    let mut words: Vec<String> = Vec::new();
    let mut pos = head.len();
    for w in head.rsplit(' ').take(5) {
        let at = start + pos - w.len();
        pos = pos.saturating_sub(w.len() + 1);
        // "its chip division's operating profit": the part's possessive
        // right before the measure names the part.
        let owner = ["'s", "’s"]
            .iter()
            .find_map(|p| w.strip_suffix(p))
            .filter(|_| words.is_empty());
        let bare = owner.unwrap_or_else(|| w.trim_end_matches(['\'', '’']));
        let lower = bare.to_lowercase();
        if MEASURES.contains(&lower.as_str()) && words.is_empty() {
            continue;
        }
        let capitalized = bare.starts_with(|c: char| c.is_uppercase())
            && bare.chars().all(|c| c.is_alphanumeric() || c == '-')
            && !WHOLE_WORDS.contains(&lower.as_str());
        if (bare.len() != w.len() && owner.is_none())
            || names(at, at + w.len())
            || !(capitalized || SEGMENT_WORDS.contains(lower.as_str()))
        {
            break;
        }
        words.push(lower);
    }
    words.reverse();
    words.join(" ")
}

fn item(d: usize, path: &str, a: &Analysis, c: usize, claim: &Claim) -> Option<Item> {
    let object = a.mentions.get(claim.object)?;
    let (amount, amount_max, qualifier, unit) = match &object.value {
        Value::Money(Money {
            amount,
            amount_max,
            qualifier,
            currency,
            ..
        }) => (*amount, *amount_max, *qualifier, currency.clone()),
        Value::Percent(Percent {
            value,
            amount_max,
            qualifier,
            unit,
            ..
        }) => (
            *value,
            *amount_max,
            *qualifier,
            unit.map(|u| format!("{u:?}")).unwrap_or_else(|| "%".into()),
        ),
        Value::Quantity(Quantity {
            amount,
            amount_max,
            qualifier,
            unit,
            ..
        }) => (*amount, *amount_max, *qualifier, unit.clone()),
        _ => return None,
    };
    // A denial asserts no figure: it neither agrees nor disagrees.
    if claim.modality == Modality::Denied {
        return None;
    }
    // "Its shares fell 4.1%" is the "-4.1%" of a table: a change told by
    // a verb of falling carries its sign.
    let (amount, amount_max) = if matches!(claim.predicate.as_str(), "growth_rate" | "stock_change")
        && amount > Decimal::ZERO
        && fell_before(&a.text, object.start)
    {
        (-amount, amount_max.map(|m| -m))
    } else {
        (amount, amount_max)
    };
    let period = claim.period.and_then(|p| match &a.mentions.get(p)?.value {
        // An unresolved relative date ("this year" with no reference
        // date) is no period to compare.
        Value::Date(v) => {
            let (start, end) = (v.start?, v.end?);
            let open = a.reference_date == Some(start) && end > start;
            let start = if open {
                String::new()
            } else {
                start.to_string()
            };
            Some((start, end.to_string()))
        }
        _ => None,
    });
    // A figure too large for the arithmetic is left out, not a panic.
    let (low, high) = interval(amount, amount_max, qualifier, &object.text)?;
    let mut subjects: Vec<String> = claim
        .subjects
        .iter()
        .map(|s| group_of(s).unwrap_or(s).to_string())
        .collect();
    subjects.sort();
    subjects.dedup();
    let mut named = claim.subjects.clone();
    named.sort();
    // Counts of people at work or cut from it are one unit when comparing.
    let compared_unit = if crate::claims::counts_people(&unit) {
        "people".to_string()
    } else {
        unit.clone()
    };
    Some(Item {
        r: ClaimRef {
            document: d,
            path: path.to_string(),
            claim: c,
            figure: object.text.clone(),
            amount,
            amount_max,
            qualifier,
            unit,
            evidence: capped(a.slice(claim.evidence)),
        },
        subjects,
        named,
        family: family(&claim.predicate).to_string(),
        agrees_as: agreeing_family(&claim.predicate).map(str::to_string),
        predicate: claim.predicate.clone(),
        period,
        unit: compared_unit,
        estimate: matches!(claim.modality, Modality::Forecast | Modality::Hedged),
        segment: {
            let mut part = segment(a, claim, object.start);
            if claim.predicate == "growth_rate" && sequential(a, claim, object.end) {
                part.push_str(" (sequential)");
            }
            if matches!(claim.predicate.as_str(), "revenue" | "chip_revenue")
                && booked(&a.text, object.start)
            {
                part.push_str(" (bookings)");
            }
            part
        },
        dated: a.reference_date,
        baseline: measured_from(&a.text, object.start),
        low,
        high,
        open_low: matches!(qualifier, Qualifier::AtMost | Qualifier::LessThan),
        open_high: matches!(qualifier, Qualifier::MoreThan | Qualifier::AtLeast),
    })
}

/// The interval of values a figure allows, from its qualifier and the
/// precision it was written with.
/// `None` when the figure is too large for decimal arithmetic.
fn interval(
    amount: Decimal,
    max: Option<Decimal>,
    q: Qualifier,
    written: &str,
) -> Option<(Decimal, Decimal)> {
    let half = half_unit(amount, written);
    let tenth = amount.abs() / Decimal::from(10);
    let half_again = amount.abs() / Decimal::from(2);
    let add = |a: Decimal, b: Decimal| a.checked_add(b);
    let sub = |a: Decimal, b: Decimal| a.checked_sub(b);
    Some(match q {
        Qualifier::Exact => (sub(amount, half)?, add(amount, half)?),
        Qualifier::Approximately => (
            sub(sub(amount, tenth)?, half)?,
            add(add(amount, tenth)?, half)?,
        ),
        Qualifier::MoreThan | Qualifier::AtLeast => (amount, add(add(amount, half_again)?, half)?),
        Qualifier::LessThan => (sub(amount, half_again)?, amount),
        Qualifier::AtMost => (Decimal::ZERO.min(amount), amount),
        Qualifier::Range => (amount, max.unwrap_or(amount)),
    })
}

/// The part named in "with EUV at" right before a figure: one or two
/// capitalized words between "with" and "at", in lower case.
fn with_part_at(before: &str) -> Option<String> {
    let mut words = before
        .split_whitespace()
        .rev()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty());
    if !words.next()?.eq_ignore_ascii_case("at") {
        return None;
    }
    let mut part = Vec::new();
    for w in words.take(3) {
        if w.eq_ignore_ascii_case("with") {
            part.reverse();
            return (!part.is_empty()).then(|| part.join(" "));
        }
        if !w.starts_with(|c: char| c.is_uppercase()) {
            return None;
        }
        part.push(w.to_lowercase());
    }
    None
}

/// Whether orders booked, not sales made, are what a revenue figure
/// measures: "net bookings of €5.4 billion", "orders came to €3.6 billion"
/// (the last word of a measure among the few before the figure).
fn booked(text: &str, start: usize) -> bool {
    let from = crate::numbers::floor_char_boundary(text, start.saturating_sub(48));
    for w in text[from..start].split_whitespace().rev().take(6) {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        if ["bookings", "orders", "intake"]
            .iter()
            .any(|b| b.eq_ignore_ascii_case(w))
        {
            return true;
        }
        if ["revenue", "revenues", "sales", "turnover"]
            .iter()
            .any(|b| b.eq_ignore_ascii_case(w))
        {
            return false;
        }
    }
    false
}

/// Words of falling right before a change ("fell 4.1%", "down 3%", "a
/// 2% decline" is after it and not read).
#[rustfmt::skip]
const FALLING: &[&str] = &[
    "fell", "falls", "fall", "falling", "down", "dropped", "drops", "drop", "declined",
    "declines", "decline", "slipped", "slips", "slid", "slides", "sank", "sinks", "lost",
    "loses", "tumbled", "tumbles", "plunged", "plunges", "decreased", "decreases", "shed",
    "sheds", "lower", "slumped", "slumps", "eased", "eases", "retreated", "shrank", "shrinks",
];

/// Whether a word of falling stands among the two words before `start`
/// (past a qualifier: "fell about 4%", "down by 3%").
fn fell_before(text: &str, start: usize) -> bool {
    let from = crate::numbers::floor_char_boundary(text, start.saturating_sub(32));
    text[from..start]
        .split_whitespace()
        .rev()
        .take(3)
        .any(|w| FALLING.iter().any(|f| f.eq_ignore_ascii_case(w)))
}

/// Half the unit of the last digit written: "$26.3 billion" -> 0.05 billion.
fn half_unit(amount: Decimal, written: &str) -> Decimal {
    let digits: String = written
        .chars()
        .skip_while(|c| !c.is_ascii_digit())
        .take_while(|c| c.is_ascii_digit() || *c == '.' || *c == ',')
        .filter(|c| *c != ',')
        .collect();
    let digits = digits.trim_end_matches('.');
    let Ok(v) = digits.parse::<Decimal>() else {
        return Decimal::ZERO;
    };
    if v.is_zero() {
        return Decimal::ZERO;
    }
    // Positive whatever the sign: "negative $4.7 billion" is 4.65..4.75
    // billion below zero, not an inverted interval.
    let magnitude = amount.checked_div(v).unwrap_or(Decimal::ONE).abs();
    let unit = magnitude / Decimal::from(10u64.pow(v.scale().min(18)));
    unit / Decimal::from(2)
}

/// Whether two figures agree: their intervals share more than an end
/// ("$200 billion" and "$201 billion" only touch at 200.5 billion).
fn overlap(a: &Item, b: &Item) -> bool {
    (a.low < b.high && b.low < a.high) || (a.low == b.low && a.high == b.high)
}

/// The items that can be about the same thing, bucketed by subjects and
/// unit (and predicate family, `by_family`), each bucket in item order and
/// the buckets in order of first item: claims are compared within a bucket
/// only, so a corpus of many companies costs about its size, not its
/// square.
fn buckets(items: &[Item], by_family: bool) -> Vec<Vec<usize>> {
    let mut index: HashMap<(&[String], &str, &str), usize> = HashMap::new();
    let mut out: Vec<Vec<usize>> = Vec::new();
    for (i, it) in items.iter().enumerate() {
        let family = if by_family { it.family.as_str() } else { "" };
        let key = (it.subjects.as_slice(), family, it.unit.as_str());
        let b = *index.entry(key).or_insert_with(|| {
            out.push(Vec::new());
            out.len() - 1
        });
        out[b].push(i);
    }
    out
}

/// How far apart, in days, two documents may be dated for their undated
/// claims to be compared.
const UNDATED_REACH_DAYS: i32 = 45;

/// Whether a predicate's figure holds at a moment rather than over a
/// period (a valuation, a deal, a round, a cut), so that two documents of
/// the same weeks that state none can still contradict each other; a
/// revenue without its period may be any quarter's.
fn timeless(predicate: &str) -> bool {
    matches!(
        predicate,
        "valuation"
            | "funding_round"
            | "investment"
            | "acquisition"
            | "contract_value"
            | "job_cuts"
    )
}

/// A period as reports write it: `start..end`.
fn period_text((start, end): &(String, String)) -> String {
    format!("{start}..{end}")
}

fn corroborations(items: &[Item]) -> Vec<Corroboration> {
    // Within a bucket, each claim joins the first cluster all of whose
    // members it agrees with (figures and periods), else starts one: a
    // chain $40bn ~ $44bn ~ $48bn is not one story.
    // A bucket already shares subjects and unit; a cluster, a family.
    let mut clusters: Vec<Cluster> = Vec::new();
    for bucket in buckets(items, false) {
        let first = clusters.len();
        for &i in &bucket {
            let it = &items[i];
            match clusters[first..].iter_mut().find(|c| c.admits(it, items)) {
                Some(c) => c.add(i, it),
                None => clusters.push(Cluster::new(i, it)),
            }
        }
    }
    clusters.sort_by_key(|c| c.members[0]);
    clusters
        .into_iter()
        .map(|c| (c.members, c.period))
        .filter(|(members, _)| {
            let doc = items[members[0]].r.document;
            members.iter().any(|&i| items[i].r.document != doc)
        })
        .map(|(members, period)| {
            let first = &items[members[0]];
            // Name the cluster by its most specific predicate: a restatement
            // as "spending" corroborates a "capital_expenditure" claim.
            let predicate = members
                .iter()
                .map(|&i| items[i].predicate.as_str())
                .find(|p| *p != "spending" && *p != "other")
                .unwrap_or(&first.predicate);
            Corroboration {
                subjects: first.named.clone(),
                predicate: predicate.to_string(),
                period: period.map(period_text),
                claims: members.iter().map(|&i| items[i].r.clone()).collect(),
            }
        })
        .collect()
}

/// Claims that all agree with one another, with what a newcomer must agree
/// with kept whole: the family of its members that name one, the period
/// the cluster names (they all end on one day, or they would not agree; a
/// closed one over an open one) and the narrowest bounds of their
/// intervals, so that admitting a claim costs the same whatever the
/// cluster's size.
struct Cluster<'a> {
    members: Vec<usize>,
    family: Option<&'a str>,
    /// The figure the members of a family all state, and the one the
    /// members without one all state: a member of the other side must
    /// state it too.
    named_figure: Same<Figure>,
    loose_figure: Same<Figure>,
    period: Option<&'a (String, String)>,
    max_low: Decimal,
    min_high: Decimal,
}

impl<'a> Cluster<'a> {
    fn new(i: usize, it: &'a Item) -> Self {
        let (named_figure, loose_figure) = match it.agrees_as {
            Some(_) => (Same::One(figure(it)), Same::Nothing),
            None => (Same::Nothing, Same::One(figure(it))),
        };
        Cluster {
            members: vec![i],
            family: it.agrees_as.as_deref(),
            named_figure,
            loose_figure,
            period: it.period.as_ref(),
            max_low: it.low,
            min_high: it.high,
        }
    }

    fn add(&mut self, i: usize, it: &'a Item) {
        self.members.push(i);
        self.family = self.family.or(it.agrees_as.as_deref());
        match it.agrees_as {
            Some(_) => self.named_figure.offer(figure(it)),
            None => self.loose_figure.offer(figure(it)),
        }
        self.period = match (self.period, it.period.as_ref()) {
            // The period the cluster names: a closed one over an open one.
            (Some(p), Some(q)) if p.0.is_empty() => Some(q),
            (p, q) => p.or(q),
        };
        self.max_low = self.max_low.max(it.low);
        self.min_high = self.min_high.min(it.high);
    }

    /// Whether `it` agrees with every member. An interval of some width
    /// overlaps each member's exactly when it reaches past the highest low
    /// and below the lowest high; a point (a zero figure) also agrees with
    /// the same point, so it is checked member by member.
    fn admits(&self, it: &Item, items: &[Item]) -> bool {
        if let (Some(f), Some(g)) = (self.family, &it.agrees_as) {
            if f != g {
                return false;
            }
        }
        let across = match it.agrees_as {
            Some(_) => &self.loose_figure,
            None => &self.named_figure,
        };
        if !across.admits(figure(it)) {
            return false;
        }
        // Two `other` figures name no one thing either: they agree by
        // stating the same figure, not by merely overlapping ("$25
        // billion of bonds" and "more than $24 billion of debt").
        if it.agrees_as.is_none() && !self.loose_figure.admits(figure(it)) {
            return false;
        }
        if let (Some(p), Some(q)) = (self.period, &it.period) {
            let agree = same_period(p, q) || (event(&it.predicate) && nested(p, q));
            if !agree {
                return false;
            }
        }
        if it.low < it.high {
            it.low < self.min_high && self.max_low < it.high
        } else {
            self.members.iter().all(|&j| overlap(it, &items[j]))
        }
    }
}

/// A figure as stated: its amount and upper bound.
type Figure = (Decimal, Option<Decimal>);

fn figure(it: &Item) -> Figure {
    (it.r.amount, it.r.amount_max)
}

/// The one value all of a set hold, if they hold one.
#[derive(Clone, Copy, PartialEq)]
enum Same<T> {
    Nothing,
    One(T),
    Many,
}

impl<T: PartialEq + Copy> Same<T> {
    fn offer(&mut self, v: T) {
        *self = match *self {
            Same::Nothing => Same::One(v),
            Same::One(w) if w == v => Same::One(w),
            _ => Same::Many,
        };
    }

    /// Whether `v` is the value all hold (or there are none).
    fn admits(&self, v: T) -> bool {
        match self {
            Same::Nothing => true,
            Same::One(w) => *w == v,
            Same::Many => false,
        }
    }
}

/// The most extreme closed bound among a group's claims, and the most
/// extreme one from another document than that one's, so that "is there a
/// claim of another document beyond this bound" is answered without
/// visiting every claim.
#[derive(Clone, Copy, Default)]
struct Extreme {
    best: Option<(Decimal, usize)>,
    other: Option<(Decimal, usize)>,
}

impl Extreme {
    /// Offers `v` of document `doc`; `beyond(x, y)` is whether x is more
    /// extreme than y.
    fn offer(&mut self, v: Decimal, doc: usize, beyond: fn(Decimal, Decimal) -> bool) {
        match self.best {
            None => self.best = Some((v, doc)),
            Some((b, d)) if d == doc => {
                if beyond(v, b) {
                    self.best = Some((v, doc));
                }
            }
            Some((b, d)) if beyond(v, b) => {
                self.other = Some((b, d));
                self.best = Some((v, doc));
            }
            Some(_) => {
                if self.other.is_none_or(|(o, _)| beyond(v, o)) {
                    self.other = Some((v, doc));
                }
            }
        }
    }

    /// The most extreme bound of a document other than `doc`.
    fn excluding(&self, doc: usize) -> Option<Decimal> {
        match self.best {
            Some((v, d)) if d != doc => Some(v),
            _ => self.other.map(|(v, _)| v),
        }
    }
}

/// The closed bounds of a group's claims: the highest closed low and the
/// lowest closed high.
#[derive(Clone, Copy, Default)]
struct Bounds {
    low: Extreme,
    high: Extreme,
}

impl Bounds {
    fn offer(&mut self, it: &Item) {
        let doc = it.r.document;
        if !it.open_low {
            self.low.offer(it.low, doc, |x, y| x > y);
        }
        if !it.open_high {
            self.high.offer(it.high, doc, |x, y| x < y);
        }
    }

    /// Whether a claim of another document lies wholly above or below `it`
    /// (a pair that cannot both hold, without a scan of the group).
    fn contradict(&self, it: &Item) -> bool {
        let doc = it.r.document;
        let above = !it.open_high && self.low.excluding(doc).is_some_and(|l| it.high < l);
        let below = !it.open_low && self.high.excluding(doc).is_some_and(|h| h < it.low);
        above || below
    }
}

fn conflicts(items: &[Item]) -> Vec<Conflict> {
    let mut out: Vec<((usize, usize), Conflict)> = Vec::new();
    for (b, bucket) in buckets(items, true).into_iter().enumerate() {
        // Claims that can contradict one another share a period (claims
        // that state none are keyed `None`), a segment and whether they are
        // estimates: a company's own figure and an analyst's estimate of it
        // differ without contradicting each other, nor does a segment's
        // figure contradict the whole's. "other" names no one thing two
        // figures could disagree about.
        type Key<'a> = (Option<&'a (String, String)>, &'a str, bool);
        let mut groups: Vec<(Key, Vec<usize>)> = Vec::new();
        let mut index: HashMap<Key, usize> = HashMap::new();
        for &i in &bucket {
            let it = &items[i];
            if it.predicate == "other" {
                continue;
            }
            // Without a period, only a claim of a moment in a dated
            // document ("OpenAI is valued at $300bn" against "$260bn").
            if it.period.is_none()
                && (!(timeless(&it.predicate) && it.dated.is_some()) || it.baseline)
            {
                continue;
            }
            let key = (it.period.as_ref(), it.segment.as_str(), it.estimate);
            let g = *index.entry(key).or_insert_with(|| {
                groups.push((key, Vec::new()));
                groups.len() - 1
            });
            groups[g].1.push(i);
        }
        // One conflict per period within a bucket, of every claim that some
        // claim of its group contradicts.
        let mut by_period: HashMap<Option<&(String, String)>, Vec<usize>> = HashMap::new();
        for ((period, _, _), group) in groups {
            let contradicted = match period {
                Some(_) => {
                    let mut bounds = Bounds::default();
                    group.iter().for_each(|&i| bounds.offer(&items[i]));
                    group
                        .into_iter()
                        .filter(|&i| bounds.contradict(&items[i]))
                        .collect::<Vec<_>>()
                }
                None => undated_contradicted(items, group),
            };
            by_period.entry(period).or_default().extend(contradicted);
        }
        for (period, mut members) in by_period {
            if members.is_empty() {
                continue;
            }
            members.sort_unstable();
            let first = &items[members[0]];
            out.push((
                (b, members[0]),
                Conflict {
                    subjects: first.named.clone(),
                    predicate: first.predicate.clone(),
                    period: period.map_or("undated".to_string(), period_text),
                    claims: members.iter().map(|&i| items[i].r.clone()).collect(),
                },
            ));
        }
    }
    // Buckets in order of first item, and within one by first member.
    out.sort_by_key(|(order, _)| *order);
    out.into_iter().map(|(_, c)| c).collect()
}

/// The claims of an undated group that a claim of another document dated
/// within [`UNDATED_REACH_DAYS`] contradicts: bounds are kept per day, and
/// each claim reads the days of its reach only.
fn undated_contradicted(items: &[Item], group: Vec<usize>) -> Vec<usize> {
    use jiff::ToSpan;
    let mut days: BTreeMap<jiff::civil::Date, Bounds> = BTreeMap::new();
    for &i in &group {
        if let Some(d) = items[i].dated {
            days.entry(d).or_default().offer(&items[i]);
        }
    }
    group
        .into_iter()
        .filter(|&i| {
            let it = &items[i];
            let Some(d) = it.dated else {
                return false;
            };
            let reach = UNDATED_REACH_DAYS.days();
            let (from, to) = (d.saturating_sub(reach), d.saturating_add(reach));
            days.range(from..=to).any(|(_, b)| b.contradict(it))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    #[test]
    fn intervals_follow_qualifiers_and_precision() {
        assert_eq!(
            interval(d("26300000000"), None, Qualifier::Exact, "$26.3 billion"),
            Some((d("26250000000"), d("26350000000")))
        );
        assert_eq!(
            interval(d("200000000000"), None, Qualifier::Exact, "$200bn"),
            Some((d("199500000000"), d("200500000000")))
        );
        let (lo, hi) =
            interval(d("130000000000"), None, Qualifier::Approximately, "$130bn").unwrap();
        assert!(lo <= d("117000000000") && hi >= d("143000000000"));
        let (lo, hi) = interval(d("100"), None, Qualifier::MoreThan, "$100").unwrap();
        assert_eq!((lo, hi), (d("100"), d("150.5")));
        // A negative figure's interval is not inverted.
        assert_eq!(
            interval(d("-4700000000"), None, Qualifier::Exact, "$4.7 billion"),
            Some((d("-4750000000"), d("-4650000000")))
        );
        // Too large for the arithmetic: no interval, no panic.
        assert_eq!(
            interval(Decimal::MAX, None, Qualifier::MoreThan, "$1"),
            None
        );
    }

    /// The definitions the grouped searches must agree with, pair by pair.
    mod pairwise {
        use super::super::*;

        /// Whether two figures cannot both be true: apart even with open
        /// bounds ("more than $35bn" allows $55bn).
        pub fn incompatible(a: &Item, b: &Item) -> bool {
            let below = |x: &Item, y: &Item| !x.open_high && !y.open_low && x.high < y.low;
            below(a, b) || below(b, a)
        }

        pub fn contradict(a: &Item, b: &Item) -> bool {
            let periods = match (&a.period, &b.period) {
                (Some(x), Some(y)) => x == y,
                (None, None) => {
                    timeless(&a.predicate)
                        && match (a.dated, b.dated) {
                            (Some(x), Some(y)) => x
                                .since(y)
                                .is_ok_and(|d| d.get_days().abs() <= UNDATED_REACH_DAYS),
                            _ => false,
                        }
                }
                _ => false,
            };
            periods
                && a.family == b.family
                && a.r.document != b.r.document
                && a.segment == b.segment
                && a.estimate == b.estimate
                && a.predicate != "other"
                && b.predicate != "other"
                && incompatible(a, b)
        }

        /// (period, sorted members) of each conflict, every pair compared.
        pub fn conflicts(items: &[Item]) -> Vec<(String, Vec<usize>)> {
            let mut by_period: BTreeMap<(String, String), HashSet<usize>> = BTreeMap::new();
            for (i, a) in items.iter().enumerate() {
                for (j, b) in items.iter().enumerate().skip(i + 1) {
                    if contradict(a, b) {
                        let p = a.period.as_ref().map_or("undated".into(), period_text);
                        by_period
                            .entry((a.family.clone(), p))
                            .or_default()
                            .extend([i, j]);
                    }
                }
            }
            by_period
                .into_iter()
                .map(|((_, p), m)| {
                    let mut m: Vec<usize> = m.into_iter().collect();
                    m.sort_unstable();
                    (p, m)
                })
                .collect()
        }

        /// Each claim joins the first cluster all of whose members it
        /// agrees with, member by member.
        pub fn clusters(items: &[Item]) -> Vec<Vec<usize>> {
            let fits = |a: &Item, b: &Item| {
                let periods_fit = match (&a.period, &b.period) {
                    (Some(x), Some(y)) => same_period(x, y),
                    _ => true,
                };
                let families_fit = match (&a.agrees_as, &b.agrees_as) {
                    (Some(f), Some(g)) => f == g,
                    _ => figure(a) == figure(b),
                };
                periods_fit && families_fit && overlap(a, b)
            };
            let mut clusters: Vec<Vec<usize>> = Vec::new();
            for (i, it) in items.iter().enumerate() {
                match clusters
                    .iter_mut()
                    .find(|c| c.iter().all(|&j| fits(it, &items[j])))
                {
                    Some(c) => c.push(i),
                    None => clusters.push(vec![i]),
                }
            }
            clusters
        }
    }

    /// A claim of one bucket (Amazon's revenue in dollars) for the
    /// property tests.
    #[allow(clippy::type_complexity)]
    fn item_of(
        (doc, low, width, open, period, segment, estimate, day, predicate): (
            usize,
            i64,
            i64,
            u8,
            u8,
            bool,
            bool,
            u8,
            u8,
        ),
    ) -> Item {
        let predicate = ["valuation", "revenue", "other"][predicate as usize % 3].to_string();
        Item {
            r: ClaimRef {
                document: doc,
                path: doc.to_string(),
                claim: 0,
                figure: String::new(),
                amount: Decimal::from(low),
                amount_max: None,
                qualifier: Qualifier::Exact,
                unit: "USD".into(),
                evidence: String::new(),
            },
            subjects: vec!["amazon".into()],
            named: vec!["amazon".into()],
            family: predicate.clone(),
            agrees_as: agreeing_family(&predicate).map(str::to_string),
            predicate,
            period: match period % 4 {
                0 => None,
                1 => Some(("2026-01-01".into(), "2026-12-31".into())),
                2 => Some(("2025-01-01".into(), "2025-12-31".into())),
                _ => Some((String::new(), "2026-12-31".into())),
            },
            unit: "USD".into(),
            estimate,
            segment: if segment {
                "cloud".into()
            } else {
                String::new()
            },
            dated: (day < 200).then(|| {
                jiff::civil::date(2026, 1, 1)
                    .checked_add(jiff::Span::new().days(i64::from(day)))
                    .unwrap()
            }),
            baseline: false,
            low: Decimal::from(low),
            high: Decimal::from(low + width),
            open_low: open & 1 == 1,
            open_high: open & 2 == 2,
        }
    }

    proptest::proptest! {
        #[test]
        fn grouped_searches_agree_with_every_pair_compared(
            raw in proptest::collection::vec(
                (0usize..4, 0i64..20, 0i64..4, 0u8..4, 0u8..4, proptest::bool::ANY,
                 proptest::bool::ANY, 0u8..255, 0u8..3),
                0..40,
            )
        ) {
            let mut items: Vec<Item> = raw.into_iter().map(item_of).collect();
            // One bucket per family, as `buckets` makes them; a claim's
            // reference names its item.
            items.sort_by(|a, b| a.family.cmp(&b.family));
            for (i, it) in items.iter_mut().enumerate() {
                it.r.claim = i;
            }
            let members = |claims: &[ClaimRef]| claims.iter().map(|r| r.claim).collect::<Vec<_>>();
            let mut fast: Vec<(String, Vec<usize>)> = conflicts(&items)
                .iter()
                .map(|c| (c.period.clone(), members(&c.claims)))
                .collect();
            fast.sort();
            let mut slow = pairwise::conflicts(&items);
            slow.sort();
            proptest::prop_assert_eq!(fast, slow);
            let fast: Vec<Vec<usize>> = corroborations(&items)
                .iter()
                .map(|c| members(&c.claims))
                .collect();
            let slow: Vec<Vec<usize>> = pairwise::clusters(&items)
                .into_iter()
                .filter(|m| m.iter().any(|&i| items[i].r.document != items[m[0]].r.document))
                .collect();
            proptest::prop_assert_eq!(fast, slow);
        }
    }

    /// A document analysed on 2026-02-09, named `path`.
    fn doc(path: &str, text: &str) -> Document {
        let x = crate::Extractor::builder()
            .reference_date(jiff::civil::date(2026, 2, 9))
            .build()
            .expect("extractor");
        Document {
            path: path.to_string(),
            analysis: x.analyze(text).expect("analysis"),
        }
    }

    #[test]
    fn claims_meet_only_their_own_kind_and_periods_are_reported() {
        let report = compare(vec![
            doc("a", "Amazon plans to spend $200 billion on capital expenditures in 2026. Meta expects revenue of $50 billion in 2026."),
            doc("b", "Amazon's capex will reach about $200bn this year. Meta expects revenue of $80 billion in 2026."),
            doc("c", "Microsoft plans capital expenditures of $200 billion in 2026."),
        ]);
        assert_eq!(
            report.corroborations.len(),
            1,
            "{:?}",
            report.corroborations
        );
        let c = &report.corroborations[0];
        assert_eq!(c.subjects, ["amazon"]);
        assert_eq!(c.period.as_deref(), Some("2026-01-01..2026-12-31"));
        let docs: Vec<usize> = c.claims.iter().map(|r| r.document).collect();
        assert_eq!(docs, [0, 1]);
        assert_eq!(report.conflicts.len(), 1, "{:?}", report.conflicts);
        assert_eq!(report.conflicts[0].subjects, ["meta"]);
        assert_eq!(report.conflicts[0].claims.len(), 2);
    }

    #[test]
    fn a_tenfold_gap_does_not_overlap() {
        let (a_lo, a_hi) = interval(
            d("4000000000000"),
            None,
            Qualifier::Approximately,
            "$4 trillion",
        )
        .unwrap();
        let (b_lo, b_hi) =
            interval(d("400000000000"), None, Qualifier::Approximately, "$400bn").unwrap();
        assert!(!(a_lo <= b_hi && b_lo <= a_hi));
    }

    /// (subjects, figures) of each corroboration and conflict.
    fn summary(r: &CorpusReport) -> (Vec<Vec<&str>>, Vec<Vec<&str>>) {
        fn figures(claims: &[ClaimRef]) -> Vec<&str> {
            claims.iter().map(|c| c.figure.as_str()).collect()
        }
        (
            r.corroborations
                .iter()
                .map(|c| figures(&c.claims))
                .collect(),
            r.conflicts.iter().map(|c| figures(&c.claims)).collect(),
        )
    }

    #[test]
    fn an_event_told_of_in_a_wider_period_agrees() {
        // One investment dated by its month and by "earlier this year";
        // revenue for a month and for the year holding it are two figures.
        let r = compare(vec![
            doc(
                "a",
                "Microsoft invested $3 billion in OpenAI in January 2026.",
            ),
            doc("b", "Microsoft invested $3 billion in OpenAI in 2026."),
            doc("c", "Microsoft's revenue was $3 billion in January 2026."),
            doc("d", "Microsoft's revenue was $3 billion in 2026."),
        ]);
        assert_eq!(summary(&r).0, [vec!["$3 billion", "$3 billion"]], "{r:?}");
        assert_eq!(r.corroborations[0].predicate, "investment", "{r:?}");
    }

    #[test]
    fn a_figure_measured_from_is_no_current_one() {
        // The stake before the sale is not what another report says it is
        // now: only the stake after it can contradict one.
        let r = compare(vec![
            doc(
                "a",
                "Microsoft sold OpenAI shares, reducing its stake to 20% from 27%.",
            ),
            doc("b", "Microsoft owns 24% of OpenAI."),
        ]);
        assert_eq!(summary(&r).1, [vec!["20%", "24%"]], "{r:?}");
    }

    #[test]
    fn brands_segments_and_undated_claims() {
        // Google's own figures are Alphabet's.
        let r = compare(vec![
            doc("a", "Google will spend $185 billion on capex in 2026."),
            doc("b", "Alphabet will spend $185 billion on capex in 2026."),
        ]);
        assert_eq!(summary(&r).0.len(), 1, "{r:?}");
        // The whole's own words make no segment: these two disagree.
        let r = compare(vec![
            doc(
                "a",
                "Nvidia reported results. Total revenue was $57 billion in the fourth \
                 quarter of 2025.",
            ),
            doc(
                "b",
                "Nvidia reported results. Quarterly revenue was $35 billion in the fourth \
                 quarter of 2025.",
            ),
        ]);
        assert_eq!(r.conflicts.len(), 1, "{r:?}");
        // A segment's figure does not contradict the total's, nor a product's
        // growth the company's.
        let r = compare(vec![
            doc(
                "a",
                "Nvidia's revenue was $57 billion in the fourth quarter of 2025.",
            ),
            doc(
                "b",
                "Nvidia's data center revenue was $51.2 billion in the fourth quarter of 2025.",
            ),
            doc(
                "c",
                "Microsoft revenue grew 17% in the fourth quarter of 2025.",
            ),
            doc(
                "d",
                "Microsoft's Azure grew 39% in the fourth quarter of 2025.",
            ),
        ]);
        assert!(r.conflicts.is_empty(), "{:?}", r.conflicts);
        // Nor a part named in a possessive before the measure.
        let r = compare(vec![
            doc(
                "a",
                "Samsung's operating profit was 15.1 trillion won in the third quarter of 2026.",
            ),
            doc(
                "b",
                "Samsung began mass production of HBM4 for its largest customer, and its \
                 chip division's operating profit rose to 9.6 trillion won in the third \
                 quarter of 2026.",
            ),
        ]);
        assert!(r.conflicts.is_empty(), "{:?}", r.conflicts);
        // The part a sentence's subject names, past a possessive, holds for
        // a change said after the figure.
        let r = compare(vec![
            doc(
                "a",
                "Nvidia's revenue rose 19% to $57 billion in the fourth quarter of 2025.",
            ),
            doc(
                "b",
                "Nvidia reported results. The chipmaker's data center unit generated \
                 $51.2 billion in sales in the fourth quarter of 2025, up 21% from a year ago.",
            ),
        ]);
        assert!(r.conflicts.is_empty(), "{:?}", r.conflicts);
        // A valuation states no period: documents of the same weeks can
        // still disagree about it; a revenue without its period cannot.
        let r = compare(vec![
            doc("a", "OpenAI is valued at $300 billion."),
            doc("b", "OpenAI is valued at $260 billion."),
            doc("c", "Nvidia reported revenue of $57 billion."),
            doc("d", "Nvidia reported revenue of $35 billion."),
        ]);
        assert_eq!(summary(&r).1, [["$300 billion", "$260 billion"]], "{r:?}");
    }

    #[test]
    fn open_periods_and_loose_readings_agree() {
        // "by the end of 2027" starts at each document's own date: two
        // documents of different dates state the same period, and it is the
        // one "in 2027" ends with.
        let on = |date: jiff::civil::Date, path: &str, text: &str| {
            let x = crate::Extractor::builder()
                .reference_date(date)
                .build()
                .expect("extractor");
            Document {
                path: path.to_string(),
                analysis: x.analyze(text).expect("analysis"),
            }
        };
        let r = compare(vec![
            on(
                jiff::civil::date(2026, 3, 2),
                "a",
                "Oracle plans to add 1.4 gigawatts of capacity by the end of 2028.",
            ),
            on(
                jiff::civil::date(2026, 5, 20),
                "b",
                "Oracle plans to bring 1.4 gigawatts of capacity online by 2028.",
            ),
            on(
                jiff::civil::date(2026, 5, 20),
                "c",
                "Oracle will have 1.4 gigawatts of capacity in 2028.",
            ),
        ]);
        assert_eq!(summary(&r).0, [["1.4 gigawatts"; 3]], "{r:?}");
        assert_eq!(
            r.corroborations[0].period.as_deref(),
            Some("2028-01-01..2028-12-31")
        );
        // A figure read as `other` agrees with the same figure in another
        // article, but contradicts none; two `other` figures that merely
        // overlap are not the same.
        let r = compare(vec![
            doc("a", "Oracle sold $25 billion of bonds on Monday."),
            doc("b", "Oracle raised $25 billion in a bond sale on Monday."),
            doc("c", "Oracle sold $18 billion of bonds on Monday."),
            // Loosely read and merely overlapping: not the same figure.
            doc("d", "Oracle now carries more than $24 billion of debt."),
        ]);
        let (agree, conflict) = summary(&r);
        assert_eq!(agree, [["$25 billion", "$25 billion"]], "{r:?}");
        assert!(conflict.is_empty(), "{r:?}");
    }

    #[test]
    fn a_change_on_the_month_before_is_another_measure() {
        let r = compare(vec![
            doc(
                "a",
                "TSMC's revenue rose 22.1% in October 2025 from a year earlier.",
            ),
            doc(
                "b",
                "TSMC's revenue rose 7.9% in October 2025 from September.",
            ),
            doc(
                "c",
                "TSMC's October 2025 revenue: +22.1% YoY and +7.9% MoM.",
            ),
            doc(
                "d",
                "TSMC's revenue rose 12% in October 2025 from a year earlier.",
            ),
        ]);
        // 22.1% against 12%, on the same basis; 7.9% agrees with 7.9%.
        let (agree, conflict) = summary(&r);
        assert_eq!(conflict, [["22.1%", "+22.1%", "12%"]], "{r:?}");
        assert!(agree.contains(&vec!["7.9%", "+7.9%"]), "{r:?}");
    }

    #[test]
    fn a_part_given_with_at_is_a_segment() {
        let r = compare(vec![
            doc("a", "ASML's net bookings were €5.4 billion in the third quarter of 2026."),
            doc("b", "ASML: net bookings of €5.4 billion in the third quarter of 2026, with EUV at **€3.1 billion**."),
        ]);
        let (agree, conflict) = summary(&r);
        assert!(conflict.is_empty(), "{r:?}");
        assert_eq!(agree, [["€5.4 billion", "€5.4 billion"]], "{r:?}");
    }

    #[test]
    fn bookings_are_another_measure_than_sales() {
        let r = compare(vec![
            doc(
                "a",
                "ASML's net bookings were 5.4 billion euros in the third quarter of 2026.",
            ),
            doc(
                "b",
                "ASML's net sales were 8.2 billion euros in the third quarter of 2026.",
            ),
            doc(
                "c",
                "ASML's net bookings were 4.5 billion euros in the third quarter of 2026.",
            ),
        ]);
        let (_, conflict) = summary(&r);
        assert_eq!(conflict.len(), 1, "{r:?}");
        assert!(!conflict[0].iter().any(|f| f.contains("8.2")), "{r:?}");
    }

    #[test]
    fn a_fall_told_by_a_verb_agrees_with_a_minus_sign() {
        let r = compare(vec![
            doc(
                "a",
                "Applied Materials shares fell 4.1% on Friday, Nov. 14, 2025.",
            ),
            doc(
                "b",
                "Applied Materials: shares -4.1% on Friday, Nov. 14, 2025.",
            ),
            doc(
                "c",
                "Applied Materials shares rose 4.1% on Friday, Nov. 14, 2025.",
            ),
        ]);
        let (agree, conflict) = summary(&r);
        assert_eq!(agree, [["4.1%", "-4.1%"]], "{r:?}");
        // A rise of the same size on the same day is another figure.
        assert_eq!(conflict.len(), 1, "{r:?}");
        assert!(conflict[0].contains(&"-4.1%"), "{r:?}");
    }

    #[test]
    fn the_period_a_change_is_measured_against_is_read_after_it() {
        let on_period_before = [
            "Quanta Computer's October revenue rose 41.2% from a year earlier and 8.7% higher than in September.",
            "Nvidia's sales rose 8.7% versus the prior quarter.",
            "Nvidia's sales rose 8.7% from the second quarter.",
            "Nvidia's sales rose 8.7% on the previous month.",
            "Nvidia's sales rose 8.7% from the preceding three-month period.",
        ];
        let yearly = [
            "Nvidia's sales rose 8.7% from October 2025.",
            "Nvidia's sales rose 8.7% from September a year earlier.",
            "Nvidia's sales rose 8.7% from the second quarter of last year.",
            "Nvidia's sales rose 8.7% from a year earlier.",
            "Nvidia's sales rose 8.7% over the last year.",
        ];
        for (text, expected) in on_period_before
            .iter()
            .map(|t| (t, true))
            .chain(yearly.iter().map(|t| (t, false)))
        {
            let a = crate::Extractor::new().analyze(text).unwrap();
            let end = text.find("8.7%").unwrap() + "8.7%".len();
            let claim = a
                .claims
                .iter()
                .find(|c| a.mentions[c.object].span().end == end)
                .unwrap_or_else(|| panic!("no claim of 8.7% in {text:?}: {a:?}"));
            assert_eq!(super::sequential(&a, claim, end), expected, "{text}");
        }
    }

    #[test]
    fn a_figure_at_a_periods_end_agrees_with_the_period() {
        let r = compare(vec![
            doc(
                "a",
                "Google Cloud's backlog reached $205 billion at the end of September 2025.",
            ),
            doc(
                "b",
                "Google Cloud's backlog was $205 billion in the third quarter of 2025.",
            ),
        ]);
        assert_eq!(summary(&r).0, [["$205 billion", "$205 billion"]], "{r:?}");
    }

    #[test]
    fn a_deal_has_no_segment() {
        // "compute" is a segment word before revenue, but a contract is the
        // deal's, whatever it buys: these two disagree.
        let r = compare(vec![
            doc("a", "OpenAI signed a $14 billion contract with Oracle."),
            doc(
                "b",
                "OpenAI's compute contract with Oracle is worth $1.4 billion.",
            ),
        ]);
        assert_eq!(summary(&r).1.len(), 1, "{r:?}");
    }

    #[test]
    fn what_agrees_and_what_conflicts() {
        // Negative figures agree with themselves; a denial asserts nothing.
        let r = compare(vec![
            doc(
                "a",
                "Intel's free cash flow was negative $4.7 billion in 2025.",
            ),
            doc(
                "b",
                "Intel's free cash flow was negative $4.7 billion in 2025.",
            ),
        ]);
        assert_eq!(summary(&r).0, [["$4.7 billion", "$4.7 billion"]]);
        let r = compare(vec![
            doc("a", "Meta will spend $100 billion on capex in 2026."),
            doc(
                "b",
                "Meta denied a report that it would spend $100 billion on capex in 2026.",
            ),
        ]);
        assert!(
            r.corroborations.is_empty() && r.conflicts.is_empty(),
            "{r:?}"
        );
        // Figures that only touch at an end do not agree; a chain is not one story.
        let r = compare(vec![
            doc("a", "Amazon plans to spend $200 billion on capex in 2026."),
            doc("b", "Amazon plans to spend $201 billion on capex in 2026."),
        ]);
        assert!(r.corroborations.is_empty(), "{r:?}");
        let r = compare(vec![
            doc("a", "Amazon will spend $40 billion on capex in 2026."),
            doc("b", "Amazon will spend about $44 billion on capex in 2026."),
            doc("c", "Amazon will spend $48 billion on capex in 2026."),
        ]);
        let (agree, _) = summary(&r);
        assert!(agree.iter().all(|c| c.len() == 2), "{agree:?}");
        // A workforce counted in jobs or in roles is one unit.
        let r = compare(vec![
            doc("a", "Amazon will cut 14,000 corporate jobs in 2026."),
            doc("b", "Amazon will cut 14,000 roles in 2026."),
        ]);
        assert_eq!(summary(&r).0.len(), 1, "{r:?}");
        // "More than $35bn" allows $55bn; an analyst's estimate is no
        // contradiction of the company's plan.
        let r = compare(vec![
            doc(
                "a",
                "Meta plans to spend more than $35 billion on capex in 2026.",
            ),
            doc("b", "Meta plans to spend $55 billion on capex in 2026."),
            doc(
                "c",
                "Analysts expect Meta to spend $140 billion on capex in 2026.",
            ),
        ]);
        assert!(r.conflicts.is_empty(), "{:?}", r.conflicts);
    }

    #[test]
    fn many_disagreeing_documents_stay_fast_and_each_claim_counts_once() {
        let docs: Vec<Document> = (0..400)
            .map(|k| {
                let figure = if k % 2 == 0 {
                    "$14 billion"
                } else {
                    "$30 billion"
                };
                doc(
                    &k.to_string(),
                    &format!("Amazon spent {figure} on capex in 2025."),
                )
            })
            .collect();
        let r = compare(docs);
        assert_eq!(r.conflicts.len(), 1);
        assert_eq!(r.conflicts[0].claims.len(), 400);
    }
}

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
//! without a period agrees with one that has one). Claims with the same
//! known period whose figures do not agree form a conflict: "near $4
//! trillion" against "nearly $400bn" for the same companies' spending this
//! year.

use std::collections::HashMap;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::analysis::{Analysis, Claim, Money, Percent, Qualifier, Quantity, Value};

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
    subjects: Vec<String>,
    family: String,
    predicate: String,
    period: Option<(String, String)>,
    low: Decimal,
    high: Decimal,
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
    let period = claim.period.and_then(|p| match &a.mentions.get(p)?.value {
        Value::Date(v) => Some((v.start?.to_string(), v.end?.to_string())),
        _ => None,
    });
    let (low, high) = interval(amount, amount_max, qualifier, &object.text);
    let mut subjects = claim.subjects.clone();
    subjects.sort();
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
            evidence: a.slice(claim.evidence).to_string(),
        },
        subjects,
        family: family(&claim.predicate).to_string(),
        predicate: claim.predicate.clone(),
        period,
        low,
        high,
    })
}

/// The interval of values a figure allows, from its qualifier and the
/// precision it was written with.
fn interval(
    amount: Decimal,
    max: Option<Decimal>,
    q: Qualifier,
    written: &str,
) -> (Decimal, Decimal) {
    let half = half_unit(amount, written);
    let tenth = amount.abs() / Decimal::from(10);
    let half_again = amount.abs() / Decimal::from(2);
    match q {
        Qualifier::Exact => (amount - half, amount + half),
        Qualifier::Approximately => (amount - tenth - half, amount + tenth + half),
        Qualifier::MoreThan | Qualifier::AtLeast => (amount, amount + half_again + half),
        Qualifier::LessThan => (amount - half_again, amount),
        Qualifier::AtMost => (Decimal::ZERO.min(amount), amount),
        Qualifier::Range => (amount, max.unwrap_or(amount)),
    }
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
    let magnitude = amount.checked_div(v).unwrap_or(Decimal::ONE);
    let unit = magnitude / Decimal::from(10u64.pow(v.scale().min(18)));
    unit / Decimal::from(2)
}

fn same_thing(a: &Item, b: &Item) -> bool {
    a.r.document != b.r.document
        && a.subjects == b.subjects
        && a.family == b.family
        && a.r.unit == b.r.unit
}

fn overlap(a: &Item, b: &Item) -> bool {
    a.low <= b.high && b.low <= a.high
}

/// The items that can be about the same thing, bucketed by subjects,
/// predicate family and unit, each bucket in item order and the buckets in
/// order of first item: claims are compared within a bucket only, so a
/// corpus of many companies costs about its size, not its square.
fn buckets(items: &[Item]) -> Vec<Vec<usize>> {
    let mut index: HashMap<(&[String], &str, &str), usize> = HashMap::new();
    let mut out: Vec<Vec<usize>> = Vec::new();
    for (i, it) in items.iter().enumerate() {
        let key = (
            it.subjects.as_slice(),
            it.family.as_str(),
            it.r.unit.as_str(),
        );
        let b = *index.entry(key).or_insert_with(|| {
            out.push(Vec::new());
            out.len() - 1
        });
        out[b].push(i);
    }
    out
}

/// A period as reports write it: `start..end`.
fn period_text((start, end): &(String, String)) -> String {
    format!("{start}..{end}")
}

fn corroborations(items: &[Item]) -> Vec<Corroboration> {
    // Union-find over agreeing pairs from different documents.
    let mut parent: Vec<usize> = (0..items.len()).collect();
    fn find(p: &mut [usize], mut i: usize) -> usize {
        while p[i] != i {
            p[i] = p[p[i]];
            i = p[i];
        }
        i
    }
    for bucket in buckets(items) {
        for (k, &i) in bucket.iter().enumerate() {
            for &j in &bucket[k + 1..] {
                let (a, b) = (&items[i], &items[j]);
                let periods_fit = match (&a.period, &b.period) {
                    (Some(x), Some(y)) => x == y,
                    _ => true,
                };
                if same_thing(a, b) && periods_fit && overlap(a, b) {
                    let (ri, rj) = (find(&mut parent, i), find(&mut parent, j));
                    parent[ri] = rj;
                }
            }
        }
    }
    // Clusters in order of their first item.
    let mut by_root: HashMap<usize, usize> = HashMap::new();
    let mut clusters: Vec<Vec<usize>> = Vec::new();
    for i in 0..items.len() {
        let root = find(&mut parent, i);
        let c = *by_root.entry(root).or_insert_with(|| {
            clusters.push(Vec::new());
            clusters.len() - 1
        });
        clusters[c].push(i);
    }
    clusters
        .into_iter()
        .filter(|members| {
            let doc = items[members[0]].r.document;
            members.iter().any(|&i| items[i].r.document != doc)
        })
        .map(|members| {
            let first = &items[members[0]];
            // Name the cluster by its most specific predicate: a restatement
            // as "spending" corroborates a "capital_expenditure" claim.
            let predicate = members
                .iter()
                .map(|&i| items[i].predicate.as_str())
                .find(|p| *p != "spending" && *p != "other")
                .unwrap_or(&first.predicate);
            Corroboration {
                subjects: first.subjects.clone(),
                predicate: predicate.to_string(),
                period: members
                    .iter()
                    .find_map(|&i| items[i].period.as_ref())
                    .map(period_text),
                claims: members.iter().map(|&i| items[i].r.clone()).collect(),
            }
        })
        .collect()
}

fn conflicts(items: &[Item]) -> Vec<Conflict> {
    let mut out: Vec<Conflict> = Vec::new();
    for bucket in buckets(items) {
        // One conflict per period within a bucket.
        let mut by_period: HashMap<&(String, String), usize> = HashMap::new();
        for (k, &i) in bucket.iter().enumerate() {
            for &j in &bucket[k + 1..] {
                let (a, b) = (&items[i], &items[j]);
                let (Some(pa), Some(pb)) = (&a.period, &b.period) else {
                    continue;
                };
                if pa != pb || !same_thing(a, b) || overlap(a, b) {
                    continue;
                }
                match by_period.get(pa) {
                    Some(&c) => {
                        let c = &mut out[c];
                        for r in [&a.r, &b.r] {
                            if !c.claims.contains(r) {
                                c.claims.push(r.clone());
                            }
                        }
                    }
                    None => {
                        by_period.insert(pa, out.len());
                        out.push(Conflict {
                            subjects: a.subjects.clone(),
                            predicate: a.predicate.clone(),
                            period: period_text(pa),
                            claims: vec![a.r.clone(), b.r.clone()],
                        });
                    }
                }
            }
        }
    }
    out
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
            (d("26250000000"), d("26350000000"))
        );
        assert_eq!(
            interval(d("200000000000"), None, Qualifier::Exact, "$200bn"),
            (d("199500000000"), d("200500000000"))
        );
        let (lo, hi) = interval(d("130000000000"), None, Qualifier::Approximately, "$130bn");
        assert!(lo <= d("117000000000") && hi >= d("143000000000"));
        let (lo, hi) = interval(d("100"), None, Qualifier::MoreThan, "$100");
        assert_eq!((lo, hi), (d("100"), d("150.5")));
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
        );
        let (b_lo, b_hi) = interval(d("400000000000"), None, Qualifier::Approximately, "$400bn");
        assert!(!(a_lo <= b_hi && b_lo <= a_hi));
    }
}

//! Scoring an [`Analysis`] against hand-written gold, per kind.
//!
//! This is what `tests/fixtures.rs` runs, and what a user's CI job can run on
//! its own fixtures. The gold format is described in `fixtures/README.md`:
//! mentions are located by surface text and occurrence index, so gold stays
//! valid when repairs change byte offsets elsewhere in the text.

use std::collections::{BTreeMap, BTreeSet};

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::analysis::{Analysis, Kind, Span, Value};

/// Gold for one article.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Gold {
    pub source: String,
    #[serde(default)]
    pub reference_date: Option<String>,
    pub mentions: Vec<GoldMention>,
    #[serde(default)]
    pub claims: Vec<GoldClaim>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct GoldMention {
    pub kind: Kind,
    pub text: String,
    pub occurrence: usize,
    #[serde(default)]
    pub value: serde_json::Value,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct GoldPeriod {
    pub start: String,
    pub end: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct GoldClaim {
    pub subjects: Vec<String>,
    pub predicate: String,
    /// The figure's amount; absent for a claim whose object is a chip
    /// (`chip_launch`), which names the chip in `chip` instead.
    #[serde(default)]
    pub amount: Option<String>,
    /// The canonical name of the chip a `chip_launch` claim is about.
    #[serde(default)]
    pub chip: Option<String>,
    #[serde(default)]
    pub currency: Option<String>,
    #[serde(default)]
    pub counterparty: Option<String>,
    #[serde(default)]
    pub modality: Option<String>,
    #[serde(default)]
    pub period: Option<GoldPeriod>,
    #[serde(default)]
    pub evidence: Option<String>,
}

/// Counts for one kind (or for claims).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Score {
    pub gold: usize,
    pub predicted: usize,
    /// Predicted items that match a gold item (same kind and span; for
    /// claims, same subjects, predicate and amount).
    pub matched: usize,
    /// Matched items whose value agrees with the gold in every field it lists.
    pub value_correct: usize,
}

impl Score {
    pub fn precision(&self) -> f64 {
        ratio(self.matched, self.predicted)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.matched, self.gold)
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    pub fn value_accuracy(&self) -> f64 {
        ratio(self.value_correct, self.matched)
    }
    pub fn add(&mut self, other: &Score) {
        self.gold += other.gold;
        self.predicted += other.predicted;
        self.matched += other.matched;
        self.value_correct += other.value_correct;
    }
}

/// Empty sets score 1.0: nothing to find and nothing found is not an error.
fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

/// The outcome of scoring one or more articles.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Report {
    pub kinds: BTreeMap<Kind, Score>,
    pub claims: Score,
    /// One line per miss, false alarm or wrong value, for reading.
    pub problems: Vec<String>,
}

impl Report {
    pub fn merge(&mut self, other: Report) {
        for (k, s) in other.kinds {
            self.kinds.entry(k).or_default().add(&s);
        }
        self.claims.add(&other.claims);
        self.problems.extend(other.problems);
    }

    /// The per-kind table, as printed by `tests/fixtures.rs`.
    pub fn table(&self) -> String {
        let mut out =
            String::from("kind        gold  pred  match  precision  recall     F1  value_acc\n");
        let row = |name: &str, s: &Score| {
            format!(
                "{name:<10} {:>5} {:>5} {:>6}  {:>9.3}  {:>6.3}  {:>5.3}  {:>9.3}\n",
                s.gold,
                s.predicted,
                s.matched,
                s.precision(),
                s.recall(),
                s.f1(),
                s.value_accuracy()
            )
        };
        for (k, s) in &self.kinds {
            out.push_str(&row(k.as_str(), s));
        }
        out.push_str(&row("claims", &self.claims));
        out
    }
}

/// Where gold mention `m` sits in `text`, if its occurrence exists.
pub fn locate(text: &str, m: &GoldMention) -> Option<Span> {
    text.match_indices(m.text.as_str())
        .nth(m.occurrence)
        .map(|(i, s)| Span::new(i, i + s.len()))
}

/// Scores one analysis against its gold. `name` prefixes problem lines.
pub fn score(name: &str, gold: &Gold, analysis: &Analysis) -> Report {
    let mut report = Report::default();
    let mut gold_spans: BTreeMap<(Kind, Span), &GoldMention> = BTreeMap::new();
    for m in &gold.mentions {
        if m.kind == Kind::Person {
            continue;
        }
        let score = report.kinds.entry(m.kind).or_default();
        score.gold += 1;
        match locate(&analysis.text, m) {
            Some(span) => {
                gold_spans.insert((m.kind, span), m);
            }
            None => report.problems.push(format!(
                "{name}: gold {} {:?} occurrence {} is not in the text",
                m.kind.as_str(),
                m.text,
                m.occurrence
            )),
        }
    }
    let mut found: BTreeSet<(Kind, Span)> = BTreeSet::new();
    for p in &analysis.mentions {
        let kind = p.kind();
        if kind == Kind::Person {
            continue;
        }
        let score = report.kinds.entry(kind).or_default();
        score.predicted += 1;
        let key = (kind, p.span());
        match gold_spans.get(&key) {
            Some(g) => {
                score.matched += 1;
                found.insert(key);
                let predicted = value_json(&p.value);
                match value_diff(&g.value, &predicted) {
                    None => score.value_correct += 1,
                    Some(diff) => report.problems.push(format!(
                        "{name}: wrong value for {} {:?} at {}: {diff}",
                        kind.as_str(),
                        p.text,
                        p.start
                    )),
                }
            }
            None => report.problems.push(format!(
                "{name}: false {} {:?} at {} ({}) in {:?}",
                kind.as_str(),
                p.text,
                p.start,
                p.rule,
                context(&analysis.text, p.start, p.end)
            )),
        }
    }
    for (key, g) in &gold_spans {
        if !found.contains(key) {
            report.problems.push(format!(
                "{name}: missed {} {:?} at {} in {:?}",
                key.0.as_str(),
                g.text,
                key.1.start,
                context(&analysis.text, key.1.start, key.1.end)
            ));
        }
    }
    report.claims = score_claims(name, gold, analysis, &mut report.problems);
    report
}

fn context(text: &str, start: usize, end: usize) -> String {
    let s = crate::numbers::floor_char_boundary(text, start.saturating_sub(40));
    let e = crate::numbers::floor_char_boundary(text, (end + 40).min(text.len()));
    text[s..e].replace('\n', " ")
}

/// The `value` object of a mention's JSON.
fn value_json(v: &Value) -> serde_json::Value {
    let mut json = serde_json::to_value(v).unwrap_or_default();
    json.get_mut("value").map(|v| v.take()).unwrap_or_default()
}

/// Fields of `gold` that `predicted` gets wrong, or None. Decimal strings
/// compare by value ("1.50" equals "1.5"); `amount_max` is compared even
/// when only one side has it.
fn value_diff(gold: &serde_json::Value, predicted: &serde_json::Value) -> Option<String> {
    let gold_obj = gold.as_object()?;
    let mut diffs = Vec::new();
    let mut fields: Vec<&String> = gold_obj.keys().collect();
    let amount_max = "amount_max".to_string();
    if predicted.get("amount_max").is_some() && !gold_obj.contains_key("amount_max") {
        fields.push(&amount_max);
    }
    for field in fields {
        let g = gold_obj.get(field).unwrap_or(&serde_json::Value::Null);
        let p = predicted.get(field).unwrap_or(&serde_json::Value::Null);
        if !same_value(g, p) {
            diffs.push(format!("{field}: want {g}, got {p}"));
        }
    }
    (!diffs.is_empty()).then(|| diffs.join("; "))
}

fn same_value(g: &serde_json::Value, p: &serde_json::Value) -> bool {
    if g == p {
        return true;
    }
    match (g.as_str(), p.as_str()) {
        (Some(a), Some(b)) => match (a.parse::<Decimal>(), b.parse::<Decimal>()) {
            (Ok(x), Ok(y)) => x == y,
            _ => false,
        },
        _ => false,
    }
}

/// The canonical name of a claim's chip object, if it is one.
fn claim_chip(analysis: &Analysis, object: usize) -> Option<&str> {
    match &analysis.mentions.get(object)?.value {
        Value::Chip(c) => Some(c.name.as_str()),
        _ => None,
    }
}

/// The amount a claim states: the value of its object mention.
fn claim_amount(analysis: &Analysis, object: usize) -> Option<Decimal> {
    Some(match &analysis.mentions.get(object)?.value {
        Value::Money(m) => m.amount,
        Value::Percent(p) => p.value,
        Value::Quantity(q) => q.amount,
        _ => return None,
    })
}

fn score_claims(name: &str, gold: &Gold, analysis: &Analysis, problems: &mut Vec<String>) -> Score {
    let mut score = Score {
        gold: gold.claims.len(),
        predicted: analysis.claims.len(),
        ..Score::default()
    };
    let mut used = vec![false; gold.claims.len()];
    for c in &analysis.claims {
        let subjects: BTreeSet<&str> = c.subjects.iter().map(String::as_str).collect();
        let amount = claim_amount(analysis, c.object);
        let chip = claim_chip(analysis, c.object);
        let hit = gold.claims.iter().enumerate().position(|(i, g)| {
            let object_agrees = match (&g.chip, &g.amount) {
                (Some(name), _) => chip == Some(name.as_str()),
                (None, Some(a)) => a.parse::<Decimal>().ok() == amount,
                (None, None) => false,
            };
            !used[i]
                && g.predicate == c.predicate
                && g.subjects
                    .iter()
                    .map(String::as_str)
                    .collect::<BTreeSet<_>>()
                    == subjects
                && object_agrees
        });
        let Some(i) = hit else {
            problems.push(format!(
                "{name}: false claim {:?} {} {:?} in {:?}",
                c.subjects,
                c.predicate,
                amount.map(|a| a.to_string()).or(chip.map(str::to_string)),
                analysis.slice(c.evidence)
            ));
            continue;
        };
        used[i] = true;
        score.matched += 1;
        let g = &gold.claims[i];
        let modality = serde_json::to_value(c.modality).unwrap_or_default();
        let period = c
            .period
            .and_then(|p| match &analysis.mentions.get(p)?.value {
                Value::Date(d) => Some((d.start?.to_string(), d.end?.to_string())),
                _ => None,
            });
        let gold_period = g.period.as_ref().map(|p| (p.start.clone(), p.end.clone()));
        let modality_ok = g
            .modality
            .as_deref()
            .is_none_or(|m| modality.as_str() == Some(m));
        if modality_ok && g.counterparty == c.counterparty && gold_period == period {
            score.value_correct += 1;
        } else {
            problems.push(format!(
                "{name}: claim {:?} {} differs: modality {:?}/{:?}, counterparty {:?}/{:?}, period {:?}/{:?} ({:?})",
                g.subjects, g.predicate, g.modality, modality, g.counterparty, c.counterparty, gold_period, period,
                g.evidence.as_deref().unwrap_or("?")
            ));
        }
    }
    for (i, g) in gold.claims.iter().enumerate() {
        if !used[i] {
            problems.push(format!(
                "{name}: missed claim {:?} {} {} ({:?})",
                g.subjects,
                g.predicate,
                g.amount.as_deref().or(g.chip.as_deref()).unwrap_or("?"),
                g.evidence
            ));
        }
    }
    score
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn f1_of_nothing_is_perfect_and_of_misses_is_zero() {
        let empty = Score::default();
        assert_eq!(empty.f1(), 1.0);
        let missed = Score {
            gold: 3,
            ..Score::default()
        };
        assert_eq!(missed.f1(), 0.0);
    }

    #[test]
    fn decimal_strings_compare_by_value() {
        assert!(same_value(&"1.50".into(), &"1.5".into()));
        assert!(!same_value(&"1.5".into(), &"15".into()));
    }
}

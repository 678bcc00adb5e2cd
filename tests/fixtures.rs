//! Extraction accuracy on the hand-annotated fixtures.
//!
//! Every `fixtures/*.expected.json` is scored against the extractor's output
//! (see `fixtures/README.md` for the gold format and `news_claims::eval`
//! for the scoring). The per-kind table is printed (`cargo test --test
//! fixtures -- --nocapture`); a kind whose threshold is switched on fails
//! the test when it drops below it.

use std::path::{Path, PathBuf};

use news_claims::eval::{self, Gold, Report};
use news_claims::{parse_reference_date, Extractor, Kind};

/// (kind, minimum F1, minimum value accuracy) for the kinds switched on.
const THRESHOLDS: &[(Kind, f64, f64)] = &[
    (Kind::Money, 0.95, 0.95),
    (Kind::Percent, 0.95, 0.95),
    (Kind::Quantity, 0.95, 0.95),
    (Kind::Company, 0.95, 0.95),
    (Kind::Chip, 0.95, 0.95),
    (Kind::Date, 0.95, 0.95),
];

/// Minimum claim F1 once claims are switched on (None: not yet).
const CLAIM_F1: Option<f64> = None;

fn fixtures_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures")
}

fn load_golds() -> Vec<(String, Gold)> {
    let mut out = Vec::new();
    let mut paths: Vec<PathBuf> = std::fs::read_dir(fixtures_dir())
        .expect("fixtures/ exists")
        .map(|e| e.expect("readable dir entry").path())
        .filter(|p| p.to_string_lossy().ends_with(".expected.json"))
        .collect();
    paths.sort();
    for p in paths {
        let gold: Gold = serde_json::from_str(&std::fs::read_to_string(&p).expect("gold readable"))
            .unwrap_or_else(|e| panic!("{}: {e}", p.display()));
        out.push((p.file_name().unwrap().to_string_lossy().into_owned(), gold));
    }
    out
}

fn run(gold: &Gold) -> news_claims::Analysis {
    let mut builder = Extractor::builder();
    if let Some(d) = &gold.reference_date {
        builder = builder.reference_date(parse_reference_date(d).expect("gold date"));
    }
    let extractor = builder.build().expect("builds");
    let bytes = std::fs::read(fixtures_dir().join(&gold.source)).expect("article readable");
    extractor.analyze_bytes(&bytes).expect("fixture analyses")
}

fn score_all(golds: &[(String, Gold)]) -> Report {
    let mut total = Report::default();
    for (name, gold) in golds {
        total.merge(eval::score(name, gold, &run(gold)));
    }
    total
}

/// The kinds and claims that fall below their thresholds.
fn failures(report: &Report) -> Vec<String> {
    let mut out = Vec::new();
    for &(kind, f1, acc) in THRESHOLDS {
        let s = report.kinds.get(&kind).copied().unwrap_or_default();
        if s.f1() < f1 || s.value_accuracy() < acc {
            out.push(format!(
                "{}: F1 {:.3} (min {f1}), value accuracy {:.3} (min {acc})",
                kind.as_str(),
                s.f1(),
                s.value_accuracy()
            ));
        }
    }
    if let Some(min) = CLAIM_F1 {
        if report.claims.f1() < min {
            out.push(format!("claims: F1 {:.3} (min {min})", report.claims.f1()));
        }
    }
    out
}

#[test]
fn fixture_accuracy() {
    let golds = load_golds();
    assert_eq!(golds.len(), 5, "the five seed fixtures have gold");
    let report = score_all(&golds);
    println!("\n{}", report.table());
    let enabled: Vec<Kind> = THRESHOLDS.iter().map(|t| t.0).collect();
    for p in &report.problems {
        let kind_of_line = Kind::ALL
            .iter()
            .find(|k| p.contains(&format!(" {} ", k.as_str())));
        if kind_of_line.is_some_and(|k| enabled.contains(k)) || p.contains(" claim ") {
            println!("  {p}");
        }
    }
    let failed = failures(&report);
    assert!(failed.is_empty(), "below threshold:\n{}", failed.join("\n"));
}

/// The comparison can fail: damaging the gold must push money below its
/// threshold.
#[test]
fn damaged_gold_fails() {
    let mut golds = load_golds();
    for (_, gold) in &mut golds {
        for m in gold.mentions.iter_mut().filter(|m| m.kind == Kind::Money) {
            if let Some(amount) = m.value.get_mut("amount") {
                *amount = serde_json::Value::String("1".into());
            }
        }
    }
    let report = score_all(&golds);
    assert!(
        failures(&report).iter().any(|f| f.starts_with("money")),
        "wrong amounts in the gold must fail the money threshold"
    );
    let mut dropped = load_golds();
    for (_, gold) in &mut dropped {
        gold.mentions.retain(|m| m.kind != Kind::Money);
    }
    let report = score_all(&dropped);
    assert!(report.kinds[&Kind::Money].precision() < 0.5);
}

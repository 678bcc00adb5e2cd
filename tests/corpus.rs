//! Corroborations and conflicts across the seed articles.

use news_claims::corpus::{self, CorpusReport, Document};
use news_claims::{parse_reference_date, Extractor};

const SEEDS: &[(&str, &str)] = &[
    ("000_adafbf4793c1a348.txt", "2025-02-07"),
    ("001_14c944a03e944bf8.txt", "2025-02-07"),
    ("002_03239c536bb5656d.txt", "2026-02-09"),
    ("003_45192b01957a76b2.txt", "2026-02-09"),
    ("004_fb0b073f51697533.txt", "2026-02-09"),
];

fn report() -> CorpusReport {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let documents = SEEDS
        .iter()
        .map(|(name, date)| {
            let extractor = Extractor::builder()
                .reference_date(parse_reference_date(date).unwrap())
                .build()
                .unwrap();
            let bytes = std::fs::read(dir.join(name)).unwrap();
            Document {
                path: name.to_string(),
                analysis: extractor.analyze_bytes(&bytes).unwrap(),
            }
        })
        .collect();
    corpus::compare(documents)
}

/// The documents (by seed number) of the corroboration of `subjects` and
/// `predicate` that holds a figure with this amount.
fn corroborating_docs(
    r: &CorpusReport,
    subjects: &[&str],
    predicate: &str,
    amount: &str,
) -> Vec<usize> {
    let amount: rust_decimal::Decimal = amount.parse().unwrap();
    let mut best = Vec::new();
    for c in &r.corroborations {
        if c.subjects != subjects || c.predicate != predicate {
            continue;
        }
        if !c.claims.iter().any(|x| x.amount == amount) {
            continue;
        }
        let mut docs: Vec<usize> = c.claims.iter().map(|x| x.document).collect();
        docs.sort();
        docs.dedup();
        if docs.len() > best.len() {
            best = docs;
        }
    }
    best
}

#[test]
fn seeds_corroborate_each_other() {
    let r = report();
    let summary: Vec<String> = r
        .corroborations
        .iter()
        .map(|c| {
            format!(
                "{:?} {} {:?}",
                c.subjects,
                c.predicate,
                c.claims
                    .iter()
                    .map(|x| (x.document, x.figure.as_str()))
                    .collect::<Vec<_>>()
            )
        })
        .collect();
    let all = summary.join("\n");
    assert_eq!(
        corroborating_docs(&r, &["amazon"], "capital_expenditure", "200000000000"),
        vec![2, 3, 4],
        "Amazon's $200bn capex plan in three articles:\n{all}"
    );
    assert_eq!(
        corroborating_docs(&r, &["amazon"], "capital_expenditure", "100000000000"),
        vec![0, 1],
        "Amazon's roughly $100bn 2025 plan in two:\n{all}"
    );
    assert_eq!(
        corroborating_docs(&r, &["aws"], "revenue", "130000000000"),
        vec![2, 3],
        "AWS's nearly $130bn sales in two:\n{all}"
    );
    assert_eq!(
        corroborating_docs(&r, &["amazon", "openai"], "contract_value", "38000000000"),
        vec![2, 3],
        "the $38bn OpenAI deal in two:\n{all}"
    );
}

#[test]
fn seeds_conflict_on_combined_spending() {
    let r = report();
    let found = r.conflicts.iter().any(|c| {
        c.subjects == ["google", "microsoft", "oracle"]
            && c.claims.iter().any(|x| x.figure == "$4 trillion")
            && c.claims.iter().any(|x| x.figure == "$400bn")
    });
    assert!(
        found,
        "near $4 trillion vs nearly $400bn: {:#?}",
        r.conflicts
    );
}

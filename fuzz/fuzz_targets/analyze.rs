//! Feeds arbitrary bytes to every entry point: `analyze_bytes`,
//! `analyze_lossy`, `analyze` and `analyze_html` on the lossy text. Beyond
//! "no panic", it checks what the contract promises: every span on char
//! boundaries inside `text`, mention text equal to its slice, and the same
//! output twice.
#![no_main]

use libfuzzer_sys::fuzz_target;
use news_claims::{Analysis, Extractor};
use once_cell::sync::Lazy;

static EXTRACTOR: Lazy<Extractor> = Lazy::new(|| {
    Extractor::builder()
        .reference_date("2026-02-09".parse().unwrap())
        .max_input_bytes(1 << 20)
        .build()
        .unwrap()
});

fn check(a: &Analysis) {
    for s in &a.sentences {
        assert!(a.text.get(s.start..s.end).is_some(), "sentence span");
    }
    for m in &a.mentions {
        assert_eq!(
            a.text.get(m.start..m.end),
            Some(m.text.as_str()),
            "mention span"
        );
    }
    for c in &a.claims {
        assert!(
            a.text.get(c.evidence.start..c.evidence.end).is_some(),
            "evidence span"
        );
    }
}

fuzz_target!(|data: &[u8]| {
    let x = &*EXTRACTOR;
    if let Ok(a) = x.analyze_bytes(data) {
        check(&a);
    }
    if let Ok(a) = x.analyze_lossy(data) {
        check(&a);
        let again = x.analyze(&String::from_utf8_lossy(data));
        if !a.repairs.iter().any(|r| r.starts_with("invalid_utf8")) {
            assert_eq!(Some(&a), again.as_ref().ok(), "deterministic");
        }
    }
    let text = String::from_utf8_lossy(data);
    if let Ok(a) = x.analyze_html(&text) {
        check(&a);
    }
});

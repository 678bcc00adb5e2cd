//! The HTML fixtures: each page in `fixtures/html/` must give exactly the
//! article paragraphs of `NAME.body.txt`, and the title and date of
//! `NAME.meta.json`.

use std::path::{Path, PathBuf};

use news_claims::source::html;
use news_claims::Extractor;

fn pages() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/html");
    let mut out: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("fixtures/html exists")
        .map(|e| e.expect("dir entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "html"))
        .collect();
    out.sort();
    out
}

fn sibling(page: &Path, suffix: &str) -> String {
    let stem = page.file_stem().unwrap().to_string_lossy();
    std::fs::read_to_string(page.with_file_name(format!("{stem}{suffix}")))
        .unwrap_or_else(|e| panic!("{}{suffix}: {e}", stem))
}

#[test]
fn at_least_five_pages() {
    assert!(pages().len() >= 5);
}

#[test]
fn extracted_body_is_the_article() {
    for page in pages() {
        let source = std::fs::read_to_string(&page).unwrap();
        let got = html::extract(&source);
        let want = sibling(&page, ".body.txt");
        assert_eq!(got.text, want.trim_end(), "{}", page.display());
    }
}

#[test]
fn title_and_date_come_from_the_page() {
    for page in pages() {
        let source = std::fs::read_to_string(&page).unwrap();
        let meta: serde_json::Value = serde_json::from_str(&sibling(&page, ".meta.json")).unwrap();
        let a = Extractor::new().analyze_html(&source).unwrap();
        assert_eq!(
            a.title.as_deref(),
            meta["title"].as_str(),
            "{}",
            page.display()
        );
        assert_eq!(
            a.reference_date.map(|d| d.to_string()).as_deref(),
            meta["date"].as_str(),
            "{}",
            page.display()
        );
        // Every span points into the extracted text.
        for s in &a.sentences {
            assert!(a.text.get(s.start..s.end).is_some());
        }
        for m in &a.mentions {
            assert_eq!(&a.text[m.start..m.end], m.text);
        }
    }
}

#[test]
fn the_callers_date_wins_over_the_page() {
    let page = std::fs::read_to_string(&pages()[0]).unwrap();
    let x = Extractor::builder()
        .reference_date("2026-02-09".parse().unwrap())
        .build()
        .unwrap();
    assert_eq!(
        x.analyze_html(&page)
            .unwrap()
            .reference_date
            .unwrap()
            .to_string(),
        "2026-02-09"
    );
}

#[test]
fn mojibake_inside_html_is_repaired() {
    let page = "<html><body><article><h1>Deals</h1><p>๐Ÿ’ก Amazon plans to spend $200 billion on AI data centres, \
                its chief executive said on Thursday in a call.</p><p>โ€ข Shares fell.</p></article></body></html>";
    let a = Extractor::new().analyze_html(page).unwrap();
    assert!(a.text.contains("💡 Amazon plans"), "{}", a.text);
    assert!(a.text.contains("• Shares fell."));
    assert_eq!(a.repairs, vec!["mojibake:cp874"]);
}

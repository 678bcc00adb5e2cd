//! Segmentation on every seed article: no sentence crosses a blank line or
//! a bullet, and every sentence is trimmed, non-empty and on char boundaries.

use news_claims::segment::segment;

#[test]
fn no_sentence_straddles_a_blank_line_or_a_bullet() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let mut seen = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "txt") {
            continue;
        }
        seen += 1;
        let text = std::fs::read_to_string(&path).unwrap();
        let sentences = segment(&text);
        assert!(!sentences.is_empty(), "{}", path.display());
        for s in &sentences {
            let piece = &text[s.start..s.end];
            assert_eq!(piece, piece.trim(), "untrimmed in {}", path.display());
            let lines: Vec<&str> = piece.split('\n').collect();
            for (i, line) in lines.iter().enumerate() {
                assert!(
                    i == 0 || !line.trim().is_empty(),
                    "{}: sentence crosses a blank line: {piece:?}",
                    path.display()
                );
                let t = line.trim_start();
                assert!(
                    i == 0 || !(t.starts_with('•') || t.starts_with("- ") || t.starts_with("* ")),
                    "{}: sentence crosses a bullet: {piece:?}",
                    path.display()
                );
            }
        }
        for w in sentences.windows(2) {
            assert!(
                w[0].end <= w[1].start,
                "sentences overlap in {}",
                path.display()
            );
        }
    }
    assert!(seen >= 5, "all seed articles checked");
}

//! A phrase table: a TSV of `label<TAB>phrases` (or `phrase<TAB>label`)
//! compiled into one case-insensitive, word-bounded matcher. Used for the
//! modality cues and for the words that refer to a company without naming it.

use super::scan::WordScanner;

use crate::error::Error;

/// Which column holds the label.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    /// `label<TAB>phrase|phrase|...`; line order is precedence.
    LabelFirst,
    /// `phrase<TAB>label`.
    PhraseFirst,
}

/// A phrase found in text, with the label of its line and that line's rank
/// (0 for the first line).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit<'a> {
    pub start: usize,
    pub end: usize,
    pub label: &'a str,
    pub rank: usize,
}

#[derive(Debug, Clone)]
pub struct PhraseTable {
    labels: Vec<String>,
    /// Phrase, index into `labels`.
    phrases: Vec<(String, usize)>,
    matcher: WordScanner,
}

impl PhraseTable {
    pub fn from_tsv(tsv: &str, layout: Layout, source_name: &str) -> Result<Self, Error> {
        let mut labels: Vec<String> = Vec::new();
        let mut phrases = Vec::new();
        for (i, line) in tsv.lines().enumerate() {
            let line = line.trim_end();
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let Some((a, b)) = line.split_once('\t') else {
                return Err(Error::Lexicon {
                    source_name: source_name.to_string(),
                    line: i + 1,
                    message: "expected two tab-separated columns".into(),
                });
            };
            let (label, list) = match layout {
                Layout::LabelFirst => (a, b),
                Layout::PhraseFirst => (b, a),
            };
            let idx = labels.iter().position(|l| l == label).unwrap_or_else(|| {
                labels.push(label.to_string());
                labels.len() - 1
            });
            for p in list.split('|').map(str::trim).filter(|p| !p.is_empty()) {
                phrases.push((p.to_string(), idx));
            }
        }
        let matcher = WordScanner::new(phrases.iter().map(|(p, _)| p.as_str()));
        Ok(PhraseTable {
            labels,
            phrases,
            matcher,
        })
    }

    /// Every phrase in `text` on word boundaries, leftmost-longest.
    pub fn find<'a>(&'a self, text: &str) -> Vec<Hit<'a>> {
        self.matcher
            .find_iter(text)
            .map(|m| {
                let idx = self.phrases[m.pattern].1;
                Hit {
                    start: m.start,
                    end: m.end,
                    label: &self.labels[idx],
                    rank: idx,
                }
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_and_ranks() {
        let t = PhraseTable::from_tsv("a\tx|y z\nb\tw", Layout::LabelFirst, "t").unwrap();
        let hits = t.find("Y Z and w, not wx");
        assert_eq!(hits.len(), 2);
        assert_eq!((hits[0].label, hits[0].rank), ("a", 0));
        assert_eq!((hits[1].label, hits[1].rank), ("b", 1));
    }

    #[test]
    fn phrase_first_layout() {
        let t =
            PhraseTable::from_tsv("the search giant\tgoogle", Layout::PhraseFirst, "t").unwrap();
        assert_eq!(t.find("The search giant sold")[0].label, "google");
    }
}

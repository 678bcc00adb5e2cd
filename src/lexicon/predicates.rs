//! Predicate trigger words (`predicates.tsv`): which words in a sentence say
//! what a figure is (capital expenditure, revenue, a deal's value...).

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

use crate::error::Error;

/// The built-in trigger table.
pub const BUILTIN_TSV: &str = include_str!("predicates.tsv");

/// A trigger found in text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Trigger {
    pub start: usize,
    pub end: usize,
    /// Index into [`Predicates::names`].
    pub predicate: usize,
}

/// Compiled predicate triggers.
#[derive(Debug, Clone)]
pub struct Predicates {
    names: Vec<String>,
    phrases: Vec<(String, usize)>,
    matcher: AhoCorasick,
}

impl Predicates {
    /// The built-in table; it is part of the crate, so a parse failure is a bug.
    pub fn builtin() -> Self {
        Self::from_tsv(BUILTIN_TSV, "predicates.tsv").expect("built-in predicates.tsv parses")
    }

    /// Parses a table in the format of `predicates.tsv`.
    pub fn from_tsv(tsv: &str, source_name: &str) -> Result<Self, Error> {
        let mut names: Vec<String> = Vec::new();
        let mut phrases = Vec::new();
        for (i, line) in tsv.lines().enumerate() {
            let line = line.trim_end();
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let Some((name, list)) = line.split_once('\t') else {
                return Err(Error::Lexicon {
                    source_name: source_name.to_string(),
                    line: i + 1,
                    message: "expected `predicate<TAB>phrase|phrase...`".into(),
                });
            };
            let idx = match names.iter().position(|n| n == name) {
                Some(p) => p,
                None => {
                    names.push(name.to_string());
                    names.len() - 1
                }
            };
            for p in list.split('|').map(str::trim).filter(|p| !p.is_empty()) {
                phrases.push((p.to_string(), idx));
            }
        }
        Self::compile(names, phrases)
    }

    fn compile(names: Vec<String>, phrases: Vec<(String, usize)>) -> Result<Self, Error> {
        let matcher = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .build(phrases.iter().map(|(p, _)| p.as_str()))
            .map_err(|e| Error::Lexicon {
                source_name: "predicates".into(),
                line: 0,
                message: e.to_string(),
            })?;
        Ok(Predicates {
            names,
            phrases,
            matcher,
        })
    }

    /// Adds trigger phrases for a predicate (new or existing).
    pub fn with_phrases(&self, predicate: &str, new: &[&str]) -> Result<Self, Error> {
        let mut names = self.names.clone();
        let mut phrases = self.phrases.clone();
        let idx = match names.iter().position(|n| n == predicate) {
            Some(p) => p,
            None => {
                names.push(predicate.to_string());
                names.len() - 1
            }
        };
        phrases.extend(new.iter().map(|p| (p.to_string(), idx)));
        Self::compile(names, phrases)
    }

    pub fn name(&self, idx: usize) -> &str {
        &self.names[idx]
    }

    pub fn names(&self) -> &[String] {
        &self.names
    }

    /// Every trigger in `text`, on word boundaries.
    pub fn find(&self, text: &str) -> Vec<Trigger> {
        self.matcher
            .find_iter(text)
            .filter(|m| word_bounded(text, m.start(), m.end()))
            .map(|m| Trigger {
                start: m.start(),
                end: m.end(),
                predicate: self.phrases[m.pattern().as_usize()].1,
            })
            .collect()
    }
}

/// Whether `text[start..end]` is not glued to letters or digits on either side.
pub fn word_bounded(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    before.is_none_or(|c| !c.is_alphanumeric()) && after.is_none_or(|c| !c.is_alphanumeric())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_triggers_on_word_boundaries() {
        let p = Predicates::builtin();
        let text = "Amazon's capital expenditures rose; AWS net sales grew. Capexes";
        let found: Vec<(&str, &str)> = p
            .find(text)
            .iter()
            .map(|t| (&text[t.start..t.end], p.name(t.predicate)))
            .collect();
        assert!(found.contains(&("capital expenditures", "capital_expenditure")));
        assert!(found.contains(&("net sales", "revenue")));
        assert!(!found.iter().any(|(t, _)| *t == "Capex"));
    }

    #[test]
    fn bad_lines_are_reported_with_their_number() {
        let err = Predicates::from_tsv("# c\nrevenue sales", "mine.tsv").unwrap_err();
        assert!(err.to_string().contains("mine.tsv line 2"), "{err}");
    }

    #[test]
    fn phrases_can_be_added() {
        let p = Predicates::builtin()
            .with_phrases("revenue", &["gross merchandise value"])
            .unwrap();
        let t = p.find("its gross merchandise value");
        assert_eq!(p.name(t[0].predicate), "revenue");
    }
}

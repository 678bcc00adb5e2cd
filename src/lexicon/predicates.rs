//! Predicate trigger words (`predicates.tsv`): which words in a sentence say
//! what a figure is (capital expenditure, revenue, a deal's value...).

use std::collections::HashMap;

use super::scan::WordScanner;

use crate::analysis::Kind;
use crate::error::Error;

/// The built-in trigger table.
pub const BUILTIN_TSV: &str = include_str!("predicates.tsv");

/// A trigger found in text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Trigger {
    pub start: usize,
    pub end: usize,
    /// Indices into [`Predicates::entries`] of every predicate the phrase
    /// can stand for.
    pub entries: Vec<usize>,
}

/// One predicate line: which figure kinds it describes, and how specific it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub predicate: String,
    pub kinds: Vec<Kind>,
    pub generic: bool,
}

impl Entry {
    pub fn accepts(&self, kind: Kind) -> bool {
        self.kinds.contains(&kind)
    }
}

/// Compiled predicate triggers.
#[derive(Debug, Clone)]
pub struct Predicates {
    entries: Vec<Entry>,
    /// Distinct phrases, each with the entries it triggers.
    phrases: Vec<(String, Vec<usize>)>,
    matcher: WordScanner,
}

impl Predicates {
    /// The built-in table; it is part of the crate, so a parse failure is a bug.
    pub fn builtin() -> Self {
        Self::from_tsv(BUILTIN_TSV, "predicates.tsv").expect("built-in predicates.tsv parses")
    }

    /// Parses a table in the format of `predicates.tsv`.
    pub fn from_tsv(tsv: &str, source_name: &str) -> Result<Self, Error> {
        let mut table = Predicates {
            entries: Vec::new(),
            phrases: Vec::new(),
            matcher: WordScanner::new([]),
        };
        let mut known = HashMap::new();
        for (i, line) in tsv.lines().enumerate() {
            let line = line.trim_end();
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let bad = |message: &str| Error::Lexicon {
                source_name: source_name.to_string(),
                line: i + 1,
                message: message.to_string(),
            };
            let cols: Vec<&str> = line.split('\t').collect();
            let [name, kinds, strength, list] = cols[..] else {
                return Err(bad(
                    "expected 4 tab-separated columns: predicate, kinds, specific|generic, phrases",
                ));
            };
            let kinds = parse_kinds(kinds).map_err(|m| bad(&m))?;
            let generic = match strength {
                "generic" => true,
                "specific" => false,
                _ => return Err(bad("strength must be `specific` or `generic`")),
            };
            let phrases: Vec<&str> = list
                .split('|')
                .map(str::trim)
                .filter(|p| !p.is_empty())
                .collect();
            table.push(name, kinds, generic, &phrases, &mut known);
        }
        Ok(table.compile())
    }

    /// Phrases by their lower case: comparing each new phrase with every known
    /// one was a visible share of the first call, and so was rebuilding
    /// this map for every line of the table.
    fn known_phrases(&self) -> HashMap<String, usize> {
        self.phrases
            .iter()
            .enumerate()
            .map(|(k, (q, _))| (q.to_lowercase(), k))
            .collect()
    }

    fn push(
        &mut self,
        name: &str,
        kinds: Vec<Kind>,
        generic: bool,
        phrases: &[&str],
        known: &mut HashMap<String, usize>,
    ) {
        self.entries.push(Entry {
            predicate: name.to_string(),
            kinds,
            generic,
        });
        let idx = self.entries.len() - 1;
        for p in phrases {
            let lower = p.to_lowercase();
            match known.get(&lower) {
                Some(&k) => self.phrases[k].1.push(idx),
                None => {
                    known.insert(lower, self.phrases.len());
                    self.phrases.push((p.to_string(), vec![idx]));
                }
            }
        }
    }

    fn compile(mut self) -> Self {
        self.matcher = WordScanner::new(self.phrases.iter().map(|(p, _)| p.as_str()));
        self
    }

    /// Adds specific trigger phrases for a predicate (new or existing) that
    /// describes figures of the given kinds.
    pub fn with_phrases(
        &self,
        predicate: &str,
        kinds: &[Kind],
        new: &[&str],
    ) -> Result<Self, Error> {
        let mut table = self.clone();
        let mut known = table.known_phrases();
        table.push(predicate, kinds.to_vec(), false, new, &mut known);
        Ok(table.compile())
    }

    /// Whether some entry of `predicate` can describe a figure of `kind`.
    pub fn describes(&self, predicate: &str, kind: Kind) -> bool {
        self.entries
            .iter()
            .any(|e| e.predicate == predicate && e.accepts(kind))
    }

    pub fn entry(&self, idx: usize) -> &Entry {
        &self.entries[idx]
    }

    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// Every trigger in `text`, on word boundaries.
    pub fn find(&self, text: &str) -> Vec<Trigger> {
        self.find_borrowed(text)
            .map(|(start, end, entries)| Trigger {
                start,
                end,
                entries: entries.to_vec(),
            })
            .collect()
    }

    /// [`Predicates::find`] with the entries borrowed from the table, for
    /// claims, which look triggers up in every sentence with a figure.
    pub(crate) fn find_borrowed<'s, 't>(
        &'s self,
        text: &'t str,
    ) -> impl Iterator<Item = (usize, usize, &'s [usize])> + use<'s, 't> {
        self.matcher
            .find_iter(text)
            .map(|m| (m.start, m.end, self.phrases[m.pattern].1.as_slice()))
    }
}

fn parse_kinds(s: &str) -> Result<Vec<Kind>, String> {
    if s == "*" {
        return Ok(vec![Kind::Money, Kind::Percent, Kind::Quantity]);
    }
    s.split(',').map(|k| k.trim().parse::<Kind>()).collect()
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

    fn names(p: &Predicates, t: &Trigger) -> Vec<String> {
        t.entries
            .iter()
            .map(|&e| p.entry(e).predicate.clone())
            .collect()
    }

    #[test]
    fn finds_triggers_on_word_boundaries() {
        let p = Predicates::builtin();
        let text = "Amazon's capital expenditures rose; AWS net sales grew. Capexes";
        let found: Vec<(&str, Vec<String>)> = p
            .find(text)
            .iter()
            .map(|t| (&text[t.start..t.end], names(&p, t)))
            .collect();
        assert!(found.contains(&(
            "capital expenditures",
            vec!["capital_expenditure".to_string()]
        )));
        assert!(found.contains(&("net sales", vec!["revenue".to_string()])));
        assert!(!found.iter().any(|(t, _)| *t == "Capex"));
    }

    #[test]
    fn one_phrase_serves_several_kinds() {
        let p = Predicates::builtin();
        let t = &p.find("of total profit")[0];
        let entries: Vec<&Entry> = t.entries.iter().map(|&e| p.entry(e)).collect();
        assert!(entries
            .iter()
            .any(|e| e.predicate == "profit_share" && e.accepts(Kind::Percent)));
        let t = &p.find("operating profit")[0];
        assert!(t.entries.iter().any(|&e| p.entry(e).accepts(Kind::Money)));
    }

    #[test]
    fn bad_lines_are_reported_with_their_number() {
        let err = Predicates::from_tsv("# c\nrevenue sales", "mine.tsv").unwrap_err();
        assert!(err.to_string().contains("mine.tsv line 2"), "{err}");
        let err = Predicates::from_tsv("revenue\tmoney\tvery\tsales", "mine.tsv").unwrap_err();
        assert!(err.to_string().contains("specific"), "{err}");
        let err = Predicates::from_tsv("revenue\tcoins\tspecific\tsales", "mine.tsv").unwrap_err();
        assert!(err.to_string().contains("coins"), "{err}");
    }

    #[test]
    fn phrases_can_be_added() {
        let p = Predicates::builtin()
            .with_phrases("revenue", &[Kind::Money], &["gross merchandise value"])
            .unwrap();
        let t = &p.find("its gross merchandise value")[0];
        assert_eq!(names(&p, t), vec!["revenue"]);
    }
}

//! The company lexicon (`companies.tsv`): canonical names, slugs, aliases,
//! parents, tickers and the product names that contain a company's name.
//!
//! Aliases are matched case-sensitively, because case is what tells `Apple`
//! the company from `apple` the fruit and `Oracle` from an `oracle`; an
//! all-capitals copy of each mixed-case alias of four letters or more is
//! added for headlines (`NVIDIA`, `AMAZON`).

use std::collections::{HashMap, HashSet};

use crate::analysis::Company;
use crate::error::Error;
use crate::lexicon::scan::Scanner;

/// The built-in table.
pub const BUILTIN_TSV: &str = include_str!("companies.tsv");

/// How much evidence an alias needs before it counts as a company.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ambiguity {
    /// Always a company when matched (`Nvidia`, `OpenAI`).
    None,
    /// Also an ordinary word (`Amazon`, `Apple`, `Meta`): dropped where the
    /// context reads as the word (`the Amazon rainforest`, `Meta-analysis`).
    Word,
    /// Mostly not a company (`TTM`): taken only with a corporate cue.
    NeedsCue,
}

/// One company of the lexicon.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompanyEntry {
    pub slug: String,
    pub name: String,
    /// Surface forms besides the name; a leading `~` or `?` marks an
    /// ambiguous one (see [`Ambiguity`]).
    pub aliases: Vec<String>,
    pub parent: Option<String>,
    /// Primary listing first.
    pub tickers: Vec<String>,
    /// Words that, right after an alias, make it a product name.
    pub products: Vec<String>,
}

impl CompanyEntry {
    /// A company with a slug and canonical name; add the rest with the
    /// `with_*` methods.
    pub fn new(slug: &str, name: &str) -> Self {
        CompanyEntry {
            slug: slug.to_string(),
            name: name.to_string(),
            aliases: Vec::new(),
            parent: None,
            tickers: Vec::new(),
            products: Vec::new(),
        }
    }

    pub fn with_alias(mut self, alias: &str) -> Self {
        self.aliases.push(alias.to_string());
        self
    }

    pub fn with_parent(mut self, parent: &str) -> Self {
        self.parent = Some(parent.to_string());
        self
    }

    pub fn with_ticker(mut self, ticker: &str) -> Self {
        self.tickers.push(ticker.to_string());
        self
    }

    pub fn with_product(mut self, product: &str) -> Self {
        self.products.push(product.to_string());
        self
    }

    /// The mention value this entry gives.
    pub fn value(&self) -> Company {
        Company {
            name: self.name.clone(),
            id: self.slug.clone(),
            parent: self.parent.clone(),
            ticker: self.tickers.first().cloned(),
        }
    }
}

/// A surface form and the entry it names.
#[derive(Debug, Clone)]
pub struct Alias {
    pub text: String,
    pub entry: usize,
    pub ambiguity: Ambiguity,
}

/// An alias found in text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AliasMatch {
    pub start: usize,
    pub end: usize,
    pub alias: usize,
}

/// The compiled company lexicon.
#[derive(Debug, Clone)]
pub struct Companies {
    entries: Vec<CompanyEntry>,
    aliases: Vec<Alias>,
    by_slug: HashMap<String, usize>,
    by_ticker: HashMap<String, usize>,
    /// Per entry, the rule of its mentions (`company:<slug>`): copied,
    /// not formatted, for each of the thousands of mentions of a corpus.
    rules: Vec<String>,
    matcher: Scanner,
}

impl Companies {
    /// The built-in table; it is part of the crate, so a parse failure is a bug.
    pub fn builtin() -> Self {
        Self::from_entries(parse_tsv(BUILTIN_TSV, "companies.tsv").expect("companies.tsv parses"))
            .expect("built-in companies compile")
    }

    /// Parses a table in the format of `companies.tsv` on its own.
    pub fn from_tsv(tsv: &str, source_name: &str) -> Result<Self, Error> {
        Self::from_entries(parse_tsv(tsv, source_name)?)
    }

    /// This lexicon plus `more`; an entry whose slug is already known
    /// replaces the old one.
    pub fn extended(&self, more: Vec<CompanyEntry>) -> Result<Self, Error> {
        let mut entries = self.entries.clone();
        for e in more {
            match entries.iter().position(|old| old.slug == e.slug) {
                Some(i) => entries[i] = e,
                None => entries.push(e),
            }
        }
        Self::from_entries(entries)
    }

    /// Compiles entries into one matcher.
    pub fn from_entries(entries: Vec<CompanyEntry>) -> Result<Self, Error> {
        let mut aliases: Vec<Alias> = Vec::new();
        // Thousands of aliases: a set, not a scan of the list per alias.
        let mut seen: HashSet<String> = HashSet::new();
        let mut by_slug = HashMap::new();
        let mut by_ticker = HashMap::new();
        for (i, e) in entries.iter().enumerate() {
            by_slug.insert(e.slug.clone(), i);
            for t in &e.tickers {
                by_ticker.entry(t.clone()).or_insert(i);
            }
            let mut forms: Vec<(String, Ambiguity)> = e
                .aliases
                .iter()
                .map(|a| split_marker(a))
                .filter(|(a, _)| !a.is_empty())
                .collect();
            if !forms.iter().any(|(a, _)| *a == e.name) {
                forms.push((e.name.clone(), Ambiguity::None));
            }
            let upper: Vec<(String, Ambiguity)> = forms
                .iter()
                // (An ordinary word's capitals stay ambiguous: "AMAZON:"
                // heading a digest's section is the company, "AMAZON
                // RAINFOREST" the river.)
                .filter(|(a, amb)| {
                    matches!(amb, Ambiguity::None | Ambiguity::Word)
                        && a.chars().count() >= 4
                        && a.chars().any(|c| c.is_lowercase())
                })
                .map(|(a, amb)| (a.to_uppercase(), *amb))
                .collect();
            for (text, ambiguity) in forms.into_iter().chain(upper) {
                if seen.insert(text.clone()) {
                    aliases.push(Alias {
                        text,
                        entry: i,
                        ambiguity,
                    });
                }
            }
        }
        let matcher =
            Scanner::new(aliases.iter().map(|a| a.text.as_str())).map_err(|e| Error::Lexicon {
                source_name: "companies".into(),
                line: 0,
                message: e.to_string(),
            })?;
        let rules = entries
            .iter()
            .map(|e| format!("company:{}", e.slug))
            .collect();
        Ok(Companies {
            entries,
            aliases,
            by_slug,
            by_ticker,
            rules,
            matcher,
        })
    }

    pub fn entries(&self) -> &[CompanyEntry] {
        &self.entries
    }

    pub fn entry(&self, idx: usize) -> &CompanyEntry {
        &self.entries[idx]
    }

    /// The rule name of entry `idx`'s mentions.
    pub(crate) fn rule(&self, idx: usize) -> &str {
        &self.rules[idx]
    }

    pub fn alias(&self, idx: usize) -> &Alias {
        &self.aliases[idx]
    }

    pub fn by_slug(&self, slug: &str) -> Option<&CompanyEntry> {
        self.by_slug.get(slug).map(|&i| &self.entries[i])
    }

    /// The entry whose ticker is `ticker` ("NVDA"), by index.
    pub fn by_ticker(&self, ticker: &str) -> Option<usize> {
        self.by_ticker.get(ticker).copied()
    }

    /// Every alias occurrence, leftmost-longest, not yet checked for word
    /// boundaries or context.
    pub fn find_iter<'t>(&'t self, text: &'t str) -> impl Iterator<Item = AliasMatch> + 't {
        self.matcher.find_iter(text).map(|m| AliasMatch {
            start: m.start,
            end: m.end,
            alias: m.pattern,
        })
    }
}

fn split_marker(alias: &str) -> (String, Ambiguity) {
    let alias = alias.trim();
    if let Some(rest) = alias.strip_prefix('~') {
        (rest.to_string(), Ambiguity::Word)
    } else if let Some(rest) = alias.strip_prefix('?') {
        (rest.to_string(), Ambiguity::NeedsCue)
    } else {
        (alias.to_string(), Ambiguity::None)
    }
}

fn list(field: Option<&str>) -> Vec<String> {
    field
        .unwrap_or("")
        .split('|')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

/// Parses `slug<TAB>name<TAB>aliases<TAB>parent<TAB>tickers<TAB>products`
/// lines; trailing columns may be left off.
pub fn parse_tsv(tsv: &str, source_name: &str) -> Result<Vec<CompanyEntry>, Error> {
    let mut out = Vec::new();
    for (i, line) in tsv.lines().enumerate() {
        let line = line.trim_end_matches(['\r', '\n']);
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let err = |message: &str| Error::Lexicon {
            source_name: source_name.to_string(),
            line: i + 1,
            message: message.to_string(),
        };
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() < 2 || cols.len() > 6 {
            return Err(err(
                "expected `slug<TAB>name[<TAB>aliases<TAB>parent<TAB>tickers<TAB>products]`",
            ));
        }
        let slug = cols[0].trim();
        let name = cols[1].trim();
        if !is_slug(slug) {
            return Err(err(
                "the slug must be lowercase letters and digits joined by hyphens",
            ));
        }
        if name.is_empty() {
            return Err(err("the name is empty"));
        }
        let parent = cols.get(3).map(|p| p.trim()).filter(|p| !p.is_empty());
        out.push(CompanyEntry {
            slug: slug.to_string(),
            name: name.to_string(),
            aliases: list(cols.get(2).copied()),
            parent: parent.map(str::to_string),
            tickers: list(cols.get(4).copied()),
            products: list(cols.get(5).copied()),
        });
    }
    Ok(out)
}

/// Whether `s` is a slug: `bank-of-america`, `01-ai`.
pub fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.split('-').all(|p| {
            !p.is_empty()
                && p.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        })
}

/// The slug of a name found by a rule: `Creative Strategies` ->
/// `creative-strategies`.
pub fn slugify(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars() {
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        } else if (c == '&' || c.is_whitespace() || c == '-' || c == '.')
            && !out.ends_with('-')
            && !out.is_empty()
        {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_parses_with_enough_entries_and_valid_parents() {
        let c = Companies::builtin();
        assert!(c.entries().len() >= 400, "{}", c.entries().len());
        for e in c.entries() {
            if let Some(p) = &e.parent {
                assert!(c.by_slug(p).is_some(), "{} has unknown parent {p}", e.slug);
            }
        }
        let aws = c.by_slug("aws").unwrap().value();
        assert_eq!(
            (aws.name.as_str(), aws.parent.as_deref()),
            ("Amazon Web Services", Some("amazon"))
        );
        assert_eq!(
            c.by_slug("alphabet").unwrap().value().ticker.as_deref(),
            Some("GOOGL")
        );
    }

    #[test]
    fn no_builtin_company_is_listed_twice() {
        // Two slugs for one name make the same company two parties, and
        // which slug a text gets depends on the order of the file. Metro
        // (the Canadian grocer) and Metro AG are two companies.
        let c = Companies::builtin();
        let mut seen = std::collections::HashMap::new();
        let mut slugs = std::collections::HashSet::new();
        for e in c.entries() {
            assert!(slugs.insert(e.slug.as_str()), "{} has two lines", e.slug);
            if let Some(other) = seen.insert(e.name.as_str(), e.slug.as_str()) {
                assert!(
                    e.name == "Metro",
                    "{} is listed as {other} and {}",
                    e.name,
                    e.slug
                );
            }
        }
    }

    #[test]
    fn no_builtin_alias_opens_with_a_common_lower_case_word() {
        // Names that open in lower case are searched for everywhere (see
        // `scan`): one opening with "the" is tried at every "the" of a text.
        let c = Companies::builtin();
        let common = ["the ", "a ", "an ", "of ", "and ", "in ", "to "];
        let bad: Vec<&str> = c
            .aliases
            .iter()
            .map(|a| a.text.as_str())
            .filter(|a| common.iter().any(|w| a.starts_with(w)))
            .collect();
        assert!(bad.is_empty(), "{bad:?}");
    }

    #[test]
    fn bad_lines_are_reported_with_their_number() {
        let err = Companies::from_tsv("# c\nAcme Corp\tAcme", "mine.tsv").unwrap_err();
        assert!(err.to_string().contains("mine.tsv line 2"), "{err}");
        let err = Companies::from_tsv("acme", "mine.tsv").unwrap_err();
        assert!(err.to_string().contains("line 1"), "{err}");
    }

    #[test]
    fn slugs() {
        assert_eq!(slugify("Creative Strategies"), "creative-strategies");
        assert_eq!(slugify("Procter & Gamble"), "procter-gamble");
        assert_eq!(slugify("Acelab"), "acelab");
        assert!(is_slug("01-ai") && !is_slug("Acme") && !is_slug("a--b"));
    }
}

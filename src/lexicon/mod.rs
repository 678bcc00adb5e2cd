//! Lexicons: companies, chips and predicate words, kept as data files in
//! this folder and compiled in, parsed once, extendable through the builder.

use std::sync::Arc;

use once_cell::sync::Lazy;

pub mod calendar;
pub mod chips;
pub mod companies;
pub mod phrases;
pub mod predicates;
pub mod scan;

use phrases::{Layout, PhraseTable};

/// The entries of a one-per-line list compiled in (places, news outlets):
/// trimmed lines, blank ones and `#` comments left out.
pub(crate) fn line_set(list: &'static str) -> std::collections::HashSet<&'static str> {
    list.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
}

/// Brokers and research houses: `brokers.txt`. Sorted, for a binary
/// search: claims ask this of every party.
static BROKERS: Lazy<Vec<&'static str>> = Lazy::new(|| sorted_lines(include_str!("brokers.txt")));

/// [`line_set`]'s entries, sorted for a binary search.
fn sorted_lines(list: &'static str) -> Vec<&'static str> {
    let mut v: Vec<&str> = line_set(list).into_iter().collect();
    v.sort_unstable();
    v
}

/// Whether the company `slug` is a broker or research house, whose figures
/// are estimates of other companies'.
pub fn is_broker(slug: &str) -> bool {
    BROKERS.binary_search(&slug).is_ok()
}

/// News outlets: `outlets.txt`, sorted for a binary search.
static OUTLETS: Lazy<Vec<&'static str>> = Lazy::new(|| sorted_lines(include_str!("outlets.txt")));

/// Whether the company `slug` is a news outlet, which reports other
/// companies' figures.
pub fn is_outlet(slug: &str) -> bool {
    OUTLETS.binary_search(&slug).is_ok()
}

/// Investment firms: `investors.txt`, sorted for a binary search.
static INVESTORS: Lazy<Vec<&'static str>> =
    Lazy::new(|| sorted_lines(include_str!("investors.txt")));

/// Whether the company `slug` is an investment firm (private equity,
/// venture capital, a sovereign or pension fund), whose money put to work
/// is an investment, not capital spending.
pub fn is_investor(slug: &str) -> bool {
    INVESTORS.binary_search(&slug).is_ok()
}

/// Every lexicon one extractor uses.
#[derive(Debug, Clone)]
pub struct Lexicons {
    pub predicates: Arc<predicates::Predicates>,
    /// Modality cues (`modality.tsv`).
    pub modality: Arc<PhraseTable>,
    /// Words that refer to a company without naming it (`references.tsv`).
    pub references: Arc<PhraseTable>,
    pub companies: Arc<companies::Companies>,
    pub chips: Arc<chips::Chips>,
}

static DEFAULT: Lazy<Arc<Lexicons>> = Lazy::new(|| {
    Arc::new(Lexicons {
        predicates: Arc::new(predicates::Predicates::builtin()),
        modality: Arc::new(builtin_table(
            include_str!("modality.tsv"),
            Layout::LabelFirst,
            "modality.tsv",
        )),
        references: Arc::new(builtin_table(
            include_str!("references.tsv"),
            Layout::PhraseFirst,
            "references.tsv",
        )),
        companies: Arc::new(companies::Companies::builtin()),
        chips: Arc::new(chips::Chips::builtin()),
    })
});

impl Lexicons {
    /// The built-in lexicons, built on first use and shared.
    pub fn builtin() -> Arc<Lexicons> {
        DEFAULT.clone()
    }
}

/// Built-in tables are part of the crate: a parse failure is a bug caught by tests.
fn builtin_table(tsv: &str, layout: Layout, name: &str) -> PhraseTable {
    PhraseTable::from_tsv(tsv, layout, name).unwrap_or_else(|e| panic!("built-in {name}: {e}"))
}

//! Lexicons: companies, chips and predicate words, kept as data files in
//! this folder and compiled in, parsed once, extendable through the builder.

use std::sync::Arc;

use once_cell::sync::Lazy;

pub mod calendar;
pub mod predicates;

/// Every lexicon one extractor uses.
#[derive(Debug, Clone)]
pub struct Lexicons {
    pub predicates: Arc<predicates::Predicates>,
}

static DEFAULT: Lazy<Arc<Lexicons>> = Lazy::new(|| {
    Arc::new(Lexicons {
        predicates: Arc::new(predicates::Predicates::builtin()),
    })
});

impl Lexicons {
    /// The built-in lexicons, built on first use and shared.
    pub fn builtin() -> Arc<Lexicons> {
        DEFAULT.clone()
    }
}

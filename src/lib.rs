//! Reads news articles and returns the checkable claims in them: who said or
//! did what, for how much money, when.
//!
//! ```
//! use news_claims::{Extractor, Kind, Value};
//!
//! let extractor = Extractor::builder()
//!     .reference_date("2025-02-07".parse().unwrap())
//!     .build()?;
//! let analysis = extractor.analyze(
//!     "Amazon expects to allocate more than $100 billion in capital expenditures for 2025. \
//!      Meta announced a planned investment of $60 billion to $65 billion.",
//! )?;
//!
//! let money: Vec<_> = analysis.mentions_of(Kind::Money).collect();
//! assert_eq!(money[0].text, "$100 billion");
//! let Value::Money(m) = &money[0].value else { unreachable!() };
//! assert_eq!(m.amount.to_string(), "100000000000");
//! assert_eq!(m.qualifier.as_str(), "more_than");
//!
//! let Value::Money(range) = &money[1].value else { unreachable!() };
//! assert_eq!(range.amount_max.unwrap().to_string(), "65000000000");
//!
//! // Everything serializes to the JSON of SPEC.md.
//! let json = serde_json::to_string(&analysis).unwrap();
//! assert!(json.contains(r#""kind":"money""#));
//! # Ok::<(), news_claims::Error>(())
//! ```
//!
//! The pipeline runs one way: [`source`] (UTF-8 checks, repair) ->
//! [`segment`] (sentences) -> [`recognize`] (mentions, on the shared
//! [`numbers`] grammar and the [`lexicon`]s) -> [`claims`] -> [`corpus`]
//! (several documents). The output types are in [`analysis`]; [`eval`]
//! scores an analysis against hand-written gold. A text of tens of
//! megabytes is recognized a section at a time, and
//! [`Extractor::analyze_streamed`] writes its analysis out holding one
//! section's mentions at a time ([`StreamedAnalysis`]).

mod affix;
pub mod analysis;
pub mod boilerplate;
pub mod claims;
pub mod corpus;
pub mod error;
pub mod eval;
mod extractor;
pub mod lexicon;
pub mod numbers;
mod pipeline;
pub mod recognize;
pub mod render;
pub mod segment;
pub mod source;

pub use analysis::{
    Analysis, Chip, ChipCategory, Claim, Company, DateValue, Granularity, Kind, Mention, Modality,
    Money, Percent, PercentUnit, Person, Qualifier, Quantity, Sentence, Span, Value,
    SCHEMA_VERSION,
};
pub use error::Error;
pub use extractor::{parse_reference_date, Extractor, ExtractorBuilder, DEFAULT_MAX_INPUT_BYTES};
pub use pipeline::{StreamedAnalysis, DEFAULT_SECTION_BYTES};

#[cfg(test)]
pub(crate) mod testing {
    use crate::{Extractor, Kind, Mention};

    /// One expected figure of an example table: the surface text, then
    /// three value columns in the table's own order, then `amount_max`.
    pub type Row = (
        &'static str,
        &'static str,
        &'static str,
        &'static str,
        Option<&'static str>,
    );

    /// An example: the input, then every figure of the kind it must give.
    pub type Case = (&'static str, &'static [Row]);

    /// The value columns of a row, rendered from a mention.
    pub type Rendered = (String, String, String, Option<String>);

    /// Runs a recognizer's example table: each input must give exactly the
    /// listed mentions of `kind`, in order; `render` writes a mention's value
    /// in the table's columns.
    pub fn check_table(kind: Kind, cases: &[Case], render: impl Fn(&Mention) -> Rendered) {
        for (input, expected) in cases {
            let got: Vec<(String, Rendered)> = mentions_in(input, kind)
                .iter()
                .map(|m| (m.text.clone(), render(m)))
                .collect();
            let want: Vec<(String, Rendered)> = expected
                .iter()
                .map(|&(t, a, b, c, max)| {
                    let cols = (a.to_string(), b.to_string(), c.to_string());
                    (
                        t.to_string(),
                        (cols.0, cols.1, cols.2, max.map(str::to_string)),
                    )
                })
                .collect();
            assert_eq!(got, want, "input: {input:?}");
        }
    }

    /// The plain-text fixture articles, in file-name order.
    pub fn fixture_texts() -> Vec<String> {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures");
        let mut paths: Vec<_> = std::fs::read_dir(dir)
            .expect("fixtures/")
            .map(|e| e.expect("entry").path())
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .collect();
        paths.sort();
        paths
            .iter()
            .map(|p| std::fs::read_to_string(p).expect("UTF-8"))
            .collect()
    }

    /// Mentions of one kind in `text`, with claims off and a fixed
    /// reference date, so example tables stay short.
    pub fn mentions_in(text: &str, kind: Kind) -> Vec<Mention> {
        Extractor::builder()
            .reference_date("2026-02-09".parse().expect("valid date"))
            .claims(false)
            .build()
            .expect("default builder builds")
            .analyze(text)
            .expect("test input is text")
            .mentions
            .into_iter()
            .filter(|m| m.kind() == kind)
            .collect()
    }
}

//! The extractor: configuration, and the entry points from input to
//! [`Analysis`] (input checks and repair here; the pipeline itself, a
//! section at a time, in `pipeline.rs`).
//!
//! Data flows one way: source -> segment -> recognize -> claims. An
//! [`Extractor`] holds only immutable, shared state, so it is `Send + Sync`
//! and cloning it is a reference-count bump.

use std::sync::Arc;

use jiff::civil::Date;

use crate::analysis::{Analysis, Kind};
use crate::error::Error;
use crate::lexicon::chips::{self, ChipEntry};
use crate::lexicon::companies::{self, CompanyEntry};
use crate::lexicon::Lexicons;
use crate::pipeline::{StreamedAnalysis, DEFAULT_SECTION_BYTES};
use crate::recognize::KindSet;
use crate::source;

/// Default input limit: large enough for any article or a big batch file,
/// small enough that a runaway input fails fast instead of exhausting memory.
pub const DEFAULT_MAX_INPUT_BYTES: usize = 256 * 1024 * 1024;

/// Reads articles and returns their mentions and claims.
#[derive(Debug, Clone)]
pub struct Extractor {
    inner: Arc<Inner>,
}

/// What the pipeline reads of the configuration.
#[derive(Debug)]
pub(crate) struct Inner {
    reference_date: Option<Date>,
    pub(crate) kinds: KindSet,
    pub(crate) claims: bool,
    pub(crate) acquisitions: bool,
    max_input_bytes: usize,
    pub(crate) section_bytes: usize,
    pub(crate) lexicons: Arc<Lexicons>,
}

impl Default for Extractor {
    fn default() -> Self {
        Self::new()
    }
}

impl Extractor {
    /// An extractor with every recognizer and claims on, no fixed reference
    /// date (it is read from the document when it gives one), and the
    /// built-in lexicons.
    pub fn new() -> Self {
        Extractor {
            inner: Arc::new(Inner {
                reference_date: None,
                kinds: KindSet::all(),
                claims: true,
                acquisitions: false,
                max_input_bytes: DEFAULT_MAX_INPUT_BYTES,
                section_bytes: DEFAULT_SECTION_BYTES,
                lexicons: Lexicons::builtin(),
            }),
        }
    }

    pub(crate) fn settings(&self) -> &Inner {
        &self.inner
    }

    pub fn builder() -> ExtractorBuilder {
        ExtractorBuilder::default()
    }

    /// The reference date this extractor was configured with, if any.
    pub fn reference_date(&self) -> Option<Date> {
        self.inner.reference_date
    }

    /// Analyses plain text.
    pub fn analyze(&self, text: &str) -> Result<Analysis, Error> {
        self.check_size(text.len())?;
        self.analyze_string(text.to_string())
    }

    /// Analyses plain text the caller hands over: the same as
    /// [`Extractor::analyze`] without its copy of the text, which for a
    /// long document is a whole input's worth of memory held to the end
    /// (the text becomes [`Analysis::text`], repaired if it needed it).
    pub fn analyze_string(&self, text: String) -> Result<Analysis, Error> {
        Ok(self.analyze_streamed(text)?.into_analysis())
    }

    /// Checks, repairs, segments and dates the text, and leaves finding
    /// its mentions and claims to the moment the result is serialized,
    /// which then holds one section's mentions at a time instead of the
    /// whole document's (see [`StreamedAnalysis`]): for writing the
    /// analysis of a text of tens of megabytes straight out.
    ///
    /// ```
    /// # use news_claims::Extractor;
    /// let extractor = Extractor::new();
    /// let text = "Meta plans to spend $65 billion this year.";
    /// let streamed = extractor.analyze_streamed(text.to_string())?;
    /// let mut out = Vec::new();
    /// serde_json::to_writer(&mut out, &streamed).unwrap();
    /// let whole = serde_json::to_vec(&extractor.analyze(text)?).unwrap();
    /// assert_eq!(out, whole);
    /// # Ok::<(), news_claims::Error>(())
    /// ```
    pub fn analyze_streamed(&self, text: String) -> Result<StreamedAnalysis, Error> {
        self.check_size(text.len())?;
        source::check_text(&text)?;
        let mut repairs = Vec::new();
        let text = source::repaired(text, &mut repairs);
        Ok(StreamedAnalysis::new(self, text, repairs, None))
    }

    /// Analyses a web page: the article body is extracted (navigation,
    /// share bars, comments and "related" lists dropped), the page's title
    /// goes to [`Analysis::title`] and its publication date becomes the
    /// reference date unless the builder fixed one. `Analysis::text` is the
    /// extracted body, and every span points into it.
    pub fn analyze_html(&self, html: &str) -> Result<Analysis, Error> {
        self.check_size(html.len())?;
        source::check_text(html)?;
        let page = source::html::extract(html);
        let mut repairs = Vec::new();
        if page.stripped {
            repairs.push("html:too_deep_stripped_tags".to_string());
        }
        let text = source::repaired(page.text, &mut repairs);
        let title = page.title.map(|t| match source::repair::repair(&t) {
            Some(r) => r.text,
            None => t,
        });
        Ok(StreamedAnalysis::new(self, text, repairs, page.date)
            .with_title(title)
            .into_analysis())
    }

    /// Analyses bytes that must be UTF-8; the error names the first bad byte.
    pub fn analyze_bytes(&self, bytes: &[u8]) -> Result<Analysis, Error> {
        self.check_size(bytes.len())?;
        let text = source::decode(bytes)?;
        self.analyze(text)
    }

    /// Analyses bytes in whatever encoding they come: a UTF-8 or UTF-16
    /// byte-order mark is followed, else UTF-8, else Windows-1252 (see
    /// [`source::decode_any`]); the encoding, when not UTF-8, is recorded in
    /// [`Analysis::repairs`] (`decoded:utf-16le`, `decoded:windows-1252`).
    pub fn analyze_decoded(&self, bytes: &[u8]) -> Result<Analysis, Error> {
        self.check_size(bytes.len())?;
        let (text, encoding) = source::decode_any(bytes)?;
        source::check_text(&text)?;
        let mut repairs: Vec<String> = encoding.into_iter().map(str::to_string).collect();
        let text = source::repaired(text, &mut repairs);
        Ok(StreamedAnalysis::new(self, text, repairs, None).into_analysis())
    }

    /// Analyses bytes, replacing invalid UTF-8 with U+FFFD and recording
    /// that in [`Analysis::repairs`].
    pub fn analyze_lossy(&self, bytes: &[u8]) -> Result<Analysis, Error> {
        self.check_size(bytes.len())?;
        let (text, replaced) = source::decode_lossy(bytes);
        source::check_text(&text)?;
        let mut repairs = if replaced {
            vec!["invalid_utf8:replaced".to_string()]
        } else {
            Vec::new()
        };
        let text = source::repaired(text, &mut repairs);
        Ok(StreamedAnalysis::new(self, text, repairs, None).into_analysis())
    }

    fn check_size(&self, size: usize) -> Result<(), Error> {
        let limit = self.inner.max_input_bytes;
        if size > limit {
            return Err(Error::TooLarge { size, limit });
        }
        Ok(())
    }
}

/// Configures an [`Extractor`].
#[derive(Debug, Clone)]
pub struct ExtractorBuilder {
    reference_date: Option<Date>,
    kinds: KindSet,
    claims: bool,
    acquisitions: bool,
    max_input_bytes: usize,
    section_bytes: usize,
    predicate_phrases: Vec<(String, Vec<Kind>, Vec<String>)>,
    companies: Vec<LexiconAddition<CompanyEntry>>,
    chips: Vec<LexiconAddition<ChipEntry>>,
}

/// An entry given through the builder, or a table to parse at build time
/// (so a bad line is reported by [`ExtractorBuilder::build`]).
#[derive(Debug, Clone)]
enum LexiconAddition<T> {
    Entry(T),
    Tsv(String),
}

impl Default for ExtractorBuilder {
    fn default() -> Self {
        ExtractorBuilder {
            reference_date: None,
            kinds: KindSet::all(),
            claims: true,
            acquisitions: false,
            max_input_bytes: DEFAULT_MAX_INPUT_BYTES,
            section_bytes: DEFAULT_SECTION_BYTES,
            predicate_phrases: Vec::new(),
            companies: Vec::new(),
            chips: Vec::new(),
        }
    }
}

impl ExtractorBuilder {
    /// The date relative expressions ("last week") are resolved against.
    /// Without one, the document's own date is used when it states one.
    pub fn reference_date(mut self, date: Date) -> Self {
        self.reference_date = Some(date);
        self
    }

    /// Runs only these recognizers.
    pub fn kinds(mut self, kinds: &[Kind]) -> Self {
        self.kinds = KindSet::none();
        for &k in kinds {
            self.kinds.insert(k);
        }
        self
    }

    /// Turns one recognizer off.
    pub fn without(mut self, kind: Kind) -> Self {
        self.kinds.remove(kind);
        self
    }

    /// Whether claims are assembled (on by default).
    pub fn claims(mut self, on: bool) -> Self {
        self.claims = on;
        self
    }

    /// Whether a takeover's price is told with the predicate `acquisition`
    /// (this library's extension of SPEC.md's vocabulary) rather than
    /// `contract_value`, SPEC.md's word for a deal's worth. Off by default:
    /// "agreed to buy Cerner for $28.3 billion" is a `contract_value` claim
    /// of Oracle and Cerner.
    pub fn acquisition_predicate(mut self, on: bool) -> Self {
        self.acquisitions = on;
        self
    }

    /// Inputs larger than this are refused with [`Error::TooLarge`].
    pub fn max_input_bytes(mut self, limit: usize) -> Self {
        self.max_input_bytes = limit;
        self
    }

    /// Texts longer than this are recognized a section of about this many
    /// bytes at a time, cut between paragraphs (see [`StreamedAnalysis`]):
    /// smaller sections hold less memory; a name a text introduces by rule
    /// is recognized again only within its section. Default
    /// [`DEFAULT_SECTION_BYTES`] (4 MiB); 0 is taken as 1.
    pub fn section_bytes(mut self, bytes: usize) -> Self {
        self.section_bytes = bytes.max(1);
        self
    }

    /// Adds trigger phrases for a claim predicate, new or built in, that
    /// describes figures of the given kinds (money, percent, quantity).
    pub fn add_predicate_phrases(
        mut self,
        predicate: &str,
        kinds: &[Kind],
        phrases: &[&str],
    ) -> Self {
        self.predicate_phrases.push((
            predicate.to_string(),
            kinds.to_vec(),
            phrases.iter().map(|p| p.to_string()).collect(),
        ));
        self
    }

    /// Adds a company to the lexicon, or replaces the one with its slug.
    pub fn add_company(mut self, entry: CompanyEntry) -> Self {
        self.companies.push(LexiconAddition::Entry(entry));
        self
    }

    /// Adds the companies of a table in the format of the built-in
    /// `src/lexicon/companies.tsv`; entries with a known slug replace it.
    pub fn companies_from_tsv(mut self, tsv: &str) -> Self {
        self.companies.push(LexiconAddition::Tsv(tsv.to_string()));
        self
    }

    /// Adds a chip surface form to the lexicon, or replaces the same surface.
    pub fn add_chip(mut self, entry: ChipEntry) -> Self {
        self.chips.push(LexiconAddition::Entry(entry));
        self
    }

    /// Adds the chips of a table in the format of `src/lexicon/chips.tsv`.
    pub fn chips_from_tsv(mut self, tsv: &str) -> Self {
        self.chips.push(LexiconAddition::Tsv(tsv.to_string()));
        self
    }

    pub fn build(self) -> Result<Extractor, Error> {
        let mut lexicons = Lexicons::builtin();
        if !self.companies.is_empty() || !self.chips.is_empty() {
            let mut owned = (*lexicons).clone();
            if !self.companies.is_empty() {
                let mut more = Vec::new();
                for (i, add) in self.companies.iter().enumerate() {
                    match add {
                        LexiconAddition::Entry(e) => more.push(e.clone()),
                        LexiconAddition::Tsv(t) => more.extend(companies::parse_tsv(
                            t,
                            &format!("companies_from_tsv #{}", i + 1),
                        )?),
                    }
                }
                owned.companies = Arc::new(owned.companies.extended(more)?);
            }
            if !self.chips.is_empty() {
                let mut more = Vec::new();
                for (i, add) in self.chips.iter().enumerate() {
                    match add {
                        LexiconAddition::Entry(e) => more.push(e.clone()),
                        LexiconAddition::Tsv(t) => {
                            more.extend(chips::parse_tsv(t, &format!("chips_from_tsv #{}", i + 1))?)
                        }
                    }
                }
                owned.chips = Arc::new(owned.chips.extended(more)?);
            }
            lexicons = Arc::new(owned);
        }
        if !self.predicate_phrases.is_empty() {
            let mut preds = (*lexicons.predicates).clone();
            for (name, kinds, phrases) in &self.predicate_phrases {
                let refs: Vec<&str> = phrases.iter().map(String::as_str).collect();
                preds = preds.with_phrases(name, kinds, &refs)?;
            }
            let mut owned = (*lexicons).clone();
            owned.predicates = Arc::new(preds);
            lexicons = Arc::new(owned);
        }
        Ok(Extractor {
            inner: Arc::new(Inner {
                reference_date: self.reference_date,
                kinds: self.kinds,
                claims: self.claims,
                acquisitions: self.acquisitions,
                max_input_bytes: self.max_input_bytes,
                section_bytes: self.section_bytes,
                lexicons,
            }),
        })
    }
}

/// Parses a `YYYY-MM-DD` reference date.
pub fn parse_reference_date(s: &str) -> Result<Date, Error> {
    s.trim().parse::<Date>().map_err(|_| Error::ReferenceDate {
        input: s.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn assert_send_sync<T: Send + Sync + Clone>() {}

    #[test]
    fn extractor_is_send_sync_and_clone() {
        assert_send_sync::<Extractor>();
    }

    /// A link to another story ("Also Read: ...", furniture) names a company
    /// without making the text about it: "The company" after it is still
    /// the article's own.
    #[test]
    fn furniture_does_not_change_the_topic() {
        let text = "Infosys reported a 9% rise in net profit on Thursday.\n\n\
                    Also Read: TCS Q1 results: Net profit up 6% at Rs 12,760 crore\n\n\
                    The company raised its revenue growth forecast to 3%.";
        let a = Extractor::new().analyze(text).expect("analysis");
        let subjects: Vec<&str> = a
            .claims
            .iter()
            .flat_map(|c| c.subjects.iter().map(String::as_str))
            .collect();
        assert_eq!(subjects, ["infosys", "infosys"], "{:?}", a.claims);
    }

    #[test]
    fn empty_input_gives_an_empty_analysis() {
        let a = Extractor::new().analyze("").unwrap();
        assert!(a.sentences.is_empty() && a.mentions.is_empty() && a.claims.is_empty());
        let a = Extractor::new().analyze("  \n\n\t ").unwrap();
        assert!(a.sentences.is_empty());
    }

    #[test]
    fn limits_are_enforced() {
        let x = Extractor::builder().max_input_bytes(10).build().unwrap();
        assert_eq!(
            x.analyze("01234567890").unwrap_err(),
            Error::TooLarge {
                size: 11,
                limit: 10
            }
        );
    }

    #[test]
    fn reference_dates_parse_or_say_why() {
        assert_eq!(
            parse_reference_date("2026-02-09").unwrap().to_string(),
            "2026-02-09"
        );
        let e = parse_reference_date("9 Feb").unwrap_err();
        assert!(e.to_string().contains("YYYY-MM-DD"));
    }

    #[test]
    fn lexicons_extend_through_the_builder() {
        use crate::analysis::{ChipCategory, Kind, Value};
        let x = Extractor::builder()
            .add_company(CompanyEntry::new("zorbtech", "Zorbtech").with_ticker("ZRB"))
            .companies_from_tsv("quuxcorp\tQuux\tQuuxCo")
            .add_chip(ChipEntry::new(
                "Zorb-9",
                "Zorb",
                "zorbtech",
                ChipCategory::AiAccelerator,
            ))
            .chips_from_tsv("Q1X\tQ1X\tQ\t\tquuxcorp\tgpu")
            .build()
            .unwrap();
        let a = x
            .analyze("Zorbtech sells Zorb-9 chips; QuuxCo sells the Q1X.")
            .unwrap();
        let got: Vec<(&str, Kind)> = a
            .mentions
            .iter()
            .map(|m| (m.text.as_str(), m.kind()))
            .collect();
        assert_eq!(
            got,
            [
                ("Zorbtech", Kind::Company),
                ("Zorb-9", Kind::Chip),
                ("QuuxCo", Kind::Company),
                ("Q1X", Kind::Chip)
            ]
        );
        let Value::Company(c) = &a.mentions[0].value else {
            panic!("company")
        };
        assert_eq!(c.ticker.as_deref(), Some("ZRB"));
        let e = Extractor::builder()
            .companies_from_tsv("Not A Slug\tX")
            .build()
            .unwrap_err();
        assert!(
            e.to_string().contains("companies_from_tsv #1 line 1"),
            "{e}"
        );
    }

    #[test]
    fn lossy_records_the_repair() {
        let a = Extractor::new()
            .analyze_lossy(b"Costs rose \xff $5bn.")
            .unwrap();
        assert_eq!(a.repairs, vec!["invalid_utf8:replaced"]);
        assert!(a.text.contains('\u{fffd}'));
    }
}

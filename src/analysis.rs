//! The output contract of `SPEC.md`, as serde types.
//!
//! These types are what the example binary prints and what fixtures, scorers
//! and downstream programs read, so field names follow the SPEC exactly. New
//! fields may be added; renaming or removing one needs a [`SCHEMA_VERSION`]
//! bump.

use jiff::civil::Date;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// Version of the JSON contract; bumped on any rename or removal.
pub const SCHEMA_VERSION: u32 = 1;

/// One analysed document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Analysis {
    pub schema_version: u32,
    /// The text that was analysed, after HTML stripping and repair. Every span
    /// in this struct is a byte range into it.
    pub text: String,
    /// The date relative expressions were resolved against, if any.
    pub reference_date: Option<Date>,
    /// Names of the repairs applied to the input (`"mojibake:cp874"`, ...).
    #[serde(default)]
    pub repairs: Vec<String>,
    /// Title of the document, when the source had one (HTML `<title>`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    pub sentences: Vec<Sentence>,
    pub mentions: Vec<Mention>,
    pub claims: Vec<Claim>,
}

impl Analysis {
    /// An analysis of nothing: what empty or whitespace-only input gives.
    pub fn empty(text: String, reference_date: Option<Date>) -> Self {
        Analysis {
            schema_version: SCHEMA_VERSION,
            text,
            reference_date,
            repairs: Vec::new(),
            title: None,
            sentences: Vec::new(),
            mentions: Vec::new(),
            claims: Vec::new(),
        }
    }

    /// The surface text of a span of this analysis.
    pub fn slice(&self, span: Span) -> &str {
        self.text.get(span.start..span.end).unwrap_or("")
    }

    /// Mentions of one kind, in text order.
    pub fn mentions_of(&self, kind: Kind) -> impl Iterator<Item = &Mention> {
        self.mentions.iter().filter(move |m| m.kind() == kind)
    }
}

/// A half-open byte range into [`Analysis::text`], on char boundaries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }
    pub fn len(&self) -> usize {
        self.end - self.start
    }
    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }
    pub fn overlaps(&self, other: &Span) -> bool {
        self.start < other.end && other.start < self.end
    }
    pub fn contains(&self, other: &Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

/// A sentence (or a bullet, headline or other line that stands alone).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
    /// Navigation, related-stories lists, disclaimers, comment prompts: such
    /// sentences keep their mentions but yield no claims.
    pub boilerplate: bool,
    /// Index of the paragraph (block between blank lines) holding it.
    #[serde(default)]
    pub paragraph: usize,
}

impl Sentence {
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

/// What a mention is about; the `kind` field of the JSON.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Money,
    Percent,
    Quantity,
    Date,
    Company,
    Chip,
    Person,
}

impl Kind {
    pub const ALL: [Kind; 7] = [
        Kind::Money,
        Kind::Percent,
        Kind::Quantity,
        Kind::Date,
        Kind::Company,
        Kind::Chip,
        Kind::Person,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Money => "money",
            Kind::Percent => "percent",
            Kind::Quantity => "quantity",
            Kind::Date => "date",
            Kind::Company => "company",
            Kind::Chip => "chip",
            Kind::Person => "person",
        }
    }

    /// Numeric kinds are figures; they never overlap one another.
    pub fn is_numeric(self) -> bool {
        matches!(
            self,
            Kind::Money | Kind::Percent | Kind::Quantity | Kind::Date
        )
    }
}

impl std::str::FromStr for Kind {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Kind::ALL
            .into_iter()
            .find(|k| k.as_str() == s)
            .ok_or_else(|| format!("unknown mention kind {s:?}"))
    }
}

/// One extracted figure or name.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Mention {
    /// The surface text, `&text[start..end]`.
    pub text: String,
    pub start: usize,
    pub end: usize,
    /// Index into [`Analysis::sentences`].
    pub sentence: usize,
    /// `kind` and its `value`, side by side in the JSON.
    #[serde(flatten)]
    pub value: Value,
    /// The rule or lexicon entry that produced the mention.
    pub rule: String,
}

impl Mention {
    pub fn kind(&self) -> Kind {
        self.value.kind()
    }
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

/// The kind-specific value of a mention.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "value", rename_all = "snake_case")]
pub enum Value {
    Money(Money),
    Percent(Percent),
    Quantity(Quantity),
    Date(DateValue),
    Company(Company),
    Chip(Chip),
    Person(Person),
}

impl Value {
    pub fn kind(&self) -> Kind {
        match self {
            Value::Money(_) => Kind::Money,
            Value::Percent(_) => Kind::Percent,
            Value::Quantity(_) => Kind::Quantity,
            Value::Date(_) => Kind::Date,
            Value::Company(_) => Kind::Company,
            Value::Chip(_) => Kind::Chip,
            Value::Person(_) => Kind::Person,
        }
    }
}

/// How a figure relates to the true value the writer had in mind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    #[default]
    Exact,
    Approximately,
    MoreThan,
    AtLeast,
    LessThan,
    AtMost,
    Range,
}

impl Qualifier {
    pub fn as_str(self) -> &'static str {
        match self {
            Qualifier::Exact => "exact",
            Qualifier::Approximately => "approximately",
            Qualifier::MoreThan => "more_than",
            Qualifier::AtLeast => "at_least",
            Qualifier::LessThan => "less_than",
            Qualifier::AtMost => "at_most",
            Qualifier::Range => "range",
        }
    }
}

/// A monetary figure. `amount` is in the major unit of `currency`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Money {
    pub amount: Decimal,
    /// ISO 4217 code.
    pub currency: String,
    pub qualifier: Qualifier,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount_max: Option<Decimal>,
    /// The vague words ("tens of billions") when the figure is a vague one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vague: Option<String>,
}

/// Unit of a percent-like figure; absent for a plain percentage.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum PercentUnit {
    /// Percentage points.
    #[serde(rename = "pp")]
    Points,
    /// Basis points.
    #[serde(rename = "bp")]
    BasisPoints,
    /// A multiplier ("4x", "fourfold"): `value` is the factor.
    #[serde(rename = "x")]
    Times,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Percent {
    pub value: Decimal,
    pub qualifier: Qualifier,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<PercentUnit>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount_max: Option<Decimal>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vague: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quantity {
    pub amount: Decimal,
    /// Normalized unit ("GW") or the counted noun, singular ("household").
    pub unit: String,
    pub qualifier: Qualifier,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount_max: Option<Decimal>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vague: Option<String>,
}

/// Granularity of a date or period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Granularity {
    Day,
    Week,
    Month,
    Quarter,
    Half,
    Year,
    FiscalYear,
    Decade,
}

/// A date or period; `start` and `end` are inclusive.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DateValue {
    /// `None` only when a relative date could not be resolved.
    pub start: Option<Date>,
    pub end: Option<Date>,
    pub granularity: Granularity,
    /// Whether placing it needed the reference date.
    pub relative: bool,
    /// False when a relative date had no reference date to resolve against.
    pub resolved: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Company {
    /// Canonical name ("Amazon Web Services").
    pub name: String,
    /// Stable slug ("aws").
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ticker: Option<String>,
}

/// Category of a chip.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChipCategory {
    AiAccelerator,
    Gpu,
    Cpu,
    InferenceAccelerator,
    Network,
    Other,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Chip {
    /// Canonical name ("Trainium2").
    pub name: String,
    pub family: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub generation: Option<String>,
    /// Company slug of the designer.
    pub vendor: String,
    pub category: ChipCategory,
    /// The text as written when it was a misspelling of the family.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub spelling: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Person {
    pub name: String,
}

/// How firmly a claim is stated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Modality {
    /// It happened.
    Reported,
    /// A company's stated intention.
    Planned,
    /// An analyst's or writer's prediction.
    Forecast,
    /// "could", "may".
    Hedged,
    Denied,
}

/// One checkable statement: who, what, how much, when.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    /// Company slugs.
    pub subjects: Vec<String>,
    pub counterparty: Option<String>,
    /// From the predicate lexicon: `capital_expenditure`, `revenue`, ...
    pub predicate: String,
    /// Index into [`Analysis::mentions`] of the figure.
    pub object: usize,
    /// Index into [`Analysis::mentions`] of the period, if any.
    pub period: Option<usize>,
    pub modality: Modality,
    pub sentence: usize,
    pub evidence: Span,
    /// Every mention the claim was built from.
    pub mentions: Vec<usize>,
}

//! Rule-based recognizers, one module per mention kind, and the one place
//! where their overlaps are settled.
//!
//! Every recognizer reads the same [`Context`] (text, sentences, numerals
//! from [`crate::numbers`], lexicons, reference date) and pushes
//! [`Candidate`]s. [`resolve`] then keeps, among overlapping candidates of the
//! numeric kinds (money, percent, quantity, date), the longest; ties go to
//! the more specific kind (money, then percent, date, quantity). Entity
//! mentions (company, chip, person) are settled among themselves the same way
//! and may sit inside a numeric one ("hundreds of thousands of Trainium2
//! chips" is a quantity holding a chip).

pub mod chip;
pub mod company;
pub mod date;
pub mod money;
pub mod percent;
pub mod quantity;
pub(crate) mod table;

use std::borrow::Cow;
use std::collections::BTreeMap;

use jiff::civil::Date;

use crate::analysis::{Kind, Mention, Sentence, Span, Value};
use crate::lexicon::Lexicons;
use crate::numbers::Numeral;

/// What every recognizer reads.
pub struct Context<'a> {
    pub text: &'a str,
    pub sentences: &'a [Sentence],
    pub numerals: &'a [Numeral],
    pub reference_date: Option<Date>,
    pub lexicons: &'a Lexicons,
}

/// A mention before overlaps are settled and sentences assigned.
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    pub span: Span,
    pub value: Value,
    pub rule: Cow<'static, str>,
}

impl Candidate {
    pub fn new(start: usize, end: usize, value: Value, rule: impl Into<Cow<'static, str>>) -> Self {
        Candidate {
            span: Span::new(start, end),
            value,
            rule: rule.into(),
        }
    }
}

/// Which recognizers run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KindSet(u8);

impl KindSet {
    pub fn all() -> Self {
        KindSet(0x7f)
    }
    pub fn none() -> Self {
        KindSet(0)
    }
    fn bit(kind: Kind) -> u8 {
        1 << (kind as u8)
    }
    pub fn contains(self, kind: Kind) -> bool {
        self.0 & Self::bit(kind) != 0
    }
    pub fn insert(&mut self, kind: Kind) {
        self.0 |= Self::bit(kind);
    }
    pub fn remove(&mut self, kind: Kind) {
        self.0 &= !Self::bit(kind);
    }
}

impl Default for KindSet {
    fn default() -> Self {
        Self::all()
    }
}

/// The signature every recognizer module exports as `recognize`.
pub type Recognizer = fn(&Context<'_>, &mut Vec<Candidate>);

/// Runs every enabled recognizer over the context.
pub fn run_all(ctx: &Context<'_>, kinds: KindSet) -> Vec<Candidate> {
    let mut out = Vec::new();
    let recognizers: [(Kind, Recognizer); 6] = [
        (Kind::Money, money::recognize),
        (Kind::Percent, percent::recognize),
        (Kind::Quantity, quantity::recognize),
        (Kind::Date, date::recognize),
        (Kind::Company, company::recognize),
        (Kind::Chip, chip::recognize),
    ];
    for (kind, recognize) in recognizers {
        if kinds.contains(kind) {
            recognize(ctx, &mut out);
        }
    }
    out.retain(|c| kinds.contains(c.value.kind()));
    // The vector grew by doubling; on a long text its spare half is tens of
    // megabytes held through overlap resolution. Large blocks are mapped
    // pages, so giving the slack back moves nothing.
    out.shrink_to_fit();
    out
}

/// Rank of a kind when two candidates of the same length overlap: lower wins.
fn specificity(kind: Kind) -> u8 {
    match kind {
        Kind::Money => 0,
        Kind::Percent => 1,
        Kind::Date => 2,
        Kind::Quantity => 3,
        Kind::Chip => 0,
        Kind::Company => 1,
        Kind::Person => 2,
    }
}

/// Settles overlaps and turns candidates into mentions with sentence
/// indices, ordered by position. A mention lies within one sentence: a
/// candidate running past the end of the sentence it starts in ("Acme.
/// Acme" read as one name) is a recognizer's slip, dropped here so that
/// what reads a sentence's mentions can rely on it.
pub fn resolve(mut candidates: Vec<Candidate>, text: &str, sentences: &[Sentence]) -> Vec<Mention> {
    candidates.retain(|c| {
        !c.span.is_empty()
            && c.span.end <= text.len()
            && text.is_char_boundary(c.span.start)
            && text.is_char_boundary(c.span.end)
            && within_its_sentence(sentences, c.span)
    });
    // Longest first, then most specific, then leftmost. The order is sorted
    // as indices: a candidate is 168 bytes, and moving them through a
    // sort (then into a second vector of the kept ones) was most of this
    // step's time and, on a long text, twice the candidates' memory.
    let mut order: Vec<usize> = (0..candidates.len()).collect();
    let key = |i: usize| {
        let c = &candidates[i];
        (
            std::cmp::Reverse(c.span.len()),
            specificity(c.value.kind()),
            c.span.start,
        )
    };
    order.sort_by_key(|&i| key(i));
    // Kept spans of each group never overlap one another, so a candidate
    // overlaps one of them exactly when it overlaps the kept span starting
    // last before its end: one ordered-map lookup, not a scan.
    let mut kept_numeric: BTreeMap<usize, usize> = BTreeMap::new();
    let mut kept_entity: BTreeMap<usize, usize> = BTreeMap::new();
    let mut kept: Vec<usize> = Vec::new();
    for i in order {
        let c = &candidates[i];
        let group = if c.value.kind().is_numeric() {
            &mut kept_numeric
        } else {
            &mut kept_entity
        };
        let clash = group
            .range(..c.span.end)
            .next_back()
            .is_some_and(|(_, &end)| end > c.span.start);
        if clash {
            continue;
        }
        group.insert(c.span.start, c.span.end);
        kept.push(i);
    }
    // By position; among equal spans, the one ranked first above (the
    // stable sort of the earlier code kept that order too).
    kept.sort_by_key(|&i| {
        let c = &candidates[i];
        (c.span.start, c.span.end)
    });
    let mut slots: Vec<Option<Candidate>> = candidates.into_iter().map(Some).collect();
    // Sized up front: collecting through `filter_map` would grow by doubling.
    let mut mentions = Vec::with_capacity(kept.len());
    mentions.extend(
        kept.into_iter()
            .filter_map(|i| slots[i].take())
            .map(|c| Mention {
                text: text[c.span.start..c.span.end].to_string(),
                start: c.span.start,
                end: c.span.end,
                sentence: sentence_of(sentences, c.span.start),
                value: c.value,
                rule: c.rule.into_owned(),
            }),
    );
    mentions
}

/// Whether `span` ends inside the sentence it starts in (and starts in
/// one); any span, when there are no sentences.
fn within_its_sentence(sentences: &[Sentence], span: Span) -> bool {
    sentences.is_empty() || {
        let s = &sentences[sentence_of(sentences, span.start)];
        s.start <= span.start && span.end <= s.end
    }
}

/// Index of the sentence holding byte `pos` (the nearest one before it when
/// `pos` falls between sentences).
pub fn sentence_of(sentences: &[Sentence], pos: usize) -> usize {
    match sentences.binary_search_by(|s| s.start.cmp(&pos)) {
        Ok(i) => i,
        Err(0) => 0,
        Err(i) => i - 1,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::{Company, Money, Qualifier};

    fn money(start: usize, end: usize) -> Candidate {
        Candidate::new(
            start,
            end,
            Value::Money(Money {
                amount: 1.into(),
                currency: "USD".into(),
                qualifier: Qualifier::Exact,
                amount_max: None,
                vague: None,
            }),
            "t",
        )
    }

    fn company(start: usize, end: usize) -> Candidate {
        Candidate::new(
            start,
            end,
            Value::Company(Company {
                name: "X".into(),
                id: "x".into(),
                parent: None,
                ticker: None,
            }),
            "t",
        )
    }

    #[test]
    fn longest_numeric_wins_and_entities_may_nest() {
        let text = "0123456789012345678901234567890";
        let got = resolve(
            vec![
                money(0, 5),
                money(3, 12),
                money(12, 14),
                company(4, 8),
                company(6, 9),
            ],
            text,
            &[],
        );
        let spans: Vec<(usize, usize)> = got.iter().map(|m| (m.start, m.end)).collect();
        assert_eq!(spans, vec![(3, 12), (4, 8), (12, 14)]);
    }

    #[test]
    fn many_candidates_resolve_quickly() {
        // 200,000 overlapping candidates: quadratic checking would take minutes.
        let text = "x".repeat(400_010);
        let cands: Vec<Candidate> = (0..200_000).map(|i| money(2 * i, 2 * i + 3)).collect();
        let got = resolve(cands, &text, &[]);
        assert_eq!(got.len(), 100_000);
    }
}

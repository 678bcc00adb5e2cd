//! Mentions -> claims: who (subjects), what (predicate), how much (the
//! figure), when (period), how firmly (modality), with the evidence
//! sentence.
//!
//! Every money figure about a company makes a claim (predicate `other` when
//! no word says more); a percentage does when a company takes part in its
//! sentence or a predicate word says what it measures; a quantity does when
//! its unit is capacity (GW, MW, exaflops), a workforce (roles, jobs,
//! employees) or chips (GPUs, TPUs, accelerators: like a deal, such a
//! claim names both parties, "sold Anthropic 1mn TPUs"). A money figure in parentheses right after another is a
//! currency conversion, which restates the other's claim. The parts are found by rules
//! over the sentence, all driven by lexicon data:
//!
//! * **predicate**: the trigger word (`predicates.tsv`) nearest the figure
//!   that can describe its kind; generic triggers ("spend", "deal",
//!   "increase") lose to specific ones ("capital expenditure") unless much
//!   closer; the figure's own qualifier ("up to") never counts. An
//!   "investment" with no company invested in is capital spending ("a
//!   planned investment of $60bn"); revenue from chips is `chip_revenue`;
//!   the whole in "30,000 of its 350,000 roles" is `headcount`; a
//!   percentage right after a verb of change ("net profit jumped 57%") is a
//!   `growth_rate` unless shares, a market share or job cuts are its words;
//!   a figure after "to" or "from" is a level ("guidance raised to $120B,
//!   up from $80B"), never money raised, and a verb of change before it
//!   ("its share rose to 34%") does not make it a growth rate.
//! * **subjects**: a company in the possessive just before the figure
//!   ("OpenAI's $250bn contract"), else the nearest company named before it
//!   that is not governed by a preposition ("with", "in", "than"...), else
//!   the first after it that is not governed by "for" or "of", else the
//!   company the text is about. Companies joined by commas and "and" stay
//!   together ("Microsoft, Google and Oracle ... $400bn"); a chip implies
//!   its vendor. Words that refer without naming ("the company", "it", "the
//!   ChatGPT maker", "the startup", `references.tsv`) resolve to the
//!   sentence's own subject named before them ("xAI raised $20bn, valuing
//!   the company at $230bn"), to the company quoted at the sentence's end
//!   ("The company cut 14,000 jobs, Amazon said"), to the topic, to a
//!   company by descriptor, or to the other party last named. The
//!   topic is the first company in subject position of the last sentence
//!   that had one (not an apposition, not a modifier as in "AWS employees",
//!   not a source cited with "according to" or "analysts at", which is
//!   not a party referred back to either).
//!   A figure no company is named for, whose clause names a class of
//!   companies ("Hyperscalers will spend", "Its rivals raised"), is
//!   nobody's claim; a relation of a company ("OpenAI's rivals") is not
//!   that company. The agent of a passive deal verb acts ("Ansys was
//!   acquired by Synopsys"); a funding round is raised by the company it
//!   is "for". A valuation belongs to the company named last before it. A
//!   wire service's credit in a dateline ("(Reuters) -") takes no part.
//! * **counterparty**: for investments, contracts, acquisitions and funding
//!   rounds, the company after "with", "in", "into", "to", "for", "from"
//!   behind the figure (for an investment also "in" before it: "a 49%
//!   stake in Scale AI for $14.3 billion"; a stake's percentage is an
//!   investment too)
//!   (else, for the first three, the other company of the sentence). A
//!   deal's subjects are both parties (SPEC.md): a contract's, and an
//!   acquisition's, the buyer first, its counterparty the company bought;
//!   an investment "from X" is X's. Cited sources, companies in an aside
//!   between commas and another chip's implied vendor are no parties.
//!   A figure restating the one before it after a comma and "or"
//!   ("cut 5% of its workforce, or about 3,600 employees") takes that
//!   one's predicate when its own says no more, and so does a cell of a
//!   pipe table take its column header's ("| Capex |" above "| $125B |"),
//!   and the header's date as period when they have none ("| 2025 Capex |").
//! * **modality**: the strongest cue (`modality.tsv`) within a few words of
//!   the figure in its clause, else reported.
//! * **period**: the nearest date of month granularity or coarser in the
//!   sentence (a day too for a share move), preferring one after the
//!   figure unless a comma stands between; never the baseline of a
//!   comparison ("a 19% increase from the previous year").
//!
//! Everything is looked for in the figure's clause, where a semicolon or a
//! comma and a contrast word with a subject after it ("…, but Nvidia
//! added", "…, while the company") ends one clause and opens the next: the
//! other clause's trigger, parties, period and cues belong to its own
//! figures. And within 400 bytes of the figure; per-sentence
//! work is done once, so time stays linear even on a megabyte without a
//! full stop. A document-level pass then lets a restatement without a
//! specific predicate (a headline: "Amazon Bets $200 Billion on AI") take
//! the predicate of the claim it restates (same subjects and amount).

use std::cell::OnceCell;
use std::collections::HashMap;

use rust_decimal::Decimal;

use crate::analysis::{Claim, Granularity, Kind, Mention, Modality, Span, Value};
use crate::recognize::Context;

mod attribution;
mod clause;
mod figure;
mod launch;
mod modality;
mod nobody;
mod parties;
mod period;
mod predicate;
mod rounds;
mod sources;
mod subject;
mod table;
mod verbs;
mod words;

use clause::{apposed, coordinated, fences};
use figure::claim_for;
use launch::launch_claim;
use modality::Cues;
use parties::{groups, opens_at, parties, product_parties};
use period::baseline_figure;
use predicate::{names_workforce, sells_chips};
use subject::{appositive, attributive};
use table::{
    caption_period, caption_predicate, column_company, column_header, column_period,
    column_predicate,
};
use words::inside_any;

// Kept at the paths the rest of the crate reads them by.
pub(crate) use clause::last_clause_comma;
pub(crate) use predicate::counts_people;

/// How far (bytes) from a figure its subject, counterparty, period and
/// modality cues are looked for. Real sentences are shorter; the bound keeps
/// a pathological one-sentence input (a megabyte without a full stop)
/// linear.
const WINDOW: usize = 400;

/// Assembles the claims of one document.
pub fn extract(ctx: &Context<'_>, mentions: &[Mention]) -> Vec<Claim> {
    extract_with(ctx, mentions, false)
}

/// [`extract`], telling a takeover's price as `acquisition` when
/// `acquisitions` is set (`ExtractorBuilder::acquisition_predicate`).
pub(crate) fn extract_with(
    ctx: &Context<'_>,
    mentions: &[Mention],
    acquisitions: bool,
) -> Vec<Claim> {
    let mut assembler = Assembler::telling_acquisitions(acquisitions);
    assembler.add(ctx, 0..ctx.sentences.len(), mentions, 0);
    assembler.finish()
}

/// The claims of a document assembled a section at a time: what one
/// sentence hands the next (the topic, the parties named last) is carried
/// across sections, and the document-level pass runs at the end, so the
/// claims are those of [`extract`] over the whole document.
#[derive(Debug, Default)]
pub(crate) struct Assembler {
    /// Whether a takeover's price keeps the `acquisition` predicate
    /// (else it is told as `contract_value`).
    acquisitions: bool,
    topic: Option<String>,
    recent: Vec<String>,
    claims: Vec<Claim>,
    /// Per claim: whether its modality was the default.
    defaulted: Vec<bool>,
    /// Per claim: its money amount, for the document-level pass (the
    /// mentions of earlier sections may be gone by then).
    amounts: Vec<Option<Decimal>>,
    /// Per claim: where its figure starts, to tell a baseline ("up from
    /// $88.2 billion"), which no estimate that follows is of, when asked.
    starts: Vec<usize>,
    /// Inside a bulleted list: the topic when it began, which a bullet
    /// naming no company speaks of ("Anthropic has raised $15B ... - 🟢
    /// Nvidia and Microsoft also joined - 📈 Run-rate revenue: $14B+").
    list_topic: Option<Option<String>>,
    /// Whether the sentence just read named a company: then a list that
    /// follows it is about the topic it left.
    lead_named: bool,
    /// The sentence and company of the last funding round: an investor
    /// named after it with no company invested in put its money in that
    /// round ("Mistral raised EUR4bn. MGX invested EUR1.5bn").
    round: Option<(usize, String)>,
    /// The last quarter the text named as a period (a document mention
    /// index): what "in the quarter" later refers to.
    last_quarter: Option<usize>,
    /// The half year reported on last ("first-half results"), for "in the
    /// half".
    last_half: Option<usize>,
    /// The last reported result dated by a quarter or a half: the next
    /// sentence's undated results of that company are of its period ("LG
    /// Energy Solution reported third-quarter operating profit of 712
    /// billion won. Revenue rose 11% to 6.84 trillion won").
    dated_result: Option<DatedResult>,
    /// The period a list's lead-in line named (a document mention index):
    /// its bullets' figures are of it.
    list_period: Option<usize>,
    /// Who "we" and "our" are: in a call's transcript, the company holding
    /// the call, the first the text names (decided once per document).
    first_person: Option<Option<String>>,
}

impl Assembler {
    /// The period (a chunk mention index) of the last reported result of
    /// the claim's company and measure, no baseline, in this sentence or
    /// the [`CARRY_GAP`] before it.
    fn estimated_period(&self, claim: &Claim, si: usize, base: usize, text: &str) -> Option<usize> {
        self.claims
            .iter()
            .zip(&self.starts)
            .rev()
            .take_while(|(c, _)| c.sentence + CARRY_GAP >= si)
            .take(16)
            .find(|(c, &start)| {
                c.modality == Modality::Reported
                    && c.period.is_some()
                    && c.predicate == claim.predicate
                    && c.subjects.first() == claim.subjects.first()
                    && !baseline_figure(text, start)
            })
            .and_then(|(c, _)| c.period?.checked_sub(base))
    }

    /// The day (a chunk mention index) of the last share move told with
    /// a day, in this sentence or the [`CARRY_GAP`] before it.
    fn last_move_day(&self, si: usize, base: usize, mentions: &[Mention]) -> Option<usize> {
        self.claims
            .iter()
            .rev()
            .take_while(|c| c.sentence + CARRY_GAP >= si)
            .take(16)
            .filter(|c| c.predicate == "stock_change")
            .find_map(|c| c.period)
            .and_then(|p| p.checked_sub(base))
            .filter(|&p| {
                matches!(&mentions[p].value, Value::Date(d) if d.granularity == Granularity::Day)
            })
    }

    /// The last claim of sentence `si` (so far) whose figure is of `kind`:
    /// the measure a list or an elided noun carries on.
    fn last_of_kind(
        &self,
        si: usize,
        base: usize,
        mentions: &[Mention],
        kind: Kind,
    ) -> Option<&Claim> {
        self.claims
            .iter()
            .rev()
            .take_while(|c| c.sentence == si)
            .find(|c| {
                c.object
                    .checked_sub(base)
                    .and_then(|i| mentions.get(i))
                    .is_some_and(|m| m.kind() == kind)
            })
    }

    /// "Nvidia reported revenue of $57 billion. Analysts on average had
    /// expected $55.2 billion": an analysts' figure with no word of its own
    /// for what it measures is an estimate of the company's figure just
    /// before it, in this sentence or the one before, when the two are
    /// near in size (within a factor of two). Its predicate, and the
    /// period (a document mention index) when it names none.
    fn consensus_of(
        &self,
        claim: &Claim,
        amount: Option<Decimal>,
        si: usize,
        text: &str,
        sentence: Span,
    ) -> Option<(String, Option<usize>)> {
        if claim.predicate != "other" || claim.modality != Modality::Forecast {
            return None;
        }
        // The last claim whose figure is no baseline: "expects about $150
        // billion in fiscal 2027, up from $88.2 billion in fiscal 2026.
        // Analysts expect the figure to reach $165 billion" is of the $150
        // billion.
        let k = (0..self.claims.len())
            .rev()
            .take(CONSENSUS_BACK)
            .find(|&k| {
                !self
                    .starts
                    .get(k)
                    .is_some_and(|&at| baseline_figure(text, at))
            })?;
        let prev = &self.claims[k];
        let prev_amount = (*self.amounts.get(k)?)?;
        let amount = amount?;
        let near = prev_amount > Decimal::ZERO
            && amount > Decimal::ZERO
            // (Checked: an absurd figure near `Decimal::MAX` doubles past it.)
            && prev_amount
                .checked_mul(Decimal::TWO)
                .is_none_or(|twice| amount <= twice)
            && amount
                .checked_mul(Decimal::TWO)
                .is_none_or(|twice| prev_amount <= twice);
        // Of a company's own figure: not of another estimate ("above the
        // $5.1 billion analysts had forecast, and kept its buybacks at
        // $3.5 billion").
        (prev.sentence + 1 >= si
            && prev.modality != Modality::Forecast
            && prev.predicate != "other"
            && prev.subjects == claim.subjects
            && near
            && modality::names_analysts(&text[sentence.start..sentence.end]))
        .then(|| (prev.predicate.clone(), prev.period))
    }

    /// Adds the claims of `sentences` (indices into `ctx.sentences`), whose
    /// mentions are `mentions`; in the document they are numbered from
    /// `base`, and the claims point at them so.
    pub(crate) fn add(
        &mut self,
        ctx: &Context<'_>,
        sentences: std::ops::Range<usize>,
        mentions: &[Mention],
        base: usize,
    ) {
        let text = ctx.text;
        let lex = ctx.lexicons;
        let amount = |m: &Mention| match &m.value {
            Value::Money(v) => Some(v.amount),
            _ => None,
        };
        // The mentions of each sentence, in index order: one counting sort
        // into a flat list, not a vector per sentence.
        let n = sentences.len();
        let slot = |m: &Mention| m.sentence.checked_sub(sentences.start).filter(|&k| k < n);
        let mut bounds = vec![0usize; n + 1];
        for k in mentions.iter().filter_map(slot) {
            bounds[k + 1] += 1;
        }
        for k in 0..n {
            bounds[k + 1] += bounds[k];
        }
        let mut next = bounds.clone();
        let mut order = vec![0usize; bounds[n]];
        for (i, k) in mentions
            .iter()
            .enumerate()
            .filter_map(|(i, m)| Some((i, slot(m)?)))
        {
            order[next[k]] = i;
            next[k] += 1;
        }
        for (k, si) in sentences.clone().enumerate() {
            let here = &order[bounds[k]..bounds[k + 1]];
            let sentence = &ctx.sentences[si];
            let names_company = here.iter().any(|&i| mentions[i].kind() == Kind::Company);
            let (bullet, continues_line) = subject::line_place(text, sentence.start);
            if bullet {
                if self.list_topic.is_none() {
                    let lead = self.lead_named.then(|| self.topic.clone()).flatten();
                    self.list_topic = Some(lead);
                }
                // A bullet that names a company only after its first figure
                // ("- Net income ¥2.5tn, most of it the OpenAI mark") still
                // speaks of the list's company.
                let first_figure = here
                    .iter()
                    .map(|&i| &mentions[i])
                    .find(|m| matches!(m.kind(), Kind::Money | Kind::Percent | Kind::Quantity))
                    .map_or(usize::MAX, |m| m.start);
                let names_first = here.iter().any(|&i| {
                    mentions[i].kind() == Kind::Company && mentions[i].start < first_figure
                });
                if let (Some(Some(t)), false) = (&self.list_topic, names_first) {
                    if self.topic.as_ref() != Some(t) {
                        self.topic = Some(t.clone());
                    }
                }
            } else if !continues_line {
                // (A second sentence on a bullet's line stays in the list.)
                self.list_topic = None;
                // "Alibaba reported its September-quarter results:" leads
                // the bullets that follow.
                let line = &text[sentence.start..sentence.end];
                // ("🔴 NETFLIX (NFLX) — Q3 2026" heads a digest's bullets
                // as a lead-in does: a short line naming a company and a
                // quarter or half, with no figure.)
                // ("Third Quarter 2026 Highlights": a heading with no full
                // stop heads them too.)
                let header = (names_company || !line.trim_end().ends_with(['.', '!', '?']))
                    && line.len() <= HEADER_BYTES
                    && !line.contains('\n')
                    && !here.iter().any(|&i| {
                        matches!(
                            mentions[i].kind(),
                            Kind::Money | Kind::Percent | Kind::Quantity
                        )
                    });
                self.list_period = if line.trim_end_matches(EMPHASIS).trim_end().ends_with(':') {
                    period::lead_period(text, here, mentions).map(|i| i + base)
                } else if header {
                    period::lead_period(text, here, mentions)
                        .filter(|&i| quarter_or_half(&mentions[i]))
                        .map(|i| i + base)
                } else {
                    None
                };
            }
            let bullet_period = bullet.then_some(self.list_period).flatten();
            if self.first_person.is_none() && names_company {
                let first = here
                    .iter()
                    .find_map(|&i| match &mentions[i].value {
                        Value::Company(c) => Some(c.id.clone()),
                        _ => None,
                    })
                    .filter(|_| subject::is_transcript(text));
                self.first_person = Some(first);
            }
            let mut parties = parties(
                text,
                sentence.span(),
                here,
                mentions,
                lex,
                parties::Told {
                    topic: &self.topic,
                    recent: &self.recent,
                    first_person: self.first_person.as_ref().and_then(Option::as_deref),
                },
            );
            let figures: Vec<Span> = here
                .iter()
                .map(|&i| &mentions[i])
                .filter(|m| matches!(m.kind(), Kind::Money | Kind::Percent | Kind::Quantity))
                .map(Mention::span)
                .collect();
            if !figures.is_empty() && !sentence.boilerplate {
                product_parties(text, sentence.span(), &mut parties);
            }
            // Read once, for the lists of names and for the figures' clauses;
            // a sentence with neither has no use for them.
            let fences = if parties.len() >= 2 || !figures.is_empty() {
                fences(text, sentence.span())
            } else {
                Vec::new()
            };
            let groups = groups(text, &parties, &fences);
            if !sentence.boilerplate && !figures.is_empty() {
                let facts = Facts::of(ctx, sentence.span(), here, mentions, fences);
                // The last claim's figure end and predicate, for restatements,
                // and its modality, for figures coordinated with it.
                let mut last: Option<(usize, String)> = None;
                let mut last_modality: Option<(usize, Modality)> = None;
                // Where the sentence first names a company (found once: a
                // sentence may hold a figure every few bytes).
                let first_named = here
                    .iter()
                    .map(|&i| &mentions[i])
                    .find(|m| m.kind() == Kind::Company)
                    .map(|m| m.start);
                for &oi in here {
                    let object = &mentions[oi];
                    if !matches!(object.kind(), Kind::Money | Kind::Percent | Kind::Quantity) {
                        continue;
                    }
                    // "bookings of 6.3 billion euros ($7.3 billion)": the same
                    // figure in another currency states the same claim.
                    if let Some(prev) = conversion_of(text, here, mentions, oi) {
                        let same = self
                            .claims
                            .last()
                            .filter(|c| c.sentence == si && c.object == prev + base)
                            .cloned();
                        if let Some(mut copy) = same {
                            copy.object = oi + base;
                            copy.mentions.push(oi + base);
                            copy.mentions.sort_unstable();
                            self.push_restated(copy, amount(object), object.start);
                        }
                        continue;
                    }
                    // "That is equivalent to about 18.3 billion Danish
                    // crowns.": the last sum of the sentence before, restated.
                    if restates_sentence_before(text, sentence.span(), object) {
                        let same = self
                            .claims
                            .last()
                            .filter(|c| {
                                si > 0
                                    && c.sentence == si - 1
                                    && c.object
                                        .checked_sub(base)
                                        .and_then(|k| mentions.get(k))
                                        .is_some_and(|m| m.kind() == Kind::Money)
                            })
                            .cloned();
                        if let Some(mut copy) = same {
                            copy.object = oi + base;
                            copy.sentence = si;
                            copy.evidence = sentence.span();
                            copy.mentions = vec![oi + base];
                            self.push_restated(copy, amount(object), object.start);
                            continue;
                        }
                    }
                    // "Data centers could consume 9% of U.S. electricity
                    // by 2030, up from about 4.4% in 2023": what a figure no
                    // one claims is measured from is no one's either.
                    // And what goes on about such a figure's subject, with
                    // no company named since: "Spot gold fell 0.8% to
                    // $4,466.30 an ounce, though it remains up about 3%",
                    // "crude rose $1.31, or 1.9%, to $69.05".
                    let baseline = baseline_figure(text, object.start);
                    let k = here.partition_point(|&i| mentions[i].start < object.start);
                    let head = here[..k].iter().rev().take(8).find(|&&i| {
                        matches!(
                            mentions[i].kind(),
                            Kind::Money | Kind::Percent | Kind::Quantity
                        )
                    });
                    if let Some(&h) = head {
                        let claimed = || {
                            self.claims
                                .iter()
                                .rev()
                                .take_while(|c| c.sentence == si)
                                .take(8)
                                .any(|c| c.object == h + base)
                        };
                        // (Only in a sentence that names no company before
                        // the figure: a figure left to no one there was
                        // judged nobody's, not missed.)
                        let goes_on = || {
                            let from = mentions[h].end.min(object.start);
                            first_named.is_none_or(|at| at >= object.start)
                                && clause::goes_on_about(&text[from..object.start])
                        };
                        if (baseline || goes_on()) && !claimed() {
                            continue;
                        }
                    }
                    let round = self
                        .round
                        .as_ref()
                        .filter(|(at, _)| si - at <= ROUND_REACH)
                        .map(|(_, company)| company.as_str());
                    if let Some((mut claim, defaulted)) = claim_for(
                        ctx,
                        &facts,
                        si,
                        oi,
                        mentions,
                        here,
                        &parties,
                        &groups,
                        &self.topic,
                        round,
                    ) {
                        // "valuing Cohere at US$7.2 billion. Nvidia also took
                        // part. That is up from a $6.8 billion valuation":
                        // "That" comparing, in a sentence naming no one, is
                        // the figure just told, its subjects with it.
                        if first_named.is_none_or(|at| at >= object.start)
                            && compares_what_was_told(&text[sentence.span().start..object.start])
                        {
                            if let Some(prev) =
                                self.just_told(si, |c| c.predicate == claim.predicate)
                            {
                                claim.subjects = prev.subjects.clone();
                                claim.counterparty = prev.counterparty.clone();
                            }
                        }
                        // "Microsoft agreed to buy 2,400 megawatts from
                        // Constellation. It is worth about $16 billion": "it"
                        // opening the next sentence is the deal just told.
                        if (claim.predicate == "valuation"
                            || (claim.predicate == "contract_value"
                                && claim.counterparty.is_none()))
                            && it_is_worth(verbs::before_figure(
                                text,
                                sentence.span(),
                                object.start,
                            ))
                        {
                            let deal = self.just_told(si, |c| {
                                matches!(
                                    c.predicate.as_str(),
                                    "contract_value" | "capacity" | "acquisition"
                                )
                                    // (Or its price a share, between its two
                                    // parties.)
                                    || (c.predicate == "other" && c.counterparty.is_some())
                            });
                            if let Some(d) = deal {
                                let mut subjects = d.subjects.clone();
                                subjects.extend(d.counterparty.clone());
                                subjects.dedup();
                                claim.counterparty = subjects.get(1).cloned();
                                claim.subjects = subjects;
                                claim.predicate = if d.predicate == "acquisition" {
                                    "acquisition".to_string()
                                } else {
                                    "contract_value".to_string()
                                };
                            }
                        }
                        // "Novartis pays CSPC $500M upfront. ... CSPC will
                        // receive $500 million upfront": a payment of a deal
                        // told lately, naming one of its parties, is between
                        // that deal's parties. So are the deal's value and
                        // its terms where the sentence speaks of the deal
                        // ("Constellation valued the LaSalle contract at
                        // about $16 billion", "The price represents a premium
                        // of 42% to Axsome's close").
                        let deal_figure = || {
                            predicate::licence_payment(text, object.start, object.end)
                                // (Read near the figure: a sentence may be
                                // a megabyte long.)
                                || (predicate::refers_to_deal({
                                    let near = facts.near(text, object.span());
                                    &text[near.start..near.end]
                                })
                                    && (matches!(
                                        claim.predicate.as_str(),
                                        "contract_value" | "acquisition"
                                    ) || predicate::deal_term(text, object)))
                                || predicate::offered_per_share(text, object)
                        };
                        if claim.subjects.len() == 1
                            && claim.counterparty.is_none()
                            && matches!(
                                claim.predicate.as_str(),
                                "other" | "contract_value" | "acquisition"
                            )
                            && matches!(object.kind(), Kind::Money | Kind::Percent)
                            && deal_figure()
                        {
                            if let Some(d) = self.deal_of(si, &claim.subjects[0]) {
                                claim.subjects = d.0;
                                claim.counterparty = d.1;
                            }
                        }
                        // A table cell takes the word of its column's header
                        // ("| Amazon | $125B |" under "| Company | Capex |").
                        // And the period its header names ("| 2025 capex |").
                        // The header is found once, and only when asked.
                        let table_row = text[sentence.start..].starts_with('|');
                        let header =
                            (table_row || claim.predicate == "other" || claim.period.is_none())
                                .then(|| column_header(ctx, si, object))
                                .flatten();
                        if let Some(header) = header {
                            // "| Metric | Anthropic | OpenAI |": a column
                            // headed by a company is its figures, when the
                            // row names none before the figure.
                            let named_in_row = here.iter().any(|&i| {
                                mentions[i].kind() == Kind::Company
                                    && mentions[i].start < object.start
                            });
                            if let (Some(slug), false) =
                                (column_company(header, mentions), named_in_row)
                            {
                                if claim.counterparty.as_deref() == Some(slug) {
                                    claim.counterparty = None;
                                }
                                claim.subjects = vec![slug.to_string()];
                            }
                            if claim.predicate == "other" {
                                if let Some(p) = column_predicate(ctx, header, object)
                                    .or_else(|| caption_predicate(ctx, si, object))
                                {
                                    claim.predicate = p;
                                }
                            }
                            // "| FY2026 forecast |": the company's plan.
                            if claim.modality == Modality::Reported {
                                if let Some(m) =
                                    table::column_modality(&text[header.start..header.end])
                                {
                                    claim.modality = m;
                                }
                            }
                            if claim.period.is_none() {
                                let date = column_period(header, mentions)
                                    .or_else(|| caption_period(ctx, si, mentions));
                                if let Some(d) = date {
                                    claim.date_by(d);
                                }
                            }
                        }
                        // A row's later cell measures what its first did
                        // ("| Life/Health | €1.52bn | €1.47bn |"), and a
                        // sub-row ("| – Life/Health |") what the row above it
                        // did: the nearest claim of the same kind with a
                        // measure, in this row or, for a sub-row, in the rows
                        // above that are none.
                        if table_row && claim.predicate == "other" {
                            let sub = table::is_sub_row(&text[sentence.start..sentence.end]);
                            let measure = self
                                .claims
                                .iter()
                                .rev()
                                .take(64)
                                .take_while(|c| c.sentence + 20 >= si)
                                .filter(|c| {
                                    ctx.sentences.get(c.sentence).is_some_and(|row| {
                                        let row = &text[row.start..row.end];
                                        row.starts_with('|')
                                            && (c.sentence == si
                                                || (sub && !table::is_sub_row(row)))
                                    })
                                })
                                .find(|c| {
                                    c.predicate != "other"
                                        && c.predicate != "growth_rate"
                                        && c.object
                                            .checked_sub(base)
                                            .and_then(|k| mentions.get(k))
                                            .is_some_and(|m| m.kind() == object.kind())
                                })
                                .map(|c| c.predicate.clone());
                            if let Some(p) = measure {
                                claim.predicate = p;
                            }
                        }
                        // "| AT&T | EchoStar | Aug 2025 | $23.0bn |": a deal's
                        // row names both its parties, in the order of the
                        // columns.
                        if matches!(claim.predicate.as_str(), "contract_value" | "acquisition")
                            && text[sentence.start..sentence.end].starts_with('|')
                        {
                            let mut named: Vec<&str> = Vec::new();
                            for &i in here {
                                if let (Value::Company(c), true) =
                                    (&mentions[i].value, mentions[i].end <= object.start)
                                {
                                    if !named.contains(&c.id.as_str()) {
                                        named.push(&c.id);
                                    }
                                }
                            }
                            if let [first, second] = named[..] {
                                claim.subjects = vec![first.to_string(), second.to_string()];
                                claim.counterparty = Some(second.to_string());
                            }
                        }
                        // "Emirates ordered 65 more Boeing 777-9 jets": a
                        // count of a maker's product is the buyer's, with
                        // the maker named inside it.
                        if object.kind() == Kind::Quantity
                            && claim.subjects.len() == 1
                            && claim.counterparty.is_none()
                        {
                            let maker = here.iter().find_map(|&i| match &mentions[i].value {
                                Value::Company(c)
                                    if mentions[i].start >= object.start
                                        && mentions[i].end <= object.end
                                        && c.id != claim.subjects[0] =>
                                {
                                    Some(c.id.clone())
                                }
                                _ => None,
                            });
                            if let Some(maker) = maker {
                                claim.subjects.push(maker.clone());
                                claim.counterparty = Some(maker);
                            }
                        }
                        if let Some((end, predicate)) = &last {
                            if ((restates(text, *end, object.start)
                                && restated_as(&claim.predicate, predicate))
                                || prior_value(text, *end, object.start)
                                || (baseline && old_value(text, *end, object.start)))
                                && lex.predicates.describes(predicate, object.kind())
                                // ("to buy Cerner for $28.3 billion, or $95 a
                                // share": a deal's price a share stays `other`.)
                                && !(matches!(predicate.as_str(), "acquisition" | "contract_value")
                                    && predicate::per_share_after(text, object.end))
                            {
                                claim.predicate = predicate.clone();
                            }
                            // "backlog exceeds 6,100 jets, valued at more than
                            // $500 billion": the worth of what was counted.
                            if claim.predicate == "valuation"
                                && predicate == "backlog"
                                && worth_of_counted(text, *end, object.start)
                            {
                                claim.predicate = predicate.clone();
                            }
                        }
                        // "Shares rose 4.3% to 36.85 euros, taking their gains
                        // so far this year to 52%": the shares' running change.
                        if matches!(claim.predicate.as_str(), "other" | "growth_rate")
                            && object.kind() == Kind::Percent
                        {
                            let move_end = self
                                .claims
                                .iter()
                                .rev()
                                .take_while(|c| c.sentence == si)
                                .take(8)
                                .filter(|c| c.predicate == "stock_change")
                                .find_map(|c| c.object.checked_sub(base))
                                .map(|i| mentions[i].end)
                                .filter(|&e| e <= object.start);
                            // ("Shares in ASM International and BE
                            // Semiconductor rose 3.1% and 2.4%, respectively":
                            // the move listed right after it is a move too.)
                            let listed_after = |e: usize| {
                                matches!(
                                    text[e..crate::numbers::qualifier_start(text, object.start)
                                        .max(e)]
                                        .trim(),
                                    "and" | "," | ", and" | "or"
                                )
                            };
                            if move_end.is_some_and(|e| {
                                verbs::their_change(&text[e..object.start]) || listed_after(e)
                            }) {
                                claim.predicate = "stock_change".to_string();
                            }
                        }
                        // "BHP shares fell 1.1% after it reported profit of
                        // $5.08 billion for the half, down 23% from a year
                        // earlier": a change set right after a sum is that
                        // sum's measure's, not the shares'.
                        if claim.predicate == "stock_change" && object.kind() == Kind::Percent {
                            if let Some((end, p)) = &last {
                                // (The sum that ended at `end`: found by search
                                // among the sentence's mentions, in text order.)
                                let k = here.partition_point(|&i| mentions[i].end < *end);
                                let sum_before = here.get(k).filter(|&&i| {
                                    mentions[i].end == *end && mentions[i].kind() == Kind::Money
                                });
                                // (A profit told bare is other: its change too,
                                // but not a share price's, "closed at $185.20,
                                // up 31% since April".)
                                let large = |i: usize| match &mentions[i].value {
                                    Value::Money(m) => {
                                        m.amount >= rust_decimal::Decimal::from(1_000_000)
                                    }
                                    _ => false,
                                };
                                let measure = RESULTS.contains(&p.as_str())
                                    || (p == "other" && sum_before.is_some_and(|&i| large(i)));
                                if sum_before.is_some()
                                    && measure
                                    && change_after_sum(&text[*end..object.start])
                                {
                                    claim.predicate = "growth_rate".to_string();
                                }
                            }
                        }
                        // "... adjusted earnings of $5.43 billion. That compared
                        // with $4.26 billion in the second quarter": the
                        // measure the sentence before named.
                        if claim.predicate == "other"
                            && (compares_with_before(text, sentence.span())
                                || names_the_figure_before(text, sentence.span(), object.end))
                        {
                            let before = self
                                .claims
                                .iter()
                                .rev()
                                .take_while(|c| c.sentence + 1 >= si)
                                .find(|c| c.sentence + 1 == si)
                                .map(|c| c.predicate.clone())
                                .filter(|p| {
                                    p != "other" && lex.predicates.describes(p, object.kind())
                                });
                            if let Some(p) = before {
                                claim.predicate = p;
                            }
                        }
                        // "followed by Micron Technology at 21% and Samsung
                        // at 17%", "expect Exxon to earn $1.82 a share, and
                        // Chevron $1.69": a name set right before a figure
                        // in a list owns it, and measures what the list's
                        // figure before it did.
                        if let Some(slug) = listed_owner(text, here, mentions, object.start) {
                            if claim.counterparty.as_deref() == Some(slug) {
                                claim.counterparty = None;
                            }
                            claim.subjects = vec![slug.to_string()];
                            if claim.predicate == "other" {
                                if let Some(c) =
                                    self.last_of_kind(si, base, mentions, object.kind())
                                {
                                    claim.predicate = c.predicate.clone();
                                }
                            }
                        }
                        // "Lattice shares jumped 27% to $83.40, while
                        // Qualcomm's fell 1.2%": the noun left out is that
                        // of the sentence's last figure of the same kind.
                        if verbs::after_elided_possessive(text, sentence.span(), object.start) {
                            if let Some(c) = self.last_of_kind(si, base, mentions, object.kind()) {
                                claim.predicate = c.predicate.clone();
                            }
                        }
                        // "... capital expenditures of $115 billion, and
                        // Alphabet lifted its forecast to $190 billion": a
                        // forecast, range or plan named by a pronoun is of
                        // the measure the claim before it named, in this
                        // sentence or the one before.
                        if claim.predicate == "other"
                            && verbs::names_an_estimate(text, sentence.span(), object.start)
                        {
                            let before = last.as_ref().map(|(_, p)| p.clone()).or_else(|| {
                                self.claims
                                    .last()
                                    .filter(|c| c.sentence + 1 == si)
                                    .map(|c| c.predicate.clone())
                            });
                            if let Some(p) = before.filter(|p| {
                                p != "other" && lex.predicates.describes(p, object.kind())
                            }) {
                                claim.predicate = p;
                            }
                        }
                        if let Some((predicate, period)) =
                            self.consensus_of(&claim, amount(object), si, text, sentence.span())
                        {
                            claim.predicate = predicate;
                            if claim.period.is_none() {
                                if let Some(p) = period.and_then(|p| p.checked_sub(base)) {
                                    claim.date_by(p);
                                }
                            }
                        }
                        // "fell 1.1% to $30.05 billion in the quarter, as ...
                        // at the start of the year": "in the quarter" right
                        // after the figure names its period over a date
                        // further on (the quarter is then found below).
                        if claim.modality == Modality::Reported
                            && !baseline
                            && claim.period.is_some_and(|p| {
                                mentions.get(p).is_some_and(|m| {
                                    m.start > object.end
                                        && !matches!(
                                            &m.value,
                                            Value::Date(d) if matches!(
                                                d.granularity,
                                                Granularity::Quarter | Granularity::Half
                                            )
                                        )
                                })
                            })
                            && period::the_period_follows(text, object.span())
                        {
                            claim.undate();
                        }
                        // "Samsung reported third-quarter results. Operating
                        // profit rose to 9.6 trillion won in the quarter": the
                        // quarter named last, for a reported figure that is no
                        // baseline.
                        let told = (claim.period.is_none()
                            && claim.modality == Modality::Reported
                            && !baseline)
                            .then(|| {
                                period::names_the_period(text, sentence.span(), object.span())
                                    .or_else(|| {
                                        (RESULTS.contains(&claim.predicate.as_str())
                                            && period::quarterly_before(
                                                text,
                                                sentence.span(),
                                                object.span(),
                                            ))
                                        .then_some(Granularity::Quarter)
                                    })
                            })
                            .flatten();
                        if let Some(gran) = told {
                            let k = here.partition_point(|&i| mentions[i].end <= object.start);
                            let last = if gran == Granularity::Half {
                                self.last_half
                            } else {
                                self.last_quarter
                            };
                            let before = (k.saturating_sub(8)..k)
                                .rev()
                                .find(|&j| period::reported_period(text, here, j, mentions, gran))
                                .map(|j| here[j] + base)
                                .or(last);
                            if let Some(p) = before.and_then(|p| p.checked_sub(base)) {
                                claim.date_by(p);
                            }
                        }
                        if claim.period.is_none() && !baseline {
                            if let Some(p) = bullet_period.and_then(|p| p.checked_sub(base)) {
                                claim.date_by(p);
                            }
                        }
                        // "Netflix shares rose 5% on Wednesday. Paramount's fell
                        // 3.4%": a share move told with no day of its own is
                        // of the day the move just before it was told of.
                        if claim.period.is_none()
                            && claim.predicate == "stock_change"
                            && claim.modality == Modality::Reported
                        {
                            let after = &text[object.end..sentence.end];
                            // "Its shares rose 3.6% that day": the day the
                            // text named last.
                            let day = if verbs::that_day(after) {
                                mentions[..oi].iter().rev().take(24).position(|m| {
                                    matches!(&m.value, Value::Date(d) if d.granularity == Granularity::Day)
                                }).map(|back| oi - 1 - back)
                            } else if verbs::own_time_after(after) {
                                None
                            } else {
                                self.last_move_day(si, base, mentions)
                            };
                            if let Some(p) = day {
                                claim.date_by(p);
                            }
                        }
                        let result = claim.modality == Modality::Reported
                            && RESULTS.contains(&claim.predicate.as_str());
                        let mut carried = false;
                        if let (true, None, false, Some(d)) =
                            (result, claim.period, baseline, &self.dated_result)
                        {
                            if (si > d.sentence && si - d.sentence <= CARRY_GAP
                                || (d.carried && d.sentence == si))
                                && claim.subjects.first() == Some(&d.company)
                                && !of_a_year(&text[sentence.start..sentence.end])
                                && (claim.predicate == "growth_rate"
                                    || !year_before(text, object.end, sentence.end))
                            {
                                if let Some(p) = d.period.checked_sub(base) {
                                    claim.date_by(p);
                                    carried = true;
                                }
                            }
                        }
                        // A list of results goes on with the period it began
                        // with, bullet after bullet.
                        if carried {
                            if let Some(d) = &mut self.dated_result {
                                d.sentence = si;
                                d.carried = true;
                            }
                        } else if let (true, false, Some(p)) = (result, baseline, claim.period) {
                            if let (true, Some(company)) =
                                (quarter_or_half(&mentions[p]), claim.subjects.first())
                            {
                                self.dated_result = Some(DatedResult {
                                    sentence: si,
                                    period: p + base,
                                    company: company.clone(),
                                    carried: false,
                                });
                            }
                        }
                        // "Tesla earned 51 cents a share, short of the
                        // consensus estimate of 56 cents": analysts' figure
                        // for a result just told is of that result's period.
                        if claim.period.is_none()
                            && claim.modality == Modality::Forecast
                            && RESULTS.contains(&claim.predicate.as_str())
                            && verbs::estimate_word(estimate_window(
                                text,
                                sentence.span(),
                                object.span(),
                            ))
                        {
                            // (Not where the sentence names a period apart
                            // from it: "raised its 2027 profit forecast".)
                            let span = |i: usize| match &mentions[i].value {
                                Value::Date(d)
                                    if !matches!(
                                        d.granularity,
                                        Granularity::Day | Granularity::Week
                                    ) =>
                                {
                                    Some((d.start?, d.end?))
                                }
                                _ => None,
                            };
                            // (The sentence's mentions near the figure
                            // only: a bounded look in a sentence of any size.)
                            let k = here.partition_point(|&i| mentions[i].start < object.start);
                            let nearby = &here[k.saturating_sub(8)..(k + 8).min(here.len())];
                            if let Some(p) =
                                self.estimated_period(&claim, si, base, text).filter(|&p| {
                                    let Some((a, b)) = span(p) else { return false };
                                    nearby
                                        .iter()
                                        .filter_map(|&i| span(i))
                                        .all(|(c, d)| c <= b && a <= d)
                                })
                            {
                                claim.date_by(p);
                            }
                        }
                        // "Capex: $4.2bn for 2027": a company's own measure of
                        // a period not yet begun, with no word of its voice,
                        // is a plan.
                        if claim.modality == Modality::Reported
                            && defaulted
                            && PLANNED_WHEN_AHEAD.contains(&claim.predicate.as_str())
                            && claim.period.is_some_and(|p| {
                                period_ahead(ctx, &mentions[p])
                                    || (SPENT_WHEN_OPEN.contains(&claim.predicate.as_str())
                                        && period_open(ctx, &mentions[p]))
                            })
                            && !told_as_past(&text[sentence.start..object.start])
                        {
                            claim.modality = Modality::Planned;
                        }
                        // "forecast revenue of $35bn and a gross margin of
                        // 63%", "cut 5% of its workforce, or 3,600 employees":
                        // a figure with no cue of its own takes the voice of
                        // the one it is coordinated with.
                        if let Some((end, modality)) = last_modality {
                            // "raised its profit forecast to ¥1.55 trillion
                            // from ¥1.43 trillion": the level it was raised
                            // from was the company's forecast too, of the
                            // same period.
                            // (So is "up from a previous range of".)
                            let old_level = end <= object.start && {
                                let gap =
                                    &text[end..crate::numbers::qualifier_start(text, object.start)];
                                let near = gap.len() <= OLD_LEVEL_GAP && !gap.contains(';');
                                // ("to grow 6% to 7% in 2026, up from 4% to 6%
                                // previously", after the new level's period:
                                // an earlier range, or a level said to be
                                // earlier; not "up from about 14 gigawatts in
                                // 2025", what was done, nor a range dated as
                                // past, "up from about $38 billion to $40
                                // billion last year". `here` is in text order:
                                // the mentions just after the figure are found
                                // by bisection.)
                                let up_from = || {
                                    let dated_after = || {
                                        let k = here
                                            .partition_point(|&i| mentions[i].start < object.end);
                                        here[k..]
                                            .iter()
                                            .take_while(|&&i| mentions[i].start <= object.end + 16)
                                            .any(|&i| mentions[i].kind() == Kind::Date)
                                    };
                                    [", up from", ", down from"]
                                        .iter()
                                        .any(|e| gap.trim_end().ends_with(e))
                                        && ((object.text.contains(" to ") && !dated_after())
                                            || text[object.end..]
                                                .trim_start()
                                                .starts_with("previously"))
                                };
                                gap.trim().eq_ignore_ascii_case("from")
                                    || (near
                                        && (up_from()
                                            || period::before_of(gap.trim_end())
                                                .is_some_and(period::earlier_value_of)))
                            };
                            if defaulted
                                && modality != Modality::Reported
                                && (coordinated(&text[end..object.start])
                                    || apposed(&text[end..object.start])
                                    || old_level)
                            {
                                claim.modality = modality;
                            }
                            if old_level && modality != Modality::Reported && claim.period.is_none()
                            {
                                let before = self
                                    .claims
                                    .last()
                                    .filter(|c| c.sentence == si && c.predicate == claim.predicate)
                                    .and_then(|c| c.period)
                                    .and_then(|p| p.checked_sub(base));
                                if let Some(p) = before {
                                    claim.date_by(p);
                                }
                            }
                        }
                        last_modality = Some((object.end, claim.modality));
                        last = Some((object.end, claim.predicate.clone()));
                        self.amounts.push(amount(&mentions[claim.object]));
                        self.starts.push(object.start);
                        if claim.predicate == "funding_round" {
                            if let Some(company) = claim.subjects.first() {
                                self.round = Some((si, company.clone()));
                            }
                        }
                        self.claims.push(claim.shifted(base));
                        self.defaulted.push(defaulted);
                    }
                }
            }
            if !sentence.boilerplate {
                // The last quarter and the last half reported on, in one
                // pass from the sentence's end.
                let (mut quarter, mut half) = (None, None);
                for j in (0..here.len()).rev() {
                    if quarter.is_none() && period::reported_quarter(text, here, j, mentions) {
                        quarter = Some(here[j] + base);
                    }
                    if half.is_none()
                        && period::reported_period(text, here, j, mentions, Granularity::Half)
                    {
                        half = Some(here[j] + base);
                    }
                    if quarter.is_some() && half.is_some() {
                        break;
                    }
                }
                self.last_quarter = quarter.or(self.last_quarter);
                self.last_half = half.or(self.last_half);
            }
            if !sentence.boilerplate {
                for &oi in here {
                    let Some(claim) = launch_claim(
                        ctx,
                        sentence.span(),
                        si,
                        oi,
                        mentions,
                        here,
                        &parties,
                        &groups,
                    ) else {
                        continue;
                    };
                    // One claim per chip a sentence launches.
                    let same = |c: &Claim| {
                        c.sentence == si
                            && c.predicate == "chip_launch"
                            && mentions[c.object - base].value == mentions[oi].value
                    };
                    if !self.claims.iter().rev().take(8).any(same) {
                        self.amounts.push(None);
                        self.starts.push(mentions[oi].start);
                        self.claims.push(claim.shifted(base));
                        self.defaulted.push(false);
                    }
                }
            }
            // The first company in subject position (named or referred to)
            // becomes what the text is about; chips only imply their vendor. A
            // group's role is its first member's ("from Microsoft and Google"),
            // and an apposition after a comma ("its cloud division, AWS") is
            // not the subject.
            // (Not from furniture: "Also Read: TCS Q1 results: ..." links
            // another story, and the text goes on about its own company.)
            let furniture = sentence.boilerplate;
            if let Some(p) = groups.iter().map(|g| &parties[g.members.start]).find(|p| {
                !furniture &&
                !p.implied
                    && (p.preposition.is_none() || opens_at(text, sentence.span(), p.span))
                    // ("Revenue at Alibaba Cloud rose": the owner of one
                    // figure, not what the text goes on about.)
                    && (p.preposition_word != Some("at") || opens_at(text, sentence.span(), p.span))
                    // ("..., most of it the OpenAI mark": a modifier.)
                    && !subject::modifier_after_article(text, p.span)
                    // Not a subordinate clause's subject ("after OpenAI
                    // launched ChatGPT, Amazon was slower").
                    && !p.subordinate
                    && !p.cited
                    // (A broker estimating another's figures: "Daiwa raised
                    // its forecast for SK Hynix. Its shares ..." are SK
                    // Hynix's.)
                    && !p.broker
                    && !appositive(text, sentence.span(), p.span)
                    && !attributive(text, p.span.end, sentence.end)
                    && !inside_any(&figures, p.span)
                    && !broker_on_another(text, sentence.span(), p, &parties)
                    // ("Carlyle declined to comment.": a party asked, not
                    // what the text goes on about.)
                    && !no_comment(&text[p.span.end..sentence.end])
            }) {
                // ("Alibaba Cloud, its cloud computing unit, grew revenue":
                // a unit glossed as the topic's own leaves the text about
                // its parent.)
                let parents_unit = p.mention.is_some_and(|i| {
                    matches!(&mentions[i].value, Value::Company(c)
                        if c.parent.is_some() && c.parent == self.topic)
                        && text[p.span.end..sentence.end].starts_with(", its ")
                });
                if self.topic.as_deref() != Some(p.slug.as_str()) && !parents_unit {
                    self.topic = Some(p.slug.clone());
                }
            } else if self.topic.is_none() {
                self.topic = parties
                    .iter()
                    .find(|p| p.mention.is_some() && !p.cited && !inside_any(&figures, p.span))
                    .map(|p| p.slug.clone());
            }
            self.lead_named = names_company;
            for p in parties
                .iter()
                .filter(|p| !p.implied && !p.cited && !furniture)
            {
                // Already the last named: the list stays as it is.
                if self.recent.last() == Some(&p.slug) {
                    continue;
                }
                // Moved to the end, or added there.
                match self.recent.iter().position(|s| s == &p.slug) {
                    Some(k) => {
                        let s = self.recent.remove(k);
                        self.recent.push(s);
                    }
                    None => self.recent.push(p.slug.clone()),
                }
            }
            if self.recent.len() > 64 {
                self.recent.drain(..self.recent.len() - 64);
            }
        }
    }

    /// The parties of the last deal told in the few sentences before `si`
    /// that has `party` among them: its subjects, and its counterparty.
    fn deal_of(&self, si: usize, party: &str) -> Option<(Vec<String>, Option<String>)> {
        self.claims
            .iter()
            .rev()
            .take(DEAL_CLAIMS_BACK)
            .take_while(|c| c.sentence + DEAL_SENTENCES_BACK >= si)
            .find(|c| {
                c.counterparty.is_some()
                    && c.subjects.len() >= 2
                    && c.subjects.iter().any(|s| s == party)
                    && matches!(
                        c.predicate.as_str(),
                        "contract_value" | "acquisition" | "other"
                    )
            })
            .map(|c| (c.subjects.clone(), c.counterparty.clone()))
    }

    /// The last claim, when it was told in one of the two sentences before
    /// sentence `si` and `fits`: what "It is worth" or "That is up from"
    /// opening a sentence speaks of.
    fn just_told(&self, si: usize, fits: impl Fn(&Claim) -> bool) -> Option<&Claim> {
        self.claims
            .last()
            .filter(|c| c.sentence < si && c.sentence + 2 >= si && fits(c))
    }

    /// Keeps `copy`, another figure's claim restated by a sum of `amount`
    /// at `start` (a conversion, "That is equivalent to ..."), with the
    /// last claim's default modality flag.
    fn push_restated(&mut self, copy: Claim, amount: Option<Decimal>, start: usize) {
        let defaulted = self.defaulted.last().copied().unwrap_or(false);
        self.amounts.push(amount);
        self.starts.push(start);
        self.claims.push(copy);
        self.defaulted.push(defaulted);
    }

    /// An assembler that tells a takeover's price as `acquisition` when
    /// `on`, else as `contract_value`.
    pub(crate) fn telling_acquisitions(on: bool) -> Self {
        Assembler {
            acquisitions: on,
            ..Assembler::default()
        }
    }

    pub(crate) fn finish(mut self) -> Vec<Claim> {
        adopt_restated(&mut self.claims, &self.defaulted, &self.amounts);
        // A dividend is read as one, so its words win over the others'
        // ("dividend per share" is no EPS), but SPEC.md's vocabulary has no
        // such predicate: it is told as `other`, as the contract says of
        // per-share figures no better predicate fits (and as six of the
        // seven gold writers of probes/ wrote it).
        for c in &mut self.claims {
            if c.predicate == "dividend" {
                c.predicate = "other".to_string();
            }
            // A takeover's price is read as an acquisition (its own rules:
            // the buyer first, a price a share, a stake) but told as a
            // deal's worth, `contract_value`, SPEC.md's predicate for it,
            // unless the caller asked for the finer word
            // (`ExtractorBuilder::acquisition_predicate`).
            if c.predicate == "acquisition" && !self.acquisitions {
                c.predicate = "contract_value".to_string();
            }
        }
        self.claims
    }
}

impl Claim {
    /// Gives the claim the date mention `p` as its period, among the
    /// mentions it uses.
    fn date_by(&mut self, p: usize) {
        self.period = Some(p);
        self.mentions.push(p);
        self.mentions.sort_unstable();
    }

    /// The claim without its period.
    fn undate(&mut self) {
        if let Some(p) = self.period.take() {
            self.mentions.retain(|&m| m != p);
        }
    }

    /// The claim with its mention indices counted from `base`.
    fn shifted(mut self, base: usize) -> Claim {
        self.object += base;
        if let Some(p) = &mut self.period {
            *p += base;
        }
        for m in &mut self.mentions {
            *m += base;
        }
        self
    }
}

/// A money figure in parentheses right after another one is the same
/// figure in another currency: "₩360 trillion ($270bn)". Its claim is the
/// other's, restated: the index of that other figure.
fn conversion_of(text: &str, here: &[usize], mentions: &[Mention], oi: usize) -> Option<usize> {
    let object = &mentions[oi];
    if object.kind() != Kind::Money {
        return None;
    }
    let Some(before) = text[..object.start].trim_end().strip_suffix('(') else {
        return equivalent_of(text, here, mentions, object);
    };
    let before = before.trim_end();
    // The sentence's mentions are in text order: the one just before.
    let k = here.partition_point(|&i| mentions[i].start < before.len());
    let prev = *here.get(k.checked_sub(1)?)?;
    (mentions[prev].kind() == Kind::Money && mentions[prev].end == before.len()).then_some(prev)
}

/// Whether the sum `object` is all a sentence of restatement says: "That
/// is equivalent to about 18.3 billion Danish crowns.", "This equals
/// roughly $2.1 billion."
fn restates_sentence_before(text: &str, sentence: Span, object: &Mention) -> bool {
    if object.kind() != Kind::Money {
        return false;
    }
    // The opening word first: this is asked of every sum.
    let opening = text[sentence.start..object.start].trim_start();
    if !["That ", "This ", "That's ", "It "]
        .iter()
        .any(|o| opening.starts_with(o))
    {
        return false;
    }
    let from = crate::numbers::qualifier_start(text, object.start);
    let head = text[sentence.start..from.max(sentence.start)].trim();
    let rest = text[object.end..sentence.end].trim();
    let says = [
        "equivalent to",
        "equal to",
        "equals",
        "amounts to",
        "works out to",
    ]
    .iter()
    .any(|p| crate::affix::ends_with_ignore_case(head, p));
    says && head.split_whitespace().count() <= 5 && rest.len() <= 2
}

/// "a final dividend of 62 U.S. cents a share last month, equivalent to
/// about 94 Australian cents": a sum said to be equal to the money just
/// before it (a few words after that one, then a comma) is it, restated.
fn equivalent_of(
    text: &str,
    here: &[usize],
    mentions: &[Mention],
    object: &Mention,
) -> Option<usize> {
    // Asked of every sum: the word looked for first, in the bytes before.
    let near = crate::numbers::floor_char_boundary(text, object.start.saturating_sub(40));
    memchr::memmem::find(&text.as_bytes()[near..object.start], b"qu")?;
    let from = crate::numbers::qualifier_start(text, object.start);
    let before = text[..from].trim_end();
    let lead = ["equivalent to", "the equivalent of", "equal to"]
        .iter()
        .find(|p| crate::affix::ends_with_ignore_case(before, p))
        .map(|p| &before[..before.len() - p.len()])?;
    let comma_at = lead.trim_end().strip_suffix(',')?.len();
    let k = here.partition_point(|&i| mentions[i].start < comma_at);
    // The last sum before the comma ("last month" may stand between).
    let prev = *here[..k]
        .iter()
        .rev()
        .find(|&&i| mentions[i].kind() == Kind::Money)?;
    let between = text.get(mentions[prev].end..comma_at)?;
    (between.split_whitespace().count() <= 5 && !between.contains([',', ';', '('])).then_some(prev)
}

/// Whether the figure at `start` restates the one ending at `prev_end`:
/// a comma, "or" and a qualifier between, after at most a short phrase
/// saying what the first counts ("cut 5% of its workforce, or about 3,600
/// employees", "15% of staff, roughly 15,000 jobs").
fn restates(text: &str, prev_end: usize, start: usize) -> bool {
    let from = crate::numbers::qualifier_start(text, start);
    let Some(between) = text.get(prev_end..from.max(prev_end)) else {
        return false;
    };
    let between = between.trim();
    let between = between.strip_suffix("or").map_or(between, str::trim_end);
    // What the first figure counts may stand before the comma ("of its
    // workforce"), a short phrase of words only.
    between.strip_suffix(',').is_some_and(|head| {
        head.split_whitespace().count() <= 4
            && head
                .chars()
                .all(|c| c.is_alphanumeric() || c.is_whitespace() || matches!(c, '\'' | '’' | '-'))
    })
}

/// Whether the words between a sum and a percentage set the percentage
/// as the sum's change: ", down 23%", ", up about 4%", " for the six
/// months to December 31, down 23%" (a comma, at most 60 bytes, and "up"
/// or "down" last, past a qualifier).
fn change_after_sum(between: &str) -> bool {
    if between.len() > 60 || !between.contains(',') {
        return false;
    }
    let tail = between.rsplit(',').next().unwrap_or("").trim();
    let words: Vec<&str> = tail.split_whitespace().collect();
    matches!(
        words.as_slice(),
        ["up" | "down"]
            | [
                "up" | "down",
                "about" | "around" | "roughly" | "nearly" | "some" | "almost"
            ]
    )
}

/// Whether a sentence opens by comparing with what the one before told:
/// "That compared with $4.26 billion", "This was down from", "That was
/// well below the ... average estimate".
fn compares_with_before(text: &str, sentence: Span) -> bool {
    let head = &text[sentence.start
        ..crate::numbers::floor_char_boundary(text, (sentence.start + 40).min(sentence.end))];
    [
        "that compared with",
        "that compares with",
        "this compared with",
        "this compares with",
        "that compared to",
        "this compared to",
        "that was up from",
        "that was down from",
        "this was up from",
        "this was down from",
        "that is up from",
        "that is down from",
        // "That was well below the 4.61 trillion yen average estimate":
        // the estimate of the measure just told.
        "that was below",
        "that was above",
        "that was well below",
        "that was well above",
        "that was short of",
        "that was ahead of",
        "that was in line with",
        "that beat",
        "that missed",
        "this was below",
        "this was above",
    ]
    .iter()
    .any(|p| crate::affix::starts_with_ignore_case(head.trim_start(), p))
}

/// Whether a sentence speaks of the figure the one before told, by a
/// noun that names it ("The plan, equivalent to about 580 billion reais,
/// compares with $111 billion", "The budget is"), or the figure is a part
/// of that total ("will take $78 billion of the total").
fn names_the_figure_before(text: &str, sentence: Span, figure_end: usize) -> bool {
    const NOUNS: &[&str] = &[
        "The plan",
        "The budget",
        "The programme",
        "The program",
        "The package",
        "The total",
        "The figure",
        "The amount",
        "The sum",
        "The outlay",
        "The spending",
    ];
    let head = text[sentence.start..sentence.end].trim_start();
    let opens = NOUNS.iter().any(|n| {
        head.strip_prefix(n)
            .is_some_and(|r| r.starts_with([',', ' ']) && !r.starts_with(" of"))
    });
    let after = &text[figure_end
        ..crate::numbers::floor_char_boundary(text, (figure_end + 20).min(sentence.end))];
    opens || after.starts_with(" of the total") || after.starts_with(" of that total")
}

/// The company a list sets right before the figure at `start`: "Micron
/// Technology at 21%", "and Samsung at 17%", "and Chevron $1.69" (a bare
/// name after "and" or a comma). Its slug.
fn listed_owner<'m>(
    text: &str,
    here: &[usize],
    mentions: &'m [Mention],
    start: usize,
) -> Option<&'m str> {
    let from = crate::numbers::qualifier_start(text, start);
    let k = here.partition_point(|&i| mentions[i].end <= from);
    let m = &mentions[*here[..k].last()?];
    let Value::Company(c) = &m.value else {
        return None;
    };
    let gap = text.get(m.end..from)?;
    let before = text[..m.start].trim_end();
    let after_and = before.ends_with(" and") || before.ends_with(',');
    // (Not the object of a verb of valuing: "The offer values Axsome at
    // about $9.1 billion" is the offer's figure.)
    let valued = words::last_word(before).is_some_and(|w| {
        words::listed(
            w,
            &[
                "values", "valued", "valuing", "value", "puts", "put", "prices", "priced",
            ],
        )
        .is_some()
    });
    // ("followed by Samsung Electronics Co. with 22 percent and ... Micron
    // with 21 percent": a ranking's "with"; not a verb's, "supply
    // Microsoft with 10,000 GPUs".)
    let ranked = after_and || crate::affix::ends_with_ignore_case(before, "followed by");
    (!valued && (gap == " at " || (gap == " with " && ranked) || (gap == " " && after_and)))
        .then_some(c.id.as_str())
}

/// Whether the figure at `start` is the worth of the one ending at
/// `prev_end`: "6,100 jets, valued at more than $500 billion", "orders
/// for 40 ships worth $3 billion".
fn worth_of_counted(text: &str, prev_end: usize, start: usize) -> bool {
    let from = crate::numbers::qualifier_start(text, start);
    text.get(prev_end..from.max(prev_end))
        .is_some_and(|between| {
            let b = between.trim_start_matches([',', ' ']).trim_end();
            b.len() <= 24
                && ["valued at", "worth", "with a value of"]
                    .iter()
                    .any(|w| b.eq_ignore_ascii_case(w))
        })
}

/// The longest gap between a forecast and its earlier level told with its
/// noun: " for the year to February 1, 2025, down from a previous range of".
const OLD_LEVEL_GAP: usize = 96;

/// Whether the figure at `start` gives in parentheses the earlier value of
/// the one ending at `prev_end`: "guide raised to $84-86B (was $80-83B)".
fn prior_value(text: &str, prev_end: usize, start: usize) -> bool {
    let from = crate::numbers::qualifier_start(text, start);
    text.get(prev_end..from.max(prev_end))
        .is_some_and(|between| {
            let b = between.trim();
            ["(was", "(prev.", "(prev", "(previously", "(prior"]
                .iter()
                .any(|p| b.eq_ignore_ascii_case(p))
        })
}

/// Whether the baseline figure at `start` is the old value of the one
/// ending at `prev_end`, a few words before it in the same clause: "raised
/// its dividend to $1.78 a share from $1.71", "$10.27 billion from $7.66
/// billion".
fn old_value(text: &str, prev_end: usize, start: usize) -> bool {
    text.get(prev_end..start).is_some_and(|between| {
        between.len() <= 24
            && !between.contains([',', ';', '('])
            && between.split_whitespace().next_back().is_some_and(|w| {
                ["from", "vs", "vs.", "versus"]
                    .iter()
                    .any(|p| w.eq_ignore_ascii_case(p))
            })
    })
}

/// Whether a figure that found `own` as its predicate takes the predicate
/// `restated` of the figure it restates: when its own says nothing more
/// (`other`), or names the workforce a cut is counted in ("cut 5% of its
/// workforce, or about 3,600 employees" is a cut, not a headcount).
fn restated_as(own: &str, restated: &str) -> bool {
    own == "other" || (own == "headcount" && restated == "job_cuts")
}

/// What is computed once per sentence rather than once per figure. The
/// word tests (chips sold, a workforce named) read every word of the
/// sentence and matter only to a revenue or job-cut figure: they are read
/// when first asked.
struct Facts<'a> {
    text: &'a str,
    sentence: Span,
    here: &'a [usize],
    mentions: &'a [Mention],
    /// Predicate triggers: byte span (absolute) and the table entries the
    /// phrase can stand for, in order.
    triggers: Vec<(usize, usize, &'a [usize])>,
    /// The clause fences of the sentence ([`fences`]), in order.
    fences: Vec<Span>,
    sells_chips: OnceCell<bool>,
    names_workforce: OnceCell<bool>,
    cues: OnceCell<Cues>,
}

impl<'a> Facts<'a> {
    fn of(
        ctx: &Context<'a>,
        sentence: Span,
        here: &'a [usize],
        mentions: &'a [Mention],
        fences: Vec<Span>,
    ) -> Self {
        let s_text = &ctx.text[sentence.start..sentence.end];
        let triggers = ctx
            .lexicons
            .predicates
            .find_borrowed(s_text)
            .map(|(start, end, entries)| (sentence.start + start, sentence.start + end, entries))
            .collect();
        Facts {
            text: ctx.text,
            sentence,
            here,
            mentions,
            triggers,
            fences,
            sells_chips: OnceCell::new(),
            names_workforce: OnceCell::new(),
            cues: OnceCell::new(),
        }
    }

    fn cues(&self) -> Cues {
        *self
            .cues
            .get_or_init(|| Cues::of(&self.text[self.sentence.start..self.sentence.end]))
    }

    fn sells_chips(&self) -> bool {
        *self
            .sells_chips
            .get_or_init(|| sells_chips(self.text, self.sentence, self.here, self.mentions))
    }

    fn names_workforce(&self) -> bool {
        *self
            .names_workforce
            .get_or_init(|| names_workforce(self.text, self.sentence))
    }

    /// The sentence cut to the window around a figure, on char boundaries,
    /// and to the figure's clause between the fences on either side.
    fn near(&self, text: &str, object: Span) -> Span {
        // The fences are in order and do not overlap: binary searches, not
        // scans (a megabyte-long sentence may hold a fence per figure).
        let before = self.fences.partition_point(|f| f.end <= object.start);
        let fenced_from = before
            .checked_sub(1)
            .map_or(self.sentence.start, |k| self.fences[k].end);
        let after = self.fences.partition_point(|f| f.start < object.end);
        let fenced_to = self
            .fences
            .get(after)
            .map_or(self.sentence.end, |f| f.start);
        let start = crate::numbers::floor_char_boundary(text, object.start.saturating_sub(WINDOW))
            .max(fenced_from);
        let end = crate::numbers::ceil_char_boundary(text, (object.end + WINDOW).min(fenced_to));
        Span::new(start.min(object.start), end.max(object.end))
    }
}

/// Whether the words after a name only say it gave no comment: "declined
/// to comment", "did not immediately respond to a request for comment".
fn no_comment(after: &str) -> bool {
    const NO_COMMENT: &[&str] = &[
        "declined to comment",
        "declined to elaborate",
        "declined comment",
        "did not respond",
        "did not immediately respond",
        "did not return",
        "did not immediately return",
        "could not be reached",
        "could not immediately be reached",
        "had no immediate comment",
        "had no comment",
        "would not comment",
        "wouldn't comment",
        "has not commented",
    ];
    let after = after.trim_start_matches([' ', ',']);
    let after = after
        .strip_prefix("also ")
        .or_else(|| after.strip_prefix("said it "))
        .unwrap_or(after);
    NO_COMMENT.iter().any(|p| after.starts_with(p))
}

/// Markdown emphasis, as AI digests write names ("per **PitchBook**
/// data"): the rules that read the words next to a name read past it.
const EMPHASIS: [char; 2] = ['*', '_'];

/// How many sentences after a funding round an investor's money is still
/// taken to be in it.
const ROUND_REACH: usize = 3;

/// How far back a payment or a term of a deal looks for the deal: claims,
/// and sentences ("Novartis pays CSPC ... Under the terms disclosed
/// Monday, CSPC will receive $500 million upfront").
const DEAL_CLAIMS_BACK: usize = 16;
const DEAL_SENTENCES_BACK: usize = 6;

/// How near a deal a restatement of its sum by one party must stand to
/// take the deal's parties: claims, and sentences.
const RESTATED_DEAL_CLAIMS: usize = 32;
const RESTATED_DEAL_SENTENCES: usize = 8;

/// How many claims back an analysts' estimate looks for the figure it is of.
const CONSENSUS_BACK: usize = 3;

/// Figures restated without a specific predicate take the predicate (and,
/// when they had no cue of their own, the modality) of a claim with the
/// same subjects and amount. One company's restatement of a deal's sum
/// ("Total value: about $2.8 billion" after "Amazon's deal with MLB ...
/// is worth about $2.8 billion") takes the deal's parties too.
fn adopt_restated(claims: &mut [Claim], defaulted: &[bool], amounts: &[Option<Decimal>]) {
    let generic = |p: &str| matches!(p, "other" | "spending");
    // The first specific claim of each (subjects, amount), keyed by
    // borrowed subjects: no clone of every claim's subject list.
    let mut specific: HashMap<(&[String], Decimal), usize> = HashMap::new();
    for (i, (c, a)) in claims.iter().zip(amounts).enumerate() {
        if let (false, Some(a)) = (generic(&c.predicate), a) {
            specific.entry((c.subjects.as_slice(), *a)).or_insert(i);
        }
    }
    // (The deal told nearest, a few sentences either way: the same sum
    // far off may be another thing's.)
    let of_party = |j: usize, only: &str, a: Decimal| {
        let lo = j.saturating_sub(RESTATED_DEAL_CLAIMS);
        let hi = (j + RESTATED_DEAL_CLAIMS + 1).min(claims.len());
        (lo..hi)
            .filter(|&i| {
                let c = &claims[i];
                !generic(&c.predicate)
                    && amounts[i] == Some(a)
                    && c.subjects.len() > 1
                    && c.subjects.iter().any(|s| s == only)
                    && c.sentence.abs_diff(claims[j].sentence) <= RESTATED_DEAL_SENTENCES
            })
            .min_by_key(|&i| claims[i].sentence.abs_diff(claims[j].sentence))
    };
    let adopt: Vec<(usize, usize, bool)> = claims
        .iter()
        .zip(amounts)
        .enumerate()
        .filter_map(|(j, (c, a))| {
            let (true, Some(a)) = (generic(&c.predicate), a) else {
                return None;
            };
            if let Some(&i) = specific.get(&(c.subjects.as_slice(), *a)) {
                return Some((j, i, false));
            }
            let [only] = c.subjects.as_slice() else {
                return None;
            };
            (c.counterparty.is_none())
                .then(|| of_party(j, only, *a))
                .flatten()
                .map(|i| (j, i, true))
        })
        .collect();
    // A specific claim is never generic, so none below changes a source.
    for (j, i, parties) in adopt {
        let (predicate, modality) = (claims[i].predicate.clone(), claims[i].modality);
        claims[j].predicate = predicate;
        if defaulted[j] {
            claims[j].modality = modality;
        }
        if parties {
            claims[j].subjects = claims[i].subjects.clone();
            claims[j].counterparty = claims[i].counterparty.clone();
        }
    }
}

/// Whether a broker's sentence is about another company's figures: "Daiwa
/// Securities raised its 2027 operating profit forecast for SK Hynix":
/// the text goes on about SK Hynix, not the broker.
fn broker_on_another(
    text: &str,
    sentence: Span,
    p: &parties::Party,
    parties: &[parties::Party],
) -> bool {
    if parties.len() < 2 || !crate::lexicon::is_broker(&p.slug) {
        return false;
    }
    let words: Vec<&str> = text[p.span.end..sentence.end]
        .split_whitespace()
        .take(12)
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .collect();
    // (Not estimates the broker's own results beat: "BMO beats profit
    // estimates, agrees to buy Wintrust" is the bank's.)
    let beaten = |k: usize| {
        words[k.saturating_sub(3)..k].iter().any(|w| {
            words::listed(
                w,
                &[
                    "beat", "beats", "beating", "missed", "misses", "missing", "topped", "tops",
                    "topping", "exceeded", "exceeds", "above", "below", "ahead", "short",
                ],
            )
            .is_some()
        })
    };
    let estimate = words.iter().enumerate().any(|(k, w)| {
        words::listed(
            w,
            &[
                "forecast",
                "forecasts",
                "estimate",
                "estimates",
                "target",
                "rating",
                "upgraded",
                "downgraded",
            ],
        )
        .is_some()
            && !beaten(k)
    });
    let k = parties.partition_point(|q| q.span.start <= p.span.end);
    estimate
        && parties[k..]
            .iter()
            .take(8)
            .any(|q| q.mention.is_some() && q.slug != p.slug && !crate::lexicon::is_broker(&q.slug))
}

/// How long a digest's header line heading bullets may be.
const HEADER_BYTES: usize = 100;

/// The measures a company plans for a period ahead: its spending, results
/// and workforce (a deal's value or a capacity dated by delivery is no plan).
const PLANNED_WHEN_AHEAD: &[&str] = &[
    "capital_expenditure",
    "spending",
    "investment",
    "revenue",
    "operating_income",
    "growth_rate",
    "headcount",
    "job_cuts",
    "eps",
    "chip_revenue",
    "profit_share",
];

/// Whether a sentence (up to its figure) opens with "That" or "This" and
/// a comparison: "That is up from", "This compares with", "That was
/// below".
fn compares_what_was_told(head: &str) -> bool {
    let s = head.trim_start_matches(|c: char| !c.is_alphanumeric());
    let Some(rest) = s
        .strip_prefix("That ")
        .or_else(|| s.strip_prefix("This "))
        .or_else(|| s.strip_prefix("That's "))
    else {
        return false;
    };
    let mut words = rest.split_whitespace();
    let first = words.next().unwrap_or("");
    let first = if matches!(first, "is" | "was" | "would" | "be") {
        words.next().unwrap_or("")
    } else {
        first
    };
    matches!(
        first,
        "up" | "down"
            | "compares"
            | "compared"
            | "above"
            | "below"
            | "higher"
            | "lower"
            | "more"
            | "less"
            | "versus"
            | "against"
    )
}

/// Whether a sentence opens "It is worth" (or was), or values the deal
/// just told ([`deal_valued`]), before its figure's qualifier.
fn it_is_worth(before: &str) -> bool {
    let s = before.trim_start_matches(|c: char| !c.is_alphanumeric());
    [
        "It is worth",
        "It was worth",
        "It's worth",
        "It’s worth",
        "It would be worth",
    ]
    .iter()
    .any(|p| s.starts_with(p))
        || deal_valued(s)
}

/// Whether a sentence opens by valuing the deal just told: "The deal is
/// valued at", "The agreement was worth", "Talen valued the deal, which
/// runs through 2042, at" (the words up to the figure's qualifier, a
/// short clause).
fn deal_valued(before: &str) -> bool {
    if before.len() > 100 {
        return false;
    }
    let lower = before.to_ascii_lowercase();
    let deal = [
        "the deal",
        "the agreement",
        "the contract",
        "the transaction",
        "the pact",
    ];
    let opens = deal.iter().any(|d| lower.starts_with(d))
        && (lower.contains(" worth") || lower.contains(" valued at"));
    let valued = deal.iter().any(|d| {
        lower.contains(&format!(" valued {d}")) || lower.contains(&format!(" values {d}"))
    }) && lower.trim_end().ends_with(" at");
    opens || valued
}

/// Whether a verb in the past tells the figure as a result: "where it
/// reported sales of $3 billion".
fn told_as_past(before: &str) -> bool {
    before.split_whitespace().rev().take(8).any(|w| {
        words::listed(
            w,
            &[
                "reported",
                "posted",
                "recorded",
                "booked",
                "spent",
                "generated",
                "earned",
                "delivered",
                "achieved",
                "totaled",
                "totalled",
                "was",
                "were",
            ],
        )
        .is_some()
    })
}

/// The spending a company can only plan for a period still running:
/// "TSMC capex 2026: $54-56B" told in November 2026.
const SPENT_WHEN_OPEN: &[&str] = &["capital_expenditure", "spending", "investment"];

/// Whether `m` is a date of a quarter or a half: a period results are
/// told for, which later undated results or a list's bullets take.
fn quarter_or_half(m: &Mention) -> bool {
    matches!(&m.value, Value::Date(d)
        if matches!(d.granularity, crate::analysis::Granularity::Quarter | crate::analysis::Granularity::Half))
}

/// Whether date mention `m` ends after the reference date.
fn period_open(ctx: &Context<'_>, m: &Mention) -> bool {
    match (&m.value, ctx.reference_date) {
        (Value::Date(d), Some(r)) => d.end.is_some_and(|e| e > r),
        _ => false,
    }
}

/// Whether date mention `m` begins after the reference date.
fn period_ahead(ctx: &Context<'_>, m: &Mention) -> bool {
    match (&m.value, ctx.reference_date) {
        (Value::Date(d), Some(r)) => d.start.is_some_and(|s| s > r),
        _ => false,
    }
}

#[cfg(test)]
mod tests;

/// The words around a figure where analysts' estimate words are looked
/// for: its sentence, at most [`ESTIMATE_REACH`] bytes each side.
fn estimate_window(text: &str, sentence: Span, object: Span) -> &str {
    let floor = |at: usize| crate::numbers::floor_char_boundary(text, at);
    let from = floor(
        object
            .start
            .saturating_sub(ESTIMATE_REACH)
            .max(sentence.start),
    );
    let to = floor((object.end + ESTIMATE_REACH).min(sentence.end));
    &text[from..to.max(from)]
}

/// How far from a figure an estimate word is looked for.
const ESTIMATE_REACH: usize = 200;

/// A reported result dated by a quarter or a half, whose period the
/// company's next undated results take.
#[derive(Debug, Clone)]
struct DatedResult {
    /// The sentence it was told in, or last carried to.
    sentence: usize,
    /// The date mention (a document index).
    period: usize,
    company: String,
    /// Whether the period was itself carried: then the rest of that
    /// sentence's results take it too.
    carried: bool,
}

/// Results a company reports for a period, which a next sentence's undated
/// figure may continue.
const RESULTS: &[&str] = &[
    "revenue",
    "operating_income",
    "growth_rate",
    "chip_revenue",
    "eps",
];
/// How many sentences on a period or a day is carried to a figure that
/// names none (an earnings story's quarter, a trading day's moves).
const CARRY_GAP: usize = 8;

/// Whether a sentence speaks of a year's or a running rate's figure, not a
/// quarter's ("annual revenue", "full-year", "run rate"), or of a margin,
/// a ratio and no result of the period's own.
fn of_a_year(sentence: &str) -> bool {
    let lower = sentence.to_ascii_lowercase();
    [
        "annual",
        "full-year",
        "full year",
        "run rate",
        "run-rate",
        "per year",
        "margin",
    ]
    .iter()
    .any(|w| lower.contains(w))
}

/// Whether the words right after a figure date it a year before: "$10
/// billion in the quarter a year earlier".
fn year_before(text: &str, end: usize, limit: usize) -> bool {
    let to = crate::numbers::floor_char_boundary(text, limit.min(end + 40)).max(end);
    let after = &text[end..to];
    let after = &after[..after.find([',', ';', '.']).unwrap_or(after.len())];
    [
        "a year earlier",
        "a year ago",
        "year-earlier",
        "a year before",
        "prior year",
        "last year",
    ]
    .iter()
    .any(|p| after.contains(p))
}

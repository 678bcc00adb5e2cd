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
use std::collections::{HashMap, HashSet};

use once_cell::sync::Lazy;

use rust_decimal::Decimal;

use crate::analysis::{Claim, Granularity, Kind, Mention, Modality, Span, Value};
use crate::lexicon::phrases::Hit;
use crate::lexicon::Lexicons;
use crate::recognize::Context;

mod modality;
use modality::{modality_for, Cues, Voice};

/// How far (bytes) a trigger may stand from its figure.
const MAX_TRIGGER_GAP: usize = 160;
/// How far (bytes) from a figure its subject, counterparty, period and
/// modality cues are looked for. Real sentences are shorter; the bound keeps
/// a pathological one-sentence input (a megabyte without a full stop)
/// linear.
const WINDOW: usize = 400;
/// For percentages and quantities, whose predicate words sit close.
const MAX_TRIGGER_GAP_SHORT: usize = 60;
/// What a generic trigger pays against a specific one, in bytes of distance.
const GENERIC_PENALTY: usize = 40;

/// Words that, after a comma, open a clause with an actor and a verb of its
/// own ("Intel cut 15,000 jobs, but Nvidia added 5,000 employees"): a
/// figure's subject, trigger, counterparty, period and cues are not looked
/// for across one, nor across a semicolon, nor across ", and" after a
/// clause with a figure ("invested $2bn in Anthropic, and Amazon agreed").
const CONTRAST: &[&str] = &["but", "while", "whereas", "although", "though", "yet"];

/// Lower-case words that open a clause's own subject after a [`CONTRAST`]
/// word ("while the company", "but its rival"); a name, a figure or a
/// capitalized word does too. Any other word continues the clause before
/// ("while setting a target", "though down from"): no fence there.
#[rustfmt::skip]
const SUBJECT_OPENERS: &[&str] = &[
    "the", "a", "an", "its", "their", "his", "her", "our", "it", "they", "we", "he", "she",
    "this", "that", "these", "those", "other", "others", "analysts", "rivals", "shares",
];

/// Prepositions that make a company an oblique participant, not the subject.
#[rustfmt::skip]
const OBLIQUE: &[&str] = &[
    "with", "in", "into", "to", "from", "against", "than", "like", "including", "versus", "vs",
    "vs.", "over", "beyond", "behind", "among", "between", "by", "at", "on", "toward", "towards",
    "unlike", "via", "about", "within", "after", "before", "since", "until", "during", "despite",
    "through", "under", "across", "amid", "upon", "around", "without", "except", "inside",
];

/// Words that, before a company named after the figure, make it something
/// other than the actor ("used for AWS expansion", "expansion of AWS").
const GOVERNED_AFTER: &[&str] = &["for", "of", "as", "per"];

/// Verbs whose object is the other party of a deal, never its actor:
/// "buy Wiz", "sold Anthropic 1mn TPUs".
#[rustfmt::skip]
const OBJECT_VERBS: &[&str] = &[
    "buy", "buys", "bought", "buying", "acquire", "acquires", "acquired", "acquiring",
    "purchase", "purchased", "sell", "sells", "sold", "selling", "back", "backed", "fund",
    "funded", "hire", "hired", "pay", "pays", "paid", "paying",
];

/// The most words of a descriptor between a verb or preposition and the
/// name it governs ("bought Israeli chip designer Mellanox").
const DESCRIPTOR_WORDS: usize = 4;

/// Words that end a descriptor looking back: verbs and conjunctions that
/// make the name their own subject ("said", "and").
#[rustfmt::skip]
const NOT_DESCRIPTORS: &[&str] = &[
    "and", "or", "but", "said", "says", "while", "as", "than", "that", "which", "who", "when",
    "after", "before", "because", "if", "is", "was", "are", "were", "will", "would", "has",
    "have", "had", "not",
];

/// Whether a party is the object of a verb of buying or selling.
fn governed_by_verb(p: &Party) -> bool {
    p.preposition_word
        .is_some_and(|w| OBJECT_VERBS.contains(&w))
}

/// Prepositions after the figure that introduce the other party.
const COUNTERPARTY: &[&str] = &["with", "in", "into", "to", "for", "from"];

/// Nouns after a possessive that make the possessor not the actor
/// ("Google's parent company", "Amazon's rival").
#[rustfmt::skip]
const RELATIONAL: &[&str] = &[
    "parent", "rival", "rivals", "competitor", "competitors", "founder", "subsidiary", "unit",
    "division", "partner", "partners", "customer", "customers", "owner", "backer", "investor",
    "investors", "supplier", "suppliers", "peers", "shareholder", "shareholders", "affiliate",
    "spinoff", "spin-off", "owners",
];

/// Words that may stand between a possessive and its relational noun:
/// "SK Hynix's largest shareholder", "Google's former parent".
const RELATION_ADJECTIVES: &[&str] = &[
    "largest",
    "biggest",
    "main",
    "former",
    "top",
    "key",
    "major",
    "longtime",
    "new",
    "chief",
    "closest",
    "principal",
    "majority",
    "controlling",
];

/// A company taking part in a sentence: named, or referred to.
#[derive(Debug, Clone)]
struct Party {
    span: Span,
    slug: String,
    /// A broker or research house estimating ("Bernstein expects"): the
    /// source of the figures after it, not their subject.
    broker: bool,
    possessive: bool,
    /// Index of the company mention, when named.
    mention: Option<usize>,
    /// The preposition governing it, lower case, if any.
    preposition: Option<&'static str>,
    /// The word just before it, lower case.
    preposition_word: Option<&'static str>,
    /// The word after the possessive, lower case.
    after_possessive: Option<&'static str>,
    /// Implied by a chip's vendor ("Trainium2 ... 4x" is Amazon's figure),
    /// weaker than a named company.
    implied: bool,
    /// A source cited ("according to", "analysts at", "Jefferies analysts"),
    /// read once when the party is made: every figure asks.
    cited: bool,
    /// Inside an aside between commas that opens with a participle or a
    /// relative word ("X, founded by former OpenAI staff, raised"): a party
    /// of the aside, not of the sentence.
    aside: bool,
    /// The subject of a clause that "after", "before", "since" or "until"
    /// opens ("after Nvidia agreed to invest"): it acts in its clause, but
    /// it is not what the text is about.
    subordinate: bool,
}

/// Parties joined by "," / "and" into one group: neighbours in the
/// sentence, so a range of party indices.
#[derive(Debug, Clone)]
struct Group {
    members: std::ops::Range<usize>,
    span: Span,
}

/// Assembles the claims of one document.
pub fn extract(ctx: &Context<'_>, mentions: &[Mention]) -> Vec<Claim> {
    let mut assembler = Assembler::default();
    assembler.add(ctx, 0..ctx.sentences.len(), mentions, 0);
    assembler.finish()
}

/// The claims of a document assembled a section at a time: what one
/// sentence hands the next (the topic, the parties named last) is carried
/// across sections, and the document-level pass runs at the end, so the
/// claims are those of [`extract`] over the whole document.
#[derive(Debug, Default)]
pub(crate) struct Assembler {
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
}

impl Assembler {
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
            && amount <= prev_amount * Decimal::TWO
            && prev_amount <= amount * Decimal::TWO;
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
            if is_bullet(text, sentence.start) {
                if self.list_topic.is_none() {
                    let lead = self.lead_named.then(|| self.topic.clone()).flatten();
                    self.list_topic = Some(lead);
                }
                if let (Some(Some(t)), false) = (&self.list_topic, names_company) {
                    if self.topic.as_ref() != Some(t) {
                        self.topic = Some(t.clone());
                    }
                }
            } else {
                self.list_topic = None;
            }
            let mut parties = parties(
                text,
                sentence.span(),
                here,
                mentions,
                lex,
                &self.topic,
                &self.recent,
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
                            let defaulted = self.defaulted.last().copied().unwrap_or(false);
                            self.amounts.push(amount(object));
                            self.starts.push(object.start);
                            self.claims.push(copy);
                            self.defaulted.push(defaulted);
                        }
                        continue;
                    }
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
                    ) {
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
                                if let Some(p) = column_predicate(ctx, header, object) {
                                    claim.predicate = p;
                                }
                            }
                            if claim.period.is_none() {
                                if let Some(d) = column_period(header, mentions) {
                                    claim.period = Some(d);
                                    claim.mentions.push(d);
                                    claim.mentions.sort_unstable();
                                }
                            }
                        }
                        if let Some((end, predicate)) = &last {
                            if restates(text, *end, object.start)
                                && restated_as(&claim.predicate, predicate)
                                && lex.predicates.describes(predicate, object.kind())
                            {
                                claim.predicate = predicate.clone();
                            }
                        }
                        if let Some((predicate, period)) =
                            self.consensus_of(&claim, amount(object), si, text, sentence.span())
                        {
                            claim.predicate = predicate;
                            if claim.period.is_none() {
                                if let Some(p) = period.and_then(|p| p.checked_sub(base)) {
                                    claim.period = Some(p);
                                    claim.mentions.push(p);
                                    claim.mentions.sort_unstable();
                                }
                            }
                        }
                        // "forecast revenue of $35bn and a gross margin of
                        // 63%", "cut 5% of its workforce, or 3,600 employees":
                        // a figure with no cue of its own takes the voice of
                        // the one it is coordinated with.
                        if let Some((end, modality)) = last_modality {
                            if defaulted
                                && modality != Modality::Reported
                                && (coordinated(&text[end..object.start])
                                    || apposed(&text[end..object.start]))
                            {
                                claim.modality = modality;
                            }
                        }
                        last_modality = Some((object.end, claim.modality));
                        last = Some((object.end, claim.predicate.clone()));
                        self.amounts.push(amount(&mentions[claim.object]));
                        self.starts.push(object.start);
                        self.claims.push(claim.shifted(base));
                        self.defaulted.push(defaulted);
                    }
                }
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
            if let Some(p) = groups.iter().map(|g| &parties[g.members.start]).find(|p| {
                !p.implied
                    && (p.preposition.is_none() || opens_at(text, sentence.span(), p.span))
                    // Not a subordinate clause's subject ("after OpenAI
                    // launched ChatGPT, Amazon was slower").
                    && !p.subordinate
                    && !p.cited
                    && !appositive(text, sentence.span(), p.span)
                    && !attributive(text, p.span.end, sentence.end)
                    && !inside_any(&figures, p.span)
            }) {
                if self.topic.as_deref() != Some(p.slug.as_str()) {
                    self.topic = Some(p.slug.clone());
                }
            } else if self.topic.is_none() {
                self.topic = parties
                    .iter()
                    .find(|p| p.mention.is_some() && !p.cited && !inside_any(&figures, p.span))
                    .map(|p| p.slug.clone());
            }
            self.lead_named = names_company;
            for p in parties.iter().filter(|p| !p.implied && !p.cited) {
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

    pub(crate) fn finish(mut self) -> Vec<Claim> {
        adopt_restated(&mut self.claims, &self.defaulted, &self.amounts);
        self.claims
    }
}

impl Claim {
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
    let before = text[..object.start].trim_end().strip_suffix('(')?;
    let before = before.trim_end();
    // The sentence's mentions are in text order: the one just before.
    let k = here.partition_point(|&i| mentions[i].start < before.len());
    let prev = *here.get(k.checked_sub(1)?)?;
    (mentions[prev].kind() == Kind::Money && mentions[prev].end == before.len()).then_some(prev)
}

/// The cells of a table row written with pipes ("| Amazon | $125B |"), as
/// byte ranges of `line`; `None` for any other line.
fn table_cells(line: &str) -> Option<Vec<(usize, usize)>> {
    let trimmed = line.trim_end();
    if !trimmed.starts_with('|') || !trimmed.ends_with('|') || trimmed.len() < 3 {
        return None;
    }
    let bars: Vec<usize> = memchr::memchr_iter(b'|', trimmed.as_bytes()).collect();
    Some(bars.windows(2).map(|w| (w[0] + 1, w[1])).collect())
}

/// Whether a table row, of these cells, is the separator under a header
/// ("|---|:--:|").
fn is_separator(line: &str, cells: &[(usize, usize)]) -> bool {
    cells.iter().all(|&(a, b)| {
        let c = line[a..b].trim();
        !c.is_empty() && c.chars().all(|ch| matches!(ch, '-' | ':'))
    })
}

/// How many rows above a table row its header is looked for.
const MAX_TABLE_ROWS: usize = 50;

/// The predicate a pipe-table column's header cell (from [`column_header`])
/// names for `object`: "Capex" is capital expenditure, "YoY" a growth rate.
fn column_predicate(ctx: &Context<'_>, header: Span, object: &Mention) -> Option<String> {
    let cell = &ctx.text[header.start..header.end];
    let table = &ctx.lexicons.predicates;
    let kind = object.kind();
    table
        .find_borrowed(cell)
        .flat_map(|(_, _, entries)| entries.iter().map(|&e| table.entry(e)))
        .filter(|e| e.accepts(kind))
        .min_by_key(|e| e.generic)
        .map(|e| e.predicate.clone())
}

/// The header cell (absolute span) of the pipe-table column a figure
/// stands in: the row above the table's separator row.
fn column_header(ctx: &Context<'_>, si: usize, object: &Mention) -> Option<Span> {
    let text = ctx.text;
    let row = &ctx.sentences[si];
    let line = &text[row.start..row.end];
    let cells = table_cells(line)?;
    let column = cells
        .iter()
        .position(|&(a, b)| row.start + a <= object.start && object.end <= row.start + b)?;
    // Up through the rows to the separator; the header is the row above it.
    let mut k = si;
    let header = loop {
        if k == 0 || si - k > MAX_TABLE_ROWS {
            return None;
        }
        k -= 1;
        let s = &ctx.sentences[k];
        let above = &text[s.start..s.end];
        if is_separator(above, &table_cells(above)?) {
            break ctx.sentences.get(k.checked_sub(1)?)?;
        }
    };
    let (a, b) = *table_cells(&text[header.start..header.end])?.get(column)?;
    Some(Span::new(header.start + a, header.start + b))
}

/// The company a pipe-table column's header names ("| OpenAI |").
fn column_company(header: Span, mentions: &[Mention]) -> Option<&str> {
    within(mentions, header, |m| m.start)
        .iter()
        .find_map(|m| match &m.value {
            Value::Company(c) if m.end <= header.end => Some(c.id.as_str()),
            _ => None,
        })
}

/// The date a pipe-table column's header names ("| 2025 capex |"), as an
/// index into `mentions`, for a figure of the column that has none.
fn column_period(header: Span, mentions: &[Mention]) -> Option<usize> {
    let first = mentions.partition_point(|m| m.start < header.start);
    mentions[first..]
        .iter()
        .take_while(|m| m.start < header.end)
        .position(|m| m.kind() == Kind::Date && m.end <= header.end)
        .map(|k| first + k)
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

/// Whether a figure that found `own` as its predicate takes the predicate
/// `restated` of the figure it restates: when its own says nothing more
/// (`other`), or names the workforce a cut is counted in ("cut 5% of its
/// workforce, or about 3,600 employees" is a cut, not a headcount).
fn restated_as(own: &str, restated: &str) -> bool {
    own == "other" || (own == "headcount" && restated == "job_cuts")
}

/// A name set off by commas after a noun phrase: "its cloud division, AWS."
fn appositive(text: &str, sentence: Span, span: Span) -> bool {
    let before = text[sentence.start..span.start].trim_end();
    let after = text[span.end..sentence.end].trim_start();
    before.ends_with(',') && (after.is_empty() || after.starts_with([',', '.', ';', ')']))
}

/// People nouns that make a company name a modifier, not the subject:
/// "some AWS employees", "Amazon executives".
#[rustfmt::skip]
const ATTRIBUTIVE: &[&str] = &[
    "employee", "employees", "engineer", "engineers", "executive", "executives", "staff",
    "worker", "workers", "customer", "customers", "user", "users", "spokesperson", "spokesman",
    "spokeswoman", "insider", "insiders", "veteran", "veterans", "investors", "shareholders",
];

fn attributive(text: &str, end: usize, limit: usize) -> bool {
    first_word(text[end..limit].trim_start()).is_some_and(|w| listed(w, ATTRIBUTIVE).is_some())
}

/// Whether `span` lies inside one of `sorted` (non-overlapping, by start).
fn inside_any(sorted: &[Span], span: Span) -> bool {
    let i = sorted.partition_point(|f| f.start <= span.start);
    i > 0 && sorted[i - 1].contains(&span)
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
        let mut end = (object.end + WINDOW).min(fenced_to);
        while !text.is_char_boundary(end) {
            end += 1;
        }
        Span::new(start.min(object.start), end.max(object.end))
    }
}

/// The places where a sentence's clauses with their own actors meet: a
/// semicolon, or a comma with one of [`CONTRAST`] after it (the span runs
/// from the mark to the end of the word), either with a subject after it
/// ("; Meta spent", not "; data center revenue $51.2B", which goes on
/// about the same company).
fn fences(text: &str, sentence: Span) -> Vec<Span> {
    let s_text = &text[sentence.start..sentence.end];
    let mut out = Vec::new();
    // Where the clause before the current mark starts (after the last
    // comma or semicolon).
    let mut clause_from = 0;
    for i in memchr::memchr2_iter(b';', b',', s_text.as_bytes()) {
        let at = sentence.start + i;
        let clause = &s_text[clause_from..i];
        clause_from = i + 1;
        match s_text.as_bytes()[i] {
            b';' if opens_subject(s_text[i + 1..].trim_start()) => out.push(Span::new(at, at + 1)),
            b',' => {
                let rest = &s_text[i + 1..];
                let word = rest.trim_start();
                let len = word
                    .find(|c: char| !c.is_ascii_alphabetic())
                    .unwrap_or(word.len());
                let head = &word[..len];
                // ", and Amazon agreed to acquire iRobot": after a clause
                // with a figure of its own (a list of names has none).
                let and_clause =
                    head.eq_ignore_ascii_case("and") && clause.bytes().any(|b| b.is_ascii_digit());
                if (and_clause || CONTRAST.iter().any(|w| w.eq_ignore_ascii_case(head)))
                    && opens_subject(word[len..].trim_start())
                {
                    let end = at + 1 + (rest.len() - word.len()) + len;
                    out.push(Span::new(at, end));
                }
            }
            _ => {}
        }
    }
    out
}

/// Whether `rest` opens with a clause's own subject (see
/// [`SUBJECT_OPENERS`]).
fn opens_subject(rest: &str) -> bool {
    match rest.chars().next() {
        Some(c) if c.is_lowercase() => {
            first_word(rest).is_some_and(|w| listed(w, SUBJECT_OPENERS).is_some())
        }
        Some(_) => true,
        None => false,
    }
}

/// The items of `sorted` (by start) that start inside `window`.
fn within<T>(sorted: &[T], window: Span, start: impl Fn(&T) -> usize) -> &[T] {
    let a = sorted.partition_point(|x| start(x) < window.start);
    let b = sorted.partition_point(|x| start(x) < window.end);
    &sorted[a..b.max(a)]
}

/// The place of `object` among the figures of its kind between a group of
/// `members` companies and a "respectively" after them, when the figures
/// are as many as the members.
fn respective(
    text: &str,
    sentence: Span,
    group: Span,
    members: usize,
    object: &Mention,
    here: &[usize],
    mentions: &[Mention],
) -> Option<usize> {
    let to = crate::numbers::floor_char_boundary(text, (object.end + 200).min(sentence.end));
    let tail = &text[object.end..to.max(object.end)];
    let r = object.end + memchr::memmem::find(tail.as_bytes(), b"respectively")?;
    let figures: Vec<usize> = here
        .iter()
        .copied()
        .filter(|&i| {
            let m = &mentions[i];
            m.kind() == object.kind() && m.start >= group.end && m.end <= r
        })
        .collect();
    if figures.len() != members {
        return None;
    }
    figures
        .iter()
        .position(|&i| mentions[i].start == object.start)
}

/// Whether the text between two figures only coordinates them: "and", "or"
/// and nouns ("and a gross margin of", ", or roughly", "of future lease
/// obligations and achieve annual cost savings of"), no verb of its own
/// (a word in "-ed" or a finite verb), no baseline ("from", "than") and no
/// clause mark.
fn coordinated(between: &str) -> bool {
    if between.contains([';', ':', '(', ')', '—']) {
        return false;
    }
    let words: Vec<&str> = between
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .collect();
    words.len() <= 12
        && words.iter().any(|w| matches!(*w, "and" | "or" | "plus"))
        && !words.iter().any(|w| {
            (w.len() > 3 && w.ends_with("ed") && listed(w, ADJECTIVES_IN_ED).is_none())
                || listed(w, NOT_COORDINATING).is_some()
        })
}

/// Whether a figure stands in apposition right after the one before:
/// "expects operating profit of 3.6 trillion yen, down 24% from last
/// year", "would cut about 2,000 jobs, roughly 3% of its workforce": a
/// comma and at most three words of direction or measure between.
fn apposed(between: &str) -> bool {
    // Up to two words may end the first figure's phrase ("2,000 jobs
    // worldwide, roughly 3%").
    let Some((head, rest)) = between.split_once(',') else {
        return false;
    };
    if head.split_whitespace().count() > 2
        || head
            .split_whitespace()
            .any(|w| (w.len() > 3 && w.ends_with("ed")) || listed(w, NOT_COORDINATING).is_some())
    {
        return false;
    }
    let mut count = 0;
    rest.split_whitespace().all(|w| {
        count += 1;
        count <= 3 && listed(w, APPOSITION_WORDS).is_some()
    })
}

/// Words between a figure's comma and the figure in apposition to it.
#[rustfmt::skip]
const APPOSITION_WORDS: &[&str] = &[
    "down", "up", "roughly", "about", "around", "nearly", "almost", "some", "approximately",
    "or", "just", "over", "under", "more", "less", "than", "a", "an", "rise", "drop", "increase",
    "decline", "gain", "fall", "jump", "of", "representing", "equal", "to",
];

/// Words in "-ed" that describe a figure rather than act: "adjusted
/// earnings of", "diluted".
#[rustfmt::skip]
const ADJECTIVES_IN_ED: &[&str] = &[
    "adjusted", "diluted", "combined", "annualized", "annualised", "consolidated", "related",
    "based", "listed", "estimated", "expected", "projected", "unadjusted", "non-adjusted",
    "weighted", "detailed", "dedicated", "integrated",
];

/// Words that make what follows a figure a clause or a baseline of its own.
#[rustfmt::skip]
const NOT_COORDINATING: &[&str] = &[
    "from", "than", "versus", "vs", "compared", "against", "up", "down", "said", "says", "is",
    "are", "was", "were", "has", "have", "had", "rose", "fell", "grew", "posted", "reported",
    "made", "spent", "paid", "sold", "bought", "won", "lost", "took", "but", "while", "which",
    "who", "that", "it", "analysts", "estimates", "expect", "expects",
    "forecast", "beat", "missed", "respectively",
];

/// Named and referred-to companies of one sentence, in order.
fn parties(
    text: &str,
    sentence: Span,
    here: &[usize],
    mentions: &[Mention],
    lex: &Lexicons,
    topic: &Option<String>,
    recent: &[String],
) -> Vec<Party> {
    // Named companies come in text order and never overlap one another.
    let mut named: Vec<Party> = here
        .iter()
        .filter_map(|&i| match &mentions[i].value {
            Value::Company(c) if !is_credit(text, mentions[i].span()) => Some(party(
                text,
                sentence,
                mentions[i].span(),
                c.id.clone(),
                Some(i),
            )),
            _ => None,
        })
        .collect();
    // Parties referred to, added to the named ones at the end (the look-ups
    // below read the named ones alone).
    let mut referred = Vec::new();
    let s_text = &text[sentence.start..sentence.end];
    let hits: Vec<Hit<'_>> = lex.references.find(s_text);
    // A fixed reference that holds a name is the company it names, not
    // the name inside it: "the Facebook parent" is Meta, not Facebook.
    // (Hits and names are both in text order: one merge, not a scan of the
    // names per hit.)
    let mut inside = vec![false; named.len()];
    let mut held_hits: Vec<usize> = Vec::new();
    for (hi, h) in hits
        .iter()
        .enumerate()
        .filter(|(_, h)| !h.label.starts_with('@'))
    {
        let span = Span::new(sentence.start + h.start, sentence.start + h.end);
        let k = named.partition_point(|p| p.span.start < span.start);
        let mut held = false;
        for (j, p) in named.iter().enumerate().skip(k) {
            if !span.contains(&p.span) {
                break;
            }
            inside[j] = true;
            held = true;
        }
        if held {
            held_hits.push(hi);
            referred.push(party(text, sentence, span, h.label.to_string(), None));
        }
    }
    if inside.contains(&true) {
        let mut j = 0;
        named.retain(|_| {
            j += 1;
            !inside[j - 1]
        });
    }
    let first_named = named.first().map(|p| p.slug.as_str());
    for (hi, h) in hits.into_iter().enumerate() {
        let span = Span::new(sentence.start + h.start, sentence.start + h.end);
        if overlaps_sorted(&named, span) || held_hits.binary_search(&hi).is_ok() {
            continue;
        }
        // "the chipmaker Nvidia": a descriptor of the name after it, which
        // is the party.
        let next = named.partition_point(|p| p.span.start < span.end);
        if named
            .get(next)
            .is_some_and(|p| text[span.end..p.span.start].trim().is_empty())
        {
            continue;
        }
        let before = named.partition_point(|p| p.span.end <= span.start);
        // The nearest named company before it that acts (a few back at most).
        // ("Alphabet, Google's parent company, said that it": not Google.)
        // (A name joined to one a preposition governs shares it: "from
        // SoftBank and Nvidia, lifting its valuation" is not Nvidia's.)
        let governed_list = |k: usize| {
            (1..=k).rev().take(4).any(|j| {
                let (prev, p) = (&named[j - 1], &named[j]);
                prev.span.end <= p.span.start
                    && joins(&text[prev.span.end..p.span.start]).is_some()
                    && prev.preposition.is_some()
                    && !prev.possessive
            }) && named[k].preposition_word.is_none()
        };
        let named_before = named[..before]
            .iter()
            .enumerate()
            .rev()
            .take(8)
            .filter(|&(k, _)| !governed_list(k))
            .map(|(_, p)| p)
            // Nor a maker named inside a count ("an order for 30 Airbus
            // jets, taking its total order to 60").
            .filter(|p| !inside_count(here, mentions, p.span))
            .find(|p| {
                (p.preposition.is_none() || p.possessive)
                    && !(p.possessive && p.after_possessive.is_some())
                    // Not a source: "denied a Financial Times report that
                    // it had made a bid" is the denier's bid.
                    && !p.cited
            })
            .map(|p| p.slug.clone());
        // The sentence's own subject before it, its first company when no
        // preposition governs that: "xAI raised $20bn, valuing the company
        // at $230bn" (not "Facing competition from Microsoft and Google,
        // the tech giant").
        let subject_before = named[..before]
            .first()
            .filter(|p| {
                p.preposition_word.is_none()
                    && !p.possessive
                    && !appositive(text, sentence, p.span)
                    && !attributive(text, p.span.end, sentence.end)
            })
            .map(|p| p.slug.clone());
        // Who the sentence quotes, named after it: "The company cut 14,000
        // jobs, Amazon said."
        let speaker = || {
            named[before..]
                .iter()
                .find(|p| is_speaker(text, sentence, p.span))
                .map(|p| p.slug.clone())
        };
        let slug = match h.label {
            "@topic" => subject_before.or_else(speaker).or_else(|| topic.clone()),
            "@nearest" => named_before.or_else(speaker).or_else(|| topic.clone()),
            // "Anthropic and Amazon declined to comment. The startup's run
            // rate ...": the last company named that is neither listed nor
            // a subsidiary, else as `@other`.
            "@startup" => recent
                .iter()
                .rev()
                .take(STARTUP_REACH)
                .find(|s| unlisted(lex, s))
                .cloned()
                .or_else(|| last_other(recent, first_named.or(topic.as_deref()))),
            "@other" => last_other(recent, first_named.or(topic.as_deref())),
            slug => Some(slug.to_string()),
        };
        if let Some(slug) = slug {
            referred.push(party(text, sentence, span, slug, None));
        }
    }
    // "The Irish airline carried 119.4 million passengers": "The", up to
    // two modifiers and a company's descriptor opening a sentence that
    // names no company refer to the company the text is about, as "The
    // airline" does.
    if referred.is_empty() && named.is_empty() {
        if let (Some(span), Some(slug)) = (descriptor_subject(text, sentence), topic) {
            referred.push(party(text, sentence, span, slug.clone(), None));
        }
    }
    let mut out = named;
    out.extend(referred);
    out.sort_by_key(|p| p.span.start);
    let mut chips = Vec::new();
    for &i in here {
        if let Value::Chip(c) = &mentions[i].value {
            let span = mentions[i].span();
            if overlaps_sorted(&out, span) {
                continue;
            }
            let mut p = party(text, sentence, span, c.vendor.clone(), None);
            p.implied = true;
            chips.push(p);
        }
    }
    out.extend(chips);
    out.sort_by_key(|p| p.span.start);
    out
}

/// Products that stand for their company: `src/lexicon/products.tsv`.
static PRODUCTS: Lazy<(aho_corasick::AhoCorasick, Vec<&'static str>)> = Lazy::new(|| {
    let rows: Vec<(&str, &str)> = include_str!("lexicon/products.tsv")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| l.split_once('\t'))
        .collect();
    let matcher = aho_corasick::AhoCorasickBuilder::new()
        .match_kind(aho_corasick::MatchKind::LeftmostLongest)
        .build(rows.iter().map(|r| r.0))
        .expect("products compile");
    (matcher, rows.iter().map(|r| r.1).collect())
});

/// "Azure revenue grew 38%", "iPhone sales rose 6%": a product named in a
/// sentence with figures implies the company that sells it, as a chip
/// implies its vendor (where no company is named on it).
fn product_parties(text: &str, sentence: Span, parties: &mut Vec<Party>) {
    let (matcher, slugs) = &*PRODUCTS;
    let body = &text[sentence.start..sentence.end];
    let mut added = false;
    for m in matcher.find_iter(body) {
        let span = Span::new(sentence.start + m.start(), sentence.start + m.end());
        if !crate::lexicon::predicates::word_bounded(text, span.start, span.end)
            || overlaps_sorted(parties, span)
        {
            continue;
        }
        let mut p = party(
            text,
            sentence,
            span,
            slugs[m.pattern().as_usize()].to_string(),
            None,
        );
        p.implied = true;
        parties.push(p);
        added = true;
    }
    if added {
        parties.sort_by_key(|p| p.span.start);
    }
}

/// "The Irish airline", "The Dublin-based carrier", "The state oil
/// giant" opening the sentence, before a word that is no preposition: its
/// span.
fn descriptor_subject(text: &str, sentence: Span) -> Option<Span> {
    let s = &text[sentence.start..sentence.end];
    let rest = s.strip_prefix("The ")?;
    let mut end = 4;
    for (k, w) in rest.split(' ').take(3).enumerate() {
        end += w.len();
        if crate::recognize::company::is_descriptor_head(w) {
            let next = s[end..].trim_start().split(' ').next().unwrap_or("");
            let preposition = next.is_empty()
                || listed(
                    next,
                    &[
                        "of", "in", "for", "that", "which", "who", "with", "at", "on", "from", "to",
                    ],
                )
                .is_some();
            return (!preposition && k > 0)
                .then(|| Span::new(sentence.start, sentence.start + end));
        }
        if !w.chars().all(|c| c.is_alphabetic() || c == '-') {
            return None;
        }
        end += 1;
    }
    None
}

/// Whether `span` lies inside a quantity of `here` (mention indices in
/// text order). Only a company or chip may stand inside a figure, so the
/// quantity is among the last few mentions starting at or before it.
fn inside_count(here: &[usize], mentions: &[Mention], span: Span) -> bool {
    let k = here.partition_point(|&i| mentions[i].start <= span.start);
    here[..k].iter().rev().take(3).any(|&i| {
        let m = &mentions[i];
        m.kind() == Kind::Quantity && m.span().contains(&span)
    })
}

/// Whether a name opens its sentence after "At" and before a comma: "At
/// Target, comparable sales fell" is about Target, and so is the "It"
/// that follows.
fn opens_at(text: &str, sentence: Span, span: Span) -> bool {
    text[sentence.start..span.start]
        .trim()
        .eq_ignore_ascii_case("at")
        && text[span.end..sentence.end].starts_with(',')
}

/// Whether `span` overlaps a party of `sorted` (by start, non-overlapping).
fn overlaps_sorted(sorted: &[Party], span: Span) -> bool {
    let i = sorted.partition_point(|p| p.span.start < span.end);
    i > 0 && sorted[i - 1].span.end > span.start
}

/// Plural nouns for a class of companies: as the actor of a figure no
/// company is named for, they make it nobody's claim rather than the
/// topic's. Sources ("analysts", "investors") are not here: "analysts
/// expect revenue of $5bn" is still the topic's revenue, forecast.
#[rustfmt::skip]
const CLASS_NOUNS: &[&str] = &[
    "hyperscalers", "companies", "firms", "rivals", "competitors", "peers", "chipmakers",
    "startups", "start-ups", "giants", "providers", "operators", "labs", "automakers",
    "carmakers", "lenders", "banks", "utilities", "governments", "countries", "players",
    "incumbents", "vendors", "suppliers", "manufacturers", "makers", "developers",
    // Other classes whose totals are no one company's: "U.S. REITs have
    // raised $62 billion", "Premier League clubs' combined revenues",
    // "Chicago soybean futures rose 1.2%".
    "reits", "clubs", "consumers", "shoppers", "households", "funds", "insurers", "airlines",
    "miners", "retailers", "traders", "farmers", "exporters", "importers", "nations",
    "economies", "buyers", "sellers", "futures", "brands", "teams", "studios",
];

/// Whether a class of companies is named in subject position in `before`
/// (the figure's clause up to it), among its first words: "Hyperscalers
/// will spend", "Big Tech companies plan". (Only those: a figure-dense
/// clause must not cost its length per figure.)
fn names_a_class(before: &str) -> bool {
    let words = before
        .split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '&'))
        .filter(|w| !w.is_empty())
        .take(CLASS_SUBJECT_WORDS);
    let mut last = "";
    let mut before_last = "";
    let mut words = words.peekable();
    while let Some(w) = words.next() {
        let big_tech = last.eq_ignore_ascii_case("big") && w.eq_ignore_ascii_case("tech");
        // "the French state": one adjective may stand after "the".
        // "the state oil giant", "state-owned": a company the state owns.
        let adjective = w.eq_ignore_ascii_case("state")
            && words.peek().is_some_and(|n| {
                n.starts_with(|c: char| c.is_lowercase())
                    && listed(n, CLASS_VERBS).is_none()
                    && listed(n, &["said", "says", "owns", "holds", "took", "takes"]).is_none()
            });
        let public = !adjective
            && (is_public_actor(last, w)
                || (before_last.eq_ignore_ascii_case("the") && is_public_actor(before_last, w)));
        before_last = last;
        // "market share", "market value" are a company's.
        let market = listed(w, MARKET_NOUNS).is_some()
            && words
                .peek()
                .is_none_or(|n| listed(n, MARKET_OBJECTS).is_none());
        last = w;
        if big_tech || public || market || listed(w, CLASS_NOUNS).is_some() {
            return true;
        }
    }
    false
}

/// How a clause opens, for the totals of places and markets.
enum Opening {
    /// "China's exports", "the world's chip sales".
    PlacePossessive,
    /// "Global", "U.S.", "Chinese": a scope that may be a company's segment
    /// ("U.S. sales rose 5%") unless the figure is credited to an outside
    /// source.
    Scope,
    Other,
}

/// Words of scope that open a total: regions, nationalities, "global".
#[rustfmt::skip]
const SCOPE_WORDS: &[&str] = &[
    "Global", "Worldwide", "Nationwide", "Industry-wide", "Industrywide", "Domestic", "U.S.",
    "US", "UK", "EU", "American", "Chinese", "European", "Japanese", "Indian", "German",
    "British", "Korean", "Asian", "French", "Italian", "Spanish", "Canadian",
    "Australian", "Brazilian", "Mexican", "Russian", "Swiss", "Dutch", "Swedish", "Taiwanese",
    "African", "Gulf", "Saudi", "Emirati", "Indonesian", "Vietnamese", "Thai",
];

/// Where, in `before` (the text before a figure), a capitalized
/// possessive after "the" ends it: "the Nasdaq's".
fn the_named_possessive(before: &str) -> Option<std::ops::Range<usize>> {
    let mut words = before.split_whitespace().rev();
    let (Some(owner), Some(the)) = (words.next(), words.next()) else {
        return None;
    };
    let stem = ["'s", "\u{2019}s"]
        .iter()
        .find_map(|p| owner.strip_suffix(p))?;
    let named = stem.starts_with(|c: char| c.is_uppercase()) && the.eq_ignore_ascii_case("the");
    let start = before.len() - owner.len();
    named.then_some(start..before.len())
}

/// How the clause `before` opens (after "The").
fn aggregate_opening(before: &str) -> Opening {
    let mut words = before.split_whitespace();
    let Some(mut w) = words.next() else {
        return Opening::Other;
    };
    if w.eq_ignore_ascii_case("the") {
        let Some(next) = words.next() else {
            return Opening::Other;
        };
        w = next;
    }
    let w = w.trim_start_matches(EMPHASIS);
    if let Some(stem) = ["'s", "’s"].iter().find_map(|p| w.strip_suffix(p)) {
        let place = stem == "world" || stem == "U.S." || crate::recognize::company::is_place(stem);
        // "Germany's second-biggest listed lender said": a company named
        // by what it is.
        let descriptor = words.take(4).any(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            crate::recognize::company::is_descriptor_head(w)
                || listed(
                    w,
                    &[
                        "company", "group", "firm", "bank", "maker", "operator", "utility",
                    ],
                )
                .is_some()
        });
        return if place && !descriptor {
            Opening::PlacePossessive
        } else {
            Opening::Other
        };
    }
    // Scopes and places are capitalized: most clauses open otherwise.
    if w.starts_with(|c: char| c.is_uppercase())
        && (SCOPE_WORDS.contains(&w) || crate::recognize::company::is_place(w))
    {
        Opening::Scope
    } else {
        Opening::Other
    }
}

/// A market, an index or an industry as the actor: "The benchmark KOSPI
/// index gained 0.8%", "The AI chip market will grow 30%" is no company's
/// figure.
#[rustfmt::skip]
const MARKET_NOUNS: &[&str] = &[
    "market", "markets", "index", "indexes", "indices", "benchmark", "industry", "sector",
    "economy", "Nasdaq", "S&P", "Dow", "Kospi", "Nikkei", "Sensex", "Nifty", "FTSE", "DAX",
    "Stoxx", "Topix", "Taiex",
];

/// Words after "market" that make it a company's measure or an estimate
/// of its figure: "market share", "market value", "the market consensus".
#[rustfmt::skip]
const MARKET_OBJECTS: &[&str] = &[
    "share", "shares", "value", "cap", "capitalization", "consensus", "expectations",
    "estimate", "estimates", "forecast", "forecasts", "leader", "leadership", "debut",
];

/// Heads of public bodies and titles of office: a figure whose clause opens
/// with one ("The Department of Energy will provide $1.5 billion", "Texas
/// Governor Greg Abbott said the state would add $200 million") is the
/// government's, not the company the text is about. Written capitalized,
/// as names are.
#[rustfmt::skip]
const PUBLIC_HEADS: &[&str] = &[
    "Department", "Ministry", "Commission", "Agency", "Administration", "Authority",
    "Council", "Parliament", "Senate", "Congress", "Government", "Treasury", "Bureau",
    "Pentagon", "Governor", "Mayor", "Senator", "Minister", "Secretary", "Regulators",
    "Regulator", "Lawmakers", "Legislature", "Assembly", "Court", "Judge", "Fed",
    "Reserve", "Cabinet", "Kremlin", "Parliamentarians",
];

/// The same bodies written in lower case after "the" ("the government",
/// "the state"), and plural actors without it ("regulators said").
const PUBLIC_NOUNS: &[&str] = &[
    "government",
    "state",
    "city",
    "county",
    "province",
    "administration",
    "ministry",
    "commission",
    "agency",
    "treasury",
    "legislature",
    "regulator",
    "municipality",
];

/// Whether `w` (after `last`) names a public body or an office holder.
fn is_public_actor(last: &str, w: &str) -> bool {
    match w.as_bytes().first() {
        Some(b) if b.is_ascii_uppercase() => PUBLIC_HEADS.contains(&w),
        Some(_) => {
            (last.eq_ignore_ascii_case("the") && listed(w, PUBLIC_NOUNS).is_some())
                || matches!(
                    w,
                    "regulators" | "lawmakers" | "legislators" | "parliamentary" | "committee"
                )
        }
        None => false,
    }
}

/// Words after a class noun that make it the actor of its clause.
#[rustfmt::skip]
const CLASS_VERBS: &[&str] = &[
    "will", "would", "could", "may", "might", "are", "were", "have", "had", "plan", "planned",
    "expect", "spend", "spent", "invest", "invested", "collectively", "together", "combined",
    "alone", "to",
];

/// Whether a class of companies acts in `between` (the text from the
/// chosen subject to the figure): "that hyperscalers", "hyperscalers will".
fn class_acts(between: &str) -> bool {
    let mut words = between
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .filter(|w| !w.is_empty())
        .peekable();
    let mut prev = "";
    while let Some(w) = words.next() {
        // Every class noun is a plural in "s": most words are turned away
        // by their last letter.
        if w.ends_with('s')
            && listed(w, CLASS_NOUNS).is_some()
            && (prev.eq_ignore_ascii_case("that")
                || words
                    .peek()
                    .is_some_and(|n| listed(n, CLASS_VERBS).is_some()))
        {
            return true;
        }
        prev = w;
    }
    false
}

/// How many words open a clause's subject, for [`names_a_class`].
const CLASS_SUBJECT_WORDS: usize = 8;

/// Verbs that, right after a company named after a comma, make it who
/// the sentence quotes (", Amazon said."). Reporting verbs ("reported",
/// "wrote") are left out: their subject is mostly a news outlet.
const SPEECH_VERBS: &[&str] = &[
    "said",
    "says",
    "announced",
    "confirmed",
    "stated",
    "disclosed",
];

/// Whether a company at `span` is the source a sentence quotes at its end
/// (", Amazon said", ", said Amazon").
fn is_speaker(text: &str, sentence: Span, span: Span) -> bool {
    let before = text[sentence.start..span.start].trim_end();
    let after = text[span.end..sentence.end].trim_start();
    let said_before = split_last_word(before).is_some_and(|(rest, w)| {
        listed(w, SPEECH_VERBS).is_some() && rest.ends_with([',', '"', '”'])
    });
    let said_after = before.ends_with([',', '"', '”'])
        && first_word(after).is_some_and(|w| listed(w, SPEECH_VERBS).is_some());
    said_before || said_after
}

/// The words before a company that make it a source: "according to
/// Gartner", "analysts at Morgan Stanley", "data from IDC".
#[rustfmt::skip]
const CITING: &[(&str, &str)] = &[
    ("according", "to"), ("analysts", "at"), ("analyst", "at"), ("economists", "at"),
    ("strategists", "at"), ("researchers", "at"), ("data", "from"), ("estimates", "from"),
    ("figures", "from"), ("research", "from"), ("report", "from"), ("analysts", "from"),
    ("polled", "by"), ("compiled", "by"), ("surveyed", "by"), ("gathered", "by"),
    ("estimates", "by"), ("data", "by"), ("estimate", "from"), ("forecast", "from"),
];

/// Whether a source noun follows a name: "Jefferies analysts". Looked at
/// for every party of every figure, so the first letter decides first.
fn source_noun_after(after: &str) -> bool {
    let Some(rest) = after.strip_prefix(' ') else {
        return false;
    };
    rest.starts_with(['a', 'e', 's', 'r', 'd'])
        && first_word(rest).is_some_and(|w| listed(w, SOURCE_NOUNS).is_some())
}

/// Words after a company that make it the source of an estimate: "Jefferies
/// analysts", "Goldman Sachs economists".
const SOURCE_NOUNS: &[&str] = &[
    "analyst",
    "analysts",
    "economist",
    "economists",
    "strategist",
    "strategists",
    "researchers",
    "estimates",
    "data",
];

/// [`is_cited`] for a party, whose word before (kept when it is a
/// preposition) says at once whether it can be.
/// Words that open an aside between commas: participles of founding,
/// owning and leading, and relative words.
#[rustfmt::skip]
const ASIDE_OPENERS: &[&str] = &[
    "founded", "co-founded", "cofounded", "led", "backed", "owned", "run", "started",
    "created", "headed", "which", "who", "whose", "formerly", "once", "now",
];

/// "Reliance Jio, the digital unit of Reliance Industries, reported":
/// a noun phrase in apposition to the name before the comma, ending in
/// "of" right before the party, describes that name; the party is no actor
/// of the sentence.
fn appositive_of(head: &str, aside: &str) -> bool {
    // Counted, not collected: this runs for every party after a comma.
    let mut words = aside.split_whitespace();
    let Some(first) = words.next() else {
        return false;
    };
    let (mut count, mut last) = (1, first);
    for w in words.by_ref().take(6) {
        count += 1;
        last = w;
    }
    (2..=6).contains(&count)
        && listed(first, &["the", "a", "an"]).is_some()
        && last == "of"
        && last_word(head).is_some_and(|w| w.starts_with(|c: char| c.is_uppercase()))
}

/// How far (bytes) an aside may run.
const ASIDE_REACH: usize = 120;

/// Whether `span` stands in an aside: after a comma whose next word opens
/// one, with another comma after it in the sentence, all close by.
fn in_aside(text: &str, sentence: Span, span: Span) -> bool {
    let from = crate::numbers::floor_char_boundary(text, span.start.saturating_sub(ASIDE_REACH))
        .max(sentence.start);
    let before = &text[from..span.start];
    let Some(comma) = before.rfind(',') else {
        return false;
    };
    let opens = first_word(before[comma + 1..].trim_start())
        .is_some_and(|w| listed(w, ASIDE_OPENERS).is_some())
        || appositive_of(&before[..comma], &before[comma + 1..]);
    let to = crate::numbers::floor_char_boundary(text, (span.end + ASIDE_REACH).min(sentence.end));
    opens && text[span.end..to.max(span.end)].contains(',')
}

/// Whether a party is a source cited: after "according to", "analysts at",
/// "polled by"..., or before "analysts".
fn is_source(text: &str, sentence: Span, span: Span, preposition_word: Option<&str>) -> bool {
    let after = text[span.end..sentence.end].trim_start_matches(EMPHASIS);
    (matches!(preposition_word, Some("to" | "at" | "from" | "by"))
        && is_cited(text, sentence, span))
        || source_noun_after(after)
        // "per PitchBook data", "per Dealogic figures".
        || (after_per(text[sentence.start..span.start].trim_end_matches(EMPHASIS))
            && after.starts_with(' ')
            && first_word(after.trim_start()).is_some_and(|w| {
                listed(w, &["data", "figures", "estimates", "research", "analysis"]).is_some()
            }))
        || reported_by(text, sentence, span)
}

/// Whether `before` ends with the word "per" and a space: bytes compared,
/// as this is asked of every party.
fn after_per(before: &str) -> bool {
    let b = before.as_bytes();
    b.len() >= 4
        && b[b.len() - 4..].eq_ignore_ascii_case(b"per ")
        && (b.len() == 4 || !b[b.len() - 5].is_ascii_alphanumeric())
}

/// Whether a name is the outlet of a report: "denying a Nikkei report
/// that", "according to a Bloomberg News story" (an article before the
/// name, so that "Nvidia reports revenue" stays a company acting).
fn reported_by(text: &str, sentence: Span, span: Span) -> bool {
    let after = &text[span.end..sentence.end];
    let Some(rest) = after.strip_prefix(' ') else {
        return false;
    };
    rest.starts_with(['r', 's', 'p', 'a'])
        && first_word(rest).is_some_and(|w| {
            listed(
                w,
                &[
                    "report", "reports", "story", "survey", "poll", "analysis", "article",
                ],
            )
            .is_some()
        })
        && last_word(text[sentence.start..span.start].trim_end())
            .is_some_and(|w| listed(w, &["a", "an", "the"]).is_some())
}

/// Brokers and research houses: `src/lexicon/brokers.txt`.
static BROKERS: Lazy<Vec<&'static str>> = Lazy::new(|| {
    // Sorted, for a binary search: this is asked of every party.
    let mut v: Vec<&str> = crate::lexicon::line_set(include_str!("lexicon/brokers.txt"))
        .into_iter()
        .collect();
    v.sort_unstable();
    v
});

/// Verbs of estimating after a broker: "Bernstein expects", "Jefferies
/// now estimates".
const ESTIMATING: &[&str] = &[
    "expects",
    "expected",
    "estimates",
    "estimated",
    "forecasts",
    "forecast",
    "predicts",
    "predicted",
    "projects",
    "projected",
    "sees",
    "models",
    "reckons",
    "thinks",
    "believes",
];

/// Whether a broker or research house named at `span` estimates what
/// follows ("Bernstein expects fiscal 2028 revenue of $370bn"): its source,
/// not its subject. Not when it speaks of its own ("expects its", "expects
/// to").
fn broker_estimating(text: &str, sentence: Span, span: Span, slug: &str) -> bool {
    let mut words = text[span.end..sentence.end].split_whitespace();
    let mut verb = words.next();
    if verb.is_some_and(|w| w == "now" || w == "also") {
        verb = words.next();
    }
    // Asked of every party: every verb of estimating ends in "s", "d" or
    // "t", a byte test before the list and the broker search.
    if !verb.is_some_and(|w| w.len() >= 4 && w.ends_with(['s', 'd', 't']))
        || BROKERS.binary_search(&slug).is_err()
    {
        return false;
    }
    verb.is_some_and(|w| listed(w, ESTIMATING).is_some())
        && words
            .next()
            .is_some_and(|n| listed(n, &["its", "to", "that", "it"]).is_none())
}

/// News outlets: `src/lexicon/outlets.txt`.
static OUTLETS: Lazy<HashSet<&'static str>> =
    Lazy::new(|| crate::lexicon::line_set(include_str!("lexicon/outlets.txt")));

/// Whether a news outlet is credited with the report in a clause of its
/// own: ", Bloomberg News reported.", ", the Financial Times reported,
/// citing".
fn outlet_credit(text: &str, sentence: Span, span: Span, slug: &str) -> bool {
    if !OUTLETS.contains(slug) {
        return false;
    }
    let after = text[span.end..sentence.end].trim_start_matches(' ');
    let after = after.strip_prefix("News ").unwrap_or(after);
    let verb = first_word(after).is_some_and(|w| {
        listed(
            w,
            &[
                "reported",
                "reports",
                "said",
                "says",
                "wrote",
                "reporting",
                "cited",
            ],
        )
        .is_some()
    });
    let before = text[sentence.start..span.start].trim_end();
    let before = before
        .strip_suffix("the")
        .or_else(|| before.strip_suffix("The"))
        .unwrap_or(before)
        .trim_end();
    verb && (before.ends_with(',') || before.is_empty())
}

/// Whether a company is a source cited ("according to", "analysts at"):
/// it backs the sentence's figures, it is not what the text is about nor
/// a party the next sentence refers back to.
fn is_cited(text: &str, sentence: Span, span: Span) -> bool {
    let Some((mut rest, mut prep)) =
        split_last_word(text[sentence.start..span.start].trim_end_matches(EMPHASIS))
    else {
        return false;
    };
    // A descriptor between ("according to broker Aon", "data from
    // consultancy DealForma"): up to three words back from its head.
    if crate::recognize::company::is_descriptor_head(prep) {
        for _ in 0..DESCRIPTOR_WORDS {
            let Some((left, w)) = split_last_word(rest) else {
                break;
            };
            (rest, prep) = (left, w);
            if !w.chars().all(|c| c.is_alphabetic() || c == '-')
                || !w.starts_with(|c: char| c.is_lowercase())
                || CITING.iter().any(|(_, p)| p.eq_ignore_ascii_case(w))
            {
                break;
            }
        }
    }
    let Some(head) = last_word(rest) else {
        return false;
    };
    CITING
        .iter()
        .any(|(h, p)| h.eq_ignore_ascii_case(head) && p.eq_ignore_ascii_case(prep))
}

/// A wire service's credit in a dateline, "SAN FRANCISCO, March 3
/// (Reuters) - Broadcom...": a name alone in parentheses with a dash after
/// them. It says who wrote the story, not who did anything in it, so it
/// takes no part in claims (it stays a company mention).
fn is_credit(text: &str, span: Span) -> bool {
    let before = text[..span.start].trim_end_matches([' ', '\u{a0}']);
    let after = text[span.end..].trim_start_matches([' ', '\u{a0}']);
    let Some(after) = after.strip_prefix(')') else {
        return false;
    };
    before.ends_with('(')
        && after
            .trim_start_matches([' ', '\u{a0}'])
            .starts_with(['-', '–', '—'])
}

/// Markdown emphasis, as AI digests write names ("per **PitchBook**
/// data"): the rules that read the words next to a name read past it.
const EMPHASIS: [char; 2] = ['*', '_'];

fn party(text: &str, sentence: Span, span: Span, slug: String, mention: Option<usize>) -> Party {
    let after = text[span.end..sentence.end].trim_start_matches(EMPHASIS);
    let possessive = ["'s", "’s", "'", "’"].iter().any(|p| {
        after.starts_with(p) && !after[p.len()..].starts_with(|c: char| c.is_alphanumeric())
    }) || text[span.start..span.end].eq_ignore_ascii_case("its");
    let after_possessive = if possessive {
        let rest = after.trim_start_matches(['\'', '’', 's']).trim_start();
        // The relational noun may follow up to two modifiers: "Nike's
        // German rival", "SK Hynix's largest shareholder", "Google's
        // parent company".
        let mut rest = rest;
        let mut found = None;
        for k in 0..3 {
            let Some(w) = first_word(rest) else { break };
            if let Some(r) = listed(w, RELATIONAL) {
                found = Some(r);
                break;
            }
            // (A capitalized modifier, a nationality or a place; "its
            // cloud division, AWS" names what the budget goes to.)
            let modifier = listed(w, RELATION_ADJECTIVES).is_some()
                || (k < 2
                    && w.starts_with(|c: char| c.is_uppercase())
                    && w.chars().all(|c| c.is_alphabetic()));
            if !modifier {
                break;
            }
            rest = rest[w.len()..].trim_start();
        }
        found
    } else {
        None
    };
    let before = text[sentence.start..span.start].trim_end_matches(EMPHASIS);
    // Only words of the lists the rules test are kept.
    let governing = governing_word;
    // A descriptor may stand between the verb or preposition and the name:
    // "acquire startup Wiz", "bought Israeli chip designer Mellanox", "in
    // AI lab Anthropic". Up to three words back, none glued to punctuation.
    let mut preposition_word = None;
    if let Some((mut rest, w)) = split_last_word(before) {
        preposition_word = governing(w);
        // "agreed to pay China's Jiangsu Hengrui": a place's possessive
        // stands between the verb and the name.
        if preposition_word.is_none() && w == "s" {
            let owner = ["'", "’"]
                .iter()
                .find_map(|a| rest.strip_suffix(a))
                .and_then(split_last_word)
                .filter(|(_, place)| crate::recognize::company::is_place(place));
            if let Some((left, v)) = owner.and_then(|(left, _)| split_last_word(left)) {
                preposition_word = governing(v);
                rest = left;
            }
        }
        // Only past a descriptor's head noun, the rare case: this runs for
        // every company named.
        if preposition_word.is_none() && crate::recognize::company::is_descriptor_head(w) {
            for _ in 0..DESCRIPTOR_WORDS {
                let Some((left, w)) = split_last_word(rest) else {
                    break;
                };
                if let Some(g) = governing(w) {
                    preposition_word = Some(g);
                    break;
                }
                // "U.S. engineering software firm Altair": an abbreviation
                // in capitals and dots is a plain word too.
                let plain = w.chars().all(|c| c.is_alphabetic() || c == '-')
                    || (w.contains('.') && w.chars().all(|c| c.is_ascii_uppercase() || c == '.'));
                if !plain || NOT_DESCRIPTORS.iter().any(|n| n.eq_ignore_ascii_case(w)) {
                    break;
                }
                rest = left;
            }
        }
    }
    // "after Nvidia agreed to invest": a conjunction opening a clause
    // whose subject the company is, not a preposition governing it.
    let subordinate = matches!(
        preposition_word,
        Some("after" | "before" | "since" | "until")
    ) && mention.is_some()
        && !possessive
        && first_word(after.trim_start()).is_some_and(finite_verb);
    let preposition = preposition_word.filter(|w| OBLIQUE.contains(w) && !subordinate);
    Party {
        implied: false,
        cited: is_source(text, sentence, span, preposition_word)
            || outlet_credit(text, sentence, span, &slug),
        broker: broker_estimating(text, sentence, span, &slug),
        aside: in_aside(text, sentence, span),
        subordinate,
        preposition_word,
        span,
        slug,
        possessive,
        mention,
        preposition,
        after_possessive,
    }
}

/// Whether a word reads as a finite verb after a subject: a past form in
/// "-ed" or a common auxiliary or irregular verb.
fn finite_verb(w: &str) -> bool {
    (w.len() > 4 && w.ends_with("ed"))
        || listed(
            w,
            &[
                "said",
                "says",
                "will",
                "would",
                "could",
                "can",
                "may",
                "might",
                "has",
                "had",
                "have",
                "is",
                "was",
                "are",
                "were",
                "plans",
                "agreed",
                "bought",
                "sold",
                "won",
                "made",
                "took",
                "cut",
                "spent",
                "paid",
                "raised",
                "struck",
                "signed",
                "unveiled",
                "announced",
                "reported",
                "posted",
                "began",
                "got",
                "gave",
                "agrees",
                "buys",
                "sells",
                "makes",
                "takes",
                "cuts",
                "spends",
                "pays",
                "raises",
                "signs",
            ],
        )
        .is_some()
}

/// The entry of [`OBLIQUE`], [`OBJECT_VERBS`] or [`GOVERNED_AFTER`] (in
/// that order) that `w` is, in any case: asked of the word before every
/// company named, so looked up in one table rather than three list scans.
fn governing_word(w: &str) -> Option<&'static str> {
    static TABLE: once_cell::sync::Lazy<HashMap<&'static str, &'static str>> =
        once_cell::sync::Lazy::new(|| {
            let mut t = HashMap::new();
            for &e in OBLIQUE.iter().chain(OBJECT_VERBS).chain(GOVERNED_AFTER) {
                t.entry(e).or_insert(e);
            }
            t
        });
    let mut buf = [0u8; 24];
    let bytes = w.as_bytes();
    if bytes.len() > buf.len() || !w.is_ascii() {
        return None;
    }
    for (b, c) in buf.iter_mut().zip(bytes) {
        *b = c.to_ascii_lowercase();
    }
    let lower = std::str::from_utf8(&buf[..bytes.len()]).ok()?;
    TABLE.get(lower).copied()
}

fn first_word(s: &str) -> Option<&str> {
    let end = s
        .char_indices()
        .find(|&(_, c)| !(c.is_alphanumeric() || c == '-'))
        .map_or(s.len(), |(i, _)| i);
    let w = &s[..end];
    (!w.is_empty()).then_some(w)
}

/// The entry of a lower-case word list that `word` is, in any case.
fn listed(word: &str, list: &[&'static str]) -> Option<&'static str> {
    if word.is_ascii() {
        // Length and first letter turn away almost every entry before a
        // whole comparison.
        let (len, first) = (word.len(), word.as_bytes().first()?.to_ascii_lowercase());
        list.iter().copied().find(|w| {
            w.len() == len
                && w.as_bytes().first().map(u8::to_ascii_lowercase) == Some(first)
                && w.eq_ignore_ascii_case(word)
        })
    } else {
        let lower = word.to_lowercase();
        list.iter().copied().find(|w| *w == lower)
    }
}

fn last_word(s: &str) -> Option<&str> {
    let trimmed = s.trim_end();
    let start = trimmed
        .char_indices()
        .rev()
        .find(|(_, c)| !(c.is_alphanumeric() || *c == '.' || *c == '-'))
        .map(|(i, c)| i + c.len_utf8())
        .unwrap_or(0);
    let w = &trimmed[start..];
    (!w.is_empty()).then_some(w)
}

/// The last word of `s` ([`last_word`]) and the text before it, trimmed at
/// its end: how the rules step back word by word ("acquired by", "analysts
/// at", "from the").
fn split_last_word(s: &str) -> Option<(&str, &str)> {
    let w = last_word(s)?;
    let trimmed = s.trim_end();
    Some((trimmed[..trimmed.len() - w.len()].trim_end(), w))
}

/// Joins parties separated only by commas, "and", "&" (a ticker in
/// parentheses or a possessive between is fine).
fn groups(text: &str, parties: &[Party], fences: &[Span]) -> Vec<Group> {
    let mut out: Vec<Group> = Vec::with_capacity(parties.len());
    // Whether each group's joins included a conjunction: "A, B" alone is an
    // apposition ("Alphabet, Google's parent"), "A, B and C" a list.
    let mut listed: Vec<bool> = Vec::with_capacity(parties.len());
    for (i, p) in parties.iter().enumerate() {
        if let (Some(last), Some(flag)) = (out.last_mut(), listed.last_mut()) {
            let prev = &parties[last.members.end - 1];
            // Only named companies form lists: "Microsoft and its $300bn
            // deals" is not a list of two.
            let named = prev.mention.is_some() && p.mention.is_some();
            // No list across a clause fence (", and Google invested"). The
            // fences are in order: the first at or after the earlier name.
            let k = fences.partition_point(|f| f.start < prev.span.end);
            let fenced = fences.get(k).is_some_and(|f| f.end <= p.span.start);
            if named && !fenced && prev.span.end <= p.span.start {
                if let Some(conj) = joins(&text[prev.span.end..p.span.start]) {
                    last.members.end = i + 1;
                    last.span.end = p.span.end;
                    *flag |= conj;
                    continue;
                }
            }
        }
        out.push(Group {
            members: i..i + 1,
            span: p.span,
        });
        listed.push(false);
    }
    if out
        .iter()
        .zip(&listed)
        .all(|(g, &conj)| conj || g.members.len() == 1)
    {
        return out;
    }
    let mut split = Vec::with_capacity(parties.len());
    for (g, conj) in out.into_iter().zip(listed) {
        if conj || g.members.len() == 1 {
            split.push(g);
        } else {
            split.extend(g.members.map(|m| Group {
                members: m..m + 1,
                span: parties[m].span,
            }));
        }
    }
    split
}

/// Whether the text between two parties joins them, and whether the join
/// holds a conjunction.
fn joins(between: &str) -> Option<bool> {
    // Markdown emphasis around the names: "**Microsoft** and **Nvidia**".
    let mut s = between.trim().trim_matches(EMPHASIS).trim();
    // A ticker: "(MSFT)".
    if s.starts_with('(') {
        if let Some(close) = s.find(')') {
            s = s[close + 1..].trim_start();
        }
    }
    let s = s.trim_start_matches(['\'', '’', 's']).trim();
    let s = s.trim_matches(EMPHASIS).trim();
    match s {
        "," => Some(false),
        "and" | ", and" | "&" | ", &" | "or" | ", or" => Some(true),
        _ => None,
    }
}

#[allow(clippy::too_many_arguments)]
fn claim_for(
    ctx: &Context<'_>,
    facts: &Facts,
    si: usize,
    oi: usize,
    mentions: &[Mention],
    here: &[usize],
    parties: &[Party],
    groups: &[Group],
    topic: &Option<String>,
) -> Option<(Claim, bool)> {
    let text = ctx.text;
    let object = &mentions[oi];
    let sentence = facts.sentence;
    // "about $9.8 billion, plus or minus $300 million": a margin of the
    // figure before, no claim of its own.
    if crate::affix::ends_with_ignore_case(
        text[sentence.start..object.start].trim_end(),
        "plus or minus",
    ) {
        return None;
    }
    let window = facts.near(text, object.span());
    // Companies inside the figure ("tens of thousands of AWS customers") are
    // not its actors, nor are sources cited ("analysts at Jefferies",
    // "polled by LSEG", "Jefferies analysts").
    let usable: Vec<&Group> = within(groups, window, |g| g.span.start)
        .iter()
        .filter(|g| {
            let p = &parties[g.members.start];
            // Nor a maker named inside a count: "ordered 32 Airbus jets".
            !object.span().contains(&g.span)
                && !p.cited
                && !p.aside
                && !inside_count(facts.here, mentions, g.span)
                && !p.broker
        })
        .collect();
    let has_party = !usable.is_empty();
    let predicate = refine_predicate(ctx, facts, window, object, has_party)?;
    // What is valued is the company named last before the figure, whatever
    // its role: "invest $40bn in OpenAI at a $300bn valuation".
    let first = |g: &&&Group| &parties[g.members.start];
    let subject_group = match predicate.as_str() {
        // Not the investors a round is "led by" or comes "from": "a Series
        // D led by ASML, valuing the Paris-based model maker at €28bn".
        "valuation" => usable
            .iter()
            .rev()
            .find(|g| {
                g.span.end <= object.start
                    && !matches!(
                        first(g).preposition,
                        Some("by" | "from" | "with" | "including")
                    )
            })
            .copied()
            .or_else(|| subject_group(text, object.span(), parties, &usable)),
        // "Ansys was acquired by Synopsys": the agent of a passive deal
        // verb is who acts.
        "acquisition" | "investment" | "contract_value" => usable
            .iter()
            .find(|g| passive_agent(text, facts.sentence, first(g).span))
            .copied()
            .or_else(|| subject_group(text, object.span(), parties, &usable)),
        // "a $6.6 billion funding round for OpenAI": who raises it.
        "funding_round" => usable
            .iter()
            .find(|g| first(g).preposition_word == Some("for"))
            .copied()
            .or_else(|| subject_group(text, object.span(), parties, &usable)),
        _ => subject_group(text, object.span(), parties, &usable),
    };
    // "Analysts at Morgan Stanley estimate that hyperscalers will spend",
    // "Hyperscalers will spend ~$320B, Morgan Stanley said": the class acts,
    // the company only speaks of it.
    if let Some(g) = subject_group {
        let between = if g.span.end <= object.start {
            &text[g.span.end.max(window.start)..object.start]
        } else {
            &text[window.start..object.start]
        };
        if class_acts(between) {
            return None;
        }
    }
    // "lagging the Nasdaq's 14% rise": the figure of a named thing that is
    // no company (an index, a programme), nobody's.
    let before = before_figure(text, facts.sentence, object.start);
    if let Some(owner) = the_named_possessive(before) {
        let owner = Span::new(
            facts.sentence.start + owner.start,
            facts.sentence.start + owner.end,
        );
        if !parties.iter().any(|p| p.span.overlaps(&owner)) {
            return None;
        }
    }
    let mut subjects: Vec<String> = match subject_group {
        Some(g) => g.members.clone().map(|i| parties[i].slug.clone()).collect(),
        // "Hyperscalers will spend ~$320B": a class of companies acts, not
        // the one the text is about.
        None if names_a_class(&text[window.start..object.start]) => return None,
        // "China's online retail sales rose 6.4%", "U.S. holiday sales are
        // expected to rise 4%, the National Retail Federation forecast": a
        // place's or the world's total, no company's.
        None if match aggregate_opening(&text[window.start..object.start]) {
            Opening::PlacePossessive => true,
            Opening::Scope => modality::credited_outside(text, facts.sentence, object.span()),
            Opening::Other => false,
        } =>
        {
            return None
        }
        // "Broadcom reports on Thursday; analysts expect revenue of
        // $14.6bn": the sentence's own subject, named beyond the figure's
        // clause, before the company of earlier sentences.
        None => parties
            .iter()
            .take(MAX_SUBJECT_SCAN)
            .find(|p| {
                sentence.start <= p.span.start
                    && p.span.end <= object.start
                    && p.mention.is_some()
                    && p.preposition.is_none()
                    && !p.possessive
                    && !(p.cited || p.aside || p.subordinate || p.implied)
                    && !p.broker
            })
            .map(|p| p.slug.clone())
            .or_else(|| topic.clone())
            .into_iter()
            .collect(),
    };
    dedup(&mut subjects);
    // "UBS lifted its target to 680 francs", "a price target of HK$145 on
    // BYD", "cut their Tesla target to $290": a broker's price target is a
    // forecast of the covered company's share price, never the broker's
    // own figure. The covered company is the one after "on", else the one
    // naming the target, else the company the text is about.
    // The parties of the figure's window, for the price-target and
    // deal-party rules below.
    let near = within(parties, window, |p| p.span.start);
    let target = price_target(text, window, object);
    if let Some(word) = target {
        let on = near.iter().find(|p| {
            p.span.start > word.start
                && last_word(&text[window.start..p.span.start])
                    .is_some_and(|w| w.eq_ignore_ascii_case("on"))
        });
        let naming = near.iter().find(|p| {
            p.mention.is_some()
                && p.span.end <= word.start
                && text[p.span.end..word.start]
                    .trim()
                    .trim_start_matches(['\'', '’', 's'])
                    .split_whitespace()
                    .all(|w| w.eq_ignore_ascii_case("price") || w.eq_ignore_ascii_case("share"))
        });
        match on
            .or(naming)
            .map(|p| p.slug.clone())
            .or_else(|| topic.clone())
        {
            Some(covered) => subjects = vec![covered],
            None => return None,
        }
    }
    if subjects.is_empty() {
        return None;
    }
    // "Bank of America and Citigroup posted profits of $7.6 billion and
    // $4.1 billion, respectively": the k-th figure is the k-th member's.
    if let Some(g) = subject_group.filter(|g| g.members.len() >= 2) {
        let members = g.members.len();
        if let Some(k) = respective(
            text,
            facts.sentence,
            g.span,
            members,
            object,
            here,
            mentions,
        ) {
            subjects = vec![parties[g.members.start + k].slug.clone()];
        }
    }
    // The other party: named after "with", "in", "for"... behind the
    // figure, or the object of a verb of buying or selling anywhere near.
    let counterparty = usable
        .iter()
        .filter(|g| {
            let p = &parties[g.members.start];
            governed_by_verb(p)
                || (g.span.start >= object.span().end
                    && p.preposition.is_some_and(|w| COUNTERPARTY.contains(&w)))
        })
        .map(|g| parties[g.members.start].slug.clone())
        .find(|s| !subjects.contains(s));
    // What is invested in may be named before the sum: "bought a 49% stake
    // in Scale AI for $14.3 billion".
    let counterparty = match predicate.as_str() {
        "investment" => counterparty.or_else(|| {
            usable
                .iter()
                .rev()
                .filter(|g| g.span.end <= object.start)
                .map(|g| &parties[g.members.start])
                .find(|p| matches!(p.preposition, Some("in" | "into")))
                .map(|p| p.slug.clone())
                .filter(|s| !subjects.contains(s))
        }),
        _ => counterparty,
    };
    // "Intel received a $2 billion investment from SoftBank": the company
    // it comes from invests in the one that receives it; in the figure's
    // own clause ("will invest $30bn in OpenAI, with the rest coming from
    // Microsoft" is SoftBank's).
    let investor = (predicate == "investment")
        .then(|| {
            usable
                .iter()
                .filter(|g| {
                    g.span.start >= object.span().end
                        && !text[object.end..g.span.start].contains([',', ';'])
                })
                .map(|g| &parties[g.members.start])
                .find(|p| p.preposition_word == Some("from"))
                .map(|p| p.slug.clone())
        })
        .flatten()
        .filter(|s| !subjects.contains(s));
    let counterparty = match investor {
        Some(inv) => {
            let receiver = subjects.first().cloned();
            subjects = vec![inv];
            receiver
        }
        None => counterparty,
    };
    let predicate = match predicate.as_str() {
        // "agreed to sell its 80% stake in the mine to Zijin Mining for
        // $3.2 billion": the price a verb of sale or purchase names. (A
        // stake bought in a company stays an investment in it: "Meta
        // bought a 49% stake in Scale AI for $14.3 billion".)
        "investment" | "capital_expenditure" | "spending"
            if object.kind() == Kind::Money
                && (predicate != "investment" || counterparty.is_none())
                && price_of_transfer(text, window, object.start) =>
        {
            "acquisition".to_string()
        }
        "investment"
            if counterparty.is_none()
                && object.kind() == Kind::Money
                && !invested_in_a_holding(&text[object.end..window.end]) =>
        {
            "capital_expenditure".to_string()
        }
        _ => predicate,
    };
    // Chips counted change hands or are built with a partner: like a
    // deal, the claim has both parties ("sold Anthropic 1mn TPUs").
    let chips =
        matches!(&object.value, Value::Quantity(q) if CHIP_UNITS.contains(&q.unit.as_str()));
    let counterparty = match predicate.as_str() {
        // A deal always has another party, named or not after "with".
        "investment" | "contract_value" | "acquisition" => {
            let nearby: Vec<Party> = within(parties, window, |p| p.span.start)
                .iter()
                .filter(|p| !p.cited)
                .cloned()
                .collect();
            counterparty.or_else(|| other_party(object.span(), &nearby, &subjects))
        }
        "funding_round" => counterparty,
        _ if chips => {
            // Not the vendor named inside the count ("350,000 Nvidia GPUs").
            let nearby: Vec<Party> = within(parties, window, |p| p.span.start)
                .iter()
                .filter(|p| !object.span().contains(&p.span))
                .cloned()
                .collect();
            counterparty.or_else(|| other_party(object.span(), &nearby, &subjects))
        }
        _ => None,
    };
    // A deal's subjects are both parties (SPEC.md): a contract, a takeover;
    // in the order the clause names them ("AMD completed the acquisition of
    // ZT Systems", "Oracle agreed to supply OpenAI"), but an agent after
    // "by" first ("Ansys was acquired by Synopsys").
    if matches!(predicate.as_str(), "contract_value" | "acquisition") || chips {
        if let Some(c) = &counterparty {
            if !subjects.contains(c) {
                subjects.push(c.clone());
            }
        }
        // The party the claim chose may be the deal's object: after "of"
        // ("completed the acquisition of ZT Systems") or right after a
        // verb ("agreed to supply OpenAI"), with the other party before it
        // in the same clause: then that one comes first.
        let nearest = |slug: &String| {
            near.iter()
                .filter(|p| &p.slug == slug && facts.sentence.start <= p.span.start)
                .min_by_key(|p| p.span.start.abs_diff(object.start))
        };
        if let [a, b] = subjects.as_slice() {
            if let (Some(pa), Some(pb)) = (nearest(a), nearest(b)) {
                let object_of_deal = pa.preposition_word == Some("of")
                    || last_word(&text[facts.sentence.start..pa.span.start]).is_some_and(|w| {
                        w.len() > 2
                            && w.bytes().all(|c| c.is_ascii_lowercase())
                            && !NOT_VERBS_BEFORE_OBJECT.contains(&w)
                    });
                if pb.span.end <= pa.span.start
                    && object_of_deal
                    && !pb.subordinate
                    && !text[pb.span.end..pa.span.start].contains([',', ';'])
                {
                    subjects.swap(0, 1);
                }
            }
        }
    }
    // Said by one of the subjects: ", the company said", "Nvidia said".
    // (The parties near the figure only: a long sentence has many.)
    let own = within(parties, window, |p| p.span.start).iter().any(|p| {
        subjects.contains(&p.slug)
            && (is_speaker(text, facts.sentence, p.span)
                || first_word(text[p.span.end..facts.sentence.end].trim_start())
                    .is_some_and(|w| listed(w, SPEECH_VERBS).is_some()))
    });
    let voice = Voice {
        sentence: facts.sentence,
        own,
        cues: facts.cues(),
    };
    let (modality, defaulted) = match target {
        Some(_) => (Modality::Forecast, false),
        None => modality_for(ctx, window, object.span(), voice),
    };
    // "Bernstein expects fiscal 2028 revenue of $370bn, with Rubin
    // accounting for more than 60%": what a broker estimates is a forecast.
    let modality = match modality {
        Modality::Planned | Modality::Reported
            if within(parties, window, |p| p.span.start)
                .iter()
                .any(|p| p.span.end <= object.start && p.broker) =>
        {
            Modality::Forecast
        }
        m => m,
    };
    let nearby = within(here, window, |&i| mentions[i].start);
    // A share price moves by the day: "fell 11% on Thursday".
    let days = predicate == "stock_change";
    let period = period_for(text, facts.sentence, object.span(), nearby, mentions, days);
    let mut used = vec![oi];
    used.extend(period);
    if let Some(g) = subject_group {
        used.extend(g.members.clone().filter_map(|i| parties[i].mention));
    }
    used.sort_unstable();
    used.dedup();
    Some((
        Claim {
            subjects,
            counterparty,
            predicate,
            object: oi,
            period,
            modality,
            sentence: si,
            evidence: sentence,
            mentions: used,
        },
        defaulted,
    ))
}

/// The word "target" that makes a share-price figure a broker's price
/// target: a money figure without a scale (a share price, not "a $10
/// billion revenue target") with "target" a few words before it in its
/// window ("lifted its target to $680 from $600", "a price target of
/// $300") or "price target" right after it ("a $300 price target").
fn price_target(text: &str, window: Span, object: &Mention) -> Option<Span> {
    let Value::Money(m) = &object.value else {
        return None;
    };
    if m.amount >= rust_decimal::Decimal::from(100_000) || m.amount <= rust_decimal::Decimal::ZERO {
        return None;
    }
    let from = crate::numbers::floor_char_boundary(text, object.start.saturating_sub(60));
    let before = &text[from.max(window.start)..object.start];
    let found = |s: &str, base: usize| {
        s.match_indices("target")
            .map(|(i, w)| Span::new(base + i, base + i + w.len()))
            .filter(|sp| crate::lexicon::predicates::word_bounded(text, sp.start, sp.end))
            .last()
    };
    // "raised its EPS target to $2.60": a company's own goal for a
    // measure, not a share price.
    let measure_target = |sp: &Span| {
        last_word(&text[window.start..sp.start]).is_some_and(|w| {
            listed(
                w,
                &[
                    "eps", "earnings", "profit", "revenue", "sales", "dividend", "margin",
                    "ebitda", "capex", "cost", "savings", "spending", "output", "growth",
                ],
            )
            .is_some()
        })
    };
    if let Some(sp) = found(before, from.max(window.start)) {
        return (!measure_target(&sp)).then_some(sp);
    }
    let to = crate::numbers::floor_char_boundary(text, (object.end + 16).min(window.end));
    let after = text.get(object.end..to)?;
    after
        .trim_start()
        .starts_with("price target")
        .then(|| found(after, object.end))
        .flatten()
}

/// Whether what the figure goes "in" or "into" is a holding, not the
/// investor's own assets: "invest 1.5 billion euros in a European data
/// center platform", "into a joint venture", "in two startups" (an
/// investment with no company named), where "in data centers" and "in its
/// network" are capital spending.
fn invested_in_a_holding(after: &str) -> bool {
    let after = after.trim_start();
    let Some(rest) = after
        .strip_prefix("in ")
        .or_else(|| after.strip_prefix("into "))
    else {
        return false;
    };
    rest.split([',', ';', '.'])
        .next()
        .unwrap_or("")
        .split_whitespace()
        .take(6)
        .any(|w| {
            listed(
                w,
                &[
                    "platform",
                    "platforms",
                    "fund",
                    "funds",
                    "venture",
                    "ventures",
                    "startup",
                    "startups",
                    "start-up",
                    "start-ups",
                    "company",
                    "companies",
                    "firm",
                    "firms",
                    "business",
                    "businesses",
                    "stake",
                    "stakes",
                    "portfolio",
                    "shares",
                    "bonds",
                    "equity",
                ],
            )
            .is_some()
        })
}

/// How many of a sentence's parties are looked at for its subject when a
/// figure's clause names none: a sentence's subject stands early, and a
/// huge one-sentence text must not cost a scan per figure.
const MAX_SUBJECT_SCAN: usize = 64;

/// Words before a company that are no verb taking it as an object: the
/// deal-party order rule reads a name after any other lower-case word as
/// one ("agreed to supply OpenAI").
#[rustfmt::skip]
const NOT_VERBS_BEFORE_OBJECT: &[&str] = &[
    "the", "and", "with", "for", "from", "into", "than", "including", "like", "both", "between",
    "its", "their", "rival", "rivals", "peer", "peers", "partner", "partners", "startup",
    "start-up", "firm", "company", "giant", "maker", "said", "says", "that", "which", "while",
    "whereas", "but", "also", "unit", "parent", "owner", "investor", "backer", "via", "through",
    "over", "against", "versus", "among", "alongside", "plus", "not", "only", "even",
];

fn dedup(v: &mut Vec<String>) {
    // The first of each kept, in place: lists are a few names long.
    let mut i = 0;
    while i < v.len() {
        if v[..i].contains(&v[i]) {
            v.remove(i);
        } else {
            i += 1;
        }
    }
}

/// Past participles of deal verbs that are not written with "-ed".
#[rustfmt::skip]
const PARTICIPLES: &[&str] = &[
    "bought", "sold", "led", "paid", "won", "held", "taken", "made", "given", "run", "built",
];

/// Whether the company at `span` is the agent of a passive verb: "was
/// acquired by Synopsys", "agreed to be bought by Google".
fn passive_agent(text: &str, sentence: Span, span: Span) -> bool {
    let Some((rest, _)) = split_last_word(&text[sentence.start..span.start])
        .filter(|(_, by)| by.eq_ignore_ascii_case("by"))
    else {
        return false;
    };
    let Some((rest, verb)) = split_last_word(rest) else {
        return false;
    };
    let participle = (verb.len() > 4 && verb.to_ascii_lowercase().ends_with("ed"))
        || listed(verb, PARTICIPLES).is_some();
    participle
        && rest
            .split_whitespace()
            .rev()
            .take(3)
            .any(|w| listed(w, &["was", "were", "is", "are", "be", "been", "being"]).is_some())
}

/// The group that does what the figure measures.
fn subject_group<'g>(
    text: &str,
    object: Span,
    parties: &[Party],
    groups: &[&'g Group],
) -> Option<&'g Group> {
    let first = |g: &Group| &parties[g.members.start];
    let last = |g: &Group| &parties[g.members.end - 1];
    // "OpenAI's $250bn contract", "its $300bn worth of deals".
    // "OpenAI's rivals": a relation of the company, not the company.
    // "Amazon's AWS": the possessor of a company named right after it is
    // its parent; the unit acts.
    let owns_next = |g: &Group| {
        groups.iter().any(|h| {
            h.span.start > g.span.end
                && text.get(g.span.end..h.span.start).is_some_and(|between| {
                    between.trim_start_matches(['\'', '’', 's', ' ']).is_empty()
                })
        })
    };
    let relation = |g: &&&Group| {
        let l = last(g);
        l.possessive
            && (l.after_possessive.is_some_and(|w| RELATIONAL.contains(&w)) || owns_next(g))
    };
    let possessor = groups.iter().rev().find(|g| {
        let p = last(g);
        p.possessive
            && !relation(g)
            && g.span.end <= object.start
            && close_before(&text[g.span.end..object.start])
    });
    if let Some(g) = possessor {
        return Some(g);
    }
    let actor = |g: &&&Group| {
        let p = first(g);
        // A possessive is governed by its own noun, not the preposition
        // before it: "in comparison to OpenAI's $250bn contract".
        (p.preposition.is_none() || p.possessive) && !governed_by_verb(p) && !relation(g)
    };
    groups
        .iter()
        .rev()
        .filter(|g| g.span.end <= object.start)
        .find(actor)
        .or_else(|| {
            groups
                .iter()
                .filter(|g| g.span.start >= object.end)
                .filter(|g| {
                    first(g)
                        .preposition_word
                        .is_none_or(|w| !GOVERNED_AFTER.contains(&w))
                })
                .find(actor)
        })
        .or_else(|| {
            groups
                .iter()
                .rev()
                .filter(|g| !relation(g))
                .find(|g| g.span.end <= object.start)
        })
        .copied()
}

/// Whether the text between a possessive and the figure is a short noun
/// phrase lead-in ("'s latest", "'s Q4 capital expenditure of").
fn close_before(between: &str) -> bool {
    let s = between.trim_start_matches(['\'', '’', 's']);
    s.len() <= 48 && !s.contains([',', ';', '.', '(', ')']) && s.split_whitespace().count() <= 5
}

/// For a deal without a "with" party: the other company nearest the figure.
fn other_party(object: Span, parties: &[Party], subjects: &[String]) -> Option<String> {
    parties
        .iter()
        .filter(|p| !subjects.contains(&p.slug))
        .min_by_key(|p| {
            if p.span.start >= object.end {
                p.span.start - object.end
            } else {
                object.start.saturating_sub(p.span.end)
            }
        })
        .map(|p| p.slug.clone())
}

/// Units that measure capacity (power, energy, compute).
const CAPACITY_UNITS: &[&str] = &[
    "GW",
    "MW",
    "kW",
    "GWh",
    "MWh",
    "TWh",
    "exaflops",
    "petaflops",
    "teraflops",
];

/// Counted nouns that are chips (units as the quantity recognizer writes
/// them: plural as written, acronyms in capitals).
const CHIP_UNITS: &[&str] = &[
    "chips",
    "GPUs",
    "TPUs",
    "CPUs",
    "NPUs",
    "accelerators",
    "processors",
    "superchips",
];

/// Counted nouns that are a workforce.
const WORKFORCE_UNITS: &[&str] = &[
    "roles",
    "jobs",
    "employees",
    "workers",
    "positions",
    "staff",
    "staffers",
    "people",
    "engineers",
    "contractors",
];

/// Whether a quantity's unit counts people at work, or cut from it
/// ("jobs", "roles", "employees", "layoffs").
pub(crate) fn counts_people(unit: &str) -> bool {
    WORKFORCE_UNITS.contains(&unit) || CUT_UNITS.contains(&unit)
}

/// Counted nouns that are job cuts themselves.
/// Counted nouns of what a business sells, makes, carries or serves: a
/// company's count of them is its claim (predicate `other`, or `capacity`
/// where a word of capacity says so).
#[rustfmt::skip]
const VOLUME_UNITS: &[&str] = &[
    "vehicles", "cars", "trucks", "EVs", "SUVs", "motorcycles", "units", "deliveries",
    "shipments", "orders", "subscribers", "subscriptions", "users", "customers", "clients",
    "accounts", "members", "passengers", "travellers", "travelers", "visitors", "guests",
    "tonnes", "tons", "metric tons", "ounces", "barrels", "bpd", "boe/d", "stores", "outlets",
    "branches", "restaurants", "locations", "aircraft", "jets", "planes", "airplanes",
    "airliners", "ships", "vessels", "devices", "phones", "smartphones", "handsets", "PCs",
    "tablets", "servers", "copies", "tickets", "downloads", "viewers", "households served",
];

const CUT_UNITS: &[&str] = &[
    "layoffs",
    "redundancies",
    "job cuts",
    "firings",
    "dismissals",
];

/// Words that make revenue chip revenue when they name what was sold.
const CHIP_WORDS: &[&str] = &[
    "chip",
    "chips",
    "semiconductor",
    "semiconductors",
    "processors",
];

/// The claim predicate of a figure, or None when the figure makes no claim:
/// money always makes one (`other` at worst); a percent or quantity only
/// when a word says what it measures.
fn refine_predicate(
    ctx: &Context<'_>,
    facts: &Facts,
    window: Span,
    object: &Mention,
    has_party: bool,
) -> Option<String> {
    let found = predicate_for(ctx, facts, window, object);
    let text = ctx.text;
    let sentence = facts.sentence;
    match &object.value {
        Value::Money(_) => {
            let p = found.unwrap_or_else(|| "other".to_string());
            // "buy $38 billion of computing capacity from AWS": what is
            // bought is a supply, not a company.
            let rest = &text[object.end.min(sentence.end)..sentence.end];
            if p == "acquisition" && (rest.starts_with(" of ") || rest.starts_with(" worth of ")) {
                return Some("contract_value".to_string());
            }
            if p == "revenue" && facts.sells_chips() {
                return Some("chip_revenue".to_string());
            }
            Some(p)
        }
        Value::Quantity(q) => {
            // "two people familiar with the matter": the sources of a
            // report, not a figure of it.
            let after = &text[object.end.min(sentence.end)..sentence.end];
            if [
                " familiar",
                " with knowledge",
                " briefed",
                " close to",
                " aware of",
            ]
            .iter()
            .any(|p| after.starts_with(p))
            {
                return None;
            }
            if CAPACITY_UNITS.contains(&q.unit.as_str()) {
                return Some("capacity".to_string());
            }
            // Chips counted are a company's claim: how many it buys, sells
            // or deploys ("sold Anthropic 1mn TPUs").
            if CHIP_UNITS.contains(&q.unit.as_str()) {
                return has_party.then(|| match found.as_deref() {
                    Some("capacity") => "capacity".to_string(),
                    _ => "other".to_string(),
                });
            }
            // "announced 15,000 layoffs": the noun counted is the cut.
            if CUT_UNITS.contains(&q.unit.as_str()) {
                return Some("job_cuts".to_string());
            }
            // What a business sells, makes, carries or serves, counted
            // ("sold 582,500 vehicles", "added 5.1 million subscribers",
            // "produced 513,000 tonnes"): a company's figure when one takes
            // part, unless only a vague count ("tens of thousands of
            // customers"), which no one could check.
            let workforce = WORKFORCE_UNITS.contains(&q.unit.as_str());
            if VOLUME_UNITS.contains(&q.unit.as_str())
                || (!workforce && after_trade_verb(text, sentence, object.start))
            {
                return (has_party && q.vague.is_none()).then(|| match found.as_deref() {
                    Some("capacity") => "capacity".to_string(),
                    _ => "other".to_string(),
                });
            }
            if !workforce {
                return None;
            }
            match found.as_deref() {
                // "cutting 30,000 of its 350,000 roles": the second is the whole.
                Some("job_cuts") if part_of_whole(text, sentence, object.start) => {
                    Some("headcount".to_string())
                }
                Some(p @ ("job_cuts" | "headcount" | "other")) => Some(p.to_string()),
                _ => None,
            }
        }
        Value::Percent(pc) if pc.unit == Some(crate::analysis::PercentUnit::Times) => {
            // A multiplier: how much capacity grows, else an unnamed ratio.
            // "Nvidia's stock doubled", "Shares of SK Hynix fell 1.3%,
            // having risen fourfold": a share move.
            Some(match found.as_deref() {
                Some("capacity") => "capacity".to_string(),
                Some("stock_change") => "stock_change".to_string(),
                _ if shares_lead(&text[window.start..object.start]) => "stock_change".to_string(),
                _ => "other".to_string(),
            })
        }
        // A percentage about a company is a claim even without a word
        // saying what it measures ("three-quarters of the budget").
        // (Only when a company takes part in the sentence: a product's
        // "up to 40% faster" is not a company's figure.)
        // "Shares of the Redmond, Washington-based company fell about 5%":
        // a change whose clause opens with the shares is a share move,
        // however far the word stands.
        Value::Percent(_)
            if (after_change_verb(text, sentence, object.start)
                && (shares_lead(&text[window.start..object.start])
                    || company_moved(text, facts, object.start)))
                || signed_after_cashtag(text, sentence, object.start) =>
        {
            Some("stock_change".to_string())
        }
        Value::Percent(_) => match found {
            // "cuts training time by 40%" is no job cut.
            Some(p) if p == "job_cuts" && !facts.names_workforce() => has_party.then(|| {
                if changed_by(text, sentence, object.start) {
                    "growth_rate".to_string()
                } else {
                    "other".to_string()
                }
            }),
            // "net profit jumped 57%", "a 9% drop in quarterly profit": a
            // change of the profit, not a share of it. Shares' and markets'
            // own words keep theirs.
            Some(p)
                if !matches!(p.as_str(), "stock_change" | "market_share" | "job_cuts")
                    && (after_change_verb(text, sentence, object.start)
                        || before_change_noun(text, object.end)
                        || changed_by(text, sentence, object.start)) =>
            {
                Some("growth_rate".to_string())
            }
            Some(p) => Some(p),
            // "raised its interim dividend by 7.6%": how much the object of
            // a verb of change changed.
            None if has_party && changed_by(text, sentence, object.start) => {
                Some("growth_rate".to_string())
            }
            None if has_party => Some("other".to_string()),
            None => None,
        },
        _ => None,
    }
}

/// Nouns of change after a percentage: "a 9% drop in profit", "a 41%
/// rise in net profit".
#[rustfmt::skip]
const CHANGE_NOUNS: &[&str] = &[
    "drop", "rise", "jump", "increase", "decline", "fall", "gain", "growth", "surge", "slump",
    "plunge", "decrease", "climb", "slide", "boost", "cut", "reduction", "improvement",
];

/// Whether a noun of change follows the figure ending at `end`, past a
/// hyphen or adjective ("a 35% year-on-year jump").
fn before_change_noun(text: &str, end: usize) -> bool {
    text[end..]
        .split_whitespace()
        .take(2)
        .any(|w| listed(w.trim_matches(|c: char| !c.is_alphanumeric()), CHANGE_NOUNS).is_some())
}

/// Whether a clause opens with shares or stock ("Shares of X", "Its
/// shares", "Nvidia's stock", "The stock"): among its first four words.
fn shares_lead(clause: &str) -> bool {
    // "$NVDA rose 3%": a cashtag names the stock.
    if clause.split_whitespace().next().is_some_and(is_cashtag) {
        return true;
    }
    let words: Vec<&str> = clause
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .collect();
    words.iter().take(4).enumerate().any(|(k, w)| {
        let head = ["shares", "stock", "stocks"]
            .iter()
            .any(|s| s.eq_ignore_ascii_case(w));
        // The head of its phrase, not a modifier ("stock compensation").
        head && words.get(k + 1).is_some_and(|next| {
            listed(next, SHARES_NEXT).is_some() || listed(next, CHANGE_VERBS).is_some()
        })
    })
}

/// Words that may follow "shares" or "stock" as the head of a clause's
/// subject: "Shares of", "The stock had", "Its shares closed".
#[rustfmt::skip]
const SHARES_NEXT: &[&str] = &[
    "of", "in", "had", "have", "has", "were", "was", "are", "is", "closed", "ended", "traded",
    "also", "initially", "briefly", "then", "still", "which",
];

/// Verbs of change: a percentage right after one ("jumped 57%", "fell by
/// about 3%") is how much something changed.
#[rustfmt::skip]
const CHANGE_VERBS: &[&str] = &[
    "rose", "rise", "rises", "risen", "jumped", "jumps", "climbed", "climbs", "surged", "surges",
    "soared", "soars", "grew", "grows", "grown", "increased", "increases", "gained", "gains",
    "declined", "declines", "fell", "falls", "fallen", "dropped", "drops", "slid", "slides",
    "slipped", "sank", "sinks", "plunged", "plunges", "tumbled", "tumbles", "slumped", "slumps",
    "rallied", "advanced", "decreased", "decreases", "shrank", "shrinks", "up", "down",
];

/// Whether the figure at `start` follows a verb of change, past a
/// qualifier ("about") and "by".
fn after_change_verb(text: &str, sentence: Span, start: usize) -> bool {
    let before = before_figure(text, sentence, start);
    let before = match split_last_word(before) {
        Some((rest, w)) if w.eq_ignore_ascii_case("by") => rest,
        _ => before,
    };
    last_word(past_adverb(before)).is_some_and(|w| listed(w, CHANGE_VERBS).is_some())
}

/// `before` (the text before a figure) without an adverb between a verb
/// and its figure: "fell back 9%", "rose a further 3%", "jumped another
/// 5%".
fn past_adverb(before: &str) -> &str {
    match split_last_word(before) {
        Some((rest, w))
            if listed(
                w,
                &["back", "further", "another", "sharply", "steeply", "again"],
            )
            .is_some() =>
        {
            rest.strip_suffix(" a").unwrap_or(rest)
        }
        _ => before,
    }
}

/// Verbs that transfer a business or a stake for a price.
#[rustfmt::skip]
const TRANSFER_VERBS: &[&str] = &[
    "sell", "sells", "sold", "selling", "buy", "buys", "bought", "buying", "acquire",
    "acquires", "acquired", "acquiring", "divest", "divests", "divested", "offload",
    "offloads", "offloaded",
];

/// Whether the figure at `start` is the price after "for" in a clause a
/// verb of transfer governs ("sell its stake in the mine to Zijin Mining
/// for $3.2 billion"), the verb within twelve words before it.
fn price_of_transfer(text: &str, window: Span, start: usize) -> bool {
    governed_through(text, window, start, "for", 12, TRANSFER_VERBS)
}

/// Whether the figure at `start` follows the word `link` whose clause has
/// one of `verbs` within `reach` words before it: the verb governs the
/// figure through the link ("sold ... for $N", "raised ... by 7.6%").
fn governed_through(
    text: &str,
    span: Span,
    start: usize,
    link: &str,
    reach: usize,
    verbs: &[&'static str],
) -> bool {
    let before = before_figure(text, span, start);
    let Some((rest, w)) = split_last_word(before) else {
        return false;
    };
    if !w.eq_ignore_ascii_case(link) {
        return false;
    }
    let clause = rest.rsplit([',', ';']).next().unwrap_or(rest);
    clause
        .split_whitespace()
        .rev()
        .take(reach)
        .any(|w| listed(w, verbs).is_some())
}

/// Verbs that change their object: "raised its dividend by 7.6%".
#[rustfmt::skip]
const TRANSITIVE_CHANGE: &[&str] = &[
    "raised", "raises", "raise", "raising", "lifted", "lifts", "lift", "increased", "increase",
    "increases", "boosted", "boosts", "boost", "hiked", "hikes", "hike", "cut", "cuts",
    "cutting", "lowered", "lowers", "lower", "reduced", "reduces", "reduce", "trimmed", "trims",
    "slashed", "slashes", "expanded", "expands", "widened", "narrowed", "grew", "grow",
];

/// Whether the figure at `start` follows "by" whose clause has a verb of
/// change within six words before it ("raised its interim dividend by
/// 7.6%", "cut prices by up to 20%").
fn changed_by(text: &str, sentence: Span, start: usize) -> bool {
    governed_through(text, sentence, start, "by", 6, TRANSITIVE_CHANGE)
}

/// Whether a verb of trade or output comes right before the figure at
/// `start` ("sold 20 million consoles", "shipped 1.2 million units"):
/// whatever noun is counted, the count is what a business did.
fn after_trade_verb(text: &str, sentence: Span, start: usize) -> bool {
    last_word(before_figure(text, sentence, start))
        .is_some_and(|w| listed(w, TRADE_VERBS).is_some())
}

/// The sentence's text before the figure at `start` and its qualifier
/// ("rose more than" before "rose more than 5%"), trimmed: where the verb
/// a figure follows is read.
fn before_figure(text: &str, sentence: Span, start: usize) -> &str {
    let from = crate::numbers::qualifier_start(text, start);
    text[sentence.start..from.max(sentence.start)].trim_end()
}

/// Verbs of selling, making, delivering and serving.
#[rustfmt::skip]
const TRADE_VERBS: &[&str] = &[
    "sold", "sells", "sell", "selling", "delivered", "delivers", "deliver", "delivering",
    "shipped", "ships", "ship", "shipping", "produced", "produces", "produce", "producing",
    "manufactured", "built", "builds", "assembled", "made", "makes", "ordered", "orders",
    "bought", "buys", "purchased", "leased", "carried", "carries", "served", "serves",
    "serving", "added", "adds", "adding", "signed", "registered", "recorded", "booked",
    "opened", "opens", "open", "closed", "close", "closing", "mined", "exported", "imported",
    "processed", "handled", "streamed", "installed", "deployed", "launched", "recalled",
    "recalls", "recall", "recalling",
];

/// Verbs a stock moves by, named right after its company: "Nvidia rose
/// 3%", "Microsoft is down 12% YTD" (not "Amazon grew 10%").
#[rustfmt::skip]
const STOCK_VERBS: &[&str] = &[
    "rose", "fell", "gained", "lost", "jumped", "slid", "dropped", "climbed", "tumbled", "surged",
    "sank", "slumped", "plunged", "soared", "rallied", "slipped", "dipped", "advanced", "declined",
];

/// Whether the change before the figure at `start` is a company's own move,
/// as market reports write a stock's: the company (and a ticker in
/// parentheses) then a stock verb or "is/was up/down", then the figure.
fn company_moved(text: &str, facts: &Facts, start: usize) -> bool {
    let before = past_adverb(before_figure(text, facts.sentence, start));
    let Some((rest, verb)) = split_last_word(before) else {
        return false;
    };
    let rest = if listed(verb, &["up", "down"]).is_some() {
        match split_last_word(rest) {
            Some((r, be)) if listed(be, &["is", "was", "are", "were"]).is_some() => r,
            _ => return false,
        }
    } else if listed(verb, STOCK_VERBS).is_some() {
        rest
    } else {
        return false;
    };
    // "Alphabet, which owns about 14% of Anthropic, gained": past the
    // relative clause.
    let rest = past_relative_clause(rest);
    // "Nvidia (NASDAQ: NVDA) rose": past the ticker.
    let rest = match rest.strip_suffix(')') {
        Some(r) => r.rfind('(').map_or(rest, |i| r[..i].trim_end()),
        None => rest,
    };
    let end = facts.sentence.start + rest.len();
    // The sentence's mentions are in text order: the one ending there is
    // just before the first that starts at or after it.
    let k = facts
        .here
        .partition_point(|&i| facts.mentions[i].start < end);
    facts.here[..k].iter().rev().take(2).any(|&i| {
        let m = &facts.mentions[i];
        m.kind() == Kind::Company && m.end == end
    })
}

/// `before` (text ending before a verb) without a relative clause set off
/// by commas at its end: "Alphabet, which owns about 14% of Anthropic,".
fn past_relative_clause(before: &str) -> &str {
    let Some(inner) = before.strip_suffix(',') else {
        return before;
    };
    // A relative clause is short: only its reach is read, so that a long
    // sentence costs a bounded read per figure.
    let lo = crate::numbers::floor_char_boundary(inner, inner.len().saturating_sub(RELATIVE_REACH));
    let tail = &inner[lo..];
    [", which ", ", who ", ", whose "]
        .iter()
        .filter_map(|o| tail.rfind(o))
        .max()
        .filter(|&i| !tail[i + 2..].contains(','))
        .map_or(before, |i| inner[..lo + i].trim_end())
}

/// How long a relative clause before a verb may be.
const RELATIVE_REACH: usize = 160;

/// Whether a signed percentage follows a cashtag: "$NVDA +3.2% on the
/// week", a digest's line of share moves.
fn signed_after_cashtag(text: &str, sentence: Span, start: usize) -> bool {
    let before = before_figure(text, sentence, start);
    let signs = ['+', '-', '\u{2212}'];
    // The sign is the figure's own ("-4.5%") or stands before it ("+3.2%").
    let rest = if text[start..].starts_with(signs) {
        Some(before)
    } else {
        before.strip_suffix(signs)
    };
    let Some(rest) = rest else {
        return false;
    };
    rest.split_whitespace().next_back().is_some_and(is_cashtag)
}

/// Whether a word is a cashtag: "$NVDA".
fn is_cashtag(w: &str) -> bool {
    w.strip_prefix('$')
        .is_some_and(|t| !t.is_empty() && t.len() <= 5 && t.bytes().all(|b| b.is_ascii_uppercase()))
}

/// Whether the sentence is about chips being sold (a chip named, or the
/// word "chips").
fn sells_chips(text: &str, sentence: Span, here: &[usize], mentions: &[Mention]) -> bool {
    here.iter().any(|&i| mentions[i].kind() == Kind::Chip)
        || text[sentence.start..sentence.end]
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| CHIP_WORDS.iter().any(|c| c.eq_ignore_ascii_case(w)))
}

/// Whether the sentence speaks of a workforce ("jobs", "staff", "roles").
fn names_workforce(text: &str, sentence: Span) -> bool {
    text[sentence.start..sentence.end]
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| {
            // Compared without lower-casing: the word lists are ASCII, and
            // a string per word of every sentence was a visible cost.
            // The units are plural ("employees"); "staff" and "people" are
            // both; a singular ("employee") takes its "s".
            let plural = |u: &&str| {
                u.eq_ignore_ascii_case(w)
                    || (u.len() == w.len() + 1
                        && u.ends_with('s')
                        && u[..w.len()].eq_ignore_ascii_case(w))
            };
            WORKFORCE_UNITS.iter().any(plural)
                || w.eq_ignore_ascii_case("workforce")
                || w.eq_ignore_ascii_case("headcount")
        })
}

/// Whether the figure at `start` follows "of" ("30,000 of about 350,000").
fn part_of_whole(text: &str, sentence: Span, start: usize) -> bool {
    let before = &text[sentence.start..start.max(sentence.start)];
    let mut words = before.split_whitespace().rev();
    let mut w = words.next();
    // Skip a qualifier or determiner: "of about", "of its", "of some".
    if w.is_some_and(|x| {
        matches!(
            x,
            "about" | "some" | "its" | "their" | "the" | "roughly" | "nearly" | "around"
        )
    }) {
        w = words.next();
    }
    w == Some("of")
}

/// The predicate of the nearest trigger that can describe the figure.
fn predicate_for(
    ctx: &Context<'_>,
    facts: &Facts,
    window: Span,
    object: &Mention,
) -> Option<String> {
    let table = &ctx.lexicons.predicates;
    let kind = object.kind();
    let mut best: Option<(usize, &str, Span)> = None;
    let mut dividend_near = false;
    // The figure's own qualifier ("up to 40%") is not a trigger ("up").
    let qualifier = crate::numbers::qualifier_before(ctx.text, object.start)
        .map(|(_, at)| Span::new(at, object.start));
    // "guidance raised to $120B (up from $80B)", "raised its forecast to":
    // the figure is a level, new or old, not money raised.
    let new_level = {
        let from = qualifier.map_or(object.start, |q| q.start);
        last_word(&ctx.text[facts.sentence.start..from.max(facts.sentence.start)])
            .is_some_and(|w| w.eq_ignore_ascii_case("to") || w.eq_ignore_ascii_case("from"))
    };
    for &(start, end, entries) in within(&facts.triggers, window, |t| t.0) {
        let span = Span::new(start, end);
        if span.overlaps(&object.span())
            || qualifier.is_some_and(|q| q.contains(&span))
            || in_gloss(ctx.text, facts.sentence.start, start, object.start)
        {
            continue;
        }
        // A trigger before the figure stands as far as from its qualifier:
        // "raise as much as $100bn at a valuation of" is money raised.
        let gap = if span.end <= object.start {
            qualifier
                .map_or(object.start, |q| q.start)
                .saturating_sub(span.end)
        } else {
            span.start.saturating_sub(object.end)
        };
        let max_gap = if kind == Kind::Money {
            MAX_TRIGGER_GAP
        } else {
            MAX_TRIGGER_GAP_SHORT
        };
        if gap > max_gap {
            continue;
        }
        // A trigger after the figure that heads a figure of its own names
        // that one ("EBITDA fell to $3.1 billion on revenue of $13.2
        // billion", "..., while net profit climbed 14%"); one past a
        // clause's end ("$20.4 billion, and operating profit ...") stands
        // further than its bytes.
        let after = span.start >= object.end;
        if after && heads_next_figure(facts, end) {
            continue;
        }
        let after_break = after && clause_break(&ctx.text[object.end..start]);
        for &e in entries {
            let entry = table.entry(e);
            // A phrase that only hides the triggers inside it; and a price
            // paid per share is no deal's value ("will pay $113 per share").
            if entry.predicate == "none"
                || (entry.predicate == "contract_value"
                    && ctx.text[start..end].ends_with("pay")
                    && per_share_after(ctx.text, object.end))
            {
                continue;
            }
            if !entry.accepts(kind)
                || (new_level && entry.predicate == "funding_round")
                || (entry.predicate == "eps"
                    && (!per_share_size(object)
                        || (listed(&ctx.text[start..end], &["per share", "a share", "each"])
                            .is_some()
                            && priced(ctx.text, object.start))))
            {
                continue;
            }
            // "its share rose to 34%": a level reached, not a change of 34%.
            if new_level
                && entry.predicate == "growth_rate"
                && listed(&ctx.text[start..end], CHANGE_VERBS).is_some()
            {
                continue;
            }
            if entry.predicate == "dividend" && gap <= DIVIDEND_REACH {
                dividend_near = true;
            }
            let score = gap
                + if entry.generic { GENERIC_PENALTY } else { 0 }
                + if after_break { CLAUSE_PENALTY } else { 0 };
            if best.is_none_or(|(b, _, _)| score < b) {
                best = Some((score, entry.predicate.as_str(), span));
            }
        }
    }
    match best {
        // "a quarterly dividend of $0.91 per share": the per-share words say
        // how the dividend is paid, not that it is earnings.
        Some((_, "eps", _)) if dividend_near => Some("dividend".to_string()),
        // "a five-year contract with OpenAI valued at about $300 billion":
        // what is valued is the deal just named, not a company.
        Some((_, "valuation", t)) if deal_valued(ctx, facts, t) => {
            Some("contract_value".to_string())
        }
        _ => best.map(|(_, p, _)| p.to_string()),
    }
}

/// Whether the valuation trigger `t` ("valued at", "worth") follows a
/// deal's noun ("contract", "deal", "agreement") with at most a phrase of
/// its parties between: "a contract with OpenAI valued at".
fn deal_valued(ctx: &Context<'_>, facts: &Facts, t: Span) -> bool {
    let text = ctx.text;
    let word = &text[t.start..t.end];
    let starts = |p: &str| crate::affix::starts_with_ignore_case(word, p);
    let verbal =
        starts("valued") || starts("valuing") || crate::affix::ends_with_ignore_case(word, "worth");
    if !verbal {
        return false;
    }
    let from = facts
        .sentence
        .start
        .max(t.start.saturating_sub(DEAL_VALUED_REACH));
    within(&facts.triggers, Span::new(from, t.start), |x| x.0)
        .iter()
        .rev()
        .find(|x| x.1 <= t.start)
        .is_some_and(|&(_, end, entries)| {
            let deal = entries
                .iter()
                .any(|&e| ctx.lexicons.predicates.entry(e).predicate == "contract_value");
            let between = text[end..t.start].trim_matches(|c: char| c.is_whitespace() || c == ',');
            deal && (between.is_empty()
                || listed(
                    first_word(between).unwrap_or(""),
                    &["with", "for", "from", "between", "to", "involving"],
                )
                .is_some())
                && !between.contains(['.', ';'])
        })
}

/// Whether a per-share phrase follows the figure ending at `end`.
fn per_share_after(text: &str, end: usize) -> bool {
    let rest = text[end..].trim_start();
    ["per share", "a share", "per diluted share", "each"]
        .iter()
        .any(|p| crate::affix::starts_with_ignore_case(rest, p))
}

/// The most recent company other than `subject`.
fn last_other(recent: &[String], subject: Option<&str>) -> Option<String> {
    recent
        .iter()
        .rev()
        .find(|s| Some(s.as_str()) != subject)
        .cloned()
}

/// How many companies back "the startup" may refer.
const STARTUP_REACH: usize = 4;

/// A company with no listing and no parent in the lexicon (or none known).
fn unlisted(lex: &Lexicons, slug: &str) -> bool {
    lex.companies
        .by_slug(slug)
        .is_none_or(|e| e.tickers.is_empty() && e.parent.is_none())
}

/// Whether the sentence at `start` opens a line as a list item ("- ",
/// "* ", "• ", "1. "), by the segmenter's list markers.
fn is_bullet(text: &str, start: usize) -> bool {
    let lo = crate::numbers::floor_char_boundary(text, start.saturating_sub(BULLET_REACH));
    let head = &text[lo..start];
    let line_start = match head.rfind('\n') {
        Some(i) => lo + i + 1,
        None if lo == 0 => 0,
        None => return false,
    };
    // The sentence is the line's first (a marker or emoji may stand
    // before it: segmentation leaves "- " out of the sentence).
    if text[line_start..start].chars().any(char::is_alphanumeric) {
        return false;
    }
    // The marker the segmenter knows lists by.
    let end = crate::numbers::floor_char_boundary(text, start + BULLET_MARKER);
    crate::segment::bullet_marker_len(text[line_start..end].trim_start_matches([' ', '\t'])) > 0
}

/// The longest list marker, with its space, that [`is_bullet`] reads
/// ("12. ").
const BULLET_MARKER: usize = 8;

/// How far back a list item's line start is looked for.
const BULLET_REACH: usize = 200;

/// How many claims back an analysts' estimate looks for the figure it is of.
const CONSENSUS_BACK: usize = 3;

/// How far before "valued at" the deal's noun may stand.
const DEAL_VALUED_REACH: usize = 60;

/// Whether the trigger at `start` stands in a gloss set off by commas
/// before the figure: "remaining performance obligations, a measure of
/// contracted future revenue, stood at $523 billion" (the revenue is what
/// the gloss explains, not what the figure is).
fn in_gloss(text: &str, sentence_start: usize, start: usize, figure: usize) -> bool {
    if start >= figure {
        return false;
    }
    let lo = crate::numbers::floor_char_boundary(text, start.saturating_sub(GLOSS_REACH))
        .max(sentence_start);
    let Some(comma) = text[lo..start].rfind(',') else {
        return false;
    };
    let gloss = text[lo + comma + 1..start].trim_start();
    GLOSS_OPENERS
        .iter()
        .any(|o| crate::affix::starts_with_ignore_case(gloss, o))
        && text[start..figure].contains(',')
}

/// How far back a gloss's opening comma may stand.
const GLOSS_REACH: usize = 80;

/// How glosses open.
const GLOSS_OPENERS: &[&str] = &[
    "a measure of",
    "a gauge of",
    "a key measure",
    "a key gauge",
    "a key metric",
    "a metric",
    "an indicator of",
    "a key indicator",
    "a proxy for",
    "a yardstick",
    "a closely watched",
    "a widely watched",
    "which measures",
    "which tracks",
    "which reflects",
];

/// How far after a trigger the figure it heads may start.
const HEAD_REACH: usize = 48;

/// How much further a trigger stands when a clause ends between the figure
/// and it.
const CLAUSE_PENALTY: usize = 80;

/// Whether a new clause opens in `between` (the text from a figure to a
/// trigger after it): a semicolon, or a comma before "and", "while",
/// "whereas", "but" or "as".
fn clause_break(between: &str) -> bool {
    between.contains(';')
        || words_after(between, ", ")
            .any(|next| listed(next, &["and", "while", "whereas", "but", "as", "with"]).is_some())
}

/// The word after each `sep` in `s` ("" where none follows).
fn words_after<'a>(s: &'a str, sep: &'a str) -> impl Iterator<Item = &'a str> + 'a {
    s.match_indices(sep)
        .map(move |(i, _)| s[i + sep.len()..].split(' ').next().unwrap_or(""))
}

/// Whether the trigger ending at `end` heads the next figure of the
/// sentence: only "of", a copula or a verb of change between ("revenue of
/// $13.2 billion", "net profit climbed 14%").
fn heads_next_figure(facts: &Facts, end: usize) -> bool {
    let text = facts.text;
    // The sentence's mentions are in text order: a search, then the few
    // that start within reach.
    let from = facts
        .here
        .partition_point(|&i| facts.mentions[i].start < end);
    let Some(next) = facts.here[from..]
        .iter()
        .map(|&i| &facts.mentions[i])
        .take_while(|m| m.start <= end + HEAD_REACH)
        .find(|m| matches!(m.kind(), Kind::Money | Kind::Percent | Kind::Quantity))
    else {
        return false;
    };
    let upto = crate::numbers::qualifier_start(text, next.start).max(end);
    let mut words = text[end..upto].split_whitespace();
    words.clone().count() <= 2
        && words.all(|w| {
            listed(
                w,
                &[
                    "of", "was", "were", "is", "at", "totaled", "totalled", "reached", "hit", "by",
                ],
            )
            .is_some()
                || listed(w, CHANGE_VERBS).is_some()
        })
}

/// Whether the words before a per-share figure make it a price, not
/// earnings: "pay $113 per share", "at $40 per share", "a price of $20.40
/// per share", "price target to $250".
fn priced(text: &str, figure: usize) -> bool {
    // "for up to $13.50 per share": the word before the qualifier.
    let figure = crate::numbers::qualifier_start(text, figure);
    let before =
        &text[crate::numbers::floor_char_boundary(text, figure.saturating_sub(40))..figure];
    let Some((rest, last)) = split_last_word(before) else {
        return false;
    };
    let last = last.trim_end_matches(',');
    listed(
        last,
        &[
            "at", "pay", "pays", "paid", "paying", "offered", "offering", "priced", "for", "price",
            "valued", "worth",
        ],
    )
    .is_some()
        || (listed(last, &["of", "to", "from"]).is_some()
            && last_word(rest).is_some_and(|w| {
                listed(w, &["price", "prices", "target", "offer", "bid", "premium"]).is_some()
            }))
}

/// How near a dividend word must stand to a per-share figure to name it.
const DIVIDEND_REACH: usize = 16;

/// Whether a money figure is small enough to be a per-share amount: "a
/// net loss of $2.9 billion, or 67 cents a share" has one, not two.
fn per_share_size(object: &Mention) -> bool {
    match &object.value {
        Value::Money(m) => m.amount < Decimal::from(10_000),
        _ => true,
    }
}

/// The clause around a span: between the nearest clause marks.
fn clause(text: &str, sentence: Span, span: Span) -> Span {
    let bytes = text.as_bytes();
    let digit = |i: usize| bytes.get(i).is_some_and(u8::is_ascii_digit);
    // A comma between digits groups them ("4,000"), it ends no clause.
    let is_mark = |i: usize, c: char| match c {
        ',' => !(i > 0 && digit(i - 1) && digit(i + 1)),
        ';' | ':' | '—' | '–' | '(' | ')' => true,
        _ => false,
    };
    let (from, to) = (span.start.max(sentence.start), span.end.min(sentence.end));
    if from > to {
        return sentence;
    }
    let start = text[sentence.start..from]
        .char_indices()
        .rev()
        .find(|&(i, c)| is_mark(sentence.start + i, c))
        .map(|(i, c)| sentence.start + i + c.len_utf8())
        .unwrap_or(sentence.start);
    let end = text[to..sentence.end]
        .char_indices()
        .find(|&(i, c)| is_mark(to + i, c))
        .map(|(i, _)| to + i)
        .unwrap_or(sentence.end);
    Span::new(start, end)
}

/// The date a figure is about: month or coarser (or any, with `days`),
/// nearest, after preferred unless a comma stands between. A day is mostly when something was said, not
/// the period a figure covers.
fn period_for(
    text: &str,
    sentence: Span,
    object: Span,
    here: &[usize],
    mentions: &[Mention],
    days: bool,
) -> Option<usize> {
    // A date after the figure with a comma between, or "and" and a verb
    // ("declined 9% to 480 million euros and narrowed its 2026 forecast"),
    // belongs mostly to the next phrase.
    let past_comma = |d: Span| d.start >= object.end && opens_clause(&text[object.end..d.start]);
    // "rose 34% to $10.27bn from $7.66bn a year ago": a date right after a
    // baseline figure is that figure's, and a baseline figure has no period
    // but such a date.
    let object_is_baseline = baseline_figure(text, object.start);
    // The figure a date follows closely, if it is a baseline: the mention
    // just before the date, looked at only for dates (few per sentence).
    let owner = |k: usize| -> Option<Span> {
        let d = mentions[here[k]].span();
        let prev = &mentions[*here.get(k.checked_sub(1)?)?];
        (matches!(prev.kind(), Kind::Money | Kind::Percent | Kind::Quantity)
            && right_after(text, prev.span(), d)
            && baseline_figure(text, prev.start))
        .then(|| prev.span())
    };
    // "Nvidia's shares, which have gained 40% over the past 12 months, rose
    // 3%": a date in an aside the figure is not in is the aside's.
    let aside_before = |d: Span| {
        d.end <= object.start
            && text[d.end..object.start].contains(',')
            && in_aside(text, sentence, d)
    };
    // "more than double the prior year", "higher than last year": the
    // date a figure is compared with is no period of it.
    let compared = |d: Span| {
        let before = text[..d.start].trim_end();
        let before = before
            .strip_suffix("the")
            .or_else(|| before.strip_suffix("its"))
            .map_or(before, str::trim_end);
        [
            "double",
            "twice",
            "triple",
            "than",
            "versus",
            "vs.",
            "compared with",
        ]
        .iter()
        .any(|w| crate::affix::ends_with_ignore_case(before, w))
    };
    // "lifted its 2026 revenue forecast to $63 billion last month": the
    // year a forecast is written for is its period, the month only when
    // it was lifted.
    let granularity = |i: usize| match &mentions[i].value {
        Value::Date(d) => Some(d.granularity),
        _ => None,
    };
    let forecast_year = here.iter().any(|&i| {
        let d = mentions[i].span();
        d.end <= object.start
            && sentence.start <= d.start
            && matches!(
                granularity(i),
                Some(
                    Granularity::Year
                        | Granularity::FiscalYear
                        | Granularity::Quarter
                        | Granularity::Half
                )
            )
            && forecast_noun_between(&text[d.end..object.start])
    });
    (0..here.len())
        .filter(|&k| is_period(text, &mentions[here[k]], days))
        .filter(|&k| match owner(k) {
            Some(f) => f == object,
            None => !object_is_baseline,
        })
        .filter(|&k| {
            let d = mentions[here[k]].span();
            !aside_before(d) && !compared(d)
        })
        .map(|k| here[k])
        // "were $22.6bn in the quarter, up from $14.9bn a year ago": a
        // date past a comma and another figure is that figure's.
        .filter(|&i| {
            let d = mentions[i].span();
            !past_comma(d)
                || !here.iter().any(|&j| {
                    let m = &mentions[j];
                    // (A margin "plus or minus 2%" is no figure of its own.)
                    matches!(m.kind(), Kind::Money | Kind::Percent | Kind::Quantity)
                        && m.start >= object.end
                        && m.end <= d.start
                        && !crate::affix::ends_with_ignore_case(
                            text[object.end..m.start].trim_end(),
                            "plus or minus",
                        )
                })
        })
        .min_by_key(|&i| {
            let d = mentions[i].span();
            let when_said = forecast_year
                && d.start >= object.end
                && matches!(
                    granularity(i),
                    Some(Granularity::Month | Granularity::Week | Granularity::Day)
                );
            if when_said {
                return usize::MAX;
            }
            if d.start >= object.end {
                // "revenue of $57bn, up 62% from a year earlier, and
                // forecast fourth-quarter sales": three times the distance.
                let gap = d.start - object.end;
                if past_comma(d) {
                    gap * 3
                } else {
                    gap
                }
            } else {
                // Dates before the figure count for half again their distance.
                (object.start.saturating_sub(d.end)) * 3 / 2 + 1
            }
        })
}

/// Whether `between` (a date to its figure) is a forecast's noun phrase:
/// "2026 revenue forecast to", "2027 guidance of"; no clause mark.
fn forecast_noun_between(between: &str) -> bool {
    !between.contains([',', ';'])
        && between.split_whitespace().count() <= 6
        && between.split_whitespace().any(|w| {
            listed(
                w,
                &[
                    "forecast",
                    "forecasts",
                    "outlook",
                    "guidance",
                    "target",
                    "targets",
                    "estimate",
                    "projection",
                ],
            )
            .is_some()
        })
}

/// Whether `s` holds a comma that is no digit group's ("61,497").
fn clause_comma(s: &str) -> bool {
    memchr::memchr_iter(b',', s.as_bytes()).any(|i| !digit_group(s, i))
}

/// The last comma of `s` that is no digit group's.
pub(crate) fn last_clause_comma(s: &str) -> Option<usize> {
    memchr::memrchr_iter(b',', s.as_bytes()).find(|&i| !digit_group(s, i))
}

/// Whether the comma at `i` stands between digits ("5,000").
fn digit_group(s: &str, i: usize) -> bool {
    let b = s.as_bytes();
    i > 0 && b[i - 1].is_ascii_digit() && b.get(i + 1).is_some_and(u8::is_ascii_digit)
}

/// Whether a new clause opens in `between`: a comma, or "and" before a
/// verb in the past tense or of saying, planning or expecting.
fn opens_clause(between: &str) -> bool {
    clause_comma(between)
        || words_after(between, " and ").any(|next| {
            (next.len() > 4 && next.ends_with("ed"))
                || listed(
                    next,
                    &[
                        "said", "cut", "set", "kept", "sees", "expects", "plans", "will", "would",
                        "forecast", "sold", "bought", "made", "paid", "took", "gave", "won",
                        // A clause of its own: "and that it expects", "and
                        // it plans", "and is expected".
                        "that", "it", "is", "now",
                    ],
                )
                .is_some()
        })
}

/// Verbs that launch a chip: "Nvidia launched the Rubin CPX GPU", "AMD
/// will unveil the MI400", "began shipping Trainium3".
#[rustfmt::skip]
const LAUNCH_VERBS: &[&str] = &[
    "launch", "launches", "launched", "launching", "unveil", "unveils", "unveiled",
    "unveiling", "introduce", "introduces", "introduced", "introducing", "debut", "debuts",
    "debuted", "release", "releases", "released", "ship", "ships", "shipped", "shipping",
    "announce", "announces", "announced", "announcing", "roll", "rolls", "rolled",
];

/// Nouns a launch word may modify: "launch customers", "release date".
#[rustfmt::skip]
const LAUNCH_NOUN_HEADS: &[&str] = &[
    "customer", "customers", "partner", "partners", "event", "events", "date", "dates",
    "party", "window", "schedule", "timeline", "plans",
];

/// What, right after a chip, says it launches: "Rubin will ship in 2026",
/// "made TPU v7 Ironwood generally available".
const LAUNCHED_AFTER: &[&str] = &[
    "will ship",
    "will start shipping",
    "will begin shipping",
    "will launch",
    "will be launched",
    "will be released",
    "will be available",
    "will become available",
    "will go on sale",
    "will debut",
    "is now shipping",
    "is shipping",
    "began shipping",
    "started shipping",
    "has begun shipping",
    "is now available",
    "became available",
    "went on sale",
    "goes on sale",
    "generally available",
    "entered production",
    "entered volume production",
    "is in full production",
];

/// How far (bytes) before a chip its launch verb may stand.
const LAUNCH_GAP: usize = 40;

/// A `chip_launch` claim for the chip mention `oi`: a launch verb shortly
/// before it in its clause ("launched the Rubin CPX GPU"), its vendor or
/// the company acting as subject, the launch's month or coarser date.
#[allow(clippy::too_many_arguments)]
fn launch_claim(
    ctx: &Context<'_>,
    sentence: Span,
    si: usize,
    oi: usize,
    mentions: &[Mention],
    here: &[usize],
    parties: &[Party],
    groups: &[Group],
) -> Option<Claim> {
    let text = ctx.text;
    let object = &mentions[oi];
    let Value::Chip(chip) = &object.value else {
        return None;
    };
    // A count of chips shipped or sold is no launch ("expects to ship
    // about 3 million Rubin GPUs").
    // (The sentence's mentions are in text order: a search, then the one
    // or two that start before the chip and may hold it.)
    let k = here.partition_point(|&i| mentions[i].start <= object.start);
    let counted = here[..k].iter().rev().take(3).any(|&i| {
        let m = &mentions[i];
        m.kind() == Kind::Quantity && object.end <= m.end
    });
    if counted {
        return None;
    }
    let from = object.start.saturating_sub(LAUNCH_GAP).max(sentence.start);
    let from = crate::numbers::floor_char_boundary(text, from);
    let before = &text[from..object.start];
    // The last launch verb before the chip, with no clause mark between.
    let mut verb_end = None;
    let mut word_start = None;
    for (i, c) in before
        .char_indices()
        .chain(std::iter::once((before.len(), ' ')))
    {
        if c.is_alphanumeric() {
            word_start.get_or_insert(i);
        } else if let Some(ws) = word_start.take() {
            let w = &before[ws..i];
            // Shipping launches a chip only when it begins ("began
            // shipping Trainium3"), not "shipped 1 million Blackwell GPUs".
            let ships = listed(w, &["ship", "ships", "shipped", "shipping"]).is_some();
            let begins = last_word(before[..ws].trim_end()).is_some_and(|p| {
                listed(
                    p,
                    &[
                        "began",
                        "begin",
                        "begins",
                        "begun",
                        "beginning",
                        "start",
                        "started",
                        "starts",
                        "starting",
                        "to",
                    ],
                )
                .is_some()
            });
            // A noun, not a verb: "one of the launch customers for".
            let noun = first_word(before[i..].trim_start())
                .is_some_and(|n| listed(n, LAUNCH_NOUN_HEADS).is_some());
            if listed(w, LAUNCH_VERBS).is_some() && (!ships || begins) && !noun {
                verb_end = Some(i);
            }
        }
    }
    // Or a launch said after the chip: "its Instinct MI450 will ship to
    // OpenAI in Q2 2027", "made TPU v7 Ironwood generally available".
    let launched_after = || {
        let after = text[object.end..sentence.end].trim_start();
        LAUNCHED_AFTER
            .iter()
            .any(|p| crate::affix::starts_with_ignore_case(after, p))
    };
    match verb_end {
        Some(v) if !before[v..].contains([',', ';', '.']) => {}
        _ if launched_after() => {}
        _ => return None,
    }
    // As for figures, a bounded window: a sentence may be a megabyte long.
    let window = Span::new(
        sentence.start.max(object.start.saturating_sub(WINDOW)),
        sentence.end.min(object.end + WINDOW),
    );
    // Named companies before the chip act; another chip's implied vendor
    // does not ("AWS unveils Trainium2 and Graviton4").
    let usable: Vec<&Group> = within(groups, window, |g| g.span.start)
        .iter()
        .filter(|g| g.span.end <= object.start && !parties[g.members.start].implied)
        .collect();
    let subjects: Vec<String> = match subject_group(text, object.span(), parties, &usable) {
        Some(g) => g.members.clone().map(|i| parties[i].slug.clone()).collect(),
        None if !chip.vendor.is_empty() => vec![chip.vendor.clone()],
        None => return None,
    };
    // A family's bare name launched by another company is a rival's
    // product named in passing ("launched the TPU rival Blackwell").
    if chip.name == chip.family && !chip.vendor.is_empty() && !subjects.contains(&chip.vendor) {
        return None;
    }
    let voice = Voice {
        sentence,
        own: false,
        cues: Cues::ALL,
    };
    let (modality, _) = modality_for(ctx, window, object.span(), voice);
    let nearby = within(here, window, |&i| mentions[i].start);
    let period = period_for(text, sentence, object.span(), nearby, mentions, false);
    let mut used = vec![oi];
    used.extend(period);
    used.sort_unstable();
    Some(Claim {
        subjects,
        counterparty: None,
        predicate: "chip_launch".to_string(),
        object: oi,
        period,
        modality,
        sentence: si,
        evidence: sentence,
        mentions: used,
    })
}

/// Whether the figure at `start` is what a change is measured against:
/// "from $7.66 billion", "than about $9bn", "compared with $5bn".
fn baseline_figure(text: &str, start: usize) -> bool {
    let at = crate::numbers::qualifier_start(text, start);
    is_baseline(text, at)
}

/// Whether `date` follows `figure` closely, with no comma between: "$7.66
/// billion a year ago", "$52.5bn in 2024".
fn right_after(text: &str, figure: Span, date: Span) -> bool {
    date.start >= figure.end
        && text
            .get(figure.end..date.start)
            .is_some_and(|gap| gap.len() <= 16 && !gap.contains([',', ';']))
}

/// Whether a mention can be a figure's period: a date of month or coarser
/// granularity (or any, with `days`) that is no baseline of comparison.
fn is_period(text: &str, m: &Mention, days: bool) -> bool {
    match &m.value {
        Value::Date(d) => {
            (days || !matches!(d.granularity, Granularity::Day | Granularity::Week))
                && !is_baseline(text, m.start)
        }
        _ => false,
    }
}

/// Whether the date at `start` is what a change is measured against, not
/// when it happened: "a 19% increase from the previous year", "higher than
/// in 2023", "compared with the year-earlier quarter".
fn is_baseline(text: &str, start: usize) -> bool {
    let before = text[..start].trim_end();
    let before = match split_last_word(before) {
        Some((rest, w)) if w.eq_ignore_ascii_case("in") => rest,
        _ => before,
    };
    match split_last_word(before) {
        Some((_, w)) if listed(w, &["from", "than", "versus", "vs", "vs."]).is_some() => true,
        Some((rest, w)) if listed(w, &["with", "to"]).is_some() => {
            last_word(rest).is_some_and(|p| listed(p, &["compared", "relative"]).is_some())
        }
        _ => false,
    }
}

/// Figures restated without a specific predicate take the predicate (and,
/// when they had no cue of their own, the modality) of a claim with the
/// same subjects and amount.
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
    let adopt: Vec<(usize, usize)> = claims
        .iter()
        .zip(amounts)
        .enumerate()
        .filter_map(|(j, (c, a))| {
            let (true, Some(a)) = (generic(&c.predicate), a) else {
                return None;
            };
            specific.get(&(c.subjects.as_slice(), *a)).map(|&i| (j, i))
        })
        .collect();
    // A specific claim is never generic, so none below changes a source.
    for (j, i) in adopt {
        let (predicate, modality) = (claims[i].predicate.clone(), claims[i].modality);
        claims[j].predicate = predicate;
        if defaulted[j] {
            claims[j].modality = modality;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::{Company, Sentence};
    use crate::lexicon::Lexicons;
    use crate::recognize::{self, KindSet};
    use crate::{numbers, segment};

    /// Subjects, predicate, figure, counterparty, modality.
    type Row = (Vec<String>, String, String, Option<String>, Modality);

    /// Runs the numeric recognizers and marks the given company names (name,
    /// slug) wherever they occur, so claims can be tested before and apart
    /// from the company recognizer.
    fn claims_of(text: &str, companies: &[(&str, &str)]) -> Vec<Row> {
        let sentences: Vec<Sentence> = segment::segment(text);
        let numerals = numbers::numerals(text);
        let lex = Lexicons::builtin();
        let ctx = Context {
            text,
            sentences: &sentences,
            numerals: &numerals,
            reference_date: "2026-02-09".parse().ok(),
            lexicons: &lex,
        };
        let mut kinds = KindSet::all();
        kinds.remove(Kind::Company);
        let mut cands = recognize::run_all(&ctx, kinds);
        for (name, slug) in companies {
            for (i, _) in text.match_indices(name) {
                if predicates_bounded(text, i, i + name.len()) {
                    cands.push(recognize::Candidate::new(
                        i,
                        i + name.len(),
                        Value::Company(Company {
                            name: name.to_string(),
                            id: slug.to_string(),
                            parent: None,
                            ticker: None,
                        }),
                        "test",
                    ));
                }
            }
        }
        let mentions = recognize::resolve(cands, text, &sentences);
        extract(&ctx, &mentions)
            .into_iter()
            .map(|c| {
                (
                    c.subjects.clone(),
                    c.predicate.clone(),
                    mentions[c.object].text.clone(),
                    c.counterparty.clone(),
                    c.modality,
                )
            })
            .collect()
    }

    /// A pipe-table column headed by a company holds that company's
    /// figures; a row that names its company keeps it.
    #[test]
    fn a_column_headed_by_a_company_is_its() {
        let c = claims_of(
            "| Metric | Meta | OpenAI |\n|---|---|---|\n| Latest valuation | $1.5T | $500B |\n\n| Company | Capex |\n|---|---|\n| Amazon | $125B |\n",
            COS,
        );
        let got: Vec<(&str, &str)> = c.iter().map(|r| (r.0[0].as_str(), r.2.as_str())).collect();
        assert_eq!(
            got,
            [("meta", "$1.5T"), ("openai", "$500B"), ("amazon", "$125B")],
            "{c:?}"
        );
    }

    /// A broker estimating is the figure's source: the company the text
    /// is about is its subject, and the figure a forecast; a broker
    /// speaking of its own keeps it.
    #[test]
    fn a_broker_estimating_is_no_subject() {
        let cos = &[
            ("Nvidia", "nvidia"),
            ("Bernstein", "bernstein"),
            ("Jefferies", "jefferies"),
        ];
        let c = claims_of(
            "Nvidia reported results. Bernstein expects fiscal 2028 revenue of $370 billion, with Rubin accounting for more than 60% of data center sales.",
            cos,
        );
        let got: Vec<(&str, &str, Modality)> = c
            .iter()
            .map(|r| (r.0[0].as_str(), r.2.as_str(), r.4))
            .collect();
        assert_eq!(
            got,
            [
                ("nvidia", "$370 billion", Modality::Forecast),
                ("nvidia", "60%", Modality::Forecast)
            ],
            "{c:?}"
        );
        let c = claims_of("Jefferies expects its revenue to reach $9 billion.", cos);
        assert_eq!(c[0].0, v(&["jefferies"]), "{c:?}");
    }

    /// A bullet that names no company speaks of what the list's lead-in
    /// named, not of the bullet before it; without a lead-in naming one,
    /// the bullet before stands.
    #[test]
    fn a_nameless_bullet_is_the_lead_ins() {
        let cos = &[
            ("Anthropic", "anthropic"),
            ("Nvidia", "nvidia"),
            ("Meta", "meta"),
        ];
        let c = claims_of(
            "Anthropic has raised $15B at a $350B valuation.\n\n- Nvidia and Meta also joined\n- Run-rate revenue: $14B\n",
            cos,
        );
        assert_eq!(
            c.last().map(|r| r.0.clone()),
            Some(v(&["anthropic"])),
            "{c:?}"
        );
        let c = claims_of(
            "**1. Records**\n* **Meta** said sales rose 5%.\n* The company raised its forecast to **$9 billion**.\n",
            cos,
        );
        assert_eq!(c.last().map(|r| r.0.clone()), Some(v(&["meta"])), "{c:?}");
    }

    /// A product named as a figure's subject implies its company.
    #[test]
    fn a_product_implies_its_company() {
        let cos = &[("Nscale", "nscale"), ("Samsung", "samsung")];
        let c = claims_of(
            "Nscale raised money. Azure revenue grew 38% in the September quarter.",
            cos,
        );
        assert_eq!(
            c.last().map(|r| r.0.clone()),
            Some(v(&["microsoft"])),
            "{c:?}"
        );
        let c = claims_of("ChatGPT has 800 million weekly users.", cos);
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!(c[0].0, v(&["openai"]), "{c:?}");
    }

    /// An analysts' estimate is of the company's figure, not of the
    /// baseline it was compared with.
    #[test]
    fn an_estimate_is_not_of_a_baseline() {
        let a = analysis_on(
            jiff::civil::date(2026, 11, 25),
            "Microsoft expects capital expenditure of about $150 billion in fiscal 2027, up from $88.2 billion in fiscal 2026. Analysts at Morgan Stanley expect the figure to reach $165 billion.",
        );
        let last = a.claims.last().expect("claims");
        assert_eq!(a.mentions[last.object].text, "$165 billion");
        assert_eq!(last.predicate, "capital_expenditure");
        assert_eq!(
            last.period.map(|p| a.mentions[p].text.as_str()),
            Some("fiscal 2027")
        );
    }

    /// A date after "and that", "and it", "and is" belongs to that clause.
    #[test]
    fn a_date_past_and_that_is_the_next_clauses() {
        let a = analysis_on(
            jiff::civil::date(2026, 11, 25),
            "Anthropic said its run-rate revenue had surpassed $14 billion and that it expects to reach $30 billion by the end of 2027.",
        );
        let periods: Vec<(&str, Option<&str>)> = a
            .claims
            .iter()
            .map(|c| {
                (
                    a.mentions[c.object].text.as_str(),
                    c.period.map(|p| a.mentions[p].text.as_str()),
                )
            })
            .collect();
        assert_eq!(
            periods,
            [
                ("$14 billion", None),
                ("$30 billion", Some("by the end of 2027"))
            ]
        );
    }

    /// "the Nasdaq's 14% rise": a named thing's figure, no company's.
    #[test]
    fn the_figure_of_a_named_thing_is_nobodys() {
        let c = claims_of(
            "Microsoft's stock has gained 6% so far this year, lagging the Nasdaq's 14% rise.",
            COS,
        );
        let got: Vec<&str> = c.iter().map(|r| r.2.as_str()).collect();
        assert_eq!(got, ["6%"], "{c:?}");
    }

    /// People hired and jobs created are claims, but no workforce's size;
    /// cuts stay cuts.
    #[test]
    fn hiring_and_jobs_created_are_claims() {
        let cos = &[("Intel", "intel"), ("Nscale", "nscale")];
        let c = claims_of("Intel will cut 500 jobs and hire 200 engineers.", cos);
        let got: Vec<(&str, &str)> = c.iter().map(|r| (r.2.as_str(), r.1.as_str())).collect();
        assert_eq!(got, [("500 jobs", "job_cuts"), ("200 engineers", "other")]);
        let c = claims_of(
            "Nscale said the data centers will create about 800 jobs.",
            cos,
        );
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!(c[0].1, "other", "{c:?}");
    }

    /// "The startup" is the last company named that is neither listed nor
    /// a subsidiary: Anthropic, not Amazon (AMZN).
    #[test]
    fn the_startup_is_the_unlisted_company() {
        let names = [("Anthropic", "anthropic"), ("Amazon", "amazon")];
        let c = claims_of(
            "Anthropic and Amazon declined to comment. The startup's annualized revenue run rate has climbed to more than $14 billion.",
            &names,
        );
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!(c[0].0, v(&["anthropic"]), "{c:?}");
    }

    /// Deals' money: what pays for capacity, what a contract is valued at,
    /// what a gloss explains, and the phrases that only hide a trigger.
    #[test]
    fn deal_money_takes_the_deal_predicate() {
        let names = [
            ("Microsoft", "microsoft"),
            ("Nscale", "nscale"),
            ("Oracle", "oracle"),
            ("OpenAI", "openai"),
            ("Meta", "meta"),
        ];
        let cases = [
            (
                "Microsoft has agreed to pay British data center operator Nscale $32 billion over five years.",
                "contract_value",
            ),
            (
                "Microsoft locked in about $32 billion of GPU capacity from Nscale over five years.",
                "contract_value",
            ),
            (
                "Oracle signed a five-year contract with OpenAI valued at about $300 billion.",
                "contract_value",
            ),
            ("OpenAI was valued at $500 billion.", "valuation"),
            ("Oracle sold $25 billion of investment-grade bonds on Wednesday.", "other"),
            ("Meta agreed to pay $1.4 billion to settle the lawsuit.", "other"),
            (
                "Oracle's remaining performance obligations, a measure of contracted future revenue, stood at $523 billion.",
                "backlog",
            ),
        ];
        for (text, want) in cases {
            let c = claims_of(text, &names);
            assert_eq!(c.len(), 1, "{text}: {c:?}");
            assert_eq!(c[0].1, want, "{text}: {c:?}");
        }
    }

    fn predicates_bounded(text: &str, s: usize, e: usize) -> bool {
        crate::lexicon::predicates::word_bounded(text, s, e)
    }

    fn v(s: &[&str]) -> Vec<String> {
        s.iter().map(|x| x.to_string()).collect()
    }

    /// The whole pipeline's analysis of `text` on the given reference date.
    fn analysis_on(date: jiff::civil::Date, text: &str) -> crate::Analysis {
        crate::Extractor::builder()
            .reference_date(date)
            .build()
            .expect("extractor")
            .analyze(text)
            .expect("analysis")
    }

    /// Each claim's figure and period, as written.
    fn figures_and_periods(a: &crate::Analysis) -> Vec<(&str, Option<&str>)> {
        a.claims
            .iter()
            .map(|c| {
                (
                    a.mentions[c.object].text.as_str(),
                    c.period.map(|i| a.mentions[i].text.as_str()),
                )
            })
            .collect()
    }

    const COS: &[(&str, &str)] = &[
        ("Amazon", "amazon"),
        ("AWS", "aws"),
        ("Alphabet", "alphabet"),
        ("Google", "google"),
        ("Meta", "meta"),
        ("Microsoft", "microsoft"),
        ("Oracle", "oracle"),
        ("OpenAI", "openai"),
        ("Anthropic", "anthropic"),
    ];

    #[test]
    fn capex_plan_with_qualifier() {
        let c = claims_of(
            "Amazon announced that it expects to allocate more than $100 billion in capital expenditures for 2025.",
            COS,
        );
        assert_eq!(c.len(), 1);
        assert_eq!(c[0].0, v(&["amazon"]));
        assert_eq!(c[0].1, "capital_expenditure");
        assert_eq!(c[0].4, Modality::Planned);
    }

    #[test]
    fn apposition_does_not_steal_the_subject() {
        let c = claims_of(
            "Just this week, Alphabet, Google’s parent company, projected $75 billion in capital expenditures for 2025.",
            COS,
        );
        assert_eq!(c[0].0, v(&["alphabet"]));
        assert_eq!(c[0].1, "capital_expenditure");
    }

    #[test]
    fn contracts_have_both_parties() {
        let text = "Microsoft secured an exclusive contract with OpenAI. However, this deal pales in comparison to OpenAI's $250 billion contract with Microsoft and a $300 billion agreement with Oracle.";
        let c = claims_of(text, COS);
        assert_eq!(c.len(), 2);
        assert_eq!(c[0].0, v(&["openai", "microsoft"]));
        assert_eq!(c[0].1, "contract_value");
        assert_eq!(c[0].3.as_deref(), Some("microsoft"));
        assert_eq!(c[1].0, v(&["openai", "oracle"]));
    }

    #[test]
    fn investment_names_the_investee() {
        let c = claims_of(
            "Amazon's $8 billion investment in Anthropic came later.",
            COS,
        );
        assert_eq!(c[0].0, v(&["amazon"]));
        assert_eq!(c[0].1, "investment");
        assert_eq!(c[0].3.as_deref(), Some("anthropic"));
        // Without a company invested in, an investment is capital spending.
        let c = claims_of(
            "Meta announced a planned investment of $60 billion to $65 billion.",
            COS,
        );
        assert_eq!(c[0].1, "capital_expenditure");
        assert_eq!(c[0].4, Modality::Planned);
    }

    #[test]
    fn a_forecasts_year_beats_when_it_was_lifted() {
        let d = jiff::civil::date(2025, 11, 3);
        for (text, want) in [
            (
                "Microsoft lifted its 2026 revenue forecast to $63 billion last month.",
                vec![("$63 billion", Some("2026"))],
            ),
            // Without a forecast's year, the month is the figure's.
            (
                "Microsoft reported revenue of $17 billion last month.",
                vec![("$17 billion", Some("last month"))],
            ),
            // A change shares the period of the level it reaches; the comma
            // of "61,497" ends no clause.
            (
                "Tesla's sales fell 9.9% to 61,497 vehicles in October.",
                vec![
                    ("9.9%", Some("October")),
                    ("61,497 vehicles", Some("October")),
                ],
            ),
        ] {
            let a = analysis_on(d, text);
            assert_eq!(figures_and_periods(&a), want, "{text}");
        }
    }

    #[test]
    fn it_is_never_the_outlet_of_a_report() {
        let cos = &[
            ("Novartis", "novartis"),
            ("Financial Times", "financial-times"),
            ("Alnylam", "alnylam"),
        ];
        let c = claims_of(
            "Novartis denied a Financial Times report that it had made a $20 billion bid for Alnylam.",
            cos,
        );
        assert_eq!(c[0].0, v(&["novartis", "alnylam"]), "{c:?}");
        assert_eq!(c[0].4, Modality::Denied, "{c:?}");
    }

    #[test]
    fn a_digit_groups_comma_ends_no_denied_clause() {
        let c = claims_of(
            "Microsoft denied that it planned to buy 5,000 servers and invest $10 billion in OpenAI.",
            COS,
        );
        let money = c.iter().find(|r| r.2 == "$10 billion").expect("the money");
        assert_eq!(money.4, Modality::Denied, "{c:?}");
    }

    #[test]
    fn a_rounds_investors_are_not_what_is_valued() {
        let cos = &[
            ("Mistral AI", "mistral"),
            ("ASML", "asml"),
            ("Skild AI", "skild-ai"),
            ("SoftBank", "softbank"),
            ("Nvidia", "nvidia"),
        ];
        let c = claims_of(
            "Mistral AI closed a $2.5 billion Series D led by ASML, valuing the Paris-based model maker at $28 billion.",
            cos,
        );
        let value = c
            .iter()
            .find(|r| r.2 == "$28 billion")
            .expect("the valuation");
        assert_eq!(value.0, v(&["mistral"]), "{c:?}");
        let c = claims_of(
            "Skild AI secured about $500 million from SoftBank and Nvidia, lifting its valuation to roughly $14 billion.",
            cos,
        );
        let value = c
            .iter()
            .find(|r| r.2 == "$14 billion")
            .expect("the valuation");
        assert_eq!(value.0, v(&["skild-ai"]), "{c:?}");
    }

    #[test]
    fn a_places_possessive_stands_between_a_verb_and_its_object() {
        let cos = &[
            ("Amazon", "amazon"),
            ("Zalando", "zalando"),
            ("Hengrui", "hengrui"),
        ];
        let c = claims_of(
            "Amazon agreed to buy Germany's Zalando for $10 billion.",
            cos,
        );
        assert_eq!(c[0].0, v(&["amazon", "zalando"]), "{c:?}");
        let c = claims_of(
            "Amazon agreed to pay China's Hengrui $150 million upfront.",
            cos,
        );
        assert_eq!(c[0].0[0], "amazon", "{c:?}");
    }

    #[test]
    fn a_descriptor_with_modifiers_refers_to_the_topic() {
        let cos = &[("Ryanair", "ryanair")];
        let c = claims_of(
            "Ryanair reported a profit. The Irish airline carried 119.4 million passengers.",
            cos,
        );
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!(c[0].0, v(&["ryanair"]), "{c:?}");
        // Not one a preposition makes another's.
        let c = claims_of(
            "Ryanair reported a profit. The largest airline in Europe carried 119.4 million passengers.",
            cos,
        );
        assert!(c.is_empty(), "{c:?}");
    }

    #[test]
    fn deal_frames() {
        let cos = &[
            ("Glencore", "glencore"),
            ("Zijin Mining", "zijin"),
            ("Skild AI", "skild-ai"),
        ];
        // The price of a stake sold is an acquisition's, both parties.
        let c = claims_of(
            "Glencore agreed to sell its 80% stake in the Candelaria mine to Zijin Mining for $3.2 billion.",
            cos,
        );
        let price = c.iter().find(|r| r.2 == "$3.2 billion").expect("the price");
        assert_eq!(
            (price.1.as_str(), price.0.clone()),
            ("acquisition", v(&["glencore", "zijin"]))
        );
        // An order's worth is a contract's; money secured is raised.
        let c = claims_of(
            "Glencore ordered 15 trucks. The order is worth about $40 million.",
            cos,
        );
        assert_eq!(
            c.last().map(|r| r.1.as_str()),
            Some("contract_value"),
            "{c:?}"
        );
        let c = claims_of("Skild AI secured about $500 million from investors.", cos);
        assert_eq!(c[0].1, "funding_round", "{c:?}");
    }

    #[test]
    fn a_measure_acronym_is_no_name_between_guidance_and_figure() {
        let c = claims_of(
            "For the fourth quarter, Microsoft forecast adjusted EPS of $3.20 to $3.30.",
            COS,
        );
        assert_eq!(c[0].4, Modality::Planned, "{c:?}");
        // Another company's figure is forecast.
        let c = claims_of("Microsoft forecast Oracle revenue of $20 billion.", COS);
        assert_ne!(c[0].4, Modality::Planned, "{c:?}");
    }

    #[test]
    fn a_figure_in_apposition_takes_the_plan_of_the_one_before() {
        let c = claims_of(
            "Microsoft now expects operating profit of $36 billion, down 24% from last year.",
            COS,
        );
        assert_eq!(c[1].4, Modality::Planned, "{c:?}");
        let c = claims_of(
            "Amazon said it would cut about 2,000 jobs worldwide, roughly 3% of its workforce.",
            COS,
        );
        assert_eq!(c[1].4, Modality::Planned, "{c:?}");
        // A clause of its own keeps its voice.
        let c = claims_of(
            "Amazon expects sales of $700 billion, and profit rose 5%.",
            COS,
        );
        assert_eq!(c[1].4, Modality::Reported, "{c:?}");
    }

    #[test]
    fn coordinated_subjects_and_forecasts() {
        let c = claims_of(
            "Microsoft, Google and Oracle are on course to collectively spend nearly $400bn this year.",
            COS,
        );
        assert_eq!(c[0].0, v(&["microsoft", "google", "oracle"]));
        assert_eq!(c[0].4, Modality::Forecast);
    }

    #[test]
    fn references_resolve_to_the_topic_and_descriptors() {
        let text = "AWS leads the market. The company generated $10 billion in revenue. Microsoft works with the ChatGPT maker. The search giant sold Anthropic chips in a deal worth $5 billion.";
        let c = claims_of(text, COS);
        assert_eq!(c[0].0, v(&["aws"]));
        assert_eq!(c[0].1, "revenue");
        assert_eq!(c[1].1, "contract_value");
        let mut subjects = c[1].0.clone();
        subjects.sort();
        assert_eq!(subjects, v(&["anthropic", "google"]));
    }

    #[test]
    fn clause_scoped_modality() {
        let c = claims_of(
            "AWS generated nearly $130 billion in sales last year, and analysts predict that Microsoft could surpass it.",
            COS,
        );
        assert_eq!(c[0].4, Modality::Reported);
        let c = claims_of("It's not accurate to say Amazon lost $5 billion.", COS);
        assert_eq!(c[0].4, Modality::Denied);
        let c = claims_of("Amazon could spend $5 billion.", COS);
        assert_eq!(c[0].4, Modality::Hedged);
    }

    #[test]
    fn a_takeover_has_both_parties_and_a_purchase_is_a_supply() {
        let cos = &[
            ("Alphabet", "alphabet"),
            ("Wiz", "wiz"),
            ("OpenAI", "openai"),
            ("AWS", "aws"),
        ];
        // A descriptor between the verb and the name: still its object.
        let c = claims_of("Alphabet will acquire startup Wiz for $32 billion.", cos);
        assert_eq!(c[0].0, v(&["alphabet", "wiz"]));
        assert_eq!(c[0].3.as_deref(), Some("wiz"));
        let c = claims_of(
            "Alphabet agreed to buy U.S. cloud security firm Wiz for $32 billion.",
            cos,
        );
        assert_eq!(c[0].0, v(&["alphabet", "wiz"]));
        assert_eq!(c[0].3.as_deref(), Some("wiz"));
        // A conjunction opening a clause leaves its company the subject.
        let c = claims_of(
            "OpenAI's shares rose after Alphabet agreed to invest $5 billion.",
            cos,
        );
        assert_eq!(c[0].0, v(&["alphabet"]));
        let c = claims_of(
            "OpenAI agreed to buy $38 billion of computing capacity from AWS.",
            cos,
        );
        assert_eq!(c[0].1, "contract_value");
        assert_eq!(c[0].0, v(&["openai", "aws"]));
    }

    #[test]
    fn what_a_figure_pays_or_costs_names_its_predicate() {
        let cos = &[
            ("Microsoft", "microsoft"),
            ("Nvidia", "nvidia"),
            ("OpenAI", "openai"),
            ("Intel", "intel"),
        ];
        // (sentence, figure, predicate, counterparty)
        let cases: &[(&str, &str, &str, Option<&str>)] = &[
            (
                "Microsoft declared a quarterly dividend of $0.91 per share.",
                "$0.91",
                "dividend",
                None,
            ),
            (
                "Intel reported earnings of 21 cents per share.",
                "21 cents",
                "eps",
                None,
            ),
            (
                "Nvidia's sales were hit by a $5.5bn charge.",
                "$5.5bn",
                "other",
                None,
            ),
            (
                "Microsoft bought back $5 billion of shares.",
                "$5 billion",
                "other",
                None,
            ),
            // Money put into a holding is an investment though no company
            // is named; into one's own assets, capital spending.
            (
                "Intel will invest $2 billion in a European data center platform.",
                "$2 billion",
                "investment",
                None,
            ),
            (
                "Intel will invest $2 billion in data centers in Ohio.",
                "$2 billion",
                "capital_expenditure",
                None,
            ),
            (
                "Intel was fined $122 million for breaches of rules on dividends.",
                "$122 million",
                "other",
                None,
            ),
            (
                "Intel said net interest income, excluding the investment bank, rose to $3 billion.",
                "$3 billion",
                "other",
                None,
            ),
            ("Nvidia: Data center rev $51.2B", "$51.2B", "revenue", None),
            (
                "Microsoft committed a further $10 billion to OpenAI.",
                "$10 billion",
                "investment",
                Some("openai"),
            ),
            (
                "Intel announced 15,000 layoffs.",
                "15,000 layoffs",
                "job_cuts",
                None,
            ),
        ];
        for &(text, figure, predicate, counterparty) in cases {
            let c = claims_of(text, cos);
            let row = c.iter().find(|r| r.2 == figure).expect(text);
            assert_eq!(
                (row.1.as_str(), row.3.as_deref()),
                (predicate, counterparty),
                "{text}"
            );
        }
    }

    #[test]
    fn units_and_investors_take_their_own_claims() {
        let c = claims_of("Amazon's AWS unit reported revenue of $28.8 billion.", COS);
        assert_eq!(c[0].0, v(&["aws"]));
        let cos = &[("Intel", "intel"), ("SoftBank", "softbank")];
        let c = claims_of("Intel received a $2 billion investment from SoftBank.", cos);
        assert_eq!(
            (c[0].0.clone(), c[0].3.as_deref()),
            (v(&["softbank"]), Some("intel"))
        );
        // A cashtag is the company, and its move a share move.
        let a = analysis_on(
            jiff::civil::date(2026, 2, 9),
            "$NVDA rose 3% after earnings while $AMD fell 2%.",
        );
        let got: Vec<(&str, &str)> = a
            .claims
            .iter()
            .map(|c| (c.subjects[0].as_str(), c.predicate.as_str()))
            .collect();
        assert_eq!(got, [("nvidia", "stock_change"), ("amd", "stock_change")]);
    }

    #[test]
    fn a_class_that_acts_is_nobodys_claim_whoever_speaks() {
        let cos = &[("Morgan Stanley", "morgan-stanley"), ("Amazon", "amazon")];
        for text in [
            "Analysts at Morgan Stanley estimate that hyperscalers will spend $300 billion on capex in 2025.",
            "Hyperscalers will spend ~$320B on AI in 2025, Morgan Stanley said.",
        ] {
            assert!(claims_of(text, cos).is_empty(), "{text}");
        }
        // A class as the object of the company's verb leaves it the actor.
        let c = claims_of("Amazon outspent rivals with $100 billion of capex.", cos);
        assert_eq!(c[0].0, v(&["amazon"]));
    }

    #[test]
    fn denials_in_plain_words() {
        let cos = &[
            ("Meta", "meta"),
            ("Amazon", "amazon"),
            ("Microsoft", "microsoft"),
        ];
        for text in [
            "Meta said it is not cutting 3,000 jobs.",
            "Amazon said reports that it would cut 30,000 jobs were inaccurate.",
            "Microsoft rejected claims that it would spend $100 billion on the project.",
        ] {
            let c = claims_of(text, cos);
            assert_eq!(c[0].4, Modality::Denied, "{text}");
        }
    }

    #[test]
    fn and_after_a_figure_opens_a_clause_of_its_own() {
        let cos = &[
            ("Amazon", "amazon"),
            ("Google", "google"),
            ("Anthropic", "anthropic"),
            ("Microsoft", "microsoft"),
            ("Oracle", "oracle"),
        ];
        let c = claims_of(
            "Amazon invested $4 billion in Anthropic, and Google invested $2 billion in Anthropic.",
            cos,
        );
        let got: Vec<(Vec<String>, Option<String>)> =
            c.iter().map(|r| (r.0.clone(), r.3.clone())).collect();
        assert_eq!(
            got,
            [
                (v(&["amazon"]), Some("anthropic".to_string())),
                (v(&["google"]), Some("anthropic".to_string())),
            ]
        );
        // A list of names has no figure before its ", and": still a list.
        let c = claims_of(
            "Microsoft, Google, and Oracle plan to spend $400 billion this year.",
            cos,
        );
        assert_eq!(c[0].0, v(&["microsoft", "google", "oracle"]));
    }

    #[test]
    fn a_chip_launched_is_a_claim_of_who_launches_it() {
        let a = analysis_on(
            jiff::civil::date(2026, 2, 9),
            "Nvidia launched the Rubin CPX GPU in September. AWS unveils Trainium2 and \
             Graviton4 chips at re:Invent. Anthropic uses Trainium2 chips.",
        );
        let got: Vec<(&str, &str, &str, Modality)> = a
            .claims
            .iter()
            .map(|c| {
                let Value::Chip(chip) = &a.mentions[c.object].value else {
                    panic!("a chip object: {c:?}");
                };
                (
                    c.subjects[0].as_str(),
                    c.predicate.as_str(),
                    chip.name.as_str(),
                    c.modality,
                )
            })
            .collect();
        assert_eq!(
            got,
            [
                ("nvidia", "chip_launch", "Rubin CPX", Modality::Reported),
                ("aws", "chip_launch", "Trainium2", Modality::Reported),
                ("aws", "chip_launch", "Graviton4", Modality::Reported),
            ]
        );
        let c = &a.claims[0];
        let period = c.period.map(|p| a.mentions[p].text.as_str());
        assert_eq!(period, Some("September"));
        // Shipping launches only when it begins; a rival's bare family
        // name is no launch.
        let a = analysis_on(
            jiff::civil::date(2026, 2, 9),
            "Nvidia shipped 1 million Blackwell GPUs. AWS began shipping Trainium3. \
             Google could ship 5 million TPUs. Nvidia launched the TPU rival Blackwell.",
        );
        let launched: Vec<(&str, &str)> = a
            .claims
            .iter()
            .filter(|c| c.predicate == "chip_launch")
            .map(|c| (c.subjects[0].as_str(), a.mentions[c.object].text.as_str()))
            .collect();
        assert_eq!(launched, [("aws", "Trainium3"), ("nvidia", "Blackwell")]);
        // A launch said after the chip, or begun after "said ... it had";
        // a count shipped and a "launch customer" are none.
        let a = analysis_on(
            jiff::civil::date(2026, 11, 25),
            "AMD says its Instinct MI450 will ship to OpenAI in Q2 2027. \
             Google made TPU v7 Ironwood generally available last week. \
             Amazon said it had begun shipping Trainium3 to Anthropic. \
             Nvidia expects to ship about 3 million Rubin GPUs in 2027. \
             Oracle is one of the launch customers for the AMD Instinct MI355X.",
        );
        let launched: Vec<(&str, &str, Modality)> = a
            .claims
            .iter()
            .filter(|c| c.predicate == "chip_launch")
            .map(|c| {
                (
                    c.subjects[0].as_str(),
                    a.mentions[c.object].text.as_str(),
                    c.modality,
                )
            })
            .collect();
        assert_eq!(
            launched,
            [
                ("amd", "Instinct MI450", Modality::Planned),
                ("google", "TPU v7 Ironwood", Modality::Reported),
                ("amazon", "Trainium3", Modality::Reported),
            ]
        );
    }

    #[test]
    fn sources_of_estimates_are_no_parties() {
        let cos = &[
            ("Meta", "meta"),
            ("Constellation", "constellation"),
            ("Jefferies", "jefferies"),
            ("ASML", "asml"),
            ("LSEG", "lseg"),
            ("Microsoft", "microsoft"),
        ];
        let c = claims_of(
            "Meta signed a deal with Constellation, and analysts at Jefferies estimated the contract at $16 billion.",
            cos,
        );
        assert_eq!(c[0].0, v(&["meta", "constellation"]), "{c:?}");
        assert_eq!(c[0].4, Modality::Forecast);
        let c = claims_of(
            "Jefferies analysts raised their price target on ASML to €1,300.",
            cos,
        );
        assert_eq!(c[0].0, v(&["asml"]), "{c:?}");
        let c = claims_of(
            "Analysts polled by LSEG had estimated Microsoft's revenue at $64.5 billion.",
            cos,
        );
        assert_eq!(c[0].0, v(&["microsoft"]), "{c:?}");
        assert_eq!(c[0].4, Modality::Forecast);
    }

    #[test]
    fn a_percentage_before_a_noun_of_change_is_a_growth_rate() {
        let cos = &[("Toyota", "toyota")];
        for text in [
            "Toyota posted a 9% drop in quarterly profit.",
            "Toyota reported a 41% rise in net profit.",
        ] {
            let c = claims_of(text, cos);
            assert_eq!(c[0].1, "growth_rate", "{text}: {c:?}");
        }
    }

    #[test]
    fn a_company_that_moves_is_its_stock() {
        let cos = &[
            ("Microsoft", "microsoft"),
            ("Nvidia", "nvidia"),
            ("Amazon", "amazon"),
            ("NVDA", "nvidia"),
            ("MSFT", "microsoft"),
        ];
        for (text, predicate) in [
            ("Microsoft is down 12% this year.", "stock_change"),
            ("Nvidia (NASDAQ: NVDA) rose 3% on Monday.", "stock_change"),
            ("Amazon grew 10% in the quarter.", "growth_rate"),
            ("Amazon's revenue rose 10%.", "growth_rate"),
            // Past a relative clause between the company or its stock and
            // the verb.
            (
                "Amazon, which owns a stake in Anthropic, gained 0.6%.",
                "stock_change",
            ),
            (
                "Nvidia's stock, which has gained about 40% over the past year, rose 4% after the bell.",
                "stock_change",
            ),
            // A digest's signed move after a cashtag.
            ("🟢 $NVDA +3.2% on the week", "stock_change"),
            ("🔴 $MSFT -4.5% on the week", "stock_change"),
        ] {
            let c = claims_of(text, cos);
            assert_eq!(c.last().map(|r| r.1.as_str()), Some(predicate), "{text}: {c:?}");
        }
        // "let go" is a job cut.
        let c = claims_of("Microsoft let go of about 2% of its workforce.", cos);
        assert_eq!(c[0].1, "job_cuts");
    }

    #[test]
    fn a_company_in_an_aside_is_no_party_of_the_sentence() {
        let cos = &[
            ("Mistral", "mistral"),
            ("ASML", "asml"),
            ("Meta", "meta"),
            ("Instagram", "instagram"),
            ("OpenAI", "openai"),
        ];
        let c = claims_of(
            "Mistral raised €1.7 billion, led by ASML, valuing the Paris-based company at €11.7 billion.",
            cos,
        );
        assert!(c.iter().all(|r| r.0 == v(&["mistral"])), "{c:?}");
        let c = claims_of(
            "Meta, which owns Instagram, plans to spend $600 billion.",
            cos,
        );
        assert_eq!(c[0].0, v(&["meta"]));
        // With no name outside the aside, the aside's company still is none.
        let c = claims_of(
            "The lab, founded by former OpenAI staff, raised $2 billion.",
            cos,
        );
        assert!(c.iter().all(|r| r.0 != v(&["openai"])), "{c:?}");
    }

    #[test]
    fn someone_elses_expectation_is_a_forecast() {
        for text in [
            "Analysts at Bernstein expect Amazon to post revenue of $200 billion in 2026.",
            "Goldman Sachs expects Microsoft to spend $90 billion on capex this year.",
            "Amazon earned $3.20 a share, topping the $3.11 analysts had expected.",
            "Amazon's revenue will hit $300bn in 2027, Jefferies estimates.",
        ] {
            let c = claims_of(text, COS);
            let last = c.last().expect("a claim");
            assert_eq!(last.4, Modality::Forecast, "{text}");
        }
        // The company's own expectation stays its plan, and its own
        // forecast is guidance.
        let c = claims_of(
            "Microsoft expects capex to reach $90 billion this year.",
            COS,
        );
        assert_eq!(c[0].4, Modality::Planned);
        let c = claims_of("Microsoft forecast capital spending of $90 billion.", COS);
        assert_eq!(c[0].4, Modality::Planned);
        // Past an auxiliary, or the company referred to, it is still so.
        for text in [
            "Microsoft has forecast capital spending of $90 billion.",
            "Microsoft reported results. The company also forecast revenue of $90 billion.",
        ] {
            let c = claims_of(text, COS);
            assert_eq!(c.last().map(|c| c.4), Some(Modality::Planned), "{text}");
        }
        let c = claims_of(
            "Analysts have forecast Microsoft revenue of $90 billion.",
            COS,
        );
        assert_eq!(c[0].4, Modality::Forecast);
        let c = claims_of("Analysts forecast Microsoft revenue of $90 billion.", COS);
        assert_eq!(c[0].4, Modality::Forecast);
        // A passive forecast in the company's own voice is its guidance.
        let c = claims_of(
            "Revenue for fiscal 2026 is forecast at $90 billion, Microsoft said.",
            COS,
        );
        assert_eq!(c[0].4, Modality::Planned);
        let c = claims_of(
            "Microsoft's revenue is forecast at $90 billion, analysts said.",
            COS,
        );
        assert_eq!(c[0].4, Modality::Forecast);
    }

    #[test]
    fn the_estimate_a_figure_beats_is_not_its_voice() {
        for text in [
            "Microsoft's capital spending hit $37.5bn, above the $34.3bn analysts had forecast.",
            "Microsoft's capital spending hit $37.5bn in the quarter, above the $34.3bn \
             analysts had forecast.",
            "Microsoft reported revenue of $81.3 billion, up 17% from a year earlier and \
             ahead of analysts' average estimate of $80.2 billion.",
        ] {
            let c = claims_of(text, COS);
            let (last, own) = c.split_last().expect("claims");
            assert_eq!(last.4, Modality::Forecast, "{text}");
            assert!(
                own.iter().all(|r| r.4 == Modality::Reported),
                "{text}: {c:?}"
            );
        }
    }

    /// (figure, modality) of each claim of `text`.
    fn voices(text: &str) -> Vec<(String, Modality)> {
        claims_of(text, COS)
            .into_iter()
            .map(|r| (r.2, r.4))
            .collect()
    }

    #[test]
    fn whose_voice_a_figure_is_stated_in() {
        use Modality::*;
        let cases: &[(&str, &[(&str, Modality)])] = &[
            // Analysts expecting open the clause: every figure is theirs.
            (
                "Analysts at Citi expect Amazon's full-year net profit to decline by around 15%, to $34 billion.",
                &[("15%", Forecast), ("$34 billion", Forecast)],
            ),
            (
                "The brokerage now expects Amazon to spend $146 billion next year, Microsoft $140 billion and Meta $110 billion.",
                &[("$146 billion", Forecast), ("$140 billion", Forecast), ("$110 billion", Forecast)],
            ),
            // The people a report cited, named again at the end.
            (
                "Amazon will invest about $4 billion in the round, two of the people said.",
                &[("$4 billion", Hedged)],
            ),
            // A broker expecting a named company's figure.
            (
                "Bernstein expects Oracle's fiscal 2028 revenue of $370 billion.",
                &[("$370 billion", Forecast)],
            ),
            // What analysts expected, named after the figure.
            (
                "Oracle's revenue rose to $16.1 billion, short of the $16.2 billion analysts polled by LSEG had expected.",
                &[("$16.1 billion", Reported), ("$16.2 billion", Forecast)],
            ),
            // What the figure beat is an estimate; the figure is not.
            (
                "Amazon's quarterly revenue of $57 billion beat estimates of $55 billion.",
                &[("$57 billion", Reported), ("$55 billion", Forecast)],
            ),
            // A hedge credited to analysts is their forecast.
            (
                "Google's AI revenue could reach $60 billion by 2027, analysts at Morgan Stanley estimate.",
                &[("$60 billion", Forecast)],
            ),
            // The company's own expectation, forecast or guidance: a plan.
            (
                "Oracle sells databases. Gross margin is expected to be about 75% in the current quarter, the company said.",
                &[("75%", Planned)],
            ),
            (
                "Oracle raised its capital spending forecast by $15 billion.",
                &[("$15 billion", Planned)],
            ),
            ("Oracle guided quarterly revenue to $65 billion.", &[("$65 billion", Planned)]),
            // A figure coordinated with a planned one shares its voice; a
            // baseline does not.
            (
                "Meta plans to cut about 5% of its workforce, or roughly 3,600 employees.",
                &[("5%", Planned), ("3,600 employees", Planned)],
            ),
            (
                "Oracle forecast revenue of $35 billion and a gross margin of 63%.",
                &[("$35 billion", Planned), ("63%", Planned)],
            ),
            (
                "Oracle expects revenue of $35 billion, up from $30 billion a year earlier.",
                &[("$35 billion", Planned), ("$30 billion", Reported)],
            ),
            // A headline's "X to buy" is a plan; "Target" inside a
            // sentence is a name, no cue.
            ("Oracle shares fell 6% on Target news.", &[("6%", Reported)]),
            // What reports or unnamed sources say is hedged.
            (
                "Amazon did not comment on reports it was negotiating a $20 billion deal.",
                &[("$20 billion", Hedged)],
            ),
            // A title-case headline's first word is no cue either.
            ("Target Shares Of Oracle Sink 6%", &[("6%", Reported)]),
            ("Oracle to buy Cerner for $28 billion", &[("$28 billion", Planned)]),
            (
                "An Oracle spokesperson said, denying a Nikkei report that the company would invest $3 billion.",
                &[("$3 billion", Denied)],
            ),
            (
                "Oracle forecast sales growth of 3% and adjusted earnings of $2.75 per share.",
                &[("3%", Planned), ("$2.75", Planned)],
            ),
            // What a company denies, reported or rumored.
            (
                "Amazon denied a report by The Information that it planned to invest $10 billion in OpenAI.",
                &[("$10 billion", Denied)],
            ),
            (
                "Amazon said rumors of a $7 billion deal with Oracle were not true.",
                &[("$7 billion", Denied)],
            ),
            // "May" the month is no hedge.
            ("Microsoft cut 6,000 jobs in May.", &[("6,000 jobs", Reported)]),
            // A price target is a forecast.
            (
                "Jefferies raised its price target on Microsoft to $550.",
                &[("$550", Forecast)],
            ),
        ];
        for (text, want) in cases {
            let got = voices(text);
            let want: Vec<(String, Modality)> =
                want.iter().map(|(f, m)| (f.to_string(), *m)).collect();
            assert_eq!(got, want, "{text}");
        }
    }

    #[test]
    fn periods_of_asides_margins_and_comparisons_are_not_the_figures() {
        let d = jiff::civil::date(2025, 11, 3);
        for (text, want) in [
            (
                "Nvidia's shares, which have gained nearly 40% over the past 12 months, rose 3% in extended trading.",
                vec![("40%", Some("the past 12 months")), ("3%", None)],
            ),
            (
                "Nvidia expects revenue of $54 billion, plus or minus 2%, next quarter.",
                vec![("$54 billion", Some("next quarter"))],
            ),
            (
                "For fiscal 2026, Nvidia's revenue reached $215.9 billion, more than double the prior year.",
                vec![("$215.9 billion", Some("fiscal 2026")), ("double", Some("fiscal 2026"))],
            ),
        ] {
            let a = analysis_on(d, text);
            assert_eq!(figures_and_periods(&a), want, "{text}");
        }
    }

    #[test]
    fn who_a_relation_or_a_market_leaves_out() {
        let cos = &[
            ("Alphabet", "alphabet"),
            ("Google", "google"),
            ("SK Group", "sk-group"),
            ("SK Hynix", "sk-hynix"),
            ("Oracle", "oracle"),
        ];
        // An apposition naming a relation of another company.
        let c = claims_of(
            "Alphabet, Google's parent company, said that it expects capex of $91 billion.",
            cos,
        );
        assert_eq!(c[0].0, v(&["alphabet"]), "{c:?}");
        let c = claims_of(
            "SK Group, SK Hynix's largest shareholder, has pledged to invest 128 trillion won by 2028.",
            cos,
        );
        assert_eq!(c[0].0, v(&["sk-group"]), "{c:?}");
        let c = claims_of(
            "Oracle, Google's American rival, reported full-year revenue of $24.8 billion.",
            cos,
        );
        assert_eq!(c[0].0, v(&["oracle"]), "{c:?}");
        // A market or an index as the actor is nobody's claim; a market
        // share is the company's.
        for text in [
            "Oracle sells databases. The benchmark KOSPI index gained 0.8%.",
            "Oracle sells databases. The AI chip market will grow 30% by 2030.",
            "Oracle sells databases. The S&P 500 rose 1%.",
            // Nor a class, a commodity or a public body.
            "Oracle sells databases. U.S. REITs have raised about $62 billion this year.",
            "Oracle sells databases. Chicago soybean futures rose 1.2% to $11.05 a bushel.",
            "Oracle sells databases. Premier League clubs' revenues exceeded £7bn.",
            "Oracle sells databases. Germany's parliamentary budget committee approved 34 billion euros.",
            "Oracle sells databases. The French state will take a 29.65% stake.",
        ] {
            assert!(claims_of(text, cos).is_empty(), "{text}");
        }
        let c = claims_of("Oracle sells databases. Market share rose to 80%.", cos);
        assert_eq!(c.len(), 1, "{c:?}");
        // A hedge credited to a forecaster is a forecast, and "be worth" a
        // valuation.
        let c = claims_of(
            "Alphabet could be worth $5 trillion, Wedbush predicted.",
            cos,
        );
        assert_eq!((c[0].1.as_str(), c[0].4), ("valuation", Modality::Forecast));
    }

    #[test]
    fn respectively_pairs_companies_and_figures() {
        let c = claims_of(
            "Microsoft and Google posted quarterly profits of $7.6 billion and $4.1 billion, respectively.",
            COS,
        );
        let got: Vec<(Vec<String>, String)> = c.into_iter().map(|r| (r.0, r.2)).collect();
        assert_eq!(
            got,
            [
                (v(&["microsoft"]), "$7.6 billion".to_string()),
                (v(&["google"]), "$4.1 billion".to_string())
            ]
        );
        // Without it, both figures are both companies'.
        let c = claims_of(
            "Microsoft and Google will spend $7.6 billion and $4.1 billion.",
            COS,
        );
        assert!(c.iter().all(|r| r.0.len() == 2), "{c:?}");
    }

    #[test]
    fn a_per_share_price_is_no_earnings() {
        for (text, predicate) in [
            (
                "Oracle will pay $113 per share in cash for Cerner.",
                "other",
            ),
            ("Amazon went public at $18 per share.", "other"),
            ("Microsoft earned $3.23 per share.", "eps"),
            ("Microsoft earned $2.84 per diluted share.", "eps"),
            ("OpenAI closed a $30B Series G round.", "funding_round"),
            (
                "OpenAI raised money at a $380B post-money valuation.",
                "valuation",
            ),
            (
                "Oracle agreed to acquire Cerner for up to $13.50 per share.",
                "acquisition",
            ),
            ("Microsoft's EPS came in at $3.23 a share.", "eps"),
        ] {
            let c = claims_of(text, COS);
            let p = c.iter().find(|r| r.2.starts_with('$')).map(|r| r.1.clone());
            assert_eq!(p.as_deref(), Some(predicate), "{text}: {c:?}");
        }
    }

    #[test]
    fn a_plan_named_after_its_figure_is_planned() {
        let c = claims_of("Meta confirmed the $65 billion capex plan.", COS);
        assert_eq!(c.len(), 1);
        assert_eq!(c[0].4, Modality::Planned);
    }

    #[test]
    fn contrasted_clauses_do_not_lend_triggers() {
        // "cut" belongs to Amazon's clause: Meta's hires are no job cuts.
        let c = claims_of(
            "Amazon cut 14,000 jobs, but Meta added 5,000 employees.",
            COS,
        );
        assert_eq!(c.len(), 2, "{c:?}");
        assert_eq!(
            (c[0].0.clone(), c[0].1.as_str()),
            (v(&["amazon"]), "job_cuts")
        );
        assert_eq!((c[1].0.clone(), c[1].1.as_str()), (v(&["meta"]), "other"));
    }

    #[test]
    fn contrasted_clauses_keep_their_parties() {
        // Oracle is a party of the deal in the other clause, not of the
        // money Google raised.
        let c = claims_of(
            "Google raised $5 billion, while a $30 billion deal with Oracle was signed.",
            COS,
        );
        assert_eq!(c[0].2, "$5 billion");
        assert_eq!(
            (c[0].0.clone(), c[0].3.clone()),
            (v(&["google"]), None),
            "{c:?}"
        );
    }

    #[test]
    fn a_semicolon_keeps_a_period_in_its_clause() {
        let text = "Amazon spent $26.3 billion in 2024; Meta spent $14.8 billion.";
        let sentences = segment::segment(text);
        let lex = Lexicons::builtin();
        let numerals = numbers::numerals(text);
        let ctx = Context {
            text,
            sentences: &sentences,
            numerals: &numerals,
            reference_date: None,
            lexicons: &lex,
        };
        let mentions =
            recognize::resolve(recognize::run_all(&ctx, KindSet::all()), text, &sentences);
        let claims = extract(&ctx, &mentions);
        let meta = claims
            .iter()
            .find(|c| c.subjects == v(&["meta"]))
            .expect("Meta's claim");
        assert_eq!(meta.period, None);
    }

    #[test]
    fn a_wire_credit_in_the_dateline_is_no_party() {
        let cos = [("Reuters", "reuters"), ("Broadcom", "broadcom")];
        // The topic of the next sentence is Broadcom, not the agency.
        let c = claims_of(
            "SAN FRANCISCO, March 3 (Reuters) - Broadcom forecast revenue above estimates. \
             The company expects revenue of about $14.9 billion.",
            &cos,
        );
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!(c[0].0, v(&["broadcom"]));
        // Not a credit: a name in parentheses with no dash after it.
        let c = claims_of(
            "Amazon Web Services (AWS) said revenue rose to $30 billion.",
            &[("Amazon Web Services", "aws"), ("AWS", "aws")],
        );
        assert_eq!(c[0].0, v(&["aws"]));
    }

    #[test]
    fn totals_of_places_and_markets_are_no_companys() {
        let cos = &[
            ("Tesla", "tesla"),
            ("Aon", "aon"),
            ("Munich Re", "munich-re"),
        ];
        // A place's total, credited or not.
        let c = claims_of(
            "Tesla cut prices. China's online retail sales rose 6.4% this year.",
            cos,
        );
        assert!(c.is_empty(), "{c:?}");
        // A scope credited to an outside source.
        let c = claims_of(
            "Tesla cut prices. U.S. holiday sales will rise 4% this year, the National Retail Federation forecast.",
            cos,
        );
        assert!(c.is_empty(), "{c:?}");
        let c = claims_of(
            "Munich Re raised its target. Global insured losses will exceed $130 billion, according to broker Aon.",
            cos,
        );
        assert!(c.is_empty(), "{c:?}");
        // Not credited, a scope may be the company's segment.
        let c = claims_of("Tesla cut prices. U.S. sales rose 4.5%.", cos);
        assert_eq!(c[0].0, v(&["tesla"]), "{c:?}");
        // A place's possessive before what a company is names the company.
        let c = claims_of(
            "Tesla cut prices. America's biggest carmaker said profit rose 11% to $842 million.",
            cos,
        );
        assert_eq!(c.len(), 2, "{c:?}");
        assert_eq!(c[1].0, v(&["tesla"]), "{c:?}");
    }

    #[test]
    fn subjects_past_at_state_and_counts() {
        let cos = &[
            ("Walmart", "walmart"),
            ("Target", "target"),
            ("Saudi Aramco", "saudi-aramco"),
            ("IAG", "iag"),
            ("Airbus", "airbus"),
        ];
        // "At X," makes X what the text is about: "It" is X.
        let c = claims_of(
            "Walmart raised its forecast. At Target, sales fell. It cut about 1,800 corporate roles.",
            cos,
        );
        assert_eq!(c.last().map(|r| r.0.clone()), Some(v(&["target"])), "{c:?}");
        // "The state oil giant" is a company the state owns.
        let c = claims_of(
            "Saudi Aramco reported a profit. The state oil giant said revenue fell to $109.4 billion.",
            cos,
        );
        assert_eq!(c[0].0, v(&["saudi-aramco"]), "{c:?}");
        // A maker named inside a count is not who orders.
        let c = claims_of(
            "IAG ordered 32 Airbus jets worth more than $12 billion.",
            cos,
        );
        let money = c
            .iter()
            .find(|r| r.2.contains("$12"))
            .expect("the money's claim");
        assert_eq!(money.0, v(&["iag"]), "{c:?}");
        // Nor what "its" refers to.
        let c = claims_of(
            "IAG firmed up an order for 30 Airbus jets, taking its total order to 60 aircraft.",
            cos,
        );
        assert!(c.iter().all(|r| r.0 == v(&["iag"])), "{c:?}");
    }

    #[test]
    fn an_adverb_between_a_verb_of_change_and_its_figure() {
        let c = claims_of("Microsoft rose a further 3%.", COS);
        assert_eq!(c[0].1, "stock_change", "{c:?}");
        let c = claims_of("Microsoft's profit fell back 9%.", COS);
        assert_eq!(c[0].1, "growth_rate", "{c:?}");
    }

    #[test]
    fn a_percentage_a_verb_changes_by_is_a_change() {
        let cos = &[("TotalEnergies", "totalenergies"), ("Tesla", "tesla")];
        let c = claims_of("TotalEnergies raised its interim dividend by 7.6%.", cos);
        assert_eq!(c[0].1, "growth_rate", "{c:?}");
        let c = claims_of("Tesla cut prices by 20% in China.", cos);
        assert_eq!(c[0].1, "growth_rate", "{c:?}");
        // Not a share of something.
        let c = claims_of("Tesla owns 20% of the venture.", cos);
        assert_ne!(c[0].1, "growth_rate", "{c:?}");
    }

    #[test]
    fn markdown_emphasis_is_read_past() {
        let cos = &[
            ("PitchBook", "pitchbook"),
            ("Microsoft", "microsoft"),
            ("Nvidia", "nvidia"),
        ];
        let c = claims_of(
            "AI startups raised $97 billion in Q3, per **PitchBook** data.",
            cos,
        );
        assert!(c.is_empty(), "a source: {c:?}");
        let c = claims_of("**Microsoft** and **Nvidia** committed $15 billion.", cos);
        assert_eq!(c[0].0, v(&["microsoft", "nvidia"]), "{c:?}");
    }

    #[test]
    fn an_analysts_estimate_is_of_the_figure_before_it() {
        let c = claims_of(
            "Oracle reported revenue of $16 billion. Analysts on average had expected $15.4 billion.",
            COS,
        );
        assert_eq!(
            (c[1].1.as_str(), c[1].2.as_str(), c[1].4),
            ("revenue", "$15.4 billion", Modality::Forecast),
            "{c:?}"
        );
        // Far from it in size, it is no estimate of that figure.
        let c = claims_of(
            "Oracle reported revenue of $16 billion. Analysts expect Oracle to be worth $900 billion.",
            COS,
        );
        assert_ne!(c[1].1, "revenue", "{c:?}");
        // Nor without analysts.
        let c = claims_of(
            "Oracle reported revenue of $16 billion. Oracle could pay $20 billion.",
            COS,
        );
        assert_ne!(c[1].1, "revenue", "{c:?}");
    }

    #[test]
    fn a_percentage_after_a_verb_of_change_is_a_change() {
        let c = claims_of("Microsoft's net profit jumped 57% to $11 billion.", COS);
        assert_eq!(
            (c[0].1.as_str(), c[0].2.as_str()),
            ("growth_rate", "57%"),
            "{c:?}"
        );
        let c = claims_of("Its profit fell by about 3%.", COS);
        assert_eq!(c.len(), 0, "no company, no claim: {c:?}");
        let c = claims_of("Amazon's profit fell by about 3%.", COS);
        assert_eq!(c[0].1, "growth_rate", "{c:?}");
        // A share of the profit stays one.
        let c = claims_of(
            "AWS generated more than 60% of Amazon's overall profits.",
            COS,
        );
        assert_eq!(c[0].1, "profit_share", "{c:?}");
    }

    #[test]
    fn a_level_raised_to_is_no_money_raised() {
        let c = claims_of(
            "Microsoft's capex guidance was raised to $120 billion (up from $80 billion).",
            COS,
        );
        let preds: Vec<&str> = c.iter().map(|r| r.1.as_str()).collect();
        assert_eq!(
            preds,
            ["capital_expenditure", "capital_expenditure"],
            "{c:?}"
        );
        let c = claims_of("OpenAI is raising $15 billion.", COS);
        assert_eq!(c[0].1, "funding_round");
    }

    #[test]
    fn the_company_after_a_subject_is_that_subject() {
        let cos = &[("xAI", "xai"), ("Tesla", "tesla")];
        let c = claims_of(
            "Tesla sold 1.6 million cars. xAI raised $20bn in a Series E round, valuing the company at $230bn.",
            cos,
        );
        let valuation = c.iter().find(|r| r.1 == "valuation").expect("valuation");
        assert_eq!(valuation.0, v(&["xai"]), "{c:?}");
    }

    #[test]
    fn the_company_quoted_at_the_end_is_the_speaker() {
        let cos = &[("Amazon", "amazon"), ("Nvidia", "nvidia")];
        for text in [
            "Nvidia sells GPUs. The company will spend $4 billion on severance, Amazon said.",
            "Nvidia sells GPUs. It will spend $4 billion on severance, said Amazon.",
        ] {
            let c = claims_of(text, cos);
            assert_eq!(c.len(), 1, "{text}: {c:?}");
            assert_eq!(c[0].0, v(&["amazon"]), "{text}: {c:?}");
        }
        // Not a speaker: no comma before, or a reporting outlet's verb.
        let c = claims_of(
            "Nvidia sells GPUs. The company will spend $4 billion, Amazon reported.",
            cos,
        );
        assert_eq!(c[0].0, v(&["nvidia"]), "{c:?}");
    }

    #[test]
    fn a_class_of_companies_is_not_the_topic() {
        for text in [
            "Oracle sells databases. Hyperscalers will spend ~$320B in 2025.",
            "Oracle sells databases. Big Tech plans to spend $600bn.",
            "Oracle sells databases. Its rivals raised $5bn.",
        ] {
            let c = claims_of(text, COS);
            assert!(c.is_empty(), "{text}: {c:?}");
        }
        // Public bodies and office holders are no company either.
        for text in [
            "Oracle sells databases. The Department of Energy will provide $1.5 billion in grants.",
            "Oracle sells databases. Texas Governor Greg Abbott said the state would add $200 million.",
            "Oracle sells databases. The government plans to spend $40bn on chips.",
            "Oracle sells databases. Regulators fined banks $2bn.",
        ] {
            let c = claims_of(text, COS);
            assert!(c.is_empty(), "{text}: {c:?}");
        }
        // A company's own officials speak for it.
        let c = claims_of(
            "Oracle sells databases. Company officials said it would invest $5bn.",
            COS,
        );
        assert_eq!(c.len(), 1, "{c:?}");
        // Sources are no class: the topic's revenue, forecast.
        let c = claims_of(
            "Oracle sells databases. Analysts expect revenue of $5bn.",
            COS,
        );
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!(c[0].0, v(&["oracle"]));
    }

    #[test]
    fn a_restated_figure_takes_the_predicate_it_restates() {
        let cos = &[("Meta", "meta"), ("Intel", "intel")];
        let c = claims_of(
            "Meta will cut 5% of its workforce, or about 3,600 employees.",
            cos,
        );
        let preds: Vec<&str> = c.iter().map(|r| r.1.as_str()).collect();
        assert_eq!(preds, ["job_cuts", "job_cuts"], "{c:?}");
        let c = claims_of("Intel will lay off 15% of staff, roughly 15,000 jobs.", cos);
        let preds: Vec<&str> = c.iter().map(|r| r.1.as_str()).collect();
        assert_eq!(preds, ["job_cuts", "job_cuts"], "{c:?}");
        // A figure with its own predicate keeps it.
        let c = claims_of(
            "Intel's revenue rose to $14 billion, or 60 cents a share.",
            cos,
        );
        let preds: Vec<&str> = c.iter().map(|r| r.1.as_str()).collect();
        assert_eq!(preds, ["revenue", "eps"], "{c:?}");
        // Without ", or" nothing is restated.
        let c = claims_of(
            "Meta cut 5% of its workforce and now has 70,000 employees.",
            cos,
        );
        let preds: Vec<&str> = c.iter().map(|r| r.1.as_str()).collect();
        assert_eq!(preds, ["job_cuts", "headcount"], "{c:?}");
    }

    #[test]
    fn market_shares_named_by_their_market() {
        let cos = &[("Nvidia", "nvidia"), ("AMD", "amd")];
        let c = claims_of(
            "Nvidia holds about 80% of the AI chip market, while AMD has a 10 per cent share.",
            cos,
        );
        let preds: Vec<(&str, &str)> = c.iter().map(|r| (r.0[0].as_str(), r.1.as_str())).collect();
        assert_eq!(
            preds,
            [("nvidia", "market_share"), ("amd", "market_share")],
            "{c:?}"
        );
    }

    #[test]
    fn a_date_past_a_comma_belongs_to_the_next_phrase() {
        let a = analysis_on(
            jiff::civil::date(2025, 11, 20),
            "Nvidia reported third-quarter revenue of $57.0 billion, up 62% from a year earlier, and forecast fourth-quarter sales of about $65 billion.",
        );
        assert_eq!(
            figures_and_periods(&a),
            [
                ("$57.0 billion", Some("third-quarter")),
                ("62%", Some("third-quarter")),
                ("$65 billion", Some("fourth-quarter")),
            ]
        );
    }

    #[test]
    fn a_cited_source_is_not_the_other_party() {
        let cos = &[
            ("Morgan Stanley", "morgan-stanley"),
            ("Microsoft", "microsoft"),
        ];
        let c = claims_of(
            "Revenue could reach $150 billion, analysts at Morgan Stanley estimate. Microsoft will invest $10 billion in the startup.",
            cos,
        );
        let inv = c.iter().find(|r| r.2 == "$10 billion").expect("claim");
        assert_eq!(inv.0, v(&["microsoft"]), "{c:?}");
        assert_ne!(inv.3.as_deref(), Some("morgan-stanley"), "{c:?}");
    }

    #[test]
    fn a_negated_plan_is_denied() {
        let cos = &[("Intel", "intel")];
        let c = claims_of("Intel said it won't spend $20 billion on the plant.", cos);
        assert_eq!(c[0].4, Modality::Denied, "{c:?}");
        let c = claims_of("Intel will not spend $20 billion on the plant.", cos);
        assert_eq!(c[0].4, Modality::Denied, "{c:?}");
    }

    #[test]
    fn stakes_and_their_price_are_investments_in_the_company_named() {
        let cos = &[
            ("Meta", "meta"),
            ("Scale AI", "scale-ai"),
            ("Microsoft", "microsoft"),
            ("OpenAI", "openai"),
        ];
        let c = claims_of(
            "Meta bought a 49% stake in Scale AI for $14.3 billion.",
            cos,
        );
        let got: Vec<(&str, &str, Option<&str>)> = c
            .iter()
            .map(|r| (r.2.as_str(), r.1.as_str(), r.3.as_deref()))
            .collect();
        assert_eq!(
            got,
            [
                ("49%", "investment", Some("scale-ai")),
                ("$14.3 billion", "investment", Some("scale-ai")),
            ],
            "{c:?}"
        );
        let c = claims_of("Microsoft owns a 27% stake in OpenAI.", cos);
        assert_eq!(c[0].1, "investment", "{c:?}");
        assert_eq!(c[0].3.as_deref(), Some("openai"), "{c:?}");
        // A planned investment with nothing invested in is capital spending.
        let c = claims_of("Microsoft plans an investment of $80 billion.", cos);
        assert_eq!(c[0].1, "capital_expenditure", "{c:?}");
    }

    #[test]
    fn chips_counted_are_a_claim_of_both_parties() {
        let cos = &[
            ("Google", "google"),
            ("Anthropic", "anthropic"),
            ("Microsoft", "microsoft"),
            ("Nvidia", "nvidia"),
        ];
        let c = claims_of("Google sold Anthropic 1mn TPUs last year.", cos);
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!(c[0].0, v(&["google", "anthropic"]), "{c:?}");
        assert_eq!(c[0].1, "other");
        assert_eq!(c[0].3.as_deref(), Some("anthropic"));
        // The vendor named inside the count is no party to it.
        let c = claims_of("Microsoft bought 350,000 Nvidia GPUs.", cos);
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!(c[0].0, v(&["microsoft"]), "{c:?}");
        // The sources of a report are no figure of it.
        let c = claims_of(
            "Microsoft will cut 1,000 jobs, two people familiar with the matter said.",
            cos,
        );
        assert_eq!(c.len(), 1, "{c:?}");
        // Other counted things make no claim, unless a verb of trade or
        // output counts them.
        let c = claims_of("Microsoft has 20 million fans.", cos);
        assert!(c.is_empty(), "{c:?}");
        let c = claims_of("Microsoft sold 20 million consoles.", cos);
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!(c[0].1, "other", "{c:?}");
    }

    #[test]
    fn a_trigger_that_heads_another_figure_or_clause_does_not_name_this_one() {
        let cos = &[("Maersk", "maersk"), ("ASML", "asml")];
        for (text, figure, predicate) in [
            (
                "Maersk's EBITDA fell 18% to $3.1 billion on revenue of $13.2 billion.",
                "$3.1 billion",
                "operating_income",
            ),
            (
                "Maersk's EBITDA fell 18% to $3.1 billion on revenue of $13.2 billion.",
                "$13.2 billion",
                "revenue",
            ),
            (
                "ASML's revenue fell 4% to $20.4 billion, and operating profit at its unit dropped.",
                "$20.4 billion",
                "revenue",
            ),
            (
                "ASML's net sales rose to 8.1 billion euros, while net profit climbed 14%.",
                "8.1 billion euros",
                "revenue",
            ),
        ] {
            let c = claims_of(text, cos);
            let row = c.iter().find(|r| r.2 == figure);
            assert_eq!(row.map(|r| r.1.as_str()), Some(predicate), "{text}: {c:?}");
        }
    }

    #[test]
    fn sales_bids_valuations_and_debt_name_their_figures() {
        let cos = &[
            ("Kering", "kering"),
            ("L'Oreal", "loreal"),
            ("Meta", "meta"),
        ];
        for (text, predicate) in [
            (
                "Kering completed the sale of its beauty unit to L'Oreal for 4 billion euros.",
                "acquisition",
            ),
            (
                "Meta is weighing a bid of about $5 billion for Kering.",
                "acquisition",
            ),
            (
                "A listing could value it at about 20 billion euros, Kering said.",
                "valuation",
            ),
            (
                "Meta sold $25 billion of bonds, its second jumbo deal this year.",
                "other",
            ),
        ] {
            let c = claims_of(text, cos);
            assert_eq!(
                c.first().map(|c| c.1.as_str()),
                Some(predicate),
                "{text}: {c:?}"
            );
        }
    }

    #[test]
    fn what_a_business_sells_makes_or_serves_counted_is_its_claim() {
        let cos = &[("BYD", "byd"), ("Airtel", "airtel"), ("Amazon", "amazon")];
        for (text, unit) in [
            (
                "BYD sold 582,500 vehicles in the third quarter.",
                "582,500 vehicles",
            ),
            (
                "Airtel added 5.1 million subscribers.",
                "5.1 million subscribers",
            ),
            ("BYD plans to open 90 stores in 2026.", "90 stores"),
            ("BYD shipped 1.2 million units.", "1.2 million units"),
        ] {
            let c = claims_of(text, cos);
            assert_eq!(c.len(), 1, "{text}: {c:?}");
            assert_eq!(
                (c[0].1.as_str(), c[0].2.as_str()),
                ("other", unit),
                "{text}"
            );
        }
        // A vague count is no one's figure; nor is a count with no company.
        let c = claims_of("Amazon said tens of thousands of customers use it.", cos);
        assert!(c.is_empty(), "{c:?}");
        let c = claims_of("The country sold 2 million vehicles.", cos);
        assert!(c.is_empty(), "{c:?}");
    }

    #[test]
    fn and_before_a_new_verb_ends_the_phrase_a_period_reaches() {
        let text = "Amazon will develop up to 3 GW and raised its capital plan to $120 billion \
                    through 2029.";
        let a = analysis_on(jiff::civil::date(2026, 2, 9), text);
        let got = figures_and_periods(&a);
        assert!(got.contains(&("3 GW", None)), "{got:?}");
        assert!(
            got.contains(&("$120 billion", Some("through 2029"))),
            "{got:?}"
        );
        assert!(!opens_clause(" in revenue and profit in "));
    }

    #[test]
    fn a_baseline_of_comparison_is_no_period() {
        for (text, figure, period) in [
            (
                "AWS generated Q4 net sales of $28.8 billion, a 19% increase from the previous year.",
                "19%",
                Some("Q4"),
            ),
            ("Nvidia's revenue rose 20% compared with 2023.", "20%", None),
            ("Nvidia's revenue rose 20% in 2024.", "20%", Some("2024")),
            // A date right after a baseline figure is the baseline's; the
            // baseline takes no other.
            (
                "AMD said fourth-quarter revenue rose to $10.27 billion from $7.66 billion a year ago.",
                "$10.27 billion",
                Some("fourth-quarter"),
            ),
            (
                "AMD said fourth-quarter revenue rose to $10.27 billion from $7.66 billion a year ago.",
                "$7.66 billion",
                Some("a year ago"),
            ),
            (
                "Microsoft spent $91.4 billion on capex in 2025, up from $52.5 billion a year earlier.",
                "$52.5 billion",
                None,
            ),
        ] {
            let a = analysis_on(jiff::civil::date(2025, 2, 7), text);
            let got = figures_and_periods(&a);
            assert!(got.contains(&(figure, period)), "{text}: {got:?}");
        }
    }

    #[test]
    fn shares_opening_the_clause_make_a_share_move() {
        let cos = &[("Microsoft", "microsoft")];
        let c = claims_of(
            "Microsoft sells software. Shares of the Redmond, Washington-based company fell about 5% in extended trading. The stock had gained 12% in the past year.",
            cos,
        );
        let got: Vec<(&str, &str)> = c.iter().map(|r| (r.0[0].as_str(), r.1.as_str())).collect();
        assert_eq!(
            got,
            [("microsoft", "stock_change"), ("microsoft", "stock_change")],
            "{c:?}"
        );
        // Not when "stock" only modifies the subject: a growth rate.
        let c = claims_of(
            "Microsoft sells software. Stock compensation at the Redmond, Washington-based software maker rose 12%.",
            cos,
        );
        assert_eq!(c[0].1, "growth_rate", "{c:?}");
    }

    #[test]
    fn a_date_past_another_figure_is_that_figures() {
        let a = analysis_on(
            jiff::civil::date(2026, 1, 29),
            "Microsoft's capital expenditures were $22.6 billion in the quarter, up from $14.9 billion a year ago.",
        );
        assert_eq!(
            figures_and_periods(&a),
            [
                ("$22.6 billion", None),
                ("$14.9 billion", Some("a year ago"))
            ]
        );
    }

    #[test]
    fn the_agent_of_a_passive_deal_acts() {
        let cos = &[
            ("Ansys", "ansys"),
            ("Synopsys", "synopsys"),
            ("Wiz", "wiz"),
            ("Google", "google"),
            ("OpenAI", "openai"),
            ("SoftBank", "softbank"),
        ];
        // The buyer first; a deal's subjects are both parties.
        let c = claims_of("Ansys was acquired by Synopsys for $35 billion.", cos);
        assert_eq!(c[0].0, v(&["synopsys", "ansys"]), "{c:?}");
        assert_eq!(c[0].1, "acquisition", "{c:?}");
        assert_eq!(c[0].3.as_deref(), Some("ansys"), "{c:?}");
        let c = claims_of("Wiz agreed to be bought by Google for $32 billion.", cos);
        assert_eq!(c[0].0, v(&["google", "wiz"]), "{c:?}");
        // Active voice is unchanged; "by" with no passive verb is no agent.
        let c = claims_of("Synopsys acquired Ansys for $35 billion.", cos);
        assert_eq!(c[0].0, v(&["synopsys", "ansys"]), "{c:?}");
        // The deal's object after "of" or a verb comes second; so does the
        // investor's counterparty, and a party of a later clause is none.
        let c = claims_of(
            "Synopsys completed the acquisition of Ansys for $35 billion.",
            cos,
        );
        assert_eq!(c[0].0, v(&["synopsys", "ansys"]), "{c:?}");
        let c = claims_of(
            "Google agreed to supply OpenAI with computing power worth $10 billion.",
            cos,
        );
        assert_eq!(c[0].0, v(&["google", "openai"]), "{c:?}");
        let c = claims_of(
            "SoftBank will invest $30 billion in OpenAI, with the rest coming from Google.",
            cos,
        );
        assert_eq!(c[0].0, v(&["softbank"]), "{c:?}");
        assert_eq!(c[0].3.as_deref(), Some("openai"), "{c:?}");
        // A round is raised by the company it is for.
        let c = claims_of(
            "A $6.6 billion funding round for OpenAI was led by SoftBank.",
            cos,
        );
        assert_eq!(c[0].0, v(&["openai"]), "{c:?}");
        assert_eq!(c[0].1, "funding_round", "{c:?}");
    }

    #[test]
    fn a_workforce_had_or_employed_is_a_headcount() {
        let cos = &[("Amazon", "amazon"), ("Meta", "meta")];
        for text in [
            "Amazon has about 1.5 million employees worldwide.",
            "Meta employs 76,000 people.",
        ] {
            let c = claims_of(text, cos);
            assert_eq!(c.len(), 1, "{text}: {c:?}");
            assert_eq!(c[0].1, "headcount", "{text}: {c:?}");
        }
        // Hires are a claim, but no headcount.
        let c = claims_of("Meta added 5,000 employees.", cos);
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!(c[0].1, "other", "{c:?}");
        let c = claims_of("Amazon has cut 14,000 jobs.", cos);
        assert_eq!(c[0].1, "job_cuts", "{c:?}");
    }

    #[test]
    fn industry_descriptors_refer_to_the_topic_unless_a_name_follows() {
        let cos = &[("Nvidia", "nvidia"), ("Microsoft", "microsoft")];
        let c = claims_of(
            "Nvidia sells GPUs. The chipmaker reported revenue of $57 billion.",
            cos,
        );
        assert_eq!(c[0].0, v(&["nvidia"]), "{c:?}");
        // The name is the party, and so what the text is about next.
        let c = claims_of(
            "Microsoft sells software. The chipmaker Nvidia reported revenue of $57 billion. The company expects sales of $65 billion.",
            cos,
        );
        assert_eq!(c[0].0, v(&["nvidia"]), "{c:?}");
        assert_eq!(c[1].0, v(&["nvidia"]), "{c:?}");
    }

    #[test]
    fn a_table_cell_takes_its_column_header() {
        let cos = &[("Amazon", "amazon"), ("Microsoft", "microsoft")];
        let c = claims_of(
            "| Company | Capex | YoY |\n|---|---|---|\n| Amazon | $125B | +50% |\n| Microsoft | $88B | +58% |\n",
            cos,
        );
        let got: Vec<(&str, &str, &str)> = c
            .iter()
            .map(|r| (r.0[0].as_str(), r.2.as_str(), r.1.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                ("amazon", "$125B", "capital_expenditure"),
                ("amazon", "50%", "growth_rate"),
                ("microsoft", "$88B", "capital_expenditure"),
                ("microsoft", "58%", "growth_rate"),
            ],
            "{c:?}"
        );
        // Without a header row the cells say no more.
        let c = claims_of("| Amazon | $125B |\n", cos);
        assert_eq!(c[0].1, "other", "{c:?}");
        // A year in the header is the cells' period.
        let a = analysis_on(
            jiff::civil::date(2026, 2, 9),
            "| Company | 2025 Capex | 2026 Capex |\n|---|---|---|\n| Amazon | $131B | $200B |\n",
        );
        assert_eq!(
            figures_and_periods(&a),
            [("$131B", Some("2025")), ("$200B", Some("2026"))]
        );
    }

    #[test]
    fn a_cited_source_does_not_become_the_topic() {
        let cos = &[("Bank of America", "bank-of-america"), ("Oracle", "oracle")];
        let c = claims_of(
            "Spending will hit $600 billion by 2028, according to Bank of America. The firm said its revenue rose to $5 billion.",
            cos,
        );
        assert!(c.iter().all(|r| r.0 != v(&["bank-of-america"])), "{c:?}");
    }

    #[test]
    fn a_trigger_before_a_qualifier_stands_at_the_qualifier() {
        let c = claims_of(
            "OpenAI is in talks to raise as much as $100 billion at a valuation of $830 billion.",
            COS,
        );
        let preds: Vec<&str> = c.iter().map(|r| r.1.as_str()).collect();
        assert_eq!(preds, ["funding_round", "valuation"], "{c:?}");
    }

    #[test]
    fn a_loss_is_no_per_share_figure() {
        let cos = &[("Intel", "intel")];
        let c = claims_of(
            "Intel posted a net loss of $2.9 billion, or 67 cents a share.",
            cos,
        );
        let preds: Vec<(&str, &str)> = c.iter().map(|r| (r.2.as_str(), r.1.as_str())).collect();
        assert_eq!(
            preds,
            [("$2.9 billion", "other"), ("67 cents", "eps")],
            "{c:?}"
        );
        let c = claims_of("Intel earned $1.2 billion, or 27 cents a share.", cos);
        let preds: Vec<(&str, &str)> = c.iter().map(|r| (r.2.as_str(), r.1.as_str())).collect();
        assert_eq!(
            preds,
            [("$1.2 billion", "other"), ("27 cents", "eps")],
            "{c:?}"
        );
    }

    #[test]
    fn a_share_move_takes_its_day() {
        let a = analysis_on(
            jiff::civil::date(2026, 2, 9),
            "Oracle shares fell 11% on Thursday. Oracle's revenue rose to $16 billion in January, it said on Friday.",
        );
        // Other figures keep month or coarser periods.
        assert_eq!(
            figures_and_periods(&a),
            [("11%", Some("Thursday")), ("$16 billion", Some("January"))]
        );
    }

    #[test]
    fn a_level_reached_is_no_growth_rate() {
        let c = claims_of("Meta's share of the ad market rose to 34%.", COS);
        assert_eq!(c[0].1, "market_share", "{c:?}");
        let c = claims_of("Meta's revenue growth accelerated to 22%.", COS);
        assert_eq!(c[0].1, "growth_rate", "{c:?}");
        let c = claims_of("Meta's revenue rose 22%.", COS);
        assert_eq!(c[0].1, "growth_rate", "{c:?}");
    }

    #[test]
    fn revenue_brought_in_and_margins() {
        let c = claims_of("Google's cloud segment brought in $12 billion.", COS);
        assert_eq!(c[0].1, "revenue", "{c:?}");
        let c = claims_of(
            "Google's gross margin of 73% was down from 76% a year earlier.",
            COS,
        );
        let preds: Vec<&str> = c.iter().map(|r| r.1.as_str()).collect();
        assert_eq!(preds, ["other", "other"], "{c:?}");
    }

    #[test]
    fn wire_shorthand_names_backlog_and_growth() {
        let c = claims_of("Oracle RPO hits $455 billion, up 359% YoY.", COS);
        let preds: Vec<&str> = c.iter().map(|r| r.1.as_str()).collect();
        assert_eq!(preds, ["backlog", "growth_rate"], "{c:?}");
    }

    #[test]
    fn a_fence_needs_a_subject_after_the_contrast_word() {
        let text = "Amazon rose, while setting a target; Intel fell, but Nvidia rose, though down \
                    from 5%; data center revenue was $5bn.";
        let all = Span::new(0, text.len());
        let got: Vec<&str> = fences(text, all)
            .iter()
            .map(|f| &text[f.start..f.end])
            .collect();
        assert_eq!(got, [";", ", but"]);
    }

    #[test]
    fn headlines_take_the_predicate_they_restate() {
        let c = claims_of(
            "Amazon Bets $200 Billion on AI\n\nAmazon said capital expenditures will climb to $200 billion this year.",
            COS,
        );
        assert_eq!(c.len(), 2);
        assert_eq!(c[0].1, "capital_expenditure");
        assert_eq!(c[0].4, Modality::Planned);
    }

    #[test]
    fn a_brokers_price_target_is_a_forecast_of_the_covered_company() {
        for (text, covered) in [
            (
                "Oracle raised its price target on Microsoft to $250 from $220.",
                "microsoft",
            ),
            ("Oracle has a $300 price target on Meta stock.", "meta"),
            (
                "Meta said revenue rose. Oracle lifted its target to $680.",
                "meta",
            ),
            ("Oracle cut its Amazon target to $290 from $315.", "amazon"),
        ] {
            let c = claims_of(text, COS);
            let last = c.last().expect("a claim");
            assert_eq!(last.0, v(&[covered]), "{text}: {c:?}");
            assert_eq!(last.4, Modality::Forecast, "{text}");
        }
        // A company's own goal for a measure is its plan.
        let c = claims_of("Amazon raised its EPS target to $2.60.", COS);
        assert_eq!(c[0].4, Modality::Planned, "{c:?}");
    }

    #[test]
    fn a_parent_named_in_apposition_is_no_actor() {
        let c = claims_of(
            "AWS, the cloud unit of Amazon, reported revenue of $35 billion.",
            COS,
        );
        assert_eq!(c[0].0, v(&["aws"]), "{c:?}");
    }

    #[test]
    fn the_sentence_subject_beyond_the_clause_comes_before_the_topic() {
        let c = claims_of(
            "Microsoft said revenue rose 30%. Amazon reports results on Thursday; \
             analysts expect revenue of $14.6bn.",
            COS,
        );
        assert_eq!(c.last().expect("claims").0, v(&["amazon"]), "{c:?}");
    }

    #[test]
    fn unnamed_sources_in_a_clause_of_their_own_hedge() {
        for text in [
            "Amazon will invest $1 billion, according to a person familiar with the matter.",
            "Amazon agreed to pay $1 billion for the unit, people familiar with the matter said.",
            "According to sources with knowledge of the plans, Amazon will spend $1 billion.",
            "Sources said Amazon is in talks to buy the unit for $1 billion.",
            "Amazon signed a deal worth $1 billion, according to two people familiar with \
             the matter, the latest in a string of deals.",
            "Amazon is exploring a sale of the unit for up to $1 billion, Bloomberg News reported.",
        ] {
            let c = claims_of(text, COS);
            assert_eq!(c[0].4, Modality::Hedged, "{text}");
        }
        // The outlet credited is no party to the deal.
        let c = claims_of(
            "Amazon is exploring a sale of the unit for $1 billion, Bloomberg News reported.",
            &[("Amazon", "amazon"), ("Bloomberg News", "bloomberg")],
        );
        assert_eq!(c[0].0, v(&["amazon"]), "{c:?}");
        // A verb phrase going on from a planned clause, with no subject of
        // its own, is planned too; a result that happened is not.
        let c = claims_of(
            "Amazon said it would close two plants, cutting around 900 jobs, and reduce \
             its capex to $3.8 billion.",
            COS,
        );
        let planned: Vec<_> = c.iter().map(|r| (r.2.as_str(), r.4)).collect();
        assert!(
            planned.contains(&("900 jobs", Modality::Planned))
                && planned.contains(&("$3.8 billion", Modality::Planned)),
            "{c:?}"
        );
        let c = claims_of(
            "Amazon now sees a decline, sending its stock down 7.8% in early trading.",
            COS,
        );
        assert_eq!(c.last().map(|r| r.4), Some(Modality::Reported), "{c:?}");
        // The company reporting its own figure is no outlet's report.
        let c = claims_of("Revenue rose to $5 billion, Amazon reported.", COS);
        assert_eq!(c[0].4, Modality::Reported);
        // A buyback programme announced or authorized is a plan; shares
        // bought back are reported.
        let c = claims_of("Amazon announced a share buyback of up to $3 billion.", COS);
        assert_eq!(c[0].4, Modality::Planned);
        let c = claims_of(
            "Amazon bought back $5 billion of shares in the quarter.",
            COS,
        );
        assert_eq!(c[0].4, Modality::Reported);
        // An accounting term is no plan; the company's own voice stays.
        let c = claims_of("Amazon said expected credit losses were $1.1 billion.", COS);
        assert_eq!(c[0].4, Modality::Reported);
        let c = claims_of("Amazon will spend $100 billion, the company said.", COS);
        assert_eq!(c[0].4, Modality::Planned);
    }

    #[test]
    fn multibyte_clause_marks_are_safe() {
        let c = claims_of(
            "Amazon — the retailer — said it could spend $5 billion – maybe.",
            COS,
        );
        assert_eq!(c[0].4, Modality::Hedged);
    }

    #[test]
    fn appositions_and_modifiers_do_not_become_the_topic() {
        let text = "Amazon grew. Most of its budget goes to its cloud division, AWS. The company cut 5% of staff. Some AWS employees left. The company raised $5 billion.";
        let c = claims_of(text, COS);
        assert!(c.iter().all(|x| x.0 == v(&["amazon"])), "{c:?}");
    }

    #[test]
    fn a_percent_needs_a_company_in_its_sentence_or_a_predicate() {
        let c = claims_of(
            "Amazon leads. Its HyperPod cuts training time by up to 40%.",
            COS,
        );
        assert_eq!(c.len(), 1, "{c:?}");
        let c = claims_of(
            "Amazon leads. HyperPod cuts training time by up to 40%.",
            COS,
        );
        assert!(c.is_empty(), "{c:?}");
        let c = claims_of("Amazon leads. Shares rose 4% on Friday.", COS);
        assert_eq!(c[0].1, "stock_change");
    }

    #[test]
    fn part_of_a_whole_is_headcount() {
        let c = claims_of(
            "Amazon is eliminating some 30,000 of about 350,000 corporate roles.",
            COS,
        );
        let preds: Vec<&str> = c.iter().map(|x| x.1.as_str()).collect();
        assert_eq!(preds, vec!["job_cuts", "headcount"]);
    }

    #[test]
    fn valuations_belong_to_the_company_valued() {
        let c = claims_of(
            "Google agreed to invest $40 billion in OpenAI at a $300 billion valuation.",
            COS,
        );
        assert_eq!(
            (c[0].0.clone(), c[0].1.as_str()),
            (v(&["google"]), "investment")
        );
        assert_eq!(
            (c[1].0.clone(), c[1].1.as_str()),
            (v(&["openai"]), "valuation")
        );
    }

    /// SPEC.md makes every money figure about a company a claim: the
    /// same figure in another currency restates the claim of the first.
    #[test]
    fn a_currency_conversion_restates_the_claim() {
        let c = claims_of(
            "Amazon plans to invest ₩360 trillion ($270bn) in plants.",
            COS,
        );
        assert_eq!(c.len(), 2, "{c:?}");
        assert_eq!(
            (c[0].2.as_str(), c[1].2.as_str()),
            ("₩360 trillion", "$270bn")
        );
        assert_eq!((&c[0].0, &c[0].1, c[0].4), (&c[1].0, &c[1].1, c[1].4));
        // Not a figure in parentheses that is no conversion of another.
        let c = claims_of("Amazon plans to invest in plants (about $270bn).", COS);
        assert_eq!(c.len(), 1, "{c:?}");
    }

    #[test]
    fn it_refers_to_the_company_just_named() {
        let c = claims_of(
            "Amazon leads. Google said it would buy Anthropic for $32 billion.",
            COS,
        );
        assert_eq!(c[0].0, v(&["google", "anthropic"]));
        assert_eq!(c[0].1, "acquisition");
        assert_eq!(c[0].3.as_deref(), Some("anthropic"));
    }

    #[test]
    fn no_company_no_claim() {
        assert!(claims_of("Prices rose to $5 billion.", COS).is_empty());
    }
}

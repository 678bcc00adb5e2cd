//! The companies that take part in a sentence, named or referred to, and the
//! lists they form: read once per sentence, before any figure asks who its
//! subject or counterparty is.

use std::collections::HashMap;

use once_cell::sync::Lazy;

use crate::analysis::{Kind, Mention, Span, Value};
use crate::lexicon::phrases::Hit;
use crate::lexicon::Lexicons;

use super::sources::{
    broker_estimating, in_aside, is_credit, is_source, is_speaker, outlet_credit,
    parenthesized_credit,
};
use super::subject::{appositive, attributive};
use super::words::{first_word, last_word, listed, split_last_word};
use super::EMPHASIS;

/// Prepositions that make a company an oblique participant, not the subject.
#[rustfmt::skip]
const OBLIQUE: &[&str] = &[
    "with", "in", "into", "to", "from", "against", "than", "like", "including", "versus", "vs",
    "vs.", "over", "beyond", "behind", "among", "between", "by", "at", "on", "toward", "towards",
    "unlike", "via", "about", "within", "after", "before", "since", "until", "during", "despite",
    "through", "under", "across", "amid", "upon", "around", "without", "except", "inside", "besides",
    "excluding", "excl", "excl.", "outside",
];

/// Words that, before a company named after the figure, make it something
/// other than the actor ("used for AWS expansion", "expansion of AWS").
pub(super) const GOVERNED_AFTER: &[&str] = &["for", "of", "as", "per"];

/// Nouns of a measure whose owner may follow after "at": "revenue at
/// Alibaba Cloud", "sales at the unit".
const MEASURE_NOUNS: &[&str] = &[
    "revenue",
    "revenues",
    "sales",
    "profit",
    "profits",
    "income",
    "earnings",
    "spending",
    "capex",
    "margin",
    "margins",
    "growth",
    "losses",
    "bookings",
    "orders",
    "shipments",
];

/// Verbs whose object is the other party of a deal, never its actor:
/// "buy Wiz", "sold Anthropic 1mn TPUs".
#[rustfmt::skip]
const OBJECT_VERBS: &[&str] = &[
    "buy", "buys", "bought", "buying", "acquire", "acquires", "acquired", "acquiring",
    "purchase", "purchased", "sell", "sells", "sold", "selling", "back", "backed", "fund",
    "funded", "hire", "hired", "pay", "pays", "paid", "paying", "supply", "supplies", "supplied",
    "supplying", "provide", "provides", "provided", "providing",
];

/// The most words of a descriptor between a verb or preposition and the
/// name it governs ("bought Israeli chip designer Mellanox").
pub(super) const DESCRIPTOR_WORDS: usize = 4;

/// Words that end a descriptor looking back: verbs and conjunctions that
/// make the name their own subject ("said", "and").
#[rustfmt::skip]
const NOT_DESCRIPTORS: &[&str] = &[
    "and", "or", "but", "said", "says", "while", "as", "than", "that", "which", "who", "when",
    "after", "before", "because", "if", "is", "was", "are", "were", "will", "would", "has",
    "have", "had", "not",
];

/// Whether a party is the object of a verb of buying or selling.
pub(super) fn governed_by_verb(p: &Party) -> bool {
    p.preposition_word
        .is_some_and(|w| OBJECT_VERBS.contains(&w))
}

/// Nouns after a possessive that make the possessor not the actor
/// ("Google's parent company", "Amazon's rival").
#[rustfmt::skip]
pub(super) const RELATIONAL: &[&str] = &[
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
pub(super) struct Party {
    pub(super) span: Span,
    pub(super) slug: String,
    /// A broker or research house estimating ("Bernstein expects"): the
    /// source of the figures after it, not their subject.
    pub(super) broker: bool,
    pub(super) possessive: bool,
    /// Index of the company mention, when named.
    pub(super) mention: Option<usize>,
    /// The preposition governing it, lower case, if any.
    pub(super) preposition: Option<&'static str>,
    /// The word just before it, lower case.
    pub(super) preposition_word: Option<&'static str>,
    /// The word after the possessive, lower case.
    pub(super) after_possessive: Option<&'static str>,
    /// Implied by a chip's vendor ("Trainium2 ... 4x" is Amazon's figure),
    /// weaker than a named company.
    pub(super) implied: bool,
    /// A source cited ("according to", "analysts at", "Jefferies analysts"),
    /// read once when the party is made: every figure asks.
    pub(super) cited: bool,
    /// Inside an aside between commas that opens with a participle or a
    /// relative word ("X, founded by former OpenAI staff, raised"): a party
    /// of the aside, not of the sentence.
    pub(super) aside: bool,
    /// The subject of a clause that "after", "before", "since" or "until"
    /// opens ("after Nvidia agreed to invest"): it acts in its clause, but
    /// it is not what the text is about.
    pub(super) subordinate: bool,
}

/// Parties joined by "," / "and" into one group: neighbours in the
/// sentence, so a range of party indices.
#[derive(Debug, Clone)]
pub(super) struct Group {
    pub(super) members: std::ops::Range<usize>,
    pub(super) span: Span,
}

/// What the text told before a sentence, for the words that refer back:
/// its topic, the companies named lately, and who "we" is.
pub(super) struct Told<'a> {
    pub topic: &'a Option<String>,
    pub recent: &'a [String],
    pub first_person: Option<&'a str>,
}

/// Named and referred-to companies of one sentence, in order.
pub(super) fn parties(
    text: &str,
    sentence: Span,
    here: &[usize],
    mentions: &[Mention],
    lex: &Lexicons,
    told: Told<'_>,
) -> Vec<Party> {
    let Told {
        topic,
        recent,
        first_person,
    } = told;
    // Named companies come in text order and never overlap one another.
    let mut named: Vec<Party> = here
        .iter()
        .filter_map(|&i| match &mentions[i].value {
            Value::Company(c) if !is_credit(text, mentions[i].span()) => {
                // "the Gucci owner", "the Instagram parent": the company that
                // owns the one named, where the lexicon knows it.
                let after = &text[mentions[i].end..sentence.end];
                let owner = after.starts_with(" owner") || after.starts_with(" parent");
                let slug = match (&c.parent, owner) {
                    (Some(parent), true) => parent.clone(),
                    _ => c.id.clone(),
                };
                let mut p = party(text, sentence, mentions[i].span(), slug, Some(i));
                // "will replace Boeing 737-800s": a maker named for its
                // model stands as a chip's vendor does, implied.
                p.implied = names_a_model(after);
                Some(p)
            }
            _ => None,
        })
        .collect();
    // A name in an apposition to a source cited is cited too: "according to
    // Yonhap Infomax, the financial data firm of Yonhap News Agency" (the
    // rest of the source's name may stand before the comma).
    for j in 1..named.len() {
        if named[j - 1].cited && !named[j].cited && named[j - 1].span.end <= named[j].span.start {
            let between = &text[named[j - 1].span.end..named[j].span.start];
            named[j].cited = between.split_once(", ").is_some_and(|(rest, gloss)| {
                rest.split_whitespace().count() <= 2
                    && rest
                        .split_whitespace()
                        .all(|w| w.starts_with(|c: char| c.is_uppercase()))
                    && first_word(gloss)
                        .is_some_and(|w| listed(w, &["the", "a", "an", "its"]).is_some())
                    && !gloss.contains([',', ';', '.', '(', ')'])
            });
        }
    }
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
        let acting = named[..before]
            .iter()
            .enumerate()
            .rev()
            .take(8)
            .filter(|&(k, _)| !governed_list(k))
            .map(|(_, p)| p)
            // Nor a maker named inside a count ("an order for 30 Airbus
            // jets, taking its total order to 60").
            .filter(|p| !inside_count(here, mentions, p.span))
            .filter(|p| {
                (p.preposition.is_none() || p.possessive || opens_at(text, sentence, p.span))
                    && !(p.possessive && p.after_possessive.is_some())
                    // Not a source: "denied a Financial Times report that
                    // it had made a bid" is the denier's bid; nor a name in
                    // an aside ("the chipmaker, whose customers include
                    // Apple, ... its guidance").
                    && !p.cited
                    && !p.aside
            });
        // A possessive inside a prepositional phrase qualifies that
        // phrase's noun ("HBM4 for Nvidia's Vera Rubin platform, and its
        // profit"): an acting name before it is meant first; it alone
        // ("In Nvidia's latest quarter, its revenue") is meant still.
        // So is the object of a verb of buying or selling ("The group sold
        // Arm shares, reducing its stake": the seller's).
        let in_phrase = |p: &Party| {
            (p.possessive
                && p.preposition_word
                    .is_some_and(|w| OBLIQUE.contains(&w) || GOVERNED_AFTER.contains(&w)))
                || governed_by_verb(p)
        };
        let named_before = match acting.clone().next() {
            Some(nearest) if in_phrase(nearest) => {
                let named = acting.clone().find(|p| !in_phrase(p));
                // ("The company began ... for Nvidia's platform, and its":
                // a reference read before it may be that acting name.)
                let referred = referred.iter().rev().find(|p| {
                    p.span.end <= span.start && p.preposition_word.is_none() && !p.possessive
                });
                match (named, referred) {
                    (Some(n), Some(r)) if r.span.start > n.span.start => Some(r),
                    (Some(n), _) => Some(n),
                    (None, r) => r.or(Some(nearest)),
                }
            }
            other => other,
        }
        .map(|p| p.slug.clone());
        // The sentence's own subject before it, its first company when no
        // preposition governs that: "xAI raised $20bn, valuing the company
        // at $230bn" (not "Facing competition from Microsoft and Google,
        // the tech giant"); or the company an "At" opening names ("At
        // Amazon, capital spending reached $52.6bn, and the company ...").
        let subject_before = named[..before]
            .first()
            .filter(|p| {
                (p.preposition_word.is_none() || opens_at(text, sentence, p.span))
                    // ("Anthropic's run-rate has passed $14 billion, the
                    // company told investors": a possessive opening the
                    // sentence is its subject's owner.)
                    && (!p.possessive
                        || text[sentence.start..p.span.start]
                            .trim_start_matches(|c: char| !c.is_alphanumeric())
                            .is_empty())
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
            // "we", "our": only where the text is a company speaking.
            "@we" => first_person.map(str::to_string),
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
    // ("The South Korean chipmaker said operating profit rose to 15.8
    // trillion won, above the 15.1 trillion won LSEG SmartEstimate": so
    // does an opening descriptor beside names later in the sentence, when
    // no name stands right after it, "The chipmaker Nvidia".)
    if referred.is_empty() {
        let descriptor = descriptor_subject(text, sentence).or_else(|| {
            named
                .is_empty()
                .then(|| descriptor_speaker(text, sentence))
                .flatten()
        });
        let adjoins = |span: Span| {
            named
                .iter()
                .any(|p| p.span.start >= span.end && text[span.end..p.span.start].trim().is_empty())
        };
        if let (Some(span), Some(slug)) = (descriptor, topic) {
            if !adjoins(span) {
                referred.push(party(text, sentence, span, slug.clone(), None));
            }
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

/// Whether the text after a company's name opens with a model's
/// designation: "737-800s", "A350-1000", "787", "A321XLRs" (up to three
/// capitals, then two to four digits, then an optional dash and digits,
/// letters and plural "s"); not a year ("Boeing 2025 deliveries").
fn names_a_model(after: &str) -> bool {
    let Some(rest) = after.strip_prefix(' ') else {
        return false;
    };
    let token = rest.split([' ', ',', ';', '.', ')']).next().unwrap_or("");
    let b = token.as_bytes();
    let letters = b.iter().take_while(|c| c.is_ascii_uppercase()).count();
    let digits = b[letters..]
        .iter()
        .take_while(|c| c.is_ascii_digit())
        .count();
    if letters > 3 || !(2..=4).contains(&digits) {
        return false;
    }
    let year = letters == 0
        && digits == 4
        && token[..4]
            .parse::<u16>()
            .is_ok_and(|y| (1900..=2100).contains(&y));
    let tail = &token[letters + digits..];
    let tail_ok = tail
        .trim_start_matches(|c: char| c == '-' || c.is_ascii_digit())
        .bytes()
        .all(|c| c.is_ascii_alphabetic());
    !year && tail_ok
}

/// Products that stand for their company: `src/lexicon/products.tsv`.
static PRODUCTS: Lazy<(aho_corasick::AhoCorasick, Vec<&'static str>)> = Lazy::new(|| {
    let rows: Vec<(&str, &str)> = include_str!("../lexicon/products.tsv")
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
pub(super) fn product_parties(text: &str, sentence: Span, parties: &mut Vec<Party>) {
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
    let mut prev = "";
    for (k, raw) in rest.split(' ').take(4).enumerate() {
        // (An aside may follow the head: "The Irish airline, which ...".)
        let w = raw.strip_suffix(',').unwrap_or(raw);
        end += w.len();
        // "The central bank": a public body, no lender the text is about.
        if w == "bank" && prev == "central" {
            return None;
        }
        // "The world's second-biggest container line": a line of ships.
        let line = w == "line" && listed(prev, &["container", "shipping", "cruise"]).is_some();
        prev = w;
        if line || crate::recognize::company::is_descriptor_head(w) {
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
        // "The world's", "The country's": a possessive of the place ranked in.
        let word = w
            .strip_suffix("'s")
            .or_else(|| w.strip_suffix("’s"))
            .filter(|_| k == 0)
            .unwrap_or(w);
        if raw.len() != w.len() || !word.chars().all(|c| c.is_alphabetic() || c == '-') {
            return None;
        }
        end += 1;
    }
    None
}

/// "..., the world's biggest listed miner said.": a company's descriptor
/// speaking at the sentence's end, after a comma, refers to the company
/// the text is about as "the miner said" does. The span of the phrase.
fn descriptor_speaker(text: &str, sentence: Span) -> Option<Span> {
    let s = text[sentence.start..sentence.end].trim_end_matches(['.', ' ', '"', '”']);
    // (The verb first: most sentences end otherwise.)
    const SPEAKS: &[&str] = &["said", "says", "added", "reported", "announced"];
    if last_word(s).is_none_or(|w| listed(w, SPEAKS).is_none()) {
        return None;
    }
    let comma = s.rfind(", ")?;
    let tail = &s[comma + 2..];
    let words: Vec<&str> = tail.split(' ').collect();
    // "the" + at most four modifiers + the head + the speech verb.
    if !(3..=7).contains(&words.len()) || !words[0].eq_ignore_ascii_case("the") {
        return None;
    }
    let (verb, head) = (words[words.len() - 1], words[words.len() - 2]);
    let speaks = listed(verb, SPEAKS).is_some();
    (speaks && crate::recognize::company::is_descriptor_head(head)).then(|| {
        let start = sentence.start + comma + 2;
        Span::new(start, start + tail.len() - verb.len() - 1)
    })
}

/// Whether `span` lies inside a quantity of `here` (mention indices in
/// text order). Only a company or chip may stand inside a figure, so the
/// quantity is among the last few mentions starting at or before it.
pub(super) fn inside_count(here: &[usize], mentions: &[Mention], span: Span) -> bool {
    let k = here.partition_point(|&i| mentions[i].start <= span.start);
    here[..k].iter().rev().take(3).any(|&i| {
        let m = &mentions[i];
        m.kind() == Kind::Quantity && m.span().contains(&span)
    })
}

/// Whether a name opens its sentence after "At" and before a comma: "At
/// Target, comparable sales fell" is about Target, and so is the "It"
/// that follows.
pub(super) fn opens_at(text: &str, sentence: Span, span: Span) -> bool {
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
    // A digest's shorthand: "UFC deal w/ TKO Group".
    if before.ends_with(" w/") {
        preposition_word = Some("with");
    } else if let Some((mut rest, w)) = split_last_word(before) {
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
        // "walked away from lower-margin Amazon deliveries", "to struggling
        // Intel": a preposition past one lower-case adjective.
        if preposition_word.is_none()
            && !w.is_empty()
            && w.chars().all(|c| c.is_ascii_lowercase() || c == '-')
        {
            if let Some(g) = last_word(rest)
                .and_then(governing)
                .filter(|g| OBLIQUE.contains(g))
            {
                preposition_word = Some(g);
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
    // So is "with" before a participle ("with Exxon Mobil gaining 1.6%").
    let subordinate = mention.is_some()
        && !possessive
        && match preposition_word {
            Some("after" | "before" | "since" | "until") => {
                first_word(after.trim_start()).is_some_and(finite_verb)
            }
            Some("with") => first_word(after.trim_start())
                .is_some_and(|w| w.len() > 5 && w.ends_with("ing") && w.is_ascii()),
            _ => false,
        };
    // "Revenue at Alibaba Cloud rose 34%": the measure's owner, as
    // "Alibaba Cloud's revenue" would be.
    let owner_at = preposition_word == Some("at")
        && split_last_word(before)
            .and_then(|(rest, _)| last_word(rest))
            .is_some_and(|w| listed(w, MEASURE_NOUNS).is_some());
    let preposition = preposition_word.filter(|w| OBLIQUE.contains(w) && !subordinate && !owner_at);
    Party {
        implied: false,
        cited: is_source(text, sentence, span, preposition_word)
            || outlet_credit(text, sentence, span, &slug)
            || parenthesized_credit(text, sentence, span),
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

/// Joins parties separated only by commas, "and", "&" (a ticker in
/// parentheses or a possessive between is fine).
pub(super) fn groups(text: &str, parties: &[Party], fences: &[Span]) -> Vec<Group> {
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
        // A digest's pairing: "Mistral x Nebius: ~$4.5B", "Samsung + AMD".
        "x" | "×" | "+" => Some(true),
        _ => None,
    }
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

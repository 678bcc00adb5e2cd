//! Modality: whose voice a figure is stated in. A cue near the figure
//! (src/lexicon/modality.tsv) gives the first reading; the rules here
//! correct it by who speaks: analysts expecting in the clause make it a
//! forecast, a company's own forecast or guidance makes it a plan.

use super::*;

use super::clause::clause;
use super::words::{first_word, last_word, listed};

/// How many words before the figure a modality cue may stand ("expects to
/// allocate more than $100 billion"), and after it ("$5bn is planned").
const CUE_WORDS_BEFORE: usize = 8;
const CUE_WORDS_AFTER: usize = 3;

/// How many words before the figure a hedge may stand.
const HEDGE_WORDS_BEFORE: usize = 14;

/// Who a figure's sentence is attributed to, as far as modality cares.
#[derive(Debug, Clone, Copy)]
pub(super) struct Voice {
    /// The whole sentence (the window a figure is read in may start later).
    pub sentence: Span,
    /// The sentence is said by one of the claim's subjects ("..., the
    /// company said", "Nvidia said ..."): its expectations are its plans.
    pub own: bool,
    /// What the whole sentence holds, read once for all its figures.
    pub cues: Cues,
}

/// How many of the hints in [`Cues::of`] stand for analysts (the rest for
/// denials).
const ANALYST_HINTS: usize = 10;

/// Words whose rules each figure would otherwise look for in its window:
/// most sentences have none, and one pass over the sentence says so.
#[derive(Debug, Clone, Copy)]
pub(super) struct Cues {
    /// An analyst word ([`ANALYST_WORDS`]).
    pub analysts: bool,
    /// A verb of denial or a word of falsehood.
    pub denial: bool,
    /// Unnamed sources ([`SOURCE_TAILS`]).
    pub sources: bool,
}

impl Cues {
    /// Every rule asked, for a caller that has not read the sentence.
    pub const ALL: Cues = Cues {
        analysts: true,
        denial: true,
        sources: true,
    };

    /// A cheap over-approximation: lower-case tails of the words, in one
    /// case-sensitive automaton (a vectorized search), the precise rules
    /// running only where one is found.
    pub fn of(sentence: &str) -> Cues {
        static HINTS: once_cell::sync::Lazy<aho_corasick::AhoCorasick> =
            once_cell::sync::Lazy::new(|| {
                aho_corasick::AhoCorasick::new(
                    [
                        // analysts and their kin
                        "nalyst",
                        "NALYST",
                        "conomist",
                        "trategist",
                        "nvestor",
                        "onsensus",
                        "olled",
                        "urveyed",
                        "roker",
                        "ROKER",
                        // denials and falsehoods
                        "eni",
                        "ENI",
                        "eny",
                        "ENY",
                        "ismiss",
                        "eject",
                        "efut",
                        "true",
                        "unfounded",
                        "baseless",
                        "groundless",
                        "false",
                    ]
                    .into_iter()
                    .chain(SOURCE_TAILS.iter().copied()),
                )
                .expect("hints compile")
            });
        let mut cues = Cues {
            analysts: false,
            denial: false,
            sources: false,
        };
        let sources_from = HINTS.patterns_len() - SOURCE_TAILS.len();
        for m in HINTS.find_overlapping_iter(sentence) {
            let k = m.pattern().as_usize();
            if k < ANALYST_HINTS {
                cues.analysts = true;
            } else if k < sources_from {
                cues.denial = true;
            } else {
                cues.sources = true;
            }
            if cues.analysts && cues.denial && cues.sources {
                break;
            }
        }
        cues
    }
}

/// The modality of a figure, and whether it was the default (no cue).
/// `window` is the figure's fenced window ([`Facts::near`]).
pub(super) fn modality_for(
    ctx: &Context<'_>,
    window: Span,
    object: Span,
    voice: Voice,
) -> (Modality, bool) {
    let text = ctx.text;
    let c = clause(text, window, object);
    // A hedge covers the clause it opens from further back: "is in talks
    // to supply Tesla with batteries worth about 3 trillion won".
    let near = word_start_before(text, c.start, object.start, CUE_WORDS_BEFORE);
    let from = word_start_before(text, c.start, near, HEDGE_WORDS_BEFORE - CUE_WORDS_BEFORE);
    let to = word_end_after(text, object.end, c.end, CUE_WORDS_AFTER);
    let mut hits = ctx.lexicons.modality.find(&text[from..to]);
    hits.retain(|h| {
        let (start, end) = (from + h.start, from + h.end);
        if start < near
            && h.label != "hedged"
            && !possessed_guidance(text, from, (start, end), object.start)
        {
            return false;
        }
        // "in May", "Shares of Target": a capitalized cue inside a sentence
        // is a name (a month, a company), not the word.
        // At the sentence's start, a name is followed by another capital or
        // a possessive ("Target Shares Sink", "Target's profit").
        let after = text[end..].trim_start_matches(' ');
        let name_follows = after.starts_with(|c: char| c.is_uppercase())
            || after.starts_with("'s")
            || after.starts_with("’s");
        // (A cue written in camel case is the thing it names: "LSEG
        // SmartEstimate" is an estimate.)
        let camel = text[start..end]
            .bytes()
            .skip(1)
            .any(|b| b.is_ascii_uppercase());
        let name = text[start..end].starts_with(|c: char| c.is_ascii_uppercase())
            && !text[start..end].contains(' ')
            && !camel
            && (start > voice.sentence.start || name_follows);
        // "$57B beat estimates of $55B": what the figure is measured
        // against is not its voice.
        let measured = start >= object.end && compares(&text[object.end..start]);
        !(name || measured)
    });
    // "hit $37.5bn, above the $34.3bn analysts had forecast": the
    // analysts after a comparison word speak for what the figure is
    // measured against, not for the figure (unless they stand before it).
    let measured_after = || {
        compares(&text[object.end..c.end])
            && !(voice.cues.analysts && names_analysts(&text[c.start..object.start]))
    };
    let best = hits.iter().min_by_key(|h| h.rank);
    let label = best.map(|h| h.label);
    // An expectation is a forecast when it is someone else's: analysts
    // in the clause ("Analysts at Bernstein expect", "the $3.11 analysts
    // had expected"), another company expecting of a named one ("Goldman
    // Sachs expects Microsoft to spend"), or an estimate credited at the
    // sentence's end (", Jefferies estimates.").
    let label = match (label, best) {
        (Some("planned"), Some(h)) => {
            let cue = &text[from + h.start..from + h.end];
            let expects = ["expect", "expects", "expected"]
                .iter()
                .any(|w| w.eq_ignore_ascii_case(cue));
            let third_party = expects
                && ((voice.cues.analysts && names_analysts(&text[c.start..c.end]))
                    || expects_of_a_name(&text[from + h.end..c.end]));
            if third_party || credited_estimate(text, window, object) {
                Some("forecast")
            } else {
                label
            }
        }
        // "TSMC forecast capital spending of $52 billion": a company's own
        // forecast is its guidance, a plan.
        (Some("forecast"), Some(h))
            if own_guidance(
                text,
                (voice.sentence, c),
                from + h.start,
                from + h.end,
                object.start,
            ) =>
        {
            Some("planned")
        }
        // "Gross margin is expected to be about 75%, the company said":
        // the company's own expectation; "raised its capex forecast to".
        (Some("forecast"), Some(_))
            if hits.iter().filter(|h| h.label == "forecast").any(|h| {
                own_expectation(
                    text,
                    window,
                    voice,
                    from + h.start,
                    from + h.end,
                    object.start,
                )
            }) =>
        {
            Some("planned")
        }
        // "Alphabet could be worth $5 trillion, Wedbush predicted".
        (None | Some("hedged"), _)
            if credited_estimate(text, window, object) && !measured_after() =>
        {
            Some("forecast")
        }
        // "Analysts polled by Bloomberg had estimated net profit of ...".
        (None, _)
            if voice.cues.analysts
                && estimated_by_analysts(&text[c.start..c.end])
                && !measured_after() =>
        {
            Some("forecast")
        }
        // "Siemens to buy Altair for $10 billion": a headline's plan.
        (None, _) if headline_plan(&text[voice.sentence.start..object.start]) => Some("planned"),
        _ => label,
    };
    // "..., people familiar with the matter said.", "According to a person
    // familiar with the plans, ...": unnamed sources credited in a clause
    // of their own hedge what the clause states or plans.
    let label = if matches!(label, None | Some("planned"))
        && voice.cues.sources
        && sourced(text, window, object)
    {
        Some("hedged")
    } else {
        label
    };
    // "said it would close two plants, cutting 900 jobs, and reduce its
    // capex to 3.8 billion euros": a verb phrase that goes on from an
    // earlier clause without a subject of its own takes that clause's plan
    // or hedge.
    // (Only a modal or a verb of intent before "to" carries over: "now
    // sees a decline, sending its stock down 7.8%" tells what happened.)
    let label = match label {
        None if continues_verb_phrase(text, voice.sentence, c) => {
            let head = &text[voice.sentence.start..c.start];
            ctx.lexicons
                .modality
                .find(head)
                .iter()
                .filter(|h| matches!(h.label, "planned" | "hedged"))
                .filter(|h| {
                    let cue = &head[h.start..h.end];
                    // "which ends in May": a capital makes it a name.
                    let lower = cue.starts_with(|c: char| c.is_ascii_lowercase());
                    lower
                        && (listed(cue, &["will", "would", "shall", "could", "may", "might"])
                            .is_some()
                            || crate::affix::ends_with_ignore_case(cue, " to"))
                })
                .min_by_key(|h| h.rank)
                .map(|h| h.label)
        }
        l => l,
    };
    // Denials and analysts' voices reach further than a cue's few words.
    let label =
        if label != Some("denied") && voice.cues.denial && denied_around(text, window, object) {
            Some("denied")
        } else if label != Some("denied")
            && label != Some("forecast")
            && voice.cues.analysts
            && analysts_voice(
                text,
                window,
                c,
                object,
                label.is_some() && !measured_after(),
            )
        {
            Some("forecast")
        } else {
            label
        };
    match label {
        Some("denied") => (Modality::Denied, false),
        Some("forecast") => (Modality::Forecast, false),
        Some("hedged") => (Modality::Hedged, false),
        Some("planned") => (Modality::Planned, false),
        _ => (Modality::Reported, true),
    }
}

/// Whether the forecast cue at `cue_start..cue_end` is a company's verb
/// about its own figure: a guidance verb right after a capitalized name
/// that is no analyst, no other name between it and the figure, and no
/// analysts in the clause.
fn own_guidance(
    text: &str,
    (sentence, clause): (Span, Span),
    cue_start: usize,
    cue_end: usize,
    figure: usize,
) -> bool {
    let cue = &text[cue_start..cue_end];
    let verb = [
        "forecast",
        "forecasts",
        "forecasted",
        "projected",
        "projects",
        "predicts",
    ]
    .iter()
    .any(|v| v.eq_ignore_ascii_case(cue));
    if !verb || cue_end > figure || names_analysts(&text[clause.start..clause.end]) {
        return false;
    }
    // The word before the verb, past auxiliaries ("Oracle has forecast",
    // "Nvidia also forecast"): a name that is no analyst, or the company
    // referred to ("The Dutch company forecast", "it forecast").
    let mut before = text[clause.start..cue_start].trim_end();
    let subject = loop {
        let Some(w) = last_word(before) else {
            break None;
        };
        if listed(w, AUXILIARIES).is_some() {
            before = before[..before.len() - w.len()].trim_end();
            continue;
        }
        break Some(w);
    };
    let named = |w: &str| {
        (w.starts_with(|c: char| c.is_uppercase()) && listed(w, ANALYST_WORDS).is_none())
            || w == "it"
            // "company", "group", "firm", "chipmaker": the company referred to.
            || crate::recognize::company::is_descriptor_head(w)
    };
    // "Applied Materials said revenue rose 4% to $7.61 billion, and
    // forecast first-quarter revenue of $7.35 billion": a verb coordinated
    // with the sentence's own has its subject, named at the start.
    let coordinated = subject == Some("and")
        && first_word(
            text[sentence.start..cue_start].trim_start_matches(|c: char| !c.is_alphanumeric()),
        )
        .is_some_and(|w| w.starts_with(|c: char| c.is_uppercase()) && named(w))
        && !names_analysts(&text[sentence.start..cue_start]);
    let own = coordinated || subject.is_some_and(named);
    own && !name_between(text, cue_end, figure)
}

/// Words between a subject and its verb that leave the subject as it is.
const AUXILIARIES: &[&str] = &[
    "has",
    "have",
    "had",
    "also",
    "now",
    "previously",
    "earlier",
    "again",
    "already",
    "then",
    "initially",
    "separately",
];

/// Whether a capitalized word stands between a forecast cue and its figure:
/// another company's figure then ("forecast Microsoft's capex at").
fn name_between(text: &str, cue_end: usize, figure: usize) -> bool {
    text[cue_end..figure].split_whitespace().any(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '.');
        w.starts_with(|c: char| c.is_uppercase())
            && !MEASURE_ACRONYMS.contains(&w)
            // A month is no name ("its forecast for the year ending March
            // 2027 to").
            && !crate::lexicon::calendar::Calendar::builtin().is_month(w.trim_end_matches('.'))
    })
}

/// Capitalized words of measures and periods, no names: "forecast
/// adjusted EPS of 71 cents", "Q4 EBITDA of".
#[rustfmt::skip]
const MEASURE_ACRONYMS: &[&str] = &[
    "EPS", "EBITDA", "EBIT", "FFO", "AFFO", "GAAP", "NII", "CET1", "ARPU", "GMV", "ROE", "ROI",
    "ROCE", "AUM", "NAV", "AI", "US", "U.S.", "UK", "EU", "Q1", "Q2", "Q3", "Q4", "H1", "H2",
    "FY", "TEU", "GPU", "GPUs", "CapEx", "Capex", "EV", "EVs",
];

/// Words for those whose expectations are forecasts, not plans.
#[rustfmt::skip]
const ANALYST_WORDS: &[&str] = &[
    "analyst", "analysts", "economist", "economists", "strategist", "strategists", "investors",
    "consensus", "polled", "surveyed", "brokers", "brokerage",
];

/// [`ANALYST_WORDS`] as one case-insensitive automaton: asked of every
/// figure's clause, where a split into words and a list scan per word cost
/// more than the rest of the modality rules.
static ANALYST_FINDER: once_cell::sync::Lazy<aho_corasick::AhoCorasick> =
    once_cell::sync::Lazy::new(|| {
        aho_corasick::AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .match_kind(aho_corasick::MatchKind::LeftmostLongest)
            .build(ANALYST_WORDS)
            .expect("analyst words compile")
    });

/// Whether a clause names analysts as a voice: not as an audience, "told
/// analysts", "on a call with analysts" (but "with analysts' estimates").
pub(crate) fn names_analysts(clause: &str) -> bool {
    let bytes = clause.as_bytes();
    let word_char = |i: usize| bytes.get(i).is_some_and(|b| b.is_ascii_alphanumeric());
    let audience = |start: usize, end: usize| {
        let possessive = clause[end..].starts_with(['\'', '’']);
        match last_word(&clause[..start]) {
            Some(w) if w.eq_ignore_ascii_case("with") => !possessive,
            Some(w) => listed(w, &["told", "tells", "telling", "briefed", "briefing"]).is_some(),
            None => false,
        }
    };
    ANALYST_FINDER.find_iter(clause).any(|m| {
        (m.start() == 0 || !word_char(m.start() - 1))
            && !word_char(m.end())
            && !audience(m.start(), m.end())
    })
}

/// Whether a clause has analysts estimating: an analyst word and a verb
/// of estimating ("analysts at Jefferies estimated the contract at").
fn estimated_by_analysts(clause: &str) -> bool {
    // The verbs first, by a vectorized search for their lower-case tails
    // ("Estimated" opening a sentence too): most clauses have none.
    static TAILS: once_cell::sync::Lazy<aho_corasick::AhoCorasick> =
        once_cell::sync::Lazy::new(|| {
            aho_corasick::AhoCorasick::new(["stimat", "roject", "redict", "orecast"])
                .expect("tails compile")
        });
    TAILS.is_match(clause)
        && names_analysts(clause)
        && clause.split(|c: char| !c.is_alphanumeric()).any(|w| {
            listed(
                w,
                &[
                    "estimated",
                    "estimate",
                    "estimates",
                    "projected",
                    "predicted",
                    "forecast",
                ],
            )
            .is_some()
        })
}

/// "expects Microsoft to spend": a capitalized name, then "to" within
/// four words, right after the verb (not "expects revenue to"); or a
/// name's possessive, "expects Nvidia's revenue".
fn expects_of_a_name(after: &str) -> bool {
    let mut words = after.split_whitespace();
    let Some(first) = words.next() else {
        return false;
    };
    // "Bernstein expects Nvidia's fiscal 2028 revenue of $370bn".
    let possessive = first.ends_with("'s") || first.ends_with("\u{2019}s");
    // "Eutelsat expects LEO revenue to grow": a part of the company's own
    // measure, not another company expected of (a broker's estimate is
    // read as one by its name).
    let own_part = !possessive
        && words
            .clone()
            .next()
            .is_some_and(|w| listed(w.trim_end_matches(','), OWN_MEASURES).is_some());
    first.starts_with(|c: char| c.is_uppercase())
        && !own_part
        && (possessive
            || std::iter::once(first)
                .chain(words)
                .take(4)
                .any(|w| w == "to"))
}

/// Measures a capitalized part may qualify: "LEO revenue", "Azure sales".
#[rustfmt::skip]
const OWN_MEASURES: &[&str] = &[
    "revenue", "revenues", "sales", "profit", "earnings", "capex", "spending", "margin",
    "margins", "growth", "demand", "orders", "shipments", "bookings", "volumes",
];

/// Verbs of estimating that credit a whole sentence at its end: "...,
/// Jefferies estimates." (not "plans": that is the company's own voice).
const CREDITED_ESTIMATES: &[&str] = &[
    "estimates",
    "estimated",
    "predicts",
    "predicted",
    "forecasts",
    "forecast",
    "projects",
    "projected",
    "reckons",
    "calculates",
    "calculated",
];

/// Whether the clause `c` opens a verb phrase that goes on from the clause
/// before it, with no subject of its own: after a comma, a participle
/// ("cutting 900 jobs") or "and"/"or" and a verb ("and reduce its capex").
fn continues_verb_phrase(text: &str, sentence: Span, c: Span) -> bool {
    if c.start <= sentence.start || !text[..c.start].ends_with(',') {
        return false;
    }
    let head = text[c.start..c.end].trim_start();
    let (joined, head) = match head
        .strip_prefix("and ")
        .or_else(|| head.strip_prefix("or "))
    {
        Some(rest) => (true, rest),
        None => (false, head),
    };
    let mut words = head.split(' ');
    let Some(first) = words.next().filter(|w| !w.is_empty()) else {
        return false;
    };
    // A verb takes its object next: a determiner, a possessive, an amount
    // ("reduce its capex", "cutting around 900 jobs"); "and capital
    // expenditure of" is a noun phrase.
    let object = words.next().is_some_and(|w| {
        w.starts_with(|c: char| c.is_ascii_digit() || matches!(c, '$' | '€' | '£' | '¥' | '₹'))
            || listed(
                w,
                &[
                    "the",
                    "its",
                    "their",
                    "a",
                    "an",
                    "his",
                    "her",
                    "about",
                    "around",
                    "some",
                    "up",
                    "nearly",
                    "another",
                    "more",
                    "roughly",
                    "approximately",
                    "almost",
                ],
            )
            .is_some()
    });
    const NOT_VERBS: &[&str] = &[
        "the",
        "a",
        "an",
        "its",
        "their",
        "his",
        "her",
        "it",
        "they",
        "he",
        "she",
        "we",
        "this",
        "that",
        "these",
        "those",
        "which",
        "who",
        "while",
        "up",
        "down",
        "from",
        "to",
        "with",
        "including",
        "according",
        "compared",
        "or",
        "and",
        "about",
        "nearly",
        "more",
        "less",
    ];
    let lower = first.bytes().all(|b| b.is_ascii_lowercase());
    lower
        && object
        && listed(first, NOT_VERBS).is_none()
        && (joined || (first.len() > 4 && first.ends_with("ing")))
}

/// Lower-case tails of the words that credit unnamed sources: "people
/// familiar with", "a person with knowledge of", "sources", "insiders",
/// "people close to".
const SOURCE_TAILS: &[&str] = &[
    "amiliar with",
    "nowledge of",
    "ources",
    "nsiders",
    "lose to the",
    // The people a report cited earlier: ", two of the people said."
    "the people said",
    "the people say",
    "the people added",
    "the person said",
    "the person added",
    // A report credited to an outlet: ", Bloomberg News reported.", ", the
    // Financial Times reported, citing", ", the Guardian understands."
    "ews reported",
    "loomberg reported",
    "euters reported",
    "imes reported",
    "ournal reported",
    "nformation reported",
    "ikkei reported",
    "NBC reported",
    "onhap reported",
    "aixin reported",
    "ost reported",
    "nsider reported",
    "xios reported",
    "edia reported",
    "ewspaper reported",
    "reported, citing",
    "eports said",
    "eport said",
    "understands",
];

/// Whether the sentence credits unnamed sources in a short clause of its
/// own after the figure's last comma, or before its first one ahead of the
/// figure.
fn sourced(text: &str, sentence: Span, object: Span) -> bool {
    static SOURCES: once_cell::sync::Lazy<aho_corasick::AhoCorasick> =
        once_cell::sync::Lazy::new(|| {
            aho_corasick::AhoCorasick::new(SOURCE_TAILS).expect("source tails compile")
        });
    let short = |part: &str| SOURCES.is_match(part) && part.split_whitespace().count() <= 14;
    // After the figure: any clause set off by commas, not only the last
    // (", according to two people familiar with the matter, the latest in
    // a string of deals").
    let tail = &text[object.end.min(sentence.end)..sentence.end];
    if tail.split(',').skip(1).any(short) {
        return true;
    }
    // Before it: the first clause, or the first words when no comma ends
    // it ("Sources said JSW is in talks to buy ...").
    let head = &text[sentence.start..object.start.max(sentence.start)];
    let head = match head.find(',') {
        Some(c) => &head[..c],
        None => {
            let end = head
                .match_indices(' ')
                .nth(3)
                .map_or(head.len(), |(i, _)| i);
            &head[..end]
        }
    };
    short(head)
}

/// Whether the sentence ends with ", <someone> estimates." after the figure.
fn credited_estimate(text: &str, sentence: Span, object: Span) -> bool {
    let tail = &text[object.end.min(sentence.end)..sentence.end];
    // The last word first: it is rarely a verb of estimating.
    let body = tail.trim_end_matches(|c: char| !c.is_alphanumeric());
    let last = body.rsplit(' ').next().unwrap_or("");
    if listed(last, CREDITED_ESTIMATES).is_none() {
        return false;
    }
    // ", above the $34.3bn analysts had forecast" compares; it credits
    // nothing.
    body.rfind(',').is_some_and(|comma| {
        body[comma + 1..].split_whitespace().count() <= 6 && !compares(&body[comma + 1..])
    })
}

/// Whether a word of `s`, its punctuation trimmed, is in `list`.
fn has_listed_word(s: &str, list: &[&'static str]) -> bool {
    s.split_whitespace()
        .any(|w| listed(w.trim_matches(|c: char| !c.is_alphanumeric()), list).is_some())
}

/// Whether a clause after the figure credits it to someone outside the
/// company ("according to broker Aon", ", the National Retail Federation
/// forecast.", ", official data showed."): not ", the company said", nor
/// "according to the company".
pub(crate) fn credited_outside(text: &str, sentence: Span, object: Span) -> bool {
    let tail = &text[object.end.min(sentence.end)..sentence.end];
    let own = |clause: &str| {
        has_listed_word(
            clause,
            &[
                "company",
                "group",
                "firm",
                "it",
                "its",
                "spokesman",
                "spokeswoman",
                "spokesperson",
            ],
        )
    };
    tail.split([',', ';']).skip(1).any(|clause| {
        let c = clause.trim();
        let words = c.split_whitespace().count();
        if words > 14 {
            return false;
        }
        // ("according to research firm eMarketer" is outside; "according
        // to the firm" is its own.)
        if c.len() >= 12 && c.is_char_boundary(12) && c[..12].eq_ignore_ascii_case("according to") {
            let rest = c[12..].trim_start();
            let own_source = [
                "the company",
                "the firm",
                "the group",
                "its ",
                "it ",
                "company",
                "a company",
                "a spokes",
                "the spokes",
            ]
            .iter()
            .any(|p| crate::affix::starts_with_ignore_case(rest, p));
            return !own_source;
        }
        if own(c) {
            return false;
        }
        let body = c.trim_end_matches(|ch: char| !ch.is_alphanumeric());
        let last = body.rsplit(' ').next().unwrap_or("");
        words >= 2
            && (listed(last, CREDITED_ESTIMATES).is_some()
                || listed(last, &["said", "says", "showed", "shows", "show", "found"]).is_some())
    })
}

/// The start of the `n`th word before `pos`, not before `floor`.
fn word_start_before(text: &str, floor: usize, pos: usize, n: usize) -> usize {
    let piece = &text[floor..pos];
    let mut count = 0;
    let mut word_end = None;
    for (i, c) in piece.char_indices().rev() {
        if c.is_whitespace() {
            if let Some(end) = word_end {
                // A gloss in brackets is no word of the phrase: "earnings
                // before interest and tax (EBIT) of".
                let w = &piece[i + c.len_utf8()..end];
                if !(w.starts_with('(') && w.ends_with(')')) {
                    count += 1;
                }
                if count == n {
                    return floor + i + c.len_utf8();
                }
            }
            word_end = None;
        } else if word_end.is_none() {
            word_end = Some(i + c.len_utf8());
        }
    }
    floor
}

/// The end of the `n`th word after `pos`, not past `ceiling`.
fn word_end_after(text: &str, pos: usize, ceiling: usize, n: usize) -> usize {
    let piece = &text[pos..ceiling];
    let mut count = 0;
    let mut in_word = false;
    for (i, c) in piece.char_indices() {
        if c.is_whitespace() {
            if in_word {
                count += 1;
                if count == n {
                    return pos + i;
                }
            }
            in_word = false;
        } else {
            in_word = true;
        }
    }
    ceiling
}

/// Words between a figure and a later cue that make the cue what the
/// figure is measured against ("beat estimates of", "above the consensus").
fn compares(between: &str) -> bool {
    has_listed_word(
        between,
        &[
            "beat",
            "beats",
            "beating",
            "missed",
            "misses",
            "missing",
            "topped",
            "tops",
            "exceeded",
            "exceeds",
            "surpassed",
            "above",
            "below",
            "ahead",
            "short",
            "than",
            "versus",
            "vs",
            "against",
            "compared",
            "trailed",
            "lagged",
        ],
    )
}

/// Verbs of expecting and estimating: after analysts, their figures are
/// forecasts.
#[rustfmt::skip]
const EXPECTING: &[&str] = &[
    "expect", "expects", "expected", "estimate", "estimates", "estimated", "forecast",
    "forecasts", "forecasted", "project", "projects", "projected", "predict", "predicts",
    "predicted", "see", "sees", "anticipate", "anticipates", "anticipated", "model", "models",
    "modeled", "modelled", "reckon", "reckons", "believe", "believes", "pencilled",
    "penciled", "pencil", "pencils",
];

/// How many words may stand between analysts and their verb ("Analysts at
/// Counterpoint Research estimate", "The brokerage now expects").
const ANALYST_VERB_GAP: usize = 6;

/// Whether analysts speak for the figure: analysts expecting open its
/// clause ("Analysts at Citi expect BYD's net profit to decline by around
/// 15%, to 34 billion yuan"), "according to analysts" comes before it, the
/// figure is what analysts expected ("short of the $16.2 billion analysts
/// polled by LSEG had expected"), or a sentence with a cue of the future
/// ends crediting analysts (", according to analysts.", ", analysts at
/// Morgan Stanley estimate.").
fn analysts_voice(text: &str, window: Span, clause: Span, object: Span, cued: bool) -> bool {
    // (Since the last coordinated clause began: "EPS of $3.40, above the
    // analyst estimate of $2.91, and narrowed its forecast to $9.60".)
    let before = since_clause_break(&text[window.start..object.start]);
    if names_analysts(before)
        && (analysts_then(before, EXPECTING, ANALYST_VERB_GAP)
            || memchr::memmem::find(before.as_bytes(), b"ccording to").is_some())
    {
        return true;
    }
    // The figure analysts expected: an analyst word right after it (or
    // after "that"), their verb a few words on.
    let after = text[object.end..clause.end].trim_start();
    let after = after
        .strip_prefix("that ")
        .or_else(|| after.strip_prefix("which "))
        .unwrap_or(after);
    // ("the roughly 120 billion yuan some analysts had pencilled in".)
    let after = ["some ", "most ", "many ", "several "]
        .iter()
        .find_map(|d| after.strip_prefix(d))
        .unwrap_or(after);
    if first_word(after).is_some_and(|w| listed(w, ANALYST_WORDS).is_some())
        && analysts_then(after, EXPECTING, ANALYST_VERB_GAP)
    {
        return true;
    }
    // A sentence with a cue, credited to analysts at its end.
    if cued {
        let tail = &text[object.end.min(window.end)..window.end];
        if let Some(comma) = last_clause_comma(tail) {
            let last = &tail[comma + 1..];
            return last.split_whitespace().count() <= 8 && names_analysts(last);
        }
    }
    false
}

/// What follows the last break between coordinated clauses in `s` (a
/// semicolon, or a comma before "and", "but", "while", "whereas").
fn since_clause_break(s: &str) -> &str {
    let mut cut = s.rfind(';').map_or(0, |i| i + 1);
    for (i, _) in s.match_indices(", ") {
        let next = s[i + 2..].split(' ').next().unwrap_or("");
        if i + 1 > cut && listed(next, &["and", "but", "while", "whereas"]).is_some() {
            cut = i + 1;
        }
    }
    &s[cut..]
}

/// Whether one of `verbs` follows the first analyst word of `s` within
/// `gap` words.
fn analysts_then(s: &str, verbs: &[&'static str], gap: usize) -> bool {
    let Some(m) = ANALYST_FINDER.find(s) else {
        return false;
    };
    s[m.end()..]
        .split_whitespace()
        .take(gap)
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .any(|w| listed(w, verbs).is_some())
}

/// Verbs that deny what follows them ("denied a report that").
const DENYING: &[&str] = &[
    "denied",
    "denies",
    "deny",
    "denying",
    "dismissing",
    "rejecting",
    "refuting",
    "dismissed",
    "dismisses",
    "rejected",
    "rejects",
    "refuted",
    "refutes",
];

/// What a denial verb denies.
const DENIED_THINGS: &[&str] = &[
    "report",
    "reports",
    "claim",
    "claims",
    "rumor",
    "rumors",
    "rumour",
    "rumours",
    "speculation",
    "suggestion",
    "suggestions",
    "that",
    "media",
    "press",
];

/// One automaton each for the verbs of denial and the words of falsehood,
/// asked of a figure's window when its sentence holds a hint of them
/// ([`Cues::of`]): a search per word there cost more than the rest.
static DENIALS: once_cell::sync::Lazy<aho_corasick::AhoCorasick> =
    once_cell::sync::Lazy::new(|| {
        aho_corasick::AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(DENYING)
            .expect("denials compile")
    });
static FALSEHOODS: once_cell::sync::Lazy<aho_corasick::AhoCorasick> =
    once_cell::sync::Lazy::new(|| {
        aho_corasick::AhoCorasick::new([
            "not true",
            "untrue",
            "unfounded",
            "baseless",
            "groundless",
            "false",
        ])
        .expect("falsehoods compile")
    });

/// Whether the figure stands in what is denied: "Nvidia denied a report
/// by The Information that it planned to invest $10 billion", "Samsung
/// said rumors of a $7 billion deal with Tesla were not true".
fn denied_around(text: &str, window: Span, object: Span) -> bool {
    let before = &text[window.start..object.start];
    // No comma between: "denied that it was considering a bid for
    // Dassault, the software company valued at 45 billion euros" does not
    // deny the valuation.
    let clause = last_clause_comma(before).map_or(before, |i| &before[i + 1..]);
    if DENIALS.is_match(clause) {
        let words: Vec<&str> = clause
            .split_whitespace()
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
            .collect();
        if let Some(k) = words.iter().rposition(|w| listed(w, DENYING).is_some()) {
            if words[k + 1..]
                .iter()
                .take(5)
                .any(|w| listed(w, DENIED_THINGS).is_some())
            {
                return true;
            }
        }
    }
    let after = &text[object.end..window.end];
    FALSEHOODS.is_match(after) && {
        let lower = before.to_ascii_lowercase();
        ["report", "rumor", "rumour", "claim", "speculation"]
            .iter()
            .any(|n| lower.contains(n))
    }
}

/// Whether a forecast cue is the company's own expectation: a passive
/// expectation ("is expected to be", "projected to") in a sentence one of
/// the claim's subjects says, or its own forecast, outlook or guidance
/// ("raised its capital spending forecast by $15 billion", "cut its
/// full-year operating profit forecast to"), with no analysts in the
/// clause and no other name between the cue and the figure.
fn own_expectation(
    text: &str,
    window: Span,
    voice: Voice,
    cue_start: usize,
    cue_end: usize,
    figure: usize,
) -> bool {
    // Analysts in the figure's own clause, not another ("EPS of $3.40,
    // above the analyst estimate of $2.91, and narrowed its forecast to").
    let own_clause = clause(
        text,
        window,
        Span::new(cue_start.min(figure), figure.max(cue_end)),
    );
    if voice.cues.analysts && names_analysts(&text[own_clause.start..own_clause.end]) {
        return false;
    }
    let cue = &text[cue_start..cue_end];
    let lower = cue.to_ascii_lowercase();
    let passive = [
        "expected",
        "projected",
        "estimated",
        "on track",
        "on course",
    ]
    .iter()
    .any(|w| lower.contains(w))
        // "Revenue is forecast at 4.6 trillion yen, Takeda said".
        || (matches!(lower.as_str(), "forecast" | "forecasted")
            && text[window.start..cue_start]
                .split_whitespace()
                .next_back()
                .is_some_and(|w| {
                    ["is", "are", "was", "were", "be", "been"]
                        .iter()
                        .any(|b| b.eq_ignore_ascii_case(w))
                }));
    if passive && voice.own {
        return true;
    }
    let noun = [
        "forecast",
        "forecasts",
        "outlook",
        "guidance",
        "projection",
        "projections",
    ]
    .iter()
    .any(|w| w.eq_ignore_ascii_case(cue));
    if !noun || cue_end > figure {
        return false;
    }
    let clause = clause(text, window, Span::new(cue_start, figure.max(cue_end)));
    let from = word_start_before(text, clause.start, cue_start, 5);
    let owner = text[from..cue_start].split_whitespace().any(|w| {
        w.eq_ignore_ascii_case("its")
            || (w.starts_with(|c: char| c.is_uppercase())
                && (w.ends_with("'s") || w.ends_with("’s")))
    });
    owner && !name_between(text, cue_end, figure)
}

/// Whether the cue at `start..end` is a guidance noun a company owns
/// ("raised its 2026 forecast for adjusted earnings before interest and
/// taxes to"): the measure named between it and the figure may take more
/// words than a cue's reach, and the company's own forecast still
/// governs the figure at `figure`. `from` bounds the look back for the
/// owner.
fn possessed_guidance(
    text: &str,
    from: usize,
    (start, end): (usize, usize),
    figure: usize,
) -> bool {
    let cue = &text[start..end];
    let noun = ["forecast", "forecasts", "outlook", "guidance"]
        .iter()
        .any(|w| w.eq_ignore_ascii_case(cue));
    // (Not over a clause of its own or a comparison: "cut its forecast
    // ... after sales fell 2.7%", "its forecast ... above last year's".)
    let crosses = text[end..figure.max(end)].split_whitespace().any(|w| {
        listed(
            w,
            &[
                "after", "as", "while", "when", "because", "since", "than", "versus", "against",
                "compared", "last", "from", "above", "below",
            ],
        )
        .is_some()
    });
    noun && !crosses
        && text[from..start]
            .split_whitespace()
            .rev()
            .take(3)
            .any(|w| ["its", "their"].iter().any(|p| p.eq_ignore_ascii_case(w)))
}

/// Whether the text before a figure opens a headline's plan: one to four
/// capitalized words, then "to" and a verb ("Siemens to buy", "Meta to
/// cut", "SK Hynix to invest").
fn headline_plan(before: &str) -> bool {
    let mut words = before.split_whitespace();
    for _ in 0..4 {
        let Some(w) = words.next() else {
            return false;
        };
        if w == "to" {
            return words
                .next()
                .is_some_and(|v| v.chars().all(|c| c.is_ascii_lowercase()) && v != "be");
        }
        if !w.starts_with(|c: char| c.is_uppercase()) || w.ends_with([',', ':', '.']) {
            return false;
        }
    }
    false
}

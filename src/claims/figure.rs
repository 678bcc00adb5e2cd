//! One figure's claim put together: the subjects, counterparty, predicate,
//! modality and period that the other modules find, weighed against each
//! other (a deal's two parties, a broker's price target, "respectively").

use crate::analysis::{Claim, Kind, Mention, Modality, Span, Value};
use crate::recognize::Context;

use super::attribution::{arrow_source, arrow_target, estimate_near, put_at};
use super::modality::{self, modality_for, Voice};
use super::nobody::{
    clause_opening, customer_tier, deals_tallied, exchange_rate, exchange_rate_gloss,
    industry_workers, may_quote, nobodys_measure, place_after_colon, place_aside, public_finances,
    quotes_a_price, rate_or_yield, tolerance, trial_people,
};
use super::parties::{governed_by_verb, inside_count, Group, Party};
use super::period::{baseline_figure, opening_period, period_for};
use super::predicate::{
    asset_costs, invested_in_a_holding, price_target, refine_predicate, spent_on_assets, CHIP_UNITS,
};
use super::rounds::{given_to_round, priced_round, raises_an_object};
use super::sources::{is_speaker, SPEECH_VERBS};
use super::subject::{
    aggregate_opening, class_acts, ends_with_credit, index_move, market_clause, names_a_class,
    names_a_market, names_a_public_body, opens_with_credit, other_party, passive_agent,
    scope_after_colon, scope_after_that, scope_before, subject_group, the_named_possessive,
    Opening,
};
use super::table::aligned_column_period;
use super::verbs::{before_figure, buys_a_stake, price_of_transfer, takeover_values};
use super::words::{dedup, first_word, last_word, listed, within};
use super::Facts;

/// Prepositions after the figure that introduce the other party.
const COUNTERPARTY: &[&str] = &["with", "in", "into", "to", "for", "from"];

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

/// Whether what follows an invested sum says what it is in or for: "in
/// data centers", "into AI", "on chips", "for its cloud"; not when ("in
/// September 2025", "in 2024", "in the first quarter"), nor the round
/// itself ("in the round").
fn names_what_after(after: &str) -> bool {
    const WHEN: &[&str] = &["early", "late", "mid", "fiscal", "last", "this", "next"];
    #[rustfmt::skip]
    const AFTER_THE: &[&str] = &[
        "quarter", "year", "month", "week", "period", "first", "second", "third", "fourth",
        "past", "same", "latest", "round", "funding", "financing", "raise",
    ];
    let mut words = after
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .filter(|w| !w.is_empty());
    let (Some(link), Some(next)) = (words.next(), words.next()) else {
        return false;
    };
    // ("$5 billion of Intel stock": the shares' company.)
    if link == "of" {
        return next.starts_with(|c: char| c.is_uppercase());
    }
    if !matches!(link, "in" | "into" | "on" | "for" | "toward" | "towards") {
        return false;
    }
    let when = WHEN.contains(&next)
        || crate::lexicon::calendar::Calendar::builtin().is_month(next)
        || next.starts_with(|c: char| c.is_ascii_digit())
        || period_code(next)
        || (next == "the" && words.next().is_some_and(|w| AFTER_THE.contains(&w)));
    !when
}

/// "Q3", "H2", "FY27", "1H26": a period written as a code, not a name
/// that happens to start with the same capital ("Quantinuum", "Helion").
fn period_code(word: &str) -> bool {
    let rest = word
        .strip_prefix("FY")
        .or_else(|| word.strip_prefix(['Q', 'H']))
        .unwrap_or(word);
    rest.len() < word.len() && rest.starts_with(|c: char| c.is_ascii_digit())
}

/// Whether the figure opens a participle's clause of proceeds after a
/// comma: ", raising about 20.4 billion pesos", ", netting $1 billion".
fn proceeds_clause(text: &str, sentence: Span, figure: Span) -> bool {
    let before = super::predicate::beside(text, sentence, figure, 40, 0)
        .0
        .trim_end();
    [
        "raising",
        "netting",
        "fetching",
        "bringing in",
        "generating",
    ]
    .iter()
    .any(|v| {
        before
            .strip_suffix(v)
            .is_some_and(|b| b.trim_end().ends_with(','))
    })
}

#[allow(clippy::too_many_arguments)]
pub(super) fn claim_for(
    ctx: &Context<'_>,
    facts: &Facts,
    si: usize,
    oi: usize,
    mentions: &[Mention],
    here: &[usize],
    parties: &[Party],
    groups: &[Group],
    topic: &Option<String>,
    round: Option<&str>,
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
    // "The agreement covers roughly 200,000 GB300 GPUs": chips counted by
    // the thousand are a fleet someone buys or runs, the company the text
    // is about when the sentence names none.
    let fleet = matches!(&object.value, Value::Quantity(q)
        if CHIP_UNITS.contains(&q.unit.as_str()) && q.amount >= rust_decimal::Decimal::from(1000));
    // (A digest's labelled count, "Paid subs: 312.4M", is of the company
    // its list is about, as its money is.)
    // (So is a bare count its clause's noun names, "Total customers were
    // 2,533", in a text about one company.)
    // (And a count of what a business sells: "Third-quarter sales of
    // 172,380 cars, up 4 per cent" in a release's highlights; not one a
    // source is credited with, which is a market's: "Sales of new-energy
    // vehicles in China rose 11% to 2.71 million units, according to the
    // China Passenger Car Association".)
    let labelled = matches!(&*object.rule, "quantity.labelled" | "quantity.measured")
        || (matches!(&object.value, Value::Quantity(q) if super::predicate::counts_volume(&q.unit))
            && !credits_a_source(text, sentence, object.span())
            // (Nor one a descriptor the text did not take for the topic
            // acts in: "The largest airline in Europe carried ...".)
            && !text[window.start..object.start]
                .split_whitespace()
                .any(crate::recognize::company::is_descriptor_head));
    let has_party = !usable.is_empty() || ((fleet || labelled) && topic.is_some());
    let predicate = refine_predicate(ctx, facts, window, object, has_party)?;
    // "investing about $1 billion to double the size of the site": a
    // multiple told in a word, of no measure, checks nothing (a fraction,
    // "three-quarters of the budget", is a share of one).
    if predicate == "other"
        && matches!(&object.value, Value::Percent(pc) if pc.unit == Some(crate::analysis::PercentUnit::Times))
        && text[object.start..object.end]
            .bytes()
            .all(|b| b.is_ascii_alphabetic() || b == b'-')
        // (Not a move to a level told after it: "the data center segment
        // more than doubled to $3.5 billion" goes on to its level.)
        && !["to ", "from "]
            .iter()
            .any(|w| text[object.end..].trim_start().starts_with(w))
    {
        return None;
    }
    // "The credit is worth $35 per kilowatt hour": a rate, no company's
    // worth ("$35 per share" is a price the worth is told by).
    let predicate = if predicate == "valuation" && per_unit(&text[object.end..sentence.end]) {
        "other".to_string()
    } else if predicate == "funding_round" && raises_an_object(&text[window.start..object.start]) {
        // "raise the price of its standard plan by $1.50", "could raise its
        // offer to $28 per share": a thing raised, no capital.
        let near = &text[crate::numbers::floor_char_boundary(text, object.start.saturating_sub(80))
            .max(window.start)..object.start];
        if near.contains("offer") || near.contains("bid") {
            "acquisition".to_string()
        } else {
            "other".to_string()
        }
    } else if predicate == "funding_round"
        && matches!(&object.value, Value::Money(m) if m.amount < rust_decimal::Decimal::from(10_000))
    {
        // "pricing its shares at $34 each, above a marketed range of $28 to
        // $31": a sum of a share's size is the price of a share, no round
        // (nor the price of one: "raising at $15B" is a worth).
        "other".to_string()
    } else if predicate == "funding_round" && priced_round(text, sentence, object) {
        "valuation".to_string()
    } else if predicate == "funding_round" && given_to_round(&text[object.end..sentence.end]) {
        // "Nvidia is contributing €1bn to the new round": money given to a
        // round is an investment in it.
        "investment".to_string()
    } else {
        predicate
    };
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
                    // (A possessive owns its worth whatever governs it:
                    // "compared with Tesla's market capitalisation of".)
                    && (first(g).possessive
                        || !matches!(
                            first(g).preposition,
                            Some("by" | "from" | "with" | "including")
                        ))
            })
            .copied()
            .or_else(|| subject_group(text, object, parties, &usable)),
        // "Ansys was acquired by Synopsys": the agent of a passive deal
        // verb is who acts.
        // (Not past another name nearer the figure: "Funds managed by Blue
        // Owl will own 80% ... and Meta the remaining 20%".)
        "acquisition" | "investment" | "contract_value" => usable
            .iter()
            .find(|g| {
                passive_agent(text, facts.sentence, first(g).span)
                    && !usable
                        .iter()
                        .any(|h| h.span.start >= g.span.end && h.span.end <= object.start)
            })
            .copied()
            .or_else(|| subject_group(text, object, parties, &usable)),
        // "FEMSA sold about 5% of bottler Coca-Cola FEMSA, raising about
        // 20.4 billion pesos": the proceeds of a participle's clause are
        // the main clause's subject's, not the name the sale governs.
        _ if proceeds_clause(text, facts.sentence, object.span()) => usable
            .iter()
            .find(|g| {
                let p = &parties[g.members.start];
                p.preposition.is_none() && !p.possessive && g.span.end <= object.start
            })
            .copied()
            .or_else(|| subject_group(text, object, parties, &usable)),
        // "a $6.6 billion funding round for OpenAI": who raises it.
        "funding_round" => usable
            .iter()
            .find(|g| first(g).preposition_word == Some("for"))
            .copied()
            .or_else(|| subject_group(text, object, parties, &usable)),
        _ => subject_group(text, object, parties, &usable),
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
    // "More than 150,000 tech workers were laid off this year": a class of
    // workers across an industry, no company's.
    if let Value::Quantity(q) = &object.value {
        if super::predicate::counts_people(&q.unit)
            && industry_workers(&text[object.start..object.end])
        {
            return None;
        }
    }
    // "Oregon, where Intel is the largest private employer, reported a
    // jobless rate of 5.1%": a place acts, and names in its aside do not.
    if let Some(aside_end) = place_aside(&text[facts.sentence.start..object.start]) {
        let aside_end = facts.sentence.start + aside_end;
        if !parties
            .iter()
            .any(|p| p.span.start >= aside_end && p.span.end <= object.start)
        {
            return None;
        }
    }
    // "helped patients lose up to 14.7% of their body weight": a trial's
    // people, not a company's figure.
    if trial_people(&text[window.start..object.start]) {
        return None;
    }
    // "outpacing global growth of 5.1%", "India's IT exports are estimated
    // at $224 billion": the world's or a place's measure.
    if nobodys_measure(&text[window.start..object.start]) {
        return None;
    }
    // The sentence up to the figure, where the rules for figures nobody
    // owns read.
    let before_figure_text = &text[facts.sentence.start..object.start.max(facts.sentence.start)];
    // "announced deals totaling more than $120 billion": an industry's
    // tally, where the sentence names no company.
    if object.kind() == Kind::Money
        && deals_tallied(before_figure_text)
        && !parties.iter().any(|p| p.mention.is_some())
    {
        return None;
    }
    // "customers with ARR of $100,000 or more": a tier's threshold.
    if object.kind() == Kind::Money && customer_tier(before_figure_text) {
        return None;
    }
    // "($1 = 1,386.2000 won)", "145 yen to the dollar": an exchange rate,
    // nobody's figure.
    if exchange_rate_gloss(text, object.start)
        || (object.kind() == Kind::Money
            && exchange_rate(
                before_figure_text,
                &text[object.end.min(facts.sentence.end)..facts.sentence.end],
            ))
    {
        return None;
    }
    // "the euro held near $1.14", "Brent crude averaged about $68 a
    // barrel": a price quoted, where no company is named in the clause.
    if object.kind() != Kind::Quantity && may_quote(before_figure_text) {
        let clause_start = facts.sentence.start + clause_opening(before_figure_text);
        if quotes_a_price(&text[clause_start..object.start])
            && !parties
                .iter()
                .any(|p| p.span.start >= clause_start && p.span.end <= object.start)
        {
            return None;
        }
    }
    // "the federal deficit ... was $458 billion": a state's finances, in
    // a sentence that names no company before the figure.
    if public_finances(before_figure_text)
        && !parties
            .iter()
            .any(|p| p.mention.is_some() && p.span.start < object.start)
    {
        return None;
    }
    // "notes yielding 7.1%", "its key rate to 7.25%": the price of money.
    if object.kind() == Kind::Percent && rate_or_yield(before_figure_text) {
        return None;
    }
    // "$18.7B ± $400M", "plus or minus $400mn": a guidance's tolerance.
    if tolerance(&text[facts.sentence.start..object.start]) {
        return None;
    }
    // "€109B: France's sovereign AI investment pledge": a place's figure.
    if place_after_colon(&text[object.end..facts.sentence.end]) {
        return None;
    }
    // "$21.7B: total AI startup funding announced this week": a figure
    // that labels its line, glossed by words that name no company, is a
    // digest's statistic, not the last item's company's.
    if text[object.end..facts.sentence.end]
        .trim_start_matches(['+', '*'])
        .starts_with(':')
        && text[facts.sentence.start..object.start]
            .trim_matches(|c: char| c.is_whitespace() || matches!(c, '*' | '-' | '•' | '#'))
            .is_empty()
        && !parties.iter().any(|p| p.mention.is_some() && !p.cited)
    {
        return None;
    }
    // "outpacing a 1.2% gain in the benchmark KOSPI": an index's move.
    if object.kind() == Kind::Percent && index_move(text, facts.sentence, object.span()) {
        return None;
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
        // "The region's data-centre market is expected to be worth $14
        // billion by 2030, roughly triple its size today": a market opens
        // the clause, and a party after the figure is no actor.
        Some(g)
            if g.span.start >= object.end && names_a_market(&text[window.start..object.start]) =>
        {
            return None
        }
        Some(g) if g.span.end <= object.start && market_clause(&text[g.span.end..object.start]) => {
            return None
        }
        // "China's overall NEV sales rose 20% in October, so BYD lost
        // ground": a place's total opens the clause, and a company named
        // after the figure does not own it.
        Some(g)
            if g.span.start >= object.end
                && matches!(
                    aggregate_opening(&text[window.start..object.start]),
                    Opening::PlacePossessive
                ) =>
        {
            return None
        }
        // "The Bank of England has held its benchmark rate at 3.5%": a
        // public body opens the clause, and "its" is the body's,
        // not the company told of before.
        Some(g)
            if g.members
                .clone()
                .all(|i| parties[i].mention.is_none() && parties[i].possessive)
                && names_a_public_body(&text[window.start..object.start]) =>
        {
            return None
        }
        Some(g) => g.members.clone().map(|i| parties[i].slug.clone()).collect(),
        // "Hyperscalers will spend ~$320B": a class of companies acts, not
        // the one the text is about.
        None if names_a_class(&text[window.start..object.start]) => return None,
        // "China's online retail sales rose 6.4%", "U.S. holiday sales are
        // expected to rise 4%, the National Retail Federation forecast": a
        // place's or the world's total, no company's.
        // "Dell'Oro estimates that worldwide data center capex will rise
        // 40%": a reported clause whose subject is the world's.
        None if scope_after_that(&text[window.start..object.start]) => return None,
        // "IDC forecasts European AI spending of $144 billion", "According
        // to SNE Research, global EV battery installations will reach": a
        // scope's total a source gives, no company's.
        // (Not where the sentence refers to a company: "It estimates that
        // U.S. tariffs will reduce profit by 1.45 trillion yen".)
        None if (scope_before(&text[window.start..object.start])
            || scope_after_colon(&text[object.end..facts.sentence.end]))
            && !parties
                .iter()
                .any(|p| p.mention.is_none() || !(p.cited || p.broker))
            && (modality::credited_outside(text, facts.sentence, object.span())
                || opens_with_credit(&text[facts.sentence.start..object.start])
                || ends_with_credit(&text[facts.sentence.start..facts.sentence.end])
                || parties
                    .iter()
                    .any(|p| (p.cited || p.broker) && p.span.end <= object.start)) =>
        {
            return None
        }
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
    // "Amazon -> X-energy: US$800 million investment": the company the
    // arrow leaves acts.
    if let [only] = subjects.as_slice() {
        if let Some(from) = arrow_source(text, near, only) {
            subjects = vec![from];
        }
    }
    let target = price_target(text, window, object);
    if let Some(word) = target {
        // (Never a broker: "a $115 price target on the stock" in
        // Wedbush's sentence is not on Wedbush's.)
        let after_on = |p: &&Party| {
            !crate::lexicon::is_broker(&p.slug)
                && last_word(&text[window.start..p.span.start])
                    .is_some_and(|w| w.eq_ignore_ascii_case("on"))
        };
        let on = near
            .iter()
            .filter(after_on)
            .find(|p| p.span.start > word.start);
        // ("has a 'buy' rating on Infosys with a target price of Rs
        // 1,750": the rating's company, named before the target word, is
        // the one it covers when nothing names the target itself.)
        let rated = near
            .iter()
            .filter(after_on)
            .find(|p| p.span.end <= word.start);
        let naming = near.iter().find(|p| {
            p.mention.is_some()
                && p.span.end <= word.start
                && text[p.span.end..word.start]
                    .trim()
                    .trim_start_matches(['\'', '’', 's'])
                    .split_whitespace()
                    .all(|w| w.eq_ignore_ascii_case("price") || w.eq_ignore_ascii_case("share"))
        });
        // ("SoftBank Group (9984 JT) - Outperform, PT ¥24,500": a note's
        // heading opens with the company it covers.)
        let opening = near.iter().find(|p| {
            p.mention.is_some()
                && p.span.end <= word.start
                && text[facts.sentence.start..p.span.start].trim().is_empty()
                && text[p.span.end..word.start]
                    .trim_start()
                    .starts_with(['(', ':', '-', '–', '—', '|'])
                && !p.broker
                && !p.cited
        });
        match on
            .or(naming)
            .or(opening)
            .or(rated)
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
                    && p.preposition
                        .or(p.preposition_word.filter(|&w| w == "for"))
                        .is_some_and(|w| COUNTERPARTY.contains(&w))
                    // (Not "with" past a clause's break: "will invest $60
                    // billion to build two fabs, a commitment that comes
                    // paired with a supply agreement with AMD".)
                    && !(p.preposition == Some("with")
                        && text[object.end..g.span.start].contains([',', ';'])))
                // "signed a 15-year agreement with Dominion Energy for 1.2
                // GW": the other side of an agreement named before its
                // figure.
                || (g.span.end <= object.start
                    && p.preposition_word == Some("with")
                    && agreement_with(&text[facts.sentence.start..p.span.start])
                    && ["for ", "to "].iter().any(|w| {
                        text[p.span.end..object.start]
                            .trim_start_matches([' ', '*'])
                            .starts_with(w)
                    })
                    && !text[p.span.end..object.start].contains([',', ';']))
        })
        .filter(|g| !subjects.contains(&parties[g.members.start].slug))
        // The nearest: "buy Lattice for $12.4bn, ... its $44bn bid for NXP".
        .min_by_key(|g| {
            if g.span.start >= object.end {
                g.span.start - object.end
            } else {
                object.start.saturating_sub(g.span.end)
            }
        })
        .map(|g| parties[g.members.start].slug.clone());
    // What is invested in may be named before the sum: "bought a 49% stake
    // in Scale AI for $14.3 billion".
    let counterparty = match predicate.as_str() {
        "investment" => counterparty
            .or_else(|| arrow_target(text, near, &subjects))
            .or_else(|| {
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
    // "Mistral raised EUR4bn. MGX invested EUR1.5bn": an investor's money,
    // in no company the sentence names and in nothing named after it, is
    // in the round just told of.
    let counterparty = match (predicate.as_str(), counterparty, round) {
        ("investment", None, Some(company))
            if object.kind() == Kind::Money
                && !subjects.iter().any(|s| s == company)
                && !names_what_after(&text[object.end..window.end]) =>
        {
            Some(company.to_string())
        }
        (_, counterparty, _) => counterparty,
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
    // "Microsoft x TotalEnergies: €2.5 billion": a digest's pairing of two
    // companies is a deal's.
    let paired = subject_group.is_some_and(|g| {
        g.members.len() == 2 && {
            let (a, b) = (&parties[g.members.start], &parties[g.members.start + 1]);
            a.span.end <= b.span.start
                && matches!(text[a.span.end..b.span.start].trim(), "x" | "×" | "+")
        }
    });
    // (A capacity so paired is the first's, from the second.)
    let pair_counterparty = if paired && predicate == "capacity" && subjects.len() == 2 {
        subjects.pop()
    } else {
        None
    };
    let predicate = match predicate.as_str() {
        "capital_expenditure" | "spending" | "other" | "investment"
            if paired && object.kind() == Kind::Money =>
        {
            "contract_value".to_string()
        }
        // "Tokyo Electron - Buy, PT ¥38,000": a rating is no purchase; a
        // price target is a price.
        "acquisition" | "contract_value" if target.is_some() => "other".to_string(),
        // "agreed to sell its 80% stake in the mine to Zijin Mining for
        // $3.2 billion": the price a verb of sale or purchase names. (A
        // stake bought in a company stays an investment in it: "Meta
        // bought a 49% stake in Scale AI for $14.3 billion".)
        "investment" | "capital_expenditure" | "spending" | "valuation"
            if object.kind() == Kind::Money
                && (predicate != "investment" || counterparty.is_none())
                && (price_of_transfer(text, window, object.start)
                    || (predicate == "valuation"
                        && takeover_values(text, facts.sentence, object.start))) =>
        {
            "acquisition".to_string()
        }
        "investment"
            if counterparty.is_none()
                && object.kind() == Kind::Money
                && !invested_in_a_holding(&text[object.end..window.end])
                && !subjects.iter().any(|s| crate::lexicon::is_investor(s))
                && !buys_a_stake(text, facts.sentence, object.start) =>
        {
            "capital_expenditure".to_string()
        }
        // "plans to spend $120 million on a second plant": spending on
        // plants, sites and fleets is capital spending.
        "spending"
            if object.kind() == Kind::Money
                && (asset_costs(
                    &text[window.start
                        ..crate::numbers::qualifier_start(text, object.start).max(window.start)],
                ) || spent_on_assets(
                    &text[object.end
                        ..crate::numbers::floor_char_boundary(
                            text,
                            window.end.min(object.end + 80),
                        )],
                )) =>
        {
            "capital_expenditure".to_string()
        }
        _ => predicate,
    };
    // "IREN reported results. The $9.7 billion Microsoft contract remains
    // on schedule": a name between a deal's value and its noun is the
    // other party; the deal is the company the text is about's.
    let counterparty = match (predicate.as_str(), counterparty, topic, subjects.as_slice()) {
        ("contract_value" | "acquisition", None, Some(t), [only])
            if t != only && adjunct_party(text, object, parties, &usable, only) =>
        {
            let other = only.clone();
            subjects = vec![t.clone()];
            Some(other)
        }
        (_, counterparty, _, _) => counterparty,
    };
    // Chips counted change hands or are built with a partner: like a
    // deal, the claim has both parties ("sold Anthropic 1mn TPUs").
    let chips =
        matches!(&object.value, Value::Quantity(q) if CHIP_UNITS.contains(&q.unit.as_str()));
    let counterparty = match predicate.as_str() {
        // A deal always has another party, named or not after "with".
        "investment" | "contract_value" | "acquisition" => {
            // (Not the subject's own unit: "Telefónica, through its
            // Movistar Plus+ platform, will pay".)
            // (A company bought becomes a unit too: "its" tells the one
            // already owned.)
            let own_unit = |p: &&Party| {
                last_word(&text[facts.sentence.start..p.span.start])
                    .is_some_and(|w| matches!(w, "its" | "their"))
                    && p.mention.is_some_and(|i| {
                        matches!(&facts.mentions[i].value, Value::Company(c)
                            if c.parent.as_ref().is_some_and(|parent| subjects.contains(parent)))
                    })
            };
            let nearby: Vec<Party> = within(parties, window, |p| p.span.start)
                .iter()
                .filter(|p| !p.cited && !own_unit(p))
                .cloned()
                .collect();
            counterparty.or_else(|| other_party(object.span(), &nearby, &subjects))
        }
        // Capacity supplied or bought has the other side of the supply:
        // "agreed to supply Microsoft with 1.15 gigawatts".
        "funding_round" => counterparty,
        "capacity" if !chips => counterparty.or(pair_counterparty),
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
    // "Google agreed to pay Idealo €520mn to settle", "ordered Google to
    // pay €465mn in damages to Idealo": a sum paid to another company is
    // between payer and payee, as a deal's is.
    let paid = predicate == "other"
        && counterparty.is_none()
        && object.kind() == Kind::Money
        && !subjects.is_empty();
    let counterparty = if paid {
        let nearby = within(parties, window, |p| p.span.start);
        let payee = payee(text, facts.sentence, object, nearby, &subjects);
        subjects.extend(payee.clone());
        payee
    } else {
        counterparty
    };
    // A deal's subjects are both parties (SPEC.md): a contract, a takeover;
    // in the order the clause names them ("AMD completed the acquisition of
    // ZT Systems", "Oracle agreed to supply OpenAI"), but an agent after
    // "by" first ("Ansys was acquired by Synopsys").
    // (So is capacity supplied with its other side: "Meta agreed to buy
    // up to 2.6 GW of power from Vistra".)
    let supplied = predicate == "capacity" && counterparty.is_some();
    if matches!(predicate.as_str(), "contract_value" | "acquisition") || chips || supplied {
        if let Some(c) = &counterparty {
            if !subjects.contains(c) {
                subjects.push(c.clone());
            }
        }
        // The party the claim chose may be the deal's object: after "of"
        // ("completed the acquisition of ZT Systems") or right after a
        // verb ("agreed to supply OpenAI"), with the other party before it
        // in the same clause: then that one comes first.
        // (Not a possessive that refers, after the figure: "for $9.2
        // billion to deepen its footprint" is no deal's object; "a deal
        // with the start-up" is.)
        let nearest = |slug: &String| {
            near.iter()
                .filter(|p| {
                    &p.slug == slug
                        && facts.sentence.start <= p.span.start
                        && (p.mention.is_some() || !p.possessive || p.span.end <= object.start)
                })
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
    // "Counterpoint's tally, which puts SK Hynix at 62%": the company a
    // source puts at a figure is the figure's.
    if let Some(p) = put_at(text, near, object) {
        subjects = vec![p];
    }
    // "BMO: orforglipron peak sales $20B", "Jefferies expects the drug to
    // add $6 billion in peak sales to Merck": a broker's estimate of sales
    // or results is another company's figure, the one the sentence names,
    // else the one the text is about.
    let mut broker_estimate = false;
    if let [only] = subjects.as_slice() {
        if matches!(
            predicate.as_str(),
            "revenue" | "chip_revenue" | "eps" | "operating_income" | "growth_rate"
        ) && crate::lexicon::is_broker(only)
            && estimate_near(text, facts.sentence, object)
        {
            let other = near
                .iter()
                .take(16)
                .find(|p| p.mention.is_some() && !p.cited && !crate::lexicon::is_broker(&p.slug))
                .map(|p| p.slug.clone())
                .or_else(|| topic.clone().filter(|t| !crate::lexicon::is_broker(t)));
            if let Some(o) = other {
                subjects = vec![o];
                broker_estimate = true;
            }
        }
    }
    // "Mistral was valued at €11.7bn when ASML led a €1.7bn Series C": the
    // investor that leads a round is not the company raising it, which is
    // the other company the sentence names, else the one the text is about.
    if predicate == "funding_round" {
        if let [only] = subjects.as_slice() {
            let before = near.partition_point(|p| p.span.end <= object.start);
            let leads = near[..before].iter().rev().take(8).any(|p| {
                &p.slug == only
                    && p.span.end <= object.start
                    && first_word(text[p.span.end..facts.sentence.end].trim_start()).is_some_and(
                        |w| listed(w, &["led", "leads", "co-led", "co-leads"]).is_some(),
                    )
            });
            if leads {
                let raiser = near
                    .iter()
                    .take(16)
                    .find(|p| &p.slug != only && !p.cited && p.mention.is_some())
                    .map(|p| p.slug.clone())
                    .or_else(|| topic.clone().filter(|t| t != only));
                if let Some(r) = raiser {
                    subjects = vec![r];
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
        Modality::Planned | Modality::Reported if broker_estimate => Modality::Forecast,
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
    let period = period_for(text, facts.sentence, object.span(), nearby, mentions, days)
        .or_else(|| aligned_column_period(text, object.span(), mentions))
        .or_else(|| {
            (!baseline_figure(text, object.start))
                .then(|| opening_period(text, facts.sentence, object.span(), here, mentions, days))
                .flatten()
        });
    // "will acquire Bio-Techne for $95.00 per share": the price of a share
    // in a deal is no deal's value (set against the deal's $15.6 billion
    // it would conflict), but the deal's parties' `other` figure.
    // (So is one payment of it: "$500 million upfront", "up to $4.7 billion
    // in milestones".)
    let predicate = if matches!(predicate.as_str(), "acquisition" | "contract_value")
        && object.kind() == Kind::Money
        && (super::predicate::per_share_after(text, object.end)
            || super::predicate::licence_payment(text, object.start, object.end))
    {
        "other".to_string()
    } else {
        predicate
    };
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

/// Nouns of a deal that a company's name may modify: "the $9.7 billion
/// Microsoft contract".
#[rustfmt::skip]
const DEAL_NOUNS: &[&str] = &[
    "contract", "contracts", "deal", "deals", "agreement", "agreements", "order", "orders",
    "pact", "lease", "leases", "partnership", "takeover", "acquisition", "purchase", "buyout",
    "bid", "offer", "commitment", "tie-up",
];

/// Whether the party `slug` is named right after the figure and before a
/// deal noun, as its modifier: "$9.7 billion Microsoft contract".
fn adjunct_party(
    text: &str,
    object: &Mention,
    parties: &[Party],
    usable: &[&Group],
    slug: &str,
) -> bool {
    // "Our $9.7 billion Microsoft contract", said by someone else: a deal
    // with an owner of its own, not the text's company.
    let head = &text
        [crate::numbers::floor_char_boundary(text, object.start.saturating_sub(32))..object.start];
    let owned = head.split_whitespace().rev().take(2).any(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        listed(w, &["our", "their", "my", "your", "his", "her"]).is_some()
    });
    !owned
        && usable.iter().any(|g| {
            let p = &parties[g.members.start];
            g.members.len() == 1
                && p.slug == slug
                && g.span.start >= object.end
                && text[object.end..g.span.start].trim().is_empty()
                && first_word(text[g.span.end..].trim_start())
                    .is_some_and(|w| listed(w, DEAL_NOUNS).is_some())
        })
}

/// Whether a figure is a rate of a unit other than a share: "$35 per
/// kilowatt hour", "€90 a tonne".
fn per_unit(after: &str) -> bool {
    let mut words = after.split_whitespace();
    let (Some(per), Some(unit)) = (words.next(), words.next()) else {
        return false;
    };
    let unit = unit.trim_end_matches(|c: char| !c.is_alphanumeric());
    listed(per, &["per", "a", "an"]).is_some()
        && listed(unit, &["share", "shares", "year", "month", "day", "week"]).is_none()
        && unit.bytes().all(|b| b.is_ascii_alphabetic())
        && !unit.is_empty()
        && (per.eq_ignore_ascii_case("per")
            || PER_UNITS.iter().any(|u| u.eq_ignore_ascii_case(unit)))
}

/// Units a price is given "a" of: "€90 a tonne", "$4 a gallon".
const PER_UNITS: &[&str] = &[
    "tonne", "ton", "barrel", "gallon", "litre", "liter", "kilowatt", "megawatt", "ounce", "pound",
    "kilogram", "unit", "chip", "vehicle", "car",
];

/// Whether the text before a name ends with an agreement's noun and
/// "with": "a 15-year agreement with", "a deal with".
fn agreement_with(before: &str) -> bool {
    let Some(rest) = before.trim_end_matches([' ', '*']).strip_suffix("with") else {
        return false;
    };
    last_word(rest).is_some_and(|w| {
        listed(
            w,
            &[
                "agreement",
                "agreements",
                "deal",
                "deals",
                "contract",
                "contracts",
                "pact",
                "partnership",
                "accord",
                "PPA",
                "PPAs",
                "lease",
                "leases",
            ],
        )
        .is_some()
    })
}

/// How far either side of a count its sentence is read for a source
/// credited (a sentence may be a megabyte long).
const CREDIT_REACH: usize = 600;

/// Whether the sentence around a figure, read `CREDIT_REACH` bytes either
/// side of it, credits it to a source ("according to", "data from"), in
/// lower case or opening what is read.
fn credits_a_source(text: &str, sentence: Span, figure: Span) -> bool {
    let floor = |i: usize| crate::numbers::floor_char_boundary(text, i);
    let around = &text[floor(
        figure
            .start
            .saturating_sub(CREDIT_REACH)
            .max(sentence.start),
    )..floor((figure.end + CREDIT_REACH).min(sentence.end))];
    [
        "according to",
        "data from",
        "estimates from",
        "figures from",
    ]
    .iter()
    .any(|p| {
        memchr::memmem::find(around.as_bytes(), p.as_bytes()).is_some()
            || crate::affix::starts_with_ignore_case(around.trim_start(), p)
    })
}

/// How far before a figure the verb paying it may stand.
const PAY_REACH: usize = 80;

/// The company a sum is paid or owed to, in the figure's clause: named
/// between "pay" and the figure ("pay Idealo €520mn", "pay Harmony a break fee
/// of"), or after "to" just behind it ("pay €465mn in damages to
/// Idealo"); not one of the `subjects`.
fn payee(
    text: &str,
    sentence: Span,
    object: &Mention,
    parties: &[Party],
    subjects: &[String],
) -> Option<String> {
    let lo = crate::numbers::floor_char_boundary(text, object.start.saturating_sub(PAY_REACH))
        .max(sentence.start);
    let before = &text[lo..object.start];
    // The last "pay" word, whole, with no clause break after it.
    let verb_end = before
        .split_inclusive(|c: char| !c.is_alphanumeric())
        .scan(lo, |at, w| {
            let start = *at;
            *at += w.len();
            Some((start, w.trim_end_matches(|c: char| !c.is_alphanumeric())))
        })
        .filter(|(_, w)| {
            listed(w, &["pay", "pays", "paid", "paying", "owe", "owes", "owed"]).is_some()
        })
        .map(|(start, w)| start + w.len())
        .last()?;
    if text[verb_end..object.start].contains([',', ';', '.']) {
        return None;
    }
    let free = |p: &&Party| !subjects.contains(&p.slug) && !p.cited && !p.implied;
    if let Some(p) = parties
        .iter()
        .filter(free)
        .find(|p| p.span.start >= verb_end && p.span.end <= object.start && !p.possessive)
    {
        return Some(p.slug.clone());
    }
    let hi = crate::numbers::floor_char_boundary(text, (object.end + PAY_REACH).min(sentence.end));
    parties
        .iter()
        .filter(free)
        .find(|p| {
            p.span.start >= object.end
                && p.span.end <= hi
                && p.preposition_word == Some("to")
                && !text[object.end..p.span.start].contains([',', ';'])
        })
        .map(|p| p.slug.clone())
}

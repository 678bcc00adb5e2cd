//! What a figure measures: the nearest trigger that can describe it, refined
//! by its unit, by deal and per-share words and by glosses. The largest
//! single decision of a claim, so its tables and rules live together.

use rust_decimal::Decimal;

use crate::analysis::{Kind, Mention, Span, Value};
use crate::recognize::Context;

use super::clause::clause_break;
use super::verbs::{
    after_change_verb, after_trade_verb, before_change_noun, before_figure, changed_by,
    changes_another_measure, company_moved, moved_by_impact, shares_lead, signed_after_name,
    transfer_before, CHANGE_VERBS,
};
use super::words::{first_word, last_word, listed, split_last_word, within};
use super::Facts;

/// How far (bytes) a trigger may stand from its figure.
const MAX_TRIGGER_GAP: usize = 160;

/// For percentages and quantities, whose predicate words sit close.
const MAX_TRIGGER_GAP_SHORT: usize = 60;
/// What a generic trigger pays against a specific one, in bytes of distance.
const GENERIC_PENALTY: usize = 40;

/// The word "target" that makes a share-price figure a broker's price
/// target: a money figure without a scale (a share price, not "a $10
/// billion revenue target") with "target" a few words before it in its
/// window ("lifted its target to $680 from $600", "a price target of
/// $300") or "price target" right after it ("a $300 price target").
pub(super) fn price_target(text: &str, window: Span, object: &Mention) -> Option<Span> {
    let Value::Money(m) = &object.value else {
        return None;
    };
    if m.amount >= rust_decimal::Decimal::from(100_000) || m.amount <= rust_decimal::Decimal::ZERO {
        return None;
    }
    let from = crate::numbers::floor_char_boundary(text, object.start.saturating_sub(60));
    let before = &text[from.max(window.start)..object.start];
    // ("PT", a broker note's short form: "Buy, PT ¥38,000".)
    let found = |s: &str, base: usize| {
        s.match_indices("target")
            .chain(s.match_indices("PT"))
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
    // ("a $115 price target", "reiterated its $510 target".)
    let a = after.trim_start();
    (a.starts_with("price target")
        || a.starts_with("target")
        || a.starts_with("share price target"))
    .then(|| found(after, object.end))
    .flatten()
}

/// Physical assets money is spent on: what makes spending capital
/// spending.
const ASSETS: &[&str] = &[
    "plant",
    "plants",
    "factory",
    "factories",
    "facility",
    "facilities",
    "site",
    "sites",
    "fab",
    "fabs",
    "aircraft",
    "jets",
    "planes",
    "fleet",
    "ships",
    "vessels",
    "equipment",
    "machinery",
    "warehouses",
    "stores",
    "mine",
    "mines",
    "refinery",
    "refineries",
    "campus",
    "headquarters",
    "infrastructure",
    "network",
    "networks",
    "towers",
    "project",
    "projects",
    "production",
    "capacity",
    "restart",
    "reactor",
    "reactors",
    "pipeline",
    "pipelines",
    "terminal",
    "terminals",
    "smelter",
    "mill",
    "lines",
    "centers",
    "centres",
];

/// Whether the words after a sum spent name a physical asset it goes to:
/// "spend $120 million on a second plant", "spend $350 million expanding
/// the site", "$1.1 billion on capital projects". Read up to the clause's
/// end, six words at most.
pub(super) fn spent_on_assets(after: &str) -> bool {
    let clause = after
        .trim_start()
        .split([',', ';', '.', '('])
        .next()
        .unwrap_or("");
    let mut words = clause.split_whitespace().peekable();
    // Past a duration: "spend $600 million over three years to expand".
    if words
        .peek()
        .is_some_and(|w| listed(w, &["over", "during", "within"]).is_some())
    {
        let _ = words.next();
        while words
            .peek()
            .is_some_and(|w| listed(w, &["to", "on", "for"]).is_none() && !w.ends_with(','))
        {
            let _ = words.next();
        }
    }
    let Some(first) = words.next() else {
        return false;
    };
    if listed(
        first,
        &[
            "on",
            "for",
            "to",
            "expanding",
            "building",
            "upgrading",
            "equipping",
            "modernizing",
            "modernising",
        ],
    )
    .is_none()
    {
        return false;
    }
    // ("to refuel and refurbish the plant": verbs joined by "and" lead to
    // the asset too; "on its New York and New England networks": a place's
    // name of a few words before it.)
    words
        .take(8)
        .take_while(|w| listed(w, &["in", "at"]).is_none())
        .any(|w| listed(w, ASSETS).is_some() || listed(w, ASSET_OWNERS).is_some())
}

/// Whether the words before a sum say an asset costs it: "the first
/// stage of its Jansen potash project would cost $7.4 billion", "the plant
/// will cost about $2 billion". `before` runs to the figure's qualifier.
pub(super) fn asset_costs(before: &str) -> bool {
    let mut words = before.split_whitespace().rev();
    if words
        .next()
        .is_none_or(|w| listed(w, &["cost", "costs"]).is_none())
    {
        return false;
    }
    words
        .take(10)
        .take_while(|w| !w.ends_with([',', ';']))
        .any(|w| listed(w, ASSETS).is_some())
}

/// Assets named as their owner's: "to expand the mine's concentrator".
const ASSET_OWNERS: &[&str] = &[
    "plant's",
    "mine's",
    "factory's",
    "site's",
    "fab's",
    "refinery's",
    "campus's",
    "network's",
    "fleet's",
    "facility's",
    "project's",
];

/// Whether the clause before a price sells or buys rights, not a
/// business: "sold its domestic broadcast rights to Telefónica for",
/// "bought the media rights for".
fn rights_sold(text: &str, sentence: Span, start: usize) -> bool {
    let from =
        crate::numbers::floor_char_boundary(text, start.saturating_sub(100)).max(sentence.start);
    let words: Vec<&str> = text[from..start]
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .collect();
    let Some(verb) = words.iter().rposition(|w| {
        listed(
            w,
            &[
                "sold", "sell", "sells", "selling", "bought", "buy", "buys", "buying", "acquired",
                "acquire",
            ],
        )
        .is_some()
    }) else {
        return false;
    };
    words[verb + 1..]
        .iter()
        .take(6)
        .any(|w| listed(w, &["rights", "licence", "license", "licences", "licenses"]).is_some())
}

/// Verbs of selling or issuing shares.
const SALE_VERBS: &[&str] = &[
    "sell",
    "sells",
    "sold",
    "selling",
    "issue",
    "issues",
    "issued",
    "issuing",
    "offload",
    "offloaded",
    "place",
    "placed",
    "placing",
];

/// Whether what the figure goes "in" or "into" is a holding, not the
/// investor's own assets: "invest 1.5 billion euros in a European data
/// center platform", "into a joint venture", "in two startups" (an
/// investment with no company named), where "in data centers" and "in its
/// network" are capital spending.
pub(super) fn invested_in_a_holding(after: &str) -> bool {
    let after = after.trim_start();
    // "inject £3.3bn of new equity": capital put into a company; "bought
    // $350 million of stock", "$5 billion of its common stock": shares.
    let of_equity = after.strip_prefix("of ").is_some_and(|rest| {
        rest.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .take(3)
            .any(|w| listed(w, &["equity", "capital", "stock", "shares"]).is_some())
    });
    if of_equity {
        return true;
    }
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

/// Whether "put" stands a few words before the figure and "into" right
/// after it: "will put about US$1.4 billion into its Guadalajara plant".
fn put_into(text: &str, sentence: Span, figure: Span) -> bool {
    let after = text[figure.end.min(sentence.end)..sentence.end].trim_start();
    if !after.starts_with("into ") {
        return false;
    }
    let before = &text[sentence.start..figure.start];
    let from = crate::numbers::floor_char_boundary(before, before.len().saturating_sub(40));
    before[from..]
        .split_whitespace()
        .rev()
        .take(4)
        .any(|w| listed(w, &["put", "puts", "putting"]).is_some())
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
    "EH/s",
    "PH/s",
    "TH/s",
    // Oil and gas flowing a day: a producer's output rate, told as
    // capacity (as most probe readers wrote it).
    "bpd",
    "boe/d",
];

/// Counted nouns that are chips (units as the quantity recognizer writes
/// them: plural as written, acronyms in capitals).
pub(super) const CHIP_UNITS: &[&str] = &[
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
    "associates",
    "personnel",
];

/// Whether a quantity's unit counts people at work, or cut from it
/// ("jobs", "roles", "employees", "layoffs").
pub(crate) fn counts_people(unit: &str) -> bool {
    WORKFORCE_UNITS.contains(&unit) || CUT_UNITS.contains(&unit)
}

/// Whether a quantity's unit counts what a business sells, makes, carries
/// or serves.
pub(super) fn counts_volume(unit: &str) -> bool {
    VOLUME_UNITS.contains(&unit)
}

/// Counted nouns of what a business sells, makes, carries or serves: a
/// company's count of them is its claim (predicate `other`, or `capacity`
/// where a word of capacity says so).
#[rustfmt::skip]
const VOLUME_UNITS: &[&str] = &[
    "vehicles", "cars", "trucks", "EVs", "SUVs", "motorcycles", "units", "deliveries",
    "shipments", "orders", "subscribers", "subscriptions", "users", "customers", "clients",
    "accounts", "members", "memberships", "passengers", "travellers", "travelers", "visitors", "guests",
    "tonnes", "tons", "metric tons", "ounces", "barrels", "bpd", "boe/d", "stores", "outlets",
    "branches", "restaurants", "locations", "aircraft", "jets", "planes", "airplanes",
    "airliners", "ships", "vessels", "devices", "phones", "smartphones", "handsets", "PCs",
    "tablets", "servers", "copies", "tickets", "downloads", "viewers", "households served",
    "bitcoin", "BTC", "ether", "nights", "room nights", "rooms", "flights", "trips", "rides",
    "transactions", "consoles", "listeners", "TEU", "containers",
];

/// Counted nouns that are job cuts themselves.
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
pub(super) fn refine_predicate(
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
            // "will put about $1.4 billion into its plant": money put into
            // something, where no word names the figure ("put revenue at
            // $5bn" is an estimate, and named).
            let p = found.unwrap_or_else(|| {
                if put_into(text, sentence, object.span()) {
                    "investment".to_string()
                } else {
                    "other".to_string()
                }
            });
            // "buy $38 billion of computing capacity from AWS": what is
            // bought is a supply, not a company.
            let rest = &text[object.end.min(sentence.end)..sentence.end];
            // "has sold its domestic broadcast rights to Telefónica and DAZN
            // for a combined €5.25 billion": rights sold are a contract.
            if p == "acquisition" && rights_sold(text, sentence, object.start) {
                return Some("contract_value".to_string());
            }
            // "buys $500 mln stake in Anthropic": the stake the sum buys is
            // an investment, as "bought a $500 million stake" is.
            if p == "acquisition"
                && [" stake", " minority stake", " equity stake", " holding"]
                    .iter()
                    .any(|w| rest.starts_with(w))
            {
                return Some("investment".to_string());
            }
            if p == "acquisition" {
                if let Some(bought) = rest
                    .strip_prefix(" of ")
                    .or_else(|| rest.strip_prefix(" worth of "))
                {
                    let words: Vec<&str> = bought
                        .split_whitespace()
                        .take(4)
                        .map(|w| w.trim_end_matches([',', '.', ';']))
                        .collect();
                    let Some(k) = words
                        .iter()
                        .position(|w| listed(w, &["stock", "shares", "equity"]).is_some())
                    else {
                        return Some("contract_value".to_string());
                    };
                    // Shares sold: the seller's own new shares are capital
                    // raised ("will sell about €4 billion of new shares"),
                    // another company's a stake sold ("sold $5.8 billion
                    // of Nvidia shares"). Shares bought are an investment
                    // in their company ("bought $350 million of stock in
                    // the offering", "$5 billion of Intel shares").
                    let before = &text[sentence.start..object.start];
                    let sold = before
                        .split_whitespace()
                        .rev()
                        .take(4)
                        .any(|w| listed(w, SALE_VERBS).is_some());
                    let named = words[..k]
                        .iter()
                        .any(|w| w.starts_with(|c: char| c.is_uppercase()));
                    return Some(
                        match (sold, named) {
                            (false, _) => "investment",
                            (true, false) => "funding_round",
                            (true, true) => "other",
                        }
                        .to_string(),
                    );
                }
            }
            // "will pay $69 billion for Activision Blizzard": a price paid
            // for a company; "will pay €620 million a season for eight of
            // the ten matches": a contract's yearly worth.
            if matches!(p.as_str(), "other" | "contract_value" | "spending") {
                match super::verbs::paid_for(facts, object.span()) {
                    Some(super::verbs::PaidFor::Company) => return Some("acquisition".to_string()),
                    Some(super::verbs::PaidFor::Rights) => {
                        return Some("contract_value".to_string())
                    }
                    Some(super::verbs::PaidFor::Stake) => return Some("investment".to_string()),
                    None => {}
                }
            }
            // "EPS of $3.12 beats by $0.15", "beat the average analyst
            // estimate by $0.61": the margin over an estimate is no level
            // of the measure.
            if p != "other" && beaten_by(text, sentence, object.start) {
                return Some("other".to_string());
            }
            if p == "revenue" && facts.sells_chips() {
                return Some("chip_revenue".to_string());
            }
            // "secured 800 MHz in each band for £99 million", "the £1.36
            // billion raised in the 2021 auction": a price paid, or an
            // auction's take, is no round of funding.
            if p == "funding_round" && price_paid_or_auction(text, sentence, object.span()) {
                return Some("other".to_string());
            }
            // "raised $2 billion in the bond market", "a tranche raised
            // MXN$6 billion", "sold 5% of X, raising 20.4 billion pesos":
            // money borrowed, or a stake's proceeds, is no round of funding.
            if p == "funding_round"
                && (debt_raised(text, sentence, object.span())
                    || stake_sold(text, sentence, object.span()))
            {
                return Some("other".to_string());
            }
            // "tariffs cut operating profit by 1.45 trillion yen": a sum a
            // measure moved by is no level of that measure.
            if p != "other"
                && (moved_by_impact(text, sentence, object.start)
                    || super::verbs::taken_off(text, sentence, object.span()))
            {
                return Some("other".to_string());
            }
            // "$600 million at a $5.6 billion post-money valuation": a sum
            // priced at a valuation is a round raised at it.
            if matches!(p.as_str(), "valuation" | "other") && raised_at_valuation(rest) {
                return Some("funding_round".to_string());
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
            // "expects to produce 1.5 million artillery shells a year",
            // "raise production to 47 jets a month": a rate of making is
            // capacity.
            if has_party && q.vague.is_none() && production_rate(text, sentence, object.span()) {
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
            if counts_volume(&q.unit)
                || (!workforce && after_trade_verb(text, sentence, object.start))
            {
                return (has_party && q.vague.is_none()).then(|| match found.as_deref() {
                    // "Airbus's backlog stood at 8,932 aircraft".
                    Some(p @ ("capacity" | "backlog")) => p.to_string(),
                    _ => "other".to_string(),
                });
            }
            if !workforce {
                return None;
            }
            match found.as_deref() {
                // "cutting 30,000 of its 350,000 roles": the second is the whole.
                Some("job_cuts")
                    if part_of_whole(text, sentence, object.start)
                        || held_after(text, sentence, object.start) =>
                {
                    Some("headcount".to_string())
                }
                Some(p @ ("job_cuts" | "headcount" | "other")) => Some(p.to_string()),
                // "Lattice's approximately 1,150 employees", "its 49,000
                // workers": a workforce owned is its size.
                None if has_party && possessed(text, sentence, object.start) => {
                    Some("headcount".to_string())
                }
                // "JPMorgan ended March with 318,477 employees"; a table
                // row's workforce column ("| Toyota | 5,000 |" under
                // "| Operator | Jobs |").
                None if has_party
                    && (ended_with(text, sentence, object.start)
                        || text[sentence.start..sentence.end].starts_with('|')) =>
                {
                    Some("headcount".to_string())
                }
                _ => None,
            }
        }
        // "double its workforce to 20,000 people", "more than doubles the
        // $45 billion valuation": a verb's factor that leads to the figure
        // it multiplies tells nothing that figure does not.
        Value::Percent(pc)
            if pc.unit == Some(crate::analysis::PercentUnit::Times)
                && multiplies_a_figure(text, facts, object) =>
        {
            None
        }
        // "at ~24x our CY27 EPS estimate", "22.5x Boyd's estimated 2026
        // EBITDA": a valuation multiple, no measure of a company's.
        Value::Percent(pc)
            if pc.unit == Some(crate::analysis::PercentUnit::Times)
                && (multiple_of_earnings(&text[object.end..sentence.end])
                    || average_multiple(&text[sentence.start..object.start])) =>
        {
            None
        }
        Value::Percent(pc) if pc.unit == Some(crate::analysis::PercentUnit::Times) => {
            // A multiplier: how much capacity grows, else an unnamed ratio.
            // "Nvidia's stock doubled", "Shares of SK Hynix fell 1.3%,
            // having risen fourfold": a share move.
            Some(match found.as_deref() {
                Some("capacity") => "capacity".to_string(),
                Some("stock_change") => "stock_change".to_string(),
                // "Its revenue run-rate has tripled", "ARR: €500M+ (3x
                // y/y)": the factor a measure of income or spending grew by.
                Some(
                    "revenue"
                    | "operating_income"
                    | "chip_revenue"
                    | "eps"
                    | "backlog"
                    | "capital_expenditure"
                    | "spending",
                ) => "growth_rate".to_string(),
                None if income_before(&text[window.start..object.start]) => {
                    "growth_rate".to_string()
                }
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
            if (((after_change_verb(text, sentence, object.start)
                || moved_after(&text[object.end..sentence.end])
                || super::verbs::moved_by(text, sentence, object.start))
                && (shares_lead(&text[window.start..object.start])
                    || company_moved(text, facts, object.start)))
                || signed_after_name(text, facts, object.start))
                && !changes_another_measure(text, facts, object.start)
                // ("Apple lost 3% of its market share": a part of a
                // measure, no move.)
                && !text[object.end..sentence.end].starts_with(" of ") =>
        {
            Some("stock_change".to_string())
        }
        Value::Percent(_) => match found {
            // "Shares fell 2% after revenue rose 3%": the shares' word names
            // another figure's change.
            Some(p)
                if p == "stock_change" && changes_another_measure(text, facts, object.start) =>
            {
                Some("growth_rate".to_string())
            }
            // "cuts training time by 40%" is no job cut.
            Some(p) if p == "job_cuts" && !facts.names_workforce() => has_party.then(|| {
                if changed_by(text, sentence, object.start)
                    || after_change_verb(text, sentence, object.start)
                {
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
            // "| Operating profit | €4.71bn | €4.41bn | +6.8% |": a
            // percentage under a column of change.
            None if super::table::in_change_column(ctx, sentence, object) => {
                Some("growth_rate".to_string())
            }
            None if has_party => Some("other".to_string()),
            None => None,
        },
        _ => None,
    }
}

/// Whether the figure at `start` is a margin over or under an estimate:
/// "by" right before it, a verb of beating or missing at most six words
/// before that ("beats by $0.15", "beat the average analyst estimate by
/// $0.61", "missed by $0.02").
fn beaten_by(text: &str, sentence: Span, start: usize) -> bool {
    let before = super::verbs::before_figure(text, sentence, start);
    let Some((rest, by)) = split_last_word(before) else {
        return false;
    };
    if !by.eq_ignore_ascii_case("by") {
        return false;
    }
    rest.split_whitespace().rev().take(6).any(|w| {
        listed(
            w.trim_end_matches(|c: char| !c.is_alphanumeric()),
            &[
                "beat", "beats", "beating", "missed", "misses", "miss", "missing", "topped",
                "tops", "exceeded", "exceeds", "trailed", "lagged",
            ],
        )
        .is_some()
    })
}

/// Whether a change's direction follows its percentage: "to trade 3.9%
/// higher", "closed 2% lower".
fn moved_after(after: &str) -> bool {
    [" higher", " lower"].iter().any(|w| {
        after.starts_with(w)
            && after[w.len()..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric())
    })
}

/// Whether a multiplier written as a verb of a plan or a comparison
/// ("double", "doubles"; not a growth told, "has tripled to €500mn") has
/// a money figure or a count after it in its clause, within 80 bytes.
fn multiplies_a_figure(text: &str, facts: &Facts, object: &Mention) -> bool {
    let word = &text[object.start..object.end];
    if !word.starts_with(|c: char| c.is_ascii_alphabetic()) || word.ends_with("ed") {
        return false;
    }
    let k = facts
        .here
        .partition_point(|&i| facts.mentions[i].start < object.end);
    facts.here[k..].iter().take(3).any(|&i| {
        let m = &facts.mentions[i];
        matches!(m.kind(), Kind::Money | Kind::Quantity)
            && m.start <= object.end + 80
            && !text[object.end..m.start].contains([',', ';', '.'])
    })
}

/// Whether a measure of income or spending stands among the last words
/// before a multiplier: "revenue run-rate has tripled", "ARR: €500M+ (3x".
fn income_before(before: &str) -> bool {
    before.split_whitespace().rev().take(12).any(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-');
        listed(
            w,
            &[
                "revenue", "revenues", "sales", "ARR", "run-rate", "turnover", "profit", "profits",
                "earnings", "capex", "spending", "bookings",
            ],
        )
        .is_some()
    })
}

/// Whether the sentence is about chips being sold (a chip named, or the
/// word "chips" outside a company's name: "Taiwan Semiconductor
/// Manufacturing Co said its revenue rose" is about all its sales).
pub(super) fn sells_chips(
    text: &str,
    sentence: Span,
    here: &[usize],
    mentions: &[Mention],
) -> bool {
    let s = &text[sentence.start..sentence.end];
    here.iter().any(|&i| mentions[i].kind() == Kind::Chip)
        || s.split(|c: char| !c.is_alphanumeric()).any(|w| {
            CHIP_WORDS.iter().any(|c| c.eq_ignore_ascii_case(w)) && {
                // The word's place, from the slice it was cut from.
                let at = sentence.start + (w.as_ptr() as usize - s.as_ptr() as usize);
                // (What a "chip equipment maker" or "chipmaking tools" sell
                // are machines.)
                let tools = first_word(text[at + w.len()..sentence.end].trim_start())
                    .is_some_and(|n| listed(n, TOOL_WORDS).is_some());
                // ("testers of AI processors", "equipment for chips": the
                // chips are what the machines serve; "citing demand for AI
                // chips": a reason given, not what is sold.)
                let before = &text[crate::numbers::floor_char_boundary(text, at.saturating_sub(40))
                    .max(sentence.start)..at];
                let served = before
                    .split(|c: char| !c.is_alphanumeric())
                    .filter(|w| !w.is_empty())
                    .rev()
                    .take(4)
                    .any(|b| listed(b, TOOL_WORDS).is_some() || listed(b, SERVING).is_some());
                !tools
                    && !served
                    && !here.iter().any(|&i| {
                        let m = &mentions[i];
                        m.kind() == Kind::Company && m.start <= at && at < m.end
                    })
            }
        })
}

/// Words before a chip word that make the chips what is served or the
/// reason given: "testers of AI processors", "citing demand for chips".
const SERVING: &[&str] = &["testers", "tester", "inspection", "citing", "cited"];

/// Nouns after a chip word that make what is sold machines or materials.
const TOOL_WORDS: &[&str] = &[
    "equipment",
    "tool",
    "tools",
    "toolmaker",
    "toolmakers",
    "gear",
    "machines",
    "machinery",
    "materials",
    "packaging",
    "testing",
];

/// Whether the sentence speaks of a workforce ("jobs", "staff", "roles").
pub(super) fn names_workforce(text: &str, sentence: Span) -> bool {
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

/// Whether the count is what a company has or employs, told by the verb
/// just before it (past its qualifier): "After the cuts, the company will
/// have roughly 1,300 employees" is its size, whatever cut it.
fn held_after(text: &str, sentence: Span, start: usize) -> bool {
    let from = crate::numbers::qualifier_start(text, start).max(sentence.start);
    last_word(&text[sentence.start..from]).is_some_and(|w| {
        listed(
            w,
            &[
                "have",
                "has",
                "had",
                "having",
                "employ",
                "employs",
                "employed",
                "employing",
            ],
        )
        .is_some()
    })
}

/// Words that may stand between a count and its owner: "Lattice's
/// approximately 1,150 employees", "its total 49,000 workers".
const COUNT_QUALIFIERS: &[&str] = &[
    "about",
    "some",
    "roughly",
    "nearly",
    "around",
    "approximately",
    "almost",
    "over",
    "than",
    "more",
    "total",
    "global",
];

/// Whether the figure starting at `start` is owned by who comes right
/// before it, past a qualifier: "Lattice's approximately", "its".
fn possessed(text: &str, sentence: Span, start: usize) -> bool {
    let before = &text[sentence.start..start.max(sentence.start)];
    let mut words = before.split_whitespace().rev().take(3);
    let owner = |w: &str| {
        matches!(w, "its" | "their" | "Its" | "Their")
            || w.ends_with("'s")
            || w.ends_with("\u{2019}s")
    };
    let qualifier = |w: &str| listed(w, COUNT_QUALIFIERS).is_some();
    words.find(|w| !qualifier(w)).is_some_and(owner)
}

/// Whether a sum is a price paid for something ("for £99 million" after
/// what was bought) or an auction's take ("raised in the 2021 auction").
fn price_paid_or_auction(text: &str, sentence: Span, figure: Span) -> bool {
    let (before, after) = beside(text, sentence, figure, 60, 40);
    let paid_for = last_word(before).is_some_and(|w| w.eq_ignore_ascii_case("for"))
        && !before.contains("funding")
        && !before.contains("round");
    paid_for || before.contains("auction") || after.contains("auction")
}

/// The text before a figure's phrase (its qualifier included) and after
/// the figure, at most `back` and `ahead` bytes, within its sentence.
pub(super) fn beside(
    text: &str,
    sentence: Span,
    figure: Span,
    back: usize,
    ahead: usize,
) -> (&str, &str) {
    let from = crate::numbers::qualifier_start(text, figure.start).max(sentence.start);
    let before = &text[crate::numbers::floor_char_boundary(text, from.saturating_sub(back))
        .max(sentence.start)..from];
    let to = crate::numbers::floor_char_boundary(text, (figure.end + ahead).min(sentence.end));
    (before, &text[figure.end.min(to)..to.max(figure.end)])
}

/// Nouns of borrowed money (where "a rate of 9.2%" is also a coupon).
pub(super) const DEBT_WORDS: &[&str] = &[
    "bond",
    "bonds",
    "notes",
    "debt",
    "loan",
    "loans",
    "tranche",
    "tranches",
    "debentures",
    "convertible",
    "convertibles",
    "borrowing",
    "borrowings",
];

/// Whether the figure's clause (within 60 bytes either side, to the
/// nearest comma or semicolon) names a debt: money raised by borrowing.
fn debt_raised(text: &str, sentence: Span, figure: Span) -> bool {
    let (before, after) = beside(text, sentence, figure, 60, 60);
    let before = before.rsplit([',', ';']).next().unwrap_or(before);
    let after = after.split([',', ';']).next().unwrap_or(after);
    before
        .split_whitespace()
        .chain(after.split_whitespace())
        .any(|w| listed(w.trim_matches(|c: char| !c.is_alphanumeric()), DEBT_WORDS).is_some())
}

/// Whether a multiplier's next five words name the earnings it
/// multiplies: "our CY27 EPS estimate", "Boyd's estimated 2026 EBITDA",
/// "forward earnings".
fn multiple_of_earnings(after: &str) -> bool {
    after
        .split_whitespace()
        .take(5)
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .any(|w| {
            listed(
                w,
                &[
                    "EPS", "earnings", "EBITDA", "EBIT", "P/E", "multiple", "book", "FCF",
                ],
            )
            .is_some()
        })
}

/// Whether a multiplier is told as a stock's multiple by the words just
/// before it: "its five-year average of ~29x", "trades at 18x".
fn average_multiple(before: &str) -> bool {
    let tail =
        &before[crate::numbers::floor_char_boundary(before, before.len().saturating_sub(40))..];
    tail.split_whitespace()
        .rev()
        .take(4)
        .any(|w| listed(w, &["average", "trades", "trading", "traded", "multiple"]).is_some())
}

/// Whether the money was raised by selling a stake ("sold about 5% of
/// bottler Coca-Cola FEMSA in a block trade, raising about 20.4 billion
/// pesos", "raised $1 billion by selling its stake in Rosneft"): proceeds
/// of a sale, no round of funding. Read within 200 bytes before the figure
/// and 80 after, in its sentence.
fn stake_sold(text: &str, sentence: Span, figure: Span) -> bool {
    let (before, after) = beside(text, sentence, figure, 200, 80);
    let mut sale = false;
    let mut stake = false;
    let split = |c: char| !(c.is_alphanumeric() || c == '%');
    for w in before.split(split).chain(after.split(split)) {
        sale |= listed(
            w,
            &[
                "sold",
                "sells",
                "selling",
                "sell",
                "sale",
                "offloaded",
                "divested",
                "divesting",
            ],
        )
        .is_some();
        stake |=
            listed(w, &["stake", "stakes", "holding", "holdings"]).is_some() || w.ends_with('%');
    }
    sale && stake
}

/// Whether a count is a rate of making: made "a year", "a month" or "a
/// week" (not a day's output of oil, which is production told), with a
/// verb or noun of making, or a capacity's word, within the 60 bytes
/// before it.
fn production_rate(text: &str, sentence: Span, figure: Span) -> bool {
    let after = text[figure.end.min(sentence.end)..sentence.end].trim_start();
    let rate = [
        "a year",
        "per year",
        "each year",
        "a month",
        "per month",
        "a week",
        "per week",
        "annually",
    ]
    .iter()
    .any(|r| after.starts_with(r));
    if !rate {
        return false;
    }
    let from = crate::numbers::floor_char_boundary(text, figure.start.saturating_sub(60))
        .max(sentence.start);
    text[from..figure.start].split_whitespace().any(|w| {
        listed(
            w.trim_matches(|c: char| !c.is_alphanumeric()),
            &[
                "produce",
                "produces",
                "producing",
                "production",
                "output",
                "build",
                "builds",
                "building",
                "make",
                "makes",
                "making",
                "manufacture",
                "manufactures",
                "manufacturing",
                "assemble",
                "assembles",
                "rate",
                // "capacity of roughly 150,000 wafer starts per month",
                // "designed for about 40,000 wafers a month", "would
                // reach 150,000 wafer starts a month".
                "capacity",
                "designed",
                "reach",
            ],
        )
        .is_some()
    })
}

/// Whether the words after a sum price it at a valuation: "at a $5.6
/// billion post-money valuation", "at a valuation of about ¥400 billion",
/// "valuing the company at 1.2 trillion won" (within the next 60 bytes).
fn raised_at_valuation(rest: &str) -> bool {
    let head = &rest[..crate::numbers::floor_char_boundary(rest, rest.len().min(60))];
    let lower = head.to_ascii_lowercase();
    let t = lower.trim_start_matches([',', ' ']);
    (t.starts_with("at a ") || t.starts_with("at an "))
        && t.split([',', ';', '('])
            .next()
            .is_some_and(|c| c.contains("valuation"))
        || t.starts_with("valuing ")
}

/// Whether a workforce counted at `start` is what a period closed with:
/// "ended March with 318,477 employees", "finished the year with about
/// 9,000 staff" (the word "with" past a qualifier, a closing verb at most
/// four words before it).
fn ended_with(text: &str, sentence: Span, start: usize) -> bool {
    let mut words = before_figure(text, sentence, start)
        .split_whitespace()
        .rev();
    let Some(with) = words.next() else {
        return false;
    };
    with.eq_ignore_ascii_case("with")
        && words.take(4).any(|w| {
            listed(
                w,
                &["ended", "ends", "ending", "closed", "finished", "exited"],
            )
            .is_some()
        })
}

/// Whether the trigger at `start..end` is a word of a name: written in
/// title case after a capitalized word, past the sentence's start, and
/// followed by a word in lower case ("revenue from Oracle Cloud
/// Infrastructure grew": no capital spending; a title-case headline,
/// "Nvidia Revenue Jumps 62%", capitalizes the next word too).
fn inside_a_name(text: &str, sentence_start: usize, start: usize, end: usize) -> bool {
    let word = &text[start..end];
    let title = word.starts_with(|c: char| c.is_ascii_uppercase())
        && word[1..].starts_with(|c: char| c.is_ascii_lowercase());
    if !title || start <= sentence_start {
        return false;
    }
    let from =
        crate::numbers::floor_char_boundary(text, start.saturating_sub(32).max(sentence_start));
    let before = &text[from..start];
    let to = crate::numbers::floor_char_boundary(text, (end + 32).min(text.len()));
    before.ends_with(' ')
        && last_word(before).is_some_and(|w| w.starts_with(|c: char| c.is_uppercase()))
        && first_word(text[end..to].trim_start())
            .is_some_and(|w| w.starts_with(|c: char| c.is_lowercase()))
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
    // "orders for ammunition worth €4.2 billion, lifting its order
    // backlog": the valuation word the figure follows.
    let mut worth_before = None;
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
            || hyphen_glued_abbreviation(ctx.text, start, end)
            || qualifier.is_some_and(|q| q.contains(&span))
            || in_gloss(ctx.text, facts.sentence.start, start, object.start)
            || inside_a_name(ctx.text, facts.sentence.start, start, end)
        {
            continue;
        }
        // A trigger before the figure stands as far as from its qualifier:
        // "raise as much as $100bn at a valuation of" is money raised.
        let gap = if span.end <= object.start {
            let to = qualifier.map_or(object.start, |q| q.start);
            let between = &ctx.text[span.end.min(to)..to];
            // "Backlog: $1.2B of signed leases": a label names its figure
            // before any phrase after it.
            if between.trim_matches([' ', '*', '_']) == ":" {
                0
            } else {
                to.saturating_sub(span.end)
                    .saturating_sub(apposition_len(between))
            }
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
        // ("$140 million Series B at $1.1 billion post-money": a round is
        // raised at its price, which it does not head.)
        let round_at_price = || {
            ctx.text[end..].trim_start().starts_with("at ")
                && entries
                    .iter()
                    .any(|&e| table.entry(e).predicate == "funding_round")
        };
        if after && heads_next_figure(facts, end) && !round_at_price() {
            continue;
        }
        let after_break = after
            && (clause_break(&ctx.text[object.end..start])
                || as_clause(&ctx.text[object.end..start]));
        // "$350 million in annual cost savings", "$6 billion of new debt":
        // the noun the figure is "in" or "of" names it, before any verb.
        // (So does a phrase that opens with its own "of": "$3.4 billion of
        // debt financing" read as "of debt".)
        let opens_with_of = || {
            ctx.text[object.end..start].trim().is_empty()
                && listed(
                    first_word(&ctx.text[start..end]).unwrap_or(""),
                    &["of", "in"],
                )
                .is_some()
        };
        let gap = if after && (names_the_figure(&ctx.text[object.end..start]) || opens_with_of()) {
            0
        } else {
            gap
        };
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
            if entry.predicate == "valuation" && !after && gap <= 1 {
                worth_before = Some(span);
            }
            let score = gap
                + if entry.generic { GENERIC_PENALTY } else { 0 }
                + if after_break { CLAUSE_PENALTY } else { 0 };
            if best.is_none_or(|(b, _, _)| score < b) {
                best = Some((score, entry.predicate.as_str(), span));
            }
        }
    }
    // "a $19.6 billion Airbus order", "a $3.1 billion award": the deal
    // noun the figure modifies names it, whatever stands further off.
    // (A bare "worth" is no trigger of its own: "a stake worth $2bn".)
    let bare_worth = || {
        // (A qualifier may open before the sentence in mangled text.)
        let from = qualifier
            .map_or(object.start, |q| q.start)
            .max(facts.sentence.start);
        let before = ctx.text[facts.sentence.start..from].trim_end();
        let end = facts.sentence.start + before.len();
        crate::affix::ends_with_ignore_case(before, " worth")
            .then(|| Span::new(end - "worth".len(), end))
    };
    if kind == Kind::Money
        && (deal_noun_after(ctx.text, object.end)
            || worth_before
                .or_else(bare_worth)
                .is_some_and(|t| deal_valued(ctx, facts, t)))
    {
        // "agreed to buy Pinewell ... in an all-stock deal valued at $4.3
        // billion": a deal that buys a business is its acquisition.
        let bought = transfer_before(ctx.text, window, object.start);
        return Some(
            if bought {
                "acquisition"
            } else {
                "contract_value"
            }
            .to_string(),
        );
    }
    // "announced a $6.5 billion plant in Texas": a sum an asset noun
    // follows is what the asset costs.
    if kind == Kind::Money && asset_noun_after(ctx.text, object.end) {
        return Some("capital_expenditure".to_string());
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
        Some((_, "valuation", t)) if grant_valued(ctx, facts, t) => Some("other".to_string()),
        _ => best.map(|(_, p, _)| p.to_string()),
    }
}

/// A trigger of a few letters joined by a hyphen to a word is part of that
/// word: "op" (operating profit) in "co-op", "rev" in "pre-rev".
fn hyphen_glued_abbreviation(text: &str, start: usize, end: usize) -> bool {
    end - start <= 3 && (text[..start].ends_with('-') || text[end..].starts_with('-'))
}

/// Whether `between` (a figure's end to a trigger after it) joins the
/// trigger to the figure as the noun it measures: "in" or "of" and at most
/// two lower-case modifiers ("in annual", "of new", "in run-rate"). A
/// determiner makes it a thing the figure is in ("$183 billion in a round
/// led by", "$4 billion in the round"), not what it measures.
fn names_the_figure(between: &str) -> bool {
    const DETERMINERS: &[&str] = &[
        "a", "an", "the", "its", "their", "this", "that", "his", "her",
    ];
    let mut words = between.split_whitespace();
    let Some(link) = words.next() else {
        return false;
    };
    (link == "in" || link == "of")
        && between.starts_with(' ')
        && words.clone().count() <= 2
        && words.all(|w| {
            !DETERMINERS.contains(&w) && w.chars().all(|c| c.is_ascii_lowercase() || c == '-')
        })
}

/// Whether the valuation trigger `t` ("valued at", "worth") follows a
/// deal's noun ("contract", "deal", "agreement") with at most a phrase of
/// its parties between: "a contract with OpenAI valued at".
fn deal_valued(ctx: &Context<'_>, facts: &Facts, t: Span) -> bool {
    valued_noun(ctx, facts, t, |p| p == "contract_value")
}

/// Whether the valuation trigger `t` follows public money's noun the same
/// way: "state incentives for Micron valued at up to $450 million" tells
/// a grant, no company's worth.
fn grant_valued(ctx: &Context<'_>, facts: &Facts, t: Span) -> bool {
    // (Asked only of a valuation no deal's noun took.)
    let from = crate::numbers::floor_char_boundary(
        ctx.text,
        t.start
            .saturating_sub(DEAL_VALUED_REACH)
            .max(facts.sentence.start),
    );
    let lower = ctx.text[from..t.start].to_ascii_lowercase();
    GRANT_NOUNS.iter().any(|g| lower.contains(g)) && valued_noun(ctx, facts, t, |p| p == "other")
}

/// Nouns of public money, as `predicates.tsv` lists them for `other`.
const GRANT_NOUNS: &[&str] = &[
    "grant",
    "subsid",
    "incentive",
    "tax credit",
    "tax break",
    "state aid",
    "funding",
    "award",
];

/// Whether `t` follows a noun whose entries `wanted` accepts, with at most
/// a phrase of its parties between.
fn valued_noun(ctx: &Context<'_>, facts: &Facts, t: Span, wanted: fn(&str) -> bool) -> bool {
    let text = ctx.text;
    let word = &text[t.start..t.end];
    let starts = |p: &str| crate::affix::starts_with_ignore_case(word, p);
    // ("a seven-year contract that Oracle values at about $42 billion".)
    let verbal = starts("valued")
        || starts("valuing")
        || starts("values")
        || crate::affix::ends_with_ignore_case(word, "worth");
    if !verbal {
        return false;
    }
    // (A stake's deal that values the whole tells its worth: "agreed to
    // buy a 70% stake in Sevilla ..., in a deal that values the club at".)
    if starts("values") && super::verbs::buys_a_stake(text, facts.sentence, t.start) {
        return false;
    }
    // "Microsoft's agreement, announced on Tuesday, to buy 2.4 gigawatts
    // ... is worth nearly $18 billion": a deal's noun opening the sentence
    // is what "is worth" tells, however long its phrase.
    let deal_entry = |entries: &[usize]| {
        entries
            .iter()
            .any(|&e| wanted(&ctx.lexicons.predicates.entry(e).predicate))
    };
    let head = Span::new(
        facts.sentence.start,
        t.start.min(facts.sentence.start + DEAL_SUBJECT_REACH),
    );
    let before = text[facts.sentence.start..t.start].trim_end();
    if (starts("is ") || starts("was "))
        && t.start - facts.sentence.start <= DEAL_PHRASE_REACH
        && within(&facts.triggers, head, |x| x.0)
            .iter()
            .any(|x| deal_entry(x.2))
        && !before.contains(';')
        && last_word(before).is_none_or(|w| listed(w, &["which", "that", "who"]).is_none())
    {
        return true;
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
            let deal = deal_entry(entries);
            let between = text[end..t.start].trim_matches(|c: char| c.is_whitespace() || c == ',');
            // "a deal Boeing valued at": the party that values it, a name.
            let a_name = || {
                let mut words = between.split_whitespace();
                words.clone().count() <= 3
                    && words.all(|w| w.starts_with(|c: char| c.is_uppercase()))
            };
            deal && (between.is_empty()
                || listed(
                    first_word(between).unwrap_or(""),
                    // "the package that came with it was worth".
                    &[
                        "with",
                        "for",
                        "from",
                        "between",
                        "to",
                        "involving",
                        "that",
                        "which",
                    ],
                )
                .is_some()
                || a_name())
                && !between.contains(['.', ';'])
        })
}

/// Whether a deal's noun follows the figure ending at `end`, past at most
/// three capitalized words of a party's name: "$19.6 billion Airbus
/// order", "$3.1 billion award"; not an order book or backlog.
fn deal_noun_after(text: &str, end: usize) -> bool {
    const DEAL_NOUNS: &[&str] = &[
        "order",
        "orders",
        "deal",
        "contract",
        "contracts",
        "agreement",
        "award",
        "pact",
    ];
    noun_modified(
        text,
        end,
        (64, 4),
        DEAL_NOUNS,
        &["backlog", "backlogs", "book", "books", "intake"],
        |w| w.starts_with(|c: char| c.is_uppercase()),
    )
}

/// Whether the figure ending at `end` prices a physical asset it
/// modifies: "a $6.5 billion plant in Texas", "a $2 billion chip factory",
/// "a $10bn AI data center campus" (at most two modifiers between).
fn asset_noun_after(text: &str, end: usize) -> bool {
    // ("a $2 billion plant sale" is the sale's.) A modifier is a word of
    // letters ("chip", "AI"), no function word.
    noun_modified(
        text,
        end,
        (48, 3),
        ASSETS,
        &["sale", "deal", "purchase", "acquisition", "stake"],
        |w| {
            w.chars().all(|c| c.is_alphanumeric() || c == '-')
                && listed(w, MODIFIER_STOPS).is_none()
        },
    )
}

/// Whether one of `nouns` follows the figure ending at `end` within
/// `reach` bytes and `words` words, each word before it a `modifier`, and
/// the noun not itself a modifier of one of `not_before`.
fn noun_modified(
    text: &str,
    end: usize,
    (reach, words): (usize, usize),
    nouns: &[&'static str],
    not_before: &[&'static str],
    modifier: impl Fn(&str) -> bool,
) -> bool {
    let rest = &text[end..crate::numbers::floor_char_boundary(text, (end + reach).min(text.len()))];
    if !rest.starts_with(' ') {
        return false;
    }
    let mut split = rest
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | '.' | ':' | '(' | ')'))
        .filter(|w| !w.is_empty());
    for _ in 0..words {
        let Some(w) = split.next() else {
            return false;
        };
        if listed(w, nouns).is_some() {
            return split.next().is_none_or(|n| listed(n, not_before).is_none());
        }
        if !modifier(w) {
            return false;
        }
    }
    false
}

/// Words after a figure that end the modifiers [`asset_noun_after`] reads.
const MODIFIER_STOPS: &[&str] = &[
    "in", "to", "of", "for", "from", "at", "on", "a", "an", "the", "and", "or", "by", "with", "as",
    "last", "this", "next", "per", "year", "quarter",
];

/// Whether a per-share phrase follows the figure ending at `end`.
pub(super) fn per_share_after(text: &str, end: usize) -> bool {
    let rest = text[end..].trim_start();
    ["per share", "a share", "per diluted share", "each"]
        .iter()
        .any(|p| crate::affix::starts_with_ignore_case(rest, p))
}

/// Whether the figure at `start..end` is one payment of a licence or a
/// deal rather than its value: "$500 million upfront", "up to $4.7
/// billion in development, regulatory and commercial milestones", "an
/// upfront payment of $200 million". Readers give such a part of the
/// deal `other`, with both parties (a deal's value set against its
/// upfront would conflict).
pub(super) fn licence_payment(text: &str, start: usize, end: usize) -> bool {
    const PAYMENTS: &[&str] = &["milestone", "milestones", "royalty", "royalties"];
    const UPFRONT: &[&str] = &["upfront", "up-front"];
    let rest = text[end..crate::numbers::floor_char_boundary(text, (end + 90).min(text.len()))]
        .trim_start();
    fn word(w: &str) -> &str {
        w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-')
    }
    let mut words = rest.split_whitespace().map(word);
    match words.next() {
        Some(w) if listed(w, UPFRONT).is_some() => return true,
        Some(w) if w.eq_ignore_ascii_case("up") && words.next() == Some("front") => return true,
        // "in milestones", "more in milestones", "in potential milestones".
        Some(w) if w == "in" || (w == "more" && words.next() == Some("in")) => {
            for w in words.take(6) {
                if listed(w, PAYMENTS).is_some() {
                    return true;
                }
                if listed(
                    w,
                    &[
                        "for", "to", "with", "from", "on", "by", "of", "cash", "stock", "total",
                    ],
                )
                .is_some()
                {
                    break;
                }
            }
        }
        _ => {}
    }
    // "an upfront payment of $200 million", "milestones of up to $1 billion".
    let lo = crate::numbers::floor_char_boundary(text, start.saturating_sub(40));
    let before = text[lo..crate::numbers::qualifier_start(text, start).max(lo)].trim_end();
    let Some(before) = before.strip_suffix(" of") else {
        return false;
    };
    let mut back = before.split_whitespace().rev().map(word);
    let head = back.next().unwrap_or("");
    let head = if listed(head, &["payment", "payments", "fee", "fees"]).is_some() {
        back.next().unwrap_or("")
    } else {
        head
    };
    listed(head, PAYMENTS).is_some() || listed(head, UPFRONT).is_some()
}

/// Whether the words near a figure speak of a deal already told: a
/// determiner and, within three words after it, a deal's noun ("the
/// offer", "the expanded contract", "its $26.6 billion acquisition",
/// "Under the terms"), or a term only a deal has ("termination fee").
pub(super) fn refers_to_deal(near: &str) -> bool {
    const NOUNS: &[&str] = &[
        "deal",
        "offer",
        "transaction",
        "contract",
        "agreement",
        "acquisition",
        "purchase",
        "takeover",
        "merger",
        "buyout",
        "bid",
        "terms",
        "price",
        "tie-up",
        "pact",
    ];
    const TERMS: &[&str] = &[
        "termination fee",
        "break fee",
        "breakup fee",
        "break-up fee",
    ];
    if TERMS
        .iter()
        .any(|t| memchr::memmem::find(near.as_bytes(), t.as_bytes()).is_some())
    {
        return true;
    }
    // Words since the last determiner, while it is near enough.
    let mut since: Option<usize> = None;
    for w in near
        .split_whitespace()
        .take(DEAL_REFERENCE_WORDS)
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-'))
    {
        if since.is_some_and(|k| k < 3) && listed(w, NOUNS).is_some() {
            return true;
        }
        since = if listed(w, &["the", "this", "that", "its", "their"]).is_some() {
            Some(0)
        } else {
            since.map(|k| k + 1)
        };
    }
    false
}

/// How many words near a figure [`refers_to_deal`] reads.
const DEAL_REFERENCE_WORDS: usize = 64;

/// Whether a figure is one of a deal's terms by the words beside it: a
/// price a share, a premium or discount ("a 42% premium", "a premium of
/// 42%"), a fee ("a termination fee of $320 million").
pub(super) fn deal_term(text: &str, object: &Mention) -> bool {
    if object.kind() == Kind::Money && per_share_after(text, object.end) {
        return true;
    }
    let after = text
        [object.end..crate::numbers::floor_char_boundary(text, (object.end + 24).min(text.len()))]
        .split_whitespace()
        .take(2)
        .any(|w| listed(w.trim_end_matches([',', '.']), &["premium", "discount"]).is_some());
    let lo = crate::numbers::floor_char_boundary(text, object.start.saturating_sub(32));
    let before = text[lo..crate::numbers::qualifier_start(text, object.start).max(lo)].trim_end();
    let ends = |p: &str| crate::affix::ends_with_ignore_case(before, p);
    match object.kind() {
        Kind::Percent => after || ends("premium of") || ends("discount of"),
        Kind::Money => ends("fee of"),
        _ => false,
    }
}

/// Whether a figure is a price a share offered or paid ("offers €36.50 a
/// share", "Price per share: €36.50", "pay $52 per share"): with a deal of
/// its party told lately, that deal's term even where no noun names it.
pub(super) fn offered_per_share(text: &str, object: &Mention) -> bool {
    object.kind() == Kind::Money && per_share_after(text, object.end) && priced(text, object.start)
}

/// How far before "valued at" the deal's noun may stand.
const DEAL_VALUED_REACH: usize = 60;

/// How far into a sentence a deal's noun opening it may stand.
const DEAL_SUBJECT_REACH: usize = 40;

/// How long the phrase of a deal's noun before "is worth" may be.
const DEAL_PHRASE_REACH: usize = 240;

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
    // (Set off by commas or by dashes: "backlog — the best gauge of future
    // sales — rose".)
    let Some((open, mark)) = text[lo..start]
        .char_indices()
        .rev()
        .find(|&(_, c)| matches!(c, ',' | '—' | '–'))
    else {
        return false;
    };
    let gloss = text[lo + open + mark.len_utf8()..start].trim_start();
    GLOSS_OPENERS
        .iter()
        .any(|o| crate::affix::starts_with_ignore_case(gloss, o))
        && text[start..figure].contains(mark)
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
    "which is",
    "which are",
    "which includes",
    "which include",
    "which covers",
    "which combines",
    "the best gauge",
    "the best measure",
    "the main gauge",
    "the key measure",
    "the key gauge",
    "a barometer",
    "a bellwether",
];

/// How far after a trigger the figure it heads may start.
const HEAD_REACH: usize = 48;

/// How much further a trigger stands when a clause ends between the figure
/// and it.
const CLAUSE_PENALTY: usize = 80;

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
pub(super) fn priced(text: &str, figure: usize) -> bool {
    // "for up to $13.50 per share": the word before the qualifier.
    let figure = crate::numbers::qualifier_start(text, figure);
    let before =
        &text[crate::numbers::floor_char_boundary(text, figure.saturating_sub(40))..figure];
    // A fact sheet's label: "Price per share: €36.50", "Offer price: $52".
    if let Some(label) = before.trim_end().strip_suffix(':') {
        let label = &label[label.rfind('\n').map_or(0, |k| k + 1)..];
        return label
            .split_whitespace()
            .any(|w| listed(w, &["price", "offer", "bid"]).is_some());
    }
    let Some((rest, last)) = split_last_word(before) else {
        return false;
    };
    let last = last.trim_end_matches(',');
    // "earnings came in at $1.21 per share", "EPS stood at $2": a result
    // told, no price.
    if last.eq_ignore_ascii_case("at")
        && last_word(rest).is_some_and(|w| {
            listed(
                w,
                &[
                    "in", "stood", "stands", "was", "were", "is", "landed", "finished", "ended",
                ],
            )
            .is_some()
        })
    {
        return false;
    }
    // "to acquire Tenable for about $6.5 billion, or roughly $52 a share":
    // a deal's price told again a share.
    let deal_again = || {
        last.eq_ignore_ascii_case("or") && rest.ends_with(',') && {
            let from = crate::numbers::floor_char_boundary(text, figure.saturating_sub(120));
            // (Within the sentence: past the last full stop before.)
            let window = &text[from..figure];
            let window = window.rfind(". ").map_or(window, |k| &window[k + 2..]);
            window.split_whitespace().any(|w| {
                listed(
                    w.trim_matches(|c: char| !c.is_alphanumeric()),
                    &[
                        "acquire",
                        "acquires",
                        "acquired",
                        "acquiring",
                        "acquisition",
                        "buy",
                        "buys",
                        "bought",
                        "buying",
                        "takeover",
                        "buyout",
                        "offer",
                        "offered",
                        "bid",
                        "deal",
                        "purchase",
                        "pay",
                        "paid",
                        "paying",
                    ],
                )
                .is_some()
            })
        }
    };
    listed(
        last,
        &[
            "at", "pay", "pays", "paid", "paying", "offer", "offers", "offered", "offering", "bid",
            "bids", "receive", "receives", "priced", "for", "price", "valued", "worth",
        ],
    )
    .is_some()
        || deal_again()
        || (listed(last, &["of", "to", "from"]).is_some()
            && last_word(rest).is_some_and(|w| {
                // ("our standalone value of $44 per share".)
                listed(
                    w,
                    &[
                        "price", "prices", "target", "offer", "bid", "premium", "value",
                    ],
                )
                .is_some()
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

/// The bytes of an apposition set off by commas between a trigger and its
/// figure: "acquire Veltrix Security Inc., a privately held maker of
/// identity software, for $4.8 billion" stands as near as "acquire
/// Veltrix for $4.8 billion".
fn apposition_len(between: &str) -> usize {
    // The first ", " that opens with an article (most gaps hold no comma).
    let bytes = between.as_bytes();
    let Some(open) = memchr::memchr_iter(b',', bytes).find(|&i| {
        let rest = &between[i + 1..];
        ["a", "an", "the"].iter().any(|w| {
            rest.strip_prefix(' ')
                .and_then(|r| r.strip_prefix(w))
                .is_some_and(|r| r.starts_with(' '))
        })
    }) else {
        return 0;
    };
    let rest = &between[open + 2..];
    match rest.find(',') {
        // (Closed before the figure, with words left to lead to it.)
        Some(close) if !between[open + 2 + close + 1..].trim().is_empty() => close + 2,
        _ => 0,
    }
}

/// Whether a clause opens with a bare "as" between a figure and a later
/// trigger, as headlines write it without a comma: "to buy Veltrix for
/// $4.8 billion as quarterly revenue tops estimates" (not "as much as").
fn as_clause(between: &str) -> bool {
    // (A look for "as" before the words after it are read.)
    let b = between.as_bytes();
    if !b.windows(4).any(|w| w == b" as ") {
        return false;
    }
    super::words::words_after(between, " as ").any(|next| {
        !next.is_empty()
            && listed(
                next,
                &[
                    "much", "many", "high", "low", "little", "part", "well", "of", "a", "an",
                    "its", "their",
                ],
            )
            .is_none()
    })
}

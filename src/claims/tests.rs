//! Tests of the claim rules on short texts, one behaviour each: kept out of
//! the module root, which holds the assembly of claims.

use super::*;
use crate::analysis::{Company, Sentence};
use crate::lexicon::Lexicons;
use crate::recognize::{self, KindSet};
use crate::{numbers, segment};

use super::clause::opens_clause;

/// Subjects, predicate, figure, counterparty, modality.
type Row = (Vec<String>, String, String, Option<String>, Modality);

/// Runs the numeric recognizers and marks the given company names (name,
/// slug) wherever they occur, so claims can be tested before and apart
/// from the company recognizer.
fn claims_of(text: &str, companies: &[(&str, &str)]) -> Vec<Row> {
    let (mentions, claims) = analysed(text, companies, "2026-02-09");
    claims
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

/// The mentions and claims of `text` as [`claims_of`] finds them, read
/// on the reference date `reference` (YYYY-MM-DD).
fn analysed(text: &str, companies: &[(&str, &str)], reference: &str) -> (Vec<Mention>, Vec<Claim>) {
    let sentences: Vec<Sentence> = segment::segment(text);
    let numerals = numbers::numerals(text);
    let lex = Lexicons::builtin();
    let ctx = Context {
        text,
        sentences: &sentences,
        numerals: &numerals,
        reference_date: reference.parse().ok(),
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
    // (The finer reading, a takeover's price as `acquisition`, is what
    // these tests tell apart from contracts and stakes.)
    let claims = super::extract_with(&ctx, &mentions, true);
    (mentions, claims)
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

/// A table's caption, the line right above its header (an HTML caption
/// written out), dates the cells that name no date.
#[test]
fn a_caption_dates_its_table() {
    let text = "Cloud results.\n\nThird-quarter results, 2025\n| Provider | Revenue |\n|---|---|\n| AWS | $33B |\n";
    let a = analysis_on(jiff::civil::date(2026, 2, 9), text);
    assert_eq!(
        figures_and_periods(&a),
        [("$33B", Some("Third-quarter"))],
        "{a:?}"
    );
}

/// A caption names what cells under date-only headers measure; a
/// month-on-month column is a change.
#[test]
fn a_caption_names_the_measure_of_its_table() {
    let c = claims_of(
        "Monthly sales.\n\nOctober 2026 revenue\n| Company | Oct 2026 | MoM |\n|---|---|---|\n| Foxconn | NT$952.6bn | -3.1% |\n",
        &[("Foxconn", "foxconn")],
    );
    let got: Vec<(&str, &str)> = c.iter().map(|r| (r.1.as_str(), r.2.as_str())).collect();
    assert_eq!(
        got,
        [("revenue", "NT$952.6bn"), ("growth_rate", "-3.1%")],
        "{c:?}"
    );
}

/// In a call's transcript "we" and "our" are the company holding the
/// call, whatever company was named last; elsewhere they name no one.
#[test]
fn we_in_a_transcript_is_the_company_holding_the_call() {
    let text = "Oracle Q1 Fiscal 2027 Earnings Call\n\nOperator: Welcome.\n\nJane Doe: Our $9.7 billion Microsoft contract is on schedule. Revenue was $312.4 million. We mined 573 bitcoin and our hashrate averaged 50 EH/s.";
    let c = claims_of(text, &[("Oracle", "oracle"), ("Microsoft", "microsoft")]);
    let got: Vec<(&str, &str)> = c.iter().map(|r| (r.0[0].as_str(), r.2.as_str())).collect();
    assert_eq!(
        got,
        [
            ("oracle", "$9.7 billion"),
            ("oracle", "$312.4 million"),
            ("oracle", "573 bitcoin"),
            ("oracle", "50 EH/s"),
        ],
        "{c:?}"
    );
    let c = claims_of(
        "Oracle said sales rose. \"Our $9.7 billion Microsoft contract is on schedule,\" a banker said.",
        &[("Oracle", "oracle"), ("Microsoft", "microsoft")],
    );
    assert_eq!(c[0].0, v(&["microsoft"]), "{c:?}");
}

/// When debt falls due is no period of the money borrowed, and notes
/// sold are no capital spending.
#[test]
fn a_maturity_is_no_period() {
    let text = "Meta sold $18.5 billion of senior secured notes due 2050. The 2050 notes came at 6.25%. Vantage priced $2.3 billion of asset-backed notes maturing in 2031.";
    let a = analysis_on(jiff::civil::date(2026, 11, 9), text);
    assert_eq!(
        figures_and_periods(&a),
        [("$18.5 billion", None), ("$2.3 billion", None)],
        "{a:?}"
    );
    assert!(a.claims.iter().all(|c| c.predicate == "other"), "{a:?}");
}

/// "in the quarter" is of the quarter the text reported on last; not a
/// quarter a year before, nor the one a guidance is for.
#[test]
fn the_quarter_is_the_one_told_of() {
    let text = "Samsung reported third-quarter results on Thursday. Its operating profit rose to 9.6 trillion won in the quarter from 7.0 trillion won a year earlier. In the three months, chip sales rose 12%. Sales were $10 billion in the quarter a year earlier. It expects revenue of $65 billion for the quarter.";
    let a = analysis_on(jiff::civil::date(2026, 11, 9), text);
    assert_eq!(
        figures_and_periods(&a),
        [
            ("9.6 trillion won", Some("third-quarter")),
            ("7.0 trillion won", None),
            ("12%", Some("third-quarter")),
            ("$10 billion", None),
            ("$65 billion", None),
        ],
        "{a:?}"
    );
}

/// "Revenue at AWS rose 20%": the company after "at" a measure's noun
/// owns it; a headline's base-form verb heads its own figure.
#[test]
fn revenue_at_a_company_is_its() {
    let c = claims_of(
        "Amazon reported results. Revenue at AWS rose 20% to $33 billion.",
        COS,
    );
    let got: Vec<&str> = c.iter().map(|r| r.0[0].as_str()).collect();
    assert_eq!(got, ["aws", "aws"], "{c:?}");
    let c = claims_of(
        "Amazon lifts AI spending plan to $200 billion as cloud sales jump 20%",
        COS,
    );
    // (An AI "spending plan" is a capital spending plan.)
    assert_eq!(c[0].1, "capital_expenditure", "{c:?}");
}

/// A name between an article and a noun after the figure modifies that
/// noun and does not act; "its" after selling a company's shares is the
/// seller's.
#[test]
fn modifiers_and_objects_do_not_act() {
    let c = claims_of(
        "Oracle reported results. Net income was $2.5 billion, most of it the OpenAI mark.",
        COS,
    );
    assert_eq!(c[0].0, v(&["oracle"]), "{c:?}");
    // (A noun that names the company itself keeps it: "the X joint venture".)
    let c = claims_of(
        "The European Commission cleared $5 billion of subsidies for the Anthropic joint venture.",
        COS,
    );
    assert_eq!(c[0].0, v(&["anthropic"]), "{c:?}");
    let c = claims_of(
        "Microsoft sold OpenAI shares worth $1.2 billion, reducing its stake to 20% from 27%.",
        COS,
    );
    let got: Vec<(&str, Option<&str>)> = c
        .iter()
        .skip(1)
        .map(|r| (r.0[0].as_str(), r.3.as_deref()))
        .collect();
    assert_eq!(
        got,
        [("microsoft", Some("openai")), ("microsoft", Some("openai"))],
        "{c:?}"
    );
}

/// Chips counted by the thousand in a sentence naming no one are the
/// fleet of the company the text is about; a rack's few are no claim.
#[test]
fn a_fleet_of_chips_is_the_topics() {
    let c = claims_of(
        "Microsoft signed a deal. The agreement covers roughly 200,000 GB300 GPUs. Each rack holds 72 GPUs.",
        COS,
    );
    let got: Vec<(&str, &str)> = c.iter().map(|r| (r.0[0].as_str(), r.2.as_str())).collect();
    assert_eq!(got, [("microsoft", "200,000 GB300 GPUs")], "{c:?}");
}

/// What a figure no one claims is measured from is no one's either; a
/// claimed figure's baseline stays a claim.
#[test]
fn a_baseline_follows_its_figure() {
    let c = claims_of(
        "Oracle shares fell 4.1%. Data centers could consume 9% of U.S. electricity by 2030, up from about 4.4% in 2023.",
        COS,
    );
    let got: Vec<&str> = c.iter().map(|r| r.2.as_str()).collect();
    assert_eq!(got, ["4.1%"], "{c:?}");
    let c = claims_of(
        "Oracle's revenue rose to $57 billion from $35.1 billion a year earlier.",
        COS,
    );
    assert_eq!(c.len(), 2, "{c:?}");
}

/// A company's descriptor speaking at a sentence's end refers to the
/// company the text is about.
#[test]
fn a_descriptor_that_speaks_is_the_topic() {
    let c = claims_of(
        "BHP reported output. Iron ore shipments were 64.1 million tonnes in the quarter, roughly flat, the world's biggest listed miner said.",
        &[("BHP", "bhp")],
    );
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].0, v(&["bhp"]), "{c:?}");
}

/// A broker note: the heading names the company its price target covers
/// and its bullets speak of; a name in a bullet after the figure, in a
/// participle's clause, or on a second sentence of the line changes none.
#[test]
fn a_notes_heading_covers_its_bullets() {
    let text = "Microsoft (MSFT) - Buy, PT $550 (from $500)\n- Net income $2.5 billion. 1H net income $3.9 billion.\n- OpenAI: the $22.5 billion tranche is paid.\n- We model FY27E net income of $4.6 billion, assuming no further OpenAI mark-ups.\n";
    let c = claims_of(text, COS);
    let got: Vec<(&str, &str)> = c.iter().map(|r| (r.0[0].as_str(), r.2.as_str())).collect();
    assert_eq!(
        got,
        [
            ("microsoft", "$550"),
            ("microsoft", "$500"),
            ("microsoft", "$2.5 billion"),
            ("microsoft", "$3.9 billion"),
            ("openai", "$22.5 billion"),
            ("microsoft", "$4.6 billion"),
        ],
        "{c:?}"
    );
}

/// Capacity supplied is a deal of both sides, the supplier first, with
/// the one supplied as the other party; bought, the buyer first, with the
/// seller.
#[test]
fn capacity_supplied_has_both_sides() {
    let c = claims_of(
        "Oracle agreed to supply Microsoft with 1.15 gigawatts of power.",
        COS,
    );
    assert_eq!(
        (c[0].0.clone(), c[0].3.as_deref()),
        (v(&["oracle", "microsoft"]), Some("microsoft")),
        "{c:?}"
    );
    let c = claims_of(
        "Microsoft agreed to buy 1.15 gigawatts of power from Oracle.",
        COS,
    );
    assert_eq!(
        (c[0].0.clone(), c[0].3.as_deref()),
        (v(&["microsoft", "oracle"]), Some("oracle")),
        "{c:?}"
    );
    // The other side of an agreement named before its figure.
    let c = claims_of(
        "Microsoft signed a 20-year agreement with Oracle for 1.15 gigawatts of power.",
        COS,
    );
    assert_eq!(
        (c[0].0.clone(), c[0].3.as_deref()),
        (v(&["microsoft", "oracle"]), Some("oracle")),
        "{c:?}"
    );
}

/// A list's lead-in line names the period its bullets' figures are of,
/// the narrowest one it names; a paragraph after the list is not in it.
#[test]
fn a_lists_lead_in_dates_its_bullets() {
    let text = "Alibaba reported its FQ2 FY27 (Jul-Sep) results on Tuesday:\n- Revenue: RMB 258.6bn, +9% YoY\n- Cloud revenue: RMB 44.2bn\n\nShares rose 3%.";
    let a = analysis_on(jiff::civil::date(2026, 11, 9), text);
    assert_eq!(
        figures_and_periods(&a),
        [
            ("RMB 258.6bn", Some("Jul-Sep")),
            ("+9%", Some("Jul-Sep")),
            ("RMB 44.2bn", Some("Jul-Sep")),
            ("3%", None),
        ],
        "{a:?}"
    );
}

/// A date opening the sentence as an adverbial holds for each of its
/// clauses that names no date; a baseline keeps none.
#[test]
fn an_opening_date_holds_for_the_sentence() {
    let text = "In the third quarter, Samsung began mass production of HBM4 for its largest customer, and its operating profit rose to 9.6 trillion won from 7.0 trillion won.";
    let a = analysis_on(jiff::civil::date(2026, 11, 9), text);
    assert_eq!(
        figures_and_periods(&a),
        [
            ("9.6 trillion won", Some("the third quarter")),
            ("7.0 trillion won", None),
        ],
        "{a:?}"
    );
    let text = "In September, Samsung signed a deal with Meta worth $14.2 billion, and its contracts with OpenAI now total $22.4 billion.";
    let a = analysis_on(jiff::civil::date(2026, 11, 9), text);
    assert_eq!(
        figures_and_periods(&a),
        [
            ("$14.2 billion", Some("September")),
            ("$22.4 billion", None)
        ],
        "{a:?}"
    );
}

/// "its" does not refer to a name inside an aside: "the chipmaker, whose
/// customers include Apple, ... its guidance" is the chipmaker's.
#[test]
fn its_is_not_a_name_in_an_aside() {
    let c = claims_of(
        "Oracle reported sales. The figures put the company, whose customers include Meta and Amazon, on track to meet its guidance of $43 billion.",
        COS,
    );
    assert_eq!(c[0].0, v(&["oracle"]), "{c:?}");
}

/// "its" after a possessive inside a prepositional phrase is the acting
/// company's, named or referred to; a lone such possessive is still meant.
#[test]
fn its_is_not_a_possessive_inside_a_phrase() {
    for text in [
        "Oracle built racks for Meta's data centers, and its profit rose to $3 billion.",
        "Oracle reported results. The company built racks for Meta's data centers, and its profit rose to $3 billion.",
    ] {
        let c = claims_of(text, COS);
        assert_eq!(c[0].0, v(&["oracle"]), "{text}: {c:?}");
    }
    let c = claims_of(
        "In Meta's latest quarter, its profit rose to $3 billion.",
        COS,
    );
    assert_eq!(c[0].0, v(&["meta"]), "{c:?}");
}

/// "its forecast", "its full-year range", "its plan": a company's own
/// estimate named by a pronoun is of the measure named just before.
#[test]
fn its_forecast_is_of_the_measure_before() {
    let c = claims_of(
        "Meta expects 2026 capital expenditures of $115 billion, and Alphabet lifted its forecast to as much as $190 billion.",
        COS,
    );
    let got: Vec<(&str, &str)> = c.iter().map(|r| (r.0[0].as_str(), r.1.as_str())).collect();
    assert_eq!(
        got,
        [
            ("meta", "capital_expenditure"),
            ("alphabet", "capital_expenditure")
        ],
        "{c:?}"
    );
    let c = claims_of(
        "Amazon's capex was $35 billion. The company narrowed its full-year range to $125 billion.",
        COS,
    );
    assert_eq!(c[1].1, "capital_expenditure", "{c:?}");
}

/// "At Amazon, ..., and the company ...": the company an "At" opening
/// names is who "the company" and "its" refer to in that sentence.
#[test]
fn an_at_opening_names_the_sentences_company() {
    let c = claims_of(
        "Meta raised its forecast. At Amazon, capex reached $52.6 billion, and the company reiterated its plan of roughly $200 billion.",
        COS,
    );
    let got: Vec<(&str, &str)> = c.iter().map(|r| (r.0[0].as_str(), r.2.as_str())).collect();
    assert_eq!(
        got,
        [("amazon", "$52.6 billion"), ("amazon", "$200 billion")],
        "{c:?}"
    );
}

/// "..., with Meta at 22% and Amazon at 21%": each share is the company's
/// named right before it.
#[test]
fn a_ranking_gives_each_share_its_company() {
    let c = claims_of(
        "Oracle held 57% of the market, with Meta at 22% and Amazon at 21%.",
        COS,
    );
    let got: Vec<(&str, &str)> = c.iter().map(|r| (r.0[0].as_str(), r.2.as_str())).collect();
    assert_eq!(
        got,
        [("oracle", "57%"), ("meta", "22%"), ("amazon", "21%")],
        "{c:?}"
    );
    // However the percentage is written.
    let c = claims_of(
        "Oracle held 57 per cent of the market, with Meta at 22 per cent.",
        COS,
    );
    let got: Vec<&str> = c.iter().map(|r| r.0[0].as_str()).collect();
    assert_eq!(got, ["oracle", "meta"], "{c:?}");
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
            ("$30 billion", Some("the end of 2027"))
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
    // A market's figure, and the world's in a reported clause.
    for text in [
        "Shares of Microsoft rose 1.8% on Tuesday, outperforming the benchmark index's 0.6% gain.",
        "Microsoft reported results. IDC estimates that worldwide data center capex will rise 40% in 2027.",
    ] {
        let c = claims_of(text, COS);
        assert!(c.iter().all(|r| r.2 != "0.6%" && r.2 != "40%"), "{text}: {c:?}");
    }
}

/// A deal's price a share is the deal's parties' `other` figure, not the
/// deal's value; the value told after it is the deal's.
#[test]
fn a_deals_price_a_share_is_no_deals_value() {
    let cos = &[
        ("Thermo Fisher", "thermo-fisher"),
        ("Bio-Techne", "bio-techne"),
    ];
    let c = claims_of(
        "Thermo Fisher will acquire Bio-Techne for $95.00 per share in cash. \
         The deal is worth about $15.6 billion.",
        cos,
    );
    let got: Vec<(Vec<String>, &str, &str)> = c
        .iter()
        .map(|r| (r.0.clone(), r.1.as_str(), r.2.as_str()))
        .collect();
    assert_eq!(
        got,
        [
            (v(&["thermo-fisher", "bio-techne"]), "other", "$95.00"),
            (
                v(&["thermo-fisher", "bio-techne"]),
                "contract_value",
                "$15.6 billion"
            ),
        ],
        "{c:?}"
    );
    // Told again a share after the deal's sum ("or $52 a share"): no EPS,
    // no deal's value; a loss told so stays EPS.
    let c = claims_of(
        "Thermo Fisher is in talks to acquire Bio-Techne for about $6.5 billion, or roughly $52 a share. \
         Bio-Techne posted a net loss of $2.9 billion, or 67 cents a share.",
        cos,
    );
    let got: Vec<(&str, &str)> = c.iter().map(|r| (r.1.as_str(), r.2.as_str())).collect();
    assert_eq!(
        got,
        [
            ("acquisition", "$6.5 billion"),
            ("other", "$52"),
            ("other", "$2.9 billion"),
            ("eps", "67 cents"),
        ],
        "{c:?}"
    );
}

/// A results table: a percentage under "Change" is its row's growth, a
/// row's later cells measure what its first did, and a sub-row ("– Life")
/// what the row above it did.
#[test]
fn a_tables_change_column_and_sub_rows() {
    let text = "Acme reported results on Thursday.\n\n\
                Acme: key figures, second quarter\n\
                | | Q2 2026 | Q2 2025 | Change |\n\
                |---|---|---|---|\n\
                | Operating profit | €4.71bn | €4.41bn | +6.8% |\n\
                | – Life/Health | €1.52bn | €1.47bn | +3.4% |\n";
    let c = claims_of(text, &[("Acme", "acme")]);
    let got: Vec<(&str, &str)> = c.iter().map(|r| (r.1.as_str(), r.2.as_str())).collect();
    assert_eq!(
        got,
        [
            ("operating_income", "€4.71bn"),
            ("operating_income", "€4.41bn"),
            ("growth_rate", "+6.8%"),
            ("operating_income", "€1.52bn"),
            ("operating_income", "€1.47bn"),
            ("growth_rate", "+3.4%"),
        ],
        "{c:?}"
    );
}

/// A state's finances are no company's, unless one owns them ("its tax
/// revenue"); a party that only declined to comment does not become what
/// the text is about.
#[test]
fn public_finances_and_no_comment() {
    let cos = &[("Acme", "acme"), ("Carlyle", "carlyle")];
    for text in [
        "Acme beat forecasts. Defence spending is set to rise to €82.7 billion, or roughly 2.8% of gross domestic product.",
        "Acme beat forecasts. The federal deficit was $458 billion, $166 billion less than a year earlier.",
        "Acme beat forecasts. Customs duties brought in $31 billion in November alone.",
    ] {
        let c = claims_of(text, cos);
        assert!(c.is_empty(), "{text}: {c:?}");
    }
    let c = claims_of("Acme beat forecasts. Its tax revenue rose 5%.", cos);
    assert_eq!(c.len(), 1, "{c:?}");
    let c = claims_of(
        "Acme is in talks to sell a unit to Carlyle. Carlyle declined to comment. \
         The company's net debt stood at 1.4 bn euros.",
        cos,
    );
    let got: Vec<&str> = c.iter().map(|r| r.0[0].as_str()).collect();
    assert_eq!(got, ["acme"], "{c:?}");
}

/// A market report's movers: a company right before a stock verb that is
/// no verb of change ("lost", "adding"), or under "with" before a
/// participle, moved; not a part "of" a measure it lost.
#[test]
fn a_market_reports_movers_are_share_moves() {
    let cos = &[
        ("Exxon Mobil", "exxonmobil"),
        ("Chevron", "chevron"),
        ("Apple", "apple"),
        ("FedEx", "fedex"),
    ];
    let c = claims_of(
        "Energy stocks led, with Exxon Mobil gaining 1.6% and Chevron adding 1.1%. \
         Apple lost 1.3%, and FedEx edged up 0.6%. Apple lost 3% of its market share in China.",
        cos,
    );
    let got: Vec<(&str, &str, &str)> = c
        .iter()
        .map(|r| (r.0[0].as_str(), r.1.as_str(), r.2.as_str()))
        .collect();
    assert_eq!(
        got,
        [
            ("exxonmobil", "stock_change", "1.6%"),
            ("chevron", "stock_change", "1.1%"),
            ("apple", "stock_change", "1.3%"),
            ("fedex", "stock_change", "0.6%"),
            ("apple", "market_share", "3%"),
        ],
        "{c:?}"
    );
}

/// What goes on about a figure left to no one, in a sentence naming no
/// company, is no one's either: a step of the same move, a clause whose
/// subject is "it" or left out. A company's figures go on as before.
#[test]
fn what_goes_on_about_a_nobodys_figure_is_nobodys() {
    let lead = "Microsoft shares rose 2% on Tuesday. ";
    for (text, kept) in [
        (
            "Spot gold fell 0.8% to $4,466.30 an ounce, though it remains up about 3% for the month.",
            &[][..],
        ),
        (
            "Brent crude settled up $1.42, and U.S. West Texas Intermediate crude rose $1.31, or 1.9%, to $69.05.",
            &[],
        ),
        (
            "The benchmark index has fallen 3.9% from its January record but is still up 1.2% so far this year.",
            &[],
        ),
        (
            "Revenue rose 5% to $2 billion, and it is expected to grow 8% next year.",
            &["5%", "$2 billion", "8%"],
        ),
    ] {
        let c = claims_of(&format!("{lead}{text}"), COS);
        let got: Vec<&str> = c.iter().skip(1).map(|r| r.2.as_str()).collect();
        assert_eq!(got, kept, "{text}: {c:?}");
    }
}

/// An investor's money in no company named, after a round, is in the
/// round; money "in data centers" is spending still.
#[test]
fn an_investor_after_a_round_invests_in_it() {
    let cos = &[
        ("OpenAI", "openai"),
        ("Microsoft", "microsoft"),
        ("Amazon", "amazon"),
    ];
    let c = claims_of(
        "OpenAI raised $40 billion. Microsoft invested $8 billion, and Amazon put in $4 billion in September 2025.",
        cos,
    );
    let got: Vec<(&str, &str, Option<&str>)> = c
        .iter()
        .map(|r| (r.0[0].as_str(), r.1.as_str(), r.3.as_deref()))
        .collect();
    assert_eq!(
        got,
        [
            ("openai", "funding_round", None),
            ("microsoft", "investment", Some("openai")),
            ("amazon", "investment", Some("openai")),
        ],
        "{c:?}"
    );
    let c = claims_of(
        "OpenAI raised $40 billion. Microsoft invested $80 billion in data centers this year.",
        cos,
    );
    assert_eq!(c[1].1, "capital_expenditure", "{c:?}");
    // A period code after "in" is when; a name that starts with the same
    // capital is what the money went into, even one the lexicon lacks.
    let c = claims_of(
        "OpenAI raised $40 billion. Microsoft invested $8 billion in Q3.",
        cos,
    );
    assert_eq!(c[1].3.as_deref(), Some("openai"), "{c:?}");
    let c = claims_of(
        "OpenAI raised $40 billion. Microsoft invested $8 billion in Quantinuum.",
        cos,
    );
    assert_eq!(c[1].3, None, "{c:?}");
}

/// People hired are a claim, but no workforce's size; the jobs a project
/// creates are its workforce (as every probe's reader wrote them); cuts
/// stay cuts.
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
    assert_eq!(c[0].1, "headcount", "{c:?}");
}

/// Spending on plants, sites and fleets is capital spending; spending on
/// anything else stays spending. Cash flow and payment volume are no
/// profit or revenue; a sum earned is a profit, per share an EPS.
#[test]
fn what_money_is_spent_on_and_earned() {
    let cos = &[("Acme", "acme")];
    let cases = [
        (
            "Acme plans to spend $120 million on a second plant in Texas.",
            "capital_expenditure",
        ),
        (
            "Acme will spend $350 million expanding the site.",
            "capital_expenditure",
        ),
        (
            "Acme plans to spend $21 billion on its New York and New England networks.",
            "capital_expenditure",
        ),
        (
            "Acme will spend about $1.1 billion on capital projects in 2027.",
            "capital_expenditure",
        ),
        (
            "Acme expects to spend about $6 billion on new aircraft next year.",
            "capital_expenditure",
        ),
        (
            "Acme expects to spend $20 billion on content next year.",
            "spending",
        ),
        (
            "Acme expects free cash flow of more than $1 billion this year.",
            "other",
        ),
        (
            "Acme said total payment volume reached $462 billion.",
            "other",
        ),
        (
            "Acme earned $16.2 billion in the quarter.",
            "operating_income",
        ),
        ("Acme earned $7.45 per share in the quarter.", "eps"),
        // Net income and EBITDA are no operating income.
        ("Acme reported adjusted EBITDAaL of €5.6 billion.", "other"),
        ("Acme reported net income of $2.1 billion.", "other"),
        (
            "Acme reported operating profit of $2.1 billion.",
            "operating_income",
        ),
    ];
    for (text, predicate) in cases {
        let c = claims_of(text, cos);
        assert_eq!(c.len(), 1, "{text}: {c:?}");
        assert_eq!(c[0].1, predicate, "{text}: {c:?}");
    }
}

/// The deal noun a sum modifies, or the deal a "worth" follows, names the
/// sum, however near another trigger stands: a purchase word in a
/// headline, a backlog past a comma, a name between the deal and "valued".
#[test]
fn a_deal_noun_names_its_sum() {
    let cos = &[("Acme", "acme"), ("Boeing", "boeing"), ("Airbus", "airbus")];
    let cases = [
        (
            "Acme places $19.6 billion Airbus order as Gulf buying lifts air show",
            "contract_value",
        ),
        (
            "Acme received a $3.1 billion award for interceptors.",
            "contract_value",
        ),
        (
            "Acme placed orders worth €4.2 billion, lifting its order backlog.",
            "contract_value",
        ),
        (
            "Acme firmed up an order in a deal Boeing valued at about $4.7 billion.",
            "contract_value",
        ),
        (
            "Acme said the engine package that came with it was worth more than $1.5 billion.",
            "contract_value",
        ),
        ("Acme has a $5 billion order backlog.", "backlog"),
        (
            "Acme agreed to buy 75 Airbus jets in an order worth roughly $9.8 billion.",
            "contract_value",
        ),
        // A services firm's engagement is its contract.
        (
            "Among them was a seven-year engagement with Airbus valued at up to A$1.2 billion, which Acme signed in May.",
            "contract_value",
        ),
    ];
    for (text, predicate) in cases {
        let c = claims_of(text, cos);
        assert!(c.iter().any(|r| r.1 == predicate), "{text}: {c:?}");
        assert!(
            c.iter().all(|r| r.1 != "valuation" && r.1 != "acquisition"),
            "{text}: {c:?}"
        );
    }
    // A deal that buys a business is its acquisition.
    let cos = &[
        ("Acme", "acme"),
        ("Pinewell Card Services Inc.", "pinewell"),
    ];
    let c = claims_of(
        "Acme agreed on Monday to buy Pinewell Card Services Inc. in an all-stock deal valued at $4.3 billion.",
        cos,
    );
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(
        (c[0].1.as_str(), c[0].3.as_deref()),
        ("acquisition", Some("pinewell")),
        "{c:?}"
    );
}

/// A sentence that opens with the shares may go on to tell of another
/// measure's change: that change is a growth rate, not a share move.
#[test]
fn a_measures_change_is_no_share_move() {
    let cos = &[("Acme", "acme")];
    let c = claims_of(
        "Acme shares tumbled 7.4% on Tuesday after the company reported revenue of $8.6 billion, up 6%, and said payment volume rose 7% to $462 billion.",
        cos,
    );
    let got: Vec<(&str, &str)> = c.iter().map(|r| (r.2.as_str(), r.1.as_str())).collect();
    assert_eq!(
        got,
        [
            ("7.4%", "stock_change"),
            ("$8.6 billion", "revenue"),
            ("6%", "growth_rate"),
            ("7%", "growth_rate"),
            ("$462 billion", "other"),
        ]
    );
    let c = claims_of("Revenue at Acme rose 10%. Shares of Acme rose 4%.", cos);
    let got: Vec<&str> = c.iter().map(|r| r.1.as_str()).collect();
    assert_eq!(got, ["growth_rate", "stock_change"]);
    // The direction may follow the percentage: "to trade 3.9% higher".
    let c = claims_of(
        "Acme's Hong Kong shares climbed as much as 5.8% before paring gains to trade 3.9% higher.",
        cos,
    );
    let got: Vec<&str> = c.iter().map(|r| r.1.as_str()).collect();
    assert_eq!(got, ["stock_change", "stock_change"]);
}

/// Figures nobody named owns: a region's measure credited to a body, the
/// world's or an industry's, an index's, a central bank's.
#[test]
fn the_worlds_and_public_figures_are_nobodys() {
    let cos = &[("Acme", "acme")];
    for text in [
        "Acme said its backlog rose. Passenger traffic in the Middle East rose 9.4% in September, the International Air Transport Association said.",
        "Acme said its backlog rose, outpacing global growth of 5.1%.",
        "Acme said its backlog rose. Worldwide data-center systems spending will reach $1.1 trillion in 2027, Gartner estimated last month.",
        "Acme shares rose. The Bank of England has held its benchmark rate at 3.5% since August.",
        "Acme shares rose, outpacing the FTSE 100's 14% gain.",
        "Acme said its backlog rose. Global DRAM revenue rose about 42% year on year to roughly $38 billion in the first quarter.",
    ] {
        let c = claims_of(text, cos);
        assert!(c.iter().all(|r| !r.2.contains(['%', '$'])), "{text}: {c:?}");
    }
    // A company's own global measure stays its own, its owner told before
    // a long clause too.
    let c = claims_of("Acme's global spending rose to $5 billion.", cos);
    assert_eq!(c.len(), 1, "{c:?}");
    let c = claims_of(
        "Acme's global revenue rose 5% year on year to $9 billion.",
        cos,
    );
    assert_eq!(c.len(), 2, "{c:?}");
    // A share of a place's market is a company's; the place's sales are not.
    let c = claims_of(
        "Acme's share of China's new-energy vehicle market slipped to about 28% in 2025. \
         China's new-energy vehicle sales rose 20%.",
        cos,
    );
    let got: Vec<(&str, &str)> = c.iter().map(|r| (r.1.as_str(), r.2.as_str())).collect();
    assert_eq!(got, [("market_share", "28%")], "{c:?}");
}

/// A plan's factor that leads to its level is no claim of its own; a
/// growth told in the past is ("has tripled to"). A baseline right after
/// its figure is the old value of the same measure.
#[test]
fn factors_and_old_values() {
    let cos = &[("Acme", "acme")];
    let got = |text: &str| -> Vec<(String, String)> {
        claims_of(text, cos)
            .into_iter()
            .map(|r| (r.2, r.1))
            .collect()
    };
    let owned = |v: &[(&str, &str)]| -> Vec<(String, String)> {
        v.iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect()
    };
    assert_eq!(
        got("Acme plans to double its workforce to 20,000 people by 2030."),
        owned(&[("20,000 people", "headcount")])
    );
    assert_eq!(
        got("Acme's revenue run-rate has tripled to more than $500 million."),
        owned(&[("tripled", "growth_rate"), ("$500 million", "revenue")])
    );
    assert_eq!(
        got("Acme raised its quarterly dividend to $1.78 a share from $1.71."),
        // (A dividend, read as one, is told as `other`: no EPS.)
        owned(&[("$1.78", "other"), ("$1.71", "other")])
    );
}

/// An outlet whose report is denied is no party, a descriptor with a
/// nationality between ("a report by German business daily Handelsblatt").
#[test]
fn an_outlet_behind_its_descriptor_is_no_party() {
    let cos = &[
        ("Lufthansa", "lufthansa"),
        ("Handelsblatt", "handelsblatt"),
        ("Condor", "condor"),
    ];
    let c = claims_of(
        "Lufthansa denied a report by German business daily Handelsblatt that it had held talks to buy leisure carrier Condor for about 1.2 billion euros.",
        cos,
    );
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].0, v(&["lufthansa", "condor"]), "{c:?}");
    assert_eq!(c[0].4, Modality::Denied, "{c:?}");
}

/// A round's word is not taken by the price it is raised at; "the
/// company" in a sentence opened by a company's possessive is that company.
#[test]
fn a_round_at_its_price_and_an_opening_possessive() {
    let cos = &[
        ("Tessellate Robotics", "tessellate"),
        ("Anthropic", "anthropic"),
    ];
    let c = claims_of(
        "Tessellate Robotics — $140 million Series B at $1.1 billion post-money, led by Founders Fund.",
        cos,
    );
    let got: Vec<(&str, &str)> = c.iter().map(|r| (r.2.as_str(), r.1.as_str())).collect();
    assert_eq!(
        got,
        [
            ("$140 million", "funding_round"),
            ("$1.1 billion", "valuation")
        ]
    );
    let c = claims_of(
        "Tessellate Robotics raised money. Anthropic's annualized revenue run-rate has passed $14 billion, the company told investors, up from about $5 billion in January.",
        cos,
    );
    assert!(c.iter().all(|r| r.0 == v(&["anthropic"])), "{c:?}");
}

/// "The Gucci owner" is the company that owns Gucci, where the lexicon
/// knows it.
#[test]
fn a_brands_owner_is_its_parent() {
    let a = analysis_on(
        jiff::civil::date(2026, 10, 22),
        "Kering shares slumped 7.2% after the Gucci owner said that third-quarter revenue fell 5% to 3.4 billion euros.",
    );
    let subjects: Vec<&str> = a.claims.iter().map(|c| c.subjects[0].as_str()).collect();
    assert_eq!(subjects, ["kering", "kering", "kering"]);
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
        ("Oracle Semiconductor", "oracle-semiconductor"),
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
        // The noun a figure is "in" or "of" names it, before a verb: debt
        // taken on, savings a deal brings; not a thing it is in.
        (
            "Oracle will fund the purchase with cash and about $6 billion of new debt.",
            "other",
        ),
        (
            "Oracle expects the deal to generate $350 million in annual cost savings.",
            "other",
        ),
        (
            "Oracle said its backlog of contracted revenue reached $205 billion.",
            "backlog",
        ),
        ("Oracle narrowed its 2026 capital budget to $50 billion.", "capital_expenditure"),
        ("Oracle's adjusted EBITA fell to $3.8 billion.", "operating_income"),
        // A rating is no purchase: a price target is a price.
        ("Oracle (ORCL) - Buy, PT $550.", "other"),
        // A trigger word inside a product's name is none; a title-case
        // headline's is.
        (
            "Revenue from Oracle Cloud Infrastructure grew to $3.3 billion.",
            "revenue",
        ),
        ("Oracle Revenue Jumps To $57 Billion", "revenue"),
        ("Oracle raised its five-year capital plan to $56.8 billion.", "capital_expenditure"),
        // Markdown emphasis hides no word: a level raised to is no round.
        ("Oracle's capex plan was raised to **$48 billion**.", "capital_expenditure"),
        // A chip word inside a company's name sells no chips; nor do the
        // makers of chip equipment.
        (
            "Oracle Semiconductor said its October revenue rose to $14 billion.",
            "revenue",
        ),
        (
            "Oracle, the chip equipment maker, kept its revenue target of $14 billion.",
            "revenue",
        ),
        (
            "OpenAI was valued at $183 billion in a round led by Thrive.",
            "valuation",
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
            "other",
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
        // A possessive whose noun is left out is the noun of the figure
        // before ("..., while Amazon's fell 6%").
        (
            "Shares of Nvidia rose 4%, while Amazon's fell 6%.",
            "stock_change",
        ),
        (
            "Nvidia shares have risen 20%, while Amazon's have fallen 6% since its results.",
            "stock_change",
        ),
        ("Nvidia's revenue rose 20%, and Amazon's fell 3%.", "growth_rate"),
        (
            "Nvidia's shares have gained 60% in 2026, while Amazon's are up 18%.",
            "stock_change",
        ),
        (
            "Nvidia's shares have gained 60% in 2026, while Amazon's are up 18% and Meta's 31%.",
            "stock_change",
        ),
        // The shares' running change after a move, past a price.
        (
            "Shares of Nvidia rose 2.1% to $185 by 1015 GMT, taking their gains so far this year to 52%.",
            "stock_change",
        ),
        // ... the noun of the last figure of its kind, past a price.
        (
            "Nvidia shares jumped 27% to $83.40 in premarket trading, while Amazon's fell 1.2%.",
            "stock_change",
        ),
        // A headline's present tense.
        ("Amazon October revenue jumps 22% as orders flow", "growth_rate"),
        // A digest's signed move after a cashtag or a name.
        ("🟢 $NVDA +3.2% on the week", "stock_change"),
        ("🟢 Nvidia +5.6% in Seoul, a record close", "stock_change"),
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
        // A research note's or a digest's own voice is a forecast.
        (
            "We now model Oracle's fiscal 2027 revenue of $47.5 billion.",
            &[("$47.5 billion", Forecast)],
        ),
        (
            "Our take: Oracle is on pace for roughly $150 billion of revenue in 2027.",
            &[("$150 billion", Forecast)],
        ),
        // Analysts told are the audience, not a voice.
        (
            "Oracle plans to raise capital expenditure by more than 30% next year, its finance chief told analysts.",
            &[("30%", Planned)],
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
        // A broker note's "PT" too.
        (
            "Microsoft reported results. Microsoft: Buy, PT $550 (from $500).",
            &[("$550", Forecast), ("$500", Forecast)],
        ),
        // Analysts in a clause before do not speak for the company's
        // guidance in the next.
        (
            "Microsoft reported EPS of $3.40, above the analyst estimate of $2.91, according to LSEG data, and narrowed its forecast to $9.60 per share.",
            &[("$3.40", Reported), ("$2.91", Forecast), ("$9.60", Planned)],
        ),
        (
            "Microsoft said capex would be $90 billion, below the $120 billion some analysts had pencilled in.",
            &[("$90 billion", Planned), ("$120 billion", Forecast)],
        ),
    ];
    for (text, want) in cases {
        let got = voices(text);
        let want: Vec<(String, Modality)> = want.iter().map(|(f, m)| (f.to_string(), *m)).collect();
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
        // When it was said is not what the figure is of; a date opening what
        // was said is.
        (
            "Nvidia's gross margin reached 73.5%, the company said last month.",
            vec![("73.5%", None)],
        ),
        (
            "Nvidia said third-quarter revenue rose 62% to $57 billion.",
            vec![("62%", Some("third-quarter")), ("$57 billion", Some("third-quarter"))],
        ),
        // "from the same period of 2024" is a baseline.
        (
            "For the first 10 months of the year, Nvidia's sales rose 31.4% from the same period of 2024.",
            vec![("31.4%", Some("the first 10 months of the year"))],
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
        // (A deal's price a share is `other`, no EPS and no deal's value.)
        (
            "Oracle agreed to acquire Cerner for up to $13.50 per share.",
            "other",
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
    // A pledge or a promise is a plan too.
    for text in [
        "Microsoft's pledge last Thursday to invest $15.7 billion in India is the largest yet.",
        "Amazon has promised $12 billion of data-centre spending by 2031.",
        // Wants, is due, is building, should reach: what is yet to be.
        "Meta wants 1.9 gigawatts of capacity by 2030.",
        "Oracle is due to complete its first 200-megawatt phase in the first quarter of 2027.",
        "Microsoft is building 1 gigawatt of capacity by 2030.",
        "Amazon said its AI revenue should reach about $350 million in 2027.",
    ] {
        let c = claims_of(text, COS);
        assert_eq!(c[0].4, Modality::Planned, "{text}: {c:?}");
    }
    // "said to be", talks under way: hedged; "due to" a cause: no plan.
    for (text, modality) in [
        (
            "Oracle is said to be lining up a $38 billion loan package.",
            Modality::Hedged,
        ),
        (
            "Amazon is in advanced discussions on roughly $2 billion of debt.",
            Modality::Hedged,
        ),
        (
            "Meta's revenue fell 5% due to lower prices.",
            Modality::Reported,
        ),
    ] {
        let c = claims_of(text, COS);
        assert_eq!(c[0].4, modality, "{text}: {c:?}");
    }
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
    let mentions = recognize::resolve(recognize::run_all(&ctx, KindSet::all()), text, &sentences);
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
    // A scope's total that a source gives.
    for text in [
        "Tesla cut prices. IDC forecasts European EV spending of $144 billion in 2028.",
        "Tesla cut prices. According to SNE Research, global EV battery installations will reach about 1,100 gigawatt hours this year.",
        "Tesla cut prices.\n- 1,100 GWh: global EV battery installations this year (SNE Research)\n- 24%: the drop in U.S. EV sales in October (Cox Automotive)",
    ] {
        let c = claims_of(text, &[("Tesla", "tesla"), ("IDC", "idc")]);
        assert!(c.is_empty(), "{text}: {c:?}");
    }
    // A public body of two words, possessive.
    let c = claims_of(
        "Tesla cut prices. The European Union's InvestAI programme has earmarked 20 billion euros.",
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
fn a_name_modifying_a_deal_noun_is_the_other_party() {
    let cos = &[("IREN", "iren"), ("Microsoft", "microsoft"), ("AWS", "aws")];
    let c = claims_of(
        "IREN reported results. The $9.7 billion Microsoft contract remains on schedule.",
        cos,
    );
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].0, v(&["iren", "microsoft"]), "{c:?}");
    assert_eq!(c[0].3.as_deref(), Some("microsoft"), "{c:?}");
    // In a bullet under the company's lead-in too.
    let c = claims_of(
        "IREN disclosed new deals:\n- $6.1B AWS contract, ~58K GB300s\n- $9.7B Microsoft contract on track",
        cos,
    );
    let deals: Vec<_> = c.iter().filter(|r| r.1 == "contract_value").collect();
    assert_eq!(deals.len(), 2, "{c:?}");
    assert_eq!(deals[0].0, v(&["iren", "aws"]), "{c:?}");
    assert_eq!(deals[1].0, v(&["iren", "microsoft"]), "{c:?}");
    // The name before the figure acts; the one after is the other party.
    let c = claims_of("Microsoft signed a $9.7 billion IREN contract.", cos);
    assert_eq!(c[0].0, v(&["microsoft", "iren"]), "{c:?}");
}

#[test]
fn money_put_or_injected_into_something() {
    let cos = &[
        ("Foxconn", "foxconn"),
        ("Thames Water", "thames-water"),
        ("SoftBank", "softbank"),
        ("OpenAI", "openai"),
        ("Bernstein", "bernstein"),
    ];
    let pred = |text: &str| -> Vec<(String, String)> {
        claims_of(text, cos)
            .into_iter()
            .map(|r| (r.0[0].clone(), r.1))
            .collect()
    };
    let row = |s: &str, p: &str| vec![(s.to_string(), p.to_string())];
    // Into its own plant or unit: capital spending.
    assert_eq!(
        pred("Foxconn will put about $1.4 billion into its Guadalajara plant."),
        row("foxconn", "capital_expenditure")
    );
    assert_eq!(
        pred("Foxconn said it would inject $1.37 billion into its Mexican unit."),
        row("foxconn", "capital_expenditure")
    );
    // Into another company, or as new equity: an investment.
    assert_eq!(
        pred("SoftBank poured $22.5 billion into OpenAI."),
        row("softbank", "investment")
    );
    assert_eq!(
        pred("Thames Water said creditors would inject £3.3bn of new equity."),
        row("thames-water", "investment")
    );
    // What something costs a company is a loss, not spending.
    assert_eq!(
        pred("Foxconn expects the rules to cost it about $600 million in 2027."),
        row("foxconn", "other")
    );
    // "Puts ... at" is an estimate, not money put in.
    assert_eq!(
        pred("Bernstein puts the value of the chips at about $3.5 billion."),
        row("bernstein", "other")
    );
}

#[test]
fn money_raised_from_investors_or_by_a_capital_increase() {
    let cos = &[
        ("Mistral AI", "mistral"),
        ("Aleph Alpha", "aleph-alpha"),
        ("Eutelsat", "eutelsat"),
        ("Nvidia", "nvidia"),
    ];
    let preds =
        |text: &str| -> Vec<String> { claims_of(text, cos).into_iter().map(|r| r.1).collect() };
    assert_eq!(
        preds("Mistral AI raises 3.2 billion euros at 32 billion euro valuation"),
        ["funding_round", "valuation"]
    );
    assert_eq!(
        preds("Aleph Alpha is seeking about €500 million from investors."),
        ["funding_round"]
    );
    assert_eq!(
        preds("Eutelsat completed its €1.5 billion capital increase."),
        ["funding_round"]
    );
    // A word of its own names the figure first.
    assert_eq!(
        preds("Nvidia bought back $5 billion of shares from investors."),
        ["other"]
    );
}

#[test]
fn the_owner_in_a_participle_phrase_acts() {
    let cos = &[("Blue Owl", "blue-owl"), ("Meta", "meta")];
    let c = claims_of(
        "Funds managed by Blue Owl will own 80% of the venture and Meta the remaining 20%.",
        cos,
    );
    assert_eq!(c.len(), 2, "{c:?}");
    assert_eq!(
        (c[0].0[0].as_str(), c[0].1.as_str()),
        ("blue-owl", "investment")
    );
    assert_eq!(
        (c[1].0[0].as_str(), c[1].1.as_str()),
        ("meta", "investment")
    );
    // "its own" is no owning.
    let c = claims_of(
        "Meta encourages staff to use its own AI tools and has set a target for 80% of developers to use AI.",
        cos,
    );
    assert_eq!(c[0].1, "other", "{c:?}");
}

#[test]
fn an_indexs_move_is_no_companys() {
    let cos = &[
        ("LG Energy Solution", "lg-energy-solution"),
        ("ASML", "asml"),
        ("Nvidia", "nvidia"),
    ];
    for text in [
        "LG Energy Solution shares rose 4.6% on Friday, outpacing a 1.2% gain in the benchmark KOSPI.",
        "ASML shares rose 3.4%, helping lift the AEX index 0.9%.",
        "Nvidia shares rose 3%, compared with a 0.5% drop in the broader market.",
    ] {
        let c = claims_of(text, cos);
        let figures: Vec<&str> = c.iter().map(|r| r.2.as_str()).collect();
        assert_eq!(figures.len(), 1, "{text}: {c:?}");
        assert!(["4.6%", "3.4%", "3%"].contains(&figures[0]), "{text}: {c:?}");
    }
    // A move on the year is the company's own.
    let c = claims_of("Nvidia's revenue rose 3%, a 1% gain on the year.", cos);
    assert_eq!(c.len(), 2, "{c:?}");
}

#[test]
fn a_rate_per_unit_is_no_worth() {
    let cos = &[("Panasonic", "panasonic"), ("Altair", "altair")];
    let c = claims_of(
        "Panasonic builds cells. The credit is worth $35 per kilowatt hour of cells.",
        cos,
    );
    assert_eq!(c[0].1, "other", "{c:?}");
    // (An offer's price a share is the deal's `other` figure, not a
    // valuation.)
    let c = claims_of("The offer values Altair at $113 per share.", cos);
    assert_eq!(c[0].1, "other", "{c:?}");
}

#[test]
fn a_price_a_share_offered_is_the_deals_term() {
    let cos = &[("UniCredit", "unicredit"), ("Commerzbank", "commerzbank")];
    // Offered, paid or received a share, or under a fact sheet's label: no
    // earnings a share; after the deal, between its parties.
    let c = claims_of(
        "UniCredit agreed to buy Commerzbank for €41.5 billion. UniCredit offers €36.50 a share in cash and stock.",
        cos,
    );
    assert_eq!(c[1].1, "other", "{c:?}");
    assert_eq!(c[1].0, ["unicredit", "commerzbank"], "{c:?}");
    for text in [
        "Price per share: €36.50 (€9.00 cash plus 0.485 UniCredit shares)",
        "Commerzbank shareholders will receive €9.00 in cash for each share they hold.",
    ] {
        let c = claims_of(text, cos);
        assert!(c.iter().all(|r| r.1 == "other"), "{text}: {c:?}");
    }
    // Earned a share is still earnings.
    let c = claims_of("UniCredit earned €3.20 a share in the quarter.", cos);
    assert_eq!(c[0].1, "eps", "{c:?}");
}

#[test]
fn names_in_an_apposition_describe_its_head() {
    let cos = &[
        ("HS Battery America", "hs-battery-america"),
        ("Hyundai", "hyundai"),
        ("Samsung SDI", "samsung-sdi"),
        ("Ubisoft", "ubisoft"),
        ("Vantage Studios", "vantage-studios"),
    ];
    for text in [
        "**HS Battery America**, a new **Hyundai**–**Samsung SDI** JV, will build a 25 GWh plant.",
        "HS Battery America, the Hyundai–Samsung SDI joint venture in Indiana, will build a 25 GWh plant.",
    ] {
        let c = claims_of(text, cos);
        assert_eq!(c[0].0, ["hs-battery-america"], "{text}: {c:?}");
    }
    let c = claims_of(
        "Vantage Studios, a Ubisoft subsidiary valued at about €4bn, hired staff.",
        cos,
    );
    assert_eq!(c[0].0, ["vantage-studios"], "{c:?}");
}

#[test]
fn a_verb_coordinated_after_a_comma_goes_on_with_the_subject() {
    let cos = &[
        ("UniCredit", "unicredit"),
        ("Commerzbank", "commerzbank"),
        ("Tilt Renewables", "tilt-renewables"),
        ("Rio Tinto", "rio-tinto"),
        ("Telstra", "telstra"),
    ];
    for (text, subject) in [
        (
            "UniCredit agrees takeover of Commerzbank, targets €1.4bn of savings",
            "unicredit",
        ),
        (
            "Tilt Renewables lands Rio Tinto and Telstra deals, raises A$850m for Queensland push",
            "tilt-renewables",
        ),
    ] {
        let c = claims_of(text, cos);
        assert_eq!(c.last().unwrap().0, [subject], "{text}: {c:?}");
    }
}

#[test]
fn a_sum_paid_to_a_company_is_between_payer_and_payee() {
    let cos = &[
        ("Axsome", "axsome"),
        ("Sanofi", "sanofi"),
        ("Google", "google"),
        ("Idealo", "idealo"),
        ("Sony", "sony"),
    ];
    for text in [
        "Axsome would have to pay Sanofi a termination fee of $320 million.",
        "A court ordered Google to pay €465mn in damages to Idealo.",
    ] {
        let c = claims_of(text, cos);
        assert_eq!(c[0].0.len(), 2, "{text}: {c:?}");
        assert!(c[0].3.is_some(), "{text}: {c:?}");
    }
    let c = claims_of("Sony will pay an interim dividend of ¥15 per share.", cos);
    assert_eq!(c[0].0, ["sony"], "{c:?}");
}

#[test]
fn an_earlier_guidance_after_up_from_is_a_plan_too() {
    let cos = &[("Novartis", "novartis"), ("GE Vernova", "ge-vernova")];
    let c = claims_of(
        "Novartis now expects net sales to grow 6% to 7% in 2026, up from 4% to 6% previously, and core operating income to rise 10% to 12%, up from 8% to 10%.",
        cos,
    );
    let modalities: Vec<(&str, Modality)> = c.iter().map(|r| (r.2.as_str(), r.4)).collect();
    assert_eq!(
        modalities,
        [
            ("6% to 7%", Modality::Planned),
            ("4% to 6%", Modality::Planned),
            ("10% to 12%", Modality::Planned),
            ("8% to 10%", Modality::Planned),
        ]
    );
    // A level done, dated or not a range, is no earlier plan.
    let c = claims_of(
        "GE Vernova expects to ship 20 gigawatts a year from 2027, up from about 14 gigawatts in 2025.",
        cos,
    );
    assert_eq!(c.last().unwrap().4, Modality::Reported, "{c:?}");
}

#[test]
fn a_tables_workforce_column_is_headcount() {
    let cos = &[("Toyota", "toyota")];
    let c = claims_of(
        "| Plant | Operator | Jobs |\n|---|---|---|\n| Liberty | Toyota | 5,000 |",
        cos,
    );
    assert_eq!(c[0].1, "headcount", "{c:?}");
}

#[test]
fn a_companys_expectation_of_its_own_part_is_a_plan() {
    let cos = &[
        ("Eutelsat", "eutelsat"),
        ("Goldman Sachs", "goldman-sachs"),
        ("Microsoft", "microsoft"),
    ];
    let c = claims_of(
        "Eutelsat expects LEO revenue to grow by 25% to 30% this year.",
        cos,
    );
    assert_eq!(c[0].4, Modality::Planned, "{c:?}");
    let c = claims_of(
        "Goldman Sachs expects Microsoft to spend $150 billion next year.",
        cos,
    );
    assert_eq!(c[0].4, Modality::Forecast, "{c:?}");
}

#[test]
fn a_hedge_covers_its_clause_from_further_back() {
    let cos = &[("Samsung SDI", "samsung-sdi"), ("Tesla", "tesla")];
    let c = claims_of(
        "Samsung SDI is in talks to supply Tesla with batteries worth about 3 trillion won.",
        cos,
    );
    assert_eq!(c[0].4, Modality::Hedged, "{c:?}");
    // A plan's cue stays near its figure.
    let c = claims_of(
        "Samsung SDI will hold an event in Seoul next month, where it reported sales of $3 billion.",
        cos,
    );
    assert_eq!(c[0].4, Modality::Reported, "{c:?}");
}

#[test]
fn an_interview_is_read_as_a_transcript() {
    let text = "THE INTERVIEW\n\nPanasonic Energy's CFO on Tesla.\n\nQ: Your unit made an operating profit of 41.2 billion yen in the quarter. How much came from credits?\n\nKimura: We are producing about 16 gigawatt hours.\n\nQ: Is Tesla still a customer?\n\nKimura: Tesla is. Our plant is designed for 32 gigawatt hours.";
    let c = claims_of(
        text,
        &[("Panasonic Energy", "panasonic-energy"), ("Tesla", "tesla")],
    );
    let got: Vec<(&str, &str)> = c.iter().map(|r| (r.0[0].as_str(), r.2.as_str())).collect();
    assert_eq!(
        got,
        [
            ("panasonic-energy", "41.2 billion yen"),
            ("panasonic-energy", "16 gigawatt hours"),
            ("panasonic-energy", "32 gigawatt hours"),
        ],
        "{c:?}"
    );
}

#[test]
fn names_modifying_an_apposition_do_not_act() {
    let cos = &[
        ("Ultium Cells", "ultium-cells"),
        ("GM", "general-motors"),
        ("LG", "lg-energy-solution"),
        ("Nscale", "nscale"),
        ("Microsoft", "microsoft"),
    ];
    let c = claims_of(
        "Ultium Cells, the GM-LG venture, said it would lay off about 1,550 workers.",
        cos,
    );
    assert_eq!(c[0].0, v(&["ultium-cells"]), "{c:?}");
    let c = claims_of(
        "Nscale, a Microsoft partner, said it raised $1.1 billion.",
        cos,
    );
    assert_eq!(c[0].0, v(&["nscale"]), "{c:?}");
}

#[test]
fn a_results_period_goes_on_to_the_next_sentence() {
    let text = "LG Energy Solution reported third-quarter operating profit of 712 billion won. Revenue rose 11% from a year earlier to 6.84 trillion won.";
    let a = analysis_on(jiff::civil::date(2026, 11, 9), text);
    let periods: Vec<Option<&str>> = a
        .claims
        .iter()
        .map(|c| c.period.map(|p| a.mentions[p].text.as_str()))
        .collect();
    assert_eq!(periods, [Some("third-quarter"); 3], "{a:?}");
    // Not to another company's results, nor a year's figure.
    for text in [
        "Nvidia reported third-quarter revenue of $35 billion. AMD's revenue rose 5% to $7 billion.",
        "Nvidia reported third-quarter revenue of $35 billion. Its annual revenue run rate is $140 billion.",
    ] {
        let a = analysis_on(jiff::civil::date(2026, 11, 9), text);
        assert!(a.claims[1..].iter().all(|c| c.period.is_none()), "{a:?}");
    }
}

#[test]
fn a_coordinated_forecast_is_the_companys_with_its_own_period() {
    let text = "Applied Materials said late on Thursday that revenue rose 4% to $7.61 billion, and forecast first-quarter revenue of about $7.35 billion.";
    let a = analysis_on(jiff::civil::date(2026, 11, 16), text);
    let got: Vec<(&str, Option<&str>, Modality)> = a
        .claims
        .iter()
        .map(|c| {
            (
                a.mentions[c.object].text.as_str(),
                c.period.map(|p| a.mentions[p].text.as_str()),
                c.modality,
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("4%", None, Modality::Reported),
            ("$7.61 billion", None, Modality::Reported),
            ("$7.35 billion", Some("first-quarter"), Modality::Planned),
        ],
        "{a:?}"
    );
}

#[test]
fn a_deal_row_names_both_parties() {
    let c = claims_of(
        "US spectrum deals since 2025\n| Buyer | Seller | Announced | Value |\n|---|---|---|---|\n| AT&T | EchoStar | Aug 2025 | $23.0bn |\n",
        &[("AT&T", "att"), ("EchoStar", "echostar")],
    );
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].0, v(&["att", "echostar"]), "{c:?}");
    assert_eq!(c[0].3.as_deref(), Some("echostar"), "{c:?}");
}

#[test]
fn chips_served_or_cited_are_not_what_is_sold() {
    let cos = &[("Advantest", "advantest"), ("Broadcom", "broadcom")];
    let c = claims_of(
        "Advantest raised its sales forecast for the year to ¥1.05 trillion, citing demand for testers of AI processors.",
        cos,
    );
    assert_eq!(c[0].1, "revenue", "{c:?}");
    let c = claims_of("Broadcom's AI chip revenue rose to $6.5 billion.", cos);
    assert_eq!(c[0].1, "chip_revenue", "{c:?}");
}

#[test]
fn measures_of_a_whole_market_are_no_companys() {
    let cos = &[
        ("Meta", "meta"),
        ("Hut 8", "hut-8"),
        ("Micron", "micron"),
        ("Humain", "humain"),
        ("IREN", "iren"),
    ];
    for text in [
        "Meta sold bonds. Data-centre ABS issuance has reached about $28 billion so far this year, according to Finsight.",
        "Hut 8 signed a lease. Network hashrate hit 1,150 EH/s this month.",
        "Micron reported results. DRAM contract prices rose 10% in the quarter.",
        "Meta sold bonds. M&A volumes reached $3 trillion this year.",
        // A party after the figure is no actor of a market's clause.
        "Humain raised money. The region's data-centre market is expected to be worth $14 billion by 2030, roughly triple its size today.",
    ] {
        let c = claims_of(text, cos);
        assert!(c.is_empty(), "{text}: {c:?}");
    }
    // Owned, or bare, the measure may be the company's.
    for (text, slug) in [
        (
            "Meta sold bonds. Its issuance reached $30 billion this year.",
            "meta",
        ),
        (
            "Meta sold bonds. Meta's issuance reached $30 billion this year.",
            "meta",
        ),
        (
            "Micron reported results. Prices rose 10% in the quarter.",
            "micron",
        ),
        (
            "IREN reported results. Installed hashrate reached 50 EH/s.",
            "iren",
        ),
    ] {
        let c = claims_of(text, cos);
        assert_eq!(c.len(), 1, "{text}: {c:?}");
        assert_eq!(c[0].0, v(&[slug]), "{text}: {c:?}");
    }
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
    // A maker named inside a count is not who orders: it is the other
    // party of the order.
    let c = claims_of(
        "IAG ordered 32 Airbus jets worth more than $12 billion.",
        cos,
    );
    let money = c
        .iter()
        .find(|r| r.2.contains("$12"))
        .expect("the money's claim");
    assert_eq!(money.0, v(&["iag", "airbus"]), "{c:?}");
    assert_eq!(money.1, "contract_value", "{c:?}");
    // Nor what "its" refers to: the buyer orders, from the maker.
    let c = claims_of(
        "IAG firmed up an order for 30 Airbus jets, taking its total order to 60 aircraft.",
        cos,
    );
    assert!(c.iter().all(|r| r.0[0] == "iag"), "{c:?}");
    assert_eq!(c[0].0, v(&["iag", "airbus"]), "{c:?}");
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
    // The vendor named inside the count is the other party to it, as
    // every probe's reader wrote such counts (nine of nine).
    let c = claims_of("Microsoft bought 350,000 Nvidia GPUs.", cos);
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].0, v(&["microsoft", "nvidia"]), "{c:?}");
    assert_eq!(c[0].3.as_deref(), Some("nvidia"), "{c:?}");
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
            "Maersk's operating profit fell 18% to $3.1 billion on revenue of $13.2 billion.",
            "$3.1 billion",
            "operating_income",
        ),
        // (EBITDA is no operating income: other, and still no revenue.)
        (
            "Maersk's EBITDA fell 18% to $3.1 billion on revenue of $13.2 billion.",
            "$3.1 billion",
            "other",
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
    assert!(got.contains(&("$120 billion", Some("2029"))), "{got:?}");
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
            Some("a year earlier"),
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
        "Amazon's approximately 1,150 employees will join Meta.",
        "Meta said its more than 70,000 workers would get shares.",
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
            ("amazon", "+50%", "growth_rate"),
            ("microsoft", "$88B", "capital_expenditure"),
            ("microsoft", "+58%", "growth_rate"),
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
fn a_count_of_a_maker_s_product_bought_names_the_maker() {
    let c = claims_of(
        "Air Arabia said it had ordered 15 Airbus A320neo jets.",
        &[("Air Arabia", "air-arabia"), ("Airbus", "airbus")],
    );
    assert_eq!(
        c.iter()
            .map(|r| (r.0.clone(), r.2.as_str()))
            .collect::<Vec<_>>(),
        [(v(&["air-arabia", "airbus"]), "15 Airbus A320neo jets")],
        "{c:?}"
    );
}

#[test]
fn in_the_quarter_after_the_figure_wins_over_a_date_further_on() {
    let a = analysis_on(
        jiff::civil::date(2026, 7, 30),
        "Comcast reported results for the April-June quarter. Total revenue fell 1.1% to \
         $30.05 billion in the quarter, as the spinoff of its networks at the start of the \
         year hurt the comparison.",
    );
    assert_eq!(
        figures_and_periods(&a),
        [
            ("1.1%", Some("the April-June quarter")),
            ("$30.05 billion", Some("the April-June quarter"))
        ]
    );
}

#[test]
fn a_yen_note_makes_money_of_bare_cells_and_a_forecast_column_plans() {
    let a = analysis_on(
        jiff::civil::date(2026, 10, 28),
        "Hitachi raised its outlook.\n\n(Billions of yen, except per-share data)\n\
         | | H1 FY2026 | FY2026 forecast |\n|---|---|---|\n\
         | Revenues | 5,031.6 | 10,300.0 |\n| EPS, basic (yen) | 107.35 | 219.50 |\n",
    );
    let got: Vec<(String, &str, String, crate::Modality)> = a
        .claims
        .iter()
        .map(|c| {
            let m = &a.mentions[c.object];
            let amount = match &m.value {
                crate::Value::Money(v) => format!("{} {}", v.amount, v.currency),
                _ => String::new(),
            };
            (amount, c.predicate.as_str(), m.text.clone(), c.modality)
        })
        .collect();
    use crate::Modality::{Planned, Reported};
    assert_eq!(
        got,
        [
            (
                "5031600000000 JPY".to_string(),
                "revenue",
                "5,031.6".to_string(),
                Reported
            ),
            (
                "10300000000000 JPY".to_string(),
                "revenue",
                "10,300.0".to_string(),
                Planned
            ),
            // A per-share row is in yen, unscaled.
            (
                "107.35 JPY".to_string(),
                "eps",
                "107.35".to_string(),
                Reported
            ),
            (
                "219.5 JPY".to_string(),
                "eps",
                "219.50".to_string(),
                Planned
            ),
        ],
        "{:?}",
        a.claims
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
    // Nor a name in an apposition to the source.
    let cos = &[
        ("SK hynix", "sk-hynix"),
        ("Yonhap", "yonhap"),
        ("Yonhap News Agency", "yonhap"),
    ];
    let c = claims_of(
        "SK hynix said its profit jumped 58.3 percent. The figure beat the consensus of 17.2 trillion won, according to Yonhap Infomax, the data firm of Yonhap News Agency. Revenue rose 38.5 percent to 33.87 trillion won.",
        cos,
    );
    assert_eq!(c.len(), 4, "{c:?}");
    assert!(c.iter().all(|r| r.0 == v(&["sk-hynix"])), "{c:?}");
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
        [("$1.2 billion", "operating_income"), ("27 cents", "eps")],
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
        // The rating's company, named before the target word.
        (
            "Apple said sales rose. Oracle has a 'buy' rating on Meta with a target price of $700.",
            "meta",
        ),
        // ... unless another names the target itself.
        (
            "Oracle, commenting on Meta's results, raised its Amazon price target to $250.",
            "amazon",
        ),
    ] {
        let c = claims_of(text, COS);
        let last = c.last().expect("a claim");
        assert_eq!(last.0, v(&[covered]), "{text}: {c:?}");
        assert_eq!(last.4, Modality::Forecast, "{text}");
    }
    // "On the stock" in a broker's sentence, and a target after its
    // figure, are the covered company's.
    for text in [
        "Meta reported results. Wedbush kept a $115 price target on the stock.",
        "Meta reported results. Bernstein, which rates the stock outperform, reiterated its $510 target.",
    ] {
        let c = claims_of(text, &[("Meta", "meta"), ("Wedbush", "wedbush"), ("Bernstein", "bernstein")]);
        let last = c.last().expect("a claim");
        assert_eq!((last.0.as_slice(), last.4), (v(&["meta"]).as_slice(), Modality::Forecast), "{text}: {c:?}");
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

/// A company's own spending or results for a period not yet begun, told
/// with no word of its voice, are planned; a past verb keeps a result.
#[test]
fn a_measure_of_a_period_ahead_is_planned() {
    let cos = &[("Acme", "acme")];
    let c = claims_of("Acme outlook.\n\n- Capex: $4.2bn for 2027\n", cos);
    assert_eq!(c[0].4, Modality::Planned, "{c:?}");
    let c = claims_of("Acme reported revenue of $3 billion for 2027.", cos);
    assert_eq!(c[0].4, Modality::Reported, "{c:?}");
    // (Spending for the year still running is a plan too.)
    let c = claims_of("Acme outlook.\n\n- Capex: $4.2bn for 2026\n", cos);
    assert_eq!(c[0].4, Modality::Planned, "{c:?}");
}

/// An opening descriptor refers to the company the text is about even
/// when a source is named later in the sentence.
#[test]
fn an_opening_descriptor_beside_a_source_is_the_topic() {
    let cos = &[("SK Hynix", "sk-hynix"), ("LSEG", "lseg")];
    let c = claims_of(
        "SK Hynix posted record results. The South Korean chipmaker said operating profit rose to 15.8 trillion won, above the 15.1 trillion won LSEG SmartEstimate.",
        cos,
    );
    assert!(!c.is_empty(), "{c:?}");
    assert!(c.iter().all(|r| r.0 == ["sk-hynix"]), "{c:?}");
}

/// A market a source reports on, a place's national measure and a class
/// of workers across an industry are nobody's.
#[test]
fn markets_places_and_industries_are_nobodys() {
    let cos = &[
        ("TrendForce", "trendforce"),
        ("Yole", "yole"),
        ("Intel", "intel"),
    ];
    for text in [
        "TrendForce said on Tuesday that the DRAM market could grow 40% to $250 billion in 2027.",
        "Yole expects the HBM market to reach $98bn in 2027.",
        "Intel cut jobs. South Korea's semiconductor exports rose 22% to $17.3 billion.",
        "Intel cut jobs. Korea chip exports rose 22% to $17.3 billion in September.",
        "Intel cut jobs. More than 150,000 tech workers were laid off this year.",
        "Intel cut jobs. Oregon, where Intel is the largest employer, reported a jobless rate of 5.1%.",
        "Intel cut jobs.\n\n- $17.3B: South Korea's chip exports in September\n",
    ] {
        assert!(claims_of(text, cos).is_empty(), "{text}: {:?}", claims_of(text, cos));
    }
}

/// A name alone in parentheses closing a line credits a source.
#[test]
fn a_parenthesized_name_is_a_source() {
    let cos = &[("SK Hynix", "sk-hynix"), ("Counterpoint", "counterpoint")];
    let c = claims_of(
        "SK Hynix results.\n\n- Holds a 62% share of the HBM market in Q3 (Counterpoint)\n",
        cos,
    );
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].0, ["sk-hynix"], "{c:?}");
}

/// A digest's pairing is a deal between both; its arrow points from the
/// investor to the company invested in.
#[test]
fn a_digests_pairing_and_arrow() {
    let cos = &[
        ("Microsoft", "microsoft"),
        ("TotalEnergies", "totalenergies"),
        ("Amazon", "amazon"),
        ("X-energy", "x-energy"),
        ("Vistra", "vistra"),
    ];
    let c = claims_of(
        "- Microsoft x TotalEnergies: €2.5 billion, 15-year supply\n",
        cos,
    );
    assert_eq!(c[0].0, ["microsoft", "totalenergies"], "{c:?}");
    assert_eq!(c[0].1, "contract_value", "{c:?}");
    let c = claims_of("- Amazon -> X-energy: US$800 million investment\n", cos);
    assert_eq!(
        (c[0].0.as_slice(), c[0].1.as_str(), c[0].3.as_deref()),
        (
            ["amazon".to_string()].as_slice(),
            "investment",
            Some("x-energy")
        ),
        "{c:?}"
    );
    let c = claims_of("- Amazon x Vistra: 1.1 GW from Comanche Peak\n", cos);
    assert_eq!(
        (c[0].0.as_slice(), c[0].3.as_deref()),
        (
            ["amazon".to_string(), "vistra".to_string()].as_slice(),
            Some("vistra")
        ),
        "{c:?}"
    );
}

/// The investor that leads a round is not the company raising it; money
/// given to a round is an investment; a round raised "at" a figure is
/// priced at it.
#[test]
fn rounds_led_given_and_priced() {
    let cos = &[
        ("Mistral", "mistral"),
        ("ASML", "asml"),
        ("Nvidia", "nvidia"),
        ("Cohere", "cohere"),
    ];
    let c = claims_of(
        "Mistral was valued at €11.7bn in September, when ASML led a €1.7bn Series C.",
        cos,
    );
    let round = c.iter().find(|r| r.2 == "€1.7bn").expect("round");
    assert_eq!(
        (round.0[0].as_str(), round.1.as_str()),
        ("mistral", "funding_round")
    );
    let c = claims_of(
        "Mistral raised €2.5bn. Nvidia is contributing €1bn to the new round.",
        cos,
    );
    let inv = c.iter().find(|r| r.2 == "€1bn").expect("investment");
    assert_eq!(
        (inv.0[0].as_str(), inv.1.as_str(), inv.3.as_deref()),
        ("nvidia", "investment", Some("mistral"))
    );
    let c = claims_of("Cohere: denies it's raising at $15B after a report.", cos);
    assert_eq!(
        (c[0].1.as_str(), c[0].4),
        ("valuation", Modality::Denied),
        "{c:?}"
    );
}

/// "It is worth" after a deal is the deal's value; so is "is worth" after
/// a deal's noun opening the sentence.
#[test]
fn a_deals_worth_told_apart() {
    let cos = &[
        ("Microsoft", "microsoft"),
        ("Constellation", "constellation"),
    ];
    let c = claims_of(
        "Microsoft agreed to buy 2,400 megawatts of power from Constellation. The contract covers two plants. It is worth about $16 billion over its life.",
        cos,
    );
    let worth = c.iter().find(|r| r.2 == "$16 billion").expect("worth");
    assert_eq!(worth.1, "contract_value", "{c:?}");
    assert_eq!(worth.0, ["microsoft", "constellation"], "{c:?}");
    let c = claims_of(
        "Microsoft's agreement, announced on Tuesday, to buy 2.4 gigawatts from Constellation for two decades is worth nearly $18 billion.",
        cos,
    );
    let worth = c.iter().find(|r| r.2 == "$18 billion").expect("worth");
    assert_eq!(worth.1, "contract_value", "{c:?}");
}

/// A multiplier of a measure of income is its growth; a tolerance is no
/// figure of its own; a source's "puts X at" gives X the figure.
#[test]
fn multipliers_tolerances_and_put_at() {
    let cos = &[
        ("Mistral", "mistral"),
        ("Micron", "micron"),
        ("SK Hynix", "sk-hynix"),
        ("Counterpoint", "counterpoint"),
    ];
    let c = claims_of(
        "Mistral's annualised revenue run-rate has tripled over the past year.",
        cos,
    );
    assert_eq!(c[0].1, "growth_rate", "{c:?}");
    let c = claims_of(
        "Micron guided revenue of $18.7B ± $400M for the quarter.",
        cos,
    );
    assert_eq!(c.len(), 1, "{c:?}");
    let c = claims_of(
        "Counterpoint's tally, which puts SK Hynix at 62%, excludes samples.",
        cos,
    );
    assert_eq!(c[0].0, ["sk-hynix"], "{c:?}");
}

/// A takeover's price: "valuing" the company bought, an offer raised; a
/// licence's upfront and milestone payments are parts of a deal, `other`
/// between its parties, also when a later sentence names one of them.
#[test]
fn takeovers_and_licences() {
    let cos = &[
        ("Merck", "merck"),
        ("Viking", "viking"),
        ("AstraZeneca", "astrazeneca"),
        ("Paramount", "paramount"),
    ];
    let c = claims_of(
        "Merck agreed to buy Viking for $95 per share in cash, valuing the drug developer at about $10.9 billion.",
        cos,
    );
    let whole = c.iter().find(|r| r.2 == "$10.9 billion").expect("price");
    assert_eq!(whole.1, "acquisition", "{c:?}");
    let c = claims_of(
        "AstraZeneca will pay $350 million upfront and up to $2.65 billion in regulatory and sales milestones.",
        cos,
    );
    assert_eq!(c.len(), 2, "{c:?}");
    assert!(c.iter().all(|r| r.1 == "other"), "{c:?}");
    let c = claims_of(
        "Merck pays Viking $500 million upfront for a cancer drug. Under the terms, Viking will receive $500 million upfront and is eligible for up to $4.7 billion in development, regulatory and commercial milestones. It is also eligible for an upfront payment of $20 million.",
        cos,
    );
    assert_eq!(c.len(), 4, "{c:?}");
    for r in &c {
        assert_eq!(r.1, "other", "{c:?}");
        assert_eq!(r.0, v(&["merck", "viking"]), "{c:?}");
    }
    // A deal's terms told later, in a sentence that speaks of the deal and
    // names one party, are between its parties; a figure that is no term
    // stays its company's.
    let c = claims_of(
        "Merck agreed to buy Viking for $9 billion. The price represents a premium of 42% to Viking's closing price on Friday. Viking would have to pay a termination fee of $320 million. Merck expects the deal to add $1.00 to its free cash flow per share.",
        cos,
    );
    let by = |f: &str| c.iter().find(|r| r.2 == f).map(|r| r.0.clone());
    assert_eq!(by("42%"), Some(v(&["merck", "viking"])), "{c:?}");
    assert_eq!(by("$320 million"), Some(v(&["merck", "viking"])), "{c:?}");
    assert_eq!(by("$1.00"), Some(v(&["merck"])), "{c:?}");
    // "The offer values X at" is the deal's price, between its parties;
    // "the price values X at", for a stake, the whole company's value.
    let c = claims_of(
        "Merck agreed to buy Viking for $182 a share. The offer values Viking at about $9.1 billion.",
        cos,
    );
    let whole = c.iter().find(|r| r.2 == "$9.1 billion").expect("price");
    assert_eq!(
        (whole.0.clone(), whole.1.as_str()),
        (v(&["merck", "viking"]), "acquisition"),
        "{c:?}"
    );
    // (So does an offer that "would value" it; not a stake's deal.)
    let c = claims_of(
        "Merck is in talks to buy Viking for about $182 a share. The offer would value Viking at about $9.1 billion.",
        cos,
    );
    let whole = c.iter().find(|r| r.2 == "$9.1 billion").expect("price");
    assert_eq!(whole.0, v(&["merck", "viking"]), "{c:?}");
    let c = claims_of(
        "Merck agreed to buy a 70% stake in Viking in a deal that values Viking at about $450 million.",
        cos,
    );
    let whole = c.iter().find(|r| r.2 == "$450 million").expect("value");
    assert_eq!(whole.1, "valuation", "{c:?}");
    let c = claims_of(
        "Merck agreed to buy a 25% stake in Viking. The price values Viking at about $15.5 billion.",
        cos,
    );
    assert_eq!(
        c.iter()
            .find(|r| r.2 == "$15.5 billion")
            .map(|r| r.1.as_str()),
        Some("valuation"),
        "{c:?}"
    );
    // A one-party restatement of the deal's sum near it takes its parties.
    let c = claims_of(
        "Paramount agreed to pay Viking about $400 million a year for the rights.\n\nTHE DEAL AT A GLANCE\n- Rights fee: about $400 million a year\n",
        cos,
    );
    assert_eq!(c.len(), 2, "{c:?}");
    assert!(
        c.iter()
            .all(|r| r.1 == "contract_value" && r.0 == v(&["paramount", "viking"])),
        "{c:?}"
    );
    // The value of the whole deal, milestones included, stays its value.
    let c = claims_of(
        "Merck agreed to buy Viking for up to $2.3 billion in cash and milestones.",
        cos,
    );
    assert_ne!(c[0].1, "other", "{c:?}");
    let c = claims_of("Paramount could raise its offer to $28 per share.", cos);
    assert_eq!(c[0].1, "other", "{c:?}");
    let c = claims_of(
        "Paramount will raise the price of its plan by $1.50 a month.",
        cos,
    );
    assert_eq!(c[0].1, "other", "{c:?}");
}

/// An outlet's report and a trial's patients are no company's figures; a
/// broker's estimate of sales is the company's, forecast.
#[test]
fn reports_trials_and_estimates() {
    let cos = &[
        ("Toyota", "toyota"),
        ("Nikkei", "nikkei"),
        ("Bloomberg", "bloomberg"),
        ("Viking", "viking"),
        ("Lilly", "eli-lilly"),
        ("BMO", "bmo"),
    ];
    let c = claims_of(
        "Toyota denied a report in the Nikkei that it planned to cut production by 100,000 units.",
        cos,
    );
    assert_eq!(c[0].0, ["toyota"], "{c:?}");
    let c = claims_of(
        "Toyota denies Bloomberg report of 2,000 more job cuts.",
        cos,
    );
    assert_eq!(c[0].0, ["toyota"], "{c:?}");
    let c = claims_of(
        "Viking's injection helped patients lose up to 14.7% of their body weight.",
        cos,
    );
    assert!(c.is_empty(), "{c:?}");
    let c = claims_of(
        "Lilly raised its outlook. BMO keeps its $20 billion peak-sales estimate on the drug.",
        cos,
    );
    assert_eq!(
        (c[0].0[0].as_str(), c[0].4),
        ("eli-lilly", Modality::Forecast),
        "{c:?}"
    );
}

/// A digest's header naming a company and a quarter dates its bullets; an
/// earlier value in parentheses is of the same measure.
#[test]
fn a_headers_quarter_and_a_prior_value() {
    let cos = &[("Netflix", "netflix")];
    let text =
        "Netflix Q3 2026\n\n• Op income: $3.71B\n• FY26 rev guide raised to $48.1B (was $47.8B)\n";
    let (mentions, claims) = analysed(text, cos, "2026-10-22");
    let op = claims
        .iter()
        .find(|c| mentions[c.object].text == "$3.71B")
        .expect("op income");
    let period = op.period.map(|p| mentions[p].text.clone());
    assert_eq!(period.as_deref(), Some("Q3 2026"), "{claims:?}");
    let prior = claims
        .iter()
        .find(|c| mentions[c.object].text == "$47.8B")
        .expect("prior");
    assert_eq!(prior.predicate, "revenue", "{claims:?}");
}

/// A source introduced by its descriptor ("according to research firm
/// eMarketer") is outside the sentence's companies; a place's total with a
/// company named only after it is still the place's.
#[test]
fn outside_sources_and_place_totals() {
    let cos = &[
        ("Netflix", "netflix"),
        ("eMarketer", "emarketer"),
        ("BYD", "byd"),
    ];
    let c = claims_of(
        "Netflix grew. U.S. streaming ad spending could reach $30 billion in 2027, according to research firm eMarketer.",
        cos,
    );
    assert!(c.is_empty(), "{c:?}");
    let c = claims_of(
        "BYD sold more. China's overall NEV sales rose 20% in October, so BYD lost ground.",
        cos,
    );
    assert!(c.is_empty(), "{c:?}");
    let c = claims_of(
        "Netflix said: we're raising the price of our standard plan in the U.S. by $1.50 a month.",
        cos,
    );
    assert_eq!(c[0].1, "other", "{c:?}");
}

/// A digest's labelled count is a claim of the company its list is about.
#[test]
fn a_digests_labelled_count_is_the_lists_company() {
    let cos = &[("Netflix", "netflix")];
    let c = claims_of("Netflix results:\n\n- Paid subs: 312.4M\n", cos);
    assert_eq!(
        (c[0].0.as_slice(), c[0].1.as_str(), c[0].2.as_str()),
        (["netflix".to_string()].as_slice(), "other", "312.4M"),
        "{c:?}"
    );
    // So is a bare count its clause's noun names, in a sentence naming no
    // one; a market's count stays nobody's.
    let c = claims_of(
        "Netflix reported results. Total customers were 2,533 as of January 31.",
        cos,
    );
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(
        (c[0].0[0].as_str(), c[0].2.as_str()),
        ("netflix", "2,533"),
        "{c:?}"
    );
    let c = claims_of(
        "Netflix reported results. Global smartphone shipments rose 3% to 1.2 billion in 2025.",
        cos,
    );
    assert!(c.iter().all(|r| r.2 != "1.2 billion"), "{c:?}");
    // A count of what a business sells, in a highlight naming no one, is
    // the company's; a count credited to a source is a market's.
    let c = claims_of(
        "Netflix reported results.\n\n- Third-quarter sales of 172,380 cars, up 4 per cent\n",
        cos,
    );
    assert!(
        c.iter()
            .any(|r| r.2 == "172,380 cars" && r.0 == v(&["netflix"])),
        "{c:?}"
    );
    let c = claims_of(
        "Netflix reported results. Sales of new-energy vehicles in China rose 11% to 2.71 million units, according to the China Passenger Car Association.",
        cos,
    );
    assert!(c.iter().all(|r| r.2 != "2.71 million units"), "{c:?}");
}

#[test]
fn an_investment_firms_money_and_a_stakes_price_are_investments() {
    let cos = &[
        ("Mubadala", "mubadala"),
        ("KKR", "kkr"),
        ("ADQ", "adq"),
        ("Sahra Logistics", "sahra-logistics"),
        ("Amazon", "amazon"),
    ];
    // An investment firm's money put to work names no investee and is still
    // an investment; another company's is its capital spending.
    let c = claims_of(
        "Mubadala will invest about $900 million over five years.",
        cos,
    );
    assert_eq!(c[0].1, "investment", "{c:?}");
    let c = claims_of(
        "Amazon will invest about $900 million over five years.",
        cos,
    );
    assert_eq!(c[0].1, "capital_expenditure", "{c:?}");
    // Money for a stake is an investment, however far the price stands.
    let c = claims_of(
        "ADQ agreed to buy a 25% stake in Sahra Logistics, an Abu Dhabi-based freight and \
         warehousing group, for 4.4 billion dirhams.",
        cos,
    );
    assert!(
        c.iter()
            .any(|r| r.2 == "4.4 billion dirhams" && r.1 == "investment"),
        "{c:?}"
    );
}

#[test]
fn a_phrase_opening_with_of_names_the_figure_before_it() {
    let cos = &[("Morgan Stanley", "morgan-stanley")];
    let c = claims_of(
        "Morgan Stanley has committed $3.4 billion of debt financing for the buyout.",
        cos,
    );
    assert_eq!(c[0].1, "other", "{c:?}");
}

#[test]
fn taking_a_company_private_buys_it() {
    let cos = &[("KKR", "kkr"), ("Castellan Health Systems", "castellan")];
    let c = claims_of(
        "KKR has agreed to take healthcare software maker Castellan Health Systems Inc. \
         private in a deal valued at about $7.8 billion including debt.",
        cos,
    );
    assert_eq!(c[0].1, "acquisition", "{c:?}");
}

#[test]
fn an_insurers_premiums_are_its_revenue() {
    let cos = &[("Hannover Re", "hannover-re")];
    let c = claims_of(
        "Hannover Re said its net income rose 18% to 2.05 billion euros, while gross \
         reinsurance written premium grew 6.4% to 20.3 billion euros.",
        cos,
    );
    assert!(
        c.iter()
            .any(|r| r.2 == "20.3 billion euros" && r.1 == "revenue"),
        "{c:?}"
    );
    assert!(
        c.iter()
            .any(|r| r.2 == "2.05 billion euros" && r.1 == "other"),
        "{c:?}"
    );
}

#[test]
fn a_companys_own_forecast_reaches_over_the_measure_it_names() {
    let cos = &[("General Motors", "general-motors"), ("Target", "target")];
    let c = claims_of(
        "General Motors raised its 2026 forecast for adjusted earnings before interest and \
         taxes to $12.5 billion.",
        cos,
    );
    assert_eq!(c[0].4, Modality::Planned, "{c:?}");
    // Not over a clause of its own.
    let c = claims_of(
        "Target cut its annual profit forecast for the second time this year after \
         comparable sales fell 2.7% in its third quarter.",
        cos,
    );
    assert_eq!(c[0].4, Modality::Reported, "{c:?}");
}

#[test]
fn fees_prices_per_user_and_managed_assets_are_no_deal_revenue_or_spending() {
    let cos = &[
        ("Lionsgate", "lionsgate"),
        ("Comcast", "comcast"),
        ("Disney", "disney"),
        ("PIF", "pif"),
    ];
    let c = claims_of(
        "Lionsgate would owe Comcast a breakup fee of $138 million if it walks away.",
        cos,
    );
    assert!(c.iter().all(|r| r.1 == "other"), "{c:?}");
    let c = claims_of(
        "Average monthly revenue per paid Disney subscriber rose to $8.62 in the quarter.",
        cos,
    );
    assert!(c.iter().all(|r| r.1 == "other"), "{c:?}");
    let c = claims_of(
        "PIF, which manages assets of about $940 billion, has cut back on some projects.",
        cos,
    );
    assert!(c.iter().all(|r| r.1 == "other"), "{c:?}");
}

#[test]
fn a_price_after_an_apposition_is_the_transfers_and_co_op_is_no_profit() {
    let cos = &[("Krafton", "krafton"), ("Halfmoon Interactive", "halfmoon")];
    let c = claims_of(
        "Krafton agreed on Tuesday to acquire Halfmoon Interactive, the 140-person Montreal \
         studio behind the co-op shooter \"Driftline\", for $310 million in cash.",
        cos,
    );
    let money: Vec<_> = c.iter().filter(|r| r.2 == "$310 million").collect();
    assert_eq!(money.len(), 1, "{c:?}");
    assert_eq!(money[0].1, "acquisition", "{c:?}");
}

#[test]
fn a_company_that_has_gained_moved_its_stock() {
    let cos = &[("Constellation", "constellation"), ("Vistra", "vistra")];
    let c = claims_of(
        "Constellation's shares have risen 44% this year, while Vistra has gained 38%.",
        cos,
    );
    assert!(
        c.iter().any(|r| r.0 == ["vistra"] && r.1 == "stock_change"),
        "{c:?}"
    );
}

#[test]
fn every_name_of_a_list_in_an_apposition_describes_the_head() {
    let cos = &[
        ("Booking Holdings", "booking-holdings"),
        ("Booking.com", "booking-com"),
        ("Priceline", "priceline"),
        ("Agoda", "agoda"),
    ];
    let c = claims_of(
        "Booking Holdings, the owner of Booking.com, Priceline and Agoda, said revenue \
         climbed 10% to $9.4 billion.",
        cos,
    );
    assert!(!c.is_empty(), "{c:?}");
    assert!(c.iter().all(|r| r.0 == ["booking-holdings"]), "{c:?}");
    // So does a name last in a list after "of" whose first item is none.
    let cos = &[("Vox Media", "vox-media"), ("The Verge", "the-verge")];
    let c = claims_of(
        "Vox Media, the publisher of New York magazine and The Verge, is laying off about 60 employees.",
        cos,
    );
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].0, ["vox-media"], "{c:?}");
}

#[test]
fn assets_priced_built_or_costed_are_capital_spending() {
    let cos = &[("Lilly", "lilly"), ("BHP", "bhp"), ("Glencore", "glencore")];
    let c = claims_of(
        "Lilly on Monday announced a $6.5 billion plant in Texas.",
        cos,
    );
    assert_eq!(c[0].1, "capital_expenditure", "{c:?}");
    let c = claims_of(
        "BHP said the first stage of its Jansen potash project would cost $7.4 billion.",
        cos,
    );
    assert_eq!(c[0].1, "capital_expenditure", "{c:?}");
    let c = claims_of(
        "Glencore plans to spend roughly $600 million over three years to expand the mine's \
         concentrator.",
        cos,
    );
    assert_eq!(c[0].1, "capital_expenditure", "{c:?}");
}

#[test]
fn costs_cut_and_money_returned_are_no_spending_or_dividend() {
    let cos = &[("Maersk", "maersk"), ("Marriott", "marriott")];
    let c = claims_of(
        "Maersk said it would cut costs by a further $1.5 billion.",
        cos,
    );
    assert_eq!(c[0].1, "other", "{c:?}");
    let c = claims_of(
        "Marriott expects to return about $4 billion to shareholders this year through \
         dividends and share repurchases.",
        cos,
    );
    assert_eq!(c[0].1, "other", "{c:?}");
}

#[test]
fn a_sum_said_equivalent_to_another_restates_it() {
    let cos = &[("BHP", "bhp")];
    let c = claims_of(
        "BHP paid a final dividend of 62 U.S. cents a share last month, equivalent to about \
         94 Australian cents.",
        cos,
    );
    assert!(c.iter().all(|r| r.1 == "other"), "{c:?}");
    assert_eq!(c.len(), 2, "{c:?}");
}

#[test]
fn a_takeover_valued_after_a_relative_clause_is_the_acquisition() {
    let cos = &[("Glencore", "glencore"), ("Cerro Blanco Mining", "cerro")];
    let c = claims_of(
        "Glencore said it had agreed to buy Cerro Blanco Mining Corp., which owns the Las \
         Vicunas open-pit mine in Chile's Atacama region, for C$14.75 per share in cash, \
         valuing the company at about C$2.1 billion.",
        cos,
    );
    assert!(
        c.iter()
            .any(|r| r.2 == "C$2.1 billion" && r.1 == "acquisition"),
        "{c:?}"
    );
}

#[test]
fn what_an_offering_could_value_a_company_at_is_its_valuation() {
    let cos = &[("Lambda Labs", "lambda")];
    let c = claims_of(
        "Lambda Labs has filed confidentially for an IPO that could value the GPU cloud at \
         $8B to $10B.",
        cos,
    );
    assert_eq!(c[0].1, "valuation", "{c:?}");
}

#[test]
fn a_sentence_that_only_restates_a_sum_restates_its_claim() {
    let cos = &[("Maersk", "maersk")];
    let c = claims_of(
        "Maersk said third-quarter EBITDA fell to $2.85 billion. That is equivalent to about \
         18.3 billion Danish crowns.",
        cos,
    );
    assert_eq!(c.len(), 2, "{c:?}");
    assert_eq!(c[1].1, c[0].1, "{c:?}");
    assert_eq!(c[1].0, ["maersk"], "{c:?}");
}

#[test]
fn a_results_period_reaches_a_few_sentences_on() {
    // Two sentences without a figure between the dated result and the
    // undated one; per-share earnings count among the results.
    let text = "Verizon reported third-quarter revenue of $34.6 billion. The carrier said demand held up. Its chief executive praised the team. Adjusted earnings were $1.21 a share.";
    let a = analysis_on(jiff::civil::date(2026, 10, 22), text);
    let periods: Vec<(&str, Option<&str>)> = a
        .claims
        .iter()
        .map(|c| {
            (
                c.predicate.as_str(),
                c.period.map(|p| a.mentions[p].text.as_str()),
            )
        })
        .collect();
    assert_eq!(
        periods,
        [
            ("revenue", Some("third-quarter")),
            ("eps", Some("third-quarter"))
        ],
        "{a:?}"
    );
    // Not past the reach.
    let far = "Verizon reported third-quarter revenue of $34.6 billion. The carrier said demand held up. Its chief executive praised the team. The board met. Staff were told. Rivals waited. Prices held. Fibre grew. Towers rose. Churn eased. Adjusted earnings were $1.21 a share.";
    let a = analysis_on(jiff::civil::date(2026, 10, 22), far);
    assert!(a.claims[1].period.is_none(), "{a:?}");
}

#[test]
fn a_baseline_quarter_is_not_the_quarter_told_of() {
    // "a year earlier" dates the baseline figure, so "in the quarter" is
    // still the July-September one.
    let text = "Tesla's net income dropped to $1.49 billion in the July-September period from $2.17 billion a year earlier. Excluding items, Tesla earned 51 cents per share in the quarter.";
    let a = analysis_on(jiff::civil::date(2026, 10, 22), text);
    let eps = a.claims.iter().find(|c| c.predicate == "eps").unwrap();
    assert_eq!(
        eps.period.map(|p| a.mentions[p].text.as_str()),
        Some("July-September"),
        "{a:?}"
    );
}

#[test]
fn a_share_move_without_a_day_takes_the_last_moves_day() {
    let text = "Netflix shares rose 5% on Wednesday. Paramount's stock fell 3.4%.";
    let a = analysis_on(jiff::civil::date(2026, 10, 23), text);
    let days: Vec<Option<&str>> = a
        .claims
        .iter()
        .map(|c| c.period.map(|p| a.mentions[p].text.as_str()))
        .collect();
    assert_eq!(days, [Some("Wednesday"); 2], "{a:?}");
    // "that day" is the day named last, whatever was told of it.
    let text = "AT&T announced the fibre venture on Oct. 22. Its shares rose 3.6% that day.";
    let a = analysis_on(jiff::civil::date(2026, 11, 10), text);
    assert_eq!(
        a.claims[0].period.map(|p| a.mentions[p].text.as_str()),
        Some("Oct. 22"),
        "{a:?}"
    );
    // A move with a time of its own keeps it.
    let text =
        "Netflix shares rose 5% on Wednesday. Paramount's stock has fallen 12% since the bid.";
    let a = analysis_on(jiff::civil::date(2026, 10, 23), text);
    assert!(a.claims[1].period.is_none(), "{a:?}");
}

#[test]
fn an_estimate_of_a_result_is_of_its_period() {
    let text = "Tesla earned 51 cents per share in the third quarter, short of the consensus estimate of 56 cents.";
    let a = analysis_on(jiff::civil::date(2026, 10, 22), text);
    let got: Vec<(Modality, Option<&str>)> = a
        .claims
        .iter()
        .map(|c| (c.modality, c.period.map(|p| a.mentions[p].text.as_str())))
        .collect();
    assert_eq!(
        got,
        [
            (Modality::Reported, Some("the third quarter")),
            (Modality::Forecast, Some("the third quarter"))
        ],
        "{a:?}"
    );
    // Not where the sentence names another period.
    let text = "SK Hynix reported second-quarter operating profit of 9.2 trillion won. Citi raised its 2027 operating profit forecast for SK Hynix to 72 trillion won.";
    let a = analysis_on(jiff::civil::date(2026, 7, 30), text);
    let p = a.claims[1].period.map(|p| a.mentions[p].text.as_str());
    assert_ne!(p, Some("second-quarter"), "{a:?}");
}

#[test]
fn an_apposition_does_not_push_the_verb_of_a_deal_away() {
    let text = "Palo Alto Networks agreed to acquire Veltrix Security Inc., a privately held maker of identity-threat detection software, for about $4.8 billion in cash and stock, its third purchase in just over a year.";
    let c = claims_of(
        text,
        &[
            ("Palo Alto Networks", "palo-alto-networks"),
            ("Veltrix Security Inc.", "veltrix-security"),
        ],
    );
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].1, "acquisition", "{c:?}");
}

#[test]
fn cash_held_and_billings_are_other() {
    let c = claims_of(
        "Fortinet ended the quarter with $3.4 billion in cash and short-term investments. Fortinet cut its full-year billings forecast to $7.1 billion.",
        &[("Fortinet", "fortinet")],
    );
    let predicates: Vec<&str> = c.iter().map(|r| r.1.as_str()).collect();
    assert_eq!(predicates, ["other", "other"], "{c:?}");
}

#[test]
fn a_headlines_bare_as_ends_the_deal_clause() {
    let c = claims_of(
        "Palo Alto Networks to buy Veltrix for $4.8 billion as quarterly revenue tops estimates",
        &[
            ("Palo Alto Networks", "palo-alto-networks"),
            ("Veltrix", "veltrix"),
        ],
    );
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].1, "acquisition", "{c:?}");
    // "as much as" opens no clause.
    let c = claims_of(
        "Nvidia expects revenue of as much as $65 billion as data center sales grow",
        &[("Nvidia", "nvidia")],
    );
    assert_eq!(c[0].1, "revenue", "{c:?}");
}

#[test]
fn a_company_moves_past_a_short_aside() {
    let c = claims_of(
        "SentinelOne, long seen as a takeover target, rose 6.5% on Thursday morning.",
        &[("SentinelOne", "sentinelone")],
    );
    assert_eq!(c[0].1, "stock_change", "{c:?}");
    // A measure of the company's is still no share move.
    let c = claims_of(
        "Revenue at SentinelOne, the security firm, rose 6.5% in the quarter.",
        &[("SentinelOne", "sentinelone")],
    );
    assert_ne!(c[0].1, "stock_change", "{c:?}");
}

#[test]
fn earnings_that_came_in_at_a_sum_per_share_are_eps() {
    let c = claims_of(
        "Adjusted earnings came in at $1.21 per share, compared with estimates of $1.18.",
        &[],
    );
    let text = "Verizon reported results. Adjusted earnings came in at $1.21 per share.";
    let c2 = claims_of(text, &[("Verizon", "verizon")]);
    assert!(c.iter().all(|r| r.1 != "operating_income"), "{c:?}");
    assert_eq!(c2[0].1, "eps", "{c2:?}");
    // A price paid "at" a sum per share is still no earnings.
    let c = claims_of(
        "Verizon agreed to buy Frontier at $38.50 per share.",
        &[("Verizon", "verizon"), ("Frontier", "frontier")],
    );
    assert!(c.iter().all(|r| r.1 != "eps"), "{c:?}");
}

#[test]
fn the_workforce_a_cut_leaves_is_headcount() {
    let c = claims_of(
        "Trellis will cut 35% of its staff. The cuts leave it with about 430 employees.",
        &[("Trellis", "trellis")],
    );
    let predicates: Vec<&str> = c.iter().map(|r| r.1.as_str()).collect();
    assert_eq!(predicates, ["job_cuts", "headcount"], "{c:?}");
}

#[test]
fn a_company_after_a_preposition_and_an_adjective_is_no_actor() {
    let text = "UPS said it would cut jobs. Average daily volume fell 8.4% in the third quarter as the carrier walked away from lower-margin Amazon deliveries.";
    let c = claims_of(text, &[("UPS", "ups"), ("Amazon", "amazon")]);
    assert_eq!(c[0].0, vec!["ups".to_string()], "{c:?}");
}

#[test]
fn a_label_names_its_figure() {
    let c = claims_of(
        "Digital Realty reported results.\n\n- Backlog: $1.2B of signed-but-not-commenced leases",
        &[("Digital Realty", "digital-realty")],
    );
    assert_eq!(c[0].1, "backlog", "{c:?}");
}

#[test]
fn a_companys_order_intake_is_no_deal() {
    let c = claims_of(
        "ASML booked €5.4 billion of net system orders in the third quarter. At Tokyo Electron, orders rose 12% to 1.21 trillion yen.",
        &[("ASML", "asml"), ("Tokyo Electron", "tokyo-electron")],
    );
    let predicates: Vec<&str> = c.iter().map(|r| r.1.as_str()).collect();
    assert_eq!(predicates, ["other", "growth_rate", "other"], "{c:?}");
    // An order placed with a maker is still a deal.
    let c = claims_of(
        "Riyadh Air placed a $19.6 billion order with Airbus.",
        &[("Riyadh Air", "riyadh-air"), ("Airbus", "airbus")],
    );
    assert_eq!(c[0].1, "contract_value", "{c:?}");
}

#[test]
fn a_places_economy_is_no_ones() {
    for text in [
        "Infosys reported results. India's IT exports are estimated at $224 billion for fiscal 2026.",
        "Infosys reported results. U.S. retail sales rose 0.4% in October.",
    ] {
        let c = claims_of(text, &[("Infosys", "infosys")]);
        assert!(c.is_empty(), "{text}: {c:?}");
    }
    // A company's measure in a place is still its own.
    for text in [
        "GM reported results. U.S. sales of GM's electric vehicles rose 46% in the quarter.",
        "Apple reported results. Apple's China sales rose 6%.",
    ] {
        let c = claims_of(text, &[("GM", "general-motors"), ("Apple", "apple")]);
        assert_eq!(c.len(), 1, "{text}: {c:?}");
    }
}

#[test]
fn a_reason_after_the_figure_names_no_measure_of_it() {
    let c = claims_of(
        "Sony raised its operating profit forecast for the year to 1.55 trillion yen, citing strong sales of PlayStation 5 consoles.",
        &[("Sony", "sony")],
    );
    assert_eq!(c[0].1, "operating_income", "{c:?}");
    let c = claims_of(
        "Walmart's advertising business grew 31% to about $1.6 billion, helped by Vizio, which it bought in 2024.",
        &[("Walmart", "walmart"), ("Vizio", "vizio")],
    );
    assert!(c.iter().all(|r| r.1 != "acquisition"), "{c:?}");
}

#[test]
fn a_stock_moves_by_the_close_and_by_what_it_added() {
    let c = claims_of(
        "Acme ended the session up 25.1%, while Marvell closed 9.8% higher. Nvidia added 2.4% and Broadcom gained 3.1%, lifting the Philadelphia Semiconductor Index 1.9%. Spectris ended the day 16% higher.",
        &[("Acme", "acme"), ("Marvell", "marvell"), ("Nvidia", "nvidia"), ("Broadcom", "broadcom"), ("Spectris", "spectris")],
    );
    let got: Vec<(&str, &str)> = c.iter().map(|r| (r.0[0].as_str(), r.1.as_str())).collect();
    assert_eq!(
        got,
        [
            ("acme", "stock_change"),
            ("marvell", "stock_change"),
            ("nvidia", "stock_change"),
            ("broadcom", "stock_change"),
            ("spectris", "stock_change")
        ],
        "{c:?}"
    );
    // What a company closes or adds that is no move stays its own.
    let c = claims_of("Intel closed 5% of its factories.", &[("Intel", "intel")]);
    assert!(c.iter().all(|r| r.1 != "stock_change"), "{c:?}");
}

#[test]
fn an_index_told_before_its_move_moves_no_company() {
    let c = claims_of(
        "Wipro shares fell 2.1% in Mumbai on Friday, while the broader Nifty IT index was up 0.9%.",
        &[("Wipro", "wipro")],
    );
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].2, "2.1%", "{c:?}");
    // An auxiliary and a qualifier between; a relative clause on an
    // index; a company's own relative clause stays its own.
    let c = claims_of(
        "Wipro shares fell 2.1%. The Nifty IT index has fallen about 9% so far this year, \
         underperforming the broader Nifty 50, which has gained roughly 6%. \
         Wipro, which has gained 4% this year, fell.",
        &[("Wipro", "wipro")],
    );
    let figures: Vec<&str> = c.iter().map(|r| r.2.as_str()).collect();
    assert_eq!(figures, ["2.1%", "4%"], "{c:?}");
}

#[test]
fn deal_bookings_are_deals() {
    let c = claims_of(
        "HCLTech's quarterly revenue rose 5.1% to $3.67 billion, with new deal bookings of $2.6 billion.",
        &[("HCLTech", "hcltech")],
    );
    assert_eq!(c[2].1, "contract_value", "{c:?}");
}

#[test]
fn quarterly_results_are_of_the_quarter_told_of() {
    let text = "Infosys signed deals in the July-September quarter. HCLTech's quarterly revenue rose 5.1% to $3.67 billion.";
    let a = analysis_on(jiff::civil::date(2026, 10, 16), text);
    let got = figures_and_periods(&a);
    assert!(
        got.iter()
            .filter(|(f, _)| *f == "5.1%" || *f == "$3.67 billion")
            .all(|(_, p)| *p == Some("the July-September quarter")),
        "{got:?}"
    );
    // A quarterly dividend is no result of a quarter.
    let text = "Infosys reported results for the July-September quarter. Booking raised its quarterly dividend to $10.50 per share.";
    let a = analysis_on(jiff::civil::date(2026, 10, 16), text);
    let got = figures_and_periods(&a);
    assert!(
        got.iter().all(|(f, p)| *f != "$10.50" || p.is_none()),
        "{got:?}"
    );
}

#[test]
fn a_heading_without_a_full_stop_dates_its_bullets() {
    let text = "Quorvia Energy Storage reported results.\n\nThird Quarter 2026 Highlights\n\n- Revenue of $612.4 million, an increase of 38%.\n- Adjusted EBITDA of $88.3 million.";
    let a = analysis_on(jiff::civil::date(2026, 11, 5), text);
    let got = figures_and_periods(&a);
    assert!(
        got.iter().all(|(_, p)| *p == Some("Third Quarter 2026")),
        "{got:?}"
    );
}

#[test]
fn the_level_a_forecast_was_raised_from_was_a_forecast_too() {
    let text = "Sony raised its operating profit forecast for the year ending March 2027 to 1.55 trillion yen from 1.43 trillion yen.";
    let a = analysis_on(jiff::civil::date(2026, 11, 11), text);
    let got: Vec<(Modality, Option<&str>)> = a
        .claims
        .iter()
        .map(|c| (c.modality, c.period.map(|p| a.mentions[p].text.as_str())))
        .collect();
    assert_eq!(
        got,
        [(Modality::Planned, Some("the year ending March 2027")); 2],
        "{a:?}"
    );
    // A result's baseline stays reported.
    let text = "Sony's operating profit rose to 1.55 trillion yen from 1.43 trillion yen.";
    let a = analysis_on(jiff::civil::date(2026, 11, 11), text);
    assert!(
        a.claims.iter().all(|c| c.modality == Modality::Reported),
        "{a:?}"
    );
}

#[test]
fn a_discount_is_no_share_move() {
    let c = claims_of(
        "Nio sold new shares at HK$48.10 each, a 6.8% discount to Friday's close.",
        &[("Nio", "nio")],
    );
    assert!(c.iter().all(|r| r.1 != "stock_change"), "{c:?}");
    let c = claims_of("Nio shares fell 6.8% on Monday.", &[("Nio", "nio")]);
    assert_eq!(c[0].1, "stock_change", "{c:?}");
}

/// What a count or a sum is, read from the words around it: a backlog
/// counted in aircraft and its worth, a workforce a period closed with,
/// spending on plants and restarts, and a sum priced at a valuation.
#[test]
fn backlogs_workforces_capex_and_rounds_at_a_valuation() {
    let c = claims_of(
        "Boeing's order backlog exceeds 6,100 jets, valued at more than $500 billion. \
         JPMorgan ended March with 318,477 employees. \
         Walmart employs about 2.1 million associates. \
         NextEra said it would spend roughly $1.7 billion to refuel and refurbish the plant. \
         Constellation has budgeted about $1.6 billion for the Crane restart. \
         Fireworks AI raised $250 million at a $4 billion valuation. \
         Upstage raised 140 billion won, valuing the company at about 1.2 trillion won.",
        &[
            ("Boeing", "boeing"),
            ("JPMorgan", "jpmorgan"),
            ("Walmart", "walmart"),
            ("NextEra", "nextera"),
            ("Constellation", "constellation-energy"),
            ("Fireworks AI", "fireworks-ai"),
            ("Upstage", "upstage"),
        ],
    );
    let got: Vec<(&str, &str)> = c.iter().map(|r| (r.1.as_str(), r.2.as_str())).collect();
    assert_eq!(
        got,
        [
            ("backlog", "6,100 jets"),
            ("backlog", "$500 billion"),
            ("headcount", "318,477 employees"),
            ("headcount", "2.1 million associates"),
            ("capital_expenditure", "$1.7 billion"),
            ("capital_expenditure", "$1.6 billion"),
            ("funding_round", "$250 million"),
            ("valuation", "$4 billion"),
            ("funding_round", "140 billion won"),
            ("valuation", "1.2 trillion won"),
        ],
        "{c:?}"
    );
}

/// Figures nobody owns (an exchange rate's gloss, a currency's or a
/// commodity's quote, a tier of customers), a name set before a figure in
/// a list, and a sentence comparing with the one before it.
#[test]
fn quotes_tiers_lists_and_comparisons() {
    let c = claims_of(
        "Shell reported adjusted earnings of $5.43 billion. \
         That compared with $4.26 billion in the second quarter. \
         That was well below the $4.61 billion average estimate of 23 analysts. \
         Brent crude averaged about $68 a barrel, while the euro held near $1.14. \
         Shell shares slid 7.8% as bitcoin fell below $70,000. \
         Shell earned 9 trillion won. ($1 = 1,386.2000 won) \
         Shell spent 2 billion yuan. ($1 = 7.1200 yuan; $1 = 7.7800 Hong Kong dollars; $1 = 5.5500 reais) \
         Braze said customers with ARR of $100,000 or more grew to 1,086. \
         SK Hynix held 62% of the HBM market, followed by Micron at 21% and Samsung at 17%. \
         Analysts expect Exxon to report earnings of $1.82 a share, and Chevron $1.69.",
        &[
            ("Shell", "shell"),
            ("Braze", "braze"),
            ("SK Hynix", "sk-hynix"),
            ("Micron", "micron"),
            ("Samsung", "samsung"),
            ("Exxon", "exxonmobil"),
            ("Chevron", "chevron"),
        ],
    );
    let got: Vec<(&str, &str, &str)> = c
        .iter()
        .map(|r| (r.0[0].as_str(), r.1.as_str(), r.2.as_str()))
        .collect();
    assert_eq!(
        got,
        [
            ("shell", "operating_income", "$5.43 billion"),
            ("shell", "operating_income", "$4.26 billion"),
            ("shell", "operating_income", "$4.61 billion"),
            ("shell", "stock_change", "7.8%"),
            ("shell", "operating_income", "9 trillion won"),
            ("shell", "spending", "2 billion yuan"),
            ("sk-hynix", "market_share", "62%"),
            ("micron", "market_share", "21%"),
            ("samsung", "market_share", "17%"),
            ("exxonmobil", "eps", "$1.82"),
            ("chevron", "eps", "$1.69"),
        ],
        "{c:?}"
    );
}

/// A sentence that values the deal just told names that deal's parties.
#[test]
fn a_deal_valued_after_it_is_told_is_the_deals() {
    let c = claims_of(
        "Amazon agreed to buy 1.92 gigawatts from Talen Energy. \
         Talen valued the deal, which runs through 2042, at about $18 billion.",
        &[
            ("Amazon", "amazon"),
            ("Talen Energy", "talen-energy"),
            ("Talen", "talen-energy"),
        ],
    );
    let last = c.last().expect("claims");
    assert_eq!(
        (last.0.as_slice(), last.1.as_str(), last.2.as_str()),
        (
            ["amazon".to_string(), "talen-energy".to_string()].as_slice(),
            "contract_value",
            "$18 billion"
        ),
        "{c:?}"
    );
}

/// A rate of making is capacity; a trigger inside an aside set off by
/// commas or dashes names no figure after the aside.
#[test]
fn rates_of_making_and_asides() {
    let c = claims_of(
        "Rheinmetall expects to produce 1.5 million artillery shells a year by 2027. \
         Boeing currently builds 42 of the narrowbodies a month. \
         Micron said its Boise site would have capacity of roughly 150,000 wafer starts per month by 2034. \
         Oracle said cloud revenue, which is infrastructure plus applications, was $8 billion. \
         SAP said its cloud backlog — the best gauge of future subscription sales — rose to €20.4 billion.",
        &[
            ("Rheinmetall", "rheinmetall"),
            ("Boeing", "boeing"),
            ("Micron", "micron"),
            ("Oracle", "oracle"),
            ("SAP", "sap"),
        ],
    );
    let got: Vec<(&str, &str)> = c.iter().map(|r| (r.1.as_str(), r.2.as_str())).collect();
    assert_eq!(
        got,
        [
            ("capacity", "1.5 million artillery shells"),
            ("capacity", "42 of the narrowbodies"),
            ("capacity", "150,000 wafer starts"),
            ("revenue", "$8 billion"),
            ("backlog", "€20.4 billion"),
        ],
        "{c:?}"
    );
}

/// A price paid for what was bought, and an auction's take, are no round
/// of funding; a round is.
#[test]
fn prices_paid_and_auctions_are_no_rounds() {
    let c = claims_of(
        "Virgin Media O2 secured 800 MHz in each band for £99 million. \
         BT said that was below the £1.36 billion raised in the 2021 auction. \
         Anthropic raised $13 billion in a Series F round.",
        &[
            ("Virgin Media O2", "virgin-media-o2"),
            ("BT", "bt-group"),
            ("Anthropic", "anthropic"),
        ],
    );
    let got: Vec<(&str, &str)> = c.iter().map(|r| (r.1.as_str(), r.2.as_str())).collect();
    assert_eq!(
        got,
        [
            ("other", "£99 million"),
            ("other", "£1.36 billion"),
            ("funding_round", "$13 billion"),
        ],
        "{c:?}"
    );
}

/// A change set right after a result's sum is that result's growth, though
/// the sentence opens with a share move.
#[test]
fn a_change_after_a_sum_is_its_growth() {
    let c = claims_of(
        "BHP shares fell 1.1% after the miner reported profit of $5.08 billion for the \
         six months to December 31, down 23% from a year earlier.",
        &[("BHP", "bhp")],
    );
    let got: Vec<(&str, &str)> = c.iter().map(|r| (r.1.as_str(), r.2.as_str())).collect();
    assert_eq!(
        got,
        [
            ("stock_change", "1.1%"),
            // A profit told bare is the bottom line, not operating income.
            ("other", "$5.08 billion"),
            ("growth_rate", "23%"),
        ],
        "{c:?}"
    );
    // A share price's change stays the shares'.
    let c = claims_of(
        "AMD shares closed at a record $185.20 on Friday, up 31% since April.",
        &[("AMD", "amd")],
    );
    assert_eq!(
        c.last().map(|r| r.1.as_str()),
        Some("stock_change"),
        "{c:?}"
    );
    // A profit named for the operations is operating income.
    let c = claims_of(
        "LVMH's profit from recurring operations fell 11% to €8.9bn over the half.",
        &[("LVMH", "lvmh")],
    );
    assert_eq!(
        c.last().map(|r| r.1.as_str()),
        Some("operating_income"),
        "{c:?}"
    );
    let c = claims_of("HSBC profits slip to $17.9bn.", &[("HSBC", "hsbc")]);
    assert_eq!(c.last().map(|r| r.1.as_str()), Some("other"), "{c:?}");
}

/// A unit glossed as the topic's own ("Alibaba Cloud, its cloud
/// computing unit, ...") leaves the text about its parent: the next
/// sentence's unnamed figures are the parent's.
#[test]
fn a_unit_glossed_as_its_parents_keeps_the_parent_the_topic() {
    let a = analysis_on(
        jiff::civil::date(2025, 11, 25),
        "Alibaba reported quarterly results on Tuesday. Alibaba Cloud, its cloud computing unit, \
         grew revenue 34% to 39.8 billion yuan. Capital expenditure jumped 80% to 31.5 billion yuan.",
    );
    let capex = a
        .claims
        .iter()
        .find(|c| c.predicate == "capital_expenditure")
        .expect("a capex claim");
    assert_eq!(capex.subjects, ["alibaba"], "{:?}", a.claims);
    let cloud = a
        .claims
        .iter()
        .find(|c| c.predicate == "revenue")
        .expect("revenue");
    assert_eq!(cloud.subjects, ["alibaba-cloud"], "{:?}", a.claims);
}

/// Rates of interest, yields and inflation are no company's figure, and
/// money borrowed is no round of funding.
#[test]
fn rates_are_nobodys_and_debt_is_no_round() {
    let rows = claims_of(
        "Acme raised $2 billion in the bond market, selling $750 million of 30-year notes \
         yielding 7.1%. Brazil's central bank held its benchmark Selic rate at 15%, while \
         inflation slowed to 4.5%. Acme raised $300 million in a Series C round.",
        &[("Acme", "acme")],
    );
    let got: Vec<(&str, &str)> = rows.iter().map(|r| (r.2.as_str(), r.1.as_str())).collect();
    assert_eq!(
        got,
        vec![
            ("$2 billion", "other"),
            ("$750 million", "other"),
            ("$300 million", "funding_round")
        ]
    );
}

/// A maker named for its model ("Boeing 737-800s") is implied, as a
/// chip's vendor is: it takes no topic from the company the text is about.
#[test]
fn a_maker_named_for_its_model_takes_no_topic() {
    let rows = claims_of(
        "Qantas reported a profit of A$1.48 billion. The A321XLRs will replace Boeing \
         737-800s on domestic routes. The board declared a dividend of 19.8 cents a share.",
        &[("Qantas", "qantas"), ("Boeing", "boeing")],
    );
    assert!(rows.iter().all(|r| r.0 == ["qantas"]), "{rows:?}");
    assert_eq!(rows.len(), 2, "{rows:?}");
}

/// A workforce held after cuts is its size; an executive's pay is no
/// valuation.
#[test]
fn a_workforce_held_is_headcount_and_pay_is_other() {
    let rows = claims_of(
        "Acme will cut 200 jobs. After the cuts, the company will have roughly 1,300 \
         employees. Acme's chief executive, whose pay package could be worth up to $1 \
         billion, spoke.",
        &[("Acme", "acme")],
    );
    let got: Vec<(&str, &str)> = rows.iter().map(|r| (r.2.as_str(), r.1.as_str())).collect();
    assert_eq!(
        got,
        vec![
            ("200 jobs", "job_cuts"),
            ("1,300 employees", "headcount"),
            ("$1 billion", "other")
        ]
    );
}

/// A figure that labels its line in a digest, glossed by words that name
/// no company (a source aside), is nobody's.
#[test]
fn a_digest_statistic_is_nobodys() {
    let rows = claims_of(
        "Acme raised $50 million in a Series B round.\n\n\
         • $21.7B: total AI startup funding announced this week, according to Crunchbase\n\
         • 38%: share of all global venture dollars that went to AI in April\n\
         • $500M: Acme's new credit line",
        &[("Acme", "acme"), ("Crunchbase", "crunchbase")],
    );
    let got: Vec<&str> = rows.iter().map(|r| r.2.as_str()).collect();
    assert_eq!(got, vec!["$50 million", "$500M"], "{rows:?}");
}

/// A class of companies that a preposition of exchange governs is a
/// counterpart ("to other automakers"), and the figure stays the topic's;
/// a class that spends ("by hyperscalers") owns its figure.
#[test]
fn a_class_governed_by_exchange_is_no_actor() {
    let rows = claims_of(
        "Tesla reported revenue of $28 billion. Revenue from selling regulatory credits to \
         other automakers dropped 44% to $417 million. Spending by hyperscalers will reach \
         $400 billion.",
        &[("Tesla", "tesla")],
    );
    let got: Vec<&str> = rows.iter().map(|r| r.2.as_str()).collect();
    assert_eq!(got, vec!["$28 billion", "44%", "$417 million"], "{rows:?}");
}

/// Gross profit is no operating income, research and overheads are no
/// capital spending, and money returned to owners is `other`.
#[test]
fn gross_profit_research_and_returns_have_their_predicates() {
    let rows = claims_of(
        "Acme's gross profit was $2.6 billion. Over the year Acme invested $3.9 billion in \
         R&D and SG&A, invested $4.5 billion in capital expenditures and returned $5.2 \
         billion to owners. Its fuel bill fell to $1.1 billion.",
        &[("Acme", "acme")],
    );
    let got: Vec<(&str, &str)> = rows.iter().map(|r| (r.2.as_str(), r.1.as_str())).collect();
    assert_eq!(
        got,
        vec![
            ("$2.6 billion", "other"),
            ("$3.9 billion", "spending"),
            ("$4.5 billion", "capital_expenditure"),
            ("$5.2 billion", "other"),
            ("$1.1 billion", "spending")
        ]
    );
}

/// A row set in columns takes the period its column's header gives.
#[test]
fn table_rows_take_their_columns_periods() {
    let text = "Acme reported results on Tuesday.\n\n\
                (In millions, except per share data)\n\n\
                \x20                             1Q26        1Q25\n\
                Revenue                     $ 4,462     $ 4,069\n\
                Operating profit            $ 1,581     $ 1,338\n";
    let (mentions, claims) = analysed(text, &[("Acme", "acme")], "2026-04-21");
    let got: Vec<(&str, Option<&str>)> = claims
        .iter()
        .map(|c| {
            (
                mentions[c.object].text.as_str(),
                c.period.map(|p| mentions[p].text.as_str()),
            )
        })
        .collect();
    assert_eq!(
        got,
        vec![
            ("$ 4,462", Some("1Q26")),
            ("$ 4,069", Some("1Q25")),
            ("$ 1,581", Some("1Q26")),
            ("$ 1,338", Some("1Q25"))
        ]
    );
}

/// A central bank and a country's economy are nobody's; a contract
/// chipmaker's "contract" names no contract.
#[test]
fn central_banks_and_contract_makers_name_no_company_figure() {
    let rows = claims_of(
        "TSMC reported revenue of NT$401 billion. January sales were 19.8% higher than \
         December's NT$335.0 billion, the contract chipmaker said. The central bank expects \
         the economy to grow 3.7% this year.",
        &[("TSMC", "tsmc")],
    );
    let got: Vec<(&str, &str)> = rows.iter().map(|r| (r.2.as_str(), r.1.as_str())).collect();
    assert!(!got.iter().any(|(f, _)| *f == "3.7%"), "{got:?}");
    assert!(got.contains(&("NT$335.0 billion", "revenue")), "{got:?}");
}

/// A central bank named by its own name is a public body.
#[test]
fn central_banks_by_name_are_public_bodies() {
    let rows = claims_of(
        "Cemex priced bonds worth $1 billion. The ECB expects growth of 1.2% this year.",
        &[("Cemex", "cemex")],
    );
    let got: Vec<&str> = rows.iter().map(|r| r.2.as_str()).collect();
    assert_eq!(got, vec!["$1 billion"], "{rows:?}");
}

/// A sentence that names the figure before by its noun ("The plan"), or
/// a part "of the total", measures what that figure did.
#[test]
fn the_plan_and_its_parts_measure_what_it_did() {
    let rows = claims_of(
        "Petrobras plans to invest $109 billion between 2026 and 2030. The plan, equivalent \
         to about 580 billion reais, compares with $111 billion in the previous plan. \
         Exploration and production will take $78 billion of the total.",
        &[("Petrobras", "petrobras")],
    );
    assert!(
        rows.iter().all(|r| r.1 == "capital_expenditure"),
        "{rows:?}"
    );
    assert_eq!(rows.len(), 4, "{rows:?}");
}

/// Proceeds of a stake sold are no round of funding, and the seller's.
#[test]
fn proceeds_of_a_stake_sold_are_the_sellers() {
    let rows = claims_of(
        "FEMSA said it had sold about 5% of bottler Coca-Cola FEMSA in a block trade, \
         raising about 20.4 billion pesos. BP raised $1 billion by selling its stake in \
         Rosneft. Acme raised $300 million in a Series B round.",
        &[
            ("FEMSA", "femsa"),
            ("Coca-Cola FEMSA", "coca-cola-femsa"),
            ("BP", "bp"),
            ("Rosneft", "rosneft"),
            ("Acme", "acme"),
        ],
    );
    let got: Vec<(&str, &str, &str)> = rows
        .iter()
        .filter(|r| r.2 != "5%")
        .map(|r| (r.0[0].as_str(), r.1.as_str(), r.2.as_str()))
        .collect();
    assert_eq!(
        got,
        vec![
            ("femsa", "other", "20.4 billion pesos"),
            ("bp", "other", "$1 billion"),
            ("acme", "funding_round", "$300 million")
        ]
    );
}

/// A valuation multiple is no measure of a company's; a factor of
/// growth is.
#[test]
fn valuation_multiples_are_no_claims() {
    let rows = claims_of(
        "Acme shares rose 3%. At ~24x our CY27 EPS estimate, the stock trades at a discount \
         to its five-year average of ~29x. Acme's revenue tripled.",
        &[("Acme", "acme")],
    );
    let got: Vec<&str> = rows.iter().map(|r| r.2.as_str()).collect();
    assert_eq!(got, vec!["3%", "tripled"], "{rows:?}");
}

/// A balance counted "as of" a day has that day as its period; a day
/// told otherwise is no period of a figure that is no share move.
#[test]
fn a_balance_as_of_a_day_is_of_that_day() {
    let a = analysis_on(
        jiff::civil::date(2026, 4, 15),
        "Oracle had 690 employees as of Dec. 31, 2025. \
         Oracle had a backlog of $2.3 billion as at January 31, 2026. \
         Oracle said on April 2, 2026 that revenue rose to $5 billion.",
    );
    assert_eq!(
        figures_and_periods(&a),
        [
            ("690 employees", Some("Dec. 31, 2025")),
            ("$2.3 billion", Some("January 31, 2026")),
            ("$5 billion", None),
        ]
    );
}

/// Shares bought are an investment in their company; a share's price in
/// an offering is a price, no round; capacity bought stays a contract.
#[test]
fn shares_bought_are_an_investment_and_a_shares_price_no_round() {
    let cos = &[
        ("Nvidia", "nvidia"),
        ("Intel", "intel"),
        ("Cerebras", "cerebras"),
        ("G42", "g42"),
        ("Amazon", "amazon"),
        ("OpenAI", "openai"),
    ];
    let c = claims_of("Nvidia bought $5 billion of Intel stock.", cos);
    assert_eq!(
        (c[0].0.as_slice(), c[0].1.as_str()),
        (v(&["nvidia"]).as_slice(), "investment"),
        "{c:?}"
    );
    let c = claims_of(
        "Cerebras sold shares. G42, its biggest customer, bought $350 million of stock in the offering.",
        cos,
    );
    assert_eq!(
        (c[0].0.as_slice(), c[0].1.as_str()),
        (v(&["g42"]).as_slice(), "investment"),
        "{c:?}"
    );
    let c = claims_of(
        "Amazon agreed to buy $38 billion of computing capacity from OpenAI.",
        cos,
    );
    assert_eq!(c[0].1, "contract_value", "{c:?}");
    // A company's own new shares sold are capital raised; another's, a
    // stake sold. Shares named after a sale are their company's.
    let c = claims_of(
        "Intel will sell about $4 billion of new shares. \
         Amazon sold $5.8 billion of Nvidia shares. \
         G42 bought $1 billion of OpenAI stock.",
        cos,
    );
    let got: Vec<(&str, &str, Option<&str>)> = c
        .iter()
        .map(|r| (r.0[0].as_str(), r.1.as_str(), r.3.as_deref()))
        .collect();
    assert_eq!(
        got,
        [
            ("intel", "funding_round", None),
            ("amazon", "other", None),
            ("g42", "investment", Some("openai")),
        ],
        "{c:?}"
    );
    let c = claims_of(
        "Cerebras raised $2.18 billion in its initial public offering after pricing its shares at $34 each, above a marketed range of $28 to $31.",
        cos,
    );
    let got: Vec<(&str, &str)> = c.iter().map(|r| (r.1.as_str(), r.2.as_str())).collect();
    assert_eq!(
        got,
        [
            ("funding_round", "$2.18 billion"),
            ("other", "$34"),
            ("other", "$28 to $31"),
        ],
        "{c:?}"
    );
}

/// The other side named after "with" is the figure's only within its
/// clause: past a break, "with" belongs to another deal.
#[test]
fn with_past_a_clause_break_names_no_counterparty() {
    let cos = &[("Micron", "micron"), ("AMD", "amd"), ("OpenAI", "openai")];
    let c = claims_of(
        "Micron said it will invest about $60 billion to build two fabs, a commitment that comes paired with a supply agreement with AMD.",
        cos,
    );
    assert_eq!(
        (c[0].1.as_str(), c[0].3.as_deref()),
        ("capital_expenditure", None),
        "{c:?}"
    );
    let c = claims_of("Micron signed a $9 billion supply agreement with AMD.", cos);
    assert_eq!(c[0].3.as_deref(), Some("amd"), "{c:?}");
}

/// Public money given to a company (a grant, an award under a subsidy
/// law, incentives, tax credits) is `other`: no round, contract or worth.
#[test]
fn public_money_given_is_other() {
    let cos = &[
        ("Micron", "micron"),
        ("Samsung", "samsung"),
        ("SK Hynix", "sk-hynix"),
    ];
    for text in [
        "The Commerce Department agreed to award Micron up to $1.8 billion in direct funding under the CHIPS Act.",
        "Samsung said it will build a fab in Texas, and was awarded up to $4.745 billion in CHIPS funding.",
        "SK Hynix is building a plant in Indiana, backed by a CHIPS award of up to $458 million.",
        "Idaho lawmakers separately approved state incentives for Micron valued at up to $450 million.",
    ] {
        let c = claims_of(text, cos);
        assert!(!c.is_empty() && c.iter().all(|r| r.1 == "other"), "{text}: {c:?}");
    }
}

/// Capacity under an agreement or a lease "with" another company, named
/// before its figure, is both parties', in plain text or bold.
#[test]
fn capacity_under_an_agreement_with_names_both() {
    let cos = &[
        ("Amazon", "amazon"),
        ("Dominion Energy", "dominion"),
        ("Applied Digital", "applied-digital"),
        ("CoreWeave", "coreweave"),
    ];
    for (text, other) in [
        ("Amazon signed a 15-year agreement with Dominion Energy for 1.2 GW of power.", "dominion"),
        (
            "**Applied Digital** signed a 15-year lease with **CoreWeave** for **250 MW** of critical IT load.",
            "coreweave",
        ),
    ] {
        let c = claims_of(text, cos);
        assert_eq!(c.len(), 1, "{text}: {c:?}");
        assert_eq!((c[0].1.as_str(), c[0].3.as_deref()), ("capacity", Some(other)), "{text}: {c:?}");
        assert_eq!(c[0].0.len(), 2, "{text}: {c:?}");
    }
}

/// A rate of earning told without the word "revenue" is revenue; a rate
/// of spending that names its measure stays that measure.
#[test]
fn a_rate_of_earning_is_revenue() {
    let cos = &[
        ("Anthropic", "anthropic"),
        ("OpenAI", "openai"),
        ("Amazon", "amazon"),
    ];
    let c = claims_of(
        "Anthropic's coding agent is now running at more than **$1.5 billion** a year on its own. \
         Rival **OpenAI** was last said to be at an annualized **$20 billion**. \
         Amazon's capital spending is running at $100 billion a year.",
        cos,
    );
    let got: Vec<&str> = c.iter().map(|r| r.1.as_str()).collect();
    assert_eq!(got, ["revenue", "revenue", "capital_expenditure"], "{c:?}");
}

/// An industry's tally of deals is nobody's; a broker's value of a share
/// is a price, no EPS.
#[test]
fn tallies_of_deals_and_values_a_share() {
    let cos = &[("Tenable", "tenable")];
    for text in [
        "Tenable reported results. Security software M&A has totalled more than $70 billion so far this year.",
        "Tenable reported results. Companies announced deals totaling more than $120 billion.",
    ] {
        let c = claims_of(text, cos);
        assert!(c.is_empty(), "{text}: {c:?}");
    }
    let c = claims_of(
        "Tenable reported results. Our target is a blend of our standalone value of $44 per share and a takeout value of $55 to $60 per share.",
        cos,
    );
    assert!(!c.is_empty() && c.iter().all(|r| r.1 == "other"), "{c:?}");
}

/// Rights sold are a contract, no acquisition; a round of matches is no
/// round of funding.
#[test]
fn rights_sold_and_rounds_of_matches() {
    let cos = &[
        ("LaLiga", "laliga"),
        ("Telefónica", "telefonica"),
        ("DAZN", "dazn"),
    ];
    let c = claims_of(
        "LaLiga has sold its domestic broadcast rights to Telefónica and DAZN for a combined €5.25 billion.",
        cos,
    );
    assert_eq!(c[0].1, "contract_value", "{c:?}");
    let c = claims_of(
        "LaLiga sold rights. DAZN will pay around €430 million a season for the remaining two matches in each round.",
        cos,
    );
    assert!(c.iter().all(|r| r.1 != "funding_round"), "{c:?}");
}

/// A data provider's named estimate ("LSEG SmartEstimate") is a source
/// and a forecast of the company's figure; what tariffs cost a company is
/// a cost, no spending.
#[test]
fn smart_estimates_and_tariff_costs() {
    let cos = &[("Hyundai", "hyundai"), ("LSEG", "lseg")];
    let c = claims_of(
        "Hyundai reported results.\n\n* Q2 operating profit 2.93 trln won vs LSEG SmartEstimate 3.12 trln won\n* Tariffs cost about 820 bln won in Q2",
        cos,
    );
    let got: Vec<(&str, &str, &str, Modality)> = c
        .iter()
        .map(|r| (r.0[0].as_str(), r.1.as_str(), r.2.as_str(), r.4))
        .collect();
    assert_eq!(
        got,
        [
            (
                "hyundai",
                "operating_income",
                "2.93 trln won",
                Modality::Reported
            ),
            (
                "hyundai",
                "operating_income",
                "3.12 trln won",
                Modality::Forecast
            ),
            ("hyundai", "other", "820 bln won", Modality::Reported),
        ],
        "{c:?}"
    );
}

/// A possessive owns the worth it names, whatever governs it.
#[test]
fn a_possessive_owns_its_worth() {
    let cos = &[("BYD", "byd"), ("Tesla", "tesla")];
    let c = claims_of(
        "BYD is now valued at about HK$900 billion, compared with Tesla's market capitalisation of about $1.4 trillion.",
        cos,
    );
    let got: Vec<(&str, &str)> = c.iter().map(|r| (r.0[0].as_str(), r.1.as_str())).collect();
    assert_eq!(got, [("byd", "valuation"), ("tesla", "valuation")], "{c:?}");
}

/// "Investing" is an investment's word (capital spending on a site of its
/// own); a multiple told in a word and of no measure is no claim.
#[test]
fn investing_in_a_site_and_a_bare_word_multiple() {
    let cos = &[
        ("Boeing", "boeing"),
        ("SoftBank", "softbank"),
        ("Intel", "intel"),
    ];
    let c = claims_of(
        "She said Boeing was investing about $1 billion to double the size of the South Carolina site. \
         SoftBank is investing $2 billion in Intel.",
        cos,
    );
    let got: Vec<(&str, &str, &str)> = c
        .iter()
        .map(|r| (r.0[0].as_str(), r.1.as_str(), r.2.as_str()))
        .collect();
    assert_eq!(
        got,
        [
            ("boeing", "capital_expenditure", "$1 billion"),
            ("softbank", "investment", "$2 billion"),
        ],
        "{c:?}"
    );
}

/// A sum a measure moved by, or that was taken off it, is no level of
/// that measure.
#[test]
fn sums_taken_off_a_measure_are_other() {
    let cos = &[("GSK", "gsk")];
    for text in [
        "GSK said turnover rose 4%, with the stronger pound shaving about £320 million off reported sales.",
        "GSK said tariffs cut operating profit by £50 million.",
    ] {
        let c = claims_of(text, cos);
        let money: Vec<&str> = c.iter().filter(|r| r.2.contains('£')).map(|r| r.1.as_str()).collect();
        assert_eq!(money, ["other"], "{text}: {c:?}");
    }
}

/// A company's aim in the past tense is a plan. ("Seen at" is not read:
/// a wire's bullet writes the company's outlook so, a preview the
/// analysts' consensus.)
#[test]
fn aimed_is_a_plan() {
    let cos = &[("Hyundai", "hyundai")];
    for text in [
        "Hyundai said it still aimed to sell 4.17 million vehicles this year.",
        "Hyundai said it aimed at sales of 4.2 million vehicles this year.",
    ] {
        let c = claims_of(text, cos);
        assert_eq!(
            c.last().map(|r| r.4),
            Some(Modality::Planned),
            "{text}: {c:?}"
        );
    }
}

/// "That" comparing, in a sentence that names no one, is the figure just
/// told: its subjects, not the last name read.
#[test]
fn that_comparing_is_the_figure_just_told() {
    let cos = &[("Cohere", "cohere"), ("Nvidia", "nvidia")];
    let c = claims_of(
        "Cohere raised $600 million, valuing the company at $7.2 billion. Nvidia also took part.\n\n- That is up from a $6.8 billion valuation in its August 2025 round.",
        cos,
    );
    let last = c.last().expect("a claim");
    assert_eq!(
        (last.0.as_slice(), last.1.as_str()),
        (v(&["cohere"]).as_slice(), "valuation"),
        "{c:?}"
    );
}

#[test]
fn a_sum_paid_for_a_company_or_by_the_season() {
    let cos = &[
        ("Microsoft", "microsoft"),
        ("Activision Blizzard", "activision-blizzard"),
        ("Chevron", "chevron"),
        ("Hess", "hess"),
        ("Amazon", "amazon"),
        ("Meta", "meta"),
    ];
    let c = claims_of(
        "Microsoft will pay $69 billion for Activision Blizzard. Chevron paid about $53 billion in stock for rival Hess.",
        cos,
    );
    assert_eq!(c.len(), 2, "{c:?}");
    assert_eq!(c[0].0, v(&["microsoft", "activision-blizzard"]), "{c:?}");
    assert_eq!(c[0].1, "acquisition", "{c:?}");
    assert_eq!(c[1].0, v(&["chevron", "hess"]), "{c:?}");
    assert_eq!(c[1].1, "acquisition", "{c:?}");
    // A price paid by the season or year buys rights: a contract.
    let c = claims_of(
        "Amazon will pay about €620 million a season for eight of the ten matches.",
        cos,
    );
    assert_eq!(
        (c[0].1.as_str(), c[0].2.as_str()),
        ("contract_value", "€620 million"),
        "{c:?}"
    );
    // Not a stake, nor a payment of no price.
    let c = claims_of(
        "Chevron paid $5 billion for a stake in Hess. Meta will pay a $5 billion fine to settle the charges.",
        cos,
    );
    assert_eq!(c[0].1, "investment", "{c:?}");
    assert_eq!(c[1].1, "other", "{c:?}");
}

#[test]
fn the_subjects_own_unit_is_no_counterparty() {
    let a = analysis_on(
        jiff::civil::date(2026, 2, 3),
        "Telefónica, through its Movistar Plus+ pay-TV platform, will pay about €620 million a season for the matches.",
    );
    assert_eq!(a.claims.len(), 1, "{:?}", a.claims);
    assert_eq!(a.claims[0].subjects, v(&["telefonica"]));
    assert_eq!(a.claims[0].predicate, "contract_value");
    assert_eq!(a.claims[0].counterparty, None);
}

#[test]
fn a_ranked_descriptor_and_a_bracketed_gloss() {
    let cos = &[("Maersk", "maersk")];
    // "The world's second-biggest container line, seen as ...": the
    // company the text is about; "(EBIT)" is no word between the plan
    // and its figure.
    let c = claims_of(
        "Maersk raised its forecast. The world's second-biggest container line, seen as a barometer for trade, now expects underlying earnings before interest and tax (EBIT) of $4.5 billion to $6.0 billion this year.",
        cos,
    );
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].0, v(&["maersk"]), "{c:?}");
    assert_eq!(c[0].1, "operating_income", "{c:?}");
    assert_eq!(c[0].4, Modality::Planned, "{c:?}");
    // A name before the comma is no descriptor: "The Biel-based Swatch
    // Group, owner of Omega" is Swatch's own sentence (no topic here).
    let c = claims_of(
        "Maersk raised its forecast. The Biel-based Swatch Group, owner of Omega, reported sales of CHF 3.05bn.",
        &[("Maersk", "maersk"), ("Swatch Group", "swatch")],
    );
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].0, v(&["swatch"]), "{c:?}");
}

#[test]
fn an_earlier_range_is_the_old_plan() {
    let a = analysis_on(
        jiff::civil::date(2026, 8, 6),
        "Maersk now expects EBIT of $4.5 billion to $6.0 billion this year, up from a previous range of $3.0 billion to $5.0 billion.",
    );
    assert_eq!(a.claims.len(), 2, "{:?}", a.claims);
    assert_eq!(a.claims[1].modality, Modality::Planned);
    assert_eq!(a.claims[1].predicate, "operating_income");
    assert_eq!(
        figures_and_periods(&a),
        vec![
            ("$4.5 billion to $6.0 billion", Some("this year")),
            ("$3.0 billion to $5.0 billion", Some("this year")),
        ]
    );
}

#[test]
fn goods_ordered_from_a_supplier() {
    let cos = &[
        ("Maersk", "maersk"),
        ("Hanwha Ocean", "hanwha-ocean"),
        ("Anthropic", "anthropic"),
    ];
    // An order's price is a contract with the supplier; in a bullet that
    // opens with the verb, the company the text is about orders.
    let c = claims_of(
        "Maersk raised its forecast.\n* Orders ten dual-fuel ships from Hanwha Ocean for about $2.2 bln\n* Buys $500 mln stake in Anthropic",
        cos,
    );
    let money: Vec<_> = c.iter().filter(|r| r.2.starts_with('$')).collect();
    assert_eq!(money.len(), 2, "{c:?}");
    assert_eq!(money[0].0, v(&["maersk", "hanwha-ocean"]), "{c:?}");
    assert_eq!(money[0].1, "contract_value", "{c:?}");
    // A stake bought is an investment, the verb right before the sum.
    assert_eq!(money[1].1, "investment", "{c:?}");
    assert_eq!(money[1].3.as_deref(), Some("anthropic"), "{c:?}");
}

#[test]
fn a_class_noun_in_an_aside_does_not_act() {
    let c = claims_of(
        "Maersk, which employs about 100,000 people in 130 countries, will cut around 1,500 office jobs by the end of 2027.",
        &[("Maersk", "maersk")],
    );
    assert!(
        c.iter()
            .any(|r| r.1 == "job_cuts" && r.2 == "1,500 office jobs"),
        "{c:?}"
    );
}

#[test]
fn a_takeovers_price_is_told_as_a_deals_worth_unless_asked() {
    let text = "Oracle agreed to buy Cerner for $28.3 billion.";
    let predicates = |acquisitions: bool| -> Vec<String> {
        crate::Extractor::builder()
            .reference_date(jiff::civil::date(2026, 2, 9))
            .acquisition_predicate(acquisitions)
            .build()
            .expect("extractor")
            .analyze(text)
            .expect("analysis")
            .claims
            .into_iter()
            .map(|c| c.predicate)
            .collect()
    };
    assert_eq!(predicates(false), vec!["contract_value"]);
    assert_eq!(predicates(true), vec!["acquisition"]);
}

#[test]
fn a_wire_brief_in_capitals() {
    let c = claims_of(
        "Orlen SA:\n* Q3 NET PROFIT 3.12 BILLION ZLOTYS VERSUS 2.46 BILLION ZLOTYS IN A REUTERS POLL\n* TOTAL PROJECT COST ESTIMATED AT 4.9 BILLION ZLOTYS",
        &[("Orlen", "orlen"), ("REUTERS", "reuters")],
    );
    assert_eq!(c.len(), 3, "{c:?}");
    assert!(c.iter().all(|r| r.0 == v(&["orlen"])), "{c:?}");
    assert_eq!(c[2].1, "capital_expenditure", "{c:?}");
}

#[test]
fn a_lender_named_for_a_city_and_a_broker_beating_estimates() {
    let cos = &[
        ("Bank of Montreal", "bmo"),
        ("BMO", "bmo"),
        ("Wintrust", "wintrust"),
    ];
    // "Bank of Montreal" is no central bank, and "its" after a deal's
    // figure is no object of the deal.
    let c = claims_of(
        "Bank of Montreal reported a profit as its arm grew, and agreed to buy Wintrust for US$9.2 billion to deepen its footprint.",
        cos,
    );
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].0, v(&["bmo", "wintrust"]), "{c:?}");
    // A bank that is also a broker beating estimates is the headline's
    // company, which its bullets are about.
    let c = claims_of(
        "BMO beats profit estimates, agrees to buy Wintrust for US$9.2 bln\n\n* Adjusted EPS C$3.52 vs estimate of C$3.31",
        cos,
    );
    assert!(c[1..].iter().all(|r| r.0 == v(&["bmo"])), "{c:?}");
}

#[test]
fn holdings_rounds_and_output_rates() {
    let cos = &[
        ("Mubadala", "mubadala"),
        ("GlobalFoundries", "globalfoundries"),
        ("MGX", "mgx"),
        ("xAI", "xai"),
        ("PIF", "pif"),
        ("Aramco", "saudi-aramco"),
        ("Piper Sandler", "piper-sandler"),
        ("Snowflake", "snowflake"),
    ];
    let c = claims_of(
        "Mubadala sold part of its GlobalFoundries holding for about $950 million this week.",
        cos,
    );
    assert_eq!(c[0].0, v(&["mubadala"]), "{c:?}");
    // ("its Snowflake target" is a broker's word on Snowflake.)
    let c = claims_of(
        "Piper Sandler trimmed its Snowflake target by $15 to $240 but said product revenue growth should hold at about 26% in fiscal 2027.",
        cos,
    );
    let growth = c.iter().find(|r| r.2 == "26%").expect("growth");
    assert_eq!(growth.0, v(&["snowflake"]), "{c:?}");
    let c = claims_of(
        "MGX put $2 billion into xAI's latest funding round. PIF paid about $1.3 billion for the additional shares, according to the filing.",
        cos,
    );
    assert_eq!(
        (c[0].1.as_str(), c[0].3.as_deref()),
        ("investment", Some("xai")),
        "{c:?}"
    );
    assert_eq!(c[1].1, "investment", "{c:?}");
    let c = claims_of(
        "Aramco's total hydrocarbon production averaged 12.7 million barrels of oil equivalent per day in the second quarter.",
        cos,
    );
    assert_eq!(c[0].1, "capacity", "{c:?}");
}

#[test]
fn a_deal_a_party_values_is_its_worth_unless_a_stake() {
    let cos = &[
        ("Oracle", "oracle"),
        ("Sixth Street", "sixth-street"),
        ("Sevilla", "sevilla"),
    ];
    let c = claims_of(
        "Oracle will host the first gigawatt under a seven-year contract that Oracle values at about $42 billion.",
        cos,
    );
    assert_eq!(c[0].1, "contract_value", "{c:?}");
    let c = claims_of(
        "Sixth Street agreed to buy a 70% stake in Sevilla for about €210 million, in a deal that values the club at around €450 million.",
        cos,
    );
    let worth = c.iter().find(|r| r.2.contains("450")).expect("worth");
    assert_eq!(worth.1, "valuation", "{c:?}");
}

#[test]
fn a_press_releases_income_from_operations() {
    let c = claims_of(
        "MongoDB reported results. GAAP loss from operations was $41.2 million. Non-GAAP income from operations was $98.6 million, compared to non-GAAP income from operations of $71.3 million a year earlier. MongoDB generated $128.4 million of cash from operations.",
        &[("MongoDB", "mongodb")],
    );
    let preds: Vec<&str> = c.iter().map(|r| r.1.as_str()).collect();
    assert_eq!(
        preds,
        [
            "operating_income",
            "operating_income",
            "operating_income",
            "other"
        ],
        "{c:?}"
    );
}

#[test]
fn a_margin_over_an_estimate_is_no_level() {
    let c = claims_of(
        "Visa: Q4 Non-GAAP EPS of $3.12 beats by $0.15. Revenue of $10.92B (+11.6% Y/Y) beats by $190M. Visa raised its fee by $1.",
        &[("Visa", "visa")],
    );
    let by = |t: &str| c.iter().find(|r| r.2 == t).map(|r| r.1.clone());
    assert_eq!(by("$3.12").as_deref(), Some("eps"), "{c:?}");
    assert_eq!(by("$0.15").as_deref(), Some("other"), "{c:?}");
    assert_eq!(by("$10.92B").as_deref(), Some("revenue"), "{c:?}");
    assert_eq!(by("$190M").as_deref(), Some("other"), "{c:?}");
}

#[test]
fn in_the_half_is_the_half_just_reported() {
    let c = analysed(
        "LVMH reported first-half results on Tuesday. Net profit came to €5.4bn in the half, up from €5.1bn a year earlier.",
        &[("LVMH", "lvmh")],
        "2026-07-29",
    );
    let (mentions, claims) = c;
    let periods: Vec<Option<&str>> = claims
        .iter()
        .map(|c| c.period.map(|p| mentions[p].text.as_str()))
        .collect();
    assert_eq!(
        periods.first().copied().flatten(),
        Some("first-half"),
        "{claims:?}"
    );
}

/// A company a figure excludes is not its subject.
#[test]
fn a_company_excluded_is_no_subject() {
    let cos = &[("Vodafone", "vodafone"), ("VodafoneThree", "vodafonethree")];
    let c = claims_of(
        "Vodafone reported results. Capex for FY27 is guided at about €7.6bn excluding VodafoneThree.",
        cos,
    );
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].0, ["vodafone"], "{c:?}");
}

/// "Made up" a share of a whole is no rise; "picked up" one is.
#[test]
fn made_up_is_a_share_not_a_rise() {
    let cos = &[("ASML", "asml")];
    let c = claims_of(
        "ASML reported results. Taiwan made up 31% of system sales in the quarter.",
        cos,
    );
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].1, "other", "{c:?}");
    let c = claims_of("ASML shares picked up 3% on Tuesday.", cos);
    assert_eq!(c[0].1, "stock_change", "{c:?}");
}

/// A ranking's "followed by X with N%" gives X the figure; a verb's "with"
/// ("supply Microsoft with 10,000 GPUs") does not.
#[test]
fn a_rankings_with_owns_the_figure() {
    let cos = &[
        ("SK Hynix", "sk-hynix"),
        ("Samsung", "samsung"),
        ("Nebius", "nebius"),
        ("Microsoft", "microsoft"),
    ];
    let c = claims_of(
        "SK Hynix held a 57% share of the HBM market, followed by Samsung with 22%.",
        cos,
    );
    let samsung = c.iter().find(|r| r.2 == "22%").expect("22%");
    assert_eq!(
        (samsung.0[0].as_str(), samsung.1.as_str()),
        ("samsung", "market_share"),
        "{c:?}"
    );
    let c = claims_of("Nebius agreed to supply Microsoft with 10,000 GPUs.", cos);
    assert_eq!(c[0].0[0], "nebius", "{c:?}");
}

/// "The quarter" is the one reported, not one a baseline is dated by,
/// coordinated with another baseline or alone.
#[test]
fn the_quarter_is_not_a_baselines_quarter() {
    let text = "ASML said China accounted for 27% of its system sales in the third quarter, \
                down from 42% a year earlier and 34% in the second quarter. \
                Taiwan made up 31% of system sales in the quarter.";
    let (mentions, claims) = analysed(text, &[("ASML", "asml")], "2026-10-14");
    let taiwan = claims
        .iter()
        .find(|c| mentions[c.object].text == "31%")
        .expect("31%");
    let period = taiwan.period.map(|p| &mentions[p]);
    let start = period.and_then(|p| match &p.value {
        Value::Date(d) => d.start.map(|s| s.to_string()),
        _ => None,
    });
    assert_eq!(start.as_deref(), Some("2026-07-01"), "{period:?}");
}

/// Share moves listed with "respectively" are all moves.
#[test]
fn moves_listed_respectively_are_moves() {
    let cos = &[("ASM International", "asm-international"), ("Besi", "besi")];
    let c = claims_of(
        "Shares in Dutch peers ASM International and Besi rose 3.1% and 2.4%, respectively.",
        cos,
    );
    let got: Vec<(&str, &str)> = c.iter().map(|r| (r.0[0].as_str(), r.1.as_str())).collect();
    assert_eq!(
        got,
        [
            ("asm-international", "stock_change"),
            ("besi", "stock_change")
        ],
        "{c:?}"
    );
}

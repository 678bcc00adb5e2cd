use super::*;
use crate::analysis::Kind;
use crate::Extractor;

/// Reference date ("" for none), input, then the expected (surface, start,
/// end, granularity) of each date mention, in order; "" for an unresolved
/// start or end.
type Case = (
    &'static str,
    &'static str,
    &'static [(&'static str, &'static str, &'static str, &'static str)],
);

/// 2026-02-09 is a Monday; 2025-02-07 a Friday.
const M: &str = "2026-02-09";
const F: &str = "2025-02-07";

const CASES: &[Case] = &[
    // Absolute dates.
    (
        M,
        "in 2025",
        &[("2025", "2025-01-01", "2025-12-31", "year")],
    ),
    (
        M,
        "in 2018",
        &[("2018", "2018-01-01", "2018-12-31", "year")],
    ),
    (
        M,
        "GTC 2026 opens",
        &[("2026", "2026-01-01", "2026-12-31", "year")],
    ),
    (
        M,
        "2023-09 Amazon",
        &[("2023-09", "2023-09-01", "2023-09-30", "month")],
    ),
    (
        M,
        "on 2026-02-05",
        &[("2026-02-05", "2026-02-05", "2026-02-05", "day")],
    ),
    (
        M,
        "on Feb. 7, 2026",
        &[("Feb. 7, 2026", "2026-02-07", "2026-02-07", "day")],
    ),
    (
        M,
        "on February 7 2026",
        &[("February 7 2026", "2026-02-07", "2026-02-07", "day")],
    ),
    (
        M,
        "on 7 February 2026",
        &[("7 February 2026", "2026-02-07", "2026-02-07", "day")],
    ),
    (
        M,
        "on Feb 29, 2024",
        &[("Feb 29, 2024", "2024-02-29", "2024-02-29", "day")],
    ),
    (
        M,
        "in February 2026",
        &[("February 2026", "2026-02-01", "2026-02-28", "month")],
    ),
    (
        M,
        "in February of 2024",
        &[("February of 2024", "2024-02-01", "2024-02-29", "month")],
    ),
    (
        M,
        "in the 2020s",
        &[("the 2020s", "2020-01-01", "2029-12-31", "decade")],
    ),
    (
        M,
        "Friday, Feb. 6, 2026",
        &[("Friday, Feb. 6, 2026", "2026-02-06", "2026-02-06", "day")],
    ),
    // Quarters and halves.
    (
        M,
        "in Q4 2024",
        &[("Q4 2024", "2024-10-01", "2024-12-31", "quarter")],
    ),
    (
        M,
        "in Q2 2026",
        &[("Q2 2026", "2026-04-01", "2026-06-30", "quarter")],
    ),
    (
        M,
        "Q4'24 sales",
        &[("Q4'24", "2024-10-01", "2024-12-31", "quarter")],
    ),
    (
        M,
        "4Q24 sales",
        &[("4Q24", "2024-10-01", "2024-12-31", "quarter")],
    ),
    (
        F,
        "in the final quarter of 2024",
        &[(
            "the final quarter of 2024",
            "2024-10-01",
            "2024-12-31",
            "quarter",
        )],
    ),
    (
        M,
        "in the fourth quarter of 2024",
        &[(
            "the fourth quarter of 2024",
            "2024-10-01",
            "2024-12-31",
            "quarter",
        )],
    ),
    (
        M,
        "the first quarter 2025",
        &[(
            "the first quarter 2025",
            "2025-01-01",
            "2025-03-31",
            "quarter",
        )],
    ),
    (
        F,
        "the company's fourth-quarter earnings call",
        &[("fourth-quarter", "2024-10-01", "2024-12-31", "quarter")],
    ),
    (
        M,
        "its first-quarter results",
        &[("first-quarter", "2026-01-01", "2026-03-31", "quarter")],
    ),
    (
        F,
        "capex of $26.3 billion in Q4",
        &[("Q4", "2024-10-01", "2024-12-31", "quarter")],
    ),
    (
        M,
        "Tune into AWS Q1 earnings",
        &[("Q1", "2026-01-01", "2026-03-31", "quarter")],
    ),
    (
        M,
        "in the third quarter",
        &[("the third quarter", "2025-07-01", "2025-09-30", "quarter")],
    ),
    (
        M,
        "first half of 2025",
        &[("first half of 2025", "2025-01-01", "2025-06-30", "half")],
    ),
    (
        M,
        "in H1 2025",
        &[("H1 2025", "2025-01-01", "2025-06-30", "half")],
    ),
    (
        M,
        "in 2H25",
        &[("2H25", "2025-07-01", "2025-12-31", "half")],
    ),
    (
        M,
        "the second half of the year",
        &[(
            "the second half of the year",
            "2026-07-01",
            "2026-12-31",
            "half",
        )],
    ),
    (
        M,
        "the second quarter of this year",
        &[(
            "the second quarter of this year",
            "2026-04-01",
            "2026-06-30",
            "quarter",
        )],
    ),
    // Fiscal years.
    (
        M,
        "in fiscal 2025",
        &[("fiscal 2025", "2025-01-01", "2025-12-31", "fiscal_year")],
    ),
    (
        M,
        "Microsoft's fiscal 2026",
        &[("fiscal 2026", "2025-07-01", "2026-06-30", "fiscal_year")],
    ),
    (
        M,
        "Microsoft said FY2026 capex",
        &[("FY2026", "2025-07-01", "2026-06-30", "fiscal_year")],
    ),
    (
        M,
        "Oracle's FY25",
        &[("FY25", "2024-06-01", "2025-05-31", "fiscal_year")],
    ),
    (
        M,
        "Sony's fiscal year 2025",
        &[(
            "fiscal year 2025",
            "2025-04-01",
            "2026-03-31",
            "fiscal_year",
        )],
    ),
    (
        M,
        "Amazon's FY 2025",
        &[("FY 2025", "2025-01-01", "2025-12-31", "fiscal_year")],
    ),
    (
        F,
        "Microsoft expects to spend $80 billion in the upcoming fiscal year",
        &[(
            "the upcoming fiscal year",
            "2025-07-01",
            "2026-06-30",
            "fiscal_year",
        )],
    ),
    (
        M,
        "Microsoft's current fiscal year",
        &[(
            "current fiscal year",
            "2025-07-01",
            "2026-06-30",
            "fiscal_year",
        )],
    ),
    (
        M,
        "Nvidia's last fiscal year",
        &[(
            "last fiscal year",
            "2025-02-01",
            "2026-01-31",
            "fiscal_year",
        )],
    ),
    (
        M,
        "Microsoft's fiscal Q2 2026",
        &[("fiscal Q2 2026", "2025-10-01", "2025-12-31", "quarter")],
    ),
    (
        M,
        "the second quarter of fiscal 2026 for Microsoft",
        &[(
            "the second quarter of fiscal 2026",
            "2025-10-01",
            "2025-12-31",
            "quarter",
        )],
    ),
    (
        M,
        "the 2025 fiscal year",
        &[(
            "the 2025 fiscal year",
            "2025-01-01",
            "2025-12-31",
            "fiscal_year",
        )],
    ),
    // The tense is that of the clause, whose commas are no number's
    // ("13,000"), read up to 20 tokens away.
    (
        "2026-11-20",
        "Verizon plans to cut more than 13,000 jobs by the end of the first quarter",
        &[(
            "the end of the first quarter",
            "2026-11-20",
            "2027-03-31",
            "quarter",
        )],
    ),
    // A company's own half: the one opening the sentence, the only one
    // before the phrase, or the one before a sentence that refers back.
    (
        "2026-11-20",
        "Ryanair (RYA.I) on Monday reported a 30% rise in first-half profit",
        &[
            ("Monday", "2026-11-16", "2026-11-16", "day"),
            ("first-half", "2026-04-01", "2026-09-30", "half"),
        ],
    ),
    (
        "2026-11-20",
        "Honda cut its forecast. The company booked an impairment in the first half.",
        &[("the first half", "2026-04-01", "2026-09-30", "half")],
    ),
    (
        "2026-11-20",
        "Honda cut its forecast. Rain fell in the first half.",
        &[("the first half", "2026-01-01", "2026-06-30", "half")],
    ),
    // A month of a year named relative to the reference date.
    (
        "2026-11-20",
        "Anthropic raised $13 billion in September last year.",
        &[("September last year", "2025-09-01", "2025-09-30", "month")],
    ),
    (
        "2026-11-20",
        "the $18bn it borrowed in September of last year",
        &[("September of last year", "2025-09-01", "2025-09-30", "month")],
    ),
    (
        "2026-11-20",
        "It will open on June 3 next year.",
        &[("June 3 next year", "2027-06-03", "2027-06-03", "day")],
    ),
    // "ending in" a month: the stretch that ends with it.
    (
        "2026-11-20",
        "Nvidia expects revenue of $78 billion for the quarter ending in January.",
        &[(
            "the quarter ending in January",
            "2026-11-01",
            "2027-01-31",
            "quarter",
        )],
    ),
    (
        "2026-11-20",
        "For the fiscal year ending in January 2027, analysts expect more.",
        &[(
            "the fiscal year ending in January 2027",
            "2026-02-01",
            "2027-01-31",
            "fiscal_year",
        )],
    ),
    // "FY" for "fiscal year" before its end.
    (
        "2026-11-20",
        "Advantest raised its FY ending March 2027 sales guide.",
        &[(
            "FY ending March 2027",
            "2026-04-01",
            "2027-03-31",
            "fiscal_year",
        )],
    ),
    // A fiscal year named by both its years ends in the second: the
    // company's calendar when the text states it, else April to March.
    (
        "2026-11-20",
        "Tata Motors expects more in FY2026-27 than in fiscal 2025/26.",
        &[
            ("FY2026-27", "2026-04-01", "2027-03-31", "fiscal_year"),
            ("fiscal 2025/26", "2025-04-01", "2026-03-31", "fiscal_year"),
        ],
    ),
    (
        "2026-11-20",
        "Eutelsat, whose fiscal year ends in June, reported revenue for the first quarter of fiscal 2026-27.",
        &[(
            "the first quarter of fiscal 2026-27",
            "2026-07-01",
            "2026-09-30",
            "quarter",
        )],
    ),
    // Guidance given in the past is about the period to come.
    (
        "2026-11-20",
        "Its margin held at 75.1%, and it guided to 75.5% for the January quarter.",
        &[(
            "the January quarter",
            "2026-11-01",
            "2027-01-31",
            "quarter",
        )],
    ),
    // A participle of comparison is no tense: the guidance's verb is.
    (
        "2026-11-20",
        "Nvidia expects revenue of $78 billion, plus or minus 2%, for the quarter ending \
         in January, compared with analysts' estimate of $74.6 billion.",
        &[(
            "the quarter ending in January",
            "2026-11-01",
            "2027-01-31",
            "quarter",
        )],
    ),
    // An article keeps to its company's calendar: the quarter it read as
    // Nvidia's is Nvidia's when said again in a sentence naming no one...
    (
        "2026-11-20",
        "Nvidia forecast fourth-quarter revenue above estimates. Analysts were pleased. \
         Gross margin is expected to be about 75.5% in the fourth quarter.",
        &[
            ("fourth-quarter", "2026-11-01", "2027-01-31", "quarter"),
            ("the fourth quarter", "2026-11-01", "2027-01-31", "quarter"),
        ],
    ),
    // ...but not another quarter, nor one a sentence gives to a name.
    (
        "2026-11-20",
        "Nvidia forecast fourth-quarter revenue above estimates. Smartphone shipments \
         fell in the third quarter. AMD said fourth-quarter sales would rise. Intel's \
         fourth-quarter sales will fall.",
        &[
            ("fourth-quarter", "2026-11-01", "2027-01-31", "quarter"),
            ("the third quarter", "2026-07-01", "2026-09-30", "quarter"),
            ("fourth-quarter", "2026-10-01", "2026-12-31", "quarter"),
            ("fourth-quarter", "2026-10-01", "2026-12-31", "quarter"),
        ],
    ),
    // The company just named lends its calendar to a sentence naming no
    // one; one that names another company keeps to that one's.
    (
        "2026-11-20",
        "Alibaba reported results. The company said capex for the full year would rise. \
         Tencent said capex for the full year would fall.",
        &[
            ("the full year", "2026-04-01", "2027-03-31", "fiscal_year"),
            ("the full year", "2026-01-01", "2026-12-31", "year"),
        ],
    ),
    // A customer, or a product's maker, named after a preposition or
    // "include" lends no calendar; a name after "at" is the company's own.
    (
        "2026-11-25",
        "Samsung began mass production of HBM4 for Nvidia's Vera Rubin platform in the third quarter.",
        &[("the third quarter", "2026-07-01", "2026-09-30", "quarter")],
    ),
    (
        "2026-11-25",
        "Revenue at Microsoft rose in the second quarter.",
        &[("the second quarter", "2026-10-01", "2026-12-31", "quarter")],
    ),
    // In a sentence naming its subject first, a customer's possessive
    // after "for" lends no calendar to a fiscal year either.
    (
        "2026-05-13",
        "Sony said its unit, which supplies sensors for Apple's iPhones, would grow in the current fiscal year.",
        &[("the current fiscal year", "2026-04-01", "2027-03-31", "fiscal_year")],
    ),
    // A fiscal year far from any name is that of the company whose fiscal
    // period was read last.
    (
        "2026-11-20",
        "Microsoft's fiscal first-quarter revenue rose. Investors were wary of the spending, and analysts had warned of a slowdown. Investors were wary of the spending, and analysts had warned of a slowdown. Investors were wary of the spending, and analysts had warned of a slowdown. Investors were wary of the spending, and analysts had warned of a slowdown. Investors were wary of the spending, and analysts had warned of a slowdown. Investors were wary of the spending, and analysts had warned of a slowdown. Capital spending will \
         reach $150 billion in fiscal 2027.",
        &[
            ("fiscal first-quarter", "2026-07-01", "2026-09-30", "quarter"),
            ("fiscal 2027", "2026-07-01", "2027-06-30", "fiscal_year"),
        ],
    ),
    // "the same quarter" opening a sentence is the one just named.
    (
        "2026-11-20",
        "Revenue rose in the third quarter of 2025. In the same quarter, costs fell.",
        &[
            (
                "the third quarter of 2025",
                "2025-07-01",
                "2025-09-30",
                "quarter",
            ),
            ("the same quarter", "2025-07-01", "2025-09-30", "quarter"),
        ],
    ),
    // A company's current or last quarter is one of its fiscal calendar.
    (
        "2026-11-20",
        "Nvidia said it expects about $78 billion in the current quarter.",
        &[(
            "the current quarter",
            "2026-11-01",
            "2027-01-31",
            "quarter",
        )],
    ),
    (
        "2026-11-20",
        "Walmart said sales rose last quarter.",
        &[("last quarter", "2026-08-01", "2026-10-31", "quarter")],
    ),
    (
        "2026-11-20",
        "Rain fell in the current quarter.",
        &[(
            "the current quarter",
            "2026-10-01",
            "2026-12-31",
            "quarter",
        )],
    ),
    // A calendar the article states: a company the lexicon does not know
    // ("Itochu"), or one it does, told otherwise by the text.
    (
        "2026-11-20",
        "Itochu (8001.T), whose fiscal year also ends in March, said first-half profit rose 9%.",
        &[("first-half", "2026-04-01", "2026-09-30", "half")],
    ),
    (
        "2026-11-20",
        "Acme Corp's fiscal year ends in June. Acme reported second-quarter sales.",
        &[("second-quarter", "2026-10-01", "2026-12-31", "quarter")],
    ),
    (
        "2026-11-20",
        "Acme reported second-quarter sales.",
        &[("second-quarter", "2026-04-01", "2026-06-30", "quarter")],
    ),
    // Months that name a quarter or half win over a calendar's ordinal.
    (
        "2026-11-20",
        "Revenue in the third quarter ended Oct. 31 rose",
        &[(
            "the third quarter ended Oct. 31",
            "2026-08-01",
            "2026-10-31",
            "quarter",
        )],
    ),
    (
        "2026-11-20",
        "profit in the April-September first half fell",
        &[(
            "April-September first half",
            "2026-04-01",
            "2026-09-30",
            "half",
        )],
    ),
    (
        "2026-11-20",
        "Alibaba said revenue for the second quarter of its fiscal year rose",
        &[(
            "the second quarter of its fiscal year",
            "2026-07-01",
            "2026-09-30",
            "quarter",
        )],
    ),
    // The full year of results: the one under way, or in a past-tense
    // clause early in a year the one just ended; the company's fiscal one.
    (
        "2026-11-20",
        "Apple reported full-year revenue of $416 billion",
        &[("full-year", "2025-10-01", "2026-09-30", "fiscal_year")],
    ),
    (
        "2026-11-20",
        "Burberry cut its full-year revenue forecast",
        &[("full-year", "2026-04-01", "2027-03-31", "fiscal_year")],
    ),
    (
        M,
        "Full-year net sales reached $107.6 billion",
        &[("Full-year", "2025-01-01", "2025-12-31", "year")],
    ),
    (
        M,
        "It raised its full-year outlook",
        &[("full-year", "2026-01-01", "2026-12-31", "year")],
    ),
    (
        "2026-11-20",
        "sales for the full year rose 4%",
        &[("the full year", "2026-01-01", "2026-12-31", "year")],
    ),
    (
        "2026-11-20",
        "it expects full year results in line",
        &[("full year", "2026-01-01", "2026-12-31", "year")],
    ),
    (
        "2026-11-20",
        "full-year 2025 revenue",
        &[("2025", "2025-01-01", "2025-12-31", "year")],
    ),
    (
        "2026-11-20",
        "Pennon reported a full-year profit",
        &[("full-year", "2026-01-01", "2026-12-31", "year")],
    ),
    // The half of results: the one last ended in the past tense, else the
    // one under way; the company's fiscal one.
    (
        "2026-11-20",
        "Vodafone said its half-year revenue rose 7.3%",
        &[("half-year", "2026-04-01", "2026-09-30", "half")],
    ),
    (
        "2026-11-20",
        "It swung to a half-year loss",
        &[("half-year", "2026-01-01", "2026-06-30", "half")],
    ),
    (
        "2026-11-20",
        "It expects half-year sales to rise",
        &[("half-year", "2026-07-01", "2026-12-31", "half")],
    ),
    ("2026-11-20", "It faces a half-year delay.", &[]),
    ("2026-11-20", "The plant will run for a full year", &[]),
    ("2026-11-20", "It took a full year.", &[]),
    // Relative to the reference date.
    (
        M,
        "this year",
        &[("this year", "2026-01-01", "2026-12-31", "year")],
    ),
    (
        M,
        "last year",
        &[("last year", "2025-01-01", "2025-12-31", "year")],
    ),
    (
        M,
        "next year",
        &[("next year", "2027-01-01", "2027-12-31", "year")],
    ),
    (
        M,
        "this month",
        &[("this month", "2026-02-01", "2026-02-28", "month")],
    ),
    (
        M,
        "last month",
        &[("last month", "2026-01-01", "2026-01-31", "month")],
    ),
    (
        M,
        "said earlier this month",
        &[("earlier this month", "2026-02-01", "2026-02-09", "month")],
    ),
    (
        F,
        "chips later this year",
        &[("later this year", "2025-02-07", "2025-12-31", "year")],
    ),
    (
        M,
        "announced last week",
        &[("last week", "2026-02-02", "2026-02-08", "week")],
    ),
    (
        M,
        "this week's digest",
        &[("this week", "2026-02-09", "2026-02-15", "week")],
    ),
    (
        F,
        "Just this week, Alphabet",
        &[("this week", "2025-02-03", "2025-02-09", "week")],
    ),
    (
        M,
        "next week",
        &[("next week", "2026-02-16", "2026-02-22", "week")],
    ),
    (
        M,
        "this quarter",
        &[("this quarter", "2026-01-01", "2026-03-31", "quarter")],
    ),
    (
        M,
        "last quarter",
        &[("last quarter", "2025-10-01", "2025-12-31", "quarter")],
    ),
    (
        M,
        "from their peak last November",
        &[("last November", "2025-11-01", "2025-11-30", "month")],
    ),
    (
        M,
        "from their November peak",
        &[("November", "2025-11-01", "2025-11-30", "month")],
    ),
    (
        M,
        "reorganized in December",
        &[("December", "2025-12-01", "2025-12-31", "month")],
    ),
    (
        M,
        "Amazon will report in April",
        &[("April", "2026-04-01", "2026-04-30", "month")],
    ),
    (
        M,
        "it launched in April",
        &[("April", "2025-04-01", "2025-04-30", "month")],
    ),
    (
        M,
        "next March",
        &[("next March", "2026-03-01", "2026-03-31", "month")],
    ),
    (
        M,
        "Amazon on Friday said",
        &[("Friday", "2026-02-06", "2026-02-06", "day")],
    ),
    (
        M,
        "Amazon will report on Thursday",
        &[("Thursday", "2026-02-12", "2026-02-12", "day")],
    ),
    (
        M,
        "last Friday",
        &[("last Friday", "2026-02-06", "2026-02-06", "day")],
    ),
    (
        M,
        "on Feb. 5",
        &[("Feb. 5", "2026-02-05", "2026-02-05", "day")],
    ),
    // The tense is the date's own clause's: a future there wins over an
    // attribution past a comma; a participle after "be" is passive, and
    // modal verbs speak of the future.
    (
        M,
        "The results will be published in July, the company said.",
        &[("July", "2026-07-01", "2026-07-31", "month")],
    ),
    (
        M,
        "Intel will announce a new CEO on Friday, sources said.",
        &[("Friday", "2026-02-13", "2026-02-13", "day")],
    ),
    (
        M,
        "The fab is expected to be completed in September.",
        &[("September", "2026-09-01", "2026-09-30", "month")],
    ),
    (
        M,
        "The deal could close in June.",
        &[("June", "2026-06-01", "2026-06-30", "month")],
    ),
    (
        M,
        "Results are due in July.",
        &[("July", "2026-07-01", "2026-07-31", "month")],
    ),
    (
        M,
        "Sales fell in November, the company will say.",
        &[("November", "2025-11-01", "2025-11-30", "month")],
    ),
    (
        M,
        "The company said in May it would build a plant.",
        &[("May", "2025-05-01", "2025-05-31", "month")],
    ),
    // A report scheduled is ahead; a forecast beaten is no verb of the
    // future; a date with no cue in its clause takes the verb before it.
    (
        M,
        "Accenture reports on Thursday; analysts expect revenue of $18.5 billion.",
        &[("Thursday", "2026-02-12", "2026-02-12", "day")],
    ),
    (
        M,
        "Comcast lost customers in September but beat profit forecasts.",
        &[("September", "2025-09-01", "2025-09-30", "month")],
    ),
    (
        M,
        "Backlog reached 80 GW in January, up from 62 GW in September, and it plans to ship more.",
        &[
            ("January", "2026-01-01", "2026-01-31", "month"),
            ("September", "2025-09-01", "2025-09-30", "month"),
        ],
    ),
    // "June" is a month, not a name, joined to another month or after a
    // determiner before a common noun.
    (
        M,
        "Profit for the June-August quarter rose; shares are below their June peak.",
        &[
            ("the June-August quarter", "2025-06-01", "2025-08-31", "quarter"),
            ("June", "2025-06-01", "2025-06-30", "month"),
        ],
    ),
    // Analysts' fiscal quarters: "F3Q26", "3QFY26" on the company's
    // calendar (Microsoft's year starts in July).
    (
        M,
        "Microsoft revenue for F3Q26 and 2QFY26 rose.",
        &[
            ("F3Q26", "2026-01-01", "2026-03-31", "quarter"),
            ("2QFY26", "2025-10-01", "2025-12-31", "quarter"),
        ],
    ),
    // A fiscal year's number before its noun.
    (
        M,
        "Revenue for the 2025/26 financial year rose.",
        &[("the 2025/26 financial year", "2025-04-01", "2026-03-31", "fiscal_year")],
    ),
    // "by" a yearless date in the past tense is a date already reached.
    (
        M,
        "Shares had fallen 20% by Feb. 6.",
        &[("Feb. 6", "2026-02-06", "2026-02-06", "day")],
    ),
    (
        M,
        "Microsoft will double capacity by June.",
        &[("June", "2026-02-09", "2026-06-30", "month")],
    ),
    // A company's own quarter is its fiscal one when the sentence names a
    // company with an offset fiscal year and no year is written; a fiscal
    // year with no company in its sentence takes the one named just before.
    (
        M,
        "Microsoft's second-quarter revenue rose. Apple's Q3 revenue rose. Amazon's fourth-quarter sales.",
        &[
            ("second-quarter", "2025-10-01", "2025-12-31", "quarter"),
            ("Q3", "2025-04-01", "2025-06-30", "quarter"),
            ("fourth-quarter", "2025-10-01", "2025-12-31", "quarter"),
        ],
    ),
    // Its quarter's label with a plain year too ("Oracle (ORCL) Q2 2026
    // Earnings Call"); a time a preposition sets, or "of 2026", is the
    // calendar's.
    (
        M,
        "Oracle (ORCL) Q2 2026 Earnings Call. Oracle expects the deal to close in the third quarter of 2026.",
        &[
            ("Q2 2026", "2025-09-01", "2025-11-30", "quarter"),
            ("the third quarter of 2026", "2026-07-01", "2026-09-30", "quarter"),
        ],
    ),
    (
        M,
        "TSMC's process entered volume production in the fourth quarter, with Apple's A20.",
        &[("the fourth quarter", "2025-10-01", "2025-12-31", "quarter")],
    ),
    (
        M,
        "Nvidia reported strong results. The company expects more in fiscal 2026.",
        &[("fiscal 2026", "2025-02-01", "2026-01-31", "fiscal_year")],
    ),
    // Analysts' estimate years.
    (
        M,
        "capex of $150B in 2026E and $180B in 2027F",
        &[
            ("2026E", "2026-01-01", "2026-12-31", "year"),
            ("2027F", "2027-01-01", "2027-12-31", "year"),
        ],
    ),
    // Year to date: from January 1 to the reference date.
    (
        M,
        "shares are up 12% year to date, 25% YTD",
        &[
            ("year to date", "2026-01-01", "2026-02-09", "year"),
            ("YTD", "2026-01-01", "2026-02-09", "year"),
        ],
    ),
    (
        M,
        "Year-to-date revenue rose",
        &[("Year-to-date", "2026-01-01", "2026-02-09", "year")],
    ),
    // A colon ending a label leaves the date whole; a clock does not.
    (
        M,
        "Q4 2025: Revenue rose. March 2025: a region opened. At 10:30 today",
        &[
            ("Q4 2025", "2025-10-01", "2025-12-31", "quarter"),
            ("March 2025", "2025-03-01", "2025-03-31", "month"),
            ("today", "2026-02-09", "2026-02-09", "day"),
        ],
    ),
    // Numbers that label things are no years; a first name is no month.
    (
        M,
        "on page 2025 at 2025 Main Street, on Route 2030 in a Model 2030 with code X-2025-B",
        &[],
    ),
    (M, "Prada (1913.HK) and Evergreen (2603.TW) rose", &[]),
    (
        M,
        "Sales rose in 2025. The end.",
        &[("2025", "2025-01-01", "2025-12-31", "year")],
    ),
    (
        M,
        "April Johnson, a spokeswoman, said so. In April Amazon said.",
        &[("April", "2025-04-01", "2025-04-30", "month")],
    ),
    (
        M,
        "founded in the 2020's; 2020's results",
        &[
            ("the 2020's", "2020-01-01", "2029-12-31", "decade"),
            ("2020", "2020-01-01", "2020-12-31", "year"),
        ],
    ),
    // A participle longer than 16 bytes is still a past-tense cue.
    (
        M,
        "Meta internationalized the app on Feb. 25",
        &[("Feb. 25", "2025-02-25", "2025-02-25", "day")],
    ),
    (
        M,
        "yesterday",
        &[("yesterday", "2026-02-08", "2026-02-08", "day")],
    ),
    (
        M,
        "Deep News 11 hours ago",
        &[("11 hours ago", "2026-02-09", "2026-02-09", "day")],
    ),
    (
        M,
        "two weeks ago",
        &[("two weeks ago", "2026-01-26", "2026-02-01", "week")],
    ),
    (
        M,
        "a year ago",
        &[("a year ago", "2025-01-01", "2025-12-31", "year")],
    ),
    (
        F,
        "surged 40% over the past year",
        &[("the past year", "2024-02-07", "2025-02-07", "year")],
    ),
    (
        M,
        "AWS within the next three years",
        &[("the next three years", "2026-02-09", "2029-02-09", "year")],
    ),
    (
        M,
        "over the last 12 months",
        &[("the last 12 months", "2025-02-09", "2026-02-09", "month")],
    ),
    (
        F,
        "pace for the upcoming year",
        &[("the upcoming year", "2025-01-01", "2025-12-31", "year")],
    ),
    (
        M,
        "the end of last year",
        &[("the end of last year", "2025-12-01", "2025-12-31", "month")],
    ),
    (
        M,
        "in mid-2026",
        &[("mid-2026", "2026-04-01", "2026-09-30", "half")],
    ),
    (
        M,
        "early next year",
        &[("early next year", "2027-01-01", "2027-06-30", "half")],
    ),
    (
        F,
        "Q4 net sales of $28.8 billion, a 19% increase from the previous year",
        &[
            ("Q4", "2024-10-01", "2024-12-31", "quarter"),
            ("the previous year", "2023-01-01", "2023-12-31", "year"),
        ],
    ),
    // A year back from the period just named keeps its granularity; a
    // comparison phrase is not what the next one counts back from.
    (
        M,
        "fourth-quarter revenue of $5 billion, up from $4.1 billion a year earlier",
        &[
            ("fourth-quarter", "2025-10-01", "2025-12-31", "quarter"),
            ("a year earlier", "2024-10-01", "2024-12-31", "quarter"),
        ],
    ),
    // Nor is a gloss of the period before, or a baseline's period.
    (
        M,
        "profit rose in the April-June quarter, the first of fiscal 2027, from $5 billion a year earlier",
        &[
            ("the April-June quarter", "2025-04-01", "2025-06-30", "quarter"),
            ("fiscal 2027", "2027-01-01", "2027-12-31", "fiscal_year"),
            ("a year earlier", "2024-04-01", "2024-06-30", "quarter"),
        ],
    ),
    (
        M,
        "rose to 14.4% in the June quarter from 14.1% in the March quarter and 12.7% a year earlier",
        &[
            ("the June quarter", "2025-04-01", "2025-06-30", "quarter"),
            ("the March quarter", "2025-01-01", "2025-03-31", "quarter"),
            ("a year earlier", "2024-04-01", "2024-06-30", "quarter"),
        ],
    ),
    (
        M,
        "sales in the first half of 2025 beat the year-ago period. \
         Profit in the same period last year was lower.",
        &[
            ("the first half of 2025", "2025-01-01", "2025-06-30", "half"),
            ("the year-ago period", "2024-01-01", "2024-06-30", "half"),
            ("the same period last year", "2024-01-01", "2024-06-30", "half"),
        ],
    ),
    (
        M,
        "revenue in fiscal 2025 rose from the prior-year quarter and the same quarter a year ago",
        &[
            ("fiscal 2025", "2025-01-01", "2025-12-31", "fiscal_year"),
            ("the prior-year quarter", "2024-01-01", "2024-12-31", "fiscal_year"),
            ("the same quarter a year ago", "2024-01-01", "2024-12-31", "fiscal_year"),
        ],
    ),
    // With nothing to count back from, "a year ago" is the year before,
    // and "a year earlier" no date.
    (
        M,
        "shares have doubled from a year ago",
        &[("a year ago", "2025-01-01", "2025-12-31", "year")],
    ),
    (M, "income fell from a year earlier", &[]),
    // A day is no period of results to count back from.
    (
        M,
        "said on Feb. 3, 2026 that sales fell from a year earlier",
        &[("Feb. 3, 2026", "2026-02-03", "2026-02-03", "day")],
    ),
    // Open periods.
    (
        M,
        "plans to double capacity by 2027",
        &[("2027", "2026-02-09", "2027-12-31", "year")],
    ),
    (
        M,
        "a service by end of 2026",
        &[("end of 2026", "2026-02-09", "2026-12-31", "year")],
    ),
    (
        M,
        "by the end of the year",
        &[("the end of the year", "2026-02-09", "2026-12-31", "year")],
    ),
    (
        M,
        "5 GW by the end of the decade",
        &[(
            "the end of the decade",
            "2026-02-09",
            "2029-12-31",
            "decade",
        )],
    ),
    (
        M,
        "will open by year-end",
        &[("year-end", "2026-02-09", "2026-12-31", "month")],
    ),
    (
        M,
        "targets for decade's end",
        &[("decade's end", "2029-12-01", "2029-12-31", "month")],
    ),
    // In the past tense, a period not yet over is the one before.
    (
        M,
        "cash held at quarter-end fell",
        &[("quarter-end", "2025-12-01", "2025-12-31", "month")],
    ),
    (
        M,
        "the year end 2025 balance",
        &[("the year end 2025", "2025-12-01", "2025-12-31", "month")],
    ),
    // Whole months ending with a month named.
    (
        M,
        "revenue for the quarter ended March 31 rose",
        &[(
            "the quarter ended March 31",
            "2025-01-01",
            "2025-03-31",
            "quarter",
        )],
    ),
    // A stretch that ends on a day not the month's last is a 52-53 week
    // calendar's: the weeks ending that day.
    (
        "2026-03-20",
        "revenue for its fiscal second quarter ended Feb. 26 rose",
        &[(
            "fiscal second quarter ended Feb. 26",
            "2025-11-28",
            "2026-02-26",
            "quarter",
        )],
    ),
    (
        "2026-03-20",
        "capital spending in its fiscal year ending Sept. 3, 2026 and in fiscal 2025 ended Aug. 28",
        &[
            ("fiscal year ending Sept. 3, 2026", "2025-09-05", "2026-09-03", "fiscal_year"),
            ("fiscal 2025 ended Aug. 28", "2024-08-30", "2025-08-28", "fiscal_year"),
        ],
    ),
    // "the fiscal year" in a past-tense clause, while the year just
    // ended is being reported, is that year; ahead, the current one.
    (
        "2026-05-08",
        "Nintendo sold 19.86 million units in the fiscal year.",
        &[("the fiscal year", "2025-04-01", "2026-03-31", "fiscal_year")],
    ),
    (
        "2026-05-08",
        "Nintendo expects sales of 20 million in the fiscal year.",
        &[("the fiscal year", "2026-04-01", "2027-03-31", "fiscal_year")],
    ),
    // A capitalized "-ed" word is a name, not a past tense ("Applied").
    (
        "2026-02-13",
        "For the fiscal second quarter ending April 26, Applied expects revenue of $7.1 billion.",
        &[(
            "the fiscal second quarter ending April 26",
            "2026-01-26",
            "2026-04-26",
            "quarter",
        )],
    ),
    (
        "2026-03-20",
        "sales in the first quarter ended Feb. 28 and the half to Dec. 27, 2025",
        &[
            ("the first quarter ended Feb. 28", "2025-12-01", "2026-02-28", "quarter"),
            ("the half to Dec. 27, 2025", "2025-06-29", "2025-12-27", "half"),
        ],
    ),
    (
        M,
        "in the three months ending Dec. 31, 2025",
        &[(
            "the three months ending Dec. 31, 2025",
            "2025-10-01",
            "2025-12-31",
            "quarter",
        )],
    ),
    (
        M,
        "sales in the 12 months to September 2025",
        &[(
            "the 12 months to September 2025",
            "2024-10-01",
            "2025-09-30",
            "year",
        )],
    ),
    (
        M,
        "Apple's December quarter revenue",
        &[("December quarter", "2025-10-01", "2025-12-31", "quarter")],
    ),
    (
        M,
        "Alibaba's September-quarter revenue",
        &[("September-quarter", "2025-07-01", "2025-09-30", "quarter")],
    ),
    // A month that is also a verb or name is the month before "quarter",
    // and a yearless quarter that has begun is the current one.
    (
        M,
        "For the March quarter, Apple expects revenue to grow",
        &[("the March quarter", "2026-01-01", "2026-03-31", "quarter")],
    ),
    // "financial year" is British for "fiscal year".
    (
        "2026-11-20",
        "Revenue rose in the financial year ended March 31, 2026.",
        &[(
            "the financial year ended March 31, 2026",
            "2025-04-01",
            "2026-03-31",
            "fiscal_year",
        )],
    ),
    ("2026-11-20", "The financial crisis hit banks.", &[]),
    // The week ended, ending or to a day: the seven days ending on it.
    (
        "2026-11-20",
        "Jobless claims fell in the week ended Nov. 14.",
        &[("the week ended Nov. 14", "2026-11-08", "2026-11-14", "week")],
    ),
    ("2026-11-20", "The week ended badly.", &[]),
    // The first months of the year, with no year: the last such stretch
    // over in the past tense, the next in the future; "nine-month" before a
    // noun of results; not a duration.
    (
        "2026-11-20",
        "EBITDA fell 30% in the first nine months.",
        &[("the first nine months", "2026-01-01", "2026-09-30", "month")],
    ),
    (
        "2026-02-09",
        "Its nine-month revenue rose 12%.",
        &[("nine-month", "2025-01-01", "2025-09-30", "month")],
    ),
    (
        "2026-11-20",
        "Revenue will rise in the first nine months.",
        &[("the first nine months", "2027-01-01", "2027-09-30", "month")],
    ),
    (
        "2026-11-20",
        "The stock hit a 12-month high after a six-month delay.",
        &[],
    ),
    // A yearless stretch already over, in the past tense, is the one
    // that ended; one under way, in another tense, the current one.
    (
        "2026-11-20",
        "Profit rose 11% in the year to June.",
        &[("the year to June", "2025-07-01", "2026-06-30", "year")],
    ),
    (
        "2026-11-20",
        "Profit in the year to June will rise.",
        &[("the year to June", "2026-07-01", "2027-06-30", "year")],
    ),
    // "ended" and "ending" before a bare month make it the month, as
    // "to" does ("March", "May" and "June" alone are read only so).
    (
        "2026-05-13",
        "Sales rose 8% in the year ended March, and profit in the quarter ended March.",
        &[
            ("the year ended March", "2025-04-01", "2026-03-31", "year"),
            ("the quarter ended March", "2026-01-01", "2026-03-31", "quarter"),
        ],
    ),
    (
        M,
        "starting in the third quarter of calendar 2026",
        &[(
            "the third quarter of calendar 2026",
            "2026-07-01",
            "2026-09-30",
            "quarter",
        )],
    ),
    (
        M,
        "to close in the second half of calendar year 2025",
        &[(
            "the second half of calendar year 2025",
            "2025-07-01",
            "2025-12-31",
            "half",
        )],
    ),
    (
        M,
        "revenue of 86 trillion won for July-September",
        &[("July-September", "2025-07-01", "2025-09-30", "quarter")],
    ),
    // Results told ahead of a period just over are that period's, within
    // three months of its end; a plain future is the next one.
    (
        M,
        "analysts expect December-quarter revenue of about $2.63 billion",
        &[("December-quarter", "2025-10-01", "2025-12-31", "quarter")],
    ),
    (
        M,
        "is expected to report its December quarter results",
        &[("December quarter", "2025-10-01", "2025-12-31", "quarter")],
    ),
    (
        M,
        "expects fourth-quarter revenue to rise",
        &[("fourth-quarter", "2025-10-01", "2025-12-31", "quarter")],
    ),
    (
        M,
        "expects second-quarter revenue to rise",
        &[("second-quarter", "2026-04-01", "2026-06-30", "quarter")],
    ),
    // Months joined with no year run forward from the first: early in a
    // year, "January-March" is this year's, not a March before January.
    (
        M,
        "Kioxia forecast January-March revenue",
        &[("January-March", "2026-01-01", "2026-03-31", "quarter")],
    ),
    // A bare quarter or half in the future tense is the next one not yet
    // over; otherwise the last one begun.
    (
        M,
        "the chip will ship in the fourth quarter",
        &[("the fourth quarter", "2026-10-01", "2026-12-31", "quarter")],
    ),
    (
        M,
        "revenue rose in the fourth quarter",
        &[("the fourth quarter", "2025-10-01", "2025-12-31", "quarter")],
    ),
    (
        M,
        "it expects margins to improve in H2",
        &[("H2", "2026-07-01", "2026-12-31", "half")],
    ),
    (
        M,
        "orders rose in Jan-Mar 2025",
        &[("Jan-Mar 2025", "2025-01-01", "2025-03-31", "quarter")],
    ),
    (
        M,
        "profit rose in the July-September quarter",
        // (The article stays, as in "the third quarter".)
        &[("the July-September quarter", "2025-07-01", "2025-09-30", "quarter")],
    ),
    (
        M,
        "Samsung will report results for the January-March quarter in April.",
        &[
            ("the January-March quarter", "2026-01-01", "2026-03-31", "quarter"),
            ("April", "2026-04-01", "2026-04-30", "month"),
        ],
    ),
    (M, "revenue will double in calendar 2027", &[("calendar 2027", "2027-01-01", "2027-12-31", "year")]),
    (M, "CY26 earnings growth of 20%", &[("CY26", "2026-01-01", "2026-12-31", "year")]),
    (M, "growth in CY 2027", &[("CY 2027", "2027-01-01", "2027-12-31", "year")]),
    (M, "Apple sold a record number of iPhones in the holiday quarter", &[("the holiday quarter", "2025-10-01", "2025-12-31", "quarter")]),
    (M, "reactors may arrive in the early 2030s", &[("the early 2030s", "2030-01-01", "2033-12-31", "decade")]),
    (M, "it slowed construction in the next fiscal year", &[("the next fiscal year", "2027-01-01", "2027-12-31", "fiscal_year")]),
    (M, "the roadshow began in the week of Feb. 2", &[("the week of Feb. 2", "2026-02-02", "2026-02-08", "week")]),
    (M, "At end-March, it had $5 billion in cash", &[("end-March", "2025-03-01", "2025-03-31", "month")]),
    (M, "profit for the fourth quarter of 2024-25 rose", &[("the fourth quarter of 2024-25", "2025-01-01", "2025-03-31", "quarter")]),
    (M, "sales fell in the three months to end-June", &[("the three months to end-June", "2025-04-01", "2025-06-30", "quarter")]),
    (M, "profit in the half to the end of June 2025", &[("the half to the end of June 2025", "2025-01-01", "2025-06-30", "half")]),
    (
        M,
        "revenue for August-October",
        &[("August-October", "2025-08-01", "2025-10-31", "month")],
    ),
    // A participle after "be" is no past: the date is ahead.
    (
        M,
        "The cuts will be made by February 10",
        &[("February 10", "2026-02-09", "2026-02-10", "day")],
    ),
    // A fiscal company right after a phrase opening the sentence owns
    // its bare quarter.
    (
        M,
        "For the third quarter, Microsoft expects Azure growth of 37%",
        &[("the third quarter", "2026-01-01", "2026-03-31", "quarter")],
    ),
    (
        M,
        "For the third quarter, analysts expect Microsoft's growth to slow",
        &[("the third quarter", "2025-07-01", "2025-09-30", "quarter")],
    ),
    (
        M,
        "revenue in the September quarter rose",
        &[(
            "the September quarter",
            "2025-07-01",
            "2025-09-30",
            "quarter",
        )],
    ),
    (
        M,
        "the first nine months of 2025",
        &[(
            "the first nine months of 2025",
            "2025-01-01",
            "2025-09-30",
            "month",
        )],
    ),
    (
        M,
        "in the last two quarters of 2024",
        &[(
            "the last two quarters of 2024",
            "2024-07-01",
            "2024-12-31",
            "half",
        )],
    ),
    (
        M,
        "growth in the back half of the year",
        &[(
            "the back half of the year",
            "2026-07-01",
            "2026-12-31",
            "half",
        )],
    ),
    (
        M,
        "revenue in the three months through September 2025 rose",
        &[(
            "the three months through September 2025",
            "2025-07-01",
            "2025-09-30",
            "quarter",
        )],
    ),
    (M, "the back office", &[]),
    // A fiscal year whose end the text gives.
    (
        M,
        "earnings for fiscal year 2026 ending in March",
        &[(
            "fiscal year 2026 ending in March",
            "2025-04-01",
            "2026-03-31",
            "fiscal_year",
        )],
    ),
    (
        M,
        "in the fiscal year ending June 30, 2026",
        &[(
            "the fiscal year ending June 30, 2026",
            "2025-07-01",
            "2026-06-30",
            "fiscal_year",
        )],
    ),
    // Numeric dates, with a four-digit year only.
    (
        M,
        "filed on 12/15/2025",
        &[("12/15/2025", "2025-12-15", "2025-12-15", "day")],
    ),
    (
        M,
        "filed on 15/12/2025",
        &[("15/12/2025", "2025-12-15", "2025-12-15", "day")],
    ),
    (M, "won 3/4 of the seats", &[]),
    (
        M,
        "through 2027",
        &[("2027", "2026-02-09", "2027-12-31", "year")],
    ),
    (
        M,
        "since 2023",
        &[("2023", "2023-01-01", "2026-02-09", "year")],
    ),
    (
        M,
        "so far this year",
        &[("so far this year", "2026-01-01", "2026-02-09", "year")],
    ),
    // Ranges.
    (
        M,
        "from 2023 to 2025",
        &[("2023 to 2025", "2023-01-01", "2025-12-31", "year")],
    ),
    (
        M,
        "2023 to 2025",
        &[("2023 to 2025", "2023-01-01", "2025-12-31", "year")],
    ),
    (
        M,
        "from 2024 through 2026",
        &[("2024 through 2026", "2024-01-01", "2026-12-31", "year")],
    ),
    // The clause a date is in sets its tense; "and" before a verb opens
    // another.
    (
        "2026-11-20",
        "The company began shipping the product in Q1 and expects volume production in Q2 2027.",
        &[
            ("Q1", "2026-01-01", "2026-03-31", "quarter"),
            ("Q2 2027", "2027-04-01", "2027-06-30", "quarter"),
        ],
    ),
    (
        "2026-11-20",
        "The vote is scheduled for Nov. 30, the union said.",
        &[("Nov. 30", "2026-11-30", "2026-11-30", "day")],
    ),
    // Results told ahead are of a period already over.
    (
        "2026-11-10",
        "Allianz is expected to post third-quarter operating profit of 4.3 billion euros on Friday.",
        &[
            ("third-quarter", "2026-07-01", "2026-09-30", "quarter"),
            ("Friday", "2026-11-13", "2026-11-13", "day"),
        ],
    ),
    (
        "2026-11-10",
        "Allianz will invest more in the third quarter.",
        &[("the third quarter", "2027-07-01", "2027-09-30", "quarter")],
    ),
    // A verb that moves a date: the old date and the new one, no span.
    (
        M,
        "The launch slipped from 2026 to 2027.",
        &[
            ("2026", "2026-01-01", "2026-12-31", "year"),
            ("2027", "2027-01-01", "2027-12-31", "year"),
        ],
    ),
    (
        M,
        "The opening was pushed back from March to June.",
        &[
            ("March", "2025-03-01", "2025-03-31", "month"),
            ("June", "2025-06-01", "2025-06-30", "month"),
        ],
    ),
    (
        M,
        "in 2023-2025",
        &[("2023-2025", "2023-01-01", "2025-12-31", "year")],
    ),
    (
        M,
        "in 2024-25",
        &[("2024-25", "2024-01-01", "2025-12-31", "year")],
    ),
    (
        M,
        "between March and May",
        &[("March and May", "2025-03-01", "2025-05-31", "month")],
    ),
    (
        M,
        "from January to March 2025",
        &[(
            "January to March 2025",
            "2025-01-01",
            "2025-03-31",
            "month",
        )],
    ),
    // Without a reference date: mentions, unresolved.
    ("", "this year", &[("this year", "", "", "year")]),
    ("", "last week", &[("last week", "", "", "week")]),
    ("", "in Q4", &[("Q4", "", "", "quarter")]),
    (
        "",
        "in 2025",
        &[("2025", "2025-01-01", "2025-12-31", "year")],
    ),
    // Must not match.
    (M, "hundreds of thousands of Trainium2 chips", &[]),
    (M, "$2025", &[]),
    (M, "2,025 chips", &[]),
    (M, "support 24/7", &[]),
    (M, "version 2.0.1 and v2025", &[]),
    (M, "Day 2 of the event", &[]),
    (M, "a “day two” company", &[]),
    (M, "at 9:00 am", &[]),
    (M, "at 20:25", &[]),
    (M, "year-over-year growth", &[]),
    (M, "annual revenue", &[]),
    (M, "once a week", &[]),
    (M, "a multi-year deal", &[]),
    (M, "30-Second TL;DR", &[]),
    (M, "first-generation chips", &[]),
    (M, "call 555-2025", &[]),
    (M, "you may want to march on", &[]),
    (M, "grew 2025%", &[]),
    (M, "the coming years", &[]),
    (M, "re:Invent", &[]),
    (M, "Sun Microsystems and Wed", &[]),
    (M, "Mar and Jan are names", &[]),
];

fn dates(reference: &str, text: &str) -> Vec<crate::Mention> {
    let mut b = Extractor::builder().kinds(&[Kind::Date]).claims(false);
    if !reference.is_empty() {
        b = b.reference_date(reference.parse().expect("valid date"));
    }
    b.build()
        .expect("builds")
        .analyze(text)
        .expect("text")
        .mentions
}

fn show(d: Option<Date>) -> String {
    d.map_or_else(String::new, |d| d.to_string())
}

fn gran(g: Granularity) -> String {
    serde_json::to_value(g)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

#[test]
fn date_table() {
    let mut failures = Vec::new();
    for (reference, input, expected) in CASES {
        let got: Vec<_> = dates(reference, input)
            .iter()
            .map(|m| {
                let Value::Date(v) = &m.value else {
                    unreachable!()
                };
                (
                    m.text.clone(),
                    show(v.start),
                    show(v.end),
                    gran(v.granularity),
                )
            })
            .collect();
        let want: Vec<_> = expected
            .iter()
            .map(|&(t, s, e, g)| (t.to_string(), s.to_string(), e.to_string(), g.to_string()))
            .collect();
        if got != want {
            failures.push(format!(
                "{input:?} (ref {reference}):\n   got  {got:?}\n   want {want:?}"
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
    assert!(CASES.len() >= 80, "the table keeps at least 80 cases");
}

#[test]
fn relative_dates_say_so_and_unresolved_ones_have_no_bounds() {
    let found = dates("", "Amazon said last week that in 2025 it spent more.");
    let flags: Vec<_> = found
        .iter()
        .map(|m| {
            let Value::Date(v) = &m.value else {
                unreachable!()
            };
            (m.text.as_str(), v.relative, v.resolved, v.start.is_some())
        })
        .collect();
    assert_eq!(
        flags,
        vec![
            ("last week", true, false, false),
            ("2025", false, true, true)
        ]
    );
}

#[test]
fn a_range_whose_end_names_its_year_is_not_relative() {
    for (text, relative) in [
        ("results for April-June 2025 were weak", false),
        ("results for April-June were weak", true),
    ] {
        let found = dates(M, text);
        let Value::Date(v) = &found[0].value else {
            unreachable!()
        };
        assert_eq!(v.relative, relative, "{text}");
    }
}

#[test]
fn offsets_move_with_the_input() {
    for prefix in ["x ", "é ", "🧠 "] {
        let base = "by end of 2026 and in Q4 2024";
        let shifted = format!("{prefix}{base}");
        let a = dates(M, base);
        let b = dates(M, &shifted);
        assert_eq!(a.len(), b.len());
        for (x, y) in a.iter().zip(&b) {
            assert_eq!(y.start, x.start + prefix.len());
            assert_eq!(&shifted[y.start..y.end], x.text);
        }
    }
}

#[test]
fn the_reference_date_comes_from_the_top_of_the_text() {
    let cases: &[(&str, Option<&str>)] = &[
        ("Title\nPublished on Feb. 7, 2026\n\nAmazon said...", Some("2026-02-07")),
        ("Headline\nFebruary 7, 2026 at 9:00 am\nBody.", Some("2026-02-07")),
        ("SEATTLE, Feb. 7, 2026 — Amazon said...", Some("2026-02-07")),
        (
            "NEW YORK, July 7, 2025 /PRNewswire/ -- CoreWeave said on Monday it would buy a miner.",
            Some("2025-07-07"),
        ),
        ("Updated: 2026-02-09 10:00\nText", Some("2026-02-09")),
        ("Published 2026-11-03T09:00:00Z\n\nText", Some("2026-11-03")),
        (
            "LONDON, 11 June 2025 – Shell said it would spend $5 billion next year.",
            Some("2025-06-11"),
        ),
        ("Amazon said it would spend more in 2025.", None),
        (
            "On March 3, 2020, the company began a long programme of building data centres across the country.",
            None,
        ),
        ("Written by\nPublished on\nJoin", None),
    ];
    for (text, want) in cases {
        assert_eq!(
            find_reference_date(text).map(|d| d.to_string()).as_deref(),
            *want,
            "{text:?}"
        );
    }
}

#[test]
fn odd_input_does_not_panic() {
    for text in [
        "",
        "Q",
        "FY",
        "fiscal",
        "by",
        "the end of",
        "since",
        "between 2025 and",
        "Feb.",
        "31 February 2026",
        "Q4'",
        "9999-99-99",
        "2100-12-31 to 2100",
        "é2025é",
        "the past 1000 decades",
        "1H",
        "🧠 Q4 🧠",
    ] {
        let _ = dates(M, text);
        let _ = dates("", text);
        let _ = find_reference_date(text);
    }
}

/// `Grammar::may_start` turns tokens away before the alternatives run: no
/// token it turns away may start a phrase, over every input of the case
/// table and every fixture and seed article.
#[test]
fn the_start_filter_loses_no_phrase() {
    let mut texts: Vec<String> = CASES.iter().map(|c| c.1.to_string()).collect();
    texts.extend(crate::testing::fixture_texts());
    let reference = Some(M.parse().expect("date"));
    let mut checked = 0;
    for text in &texts {
        let numerals = crate::numbers::numerals(text);
        let carried = Carried::default();
        let words = Words::new(text, &numerals, &carried);
        let g = Grammar {
            w: &words,
            reference,
            sentence: (0, words.toks.len()),
            anchor: None,
            before: None,
        };
        for i in 0..words.toks.len() {
            if !g.may_start(i) {
                checked += 1;
                let lost = g.parse_unfiltered(i);
                assert!(lost.is_none(), "{:?} in {text:.60?}", words.toks[i].text);
            }
        }
    }
    assert!(
        checked > 1000,
        "the filter turned away only {checked} tokens"
    );
}

/// "the" and "a" pass `may_start` only before the words that go on to a
/// phrase. Before any other word the grammar knows (every word in quotes
/// in its source), followed by any of them or by a year, no phrase starts
/// at them.
#[test]
fn the_and_a_open_phrases_only_before_their_words() {
    let quoted = regex::Regex::new(r#""([A-Za-z][A-Za-z-]*)""#).expect("pattern");
    let mut vocab: std::collections::BTreeSet<String> = [
        include_str!("grammar.rs"),
        include_str!("words.rs"),
        include_str!("calc.rs"),
    ]
    .iter()
    .flat_map(|src| quoted.captures_iter(src).map(|c| c[1].to_lowercase()))
    .collect();
    vocab.extend(
        [
            "2025", "2020s", "3", "1st", "4th", "Q4", "H1", "FY25", "January", "Monday", "-",
        ]
        .map(String::from),
    );
    let mut follow: Vec<String> = [
        "",
        "year",
        "years",
        "quarter",
        "of 2025",
        "2025",
        "ago",
        "fiscal year",
        "this year",
        "of the year",
        "half of 2025",
    ]
    .map(String::from)
    .to_vec();
    follow.extend(vocab.iter().map(|v| format!("{v} 2025")));
    let reference = Some(M.parse().expect("date"));
    let mut checked = 0;
    for opener in ["the", "a"] {
        for w in &vocab {
            for c in &follow {
                let text = format!("{opener} {w} {c}");
                let numerals = crate::numbers::numerals(&text);
                let carried = Carried::default();
                let words = Words::new(&text, &numerals, &carried);
                let g = Grammar {
                    w: &words,
                    reference,
                    sentence: (0, words.toks.len()),
                    anchor: None,
                    before: None,
                };
                if !g.may_start(0) {
                    checked += 1;
                    assert!(g.parse_unfiltered(0).is_none(), "{text:?}");
                }
            }
        }
    }
    assert!(checked > 10_000, "only {checked} texts turned away");
}

/// A long text is read in pieces cut between paragraphs: the fixtures
/// joined into one text of several pieces give each fixture's own dates,
/// at the shifted offsets, and the pieces cover the text end to end.
#[test]
fn pieces_of_a_long_text_find_each_articles_dates() {
    // The texts as the pipeline reads them (repaired, normalized), so that
    // offsets add up.
    let articles: Vec<(String, Vec<crate::Mention>)> = crate::testing::fixture_texts()
        .iter()
        .map(|raw| {
            let text = Extractor::new().analyze(raw).expect("text").text;
            let found = dates(M, &text);
            (text, found)
        })
        .collect();
    let mut whole = String::new();
    let mut expected = Vec::new();
    while whole.len() < 4 * super::PIECE_BYTES {
        for (text, found) in &articles {
            let offset = whole.len();
            for m in found {
                expected.push((m.start + offset, m.end + offset, m.value.clone()));
            }
            whole.push_str(text);
            whole.push_str("\n\n");
        }
    }
    let sentences = crate::segment::segment(&whole);
    let pieces = super::pieces(&whole, &sentences);
    assert!(pieces.len() >= 4, "{} pieces", pieces.len());
    assert_eq!(pieces.first().map(|r| r.start), Some(0));
    assert_eq!(pieces.last().map(|r| r.end), Some(whole.len()));
    assert!(pieces.windows(2).all(|p| p[0].end == p[1].start));
    let got: Vec<_> = dates(M, &whole)
        .into_iter()
        .map(|m| (m.start, m.end, m.value))
        .collect();
    assert_eq!(got.len(), expected.len());
    for (g, e) in got.iter().zip(&expected) {
        assert_eq!(g, e, "{:?}", &whole[g.0..g.1]);
    }
}

/// A sentence longer than a piece (no full stop in megabytes) is cut at
/// spaces: every date in it is still found, and whole.
#[test]
fn a_sentence_longer_than_a_piece_is_cut_at_spaces() {
    let reps = 2 * super::PIECE_MAX / 20 + 1000;
    let text = "revenue in 2025 and ".repeat(reps);
    let sentences = crate::segment::segment(&text);
    let pieces = super::pieces(&text, &sentences);
    assert!(pieces.len() >= 3, "{} pieces", pieces.len());
    assert!(pieces.windows(2).all(|p| p[0].end == p[1].start));
    let found = dates(M, &text);
    assert_eq!(found.len(), reps);
    assert!(found.iter().all(|m| m.text == "2025"));
}

/// The article's date reads only lines with a year and a month's name or
/// an ISO date's separator: over every example of the case table (alone,
/// after "Published", as a dateline, and between lines with other years)
/// and every fixture article (the seed articles), that finds what reading
/// every line of the head finds.
#[test]
fn the_year_filter_loses_no_reference_date() {
    let mut texts: Vec<String> = Vec::new();
    for (_, input, _) in CASES {
        texts.push(input.to_string());
        texts.push(format!("Title\nPublished on {input}\n\nBody."));
        texts.push(format!("SEATTLE, {input} — Amazon said"));
        texts.push(format!("In 2025 it grew.\n{input}\nBody in 2024."));
    }
    texts.extend(crate::testing::fixture_texts());
    let mut found = 0;
    for text in &texts {
        let all = find_reference_date_reading_all(text);
        assert_eq!(find_reference_date(text), all, "{text:?}");
        found += usize::from(all.is_some());
    }
    assert!(found > 10, "only {found} texts have a date");
}

/// Sentences without digits or an anchor word are not read: over every
/// example of the case table and every fixture article (the seed
/// articles), that finds exactly the dates reading the whole text finds.
#[test]
fn sentences_without_anchors_hold_no_date() {
    let mut texts: Vec<String> = CASES.iter().map(|c| c.1.to_string()).collect();
    texts.extend(crate::testing::fixture_texts());
    let lexicons = crate::lexicon::Lexicons::builtin();
    let (mut skipped, mut found) = (0, 0);
    for text in &texts {
        let sentences = crate::segment::segment(text);
        let numerals = crate::numbers::numerals(text);
        let ctx = Context {
            text,
            sentences: &sentences,
            numerals: &numerals,
            reference_date: Some(M.parse().expect("date")),
            lexicons: &lexicons,
        };
        let read = reading(text, &sentences);
        skipped += text.len() - read.iter().map(|r| r.len()).sum::<usize>();
        let (mut some, mut all) = (Vec::new(), Vec::new());
        recognize_in(&ctx, read, &[], &mut some);
        recognize_in(&ctx, pieces(text, &sentences), &[], &mut all);
        assert_eq!(some, all, "{text:.80?}");
        found += all.len();
    }
    assert!(
        skipped > 5_000 && found > 150,
        "skipped {skipped} bytes, {found} dates"
    );
}

/// A year is a run of exactly four digits from 1900 to 2100.
#[test]
fn year_digits_are_a_whole_run_in_range() {
    for (line, want) in [
        ("SEATTLE, Feb. 7, 2026 --", true),
        ("1900 and 2100", true),
        ("2100", true),
        ("in 1899 or 2101", false),
        ("12025 units, 20251 more", false),
        ("call 555-0199", false),
        ("", false),
        ("Q3-2025", true),
    ] {
        assert_eq!(has_year_digits(line.as_bytes()), want, "{line:?}");
    }
}

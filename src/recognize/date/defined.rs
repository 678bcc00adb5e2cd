//! Quarters an article dates for itself. "Comparable sales fell 2.1% in
//! the first quarter ended May 2" fixes the company's quarters for the
//! article: the headline's bare "First-quarter comparable sales" is the
//! same thirteen weeks, and "charges in the second quarter" the thirteen
//! weeks after them, not the calendar's April to June. A quarter that
//! ends on a month's last day steps by three months; one that ends on
//! another day (a 52-53 week calendar) by thirteen weeks.
//!
//! A quarter named with its fiscal year ("Q4FY26", "the fourth quarter
//! of 2025-26"), placed on the company's calendar, dates the others too.
//!
//! Only bare ordinal quarters and halves ("the second quarter", "Q2",
//! "first-half", with no year) and fiscal years ("fiscal 2026",
//! "full-year": the company's year overlapping the calendar's most) are
//! placed again, only onto the company's period within half a year of
//! where the calendar put them, only in sentences that name no company or a company
//! whose quarter was dated (that of the statement's sentence, else of the
//! nearest sentence before it that names one; brokers and outlets quoted
//! are no such company), and not for a company whose quarter the text
//! dates two ways.

use jiff::Span;

use super::calc::{self, Period};
use crate::analysis::{Granularity, Mention, Sentence, Value};

/// How many quarter-end statements are read in one text: an article
/// states one or two, and a bound keeps a hostile text linear.
const MAX_DEFINED: usize = 8;

/// One quarter the text dates: its number in the year and its period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Anchor {
    n: i8,
    period: Period,
}

impl Anchor {
    /// The quarter `n` of the same fiscal year.
    fn quarter(&self, n: i8) -> Option<Period> {
        let steps = i64::from(n - self.n);
        let last = self.period.1;
        if last == last.last_of_month() {
            let end = last
                .first_of_month()
                .checked_add(Span::new().months(3 * steps))
                .ok()?
                .last_of_month();
            calc::months_ending(end, 3)
        } else {
            let shift = Span::new().days(91 * steps);
            Some((
                self.period.0.checked_add(shift).ok()?,
                last.checked_add(shift).ok()?,
            ))
        }
    }

    /// The fiscal year `offset` years from the one holding this quarter
    /// (a 52-53 week year moved by 52 weeks).
    fn year(&self, offset: i8) -> Option<Period> {
        let q = 4 * offset;
        Some((self.quarter(q + 1)?.0, self.quarter(q + 4)?.1))
    }

    /// Of the fiscal years about this one, the one overlapping `now` (a
    /// year as the calendar placed it) most, by more than half a year.
    fn year_over(&self, now: Period) -> Option<Period> {
        let overlap = |p: Period| {
            let (lo, hi) = (p.0.max(now.0), p.1.min(now.1));
            if lo > hi {
                0
            } else {
                hi.since(lo).map_or(0, |d| d.get_days())
            }
        };
        [-1, 0, 1]
            .into_iter()
            .filter_map(|k| self.year(k))
            .map(|p| (overlap(p), p))
            .filter(|&(days, _)| days > 183)
            .max_by_key(|&(days, _)| days)
            .map(|(_, p)| p)
    }

    /// The half `n` (1 or 2) of the same fiscal year.
    fn half(&self, n: i8) -> Option<Period> {
        let first = self.quarter(2 * n - 1)?;
        let second = self.quarter(2 * n)?;
        Some((first.0, second.1))
    }
}

/// Places again the bare quarters, halves and fiscal years of a text that
/// dates one of its quarters ("the first quarter ended May 2"). `mentions` are in text
/// order, companies among them.
pub fn align(mentions: &mut [Mention], sentences: &[Sentence]) {
    // Each dated quarter with the companies it is of, in text order.
    let mut anchors: Vec<(Anchor, Vec<String>, bool)> = Vec::new();
    for (i, m) in mentions.iter().enumerate() {
        // "the first quarter ended May 2"; "Q4FY26", "the fourth quarter
        // of 2025-26", placed on a calendar the lexicon or text gave.
        let dated = match m.rule.as_str() {
            "date.months_ending" => true,
            "date.quarter" | "date.ordinal_period" => names_fiscal_year(&m.text),
            _ => false,
        };
        if !dated {
            continue;
        }
        let Some((Granularity::Quarter, Some(period))) = date_of(m) else {
            continue;
        };
        let Some((n, named)) = ordinal(&m.text) else {
            continue;
        };
        if m.rule == "date.months_ending" && !named {
            continue;
        }
        anchors.push((
            Anchor { n, period },
            owners_of(mentions, sentences, i),
            m.rule == "date.months_ending",
        ));
        if anchors.len() == MAX_DEFINED {
            break;
        }
    }
    // A quarter whose end the text states outranks one the lexicon placed.
    if anchors.iter().any(|a| a.2) {
        anchors.retain(|a| a.2);
    }
    let anchors: Vec<(Anchor, Vec<String>)> = anchors.into_iter().map(|(a, o, _)| (a, o)).collect();
    // The same company's quarters dated two ways are none (the same
    // calendar stated twice is one).
    let clash = |a: &(Anchor, Vec<String>), b: &(Anchor, Vec<String>)| {
        a.1 == b.1 && a.0.quarter(b.0.n) != Some(b.0.period)
    };
    let kept: Vec<&(Anchor, Vec<String>)> = anchors
        .iter()
        .filter(|a| !anchors.iter().any(|b| clash(a, b)))
        .collect();
    if kept.is_empty() {
        return;
    }
    for i in 0..mentions.len() {
        let m = &mentions[i];
        let year = matches!(m.rule.as_str(), "date.fiscal_year" | "date.full_year");
        if !year && !matches!(m.rule.as_str(), "date.ordinal_period" | "date.quarter") {
            continue;
        }
        let Some((gran, Some(now))) = date_of(m) else {
            continue;
        };
        let n = if year {
            0
        } else {
            match ordinal(&m.text) {
                Some((n, _)) => n,
                None => continue,
            }
        };
        // A sentence takes the quarters of the first company it names, if
        // dated; one naming none, those of the company named last before
        // it, or with none named, those dated first in the text.
        let owners = owners_of(mentions, sentences, i);
        let anchor = if owners.is_empty() {
            Some(kept[0].0)
        } else {
            // (The first only: "SK Hynix held 38% of the market in the
            // first quarter, Micron 23%" is no quarter of Micron's.)
            kept.iter().find(|a| a.1.contains(&owners[0])).map(|a| a.0)
        };
        let Some(anchor) = anchor else {
            continue;
        };
        let placed = match gran {
            _ if year => anchor.year_over(now),
            Granularity::Quarter if (1..=4).contains(&n) => anchor.quarter(n),
            Granularity::Half if (1..=2).contains(&n) => anchor.half(n),
            _ => None,
        };
        // (Within half a year of where the calendar put it: a company's
        // fourth quarter may be January to March, or April to June.)
        let near = |p: &Period| p.0.since(now.0).is_ok_and(|d| d.get_days().abs() <= 184);
        let Some(placed) = placed.filter(near) else {
            continue;
        };
        if let Value::Date(d) = &mut mentions[i].value {
            // (A year the text numbers is placed again too: "fiscal 2026"
            // is the company's year, which the calendar did not know.)
            if d.relative || year {
                d.start = Some(placed.0);
                d.end = Some(placed.1);
            }
        }
    }
}

/// How far from a mention its sentence's companies are looked for, in
/// mentions each way: a bound on the work per date.
const REACH: usize = 24;

/// The slugs of the companies in sentence `s`, found among the mentions
/// near index `i` (which lies in it).
fn companies_in(mentions: &[Mention], s: usize, i: usize) -> impl Iterator<Item = &str> {
    let lo = i.saturating_sub(REACH);
    let hi = (i + REACH).min(mentions.len());
    mentions[lo..hi]
        .iter()
        .filter(move |m| m.sentence == s)
        .filter_map(reporting)
}

/// The companies the mention at `at` is of: those of its sentence, else
/// those of the nearest sentence before it naming one (not a line of page
/// furniture: "Also Read: TCS Q1 results").
fn owners_of(mentions: &[Mention], sentences: &[Sentence], at: usize) -> Vec<String> {
    let s = mentions[at].sentence;
    let own: Vec<String> = companies_in(mentions, s, at).map(String::from).collect();
    if !own.is_empty() {
        return own;
    }
    let furniture = |m: &Mention| sentences.get(m.sentence).is_some_and(|s| s.boilerplate);
    let lo = at.saturating_sub(REACH);
    match mentions[lo..at]
        .iter()
        .rposition(|m| reporting(m).is_some() && !furniture(m))
    {
        Some(k) => companies_in(mentions, mentions[lo + k].sentence, lo + k)
            .map(String::from)
            .collect(),
        None => Vec::new(),
    }
}

/// The slug of a company mention, unless a broker or an outlet (quoted,
/// not reporting).
fn reporting(m: &Mention) -> Option<&str> {
    match &m.value {
        Value::Company(c)
            if !crate::lexicon::is_broker(&c.id) && !crate::lexicon::is_outlet(&c.id) =>
        {
            Some(c.id.as_str())
        }
        _ => None,
    }
}

/// Whether a quarter's phrase names a fiscal year: "Q4FY26", "fiscal
/// 2026", "2025-26".
fn names_fiscal_year(text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    if lower.contains("fy") || lower.contains("fiscal") {
        return true;
    }
    let b = lower.as_bytes();
    b.windows(7).any(|w| {
        w[..4].iter().all(u8::is_ascii_digit)
            && matches!(w[4], b'-' | b'/')
            && w[5..].iter().all(u8::is_ascii_digit)
    })
}

fn date_of(m: &Mention) -> Option<(Granularity, Option<Period>)> {
    match &m.value {
        Value::Date(d) => Some((d.granularity, d.start.zip(d.end))),
        _ => None,
    }
}

/// The number of the quarter or half a phrase names ("the first quarter
/// ended May 2", "Q2", "second-half", "1H"), and whether it names it by
/// an ordinal word followed by "quarter" (the form that dates a quarter).
fn ordinal(surface: &str) -> Option<(i8, bool)> {
    let mut words = surface
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty());
    for w in words.by_ref() {
        let lower = w.to_ascii_lowercase();
        let n = match lower.as_str() {
            "the" | "its" | "their" | "fiscal" => continue,
            "first" | "1st" => 1,
            "second" | "2nd" => 2,
            "third" | "3rd" => 3,
            "fourth" | "4th" => 4,
            _ => {
                let b = lower.as_bytes();
                return match b {
                    [b'q' | b'h', d @ b'1'..=b'4', ..] | [d @ b'1'..=b'4', b'q' | b'h', ..] => {
                        Some(((d - b'0') as i8, false))
                    }
                    _ => None,
                };
            }
        };
        let quarter = words
            .find(|w| !w.eq_ignore_ascii_case("fiscal"))
            .is_some_and(|w| w.eq_ignore_ascii_case("quarter"));
        return Some((n, quarter));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::Date;

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    fn periods(text: &str) -> Vec<(String, String, String)> {
        let a = crate::Extractor::builder()
            .reference_date(d("2026-05-20"))
            .build()
            .unwrap()
            .analyze(text)
            .unwrap();
        a.mentions
            .iter()
            .filter_map(|m| match &m.value {
                Value::Date(v) => Some((
                    m.text.clone(),
                    v.start.unwrap().to_string(),
                    v.end.unwrap().to_string(),
                )),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn a_dated_quarter_places_the_company_s_others() {
        let text = "Target posted weak first-quarter sales. Comparable sales fell 2.1% in \
                    the first quarter ended May 2, according to LSEG. Target expects \
                    charges in the second quarter and capital spending in fiscal 2026. \
                    Walmart's second quarter was strong.";
        let got = periods(text);
        let want = [
            ("first-quarter", "2026-02-01", "2026-05-02"),
            ("the first quarter ended May 2", "2026-02-01", "2026-05-02"),
            ("the second quarter", "2026-05-03", "2026-08-01"),
            ("fiscal 2026", "2026-02-01", "2027-01-30"),
            // Another company's quarter keeps its own calendar's
            // (Walmart's, from the lexicon: whole months from February).
            ("second quarter", "2026-05-01", "2026-07-31"),
        ];
        let got: Vec<(&str, &str, &str)> = got
            .iter()
            .map(|(a, b, c)| (a.as_str(), b.as_str(), c.as_str()))
            .collect();
        assert_eq!(got, want);
    }

    #[test]
    fn a_quarter_named_with_its_fiscal_year_places_the_bare_ones() {
        let text = "Infosys reported a profit for the fourth quarter of 2025-26. \
                    Margins widened in the fourth quarter. Separately, Samsung's \
                    fourth quarter was weak.";
        let got = periods(text);
        let got: Vec<(&str, &str, &str)> = got
            .iter()
            .map(|(a, b, c)| (a.as_str(), b.as_str(), c.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                ("the fourth quarter of 2025-26", "2026-01-01", "2026-03-31"),
                ("the fourth quarter", "2026-01-01", "2026-03-31"),
                // Another company's, the calendar's.
                ("fourth quarter", "2025-10-01", "2025-12-31"),
            ]
        );
    }

    #[test]
    fn furniture_and_outlets_name_no_company_of_a_bare_quarter() {
        let text = "Infosys reported a profit for the first quarter of FY27.\n\n\
                    Also Read: TCS Q4 results: Net profit up 6% at Rs 12,760 crore\n\n\
                    The figures beat estimates, Moneycontrol reported.\n\n\
                    \"Our Q1 performance was strong,\" said Salil Parekh.";
        let got = periods(text);
        let last = got
            .last()
            .map(|(a, b, c)| (a.as_str(), b.as_str(), c.as_str()));
        assert_eq!(last, Some(("Q1", "2026-04-01", "2026-06-30")), "{got:?}");
    }

    #[test]
    fn ordinals() {
        assert_eq!(ordinal("the first quarter ended May 2"), Some((1, true)));
        assert_eq!(
            ordinal("the fiscal second quarter ended Feb. 26"),
            Some((2, true))
        );
        assert_eq!(ordinal("First-quarter"), Some((1, true)));
        assert_eq!(ordinal("Q3"), Some((3, false)));
        assert_eq!(ordinal("2H"), Some((2, false)));
        assert_eq!(ordinal("the second half"), Some((2, false)));
        assert_eq!(ordinal("the quarter ended March 31"), None);
    }

    #[test]
    fn weeks_and_months_step_by_quarters() {
        // Target: 13 weeks to Saturday May 2, 2026.
        let weeks = Anchor {
            n: 1,
            period: (d("2026-02-01"), d("2026-05-02")),
        };
        assert_eq!(weeks.quarter(2), Some((d("2026-05-03"), d("2026-08-01"))));
        assert_eq!(weeks.half(1), Some((d("2026-02-01"), d("2026-08-01"))));
        // Fiscal 2026 as the calendar placed it is the year Target ends on
        // Jan. 30, 2027.
        let calendar = (d("2026-01-01"), d("2026-12-31"));
        assert_eq!(
            weeks.year_over(calendar),
            Some((d("2026-02-01"), d("2027-01-30")))
        );
        let months = Anchor {
            n: 3,
            period: (d("2025-08-01"), d("2025-10-31")),
        };
        assert_eq!(months.quarter(1), Some((d("2025-02-01"), d("2025-04-30"))));
        assert_eq!(months.quarter(4), Some((d("2025-11-01"), d("2026-01-31"))));
    }
}

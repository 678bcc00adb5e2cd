//! Calendar arithmetic for the date recognizer, all of it done by `jiff`:
//! the spans of years, quarters, halves, months, weeks and fiscal years,
//! and moving a date by a number of units. Every function returns `None`
//! rather than panicking when a date would leave jiff's range.

use super::tokens::Lower;
use jiff::civil::{Date, Weekday};
use jiff::Span;

use crate::analysis::Granularity;
use crate::lexicon::calendar::FiscalCalendar;

/// An inclusive span of days.
pub type Period = (Date, Date);

/// The units relative expressions count in ("three years", "11 hours").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Day,
    Week,
    Month,
    Quarter,
    Year,
    Decade,
}

/// The nouns naming a unit, singular; hours, minutes and seconds count as
/// days (a date has no finer grain).
pub const UNIT_WORDS: &[(&str, Unit)] = &[
    ("second", Unit::Day),
    ("minute", Unit::Day),
    ("hour", Unit::Day),
    ("day", Unit::Day),
    ("week", Unit::Week),
    ("month", Unit::Month),
    ("quarter", Unit::Quarter),
    ("year", Unit::Year),
    ("decade", Unit::Decade),
];

impl Unit {
    /// The unit named by a (singular or plural) noun. Hours, minutes and
    /// seconds count as days: a date has no finer grain.
    pub fn from_word(w: &str) -> Option<(Unit, bool)> {
        let lower = Lower::of(w);
        let (stem, plural) = match lower.strip_suffix('s') {
            Some(s) => (s, true),
            None => (lower.as_str(), false),
        };
        UNIT_WORDS
            .iter()
            .find(|(w, _)| *w == stem)
            .map(|&(_, unit)| (unit, plural))
    }

    /// Whether the word counts smaller than a day (hours ago is today).
    pub fn sub_day(w: &str) -> bool {
        let lower = Lower::of(w);
        ["second", "minute", "hour"]
            .iter()
            .any(|s| lower.starts_with(s))
    }

    pub fn granularity(self) -> Granularity {
        match self {
            Unit::Day => Granularity::Day,
            Unit::Week => Granularity::Week,
            Unit::Month => Granularity::Month,
            Unit::Quarter => Granularity::Quarter,
            Unit::Year => Granularity::Year,
            Unit::Decade => Granularity::Decade,
        }
    }

    /// `n` of this unit as a jiff span.
    fn span(self, n: i64) -> Option<Span> {
        let span = match self {
            Unit::Day => Span::new().try_days(n),
            Unit::Week => Span::new().try_weeks(n),
            Unit::Month => Span::new().try_months(n),
            Unit::Quarter => Span::new().try_months(n.checked_mul(3)?),
            Unit::Year => Span::new().try_years(n),
            Unit::Decade => Span::new().try_years(n.checked_mul(10)?),
        };
        span.ok()
    }
}

/// `d` moved by `n` units (negative: back in time).
pub fn shift(d: Date, unit: Unit, n: i64) -> Option<Date> {
    d.checked_add(unit.span(n)?).ok()
}

pub fn ymd(y: i16, m: i8, d: i8) -> Option<Date> {
    Date::new(y, m, d).ok()
}

pub fn year(y: i16) -> Option<Period> {
    let first = ymd(y, 1, 1)?;
    Some((first, first.last_of_year()))
}

pub fn month(y: i16, m: i8) -> Option<Period> {
    let first = ymd(y, m, 1)?;
    Some((first, first.last_of_month()))
}

pub fn day(y: i16, m: i8, d: i8) -> Option<Period> {
    let date = ymd(y, m, d)?;
    Some((date, date))
}

/// `months` whole months from the first of `y`-`m`.
pub fn months_from(y: i16, m: i8, months: i64) -> Option<Period> {
    let first = ymd(y, m, 1)?;
    let next = first
        .checked_add(Span::new().try_months(months).ok()?)
        .ok()?;
    Some((first, next.yesterday().ok()?))
}

/// The `months` whole months that end with the month holding `last`: "the
/// quarter ended March 31" is January to March.
pub fn months_ending(last: Date, months: i64) -> Option<Period> {
    if !(1..=120).contains(&months) {
        return None;
    }
    let first = last
        .first_of_month()
        .checked_sub(Span::new().try_months(months - 1).ok()?)
        .ok()?;
    Some((first, last.last_of_month()))
}

/// The stretch of `months` ending on the day `last`. A stretch that
/// ends on a month's last day is whole months; one that ends on another
/// day is a retailer's or chipmaker's 52-53 week calendar ("the fiscal
/// second quarter ended Feb. 26", "the year ended Aug. 28"), so it is
/// the weeks (13 a quarter) ending that day.
pub fn stretch_ending(last: Date, months: i64) -> Option<Period> {
    if last == last.last_of_month() || !matches!(months, 3 | 6 | 9 | 12) {
        return months_ending(last, months);
    }
    let days = months / 3 * 13 * 7;
    Some((last.checked_sub(Span::new().days(days - 1)).ok()?, last))
}

pub fn quarter(y: i16, q: i8) -> Option<Period> {
    months_from(y, 3 * (q - 1) + 1, 3)
}

pub fn half(y: i16, h: i8) -> Option<Period> {
    months_from(y, 6 * (h - 1) + 1, 6)
}

pub fn decade(y: i16) -> Option<Period> {
    let first = y - y.rem_euclid(10);
    Some((ymd(first, 1, 1)?, ymd(first.checked_add(9)?, 12, 31)?))
}

/// Monday..Sunday of the week holding `d`.
pub fn week_of(d: Date) -> Option<Period> {
    let monday = d.tomorrow().ok()?.nth_weekday(-1, Weekday::Monday).ok()?;
    Some((monday, shift(monday, Unit::Day, 6)?))
}

/// The calendar period of `unit` that holds `d`.
pub fn period_of(d: Date, unit: Unit) -> Option<Period> {
    match unit {
        Unit::Day => Some((d, d)),
        Unit::Week => week_of(d),
        Unit::Month => month(d.year(), d.month()),
        Unit::Quarter => quarter(d.year(), (d.month() - 1) / 3 + 1),
        Unit::Year => year(d.year()),
        Unit::Decade => decade(d.year()),
    }
}

/// Fiscal year `fy` under calendar `cal`.
pub fn fiscal_year(cal: FiscalCalendar, fy: i16) -> Option<Period> {
    if cal.start_month == 1 {
        return year(fy);
    }
    let start_year = if cal.named_by_end {
        fy.checked_sub(1)?
    } else {
        fy
    };
    months_from(start_year, cal.start_month, 12)
}

/// Quarter `q` of fiscal year `fy`.
pub fn fiscal_quarter(cal: FiscalCalendar, fy: i16, q: i8) -> Option<Period> {
    let (start, _) = fiscal_year(cal, fy)?;
    let first = shift(start, Unit::Month, 3 * i64::from(q - 1))?;
    months_from(first.year(), first.month(), 3)
}

/// The quarter of calendar `cal` holding `d`: Nvidia's, whose year starts
/// in February, runs November to January.
pub fn fiscal_quarter_of(cal: FiscalCalendar, d: Date) -> Option<Period> {
    let back = i64::from((d.month() - cal.start_month).rem_euclid(3));
    let first = shift(d.first_of_month(), Unit::Month, -back)?;
    months_from(first.year(), first.month(), 3)
}

/// The name (year number) of the fiscal year holding `d`.
pub fn fiscal_year_of(cal: FiscalCalendar, d: Date) -> i16 {
    let started_this_year = cal.start_month == 1 || d.month() >= cal.start_month;
    match (started_this_year, cal.named_by_end && cal.start_month != 1) {
        (true, true) => d.year() + 1,
        (true, false) => d.year(),
        (false, true) => d.year(),
        (false, false) => d.year() - 1,
    }
}

/// Whether less than half of `p` lies before `d`: "the upcoming year" in
/// February is the year just begun, in October the next one.
pub fn mostly_ahead(p: Period, d: Date) -> bool {
    let total = (p.1 - p.0).get_days();
    let gone = (d - p.0).get_days();
    gone * 2 < total
}

/// The last `n` units up to `d`, or the next `n` from it.
pub fn window(d: Date, unit: Unit, n: i64, forward: bool) -> Option<Period> {
    if forward {
        Some((d, shift(d, unit, n)?))
    } else {
        Some((shift(d, unit, -n)?, d))
    }
}

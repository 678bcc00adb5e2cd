//! The date phrase grammar: at a token, the longest date phrase starting
//! there, already resolved against the reference date.
//!
//! Phrases are tried as alternatives and the longest wins, so "the fourth
//! quarter of 2024" beats "2024" and "by end of 2026" beats "2026". The
//! leading "the" is part of a phrase whose head is a period noun ("the
//! past year", "the final quarter of 2024", "the 2020s") and not of one
//! where the date is an adjective ("the fourth-quarter call" gives
//! "fourth-quarter"). Prepositions that only place a date ("in", "on",
//! "during"...) are never part of it; those that change its extent ("by",
//! "since", "through", "until", "from ... to", "between ... and") are.

use jiff::civil::{Date, Weekday};
use once_cell::sync::Lazy;

use super::calc::{self, Period, Unit};
use super::tokens::Tok;
use super::words::{Tense, Words};
use crate::analysis::Granularity as G;
use crate::lexicon::calendar::FiscalCalendar;
use crate::numbers::floor_char_boundary;

/// A date phrase over tokens `first..end`.
#[derive(Debug, Clone)]
pub struct Found {
    pub first: usize,
    pub end: usize,
    /// `None` when the phrase is relative and there is no reference date.
    pub period: Option<Period>,
    pub gran: G,
    pub relative: bool,
    pub rule: &'static str,
    /// A month (and day) written without a year, which a range may complete
    /// from its other end ("from January to March 2025").
    pub yearless: Option<(i8, Option<i8>)>,
}

/// Which year a quarter, half or boundary phrase sits in.
#[derive(Debug, Clone, Copy)]
enum YearRef {
    Calendar(i16),
    Fiscal(i16),
    /// A fiscal year named by both its calendar years ("fiscal 2026-27"):
    /// the one ending in the given year.
    Split(i16),
    /// This (0), last (-1) or next (1) calendar year.
    RelCalendar(i16),
    RelFiscal(i16),
}

pub struct Grammar<'a> {
    pub w: &'a Words<'a>,
    pub reference: Option<Date>,
    /// Token range of the sentence being read (tense and company lookups).
    pub sentence: (usize, usize),
    /// The previous period of the sentence, with its granularity: what
    /// "the previous year" counts back from, and what "a year earlier"
    /// is the same period of, a year before.
    pub anchor: Option<(Period, G)>,
    /// The last period of the sentence before, with its granularity: what
    /// "In the same quarter" opening the next one refers to.
    pub before: Option<(Period, G)>,
}

const RANGE_TO: &[&str] = &["to", "through", "thru", "until", "till", "-", "–", "—"];
const OPEN_END: &[&str] = &["by", "through", "thru", "until", "till"];
/// Verbs of telling results: a period they tell of, in the future tense,
/// is one already over ("will report fourth-quarter results").
/// Nouns of results a period may modify: "first-half revenue".
const RESULTS_NOUNS: &[&str] = &[
    "revenue",
    "revenues",
    "sales",
    "earnings",
    "profit",
    "profits",
    "results",
    "eps",
    "loss",
    "losses",
    "income",
    "margin",
    "margins",
    "shipments",
    "deliveries",
    "bookings",
    "orders",
];

/// How long after a period ends its results are still told ahead (a
/// quarter's are out within about three months).
const REPORTING_LAG_DAYS: i32 = 100;

/// Whether a period that ended on `end` is over by `reference` but its
/// results may not be out yet ([`REPORTING_LAG_DAYS`]).
fn results_pending(end: jiff::civil::Date, reference: jiff::civil::Date) -> bool {
    (0..=REPORTING_LAG_DAYS).contains(&(reference - end).get_days())
}

const REPORT_VERBS: &[&str] = &[
    "post",
    "posts",
    "report",
    "reports",
    "publish",
    "publishes",
    "announce",
    "announces",
    "release",
    "releases",
];
/// How many tokens before a period [`REPORT_VERBS`] are looked for.
const REPORT_REACH: usize = 4;
/// Verbs that move a date: after them "from 2026 to 2027" is a change of
/// date, two dates, not a span.
const MOVE_VERBS: &[&str] = &[
    "slip",
    "slips",
    "slipped",
    "slipping",
    "move",
    "moves",
    "moved",
    "moving",
    "push",
    "pushes",
    "pushed",
    "pushing",
    "delay",
    "delays",
    "delayed",
    "delaying",
    "postpone",
    "postpones",
    "postponed",
    "postponing",
    "defer",
    "defers",
    "deferred",
    "deferring",
    "shift",
    "shifts",
    "shifted",
    "shifting",
    "bring",
    "brings",
    "brought",
    "pull",
    "pulls",
    "pulled",
    "advance",
    "advanced",
    "reschedule",
    "rescheduled",
    "change",
    "changed",
    "changes",
    "revise",
    "revised",
    "extend",
    "extended",
    "extends",
];
/// Particles between such a verb and "from": "pushed back from".
const MOVE_PARTICLES: &[&str] = &["back", "forward", "out", "up", "ahead"];

/// Words that open a date phrase; with digits, numerals, month and weekday
/// names and Q/H/FY tokens, the only tokens any alternative starts with.
const STARTERS: &[&str] = &[
    // ranges and open periods
    "from",
    "between",
    "by",
    "through",
    "thru",
    "until",
    "till",
    "since",
    "so",
    // "the ...", ordinal periods, fiscal years
    "the",
    "fiscal",
    "financial",
    "calendar",
    "first",
    "second",
    "third",
    "fourth",
    "final",
    // relations and parts
    "last",
    "this",
    "next",
    "early",
    "mid",
    "late",
    "earlier",
    "later",
    "current",
    "upcoming",
    "coming",
    "past",
    "previous",
    "prior",
    "today",
    "yesterday",
    "tomorrow",
    "ytd",
    "full",
    // counts and boundaries
    "a",
    "an",
    "end",
    "beginning",
    "start",
];

/// How far (bytes) before a bare quarter its company may be named for the
/// quarter to be the company's fiscal one ("Microsoft reported
/// second-quarter results").
const OWN_QUARTER_REACH: usize = 48;

/// How far (tokens) either side of a phrase its clause's tense is read:
/// "plans to cut more than 13,000 jobs by the end of the first quarter"
/// has the verb 14 tokens before the quarter.
const TENSE_REACH: usize = 20;

/// How far before a sentence a fiscal period looks for its company when
/// the sentence names none.
const PREVIOUS_REACH: usize = 400;

/// Period nouns and counts that open a phrase only when a run or an end
/// follows ("year-end", "decade's end", "the quarter ended March 31", "the
/// three months through September"): checked in `may_start`, so that the
/// many plain "year"s of a text are turned away before the alternatives.
/// Words that make a full year one looked forward to: "raised its
/// full-year outlook", "guidance for the full year".
const FORWARD_NOUNS: &[&str] = &[
    "forecast",
    "forecasts",
    "guidance",
    "outlook",
    "target",
    "targets",
    "goal",
    "goals",
    "view",
    "expectation",
    "expectations",
    "estimate",
    "estimates",
    "projection",
    "projections",
    "expects",
    "expected",
    "sees",
    "predicts",
];

/// Nouns of results after "nine-month": "nine-month revenue".
const RESULT_NOUNS: &[&str] = &[
    "revenue",
    "revenues",
    "sales",
    "profit",
    "profits",
    "results",
    "period",
    "net",
    "earnings",
    "ebitda",
    "operating",
    "figures",
    "loss",
    "losses",
    "income",
    "turnover",
    "volumes",
];

const RUN_HEADS: &[&str] = &[
    "year", "quarter", "month", "decade", "half", "three", "six", "nine", "twelve", "week",
];

/// The words after "the" that the alternatives opening with it read next
/// (besides ordinals and numbers): "the fiscal second quarter", "the last
/// quarter", "the current year", "the same quarter", "the previous year",
/// "the upcoming year", "the new year", "the past year", "the next three
/// years", "the end of 2025". A test tries every word the grammar knows
/// after "the" and finds no phrase without one of these.
const AFTER_THE: &[&str] = &[
    "fiscal",
    "financial",
    "last",
    "current",
    "same",
    "previous",
    "prior",
    "upcoming",
    "coming",
    "new",
    "past",
    "next",
    "end",
    "beginning",
    "start",
    // "the back half of the year"
    "back",
    "front",
    "holiday",
    "week",
    // "the full year"
    "full",
    // "the early 2030s"
    "early",
    "mid",
    "late",
];

/// The starter words and the month and weekday names of the built-in
/// calendar (the one `Words` reads), bucketed by (length, first letter): a
/// token is compared with the two or three words of its bucket, not with a
/// hundred words one by one, and most tokens have an empty bucket.
struct Quick(Vec<Vec<(&'static str, bool)>>);

/// Prepositions that set a time rather than label a report: "in", "by",
/// "through", "until", "before", "after", "during", "from", "to", "since".
const TIME_PREPOSITIONS: &[&str] = &[
    "in", "by", "through", "until", "till", "before", "after", "during", "from", "to", "since",
    "within", "around",
];

impl Quick {
    /// `(word, calendar)`: a calendar name counts only capitalized.
    fn of(words: impl Iterator<Item = (&'static str, bool)>) -> Self {
        let mut buckets = vec![Vec::new(); 17 * 26];
        for (w, calendar) in words {
            if let Some(b) = Self::bucket(w) {
                buckets[b].push((w, calendar));
            }
        }
        Quick(buckets)
    }

    #[inline]
    fn bucket(word: &str) -> Option<usize> {
        let first = word.bytes().next()?.to_ascii_lowercase();
        (word.len() < 17 && first.is_ascii_lowercase())
            .then(|| word.len() * 26 + usize::from(first - b'a'))
    }

    /// A starter word in any case, or a capitalized month or weekday name.
    /// (Asked of every token: a plain loop, which the compiler keeps in
    /// line where an iterator's `any` was sometimes left out of it.)
    #[inline]
    fn starts(&self, t: &Tok<'_>) -> bool {
        let Some(b) = Self::bucket(t.text) else {
            return false;
        };
        for &(w, calendar) in &self.0[b] {
            if w.len() == t.text.len()
                && w.eq_ignore_ascii_case(t.text)
                && (!calendar || t.capitalized())
            {
                return true;
            }
        }
        false
    }
}

static QUICK: Lazy<Quick> = Lazy::new(|| {
    let cal = crate::lexicon::calendar::Calendar::builtin();
    Quick::of(
        STARTERS
            .iter()
            .map(|&s| (s, false))
            .chain(cal.months.iter().map(|s| (s.word.as_str(), true)))
            .chain(cal.weekdays.iter().map(|s| (s.word.as_str(), true))),
    )
});

impl Grammar<'_> {
    /// The longest date phrase starting at token `i`.
    pub fn parse(&self, i: usize) -> Option<Found> {
        if !self.may_start(i) {
            return None;
        }
        self.parse_unfiltered(i)
    }

    /// `parse` without the `may_start` filter (which a test checks with it).
    pub fn parse_unfiltered(&self, i: usize) -> Option<Found> {
        let core = self.core(i);
        longest([self.range(i, core.as_ref()), self.open(i), core])
    }

    /// Whether any date phrase can start at token `i`. Most tokens of prose
    /// cannot, and turning them away here, before eleven alternatives are
    /// tried, is most of what keeps the date grammar cheap. A test checks
    /// over the case table and the fixtures that no phrase is lost.
    pub fn may_start(&self, i: usize) -> bool {
        let w = self.w;
        let Some(t) = w.tok(i) else {
            return false;
        };
        if t.text.starts_with(|c: char| c.is_ascii_digit()) || w.is_numeral(i) {
            return !w.is_figure(i);
        }
        // Past the digits above, a quarter or half opens with its letter.
        if (t.text.starts_with(['Q', 'H', 'F']) && parse_q(t.text).is_some())
            || t.text.starts_with("FY")
            || t.text.starts_with("fy")
            || t.text.starts_with("CY")
        {
            return true;
        }
        // Every run head is 3 to 7 letters: many words are turned away by
        // their length before nine comparisons.
        if (3..=7).contains(&t.text.len()) && t.is_any(RUN_HEADS) {
            return self.run_follows(i);
        }
        if !QUICK.starts(t) {
            return false;
        }
        // The two commonest starters open a phrase only before a few
        // words: looked at here, they spare most "the" and "a" of a text
        // the eleven alternatives.
        if t.is("the") {
            return w.tok(i + 1).is_some_and(|n| {
                n.text.starts_with(|c: char| c.is_ascii_digit())
                    || n.is_any(AFTER_THE)
                    || w.ordinal(i + 1).is_some()
                    || w.month(i + 1).is_some()
                    || (n.is_any(RUN_HEADS) && self.run_follows(i + 1))
            });
        }
        if t.is_any(&["a", "an"]) {
            // Only a count: "a year ago".
            return w
                .tok(i + 1)
                .is_some_and(|n| Unit::from_word(n.text).is_some());
        }
        true
    }

    /// Whether the period noun or count at `i` goes on to a run or an end:
    /// a glued dash or apostrophe ("year-end", "decade's end"), "end",
    /// "ended", "ending", "to", "through", or a period noun ("three
    /// months").
    fn run_follows(&self, i: usize) -> bool {
        let w = self.w;
        w.tok(i + 1).is_some_and(|n| {
            n.is_glued_joiner()
                || n.is_any(&["end", "ended", "ending", "to", "through"])
                || Unit::from_word(n.text).is_some()
        })
    }

    // ----- wrappers: ranges and open periods -------------------------------

    /// "2023 to 2025", "from 2024 through 2026", "between March and May".
    /// `core` is the core phrase at `i`, already read by `parse`.
    fn range(&self, i: usize, core: Option<&Found>) -> Option<Found> {
        let w = self.w;
        let from_at = if w.is(i, "from") {
            Some(i)
        } else {
            i.checked_sub(1).filter(|&f| w.is(f, "from"))
        };
        if from_at.is_some_and(|f| self.moves_date_before(f)) {
            return None;
        }
        let (intro, a) = if w.is_any(i, &["from", "between"]) {
            (w.tok(i).map(|t| t.is("between")), self.core(i + 1)?)
        } else {
            (None, core?.clone())
        };
        let conn = w.tok(a.end)?;
        let ok = match intro {
            Some(true) => conn.is("and"),
            _ => conn.is_any(RANGE_TO),
        };
        if !ok {
            return None;
        }
        let b = self.core(a.end + 1)?;
        let period = match (a.period, b.period) {
            (Some(pa), Some(pb)) => Some(self.join(&a, pa, &b, pb)?),
            _ => None,
        };
        // "July-September": months a dash joins into a calendar quarter
        // name one ("from January to March" stays a run of months).
        let gran = match period {
            Some((s, e))
                if intro.is_none()
                    && conn.is_dash()
                    && a.gran == G::Month
                    && b.gran == G::Month
                    && s.day() == 1
                    && (s.month() - 1) % 3 == 0
                    && e == s
                        .last_of_month()
                        .checked_add(jiff::Span::new().months(2))
                        .ok()?
                        .last_of_month() =>
            {
                G::Quarter
            }
            // "the July-September quarter": the end already names the
            // whole quarter the range spans.
            Some(p) if a.gran == G::Month && b.gran == G::Quarter && b.period == Some(p) => {
                G::Quarter
            }
            _ => a.gran,
        };
        let (end, gran) = match period {
            Some(p) if intro.is_none() && conn.is_dash() && a.gran == G::Month => {
                self.named_by_months(b.end, p).unwrap_or((b.end, gran))
            }
            _ => (b.end, gran),
        };
        // "the January-March quarter" keeps its article, as "the third
        // quarter" does.
        let first = if intro.is_some() {
            // "from" and "between" are prepositions, which no surface keeps.
            i + 1
        } else if i > 0
            && w.is(i - 1, "the")
            && gran == G::Quarter
            && w.is_any(end - 1, &["quarter", "half", "period"])
        {
            i - 1
        } else {
            i
        };
        Some(Found {
            first,
            end,
            period,
            gran,
            // ("April-June 2025": the start takes the end's stated year.)
            relative: (a.relative && !(a.yearless.is_some() && b.yearless.is_none())) || b.relative,
            rule: "date.range",
            yearless: None,
        })
    }

    /// "the April-September first half", "the July-September third
    /// quarter": a half or quarter after the months that span it, which
    /// name it whatever a calendar's ordinal says (Toyota's first half is
    /// April to September). The end of the phrase and its granularity.
    fn named_by_months(&self, k: usize, p: Period) -> Option<(usize, G)> {
        let w = self.w;
        let mut k = k;
        if w.ordinal(k).is_some() {
            k += 1;
            if w.tok(k).is_some_and(|t| t.is_dash() && !t.spaced) {
                k += 1;
            }
        }
        let months = (i32::from(p.1.year()) - i32::from(p.0.year())) * 12 + i32::from(p.1.month())
            - i32::from(p.0.month())
            + 1;
        match (w.tok(k)?.lower().as_str(), months) {
            ("half", 6) => Some((k + 1, G::Half)),
            ("quarter", 3) => Some((k + 1, G::Quarter)),
            _ => None,
        }
    }

    /// A verb that moves a date ends just before token `i` ("slipped",
    /// "pushed back").
    fn moves_date_before(&self, i: usize) -> bool {
        let w = self.w;
        let Some(mut k) = i.checked_sub(1) else {
            return false;
        };
        if w.is_any(k, MOVE_PARTICLES) {
            let Some(v) = k.checked_sub(1) else {
                return false;
            };
            k = v;
        }
        w.is_any(k, MOVE_VERBS)
    }

    /// The span of a range, completing a yearless start from the end's year.
    fn join(&self, a: &Found, pa: Period, b: &Found, pb: Period) -> Option<Period> {
        // "January-March" with no year on either end: the end follows the
        // start (each alone would be the latest before the reference date,
        // which, early in a year, puts March before January).
        if let (Some(_), Some((mb, db))) = (a.yearless, b.yearless) {
            let end_in = |y: i16| match db {
                Some(d) => calc::day(y, mb, d).map(|p| p.1),
                None => calc::month(y, mb).map(|p| p.1),
            };
            let y = pa.0.year();
            let mut end = end_in(y)?;
            if end < pa.0 {
                end = end_in(y + 1)?;
            }
            return Some((pa.0, end));
        }
        let mut start = pa.0;
        if let (Some((m, d)), None) = (a.yearless, b.yearless) {
            let y = pb.1.year();
            start = match d {
                Some(d) => calc::day(y, m, d)?.0,
                None => calc::month(y, m)?.0,
            };
            if start > pb.1 {
                start = calc::shift(start, Unit::Year, -1)?;
            }
        }
        (start <= pb.1).then_some((start, pb.1))
    }

    /// "by 2027", "by end of 2026", "through 2027", "since 2023", "so far
    /// in 2026": one end is the reference date.
    fn open(&self, i: usize) -> Option<Found> {
        let w = self.w;
        let t = w.tok(i)?;
        if t.is_any(OPEN_END) {
            let mut j = i + 1;
            if w.is(j, "the") && w.is(j + 1, "end") && w.is(j + 2, "of") {
                j += 3;
            } else if w.is(j, "end") && w.is(j + 1, "of") {
                j += 2;
            }
            let inner = if j > i + 1 {
                self.boundary_inner(j)?
            } else {
                self.core(j)?
            };
            // "by June" looks ahead, unless the clause is in the past ("had
            // fallen 20% by Feb. 6"): then it is a date already reached.
            let tense = match self.tense(i) {
                Tense::Past => Tense::Past,
                _ => Tense::Future,
            };
            let end = match inner.yearless {
                Some((m, d)) => self.yearless_period(m, d, tense).map(|p| p.1),
                None => inner.period.map(|p| p.1),
            };
            // The surface drops the preposition, as every date's does
            // ("in 2025" is "2025"): the open end is in the value.
            return Some(self.open_found(i + 1, &inner, end, true));
        }
        let (first, j) = if t.is("since") {
            (i + 1, i + 1)
        } else if t.is("so") && w.is(i + 1, "far") {
            if w.is(i + 2, "in") {
                (i, i + 3)
            } else {
                (i, i + 2)
            }
        } else {
            return None;
        };
        let inner = self.core(j)?;
        Some(self.open_found(first, &inner, inner.period.map(|p| p.0), false))
    }

    /// An open period from the reference date to `edge` (`to_edge`) or from
    /// `edge` to the reference date, its surface from token `i`. A "by
    /// 2020" already past keeps the inner period.
    fn open_found(&self, i: usize, inner: &Found, edge: Option<Date>, to_edge: bool) -> Found {
        let period = match (self.reference, edge) {
            (Some(r), Some(e)) if to_edge && r <= e => Some((r, e)),
            (Some(r), Some(e)) if !to_edge && e <= r => Some((e, r)),
            (Some(_), Some(_)) => inner.period,
            _ => None,
        };
        Found {
            first: i,
            end: inner.end,
            period,
            gran: inner.gran,
            relative: true,
            rule: if to_edge {
                "date.open_end"
            } else {
                "date.open_start"
            },
            yearless: None,
        }
    }

    // ----- core phrases ---------------------------------------------------

    /// The longest plain date phrase at `i` (no range or open wrapper).
    pub fn core(&self, i: usize) -> Option<Found> {
        longest([
            self.ordinal_period(i),
            self.q_token(i),
            self.month_phrase(i),
            self.weekday_phrase(i),
            self.year_phrase(i),
            self.fiscal_year(i),
            self.relative_unit(i),
            self.full_year(i),
            self.half_year(i),
            self.window(i),
            self.year_back(i),
            self.ago(i),
            self.boundary(i),
            self.modified_year(i),
            self.period_end(i),
            self.months_ending(i),
            self.months_of(i),
            self.month_count_adjective(i),
            self.numeric_date(i),
        ])
    }

    fn fixed(
        &self,
        first: usize,
        end: usize,
        p: Option<Period>,
        gran: G,
        rule: &'static str,
    ) -> Option<Found> {
        Some(Found {
            first,
            end,
            period: Some(p?),
            gran,
            relative: false,
            rule,
            yearless: None,
        })
    }

    /// A phrase placed by the reference date; unresolved without one.
    fn rel(
        &self,
        first: usize,
        end: usize,
        gran: G,
        rule: &'static str,
        f: impl FnOnce(Date) -> Option<Period>,
    ) -> Option<Found> {
        let period = match self.reference {
            Some(r) => Some(f(r)?),
            None => None,
        };
        Some(Found {
            first,
            end,
            period,
            gran,
            relative: true,
            rule,
            yearless: None,
        })
    }

    /// The fiscal calendar of the company a period speaks of: named in the
    /// sentence (the last one before the period, else the first after),
    /// else the last one named in the [`PREVIOUS_REACH`] bytes before the
    /// sentence; else the calendar year's.
    fn fiscal_calendar(&self, at: usize) -> FiscalCalendar {
        self.named_fiscal_calendar(at)
            .unwrap_or(FiscalCalendar::CALENDAR)
    }

    /// [`Self::fiscal_calendar`] for a period the text calls fiscal ("fiscal
    /// 2027", "its fiscal fourth quarter"): with no company near, that of
    /// the company whose fiscal period the text read last
    /// ([`Carried`](super::words::Carried)), not the calendar year's.
    /// (A period not called fiscal, "full-year revenue", keeps to the
    /// calendar year when no company is near.)
    fn stated_fiscal_calendar(&self, at: usize) -> FiscalCalendar {
        // ("Applied Materials closed FY26 ... ASML guides FY2027 sales":
        // a sentence opening with a company of the calendar year speaks of
        // its own.)
        let opens_with_company = || {
            let from = self.w.tok(self.sentence.0).map_or(0, |t| t.start);
            self.w.opens_with_company(from, at)
        };
        self.named_fiscal_calendar(at)
            .or_else(|| {
                if opens_with_company() {
                    None
                } else {
                    self.w.carried.calendar.get()
                }
            })
            .unwrap_or(FiscalCalendar::CALENDAR)
    }

    fn named_fiscal_calendar(&self, at: usize) -> Option<FiscalCalendar> {
        let w = self.w;
        let named = self.sentence_fiscal_calendar(at).or_else(|| {
            // None in the sentence: "Nvidia reported strong results. The
            // company expects ... in fiscal 2026" speaks of the company just
            // named, in the text just before; unless the sentence names
            // another before the date ("Alibaba reported results. Tencent
            // said capex for the full year ...": Tencent's calendar).
            let from = w.tok(self.sentence.0).map_or(0, |t| t.start);
            if w.names_a_company(from, at) {
                return None;
            }
            let lo = floor_char_boundary(w.text, from.saturating_sub(PREVIOUS_REACH));
            w.fiscal_companies(lo, from).last().map(|(_, cal)| cal)
        });
        if named.is_some() {
            w.carried.calendar.set(named);
        }
        named
    }

    /// [`Self::own_fiscal_company`], or the same quarter or half name that
    /// the text last read as a company's own fiscal one, said again in a
    /// sentence that names no one before it ("Gross margin is expected to
    /// be 75.5% in the fourth quarter" after "Nvidia forecast
    /// fourth-quarter revenue").
    fn own_fiscal_part(&self, i: usize, quarter: bool, n: i8) -> bool {
        let carried = &self.w.carried;
        if self.own_fiscal_company(i) {
            carried.part.set(Some((quarter, n)));
            return true;
        }
        carried.part.get() == Some((quarter, n)) && self.names_no_one_before(i)
    }

    /// Whether the sentence names no one before token `i`: no capitalized
    /// word past its first, and a first word that reads as a common word
    /// capitalized ("Adjusted gross margin"), not a name ("AMD", "OpenAI",
    /// "Intel's").
    fn names_no_one_before(&self, i: usize) -> bool {
        let w = self.w;
        let first = self.sentence.0;
        if (first + 1..i).any(|k| w.tok(k).is_some_and(Tok::capitalized)) {
            return false;
        }
        let Some(head) = w.tok(first).filter(|_| first < i) else {
            return true;
        };
        let inner_capital = head.text.chars().skip(1).any(char::is_uppercase);
        let possessive = w
            .tok(first + 1)
            .is_some_and(|t| !t.spaced && t.text.starts_with(['\'', '’']));
        !inner_capital && !possessive
    }

    /// "Microsoft's second-quarter revenue", "Apple's Q3": a company's own
    /// quarter or half, when no year says otherwise, is its fiscal one, if
    /// the sentence names a company whose fiscal year is not the calendar's.
    fn own_fiscal_company(&self, i: usize) -> bool {
        // Only the company named just before the quarter: "TSMC's ...
        // fourth quarter ... with Apple's A20" is not Apple's quarter.
        let w = self.w;
        let at = self.byte(i);
        let from = w.tok(self.sentence.0).map_or(0, |t| t.start);
        let lo = floor_char_boundary(w.text, from.max(at.saturating_sub(OWN_QUARTER_REACH)));
        let fiscal = |cal: FiscalCalendar| cal != FiscalCalendar::CALENDAR;
        // Not a customer or a product's maker named after a preposition or
        // "include" ("mass production of HBM4 for Nvidia's Vera Rubin
        // platform in the third quarter", "whose customers include Nvidia
        // and Apple, on track to meet its fourth-quarter guidance").
        if w.fiscal_companies(lo, at)
            .last()
            .is_some_and(|(off, c)| fiscal(c) && !governed_name(&w.text[from..lo + off]))
        {
            return true;
        }
        // The company opening the sentence, the only one before the phrase:
        // "Ryanair (RYA.I) on Monday reported a rise in first-half profit".
        let head = &w.text[from..at];
        let mut named = w.fiscal_companies(from, at);
        match (named.next(), named.next()) {
            (Some((0, c)), None) => return fiscal(c),
            (Some(_), _) => return false,
            (None, _) => {}
        }
        // None named: a sentence whose subject refers back ("The company
        // booked an impairment in the first half") speaks of the company
        // of the sentence before.
        let refers = ["The company", "The group", "It ", "Its "]
            .iter()
            .any(|r| head.starts_with(r));
        if refers {
            let lo = floor_char_boundary(w.text, from.saturating_sub(PREVIOUS_REACH));
            if w.fiscal_companies(lo, from)
                .last()
                .is_some_and(|(_, c)| fiscal(c))
            {
                return true;
            }
        }
        // "For the third quarter, Microsoft expects": a phrase opening the
        // sentence, the company right after its comma.
        if at - from > 8 {
            return false;
        }
        let hi = floor_char_boundary(w.text, (at + OWN_QUARTER_REACH).min(w.text.len()));
        let Some(comma) = w.text[at..hi].find(',') else {
            return false;
        };
        let rest = &w.text[at + comma + 1..hi];
        let lead = rest.len() - rest.trim_start().len();
        w.fiscal_companies(at + comma + 1, hi)
            .next()
            .is_some_and(|(off, c)| off == lead && fiscal(c))
    }

    /// The fiscal calendar of a company named in the sentence around byte
    /// `at` (the last one before it, else the first after), if the lexicon
    /// gives one.
    fn sentence_fiscal_calendar(&self, at: usize) -> Option<FiscalCalendar> {
        let w = self.w;
        let (s, e) = self.sentence;
        let from = w.tok(s).map_or(0, |t| t.start);
        let to = e
            .checked_sub(1)
            .and_then(|k| w.tok(k))
            .map_or(w.text.len(), |t| t.end);
        // Keep the look-up local so a sentence-less text stays linear.
        let lo = floor_char_boundary(w.text, from.max(at.saturating_sub(400)));
        let hi = floor_char_boundary(w.text, to.min(at + 400).max(lo));
        // A name a preposition governs is an object's, not the sentence's
        // own company ("Sony forecast that its sensor unit, which supplies
        // sensors for Apple's iPhones, would grow in the current fiscal
        // year": Sony's year): the last name before the date that none
        // governs, else the last before it.
        let mut before = None;
        let mut ungoverned = None;
        let mut after = None;
        for (off, cal) in w.fiscal_companies(lo, hi) {
            if lo + off < at {
                before = Some(cal);
                if !governed_name(&w.text[from.min(lo + off)..lo + off]) {
                    ungoverned = Some(cal);
                }
            } else if after.is_none() {
                after = Some(cal);
            }
        }
        ungoverned.or(before).or(after)
    }

    fn byte(&self, i: usize) -> usize {
        self.w.tok(i).map_or(self.w.text.len(), |t| t.start)
    }

    fn tense(&self, i: usize) -> Tense {
        let (s, e) = self.sentence;
        self.w.tense_around(
            i,
            s.max(i.saturating_sub(TENSE_REACH)),
            e.min(i + TENSE_REACH),
        )
    }

    /// A results noun right after the period ending before token `end`:
    /// "first-half revenue", "December-quarter sales".
    fn results_after(&self, end: usize) -> bool {
        self.w.is_any(end, RESULTS_NOUNS)
    }

    /// A month that ends a quarter or half, resolved as the future tense
    /// reads it, but told ahead as results not yet out ("is expected to
    /// report September-quarter revenue", "analysts expect December-quarter
    /// revenue", a few weeks after it ended): the one just over, if it
    /// ended within [`REPORTING_LAG_DAYS`] of the reference date.
    fn told_ahead(&self, i: usize, end: usize, m: Found) -> Found {
        let (Some((mo, day)), Some(r)) = (m.yearless, self.reference) else {
            return m;
        };
        if !(self.reports_before(i) || self.results_after(end)) {
            return m;
        }
        let Some(past) = self.yearless_period(mo, day, Tense::Past) else {
            return m;
        };
        if m.period == Some(past) || !results_pending(past.1, r) {
            return m;
        }
        Found {
            period: Some(past),
            ..m
        }
    }

    /// A verb of reporting results stands within a few words before token
    /// `i`: "to post third-quarter", "will report its fourth-quarter".
    fn reports_before(&self, i: usize) -> bool {
        (i.saturating_sub(REPORT_REACH)..i).any(|k| self.w.is_any(k, REPORT_VERBS))
    }

    /// "the", when present at `i`: (index after it, whether it was there).
    fn the(&self, i: usize) -> (usize, bool) {
        if self.w.is(i, "the") {
            (i + 1, true)
        } else {
            (i, false)
        }
    }

    /// A year expression after a period noun: "2024", "fiscal 2026",
    /// "FY25", "this year", "last year", "the year", "the fiscal year".
    fn year_ref(&self, i: usize) -> Option<(YearRef, usize)> {
        let w = self.w;
        if let Some(y) = w.year(i) {
            // "the fourth quarter of 2025-26": a year named by both its
            // years is a fiscal one.
            if let Some(e) = self.split_year(y, i + 1) {
                return Some((YearRef::Split(y + 1), e));
            }
            return Some((YearRef::Calendar(y), i + 1));
        }
        // "the third quarter of calendar 2026", "calendar year 2025": the
        // calendar's year, said so against a fiscal one.
        if w.is(i, "calendar") {
            let j = if w.is(i + 1, "year") { i + 2 } else { i + 1 };
            if let Some(y) = w.year(j) {
                return Some((YearRef::Calendar(y), j + 1));
            }
        }
        if let Some((y, e)) = self.fy_number(i) {
            if let Some(e) = self.split_year(y, e) {
                return Some((YearRef::Split(y + 1), e));
            }
            return Some((YearRef::Fiscal(y), e));
        }
        let (j, the) = self.the(i);
        let offset = if the && w.is_any(j, &["current", "same"]) {
            Some((0, j + 1))
        } else if the {
            Some((0, j))
        } else {
            match w.tok(j)?.lower().as_str() {
                "this" => Some((0, j + 1)),
                "last" => Some((-1, j + 1)),
                "next" => Some((1, j + 1)),
                _ => None,
            }
        };
        let (off, k) = offset?;
        if w.is_fiscal(k) && w.is(k + 1, "year") {
            return Some((YearRef::RelFiscal(off), k + 2));
        }
        w.is(k, "year")
            .then_some((YearRef::RelCalendar(off), k + 1))
    }

    /// "fiscal 2025", "fiscal year 2025", "fiscal-year 2025", "FY2025",
    /// "FY25", "FY 2025": the fiscal year's number.
    fn fy_number(&self, i: usize) -> Option<(i16, usize)> {
        let w = self.w;
        let t = w.tok(i)?;
        if w.is_fiscal(i) {
            let mut j = i + 1;
            if w.tok(j).is_some_and(|t| t.is_dash()) && w.is(j + 1, "year") {
                j += 2;
            } else if w.is(j, "year") {
                j += 1;
            }
            return w.year(j).map(|y| (y, j + 1));
        }
        if t.is("FY") {
            let n = w.tok(i + 1)?;
            if let Some(y) = w.year(i + 1).or_else(|| Words::short_year(n.text)) {
                return Some((y, i + 2));
            }
            return None;
        }
        let rest = t
            .text
            .strip_prefix("FY")
            .or_else(|| t.text.strip_prefix("fy"))?;
        let y = match rest.len() {
            2 => Words::short_year(rest)?,
            4 => rest
                .parse::<i16>()
                .ok()
                .filter(|y| (1900..=2100).contains(y))?,
            _ => return None,
        };
        Some((y, i + 1))
    }

    /// The end of a fiscal year named by both its years, after its first
    /// ending at token `e`: "2026-27", "2026/27", "2026-2027", "FY26/27".
    fn split_year(&self, y: i16, e: usize) -> Option<usize> {
        let w = self.w;
        let sep = w.tok(e)?;
        if sep.spaced || !(sep.is_dash() || sep.is_punct('/')) {
            return None;
        }
        let n = w.tok(e + 1)?;
        if n.spaced || !n.is_digits() {
            return None;
        }
        let next = match n.text.len() {
            2 => Words::short_year(n.text)?,
            4 => n.text.parse().ok()?,
            _ => return None,
        };
        (next == y + 1).then_some(e + 2)
    }

    /// The calendar year ref `r` is read on: `cal`, except that a fiscal
    /// year named by both its years is on the company's or, when the
    /// company's is unknown, April to March (a year so named is no
    /// calendar year).
    fn calendar_for(r: YearRef, cal: FiscalCalendar) -> FiscalCalendar {
        match r {
            YearRef::Split(_) if cal.start_month == 1 => FiscalCalendar {
                start_month: 4,
                named_by_end: true,
            },
            _ => cal,
        }
    }

    /// The number, whether fiscal, and whether relative, of a year ref;
    /// `Some(None)` when it needs a missing reference date.
    fn year_number(&self, r: YearRef, cal: FiscalCalendar) -> (Option<i16>, bool, bool) {
        match r {
            YearRef::Calendar(y) => (Some(y), false, false),
            YearRef::Fiscal(y) => (Some(y), true, false),
            YearRef::Split(end) => {
                let named = if Self::calendar_for(r, cal).named_by_end {
                    end
                } else {
                    end - 1
                };
                (Some(named), true, false)
            }
            YearRef::RelCalendar(o) => (self.reference.map(|d| d.year() + o), false, true),
            YearRef::RelFiscal(o) => (
                self.reference.map(|d| calc::fiscal_year_of(cal, d) + o),
                true,
                true,
            ),
        }
    }

    /// Quarter or half `n` of year `y`, fiscal or calendar.
    fn part(
        &self,
        quarter: bool,
        n: i8,
        y: i16,
        fiscal: bool,
        cal: FiscalCalendar,
    ) -> Option<Period> {
        match (quarter, fiscal) {
            (true, false) => calc::quarter(y, n),
            (false, false) => calc::half(y, n),
            (true, true) => calc::fiscal_quarter(cal, y, n),
            (false, true) => {
                let a = calc::fiscal_quarter(cal, y, 2 * n - 1)?;
                let b = calc::fiscal_quarter(cal, y, 2 * n)?;
                Some((a.0, b.1))
            }
        }
    }

    /// A quarter or half: of a year when one is given, else the most recent
    /// one that has begun by the reference date (the next one not yet over
    /// in the future tense).
    #[allow(clippy::too_many_arguments)]
    fn place_part(
        &self,
        first: usize,
        end: usize,
        quarter: bool,
        n: i8,
        fiscal: bool,
        year: Option<YearRef>,
        rule: &'static str,
    ) -> Option<Found> {
        let cal = if fiscal {
            self.stated_fiscal_calendar(self.byte(first))
        } else {
            FiscalCalendar::CALENDAR
        };
        let gran = if quarter { G::Quarter } else { G::Half };
        if let Some(r) = year {
            // ("Dollar General (DG) Q4 2025 Earnings Call": a company's own
            // quarter named as its label, with a plain year, is its fiscal
            // one too; a time set by a preposition or written "of 2026" is
            // the calendar's: "to complete in the third quarter of 2026",
            // "sold out through H1 2027".)
            let label = || {
                !(first..end).any(|k| self.w.is(k, "of"))
                    && first
                        .checked_sub(1)
                        .is_none_or(|k| !self.w.is_any(k, TIME_PREPOSITIONS))
            };
            let fiscal = fiscal
                || matches!(
                    r,
                    YearRef::Fiscal(_) | YearRef::RelFiscal(_) | YearRef::Split(_)
                )
                || (matches!(r, YearRef::Calendar(_)) && label() && self.own_fiscal_company(first));
            let cal = if fiscal {
                self.stated_fiscal_calendar(self.byte(first))
            } else {
                cal
            };
            let cal = Self::calendar_for(r, cal);
            let (y, _, relative) = self.year_number(r, cal);
            if relative {
                return self.rel(first, end, gran, rule, |_| {
                    self.part(quarter, n, y?, fiscal, cal)
                });
            }
            return self.fixed(
                first,
                end,
                self.part(quarter, n, y?, fiscal, cal),
                gran,
                rule,
            );
        }
        // In the future tense ("will ship in the first half", "expects
        // $3.5 billion in Q1"), the next one not yet over, as for a month.
        // (The tense is read only when it decides: not for the current one.)
        self.rel(first, end, gran, rule, |r| {
            let y = if fiscal {
                calc::fiscal_year_of(cal, r)
            } else {
                r.year()
            };
            let p = self.part(quarter, n, y, fiscal, cal)?;
            if p.0 <= r && r <= p.1 {
                return Some(p);
            }
            // "is expected to post third-quarter profit", "will report
            // fourth-quarter results": results told ahead are of a period
            // already over.
            // ("expects first-half revenue to rise", weeks after June: the
            // half just over, results not yet out.)
            let ahead = self.tense(first) == Tense::Future && !self.reports_before(first);
            if ahead && self.results_after(end) {
                let last = if p.0 > r {
                    self.part(quarter, n, y - 1, fiscal, cal)?
                } else {
                    p
                };
                if results_pending(last.1, r) {
                    return Some(last);
                }
            }
            match (ahead, p.0 <= r) {
                (true, false) | (false, true) => Some(p),
                (true, true) => self.part(quarter, n, y + 1, fiscal, cal),
                (false, false) => self.part(quarter, n, y - 1, fiscal, cal),
            }
        })
    }

    /// "the fourth quarter of 2024", "the final quarter of 2024",
    /// "fourth-quarter", "first half of 2025", "the fiscal second quarter",
    /// "the second half of the year".
    fn ordinal_period(&self, i: usize) -> Option<Found> {
        let w = self.w;
        let (mut j, the) = self.the(i);
        let mut fiscal = false;
        if w.is_fiscal(j) {
            fiscal = true;
            j += 1;
        }
        let ord_at = j;
        let last = the && w.is(j, "last");
        // "the back half of the year", "the front half": halves only.
        let side = w
            .tok(j)
            .and_then(|t| match t.lower().as_str() {
                "front" => Some(1),
                "back" => Some(2),
                _ => None,
            })
            .filter(|_| the && w.is(j + 1, "half"));
        // "the holiday quarter": October to December, whatever a
        // company's fiscal calendar numbers it.
        let holiday = the && w.is(j, "holiday") && w.is(j + 1, "quarter");
        let ord = if last {
            Some(0)
        } else if holiday {
            Some(4)
        } else {
            side.or_else(|| w.ordinal(j))
        }?;
        j += 1;
        if w.is_fiscal(j) {
            fiscal = true;
            j += 1;
        }
        let hyphen = w.tok(j).is_some_and(|t| t.is_dash() && !t.spaced);
        if hyphen {
            j += 1;
        }
        let quarter = if w.is(j, "quarter") {
            true
        } else if w.is(j, "half") {
            false
        } else {
            return None;
        };
        j += 1;
        let n = match (ord, quarter) {
            (0, true) => 4,
            (0, false) => 2,
            (n, true) => n,
            (n @ 1..=2, false) => n,
            _ => return None,
        };
        let mut k = j;
        let of = w.is(k, "of");
        if of {
            k += 1;
        }
        // "the second quarter of its fiscal year": the company's, the most
        // recent one begun, as a bare fiscal quarter.
        if of && w.is_any(k, &["its", "their"]) && w.is_fiscal(k + 1) && w.is(k + 2, "year") {
            return self.place_part(i, k + 3, quarter, n, true, None, "date.ordinal_period");
        }
        let year = self.year_ref(k);
        if last && year.is_none() {
            return None;
        }
        let (end, year) = match year {
            Some((r, e)) => (e, Some(r)),
            None => (j, None),
        };
        // An adjective ("fourth-quarter results") does not take the article.
        let first = if hyphen && year.is_none() {
            if fiscal && w.is_fiscal(ord_at.wrapping_sub(1)) {
                ord_at - 1
            } else {
                ord_at
            }
        } else {
            i
        };
        let fiscal =
            !holiday && (fiscal || (year.is_none() && self.own_fiscal_part(i, quarter, n)));
        self.place_part(first, end, quarter, n, fiscal, year, "date.ordinal_period")
    }

    /// "Q4", "Q4 2024", "Q4'24", "Q4 FY25", "fiscal Q1 2026", "FY25 Q4",
    /// "4Q24", "H1 2025", "1H25".
    fn q_token(&self, i: usize) -> Option<Found> {
        let w = self.w;
        let mut j = i;
        let mut fiscal = false;
        let mut year: Option<YearRef> = None;
        if w.is_fiscal(j) {
            fiscal = true;
            j += 1;
        } else if let Some((y, e)) = self.fy_number(j) {
            if w.tok(e).is_some_and(|t| parse_q(t.text).is_some()) {
                year = Some(YearRef::Fiscal(y));
                j = e;
            }
        }
        let t = w.tok(j)?;
        let (quarter, n, glued_year, glued_fiscal) = parse_q(t.text)?;
        fiscal |= glued_fiscal;
        j += 1;
        let mut year = year.map(|r| (r, j));
        if year.is_none() {
            if let Some(y) = glued_year {
                year = Some((YearRef::Calendar(y), j));
            } else if w.tok(j).is_some_and(|t| t.is_any(&["'", "’"]) && !t.spaced) {
                year = w
                    .tok(j + 1)
                    .and_then(|t| Words::short_year(t.text))
                    .map(|y| (YearRef::Calendar(y), j + 2));
            } else {
                let k = if w.is(j, "of") { j + 1 } else { j };
                year = self.year_ref(k);
                // "Q4 this year" reads oddly; only "Q4 of this year" or a number.
                if let Some((YearRef::RelCalendar(_) | YearRef::RelFiscal(_), _)) = year {
                    if k == j {
                        year = None;
                    }
                }
            }
        }
        if fiscal {
            if let Some((YearRef::Calendar(y), e)) = year {
                year = Some((YearRef::Fiscal(y), e));
            }
        }
        if !quarter
            && year.is_none()
            && !(i > 0 && w.is_any(i - 1, &["in", "during", "for", "the", "of"]))
        {
            return None;
        }
        let end = year.map_or(j, |(_, e)| e);
        let fiscal = fiscal || (year.is_none() && self.own_fiscal_part(i, quarter, n));
        self.place_part(
            i,
            end,
            quarter,
            n,
            fiscal,
            year.map(|(r, _)| r),
            "date.quarter",
        )
    }

    /// "Feb. 7, 2026", "7 February 2026", "February 2026", "February of
    /// 2026", "December", "last November", "early February".
    fn month_phrase(&self, i: usize) -> Option<Found> {
        let w = self.w;
        let mut j = i;
        let mut relation = None;
        if w.is_any(j, &["last", "this", "next", "early", "mid", "late"]) {
            relation = w.tok(j).map(|t| t.lower());
            j += 1;
            if w.tok(j).is_some_and(|t| t.is_dash() && !t.spaced) {
                j += 1;
            }
        }
        let day_first = w.day(j).and_then(|(d, e)| {
            let e = if w.is(e, "of") { e + 1 } else { e };
            w.month(e).map(|(m, e2)| (m, d, e2))
        });
        let (m, day, mut k) = if let Some((m, d, e)) = day_first {
            (m, Some(d), e)
        } else {
            let (m, e) = w.month(j)?;
            match w.day(e) {
                // "February 2026" is a year, not day 20.
                Some((d, e2)) if w.year(e).is_none() => (m, Some(d), e2),
                _ => (m, None, e),
            }
        };
        let year_next = w.year(k + 1).is_some();
        let comma = w.glued(k, ',');
        if (day.is_some() && comma) || (day.is_none() && year_next && (comma || w.is(k, "of"))) {
            k += 1;
        }
        // "September last year", "in May of next year": the month of the
        // year named relative to the reference date.
        if relation.is_none() {
            let of = if w.is(k, "of") { k + 1 } else { k };
            let offset = match w.tok(of).map(|t| t.lower()) {
                Some(l) if l.as_str() == "last" => Some(-1),
                Some(l) if l.as_str() == "this" => Some(0),
                Some(l) if l.as_str() == "next" => Some(1),
                _ => None,
            };
            if let Some(off) = offset.filter(|_| w.is(of + 1, "year")) {
                let gran = if day.is_some() { G::Day } else { G::Month };
                return self.rel(i, of + 2, gran, "date.month", |r| {
                    self.month_in(r.year() + off, m, day)
                });
            }
        }
        if let Some(y) = w.year(k) {
            if matches!(relation.as_deref(), Some("last" | "this" | "next")) {
                return None;
            }
            let p = match day {
                Some(d) => calc::day(y, m, d),
                None => calc::month(y, m),
            };
            let gran = if day.is_some() { G::Day } else { G::Month };
            return self.fixed(i, k + 1, p, gran, "date.month");
        }
        // No year: a comma after a day was punctuation, not part of it.
        let end = if day.is_some() && w.glued(k - 1, ',') {
            k - 1
        } else {
            k
        };
        if day.is_none() && relation.is_none() && !w.bare_month_ok(j) {
            return None;
        }
        let gran = if day.is_some() { G::Day } else { G::Month };
        let mut found = self.rel(i, end, gran, "date.month", |r| match relation.as_deref() {
            Some("last") => {
                let p = self.month_in(r.year(), m, day)?;
                if p.0 < calc::period_of(r, Unit::Month)?.0 {
                    Some(p)
                } else {
                    self.month_in(r.year() - 1, m, day)
                }
            }
            Some("this") => self.month_in(r.year(), m, day),
            Some("next") => {
                let p = self.month_in(r.year(), m, day)?;
                if p.0 > r {
                    Some(p)
                } else {
                    self.month_in(r.year() + 1, m, day)
                }
            }
            _ => self.yearless_period(m, day, self.tense(i)),
        })?;
        if relation.is_none() {
            found.yearless = Some((m, day));
        }
        Some(found)
    }

    fn month_in(&self, y: i16, m: i8, day: Option<i8>) -> Option<Period> {
        match day {
            Some(d) => calc::day(y, m, d),
            None => calc::month(y, m),
        }
    }

    /// A month (or day) without a year: the most recent one begun by the
    /// reference date, or the next one not yet over when the clause is in
    /// the future tense. A day in the present tense is the nearest one
    /// ("Nvidia reports on Feb. 25", written on Feb. 5).
    pub fn yearless_period(&self, m: i8, day: Option<i8>, tense: Tense) -> Option<Period> {
        let r = self.reference?;
        let p = self.month_in(r.year(), m, day)?;
        if day.is_some() && tense == Tense::Present {
            let candidates = [r.year() - 1, r.year(), r.year() + 1];
            return candidates
                .iter()
                .filter_map(|&y| self.month_in(y, m, day))
                .min_by_key(|p| (p.0 - r).get_days().abs());
        }
        if tense == Tense::Future {
            if p.1 >= r {
                Some(p)
            } else {
                self.month_in(r.year() + 1, m, day)
            }
        } else if p.0 <= r {
            Some(p)
        } else {
            self.month_in(r.year() - 1, m, day)
        }
    }

    /// "Friday", "last Friday", "next Monday", "Friday, Feb. 6, 2026".
    fn weekday_phrase(&self, i: usize) -> Option<Found> {
        let w = self.w;
        let (relation, j) = if w.is_any(i, &["last", "this", "next"]) {
            (w.tok(i).map(|t| t.lower()), i + 1)
        } else {
            (None, i)
        };
        let (n, mut k, abbreviation) = w.weekday(j)?;
        if w.glued(k, ',') {
            k += 1;
        }
        if relation.is_none() {
            if let Some(date) = self.month_phrase(k) {
                if date.gran == G::Day {
                    return Some(Found { first: i, ..date });
                }
            }
        }
        if abbreviation {
            return None;
        }
        let end = j + 1;
        let wd = Weekday::from_monday_one_offset(n).ok()?;
        let future = self.tense(j) == Tense::Future;
        self.rel(i, end, G::Day, "date.weekday", |r| {
            let d = match relation.as_deref() {
                Some("last") => r.nth_weekday(-1, wd).ok()?,
                Some("next") => r.nth_weekday(1, wd).ok()?,
                Some(_) => {
                    let (monday, _) = calc::week_of(r)?;
                    calc::shift(monday, Unit::Day, i64::from(n - 1))?
                }
                None if future => r.yesterday().ok()?.nth_weekday(1, wd).ok()?,
                None => r.tomorrow().ok()?.nth_weekday(-1, wd).ok()?,
            };
            Some((d, d))
        })
    }

    /// "2025", "2023-09", "2026-02-09", "2024-25", "the 2020s", "the 2025
    /// fiscal year".
    fn year_phrase(&self, i: usize) -> Option<Found> {
        let w = self.w;
        if let Some((y, end)) = self.calendar_year(i) {
            return self.fixed(i, end, calc::year(y), G::Year, "date.calendar_year");
        }
        let (j, the) = self.the(i);
        if let Some(t) = w.tok(j) {
            if let Some(digits) = t.text.strip_suffix('s') {
                let y: i16 = digits.parse().ok().filter(|_| digits.len() == 4)?;
                if y % 10 == 0 && (1900..=2100).contains(&y) {
                    return self.fixed(i, j + 1, calc::decade(y), G::Decade, "date.decade");
                }
                return None;
            }
        }
        let y = w.year(j)?;
        // "the 2020's": a decade with an apostrophe ("2020's results" is
        // the year's).
        if the
            && y % 10 == 0
            && w.tok(j + 1)
                .is_some_and(|a| !a.spaced && (a.is_punct('\'') || a.is_punct('’')))
            && w.tok(j + 2).is_some_and(|s| !s.spaced && s.is("s"))
        {
            return self.fixed(i, j + 3, calc::decade(y), G::Decade, "date.decade");
        }
        if w.is_fiscal(j + 1) && w.is(j + 2, "year") {
            let cal = self.stated_fiscal_calendar(self.byte(i));
            return self.fixed(
                i,
                j + 3,
                calc::fiscal_year(cal, y),
                G::FiscalYear,
                "date.fiscal_year",
            );
        }
        if the {
            return None;
        }
        // "2023-09", "2023-09-15", "2023/09/15".
        for sep in ['-', '/'] {
            if w.glued(j + 1, sep) {
                if let Some(t) = w
                    .tok(j + 2)
                    .filter(|t| !t.spaced && t.text.len() == 2 && t.is_digits())
                {
                    let m: i8 = t.text.parse().ok()?;
                    if w.glued(j + 3, sep) {
                        // "2026-11-03", and "2026-11-03T09:00:00Z" with its
                        // time glued on (the token runs to the hour).
                        let day = w.tok(j + 4).filter(|t| !t.spaced).map(|t| {
                            match t.text.split_once('T') {
                                Some((d, hour))
                                    if sep == '-'
                                        && !hour.is_empty()
                                        && hour.bytes().all(|b| b.is_ascii_digit()) =>
                                {
                                    d
                                }
                                _ => t.text,
                            }
                        });
                        if let Some(d) =
                            day.filter(|d| d.len() == 2 && d.bytes().all(|b| b.is_ascii_digit()))
                        {
                            let d: i8 = d.parse().ok()?;
                            return self.fixed(i, j + 5, calc::day(y, m, d), G::Day, "date.iso");
                        }
                    }
                    if sep == '-' && (1..=12).contains(&m) {
                        return self.fixed(i, j + 3, calc::month(y, m), G::Month, "date.iso");
                    }
                    // "2024-25": a span of years.
                    let y2 = y - y % 100 + i16::from(m);
                    if sep == '-' && y2 > y {
                        let p = calc::year(y).zip(calc::year(y2)).map(|(a, b)| (a.0, b.1));
                        return self.fixed(i, j + 3, p, G::Year, "date.range");
                    }
                }
            }
        }
        self.fixed(i, j + 1, calc::year(y), G::Year, "date.year")
    }

    /// "calendar 2027", "calendar year 2027", "CY2027", "CY26", "CY 2026":
    /// a calendar year said so against a fiscal one. The year and the end.
    fn calendar_year(&self, i: usize) -> Option<(i16, usize)> {
        let w = self.w;
        let t = w.tok(i)?;
        if t.is("calendar") {
            let j = if w.is(i + 1, "year") { i + 2 } else { i + 1 };
            return Some((w.year(j)?, j + 1));
        }
        let digits = t.text.strip_prefix("CY")?;
        if digits.is_empty() {
            return Some((w.year(i + 1)?, i + 2));
        }
        if !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let y: i16 = match digits.len() {
            2 => 2000 + digits.parse::<i16>().ok()?,
            4 => digits.parse().ok()?,
            _ => return None,
        };
        (1900..=2100).contains(&y).then_some((y, i + 1))
    }

    /// "the 2025/26 financial year", "its 2026 fiscal year": the year's
    /// number before the noun.
    fn year_before_fiscal(&self, i: usize) -> Option<Found> {
        // ("the" kept, as in "the fourth quarter".)
        let (j, _) = self.the(i);
        let y = self.w.year(j)?;
        let split = self.split_year(y, j + 1);
        let k = split.unwrap_or(j + 1);
        if !(self.w.is_fiscal(k) && self.w.is(k + 1, "year")) {
            return None;
        }
        let period = self.fiscal_year_period(j, y, split.is_some());
        self.fixed(i, k + 2, period, G::FiscalYear, "date.fiscal_year")
    }

    /// The fiscal year numbered `y` (its first year, when `split` says it
    /// is named by both, "2026-27"), on the calendar stated for the text
    /// around token `at`.
    fn fiscal_year_period(&self, at: usize, y: i16, split: bool) -> Option<Period> {
        let cal = self.stated_fiscal_calendar(self.byte(at));
        if !split {
            return calc::fiscal_year(cal, y);
        }
        let r = YearRef::Split(y + 1);
        let cal = Self::calendar_for(r, cal);
        let (named, _, _) = self.year_number(r, cal);
        named.and_then(|y| calc::fiscal_year(cal, y))
    }

    /// "fiscal 2025", "FY2025", "FY25", "fiscal year 2025".
    fn fiscal_year(&self, i: usize) -> Option<Found> {
        if let Some(found) = self.year_before_fiscal(i) {
            return Some(found);
        }
        let (y, end) = self.fy_number(i)?;
        // "fiscal 2026 ending in March", "fiscal year 2025 ended June 30":
        // the text gives the calendar.
        if self.w.is_any(end, &["ending", "ended", "ends"]) {
            let k = if self.w.is(end + 1, "in") {
                end + 2
            } else {
                end + 1
            };
            if let Some(m) = self.month_phrase(k) {
                let period = match (m.yearless, m.period) {
                    (Some((month, None)), _) => {
                        calc::month(y, month).and_then(|p| calc::months_ending(p.1, 12))
                    }
                    (Some((month, Some(day))), _) => {
                        calc::ymd(y, month, day).and_then(|d| calc::stretch_ending(d, 12))
                    }
                    (None, Some(p)) if m.gran == G::Day => calc::stretch_ending(p.1, 12),
                    (None, Some(p)) => calc::months_ending(p.1, 12),
                    (None, None) => None,
                };
                return self.fixed(i, m.end, period, G::FiscalYear, "date.fiscal_year");
            }
        }
        // "fiscal 2026-27": the year ending in 2027.
        let split = self.split_year(y, end);
        let period = self.fiscal_year_period(i, y, split.is_some());
        self.fixed(
            i,
            split.unwrap_or(end),
            period,
            G::FiscalYear,
            "date.fiscal_year",
        )
    }

    /// "this year", "last week", "next month", "this fiscal year", "the
    /// current quarter", "the previous year", "the upcoming fiscal year",
    /// "earlier this month", "later this year", "today", "yesterday".
    fn relative_unit(&self, i: usize) -> Option<Found> {
        let w = self.w;
        let t = w.tok(i)?;
        let day_offset = match t.lower().as_str() {
            "today" => Some(0),
            "yesterday" => Some(-1),
            "tomorrow" => Some(1),
            _ => None,
        };
        if let Some(o) = day_offset {
            return self.rel(i, i + 1, G::Day, "date.relative", |r| {
                let d = calc::shift(r, Unit::Day, o)?;
                Some((d, d))
            });
        }
        if let Some(end) = self.year_to_date(i) {
            return self.rel(i, end, G::Year, "date.year_to_date", |r| {
                Some((calc::year(r.year())?.0, r))
            });
        }
        let (j, the) = self.the(i);
        let lower = w.tok(j)?.lower();
        let mut word = lower.as_str();
        let mut k = j + 1;
        // "the fiscal year": the current one (or, in a past-tense clause
        // while the year just ended is still being reported, that one).
        let bare_fiscal = the && (word == "fiscal" || w.financial_year(j));
        if bare_fiscal {
            word = "current";
            k = j;
        }
        // "earlier this month", "later this year".
        let part = match word {
            "earlier" | "later" if w.is(k, "this") => {
                k += 1;
                Some(word)
            }
            _ => None,
        };
        let which = if part.is_some() { "this" } else { word };
        let allowed = if the {
            [
                "current", "previous", "prior", "upcoming", "coming", "new", "same",
            ]
            .contains(&which)
                // "the next fiscal year" ("the next decade" is a window).
                || (which == "next" && w.is_fiscal(k))
        } else {
            ["this", "last", "next", "current", "upcoming", "coming"].contains(&which)
        };
        if !allowed {
            return None;
        }
        let fiscal = w.is_fiscal(k);
        if fiscal {
            k += 1;
        }
        let (unit, plural) = Unit::from_word(w.tok(k)?.text)?;
        if plural || unit == Unit::Day {
            return None;
        }
        let end = k + 1;
        let cal = if fiscal {
            self.stated_fiscal_calendar(self.byte(i))
        } else {
            FiscalCalendar::CALENDAR
        };
        if fiscal && unit != Unit::Year {
            return None;
        }
        let gran = if fiscal {
            G::FiscalYear
        } else {
            unit.granularity()
        };
        // "Nvidia ... expects $78 billion in the current quarter": a
        // company's own quarter is one of its fiscal calendar.
        let own = (unit == Unit::Quarter && self.own_fiscal_company(i))
            .then(|| self.fiscal_calendar(self.byte(i)));
        let period_at = |d: Date, offset: i64| -> Option<Period> {
            if fiscal {
                let fy = calc::fiscal_year_of(cal, d).checked_add(i16::try_from(offset).ok()?)?;
                calc::fiscal_year(cal, fy)
            } else if let Some(own) = own {
                calc::fiscal_quarter_of(own, calc::shift(d, unit, offset)?)
            } else {
                calc::period_of(calc::shift(d, unit, offset)?, unit)
            }
        };
        // "Revenue was $14.9 billion in the fiscal first quarter. In the
        // same quarter, ...": the period of the sentence before, when this
        // one has none yet and it is of the same unit.
        if which == "same" && self.anchor.is_none() {
            if let Some((p, g)) = self.before.filter(|&(_, g)| g == gran) {
                return Some(Found {
                    first: i,
                    end,
                    period: Some(p),
                    gran: g,
                    relative: true,
                    rule: "date.relative",
                    yearless: None,
                });
            }
        }
        if matches!(which, "previous" | "prior" | "same") {
            let anchor = self.anchor.map(|(p, _)| p.0);
            let offset = if which == "same" { 0 } else { -1 };
            return self.rel(i, end, gran, "date.relative", |r| {
                period_at(anchor.unwrap_or(r), offset)
            });
        }
        // "The company sold 19.86 million Switch 2 units in the fiscal
        // year", told in May of a year that ended in March.
        let just_ended = bare_fiscal && self.tense(i) == Tense::Past;
        self.rel(i, end, gran, "date.relative", |r| {
            let this = period_at(r, 0)?;
            if just_ended {
                if let Some(last) = period_at(r, -1).filter(|p| results_pending(p.1, r)) {
                    return Some(last);
                }
            }
            match (which, part) {
                (_, Some("earlier")) => Some((this.0, r)),
                (_, Some(_)) => Some((r, this.1)),
                ("last", _) => period_at(r, -1),
                ("next", _) => period_at(r, 1),
                ("upcoming" | "coming" | "new", _) if !calc::mostly_ahead(this, r) => {
                    period_at(r, 1)
                }
                _ => Some(this),
            }
        })
    }

    /// "full-year revenue", "for the full year", "the full fiscal year":
    /// the year of results a report speaks of, the subject's fiscal year
    /// when the lexicon knows its calendar. That is the year under way,
    /// except in a past-tense clause early in a year ("Apple reported
    /// full-year revenue of $416 billion" in November: its fiscal year
    /// ended in September), unless what is full-year is a forecast
    /// ("raised its full-year outlook"). "A full year of production" is a
    /// length of time, not a period.
    fn full_year(&self, i: usize) -> Option<Found> {
        let (end, fiscal, past) = self.results_phrase(i, "full", &["year"])?;
        let cal = self.fiscal_calendar(self.byte(i));
        let gran = if fiscal || cal != FiscalCalendar::CALENDAR {
            G::FiscalYear
        } else {
            G::Year
        };
        self.rel(i, end, gran, "date.full_year", |r| {
            let fy = calc::fiscal_year_of(cal, r);
            let this = calc::fiscal_year(cal, fy)?;
            // Early: the first three months of the year under way.
            let early = calc::shift(this.0, Unit::Month, 3).is_some_and(|d| r < d);
            if past && early {
                calc::fiscal_year(cal, fy.checked_sub(1)?)
            } else {
                Some(this)
            }
        })
    }

    /// "[the] full[-]year", "half-year[ly]" (`lead` and one of `nouns`),
    /// with "fiscal" between allowed: its end, whether "fiscal" was there,
    /// and whether its clause speaks of the past, not of a forecast. None
    /// when a year follows ("full-year 2025 revenue": the year's own phrase
    /// says which), for a spaced adjective before no word, and for a length
    /// of time ("a full year of production").
    fn results_phrase(&self, i: usize, lead: &str, nouns: &[&str]) -> Option<(usize, bool, bool)> {
        let w = self.w;
        let (j, the) = self.the(i);
        if !w.is(j, lead) {
            return None;
        }
        let mut k = j + 1;
        let glued = w.tok(k).is_some_and(|t| t.is_glued_joiner());
        if glued {
            k += 1;
        }
        let fiscal = w.is_fiscal(k);
        if fiscal {
            k += 1;
        }
        if !w.is_any(k, nouns) || w.year(k + 1).is_some() || self.fy_number(k + 1).is_some() {
            return None;
        }
        // Without "the" or a hyphen, an adjective only before a noun:
        // "full year results".
        if !the
            && !glued
            && !w
                .tok(k + 1)
                .is_some_and(|t| t.text.chars().all(char::is_alphabetic))
        {
            return None;
        }
        let end = k + 1;
        if !the && self.a_length(i, end) {
            return None;
        }
        let forward = (i.saturating_sub(4)..end + 3).any(|t| w.is_any(t, FORWARD_NOUNS));
        Some((end, fiscal, !forward && self.tense(i) == Tense::Past))
    }

    /// Whether "full year" or "half-year" at `[i, end)` is a length of
    /// time after a count ("a full year of production", "a half-year
    /// delay"), not a period of results ("a half-year loss").
    fn a_length(&self, i: usize, end: usize) -> bool {
        let w = self.w;
        i > 0
            && w.is_any(
                i - 1,
                &["a", "one", "another", "every", "each", "first", "second"],
            )
            && !w.is_any(end, RESULT_NOUNS)
    }

    /// "half-year revenue", "half-yearly results": the half of results a
    /// report speaks of, the subject's fiscal half when the lexicon knows
    /// its calendar: in a past-tense clause the half last ended ("Vodafone
    /// said its half-year revenue rose" in November: April to September),
    /// else the half under way. "A half-year delay" is a length of time.
    fn half_year(&self, i: usize) -> Option<Found> {
        // (Not after "the": "the half year to September" is a run of months.)
        if !self.w.is(i, "half") {
            return None;
        }
        let (end, _, past) = self.results_phrase(i, "half", &["year", "yearly"])?;
        let cal = self.fiscal_calendar(self.byte(i));
        self.rel(i, end, G::Half, "date.half_year", |r| {
            let fy = calc::fiscal_year_of(cal, r);
            let first = self.part(false, 1, fy, true, cal)?;
            let (y, n) = if r <= first.1 { (fy, 1) } else { (fy, 2) };
            let (y, n) = match (past, n) {
                (false, _) => (y, n),
                (true, 2) => (y, 1),
                (true, _) => (y.checked_sub(1)?, 2),
            };
            self.part(false, n, y, true, cal)
        })
    }

    /// "the past year", "the next three years", "the last 12 months",
    /// "past two weeks": a window ending or starting at the reference date.
    fn window(&self, i: usize) -> Option<Found> {
        let w = self.w;
        let (j, the) = self.the(i);
        let word = w.tok(j)?.lower();
        let forward = match word.as_str() {
            "past" | "last" | "previous" | "prior" => false,
            "next" | "coming" => true,
            _ => return None,
        };
        let mut k = j + 1;
        let count = w.count(k);
        if let Some((_, e)) = count {
            k = e;
        }
        let t = w.tok(k)?;
        let (unit, plural) = Unit::from_word(t.text)?;
        let n = count.map_or(1, |(n, _)| n);
        if plural != (n > 1) && !(plural && count.is_some()) {
            return None;
        }
        // "last year", "next week" without an article or a count are
        // calendar periods (relative_unit); "the previous year" counts back
        // from the sentence's date.
        let needs_article = matches!(
            word.as_str(),
            "last" | "next" | "previous" | "prior" | "coming"
        );
        if count.is_none()
            && (!the && needs_article || matches!(word.as_str(), "previous" | "prior" | "coming"))
        {
            return None;
        }
        let gran = unit.granularity();
        let sub_day = Unit::sub_day(t.text);
        self.rel(i, k + 1, gran, "date.window", |r| {
            if sub_day {
                return Some((r, r));
            }
            calc::window(r, unit, n, forward)
        })
    }

    /// "$910 million a year earlier", "the year-ago quarter", "the same
    /// period last year": the period the sentence has just named (or the
    /// sentence before, when this one has named none), a year before. A
    /// comparison is with the same stretch of the calendar, so the period
    /// keeps its granularity: after "third-quarter revenue" it is the third
    /// quarter of the year before, not that whole year. With no period to
    /// count back from, or a day or a week (a year before a day is no
    /// period of results), no phrase here ("a year ago" is then [`ago`]'s).
    ///
    /// [`ago`]: Self::ago
    fn year_back(&self, i: usize) -> Option<Found> {
        const BACK: &[&str] = &["earlier", "ago", "before", "prior"];
        let w = self.w;
        let t = w.tok(i)?;
        // "a year earlier", "one year ago", at token `k`: the token past it.
        let a_year_back = |k: usize| -> Option<usize> {
            (w.tok(k)?.is_any(&["a", "one"]) && w.is(k + 1, "year") && w.tok(k + 2)?.is_any(BACK))
                .then_some(k + 3)
        };
        let end = if t.is_any(&["a", "one"]) {
            a_year_back(i)?
        } else if t.is("the") {
            let dash = |k: usize| w.tok(k).is_some_and(|t| t.is_glued_joiner());
            let period_noun = |k: usize| {
                w.tok(k).is_some_and(|t| {
                    t.is_any(&["quarter", "period", "half", "month", "months", "year"])
                })
            };
            if w.is(i + 1, "year") && dash(i + 2) && w.tok(i + 3)?.is_any(BACK) {
                // "the year-earlier quarter", "the year-ago period".
                period_noun(i + 4).then_some(i + 5)?
            } else if w.tok(i + 1)?.is_any(&["prior", "previous"])
                && dash(i + 2)
                && w.is(i + 3, "year")
                && period_noun(i + 4)
                && !w.is(i + 4, "year")
            {
                // "the prior-year quarter".
                i + 5
            } else if w.is(i + 1, "same") && period_noun(i + 2) {
                // "the same quarter last year", "the same period a year
                // earlier", "the same quarter of the previous year".
                let k = if w.is(i + 3, "of") { i + 4 } else { i + 3 };
                if w.is(k, "last") && w.is(k + 1, "year") {
                    k + 2
                } else if let Some(end) = a_year_back(k) {
                    end
                } else if w.is(k, "the")
                    && w.tok(k + 1)?.is_any(&["previous", "prior"])
                    && w.is(k + 2, "year")
                {
                    k + 3
                } else {
                    return None;
                }
            } else if w.is(i + 1, "year") && w.tok(i + 2)?.is_any(&["earlier", "before"]) {
                // "the year before".
                i + 3
            } else {
                return None;
            }
        } else {
            return None;
        };
        let (p, gran) = self.anchor.or(self.before)?;
        if matches!(gran, G::Day | G::Week) {
            return None;
        }
        let back = |d: Date| calc::shift(d, Unit::Year, -1);
        Some(Found {
            first: i,
            end,
            period: Some((back(p.0)?, back(p.1)?)),
            gran,
            relative: true,
            rule: "date.year_back",
            yearless: None,
        })
    }

    /// "11 hours ago", "two weeks ago", "a year ago".
    fn ago(&self, i: usize) -> Option<Found> {
        let w = self.w;
        let (n, k) = w.count(i)?;
        let t = w.tok(k)?;
        let (unit, plural) = Unit::from_word(t.text)?;
        if !w.is(k + 1, "ago") || plural != (n > 1) {
            return None;
        }
        let sub_day = Unit::sub_day(t.text);
        self.rel(i, k + 2, unit.granularity(), "date.ago", |r| {
            if sub_day {
                return Some((r, r));
            }
            calc::period_of(calc::shift(r, unit, -n)?, unit)
        })
    }

    /// "the end of last year", "the beginning of 2026", "end of the
    /// quarter": the first or last month of a period.
    fn boundary(&self, i: usize) -> Option<Found> {
        let w = self.w;
        let (j, the) = self.the(i);
        let word = w.tok(j)?.lower();
        // "the week of March 9": the week that holds the day.
        if the && word.as_str() == "week" && w.is(j + 1, "of") {
            let inner = self.core(j + 2).filter(|f| f.gran == G::Day)?;
            let period = match inner.period {
                Some(p) => Some(calc::week_of(p.0)?),
                None => None,
            };
            return Some(Found {
                first: i,
                end: inner.end,
                period,
                gran: G::Week,
                relative: inner.relative,
                rule: "date.week_of",
                yearless: None,
            });
        }
        let at_end = match word.as_str() {
            "end" => true,
            "beginning" | "start" => false,
            _ => return None,
        };
        // "end-March", "end-2026": the glued form of "the end of".
        let glued = !the
            && w.tok(j + 1).is_some_and(|t| t.is_dash() && !t.spaced)
            && w.tok(j + 2).is_some_and(|t| !t.spaced);
        let inner = if glued {
            self.core(j + 2)
                .filter(|f| matches!(f.gran, G::Month | G::Year | G::Quarter))?
        } else {
            if !w.is(j + 1, "of") {
                return None;
            }
            self.boundary_inner(j + 2)?
        };
        let pick = |p: Period| -> Option<Period> {
            let d = if at_end { p.1 } else { p.0 };
            calc::month(d.year(), d.month())
        };
        let period = match inner.period {
            Some(p) => Some(pick(p)?),
            None => None,
        };
        Some(Found {
            first: i,
            end: inner.end,
            period,
            gran: G::Month,
            relative: inner.relative,
            rule: "date.boundary",
            yearless: None,
        })
    }

    /// What "the end of" applies to: any date, or "the year" / "the quarter".
    fn boundary_inner(&self, k: usize) -> Option<Found> {
        if let Some(f) = self.core(k) {
            return Some(f);
        }
        let (j, the) = self.the(k);
        let (unit, plural) = Unit::from_word(self.w.tok(j)?.text)?;
        if !the
            || plural
            || !matches!(
                unit,
                Unit::Year | Unit::Quarter | Unit::Month | Unit::Week | Unit::Decade
            )
        {
            return None;
        }
        self.rel(k, j + 1, unit.granularity(), "date.boundary", |r| {
            calc::period_of(r, unit)
        })
    }

    /// "YTD", "year to date", "year-to-date", "the year to date": the
    /// token after the phrase, an open period from January 1 to the
    /// reference date.
    fn year_to_date(&self, i: usize) -> Option<usize> {
        let w = self.w;
        if w.is(i, "ytd") {
            return Some(i + 1);
        }
        let (j, _) = self.the(i);
        if !w.is(j, "year") {
            return None;
        }
        let glued = |k: usize| w.tok(k).is_some_and(|t| t.is_dash() && !t.spaced);
        if w.is(j + 1, "to") && w.is(j + 2, "date") {
            Some(j + 3)
        } else if glued(j + 1) && w.is(j + 2, "to") && glued(j + 3) && w.is(j + 4, "date") {
            Some(j + 5)
        } else {
            None
        }
    }

    /// "year-end", "by year end", "the year's end", "decade's end",
    /// "quarter-end", "year-end 2025": the last month of the period, that
    /// of the reference date unless a year follows. In the past tense a
    /// period not yet over is the one before ("cash at quarter-end").
    fn period_end(&self, i: usize) -> Option<Found> {
        let w = self.w;
        let (j, _) = self.the(i);
        // What must follow the noun, looked at first: it is cheaper.
        let end_follows = w
            .tok(j + 1)
            .is_some_and(|n| n.is_glued_joiner() || n.is("end"));
        if !end_follows {
            return None;
        }
        let (unit, plural) = Unit::from_word(w.tok(j)?.text)?;
        if plural
            || !matches!(
                unit,
                Unit::Year | Unit::Quarter | Unit::Month | Unit::Decade
            )
        {
            return None;
        }
        let mut k = j + 1;
        if w.tok(k).is_some_and(|t| t.is_dash() && !t.spaced) {
            k += 1;
        } else if w
            .tok(k)
            .is_some_and(|t| (t.is_punct('\'') || t.is_punct('’')) && !t.spaced)
            && w.is(k + 1, "s")
        {
            k += 2;
        }
        if !w.is(k, "end") {
            return None;
        }
        let last_month = |p: Period| calc::month(p.1.year(), p.1.month());
        if unit == Unit::Year {
            if let Some(y) = w.year(k + 1) {
                let p = calc::year(y).and_then(last_month);
                return self.fixed(i, k + 2, p, G::Month, "date.boundary");
            }
        }
        let past = unit != Unit::Decade && self.tense(i) == Tense::Past;
        self.rel(i, k + 1, G::Month, "date.boundary", |r| {
            let p = calc::period_of(r, unit)?;
            if past && p.1 >= r {
                last_month(calc::period_of(calc::shift(r, unit, -1)?, unit)?)
            } else {
                last_month(p)
            }
        })
    }

    /// "the quarter ended March 31", "the three months ending Dec. 31,
    /// 2025", "the 12 months to September", "the half to June", "the
    /// September quarter", "Apple's December 2025 quarter": the whole months
    /// that end with the month named (which is placed as a month alone
    /// would be).
    fn months_ending(&self, i: usize) -> Option<Found> {
        let w = self.w;
        let (j, _) = self.the(i);
        if let Some(f) = self.ordinal_ending(i, j) {
            return Some(f);
        }
        // (The month phrase is read only when "quarter" follows closely.)
        let quarter_near = (j + 1..j + 5).any(|k| w.is(k, "quarter"));
        if let Some(m) = quarter_near.then(|| self.month_phrase(j)).flatten() {
            if m.gran == G::Month && w.is(m.end, "quarter") {
                let m = self.told_ahead(i, m.end + 1, m);
                return self.ending(i, m.end + 1, &m, 3, G::Quarter, true);
            }
            // "September-quarter revenue": the adjective, hyphenated.
            let hyphen = w.tok(m.end).is_some_and(|t| t.is_dash() && !t.spaced);
            if m.gran == G::Month && hyphen && w.is(m.end + 1, "quarter") {
                let m = self.told_ahead(i, m.end + 2, m);
                return self.ending(i, m.end + 2, &m, 3, G::Quarter, true);
            }
        }
        // "the fiscal year ending June 30, 2026".
        let fiscal = w.is_fiscal(j);
        let j = if fiscal { j + 1 } else { j };
        let t = w.tok(j)?;
        // "the week ended Nov. 14", "the week to Friday": the seven days
        // ending on that day, as weekly data are reported.
        if t.is("week") && w.is_any(j + 1, &["ended", "ending", "to", "through"]) {
            let m = self.core(j + 2)?;
            if m.gran != G::Day {
                return None;
            }
            let period = match m.period {
                Some((_, last)) => Some((last.checked_sub(jiff::Span::new().days(6)).ok()?, last)),
                None => None,
            };
            return Some(Found {
                first: i,
                end: m.end,
                period,
                gran: G::Week,
                relative: m.relative,
                rule: "date.week_ending",
                yearless: None,
            });
        }
        // "its FY ending March 2027": the abbreviation is a fiscal year.
        let fiscal = fiscal || t.is("fy");
        let (months, k) = match t.lower().as_str() {
            "quarter" => (3, j + 1),
            "half" => (6, j + 1),
            "year" | "fy" => (12, j + 1),
            _ if !(t.text.starts_with(|c: char| c.is_ascii_digit()) || w.is_numeral(j)) => {
                return None;
            }
            _ => {
                let (n, e) = w.count(j)?;
                match Unit::from_word(w.tok(e)?.text)? {
                    (Unit::Month, _) => (n, e + 1),
                    (Unit::Quarter, _) => (3 * n, e + 1),
                    _ => return None,
                }
            }
        };
        if !w.is_any(k, &["ended", "ending", "to", "through"]) {
            return None;
        }
        let m = self.month_phrase(self.past_in(k))?;
        let gran = match months {
            3 => G::Quarter,
            6 => G::Half,
            12 if fiscal => G::FiscalYear,
            12 => G::Year,
            _ => G::Month,
        };
        // "the quarter ended March 31" is over; "ending", "to" may be ahead.
        let current = !w.is(k, "ended");
        self.ending(i, m.end, &m, months, gran, current)
    }

    /// "the third quarter ended Oct. 31", "the fiscal second half ending
    /// March 31": an ordinal quarter or half whose end the text gives is
    /// the months ending then, whatever the calendar says (Walmart's third
    /// quarter is August to October). `j` is the token after "the".
    fn ordinal_ending(&self, i: usize, j: usize) -> Option<Found> {
        let w = self.w;
        let mut k = j;
        if w.is_fiscal(k) {
            k += 1;
        }
        w.ordinal(k)?;
        k += 1;
        if w.is_fiscal(k) {
            k += 1;
        }
        let (months, gran) = if w.is(k, "quarter") {
            (3, G::Quarter)
        } else if w.is(k, "half") {
            (6, G::Half)
        } else {
            return None;
        };
        if !w.is_any(k + 1, &["ended", "ending"]) {
            return None;
        }
        let m = self.month_phrase(self.past_in(k + 1))?;
        if !matches!(m.gran, G::Day | G::Month) {
            return None;
        }
        self.ending(i, m.end, &m, months, gran, !w.is(k + 1, "ended"))
    }

    /// The token after "ending" or "ended" at `k`, and after an "in" there:
    /// "the quarter ending in January" ends with January. "The end of" a
    /// month is the month too: "the three months to end-June", "the half
    /// to the end of June".
    fn past_in(&self, k: usize) -> usize {
        let w = self.w;
        if w.is_any(k, &["ended", "ending"]) && w.is(k + 1, "in") && w.month(k + 2).is_some() {
            return k + 2;
        }
        let glued = w.is(k + 1, "end")
            && w.tok(k + 2).is_some_and(|t| t.is_dash() && !t.spaced)
            && w.tok(k + 3).is_some_and(|t| !t.spaced);
        if glued && w.month(k + 3).is_some() {
            return k + 3;
        }
        if w.is(k + 1, "the") && w.is(k + 2, "end") && w.is(k + 3, "of") && w.month(k + 4).is_some()
        {
            return k + 4;
        }
        k + 1
    }

    /// The `months` whole months ending with the month of `m`'s period.
    fn ending(
        &self,
        i: usize,
        end: usize,
        m: &Found,
        months: i64,
        gran: G,
        current: bool,
    ) -> Option<Found> {
        // A day is the last of the stretch; a month ends with its last day.
        let stretch = |last: Date| match m.gran {
            G::Day => calc::stretch_ending(last, months),
            _ => calc::months_ending(last, months),
        };
        let mut period = match m.period {
            Some(p) => Some(stretch(p.1)?),
            None => None,
        };
        // A yearless month ends the most recent such stretch that has begun
        // by the reference date: on January 30, 2026 "the March quarter" is
        // January to March 2026, not 2025. But a stretch already over, in a
        // clause in the past tense, is the one meant: in November "profit
        // rose in the year to June" is the year that ended in June.
        // (The tense is read only when it decides.)
        let over_in_past = |p: Period, r: Date| p.1 < r && self.tense(i) == Tense::Past;
        if let (true, Some(p), Some(_), Some(r)) = (current, period, m.yearless, self.reference) {
            let later = m
                .period
                .and_then(|m| m.1.checked_add(jiff::Span::new().years(1)).ok())
                .and_then(stretch);
            if let Some(later) = later.filter(|l| l.0 <= r && !over_in_past(p, r)) {
                period = Some(later);
            }
        }
        Some(Found {
            first: i,
            end,
            period,
            gran,
            relative: m.relative,
            rule: "date.months_ending",
            yearless: None,
        })
    }

    /// "the first nine months of 2025", "the last three months of the
    /// year", "the first two quarters of fiscal 2025": whole months from
    /// the start or to the end of a year.
    fn months_of(&self, i: usize) -> Option<Found> {
        let w = self.w;
        let (j, _) = self.the(i);
        let first = if w.is(j, "first") {
            true
        } else if w.is_any(j, &["last", "final"]) {
            false
        } else {
            return None;
        };
        let (n, e) = w.count(j + 1)?;
        let months = match Unit::from_word(w.tok(e)?.text)? {
            (Unit::Month, true) => n,
            (Unit::Quarter, true) => 3 * n,
            _ => return None,
        };
        if !(1..=12).contains(&months) {
            return None;
        }
        // "the first nine months", with no year: of the current year.
        if !w.is(e + 1, "of") {
            return first
                .then(|| self.months_to_date(i, e + 1, months))
                .flatten();
        }
        let (r, end) = self.year_ref(e + 2)?;
        let cal = Self::calendar_for(r, self.fiscal_calendar(self.byte(i)));
        let (y, fiscal, relative) = self.year_number(r, cal);
        let span = |y: i16| -> Option<Period> {
            let year = if fiscal {
                calc::fiscal_year(cal, y)?
            } else {
                calc::year(y)?
            };
            if first {
                calc::months_from(year.0.year(), year.0.month(), months)
            } else {
                calc::months_ending(year.1, months)
            }
        };
        let gran = match months {
            3 => G::Quarter,
            6 => G::Half,
            _ => G::Month,
        };
        if relative {
            self.rel(i, end, gran, "date.months_of", |_| span(y?))
        } else {
            self.fixed(i, end, span(y?), gran, "date.months_of")
        }
    }

    /// "nine-month revenue", "the nine-month period": a count of months
    /// glued to "month" before a noun of results is the months to date
    /// ("a six-month delay", "a 12-month high" are no periods).
    fn month_count_adjective(&self, i: usize) -> Option<Found> {
        let w = self.w;
        // A count is one token: the dash and "month" are looked at first,
        // as this is tried at every token that may open a date.
        if !(w.glued(i + 1, '-') && w.is(i + 2, "month")) {
            return None;
        }
        let (n, e) = w.count(i)?;
        if !(w.glued(e, '-') && w.is(e + 1, "month") && (2..=11).contains(&n)) {
            return None;
        }
        let noun = w.tok(e + 2)?;
        if !noun.is_any(RESULT_NOUNS) {
            return None;
        }
        self.months_to_date(i, e + 2, n)
    }

    /// The first `months` months of the (fiscal) year, with no year said:
    /// the last such stretch over by the reference date, or in the future
    /// tense the next one not yet over. The company's fiscal calendar
    /// applies where the sentence names one.
    fn months_to_date(&self, i: usize, end: usize, months: i64) -> Option<Found> {
        let cal = self.fiscal_calendar(self.byte(i));
        let gran = match months {
            3 => G::Quarter,
            6 => G::Half,
            _ => G::Month,
        };
        self.rel(i, end, gran, "date.months_to_date", |r| {
            let span = |y: i16| {
                let year = calc::fiscal_year(cal, y)?;
                calc::months_from(year.0.year(), year.0.month(), months)
            };
            let fy = calc::fiscal_year_of(cal, r);
            let candidates = [fy - 1, fy, fy + 1].map(span);
            if self.tense(i) == Tense::Future {
                candidates.into_iter().flatten().find(|p| p.1 >= r)
            } else {
                candidates.into_iter().flatten().rfind(|p| p.1 <= r)
            }
        })
    }

    /// "12/15/2025", "3/5/2026": month first, as in American copy, unless
    /// the first number is over 12 ("15/12/2025"). Only with a four-digit
    /// year, so that fractions and scores stay what they are.
    fn numeric_date(&self, i: usize) -> Option<Found> {
        let w = self.w;
        let small = |k: usize| {
            w.tok(k)
                .filter(|t| t.is_digits() && t.text.len() <= 2 && (k == i || !t.spaced))
                .and_then(|t| t.text.parse::<i8>().ok())
        };
        let a = small(i)?;
        let b = w.glued(i + 1, '/').then(|| small(i + 2)).flatten()?;
        let y = w
            .glued(i + 3, '/')
            .then(|| w.tok(i + 4))
            .flatten()
            .filter(|t| !t.spaced && t.text.len() == 4 && t.is_digits())
            .and_then(|t| t.text.parse::<i16>().ok())
            .filter(|y| (1900..=2100).contains(y))?;
        if w.tok(i + 5)
            .is_some_and(|t| !t.spaced && (t.is_punct('/') || t.is_digits()))
        {
            return None;
        }
        let (m, d) = if a > 12 { (b, a) } else { (a, b) };
        self.fixed(i, i + 5, calc::day(y, m, d), G::Day, "date.numeric")
    }

    /// "early 2026", "mid-2026", "late last year", "early next year": a
    /// half of the year (mid: April to September).
    fn modified_year(&self, i: usize) -> Option<Found> {
        let w = self.w;
        let (h, the) = self.the(i);
        let which = w.tok(h)?.lower();
        if !["early", "mid", "late"].contains(&which.as_str()) {
            return None;
        }
        let mut j = h + 1;
        if w.tok(j).is_some_and(|t| t.is_dash() && !t.spaced) {
            j += 1;
        }
        // "the early 2030s", "the mid-2020s": part of a decade.
        if let Some(y) = w
            .tok(j)
            .and_then(|t| t.text.strip_suffix('s'))
            .filter(|d| d.len() == 4)
            .and_then(|d| d.parse::<i16>().ok())
            .filter(|y| y % 10 == 0 && (1900..=2100).contains(y))
        {
            let (a, b) = match which.as_str() {
                "early" => (0, 3),
                "mid" => (3, 6),
                _ => (7, 9),
            };
            let p = calc::year(y + a)
                .zip(calc::year(y + b))
                .map(|(s, e)| (s.0, e.1));
            return self.fixed(i, j + 1, p, G::Decade, "date.part_of_decade");
        }
        if the {
            return None;
        }
        let (r, end) = match w.year(j) {
            Some(y) => (YearRef::Calendar(y), j + 1),
            None => {
                let (r, e) = self.year_ref(j)?;
                if !matches!(r, YearRef::RelCalendar(_)) || w.is(j, "the") {
                    return None;
                }
                (r, e)
            }
        };
        let (y, _, relative) = self.year_number(r, FiscalCalendar::CALENDAR);
        let span = |y: i16| -> Option<Period> {
            match which.as_str() {
                "early" => calc::half(y, 1),
                "late" => calc::half(y, 2),
                _ => Some((calc::quarter(y, 2)?.0, calc::quarter(y, 3)?.1)),
            }
        };
        if relative {
            self.rel(i, end, G::Half, "date.part_of_year", |_| span(y?))
        } else {
            self.fixed(i, end, span(y?), G::Half, "date.part_of_year")
        }
    }
}

/// Whether the text before a name (`before`, from its sentence's start)
/// ends with a preposition or "include" governing it, past a list of other
/// names ("for Nvidia's", "include Nvidia and Apple"): a name in an object,
/// not the sentence's own company. ("Revenue at Microsoft", "capex by
/// Microsoft" are Microsoft's.)
fn governed_name(before: &str) -> bool {
    const GOVERNING: &[&str] = &[
        "for",
        "with",
        "to",
        "from",
        "include",
        "includes",
        "including",
        "like",
        "such",
        "as",
        "than",
        "against",
        "versus",
        "vs",
    ];
    let mut words = before
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .rev();
    // Past "Nvidia and" or "Nvidia," of a list of names.
    for _ in 0..GOVERNED_LIST_WORDS {
        let Some(w) = words.next() else {
            return false;
        };
        if w.eq_ignore_ascii_case("and") || w.starts_with(|c: char| c.is_uppercase()) {
            continue;
        }
        return GOVERNING.iter().any(|g| g.eq_ignore_ascii_case(w));
    }
    false
}

/// How many words of a list of names [`governed_name`] looks past.
const GOVERNED_LIST_WORDS: usize = 8;

/// "Q4" -> (quarter, 4, None), "4Q24" -> (quarter, 4, Some(2024)),
/// "H1" -> (half, 1, None), "1H25".
fn parse_q(s: &str) -> Option<(bool, i8, Option<i16>, bool)> {
    // "F3Q26", analysts' fiscal quarter: the fiscal mark first.
    let (s, fiscal_first) = match s.strip_prefix('F') {
        Some(rest) if rest.as_bytes().first().is_some_and(u8::is_ascii_digit) => (rest, true),
        _ => (s, false),
    };
    let b = s.as_bytes();
    // Both leading bytes are ASCII in every form, so slicing at 2 is safe;
    // anything else ("Q" before a multibyte letter) is not a period.
    let (quarter, n, rest) = match b {
        [b'Q', d, ..] if d.is_ascii_digit() && !fiscal_first => (true, *d, &s[2..]),
        [b'H', d, ..] if d.is_ascii_digit() && !fiscal_first => (false, *d, &s[2..]),
        [d, b'Q', ..] if d.is_ascii_digit() => (true, *d, &s[2..]),
        [d, b'H', ..] if d.is_ascii_digit() => (false, *d, &s[2..]),
        _ => return None,
    };
    let n = (n as char).to_digit(10)? as i8;
    let max = if quarter { 4 } else { 2 };
    if !(1..=max).contains(&n) {
        return None;
    }
    // "3QFY26", "Q3FY2026", "H1FY26": the fiscal year glued after.
    let (rest, fiscal_after) = match rest.strip_prefix("FY") {
        Some(r) if !fiscal_first => (r, true),
        _ => (rest, false),
    };
    let fiscal = fiscal_first || fiscal_after;
    // A glued year only after the digit-first form or a fiscal mark:
    // "4Q24", "Q3FY26", not "Q424".
    let glued = b[0].is_ascii_digit() || fiscal_after;
    match rest.len() {
        0 if !fiscal => Some((quarter, n, None, false)),
        2 if glued => Some((quarter, n, Some(Words::short_year(rest)?), fiscal)),
        4 if glued => Some((quarter, n, Some(rest.parse().ok()?), fiscal)),
        _ => None,
    }
}

fn longest<const N: usize>(found: [Option<Found>; N]) -> Option<Found> {
    found.into_iter().flatten().max_by(|a, b| {
        a.end
            .cmp(&b.end)
            // On a tie the earlier alternative wins (max_by keeps the last max).
            .then(std::cmp::Ordering::Greater)
    })
}

#[cfg(test)]
mod parse_q_tests {
    use super::parse_q;

    /// Regression: proptest found "Q" before a multibyte letter slicing
    /// inside the letter.
    #[test]
    fn multibyte_after_the_letter_is_not_a_period() {
        for s in ["Qé", "Hé1", "éQ", "Q🧠", "1Q24", "Q4"] {
            let _ = parse_q(s);
        }
        assert_eq!(parse_q("Q4"), Some((true, 4, None, false)));
        assert_eq!(parse_q("Qé"), None);
        assert_eq!(parse_q("4Q24"), Some((true, 4, Some(2024), false)));
        assert_eq!(parse_q("Q424"), None);
        // Analysts' fiscal quarters: "F3Q26", "3QFY26", "Q3FY2026".
        assert_eq!(parse_q("F3Q26"), Some((true, 3, Some(2026), true)));
        assert_eq!(parse_q("3QFY26"), Some((true, 3, Some(2026), true)));
        assert_eq!(parse_q("Q3FY2026"), Some((true, 3, Some(2026), true)));
        assert_eq!(parse_q("H1FY26"), Some((false, 1, Some(2026), true)));
        assert_eq!(parse_q("3QFY"), None);
        assert_eq!(parse_q("FQ3"), None);
    }
}

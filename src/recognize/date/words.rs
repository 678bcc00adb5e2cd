//! Small word readers the date grammar is built from: years, days, months,
//! weekdays, ordinals, counts, and the tense of the clause around a date.

use std::cell::Cell;
use std::ops::Range;

use super::stated::Stated;
use super::tokens::{Lower, Tok};
use crate::lexicon::calendar::{Calendar, FiscalCalendar, Spelling};
use crate::numbers::{Form, Numeral};

/// The tokens of a text with what the shared numeral grammar found in it.
pub struct Words<'a> {
    pub text: &'a str,
    pub toks: Vec<Tok<'a>>,
    /// The numeral starting at each token, by token index: looked up at
    /// nearly every token, so an index rather than a map.
    numerals: Vec<Option<&'a Numeral>>,
    pub cal: &'static Calendar,
    /// The calendars the article states ([`super::stated`]).
    pub stated: &'a [Stated<'a>],
    /// What the text read so far says of fiscal periods, for phrases that
    /// name no company: see [`Carried`]. Shared by the ranges of a text.
    pub carried: &'a Carried,
}

/// An article keeps to its company's calendar: once "Nvidia's
/// fourth-quarter revenue" has been read as Nvidia's fiscal quarter, "the
/// fourth quarter" of a later sentence that names no one is that quarter
/// too, and "fiscal 2027" far from any name is the fiscal year of the
/// company whose fiscal period was read last.
#[derive(Debug, Default)]
pub struct Carried {
    /// The calendar of the last fiscal period read as a named company's.
    pub calendar: Cell<Option<FiscalCalendar>>,
    /// The last quarter or half without a year read as a company's own
    /// fiscal one: (quarter, number).
    pub part: Cell<Option<(bool, i8)>>,
}

/// Nouns a number follows as its label, not as a year: "page 2025",
/// "Route 2030", "Model 2030", "No. 2025". A `match` on the lower-cased
/// word: this runs wherever a year may stand.
fn number_noun(t: &Tok<'_>) -> bool {
    t.text.len() <= 11
        && matches!(
            t.lower().as_str(),
            "page"
                | "pages"
                | "p"
                | "pp"
                | "route"
                | "highway"
                | "interstate"
                | "model"
                | "no"
                | "number"
                | "suite"
                | "room"
                | "unit"
                | "flight"
                | "gate"
                | "exit"
                | "version"
                | "code"
                | "item"
                | "lot"
                | "box"
                | "bus"
                | "line"
                | "platform"
                | "channel"
                | "ticket"
                | "serial"
                | "article"
                | "section"
                | "rule"
        )
}

/// Words naming a street after a house number and a name: "2025 Main Street".
#[rustfmt::skip]
const STREET_WORDS: &[&str] = &[
    "street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "drive", "dr", "lane",
    "ln", "way", "place", "plaza", "parkway", "court", "square",
];

/// Months and weekdays may be yearless only after one of these (for the
/// spellings that are also verbs or names: "May", "March", "June").
const MONTH_CONTEXT: &[&str] = &[
    "in", "last", "this", "next", "since", "until", "till", "by", "from", "through", "early",
    "late", "mid", "between", "and", "to", "of", "during", "on", "before", "after", "-", "–",
    // "the year ended March", "the quarter ending June".
    "ended", "ending",
];

impl<'a> Words<'a> {
    pub fn new(text: &'a str, numerals: &'a [Numeral], carried: &'a Carried) -> Self {
        Self::in_range(text, 0..text.len(), numerals, carried)
    }

    /// The words of `text[range]`, token offsets into the whole text;
    /// `numerals` are those that start in the range.
    pub fn in_range(
        text: &'a str,
        range: Range<usize>,
        numerals: &'a [Numeral],
        carried: &'a Carried,
    ) -> Self {
        let toks = super::tokens::tokenize(text, range);
        // Both are in text order: one merge pass.
        let mut at = vec![None; toks.len()];
        let mut k = 0;
        for n in numerals {
            while k < toks.len() && toks[k].start < n.start {
                k += 1;
            }
            if k < toks.len() && toks[k].start == n.start {
                at[k] = Some(n);
            }
        }
        Words {
            text,
            toks,
            numerals: at,
            cal: Calendar::builtin(),
            stated: &[],
            carried,
        }
    }

    /// Every company named (as a whole word) in `text[lo..hi]` whose fiscal
    /// calendar is known, with its offset in that slice: the calendars the
    /// article states, else the lexicon's.
    /// Whether a company of the built-in lexicon is named (as a whole
    /// word) in `text[lo..hi]`, read within a bounded reach before `hi`.
    pub fn names_a_company(&self, lo: usize, hi: usize) -> bool {
        let lo = crate::numbers::floor_char_boundary(self.text, lo.max(hi.saturating_sub(400)));
        let slice = &self.text[lo..hi.max(lo)];
        let lex = crate::lexicon::Lexicons::builtin();
        let named = lex
            .companies
            .find_iter(slice)
            .any(|m| crate::lexicon::predicates::word_bounded(slice, m.start, m.end));
        named
    }

    /// Whether the sentence from `lo` opens with a company of the built-in
    /// lexicon (past bullets, emoji and emphasis): "📈 ASML guides FY2027
    /// sales", the company its periods are of.
    pub fn opens_with_company(&self, lo: usize, hi: usize) -> bool {
        let hi = crate::numbers::floor_char_boundary(self.text, hi.min(lo + 80)).max(lo);
        let slice = &self.text[lo..hi];
        let skip = slice.len()
            - slice
                .trim_start_matches(|c: char| !c.is_alphanumeric())
                .len();
        let lex = crate::lexicon::Lexicons::builtin();
        // (A broker estimates another's year: "Bernstein expects fiscal
        // 2028 revenue".)
        let opens = lex.companies.find_iter(slice).next().is_some_and(|m| {
            let entry = lex.companies.entry(lex.companies.alias(m.alias).entry);
            m.start == skip
                && crate::lexicon::predicates::word_bounded(slice, m.start, m.end)
                && !crate::lexicon::is_broker(&entry.slug)
        });
        opens
    }

    pub fn fiscal_companies(
        &self,
        lo: usize,
        hi: usize,
    ) -> impl Iterator<Item = (usize, FiscalCalendar)> + '_ {
        let slice = &self.text[lo..hi];
        let listed = self
            .cal
            .fiscal_companies(slice)
            .map(|(at, _, cal)| (at, cal));
        // Most articles state none: the lexicon's names, read lazily.
        if self.stated.is_empty() {
            return Either::Lexicon(listed);
        }
        let mut found: Vec<(usize, FiscalCalendar)> = listed.collect();
        for s in self.stated {
            for (at, _) in slice.match_indices(s.name) {
                if !crate::lexicon::predicates::word_bounded(slice, at, at + s.name.len()) {
                    continue;
                }
                match found.iter_mut().find(|f| f.0 == at) {
                    Some(f) => f.1 = s.cal,
                    None => found.push((at, s.cal)),
                }
            }
        }
        found.sort_by_key(|f| f.0);
        Either::Merged(found.into_iter())
    }

    pub fn tok(&self, i: usize) -> Option<&Tok<'a>> {
        self.toks.get(i)
    }

    /// Token `i` is the word `w` (any case).
    pub fn is(&self, i: usize, w: &str) -> bool {
        self.tok(i).is_some_and(|t| t.is(w))
    }

    /// "fiscal", or "financial" before "year".
    pub fn is_fiscal(&self, i: usize) -> bool {
        self.is(i, "fiscal") || self.financial_year(i)
    }

    /// "financial year", British for "fiscal year": "financial" reads as
    /// "fiscal" before "year".
    pub fn financial_year(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| t.is("financial"))
            && self
                .tok(i + 1)
                .is_some_and(|t| t.is("year") || t.is("years"))
    }

    pub fn is_any(&self, i: usize, words: &[&str]) -> bool {
        self.tok(i).is_some_and(|t| t.is_any(words))
    }

    /// The shared numeral grammar found a numeral starting at token `i`.
    pub fn is_numeral(&self, i: usize) -> bool {
        self.numeral(i).is_some()
    }

    /// Token `i` opens a figure that no date starts with: a numeral with
    /// a scale word or multiplier ("26.3 billion", "5bn", "4x"), digits
    /// after a currency sign ("$2025") or before a percent sign ("40%").
    pub fn is_figure(&self, i: usize) -> bool {
        let Some(t) = self.tok(i) else {
            return false;
        };
        self.numeral(i)
            .is_some_and(|n| n.magnitude.is_some() || n.times)
            || (t.text.starts_with(|c: char| c.is_ascii_digit())
                && (self.text[..t.start]
                    .chars()
                    .next_back()
                    .is_some_and(|c| "$€£¥₹".contains(c))
                    || self.glued(i + 1, '%')))
    }

    fn numeral(&self, i: usize) -> Option<&'a Numeral> {
        self.numerals.get(i).copied().flatten()
    }

    /// Token `i` is punctuation `c` glued to the token before it.
    pub fn glued(&self, i: usize, c: char) -> bool {
        self.tok(i).is_some_and(|t| t.is_punct(c) && !t.spaced)
    }

    /// The index of the first token at or after byte `pos`.
    pub fn index_at(&self, pos: usize) -> usize {
        self.toks.partition_point(|t| t.start < pos)
    }

    /// A four-digit year (1900..=2100) at token `i`: a plain integer of the
    /// numeral grammar, not money, a percentage, part of a phone number or
    /// a clock time.
    pub fn year(&self, i: usize) -> Option<i16> {
        let t = self.tok(i)?;
        // "2026E", "2027F": a year as analysts' tables mark estimates.
        if let Some(digits) = t.text.strip_suffix(['E', 'F', 'e']) {
            let y: i16 = digits.parse().ok().filter(|_| digits.len() == 4)?;
            return (2000..=2100).contains(&y).then_some(y);
        }
        if t.text.len() != 4 || !t.is_digits() {
            return None;
        }
        let n = self.numeral(i)?;
        if n.end != t.end || !n.is_plain_integer() {
            return None;
        }
        let y: i16 = t.text.parse().ok()?;
        if !(1900..=2100).contains(&y) {
            return None;
        }
        let before = self.text[..t.start].chars().next_back();
        if before.is_some_and(|c| "$€£¥₹#@".contains(c)) {
            return None;
        }
        if self.percent_or_clock(i) {
            return None;
        }
        // "(1913.HK)", "(2603.TW)": a listing code, not a year.
        let after = &self.text.as_bytes()[t.end..];
        if after.first() == Some(&b'.') && after.get(1).is_some_and(u8::is_ascii_uppercase) {
            return None;
        }
        // "page 2025", "Route 2030", "Model 2030": a number, not a year.
        if i > 0 && self.tok(i - 1).is_some_and(number_noun) {
            return None;
        }
        // "2025 Main Street": a house number.
        if self.tok(i + 1).is_some_and(|n| n.capitalized()) && self.is_any(i + 2, STREET_WORDS) {
            return None;
        }
        // "X-2025-B": a code, dashes glued on both sides.
        let glued_dash = |k: usize| self.tok(k).is_some_and(|d| d.is_dash() && !d.spaced);
        if i >= 2
            && !t.spaced
            && glued_dash(i - 1)
            && glued_dash(i + 1)
            && self.tok(i + 2).is_some_and(|n| !n.spaced)
        {
            return None;
        }
        // "555-2025": glued to digits before it.
        if i >= 2 {
            let (p, pp) = (&self.toks[i - 1], &self.toks[i - 2]);
            let digits_before = pp.is_digits() && pp.text.len() != 4;
            if !t.spaced && (p.is_dash() || p.is_punct('/')) && !p.spaced && digits_before {
                return None;
            }
        }
        Some(y)
    }

    /// Whether the number at token `i` is a percentage ("20%") or part of
    /// a time or ratio ("10:30", "2025:10"); a colon ending a label is
    /// neither ("March 2025: Amazon opened", "Q4 2025: revenue").
    fn percent_or_clock(&self, i: usize) -> bool {
        self.tok(i + 1).is_some_and(|next| {
            !next.spaced
                && (next.is_punct('%')
                    || (next.is_punct(':')
                        && self.tok(i + 2).is_some_and(|d| !d.spaced && d.is_digits())))
        })
    }

    /// A two-digit year ("FY25", "Q4 '24"): 2000 + the digits.
    pub fn short_year(s: &str) -> Option<i16> {
        if s.len() == 2 && s.bytes().all(|b| b.is_ascii_digit()) {
            s.parse::<i16>().ok().map(|y| 2000 + y)
        } else {
            None
        }
    }

    /// A day of the month at token `i` ("7", "07", "7th"), and the next index.
    pub fn day(&self, i: usize) -> Option<(i8, usize)> {
        let t = self.tok(i)?;
        let digits = t.text.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        let suffix = &t.text[digits.len()..];
        if !["", "st", "nd", "rd", "th"].contains(&Lower::of(suffix).as_str()) {
            return None;
        }
        if digits.is_empty() || digits.len() > 2 || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        if self.percent_or_clock(i) {
            return None;
        }
        if let Some(next) = self.tok(i + 1) {
            if !next.spaced && next.is_punct('.') && self.tok(i + 2).is_some_and(|t| t.is_digits())
            {
                return None;
            }
        }
        let d: i8 = digits.parse().ok()?;
        (1..=31).contains(&d).then_some((d, i + 1))
    }

    /// A month name at token `i`, with the index after it (and after the
    /// period of "Feb."). Abbreviations need a "." or a number after them.
    pub fn month(&self, i: usize) -> Option<(i8, usize)> {
        let sp = self.month_spelling(i)?;
        // The period of "Feb." belongs to the month; that of "December." ends
        // the sentence.
        let dot = sp.abbreviation && self.glued(i + 1, '.');
        let next = if dot { i + 2 } else { i + 1 };
        if sp.abbreviation
            && !dot
            && !self.tok(i + 1).is_some_and(|n| n.is_digits())
            && !self.abbreviated_run(i)
        {
            return None;
        }
        Some((sp.number, next))
    }

    /// Whether the month abbreviation at `i` is an end of a run of months a
    /// dash joins ("Jan-Mar 2026", "Oct-Dec"), which needs no full stop.
    fn abbreviated_run(&self, i: usize) -> bool {
        let is_month = |k: usize| self.month_spelling(k).is_some();
        let dash = |k: usize| self.glued(k, '-') || self.glued(k, '–');
        (dash(i + 1) && is_month(i + 2)) || (i >= 2 && dash(i - 1) && is_month(i - 2))
    }

    /// The calendar's spelling of a capitalized month name at token `i`.
    fn month_spelling(&self, i: usize) -> Option<&'static Spelling> {
        let t = self.tok(i)?;
        if !t.capitalized() {
            return None;
        }
        self.cal
            .months
            .iter()
            .find(|s| s.word.eq_ignore_ascii_case(t.text))
    }

    /// Whether a yearless, dayless month at token `i` may stand alone.
    pub fn bare_month_ok(&self, i: usize) -> bool {
        let Some(t) = self.tok(i) else {
            return false;
        };
        // "the March quarter": the months ending with it, no verb or name.
        // "the June-August quarter", "the June-quarter": a month joined to
        // another or to a period noun; "their June peak": a determiner
        // before it and a common noun after, which no first name has.
        let glued_dash = self.tok(i + 1).is_some_and(|d| d.is_dash() && !d.spaced)
            && self
                .tok(i + 2)
                .is_some_and(|n| !n.spaced && (n.is("quarter") || self.month(i + 2).is_some()));
        let determined = i > 0
            && self.is_any(i - 1, &["the", "its", "their", "our", "his", "her"])
            && self
                .tok(i + 1)
                .is_some_and(|n| n.text.starts_with(|c: char| c.is_ascii_lowercase()));
        let context = (i > 0 && self.is_any(i - 1, MONTH_CONTEXT))
            || self.is(i + 1, "quarter")
            || glued_dash
            || determined;
        // "April Johnson, a spokeswoman": a first name before a surname.
        let surname = self.tok(i + 1).is_some_and(|n| {
            n.spaced
                && n.capitalized()
                && n.text.chars().skip(1).all(|c| c.is_lowercase())
                && self.month(i + 1).is_none()
                && self.weekday(i + 1).is_none()
        });
        if surname && !context {
            return false;
        }
        if !t.is_any(&["May", "March", "June"]) {
            return true;
        }
        context
    }

    /// A weekday at token `i` (full name, or an abbreviation followed by
    /// "." or ","), with the index after it.
    pub fn weekday(&self, i: usize) -> Option<(i8, usize, bool)> {
        let t = self.tok(i)?;
        if !t.capitalized() {
            return None;
        }
        let sp = self
            .cal
            .weekdays
            .iter()
            .find(|s| s.word.eq_ignore_ascii_case(t.text))?;
        let dot = self.glued(i + 1, '.');
        Some((sp.number, if dot { i + 2 } else { i + 1 }, sp.abbreviation))
    }

    /// An ordinal for a quarter or half ("first", "4th", "final").
    pub fn ordinal(&self, i: usize) -> Option<i8> {
        let t = self.tok(i)?;
        Some(match t.lower().as_str() {
            "first" | "1st" => 1,
            "second" | "2nd" => 2,
            "third" | "3rd" => 3,
            "fourth" | "4th" => 4,
            "final" => 0,
            _ => return None,
        })
    }

    /// A small count at token `i` ("three", "12", "a"), from the shared
    /// numeral grammar, with the index after it.
    pub fn count(&self, i: usize) -> Option<(i64, usize)> {
        let t = self.tok(i)?;
        if t.is_any(&["a", "an"]) {
            return Some((1, i + 1));
        }
        let n = self.numeral(i)?;
        if n.form == Form::Vague || n.form == Form::Ordinal || n.times || n.decimal_point {
            return None;
        }
        if n.value.fract() != rust_decimal::Decimal::ZERO {
            return None;
        }
        let v: i64 = n.value.try_into().ok()?;
        if !(1..=1000).contains(&v) {
            return None;
        }
        Some((v, self.index_at(n.end)))
    }

    /// The tense of the clause around token `i`: that of the nearest tense
    /// cue in its clause (between commas and semicolons: "will open the
    /// site in May, the company said" is future), else in the sentence
    /// `[from, to)` (token indices).
    pub fn tense_around(&self, i: usize, from: usize, to: usize) -> Tense {
        let to = to.min(self.toks.len());
        // A comma between digits ("13,000") is no clause's end.
        let in_number = |j: usize| {
            self.toks[j].text == ","
                && j > 0
                && self.toks[j - 1]
                    .text
                    .ends_with(|c: char| c.is_ascii_digit())
                && self
                    .toks
                    .get(j + 1)
                    .is_some_and(|n| !n.spaced && n.text.starts_with(|c: char| c.is_ascii_digit()))
        };
        // A conjunction before a verb opens another clause: "began shipping
        // in Q1 and expects volume in Q2 2027" (Q1 is past).
        let conjoined = |j: usize| {
            self.toks[j].is_any(&["and", "but", "while", "whereas"])
                && self.tense_cue(j + 1).is_some()
        };
        let mark = |j: &usize| {
            (matches!(self.toks[*j].text, "," | ";") && !in_number(*j)) || conjoined(*j)
        };
        let clause_from = (from..i.min(to)).rev().find(mark).map_or(from, |j| j + 1);
        let clause_to = (i.min(to)..to).find(mark).unwrap_or(to);
        // With no cue in its clause, the date takes the tense of the verb
        // that governs it, which comes before it ("reached 80 GW in
        // December, up from 62 GW in September, and it plans to ship ..."
        // is a past September), and else the nearest after.
        self.nearest_cue(i, clause_from, clause_to)
            .or_else(|| self.nearest_cue(i, from, clause_from))
            .or_else(|| self.nearest_cue(i, from, to))
            .unwrap_or(Tense::Present)
    }

    fn nearest_cue(&self, i: usize, from: usize, to: usize) -> Option<Tense> {
        let mut best: Option<(usize, Tense)> = None;
        for j in from..to.min(self.toks.len()) {
            let Some(tense) = self.tense_cue(j) else {
                continue;
            };
            let dist = j.abs_diff(i);
            if best.is_none_or(|(d, _)| dist < d) {
                best = Some((dist, tense));
            }
        }
        best.map(|(_, t)| t)
    }

    /// Whether the word before token `j` makes it a noun: a determiner,
    /// a measure or a verb of comparison ("its projects", "profit
    /// forecasts", "beat forecasts").
    fn noun_before(&self, j: usize) -> bool {
        j > 0
            && self.is_any(
                j - 1,
                &[
                    "the",
                    "its",
                    "their",
                    "his",
                    "her",
                    "our",
                    "analyst",
                    "analysts",
                    "profit",
                    "revenue",
                    "sales",
                    "earnings",
                    "consensus",
                    "market",
                    "street",
                    "beat",
                    "beats",
                    "missed",
                    "misses",
                    "topped",
                    "tops",
                    "exceeded",
                    "met",
                    "of",
                    "with",
                    "new",
                    "own",
                    "growth",
                    "company",
                    "official",
                    "previous",
                    "earlier",
                ],
            )
    }

    fn tense_cue(&self, j: usize) -> Option<Tense> {
        let t = self.tok(j)?;
        let w = t.lower();
        let to_next = self.is(j + 1, "to");
        // A participle after "be" is passive, not past: "will be released
        // in April", "is expected to be completed in September".
        let after_be = j > 0 && self.is_any(j - 1, &["be", "being"]);
        match w.as_str() {
            // ("a quarterly dividend of 44 cents, payable in January".)
            "will" | "shall" | "upcoming" | "could" | "might" | "would" | "due" | "payable" => {
                Some(Tense::Future)
            }
            // The verb, not the month ("in May").
            "may" if t.text == "may" => Some(Tense::Future),
            "ll" if j > 0 && self.toks[j - 1].is_any(&["'", "’"]) => Some(Tense::Future),
            "plans" | "plan" | "planning" | "expects" | "expected" | "scheduled" | "set"
            | "going" | "aims" | "intends"
                if to_next =>
            {
                Some(Tense::Future)
            }
            // "The vote is scheduled for Nov. 30": a date set ahead.
            "scheduled" | "slated" | "set" | "planned" if self.is(j + 1, "for") => {
                Some(Tense::Future)
            }
            // Guidance is about what comes: "expects revenue of $3.5
            // billion in Q1", "forecasts growth in the second half". (Not
            // the nouns: "beat profit forecasts", "its projects".)
            "forecasts" | "projects" if self.noun_before(j) => None,
            "expects" | "forecasts" | "projects" | "anticipates" | "sees" | "guides" => {
                Some(Tense::Future)
            }
            // A report scheduled: "Accenture reports on Thursday",
            // "Workday, which reports in August".
            "reports" if self.is_any(j + 1, &["on", "in", "after", "before", "results"]) => {
                Some(Tense::Future)
            }
            // Guidance given is still about what comes: "it guided to 75.5%
            // for the January quarter", "projected sales of $3 billion".
            // (Not the nouns: "raised its guidance on 5 Nov." is past.)
            "guided" | "projected" | "forecasted" => Some(Tense::Future),
            "is" | "are" | "has" | "have" => Some(Tense::Present),
            // Participles of comparison and basis say nothing of when:
            // "..., for the quarter ending in January, compared with ...".
            "compared" | "based" | "adjusted"
                if self.is_any(j + 1, &["with", "to", "on", "for"]) =>
            {
                None
            }
            // A participle after "be": "will be made by February 10".
            "made" | "built" | "sold" | "bought" | "won" | "led" | "told" | "spent" | "said"
                if after_be =>
            {
                None
            }
            "was" | "were" | "had" | "did" | "said" | "made" | "took" | "began" | "rose"
            | "fell" | "grew" | "saw" | "spent" | "sold" | "bought" | "built" | "won" | "led"
            | "came" | "went" | "told" | "gave" | "became" | "swung" | "slid" | "sank"
            | "shrank" | "paid" | "lost" | "kept" | "held" | "brought" | "struck" | "ago"
            | "last" => Some(Tense::Past),
            // On the token itself: `Lower` reads words past 16 bytes as "",
            // and long participles ("commercialized") are past tense too.
            // A capital makes it a name ("Applied expects", "United will").
            _ if t.text.len() > 4
                && ends_with_ed(t.text)
                && t.text.starts_with(|c: char| c.is_lowercase())
                && !to_next
                && !after_be =>
            {
                Some(Tense::Past)
            }
            _ => None,
        }
    }
}

/// The tense of a clause, as far as placing a yearless month or day needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tense {
    Past,
    /// Present tense or no cue: "shares are down from their November peak",
    /// "Nvidia reports on Feb. 25".
    Present,
    Future,
}

fn ends_with_ed(word: &str) -> bool {
    let b = word.as_bytes();
    b.len() >= 2 && b[b.len() - 2..].eq_ignore_ascii_case(b"ed")
}

/// One of two iterators of the same items.
enum Either<A, B> {
    Lexicon(A),
    Merged(B),
}

impl<T, A: Iterator<Item = T>, B: Iterator<Item = T>> Iterator for Either<A, B> {
    type Item = T;
    fn next(&mut self) -> Option<T> {
        match self {
            Either::Lexicon(a) => a.next(),
            Either::Merged(b) => b.next(),
        }
    }
}

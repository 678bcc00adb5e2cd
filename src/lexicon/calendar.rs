//! Calendar words (`calendar.tsv`): month and weekday spellings, and the
//! fiscal calendars of companies whose fiscal year does not start in
//! January. Kept as data so a new company is a line, not code.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use once_cell::sync::Lazy;

/// The built-in table.
pub const BUILTIN_TSV: &str = include_str!("calendar.tsv");

/// How a company counts its fiscal years.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FiscalCalendar {
    /// Month (1..=12) the fiscal year starts in; 1 is the calendar year.
    pub start_month: i8,
    /// FY2026 is the year ending in 2026 (true) or starting in 2026 (false).
    pub named_by_end: bool,
}

impl FiscalCalendar {
    /// Calendar-year bounds: what a fiscal year means when the company's
    /// own calendar is unknown.
    pub const CALENDAR: FiscalCalendar = FiscalCalendar {
        start_month: 1,
        named_by_end: true,
    };
}

/// A spelling of a month or weekday.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Spelling {
    pub word: String,
    /// 1-based month or weekday (Monday = 1).
    pub number: i8,
    /// Not the first spelling of its line: an abbreviation, which needs
    /// more context before it counts.
    pub abbreviation: bool,
}

/// The parsed table.
#[derive(Debug)]
pub struct Calendar {
    pub months: Vec<Spelling>,
    pub weekdays: Vec<Spelling>,
    /// (company slug, calendar), indexed by the pattern ids of `names`.
    fiscal: Vec<(String, FiscalCalendar)>,
    names: AhoCorasick,
}

static BUILTIN: Lazy<Calendar> = Lazy::new(|| Calendar::from_tsv(BUILTIN_TSV));

impl Calendar {
    /// The built-in table, parsed on first use.
    pub fn builtin() -> &'static Calendar {
        &BUILTIN
    }

    /// Whether `word` is a month's spelling ("September", "Sept"), in any
    /// case.
    pub fn is_month(&self, word: &str) -> bool {
        self.months
            .iter()
            .any(|m| m.word.eq_ignore_ascii_case(word))
    }

    /// Parses the `calendar.tsv` format; malformed lines are a bug in the
    /// built-in table, so the unit test checks every line is used.
    fn from_tsv(tsv: &str) -> Calendar {
        let mut months = Vec::new();
        let mut weekdays = Vec::new();
        let mut fiscal = Vec::new();
        let mut patterns = Vec::new();
        for line in tsv.lines() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').collect();
            match cols.as_slice() {
                [kind @ ("month" | "weekday"), n, words] => {
                    let Ok(number) = n.parse::<i8>() else {
                        continue;
                    };
                    let list = if *kind == "month" {
                        &mut months
                    } else {
                        &mut weekdays
                    };
                    for (i, w) in words.split('|').enumerate() {
                        list.push(Spelling {
                            word: w.to_string(),
                            number,
                            abbreviation: i > 0,
                        });
                    }
                }
                ["fiscal", slug, month, naming, names] => {
                    let Ok(start_month) = month.parse::<i8>() else {
                        continue;
                    };
                    let cal = FiscalCalendar {
                        start_month,
                        named_by_end: *naming != "start",
                    };
                    for name in names.split('|') {
                        patterns.push(name.to_string());
                        fiscal.push((slug.to_string(), cal));
                    }
                }
                _ => {}
            }
        }
        let names = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .build(&patterns)
            .expect("fiscal company names compile");
        Calendar {
            months,
            weekdays,
            fiscal,
            names,
        }
    }

    /// Every company with a known fiscal calendar named (as a whole word)
    /// in `text`: byte offset, slug and calendar.
    pub fn fiscal_companies<'a>(
        &'a self,
        text: &'a str,
    ) -> impl Iterator<Item = (usize, &'a str, FiscalCalendar)> + 'a {
        self.names.find_iter(text).filter_map(move |m| {
            if !super::predicates::word_bounded(text, m.start(), m.end()) {
                return None;
            }
            let (slug, cal) = &self.fiscal[m.pattern().as_usize()];
            Some((m.start(), slug.as_str(), *cal))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_builtin_table_parses_whole() {
        let cal = Calendar::builtin();
        let months: std::collections::BTreeSet<i8> = cal.months.iter().map(|s| s.number).collect();
        assert_eq!(months.len(), 12);
        assert_eq!(cal.weekdays.iter().filter(|s| !s.abbreviation).count(), 7);
        let data_lines = BUILTIN_TSV
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .count();
        let fiscal_lines = BUILTIN_TSV
            .lines()
            .filter(|l| l.starts_with("fiscal\t"))
            .count();
        assert_eq!(data_lines, 12 + 7 + fiscal_lines, "no line is skipped");
        assert!(cal.fiscal.len() >= fiscal_lines, "every fiscal line parses");
        let found: Vec<_> = cal
            .fiscal_companies("Microsoft and Amazon; Microsofts")
            .map(|(at, slug, c)| (at, slug, c.start_month))
            .collect();
        assert_eq!(found, vec![(0, "microsoft", 7)]);
    }
}

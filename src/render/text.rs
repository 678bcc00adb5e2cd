//! The terminal view: each sentence with its mentions marked, then its
//! mentions' values and its claims listed under it.
//!
//! With `color`, a mention is underlined in its kind's colour; without, it
//! is bracketed with its kind (`[$200bn|money]`), so a pipe into a file or
//! `grep` still shows what was found. Control characters from the input are
//! replaced, so an article cannot send escape sequences to the terminal.

use std::fmt::Write;

use super::{colour, describe, mention_text, modality, nest, subjects, Piece};
use crate::analysis::Analysis;

const RESET: &str = "\x1b[0m";
const DIM: &str = "\x1b[2m";

/// The analysis as text for a terminal; `color` adds ANSI colours.
pub fn text(a: &Analysis, color: bool) -> String {
    let mut out = String::new();
    let _ = write!(
        out,
        "reference date {} \u{b7} {} sentences \u{b7} {} mentions \u{b7} {} claims",
        a.reference_date
            .map_or("none".to_string(), |d| d.to_string()),
        a.sentences.len(),
        a.mentions.len(),
        a.claims.len()
    );
    if !a.repairs.is_empty() {
        let _ = write!(out, " \u{b7} repairs: {}", clean(&a.repairs.join(", ")));
    }
    out.push('\n');

    // Mentions and claims by sentence; what points nowhere goes last.
    let ns = a.sentences.len();
    let mut mentions: Vec<Vec<usize>> = vec![Vec::new(); ns + 1];
    for (k, m) in a.mentions.iter().enumerate() {
        let inside = a
            .sentences
            .get(m.sentence)
            .is_some_and(|s| s.span().contains(&m.span()));
        mentions[if inside { m.sentence } else { ns }].push(k);
    }
    let mut claims: Vec<Vec<usize>> = vec![Vec::new(); ns + 1];
    for (k, c) in a.claims.iter().enumerate() {
        claims[c.sentence.min(ns)].push(k);
    }

    for (i, s) in a.sentences.iter().enumerate() {
        out.push('\n');
        let label = if s.boilerplate {
            format!("[{i}, boilerplate]")
        } else {
            format!("[{i}]")
        };
        style(&mut out, color, DIM, &label);
        out.push(' ');
        sentence(&mut out, a, s.start, s.end, &mentions[i], color);
        out.push('\n');
        details(&mut out, a, &mentions[i], &claims[i], color);
    }
    if !mentions[ns].is_empty() || !claims[ns].is_empty() {
        out.push('\n');
        style(&mut out, color, DIM, "[outside any sentence]");
        out.push('\n');
        details(&mut out, a, &mentions[ns], &claims[ns], color);
    }
    out
}

fn sentence(out: &mut String, a: &Analysis, lo: usize, hi: usize, ms: &[usize], color: bool) {
    if !(lo <= hi
        && hi <= a.text.len()
        && a.text.is_char_boundary(lo)
        && a.text.is_char_boundary(hi))
    {
        out.push_str("(sentence span out of range)");
        return;
    }
    let spans: Vec<(usize, usize)> = ms
        .iter()
        .map(|&k| (a.mentions[k].start, a.mentions[k].end))
        .collect();
    let (pieces, _) = nest(&a.text, lo, hi, &spans);
    let mut open: Vec<usize> = Vec::new();
    for p in pieces {
        match p {
            Piece::Text(s, e) => out.push_str(&clean(&a.text[s..e])),
            Piece::Open(i) => {
                open.push(i);
                if color {
                    let _ = write!(out, "\x1b[4;{}m", colour(a.mentions[ms[i]].kind()).1);
                } else {
                    out.push('[');
                }
            }
            Piece::Close(i) => {
                open.pop();
                if color {
                    out.push_str(RESET);
                    if let Some(&outer) = open.last() {
                        let _ = write!(out, "\x1b[4;{}m", colour(a.mentions[ms[outer]].kind()).1);
                    }
                } else {
                    let _ = write!(out, "|{}]", a.mentions[ms[i]].kind().as_str());
                }
            }
        }
    }
}

fn details(out: &mut String, a: &Analysis, ms: &[usize], cs: &[usize], color: bool) {
    for &k in ms {
        let m = &a.mentions[k];
        let kind = m.kind();
        out.push_str("    ");
        let label = format!("{:<8}", kind.as_str());
        style(out, color, &format!("\x1b[{}m", colour(kind).1), &label);
        let _ = write!(
            out,
            " {}  = {}  ",
            clean(&m.text),
            clean(&describe(&m.value))
        );
        style(out, color, DIM, &format!("({})", clean(&m.rule)));
        out.push('\n');
    }
    for &k in cs {
        let c = &a.claims[k];
        let mut fields = vec![
            clean(&subjects(c)),
            clean(&c.predicate),
            clean(mention_text(a, Some(c.object)).unwrap_or("")),
        ];
        if let Some(p) = mention_text(a, c.period) {
            fields.push(clean(p));
        }
        fields.push(modality(c.modality).to_string());
        out.push_str("    ");
        style(out, color, "\x1b[1m", &format!("claim {k}"));
        let _ = writeln!(out, ": {}", fields.join(" \u{b7} "));
    }
}

fn style(out: &mut String, color: bool, sgr: &str, s: &str) {
    if color {
        out.push_str(sgr);
        out.push_str(s);
        out.push_str(RESET);
    } else {
        out.push_str(s);
    }
}

/// One line, no control characters: line breaks become spaces, the rest
/// (ESC included) becomes U+FFFD.
fn clean(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '\n' | '\r' | '\t' => ' ',
            c if c.is_control() => '\u{fffd}',
            c => c,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::{Claim, Modality, Span};
    use crate::Extractor;

    fn analysis(text: &str) -> Analysis {
        Extractor::builder()
            .reference_date("2026-02-09".parse().unwrap())
            .build()
            .unwrap()
            .analyze(text)
            .unwrap()
    }

    #[test]
    fn mentions_are_bracketed_without_color() {
        let mut a = analysis("Amazon will spend $200bn this year.\nIt said so.");
        let object = a.mentions.iter().position(|m| m.text == "$200bn").unwrap();
        a.claims = vec![Claim {
            subjects: vec!["amazon".into()],
            counterparty: None,
            predicate: "capital_expenditure".into(),
            object,
            period: None,
            modality: Modality::Planned,
            sentence: 0,
            evidence: Span::new(0, 10),
            mentions: vec![object],
        }];
        let out = text(&a, false);
        assert!(out.contains("[$200bn|money]"), "{out}");
        assert!(out.contains("= USD 200,000,000,000"), "{out}");
        assert!(
            out.contains("claim 0: amazon \u{b7} capital_expenditure \u{b7} $200bn \u{b7} planned"),
            "{out}"
        );
        assert!(!out.contains('\x1b'), "{out}");
    }

    #[test]
    fn color_underlines_in_the_kind_colour() {
        let out = text(&analysis("It spent $5bn."), true);
        assert!(out.contains("\x1b[4;32m$5bn\x1b[0m"), "{out:?}");
    }

    #[test]
    fn input_cannot_send_escape_sequences() {
        let out = text(&analysis("Evil \x1b[2J text costs $5bn.\x07"), false);
        assert!(!out.contains('\x1b') && !out.contains('\x07'), "{out:?}");
    }

    #[test]
    fn bad_offsets_do_not_panic() {
        let mut a = analysis("\u{20ac}5 billion was spent. Then more.");
        for s in &mut a.sentences {
            s.end += 1;
        }
        for m in &mut a.mentions {
            m.start += 1;
            m.sentence += 5;
        }
        a.claims = vec![Claim {
            subjects: vec![],
            counterparty: None,
            predicate: "x".into(),
            object: 99,
            period: Some(98),
            modality: Modality::Hedged,
            sentence: 42,
            evidence: Span::new(3, 1),
            mentions: vec![],
        }];
        let out = text(&a, true);
        assert!(out.contains("claim 0"), "{out}");
        let page = super::super::html(&[("x", &a)], None);
        assert!(page.contains("</html>"));
    }
}

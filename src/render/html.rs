//! One self-contained HTML page: each article with its mentions highlighted,
//! the normalized values in a side list, the claims as a table linked to
//! their evidence, and (for several articles) corroborations and conflicts.
//!
//! Self-contained means inline CSS and JS and a Content-Security-Policy that
//! forbids every fetch, so the page works offline and leaks nothing. Every
//! string taken from the input goes through [`esc`]; ids and classes are
//! built from indices and kind names only.
//!
//! Links and marking use fragment ids and CSS `:target`, so scrolling to an
//! evidence sentence works without JS. The script only makes whole table
//! rows clickable and writes how many mentions were highlighted into
//! `body[data-highlighted]`, which the browser test reads.

use std::fmt::Write;

use super::{colour, describe, group, mention_text, modality, nest, qualified, subjects, Piece};
use crate::analysis::{Analysis, Kind};
use crate::corpus::{ClaimRef, CorpusReport};

/// The page for several documents (each `(path, analysis)`); `corpus` adds
/// the corroborations and conflicts, whose `document` indices point into
/// `docs`.
pub fn html(docs: &[(&str, &Analysis)], corpus: Option<&CorpusReport>) -> String {
    let mut out =
        String::with_capacity(4096 + docs.iter().map(|d| d.1.text.len() * 3).sum::<usize>());
    let total: usize = docs.iter().map(|d| d.1.mentions.len()).sum();
    out.push_str(HEAD);
    out.push_str("<style>");
    out.push_str(CSS);
    for kind in Kind::ALL {
        let _ = write!(out, ".k-{}{{background:{}}}", kind.as_str(), colour(kind).0);
    }
    out.push_str("</style>\n</head>\n");
    let _ = writeln!(
        out,
        "<body data-mentions=\"{total}\">\n<header><h1>news-claims report</h1>"
    );
    legend(&mut out);
    if docs.len() > 1 {
        out.push_str("<nav><ol>");
        for (d, (path, a)) in docs.iter().enumerate() {
            let _ = write!(
                out,
                "<li><a href=\"#d{d}\">{}</a> <span class=\"n\">{} mentions, {} claims</span></li>",
                esc(path),
                a.mentions.len(),
                a.claims.len()
            );
        }
        out.push_str("</ol></nav>");
    }
    out.push_str("</header>\n<main>\n");
    if let Some(c) = corpus {
        cross(&mut out, docs, c);
    }
    for (d, (path, a)) in docs.iter().enumerate() {
        document(&mut out, d, path, a);
    }
    let _ = write!(
        out,
        "</main>\n<footer><p id=\"check\">{total} mentions</p></footer>\n<script>{JS}</script>\n</body>\n</html>\n"
    );
    out
}

/// The page for what the binary computes from several files.
pub fn html_report(report: &CorpusReport) -> String {
    let docs: Vec<(&str, &Analysis)> = report
        .documents
        .iter()
        .map(|d| (d.path.as_str(), &d.analysis))
        .collect();
    html(&docs, Some(report))
}

fn legend(out: &mut String) {
    out.push_str("<p class=\"legend\">");
    for kind in Kind::ALL {
        let _ = write!(out, "<mark class=\"k-{0}\">{0}</mark> ", kind.as_str());
    }
    out.push_str("</p>");
}

fn document(out: &mut String, d: usize, path: &str, a: &Analysis) {
    let _ = write!(
        out,
        "<section class=\"doc\" id=\"d{d}\">\n<h2>{}</h2>",
        esc(path)
    );
    out.push_str("<p class=\"meta\">");
    if let Some(t) = &a.title {
        let _ = write!(out, "<span>{}</span> ", esc(t));
    }
    match a.reference_date {
        Some(date) => {
            let _ = write!(out, "<span>reference date {date}</span> ");
        }
        None => out.push_str("<span>no reference date</span> "),
    }
    if !a.repairs.is_empty() {
        let _ = write!(out, "<span>repairs: {}</span> ", esc(&a.repairs.join(", ")));
    }
    let _ = writeln!(
        out,
        "<span>{} sentences, {} mentions, {} claims</span></p>",
        a.sentences.len(),
        a.mentions.len(),
        a.claims.len()
    );

    // Sentences first, so a mention as long as its sentence sits inside it.
    let spans: Vec<(usize, usize)> = a
        .sentences
        .iter()
        .map(|s| (s.start, s.end))
        .chain(a.mentions.iter().map(|m| (m.start, m.end)))
        .collect();
    let ns = a.sentences.len();
    let (pieces, skipped) = nest(&a.text, 0, a.text.len(), &spans);
    out.push_str("<div class=\"cols\">\n<article class=\"text\">");
    for p in pieces {
        match p {
            Piece::Text(s, e) => out.push_str(&esc(a.text.get(s..e).unwrap_or(""))),
            Piece::Open(i) if i < ns => {
                let bp = if a.sentences[i].boilerplate {
                    " bp"
                } else {
                    ""
                };
                let _ = write!(out, "<span class=\"s{bp}\" id=\"d{d}-s{i}\">");
            }
            Piece::Close(i) if i < ns => out.push_str("</span>"),
            Piece::Open(i) => {
                let m = &a.mentions[i - ns];
                let kind = m.kind().as_str();
                let _ = write!(
                    out,
                    "<mark class=\"m k-{kind}\" id=\"d{d}-m{}\" title=\"{kind}: {} \u{b7} {}\">",
                    i - ns,
                    esc(&describe(&m.value)),
                    esc(&m.rule)
                );
            }
            Piece::Close(_) => out.push_str("</mark>"),
        }
    }
    out.push_str("</article>\n<aside><h3>Mentions</h3>");
    if a.mentions.is_empty() {
        out.push_str("<p class=\"none\">None.</p>");
    } else {
        out.push_str("<ol class=\"mentions\" start=\"0\">");
        for (k, m) in a.mentions.iter().enumerate() {
            let kind = m.kind().as_str();
            let _ = write!(
                out,
                "<li id=\"d{d}-l{k}\"><a href=\"#d{d}-m{k}\"><mark class=\"k-{kind}\">{}</mark></a> <span class=\"v\">{}</span> <code>{}</code>",
                esc(&m.text),
                esc(&describe(&m.value)),
                esc(&m.rule)
            );
            if skipped.binary_search(&(k + ns)).is_ok() {
                out.push_str(
                    " <em class=\"warn\">not highlighted: its span is invalid or crosses another</em>",
                );
            }
            out.push_str("</li>");
        }
        out.push_str("</ol>");
    }
    out.push_str("</aside>\n</div>\n");
    claims(out, d, a);
    out.push_str("</section>\n");
}

fn claims(out: &mut String, d: usize, a: &Analysis) {
    let _ = write!(out, "<h3>Claims</h3>");
    if a.claims.is_empty() {
        out.push_str("<p class=\"none\">None.</p>");
        return;
    }
    out.push_str(
        "<div class=\"scroll\"><table class=\"claims\"><thead><tr><th>#</th><th>subjects</th>\
         <th>predicate</th><th>amount</th><th>period</th><th>modality</th><th>evidence</th></tr></thead><tbody>",
    );
    for (k, c) in a.claims.iter().enumerate() {
        let target = format!("d{d}-s{}", c.sentence);
        let evidence = a.text.get(c.evidence.start..c.evidence.end).unwrap_or("");
        let _ = write!(
            out,
            "<tr id=\"d{d}-c{k}\" data-href=\"{target}\"><td>{k}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td>\
             <td><a href=\"#{target}\">{}</a></td></tr>",
            esc(&subjects(c)),
            esc(&c.predicate),
            cell(a, Some(c.object)),
            cell(a, c.period),
            modality(c.modality),
            esc(&shorten(evidence, 90))
        );
    }
    out.push_str("</tbody></table></div>");
}

/// A claim's figure or period: as written, and normalized beneath.
fn cell(a: &Analysis, index: Option<usize>) -> String {
    match index.and_then(|i| a.mentions.get(i)) {
        Some(m) => format!(
            "{}<br><span class=\"v n\">{}</span>",
            esc(&m.text),
            esc(&describe(&m.value))
        ),
        None => esc(mention_text(a, index).unwrap_or("")),
    }
}

fn cross(out: &mut String, docs: &[(&str, &Analysis)], c: &CorpusReport) {
    out.push_str("<section id=\"cross\"><h2>Across articles</h2>");
    let groups = [
        (
            "Corroborations",
            "agree",
            c.corroborations
                .iter()
                .map(|g| (&g.subjects, &g.predicate, g.period.as_ref(), &g.claims))
                .collect::<Vec<_>>(),
        ),
        (
            "Conflicts",
            "conflict",
            c.conflicts
                .iter()
                .map(|g| (&g.subjects, &g.predicate, Some(&g.period), &g.claims))
                .collect(),
        ),
    ];
    for (title, class, items) in groups {
        let _ = write!(out, "<h3>{title} ({})</h3>", items.len());
        if items.is_empty() {
            out.push_str("<p class=\"none\">None found.</p>");
        }
        for (subj, pred, period, refs) in items {
            let _ = write!(
                out,
                "<div class=\"group {class}\"><h4>{} \u{b7} {}",
                esc(&subj.join(", ")),
                esc(pred)
            );
            if let Some(p) = period.filter(|p| !p.is_empty()) {
                let _ = write!(out, " \u{b7} {}", esc(p));
            }
            out.push_str("</h4><ul class=\"figures\">");
            for r in refs {
                figure(out, docs, r);
            }
            out.push_str("</ul></div>");
        }
    }
    out.push_str("</section>\n");
}

fn figure(out: &mut String, docs: &[(&str, &Analysis)], r: &ClaimRef) {
    let _ = write!(
        out,
        "<li><span class=\"fig\">{}</span><span class=\"v n\">{}</span> <span class=\"path\">{}</span> ",
        esc(&r.figure),
        esc(&normalized(r)),
        esc(&r.path)
    );
    if !r.evidence.is_empty() {
        let _ = write!(out, "<q>{}</q> ", esc(&shorten(&r.evidence, 160)));
    }
    // Indices come from outside: link only to what exists.
    match docs.get(r.document).map(|d| d.1.claims.get(r.claim)) {
        Some(Some(claim)) => {
            let _ = write!(
                out,
                "<a href=\"#d{}-s{}\">evidence</a> <a href=\"#d{}-c{}\">claim</a>",
                r.document, claim.sentence, r.document, r.claim
            );
        }
        Some(None) => {
            let _ = write!(out, "<a href=\"#d{}\">article</a>", r.document);
        }
        None => {}
    }
    out.push_str("</li>");
}

/// "USD 200,000,000,000, approximately".
fn normalized(r: &ClaimRef) -> String {
    let mut s = format!("{} {}", r.unit, group(&r.amount.to_string()));
    if let Some(max) = r.amount_max {
        s += &format!(" to {}", group(&max.to_string()));
    }
    s + &qualified(r.qualifier, None)
}

/// At most `max` chars, cut on a char boundary, with an ellipsis.
fn shorten(s: &str, max: usize) -> String {
    match s.char_indices().nth(max) {
        Some((i, _)) => format!("{}\u{2026}", &s[..i]),
        None => s.to_string(),
    }
}

/// Escapes text for both element content and quoted attribute values.
pub(crate) fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            // NUL and other controls are invalid in HTML text.
            c if c.is_control() && !matches!(c, '\n' | '\t' | '\r') => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
    out
}

const HEAD: &str = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'\">\n\
<title>news-claims report</title>\n";

const CSS: &str = r#"
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#212529;background:#fff}
header,main,footer{max-width:78rem;margin:0 auto;padding:0 1rem}
h1{font-size:1.4rem;margin:1rem 0 .3rem}
h2{font-size:1.15rem;margin:1.5rem 0 .2rem;overflow-wrap:anywhere}
h3{font-size:1rem;margin:1rem 0 .3rem}
h4{font-size:.95rem;margin:.5rem 0 .2rem}
aside h3{margin-top:0}
.legend mark{padding:0 .3em;border-radius:3px;font-size:.85rem}
nav ol{margin:.3rem 0;padding-left:1.5rem}
.n,.meta,.path,.none{color:#6c757d;font-size:.85rem}
.meta span+span:before{content:" \b7  "}
.doc{border-top:2px solid #dee2e6;margin-top:1rem}
.cols{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:1.5rem;align-items:start}
.text{white-space:pre-wrap;overflow-wrap:anywhere;font-family:Georgia,"Times New Roman",serif;font-size:1.02rem}
aside{position:sticky;top:0;max-height:100vh;overflow:auto;font-size:.85rem}
.mentions{padding-left:2.2rem;margin:0}
.mentions li{margin:.15rem 0;overflow-wrap:anywhere}
.mentions a{text-decoration:none;color:inherit}
.mentions mark{padding:0 .2em;border-radius:3px}
.v{font-variant-numeric:tabular-nums}
code{font-size:.75rem;color:#495057;overflow-wrap:anywhere}
.warn{color:#c92a2a}
.s{scroll-margin-top:30vh}
.s.bp{color:#868e96}
.s:target{outline:2px solid #f08c00;background:#fff3bf}
mark.m{color:inherit;padding:.05em 0;border-bottom:2px solid rgba(0,0,0,.25);scroll-margin-top:30vh}
mark.m mark.m{border-bottom:2px solid rgba(0,0,0,.6)}
mark.m:hover{outline:1px solid #343a40}
mark:target,.mentions li:target{outline:2px solid #f08c00}
.scroll{overflow-x:auto}
table{border-collapse:collapse;font-size:.85rem;width:100%}
th,td{border-bottom:1px solid #dee2e6;padding:.25rem .4rem;text-align:left;vertical-align:top}
tr[data-href]{cursor:pointer}
tr[data-href]:hover,tr:target{background:#f1f3f5}
.figures{display:flex;flex-wrap:wrap;gap:.5rem;list-style:none;padding:0;margin:0}
.figures li{flex:1 1 16rem;max-width:30rem;border:1px solid #ced4da;border-radius:4px;padding:.3rem .5rem;overflow-wrap:anywhere}
.fig{font-weight:600;display:block}
.figures .v{display:block}
.figures q{display:block;font-size:.85rem;font-family:Georgia,serif;margin:.2rem 0}
.conflict .figures li{border-color:#fa5252}
.agree .figures li{border-color:#40c057}
footer{color:#6c757d;font-size:.8rem;padding-bottom:2rem}
@media (max-width:760px){
 .cols{grid-template-columns:minmax(0,1fr)}
 aside{position:static;max-height:none}
 body{font-size:15px}
}
@media print{
 *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
 .cols{display:block}
 aside{position:static;max-height:none;overflow:visible}
 header,main,footer{max-width:none}
 .doc+.doc{break-before:page}
 tr{break-inside:avoid}
 a{color:inherit;text-decoration:none}
 footer{display:none}
}
"#;

const JS: &str = r#"
(function () {
  var n = document.querySelectorAll("mark.m").length;
  var want = document.body.getAttribute("data-mentions");
  document.body.setAttribute("data-highlighted", String(n));
  document.getElementById("check").textContent = n + " of " + want + " mentions highlighted";
  var rows = document.querySelectorAll("tr[data-href]");
  for (var i = 0; i < rows.length; i++) {
    rows[i].addEventListener("click", function (e) {
      if (e.target.closest("a")) return;
      location.hash = this.getAttribute("data-href");
    });
  }
})();
"#;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::{
        Claim, Company, Mention, Modality, Money, Qualifier, Sentence, Span, Value,
    };
    use crate::corpus::{Conflict, Corroboration, Document};
    use scraper::{Html, Selector};

    const EVIL: &str =
        "<script>alert(1)</script>\"' onmouseover=\"alert(2)\" <img src=x onerror=alert(3)>";

    /// Every field a user's input can reach, filled with markup.
    fn hostile() -> Analysis {
        let text = format!("{EVIL} paid $5 billion. {EVIL}");
        let money_at = text.find("$5 billion").unwrap();
        let mut a = Analysis::empty(text.clone(), None);
        a.title = Some(EVIL.into());
        a.repairs = vec![EVIL.into()];
        a.sentences = vec![Sentence {
            start: 0,
            end: text.len(),
            boilerplate: false,
            paragraph: 0,
        }];
        a.mentions = vec![
            Mention {
                text: EVIL.into(),
                start: 0,
                end: EVIL.len(),
                sentence: 0,
                value: Value::Company(Company {
                    name: EVIL.into(),
                    id: EVIL.into(),
                    parent: Some(EVIL.into()),
                    ticker: Some(EVIL.into()),
                }),
                rule: EVIL.into(),
            },
            Mention {
                text: "$5 billion".into(),
                start: money_at,
                end: money_at + "$5 billion".len(),
                sentence: 0,
                value: Value::Money(Money {
                    amount: "5000000000".parse().unwrap(),
                    currency: EVIL.into(),
                    qualifier: Qualifier::Exact,
                    amount_max: None,
                    vague: Some(EVIL.into()),
                }),
                rule: EVIL.into(),
            },
        ];
        a.claims = vec![Claim {
            subjects: vec![EVIL.into()],
            counterparty: Some(EVIL.into()),
            predicate: EVIL.into(),
            object: 1,
            period: Some(0),
            modality: Modality::Reported,
            sentence: 0,
            evidence: Span::new(0, text.len()),
            mentions: vec![0, 1],
        }];
        a
    }

    fn hostile_report() -> CorpusReport {
        let claim_ref = |document, claim| ClaimRef {
            document,
            path: EVIL.into(),
            claim,
            figure: EVIL.into(),
            amount: "5000000000".parse().unwrap(),
            amount_max: None,
            qualifier: Qualifier::Exact,
            unit: EVIL.into(),
            evidence: EVIL.into(),
        };
        let refs = vec![claim_ref(0, 0), claim_ref(7, 9)];
        CorpusReport {
            documents: vec![
                Document {
                    path: EVIL.into(),
                    analysis: hostile(),
                },
                Document {
                    path: format!("b{EVIL}"),
                    analysis: hostile(),
                },
            ],
            corroborations: vec![Corroboration {
                subjects: vec![EVIL.into()],
                predicate: EVIL.into(),
                period: Some(EVIL.into()),
                claims: refs.clone(),
            }],
            conflicts: vec![Conflict {
                subjects: vec![EVIL.into()],
                predicate: EVIL.into(),
                period: EVIL.into(),
                claims: refs,
            }],
        }
    }

    #[test]
    fn input_cannot_inject_markup() {
        let page = html_report(&hostile_report());
        let dom = Html::parse_document(&page);
        let all = Selector::parse("*").unwrap();
        let scripts = Selector::parse("script").unwrap();
        assert_eq!(
            dom.select(&scripts).count(),
            1,
            "only the page's own script"
        );
        for el in dom.select(&all) {
            let name = el.value().name();
            assert_ne!(name, "img");
            for (attr, _) in el.value().attrs() {
                assert!(!attr.starts_with("on"), "{name} has {attr}");
            }
        }
        // Escaped, not dropped: the text reads as it was given.
        let body: String = dom.root_element().text().collect();
        assert!(body.matches(EVIL).count() >= 10, "{body}");
        assert!(!page.contains("<script>alert"));
    }

    #[test]
    fn every_mention_is_one_highlight() {
        let page = html(&[("a.txt", &hostile())], None);
        let dom = Html::parse_document(&page);
        let marks = Selector::parse("article mark.m").unwrap();
        let ids: Vec<_> = dom
            .select(&marks)
            .map(|m| m.value().id().unwrap_or("").to_string())
            .collect();
        assert_eq!(ids, ["d0-m0", "d0-m1"]);
        let title = dom
            .select(&Selector::parse("#d0-m1").unwrap())
            .next()
            .unwrap()
            .value()
            .attr("title")
            .unwrap();
        assert!(title.starts_with("money: "), "{title}");
        assert!(title.contains("5,000,000,000"), "{title}");
    }

    #[test]
    fn nested_mentions_nest_and_crossing_ones_are_listed() {
        // "Amazon" inside a quantity, and a date that crosses the quantity.
        let text = "It bought 500 Amazon chips in 2025.";
        let span = |s: &str| {
            let i = text.find(s).unwrap();
            (i, i + s.len())
        };
        let company = Value::Company(Company {
            name: "Amazon".into(),
            id: "amazon".into(),
            parent: None,
            ticker: None,
        });
        let mention = |(start, end): (usize, usize), value: Value| Mention {
            text: text[start..end].into(),
            start,
            end,
            sentence: 0,
            value,
            rule: "test".into(),
        };
        let mut a = Analysis::empty(text.into(), None);
        a.sentences = vec![Sentence {
            start: 0,
            end: text.len(),
            boilerplate: false,
            paragraph: 0,
        }];
        a.mentions = vec![
            mention(span("Amazon"), company.clone()),
            mention(span("500 Amazon chips"), company.clone()),
            mention(span("chips in"), company),
        ];
        let page = html(&[("a.txt", &a)], None);
        assert!(
            page.contains("<mark class=\"m k-company\" id=\"d0-m1\"")
                && page.contains("500 <mark class=\"m k-company\" id=\"d0-m0\""),
            "{page}"
        );
        let dom = Html::parse_document(&page);
        let nested = Selector::parse("#d0-m1 > #d0-m0").unwrap();
        assert_eq!(dom.select(&nested).count(), 1);
        assert_eq!(dom.select(&Selector::parse("#d0-m2").unwrap()).count(), 0);
        assert_eq!(
            dom.select(&Selector::parse("#d0-l2 .warn").unwrap())
                .count(),
            1
        );
    }

    #[test]
    fn claims_link_to_their_evidence_sentence() {
        let page = html_report(&hostile_report());
        let dom = Html::parse_document(&page);
        let row = Selector::parse("#d1-c0 a[href='#d1-s0']").unwrap();
        assert_eq!(dom.select(&row).count(), 1);
        assert_eq!(dom.select(&Selector::parse("#d1-s0").unwrap()).count(), 1);
        // Cross-article figures link to evidence that exists, nowhere else.
        let links = Selector::parse("#cross a").unwrap();
        let hrefs: Vec<_> = dom
            .select(&links)
            .map(|a| a.value().attr("href").unwrap())
            .collect();
        assert_eq!(hrefs, ["#d0-s0", "#d0-c0", "#d0-s0", "#d0-c0"]);
    }

    #[test]
    fn every_link_on_a_real_report_has_its_target() {
        let extractor = crate::Extractor::builder()
            .reference_date("2026-02-09".parse().unwrap())
            .build()
            .unwrap();
        let documents = [
            include_str!("../../fixtures/002_03239c536bb5656d.txt"),
            include_str!("../../fixtures/003_45192b01957a76b2.txt"),
        ]
        .iter()
        .enumerate()
        .map(|(i, text)| Document {
            path: format!("{i}.txt"),
            analysis: extractor.analyze(text).unwrap(),
        })
        .collect();
        let report = crate::corpus::compare(documents);
        let dom = Html::parse_document(&html_report(&report));
        let ids: std::collections::HashSet<_> = dom
            .select(&Selector::parse("[id]").unwrap())
            .filter_map(|e| e.value().id())
            .collect();
        let links: Vec<_> = dom
            .select(&Selector::parse("a[href], tr[data-href]").unwrap())
            .map(|e| {
                let v = e.value();
                v.attr("href").map_or_else(
                    || v.attr("data-href").unwrap().to_string(),
                    |h| h.trim_start_matches('#').to_string(),
                )
            })
            .collect();
        assert!(links.len() > 20, "{links:?}");
        for link in links {
            assert!(ids.contains(link.as_str()), "no element with id {link}");
        }
    }

    #[test]
    fn empty_corpus_lists_say_so() {
        let a = Analysis::empty(String::new(), None);
        let report = CorpusReport {
            documents: vec![],
            corroborations: vec![],
            conflicts: vec![],
        };
        let page = html(&[("a", &a), ("b", &a)], Some(&report));
        assert!(page.contains("Corroborations (0)"));
        assert!(page.contains("Conflicts (0)"));
    }

    #[test]
    fn shorten_cuts_on_char_boundaries() {
        assert_eq!(
            shorten("\u{20ac}\u{20ac}\u{20ac}", 2),
            "\u{20ac}\u{20ac}\u{2026}"
        );
        assert_eq!(shorten("ab", 2), "ab");
    }
}

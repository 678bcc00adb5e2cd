//! Web pages in: the article body as plain text, its title and date.
//!
//! The body is the element the page itself names as the article
//! (`itemprop="articleBody"`, else the `<article>` with the most text, else
//! `<main>`), or, when the page names none or the named one is nearly
//! empty, the element whose paragraphs hold the most text that is not link
//! text. Inside it, page furniture is dropped: scripts, styles, navigation,
//! headers, footers, asides, forms, figures, hidden elements, anything whose
//! class or id says share bar, cookie banner, comments, newsletter or
//! related/recent/most-read, and lists or boxes made mostly of links.
//!
//! Block elements become paragraphs separated by a blank line, list items
//! and `<br>` single line breaks, so segmentation sees the page's breaks.
//! Whitespace runs, non-breaking and zero-width spaces collapse to one space.
//!
//! Every walk over the tree is iterative and every per-element figure is
//! computed in one pass, so 100,000 nested `<div>`s cost linear time and no
//! stack. Pages nested deeper than [`MAX_DEPTH`] (the HTML parser itself
//! slows down on them) are read by a plain tag stripper instead.

use std::collections::HashMap;

use ego_tree::{iter::Edge, NodeId, NodeRef};
use jiff::civil::Date;
use scraper::{Html, Node};

/// Deeper nesting than any real page has; past it the tree builder's scope
/// checks turn quadratic.
pub const MAX_DEPTH: usize = 2_000;

/// A root the page names must hold at least this much text to be trusted.
const MIN_ROOT_TEXT: usize = 140;

/// What a page gives the pipeline.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Page {
    /// The article body, paragraphs separated by blank lines.
    pub text: String,
    pub title: Option<String>,
    /// The publication date from the page's metadata.
    pub date: Option<Date>,
    /// Set when the page was too deeply nested to parse as a tree.
    pub stripped: bool,
}

/// Whether text starts like an HTML document (after a BOM and whitespace).
pub fn looks_like_html(text: &str) -> bool {
    let head = text.trim_start_matches('\u{feff}').trim_start();
    let head = head.get(..head.len().min(64)).unwrap_or("");
    let lower = head.to_ascii_lowercase();
    [
        "<!doctype html",
        "<html",
        "<head",
        "<body",
        "<article",
        "<meta",
    ]
    .iter()
    .any(|p| lower.starts_with(p))
        || (lower.starts_with("<!--") && text.len() < 1 << 20 && text.contains("<html"))
}

/// Extracts the article of an HTML page.
pub fn extract(html: &str) -> Page {
    if nesting_depth(html) > MAX_DEPTH {
        return Page {
            text: strip_tags(html),
            stripped: true,
            ..Page::default()
        };
    }
    let doc = Html::parse_document(html);
    let tree = &doc.tree;
    let stats = Stats::of(tree.root());
    let root = choose_root(tree.root(), &stats);
    let mut text = String::new();
    write_text(root, &stats, &mut text);
    Page {
        text,
        title: title(tree.root(), root),
        date: date(tree.root()),
        stripped: false,
    }
}

/// Maximum depth of open tags, counted without a parser: opening tags
/// minus closing ones, void elements excluded. An upper bound is enough.
fn nesting_depth(html: &str) -> usize {
    let bytes = html.as_bytes();
    let mut depth: usize = 0;
    let mut max = 0;
    let mut i = 0;
    while let Some(off) = bytes[i..].iter().position(|&b| b == b'<') {
        i += off + 1;
        match bytes.get(i) {
            Some(b'/') => depth = depth.saturating_sub(1),
            Some(c) if c.is_ascii_alphabetic() => {
                let name_end = bytes[i..]
                    .iter()
                    .position(|b| !b.is_ascii_alphanumeric())
                    .map_or(bytes.len(), |p| i + p);
                let name = &html[i..name_end];
                if !is_void(name) {
                    depth += 1;
                    max = max.max(depth);
                }
            }
            _ => {}
        }
    }
    max
}

fn is_void(name: &str) -> bool {
    [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr", "p", "li",
    ]
    .iter()
    .any(|v| v.eq_ignore_ascii_case(name))
}

/// Text with tags, comments, scripts and styles removed and the common
/// entities decoded: the fallback for pages the tree parser cannot take.
pub fn strip_tags(html: &str) -> String {
    let mut out = String::with_capacity(html.len() / 2);
    let mut rest = html;
    let mut skip_until: Option<&str> = None;
    while !rest.is_empty() {
        if let Some(end_tag) = skip_until {
            match find_ascii_ci(rest, end_tag) {
                Some(p) => rest = &rest[p..],
                None => break,
            }
            skip_until = None;
        }
        let Some(lt) = rest.find('<') else {
            push_text(&mut out, rest);
            break;
        };
        push_text(&mut out, &rest[..lt]);
        rest = &rest[lt..];
        if rest.starts_with("<!--") {
            rest = rest.find("-->").map_or("", |p| &rest[p + 3..]);
            continue;
        }
        let gt = rest.find('>').map_or(rest.len(), |p| p + 1);
        let tag = &rest[..gt];
        let name: String = tag
            .trim_start_matches(['<', '/'])
            .chars()
            .take_while(char::is_ascii_alphanumeric)
            .collect::<String>()
            .to_ascii_lowercase();
        if !tag.starts_with("</") && (name == "script" || name == "style") {
            skip_until = Some(if name == "script" {
                "</script"
            } else {
                "</style"
            });
        }
        if is_block(&name) {
            out.push_str("\n\n");
        }
        rest = &rest[gt..];
    }
    tidy(&out)
}

fn find_ascii_ci(hay: &str, needle: &str) -> Option<usize> {
    let n = needle.as_bytes();
    hay.as_bytes()
        .windows(n.len())
        .position(|w| w.eq_ignore_ascii_case(n))
}

fn push_text(out: &mut String, raw: &str) {
    if !raw.contains('&') {
        out.push_str(raw);
        return;
    }
    let mut rest = raw;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let semi = rest
            .char_indices()
            .take(12)
            .find(|&(_, c)| c == ';')
            .map(|(i, _)| i);
        let entity = semi.map(|s| &rest[1..s]);
        let decoded = entity.and_then(|e| match e {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            "nbsp" => Some(' '),
            _ => {
                let num = e.strip_prefix('#')?;
                let code = match num.strip_prefix(['x', 'X']) {
                    Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                    None => num.parse().ok()?,
                };
                char::from_u32(code).filter(|c| *c != '\0')
            }
        });
        match (decoded, semi) {
            (Some(c), Some(s)) => {
                out.push(c);
                rest = &rest[s + 1..];
            }
            _ => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
}

/// Per-element text and link-text lengths, computed in one pass.
struct Stats {
    /// (all text, text inside links), in bytes of collapsed text.
    sizes: HashMap<NodeId, (usize, usize)>,
}

impl Stats {
    fn of(root: NodeRef<'_, Node>) -> Stats {
        let mut sizes = HashMap::new();
        let mut stack: Vec<(usize, usize, bool)> = Vec::new();
        for edge in root.traverse() {
            match edge {
                Edge::Open(node) => {
                    let in_link = stack.last().is_some_and(|s| s.2)
                        || element_name(node).is_some_and(|n| n == "a");
                    let own = match node.value() {
                        Node::Text(t) => visible_len(t),
                        _ => 0,
                    };
                    stack.push((own, if in_link { own } else { 0 }, in_link));
                }
                Edge::Close(node) => {
                    let Some((text, links, _)) = stack.pop() else {
                        continue;
                    };
                    if let Some(parent) = stack.last_mut() {
                        parent.0 += text;
                        parent.1 += links;
                    }
                    if node.value().is_element() {
                        sizes.insert(node.id(), (text, links));
                    }
                }
            }
        }
        Stats { sizes }
    }

    fn text(&self, node: NodeRef<'_, Node>) -> usize {
        self.sizes.get(&node.id()).map_or(0, |s| s.0)
    }

    fn non_link(&self, node: NodeRef<'_, Node>) -> usize {
        self.sizes.get(&node.id()).map_or(0, |s| s.0 - s.1)
    }

    fn link_heavy(&self, node: NodeRef<'_, Node>) -> bool {
        let (text, links) = self.sizes.get(&node.id()).copied().unwrap_or((0, 0));
        text > 0 && links * 2 > text
    }
}

fn visible_len(t: &str) -> usize {
    t.split_whitespace().map(|w| w.len() + 1).sum()
}

fn element_name<'a>(node: NodeRef<'a, Node>) -> Option<&'a str> {
    match node.value() {
        Node::Element(e) => Some(e.name()),
        _ => None,
    }
}

fn attr<'a>(node: NodeRef<'a, Node>, name: &str) -> Option<&'a str> {
    match node.value() {
        Node::Element(e) => e.attr(name),
        _ => None,
    }
}

/// The element holding the article.
fn choose_root<'a>(doc: NodeRef<'a, Node>, stats: &Stats) -> NodeRef<'a, Node> {
    let mut body_prop = None;
    let mut best_article: Option<NodeRef<'a, Node>> = None;
    let mut main = None;
    let mut body = None;
    // Paragraph text per parent, for pages that name no article.
    // (first seen, score): the order breaks ties, so the choice is stable.
    let mut scores: HashMap<NodeId, (usize, usize)> = HashMap::new();
    for node in doc.descendants() {
        let Some(name) = element_name(node) else {
            continue;
        };
        if attr(node, "itemprop").is_some_and(|v| v.eq_ignore_ascii_case("articleBody"))
            && body_prop.is_none()
        {
            body_prop = Some(node);
        }
        match name {
            "article" if best_article.is_none_or(|b| stats.non_link(node) > stats.non_link(b)) => {
                best_article = Some(node)
            }
            "main" if main.is_none() => main = Some(node),
            "body" if body.is_none() => body = Some(node),
            "p" | "pre" | "blockquote" => {
                if let Some(parent) = node.parent() {
                    let seen = scores.len();
                    scores.entry(parent.id()).or_insert((seen, 0)).1 += stats.non_link(node);
                }
            }
            _ => {}
        }
        if main.is_none() && attr(node, "role").is_some_and(|r| r == "main") {
            main = Some(node);
        }
    }
    let named = [body_prop, best_article, main]
        .into_iter()
        .flatten()
        .find(|n| stats.non_link(*n) >= MIN_ROOT_TEXT);
    if let Some(root) = named {
        return root;
    }
    let scored = scores
        .into_iter()
        .max_by_key(|&(_, (seen, score))| (score, std::cmp::Reverse(seen)))
        .and_then(|(id, (_, score))| (score > 0).then_some(id))
        .and_then(|id| doc.tree().get(id));
    scored.or(body).unwrap_or(doc)
}

/// Elements that are never article text.
fn dropped_element(name: &str) -> bool {
    matches!(
        name,
        "script"
            | "style"
            | "noscript"
            | "template"
            | "nav"
            | "header"
            | "footer"
            | "aside"
            | "form"
            | "button"
            | "select"
            | "input"
            | "textarea"
            | "label"
            | "svg"
            | "canvas"
            | "iframe"
            | "object"
            | "embed"
            | "figure"
            | "head"
            | "title"
            | "dialog"
            | "menu"
    )
}

/// Words in a class or id that name page furniture.
const FURNITURE: &[&str] = &[
    "nav",
    "menu",
    "breadcrumb",
    "share",
    "sharing",
    "social",
    "cookie",
    "consent",
    "gdpr",
    "banner",
    "comment",
    "comments",
    "newsletter",
    "subscribe",
    "signup",
    "related",
    "recent",
    "popular",
    "most-read",
    "mostread",
    "trending",
    "recommended",
    "promo",
    "advert",
    "ad",
    "ads",
    "sponsor",
    "sidebar",
    "footer",
    "header",
    "byline",
    "author",
    "tags",
    "toolbar",
    "paywall",
    "modal",
    "popup",
    "skip",
    "meta",
    "copyright",
    "disclaimer",
    "legal",
];

fn furniture(node: NodeRef<'_, Node>) -> bool {
    let Node::Element(e) = node.value() else {
        return false;
    };
    if e.attr("hidden").is_some()
        || e.attr("aria-hidden").is_some_and(|v| v == "true")
        || e.attr("style").is_some_and(|s| {
            let s: String = s.chars().filter(|c| !c.is_whitespace()).collect();
            s.contains("display:none") || s.contains("visibility:hidden")
        })
    {
        return true;
    }
    if matches!(
        e.attr("role"),
        Some("navigation" | "banner" | "complementary" | "contentinfo")
    ) {
        return true;
    }
    let names = [e.attr("class"), e.attr("id")];
    names.into_iter().flatten().any(|v| {
        v.split(|c: char| c.is_whitespace() || c == '_' || c == '-')
            .any(|w| FURNITURE.iter().any(|f| w.eq_ignore_ascii_case(f)))
            || FURNITURE
                .iter()
                .filter(|f| f.contains('-'))
                .any(|f| v.to_ascii_lowercase().contains(f))
    })
}

fn is_block(name: &str) -> bool {
    matches!(
        name,
        "p" | "div"
            | "section"
            | "article"
            | "main"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "ul"
            | "ol"
            | "dl"
            | "table"
            | "blockquote"
            | "pre"
            | "hr"
            | "body"
            | "header"
            | "footer"
            | "address"
            | "figcaption"
    )
}

/// Lines inside a block: list items, table rows, definition terms.
fn is_line(name: &str) -> bool {
    matches!(name, "li" | "tr" | "dt" | "dd" | "br")
}

/// Containers dropped when most of their text is links.
fn is_box(name: &str) -> bool {
    matches!(name, "ul" | "ol" | "div" | "section" | "table" | "dl")
}

/// The most nodes looked at to tell a data table from a layout table.
const TABLE_SCAN: usize = 4000;

/// Whether `table` holds data (cells of short text, no blocks or tables
/// inside), to be written as a pipe table ("| Revenue | $57.0bn |") whose
/// header the claims read; a page laid out with a table is written as
/// prose.
fn data_table(table: NodeRef<'_, Node>) -> bool {
    let mut rows = 0;
    for (k, d) in table.descendants().skip(1).enumerate() {
        if k > TABLE_SCAN {
            return false;
        }
        match element_name(d) {
            Some("tr") => rows += 1,
            Some(name) if name == "table" || is_block(name) => return false,
            _ => {}
        }
    }
    rows >= 2
}

/// Drops the spaces the text being written ends with.
fn trim_end_spaces(out: &mut String) {
    out.truncate(out.trim_end_matches(' ').len());
}

/// Where the line being written stands, for a table cell's bar.
fn at_line_start(out: &str) -> bool {
    out.is_empty() || out.ends_with('\n')
}

/// Writes the visible text of `root`, with breaks for blocks and lines.
fn write_text(root: NodeRef<'_, Node>, stats: &Stats, out: &mut String) {
    let mut skipping: Option<NodeId> = None;
    // 1: line break, 2: paragraph break.
    let mut pending_break = 0u8;
    // The data table being written, its rows so far and the cells of the
    // current row.
    let mut table: Option<NodeId> = None;
    let (mut rows, mut cells) = (0usize, 0usize);
    let flush = |out: &mut String, pending_break: &mut u8| {
        if *pending_break > 0 && !out.is_empty() {
            trim_end_spaces(out);
            out.push_str(if *pending_break == 2 { "\n\n" } else { "\n" });
        }
        *pending_break = 0;
    };
    for edge in root.traverse() {
        match edge {
            Edge::Open(node) => {
                if skipping.is_some() {
                    continue;
                }
                match node.value() {
                    Node::Text(t) => {
                        let s: &str = t;
                        if s.split_whitespace().next().is_none() {
                            if !out.is_empty() && !out.ends_with([' ', '\n']) && pending_break == 0
                            {
                                out.push(' ');
                            }
                            continue;
                        }
                        flush(out, &mut pending_break);
                        push_collapsed(out, s);
                    }
                    Node::Element(e) => {
                        let name = e.name();
                        let drop = node != root
                            && (dropped_element(name)
                                || furniture(node)
                                || (is_box(name) && stats.link_heavy(node)));
                        if drop {
                            skipping = Some(node.id());
                            continue;
                        }
                        if table.is_none() && name == "table" && data_table(node) {
                            table = Some(node.id());
                            (rows, cells) = (0, 0);
                            pending_break = 2;
                        }
                        if table.is_some() && matches!(name, "td" | "th") {
                            // Every cell opens with its bar, an empty one too,
                            // so the columns stay aligned under the header.
                            flush(out, &mut pending_break);
                            trim_end_spaces(out);
                            out.push_str(if at_line_start(out) { "| " } else { " | " });
                            cells += 1;
                        }
                        if stats.text(node) == 0 && name != "br" {
                            skipping = Some(node.id());
                            continue;
                        }
                        if in_cell(table.is_some(), name) {
                            // A cell's lines ("H1 FY2026<br>(Apr.-Sep.
                            // 2026)") stay on its row.
                            if is_block(name) || is_line(name) {
                                space_after_text(out);
                            }
                        } else if is_block(name) {
                            pending_break = 2;
                        } else if is_line(name) {
                            pending_break = pending_break.max(1);
                        }
                    }
                    _ => {}
                }
            }
            Edge::Close(node) => {
                if skipping == Some(node.id()) {
                    skipping = None;
                    continue;
                }
                if skipping.is_some() {
                    continue;
                }
                if let Some(name) = element_name(node) {
                    if table.is_some() && name == "tr" && cells > 0 {
                        trim_end_spaces(out);
                        out.push_str(" |");
                        // The first row is the header: a separator under it.
                        if rows == 0 {
                            out.push('\n');
                            out.push('|');
                            for _ in 0..cells {
                                out.push_str("---|");
                            }
                        }
                        rows += 1;
                        cells = 0;
                    }
                    if table == Some(node.id()) {
                        table = None;
                    }
                    if in_cell(table.is_some(), name) {
                        if is_block(name) || is_line(name) {
                            space_after_text(out);
                        }
                    } else if is_block(name) {
                        pending_break = 2;
                    } else if is_line(name) {
                        pending_break = pending_break.max(1);
                    }
                }
            }
        }
    }
    while out.ends_with([' ', '\n']) {
        out.pop();
    }
}

/// Whether an element, inside a data table, lies within a row's cell,
/// where its breaks are spaces.
fn in_cell(in_table: bool, name: &str) -> bool {
    in_table
        && !matches!(
            name,
            "tr" | "table" | "thead" | "tbody" | "tfoot" | "caption" | "td" | "th"
        )
}

/// A space after the text so far, unless it ends with one or a line.
fn space_after_text(out: &mut String) {
    if !out.is_empty() && !out.ends_with([' ', '\n']) {
        out.push(' ');
    }
}

/// Appends text with whitespace runs (including non-breaking and
/// zero-width spaces) collapsed to one space.
fn push_collapsed(out: &mut String, s: &str) {
    let mut space = out.ends_with([' ', '\n']) || out.is_empty();
    for c in s.chars() {
        if c.is_whitespace() || c == '\u{200b}' || c == '\u{feff}' {
            if !space {
                out.push(' ');
                space = true;
            }
        } else if c == '\u{ad}' {
            // Soft hyphen: invisible, and it splits words.
        } else {
            out.push(c);
            space = false;
        }
    }
}

/// Collapses the whitespace of stripped text into lines and paragraphs.
fn tidy(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut blank_run = 0;
    for line in raw.lines() {
        let mut collapsed = String::new();
        push_collapsed(&mut collapsed, line);
        let line = collapsed.trim();
        if line.is_empty() {
            blank_run += 1;
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank_run > 0 { "\n\n" } else { "\n" });
        }
        blank_run = 0;
        out.push_str(line);
    }
    out
}

/// The headline: the article's `<h1>`, else `og:title`, else `<title>`.
fn title(doc: NodeRef<'_, Node>, root: NodeRef<'_, Node>) -> Option<String> {
    let text_of = |node: NodeRef<'_, Node>| {
        let mut s = String::new();
        for d in node.descendants() {
            if let Node::Text(t) = d.value() {
                push_collapsed(&mut s, t);
            }
        }
        let s = s.trim().to_string();
        (!s.is_empty()).then_some(s)
    };
    let mut og = None;
    let mut title_tag = None;
    let mut h1_any = None;
    for node in doc.descendants() {
        match element_name(node) {
            Some("meta")
                if og.is_none() && attr(node, "property").is_some_and(|p| p == "og:title") =>
            {
                og = attr(node, "content").map(|c| c.trim().to_string());
            }
            Some("title") if title_tag.is_none() => title_tag = text_of(node),
            Some("h1") if h1_any.is_none() => h1_any = text_of(node),
            _ => {}
        }
    }
    let h1_in_article = root
        .ancestors()
        .find(|a| element_name(*a).is_some_and(|n| n == "article"))
        .unwrap_or(root)
        .descendants()
        .find(|n| element_name(*n) == Some("h1"))
        .and_then(text_of);
    h1_in_article
        .or(og.filter(|s| !s.is_empty()))
        .or(h1_any)
        .or(title_tag)
}

/// Meta names that carry the publication date, best first.
const DATE_META: &[&str] = &[
    "article:published_time",
    "datepublished",
    "og:published_time",
    "date",
    "pubdate",
    "publishdate",
    "publish-date",
    "dc.date",
    "dc.date.issued",
    "dcterms.date",
    "dcterms.created",
    "sailthru.date",
    "parsely-pub-date",
];

/// The publication date: meta tags, then JSON-LD `datePublished`, then the
/// first `<time datetime>`.
fn date(doc: NodeRef<'_, Node>) -> Option<Date> {
    let mut best: Option<(usize, Date)> = None;
    let mut json_ld = None;
    let mut time = None;
    for node in doc.descendants() {
        match element_name(node) {
            Some("meta") => {
                let key = ["property", "name", "itemprop"]
                    .iter()
                    .find_map(|k| attr(node, k))
                    .map(str::to_ascii_lowercase);
                let rank = key.and_then(|k| DATE_META.iter().position(|m| *m == k));
                if let (Some(rank), Some(d)) = (rank, attr(node, "content").and_then(parse_date)) {
                    if best.is_none_or(|(r, _)| rank < r) {
                        best = Some((rank, d));
                    }
                }
            }
            Some("script")
                if json_ld.is_none()
                    && attr(node, "type").is_some_and(|t| t.contains("ld+json")) =>
            {
                let raw: String = node
                    .children()
                    .filter_map(|c| match c.value() {
                        Node::Text(t) => Some(&**t),
                        _ => None,
                    })
                    .collect();
                json_ld = json_ld_date(&raw);
            }
            Some("time") if time.is_none() => {
                let prop = attr(node, "itemprop").is_some_and(|p| p == "datePublished");
                time = attr(node, "datetime").and_then(parse_date);
                if prop {
                    json_ld = json_ld.or(time);
                }
            }
            _ => {}
        }
    }
    best.map(|(_, d)| d).or(json_ld).or(time)
}

fn json_ld_date(raw: &str) -> Option<Date> {
    let value: serde_json::Value = serde_json::from_str(raw.trim()).ok()?;
    // Iterative search: JSON-LD nests articles in @graph arrays.
    let mut stack = vec![&value];
    while let Some(v) = stack.pop() {
        match v {
            serde_json::Value::Object(map) => {
                if let Some(d) = map
                    .get("datePublished")
                    .and_then(|d| d.as_str())
                    .and_then(parse_date)
                {
                    return Some(d);
                }
                stack.extend(map.values());
            }
            serde_json::Value::Array(items) => stack.extend(items.iter().rev()),
            _ => {}
        }
    }
    None
}

/// A date from the start of an ISO 8601 timestamp.
fn parse_date(s: &str) -> Option<Date> {
    s.trim().get(..10)?.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn looks_like_html_table() {
        for (input, expected) in [
            ("<!DOCTYPE html><html>", true),
            ("\u{feff}  <html lang=en>", true),
            ("<HEAD><title>x</title>", true),
            ("Amazon <b>spent</b>", false),
            ("The <html> tag is old.", false),
            ("", false),
        ] {
            assert_eq!(looks_like_html(input), expected, "input: {input:?}");
        }
    }

    #[test]
    fn body_title_and_date() {
        let page = extract(
            r#"<html><head><title>Big news | Site</title>
            <meta property="article:published_time" content="2025-02-07T10:00:00Z"></head>
            <body><nav><a href="/">Home</a> <a href="/tech">Tech</a></nav>
            <article><h1>Amazon&nbsp;spends</h1><p>Amazon will spend <b>$100&nbsp;billion</b>
            this year, it said on Thursday in a call with analysts and reporters.</p>
            <div class="share-bar">Share on X</div>
            <p>Shares fell 4%.<br>Analysts were split.</p>
            <ul class="related"><li><a href="/a">Other story</a></li></ul></article>
            <footer>© 2025 Site</footer></body></html>"#,
        );
        assert_eq!(
            page.text,
            "Amazon spends\n\nAmazon will spend $100 billion this year, it said on Thursday \
             in a call with analysts and reporters.\n\nShares fell 4%.\nAnalysts were split."
        );
        assert_eq!(page.title.as_deref(), Some("Amazon spends"));
        assert_eq!(page.date, Some("2025-02-07".parse().unwrap()));
    }

    #[test]
    fn dates_from_json_ld_and_time() {
        let ld = r#"<html><head><script type="application/ld+json">
            {"@context":"https://schema.org","@graph":[{"@type":"WebPage"},
            {"@type":"NewsArticle","datePublished":"2026-01-30T08:00:00-05:00"}]}
            </script></head><body><p>x</p></body></html>"#;
        assert_eq!(extract(ld).date, Some("2026-01-30".parse().unwrap()));
        let time = r#"<body><time datetime="2024-11-02">Nov 2</time><p>x</p></body>"#;
        assert_eq!(extract(time).date, Some("2024-11-02".parse().unwrap()));
        assert_eq!(extract("<p>no date</p>").date, None);
    }

    #[test]
    fn data_tables_become_pipe_tables_and_layout_tables_prose() {
        let page = extract(
            r#"<article><p>Results at a glance, in billions of dollars.</p>
            <table><tr><th>($ billions)</th><th>Q3 FY26<br>(Oct.-Dec.)</th><th>Q2 FY26</th></tr>
            <tr><td>Revenue</td><td>57.0</td><td></td></tr>
            <tr><td>EPS<br>(diluted)</td><td>$1.30</td><td>$1.08</td></tr></table></article>"#,
        );
        // (A cell's lines stay on its row.)
        assert_eq!(
            page.text,
            "Results at a glance, in billions of dollars.\n\n\
             | ($ billions) | Q3 FY26 (Oct.-Dec.) | Q2 FY26 |\n|---|---|---|\n\
             | Revenue | 57.0 | |\n| EPS (diluted) | $1.30 | $1.08 |"
        );
        let layout = extract(
            r#"<article><table><tr><td><p>Amazon will spend $100 billion this year on
            data centres, the company said.</p><p>Shares fell 4% in late trading.</p>
            </td><td><p>Analysts were split.</p></td></tr><tr><td><p>More follows.</p>
            </td></tr></table></article>"#,
        );
        assert_eq!(
            layout.text,
            "Amazon will spend $100 billion this year on data centres, the company \
             said.\n\nShares fell 4% in late trading.\n\nAnalysts were split.\n\n\
             More follows."
        );
    }

    #[test]
    fn deep_nesting_falls_back_to_stripping() {
        let html = format!(
            "{}<p>Deep &amp; fine</p>{}",
            "<div>".repeat(5000),
            "</div>".repeat(5000)
        );
        let page = extract(&html);
        assert!(page.stripped);
        assert_eq!(page.text, "Deep & fine");
    }

    #[test]
    fn strip_tags_drops_scripts_and_decodes() {
        assert_eq!(
            strip_tags(
                "<p>a &lt; b&#x2014;c &bogus; &#0;</p><script>var x = '<p>';</script><p>d</p>"
            ),
            "a < b—c &bogus; &#0;\n\nd"
        );
    }
}

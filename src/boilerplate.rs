//! Marks sentences that are page furniture rather than article: trailing
//! "Related topics" / "Recent News" / "Most Discussed" blocks, disclaimers,
//! comment prompts. They keep their mentions but yield no claims.
//!
//! Two rules, both on whole sentences (a line that stands alone):
//!
//! * **Trailing blocks.** Pages end with furniture that follows the article:
//!   a block header ("Related topics:", "Recent News", "Most Discussed",
//!   "Leave a Reply", "Disclaimer: ...", a newsletter prompt, a rights
//!   notice). The first such header in the back part of the text marks
//!   itself and everything after it, and a teaser line right above it (a
//!   linked story's title, no full stop). Headers early in the text (a "Related"
//!   box above the article) mark themselves and the linked titles right
//!   under them (short lines of their own without a full stop), since the
//!   article follows.
//! * **Navigation lines** anywhere: share bars ("PostLinkedIn"), "Read
//!   original on ...", links to other stories ("Read more: Intel shares
//!   soar 30%"), "Advertisement", "Skip to content", and lines with no
//!   letter or digit at all (a lone emoji or bullet).

use once_cell::sync::Lazy;
use regex::bytes::Regex;

use crate::analysis::Sentence;

/// Where the trailing region may start, as a share of the text length: a
/// header after this point is taken to end the article.
const TRAILING_FROM: f64 = 0.4;

/// A header longer than this is prose that happens to start like one.
const MAX_HEADER_BYTES: usize = 120;

/// Whole-line headers of blocks that follow an article. Tails are `.*`: the
/// caller only asks about lines of at most `MAX_HEADER_BYTES` (disclaimers
/// 20 times that), and a bounded repeat such as `.{0,2000}` copies a UTF-8
/// decoder per position, which made this regex too big for the lazy DFA and
/// one of the pipeline's costliest steps. Both regexes match bytes without
/// Unicode classes (`(?-u)`: ASCII `\s`, `\w`, case folding; bounded
/// repeats count bytes): headers are English words, spaces are already
/// normalized, and the Unicode forms made compiling them a quarter of the
/// first call. Non-ASCII signs (`©`, `·`) are written as their UTF-8 bytes.
static BLOCK_HEADER: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?ix-u)^(?:
          related(?:\s+(?:topics|articles|stories|posts|news|updates|coverage|reading|content|links|videos))?
        | (?:recent|latest|more|top|popular|trending)\s+(?:news|posts|articles|stories|headlines|videos|updates)
        | more\s+(?:from|on|in|about)\s+.{1,60}
        | most\s+(?:discussed|read|popular|viewed|shared|commented|recent)
        | trending(?:\s+now)?
        | you\s+(?:may|might)\s+(?:also\s+)?(?:like|enjoy|be\s+interested\s+in)
        | recommended(?:\s+(?:for\s+you|stories|articles|reading))?
        | (?:read|watch)\s+(?:next|more|also)
        | see\s+also | also\s+read | editor'?s\s+picks
        | leave\s+a\s+(?:reply|comment) | (?:\d+\s+)?comments? | join\s+the\s+(?:discussion|conversation)
        | post\s+a\s+comment | add\s+a\s+comment | show\s+comments
        | share\s+this(?:\s+(?:article|story|post))?
        | about\s+the\s+author
        | (?:weekly|daily|monthly)\s+.{0,30}(?:recap|digest|roundup|newsletter|briefing)
        | (?:sign\s+up|subscribe)(?:\s+(?:now|today|here|to\s+.{1,80}|for\s+.{1,80}))?
        | (?:get|join|read)\s+.{0,40}\bnewsletters?\b.{0,60}
        | (?:our|the|free|daily|weekly)?\s*newsletters?
        | (?:an?\s+)?(?:(?:ai|auto)[-\s](?:curated|generated|powered)\s+)?news\s+aggregator\b.*
        | (?:ai|auto)[-\s]curated\s+.*
        | all\s+(?:content\s+)?rights\s+(?:reserved|belong).*
        | (?:copyright\s*)?(?:\xC2\xA9)?\s*(?:copyright\s*)?(?:19|20)\d\d\b.*\brights\s+reserved.*
        | disclaimer(?:\s*:.*)?
        | analyst\s+certifications?(?:\s*:.*)?
        | (?:important\s+|regulatory\s+)?disclosures?(?:\s+section)?(?:\s*:.*)?
        | (?:tags|filed\s+under|topics)\s*:.*
        | related(?:\s+\w+)?\s*:.*
        )$",
    )
    .expect("valid regex")
});

/// Headers of a press release's closing sections: "About CoreWeave",
/// "Forward-Looking Statements", "Media Contact". Read only on a line
/// without a full stop, so that "About 70% of sales." stays prose.
static PRESS_HEADER: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?ix-u)^(?:
          about\s+[a-z][^.\d%$]{0,60}
        | (?:cautionary\s+(?:note|statement|language)s?\s+(?:regarding|about|on|concerning)\s+)?forward[-\s]looking\s+statements?
        | safe\s+harbor(?:\s+statement)?
        | (?:media|press|investor)(?:\s+relations)?\s+contacts?(?:\s*:.*)?
        | contacts?\s*:.*
        )$",
    )
    .expect("valid regex")
});

/// Lines that are navigation wherever they stand.
static NAV_LINE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?ix-u)^(?:
          (?:(?:share|post|tweet|linkedin|facebook|twitter|email|e-mail|reddit|whatsapp|telegram|print|pinterest|copy\s+link|x)(?:[\s,|/]|\xC2\xB7)*)+
        | read\s+(?:the\s+)?(?:original|full\s+(?:article|story))(?:\s+(?:on|at)\s+.{1,60})?
        | (?:continue|keep)\s+reading | read\s+more
        | advertisement | sponsored(?:\s+content)? | skip\s+to\s+(?:main\s+)?content
        | sign\s+in | log\s*in | back\s+to\s+top | menu | search
        | (?:read\s+(?:more|also|next)|also\s+read|see\s+also|watch|listen|recommended|more)\s*:.*
        | original\s+source\s*:.*
        | (?:image|photo)\s*(?:credit)?\s*:.*
        )$",
    )
    .expect("valid regex")
});

/// The longest line of linked titles read as navigation.
const MAX_LINKS_BYTES: usize = 600;

/// A line of linked stories after a label, however many ("Related:
/// OpenAI's Stargate site adds 1.4GW | CoreWeave signs $14bn Meta
/// expansion | Crusoe raises $1.4bn"): navigation, longer than a header.
static LINKS_LINE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?ix-u)^(?:related(?:\s+\w+)?|read\s+(?:more|also|next)|also\s+read|see\s+also|more\s+(?:on|from)\s+[^:]{1,40})\s*:",
    )
    .expect("valid regex")
});

/// Sets `boilerplate` on the sentences of `text` that are page furniture.
pub fn mark(text: &str, sentences: &mut [Sentence]) {
    let trailing_from = (text.len() as f64 * TRAILING_FROM) as usize;
    let mut in_trailing_block = false;
    // After a header early in the text: its list of linked titles.
    let mut in_box = false;
    for k in 0..sentences.len() {
        let s = &sentences[k];
        let Some(raw) = text.get(s.start..s.end) else {
            continue;
        };
        if in_trailing_block {
            sentences[k].boilerplate = true;
            continue;
        }
        if in_box {
            if is_teaser(text, sentences, k) {
                sentences[k].boilerplate = true;
                continue;
            }
            in_box = false;
        }
        let line = core(raw);
        if line.is_empty() {
            // No letter or digit: an emoji, a bullet, a rule.
            sentences[k].boilerplate = true;
            continue;
        }
        if raw.len() > MAX_HEADER_BYTES * 20 {
            continue;
        }
        let is_header = ((line.len() <= MAX_HEADER_BYTES || starts_disclaimer(line))
            && BLOCK_HEADER.is_match(line.as_bytes()))
            || (line.len() <= MAX_HEADER_BYTES
                && !raw.trim_end().ends_with(['.', '!', '?'])
                && s.start >= trailing_from
                && PRESS_HEADER.is_match(line.as_bytes()));
        if is_header {
            in_trailing_block = s.start >= trailing_from;
            in_box = !in_trailing_block;
            sentences[k].boilerplate = true;
            if in_trailing_block && k > 0 && is_teaser(text, sentences, k - 1) {
                sentences[k - 1].boilerplate = true;
            }
        } else if (line.len() <= MAX_HEADER_BYTES && NAV_LINE.is_match(line.as_bytes()))
            || (line.len() <= MAX_LINKS_BYTES && LINKS_LINE.is_match(line.as_bytes()))
        {
            sentences[k].boilerplate = true;
        }
    }
}

/// Whether sentence `k`, just before a trailing block's header, is a
/// teaser: a short line of its own paragraph without a full stop, as the
/// title of a linked story ("Amazon planning $100 billion AI
/// infrastructure spend in 2025" above "Recent News"). Article prose ends
/// its last sentence with punctuation.
fn is_teaser(text: &str, sentences: &[Sentence], k: usize) -> bool {
    let s = &sentences[k];
    let alone = (k == 0 || sentences[k - 1].paragraph != s.paragraph)
        && sentences
            .get(k + 1)
            .is_none_or(|n| n.paragraph != s.paragraph);
    let line = text.get(s.start..s.end).unwrap_or("").trim_end();
    alone && line.len() <= MAX_HEADER_BYTES && !line.ends_with(['.', '!', '?', '"', '”', ')', ':'])
}

fn starts_disclaimer(line: &str) -> bool {
    [
        "disclaimer",
        "analyst certification",
        "important disclosures",
    ]
    .iter()
    .any(|w| {
        line.get(..w.len())
            .is_some_and(|p| p.eq_ignore_ascii_case(w))
    })
}

/// The line without leading and trailing symbols (emoji, bullets, arrows)
/// and trailing punctuation, so "👉Related Updates" and "Recent News:" read
/// as their words. Empty when the line holds no letter or digit.
fn core(line: &str) -> &str {
    let start = line.find(char::is_alphanumeric);
    let end = line
        .char_indices()
        .rev()
        .find(|&(_, c)| c.is_alphanumeric() || c == '*' || c == ')')
        .map(|(i, c)| i + c.len_utf8());
    match (start, end) {
        (Some(a), Some(b)) if a < b => &line[a..b],
        _ => "",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::segment;

    fn marked(text: &str) -> Vec<(&str, bool)> {
        let mut sentences = segment(text);
        mark(text, &mut sentences);
        sentences
            .iter()
            .map(|s| (&text[s.start..s.end], s.boilerplate))
            .collect()
    }

    const ARTICLE: &str = "Amazon will spend $200 billion this year. \
        The plan covers data centres and chips. Analysts were divided. \
        Shares fell 4% after the call. The company declined to comment further.\n\n";

    /// A trailing block, then the lines of it that must be boilerplate.
    const TRAILING: &[(&str, &[&str])] = &[
        // An analyst note's disclosures.
        (
            "Disclosure Section\n\nAs of March 31, 2026, 58% of companies under coverage were rated Overweight.",
            &["Disclosure Section", "As of March 31, 2026, 58% of companies under coverage were rated Overweight."],
        ),
        (
            "Analyst certification: The research analyst responsible for this report certifies the views.",
            &["Analyst certification: The research analyst responsible for this report certifies the views."],
        ),
        (
            "Related topics:\nWhat Are the 3 Best Railroad Stocks to Buy Now?\nDollar Faces Decline",
            &["Related topics:", "What Are the 3 Best Railroad Stocks to Buy Now?", "Dollar Faces Decline"],
        ),
        (
            "Recent News\n\nOpenAI commits $50 million to form NextGenAI consortium\n\nLeading universities join.",
            &["Recent News", "OpenAI commits $50 million to form NextGenAI consortium", "Leading universities join."],
        ),
        (
            "Disclaimer: Investing carries risk. This is not financial advice.\n\nMost Discussed\n\n  1. 1\n  2. 2",
            &["Disclaimer: Investing carries risk.", "This is not financial advice.", "Most Discussed", "1", "2"],
        ),
        (
            "Leave a Reply\n\nYour email address will not be published. Required fields are marked *",
            &["Leave a Reply", "Your email address will not be published.", "Required fields are marked *"],
        ),
        (
            "📰\n\nWeekly AI Recap\n\nRead this week's curated digest →\n\n👉Related Updates\n\nAI-curated news aggregator. All content rights belong to original publishers.",
            &["📰", "Weekly AI Recap", "Read this week's curated digest →", "👉Related Updates", "AI-curated news aggregator.", "All content rights belong to original publishers."],
        ),
        (
            "Sign up for our newsletter to get the latest tech news.\n\nYou May Also Like\n\nNvidia sells $10bn of chips",
            &["Sign up for our newsletter to get the latest tech news.", "You May Also Like", "Nvidia sells $10bn of chips"],
        ),
        (
            "More from Reuters\n\nMeta raises capex to $65bn",
            &["More from Reuters", "Meta raises capex to $65bn"],
        ),
        // A press release's closing sections.
        (
            "About CoreWeave\n\nCoreWeave is the AI Hyperscaler. It raised $1bn.",
            &["About CoreWeave", "CoreWeave is the AI Hyperscaler.", "It raised $1bn."],
        ),
        (
            "Forward-Looking Statements\n\nActual results may differ materially.",
            &["Forward-Looking Statements", "Actual results may differ materially."],
        ),
    ];

    #[test]
    fn trailing_blocks_are_boilerplate() {
        for (tail, expected) in TRAILING {
            let text = format!("{ARTICLE}{tail}");
            let got = marked(&text);
            let article: Vec<_> = got.iter().filter(|(_, b)| !b).map(|(s, _)| *s).collect();
            assert_eq!(article.len(), 5, "tail {tail:?}: article lines {article:?}");
            let furniture: Vec<_> = got.iter().filter(|(_, b)| *b).map(|(s, _)| *s).collect();
            assert_eq!(&furniture, expected, "tail {tail:?}");
        }
    }

    #[test]
    fn navigation_lines_anywhere() {
        let text = "Amazon AI Deals Face Scrutiny\nPostLinkedIn\nRead original on GeekWire\n\nAmazon said capex rises. Share this with a friend if you agree.\n\nAdvertisement\n\nRead more: Intel shares soar 30% on Nvidia deal\n\nThe rest of the story is long enough to put the earlier lines near the top of the text. Analysts read more into it: demand is strong.";
        let got = marked(text);
        let furniture: Vec<_> = got.iter().filter(|(_, b)| *b).map(|(s, _)| *s).collect();
        assert_eq!(
            furniture,
            [
                "PostLinkedIn",
                "Read original on GeekWire",
                "Advertisement",
                "Read more: Intel shares soar 30% on Nvidia deal"
            ]
        );
    }

    #[test]
    fn a_long_line_of_linked_titles_is_furniture() {
        let links = "Related: OpenAI's Stargate site in Michigan adds 1.4GW | CoreWeave signs $14bn Meta expansion | Crusoe raises $1.4bn for Wyoming campus";
        let text = format!("{ARTICLE}\n\n{links}\n\n{ARTICLE}");
        let got = marked(&text);
        let furniture: Vec<_> = got.iter().filter(|(_, b)| *b).map(|(s, _)| *s).collect();
        assert_eq!(furniture, [links]);
    }

    #[test]
    fn a_teaser_above_a_trailing_block_is_furniture() {
        let text = format!(
            "{ARTICLE}\n\nAmazon planning $100 billion AI infrastructure spend in 2025\n\nRecent News\n\nOther story"
        );
        let got = marked(&text);
        let furniture: Vec<_> = got.iter().filter(|(_, b)| *b).map(|(s, _)| *s).collect();
        assert_eq!(
            furniture,
            [
                "Amazon planning $100 billion AI infrastructure spend in 2025",
                "Recent News",
                "Other story"
            ]
        );
        // An article's last sentence ends with a full stop: it stays.
        let text = format!("{ARTICLE}\n\nAmazon plans to spend $100 billion.\n\nRecent News");
        let got = marked(&text);
        assert!(!got[got.len() - 2].1, "{got:?}");
    }

    #[test]
    fn an_early_related_box_does_not_swallow_the_article() {
        let text = format!("Related Articles\n\n{ARTICLE}{ARTICLE}");
        let got = marked(&text);
        assert!(got[0].1);
        assert!(got[1..].iter().all(|(_, b)| !b), "{got:?}");
    }

    #[test]
    fn an_early_related_box_marks_its_linked_titles() {
        let text = format!(
            "Related stories\n\nAmazon to spend $100 billion on AI in 2025\n\nNvidia tops $5tn\n\n{ARTICLE}{ARTICLE}"
        );
        let got = marked(&text);
        assert!(got[..3].iter().all(|(_, b)| *b), "{got:?}");
        assert!(got[3..].iter().all(|(_, b)| !b), "{got:?}");
    }

    #[test]
    fn article_sentences_that_mention_the_words_stay() {
        let text = format!(
            "{ARTICLE}The related costs rose. Comments from analysts were mixed. \
             Most discussed was the $200 billion plan, and subscribers to its Prime service grew."
        );
        assert!(marked(&text).iter().all(|(_, b)| !b));
        // A sentence opening with "About" is prose.
        let text = format!("{ARTICLE}\n\nAbout 70% of sales.\n\nAbout half came from AWS.");
        assert!(marked(&text).iter().all(|(_, b)| !b), "{:?}", marked(&text));
    }
}

//! Case-sensitive lexicon search that reads the text only where a name can
//! begin.
//!
//! A non-anchored Aho-Corasick automaton steps through every byte of the
//! text; with thousands of names it has no prefilter, and that walk was the
//! largest part of company recognition. Names of companies and chips open
//! with a capital, a digit or punctuation nearly always, and those bytes are
//! a few in a hundred of English prose: the names that do are tried
//! anchored at each such byte, and the few that open in lower case ("xAI",
//! "eBay") stay in a small non-anchored automaton, which has a fast
//! prefilter. Merging the two streams gives exactly the matches of one
//! leftmost-longest automaton over all the names.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, Input, MatchKind};

/// A set of 65,536 bits: byte pairs, or hashes of byte triples, that can
/// open a name. Both scanners test one before an anchored search.
#[derive(Debug, Clone)]
struct Bits(Box<[u64; 1024]>);

impl Bits {
    fn new() -> Self {
        Bits(Box::new([0; 1024]))
    }

    fn set(&mut self, i: usize) {
        self.0[i / 64] |= 1 << (i % 64);
    }

    fn has(&self, i: usize) -> bool {
        self.0[i / 64] & (1 << (i % 64)) != 0
    }
}

/// What the first bytes of a text position must be for some name to start
/// there, ASCII case folded: a bit per byte pair, then a hashed bit per
/// byte triple, then per six bytes for the names that long. A position is
/// tried with an anchored automaton search (a hundred times a bit test)
/// only when it passes: most capitals and word starts of a text ("The",
/// "th", "co") open no name.
#[derive(Debug, Clone)]
struct Openers {
    /// The first two bytes of some name (a name of one byte sets every
    /// pair it opens).
    pairs: Bits,
    /// The pairs that open a name of fewer than three bytes.
    short: Bits,
    /// The first three bytes of the longer names, hashed.
    triples: Bits,
    /// The triples that open a name of three to five bytes: at the others
    /// only names of six bytes or more can start.
    mid: Bits,
    /// The first six bytes of the names of six bytes or more, hashed.
    sixes: Bits,
}

impl Openers {
    fn new() -> Self {
        Openers {
            pairs: Bits::new(),
            short: Bits::new(),
            triples: Bits::new(),
            mid: Bits::new(),
            sixes: Bits::new(),
        }
    }

    fn add(&mut self, name: &[u8]) {
        let Some(&b) = name.first() else { return };
        let first = usize::from(b.to_ascii_lowercase()) << 8;
        match name {
            [_] => (0..256).for_each(|c| {
                self.pairs.set(first | c);
                self.short.set(first | c);
            }),
            [_, c] => {
                self.pairs.set(first | usize::from(c.to_ascii_lowercase()));
                self.short.set(first | usize::from(c.to_ascii_lowercase()));
            }
            [a, c, d, rest @ ..] => {
                self.pairs.set(first | usize::from(c.to_ascii_lowercase()));
                self.triples.set(triple(*a, *c, *d));
                match rest {
                    [e, f, g, ..] => self.sixes.set(six([*a, *c, *d, *e, *f, *g])),
                    _ => self.mid.set(triple(*a, *c, *d)),
                }
            }
            [] => {}
        }
    }

    /// Whether some name may start at `p` (a byte past the end reads as 0).
    #[inline]
    fn may_open(&self, bytes: &[u8], p: usize) -> bool {
        let at = |i: usize| bytes.get(i).copied().unwrap_or(0);
        let (b, next) = (at(p), at(p + 1));
        let pair =
            usize::from(b.to_ascii_lowercase()) << 8 | usize::from(next.to_ascii_lowercase());
        if !self.pairs.has(pair) {
            return false;
        }
        if self.short.has(pair) {
            return true;
        }
        let t = triple(b, next, at(p + 2));
        if !self.triples.has(t) {
            return false;
        }
        if self.mid.has(t) {
            return true;
        }
        match bytes.get(p..p + 6) {
            Some(head) => head.try_into().is_ok_and(|h| self.sixes.has(six(h))),
            None => false,
        }
    }
}

/// A leftmost-longest, non-overlapping matcher over a set of names.
#[derive(Debug, Clone)]
pub struct Scanner {
    /// Names opening with anything but an ASCII lower-case letter, tried
    /// anchored where `opens` allows.
    anchored: Trie,
    anchored_ids: Vec<usize>,
    /// What the anchored names open with: most capitals in a text open
    /// none, and this turns them away before the automaton.
    opens: Openers,
    /// The first bytes of the anchored names, for the tight loop that
    /// skips to them.
    firsts: [bool; 256],
    /// Names opening with an ASCII lower-case letter, if any (an automaton
    /// without names still walks every byte).
    rest: Option<AhoCorasick>,
    rest_ids: Vec<usize>,
}

/// Names for anchored look-ups: the longest one that opens a text. A byte
/// trie built from the sorted names, its edges in one array: every search
/// is anchored, so it needs none of an automaton's failure links, whose
/// computation was most of the first call's cost with thousands of names.
#[derive(Debug, Clone)]
struct Trie {
    nodes: Vec<TrieNode>,
    /// (byte, child node), each node's edges together and sorted.
    edges: Vec<(u8, u32)>,
}

#[derive(Debug, Clone, Copy)]
struct TrieNode {
    first_edge: u32,
    edge_count: u32,
    /// The index of the name ending here (the first given, among equal
    /// names), or `NO_NAME`.
    name: u32,
}

const NO_NAME: u32 = u32::MAX;

impl Trie {
    fn new(names: &[&str]) -> Trie {
        let mut order: Vec<u32> = (0..names.len() as u32).collect();
        // Sorted by bytes, equal names by index: the first given comes first.
        order.sort_by(|&a, &b| {
            names[a as usize]
                .as_bytes()
                .cmp(names[b as usize].as_bytes())
                .then(a.cmp(&b))
        });
        let key = |k: usize| names[order[k] as usize].as_bytes();
        let mut nodes = vec![TrieNode {
            first_edge: 0,
            edge_count: 0,
            name: NO_NAME,
        }];
        let mut edges: Vec<(u8, u32)> = Vec::new();
        // (node, names [lo, hi) that share its prefix, prefix length).
        let mut stack = vec![(0usize, 0usize, order.len(), 0usize)];
        while let Some((node, lo, hi, depth)) = stack.pop() {
            let mut i = lo;
            // A name that ends here sorts before the longer ones.
            while i < hi && key(i).len() == depth {
                if nodes[node].name == NO_NAME {
                    nodes[node].name = order[i];
                }
                i += 1;
            }
            nodes[node].first_edge = edges.len() as u32;
            let mut count = 0;
            while i < hi {
                let b = key(i)[depth];
                let mut j = i + 1;
                while j < hi && key(j)[depth] == b {
                    j += 1;
                }
                let child = nodes.len();
                nodes.push(TrieNode {
                    first_edge: 0,
                    edge_count: 0,
                    name: NO_NAME,
                });
                edges.push((b, child as u32));
                stack.push((child, i, j, depth + 1));
                count += 1;
                i = j;
            }
            nodes[node].edge_count = count;
        }
        Trie { nodes, edges }
    }

    /// The longest name that `bytes` opens with: its length and index.
    fn longest(&self, bytes: &[u8]) -> Option<(usize, usize)> {
        self.longest_by(bytes, |b| b, |_| true)
    }

    /// The longest name at the start of `text[p..]`, ignoring ASCII case,
    /// after which a word ends: "invest INR 2,000 crore" holds "invest",
    /// though "invest in" is longer.
    #[inline]
    fn longest_word_folded(&self, text: &str, p: usize) -> Option<(usize, usize)> {
        let bytes = &text.as_bytes()[p..];
        let ends_word = |len: usize| match bytes.get(len) {
            None => true,
            Some(&n) if n < 0x80 => !n.is_ascii_alphanumeric(),
            // (A name that ends inside a character matches no text.)
            Some(_) => text
                .get(p + len..)
                .is_some_and(|r| r.chars().next().is_none_or(|c| !c.is_alphanumeric())),
        };
        self.longest_by(bytes, |b| b.to_ascii_lowercase(), ends_word)
    }

    /// The longest name `bytes` open with, read through `fold`, of a
    /// length `fits`.
    #[inline(always)]
    fn longest_by(
        &self,
        bytes: &[u8],
        fold: impl Fn(u8) -> u8,
        fits: impl Fn(usize) -> bool,
    ) -> Option<(usize, usize)> {
        let mut node = self.nodes[0];
        let mut best = None;
        for (i, b) in bytes.iter().map(|&b| fold(b)).enumerate() {
            let from = node.first_edge as usize;
            let edges = &self.edges[from..from + node.edge_count as usize];
            let Ok(k) = edges.binary_search_by_key(&b, |e| e.0) else {
                break;
            };
            node = self.nodes[edges[k].1 as usize];
            if node.name != NO_NAME && fits(i + 1) {
                best = Some((i + 1, node.name as usize));
            }
            if node.edge_count == 0 {
                break;
            }
        }
        best
    }
}

/// One occurrence: byte span and the index of the name in the list given
/// to [`Scanner::new`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    pub start: usize,
    pub end: usize,
    pub pattern: usize,
}

impl Scanner {
    pub fn new<'p>(
        names: impl IntoIterator<Item = &'p str>,
    ) -> Result<Self, aho_corasick::BuildError> {
        let mut opens = Openers::new();
        let mut firsts = [false; 256];
        let (mut upper, mut upper_ids, mut lower, mut lower_ids) =
            (Vec::new(), Vec::new(), Vec::new(), Vec::new());
        for (i, name) in names.into_iter().enumerate() {
            match name.as_bytes().first() {
                // An empty name never matches in one automaton either.
                None => {}
                Some(b) if b.is_ascii_lowercase() => {
                    lower.push(name);
                    lower_ids.push(i);
                }
                Some(&b) => {
                    firsts[usize::from(b)] = true;
                    opens.add(name.as_bytes());
                    upper.push(name);
                    upper_ids.push(i);
                }
            }
        }
        let anchored = Trie::new(&upper);
        let rest = if lower.is_empty() {
            None
        } else {
            Some(
                AhoCorasickBuilder::new()
                    .match_kind(MatchKind::LeftmostLongest)
                    .build(lower)?,
            )
        };
        Ok(Scanner {
            anchored,
            anchored_ids: upper_ids,
            opens,
            firsts,
            rest,
            rest_ids: lower_ids,
        })
    }

    /// Every occurrence, left to right, none overlapping; where several
    /// names start at one place, the longest.
    pub fn find_iter<'s, 't>(&'s self, text: &'t str) -> impl Iterator<Item = Hit> + use<'s, 't> {
        let mut pos = 0;
        let mut rest: Option<Option<Hit>> = None;
        std::iter::from_fn(move || {
            if pos > text.len() {
                return None;
            }
            // The leftmost lower-case name from `pos`; still valid while it
            // starts at or after `pos`.
            if rest.is_some_and(|r| r.is_some_and(|h| h.start < pos)) {
                rest = None;
            }
            let r = *rest.get_or_insert_with(|| self.find_rest(text, pos));
            let limit = r.map_or(text.len(), |h| h.start);
            // Where both could start, the first byte tells which set has
            // the name, so the earlier start wins outright.
            let hit = match self.find_anchored(text, pos, limit) {
                Some(u) => Some(u),
                None => r,
            }?;
            pos = hit.end.max(hit.start + 1);
            Some(hit)
        })
    }

    fn find_rest(&self, text: &str, pos: usize) -> Option<Hit> {
        let m = self.rest.as_ref()?.find(Input::new(text).range(pos..))?;
        Some(Hit {
            start: m.start(),
            end: m.end(),
            pattern: self.rest_ids[m.pattern().as_usize()],
        })
    }

    /// The first name starting in `[pos, limit)` (the longest there).
    fn find_anchored(&self, text: &str, pos: usize, limit: usize) -> Option<Hit> {
        let bytes = &text.as_bytes()[..limit.min(text.len())];
        let mut p = pos;
        while p < bytes.len() {
            // Skip to the next byte that opens a name.
            match first_marked(&bytes[p..], &self.firsts) {
                Some(k) => p += k,
                None => return None,
            }
            // The name may run past `limit`: its bytes are read in `text`.
            if self.opens.may_open(text.as_bytes(), p) {
                if let Some((len, id)) = self.anchored.longest(&text.as_bytes()[p..]) {
                    return Some(Hit {
                        start: p,
                        end: p + len,
                        pattern: self.anchored_ids[id],
                    });
                }
            }
            p += 1;
        }
        None
    }
}

/// The position of the first byte `marks` holds. Eight bytes are tested
/// at once, their table entries or-ed without a branch: names open at a
/// few bytes in a hundred, so most runs of eight hold none and cost one
/// branch instead of eight.
fn first_marked(bytes: &[u8], marks: &[bool; 256]) -> Option<usize> {
    let mark = |b: u8| marks[usize::from(b)];
    let mut chunks = bytes.chunks_exact(8);
    let mut at = 0;
    for c in &mut chunks {
        let any = mark(c[0])
            | mark(c[1])
            | mark(c[2])
            | mark(c[3])
            | mark(c[4])
            | mark(c[5])
            | mark(c[6])
            | mark(c[7]);
        if any {
            break;
        }
        at += 8;
    }
    bytes[at..].iter().position(|&b| mark(b)).map(|k| at + k)
}

/// ASCII letters and digits, as a table for the loops that skip words.
static ASCII_ALNUM: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    while i < 256 {
        t[i] = (i as u8).is_ascii_alphanumeric();
        i += 1;
    }
    t
};

/// A bit index for three bytes, ASCII case folded.
fn triple(a: u8, b: u8, c: u8) -> usize {
    let [a, b, c] = [a, b, c].map(|x| usize::from(x.to_ascii_lowercase()));
    (a * 961 + b * 31 + c) & 0xFFFF
}

/// A bit index for six bytes, ASCII case folded.
fn six(bytes: [u8; 6]) -> usize {
    let h = bytes.iter().fold(0u32, |h, &b| {
        h.wrapping_mul(0x0100_0193) ^ u32::from(b.to_ascii_lowercase())
    });
    (h ^ (h >> 16)) as usize & 0xFFFF
}

/// Phrase search ignoring ASCII case, for the phrase tables of claims
/// (predicate triggers, referring phrases, modality cues): a phrase counts
/// only as whole words, so it is looked for only where a word can begin
/// (no letter or digit just before), and kept when a word can end after
/// it. Word starts are a fifth of the bytes of prose, and the first two
/// bytes turn most of them away; a case-folding automaton over every byte
/// cost several times more.
#[derive(Debug, Clone)]
pub struct WordScanner {
    /// The phrases in ASCII lower case, read with the text folded alike:
    /// an anchored automaton search cost several times a trie walk for
    /// the few bytes a phrase is tried on.
    phrases: Trie,
    /// What the phrases open with.
    opens: Openers,
    /// The first bytes of the phrases, in both cases.
    firsts: [bool; 256],
}

impl WordScanner {
    pub fn new<'p>(phrases: impl IntoIterator<Item = &'p str>) -> Self {
        let mut opens = Openers::new();
        let mut firsts = [false; 256];
        let mut lower = Vec::new();
        for phrase in phrases {
            lower.push(phrase.to_ascii_lowercase());
            let Some(&b) = phrase.as_bytes().first() else {
                continue;
            };
            firsts[usize::from(b.to_ascii_lowercase())] = true;
            firsts[usize::from(b.to_ascii_uppercase())] = true;
            opens.add(phrase.as_bytes());
        }
        let lower: Vec<&str> = lower.iter().map(String::as_str).collect();
        WordScanner {
            phrases: Trie::new(&lower),
            opens,
            firsts,
        }
    }

    /// Every phrase standing as whole words, left to right, none
    /// overlapping: at each place a word can begin, the longest phrase
    /// there after which a word ends.
    ///
    /// The places are read 64 bytes at a time into a bit mask (a byte that
    /// opens a phrase, after one that is no ASCII letter or digit), without
    /// a branch per byte: a byte-by-byte search stopped at every third or
    /// fourth byte of prose and mispredicted its exits, and was half of this
    /// scanner's time. A place after a non-ASCII byte is a candidate and
    /// checked exactly.
    pub fn find_iter<'s, 't>(&'s self, text: &'t str) -> impl Iterator<Item = Hit> + use<'s, 't> {
        let bytes = text.as_bytes();
        // Where the search may go on from: the end of the last hit.
        let mut p = 0;
        let mut base = 0;
        let mut mask = self.candidates(bytes, 0);
        std::iter::from_fn(move || loop {
            while mask == 0 {
                base += 64;
                if base >= bytes.len() {
                    return None;
                }
                mask = self.candidates(bytes, base);
            }
            let q = base + mask.trailing_zeros() as usize;
            mask &= mask - 1;
            if q < p {
                continue;
            }
            let starts_word = match q.checked_sub(1).map(|i| bytes[i]) {
                Some(b) if b >= 0x80 => !text[..q]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_alphanumeric),
                _ => true,
            };
            if starts_word {
                if let Some(hit) = self.at(text, q) {
                    p = hit.end.max(q + 1);
                    return Some(hit);
                }
            }
        })
    }

    /// Bit `i` set when byte `base + i` opens a phrase and the byte before
    /// it is no ASCII letter or digit.
    #[inline]
    fn candidates(&self, bytes: &[u8], base: usize) -> u64 {
        let Some(block) = bytes.get(base..(base + 64).min(bytes.len())) else {
            return 0;
        };
        let mut prev = base.checked_sub(1).map_or(b' ', |i| bytes[i]);
        let mut mask = 0u64;
        for (i, &b) in block.iter().enumerate() {
            let open = self.firsts[usize::from(b)] & !ASCII_ALNUM[usize::from(prev)];
            mask |= u64::from(open) << i;
            prev = b;
        }
        mask
    }

    /// The longest phrase starting at `p` after which a word ends.
    #[inline]
    fn at(&self, text: &str, p: usize) -> Option<Hit> {
        if !self.opens.may_open(text.as_bytes(), p) {
            return None;
        }
        let (len, pattern) = self.phrases.longest_word_folded(text, p)?;
        Some(Hit {
            start: p,
            end: p + len,
            pattern,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A text of `words` picked by index, each cut to its first bytes when
    /// more than `min` remain (near misses) and followed by a separator.
    fn cut_and_join(words: &[String], picks: &[(usize, usize, String)], min: usize) -> String {
        picks
            .iter()
            .map(|(i, cut, sep)| {
                let w = &words[i % words.len()];
                let cut = crate::numbers::floor_char_boundary(w, *cut);
                format!("{}{sep}", if cut > min { &w[..cut] } else { w })
            })
            .collect()
    }

    /// The scanner's matches, and those of one leftmost-longest automaton.
    fn both(names: &[&str], text: &str) -> (Vec<Hit>, Vec<Hit>) {
        let got = Scanner::new(names.iter().copied())
            .expect("builds")
            .find_iter(text)
            .collect();
        let one = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .build(names)
            .expect("builds");
        let want = one
            .find_iter(text)
            .map(|m| Hit {
                start: m.start(),
                end: m.end(),
                pattern: m.pattern().as_usize(),
            })
            .collect();
        (got, want)
    }

    #[test]
    fn finds_what_one_automaton_finds() {
        let names = [
            "Amazon",
            "Amazon Web Services",
            "AWS",
            "xAI",
            "eBay",
            "3M",
            "Meta",
            "a16z",
            "Nvidia",
            "OpenAI",
            "(not a company)",
        ];
        for text in [
            "Amazon Web Services and xAI; eBay, 3M and Meta. OpenAIxAI a16z",
            "xAIAmazon eBayeBay AmazonAWS",
            "",
            "no names here at all",
            "Ünïcödé Amazon ümlaut xAI",
            "(not a company) Nvidia",
        ] {
            let (got, want) = both(&names, text);
            assert_eq!(got, want, "{text:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn agrees_with_one_automaton(
            names in proptest::collection::vec("[aAbB1(é][abAB ]{0,3}", 1..12),
            text in "[aAbB1(é ]{0,60}",
        ) {
            let names: Vec<&str> = names.iter().map(String::as_str).collect();
            let (got, want) = both(&names, &text);
            proptest::prop_assert_eq!(got, want);
        }

        /// Texts made of the names themselves, whole, cut and joined, so
        /// that names of three to nine bytes (which the triple and six-byte
        /// filters guard) are met often, and near misses of them too.
        #[test]
        fn finds_long_names_as_one_automaton_does(
            names in proptest::collection::vec("[AbB1(é][abAB é-]{2,8}", 1..8),
            picks in proptest::collection::vec((0usize..8, 0usize..12, "[ aB,-]{0,2}"), 0..30),
        ) {
            let text = cut_and_join(&names, &picks, 1);
            let names: Vec<&str> = names.iter().map(String::as_str).collect();
            let (got, want) = both(&names, &text);
            proptest::prop_assert_eq!(got, want);
        }
    }

    /// What [`WordScanner`] promises, written out plainly: at each char
    /// with no letter or digit before it, the longest phrase equal to the
    /// text there ignoring ASCII case and followed by no letter or digit;
    /// kept, and skipped over.
    fn words_naive(phrases: &[&str], text: &str) -> Vec<Hit> {
        let bytes = text.as_bytes();
        let alnum_before = |p: usize| {
            text[..p]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric)
        };
        let (mut out, mut p) = (Vec::new(), 0);
        while p < text.len() {
            let longest = (!alnum_before(p))
                .then(|| {
                    phrases
                        .iter()
                        .enumerate()
                        .filter(|(_, f)| {
                            !f.is_empty()
                                && bytes
                                    .get(p..p + f.len())
                                    .is_some_and(|b| b.eq_ignore_ascii_case(f.as_bytes()))
                                && text.get(p + f.len()..).is_some_and(|r| {
                                    !r.chars().next().is_some_and(char::is_alphanumeric)
                                })
                        })
                        .max_by_key(|(i, f)| (f.len(), std::cmp::Reverse(*i)))
                })
                .flatten();
            match longest {
                Some((i, f)) => {
                    out.push(Hit {
                        start: p,
                        end: p + f.len(),
                        pattern: i,
                    });
                    p += f.len();
                }
                _ => p += text[p..].chars().next().map_or(1, char::len_utf8),
            }
        }
        out
    }

    #[test]
    fn word_scanner_finds_whole_words_ignoring_case() {
        let phrases = [
            "capital expenditure",
            "capital",
            "spend",
            "the company",
            "it",
            "–",
            "é",
        ];
        let scanner = WordScanner::new(phrases);
        for text in [
            "Capital Expenditure rose; the COMPANY will spend it.",
            "overspend capitals spending it's item",
            "a – b –c é éa",
            "",
        ] {
            let got: Vec<Hit> = scanner.find_iter(text).collect();
            assert_eq!(got, words_naive(&phrases, text), "{text:?}");
        }
        let got: Vec<&str> = scanner
            .find_iter("Capital Expenditure rose; overspend, SPEND")
            .map(|h| &"Capital Expenditure rose; overspend, SPEND"[h.start..h.end])
            .collect();
        assert_eq!(got, ["Capital Expenditure", "SPEND"]);
        // A longer phrase glued to a word gives way to a shorter one.
        let scanner = WordScanner::new(["invest", "invest in"]);
        let text = "invest INR 20 crore, invest in it";
        let got: Vec<&str> = scanner
            .find_iter(text)
            .map(|h| &text[h.start..h.end])
            .collect();
        assert_eq!(got, ["invest", "invest in"]);
    }

    proptest::proptest! {
        /// The eight-at-a-time skip finds the first marked byte.
        #[test]
        fn first_marked_is_the_first_marked_byte(
            bytes in proptest::collection::vec(proptest::sample::select(vec![b'a', b'B', b' ', 0xC3, b'7']), 0..40),
            marked in proptest::collection::vec(proptest::sample::select(vec![b'a', b'B', b' ', 0xC3, b'7']), 0..3),
        ) {
            let mut marks = [false; 256];
            for &b in &marked {
                marks[usize::from(b)] = true;
            }
            let want = bytes.iter().position(|&b| marks[usize::from(b)]);
            proptest::prop_assert_eq!(first_marked(&bytes, &marks), want);
        }

        #[test]
        fn word_scanner_agrees_with_its_definition(
            phrases in proptest::collection::vec("[aAbB1 (é-][abAB é-]{0,3}|[aA][bB ]{4,7}", 1..12),
            // Past 64 bytes, so that places fall on both sides of the
            // scanner's block boundaries.
            text in "[aAbB1(é -]{0,200}",
        ) {
            let phrases: Vec<&str> = phrases.iter().map(String::as_str).collect();
            let got: Vec<Hit> = WordScanner::new(phrases.iter().copied()).find_iter(&text).collect();
            proptest::prop_assert_eq!(got, words_naive(&phrases, &text));
        }

        /// Texts made of the phrases themselves, cut and joined, so the
        /// longer ones (which the six-byte filter guards) are met often.
        #[test]
        fn word_scanner_finds_long_phrases_as_defined(
            phrases in proptest::collection::vec("[aAbB][abAB é-]{2,9}", 1..8),
            picks in proptest::collection::vec((0usize..8, 0usize..12, "[ aB,-]{0,2}"), 0..30),
        ) {
            let text = cut_and_join(&phrases, &picks, 2);
            let phrases: Vec<&str> = phrases.iter().map(String::as_str).collect();
            let got: Vec<Hit> = WordScanner::new(phrases.iter().copied()).find_iter(&text).collect();
            proptest::prop_assert_eq!(got, words_naive(&phrases, &text));
        }
    }
}

//! The token stream date phrases are read from: runs of letters and digits
//! ("Q4", "FY2025", "2020s", "Trainium2" stay whole, so a chip name never
//! yields a year) and single punctuation characters, with whether space
//! came before each. One pass over the text.

#[derive(Debug, Clone, Copy)]
pub struct Tok<'a> {
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
    /// Whitespace (or the start of the text) separates it from the token before.
    pub spaced: bool,
}

/// The token tests are called at nearly every token of the date grammar:
/// marked `#[inline]` so that how the crate is cut into code-generation
/// units does not decide whether they are inlined (a module split moved
/// them out of line once, for 11 instructions a byte).
impl Tok<'_> {
    /// Case-insensitive word comparison.
    #[inline(always)]
    pub fn is(&self, w: &str) -> bool {
        self.text.eq_ignore_ascii_case(w)
    }

    // Always: `#[inline]` alone left it out of line once more when other
    // modules changed (20 million instructions on 3 MB).
    #[inline(always)]
    pub fn is_any(&self, words: &[&str]) -> bool {
        // A plain loop: the iterator's `any` was left out of line once.
        for w in words {
            if self.is(w) {
                return true;
            }
        }
        false
    }

    #[inline]
    pub fn is_digits(&self) -> bool {
        !self.text.is_empty() && self.text.bytes().all(|b| b.is_ascii_digit())
    }

    #[inline]
    pub fn is_punct(&self, c: char) -> bool {
        self.text.len() == c.len_utf8() && self.text.starts_with(c)
    }

    /// Dashes that join ranges and compound words.
    #[inline]
    pub fn is_dash(&self) -> bool {
        self.is_punct('-') || self.is_punct('–') || self.is_punct('—')
    }

    /// A dash or apostrophe glued to the word before: "year-end",
    /// "decade's end".
    #[inline]
    pub fn is_glued_joiner(&self) -> bool {
        !self.spaced && (self.is_dash() || self.is_punct('\'') || self.is_punct('’'))
    }

    #[inline]
    pub fn lower(&self) -> Lower {
        Lower::of(self.text)
    }

    #[inline]
    pub fn capitalized(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
    }
}

/// A word in ASCII lower case, kept on the stack: the grammar lower-cases
/// most tokens it looks at, and a heap string per look was a tenth of the
/// pipeline's time. Words longer than the buffer (no date word is) read as
/// the empty string.
#[derive(Clone, Copy)]
pub struct Lower {
    buf: [u8; 16],
    len: u8,
}

impl Lower {
    #[inline]
    pub fn of(s: &str) -> Self {
        let mut buf = [0u8; 16];
        let len = if s.len() <= buf.len() {
            buf[..s.len()].copy_from_slice(s.as_bytes());
            buf[..s.len()].make_ascii_lowercase();
            s.len() as u8
        } else {
            0
        };
        Lower { buf, len }
    }

    #[inline]
    pub fn as_str(&self) -> &str {
        // ASCII lower-casing of whole UTF-8 text stays UTF-8.
        std::str::from_utf8(&self.buf[..usize::from(self.len)]).unwrap_or("")
    }
}

impl std::ops::Deref for Lower {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

/// How the tokenizer reads a byte: ASCII by this table, one load a byte
/// (the classification calls were a third of tokenizing); other bytes open
/// a character that is decoded.
const PUNCT: u8 = 0;
const ALNUM: u8 = 1;
const SPACE: u8 = 2;
const WIDE: u8 = 3;

static CLASS: [u8; 256] = {
    let mut t = [WIDE; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = if c.is_ascii_alphanumeric() {
            ALNUM
        } else if c.is_ascii_whitespace() || c == 0x0b {
            SPACE
        } else {
            PUNCT
        };
        b += 1;
    }
    t
};

/// The tokens of `text[range]` (`range` on character boundaries), with
/// offsets into the whole `text`.
pub fn tokenize(text: &str, range: std::ops::Range<usize>) -> Vec<Tok<'_>> {
    // English prose runs about one token (word or punctuation) per four
    // bytes; reserving that spares the vector's regrowth copies.
    let mut out = Vec::with_capacity(range.len() / 4 + 1);
    let bytes = &text.as_bytes()[..range.end];
    let mut word_start: Option<usize> = None;
    let mut spaced = true;
    let mut i = range.start;
    while i < bytes.len() {
        let class = CLASS[usize::from(bytes[i])];
        if class == ALNUM {
            // A run of ASCII letters and digits in one tight loop.
            word_start.get_or_insert(i);
            i += 1;
            while i < bytes.len() && CLASS[usize::from(bytes[i])] == ALNUM {
                i += 1;
            }
            continue;
        }
        let (len, class) = if class == WIDE {
            let Some(c) = text[i..range.end].chars().next() else {
                break;
            };
            let class = if c.is_alphanumeric() {
                ALNUM
            } else if c.is_whitespace() {
                SPACE
            } else {
                PUNCT
            };
            (c.len_utf8(), class)
        } else {
            (1, class)
        };
        if class == ALNUM {
            word_start.get_or_insert(i);
            i += len;
            continue;
        }
        if let Some(s) = word_start.take() {
            out.push(Tok {
                start: s,
                end: i,
                text: &text[s..i],
                spaced,
            });
            spaced = false;
        }
        if class == SPACE {
            spaced = true;
        } else {
            out.push(Tok {
                start: i,
                end: i + len,
                text: &text[i..i + len],
                spaced,
            });
            spaced = false;
        }
        i += len;
    }
    if let Some(s) = word_start {
        out.push(Tok {
            start: s,
            end: range.end,
            text: &text[s..range.end],
            spaced,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (text, spaced) of each token.
    fn toks(text: &str) -> Vec<(&str, bool)> {
        tokenize(text, 0..text.len())
            .iter()
            .map(|t| (t.text, t.spaced))
            .collect()
    }

    #[test]
    fn words_digits_and_punctuation() {
        assert_eq!(
            toks("Q4 FY2025, Trainium2—über\u{b}x 2020s."),
            vec![
                ("Q4", true),
                ("FY2025", true),
                (",", false),
                ("Trainium2", true),
                ("—", false),
                ("über", false),
                ("x", true),
                ("2020s", true),
                (".", false),
            ]
        );
        // Non-ASCII letters and digits join a word; other spaces separate.
        assert_eq!(
            toks("Zürich\u{a0}Ω7 ١٢"),
            vec![("Zürich", true), ("Ω7", true), ("١٢", true)]
        );
        assert_eq!(toks(""), vec![]);
    }

    #[test]
    fn a_range_keeps_offsets_of_the_whole_text() {
        let text = "in May 2025 and June";
        let got: Vec<_> = tokenize(text, 3..11)
            .iter()
            .map(|t| (t.start, t.end, t.text))
            .collect();
        assert_eq!(got, vec![(3, 6, "May"), (7, 11, "2025")]);
    }
}

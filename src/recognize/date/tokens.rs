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

impl Tok<'_> {
    /// Case-insensitive word comparison.
    pub fn is(&self, w: &str) -> bool {
        self.text.eq_ignore_ascii_case(w)
    }

    pub fn is_any(&self, words: &[&str]) -> bool {
        words.iter().any(|w| self.is(w))
    }

    pub fn is_digits(&self) -> bool {
        !self.text.is_empty() && self.text.bytes().all(|b| b.is_ascii_digit())
    }

    pub fn is_punct(&self, c: char) -> bool {
        self.text.len() == c.len_utf8() && self.text.starts_with(c)
    }

    /// Dashes that join ranges and compound words.
    pub fn is_dash(&self) -> bool {
        self.is_punct('-') || self.is_punct('–') || self.is_punct('—')
    }

    pub fn lower(&self) -> Lower {
        Lower::of(self.text)
    }

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
        // ASCII is classified on the byte; only other characters are decoded.
        let b = bytes[i];
        let (len, alnum, space) = if b.is_ascii() {
            (
                1,
                b.is_ascii_alphanumeric(),
                b.is_ascii_whitespace() || b == 0x0b,
            )
        } else {
            let Some(c) = text[i..range.end].chars().next() else {
                break;
            };
            (c.len_utf8(), c.is_alphanumeric(), c.is_whitespace())
        };
        if alnum {
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
        if space {
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

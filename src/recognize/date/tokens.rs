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

    pub fn capitalized(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
    }
}

pub fn tokenize(text: &str) -> Vec<Tok<'_>> {
    let mut out = Vec::new();
    let mut word_start: Option<usize> = None;
    let mut spaced = true;
    for (i, c) in text.char_indices() {
        if c.is_alphanumeric() {
            word_start.get_or_insert(i);
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
        if c.is_whitespace() {
            spaced = true;
        } else {
            let end = i + c.len_utf8();
            out.push(Tok {
                start: i,
                end,
                text: &text[i..end],
                spaced,
            });
            spaced = false;
        }
    }
    if let Some(s) = word_start {
        out.push(Tok {
            start: s,
            end: text.len(),
            text: &text[s..],
            spaced,
        });
    }
    out
}

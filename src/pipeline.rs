//! The pipeline over one text, a section at a time.
//!
//! Recognition's working data (numerals, candidates) is several times the
//! size of the text it reads, and the mentions it leaves are several times
//! more again. A text longer than the section size (4 MiB unless
//! configured) is therefore cut between paragraphs into sections of about
//! that size, and each section is recognized on its own; its mentions are
//! final when it is done. Sentences, boilerplate and the reference date are
//! those of the whole text, and claims are assembled section by section
//! with what one sentence hands the next carried across the cuts. So a
//! [`StreamedAnalysis`] can be written out holding one section's mentions
//! at a time, and an article (far below a section) is analysed exactly as
//! a whole.
//!
//! What a cut changes, for texts above the section size only: a name a
//! section introduces by rule ("Foo Holdings Inc." and later "Foo") is
//! recognized again within that section only, and no recognizer looks
//! across a cut, which lies at a blank line (inside a paragraph only when
//! the paragraph is over twice the section size).

use std::borrow::Cow;
use std::cell::RefCell;
use std::convert::Infallible;
use std::ops::Range;

use jiff::civil::Date;
use serde::ser::{SerializeSeq, SerializeStruct};
use serde::{Serialize, Serializer};

use crate::analysis::{Analysis, Claim, Mention, Sentence, SCHEMA_VERSION};
use crate::claims::Assembler;
use crate::numbers::Numeral;
use crate::recognize::{self, Context};
use crate::{boilerplate, numbers, segment, Extractor};

/// Default section size: a long filing or a book chapter is still read
/// as a whole, and recognition's working memory stays in the tens of
/// megabytes.
pub const DEFAULT_SECTION_BYTES: usize = 4 << 20;

/// A document segmented and dated, whose mentions and claims are found
/// when it is serialized or turned into an [`Analysis`].
///
/// Serializing it (with `serde_json`, say) writes exactly what serializing
/// the [`Analysis`] of the same text would, while holding only one
/// section's mentions at a time: for inputs of tens or hundreds of
/// megabytes, written straight to a file or a pipe. The sequence of
/// mentions is written without a length up front, so formats that need
/// one (bincode) should serialize [`StreamedAnalysis::into_analysis`].
/// Each serialization runs the recognizers again.
#[derive(Debug)]
pub struct StreamedAnalysis {
    extractor: Extractor,
    text: String,
    reference_date: Option<Date>,
    repairs: Vec<String>,
    title: Option<String>,
    sentences: Vec<Sentence>,
    sections: Vec<Section>,
    /// The numerals of the first section, read for the reference date and
    /// kept for recognition (an article is one section: read once).
    first_numerals: Vec<Numeral>,
}

/// A run of whole sentences and the bytes from its first to the next
/// section's first.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Section {
    bytes: Range<usize>,
    sentences: Range<usize>,
}

impl StreamedAnalysis {
    /// Segments and dates a text that passed the input checks. `doc_date`
    /// is a date the source format gave (HTML metadata); the extractor's
    /// configured date wins over it, and it over the text's own.
    pub(crate) fn new(
        extractor: &Extractor,
        text: String,
        repairs: Vec<String>,
        doc_date: Option<Date>,
    ) -> Self {
        let sentences = if text.trim().is_empty() {
            Vec::new()
        } else {
            let mut sentences = segment::segment(&text);
            boilerplate::mark(&text, &mut sentences);
            sentences
        };
        let sections = sections(&sentences, text.len(), extractor.settings().section_bytes);
        let (first_numerals, read_to) = match sections.first() {
            Some(first) => (
                numbers::numerals(&text[first.bytes.clone()]),
                first.bytes.end,
            ),
            None => (Vec::new(), 0),
        };
        let reference_date = extractor
            .reference_date()
            .or(doc_date)
            .or_else(|| recognize::date::reference_date_in(&text, &first_numerals, read_to));
        StreamedAnalysis {
            extractor: extractor.clone(),
            text,
            reference_date,
            repairs,
            title: None,
            sentences,
            sections,
            first_numerals,
        }
    }

    pub(crate) fn with_title(mut self, title: Option<String>) -> Self {
        self.title = title;
        self
    }

    /// The text being analysed, after repair; every span points into it.
    pub fn text(&self) -> &str {
        &self.text
    }

    pub fn sentences(&self) -> &[Sentence] {
        &self.sentences
    }

    pub fn reference_date(&self) -> Option<Date> {
        self.reference_date
    }

    /// Runs the recognizers and claims over the whole text.
    pub fn into_analysis(self) -> Analysis {
        let mut mentions = Vec::new();
        let claims = match self.for_each_section(|section| {
            // An article is one section: its vector is kept, not copied.
            if mentions.is_empty() {
                mentions = section;
            } else {
                mentions.extend(section);
            }
            Ok::<(), Infallible>(())
        }) {
            Ok(claims) => claims,
            Err(never) => match never {},
        };
        Analysis {
            schema_version: SCHEMA_VERSION,
            text: self.text,
            reference_date: self.reference_date,
            repairs: self.repairs,
            title: self.title,
            sentences: self.sentences,
            mentions,
            claims,
        }
    }

    /// Recognizes section after section, handing each one's mentions to
    /// `each` in text order, and returns the claims, whose mention indices
    /// count across sections as in the [`Analysis`]: for a caller that
    /// stores or indexes mentions as they come instead of holding them. An
    /// error from `each` stops the run and is returned.
    pub fn for_each_section<E>(
        &self,
        mut each: impl FnMut(Vec<Mention>) -> Result<(), E>,
    ) -> Result<Vec<Claim>, E> {
        let settings = self.extractor.settings();
        let mut assembler = settings
            .claims
            .then(|| Assembler::telling_acquisitions(settings.acquisitions));
        let whole = Context {
            text: &self.text,
            sentences: &self.sentences,
            numerals: &[],
            reference_date: self.reference_date,
            lexicons: &settings.lexicons,
        };
        let mut base = 0;
        for (i, section) in self.sections.iter().enumerate() {
            let mentions = self.recognize(section, (i == 0).then_some(&self.first_numerals[..]));
            if let Some(assembler) = &mut assembler {
                assembler.add(&whole, section.sentences.clone(), &mentions, base);
            }
            base += mentions.len();
            each(mentions)?;
        }
        Ok(assembler.map(Assembler::finish).unwrap_or_default())
    }

    /// The mentions of one section, placed in the whole text; `numerals`
    /// are the section's when they were read before.
    fn recognize(&self, section: &Section, numerals: Option<&[Numeral]>) -> Vec<Mention> {
        let settings = self.extractor.settings();
        let offset = section.bytes.start;
        let text = &self.text[section.bytes.clone()];
        let sentences: Cow<[Sentence]> = if offset == 0 {
            Cow::Borrowed(&self.sentences[section.sentences.clone()])
        } else {
            self.sentences[section.sentences.clone()]
                .iter()
                .map(|s| Sentence {
                    start: s.start - offset,
                    end: s.end - offset,
                    ..s.clone()
                })
                .collect()
        };
        let read;
        let numerals = match numerals {
            Some(n) => n,
            None => {
                read = numbers::numerals(text);
                &read
            }
        };
        let ctx = Context {
            text,
            sentences: &sentences,
            numerals,
            reference_date: self.reference_date,
            lexicons: &settings.lexicons,
        };
        let candidates = recognize::run_all(&ctx, settings.kinds);
        let mut mentions = recognize::resolve(candidates, text, &sentences);
        recognize::date::align_defined_quarters(&mut mentions, &sentences);
        for m in &mut mentions {
            m.start += offset;
            m.end += offset;
            m.sentence += section.sentences.start;
        }
        mentions
    }
}

impl Serialize for StreamedAnalysis {
    /// Field for field what `Analysis` derives: the JSON is the same.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut st = serializer.serialize_struct("Analysis", 8)?;
        st.serialize_field("schema_version", &SCHEMA_VERSION)?;
        st.serialize_field("text", &self.text)?;
        st.serialize_field("reference_date", &self.reference_date)?;
        st.serialize_field("repairs", &self.repairs)?;
        match &self.title {
            Some(title) => st.serialize_field("title", title)?,
            None => st.skip_field("title")?,
        }
        st.serialize_field("sentences", &self.sentences)?;
        let claims = RefCell::new(Vec::new());
        st.serialize_field(
            "mentions",
            &Mentions {
                analysis: self,
                claims: &claims,
            },
        )?;
        st.serialize_field("claims", &*claims.borrow())?;
        st.end()
    }
}

/// The mentions as a sequence produced while it is written; the claims are
/// left in `claims` for the field after.
struct Mentions<'a> {
    analysis: &'a StreamedAnalysis,
    claims: &'a RefCell<Vec<Claim>>,
}

impl Serialize for Mentions<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut seq = serializer.serialize_seq(None)?;
        let claims = self.analysis.for_each_section(|mentions| {
            mentions.iter().try_for_each(|m| seq.serialize_element(m))
        })?;
        *self.claims.borrow_mut() = claims;
        seq.end()
    }
}

/// Cuts the sentences into sections of at least `size` bytes, between
/// paragraphs, or between sentences once a paragraph has run to twice the
/// size. The first section starts at 0 and the last ends at `len`.
fn sections(sentences: &[Sentence], len: usize, size: usize) -> Vec<Section> {
    let mut out = Vec::new();
    if sentences.is_empty() {
        return out;
    }
    let (mut start, mut first) = (0, 0);
    for (i, pair) in sentences.windows(2).enumerate() {
        let next = &pair[1];
        let grown = next.start - start;
        if (next.paragraph != pair[0].paragraph && grown >= size) || grown >= size.saturating_mul(2)
        {
            out.push(Section {
                bytes: start..next.start,
                sentences: first..i + 1,
            });
            (start, first) = (next.start, i + 1);
        }
    }
    out.push(Section {
        bytes: start..len,
        sentences: first..sentences.len(),
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims;
    use crate::testing::fixture_texts;

    fn sentence(start: usize, end: usize, paragraph: usize) -> Sentence {
        Sentence {
            start,
            end,
            boilerplate: false,
            paragraph,
        }
    }

    #[test]
    fn sections_cut_between_paragraphs_and_cover_the_text() {
        // Paragraphs 0: [0,10) [11,20); 1: [22,30); 2: [32,40) [41,60) [61,90).
        let s = [
            sentence(0, 10, 0),
            sentence(11, 20, 0),
            sentence(22, 30, 1),
            sentence(32, 40, 2),
            sentence(41, 60, 2),
            sentence(61, 90, 2),
        ];
        let got = |size| -> Vec<(Range<usize>, Range<usize>)> {
            sections(&s, 95, size)
                .into_iter()
                .map(|c| (c.bytes, c.sentences))
                .collect()
        };
        // Large: one section, the whole text.
        assert_eq!(got(usize::MAX), [(0..95, 0..6)]);
        // 15 bytes: a paragraph break once 15 bytes have gathered (22);
        // paragraph 1 is shorter and runs on into 2; inside paragraph 2, a
        // sentence break once the section has run to 30 (61).
        assert_eq!(got(15), [(0..22, 0..2), (22..61, 2..5), (61..95, 5..6)]);
        // 1 byte: every paragraph, and every sentence of paragraph 2.
        assert_eq!(
            got(1),
            [
                (0..11, 0..1),
                (11..22, 1..2),
                (22..32, 2..3),
                (32..41, 3..4),
                (41..61, 4..5),
                (61..95, 5..6)
            ]
        );
        assert!(sections(&[], 10, 1).is_empty());
    }

    /// Claims assembled over any cutting of the sentences are those of the
    /// whole document: the topic and recent parties are carried, indices
    /// shifted, and restatements settled at the end.
    #[test]
    fn claims_assembled_by_sections_are_the_whole_documents() {
        let x = Extractor::builder()
            .reference_date("2026-02-09".parse().unwrap())
            .build()
            .unwrap();
        for text in fixture_texts() {
            let a = x.analyze(&text).unwrap();
            assert!(!a.claims.is_empty());
            let ctx = Context {
                text: &a.text,
                sentences: &a.sentences,
                numerals: &[],
                reference_date: a.reference_date,
                lexicons: &x.settings().lexicons,
            };
            assert_eq!(claims::extract(&ctx, &a.mentions), a.claims);
            for step in [1, 3, 7] {
                let mut assembler = Assembler::default();
                let n = a.sentences.len();
                for start in (0..n).step_by(step) {
                    let range = start..(start + step).min(n);
                    let from = a.mentions.partition_point(|m| m.sentence < range.start);
                    let to = a.mentions.partition_point(|m| m.sentence < range.end);
                    assembler.add(&ctx, range, &a.mentions[from..to], from);
                }
                assert_eq!(assembler.finish(), a.claims, "step {step}");
            }
        }
    }

    /// Serializing the streamed analysis writes what serializing the
    /// analysis writes, compact and pretty, whatever the section size.
    #[test]
    fn streamed_json_is_the_analysis_json() {
        for size in [usize::MAX, 2000, 1] {
            let x = Extractor::builder().section_bytes(size).build().unwrap();
            for text in fixture_texts() {
                let streamed = x.analyze_streamed(text.clone()).unwrap();
                if size == 1 {
                    assert!(streamed.sections.len() > 10);
                }
                let whole = x.analyze_string(text).unwrap();
                assert_eq!(
                    serde_json::to_string(&streamed).unwrap(),
                    serde_json::to_string(&whole).unwrap()
                );
                assert_eq!(
                    serde_json::to_string_pretty(&streamed).unwrap(),
                    serde_json::to_string_pretty(&whole).unwrap()
                );
                assert_eq!(streamed.into_analysis(), whole);
            }
        }
    }

    /// Sections handed out one by one add up to the analysis, and an error
    /// from the caller stops the run.
    #[test]
    fn sections_add_up_to_the_analysis() {
        let x = Extractor::builder().section_bytes(500).build().unwrap();
        for text in fixture_texts() {
            let streamed = x.analyze_streamed(text.clone()).unwrap();
            let mut mentions = Vec::new();
            let mut calls = 0;
            let claims = streamed
                .for_each_section(|section| {
                    calls += 1;
                    mentions.extend(section);
                    Ok::<(), ()>(())
                })
                .unwrap();
            assert_eq!(calls, streamed.sections.len());
            assert!(calls > 1);
            let whole = streamed.into_analysis();
            assert_eq!((mentions, claims), (whole.mentions, whole.claims));
            let streamed = x.analyze_streamed(text).unwrap();
            let mut calls = 0;
            let stopped = streamed.for_each_section(|_| {
                calls += 1;
                Err("full")
            });
            assert_eq!((stopped, calls), (Err("full"), 1));
        }
    }

    /// Articles joined into one text and cut between them read as each
    /// article alone: same mentions, moved by the article's offset.
    #[test]
    fn articles_joined_and_cut_read_as_each_alone() {
        let texts = fixture_texts();
        let joined = texts.join("\n\n");
        let builder = || Extractor::builder().reference_date("2026-02-09".parse().unwrap());
        let alone = builder().build().unwrap();
        let longest = texts.iter().map(String::len).max().unwrap();
        let cut = builder().section_bytes(longest + 2).build().unwrap();
        let streamed = cut.analyze_streamed(joined.clone()).unwrap();
        assert!(streamed.sections.len() > 1);
        let whole = streamed.into_analysis();
        let mut offset = 0;
        for text in &texts {
            let own = alone.analyze(text).unwrap();
            let here: Vec<(usize, usize, &str, &crate::Value)> = whole
                .mentions
                .iter()
                .filter(|m| m.start >= offset && m.end <= offset + own.text.len())
                .map(|m| (m.start - offset, m.end - offset, m.rule.as_str(), &m.value))
                .collect();
            let want: Vec<(usize, usize, &str, &crate::Value)> = own
                .mentions
                .iter()
                .map(|m| (m.start, m.end, m.rule.as_str(), &m.value))
                .collect();
            assert_eq!(here, want);
            // Repair may change lengths: the offsets are the repaired text's.
            assert_eq!(&whole.text[offset..offset + own.text.len()], own.text);
            offset += own.text.len() + 2;
        }
    }
}

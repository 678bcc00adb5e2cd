//! The chip lexicon (`chips.tsv`): one line per surface form, with the
//! family, vendor and category it names and how it may be written (a
//! generation after it, misspellings, the context a common word needs).

use std::collections::HashSet;

use crate::analysis::ChipCategory;
use crate::error::Error;
use crate::lexicon::scan::Scanner;

/// The built-in table.
pub const BUILTIN_TSV: &str = include_str!("chips.tsv");

/// How a generation after the surface joins the canonical name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GenJoin {
    /// No generation is read.
    None,
    /// `Trainium 2` -> `Trainium2`.
    Glued,
    /// `Maia100` -> `Maia 100`.
    Spaced,
}

/// One surface form of the lexicon.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChipEntry {
    pub surface: String,
    pub name: String,
    pub family: String,
    /// A generation the surface itself carries (`Trillium` is TPU `v6e`).
    pub generation: Option<String>,
    /// Company slug of the designer.
    pub vendor: String,
    pub category: ChipCategory,
    pub gen: GenJoin,
    /// One-letter misspellings are read as this entry.
    pub spell: bool,
    /// Needs a generation, the vendor or a chip word nearby.
    pub needs_context: bool,
    pub case_insensitive: bool,
    /// A model number may follow (`Xeon 6980P`, `Ryzen 9 9950X3D`) and is
    /// part of the name.
    pub model: bool,
}

impl ChipEntry {
    /// A surface form that always names `name` (no generation, no
    /// misspellings, no context needed).
    pub fn new(surface: &str, family: &str, vendor: &str, category: ChipCategory) -> Self {
        ChipEntry {
            surface: surface.to_string(),
            name: surface.to_string(),
            family: family.to_string(),
            generation: None,
            vendor: vendor.to_string(),
            category,
            gen: GenJoin::None,
            spell: false,
            needs_context: false,
            case_insensitive: false,
            model: false,
        }
    }
}

/// A surface form found in text; `spelled` when it was a misspelling.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ChipMatch {
    pub start: usize,
    pub end: usize,
    pub entry: usize,
    pub spelled: bool,
}

/// The compiled chip lexicon.
#[derive(Debug, Clone)]
pub struct Chips {
    entries: Vec<ChipEntry>,
    /// (pattern, entry, misspelled) for the case-sensitive matcher.
    exact: Vec<(String, usize, bool)>,
    exact_matcher: Scanner,
}

impl Chips {
    /// The built-in table; it is part of the crate, so a parse failure is a bug.
    pub fn builtin() -> Self {
        Self::from_entries(parse_tsv(BUILTIN_TSV, "chips.tsv").expect("chips.tsv parses"))
            .expect("built-in chips compile")
    }

    /// Parses a table in the format of `chips.tsv` on its own.
    pub fn from_tsv(tsv: &str, source_name: &str) -> Result<Self, Error> {
        Self::from_entries(parse_tsv(tsv, source_name)?)
    }

    /// This lexicon plus `more`; a surface already known is replaced.
    pub fn extended(&self, more: Vec<ChipEntry>) -> Result<Self, Error> {
        let mut entries = self.entries.clone();
        for e in more {
            match entries.iter().position(|old| old.surface == e.surface) {
                Some(i) => entries[i] = e,
                None => entries.push(e),
            }
        }
        Self::from_entries(entries)
    }

    pub fn from_entries(entries: Vec<ChipEntry>) -> Result<Self, Error> {
        let mut exact: Vec<(String, usize, bool)> = entries
            .iter()
            .enumerate()
            .map(|(i, e)| (e.surface.clone(), i, false))
            .collect();
        // Every surface and pattern so far: each entry spelled has hundreds
        // of variants, so a set, not a scan of the list per variant.
        let mut taken: HashSet<String> = entries.iter().map(|e| e.surface.clone()).collect();
        for (i, e) in entries
            .iter()
            .enumerate()
            .filter(|(_, e)| e.case_insensitive)
        {
            for v in casings(&e.surface) {
                if taken.insert(v.clone()) {
                    exact.push((v, i, false));
                }
            }
        }
        for (i, e) in entries.iter().enumerate().filter(|(_, e)| e.spell) {
            for v in misspellings(&e.surface) {
                if taken.insert(v.clone()) {
                    exact.push((v, i, true));
                }
            }
        }
        let err = |e: &dyn std::fmt::Display| Error::Lexicon {
            source_name: "chips".into(),
            line: 0,
            message: e.to_string(),
        };
        let exact_matcher =
            Scanner::new(exact.iter().map(|(p, _, _)| p.as_str())).map_err(|e| err(&e))?;
        Ok(Chips {
            entries,
            exact,
            exact_matcher,
        })
    }

    pub fn entries(&self) -> &[ChipEntry] {
        &self.entries
    }

    pub fn entry(&self, idx: usize) -> &ChipEntry {
        &self.entries[idx]
    }

    /// Every surface occurrence of both matchers, by position; boundaries
    /// and context are the recognizer's business.
    pub fn find(&self, text: &str) -> Vec<ChipMatch> {
        self.exact_matcher
            .find_iter(text)
            .map(|m| {
                let (_, entry, spelled) = self.exact[m.pattern];
                ChipMatch {
                    start: m.start,
                    end: m.end,
                    entry,
                    spelled,
                }
            })
            .collect()
    }
}

/// The ways a name of several words is written: as listed, in lower case,
/// in capitals, in title case and with only its first letter capitalized
/// ("tensor processing units", "Tensor Processing Unit"). A search that
/// ignored case altogether walked every byte of every text for a handful
/// of names.
fn casings(surface: &str) -> Vec<String> {
    let lower = surface.to_lowercase();
    let capital = |w: &str| {
        let mut c = w.chars();
        c.next()
            .map(|f| f.to_uppercase().chain(c).collect::<String>())
            .unwrap_or_default()
    };
    let title = lower.split(' ').map(capital).collect::<Vec<_>>().join(" ");
    vec![
        surface.to_string(),
        capital(&lower),
        title,
        surface.to_uppercase(),
        lower,
    ]
}

/// Deletions, swaps of neighbours and substitutions of one letter after the
/// first: the slips a writer makes in a coined name (`Tranium`). Insertions
/// are left out because they turn `Inferentia` into the word `Inferential`.
fn misspellings(word: &str) -> Vec<String> {
    let chars: Vec<char> = word.chars().collect();
    let mut out = Vec::new();
    if chars.len() < 6 || !chars.iter().all(|c| c.is_ascii_alphabetic()) {
        return out;
    }
    for i in 1..chars.len() {
        let mut v = chars.clone();
        v.remove(i);
        out.push(v.iter().collect());
        if i + 1 < chars.len() {
            let mut v = chars.clone();
            v.swap(i, i + 1);
            out.push(v.iter().collect());
        }
        for c in 'a'..='z' {
            if c != chars[i] {
                let mut v = chars.clone();
                v[i] = c;
                out.push(v.iter().collect());
            }
        }
    }
    out.sort();
    out.dedup();
    out.retain(|v: &String| v != word);
    out
}

fn category(s: &str) -> Option<ChipCategory> {
    Some(match s {
        "ai_accelerator" => ChipCategory::AiAccelerator,
        "gpu" => ChipCategory::Gpu,
        "cpu" => ChipCategory::Cpu,
        "inference_accelerator" => ChipCategory::InferenceAccelerator,
        "network" => ChipCategory::Network,
        "other" => ChipCategory::Other,
        _ => return None,
    })
}

/// Parses `surface<TAB>name<TAB>family<TAB>generation<TAB>vendor<TAB>category[<TAB>flags]`.
pub fn parse_tsv(tsv: &str, source_name: &str) -> Result<Vec<ChipEntry>, Error> {
    let mut out = Vec::new();
    for (i, line) in tsv.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let err = |message: String| Error::Lexicon {
            source_name: source_name.to_string(),
            line: i + 1,
            message,
        };
        let cols: Vec<&str> = line.split('\t').map(str::trim).collect();
        if cols.len() < 6 || cols.len() > 7 {
            return Err(err(
                "expected `surface<TAB>name<TAB>family<TAB>generation<TAB>vendor<TAB>category[<TAB>flags]`"
                    .into(),
            ));
        }
        if cols[0].is_empty() || cols[1].is_empty() || cols[2].is_empty() || cols[4].is_empty() {
            return Err(err(
                "surface, name, family and vendor must not be empty".into()
            ));
        }
        let category = category(cols[5]).ok_or_else(|| {
            err(format!(
                "unknown category {:?}: use ai_accelerator, gpu, cpu, inference_accelerator, network or other",
                cols[5]
            ))
        })?;
        let mut e = ChipEntry::new(cols[0], cols[2], cols[4], category);
        e.name = cols[1].to_string();
        e.generation = Some(cols[3].to_string()).filter(|g| !g.is_empty());
        for flag in cols.get(6).copied().unwrap_or("").split_whitespace() {
            match flag {
                "gen" => e.gen = GenJoin::Glued,
                "gen_" => e.gen = GenJoin::Spaced,
                "spell" => e.spell = true,
                "ctx" => e.needs_context = true,
                "ci" => e.case_insensitive = true,
                "model" => e.model = true,
                other => {
                    return Err(err(format!(
                        "unknown flag {other:?}: use gen, gen_, spell, ctx, ci or model"
                    )))
                }
            }
        }
        out.push(e);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_parses() {
        let c = Chips::builtin();
        assert!(c.entries().len() >= 60);
        let t = c
            .entries()
            .iter()
            .find(|e| e.surface == "Trainium")
            .unwrap();
        assert!(t.spell && t.gen == GenJoin::Glued);
    }

    #[test]
    fn misspellings_are_one_letter_away_and_keep_the_first_letter() {
        let v = misspellings("Trainium");
        assert!(v.contains(&"Tranium".to_string()));
        assert!(v.contains(&"Trainuim".to_string()));
        assert!(v.iter().all(|s| s.starts_with('T')));
        assert!(!misspellings("Inferentia").contains(&"Inferential".to_string()));
    }

    #[test]
    fn bad_lines_say_why() {
        let e = Chips::from_tsv("X1\tX1\tX\t\tacme\tgizmo", "mine.tsv").unwrap_err();
        assert!(e.to_string().contains("unknown category"), "{e}");
        let e = Chips::from_tsv("X1\tX1", "mine.tsv").unwrap_err();
        assert!(e.to_string().contains("mine.tsv line 1"), "{e}");
    }
}

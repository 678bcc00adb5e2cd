//! Chip names from the lexicon (`src/lexicon/chips.tsv`).
//!
//! * Model numbers name their family: `NVIDIA H200 GPUs` -> `H200` (family
//!   Hopper); the vendor and the generic noun stay out of the surface.
//! * A family may carry a generation, glued or spaced: `Trainium2`,
//!   `Trainium 2`, `Graviton4`, `TPU v5p`, `Maia 100`, `Ascend 910B`; the
//!   canonical name joins them the way the vendor does (`Trainium2`,
//!   `Maia 100`).
//! * A plural is part of the mention (`TPUs`); the expansion `Tensor
//!   Processing Units` is matched ignoring case and names the TPU.
//! * A one-letter misspelling of a coined family (`Tranium`) is read as the
//!   family and keeps the written form in `spelling`.
//! * Families that are also ordinary words or names (Grace, Hopper,
//!   Blackwell, Maia, Cobalt, Ascend) count only with a generation, their
//!   vendor in the sentence, or a chip word (chip, GPU, processor...) there.
//!   Networking and systems (Nitro, EFA, NVLink, DGX) are not in the lexicon,
//!   and a chip's name inside a system's (`DGX B200`, `HGX H100`) is none.
//!
//! The table of cases at the end of this file is both documentation and test.

use once_cell::sync::Lazy;
use regex::Regex;

use super::company::{bounded, ends_word};
use super::{sentence_of, Candidate, Context};
use crate::analysis::{Chip, Value};
use crate::lexicon::chips::GenJoin;

/// Words that make a sentence about chips.
static CHIP_WORDS: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i)\b(?:chips?|chipsets?|gpus?|cpus?|tpus?|npus?|xpus?|asics?|processors?|accelerators?|superchips?|silicon|semiconductors?|architecture|chipmakers?)\b")
        .expect("valid regex")
});

/// Recognizes chip mentions.
pub fn recognize(ctx: &Context<'_>, out: &mut Vec<Candidate>) {
    let text = ctx.text;
    let chips = &ctx.lexicons.chips;
    let mut taken_until = 0;
    let mut mine: Vec<Candidate> = Vec::new();
    for m in chips.find(text) {
        if m.start < taken_until {
            continue;
        }
        let e = chips.entry(m.entry);
        let (mut end, generation) = read_generation(text, m.end, e.gen);
        // `Xeon 6980P`, `Ryzen 9 9950X3D`: a model number after the
        // family and its generation.
        let model_start = end;
        let model = if e.model { read_model(text, end) } else { None };
        if let Some(model_end) = model {
            end = model_end;
        }
        if text[end..].starts_with('s') && bounded(text, m.start, end + 1) {
            end += 1;
        }
        if !bounded(text, m.start, end) {
            continue;
        }
        if e.needs_context
            && generation.is_none()
            && model.is_none()
            && !has_context(ctx, m.start, end, &e.vendor)
        {
            continue;
        }
        let mut name = match (&generation, e.gen) {
            (Some(g), GenJoin::Spaced) => format!("{} {g}", e.name),
            (Some(g), _) => format!("{}{g}", e.name),
            (None, _) => e.name.clone(),
        };
        if let Some(model_end) = model {
            // As written: apart after a space, glued to the generation.
            name.push_str(&text[model_start..model_end]);
        }
        let value = Chip {
            name,
            family: e.family.clone(),
            generation: generation.or_else(|| e.generation.clone()),
            vendor: e.vendor.clone(),
            category: e.category,
            spelling: m.spelled.then(|| text[m.start..m.end].to_string()),
        };
        let rule = if m.spelled {
            "chip:misspelled"
        } else if e.needs_context {
            "chip:in_context"
        } else {
            "chip:lexicon"
        };
        taken_until = end;
        let mut start = m.start;
        // A system named after its chip is no chip: "DGX B200", "HGX H100".
        if system_before(text, m.start) {
            continue;
        }
        // `Instinct MI300X`, `Blackwell B200`, `Blackwell Ultra B300`: the
        // family (or a variant of it) before a model of it is part of the
        // model's name. `TPU v7 Ironwood`: a codename after its generation
        // is the same chip.
        if let Some(prev) = mine.last() {
            if let Value::Chip(p) = &prev.value {
                let adjacent = text.get(prev.span.end..m.start) == Some(" ");
                let family_then_model = value.generation.is_none()
                    && p.family == value.family
                    && p.generation.is_none()
                    && p.name.starts_with(&p.family)
                    && p.name != value.name;
                let codename = p.family == value.family
                    && p.generation.is_some()
                    && p.generation == value.generation;
                // `Ironwood TPU`, `Trillium TPUs`: the family's bare name
                // after a model of it is the generic noun, no second chip.
                let generic_after = value.generation.is_none()
                    && value.name == value.family
                    && p.family == value.family
                    && p.name != value.name;
                if adjacent && generic_after {
                    continue;
                }
                if adjacent && family_then_model {
                    start = prev.span.start;
                    mine.pop();
                } else if adjacent && codename {
                    let mut merged = mine.pop().expect("a previous chip");
                    merged.span.end = end;
                    mine.push(merged);
                    continue;
                }
            }
        }
        mine.push(Candidate::new(start, end, Value::Chip(value), rule));
    }
    out.extend(mine);
}

/// Whether the word before `start` names a system built on the chip
/// ("DGX B200", "HGX H100"): SPEC.md counts systems as no chips.
fn system_before(text: &str, start: usize) -> bool {
    let before = text[..start].trim_end_matches(' ');
    before.len() < start
        && ["DGX", "HGX", "MGX"].iter().any(|s| {
            before.ends_with(s)
                && !before[..before.len() - s.len()].ends_with(char::is_alphanumeric)
        })
}

/// A generation right after a family (`2`, ` 2`, ` v5p`, ` 910B`, `100`):
/// up to three digits, an optional `v` before and a short suffix after. A
/// figure that goes on (`Trainium 40%`, `TPU 100,000`) is not one.
fn read_generation(text: &str, end: usize, join: GenJoin) -> (usize, Option<String>) {
    if join == GenJoin::None {
        return (end, None);
    }
    let rest = &text[end..];
    let (skip, body) = match rest.strip_prefix(' ') {
        Some(b) => (1, b),
        None => (0, rest),
    };
    let bytes = body.as_bytes();
    let mut i = usize::from(bytes.first() == Some(&b'v'));
    let digits_start = i;
    while i < bytes.len() && bytes[i].is_ascii_digit() && i - digits_start < 4 {
        i += 1;
    }
    let digits = i - digits_start;
    if digits == 0 || digits > 3 {
        return (end, None);
    }
    // Longest suffix first: two lowercase letters, one letter, none.
    let mut options = Vec::new();
    let lower = bytes[i..]
        .iter()
        .take(2)
        .take_while(|b| b.is_ascii_lowercase())
        .count();
    if lower > 0 {
        options.push(i + lower);
    }
    if bytes.get(i).is_some_and(|b| b.is_ascii_alphabetic()) {
        options.push(i + 1);
    }
    options.push(i);
    for stop in options {
        let after = &body[stop..];
        let figure_goes_on = after.starts_with('%')
            || after.starts_with(" percent")
            || ((after.starts_with(',') || after.starts_with('.'))
                && after[1..].starts_with(|c: char| c.is_ascii_digit()));
        let at = end + skip + stop;
        if !figure_goes_on && ends_word(text, at) {
            return (at, Some(body[..stop].to_string()));
        }
    }
    (end, None)
}

/// A model number after a space at `end` (`6980P`, `9950X3D`, `P800`,
/// `285K`, `D1`): letters and digits with a digit among them, opening
/// with a digit or a capital and at most two letters before the digits; not
/// a year, a size or a speed (`2026`, `80GB`, `3GHz`), nor a figure that
/// goes on (`9965,000`, `40%`).
fn read_model(text: &str, end: usize) -> Option<usize> {
    // `Ascend 950PR`: capitals glued to the generation read.
    let glued = text[end..]
        .bytes()
        .take_while(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
        .count();
    const UNITS: &[&str] = &["GB", "TB", "MB", "GHz", "MHz", "nm", "mm", "W", "bit", "x"];
    let unit = |token: &str| UNITS.iter().any(|u| token.ends_with(u));
    if (1..=4).contains(&glued) && ends_word(text, end + glued) && !unit(&text[end..end + glued]) {
        return Some(end + glued);
    }
    let body = text[end..].strip_prefix(' ')?;
    let len = body
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '+'))
        .unwrap_or(body.len());
    let token = &body[..len];
    let letters_before = token.bytes().take_while(u8::is_ascii_uppercase).count();
    let opens = token
        .as_bytes()
        .get(letters_before)
        .is_some_and(u8::is_ascii_digit);
    if !(2..=10).contains(&token.len()) || letters_before > 2 || !opens {
        return None;
    }
    if token.bytes().all(|b| b.is_ascii_digit())
        && token
            .parse::<u32>()
            .is_ok_and(|y| (1990..=2100).contains(&y))
    {
        return None;
    }
    if unit(token) {
        return None;
    }
    let after = &body[len..];
    if after.starts_with('%')
        || ((after.starts_with(',') || after.starts_with('.'))
            && after[1..].starts_with(|c: char| c.is_ascii_digit()))
    {
        return None;
    }
    Some(end + 1 + len)
}

/// The vendor or a chip word in the sentence of the mention.
fn has_context(ctx: &Context<'_>, start: usize, end: usize, vendor: &str) -> bool {
    let text = ctx.text;
    let (s, e) = if ctx.sentences.is_empty() {
        (0, text.len())
    } else {
        let sent = &ctx.sentences[sentence_of(ctx.sentences, start)];
        (sent.start.min(start), sent.end.max(end).min(text.len()))
    };
    let Some(sentence) = text.get(s..e) else {
        return false;
    };
    let (own_start, own_end) = (start - s, end - s);
    if CHIP_WORDS
        .find_iter(sentence)
        .any(|m| m.end() <= own_start || m.start() >= own_end)
    {
        return true;
    }
    let companies = &ctx.lexicons.companies;
    companies.find_iter(sentence).any(|m| {
        let entry = companies.entry(companies.alias(m.alias).entry);
        bounded(sentence, m.start, m.end)
            && (entry.slug == vendor || entry.parent.as_deref() == Some(vendor))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::Kind;
    use crate::testing::mentions_in;

    /// Input, then (surface, name, family, generation, vendor) of each chip
    /// mention in order ("" for no generation). An empty list must not match.
    type Case = (
        &'static str,
        &'static [(
            &'static str,
            &'static str,
            &'static str,
            &'static str,
            &'static str,
        )],
    );

    const CASES: &[Case] = &[
        // A model number after a family that takes one, glued to the
        // generation or apart; not a year or a size.
        (
            "the Ryzen 9 9950X3D, Xeon 6980P and Ascend 950PR chips; EPYC in 2026, Xeon 6 processors",
            &[
                ("Ryzen 9 9950X3D", "Ryzen 9 9950X3D", "Ryzen", "9", "amd"),
                ("Xeon 6980P", "Xeon 6980P", "Xeon", "", "intel"),
                ("Ascend 950PR", "Ascend 950PR", "Ascend", "950", "huawei"),
                ("EPYC", "EPYC", "EPYC", "", "amd"),
                ("Xeon 6", "Xeon 6", "Xeon", "6", "intel"),
            ],
        ),
        (
            "Qualcomm's Snapdragon 8 Elite and MediaTek's Dimensity 9400 phones",
            &[
                (
                    "Snapdragon 8 Elite",
                    "Snapdragon 8 Elite",
                    "Snapdragon",
                    "8 Elite",
                    "qualcomm",
                ),
                (
                    "Dimensity 9400",
                    "Dimensity 9400",
                    "Dimensity",
                    "9400",
                    "mediatek",
                ),
            ],
        ),
        (
            "Apple's A19 Pro chip",
            &[("A19 Pro", "A19 Pro", "A-series", "19", "apple")],
        ),
        // "A19" alone is a road or a form: it needs Apple or a chip word.
        ("the A19 motorway", &[]),
        (
            "the Neoverse V2 core",
            &[("Neoverse V2", "Neoverse V2", "Neoverse", "V2", "arm")],
        ),
        (
            "the launch of Trainium2, its chip",
            &[("Trainium2", "Trainium2", "Trainium", "2", "amazon")],
        ),
        (
            "Trainium 2 servers",
            &[("Trainium 2", "Trainium2", "Trainium", "2", "amazon")],
        ),
        (
            "more powerful Trainium3 chips",
            &[("Trainium3", "Trainium3", "Trainium", "3", "amazon")],
        ),
        (
            "Trainium chips for AI training",
            &[("Trainium", "Trainium", "Trainium", "", "amazon")],
        ),
        (
            "first-generation Trainium.",
            &[("Trainium", "Trainium", "Trainium", "", "amazon")],
        ),
        (
            "custom chips called Tranium for training",
            &[("Tranium", "Trainium", "Trainium", "", "amazon")],
        ),
        (
            "Inferentia for inference",
            &[("Inferentia", "Inferentia", "Inferentia", "", "amazon")],
        ),
        (
            "Inferentia2: Optimized",
            &[("Inferentia2", "Inferentia2", "Inferentia", "2", "amazon")],
        ),
        (
            "its Graviton chips",
            &[("Graviton", "Graviton", "Graviton", "", "amazon")],
        ),
        (
            "the Graviton4 and Trainium2 chips",
            &[
                ("Graviton4", "Graviton4", "Graviton", "4", "amazon"),
                ("Trainium2", "Trainium2", "Trainium", "2", "amazon"),
            ],
        ),
        (
            "Graviton 3 instances",
            &[("Graviton 3", "Graviton3", "Graviton", "3", "amazon")],
        ),
        (
            "NVIDIA H200 GPUs",
            &[("H200", "H200", "Hopper", "", "nvidia")],
        ),
        (
            "tens of thousands of H100s",
            &[("H100s", "H100", "Hopper", "", "nvidia")],
        ),
        (
            "the A100 and the H20",
            &[
                ("A100", "A100", "Ampere", "", "nvidia"),
                ("H20", "H20", "Hopper", "", "nvidia"),
            ],
        ),
        (
            "GB200 NVL72 racks",
            &[("GB200", "GB200", "Blackwell", "", "nvidia")],
        ),
        (
            "B200 and GB300 systems",
            &[
                ("B200", "B200", "Blackwell", "", "nvidia"),
                ("GB300", "GB300", "Blackwell", "", "nvidia"),
            ],
        ),
        (
            "Nvidia's Blackwell chips",
            &[("Blackwell", "Blackwell", "Blackwell", "", "nvidia")],
        ),
        (
            "Blackwell Ultra shipments",
            &[(
                "Blackwell Ultra",
                "Blackwell Ultra",
                "Blackwell",
                "",
                "nvidia",
            )],
        ),
        (
            "the Hopper architecture",
            &[("Hopper", "Hopper", "Hopper", "", "nvidia")],
        ),
        (
            "Nvidia's Grace CPU",
            &[("Grace", "Grace", "Grace", "", "nvidia")],
        ),
        (
            "Nvidia unveiled Vera Rubin",
            &[("Vera Rubin", "Vera Rubin", "Rubin", "", "nvidia")],
        ),
        ("TPU v5p", &[("TPU v5p", "TPU v5p", "TPU", "v5p", "google")]),
        ("TPUv4 pods", &[("TPUv4", "TPU v4", "TPU", "v4", "google")]),
        ("its TPUs", &[("TPUs", "TPU", "TPU", "", "google")]),
        (
            "sold Anthropic 1mn TPUs",
            &[("TPUs", "TPU", "TPU", "", "google")],
        ),
        (
            "its Tensor Processing Units (TPUs).",
            &[
                ("Tensor Processing Units", "TPU", "TPU", "", "google"),
                ("TPUs", "TPU", "TPU", "", "google"),
            ],
        ),
        (
            "its “tensor processing unit” (TPUs)",
            &[
                ("tensor processing unit", "TPU", "TPU", "", "google"),
                ("TPUs", "TPU", "TPU", "", "google"),
            ],
        ),
        (
            "Groq's LANGUAGE PROCESSING UNIT beat the meta training and inference accelerator",
            &[
                ("LANGUAGE PROCESSING UNIT", "LPU", "LPU", "", "groq"),
                (
                    "meta training and inference accelerator",
                    "MTIA",
                    "MTIA",
                    "",
                    "meta",
                ),
            ],
        ),
        // The first letter alone capitalized, as a sentence opens; a
        // casing no writer uses is no name.
        (
            "Wafer scale engine chips from Cerebras; a wAFER sCALE eNGINE",
            &[("Wafer scale engine", "WSE", "WSE", "", "cerebras")],
        ),
        // The family's bare name after a model of it is its generic noun,
        // as "GPU" after "H200" (SPEC.md: "NVIDIA H200 GPUs" -> "H200").
        (
            "Google's Ironwood TPU",
            &[("Ironwood", "Ironwood", "TPU", "v7", "google")],
        ),
        (
            "Trillium TPUs and the TPU",
            &[
                ("Trillium", "Trillium", "TPU", "v6e", "google"),
                ("TPU", "TPU", "TPU", "", "google"),
            ],
        ),
        (
            "Trillium chips",
            &[("Trillium", "Trillium", "TPU", "v6e", "google")],
        ),
        (
            "Maia 100",
            &[("Maia 100", "Maia 100", "Maia", "100", "microsoft")],
        ),
        (
            "Microsoft's Maia accelerator",
            &[("Maia", "Maia", "Maia", "", "microsoft")],
        ),
        (
            "Cobalt 100 CPUs",
            &[("Cobalt 100", "Cobalt 100", "Cobalt", "100", "microsoft")],
        ),
        ("Meta's MTIA chips", &[("MTIA", "MTIA", "MTIA", "", "meta")]),
        (
            "AMD Instinct MI300X",
            &[("Instinct MI300X", "MI300X", "Instinct", "", "amd")],
        ),
        (
            "the MI355X GPUs",
            &[("MI355X", "MI355X", "Instinct", "", "amd")],
        ),
        (
            "Nvidia's Blackwell B200 GPUs",
            &[("Blackwell B200", "B200", "Blackwell", "", "nvidia")],
        ),
        (
            "the Blackwell Ultra B300 and Google's TPU v7 Ironwood",
            &[
                ("Blackwell Ultra B300", "B300", "Blackwell", "", "nvidia"),
                ("TPU v7 Ironwood", "TPU v7", "TPU", "v7", "google"),
            ],
        ),
        // Systems named after their chip are not chips.
        ("the new DGX B200 system and HGX H100 boards", &[]),
        ("EPYC processors", &[("EPYC", "EPYC", "EPYC", "", "amd")]),
        (
            "Intel's Gaudi 3",
            &[("Gaudi 3", "Gaudi 3", "Gaudi", "3", "intel")],
        ),
        (
            "Xeon 6 chips",
            &[("Xeon 6", "Xeon 6", "Xeon", "6", "intel")],
        ),
        (
            "Huawei's Ascend 910B",
            &[("Ascend 910B", "Ascend 910B", "Ascend", "910B", "huawei")],
        ),
        (
            "the Ascend 910C chip",
            &[("Ascend 910C", "Ascend 910C", "Ascend", "910C", "huawei")],
        ),
        (
            "Cerebras WSE-3",
            &[("WSE-3", "WSE-3", "WSE", "3", "cerebras")],
        ),
        ("Groq's LPU", &[("LPU", "LPU", "LPU", "", "groq")]),
        (
            "Tesla's Dojo supercomputer chip",
            &[("Dojo", "Dojo", "Dojo", "", "tesla")],
        ),
        ("Apple's M4 chip", &[("M4", "M4", "M-series", "4", "apple")]),
        (
            "the M3 Max processor",
            &[("M3 Max", "M3 Max", "M-series", "3", "apple")],
        ),
        (
            "Qualcomm Cloud AI 100",
            &[(
                "Cloud AI 100",
                "Cloud AI 100",
                "Cloud AI",
                "100",
                "qualcomm",
            )],
        ),
        // run-together table cells
        (
            "Custom AI SiliconTrainium2 / Inferentia2Maia 100TPU v5p",
            &[
                ("Trainium2", "Trainium2", "Trainium", "2", "amazon"),
                ("Inferentia2", "Inferentia2", "Inferentia", "2", "amazon"),
                ("Maia 100", "Maia 100", "Maia", "100", "microsoft"),
                ("TPU v5p", "TPU v5p", "TPU", "v5p", "google"),
            ],
        ),
        // must not match
        ("Nitro hypervisor and Elastic Fabric Adapter (EFA)", &[]),
        ("AWS Nitro System", &[]),
        ("third-party GPU providers", &[]),
        ("custom chips", &[]),
        ("Grace said she would go", &[]),
        ("Grace Hopper was a pioneer of programming", &[]),
        ("Dennis Hopper starred", &[]),
        ("Maia told reporters", &[]),
        ("Cobalt prices rose", &[]),
        ("the M4 motorway", &[]),
        (
            "Trainium 40% cheaper",
            &[("Trainium", "Trainium", "Trainium", "", "amazon")],
        ),
        ("Inferential statistics", &[]),
        ("training runs", &[]),
        ("Ascend the stairs", &[]),
        ("Blackwell said on Monday", &[]),
        ("Amazon Basics", &[]),
        ("a Rubin report", &[]),
        ("Ampere is the unit", &[]),
        (
            "laptops on Lunar Lake and the Snapdragon X2 Elite",
            &[
                ("Lunar Lake", "Lunar Lake", "Core Ultra", "", "intel"),
                (
                    "Snapdragon X2 Elite",
                    "Snapdragon X2 Elite",
                    "Snapdragon",
                    "",
                    "qualcomm",
                ),
            ],
        ),
        (
            "sales of its MI300 accelerators",
            &[("MI300", "MI300", "Instinct", "", "amd")],
        ),
        (
            "Granite Rapids servers with ConnectX-8 network cards",
            &[
                ("Granite Rapids", "Granite Rapids", "Xeon", "", "intel"),
                ("ConnectX-8", "ConnectX-8", "ConnectX", "8", "nvidia"),
            ],
        ),
        (
            "Broadcom's Tomahawk 6 switch chip",
            &[("Tomahawk 6", "Tomahawk 6", "Tomahawk", "6", "broadcom")],
        ),
    ];

    #[test]
    fn cases() {
        assert!(CASES.len() >= 60, "{}", CASES.len());
        let mut failures = Vec::new();
        for (input, expected) in CASES {
            let got: Vec<(String, String, String, String, String)> = mentions_in(input, Kind::Chip)
                .into_iter()
                .filter_map(|m| match m.value {
                    Value::Chip(c) => Some((
                        m.text,
                        c.name,
                        c.family,
                        c.generation.unwrap_or_default(),
                        c.vendor,
                    )),
                    _ => None,
                })
                .collect();
            let want: Vec<(String, String, String, String, String)> = expected
                .iter()
                .map(|(a, b, c, d, e)| {
                    (
                        a.to_string(),
                        b.to_string(),
                        c.to_string(),
                        d.to_string(),
                        e.to_string(),
                    )
                })
                .collect();
            if got != want {
                failures.push(format!("{input:?}\n   got  {got:?}\n   want {want:?}"));
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    #[test]
    fn misspelling_is_flagged_with_the_written_form() {
        let m = mentions_in("chips called Tranium for training", Kind::Chip);
        let Value::Chip(c) = &m[0].value else {
            panic!("not a chip")
        };
        assert_eq!(c.spelling.as_deref(), Some("Tranium"));
        assert_eq!(c.category, crate::analysis::ChipCategory::AiAccelerator);
        let m = mentions_in("Inferentia chips", Kind::Chip);
        let Value::Chip(c) = &m[0].value else {
            panic!("not a chip")
        };
        assert_eq!(c.spelling, None);
        assert_eq!(
            c.category,
            crate::analysis::ChipCategory::InferenceAccelerator
        );
    }

    #[test]
    fn offsets_shift_with_the_input() {
        for prefix in ["", "x ", "é ", "中 "] {
            let text = format!("{prefix}Trainium2 and TPUs");
            let m = mentions_in(&text, Kind::Chip);
            assert_eq!(m.len(), 2, "{text}");
            for x in &m {
                assert_eq!(&text[x.start..x.end], x.text);
            }
            assert_eq!(m[0].start, prefix.len());
        }
    }

    #[test]
    fn odd_input_does_not_panic() {
        for t in [
            "Trainium",
            "Trainium ",
            "Trainium v",
            "TPU v",
            "Maia 1000",
            "Ascend é",
            "H100s",
            "TPU v5pé",
        ] {
            let _ = mentions_in(t, Kind::Chip);
        }
    }
}

//! Chip launches: the one claim made without a figure (a launch verb near a
//! chip's name), so its rules stand apart from the figures'.

use crate::analysis::{Claim, Kind, Mention, Span, Value};
use crate::recognize::Context;

use super::modality::{modality_for, Cues, Voice};
use super::parties::{Group, Party};
use super::period::period_for;
use super::subject::subject_group;
use super::words::{first_word, last_word, listed, within};
use super::WINDOW;

/// Verbs that launch a chip: "Nvidia launched the Rubin CPX GPU", "AMD
/// will unveil the MI400", "began shipping Trainium3".
#[rustfmt::skip]
const LAUNCH_VERBS: &[&str] = &[
    "launch", "launches", "launched", "launching", "unveil", "unveils", "unveiled",
    "unveiling", "introduce", "introduces", "introduced", "introducing", "debut", "debuts",
    "debuted", "release", "releases", "released", "ship", "ships", "shipped", "shipping",
    "announce", "announces", "announced", "announcing", "roll", "rolls", "rolled",
];

/// Nouns a launch word may modify: "launch customers", "release date".
#[rustfmt::skip]
const LAUNCH_NOUN_HEADS: &[&str] = &[
    "customer", "customers", "partner", "partners", "event", "events", "date", "dates",
    "party", "window", "schedule", "timeline", "plans",
];

/// What, right after a chip, says it launches: "Rubin will ship in 2026",
/// "made TPU v7 Ironwood generally available".
const LAUNCHED_AFTER: &[&str] = &[
    "will ship",
    "will start shipping",
    "will begin shipping",
    "will launch",
    "will be launched",
    "will be released",
    "will be available",
    "will become available",
    "will go on sale",
    "will debut",
    "is now shipping",
    "is shipping",
    "began shipping",
    "started shipping",
    "has begun shipping",
    "is now available",
    "became available",
    "went on sale",
    "goes on sale",
    "generally available",
    "entered production",
    "entered volume production",
    "is in full production",
];

/// How far (bytes) before a chip its launch verb may stand.
const LAUNCH_GAP: usize = 40;

/// A `chip_launch` claim for the chip mention `oi`: a launch verb shortly
/// before it in its clause ("launched the Rubin CPX GPU"), its vendor or
/// the company acting as subject, the launch's month or coarser date.
#[allow(clippy::too_many_arguments)]
pub(super) fn launch_claim(
    ctx: &Context<'_>,
    sentence: Span,
    si: usize,
    oi: usize,
    mentions: &[Mention],
    here: &[usize],
    parties: &[Party],
    groups: &[Group],
) -> Option<Claim> {
    let text = ctx.text;
    let object = &mentions[oi];
    let Value::Chip(chip) = &object.value else {
        return None;
    };
    // A count of chips shipped or sold is no launch ("expects to ship
    // about 3 million Rubin GPUs").
    // (The sentence's mentions are in text order: a search, then the one
    // or two that start before the chip and may hold it.)
    let k = here.partition_point(|&i| mentions[i].start <= object.start);
    let counted = here[..k].iter().rev().take(3).any(|&i| {
        let m = &mentions[i];
        m.kind() == Kind::Quantity && object.end <= m.end
    });
    if counted {
        return None;
    }
    let from = object.start.saturating_sub(LAUNCH_GAP).max(sentence.start);
    let from = crate::numbers::floor_char_boundary(text, from);
    let before = &text[from..object.start];
    // The last launch verb before the chip, with no clause mark between.
    let mut verb_end = None;
    let mut word_start = None;
    for (i, c) in before
        .char_indices()
        .chain(std::iter::once((before.len(), ' ')))
    {
        if c.is_alphanumeric() {
            word_start.get_or_insert(i);
        } else if let Some(ws) = word_start.take() {
            let w = &before[ws..i];
            // Shipping launches a chip only when it begins ("began
            // shipping Trainium3"), not "shipped 1 million Blackwell GPUs".
            let ships = listed(w, &["ship", "ships", "shipped", "shipping"]).is_some();
            let begins = last_word(before[..ws].trim_end()).is_some_and(|p| {
                listed(
                    p,
                    &[
                        "began",
                        "begin",
                        "begins",
                        "begun",
                        "beginning",
                        "start",
                        "started",
                        "starts",
                        "starting",
                        "to",
                    ],
                )
                .is_some()
            });
            // A noun, not a verb: "one of the launch customers for".
            let noun = first_word(before[i..].trim_start())
                .is_some_and(|n| listed(n, LAUNCH_NOUN_HEADS).is_some());
            if listed(w, LAUNCH_VERBS).is_some() && (!ships || begins) && !noun {
                verb_end = Some(i);
            }
        }
    }
    // Or a launch said after the chip: "its Instinct MI450 will ship to
    // OpenAI in Q2 2027", "made TPU v7 Ironwood generally available".
    let launched_after = || {
        let after = text[object.end..sentence.end].trim_start();
        LAUNCHED_AFTER
            .iter()
            .any(|p| crate::affix::starts_with_ignore_case(after, p))
    };
    match verb_end {
        Some(v) if !before[v..].contains([',', ';', '.']) => {}
        _ if launched_after() => {}
        _ => return None,
    }
    // As for figures, a bounded window: a sentence may be a megabyte long.
    // (On char boundaries: the window's clause is read as text.)
    let window = Span::new(
        crate::numbers::floor_char_boundary(
            text,
            sentence.start.max(object.start.saturating_sub(WINDOW)),
        ),
        crate::numbers::ceil_char_boundary(text, sentence.end.min(object.end + WINDOW)),
    );
    // Named companies before the chip act; another chip's implied vendor
    // does not ("AWS unveils Trainium2 and Graviton4").
    let usable: Vec<&Group> = within(groups, window, |g| g.span.start)
        .iter()
        .filter(|g| g.span.end <= object.start && !parties[g.members.start].implied)
        .collect();
    let subjects: Vec<String> = match subject_group(text, object, parties, &usable) {
        Some(g) => g.members.clone().map(|i| parties[i].slug.clone()).collect(),
        None if !chip.vendor.is_empty() => vec![chip.vendor.clone()],
        None => return None,
    };
    // A family's bare name launched by another company is a rival's
    // product named in passing ("launched the TPU rival Blackwell").
    if chip.name == chip.family && !chip.vendor.is_empty() && !subjects.contains(&chip.vendor) {
        return None;
    }
    let voice = Voice {
        sentence,
        own: false,
        cues: Cues::ALL,
    };
    let (modality, _) = modality_for(ctx, window, object.span(), voice);
    let nearby = within(here, window, |&i| mentions[i].start);
    let period = period_for(text, sentence, object.span(), nearby, mentions, false);
    let mut used = vec![oi];
    used.extend(period);
    used.sort_unstable();
    Some(Claim {
        subjects,
        counterparty: None,
        predicate: "chip_launch".to_string(),
        object: oi,
        period,
        modality,
        sentence: si,
        evidence: sentence,
        mentions: used,
    })
}

//! Money that a round's or an offer's word names but that is no round
//! raised: a thing raised ("raise the price by $1.50"), the price a round
//! is raised at ("raising at $15B"), money given to a round.

use crate::analysis::{Kind, Mention, Span};

use super::words::{last_word, listed};

/// Whether the last verb of raising before a figure takes an object of its
/// own, a determiner after it: "raise the price ... by $1.50", "raising its
/// offer to $28" (not "raise $2bn", "raised about $1bn").
pub(super) fn raises_an_object(before: &str) -> bool {
    let words: Vec<&str> = before.split_whitespace().rev().take(14).collect();
    words.iter().enumerate().any(|(k, w)| {
        k > 0
            && listed(
                w,
                &[
                    "raise", "raises", "raised", "raising", "lift", "lifts", "lifted",
                ],
            )
            .is_some()
            && listed(
                words[k - 1],
                &[
                    "the", "its", "their", "our", "his", "her", "prices", "price",
                ],
            )
            .is_some()
    })
}

/// Whether the words after a figure give it to a round: "to the new round",
/// "to the raise".
pub(super) fn given_to_round(after: &str) -> bool {
    let mut words = after.split_whitespace();
    // "to the new round", "into xAI's latest funding round" (not "raised
    // $2bn in a round", which is the round).
    if !matches!(words.next(), Some("to" | "into")) {
        return false;
    }
    let Some(det) = words.next() else {
        return false;
    };
    let owner = det.ends_with("'s") || det.ends_with("’s");
    if !(owner || matches!(det, "the" | "its" | "their")) {
        return false;
    }
    words.take(3).any(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        listed(
            w,
            &["round", "raise", "fundraising", "fundraise", "financing"],
        )
        .is_some()
    })
}

/// Whether money a round's word names is the price it is raised at, right
/// after "at": "denies it's raising at $15B", "Series C (Sep '25), led by
/// ASML, at €11.7B" (its size is told otherwise: "raised $2bn").
pub(super) fn priced_round(text: &str, sentence: Span, object: &Mention) -> bool {
    if object.kind() != Kind::Money {
        return false;
    }
    let start = crate::numbers::qualifier_start(text, object.start).max(sentence.start);
    last_word(text[sentence.start..start].trim_end_matches([' ', '~'])).is_some_and(|w| w == "at")
}

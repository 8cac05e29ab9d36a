//! Abbreviations that end in a period without ending a sentence.

use crate::words::ABBREVIATIONS;

/// Is `word` (without its final period) a known abbreviation?
pub fn is_abbreviation(word: &str) -> bool {
    if word.len() > 5 {
        return false;
    }
    // Single letters are initials ("John F. Kennedy").
    if word.chars().count() == 1 && word.chars().all(|c| c.is_alphabetic()) {
        return true;
    }
    // At most five bytes: lowercased on the stack, not in a new string.
    let mut buf = [0u8; 5];
    let lower = &mut buf[..word.len()];
    lower.copy_from_slice(word.as_bytes());
    lower.make_ascii_lowercase();
    std::str::from_utf8(lower).is_ok_and(|lower| ABBREVIATIONS.contains(lower))
}

/// Abbreviations that are titles before a name: a following capitalised word never starts
/// a new sentence after these.
pub fn is_title_abbreviation(word_lower_with_period: &str) -> bool {
    matches!(
        word_lower_with_period,
        "mr."
            | "mrs."
            | "ms."
            | "dr."
            | "gen."
            | "lt."
            | "col."
            | "maj."
            | "capt."
            | "sgt."
            | "adm."
            | "gov."
            | "sen."
            | "rep."
            | "rev."
            | "prof."
            | "st."
            | "pres."
            | "amb."
            | "brig."
            | "cpl."
            | "pvt."
            | "cmdr."
            | "jan."
            | "feb."
            | "mar."
            | "apr."
            | "jun."
            | "jul."
            | "aug."
            | "sep."
            | "sept."
            | "oct."
            | "nov."
            | "dec."
            | "no."
            | "nos."
            | "mt."
            | "ft."
            | "gens."
            | "hon."
            | "msgr."
            | "supt."
            | "insp."
            | "det."
    )
}

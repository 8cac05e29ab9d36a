//! # sitrep-quantities
//!
//! Finds numbers in English news text together with what they count: "around 600 North
//! Korean soldiers have died", "thousands more have been injured", "as many as nine
//! million rounds of ... ammunition", "$2 billion", "between 1,500 and 3,000 people".
//!
//! ## Design
//!
//! The text is split once into word / number / punctuation tokens with byte offsets
//! (see `tok`). One left-to-right pass looks for a number at each token: digits with
//! thousands separators and decimals ("1,500", "3.5"), a magnitude ("million", "bn",
//! "m"), spelled-out numbers ("nine million", "twenty-five", "a dozen"), vague plurals
//! ("hundreds", "thousands", "tens of thousands", "dozens"), a currency sign or word,
//! a percent sign. Around the number it reads
//!
//! * the approximation / bound words before it (`around`, `about`, `some`, `roughly`,
//!   `nearly`, `almost`, `an estimated` -> `approx`; `at least`, `more than`, `over` ->
//!   `min`; `up to`, `as many as`, `fewer than`, `less than` -> `max`);
//! * a range (`between X and Y`, `X to Y`, `X-Y`, `X or Y`) -> `min`/`max`;
//! * the counted noun phrase after it (up to five words, ending at the first word of
//!   the kind lexicon, or at the last plain lowercase word), with a partitive `of`
//!   ("thousands of people") and an `of`-complement for measure nouns ("rounds of
//!   ... ammunition");
//! * the cue that sets the kind: a casualty/arrest/displacement word after the phrase
//!   in the same clause ("have died", "were injured"), the head noun itself ("deaths",
//!   "refugees", "soldiers", "missiles", "civilians"), or a verb governing the number
//!   from before ("killed at least 20 people", "a death toll of 600");
//! * a short post-pass shares a casualty kind inside groups the text makes: an
//!   apposition ("seven members, including two women"), "along with"/"as well as",
//!   and lists ending in a casualty verb ("18 personnel, three railway staff and five
//!   passengers were among those killed").
//!
//! The head of the counted phrase is the first word of the kind lexicon (moved on to
//! a following plural: "civilian passengers"), else the first lowercase plural
//! ("kilometers north" -> "kilometers"), else a lone lowercase word; a capitalized
//! plural right after the number is a people noun ("300 Uyghurs", "Three Americans").
//!
//! Matches consume their tokens, so they never overlap and the pass is linear.
//!
//! ## Value conventions (documented decisions)
//!
//! * `value` is the number as stated, also when a bound word sets `min`/`max`
//!   ("more than 600" -> value 600, min 600; "as many as nine million" -> value 9e6,
//!   max 9e6).
//! * Ranges have `value: None` and `min`/`max`.
//! * Vague plurals have `value: None`, `approx: true` and `min` = one unit
//!   ("thousands" -> min 1000, "tens of thousands" -> 10,000, "dozens" -> 12);
//!   "several/a few hundred" -> min 200.
//! * "thousands more" with no noun of its own inherits the unit and noun phrase of the
//!   previous quantity in the same sentence.
//! * Money: `unit` is an ISO 4217 code ("USD", "EUR", ...), kind `Money`. Percentages:
//!   unit "percent", kind `Other`. "casualties" is ambiguous (killed + wounded) and
//!   stays `Other` unless another cue decides.
//!
//! Not quantities: years ("in 2023"), day numbers in dates ("March 9", "9 March"),
//! times ("10:30", "7 p.m."), ages ("aged 25", "25-year-old", "25 years old"),
//! ordinals ("1st"), compound adjectives ("two-line", "30-day"), phone-like digit
//! groups, and parts of names ("G7", "M23", "COVID-19", "Group of 20", "Resolution
//! 2231"). "one" counts only before a known noun ("one soldier was killed", not
//! "one of the officers"); other spelled-out numbers below 100 need a counted noun or
//! a cue, and a definite "the two countries" is skipped as a back-reference.

use sitrep_textview as tok;
use std::sync::OnceLock;

use tok::{lower, Kind, View};

/// What a quantity counts: the record's own type, so no conversion is needed.
pub use sitrep_record::QuantityKind;

/// One quantity. All offsets are bytes into the given text.
#[derive(Clone, Debug, PartialEq)]
pub struct QuantityMatch {
    /// The whole phrase: approximation word, number, counted noun, a following cue verb.
    pub start: usize,
    pub end: usize,
    /// The number itself (including magnitude words and currency signs).
    pub number_start: usize,
    pub number_end: usize,
    pub value: Option<f64>,
    pub min: Option<f64>,
    pub max: Option<f64>,
    pub approx: bool,
    /// The counted noun as written, lowercased ("soldiers"), an ISO currency code for
    /// money, or "percent".
    pub unit: Option<String>,
    pub kind: QuantityKind,
    /// The counted noun phrase with its modifiers ("North Korean soldiers").
    pub noun_phrase: Option<(usize, usize)>,
    /// The word(s) that set the kind ("died", "injured", "soldiers"). A verb governing
    /// the number from before ("killed 20 people") lies before `start`; a cue shared
    /// from a neighbouring quantity lies in that quantity's phrase.
    pub cue: Option<(usize, usize)>,
}

/// Finds quantities in `text`, sorted by `start`, never overlapping.
pub fn find_quantities(text: &str) -> Vec<QuantityMatch> {
    find_quantities_in(&View::new(text))
}

/// [`find_quantities`] over a token view the caller already built (shared by the
/// extractors of one document).
pub fn find_quantities_in(v: &View) -> Vec<QuantityMatch> {
    let mut out: Vec<QuantityMatch> = Vec::new();
    // Token index of the last sentence boundary seen, to scope "thousands more".
    let mut kind_from_after: Vec<bool> = Vec::new();
    let mut consumed = 0usize;
    let mut i = 0;
    while i < v.len() {
        let Some(num) = parse_quantity_number(v, i, consumed) else {
            i += 1;
            continue;
        };
        match complete(v, num, consumed, &out) {
            Some((m, last, from_after)) => {
                out.push(m);
                kind_from_after.push(from_after);
                i = last + 1;
                consumed = i;
            }
            None => i += 1,
        }
    }
    share_kinds(v.text, &mut out, &kind_from_after);
    out
}

fn is_casualty(k: QuantityKind) -> bool {
    use QuantityKind::*;
    matches!(k, Killed | Injured | Missing | Displaced | Arrested)
}

/// Shares a casualty kind between neighbouring quantities that the text groups:
/// "seven members, including two women" / "1,250 terrorists ..., along with 563
/// security personnel" (forward), "18 personnel, three railway staff and five
/// civilian passengers were among those killed" (backward through a list).
fn share_kinds(text: &str, out: &mut [QuantityMatch], from_after: &[bool]) {
    for i in 1..out.len() {
        let (a, b) = out.split_at_mut(i);
        let (prev, cur) = (&a[i - 1], &mut b[0]);
        if !is_casualty(prev.kind) || is_casualty(cur.kind) || cur.kind == QuantityKind::Money {
            continue;
        }
        let gap = text[prev.end.min(cur.start)..cur.start]
            .trim()
            .trim_start_matches(',')
            .trim();
        let joined = gap.len() <= 60
            && !gap.contains(['.', ';', '!', '?'])
            && (gap.starts_with("including")
                || gap.starts_with("among them")
                || ["along with", "as well as", "in addition to", "plus"]
                    .iter()
                    .any(|w| gap.ends_with(w)));
        if joined {
            cur.kind = prev.kind;
            cur.cue = prev.cue;
        }
    }
    // A kind shared backwards can pass on along the list.
    let mut from_after = from_after.to_vec();
    for i in (1..out.len()).rev() {
        let (a, b) = out.split_at_mut(i);
        let (prev, cur) = (&mut a[i - 1], &b[0]);
        if !from_after[i]
            || !is_casualty(cur.kind)
            || is_casualty(prev.kind)
            || prev.kind == QuantityKind::Money
        {
            continue;
        }
        // A list gap: only commas, "and", and a few modifier words, no verbs.
        let gap = &text[prev.end.min(cur.start)..cur.start];
        if gap.len() > 120 {
            continue;
        }
        let words: Vec<&str> = gap
            .split(|c: char| !c.is_alphanumeric() && c != '-')
            .filter(|w| !w.is_empty())
            .collect();
        let trimmed = gap.trim_end();
        let ends_list = trimmed.ends_with(',') || trimmed.ends_with(" and") || trimmed == "and";
        let verbish = words.iter().any(|w| {
            w.ends_with("ed")
                || ["was", "were", "is", "are", "has", "have", "had", "said"].contains(w)
        });
        if ends_list
            && words.len() <= 8
            && !verbish
            && !gap.contains(['.', ';', '!', '?', '(', ')', '“', '”', '"'])
        {
            prev.kind = cur.kind;
            prev.cue = cur.cue;
            from_after[i - 1] = true;
        }
    }
}

/// A parsed number before its noun phrase is read.
#[derive(Clone, Debug)]
struct Num {
    /// First and last token of the number (currency sign and magnitude included).
    first: usize,
    last: usize,
    value: Option<f64>,
    min: Option<f64>,
    max: Option<f64>,
    approx: bool,
    currency: Option<&'static str>,
    percent: bool,
    /// True when a magnitude word/suffix was read ("million", "m").
    scaled: bool,
    /// The last magnitude applied (1 when none).
    mag: f64,
    /// True for bare "one" that still needs a known noun after it.
    needs_noun: bool,
    /// Words like "more"/"additional" after the number.
    more: bool,
}

const CURRENCY_SIGNS: &[(&str, &str)] = &[
    ("$", "USD"),
    ("€", "EUR"),
    ("£", "GBP"),
    ("¥", "JPY"),
    ("₩", "KRW"),
    ("₹", "INR"),
    ("₽", "RUB"),
];

const CURRENCY_WORDS: &[(&str, &str)] = &[
    ("dollars", "USD"),
    ("dollar", "USD"),
    ("usd", "USD"),
    ("euros", "EUR"),
    ("euro", "EUR"),
    ("eur", "EUR"),
    ("pounds", "GBP"),
    ("gbp", "GBP"),
    ("yuan", "CNY"),
    ("renminbi", "CNY"),
    ("yen", "JPY"),
    ("rubles", "RUB"),
    ("roubles", "RUB"),
    ("won", "KRW"),
    ("rupees", "INR"),
    ("naira", "NGN"),
    ("rand", "ZAR"),
    ("hryvnias", "UAH"),
    ("hryvnia", "UAH"),
    ("shekels", "ILS"),
    ("francs", "CHF"),
];

const MAGNITUDES: &[(&str, f64)] = &[
    ("hundred", 1e2),
    ("thousand", 1e3),
    ("million", 1e6),
    ("billion", 1e9),
    ("trillion", 1e12),
];

/// Suffixes glued to digits: "5m", "2bn", "10k".
const MAGNITUDE_SUFFIXES: &[(&str, f64)] = &[
    ("k", 1e3),
    ("m", 1e6),
    ("mn", 1e6),
    ("bn", 1e9),
    ("b", 1e9),
    ("tn", 1e12),
    ("trn", 1e12),
];

/// Vague plurals: "hundreds" -> min 100.
const VAGUE: &[(&str, f64)] = &[
    ("dozens", 12.0),
    ("scores", 20.0),
    ("hundreds", 1e2),
    ("thousands", 1e3),
    ("millions", 1e6),
    ("billions", 1e9),
];

/// Value of a cardinal word below twenty (`sitrep_textview::words`).
fn unit_word(w: &str) -> Option<f64> {
    tok::words::unit(w).map(f64::from)
}

/// Value of a cardinal ten.
fn tens_word(w: &str) -> Option<f64> {
    tok::words::tens(w).map(f64::from)
}

fn lookup<T: Copy>(table: &[(&str, T)], s: &str) -> Option<T> {
    table
        .iter()
        .find(|(w, _)| s.eq_ignore_ascii_case(w))
        .map(|&(_, x)| x)
}

fn is_month(v: &View, i: usize) -> bool {
    v.capitalized(i) && tok::words::is_month_word(v.s(i))
}

/// Capitalized words that may precede a number without making it part of a name.
const CAPITALIZED_OK: &[&str] = &[
    "about",
    "around",
    "some",
    "nearly",
    "almost",
    "over",
    "up",
    "more",
    "roughly",
    "approximately",
    "only",
    "just",
    "at",
    "as",
    "an",
    "estimated",
    "the",
    "a",
    "all",
    "another",
    "and",
    "but",
    "of",
    "than",
    "to",
    "between",
    "by",
    "with",
    "from",
    "for",
    "among",
    "including",
    "least",
    "many",
    "another",
    "those",
    "these",
    "while",
    "its",
    "their",
    "his",
    "her",
    "our",
    "nearly",
];

/// Parses the number part starting at token `i`. `consumed` bounds look-behind.
fn parse_quantity_number(v: &View, i: usize, consumed: usize) -> Option<Num> {
    match v.kind(i)? {
        Kind::Punct => {
            let cur = lookup(CURRENCY_SIGNS, v.s(i))?;
            if !v.adj(i) || !v.is_num(i + 1) {
                return None;
            }
            let mut n = parse_digits(v, i + 1, consumed, true)?;
            n.first = i;
            // "US$": the "US" is part of the sign.
            if i > consumed && i >= 1 && v.is(i - 1, "US") && v.toks[i - 1].end == v.toks[i].start {
                n.first = i - 1;
            }
            n.currency = Some(cur);
            Some(n)
        }
        Kind::Num => parse_digits(v, i, consumed, false),
        Kind::Word => parse_words(v, i),
    }
}

fn parse_digits(v: &View, i: usize, consumed: usize, after_sign: bool) -> Option<Num> {
    // Glued to a word or code before: G7, M23, COVID-19, Su-27, #5.
    if i > 0 && v.toks[i - 1].end == v.toks[i].start && !after_sign {
        let p = v.s(i - 1);
        if v.is_word(i - 1) || matches!(p, "#" | "-" | "/" | "." | "," | ":" | "–" | "+") {
            return None;
        }
    }
    // Read digit groups: 1,500,000 / 3.5
    let mut last = i;
    let mut digits = String::with_capacity(16);
    digits.push_str(v.s(i));
    while v.adj(last)
        && v.is_punct(last + 1, ",")
        && v.adj(last + 1)
        && v.is_num(last + 2)
        && v.s(last + 2).len() == 3
    {
        digits.push_str(v.s(last + 2));
        last += 2;
    }
    let grouped = last > i;
    if v.adj(last) && v.is_punct(last + 1, ".") && v.adj(last + 1) && v.is_num(last + 2) {
        digits.push('.');
        digits.push_str(v.s(last + 2));
        last += 2;
    }
    let value: f64 = digits.parse().ok()?;
    // Ordinals, times, decimal-looking versions, phone-like groups.
    if v.adj(last) {
        let nx = v.s(last + 1);
        if v.is_any(last + 1, &["st", "nd", "rd", "th", "am", "pm", "s"]) {
            return None;
        }
        if nx == ":" || nx == "/" || (nx == "." && v.adj(last + 1) && v.is_num(last + 2)) {
            return None;
        }
        if (nx == "-" || nx == "–") && v.adj(last + 1) {
            // "30-day", "25-year-old": compound adjective.
            if v.is_word(last + 2) {
                return None;
            }
            // "202-555-0100": phone-like.
            if v.is_num(last + 2) && v.adj(last + 2) && v.is_punct(last + 3, "-") {
                return None;
            }
        }
    }
    if v.is_any(last + 1, &["p", "a"]) && v.adj(last + 1) && v.is_punct(last + 2, ".") {
        return None;
    }
    if v.is_any(
        last + 1,
        &["GMT", "UTC", "BST", "EST", "EDT", "CET", "hrs", "o"],
    ) {
        return None;
    }
    // Dates: "March 9", "9 March", "Feb. 13".
    let before = if i > 0 && v.is_punct(i - 1, ".") {
        i.saturating_sub(2)
    } else {
        i.saturating_sub(1)
    };
    if i > 0 && !after_sign && is_month(v, before) {
        return None;
    }
    if is_month(v, last + 1) || (v.is(last + 1, "of") && is_month(v, last + 2)) {
        return None;
    }
    // Years: a four-digit integer in 1500..=2100 without separators counts only before
    // a counted noun and never after a date word.
    if !grouped
        && !after_sign
        && v.s(i).len() == 4
        && last == i
        && (1500.0..=2100.0).contains(&value)
    {
        let date_prev = i > 0
            && v.is_any(
                i - 1,
                &[
                    "in", "since", "by", "until", "till", "during", "of", "from", "between",
                    "before", "after", "through", "early", "late", "mid", "year", "fiscal", "the",
                    "and", "to", "or",
                ],
            );
        let counted =
            noun_kind(v.s(last + 1)).is_some() || lookup(MAGNITUDES, v.s(last + 1)).is_some();
        if date_prev || !counted {
            return None;
        }
    }
    // Ages.
    if i > 0 && v.is_any(i - 1, &["aged", "age", "ages"]) {
        return None;
    }
    if v.is_any(last + 1, &["years", "year"]) && v.is(last + 2, "old") {
        return None;
    }
    // Names and labels: a capitalized word right before ("Resolution 2231", "Article 5",
    // "Boeing 737") or "Group of 20".
    if i > consumed && i > 0 && !after_sign {
        let p = i - 1;
        if v.is_word(p)
            && v.capitalized(p)
            && !v.is_any(p, CAPITALIZED_OK)
            && !(p == 0 || v.is_boundary(p - 1))
        {
            return None;
        }
        if v.is(p, "of") && v.is(p.wrapping_sub(1), "Group") {
            return None;
        }
        if v.is_any(
            p,
            &[
                "No",
                "Nos",
                "number",
                "page",
                "route",
                "highway",
                "flight",
                "article",
                "resolution",
                "chapter",
                "section",
                "level",
                "phase",
                "category",
                "grade",
                "room",
                "seat",
                "code",
                "type",
                "stage",
                "tier",
                "class",
                "model",
                "version",
                "season",
                "episode",
                "week",
                "day",
                "game",
                "round",
                "term",
                "item",
            ],
        ) {
            return None;
        }
    }
    let mut n = Num {
        first: i,
        last,
        value: Some(value),
        min: None,
        max: None,
        approx: false,
        currency: None,
        percent: false,
        scaled: false,
        mag: 1.0,
        needs_noun: false,
        more: false,
    };
    read_magnitude(v, &mut n);
    Some(n)
}

/// Magnitude words or glued suffixes after a number: "1.5 million", "5m", "2bn".
fn read_magnitude(v: &View, n: &mut Num) {
    let j = n.last + 1;
    if v.adj(n.last) && v.is_word(j) {
        if let Some(mag) = lookup(MAGNITUDE_SUFFIXES, v.s(j)) {
            n.value = n.value.map(|x| x * mag);
            n.last = j;
            n.scaled = true;
            n.mag = mag;
        }
        return;
    }
    let mut j = j;
    while let Some(mag) = lookup(MAGNITUDES, v.s(j)) {
        n.value = n.value.map(|x| x * mag);
        n.last = j;
        n.scaled = true;
        n.mag *= mag;
        j += 1;
    }
}

/// Spelled-out numbers and vague plurals.
fn parse_words(v: &View, i: usize) -> Option<Num> {
    let s = v.s(i);
    // One filter of the words that open a spelled number and of the shared number words
    // refuses almost every word before it is lowercased or compared (session 28: each word
    // was lowercased and compared, about 190 instructions at each of VOA's words).
    const OPENING_WORDS: [&str; 11] = [
        "a",
        "an",
        "dozens",
        "scores",
        "hundreds",
        "thousands",
        "millions",
        "billions",
        "tens",
        "several",
        "half",
    ];
    static FILTER: OnceLock<tok::words::WordFilter> = OnceLock::new();
    let filter = FILTER.get_or_init(|| {
        tok::words::WordFilter::of(&OPENING_WORDS).union(tok::words::cardinal_filter())
    });
    if s.len() > 24
        || !filter.may_hold(s)
        || !(OPENING_WORDS.iter().any(|o| s.eq_ignore_ascii_case(o))
            || tok::words::unit(s).is_some()
            || tok::words::tens(s).is_some())
    {
        return None;
    }
    let mk = |first: usize, last: usize, value: Option<f64>| Num {
        first,
        last,
        value,
        min: None,
        max: None,
        approx: false,
        currency: None,
        percent: false,
        scaled: false,
        mag: 1.0,
        needs_noun: false,
        more: false,
    };
    // "Group of Seven".
    if i >= 2 && v.is(i - 1, "of") && v.is(i - 2, "Group") {
        return None;
    }
    // Vague plurals, "tens of thousands", "hundreds of thousands".
    if (v.is(i, "tens") || v.is(i, "hundreds")) && v.is(i + 1, "of") {
        if let Some(u) = lookup(VAGUE, v.s(i + 2)).filter(|u| *u >= 1e3) {
            let base = if v.is(i, "tens") { 10.0 } else { 100.0 };
            let mut n = mk(i, i + 2, None);
            n.min = Some(base * u);
            n.approx = true;
            return Some(n);
        }
    }
    if let Some(u) = lookup(VAGUE, s) {
        if v.is(i, "scores") && !v.is(i + 1, "of") {
            return None;
        }
        let mut n = mk(i, i, None);
        n.min = Some(u);
        n.approx = true;
        return Some(n);
    }
    // "several hundred", "a few thousand".
    let (several_first, several_at) = if v.is(i, "several") {
        (i, i + 1)
    } else if v.is(i, "a") && v.is(i + 1, "few") {
        (i, i + 2)
    } else {
        (i, usize::MAX)
    };
    if several_at != usize::MAX {
        let mut last = several_at;
        let mut mag = lookup(MAGNITUDES, v.s(last))?;
        while let Some(m2) = lookup(MAGNITUDES, v.s(last + 1)) {
            mag *= m2;
            last += 1;
        }
        let mut n = mk(several_first, last, None);
        n.min = Some(2.0 * mag);
        n.approx = true;
        n.scaled = true;
        return Some(n);
    }
    // "half a million".
    if v.is(i, "half") && v.is(i + 1, "a") {
        let mag = lookup(MAGNITUDES, v.s(i + 2)).filter(|m| *m >= 1e3)?;
        let mut n = mk(i, i + 2, Some(0.5 * mag));
        n.scaled = true;
        return Some(n);
    }
    // Cardinal words: [a|one..nineteen|tens(-units)] (hundred) (and ...) (thousand|million...)
    let mut total = 0.0f64;
    let mut current = 0.0f64;
    let mut j = i;
    let mut last = usize::MAX;
    let mut any = false;
    let mut scaled = false;
    let mut mag = 1.0f64;
    loop {
        let w = v.s(j);
        if (w.eq_ignore_ascii_case("a") || w.eq_ignore_ascii_case("an")) && !any {
            // "a hundred", "a million", "a dozen" only.
            if lookup(MAGNITUDES, v.s(j + 1)).is_some() || v.is(j + 1, "dozen") {
                current = 1.0;
                any = true;
                last = j;
                j += 1;
                continue;
            }
            break;
        }
        if let Some(u) = unit_word(w) {
            if any && current % 100.0 != 0.0 {
                break;
            }
            current += u;
            any = true;
            last = j;
            j += 1;
            continue;
        }
        if let Some(t) = tens_word(w) {
            if any && current % 100.0 != 0.0 {
                break;
            }
            current += t;
            any = true;
            last = j;
            // "twenty-five"
            if v.adj(j) && v.is_punct(j + 1, "-") && v.adj(j + 1) {
                if let Some(u) = unit_word(v.s(j + 2)).filter(|u| *u >= 1.0 && *u <= 9.0) {
                    current += u;
                    last = j + 2;
                    j += 2;
                }
            }
            j += 1;
            continue;
        }
        if any && w.eq_ignore_ascii_case("dozen") {
            current *= 12.0;
            last = j;
            j += 1;
            continue;
        }
        if any && w.eq_ignore_ascii_case("hundred") {
            current *= 100.0;
            last = j;
            scaled = true;
            mag = mag.max(100.0);
            j += 1;
            continue;
        }
        if any {
            if let Some(m) = lookup(MAGNITUDES, w).filter(|m| *m >= 1e3) {
                total += current.max(1.0) * m;
                current = 0.0;
                last = j;
                scaled = true;
                mag = m;
                j += 1;
                continue;
            }
            // "one hundred and fifty"
            if w.eq_ignore_ascii_case("and")
                && (unit_word(v.s(j + 1)).is_some() || tens_word(v.s(j + 1)).is_some())
                && total + current >= 100.0
            {
                j += 1;
                continue;
            }
        }
        break;
    }
    if !any || last == usize::MAX {
        return None;
    }
    // "two-line", "three-day": compound adjective.
    if v.adj(last) && v.is_punct(last + 1, "-") && v.adj(last + 1) && v.is_word(last + 2) {
        return None;
    }
    let value = total + current;
    let mut n = mk(i, last, Some(value));
    n.scaled = scaled;
    n.mag = mag;
    // "one" alone is usually a pronoun ("one of the", "no one"): needs a known noun.
    n.needs_noun = value <= 1.0 && !scaled && !v.is(i + 1, "dozen");
    if value == 0.0 && !scaled {
        return None;
    }
    Some(n)
}

/// Kind set by a counted noun (lowercase comparison).
fn noun_kind(w: &str) -> Option<QuantityKind> {
    use QuantityKind::*;
    let mut buf = [0u8; 24];
    Some(match lower(w, &mut buf)? {
        "troops" | "soldiers" | "soldier" | "fighters" | "fighter" | "personnel" | "servicemen"
        | "servicemembers" | "militants" | "militant" | "insurgents" | "rebels" | "marines"
        | "paratroopers" | "peacekeepers" | "mercenaries" | "reservists" | "conscripts"
        | "recruits" | "commandos" | "militiamen" | "gunmen" | "jihadists" | "combatants"
        | "sailors" | "airmen" | "guardsmen" | "servicemember" | "troop" | "terrorists"
        | "extremists" | "attackers" | "assailants" | "terrorist" | "attacker" | "gunman"
        | "insurgent" | "rebel" | "jihadist" | "combatant" => Troops,
        "rounds" | "shells" | "missiles" | "missile" | "rockets" | "rocket" | "drones"
        | "drone" | "ammunition" | "bombs" | "bomb" | "artillery" | "munitions" | "grenades"
        | "mines" | "landmines" | "warheads" | "projectiles" | "bullets" | "cartridges"
        | "shell" | "interceptors" | "torpedoes" => Munitions,
        "people" | "persons" | "person" | "civilians" | "civilian" | "residents" | "children"
        | "child" | "migrants" | "passengers" | "hostages" | "hostage" | "women" | "men"
        | "villagers" | "students" | "workers" | "protesters" | "protestors" | "demonstrators"
        | "journalists" | "patients" | "citizens" | "individuals" | "families" | "inhabitants"
        | "victims" | "pilgrims" | "seekers" | "nationals" | "tourists" | "teachers"
        | "doctors" | "farmers" | "miners" | "worshippers" | "adults" | "minors" | "infants"
        | "babies" | "girls" | "boys" | "man" | "woman" | "voters" | "employees" | "staff"
        | "volunteers" | "humanitarians" | "activists" | "officials" | "members" | "worker"
        | "resident" | "journalist" | "student" | "migrant" | "passenger" | "villager"
        | "protester" | "officer" | "official" | "policeman" | "policemen" | "police"
        | "officers" | "teacher" | "doctor" | "farmer" | "baby" | "girl" | "boy" | "member"
        | "activist" => People,
        "deaths" | "dead" | "fatalities" | "bodies" | "corpses" | "killed" => Killed,
        "injuries" | "wounded" | "injured" => Injured,
        "refugees" | "refugee" | "displaced" | "evacuees" | "idps" => Displaced,
        "prisoners" | "prisoner" | "detainees" | "detainee" | "arrests" | "captives"
        | "inmates" | "pows" => Arrested,
        "missing" => Missing,
        _ => return None,
    })
}

/// Kind set by a cue word after the counted phrase ("have died", "were injured").
fn cue_kind_after(w: &str) -> Option<QuantityKind> {
    use QuantityKind::*;
    let mut buf = [0u8; 24];
    Some(match lower(w, &mut buf)? {
        "killed" | "died" | "die" | "dies" | "dead" | "perished" | "slain" | "massacred"
        | "executed" | "drowned" => Killed,
        "injured" | "wounded" | "hurt" => Injured,
        "missing" | "unaccounted" => Missing,
        "displaced" | "fled" | "flee" | "fleeing" | "uprooted" | "evacuated" | "homeless" => {
            Displaced
        }
        "arrested" | "detained" | "jailed" | "imprisoned" | "captured" | "apprehended" => Arrested,
        _ => return None,
    })
}

/// Kind set by a verb governing the number from before ("killed 20 people").
fn cue_kind_before(w: &str) -> Option<QuantityKind> {
    use QuantityKind::*;
    let mut buf = [0u8; 24];
    Some(match lower(w, &mut buf)? {
        "killed" | "killing" | "kills" | "kill" | "toll" | "massacred" | "dead" | "deaths"
        | "death" => Killed,
        "wounded" | "wounding" | "injured" | "injuring" | "injures" | "injuries" => Injured,
        "displaced" | "displacing" | "uprooted" => Displaced,
        "arrested" | "arresting" | "detained" | "detaining" | "jailed" | "captured"
        | "capturing" | "arrest" | "detention" => Arrested,
        "evacuated" | "evacuating" | "evacuation" => Displaced,
        _ => return None,
    })
}

/// Words that end a counted noun phrase.
const PHRASE_STOP: &[&str] = &[
    "was",
    "were",
    "is",
    "are",
    "be",
    "been",
    "being",
    "have",
    "has",
    "had",
    "will",
    "would",
    "could",
    "can",
    "may",
    "might",
    "must",
    "should",
    "and",
    "or",
    "but",
    "in",
    "on",
    "at",
    "to",
    "from",
    "for",
    "with",
    "by",
    "of",
    "who",
    "that",
    "which",
    "whom",
    "whose",
    "the",
    "a",
    "an",
    "this",
    "these",
    "those",
    "than",
    "as",
    "into",
    "since",
    "after",
    "before",
    "during",
    "while",
    "when",
    "where",
    "last",
    "each",
    "per",
    "a",
    "so",
    "if",
    "not",
    "also",
    "reportedly",
    "still",
    "now",
    "then",
    "there",
    "here",
    "it",
    "they",
    "he",
    "she",
    "we",
    "within",
    "behind",
    "too",
    "remain",
    "remains",
    "north",
    "south",
    "east",
    "west",
    "away",
    "ahead",
    "later",
    "earlier",
    "old",
    "long",
    "apart",
    "each",
    "apiece",
    "more",
    "ago",
    "over",
    "under",
    "out",
    "up",
    "about",
    "around",
    "across",
    "through",
    "between",
    "among",
    "including",
    "because",
    "although",
    "though",
    "says",
    "said",
];

/// Words ending in "s" that are not plural count nouns.
const NOT_PLURAL: &[&str] = &[
    "corps",
    "news",
    "series",
    "species",
    "headquarters",
    "means",
    "this",
    "thus",
    "always",
    "perhaps",
    "its",
    "his",
    "hers",
    "ours",
    "theirs",
    "yours",
    "whereas",
    "besides",
    "across",
    "nearly",
    "various",
    "previous",
    "serious",
    "famous",
    "dangerous",
    "numerous",
    "less",
    "unless",
];

/// Clause-ending words for the after-cue window.
const CLAUSE_STOP: &[&str] = &[
    "and",
    "or",
    "but",
    "after",
    "when",
    "while",
    "because",
    "although",
    "whereas",
    "as",
    "since",
    "before",
    "said",
    "says",
    "say",
    "told",
    "according",
    "if",
    "unless",
];

/// Words opening an apposition the after-cue window skips: "31 people, including 23
/// security personnel, lost their lives".
const APPOSITION_START: &[&str] = &[
    "including",
    "among",
    "mostly",
    "mainly",
    "many",
    "most",
    "some",
    "all",
    "both",
    "primarily",
    "half",
    "nearly",
    "almost",
    "about",
];

/// Words after a comma that keep the clause going: "two elders, were killed".
const CONTINUE_AFTER_COMMA: &[&str] = &[
    "who",
    "which",
    "were",
    "was",
    "have",
    "has",
    "had",
    "are",
    "is",
    "been",
    "reportedly",
    "also",
    "all",
];

/// Measure nouns whose `of`-complement is part of the counted phrase.
const MEASURE_NOUNS: &[&str] = &[
    "rounds",
    "tons",
    "tonnes",
    "units",
    "pieces",
    "barrels",
    "liters",
    "litres",
    "kilograms",
    "kg",
    "batches",
    "containers",
    "shipments",
    "doses",
    "sacks",
    "bags",
    "boxes",
    "crates",
    "truckloads",
    "cubic",
    "square",
    "hectares",
    "acres",
    "gallons",
    "cases",
];

/// Approximation and bound words before the number.
#[derive(Clone, Copy, PartialEq)]
enum Bound {
    Approx,
    Min,
    Max,
}

fn read_modifier(v: &View, first: usize, consumed: usize) -> Option<(usize, Bound)> {
    let can = |k: usize| k >= consumed && k < first;
    let three: &[(&str, &str, &str, Bound)] = &[
        ("as", "many", "as", Bound::Max),
        ("as", "much", "as", Bound::Max),
        ("as", "few", "as", Bound::Min),
        ("no", "fewer", "than", Bound::Min),
        ("no", "less", "than", Bound::Min),
        ("no", "more", "than", Bound::Max),
        ("not", "more", "than", Bound::Max),
        ("a", "little", "over", Bound::Min),
        ("a", "little", "under", Bound::Max),
        ("in", "excess", "of", Bound::Min),
    ];
    if first >= 3 && can(first - 3) {
        for &(a, b, c, bd) in three {
            if v.is(first - 3, a) && v.is(first - 2, b) && v.is(first - 1, c) {
                return Some((first - 3, bd));
            }
        }
    }
    let two: &[(&str, &str, Bound)] = &[
        ("at", "least", Bound::Min),
        ("more", "than", Bound::Min),
        ("greater", "than", Bound::Min),
        ("fewer", "than", Bound::Max),
        ("less", "than", Bound::Max),
        ("up", "to", Bound::Max),
        ("at", "most", Bound::Max),
        ("an", "estimated", Bound::Approx),
        ("close", "to", Bound::Approx),
        ("upwards", "of", Bound::Min),
        ("upward", "of", Bound::Min),
        ("just", "over", Bound::Min),
        ("just", "under", Bound::Max),
        ("well", "over", Bound::Min),
        ("nearly", "all", Bound::Approx),
    ];
    if first >= 2 && can(first - 2) {
        for &(a, b, bd) in two {
            if v.is(first - 2, a) && v.is(first - 1, b) {
                return Some((first - 2, bd));
            }
        }
    }
    if first >= 1 && can(first - 1) {
        let one: &[(&str, Bound)] = &[
            ("around", Bound::Approx),
            ("about", Bound::Approx),
            ("some", Bound::Approx),
            ("roughly", Bound::Approx),
            ("nearly", Bound::Approx),
            ("almost", Bound::Approx),
            ("approximately", Bound::Approx),
            ("estimated", Bound::Approx),
            ("circa", Bound::Approx),
            ("~", Bound::Approx),
            ("over", Bound::Min),
            ("under", Bound::Max),
            ("exceeding", Bound::Min),
        ];
        for &(a, bd) in one {
            if v.is(first - 1, a) {
                return Some((first - 1, bd));
            }
        }
    }
    None
}

/// Reads ranges, modifiers, currency/percent, the noun phrase and the kind; returns
/// the match and its last token.
fn complete(
    v: &View,
    mut n: Num,
    consumed: usize,
    prev: &[QuantityMatch],
) -> Option<(QuantityMatch, usize, bool)> {
    let mut start_tok = n.first;
    // Range: "between X and Y", "X to Y", "X-Y", "X or Y".
    let between = n.first > consumed && n.first >= 1 && v.is(n.first - 1, "between");
    let j = n.last + 1;
    let joiner = v.is_any(j, &["to", "or"])
        || (between && v.is(j, "and"))
        || ((v.is_punct(j, "-") || v.is_punct(j, "–")) && v.adj(n.last) && v.adj(j));
    if joiner && n.value.is_some() {
        let k = if n.currency.is_some() && lookup(CURRENCY_SIGNS, v.s(j + 1)).is_some() {
            j + 2
        } else {
            j + 1
        };
        let second = match v.kind(k) {
            Some(Kind::Num) => parse_digits(v, k, 0, k > j + 1),
            Some(Kind::Word) => parse_words(v, k),
            _ => None,
        };
        if let Some(second) = second.filter(|s| s.value.is_some()) {
            let (mut a, b) = (n.value.unwrap_or(0.0), second.value.unwrap_or(0.0));
            // "1.5 to 2 million": the magnitude carries back when that keeps a <= b.
            if !n.scaled && second.scaled && a * second.mag <= b {
                a *= second.mag;
            }
            if b > a {
                n.min = Some(a);
                n.max = Some(b);
                n.value = None;
                n.last = second.last;
                n.scaled |= second.scaled;
                n.needs_noun = false;
                if between {
                    start_tok = n.first - 1;
                }
            }
        }
    }
    // Approximation / bounds.
    let mut number_first_for_mod = start_tok;
    if let Some((mf, bound)) = read_modifier(v, start_tok, consumed) {
        number_first_for_mod = mf;
        match bound {
            Bound::Approx => n.approx = true,
            Bound::Min if n.min.is_none() && n.max.is_none() => n.min = n.value,
            Bound::Max if n.min.is_none() && n.max.is_none() => n.max = n.value,
            _ => {}
        }
    }
    // Currency words and percent after the number.
    let mut j = n.last + 1;
    if n.currency.is_none() && !n.percent {
        if (v.is_punct(j, "%") && v.adj(n.last)) || v.is_any(j, &["percent", "pct"]) {
            n.percent = true;
            n.last = j;
        } else if v.is(j, "per") && v.is(j + 1, "cent") {
            n.percent = true;
            n.last = j + 1;
        } else {
            let (k, us) = if v.is(j, "US") && v.is_any(j + 1, &["dollars", "dollar"]) {
                (j + 1, true)
            } else {
                (j, false)
            };
            if let Some(code) = lookup(CURRENCY_WORDS, v.s(k)) {
                // "won" and "pounds" are ordinary words: only after a scaled number or
                // an all-caps code.
                let ambiguous = v.is_any(k, &["won", "pounds", "rand"]);
                if !ambiguous || n.scaled || us {
                    n.currency = Some(code);
                    n.last = k;
                }
            }
        }
    }
    j = n.last + 1;
    let number_end_tok = n.last;
    // "thousands more", "600 additional".
    if v.is_any(j, &["more", "additional", "other", "others", "further"]) {
        n.more = true;
        if v.is(j, "others") {
            n.last = j;
        }
        j += 1;
    }
    // "millions of dollars", "billions of euros".
    if n.currency.is_none()
        && !n.percent
        && v.is(j, "of")
        && !v.is_any(j + 1, &["won", "pounds", "rand"])
    {
        if let Some(code) = lookup(CURRENCY_WORDS, v.s(j + 1)) {
            n.currency = Some(code);
            n.last = j + 1;
            j += 2;
        }
    }
    let mut phrase: Option<(usize, usize)> = None; // token range
    let mut head: Option<usize> = None;
    let mut head_kind: Option<QuantityKind> = None;
    if n.currency.is_none() && !n.percent && !v.is(j - 1, "others") {
        // Partitive "of (the|them|those)"; "one of the officers" picks one out of
        // a group rather than counting.
        let mut k = j;
        if n.needs_noun && v.is(k, "of") {
            return None;
        }
        if v.is(k, "of") {
            k += 1;
            if v.is_any(
                k,
                &["the", "those", "these", "them", "whom", "its", "their"],
            ) {
                k += 1;
            }
        }
        let p_first = k;
        let mut words = 0;
        let mut last_plain: Option<usize> = None;
        let mut plural_head: Option<usize> = None;
        let mut saw_capitalized = false;
        while words < 5 && k < v.len() {
            if v.is_punct(k, "-") && v.adj(k) && k > p_first && v.adj(k - 1) {
                k += 1;
                continue;
            }
            if v.is_punct(k, "’") || v.is_punct(k, "'") {
                // possessive "'s" inside a phrase: stop
                break;
            }
            if !v.is_word(k) || (v.lowercase_word(k) && v.is_any(k, PHRASE_STOP)) {
                break;
            }
            if let Some(kind) = noun_kind(v.s(k)) {
                head = Some(k);
                head_kind = Some(kind);
                // "civilian passengers", "drone strikes": a following plural noun is
                // the real head.
                let nx = v.s(k + 1);
                if v.lowercase_word(k + 1)
                    && nx.len() > 3
                    && nx.ends_with('s')
                    && !v.is_any(k + 1, PHRASE_STOP)
                    && cue_kind_after(nx).is_none()
                    && !nx.ends_with("ss")
                {
                    head = Some(k + 1);
                    head_kind = noun_kind(nx);
                }
                break;
            }
            if cue_kind_after(v.s(k)).is_some() {
                break;
            }
            let w = v.s(k);
            let in_compound = k > 0 && v.is_punct(k - 1, "-") && v.adj(k - 1);
            let plural = w.len() > 3
                && w.ends_with('s')
                && !w.ends_with("ss")
                && !w.ends_with("ous")
                && !v.is_any(k, NOT_PLURAL);
            if v.lowercase_word(k) {
                // A verb-looking word ends the phrase ("600 died", "20 escaped"), unless
                // it ends a hyphenated compound ("well-respected", "al-Shabab-related").
                if !in_compound
                    && ((w.len() > 4 && w.ends_with("ed")) || (w.len() > 5 && w.ends_with("ing")))
                {
                    break;
                }
                // A plural noun is the head: "kilometers north" -> "kilometers".
                if !in_compound && plural {
                    plural_head = Some(k);
                    break;
                }
                last_plain = Some(k);
            } else if k == p_first && plural {
                // "300 Uyghurs", "Three Americans were killed": people by nationality.
                plural_head = Some(k);
                head_kind = Some(QuantityKind::People);
                break;
            } else if !in_compound {
                saw_capitalized = true;
            }
            words += 1;
            k += 1;
        }
        if head.is_none() {
            // The first plural noun of the run ("600 houses"), else a lowercase word
            // ending the run after no proper noun ("one man"); comparatives and
            // adverbs are no heads.
            head = plural_head.or_else(|| {
                let lp = last_plain?;
                let w = v.s(lp);
                (lp + 1 == k && !saw_capitalized && !w.ends_with("er") && !w.ends_with("ly"))
                    .then_some(lp)
            });
        }
        if let Some(h) = head {
            let mut end = h;
            // "rounds of mixed artillery and rocket launcher ammunition"
            if v.is_any(h, MEASURE_NOUNS) && v.is(h + 1, "of") {
                let mut m = h + 2;
                let mut steps = 0;
                let mut munition = false;
                while steps < 8 && v.is_word(m) && (!v.is_any(m, PHRASE_STOP) || v.is(m, "and")) {
                    if noun_kind(v.s(m)) == Some(QuantityKind::Munitions) {
                        munition = true;
                    }
                    if !v.is(m, "and") {
                        end = m;
                    }
                    m += 1;
                    steps += 1;
                }
                if munition || v.is(h, "rounds") {
                    head_kind = Some(QuantityKind::Munitions);
                }
            }
            phrase = Some((p_first, end));
            if n.needs_noun && head_kind.is_none() {
                phrase = None;
                head = None;
            }
        }
    }
    // "one" without a known noun is a pronoun; drop it.
    if n.needs_noun && head_kind.is_none() {
        return None;
    }
    let after_from = phrase.map_or(n.last + 1, |p| p.1 + 1);
    // Cue after the phrase, same clause, before another number.
    let mut cue_after: Option<(usize, usize, QuantityKind)> = None;
    let mut skipped_apposition = false;
    if n.currency.is_none() && !n.percent {
        let mut k = after_from;
        let mut steps = 0;
        while steps < 7 && k < v.len() {
            if v.is_punct(k, ",") {
                // ", including 23 security personnel," is skipped; ", who were",
                // ", were" go on; any other comma ends the clause.
                if v.is_any(k + 1, APPOSITION_START) {
                    let mut m = k + 1;
                    while m < v.len() && m < k + 16 && !v.is_punct(m, ",") && !v.is_boundary(m) {
                        m += 1;
                    }
                    if v.is_punct(m, ",") {
                        k = m + 1;
                        skipped_apposition = true;
                        continue;
                    }
                    break;
                }
                if v.is_any(k + 1, CONTINUE_AFTER_COMMA) {
                    k += 1;
                    steps += 1;
                    continue;
                }
                break;
            }
            if v.is_boundary(k)
                || v.is_num(k)
                || v.is_any(k, CLAUSE_STOP)
                || (v.is_word(k) && lookup(VAGUE, v.s(k)).is_some())
            {
                break;
            }
            if v.is(k, "lost")
                && v.is_any(k + 1, &["their", "his", "her"])
                && v.is_any(k + 2, &["lives", "life"])
            {
                cue_after = Some((k, k + 2, QuantityKind::Killed));
                break;
            }
            if v.is(k, "taken") && v.is(k + 1, "into") && v.is(k + 2, "custody") {
                cue_after = Some((k, k + 2, QuantityKind::Arrested));
                break;
            }
            if v.is(k, "forced") && v.is(k + 1, "from") {
                cue_after = Some((k, k + 1, QuantityKind::Displaced));
                break;
            }
            if let Some(kind) = v
                .lowercase_word(k)
                .then(|| cue_kind_after(v.s(k)))
                .flatten()
            {
                cue_after = Some((k, k, kind));
                break;
            }
            k += 1;
            steps += 1;
        }
    }
    // Cue before, governing the number.
    let mut cue_before: Option<(usize, usize, QuantityKind)> = None;
    if n.currency.is_none() && !n.percent {
        let mut k = number_first_for_mod;
        let mut steps = 0;
        while k > consumed && k > 0 && steps < 5 {
            k -= 1;
            steps += 1;
            if v.is_boundary(k) || v.is_num(k) {
                break;
            }
            if let Some(kind) = cue_kind_before(v.s(k)) {
                if v.is(k, "toll") && k > 0 && v.is(k - 1, "death") {
                    cue_before = Some((k - 1, k, kind));
                } else {
                    cue_before = Some((k, k, kind));
                }
                break;
            }
            if !v.is_any(
                k,
                &[
                    "all",
                    "its",
                    "their",
                    "his",
                    "her",
                    "at",
                    "least",
                    "an",
                    "estimated",
                    "a",
                    "total",
                    "of",
                    "some",
                    "to",
                    "rose",
                    "reached",
                    "stood",
                    "climbed",
                    "risen",
                    "more",
                    "than",
                    "nearly",
                    "about",
                    "around",
                    "another",
                    "up",
                    "over",
                    "has",
                    "had",
                    "have",
                    "the",
                    "least",
                    "had",
                    "been",
                    "were",
                    "was",
                ],
            ) {
                break;
            }
        }
    }
    // Decide.
    let head_casualty = head_kind.filter(|k| {
        !matches!(
            k,
            QuantityKind::Troops | QuantityKind::People | QuantityKind::Munitions
        )
    });
    let (kind, cue) = if n.currency.is_some() {
        (QuantityKind::Money, None)
    } else if n.percent {
        (QuantityKind::Other, None)
    } else if let Some((a, b, k)) = cue_after {
        (k, Some((a, b)))
    } else if let (Some(k), Some(h)) = (head_casualty, head) {
        (k, Some((h, h)))
    } else if let Some((a, b, k)) = cue_before {
        (k, Some((a, b)))
    } else if let (Some(k), Some(h)) = (head_kind, head) {
        (k, Some((h, h)))
    } else {
        (QuantityKind::Other, None)
    };
    // "a trillion trillion ...": no finite value, nothing to report.
    if [n.value, n.min, n.max]
        .iter()
        .flatten()
        .any(|x| !x.is_finite())
    {
        return None;
    }
    // A bare spelled-out number with nothing counted and no cue ("the mother of
    // four", "two of them said") is too vague to report.
    if v.is_word(n.first)
        && !n.scaled
        && n.value.is_some_and(|x| x < 100.0)
        && head.is_none()
        && cue.is_none()
        && n.min.is_none()
        && n.max.is_none()
        && !n.more
        && n.currency.is_none()
        && !n.percent
    {
        return None;
    }
    // "the two countries", "its three sons": a definite small spelled-out number
    // refers back to known things rather than counting anything new.
    if kind == QuantityKind::Other
        && n.value.is_some_and(|x| x <= 12.0)
        && v.is_word(n.first)
        && n.first > 0
        && v.is_any(
            n.first - 1,
            &[
                "the", "these", "those", "its", "their", "his", "her", "our", "both",
            ],
        )
    {
        return None;
    }
    let mut unit: Option<String> = if let Some(c) = n.currency {
        Some(c.to_string())
    } else if n.percent {
        Some("percent".to_string())
    } else {
        head.map(|h| v.s(h).to_lowercase())
    };
    let mut noun_phrase = phrase.map(|(a, b)| (v.start(a), v.end(b)));
    // "thousands more": inherit the previous quantity's noun in the same sentence.
    if unit.is_none() && n.more && v.is_any(number_end_tok + 1, &["more", "additional", "further"])
    {
        if let Some(p) = prev.last() {
            let gap = &v.text[p.end.min(v.start(n.first))..v.start(n.first)];
            if !gap.contains(['.', '!', '?', ';']) && p.kind != QuantityKind::Money {
                unit = p.unit.clone();
                noun_phrase = p.noun_phrase;
            }
        }
    }
    let mut last_tok = phrase.map_or(n.last, |p| p.1.max(n.last));
    // The span runs on to a following cue only when nothing was skipped to reach it,
    // so that quantities inside a skipped apposition stay findable.
    if let Some((_, b, _)) =
        cue_after.filter(|_| !skipped_apposition && cue.is_some_and(|c| c.0 >= after_from))
    {
        last_tok = last_tok.max(b);
    }
    let m = QuantityMatch {
        start: v.start(number_first_for_mod),
        end: v.end(last_tok),
        number_start: v.start(start_tok.min(n.first)),
        number_end: v.end(number_end_tok),
        value: n.value,
        min: n.min,
        max: n.max,
        approx: n.approx,
        unit,
        kind,
        noun_phrase,
        cue: cue.map(|(a, b)| (v.start(a), v.end(b))),
    };
    let from_after = cue_after.is_some_and(|(a, _, _)| cue.is_some_and(|c| c.0 == v.start(a)));
    Some((m, last_tok, from_after))
}

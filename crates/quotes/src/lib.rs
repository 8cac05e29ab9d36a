//! # sitrep-quotes
//!
//! Finds direct quotations in English news text and the phrase they are attributed to:
//!
//! * `“...,” KCNA reported.` / `,” noted Lim Eul-chul, a professor at ...` /
//!   `,” he told VOA.` (attribution after the quote);
//! * `X said: “...”` / `X told reporters, “...”` / `According to X, “...”` (before);
//! * partial quotes inside a sentence (`pledged “unconditional support” for Russia`):
//!   the speaker is the noun phrase before the nearest reporting verb in the sentence
//!   ("Kim Jong Un has pledged"), else the sentence's subject when it is short and
//!   obvious; a sentence-level `according to X` is returned separately.
//!
//! ## Design
//!
//! The text is tokenized once (words, numbers, single-character punctuation, byte
//! offsets). Each double-quote mark (`“`, `”`, `"`) is classified as opening or closing
//! from its own shape and from what flanks it (a straight `"` after a space is an
//! opener, before a space a closer; a curly mark used the wrong way round is
//! reclassified the same way). Marks are paired left to right:
//!
//! * a closer with no open quote is ignored;
//! * an opener while a quote is open continues that quote when it follows the end of a
//!   sentence or a line break (the news convention for quotes running over several
//!   paragraphs: the first paragraph has no closing mark, the next one opens again);
//!   otherwise the earlier opener is dropped as stray;
//! * a quote still open at a line break whose next line does not open a quote, or at
//!   the end of the text, is dropped.
//!
//! So quotes never overlap, every span lies on character boundaries, and the pass is
//! linear. The content span excludes the marks, surrounding spaces and a trailing
//! comma (`“...,” he said` -> no comma); a partial quote also loses a trailing period
//! (`as “unlawful.”` -> `unlawful`). Single-quoted headline quotes are not handled.
//!
//! Attribution looks only at the same sentence: after the closing mark (`,” X said`,
//! `,” said X`), before the opening mark (`X said: “`), then `according to X`. The
//! speaker span is a bare noun phrase ("KCNA", "Lim Eul-chul", "the commentary",
//! "he"): appositions after a comma are cut off; the lead resolves it to an entity.

use sitrep_textview as tok;

use tok::{lower, Kind, View};

/// One direct quotation. Offsets are bytes into the given text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuoteMatch {
    /// The quoted content, without the marks.
    pub start: usize,
    pub end: usize,
    /// Including the marks.
    pub outer_start: usize,
    pub outer_end: usize,
    /// True for a fragment quoted inside a sentence of the writer's own.
    pub partial: bool,
    /// The speaker phrase ("KCNA", "Lim Eul-chul", "the commentary", "he").
    pub speaker: Option<(usize, usize)>,
    /// The attribution verb ("reported", "noted") or "according to".
    pub cue_verb: Option<(usize, usize)>,
    /// A sentence-level "according to X" source (the X), when present.
    pub according_to: Option<(usize, usize)>,
}

/// Finds the direct quotations in `text`, sorted, never overlapping.
pub fn find_quotes(text: &str) -> Vec<QuoteMatch> {
    find_quotes_in(&View::new(text))
}

/// [`find_quotes`] over a token view the caller already built (shared by the extractors
/// of one document).
pub fn find_quotes_in(v: &View) -> Vec<QuoteMatch> {
    let pairs = pair_marks(v);
    let mut out: Vec<QuoteMatch> = Vec::with_capacity(pairs.len());
    let mut prev_close: Option<usize> = None;
    for (open, close) in pairs {
        if let Some(mut q) = build(v, open, close) {
            // News convention: a full quote with no attribution of its own that
            // follows right after the sentence attributing the previous quote
            // continues that speaker ("...,” he said. “Seven other people ...”).
            if let (None, false, Some(pc), Some(prev)) =
                (q.speaker, q.partial, prev_close, out.last())
            {
                let ends = (pc + 1..open).filter(|&k| is_sentence_end(v, k)).count();
                if prev.speaker.is_some()
                    && ends == 1
                    && open - pc < 40
                    && is_sentence_end(v, open - 1)
                {
                    q.speaker = prev.speaker;
                    q.cue_verb = prev.cue_verb;
                }
            }
            prev_close = Some(close);
            out.push(q);
        }
    }
    out
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Mark {
    Open,
    Close,
}

/// Classifies the quote-mark token `i`, if it is one.
fn classify(v: &View, i: usize) -> Option<Mark> {
    if v.kind(i) != Some(Kind::Punct) {
        return None;
    }
    let s = v.s(i);
    if !matches!(s, "“" | "”" | "\"") {
        return None;
    }
    let t = &v.toks[i];
    let prev = v.text[..t.start].chars().next_back();
    let next = v.text[t.end..].chars().next();
    let opening_ctx = |c: char| c.is_whitespace() || "([{—–-/“\"‘'".contains(c);
    let closing_ctx = |c: char| c.is_whitespace() || ".,;:!?)]}—–-/”\"’'…".contains(c);
    let left = next.is_some_and(|c| !c.is_whitespace())
        && (prev.is_none() || prev.is_some_and(opening_ctx));
    let right = prev.is_some_and(|c| !c.is_whitespace())
        && (next.is_none() || next.is_some_and(closing_ctx));
    match s {
        "“" => Some(if right && !left {
            Mark::Close
        } else {
            Mark::Open
        }),
        "”" => Some(if left && !right {
            Mark::Open
        } else {
            Mark::Close
        }),
        _ => match (left, right) {
            (true, false) => Some(Mark::Open),
            (false, true) => Some(Mark::Close),
            _ => None,
        },
    }
}

/// True when a line break lies between tokens `a` and `b` (a < b).
fn line_break_between(v: &View, a: usize, b: usize) -> bool {
    v.text[v.end(a)..v.start(b)].contains('\n')
}

/// Pairs opening and closing marks: (open token, close token).
fn pair_marks(v: &View) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    let mut prev_tok: Option<usize> = None;
    for i in 0..v.len() {
        // An open quote meets a line break: it continues only if the new line opens
        // a quote.
        if let (Some(_), Some(p)) = (open, prev_tok) {
            if line_break_between(v, p, i) && classify(v, i) != Some(Mark::Open) {
                open = None;
            }
        }
        prev_tok = Some(i);
        match classify(v, i) {
            Some(Mark::Open) => {
                if let Some(o) = open {
                    let continues = i > 0
                        && (line_break_between(v, i - 1, i)
                            || (matches!(v.s(i - 1), "." | "?" | "!" | "…") && i - 1 > o + 1));
                    if !continues {
                        open = Some(i);
                    }
                } else {
                    open = Some(i);
                }
            }
            Some(Mark::Close) => {
                if let Some(o) = open.take() {
                    if i > o + 1 {
                        out.push((o, i));
                    }
                }
            }
            None => {}
        }
    }
    out
}

/// Reporting verbs for full quotes.
fn is_speech_verb(w: &str) -> bool {
    let mut buf = [0u8; 24];
    matches!(
        lower(w, &mut buf),
        Some(
            "said"
                | "says"
                | "say"
                | "told"
                | "tells"
                | "added"
                | "adds"
                | "noted"
                | "notes"
                | "asserted"
                | "asserts"
                | "stated"
                | "states"
                | "wrote"
                | "writes"
                | "reported"
                | "reports"
                | "explained"
                | "explains"
                | "continued"
                | "warned"
                | "warns"
                | "argued"
                | "argues"
                | "insisted"
                | "insists"
                | "claimed"
                | "claims"
                | "declared"
                | "declares"
                | "announced"
                | "asked"
                | "asks"
                | "replied"
                | "responded"
                | "recalled"
                | "emphasized"
                | "emphasised"
                | "stressed"
                | "commented"
                | "remarked"
                | "observed"
                | "concluded"
                | "acknowledged"
                | "admitted"
                | "conceded"
                | "predicted"
                | "urged"
                | "posted"
                | "tweeted"
                | "quoted"
                | "vowed"
                | "pledged"
                | "cautioned"
                | "lamented"
                | "complained"
                | "charged"
                | "countered"
                | "retorted"
                | "suggested"
                | "confirmed"
                | "denied"
                | "alleged"
                | "maintained"
                | "contended"
                | "underscored"
                | "highlighted"
                | "stresses"
                | "recounted"
                | "saying"
                | "telling"
                | "adding"
                | "noting"
                | "writing"
                | "announcing"
                | "declaring"
                | "insisting"
                | "warning"
                | "according"
        )
    )
}

/// Extra verbs that introduce partial quotes ("labeled ... as “shocking claptrap”").
fn is_framing_verb(w: &str) -> bool {
    let mut buf = [0u8; 24];
    matches!(
        lower(w, &mut buf),
        Some(
            "called"
                | "calls"
                | "calling"
                | "labeled"
                | "labelled"
                | "labeling"
                | "described"
                | "describes"
                | "describing"
                | "dubbed"
                | "termed"
                | "branded"
                | "denounced"
                | "condemned"
                | "condemning"
                | "slammed"
                | "criticized"
                | "criticised"
                | "praised"
                | "hailed"
                | "accused"
                | "accusing"
                | "accuses"
                | "urging"
                | "promised"
                | "promising"
                | "expressed"
                | "voiced"
                | "welcomed"
                | "rejected"
                | "decried"
                | "characterized"
                | "referred"
                | "pledging"
                | "vowing"
                | "demanded"
                | "demanding"
                | "threatened"
                | "threatening"
                | "blasted"
                | "mocked"
        )
    )
}

/// Words that end a noun phrase walk.
fn is_np_stop(w: &str) -> bool {
    let mut buf = [0u8; 24];
    matches!(
        lower(w, &mut buf),
        Some(
            "that"
                | "which"
                | "who"
                | "whom"
                | "whose"
                | "and"
                | "but"
                | "or"
                | "as"
                | "if"
                | "when"
                | "while"
                | "because"
                | "with"
                | "by"
                | "for"
                | "to"
                | "from"
                | "in"
                | "on"
                | "at"
                | "during"
                | "after"
                | "before"
                | "since"
                | "than"
                | "so"
                | "said"
                | "says"
                | "told"
                | "is"
                | "are"
                | "was"
                | "were"
                | "be"
                | "been"
                | "into"
                | "over"
                | "about"
                | "amid"
                | "despite"
                | "although"
                | "though"
                | "where"
                | "has"
                | "have"
                | "had"
                | "will"
                | "would"
                | "can"
                | "could"
                | "also"
                | "it"
                | "its"
        )
    )
}

/// Auxiliaries and adverbs skipped between a subject and its verb.
fn skippable_before_verb(v: &View, i: usize) -> bool {
    let s = v.s(i);
    v.lowercase_word(i)
        && (v.is_any(
            i,
            &[
                "has",
                "have",
                "had",
                "was",
                "is",
                "were",
                "are",
                "also",
                "later",
                "then",
                "again",
                "once",
                "earlier",
                "had",
                "further",
                "would",
                "will",
                "did",
                "not",
                "never",
                "previously",
                "subsequently",
            ],
        ) || (s.len() > 4 && s.ends_with("ly")))
}

fn is_sentence_end(v: &View, i: usize) -> bool {
    if !(v.is_punct(i, ".") || v.is_punct(i, "!") || v.is_punct(i, "?")) {
        return false;
    }
    if v.is_punct(i, ".") && i > 0 && v.adj(i - 1) {
        // "U.S.", "Mr.", "Gen.": abbreviations do not end sentences.
        let p = v.s(i - 1);
        if (p.len() == 1 && v.capitalized(i - 1))
            || v.is_any(
                i - 1,
                &[
                    "mr", "mrs", "ms", "dr", "gen", "lt", "col", "sgt", "rep", "sen", "gov", "st",
                    "jr", "sr", "no", "vs", "inc", "corp", "co", "ltd", "prof", "capt", "maj",
                    "adm", "cmdr", "jan", "feb", "aug", "sept", "oct", "nov", "dec", "u.s", "a.m",
                    "p.m", "mt", "ft", "pres", "rev",
                ],
            )
        {
            return false;
        }
    }
    true
}

/// Index of the first token of the sentence containing token `i` (scanning back
/// over at most 80 tokens, stopping at sentence ends and closing quote marks).
fn sentence_start(v: &View, i: usize) -> usize {
    let mut k = i;
    let lim = i.saturating_sub(80);
    while k > lim {
        let p = k - 1;
        if is_sentence_end(v, p) || line_break_between(v, p, k) {
            return k;
        }
        k -= 1;
    }
    k
}

fn is_quote_mark(v: &View, i: usize) -> bool {
    v.kind(i) == Some(Kind::Punct) && matches!(v.s(i), "“" | "”" | "\"")
}

/// Walks back from token `k` (exclusive) over a noun phrase: returns (first, last).
fn np_before(v: &View, k: usize, floor: usize) -> Option<(usize, usize)> {
    let mut j = k;
    // Skip auxiliaries/adverbs.
    while j > floor && skippable_before_verb(v, j - 1) {
        j -= 1;
    }
    let last = j.checked_sub(1)?;
    let mut first = j;
    let mut count = 0;
    while first > floor && count < 9 {
        let p = first - 1;
        let s = v.s(p);
        if v.is_word(p) {
            if v.is_any(
                p,
                &[
                    "the", "a", "an", "this", "that", "these", "those", "his", "her", "their",
                    "its", "our",
                ],
            ) && count > 0
            {
                first = p;
                break;
            }
            if v.lowercase_word(p) && is_np_stop(v.s(p)) {
                // "of" inside a name ("Institute of X") is walked over elsewhere.
                break;
            }
            if v.lowercase_word(p) && s.len() > 3 && s.ends_with("ed") && count > 0 {
                break;
            }
            if v.is(p, "of") && !(v.capitalized(p.wrapping_sub(1)) && v.capitalized(p + 1)) {
                break;
            }
            first = p;
            count += 1;
            continue;
        }
        // Hyphens, apostrophes and abbreviation dots glued inside the phrase.
        if matches!(s, "-" | "’" | "'" | ".") && v.adj(p) && p > floor && v.adj(p - 1) && count > 0
        {
            first = p;
            continue;
        }
        if v.is_num(p) && count > 0 && v.adj(p) {
            first = p;
            continue;
        }
        break;
    }
    if first > last || count == 0 {
        return None;
    }
    // Do not start on a glued punctuation mark.
    while first <= last && v.kind(first) == Some(Kind::Punct) {
        first += 1;
    }
    (first <= last).then_some((first, last))
}

/// Walks forward from token `k` over a noun phrase (after an inverted verb or
/// "according to"): stops at commas, clause words and sentence ends.
fn np_after(v: &View, k: usize, max_words: usize, source_mode: bool) -> Option<(usize, usize)> {
    // Prepositions allowed inside the phrase: "chief of staff", and for a source
    // "a report by X", "officials in Kyiv".
    let inner: &[&str] = if source_mode {
        &["of", "for", "by", "from", "at", "in", "on"]
    } else {
        &["of", "for"]
    };
    let allow_parens = source_mode;
    let mut j = k;
    let mut last: Option<usize> = None;
    let mut words = 0;
    while j < v.len() && words < max_words {
        let s = v.s(j);
        if v.is_word(j) {
            let is_inner = v.is_any(j, inner);
            if v.lowercase_word(j) && is_np_stop(v.s(j)) && !is_inner {
                break;
            }
            if is_inner && !v.is_word(j + 1) {
                break;
            }
            last = Some(j);
            words += 1;
        } else if v.is_num(j) {
            last = Some(j);
        } else if matches!(s, "-" | "’" | "'" | ".") && v.adj(j) && j > k && v.adj(j - 1) {
            // glued
        } else if allow_parens && s == "(" {
            // "(KCNA)"
            let mut m = j + 1;
            while m < v.len() && m < j + 6 && !v.is_punct(m, ")") {
                m += 1;
            }
            if v.is_punct(m, ")") {
                last = Some(m);
                j = m;
            } else {
                break;
            }
        } else {
            break;
        }
        j += 1;
    }
    // A phrase ending in a preposition drops it.
    let mut l = last?;
    while l > k && v.is_any(l, inner) {
        l -= 1;
    }
    Some((k, l))
}

fn span(v: &View, a: usize, b: usize) -> (usize, usize) {
    (v.start(a), v.end(b))
}

/// Attribution after the closing mark at token `c`.
fn after_attribution(v: &View, c: usize) -> Option<((usize, usize), (usize, usize))> {
    let mut k = c + 1;
    if v.is_punct(k, ",") {
        k += 1;
    }
    if !v.is_word(k) {
        return None;
    }
    // Inverted: "said Lim Eul-chul", "noted Lim".
    if v.lowercase_word(k) && is_speech_verb(v.s(k)) && !v.is(k, "according") {
        let (a, b) = np_after(v, k + 1, 8, false)?;
        return Some((span(v, a, b), span(v, k, k)));
    }
    if v.is(k, "according") && v.is(k + 1, "to") {
        let (a, b) = np_after(v, k + 2, 12, true)?;
        return Some((span(v, a, b), span(v, k, k + 1)));
    }
    // A clause that does not start with a subject: `“...,” was banned, saying`.
    if v.lowercase_word(k)
        && ((is_np_stop(v.s(k)) && !v.is_any(k, &["it", "its"]))
            || v.s(k).ends_with("ed")
            || v.s(k).ends_with("ing"))
    {
        return None;
    }
    // Subject first: "KCNA reported", "the commentary asserted", "Lim Eul-chul, a
    // professor at X, said".
    let mut j = k;
    let mut comma: Option<usize> = None;
    while j < v.len() && j < k + 14 {
        if is_sentence_end(v, j) || is_quote_mark(v, j) || v.is_punct(j, ";") || v.is_punct(j, ":")
        {
            return None;
        }
        if v.is_punct(j, ",") && comma.is_none() {
            comma = Some(j);
        }
        if j > k
            && v.lowercase_word(j)
            && is_speech_verb(v.s(j))
            && !v.is(j, "according")
            && !v.s(j).ends_with("ing")
        {
            let np_end_excl = comma.unwrap_or(j);
            // Trim auxiliaries/adverbs before the verb.
            let mut e = np_end_excl;
            while e > k && skippable_before_verb(v, e - 1) {
                e -= 1;
            }
            if e <= k {
                return None;
            }
            return Some((span(v, k, e - 1), span(v, j, j)));
        }
        j += 1;
    }
    None
}

/// Attribution before the opening mark at token `o`: `X said: “`, `X told reporters, “`,
/// `According to X, “`.
fn before_attribution(v: &View, o: usize) -> Option<((usize, usize), (usize, usize))> {
    if o == 0 || !(v.is_punct(o - 1, ":") || v.is_punct(o - 1, ",")) {
        return None;
    }
    let end = o - 1;
    let floor = sentence_start(v, end);
    // "According to X, “"
    let mut k = end;
    while k > floor {
        k -= 1;
        if is_quote_mark(v, k) {
            break;
        }
        if v.is(k, "according") && v.is(k + 1, "to") && k + 2 < end {
            let (a, b) = np_after(v, k + 2, 12, true)?;
            return Some((span(v, a, b.min(end - 1)), span(v, k, k + 1)));
        }
    }
    // Nearest speech verb back in the sentence.
    let mut k = end;
    let lim = end.saturating_sub(15).max(floor);
    while k > lim {
        k -= 1;
        if is_quote_mark(v, k) {
            return None;
        }
        if v.lowercase_word(k) && is_speech_verb(v.s(k)) {
            if let Some((a, b)) = np_before(v, k, floor) {
                return Some((span(v, a, b), span(v, k, k)));
            }
            // "Said the minister: “" (inverted before the quote).
            if let Some((a, b)) = np_after(v, k + 1, 8, false).filter(|&(_, b)| b < end) {
                return Some((span(v, a, b), span(v, k, k)));
            }
            return None;
        }
    }
    None
}

/// "according to X" anywhere in the sentence around the quote: (X, "according to").
fn according_to(v: &View, o: usize, c: usize) -> Option<((usize, usize), (usize, usize))> {
    let floor = sentence_start(v, o);
    let mut k = floor;
    let lim = (c + 40).min(v.len());
    while k < lim {
        if k > c && is_sentence_end(v, k) {
            break;
        }
        if (k < o || k > c) && v.is(k, "according") && v.is(k + 1, "to") {
            let (a, b) = np_after(v, k + 2, 12, true)?;
            return Some((span(v, a, b), span(v, k, k + 1)));
        }
        k += 1;
    }
    None
}

/// Speaker of a partial quote: the noun phrase before the nearest reporting or
/// framing verb in the sentence, else the sentence subject when short.
fn partial_attribution(v: &View, o: usize) -> Option<((usize, usize), (usize, usize))> {
    let floor = sentence_start(v, o);
    let mut k = o;
    let mut verb: Option<usize> = None;
    while k > floor {
        k -= 1;
        if v.lowercase_word(k)
            && (is_speech_verb(v.s(k)) || is_framing_verb(v.s(k)))
            && !v.is(k, "according")
        {
            verb = Some(k);
            break;
        }
    }
    let verb = verb?;
    if let Some((a, b)) = np_before(v, verb, floor) {
        return Some((span(v, a, b), span(v, verb, verb)));
    }
    // Subject fallback: skip a leading prepositional phrase ("In April, ...").
    let mut s = floor;
    if v.is_any(
        s,
        &[
            "in",
            "on",
            "at",
            "after",
            "during",
            "despite",
            "amid",
            "while",
            "when",
            "as",
            "since",
            "before",
            "following",
            "earlier",
            "later",
            "last",
            "meanwhile",
            "however",
        ],
    ) {
        let mut m = s;
        while m < verb && !v.is_punct(m, ",") {
            m += 1;
        }
        s = m + 1;
    }
    let mut e = s;
    let glued = |m: usize| {
        matches!(v.s(m), "-" | "’" | "'" | ".")
            && m > s
            && v.adj(m - 1)
            && v.adj(m)
            && v.is_word(m + 1)
    };
    while e < verb
        && ((v.is_word(e) && !(v.lowercase_word(e) && is_np_stop(v.s(e)))) || glued(e))
        && e < s + 12
    {
        e += 1;
    }
    // The subject must end at a comma, run straight into the verb, or end at an
    // auxiliary or finite verb of its own ("al-Sudani was first to ...").
    let ends_at_verb = v.lowercase_word(e)
        && (v.is_any(
            e,
            &[
                "was", "is", "were", "are", "has", "have", "had", "will", "would", "said", "says",
                "told",
            ],
        ) || (v.s(e).len() > 4 && v.s(e).ends_with("ed")));
    if e > s
        && (v.is_punct(e, ",")
            || e == verb
            || ends_at_verb
            || (e..verb).all(|m| skippable_before_verb(v, m)))
    {
        return Some((span(v, s, e - 1), span(v, verb, verb)));
    }
    None
}

fn build(v: &View, o: usize, c: usize) -> Option<QuoteMatch> {
    let outer_start = v.start(o);
    let outer_end = v.end(c);
    let mut start = v.end(o);
    let mut end = v.start(c);
    let inner = &v.text[start..end];
    let trimmed_start = inner.len() - inner.trim_start().len();
    start += trimmed_start;
    end = start + v.text[start..end].trim_end().len();
    let ends_with_comma = v.text[start..end].ends_with(',');
    if ends_with_comma {
        end -= 1;
    }
    // A nested quote closing with the outer one: `... directorate,'"`.
    let nested_comma = v.text[start..end]
        .trim_end_matches(['\'', '’'])
        .ends_with(',');
    if start >= end {
        return None;
    }
    let content = &v.text[start..end];
    let first_upper = content
        .chars()
        .next()
        .is_some_and(|ch| ch.is_uppercase() || ch.is_ascii_digit() || ch == '…' || ch == '.');
    let prev_ok = o == 0 || {
        let p = o - 1;
        matches!(v.s(p), ":" | "," | "(" | "—" | "–" | "-")
            || is_sentence_end(v, p)
            || is_quote_mark(v, p)
            || line_break_between(v, p, o)
    };
    // `“First part,” he said, “second part.”`: a quote resumed after an attribution.
    let resumed = o > 0
        && v.is_punct(o - 1, ",")
        && (o.saturating_sub(10)..o - 1)
            .any(|k| is_quote_mark(v, k) && classify(v, k) == Some(Mark::Close));
    let partial = !(resumed || prev_ok && first_upper);
    if partial && content.ends_with('.') {
        end -= 1;
    }
    if start >= end {
        return None;
    }
    let last_char = content.chars().last();
    let may_attribute_after = ends_with_comma
        || nested_comma
        || matches!(
            last_char,
            Some('?') | Some('!') | Some('—') | Some('–') | Some('…')
        )
        || v.is_punct(c + 1, ",");
    let mut attribution = None;
    if may_attribute_after {
        attribution = after_attribution(v, c);
    }
    if attribution.is_none() && !partial {
        attribution = before_attribution(v, o);
    }
    if attribution.is_none() && partial {
        attribution = partial_attribution(v, o);
    }
    let according = according_to(v, o, c);
    // A phrase of only function words ("the" before a quoted title) is no speaker.
    let contentful = |sp: &((usize, usize), (usize, usize))| {
        v.text[sp.0 .0..sp.0 .1]
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| {
                !w.is_empty()
                    && ![
                        "the", "a", "an", "this", "that", "The", "A", "An", "This", "That",
                    ]
                    .contains(&w)
            })
    };
    let attribution = attribution.filter(contentful);
    let according = according.filter(contentful);
    let (speaker, cue_verb) = match attribution.or(according) {
        Some((s, c)) => (Some(s), Some(c)),
        None => (None, None),
    };
    Some(QuoteMatch {
        start,
        end,
        outer_start,
        outer_end,
        partial,
        speaker,
        cue_verb,
        according_to: according.map(|a| a.0),
    })
}

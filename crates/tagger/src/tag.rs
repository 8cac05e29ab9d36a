//! The Penn Treebank tag set as used by sitrep.

/// A Penn Treebank part-of-speech tag.
///
/// Word tags follow the PTB guidelines. Punctuation gets its own variants
/// (the PTB tags `,` `.` `:` `` `` `` `''` `-LRB-` `-RRB-` `$` `HYPH`) because
/// downstream rules care about clause boundaries and quotes; everything else
/// that is punctuation-like (`NFP`, `#`, stray symbols) is [`Tag::Punct`].
/// Use [`Tag::is_punct`] to test for any of them.
///
/// The discriminants are the model's class indices: do not reorder variants
/// without retraining (the weights file stores the tag names and loading
/// checks them).
#[repr(u8)]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Tag {
    CC,
    CD,
    DT,
    EX,
    FW,
    IN,
    JJ,
    JJR,
    JJS,
    LS,
    MD,
    NN,
    NNS,
    NNP,
    NNPS,
    PDT,
    POS,
    PRP,
    /// `PRP$`
    PRPS,
    RB,
    RBR,
    RBS,
    RP,
    SYM,
    TO,
    UH,
    VB,
    VBD,
    VBG,
    VBN,
    VBP,
    VBZ,
    WDT,
    WP,
    /// `WP$`
    WPS,
    WRB,
    /// `,`
    Comma,
    /// `.` (sentence-final `.`, `!`, `?`)
    Period,
    /// `:` (colons, semicolons, dashes, ellipses)
    Colon,
    /// `` `` `` opening quote
    OpenQuote,
    /// `''` closing quote
    CloseQuote,
    /// `-LRB-` opening bracket
    LRB,
    /// `-RRB-` closing bracket
    RRB,
    /// `$` (any currency sign)
    Dollar,
    /// `HYPH` a free-standing hyphen
    Hyph,
    /// Other punctuation and symbols (`NFP`, `#`, ...)
    Punct,
}

impl Tag {
    /// Number of tags (model classes).
    pub const COUNT: usize = 46;

    /// All tags in discriminant order.
    pub const ALL: [Tag; Tag::COUNT] = [
        Tag::CC,
        Tag::CD,
        Tag::DT,
        Tag::EX,
        Tag::FW,
        Tag::IN,
        Tag::JJ,
        Tag::JJR,
        Tag::JJS,
        Tag::LS,
        Tag::MD,
        Tag::NN,
        Tag::NNS,
        Tag::NNP,
        Tag::NNPS,
        Tag::PDT,
        Tag::POS,
        Tag::PRP,
        Tag::PRPS,
        Tag::RB,
        Tag::RBR,
        Tag::RBS,
        Tag::RP,
        Tag::SYM,
        Tag::TO,
        Tag::UH,
        Tag::VB,
        Tag::VBD,
        Tag::VBG,
        Tag::VBN,
        Tag::VBP,
        Tag::VBZ,
        Tag::WDT,
        Tag::WP,
        Tag::WPS,
        Tag::WRB,
        Tag::Comma,
        Tag::Period,
        Tag::Colon,
        Tag::OpenQuote,
        Tag::CloseQuote,
        Tag::LRB,
        Tag::RRB,
        Tag::Dollar,
        Tag::Hyph,
        Tag::Punct,
    ];

    /// The PTB spelling of the tag (`"PRP$"`, `","`, `"-LRB-"`, ...;
    /// [`Tag::Punct`] is `"NFP"`).
    pub fn as_str(self) -> &'static str {
        match self {
            Tag::CC => "CC",
            Tag::CD => "CD",
            Tag::DT => "DT",
            Tag::EX => "EX",
            Tag::FW => "FW",
            Tag::IN => "IN",
            Tag::JJ => "JJ",
            Tag::JJR => "JJR",
            Tag::JJS => "JJS",
            Tag::LS => "LS",
            Tag::MD => "MD",
            Tag::NN => "NN",
            Tag::NNS => "NNS",
            Tag::NNP => "NNP",
            Tag::NNPS => "NNPS",
            Tag::PDT => "PDT",
            Tag::POS => "POS",
            Tag::PRP => "PRP",
            Tag::PRPS => "PRP$",
            Tag::RB => "RB",
            Tag::RBR => "RBR",
            Tag::RBS => "RBS",
            Tag::RP => "RP",
            Tag::SYM => "SYM",
            Tag::TO => "TO",
            Tag::UH => "UH",
            Tag::VB => "VB",
            Tag::VBD => "VBD",
            Tag::VBG => "VBG",
            Tag::VBN => "VBN",
            Tag::VBP => "VBP",
            Tag::VBZ => "VBZ",
            Tag::WDT => "WDT",
            Tag::WP => "WP",
            Tag::WPS => "WP$",
            Tag::WRB => "WRB",
            Tag::Comma => ",",
            Tag::Period => ".",
            Tag::Colon => ":",
            Tag::OpenQuote => "``",
            Tag::CloseQuote => "''",
            Tag::LRB => "-LRB-",
            Tag::RRB => "-RRB-",
            Tag::Dollar => "$",
            Tag::Hyph => "HYPH",
            Tag::Punct => "NFP",
        }
    }

    /// Parses a PTB tag as written by spaCy (`as_str` round-trips). A few
    /// rare spaCy extensions are folded into PTB tags: `ADD` (URLs, e-mail
    /// addresses) -> NN, `AFX` -> JJ, `XX` -> FW, `#` -> Punct.
    pub fn from_ptb(s: &str) -> Option<Tag> {
        match s {
            "ADD" => return Some(Tag::NN),
            "AFX" => return Some(Tag::JJ),
            "XX" => return Some(Tag::FW),
            "#" => return Some(Tag::Punct),
            _ => {}
        }
        Tag::ALL.iter().copied().find(|t| t.as_str() == s)
    }

    /// The tag with class index `i` (`i < Tag::COUNT`).
    pub fn from_index(i: usize) -> Option<Tag> {
        Tag::ALL.get(i).copied()
    }

    /// Verbs and modals: VB, VBD, VBG, VBN, VBP, VBZ, MD.
    pub fn is_verb(self) -> bool {
        matches!(
            self,
            Tag::VB | Tag::VBD | Tag::VBG | Tag::VBN | Tag::VBP | Tag::VBZ | Tag::MD
        )
    }

    /// A finite verb or modal (VBD, VBZ, VBP, MD): the tense-bearing word of a clause.
    pub fn is_finite(self) -> bool {
        matches!(self, Tag::VBD | Tag::VBZ | Tag::VBP | Tag::MD)
    }

    /// Common and proper nouns: NN, NNS, NNP, NNPS.
    pub fn is_noun(self) -> bool {
        matches!(self, Tag::NN | Tag::NNS | Tag::NNP | Tag::NNPS)
    }

    /// Proper nouns: NNP, NNPS.
    pub fn is_proper_noun(self) -> bool {
        matches!(self, Tag::NNP | Tag::NNPS)
    }

    /// Adjectives: JJ, JJR, JJS.
    pub fn is_adj(self) -> bool {
        matches!(self, Tag::JJ | Tag::JJR | Tag::JJS)
    }

    /// Adverbs: RB, RBR, RBS, WRB.
    pub fn is_adverb(self) -> bool {
        matches!(self, Tag::RB | Tag::RBR | Tag::RBS | Tag::WRB)
    }

    /// Any punctuation or symbol tag (`,` `.` `:` quotes, brackets, `$`,
    /// `HYPH`, [`Tag::Punct`]).
    pub fn is_punct(self) -> bool {
        self >= Tag::Comma
    }
}

impl std::fmt::Display for Tag {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

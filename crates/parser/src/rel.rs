//! Dependency relations (spaCy's English / ClearNLP label set).

macro_rules! rels {
    ($($(#[$doc:meta])* $v:ident = $name:literal,)*) => {
        /// A dependency relation: the label of the arc from a word to its head.
        ///
        /// The set is spaCy's English (ClearNLP) scheme, which the parser is
        /// distilled from. The weights file stores label names and loading maps
        /// them to these variants, so the order here is free to change.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Rel {
            $($(#[$doc])* $v,)*
        }

        impl Rel {
            /// Every relation, in declaration order.
            pub const ALL: &'static [Rel] = &[$(Rel::$v,)*];

            /// The label as spaCy writes it (lower case, "ROOT").
            pub fn name(self) -> &'static str {
                match self { $(Rel::$v => $name,)* }
            }

            /// The relation named `name` (spaCy's spelling; case-insensitive).
            pub fn from_name(name: &str) -> Option<Rel> {
                $(if name.eq_ignore_ascii_case($name) { return Some(Rel::$v); })*
                None
            }
        }
    };
}

rels! {
    /// The root of the sentence (no head).
    Root = "ROOT",
    /// Clausal modifier of a noun, including reduced relatives ("a pact *signed* in May").
    Acl = "acl",
    Acomp = "acomp",
    /// Adverbial clause ("*fearing* an attack, troops withdrew").
    Advcl = "advcl",
    Advmod = "advmod",
    /// The "by" of a passive agent ("was signed *by* Russia").
    Agent = "agent",
    Amod = "amod",
    /// Apposition ("Sergei Shoigu, *minister* of defence").
    Appos = "appos",
    Attr = "attr",
    Aux = "aux",
    Auxpass = "auxpass",
    Case = "case",
    Cc = "cc",
    /// Clausal complement ("said *that* ... *attacked*").
    Ccomp = "ccomp",
    Compound = "compound",
    /// Conjunct ("Russia and *China*"; "met and *signed*").
    Conj = "conj",
    Csubj = "csubj",
    Csubjpass = "csubjpass",
    /// Indirect object ("gave *Ukraine* missiles").
    Dative = "dative",
    Dep = "dep",
    Det = "det",
    /// Direct object.
    Dobj = "dobj",
    Expl = "expl",
    Intj = "intj",
    Mark = "mark",
    Meta = "meta",
    Neg = "neg",
    Nmod = "nmod",
    Npadvmod = "npadvmod",
    /// Nominal subject.
    Nsubj = "nsubj",
    /// Passive nominal subject.
    Nsubjpass = "nsubjpass",
    Nummod = "nummod",
    Oprd = "oprd",
    Parataxis = "parataxis",
    Pcomp = "pcomp",
    /// Object of a preposition.
    Pobj = "pobj",
    /// Possessive ("*Russia*'s army").
    Poss = "poss",
    Preconj = "preconj",
    Predet = "predet",
    /// Prepositional attachment (the preposition to its head).
    Prep = "prep",
    Prt = "prt",
    Punct = "punct",
    Quantmod = "quantmod",
    /// Relative clause ("troops *who* *crossed* the border").
    Relcl = "relcl",
    /// Open clausal complement ("agreed to *pull* back").
    Xcomp = "xcomp",
}

impl Rel {
    /// A subject relation (active, passive or clausal).
    pub fn is_subject(self) -> bool {
        matches!(
            self,
            Rel::Nsubj | Rel::Nsubjpass | Rel::Csubj | Rel::Csubjpass | Rel::Expl
        )
    }

    /// An object relation (direct, indirect, or attribute of a copula).
    pub fn is_object(self) -> bool {
        matches!(self, Rel::Dobj | Rel::Dative | Rel::Attr | Rel::Oprd)
    }
}

impl std::fmt::Display for Rel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for &r in Rel::ALL {
            assert_eq!(Rel::from_name(r.name()), Some(r));
        }
        assert_eq!(Rel::from_name("nsubjpass"), Some(Rel::Nsubjpass));
        assert_eq!(Rel::from_name("root"), Some(Rel::Root));
        assert_eq!(Rel::from_name("nonsense"), None);
        assert_eq!(Rel::ALL.len(), 45);
    }
}

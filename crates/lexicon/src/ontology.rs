//! The CAMEO and PLOVER tables (`data/cameo.tsv`, `data/plover.tsv`).
//!
//! `cameo.tsv`: one CAMEO code a line, tab-separated `code goldstein plover mode context
//! description`; `-` for an empty field, contexts separated by `,`. `plover.tsv`: `event quad
//! recipient(required|optional) gloss`. Lines starting with `#` are comments.
//!
//! Decision recorded in the table: CAMEO 02x (appeals) have no PLOVER category in the
//! published conversion table; sitrep codes them as PLOVER `REQUEST` with mode `appeal`
//! (softer than the 10x demands, which keep their own modes) and borrows the context of the
//! parallel 10x demand code. CAMEO 01x (public statements) stay without a PLOVER category:
//! the coder does not emit them.

use crate::{LexiconError, LexiconErrors};
use rustc_hash::FxHashMap;
use std::sync::OnceLock;

/// One CAMEO event code.
#[derive(Clone, Debug, PartialEq)]
pub struct CameoCode {
    /// The code as written: "057", "0332", "19".
    pub code: String,
    /// Short description ("Sign formal agreement").
    pub description: String,
    /// Goldstein conflict-cooperation score, -10..+10.
    pub goldstein: f64,
    /// PLOVER event category ("SUPPORT"); `None` for 01x statements.
    pub plover: Option<String>,
    /// PLOVER mode ("visit", "appeal"), if any.
    pub mode: Option<String>,
    /// PLOVER contexts ("military", "legal").
    pub context: Vec<String>,
}

/// One PLOVER event category.
#[derive(Clone, Debug, PartialEq)]
pub struct PloverEvent {
    /// "ASSAULT".
    pub event: String,
    /// One of "verbal-cooperation", "material-cooperation", "verbal-conflict",
    /// "material-conflict".
    pub quad: &'static str,
    /// Whether the PLOVER codebook requires a recipient for this category.
    pub requires_recipient: bool,
    /// A one-line gloss (sitrep's own words).
    pub gloss: String,
}

/// The four PLOVER quad classes.
pub const QUADS: [&str; 4] = [
    "verbal-cooperation",
    "material-cooperation",
    "verbal-conflict",
    "material-conflict",
];

/// CAMEO codes and PLOVER categories, with lookups.
#[derive(Debug)]
pub struct Ontology {
    codes: Vec<CameoCode>,
    by_code: FxHashMap<String, usize>,
    plover: Vec<PloverEvent>,
    by_plover: FxHashMap<String, usize>,
}

const CAMEO_SRC: &str = include_str!("../data/cameo.tsv");
const PLOVER_SRC: &str = include_str!("../data/plover.tsv");

fn opt(field: &str) -> Option<String> {
    (field != "-" && !field.is_empty()).then(|| field.to_string())
}

/// A line of `plover.tsv`: event, quad class, recipient required|optional, gloss.
fn parse_plover_line(line: &str) -> Result<PloverEvent, String> {
    let f: Vec<&str> = line.split('\t').collect();
    if f.len() != 4 {
        return Err(format!("expected 4 tab-separated fields, got {}", f.len()));
    }
    let quad = QUADS
        .iter()
        .find(|q| **q == f[1])
        .ok_or_else(|| format!("unknown quad class {:?}", f[1]))?;
    let requires_recipient = match f[2] {
        "required" => true,
        "optional" => false,
        other => {
            return Err(format!(
                "recipient must be required|optional, got {other:?}"
            ))
        }
    };
    Ok(PloverEvent {
        event: f[0].to_string(),
        quad,
        requires_recipient,
        gloss: f[3].to_string(),
    })
}

/// A line of `cameo.tsv`: code, Goldstein score, PLOVER event, mode, context, description.
fn parse_cameo_line(line: &str, by_plover: &FxHashMap<String, usize>) -> Result<CameoCode, String> {
    let f: Vec<&str> = line.split('\t').collect();
    if f.len() != 6 {
        return Err(format!("expected 6 tab-separated fields, got {}", f.len()));
    }
    if !(2..=4).contains(&f[0].len()) || !f[0].bytes().all(|b| b.is_ascii_digit()) {
        return Err(format!("bad CAMEO code {:?}", f[0]));
    }
    let goldstein: f64 = f[1]
        .parse()
        .map_err(|_| format!("bad Goldstein score {:?}", f[1]))?;
    let plover_event = opt(f[2]);
    if let Some(p) = &plover_event {
        if !by_plover.contains_key(p) {
            return Err(format!("unknown PLOVER event {p:?}"));
        }
    }
    Ok(CameoCode {
        code: f[0].to_string(),
        goldstein,
        plover: plover_event,
        mode: opt(f[3]),
        context: opt(f[4])
            .map(|c| c.split(',').map(|s| s.trim().to_string()).collect())
            .unwrap_or_default(),
        description: f[5].to_string(),
    })
}

impl Ontology {
    /// The built-in tables, parsed once.
    pub fn builtin() -> &'static Ontology {
        static ONTOLOGY: OnceLock<Ontology> = OnceLock::new();
        ONTOLOGY.get_or_init(|| {
            Ontology::from_sources(CAMEO_SRC, PLOVER_SRC)
                .unwrap_or_else(|e| panic!("built-in ontology is invalid: {e}"))
        })
    }

    /// Parse the two tables (formats in the module docs). Errors: every bad line of both.
    pub fn from_sources(cameo_tsv: &str, plover_tsv: &str) -> Result<Ontology, LexiconErrors> {
        let mut errors = LexiconErrors::default();
        let mut plover = Vec::new();
        let mut by_plover = FxHashMap::default();
        for (n, line) in plover_tsv.lines().enumerate() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            match parse_plover_line(line) {
                Ok(event) => {
                    by_plover.insert(event.event.clone(), plover.len());
                    plover.push(event);
                }
                Err(m) => errors.push(LexiconError::new("plover.tsv", n + 1, m)),
            }
        }
        let mut codes = Vec::new();
        let mut by_code = FxHashMap::default();
        for (n, line) in cameo_tsv.lines().enumerate() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let parsed = parse_cameo_line(line, &by_plover).and_then(|code| {
                if by_code.contains_key(&code.code) {
                    return Err(format!("duplicate CAMEO code {}", code.code));
                }
                Ok(code)
            });
            match parsed {
                Ok(code) => {
                    by_code.insert(code.code.clone(), codes.len());
                    codes.push(code);
                }
                Err(m) => errors.push(LexiconError::new("cameo.tsv", n + 1, m)),
            }
        }
        errors.or_ok(|| Ontology {
            codes,
            by_code,
            plover,
            by_plover,
        })
    }

    /// The CAMEO code, if it exists ("057").
    pub fn cameo(&self, code: &str) -> Option<&CameoCode> {
        self.by_code.get(code).map(|&i| &self.codes[i])
    }

    /// The quad class of a PLOVER category ("ASSAULT" -> "material-conflict").
    pub fn quad(&self, plover: &str) -> Option<&'static str> {
        self.plover_event(plover).map(|p| p.quad)
    }

    /// Whether the PLOVER category requires a recipient (false for unknown categories).
    pub fn requires_recipient(&self, plover: &str) -> bool {
        self.plover_event(plover)
            .is_some_and(|p| p.requires_recipient)
    }

    /// The PLOVER category record.
    pub fn plover_event(&self, plover: &str) -> Option<&PloverEvent> {
        self.by_plover.get(plover).map(|&i| &self.plover[i])
    }

    /// All CAMEO codes in table order (by code).
    pub fn codes(&self) -> impl Iterator<Item = &CameoCode> {
        self.codes.iter()
    }

    /// All PLOVER categories in table order.
    pub fn plover_events(&self) -> impl Iterator<Item = &PloverEvent> {
        self.plover.iter()
    }

    /// Whether the coder emits events with this code: it has a PLOVER category
    /// (everything except 01x statements; 02x appeals count, as REQUEST).
    pub fn is_codable(&self, code: &str) -> bool {
        self.cameo(code).is_some_and(|c| c.plover.is_some())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_tables() {
        let o = Ontology::builtin();
        assert_eq!(o.codes().count(), 311);
        assert_eq!(o.plover_events().count(), 16);
        let c = o.cameo("057").unwrap();
        assert_eq!(c.plover.as_deref(), Some("SUPPORT"));
        assert_eq!(c.goldstein, 8.0);
        assert_eq!(o.cameo("091").unwrap().context, vec!["crime", "corruption"]);
        assert_eq!(o.quad("ASSAULT"), Some("material-conflict"));
        assert_eq!(o.quad("AGREE"), Some("verbal-cooperation"));
        assert!(o.requires_recipient("AID"));
        assert!(!o.requires_recipient("ASSAULT"));
        assert!(o.cameo("010").unwrap().plover.is_none());
        let appeal = o.cameo("0233").unwrap();
        assert_eq!(appeal.plover.as_deref(), Some("REQUEST"));
        assert_eq!(appeal.mode.as_deref(), Some("appeal"));
        assert!(!o.is_codable("012"));
        assert!(o.is_codable("020"));
        assert!(o.cameo("999").is_none());
    }

    #[test]
    fn errors_carry_line_numbers() {
        let e = Ontology::from_sources("# c\n057\tx\tSUPPORT\t-\t-\td\n", "").unwrap_err();
        let e = e.first();
        assert_eq!((e.line, e.file.as_str()), (2, "cameo.tsv"));
        let p = "AID\tmaterial-cooperation\trequired\tg\n";
        let e = Ontology::from_sources("057\t1\tNOPE\t-\t-\td\n", p).unwrap_err();
        assert!(e.first().message.contains("NOPE"), "{e}");
        // Every bad line of both tables, PLOVER first (CAMEO lines refer to it).
        let p = "AID\tmaterial-cooperation\trequired\tg\nX\tnope\trequired\tg\n";
        let c = "070\t7\tAID\t-\t-\td\n07\t7\n070\t7\tAID\t-\t-\td\n";
        let e = Ontology::from_sources(c, p).unwrap_err();
        let found: Vec<(&str, usize)> = e
            .errors()
            .iter()
            .map(|e| (e.file.as_str(), e.line))
            .collect();
        assert_eq!(
            found,
            [("plover.tsv", 2), ("cameo.tsv", 2), ("cameo.tsv", 3)],
            "{e}"
        );
    }
}

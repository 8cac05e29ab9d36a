//! Precomputes the name index of the embedded gazetteer data so that
//! `Gazetteer::builtin()` only decodes arrays instead of normalising and
//! hashing ~140,000 names at startup.

#[allow(dead_code)]
#[path = "src/index.rs"]
mod index;

use std::path::PathBuf;

fn main() {
    let dir = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("CARGO_MANIFEST_DIR"));
    let places_path = dir.join("data/places.tsv");
    let common_path = dir.join("data/common_names.txt");
    println!("cargo:rerun-if-changed={}", places_path.display());
    println!("cargo:rerun-if-changed={}", common_path.display());
    println!("cargo:rerun-if-changed=src/index.rs");
    let tsv = std::fs::read_to_string(&places_path).expect("data/places.tsv readable");
    let common = std::fs::read_to_string(&common_path).expect("data/common_names.txt readable");
    let places = index::parse_places(&tsv).expect("data/places.tsv well-formed");
    let idx = index::Index::build(&places, &common);
    let bytes = idx.encode(&tsv, &places);
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("OUT_DIR")).join("gazetteer.idx");
    std::fs::write(&out, bytes).expect("write index");
}

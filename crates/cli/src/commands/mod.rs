pub mod dictionary;
pub mod dictionary_import;
pub mod export;
pub mod extract;
pub mod ingest;
pub mod query;

pub mod completions;
pub mod db;
pub mod dictionary;
pub mod export;
pub mod extract;
pub mod guard;
pub mod ingest;
pub mod query;

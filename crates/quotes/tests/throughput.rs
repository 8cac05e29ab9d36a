//! Throughput on the VOA corpus. Run in release:
//! `cargo test --release -p sitrep-quotes --test throughput -- --ignored --nocapture`

#[path = "../../textview/testing/harness.rs"]
mod harness;

#[test]
#[ignore = "timing; run in release"]
fn throughput_on_voa() {
    harness::throughput_on_voa("sitrep-quotes", |t| sitrep_quotes::find_quotes(t).len());
}

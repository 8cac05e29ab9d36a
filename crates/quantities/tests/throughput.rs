//! Throughput on the VOA corpus. Run in release:
//! `cargo test --release -p sitrep-quantities --test throughput -- --ignored --nocapture`

#[path = "../../textview/testing/harness.rs"]
mod harness;

#[test]
#[ignore = "timing; run in release"]
fn throughput_on_voa() {
    harness::throughput_on_voa("sitrep-quantities", |t| {
        sitrep_quantities::find_quantities(t).len()
    });
}

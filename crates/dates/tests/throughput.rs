//! Throughput on the VOA corpus. Run in release:
//! `cargo test --release -p sitrep-dates --test throughput -- --ignored --nocapture`

#[path = "../../textview/testing/harness.rs"]
mod harness;

#[test]
#[ignore = "timing; run in release"]
fn throughput_on_voa() {
    harness::throughput_on_voa("sitrep-dates", |t| {
        sitrep_dates::find_dates(t, chrono::NaiveDate::from_ymd_opt(2025, 3, 14)).len()
    });
}

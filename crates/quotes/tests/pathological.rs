//! Large adversarial inputs (about 300 KB each, lossy-decoded random bytes among them):
//! the scan never panics and is deterministic. The time of each is printed; how it grows
//! with the input is measured by `bench/doubling`, not asserted here.

#[path = "../../textview/testing/harness.rs"]
mod harness;

#[test]
fn large_adversarial_inputs() {
    harness::assert_sound_on_adversarial_inputs(|s| sitrep_quotes::find_quotes(s).len());
}

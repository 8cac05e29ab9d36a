//! Large adversarial inputs: the scan stays linear (each input of about 300 KB must
//! finish within the test budget even in a debug build on a loaded machine) and never
//! panics, including on lossy-decoded random bytes.

#[path = "../../textview/testing/harness.rs"]
mod harness;

#[test]
fn large_adversarial_inputs() {
    harness::assert_linear_on_adversarial_inputs(|s| sitrep_quantities::find_quantities(s).len());
}

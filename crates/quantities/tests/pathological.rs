//! Large adversarial inputs: the scan stays linear (each input of about 300 KB must
//! finish within the test budget even in a debug build on a loaded machine) and never
//! panics, including on lossy-decoded random bytes.

fn inputs() -> Vec<String> {
    let mut out = vec![
        "“".repeat(100000),
        "”“ ".repeat(66666),
        "\"a \"".repeat(66666),
        "1,000,".repeat(50000),
        "between 1 and 2 and 3 to 4-5 ".repeat(10000),
        "May March May March 2023 2023-06-04 6/4/2025 ".repeat(6666),
        "thousands of tens of hundreds of ".repeat(10000),
        "said “x,” said “y,” he said: “".repeat(10000),
        "a".repeat(333333),
        "9".repeat(333333),
        "é—".repeat(100000),
    ];
    // Lossy-decoded pseudo-random bytes.
    let mut x: u64 = 0x0123_4567_89AB_CDEF;
    let mut bytes = Vec::with_capacity(300_000);
    for _ in 0..300_000 {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        bytes.push((x >> 24) as u8);
    }
    out.push(String::from_utf8_lossy(&bytes).into_owned());
    out
}

#[test]
fn large_adversarial_inputs() {
    for s in inputs() {
        let t = std::time::Instant::now();
        let n = sitrep_quantities::find_quantities(&s).len();
        let secs = t.elapsed().as_secs_f64();
        eprintln!("{} bytes -> {n} matches in {secs:.3}s", s.len());
        assert!(secs < 20.0, "too slow: {secs}s on {} bytes", s.len());
    }
}

use super::*;

/// Feature `k` (1..=n) carries `k` entries on classes spread over `n_classes`, with
/// weights that differ per feature and class: every kind of run (inline, overflow,
/// dense rows).
fn features(n: u64, n_classes: usize) -> Vec<(u64, Vec<(u8, i16)>)> {
    let mut f: Vec<(u64, Vec<(u8, i16)>)> = (1..=n)
        .map(|k| {
            let key = hash::finish(k.wrapping_mul(hash::GOLDEN));
            let run = (0..k as usize)
                .map(|j| ((j * 3 % n_classes) as u8, (k as i16) * 10 - j as i16 * 7))
                .collect::<std::collections::BTreeMap<u8, i16>>()
                .into_iter()
                .collect();
            (key, run)
        })
        .collect();
    f.sort_by_key(|(k, _)| *k);
    f
}

fn section_bytes(features: &[(u64, Vec<(u8, i16)>)]) -> Vec<u8> {
    let mut out = Vec::new();
    write_section(&mut out, features);
    out
}

fn load(bytes: &[u8], n_classes: usize) -> Result<Table, Error> {
    let mut r = Reader::new(bytes);
    let s = r.section(n_classes)?;
    if !r.is_empty() {
        return Err(Error::Truncated);
    }
    Table::build(n_classes, s.len(), s.features())
}

fn naive(features: &[(u64, Vec<(u8, i16)>)], keys: &[u64], n_classes: usize) -> Vec<i32> {
    let mut sums = vec![0i32; n_classes];
    for k in keys {
        if let Some((_, run)) = features.iter().find(|(f, _)| f == k) {
            for &(c, w) in run {
                sums[c as usize] += w as i32;
            }
        }
    }
    sums
}

/// Written, read back and written again: the same bytes and the same entries.
#[test]
fn round_trip() {
    let n_classes = 25;
    let feats = features(40, n_classes);
    let bytes = section_bytes(&feats);
    let mut r = Reader::new(&bytes);
    let s = r.section(n_classes).expect("reads");
    assert!(r.is_empty());
    let back: Vec<(u64, Vec<(u8, i16)>)> = s
        .features()
        .map(|(k, run)| (k, run.into_iter().collect()))
        .collect();
    assert_eq!(back, feats);
    assert_eq!(section_bytes(&back), bytes);
    let table = load(&bytes, n_classes).expect("loads");
    assert_eq!(table.n_features(), 40);
    assert_eq!(table.n_entries(), feats.iter().map(|(_, r)| r.len()).sum());
    for (key, run) in &feats {
        assert_eq!(&table.lookup(*key), run, "feature of {} entries", run.len());
    }
    // The writer sorts and drops empty features.
    let mut shuffled = feats.clone();
    shuffled.reverse();
    shuffled.push((12345, Vec::new()));
    for (_, run) in &mut shuffled {
        run.reverse();
    }
    assert_eq!(section_bytes(&shuffled), bytes);
}

/// Every run length scores exactly its own weights, alone and all together, in the
/// narrow, the wide and the fixed-width loops, and resolved ahead of time; unseen
/// features add nothing.
#[test]
fn score_equals_a_naive_sum() {
    let n_classes = 25;
    let feats = features(20, n_classes);
    let table = load(&section_bytes(&feats), n_classes).expect("loads");
    for (key, run) in &feats {
        let expected = naive(&feats, &[*key], n_classes);
        let mut scores = vec![0i32; n_classes];
        table.score(&[*key], &mut scores);
        assert_eq!(scores, expected, "feature of {} entries", run.len());
        let mut wide = [0i32; WIDE];
        table.add_resolved_wide(&table.resolve(*key), &mut wide);
        assert_eq!(&wide[..n_classes], &expected[..]);
    }
    let mut keys: [u64; 24] = [0; 24];
    for (k, (f, _)) in keys.iter_mut().zip(&feats) {
        *k = *f;
    }
    // Four unseen features.
    for (j, k) in keys[20..].iter_mut().enumerate() {
        *k = hash::finish(0xDEAD_0000 + j as u64);
    }
    let expected = naive(&feats, &keys, n_classes);
    let mut all = vec![0i32; n_classes];
    table.score(&keys, &mut all);
    assert_eq!(all, expected);
    let mut wide = [0i32; WIDE];
    table.score_wide(&keys, &mut wide);
    assert_eq!(&wide[..n_classes], &expected[..]);
    assert!(wide[n_classes..].iter().all(|&s| s == 0));
    let mut fixed = [0i32; WIDE];
    table.score_wide_fixed::<24, 25>(&keys, &mut fixed);
    assert_eq!(fixed, wide);
}

/// Keys that share a home bucket (the low bits) are found past it, probing on, and a
/// key that shares the home bucket but not the fingerprint is unseen.
#[test]
fn probe_beyond_the_home_bucket() {
    let n_classes = 5;
    // 16 buckets for 6 features; the first five share home bucket 3.
    let mut feats: Vec<(u64, Vec<(u8, i16)>)> = (1..=5u64)
        .map(|j| ((j << 32) | 3, vec![(j as u8 % 5, 100 + j as i16)]))
        .collect();
    feats.push(((9 << 32) | 4, vec![(0, -7), (4, 9)]));
    let table = load(&section_bytes(&feats), n_classes).expect("loads");
    for (key, run) in &feats {
        assert_eq!(&table.lookup(*key), run);
        let mut wide = [0i32; WIDE];
        table.score_wide(&[*key], &mut wide);
        assert_eq!(&wide[..n_classes], &naive(&feats, &[*key], n_classes)[..]);
    }
    // Same home bucket, another fingerprint: nothing, after walking the whole run.
    let unseen = (77 << 32) | 3;
    assert!(table.lookup(unseen).is_empty());
    let mut scores = vec![0i32; n_classes];
    table.score(&[unseen, (9 << 32) | 4], &mut scores);
    assert_eq!(scores, vec![-7, 0, 0, 0, 9]);
    // stored_key finds filled buckets and only those.
    let filled = (0..16).filter_map(|n| table.stored_key(n)).count();
    assert_eq!(filled, feats.len());
}

/// Runs of 4 to 15 entries sit in the overflow array, longer ones in dense rows, and
/// they sum with the inline pairs of other features into one row (a model of 200
/// classes, whose rows are long enough that no shorter run goes dense, [`dense_from`]).
#[test]
fn overflow_runs_and_dense_rows() {
    let n_classes = 200;
    let run = |n: usize, base: i16| -> Vec<(u8, i16)> {
        (0..n).map(|j| ((j * 2) as u8, base + j as i16)).collect()
    };
    let feats = vec![
        (hash::finish(1), run(4, 10)),
        (hash::finish(2), run(15, -20)),
        (hash::finish(3), run(16, 30)),
        (hash::finish(4), run(20, -40)),
        (hash::finish(5), run(2, 50)),
    ];
    let mut feats = feats;
    feats.sort_by_key(|(k, _)| *k);
    let table = load(&section_bytes(&feats), n_classes).expect("loads");
    let keys: [u64; 5] = std::array::from_fn(|i| feats[i].0);
    for (key, run) in &feats {
        assert_eq!(&table.lookup(*key), run);
    }
    let mut wide = [0i32; WIDE];
    table.score_wide_fixed::<5, 200>(&keys, &mut wide);
    assert_eq!(&wide[..n_classes], &naive(&feats, &keys, n_classes)[..]);
    // The overflow array holds the two middle runs (padded to whole groups of four);
    // the dense rows, two rows.
    assert_eq!(table.overflow.len(), 4 + 16);
    let padding = table
        .overflow
        .iter()
        .filter(|e| e.class == 0 && e.weight == 0);
    assert_eq!(padding.count(), 1);
    assert_eq!(table.dense.len(), 2 * n_classes);
}

/// Where short runs go dense: from 5 entries for the tagger's 46 classes, from 4 for 8
/// classes, from 16 (the limit) for rows of more than 64 classes (the parser's 91); a
/// 46-class table stores a run of 4 in the overflow array and one of 5 as a dense row,
/// and both score as the naive sums.
#[test]
fn short_rows_take_short_runs_dense() {
    assert_eq!(dense_from(46), 5);
    assert_eq!(dense_from(64), 5);
    assert_eq!(dense_from(8), 4);
    assert_eq!(dense_from(65), 16);
    assert_eq!(dense_from(91), 16);
    assert_eq!(dense_from(200), 16);
    assert_eq!(dense_from(255), 16);
    let n_classes = 46;
    let run = |n: usize, base: i16| -> Vec<(u8, i16)> {
        (0..n).map(|j| ((j * 3) as u8, base - j as i16)).collect()
    };
    let mut feats = vec![
        (hash::finish(11), run(4, 40)),
        (hash::finish(12), run(5, -60)),
        (hash::finish(13), run(9, 70)),
    ];
    feats.sort_by_key(|(k, _)| *k);
    let table = load(&section_bytes(&feats), n_classes).expect("loads");
    assert_eq!(table.overflow.len(), 4);
    assert_eq!(table.dense.len(), 2 * 48);
    for (key, run) in &feats {
        assert_eq!(&table.lookup(*key), run);
    }
    let keys: [u64; 3] = std::array::from_fn(|i| feats[i].0);
    let mut wide = [0i32; WIDE];
    table.score_wide_fixed::<3, 46>(&keys, &mut wide);
    assert_eq!(&wide[..n_classes], &naive(&feats, &keys, n_classes)[..]);
    let mut plain = vec![0i32; n_classes];
    table.score(&keys, &mut plain);
    assert_eq!(plain, naive(&feats, &keys, n_classes));
}

/// Dense rows of a class count that is no multiple of eight are padded with zeros: the
/// wide sums are the naive ones, the slots past the classes stay as they were, and
/// `lookup` gives the stored entries only.
#[test]
fn padded_dense_rows_add_nothing_past_the_classes() {
    let n_classes = 46;
    let run = |n: usize, base: i16| -> Vec<(u8, i16)> {
        (0..n)
            .map(|j| ((45 - j * 2) as u8, base - j as i16))
            .rev()
            .collect()
    };
    let mut feats = vec![
        (hash::finish(7), run(20, 300)),
        (hash::finish(8), run(23, -100)),
        (hash::finish(9), run(3, 5)),
    ];
    feats.sort_by_key(|(k, _)| *k);
    let table = load(&section_bytes(&feats), n_classes).expect("loads");
    assert_eq!(table.dense.len(), 2 * 48);
    for (key, run) in &feats {
        assert_eq!(&table.lookup(*key), run);
    }
    let keys: [u64; 3] = std::array::from_fn(|i| feats[i].0);
    let naive = naive(&feats, &keys, n_classes);
    let mut wide = [7i32; WIDE];
    table.score_wide_fixed::<3, 46>(&keys, &mut wide);
    let expected: Vec<i32> = naive.iter().map(|s| s + 7).collect();
    assert_eq!(&wide[..n_classes], &expected[..]);
    assert!(wide[n_classes..].iter().all(|&s| s == 7));
    let mut wide = [7i32; WIDE];
    table.score_wide(&keys, &mut wide);
    assert_eq!(&wide[..n_classes], &expected[..]);
    assert!(wide[n_classes..].iter().all(|&s| s == 7));
    let mut narrow = vec![0i32; n_classes];
    table.score(&keys, &mut narrow);
    assert_eq!(narrow, naive);
}

/// Damaged sections are refused, never loaded half.
#[test]
fn damaged_sections_are_refused() {
    let n_classes = 25;
    let feats = features(20, n_classes);
    let bytes = section_bytes(&feats);
    for cut in [0, 3, 8, 100, bytes.len() - 1] {
        assert_eq!(
            load(&bytes[..cut], n_classes).err(),
            Some(Error::Truncated),
            "cut {cut}"
        );
    }
    // A class out of range.
    assert_eq!(load(&bytes, 10).err(), Some(Error::Truncated));
    // Keys out of order.
    let mut swapped = feats.clone();
    swapped.swap(0, 1);
    let mut out = Vec::new();
    out.extend_from_slice(&(swapped.len() as u32).to_le_bytes());
    let n: usize = swapped.iter().map(|(_, r)| r.len()).sum();
    out.extend_from_slice(&(n as u32).to_le_bytes());
    for (k, _) in &swapped {
        out.extend_from_slice(&k.to_le_bytes());
    }
    out.extend(swapped.iter().map(|(_, r)| r.len() as u8));
    for (_, r) in &swapped {
        out.extend(r.iter().map(|(c, _)| *c));
    }
    for (_, r) in &swapped {
        for (_, w) in r {
            out.extend_from_slice(&w.to_le_bytes());
        }
    }
    assert_eq!(load(&out, n_classes).err(), Some(Error::Truncated));
    // Too many entries declared.
    let mut big = bytes.clone();
    big[4..8].copy_from_slice(&(MAX_ENTRIES as u32).to_le_bytes());
    assert_eq!(load(&big, n_classes).err(), Some(Error::TooLarge));
}

/// Ordered probing: in a table of many features with long probe runs (keys crowded
/// into few home buckets), every stored feature is found with its own weights, every
/// unseen one (home buckets all over the runs, fingerprints above, between and below
/// the stored ones) adds nothing, and along every run the fingerprints fall.
#[test]
fn ordered_probing_finds_every_key_and_no_other() {
    let n_classes = 7;
    // 600 features in 1,024 buckets, homes in the first quarter of the table only, so
    // runs are long and wrap past each other.
    let mut feats: Vec<(u64, Vec<(u8, i16)>)> = (1..=600u64)
        .map(|k| {
            let h = hash::finish(k.wrapping_mul(hash::GOLDEN));
            let key = (h & !0x3ff) | (h & 0xff);
            (key, vec![((k % 7) as u8, k as i16), (6, -(k as i16))])
        })
        .collect();
    feats.sort_by_key(|(k, _)| *k);
    feats.dedup_by_key(|(k, _)| *k);
    let table = load(&section_bytes(&feats), n_classes).expect("loads");
    assert_eq!(table.n_stored(), feats.len());
    for (key, run) in &feats {
        assert_eq!(&table.lookup(*key), run);
        let mut wide = [0i32; WIDE];
        table.score_wide(&[*key], &mut wide);
        assert_eq!(&wide[..n_classes], &naive(&feats, &[*key], n_classes)[..]);
    }
    let stored: std::collections::HashSet<u64> = feats.iter().map(|(k, _)| *k).collect();
    let fps: std::collections::HashSet<u32> =
        feats.iter().map(|(k, _)| (*k >> 32) as u32).collect();
    for j in 0..20_000u64 {
        let h = hash::finish(j ^ 0xABCD_0000_0000);
        let key = match j % 3 {
            0 => h,
            // Crowded homes.
            1 => (h & !0x3ff) | (h & 0xff),
            // A stored fingerprint at another home.
            _ => (feats[j as usize % feats.len()].0 & !0x3ff) | ((h & 0x3ff) ^ 0x155),
        };
        if stored.contains(&key) {
            continue;
        }
        let fp = (key >> 32) as u32;
        let mut wide = [0i32; WIDE];
        table.score_wide(&[key], &mut wide);
        if !fps.contains(&fp) {
            assert!(table.lookup(key).is_empty(), "unseen key {key:#x}");
            assert!(wide.iter().all(|&s| s == 0));
        }
    }
    // From each stored key's home to its bucket, the fingerprints are above its own.
    for (key, _) in &feats {
        let fp = (*key >> 32) as u32;
        let mut i = *key as usize & table.mask;
        while table.buckets[i].fp != fp {
            assert!(table.buckets[i].fp > fp && table.buckets[i].len != 0);
            i = (i + 1) & table.mask;
        }
    }
}

/// The AVX2 first maximum is the first maximum of a plain scan, at every length (whole
/// chunks and tails) and with ties and extremes; so is the portable one.
#[test]
fn first_max_is_the_first_maximum() {
    let mut seed = 0x9e37_79b9_7f4a_7c15u64;
    for len in 0..100usize {
        for round in 0..100 {
            let scores: Vec<i32> = (0..len)
                .map(|_| {
                    seed ^= seed << 13;
                    seed ^= seed >> 7;
                    seed ^= seed << 17;
                    match (round % 3, seed % 7) {
                        (0, 0) => i32::MIN,
                        (0, 1) => i32::MAX,
                        (0, r) => r as i32 - 3,
                        (1, r) => r as i32 - 3,
                        _ => seed as i32,
                    }
                })
                .collect();
            let plain = scores.first().map(|&f| {
                let (mut at, mut top) = (0, f);
                for (k, &s) in scores.iter().enumerate() {
                    if s > top {
                        (at, top) = (k, s);
                    }
                }
                (at, top)
            });
            assert_eq!(first_max(&scores), plain, "{scores:?}");
            #[cfg(target_arch = "x86_64")]
            if std::is_x86_feature_detected!("avx2") {
                // SAFETY: AVX2 is present, checked just above.
                assert_eq!(unsafe { first_max_avx2(&scores) }, plain, "{scores:?}");
            }
        }
    }
}

//! The global allocator of `sitrep` and of the pipeline's examples (`crates/core/examples`
//! include this file): mimalloc, not the system allocator. The pipeline makes about 1.4
//! million small allocations per MB of text and the lexicons' load about 500 thousand;
//! glibc's malloc and free cost about a tenth of the whole run's instructions, mimalloc's
//! about a third of that (docs/BENCHMARKS.md, `h/speedc20`). Records do not depend on the
//! allocator.
//!
//! Most allocations ask for an alignment of 8 bytes or less, which every mimalloc block has
//! (its blocks are whole machine words), so they take `mi_malloc`'s fast path; larger
//! alignments go through `mi_malloc_aligned` (what the `mimalloc` crate calls for every
//! allocation, 2.5 times the instructions).

use std::alloc::{GlobalAlloc, Layout};
use std::ffi::c_void;

use libmimalloc_sys as mi;

/// The alignment every mimalloc block has: one machine word.
const WORD: usize = std::mem::size_of::<usize>();

pub struct Mimalloc;

// SAFETY: each call forwards to mimalloc, whose blocks are aligned to a word at least;
// larger alignments use its aligned entry points, and `realloc` keeps the block's
// alignment the same way.
unsafe impl GlobalAlloc for Mimalloc {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if layout.align() <= WORD {
            mi::mi_malloc(layout.size()) as *mut u8
        } else {
            mi::mi_malloc_aligned(layout.size(), layout.align()) as *mut u8
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        if layout.align() <= WORD {
            mi::mi_zalloc(layout.size()) as *mut u8
        } else {
            mi::mi_zalloc_aligned(layout.size(), layout.align()) as *mut u8
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, _layout: Layout) {
        mi::mi_free(ptr as *mut c_void);
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if layout.align() <= WORD {
            mi::mi_realloc(ptr as *mut c_void, new_size) as *mut u8
        } else {
            mi::mi_realloc_aligned(ptr as *mut c_void, new_size, layout.align()) as *mut u8
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Blocks of every size class up to 4 KiB and a large one, at every alignment to
    /// 4 KiB, come back aligned, zeroed where asked, and keep their bytes when grown.
    #[test]
    fn blocks_are_aligned_and_keep_their_bytes() {
        let a = Mimalloc;
        let mut sizes: Vec<usize> = (1..=64).chain((72..=4096).step_by(24)).collect();
        sizes.push(1 << 20);
        for &size in &sizes {
            let mut align = 1;
            while align <= 4096 {
                let layout = Layout::from_size_align(size, align).unwrap();
                unsafe {
                    let p = a.alloc(layout);
                    assert!(!p.is_null());
                    assert_eq!(p as usize % align, 0, "size {size} align {align}");
                    std::ptr::write_bytes(p, 0xA5, size);
                    let q = a.realloc(p, layout, size * 2 + 8);
                    assert_eq!(q as usize % align, 0, "grown: size {size} align {align}");
                    assert!((0..size).all(|i| *q.add(i) == 0xA5));
                    a.dealloc(q, Layout::from_size_align(size * 2 + 8, align).unwrap());
                    let z = a.alloc_zeroed(layout);
                    assert_eq!(z as usize % align, 0);
                    assert!((0..size).all(|i| *z.add(i) == 0));
                    a.dealloc(z, layout);
                }
                align *= 2;
            }
        }
    }
}

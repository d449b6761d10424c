//! A fast hash for the engine's own maps and sets (short words and small
//! integers, hashed millions of times per megabyte): the Fx hash of
//! rustc and Firefox, in a few lines rather than a dependency. Not
//! resistant to chosen collisions, which a user's own text does not need.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

#[derive(Default, Clone, Copy)]
pub(crate) struct FxHasher(u64);

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FxHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.add(u64::from_le_bytes(c.try_into().expect("8 bytes")));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut last = [0u8; 8];
            last[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(last));
        }
    }

    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    fn write_u32(&mut self, i: u32) {
        self.add(u64::from(i));
    }

    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }

    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

pub(crate) type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;
pub(crate) type FastSet<K> = HashSet<K, BuildHasherDefault<FxHasher>>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_and_sets_work_with_the_fast_hash() {
        let mut m: FastMap<String, usize> = FastMap::default();
        for (i, w) in [
            "said",
            "told",
            "added",
            "saids",
            "",
            "a longer key than eight",
        ]
        .iter()
        .enumerate()
        {
            m.insert(w.to_string(), i);
        }
        assert_eq!(m.get("added"), Some(&2));
        assert_eq!(m.get("saids"), Some(&3));
        assert_eq!(m.get(""), Some(&4));
        assert_eq!(m.get("a longer key than eight"), Some(&5));
        assert_eq!(m.get("sai"), None);
        let s: FastSet<(usize, usize)> = [(1, 2), (2, 1)].into_iter().collect();
        assert!(s.contains(&(2, 1)) && !s.contains(&(1, 1)));
    }
}

//! The hot path's maps and keys: a fast, per-process randomly seeded hasher (foldhash; keys
//! such as addresses come from the wire, so the seed matters), and service names interned to
//! numbers.

use std::collections::{HashMap, HashSet};
use std::hash::Hash;

pub type FastMap<K, V> = HashMap<K, V, foldhash::fast::RandomState>;
pub type FastSet<K> = HashSet<K, foldhash::fast::RandomState>;

/// Distinct service names kept; the codecs name services with a few hundred static strings.
pub const MAX_SERVICES: usize = 1024;
/// How many recently interned names [`ServiceTable`] checks before its map.
const RECENT: usize = 4;
/// Id given to services beyond [`MAX_SERVICES`].
pub const OTHER_SERVICE: &str = "(other)";

/// Interns `&'static str` service names: a lookup by the literal's address first (the codecs
/// return the same literal for the same name), by text when the address is new.
#[derive(Debug)]
pub struct ServiceTable {
    /// The last few names looked up (a capture alternates between a handful of services):
    /// checked before the map.
    recent: [(usize, usize, u16); RECENT],
    next_recent: usize,
    by_ptr: FastMap<(usize, usize), u16>,
    by_text: FastMap<&'static str, u16>,
    names: Vec<&'static str>,
}

impl Default for ServiceTable {
    fn default() -> Self {
        let mut t = Self {
            recent: [(0, 0, 0); RECENT],
            next_recent: 0,
            by_ptr: FastMap::default(),
            by_text: FastMap::default(),
            names: Vec::new(),
        };
        t.intern(OTHER_SERVICE);
        t
    }
}

impl ServiceTable {
    pub fn intern(&mut self, name: &'static str) -> u16 {
        let ptr = (name.as_ptr() as usize, name.len());
        if let Some(&(_, _, id)) = self.recent.iter().find(|(p, l, _)| (*p, *l) == ptr) {
            return id;
        }
        let id = self.intern_slow(name, ptr);
        if let Some(slot) = self.recent.get_mut(self.next_recent % RECENT) {
            *slot = (ptr.0, ptr.1, id);
        }
        self.next_recent = self.next_recent.wrapping_add(1);
        id
    }

    fn intern_slow(&mut self, name: &'static str, ptr: (usize, usize)) -> u16 {
        if let Some(id) = self.by_ptr.get(&ptr) {
            return *id;
        }
        let id = match self.by_text.get(name) {
            Some(id) => *id,
            None if self.names.len() < MAX_SERVICES => {
                let id = u16::try_from(self.names.len()).unwrap_or(0);
                self.names.push(name);
                self.by_text.insert(name, id);
                id
            }
            None => 0,
        };
        if self.by_ptr.len() < 4 * MAX_SERVICES {
            self.by_ptr.insert(ptr, id);
        }
        id
    }

    pub fn name(&self, id: u16) -> &'static str {
        self.names
            .get(usize::from(id))
            .copied()
            .unwrap_or(OTHER_SERVICE)
    }
}

/// A key that the recent-lookup caches compare as one integer. `packed` must be injective
/// (equal packings exactly when the keys are equal) and never `u128::MAX` (an empty slot).
pub trait PackedKey {
    fn packed(&self) -> u128;
}

/// The last few answers of a lookup, checked before doing it again: consecutive messages
/// mostly repeat one of a handful of senders and conversations (≈ 94 % hits with four slots
/// on the public captures), and comparing four integers costs less than hashing one key.
/// Only for answers that cannot change while they are remembered, or that the owner keeps up
/// to date (see [`Slots`]).
#[derive(Debug, Clone)]
pub struct Recent<K, V> {
    keys: [u128; RECENT],
    values: [V; RECENT],
    next: usize,
    key: std::marker::PhantomData<K>,
}

const EMPTY: u128 = u128::MAX;

impl<K, V: Default + Copy> Default for Recent<K, V> {
    fn default() -> Self {
        Self {
            keys: [EMPTY; RECENT],
            values: [V::default(); RECENT],
            next: 0,
            key: std::marker::PhantomData,
        }
    }
}

impl<K: PackedKey, V: Copy> Recent<K, V> {
    #[inline]
    pub fn get(&self, k: &K) -> Option<V> {
        self.get_packed(k.packed())
    }

    /// By the key's packing, for callers that have it without building the key.
    #[inline]
    pub fn get_packed(&self, p: u128) -> Option<V> {
        self.keys
            .iter()
            .zip(&self.values)
            .find(|(key, _)| **key == p)
            .map(|(_, v)| *v)
    }

    /// Remember `v` for `k` in place of the oldest answer.
    pub fn put(&mut self, k: &K, v: V) {
        self.put_packed(k.packed(), v);
    }

    pub fn put_packed(&mut self, p: u128, v: V) {
        let i = self.next % RECENT;
        if let (Some(key), Some(value)) = (self.keys.get_mut(i), self.values.get_mut(i)) {
            *key = p;
            *value = v;
        }
        self.next = self.next.wrapping_add(1);
    }

    /// The remembered answer, else `answer(k)` (then remembered).
    #[inline]
    pub fn get_or(&mut self, k: K, answer: impl FnOnce(&K) -> V) -> V {
        if let Some(v) = self.get(&k) {
            return v;
        }
        let v = answer(&k);
        self.put(&k, v);
        v
    }
}

/// A capped map for per-key state on the hot path: the values live in a `Vec` in insertion
/// order, the map gives a key's position, and the positions of the last few keys looked up
/// are remembered ([`Recent`]), so that most messages skip the hash lookup.
#[derive(Debug, Clone)]
pub struct Slots<K, V> {
    index: FastMap<K, u32>,
    entries: Vec<(K, V)>,
    recent: Recent<K, u32>,
    cap: usize,
}

impl<K: Copy + Eq + Hash + PackedKey, V> Slots<K, V> {
    /// At most `cap` keys (and never more than `u32::MAX`).
    pub fn with_cap(cap: usize) -> Self {
        Self {
            index: FastMap::default(),
            entries: Vec::new(),
            recent: Recent::default(),
            cap: cap.min(u32::MAX as usize),
        }
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    #[inline]
    fn position(&mut self, k: &K) -> Option<u32> {
        if let Some(i) = self.recent.get(k) {
            return Some(i);
        }
        let i = *self.index.get(k)?;
        self.recent.put(k, i);
        Some(i)
    }

    #[inline]
    pub fn get_mut(&mut self, k: &K) -> Option<&mut V> {
        let i = self.position(k)?;
        self.entries.get_mut(i as usize).map(|(_, v)| v)
    }

    /// The value for `k`, inserting `make()` when `k` is new; `None` when `k` is new and the
    /// map is full.
    #[inline]
    pub fn get_or_insert_with(&mut self, k: K, make: impl FnOnce() -> V) -> Option<&mut V> {
        self.get_or_insert_packed(k.packed(), || k, make)
    }

    /// The same, for a caller that has the key's packing (`p` must be `key().packed()`) and
    /// builds the key itself only when the recent keys do not hold it.
    #[inline]
    pub fn get_or_insert_packed(
        &mut self,
        p: u128,
        key: impl FnOnce() -> K,
        make: impl FnOnce() -> V,
    ) -> Option<&mut V> {
        let i = match self.recent.get_packed(p) {
            Some(i) => i,
            None => {
                let k = key();
                let i = match self.index.get(&k) {
                    Some(&i) => i,
                    None if self.entries.len() < self.cap => {
                        let i = u32::try_from(self.entries.len()).ok()?;
                        self.entries.push((k, make()));
                        self.index.insert(k, i);
                        i
                    }
                    None => return None,
                };
                self.recent.put_packed(p, i);
                i
            }
        };
        self.entries.get_mut(i as usize).map(|(_, v)| v)
    }

    pub fn iter(&self) -> impl Iterator<Item = (&K, &V)> {
        self.entries.iter().map(|(k, v)| (k, v))
    }

    /// The entries, in insertion order.
    pub fn into_entries(self) -> Vec<(K, V)> {
        self.entries
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    impl PackedKey for u32 {
        fn packed(&self) -> u128 {
            u128::from(*self)
        }
    }

    impl PackedKey for u8 {
        fn packed(&self) -> u128 {
            u128::from(*self)
        }
    }

    #[test]
    fn same_text_same_id_whatever_the_address() {
        let mut t = ServiceTable::default();
        let a = t.intern("read-property");
        // A string with the same text at another address (leaked on purpose for 'static).
        let other: &'static str = Box::leak(String::from("read-property").into_boxed_str());
        assert_eq!(t.intern(other), a);
        assert_ne!(t.intern("who-is"), a);
        assert_eq!(t.name(a), "read-property");
    }

    #[test]
    fn beyond_the_cap_everything_is_other() {
        let mut t = ServiceTable::default();
        for i in 0..MAX_SERVICES + 10 {
            let s: &'static str = Box::leak(format!("svc-{i}").into_boxed_str());
            t.intern(s);
        }
        let late: &'static str = Box::leak(String::from("late").into_boxed_str());
        let id = t.intern(late);
        assert_eq!(t.name(id), OTHER_SERVICE);
    }

    #[test]
    fn recent_remembers_the_last_answers_only() {
        let mut r: Recent<u32, bool> = Recent::default();
        let mut asked = 0;
        for k in [1, 2, 1, 1, 2] {
            r.get_or(k, |k| {
                asked += 1;
                *k == 1
            });
        }
        assert_eq!(asked, 2, "repeats are answered from memory");
        for k in 10..10 + RECENT as u32 {
            r.put(&k, false);
        }
        assert_eq!(r.get(&1), None, "the oldest answers make room");
        assert_eq!(r.get(&10), Some(false));
    }

    proptest::proptest! {
        /// Whatever the order of lookups, `Slots` holds what a plain map capped the same way
        /// holds: the cache in front of it never returns another key's value.
        #[test]
        fn slots_agree_with_a_plain_map(keys in proptest::collection::vec(0u8..24, 0..400)) {
            let cap = 16;
            let mut slots: Slots<u8, u32> = Slots::with_cap(cap);
            let mut plain: HashMap<u8, u32> = HashMap::new();
            for k in keys {
                let s = slots.get_or_insert_with(k, || 0).map(|v| { *v += 1; *v });
                let p = if plain.contains_key(&k) || plain.len() < cap {
                    let v = plain.entry(k).or_insert(0);
                    *v += 1;
                    Some(*v)
                } else {
                    None
                };
                proptest::prop_assert_eq!(s, p);
                proptest::prop_assert_eq!(slots.get_mut(&k).map(|v| *v), plain.get(&k).copied());
            }
            proptest::prop_assert_eq!(slots.len(), plain.len());
            let mut got: Vec<(u8, u32)> = slots.iter().map(|(k, v)| (*k, *v)).collect();
            let mut want: Vec<(u8, u32)> = plain.into_iter().collect();
            got.sort_unstable();
            want.sort_unstable();
            proptest::prop_assert_eq!(got, want);
        }
    }
}

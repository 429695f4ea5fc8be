//! The hot path's maps and keys: a fast, per-process randomly seeded hasher (foldhash; keys
//! such as addresses come from the wire, so the seed matters), and service names interned to
//! numbers.

use std::collections::{HashMap, HashSet};

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

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

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
}

//! The one cancel flag: set from any thread (the GUI's button, Ctrl-C), read by sync loops
//! (capture analysis, the learning watch) and awaited by async jobs (discovery, probes).

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, Weak};

use tokio::sync::Notify;

/// Cloneable cancel flag. `cancel()` from any thread; `cancelled().await` wakes every waiter.
#[derive(Debug, Clone, Default)]
pub struct CancelFlag {
    inner: Arc<Inner>,
}

#[derive(Debug, Default)]
struct Inner {
    flag: AtomicBool,
    notify: Notify,
    /// Flags made with [`CancelFlag::child`]; cancelled with this one.
    children: Mutex<Vec<Weak<Inner>>>,
}

impl CancelFlag {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn cancel(&self) {
        self.inner.flag.store(true, Ordering::SeqCst);
        self.inner.notify.notify_waiters();
        // The flag is set before the lock is taken, so a child made concurrently either is in
        // this list or saw the flag when it was made.
        let children = self
            .inner
            .children
            .lock()
            .map(|mut c| std::mem::take(&mut *c))
            .unwrap_or_default();
        for child in children.iter().filter_map(Weak::upgrade) {
            CancelFlag { inner: child }.cancel();
        }
    }

    /// A flag of its own that is also cancelled when this one is: a job stops itself (error
    /// budget) through the child without touching the caller's flag.
    pub fn child(&self) -> CancelFlag {
        let child = CancelFlag::new();
        if let Ok(mut children) = self.inner.children.lock() {
            if self.is_cancelled() {
                child.cancel();
            } else {
                children.retain(|c| c.strong_count() > 0);
                children.push(Arc::downgrade(&child.inner));
            }
        } else {
            // A poisoned lock: fail safe, the child starts cancelled.
            child.cancel();
        }
        child
    }

    pub fn is_cancelled(&self) -> bool {
        self.inner.flag.load(Ordering::SeqCst)
    }

    /// Another clone of this flag exists (a job still holds its copy).
    pub fn in_use(&self) -> bool {
        Arc::strong_count(&self.inner) > 1
    }

    /// Resolves once `cancel()` has been called (immediately if it already was).
    pub async fn cancelled(&self) {
        loop {
            let notified = self.inner.notify.notified();
            tokio::pin!(notified);
            // Register before checking, so a cancel between the check and the await is not lost.
            notified.as_mut().enable();
            if self.is_cancelled() {
                return;
            }
            notified.await;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[tokio::test]
    async fn waiters_wake_on_cancel_from_another_thread() {
        let c = CancelFlag::new();
        let c2 = c.clone();
        let t = std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(30));
            c2.cancel();
        });
        tokio::time::timeout(Duration::from_secs(2), c.cancelled())
            .await
            .expect("woken");
        assert!(c.is_cancelled());
        t.join().unwrap();
        // Already cancelled: resolves at once.
        tokio::time::timeout(Duration::from_millis(10), c.cancelled())
            .await
            .expect("immediate");
    }

    #[tokio::test]
    async fn a_child_stops_with_its_parent_but_not_the_other_way() {
        let parent = CancelFlag::new();
        let child = parent.child();
        child.cancel();
        assert!(child.is_cancelled() && !parent.is_cancelled());
        let second = parent.child();
        let waiting = tokio::spawn({
            let second = second.clone();
            async move { second.cancelled().await }
        });
        parent.cancel();
        tokio::time::timeout(Duration::from_secs(2), waiting)
            .await
            .expect("woken")
            .unwrap();
        assert!(second.is_cancelled());
        // Made after the parent was cancelled: cancelled from the start.
        assert!(parent.child().is_cancelled());
    }
}

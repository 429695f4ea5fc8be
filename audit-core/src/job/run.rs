//! One way to run an active job: spawn it with a bounded event channel, hand every event to the
//! caller in order, then return the job's result. The CLI (`run_blocking`, with Ctrl-C), the
//! `*_blocking` helpers of the core and the GUI's job runner (`run`, on its own runtime) all
//! use it.

use std::future::Future;
use std::io;
use std::sync::Arc;
use std::sync::atomic::{AtomicU8, Ordering};

use tokio::task::JoinError;

use super::cancel::CancelFlag;
use super::events::{EventSink, JobEvent};

/// Events a job may have in flight before it waits for its consumer (back-pressure: nothing
/// is dropped).
pub const EVENT_CAPACITY: usize = 1024;

/// Spawn `job` on the current tokio runtime and pass every event it emits to `forward`, in
/// order; then wait for its result. When `forward` returns `false` (the consumer is gone) the
/// remaining events are dropped and the job still runs to its end.
/// (`forward` returns a future of its own rather than being an async closure, so that the
/// whole runner stays `Send` for `tokio::spawn`.)
pub async fn run<T, Fut, Fwd>(
    capacity: usize,
    job: impl FnOnce(EventSink) -> Fut,
    mut forward: impl FnMut(JobEvent) -> Fwd,
) -> Result<T, JoinError>
where
    Fut: Future<Output = T> + Send + 'static,
    T: Send + 'static,
    Fwd: Future<Output = bool>,
{
    let (sink, mut rx) = EventSink::bounded(capacity);
    let handle = tokio::spawn(job(sink));
    while let Some(event) = rx.recv().await {
        if !forward(event).await {
            break;
        }
    }
    // A consumer that left must not block the job on a full channel.
    drop(rx);
    handle.await
}

/// A signal that asks a job to stop: Ctrl-C (SIGINT), SIGTERM (a service manager, `kill`) or
/// SIGHUP (the terminal went away). All three are handled alike: stop sending, keep what was
/// gathered, print and save it, exit non-zero ([`Interrupt::exit_code`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Interrupt {
    CtrlC,
    Terminate,
    Hangup,
}

impl Interrupt {
    pub fn name(self) -> &'static str {
        match self {
            Interrupt::CtrlC => "Ctrl-C",
            Interrupt::Terminate => "SIGTERM",
            Interrupt::Hangup => "SIGHUP",
        }
    }

    /// 128 + the signal number, as a shell reports a process ended by it.
    pub fn exit_code(self) -> u8 {
        match self {
            Interrupt::CtrlC => 130,
            Interrupt::Terminate => 143,
            Interrupt::Hangup => 129,
        }
    }

    fn code(self) -> u8 {
        match self {
            Interrupt::CtrlC => 1,
            Interrupt::Terminate => 2,
            Interrupt::Hangup => 3,
        }
    }

    fn from_code(c: u8) -> Option<Self> {
        match c {
            1 => Some(Interrupt::CtrlC),
            2 => Some(Interrupt::Terminate),
            3 => Some(Interrupt::Hangup),
            _ => None,
        }
    }
}

/// What an interrupt does while a job runs: `announce` (e.g. print "stopping"), then cancel
/// `cancel`; the job stops itself and returns what it gathered. [`OnInterrupt::received`] says
/// afterwards which signal came (the CLI exits with its code). A second signal ends the process
/// at once with that code: the user insisted.
#[derive(Debug, Clone)]
pub struct OnInterrupt {
    pub cancel: CancelFlag,
    pub announce: fn(Interrupt),
    received: Arc<AtomicU8>,
}

impl OnInterrupt {
    pub fn new(cancel: CancelFlag, announce: fn(Interrupt)) -> Self {
        Self {
            cancel,
            announce,
            received: Arc::new(AtomicU8::new(0)),
        }
    }

    /// The first signal that came, if one did.
    pub fn received(&self) -> Option<Interrupt> {
        Interrupt::from_code(self.received.load(Ordering::SeqCst))
    }

    fn handle(&self, i: Interrupt) {
        if self
            .received
            .compare_exchange(0, i.code(), Ordering::SeqCst, Ordering::SeqCst)
            .is_ok()
        {
            (self.announce)(i);
            self.cancel.cancel();
        } else {
            std::process::exit(i32::from(i.exit_code()));
        }
    }

    /// Register for Ctrl-C, SIGTERM and SIGHUP now (inside a tokio runtime) and return the
    /// future that handles them, each as above, for as long as it runs.
    pub fn listen(self) -> io::Result<impl Future<Output = ()> + Send + 'static> {
        #[cfg(unix)]
        {
            use tokio::signal::unix::{SignalKind, signal};
            let mut int = signal(SignalKind::interrupt())?;
            let mut term = signal(SignalKind::terminate())?;
            let mut hup = signal(SignalKind::hangup())?;
            Ok(async move {
                loop {
                    let i = tokio::select! {
                        s = int.recv() => s.map(|()| Interrupt::CtrlC),
                        s = term.recv() => s.map(|()| Interrupt::Terminate),
                        s = hup.recv() => s.map(|()| Interrupt::Hangup),
                    };
                    match i {
                        Some(i) => self.handle(i),
                        None => return,
                    }
                }
            })
        }
        #[cfg(not(unix))]
        Ok(async move {
            while tokio::signal::ctrl_c().await.is_ok() {
                self.handle(Interrupt::CtrlC);
            }
        })
    }

    /// [`OnInterrupt::listen`] on a thread of its own, for work that is not async (capture
    /// analysis); the handlers are in place when this returns and stay for the process.
    pub fn listen_in_background(&self) -> io::Result<()> {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()?;
        let listening = {
            let _guard = rt.enter();
            self.clone().listen()?
        };
        std::thread::Builder::new()
            .name("signals".into())
            .spawn(move || rt.block_on(listening))?;
        Ok(())
    }
}

/// [`run`] on a runtime of its own; `on_event` is called on this thread for every event. Call
/// it from a plain thread, not from inside a tokio runtime (which cannot nest). With
/// `interrupt`, Ctrl-C, SIGTERM and SIGHUP stop the job (see [`OnInterrupt`]).
pub fn run_blocking<T, Fut>(
    job: impl FnOnce(EventSink) -> Fut,
    interrupt: Option<OnInterrupt>,
    mut on_event: impl FnMut(JobEvent),
) -> io::Result<T>
where
    Fut: Future<Output = T> + Send + 'static,
    T: Send + 'static,
{
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?;
    rt.block_on(async move {
        // Registered before the job starts, so no signal during it is missed.
        let interrupt = interrupt
            .map(OnInterrupt::listen)
            .transpose()?
            .map(tokio::spawn);
        let result = run(EVENT_CAPACITY, job, |event| {
            on_event(event);
            std::future::ready(true)
        })
        .await;
        if let Some(task) = interrupt {
            task.abort();
        }
        result.map_err(io::Error::other)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::job::Phase;

    #[test]
    fn every_event_arrives_in_order_then_the_result() {
        let mut seen = Vec::new();
        let result = run_blocking(
            |sink: EventSink| async move {
                for i in 0..(EVENT_CAPACITY as u64 * 3) {
                    sink.emit(JobEvent::Progress {
                        packets_sent: i,
                        estimated_packets: 0,
                    })
                    .await;
                }
                sink.phase(Phase::Checks, "done").await;
                42
            },
            None,
            |e| seen.push(e),
        )
        .unwrap();
        assert_eq!(result, 42);
        assert_eq!(seen.len(), EVENT_CAPACITY * 3 + 1);
        for (i, e) in seen.iter().take(EVENT_CAPACITY * 3).enumerate() {
            assert!(
                matches!(e, JobEvent::Progress { packets_sent, .. } if *packets_sent == i as u64)
            );
        }
    }

    #[tokio::test]
    async fn a_consumer_that_leaves_does_not_stall_the_job() {
        let result = run(
            1,
            |sink: EventSink| async move {
                for _ in 0..100 {
                    sink.phase(Phase::Checks, "").await;
                }
                "finished"
            },
            |_| std::future::ready(false),
        )
        .await
        .unwrap();
        assert_eq!(result, "finished");
    }
}

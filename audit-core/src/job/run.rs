//! One way to run an active job: spawn it with a bounded event channel, hand every event to the
//! caller in order, then return the job's result. The CLI (`run_blocking`, with Ctrl-C), the
//! `*_blocking` helpers of the core and the GUI's job runner (`run`, on its own runtime) all
//! use it.

use std::future::Future;
use std::io;

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

/// What Ctrl-C does while a blocking job runs: `announce` (e.g. print "cancelling"), then
/// cancel `cancel`. Only the first Ctrl-C is handled; the job then stops itself and returns
/// what it gathered.
#[derive(Debug, Clone)]
pub struct OnCtrlC {
    pub cancel: CancelFlag,
    pub announce: fn(),
}

/// [`run`] on a runtime of its own; `on_event` is called on this thread for every event. Call
/// it from a plain thread, not from inside a tokio runtime (which cannot nest).
pub fn run_blocking<T, Fut>(
    job: impl FnOnce(EventSink) -> Fut,
    ctrl_c: Option<OnCtrlC>,
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
        let interrupt = ctrl_c.map(|c| {
            tokio::spawn(async move {
                if tokio::signal::ctrl_c().await.is_ok() {
                    (c.announce)();
                    c.cancel.cancel();
                }
            })
        });
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

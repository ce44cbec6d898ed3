//! The class first: while a class answers, the teacher's window yields the processor to the
//! class server.
//!
//! On a machine that draws the projector on its processor (no graphics card, or a weak one),
//! a frame drawn while 200 phones answer together took the processor from the server and
//! added tens of milliseconds to their answers' round trip (docs/performance.md). So every
//! thread of the program but the class's own is given a lower priority (`nice` 10 on Linux,
//! per thread) once a class starts in a window ([`class_first`]); threads those threads start
//! later inherit it. Nothing changes where nothing competes.
//!
//! A program may lower its threads' priority but not raise it again, and a new thread takes
//! its priority from the thread that starts it. So the class's threads (the server, its saver,
//! the window's waker) are started with [`spawn`], by one thread of their own that is never
//! lowered: every class, not only the first, keeps its priority. They are known by their
//! thread ids, recorded before [`spawn`] returns (a thread's name is set only once it runs).
//! Linux only: elsewhere [`spawn`] starts a plain thread and [`class_first`] does nothing.

use std::thread::JoinHandle;

/// How low the other threads run: `nice` 10 (of 19), about a tenth of the processor of a
/// thread at 0 when both want it.
pub const LOWER_TO: i32 = 10;

/// Start a class thread named `name` running `f`: as [`std::thread::Builder::spawn`], and
/// kept at the priority of the program's start whatever [`class_first`] did before.
pub fn spawn<F, T>(name: &str, f: F) -> std::io::Result<JoinHandle<T>>
where
    F: FnOnce() -> T + Send + 'static,
    T: Send + 'static,
{
    #[cfg(target_os = "linux")]
    {
        linux::spawn(name.to_string(), f)
    }
    #[cfg(not(target_os = "linux"))]
    {
        std::thread::Builder::new().name(name.to_string()).spawn(f)
    }
}

/// Lower every thread of this program but the class's ([`spawn`]) to [`LOWER_TO`] (a thread
/// already as low stays so). The number of threads lowered; the first error, after trying
/// every thread (Linux only; `Ok(0)` elsewhere).
pub fn class_first() -> std::io::Result<usize> {
    #[cfg(target_os = "linux")]
    {
        linux::class_first()
    }
    #[cfg(not(target_os = "linux"))]
    Ok(0)
}

#[cfg(target_os = "linux")]
mod linux {
    use std::io;
    use std::sync::mpsc::{Sender, channel};
    use std::sync::{Mutex, OnceLock};
    use std::thread::JoinHandle;

    type Job = Box<dyn FnOnce() + Send>;

    /// The ids of the class's threads (the starter's among them), kept at their priority.
    static KEPT: Mutex<Vec<libc::pid_t>> = Mutex::new(Vec::new());
    /// The thread that starts the class's threads, started on first use (before any class,
    /// so before anything was lowered).
    static STARTER: OnceLock<Mutex<Sender<Job>>> = OnceLock::new();

    fn kept() -> std::sync::MutexGuard<'static, Vec<libc::pid_t>> {
        KEPT.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The id of the calling thread.
    pub(super) fn current() -> libc::pid_t {
        // SAFETY: gettid has no preconditions and cannot fail.
        unsafe { libc::gettid() }
    }

    /// While it lives, the calling thread's id is among the kept ones.
    struct Kept(libc::pid_t);

    impl Kept {
        fn here() -> Kept {
            let tid = current();
            kept().push(tid);
            Kept(tid)
        }
    }

    impl Drop for Kept {
        fn drop(&mut self) {
            kept().retain(|t| *t != self.0);
        }
    }

    fn starter() -> io::Result<Sender<Job>> {
        if let Some(jobs) = STARTER.get() {
            return Ok(jobs.lock().unwrap_or_else(|e| e.into_inner()).clone());
        }
        let (jobs, queue) = channel::<Job>();
        let (ready, started) = channel();
        std::thread::Builder::new()
            .name("class starter".into())
            .spawn(move || {
                let _kept = Kept::here();
                let _ = ready.send(());
                // For the rest of the program: the sender is kept in STARTER.
                for job in queue {
                    job();
                }
            })?;
        started
            .recv()
            .map_err(|_| io::Error::other("the class starter did not start"))?;
        let jobs = STARTER.get_or_init(|| Mutex::new(jobs));
        Ok(jobs.lock().unwrap_or_else(|e| e.into_inner()).clone())
    }

    pub(super) fn spawn<F, T>(name: String, f: F) -> io::Result<JoinHandle<T>>
    where
        F: FnOnce() -> T + Send + 'static,
        T: Send + 'static,
    {
        let (handed, handle) = channel::<io::Result<JoinHandle<T>>>();
        let (ready, running) = channel::<()>();
        let job: Job = Box::new(move || {
            let spawned = std::thread::Builder::new().name(name).spawn(move || {
                let _kept = Kept::here();
                let _ = ready.send(());
                f()
            });
            let _ = handed.send(spawned);
        });
        starter()?
            .send(job)
            .map_err(|_| io::Error::other("the class starter has stopped"))?;
        let thread = handle
            .recv()
            .map_err(|_| io::Error::other("the class starter has stopped"))??;
        // Its id is kept before this returns: a class started in the same frame finds it.
        let _ = running.recv();
        Ok(thread)
    }

    pub(super) fn class_first() -> io::Result<usize> {
        let keep = kept().clone();
        let (mut lowered, mut first_error) = (0, None);
        for tid in threads()? {
            if keep.contains(&tid) {
                continue;
            }
            match lower(tid, super::LOWER_TO) {
                Ok(true) => lowered += 1,
                Ok(false) => {}
                Err(e) => {
                    first_error.get_or_insert(e);
                }
            }
        }
        first_error.map_or(Ok(lowered), Err)
    }

    /// This program's threads' ids (`/proc/self/task`).
    pub(super) fn threads() -> io::Result<Vec<libc::pid_t>> {
        let mut threads = Vec::new();
        for entry in std::fs::read_dir("/proc/self/task")? {
            if let Some(tid) = entry?
                .file_name()
                .to_str()
                .and_then(|s| s.parse::<libc::pid_t>().ok())
            {
                threads.push(tid);
            }
        }
        Ok(threads)
    }

    /// The `nice` value of thread `tid`.
    pub(super) fn nice(tid: libc::pid_t) -> io::Result<i32> {
        // getpriority may return -1 as a value: errno tells.
        // SAFETY: errno is this thread's own.
        unsafe { *libc::__errno_location() = 0 };
        // SAFETY: a plain system call on a thread id; no memory is passed.
        let value = unsafe { libc::getpriority(libc::PRIO_PROCESS, tid as libc::id_t) };
        let error = io::Error::last_os_error();
        if value == -1 && error.raw_os_error().is_some_and(|e| e != 0) {
            return Err(error);
        }
        Ok(value)
    }

    /// Run thread `tid` at `nice` `to` at least. Whether it was lowered (a thread already as
    /// low, or one that has ended since it was listed, is not).
    pub(super) fn lower(tid: libc::pid_t, to: i32) -> io::Result<bool> {
        let now = match nice(tid) {
            Ok(now) => now,
            Err(e) if e.raw_os_error() == Some(libc::ESRCH) => return Ok(false),
            Err(e) => return Err(e),
        };
        if now >= to {
            return Ok(false);
        }
        // SAFETY: as above.
        if unsafe { libc::setpriority(libc::PRIO_PROCESS, tid as libc::id_t, to) } == 0 {
            return Ok(true);
        }
        let error = io::Error::last_os_error();
        if error.raw_os_error() == Some(libc::ESRCH) {
            return Ok(false);
        }
        Err(error)
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn a_thread_is_lowered_alone_and_twice_is_as_once() {
            let (tx, rx) = channel();
            let (done_tx, done_rx) = channel::<()>();
            let bystander = std::thread::spawn(move || {
                tx.send(current()).unwrap();
                let _ = done_rx.recv();
            });
            let tid = rx.recv().unwrap();
            assert!(threads().unwrap().contains(&tid));
            let (mine, theirs) = (nice(current()).unwrap(), nice(tid).unwrap());
            let to = super::super::LOWER_TO;
            assert_eq!(lower(tid, to).unwrap(), theirs < to);
            assert_eq!(nice(tid).unwrap(), theirs.max(to));
            assert!(!lower(tid, to).unwrap(), "twice is as once");
            assert_eq!(nice(current()).unwrap(), mine, "only that thread");
            done_tx.send(()).unwrap();
            bystander.join().unwrap();
        }

        #[test]
        fn a_class_thread_is_kept_while_it_runs_and_starts_at_the_starters_priority() {
            let (done_tx, done_rx) = channel::<()>();
            let (tx, rx) = channel();
            // The starter starts before anything is lowered (in the program: with the first
            // class, before `class_first`).
            starter().unwrap();
            // Started from a thread that was lowered: it still starts at the starter's
            // priority, not at its caller's.
            let caller = std::thread::spawn(move || {
                lower(current(), super::super::LOWER_TO).unwrap();
                spawn("class test".into(), move || {
                    tx.send((current(), nice(current()).unwrap())).unwrap();
                    let _ = done_rx.recv();
                })
                .unwrap()
            });
            let class_thread = caller.join().unwrap();
            let (tid, its_nice) = rx.recv().unwrap();
            assert!(
                kept().contains(&tid),
                "known by its id before spawn returned"
            );
            let starter_nice = nice(*kept().first().unwrap()).unwrap();
            assert_eq!(its_nice, starter_nice);
            assert!(its_nice < super::super::LOWER_TO);
            done_tx.send(()).unwrap();
            class_thread.join().unwrap();
            assert!(!kept().contains(&tid), "forgotten once it ended");
        }
    }
}

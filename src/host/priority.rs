//! The class first: while a class answers, the teacher's window yields the processor to the
//! class server.
//!
//! On a machine that draws the projector on its processor (no graphics card, or a weak one),
//! a frame drawn while 200 phones answer together took the processor from the server and
//! added tens of milliseconds to their answers' round trip (docs/performance.md). Here every
//! thread of the program but the class's own is given a lower priority (`nice` +10 on Linux,
//! per thread), so that the answers are served first and the projector draws with what is
//! left; threads those threads start later inherit it. Nothing changes where nothing
//! competes. Linux only: elsewhere [`class_first`] does nothing.

/// The threads kept at their priority, by name ([`std::thread::Builder::name`]): the class
/// server's, its saver's, and the thread that wakes the window.
pub const CLASS_THREADS: [&str; 3] = ["class server", "class saver", "class waker"];

/// How low the other threads run: `nice` 10 (of 19), about a tenth of the processor of a
/// thread at 0 when both want it.
pub const LOWER_TO: i32 = 10;

/// Lower every thread of this program but [`CLASS_THREADS`] to [`LOWER_TO`] (a thread already
/// lower stays so: a second class lowers nothing further). The number of threads looked at,
/// or the first error (Linux only; `Ok(0)` elsewhere).
pub fn class_first() -> std::io::Result<usize> {
    #[cfg(target_os = "linux")]
    {
        let mut lowered = 0;
        for (tid, name) in linux::threads()? {
            if !CLASS_THREADS.contains(&name.as_str()) {
                linux::lower(tid, LOWER_TO)?;
                lowered += 1;
            }
        }
        Ok(lowered)
    }
    #[cfg(not(target_os = "linux"))]
    Ok(0)
}

#[cfg(target_os = "linux")]
mod linux {
    use std::io;

    /// This program's threads: each one's id and name (`/proc/self/task/*/comm`, at most 15
    /// bytes).
    pub(super) fn threads() -> io::Result<Vec<(libc::pid_t, String)>> {
        let mut threads = Vec::new();
        for entry in std::fs::read_dir("/proc/self/task")? {
            let entry = entry?;
            let Some(tid) = entry
                .file_name()
                .to_str()
                .and_then(|s| s.parse::<libc::pid_t>().ok())
            else {
                continue;
            };
            // A thread that ended since the folder was read has no name left.
            if let Ok(name) = std::fs::read_to_string(entry.path().join("comm")) {
                threads.push((tid, name.trim_end().to_string()));
            }
        }
        Ok(threads)
    }

    /// The `nice` value of thread `tid`.
    pub(super) fn nice(tid: libc::pid_t) -> io::Result<i32> {
        // getpriority may return -1 as a value: errno tells.
        errno_clear();
        // SAFETY: a plain system call on a thread id; no memory is passed.
        let value = unsafe { libc::getpriority(libc::PRIO_PROCESS, tid as libc::id_t) };
        let error = io::Error::last_os_error();
        if value == -1 && error.raw_os_error().is_some_and(|e| e != 0) {
            return Err(error);
        }
        Ok(value)
    }

    /// Run thread `tid` at `nice` `to` at least (a thread already lower is left so). A thread
    /// that has ended since it was listed is passed over.
    pub(super) fn lower(tid: libc::pid_t, to: i32) -> io::Result<()> {
        let now = match nice(tid) {
            Ok(now) => now,
            Err(e) if e.raw_os_error() == Some(libc::ESRCH) => return Ok(()),
            Err(e) => return Err(e),
        };
        if now >= to {
            return Ok(());
        }
        // SAFETY: as above.
        if unsafe { libc::setpriority(libc::PRIO_PROCESS, tid as libc::id_t, to) } == 0 {
            return Ok(());
        }
        let error = io::Error::last_os_error();
        if error.raw_os_error() == Some(libc::ESRCH) {
            return Ok(());
        }
        Err(error)
    }

    fn errno_clear() {
        // SAFETY: errno is this thread's own.
        unsafe { *libc::__errno_location() = 0 };
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        /// The id of the calling thread.
        fn current() -> libc::pid_t {
            // SAFETY: gettid has no preconditions and cannot fail.
            unsafe { libc::gettid() }
        }

        #[test]
        fn a_thread_is_found_by_its_name_and_lowered_alone() {
            let (tx, rx) = std::sync::mpsc::channel();
            let (done_tx, done_rx) = std::sync::mpsc::channel::<()>();
            let bystander = std::thread::Builder::new()
                .name("bystander".into())
                .spawn(move || {
                    tx.send(current()).unwrap();
                    let _ = done_rx.recv();
                })
                .unwrap();
            let tid = rx.recv().unwrap();
            let found: Vec<(libc::pid_t, String)> = threads()
                .unwrap()
                .into_iter()
                .filter(|(_, name)| name == "bystander")
                .collect();
            assert_eq!(found, [(tid, "bystander".to_string())]);
            let (mine, theirs) = (nice(current()).unwrap(), nice(tid).unwrap());
            let to = super::super::LOWER_TO;
            lower(tid, to).unwrap();
            assert_eq!(nice(tid).unwrap(), theirs.max(to));
            // Twice is as once.
            lower(tid, to).unwrap();
            assert_eq!(nice(tid).unwrap(), theirs.max(to));
            assert_eq!(nice(current()).unwrap(), mine, "only that thread");
            done_tx.send(()).unwrap();
            bystander.join().unwrap();
            // A thread that has ended is passed over, not an error.
            assert!(lower(tid, 1).is_ok());
        }
    }
}

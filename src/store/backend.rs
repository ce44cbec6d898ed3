//! Where the [`Store`](super::Store) keeps its entries: a folder of files, or memory.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use super::{Location, StoreError};

/// A place to keep named entries. Keys are relative paths with `/` (`profiles/Ana/runs.json`).
pub trait Backend: Send + Sync + std::fmt::Debug {
    /// The bytes under `key`; `Ok(None)` when there is nothing.
    fn read(&self, key: &str) -> Result<Option<Vec<u8>>, StoreError>;
    /// Replace what is under `key`, all at once.
    fn write(&self, key: &str, bytes: &[u8]) -> Result<(), StoreError>;
    /// Add `bytes` at the end of what is under `key` (made if missing), on disk when this
    /// returns. This default reads and writes the whole entry; a folder appends.
    fn append(&self, key: &str, bytes: &[u8]) -> Result<(), StoreError> {
        let mut all = self.read(key)?.unwrap_or_default();
        all.extend_from_slice(bytes);
        self.write(key, &all)
    }
    /// Forget `key` (nothing happens if it is not there).
    fn remove(&self, key: &str);
    /// The names of the folders directly under `prefix`.
    fn folders(&self, prefix: &str) -> Vec<String>;
    /// The names of the entries directly under `prefix`.
    fn entries(&self, prefix: &str) -> Vec<String>;
    /// Keep a damaged entry under another name, stamped with `stamp`; returns where it went.
    fn move_aside(&self, key: &str, stamp: &str) -> Result<Location, StoreError>;
    /// Where everything is kept, for messages.
    fn location(&self) -> Location;
    /// Where `key` is kept, for messages.
    fn location_of(&self, key: &str) -> Location;
    /// Give the player a file to keep; returns where it went.
    fn export(&self, name: &str, bytes: &[u8]) -> Result<Location, StoreError>;
}

/// Files in a data folder.
#[derive(Debug, Clone)]
pub struct FolderBackend {
    dir: PathBuf,
}

impl FolderBackend {
    pub fn new(dir: impl Into<PathBuf>) -> FolderBackend {
        FolderBackend { dir: dir.into() }
    }

    fn path(&self, key: &str) -> PathBuf {
        key.split('/')
            .fold(self.dir.clone(), |p, part| p.join(part))
    }

    fn names(&self, prefix: &str, folders: bool) -> Vec<String> {
        std::fs::read_dir(self.path(prefix))
            .map(|d| {
                d.filter_map(|e| e.ok())
                    .filter(|e| e.path().is_dir() == folders)
                    .map(|e| e.file_name().to_string_lossy().into_owned())
                    .collect()
            })
            .unwrap_or_default()
    }
}

impl Backend for FolderBackend {
    fn read(&self, key: &str) -> Result<Option<Vec<u8>>, StoreError> {
        let path = self.path(key);
        match std::fs::read(&path) {
            Ok(bytes) => Ok(Some(bytes)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(StoreError::Read {
                at: Location::File(path),
                error: e.to_string(),
            }),
        }
    }

    fn write(&self, key: &str, bytes: &[u8]) -> Result<(), StoreError> {
        write_atomically(&self.path(key), bytes)
    }

    fn append(&self, key: &str, bytes: &[u8]) -> Result<(), StoreError> {
        use std::io::Write;
        let path = self.path(key);
        let fail = |e: std::io::Error| StoreError::Write {
            at: Location::File(path.clone()),
            error: e.to_string(),
        };
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(fail)?;
        }
        let mut file = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&path)
            .map_err(fail)?;
        file.write_all(bytes).map_err(fail)?;
        file.sync_data().map_err(fail)
    }

    fn remove(&self, key: &str) {
        let _ = std::fs::remove_file(self.path(key));
    }

    fn folders(&self, prefix: &str) -> Vec<String> {
        self.names(prefix, true)
    }

    fn entries(&self, prefix: &str) -> Vec<String> {
        self.names(prefix, false)
    }

    fn move_aside(&self, key: &str, stamp: &str) -> Result<Location, StoreError> {
        let path = self.path(key);
        let aside = PathBuf::from(format!("{}.corrupt-{stamp}", path.display()));
        std::fs::rename(&path, &aside)
            .map(|()| Location::File(aside.clone()))
            .map_err(|e| StoreError::Write {
                at: Location::File(aside),
                error: e.to_string(),
            })
    }

    fn location(&self) -> Location {
        Location::File(self.dir.clone())
    }

    fn location_of(&self, key: &str) -> Location {
        Location::File(self.path(key))
    }

    fn export(&self, name: &str, bytes: &[u8]) -> Result<Location, StoreError> {
        let path = self.path(name);
        write_atomically(&path, bytes)?;
        Ok(Location::File(path))
    }
}

/// Write `bytes` to `path` through a temporary file in the same folder and a rename, creating
/// the folder if needed.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), StoreError> {
    use std::io::Write;
    let dir = path.parent().unwrap_or(Path::new("."));
    let fail = |at: &Path, e: std::io::Error| StoreError::Write {
        at: Location::File(at.to_path_buf()),
        error: e.to_string(),
    };
    std::fs::create_dir_all(dir).map_err(|e| fail(dir, e))?;
    let tmp = path.with_extension(format!("tmp-{}", std::process::id()));
    let mut file = std::fs::File::create(&tmp).map_err(|e| fail(path, e))?;
    file.write_all(bytes).map_err(|e| fail(path, e))?;
    file.sync_all().map_err(|e| fail(path, e))?;
    drop(file);
    std::fs::rename(&tmp, path).map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        fail(path, e)
    })
}

/// Entries in memory, gone when the process ends. Counts writes, so tests can check that
/// something was saved exactly once.
#[derive(Debug, Default)]
pub struct MemoryBackend {
    entries: Mutex<BTreeMap<String, Vec<u8>>>,
    writes: AtomicUsize,
}

impl MemoryBackend {
    fn lock(&self) -> std::sync::MutexGuard<'_, BTreeMap<String, Vec<u8>>> {
        // A panic while holding the lock leaves the map whole: every operation is one call.
        self.entries.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Writes so far, of any key.
    pub fn writes(&self) -> usize {
        self.writes.load(Ordering::SeqCst)
    }

    fn names(&self, prefix: &str, folders: bool) -> Vec<String> {
        names_under(self.lock().keys().map(String::as_str), prefix, folders)
    }
}

/// Among flat `keys`, the names directly under `prefix`: folders (with more below) or entries;
/// sorted, each once. For backends that keep keys, not folders.
pub(super) fn names_under<'a>(
    keys: impl Iterator<Item = &'a str>,
    prefix: &str,
    folders: bool,
) -> Vec<String> {
    let start = format!("{prefix}/");
    let names: std::collections::BTreeSet<String> = keys
        .filter_map(|k| k.strip_prefix(&start))
        .filter_map(|rest| match rest.split_once('/') {
            Some((folder, _)) if folders => Some(folder.to_string()),
            None if !folders => Some(rest.to_string()),
            _ => None,
        })
        .collect();
    names.into_iter().collect()
}

impl Backend for MemoryBackend {
    fn read(&self, key: &str) -> Result<Option<Vec<u8>>, StoreError> {
        Ok(self.lock().get(key).cloned())
    }

    fn write(&self, key: &str, bytes: &[u8]) -> Result<(), StoreError> {
        self.writes.fetch_add(1, Ordering::SeqCst);
        self.lock().insert(key.to_string(), bytes.to_vec());
        Ok(())
    }

    fn remove(&self, key: &str) {
        self.lock().remove(key);
    }

    fn folders(&self, prefix: &str) -> Vec<String> {
        self.names(prefix, true)
    }

    fn entries(&self, prefix: &str) -> Vec<String> {
        self.names(prefix, false)
    }

    fn move_aside(&self, key: &str, stamp: &str) -> Result<Location, StoreError> {
        let mut entries = self.lock();
        let bytes = entries.remove(key).ok_or_else(|| StoreError::NotThere {
            at: self.location_of(key),
        })?;
        let aside = format!("{key}.corrupt-{stamp}");
        entries.insert(aside.clone(), bytes);
        Ok(self.location_of(&aside))
    }

    fn location(&self) -> Location {
        Location::Memory { key: None }
    }

    fn location_of(&self, key: &str) -> Location {
        Location::Memory {
            key: Some(key.to_string()),
        }
    }

    fn export(&self, name: &str, bytes: &[u8]) -> Result<Location, StoreError> {
        self.write(name, bytes)?;
        Ok(self.location_of(name))
    }
}

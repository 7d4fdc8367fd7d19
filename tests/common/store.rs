//! A store in a temporary folder for the tests that read and write assessments.

use std::path::PathBuf;

use refleks::assessment::Assessment;
use refleks::store::Store;

/// An empty store in a new temporary folder (kept while the `TempDir` lives).
pub fn temp_store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(Some(&dir.path().join("vurderinger"))).unwrap();
    (dir, store)
}

/// Saves a new assessment in the store and lets go of it.
pub fn create(store: &Store, a: &Assessment) -> PathBuf {
    store.create(a).unwrap().path().to_path_buf()
}

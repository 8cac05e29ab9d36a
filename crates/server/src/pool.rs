//! A few read-only store connections shared by the request handlers.
//!
//! A `Store` is `Send` but not `Sync` (an SQLite connection serves one thread at a time), so
//! each connection sits in its own mutex; a semaphore with one permit per connection makes
//! a request wait for a free one instead of spinning. Each query runs on a blocking thread
//! under the query time limit; past it, the query is interrupted through the store's
//! [`sitrep_store::InterruptHandle`] and the request gets a 503.

use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use sitrep_store::{InterruptHandle, SqliteStore, Store};
use tokio::sync::Semaphore;

use crate::ApiError;

struct Slot {
    store: Mutex<Box<dyn Store>>,
    interrupt: Option<InterruptHandle>,
}

pub struct StorePool {
    slots: Arc<Vec<Slot>>,
    permits: Semaphore,
}

impl StorePool {
    /// A pool over stores already opened (any backend).
    pub fn new(stores: Vec<Box<dyn Store>>) -> StorePool {
        let slots: Vec<Slot> = stores
            .into_iter()
            .map(|s| Slot {
                interrupt: s.interrupt_handle(),
                store: Mutex::new(s),
            })
            .collect();
        let n = slots.len();
        StorePool {
            slots: Arc::new(slots),
            permits: Semaphore::new(n),
        }
    }

    /// `n` read-only connections to the store at `db`: a `postgres://` URL or an SQLite
    /// file.
    pub fn open(db: &Path, n: usize) -> sitrep_store::Result<StorePool> {
        let mut stores: Vec<Box<dyn Store>> = Vec::with_capacity(n);
        for _ in 0..n {
            stores.push(match db.to_str() {
                Some(location) => sitrep_store::open_read_only(location)?,
                None => Box::new(SqliteStore::open_read_only(db)?),
            });
        }
        Ok(StorePool::new(stores))
    }

    /// Run `f` on a free connection, on a blocking thread, within `timeout`.
    pub async fn run<T, F>(&self, timeout: Duration, f: F) -> Result<T, ApiError>
    where
        T: Send + 'static,
        F: FnOnce(&dyn Store) -> sitrep_store::Result<T> + Send + 'static,
    {
        let _permit = self
            .permits
            .acquire()
            .await
            .map_err(|_| ApiError::unavailable("the server is shutting down"))?;
        // The slot the query runs on, set and cleared while that slot's lock is held, so an
        // interrupt can only ever reach this request's query.
        let running: Arc<Mutex<Option<usize>>> = Arc::new(Mutex::new(None));
        let slots = self.slots.clone();
        let running_in = running.clone();
        let mut task = tokio::task::spawn_blocking(move || {
            // The permit guarantees a free slot; take the first unlocked one.
            // A slot poisoned by a panicking query is still a usable connection (queries
            // only read), so poisoning is ignored rather than losing the slot for good.
            let (index, guard) = slots
                .iter()
                .enumerate()
                .find_map(|(i, s)| match s.store.try_lock() {
                    Ok(g) => Some((i, g)),
                    Err(std::sync::TryLockError::Poisoned(p)) => Some((i, p.into_inner())),
                    Err(std::sync::TryLockError::WouldBlock) => None,
                })
                .unwrap_or_else(|| (0, slots[0].store.lock().unwrap_or_else(|p| p.into_inner())));
            *running_in.lock().unwrap_or_else(|e| e.into_inner()) = Some(index);
            let result = f(&**guard);
            *running_in.lock().unwrap_or_else(|e| e.into_inner()) = None;
            drop(guard);
            result
        });
        let joined = match tokio::time::timeout(timeout, &mut task).await {
            Ok(joined) => joined,
            Err(_) => {
                if let Some(i) = *running.lock().unwrap_or_else(|e| e.into_inner()) {
                    if let Some(interrupt) = &self.slots[i].interrupt {
                        interrupt();
                    }
                }
                // Wait for the interrupted query to give its connection back (the permit is
                // released only then), but not forever.
                let _ = tokio::time::timeout(Duration::from_secs(5), task).await;
                return Err(ApiError::unavailable(format!(
                    "the query took longer than {} s and was stopped; narrow the filters \
                     (dates, actor, category) and try again",
                    timeout.as_secs_f64()
                )));
            }
        };
        match joined {
            Ok(Ok(value)) => Ok(value),
            Ok(Err(e)) => Err(store_error(e)),
            Err(e) => Err(ApiError::internal(format!("query failed: {e}"))),
        }
    }
}

impl Drop for StorePool {
    fn drop(&mut self) {
        // The pool is dropped inside the server's runtime when it shuts down, and closing
        // a PostgreSQL connection blocks on the client's own runtime, which panics there
        // ("Cannot start a runtime from within a runtime"): close the connections on a
        // plain thread.
        let slots = std::mem::replace(&mut self.slots, Arc::new(Vec::new()));
        if tokio::runtime::Handle::try_current().is_ok() {
            let _ = std::thread::spawn(move || drop(slots)).join();
        }
    }
}

fn store_error(e: sitrep_store::StoreError) -> ApiError {
    match e {
        sitrep_store::StoreError::Invalid(m) => ApiError::bad_request(m),
        other => ApiError::internal(format!("store: {other}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A pool of one connection to a fresh, empty SQLite store.
    fn one_connection_pool(name: &str) -> StorePool {
        let dir =
            std::env::temp_dir().join(format!("sitrep-pool-test-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("temp dir");
        let store = SqliteStore::open(dir.join("pool.db")).expect("open store");
        StorePool::new(vec![Box::new(store)])
    }

    fn runtime() -> tokio::runtime::Runtime {
        tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_time()
            .build()
            .expect("a runtime")
    }

    // A query that always outlasts its limit, whatever the machine's speed: the request gets
    // the 503 and its message, and the connection serves the next request. (The HTTP test of
    // the same limit cannot force a slow query on its small corpus, so the certainty is here.)
    #[test]
    fn a_query_past_its_limit_gets_a_503_and_the_connection_serves_again() {
        let pool = one_connection_pool("limit");
        runtime().block_on(async {
            let slow = pool
                .run(Duration::from_millis(20), |s| {
                    std::thread::sleep(Duration::from_millis(400));
                    s.stats()
                })
                .await;
            let err = match slow {
                Ok(_) => panic!("a query four hundred milliseconds long passed a 20 ms limit"),
                Err(e) => e,
            };
            assert_eq!(err.status.as_u16(), 503, "{}", err.message);
            assert!(
                err.message.contains("longer than 0.02 s"),
                "{}",
                err.message
            );
            let stats = pool
                .run(Duration::from_secs(10), |s| s.stats())
                .await
                .map_err(|e| e.message)
                .expect("the connection serves again");
            assert_eq!(stats.documents, 0);
        });
    }

    // The limit is a ceiling, not a delay: a quick query answers with its value.
    #[test]
    fn a_query_within_its_limit_returns_its_value() {
        let pool = one_connection_pool("within");
        let version = runtime()
            .block_on(pool.run(Duration::from_secs(10), |s| s.schema_version()))
            .map_err(|e| e.message)
            .expect("the schema version");
        assert!(version > 0);
    }
}

//! argon2id on a bounded pool.
//!
//! argon2 costs tens of milliseconds and ~19 MiB a call by design, so it never runs on the
//! async runtime. At most `workers` jobs run at once and at most `queue` more wait; a job that
//! would wait beyond that is refused at once with [`PoolBusy`] (answered 503 + Retry-After),
//! so a flood of submissions cannot grow memory or latency without bound.
//!
//! Each running job borrows its argon2 memory from the pool ([`SlotMemory`]) instead of
//! allocating 19 MiB afresh: a fresh buffer costs as much again in page faults as the hash
//! itself. At most as many buffers exist as jobs have run at once, and each is wiped when its
//! job ends, so no derivation's state outlives it.

use std::cell::RefCell;
use std::sync::{Arc, Mutex, OnceLock, PoisonError};

use argon2::password_hash::phc::{Output, PasswordHash};
use argon2::{Algorithm, Argon2, Block, Params, PasswordHasher, Version};
use tokio::sync::Semaphore;
use zeroize::Zeroizing;

use super::CryptoError;
use crate::config::KdfPoolSettings;

/// OWASP's argon2id baseline: 19 MiB, two passes, one lane.
const MEMORY_KIB: u32 = 19 * 1024;
const PASSES: u32 = 2;
const LANES: u32 = 1;

/// The pool was full; come back shortly.
#[derive(Debug, Clone, Copy, thiserror::Error)]
#[error("the key-derivation pool is full")]
pub struct PoolBusy;

/// Blocks of argon2 memory at [`MEMORY_KIB`].
const BLOCKS: usize = MEMORY_KIB as usize;

/// Whose work a job is. Staff jobs (sign-in, password changes) run on workers of their own,
/// so that a flood of reporters' jobs, which fills the reporters' share, never refuses a
/// handler's sign-in; reporters' jobs never take the staff workers either.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lane {
    /// Submissions and receipt sign-ins.
    Reporter,
    /// Staff sign-in and password work.
    Staff,
}

/// One share of the pool: at most `workers` jobs at once, `queue` more waiting.
#[derive(Clone)]
struct Share {
    admitted: Arc<Semaphore>,
    running: Arc<Semaphore>,
}

/// The argon2 buffers of a pool's slots: a running job borrows one for its thread (see
/// [`Lent`]) and gives it back, wiped, when it ends. Buffers are made as jobs first need them,
/// so there are never more than have run at once.
#[derive(Default)]
struct SlotMemory {
    free: Mutex<Vec<Box<[Block]>>>,
}

thread_local! {
    /// The buffer lent to the job running on this thread, if it runs in a pool.
    static LENT: RefCell<Option<Box<[Block]>>> = const { RefCell::new(None) };
}

impl SlotMemory {
    /// Lends a buffer to this thread until the guard is dropped.
    fn lend(self: &Arc<Self>) -> Lent {
        let buffer = self
            .free
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .pop()
            .unwrap_or_else(|| vec![Block::default(); BLOCKS].into_boxed_slice());
        LENT.with(|lent| *lent.borrow_mut() = Some(buffer));
        Lent(Arc::clone(self))
    }
}

/// A buffer lent to the current thread; dropping it (also when the job panics) wipes the buffer
/// and returns it to the pool.
struct Lent(Arc<SlotMemory>);

impl Drop for Lent {
    fn drop(&mut self) {
        if let Some(mut buffer) = LENT.with(|lent| lent.borrow_mut().take()) {
            // The last blocks give the derived key: wipe them as argon2 does when it frees its
            // own memory. The buffer is read again by the next job, so the writes stay.
            buffer.fill(Block::default());
            self.0
                .free
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .push(buffer);
        }
    }
}

/// Runs `derive` on this thread's lent buffer, or on a fresh one outside a pool (the CLI, a
/// nested call).
fn with_memory<T>(derive: impl FnOnce(&mut [Block]) -> T) -> T {
    let lent = LENT.with(|lent| lent.borrow_mut().take());
    match lent {
        Some(mut buffer) => {
            let result = derive(&mut buffer);
            LENT.with(|lent| *lent.borrow_mut() = Some(buffer));
            result
        }
        None => derive(&mut vec![Block::default(); BLOCKS]),
    }
}

/// argon2 with `argon2`'s parameters into `out`, on this thread's buffer.
fn hash_into(argon2: &Argon2<'_>, secret: &[u8], salt: &[u8], out: &mut [u8]) -> bool {
    with_memory(|memory| {
        let blocks = argon2.params().block_count();
        match memory.get_mut(..blocks) {
            Some(memory) => argon2
                .hash_password_into_with_memory(secret, salt, out, memory)
                .is_ok(),
            // Stored with more memory than ours (an older cost): allocated for this call.
            None => argon2.hash_password_into(secret, salt, out).is_ok(),
        }
    })
}

impl Share {
    fn new(workers: usize, queue: usize) -> Self {
        Self {
            admitted: Arc::new(Semaphore::new(workers + queue)),
            running: Arc::new(Semaphore::new(workers)),
        }
    }
}

/// Admission-controlled runner for argon2 jobs.
#[derive(Clone)]
pub struct KdfPool {
    reporters: Share,
    staff: Share,
    /// The argon2 buffers of both lanes' running jobs.
    memory: Arc<SlotMemory>,
}

impl KdfPool {
    /// A pool of `workers` threads with room for `queue` waiting jobs for reporters, and
    /// `staff_workers` more with `staff_queue` waiting places kept for staff.
    pub fn new(settings: &KdfPoolSettings) -> Self {
        Self {
            reporters: Share::new(settings.workers, settings.queue),
            staff: Share::new(settings.staff_workers.max(1), settings.staff_queue),
            memory: Arc::default(),
        }
    }

    /// Runs `job` on a blocking thread once a worker of `lane` is free, or refuses at once
    /// when that lane is full.
    pub async fn run<T, F>(&self, lane: Lane, job: F) -> Result<T, PoolBusy>
    where
        F: FnOnce() -> T + Send + 'static,
        T: Send + 'static,
    {
        let share = match lane {
            Lane::Reporter => &self.reporters,
            Lane::Staff => &self.staff,
        };
        let admitted = share
            .admitted
            .clone()
            .try_acquire_owned()
            .map_err(|_| PoolBusy)?;
        let running = share
            .running
            .clone()
            .acquire_owned()
            .await
            .map_err(|_| PoolBusy)?;
        // The permits travel with the job: if the request is dropped (the client hung up, or
        // the timeout fired) while argon2 runs, the slot stays taken until argon2 is done, so
        // hanging up cannot pile up blocking threads beyond the pool's size.
        let memory = Arc::clone(&self.memory);
        let work = tokio::task::spawn_blocking(move || {
            let _held = (admitted, running);
            let _lent = memory.lend();
            job()
        });
        // A panic inside argon2 would be a bug; it surfaces as PoolBusy rather than taking the
        // request task down with it.
        work.await.map_err(|_| PoolBusy)
    }
}

fn argon2(output_len: Option<usize>) -> Result<Argon2<'static>, CryptoError> {
    let params =
        Params::new(MEMORY_KIB, PASSES, LANES, output_len).map_err(|_| CryptoError::Kdf)?;
    Ok(Argon2::new(Algorithm::Argon2id, Version::V0x13, params))
}

/// Hashes a password into a PHC string for the `members.password_hash` column.
pub fn hash_password(password: &[u8]) -> Result<String, CryptoError> {
    let hash = argon2(None)?
        .hash_password(password)
        .map_err(|_| CryptoError::Kdf)?;
    Ok(hash.to_string())
}

/// Checks `password` against `phc`. With no stored hash (unknown e-mail) it verifies against a
/// dummy hash, so unknown accounts and wrong passwords cost the same time.
pub fn verify_password(password: &[u8], phc: Option<&str>) -> bool {
    match phc {
        Some(phc) => matches_phc(password, phc),
        None => {
            // The same work as a real check, so that an unknown account takes as long.
            let _same_work = matches_phc(password, dummy_hash());
            false
        }
    }
}

/// What `PasswordVerifier::verify_password` does, on this thread's buffer: the parameters and
/// salt from the PHC string, and a constant-time comparison of the outputs.
fn matches_phc(password: &[u8], phc: &str) -> bool {
    let Ok(hash) = PasswordHash::new(phc) else {
        return false;
    };
    let (Some(salt), Some(expected)) = (&hash.salt, &hash.hash) else {
        return false;
    };
    let Ok(algorithm) = Algorithm::try_from(hash.algorithm.as_str()) else {
        return false;
    };
    let version = match hash.version.map(Version::try_from).transpose() {
        Ok(version) => version.unwrap_or_default(),
        Err(_) => return false,
    };
    let Ok(params) = Params::try_from(&hash) else {
        return false;
    };
    let mut out = Zeroizing::new(vec![0u8; expected.len()]);
    let hasher = Argon2::new(algorithm, version, params);
    hash_into(&hasher, password, salt.as_ref(), &mut out)
        && Output::new(&out).is_ok_and(|computed| computed == *expected)
}

fn dummy_hash() -> &'static str {
    static DUMMY: OnceLock<String> = OnceLock::new();
    DUMMY.get_or_init(|| hash_password(b"kedja dummy password").unwrap_or_default())
}

/// Derives a 32-byte seed from a secret and a salt; used for the member's password key, which
/// has its own salt, separate from the password hash's.
pub fn derive_seed(secret: &[u8], salt: &[u8]) -> Result<Zeroizing<[u8; 32]>, CryptoError> {
    let mut out = Zeroizing::new([0u8; 32]);
    if !hash_into(&argon2(Some(32))?, secret, salt, out.as_mut()) {
        return Err(CryptoError::Kdf);
    }
    Ok(out)
}

/// Derives 64 bytes: the receipt's lookup half and its key half.
pub fn derive_64(secret: &[u8], salt: &[u8]) -> Result<Zeroizing<[u8; 64]>, CryptoError> {
    let mut out = Zeroizing::new([0u8; 64]);
    if !hash_into(&argon2(Some(64))?, secret, salt, out.as_mut()) {
        return Err(CryptoError::Kdf);
    }
    Ok(out)
}

/// 16 random bytes from the OS for a salt.
pub fn new_salt() -> Result<[u8; 16], CryptoError> {
    let mut salt = [0u8; 16];
    super::random::fill(&mut salt)?;
    Ok(salt)
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;

    #[test]
    fn passwords_verify_and_wrong_ones_do_not() {
        let phc = hash_password(b"correct horse").unwrap();
        assert!(phc.starts_with("$argon2id$"));
        assert!(verify_password(b"correct horse", Some(&phc)));
        assert!(!verify_password(b"wrong horse", Some(&phc)));
        assert!(!verify_password(b"correct horse", None));
    }

    #[test]
    fn seeds_depend_on_secret_and_salt() {
        let a = derive_seed(b"pw", b"salt-one-16bytes").unwrap();
        assert_eq!(*a, *derive_seed(b"pw", b"salt-one-16bytes").unwrap());
        assert_ne!(*a, *derive_seed(b"pw", b"salt-two-16bytes").unwrap());
        assert_ne!(*a, *derive_seed(b"pv", b"salt-one-16bytes").unwrap());
    }

    #[tokio::test]
    async fn pool_jobs_derive_alike_on_one_reused_wiped_buffer() {
        let pool = KdfPool::new(&KdfPoolSettings {
            workers: 1,
            queue: 0,
            staff_workers: 1,
            staff_queue: 0,
        });
        let fresh = derive_seed(b"pw", b"salt-one-16bytes").unwrap();
        let phc = hash_password(b"correct horse").unwrap();
        let mut buffers = Vec::new();
        for _ in 0..3 {
            let (seed, verified, wrong) = pool
                .run(Lane::Reporter, {
                    let phc = phc.clone();
                    move || {
                        (
                            derive_seed(b"pw", b"salt-one-16bytes").unwrap(),
                            verify_password(b"correct horse", Some(&phc)),
                            verify_password(b"wrong horse", Some(&phc)),
                        )
                    }
                })
                .await
                .unwrap();
            assert_eq!(*seed, *fresh, "the same seed on a lent buffer");
            assert!(verified && !wrong);
            let free = pool.memory.free.lock().unwrap();
            assert_eq!(free.len(), 1, "one buffer for one worker, given back");
            assert!(
                free[0].iter().all(|b| b.as_ref().iter().all(|w| *w == 0)),
                "wiped when its job ended"
            );
            buffers.push(free[0].as_ptr() as usize);
        }
        assert!(
            buffers.windows(2).all(|w| w[0] == w[1]),
            "every job used the same buffer"
        );
    }

    #[tokio::test]
    async fn an_abandoned_job_keeps_its_slot_until_it_finishes() {
        let pool = KdfPool::new(&KdfPoolSettings {
            workers: 1,
            queue: 0,
            staff_workers: 1,
            staff_queue: 0,
        });
        let (started, job_started) = tokio::sync::oneshot::channel::<()>();
        let (release, wait) = std::sync::mpsc::channel::<()>();
        let abandoned = {
            let pool = pool.clone();
            tokio::spawn(async move {
                pool.run(Lane::Reporter, move || {
                    started.send(()).unwrap();
                    wait.recv().is_ok()
                })
                .await
            })
        };
        // The job runs on its blocking thread, holding the one slot.
        job_started.await.unwrap();
        abandoned.abort();
        assert!(
            abandoned.await.unwrap_err().is_cancelled(),
            "the request that started the job is gone"
        );
        assert!(
            pool.run(Lane::Reporter, || 1).await.is_err(),
            "the job still runs, so its slot is still taken"
        );
        release.send(()).unwrap();
        // The slot comes back when the job ends: waiting for it needs no polling. The timeout
        // only turns a regression into a failure instead of a hang.
        let slot = tokio::time::timeout(Duration::from_secs(30), pool.reporters.admitted.acquire())
            .await
            .expect("the slot comes back when the job ends")
            .unwrap();
        drop(slot);
        assert_eq!(pool.run(Lane::Reporter, || 2).await.unwrap(), 2);
    }

    #[tokio::test]
    async fn a_full_pool_refuses_at_once() {
        let pool = KdfPool::new(&KdfPoolSettings {
            workers: 1,
            queue: 1,
            staff_workers: 1,
            staff_queue: 0,
        });
        let (started, blocker_started) = tokio::sync::oneshot::channel::<()>();
        let (release, wait) = std::sync::mpsc::channel::<()>();
        let blocker = {
            let pool = pool.clone();
            tokio::spawn(async move {
                pool.run(Lane::Reporter, move || {
                    started.send(()).unwrap();
                    wait.recv().is_ok()
                })
                .await
            })
        };
        // The blocker holds the one worker once its job runs.
        blocker_started.await.unwrap();
        // A second job takes the one queue place on its first poll, and waits for the worker.
        let mut queued = std::pin::pin!(pool.run(Lane::Reporter, || 2));
        assert!(
            futures_util::poll!(queued.as_mut()).is_pending(),
            "the second job waits for the worker"
        );
        assert_eq!(
            pool.reporters.admitted.available_permits(),
            0,
            "the queue is full"
        );
        let refused = tokio::time::timeout(Duration::from_secs(1), pool.run(Lane::Reporter, || 3))
            .await
            .expect("a full pool answers at once instead of queueing");
        assert!(refused.is_err());
        release.send(()).unwrap();
        assert!(blocker.await.unwrap().unwrap());
        assert_eq!(queued.await.unwrap(), 2);
        assert_eq!(
            pool.run(Lane::Reporter, || 4).await.unwrap(),
            4,
            "the pool recovers"
        );
    }

    #[tokio::test]
    async fn a_reporter_flood_leaves_the_staff_share_free() {
        let pool = KdfPool::new(&KdfPoolSettings {
            workers: 1,
            queue: 0,
            staff_workers: 1,
            staff_queue: 0,
        });
        let (started, blocker_started) = tokio::sync::oneshot::channel::<()>();
        let (release, wait) = std::sync::mpsc::channel::<()>();
        let blocker = {
            let pool = pool.clone();
            tokio::spawn(async move {
                pool.run(Lane::Reporter, move || {
                    started.send(()).unwrap();
                    wait.recv().is_ok()
                })
                .await
            })
        };
        blocker_started.await.unwrap();
        assert!(
            pool.run(Lane::Reporter, || 1).await.is_err(),
            "the reporters' share is full"
        );
        let staff = tokio::time::timeout(Duration::from_secs(30), pool.run(Lane::Staff, || 2))
            .await
            .expect("a staff job does not wait for the reporters' worker");
        assert_eq!(staff.unwrap(), 2, "and is not refused");
        release.send(()).unwrap();
        assert!(blocker.await.unwrap().unwrap());
    }
}

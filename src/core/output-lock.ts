import { mkdir, readFile, rm, rmdir, stat, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { dirname, join } from 'node:path';
import type { Reporter } from './reporter.js';
import { isProcessAlive } from './process-alive.js';

const OWNER_FILE = 'owner.json';

/**
 * proper-lockfile, loaded when a lock is first taken: with graceful-fs and signal-exit it costs ~20 ms of CPU to
 * load, and a cache hit takes no lock.
 */
type Lockfile = typeof import('proper-lockfile');
let lockfileModule: Promise<Lockfile> | undefined;
const lockfile = {
  lock: async (...args: Parameters<typeof import('proper-lockfile').lock>) => {
    lockfileModule ??= import('proper-lockfile').then((loaded) => ((loaded as { default?: Lockfile }).default ?? loaded));
    return (await lockfileModule).lock(...args);
  },
};

/**
 * Exclusive lock on an output dir while a step writes it, so concurrent runs on one dir do the work once:
 * the others wait, then find the result. proper-lockfile takes the lock with mkdir (atomic on network
 * filesystems too) and refreshes its mtime; a lock not refreshed for `staleMs` is taken over. On the same
 * host we also record the holder's pid inside the lock dir, so a lock left by a killed process is recovered
 * at once instead of after the stale time.
 */
function lockOptions(outputDir: string, reporter?: Reporter) {
  // A killed holder on this host is detected by pid at once; the stale time only matters across hosts
  // (network filesystems), so it can be generous. A late refresh must not crash the run: warn instead.
  return {
    realpath: false,
    lockfilePath: `${outputDir}.lock`,
    stale: 60_000,
    onCompromised: (error: Error) => reporter?.warning(`The lock on ${outputDir} could not be refreshed in time (${error.message}); continuing`),
  };
}

/**
 * Run `work` under the output dir's lock only when nobody holds it now; undefined (and no work) otherwise. For
 * short bookkeeping on a hit (new stamps, a revision's spelling), so it takes the lock the way proper-lockfile does,
 * with one mkdir of the same lock dir, without loading proper-lockfile (~20 ms of a hit's CPU): a held lock, fresh
 * or stale, means no work. Held for milliseconds, far below the stale time, so there is no mtime to refresh. A run
 * killed while holding it leaves an ownerless lock dir, which withOutputLock breaks after OWNERLESS_GRACE_MS.
 */
export async function withOutputLockIfFree<T>(params: { outputDir: string; work: () => Promise<T> }): Promise<T | undefined> {
  const lockPath = `${params.outputDir}.lock`;
  try {
    await mkdir(lockPath);
  } catch {
    return undefined;
  }
  try {
    return await params.work();
  } finally {
    await rmdir(lockPath).catch(() => undefined);
  }
}

export async function withOutputLock<T>(params: {
  outputDir: string;
  reporter: Reporter;
  staleMs?: number;
  work: () => Promise<T>;
}): Promise<T> {
  const { outputDir, reporter, work } = params;
  const lockPath = `${outputDir}.lock`;
  await mkdir(dirname(outputDir), { recursive: true });
  const options = { ...lockOptions(outputDir, reporter), ...(params.staleMs ? { stale: params.staleMs } : {}) };
  let release: () => Promise<void>;
  let waiting = false;
  for (;;) {
    try {
      release = await lockfile.lock(outputDir, { ...options, retries: 0 });
      break;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // ENOTEMPTY: proper-lockfile tried to take over a stale lock with rmdir, which our owner file prevents.
      // ENOENT: the lock vanished while proper-lockfile looked at it (another run released or broke it).
      if (code !== 'ELOCKED' && code !== 'ENOTEMPTY' && code !== 'ENOENT') throw error;
      if (code === 'ENOENT' || (await breakAbandonedLock({ lockPath, staleMs: options.stale }))) continue;
      if (!waiting) reporter.notice(`Another run is writing ${outputDir}; waiting for it to finish...`);
      waiting = true;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  await writeFile(join(lockPath, OWNER_FILE), JSON.stringify({ pid: process.pid, hostname: hostname() })).catch(() => undefined);
  try {
    return await work();
  } finally {
    // proper-lockfile removes the lock with rmdir: empty it first.
    await rm(join(lockPath, OWNER_FILE), { force: true });
    await release().catch(() => undefined);
  }
}

async function readOwner(lockPath: string): Promise<{ pid: number; hostname: string } | undefined> {
  try {
    const owner = JSON.parse(await readFile(join(lockPath, OWNER_FILE), 'utf8'));
    return Number.isInteger(owner.pid) && typeof owner.hostname === 'string' ? owner : undefined;
  } catch {
    return undefined;
  }
}


/** A lock dir without an owner file this old was left by a run killed between taking the lock and writing it. */
const OWNERLESS_GRACE_MS = 10_000;

/**
 * Remove the lock when it is abandoned: its holder is a dead process on this host, it was not refreshed for the
 * stale time (a holder on another host died), or it never got an owner. Judging and removing happen under a
 * second, short lock, so two waiting runs cannot both break it — the second would remove the first one's new,
 * live lock. Returns true when the caller should try to take the lock again.
 */
async function breakAbandonedLock(params: { lockPath: string; staleMs: number }): Promise<boolean> {
  const { lockPath, staleMs } = params;
  let releaseBreak: () => Promise<void>;
  try {
    releaseBreak = await lockfile.lock(lockPath, { realpath: false, lockfilePath: `${lockPath}.break`, stale: 10_000, retries: 0 });
  } catch {
    return false; // another run is judging the lock right now
  }
  try {
    const info = await stat(lockPath).catch(() => undefined);
    if (!info) return true;
    const owner = await readOwner(lockPath);
    const age = Date.now() - info.mtimeMs;
    const abandoned = owner
      ? (owner.hostname === hostname() && owner.pid !== process.pid && !isProcessAlive(owner.pid)) || age > staleMs
      : age > OWNERLESS_GRACE_MS;
    if (!abandoned) return false;
    await rm(lockPath, { recursive: true, force: true });
    return true;
  } finally {
    await releaseBreak().catch(() => undefined);
  }
}

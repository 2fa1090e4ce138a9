import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { dirname, join } from 'node:path';
import lockfile from 'proper-lockfile';
import type { Reporter } from './reporter.js';

const OWNER_FILE = 'owner.json';

/**
 * Exclusive lock on an output dir while a step writes it, so concurrent runs on one dir do the work once:
 * the others wait, then find the result. proper-lockfile takes the lock with mkdir (atomic on network
 * filesystems too) and refreshes its mtime; a lock not refreshed for `staleMs` is taken over. On the same
 * host we also record the holder's pid inside the lock dir, so a lock left by a killed process is recovered
 * at once instead of after the stale time.
 */
export async function withOutputLock<T>(params: {
  outputDir: string;
  reporter: Reporter;
  staleMs?: number;
  work: () => Promise<T>;
}): Promise<T> {
  const { outputDir, reporter, work } = params;
  const lockPath = `${outputDir}.lock`;
  await mkdir(dirname(outputDir), { recursive: true });
  // A killed holder on this host is detected by pid at once; the stale time only matters across hosts
  // (network filesystems), so it can be generous. A late refresh must not crash the run: warn instead.
  const options = {
    realpath: false,
    lockfilePath: lockPath,
    stale: params.staleMs ?? 60_000,
    onCompromised: (error: Error) => reporter.warning(`The lock on ${outputDir} could not be refreshed in time (${error.message}); continuing`),
  };
  let release: () => Promise<void>;
  let waiting = false;
  for (;;) {
    try {
      release = await lockfile.lock(outputDir, { ...options, retries: 0 });
      break;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // proper-lockfile takes over a stale lock with rmdir, which our owner file makes fail: remove it ourselves.
      if (code === 'ENOTEMPTY' && (await removeIfStale(lockPath, options.stale))) continue;
      if (code !== 'ELOCKED' && code !== 'ENOTEMPTY') throw error;
      if (await breakLockOfDeadOwner(lockPath)) continue;
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

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Remove the lock when its recorded holder is a process on this host that no longer exists. */
async function breakLockOfDeadOwner(lockPath: string): Promise<boolean> {
  const owner = await readOwner(lockPath);
  if (!owner || owner.hostname !== hostname() || owner.pid === process.pid || isAlive(owner.pid)) return false;
  const again = await readOwner(lockPath);
  if (again?.pid !== owner.pid) return false;
  await rm(lockPath, { recursive: true, force: true });
  return true;
}

async function removeIfStale(lockPath: string, staleMs: number): Promise<boolean> {
  const info = await stat(lockPath).catch(() => undefined);
  if (!info || Date.now() - info.mtimeMs < staleMs) return false;
  await rm(lockPath, { recursive: true, force: true });
  return true;
}

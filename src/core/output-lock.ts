import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import lockfile from 'proper-lockfile';
import type { Reporter } from './reporter.js';

/**
 * Exclusive lock on an output dir while a step writes it, so concurrent runs on one dir do the work once:
 * the others wait, then find the result. proper-lockfile uses mkdir (atomic on network filesystems too)
 * and refreshes the lock's mtime; a lock not refreshed for `staleMs` (its holder was killed) is taken over.
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
  const options = { realpath: false, lockfilePath: lockPath, stale: params.staleMs ?? 10_000 };
  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(outputDir, { ...options, retries: 0 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') throw error;
    reporter.notice(`Another run is writing ${outputDir}; waiting for it to finish...`);
    release = await lockfile.lock(outputDir, {
      ...options,
      retries: { forever: true, minTimeout: 100, maxTimeout: 1000, factor: 1.5 },
    });
  }
  try {
    return await work();
  } finally {
    await release().catch(() => undefined);
  }
}

import { readdir, rm } from 'node:fs/promises';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { siblingPath } from '../../core/replace-directory.js';

/** This host in a form safe inside a file name, so a staging dir says which machine's pid it carries. */
const HOST = hostname().replace(/[^A-Za-z0-9-]/g, '-').slice(0, 40) || 'host';

/** A fresh staging dir for a training of `outputDir`, beside it (same filesystem, so it can be renamed in). */
export function trainingRunDir(outputDir: string): string {
  return siblingPath(outputDir, `train-${HOST}`);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Remove the staging dirs of trainings whose process is gone: a CLI killed with SIGKILL cannot clean up after
 * itself, and a staging dir can hold gigabytes of partial weights. A dir made on this host is abandoned when its pid
 * no longer runs. One made on another host (a shared filesystem) can only be judged while holding the output lock
 * (`lockHeld`): then no live run of this output dir is writing one.
 */
export async function removeAbandonedRuns(params: { outputDir: string; lockHeld: boolean }): Promise<void> {
  const { outputDir, lockHeld } = params;
  const prefix = `.${basename(outputDir)}.train-`;
  const entries = await readdir(dirname(outputDir)).catch(() => [] as string[]);
  for (const name of entries) {
    if (!name.startsWith(prefix)) continue;
    const match = /^(.*)-(\d+)-[0-9a-f]+$/.exec(name.slice(prefix.length));
    if (!match) continue;
    const [, host, pidText] = match;
    const pid = Number(pidText);
    const abandoned = host === HOST ? pid !== process.pid && !isRunning(pid) : lockHeld;
    if (abandoned) await rm(join(dirname(outputDir), name), { recursive: true, force: true });
  }
}

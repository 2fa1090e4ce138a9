import { randomBytes } from 'node:crypto';
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { isProcessAlive } from './process-alive.js';

/** This host in a form safe inside a file name, so a staging dir says which machine's pid it carries. */
const HOST = hostname().replace(/[^A-Za-z0-9-]/g, '-').slice(0, 40) || 'host';

/**
 * A fresh sibling path of `dir` for staging work that will be renamed into place (same filesystem, so the rename
 * is atomic): `.<dir>.<purpose>~<host>~<pid>~<random>`, so a later run can tell whose it was.
 */
export function siblingPath(dir: string, purpose: string): string {
  return join(dirname(dir), `.${basename(dir)}.${purpose}~${HOST}~${process.pid}~${randomBytes(3).toString('hex')}`);
}


/**
 * Remove staging siblings of `dir` (from `siblingPath`) left by runs that were killed: a SIGKILLed process cannot
 * clean up, and a staging dir can hold gigabytes of partial weights or a half-restored cache entry. One made on
 * this host is abandoned when its pid no longer runs; one made on another host (a shared filesystem) can only be
 * judged while holding the output lock (`lockHeld`): then no live run of this dir is writing one.
 */
export async function removeAbandonedSiblings(params: { dir: string; lockHeld: boolean }): Promise<void> {
  const { dir, lockHeld } = params;
  const prefix = `.${basename(dir)}.`;
  const entries = await readdir(dirname(dir)).catch(() => [] as string[]);
  for (const name of entries) {
    if (!name.startsWith(prefix)) continue;
    const match = /^[a-z0-9-]+~([^~]+)~(\d+)~[0-9a-f]+$/.exec(name.slice(prefix.length));
    if (!match) continue;
    const [, host, pidText] = match;
    const pid = Number(pidText);
    const abandoned = host === HOST ? pid !== process.pid && !isProcessAlive(pid) : lockHeld;
    if (abandoned) await rm(join(dirname(dir), name), { recursive: true, force: true });
  }
}

function backupPrefix(dir: string): string {
  return `.${basename(dir)}.previous-`;
}

/**
 * Put `staging` where `dir` is, as close to atomically as POSIX allows for directories:
 * the old dir is renamed aside, the staging dir renamed in, the old one removed. A crash between the
 * two renames leaves the old dir under a backup name, which `recoverDirectory` puts back.
 */
export async function replaceDirectory(params: { staging: string; dir: string }): Promise<void> {
  const { staging, dir } = params;
  await mkdir(dirname(dir), { recursive: true });
  const backup = join(dirname(dir), `${backupPrefix(dir)}${process.pid}-${randomBytes(3).toString('hex')}`);
  let hadOld = true;
  try {
    await rename(dir, backup);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    hadOld = false;
  }
  try {
    await rename(staging, dir);
  } catch (error) {
    if (hadOld) await rename(backup, dir);
    throw error;
  }
  if (hadOld) await rm(backup, { recursive: true, force: true });
}

/** If a run died between the two renames of `replaceDirectory`, put the previous dir back. */
export async function recoverDirectory(dir: string): Promise<void> {
  const exists = await stat(dir).then(() => true, () => false);
  let entries: string[];
  try {
    entries = await readdir(dirname(dir));
  } catch {
    return;
  }
  const backups = entries.filter((name) => name.startsWith(backupPrefix(dir)));
  for (const [index, name] of backups.entries()) {
    const path = join(dirname(dir), name);
    if (!exists && index === 0) await rename(path, dir).catch(() => undefined);
    else await rm(path, { recursive: true, force: true });
  }
}

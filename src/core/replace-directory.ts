import { randomBytes } from 'node:crypto';
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** A fresh sibling path of `dir` for staging work that will be renamed into place. */
export function siblingPath(dir: string, purpose: string): string {
  return join(dirname(dir), `.${basename(dir)}.${purpose}-${process.pid}-${randomBytes(3).toString('hex')}`);
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

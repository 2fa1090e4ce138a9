import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** A sibling temp name: same directory (so rename is atomic), dot-prefixed, unique per call. */
export function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

/**
 * Write a file so that readers see the old content or the whole new content, never a part:
 * write a temp file in the same directory, fsync it, rename it over the target.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const temp = tempPathFor(path);
  try {
    const handle = await open(temp, 'w', 0o644);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

export async function writeJsonAtomic(path: string, value: unknown): Promise<void> {
  await writeFileAtomic(path, JSON.stringify(value, null, 2) + '\n');
}

const TEMP_NAME = /^\..+\.\d+\.[0-9a-f]{8}\.tmp$/;

/**
 * Remove temp files a killed run left behind (names made by `tempPathFor`) under `dir`. Call it only while
 * holding the dir's lock: then no live run owns them.
 */
export async function removeOrphanTempFiles(dir: string): Promise<number> {
  const { readdir, rm: remove } = await import('node:fs/promises');
  let removed = 0;
  const walk = async (current: string) => {
    let entries;
    try {
      entries = await readdir(current, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (TEMP_NAME.test(entry.name)) {
        await remove(path, { force: true });
        removed++;
      }
    }
  };
  await walk(dir);
  return removed;
}

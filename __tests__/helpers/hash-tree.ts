import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

/** sha256 of every file under `dir` (relative path → hash), skipping names in `ignore`. */
export async function hashTree(dir: string, ignore: string[] = []): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const walk = async (current: string) => {
    for (const entry of await readdir(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      if (ignore.includes(entry.name)) continue;
      if (entry.isDirectory()) await walk(path);
      else out[relative(dir, path)] = createHash('sha256').update(await readFile(path)).digest('hex');
    }
  };
  await walk(dir);
  return out;
}

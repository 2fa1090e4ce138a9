import { constants } from 'node:fs';
import { copyFile, lstat, mkdir, readdir, readlink, symlink } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Copy a directory tree. Files are cloned where the filesystem can (btrfs, xfs, APFS: no bytes copied, which
 * matters for multi-GB models) and copied otherwise; symlinks stay symlinks.
 */
export async function copyTree(params: { from: string; to: string }): Promise<void> {
  const { from, to } = params;
  await mkdir(to, { recursive: true });
  for (const entry of await readdir(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    if (entry.isDirectory()) await copyTree({ from: source, to: target });
    else if (entry.isSymbolicLink()) await symlink(await readlink(source), target);
    else await copyFile(source, target, constants.COPYFILE_FICLONE);
  }
}

/** Total bytes of the regular files under `dir`. */
export async function treeSize(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) total += await treeSize(path);
    else if (entry.isFile()) total += (await lstat(path)).size;
  }
  return total;
}

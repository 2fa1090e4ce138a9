import { stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { InputError } from './errors.js';
import { printable } from './validate-input.js';

/**
 * An output dir must be a directory or not exist yet, and nothing on its way may be a file: say so before any
 * work starts, rather than fail deep inside with ENOTDIR.
 */
export async function checkOutputDirPath(params: { path: string; flag: string }): Promise<void> {
  const { path, flag } = params;
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => (error.code === 'ENOTDIR' ? 'notdir' : undefined));
  if (info && info !== 'notdir') {
    if (!info.isDirectory()) throw new InputError(`${flag} ${printable(path)} is a file, not a directory: give a directory path`);
    return;
  }
  for (let parent = dirname(path); parent !== dirname(parent); parent = dirname(parent)) {
    const parentInfo = await stat(parent).catch(() => undefined);
    if (!parentInfo) continue;
    if (!parentInfo.isDirectory()) throw new InputError(`${flag} ${printable(path)} is inside ${printable(parent)}, which is a file: give a directory path`);
    return;
  }
}

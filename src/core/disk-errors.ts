import { constants } from 'node:fs';
import { access, statfs } from 'node:fs/promises';
import { dirname } from 'node:path';
import { InputError, StepError } from './errors.js';

const FULL = new Set(['ENOSPC', 'EDQUOT']);
const NOT_WRITABLE = new Set(['EROFS', 'EACCES', 'EPERM']);

/**
 * Say plainly when a step failed because of the disk under its output dir: full (ENOSPC/EDQUOT, also when a
 * trainer died of it and only its exit code reached us) or not writable (a read-only mount or missing permission,
 * which is the caller's choice of directory: an input error). Anything else is returned unchanged.
 */
export async function explainDiskError(params: {
  error: unknown;
  outputDir: string;
  flag?: string;
  /** How to name the dir when it is not the user's own flag value (a dir derived from it), e.g. "--output-dir ./ft: its base model dir /x/.base-models/m". */
  label?: string;
}): Promise<unknown> {
  const { error, outputDir } = params;
  const flag = params.flag ?? '--output-dir';
  if (error instanceof InputError) return error;
  // The filesystem error may sit under a wrapper that named the file ("downloading x: ENOSPC …").
  let root: unknown = error;
  for (let depth = 0; depth < 5 && root && !(root as NodeJS.ErrnoException).code && (root as Error).cause; depth++) root = (root as Error).cause;
  let code = (root as NodeJS.ErrnoException | undefined)?.code ?? '';
  // Node's recursive mkdir reports ENOENT, not EROFS/EACCES, when a parent cannot be written: ask the filesystem.
  if (code === 'ENOENT' && (root as NodeJS.ErrnoException).syscall === 'mkdir') code = (await writeRefusal((root as NodeJS.ErrnoException).path ?? outputDir)) ?? code;
  if (FULL.has(code) || (await diskIsFull(outputDir))) {
    return new StepError(
      `The disk holding ${outputDir} is full (${FULL.has(code) ? code : 'ENOSPC'}): free space there or give another ${flag}; nothing was recorded`,
      { cause: error },
    );
  }
  // Only when the refused path is the output dir, its lock or a staging dir beside it: an EPERM elsewhere is not
  // about where the user asked us to write.
  const path = (root as NodeJS.ErrnoException).path ?? '';
  if (NOT_WRITABLE.has(code) && path.startsWith(dirname(outputDir))) {
    return new InputError(`${params.label ?? `${flag} ${outputDir}`} is not writable (${code}${code === 'EROFS' ? ': read-only file system' : ''}): give a writable directory; nothing was recorded`);
  }
  return error;
}

/** Why the nearest existing ancestor of `path` cannot be written into (EROFS, EACCES…), or undefined when it can. */
async function writeRefusal(path: string): Promise<string | undefined> {
  for (let candidate = dirname(path); ; candidate = dirname(candidate)) {
    try {
      await access(candidate, constants.W_OK);
      return undefined;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') return code;
      if (dirname(candidate) === candidate) return undefined;
    }
  }
}

/** Is the filesystem holding `path` (or its nearest existing parent) out of space? */
export async function diskIsFull(path: string): Promise<boolean> {
  for (let candidate = path; ; ) {
    try {
      const info = await statfs(candidate);
      return info.bavail * info.bsize < 64 * 1024;
    } catch {
      const parent = candidate.replace(/\/[^/]*\/?$/, '') || '/';
      if (parent === candidate) return false;
      candidate = parent;
    }
  }
}

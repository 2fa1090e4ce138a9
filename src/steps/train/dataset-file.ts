import type { Stats } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { WORKER_HASH_MIN_BYTES } from '../../core/content-hash.js';
import { sharedBytesHash, type SharedBytesHash } from '../../core/hash-worker.js';
import { InputError, StepError } from '../../core/errors.js';
import type { FileStamp } from '../../core/hash-file.js';
import { printable } from '../../core/validate-input.js';
import { throwIfInterrupted } from './interrupt-signal.js';
import { JsonlScanner } from './jsonl-scanner.js';

/** What training_metadata.json records of a dataset file: where it is, its stat, its content hash, its rows. */
export interface DatasetFileRecord extends FileStamp {
  /** As the key sees it: relative to the working directory ("./data/train.jsonl") or absolute when outside it. */
  path: string;
  rows: number;
}

const JSONL_HINT = 'give a JSONL file with one JSON object per line, e.g. {"text": "great film", "label": 1}';

/** The dataset file exists and is a regular file (its stat), or an InputError saying what it is instead. */
export async function statDatasetFile(params: { flag: string; absolutePath: string; keyPath: string }): Promise<Stats> {
  const named = `${params.flag} ${printable(params.keyPath)}`;
  const info = await stat(params.absolutePath).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT' || error.code === 'ENOTDIR') throw new InputError(`${named} does not exist: ${JSONL_HINT}`);
    throw new InputError(`${named} cannot be read (${error.code ?? error.message}): check the path and its permissions`);
  });
  if (info.isDirectory()) throw new InputError(`${named} is a directory: give the JSONL file itself, e.g. ${printable(params.keyPath.replace(/\/$/, ''))}/data.jsonl`);
  if (!info.isFile()) throw new InputError(`${named} is not a regular file: ${JSONL_HINT}`);
  return info;
}

/**
 * The content identity of a dataset file. Same semantics as core's hashWithStatCache (size + mtime + inode equal
 * to the recorded stat → the recorded sha256 is reused and no byte is read; anything else → the bytes are hashed),
 * done here rather than through it because the same single read must also count rows and check the JSONL shape.
 */
export async function identifyDatasetFile(params: {
  /** How the user named the file: "--train-data" or "Input train-data". */
  flag: string;
  absolutePath: string;
  keyPath: string;
  known?: Partial<DatasetFileRecord>;
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}): Promise<DatasetFileRecord & { rehashed: boolean }> {
  const { flag, absolutePath, keyPath, known } = params;
  const named = `${flag} ${printable(keyPath)}`;
  const info = await statDatasetFile({ flag, absolutePath, keyPath });

  const unchanged =
    known !== undefined &&
    known.path === keyPath &&
    typeof known.sha256 === 'string' &&
    Number.isSafeInteger(known.rows) &&
    known.size === info.size &&
    known.mtimeMs === info.mtimeMs &&
    known.ino === info.ino;
  if (unchanged) return { path: keyPath, size: info.size, mtimeMs: info.mtimeMs, ino: info.ino, sha256: known.sha256!, rows: known.rows!, rehashed: false };

  const scanner = new JsonlScanner();
  let sha256: string;
  try {
    sha256 = await scanAndHash({ absolutePath, size: info.size, scanner, signal: params.signal, onProgress: params.onProgress });
  } catch (error) {
    if (error instanceof InputError || error instanceof StepError) throw error;
    const changed = await stat(absolutePath).then((now) => now.size !== info.size || now.mtimeMs !== info.mtimeMs || now.ino !== info.ino, () => true);
    // Shortened while the worker read it: identify what is there now (as below for any other change).
    if (changed && /^hashing failed/.test((error as Error).message)) return identifyDatasetFile({ ...params, known: undefined });
    throw new InputError(`${named} cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}): check the path and its permissions`);
  }
  scanner.finish();
  if (scanner.problem) throw new InputError(`${named} line ${scanner.problem.line} ${scanner.problem.why}: ${JSONL_HINT}`);
  if (scanner.rows === 0) throw new InputError(`${named} has no rows: ${JSONL_HINT}`);

  const after = await stat(absolutePath);
  if (after.size !== info.size || after.mtimeMs !== info.mtimeMs || after.ino !== info.ino) {
    // Written to while we read it: identify what is there now rather than record a stat that lies.
    return identifyDatasetFile({ ...params, known: undefined });
  }
  return { path: keyPath, size: info.size, mtimeMs: info.mtimeMs, ino: info.ino, sha256, rows: scanner.rows, rehashed: true };
}

/** Read in 1 MiB reads into buffers that are reused: node's streams allocate one per read, and their garbage cost ~0.3 s per GiB. */
const READ_BYTES = 1024 * 1024;

/**
 * One read of the file feeds the scanner and the hash. A large file is hashed on the hashing worker, from the very
 * buffers this thread reads into (shared memory, no copy), so the sha256 (the longer half) and the row scan run
 * on two cores side by side instead of one after the other. Stops early, without the hash, when the scanner finds
 * a problem.
 */
async function scanAndHash(params: { absolutePath: string; size: number; scanner: JsonlScanner; signal?: AbortSignal; onProgress?: (done: number, total: number) => void }): Promise<string> {
  const { size, scanner } = params;
  const handle = await open(params.absolutePath, 'r');
  const hash = size >= WORKER_HASH_MIN_BYTES ? sharedBytesHash({ algorithm: 'sha256', slotBytes: READ_BYTES }) : inlineBytesHash();
  let digested = false;
  try {
    let done = 0;
    for (;;) {
      throwIfInterrupted(params.signal);
      const buffer = await hash.take();
      const { bytesRead } = await handle.read(buffer, 0, READ_BYTES, null);
      if (bytesRead === 0) break;
      const chunk = buffer.subarray(0, bytesRead);
      scanner.push(chunk);
      hash.give(buffer, bytesRead);
      if (scanner.problem) return '';
      done += bytesRead;
      params.onProgress?.(done, size);
    }
    digested = true;
    return await hash.digest();
  } finally {
    if (!digested) await hash.dispose();
    await handle.close();
  }
}

/** A small file's hash, on this thread, through the same take/give as the worker's. */
function inlineBytesHash(): SharedBytesHash {
  const hash = createHash('sha256');
  const buffer = Buffer.allocUnsafe(READ_BYTES);
  return {
    take: async () => buffer,
    give: (given, length) => void hash.update(given.subarray(0, length)),
    digest: async () => hash.digest('hex'),
    dispose: async () => undefined,
  };
}

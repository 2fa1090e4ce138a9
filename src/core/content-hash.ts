import { createHash } from 'node:crypto';
import { workerFileContentHash } from './hash-worker.js';

export type HashAlgorithm = 'sha256' | 'sha1';

/**
 * The hash of a file's content as a writer streams it in, from offset 0. The writer reports both ends of each
 * byte's way: receive() as bytes arrive (in file order) and written() as the file's prefix up to an offset is
 * written. An implementation hashes at one end or the other: the bytes in memory on this thread, or the file's
 * written ranges read back on a worker thread.
 */
export interface FileContentHash {
  /** `bytes` come next in the file; they are not modified afterwards. */
  receive(bytes: Uint8Array): void;
  /** The file holds every byte received before offset `upTo` (called with increasing offsets). */
  written(upTo: number): void;
  /** Hex digest of everything received and written; the hash is over afterwards. */
  digest(): Promise<string>;
  /** Give up the hash (after a failure); resolves once nothing reads the file for it any more. */
  dispose(): Promise<void>;
}

/**
 * Contents this large are hashed on the worker thread. Below it the worker is not worth its start (~30 ms of a
 * core) or its messages: a 32 MiB sha256 takes ~15 ms here, and many small files must not pay for a thread.
 */
export const WORKER_HASH_MIN_BYTES = 32 * 1024 * 1024;

/**
 * The hash of a `size`-byte content being written to the file open as `fd`: read back and hashed on the shared
 * worker for large contents, hashed from memory on this thread otherwise. `prefix` is hashed first (git's blob
 * header).
 */
export function createFileContentHash(params: { algorithm: HashAlgorithm; prefix?: string; size: number; fd: number }): FileContentHash {
  const { algorithm, prefix, size, fd } = params;
  return size >= WORKER_HASH_MIN_BYTES ? workerFileContentHash({ algorithm, prefix, fd }) : inlineContentHash({ algorithm, prefix });
}

/** A FileContentHash of the bytes as they are received, on this thread. */
export function inlineContentHash(params: { algorithm: HashAlgorithm; prefix?: string }): FileContentHash {
  const hash = createHash(params.algorithm);
  if (params.prefix) hash.update(params.prefix);
  return {
    receive: (bytes) => void hash.update(bytes),
    written: () => undefined,
    digest: async () => hash.digest('hex'),
    dispose: async () => undefined,
  };
}
